# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of readings found on new development sets: "one crore people" (ten million), "babies younger than nine
months" (a bound), food prices beside consumer prices (two measures), a price per quintal beside one per tonne (one
price), a price per tonne beside a sack's price (two sums), "a 45,000-tonne tanker" (the ship's size, not a load),
"49,900 dwt" (a deadweight in tonnes), "the 29 needed for a majority" (no seats won), "Peak wind gust: 62 mph" (a
gust), a gust forecast beside one recorded (two figures), a sum a month beside one a year (one sum). Sentences of our
own."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    (
        "An estimated 12 million people leave the capital for their villages during the festival, the railway said.",
        "An estimated one crore people leave the capital for their villages during the festival every year, the railway said.",
        [["An estimated 12 million", "An estimated one crore", "discrepancy"]],
        "one crore is ten million",
    ),
    (
        "Infants below nine months of age, too young to be vaccinated, account for 38 of the cases.",
        "Thirty-eight of the cases were babies younger than nine months, too young to be vaccinated.",
        [],
        "younger than nine months is below nine months",
    ),
    (
        "Food prices rose 9.2% year on year in May, the planning office said.",
        "Consumer prices overall rose 3.9% in the year to May, the planning office said.",
        [],
        "food prices are not consumer prices overall",
    ),
    (
        "Food inflation rose to 9.2% in May, the planning office said.",
        "Food prices were 9.6% higher in May than a year earlier, the planning office said.",
        [["9.2%", "9.6%"]],
        "food prices still meet food inflation",
    ),
    (
        "The government will pay wheat importers a premium of 16 dirhams per quintal until December.",
        "The government will pay wheat importers a premium of 160 dirhams a tonne until December.",
        [],
        "16 a quintal is 160 a tonne",
    ),
    (
        "The government will pay wheat importers a premium of 16 dirhams per quintal until December.",
        "The government will pay wheat importers a premium of 190 dirhams a tonne until December.",
        [["16 dirhams", "190 dirhams", "contradiction"]],
        "19 a quintal is not 16",
    ),
    (
        "A 50-kg sack of flour now costs 260 dirhams in Casablanca, millers said.",
        "The premium paid to flour millers for wheat in Casablanca is 160 dirhams a tonne, millers said.",
        [],
        "a price per tonne is not a sack's price",
    ),
    (
        "At the depot price of about GH₵15.20 a litre, the lost diesel was worth about GH₵684,000, traders said.",
        "At about 11 cedis to the dollar, the lost diesel was worth some $62,000, traders said.",
        [],
        "an exchange rate is no price",
    ),
    (
        "The family will receive ex gratia of Rs 4 lakh, the collector said.",
        "Anti-hail nets cost upwards of Rs 7 lakh an acre to install, the collector said.",
        [],
        "a price per acre is no sum paid",
    ),
    (
        "Farmland near the city sells for about $12,000 an acre, agents said.",
        "Farmland near the city sells for about $30,000 a hectare, agents said.",
        [],
        "a price per acre meets one per hectare",
    ),
    (
        "Farmland near the city sells for $12,000 an acre, agents said.",
        "Farmland near the city sells for $45,000 a hectare, agents said.",
        [["$12,000", "$45,000", "contradiction"]],
        "a price per acre set against one per hectare in one area",
    ),

    (
        "The Coral Bay, a 45,000-tonne tanker, was holed on its port side, the port authority said.",
        "The Coral Bay was carrying 31,000 tonnes of diesel when it was holed on its port side, the port authority said.",
        [],
        "a tanker's size is not its load",
    ),
    (
        "The Coral Bay, a 45,000-tonne tanker, was holed on its port side, the port authority said.",
        "The 41,900 dwt Coral Bay was holed on its port side, the port authority said.",
        [["45,000-tonne", "41,900 dwt"]],
        "a deadweight in tonnes meets the tanker's size",
    ),
    (
        "Crews lifted a 4-tonne steel beam off the car, the fire service said.",
        "Crews lifted a steel beam weighing 4.6 tonnes off the car, the fire service said.",
        [["4-tonne", "4.6 tonnes"]],
        "a beam's weight is still its weight",
    ),
    (
        "Labour won 26 seats, three short of the 29 needed for a majority, the council said.",
        "Labour won 25 seats on the council, the council said.",
        [["26", "25"]],
        "the seats needed for a majority are not the seats won",
    ),
    (
        "Wind gusts topping 70 mph created whiteout conditions across the valley, the weather service said.",
        "Peak wind gust: 62 mph at the airport, the weather service said.",
        [["topping 70 mph", "62 mph", "contradiction"]],
        "a gust in a table's label is a gust",
    ),
    (
        "Sustained winds of 50 mph created whiteout conditions across the valley, the weather service said.",
        "Peak wind gust: 62 mph at the airport, the weather service said.",
        [],
        "a gust in a table's label is no sustained wind",
    ),
    (
        "Forecasters expected gusts of up to 70 km/h on Monday afternoon, the weather service said.",
        "Gusts of up to 90 km/h were recorded at the coastal weather station on Monday afternoon.",
        [],
        "a gust forecast is not a gust recorded",
    ),
    (
        "The weather service had forecast gusts of up to 50 km/h for Thursday.",
        "The weather service forecast gusts of up to 80 km/h for Thursday.",
        [["up to 50 km/h", "up to 80 km/h", "discrepancy"]],
        "two gust forecasts are still compared",
    ),
    (
        "Gusts of up to 90 km/h were recorded at the coastal weather station on Monday afternoon.",
        "The coastal weather station recorded a gust of 120 km/h on Monday afternoon.",
        [["up to 90 km/h", "120 km/h", "contradiction"]],
        "two gusts recorded are still compared",
    ),
    (
        "The cyclone made landfall with sustained winds of 175 km/h, the meteorology institute said.",
        "The highest gust, 238 km/h, was recorded at the airport station, the meteorology institute said.",
        [],
        "a gust named before a comma is a gust, not the sustained wind",
    ),
    (
        "The highest gust, 238 km/h, was recorded at the airport station, the meteorology institute said.",
        "A gust of 210 km/h was recorded at the airport station, the meteorology institute said.",
        [["238 km/h", "210 km/h", "contradiction"]],
        "a gust named before a comma is still compared with a gust",
    ),
    (
        "The bill raises the minimum pension to €760 a month from January, the labour ministry said.",
        "The bill lifts the minimum pension to €9,120 a year from January, the labour ministry said.",
        [],
        "a sum a month is twelve times itself a year",
    ),
    (
        "The bill raises the minimum pension to €760 a month from January, the labour ministry said.",
        "The bill lifts the minimum pension to €9,820 a year from January, the labour ministry said.",
        [["€760", "€9,820", "contradiction"]],
        "a sum a month that is not the sum a year over twelve conflicts with it",
    ),
    (
        "The bill raises the minimum pension to €760 a month from January, the labour ministry said.",
        "The bill raises the minimum pension to €790 from January, the labour ministry said.",
        [["€760", "€790", "contradiction"]],
        "a sum a month still meets one told without its span",
    ),
    (
        "The miner reported net cash of A$640 million at the end of June.",
        "The miner's balance sheet still shows net cash of $460 million at the end of June.",
        [["A$640 million", "$460 million", "contradiction"]],
        "a bare dollar with the other's digits in another order is the same dollar",
    ),
    (
        "The miner reported net cash of A$640 million at the end of June.",
        "The miner's balance sheet still shows net cash of US$420 million at the end of June.",
        [],
        "two named dollars are still two currencies",
    ),
    (
        "The street-lighting project, worth Rp 101.2 billion, installed 4,200 solar-powered lamps, the court heard.",
        "The city bought more than 4,000 solar-powered street lamps at Rp 24 million apiece, the court heard.",
        [],
        "a price apiece is not the sum of the purchase",
    ),
    (
        "The city bought 4,000 street lamps at Rp 24 million apiece, the court heard.",
        "The city paid Rp 26 million per unit for 4,000 street lamps, the court heard.",
        [["Rp 24 million", "Rp 26 million", "contradiction"]],
        "two prices apiece meet",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "why"), PROBES, ids=[p[3] for p in PROBES])
