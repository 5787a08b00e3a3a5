"""Splits text into sentences with character offsets.

A rule-based splitter (a regex over candidate stops plus an abbreviation lexicon) measured best on news text
(see DEPENDENCY_NOTES in the project history): it is exact about offsets, fast, and easy to table-test. Rules:

- a line break always ends a sentence (web copies carry lines with no final stop);
- a stop (``.``, ``!``, ``?``, ``…``), with any closing quotes or brackets, ends a sentence when the next word
  starts like a sentence (a capital, a digit, an opening quote); so does a stop glued between a plain word and a
  capitalised one, as copied pages run sentences together ("morning.Two people");
- not after a title before a name ("Mr.", "Dr.", "Gov."), a month before a day ("Jan. 5"), "No." before a digit,
  or a single initial ("George W. Bush");
- after "a.m.", "p.m.", "U.S.", "Inc." and other dotted abbreviations only when the next word is a common
  sentence opener ("He", "The", "Officials") rather than a name, time zone or day;
- a quotation followed by a lower-case word continues ('"Is it over?" she asked.');
- sentences longer than :data:`MAX_SENTENCE` characters are cut at a space, so one huge unpunctuated line cannot
  stall the later stages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["END_MARK", "MAX_SENTENCE", "split_sentences"]

MAX_SENTENCE = 1500
"""Longest sentence kept whole, in characters."""

_TITLES = frozenset(
    """mr mrs ms mx dr prof gov sen rep gen col lt sgt capt cmdr adm maj rev st sr jr hon pres supt insp det cpl
    pvt fr mt ft brig cdr messrs mme mlle atty dist supt gens sens reps""".split()
)
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_ALWAYS = frozenset("e.g i.e cf viz approx est ca nos vol vols pp fig figs dept univ ave blvd rd vs v".split())
_WEAK = frozenset(
    """a.m p.m u.s u.k u.n e.u u.s.a inc corp ltd co bros plc llc etc al n.y d.c l.a s.a ag gmbh jan feb mar apr
    jun jul aug sep sept oct nov dec""".split()
)
_PLACES = frozenset("u.s u.k u.n e.u u.s.a n.y d.c l.a".split())
"""The dotted names of places among the weak abbreviations, after which a figure goes on the sentence ("the U.S. 10-year
yield", "Highway U.S. 12")."""
_FIRMS = frozenset("inc corp ltd co bros plc llc s.a ag gmbh".split())
"""The dotted endings of a firm's name, which a ticker or a note in brackets may follow."""
_OPENERS = frozenset(
    """a an the this that these those he she it they we i you his her its their our my there here but and or so
    yet however meanwhile officials police authorities residents witnesses in on at after before during when while
    if as since although though despite about according some many most several no none one two three four five
    six seven eight nine ten what who why how where which earlier later also still then now another other each
    both all more such""".split()
)
_NOT_OPENERS = re.compile(
    r"^(?:[A-Z]{1,4}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Eastern|Pacific|Central|Mountain|local)\b"
)

_LIST_MARKER = re.compile(r"[ \t]*(?:[•·▪►‣◦*+–—-]|\d{1,3}[.)])[ \t]+")
_CANDIDATE = re.compile(r"(?:\.{3}|…|[.!?])+[\"'”’)\]»]*(?=\s)|(?<=[a-z])[.!?](?=[A-Z][a-z])")
"""A stop and its closing quotes before a space; or a stop glued between a word and a capitalised one, as copied
pages run sentences together ("on Wednesday morning.Two people are in custody")."""
_NEXT = re.compile(r"\s+([\"'“‘(\[«]*)(\S+)")


def _token_before(text: str, pos: int) -> str:
    """The word ending at ``pos`` (the stop's position), dots inside it kept: "U.S", "p.m", "Mr"."""
    i = pos
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    return text[i:pos]


_QUOTE_THEN_SAID = re.compile(r"[^\"“”\n.!?…]{0,200}?,[\"”]\s+[a-z]")
"""The rest of a quotation, then its attribution: ' I honestly don't know," she said'."""


def _trails_off_in_quote(text: str, start: int, stop: int, end: int) -> bool:
    """An ellipsis inside an open quotation that goes on to a comma and its attribution in lower case."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    opened = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    return opened and _QUOTE_THEN_SAID.match(text, stop, end) is not None


def _is_boundary(text: str, stop: re.Match[str], end: int) -> bool:
    if stop.end() < end and not text[stop.end()].isspace():
        # glued: a sentence's end only after a plain word ("morning.Two"), not after a title, an abbreviation or
        # initials ("St.Clair", "e.g.The", "J.K.Rowling")
        token = _token_before(text, stop.start())
        bare = token.lower()
        return (
            len(token) >= 3
            and token.isalpha()
            and token[1:].islower()
            and bare not in _TITLES
            and bare not in _ALWAYS
            and bare not in _WEAK
            and bare not in _MONTHS
        )
    after = _NEXT.match(text, stop.end(), end)
    if after is None:
        return False
    opener, word = after.group(1), after.group(2)
    first = word[0]
    starts_sentence = first.isupper() or first.isdigit() or bool(opener) or first in "\"'“‘(¿¡"
    if not starts_sentence:
        return False
    mark = stop.group()
    if mark[0] in "!?" or "…" in mark or mark.startswith("...") or mark.rstrip(".") != "":
        # "?", "!", an ellipsis, or a stop followed by a closing quote: only the case of the next word matters.
        if mark.startswith("...") or "…" in mark:
            if _trails_off_in_quote(text, stop.start(), stop.end(), end):
                return False  # '"I... I honestly don't know," she said.': a speaker trailing off, one sentence
            return first.isupper() or bool(opener)
        return True
    token = _token_before(text, stop.start())
    bare = token.lower().rstrip(".")
    if not bare:
        return True
    if bare in _TITLES and first.isupper():
        return False
    if bare in _ALWAYS:
        return False
    if bare == "no" and first.isdigit():
        return False
    if bare == "rs" and token[0] == "R" and first[:1].isdigit():
        return False  # "Rs. 500 million": rupees
    if bare in _MONTHS and first.isdigit():
        return False
    if len(bare) == 1 and bare.isalpha() and token[0].isupper() and first.isupper():
        return False  # an initial: "George W. Bush"
    if bare in _WEAK or re.fullmatch(r"(?:[a-z]\.)+[a-z]", bare):
        if opener.startswith("(") and bare in _FIRMS:
            return False  # "Halvorsen Marine Inc. (NYSE: HVM) said ...": the firm's ticker, not a new sentence
        if first.isdigit() and bare in _PLACES:
            return False  # "a bar on U.S. 12", "moved to the U.S. 12 years ago": a road, a figure, no new sentence
        if first.isdigit() or opener:
            return True
        clean = re.sub(r"[^\w'-]", "", word)
        if _NOT_OPENERS.match(clean):
            return False
        if bare in ("a.m", "p.m"):
            return True  # after a time, a capital that is not a day, month or time zone opens a sentence
        return clean.lower() in _OPENERS
    return True


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _cap(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        span = _trimmed(text, start, cut)
        if span:
            yield span
        start = cut
    span = _trimmed(text, start, end)
    if span:
        yield span


def split_sentences(text: str, blocks: Iterable[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Split ``text`` into sentences.

    Args:
        text: The text.
        blocks: Ranges of ``text`` to split (for example the body lines from reading); the whole text by default.
            A sentence never crosses a block's end or a line break.

    Returns:
        Half-open ``(start, end)`` offsets into ``text``, whitespace trimmed, in order.
    """
    if blocks is None:
        blocks = [(0, len(text))]
    spans: list[tuple[int, int]] = []
    for block_start, block_end in blocks:
        line_start = block_start
        while line_start < block_end:
            newline = text.find("\n", line_start, block_end)
            line_end = block_end if newline == -1 else newline
            marker = _LIST_MARKER.match(text, line_start, line_end)
            start = marker.end() if marker else line_start
            for stop in _CANDIDATE.finditer(text, start, line_end):
                if _is_boundary(text, stop, line_end):
                    spans.extend(_cap(text, start, stop.end()))
                    start = stop.end()
            spans.extend(_cap(text, start, line_end))
            line_start = line_end + 1
    return [(s, e) for s, e in spans if not _NOT_A_SENTENCE.fullmatch(text, s, e)]


END_MARK = r"enditem|ends|-+\s*ends?\s*-+|###|-30-"
"""A wire's or a press release's end mark ("Enditem", "ENDS", "###", "-30-"), as a regular expression."""
_NOT_A_SENTENCE = re.compile(
    rf"(?i)\(?(?:{END_MARK})\)?\.?|"
    r"(?:send|email|e-mail|contact|write\s+to|follow)\b[^.!?]{0,60}?(?:\S+@\S+\.\w+|https?://\S+|www\.\S+)[^.!?]{0,20}[.!?]?"
)
"""What a page tells its reader after the article's last sentence: a wire's end mark ("... the accident. Enditem")
or where to write ("Send tips to live@example.org")."""
