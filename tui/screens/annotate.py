"""Provides the small dialogs of a review: :class:`ChoiceScreen` (a verdict, a sentence to unlink) and
:class:`NoteScreen` (a note, or the reviewer's general notes).

Both are keyboard-first: a choice is one key (its digit) or the arrows and Enter; a note is typed in a
:class:`~textual.widgets.TextArea` and saved with ctrl+s. Escape cancels, but never throws away typed text without
asking: the first escape on a changed note only says that a second one discards it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import Button, Label, OptionList, TextArea
from textual.widgets.option_list import Option

from tui.screens import DismissOnce, OptionCursor

__all__ = ["Choice", "ChoiceScreen", "NoteScreen"]

T = TypeVar("T")


def _as_text(value: Text | str, style: str = "") -> Text:
    """``value`` as rich Text: a Text as it is, a plain string (never markup) in ``style``."""
    return value if isinstance(value, Text) else Text(value, style=style)


@dataclass(frozen=True)
class Choice(Generic[T]):
    """One choice of a :class:`ChoiceScreen`."""

    key: str
    """The key that picks it at once (a digit), or ``""``."""
    label: Text | str
    """What it says (a ``str`` is shown literally, never as markup)."""
    value: T
    """What the dialog returns when it is picked."""


class ChoiceScreen(DismissOnce, OptionCursor, ModalScreen[T | None], Generic[T]):
    """A titled list of choices; a choice's key or Enter picks it, Esc cancels (returns None).

    | Key | Action |
    | :- | :- |
    | a choice's key | Pick it. |
    | up, down, j, k | Move. |
    | enter | Pick the highlighted choice. |
    | escape | Cancel. |
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="choice.cancel"),
        Binding("j", "cursor(1)", "Down", id="choice.down", show=False),
        Binding("k", "cursor(-1)", "Up", id="choice.up", show=False),
    ]

    DEFAULT_CSS = """
    ChoiceScreen { align: center middle; }
    ChoiceScreen > Vertical {
        width: 64; max-width: 100%; height: auto; max-height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    ChoiceScreen Label { width: 100%; }
    ChoiceScreen OptionList { height: auto; max-height: 16; border: none; margin-top: 1; }
    """

    def __init__(self, title: Text | str, choices: list[Choice[T]], *, hint: str = "") -> None:
        super().__init__()
        self.title_text = title
        """The question asked."""
        self.choices = choices
        """The choices, in order."""
        self.hint = hint
        """A line under the title."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(_as_text(self.title_text, "bold"))
            if self.hint:
                yield Label(Text(self.hint, style="italic"))
            options = []
            for choice in self.choices:
                prompt = Text(f"{choice.key}  " if choice.key else "", end="").append_text(_as_text(choice.label))
                options.append(Option(prompt))
            yield OptionList(*options)

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_key(self, event: Key) -> None:
        for choice in self.choices:
            if choice.key and event.key == choice.key:
                event.stop()
                self._finish(choice.value)
                return

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._finish(self.choices[event.option_index].value)

    def action_cancel(self) -> None:
        self._finish(None)


class NoteScreen(DismissOnce, ModalScreen[str | None]):
    """A note in a text area: ctrl+s (or Save) returns the text, Esc cancels (twice, when the text was changed).

    | Key | Action |
    | :- | :- |
    | ctrl+s | Save the note. |
    | escape | Cancel; with changes, the first escape asks and the second discards them. |
    | tab | From the text to the buttons. |
    """

    # Not priority bindings: a priority binding runs as the key arrives, before the text area has inserted the
    # characters typed just ahead of it (a fast typist, a paste, keys over a slow link), and those would be lost.
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="note.save"),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]

    DEFAULT_CSS = """
    NoteScreen { align: center middle; }
    NoteScreen > Vertical {
        width: 84; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    NoteScreen Label { width: 100%; }
    NoteScreen #note-hint { color: $text-muted; }
    NoteScreen #note-hint.-warn { color: $text-warning; text-style: bold; }
    NoteScreen TextArea { height: 10; min-height: 3; margin: 1 0 0 0; }
    NoteScreen Horizontal { height: auto; margin-top: 1; }
    NoteScreen Button { margin-right: 2; min-width: 14; }
    """

    HINT = "ctrl+s saves · Esc cancels · Enter: new line · Tab: the buttons"

    def __init__(self, title: Text | str, text: str, *, subtitle: Text | str = "") -> None:
        super().__init__()
        self.title_text = title
        """What the note is on."""
        self.subtitle = subtitle
        """A line under the title (the sentence quoted)."""
        self.original = text
        """The note before editing."""
        self._warned = False

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(_as_text(self.title_text, "bold"))
            if self.subtitle:
                subtitle = _as_text(self.subtitle, "italic")
                subtitle.no_wrap = False
                yield Label(subtitle, id="note-subtitle")
            yield TextArea(self.original, soft_wrap=True, show_line_numbers=False, id="note-text")
            yield Label(Text(self.HINT), id="note-hint")
            with Horizontal():
                yield Button("Save (ctrl+s)", variant="primary", id="note-save")
                yield Button("Cancel (Esc)", id="note-cancel")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def text(self) -> str:
        """The text as typed so far."""
        return self.query_one(TextArea).text

    def action_save(self) -> None:
        """Return the note."""
        self._finish(self.text)

    def action_cancel(self) -> None:
        """Close without saving; when the text was changed, only the second escape does."""
        if self.text != self.original and not self._warned:
            self._warned = True
            hint = self.query_one("#note-hint", Label)
            hint.update(Text("The note was changed: Esc again discards it, ctrl+s saves it."))
            hint.add_class("-warn")
            self.app.bell()
            return
        self._finish(None)

    @on(TextArea.Changed)
    def _changed(self) -> None:
        if self._warned:
            self._warned = False
            hint = self.query_one("#note-hint", Label)
            hint.update(Text(self.HINT))
            hint.remove_class("-warn")

    @on(Button.Pressed, "#note-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#note-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
