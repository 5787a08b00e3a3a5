"""Loads the table-driven engine cases in tests/data/engine and compares engine output with them."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from engine.compare import compare
from engine.models import Comparison
from engine.sources import source_from_text

DATA = Path(__file__).resolve().parent.parent / "data" / "engine"


def load_jsonl(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-6)


def claim_mismatches(expected: dict[str, Any], got: Any) -> list[str]:
    """Differences between an expected claim (a dict from quantities.jsonl) and an engine Claim."""
    problems = []
    if expected["text"] != got.text:
        problems.append(f"text {got.text!r} != {expected['text']!r}")
    if expected["kind"] != got.kind.value:
        problems.append(f"kind {got.kind.value} != {expected['kind']}")
    q = got.quantity
    if not close(expected["low"], q.low) or not close(expected["high"], q.high):
        problems.append(f"interval [{q.low}, {q.high}] != [{expected['low']}, {expected['high']}]")
    if expected.get("unit") != q.unit:
        problems.append(f"unit {q.unit} != {expected.get('unit')}")
    return problems


def compare_texts(*texts: str) -> Comparison:
    """Compare articles given as text, ``0.txt``, ``1.txt``... (sources ``s1``, ``s2``...)."""
    return compare([source_from_text(t, f"{k}.txt", f"s{k + 1}") for k, t in enumerate(texts)])


def compare_bodies(*sentences: str) -> Comparison:
    """Compare articles of one body sentence each, each after a one-word first line."""
    return compare_texts(*("Intro.\n\n" + sentence for sentence in sentences))


def _same_figure_text(expected: str, found: str) -> bool:
    e, g = expected.lower(), found.lower()
    return e == g or e in g or g in e


def probe_conflicts(a: str, b: str) -> list[list[str]]:
    """The conflicts found between two probe articles (each under a one-word title), each as its two figures as
    written and its severity."""
    comparison = compare_texts("Report\n\n" + a, "Report\n\n" + b)
    claims = {c.id: c for s in comparison.sources for c in s.claims}
    return [[claims[m.claim].text for m in c.members] + [c.severity.value] for c in comparison.conflicts]


def conflicts_match(expected: list[list[str]], found: list[list[str]]) -> bool:
    """Expected conflicts (two figures, and a severity when one is given) against those found, in any order, every
    one found expected; a figure matches a claim whose text holds it or is held in it."""
    left = list(found)
    for pe in expected:
        hit = next(
            (
                pg
                for pg in left
                if (len(pe) < 3 or pe[2] == pg[2])
                and (
                    (_same_figure_text(pe[0], pg[0]) and _same_figure_text(pe[1], pg[1]))
                    or (_same_figure_text(pe[0], pg[1]) and _same_figure_text(pe[1], pg[0]))
                )
            ),
            None,
        )
        if hit is None:
            return False
        left.remove(hit)
    return not left
