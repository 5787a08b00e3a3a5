# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of the sums of a court or crime story: a fine, bail, bribes, a sum taken and damages are set against their
like, never against each other, whatever other sums the sentences give. Sentences of our own."""

from __future__ import annotations

import pytest

from engine.conflicts import _sum_purpose
from engine.sources import source_from_text
from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    (
        "Judge Choi convicted Han of embezzling 12.4 billion won from the shipbuilder and fined him 3 billion won.",
        "The 30 billion won fine imposed on Han is hefty by Korean standards.",
        [["3 billion won", "30 billion won", "contradiction"]],
        "a fine against a fine, not against the sum embezzled",
    ),
    (
        "Lee was convicted of embezzling $4.2 million from the charity and fined $1.5 million.",
        "The court fined Lee $3.6 million over the charity fraud.",
        [["$1.5 million", "$3.6 million", "contradiction"]],
        "a fine against a fine, not against the nearer sum embezzled",
    ),
    (
        "The former mayor took 850 million won in bribes and was fined 1.2 billion won.",
        "The former mayor, fined 1.7 billion won, took bribes of 850 million won.",
        [["1.2 billion won", "1.7 billion won", "contradiction"]],
        "bribes agree; the fines differ",
    ),
    (
        "Mahlangu was released on bail of 500,000 rand until sentencing, the court ordered.",
        "Mahlangu was fined 200,000 rand and released until sentencing, the court ordered.",
        [],
        "bail is no fine",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "why"), PROBES, ids=[p[3] for p in PROBES])
def test_sums_of_a_court_story(a: str, b: str, expected: list[list[str]], why: str) -> None:
    found = probe_conflicts(a, b)
    assert conflicts_match(expected, found), (why, found)


@pytest.mark.parametrize(
    ("text", "purposes"),
    [
        ("He was fined £264.8m by the regulator.", ["fine"]),
        ("The firm faces a penalty of up to $10 million.", ["fine"]),
        ("Bail was set at R50,000.", ["bail"]),
        ("He took 850 million won in bribes from developers.", ["bribes"]),
        ("He extorted R2m in bribes from drivers.", ["bribes"]),  # the words after it tell first
        ("Prosecutors said he stole more than $3 million from clients.", ["taken"]),
        ("The company was ordered to pay $2 million in damages.", ["damages"]),
        ("He pocketed Rp 12.8 billion from the contractor.", [None]),  # a sum changed hands; which, the words do not say
        ("Revenue rose to $5 billion, and the company paid a fine.", [None]),
    ],
)
def test_what_a_sum_of_a_court_story_is(text: str, purposes: list[str | None]) -> None:
    (sentence,) = source_from_text("Court\n\n" + text, "a.txt", "s1").sentences
    assert [_sum_purpose(sentence, c) for c in sentence.claims] == purposes
