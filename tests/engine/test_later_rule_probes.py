# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""A second reviewer's probes of eight later rules (a conversion in brackets against a sum in its currency, a
count needed, what a thing could cost, a change against a level, a count in progress, rates per a population,
people forced from their homes, figures one slip of the pen apart), written as a journalist would read them, with
the verdict a careful journalist expects. The ones the engine still gets wrong are marked, with why."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    # ------------------------------------------------------------------ R1: a conversion in brackets
    (
        "A Seoul court sentenced the former mayor to four years in prison for taking 850 million won ($640,000) in bribes from developers.",
        "The former mayor was jailed for four years for taking $460,000 in bribes from developers, the court said.",
        [["$640,000", "$460,000"]],
        "R1 catch: won converted to $640,000 against a bare $460,000",
    ),
    (
        "A Seoul court sentenced the former mayor to four years in prison for taking 850 million won ($640,000) in bribes from developers.",
        "The former mayor was jailed for four years for taking $615,000 in bribes from developers, the court said.",
        [],
        "R1 leave-alone: $640,000 against $615,000, within a tenth (another day's rate)",
    ),
    (
        "Qantas was ordered to pay a penalty of 100 million Australian dollars ($66 million) for selling seats on flights it had already cancelled.",
        "Qantas was ordered to pay a $100 million penalty for selling seats on flights it had already cancelled, the court ruled.",
        [],
        "R1 leave-alone: an Australian original; the other '$100 million' is Australian dollars",
    ),
    (
        "The Italian regulator fined the airline 4.5 million euros ($4.9 million) over refunds it failed to pay after the strikes.",
        "The airline was fined $7.2 million by the Italian regulator over refunds it failed to pay after the strikes.",
        [["$4.9 million", "$7.2 million"]],
        "R1 catch: euros converted to $4.9 million against a bare $7.2 million",
    ),
    (
        "The Italian regulator fined the airline 4.5 million euros ($4.9 million) over refunds it failed to pay after the strikes.",
        "The airline was fined 4.5 million euros, about $5.3 million, by the Italian regulator over refunds it failed to pay after the strikes.",
        [],
        "R1 leave-alone: both give the euros, which agree; the dollars are two writers' rates",
    ),
    (
        "Kenya will receive $415 million (54 billion shillings) from the IMF once the board approves the review, the treasury said.",
        "Kenya will receive 45 billion shillings from the IMF once the board approves the review, the treasury said.",
        [["54 billion shillings", "45 billion shillings"]],
        "R1 catch (reverse): dollar original converted to shillings against a bare sum in shillings",
    ),
    (
        "The court found the former minister guilty of accepting 300 million won ($225,000) in bribes and a luxury car from a shipbuilder.",
        "The former minister, convicted of taking bribes from a shipbuilder, was also fined $75,000, the court said.",
        [],
        "R1 look-alike: the bribe's conversion is not the fine",
    ),
    (
        "Prosecutors said the lawmaker accepted 2 billion won (about $1.5 million) in illegal political funds from the company.",
        "Prosecutors said the lawmaker accepted $2.5 million in illegal political funds from the company.",
        [["$1.5 million", "$2.5 million"]],
        "R1 catch: 'about' inside the brackets",
    ),
    (
        "The developer agreed to pay 3.2 billion pesos (US$57 million) to settle the claims of the flood victims.",
        "The developer agreed to pay a settlement of US$57 million to the flood victims, their lawyers said.",
        [],
        "R1 leave-alone: the conversion agrees exactly",
    ),
    (
        "The Canadian miner will pay C$2 billion (US$1.46 billion) for the copper project, it said on Monday.",
        "The Canadian miner will pay US$1.9 billion for the copper project, it said on Monday.",
        [["US$1.46 billion", "US$1.9 billion"]],
        "R1 narrow: 'US$' is written out, so the dollar family of C$ does not make it Canadian",
    ),
    (
        "The lawmaker accepted 1.46 billion won ($1.06 million) in bribes, prosecutors said.",
        "The lawmaker accepted $1.6 million (1.46 billion won) in bribes, prosecutors said.",
        [],
        "R1 leave-alone: both give the won, which agree; B converts the other way at its own rate",
    ),
    # ------------------------------------------------------------------ R2: a count that was needed, a threshold
    (
        "Campaigners submitted 540,000 valid signatures, comfortably above the 500,000 that were needed to force a referendum.",
        "Campaigners submitted 510,000 valid signatures, enough to force a referendum, the electoral office said.",
        [["540,000", "510,000"]],
        "R2 catch: the 500,000 needed is not set against the 510,000 submitted; the submitted figures differ",
    ),
    (
        "Labour won 412 seats in the 650-seat parliament; 326 seats are needed for a majority.",
        "Labour won 411 seats in the 650-seat parliament, results showed.",
        [["412", "411"]],
        "R2 catch: '326 seats are needed' is a threshold",
    ),
    (
        "Labour won 412 seats in the 650-seat parliament, far more than the 326 needed for a majority.",
        "Labour won 411 seats in the 650-seat parliament, results showed.",
        [["412", "411"]],
        "R2 narrow: 'the 326 needed for a majority' (no 'are') is a threshold too",
    ),
    (
        "More than 200 firefighters were needed to bring the warehouse blaze under control, the fire service said.",
        "About 120 firefighters fought the warehouse blaze for six hours, the fire service said.",
        [["More than 200", "About 120"]],
        "R2 broad: 'were needed to bring ... under control' counts firefighters sent, no level to reach",
    ),
    (
        "Russia fired 40 missiles at targets across Ukraine overnight, the Ukrainian air force said.",
        "Russia launched 55 missiles at Ukraine overnight, the Ukrainian air force said.",
        [["40", "55"]],
        "R2 broad: 'missiles at targets' is no target count",
    ),
    (
        "Kane scored the winning goal in front of 60,000 fans at Wembley on Saturday.",
        "Kane scored the winner in front of 82,000 fans at Wembley on Saturday.",
        [["60,000", "82,000"]],
        "R2 broad: a football 'goal' makes the crowd a level to reach",
    ),
    (
        "The appeal's goal is 10,000 blankets for the camps; so far 6,500 blankets have been donated.",
        "So far 8,000 blankets have been donated to the appeal for the camps, the charity said.",
        [["6,500", "8,000"]],
        "R2 catch: the goal of 10,000 blankets is not a count donated",
    ),
    # ------------------------------------------------------------------ R3: could / might = forecast
    (
        "Economists warned the strike could cost the economy 500 million rand a day.",
        "The strike cost the economy 320 million rand on its first day, the treasury said.",
        [],
        "R3 catch: what the strike could cost is not what it cost",
    ),
    (
        "Analysts said the recall of the airbags might eventually reach 2 million vehicles.",
        "The carmaker is recalling 1.2 million vehicles over the airbags, it said on Monday.",
        [],
        "R3 catch: 'might eventually reach' (a word between)",
    ),
    (
        "The landslide killed 40 people, a toll officials said could rise as rescuers dig through the mud.",
        "The landslide killed 52 people, officials said on Tuesday.",
        [["40", "52"]],
        "R3 look-alike: 'a toll that could rise' does not make the toll a forecast",
    ),
    (
        "Rescuers could not reach 30 villagers trapped by the landslide on Tuesday, officials said.",
        "Rescuers were still trying to reach 45 villagers trapped by the landslide on Tuesday, officials said.",
        [["30", "45"]],
        "R3 broad: 'could not reach 30 villagers' is no forecast",
    ),
    (
        "The landslide has killed 40 people and the toll could rise, officials said.",
        "The landslide killed 52 people, officials said on Tuesday.",
        [["40", "52"]],
        "R3 broad: 'and the toll could rise' makes the toll before it a forecast",
    ),
    (
        "The fire has destroyed 300 homes and could reach the town of Paradise by nightfall.",
        "The fire has destroyed 450 homes, officials said.",
        [["300", "450"]],
        "R3 broad: where the fire could reach is no forecast of the homes it has destroyed",
    ),
    (
        "Officials said the closure of the port may cost shippers $40 million a day.",
        "The closure of the port cost shippers $25 million on Monday, officials said.",
        [],
        "R3 narrow: 'may cost' is a forecast as 'could cost' is",
    ),
    (
        "Insured losses from the hailstorm could be as high as $8 billion, a modelling firm said.",
        "Insured losses from the hailstorm reached $3 billion, the insurance council said.",
        [],
        "R3 narrow: 'could be as high as' is a forecast",
    ),
    (
        "The storm killed 12 people and could cost insurers $3 billion, according to early estimates.",
        "The storm killed 15 people, officials said.",
        [["12", "15"]],
        "R3 look-alike: the forecast is one clause; the toll beside it is not a forecast",
    ),
    # ------------------------------------------------------------------ R4: a change is not a level
    (
        "Food prices rose 4% in May from a year earlier, the statistics office said.",
        "Annual inflation rose to 6.4% in May, the statistics office said.",
        [],
        "R4 catch: a rise of 4% against a level of 6.4%",
    ),
    (
        "Fuel prices jumped 12% last month, pushing annual inflation to 7.1%, the statistics office said.",
        "Annual inflation hit 7.3% last month, driven by fuel costs, the statistics office said.",
        [["7.1%", "7.3%"]],
        "R4 catch: the level after 'pushing' meets the level; the 12% rise does not",
    ),
    (
        "Consumer prices rose 4.9% in March from a year earlier, the statistics office said.",
        "Annual inflation accelerated to 5.2% in March, the statistics office said.",
        [["4.9%", "5.2%"]],
        "R4 broad: prices up 4.9% on the year IS annual inflation; 4.9 against 5.2 differ",
    ),
    (
        "The economy grew 2.1% in the second quarter from a year earlier, the statistics office said.",
        "Annual economic growth slowed to 1.6% in the second quarter, the statistics office said.",
        [["2.1%", "1.6%"]],
        "R4 broad: growth is itself a change; 'grew 2.1%' and 'growth slowed to 1.6%' are one figure",
    ),
    (
        "Food prices rose 4% in May from a year earlier, the statistics office said.",
        "Annual inflation was 6.4% in May, the statistics office said.",
        [],
        "R4 narrow: a level with no verb ('was 6.4%') against a change",
    ),
    (
        "Annual inflation rose 0.5 points to 6.4% in May, the statistics office said.",
        "Food prices rose 4% in May from a year earlier, the statistics office said.",
        [],
        "R4 narrow: 'rose 0.5 points to 6.4%': a figure between the verb and 'to'",
    ),
    (
        "Food prices rose 4% in May from a year earlier, the statistics office said.",
        "Food prices rose 5.5% in May from a year earlier, the statistics office said.",
        [["4%", "5.5%"]],
        "R4 look-alike: two changes still meet",
    ),
    (
        "Annual inflation rose to 6.4% in May, the statistics office said.",
        "Annual inflation hit 6.8% in May, the statistics office said.",
        [["6.4%", "6.8%"]],
        "R4 look-alike: two levels still meet",
    ),
    (
        "Inflation eased to 3.1% in June as energy prices fell 2%, the statistics office said.",
        "Inflation eased to 3.4% in June, the statistics office said.",
        [["3.1%", "3.4%"]],
        "R4 catch: the level meets the level; the fall of 2% beside it is left alone",
    ),
    (
        "The unemployment rate was 4.7 percent in the March quarter.",
        "The jobless rate climbed 0.3 per cent to 5.4 per cent in the March quarter.",
        [["4.7 percent", "5.4 per cent"]],
        "R4 catch: a rate that 'was' a figure is a level; it meets the level, not the rise",
    ),
    # ------------------------------------------------------------------ R5: a count in progress
    (
        "With 23% of ballots counted, the ruling party had 48% of the vote, the electoral commission said.",
        "The ruling party won 41% of the vote, final results from the electoral commission showed.",
        [],
        "R5 catch: an early share against the final one",
    ),
    (
        "With 23% of ballots counted, Ortiz was ahead in the race. He had 55% of the vote, the electoral council said.",
        "Ortiz won 49% of the vote, final results from the electoral council showed.",
        [],
        "R5 narrow: the count in progress told in the sentence before the share",
    ),
    (
        "With 60% of the vote counted, the ruling party had 48%, the electoral commission said.",
        "The ruling party won 41% of the vote, final results from the electoral commission showed.",
        [],
        "R5 narrow: 'of the vote counted' (singular) is a count in progress too",
    ),
    (
        "With 35% of precincts reporting, Smith led the Senate primary with 58% of the vote.",
        "Smith won the Senate primary with 51% of the vote, final results showed.",
        [],
        "R5 narrow: 'precincts reporting' (US wording) is a count in progress too",
    ),
    (
        "With 98% of ballots counted, the ruling party had 41.2% of the vote, the electoral commission said.",
        "The ruling party won 44% of the vote, final results from the electoral commission showed.",
        [["41.2%", "44%"]],
        "R5 leave-alone: 98% counted is all but final",
    ),
    (
        "Sheinbaum won the presidency with 59% of the votes in Sunday's election, according to official results.",
        "Sheinbaum won the presidency with 54% of the vote in Sunday's election, according to official results.",
        [["59%", "54%"]],
        "R5 broad: 'with 59% of the votes in Sunday's election' is no count in progress",
    ),
    (
        "With 20% of ballots counted, Ortiz had 55% of the vote, the electoral council said.",
        "With 70% of ballots counted, Ortiz had 49% of the vote, the electoral council said.",
        [],
        "R5 look-alike: two counts in progress at different stages are two moments",
    ),
    (
        "With 40 percent of polling stations reporting, turnout stood at 52 percent, the commission said.",
        "Final turnout was 61 percent, the commission said on Monday.",
        [],
        "R5 catch: turnout at 40% reporting is interim (percent spelled out)",
    ),
    # ------------------------------------------------------------------ R6: rates per a population
    (
        "The region recorded 86 road deaths per million inhabitants last year, the transport ministry said.",
        "The region recorded 8.6 road deaths per 100,000 inhabitants last year, the transport ministry said.",
        [],
        "R6 catch: 86 per million is 8.6 per 100,000",
    ),
    (
        "Road deaths fell to 52 per million inhabitants last year, the transport ministry said.",
        "Road deaths fell to 7.1 per 100,000 inhabitants last year, the transport ministry said.",
        [["52", "7.1"]],
        "R6 catch: 52 per million (5.2 per 100,000) against 7.1 per 100,000",
    ),
    (
        "The country recorded 86 overdose deaths per 1 million people last year, the health ministry said.",
        "The country recorded 8.6 overdose deaths per 100,000 people last year, the health ministry said.",
        [],
        "R6 narrow: 'per 1 million' and an adjective before the noun",
    ),
    (
        "The county recorded 412 overdose deaths last year, a rate of 38 per 100,000 residents.",
        "The county recorded 412 overdose deaths last year, or 380 per million residents.",
        [],
        "R6 catch: the toll agrees and so do the rates",
    ),
    (
        "The county's death rate from overdoses was 45 deaths per 100,000 residents last year.",
        "Overdoses killed 61 people in the county last year, the coroner said.",
        [],
        "R6 look-alike: a rate is never a toll",
    ),
    (
        "Infant mortality fell to 28 deaths per 1,000 live births last year, the health ministry said.",
        "Infant mortality fell to 31 deaths per 1,000 live births last year, the health ministry said.",
        [["28", "31"]],
        "R6 catch: two rates per 1,000 differ",
    ),
    (
        "Measles killed 40 children per 10,000 cases in the province last year, the health ministry said.",
        "Measles killed 400 children per 100,000 cases in the province last year, the health ministry said.",
        [],
        "R6 leave-alone: one rate told per 10,000 and per 100,000; the populations are no figures to compare",
    ),
    (
        "There were 7.9 deaths for every 100,000 residents last year, the transport ministry said.",
        "There were 8.4 deaths per 100,000 residents last year, the transport ministry said.",
        [["7.9", "8.4"]],
        "R6 narrow: 'for every 100,000' is a rate too, and 7.9 against 8.4 differ",
    ),
    (
        "The county recorded 38 overdose deaths per 100,000 residents last year, the coroner said.",
        "The county recorded 41 overdose deaths last year, the coroner said.",
        [],
        "R6 narrow: a rate with an adjective before its noun is not a toll",
    ),
    # ------------------------------------------------------------------ R7: forced from their homes
    (
        "The wildfire killed two people and forced about 1,200 residents from their homes.",
        "The wildfire killed two people, and about 3,000 residents fled their homes, officials said.",
        [["about 1,200", "about 3,000"]],
        "R7 catch: forced from their homes against fled their homes",
    ),
    (
        "Monsoon floods drove 5,000 people to flee the river valley, officials said.",
        "Monsoon floods forced the evacuation of 8,000 people from the river valley, officials said.",
        [["5,000", "8,000"]],
        "R7 catch: 'drove 5,000 people to flee' against an evacuation",
    ),
    (
        "The cyclone forced 600 families from their homes in the delta, officials said.",
        "The cyclone left 250 families homeless in the delta, officials said.",
        [],
        "R7 look-alike: families who left their homes are not families whose homes were lost",
    ),
    (
        "The eruption forced 2,000 villagers to abandon their homes on the slopes of the volcano.",
        "About 3,500 villagers were evacuated from the slopes of the volcano, officials said.",
        [["2,000", "About 3,500"]],
        "R7 narrow: 'forced 2,000 villagers to abandon their homes'",
    ),
    (
        "The chemical leak at the plant forced 300 workers out of the factory on Tuesday.",
        "The chemical leak at the plant forced 1,500 residents from their homes on Tuesday.",
        [],
        "R7 look-alike: workers out of a factory are not residents out of their homes",
    ),
    (
        "The war has forced 6.5 million Syrians to flee the country, the UN refugee agency says.",
        "The war has displaced 6.8 million Syrians inside the country, the UN refugee agency says.",
        [],
        "R7 look-alike: refugees who fled abroad are not the internally displaced",
    ),
    (
        "The earthquake struck before dawn, killing nine people and forcing about 1,200 residents from their homes.",
        "The earthquake killed 11 people before dawn, officials said.",
        [["nine", "11"]],
        "R7 catch: the first count keeps 'killing'; the second is the evacuated",
    ),
    (
        "Rising water forced more than 300 families out of their homes in the lower town.",
        "Rising water forced 200 families out of their homes in the lower town, the mayor said.",
        [["more than 300", "200"]],
        "R7 catch: a hedge between the verb and the figure",
    ),
    (
        "About 1,200 residents were forced from their homes by the fire, officials said.",
        "The fire forced 3,000 residents from their homes, officials said.",
        [["About 1,200", "3,000"]],
        "R7 narrow: the passive 'were forced from their homes'",
    ),
    # ------------------------------------------------------------------ R8: a slip of the pen links
    (
        "Fourteen aid workers were abducted by gunmen in North Kivu on Tuesday, the UN said.",
        "Gunmen seized four aid workers in eastern Congo on Tuesday, a UN spokesman said.",
        [["Fourteen", "four"]],
        "R8 catch: fourteen against four aid workers, few shared words",
    ),
    (
        "The climbers were found alive after a search that lasted 13 hours, mountain rescue said.",
        "Mountain rescue teams found the climbers alive after a 31-hour search in thick fog.",
        [["13 hours", "31-hour"]],
        "R8 catch: 13 hours against 31 hours",
    ),
    (
        "About 3,000 sheep drowned when the river burst its banks, farmers said.",
        "Some 300 sheep were lost when the river flooded the valley, according to farmers.",
        [["3,000", "300"]],
        "R8 catch: 3,000 against 300 sheep",
    ),
    (
        "Seven crew members were rescued by a passing tanker after the ferry sank.",
        "Seventeen passengers were rescued by a passing tanker after the ferry sank.",
        [],
        "R8 look-alike: crew and passengers are two groups",
    ),
    (
        "An ambush near Gao killed five soldiers on Monday, the army said. In March, fifty soldiers were killed in an attack on a base near Menaka.",
        "Five soldiers were killed in an ambush near Gao on Monday, the army said.",
        [],
        "R8 look-alike: five and fifty soldiers of two attacks; the five agree",
    ),
    (
        "Riot police detained 16 demonstrators after clashes near the parliament building on Friday night.",
        "Six demonstrators were arrested when protesters clashed with officers outside parliament, police said.",
        [["16", "Six"]],
        "R8 catch: 16 against six demonstrators arrested, worded apart",
    ),
    (
        "Four miners remain trapped underground, the company said on Sunday.",
        "Fourteen miners were rescued from the flooded shaft on Sunday, the company said. Rescuers hope to reach the last four miners by Tuesday.",
        [],
        "R8 look-alike: fourteen rescued and four trapped are two facts",
    ),
    (
        "Police said the gunman fired 13 shots inside the store.",
        "Witnesses said they heard about 31 shots in the car park outside the store before police arrived.",
        [],
        "R8 broad: 13 shots inside and about 31 heard outside are two counts; the swap alone links them",
    ),
    (
        "The storm cut power to 3,000 homes in the county, the utility said.",
        "The utility said 300 homes in the county were still without power on Friday evening.",
        [],
        "R8 look-alike: 3,000 cut off and 300 still without power are two moments",
    ),
    (
        "Five soldiers were killed in an ambush near Gao on Monday, the army said.",
        "Fifty soldiers died in an attack on a base near Gao in March. On Monday militants ambushed an army patrol outside the town, the army said.",
        [],
        "R8 look-alike: five killed on Monday and fifty in March",
    ),
    (
        "Gunmen abducted 14 health workers on the road to Damboa on Tuesday.",
        "Four health workers were taken hostage near a clinic in Borno, a local official said.",
        [["14", "Four"]],
        "R8 narrow: 14 against four health workers, worded apart (the half match does not link them)",
    ),
    (
        "Rescuers pulled 13 survivors from the rubble overnight.",
        "By dawn, 31 survivors had been found beneath collapsed buildings in the old quarter, according to the civil defence.",
        [["13", "31"]],
        "R8 narrow: 13 against 31 survivors, worded apart",
    ),
]
# fmt: on

