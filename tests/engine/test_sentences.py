"""Table-driven tests of sentence splitting over tests/data/engine/sentences.jsonl, and offset integrity."""

from __future__ import annotations

import pytest

from engine.sentences import split_sentences
from tests.engine.cases import load_jsonl

ROWS = load_jsonl("sentences.jsonl")


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_split(row: dict) -> None:
    spans = split_sentences(row["text"])
    assert [row["text"][a:b] for a, b in spans] == row["sentences"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "(LONDON) -- At least 5 people died. More were hurt.",
            ["(LONDON) -- At least 5 people died.", "More were hurt."],
        ),
        ('"We will rebuild," she said. Then she left.', ['"We will rebuild," she said.', "Then she left."]),
        ('"Is it over?" she asked.', ['"Is it over?" she asked.']),
        ("Listen to Article\nThe mayor spoke.", ["Listen to Article", "The mayor spoke."]),
        (
            "Dr. Smith met Mr. Jones on Jan. 5 at 3 p.m. Officials said so.",
            ["Dr. Smith met Mr. Jones on Jan. 5 at 3 p.m.", "Officials said so."],
        ),
        ("Growth was 3.5% in the U.S. economy.", ["Growth was 3.5% in the U.S. economy."]),
        ("He moved to the U.S. 12 years ago. He left.", ["He moved to the U.S. 12 years ago.", "He left."]),
        ("The fight started on U.S. 12, police said.", ["The fight started on U.S. 12, police said."]),
        ("The meeting ended at 5 p.m. 12 people were held.", ["The meeting ended at 5 p.m.", "12 people were held."]),
        ("He was killed on Tuesday.Two men are held.", ["He was killed on Tuesday.", "Two men are held."]),
        ("It was cold.The wind blew!Then it rained.", ["It was cold.", "The wind blew!", "Then it rained."]),
        ("Two were shot on St.Clair Avenue.", ["Two were shot on St.Clair Avenue."]),
        ("He met J.K.Rowling and saw e.g.The Times.", ["He met J.K.Rowling and saw e.g.The Times."]),
        (
            "Halvorsen Marine Inc. (NYSE: HVM) said profit rose. It was a record.",
            ["Halvorsen Marine Inc. (NYSE: HVM) said profit rose.", "It was a record."],
        ),
        ("The deal closed in the U.S. (Prices rose.) Then it fell.", ["The deal closed in the U.S.", "(Prices rose.)",
                                                                      "Then it fell."]),
        ('"I... I honestly don\'t know," she said. Then she left.', ['"I... I honestly don\'t know," she said.',
                                                                   "Then she left."]),
        ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
    ],
)
def test_tricky(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_huge_line_is_cut() -> None:
    text = "word " * 100_000
    spans = split_sentences(text)
    assert all(b - a <= 1500 for a, b in spans)
    assert len(spans) > 100
