"""Unit tests of the review app's pieces: word wrap by offsets, the comparison index, filters, matrix cells."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from engine.compare import compare
from engine.matrix import claim_matrix
from engine.models import Severity
from tui.report import SYMBOLS
from tui.screens.filter import ViewFilter, filter_choices
from tui.screens.matrix import cell_text
from tui.screens.review import pane_capacity
from tui.widgets.article_pane import wrap_offsets
from tui.widgets.comparison_index import MARK_SYMBOLS, ComparisonIndex, Mark

from .conftest import HARBOUR

WRAP_CASES = [
    ("short", "At least 5 people", 40, ["At least 5 people"]),
    ("exact", "aaaa bbbb", 9, ["aaaa bbbb"]),
    ("break", "aaaa bbbb cccc", 9, ["aaaa bbbb ", "cccc"]),
    ("long word", "see https://example.com/a/very/long/path now", 10, None),
    ("wide", "東京で地震があった 15 人", 8, None),
    ("empty", "", 10, [""]),
]


@pytest.mark.parametrize(("case", "text", "width", "expected"), WRAP_CASES, ids=[c[0] for c in WRAP_CASES])
def test_wrap_offsets(case: str, text: str, width: int, expected: list[str] | None) -> None:
    spans = wrap_offsets(text, width)
    lines = [text[a:b] for a, b in spans]
    assert "".join(lines) == text  # nothing lost, nothing repeated
    assert all(cell_len(line.rstrip()) <= width for line in lines)
    if expected is not None:
        assert lines == expected


@pytest.fixture(scope="module")
def index() -> ComparisonIndex:
    return ComparisonIndex.build(compare(HARBOUR))


def test_index_marks_and_partners(index: ComparisonIndex) -> None:
    comparison = index.comparison
    for conflict in comparison.conflicts:
        keys = [index.by_sentence_id[m.sentence] for m in conflict.members]
        for key in keys:
            assert index.mark(key) in (Mark.CONTRADICTION, Mark.DISCREPANCY)
            others = index.partners(key)
            assert all(sid != key[0] for sid in others)
        a, b = keys
        assert b[1] in index.partners(a)[b[0]]
    for link in comparison.links:
        for member in link.members:
            assert index.is_linked(index.by_sentence_id[member.sentence])
    counts = {sid: 0 for sid in index.order}
    for conflict in comparison.contradictions:
        for sid in {m.source for m in conflict.members}:
            counts[sid] += 1
    assert {sid: c[0] for sid, c in index.counts.items()} == counts


def test_gutter_symbols_match_the_report() -> None:
    assert MARK_SYMBOLS[Mark.CONTRADICTION] == SYMBOLS[Severity.CONTRADICTION]
    assert MARK_SYMBOLS[Mark.DISCREPANCY] == SYMBOLS[Severity.DISCREPANCY]
    assert len(set(MARK_SYMBOLS.values())) == len(MARK_SYMBOLS)


def test_filters_keep_what_they_say(index: ComparisonIndex) -> None:
    choices = filter_choices(index)
    assert choices[0][0] is None
    for kind, _label in choices[1:]:
        view_filter = ViewFilter().with_kind(kind)
        assert view_filter.kind == kind
        kept = [
            (sid, s.index)
            for sid in index.order
            for s in index.sources[sid].sentences
            if view_filter.keeps(index, (sid, s.index))
        ]
        assert kept, kind
    linked = ViewFilter(linked_only=True)
    assert linked.describe() == "linked or conflicting only"


def test_matrix_cells_carry_symbols(index: ComparisonIndex) -> None:
    rows = claim_matrix(index.comparison)
    assert rows
    for row in rows:
        for column, cell in enumerate(row.cells):
            text, severity, _outlier = cell_text(row, column)
            if not cell.claims:
                assert text == "—"
            elif severity is not None:
                assert text.endswith(SYMBOLS[severity]) or text.endswith("◆")


@pytest.mark.parametrize(("width", "panes"), [(60, 2), (80, 2), (119, 2), (120, 3), (160, 4), (300, 4)])
def test_pane_capacity(width: int, panes: int) -> None:
    assert pane_capacity(width) == panes
