# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of one thing counted under two nouns newsrooms use for it: pills and tablets, ships and vessels, guns and
firearms, trucks and lorries, jobs and positions (roles, posts), operations and procedures, packs and packets, trips
and journeys. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    (
        "Police seized 1,400 counterfeit pills at the flat, detectives said.",
        "Police seized more than 1,000 counterfeit tablets at the flat, detectives said.",
        [["1,400", "more than 1,000", "discrepancy"]],
        "pills and tablets",
    ),
    (
        "At least nine vessels were waiting at anchor off the port on Monday.",
        "Eleven ships were waiting at anchor off the port on Monday.",
        [["At least nine", "Eleven", "discrepancy"]],
        "vessels and ships",
    ),
    (
        "Officers seized a dozen guns in the raid on the farmhouse, police said.",
        "Officers seized 14 firearms in the raid on the farmhouse, police said.",
        [["a dozen", "14", "contradiction"]],
        "guns and firearms",
    ),
    (
        "More than 600 trucks were stuck at the border crossing on Friday.",
        "Some 400 lorries were stuck at the border crossing on Friday.",
        [["More than 600", "Some 400", "contradiction"]],
        "trucks and lorries",
    ),
    (
        "The airline said it would cut 900 jobs by the end of next year.",
        "The airline said it would cut 850 positions by the end of next year.",
        [["900", "850", "contradiction"]],
        "jobs and positions",
    ),
    (
        "The strike affected 158,000 passenger trips on Monday, the transport agency estimated.",
        "The strike affected 185,000 weekday journeys on Monday, the transport agency estimated.",
        [["158,000", "185,000", "contradiction"]],
        "trips and journeys",
    ),
    (
        "Officers seized a dozen guns in the raid on the farmhouse, police said.",
        "Officers seized 14 kilograms of cannabis in the raid on the farmhouse, police said.",
        [],
        "guns are no weight of drugs",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "why"), PROBES, ids=[p[3] for p in PROBES])
def test_one_thing_two_words(a: str, b: str, expected: list[list[str]], why: str) -> None:
    found = probe_conflicts(a, b)
    assert conflicts_match(expected, found), (why, found)
