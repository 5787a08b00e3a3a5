# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of the most a rule allows and of a danger level, set apart from what was measured: "can reach 3 per cent",
"are limited to 100 km/h", "the flood danger level is 9.50 m". Sentences of our own."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    (
        "Under the act, penalty surcharges can reach 3 per cent of a company's total revenue.",
        "The fine works out at roughly 2.1% of the company's annual revenue, the regulator said.",
        [],
        "the most a fine can reach is not the fine",
    ),
    (
        "Initial analysis indicates that the coach was travelling at 97 km/h before it left the road.",
        "Coaches are limited to 100 km/h on German motorways, and the coach was travelling before it left the road.",
        [],
        "a speed limit is not the speed",
    ),
    (
        "The flood danger level at the Makurdi gauge is 9.50 m, so riverside settlements remain inundated.",
        "The Benue River crested at nearly 37 feet on the Makurdi gauge.",
        [],
        "a danger level is not the reading",
    ),
    (
        "In the last financial year the company harvested 41,000 tonnes of salmon.",
        "Its marine leases allow it to farm up to 55,000 tonnes of salmon a year.",
        [],
        "what a licence allows is not the harvest",
    ),
    (
        "Public debt is projected at 57.8% of GDP, below the constitutional limit of 60% of GDP.",
        "Public debt is heading for 67 per cent of GDP by the end of next year.",
        [],
        "a constitutional limit is not the debt",
    ),
    (
        "Production rose 6% to a record 41.3 million tonnes at the Karlee hub, the company said.",
        "The Karlee hub is built to produce 30 million tonnes a year, the company said.",
        [],
        "what a plant is built to produce is not its output",
    ),
    (
        "Nearly 1,500 guests had been invited to the wedding, the bride's uncle said.",
        "Around twelve hundred guests attended the wedding lunch, the bride's uncle said.",
        [],
        "those invited are not those who came",
    ),
    (
        "At 05:00 the water level stood at 981.46 m, which is 0.54 m below the Full Reservoir Level.",
        "At its full reservoir level of 982 m, the reservoir holds about 214 million cubic metres of water.",
        [],
        "how far below a level is not the level, and the full level is not the level reached",
    ),
    (
        "The water level in the reservoir stood at 2,386.86 ft at 17:00 hrs, engineers said.",
        "The reservoir has a maximum permitted level of 2,403 feet, and engineers said they were watching inflows.",
        [],
        "a maximum permitted level is not the level",
    ),
    (
        "The four shutters of the dam were lifted 1.2 metres early on Thursday, engineers said.",
        "Engineers opened the dam's shutters as the reservoir filled to just 54 centimetres below its maximum level.",
        [],
        "a margin below a level is no opening of the gates",
    ),
    (
        "The Benue River crested at 9.2 metres on the Makurdi gauge, officials said.",
        "The Benue River crested at nearly 37 feet on the Makurdi gauge.",
        [["9.2 metres", "nearly 37 feet"]],
        "two readings still meet",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "why"), PROBES, ids=[p[3] for p in PROBES])
def test_limits_and_thresholds(a: str, b: str, expected: list[list[str]], why: str) -> None:
    found = probe_conflicts(a, b)
    assert conflicts_match(expected, found), (why, found)
