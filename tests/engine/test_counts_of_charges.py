# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of counts of charges listed by offence, where a second count follows the first without its noun ("32 counts
of fraud and one of corruption"): each count is of its own offence. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    (
        "Govender was convicted in November on one count of corruption and 23 counts of fraud.",
        "Govender, who was convicted last November on 32 counts of fraud and one of corruption, intends to appeal.",
        [["23", "32", "contradiction"]],
        "fraud against fraud; the count of corruption is no part of the 32",
    ),
    (
        "Govender was convicted in November on one count of corruption and 32 counts of fraud.",
        "Govender, who was convicted last November on 32 counts of fraud and one of corruption, intends to appeal.",
        [],
        "the same counts in another order",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "why"), PROBES, ids=[p[3] for p in PROBES])
def test_counts_of_charges_by_offence(a: str, b: str, expected: list[list[str]], why: str) -> None:
    found = probe_conflicts(a, b)
    assert conflicts_match(expected, found), (why, found)
