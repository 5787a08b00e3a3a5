"""Provides :class:`SourcesScreen`, the ``s`` dialog: tick the sources to review in panes.

When more sources are ticked than panes fit, ``>`` and ``<`` cycle through them on the review screen.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, SelectionList
from textual.widgets.selection_list import Selection

from tui.screens import DismissOnce
from tui.widgets.comparison_index import ComparisonIndex

__all__ = ["SourcesScreen"]


class SourcesScreen(DismissOnce, ModalScreen[list[str] | None]):
    """Tick sources with space, Enter to apply, Esc to cancel; dismisses with the ticked ids or None."""

    BINDINGS = [
        Binding("escape,s", "cancel", "Cancel", id="sources.cancel"),
        Binding("enter", "apply", "Apply", id="sources.apply", priority=True),
        Binding("a", "all", "All", id="sources.all"),
    ]

    DEFAULT_CSS = """
    SourcesScreen { align: center middle; }
    SourcesScreen > Vertical {
        width: 76; max-width: 100%; height: auto; max-height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    SourcesScreen SelectionList { height: auto; max-height: 22; border: none; }
    """

    def __init__(self, index: ComparisonIndex, selected: list[str], shown: list[str]) -> None:
        super().__init__()
        self.index = index
        """Look-ups over the comparison."""
        self.selected = selected
        """Ids of the sources ticked now."""
        self.shown = shown
        """Ids of the sources shown now."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(
                Text("Sources (● shown): space ticks · a all · Enter applies · Esc cancels", style="bold")
            )
            selections = []
            for sid in self.index.order:
                source = self.index.sources[sid]
                contradictions, discrepancies = self.index.counts.get(sid, (0, 0))
                prompt = Text(f"{sid} {'●' if sid in self.shown else '○'} ✖{contradictions} ≠{discrepancies} ", end="")
                prompt.append(source.label, style="bold")
                if source.title and source.title != source.label:
                    prompt.append(f" · {source.title}", style="italic")
                selections.append(Selection(prompt, sid, sid in self.selected))
            yield SelectionList[str](*selections, id="sources-list")
            yield Label("", id="sources-note")

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_apply(self) -> None:
        """Apply the ticks."""
        chosen = list(self.query_one(SelectionList).selected)
        if not chosen:
            self.query_one("#sources-note", Label).update("Tick at least one source.")
            self.app.bell()
            return
        self._finish([sid for sid in self.index.order if sid in chosen])

    def action_all(self) -> None:
        """Tick every source."""
        self.query_one(SelectionList).select_all()

    def action_cancel(self) -> None:
        self._finish(None)
