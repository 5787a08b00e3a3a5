# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of what befell a count of people when other words stand between the count and its verb: a count of the
places or things they are from or in ("2,874 people from 11 villages have been evacuated"), an apposition ("Two
patients, both in their 80s, have died"; "Four persons, including the owner of the firm and a customs broker, have
been arrested"), and verbs of leaving home or boarding ("moved out of their homes", "had boarded the boat"); a
breakdown within one group of people against its total ("One transit officer and four city police officers"); and
what "would raise" a tally to (a forecast). Each probe is a sentence of our own, not taken from a labelled set or a
data set."""

from __future__ import annotations

import pytest

from engine.claims import extract_claims
from engine.conflicts import claim_modes
from engine.sources import source_from_text
from tests.engine.cases import conflicts_match, probe_conflicts


def _predicate(text: str, written: str) -> str | None:
    claims = [c for c in extract_claims(text, "s1.1") if c.text == written]
    assert claims, f"no claim {written!r} in {text!r}"
    return claims[0].predicate


@pytest.mark.parametrize(
    ("text", "written", "predicate"),
    [
        # the verb is the people's, past the places or things they are from or in
        ("A total of 3,612 people from 14 villages have been evacuated to schools.", "3,612", "evacuated"),
        ("About 900 residents living in five districts were evacuated overnight.", "About 900", "evacuated"),
        ("Firefighters said 11 people in four cars were injured in the pile-up.", "11", "injured"),
        ("Some 450 tenants of three tower blocks were evacuated after the fire.", "Some 450", "evacuated"),
        ("Two hundred pupils at the two schools were evacuated.", "Two hundred", "evacuated"),
        # a count of people that its verb follows directly keeps it, and the places keep none
        ("Seven people were killed in two villages.", "Seven", "killed"),
        ("Seven people were killed in two villages.", "two", None),
        # an apposition between the count and its verb
        ("Three patients, all in their 70s, have died.", "Three", "killed"),
        ("Two climbers, both from Lyon, are missing.", "Two", "missing"),
        ("Six men, all members of one crew, were rescued.", "Six", "rescued"),
        ("Five suspects, including the driver of the van and two men who had rented the flat, have been arrested.", "Five", "arrested"),
        # leaving home, boarding
        ("Roughly 2,300 people were moved out of their homes as the river rose.", "Roughly 2,300", "evacuated"),
        ("About 600 residents were ordered out of their houses on Tuesday.", "About 600", "evacuated"),
        ("Witnesses said 214 migrants had boarded the boat in Libya.", "214", "aboard"),
        # not these: a shop boarded up, people moved to other work
        ("The windows of 12 shops were boarded up.", "12", None),
        ("About 40 staff were moved to other offices.", "About 40", None),
        # another subject with a verb of its own, after the count's own verb
        ("Nearly 300 guests fell ill and an elderly man died after the banquet.", "Nearly 300", None),
        ("Nine people and a dog were killed in the blaze.", "Nine", "killed"),
        # the fire "burned", but the people it was "driving" out were not burned
        ("The wildfire burned 6,000 hectares, driving about 500 people from their villages.", "about 500", None),
        ("The blast killed two, sending 40 people to hospital.", "40", "hospitalised"),
    ],
)
def test_what_befell_a_count(text: str, written: str, predicate: str | None) -> None:
    assert _predicate(text, written) == predicate


def test_people_from_villages_against_people_evacuated() -> None:
    found = probe_conflicts(
        "A total of 3,612 people from 14 villages have been evacuated, the disaster agency said on Friday.",
        "The disaster agency said on Friday that 2,950 people had been evacuated.",
    )
    assert conflicts_match([["3,612", "2,950", "contradiction"]], found)


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        ("One transit officer was shot in the leg.", "One", "officers"),
        ("One garment worker was killed.", "One", "workers"),
        ("A fishing boat capsized off the cape with 14 people on board.", "14", "people"),
        ("One volunteer firefighter died.", "One", "firefighters"),
    ],
)
def test_one_of_a_compound_noun_counts_the_noun(text: str, written: str, subject: str) -> None:
    claims = [c for c in extract_claims(text, "s1.1") if c.text == written]
    assert claims and claims[0].subject == subject


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # the parts split one group by whom they serve; the total counts the group
        ("One transit officer and four city police officers were killed in the ambush on Thursday night.", "Five officers were killed in the ambush on Thursday night.", []),
        ("One transit officer and four city police officers were killed in the ambush on Thursday night.", "Six police officers were killed in the ambush on Thursday night.", [["One", "Six", "contradiction"]]),
        # a part of another group is still that part
        ("Two civilians and one police officer were killed in the ambush on Thursday night.", "One police officer was killed in the ambush on Thursday night.", []),
    ],
)
def test_a_breakdown_within_one_group_against_its_total(a: str, b: str, expected: list[list[str]]) -> None:
    assert conflicts_match(expected, probe_conflicts(a, b))


def test_one_of_a_part_is_no_total_of_the_breakdown() -> None:
    found = probe_conflicts(
        "One transit officer and four city police officers were killed in the ambush on Thursday night.",
        "Sergeant Ana Ruiz, one of the four city police officers killed in the ambush on Thursday night, was 41.",
    )
    assert not any("One" in pair[:2] and "one" in pair[:2] for pair in found)


def _modes(text: str) -> dict[str, str]:
    source = source_from_text("Report\n\n" + text, "a.txt", "s1")
    claims = {c.id: c.text for c in source.claims}
    return {claims[k]: mode for k, mode in claim_modes(source.sentences).items()}


@pytest.mark.parametrize(
    ("text", "written", "mode"),
    [
        ("Another death would raise the family's toll to five, his aunt said.", "five", "forecast"),
        ("A second collapse would bring the number of homes lost to 40.", "40", "forecast"),
        ("The minister said spending would reach 4.1% of GDP next year.", "4.1%", None),
        ("Police said the gunman would have killed 20 people had the door not held.", "20", None),
    ],
)
def test_what_would_raise_a_tally_is_no_tally(text: str, written: str, mode: str | None) -> None:
    assert _modes(text).get(written) == mode


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        ("Some 40 tenants of the three evacuated tower blocks slept at a school.", "three", "blocks"),
        ("Nine injured fire crews were relieved at dawn.", "Nine", "crews"),
        ("The toll was 11 killed and 11 injured two years ago.", "11", "people"),
    ],
)
def test_an_event_word_before_a_modifier_and_the_noun(text: str, written: str, subject: str) -> None:
    claims = [c for c in extract_claims(text, "s1.1") if c.text == written]
    assert claims and all(c.subject == subject for c in claims)


def test_two_street_numbers_are_no_count() -> None:
    claims = extract_claims("Tenants of two blocks (1480 and 1490 Bay Street) were evacuated on Friday.", "s1.1")
    assert [c.text for c in claims] == ["two"]


@pytest.mark.parametrize(
    ("text", "written", "is_age"),
    [
        ("The driver of the lorry, who is 51, was not hurt.", "51", True),
        ("Her husband, who was 63, died at the scene.", "63", True),
        ("The victims, who were 12, were named on Friday.", "12", False),
    ],
)
def test_who_is_a_number_is_an_age(text: str, written: str, is_age: bool) -> None:
    claims = [c for c in extract_claims(text, "s1.1") if c.text == written]
    assert claims and (claims[0].subject == "age") is is_age


def test_a_noun_after_four_modifiers_is_counted() -> None:
    claims = extract_claims("Hundreds of app-based motorcycle taxi drivers blocked the road.", "s1.1")
    assert [(c.text, c.subject) for c in claims] == [("Hundreds", "drivers")]
    found = probe_conflicts(
        "Thousands of app-based motorcycle taxi drivers joined the rally in Jakarta on Thursday.",
        "Hundreds of app-based motorcycle taxi drivers joined the rally in Jakarta on Thursday.",
    )
    assert conflicts_match([["Thousands", "Hundreds", "contradiction"]], found)


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        ("Patients were moved to a 60-bed field hospital.", "60", "beds"),
        ("The ministry formed a seven-member inquiry committee.", "seven", "members"),
        ("The 120-car freight train derailed near the river.", "120", "cars"),
    ],
)
def test_a_number_glued_to_a_countable_noun_counts_it(text: str, written: str, subject: str) -> None:
    claims = [c for c in extract_claims(text, "s1.1") if c.text == written]
    assert claims and claims[0].subject == subject


@pytest.mark.parametrize(
    "text", ["A missile hit a nine-storey block of flats.", "The party won a majority on the 41-seat council."]
)
def test_a_buildings_storeys_or_a_councils_seats_count_nothing(text: str) -> None:
    assert not [c for c in extract_claims(text, "s1.1") if c.text in ("nine", "41")]


def test_two_committees_of_different_sizes_conflict() -> None:
    found = probe_conflicts(
        "The shipping ministry has formed a five-member probe committee to investigate the capsize, officials said.",
        "The shipping ministry has formed a three-member committee to investigate the capsize, officials said.",
    )
    assert conflicts_match([["five", "three", "contradiction"]], found)


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        ("Twenty fire engines and scores of firefighters battled the blaze.", "Twenty", "engines"),
        ("More than 300 rescue workers and dozens of ambulances were sent.", "More than 300", "workers"),
        # a noun coordinated without a count of its own is still counted together
        ("Three missiles and drones were fired overnight.", "Three", "missiles and drones"),
    ],
)
def test_a_count_beside_another_count_keeps_its_own_noun(text: str, written: str, subject: str) -> None:
    claims = [c for c in extract_claims(text, "s1.1") if c.text == written]
    assert claims and claims[0].subject == subject


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # all those admitted, told as a part of those who sought treatment, against another count of those admitted
        ("At least 60 children were admitted to hospital after the midday meal on Thursday, officials said.", "A total of 87 children sought treatment after the midday meal on Thursday, of whom 64 were admitted.", [["At least 60", "64", "discrepancy"]]),
        # some of those killed, of a toll of the killed, are still not a toll
        ("Nine of the 40 people killed in the crash on Thursday were children, officials said.", "Twelve people were killed in the crash on Thursday, officials said.", [["40", "Twelve"]]),
        ("Five people were killed in the crash on Thursday, officials said.", "Three of those killed in the crash on Thursday were children, officials said.", []),
        # the same thing befalling the same noun ranks before words in common
        ("At least 60 children were admitted to hospital after the midday meal on Thursday, officials said.", "Some 87 children fell ill after the midday meal on Thursday and 64 children were admitted to hospital.", [["At least 60", "64", "discrepancy"]]),
    ],
)
def test_a_part_that_holds_all_of_another_happening(a: str, b: str, expected: list[list[str]]) -> None:
    assert conflicts_match(expected, probe_conflicts(a, b))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # a sentence opening on the group its counts are some of
        ("At least 60 children were admitted to hospital after the meal, officials said.", "Of those admitted, 41 were treated at the taluk hospital and 23 were referred to the medical college.", []),
        ("At least 60 people were injured in the crash, officials said.", "Of the injured, 41 were taken to the district hospital, officials said.", []),
        # two such parts of one place still meet
        ("Of the injured, 41 were taken to the district hospital, officials said.", "Of the injured, 35 were taken to the district hospital, officials said.", [["41", "35", "contradiction"]]),
        # parts listed after a colon, each sent to a named hospital: people, some of the learners counted before
        ("The health official said 62 students had been admitted to hospital by Wednesday evening.", "A total of 62 learners were admitted: 41 to Bungoma County Referral Hospital (BCRH) and 21 to Kimilili Sub-County Hospital.", []),
    ],
)
def test_counts_after_an_opening_on_their_group_are_some_of_it(a: str, b: str, expected: list[list[str]]) -> None:
    assert conflicts_match(expected, probe_conflicts(a, b))
