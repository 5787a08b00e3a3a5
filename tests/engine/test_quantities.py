"""Table-driven tests of quantity extraction over tests/data/engine/quantities.jsonl (our own sentences)."""

from __future__ import annotations

import pytest

from engine.claims import extract_claims, find_attributions, subject_class
from engine.conflicts import classify
from engine.models import Kind, Severity
from tests.engine.cases import claim_mismatches, load_jsonl, probe_conflicts

ROWS = load_jsonl("quantities.jsonl")
KNOWN_MISSES = {
    # A name and number at the very start of a sentence, followed by a plural-looking verb: read as a count.
    "section-230": "sentence-initial name + number followed by a verb ending in -s",
}


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_quantities(row: dict) -> None:
    if row["id"] in KNOWN_MISSES:
        pytest.xfail(KNOWN_MISSES[row["id"]])
    got = extract_claims(row["text"], "t.1")
    expected = row["claims"]
    assert [c.text for c in got] == [c["text"] for c in expected]
    for e, g in zip(expected, got, strict=True):
        assert claim_mismatches(e, g) == [], e["text"]


def test_qualifiers_subjects_and_predicates_mostly_right() -> None:
    """Subject and predicate conventions have edge cases; hold the overall accuracy instead of every row."""
    totals = {"qualifier": [0, 0], "subject": [0, 0], "predicate": [0, 0]}
    for row in ROWS:
        got = extract_claims(row["text"], "t.1")
        if len(got) != len(row["claims"]):
            continue
        for e, g in zip(row["claims"], got, strict=True):
            for field in totals:
                totals[field][1] += 1
                totals[field][0] += e.get(field) == getattr(g, field)
    accuracy = {field: right / total for field, (right, total) in totals.items()}
    assert accuracy["qualifier"] >= 0.98, accuracy
    assert accuracy["subject"] >= 0.93, accuracy
    assert accuracy["predicate"] >= 0.88, accuracy


@pytest.mark.parametrize(
    ("text", "figure", "low", "high", "kind"),
    [
        ("At least 5 people have been killed.", "At least 5", 5, None, "count"),
        ("Over two dozen were injured.", "Over two dozen", 24, None, "count"),
        ("Hundreds of homes were damaged.", "Hundreds", 100, 999, "count"),
        ("The firm paid $2.5 million in fines.", "$2.5 million", 2_500_000, 2_500_000, "money"),
        ("Prices rose 5.2 per cent last year.", "5.2 per cent", 5.2, 5.2, "percent"),
        ("The town got 200 mm of rain.", "200 mm", 0.2, 0.2, "measure"),
        ("The town got twenty centimetres of rain.", "twenty centimetres", 0.2, 0.2, "measure"),
        ("Some 60 firefighters attended.", "Some 60", 54, 66, "count"),
        ("Nearly 400 people marched.", "Nearly 400", 360, 400, "count"),
        ("Between 20 and 30 cars burned.", "Between 20 and 30", 20, 30, "count"),
        ("Up to 30 people are missing.", "Up to 30", 0, 30, "count"),
        ("Tens of thousands marched.", "Tens of thousands", 10_000, 99_999, "count"),
        ("The plan costs £3bn.", "£3bn", 3e9, 3e9, "money"),
        ("It costs 3 billion pounds.", "3 billion pounds", 3e9, 3e9, "money"),
        ("About 1.2 million households lost power.", "About 1.2 million", 1_080_000, 1_320_000, "count"),
        ("Twelve thousand people fled.", "Twelve thousand", 12_000, 12_000, "count"),
        ("The strike began at 12:45 a.m. local time.", "12:45 a.m.", 45, 45, "time"),
        ("They met at 2.15pm on Friday.", "2.15pm", 855, 855, "time"),
        ("The ferry departed Pier 1 at 0615H bound for Tagbilaran.", "0615H", 375, 375, "time"),
        ("The quake struck at four o'clock on Monday.", "four o'clock", 240, 240, "time"),
        ("The blast came shortly after midnight, police said.", "midnight", 0, 0, "time"),
        ("The leaders met at noon on Friday.", "noon", 720, 720, "time"),
        ("It ended an 18-month battle.", "18-month", 18, 18, "duration"),
        ("It was Russia's 2022 invasion.", "2022", 2022, 2022, "date"),
        ("Power returned on November 14, 2025.", "November 14, 2025", 20251114, 20251114, "date"),
    ],
)
def test_issue_examples(text: str, figure: str, low: float, high: float | None, kind: str) -> None:
    claims = extract_claims(text, "t.1")
    assert len(claims) == 1, [c.text for c in claims]
    claim = claims[0]
    assert claim.text == figure
    assert claim.kind.value == kind
    assert claim.quantity.low == pytest.approx(low)
    assert (claim.quantity.high is None) == (high is None)
    if high is not None:
        assert claim.quantity.high == pytest.approx(high)


