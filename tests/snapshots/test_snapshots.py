"""Snapshots of the review app at 80x24 and 160x48, with NO_COLOR, with a reviewer's annotations, and of the matrix,
help and too-small screens.

Review the HTML report of a failing run before ``--snapshot-update``. The comparisons shown are frozen (see
``snapshot_app.py``), so these change only when the app's drawing does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from .snapshot_app import pressed, settle, snapshot_app


def test_seeds_80x24(snap_compare) -> None:
    assert snap_compare(snapshot_app("seeds"), terminal_size=(80, 24), run_before=settle)


def test_seeds_next_conflict_80x24(snap_compare) -> None:
    assert snap_compare(snapshot_app("seeds"), terminal_size=(80, 24), run_before=pressed("c"))


def test_four_sources_160x48(snap_compare) -> None:
    assert snap_compare(snapshot_app("marrova"), terminal_size=(160, 48), run_before=pressed("c"))


def test_seeds_no_color_80x24(snap_compare, monkeypatch: pytest.MonkeyPatch) -> None:
    # Textual reads NO_COLOR once, in App.__init__: set it before the app is built.
    monkeypatch.setenv("NO_COLOR", "1")
    app = snapshot_app("seeds")
    assert app.no_color
    assert snap_compare(app, terminal_size=(80, 24), run_before=pressed("c"))


def test_claim_matrix_80x24(snap_compare) -> None:
    assert snap_compare(snapshot_app("marrova"), terminal_size=(80, 24), run_before=pressed("m"))


def test_help_80x24(snap_compare) -> None:
    assert snap_compare(snapshot_app("seeds"), terminal_size=(80, 24), run_before=pressed("question_mark"))


def test_too_small(snap_compare) -> None:
    assert snap_compare(snapshot_app("seeds"), terminal_size=(50, 12), run_before=settle)


def test_annotated_80x24(snap_compare, tmp_path: Path) -> None:
    """Verdicts in the gutter (✔ ✗), a star, and the verdict and two-line note in the detail bar."""

    async def annotate(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("2", "c", "1", "e", *"Called KCSA: 15 stands", "enter", *"[bold]ask[/] the mayor | again")
        await pilot.press("ctrl+s")
        await pilot.press("j", "asterisk", "k")
        await pilot.pause()
        pilot.app.clear_notifications()
        await pilot.pause()

    app = snapshot_app("seeds", session=tmp_path / "seeds.crosscheck.json")
    assert snap_compare(app, terminal_size=(80, 24), run_before=annotate)
