"""Turns a Markdown draft into plain text, line by line, so a sentence's offsets stay simple.

Headings become titles (the first top-level heading is the article's title; the others are subheadings and are
not sentences); links keep their text; images, reference definitions, HTML tags, horizontal rules and emphasis
markers go; quote markers are removed (list markers stay: they tell a list item from a heading); code spans keep
their text. A YAML (``---``) or TOML (``+++``) front matter block, as note-taking tools and site generators write at
the top of a clipped article, is metadata: its title, author, date and publication are read, and its lines are not
text.
"""

from __future__ import annotations

import re

from engine.tables import is_data_table, names_columns, row_sentence

__all__ = ["front_matter", "to_text"]

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


_FRONT_KEY = {
    "---": re.compile(r"^([A-Za-z_][\w-]{0,40})\s*:(?:\s+(.*))?$"),
    "+++": re.compile(r"^([A-Za-z_][\w-]{0,40})\s*=\s*(.*)$"),
}
_FRONT_ITEM = re.compile(r"^\s+-\s*(.*)$")
_FRONT_FIELDS = {
    "title": ("title", "headline"),
    "byline": ("author", "authors", "byline", "by", "creator", "writer"),
    "date": ("published", "date", "pubdate", "publish_date", "published_at", "date_published", "datepublished"),
    "outlet": ("publication", "publisher", "outlet", "site_name", "sitename", "site", "source_name", "newspaper"),
}
"""Front matter keys for each field, the first present winning ("created", the day a note was clipped, is not the
article's date)."""
_FRONT_OTHER = frozenset({"source", "url", "link", "canonical_url", "tags", "description", "created", "slug", "layout"})
"""Other keys front matter commonly holds: a block must hold one of these or of :data:`_FRONT_FIELDS`, so that a
dateline between two rules ("---", "WASHINGTON: ...") is never taken for it."""


def _front_value(value: str) -> str:
    """A front matter value as text: quotes, a one-line list's brackets and a wiki link's brackets removed."""
    value = value.strip()
    if value.startswith("[") and value.endswith("]") and not value.startswith("[["):
        value = ", ".join(_front_value(item) for item in value[1:-1].split(",") if item.strip())
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return re.sub(r"\[\[([^\]|]+)(?:\|[^\]]*)?\]\]", r"\1", value).strip()


