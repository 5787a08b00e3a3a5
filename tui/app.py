"""The crosscheck review app: the sources side by side as sentences."""

from __future__ import annotations

from textual import work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, Static
from rich.text import Text

from engine.compare import compare
from engine.errors import CrosscheckError
from engine.models import Comparison


class CrosscheckApp(App[None]):
    """Side-by-side panes of sentences."""

    TITLE = "crosscheck"
    BINDINGS = [("q", "quit", "Quit")]
    CSS = "Horizontal { height: 1fr; } VerticalScroll { width: 1fr; border: round $primary; }"

    def __init__(self, paths: list[str]) -> None:
        super().__init__()
        self.paths = paths
        self.comparison: Comparison | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Horizontal(id="panes")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="compare", exit_on_error=False)
    def load(self) -> None:
        try:
            comparison = compare(self.paths)
        except CrosscheckError as error:
            self.call_from_thread(self.notify, str(error), severity="error")
            return
        self.call_from_thread(self.show, comparison)

    def show(self, comparison: Comparison) -> None:
        self.comparison = comparison
        panes = self.query_one("#panes", Horizontal)
        for source in comparison.sources:
            pane = VerticalScroll(*[Static(Text(s.text)) for s in source.sentences])
            pane.border_title = source.label
            panes.mount(pane)


def make_app(paths: list[str], session: str | None = None, use_session: bool = True) -> CrosscheckApp:
    """Build the app for ``paths``; shared by the command line, tests and screenshots."""
    return CrosscheckApp(paths)
