"""The review app's screens: the review itself, and the dialogs and views pushed over it."""

from __future__ import annotations

from typing import Any, cast

from textual.screen import Screen

__all__ = ["DismissOnce"]


class DismissOnce:
    """Mixin for screens and dialogs that close with a result, once.

    Keys queued for a screen before it closed may still ask it to close again; a second dismiss would pop the
    screen below it.
    """

    def _finish(self, result: Any) -> None:
        """Dismiss with ``result``, once."""
        screen = cast("Screen[Any]", self)
        if screen.is_active:
            screen.dismiss(result)
