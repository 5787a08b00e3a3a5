"""Probes for how sums in more currencies are read and for the words that tell what a figure is about.

Each probe is a sentence of our own, not taken from a labelled set."""

from __future__ import annotations

import pytest

from engine.claims import extract_claims
from engine.conflicts import _pair_claims
from engine.lexicon import stem_of
from engine.models import Kind
from engine.sources import source_from_text
from tests.engine.cases import probe_conflicts


def _claims(text: str) -> list[tuple[str, str, str | None]]:
    source = source_from_text(text, source_id="s1")
    return [(c.text, c.kind.value, c.quantity.unit) for s in source.sentences for c in s.claims]


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("The ministry will spend GH¢312.4 billion next year.", "GH¢312.4 billion", "GHS"),
        ("Bus fares rose to GH₵5 on Monday.", "GH₵5", "GHS"),
        ("The fund holds ₵40 million.", "₵40 million", "GHS"),
        ("The bridge cost ৳12 crore to build.", "৳12 crore", "BDT"),
        ("Hanoi set aside ₫24 billion for repairs.", "₫24 billion", "VND"),
        ("The fine was ₪3.5 million.", "₪3.5 million", "ILS"),
        ("Exports fell to ฿40 billion.", "฿40 billion", "THB"),
        ("The loan is worth ₸900 million.", "₸900 million", "KZT"),
        ("Cairo raised EGP 12 billion in bonds.", "EGP 12 billion", "EGP"),
        ("The reform will cost 16.4 billion zł next year.", "16.4 billion zł", "PLN"),
        ("The minimum pension rises to 2 100 zł a month.", "2 100 zł", "PLN"),
    ],
)
def test_sums_in_more_currencies_are_money(text: str, written: str, unit: str) -> None:
    assert (written, Kind.MONEY.value, unit) in _claims(text)


@pytest.mark.parametrize("text", ["Delegates at COP 29 met in Baku.", "The COP30 summit opened in Belem."])
def test_the_climate_conference_is_no_sum_of_pesos(text: str) -> None:
    assert all(kind != Kind.MONEY.value for _, kind, _ in _claims(text))


def test_pesos_written_cop_are_still_money() -> None:
    assert ("COP 5,000 million", Kind.MONEY.value, "COP") in _claims("The contract is worth COP 5,000 million.")


def test_a_plan_is_not_a_fraud() -> None:
    # "scheme" is a fraud and a plan alike; a budget plan must not share a concept with a swindle
    assert stem_of("plans") != stem_of("scam")
    assert stem_of("proposal") == stem_of("plan")
    assert stem_of("ponzi") == stem_of("fraud")


def test_time_and_scale_words_do_not_pick_a_partner() -> None:
    # "next year" and "billion" sit by every sum of a budget: the word that tells what the sum is ("spend",
    # "spending") picks the partner
    a = source_from_text("The government plans to spend GH¢312.4 billion next year, the minister said.", source_id="a")
    b = source_from_text(
        "The Treasury pencils in GH¢269bn of revenue and grants next year against a spending envelope of GH¢321bn.",
        source_id="b",
    )
    pairs = _pair_claims(a.sentences[-1], b.sentences[-1])
    assert [(x.text, y.text) for x, y, _, _ in pairs] == [("GH¢312.4 billion", "GH¢321bn")]


def test_claims_of_a_sum_in_cedis_keep_their_figure() -> None:
    claims = extract_claims("Revenue is projected at GH¢268.9 billion.", "s1.1")
    assert [c.quantity.nominal for c in claims if c.kind is Kind.MONEY] == [268.9e9]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In 2019 nurses went on strike for a week.", "2019"),
        ("In 2023 our members voted to strike.", "2023"),
        ("Unlike the 2022 floods, the water receded within a day.", "2022"),
        ("Turnout was higher than in the 2024 municipal elections.", "2024"),
        ("Its 2024 accounts show a loss.", "2024"),
        ("The 2023 wage protests drew bigger crowds.", "2023"),
    ],
)
def test_a_year_before_a_plural_noun_is_a_year(text: str, year: str) -> None:
    claims = _claims(text)
    assert (year, Kind.DATE.value, "year") in claims
    assert all(kind != Kind.COUNT.value for _, kind, _ in claims)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Power was cut in 1500 homes.", "1500"),  # no year of ours
        ("Police evacuated 2021 tourists from the hotels.", "2021"),  # no preposition of time, no event
        ("About 2000 people marched.", "About 2000"),  # a hedge counts
        ("The 2,019 nurses who struck were paid.", "2,019"),
    ],
)
def test_a_count_of_that_size_still_counts(text: str, written: str) -> None:
    assert (written, Kind.COUNT.value, None) in _claims(text)


