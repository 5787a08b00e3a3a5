"""Random keys through the review app: thousands of them, and the app is still running with no error at the end.

Keys are drawn, from a seeded generator so a failure can be replayed, among every key the app's screens bind plus
letters, digits and the usual editing and moving keys; whatever screen is on top gets them (the help, the matrix,
the filter and sources dialogs, the verdict and note dialogs, the review list, the search line, the command
palette). Never sent: the quit keys (``q``, ctrl+q, ctrl+c), and Enter while the command palette is open: it would
run the palette's own "Quit" or "Save screenshot". For the same reason ctrl+p is sent alone, after the keys before it
were handled: keys queued before ctrl+p can land in the palette once it opens. (Two Enters that reach the palette
together are covered by their own pilot test: the app's palette closes once.)

Keys go in bursts of 1 to 24 straight to the app's message queue (as keys typed ahead over a slow SSH link arrive),
with a wait for the app to be idle after each burst; ``pilot.press`` waits after every key and would take ten times
as long. The same seed (``CROSSCHECK_FUZZ_SEED=<seed>``) sends the same keys in the same bursts, but how a burst is
interleaved with the app's own messages depends on timing, so a race may need a few runs to show again.
``CROSSCHECK_FUZZ_SCALE=4`` presses four times as many keys.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import random
import shutil
import string
import time
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.binding import Binding
from textual.command import CommandPalette
from textual.keys import _character_to_key, _get_unicode_name_from_key
from textual.pilot import Pilot

from tui.app import CrosscheckApp, make_app
from tui.screens.message import MIN_HEIGHT, MIN_WIDTH, TooSmallScreen
from tui.screens.review import ReviewScreen

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted(p for p in (ROOT / "seeds").iterdir() if p.suffix == ".txt")
MARROVA = ROOT / "tests" / "data" / "cases" / "marrova-earthquake"

NEVER = {"q", "ctrl+q", "ctrl+c", "super+c"}
"""Keys that quit (or try to) and are never sent."""
EXTRA = [
    "escape",
    "enter",
    "tab",
    "shift+tab",
    "up",
    "down",
    "left",
    "right",
    "pageup",
    "pagedown",
    "home",
    "end",
    "backspace",
    "delete",
    "space",
    "?",
    "/",
    ":",
    "ctrl+p",
    "ctrl+n",
    "ctrl+a",
    "ctrl+e",
    "ctrl+k",
    "ctrl+u",
    "ctrl+w",
    "ctrl+x",
    "ctrl+v",
    "ctrl+z",
    "f1",
]
"""Keys sent besides every bound key, letters and digits."""
SCALE = float(os.environ.get("CROSSCHECK_FUZZ_SCALE", "1"))


def _screen_classes() -> list[type[Any]]:
    """The app and every class with bindings in ``tui.screens`` (screens, and the search line), whose keys are drawn."""
    import tui.screens

    classes: list[type[Any]] = [CrosscheckApp]
    for info in pkgutil.iter_modules(tui.screens.__path__, "tui.screens."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__ and "BINDINGS" in vars(value):
                classes.append(value)
    return classes


def key_pool() -> list[str]:
    """The keys drawn from: bindings of every screen, letters, digits and :data:`EXTRA`, less :data:`NEVER`."""
    keys: set[str] = set(EXTRA) | set(string.ascii_letters) | set(string.digits)
    for cls in _screen_classes():
        for binding in cls.BINDINGS:
            written = binding.key if isinstance(binding, Binding) else binding[0]
            keys.update(k.strip() for k in written.split(",") if k.strip())
    return sorted(keys - NEVER)


def key_event(key: str) -> events.Key:
    """The key event ``pilot.press(key)`` would send."""
    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    try:
        char: str | None = unicodedata.lookup(_get_unicode_name_from_key(key))
    except KeyError:
        char = key if len(key) == 1 else None
    return events.Key(key, char)


class Recorder:
    """The keys sent and the error notifications shown, for the failure message."""

    def __init__(self, app: CrosscheckApp, seed: int) -> None:
        self.app = app
        self.seed = seed
        self.sent: list[tuple[str, str]] = []
        self.errors: list[str] = []
        notify = app.notify

        def recording_notify(message: str, *args: Any, **kwargs: Any) -> Any:
            if kwargs.get("severity") == "error":
                self.errors.append(f"{kwargs.get('title', '')}: {message}")
            return notify(message, *args, **kwargs)

        app.notify = recording_notify  # type: ignore[method-assign]

    def tail(self, n: int = 60) -> str:
        return " ".join(f"{key}@{screen}" for key, screen in self.sent[-n:])

    def describe(self) -> str:
        return (
            f"seed {self.seed} (replay with CROSSCHECK_FUZZ_SEED={self.seed}), {len(self.sent)} keys sent; "
            f"last keys (key@screen it was sent to): {self.tail()}"
        )


async def ready(pilot: Pilot[None]) -> CrosscheckApp:
    """Wait for the comparison worker, then for the first sentence to be focused (or a screen over the review)."""
    app = pilot.app
    assert isinstance(app, CrosscheckApp)
    await app.workers.wait_for_complete()
    for _ in range(100):
        await pilot.pause()
        if app.review.index is not None and (app.review.focused_key is not None or len(app.screen_stack) > 1):
            break
    assert app.review.index is not None, "the comparison never reached the review screen"
    return app


def check_alive(app: CrosscheckApp, recorder: Recorder) -> None:
    """The app is running, has not been told to exit, and has shown no error."""
    where = recorder.describe()
    assert app.is_running, f"the app stopped running; {where}"
    assert app.return_code is None, f"the app set return code {app.return_code}; {where}"
    assert not app._exit_renderables, f"the app is exiting with {app._exit_renderables!r}; {where}"
    assert isinstance(app.screen_stack[0], ReviewScreen), f"the review screen is gone: {app.screen_stack}; {where}"
    assert not recorder.errors, f"the app showed errors {recorder.errors}; {where}"
    width, height = app.size
    small = width < MIN_WIDTH or height < MIN_HEIGHT
    notices = [screen for screen in app.screen_stack if isinstance(screen, TooSmallScreen)]
    stack = [type(screen).__name__ for screen in app.screen_stack]
    if small:
        assert notices, f"the terminal is {width}x{height} but the too-small notice is not open: {stack}; {where}"
    else:
        assert not notices, f"the terminal is {width}x{height} but the too-small notice is still open: {stack}; {where}"


async def run_keys(
    paths: Sequence[str],
    size: tuple[int, int],
    count: int,
    seed: int,
    resize_to: Sequence[tuple[int, int]] = (),
) -> None:
    """Press ``count`` random keys over the articles ``paths`` and check the app survived.

    Args:
        paths: The articles.
        size: The terminal's size.
        count: How many keys (times ``CROSSCHECK_FUZZ_SCALE``).
        seed: The random generator's seed (``CROSSCHECK_FUZZ_SEED`` overrides it).
        resize_to: Sizes the terminal is resized to, at random, between some bursts of keys.
    """
    seed = int(os.environ.get("CROSSCHECK_FUZZ_SEED", seed))
    count = max(1, int(count * SCALE))
    rng = random.Random(seed)
    pool = key_pool()
    app = make_app(list(paths), use_session=False)
    recorder = Recorder(app, seed)
    started = time.monotonic()
    try:
        async with app.run_test(size=size) as pilot:
            await ready(pilot)
            check_alive(app, recorder)
            driver = app._driver
            assert driver is not None
            sent = 0
            while sent < count:
                if resize_to and rng.random() < 0.2:
                    width, height = rng.choice(resize_to)
                    recorder.sent.append((f"resize:{width}x{height}", type(app.screen).__name__))
                    await pilot.resize_terminal(width, height)
                for k in range(rng.randint(1, 24)):
                    key = rng.choice(pool)
                    if key == "ctrl+p" and k:
                        await pilot.pause()  # the palette opens from a burst of its own (see the module's docstring)
                    screen = app.screen
                    if isinstance(screen, CommandPalette) and key == "enter":
                        key = rng.choice(["down", "escape", "backspace"])
                    recorder.sent.append((key, type(screen).__name__))
                    driver.send_message(key_event(key))
                    sent += 1
                    if key == "ctrl+p" or sent >= count:
                        break
                await pilot.pause()
                check_alive(app, recorder)
            # Close whatever is open: the review screen is still there, under it.
            for _ in range(8):
                if len(app.screen_stack) == 1 and not isinstance(app.screen, CommandPalette):
                    break
                await pilot.press("escape")
            await pilot.pause()
            check_alive(app, recorder)
    except AssertionError:
        raise
    except Exception as error:
        raise AssertionError(f"{type(error).__name__}: {error}; {recorder.describe()}") from error
    elapsed = time.monotonic() - started
    print(f"{count} keys at {size[0]}x{size[1]} over {len(paths)} sources in {elapsed:.1f} s (seed {seed})")


def copies(folder: Path, articles: Sequence[Path]) -> list[str]:
    """Copies of ``articles`` in ``folder``: whatever the app writes beside its articles (a report, a session) stays
    in the test's folder, never in the repository."""
    folder.mkdir(exist_ok=True)
    paths = []
    for article in articles:
        copy = folder / article.name
        shutil.copyfile(article, copy)
        paths.append(str(copy))
    return paths


