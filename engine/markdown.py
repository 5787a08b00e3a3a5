"""Turns a Markdown draft into plain text, line by line, so a sentence's offsets stay simple.

Headings become titles (the first top-level heading is the article's title; the others are subheadings and are
not sentences); links keep their text; images, reference definitions, HTML tags, horizontal rules and emphasis
markers go; quote markers are removed (list markers stay: they tell a list item from a heading); code spans keep
their text.
"""

from __future__ import annotations

import re

__all__ = ["to_text"]

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)|!\[([^\]]*)\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)|\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1")
_STRIKE = re.compile(r"~~(.+?)~~")
_CODE = re.compile(r"`+([^`]+)`+")
_LIST = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def _inline(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(lambda m: m.group(1) or m.group(2) or "", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _TAG.sub("", line)
    line = _CODE.sub(r"\1", line)
    for _ in range(2):
        line = _EMPHASIS.sub(r"\2", line)
    line = _STRIKE.sub(r"\1", line)
    return _ESCAPE.sub(r"\1", line)


def to_text(markdown: str) -> tuple[str, dict[str, str]]:
    """Convert Markdown to plain text.

    Returns:
        The text and a dict with ``title`` when the draft has a heading.
    """
    meta: dict[str, str] = {}
    out: list[str] = []
    in_fence = False
    lines = markdown.split("\n")
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
            out.append("")
            continue
        if in_fence:
            out.append(line)
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        heading = _HEADING.match(line)
        if heading is None and line.strip() and _SETEXT.match(nxt) and not _RULE.match(line):
            text = _inline(line.strip())
            if nxt.strip().startswith("=") and "title" not in meta:
                meta["title"] = text
                out.append("")
            else:
                out.append(text)  # a subheading: a short line the classifier treats as a heading
            continue
        if _SETEXT.match(line) and i > 0 and lines[i - 1].strip() and not _HEADING.match(lines[i - 1]):
            out.append("")
            continue
        if heading:
            text = _inline(heading.group(2))
            if len(heading.group(1)) == 1 and "title" not in meta:
                meta["title"] = text
                out.append("")
            else:
                # Subheadings stay as their own paragraph without a stop: never read as sentences, nor as list
                # items ("## 2. Outlook").
                out.extend(["", _LIST.sub(r"\1", text), ""])
            continue
        if _RULE.match(line) or _REF_DEF.match(line):
            out.append("")
            continue
        line = _QUOTE.sub("", line)
        if re.match(r"^\s*\|.*\|\s*$", line):
            if re.match(r"^\s*\|[\s:|-]+\|\s*$", line):
                continue
            line = " ; ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        out.append(_inline(line))
    return "\n".join(out), meta
