# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""A reviewer's probes of the rules added after 2dae16a (linked-pair readings, false-alarm readings, money and times
of day): common wordings each rule should catch, and look-alikes it must leave alone, written for this review, not
taken from the labelled cases. Probes the engine still gets wrong are kept as xfail, with the reason."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts


def _xfail(a: str, b: str, expected: list[list[str]], label: str, reason: str):  # noqa: ANN202
    return pytest.param(a, b, expected, label, marks=pytest.mark.xfail(reason=reason, strict=True), id=label[:60])


# fmt: off
PROBES = [
    # ------------------------------------------------------------ a share of one place inside the area voting
    (
        "Voters in the city of Zurich approved the tram plan with 56 per cent of the vote.",
        "Zurich voters approved the tram plan with 61 per cent of the vote.",
        [["56 per cent", "61 per cent", "contradiction"]],
        "sub-area leave-alone: a city's own referendum, its voters named by the other report",
    ),
    (
        "Officials in the capital said turnout in the referendum was 48 per cent.",
        "Turnout in the referendum was 52 per cent, the electoral commission said.",
        [["48 per cent", "52 per cent", "contradiction"]],
        "sub-area leave-alone: 'officials in the capital' say who spoke, not where the share was",
    ),
    (
        "In the town of Vevey, 68.9 percent of voters backed the project.",
        "Almost 52 per cent of voters backed the loan for the Vevey tram.",
        [],
        "sub-area catch: a town named in a project's name is no share of that town",
    ),
    # ------------------------------------------------------------------------------- "of that" as a part
    (
        "The government set aside $2 billion of this year's budget for flood relief.",
        "The government set aside $3 billion of its budget for flood relief.",
        [["$2 billion", "$3 billion", "contradiction"]],
        "of-that leave-alone: 'of this year's budget' is no part of a total just told",
    ),
    # ---------------------------------------------------------------------------- a separate instance
    (
        "A separate count by the Red Cross put the death toll at 45.",
        "The death toll stands at 52, the health ministry said.",
        [["45", "52", "contradiction"]],
        "separate leave-alone: another source's count of the same toll",
    ),
    (
        "A separate tally by Reuters put the number of dead at 45.",
        "At least 52 people were killed, according to the health ministry.",
        [["45", "52", "contradiction"]],
        "separate leave-alone: a news agency's own tally of the same dead",
    ),
    (
        "In a separate attack, gunmen killed 12 people in a nearby village.",
        "Gunmen killed 15 people in a nearby village, officials said.",
        [],
        "separate catch: a separate attack is another event",
    ),
    (
        "Gunmen killed 12 people in a separate attack on a nearby village.",
        "In the separate attack on the nearby village, gunmen killed 15 people.",
        [["12", "15", "contradiction"]],
        "separate leave-alone: both tell of the separate attack",
    ),
    (
        "If no acceptable offer is made, the nurses will hold a further 72-hour strike from 7am on Monday.",
        "A 48-hour strike by the nurses ended at 7am on Friday.",
        [],
        "separate catch: a further strike is another strike",
    ),
    (
        "The nurses will hold a further 72-hour strike from Monday, the union said.",
        "The nurses will hold a further 48-hour strike from Monday, the union said.",
        [["72-hour", "48-hour", "contradiction"]],
        "separate leave-alone: both tell of the further strike",
    ),
    (
        "At least 14 people were rescued alive from the rubble, officials said.",
        "As many as 20 people may still be buried under the rubble, officials said.",
        [],
        "possible catch: those who may still be buried are no count of those rescued",
    ),
    (
        "Up to twenty people could be trapped under the debris, officials said.",
        "As many as 30 people may still be trapped under the debris, officials said.",
        [["Up to twenty", "As many as 30"]],
        "possible leave-alone: two counts of those who may be trapped meet",
    ),
    (
        "A magnitude 5.3 aftershock shook the area a few hours later, officials said.",
        "The monitoring centre has warned that aftershocks of up to magnitude 5.5 are possible over the coming days.",
        [],
        "possible catch: aftershocks that are possible are no aftershock that came",
    ),
    (
        "A magnitude 5.3 aftershock shook the area a few hours later, officials said.",
        "The centre has recorded 46 aftershocks of magnitude 4 or above since the main shock, officials said.",
        [],
        "threshold catch: 'of magnitude 4 or above' sorts what is counted",
    ),
    (
        "A magnitude 5.3 aftershock shook the area a few hours later, officials said.",
        "A magnitude 5.6 aftershock shook the area a few hours later, officials said.",
        [["magnitude 5.3", "magnitude 5.6"]],
        "threshold leave-alone: two aftershocks' magnitudes still meet",
    ),
    (
        "By mid-morning, at least 140 elective operations had been postponed, the department said.",
        "When paramedics last walked out, in March last year, hospitals postponed 164 operations over two days.",
        [],
        "earlier catch: an opening 'When ... last year,' dates the whole sentence",
    ),
    (
        "By mid-morning, at least 140 elective operations had been postponed, the department said.",
        "When the paramedics walked out on Tuesday morning, hospitals postponed 164 operations.",
        [["at least 140", "164"]],
        "earlier leave-alone: an opening 'When ...' with no look-back is today's",
    ),
    (
        "Turnout was just over 14% of the city's registered voters in the city election.",
        "Some context: four years ago, just 11.2 percent of registered voters cast a ballot in the city election.",
        [],
        "earlier catch: a label before the opening ('Some context:') leaves the opening short",
    ),
    (
        "Turnout was just over 14% of the city's registered voters in the city election.",
        "Some context: just 11.2 percent of registered voters cast a ballot in the city election, officials say.",
        [["just over 14%", "11.2 percent"]],
        "earlier leave-alone: a label with no look-back is today's",
    ),
    # ------------------------------------------------------------------------ "last September" as earlier
    (
        "The fire last September killed 12 people, the court heard.",
        "The fire in September killed 14 people, the court heard.",
        [["12", "14", "contradiction"]],
        "last month leave-alone: 'last September' and 'in September' tell one month",
    ),
    (
        "The fire last September killed 12 people, the court heard.",
        "The fire last September killed 14 people, the court heard.",
        [["12", "14", "contradiction"]],
        "last month leave-alone: both tell of last September",
    ),
    # ----------------------------------------------------------------- what prosecutors alleged
    (
        "Prosecutors had alleged that Kovac stole $4.2 million from investors.",
        "Prosecutors said Kovac stole $2.4 million from investors.",
        [["$4.2 million", "$2.4 million", "contradiction"]],
        "alleged leave-alone: two reports of the charge",
    ),
    (
        "Prosecutors alleged that the pair laundered 3.2 billion won through shell companies.",
        "The pair laundered 2.3 billion won through shell companies, the court found.",
        [],
        "alleged catch: 'prosecutors alleged' in the simple past is the charge, not the finding",
    ),
    (
        "Prosecutors allege the scheme defrauded 1,200 investors.",
        "The scheme defrauded 2,100 investors, prosecutors said.",
        [["1,200", "2,100", "contradiction"]],
        "alleged leave-alone: 'prosecutors allege' and 'prosecutors said' are one charge",
    ),
    (
        "Prosecutors originally put the losses at $14 million.",
        "The court put the losses at $41 million.",
        [],
        "alleged catch: what prosecutors first put against what the court found",
    ),
    # ---------------------------------------------------------------- a change since a date
    (
        "Shares have fallen 30% since January, the exchange said.",
        "Shares have lost 41% this year, the exchange said.",
        [["30%", "41%", "contradiction"]],
        "since leave-alone: 'this year' after a fall is a fall since the year began",
    ),
    (
        "Shares of the lender have fallen 30% since January.",
        "Shares of the lender have fallen 41% since the start of the year.",
        [["30%", "41%", "contradiction"]],
        "since leave-alone: two falls since the year began",
    ),
    # ------------------------------------------------------------------ counts added before a new total
    (
        "The number of confirmed cases reached 13 after two more babies tested positive.",
        "Eleven babies have tested positive for the bacterium, the hospital said.",
        [["13", "Eleven", "contradiction"]],
        "increment catch: 'reached 13 after two more' gives the total, not the two",
    ),
    (
        "The toll now stands at 13, after two more babies tested positive.",
        "Eleven babies have tested positive for the bacterium, the hospital said.",
        [["13", "Eleven", "contradiction"]],
        "increment catch: 'now stands at 13 after two more'",
    ),
    # ---------------------------------------------------------------------- a forecast against what will be
    (
        "Forecasters expect the storm to dump up to 300mm of rain on the coast.",
        "The storm dumped 200mm of rain on the coast and will move inland on Friday.",
        [],
        "to come leave-alone: rain that fell, beside a future of another verb, against a forecast",
    ),
    # ------------------------------------------------------------------ counts read at two stages
    (
        "With 92% of ballots counted, Ruiz had 51.2% of the vote.",
        "With 98% of ballots counted, Ruiz had 52.8% of the vote.",
        [],
        "progress catch: two stages of the count",
    ),
    (
        "With 92% of ballots counted, Ruiz had 51.2% of the vote.",
        "Ruiz won 54.8% of the vote, final results showed.",
        [],
        "progress catch: 'final results showed' is the whole count",
    ),
    # ------------------------------------------------------------ a figure met beside its partner
    (
        "Prices rose 4.2% in March, after 3.1% in February.",
        "Prices rose 3.1% in March, the statistics office said.",
        [["4.2%", "3.1%", "contradiction"]],
        "met beside leave-alone: February's 3.1% does not meet March's 3.1%",
    ),
    (
        "Inflation rose to 4.2% in March, after 3.1% in February, the office said.",
        "Inflation was 3.1% in March, the office said.",
        [["4.2%", "3.1%", "contradiction"]],
        "met beside leave-alone: a month's rate beside the month before",
    ),
    (
        "Tariffs rose 40% for households, the regulator said.",
        "Tariffs rose 25% for households and 40% for businesses, the regulator said.",
        [["40%", "25%", "contradiction"]],
        "met beside leave-alone: the businesses' 40% does not meet the households' 40%",
    ),
    (
        "Twelve people were killed and 40 were injured in the blast, police said.",
        "Forty people were killed in the blast at the market, police said.",
        [["Twelve", "Forty", "contradiction"]],
        "met beside leave-alone: the injured do not meet the dead",
    ),
    # -------------------------------------------------------------------- a wait told from a moment
    (
        "Twenty minutes after that, police stormed the building.",
        "Police stormed the building 35 minutes later, witnesses said.",
        [["Twenty minutes", "35 minutes", "contradiction"]],
        "offset catch: 'twenty minutes after that,' is 'twenty minutes later'",
    ),
    (
        "Police arrested the suspect within 24 hours of the attack.",
        "The suspect was arrested 36 hours after the attack, police said.",
        [["24 hours", "36 hours", "contradiction"]],
        "within catch: within a day against a day and a half after",
    ),
    # -------------------------------------------------------------------------- "barely" as about
    (
        "Turnout was barely 32 per cent, the electoral commission said.",
        "Turnout was 31.6 per cent, the electoral commission said.",
        [],
        "barely catch: 'barely 32 per cent' for 31.6",
    ),
    (
        "Turnout was barely 30 per cent, the electoral commission said.",
        "Turnout was 34 per cent, the electoral commission said.",
        [["30 per cent", "34 per cent", "contradiction"]],
        "barely leave-alone: 'barely 30' is not 34",
    ),
    # ----------------------------------------------------------------------------------- capacity
    (
        "The plant can turn out 500 cars a day, the company said.",
        "The plant turned out 350 cars a day last month, the company said.",
        [],
        "capacity catch: what the plant can turn out, not what it did",
    ),
    (
        "The factory can turn out 500 cars a day but produced only 350 in March.",
        "The factory produced 420 cars a day in March, the company said.",
        [["350", "420", "contradiction"]],
        "capacity leave-alone: what it produced still conflicts",
    ),
    # ------------------------------------------------------------------------ ranges and years
    (
        "Temperatures reached between 38°C and 40°C on Saturday.",
        "Temperatures hit 45°C on Saturday, the weather service said.",
        [["between 38°C and 40°C", "45°C", "contradiction"]],
        "range leave-alone: 45°C is outside 38°C to 40°C",
    ),
    (
        "Temperatures reached between 38C and 40C on Saturday.",
        "Temperatures reached 39C on Saturday, the weather service said.",
        [],
        "range catch: 39C is inside 38C to 40C",
    ),
    (
        "Next year's minimum wage will be 10,320 won, the commission said.",
        "The minimum wage for next year was set at 10,230 won, the commission said.",
        [["10,320 won", "10,230 won", "contradiction"]],
        "year word leave-alone: 'next year's' and 'for next year' are one year",
    ),
    # --------------------------------------------------------------------------- money and names
    (
        "The ministry said the budget of GH₵312.4 billion would fund new schools.",
        "The budget of 312.4 billion cedis would fund new schools, the ministry said.",
        [],
        "cedis catch: GH₵ and 'cedis' are one sum",
    ),
    (
        "Delegates at COP 29 pledged $300 billion a year.",
        "Delegates at COP29 pledged $250 billion a year, the UN said.",
        [["$300 billion", "$250 billion", "contradiction"]],
        "COP leave-alone: the conference's number is no sum, the pledges still conflict",
    ),
    (
        "Operating profit rose to 640 billion won from 412 billion won a year earlier.",
        "Operating profit rose to 640 billion won from 421 billion won in 2024.",
        [["412 billion won", "421 billion won", "contradiction"]],
        "base in billions catch: the year-earlier base",
    ),
    (
        "Lim Jae-ho was sentenced to seven years in prison.",
        "Lim was jailed for nine years, the court said.",
        [["seven years", "nine years", "contradiction"]],
        "family name first catch: Lim Jae-ho is Mr Lim",
    ),
    # ------------------------------------------------------------------------------ times of day
    (
        "The train crashed shortly after 7:45am, officials said.",
        "The train crashed at 7:30am, officials said.",
        [["7:45am", "7:30am", "contradiction"]],
        "near side catch: 'shortly after 7:45am' is not 7:30am",
    ),
    (
        "The quake struck just before 3pm local time (0800 GMT), officials said.",
        "The quake struck at 2.40pm, officials said.",
        [],
        "near side leave-alone: 2.40pm is just before 3pm",
    ),
    # ----------------------------------------------------------------------- known misses, kept as xfail
    _xfail(
        "Police arrested the suspect within 48 hours of the attack.",
        "The suspect was arrested 36 hours after the attack, police said.",
        [],
        "within: 36 hours after is within 48 hours",
        "'within' is read as an exact wait, not an upper bound (so at 2dae16a too); reading it as a bound in "
        "engine/numbers.py lost two labelled conflicts on the development sets",
    ),
    _xfail(
        "The indictment said he took bribes worth $2.3 million.",
        "He took bribes worth $3.2 million, the judge said.",
        [],
        "alleged: 'the indictment said' is the charge",
        "only 'alleged/allege(s)' and 'had said' mark the charge; 'the indictment said' is not read",
    ),
    _xfail(
        "Fares will rise 40% for international flights and 25% for domestic flights.",
        "Fares for international flights will rise 25%, the airline said.",
        [["40%", "25%", "contradiction"]],
        "for-targets: 'Fares for international flights will rise 25%'",
        "a figure's 'for ...' is read only right after it or as a sentence's opening, not in the subject",
    ),
    _xfail(
        "Fares will rise 100% for flights to the islands, 66% for other domestic routes and 40% for international flights.",
        "Fares on international flights will rise 66%, the airline said.",
        [["40%", "66%", "contradiction"]],
        "for-targets: 'on international flights' names the item too",
        "only 'for ...' names an item of the list",
    ),
    _xfail(
        "The siege ended four hours later that day, police said.",
        "The siege ended six hours later, police said.",
        [["four hours", "six hours", "contradiction"]],
        "offset: 'four hours later that day' is a span after a moment",
        "'later that day' is read as a time of the week, not an offset (so at 2dae16a too)",
    ),
    _xfail(
        "The driver, Héctor Sandoval Riquelme, 54, survived the crash.",
        "The driver, Héctor Sandoval, 45, survived the crash.",
        [["54", "45", "contradiction"]],
        "two surnames: ages written after the name on both sides",
        "the two-surname reading is reached only with 'a 54-year-old'; 'Name, 54,' against the shorter name is not paired",
    ),
    _xfail(
        "Ruiz won 51.2% of the vote to Ortega's 46.3%.",
        "Ortega took 51.2% of the vote, the electoral council said.",
        [["46.3%", "51.2%", "contradiction"]],
        "met beside: a share given to the wrong candidate",
        "the identical 51.2% pairs first and agrees; which candidate holds it is not read (so at 2dae16a too)",
    ),
    _xfail(
        "The new reactor will generate 1,200 megawatts when it opens.",
        "The reactor could generate 1,100 megawatts, officials said.",
        [["1,200 megawatts", "1,100 megawatts", "contradiction"]],
        "capacity: 'will generate' and 'could generate' are one output",
        "since 'generate' joined the capacity verbs (63e42ad), 'could generate' is a capacity and 'will generate' a "
        "plain figure, so they are no longer compared (they were at 2dae16a); 'can produce' against 'will produce' "
        "was already so",
    ),
]
# fmt: on


PROBES = [p if hasattr(p, "marks") else pytest.param(*p, id=p[3][:60]) for p in PROBES]


@pytest.mark.parametrize(("a", "b", "expected", "label"), PROBES)
def test_reviewed_rule_probe(a: str, b: str, expected: list[list[str]], label: str) -> None:
    got = probe_conflicts(a, b)
    assert conflicts_match(expected, got), got
