"""Provides :class:`MatrixScreen`: the claim matrix, one row per thing counted and one column per source.

Rows come from :func:`engine.matrix.claim_matrix`. A cell holds the figures a source gives for the row, marked with
the worst disagreement it has with another source (``✖`` contradiction, ``≠`` discrepancy), ``✓`` when it agrees with
every other source giving the row, and ``◆`` when it is the outlier: the one source that disagrees with all the
others, which agree among themselves. The reviewer's verdict on a figure (or on a conflict it is in) follows, as its
symbol: ``✔`` confirmed, ``✗`` disputed, ``?`` needs a call, ``–`` ignore. Enter on a cell jumps to the sentence of
its figure.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from engine.matrix import MatrixRow, claim_matrix
from engine.models import ClaimRef, Severity
from tui.report import SYMBOLS, VERDICT_SYMBOLS
from tui.screens import DismissOnce
from tui.widgets.comparison_index import ComparisonIndex

__all__ = ["MatrixScreen", "cell_text"]

OUTLIER = "◆"
"""Marks the source that alone disagrees with the others."""


def cell_text(
    row: MatrixRow, column: int, verdicts: Mapping[str, str] | None = None
) -> tuple[str, Severity | None, bool]:
    """The text of a matrix cell, its severity and whether it is an outlier.

    Args:
        row: The matrix row.
        column: The source's column.
        verdicts: The reviewer's verdict on each claim id; the cell's verdicts follow its marks.

    Returns:
        ``("at least 112, 42 ≠", Severity.DISCREPANCY, False)``; ``"—"`` when the source gives no figure.
    """
    cell = row.cells[column]
    if not cell.claims:
        return "—", None, False
    figures = ", ".join(c.text for c in cell.claims)
    if cell.severity is not None:
        mark = SYMBOLS[cell.severity]
    elif row.sources_giving >= 2:
        mark = SYMBOLS[None]
    else:
        mark = ""
    if cell.outlier:
        mark = f"{mark}{OUTLIER}"
    if verdicts:
        found = dict.fromkeys(verdicts[c.id] for c in cell.claims if c.id in verdicts)
        mark += "".join(VERDICT_SYMBOLS.get(v, "") for v in found)
    return f"{figures} {mark}".rstrip(), cell.severity, cell.outlier


class MatrixScreen(DismissOnce, Screen[ClaimRef | None]):
    """The claim matrix; dismisses with the claim to jump to, or None."""

    BINDINGS = [
        Binding("escape,m,q", "close", "Back", id="matrix.close"),
        Binding("enter", "jump", "Jump to sentence", id="matrix.jump", priority=True),
        Binding("j", "cursor('down')", "Down", id="matrix.down", show=False),
        Binding("k", "cursor('up')", "Up", id="matrix.up", show=False),
        Binding("h", "cursor('left')", "Left", id="matrix.left", show=False),
        Binding("l", "cursor('right')", "Right", id="matrix.right", show=False),
    ]

    def __init__(self, index: ComparisonIndex, verdicts: Mapping[str, str] | None = None) -> None:
        super().__init__(id="matrix")
        self.index = index
        """Look-ups over the comparison."""
        self.verdicts = dict(verdicts or {})
        """The reviewer's verdict on each claim id."""
        self.rows = claim_matrix(index.comparison, min_sources=1)
        """The matrix rows."""

    def compose(self) -> ComposeResult:
        legend = Text(end="")
        legend.append("Claim matrix", style="bold")
        legend.append(
            f"  {SYMBOLS[Severity.CONTRADICTION]} contradiction  {SYMBOLS[Severity.DISCREPANCY]} discrepancy"
            f"  {SYMBOLS[None]} agrees  {OUTLIER} outlier  — none · Enter jumps to the sentence"
        )
        if self.verdicts:
            legend.append("  · verdicts: " + " ".join(f"{s} {v}" for v, s in VERDICT_SYMBOLS.items()))
        yield Static(legend, id="matrix-legend")
        table: DataTable[Text] = DataTable(cursor_type="cell", zebra_stripes=True, id="matrix-table")
        yield table
        yield Static(id="matrix-detail")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        sources = [self.index.sources[sid] for sid in self.index.order]
        table.add_column(Text("claim", style="bold"), key="claim")
        for source in sources:
            label = source.label if len(source.label) <= 18 else source.label[:17] + "…"
            table.add_column(Text(f"{source.id} {label}"), key=source.id)
        styles = {
            Severity.CONTRADICTION: self.get_component_rich_style("matrix--contradiction", partial=True),
            Severity.DISCREPANCY: self.get_component_rich_style("matrix--discrepancy", partial=True),
        }
        for k, row in enumerate(self.rows):
            cells = [Text(row.label, style="bold")]
            for column in range(len(row.cells)):
                text, severity, outlier = cell_text(row, column, self.verdicts)
                style = styles.get(severity) if severity else None
                cell = Text(text, style=style or "")
                if outlier:
                    cell.stylize("reverse")
                cells.append(cell)
            table.add_row(*cells, key=str(k))
        if not self.rows:
            self.query_one("#matrix-detail", Static).update(
                Text("No counted claims (killed, injured, damaged…) were found in these sources.")
            )
        else:
            table.move_cursor(row=0, column=1)
        table.focus()

    COMPONENT_CLASSES = {"matrix--contradiction", "matrix--discrepancy"}
    """
    | Class | Description |
    | :- | :- |
    | `matrix--contradiction` | A cell in a contradiction. |
    | `matrix--discrepancy` | A cell in a discrepancy. |
    """

    def _target(self) -> ClaimRef | None:
        table = self.query_one(DataTable)
        if not self.rows:
            return None
        row = self.rows[table.cursor_row]
        column = table.cursor_column - 1
        cells = list(row.cells)
        if column < 0 or not cells[column].claims:
            # The label column, or a source without a figure: the first source that gives one.
            cell = next((c for c in cells if c.claims), None)
        else:
            cell = cells[column]
        if cell is None:
            return None
        claim = cell.claims[0]
        sentence = claim.id.rsplit(".c", 1)[0]
        return ClaimRef(source=cell.source, sentence=sentence, claim=claim.id)

    @on(DataTable.CellHighlighted)
    def _highlighted(self, event: DataTable.CellHighlighted) -> None:
        ref = self._target()
        detail = self.query_one("#matrix-detail", Static)
        if ref is None:
            detail.update("")
            return
        key = self.index.by_sentence_id[ref.sentence]
        source = self.index.sources[key[0]]
        line = Text(end="")
        line.append(f"{ref.sentence} {source.label}: ", style="bold")
        line.append(self.index.sentence(key).text)
        detail.update(line)

    def action_jump(self) -> None:
        """Close the matrix and go to the sentence of the figure under the cursor."""
        ref = self._target()
        if ref is None:
            self.app.bell()
            return
        self._finish(ref)

    def action_close(self) -> None:
        """Back to the panes."""
        self._finish(None)

    def action_cursor(self, direction: str) -> None:
        """Move the cell cursor (vi keys)."""
        table = self.query_one(DataTable)
        getattr(table, f"action_cursor_{direction}")()