@pytest.mark.parametrize(
    "text",
    [
        "The team won 4-1 in the final.",
        "Call 555-0134 for information.",
        "The Boeing 737 landed safely.",
        "It was the second fire this week.",
        "Cases of COVID-19 fell.",
        "Leaders of the G7 met in Rome.",
        "He lives at No. 10 Downing Street.",
        "No one was hurt.",
        # numbers that name a junction, a platform, a section of a law, a highway
        "The M25 was closed between junctions 10 and 11 after a lorry fire.",
        "Trains left from platform 3.",
        "Police imposed section 144 in the district.",
        "The crash happened on U.S. Highway 281 south of the city.",
        # street addresses, emergency numbers, reference markers, places in a series
        "A man was shot dead outside 4410 Hollis Avenue on Friday.",
        "Officers were sent to 87 W. Grant St. in the north of the city.",
        "The crash closed the 101 Freeway for hours.",
        "A neighbour made a 911 call after hearing shots.",
        "She dialled 999 and waited.",
        "The siege ended peacefully.[3][12]",
        "Photo 4 of 18 Mourners gathered outside the church.",
        "He was hit by a .38 caliber round.",
        "A witness told 7 News what she saw.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert extract_claims(text, "t.1") == ()


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("A boy died in the 300 block of Main Street.", []),
        ("Call Crime Stoppers toll-free at 1-877-903-STOP.", []),
        ("Mary gave John 2 baseball cards.", [("2", "cards", None)]),
        # after a name, digits grouped by thousands or a unit make a figure, not a name: a list of results
        (
            "Dizon-Roque received 462,530 votes, Villareal 401,118 and Ocampo 21,204.",
            [("462,530", "votes", None), ("401,118", "votes", None), ("21,204", "votes", None)],
        ),
        ("Padidan had 400 mm of rain and Mohenjo Daro 309 mm.", [("400 mm", None, None), ("309 mm", None, None)]),
        # but a capital letter or an English word after the number keeps it a name
        ("Britain banned Huawei 5G equipment.", []),
        ("Apollo 11 in July was a success.", []),
        # bytes only as written for data
        ("The hackers took 1.5 TB of data.", [("1.5 TB", None, None)]),
        ("The clinic reported 12 TB cases last month.", [("12", "cases", None)]),
        ("A squad of 376 GB athletes flew out.", [("376", "athletes", None)]),
        ("Two men were not hurt, but 3 women were injured.", [("Two", "men", None), ("3", "women", "injured")]),
        (
            "Tens of thousands of people marched after three people were killed.",
            [("Tens of thousands", "people", None), ("three", "people", "killed")],
        ),
        # a count of people blamed for the act takes no predicate
        ("Three brothers accused of killing a shopkeeper were denied bail.", [("Three", "brothers", None)]),
        ("Police questioned two men held in the shooting of a guard.", [("two", "men", None)]),
        ("Four teenagers who wounded a bus driver were arrested.", [("Four", "teenagers", None)]),
        ("Five people who died in the fire were named.", [("Five", "people", "killed")]),
        # the word before the next figure is that figure's
        (
            "A gunman fired on six diners, killing three of them.",
            [("six", "diners", None), ("three", "diners", "killed")],
        ),
        # taken to hospital, or still there
        ("Nine were taken to hospital.", [("Nine", "people", "hospitalised")]),
        ("Some 4,716 patients are in hospital.", [("Some 4,716", "patients", "hospitalised")]),
        (
            "Two people were killed and two others were rushed to hospital.",
            [("Two", "people", "killed"), ("two", "people", "hospitalised")],
        ),
        ("Three hospital workers were hurt.", [("Three", "workers", "injured")]),
        ("Police said 20 people gathered outside the hospital.", [("20", "people", None)]),
        # "as many as" opens no clause of its own
        ("As many as 300 were killed.", [("As many as 300", "people", "killed")]),
        (
            "The quake killed 2,000 people, while as many as 300,000 were made homeless.",
            [("2,000", "people", "killed"), ("as many as 300,000", "people", "displaced")],
        ),
        # people pulled from the water or the rubble were rescued; bodies and things were not
        ("A patrol boat plucked 29 people from the sea.", [("29", "people", "rescued")]),
        ("Twelve survivors were pulled alive from the rubble.", [("Twelve", "survivors", "rescued")]),
        ("Divers recovered nine bodies from the river.", [("nine", "bodies", "killed")]),
        ("Divers recovered five cars from the river.", [("five", "cars", None)]),
        ("Twelve people drowned and were pulled from the sea.", [("Twelve", "people", "killed")]),
        ("Soldiers pulled 12 dead from the rubble.", [("12", "people", "killed")]),
        # bodies and corpses are the dead; a body that regulates is not
        ("The hospital had received 19 corpses.", [("19", "people", "killed")]),
        ("Two more bodies were found on Monday.", [("Two", "bodies", "killed")]),
        ("Three regulatory bodies approved the merger.", [("Three", None, None)]),
        ("Three regulatory bodies opened investigations.", [("Three", "bodies", None)]),
        ("Four bodies of water were contaminated.", [("Four", "bodies", None)]),
        ("The number of bodies recovered rose to 18 on Friday.", [("18", "people", "killed")]),
        # a tally named at the head of the sentence, and the figure it rose to
        (
            "The death toll from the earthquake that struck the province early Tuesday climbed to 57 by evening.",
            [("57", "people", "killed")],
        ),
        ("The number of people injured in the blast has risen to 120.", [("120", "people", "injured")]),
        (
            "QUIBDO, Colombia, March 16 (Andes Wire) - The death toll from Saturday's runway accident in the "
            "Colombian city of Quibdó rose to four on Sunday, local officials said.",
            [("March 16", None, None), ("four", "people", "killed")],
        ),
        ("The number of flights cancelled rose to 300.", [("300", "flights", None)]),
        ("The toll road price rose to 5.", [("5", None, None)]),
        # "into custody" is an arrest; "Of the N X, M ..." counts M of the X
        ("Police have taken seven people into custody.", [("seven", "people", "arrested")]),
        ("All 40 people in custody at the station were moved.", [("40", "people", None)]),
        ("Custody of the 30 seized dogs passed to the RSPCA.", [("30", "dogs", None)]),
        (
            "Of the 247 miners underground, 201 made their way to the surface.",
            [("247", "miners", None), ("201", "miners", None)],
        ),
        (
            "Of the 247 miners underground, 201 made their way out, said the company, which employs 3,000.",
            [("247", "miners", None), ("201", "miners", None), ("3,000", None, None)],
        ),
        ("The death toll reached 61 on Wednesday.", [("61", "people", "killed")]),
        ("The death toll climbed sharply to 57.", [("57", "people", "killed")]),
        # the tally is the one named in the figure's own stretch of the sentence, and only a tally of the event
        (
            "The death toll was not yet known, but the number of evacuees climbed to 3,000.",
            [("3,000", "people", "evacuated")],
        ),
        ("While the toll remained unclear, the count of people rescued rose to 85.", [("85", "people", "rescued")]),
        ("About 400 residents were relocated to schools overnight.", [("About 400", "residents", "evacuated")]),
        # concentrations, in micrograms per litre, and parts per million
        ("The sample held 0.85 nanograms per millilitre of it.", [("0.85 nanograms per millilitre", None, None)]),
        ("Fine particles reached 250 µg/m3 on Monday.", [("250 µg/m3", None, None)]),
        ("It holds 100 mg of ibuprofen per 5 mL.", [("100 mg of ibuprofen per 5 mL", None, None)]),
        ("Carbon monoxide reached 800 ppm in the hall.", [("800 ppm", None, None)]),
        ("Ozone reached 150 parts per billion on Monday.", [("150 parts per billion", None, None)]),
        ("One in twenty-five adults in the district was infected.", [("One in twenty-five", None, None)]),
        # a crowd's size counts people
        ("Police put the crowd at just 2,200.", [("2,200", "people", None)]),
        ("The crowd was estimated at 40,000 by police.", [("40,000", "people", None)]),
        ("Police estimated attendance at 22,000.", [("22,000", "people", None)]),
        ("A rally of some 5,000 marched to parliament.", [("some 5,000", "people", None)]),
        ("The crowd swelled to 40,000 by noon.", [("40,000", "people", None)]),
        ("The index's rally to 7,500 points continued.", [("7,500", None, None)]),  # not people
        (
            "The toll is expected to rise, and the number of homes without power stood at 4,500.",
            [("4,500", "homes", None)],
        ),
        (
            "The toll charged on the motorway linking the capital to the airport rose to 12 on Monday.",
            [("12", None, None)],
        ),
        (
            "The number of hospitals treating the injured in the region since the blast last week rose to 14.",
            [("14", "hospitals", None)],
        ),
        (
            "The number of deaths-related lawsuits filed against the company since the recall rose to 65.",
            [("65", "lawsuits", None)],
        ),
        (
            "The number of killed soldiers' families who have received compensation from the ministry rose to 220.",
            [("220", "families", None)],
        ),
        ("Police hauled 30 protesters from the river bank.", [("30", "protesters", None)]),
        (
            "Of the 40 passengers, 12 were pulled alive from the water.",
            [("40", "passengers", None), ("12", "passengers", "rescued")],
        ),
        # the whole a part is taken from, and a figure that is the object of a verb of its own
        (
            "Of the 26 fishermen on board, 19 were rescued.",
            [("26", "fishermen", "aboard"), ("19", "fishermen", "rescued")],
        ),
        ("The ferry was carrying 230 people, including crew.", [("230", "people", "aboard")]),
        (
            "He received a three-year sentence suspended for five years.",
            [("three-year", "prison term", None), ("five years", "suspension", None)],
        ),
        (
            "She was jailed for two years, suspended for 18 months.",
            [("two years", "prison term", None), ("18 months", "suspension", None)],
        ),
        ("Visayan Star Lines said 241 people were on board.", [("241", "people", "aboard")]),
        ("Forty passengers were aboard the bus.", [("Forty", "passengers", "aboard")]),
        (
            "The floods killed nine people, forcing about 1,200 residents from their homes.",
            [("nine", "people", "killed"), ("about 1,200", "residents", "evacuated")],
        ),
        ("The number of confirmed measles cases in the province has risen to 412.", [("412", "cases", None)]),
        ("All 132 people on board were killed when the jet crashed.", [("132", "people", "killed")]),
        ("The plane crashed after take-off, killing all 62 people aboard.", [("62", "people", "killed")]),
        (
            "The ferry carried 230 passengers, and 150 were rescued.",
            [("230", "passengers", "aboard"), ("150", "passengers", "rescued")],
        ),
        (
            "The plane that crashed killing 12 had 140 people on board.",
            [("12", "people", "killed"), ("140", "people", "aboard")],
        ),
        ("The board approved 12 new members.", [("12", "members", None)]),
        ("Crews were carrying out 12 raids.", [("12", "raids", None)]),
        (
            "Police arrested 38 fans and seized 200 flares.",
            [("38", "fans", "arrested"), ("200", "flares", None)],
        ),
        (
            "The blast killed five adults and three children.",
            [("five", "adults", "killed"), ("three", "children", "killed")],
        ),
        # a part in apposition, and the predicate after it
        (
            "Seven people, including four children, were killed in the blaze.",
            [("Seven", "people", "killed"), ("four", "children", "killed")],
        ),
        (
            "Nine workers, including the two killed, were taken to hospital.",
            [("Nine", "workers", "hospitalised"), ("two", "workers", "killed")],
        ),
        # ages are not counts, and do not hide the predicate of the count before them
        (
            "Two girls, ages 9 and 12, were injured.",
            [("Two", "girls", "injured"), ("9", "age", None), ("12", "age", None)],
        ),
        ("The victims' ages were 19, 23 and 31.", [("19", "age", None), ("23", "age", None), ("31", "age", None)]),
        ("It bans the sale to anyone under the age of sixteen.", [("under the age of sixteen", "age", None)]),
        (
            "They found three boys 8 and 10 years old.",
            [("three", "boys", None), ("8", "age", None), ("10 years old", "age", None)],
        ),
        (
            "Two brothers, 19 and 23, were shot dead.",
            [("Two", "brothers", "killed"), ("19", "age", None), ("23", "age", None)],
        ),
        ("Police named the victim as Dara Lowe, 44 of Ridgeway.", [("44", "age", None)]),
        ("The driver, 58, and two passengers died.", [("58", "age", None), ("two", "passengers", "killed")]),
        # who a figure counts is not always the victims
        ("A mother of three was killed on Friday.", [("three", None, None)]),
        ("The village of about 900 mourned the dead.", [("about 900", None, None)]),
        ("Five men were stabbed and two of them died.", [("Five", "men", None), ("two", "men", "killed")]),
        (
            "A man accused of shooting six people and killing one of them appeared in court.",
            [("six", "people", None)],
        ),
        ("Two women face charges in connection to the death of a guard.", [("Two", "women", None)]),
        # the event word of each figure
        (
            "The gunman fired 40 rounds in an attack that left two dead and five wounded.",
            [("40", "rounds", "launched"), ("two", "people", "killed"), ("five", "people", "injured")],
        ),
        ("Three wounded officers were taken to hospital.", [("Three", "officers", "injured")]),
        (
            "Four people were killed and three others were taken to hospital.",
            [("Four", "people", "killed"), ("three", "people", "hospitalised")],
        ),
        (
            "He shot into a van with five men inside, killing a driver and wounding the four others.",
            [("five", "men", None), ("four", "men", "injured")],
        ),
        ("Seven people were shot, three fatally.", [("Seven", "people", None), ("three", "people", "killed")]),
        ("He admitted fatally stabbing two neighbours.", [("two", "neighbours", "killed")]),
        ("Of the 30 dead, nine were children.", [("30", "people", "killed"), ("nine", None, None)]),
        ("Wounded fans were taken to three hospitals.", [("three", "hospitals", None)]),
        ("She suffered two gunshot wounds.", [("two", "wounds", None)]),
        ("He had 15 stab wounds and 23 incision wounds.", [("15", "wounds", None), ("23", "wounds", None)]),
        # a number before a capitalised name with no street word stays a count
        ("Police said 3 Marines were injured.", [("3", "people", "injured")]),
        # ages after a name with a suffix, after "also", and in newsroom shorthand
        ("William Young Jr., 32, was shot and killed by officers.", [("32", "age", None)]),
        ("Carr, 18, is charged in the death of Eric Summerfield, also 18.", [("18", "age", None), ("18", "age", None)]),
        ("Police named the victim, a 15yo boy.", [("15yo", "age", None)]),
        # an age bound written out: "under the age of eight" is below 8, not 8
        (
            "Two children under the age of eight were hurt.",
            [("Two", "children", "injured"), ("under the age of eight", "age", None)],
        ),
        ("A 16-yo girl was hurt.", [("16-yo", "age", None)]),
    ],
)
def test_found_by_the_benchmarks(text: str, figures: list[tuple[str, str | None, str | None]]) -> None:
    assert [(c.text, c.subject, c.predicate) for c in extract_claims(text, "t.1")] == figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 20,000-strong crowd stormed the gates.", [("20,000", "people")]),
        ("A five-strong team of investigators arrived on Monday.", [("five", "people")]),
        ("The firm has a 1,200-strong workforce.", [("1,200", "employees")]),
        ("The 40-bed ward was full.", [("40", "beds")]),
    ],
)
def test_a_number_strong_tells_the_size_of_a_group(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.text, c.subject) for c in extract_claims(text, "t.1")] == expected


