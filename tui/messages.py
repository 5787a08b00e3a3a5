"""Provides the app-wide messages: loading progress and results from the compare worker, and focus changes.

Small dataclass messages, as toolong's ``messages.py``. The worker posts them from its thread (``post_message`` is
thread-safe); the app and the review screen handle them. :class:`SentenceFocused` is what a review session (issue 5)
listens to, to know what a verdict or note would apply to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message

from engine.errors import CrosscheckError
from engine.models import Comparison
from tui.widgets.comparison_index import ComparisonIndex

if TYPE_CHECKING:
    from tui.session import Session

__all__ = ["ComparisonReady", "LoadProgress", "NoUsableSources", "SentenceFocused", "SourceFailed"]


@dataclass
class LoadProgress(Message):
    """The compare worker reached a stage."""

    stage: str
    """What it is doing, e.g. "reading a.txt", "aligning sentences"."""
    fraction: float
    """How much is done, 0 to 1."""

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, LoadProgress)


@dataclass
class SourceFailed(Message):
    """A source could not be used; the others are still compared."""

    path: str
    """The path as given."""
    error: CrosscheckError
    """What went wrong; ``str(error)`` is one line naming the file and the problem."""


@dataclass
class ComparisonReady(Message):
    """The comparison is done."""

    comparison: Comparison
    """The result."""
    index: ComparisonIndex
    """Look-up tables over it, built in the worker so the UI thread never waits on them."""
    failed: list[str] = field(default_factory=list)
    """Paths that were skipped because they could not be used."""
    session: Session | None = None
    """The review session, attached to ``comparison`` (whose links already hold the reviewer's manual links)."""
    session_error: str | None = None
    """Why the session file could not be used (one line naming it); the session then never writes to it."""


@dataclass
class NoUsableSources(Message):
    """Fewer than two sources could be read: there is nothing to compare."""

    failed: list[str]
    """One line per source: the path and the problem."""
    read: list[str] = field(default_factory=list)
    """The paths of the sources that could be read (none, or one)."""


@dataclass
class SentenceFocused(Message):
    """The focused sentence (or claim) changed; a review session attaches verdicts and notes to these ids."""

    source: str
    """A ``Source.id``."""
    sentence: str
    """A ``Sentence.id``."""
    claim: str | None
    """A ``Claim.id`` when the claim cursor is on a figure."""
    links: tuple[str, ...]
    """Ids of the links the sentence belongs to."""
    conflicts: tuple[str, ...]
    """Ids of the conflicts it takes part in."""
