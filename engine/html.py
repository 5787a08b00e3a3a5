"""Extracts an article's text and metadata from an HTML page, with the standard library's parser.

The measured extractors (trafilatura, readability) all leaked comments or interface strings on some pages and
bring large dependencies, while the line-level filter in :mod:`engine.boilerplate` is needed after any of them.
So this module does the structural part only, and does it cheaply:

- it keeps the largest ``<article>`` (else ``<main>``, else ``<body>``);
- it skips elements that never hold article text (scripts, styles, navigation, forms, asides, footers, iframes,
  templates, SVG) and any element whose ``class``, ``id``, ``role`` or ``aria-label`` names an interface region
  (share, social, related, comments, newsletter, cookie, advert, sidebar, breadcrumb, promo...);
- it turns block elements into lines and paragraphs, and reads the title, byline, date and outlet from the
  ``<h1>``, ``<title>`` and ``<meta>``/``<time>`` tags.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from engine.boilerplate import MASTHEAD_WORDS
from engine.tables import is_data_table, names_columns, row_sentence

__all__ = ["to_text"]

_SKIP_TAGS = frozenset(
    """script style noscript template svg math iframe object embed canvas nav aside footer form button select
    textarea label dialog menu figure figcaption picture video audio source track map head""".split()
)
_BODY_ONLY = frozenset(
    """body p div section article main header footer nav aside h1 h2 h3 h4 h5 h6 ul ol li table blockquote figure
    span a img form""".split()
)
"""Tags that never sit in a page's <head>: one of them ends a <head> left open."""
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK = frozenset(
    """p div section article main header h1 h2 h3 h4 h5 h6 li ul ol blockquote pre table tr td th dl dt dd
    br hr address center body html""".split()
)
_INTERFACE_ATTR = re.compile(
    r"""(?ix)(?:^|[\s_-])(?:
        nav|navbar|navigation|menu|share|sharing|social|related|recommend\w*|promo\w*|newsletter|subscri\w*
      | signup|sign-up|cookie\w*|consent|gdpr|banner|advert\w*|ads?|ad-\w+|sponsor\w*|comments?|disqus|footer
      | sidebar|widget|breadcrumbs?|toolbar|popup|modal|paywall|outbrain|taboola|most-?read|trending|tags?
      | byline-share|author-bio|bio|masthead|skip|hidden|visually-hidden|sr-only|print-only|caption|credit
      | read-?more|more-stories|teaser|rail|overlay|alert-bar|login|account|search
      | (?:photo|image|img|pic|picture|fig)-?(?:cap|caption|txt|credit)s? | pull-?quotes?
      | author-?(?:box|info|card|profile|about) | about-?(?:the-)?author
    )(?:$|[\s_-])"""
)
_INTERFACE_ROLES = frozenset({"navigation", "banner", "complementary", "contentinfo", "search", "dialog", "menu"})


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipping)
        self.skip_depth = 0
        self.lines: list[str] = []
        self.buffer: list[str] = []
        self.meta: dict[str, str] = {}
        self.in_title = False
        self.title_parts: list[str] = []
        self.h1_parts: list[str] | None = None
        self.article_lines: list[list[str]] = []
        self.open_articles: list[list[str]] = []
        self.open_mains: list[list[str]] = []
        self.main_lines: list[list[str]] = []
        self.article_depth = 0
        self.article_depths: list[int] = []  # how deep each <article> of article_lines sits in others
        self.ld_parts: list[str] | None = None
        self.ld_blocks: list[str] = []
        # A table's rows, read cell by cell and written out when it closes (see :mod:`engine.tables`); tables inside
        # a table's cells are read as text.
        self.tables = 0
        self.rows: list[list[str]] = []
        self.heads: list[bool] = []  # whether each row holds only header cells
        self.row: list[str] | None = None
        self.row_head = True
        self.cell: list[str] | None = None
        self.table_rows: list[str] = []  # the rows written as sentences, for the classifier (see :func:`to_text`)
        self.bullet = False  # an <li> opened: its first text is written after a bullet, as a list item is in text

    # -- helpers
    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.buffer)).strip()
        self.buffer = []
        if text:
            self.lines.append(text)
            for region in self.open_articles:
                region.append(text)
            for region in self.open_mains:
                region.append(text)

    def _paragraph_break(self) -> None:
        self._flush()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
            for region in self.open_articles + self.open_mains:
                if region and region[-1] != "":
                    region.append("")

    # -- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = (attr.get("property") or attr.get("name") or attr.get("itemprop") or "").lower()
            content = attr.get("content", "").strip()
            if content:
                if key in ("og:title", "twitter:title") and "title" not in self.meta:
                    self.meta["og_title"] = content
                elif key in ("author", "article:author", "byl", "parsely-author", "sailthru.author"):
                    self.meta.setdefault("byline", content)
                elif key in (
                    "article:published_time",
                    "datepublished",
                    "date",
                    "pubdate",
                    "publish-date",
                    "parsely-pub-date",
                    "dc.date",
                    "og:published_time",
                ):
                    self.meta.setdefault("date", content)
                elif key in ("og:site_name", "application-name", "publisher"):
                    self.meta.setdefault("outlet", content)
            return
        if tag in _BODY_ONLY and any(open_tag == "head" for open_tag, _ in self.stack):
            self.handle_endtag("head")  # a <head> left open: the body has begun
        if tag == "script" and attr.get("type", "").lower().strip() == "application/ld+json":
            self.ld_parts = []  # read in handle_data, though scripts are skipped
        if tag in _VOID and tag != "br":
            if tag in ("hr",):
                self._paragraph_break()
            return
        skipping = self.skip_depth > 0
        if not skipping:
            if tag == "header" and self.article_depth == 0:
                skipping = True
            elif tag in _SKIP_TAGS:
                skipping = True
            else:
                marks = " ".join(attr.get(k, "") for k in ("class", "id", "aria-label"))
                role = attr.get("role", "").lower()
                if attr.get("hidden") is not None and "hidden" in attr or attr.get("aria-hidden") == "true":
                    skipping = True
                elif role in _INTERFACE_ROLES or (marks.strip() and _INTERFACE_ATTR.search(marks)):
                    skipping = tag not in ("article", "main", "body", "html")
        if tag == "title":
            self.in_title = True
        if tag == "br":
            if self.cell is not None:
                self.cell.append(" ")
            elif not skipping:
                self._flush()
            return
        self.stack.append((tag, skipping))
        if skipping:
            self.skip_depth += 1
            return
        if self._table_start(tag):
            return
        if tag in _BLOCK:
            if tag in (
                "p",
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "blockquote",
                "li",
                "ul",
                "ol",
                "table",
                "section",
                "article",
                "header",
                "pre",
                "dl",
            ):
                self._paragraph_break()
            else:
                self._flush()
        if tag == "article":
            self.article_depth += 1
            region: list[str] = []
            self.open_articles.append(region)
            self.article_lines.append(region)
            self.article_depths.append(self.article_depth)
        elif tag == "main":
            region = []
            self.open_mains.append(region)
            self.main_lines.append(region)
        if tag == "li":
            self.bullet = True
        if tag == "h1" and self.h1_parts is None:
            self.h1_parts = []
        if tag == "time":
            if attr.get("datetime") and "date" not in self.meta:
                self.meta["date"] = attr["datetime"]

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "script" and self.ld_parts is not None:
            self.ld_blocks.append("".join(self.ld_parts))
            self.ld_parts = None
        if tag in _VOID:
            return
        # Pop to the matching tag, tolerating unclosed children.
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                break
        else:
            return
        while len(self.stack) > depth:
            open_tag, skipping = self.stack.pop()
            if skipping:
                self.skip_depth -= 1
                continue
            if self._table_end(open_tag):
                continue
            if open_tag in _BLOCK:
                self._flush()
                if open_tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table"):
                    self._paragraph_break()
            if open_tag == "li":
                self.bullet = False
            if open_tag == "article":
                self.article_depth -= 1
                if self.open_articles:
                    self.open_articles.pop()
            elif open_tag == "main":
                if self.open_mains:
                    self.open_mains.pop()
            elif open_tag == "h1" and self.h1_parts is not None and "h1" not in self.meta:
                self.meta["h1"] = re.sub(r"\s+", " ", "".join(self.h1_parts)).strip()

    def handle_data(self, data: str) -> None:
        if self.ld_parts is not None:
            self.ld_parts.append(data)
            return
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        if self.cell is not None:
            self.cell.append(data)
            return
        if self.bullet and data.strip():
            self.bullet = False
            if not "".join(self.buffer).strip():
                self.buffer.append("• ")
        self.buffer.append(data)
        if self.h1_parts is not None and "h1" not in self.meta:
            self.h1_parts.append(data)

    def close(self) -> None:
        super().close()
        if self.tables:
            self.tables = 1
            self._table_end("table")  # a table left open at the end of the page
        self._flush()

    # -- tables
    def _table_start(self, tag: str) -> bool:
        """Start reading a table, a row or a cell; True when the tag is taken care of."""
        if tag == "table":
            self.tables += 1
            if self.tables == 1:
                self._paragraph_break()
                self.rows, self.heads, self.row, self.cell = [], [], None, None
                return True
            return False
        if self.tables != 1:
            return False
        if tag == "tr":
            self._end_row()
            self.row, self.row_head = [], True
            return True
        if tag in ("td", "th"):
            self._end_cell()
            if self.row is None:
                self.row, self.row_head = [], True
            self.cell = []
            self.row_head = self.row_head and tag == "th"
            return True
        return False

    def _end_cell(self) -> None:
        if self.cell is not None and self.row is not None:
            self.row.append(re.sub(r"\s+", " ", "".join(self.cell)).strip())
        self.cell = None

    def _end_row(self) -> None:
        self._end_cell()
        if self.row:
            self.rows.append(self.row)
            self.heads.append(self.row_head)
        self.row = None

    def _table_end(self, tag: str) -> bool:
        """Finish a cell, a row or a table; True when the tag is taken care of."""
        if tag == "table" and self.tables:
            self.tables -= 1
            if self.tables:
                return False  # a table inside a cell: its text joins the cell's
            self._end_row()
            self._write_table()
            return True
        if self.tables != 1:
            return False
        if tag in ("td", "th"):
            self._end_cell()
            return True
        if tag == "tr":
            self._end_row()
            return True
        return False

    def _write_table(self) -> None:
        """A table of figures as one sentence per row; a table laid out with prose as its cells, one line each."""
        rows, heads = self.rows, self.heads
        self.rows, self.heads = [], []
        self._paragraph_break()  # the table's <caption>, read as text: a line of its own, not the first row's head
        if is_data_table(rows):
            header = rows[0] if heads[0] or names_columns(rows[0]) else None
            for k, (row, head) in enumerate(zip(rows, heads, strict=True)):
                if head or (k == 0 and header is not None):
                    continue
                sentence = row_sentence(header, row)
                if sentence:
                    self.buffer.append(sentence)
                    self.table_rows.append(sentence)
                    self._paragraph_break()
        else:
            for row in rows:
                for cell in row:
                    self.buffer.append(cell)
                    self._flush()
        self._paragraph_break()


_ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting",
     "LiveBlogPosting", "Report", "PressRelease"}
)


def _linked_data(blocks: list[str]) -> dict[str, str]:
    """The headline, author, date and publisher a page declares in its JSON-LD (``<script type="application/ld+json">``
    holding a NewsArticle, alone, in a list or in an ``@graph``); a block that is not valid JSON is left out."""
    found: dict[str, str] = {}
    for block in blocks:
        try:
            data = json.loads(block)
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        items = [g for item in items if isinstance(item, dict) for g in (item.get("@graph") or [item])]
        for item in items:
            kinds = item.get("@type") if isinstance(item, dict) else None
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if not isinstance(item, dict) or not any(k in _ARTICLE_TYPES for k in kinds if isinstance(k, str)):
                continue
            if isinstance(item.get("headline"), str):
                found.setdefault("title", item["headline"].strip())
            authors = item.get("author")
            authors = authors if isinstance(authors, list) else [authors]
            written = [a.get("name") if isinstance(a, dict) else a for a in authors]
            names: list[str] = [n.strip() for n in written if isinstance(n, str) and n.strip()]
            if names:
                found.setdefault("byline", " and ".join(names))
            if isinstance(item.get("datePublished"), str):
                found.setdefault("date", item["datePublished"].strip())
            publisher = item.get("publisher")
            name = publisher.get("name") if isinstance(publisher, dict) else publisher
            if isinstance(name, str) and name.strip():
                found.setdefault("outlet", name.strip())
    return {key: re.sub(r"\s+", " ", value) for key, value in found.items() if value}


