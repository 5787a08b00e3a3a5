"""Writes SVG screenshots of the review app for the README: ``python -m tui.screenshots screenshots``.

The seed articles at 80x24 and 160x48 (after ``c``, next conflict), a review with verdicts, a star and a note, the
claim matrix and the help screen; each run headless through Textual's pilot with the real engine, waiting for the
loading worker rather than the clock. The review's session is written to a temporary folder, never beside the seeds.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tui.__main__ import seed_paths
from tui.app import CrosscheckApp, make_app

__all__ = ["SHOTS", "main", "take"]

NOTE = "Called KCSA: 15 stands"
"""The note typed in the review screenshot."""

SHOTS: list[tuple[str, tuple[int, int], list[str]]] = [
    ("seeds-80x24", (80, 24), ["c"]),
    (
        "review-80x24",
        (80, 24),
        ["2", "c", "1", "e", *NOTE, "enter", *"ask the mayor's office again", "ctrl+s", "j", "asterisk", "k"],
    ),
    ("seeds-160x48", (160, 48), ["c"]),
    ("matrix-80x24", (80, 24), ["m"]),
    ("help-80x24", (80, 24), ["question_mark"]),
]
"""(file stem, terminal size, keys pressed before the picture)."""


async def take(
    paths: Sequence[str], size: tuple[int, int], keys: Sequence[str], title: str, session: Path | None = None
) -> str:
    """One screenshot as SVG text; with ``session``, the review is saved there (else there is no session)."""
    if session is None:
        app = make_app(list(paths), use_session=False)
    else:
        app = make_app(list(paths), session=str(session))
    async with app.run_test(size=size) as pilot:
        assert isinstance(app, CrosscheckApp)
        await app.workers.wait_for_complete()
        for _ in range(50):
            await pilot.pause()
            if app.review.focused_key is not None:
                break
        for key in keys:
            await pilot.press(key)
        await pilot.pause()
        app.clear_notifications()  # the "saved" confirmations would cover the detail bar
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        return app.export_screenshot(title=title)


def main(argv: Sequence[str] | None = None) -> int:
    """Write the screenshots into the folder given (default ``screenshots``)."""
    args = list(sys.argv[1:] if argv is None else argv)
    folder = Path(args[0] if args else "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    paths = seed_paths()
    if not paths:
        print("crosscheck: no seed articles found", file=sys.stderr)
        return 2
    for stem, size, keys in SHOTS:
        with tempfile.TemporaryDirectory() as scratch:
            svg = asyncio.run(take(paths, size, keys, f"crosscheck {stem}", Path(scratch) / "review.crosscheck.json"))
        target = folder / f"{stem}.svg"
        target.write_text(svg, encoding="utf-8")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
