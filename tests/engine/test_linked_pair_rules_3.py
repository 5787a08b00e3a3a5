# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of a third round of rules that find conflicts the engine missed on linked sentences: the ages a group
ranges over ("patients range in age from 34 to 91") as its youngest and oldest, two exact ages; a winning margin told
on its own ("by a margin of just six votes") against the tally it is the difference of ("voting 76-71"); and "net
income" as the net profit it names. Each catch comes with a probe the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.engine.cases import conflicts_match, probe_conflicts

# fmt: off
PROBES = [
    # ------------------------------------------------------------------ the ages a group ranges over
    (
        "Patients range in age from 34 to 91 years, the health board said.",
        "The patients range in age from 35 to 91, the health board said.",
        [["from 34 to 91", "from 35 to 91", "contradiction"]],
        "age span: the youngest patient is 34 in one, 35 in the other",
    ),
    (
        "The victims' ages ranged from 19 to 64, police said on Sunday.",
        "Police said the ages of the victims ranged from 19 to 46.",
        [["from 19 to 64", "from 19 to 46", "contradiction"]],
        "age span: 'ages ranged from', the oldest told two ways",
    ),
    (
        "Patients range in age from 34 to 91 years (median age 68), the health board said.",
        "The patients range in age from 34 to 91, the health board said.",
        [],
        "age span leave-alone: the same youngest and oldest, a median beside them",
    ),
    (
        "Most of the cases are children between the ages of 1 and 17, the ministry said.",
        "Most of the cases are children between the ages of 2 and 17, the ministry said.",
        [["1 and 17", "2 and 17", "contradiction"]],
        "age span: 'between the ages of', the youngest told two ways",
    ),
    (
        "Witnesses described the attacker as a man aged between 20 and 30, police said.",
        "Witnesses described the attacker as a man aged between 25 and 35, police said.",
        [],
        "age span leave-alone: a guess at one man's age is no group's youngest and oldest",
    ),
    # ------------------------------------------------------------------ a margin against its tally
    (
        "The bill cleared the lower house on Thursday, with MPs voting 76-71 in favour.",
        "The bill cleared the lower house on Thursday by a margin of just six votes.",
        [["76", "six", "contradiction"]],
        "margin: 76-71 is a margin of five, not six",
    ),
    (
        "Okafor won the seat with 12,480 votes to 12,168 for her rival, the commission said.",
        "Okafor won the seat by 412 votes, the commission said.",
        [["12,480", "412", "contradiction"]],
        "margin: 12,480 less 12,168 is 312",
    ),
    (
        "The bill cleared the lower house on Thursday, with MPs voting 76-71 in favour.",
        "The bill cleared the lower house on Thursday by a margin of just five votes.",
        [],
        "margin leave-alone: 76-71 is a margin of five",
    ),
    (
        "Okafor won the seat with 12,480 votes to 12,168 for her rival, the commission said.",
        "Okafor won the seat by about 300 votes, the commission said.",
        [],
        "margin leave-alone: 'about 300' is the 312 rounded",
    ),
    (
        "The bill cleared the lower house on Thursday, with MPs voting 76-71 in favour.",
        "The bill cleared the lower house on Thursday by 76 votes to 70, a margin of six votes.",
        [["71", "70", "contradiction"]],
        "margin leave-alone: a sentence with its own tally is set against the tally, not its margin",
    ),
    # ------------------------------------------------------------------ net income is net profit
    (
        "Net income declined 4% to CHF 5.02 billion, reflecting a writedown on the kidney programme.",
        "At the bottom line, net profit dropped 14 per cent, dragged down by a writedown on a failed kidney drug.",
        [["4%", "14 per cent", "contradiction"]],
        "net income: the same line, down 4% in one and 14 per cent in the other",
    ),
    (
        "Net earnings rose 3% in the quarter, helped by lower funding costs, the bank said.",
        "Net profit climbed 13 per cent in the quarter on lower funding costs, the bank said.",
        [["3%", "13 per cent", "contradiction"]],
        "net income: net earnings and net profit, 3% against 13 per cent",
    ),
    (
        "Net income declined 4% to CHF 5.02 billion, reflecting a writedown on the kidney programme.",
        "Shares in the company dropped 14 per cent after the writedown on the kidney drug.",
        [],
        "net income leave-alone: the shares' fall is not the profit's",
    ),
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected", "label"), PROBES, ids=[p[3][:60] for p in PROBES])
def test_linked_pair_rule_probe(a: str, b: str, expected: list[list[str]], label: str) -> None:
    got = probe_conflicts(a, b)
    assert conflicts_match(expected, got), got