def test_taking_part_and_participating_are_one_stem() -> None:
    assert stem_of("participated") == stem_of("participants") == stem_of("attended") == stem_of("attendance")


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        # a hyphen between a number and its scale
        ("The fund alone lost R72-million.", "R72-million", 72e6, "ZAR"),
        ("The city valued the lease at R2.4-billion.", "R2.4-billion", 2.4e9, "ZAR"),
        ("The arena cost $3.5-million to refit.", "$3.5-million", 3.5e6, "USD"),
        ("The bridge will cost Rs 45-crore.", "Rs 45-crore", 45e7, "INR"),
        # a rand sum without a scale, in grouped digits or told as paid
        ("Each nurse gets a once-off R3 000 payment.", "R3 000", 3000.0, "ZAR"),
        ("Each nurse gets a once-off payment of R3,500.", "R3,500", 3500.0, "ZAR"),
        ("The cut saves R212 a month.", "R212", 212.0, "ZAR"),
        ("The monthly instalment drops by R180.", "R180", 180.0, "ZAR"),
        ("Guards earn R45 per hour.", "R45", 45.0, "ZAR"),
    ],
)
def test_sums_written_as_outlets_write_them(text: str, written: str, value: float, unit: str) -> None:
    claims = [c for c in extract_claims(text, "s1.1") if c.text == written]
    assert claims and claims[0].quantity.nominal == pytest.approx(value) and claims[0].quantity.unit == unit


@pytest.mark.parametrize(
    "text",
    ["Take the R61 towards Cape Town.", "The R102 was closed after the crash.", "He rode an SR45 motorbike."],
)
def test_a_road_or_a_model_is_no_sum(text: str) -> None:
    assert not [c for c in extract_claims(text, "s1.1") if c.kind is Kind.MONEY]



@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # what an amount is compared with is no hedged span
        ("Phones now make up a third of exports, 4.1 percentage points more than a year ago.", []),
        ("The airline carried 9.2 million passengers, 6% more than a year earlier.", []),
        # a hedged span is still one
        ("The plant has been idle for more than a year.", ["more than a year"]),
        ("It happened more than two years ago.", ["more than two years"]),
    ],
)
def test_more_than_after_an_amount_compares(text: str, spans: list[str]) -> None:
    assert [c.text for c in extract_claims(text, "s1.1") if c.kind is Kind.DURATION] == spans


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("The union will strike on 3 and 4 March.", ["3", "4 March"]),
        ("The union will strike on March 3 and 4 if no deal is reached.", ["March 3", "4"]),
        ("Hearings are set for 7, 8 and 9 May.", ["7", "8", "9 May"]),
        # a count after a date is no day of it
        ("As of 11 June, 11 infants had tested positive.", ["11 June"]),
    ],
)
def test_days_beside_a_date_are_dates(text: str, dates: list[str]) -> None:
    assert [c.text for c in extract_claims(text, "s1.1") if c.kind is Kind.DATE] == dates


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (  # a sum demanded is not the sum granted
            "The farmers' federation is demanding compensation of ₹35,000 per hectare for every affected farmer.",
            "An input subsidy of ₹17,500 per hectare has been sanctioned for every affected farmer.",
            [],
        ),
        (  # two sums demanded meet
            "The farmers' federation is demanding compensation of ₹35,000 per hectare for every affected farmer.",
            "The farmers' federation demanded ₹25,000 per hectare for every affected farmer.",
            [["₹35,000", "₹25,000", "contradiction"]],
        ),
        (  # two sums granted meet
            "An input subsidy of ₹17,500 per hectare has been sanctioned for every affected farmer.",
            "An input subsidy of ₹15,000 per hectare has been sanctioned for every affected farmer.",
            [["₹17,500", "₹15,000", "contradiction"]],
        ),
    ],
)
def test_a_sum_demanded_is_compared_with_sums_demanded(a: str, b: str, expected: list[list[str]]) -> None:
    assert probe_conflicts(a, b) == expected
