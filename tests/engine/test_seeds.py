"""The foundation issue's acceptance check on the two seed articles."""

from __future__ import annotations

from engine.sources import load_source
from tests.conftest import SEEDS


def _claims() -> list:
    return [c for k, path in enumerate(SEEDS) for c in load_source(path, f"s{k + 1}").claims]


def _find(text: str, predicate: str | None = None, subject: str | None = None) -> list:
    return [
        c
        for c in _claims()
        if c.text.lower() == text.lower()
        and (predicate is None or c.predicate == predicate)
        and (subject is None or c.subject == subject)
    ]


def test_seed_claims() -> None:
    assert _find("430", "launched", "drones")[0].quantity.low == 430
    assert _find("18", "launched", "missiles")[0].quantity.high == 18
    killed = _find("at least 5", "killed", "people")[0]
    assert (killed.quantity.low, killed.quantity.high) == (5, None)
    assert killed.attribution == "Kyiv Mayor Vitali Klitschko"
    injured = _find("over two dozen", "injured", "people")[0]
    assert (injured.quantity.low, injured.quantity.high, injured.quantity.low_open) == (24, None, True)
    assert _find("at least 15", "damaged", "buildings")
    assert _find("at least 11", "injured", "people")
    assert _find("at least 11", "damaged", "buildings")


def test_seed_non_counts() -> None:
    kinds = {c.text: c.kind.value for c in _claims()}
    assert kinds["2022"] == "date"
    assert kinds["12:45 a.m."] == "time"
    assert kinds["18-month"] == "duration"
    assert not [c for c in _claims() if c.kind.value == "count" and c.text in ("2022", "12:45", "18-month", "12")]


def test_no_interface_line_is_a_sentence() -> None:
    source = load_source(SEEDS[1], "s2")
    texts = " ".join(s.text for s in source.sentences)
    for line in (
        "Listen to Article",
        "Share this article",
        "Discussion (0 Comments)",
        "Leave a Comment",
        "0/5000 characters",
        "3 min read",
        "More in World",
        "Click play",
        "Comments are moderated",
        "James Thompson",
        "Published",
    ):
        assert line not in texts
    assert source.title == "Massive missile and drone barrage hits Kyiv, homes struck"
    assert source.byline == "James Thompson"


def test_caption_is_metadata() -> None:
    source = load_source(SEEDS[0], "s1")
    assert source.date == "2025-11-14"
    assert not any("Photo by" in s.text for s in source.sentences)
    assert source.sentences[0].text.startswith("(LONDON) -- At least 5 people")


def test_seed_comparison_finds_the_two_discrepancies() -> None:
    """The issue's own examples, in the articles it was conceived on: "over two dozen" against "at least 11" injured
    and "at least 15" against "at least 11" buildings, both discrepancies, and nothing else."""
    from engine.compare import compare

    comparison = compare(SEEDS)
    found = sorted(
        (conflict.severity.value, conflict.subject, tuple(sorted(m.claim for m in conflict.members)))
        for conflict in comparison.conflicts
    )
    texts = {c.id: c.text.lower() for source in comparison.sources for c in source.claims}
    assert [(severity, subject, sorted(texts[c] for c in claims)) for severity, subject, claims in found] == [
        ("discrepancy", "buildings damaged", ["at least 11", "at least 15"]),
        ("discrepancy", "people injured", ["at least 11", "over two dozen"]),
    ]