def test_a_dose_per_spoonful_is_a_concentration() -> None:
    (dose,) = extract_claims("The suspension holds 100 mg of ibuprofen per 5 mL.", "t.1")
    (per_ml,) = extract_claims("The suspension contains 20 mg of ibuprofen per millilitre.", "t.1")
    assert dose.quantity.unit == per_ml.quantity.unit == "µg/L"
    assert classify(dose.quantity, per_ml.quantity) is None


def test_a_mass_of_something_per_cubic_metre_is_a_concentration() -> None:
    (told,) = extract_claims("Monitors recorded 290 micrograms of fine particles per cubic metre.", "t.1")
    (short,) = extract_claims("The highest hourly PM2.5 concentration was 287 µg/m³.", "t.1")
    assert told.quantity.unit == short.quantity.unit == "µg/L"
    assert classify(told.quantity, short.quantity) is not None  # 290 against 287: both exact, so they differ


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("One person, a 67-year-old woman of British nationality, died at the scene.", "killed"),
        ("Two men, a 25-year-old and his father, were injured in the crash.", "injured"),
    ],
)
def test_a_person_described_by_age_between_commas_takes_the_verb_after(text: str, predicate: str) -> None:
    counted = [c for c in extract_claims(text, "t.1") if c.subject != "age"]
    assert [c.predicate for c in counted] == [predicate]


@pytest.mark.parametrize(
    ("text", "unit", "nominal"),
    [
        ("Copper output rose to 68.3kt in the quarter.", "kg", 68_300_000),
        ("The mine produced 3.2 kt of cobalt.", "kg", 3_200_000),
        ("The country exported 50 kilotonnes of rice.", "kg", 50_000_000),
        ("Gusts reached 120 kt near the coast.", "m/s", 61.73328),
    ],
)
def test_kt_beside_tonnage_is_kilotonnes(text: str, unit: str, nominal: float) -> None:
    (claim,) = extract_claims(text, "t.1")
    assert claim.quantity.unit == unit
    assert claim.quantity.nominal == pytest.approx(nominal)


def test_cases_and_deaths_told_together_are_two_events() -> None:
    text = "A total of 1,472 suspected cholera cases and 19 deaths (case fatality rate 1.3%) have been reported."
    cases, deaths, _ = extract_claims(text, "t.1")
    assert (cases.subject, cases.predicate) == ("cases", None)
    assert deaths.predicate == "killed"


def test_an_age_up_to_which_a_rule_applies_is_a_bound() -> None:
    (limit,) = extract_claims("The scheme will be widened to women up to the age of 55.", "t.1")
    assert (limit.text, limit.quantity.low, limit.quantity.high) == ("up to the age of 55", 0.0, 55.0)
    assert not probe_conflicts(
        "Chief Minister Sushila Marandi, 52, retained her seat on Saturday.",
        "Chief Minister Sushila Marandi has promised to widen the scheme to women up to the age of 55.",
    )


def test_a_comparative_before_a_year_tells_when() -> None:
    assert not extract_claims("Sales were lower than a year earlier, the agency said.", "t.1")


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        ("A recount is required when the gap is smaller than 150 votes.", "smaller than 150", 0, 150),
        ("A recount is required when the gap is lower than 200 votes.", "lower than 200", 0, 200),
        ("Unemployment stayed higher than 5% all year.", "higher than 5%", 5, None),
        ("The crowd was larger than 3,000 by noon.", "larger than 3,000", 3000, None),
        ("The temperature never dropped below 35C overnight.", "never dropped below 35C", 35, None),
        ("Night-time minimums did not fall below 31°C in the city.", "did not fall below 31°C", 31, None),
        ("The river never rose above 5 metres this year.", "never rose above 5 metres", 0, 5),
    ],
)
def test_a_comparative_before_a_figure_is_a_bound(text: str, figure: str, low: float, high: float | None) -> None:
    (claim,) = extract_claims(text, "t.1")
    assert (claim.text, claim.quantity.low, claim.quantity.high) == (figure, low, high)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Three people died on Sunday, according to the county coroner.", "county coroner"),
        ("Two were killed, the sheriff said.", "sheriff"),
        ("Two men were hurt, sheriff's deputies said.", "deputies"),
        ("The medical examiner said two had died.", "medical examiner"),
        ("Five died, the district health office said.", "district health office"),
        ("Four were injured, a state trooper said.", "state trooper"),
        # a sentence may open with "According to"; bodies are named with the words that say what they do
        ("According to the state disaster relief agency, 300 homes were damaged.", "state disaster relief agency"),
        ("At least 12 people died, according to the provincial disaster agency.", "provincial disaster agency"),
        ("The civil defence agency said 19 people were rescued.", "civil defence agency"),
        ("The case fatality rate is 0.5 percent, according to the health directorate.", "health directorate"),
        ("Police put the size of the crowd at 10,000.", "Police"),
        ("The march was large, and organisers put it at 40,000.", "organisers"),
        ("Organisers now say more than 30,000 people joined the march.", "Organisers"),
        # the speaker and the verb on either side of an aside
        ('Organisers, who had promised "the biggest march in years", say 150,000 took part.', "Organisers"),
        # a place that recorded a figure is where it was measured, when the sentence names a source
        ("The city recorded 48.4C on Tuesday, the hottest day in years, according to the Met Office.", "Met Office"),
    ],
)
def test_attributions_of_local_officials(text: str, who: str) -> None:
    assert [a.who for a in find_attributions(text)] == [who]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Police said 10,000 people marched, organisers 50,000.", ["Police", "organisers"]),
        ("Police counted 12,000 marchers, organisers said 40,000.", ["Police", "organisers"]),
        ("Officials said 300 homes were destroyed, and residents 450.", ["Officials", "residents"]),
        # a place before a figure is no speaker
        ("Police said 12 people died in Kharkiv, and in Lviv nine people.", ["Police", "Police"]),
        ("Officials said 5 were killed and 12 hurt.", ["Officials", "Officials"]),
    ],
)
def test_a_speaker_whose_verb_is_left_out(text: str, speakers: list[str]) -> None:
    assert [c.attribution for c in extract_claims(text, "t.1")] == speakers


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The storm has claimed at least 19 lives.", [("at least 19", "people", "killed")]),
        ("The crash cost 12 lives.", [("12", "people", "killed")]),
        ("Some 40 lives were lost in the fire.", [("Some 40", "people", "killed")]),
        ("The flood took 7 lives and destroyed 40 homes.", [("7", "people", "killed"), ("40", "homes", "destroyed")]),
        # lives saved or changed are not a death toll
        ("Lifeguards saved 12 lives.", [("12", "lives", "rescued")]),
        ("The scheme changed 300 lives.", [("300", "lives", None)]),
    ],
)
def test_lives_taken_are_a_death_toll(text: str, figures: list[tuple[str, str | None, str | None]]) -> None:
    assert [(c.text, c.subject, c.predicate) for c in extract_claims(text, "t.1")] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # "lives" names a death only when lives are taken
        ("Five protesters were shot near the Black Lives Matter camp.", [("Five", "protesters", None)]),
        ('"It is awful," said one woman who lives nearby.', [("one", "women", None)]),
        ("Two people lost their lives in the crash.", [("Two", "people", "killed")]),
        # a figure with a verb of its own does not take the next figure's event word
        (
            "Four people were shot and one woman is dead.",
            [("Four", "people", None), ("one", "women", "killed")],
        ),
        (
            "Officials said 430 drones and 18 missiles were launched.",
            [("430", "drones", "launched"), ("18", "missiles", "launched")],
        ),
        ("The riot left 28 people shot and 10 killed.", [("28", "people", None), ("10", "people", "killed")]),
        # the part, not the group, takes what follows; a group's own event word stays its own
        ("One of the four was pronounced dead.", [("One", "people", "killed"), ("four", None, None)]),
        ("She was one of three people killed on Friday.", [("three", "people", "killed")]),
        ("Police named one of the two people who died.", [("one", "people", "killed"), ("two", "people", "killed")]),
        # a rate is not a toll
        ("The state recorded 19.3 deaths per 100,000 people.", [("19.3", "deaths", None)]),  # the population is none
        # the part had the verb, and the group is only counted
        ("Two of the four victims had died.", [("Two", "victims", "killed"), ("four", "victims", None)]),
        ("One of the three people killed was a child.", [("One", "people", "killed"), ("three", "people", "killed")]),
        # after "and", a figure with a verb of its own does not take the event word before it
        (
            "Robinson died at the scene and the other five victims were taken to local hospitals.",
            [("five", "victims", "hospitalised")],
        ),
        (
            "The quake killed at least 12 people and 40 cattle.",
            [("at least 12", "people", "killed"), ("40", "cattle", "killed")],
        ),
        # the deceased are the dead; "deceased customers" are customers
        ("Three of the deceased were citizens of foreign countries.", [("Three", "people", "killed")]),
        ("The bank froze 300 accounts belonging to deceased customers.", [("300", "accounts", None)]),
        # "in the hospital" after a verb is where they are; after a noun, where they were
        ("Three nurses in the hospital were killed when the roof collapsed.", [("Three", "nurses", "killed")]),
        ("At least seven have ended up in the hospital.", [("At least seven", "people", "hospitalised")]),
        # a verb left out for the second figure, not when it has its own
        (
            "Two people died in the crash and 14 in the second car escaped unhurt.",
            [("Two", "people", "killed"), ("14", None, None)],
        ),
        # the whole of a partitive, the dead and those still alive then were not rescued
        (
            "Only two of the 33 miners were brought out alive.",
            [("two", "miners", "rescued"), ("33", "miners", None)],
        ),
        ("None of the 12 miners were found alive.", [("12", "miners", None)]),
        ("Rescuers found 40 people dead and only two alive.", [("40", "people", "killed"), ("two", None, None)]),
        # brought out alive: rescued
        ("Fourteen of them were brought to the surface alive.", [("Fourteen", "people", "rescued")]),
        ("Rescue teams brought 12 men out alive.", [("12", "men", "rescued")]),
        # "of them" are the people counted before when what befell them befalls people
        (
            "At least 17 people have fallen ill in five provinces, and fourteen of them were admitted to hospital.",
            [("At least 17", "people", None), ("five", "provinces", None), ("fourteen", "people", "hospitalised")],
        ),
        # brought to safety, or safely brought out: rescued
        ("Rescuers have pulled 95 miners to safety.", [("95", "miners", "rescued")]),
        ("A total of 97 people had been safely brought to the surface.", [("97", "people", "rescued")]),
        ("Firefighters led 30 residents to safety.", [("30", "residents", "rescued")]),
        ("Crews brought 12 people to the surface, officials said.", [("12", "people", None)]),
        ("They brought 40 boxes of food and kept everyone alive.", [("40", "boxes", None)]),
        ("Divers found two bodies, but nobody alive.", [("two", "bodies", "killed")]),
        # needed hospital care: taken to hospital
        ("Nine patients have needed hospital care.", [("Nine", "patients", "hospitalised")]),
        # a verb left out for the second figure is the first's
        (
            "Ten died at the scene and two after being taken to hospital.",
            [("Ten", "people", "killed"), ("two", "people", "killed")],
        ),
        (
            "Ten died at the scene and two more were taken to hospital.",
            [("Ten", "people", "killed"), ("two", "people", "hospitalised")],
        ),
        # what was only meant is not done
        ("He threatened to kill 20 people.", [("20", "people", None)]),
        (
            "The gunman tried to kill three officers but wounded two.",
            [("three", "officers", None), ("two", "officers", "injured")],
        ),
        # taken to hospital with wounds: they were hurt
        ("Eight people were transported to area hospitals with injuries.", [("Eight", "people", "injured")]),
        ("Two men were taken to hospital with gunshot wounds.", [("Two", "men", "injured")]),
        ("Nine were rushed to a nearby hospital.", [("Nine", "people", "hospitalised")]),
        # a singular noun in "-us" is a modifier, not the counted plural; "downed tools" is a strike, not a downing
        ("Commuters were stranded as 870 bus drivers downed tools.", [("870", "drivers", None)]),
        ("Air defences downed 23 drones overnight.", [("23", "drones", "intercepted")]),
        ("In all, 87 bus routes were cancelled.", [("87", "routes", None)]),
        ("Five virus patients were moved.", [("Five", "patients", None)]),
        ("Three gunmen opened fire inside the club.", [("Three", "gunmen", None)]),  # a plural in "-men"
        ("Four servicemen were injured.", [("Four", "servicemen", "injured")]),
    ],
)
def test_event_words_belong_to_their_own_figures(text: str, figures: list[tuple[str, str | None, str | None]]) -> None:
    assert [(c.text, c.subject, c.predicate) for c in extract_claims(text, "t.1")] == figures


