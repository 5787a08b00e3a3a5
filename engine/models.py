"""Provides the engine's data model: frozen pydantic models that every stage returns.

The shape follows the JSON that ``crosscheck claims`` and ``crosscheck compare`` print (schema 1): a
:class:`Comparison` holds :class:`Source` objects, each with its :class:`Sentence` objects and their
:class:`Claim` objects, plus the :class:`Link` and :class:`Conflict` objects found across sources.

Offsets: every ``start``/``end`` pair is a half-open range of character indices (``text[start:end]``) into
``Source.text``, the text the engine read: the decoded file with line endings normalised to ``\\n``; for HTML and
Markdown, the plain text extracted from the markup.

Quantities are intervals. ``low``/``high`` are ``None`` where unbounded; ``low_open``/``high_open`` mark an
exclusive bound ("more than 40" is ``low=40, low_open=True``). The meaning of each hedge:

===============================================  ==========================================
written                                          interval
===============================================  ==========================================
"15"                                             [15, 15]
"at least N", "no fewer than N", "N or more"     [N, none]
"more than N", "over N", "above N"               (N, none]  (exclusive)
"up to N", "at most N"                           [0, N]
"fewer than N", "less than N", "under N"         [0, N)  (exclusive)
"about/around/roughly/some/approximately N"      [0.9N, 1.1N]
"nearly N", "almost N"                           [0.9N, N]
"just over N" / "just under N"                   (N, 1.1N] / [0.9N, N)
"between A and B", "A to B", "A-B"               [A, B]
"a dozen", "two dozen", "half a dozen"           12, 24, 6
"dozens"                                         [24, 99]
"scores"                                         [40, 99]
"hundreds"                                       [100, 999]
"thousands"                                      [1000, 9999]
"tens of thousands"                              [10000, 99999]
"hundreds of thousands"                          [100000, 999999]
"millions"                                       [1000000, 999999999]
===============================================  ==========================================
"""

from __future__ import annotations

from enum import StrEnum
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ClaimRef",
    "Claim",
    "ClaimType",
    "Comparison",
    "CompareOptions",
    "Conflict",
    "Hedge",
    "Kind",
    "Link",
    "Quantity",
    "SCHEMA_VERSION",
    "Sentence",
    "SentenceRef",
    "Severity",
    "Source",
]

SCHEMA_VERSION = 1
"""Version of the JSON shape printed by ``claims`` and ``compare``; bumped on any incompatible change."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class Kind(StrEnum):
    """What sort of number a claim states."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    MEASURE = "measure"
    DURATION = "duration"
    DATE = "date"
    TIME = "time"


class ClaimType(StrEnum):
    """The small taxonomy of what a claim is about, decided from its predicate, subject and kind.

    - ``casualties``: people killed, injured, missing, hospitalised, infected.
    - ``damage``: buildings, homes, vehicles or infrastructure damaged or destroyed.
    - ``attack``: weapons launched, fired, intercepted; strikes and shots.
    - ``displacement``: people evacuated, displaced, rescued, made homeless.
    - ``arrests``: people arrested, detained, charged, convicted, sentenced.
    - ``money``: sums of money (costs, fines, aid, prices).
    - ``economy``: rates and economic figures (inflation, jobs, growth, votes, shares, percentages).
    - ``weather``: rainfall, wind, temperature, magnitude and other physical measures.
    - ``other``: everything else, including dates, times and durations.
    """

    CASUALTIES = "casualties"
    DAMAGE = "damage"
    ATTACK = "attack"
    DISPLACEMENT = "displacement"
    ARRESTS = "arrests"
    MONEY = "money"
    ECONOMY = "economy"
    WEATHER = "weather"
    OTHER = "other"


class Hedge(StrEnum):
    """How firmly a figure is stated; decides whether two overlapping figures still differ."""

    EXACT = "exact"
    """A plain figure: "15", "$2.5 million"."""
    LOWER = "lower"
    """A lower bound: "at least 15", "more than 40", "over two dozen"."""
    UPPER = "upper"
    """An upper bound: "up to 30", "fewer than 10"."""
    APPROX = "approx"
    """An approximation: "about 380", "nearly 400", "some 60"."""
    RANGE = "range"
    """An explicit range: "between 20 and 30"."""
    VAGUE = "vague"
    """An order of magnitude: "dozens", "hundreds", "thousands"."""


class Severity(StrEnum):
    """How serious a disagreement between two figures is."""

    CONTRADICTION = "contradiction"
    """The two figures cannot both be true: their intervals do not overlap."""
    DISCREPANCY = "discrepancy"
    """The figures differ but are compatible through hedges or rounding ("at least 15" vs "at least 11")."""


