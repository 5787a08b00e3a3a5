# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of figures told of another moment or measure than the other report's: a turnout at a time of day, an exit
poll's share, the first round of an election decided in a run-off, a price in afternoon trading, a change measured
against another base, another of a central bank's rates, and the rate markets price in. Each is set against its
like and left apart from the other. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    (
        "A poll by the Alamo Research Institute released two weeks before the election had put Cardenas-Ruiz at 36% and Whitfield at 24%.",
        "Cardenas-Ruiz led the field with 38.6% of the vote, according to complete but unofficial results.",
        [],
        "a poll's share is no result",
    ),
    (
        "A poll by Leman Research published on June 3 had shown 49% support for the initiative.",
        "The last Leman Research poll, published on 3 June, put support for the initiative at 48%.",
        [["49%", "48%", "contradiction"]],
        "two reports of one poll, one opening on three words before 'poll'",
    ),
    (
        "Cardenas-Ruiz led the field with 38.6% of the vote, according to complete but unofficial results.",
        "Cardenas-Ruiz leads with 41.2 percent of early votes, ahead of Whitfield with 25.8 percent.",
        [],
        "shares of the early votes are shares of some votes only",
    ),
    (
        "Cardenas-Ruiz leads with 41.2 percent of early votes, the county says.",
        "Cardenas-Ruiz has 40.9 percent of early votes, according to the county.",
        [["41.2 percent", "40.9 percent", "contradiction"]],
        "two shares of the early votes meet",
    ),
    (
        "Elena Cardenas-Ruiz won 64,169 votes in the mayoral race.",
        "With every vote center reporting, Elena Cardenas-Ruiz finishes nearly 18,000 votes ahead of Mark Whitfield in the mayoral race.",
        [],
        "votes ahead of a rival are a margin, not a tally",
    ),
    (
        "Ballot papers were issued to 276,104 voters, which means that turnout was 55.46%.",
        "Turnout at 17:00 stood at 41.07%, the city commission says.",
        [],
        "a turnout at 17:00 is a tally in progress",
    ),
    (
        "By late afternoon on Sunday turnout had already reached 41.1 per cent, the commission said.",
        "Turnout at 17:00 stood at 41.07%, the city commission says.",
        [["41.1 per cent", "41.07%", "discrepancy"]],
        "two tallies in progress, set against each other",
    ),
    (
        "Królikowski received 125,237 votes, which is 45.69% of the valid votes.",
        "According to an exit poll carried out by Odra Research, Dudek won 53.2% of the vote and Królikowski 46.8%.",
        [],
        "an exit poll's shares, named in an opening 'According to'",
    ),
    (
        "An exit poll by Odra Research, released on Sunday night, had given Dudek 53 per cent.",
        "According to an exit poll carried out by Odra Research, Dudek won 55.2% of the vote.",
        [["53 per cent", "55.2%", "contradiction"]],
        "two reports of one exit poll",
    ),
    (
        "Dudek won Sunday's run-off with 53.5% of the vote. Both candidates thanked their voters. In the first round on August 31, eight candidates stood and turnout was 48.17%.",
        "Dudek won the mayoral run-off on Sunday. Turnout was 55.46%, the commission said.",
        [],
        "the first round is an earlier event where the lede tells of the run-off",
    ),
    (
        "Kowalczyk won the first round with 41.9 per cent of the vote, setting up a run-off on 28 June.",
        "Kowalczyk received 105,624 votes, representing 43.87% of valid votes.",
        [["41.9 per cent", "43.87%", "contradiction"]],
        "a lede that tells of the first round keeps its figures today's",
    ),
    (
        "Halvard shares were down 6.2 per cent in afternoon trading on the Toronto Stock Exchange.",
        "Halvard's stock closed down 4.8% on the Toronto Stock Exchange on the day of the leak.",
        [],
        "afternoon trading is no close",
    ),
    (
        "The economy grew 3.1% year on year in the first quarter, data showed.",
        "GDP increased in the first quarter by 0.3% quarter on quarter, data showed.",
        [],
        "a change on a year and a change on a quarter",
    ),
    (
        "Quarter-on-quarter growth was 0.3% in the first quarter, data showed.",
        "The economy grew 0.5% from the previous quarter in the first quarter, data showed.",
        [["0.3%", "0.5%", "contradiction"]],
        "two changes on a quarter",
    ),
    (
        "The cut lowers the lombard rate to 5.75% and the deposit rate to 4.75%, the central bank said.",
        "The council has cut the reference rate by 25 basis points, to 5.25%, the central bank said.",
        [],
        "the deposit rate is not the reference rate",
    ),
    (
        "The council cut the reference rate by 25 basis points to 5.25%, the central bank said.",
        "The council lowered its benchmark rate to 5.5%, the bank said.",
        [["5.25%", "5.5%", "contradiction"]],
        "one policy rate under two names",
    ),
    (
        "The council cut the reference rate to 5.25%, the central bank said.",
        "Markets now price the reference rate at 4.75% by December, implying two more cuts.",
        [],
        "what markets price is a forecast",
    ),
    (
        "Shares of Zenfold closed 0.8% higher at 1,375.60 rupees on Thursday, before the results.",
        "Zenfold's shares closed 4.8% lower at INR 1,312.40 on the National Stock Exchange on Friday.",
        [],
        "two days' closes",
    ),
    (
        "Shares of Zenfold closed 0.8% higher at 1,375.60 rupees on Friday.",
        "Zenfold's shares closed 4.8% lower at INR 1,312.40 on the National Stock Exchange on Friday.",
        [["0.8%", "4.8%", "contradiction"], ["1,375.60 rupees", "INR 1,312.40", "contradiction"]],
        "one day's close told two ways",
    ),
    (
        "On our reckoning that is a swing of 12.8 points from Labour to Reform, the largest in years.",
        "Labour held the seat despite a 13-point swing from Labour to Reform, the largest in years.",
        [["12.8 points", "13-point"]],
        "a swing in points is in percentage points",
    ),
    (
        "Her early calculation puts the swing from Labour to the Conservatives in the wards declared so far at 6.5 points.",
        "Across the borough, the swing from Labour to the Conservatives was almost five percentage points.",
        [],
        "a swing in the wards declared so far is a count still running",
    ),
    (
        "Labour has lost four seats so far, all of them to the Conservatives, with nine wards still to declare.",
        "Labour lost control of the council after the Conservatives took six seats from it.",
        [],
        "seats lost with wards still to declare are a count still running",
    ),
    (
        "Shares in the grocer were down 4.8% at 112.40 zlotys by 1030 GMT after the results.",
        "Shares in the grocer closed down 3.1% in Warsaw on Wednesday after the results.",
        [],
        "a move during the day is not the close",
    ),
    (
        "Investors noticed: shares in the grocer slid almost 6% on Wednesday morning after the results.",
        "Shares in the grocer ended the session 3.1% lower on Wednesday after the results.",
        [],
        "a move in the morning is not the close",
    ),
    (
        "Shares in the grocer closed down 4.8% in Warsaw on Wednesday after the results.",
        "Shares in the grocer closed down 3.1% in Warsaw on Wednesday after the results.",
        [["4.8%", "3.1%"]],
        "two closes of one day meet",
    ),
    (
        "Shares in the grocer had risen 2.3% on Thursday to 30.65 zlotys, the exchange said.",
        "Shares in the grocer climbed 4.6% to 32.06 zlotys on Friday, the exchange said.",
        [],
        "a rise on Thursday and one on Friday are two days' moves",
    ),
    (
        "Shares in the grocer had risen 2.3% on Friday to 30.65 zlotys, the exchange said.",
        "Shares in the grocer climbed 4.6% to 32.06 zlotys on Friday, the exchange said.",
        [["2.3%", "4.6%"], ["30.65 zlotys", "32.06 zlotys"]],
        "two rises on one day meet",
    ),
    (
        "A total of 6,133 votes, or 48.1% of valid votes, were cast against the recall of the mayor, the commission said.",
        "In all, 51.9 percent of valid ballots supported the recall of the mayor, the commission said.",
        [],
        "a share against and a share in favour are the two sides of a vote",
    ),
    (
        "In all, 83.92% of valid votes were cast in favour of the recall of the mayor, the commission said.",
        "In all, 81.9 percent of valid ballots supported the recall of the mayor, the commission said.",
        [["83.92%", "81.9 percent"]],
        "two shares of one side of a vote meet",
    ),
    (
        "Shares in the grocer were up 3.1% at midday in London after the results.",
        "Shares in the grocer closed 2.4 per cent higher in London after the results.",
        [],
        "a move at midday is not the close",
    ),
    (
        "Core inflation excluding food and energy prices declined to 3.8% y/y in October from 4.2% y/y in September, the bank said.",
        "Headline inflation stood at 3.6 per cent in October, the bank said.",
        [],
        "a month written after y/y is the figure's month: September's core rate is not October's headline",
    ),
    (
        "The tenge firmed 1.2% to 507.40 per dollar within an hour of the announcement, traders said.",
        "The tenge ended Friday 0.7 per cent stronger at 509.85 per dollar, traders said.",
        [],
        "a move within an hour of news is not where the day ended",
    ),
    (
        "The central bank raised its base rate by 125 basis points to 17.75% on Friday.",
        "Steppe Commercial Bank says it will raise deposit rates by one percentage point from Monday.",
        [],
        "a lender's deposit rates raised by a point are not the base rate raised by 125 basis points",
    ),
    (
        "Over the third quarter as a whole, sales rose 1.4 per cent on the previous three months, seasonally adjusted.",
        "On a month-on-month, seasonally adjusted basis, sales rose 0.9%.",
        [],
        "a change on the previous three months is not one on the month before, named in an opening",
    ),
    (
        "On a month-on-month, seasonally adjusted basis, sales rose 0.9%.",
        "Month on month, and adjusted for seasonal factors, overall sales rose 1%.",
        [["0.9%", "1%"]],
        "two changes on the month before, each named in an opening, meet",
    ),
    (
        "The campaign objective was to vaccinate at least 95% of eligible children in every district.",
        "In the city, 98 per cent of eligible children were reached, officials said.",
        [],
        "an objective is a level to reach, not one reached",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "why"), PROBES, ids=[p[3] for p in PROBES])
def test_figures_of_another_moment_or_measure(a: str, b: str, expected: list[list[str]], why: str) -> None:
    found = probe_conflicts(a, b)
    assert conflicts_match(expected, found), (why, found)


def test_two_reports_of_a_tornados_rating() -> None:
    found = probe_conflicts(
        "A preliminary survey rated the Stratford tornado an EF2, officials said.",
        "The survey team rated the Stratford tornado an EF3 after walking the damage path.",
    )
    assert conflicts_match([["EF2", "EF3", "contradiction"]], found), found