def front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Take a front matter block off the top of ``text``: a YAML block between ``---`` lines (closed by ``---`` or
    ``...``) or a TOML block between ``+++`` lines, whose first line is a ``key: value`` (or ``key = value``).

    Returns:
        The text with the block's lines blanked (line numbers kept), and the ``title``, ``byline``, ``date`` and
        ``outlet`` it names; the outlet falls back to the host of a ``source`` or ``url`` address.
    """
    lines = text.split("\n")
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() not in ("---", "+++"):
        return text, {}
    fence = lines[first].strip()
    ends = ("---", "...") if fence == "---" else ("+++",)
    end = next((k for k in range(first + 1, min(len(lines), first + 80)) if lines[k].strip() in ends), None)
    if end is None or end == first + 1:
        return text, {}
    key_line = _FRONT_KEY[fence]
    # its first line a key, after any blank lines and comments ("# Clipped with ...")
    opening = next((line for line in lines[first + 1 : end] if line.strip() and not line.lstrip().startswith("#")), "")
    if not key_line.match(opening):
        return text, {}
    values: dict[str, list[str]] = {}
    key: str | None = None
    for line in lines[first + 1 : end]:
        item = _FRONT_ITEM.match(line)
        if item and key is not None:
            values.setdefault(key, []).append(_front_value(item.group(1)))
            continue
        pair = key_line.match(line)
        if pair is None or line[:1].isspace():
            continue
        key = pair.group(1).lower().replace("-", "_")
        values[key] = [_front_value(pair.group(2))] if pair.group(2) else []
    known = _FRONT_OTHER.union(*_FRONT_FIELDS.values())
    if not known & values.keys():
        return text, {}
    meta: dict[str, str] = {}
    for field, keys in _FRONT_FIELDS.items():
        for name in keys:
            found = ", ".join(v for v in values.get(name, []) if v)
            if found:
                meta[field] = found
                break
    if "outlet" not in meta:
        for name in ("source", "url", "link", "canonical_url"):
            for value in values.get(name, []):
                host = re.match(r"https?://(?:www\.)?([^/\s:]+)", value)
                if host:
                    meta["outlet"] = host.group(1)
                    break
                if name == "source" and value and len(value.split()) <= 4:
                    meta["outlet"] = value  # "source: Daily Courier"
                    break
            if "outlet" in meta:
                break
    blank = [""] * (end + 1)
    return "\n".join(blank + lines[end + 1 :]), meta


def _same_headline(title: str, heading: str) -> bool:
    """A page's title is the headline, or the headline with the outlet's name after a bar or a dash ("Floods kill 12
    in Kerala | The Hindu")."""
    if title == heading:
        return True
    return any(title.startswith(heading + mark) for mark in (" | ", " - ", " – ", " — "))


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


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|[\s:|-]+\|\s*$")


def _cells(line: str) -> list[str]:
    return [_inline(cell.strip()) for cell in line.strip().strip("|").split("|")]


def _tables(lines: list[str]) -> dict[int, str]:
    """The lines of pipe tables of figures as text, by line index: the header and its rule give no text, each row
    one sentence (see :mod:`engine.tables`). Tables of prose are left to be read line by line."""
    out: dict[int, str] = {}
    i = 0
    while i < len(lines):
        if not _PIPE_ROW.match(lines[i]):
            i += 1
            continue
        end = i
        while end < len(lines) and _PIPE_ROW.match(lines[end]):
            end += 1
        block = [k for k in range(i, end) if not _PIPE_RULE.match(lines[k])]
        rows = [_cells(lines[k]) for k in block]
        if is_data_table(rows):
            named = (i + 1 < end and _PIPE_RULE.match(lines[i + 1]) is not None) or names_columns(rows[0])
            header = rows[0] if named else None
            for k in range(i, end):
                out[k] = ""
            for k, row in zip(block, rows, strict=True):
                if header is not None and k == block[0]:
                    continue
                out[k] = row_sentence(header, row) or ""
        i = end
    return out


def to_text(markdown: str) -> tuple[str, dict[str, str]]:
    """Convert Markdown to plain text.

    Returns:
        The text and a dict with ``title`` when the draft has a heading or its front matter names one, the
        ``byline``, ``date`` and ``outlet`` of its front matter (see :func:`front_matter`), and ``table_rows``: the
        rows of pipe tables of figures written as sentences, one per line (see :mod:`engine.tables`).
    """
    markdown, meta = front_matter(markdown)
    headline_taken = False  # a top-level heading already taken for the headline
    out: list[str] = []
    in_fence = False
    lines = markdown.split("\n")
    tables = _tables(lines)
    if any(tables.values()):
        meta["table_rows"] = "\n".join(row for row in tables.values() if row)
    for i, line in enumerate(lines):
        if i in tables and not in_fence:
            out.extend(["", tables[i], ""] if tables[i] else [""])
            continue
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
            if len(heading.group(1)) == 1 and not headline_taken and _same_headline(meta.get("title", text), text):
                meta["title"] = text  # the headline, or the front matter's title again (without an outlet's suffix)
                headline_taken = True
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
        item = _LIST.match(line)
        if item and _LINK.fullmatch(line[item.end() :].strip()):
            out.append("")  # a list item that is only a link ("- [Tamar Bridge tolls rise](...)"): another story
            continue
        if re.match(r"^\s*\|.*\|\s*$", line):
            if re.match(r"^\s*\|[\s:|-]+\|\s*$", line):
                continue
            line = " ; ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        out.append(_inline(line))
    return "\n".join(out), meta