@pytest.mark.parametrize(
    ("text", "figure", "kind", "nominal"),
    [
        # a whole number and a fraction
        ("He was sentenced to six and a half years in prison.", "six and a half years", "duration", 6.5),
        ("She received a two-and-a-half-year sentence.", "two-and-a-half-year", "duration", 2.5),
        ("The search lasted one and a half hours.", "one and a half hours", "duration", 5400),
        ("Nearly four and a half thousand people attended.", "Nearly four and a half thousand", "count", 4500),
        ("About two and a half million people live in the city.", "About two and a half million", "count", 2.5e6),
        ("The flood left one and a quarter metres of water in homes.", "one and a quarter metres", "measure", 1.25),
        # a fraction of a scale word is a number, not a share
        ("Half a million people marched on Saturday.", "Half a million", "count", 500_000),
        ("A quarter of a million people fled the fighting.", "A quarter of a million", "count", 250_000),
        ("Three-quarters of a billion dollars was spent.", "Three-quarters of a billion dollars", "money", 7.5e8),
        # a span in two units is one span
        ("He was jailed for seven years and six months for fraud.", "seven years and six months", "duration", 7.5),
        ("She served 3 years, 4 months of the term.", "3 years, 4 months", "duration", 3 + 4 / 12),
        ("The siege lasted two hours and 15 minutes.", "two hours and 15 minutes", "duration", 8100),
        # one unit of time and a fraction of it
        ("The blaze burned for a day and a half.", "a day and a half", "duration", 1.5 * 86400),
        ("Talks lasted an hour and a quarter.", "an hour and a quarter", "duration", 4500),
        ("She is serving a year and a half in prison.", "a year and a half", "duration", 1.5),
        ("The leak was stopped about an hour and a half later.", "about an hour and a half", "duration", 5400),
        # a span counted in a kind of day
        ("The trial ran for 38 hearing days.", "38 hearing days", "duration", 38 * 86400),
        ("The strike lasted 11 working days.", "11 working days", "duration", 11 * 86400),
    ],
)
def test_fractions_and_compound_spans(text: str, figure: str, kind: str, nominal: float) -> None:
    claims = extract_claims(text, "t.1")
    assert [c.text for c in claims] == [figure]
    assert claims[0].kind.value == kind
    assert claims[0].quantity.nominal == pytest.approx(nominal)


@pytest.mark.parametrize(
    "text",
    [
        # a part of one thing is no share of a group
        "The fire burned a third of a mile from the town.",
        "Half a million people marched through the capital.",
    ],
)
def test_a_part_of_one_thing_is_no_share(text: str) -> None:
    assert [c for c in extract_claims(text, "t.1") if c.kind.value == "percent"] == []


@pytest.mark.parametrize(
    ("text", "figure", "unit", "nominal"),
    [
        ("Growth slowed by about 0.4 of a percentage point.", "about 0.4 of a percentage point", "pp", 0.4),
        ("Only 0.5 of a per cent of the ballots were spoiled.", "0.5 of a per cent", "%", 0.5),
    ],
)
def test_a_decimal_of_a_percentage_point_is_a_percentage(text: str, figure: str, unit: str, nominal: float) -> None:
    (claim,) = extract_claims(text, "t.1")
    assert (claim.text, claim.kind.value, claim.quantity.unit) == (figure, "percent", unit)
    assert claim.quantity.low is not None and claim.quantity.high is not None
    assert claim.quantity.low <= nominal <= claim.quantity.high


def test_a_rate_a_day_then_a_share_is_no_span() -> None:
    claims = extract_claims("He earns $300 a day and a half of it goes on rent.", "t.1")
    assert [c.kind.value for c in claims] == ["money", "percent"]


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        # a part of one per cent or one percentage point is that much of a per cent or a point, not a share
        ("The central bank raised its rate by a quarter of a percentage point.", "a quarter of a percentage point",
         0.25, "pp"),
        ("Rates were cut by half a percentage point.", "half a percentage point", 0.5, "pp"),
        ("The index climbed by four-tenths of a per cent in March.", "four-tenths of a per cent", 0.4, "%"),
        ("Prices rose by about three-quarters of a percent.", "about three-quarters of a percent", 0.75, "%"),
    ],
)  # fmt: skip
def test_a_part_of_a_percent_is_a_percentage(text: str, figure: str, value: float, unit: str) -> None:
    claims = [c for c in extract_claims(text, "t.1") if c.kind.value == "percent"]
    assert [(c.text, c.quantity.nominal, c.quantity.unit) for c in claims] == [(figure, value, unit)]


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        # a scale written once, after the high end, scales both ends
        ("The repairs will cost $40-50 million.", "$40-50 million", 40e6, 50e6),
        ("It cost 2.5-3 billion euros.", "2.5-3 billion euros", 2.5e9, 3e9),
        ("Three or four million people fled.", "Three or four million", 3e6, 4e6),
        ("Some 2 to 3 million people fled.", "Some 2 to 3 million", 2e6, 3e6),
        # a currency written at both ends
        ("The storm caused $1.5bn-$2bn in damage.", "$1.5bn-$2bn", 1.5e9, 2e9),
        ("Losses reached £40m-£50m.", "£40m-£50m", 40e6, 50e6),
        # a range after an approximation
        ("About 20 to 30 people were hurt.", "About 20 to 30", 20, 30),
        # a percent sign written at both ends
        ("Growth will be 3%-4% this year.", "3%-4%", 3, 4),
        ("Growth is forecast at 3% to 4% next year.", "3% to 4%", 3, 4),
        ("Unemployment will be 5 per cent to 6 per cent.", "5 per cent to 6 per cent", 5, 6),
        ("Inflation was between 3% and 4% last year.", "between 3% and 4%", 3, 4),
        ("Growth was 3pc-4pc.", "3pc-4pc", 3, 4),
    ],
)
def test_ranges_are_read_whole(text: str, figure: str, low: float, high: float) -> None:
    claims = extract_claims(text, "t.1")
    assert [c.text for c in claims] == [figure]
    assert (claims[0].quantity.low, claims[0].quantity.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a schedule is no span of time (see test_schedules_are_compared_with_schedules)
        ("The helpline is open seven days a week.", ["seven days a week"]),
        ("Staff worked 12 hours a day for three weeks.", ["12 hours a day", "three weeks"]),
        # a full stop after a month's full name ends the sentence; an abbreviated month keeps its point
        ("The outbreak began on 3 March.", ["3 March"]),
        ("Schools reopen on 12 May.", ["12 May"]),
        ("It began on 3 Sept. 2024 in the north.", ["3 Sept. 2024"]),
    ],
)
def test_schedules_and_dates(text: str, figures: list[str]) -> None:
    assert [c.text for c in extract_claims(text, "t.1")] == figures


