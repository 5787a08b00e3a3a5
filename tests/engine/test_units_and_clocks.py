"""Probes for figures written in ways the first readings missed: times of day in words or with the part of the day,
cubic metres as symbols, and a length's conversion in brackets.

Each probe is a sentence of our own, not taken from a labelled set."""

from __future__ import annotations

import pytest

from engine.claims import extract_claims, looking_back
from engine.lexicon import stem_of
from engine.models import Kind
from tests.engine.cases import probe_conflicts


def _figures(text: str) -> list[tuple[str, str, str | None, float | None]]:
    return [(c.text, c.kind.value, c.quantity.unit, c.quantity.nominal) for c in extract_claims(text, "s1.1")]


@pytest.mark.parametrize(
    ("text", "written", "minutes"),
    [
        ("The wall failed at roughly ten past four on Tuesday.", "ten past four", 4 * 60 + 10),
        ("The siege ended at half past six.", "half past six", 6 * 60 + 30),
        ("They set off at a quarter to five in the morning.", "a quarter to five in the morning", 4 * 60 + 45),
        ("It struck at twenty past three in the afternoon.", "twenty past three in the afternoon", 15 * 60 + 20),
        ("Police went in at twenty-five to six pm.", "twenty-five to six pm", 17 * 60 + 35),
        ("Until half past eleven the road stayed shut.", "half past eleven", 11 * 60 + 30),
        ("The fire started at 6:40 in the evening.", "6:40 in the evening", 18 * 60 + 40),
        ("The ferry left at 4.10 in the morning.", "4.10 in the morning", 4 * 60 + 10),
        ("At 11.30 on Tuesday evening the roof fell in.", "11.30 on Tuesday evening", 23 * 60 + 30),
        ("The curfew begins at ten o'clock tonight.", "ten o'clock tonight", 22 * 60),
        # a 24-hour clock with a dot, when a word before it and a zone after it tell a time
        ("The valve was shut at 23.15 WIB on Friday.", "23.15", 23 * 60 + 15),
        ("Crews reached the site by 06.05 hrs.", "06.05", 6 * 60 + 5),
        ("The quake struck at about 21.40 local time.", "21.40", 21 * 60 + 40),
    ],
)
def test_times_of_day_in_words_and_with_the_part_of_the_day(text: str, written: str, minutes: int) -> None:
    assert (written, Kind.TIME.value, "min", float(minutes)) in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The committee voted ten to four against the plan.",  # a vote, not a time: nothing tells a time
        "Ten past four was never mentioned.",
        "Shares were up 4.10 in the morning session.",
        "The ferry left at 4.10 on Tuesday.",  # no part of the day, no "am": not read as a time
        "The office is open from ten to four.",  # a span's ends
        "Numbers rose by ten to four hundred.",
        "Support fell by ten to four per cent.",
        "The index closed at 23.15 points.",  # no zone after it
        "The fine was set at 21.40 euros.",
        "The strike lasted 23.15 hours.",  # no word telling a moment before it: a span
    ],
)
def test_look_alikes_are_no_times_of_day(text: str) -> None:
    assert all(kind != Kind.TIME.value for _, kind, _, _ in _figures(text))


@pytest.mark.parametrize(
    ("text", "written", "litres"),
    [
        ("The breach released 500 m³ of water.", "500 m³", 500_000.0),
        ("Approximately 2.9 hm³ of water poured out.", "Approximately 2.9 hm³", 2.9e9),
        ("The reservoir held 3.4 million cubic metres.", "3.4 million cubic metres", 3.4e9),
    ],
)
def test_cubic_metres_as_symbols_are_volumes(text: str, written: str, litres: float) -> None:
    found = [f for f in _figures(text) if f[0] == written]
    assert found and found[0][1] == Kind.MEASURE.value and found[0][2] == "L"
    assert found[0][3] == pytest.approx(litres)


def test_a_lengths_conversion_in_brackets_is_metres() -> None:
    figures = _figures("The dam is a 112ft (34m) earthfill embankment.")
    assert ("34m", Kind.MEASURE.value, "m", 34.0) in figures
    # a sum in brackets stays a sum, and "m" after a currency stays millions
    assert ("€45m", Kind.MONEY.value, "EUR", 45_000_000.0) in _figures("It cost £40m (€45m) in all.")


