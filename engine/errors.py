"""Provides the engine's error hierarchy.

Every error the engine raises on bad input is a :class:`CrosscheckError`, so a front end can catch one class and
show ``str(error)``: a single line that names the file and the problem. ``title`` and ``msg`` are the same facts
split for a modal dialog.

    CrosscheckError
    ├── SourceError          a source cannot be used (carries ``path``)
    │   ├── SourceNotFound       no such file
    │   ├── SourceUnreadable     a directory, no permission, an I/O failure
    │   ├── SourceTooLarge       beyond the documented size limits
    │   ├── SourceBinary         a PDF, image, archive or other non-text file
    │   ├── SourceEmpty          nothing but whitespace
    │   └── SourceNoSentences    text, but no sentence survived cleaning
    └── OptionsError         the caller asked for something impossible (too many sources, a bad threshold)
"""

from __future__ import annotations

__all__ = [
    "CrosscheckError",
    "OptionsError",
    "SourceBinary",
    "SourceEmpty",
    "SourceError",
    "SourceNoSentences",
    "SourceNotFound",
    "SourceTooLarge",
    "SourceUnreadable",
]


class CrosscheckError(Exception):
    """Base class of every error the engine raises on purpose."""

    title: str = "crosscheck error"
    """A short heading for a dialog."""

    def __init__(self, msg: str) -> None:
        super().__init__(msg)
        self.msg = msg
        """One line saying what is wrong and, where it helps, what to do."""

    def __str__(self) -> str:
        return self.msg


class OptionsError(CrosscheckError):
    """The caller passed options or a number of sources the engine cannot work with."""

    title = "Invalid options"


class SourceError(CrosscheckError):
    """A source cannot be read or used; ``str()`` gives ``"<path>: <problem>"``."""

    title = "Cannot read source"

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        """The path as the user gave it, or ``"<stdin>"``."""
        self.problem = problem
        """The problem alone, without the path."""
        super().__init__(f"{path}: {problem}")


class SourceNotFound(SourceError):
    """The path does not exist."""

    title = "File not found"


class SourceUnreadable(SourceError):
    """The path exists but cannot be read as a file (a directory, no permission, an I/O error)."""

    title = "Cannot read file"


class SourceTooLarge(SourceError):
    """The source is beyond the documented limits."""

    title = "File too large"


class SourceBinary(SourceError):
    """The source is not text (PDF, image, archive, executable...)."""

    title = "Not a text file"


class SourceEmpty(SourceError):
    """The source holds nothing but whitespace."""

    title = "Empty file"


class SourceNoSentences(SourceError):
    """The source holds text, but no article sentence survived cleaning."""

    title = "No sentences"
