"""Aligns sentences across N sources: which sentences report the same fact.

Plain fuzzy matching of whole sentences links differently written articles poorly (F1 about 0.75 in our
measurements) and lets a shared number glue unrelated sentences together. So each candidate pair of sentences is
measured in several ways, with numbers kept out of the text measurements, and a logistic model fitted on our
labelled development cases (:mod:`engine.linkmodel`) weighs the measurements into a probability:

- **words**: TF-IDF cosine over content-word stems (numbers, number words and stop words removed; event words and
  the news lexicon's synonyms normalised, so "died" and "killed", "blaze" and "fire" meet), of the whole sentences
  and of each clause of a sentence that packs several facts against the other sentence; rapidfuzz's
  ``token_set_ratio`` of the texts without digits;
- **figures**: the sentences state a figure of the same kind and unit about the same thing (same subject class and
  predicate: "people killed"), close in value or off by a slip of magnitude, and how rare such a figure is in each
  article. A different number must not keep apart two sentences reporting one fact, since that difference is the
  conflict we want; a figure alone rarely links;
- **position and period**: sentences far apart in their articles, and background about an earlier event ("in 2007
  the river reached 4.9m") set against today's news;
- **competition**: how far the pair falls below each sentence's best partner in the other article (and below the
  best of each clause's), since news sentences seldom report one fact in several sentences of one article;
- **quotes and names**: a shared quotation; names both sentences give.

A pair links when its probability reaches the model's threshold and it is (nearly) the best pair of both its
sentences, or of one of them when the other packs several clauses ("At least 40 people were rescued, and nine
bodies were recovered after the boat capsized" links to the sentence on the rescued and to the one on the dead).
Shared names, shared claim signatures and the strongest shared words make up the ``why`` of a link.

Candidates come from an inverted index over the rarer stems (and claim signatures and precise figures), so no full
N x M matrix is ever built: memory stays linear in the number of sentences. There is no ordering constraint (outlets
tell events in different orders), a sentence may link to several sentences of another source, and links merge into
N-way groups when each source appears in a group once.
"""

from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations, pairwise
from operator import itemgetter
from typing import TypeVar

from rapidfuzz import fuzz

from engine.boilerplate import WIRE_DATELINE
from engine.claims import HAPPENS_TO_PEOPLE, counted_class, event_year, looking_back, years_named
from engine.conflicts import claim_modes, classify
from engine.lexicon import STOP_WORDS, join_phrases, stem_of
from engine.linkmodel import LinkModel, default_model
from engine.models import Claim, ClaimType, Hedge, Kind, Link, Quantity, SentenceRef, Severity, Source
from engine.numbers import significant_digits

_T = TypeVar("_T")
_K = TypeVar("_K")

__all__ = [
    "FEATURES",
    "AlignOptions",
    "Pair",
    "align",
    "clause_spans",
    "pair_measurements",
    "pair_table",
    "sentence_features",
]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_QUOTE = re.compile(r"[\"“”]([^\"“”]{20,})[\"“”]")
_NAME = re.compile(r"\b[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|of|de|al|bin))*")
_NAME_STOP = frozenset(
    """The A An In On At But And Or As It He She They We I This That These Those After Before When While Meanwhile
    However Also Some Many Most Officials Police There Here Its Their His Her Our Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August September October November
    December According One Two Three Four Five Six Seven Eight Nine Ten Mr Mrs Ms Dr""".split()
)


@dataclass
class _Features:
    ref: SentenceRef
    source_index: int
    sentence_index: int
    stems: Counter[str]
    names: frozenset[str]
    quotes: tuple[str, ...]
    signatures: frozenset[tuple[str, str | None, str | None]]
    figures: tuple[tuple[str, str | None, float, str | None, str | None, Quantity, str | None, str | None], ...] = ()
    """(kind, unit, value, subject class, predicate, quantity, mode, subject) of each figure, for figure agreement; the
    mode is a forecast's, a capacity's, an intraday figure's... (see :func:`engine.conflicts.claim_modes`)."""
    position: float = 0.0
    """Relative position of the sentence in its article, 0 (first) to 1 (last)."""
    years: frozenset[int] = frozenset()
    """Years the sentence names ("in 2019", "March 3, 2021")."""
    looks_back: bool = False
    """The sentence is about an earlier time ("last year's", "the previous record", "in 2007")."""
    clauses: tuple[Counter[str], ...] = ()
    """The stems of each clause when the sentence packs several ("At least 40 were rescued | and nine bodies
    recovered | after the boat capsized"); empty for a sentence of one clause."""
    plain: str = ""
    """The sentence lower-cased with its digits removed, for fuzzy word overlap that numbers do not sway."""
    words: tuple[str, ...] = ()
    """Its content words as written, in order (idioms joined), for naming a link's shared words."""
    vector: dict[str, float] = field(default_factory=dict)
    norm: float = 0.0
    units: tuple[tuple[dict[str, float], float], ...] = ()
    """(vector, norm) of the whole sentence, then of each of its clauses."""
    length: float = 0.0
    """log(1 + the number of distinct stems)."""


def _value(claim: Claim) -> float | None:
    """A representative value of a claim's interval, for similarity (not for conflicts)."""
    q = claim.quantity
    if q.nominal is not None:
        return q.nominal
    if q.low is not None and q.high is not None:
        return (q.low + q.high) / 2
    return q.low if q.low is not None else q.high


