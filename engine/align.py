"""Aligns sentences across N sources: which sentences report the same fact.

Plain fuzzy matching of whole sentences links differently written articles poorly (F1 about 0.75 in our
measurements) and lets a shared number glue unrelated sentences together. So each pair of sentences is scored from
several signals, with numbers kept out of the text signals:

- **words**: TF-IDF cosine over content-word stems (numbers, number words and stop words removed; event words and
  the news lexicon's synonyms normalised, so "died" and "killed", "blaze" and "fire" meet);
- **figures**: the sentences state a figure of the same kind and unit about the same thing (same subject class and
  predicate: "people killed"), close in value or off by a slip of magnitude. A different number must not keep apart
  two sentences reporting one fact, since that difference is the conflict we want; a figure alone never links;
- **position and period**: a small penalty for sentences far apart in their articles, and for background about an
  earlier event ("in 2007 the river reached 4.9m") set against today's news;
- **quotes**: a shared quotation links two sentences on its own.

Shared names, shared claim signatures and the strongest shared words make up the ``why`` of a link.

Candidates come from an inverted index over the rarer stems, so no full N x M matrix is ever built: memory stays
linear in the number of sentences. There is no ordering constraint (outlets tell events in different orders), a
sentence may link to several sentences of another source, and links merge into N-way groups when each source
appears in a group once.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations
from operator import itemgetter

from rapidfuzz import fuzz

from engine.claims import counted_class, event_year, looking_back, years_named
from engine.conflicts import claim_modes, classify
from engine.lexicon import STOP_WORDS, join_phrases, stem_of
from engine.models import Claim, ClaimType, Hedge, Link, Quantity, SentenceRef, Severity, Source

__all__ = ["AlignOptions", "Pair", "align", "score_pair", "sentence_features"]

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
    figures: tuple[tuple[str, str | None, float, str | None, str | None, Quantity, str | None], ...] = ()
    """(kind, unit, value, subject class, predicate, quantity, mode) of each figure, for figure agreement; the mode
    is a forecast's, a capacity's, an intraday figure's... (see :func:`engine.conflicts.claim_modes`)."""
    position: float = 0.0
    """Relative position of the sentence in its article, 0 (first) to 1 (last)."""
    years: frozenset[int] = frozenset()
    """Years the sentence names ("in 2019", "March 3, 2021")."""
    looks_back: bool = False
    """The sentence is about an earlier time ("last year's", "the previous record", "in 2007")."""
    vector: dict[str, float] = field(default_factory=dict)
    norm: float = 0.0


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
    for kind, unit, value, subject, predicate, qa, mode in a.figures:
        for kind2, unit2, value2, subject2, predicate2, qb, mode2 in b.figures:
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


def _same_digits(x: float, y: float) -> bool:
    """Whether two values differ only by a power of ten and have two significant digits or more: "2.5" and "25"."""
    digits = [f"{abs(v):.6f}".replace(".", "").strip("0") for v in (x, y)]
    return digits[0] == digits[1] and len(digits[0]) >= 2


def _linking_mode(mode: str | None) -> str | None:
    """The mode that keeps two figures from being "the same figure" for linking: a capacity, an intraday peak, a value
    with debt. Not a forecast: "61,000 nurses are expected to join" and "more than 60,000 nurses are set to strike"
    report one fact, and only some words of a forecast are known. Nor "in hospital now": "two remain hospitalized"
    and "two children were still being treated" are one fact told without the word. Nor a target: "coverage of 95% is
    needed" and "86 percent ..., short of the level experts say is needed" report one comparison."""
    return None if mode in ("forecast", "in hospital now", "target") else mode


def sentence_features(source: Source, source_index: int, modes: Mapping[str, str] | None = None) -> list[_Features]:
    """Compute the alignment features of every sentence of ``source``; ``modes`` are its claims' modes (see
    :func:`engine.conflicts.claim_modes`), worked out here unless given."""
    if modes is None:
        modes = claim_modes(source.sentences)
    out = []
    for sentence in source.sentences:
        words = join_phrases(_WORD.findall(sentence.text))
        stems = Counter([stem_of(w) for w in words if len(w) > 1 and w.lower() not in STOP_WORDS])
        names = frozenset(
            m.group().lower()
            for m in _NAME.finditer(sentence.text)
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
            )
            for c in sentence.claims
            if (value := _value(c)) is not None
        )
        out.append(
            _Features(
                ref=SentenceRef(source=source.id, sentence=sentence.id),
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
            )
        )
    return out


@dataclass(frozen=True)
class AlignOptions:
    """Tuning of the aligner; the defaults were chosen on tests/data/cases (see BENCHMARKS.md)."""

    threshold: float = 0.5
    """Lowest pair score that makes a link, 0 to 1."""
    candidates: int = 6
    """Candidates per sentence and other source scored in full."""
    margin: float = 0.03
    """A pair is kept when its raw score is within this margin of the best of both its sentences."""


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