@pytest.fixture
def seeds_copy(tmp_path: Path) -> list[str]:
    return copies(tmp_path / "articles", SEEDS)


async def test_thousands_of_random_keys_at_80x24(seeds_copy: list[str]) -> None:
    await run_keys(seeds_copy, (80, 24), 3000, seed=20240601)


async def test_random_keys_at_160x48(seeds_copy: list[str]) -> None:
    await run_keys(seeds_copy, (160, 48), 600, seed=7)


async def test_random_keys_at_the_minimum_size_60x15(seeds_copy: list[str]) -> None:
    await run_keys(seeds_copy, (60, 15), 600, seed=15)


async def test_random_keys_below_the_minimum_size(seeds_copy: list[str]) -> None:
    """At 50x12 the too-small notice is on top: keys reach it and whatever it lets through."""
    await run_keys(seeds_copy, (50, 12), 400, seed=12)


async def test_random_keys_over_four_sources(tmp_path: Path) -> None:
    paths = copies(tmp_path / "articles", [*SEEDS, MARROVA / "a_reuters.txt", MARROVA / "b_corvella_herald.md"])
    await run_keys(paths, (80, 24), 800, seed=4)
    await run_keys(paths, (160, 48), 400, seed=44)


async def test_random_keys_while_the_terminal_is_resized(seeds_copy: list[str]) -> None:
    """Keys mixed with resizes across the minimum size and the pane-count steps (two panes below 120 columns)."""
    sizes = [(80, 24), (59, 24), (60, 14), (60, 15), (119, 30), (120, 30), (160, 48), (45, 10), (200, 60)]
    await run_keys(seeds_copy, (80, 24), 600, seed=2, resize_to=sizes)
