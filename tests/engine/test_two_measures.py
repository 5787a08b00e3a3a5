# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of two figures that measure two things. Percentages told of two things, each named right before its verb:
"Poland's economy grew 3.2%" and "Gross value added increased by 3.1%" are two measures, not one misreported; "Net
income declined 4%" and "net profit dropped 14 per cent", or "Turnout reached 61.2%" and "Participation stood at
58.1%", are one measure in two words and still conflict; a level that "held at" or "remained at" a figure names its
measure as a move does. The reach of a zone ("a radius of 5 km") and how far a place
lies ("about 4 km from the crater") are two lengths; "passengers" and "firefighters" are two groups of people; "23
minutes late" and "the 45-minute run" are two spans. Each probe is a sentence of our own, not taken from a labelled set
or a data set."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Poland's economy grew 3.2% year on year in the second quarter, the statistics office said on Thursday.", "Gross value added increased by 3.1% year on year in the second quarter, the statistics office said on Thursday."),
        ("Hungary's economy expanded 2.4% in the first quarter from a year earlier, the statistics office said on Friday.", "Household consumption rose 1.8% in the first quarter from a year earlier, the statistics office said on Friday."),
        # a level that held, remained or stayed names its measure as a move does
        ("The jobless rate held at 6.1% in May, near a record low, the statistics office said.", "Factory output rose 3.4% year on year in May, the statistics office said."),
        # the rises and falls of two lines of the accounts
        ("Headline earnings per share fell by just over 18 per cent in the year, the company said.", "Trading profit fell by more than 12% in the year, the company said."),
        ("Core inflation remained at 4.2% in October, the central bank said on Friday.", "Retail sales climbed 3.9% in October from a year earlier, the central bank said on Friday."),
    ],
)
def test_two_things_named_before_their_verbs_are_two_measures(a: str, b: str) -> None:
    assert probe_conflicts(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Net income declined 4% to CHF 5.02 billion in 2024, the company said.", "Net profit dropped 14 per cent in 2024, the company said.", ["4%", "14 per cent", "contradiction"]),
        ("Turnout reached 61.2% on Sunday, the electoral commission said.", "Participation stood at 58.1% on Sunday, the electoral commission said.", ["61.2%", "58.1%", "contradiction"]),
        ("Unemployment fell to 5.1% in March, the statistics office said.", "The jobless rate dropped to 5.4% in March, the statistics office said.", ["5.1%", "5.4%", "contradiction"]),
        ("Sales climbed 12% in the third quarter, the company said.", "Revenue increased 15% in the third quarter, the company said.", ["12%", "15%", "contradiction"]),
        ("The jobless rate held at 6.1% in May, the statistics office said.", "Unemployment stayed at 6.4% in May, the statistics office said.", ["6.1%", "6.4%", "contradiction"]),
        ("Trading profit fell 18.1% in the year, the company said.", "Operating profit fell by more than 12% in the year, the company said.", ["18.1%", "more than 12%", "discrepancy"]),
        ("Hungary's economy expanded 2.4% in the first quarter from a year earlier, the statistics office said on Friday.", "GDP grew 2.9% in the first quarter from a year earlier, the statistics office said on Friday.", ["2.4%", "2.9%", "contradiction"]),
    ],
)
def test_one_measure_in_two_words_still_conflicts(a: str, b: str, expected: list[str]) -> None:
    assert conflicts_match([expected], probe_conflicts(a, b))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # the reach of a zone against how far a place lies
        ("The two hikers were found near a hut about 4 km from the crater, the agency said on Monday.", "Visitors are barred from a radius of 6 km from the crater, the agency said on Monday.", []),
        ("The two hikers were found near a hut about 4 km from the crater, the agency said on Monday.", "The agency declared a no-go zone of about five miles around the crater on Monday.", []),
        # two zones, or two distances, are still set against each other
        ("Visitors are barred from a radius of 6 km from the crater, the agency said on Monday.", "Visitors are barred from a radius of 8 km from the crater, the agency said on Monday.", [["6 km", "8 km", "contradiction"]]),
        ("The epicentre was 12 km north of the town, the survey said on Monday.", "The epicentre was 20 km north of the town, the survey said on Monday.", [["12 km", "20 km", "contradiction"]]),
        # two groups of people, each named by a word of its own
        ("The train was carrying about 240 passengers when it left the rails near Tarnów on Monday, the operator said.", "More than 180 firefighters were sent to the derailment near Tarnów on Monday, the fire service said.", []),
        ("About 60 patients were admitted to the cholera centre in Beira over the weekend, the ministry said.", "At least 45 health workers were sent to the cholera centre in Beira over the weekend, the ministry said.", []),
        # a word for people in general, or for those on duty, is still set against a group
        ("Some 1,150 firefighters were fighting the blaze near Quilpué on Monday, officials said.", "About 1,420 personnel were fighting the blaze near Quilpué on Monday, officials said.", [["Some 1,150", "About 1,420"]]),
        # one quarter in two words
        ("The economy expanded by 0.8% in the second quarter of 2025, the statistics agency said.", "Gross domestic product grew 0.6% quarter on quarter in the April-June period of 2025, the statistics agency said.", [["0.8%", "0.6%", "contradiction"]]),
        ("The economy grew 3.6% year on year in the first three months of 2026, the statistics office said.", "GDP grew by 3.4% year on year in the first quarter of 2026, the statistics office said.", [["3.6%", "3.4%", "contradiction"]]),
        # two quarters
        ("The economy grew 3.6% year on year in the first quarter of 2026, the statistics office said.", "GDP grew by 3.4% year on year in the July-September period of 2026, the statistics office said.", []),
        # how late something ran against how long it takes
        ("Train 411, which makes the 50-minute run to Pittsburgh every weekday morning, derailed near Halverton on Monday.", "Train 411 was running 17 minutes late when it derailed near Halverton on Monday.", []),
        # two delays, or two spans, are still set against each other
        ("Train 411 was running 25 minutes late when it derailed near Halverton on Monday.", "Train 411 was running 17 minutes late when it derailed near Halverton on Monday.", [["25 minutes", "17 minutes", "contradiction"]]),
        # a distance against a zone named with a word before "zone"
        ("Residents living more than 800 metres from the terminal were allowed home on Friday, the port authority said.", "An 800-metre marine exclusion zone stays in force around the terminal, the port authority said on Friday.", []),
        # those who may vote against those who did
        ("About 1.8 million people were eligible to vote in Sunday's election, the commission said.", "Some 1.1 million people cast a ballot in Sunday's election, the commission said.", []),
        ("Some 1.4 million people cast a ballot in Sunday's election, the commission said.", "About 1.1 million people voted in Sunday's election, the commission said.", [["Some 1.4 million", "About 1.1 million"]]),
        # a term told in years and months against the same term in months
        ("The court jailed the former director for three years and four months on Tuesday.", "The court handed the former director a 40-month sentence on Tuesday.", []),
        ("The court jailed the former director for three years and four months on Tuesday.", "The court handed the former director a 38-month sentence on Tuesday.", [["three years and four months", "38-month", "contradiction"]]),
    ],
)
def test_two_things_measured_and_one_thing_in_two_ways(a: str, b: str, expected: list[list[str]]) -> None:
    assert conflicts_match(expected, probe_conflicts(a, b))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # a share owned is no growth rate
        ("Andesita Copper today publishes its production report for its 100%-owned Cerro Azufral copper mine in Chile.", "Andesita Copper lifted copper output at its Cerro Azufral mine in Chile by 12% year on year.", []),
        # two shares owned meet, however they are told
        ("Nordfjell already owns a 6.8% stake in the Tasmanian company Coralhaven, filings show.", "Nordfjell currently has a relevant interest in 8.6% of Coralhaven shares, filings show.", [["6.8%", "8.6%", "contradiction"]]),
        ("The company owns a 60% stake in the Cerro Azufral copper mine in Chile.", "The company holds 55% of the Cerro Azufral copper mine in Chile.", [["60%", "55%", "contradiction"]]),
    ],
)
def test_a_share_owned_is_compared_with_shares_owned(a: str, b: str, expected: list[list[str]]) -> None:
    assert conflicts_match(expected, probe_conflicts(a, b))
