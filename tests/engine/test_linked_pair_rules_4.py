# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of a fourth round of rules that find conflicts between linked sentences, traced from the development sets
written this session: one change told in percentage points and, with the same number, in per cent; pensioners,
retirees, beneficiaries, farmers and tenants counted as people; a measure's conversion in brackets set against a
figure written in its unit. Each rule has
sentences whose conflict it must find (catch) and sentences it must leave alone, written for these probes, not
taken from the labelled cases."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    (
        "Turnout was five and a half percentage points higher than in the 2024 election.",
        "Turnout was 5.5 per cent higher than in the 2024 election.",
        [["five and a half percentage points", "5.5 per cent", "contradiction"]],
        "points catch: 5.5 points higher is not 5.5 per cent more",
    ),
    (
        "The wage component of indexation rises by 10 percentage points, to 30%.",
        "The bill raises the wage component of indexation by 10%.",
        [["10 percentage points", "10%", "contradiction"]],
        "points catch: a rise by 10 points is not a rise by 10%",
    ),
    (
        "Turnout was 5.5 percentage points higher than in the 2024 election.",
        "Turnout was 12.5 per cent higher than in the 2024 election.",
        [],
        "points leave-alone: one rise told both ways (44.1% to 49.6%) agrees",
    ),
    (
        "Support for the party rose 3 percentage points to 40%.",
        "Support for the party among young voters stood at 3%.",
        [],
        "points leave-alone: a level of 3% is no change",
    ),
    (
        "It hit land with maximum sustained winds of 215 km/h (134 mph), forecasters said.",
        "It made landfall with maximum sustained winds of 140 mph, forecasters said.",
        [["134 mph", "140 mph", "contradiction"]],
        "conversion catch: the miles an hour meet, as written",
    ),
    (
        "It hit land with maximum sustained winds of 215 km/h (134 mph), forecasters said.",
        "It made landfall with maximum sustained winds of 225 km/h, forecasters said.",
        [["215 km/h", "225 km/h", "contradiction"]],
        "conversion leave-alone: the kilometres an hour meet, as written",
    ),
    (
        "The fire has burned about 4,300 hectares (10,600 acres), officials said.",
        "The fire has burned 4,300 acres, officials said.",
        [["4,300 hectares", "4,300 acres", "contradiction"]],
        "conversion leave-alone: the number kept and the unit slipped",
    ),
    (
        "1.6 million pensioners currently receive the minimum pension, according to figures from the social insurer.",
        "The change will benefit 1,612,000 people who currently receive the minimum pension, according to the social insurer.",
        [["1.6 million", "1,612,000", "discrepancy"]],
        "people catch: pensioners are people, 1.6 million rounds 1,612,000 without a hedge",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "label"), PROBES, ids=[p[3][:60] for p in PROBES])
def test_linked_pair_rule_4_probe(a: str, b: str, expected: list[list[str]], label: str) -> None:
    got = probe_conflicts(a, b)
    assert conflicts_match(expected, got), got
