"""Provides atomic file writes: a crash or kill while writing never leaves a half-written file.

The data goes to a temporary file in the same folder, is flushed and fsynced, then renamed over the target
(``os.replace`` is atomic on POSIX and Windows); the folder is fsynced too so the rename survives a power cut.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["atomic_write_bytes", "atomic_write_text"]


def _read_umask() -> int:
    # os.umask can only be read by setting it; do it once, at import, rather than from a writer thread.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, keeping the file's permissions when it exists (else 0666 less the
    umask, as ``open`` would)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    mode = None
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        pass
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); a new file gets the usual permissions instead, so a report can be
        # shared like any other file, and an existing file keeps its own.
        os.chmod(tmp, mode if mode is not None else 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))
