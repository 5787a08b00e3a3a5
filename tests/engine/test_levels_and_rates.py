# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of a level set for a figure beside the figure itself, and of a central bank's rate beside inflation: "just
below the 5% threshold on 4.9%", "a spending envelope of 86bn pesos, leaving a deficit target of 2.9%", "cut its
lending rate by 50 basis points to 7.5%". Sentences of our own."""

from __future__ import annotations

import pytest

from engine.conflicts import claim_modes
from engine.sources import source_from_text
from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    (
        "The Farmers' League was stuck just under the 5% threshold on 4.7% with most ballots counted.",
        "The Farmers' League won 4.5% of the vote and will have no seats.",
        [["4.7%", "4.5%"]],
        "the threshold beside a share does not hide the share",
    ),
    (
        "Annual inflation rose to 5.2% in May, from 4.9% in April, the statistics office said.",
        "The central bank cut its benchmark lending rate by 50 basis points to 7.5% on Thursday, saying annual inflation remained close to its 4% target.",
        [],
        "a lending rate is not inflation",
    ),
    (
        "Annual inflation rose to 5.2% in May, the statistics office said.",
        "The central bank held its lending rate at 7.5% on Thursday as annual inflation rose to 5.4% in May.",
        [["5.2%", "5.4%"]],
        "inflation beside a lending rate still meets inflation",
    ),
    (
        "Annual goods inflation was 3.3% and annual services inflation was 3.9% in September.",
        "Yesterday Stats SA said annual inflation rose to 3.6% in September, with prices up 0.4% on the month.",
        [],
        "services inflation is not the headline rate",
    ),
    (
        "Petrol prices rose 3% in September, according to the statistics office.",
        "The statistics office reported that inflation rose to 3.6% in September.",
        [],
        "petrol prices are not inflation",
    ),
    (
        "Annual services inflation was 3.9% in September, the statistics office said.",
        "Services inflation ran at 4.1% in September, the statistics office said.",
        [["3.9%", "4.1%"]],
        "services inflation meets services inflation",
    ),
    (
        "Transport contributed 0.3 of a percentage point to annual inflation in September, the office said.",
        "The statistics office reported that annual inflation had risen by 0.2 percentage points to 3.6% in September.",
        [],
        "what a part contributed to inflation is not inflation's rise",
    ),
    (
        "Transport prices contributed 0.3 of a percentage point to annual inflation in September.",
        "Transport prices contributed 0.5 of a percentage point to annual inflation in September, the office said.",
        [["0.3 of a percentage point", "0.5 of a percentage point"]],
        "two contributions of one part meet",
    ),
    (
        "This is 0.2 percentage points higher than the advance estimate of 5.1% released in October.",
        "The economy expanded 5.3% in the July-September quarter from a year earlier, revised up from a first estimate.",
        [],
        "an advance estimate is not the revised figure",
    ),
    (
        "The advance estimate of 5.1% was released in October, the statistics department said.",
        "The statistics department's flash estimate of 5.2% was released in October, the department said.",
        [["5.1%", "5.2%"]],
        "two reports of one advance estimate meet",
    ),
    (
        "In the old town, the Thu Bon rose 1.2 metres in three hours this afternoon, residents said.",
        "Further down the basin, the Thu Bon in the old town reached about 4.2 metres this afternoon.",
        [],
        "a river's rise is not the level it reached",
    ),
    (
        "The Aske rose 1.2 metres in three hours at Kelby Bridge on Tuesday.",
        "The Aske rose 2.5 metres in three hours at Kelby Bridge on Tuesday.",
        [["1.2 metres", "2.5 metres"]],
        "two rises of one river meet",
    ),
    (
        "A lava flow on the north flank had advanced 4.5 km from the crater by noon.",
        "Lava had crept about four and a half kilometres down the north flank of the volcano by noon.",
        [],
        "a length told before 'down' is no fall",
    ),
]

MODES = [
    ("The Farmers' League was stuck just under the 5% threshold on 4.7% with most ballots counted.", {"5%": "target"}),
    ("The Greens cleared the threshold with 5.3% of the vote.", {}),
    ("Parties must clear a threshold of 5% to win seats.", {"5%": "target"}),
    (
        "The plan counts on 71bn pesos of revenue against a spending envelope of 86bn pesos, leaving a deficit target of 2.9% of GDP.",
        {"2.9%": "target"},
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "why"), PROBES, ids=[p[3] for p in PROBES])
def test_levels_and_rates(a: str, b: str, expected: list[list[str]], why: str) -> None:
    found = probe_conflicts(a, b)
    assert conflicts_match(expected, found), (why, found)


@pytest.mark.parametrize(("text", "expected"), MODES, ids=[m[0][:40] for m in MODES])
def test_the_level_is_the_figure_its_words_name(text: str, expected: dict[str, str]) -> None:
    source = source_from_text("Intro.\n\n" + text)
    modes = claim_modes(source.sentences)
    assert {c.text: modes[c.id] for c in source.claims if c.id in modes} == expected
