"""The review app over a real SSH connection: OpenSSH on loopback, the ssh client on a pty inside tmux at 80x24.

Each test logs in with ``ssh -tt``, runs ``crosscheck`` on (copies of) the seed articles, presses the keys a
reviewer would (next conflict, help, escape, quit) and reads the screen with ``tmux capture-pane``, once with
TERM=xterm-256color and once with TERM=xterm and NO_COLOR=1. Everything the app wrote to the terminal is also kept
(tmux pipe-pane), to check which colours it used and that it left the terminal as it found it.

Waits poll the screen up to a deadline; no fixed sleep decides a result.
"""

from __future__ import annotations

import re
import shlex
import shutil
import sys
import uuid
from pathlib import Path

import pytest

from .sshd import SshServer, Tmux, chromatic_colours, modes_left_on, sgr_colour_codes

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted(p for p in (ROOT / "seeds").iterdir() if p.suffix == ".txt")
WIDTH, HEIGHT = 80, 24
TIMEOUT = 30.0
"""Seconds to wait for any one screen (starting Python and comparing over SSH takes a few)."""
EXIT_MARKER = "CROSSCHECK-EXIT="
"""Printed over SSH after crosscheck exits, with its exit status."""
SSH_EXIT = "SSH-EXIT="
"""Printed by the local shell in tmux after ssh exits, with its exit status."""

VARIANTS = [
    pytest.param({"TERM": "xterm-256color"}, id="xterm-256color"),
    pytest.param({"TERM": "xterm", "NO_COLOR": "1"}, id="xterm-no-color"),
]

FOCUSED_LINE = re.compile(r"^▶([✖≠═· ])", re.MULTILINE)
"""The focused sentence's first line: the cursor, then the sentence's gutter mark."""
CONFLICT_DETAIL = re.compile(r"([✖≠]) (C\d+) (contradiction|discrepancy)")
"""The detail bar's line for a conflicting figure."""
HELP_ROWS = [
    (r"j ↓", "next sentence"),
    (r"n", "next figure"),
    (r"c", "next conflict"),
    (r"\]", "next sentence linked"),
    (r"tab", "next pane"),
    (r"/", "search"),
]
"""Keys the help must list at the top, each with the start of what it does."""
HELP_ROWS_END = [(r"\?", "this help"), (r"q", "quit"), (r"✖", "a figure contradicts"), (r"≠", "a figure differs")]
"""Keys and gutter symbols the help lists at its end."""
APP_FRAME = ["crosscheck keys", "Quit", "Conflict", "sentences", "▶", "┃", "╭", "╰", "▔", "✖", "≠"]
"""Pieces of the app's screen that must be gone once it has quit."""


def _crosscheck() -> Path:
    """The crosscheck command of the repository's virtual environment (``make test`` creates it)."""
    for candidate in (ROOT / ".venv" / "bin" / "crosscheck", Path(sys.executable).parent / "crosscheck"):
        if candidate.exists():
            return candidate.absolute()
    pytest.fail(f"no crosscheck command in {ROOT / '.venv' / 'bin'} or beside {sys.executable}; run make test")


def _remote_command(env: dict[str, str], work: Path) -> str:
    """The command run over SSH: crosscheck on copies of the seeds, then its exit status on its own line."""
    articles = work / "articles"
    articles.mkdir()
    copies = []
    for seed in SEEDS:
        copy = articles / seed.name
        shutil.copyfile(seed, copy)
        copies.append(str(copy))
    settings = {
        **env,
        # Configuration, data and state of this run stay in the test's folder, never in the user's home.
        "XDG_CONFIG_HOME": str(work / "config"),
        "XDG_DATA_HOME": str(work / "data"),
        "XDG_STATE_HOME": str(work / "state"),
        "XDG_CACHE_HOME": str(work / "cache"),
    }
    unset = [] if "NO_COLOR" in env else ["-u", "NO_COLOR"]
    app = shlex.join(["env", *unset, *(f"{k}={v}" for k, v in settings.items()), str(_crosscheck()), *copies])
    return f"cd {shlex.quote(str(ROOT))} && {app}; status=$?; echo {EXIT_MARKER}$status; exit $status"


def _conflict_id(screen: str) -> str | None:
    match = CONFLICT_DETAIL.search(screen)
    return match.group(2) if match else None


def _focused_mark(screen: str) -> str | None:
    match = FOCUSED_LINE.search(screen)
    return match.group(1) if match else None


def review_shown(screen: str) -> bool:
    """The review screen, whole: a focused sentence, the footer, the conflict symbols, no help over it, and the
    focused sentence's conflict in the detail bar marked as in the gutter."""
    mark = _focused_mark(screen)
    if mark is None or "Help" not in screen or "✖" not in screen or "≠" not in screen:
        return False
    if any(piece in screen for piece in ("crosscheck keys", "Gutter", "this help")):
        return False
    if mark in ("✖", "≠"):
        match = CONFLICT_DETAIL.search(screen)
        return match is not None and match.group(1) == mark
    return True


def _help_row(screen: str, key: str, what: str) -> bool:
    return re.search(rf"^│ {key}\s+{re.escape(what)}", screen, re.MULTILINE) is not None


