"""The crosscheck review app: sources side by side, linked passages, conflicting figures, keys for every step.

:class:`CrosscheckApp` owns loading and errors; :class:`~tui.screens.review.ReviewScreen` owns the panes and the
review keys. Loading runs in one thread worker that reads the sources one by one (a bad file is reported and
skipped, the others are still compared), runs :func:`engine.compare`, builds the look-up index, and posts
:class:`~tui.messages.ComparisonReady`. Every error reaches :meth:`CrosscheckApp.report_error`.

The app also owns the review session (:class:`~tui.session.Session`: verdicts, notes, stars, manual links). The
loading worker opens it and attaches it to the comparison, so the panes show the comparison with the reviewer's
manual links applied. Every change goes through :meth:`CrosscheckApp.session_change`, which saves at once (the
session writes atomically) and, when the write fails, says so naming the file and keeps the change in memory. The
focused sentence is saved a moment after each move and on quit. A damaged session file, or one from a newer version,
is reported and never written: the review then runs without saving, and says so.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
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
from tui.screens.palette import OnceClosedPalette
from tui.screens.review import ReviewScreen
from tui.session import Session, SessionError, default_session_path
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
        self.session: Session | None = None
        """The review session attached to the comparison shown; None while loading. Its ``path`` is None when
        nothing is saved (``--no-session``, standard input only)."""
        self.session_error: str | None = None
        """Why the session file could not be used, or None."""
        self._focus_timer: Any = None
        self._focus_pending: str | None = None
        self._quit_armed = False
        self._told_unsaved = False
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
            if len(sources) < 2:
                self.post_message(NoUsableSources(failed, [source.path for source in sources]))
                return

            def progress(stage: str, fraction: float) -> None:
                if not stage.startswith("reading"):
                    self.post_message(LoadProgress(stage, 0.5 + 0.4 * fraction))

            comparison = compare(sources, self.options, progress=progress, cancelled=lambda: worker.is_cancelled)
        session, session_error = self._open_session()
        if session is not None:
            self.post_message(LoadProgress("restoring the review session", 0.92))
            comparison = session.attach(comparison)
        self.post_message(LoadProgress("indexing links and conflicts", 0.95))
        index = ComparisonIndex.build(comparison)
        self.post_message(ComparisonReady(comparison, index, failed, session, session_error))

    def session_file(self) -> Path | None:
        """Where the session is read and written: ``--session``, else beside the first article; None without one."""
        if not self.use_session:
            return None
        if self.session_path:
            return Path(self.session_path)
        return default_session_path(self.paths)

    def _open_session(self) -> tuple[Session, str | None]:
        """Open the session file; a bad one gives a session that never writes, and the reason."""
        path = self.session_file()
        try:
            return Session.open(path), None
        except SessionError as error:
            return Session(path, read_only=True), str(error)

    def on_load_progress(self, message: LoadProgress) -> None:
        self.review.show_progress(message.stage, message.fraction)

    def on_source_failed(self, message: SourceFailed) -> None:
        self.report_error(message.error)

    async def on_comparison_ready(self, message: ComparisonReady) -> None:
        self.comparison = message.comparison
        self.index = message.index
        self.failed = message.failed
        self.session = message.session or Session(None)
        if self.session.comparison is None:
            self.session.attach(message.comparison)
        self.session_error = message.session_error
        start = None
        focus = self.session.focus_sentence()
        if focus is not None:
            start = message.index.by_sentence_id.get(focus)
        await self.review.show_comparison(message.index, start=start)
        self.review.refresh_annotations()
        self._announce_session()
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

    def _announce_session(self) -> None:
        """Say what the session brought back, what changed, and what could not be placed or saved."""
        session = self.session
        if session is None:
            return
        name = session.path.name if session.path else ""
        if self.session_error:
            self.notify(
                f"{self.session_error}. Not saving: this review is kept only until you quit (x exports it).",
                title="Session not loaded",
                severity="error",
                timeout=20,
                markup=False,
            )
        if session.changed_sources:
            names = ", ".join(Path(p).name for p in session.changed_sources)
            self.notify(
                f"Changed since the session was saved: {names}. Annotations were placed again by sentence text.",
                title="Articles changed",
                severity="warning",
                timeout=12,
                markup=False,
            )
        lost = len(session.unanchored)
        if lost:
            self.notify(
                f"{lost} annotation{'s' if lost != 1 else ''} could not be placed on the current articles; "
                "kept in the session file. Press a to see them.",
                title="Annotations not found",
                severity="warning",
                timeout=15,
                markup=False,
            )
        placed = len(session.data.annotations) - lost
        links = len(session.data.manual_links)
        if (placed or links or session.data.notes) and not self.session_error:
            parts = [f"{placed} annotation{'s' if placed != 1 else ''}"]
            if links:
                parts.append(f"{links} manual link{'s' if links != 1 else ''}")
            if session.data.notes.strip():
                parts.append("general notes")
            self.notify(f"Session restored from {name}: {', '.join(parts)}.", timeout=4, markup=False)

    # ---- the review session: every change saved at once -----------------------------------------------------------

    def session_change(self, change: Callable[[Session], object]) -> bool:
        """Apply a change to the session, which saves it; a failed save is reported and the change kept in memory.

        Args:
            change: Called with the session; it changes it (``Session.set_verdict``...), which writes the file.

        Returns:
            Whether the change was applied (it may still be unsaved: see ``session.unsaved``).
        """
        session = self.session
        if session is None:
            return False
        self._quit_armed = False
        try:
            change(session)
        except OSError as error:
            where = session.path or "the session file"
            self.notify(
                f"{where}: could not save the session ({error.strerror or error}). The change is kept in memory and "
                "will be saved with the next one; x exports the report.",
                title="Not saved",
                severity="error",
                timeout=15,
                markup=False,
            )
        if session.unsaved and session.path is None and not self._told_unsaved:
            self._told_unsaved = True
            self.notify(
                "No session file (--no-session or standard input): annotations are kept until you quit; x exports "
                "them.",
                severity="warning",
                timeout=8,
                markup=False,
            )
        self.review.refresh_annotations()
        return True

    def session_status(self) -> str:
        """A few words for the source strip when changes are not being saved, else ``""``."""
        session = self.session
        if session is None:
            return ""
        if session.read_only:
            return "⚠ not saving"
        if session.unsaved:
            return "⚠ unsaved" if session.path is None else "⚠ not saved"
        return ""

    def on_sentence_focused(self, message: SentenceFocused) -> None:
        self.focus_ref = message
        if self.session is None or self.session.path is None or self.session.read_only:
            return
        # The focus is saved a moment after the last move (a write per keypress would be wasted), and on quit.
        self._focus_pending = message.sentence
        if self._focus_timer is None:
            self._focus_timer = self.set_timer(1.0, self._save_focus)
        else:
            self._focus_timer.reset()

    def _save_focus(self) -> None:
        self._focus_timer = None
        pending, self._focus_pending = self._focus_pending, None
        session = self.session
        if pending is None or session is None or session.comparison is None:
            return
        try:
            session.set_focus(pending)
            session.save()
        except (OSError, KeyError, StopIteration):
            # Losing the focus is acceptable, losing notes is not: a failed write shows when a change is saved.
            pass
        self.review.refresh_status()

    def on_no_usable_sources(self, message: NoUsableSources) -> None:
        if message.read:
            lines = [f"Only {message.read[0]} could be read; a comparison needs two or more articles:", ""]
        else:
            lines = ["None of the sources could be read, so there is nothing to compare:", ""]
        lines += message.failed
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

    # ---- the report -------------------------------------------------------------------------------------------------

    def export_report(self) -> None:
        """Write the Markdown report beside the session file (else beside the first article, else here)."""
        from tui.report import default_report_path

        session = self.session
        comparison = session.comparison if session is not None else None
        if session is None or comparison is None:
            self.bell()
            return
        path = default_report_path(session.path, self.paths)
        self._write_report(path, comparison, session.annotations_by_id(), session.data.notes)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _write_report(
        self, path: Path, comparison: Comparison, annotations: dict[str, dict[str, Any]], notes: str
    ) -> None:
        """Render and write the report (in a thread: the claim matrix of a large comparison takes a moment)."""
        from tui.report import ReportError, markdown_report
        from tui.storage import atomic_write_text

        text = markdown_report(comparison, annotations, notes or None)
        try:
            atomic_write_text(path, text)
        except OSError as error:
            raise ReportError(f"{path}: could not write the report ({error.strerror or error})") from None
        self.call_from_thread(self.notify, f"Report written to {path}", title="Exported", timeout=6, markup=False)

    async def action_quit(self) -> None:
        """Save the focus and quit; with changes that could not be saved, the first q only says so."""
        session = self.session
        if self._focus_timer is not None:
            self._focus_timer.stop()
            self._save_focus()
        if session is not None and session.unsaved and session.path is not None and not session.read_only:
            try:
                session.save()
            except OSError:
                pass
        if session is not None and session.unsaved and not self._quit_armed:
            self._quit_armed = True
            reason = "there is no session file" if session.path is None else f"{session.path} could not be written"
            if session.read_only:
                reason = f"{session.path} is damaged or newer and is never written"
            self.bell()
            self.notify(
                f"Your annotations are not saved: {reason}. Press q again to quit and lose them, or x to export the "
                "report first.",
                title="Not saved",
                severity="error",
                timeout=15,
                markup=False,
            )
            return
        self.exit()

    def action_help(self) -> None:
        """Show the keys."""
        if not isinstance(self.screen, (HelpScreen, TooSmallScreen)):
            self.push_screen(HelpScreen(self.key_map()))

    def action_command_palette(self) -> None:
        """Open the command palette, unless it is open already (under the too-small notice) or would not fit."""
        from textual.command import CommandPalette

        if isinstance(self.screen, TooSmallScreen) or any(isinstance(s, CommandPalette) for s in self.screen_stack):
            return
        if self.use_command_palette:
            self.push_screen(OnceClosedPalette(id="--command-palette"))


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
