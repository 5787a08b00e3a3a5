"""Reads articles from files, bytes or standard input into a cleaned :class:`Document`.

Reading happens in four steps, each a pure function so tests can drive them one by one:

1. :func:`decode` turns bytes into text: BOMs (UTF-8, UTF-16, UTF-32), plain UTF-8, UTF-8 with a few bad bytes,
   and legacy single-byte text (cp1252 curly quotes) all decode; binary files (PDF, images, archives) are refused.
2. :func:`normalise` makes the text safe and regular: ``\\r\\n`` and lone ``\\r`` become ``\\n`` (a carriage
   return can no longer overwrite a line), control characters such as ESC and BEL become visible control pictures
   (``␛``, ``␇``) so terminal escape sequences are shown, never run; zero-width and bidirectional-override
   characters are removed; odd spaces become plain spaces.
3. :func:`sniff_format` decides text, Markdown or HTML from the extension and the content, and the markup is turned
   into plain text (:mod:`engine.html`, :mod:`engine.markdown`).
4. :func:`engine.boilerplate.classify` sorts the lines into body text, metadata (title, byline, date, photo credit)
   and page interface, by general rules about line shape and vocabulary.

Limits (documented in README): a source may be at most :data:`MAX_BYTES` bytes.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from engine import boilerplate
from engine.errors import (
    SourceBinary,
    SourceEmpty,
    SourceNotFound,
    SourceTooLarge,
    SourceUnreadable,
)

__all__ = [
    "Document",
    "MAX_BYTES",
    "Format",
    "decode",
    "normalise",
    "read_bytes",
    "read_path",
    "read_text",
    "sniff_format",
]

MAX_BYTES = 10 * 1024 * 1024
"""Largest source accepted, in bytes (10 MiB: about 1.5 million words, far beyond any article)."""

Format = Literal["text", "markdown", "html"]

STDIN = "-"


@dataclass(frozen=True)
class Document:
    """An article read and cleaned, before sentence splitting."""

    path: str
    """The path as given, or ``-`` for standard input."""
    format: Format
    """What the content was read as."""
    text: str
    """The plain text; all offsets point into it."""
    blocks: tuple[tuple[int, int], ...]
    """Half-open ``(start, end)`` ranges of ``text`` that are body text, one per line, in reading order."""
    paragraphs: tuple[int, ...]
    """For each block, the index of its paragraph (blocks in one paragraph are separated by single newlines)."""
    title: str | None = None
    """The headline, when found."""
    byline: str | None = None
    """The author line, when found."""
    date: str | None = None
    """The date as written, when found."""
    outlet: str | None = None
    """The outlet, when named."""
    dropped: tuple[str, ...] = field(default=())
    """Lines removed as interface or metadata."""


_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (or Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an Office document"),
    (b"RIFF", "a media file"),
    (b"OggS", "a media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00\x18ftyp", "a video file"),
    (b"\x00\x00\x00\x20ftyp", "a video file"),
    (b"SQLite format 3", "a database file"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode(data: bytes, path: str = "<input>") -> str:
    """Decode ``data`` into text, guessing the encoding.

    Args:
        data: The raw bytes.
        path: Named in errors.

    Returns:
        The text, without a byte-order mark.

    Raises:
        SourceBinary: The bytes are a known binary format or mostly not text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    if not data:
        return ""
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise SourceBinary(path, f"this is {what}, not a text article")
    head = data[:65536]
    # UTF-16 without a BOM: every other byte is NUL in Latin text.
    if len(head) >= 4 and head.count(0) > len(head) // 3:
        for encoding, offset in (("utf-16-le", 1), ("utf-16-be", 0)):
            if head[offset::2].count(0) > len(head) // 2 * 0.9:
                text = data.decode(encoding, errors="replace")
                if text.count("\x00") < len(text) // 10:
                    return text
        raise SourceBinary(path, "this is a binary file (it is full of NUL bytes), not a text article")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27, 0))
    if controls > max(8, len(head) // 20):
        raise SourceBinary(path, "this is a binary file (it is full of control bytes), not a text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few damaged bytes, or a legacy single-byte encoding?
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if multibyte >= bad:
        return text
    legacy = _decode_cp1252(data)
    # UTF-8 read as cp1252 shows as mojibake ("â€™", "Ã©"): then it was UTF-8 with a few damaged bytes.
    if multibyte and len(_MOJIBAKE.findall(legacy)) >= multibyte:
        return text
    return legacy


_MOJIBAKE = re.compile("[ÂÃâ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def _decode_cp1252(data: bytes) -> str:
    # cp1252 leaves five bytes undefined; map those through Latin-1 so nothing is lost.
    out = []
    for chunk in re.split(rb"([\x81\x8d\x8f\x90\x9d])", data):
        if len(chunk) == 1 and chunk[0] in (0x81, 0x8D, 0x8F, 0x90, 0x9D):
            out.append(chunk.decode("latin-1"))
        else:
            out.append(chunk.decode("cp1252"))
    return "".join(out)


_REMOVE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E]  # zero-width characters, soft hyphen
    + list(range(0x202A, 0x202F))  # bidirectional embeddings and overrides
    + list(range(0x2066, 0x206A))  # bidirectional isolates
    + [0x200E, 0x200F, 0x061C],  # direction marks
)
_SPACES = {
    ord(ch): " "
    for ch in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v"
}
_LINE_BREAKS = {0x2028: "\n", 0x2029: "\n", 0x85: "\n"}


_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"}
"""Typographic ligatures a PDF copy leaves in the text ("ﬁrst", "Oﬃcials"), written out."""
_TABLE: dict[int, str | None] = {**_REMOVE, **_SPACES, **_LINE_BREAKS, **_LIGATURES}


def _control_picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x7F:
        return "\u2421"
    if code < 32:
        return chr(0x2400 + code)
    return "\ufffd"  # C1 controls have no picture


_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")


def normalise(text: str) -> str:
    """Return ``text`` made safe to show and regular to parse.

    Line breaks become ``\\n``; control characters (ESC, BEL, NUL...) become visible control pictures so escape
    sequences are displayed, never interpreted; zero-width and bidi-control characters are removed; unusual spaces
    and tabs become a plain space; ligatures are written out ("ﬁ" as "fi"); the text is NFC-normalised.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_TABLE)
    text = _CONTROLS.sub(_control_picture, text)
    return unicodedata.normalize("NFC", text)


_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article|span|br|h[1-6])\b[^>]*>", re.I
)
_MD_SNIFF = re.compile(
    r"^(?:#{1,6} \S|\*\*\S.*\*\*|> \S|[-*] \S|\d+\. \S)|\[[^\]\n]+\]\([^)\s]+\)|^(?:-{3,}|\*{3,})$", re.M
)


def sniff_format(text: str, path: str = "") -> Format:
    """Decide whether ``text`` is plain text, Markdown or HTML.

    The extension decides unless the content plainly says otherwise: an ``.txt`` file holding a whole HTML page
    is read as HTML.
    """
    ext = os.path.splitext(path)[1].lower()
    head = text[:20000]
    html_marks = len(_HTML_SNIFF.findall(head))
    if ext in (".html", ".htm", ".xhtml"):
        return "html" if html_marks or "<" in head else "text"
    if html_marks >= 3 or re.match(r"\s*<(?:!doctype|html)", head, re.I):
        return "html"
    if ext in (".md", ".markdown", ".mdown", ".mkd"):
        return "markdown"
    if ext in ("", ".txt", ".text") or ext not in (".md",):
        md_marks = len(_MD_SNIFF.findall(head))
        lines = max(1, head.count("\n"))
        if md_marks >= 3 and md_marks * 12 >= lines and ext != ".txt":
            return "markdown"
        if ext == "" and (md_marks >= 2 or re.match(r"\s*#{1,6} \S", head)):
            return "markdown"  # standard input, a file without extension: "# Headline" opens no plain text
    return "text"


def read_text(text: str, path: str = STDIN, fmt: Format | None = None) -> Document:
    """Read an article from already-decoded text.

    Args:
        text: The article.
        path: Used to sniff the format and named in errors.
        fmt: Force a format instead of sniffing it.

    Returns:
        The cleaned document.

    Raises:
        SourceEmpty: ``text`` holds nothing but whitespace.
    """
    text = normalise(text)
    if not text.strip():
        raise SourceEmpty(path, "the file is empty")
    fmt = fmt or sniff_format(text, path)
    meta: dict[str, str] = {}
    if fmt == "html":
        from engine import html  # imported only for HTML input

        text, meta = html.to_text(text)
        # Character references can spell control characters ("&#27;"): normalise what the markup decoded to.
        text = normalise(text)
        meta = {key: normalise(value).strip() for key, value in meta.items()}
    elif fmt == "markdown":
        from engine import markdown

        text, meta = markdown.to_text(text)
    elif text.lstrip().startswith(("---", "+++")):
        from engine import markdown

        text, meta = markdown.front_matter(text)  # a clipped article saved as text keeps its front matter
    if fmt != "html":
        text = boilerplate.unwrap(text)
    text = boilerplate.strip_inline_furniture(text)
    rows = frozenset(filter(None, meta.pop("table_rows", "").split("\n")))
    result = boilerplate.classify(text, titled=bool(meta.get("title")), table_rows=rows)
    return Document(
        path=path,
        format=fmt,
        text=text,
        blocks=result.blocks,
        paragraphs=result.paragraphs,
        title=meta.get("title") or result.title,
        byline=meta.get("byline") or result.byline,
        date=meta.get("date") or result.date,
        outlet=meta.get("outlet") or result.outlet,
        dropped=result.dropped,
    )


def read_bytes(data: bytes, path: str = STDIN) -> Document:
    """Read an article from raw bytes; see :func:`decode` and :func:`read_text`."""
    if len(data) > MAX_BYTES:
        raise SourceTooLarge(
            path, f"the file is {len(data) / 1048576:.1f} MiB; the limit is {MAX_BYTES // 1048576} MiB per source"
        )
    if not data.strip():
        raise SourceEmpty(path, "the file is empty")
    return read_text(decode(data, path), path)


def read_path(path: str | os.PathLike[str]) -> Document:
    """Read an article from a file, or from standard input when ``path`` is ``-``.

    Raises:
        SourceError: A subclass naming the file and the problem.
    """
    name = os.fspath(path)
    if name == STDIN:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return read_bytes(data, STDIN)
    p = Path(name)
    try:
        if not p.exists():
            raise SourceNotFound(name, "no such file")
        if p.is_dir():
            raise SourceUnreadable(name, "this is a directory, not a file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise SourceTooLarge(
                name, f"the file is {size / 1048576:.1f} MiB; the limit is {MAX_BYTES // 1048576} MiB per source"
            )
        with p.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise SourceUnreadable(name, "permission denied") from None
    except OSError as error:
        raise SourceUnreadable(name, error.strerror or str(error)) from None
    return read_bytes(data, name)
