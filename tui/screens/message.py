"""Provides the full-screen notices: :class:`MessageScreen` (nothing to compare) and :class:`TooSmallScreen`.

Both say plainly what is wrong and what to do, instead of showing a broken layout.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import Static

__all__ = ["MIN_HEIGHT", "MIN_WIDTH", "MessageScreen", "TooSmallScreen"]

MIN_WIDTH = 60
"""Narrowest terminal the review screen is laid out for."""
MIN_HEIGHT = 15
"""Lowest terminal the review screen is laid out for."""


class MessageScreen(Screen[None]):
    """A title and lines of explanation; q quits."""

    BINDINGS = [Binding("q,escape", "app.quit", "Quit", id="message.quit")]

    DEFAULT_CSS = """
    MessageScreen { background: $background; }
    MessageScreen Static { width: auto; max-width: 90; color: $text; border: round $error; padding: 0 1; }
    """

    def __init__(self, title: str, lines: list[str]) -> None:
        super().__init__()
        self.title_text = title
        """The heading."""
        self.lines = lines
        """The explanation, one line each."""

    def compose(self) -> ComposeResult:
        body = Text(end="")
        body.append(self.title_text, style="bold")
        for line in self.lines:
            body.append("\n")
            body.append(line)
        body.append("\n\nPress q to quit.")
        with Middle(), Center():
            yield Static(body, id="message")


class TooSmallScreen(Screen[None]):
    """Shown while the terminal is below :data:`MIN_WIDTH` x :data:`MIN_HEIGHT`."""

    BINDINGS = [Binding("q", "app.quit", "Quit", id="small.quit")]

    DEFAULT_CSS = """
    TooSmallScreen { align: center middle; }
    TooSmallScreen { background: $background; }
    TooSmallScreen Static { width: 100%; color: $text; text-align: center; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="too-small")

    def on_mount(self) -> None:
        self.update_size(self.app.size.width, self.app.size.height)

    def update_size(self, width: int, height: int) -> None:
        """Say how big the terminal is and how big it must be."""
        text = Text(end="", justify="center")
        text.append("Terminal too small", style="bold")
        text.append(f"\n{width}×{height}; crosscheck needs at least {MIN_WIDTH}×{MIN_HEIGHT}.")
        text.append("\nEnlarge the window or make the font smaller. q quits.")
        self.query_one("#too-small", Static).update(text)
