"""Provides the pane that shows one source: :class:`SourcePane`, a header over an :class:`ArticleView`.

:class:`ArticleView` is a Line API widget (a :class:`~textual.scroll_view.ScrollView` with ``render_line``): the
source's sentences are wrapped once per width into a list of lines that point back into the sentences by offset,
and only the lines on screen are rendered, on demand. Moving the cursor refreshes just the lines of the sentences
whose state changed, so a keypress costs the same with 20 sentences or 500 (one widget per sentence would make
every keypress restyle hundreds of widgets).

Article text is only ever put into :class:`rich.text.Text` objects, never parsed as markup, so ``[bold]`` or
``[@click=app.quit]`` written in an article shows literally and does nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from engine.models import Severity, Source
from tui.widgets.comparison_index import MARK_SYMBOLS, ComparisonIndex, Mark

__all__ = ["ArticleView", "PaneHeader", "SourcePane", "wrap_offsets"]

GUTTER = 3
"""Cells before the text: a cursor marker, the sentence's mark, and the reviewer's mark (a verdict, ★ or ✎) or a
space."""

_WORD = re.compile(r"\S+\s*")


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text`` into lines at most ``width`` cells wide.

    Args:
        text: One line of text (no newlines).
        width: Cells available per line, at least 1.

    Returns:
        ``(start, end)`` offsets of each line in ``text``; trailing spaces stay on the line they follow, and a
        word longer than ``width`` is cut at the width.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    start = 0
    used = 0
    for match in _WORD.finditer(text):
        word = match.group()
        core = word.rstrip()
        core_width = cell_len(core)
        if used and used + core_width > width:
            lines.append((start, match.start()))
            start = match.start()
            used = 0
        if core_width > width:
            # A word wider than the pane (a URL): cut it at the width.
            pos = match.start()
            end = match.start() + len(core)
            while cell_len(text[pos:end]) > width:
                cut = pos
                taken = 0
                while cut < end and taken + cell_len(text[cut]) <= width:
                    taken += cell_len(text[cut])
                    cut += 1
                cut = max(cut, pos + 1)
                lines.append((start, cut))
                start = pos = cut
            used = cell_len(text[start : match.end()])
            continue
        used += cell_len(word)
    lines.append((start, len(text)))
    return lines


@dataclass(frozen=True)
class _Line:
    sentence: int
    """Sentence index, or -1 for the blank line between paragraphs."""
    start: int
    """Start offset of the line in the sentence text."""
    end: int
    """End offset of the line in the sentence text."""
    first: bool
    """True on the sentence's first line, where the gutter mark goes."""


