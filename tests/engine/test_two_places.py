# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of figures told of two named places ("In Quebec, the unemployment rate was 5.8%" and "In Alberta, the
jobless rate held at 7.1%"), set apart, and of names after "in" that are no place: a company one holds shares or a
stake in. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    (
        "In Quebec, the unemployment rate was 5.8% in October, the agency said.",
        "In Alberta, the jobless rate held at 7.1% in October, the agency said.",
        [],
        "two provinces' rates",
    ),
    (
        "Only 2mm of rain fell in Taihape overnight, the MetService said.",
        "Four millimetres of rain fell in Waiouru overnight, the MetService said.",
        [],
        "two towns' rainfall",
    ),
    (
        "Only 2mm of rain fell in Taihape overnight, the MetService said.",
        "Four millimetres of rain fell in Taihape overnight, the MetService said.",
        [["2mm", "Four millimetres"]],
        "one town's rainfall still meets",
    ),
    (
        "In Quebec, the unemployment rate was 5.8% in October, the agency said.",
        "The unemployment rate in Quebec rose to 6.1% in October, the agency said.",
        [["5.8%", "6.1%"]],
        "one province named twice still meets",
    ),
    (
        "The earthquake killed 31 people in the two districts, officials said.",
        "Dhara district alone has recorded 24 deaths, its chief district officer said.",
        [],
        "one district alone is part of the toll",
    ),
    (
        "The company said the stoppage was costing it about 4,100 vehicles a day at its Ulsan complex alone.",
        "Each day of the strike costs the company about 5,800 vehicles, the union said.",
        [],
        "one of a company's sites alone is part of its losses",
    ),
    (
        "One man, 34, was pronounced dead at the scene, police said.",
        "Two construction workers were killed when the crane fell, police said.",
        [],
        "one who died at the scene is some of the toll, an age between them or not",
    ),
    (
        "Floods killed at least 22 people in the valley, police said.",
        "Of these, 17 deaths were recorded in Kathmandu district, 14 in Lalitpur and 6 in Bhaktapur.",
        [],
        "a list of places' counts holds no toll",
    ),
    (
        "Of these, 17 deaths were recorded in Kathmandu district, 14 in Lalitpur and 6 in Bhaktapur.",
        "Of these, 19 deaths were recorded in Kathmandu district, 14 in Lalitpur and 6 in Bhaktapur.",
        [["17", "19"]],
        "two lists of places' counts still meet",
    ),
    (
        "Officials said 1,148 houses have been damaged across the state, including 64 destroyed.",
        "In the district, 312 houses have been fully or partly damaged, revenue officials said.",
        [],
        "a district's houses are some of the state's",
    ),
    (
        "Officials said 1,148 houses have been damaged across the state, including 64 destroyed.",
        "Revenue officials said 1,310 houses have been damaged across the state.",
        [["1,148", "1,310"]],
        "the state's houses still meet the state's",
    ),
    (
        "Nordfjell already owns a 6.8% stake in the Tasmanian company, filings show.",
        "Nordfjell already holds a stake of almost 9% in Coralhaven, filings show.",
        [["6.8%", "almost 9%"]],
        "a stake in a company is no place",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "why"), PROBES, ids=[p[3] for p in PROBES])
def test_two_places(a: str, b: str, expected: list[list[str]], why: str) -> None:
    found = probe_conflicts(a, b)
    assert conflicts_match(expected, found), (why, found)