def test_schedules_are_compared_with_schedules() -> None:
    (week,) = extract_claims("The helpline is open seven days a week.", "t.1")
    (span,) = extract_claims("The gang gave the trust seven days to pay.", "t.1")
    assert (week.quantity.unit, span.quantity.unit) == ("s/week", "s")
    (a,) = extract_claims("Nurses work 10 hours a day.", "t.1")
    (b,) = extract_claims("Nurses work less than 10 hours per day.", "t.1")
    (c,) = extract_claims("Nurses work 600 minutes a day.", "t.1")
    assert a.quantity.unit == b.quantity.unit == c.quantity.unit == "s/day"
    assert classify(a.quantity, b.quantity) is Severity.CONTRADICTION
    assert classify(a.quantity, c.quantity) is None


@pytest.mark.parametrize(
    ("text", "figure", "kind", "unit", "value"),
    [
        # currencies named with their nation, or written with a capital and small letters
        ("Regulators fined the bank 2.4 million Swiss francs.", "2.4 million Swiss francs", "money", "CHF", 2.4e6),
        ("They lost 20 million Kenyan shillings.", "20 million Kenyan shillings", "money", "KES", 20e6),
        ("The Treasury released KSh 3.5 billion to hospitals.", "KSh 3.5 billion", "money", "KES", 3.5e9),
        ("The bridge cost Tk 57 crore.", "Tk 57 crore", "money", "BDT", 57e7),
        ("The deal was worth RM5 billion.", "RM5 billion", "money", "MYR", 5e9),
        ("Each family will receive TSh 1,000,000.", "TSh 1,000,000", "money", "TZS", 1e6),
        ("The scheme will cost LKR 2.5 billion.", "LKR 2.5 billion", "money", "LKR", 2.5e9),
        ("The port handled goods worth MAD 300 million.", "MAD 300 million", "money", "MAD", 3e8),
        ("Kampala pledged USh 5 million to each family.", "USh 5 million", "money", "UGX", 5e6),
        # a million after such a currency, whatever words of length stand near ("from", "high")
        ("The county set aside Sh4.5m from its emergency kitty.", "Sh4.5m", "money", "KES", 4.5e6),
        ("Donors sent Rp 2.5m from abroad.", "Rp 2.5m", "money", "IDR", 2.5e6),
        # "Rs." with its stop ends no sentence
        ("The cabinet approved Rs. 5 crore for relief work.", "Rs. 5 crore", "money", "INR", 5e7),
        # a share right after a name is no part of the name
        ("An exit poll had given Wróbel 53.6 percent.", "53.6 percent", "percent", "%", 53.6),
        ("The poll gave Smith 53.6 per cent of the vote.", "53.6 per cent", "percent", "%", 53.6),
        # half a unit of length
        ("The ferry sank about half a kilometre from the shore.", "about half a kilometre", "measure", "m", 450),
        ("He walked half a mile to the station.", "half a mile", "measure", "m", 804.672),
        ("Ash lay about a third of a centimetre deep.", "about a third of a centimetre", "measure", "m", 0.003),
        ("He walked three quarters of a mile.", "three quarters of a mile", "measure", "m", 1207.008),
        # a lakh of crores
        ("The spending target is Rs 11.1 lakh crore.", "Rs 11.1 lakh crore", "money", "INR", 11.1e12),
        # "pc" glued to a figure is per cent
        ("House prices fell 3.1pc in the year to March.", "3.1pc", "percent", "%", 3.1),
        # an "m" glued to a figure in thousands is metres, not millions
        ("She finished fourth in the 10,000m.", "10,000m", "measure", "m", 10_000),
    ],
)
def test_currencies_scales_and_units_of_many_presses(
    text: str, figure: str, kind: str, unit: str, value: float
) -> None:
    (claim,) = extract_claims(text, "t.1")
    assert (claim.text, claim.kind.value, claim.quantity.unit) == (figure, kind, unit)
    assert claim.quantity.low == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # "from A to B" after a verb of change, or falling, is a change between two figures, never a range
        ("The union wants the week reduced from 38 to 35 hours.", ["38", "35 hours"]),
        ("Output fell from 2 million to 1.5 million tonnes.", ["2 million", "1.5 million tonnes"]),
        ("The week was cut from 38 to 35 hours.", ["38", "35 hours"]),
        ("The bank hiked rates from 4 to 4.5 percent.", ["4", "4.5 percent"]),
        # a rising "from ... to" with no verb of change stays a range, and so does a plain "A to B" after one
        ("The strike will last from 10 to 12 days.", ["from 10 to 12 days"]),
        ("The company plans to trim 200 to 300 jobs.", ["200 to 300"]),
        ("Temperatures will range from -10 to 5 degrees on Friday.", ["from -10 to 5 degrees"]),
    ],
)
def test_from_to_is_a_range_only_upwards(text: str, written: list[str]) -> None:
    claims = extract_claims(text, "t.1")
    assert [c.text for c in claims] == written
    for claim in claims:
        q = claim.quantity
        assert q.low is None or q.high is None or q.low <= q.high


@pytest.mark.parametrize(
    "text", ["Organisers say 150,000 took part.", "Some 40,000 marched through the capital.", "About 9,000 turned out."]
)
def test_a_crowd_that_took_part_counts_people(text: str) -> None:
    (claim,) = extract_claims(text, "s1.1")
    assert claim.subject == "people"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("A court jailed Pieter Hollander, the former chief, for 12 years, with four years suspended.", "12 years"),
        ("He was sentenced to 14 years in prison.", "14 years"),
        ("He faces a 10-year prison term.", "10-year"),
        ("She was given 12 years' imprisonment.", "12 years"),
        ("Electrician Ufuk Sari received four years and eight months.", "four years and eight months"),
        ("The driver was given 18 months for causing death by dangerous driving.", "18 months"),
        ("The trial lasted 41 days.", None),
        ("The firm got two years to comply with the order.", None),
        ("The nurses received five years of back pay.", None),
    ],
)
def test_a_prison_term_is_told_from_other_spans_of_time(text: str, term: str | None) -> None:
    terms = [c.text for c in extract_claims(text, "s1.1") if c.subject == "prison term"]
    assert terms == ([term] if term else [])


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The strike costs the port R$530 million a day.", "R$530 million", "BRL"),
        ("Each family will get R$20,000.", "R$20,000", "BRL"),
        ("The mine was fined R50 million.", "R50 million", "ZAR"),
        ("The hospital plans to spend VND24 billion on new sinks.", "VND24 billion", "VND"),
        ("The hospital will spend 2.4 billion dong on new sinks.", "2.4 billion dong", "VND"),
        ("The fund paid out USD5m last year.", "USD5m", "USD"),
        ("The company swung to an operating loss of 287.6bn won.", "287.6bn won", "KRW"),
        ("A cup of coffee costs 5,000 won in Seoul.", "5,000 won", "KRW"),
    ],
)
def test_currencies_written_in_other_ways(text: str, figure: str, unit: str) -> None:
    money = [c for c in extract_claims(text, "s1.1") if c.quantity.unit == unit]
    assert [c.text for c in money] == [figure]


def test_a_code_glued_to_a_number_is_no_money() -> None:
    claims = extract_claims("Delegates met at COP26 and the G7 summit.", "s1.1")
    assert not [c for c in claims if c.kind.value == "money"]


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Each family will receive PHP500,000 from the fund.", "PHP500,000", "PHP"),
        ("The project will cost Php5 billion.", "Php5 billion", "PHP"),
        ("The chipmaker paid NT$5 million.", "NT$5 million", "TWD"),
        ("The bank was fined MX$5 million.", "MX$5 million", "MXN"),
        ("The ministry will cover funeral expenses of S/ 5,000 for each victim.", "S/ 5,000", "PEN"),
        ("Fares rose to S/.120 a month.", "S/.120", "PEN"),
    ],
)
def test_more_currencies_written_before_an_amount(text: str, figure: str, unit: str) -> None:
    assert [(c.text, c.quantity.unit) for c in extract_claims(text, "s1.1") if c.kind.value == "money"] == [
        (figure, unit)
    ]


@pytest.mark.parametrize(
    ("text", "figure", "metres"),
    [
        ("The suspect is 5 feet 10 inches tall.", "5 feet 10 inches", 1.778),
        ("He is 5ft 10in tall.", "5ft 10in", 1.778),
        ("He was described as 6-foot-2 and thin.", "6-foot-2", 1.8796),
        ("Police said he was about 5 feet, 10-inches tall.", "about 5 feet, 10-inches", 1.778),
    ],
)
def test_a_height_in_feet_and_inches_is_one_figure(text: str, figure: str, metres: float) -> None:
    (claim,) = [c for c in extract_claims(text, "s1.1") if c.kind.value == "measure"]
    assert claim.text == figure
    assert claim.quantity.nominal == pytest.approx(metres)
    assert claim.quantity.tolerance == pytest.approx(0.0127)  # half an inch


