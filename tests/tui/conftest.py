"""Fixtures for the review app's pilot tests: fixture articles, and a helper that waits for the comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from tui.app import CrosscheckApp

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
HARBOUR = [str(DATA / "harbour_fire_a.txt"), str(DATA / "harbour_fire_b.txt"), str(DATA / "harbour_fire_c.md")]
MARROVA = sorted(
    str(p) for p in (HERE.parent / "data" / "cases" / "marrova-earthquake").iterdir() if p.suffix != ".json"
)


async def ready(pilot: Pilot[None]) -> CrosscheckApp:
    """Wait until the compare worker is done and the first sentence is focused (no sleeping: message pumps only)."""
    app = pilot.app
    assert isinstance(app, CrosscheckApp)
    await app.workers.wait_for_complete()
    for _ in range(50):
        await pilot.pause()
        if app.review.focused_key is not None or len(app.screen_stack) > 1:
            break
    return app


async def search_palette(pilot: Pilot[None], query: str) -> None:
    """Open the command palette and type ``query``, then let its search come back."""
    await pilot.press("ctrl+p", *query)
    for _ in range(20):
        await pilot.pause()


@pytest.fixture
def harbour() -> list[str]:
    return list(HARBOUR)


@pytest.fixture
def marrova() -> list[str]:
    return list(MARROVA)