def test_prices_and_scales(a: str, b: str, expected: list[list[str]], why: str) -> None:
    found = probe_conflicts(a, b)
    assert conflicts_match(expected, found), (why, found)


def test_seats_lost_told_in_words_meet_a_tables_minus_sign() -> None:
    a = "Labour finish on 25 seats, down six, while the Conservatives end the day on 22, up five."
    b = "Labour: 25 seats won, -6 change. Conservatives: 22 seats won, +5 change."
    assert probe_conflicts(a, b) == []
    assert probe_conflicts(a, "Labour: 25 seats won, -4 change.") != []


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Statutory profit fell by a quarter, dragged down by a write-down.", "a quarter", 25.0),
        ("Exports fell by almost a fifth in the year to March.", "almost a fifth", 20.0),
    ],
)
def test_a_change_told_as_a_fraction_is_a_percentage(text: str, written: str, value: float) -> None:
    from engine.claims import extract_claims

    found = [c for c in extract_claims(text, "s1.1") if c.text == written]
    assert found and found[0].kind.value == "percent" and found[0].quantity.high == pytest.approx(value)


def test_half_an_hour_after_by_is_no_share() -> None:
    from engine.claims import extract_claims

    claims = extract_claims("Voting has been extended by half an hour at two polling stations.", "s1.1")
    assert [c.text for c in claims] == ["two"]