KNOWN_MISSES = {
    "R1 narrow: 'US$' is written out, so the dollar family of C$ does not make it Canadian": "a dollar sign written 'US$' is read as one family with the original's dollars",
    'R4 catch: a rise of 4% against a level of 6.4%': 'a yearly change may be a level (consumer prices and inflation); food prices are not told apart',
    "R4 narrow: a level with no verb ('was 6.4%') against a change": "a level told with 'was' is not read as a level",
    "R4 narrow: 'rose 0.5 points to 6.4%': a figure between the verb and 'to'": "the figure between the verb and 'to' is a change of its own, not read as such",
    'R5 narrow: the count in progress told in the sentence before the share': 'a count in progress told in the sentence before is not carried over',
    'R5 leave-alone: 98% counted is all but final': '98% counted is read as final, and the final figures differ',
    'R5 look-alike: two counts in progress at different stages are two moments': 'two counts in progress at different stages are both interim and compared',
    "R6 narrow: 'for every 100,000' is a rate too, and 7.9 against 8.4 differ": "'for every 100,000' is not read as a rate",
    'R8 look-alike: crew and passengers are two groups': 'figures one slip apart about two groups of one noun class are linked',
    'R8 look-alike: fourteen rescued and four trapped are two facts': 'figures one slip apart about two groups of one noun class are linked',
    'R8 broad: 13 shots inside and about 31 heard outside are two counts; the swap alone links them': 'a slip of the pen alone links two counts of one noun',
    'R8 look-alike: 3,000 cut off and 300 still without power are two moments': 'figures one slip apart about two moments are linked',
    'R8 look-alike: five killed on Monday and fifty in March': 'figures one slip apart about two moments are linked',
    'R8 narrow: 14 against four health workers, worded apart (the half match does not link them)': 'the half figure match does not link sentences worded far apart',
    'R8 narrow: 13 against 31 survivors, worded apart': 'the half figure match does not link sentences worded far apart',
}


@pytest.mark.parametrize(("a", "b", "expected", "label"), PROBES, ids=[p[3][:60] for p in PROBES])
def test_later_rule_probe(a: str, b: str, expected: list[list[str]], label: str) -> None:
    if label in KNOWN_MISSES:
        pytest.xfail(KNOWN_MISSES[label])
    got = probe_conflicts(a, b)
    assert conflicts_match(expected, got), got
