"""Writes the Markdown report an editor reads: sources, conflicts first, the claim matrix, what one source alone
says, and the reviewer's notes.

Every piece of article text goes through :func:`md_escape`, so pipes, backticks, HTML, links and emphasis markers
inside an article cannot break a table or inject markup: the report is valid CommonMark that renders on GitHub.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from engine.errors import CrosscheckError
from engine.matrix import claim_matrix
from engine.models import Claim, Comparison, Conflict, Severity, Source

__all__ = [
    "NOTE",
    "ReportError",
    "STAR",
    "SYMBOLS",
    "VERDICT_SYMBOLS",
    "count_of",
    "default_report_path",
    "export_command",
    "markdown_report",
    "md_escape",
    "md_escape_lines",
    "marked_sentence",
    "verdict_label",
]

SYMBOLS = {Severity.CONTRADICTION: "✖", Severity.DISCREPANCY: "≠", None: "✓"}
"""The symbol of each severity, the same in the app and the report (colour is never the only signal)."""

VERDICT_SYMBOLS = {"confirmed": "✔", "disputed": "✗", "needs a call": "?", "ignore": "–"}
"""The symbol of each reviewer's verdict, always shown beside its words in the report and the detail bar."""
STAR = "★"
"""A starred sentence."""
NOTE = "✎"
"""A sentence with a note and no verdict."""


class ReportError(CrosscheckError):
    """The report could not be written."""

    title = "Report not written"


def verdict_label(verdict: str | None) -> str:
    """``"✔ confirmed"``, or ``""`` for no verdict."""
    return f"{VERDICT_SYMBOLS.get(verdict, '')} {verdict}".strip() if verdict else ""


def default_report_path(session_path: Path | None, paths: Sequence[str], cwd: Path | None = None) -> Path:
    """Where the app writes the report: beside the session (``a.txt.crosscheck.json`` -> ``a.txt.report.md``),
    else beside the first article, else in ``cwd`` (standard input only)."""
    suffix = ".crosscheck.json"
    if session_path is not None:
        name = session_path.name
        stem = name[: -len(suffix)] if name.endswith(suffix) and len(name) > len(suffix) else session_path.stem
        return session_path.with_name(stem + ".report.md")
    first = next((p for p in paths if p != "-"), None)
    if first is not None:
        return Path(first).with_name(Path(first).name + ".report.md")
    return (cwd or Path.cwd()) / "crosscheck.report.md"


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


def md_escape_lines(text: str, *, in_table: bool = False) -> str:
    """Escape a reviewer's multi-line note: its line breaks kept (hard breaks; ``<br>`` inside a table cell),
    blank lines becoming paragraph breaks outside tables."""
    lines = [line.strip() for line in text.strip().splitlines()]
    if in_table:
        return "<br>".join(md_escape(line) for line in lines if line) or ""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line:
            paragraphs[-1].append(md_escape(line))
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n\n".join("\\\n".join(p) for p in paragraphs if p)


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


def conflict_figures(comparison: Comparison, conflict: Conflict) -> str:
    """A conflict's two figures as written, with their sources: '"14" (s1) against "19" (s3)'."""
    claims = {claim.id: claim for source in comparison.sources for claim in source.claims}
    sides = []
    for member in conflict.members:
        claim = claims.get(member.claim)
        sides.append(f"“{claim.text if claim else member.claim}” ({member.source})")
    return " against ".join(sides)


def count_of(n: int, word: str, plural: str | None = None) -> str:
    """``n`` and the word for it: "1 contradiction", "2 contradictions", "0 discrepancies"."""
    return f"{n} {word if n == 1 else plural or word + 's'}"


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
    reviewed = annotations is not None
    annotations = annotations or {}
    lines: list[str] = [f"# {md_escape(title)}", ""]
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    verdicts = ""
    if reviewed and comparison.conflicts:
        given = sum(1 for c in comparison.conflicts if annotations.get(c.id, {}).get("verdict"))
        verb = "has" if given == 1 else "have"
        verdicts = f"; {given} of the {len(comparison.conflicts)} conflicts {verb} a reviewer's verdict"
    lines += [
        f"Generated {stamp}: {count_of(len(comparison.sources), 'source')}, "
        f"{count_of(len(comparison.links), 'linked passage')}, "
        f"{count_of(len(comparison.contradictions), 'contradiction')} ({SYMBOLS[Severity.CONTRADICTION]}), "
        f"{count_of(len(comparison.discrepancies), 'discrepancy', 'discrepancies')} ({SYMBOLS[Severity.DISCREPANCY]})"
        f"{verdicts}.",
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
    lines += ["## Reviewer's notes", ""]
    if notes and notes.strip():
        lines += [md_escape_lines(notes), ""]
    starred = [key for key, value in annotations.items() if value.get("star")]
    if starred:
        lines += [f"### Starred ({STAR})", ""]
        lines += [f"- {_describe_target(comparison, key)}" for key in starred]
        lines.append("")
    noted = [(key, value) for key, value in annotations.items() if value.get("note") or value.get("verdict")]
    if noted:
        lines += ["### Verdicts and notes", ""]
        for key, value in noted:
            verdict = f" — **{md_escape(verdict_label(value['verdict']))}**" if value.get("verdict") else ""
            note = str(value.get("note") or "").strip()
            item = f"- {_describe_target(comparison, key)}{verdict}"
            if note:
                # The note goes under the item, indented, so its own paragraphs stay inside the list item.
                body = md_escape_lines(note).replace("\n", "\n  ")
                item += f"\n\n  {body}\n"
            lines.append(item)
        lines.append("")
    if not (notes and notes.strip()) and not starred and not noted:
        lines += ["No notes yet.", ""]
    return "\n".join(lines).rstrip() + "\n"


def _describe_target(comparison: Comparison, key: str) -> str:
    """What an annotation is on, for the notes: a conflict's id and subject, or the sentence quoted with its source."""
    if key.startswith("unanchored: "):
        return f"(not found in the current articles) “{md_escape(key[len('unanchored: ') :])}…”"
    if key.startswith("C"):
        conflict = next((c for c in comparison.conflicts if c.id == key), None)
        if conflict is not None:
            what = f", {md_escape(conflict.subject)}" if conflict.subject else ""
            return (
                f"**{key}** {SYMBOLS[conflict.severity]} {conflict.severity.value}{what}: "
                f"{md_escape(conflict_figures(comparison, conflict))}"
            )
    if key.startswith("L"):
        link = next((link for link in comparison.links if link.id == key), None)
        if link is not None:
            return f"**{key}** link " + ", ".join(m.sentence for m in link.members)
    sentence_id = ".".join(key.split(".")[:2])
    try:
        source = comparison.source(sentence_id.split(".")[0])
        claim_ids = {key} if key.count(".") == 2 else set()
        text = marked_sentence(source, sentence_id, claim_ids)
    except (KeyError, ValueError, StopIteration, IndexError):
        return f"**{md_escape(key)}**"
    return f"**{md_escape(key)}** {md_escape(source.label)}: “{text}”"


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
        f"| {_cell(verdict_label(annotation.get('verdict')))} "
        f"| {md_escape_lines(str(annotation.get('note') or ''), in_table=True) or '—'} |"
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
