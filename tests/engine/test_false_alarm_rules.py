# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of the rules that keep false conflict alarms down: a month named at a sentence's head, a figure that meets
its partner beside a wrongly paired one, counts told as added to a total, figures given "for" one thing of a list,
"barely" as a hedge, shares of one place within the area voting, counts read at two stages, this year's figure
against next year's, a rise since a date against one day's, what prosecutors had alleged against what a court
found, ranges with a unit at both ends, a separate instance ("a separate ballot") against the story's own, what a
plant can turn out (a capacity), a month told as gone by ("last April"), and a sum told as a part of a total just
given ("Of that, ..."). Each rule has sentences it must stop (catch) and sentences whose real conflict it must leave
standing (leave-alone), written for these probes, not taken from the labelled cases."""

from __future__ import annotations

import pytest

from tests.engine.cases import compare_bodies, conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    # ------------------------------------------------------------------- 1: a month at the head of the sentence
    (
        "In August, the annual rate of inflation had been 3.9%.",
        "Consumer prices rose 4.3% in the year to September, up from 3.9% in August, the statistics office said.",
        [],
        "month opening catch: August's 3.9% is the earlier value B also gives, not September's 4.3%",
    ),
    (
        "In August, the annual rate of inflation was 3.7%.",
        "Annual inflation was 3.9% in August, the statistics office said.",
        [["3.7%", "3.9%"]],
        "month opening leave-alone: one month's figure, told two ways, still conflicts",
    ),
    # ------------------------------------------------------------- 2: a figure met beside a wrongly paired one
    (
        "The cyclone struck with sustained winds of 185 km/h and gusts of up to 250 km/h.",
        "Winds of up to 155mph tore roofs off homes as the cyclone struck.",
        [],
        "met beside catch: 'up to 155mph' (249 km/h) is the gusts' figure, not the sustained winds'",
    ),
    (
        "The ferry was carrying 212 passengers and 14 crew when it sank.",
        "The ferry had 221 passengers on board when it sank, and a crew of 14.",
        [["212", "221"]],
        "met beside leave-alone: a transposed figure still conflicts, though another figure agrees",
    ),
    (
        "The blast killed 23 people at the market on Friday, police said.",
        "The blast killed 27 people at the market on Friday, police said, adding that 23 had been identified.",
        [["23", "27"]],
        "met beside leave-alone: a bare count of the identified does not excuse a differing toll",
    ),
    (
        "Storm damage forced 3,410 people from their homes and 61 people died.",
        "The storm killed 3,410 people, the agency said.",
        [["61", "3,410"]],
        "met beside leave-alone: evacuees are not the dead, though the number is the same",
    ),
    (
        "The mayor now says 12 people were killed in the fire, up from the nine she reported in the morning.",
        "Nine people were killed in the fire, the fire service said.",
        [["12", "Nine"]],
        "met beside leave-alone: an earlier value that agrees does not excuse the new toll",
    ),
    # ------------------------------------------------------------------------------ 3: counts added to a total
    (
        "Eight patients at the clinic have tested positive for the virus, the ministry said.",
        "The number of infections at the clinic has risen to 10, after two more patients tested positive on Monday.",
        [["Eight", "10"]],
        "increment catch: two more patients are what was added; the new total 10 is set against the eight",
    ),
    (
        "Rescuers found another four bodies on Tuesday, bringing the death toll to 19.",
        "Rescuers recovered 17 bodies from the rubble, officials said.",
        [["19", "17"]],
        "increment leave-alone: the new total still conflicts with the other report's total",
    ),
    (
        "The blast killed six people. Another 38 people were injured, the fire service said.",
        "The blast killed six people and injured 41 others, the fire service said.",
        [["38", "41"]],
        "increment leave-alone: 'another 38 injured' after a toll of the dead is the whole count of the injured",
    ),
    # ---------------------------------------------------------------------- 4: figures given "for" one thing
    (
        "The regulator set fare rises at 9% for peak tickets, 6% for off-peak tickets and 4% for season tickets.",
        "For season tickets, the rise has been capped at 4 per cent.",
        [],
        "for-target catch: the 4% for season tickets is the one to set against B's",
    ),
    (
        "The regulator set fare rises at 9% for peak tickets, 6% for off-peak tickets and 3% for season tickets.",
        "For season tickets, the rise has been capped at 4 per cent.",
        [["3%", "4 per cent"]],
        "for-target leave-alone: season tickets 3% against 4% still conflicts",
    ),
    # ----------------------------------------------------------------------------------- 5: "barely" as a hedge
    (
        "Turnout in the by-election was 23.6 per cent, the electoral office said.",
        "Turnout in the by-election was barely 24 per cent, the electoral office said.",
        [],
        "barely catch: 'barely 24 per cent' is about 24, and 23.6 is that",
    ),
    (
        "Turnout in the by-election was 31.5 per cent, the electoral office said.",
        "Turnout in the by-election was barely 24 per cent, the electoral office said.",
        [["31.5 per cent", "barely 24 per cent"]],
        "barely leave-alone: 'barely 24' is far from 31.5",
    ),
    # -------------------------------------------------------------------- 6: a share of one place in the area
    (
        "Voters across the region approved the new bridge toll with 53.2 per cent in favour.",
        "Support was strongest in the town of Harlow, where 64.8% voted yes.",
        [],
        "sub-area catch: one town's share is not the region's",
    ),
    (
        "Voters across the region approved the new bridge toll with 53.2 per cent in favour.",
        "The bridge toll passed with 55.1% of the vote across the region.",
        [["53.2 per cent", "55.1%"]],
        "sub-area leave-alone: two region-wide shares still conflict",
    ),
    (
        "In the town of Harlow, 64.8 per cent of voters backed the bridge toll.",
        "Support was strongest in the town of Harlow, where 61.8% voted yes.",
        [["64.8 per cent", "61.8%"]],
        "sub-area leave-alone: one town's share in both reports still conflicts",
    ),
    (
        "Moreno took about 47.2 per cent of valid votes in the mayoral race, the registrar said.",
        "In Suba, the largest district, Moreno took 58 per cent of the vote in the mayoral race, the registrar said.",
        [],
        "sub-area catch: 'In Suba, the largest district, ...' tells one district's share",
    ),
    (
        "Home values in Perth rose 0.6 per cent in October, the city's ninth monthly gain in a row.",
        "Perth home values climbed 0.9% in October, the city's ninth monthly gain in a row.",
        [["0.6 per cent", "0.9%"]],
        "sub-area leave-alone: 'in October, the city's ...' names no district",
    ),
    # ------------------------------------------------------------------------ 7: a count read at two stages
    (
        "Moreno took 47.2 per cent of valid votes in the mayoral race, the registrar said.",
        "Moreno took 52.7 per cent of valid votes in the mayoral race, the registrar said.",
        [["47.2 per cent", "52.7 per cent"]],
        "count stage leave-alone: '47.2 per cent of valid votes in the race' is a share, not how far the count went",
    ),
    (
        "With 93.5% of tally sheets counted, Moreno led the governor runoff by 6,204 votes, the regional electoral office said.",
        "Moreno won the governor runoff by 9,877 votes, the regional electoral office said after the count of all 2,310 tally sheets was completed.",
        [],
        "count stage catch: a lead with 6.5% of the count to go and the final lead are two moments",
    ),
    (
        "With 99.6% of ballot boxes counted, Moreno led the count by 9,204 votes, the electoral body said.",
        "With 99.6% of ballot boxes counted, Moreno led the count by 9,877 votes, the electoral body said.",
        [["9,204", "9,877"]],
        "count stage leave-alone: two leads at one stage of the count still conflict",
    ),
    (
        "Aroha Ngata has 14,862 votes to Daniel Kerrigan's 12,905 in the preliminary count, the council said.",
        "Ngata finished on 15,307 votes to Kerrigan's 13,424, according to the official count released on Thursday.",
        [],
        "count stage catch: a preliminary count and the official one are two moments",
    ),
    (
        "Aroha Ngata has 14,862 votes to Daniel Kerrigan's 12,905 in the preliminary count, the council said.",
        "Ngata had 15,307 votes to Kerrigan's 13,424 in the preliminary count, the council said.",
        [["14,862", "15,307"], ["12,905", "13,424"]],
        "count stage leave-alone: two preliminary counts still conflict",
    ),
    (
        "Whitfield finished with 38,412 votes to Lindqvist's 38,196, according to the certified count.",
        "The board certified the recount results on Tuesday, with Whitfield on 38,420 votes and Lindqvist on 38,199.",
        [],
        "count stage catch: the certified count and the recount are two stages",
    ),
    (
        "Whitfield finished with 38,412 votes to Lindqvist's 38,196, according to the certified count.",
        "Whitfield had 38,450 votes and Lindqvist 38,196, according to the certified count.",
        [["38,412", "38,450"]],
        "count stage leave-alone: two reports of the certified count still conflict",
    ),
    # ----------------------------------------------------------------- 8: this year's figure and next year's
    (
        "The new minimum wage is 5.1% higher than this year's 9,860 yen an hour, the ministry said.",
        "Next year's minimum wage of 10,360 yen an hour was approved by the ministry on Friday.",
        [],
        "year word catch: this year's rate is not next year's",
    ),
    (
        "Next year's minimum wage of 10,320 yen an hour was approved by the ministry, it said.",
        "Next year's minimum wage of 10,360 yen an hour was approved by the ministry on Friday.",
        [["10,320 yen", "10,360 yen"]],
        "year word leave-alone: next year's rate in both still conflicts",
    ),
    (
        "The council approved next year's budget of 4.2 billion pesos on Friday.",
        "The council approved a budget of 4.6 billion pesos for next year on Friday.",
        [["4.2 billion pesos", "4.6 billion pesos"]],
        "year word leave-alone: 'next year's budget' and 'a budget ... for next year' are one year",
    ),
    # ------------------------------------------------------------ 9: a change since a date and one day's change
    (
        "Shares in Nordholm jumped 18% on Tuesday after the bid was announced.",
        "Nordholm shares had already climbed 26% since March on takeover speculation.",
        [],
        "since catch: the rise since March is not Tuesday's jump",
    ),
    (
        "Nordholm shares have climbed 31% since March on takeover speculation.",
        "Nordholm shares had already climbed 26% since March on takeover speculation.",
        [["31%", "26%"]],
        "since leave-alone: two rises since March still conflict",
    ),
    (
        "Household energy bills rose 9.4% in the year to March, the statistics office said.",
        "Household energy bills are up 11.2 per cent since the government let its price cap lapse, the statistics office said.",
        [["9.4%", "11.2 per cent"]],
        "since leave-alone: a rise since an event, not a date, is still set against the year's rise",
    ),
    # ------------------------------------------------------- 10: what prosecutors had alleged and what was found
    (
        "Prosecutors had originally put the losses to investors at 820 billion won.",
        "The court found the former chairman guilty of defrauding investors of 610 billion won.",
        [],
        "alleged catch: the charge as first brought is not what the court found proven",
    ),
    (
        "Prosecutors had alleged that the former chairman defrauded investors of 820 billion won.",
        "Prosecutors had accused the former chairman of defrauding investors of 780 billion won.",
        [["820 billion won", "780 billion won"]],
        "alleged leave-alone: two reports of the charge still conflict",
    ),
    (
        "The court found the former chairman guilty of defrauding investors of 640 billion won.",
        "The court found the former chairman guilty of defrauding investors of 610 billion won.",
        [["640 billion won", "610 billion won"]],
        "alleged leave-alone: two reports of the finding still conflict",
    ),
    # ---------------------------------------------------------- 11: a range with its unit written at both ends
    (
        "Forecasters expect temperatures in the city to fall to between 31°C and 33°C on Friday.",
        "Forecasters expect temperatures in the city to ease to around 32C on Friday.",
        [],
        "unit range catch: 'between 31°C and 33°C' is one range, and about 32C lies in it",
    ),
    (
        "Forecasters expect temperatures in the city to fall to between 31°C and 33°C on Friday.",
        "Forecasters expect temperatures in the city to ease to around 38C on Friday.",
        [["between 31°C and 33°C", "around 38C"]],
        "unit range leave-alone: about 38C is outside the range",
    ),
    # ----------------------------------------------------------------------------- 12: "a separate" instance
    (
        "Members of the nurses' union voted by 91.2 per cent to reject the pay offer, the union said.",
        "A separate ballot of members of the smaller midwives' union saw 74% reject the pay offer.",
        [],
        "separate catch: a separate ballot is not the nurses' ballot",
    ),
    (
        "Members of the nurses' union voted by 91.2 per cent to reject the pay offer, the union said.",
        "Members of the nurses' union voted by 87% to reject the pay offer, the union said in a separate statement.",
        [["91.2 per cent", "87%"]],
        "separate leave-alone: a separate statement is the same ballot told again",
    ),
    # ------------------------------------------------------------------ 13: what a plant can turn out, a capacity
    (
        "Its Gimpo plant, which can turn out up to 4.5 million tablets a month, has been shut for inspection.",
        "Nearly three million tablets have been recalled from the Gimpo plant, which has been shut for inspection.",
        [],
        "capacity catch: what the plant can turn out is not how many were recalled",
    ),
    (
        "Its Gimpo plant, which can turn out up to 4.5 million tablets a month, has been shut for inspection.",
        "The Gimpo plant, which can turn out 3.8 million tablets a month, has been shut for inspection.",
        [["up to 4.5 million", "3.8 million"]],
        "capacity leave-alone: two capacities of the plant still conflict",
    ),
    # ------------------------------------------------------------------------- 14: "last April", an earlier event
    (
        "The flood forced about 2,400 residents of the valley from their homes on Wednesday, officials said.",
        "Residents of the valley remember last April, when a smaller flood forced around 1,500 people from their homes.",
        [],
        "last month catch: last April's flood is an earlier event",
    ),
    (
        "The flood forced about 2,400 residents of the valley from their homes on Wednesday, officials said.",
        "The flood forced around 1,500 people in the valley from their homes on Wednesday, officials said.",
        [["about 2,400", "around 1,500"]],
        "last month leave-alone: the same day's counts still conflict",
    ),
    # ------------------------------------------------------------------ 15: "Of that, ..." a part of a total sum
    (
        "Spending on health will amount to 9.1% of GDP, or PLN 212 billion, the finance ministry said.",
        "Of that, about 150 billion zlotys sits in the health fund, the finance ministry said.",
        [],
        "of that catch: a part of the total told just before is no report of the total",
    ),
    (
        "The merged group is targeting annual cost savings of NOK 700 million from joint purchasing.",
        "The merged group is targeting annual cost savings of NOK 450 million from joint purchasing.",
        [["NOK 700 million", "NOK 450 million"]],
        "of that leave-alone: two totals still conflict",
    ),
]
# fmt: on


def test_unit_range_reading() -> None:
    """ "between 20 km and 30 km" is one range; "extended from 20 km to 30 km" stays a change of two figures."""
    comparison = compare_bodies(
        "The exclusion zone was extended from 20 km to 30 km on Monday.",
        "Rumbling could be heard between 20 km and 30 km away.",
    )
    got = [(c.text, c.quantity.low, c.quantity.high) for s in comparison.sources for c in s.claims]
    assert ("20 km", 20000.0, 20000.0) in got and ("30 km", 30000.0, 30000.0) in got, got
    assert ("between 20 km and 30 km", 20000.0, 30000.0) in got, got


@pytest.mark.parametrize(("a", "b", "expected", "label"), PROBES, ids=[p[3][:60] for p in PROBES])
def test_false_alarm_rule_probe(a: str, b: str, expected: list[list[str]], label: str) -> None:
    got = probe_conflicts(a, b)
    assert conflicts_match(expected, got), got