@pytest.mark.parametrize(
    "text",
    [
        "Anyone affected can contact Lifeline on 13 11 14 or the helpline on 1800 55 1800.",
        "Call the tip line on 1800 333 000 at any time.",
        "Residents should call the toll-free lines 767 or 112.",
        "Cases were recorded in epidemiological week 36.",
        "Officials raised the alert to level 3 on Monday.",
        "3.7 A help desk has been opened at the hospital.",  # a numbered paragraph
        "As set out in paragraph 1.2 above, the fine stands.",
        "Pulp sales were strongest in 3Q25.",  # a quarter of a year
        "All times are local (GMT+3).",
        "The crash came when train 4-117 ran a red signal.",  # a train's number
        "Report it on the helpline number 0612-555777.",
    ],
)
def test_numbers_that_dial_or_name_count_nothing(text: str) -> None:
    assert _figures(text) == []


def test_numbers_grouped_in_thousands_by_spaces_still_count() -> None:
    assert ("450 000 000", Kind.COUNT.value, None, 450_000_000.0) in _figures("The region has 450 000 000 people.")


@pytest.mark.parametrize(
    ("text", "first", "kind", "unit", "value"),
    [
        ("Inflation rose from 4.2 to 4.5 per cent in May.", "4.2", Kind.PERCENT, "%", 4.2),
        ("Rates will fall from 5.25 to 5 percent next year.", "5.25", Kind.PERCENT, "%", 5.25),
        ("The population rose from 1.2 to 1.5 million.", "1.2", Kind.COUNT, None, 1_200_000.0),
        ("Spending was cut from $12 to $10 billion.", "$12", Kind.MONEY, "USD", 12e9),
        ("The route grew from 12 to 15 miles.", "12", Kind.MEASURE, "m", 12 * 1609.344),
        ("The bill lifts the retirement age from 62 to 64.", "62", Kind.DURATION, "year", 62.0),
    ],
)
def test_the_first_figure_of_a_change_takes_the_unit_written_after_the_second(
    text: str, first: str, kind: Kind, unit: str | None, value: float
) -> None:
    found = [f for f in _figures(text) if f[0] == first]
    assert found and found[0][1] == kind.value and found[0][2] == unit
    assert found[0][3] == pytest.approx(value)


def test_a_figure_in_its_own_scale_keeps_it() -> None:
    assert ("900", Kind.COUNT.value, None, 900.0) in _figures("Users rose from 900 to 1.2 million.")
    # a range stays a range
    ranged = _figures("Estimates range from 20 to 30 per cent.")
    assert ranged == [("from 20 to 30 per cent", Kind.PERCENT.value, "%", None)]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("The retirement age, which stands at 60 for women and 65 for men, is unchanged.", ["60", "65"]),
        ("The voting age was lowered to 16.", ["16"]),
        ("Aged 40, she was the oldest of the crew.", ["40"]),
    ],
)
def test_ages_a_clause_states(text: str, ages: list[str]) -> None:
    found = [written for written, kind, unit, _ in _figures(text) if kind == Kind.DURATION.value and unit == "year"]
    assert found == ages


def test_swiss_apostrophes_group_thousands() -> None:
    assert ("1'150'932", Kind.COUNT.value, None, 1_150_932.0) in _figures("The initiative won 1'150'932 yes votes.")


def test_an_age_in_brackets_after_a_full_name() -> None:
    named = _figures("The driver, Harish Chandra (45) of Rishikesh, was hurt.")
    assert ("45", Kind.DURATION.value, "year", 45.0) in named
    # one named by initials, as reports of some countries name suspects and victims
    for text in ("One inmate, identified by the initials RS (34), died.", "A man identified as AB (27) fled."):
        ages = [(kind, unit) for written, kind, unit, _ in _figures(text) if written in ("34", "27")]
        assert ages == [(Kind.DURATION.value, "year")]
    # a tally per place in brackets stays a count, and a score is no age
    assert all(kind != Kind.DURATION.value for _, kind, _, _ in _figures("Deaths: Tamil Nadu (12), Kerala (45)."))
    assert all(kind != Kind.DURATION.value for _, kind, _, _ in _figures("Arsenal (3) beat Chelsea (1) on Sunday."))
    assert all(kind != Kind.DURATION.value for _, kind, _, _ in _figures("Seats won: PDI (12), PKB (9), NU (4)."))
    # a quarter's digit is no time of day, and "0615H" still is one
    assert ("0615H", Kind.TIME.value, "min", 375.0) in _figures("The ferry left at 0615H.")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "The government plans to raise the retirement age to 65 from 62, officials said.",
            "The bill would lift the retirement age from 62 to 64, officials said.",
            [["65", "64", "contradiction"]],
        ),
        (
            "The bill would lift the retirement age from 62 to 64, officials said.",
            "Under the bill, the retirement age rises to 64 from 62, officials said.",
            [],
        ),
    ],
)
def test_a_change_from_one_figure_to_another_sets_the_new_figures_against_each_other(
    a: str, b: str, expected: list[list[str]]
) -> None:
    assert probe_conflicts(a, b) == expected  # never the old age against the new


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("GDP is estimated to have increased by 8.22 per cent over the same period last year.", False),
        ("Exports rose 14% on the same month last year.", False),
        ("In the same period last year, 97 people died on the roads.", True),  # last year's own figure
    ],
)
def test_the_same_period_last_year_as_a_base_is_no_look_back(text: str, back: bool) -> None:
    assert bool(looking_back(text)) is back


