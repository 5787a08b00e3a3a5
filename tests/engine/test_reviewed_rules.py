"""Probes of the conflict rules added on 2026-12-06 and 2026-12-07 (shares of two wholes, responders, unit slips
and rounded conversions, prison terms person by person, a place "itself", the Korean won, heights, earlier values, a
dateline before a tally; capacities, maxima, lines of accounts, local dollars, breakdowns by "of", names), written by
reviewers who read the rules and tried to break them with sentences of their own. Each probe is two one-sentence
articles, whether a conflict must be reported, and what it tests. The few the engine still gets wrong are marked,
with why."""

from __future__ import annotations

import pytest

from tests.engine.cases import compare_bodies

PROBES: list[tuple[str, str, bool | str, str]] = [
    # ---- 1. shares of two wholes ----
    (
        "Turnout was 57.9 per cent, the electoral commission said.",
        "The electoral commission said turnout was 52.1%.",
        True,
        "1 turnout vs turnout",
    ),
    (
        "Ruto won 50.5 per cent of the vote, the electoral commission said.",
        "The electoral commission said Ruto won 48.9 per cent of the valid votes cast.",
        True,
        "1 vote vs valid votes",
    ),
    (
        "Ruto won 50.5 per cent of the vote, the electoral commission said.",
        "The electoral commission said Ruto took 48.9 per cent of ballots cast.",
        True,
        "1 vote vs ballots",
    ),
    (
        "Turnout in the referendum was 57.9 per cent, the electoral commission said.",
        "The electoral commission said 61.2 per cent of registered voters cast a ballot in the referendum.",
        True,
        "1 turnout vs % of registered voters",
    ),
    (
        "The electoral commission said a turnout of 64.8 per cent was recorded in the runoff.",
        "Ruto won the runoff with 50.5 per cent of the valid votes, the electoral commission said.",
        False,
        "1 turnout vs valid votes (named)",
    ),
    (
        "The electoral commission said the runoff saw a 64.8 per cent turnout.",
        "Ruto won the runoff with 50.5 per cent of the valid votes, the electoral commission said.",
        False,
        "1 'a 64.8 per cent turnout' vs valid votes",
    ),
    (
        "Participation in the referendum stood at 67 per cent, officials said.",
        "Officials said 71 per cent of eligible voters took part in the referendum.",
        True,
        "1 participation vs eligible voters",
    ),
    (
        "Support for the bill stood at 61 per cent in the Gallup poll.",
        "The Gallup poll found 54 per cent of respondents backed the bill.",
        True,
        "1 support vs respondents",
    ),
    (
        "Nearly a third of those infected are children under five, the WHO said.",
        "The WHO said 25 per cent of the cases are children under five.",
        True,
        "1 those infected vs cases",
    ),
    (
        "About 40 per cent of patients have needed intensive care, the ministry said.",
        "The ministry said 25 per cent of cases have needed intensive care.",
        True,
        "1 patients vs cases",
    ),
    (
        "Some 30 per cent of patients admitted to hospital needed oxygen, the ministry said.",
        "The ministry said 4 per cent of all cases needed oxygen.",
        False,
        "1 hospital patients vs all cases",
    ),
    (
        "Biden won 52 per cent of voters in Michigan, the exit poll showed.",
        "The exit poll showed Biden won 47 per cent of voters in Ohio.",
        False,
        "1 voters in Michigan vs in Ohio",
    ),
    (
        "Inflation was 3.1 per cent in March, the statistics office said.",
        "The statistics office said inflation stood at 3.4 per cent in March.",
        True,
        "1 inflation vs inflation",
    ),
    (
        "The statistics office said unemployment rose to 4.2 per cent.",
        "Unemployment climbed to 4.5 per cent, the statistics office said.",
        True,
        "1 unemployment vs unemployment",
    ),
    (
        "Abstention reached 38 per cent, the interior ministry said.",
        "The interior ministry said 45 per cent of voters abstained.",
        True,
        "1 abstention vs voters abstained",
    ),
    (
        "The candidate won 54 per cent of the votes in the first round, officials said.",
        "Officials said the candidate took 54 per cent of the first-round vote.",
        False,
        "1 same share agrees",
    ),
    # ---- 2. responders ----
    (
        "Five police officers were injured in the clashes in the capital.",
        "Twenty people were injured in the clashes in the capital, police said.",
        False,
        "2 police hurt vs people hurt, 'police said'",
    ),
    (
        "Two rescuers were injured when the rubble shifted.",
        "Six people were injured when the rubble shifted, rescuers said.",
        False,
        "2 rescuers hurt vs people hurt, 'rescuers said'",
    ),
    (
        "Three soldiers were killed in the ambush on the convoy, the army said.",
        "The army said nine people were killed in the ambush on the convoy.",
        False,
        "2 soldiers vs people (army)",
    ),
    (
        "Two firefighters were killed when the roof collapsed.",
        "Three firefighters were killed when the roof collapsed.",
        True,
        "2 firefighters vs firefighters",
    ),
    (
        "Gunmen killed eight police officers in an attack on a checkpoint in the north.",
        "Gunmen killed 11 people in an attack on a checkpoint in the north.",
        True,
        "2 officers killed vs people killed (same attack, victims are the police)",
    ),
    (
        "Militants killed 11 soldiers in an attack on an army base, officials said.",
        "Officials said militants killed 14 people in the attack on the army base.",
        True,
        "2 soldiers killed at a base vs people",
    ),
    (
        "Five firefighters were treated for minor injuries after the warehouse blaze.",
        "More than 20 people were hurt in the warehouse blaze.",
        False,
        "2 the rule's own example",
    ),
    (
        "At least 40 police officers were injured in the riots, the interior minister said.",
        "The interior minister said nine people were injured in the riots.",
        True,
        "2 40 officers hurt vs 9 people hurt in all",
    ),
    (
        "Four paramedics were hurt when the ambulance overturned on the motorway.",
        "Six paramedics were hurt when the ambulance overturned on the motorway.",
        True,
        "2 paramedics vs paramedics",
    ),
    (
        "Two children were killed in the fire, officials said.",
        "Officials said five people were killed in the fire.",
        False,
        "2 children part (old rule)",
    ),
    # ---- 3. unit slips and conversions ----
    (
        "Residents within a two-mile radius were evacuated.",
        "Residents within a 2-kilometre radius were evacuated.",
        True,
        "3 two-mile vs 2 km",
    ),
    (
        "Residents within a two-mile radius were evacuated.",
        "Residents within a 3-kilometre radius were evacuated.",
        False,
        "3 two-mile vs 3 km",
    ),
    (
        "The plane overran the 1,800-metre runway at Lukla.",
        "The plane overran the 5,900ft runway at Lukla.",
        False,
        "3 1,800 m vs 5,900ft",
    ),
    (
        "The plane overran the 1,800-metre runway at Lukla.",
        "The plane overran the 6,500ft runway at Lukla.",
        True,
        "3 1,800 m vs 6,500ft",
    ),
    (
        "Gusts reached 100 mph as the storm hit the coast.",
        "Gusts reached 200 km/h as the storm hit the coast.",
        True,
        "3 100 mph vs 200 km/h (124 mph)",
    ),
    (
        "Police set up a 20-mile exclusion zone around the plant.",
        "Police set up a 40km exclusion zone around the plant.",
        True,
        "3 20 miles vs 40 km (25 miles)",
    ),
    (
        "The convoy travelled 200 miles to reach the border.",
        "The convoy travelled 400 kilometres to reach the border.",
        True,
        "3 200 miles vs 400 km (249 miles)",
    ),
    (
        "The wildfire has burned 1,000 acres of forest.",
        "The wildfire has burned 600 hectares of forest.",
        True,
        "3 1,000 acres vs 600 ha (1,483 acres)",
    ),
    (
        "The wildfire has burned 1,000 acres of forest.",
        "The wildfire has burned 400 hectares of forest.",
        False,
        "3 1,000 acres vs 400 ha",
    ),
    (
        "The runway at the airport is 7,000ft long.",
        "The runway at the airport is 2,000 metres long.",
        True,
        "3 7,000ft vs 2,000 m (6,562ft)",
    ),
    (
        "The runway at the airport is 6,600ft long.",
        "The runway at the airport is 2,000 metres long.",
        False,
        "3 6,600ft vs 2,000 m",
    ),
    (
        "Temperatures hit 106F in Phoenix on Monday.",
        "Temperatures hit 41C in Phoenix on Monday.",
        False,
        "3 106F vs 41C",
    ),
    (
        "The storm dumped 30 inches of snow on Buffalo.",
        "The storm dumped 50cm of snow on Buffalo.",
        True,
        "3 30 inches vs 50 cm (20 in)",
    ),
    (
        "The tunnel runs for 5 miles under the city.",
        "The tunnel runs for 8 kilometres under the city.",
        False,
        "3 5 miles vs 8 km",
    ),
    # ---- 4. prison terms ----
    (
        "At Leeds Crown Court, Ahmed Khan received 12 years for his part in the robbery.",
        "At Leeds Crown Court, Ravi Patel received nine years for his part in the robbery.",
        False,
        "4 two defendants, same court named",
    ),
    (
        "Judge Mary Collins said Ahmed Khan would serve 12 years in prison for the robbery.",
        "Judge Mary Collins said Ravi Patel would serve nine years in prison for the robbery.",
        False,
        "4 two defendants, same judge named",
    ),
    (
        "Electrician Ufuk Sarı, who had wired the heater, received eight years and four months.",
        "Electrician Ufuk Sari, who had wired the heater, received four years and eight months.",
        True,
        "4 Sarı vs Sari (diacritics)",
    ),
    (
        "Mohammed Al-Rashid was jailed for 14 years for the attack.",
        "Mohamed Rashid was jailed for 12 years for the attack.",
        True,
        "4 Al-Rashid vs Rashid",
    ),
    (
        "Electrician Ufuk Sarı received eight years and four months over the fire.",
        "Hotel owner Serap Koç received 18 years over the fire.",
        False,
        "4 two people (the rule's own example)",
    ),
    (
        "Darren Pike was given 18 months for dangerous driving.",
        "Darren Pike was jailed for 21 months for dangerous driving.",
        True,
        "4 same person 18 vs 21 months",
    ),
    (
        "Darren Pike received 18 months for dangerous driving.",
        "Darren Pike received 18 months' imprisonment for dangerous driving.",
        False,
        "4 same term agrees",
    ),
    (
        "The club's striker got two years for the assault, the court heard.",
        "The court heard the striker was jailed for three years for the assault.",
        True,
        "4 got vs jailed",
    ),
    (
        "Staff at the plant received three months' notice of the closure.",
        "Staff at the plant were given six months' notice of the closure.",
        True,
        "4 notice (not prison) still compared",
    ),
    # ---- 5. itself / alone ----
    (
        "The Ministry of Health itself reported 1,200 new cases on Tuesday.",
        "The Ministry of Health reported 1,400 new cases on Tuesday.",
        True,
        "5 'Health itself' emphatic",
    ),
    (
        "At least 41 people died in the floods, the Government itself conceded.",
        "At least 52 people died in the floods, the Government conceded.",
        True,
        "5 'Government itself' speaker",
    ),
    (
        "Tesla itself delivered 1.2 million cars last year.",
        "Tesla delivered 1.5 million cars last year.",
        True,
        "5 'Tesla itself' emphatic",
    ),
    (
        "At least 14 people died in Quelimane city itself, officials said.",
        "Officials said 41 people died in Zambezia province.",
        False,
        "5 the rule's own example",
    ),
    (
        "In Beira alone, 1,774 cases have been recorded.",
        "Some 2,314 cases have been recorded across Sofala province.",
        False,
        "5 alone part",
    ),
    (
        "At least 14 people died in Quelimane itself, officials said.",
        "Officials said 17 people died in Quelimane.",
        True,
        "5 same place itself vs plain",
    ),
    (
        "In neighbouring Dondo, 450 people have fallen ill with cholera.",
        "Some 2,300 people have fallen ill with cholera in Sofala.",
        False,
        "5 a neighbouring place at the sentence's start",
    ),
    (
        "In March itself, 4,000 cases were recorded in the province.",
        "The province recorded 4,600 cases in March.",
        True,
        "5 a month is no place",
    ),
    # ---- 6. won ----
    (
        "Of the 2,300 candidates fielded, 1,450 won seats in the local elections.",
        "Some 1,350 of the party's candidates won seats in the local elections.",
        True,
        "6 '1,450 won seats' verb",
    ),
    (
        "Samsung posted an operating profit of 10.4 trillion won for the quarter.",
        "Samsung's quarterly operating profit was 10.8 trillion won.",
        True,
        "6 won money conflict",
    ),
    (
        "The fare rises to 1,500 won from next month, Seoul Metro said.",
        "Seoul Metro said the fare rises to 1,550 won from next month.",
        True,
        "6 5,000 won style",
    ),
    (
        "Moon, who in 2017 won the presidency, paid a fine of 3 million won.",
        "Moon paid a fine of 3 million won, the court said.",
        False,
        "6 year before 'won'",
    ),
    # ---- 7. heights ----
    (
        "The suspect is described as 5ft 10in tall with short dark hair.",
        "The suspect is described as 1.88m tall with short dark hair.",
        True,
        "7 5ft10 vs 1.88 m (6ft 2in)",
    ),
    (
        "The suspect is described as 5ft 10in tall with short dark hair.",
        "The suspect is described as 1.70m tall with short dark hair.",
        True,
        "7 5ft10 vs 1.70 m (5ft 7in)",
    ),
    (
        "The suspect is described as 5ft 10in tall with short dark hair.",
        "The suspect is described as 1.78m tall with short dark hair.",
        False,
        "7 5ft10 vs 1.78",
    ),
    (
        "The suspect is described as 5 feet 10 inches tall.",
        "The suspect is described as 6-foot-2.",
        True,
        "7 5'10 vs 6-foot-2",
    ),
    (
        "The suspect is described as 5 feet 10 inches tall.",
        "The suspect is described as 5ft 10in tall.",
        False,
        "7 same height two styles",
    ),
    (
        "The suspect is described as 5 feet 10 inches tall.",
        "The suspect is described as 5 feet 11 inches tall.",
        True,
        "7 5'10 vs 5'11",
    ),
    (
        "Floodwater rose 5 feet, 10 inches higher than the levee in two hours.",
        "Floodwater rose 7 feet higher than the levee in two hours.",
        True,
        "7 a measure, 5ft 10 vs 7ft",
    ),
    # ---- 8. compared with ... a year earlier ----
    (
        "Samsung posted an operating profit of 10.4 trillion won, compared with an operating profit of "
        "14.1 trillion won a year earlier.",
        "Samsung's operating profit was 10.8 trillion won, the company said.",
        True,
        "8 today's figure still compared",
    ),
    (
        "LG posted an operating loss of 50 billion won, compared with an operating profit of 96.3 billion won "
        "a year earlier.",
        "LG swung to an operating loss of 50 billion won.",
        False,
        "8 the rule's own example",
    ),
    (
        "LG posted an operating loss of 50 billion won, compared with an operating profit of 96.3 billion won "
        "a year earlier.",
        "LG posted an operating loss of 50 billion won, against an operating profit of 89 billion won a year earlier.",
        True,
        "8 two earlier values disagree",
    ),
    # ---- 9. dateline ----
    (
        "QUIBDO, Colombia, March 16 (Andes Wire) - The death toll from the landslide rose to four.",
        "Six people were killed in the landslide, officials said.",
        True,
        "9 dateline toll vs killed",
    ),
    (
        "QUIBDO, Colombia, March 16 (Andes Wire) - The death toll from the landslide rose to four.",
        "Four people were killed in the landslide, officials said.",
        False,
        "9 dateline toll agrees",
    ),
    (
        "LIMA, Peru, Jan 9 (Andes Wire) - The number of people injured in the bus crash rose to 32.",
        "At least 40 people were injured in the bus crash.",
        True,
        "9 dateline injured tally",
    ),
    # ---- second round ----
    (
        "Some 61 per cent of the electorate voted in the referendum, officials said.",
        "Officials said turnout in the referendum was 57.9 per cent.",
        True,
        "1 electorate voted vs turnout",
    ),
    (
        "Turnout, at 57.9 per cent, was the lowest since 2001, the commission said.",
        "The commission said Ruto won 50.5 per cent of the valid votes.",
        False,
        "1 'Turnout, at' vs valid votes",
    ),
    (
        "Turnout was just 57.9 per cent, the commission said.",
        "The commission said Ruto won 50.5 per cent of the valid votes.",
        False,
        "1 'turnout was just' vs valid votes",
    ),
    (
        "Turnout was a record 71.2 per cent, the commission said.",
        "The commission said Ruto won 50.5 per cent of the valid votes.",
        False,
        "1 'a record' turnout vs valid votes",
    ),
    (
        "The bank will cut 10 per cent of its staff, the chief executive said.",
        "The chief executive said the bank will cut 12 per cent of its workforce.",
        True,
        "1 staff vs workforce",
    ),
    (
        "About 40 per cent of households lost power during the storm.",
        "About 55 per cent of homes lost power during the storm.",
        True,
        "1 households vs homes",
    ),
    (
        "Six firefighters died fighting the blaze at the tower block.",
        "The blaze at the tower block killed four people.",
        True,
        "2 six firefighters dead vs toll of four",
    ),
    (
        "Fourteen firefighters were injured battling the blaze at the chemical plant.",
        "Three people were injured in the blaze at the chemical plant.",
        True,
        "2 14 firefighters hurt vs 3 people",
    ),
    (
        "Eleven soldiers were killed in the attack on the base, the army said.",
        "The army said nine people were killed in the attack on the base.",
        True,
        "2 11 soldiers vs 9 people",
    ),
    (
        "Five officers were injured in the clashes, while police said 20 people were hurt.",
        "Twenty people were injured in the clashes, police said.",
        False,
        "2 officers part + same 20",
    ),
    (
        "Khan received 12 years for the robbery at Leeds Crown Court.",
        "His co-defendant Patel received nine years for the robbery at Leeds Crown Court.",
        False,
        "4 surnames only, two defendants",
    ),
    (
        "More than 1,200 won places at the academy this year, officials said.",
        "Officials said some 1,500 won places at the academy this year.",
        "places",
        "6 'won places' verb read as KRW",
    ),
    (
        "Kim Yuna, who in 2010 won Olympic gold, donated 100 million won to the appeal.",
        "Kim Yuna donated 200 million won to the appeal.",
        '"100 million won"',
        "6 year before verb 'won'",
    ),
    (
        "The Korea Herald said the fine was 5,000 won per bag.",
        "The fine is 50,000 won per bag, the Korea Herald said.",
        True,
        "6 5,000 vs 50,000 won",
    ),
    (
        "Officials said 1,100 of the 1,500 contestants won prizes.",
        "About 1,100 contestants won prizes, officials said.",
        False,
        "6 1,100 won prizes agrees",
    ),
    (
        "Hyundai posted net profit of 3.2 trillion won, compared with net profit of 2.9 trillion won a year earlier.",
        "Hyundai's net profit rose to 3.2 trillion won from 2.9 trillion won.",
        False,
        "8 net profit earlier agrees",
    ),
    (
        "Hyundai posted net profit of 3.2 trillion won, compared with net profit of 2.9 trillion won a year earlier.",
        "Hyundai's net profit was 3.5 trillion won, the company said.",
        True,
        "8 today's net profit conflict",
    ),
    (
        "MANILA, Oct 3 (Reuters) - The death toll from Typhoon Koinu rose to 21, officials said on Tuesday.",
        "Officials said on Tuesday that 25 people had been killed by Typhoon Koinu.",
        True,
        "9 Reuters dateline",
    ),
    (
        "SEOUL, Jan 9 (Yonhap) - The number of people injured in the fire rose to 14 on Friday.",
        "Fourteen people were injured in the fire on Friday.",
        False,
        "9 dateline injured agrees",
    ),
    (
        "Tourists in the city itself spent 2.3 billion won last year.",
        "Tourists in the city spent 2.3 billion won last year.",
        False,
        "5 itself same figure",
    ),
    (
        "The suspect is described as 6ft 2in tall.",
        "The suspect is described as 1.88m tall.",
        False,
        "7 6ft 2in vs 1.88 m",
    ),
    (
        "Gusts reached 100 mph as the storm hit the coast.",
        "Gusts reached 160 km/h as the storm hit the coast.",
        False,
        "3 100 mph vs 160 km/h",
    ),
    # ---- S. this session's rules, probed by a second review ----
    (
        "The earthquake destroyed 1,240 homes in the province.",
        "The earthquake destroyed 124 schools in the province.",
        False,
        "S slip: homes vs schools",
    ),
    (
        "Russia launched 1,284 drones at Ukraine last month.",
        "Russia launched 128 missiles at Ukraine last month.",
        False,
        "S slip: drones vs missiles",
    ),
    (
        "The ferry had 1,284 passengers on board when it sank.",
        "All 128 passengers of the ferry were accounted for after it sank.",
        "\"1,284\"",
        "S slip: passengers on board vs passengers",
    ),
    (
        "Two British tourists were among the dead in the bus crash.",
        "Three German tourists died in the bus crash.",
        False,
        "S group: British vs German tourists",
    ),
    (
        "Two firefighters were among the dead in the warehouse blaze.",
        "Three firefighters tackled the warehouse blaze.",
        False,
        "S group: nothing befell the other",
    ),
    (
        "Two British tourists were among the 14 dead.",
        "Fourteen people died, among them three British tourists.",
        "\"Two\"",
        "S group: among them",
    ),
    (
        "Officials said four children and two British tourists were among the dead.",
        "The blast killed 12 people, officials said.",
        False,
        "S among: after who says it",
    ),
    (
        "In Kabul, four children and two British tourists were among the dead.",
        "The blast in Kabul killed 12 people.",
        False,
        "S among: after a phrase and a comma",
    ),
    (
        "Fourteen people drowned and two Britons were among the dead when the boat sank.",
        "The boat sinking killed 16 people.",
        "\"Fourteen\"",
        "S among: the toll told first",
    ),
    (
        "Calls to the heatwave helpline numbered 1,400 on Tuesday.",
        "About 900 people were treated for heatstroke on Tuesday during the heatwave.",
        False,
        "S sole counts: two words in common",
    ),
    (
        "The mayor said the flood had reached 'about 60 per cent of homes'.",
        "The flood reached nearly two in five residents, the mayor said.",
        False,
        "S whole: a quote after the noun",
    ),
    (
        "The trial lasted slightly more than a year.",
        "The trial lasted eight months.",
        True,
        "S span: slightly more than a year",
    ),
    (
        "The ceasefire held for under a week.",
        "The ceasefire held for 12 days.",
        True,
        "S span: under a week",
    ),
    # ---- T. a review (2026-12-07) of that day's rules: capacities, maxima, lines of accounts, local dollars ... ----
    (
        "Police cannot confirm reports that more than 40 people died in the blast.",
        "At least 75 people died in the blast, police said.",
        True,
        "T cannot confirm more than: no limit",
    ),
    (
        "The government cannot say why more than 200 prisoners escaped from the jail.",
        "Officials said 58 prisoners escaped from the jail.",
        True,
        "T cannot say why more than: no limit",
    ),
    (
        "The dam, built by Soviet engineers for $400 million, burst on Sunday.",
        "The dam, which cost $250 million to build, burst on Sunday.",
        True,
        "T built by engineers for a sum: a cost, no capacity",
    ),
    (
        "The judge handed Kovac the maximum sentence of 10 years for the fraud.",
        "Kovac was jailed for eight years for the fraud.",
        True,
        "T the maximum handed down is the term given",
    ),
    (
        "The court imposed the maximum fine of $10,000 on the bakery for the breach.",
        "The bakery was fined $5,000 for the breach.",
        True,
        "T the maximum fine imposed is the fine given",
    ),
    (
        "Kovac was sentenced to six years and one month in prison for each count of graft.",
        "The anti-graft law allows prison terms of up to 15 years for each count of graft.",
        False,
        "T what the law allows is the most it allows, not the term given",
    ),
    (
        "Kovac was sentenced to 12 years in prison for each count of graft.",
        "The court handed Kovac prison terms of up to 15 years for each count of graft.",
        True,
        "T terms handed down of up to 15 years are the terms given",
    ),
    (
        "The union faces a fine of R$20,000 for every day it defies the order, the judge ruled.",
        "The judge set a fine of 50,000 reais for each day the union defies the order.",
        True,
        "T faces a fine of: the fine itself",
    ),
    (
        "Twelve were hurt in the blast and two are in a serious condition, police said.",
        "Fifteen were hurt in the blast, police said.",
        '"Twelve"',
        "T serious condition: not the count before 'and two'",
    ),
    (
        "Net profit at Acme fell to $800 million as it booked a $300 million writedown.",
        "Acme's operating income was hit by a $500 million writedown, the bank said.",
        '"$300 million"',
        "T line of accounts: not a sum after 'as'",
    ),
    (
        "Acme's revenue and net profit rose to $5 billion and $1 billion respectively.",
        "Acme's revenue rose to $5.6 billion, the company said.",
        '"$5 billion"',
        "T line of accounts: not in a 'respectively' list",
    ),
    (
        "The offensive aims to free the 130 hostages still held in Gaza.",
        "Some 80 hostages are still held in Gaza.",
        True,
        "T aims to free: a count that is, no target",
    ),
    (
        "The campaign aimed to reach 1.2 million children with the vaccine.",
        "So far 800,000 children have been reached with the vaccine in the campaign.",
        False,
        "T aimed to reach: a target",
    ),
    (
        "Sentencing Ortiz, the judge said eight years in prison would be appropriate for the fraud.",
        "Ortiz was jailed for six years for the fraud.",
        True,
        "T the judge's own term is no demand",
    ),
    (
        "Ortiz's lawyer said five years in prison would be fair for the fraud.",
        "Ortiz was jailed for nine years for the fraud.",
        False,
        "T a lawyer's fair term is a demand",
    ),
    (
        "He was convicted of 23 charges of cheating and six of money laundering.",
        "He was convicted of 23 charges of cheating.",
        False,
        "T one sort named: a part, not the total",
    ),
    (
        "He was convicted of 23 charges of cheating and six of money laundering.",
        "He was convicted of 23 cheating charges.",
        False,
        "T one sort named before the noun: a part",
    ),
    (
        "The deal is worth A$1.2 billion, the company said.",
        "The deal is worth US $1.1 billion, the company said.",
        False,
        "T US $ with a space: no local dollar",
    ),
    (
        "The deal is worth C$1.2 billion, the company said.",
        "The deal is worth $1.25 billion in US dollars, the company said.",
        False,
        "T $ in US dollars: no local dollar",
    ),
    (
        "Some 40% of flights were cancelled at Frankfurt on Friday during the strike.",
        "Flights not operated by Lufthansa, about 60% of the total, flew as normal at Frankfurt on Friday.",
        False,
        "T not operated by: who runs them, not stopped",
    ),
    (
        "He told Sky News Four schools had been closed in the town.",
        "Nine schools had been closed in the town, officials said.",
        True,
        "T a count run into a name before it",
    ),
    (
        "Getty Images Three buildings collapsed in the quake in Izmir.",
        "Twelve buildings collapsed in the quake in Izmir.",
        True,
        "T a count after page text",
    ),
    (
        "Formula One driver Lewis Hamilton crashed at Monza on Sunday.",
        "Two drivers crashed at Monza on Sunday.",
        False,
        "T Formula One driver",
    ),
    # ---- U. a second review, of those mends ----
    (
        "Kovac faces up to 20 years if convicted of the fraud, prosecutors said.",
        "Kovac was jailed for eight years for the fraud, prosecutors said.",
        False,
        "U faces up to years: a maximum",
    ),
    (
        "Samsung's operating profit for the quarter rose 12%, to 10.4 trillion won.",
        "Samsung's net profit for the quarter rose to 9.8 trillion won.",
        False,
        "U line of accounts across a comma",
    ),
    (
        "Acme's revenue and net profit rose to $5 billion and $1 billion respectively.",
        "Acme's operating profit rose to $1.3 billion, the company said.",
        False,
        "U respectively: each sum its line",
    ),
    (
        "He told Sky News Four British tourists had died in the crash.",
        "Six British tourists died in the crash, officials said.",
        True,
        "U a count with an adjective after a name",
    ),
    (
        "The Big Four banks agreed to the levy, the minister said.",
        "Two banks agreed to the levy, the minister said.",
        False,
        "U the Big Four: a name after 'the'",
    ),
    (
        "Two people died and three others were seriously injured in the crash.",
        "Two people died and 25 were injured in the crash.",
        False,
        "U three others seriously injured",
    ),
    (
        "He was convicted of 23 charges of cheating and six of money laundering.",
        "He was found guilty of 23 charges and ordered to repay the money.",
        True,
        "U breakdown: a sort word far from the count",
    ),
    (
        "He was convicted of 23 charges of cheating and six of money laundering.",
        "He was found guilty of 23 charges of cheating and fraud.",
        True,
        "U breakdown: another sort named",
    ),
    (
        "The campaign aims to provide 500 new homes in the district.",
        "So far 120 new homes have been built in the district.",
        False,
        "U aims to provide: a target",
    ),
    (
        "The missiles were aimed at 12 cities overnight, the army said.",
        "The missiles struck 20 cities overnight, the army said.",
        True,
        "U aimed at cities: no target",
    ),
    (
        "The ferry must not carry more than 20 passengers under its licence.",
        "The ferry was carrying 45 passengers under its licence.",
        False,
        "U must not carry more than: a limit",
    ),
    (
        "Police cannot be sure more than 40 people died in the blast.",
        "Officials said 30 people died in the blast.",
        True,
        "U cannot be sure: no limit",
    ),
    (
        "Some 40% of flights were cancelled at Frankfurt on Friday during the strike.",
        "About 60% of flights had not departed by noon at Frankfurt on Friday.",
        True,
        "U not departed by noon: stopped",
    ),
    (
        "The deal is worth A$1.2 billion, the company said.",
        "The deal is worth $1.1 billion (in US dollars), the company said.",
        False,
        "U $ (in US dollars): no local dollar",
    ),
    (
        "Ortiz, who pleaded guilty, heard the judge say eight years in prison would be appropriate.",
        "Ortiz, who pleaded guilty, was jailed for six years.",
        True,
        "U pleaded is no side putting a term",
    ),
]

KNOWN_MISSES = {
    "2 officers killed vs people killed (same attack, victims are the police)": "responders attacked are the victims",
    "2 soldiers killed at a base vs people": "responders attacked are the victims",
    "5 same place itself vs plain": "the other sentence naming the same place is not read",
    "8 two earlier values disagree": "earlier values are not compared with each other",
    "T Formula One driver": "'One' before a person is read as a count of one",
}


@pytest.mark.parametrize(("a", "b", "flag", "label"), PROBES, ids=[p[3] for p in PROBES])
def test_reviewed_rule(a: str, b: str, flag: bool | str, label: str) -> None:
    if label in KNOWN_MISSES:
        pytest.xfail(KNOWN_MISSES[label])
    comparison = compare_bodies(a, b)
    assert comparison.links, "the two sentences must link for the rule to be tried"
    whys = [c.why for c in comparison.conflicts]
    if isinstance(flag, str):
        assert any(flag in why for why in whys), whys
    else:
        assert bool(whys) == flag, whys