def _vectorise(features: list[_Features], idf: dict[str, float]) -> None:
    for f in features:
        f.vector = {stem: (1 + math.log(count)) * idf[stem] for stem, count in f.stems.items()}
        f.norm = math.sqrt(sum(v * v for v in f.vector.values())) or 1.0


def _cosine(a: _Features, b: _Features) -> float:
    if len(a.vector) > len(b.vector):
        a, b = b, a
    other = b.vector
    dot = sum([v * other[k] for k, v in a.vector.items() if k in other])
    return dot / (a.norm * b.norm)


_RAW_THRESHOLD = 0.155
"""The raw score (see :func:`raw_score`) that maps to a link score of 0.5."""
_STEEPNESS = 12.0
_STRONG = 0.95
"""A pair this likely is kept when it is the best for one of its two sentences, not both, if the other one states two
figures or more: a lead that packs the story's main facts reports the facts of several sentences of another
article."""


def raw_score(a: _Features, b: _Features, position_weight: float = 0.2) -> tuple[float, float, float]:
    """The uncalibrated pair score with its two main parts: (score, word cosine, figure agreement).

    Word cosine carries most of the evidence; figure agreement adds up to 0.3 when the words already overlap (a
    shared figure alone never links two sentences); a small penalty grows with the distance between the two
    sentences' relative positions in their articles (leads tend to match leads). Weights were chosen on
    tests/data/cases; see BENCHMARKS.md.
    """
    cosine = _cosine(a, b)
    figures = figure_agreement(a, b) if cosine > 0.05 else 0.0
    distance = abs(a.position - b.position)
    # Background about an earlier event ("In 2007 the river reached 4.9m") is not the news of today.
    back_a, back_b = a.looks_back, b.looks_back
    period = 0.1 if back_a != back_b or (a.years and b.years and not a.years & b.years) else 0.0
    return cosine + 0.3 * figures - position_weight * distance - period, cosine, figures


def score_pair(a: _Features, b: _Features) -> tuple[float, str]:
    """Score how likely two sentences report the same fact, 0 to 1 (0.5 at the default threshold), with a reason."""
    raw, cosine, figures = raw_score(a, b)
    quote = any(fuzz.ratio(qa, qb) >= 85 or fuzz.partial_ratio(qa, qb) >= 92 for qa in a.quotes for qb in b.quotes)
    if quote:
        raw = max(raw, _RAW_THRESHOLD + 0.3)
    score = _calibrated(raw)
    reasons = []
    shared = sorted(set(a.stems) & set(b.stems), key=lambda s: (-a.vector.get(s, 0.0), s))
    words = [s.lstrip("§") for s in shared[:4]]
    if words:
        reasons.append("words: " + ", ".join(words))
    shared_claims = a.signatures & b.signatures
    if shared_claims:
        label = sorted(" ".join(x for x in (subj, pred) if x) or t for t, subj, pred in shared_claims)[0]
        reasons.append(f"same claim: {label}")
    elif figures >= 0.5:
        reasons.append("similar figures")
    common_names = sorted(a.names & b.names)[:3]
    if common_names:
        reasons.append("names: " + ", ".join(common_names))
    if quote:
        reasons.append("shared quotation")
    return score, "; ".join(reasons) or "similar wording"


def _first(by_source: dict[int, list[tuple[int, float]]], cap: int) -> Iterable[tuple[int, list[tuple[int, float]]]]:
    """The postings of one stem, source by source in source order, cut after the first ``cap`` overall. (Postings
    are added source by source, so the dictionary is in source order.)"""
    left = cap
    for source_index, postings in by_source.items():
        yield source_index, postings if len(postings) <= left else postings[:left]
        left -= len(postings)
        if left <= 0:
            return


