"""Provides :class:`HelpScreen` (``?``): every key of the review screen, the gutter symbols and the colours' meaning.

The key list is read from the bindings in force, so a key remapped through the keymap shows as remapped.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.report import NOTE, STAR, SYMBOLS, VERDICT_SYMBOLS
from tui.screens import DismissOnce
from tui.widgets.comparison_index import MARK_SYMBOLS, Mark

__all__ = ["HelpScreen", "help_text"]

SECTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Move",
        [
            ("sentence.next", "next sentence (j or ↓)"),
            ("sentence.previous", "previous sentence (k or ↑)"),
            ("page.down", "page down"),
            ("page.up", "page up"),
            ("sentence.first", "first sentence"),
            ("sentence.last", "last sentence"),
            ("claim.next", "next figure (claim), on to the next source"),
            ("claim.previous", "previous figure"),
            ("conflict.next", "next conflict (✖ or ≠), each once, with the other side's sentence beside it"),
            ("conflict.previous", "previous conflict"),
            ("link.next", "next sentence linked to another source"),
            ("link.previous", "previous linked sentence"),
            ("pane.next", "next pane, onto the linked sentence"),
            ("pane.previous", "previous pane"),
        ],
    ),
    (
        "Views",
        [
            ("search", "search: type, ↓/↑ next/previous match, Enter keeps, Esc goes back"),
            ("filter", "show only one claim type or severity"),
            ("only-linked", "show only sentences linked to another source or in a conflict"),
            ("matrix", "claim matrix: every figure by source; Enter jumps to the sentence"),
            ("sources", "choose the sources to review"),
            ("panes.cycle", "show the next source when there are more than panes"),
            ("panes.cycle-back", "show the previous source"),
            ("detail", "more or less room for the detail bar"),
            ("clear", "clear the search highlight"),
        ],
    ),
    (
        "Review",
        [
            ("verdict", "verdict on the focused conflict, else figure, else sentence: pick from a list"),
            ("verdict.confirmed", f"{VERDICT_SYMBOLS['confirmed']} confirmed"),
            ("verdict.disputed", f"{VERDICT_SYMBOLS['disputed']} disputed"),
            ("verdict.call", f"{VERDICT_SYMBOLS['needs a call']} needs a call"),
            ("verdict.ignore", f"{VERDICT_SYMBOLS['ignore']} ignore"),
            ("verdict.clear", "clear the verdict"),
            ("note", f"{NOTE} note on the conflict, figure or sentence (ctrl+s saves, Esc cancels)"),
            ("notes", "general notes for the editor, at the end of the report"),
            ("star", f"{STAR} star or unstar the sentence"),
            ("link.make", "link by hand: l marks a sentence, l on another source's sentence links them"),
            ("link.remove", "unlink the sentence from a linked one"),
            ("annotations", "review list: conflicts and verdicts, notes, annotations not found"),
            ("export", "write the Markdown report beside the session file"),
        ],
    ),
    (
        "App",
        [
            ("help", "this help"),
            ("command-palette", "command palette: every command by name"),
            ("quit", "quit"),
        ],
    ),
]
"""The help's sections: (binding id, what it does)."""

SECTION_NOTES = {"Review": "every change is saved at once in the session file, beside the first article"}
"""A line beside a section's title."""


def help_text(keys: dict[str, str]) -> Table:
    """The help as a table, given the key shown for each binding id."""
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="bold")
    table.add_column()
    for title, rows in SECTIONS:
        table.add_row(Text(title, style="bold underline"), Text(SECTION_NOTES.get(title, ""), style="italic"))
        for binding_id, what in rows:
            table.add_row(Text(keys.get(binding_id, "?")), Text(what))
        table.add_row("", "")
    table.add_row(Text("Gutter", style="bold underline"), "")
    meanings = {
        Mark.CONTRADICTION: "a figure contradicts a linked source: both cannot be true",
        Mark.DISCREPANCY: "a figure differs, compatible only through hedges or rounding",
        Mark.LINKED: "another source reports the same fact; figures agree",
        Mark.ALONE: "figures that no other source reports",
    }
    for mark, meaning in meanings.items():
        table.add_row(Text(MARK_SYMBOLS[mark]), Text(meaning))
    table.add_row(Text("▶ ┃"), Text("the focused sentence"))
    table.add_row(Text("▷ │"), Text("a sentence linked to the focused one"))
    table.add_row(Text("● ○ ═"), Text("source strip: shown, hidden, hidden but linked"))
    table.add_row(
        Text("".join(VERDICT_SYMBOLS.values()) + f" {STAR}{NOTE}"),
        Text("third column: the reviewer's verdict (the most serious on the sentence), a star, a note"),
    )
    table.add_row(Text("⚠"), Text("source strip: the review is not being saved (the detail says why)"))
    table.add_row(
        Text(f"{SYMBOLS[None]} ◆"),
        Text("claim matrix: the figure agrees with every other source; the one source that disagrees with all"),
    )
    return table


class HelpScreen(DismissOnce, ModalScreen[None]):
    """The keys and symbols; any of escape, ? or q closes it."""

    BINDINGS = [Binding("escape,question_mark,q", "close", "Close", id="help.close")]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90; max-width: 100%; height: 90%; border: round $primary; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, keys: dict[str, str]) -> None:
        super().__init__(id="help")
        self.keys = keys
        """The key shown for each binding id."""

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "crosscheck keys · Esc closes"
            yield Static(help_text(self.keys))

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_close(self) -> None:
        self._finish(None)
