"""The Markdown report: valid CommonMark with GitHub tables, conflicts first, and article text kept inert."""

from __future__ import annotations

import html as html_module

from markdown_it import MarkdownIt

from engine.compare import compare
from engine.models import Severity
from engine.sources import source_from_text
from tests.conftest import SEEDS
from tui.report import markdown_report, md_escape

HOSTILE_A = (
    "Police said | at least 12 | people were hurt in the `blast` on Friday, officials <script>alert(1)</script> said.\n"
    "The [mayor](http://evil.example) said *3* homes **burned** overnight in the town of Orlen, firefighters said.\n"
)
HOSTILE_B = (
    "Officials said 14 people were hurt in the blast on Friday, police <b>confirmed</b> | later.\n"
    "The mayor said 5 homes burned overnight in the town of Orlen, firefighters said _again_.\n"
)


def _parse(report: str):
    md = MarkdownIt("commonmark").enable("table")
    return md.parse(report), md.render(report)


def test_seed_report_structure() -> None:
    report = markdown_report(compare(SEEDS))
    tokens, html = _parse(report)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[:5] == ["crosscheck report", "Sources", "Conflicts", "Claim matrix", "Said by one source only"]
    assert sum(1 for t in tokens if t.type == "table_open") == 3  # sources, conflicts, matrix
    assert "<strong>over two dozen</strong>" in html and "<strong>at least 11</strong>" in html


def test_hostile_text_stays_text() -> None:
    comparison = compare([source_from_text(HOSTILE_A, "a.txt", "s1"), source_from_text(HOSTILE_B, "b.txt", "s2")])
    assert comparison.conflicts
    report = markdown_report(
        comparison,
        {"C1": {"verdict": "disputed", "note": "ask | the <i>mayor</i> `now`"}},
        notes="Check [this](x) *today*",
    )
    tokens, html = _parse(report)
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;" in html
    assert "evil.example" in html and 'href="http://evil.example"' not in html
    assert "<em>" not in html and "**burned**" in html
    # Every row of every table keeps its column count: pipes inside article text did not split cells.
    for start in [i for i, t in enumerate(tokens) if t.type == "table_open"]:
        end = next(i for i in range(start, len(tokens)) if tokens[i].type == "table_close")
        counts, cells = [], 0
        for token in tokens[start:end]:
            if token.type in ("th_open", "td_open"):
                cells += 1
            elif token.type == "tr_close":
                counts.append(cells)
                cells = 0
        assert len(set(counts)) == 1, counts
    assert "disputed" in html and "ask | the &lt;i&gt;mayor&lt;/i&gt; `now`" in html


def test_md_escape_round_trips_visible_text() -> None:
    md = MarkdownIt("commonmark")
    for text in [
        "a | b",
        "`code`",
        "<script>x</script>",
        "[link](x)",
        "*em* _u_",
        "# not a heading",
        "1. item",
        "- dash",
        "> quote",
        "back\\slash",
        "~~strike~~",
        "&amp;",
    ]:
        rendered = md.renderInline(md_escape(text))
        assert html_module.unescape(rendered) == text, (text, rendered)


def test_reviewer_notes_keep_their_lines_and_stay_inert() -> None:
    comparison = compare(SEEDS)
    conflict = comparison.conflicts[0].id
    sentence = comparison.sources[0].sentences[1].id
    annotations = {
        conflict: {"kind": "conflict", "verdict": "needs a call", "note": "Call KCSA\n# not a heading\n\n- not a list"},
        sentence: {"kind": "sentence", "verdict": None, "note": "", "star": True},
        "unanchored: A sentence that was edited away": {"kind": "sentence", "verdict": "disputed", "note": "kept"},
    }
    report = markdown_report(comparison, annotations, notes="First line [x](y)\nsecond line <b>\n\nNew paragraph")
    tokens, html = _parse(report)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[-3:] == ["Reviewer's notes", "Starred (★)", "Verdicts and notes"]
    # The general notes: a hard line break inside the first paragraph, then a second paragraph; nothing rendered.
    assert "First line [x](y)<br />\nsecond line &lt;b&gt;</p>\n<p>New paragraph</p>" in html
    # The verdict in words beside its symbol, in the conflicts table and in the list; the note's lines kept.
    assert "? needs a call" in html
    assert "Call KCSA<br># not a heading<br>- not a list" in html  # in the table cell
    assert "<h1>not a heading" not in html and "<li>not a list" not in html
    assert "not found in the current articles" in html and "✗ disputed" in html
    assert comparison.sources[0].sentences[1].text.split()[0] in html.split("Starred")[1]
    # The summary counts the verdicts given, and each verdict names both figures as written.
    given = len(comparison.conflicts)
    assert f"; 1 of the {given} conflicts has a reviewer's verdict." in report.splitlines()[2]
    claims = {c.id: c for source in comparison.sources for c in source.claims}
    first, second = (claims[m.claim].text for m in comparison.conflicts[0].members)
    item = next(line for line in report.splitlines() if line.startswith(f"- **{conflict}**"))
    assert f"“{first}” (s1) against “{second}” (s2)" in item and "needs a call" in item


def test_the_summary_line_counts_in_words_that_agree() -> None:
    a = "Orlen floods\n\n12 people were killed in the flood in Orlen, police said. At least 20 homes were damaged."
    b = "Orlen floods\n\nPolice said 14 people were killed in the flood in Orlen. The flood damaged 25 homes."
    comparison = compare([source_from_text(a, "a.txt"), source_from_text(b, "b.txt", "s2")])
    summary = markdown_report(comparison).splitlines()[2]
    assert "2 sources, 2 linked passages, 1 contradiction (✖), 1 discrepancy (≠)." in summary


def test_every_conflict_has_a_row_in_the_claim_matrix() -> None:
    from engine.matrix import claim_matrix

    a = (
        "Ferry capsizes\n\nThe ferry MV Calla capsized off Port Delmar on Tuesday, the coast guard said. "
        "The ferry was licensed to carry no more than 180 passengers, port records show."
    )
    b = (
        "Port Delmar ferry\n\nThe MV Calla capsized off Port Delmar on Tuesday, the coast guard said. "
        "The ferry, well over its licensed limit of 120 passengers, overturned within minutes, port records show."
    )
    comparison = compare([source_from_text(a, "a.txt"), source_from_text(b, "b.txt", "s2")])
    assert comparison.conflicts
    shown = {claim.id for row in claim_matrix(comparison) for cell in row.cells for claim in cell.claims}
    assert all(member.claim in shown for conflict in comparison.conflicts for member in conflict.members)
    row = next(row for row in claim_matrix(comparison) if "capacity" in row.label)
    assert [cell.severity for cell in row.cells] == [Severity.CONTRADICTION, Severity.CONTRADICTION]