def figure_agreement(a: _Features, b: _Features) -> float:
    """How strongly the two sentences state the same figure about the same thing, 0 to 1.

    Figures count when their kind and unit match and their values are within half of each other; counts must also
    agree on what they count. A figure that differs a little still counts: that difference is a conflict to find.
    """
    best = 0.0
    for kind, unit, value, subject, predicate, qa, mode, _noun in a.figures:
        for kind2, unit2, value2, subject2, predicate2, qb, mode2, _noun2 in b.figures:
            if kind != kind2 or unit != unit2 or mode != mode2:
                continue  # "as much as 33 per cent" in early trading is not where the shares closed
            if kind == "count":
                if subject and subject2 and subject != subject2:
                    continue
                if predicate and predicate2 and predicate != predicate2:
                    continue
            scale = max(abs(value), abs(value2))
            hedged = qa.hedge is not Hedge.EXACT or qb.hedge is not Hedge.EXACT
            near = min(abs(value), abs(value2)) >= scale / 3  # "at least 17" fits 3,150 too, but says another thing
            if scale == 0 or (hedged and near and classify(qa, qb) is not Severity.CONTRADICTION):
                closeness = 1.0  # the same, or compatible through a hedge ("at least 11" and "over two dozen")
            elif value != value2 and _same_digits(value, value2):
                closeness = 0.8  # a slip of magnitude ("R450m" and "R45 million"): the conflict we want
            else:
                closeness = max(0.0, 1.0 - abs(value - value2) / scale / 0.5)
            weight = 1.0 if kind in ("count", "money", "percent", "measure") else 0.6
            if kind == "count" and not (subject or subject2 or predicate or predicate2):
                weight = 0.5  # a bare number says little about what it counts
            best = max(best, closeness * weight)
    return best


def _overlap(a: _Features, b: _Features) -> float:
    """How much the two sentences say in the same words, however long they are: log(1 + the summed TF-IDF weight of
    the stems they share, each at the smaller of its two weights). The cosine measures the share of each sentence's
    words the other uses and so favours short sentences; two long sentences telling one fact share many rare words
    and little else in proportion."""
    small, large = (a.vector, b.vector) if len(a.vector) <= len(b.vector) else (b.vector, a.vector)
    return math.log1p(sum([min(w, large[k]) for k, w in small.items() if k in large]))


def _same_digits(x: float, y: float) -> bool:
    """Whether two values differ only by a power of ten and have two significant digits or more: "2.5" and "25"."""
    digits = [f"{abs(v):.6f}".replace(".", "").strip("0") for v in (x, y)]
    return digits[0] == digits[1] and len(digits[0]) >= 2


def _linking_mode(mode: str | None) -> str | None:
    """The mode that keeps two figures from being "the same figure" for linking: a capacity, an intraday peak, a value
    with debt. Not a forecast: "61,000 nurses are expected to join" and "more than 60,000 nurses are set to strike"
    report one fact, and only some words of a forecast are known. Nor "in hospital now": "two remain hospitalized"
    and "two children were still being treated" are one fact told without the word. Nor a target: "coverage of 95% is
    needed" and "86 percent ..., short of the level experts say is needed" report one comparison. Nor the seriously
    hurt: "721 of them seriously" and "more than 700 people were seriously injured" may be told without the word. Nor
    a span still to come: "the next 24 hours" may be told without the word. A gust forecast is a gust, as a forecast
    is its figure."""
    if mode == "forecast gust":
        return "gust"
    return None if mode in ("forecast", "in hospital now", "target", "seriously hurt", "ahead") else mode


_CLAUSE_WORDS = (
    "and|while|but|whereas|with|after|before|when|where|leaving|killing|injuring|forcing|sending|bringing|taking|"
    "making|as|although|though|including|which|who|whose|adding|saying|compared|prompting|causing"
)
_CLAUSE = re.compile(
    r";\s+"  # "..., the coast guard said; 181 survivors ..."
    r"|:\s+(?=[A-Z\d])"
    rf"|,\s+(?=(?:{_CLAUSE_WORDS})\b)"  # ", while the operator has offered ..."
    r"|,\s+(?=[a-z]+ing\b)"  # ", packing winds of ..."
    r"|\s+(?=(?:after|when|while|because|as)\s+(?:a|an|the|its|their|his|her|it|they|he|she|[A-Z])\b)"
    r"|\s+(?=and\s+(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+|some\s+|another\s+|a\s+further\s+)?"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b)"
)
_CLAUSE_MIN_WORDS = 3


def _content_words(text: str) -> list[str]:
    return [w for w in join_phrases(_WORD.findall(text)) if len(w) > 1 and w.lower() not in STOP_WORDS]


_FIGURE_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds
    thousand thousands million millions billion dozen dozens""".split()
)
_DIGITS_TOKEN = re.compile(r"\d[\d,.]*")


def _enough_words(text: str) -> bool:
    """Whether a piece of a sentence has at least :data:`_CLAUSE_MIN_WORDS` content words, its figures counted as
    words ("and nine bodies were recovered" has three)."""
    count = len(_DIGITS_TOKEN.findall(text))
    for word in _WORD.findall(text):
        low = word.lower()
        if (len(word) > 1 and low not in STOP_WORDS) or low in _FIGURE_WORDS:
            count += 1
        if count >= _CLAUSE_MIN_WORDS:
            return True
    return count >= _CLAUSE_MIN_WORDS


def clause_spans(text: str) -> list[tuple[int, int]]:
    """The clauses of a sentence as (start, end) offsets into ``text``: a sentence that packs several facts is cut
    before "; ", ", while", ", leaving", "and nine bodies ...", "after the boat capsized"... A piece with fewer than
    three content words (figures included) stays with the piece before it. One span when the sentence does not
    split."""
    inner = [m.end() for m in _CLAUSE.finditer(text)]
    if not inner:
        return [(0, len(text))]
    cuts = [0, *inner, len(text)]
    spans: list[tuple[int, int]] = []
    for start, end in pairwise(cuts):
        if spans and not _enough_words(text[start:end]):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    if len(spans) > 1 and not _enough_words(text[spans[0][0] : spans[0][1]]):
        spans[1] = (spans[0][0], spans[1][1])
        spans.pop(0)
    return spans


_DIGITS = re.compile(r"\d")


def _without_dateline(text: str) -> str:
    """A lede with its wire dateline's date and agency blanked out (the place kept), at the same offsets: "SEOUL, Oct
    30 (Pacific Markets Wire) - " names no fact the other articles report."""
    found = WIRE_DATELINE.match(text)
    if found is None:
        return text
    place = found.group("place")
    keep = found.start() + (place.find(",") if "," in place else len(place))
    if not (found.group("agency") or found.group("release") or _DIGITS.search(text, keep, found.end())):
        return text  # capitals, a comma and a dash, but no agency and no date: "UNION LEADERS, angry at the cuts - "
    return text[:keep] + " " * (found.end() - keep) + text[found.end() :]


