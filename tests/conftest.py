"""Shared fixtures: the seed articles and paths to test data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(str(p) for p in (ROOT / "seeds").iterdir() if p.suffix == ".txt")
DATA = ROOT / "tests" / "data"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point config and data directories at a temporary folder so tests never touch the user's files."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture
def seeds() -> list[str]:
    return list(SEEDS)


def copy_seeds(folder: Path) -> list[str]:
    """Copy the seed articles into ``folder``; returns the copies' paths, in the seeds' order."""
    out = []
    for seed in SEEDS:
        target = folder / Path(seed).name
        shutil.copy(seed, target)
        out.append(str(target))
    return out
