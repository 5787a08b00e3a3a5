"""Builds the apps the snapshot tests photograph, from comparisons frozen as JSON.

The snapshots test the app's drawing, not the engine's judgement: the engine is tuned often, and every change to a
link or a conflict would otherwise redraw every snapshot. So each comparison the snapshots show was made once by
the real engine and stored in ``data/<name>.json``; refresh them (then review and update the snapshots) with::

    .venv/bin/python -m tests.snapshots.snapshot_app
"""

from __future__ import annotations

import json
import os
from collections.abc import Awaitable, Callable
from pathlib import Path

from pydantic import ValidationError
from textual.pilot import Pilot

from engine.models import Comparison
from tui.app import CrosscheckApp, make_app

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = Path(__file__).resolve().parent / "data"
SETS: dict[str, list[str]] = {
    "seeds": sorted(f"seeds/{p.name}" for p in (ROOT / "seeds").iterdir() if p.suffix == ".txt"),
    "marrova": [
        "tests/data/cases/marrova-earthquake/a_reuters.txt",
        "tests/data/cases/marrova-earthquake/b_corvella_herald.md",
        "tests/data/cases/marrova-earthquake/c_rnt_news.txt",
        "tests/data/cases/marrova-earthquake/d_daily_flare.txt",
    ],
}
"""Each frozen comparison's articles, relative to the repository root."""


def frozen(name: str) -> Comparison:
    """A frozen comparison.

    Fields the engine has dropped since the file was written are ignored and new fields with defaults take them,
    so a change to the engine's models does not break the snapshots (a new required field still does: refresh).
    """
    data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    for _ in range(1000):
        try:
            return Comparison.model_validate(data)
        except ValidationError as error:
            extra = [e["loc"] for e in error.errors() if e["type"] == "extra_forbidden"]
            if not extra:
                raise
            for loc in extra:
                parent = data
                for part in loc[:-1]:
                    parent = parent[part]
                del parent[loc[-1]]
    raise RuntimeError(f"{name}.json: too many unknown fields; refresh it")


def snapshot_app(name: str, session: Path | None = None) -> CrosscheckApp:
    """The app showing a frozen comparison; with ``session``, a review session in that file (else none)."""
    comparison = frozen(name)
    paths = [s.path for s in comparison.sources]
    if session is None:
        return make_app(paths, use_session=False, comparison=comparison)
    return make_app(paths, session=str(session), comparison=comparison)


async def settle(pilot: Pilot[None]) -> None:
    """Wait for the loading worker and the first focused sentence (no sleeping)."""
    app = pilot.app
    assert isinstance(app, CrosscheckApp)
    await app.workers.wait_for_complete()
    for _ in range(50):
        await pilot.pause()
        if app.review.focused_key is not None:
            break
    await pilot.pause()


def pressed(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """A ``run_before`` that settles the app, presses ``keys`` and waits until what they set going has drawn: a pane
    levelled with another scrolls after the next refresh when it has just been laid out, which a loaded machine may
    not reach before the photograph if the keys are left to ``snap_compare``."""

    async def run(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press(*keys)
        await pilot.wait_for_scheduled_animations()
        for _ in range(3):
            await pilot.pause()

    return run


def refresh() -> None:
    """Run the engine on each set's articles and store the comparisons."""
    from engine.compare import compare

    os.chdir(ROOT)
    DATA.mkdir(exist_ok=True)
    for name, paths in SETS.items():
        (DATA / f"{name}.json").write_text(compare(paths).model_dump_json(indent=1) + "\n", encoding="utf-8")
        print(f"wrote {DATA / (name + '.json')}")


if __name__ == "__main__":
    refresh()
