"""Provides :class:`ViewFilter` (which sentences the panes show) and :class:`FilterScreen`, the dialog behind ``f``.

A filter keeps the sentences with a figure of one claim type ("casualties") or in a conflict of one severity; ``o``
(linked or conflicting only) combines with it. Navigation keys skip what a filter hides.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from engine.models import ClaimType, Severity
from tui.report import SYMBOLS, count_of
from tui.screens import DismissOnce
from tui.widgets.comparison_index import ComparisonIndex, SentenceKey

__all__ = ["FilterScreen", "ViewFilter"]


@dataclass(frozen=True)
class ViewFilter:
    """Which sentences the panes show."""

    claim_type: ClaimType | None = None
    """Keep sentences with a figure of this type."""
    severity: Severity | None = None
    """Keep sentences in a conflict of this severity."""
    conflicts: bool = False
    """Keep sentences in any conflict."""
    linked_only: bool = False
    """Keep sentences linked to another source or in a conflict (the ``o`` key)."""

    @property
    def active(self) -> bool:
        """Whether anything is filtered out."""
        return bool(self.claim_type or self.severity or self.conflicts or self.linked_only)

    @property
    def kind(self) -> str | None:
        """The ``f`` choice as a key: ``type:casualties``, ``severity:contradiction``, ``conflicts``, or None."""
        if self.claim_type:
            return f"type:{self.claim_type.value}"
        if self.severity:
            return f"severity:{self.severity.value}"
        if self.conflicts:
            return "conflicts"
        return None

    def with_kind(self, kind: str | None) -> ViewFilter:
        """This filter with the ``f`` choice replaced (``o`` is kept)."""
        claim_type = severity = None
        conflicts = False
        if kind and kind.startswith("type:"):
            claim_type = ClaimType(kind[5:])
        elif kind and kind.startswith("severity:"):
            severity = Severity(kind[9:])
        elif kind == "conflicts":
            conflicts = True
        return ViewFilter(claim_type, severity, conflicts, self.linked_only)

    def describe(self) -> str:
        """A few words for the detail bar: "casualties · linked only"."""
        parts = []
        if self.claim_type:
            parts.append(f"{self.claim_type.value} figures")
        if self.severity:
            parts.append(f"{SYMBOLS[self.severity]} {PLURALS[self.severity]}")
        if self.conflicts:
            parts.append("conflicts")
        if self.linked_only:
            parts.append("linked or conflicting only")
        return " · ".join(parts)

    def keeps(self, index: ComparisonIndex, key: SentenceKey) -> bool:
        """Whether the sentence at ``key`` is shown."""
        if self.linked_only and not index.is_linked(key):
            return False
        if self.claim_type and not any(c.type is self.claim_type for c in index.sentence(key).claims):
            return False
        if self.severity and not index.has_conflict(key, self.severity):
            return False
        if self.conflicts and not index.has_conflict(key):
            return False
        return True


PLURALS = {Severity.CONTRADICTION: "contradictions", Severity.DISCREPANCY: "discrepancies"}
"""Severities in the plural, for labels."""


def filter_choices(index: ComparisonIndex) -> list[tuple[str | None, str]]:
    """The ``f`` choices that keep at least one sentence: (key, label with a count)."""
    sentences = [(sid, s) for sid in index.order for s in index.sources[sid].sentences]
    choices: list[tuple[str | None, str]] = [(None, f"All sentences ({count_of(len(sentences), 'sentence')})")]
    conflicted = sum(1 for sid, s in sentences if index.has_conflict((sid, s.index)))
    if conflicted:
        choices.append(("conflicts", f"Conflicts: ✖ or ≠ ({count_of(conflicted, 'sentence')})"))
    for severity in Severity:
        n = sum(1 for sid, s in sentences if index.has_conflict((sid, s.index), severity))
        if n:
            label = f"Conflicts: {SYMBOLS[severity]} {PLURALS[severity]} ({count_of(n, 'sentence')})"
            choices.append((f"severity:{severity.value}", label))
    for claim_type in ClaimType:
        n = sum(1 for sid, s in sentences if any(c.type is claim_type for c in s.claims))
        if n:
            choices.append((f"type:{claim_type.value}", f"Figures: {claim_type.value} ({count_of(n, 'sentence')})"))
    return choices


class FilterScreen(DismissOnce, ModalScreen[str | None]):
    """Choose a claim type or severity to show; dismisses with the choice's key ("" for all), or None to cancel."""

    BINDINGS = [
        Binding("escape,f", "cancel", "Cancel", id="filter.cancel"),
    ]

    DEFAULT_CSS = """
    FilterScreen { align: center middle; }
    FilterScreen > Vertical {
        width: 60; max-width: 100%; height: auto; max-height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    FilterScreen OptionList { height: auto; max-height: 20; border: none; }
    """

    def __init__(self, index: ComparisonIndex, current: str | None) -> None:
        super().__init__()
        self.choices = filter_choices(index)
        """The choices offered."""
        self.current = current
        """The key in force."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text("Show only… (Enter chooses, Esc cancels)", style="bold"))
            options = [
                Option(Text(("● " if key == self.current else "  ") + label), id=key or "all")
                for key, label in self.choices
            ]
            yield OptionList(*options, id="filter-options")

    def on_mount(self) -> None:
        option_list = self.query_one(OptionList)
        keys = [key for key, _ in self.choices]
        option_list.highlighted = keys.index(self.current) if self.current in keys else 0
        option_list.focus()

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        key = event.option.id
        self._finish("" if key in (None, "all") else key)

    def action_cancel(self) -> None:
        self._finish(None)
