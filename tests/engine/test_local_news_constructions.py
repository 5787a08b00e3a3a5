# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of constructions of local crime and accident reporting that the readings missed: an update's date and time
("UPDATE 11/28 9:57 a.m."), "an area hospital", a breakdown between dashes ("three others -- two women and a man --
were taken to hospital"), civilians as one group of a toll beside the police or troops ("Two civilians and one
police officer were killed"), "one" heading a person who speaks ("One man who was injured said he heard six shots"),
who is no count, "the other three victims", the rest of a group, "three others" after "One woman died", who are
people, not women, "the fatal shooting of one man", a death, "Two men and a woman", three people, "taken to Mercy Hospital", those "still fighting serious injuries", some of the wounded, and a coordinated subject ("three men and two women
were injured") that takes the verb after it, two ages sharing "-year-old" ("6- and 12-year-old"), "more than one shooter", shooters, an approximate range ("about 15-20") against itself, and one person before "and" and a count ("his wife and two
neighbours"), "males" and "females" as nouns, men and women, and two ages after two names ("Carl and Dana Ross -- 18 and
16 --"). Each probe is a sentence of our own, not taken from a labelled set or a data set."""

from __future__ import annotations

import pytest

from engine.claims import extract_claims
from tests.engine.cases import conflicts_match, probe_conflicts


def _figures(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.text, c.kind.value, c.subject, c.predicate) for c in extract_claims(text, "s1.1")]


def test_a_time_after_a_date_written_with_a_slash_is_a_time() -> None:
    found = _figures("UPDATE 11/28 9:57 a.m.: Two of the injured have gone home.")
    assert ("9:57 a.m.", "time", None, None) in found
    assert not any(text == "57" for text, *_ in found)


def test_a_count_after_a_date_written_with_a_slash_is_read() -> None:
    assert ("3,200", "count", "runners", None) in _figures("On 6/14 3,200 runners took part in the race.")


@pytest.mark.parametrize(
    ("text", "written", "predicate"),
    [
        ("A man died and three others were transported to an area hospital.", "three", "hospitalised"),
        ("Three others — two women and a man — were taken to hospital.", "Three", "hospitalised"),
        ("A woman was pronounced dead at the scene and three others -- two men and a teenager -- were rushed to an area hospital.", "three", "hospitalised"),
        ("Five people — two women and three men — died in the fire.", "Five", "killed"),
        # the parts inside the dashes take the verb after them too
        ("In total, 29 people – 25 passengers and four crew members – were injured.", "25", "injured"),
        ("In total, 29 people – 25 passengers and four crew members – were injured.", "four", "injured"),
        ("Nine people — six guests and three staff — died in the fire.", "three", "killed"),
        ("The 12 victims - two of them children - were killed.", "12", "killed"),
        ("Police are investigating the fatal shooting of one man and wounding of three other persons.", "one", "killed"),
        ("Police are investigating the fatal shooting of one man and wounding of three other persons.", "three", "injured"),
        ("The fatal stabbing of two teenagers shocked the town.", "two", "killed"),
        ("Four people were taken to the Royal London Hospital.", "Four", "hospitalised"),
        ("At least one person was killed in the crash.", "At least one", "killed"),
        ("A man was killed and three men and two women were injured.", "three", "injured"),
        ("A man was killed and three men and a woman were injured.", "three", "injured"),
        ("Three men and two women were killed, and four children were hurt.", "Three", "killed"),
        ("Medics took two victims to Mercy Hospital after the shooting.", "two", "hospitalised"),
        ("Twenty-three of them were taken to St. Luke's Hospital, three in a critical condition.", "Twenty-three", "hospitalised"),
    ],
)
def test_what_befell_a_count_after_a_hospital_phrase_a_breakdown_between_dashes_or_a_fatal_attack(
    text: str, written: str, predicate: str
) -> None:
    assert any(t == written and p == predicate for t, _, _, p in _figures(text)), _figures(text)


def test_a_dash_with_no_figure_inside_is_no_apposition_to_skip() -> None:
    # "-- the worst in a decade --" holds no figure: what follows the first dash is still looked at as before
    assert any(t == "Four" and p == "killed" for t, _, _, p in _figures("Four people were killed in the blast -- the worst in a decade -- police said."))


@pytest.mark.parametrize(
    "text",
    [
        "One resident said the water rose fast.",
        "One man who was injured in the shooting said he heard six shots.",
        "One person caught in the gunfire at the clinic says what happened is not right.",
        "One woman told reporters she saw the gunman.",
        "One woman who survived said she hid under a table.",
        "One officer, who asked not to be named, said only 14 officers were on duty.",
    ],
)
def test_one_person_who_speaks_is_no_count(text: str) -> None:
    assert not any(t.lower() == "one" for t, *_ in _figures(text)), _figures(text)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("One man was killed and two were injured.", "killed"),
        ("One man was killed, police said.", "killed"),
        ("One man who was hurt was taken to hospital, police said.", "injured"),
        ("One man, who was hurt in the crush, was taken to hospital, police said.", "injured"),
        ("One person died, officials told reporters.", "killed"),
        ("Only one person was killed, a witness said.", "killed"),
    ],
)
def test_one_person_something_befell_is_still_a_count(text: str, predicate: str) -> None:
    assert any(t.lower() == "one" and p == predicate for t, _, _, p in _figures(text)), _figures(text)


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        ("One woman died and three others, including one police officer, were injured in the rampage.", "three", "people"),
        ("Gunmen killed one visitor and wounded 9 others on the street.", "9", "people"),
        ("Two men were killed and three were injured.", "three", "people"),
        ("Five officers were killed and seven others injured.", "seven", "officers"),
    ],
)
def test_a_count_with_no_noun_takes_the_people_named_before_but_not_their_sex(text: str, written: str, subject: str) -> None:
    assert any(t == written and s == subject for t, _, s, _ in _figures(text)), _figures(text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Two men and a woman were wounded outside the bar.", [("Two", "men", "injured"), ("a woman", "women", "injured")]),
        ("Four students and a staff member were injured.", [("Four", "students", "injured"), ("a staff member", "staff", "injured")]),
        ("Two cars and a delivery van collided.", [("Two", "cars", None)]),
        ("Two women and a woman's dog were hurt.", [("Two", "women", "injured")]),
        ("The gunman killed his wife and two neighbours.", [("his wife", "wives", "killed"), ("two", "neighbours", "killed")]),
        ("He wounded a teacher and three pupils.", [("a teacher", "teachers", "injured"), ("three", "pupils", "injured")]),
        ("The fire destroyed the house and two barns.", [("two", "barns", "destroyed")]),
        ("They found Ann Lee, her husband and six children dead.", [("six", "children", "killed")]),
    ],
)
def test_a_person_after_and_a_or_before_and_a_count_is_one_more(text: str, figures: list[tuple[str, str, str | None]]) -> None:
    assert [(t, s, p) for t, _, s, p in _figures(text)] == figures


