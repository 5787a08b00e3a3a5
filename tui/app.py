"""The crosscheck review app: sources side by side, linked passages, conflicting figures, keys for every step.

:class:`CrosscheckApp` owns loading and errors; :class:`~tui.screens.review.ReviewScreen` owns the panes and the
review keys. Loading runs in one thread worker that reads the sources one by one (a bad file is reported and
skipped, the others are still compared), runs :func:`engine.compare`, builds the look-up index, and posts
:class:`~tui.messages.ComparisonReady`. Every error reaches :meth:`CrosscheckApp.report_error`.

``app.session`` is where a review session (issue 5: verdicts, notes, stars, manual links) will attach; the review
screen posts :class:`~tui.messages.SentenceFocused` on every move, which the app records in ``app.focus``.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import App
from textual.binding import Binding
from textual.events import Resize
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from engine.compare import Cancelled, compare
from engine.errors import CrosscheckError, SourceError
from engine.models import CompareOptions, Comparison, Source
from tui.commands import CrosscheckCommands
from tui.messages import ComparisonReady, LoadProgress, NoUsableSources, SentenceFocused, SourceFailed
from tui.screens.help import HelpScreen
from tui.screens.message import MIN_HEIGHT, MIN_WIDTH, MessageScreen, TooSmallScreen
from tui.screens.review import ReviewScreen
from tui.widgets.comparison_index import ComparisonIndex

__all__ = ["CrosscheckApp", "make_app"]


class CrosscheckApp(App[None]):
    """The review app for a set of article paths."""

    TITLE = "crosscheck"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {CrosscheckCommands}
    BINDINGS = [
        Binding("question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(
        self,
        paths: list[str],
        *,
        options: CompareOptions | None = None,
        comparison: Comparison | None = None,
        stdin_data: bytes | None = None,
        session_path: str | None = None,
        use_session: bool = True,
    ) -> None:
        """Build the app.

        Args:
            paths: The articles, in order (``-`` for standard input).
            options: Compare options.
            comparison: A comparison already made (tests and benchmarks); ``paths`` are then not read.
            stdin_data: The bytes of standard input, read before the app took over the terminal.
            session_path: The review session file (issue 5).
            use_session: Whether to read and write a session.
        """
        super().__init__()
        self.paths = paths
        """The articles given."""
        self.options = options or CompareOptions()
        """Compare options."""
        self.preloaded = comparison
        """A comparison given ready-made, or None."""
        self.stdin_data = stdin_data
        """Standard input's bytes when ``-`` is one of the paths."""
        self.session_path = session_path
        """Where the review session lives (issue 5)."""
        self.use_session = use_session
        """Whether a session is read and written (issue 5)."""
        self.session: Any = None
        """The review session attached to this comparison (issue 5); None until sessions exist."""
        self.comparison: Comparison | None = None
        """The comparison shown, once loaded."""
        self.index: ComparisonIndex | None = None
        """Look-ups over the comparison, once loaded."""
        self.focus_ref: SentenceFocused | None = None
        """The focused sentence, claim, links and conflicts: what a verdict or note would apply to."""
        self.failed: list[str] = []
        """One line per source that could not be used."""

    def get_default_screen(self) -> Screen[Any]:
        return ReviewScreen()

    @property
    def review(self) -> ReviewScreen:
        """The review screen (the bottom of the screen stack)."""
        screen = self.screen_stack[0]
        assert isinstance(screen, ReviewScreen)
        return screen

    def on_mount(self) -> None:
        self.load()
        self._check_size(self.size.width, self.size.height)

    # ---- loading ----------------------------------------------------------------------------------------------

    def _read(self, path: str, source_id: str) -> Source:
        from engine.reading import read_bytes
        from engine.sources import build_source, load_source

        if path == "-" and self.stdin_data is not None:
            return build_source(read_bytes(self.stdin_data, "-"), source_id)
        return load_source(path, source_id)

    @work(thread=True, exclusive=True, group="compare", exit_on_error=False)
    def load(self) -> None:
        """Read the sources one by one, compare them and index the result (in a thread)."""
        worker = get_current_worker()
        comparison = self.preloaded
        failed: list[str] = []
        if comparison is None:
            sources: list[Source] = []
            total = max(1, len(self.paths))
            for k, path in enumerate(self.paths):
                if worker.is_cancelled:
                    return
                self.post_message(LoadProgress(f"reading {Path(path).name}", 0.5 * k / total))
                try:
                    sources.append(self._read(path, f"s{len(sources) + 1}"))
                except SourceError as error:
                    failed.append(str(error))
                    self.post_message(SourceFailed(path, error))
            if not sources:
                self.post_message(NoUsableSources(failed))
                return

            def progress(stage: str, fraction: float) -> None:
                if not stage.startswith("reading"):
                    self.post_message(LoadProgress(stage, 0.5 + 0.4 * fraction))

            comparison = compare(sources, self.options, progress=progress, cancelled=lambda: worker.is_cancelled)
        self.post_message(LoadProgress("indexing links and conflicts", 0.95))
        index = ComparisonIndex.build(comparison)
        self.post_message(ComparisonReady(comparison, index, failed))

    def on_load_progress(self, message: LoadProgress) -> None:
        self.review.show_progress(message.stage, message.fraction)

    def on_source_failed(self, message: SourceFailed) -> None:
        self.report_error(message.error)

    async def on_comparison_ready(self, message: ComparisonReady) -> None:
        self.comparison = message.comparison
        self.index = message.index
        self.failed = message.failed
        await self.review.show_comparison(message.index)
        # A large comparison is millions of long-lived objects; left to the cyclic garbage collector, every full
        # collection walks them all and stalls a keypress for hundreds of milliseconds. They live as long as the
        # app, so move them out of its reach.
        gc.collect()
        gc.freeze()
        if message.failed:
            shown = len(message.comparison.sources)
            self.notify(
                f"Skipped {len(message.failed)} source(s); comparing the other {shown}.",
                severity="warning",
                markup=False,
            )

    def on_no_usable_sources(self, message: NoUsableSources) -> None:
        lines = ["None of the sources could be read, so there is nothing to compare:", ""] + message.failed
        self.push_screen(MessageScreen("Nothing to compare", lines))

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR and event.worker.error is not None:
            self.report_error(event.worker.error, fatal=self.comparison is None)

    def report_error(self, error: BaseException, *, fatal: bool = False) -> None:
        """The one place errors are shown: a notification, or a full-screen message when nothing can be shown.

        Args:
            error: The error; a :class:`CrosscheckError` shows its ``title`` and its one-line message.
            fatal: Whether the app has nothing else to show.
        """
        if isinstance(error, Cancelled):
            return
        if isinstance(error, CrosscheckError):
            title, message = error.title, str(error)
        else:
            title, message = "Unexpected error", f"{type(error).__name__}: {error}"
        if fatal:
            self.push_screen(MessageScreen(title, [message]))
        else:
            self.notify(message, title=title, severity="error", timeout=10, markup=False)

    # ---- focus, for review sessions -----------------------------------------------------------------------------

    def on_sentence_focused(self, message: SentenceFocused) -> None:
        self.focus_ref = message

    # ---- size -----------------------------------------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        self._check_size(event.size.width, event.size.height)

    def _check_size(self, width: int, height: int) -> None:
        small = width < MIN_WIDTH or height < MIN_HEIGHT
        top = self.screen_stack[-1] if self.screen_stack else None
        if small:
            if isinstance(top, TooSmallScreen):
                top.update_size(width, height)
            else:
                self.push_screen(TooSmallScreen())
        elif isinstance(top, TooSmallScreen):
            self.pop_screen()

    # ---- actions ----------------------------------------------------------------------------------------------

    def key_map(self) -> dict[str, str]:
        """The keys shown for each binding id, as the footer shows them (remaps included)."""
        from tui.screens.review import SearchBox

        keys: dict[str, str] = {"command-palette": self.COMMAND_PALETTE_BINDING}
        for binding in [*ReviewScreen.BINDINGS, *SearchBox.BINDINGS, *self.BINDINGS]:
            if not isinstance(binding, Binding) or not binding.id:
                continue
            written = self._keymap.get(binding.id, binding.key)
            shown = [self.get_key_display(Binding(key.strip(), binding.action)) for key in written.split(",")]
            keys[binding.id] = " ".join(shown)
        return keys

    def action_help(self) -> None:
        """Show the keys."""
        if not isinstance(self.screen, (HelpScreen, TooSmallScreen)):
            self.push_screen(HelpScreen(self.key_map()))

    def action_command_palette(self) -> None:
        """Open the command palette, unless it is open already (under the too-small notice) or would not fit."""
        from textual.command import CommandPalette

        if isinstance(self.screen, TooSmallScreen) or any(isinstance(s, CommandPalette) for s in self.screen_stack):
            return
        super().action_command_palette()


def make_app(
    paths: list[str],
    session: str | None = None,
    use_session: bool = True,
    *,
    comparison: Comparison | None = None,
) -> CrosscheckApp:
    """Build the app for ``paths``; shared by the command line, tests, screenshots and benchmarks.

    Args:
        paths: The articles, in order; ``-`` is standard input, read now, before the app takes the terminal.
        session: The review session file (issue 5).
        use_session: Whether to read and write a session.
        comparison: A comparison already made, shown instead of reading ``paths``.
    """
    stdin_data = None
    if "-" in paths and comparison is None and not sys.stdin.isatty():
        from engine.reading import MAX_BYTES

        stdin_data = sys.stdin.buffer.read(MAX_BYTES + 1)
        _reattach_terminal()
    return CrosscheckApp(
        list(paths), comparison=comparison, stdin_data=stdin_data, session_path=session, use_session=use_session
    )


def _reattach_terminal() -> None:
    """After reading piped standard input, point it at the terminal so the app can read keys."""
    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return
    os.dup2(fd, 0)
    os.close(fd)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115 - the process's stdin for its whole life
