# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of readings found on new development sets: "one crore people" (ten million), "babies younger than nine
months" (a bound), food prices beside consumer prices (two measures), a price per quintal beside one per tonne (one
price), a price per tonne beside a sack's price (two sums). Sentences of our own."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    (
        "An estimated 12 million people leave the capital for their villages during the festival, the railway said.",
        "An estimated one crore people leave the capital for their villages during the festival every year, the railway said.",
        [["An estimated 12 million", "An estimated one crore", "discrepancy"]],
        "one crore is ten million",
    ),
    (
        "Infants below nine months of age, too young to be vaccinated, account for 38 of the cases.",
        "Thirty-eight of the cases were babies younger than nine months, too young to be vaccinated.",
        [],
        "younger than nine months is below nine months",
    ),
    (
        "Food prices rose 9.2% year on year in May, the planning office said.",
        "Consumer prices overall rose 3.9% in the year to May, the planning office said.",
        [],
        "food prices are not consumer prices overall",
    ),
    (
        "Food inflation rose to 9.2% in May, the planning office said.",
        "Food prices were 9.6% higher in May than a year earlier, the planning office said.",
        [["9.2%", "9.6%"]],
        "food prices still meet food inflation",
    ),
    (
        "The government will pay wheat importers a premium of 16 dirhams per quintal until December.",
        "The government will pay wheat importers a premium of 160 dirhams a tonne until December.",
        [],
        "16 a quintal is 160 a tonne",
    ),
    (
        "The government will pay wheat importers a premium of 16 dirhams per quintal until December.",
        "The government will pay wheat importers a premium of 190 dirhams a tonne until December.",
        [["16 dirhams", "190 dirhams", "contradiction"]],
        "19 a quintal is not 16",
    ),
    (
        "A 50-kg sack of flour now costs 260 dirhams in Casablanca, millers said.",
        "The premium paid to flour millers for wheat in Casablanca is 160 dirhams a tonne, millers said.",
        [],
        "a price per tonne is not a sack's price",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "why"), PROBES, ids=[p[3] for p in PROBES])
def test_prices_and_scales(a: str, b: str, expected: list[list[str]], why: str) -> None:
    found = probe_conflicts(a, b)
    assert conflicts_match(expected, found), (why, found)