def test_heights_an_inch_or_more_apart_differ() -> None:
    tall = extract_claims("The suspect is 6-foot-2.", "s1.1")[0].quantity
    shorter = extract_claims("The suspect is 5 feet 10 inches tall.", "s2.1")[0].quantity
    same = extract_claims("The suspect is 1.78 metres tall.", "s3.1")[0].quantity
    assert classify(tall, shorter) is not None
    assert classify(shorter, same) is None


@pytest.mark.parametrize(
    "text",
    [
        "The court also banned him from serving as a company director for 15 years.",
        "He was sentenced to 200 hours of community service.",
    ],
)
def test_a_ban_or_community_service_is_no_prison_term(text: str) -> None:
    assert not [c for c in extract_claims(text, "s1.1") if c.subject == "prison term"]


def test_people_who_voted_yes_are_votes() -> None:
    claims = extract_claims("114,483 people voted yes and 103,735 voted no.", "s1.1")
    assert [(c.text, c.subject) for c in claims] == [("114,483", "votes"), ("103,735", "votes")]
    (plan,) = extract_claims("The plan was costed at 4.8 million meticais.", "s1.1")
    assert plan.quantity.unit == "MZN"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Health officials have recorded 2 317 cases.", [("2 317", 2317.0)]),
        ("About 450 000 people were vaccinated.", [("About 450 000", 450000.0)]),
        ("The fund holds 1\u202f250\u202f000 euros.", [("1\u202f250\u202f000 euros", 1250000.0)]),
        ("In 2024 150 people died.", [("2024", 2024.0), ("150", 150.0)]),
        ("At 10 30 people left.", [("10", 10.0), ("30", 30.0)]),
    ],
)
def test_numbers_grouped_in_threes_by_spaces_are_one_number(text: str, expected: list[tuple[str, float]]) -> None:
    claims = extract_claims(text, "t.1")
    assert [(c.text, c.quantity.nominal if c.quantity.nominal is not None else c.quantity.low) for c in claims] == (
        expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia had launched 37 Shahed-type attack drones and two Iskander-M ballistic missiles.",
            [("37", "drones"), ("two", "missiles")],
        ),
        ("About 120 Kyiv-based aid workers were evacuated.", [("About 120", "workers")]),
    ],
)
def test_a_hyphen_inside_a_modifier_is_no_word_skipped(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.text, c.subject) for c in extract_claims(text, "t.1")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll has risen to 23 after rescuers reached the last four missing men.",
            [("23", "people", "killed"), ("four", "men", "missing")],
        ),
        ("Flights resumed at 9 when controllers returned.", [("9", None, None)]),
        ("Some 40 during protests were arrested.", [("Some 40", "people", "arrested")]),
    ],
)
def test_a_preposition_or_conjunction_after_a_number_ends_the_search_for_its_noun(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(c.text, c.subject, c.predicate) for c in extract_claims(text, "t.1")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flights cancelled: 112 (58 departures, 54 arrivals)",
            [("112", "flights"), ("58", "departures"), ("54", "arrivals")],
        ),
        ("Shuttle coaches to Palermo deployed: 40", [("40", "coaches")]),
        (
            "People who received treatment at hospitals: 64, including 9 employees",
            [("64", "people"), ("9", "employees")],
        ),
        ("Validity threshold: 2,638 votes", [("2,638", "votes")]),
        ("Houses destroyed: 46; houses with damage: 97.", [("46", "houses"), ("97", None)]),
        ("Deaths: 5", [("5", "people")]),
        ("Note: 40 will stay closed.", [("40", None)]),
        ("Turnout: 64%", [("64%", None)]),
    ],
)
def test_a_label_before_a_colon_names_what_its_count_counts(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.text, c.subject) for c in extract_claims(text, "t.1")] == expected


def test_an_adverb_after_one_is_no_counted_noun() -> None:
    claims = extract_claims("Deaths: 5 (four at the scene, one later in hospital)", "t.1")
    assert [(c.text, c.subject, c.predicate) for c in claims] == [
        ("5", "people", "killed"),
        ("four", "people", "killed"),
        ("one", "people", "killed"),
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It cost 38.4 trillion Colombian pesos.", "COP"),
        ("It cost 500 Chilean pesos.", "CLP"),
        ("It cost 2 billion Argentine pesos.", "ARS"),
        ("It released 500 million Comorian francs.", "KMF"),
        ("It cost 5 billion CFA francs.", "XOF"),
        ("It cost 5 billion Sri Lankan rupees.", "LKR"),
        ("It cost 2 billion Hong Kong dollars.", "HKD"),
        ("It cost 5 billion South African rand.", "ZAR"),
        ("It cost 5 billion Malagasy francs.", "MGA"),
        ("It cost 5 billion Zorbanian francs.", "zorbanian francs"),  # a nation no list knows: a currency of its own
        ("It cost 5 billion British pounds.", "GBP"),
        ("It cost 5 billion Kenya shillings.", "KES"),
        ("It will cost 9.8 billion zlotys next year.", "PLN"),
        ("The fine was 5,000 lempira.", "HNL"),
        ("It cost 38.4 trillion pesos.", "MXN"),  # a bare name: its usual currency, until the articles say whose
    ],
)
def test_a_nation_before_a_currency_name_says_whose(text: str, unit: str) -> None:
    (claim,) = extract_claims(text, "t.1")
    assert (claim.kind, claim.quantity.unit) == (Kind.MONEY, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Report any suspected case to the toll-free line 0800 100 066 and avoid contact.",
        "Call the helpline on 020 7946 0958 for help.",
    ],
)
def test_a_number_opening_with_a_trunk_zero_is_a_phone_number(text: str) -> None:
    assert extract_claims(text, "t.1") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The youngest of the dead was 19, local officials said.", [("19", "age")]),
        ("The oldest victim was just 84.", [("84", "age")]),
        ("The oldest building has 12 floors.", [("12", "floors")]),
        ("The oldest of the shelters is 12 kilometres away.", [("12 kilometres", None)]),
    ],
)
def test_what_the_youngest_or_oldest_is_is_an_age(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.text, c.subject) for c in extract_claims(text, "t.1")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2019 Lebanese pounds lost 90% of their value.", [("2019", Kind.DATE), ("90%", Kind.PERCENT)]),
        ("In 2021 Hong Kong dollars were pegged.", [("2021", Kind.DATE)]),
        ("Flights were suspended 0600-0900 GMT.", [("0600-0900", Kind.TIME)]),
    ],
)
def test_a_year_or_a_time_range_is_no_sum_or_phone_number(text: str, expected: list[tuple[str, Kind]]) -> None:
    assert [(c.text, c.kind) for c in extract_claims(text, "t.1")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said: 14 arrested.", [("14", "people", "arrested")]),
        ("Hospitals report: 40 injured after the crash.", [("40", "people", "injured")]),
        ("Latest figures: 5 killed", [("5", "people", "killed")]),
        ("Storms hit the coast: 4 dead", [("4", "people", "killed")]),
        ("Houses destroyed: 46", [("46", "houses", "destroyed")]),
    ],
)
def test_a_speaker_or_a_clause_before_a_colon_is_no_label(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(c.text, c.subject, c.predicate) for c in extract_claims(text, "t.1")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia launched 40 overnight strikes on the city.", [("40", "strikes")]),
        ("It followed 2 earlier attacks.", [("2", "attacks")]),
        ("The hospital admitted 30 overnight and 12 injured firefighters.", [("30", "people"), ("12", "firefighters")]),
        ("Rescuers pulled 5 alive and 3 dead bodies from the rubble.", [("5", "people"), ("3", "people")]),
        ("The oldest resident said the death toll from the landslide was 12.", [("12", "people")]),
        ("Among the youngest voters turnout was 38.", [("38", None)]),
    ],
)
def test_an_adverb_is_no_modifier_and_a_superlative_far_back_no_age(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(c.text, c.subject) for c in extract_claims(text, "t.1")] == expected


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The last survivor was hauled out after 13 agonising hours.", "13 agonising hours", "s"),
        ("It took three long years.", "three long years", "year"),
        ("The strike will last three more days.", "three more days", "s"),
        ("Nurses work 5 extra hours a day.", "5 extra hours a day", "s/day"),
        ("He spent 12 painful years in jail.", "12 painful years", "year"),
        ("The hostages endured 40 frightening minutes.", "40 frightening minutes", "s"),
        ("The storm brought 24 sustained hours of rain.", "24 sustained hours", "s"),
        ("Two frantic hours later, police arrived.", "Two frantic hours", "s"),
    ],
)
def test_a_word_between_a_number_and_its_unit_of_time_leaves_a_span(text: str, figure: str, unit: str) -> None:
    (claim,) = extract_claims(text, "t.1")
    assert (claim.text, claim.kind, claim.quantity.unit) == (figure, Kind.DURATION, unit)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("They fired 40 guided missiles.", "40"),
        ("Of the 30 hostages, 12 released days later described beatings.", "12"),
        ("Flight 370 vanished hours after takeoff.", "370"),
        ("Floods displaced 3,000 Lempira families.", "3,000"),
        ("Terminal 5 opening hours have been cut.", "5"),
    ],
)
def test_a_word_before_a_noun_or_an_offset_that_is_no_span_leaves_a_count(text: str, figure: str) -> None:
    assert (figure, Kind.COUNT) in [(c.text, c.kind) for c in extract_claims(text, "t.1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The woman who died was 74 and lived in Sawara Ward.", [("74", Kind.DURATION, "age")]),
        ("The driver, a local man, was 34.", [("34", Kind.DURATION, "age")]),
        ("The suspect is 22.", [("22", Kind.DURATION, "age")]),
        ("The death toll was 74.", [("74", Kind.COUNT, "people")]),
        ("The driver was 20 minutes late.", [("20 minutes", Kind.DURATION, None)]),
        ("The man was 3 metres away.", [("3 metres", Kind.MEASURE, None)]),
        ("Police said the victim was 19.", [("19", Kind.DURATION, "age")]),
        ("The number of people killed by the gunman was 12.", [("12", Kind.COUNT, "people")]),
        ("The total raised by the student was 400.", [("400", Kind.COUNT, None)]),
        ("The man who was killed was 45 at the time.", [("45", Kind.DURATION, "age")]),
        ('"The victim was 19," a police spokesman said.', [("19", Kind.DURATION, "age")]),
        ("It is understood the driver was 34.", [("34", Kind.DURATION, "age")]),
        ("The victim was 19 - a student.", [("19", Kind.DURATION, "age")]),
        ("The patient was 1 in 10,000.", [("1", Kind.COUNT, None), ("10,000", Kind.COUNT, None)]),
    ],
)
def test_what_a_person_was_is_an_age(text: str, expected: list[tuple[str, Kind, str | None]]) -> None:
    assert [(c.text, c.kind, c.subject) for c in extract_claims(text, "t.1")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman in her 60's was killed.", [("60's", Kind.DURATION, "age")]),
        ("The victims, in their 20’s, were hurt.", [("20’s", Kind.DURATION, "age")]),
        (
            "3 women in 20's with gunshot wounds were taken to hospital.",
            [("3", Kind.COUNT, "women"), ("20's", Kind.DURATION, "age")],
        ),
    ],
)
def test_a_decade_of_age_written_with_an_apostrophe(text: str, expected: list[tuple[str, Kind, str | None]]) -> None:
    assert [(c.text, c.kind, c.subject) for c in extract_claims(text, "t.1")] == expected