def test_a_hospitals_name_is_no_hospital_they_were_taken_to_unless_they_were() -> None:
    assert ("Three", "count", "nurses", "injured") in _figures("Three nurses at Mercy Hospital were hurt.")
    assert ("Three", "count", "nurses", None) in _figures("Three nurses from Mercy Hospital spoke to reporters.")


@pytest.mark.parametrize(
    "text",
    ["The man's 6- and 12-year-old children also were injured in the shooting.", "Their 2- or 3-year-old son was unhurt."],
)
def test_the_first_of_two_ages_sharing_year_old_is_no_count(text: str) -> None:
    assert [kind for _, kind, _, _ in _figures(text)] == ["duration"]


def test_males_and_females_as_nouns_are_men_and_women() -> None:
    assert ("two", "count", "men", None) in _figures("Five people were shot when two males opened fire.")
    assert ("Two", "count", "students", "injured") in _figures("Two female students were hurt.")


@pytest.mark.parametrize(
    "text",
    [
        "He admitted the shooting deaths of Carl and Dana Ross -- 18 and 16 -- in his house.",
        "Carl and Dana Ross, 18 and 16, were killed.",
        "Carl and Dana Ross — 18 and 16 — were killed.",
    ],
)
def test_two_ages_after_two_names_are_ages(text: str) -> None:
    assert [(t, kind, subject) for t, kind, subject, _ in _figures(text)] == [
        ("18", "duration", "age"),
        ("16", "duration", "age"),
    ]


