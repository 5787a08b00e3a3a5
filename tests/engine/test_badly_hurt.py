# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of counts of the badly hurt, a part of all the injured set against its like whatever words tell it ("in a
critical condition", "are critical"), and of look-alikes that tell no one's condition. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

INJURED = "Forty people were injured in the crush at the stadium gate on Saturday."
INJURED_TOO = "Forty people were hurt when the crowd surged at the stadium gate on Saturday."

# fmt: off
PROBES = [
    (
        f"{INJURED} Four of the injured are battling for their lives with severe burns, doctors said.",
        f"{INJURED_TOO} Three of the injured are in a critical condition at the district hospital.",
        [["Four", "Three", "contradiction"]],
        "'battling for their lives' against 'in a critical condition'",
    ),
    (
        "Rescuers pulled 17 miners out alive. Three of them are in critical condition at the regional hospital.",
        "Rescuers pulled 17 miners out alive. Two of the rescued miners are in a critical condition at the regional hospital.",
        [["Three", "Two", "contradiction"]],
        "some of the rescued in a critical condition are the badly hurt too",
    ),
    (
        f"{INJURED} Of them, 9 persons are in a critical condition and are being treated in the ICU.",
        f"{INJURED_TOO} He said 11 of the injured are critical and have been moved to intensive care.",
        [["9", "11", "contradiction"]],
        "'in a critical condition' against 'are critical'",
    ),
    (
        f"{INJURED} Three of them remain critical, the hospital said.",
        f"{INJURED_TOO} Five people are in a serious condition in hospital.",
        [["Three", "Five", "contradiction"]],
        "'remain critical' against 'in a serious condition'",
    ),
    (
        f"{INJURED} Doctors said 9 of the injured were in a critical condition.",
        f"{INJURED_TOO} Nine of them are still critical, doctors said.",
        [],
        "the same count in other words",
    ),
    (
        f"{INJURED} Of them, 9 were seriously hurt.",
        f"{INJURED_TOO} Police said 11 fans suffered serious injuries.",
        [["9", "11", "contradiction"]],
        "'suffered serious injuries' against 'seriously hurt'",
    ),
    (
        f"{INJURED} Of them, 9 were seriously hurt.",
        f"{INJURED_TOO} Police said nine fans sustained serious injuries.",
        [],
        "'sustained serious injuries': the same nine",
    ),
    (
        f"{INJURED} Twelve fans were critical of the stewards.",
        f"{INJURED_TOO} Five people are in a serious condition in hospital.",
        [],
        "'critical of' tells an opinion, not a condition",
    ),
    (
        f"{INJURED} Organisers said 30 stewards are serious about safety.",
        f"{INJURED_TOO} Five people are in a serious condition in hospital.",
        [],
        "'serious about' tells an attitude",
    ),
    (
        "About 250 guests fell ill after the wedding lunch. Three children are in the paediatric intensive care unit at the district hospital.",
        "About 250 guests fell ill after the wedding lunch. Four children are critical, doctors at the district hospital said.",
        [["Three", "Four", "contradiction"]],
        "'are in the intensive care unit' against 'are critical'",
    ),
    (
        "About 250 guests fell ill after the wedding lunch. Three children are in the paediatric intensive care unit at the district hospital.",
        "About 250 guests fell ill after the wedding lunch. Four children were taken to the district hospital.",
        [],
        "those in intensive care are some of those in hospital",
    ),
    (
        "Eleven newborn babies in the intensive care unit of the hospital have tested positive for the bacterium.",
        "Thirteen newborns at the hospital have tested positive for the bacterium.",
        [["Eleven", "Thirteen", "contradiction"]],
        "babies in an intensive care unit, where they are, still count the babies",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "why"), PROBES, ids=[p[3] for p in PROBES])
def test_counts_of_the_badly_hurt(a: str, b: str, expected: list[list[str]], why: str) -> None:
    found = probe_conflicts(a, b)
    assert conflicts_match(expected, found), (why, found)