def _candidates(features: list[list[_Features]], limit: int) -> dict[tuple[int, int], list[int]]:
    """For every sentence, its most promising partners in each other source.

    One inverted index over all sources: each sentence looks up its heaviest stems (and its claim signatures) once,
    and the sentences sharing the most weight with it, per other source, become candidates. Stems found in very
    many sentences carry little signal and are skipped, so the work per sentence stays bounded.

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
    df: Counter[str] = Counter()
    for g, f in enumerate(flat):
        own = f.source_index
        for stem, weight in f.vector.items():
            stems[stem].setdefault(own, []).append((g, weight / f.norm))
            df[stem] += 1
        for sig in sorted(f.signatures, key=repr):  # a fixed order, whatever the hash seed
            signatures[sig].setdefault(own, []).append((g, 0.1))
    cap = 200  # a stem in more than 200 sentences is too common to find partners by; this bounds the work
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
        lookups = [(stems[stem], weight) for stem, weight in usable]
        lookups += [(signatures[sig], f.norm) for sig in sorted(f.signatures, key=repr)]
        for by_source, weight in lookups:
            for source_index, postings in _first(by_source, cap):
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
    return out


def _key(a: _Features, b: _Features) -> tuple[str, str]:
    """A pair of sentences as a dictionary key, whatever their order."""
    x, y = a.ref.sentence, b.ref.sentence
    return (x, y) if x < y else (y, x)


def _calibrated(raw: float) -> float:
    return 1.0 / (1.0 + math.exp(-_STEEPNESS * (raw - _RAW_THRESHOLD)))


def align(sources: list[Source], options: AlignOptions | None = None) -> list[Link]:
    """Link sentences across ``sources`` that report the same fact.

    Args:
        sources: Two or more sources.
        options: Tuning; the defaults suit news articles.

    Returns:
        Links ordered by the position of their first member, ids ``L1``, ``L2``...
    """
    options = options or AlignOptions()
    features = [sentence_features(source, k) for k, source in enumerate(sources)]
    flat = [f for fs in features for f in fs]
    _mark_background(flat, [source.date for source in sources])
    _vectorise(flat, _idf(flat))
    candidates = _candidates(features, options.candidates)
    offsets = [0]
    for fs in features:
        offsets.append(offsets[-1] + len(fs))
    known: dict[tuple[str, str], float] = {}
    pairs: list[Pair] = []
    for x, y in combinations(range(len(sources)), 2):
        raw: dict[tuple[int, int], float] = {}
        for i in range(len(features[x])):
            for h in candidates.get((offsets[x] + i, y), ()):
                raw[(i, h - offsets[y])] = 0.0
        for j in range(len(features[y])):
            for h in candidates.get((offsets[y] + j, x), ()):
                raw[(h - offsets[x], j)] = 0.0
        pairs.extend(_align_two(features[x], features[y], raw, options, known))
    return _group(pairs, sources, known)


def _align_two(
    a_feats: list[_Features],
    b_feats: list[_Features],
    raw: dict[tuple[int, int], float],
    options: AlignOptions,
    known: dict[tuple[str, str], float],
) -> list[Pair]:
    for i, j in raw:
        raw[(i, j)] = raw_score(a_feats[i], b_feats[j])[0]
    best_a: dict[int, float] = defaultdict(lambda: float("-inf"))
    best_b: dict[int, float] = defaultdict(lambda: float("-inf"))
    partner_of_a: dict[int, int] = {}
    partner_of_b: dict[int, int] = {}
    for (i, j), value in raw.items():
        known[_key(a_feats[i], b_feats[j])] = value
        if value > best_a[i]:
            best_a[i], partner_of_a[i] = value, j
        if value > best_b[j]:
            best_b[j], partner_of_b[j] = value, i
    pairs = []
    for (i, j), value in raw.items():
        near_a = value >= best_a[i] - options.margin
        near_b = value >= best_b[j] - options.margin
        # Keep a pair that is (near) the best for both of its sentences: news sentences rarely report the same
        # fact as several sentences of one other article, and this filter removes most look-alikes. The exception
        # is a sentence that packs several facts ("leaving 11 injured and 11 buildings damaged"): it may also link
        # to a sentence that reports another of its facts, one its best partner does not report.
        keep = near_a and near_b
        if not keep and (near_a or near_b):
            a, b = a_feats[i], b_feats[j]
            if near_a:
                rich, other, partner = b, a, a_feats[partner_of_b[j]]
            else:
                rich, other, partner = a, b, b_feats[partner_of_a[i]]
            shared = (rich.signatures & other.signatures) - partner.signatures
            keep = len(rich.signatures) >= 2 and any(pred for _, _, pred in shared)
            keep = keep or (_calibrated(value) >= _STRONG and len(rich.figures) >= 2)  # a packed lead
        if keep and _calibrated(value) >= options.threshold:
            score, why = score_pair(a_feats[i], b_feats[j])
            if score >= options.threshold:
                pairs.append(Pair(a_feats[i], b_feats[j], score, why))
    return pairs


@dataclass
class _Group:
    members: dict[str, _Features]
    scores: list[float]
    why: str


def _group(pairs: list[Pair], sources: list[Source], known: dict[tuple[str, str], float]) -> list[Link]:
    """Merge pairwise matches into N-way groups where each source appears once; the rest stay pairs.

    A sentence joins a group when it matches one member and is at least loosely similar (a link score of 0.2,
    from the scores already computed) to every other member, so chains of look-alikes do not snowball.
    """
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
        placed = False
        for g_index in in_a + in_b:
            group = groups[g_index]
            inside, outside = (pair.a, pair.b) if g_index in in_a else (pair.b, pair.a)
            if outside.ref.source in group.members:
                continue
            others = [m for m in group.members.values() if m is not inside]
            if all(_calibrated(known.get(_key(outside, m), float("-inf"))) >= 0.2 for m in others):
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
