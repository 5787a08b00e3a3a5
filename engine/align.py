"""Aligns sentences across N sources: which sentences report the same fact.

Plain fuzzy matching of whole sentences links differently written articles poorly (F1 about 0.75 in our
measurements) and lets a shared number glue unrelated sentences together. So each pair of sentences is scored from
several signals, with numbers kept out of the text signals:

- **words**: TF-IDF cosine over content-word stems (numbers, number words and stop words removed; event words
  normalised, so "died" and "killed" meet);
- **fuzzy**: rapidfuzz ``token_set_ratio`` over the same number-free text, run only on candidates;
- **claims**: the sentences state a figure about the same thing (same claim type, subject class and predicate:
  "people killed"), whatever the figures are: a different number must not keep apart two sentences reporting
  one fact, since that difference is the conflict we want;
- **names**: shared people, places and organisations (capitalised words);
- **quotes**: a shared quotation links two sentences on its own.

Candidates come from an inverted index over the rarer stems, so no full N x M matrix is ever built: memory stays
linear in the number of sentences. There is no ordering constraint (outlets tell events in different orders), a
sentence may link to several sentences of another source, and links merge into N-way groups when each source
appears in a group once.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz import fuzz

from engine.claims import _PREDICATES, subject_class
from engine.models import ClaimType, Link, SentenceRef, Source

__all__ = ["AlignOptions", "Pair", "align", "score_pair", "sentence_features"]

_STOP = frozenset(
    """a an the of to in on at for from by with and or but as is are was were be been being has have had will would
    could should can may might must that this these those it its their his her they he she we who whom which what
    than then there here after before into over about said says say told also more most some such not no nor so
    very just only other any all each both few many much own same up down out off again further once during
    while when where why how our ours you your i me my them him us one two three four five six seven eight nine
    ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions billion dozen
    dozens least nearly almost around approximately roughly per cent percent according since until because if
    however though although yet still even well including among across through against between under within
    without toward towards upon via do does did done being get got made make its it's mr mrs ms""".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_QUOTE = re.compile(r"[\"“”]([^\"“”]{20,})[\"“”]")