class Quantity(_Model):
    """A number as an interval in a normalised unit."""

    low: float | None
    """Lowest value the text allows, in ``unit``; ``None`` if unbounded below."""
    high: float | None
    """Highest value the text allows, in ``unit``; ``None`` if unbounded above."""
    unit: str | None = None
    """``None`` for counts; an ISO 4217 code for money; ``%`` or ``pp`` for percentages; an SI unit for measures
    (``m``, ``kg``, ``m2``, ``L``, ``m/s``, ``°C``, ``W``, ``magnitude``); ``s``, ``month`` or ``year`` for
    durations; ``year`` or ``date`` (YYYYMMDD, or MMDD when no year is written) for dates; ``min`` (minutes after
    midnight) for times."""
    low_open: bool = False
    """True when ``low`` itself is excluded ("more than 40")."""
    high_open: bool = False
    """True when ``high`` itself is excluded ("fewer than 10")."""
    nominal: float | None = None
    """The figure as written, in ``unit`` ("at least 11" gives 11); ``None`` for vague words and ranges."""
    hedge: Hedge = Hedge.EXACT
    """How firmly the figure is stated."""
    tolerance: float = 0.0
    """Half a unit of the last digit written, in ``unit`` ("4 per cent": 0.5; "1.2 million": 50,000; "106F":
    0.28 °C). Zero for plain counts, which are exact. Figures this close are compatible only through rounding."""
    converted: bool = False
    """True when the figure was converted from a non-metric unit (°F, mph, knots, miles, feet, pounds), so the
    converted value carries the rounding of the original."""


class Claim(_Model):
    """One number in a sentence, with what it counts and who is cited for it."""

    id: str
    """Unique across a whole comparison: ``<sentence id>.c<n>``, e.g. ``s1.4.c2``."""
    kind: Kind
    """What sort of number this is."""
    type: ClaimType
    """What the claim is about."""
    text: str
    """The figure exactly as written, with its hedge words ("at least 5", "over two dozen")."""
    start: int
    """Offset of ``text`` in ``Source.text``."""
    end: int
    """End offset (exclusive) of ``text`` in ``Source.text``."""
    quantity: Quantity
    """The figure as an interval."""
    qualifier: str | None = None
    """The hedge as written, lower-cased ("at least", "more than", "about"); ``None`` for a plain figure."""
    subject: str | None = None
    """What is counted, as a lower-case plural noun ("people", "buildings"); ``None`` when nothing is."""
    predicate: str | None = None
    """What happened to the subject, normalised ("killed", "injured", "damaged", "launched")."""
    attribution: str | None = None
    """Who the sentence cites for the figure ("Kyiv Mayor Vitali Klitschko"); ``None`` when nobody is."""

    @property
    def sentence_id(self) -> str:
        """The id of the sentence the claim belongs to."""
        return self.id.rsplit(".", 1)[0]


class Sentence(_Model):
    """A sentence of an article's body."""

    id: str
    """Unique across a whole comparison: ``<source id>.<n>``, numbered from 1, e.g. ``s1.4``."""
    index: int
    """Position of the sentence in its source, from 0."""
    text: str
    """The sentence exactly as in ``Source.text[start:end]``."""
    start: int
    """Offset of the first character in ``Source.text``."""
    end: int
    """Offset after the last character in ``Source.text``."""
    paragraph: int = 0
    """Index of the paragraph (block of text between blank lines) the sentence belongs to, from 0."""
    claims: tuple[Claim, ...] = ()
    """The numbers the sentence states, in order."""


class Source(_Model):
    """One article, read, cleaned and split."""

    id: str
    """Unique within a comparison: ``s1``, ``s2``... in the order the sources were given."""
    path: str
    """The path as given, or ``-`` for standard input."""
    format: Literal["text", "markdown", "html"] = "text"
    """The format the content was read as (sniffed when the extension is missing or wrong)."""
    title: str | None = None
    """The headline, when the article has one."""
    byline: str | None = None
    """The author line ("By Jane Doe", "James Thompson"), when found."""
    date: str | None = None
    """The date line as written, when found."""
    outlet: str | None = None
    """The outlet or agency, when named in a dateline, credit or HTML metadata."""
    text: str
    """The text the engine read; all offsets point into it."""
    sentences: tuple[Sentence, ...] = ()
    """The body's sentences in reading order."""
    dropped: tuple[str, ...] = ()
    """Lines removed as page interface or metadata (photo credits, share bars), for transparency."""

    def sentence(self, sentence_id: str) -> Sentence:
        """Return the sentence with ``sentence_id``; raises ``KeyError`` if it is not in this source."""
        for sentence in self.sentences:
            if sentence.id == sentence_id:
                return sentence
        raise KeyError(sentence_id)

    @property
    def claims(self) -> tuple[Claim, ...]:
        """All claims of the source, in reading order."""
        return tuple(claim for sentence in self.sentences for claim in sentence.claims)

    @property
    def label(self) -> str:
        """A short human name: the outlet, else the title, else the file name."""
        if self.outlet:
            return self.outlet
        if self.title:
            return self.title
        return self.path.rsplit("/", 1)[-1]


