"""The command palette, closed at most once and running its command at most once.

Textual's palette runs its command and closes itself on Enter. When more Enters reach it before it has gone (keys
sent ahead over a slow connection), it selects and runs the command again and closes again, and that second close
takes down the screen beneath it: the review itself, and the app stops. This palette ignores every close after the
first, and once it has closed, the command it would run again is one that does nothing.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from textual.await_complete import AwaitComplete
from textual.command import CommandPalette, DiscoveryHit, Hit


async def _nothing_to_await() -> None:
    return None


def _nothing() -> None:
    return None


class OnceClosedPalette(CommandPalette):
    """A command palette that closes once, however many Enters or Escapes arrive while it closes."""

    _palette_dismissed = False  # not "_closed"/"_closing": the message pump uses those names
    _palette_choice: DiscoveryHit | Hit | None = None

    @property
    def _selected_command(self) -> DiscoveryHit | Hit | None:
        choice = self._palette_choice
        if choice is not None and self._palette_dismissed:
            return dataclasses.replace(choice, command=_nothing)
        return choice

    @_selected_command.setter
    def _selected_command(self, value: DiscoveryHit | Hit | None) -> None:
        self._palette_choice = value

    def dismiss(self, result: Any = None) -> AwaitComplete:
        if self._palette_dismissed or self.app.screen is not self:
            return AwaitComplete(_nothing_to_await())
        chosen = self._palette_choice
        self._palette_dismissed = True
        if chosen is not None:
            # The palette calls its chosen command right after closing, and again for every Enter still queued: run
            # it once from here; from now on the palette sees a command that does nothing.
            self.app.call_later(chosen.command)
        return super().dismiss(result)