@pytest.mark.ssh
@pytest.mark.parametrize("env", VARIANTS)
def test_review_over_ssh(ssh_server: SshServer, tmux: Tmux, tmp_path: Path, env: dict[str, str]) -> None:
    name = f"cc-{uuid.uuid4().hex[:10]}"
    raw_log = tmp_path / "terminal.raw"
    raw_log.touch()
    remote = _remote_command(env, tmp_path)
    tmux.new_session(
        name, ssh_server.ssh_command(remote), width=WIDTH, height=HEIGHT, raw_log=raw_log, exit_marker=SSH_EXIT
    )

    def context() -> str:
        return f"remote command: {remote}\n--- sshd log ---\n{ssh_server.log_text(15)}\n"

    def wait(test, what: str) -> str:  # type: ignore[no-untyped-def]
        return tmux.wait_for(name, test, what, timeout=TIMEOUT, extra=context())

    # ---- the first screen: two panes, the focused sentence, the conflict symbols ---------------------------------
    # The terminal gets each frame in several writes, so a capture can catch a frame half drawn: every wait below
    # asks for the whole of the state it expects, and nothing is asserted on a screen that did not pass its wait.
    assert tmux.display(name, "#{window_width}x#{window_height}") == f"{WIDTH}x{HEIGHT}"
    first = wait(review_shown, "the review screen: a focused sentence (▶), the conflict symbols ✖ ≠ and the footer")
    assert tmux.display(name, "#{alternate_on}") == "1", f"the app is not on the alternate screen:\n{first}"
    before = _conflict_id(first)

    # ---- c: the next conflicting figure --------------------------------------------------------------------------
    tmux.send_keys(name, "c")
    conflict = wait(
        lambda s: review_shown(s) and _focused_mark(s) in ("✖", "≠") and _conflict_id(s) not in (None, before),
        f"the next conflict after {before or 'the first sentence'}: a focused sentence marked ✖ or ≠, with its "
        "conflict, marked the same, in the detail bar",
    )
    shown = _conflict_id(conflict)

    # ---- colours as the terminal holds them ----------------------------------------------------------------------
    coloured = tmux.capture(name, escapes=True)
    colours = sgr_colour_codes(coloured)
    if "NO_COLOR" in env:
        assert not chromatic_colours(colours), (
            f"NO_COLOR is set but the screen uses colours {chromatic_colours(colours)[:12]}:\n{coloured!r}"
        )
    else:
        assert chromatic_colours(colours), f"TERM={env['TERM']} but the screen has no colour at all:\n{conflict}"
    assert "✖" in coloured and "≠" in coloured

    # ---- ?: help lists the keys ----------------------------------------------------------------------------------
    tmux.send_keys(name, "?")
    wait(lambda s: "crosscheck keys" in s, "the help screen (crosscheck keys)")
    wait(lambda s: all(_help_row(s, key, what) for key, what in HELP_ROWS), "the first keys listed in the help")
    # The rest of the help is read a page at a time (page down until the screen stops changing).
    seen = tmux.capture(name)
    for _ in range(12):
        if all(_help_row(seen, key, what) for key, what in HELP_ROWS_END):
            break
        page = tmux.capture(name)
        tmux.send_keys(name, "PageDown")
        try:
            page = tmux.wait_for(name, lambda s, page=page: s != page, "the next page of the help", timeout=3)
        except AssertionError:
            break  # the end of the help
        seen += tmux.wait_for(name, lambda s: "crosscheck keys" in s, "the help, still open", timeout=TIMEOUT)
    missing = [f"{key} {what}" for key, what in HELP_ROWS_END if not _help_row(seen, key, what)]
    assert not missing, f"the help does not list {missing}; the pages of the help read:\n{seen}"

    # ---- escape closes the help ----------------------------------------------------------------------------------
    tmux.send_keys(name, "Escape")
    wait(
        lambda s: review_shown(s) and _conflict_id(s) == shown,
        f"the review screen again after Escape, still on conflict {shown}",
    )

    # ---- q quits and the terminal is clean -----------------------------------------------------------------------
    tmux.send_keys(name, "q")
    final = wait(lambda s: SSH_EXIT in s, f"{EXIT_MARKER} and then {SSH_EXIT} after q (crosscheck, then ssh, exiting)")
    lines = [line.rstrip() for line in final.splitlines() if line.strip()]
    assert lines == [f"{EXIT_MARKER}0", f"{SSH_EXIT}0"], (
        f"after q the terminal should show only crosscheck's and ssh's exit status 0, from the top left:\n{final}"
    )
    leftovers = [piece for piece in APP_FRAME if piece in final]
    assert not leftovers, f"the app's screen is still shown after it quit ({leftovers}):\n{final}"
    scrolled = tmux.capture(name, history=True)
    leftovers = [piece for piece in APP_FRAME if piece in scrolled]
    assert not leftovers, f"the app's frame is in the scrollback ({leftovers}):\n{scrolled}"

    flags = tmux.display(
        name,
        "alternate=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag}#{mouse_all_flag}"
        "#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag}#{mouse_utf8_flag} wrap=#{wrap_flag}",
    )
    assert flags == "alternate=0 cursor=1 mouse=000000 wrap=1", f"terminal state after quitting: {flags}\n{final}"
    raw = raw_log.read_bytes().decode("utf-8", errors="replace")
    assert "\x1b[?1049h" in raw, f"the raw terminal log shows no alternate screen ({len(raw)} bytes logged)"
    left = modes_left_on(raw)
    assert not left, f"crosscheck left the terminal in these modes: {sorted(left.values())}"
    if "NO_COLOR" in env:
        raw_colours = chromatic_colours(sgr_colour_codes(raw))
        assert not raw_colours, f"with NO_COLOR the app sent colours {raw_colours[:12]}"