class SentenceRef(_Model):
    """A pointer to one sentence of one source."""

    source: str
    """A ``Source.id``."""
    sentence: str
    """A ``Sentence.id``."""


class ClaimRef(_Model):
    """A pointer to one claim."""

    source: str
    """A ``Source.id``."""
    sentence: str
    """A ``Sentence.id``."""
    claim: str
    """A ``Claim.id``."""


class Link(_Model):
    """Sentences of different sources that report the same fact."""

    id: str
    """``L<n>``, unique within a comparison."""
    members: tuple[SentenceRef, ...]
    """Two or more sentences, from at least two sources."""
    score: float = Field(ge=0.0, le=1.0)
    """Confidence that the members report the same fact, 0 to 1."""
    why: str
    """A short readable reason ("same claim: people killed; shared names: Klitschko")."""


class Conflict(_Model):
    """Two figures, in linked sentences of different sources, that disagree."""

    id: str
    """``C<n>``, unique within a comparison."""
    severity: Severity
    """Contradiction or discrepancy."""
    members: tuple[ClaimRef, ...]
    """The two claims that disagree."""
    why: str
    """Both figures as written, with who is cited: what a journalist reads."""
    subject: str | None = None
    """What the figures count, e.g. "people injured"."""


class CompareOptions(_Model):
    """Options for :func:`engine.compare`; the engine reads no configuration of its own."""

    link_threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    """Lowest link probability kept, 0 to 1; ``None`` for the link model's own threshold."""
    max_sources: int = Field(default=20, ge=2)
    """Most sources accepted in one comparison."""


class Comparison(_Model):
    """The result of comparing N sources."""

    schema_version: int = SCHEMA_VERSION
    """Version of the JSON shape."""
    sources: tuple[Source, ...]
    """The sources in the order given."""
    links: tuple[Link, ...] = ()
    """Groups of sentences that report the same fact."""
    conflicts: tuple[Conflict, ...] = ()
    """Figures that disagree, contradictions first."""

    def source(self, source_id: str) -> Source:
        """Return the source with ``source_id``; raises ``KeyError`` when absent."""
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    @cached_property
    def _by_sentence(self) -> dict[str, tuple[list[Link], list[Conflict]]]:
        index: dict[str, tuple[list[Link], list[Conflict]]] = {}
        for link in self.links:
            for member in link.members:
                index.setdefault(member.sentence, ([], []))[0].append(link)
        for conflict in self.conflicts:
            for ref in conflict.members:
                entry = index.setdefault(ref.sentence, ([], []))[1]
                if conflict not in entry:
                    entry.append(conflict)
        return index

    def links_of(self, sentence_id: str) -> tuple[Link, ...]:
        """The links a sentence belongs to."""
        return tuple(self._by_sentence.get(sentence_id, ([], []))[0])

    def conflicts_of(self, sentence_id: str) -> tuple[Conflict, ...]:
        """The conflicts one of the sentence's figures is part of."""
        return tuple(self._by_sentence.get(sentence_id, ([], []))[1])

    def conflict_counts(self, source_id: str) -> tuple[int, int]:
        """How many contradictions and discrepancies involve a source."""
        involved = [c for c in self.conflicts if any(m.source == source_id for m in c.members)]
        return (
            sum(1 for c in involved if c.severity is Severity.CONTRADICTION),
            sum(1 for c in involved if c.severity is Severity.DISCREPANCY),
        )

    @property
    def contradictions(self) -> tuple[Conflict, ...]:
        """The conflicts whose figures cannot both be true."""
        return tuple(c for c in self.conflicts if c.severity is Severity.CONTRADICTION)

    @property
    def discrepancies(self) -> tuple[Conflict, ...]:
        """The conflicts compatible only through hedges or rounding."""
        return tuple(c for c in self.conflicts if c.severity is Severity.DISCREPANCY)
