"""Provides :class:`ComparisonIndex`: lookup tables over a :class:`~engine.models.Comparison` for the review app.

The engine returns flat tuples of links and conflicts; the app asks, on every keypress, "what is linked to this
sentence?" and "does this sentence hold a conflict?". Answering by scanning 300,000 links would make every key slow,
so the index is built once, in the loading worker, and every question becomes a dictionary look-up.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from engine.models import Claim, Comparison, Conflict, Link, Sentence, Severity, Source

__all__ = ["ComparisonIndex", "Mark", "SentenceKey"]

SentenceKey = tuple[str, int]
"""A sentence as (source id, sentence index within the source)."""


class Mark(StrEnum):
    """The state of a sentence shown in a pane's gutter, from the most to the least serious."""

    CONTRADICTION = "contradiction"
    """A figure in the sentence contradicts a linked source."""
    DISCREPANCY = "discrepancy"
    """A figure differs from a linked source, compatible only through hedges or rounding."""
    LINKED = "linked"
    """Another source reports the same fact, with no disagreeing figure."""
    ALONE = "alone"
    """The sentence states figures that no other source reports."""
    PLAIN = "plain"
    """Neither linked nor holding figures."""


MARK_SYMBOLS: dict[Mark, str] = {
    Mark.CONTRADICTION: "✖",
    Mark.DISCREPANCY: "≠",
    Mark.LINKED: "═",
    Mark.ALONE: "·",
    Mark.PLAIN: " ",
}
"""The gutter symbol of each mark: colour is never the only signal. ✖ and ≠ are the report's ``SYMBOLS``."""


@dataclass
class ComparisonIndex:
    """Look-up tables over one comparison; build with :meth:`build`."""

    comparison: Comparison
    """The comparison indexed."""
    sources: dict[str, Source] = field(default_factory=dict)
    """Sources by id."""
    order: list[str] = field(default_factory=list)
    """Source ids in the order given."""
    by_sentence_id: dict[str, SentenceKey] = field(default_factory=dict)
    """Every sentence id mapped to (source id, index)."""
    links: dict[SentenceKey, list[Link]] = field(default_factory=lambda: defaultdict(list))
    """The links each sentence belongs to."""
    conflicts: dict[SentenceKey, list[Conflict]] = field(default_factory=lambda: defaultdict(list))
    """The conflicts each sentence takes part in."""
    claim_severity: dict[str, Severity] = field(default_factory=dict)
    """The worst conflict severity of each claim id that takes part in a conflict."""
    marks: dict[SentenceKey, Mark] = field(default_factory=dict)
    """The gutter mark of every sentence."""
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Per source id: (contradictions, discrepancies) it takes part in."""

    @classmethod
    def build(cls, comparison: Comparison) -> ComparisonIndex:
        """Index ``comparison``: one pass over its sentences, links and conflicts."""
        index = cls(comparison)
        for source in comparison.sources:
            index.sources[source.id] = source
            index.order.append(source.id)
            for sentence in source.sentences:
                index.by_sentence_id[sentence.id] = (source.id, sentence.index)
        get = index.by_sentence_id.get
        for link in comparison.links:
            for member in link.members:
                key = get(member.sentence)
                if key is not None:
                    index.links[key].append(link)
        counts: dict[str, list[int]] = {sid: [0, 0] for sid in index.order}
        for conflict in comparison.conflicts:
            slot = 0 if conflict.severity is Severity.CONTRADICTION else 1
            seen: set[str] = set()
            for ref in conflict.members:
                key = get(ref.sentence)
                if key is None:
                    continue
                index.conflicts[key].append(conflict)
                before = index.claim_severity.get(ref.claim)
                if before is not Severity.CONTRADICTION:
                    index.claim_severity[ref.claim] = conflict.severity
                if ref.source not in seen and ref.source in counts:
                    counts[ref.source][slot] += 1
                    seen.add(ref.source)
        index.counts = {sid: (c[0], c[1]) for sid, c in counts.items()}
        for source in comparison.sources:
            for sentence in source.sentences:
                index.marks[(source.id, sentence.index)] = index._mark(source.id, sentence)
        return index

    def _mark(self, source_id: str, sentence: Sentence) -> Mark:
        key = (source_id, sentence.index)
        conflicts = self.conflicts.get(key)
        if conflicts:
            if any(c.severity is Severity.CONTRADICTION for c in conflicts):
                return Mark.CONTRADICTION
            return Mark.DISCREPANCY
        if self.links.get(key):
            return Mark.LINKED
        if sentence.claims:
            return Mark.ALONE
        return Mark.PLAIN

    def sentence(self, key: SentenceKey) -> Sentence:
        """The sentence at ``key``."""
        return self.sources[key[0]].sentences[key[1]]

    def mark(self, key: SentenceKey) -> Mark:
        """The gutter mark of the sentence at ``key``."""
        return self.marks.get(key, Mark.PLAIN)

    def partners(self, key: SentenceKey) -> dict[str, list[int]]:
        """The sentences linked to ``key`` in other sources: source id -> sorted sentence indices."""
        found: dict[str, set[int]] = defaultdict(set)
        get = self.by_sentence_id.get
        for link in self.links.get(key, ()):
            for member in link.members:
                other = get(member.sentence)
                if other is not None and other[0] != key[0]:
                    found[other[0]].add(other[1])
        for conflict in self.conflicts.get(key, ()):
            for ref in conflict.members:
                other = get(ref.sentence)
                if other is not None and other[0] != key[0]:
                    found[other[0]].add(other[1])
        return {sid: sorted(found[sid]) for sid in self.order if sid in found}

    def claim(self, claim_id: str) -> Claim | None:
        """The claim with ``claim_id``, or None."""
        sentence_id = claim_id.rsplit(".c", 1)[0]
        key = self.by_sentence_id.get(sentence_id)
        if key is None:
            return None
        for claim in self.sentence(key).claims:
            if claim.id == claim_id:
                return claim
        return None

    def has_conflict(self, key: SentenceKey, severity: Severity | None = None) -> bool:
        """Whether the sentence takes part in a conflict (of ``severity``, when given)."""
        conflicts = self.conflicts.get(key)
        if not conflicts:
            return False
        return severity is None or any(c.severity is severity for c in conflicts)

    def is_linked(self, key: SentenceKey) -> bool:
        """Whether the sentence is linked to another source or takes part in a conflict."""
        return bool(self.links.get(key)) or bool(self.conflicts.get(key))