def test_two_counts_after_a_place_stay_counts() -> None:
    assert [(t, kind) for t, kind, _, _ in _figures("In Lviv, 12 and 14 people were hurt.")] == [("12", "count"), ("14", "count")]


# fmt: off
PROBES = [
    ("Two civilians and one police officer were killed in the attack on the market, police said.",
     "Three people were killed in the attack on the market, police said.",
     [], "civilians catch: two civilians and one officer are the three killed"),
    ("Two civilians and one police officer were killed in the attack on the market, police said.",
     "Four people were killed in the attack on the market, police said.",
     [["Two", "Four", "contradiction"]], "civilians leave-alone: the parts add up to three, not four"),
    ("Two civilians and one police officer were killed in the attack on the market, police said.",
     "Two civilians were killed in the attack on the market, police said.",
     [], "civilians catch: the civilians alone are that part, not the toll"),
    ("Two civilians and one police officer were killed in the attack on the market, police said.",
     "Three civilians were killed in the attack on the market, police said.",
     [["Two", "Three", "contradiction"]], "civilians leave-alone: two civilians against three"),
    ("Four civilians and two soldiers died in the shelling of the town, officials said.",
     "Seven people died in the shelling of the town, officials said.",
     [["Four", "Seven", "contradiction"]], "civilians leave-alone: four and two are six, not seven"),
    ("Three civilians were killed in the shelling of the town, officials said.",
     "Two soldiers were killed in the shelling of the town, officials said.",
     [], "civilians catch: civilians are never the troops"),
    ("Three civilians were killed in the shelling of the town, officials said.",
     "Two people were killed in the shelling of the town, officials said.",
     [["Three", "Two", "contradiction"]], "civilians leave-alone: alone, civilians are the people killed"),
    ("One man who was injured in the shooting said he heard six shots.",
     "Five people were injured in the shooting, police said.",
     [], "speaker catch: one injured man who speaks is no count of the injured"),
    ("One man was injured in the shooting, police said.",
     "Five people were injured in the shooting, police said.",
     [["One", "Five", "contradiction"]], "speaker leave-alone: one injured against five"),
    ("One victim died at the scene. All four victims were taken to the hospital, police said.",
     "One victim died at the scene. The other three victims were taken to the hospital, police said.",
     [], "the other catch: the other three are the rest of the four"),
    ("One victim died at the scene. The other four victims were taken to the hospital, police said.",
     "One victim died at the scene. The other three victims were taken to the hospital, police said.",
     [["four", "three", "contradiction"]], "the other leave-alone: the rest told as four and as three"),
    ("Three men and a woman were wounded outside the bar, police said.",
     "Police said four people were wounded outside the bar.",
     [], "and a catch: three men and a woman are four"),
    ("Two men and a woman were wounded outside the bar, police said.",
     "Police said four people were wounded outside the bar.",
     [["Two", "four", "contradiction"]], "and a leave-alone: two men and a woman are three, not four"),
    ("The shooting killed one person and wounded eight others at the club, police said.",
     "Two are still fighting serious injuries after the shooting at the club, the chief said.",
     [], "serious catch: those still fighting serious injuries are some of the wounded"),
    ("The shooting killed one person and wounded eight others at the club, police said.",
     "Two were being treated for life-threatening injuries after the shooting at the club.",
     [], "serious catch: those treated for life-threatening injuries are some of the wounded"),
    ("The shooting killed one person and wounded eight others at the club, police said.",
     "The shooting killed one person and wounded two others at the club, police said.",
     [["eight", "two", "contradiction"]], "serious leave-alone: eight wounded against two"),
    ("A man was killed and three men and two women were injured in the shooting.",
     "One man was killed in the shooting, police said.",
     [], "coordinated catch: the three men were injured, not killed"),
    ("A man was killed and three men and two women were injured in the shooting.",
     "Two men were killed in the shooting, police said.",
     [], "coordinated catch: nor are the three men set against two killed"),
    ("The man's 6- and 12-year-old children also were injured in the shooting.",
     "His two children were also injured in the shooting, police said.",
     [], "ages catch: the 6 of 6- and 12-year-old is an age, not six injured"),
    ("Shots were fired by more than one shooter inside the bar, police said.",
     "The suspect was identified by two witnesses in the bar, police said.",
     [], "one catch: more than one shooter counts shooters, not witnesses"),
    ("About 15-20 people were at the party when the shots rang out.",
     "About 15-20 people were at the party when the shots rang out.",
     [], "range catch: one approximate range written alike in both"),
    ("About 15-20 people were at the party when the shots rang out.",
     "About 18 people were at the party when the shots rang out.",
     [], "range catch: about 18 lies in about 15-20"),
    ("About 15-20 people were at the party when the shots rang out.",
     "About 30-40 people were at the party when the shots rang out.",
     [["About 15-20", "About 30-40", "contradiction"]], "range leave-alone: two ranges apart"),
    ("The gunman killed his wife and two neighbours before turning the gun on himself.",
     "Three people were killed before the gunman turned the gun on himself.",
     [], "one before catch: his wife and two neighbours are three"),
    ("The gunman killed his wife and two neighbours before turning the gun on himself.",
     "Four people were killed before the gunman turned the gun on himself.",
     [["his wife", "Four", "contradiction"]], "one before leave-alone: three, not four"),
    ("Two men came out of a side street and started shooting at them, according to police.",
     "Five people were shot when two males opened fire from a side street, police said.",
     [], "males catch: two males are the two men, not five people"),
    ("UPDATE 11/28 9:57 a.m.: Two of the four victims taken to the hospital have been discharged.",
     "At 9:57 a.m. on Saturday two of the victims went home, the hospital said.",
     [], "slash date catch: the minutes of a time are no count"),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "label"), PROBES, ids=[p[3][:60] for p in PROBES])