_NAME = re.compile(r"\b[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|of|de|al|bin))*")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "edly", "ed", "es", "ly", "s")
_NAME_STOP = frozenset(
    """The A An In On At But And Or As It He She They We I This That These Those After Before When While Meanwhile
    However Also Some Many Most Officials Police There Here Its Their His Her Our Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August September October November
    December According One Two Three Four Five Six Seven Eight Nine Ten Mr Mrs Ms Dr""".split()
)


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word in _PREDICATES:
        return "§" + _PREDICATES[word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@dataclass
class _Features:
    ref: SentenceRef
    source_index: int
    sentence_index: int
    stems: Counter[str]
    plain: str
    names: frozenset[str]
    quotes: tuple[str, ...]
    signatures: frozenset[tuple[str, str | None, str | None]]
    claim_types: frozenset[str]
    vector: dict[str, float] = field(default_factory=dict)
    norm: float = 0.0


def sentence_features(source: Source, source_index: int) -> list[_Features]:
    """Compute the alignment features of every sentence of ``source``."""
    out = []
    for sentence in source.sentences:
        words = _WORD.findall(sentence.text)
        stems = Counter(_stem(w) for w in words if w.lower() not in _STOP and len(w) > 1)
        plain = " ".join(w.lower() for w in words if w.lower() not in _STOP)
        names = frozenset(
            m.group().lower()
            for m in _NAME.finditer(sentence.text)
            if m.group() not in _NAME_STOP and not (m.start() == 0 and " " not in m.group())
        )
        quotes = tuple(q.lower() for q in _QUOTE.findall(sentence.text))
        signatures = frozenset(
            (c.type.value, subject_class(c.subject), c.predicate)
            for c in sentence.claims
            if c.type is not ClaimType.OTHER and (c.predicate or c.subject)
        )
        claim_types = frozenset(c.type.value for c in sentence.claims if c.type is not ClaimType.OTHER)
        out.append(
            _Features(
                ref=SentenceRef(source=source.id, sentence=sentence.id),
                source_index=source_index,
                sentence_index=sentence.index,
                stems=stems,
                plain=plain,
                names=names,
                quotes=quotes,
                signatures=signatures,
                claim_types=claim_types,
            )
        )
    return out


@dataclass(frozen=True)
class AlignOptions:
    """Tuning of the aligner; the defaults were chosen on tests/data/cases (see BENCHMARKS.md)."""

    threshold: float = 0.5
    """Lowest pair score that makes a link, 0 to 1."""
    candidates: int = 8
    """Candidates per sentence and other source scored in full."""
    margin: float = 0.12
    """A sentence links to every candidate within this margin of its best one (many-to-one)."""


@dataclass(frozen=True)
class Pair:
    """A scored pair of sentences from two sources."""

    a: _Features
    b: _Features
    score: float
    why: str


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
    dot = sum(v * b.vector.get(k, 0.0) for k, v in a.vector.items())
    return dot / (a.norm * b.norm)


def score_pair(a: _Features, b: _Features) -> tuple[float, str]:
    """Score how likely two sentences report the same fact, 0 to 1, with a short reason."""
    cosine = _cosine(a, b)
    fuzzy = fuzz.token_set_ratio(a.plain, b.plain) / 100.0 if a.plain and b.plain else 0.0
    shared_claims = a.signatures & b.signatures
    claim = 1.0 if any(p for _, _, p in shared_claims) else 0.5 if shared_claims else 0.0
    if not shared_claims and a.claim_types & b.claim_types:
        claim = 0.25
    names = len(a.names & b.names) / max(1, min(len(a.names), len(b.names))) if a.names and b.names else 0.0
    quote = any(fuzz.ratio(qa, qb) >= 85 or fuzz.partial_ratio(qa, qb) >= 92 for qa in a.quotes for qb in b.quotes)
    score = 0.5 * cosine + 0.2 * fuzzy + 0.2 * claim + 0.1 * names
    # Two sentences that state a figure about the same event in clearly related words: the claim signal is
    # strong evidence on its own terms.
    if claim >= 1.0 and cosine >= 0.15:
        score = max(score, 0.45 + 0.5 * cosine)
    if quote:
        score = max(score, 0.85)
    score = min(1.0, score)
    reasons = []
    shared = sorted(set(a.stems) & set(b.stems), key=lambda s: -a.vector.get(s, 0.0))
    words = [s.lstrip("§") for s in shared[:4]]
    if words:
        reasons.append("words: " + ", ".join(words))
    if shared_claims:
        label = sorted(
            " ".join(x for x in (subj, pred) if x) or t for t, subj, pred in shared_claims
        )[0]
        reasons.append(f"same claim: {label}")
    common_names = sorted(a.names & b.names)[:3]
    if common_names:
        reasons.append("names: " + ", ".join(common_names))
    if quote:
        reasons.append("shared quotation")
    return score, "; ".join(reasons) or "similar wording"


def _candidates(a_feats: list[_Features], b_feats: list[_Features], idf: dict[str, float],
                limit: int) -> dict[int, list[int]]:
    """For each sentence of A, the indices of the B sentences sharing the most weighted stems with it."""
    index: dict[str, list[int]] = defaultdict(list)
    for j, f in enumerate(b_feats):
        for stem in f.vector:
            index[stem].append(j)
    by_signature: dict[tuple[str, str | None, str | None], list[int]] = defaultdict(list)
    for j, f in enumerate(b_feats):
        for sig in f.signatures:
            by_signature[sig].append(j)
    cap = max(50, len(b_feats) // 5)  # stems in over 20% of sentences carry no signal for candidate search
    out: dict[int, list[int]] = {}
    for i, f in enumerate(a_feats):
        scores: dict[int, float] = defaultdict(float)
        for stem, weight in f.vector.items():
            postings = index.get(stem)
            if not postings or len(postings) > cap:
                continue
            for j in postings:
                scores[j] += weight * b_feats[j].vector[stem]
        for sig in f.signatures:
            for j in by_signature.get(sig, ())[:cap]:
                scores[j] += 0.5 * f.norm * b_feats[j].norm * 0.2
        ranked = sorted(scores, key=lambda j: -scores[j] / b_feats[j].norm)[:limit]
        out[i] = ranked
    return out


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
    idf = _idf(flat)
    _vectorise(flat, idf)
    pairs: list[Pair] = []
    for x, y in combinations(range(len(sources)), 2):
        pairs.extend(_align_two(features[x], features[y], idf, options))
    return _group(pairs, sources)


def _align_two(a_feats: list[_Features], b_feats: list[_Features], idf: dict[str, float],
               options: AlignOptions) -> list[Pair]:
    scored: dict[tuple[int, int], tuple[float, str]] = {}
    for i, js in _candidates(a_feats, b_feats, idf, options.candidates).items():
        for j in js:
            scored[(i, j)] = score_pair(a_feats[i], b_feats[j])
    for j, is_ in _candidates(b_feats, a_feats, idf, options.candidates).items():
        for i in is_:
            if (i, j) not in scored:
                scored[(i, j)] = score_pair(a_feats[i], b_feats[j])
    best_a: dict[int, float] = defaultdict(float)
    best_b: dict[int, float] = defaultdict(float)
    for (i, j), (score, _) in scored.items():
        best_a[i] = max(best_a[i], score)
        best_b[j] = max(best_b[j], score)
    pairs = []
    for (i, j), (score, why) in scored.items():
        if score < options.threshold:
            continue
        # Keep a pair when it is (near) the best for at least one side, and not far below the best of the other.
        near_a = score >= best_a[i] - options.margin
        near_b = score >= best_b[j] - options.margin
        if near_a and near_b:
            pairs.append(Pair(a_feats[i], b_feats[j], score, why))
    return pairs


def _group(pairs: list[Pair], sources: list[Source]) -> list[Link]:
    """Merge pairwise matches into N-way groups where each source appears once; the rest stay pairs."""
    groups: list[dict[str, object]] = []  # {"members": {source_id: _Features}, "scores": [...], "whys": [...]}
    where: dict[SentenceRef, list[int]] = defaultdict(list)
    extra: list[Pair] = []
    for pair in sorted(pairs, key=lambda p: -p.score):
        ga = where.get(pair.a.ref, [])
        gb = where.get(pair.b.ref, [])
        placed = False
        if not ga and not gb:
            groups.append({"members": {pair.a.ref.source: pair.a, pair.b.ref.source: pair.b},
                           "scores": [pair.score], "whys": [pair.why]})
            where[pair.a.ref].append(len(groups) - 1)
            where[pair.b.ref].append(len(groups) - 1)
            placed = True
        else:
            for g_index in ga + gb:
                group = groups[g_index]
                members = group["members"]
                assert isinstance(members, dict)
                inside, outside = (pair.a, pair.b) if pair.a.ref in where and g_index in where[pair.a.ref] else (
                    pair.b, pair.a)
                if outside.ref.source in members:
                    continue
                # The newcomer must be similar enough to every member already there.
                others = [m for src, m in members.items() if m is not inside]
                if all(score_pair(outside, m)[0] >= 0.35 for m in others):
                    members[outside.ref.source] = outside
                    scores = group["scores"]
                    assert isinstance(scores, list)
                    scores.append(pair.score)
                    where[outside.ref].append(g_index)
                    placed = True
                    break
        if not placed:
            extra.append(pair)
    links_raw: list[tuple[list[_Features], float, str]] = []
    for group in groups:
        members = group["members"]
        scores = group["scores"]
        whys = group["whys"]
        assert isinstance(members, dict) and isinstance(scores, list) and isinstance(whys, list)
        links_raw.append((list(members.values()), sum(scores) / len(scores), whys[0]))
    for pair in extra:
        links_raw.append(([pair.a, pair.b], pair.score, pair.why))
    order = {s.id: k for k, s in enumerate(sources)}
    links_raw.sort(key=lambda item: min((order[m.ref.source], m.sentence_index) for m in item[0]))
    links = []
    for k, (members, score, why) in enumerate(links_raw):
        members.sort(key=lambda m: (order[m.ref.source], m.sentence_index))
        links.append(Link(id=f"L{k + 1}", members=tuple(m.ref for m in members), score=round(score, 4), why=why))
    return links
