# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of one day of one month misreported with a slip of one digit ("payable on September 5" against "payable on
15 September"), and of days left alone: two days of two events, a wire's dateline, two days each named with its own
weekday. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    (
        "The board declared an interim dividend of 7.50 naira a share, payable on September 5.",
        "The interim dividend of 7.50 naira, payable on 15 September, is modest.",
        [["September 5", "15 September", "contradiction"]],
        "one payment day misreported",
    ),
    (
        "He will be sentenced on February 27, the judge said.",
        "He will be sentenced on 17 February, the judge said.",
        [["February 27", "17 February", "contradiction"]],
        "one sentencing day misreported",
    ),
    (
        "He will be sentenced on February 27, the judge said.",
        "He will be sentenced on February 27, the judge confirmed.",
        [],
        "one day told alike",
    ),
    (
        "The outbreak was declared on February 4, the health ministry said.",
        "The health ministry said the first cases had been confirmed on February 14.",
        [["February 4", "February 14", "contradiction"]],
        "a slip of one digit even in other words",
    ),
    (
        "The first round was held on 14 June, the electoral commission said.",
        "The run-off will be held on 28 June, the electoral commission said.",
        [],
        "two days two weeks apart are two events",
    ),
    (
        "Three suspects are expected to appear in court on Monday, 20 October.",
        "The council is expected to vote on the plan on Thursday, October 30.",
        [],
        "two days, each with its own weekday",
    ),
    (
        "ACCRA, Oct 15 (Reuters) - The tanker exploded on the highway, the fire service said.",
        "The tanker exploded on the highway on 14 October, the fire service said.",
        [],
        "a wire's dateline is the day of the report",
    ),
    (
        "Accra, April 16 (PAW) - The central bank sold $350 million to banks, the bank said.",
        "The cedi fell 4.2 per cent over the week to 15 April, the central bank said.",
        [],
        "a dateline in any case is the day of the report",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "why"), PROBES, ids=[p[3] for p in PROBES])
def test_misreported_days(a: str, b: str, expected: list[list[str]], why: str) -> None:
    found = probe_conflicts(a, b)
    assert conflicts_match(expected, found), (why, found)