def test_a_count_after_a_toll_noun_counts_people() -> None:
    claims = extract_claims("Norte: 12 deaths, 40 injured.", "t.1")
    assert [(c.text, c.subject, c.predicate) for c in claims] == [
        ("12", "deaths", "killed"),
        ("40", "people", "injured"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The outbreak stands at 56 cases, comprising 47 confirmed and 9 probable cases.",
            [("56", "cases"), ("47", "cases"), ("9", "cases")],
        ),
        ("The district has 12 new and 30 existing schools.", [("12", "schools"), ("30", "schools")]),
        ("Police arrested 12 men and 3 women.", [("12", "men"), ("3", "women")]),
        ("The clinic saw 14 on Monday and 9 new patients on Tuesday.", [("14", None), ("9", "patients")]),
    ],
)
def test_two_counts_with_their_own_modifiers_share_the_noun_after_the_second(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(c.text, c.subject) for c in extract_claims(text, "t.1")] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("He siphoned RM35mil from the fund.", 35_000_000.0), ("The firm paid RM421mil in bribes.", 421_000_000.0)],
)
def test_mil_after_an_amount_is_millions(text: str, value: float) -> None:
    claims = extract_claims(text, "t.1")
    assert [(c.quantity.nominal, c.quantity.unit) for c in claims] == [(value, "MYR")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The company will pay 10 million tenge to each family.", "KZT"),
        ("It cost 500 million tugriks.", "MNT"),
        ("The fine was 2,000 lari.", "GEL"),
        ("Each family got 300 dinars.", "DINAR"),
        ("Health care will receive 222 billion złoty.", "PLN"),
        ("The city will borrow 540 million złotys.", "PLN"),
        ("A ticket costs 5 złotych.", "PLN"),
        ("The grant was worth 3 million córdobas.", "NIO"),
        ("Fares rose to 4,500 guaraníes.", "PYG"),
        ("Petrol now costs 300 kwanzas a litre.", "AOA"),
        ("The fine was 5,000 dalasis.", "GMD"),
        ("Each grower was paid 2,000 kina.", "PGK"),
        ("A loaf costs 12 pula.", "BWP"),
        ("Rickshaw fares rose to 60 takas.", "BDT"),
        ("The land was valued at Sh2.3 million an acre.", "KES"),
        ("The court awarded the owners Sh 2.9 billion.", "KES"),
    ],
)
def test_amounts_in_more_currencies_are_money(text: str, unit: str) -> None:
    claims = extract_claims(text, "t.1")
    assert [(c.kind.value, c.quantity.unit) for c in claims] == [("money", unit)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Revenue rose to 1,234.5 million euros.", 1_234_500_000.0),
        ("It cost $2,345.67 in all.", 2345.67),
        ("Spending is set at Rp 3,786.5 trillion.", 3_786_500_000_000_000.0),
    ],
)
def test_a_number_grouped_in_thousands_with_decimals_is_read(text: str, value: float) -> None:
    assert [c.quantity.nominal for c in extract_claims(text, "t.1")] == [value]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a figure written again in brackets, as official and legal texts give it, is one figure with its noun
        ("Both parties have 7 (seven) days to appeal.", [("7 (seven) days", "duration", None)]),
        ("Two (2) inmates lost their lives.", [("Two", "count", "inmates")]),
        ("Nearly 40 (forty) homes were destroyed.", [("Nearly 40", "count", "homes")]),
        ("In addition, Tk 25,000 (Taka twenty-five thousand) is being paid to each family.",
         [("Tk 25,000", "money", None)]),
        # brackets that say something else stay as they are
        ("It has 12 (of 15) members.", [("12", "count", None), ("15", "count", None)]),
        ("Of the patients, 25 (25%) died.", [("25", "count", None), ("25%", "percent", None)]),
        ("Sales rose 5% (see table 2) in May.", [("5%", "percent", None), ("2", "count", None)]),
    ],
)
def test_a_figure_restated_in_brackets_is_read_once(text: str, found: list[tuple[str, str, str | None]]) -> None:
    assert [(c.text, c.kind.value, c.subject) for c in extract_claims(text, "s1.1")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a decimal comma, as much of Europe, Latin America and southern Africa writes it
        ("The fraud cost pensioners R1,38 billion.", [("R1,38 billion", 1_380_000_000, "ZAR", 5_000_000)]),
        ("Inflation eased to 3,7% in May.", [("3,7%", 3.7, "%", 0.05)]),
        ("Revenue was €1.234,5 million.", [("€1.234,5 million", 1_234_500_000, "EUR", 50_000)]),
        ("The city has 1.234.567 residents.", [("1.234.567", 1_234_567, None, 0)]),
        # a comma before three digits is between thousands; a list or a score is no figure
        ("The plant has 1,380 staff.", [("1,380", 1380, None, 0)]),
        ("The match ended 2,1 after extra time.", []),
        ("The 4.5.2 update shipped.", []),
        ("The server at 192.168.100.200 was hacked.", []),
        # digits grouped the Indian way, in lakhs and crores
        ("Police said 2,50,000 people joined the rally.", [("2,50,000", 250_000, None, 0)]),
        ("The state paid Rs 1,25,00,000 in compensation.", [("Rs 1,25,00,000", 12_500_000, "INR", 50_000)]),
        # one dot before three digits is thousands only before people, never counted in fractions
        ("About 12.500 people marched in Madrid.", [("About 12.500", 12_500, None, 0)]),
        ("Some 1.500 soldiers were sent to the border.", [("Some 1.500", 1500, None, 0)]),
        ("The index rose 12.500 points.", [("12.500", 12.5, None, 0)]),
        ("The fertility rate fell to 1.250 children per woman.", [("1.250", 1.25, None, 0)]),
    ],
)
def test_a_decimal_comma_is_read_as_a_decimal(text: str, found: list[tuple[str, float, str | None, float]]) -> None:
    got = [(c.text, c.quantity.nominal, c.quantity.unit, c.quantity.tolerance) for c in extract_claims(text, "s1.1")]
    assert [(t, pytest.approx(v), u, pytest.approx(tol)) for t, v, u, tol in found] == got


@pytest.mark.parametrize(
    ("text", "figure", "low"),
    [
        ("Temperatures topped 40 degrees Celsius on 11 straight days.", "topped 40 degrees Celsius", 40.0),
        ("Sales exceeded $2 billion for the first time.", "exceeded $2 billion", 2e9),
        ("The toll surpassed 1,000 on Friday.", "surpassed 1,000", 1000.0),
    ],
)
def test_a_verb_of_passing_a_figure_is_a_bound(text: str, figure: str, low: float) -> None:
    # at least the figure: a milestone reached ("topped $100" and "hit $100" agree)
    claim = extract_claims(text, "s1.1")[0]
    assert (claim.text, claim.quantity.low, claim.quantity.high, claim.quantity.low_open) == (figure, low, None, False)


def test_a_verb_of_passing_a_figure_that_did_not_pass_it_is_no_bound() -> None:
    for text in (
        "Temperatures never exceeded 30C on Monday.",
        "Sales have not topped 500 units.",
        "Oil came close to topping $100 a barrel on Monday.",
        "Oil nearly topped $100 a barrel on Monday.",
    ):
        claim = extract_claims(text, "s1.1")[0]
        assert (claim.quantity.low, claim.quantity.high) == (claim.quantity.nominal, claim.quantity.nominal), text


@pytest.mark.parametrize(
    "text",
    [
        "9" * 400,  # past the largest float
        "9" * 313 + " million people were killed.",
        "1" + "0" * 320 + " people",
        "- 1thousands won",  # a scale word's whole number before "won"
        "millions won: in 17.",
    ],
)
def test_odd_digit_strings_never_raise(text: str) -> None:
    claims = extract_claims(text, "s1.1")
    assert all(c.quantity.nominal is None or c.quantity.nominal < 1e30 for c in claims)


