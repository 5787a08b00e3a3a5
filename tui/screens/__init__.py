"""The review app's screens: the review itself, and the dialogs and views pushed over it."""

from __future__ import annotations

from typing import Any, cast

from textual.screen import Screen
from textual.widgets import OptionList

__all__ = ["DismissOnce", "OptionCursor"]


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


class OptionCursor:
    """Mixin for screens built round one option list: ``action_cursor(step)`` moves its highlight down (step > 0) or
    up, for bindings that must work while another widget has the focus."""

    def action_cursor(self, step: int) -> None:
        options = cast("Screen[Any]", self).query_one(OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()