def sentence_features(source: Source, source_index: int, modes: Mapping[str, str] | None = None) -> list[_Features]:
    """Compute the alignment features of every sentence of ``source``; ``modes`` are its claims' modes (see
    :func:`engine.conflicts.claim_modes`), worked out here unless given."""
    if modes is None:
        modes = claim_modes(source.sentences)
    out = []
    for sentence in source.sentences:
        spans = clause_spans(sentence.text)
        text = _without_dateline(sentence.text) if sentence.index < 2 else sentence.text
        if len(spans) > 1:
            pieces = [_content_words(text[x:y]) for x, y in spans]
            words = [w for piece in pieces for w in piece]
            clauses = tuple(Counter([stem_of(w) for w in piece]) for piece in pieces)
            stems = sum(clauses, Counter())  # a clause boundary never falls inside an idiom the lexicon joins
        else:
            clauses = ()
            words = _content_words(text)
            stems = Counter([stem_of(w) for w in words])
        names = frozenset(
            m.group().lower()
            for m in _NAME.finditer(text)
            if m.group() not in _NAME_STOP and not (m.start() == 0 and " " not in m.group())
        )
        quotes = tuple(q.lower() for q in _QUOTE.findall(sentence.text))
        signatures = frozenset(
            (c.type.value, counted_class(c.subject, c.predicate), c.predicate)
            for c in sentence.claims
            if c.type is not ClaimType.OTHER and (c.predicate or c.subject)
        )
        figures = tuple(
            (
                c.kind.value,
                c.quantity.unit,
                value,
                counted_class(c.subject, c.predicate),
                c.predicate,
                c.quantity,
                _linking_mode(modes.get(c.id)),
                c.subject,
            )
            for c in sentence.claims
            if (value := _value(c)) is not None
        )
        out.append(
            _Features(
                ref=SentenceRef.model_construct(source=source.id, sentence=sentence.id),  # both ids already valid
                source_index=source_index,
                sentence_index=sentence.index,
                stems=stems,
                names=names,
                quotes=quotes,
                signatures=signatures,
                figures=figures,
                position=sentence.index / max(1, len(source.sentences) - 1),
                years=frozenset(years_named(sentence)),
                looks_back=bool(looking_back(sentence.text)),
                clauses=clauses,
                plain=_DIGITS.sub(" ", text.lower()),
                words=tuple(words),
            )
        )
    return out


@dataclass(frozen=True)
class AlignOptions:
    """Tuning of the aligner; ``None`` takes the link model's own setting, chosen by cross-validation on our
    development cases (see :mod:`engine.linkmodel` and BENCHMARKS.md)."""

    threshold: float | None = None
    """Lowest pair probability that makes a link, 0 to 1."""
    margin: float | None = None
    """How far (in log-odds) a pair may fall below a sentence's best pair with the other source and still count as
    its best."""
    candidates: int = 4
    """Candidates per sentence and other source scored in full."""
    model: LinkModel | None = None
    """The link model; ``None`` for the one shipped with the engine."""


@dataclass(frozen=True)
class Pair:
    """A scored pair of sentences from two sources."""

    a: _Features
    b: _Features
    score: float
    why: str


def _mark_background(features: list[_Features], dates: Iterable[str | None] = ()) -> None:
    """Flag sentences that name a year before the event's year (see :func:`engine.claims.event_year`)."""
    year = event_year((y for f in features for y in f.years), dates)
    if year is None:
        return
    for f in features:
        if f.years and max(f.years) < year:
            f.looks_back = True