def test_shipments_and_exports_are_one_stem() -> None:
    assert stem_of("shipments") == stem_of("exports") == stem_of("shipped")


@pytest.mark.parametrize(
    ("text", "written", "per_second"),
    [
        ("Outflow from the dam rose to 350 cumecs on Monday.", "350 cumecs", 350.0),
        ("The barrage released 12,360 cusecs overnight.", "12,360 cusecs", 12360 * 0.028316846592),
        ("The utility now pumps 600 MLD into the network.", "600 MLD", 600 * 1000 / 86400),
        # a volume a second, in words or in symbols
        ("The release peaked at 3,500 cubic metres per second.", "3,500 cubic metres per second", 3500.0),
        ("Discharge reached a peak of 3,150 m3/s.", "3,150 m3/s", 3150.0),
        ("Discharge reached 2,900 m³/s.", "2,900 m³/s", 2900.0),
        ("The dam let out 3,150 cubic metres of water every second.", "3,150 cubic metres of water every second", 3150),
        ("The river carried 12,000 cubic feet per second.", "12,000 cubic feet per second", 12000 * 0.028316846592),
    ],
)
def test_flows_are_measures_per_second(text: str, written: str, per_second: float) -> None:
    [(figure, kind, unit, value)] = _figures(text)
    assert (figure, kind, unit) == (written, Kind.MEASURE.value, "m³/s")
    assert value == pytest.approx(per_second, rel=1e-4)


def test_a_volume_without_a_rate_stays_a_volume() -> None:
    assert _figures("The tank holds 500 m3 of water.") == [("500 m3", Kind.MEASURE.value, "L", 500_000.0)]
    assert _figures("Output was 1.7 million barrels per day.")[0][2] == "L"  # a rate of output, kept in its words


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "Metrowater will now pump just 600 MLD into the city network, an engineer said.",
            "Piped supply to the city network has been cut to 650 MLD, an engineer said.",
            [["600 MLD", "650 MLD", "contradiction"]],
        ),
        (  # one flow in two units
            "The dam's shutters were raised on Thursday, releasing 350 cumecs into the river.",
            "The dam's shutters were raised on Thursday, releasing 12,360 cusecs into the river.",
            [],
        ),
        (  # what flows in is not what is let out
            "Inflows into the dam's reservoir exceeded 21,500 cusecs on Thursday, the board said.",
            "The dam's shutters were raised on Thursday, releasing 12,360 cusecs, the board said.",
            [],
        ),
        (
            "Discharge through the spillway reached a peak of 3,150 m3/s on Tuesday afternoon.",
            "The release from the dam peaked at 3,500 cubic metres per second on Tuesday afternoon.",
            [["3,150 m3/s", "3,500 cubic metres per second", "contradiction"]],
        ),
        (  # what a spillway is built to pass is not what it passed
            "For comparison, the spillway was designed to pass up to 5,400 cubic metres per second in a flood.",
            "The spillway was releasing 3,150 m3/s on Tuesday afternoon, the operator said.",
            [],
        ),
    ],
)
def test_flows_are_compared_in_one_unit_and_one_direction(a: str, b: str, expected: list[list[str]]) -> None:
    assert probe_conflicts(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (  # two totals over two spans, and the spans themselves
            "The highest 48-hour total in the county, 16.42 inches, was recorded at the Greens Bayou gauge.",
            "Greens Bayou picked up 12.9 inches of rain in just 24 hours, the highest one-day total we have seen.",
            [],
        ),
        (  # one span: the totals still meet
            "The Greens Bayou gauge recorded 16.42 inches of rain in 48 hours, the county said.",
            "Greens Bayou picked up 12.9 inches of rain in 48 hours, the county said.",
            [["16.42 inches", "12.9 inches", "contradiction"]],
        ),
    ],
)
def test_totals_over_two_spans_are_two_figures(a: str, b: str, expected: list[list[str]]) -> None:
    assert probe_conflicts(a, b) == expected
