# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of a second round of rules that find conflicts the engine missed on linked sentences: an approximate figure
with a floor well below it, shops and stores as one counted thing, "four of the patients have died" as a toll, the
role an age is told of beside it ("The suspect, a 43-year-old man"), a digit dropped from a figure that was then
rounded ("about 41,000" and "412,590"), ballots and votes as one tally mistyped, a death told after a "with" phrase
("two infants with confirmed infection have died"), and parts of a total in one named place ("650 in Switzerland").
Each catch comes with a probe the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    # ------------------------------------------------------------------ an approximate figure and a floor well below it
    (
        "Paramedics treated about 1,100 people for heat exhaustion at the festival, the organisers said.",
        "Paramedics treated more than 1,000 people for heat exhaustion at the festival, the organisers said.",
        [["about 1,100", "more than 1,000", "discrepancy"]],
        "floor: 'more than 1,000' sits well below 'about 1,100'",
    ),
    (
        "Paramedics treated some 61,000 people for heat exhaustion over the summer, the ministry said.",
        "Paramedics treated more than 60,000 people for heat exhaustion over the summer, the ministry said.",
        [],
        "floor leave-alone: 'more than 60,000' is 'some 61,000' in round words",
    ),
    (
        "Nearly 500 passengers were on board the ferry when it left the port, the coast guard said.",
        "More than 450 passengers were on board the ferry when it left the port, the coast guard said.",
        [],
        "floor leave-alone: 'nearly 500' and 'more than 450' bracket one figure",
    ),
    # ------------------------------------------------------------------ shops and stores
    (
        "The bakery chain has closed all six of its shops while inspectors investigate the outbreak.",
        "The bakery chain has closed all seven of its stores while inspectors investigate the outbreak.",
        [["six", "seven", "contradiction"]],
        "shops: shops and stores are one counted thing",
    ),
    (
        "The bakery chain has closed all six of its shops while inspectors investigate the outbreak.",
        "The bakery chain has closed all six of its stores and two kitchens while inspectors investigate the outbreak.",
        [],
        "shops leave-alone: the kitchens are not the stores",
    ),
    # ------------------------------------------------------------------ "four of the patients have died" is a toll
    (
        "Five patients have already died, according to relatives who spoke to the newspaper.",
        "Four of the patients have died, the hospital said on Friday.",
        [["Five", "Four", "contradiction"]],
        "toll: 'of the patients have died' tells what befell the patients",
    ),
    (
        "Five patients have died in the outbreak, the hospital said on Friday.",
        "Two of those who have died were elderly, the hospital said on Friday.",
        [],
        "toll leave-alone: 'two of those who have died' is some of the dead",
    ),
    # ------------------------------------------------------------------ the role an age is told of beside it
    (
        "The suspect, a 43-year-old man from the city's east, had no known links to extremist groups.",
        "The suspect is a 34-year-old man who lives in the east of the city, prosecutors said.",
        [["43-year-old", "34-year-old", "contradiction"]],
        "role: 'The suspect, a 43-year-old' and 'The suspect is a 34-year-old' are one person",
    ),
    (
        "The suspect, a 43-year-old man from the city's east, was arrested at the scene.",
        "The victim was a 29-year-old man from the city's east, police said after the arrest at the scene.",
        [],
        "role leave-alone: the suspect's age is not the victim's",
    ),
    # ------------------------------------------------------------------ a digit dropped, the rest rounded
    (
        "Ana Ruiz, a Green senator who had hoped to draw young voters, finished a distant third with about 41,000 votes.",
        "Ana Ruiz Soto, of the Green party, placed third with 412,590 votes (12.51%).",
        [["about 41,000", "412,590", "contradiction"]],
        "tenfold: 'about 41,000' is 412,590 with a digit dropped",
    ),
    (
        "Ana Ruiz, a Green senator who had hoped to draw young voters, finished a distant third with about 41,000 votes.",
        "Ana Ruiz Soto, of the Green party, placed third with 41,259 votes (12.51%).",
        [],
        "tenfold leave-alone: 41,259 is about 41,000",
    ),
    # ------------------------------------------------------------------ ballots and votes, one tally mistyped
    (
        "The referendum needed 2,368 ballots to be valid, an official said before polls opened.",
        "The referendum needed 2,638 votes to be valid, an official said before polls opened.",
        [["2,368", "2,638", "contradiction"]],
        "tally: 2,368 ballots and 2,638 votes, the digits swapped",
    ),
    (
        "Smith won the mayoral race with 52,310 votes, the election commission said.",
        "In the mayoral race 61,450 ballots were cast, the election commission said.",
        [],
        "tally leave-alone: the ballots cast are not one candidate's votes",
    ),
    # ------------------------------------------------------------------ a death told after a "with" phrase
    (
        "Two infants with confirmed infection have died, the health department said.",
        "Three babies have died of the infection, the health department said on Wednesday.",
        [["Two", "Three", "contradiction"]],
        "with: 'with confirmed infection' names the infants; 'have died' is what befell them",
    ),
    (
        "Twelve infants with confirmed infection are being treated in isolation, the health department said.",
        "Three babies have died of the infection, the health department said on Wednesday.",
        [],
        "with leave-alone: the infants treated are not the dead",
    ),
    # ------------------------------------------------------------------ parts of a total in one named place
    (
        "The company will cut around 1,800 positions by 2026, including about 650 in Switzerland.",
        "The company will cut 1,800 jobs by 2026, 560 of them in Switzerland.",
        [["about 650", "560", "contradiction"]],
        "place: two parts of one total in Switzerland",
    ),
    (
        "The company will cut around 1,800 positions by 2026, including about 650 in Switzerland.",
        "The company will cut 1,800 jobs by 2026, 560 of them in Germany.",
        [],
        "place leave-alone: Switzerland's part is not Germany's",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "label"), PROBES, ids=[p[3][:60] for p in PROBES])
def test_linked_pair_rule_probe(a: str, b: str, expected: list[list[str]], label: str) -> None:
    got = probe_conflicts(a, b)
    assert conflicts_match(expected, got), got
