"""A review survives ``kill -9``: the real ``crosscheck`` command in a pseudo-terminal at 80x24, annotated with keys,
killed with SIGKILL in the middle of the review.

Each action is made with keys and waited for on the screen (the app's own confirmation, e.g. "C2: ✔ confirmed"),
as a reviewer would see it; then the last action's keys are sent and the process is killed at once, without waiting.
The session file must then be valid JSON holding every annotation made before the last one: at most the last action
is lost. A second test kills the app at random moments while it writes verdicts as fast as keys arrive; the file is
valid every time (atomic writes: a temporary file, fsync, rename).

Nothing here sleeps to let things happen: every wait polls the screen or the file against a deadline.
"""

from __future__ import annotations

import fcntl
import json
import os
import random
import re
import shutil
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from engine.compare import compare
from tui.session import Session, default_session_path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted(p for p in (ROOT / "seeds").iterdir() if p.suffix == ".txt")
TIMEOUT = 30.0
"""Seconds to wait for the app to show something, however slow the machine."""

_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|[@-Z\\-_])")


def _crosscheck() -> Path:
    for candidate in (ROOT / ".venv" / "bin" / "crosscheck", Path(sys.executable).parent / "crosscheck"):
        if candidate.exists():
            return candidate.absolute()
    pytest.fail(f"no crosscheck command in {ROOT / '.venv' / 'bin'} or beside {sys.executable}; run make test")


class Terminal:
    """A command in a pseudo-terminal of its own: keys in, everything it draws kept (escape sequences removed)."""

    def __init__(self, argv: list[str], cwd: Path, env: dict[str, str], size: tuple[int, int] = (80, 24)) -> None:
        master, slave = os.openpty()
        width, height = size
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        self.process = subprocess.Popen(
            argv, cwd=cwd, env=env, stdin=slave, stdout=slave, stderr=slave, start_new_session=True, close_fds=True
        )
        os.close(slave)
        self.master = master
        self._raw = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            with self._lock:
                self._raw += chunk

    def mark(self) -> int:
        """Where the output is now: ``text(mark)`` is what was drawn after."""
        with self._lock:
            return len(self._raw)

    def text(self, since: int = 0) -> str:
        """What was drawn since ``since``, escape sequences removed."""
        with self._lock:
            raw = bytes(self._raw[since:])
        return _ESCAPES.sub("", raw.decode("utf-8", errors="replace"))

    def send(self, keys: str | bytes) -> None:
        os.write(self.master, keys.encode() if isinstance(keys, str) else keys)

    def wait_for(self, what: str, since: int = 0, timeout: float = TIMEOUT) -> None:
        """Wait until ``what`` is drawn after ``since``; fail showing the end of the output."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if what in self.text(since):
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.02)
        tail = self.text(since)[-1500:]
        pytest.fail(f"{what!r} was not drawn within {timeout:.0f} s (exit {self.process.poll()}); drawn:\n{tail}")

    def act(self, keys: str | bytes, shown: str) -> None:
        """Press keys and wait until the app shows ``shown``."""
        since = self.mark()
        self.send(keys)
        self.wait_for(shown, since)

    def kill(self) -> None:
        """SIGKILL, like a power cut for this process: no handler, no flush, no clean-up."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(timeout=TIMEOUT)
        os.close(self.master)


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    out = []
    for seed in SEEDS:
        shutil.copyfile(seed, tmp_path / seed.name)
        out.append(seed.name)  # relative: the app runs in tmp_path, as a reporter runs it in the story's folder
    return out


def _start(tmp_path: Path, articles: list[str]) -> Terminal:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    terminal = Terminal([str(_crosscheck()), *articles], tmp_path, env)
    # The comparison is on screen once the first sentence's conflict is described (not "sentences", which the
    # loading screen's "aligning sentences" also shows: keys sent then find no comparison to act on).
    terminal.wait_for("C1 ")
    terminal.wait_for("Verdict")  # the footer
    return terminal


def _wait_until(test: Callable[[], bool], what: str, timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if test():
            return
        time.sleep(0.02)
    pytest.fail(f"not within {timeout:.0f} s: {what}")


def _reopen(tmp_path: Path, articles: list[str]) -> Session:
    """The session file as the next run of the app reads it (fails on a damaged file)."""
    path = tmp_path / default_session_path(articles)
    session = Session.open(path)
    session.attach(compare([str(tmp_path / a) for a in articles]))
    return session


def test_kill_9_in_the_middle_of_a_review_loses_at_most_the_last_action(tmp_path: Path, articles: list[str]) -> None:
    terminal = _start(tmp_path, articles)
    try:
        terminal.send("c")  # the first conflict the c key reaches; keys are handled in order
        terminal.act("1", "✔ confirmed")
        terminal.act("*", "★ starred")
        terminal.act("e", "Note on")
        terminal.send("Call the mayor's office\r[bold]at 9[/bold] | ask for the list")
        terminal.act(b"\x13", "note saved")  # ctrl+s
        terminal.send("c")
        terminal.act("2", "✗ disputed")
        terminal.act("E", "General notes")
        terminal.send("Desk: figures still moving")
        terminal.act(b"\x13", "General notes saved")
        # The last action: a verdict whose keys are sent, and the process killed without waiting for anything.
        terminal.send("j3")
    finally:
        terminal.kill()

    path = tmp_path / default_session_path(articles)
    document = json.loads(path.read_text(encoding="utf-8"))  # valid JSON, whatever moment the kill came at
    assert document["schema"] == 1
    session = _reopen(tmp_path, articles)
    verdicts = [r.annotation.verdict for r in session.resolved if r.target and r.target.startswith("C")]
    assert sorted(v for v in verdicts if v) == ["confirmed", "disputed"]
    assert any(r.annotation.star for r in session.resolved)
    notes = [r.annotation.note for r in session.resolved if r.annotation.note]
    assert notes == ["Call the mayor's office\n[bold]at 9[/bold] | ask for the list"]
    assert session.data.notes == "Desk: figures still moving"
    assert session.unanchored == []
    # The last action ("needs a call") may or may not have been written; nothing else is missing.
    assert {a.verdict for a in session.data.annotations} <= {"confirmed", "disputed", "needs a call", None}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kill_9_while_writing_leaves_a_valid_session(tmp_path: Path, articles: list[str], seed: int) -> None:
    rng = random.Random(seed)
    terminal = _start(tmp_path, articles)
    path = tmp_path / default_session_path(articles)
    try:
        terminal.act("1", "confirmed")  # the file exists from here on, and this verdict stays in it
        # Verdicts and moves as fast as keys arrive, each verdict a write; the kill lands somewhere among them. The
        # burst moves off the first sentence at once and never comes back, so its verdict is never undone (a key
        # pressed twice toggles a verdict off, and "0" clears it).
        terminal.send("j" + "".join(rng.choice("1234j0*") for _ in range(300)))
        before = path.stat().st_mtime_ns
        _wait_until(lambda: path.stat().st_mtime_ns != before, "the app writing the session again")
        time.sleep(rng.uniform(0.0, 0.3))  # a random moment to kill at, not a wait for anything
    finally:
        terminal.kill()
    json.loads(path.read_text(encoding="utf-8"))
    session = _reopen(tmp_path, articles)
    assert "confirmed" in {a.verdict for a in session.data.annotations}, "the verdict written before the kill is there"