def test_local_news_probe(a: str, b: str, expected: list[list[str]], label: str) -> None:
    got = probe_conflicts(a, b)
    assert conflicts_match(expected, got), got


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (  # a list that names each place first gives places' figures, none of them the whole
            "Dai Loc district evacuated 4,516 people, Nam Giang 705 and Dien Ban town 918.",
            "The provincial disaster committee now says more than 6,800 people have been evacuated.",
            [],
        ),
        (
            "Of these, Dai Loc district evacuated 1,398 households with 4,516 people; Nam Giang 214 households with 705 people; Dien Ban town 301 households with 918 people.",
            "The provincial disaster committee now says more than 6,800 people have been evacuated across the province.",
            [],
        ),
        (  # candidates named before their votes are no places: their figures still meet
            "Dizon-Roque received 462,530 votes, Villareal 401,118 and Ocampo 21,204.",
            "Dizon-Roque, the winner, finished with 426,530 votes, the city election office said.",
            [["462,530", "426,530"]],
        ),
    ],
)
def test_a_list_that_names_each_place_first(a: str, b: str, expected: list[list[str]]) -> None:
    assert conflicts_match(expected, probe_conflicts(a, b))


def test_the_family_a_toll_came_from_is_no_victim() -> None:
    found = _figures("A pre-dawn fire on Sherman Avenue killed five members of one family on Monday.")
    assert ("one", "count", "family", None) in found
    assert not probe_conflicts(
        "A pre-dawn fire on Sherman Avenue killed five members of one family on Monday.",
        "The fire chief confirmed a fifth person had died in the Sherman Avenue fire, bringing the death toll to five.",
    )
