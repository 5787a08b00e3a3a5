# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of readings that real multi-outlet news showed wrong: a conversion no exchange rate could give (a stray
space cut "£1.7 million" to "£1"), a figure told "earlier this year" (another event's), and a count of one sort
of charge against a breakdown that holds it ("two counts of murder" against "two counts of murder, one count of
attempted murder"), the least of a term served before parole, the same list of charges in both reports, counts of
two offences, "all but four of the victims", a span that says how often ("every 90 days"), a death sentence, a toll
"including himself", what someone "could be sentenced to", and a figure of any such thing ("A magnitude 6 quake can cause severe
damage"). Each probe is a sentence of our own, not taken from a labelled set or a data set."""

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


@pytest.mark.parametrize(
    "text",
    [
        "Last summer, one man was killed and six were hurt when gunmen fired into a crowd at the same park.",
        "Last winter a fire in the same block killed three tenants.",
        "The river flooded 200 homes last autumn.",
    ],
)
def test_a_season_gone_by_looks_back(text: str) -> None:
    assert list(looking_back(text))


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people have died since last summer.",
        "It was the hottest day of the summer, and 14 people were treated for heatstroke.",
    ],
)
def test_a_season_up_to_today_does_not_look_back(text: str) -> None:
    assert not list(looking_back(text))


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


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("By Sunday all but four of the victims had been released from the hospital.", "four"),
        ("All except three of the houses were saved.", "three"),
        ("The board reviews each case every 90 days.", "90 days"),
        ("Trains ran every 20 to 30 minutes during the strike.", "20 to 30 minutes"),
    ],
)
def test_those_left_out_and_how_often_are_no_figures(text: str, figure: str) -> None:
    assert figure not in [c.text for c in extract_claims(text, "s1.1")]


def test_a_death_sentence_is_no_death() -> None:
    assert [(c.text, c.predicate) for c in extract_claims("Three jurors refused to impose a death sentence.", "s1.1")] == [("Three", None)]
    assert [(c.text, c.predicate) for c in extract_claims("Three people were sentenced to death.", "s1.1")] != []


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
    ("Smith has been charged with two counts of assault and one count of murder.",
     "Smith has been charged with two counts of assault and one count of murder.",
     [], "charges catch: the same list of charges in both"),
    ("Smith has been charged with two counts of assault and one count of murder.",
     "Smith has been charged with three counts of assault and one count of murder.",
     [["two", "three", "contradiction"]], "charges leave-alone: two counts of assault against three"),
    ("Smith has been charged with two counts of murder.",
     "Smith has been charged with one count of illegal gun possession.",
     [], "offences catch: counts of two offences"),
    ("Smith has been charged with two counts of murder.",
     "Smith has been charged with three counts of murder.",
     [["two", "three", "contradiction"]], "offences leave-alone: counts of one offence"),
    ("Nine of the victims have been released from the hospital.",
     "By Sunday all but four of the victims had been released from the hospital.",
     [], "all but catch: the four are those not released"),
    ("The three people killed in the factory shooting were named Friday.",
     "Four were killed including himself, the gunman, in the factory shooting.",
     [], "attacker catch: four with himself are three victims"),
    ("The three people killed in the factory shooting were named Friday.",
     "Four people were killed in the factory shooting.",
     [["three", "Four", "contradiction"]], "attacker leave-alone: four killed against three"),
    ("Three jurors refused to impose a death sentence in the murder trial.",
     "The gunman killed four people, the murder trial heard.",
     [], "death sentence catch: jurors are no toll"),
    ("He could be sentenced to up to 119 years in prison for the shooting.",
     "The jury sentenced him to 20 years in prison for the shooting.",
     [], "could be sentenced catch: the most he could get is no term given"),
    ("He was sentenced to 25 years in prison for the shooting.",
     "The jury sentenced him to 20 years in prison for the shooting.",
     [["25 years", "20 years", "contradiction"]], "could be sentenced leave-alone: two terms given"),
    ("A magnitude 6 quake can cause severe damage near the coast, experts said.",
     "A magnitude 5.4 quake struck near the coast on Sunday, experts said.",
     [], "general catch: what any such quake can do is no figure of this one"),
    ("A 30-metre wave could reach the coast within an hour, experts said.",
     "A 10-metre wave reached the coast within an hour, experts said.",
     [], "general catch: a wave that could come is no wave that came"),
    ("A magnitude 6 quake struck near the coast on Sunday, experts said.",
     "A magnitude 5.4 quake struck near the coast on Sunday, experts said.",
     [["magnitude 6", "magnitude 5.4", "contradiction"]], "general leave-alone: two magnitudes of one quake"),
    ("Hiller was charged with two counts of murder, one count of attempted murder and aggravated assault.",
     "Hiller has been charged with two counts of murder, prosecutors said.",
     [], "kinds catch: two counts of murder are the murder counts, not all the charges"),
    ("The accused has been charged with four counts of first-degree murder and six counts of attempted murder.",
     "The accused, a former student, faces four counts of first-degree murder and six of attempted murder.",
     [], "kinds catch: first-degree murder named whole, attempted murder only by a word the two share"),
    ("Hiller was charged with two counts of murder, one count of attempted murder and aggravated assault.",
     "Hiller has been charged with four counts, prosecutors said.",
     [["two", "four", "contradiction"]], "kinds leave-alone: four counts against three in all"),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "label"), PROBES, ids=[p[3][:60] for p in PROBES])
def test_real_news_probe(a: str, b: str, expected: list[list[str]], label: str) -> None:
    got = probe_conflicts(a, b)
    assert conflicts_match(expected, got), got
