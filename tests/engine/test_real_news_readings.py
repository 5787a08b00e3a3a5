# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of readings that real multi-outlet news showed wrong: a conversion no exchange rate could give (a stray
space cut "£1.7 million" to "£1"), a figure told "earlier this year" (another event's), and a count of one sort
of charge against a breakdown that holds it ("two counts of murder" against "two counts of murder, one count of
attempted murder"), and the least of a term served before parole. Each probe is a sentence of our own, not taken from a labelled set or a data set."""

from __future__ import annotations

import pytest

from engine.claims import extract_claims, looking_back
from engine.conflicts import exchange_rates
from engine.sources import source_from_text
from tests.engine.cases import conflicts_match, probe_conflicts


def _rates(text: str) -> dict[tuple[str, str], float]:
    return exchange_rates(source_from_text("Report\n\n" + text, "s1").sentences)


def test_a_conversion_no_rate_could_give_is_no_rate() -> None:
    assert ("EUR", "GBP") not in _rates("Thieves grabbed watches worth an estimated two million euros (£1. 7 million).")
    rates = _rates("Thieves grabbed watches worth an estimated two million euros (£1.7 million).")
    assert rates[("EUR", "GBP")] == pytest.approx(0.85)


@pytest.mark.parametrize(
    "text",
    [
        "Earlier this year, a lecturer was charged with murder in a campus shooting that killed three.",
        "The same dam burst earlier this month, flooding 40 homes.",
    ],
)
def test_earlier_this_year_looks_back(text: str) -> None:
    assert list(looking_back(text))


def test_the_same_day_does_not_look_back() -> None:
    assert not list(looking_back("Earlier today, a gunman killed three people at the factory."))


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        ("He has been sentenced to serve at least seven years in prison before becoming eligible for parole.", "at least seven years", "minimum term"),
        ("He must serve 15 years before he can apply for parole.", "15 years", "minimum term"),
        ("He was jailed for life with a minimum term of 22 years.", "22 years", "minimum term"),
        ("She was jailed for 12 years and will be eligible for parole after eight years.", "12 years", "prison term"),
        ("She was jailed for 12 years and will be eligible for parole after eight years.", "eight years", "minimum term"),
        ("He was jailed for 12 years before the law changed.", "12 years", "prison term"),
    ],
)
def test_the_least_of_a_term_served_before_parole_is_no_prison_term(text: str, written: str, subject: str) -> None:
    assert any(c.text == written and c.subject == subject for c in extract_claims(text, "s1.1"))


# fmt: off
PROBES = [
    ("Thieves grabbed watches worth an estimated two million euros (£1. 7 million) from the shop in Paris.",
     "Thieves grabbed watches worth £1.7m from the shop in Paris, police said.",
     [], "rate catch: no rate gives two million euros for one pound"),
    ("A man who shot his girlfriend has been sentenced to serve at least seven years in prison before becoming eligible for parole.",
     "A man who shot his girlfriend has been sentenced to 20 years in prison.",
     [], "parole catch: the least served before parole is not the term"),
    ("A man who shot his girlfriend has been sentenced to 18 years in prison.",
     "A man who shot his girlfriend has been sentenced to 20 years in prison.",
     [["18 years", "20 years", "contradiction"]], "parole leave-alone: two terms"),
    ("Hiller was charged with two counts of murder, one count of attempted murder and aggravated assault.",
     "Hiller has been charged with two counts of murder, prosecutors said.",
     [], "kinds catch: two counts of murder are the murder counts, not all the charges"),
    ("Hiller was charged with two counts of murder, one count of attempted murder and aggravated assault.",
     "Hiller has been charged with four counts, prosecutors said.",
     [["two", "four", "contradiction"]], "kinds leave-alone: four counts against three in all"),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "label"), PROBES, ids=[p[3][:60] for p in PROBES])
def test_real_news_probe(a: str, b: str, expected: list[list[str]], label: str) -> None:
    got = probe_conflicts(a, b)
    assert conflicts_match(expected, got), got
