# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of counts of households beside counts of people, and of those who fell ill beside those who died: "1,146
persons belonging to 312 families have been relocated" gives two counts, and the people are the ones relocated;
"Sixteen new confirmed cases" is no death toll. Sentences of our own."""

from __future__ import annotations

import pytest

from engine.claims import extract_claims
from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    (
        "In all, 2,410 persons belonging to 604 families have been relocated to safe locations.",
        "About 2,400 people from the estate have been moved out of their homes, officials said.",
        [],
        "the families are no count of the people",
    ),
    (
        "About 900 families were evacuated from the valley on Sunday.",
        "Some 3,400 people were evacuated from the valley on Sunday.",
        [],
        "families and people evacuated are two counts",
    ),
    (
        "Health officials recorded 23 new cases in the district on Monday.",
        "The district recorded 12 deaths on Monday, health officials said.",
        [],
        "new cases are no death toll",
    ),
    (
        "About 900 families were evacuated from the valley on Sunday.",
        "Some 700 families were evacuated from the valley on Sunday.",
        [["About 900", "Some 700"]],
        "two counts of families still meet",
    ),
    (
        "In all, 23 people were taken to hospital, including four firefighters, the ambulance service said.",
        "Nineteen residents and four firefighters needed hospital treatment; nine residents are still in hospital.",
        [],
        "the parts of a toll are those of one clause",
    ),
    (
        "The education service says about 4,900 public schools did not open this morning.",
        "Nearly a third of the country's 15,600 public schools did not open on Monday, the education service said.",
        [],
        "the whole a share is told of is no count of the part",
    ),
    (
        "The education service says about 4,900 public schools did not open this morning.",
        "The education service said 5,600 public schools did not open on Monday.",
        [["about 4,900", "5,600"]],
        "two counts of the part still meet",
    ),
    (
        "Health officials recorded 23 deaths in the district on Monday.",
        "The district recorded 12 deaths on Monday, health officials said.",
        [["23", "12"]],
        "two death tolls still meet",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "why"), PROBES, ids=[p[3] for p in PROBES])
def test_households_and_cases(a: str, b: str, expected: list[list[str]], why: str) -> None:
    found = probe_conflicts(a, b)
    assert conflicts_match(expected, found), (why, found)


def test_people_belonging_to_families_are_the_ones_relocated() -> None:
    claims = extract_claims("1,146 persons belonging to 312 families have been relocated to safe locations.", "s1.1")
    assert [(c.text, c.subject, c.predicate) for c in claims] == [
        ("1,146", "persons", "evacuated"),
        ("312", "families", "evacuated"),
    ]