def test_a_figure_is_read_as_written_without_the_error_of_its_arithmetic() -> None:
    """34.8 trillion is 34,800,000,000,000 exactly, as the reader wrote it, not 34,799,999,999,999.996; a figure of
    fifteen digits keeps them all."""
    (claim,) = extract_claims("At COP$34.8 trillion, the budget is the largest yet.", "t.1")
    assert claim.quantity.nominal == claim.quantity.low == 34_800_000_000_000.0
    (claim,) = extract_claims("The court put state losses at Rp 300,003,263,938,131.", "t.1")
    assert claim.quantity.nominal == 300_003_263_938_131.0


@pytest.mark.parametrize(
    ("text", "figure", "unit", "low", "high"),
    [
        ("The trial lasted more than a year.", "more than a year", "year", 1.0, None),
        ("He was held for nearly a month.", "nearly a month", "month", 0.9, 1.0),
        ("The siege lasted about an hour.", "about an hour", "s", 3240.0, 3960.0),
    ],
)
def test_one_unit_of_time_after_a_hedge_is_a_span(
    text: str, figure: str, unit: str, low: float, high: float | None
) -> None:
    (claim,) = extract_claims(text, "t.1")
    assert (claim.text, claim.kind, claim.quantity.unit) == (figure, Kind.DURATION, unit)
    assert claim.quantity.low == pytest.approx(low)
    assert claim.quantity.high == (None if high is None else pytest.approx(high))


@pytest.mark.parametrize(
    "text",
    [
        "Inflation was lower a year ago.",
        "It earns $3 billion a year.",
        "She served a year in prison.",
        # "over" before "a year" tells when, not how long: "over a year earlier", "in over a decade"
        "The road has been closed for over a year.",
        "It was the strongest storm in over a decade.",
    ],
)
def test_a_bare_a_year_is_no_figure(text: str) -> None:
    assert all(c.kind is not Kind.DURATION for c in extract_claims(text, "t.1"))


def test_a_24_hour_clock_time_before_local_time_is_a_time() -> None:
    claims = extract_claims("The blast hit at about 2115 local time (1515 GMT).", "t.1")
    assert [(c.text, c.kind) for c in claims] == [("2115", Kind.TIME), ("1515", Kind.TIME)]
    (count,) = extract_claims("Some 2115 local people joined the protest.", "t.1")
    assert count.kind is Kind.COUNT


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("More than 900 relief camps have opened, officials told Bharat Seven.", ["More than 900"]),
        ("Channel Four said Formula One races and the Group of Seven summit were cancelled.", []),
        ("The Ocean's Eleven star and a Channel Four reporter met where 12 homes flooded.", ["12"]),
        # what is counted, in the plural, after the number: a count, though a name runs into it
        ("He told Sky News Four schools had been closed, and Yesterday Three buses burned.", ["Four", "Three"]),
        # page text glued to a sentence's first word, and a dateline, are no name
        ("Buy Photo Two unidentified women hug each other near the scene.", ["Two"]),
        ("CHICAGO Seven people were shot and wounded early on Sunday.", ["Seven"]),
        # a count in words keeps its capital at a sentence's start, after a colon, or after an opening word
        ("Seven people died, police said.", ["Seven"]),
        ("Deaths: Seven, including four Britons.", ["Seven", "four"]),
        ("About Seven hundred people marched.", ["About Seven hundred"]),
    ],
)
def test_a_number_word_in_a_name_is_no_figure(sentence: str, figures: list[str]) -> None:
    assert [c.text for c in extract_claims(sentence, "s1.1")] == figures


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        ("The bank raised its benchmark rate by a quarter point to 5.25%.", "a quarter point", 0.25),
        ("It cut rates by half a point on Thursday.", "half a point", 0.5),
        ("It made a quarter-point cut on Thursday.", "a quarter-point", 0.25),
        ("It raised rates by three-quarters of a point.", "three-quarters of a point", 0.75),
    ],
)
def test_a_fraction_of_a_point_is_a_part_of_a_percentage_point(sentence: str, figure: str, value: float) -> None:
    (claim, *_) = extract_claims(sentence, "s1.1")
    assert (claim.text, claim.quantity.nominal, claim.quantity.unit) == (figure, value, "pp")


def test_a_quarter_that_is_no_fraction_of_a_point_is_no_figure() -> None:
    assert [c.text for c in extract_claims("The second quarter point was scored late.", "s1.1")] == []


def test_others_after_a_part_of_a_group_are_of_the_group() -> None:
    claims = extract_claims("Nine people, two of them children, were killed and 43 others wounded.", "t.1")
    assert [(c.text, c.subject, c.predicate) for c in claims][1:] == [
        ("two", "children", "killed"),
        ("43", "people", "injured"),
    ]


def test_fire_tenders_and_fire_appliances_are_fire_engines() -> None:
    assert subject_class("tenders") == subject_class("appliances") == subject_class("engines") == "engines"


def test_blazes_are_fires() -> None:
    assert subject_class("blazes") == subject_class("fires") == "fires"


@pytest.mark.parametrize(
    ("text", "figure", "unit", "value"),
    [
        ("Hurricane Marisol made landfall as a Category 4 storm.", "Category 4", "category", 4.0),
        ("The tornado has been upgraded to an EF-3.", "EF-3", "EF", 3.0),
        ("An F5 tornado struck the town.", "F5", "EF", 5.0),
    ],
)
def test_a_storms_rating_is_a_measure(text: str, figure: str, unit: str, value: float) -> None:
    (claim,) = extract_claims(text, "t.1")
    read = (claim.text, claim.kind.value, claim.quantity.unit, claim.quantity.nominal)
    assert read == (figure, "measure", unit, value)


def test_a_category_in_a_story_of_no_storm_stays_a_label() -> None:
    assert not extract_claims("Category 4 of the tax code applies to the firm.", "t.1")


def test_the_zloty_sign_before_the_sum() -> None:
    (claim,) = extract_claims("Servicing that debt will swallow zł87bn next year.", "t.1")
    figure = (claim.text, claim.kind.value, claim.quantity.unit, claim.quantity.nominal)
    assert figure == ("zł87bn", "money", "PLN", 87e9)


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        ("The exemption will cost 4.2 billion crowns a year.", "money", "CZK"),
        ("The fine was 50,000 crowns.", "money", "CZK"),
        ("The champion has now won three crowns.", "count", None),  # titles, not money
    ],
)
def test_crowns_are_money_in_large_sums(text: str, kind: str, unit: str | None) -> None:
    (claim,) = extract_claims(text, "t.1")
    assert (claim.kind.value, claim.quantity.unit) == (kind, unit)


def test_police_and_rescuers_by_other_names_are_people() -> None:
    names = ("cops", "gardaí", "constables", "warders", "rescuers", "personnel")
    assert {subject_class(w) for w in names} == {"people"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Two Ministry of Labour inspectors are on site.", "inspectors"),
        ("Three Bank of England economists disagreed.", "economists"),
        ("Ten Department for Transport staff were hurt.", "staff"),
        ("Five Coast Guard vessels surrounded the ferry.", "vessels"),
    ],
)
def test_a_name_joined_by_of_before_the_noun_is_one_modifier(text: str, subject: str) -> None:
    assert extract_claims(text, "t.1")[0].subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Headcount of 41,350 as of September 30, a net reduction of 1,130.", "employees"),
        ("The company has a workforce of about 3,100 at the site.", "employees"),
        ("Its headcount fell to 41,350 in the quarter.", "employees"),
        ("The ship had a crew of 23 when it sank.", "crew"),
    ],
)
def test_a_group_told_by_its_size_counts_its_members(text: str, subject: str) -> None:
    assert extract_claims(text, "t.1")[0].subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("More than 1,200 head of livestock have perished, officials said.", "livestock"),
        ("About 400 head of cattle drowned in the flood.", "cattle"),
    ],
)
def test_head_of_livestock_counts_the_animals(text: str, subject: str) -> None:
    (claim,) = extract_claims(text, "t.1")
    assert claim.subject == subject
    assert subject_class(claim.subject) != "people"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Rowdy MPs rammed the bill through, with 185 of them voting for it.", "mps"),
        ("The detainees were brought before the court, which ordered 11 of them into custody.", "detainees"),
        ("The commission's preliminary count showed that 7,094 of them had taken part.", None),
    ],
)
def test_them_after_a_group_named_before_is_that_group(text: str, subject: str | None) -> None:
    (claim,) = extract_claims(text, "t.1")
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "figure", "hedged"),
    [
        ("The stolen files held information about 287,412 patients.", "287,412", False),
        ("Investigators have questions about 40 transfers made in March.", "40", False),
        ("The fire killed about 40 people.", "about 40", True),
        ("Officials said about 1,200 people had fled.", "about 1,200", True),
    ],
)
def test_about_after_a_noun_of_knowledge_names_a_topic(text: str, figure: str, hedged: bool) -> None:
    (claim,) = [c for c in extract_claims(text, "t.1") if c.kind.value == "count"]
    assert claim.text == figure
    assert (claim.quantity.hedge.value != "exact") == hedged


@pytest.mark.parametrize(
    "text",
    [
        "The highway is blocked at km 74.5 along a stretch of about 200 metres.",
        "The crash happened near kilometre stone 128 of the expressway.",
        "A tanker overturned at mile marker 42 on the interstate.",
    ],
)
def test_a_road_marker_is_a_place_on_the_road_not_a_count(text: str) -> None:
    (marker,) = [c for c in extract_claims(text, "t.1") if c.kind.value == "count"]
    assert marker.subject == "road marker"
