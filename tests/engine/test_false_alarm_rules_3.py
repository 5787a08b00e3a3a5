# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of a third round of rules that keep false conflict alarms down, traced from the development sets written
this session: a span of time still to come ("the next 24 hours will be decisive") against the span something took;
a candidate's share of the votes ("was re-elected with 52.4 per cent") against a turnout; what something is now
("currently about 1,880 zlotys") against what it will rise to; two parts of a year ("the first nine months",
"the third quarter", September); a warning whose figure carries a conversion in brackets; what was asked for
("asked the stockpile for 500,000 doses") against what came. Each rule has sentences it must stop (catch) and
sentences whose real conflict it must leave standing (leave-alone), written for these probes, not taken from the
labelled cases."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    # ------------------------------------------------------------------------- 1: a span still to come
    (
        '"The next 24 hours will be decisive," the fire chief said of the blaze.',
        "Firefighters battling the blaze had been working for more than 26 hours without rest.",
        [],
        "ahead catch: the next 24 hours are no span the crews worked",
    ),
    (
        "Forecasters expect heavy rain over the coming 48 hours across the province.",
        "Heavy rain fell for 36 hours across the province, forecasters said.",
        [],
        "ahead catch: the coming 48 hours are not the 36 hours it rained",
    ),
    (
        '"The next 24 hours will be decisive," the fire chief said of the blaze.',
        '"The next 48 hours will be decisive," the fire chief said of the blaze.',
        [["24 hours", "48 hours"]],
        "ahead leave-alone: two spans still to come, told differently, conflict",
    ),
    (
        "Firefighters have battled the blaze for 24 hours, the fire chief said.",
        "Firefighters have battled the blaze for more than 26 hours, the fire chief said.",
        [["24 hours", "more than 26 hours"]],
        "ahead leave-alone: two spans already taken conflict",
    ),
    # ------------------------------------------------------------------------- 2: a candidate's share against a turnout
    (
        "Pilarski was re-elected in April 2024 with 52.4 per cent in the first round.",
        "In the first round in April 2024, turnout in the city was 44.1 per cent.",
        [],
        "won-with catch: a candidate's share is no turnout",
    ),
    (
        "Pilarski was re-elected in April 2024 with 52.4 per cent in the first round.",
        "In April 2024 Pilarski won the first round with 54.2 per cent of the vote.",
        [["52.4 per cent", "54.2 per cent"]],
        "won-with leave-alone: two shares of one candidate conflict",
    ),
    # ------------------------------------------------------------------------- 4: two parts of a year
    (
        "For the first nine months, GDP grew by 7.85 per cent, the statistics office said.",
        "Third-quarter GDP growth of 8.22% was the strongest in a decade, the statistics office said.",
        [],
        "period catch: nine months' growth is not the third quarter's",
    ),
    (
        "For the first nine months of the year, exports were up nearly 16%, the customs department said.",
        "Total exports in September grew just over 14% from a year earlier, the customs department said.",
        [],
        "period catch: nine months' exports are not September's",
    ),
    (
        "GDP grew 8.22% in the third quarter, the statistics office said.",
        "Third-quarter GDP growth of 8.4% was the strongest in a decade, the statistics office said.",
        [["8.22%", "8.4%"]],
        "period leave-alone: one quarter's growth told twice conflicts",
    ),
    (
        "Exports in September grew 16%, the customs department said.",
        "Total exports in September grew just over 14% from a year earlier, the customs department said.",
        [["16%", "just over 14%"]],
        "period leave-alone: one month's exports told twice conflict",
    ),
    (
        "The bank's projection shows inflation averaging 2.9% in 2026 and 2.6% in 2027, the bank said.",
        "For 2027 the bank's projection shows inflation at 2.4%, the bank said.",
        [["2.6%", "2.4%"]],
        "year opening: a sentence opening on a year dates its figure, which meets that year's and no other",
    ),
    (
        "The bank's projection shows inflation averaging 2.9% in 2026, the bank said.",
        "In 2027, the bank's projection shows inflation at 2.4%, the bank said.",
        [],
        "year opening catch: 2026's inflation is not 2027's",
    ),
    (
        "GDP growth in the central path of the projection will be 3.4% in 2025, 3.3% in 2026 and 2.9% in 2027.",
        "Growth is seen at 3.5% in 2026, which is respectable but hardly a boom.",
        [["3.3%", "3.5%"]],
        "year leave-alone: of a sentence's three years' figures, the one of the year the other names meets it",
    ),
    # ------------------------------------------------------------------------- 5: a warning with a conversion in brackets
    (
        "Forecasters warned that up to 250 mm (10 inches) of rain could fall over the peninsula through Monday.",
        "The highest 24-hour rainfall total over the peninsula was 387 mm, recorded at San Jose del Cabo.",
        [],
        "warning catch: the conversion in brackets does not end the warned clause",
    ),
    (
        "Forecasters said 250 mm (10 inches) of rain fell over the peninsula on Monday.",
        "The rainfall total over the peninsula on Monday was 387 mm, forecasters said.",
        [["250 mm", "387 mm"]],
        "warning leave-alone: rain that fell, told with a conversion, conflicts",
    ),
    # ------------------------------------------------------------------------- 6: what was asked for against what came
    (
        "The provincial authorities have asked the global stockpile for 500,000 doses of oral cholera vaccine.",
        "A first consignment of 300,000 doses of oral cholera vaccine arrived in the province on Tuesday.",
        [],
        "ask catch: doses asked for are not the doses that arrived",
    ),
    (
        "For next year's minimum wage, the unions asked for 11,500 won an hour.",
        "The commission set next year's minimum wage at 11,020 won an hour.",
        [],
        "ask catch: the wage the unions sought is not the wage set",
    ),
    (
        "The province has asked for half a million doses of oral vaccine from the global stockpile.",
        "The province has asked for 400,000 doses of oral vaccine from the global stockpile.",
        [["half a million", "400,000"]],
        "ask leave-alone: two asks conflict",
    ),
    (
        "Aid agencies launched an appeal on Monday for $3.1 million to fund treatment and water trucking.",
        "Aid agencies have asked donors for $3.1bn to fund treatment and water trucking.",
        [["$3.1 million", "$3.1bn"]],
        "ask leave-alone: an appeal and an ask are both asks",
    ),
    # ------------------------------------------------------------------------- 7: one facility of several
    (
        "As of Tuesday, 211 cholera patients were admitted across all treatment centres in Beira.",
        "Staff said the Munhava centre alone admitted 60 cholera patients overnight in Beira.",
        [],
        "alone catch: one centre's patients are not all the centres'",
    ),
    (
        "As of Tuesday, 211 cholera patients were admitted across all treatment centres in Beira.",
        "As of Tuesday, 240 cholera patients were admitted across all treatment centres in Beira.",
        [["211", "240"]],
        "alone leave-alone: two counts of all the centres conflict",
    ),
    (
        "More than 7,000 dengue patients were in hospital across the country on Sunday morning, officials said.",
        "At Mugda General Hospital, 310 dengue patients were being treated on Sunday morning, officials said.",
        [],
        "hospital catch: a count told at one named hospital is not the count of all",
    ),
    (
        "A total of 2,946 planned procedures have been postponed across the 48 hours of the strike.",
        "Wellington Regional Hospital postponed 431 planned procedures across the 48 hours of the strike.",
        [],
        "hospital catch: what one named hospital postponed is not what all postponed",
    ),
    (
        "Wellington Regional Hospital postponed 412 planned procedures across the 48 hours of the strike.",
        "Wellington Regional Hospital postponed 431 planned procedures across the 48 hours of the strike.",
        [["412", "431"]],
        "hospital leave-alone: one hospital's count told twice conflicts",
    ),
    # ------------------------------------------------------------------------- 8: a figure pencilled in is a forecast
    (
        "The current-account surplus reached 438 million euros in August, the central bank said on Monday.",
        "Economists had pencilled in a surplus of €560 million for August, the central bank said on Monday.",
        [],
        "pencilled catch: what economists pencilled in is no figure reported",
    ),
    (
        "The Treasury pencils in revenue of GH¢269bn next year, the finance minister told parliament.",
        "Revenue is projected at GH¢275 billion next year, the finance minister told parliament.",
        [["GH¢269bn", "GH¢275 billion"]],
        "pencilled leave-alone: a figure pencilled in meets a figure projected",
    ),
    (
        "Capital expenditure for the year was R2.6 billion, most of it spent on new stores, the company said.",
        "The company plans to spend R3.1bn on new stores next year, the company said.",
        [],
        "planned catch: what a company plans to spend is not what it spent",
    ),
    (
        "The government plans to spend GH¢312.4 billion next year, the finance minister said.",
        "The Treasury pencils in spending of GH¢321bn next year, the finance minister said.",
        [["GH¢312.4 billion", "GH¢321bn"]],
        "planned leave-alone: a sum planned meets a sum pencilled in",
    ),
    # ------------------------------------------------------------------------- 9: all but a few of a whole
    (
        "All but five of Glasgow's 169 council schools were closed today as teachers walked out over pay.",
        "In Glasgow, 164 schools were closed today as teachers walked out over pay.",
        [],
        "all-but catch: the whole all but five were closed of is not the count closed",
    ),
    (
        "All but five of Glasgow's 169 council schools were closed today as teachers walked out over pay.",
        "All but five of Glasgow's 172 council schools were closed today as teachers walked out over pay.",
        [["169", "172"]],
        "all-but leave-alone: two wholes meet",
    ),
    # ------------------------------------------------------------------------- 3: now against what it will rise to
    (
        "The minimum pension, currently about 1,880 zlotys a month, is the main target of the reform.",
        "From March the minimum pension will rise to 2,100 zlotys a month.",
        [],
        "now catch: today's pension is not the pension it will rise to",
    ),
    (
        "The minimum pension will rise to 2,200 zlotys a month from March.",
        "From March the minimum pension will rise to 2,100 zlotys a month.",
        [["2,200 zlotys", "2,100 zlotys"]],
        "now leave-alone: two amounts it will rise to conflict",
    ),
    (
        "The minimum pension is currently 1,880 zlotys a month.",
        "The minimum pension now stands at 1,950 zlotys a month.",
        [["1,880 zlotys", "1,950 zlotys"]],
        "now leave-alone: two amounts of today conflict",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "label"), PROBES, ids=[p[3][:60] for p in PROBES])
def test_false_alarm_rule_3_probe(a: str, b: str, expected: list[list[str]], label: str) -> None:
    got = probe_conflicts(a, b)
    assert conflicts_match(expected, got), got