def _entries(parser: _Extractor) -> list[str] | None:
    """The text of a live blog whose entries are each an <article>: three or more outermost articles, none holding
    most of their text (a story with short teasers beside it is one article, not entries)."""
    outer = [region for region, depth in zip(parser.article_lines, parser.article_depths, strict=True) if depth == 1]
    sizes = [sum(len(x) for x in region) for region in outer]
    total = sum(sizes)
    if len(outer) < 3 or total <= 200 or max(sizes) > 0.5 * total:
        return None
    return [line for region in outer for line in [*region, ""]]


def _join(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    return "\n".join(out).strip() + "\n"


_SECTIONS = frozenset(
    """news world latest live updates update breaking business sport sports politics opinion video videos analysis
    comment comments home local national international top stories story uk us europe asia africa americas
    middle east australia economy markets money health science tech technology culture lifestyle travel weather
    blog blogs features feature explainer""".split()
)
_MASTHEAD_WORD = re.compile(
    rf"(?i)\b(?:{MASTHEAD_WORDS}|agency|broadcasting|network|media|magazine|reuters|bloomberg|afp|ap|board|alliance|"
    r"council|ministry|authority|service|institute|centre|center|department|office|commission|bank|group|foundation|"
    r"association|union|federation|university|police|government|english|edition)\b|\.(?:com|co|org|net)\b|\d"
)


def _looks_like_outlet(name: str) -> bool:
    """A publication's or a body's name, not a section ("World news", "Opinion", "Live updates") or an author ("Jane
    Doe"): it holds a masthead word ("Daily Courier", "KTVN 7 News", "Pacific Wire"), a body's ("National
    Transportation Safety Board", "Fair Stitch Alliance") or a digit ("Spree24 English"), or is written in capitals
    ("NRK")."""
    words = [w.lower().strip(".,:") for w in name.split()]
    if all(w in _SECTIONS for w in words):
        return False
    return bool(_MASTHEAD_WORD.search(name)) or (len(words) == 1 and name.isupper() and len(name) >= 2)


def to_text(markup: str) -> tuple[str, dict[str, str]]:
    """Extract the article text and metadata from an HTML page.

    Args:
        markup: The page's HTML.

    Returns:
        The text (paragraphs separated by blank lines, the headline first when found) and a dict with any of
        ``title``, ``byline``, ``date``, ``outlet``, and ``table_rows``: the rows of tables of figures written as
        sentences, one per line (see :mod:`engine.tables`).
    """
    parser = _Extractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser is lenient; anything it still trips on leaves us with what was parsed
        parser._flush()
    candidates = [region for region in parser.article_lines if sum(len(x) for x in region) > 200]
    entries = _entries(parser)
    if entries is not None:
        lines = entries
        entry_size = sum(len(x) for x in entries)
        mains = [r for r in parser.main_lines if sum(len(x) for x in r) >= entry_size]
        if mains:
            # the <main> that holds the entries, with what a live blog puts above them (its summary of key points)
            lines = min(mains, key=lambda r: sum(len(x) for x in r))
    elif candidates:
        lines = max(candidates, key=lambda r: sum(len(x) for x in r))
    elif any(sum(len(x) for x in r) > 200 for r in parser.main_lines):
        lines = max(parser.main_lines, key=lambda r: sum(len(x) for x in r))
    else:
        lines = parser.lines
    meta: dict[str, str] = {}
    raw_title = re.sub(r"\s+", " ", "".join(parser.title_parts)).strip()
    title = parser.meta.get("h1") or parser.meta.get("og_title")
    if not title:
        # "Headline | Outlet" or "Headline - Outlet": keep the headline.
        title = re.split(r"\s+[|–—-]\s+", raw_title)[0] if raw_title else ""
    if title:
        meta["title"] = title
        # The headline is metadata: remove it from the body lines where it appears.
        lines = [line for line in lines if line != title]
    for key in ("byline", "date", "outlet"):
        if parser.meta.get(key):
            meta[key] = parser.meta[key]
    for key, value in _linked_data(parser.ld_blocks).items():
        if key == "title":
            if not parser.meta.get("h1") and not parser.meta.get("og_title") and value:
                meta["title"] = value  # the headline the page declares, not its shortened <title>
                lines = [line for line in lines if line != value]
        else:
            meta.setdefault(key, value)
    if "outlet" not in meta:
        # "Headline | Daily Courier": the page's title ends with the outlet's name, after the headline.
        pieces = re.split(r"\s+[|–—]\s+|\s+-\s+(?=[^-]+$)", raw_title)
        last = pieces[-1] if len(pieces) >= 2 else ""
        if title and pieces[0] == title and 0 < len(last.split()) <= 4 and _looks_like_outlet(last):
            meta["outlet"] = last
    if parser.table_rows:
        meta["table_rows"] = "\n".join(parser.table_rows)
    return _join(lines), meta