_BLANK = _Line(-1, 0, 0, False)


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """The sentences of one source, wrapped, with a cursor, gutter marks, and highlighted figures and partners.

    The view holds state (cursor, partners, visible sentences, search) but no navigation logic: the review screen
    decides where the cursor goes and calls :meth:`set_cursor`, :meth:`set_partners` and :meth:`scroll_level`.
    It has no key bindings of its own (the screen's bindings apply while it has focus); a click moves the cursor.
    """

    COMPONENT_CLASSES = {
        "article--cursor",
        "article--partner",
        "article--number",
        "article--claim-cursor",
        "article--contradiction",
        "article--discrepancy",
        "article--linked",
        "article--alone",
        "article--match",
        "article--marker",
        "article--annotation",
    }
    """
    | Class | Description |
    | :- | :- |
    | `article--cursor` | The focused sentence. |
    | `article--partner` | A sentence linked to the focused sentence of another pane. |
    | `article--number` | A figure (claim) inside a sentence. |
    | `article--claim-cursor` | The figure the claim cursor is on. |
    | `article--contradiction` | A figure, or gutter mark, in a contradiction. |
    | `article--discrepancy` | A figure, or gutter mark, in a discrepancy. |
    | `article--linked` | The gutter mark of a linked sentence. |
    | `article--alone` | The gutter mark of a sentence with figures no other source gives. |
    | `article--match` | Text matching the search. |
    | `article--marker` | The cursor and partner markers in the first gutter column. |
    | `article--annotation` | The reviewer's mark in the third gutter column: a verdict, a star or a note. |
    """

    class SentenceClicked(Message):
        """A sentence was clicked."""

        def __init__(self, view: ArticleView, sentence: int) -> None:
            super().__init__()
            self.view = view
            """The view clicked."""
            self.sentence = sentence
            """The index of the sentence clicked."""

        @property
        def control(self) -> ArticleView:
            return self.view

    def __init__(self, source: Source, index: ComparisonIndex, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.source = source
        """The source shown."""
        self.index = index
        """Look-ups over the comparison."""
        self.cursor = 0
        """Index of the cursor's sentence."""
        self.claim: str | None = None
        """Id of the claim the claim cursor is on, or None."""
        self.active = False
        """True when this pane holds the focused sentence (shown even while the search box has the focus)."""
        self.partners: frozenset[int] = frozenset()
        """Indices of the sentences linked to the focused sentence of another pane."""
        self.kept: frozenset[int] | None = None
        """Indices of the sentences shown, or None for all of them."""
        self.search: str = ""
        """Lower-case text to highlight, or empty."""
        self.annotation_marks: dict[int, str] = {}
        """The reviewer's mark of each annotated sentence (by index): a verdict's symbol, ★ or ✎."""
        self._texts = [s.text.replace("\n", " ").replace("\t", " ") for s in source.sentences]
        self._lowered: list[str] | None = None
        self._lines: list[_Line] = []
        self._first: dict[int, int] = {}
        self._count: dict[int, int] = {}
        self._layout_width = -1
        self._styles: dict[str, Style] = {}
        self._strips: dict[tuple[int, int, bool, bool, str | None, str], Strip] = {}

    # ---- layout -------------------------------------------------------------------------------------------------

    @property
    def text_width(self) -> int:
        """Cells available to sentence text, right of the gutter."""
        return max(8, self.scrollable_content_region.width - GUTTER)

    def relayout(self, force: bool = False) -> None:
        """Wrap the visible sentences to the current width (a no-op when nothing changed)."""
        width = self.scrollable_content_region.width
        if width <= 0:
            return
        if not force and width == self._layout_width:
            return
        self._layout_width = width
        self._strips.clear()
        text_width = self.text_width
        lines: list[_Line] = []
        first: dict[int, int] = {}
        count: dict[int, int] = {}
        paragraph: int | None = None
        kept = self.kept
        for sentence in self.source.sentences:
            if kept is not None and sentence.index not in kept:
                continue
            if paragraph is not None and sentence.paragraph != paragraph and kept is None:
                lines.append(_BLANK)
            paragraph = sentence.paragraph
            first[sentence.index] = len(lines)
            spans = wrap_offsets(self._texts[sentence.index], text_width)
            for k, (a, b) in enumerate(spans):
                lines.append(_Line(sentence.index, a, b, k == 0))
            count[sentence.index] = len(spans)
        self._lines, self._first, self._count = lines, first, count
        self.virtual_size = Size(width, len(lines))
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self.relayout()
        # Read the cursor when the refresh has happened: the screen may have moved it meanwhile.
        self.call_after_refresh(lambda: self.scroll_to_sentence(self.cursor))

    def line_of(self, sentence: int) -> int | None:
        """The first line of a sentence, or None when it is hidden."""
        return self._first.get(sentence)

    def lines_of(self, sentence: int) -> int:
        """How many lines a sentence takes (0 when hidden)."""
        return self._count.get(sentence, 0)

    @property
    def line_count(self) -> int:
        """Lines in the laid-out view."""
        return len(self._lines)

    def is_shown(self, sentence: int) -> bool:
        """Whether the sentence passes the visible filter."""
        return self.kept is None or sentence in self.kept

    def in_view(self, sentence: int) -> bool:
        """Whether the first line of a sentence is inside the visible window."""
        line = self._first.get(sentence)
        if line is None:
            return False
        top = round(self.scroll_y)
        return top <= line < top + self.scrollable_content_region.height

    def row_of(self, sentence: int) -> int | None:
        """The row of the sentence's first line relative to the top of the window, or None when hidden."""
        line = self._first.get(sentence)
        return None if line is None else line - round(self.scroll_y)

    def sentence_at(self, row: int) -> int | None:
        """The sentence shown at window row ``row``, or None."""
        line = row + round(self.scroll_y)
        if 0 <= line < len(self._lines) and self._lines[line].sentence >= 0:
            return self._lines[line].sentence
        return None

    # ---- state changes: refresh only what changed ----------------------------------------------------------------

    def _refresh_sentence(self, sentence: int | None) -> None:
        if sentence is None:
            return
        line = self._first.get(sentence)
        if line is not None:
            self.refresh_lines(line, self._count.get(sentence, 1))

    def set_cursor(self, sentence: int, claim: str | None = None) -> None:
        """Move the cursor to a sentence (and the claim cursor to ``claim``)."""
        old = self.cursor
        self.cursor = sentence
        self.claim = claim
        self._refresh_sentence(old)
        self._refresh_sentence(sentence)

    def set_active(self, active: bool) -> None:
        """Show or hide the cursor."""
        if active != self.active:
            self.active = active
            self._refresh_sentence(self.cursor)

    def set_partners(self, partners: frozenset[int]) -> None:
        """Highlight the sentences linked to the focused sentence of another pane."""
        if partners == self.partners:
            return
        old = self.partners
        self.partners = partners
        for sentence in old ^ partners:
            self._refresh_sentence(sentence)

    def set_visible(self, visible: frozenset[int] | None) -> None:
        """Show only these sentences (None: all)."""
        if visible == self.kept:
            return
        self.kept = visible
        self.relayout(force=True)

    def set_annotation_marks(self, marks: dict[int, str]) -> None:
        """Show the reviewer's marks (sentence index -> symbol) in the gutter."""
        if marks == self.annotation_marks:
            return
        changed = set(marks) ^ set(self.annotation_marks)
        changed |= {k for k in marks if self.annotation_marks.get(k) != marks[k]}
        self.annotation_marks = dict(marks)
        self._strips.clear()
        for sentence in changed:
            self._refresh_sentence(sentence)

    def set_index(self, index: ComparisonIndex) -> None:
        """Show a new comparison of the same source (after the reviewer linked or unlinked sentences)."""
        self.index = index
        self._strips.clear()
        self.refresh()

    def set_search(self, text: str) -> None:
        """Highlight occurrences of ``text`` (case-insensitive; empty: none)."""
        text = text.lower()
        if text != self.search:
            self.search = text
            self.refresh()

    def matches(self, sentence: int, text: str) -> bool:
        """Whether a sentence contains ``text`` (lower case)."""
        if self._lowered is None:
            self._lowered = [t.lower() for t in self._texts]
        return text in self._lowered[sentence]

    def count_matches(self, text: str) -> int:
        """How many shown sentences contain ``text`` (lower case)."""
        return sum(1 for i in range(len(self._texts)) if self.is_shown(i) and self.matches(i, text))

    def scroll_to_sentence(
        self, sentence: int, row: int | None = None, jump: bool = False, retry: bool = False
    ) -> None:
        """Scroll so a sentence is visible.

        Args:
            sentence: The sentence's index.
            row: Put its first line at this window row where possible (to level it with another pane).
            jump: When it is off screen, bring it a quarter of the way down rather than to the nearest edge, so
                what comes before it is in view too.
            retry: This is the second try, after a refresh.
        """
        line = self._first.get(sentence)
        if line is None:
            return
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        count = self._count.get(sentence, 1)
        top = round(self.scroll_y)
        if row is not None:
            target = line - max(0, min(row, height - 1))
        elif jump and (line < top or line + count > top + height):
            target = line - height // 4
        elif line < top:
            target = line
        elif line + count > top + height:
            target = min(line, line + count - height)
        else:
            return
        target = max(0, min(target, max(0, len(self._lines) - height)))
        if target != top:
            if target > self.max_scroll_y and not retry:
                # Just laid out: the new height is not in the scroll limits until the next refresh.
                self.call_after_refresh(self.scroll_to_sentence, sentence, row, jump, True)
                return
            self.scroll_to(y=target, animate=False, immediate=True)

    # ---- rendering ------------------------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._strips.clear()

    def _style(self, name: str) -> Style:
        """A component's partial style, or the widget's own style for ``""`` (cached: both are asked per line)."""
        style = self._styles.get(name)
        if style is None:
            style = self.rich_style if not name else self.get_component_rich_style(name, partial=True)
            self._styles[name] = style
        return style

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self._style("")
        number = y + round(self.scroll_y)
        if number >= len(self._lines) or width <= 0:
            return Strip.blank(width, base)
        line = self._lines[number]
        if line.sentence < 0:
            return Strip.blank(width, base)
        # Lines are cached by everything that changes how they look, so scrolling and moving the cursor redraw
        # only lines whose state changed.
        is_cursor = self.active and line.sentence == self.cursor
        is_partner = not is_cursor and line.sentence in self.partners
        key = (number, width, is_cursor, is_partner, self.claim if is_cursor else None, self.search)
        strip = self._strips.get(key)
        if strip is None:
            if len(self._strips) > 4096:
                self._strips.clear()
            strip = self._strips[key] = self._draw_line(line, width, base)
        return strip

    def _draw_line(self, line: _Line, width: int, base: Style) -> Strip:
        style_of = self._style_of
        index = line.sentence
        is_cursor = self.active and index == self.cursor
        is_partner = not is_cursor and index in self.partners
        if is_cursor:
            line_style = base + style_of("article--cursor", partial=True)
        elif is_partner:
            line_style = base + style_of("article--partner", partial=True)
        else:
            line_style = base
        marker_style = line_style + style_of("article--marker", partial=True)
        segments: list[Segment] = []
        if line.first:
            marker = "▶" if is_cursor else ("▷" if is_partner else " ")
            mark = self.index.mark((self.source.id, index))
            symbol_style = line_style
            if mark is not Mark.PLAIN:
                symbol_style = line_style + style_of(f"article--{mark.value}", partial=True)
            note = self.annotation_marks.get(index)
            segments += [
                Segment(marker, marker_style),
                Segment(MARK_SYMBOLS[mark], symbol_style),
                Segment(note, line_style + style_of("article--annotation", partial=True))
                if note
                else Segment(" ", line_style),
            ]
        else:
            marker = "┃" if is_cursor else ("│" if is_partner else " ")
            segments += [Segment(marker, marker_style), Segment("  ", line_style)]
        raw = self._texts[index][line.start : line.end]
        shown = raw.rstrip()
        text = Text(shown, style=line_style, end="")
        sentence = self.source.sentences[index]
        if sentence.claims:
            number_style = style_of("article--number", partial=True)
            for claim in sentence.claims:
                a = max(claim.start - sentence.start, line.start) - line.start
                b = min(claim.end - sentence.start, line.end) - line.start
                b = min(b, len(shown))
                if a >= b:
                    continue
                style = number_style
                severity = self.index.claim_severity.get(claim.id)
                if severity is Severity.CONTRADICTION:
                    style = style + style_of("article--contradiction", partial=True)
                elif severity is Severity.DISCREPANCY:
                    style = style + style_of("article--discrepancy", partial=True)
                if is_cursor and claim.id == self.claim:
                    style = style + style_of("article--claim-cursor", partial=True)
                text.stylize(style, a, b)
        if self.search:
            lowered = shown.lower()
            match_style = style_of("article--match", partial=True)
            start = lowered.find(self.search)
            while start >= 0:
                text.stylize(match_style, start, start + len(self.search))
                start = lowered.find(self.search, start + max(1, len(self.search)))
        # Rich may leave a segment without a style; Textual's NO_COLOR filter needs one on every segment.
        segments += [Segment(t, s or line_style) for t, s, _ in text.render(self.app.console)]
        return Strip(segments).adjust_cell_length(width, line_style).crop(0, width)

    def _style_of(self, name: str, partial: bool = True) -> Style:
        return self._style(name)

    def on_click(self, event: events.Click) -> None:
        sentence = self.sentence_at(event.y)
        if sentence is not None:
            self.post_message(self.SentenceClicked(self, sentence))

    def watch_has_focus(self, value: bool) -> None:
        self._refresh_sentence(self.cursor)


class PaneHeader(Static):
    """Two lines over a pane: the source's id, conflict counts and label; then its title, outlet and date."""

    def __init__(self, source: Source, counts: tuple[int, int], *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.source = source
        """The source described."""
        self.counts = counts
        """(contradictions, discrepancies) the source takes part in."""

    def set_counts(self, counts: tuple[int, int]) -> None:
        """Show new conflict counts (after the reviewer linked or unlinked sentences)."""
        if counts != self.counts:
            self.counts = counts
            self.refresh()

    def render(self) -> Text:
        source = self.source
        contradictions, discrepancies = self.counts
        first = Text(no_wrap=True, overflow="ellipsis", end="")
        first.append(source.id, style="bold")
        first.append(f" ✖{contradictions} ≠{discrepancies} ")
        first.append(source.label, style="bold")
        details = []
        if source.title and source.title != source.label:
            details.append(source.title)
        if source.outlet and source.outlet != source.label:
            details.append(source.outlet)
        if source.date:
            details.append(source.date)
        details.append(f"{len(source.sentences)} sentences")
        second = Text(" · ".join(details), style="italic", no_wrap=True, overflow="ellipsis", end="")
        width = max(1, self.content_region.width)
        first.truncate(width, overflow="ellipsis")
        second.truncate(width, overflow="ellipsis")
        return Text("\n", end="").join([first, second])


class SourcePane(Vertical):
    """One source: its header and its sentences."""

    def __init__(self, source: Source, index: ComparisonIndex) -> None:
        super().__init__(id=f"pane-{source.id}", classes="source-pane")
        self.source = source
        """The source shown."""
        self.view = ArticleView(source, index, id=f"view-{source.id}")
        """The sentences."""
        self.header = PaneHeader(source, index.counts.get(source.id, (0, 0)), id=f"header-{source.id}")
        """The header."""

    def compose(self) -> ComposeResult:
        yield self.header
        yield self.view
