# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of one person named by a role beside a count of others ("the alleged kingpin and six associates"): the two
make one count, set against another report's; and of those still held or still in hospital after others were let go,
some of all.
Sentences of our own."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
ONE_AND_OTHERS = [
    (
        "Seven accused persons, including the main supplier, have been arrested, police said.",
        "Police arrested the alleged kingpin and six associates, police said.",
        [],
        "the kingpin and six associates are seven",
    ),
    (
        "Seven accused persons, including the main supplier, have been arrested, police said.",
        "Police arrested the alleged kingpin and four associates, police said.",
        [["Seven", "the alleged kingpin", "contradiction"]],
        "the kingpin and four associates are five",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "why"), ONE_AND_OTHERS, ids=[p[3] for p in ONE_AND_OTHERS])
def test_one_named_by_role_and_a_count_of_others(a: str, b: str, expected: list[list[str]], why: str) -> None:
    found = probe_conflicts(a, b)
    assert conflicts_match(expected, found), (why, found)


# fmt: off
STILL_HELD = [
    (
        "The 51 people still on board were freed at 21:50 GMT, according to the coast guard.",
        "There were 63 persons on board the ferry, the coast guard said.",
        [],
        "those still on board are those left, not all on board",
    ),
    (
        "There were 51 people on board the ferry, according to the coast guard.",
        "There were 63 persons on board the ferry, the coast guard said.",
        [["51", "63", "contradiction"]],
        "all on board against all on board",
    ),
    (
        "Thirty-four survivors were taken to the district hospital overnight, a doctor said.",
        "Eleven survivors were still being treated at the district hospital on Saturday, staff said.",
        [],
        "those still being treated are those left of all taken in",
    ),
    (
        "Forty people were admitted to the city hospital after the blast, officials said.",
        "Twelve people remain in hospital after the blast, officials said.",
        [],
        "those still in hospital are some of all admitted",
    ),
    (
        "Eleven survivors are still in hospital, the district's chief doctor said.",
        "Nine survivors are still in hospital, the district's chief doctor said.",
        [["Eleven", "Nine", "contradiction"]],
        "those still in hospital against those still in hospital",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "why"), STILL_HELD, ids=[p[3] for p in STILL_HELD])
def test_those_still_held_are_some_of_all(a: str, b: str, expected: list[list[str]], why: str) -> None:
    found = probe_conflicts(a, b)
    assert conflicts_match(expected, found), (why, found)