def _idf(features: list[_Features]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for f in features:
        df.update(f.stems.keys())
    total = len(features) + 1
    return {stem: math.log(total / (count + 0.5)) + 1.0 for stem, count in df.items()}


def _weighted(stems: Counter[str], idf: Mapping[str, float]) -> tuple[dict[str, float], float]:
    """TF-IDF weights of counted stems, with their norm (1 for no stems)."""
    vector = {stem: (1 + math.log(count)) * idf[stem] for stem, count in stems.items()}
    return vector, math.sqrt(sum(v * v for v in vector.values())) or 1.0


def _vectorise(features: list[_Features], idf: Mapping[str, float]) -> None:
    for f in features:
        f.vector, f.norm = _weighted(f.stems, idf)
        f.units = ((f.vector, f.norm), *(_weighted(clause, idf) for clause in f.clauses))
        f.length = math.log1p(len(f.vector))


def _unit_cosine(x: dict[str, float], x_norm: float, y: dict[str, float], y_norm: float) -> float:
    if len(x) > len(y):
        x, y = y, x
    dot = sum([v * y[k] for k, v in x.items() if k in y])
    return dot / (x_norm * y_norm)


FEATURES = (
    "clause_cosine",
    "figures",
    "figure_rarity",
    "distance",
    "period",
    "quote",
    "names",
    "token_set",
    "length",
    "gap_a",
    "gap_b",
    "clause_gap",
    "lead",
    "both_figures",
    "overlap",
)
"""What the link model reads of a pair of sentences, in order (see :func:`_measure`)."""

_Figure = tuple[str, str | None, float, str | None, str | None, Quantity, str | None, str | None]
_Slots = dict[tuple[str, str | None, str | None], list[tuple[int, _Figure]]]


def _figure_match(x: _Figure, y: _Figure) -> float:
    """How well two figures could be the same figure, whatever the words around them, 0 to 1: the same kind, unit
    and mode, for counts the same thing counted, and values within a factor of two (a different value is the conflict
    to find, a tenfold one another figure). A time of day matches only the same minute ("at 23:15" and "at 11.15pm"):
    told once in each article, it is a rare figure too, while "06:40" and "06:45" may be two moments."""
    kind = x[0]
    if kind != y[0] or x[1] != y[1] or x[6] != y[6] or kind == "date":
        return 0.0
    if kind == "time":
        return 1.0 if x[2] == y[2] else 0.0
    subject, predicate, subject2, predicate2 = x[3], x[4], y[3], y[4]
    if kind == "count":
        if subject and subject2 and subject != subject2:
            return 0.0
        if predicate and predicate2 and predicate != predicate2:
            return 0.0
    value, value2 = abs(x[2]), abs(y[2])
    scale = value if value > value2 else value2
    if scale == 0:
        return 1.0
    ratio = (value2 if value > value2 else value) / scale
    if ratio < 0.5:
        # a slip of the pen about one thing ("Fourteen health workers" and "Four health workers", "13 hours" and
        # "31 hours", "3,000" and "about 300"): half a match, when the sentences say what is counted
        named = kind != "count" or bool(x[7] and x[7] == y[7])  # the same noun: not "seven crew", "17 Australians"
        return 0.5 if named and _slip(value, value2) else 0.0
    weight = 0.5 if kind == "count" and not (subject or subject2 or predicate or predicate2) else 1.0
    return weight * (0.5 + ratio / 2)


def _slip(x: float, y: float) -> bool:
    """Two whole numbers one slip of the pen apart: the same digits in another order (13 and 31), a digit dropped or
    added (14 and 4, 1,284 and 128), or the same digits ten times apart (3,000 and 300)."""
    if x != int(x) or y != int(y) or min(x, y) < 1:
        return False
    a, b = str(int(x)), str(int(y))
    if len(a) == len(b):
        return a != b and sorted(a) == sorted(b)
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(long) - len(short) != 1:
        return False
    if long.rstrip("0") == short.rstrip("0"):
        return True  # 3000 and 300
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _slots(features: list[_Features]) -> _Slots:
    """A source's figures by (kind, unit, mode), each list sorted by absolute value, with the sentence stating each."""
    slots: _Slots = defaultdict(list)
    for f in features:
        for figure in f.figures:
            slots[(figure[0], figure[1], figure[6])].append((f.sentence_index, figure))
    for listed in slots.values():
        listed.sort(key=lambda item: abs(item[1][2]))
    return slots


_ENOUGH = 4
"""Past this many sentences stating a figure, its rarity no longer matters (1/16 or less)."""


def _stating(slots: _Slots, figure: _Figure, memo: dict[int, int] | None = None) -> int:
    """How many sentences of a source state a figure that could be ``figure``, up to :data:`_ENOUGH` (memoised by
    the figure's identity). Only figures within a factor of two can match, found by bisection."""
    if memo is not None:
        found = memo.get(id(figure))
        if found is not None:
            return found
    listed = slots.get((figure[0], figure[1], figure[6]), [])
    value = abs(figure[2])
    k = bisect_left(listed, value / 2, key=lambda item: abs(item[1][2]))
    sentences: set[int] = set()
    while k < len(listed) and abs(listed[k][1][2]) <= value * 2 and len(sentences) < _ENOUGH:
        index, other = listed[k]
        if index not in sentences and _figure_match(other, figure) > 0.0:
            sentences.add(index)
        k += 1
    if memo is not None:
        memo[id(figure)] = len(sentences)
    return len(sentences)


def _figure_rarity(
    a: _Features,
    b: _Features,
    slots_a: _Slots,
    slots_b: _Slots,
    memo_a: dict[int, int] | None = None,
    memo_b: dict[int, int] | None = None,
) -> float:
    """How well a figure of one sentence matches one of the other (see :func:`_figure_match`), divided by how many
    sentences of each source could state it: a figure that only one sentence of each article gives ("41 persons were
    rescued", "44 people survived") says more than a figure the articles give in many sentences. 0 to 1."""
    rare = 0.0
    for x in a.figures:
        for y in b.figures:
            match = _figure_match(x, y)
            if match > rare:
                stating = max(1, _stating(slots_a, y, memo_a)) * max(1, _stating(slots_b, x, memo_b))
                rare = max(rare, match / stating)
    return rare


def _quoted_alike(a: _Features, b: _Features) -> bool:
    return any(fuzz.ratio(qa, qb) >= 85 or fuzz.partial_ratio(qa, qb) >= 92 for qa in a.quotes for qb in b.quotes)


@dataclass
class _Context:
    """What a pair's measurements need from the rest of the two sources: each sentence's best cosine against the other
    source, each clause's, and the figures of each source."""

    best_a: dict[int, float]
    best_b: dict[int, float]
    unit_a: dict[tuple[int, int], float]
    unit_b: dict[tuple[int, int], float]
    slots_a: _Slots
    slots_b: _Slots
    memo_a: dict[int, int] = field(default_factory=dict)
    """How many sentences of source a could state each figure of source b (by the figure's identity)."""
    memo_b: dict[int, int] = field(default_factory=dict)


_Cosines = tuple[list[float], list[float]]


def _context(cosines: Mapping[tuple[int, int], _Cosines], slots_a: _Slots, slots_b: _Slots) -> _Context:
    """The context of the candidate pairs (i, j) of two sources, from the cosines of each pair (see
    :func:`_unit_cosines`): each sentence's and each clause's best cosine against the other source."""
    context = _Context(defaultdict(float), defaultdict(float), defaultdict(float), defaultdict(float), slots_a, slots_b)
    for (i, j), (cu, cv) in cosines.items():
        context.best_a[i] = max(context.best_a[i], cu[0])
        context.best_b[j] = max(context.best_b[j], cv[0])
        for k, c in enumerate(cu):
            context.unit_a[(i, k)] = max(context.unit_a[(i, k)], c)
        for k, c in enumerate(cv):
            context.unit_b[(j, k)] = max(context.unit_b[(j, k)], c)
    return context


def _unit_cosines(a: _Features, b: _Features) -> _Cosines:
    """Cosines of a and each of its clauses against b, and of b and each of its clauses against a (the first of
    each list is the two whole sentences' cosine)."""
    cosine = _unit_cosine(a.vector, a.norm, b.vector, b.norm)
    cu = [cosine]
    for v, n in a.units[1:]:
        cu.append(_unit_cosine(v, n, b.vector, b.norm))
    cv = [cosine]
    for v, n in b.units[1:]:
        cv.append(_unit_cosine(a.vector, a.norm, v, n))
    return cu, cv


def _measure(
    a: _Features,
    b: _Features,
    context: _Context,
    cosines: _Cosines,
    cut: _Cut | None = None,
) -> list[float] | None:
    """The pair's measurements, in the order of :data:`FEATURES`; ``None`` when ``cut`` tells from the cheap ones
    that the pair cannot link.

    - clause_cosine: the TF-IDF cosine of the two sentences' stems, or of a clause of one against the other when
      that is higher (a lead that packs several facts shares one of them with a shorter sentence);
    - figures: :func:`figure_agreement` where the words already overlap (cosine above 0.05); figure_rarity: see
      :func:`_figure_rarity`; both_figures: both sentences state figures;
    - distance: of the two sentences' relative positions; period: one is background about an earlier time and the
      other not, or they name different years; lead: one is its article's first sentence;
    - quote: a shared quotation; names: shared names (up to 3); token_set: rapidfuzz ``token_set_ratio`` of the
      texts without digits, 0 to 1; length: log of the number of stems of the longer sentence; overlap: see
      :func:`_overlap`;
    - gap_a, gap_b: how far the pair's cosine is below the best cosine of each sentence against the other source (0
      when each is the other's best); clause_gap: the larger of the two sentences' gaps, each taken for whichever
      of its clauses comes closest to having the other sentence as its best partner.
    """
    cu, cv = cosines
    cosine = cu[0]
    i, j = a.sentence_index, b.sentence_index
    best_a, best_b = context.best_a[i], context.best_b[j]
    if len(cu) == 1:
        gap_u = best_a - cosine
        clause = cosine
    else:
        unit_a = context.unit_a
        gap_u = min([unit_a[(i, k)] - c for k, c in enumerate(cu)])
        clause = max(cu)
    if len(cv) == 1:
        gap_v = best_b - cosine
    else:
        unit_b = context.unit_b
        gap_v = min([unit_b[(j, k)] - c for k, c in enumerate(cv)])
        clause = max(clause, max(cv))
    period = a.looks_back != b.looks_back or bool(a.years and b.years and not a.years & b.years)
    both_figures = bool(a.figures and b.figures)
    values = [
        clause,
        0.0,  # figures
        0.0,  # figure_rarity
        abs(a.position - b.position),
        1.0 if period else 0.0,
        0.0,  # quote
        0.0,  # names
        0.0,  # token_set
        max(a.length, b.length),
        best_a - cosine,
        best_b - cosine,
        max(gap_u, gap_v),
        1.0 if a.position == 0 or b.position == 0 else 0.0,
        1.0 if both_figures else 0.0,
        _overlap(a, b),
    ]
    if cut is not None and cut.hopeless(values, both_figures, bool(a.quotes and b.quotes), bool(a.names and b.names)):
        return None
    if a.quotes and b.quotes and _quoted_alike(a, b):
        values[_QUOTED] = 1.0
    if a.names and b.names:
        values[_NAMES] = float(min(len(a.names & b.names), 3))
    values[_TOKEN_SET] = fuzz.token_set_ratio(a.plain, b.plain) / 100
    if both_figures:
        values[_FIGURES] = figure_agreement(a, b) if cosine > 0.05 else 0.0
        values[_RARITY] = _figure_rarity(a, b, context.slots_a, context.slots_b, context.memo_a, context.memo_b)
    return values


_FIGURES = FEATURES.index("figures")
_RARITY = FEATURES.index("figure_rarity")
_QUOTED = FEATURES.index("quote")
_NAMES = FEATURES.index("names")
_TOKEN_SET = FEATURES.index("token_set")


class _Cut:
    """Tells, from the cheap measurements alone, that a pair cannot reach a probability: the most the late
    measurements (word overlap; shared names and quotations, when both sentences have some; figures, when both
    state some) could add to its log-odds is bounded by their ranges. Skipping such pairs changes nothing: a pair below
    the grouping floor neither links nor joins a group."""

    def __init__(self, model: LinkModel, floor: float) -> None:
        weights = model.weights
        self.weights = weights
        self.bias = model.bias
        self.floor = _logit(floor)

        def most(index: int, high: float) -> float:
            return max(0.0, weights[index] * high)

        self.slack_words = most(_TOKEN_SET, 1.0)
        self.slack_quote = most(_QUOTED, 1.0)
        self.slack_names = most(_NAMES, 3.0)
        self.slack_figures = most(_FIGURES, 1.0) + most(_RARITY, 1.0)

    def hopeless(self, values: list[float], figures: bool, quotes: bool, names: bool) -> bool:
        early = self.bias + sum([w * v for w, v in zip(self.weights, values, strict=True)])
        slack = self.slack_words
        if figures:
            slack += self.slack_figures
        if quotes:
            slack += self.slack_quote
        if names:
            slack += self.slack_names
        return early + slack < self.floor


def why(a: _Features, b: _Features) -> str:
    """A short reason for linking two sentences: their strongest shared words, a shared claim, names, a quotation."""
    reasons = []
    shared = sorted(set(a.stems) & set(b.stems), key=lambda s: (-a.vector.get(s, 0.0), s))[:4]
    written: dict[str, str] = {}  # the word as the first sentence has it, not its concept or stem
    if shared:
        wanted = set(shared)
        for word in a.words:
            word = word.lower()
            stem = stem_of(word)
            if stem in wanted and stem not in written:
                written[stem] = word
                if len(written) == len(wanted):
                    break
    words = [written.get(s, s.lstrip("§")) for s in shared]
    if words:
        reasons.append("words: " + ", ".join(words))
    shared_claims = a.signatures & b.signatures
    if shared_claims:
        label = sorted(" ".join(x for x in (subj, pred) if x) or t for t, subj, pred in shared_claims)[0]
        reasons.append(f"same claim: {label}")
    elif max((_figure_match(x, y) for x in a.figures for y in b.figures), default=0.0) >= 0.75:
        reasons.append("similar figures")
    common_names = sorted(a.names & b.names)[:3]
    if common_names:
        reasons.append("names: " + ", ".join(common_names))
    if _quoted_alike(a, b):
        reasons.append("shared quotation")
    return "; ".join(reasons) or "similar wording"


def _first(by_source: dict[int, list[tuple[int, float]]], cap: int) -> Iterable[tuple[int, list[tuple[int, float]]]]:
    """The postings of one stem, source by source in source order, cut after the first ``cap`` overall. (Postings
    are added source by source, so the dictionary is in source order.)"""
    left = cap
    for source_index, postings in by_source.items():
        yield source_index, postings if len(postings) <= left else postings[:left]
        left -= len(postings)
        if left <= 0:
            return


_FIGURE_CANDIDATES = 2
"""Candidates per sentence and other source found by the precise figures they share, besides those found by words."""


def _specific_figures(f: _Features) -> list[tuple[str, str, str]]:
    """The figures of a sentence precise enough that two sentences giving the same one are worth scoring in full, as
    keys for the candidates' index: three significant digits or a decimal ("911.6 billion zlotys", "3.4%", "10,750
    won", "4.25 per euro"), whatever the words around them ("Spending is planned at 911.6 billion zlotys" and "State
    budget expenditure: PLN 911.6 billion" share one word), or a time of day ("closed the valve at 23:15" and "the
    flow was isolated at 11.15pm"). Not a round figure ("12", "300", "2,000"), which many facts share, and not a date.
    The link model still decides: a shared figure finds a candidate and no more."""
    keys = set()
    for kind, unit, value, *_ in f.figures:
        if kind == Kind.DATE:
            continue
        if kind == Kind.TIME:
            keys.add(("figure", "time", str(value)))
            continue
        digits, exponent = significant_digits(value)
        if len(digits) < 3 and exponent >= 0:
            continue  # two significant digits or fewer, and whole
        keys.add(("figure", f"{kind}/{unit}", f"{digits}e{exponent}"))
    return sorted(keys)


def _candidates(features: list[list[_Features]], limit: int) -> dict[tuple[int, int], list[int]]:
    """For every sentence, its most promising partners in each other source.

    One inverted index over all sources: each sentence looks up its heaviest stems (and its claim signatures) once,
    and the sentences sharing the most weight with it, per other source, become candidates. Stems found in very
    many sentences carry little signal and are skipped, so the work per sentence stays bounded. The sentences that
    share the most precise figures with it (see :func:`_specific_figures`) are candidates too, up to
    :data:`_FIGURE_CANDIDATES` more per other source, never in the place of those its words find.

    Returns:
        ``{(source index, sentence index): [candidate flat indices...]}`` where flat indices run over all sources.
    """
    flat = [f for fs in features for f in fs]
    # Postings are kept per source, each holding (sentence, its weight for the stem), so that a sentence never walks
    # the postings of its own source. Flat indices run source by source, so a stem's first postings overall are
    # those of the first sources.
    # Weights are divided by their sentence's norm up front: candidates are ranked by their share of weight.
    stems: dict[str, dict[int, list[tuple[int, float]]]] = defaultdict(dict)
    signatures: dict[tuple[str, str | None, str | None], dict[int, list[tuple[int, float]]]] = defaultdict(dict)
    figures: dict[tuple[str, str, str], dict[int, list[int]]] = defaultdict(dict)
    df: Counter[str] = Counter()
    specific = [_specific_figures(f) for f in flat]
    for g, f in enumerate(flat):
        own = f.source_index
        for stem, weight in f.vector.items():
            stems[stem].setdefault(own, []).append((g, weight / f.norm))
            df[stem] += 1
        for sig in sorted(f.signatures, key=repr):  # a fixed order, whatever the hash seed
            signatures[sig].setdefault(own, []).append((g, 0.1))
        for key in specific[g]:
            figures[key].setdefault(own, []).append(g)
    cap = 60  # a stem in more than 60 sentences is too common to find partners by; this bounds the work
    sig_count = {sig: sum(len(postings) for postings in by_source.values()) for sig, by_source in signatures.items()}
    out: dict[tuple[int, int], list[int]] = {}
    for g, f in enumerate(flat):
        # The ten heaviest stems of a sentence find its partners; all stems refine the full score later.
        # (A stable sort: ties keep the order of the vector.)
        heavy = sorted(f.vector.items(), key=itemgetter(1), reverse=True)[:10]
        usable = [(stem, weight) for stem, weight in heavy if df[stem] <= cap]
        if not usable and heavy:
            # Only common words: look among the first sentences that share the rarest of them.
            stem, weight = min(heavy, key=lambda item: df[item[0]])
            usable = [(stem, weight)]
        own = f.source_index
        found: dict[int, dict[int, float]] = {}  # per other source: candidate -> shared weight
        # (postings, weight, whether the postings may need cutting at the cap): a stem's postings are cut only in the
        # fallback above, where the stem may be in more than the cap's sentences
        lookups = [(stems[stem], weight, df[stem] > cap) for stem, weight in usable]
        lookups += [(signatures[sig], f.norm, sig_count[sig] > cap) for sig in sorted(f.signatures, key=repr)]
        for by_source, weight, long in lookups:
            for source_index, postings in _first(by_source, cap) if long else by_source.items():
                if source_index != own:
                    scores = found.get(source_index)
                    if scores is None:
                        scores = found[source_index] = {}
                    get = scores.get  # faster than a defaultdict, whose every new key is a call to __missing__
                    for h, other_weight in postings:
                        scores[h] = get(h, 0.0) + weight * other_weight
        for source_index, scores in found.items():
            # Highest first, ties in the order met (nlargest is sorted(..., reverse=True)[:limit], ties included).
            out[(g, source_index)] = heapq.nlargest(limit, scores, key=scores.__getitem__)
        if specific[g]:
            shared: dict[int, Counter[int]] = defaultdict(Counter)  # per other source: candidate -> figures shared
            for key in specific[g]:
                for source_index, sentences in figures[key].items():
                    if source_index != own and len(sentences) <= cap:
                        shared[source_index].update(sentences)
            for source_index, counts in shared.items():
                listed = out.setdefault((g, source_index), [])
                extra = [h for h, _ in counts.most_common() if h not in listed][:_FIGURE_CANDIDATES]
                listed.extend(extra)
    return out


def _key(a: _Features, b: _Features) -> tuple[str, str]:
    """A pair of sentences as a dictionary key, whatever their order."""
    x, y = a.ref.sentence, b.ref.sentence
    return (x, y) if x < y else (y, x)


_Candidates = dict[tuple[int, int], list[int]]


def _prepare(
    sources: list[Source], options: AlignOptions, modes: Mapping[str, str] | None = None
) -> tuple[list[list[_Features]], _Candidates, list[int]]:
    """Features of every sentence (vectors fitted on these sources) and each sentence's candidates; ``modes`` are the
    claims' modes (see :func:`engine.conflicts.claim_modes`), worked out here unless given."""
    features = [sentence_features(source, k, modes) for k, source in enumerate(sources)]
    flat = [f for fs in features for f in fs]
    _mark_background(flat, [source.date for source in sources])
    _vectorise(flat, _idf(flat))
    candidates = _candidates(features, options.candidates)
    offsets = [0]
    for fs in features:
        offsets.append(offsets[-1] + len(fs))
    return features, candidates, offsets


def _measured_pairs(
    features: list[list[_Features]],
    candidates: dict[tuple[int, int], list[int]],
    offsets: list[int],
    score: Callable[[list[float]], _T],
    cut: _Cut | None = None,
) -> Iterable[tuple[int, int, dict[tuple[int, int], _T]]]:
    """For each two sources (x, y), ``score`` of the measurements of every candidate pair (i, j) of their sentences
    (but those ``cut`` finds hopeless)."""
    slots = [_slots(fs) for fs in features]
    for x, y in combinations(range(len(features)), 2):
        keys: set[tuple[int, int]] = set()
        for i in range(len(features[x])):
            for h in candidates.get((offsets[x] + i, y), ()):
                keys.add((i, h - offsets[y]))
        for j in range(len(features[y])):
            for h in candidates.get((offsets[y] + j, x), ()):
                keys.add((h - offsets[x], j))
        a_feats, b_feats = features[x], features[y]
        cosines = {key: _unit_cosines(a_feats[key[0]], b_feats[key[1]]) for key in sorted(keys)}
        context = _context(cosines, slots[x], slots[y])
        measured = {}
        for key, pair_cosines in cosines.items():
            values = _measure(a_feats[key[0]], b_feats[key[1]], context, pair_cosines, cut)
            if values is not None:
                measured[key] = score(values)
        yield x, y, measured


def pair_measurements(a: _Features, b: _Features) -> list[float]:
    """The measurements (see :data:`FEATURES`) of two sentences taken on their own, as if each article held only
    that sentence: each is the other's best partner. ``a`` and ``b`` come from :func:`sentence_features` with vectors
    fitted (``_vectorise``) over a vocabulary of the caller's choice."""
    cosines = _unit_cosines(a, b)
    context = _context({(a.sentence_index, b.sentence_index): cosines}, _slots([a]), _slots([b]))
    values = _measure(a, b, context, cosines)
    assert values is not None  # no cut was given
    return values


def pair_table(
    sources: list[Source], options: AlignOptions | None = None
) -> list[tuple[SentenceRef, SentenceRef, list[float]]]:
    """The measurements (see :data:`FEATURES`) of every candidate pair of sentences the aligner would score, for
    fitting and inspecting the link model."""
    options = options or AlignOptions()
    features, candidates, offsets = _prepare(sources, options)
    out = []
    for x, y, measured in _measured_pairs(features, candidates, offsets, list):
        for (i, j), values in measured.items():
            out.append((features[x][i].ref, features[y][j].ref, values))
    return out


def align(
    sources: list[Source], options: AlignOptions | None = None, *, modes: Mapping[str, str] | None = None
) -> list[Link]:
    """Link sentences across ``sources`` that report the same fact.

    Args:
        sources: Two or more sources.
        options: Tuning; the defaults suit news articles.
        modes: The claims' modes (see :func:`engine.conflicts.claim_modes`), when the caller has worked them out.

    Returns:
        Links ordered by the position of their first member, ids ``L1``, ``L2``...
    """
    options = options or AlignOptions()
    model = options.model or default_model()
    if model.features != FEATURES:
        raise ValueError(
            f"the link model reads {', '.join(model.features)}; the aligner measures {', '.join(FEATURES)}: refit it"
            " with benchmarks/train_linker.py"
        )
    threshold = model.threshold if options.threshold is None else options.threshold
    margin = model.margin if options.margin is None else options.margin
    features, candidates, offsets = _prepare(sources, options, modes)
    known: dict[tuple[str, str], float] = {}
    pairs: list[Pair] = []
    cut = _Cut(model, min(threshold, _GROUP_FLOOR))
    for x, y, logits in _measured_pairs(features, candidates, offsets, model.logit, cut):
        pairs.extend(_select(features[x], features[y], logits, _logit(threshold), margin, known))
    pairs.extend(_one_happening(features, known, pairs))
    pairs.extend(_one_figure(features, known, pairs))
    return _group(pairs, sources, known)


_HAPPENING_FLOOR = 0.1
"""The least link probability at which the only two sentences of two articles that count one happening are linked."""


def _one_happening(
    features: list[list[_Features]], known: Mapping[tuple[str, str], float], pairs: list[Pair]
) -> list[Pair]:
    """Pairs of the only sentence of each of two articles that counts people something happened to (killed,
    injured, missing, rescued...), today and not as a forecast or a capacity, when their link probability reaches
    :data:`_HAPPENING_FLOOR` and they are not linked yet: "As of 1800H, a total of 196 persons have been rescued" and
    "Coast guard records show 169 people were rescued" report one fact in few shared words."""
    paired = {_key(p.a, p.b) for p in pairs}
    stating: list[dict[tuple[str, str | None], list[_Features]]] = []
    for fs in features:
        by_happening: dict[tuple[str, str | None], list[_Features]] = defaultdict(list)
        for f in fs:
            if f.looks_back:
                continue
            for kind, _unit, _value, subject, predicate, _q, mode, _noun in f.figures:
                if kind == "count" and predicate in HAPPENS_TO_PEOPLE and mode is None:
                    sentences = by_happening[(predicate, subject)]
                    if not sentences or sentences[-1] is not f:
                        sentences.append(f)
        stating.append(by_happening)
    return _only_ones(stating, known, paired)


def _one_figure(
    features: list[list[_Features]], known: Mapping[tuple[str, str], float], pairs: list[Pair]
) -> list[Pair]:
    """Pairs of the only sentence of each of two articles that gives one precise figure (see
    :func:`_specific_figures`: "31,500 enumerators" and "31,500 census workers"), when their link probability reaches
    :data:`_HAPPENING_FLOOR` and they are not linked yet."""
    paired = {_key(p.a, p.b) for p in pairs}
    stating: list[dict[tuple[str, str, str], list[_Features]]] = []
    for fs in features:
        by_figure: dict[tuple[str, str, str], list[_Features]] = defaultdict(list)
        for f in fs:
            if not f.looks_back:
                for precise in _specific_figures(f):
                    by_figure[precise].append(f)
        stating.append(by_figure)
    return _only_ones(stating, known, paired)


def _only_ones(
    stating: Sequence[Mapping[_K, list[_Features]]],
    known: Mapping[tuple[str, str], float],
    paired: set[tuple[str, str]],
) -> list[Pair]:
    """For each two articles and each key (a happening, a precise figure) that one sentence of each states, that pair,
    when its link probability reaches :data:`_HAPPENING_FLOOR` and it is not in ``paired`` yet."""
    floor = _logit(_HAPPENING_FLOOR)
    out = []
    for x, y in combinations(range(len(stating)), 2):
        for key_of_fact, here in stating[x].items():
            there = stating[y].get(key_of_fact, [])
            if len(here) != 1 or len(there) != 1:
                continue
            a, b = here[0], there[0]
            key = _key(a, b)
            z = known.get(key, float("-inf"))
            if key in paired or z < floor:
                continue
            paired.add(key)
            out.append(Pair(a, b, 1.0 / (1.0 + math.exp(-z)), why(a, b)))
    return out


def _logit(probability: float) -> float:
    if probability <= 0.0:
        return float("-inf")
    if probability >= 1.0:
        return float("inf")
    return math.log(probability / (1 - probability))


def _select(
    a_feats: list[_Features],
    b_feats: list[_Features],
    logits: dict[tuple[int, int], float],
    floor: float,
    margin: float,
    known: dict[tuple[str, str], float],
) -> list[Pair]:
    """The pairs of two sources that link: above ``floor`` (log-odds) and (nearly) the best for both their
    sentences. News sentences rarely report the same fact as several sentences of one other article; but a sentence
    that packs several facts may link to one sentence per fact, so a pair that is the best for one sentence and
    not for the other is kept when the other has clauses. ``known`` gathers every pair's log-odds."""
    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for (i, j), z in logits.items():
        known[_key(a_feats[i], b_feats[j])] = z
        if z > best_a.get(i, float("-inf")):
            best_a[i] = z
        if z > best_b.get(j, float("-inf")):
            best_b[j] = z
    pairs = []
    for (i, j), z in logits.items():
        if z < floor:
            continue
        a, b = a_feats[i], b_feats[j]
        near_a = z >= best_a[i] - margin
        near_b = z >= best_b[j] - margin
        if (near_a and near_b) or (near_a and len(b.units) > 1) or (near_b and len(a.units) > 1):
            pairs.append(Pair(a, b, 1.0 / (1.0 + math.exp(-z)), why(a, b)))
    return pairs


_GROUP_FLOOR = 0.2
"""A sentence joins a group of linked sentences only when its link probability with every member is at least this."""


@dataclass
class _Group:
    members: dict[str, _Features]
    scores: list[float]
    why: str


def _group(pairs: list[Pair], sources: list[Source], known: dict[tuple[str, str], float]) -> list[Link]:
    """Merge pairwise matches into N-way groups where each source appears once; the rest stay pairs.

    A sentence joins a group when it matches one member and is at least loosely similar (a link probability of
    :data:`_GROUP_FLOOR`, from the log-odds in ``known``) to every other member, so chains of look-alikes do not
    snowball.
    """
    floor = _logit(_GROUP_FLOOR)
    groups: list[_Group] = []
    where: dict[SentenceRef, list[int]] = defaultdict(list)
    extra: list[Pair] = []
    for pair in sorted(pairs, key=lambda p: -p.score):
        in_a, in_b = where.get(pair.a.ref, []), where.get(pair.b.ref, [])
        if not in_a and not in_b:
            groups.append(_Group({pair.a.ref.source: pair.a, pair.b.ref.source: pair.b}, [pair.score], pair.why))
            where[pair.a.ref].append(len(groups) - 1)
            where[pair.b.ref].append(len(groups) - 1)
            continue
        if set(in_a) & set(in_b):
            continue  # both already in one group, through other members: a second link would repeat it
        placed = False
        for g_index in in_a + in_b:
            group = groups[g_index]
            inside, outside = (pair.a, pair.b) if g_index in in_a else (pair.b, pair.a)
            if outside.ref.source in group.members:
                continue
            others = [m for m in group.members.values() if m is not inside]
            if all(known.get(_key(outside, m), float("-inf")) >= floor for m in others):
                group.members[outside.ref.source] = outside
                group.scores.append(pair.score)
                where[outside.ref].append(g_index)
                placed = True
                break
        if not placed:
            extra.append(pair)
    raw_links = [(list(g.members.values()), sum(g.scores) / len(g.scores), g.why) for g in groups]
    raw_links += [([p.a, p.b], p.score, p.why) for p in extra]
    order = {s.id: k for k, s in enumerate(sources)}
    raw_links.sort(key=lambda item: min((order[m.ref.source], m.sentence_index) for m in item[0]))
    links = []
    for k, (members, score, why) in enumerate(raw_links):
        members.sort(key=lambda m: (order[m.ref.source], m.sentence_index))
        links.append(Link(id=f"L{k + 1}", members=tuple(m.ref for m in members), score=round(score, 4), why=why))
    return links
