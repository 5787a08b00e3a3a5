# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of rules that find conflicts the engine missed on linked sentences: a figure's noun read as people
("newborns"), a forecast set against a figure told in the future ("will cost"), a wait told "within ... of" a moment
or "after that call", a year that a line of the accounts reports ("Operating profit for 2025"), the base of a change
in billions of a currency ("from 412 billion won a year earlier"), an exact percentage set first against an exact
one rather than a fraction-in-words threshold ("fewer than half"), a family name written first ("Yoon Seo-yeon"), and
a survey of economists read as a forecast. Each catch comes with a probe the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    # ------------------------------------------------------------------ newborns are people
    (
        "Eleven newborns in the intensive care unit have tested positive for the bacterium, the hospital said.",
        "Thirteen infants in the intensive care unit have tested positive for the bacterium, the hospital said.",
        [["Eleven", "Thirteen", "contradiction"]],
        "people: newborns and infants are one group",
    ),
    (
        "Eleven newborns in the unit have tested positive for the bacterium, and 40 staff were screened.",
        "Eleven babies in the unit have tested positive for the bacterium, the hospital said.",
        [],
        "people leave-alone: the staff screened are not the babies",
    ),
    # ------------------------------------------------------------------ a forecast against what will be
    (
        "The company expects the restructuring to cost about 420 million ringgit, it said in a filing on Monday.",
        "The restructuring will cost the company 42 million ringgit, it said in a filing on Monday.",
        [["about 420 million ringgit", "42 million ringgit", "contradiction"]],
        "to come: an expected cost and a cost that will be",
    ),
    (
        "Analysts expect the strike to cost the airline about $50 million.",
        "The strike cost the airline $30 million, the company said.",
        [],
        "to come leave-alone: a forecast and a cost already counted",
    ),
    # ------------------------------------------------------------------ a wait told from a moment
    (
        "She said police were at the scene within four minutes of the first call.",
        "The first officers arrived seven minutes after the alarm was raised, according to prosecutors.",
        [["four minutes", "seven minutes", "contradiction"]],
        "wait: 'within four minutes of' the call and help arriving 'seven minutes after' it",
    ),
    (
        "She said police were at the scene within four minutes of the first call.",
        "The first police patrol arrived at 17:47, seven minutes after that call.",
        [["four minutes", "seven minutes", "contradiction"]],
        "wait: 'after that call' is a moment to count from, as 'within ... of the first call'",
    ),
    (
        "She said police were at the scene within four minutes of the first call.",
        "The shooting lasted seven minutes, she said.",
        [],
        "wait leave-alone: when help came is not how long the shooting lasted",
    ),
    (
        "The judge ordered the authority to pay within 120 days, court documents showed.",
        "The authority must settle the award within 90 days of the judgment, the court said.",
        [["120 days", "90 days", "contradiction"]],
        "deadline: 'must settle within 90 days of the judgment' is how long it has, as 'to pay within 120 days'",
    ),
    # ------------------------------------------------------------------ the year the accounts report
    (
        "SEOUL, Feb 5, 2026 (Wire) - Operating profit for 2025 more than doubled to 1.07 trillion won from 412 billion won a year earlier, the shipbuilder said.",
        "SEOUL, Feb 5, 2026 (Wire) - The shipbuilder said its operating profit came to 1.7 trillion won.",
        [["1.07 trillion won", "1.7 trillion won", "contradiction"]],
        "accounts: last year's profit, reported now, with its base a year earlier",
    ),
    (
        "SEOUL, Feb 5, 2026 (Wire) - The order backlog stood at $53.8 billion at the end of 2025, the shipbuilder said.",
        "SEOUL, Feb 5, 2026 (Wire) - The shipbuilder's order backlog stood at $58.3 billion at the end of December.",
        [["$53.8 billion", "$58.3 billion", "contradiction"]],
        "accounts: a level at the end of last year, reported now",
    ),
    (
        "SEOUL, Feb 5, 2026 (Wire) - The shipbuilder said operating profit rose to 1.07 trillion won from 412 billion won a year earlier.",
        "SEOUL, Feb 5, 2026 (Wire) - The shipbuilder's operating profit came to 1.07 trillion won.",
        [],
        "accounts leave-alone: the base of the change is not set against this year's profit",
    ),
    # ------------------------------------------------------------------ exact before a fraction in words
    (
        "Turnout was 48.6 percent of the 590,000 registered voters, the commission said.",
        "Turnout was 46.8%, which means that fewer than half of those entitled to vote did so.",
        [["48.6 percent", "46.8%", "contradiction"]],
        "threshold: an exact turnout against an exact turnout, not against 'fewer than half'",
    ),
    (
        "Turnout was 46.8 percent of the 590,000 registered voters, the commission said.",
        "Turnout was 46.8%, which means that fewer than half of those entitled to vote did so.",
        [],
        "threshold leave-alone: the same turnout, and fewer than half holds",
    ),
    # ------------------------------------------------------------------ a family name written first
    (
        "Former finance chief Yoon Seo-yeon was sentenced to eight years in prison.",
        "Yoon was sentenced to six years in prison, the court said.",
        [["eight years", "six years", "contradiction"]],
        "name: Yoon Seo-yeon is Yoon",
    ),
    (
        "Former technology chief Lim Jae-ho was sentenced to eight years in prison.",
        "Yoon was sentenced to six years in prison, the court said.",
        [],
        "name leave-alone: Lim Jae-ho is not Yoon",
    ),
    # ------------------------------------------------------------------ a survey of economists forecasts
    (
        "A survey of economists by the central bank had pointed to a monthly rise of 0.4%.",
        "Consumer prices rose 0.5% in October, above the 0.3% median forecast in the central bank's survey of economists.",
        [["0.4%", "0.3%", "contradiction"]],
        "survey: two reports of the survey's forecast",
    ),
    (
        "A survey of economists by the central bank had pointed to a monthly rise of 0.4%.",
        "Consumer prices rose 0.5% in October, the statistics institute said.",
        [],
        "survey leave-alone: the forecast is not the rise reported",
    ),
]
# fmt: on

# two surnames, the second left out (Spanish and Portuguese names)
PROBES += [
    (
        "The lorry's driver, Joaquín Herrera Salas, a 47-year-old from Osorno, died at the scene.",
        "Lorry driver Joaquin Herrera, 48, died at the scene, police said.",
        [["47-year-old", "48", "contradiction"]],
        "two surnames: one person, the second surname left out",
    ),
    (
        "The lorry's driver, Joaquín Herrera Salas, a 47-year-old from Osorno, died at the scene.",
        "A passenger, Marta Herrera, 48, died at the scene, police said.",
        [],
        "two surnames leave-alone: another first name is another person",
    ),
]


@pytest.mark.parametrize(("a", "b", "expected", "label"), PROBES, ids=[p[3][:60] for p in PROBES])
def test_linked_pair_rule_probe(a: str, b: str, expected: list[list[str]], label: str) -> None:
    got = probe_conflicts(a, b)
    assert conflicts_match(expected, got), got
