"""Provides :class:`SourceStrip`: one line listing every source with its conflict counts and whether it is shown.

With more sources than panes, the strip is how a reader knows what is off screen: ``●`` marks a source shown in a
pane, ``○`` one that is not, ``▶`` the pane with the focused sentence, and ``═`` a hidden source that holds a
sentence linked to the focused one. Symbols carry the meaning; colour only repeats it. When the review is not being
saved (a damaged session file, a failed write, no session file), the strip ends with a warning such as
``⚠ not saving``, which the source labels give way to.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget

from tui.widgets.comparison_index import ComparisonIndex

__all__ = ["SourceStrip"]


class SourceStrip(Widget):
    """All sources on one line: ``▶s1 Reuters ✖2≠1  ●s2 Herald ✖1≠0  ○s3 …``."""

    COMPONENT_CLASSES = {
        "strip--active",
        "strip--shown",
        "strip--hidden",
        "strip--contradiction",
        "strip--discrepancy",
        "strip--status",
    }
    """
    | Class | Description |
    | :- | :- |
    | `strip--active` | The source of the focused sentence. |
    | `strip--shown` | A source shown in a pane. |
    | `strip--hidden` | A source not shown in a pane. |
    | `strip--contradiction` | A contradiction count above zero. |
    | `strip--discrepancy` | A discrepancy count above zero. |
    | `strip--status` | The warning that the review is not being saved. |
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.index: ComparisonIndex | None = None
        """The comparison's look-ups; None while loading."""
        self.shown: list[str] = []
        """Ids of the sources shown in panes."""
        self.active: str | None = None
        """Id of the source with the focused sentence."""
        self.partners: set[str] = set()
        """Ids of the sources holding a sentence linked to the focused one."""
        self.note: str = ""
        """Text shown while there is no comparison (e.g. "loading")."""
        self.status: str = ""
        """A warning shown at the right end, e.g. "⚠ not saving"; empty when all is well."""

    def set_status(self, status: str) -> None:
        """Show (or, with ``""``, clear) the warning at the right end."""
        if status != self.status:
            self.status = status
            self.refresh()

    def update_state(
        self, index: ComparisonIndex | None, shown: list[str], active: str | None, partners: set[str]
    ) -> None:
        """Set what to show, and repaint when it changed."""
        state = (shown, active, partners)
        if index is self.index and state == (self.shown, self.active, self.partners):
            return
        self.index = index
        self.shown, self.active, self.partners = list(shown), active, set(partners)
        self.refresh()

    def _entry(self, sid: str, label: str | None) -> Text:
        assert self.index is not None
        contradictions, discrepancies = self.index.counts.get(sid, (0, 0))
        style_of = self.get_component_rich_style
        if sid == self.active:
            lead, style = "▶", style_of("strip--active", partial=True)
        elif sid in self.shown:
            lead, style = "●", style_of("strip--shown", partial=True)
        else:
            lead, style = ("═" if sid in self.partners else "○"), style_of("strip--hidden", partial=True)
        entry = Text(end="")
        entry.append(f"{lead}{sid}", style=style)
        if label:
            entry.append(f" {label}", style=style)
        entry.append(" ")
        entry.append(
            f"✖{contradictions}", style=style_of("strip--contradiction", partial=True) if contradictions else ""
        )
        entry.append(f"≠{discrepancies}", style=style_of("strip--discrepancy", partial=True) if discrepancies else "")
        return entry

    def render(self) -> Text:
        if self.index is None:
            return Text(self.note, end="")
        full = max(1, self.size.width)
        if not self.status:
            return self._sources_line(full)
        status = Text(self.status, style=self.get_component_rich_style("strip--status", partial=True), end="")
        room = full - status.cell_len - 1
        line = self._sources_line(max(1, room))
        line.truncate(max(1, room))
        line.pad_right(max(0, full - line.cell_len - status.cell_len))
        line.append_text(status)
        return line

    def _sources_line(self, width: int) -> Text:
        assert self.index is not None
        order = self.index.order
        sources = self.index.sources
        # The widest label that lets every entry fit; below 4 cells, labels are dropped.
        fixed = sum(cell_len(f"{sid} ✖{c[0]}≠{c[1]}") + 4 for sid, c in ((s, self.index.counts[s]) for s in order))
        room = (width - fixed) // max(1, len(order))
        entries = []
        for sid in order:
            label = None
            if room >= 4:
                label = sources[sid].label
                if cell_len(label) > room:
                    label = label[: max(1, room - 1)].rstrip() + "…"
            entries.append(self._entry(sid, label))
        line = Text(end="", no_wrap=True, overflow="ellipsis")
        for k, entry in enumerate(entries):
            if k:
                line.append("  ")
            line.append_text(entry)
        if line.cell_len > width:
            # Too many sources for one line: keep the ones that fit and say how many are left.
            line = Text(end="", no_wrap=True)
            for k, entry in enumerate(entries):
                rest = len(entries) - k
                tail = f" …+{rest}"
                if line.cell_len + 2 + entry.cell_len + (cell_len(tail) if rest > 1 else 0) > width:
                    line.append(tail)
                    break
                if k:
                    line.append("  ")
                line.append_text(entry)
        return line
