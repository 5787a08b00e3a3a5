"""Writes the Markdown report an editor reads: sources, conflicts first, the claim matrix, what one source alone
says, and the reviewer's notes.

Every piece of article text goes through :func:`md_escape`, so pipes, backticks, HTML, links and emphasis markers
inside an article cannot break a table or inject markup: the report is valid CommonMark that renders on GitHub.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from engine.matrix import claim_matrix
from engine.models import Claim, Comparison, Conflict, Severity, Source

__all__ = ["SYMBOLS", "export_command", "markdown_report", "md_escape", "marked_sentence"]

SYMBOLS = {Severity.CONTRADICTION: "✖", Severity.DISCREPANCY: "≠", None: "✓"}
"""The symbol of each severity, the same in the app and the report (colour is never the only signal)."""

_ESCAPE = re.compile(r"([\\`*_\[\]|~])")
_LINE_START = re.compile(r"^(\s*)([#+=>-]|\d+[.)])")


def md_escape(text: str) -> str:
    """Escape ``text`` for use inside a Markdown paragraph, list item or table cell.

    Backslash-escapes the characters that open inline markup or split a table (``\\ ` * _ [ ] | ~``), turns
    ``& < >`` into entities so HTML stays text, escapes a block marker at the start (``#``, ``-``, ``>``, ``1.``),
    and folds line breaks into spaces.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _ESCAPE.sub(r"\\\1", text)
    text = re.sub(r"[ \t]*\n\s*", " ", text)
    return _LINE_START.sub(_escape_marker, text)


def _escape_marker(match: re.Match[str]) -> str:
    marker = match.group(2)
    if marker[0].isdigit():
        return f"{match.group(1)}{marker[:-1]}\\{marker[-1]}"  # "1." -> "1\."
    return f"{match.group(1)}\\{marker}"


def marked_sentence(source: Source, sentence_id: str, claim_ids: set[str]) -> str:
    """A sentence escaped for Markdown, with the given claims' figures in bold."""
    sentence = source.sentence(sentence_id)
    out = []
    pos = sentence.start
    for claim in sentence.claims:
        if claim.id not in claim_ids:
            continue
        out.append(md_escape(source.text[pos : claim.start]))
        out.append(f"**{md_escape(claim.text)}**")
        pos = claim.end
    out.append(md_escape(source.text[pos : sentence.end]))
    return "".join(out)


def _claim(comparison: Comparison, source_id: str, claim_id: str) -> Claim:
    for claim in comparison.source(source_id).claims:
        if claim.id == claim_id:
            return claim
    raise KeyError(claim_id)


def _cell(value: str | None) -> str:
    return md_escape(value) if value else "—"


def markdown_report(
    comparison: Comparison,
    annotations: Mapping[str, Mapping[str, Any]] | None = None,
    notes: str | None = None,
    title: str = "crosscheck report",
) -> str:
    """Render a comparison (and a reviewer's annotations) as a Markdown report.

    Args:
        comparison: The comparison.
        annotations: Optional verdicts and notes keyed by conflict, claim, link or sentence id:
            ``{"C1": {"verdict": "confirmed", "note": "..."}}``.
        notes: The reviewer's general notes.
        title: The report's heading.
    """
    annotations = annotations or {}
    lines: list[str] = [f"# {md_escape(title)}", ""]
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines += [
        f"Generated {stamp}: {len(comparison.sources)} sources, {len(comparison.links)} linked passages, "
        f"{len(comparison.contradictions)} contradictions ({SYMBOLS[Severity.CONTRADICTION]}), "
        f"{len(comparison.discrepancies)} discrepancies ({SYMBOLS[Severity.DISCREPANCY]}).",
        "",
        "## Sources",
        "",
        "| id | title | outlet or path | date | sentences | figures |",
        "|---|---|---|---|---:|---:|",
    ]
    for source in comparison.sources:
        lines.append(
            f"| {source.id} | {_cell(source.title)} | {_cell(source.outlet or source.path)} | {_cell(source.date)} "
            f"| {len(source.sentences)} | {len(source.claims)} |"
        )
    lines += ["", "## Conflicts", ""]
    if comparison.conflicts:
        lines += [
            "| # | severity | what | first source | second source | verdict | note |",
            "|---|---|---|---|---|---|---|",
        ]
        for conflict in comparison.conflicts:
            lines.append(_conflict_row(comparison, conflict, annotations.get(conflict.id, {})))
    else:
        lines.append("No conflicting figures were found between linked passages.")
    rows = claim_matrix(comparison, min_sources=1)
    lines += ["", "## Claim matrix", ""]
    if rows:
        header = "| claim | " + " | ".join(md_escape(s.id) for s in comparison.sources) + " |"
        lines += [header, "|---|" + "---|" * len(comparison.sources)]
        for row in rows:
            cells = []
            for cell in row.cells:
                if not cell.claims:
                    cells.append("—")
                    continue
                figures = ", ".join(md_escape(c.text) for c in cell.claims)
                mark = SYMBOLS[cell.severity] if cell.severity else ""
                if cell.outlier:
                    mark += " outlier"
                cells.append(f"{figures} {mark}".strip())
            lines.append(f"| {md_escape(row.label)} | " + " | ".join(cells) + " |")
    else:
        lines.append("No counted claims (killed, injured, damaged...) were found.")
    lines += ["", "## Said by one source only", ""]
    linked = {m.sentence for link in comparison.links for m in link.members}
    alone = 0
    for source in comparison.sources:
        items = [s for s in source.sentences if s.id not in linked and s.claims]
        if not items:
            continue
        lines.append(f"**{md_escape(source.label)}** ({source.id})")
        lines.append("")
        for sentence in items:
            alone += 1
            lines.append(f"- {marked_sentence(source, sentence.id, {c.id for c in sentence.claims})}")
        lines.append("")
    if not alone:
        lines += ["Every sentence with a figure is reported by more than one source.", ""]
    noted = [(key, value) for key, value in annotations.items() if value.get("note") or value.get("verdict")]
    lines += ["## Reviewer's notes", ""]
    if notes:
        lines += [md_escape(notes), ""]
    if noted:
        for key, value in noted:
            verdict = f" — {md_escape(str(value['verdict']))}" if value.get("verdict") else ""
            note = f": {md_escape(str(value['note']))}" if value.get("note") else ""
            lines.append(f"- {md_escape(key)}{verdict}{note}")
        lines.append("")
    elif not notes:
        lines += ["No notes yet.", ""]
    return "\n".join(lines).rstrip() + "\n"


def _conflict_row(comparison: Comparison, conflict: Conflict, annotation: Mapping[str, Any]) -> str:
    sides = []
    for member in conflict.members:
        source = comparison.source(member.source)
        claim = _claim(comparison, member.source, member.claim)
        cited = f" — citing {md_escape(claim.attribution)}" if claim.attribution else ""
        sides.append(
            f"{md_escape(source.label)} ({source.id}): {marked_sentence(source, member.sentence, {member.claim})}"
            f"{cited}"
        )
    symbol = SYMBOLS[conflict.severity]
    return (
        f"| {conflict.id} | {symbol} {conflict.severity.value} | {_cell(conflict.subject)} | {sides[0]} | {sides[1]} "
        f"| {_cell(annotation.get('verdict'))} | {_cell(annotation.get('note'))} |"
    )


def export_command(inputs: list[str], fmt: str = "markdown", session: str | None = None) -> str:
    """The text ``crosscheck export`` writes, from a session file or from articles (with their session, if any)."""
    import json
    from pathlib import Path

    from engine.compare import compare
    from engine.serialize import comparison_document
    from tui.session import Session, default_session_path, load_session_for_export

    if len(inputs) == 1 and inputs[0].endswith(".crosscheck.json"):
        comparison, annotations, notes = load_session_for_export(inputs[0])
    else:
        comparison = compare(inputs)
        session_path = Path(session) if session else default_session_path(inputs)
        annotations, notes = {}, None
        if session_path is not None and session_path.exists():
            loaded = Session.open(session_path)
            comparison = loaded.attach(comparison)
            annotations, notes = loaded.annotations_by_id(), loaded.data.notes or None
    if fmt == "json":
        document = comparison_document(comparison)
        document["annotations"] = annotations
        document["notes"] = notes
        return json.dumps(document, ensure_ascii=False, indent=2)
    return markdown_report(comparison, annotations, notes)
