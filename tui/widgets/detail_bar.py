"""Provides :class:`DetailBar`: what the engine knows about the focused sentence, and what the reviewer made of it.

The reviewer's star, verdict and note on the sentence first; then conflicts (with the engine's ``why``: both figures
as written and who is cited), every figure with its interval, what it counts and who said it, and the sentences
linked to it in other sources, each followed by the reviewer's verdict and note on it. Built from
:class:`rich.text.Text` pieces only, so article text and notes never become markup.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.style import StyleType
from rich.table import Table
from rich.text import Text
from textual.widget import Widget

from engine.models import Conflict, Kind, Severity
from tui.render import format_quantity
from tui.report import NOTE, STAR, SYMBOLS, VERDICT_SYMBOLS
from tui.session import Annotation
from tui.widgets.comparison_index import ComparisonIndex, SentenceKey

__all__ = ["DetailBar", "annotation_row", "describe", "detail_rows"]

MAX_CONFLICTS = 6
"""Conflicts listed in full; a sentence in dozens of them gets a count for the rest (the bar has a few lines)."""
MAX_LINKS = 6
"""Links listed in full."""


def annotation_row(annotation: Annotation, style: StyleType = "", *, with_star: bool = False) -> tuple[Text, Text]:
    """A row for the reviewer's annotation: its symbols, then the verdict in words and the note (lines kept).

    Args:
        annotation: The annotation.
        style: The style of the symbols and the verdict.
        with_star: Show the star too (a sentence's own annotation).
    """
    symbols = ""
    if with_star and annotation.star:
        symbols += STAR
    if annotation.verdict:
        symbols += VERDICT_SYMBOLS[annotation.verdict]
    elif annotation.note.strip():
        symbols += NOTE
    body = Text(end="")
    words = []
    if with_star and annotation.star:
        words.append("starred")
    if annotation.verdict:
        words.append(annotation.verdict)
    body.append(" · ".join(words), style=style)
    note = annotation.note.strip()
    if note:
        body.append(" · note: " if words else "note: ")
        body.append(note)
    return Text(symbols, style=style, end=""), body


def short_why(index: ComparisonIndex, conflict: Conflict) -> str:
    """A conflict's ``why`` with each source named by its id alone ("s1 (citing police) says ..."): the pane titles
    and the strip already give the outlets, and the bar has a few lines at 80x24."""
    why = conflict.why
    for member in conflict.members:
        key = index.by_sentence_id.get(member.sentence)
        if key is None:
            continue
        sid = key[0]
        label = index.sources[sid].label
        why = why.replace(f"{label} ({sid}, citing ", f"{sid} (citing ").replace(f"{label} ({sid})", sid)
    return why


def detail_rows(
    index: ComparisonIndex,
    key: SentenceKey,
    claim_id: str | None,
    styles: Mapping[str, StyleType] | None = None,
    annotations: Mapping[str, Annotation] | None = None,
    focused_conflict: str | None = None,
) -> list[tuple[Text, Text]]:
    """The detail bar's rows for a sentence: a short lead (symbol and id) and the text, which wraps beside it.

    Args:
        index: Look-ups over the comparison.
        key: The sentence.
        claim_id: The claim under the claim cursor, marked with ``▸``.
        styles: Rich styles for ``contradiction``, ``discrepancy``, ``linked``, ``figure``, ``label``, ``dim`` and
            ``annotation``.
        annotations: The reviewer's annotations on this sentence, its claims, conflicts and links, by their id.
        focused_conflict: The conflict the review is on (``c``): listed first.
    """
    given: Mapping[str, StyleType] = styles or {}
    noted: Mapping[str, Annotation] = annotations or {}

    def style(name: str) -> StyleType:
        return given.get(name, "")

    def reviewed(target: str, *, with_star: bool = False) -> None:
        annotation = noted.get(target)
        if annotation is not None:
            lead, body = annotation_row(annotation, style("annotation"), with_star=with_star)
            if lead.plain or body.plain:
                rows.append((Text("  ", end="").append_text(lead) if not with_star else lead, body))

    source = index.sources[key[0]]
    sentence = index.sentence(key)
    rows: list[tuple[Text, Text]] = []
    reviewed(sentence.id, with_star=True)
    own = len(rows)
    conflicts = sorted(index.conflicts.get(key, ()), key=lambda c: c.id != focused_conflict)
    for conflict in conflicts[:MAX_CONFLICTS]:
        name = "contradiction" if conflict.severity is Severity.CONTRADICTION else "discrepancy"
        body = Text(end="")
        body.append(conflict.severity.value, style=style(name))
        body.append(f": {short_why(index, conflict)}")
        rows.append((Text(f"{SYMBOLS[conflict.severity]} {conflict.id}", style=style(name)), body))
        reviewed(conflict.id)
    if len(conflicts) > MAX_CONFLICTS:
        more = len(conflicts) - MAX_CONFLICTS
        rows.append(
            (Text("…"), Text(f"and {more} more conflicts with this sentence (m: claim matrix)", style=style("dim")))
        )
    for claim in sentence.claims:
        lead = Text(end="")
        lead.append("▸" if claim.id == claim_id else " ", style=style("label"))
        severity = index.claim_severity.get(claim.id)
        lead.append(
            f" {SYMBOLS[severity]}" if severity is not None else "  ", style=style(severity.value) if severity else ""
        )
        body = Text(end="")
        body.append(claim.text, style=style("figure"))
        if claim.kind not in (Kind.DATE, Kind.TIME):
            body.append(f" = {format_quantity(claim)}")
        what = " ".join(p for p in (claim.subject, claim.predicate) if p)
        body.append(f" · {what or claim.kind.value} · {claim.type.value}", style=style("dim"))
        if claim.attribution:
            body.append(" · said by ", style=style("dim"))
            body.append(claim.attribution)
        rows.append((lead, body))
        reviewed(claim.id)
    links = index.links.get(key, ())
    for link in links[:MAX_LINKS]:
        others = []
        for member in link.members:
            other = index.by_sentence_id.get(member.sentence)
            if other is None or other[0] == key[0]:
                continue
            others.append(f"{member.sentence} {index.sources[other[0]].label}")
        body = Text(end="")
        body.append("↔ " + "; ".join(others))
        body.append(f" · {link.score:.2f} · {link.why}", style=style("dim"))
        rows.append((Text(f"═ {link.id}", style=style("linked")), body))
        reviewed(link.id)
    if len(links) > MAX_LINKS:
        rows.append((Text("…"), Text(f"and {len(links) - MAX_LINKS} more links", style=style("dim"))))
    if len(rows) == own:
        rows.append(
            (Text(" "), Text("No figures in this sentence, and no other source reports it.", style=style("dim")))
        )
    elif not links and not conflicts:
        rows.append(
            (Text("·"), Text(f"Said by {source.label} alone: no other source reports this.", style=style("dim")))
        )
    return rows


def describe(
    index: ComparisonIndex, key: SentenceKey, claim_id: str | None, styles: Mapping[str, StyleType] | None = None
) -> Text:
    """The detail bar's rows as one text, a row per line (for tests and plain output)."""
    lines = [Text(end="").join([lead, Text(" "), body]) for lead, body in detail_rows(index, key, claim_id, styles)]
    return Text("\n", end="").join(lines)


class DetailBar(Widget):
    """The focused sentence's conflicts, figures and links.

    A plain widget rather than a ``Static``: its height is fixed by CSS, so a new sentence only repaints it, where
    ``Static.update`` would lay out the whole screen again on every keypress.
    """

    COMPONENT_CLASSES = {
        "detail--contradiction",
        "detail--discrepancy",
        "detail--linked",
        "detail--figure",
        "detail--label",
        "detail--dim",
        "detail--annotation",
    }
    """
    | Class | Description |
    | :- | :- |
    | `detail--contradiction` | A contradiction's heading. |
    | `detail--discrepancy` | A discrepancy's heading. |
    | `detail--linked` | A link's heading. |
    | `detail--figure` | A figure as written. |
    | `detail--label` | The claim cursor marker. |
    | `detail--dim` | Secondary facts: what is counted, the link's reasons. |
    | `detail--annotation` | The reviewer's verdict, star and note symbols. |
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.rows: list[tuple[Text, Text]] = []
        """What the bar shows: (lead, text) per row."""
        self.content = Text()
        """The same as one text, a row per line."""

    def show_sentence(
        self,
        index: ComparisonIndex,
        key: SentenceKey,
        claim_id: str | None,
        *,
        note: str = "",
        note_is_filter: bool = False,
        annotations: Mapping[str, Annotation] | None = None,
        focused_conflict: str | None = None,
    ) -> None:
        """Describe a sentence.

        Args:
            index: Look-ups over the comparison.
            key: The sentence.
            claim_id: The claim under the claim cursor.
            note: Said after the title: the symbols' legend, or the filter in force.
            note_is_filter: Whether ``note`` is a filter (shown like a warning).
            annotations: The reviewer's annotations on the sentence, its claims, conflicts and links, by id.
            focused_conflict: The conflict the review is on: listed first.
        """
        names = ("contradiction", "discrepancy", "linked", "figure", "label", "dim", "annotation")
        styles: dict[str, StyleType] = {
            name: self.get_component_rich_style(f"detail--{name}", partial=True) for name in names
        }
        sentence = index.sentence(key)
        # A Text, not a str: a str title is read as markup, and the label is article text.
        title = Text(f"{sentence.id} · {index.sources[key[0]].label}", end="")
        if note:
            title.append(" │ ")
            title.append(note, style=styles["discrepancy"] if note_is_filter else styles["dim"])
        self.border_title = title
        self.rows = detail_rows(index, key, claim_id, styles, annotations, focused_conflict)
        self.content = Text("\n", end="").join(Text(end="").join([lead, Text(" "), body]) for lead, body in self.rows)
        self.refresh()

    def render(self) -> Table:
        # A grid, so a long row wraps under its own text rather than under its symbol.
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1, overflow="fold")
        for lead, body in self.rows:
            grid.add_row(lead, body)
        return grid
