"""Review sessions: verdicts, notes, stars and manual links saved beside the articles (see issue 5)."""

from __future__ import annotations

from typing import Any

from engine.errors import CrosscheckError
from engine.models import Comparison

__all__ = ["load_annotations_if_any", "load_session_for_export"]


def load_session_for_export(path: str) -> tuple[Comparison, dict[str, dict[str, Any]], str | None]:
    """Load a session file and re-run its comparison, for ``crosscheck export SESSION``."""
    raise CrosscheckError(f"{path}: session files are not supported by this version yet")


def load_annotations_if_any(paths: list[str], session: str | None) -> tuple[dict[str, dict[str, Any]], str | None]:
    """The annotations of the session that goes with ``paths``, or nothing when there is none."""
    return {}, None
