"""Builds the claim matrix: one row per thing counted ("people killed"), one column per source.

Each cell holds the figures that source gives for the row; a cell is marked with the worst disagreement it has
with any other source's cell, and as an *outlier* when three or more sources give the row and this source alone
disagrees with the others, which agree among themselves. Figures about an earlier event ("last year's storm killed
23") are left out: the matrix compares what the sources say about this one.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from pydantic import BaseModel, ConfigDict

from engine.claims import subject_class
from engine.conflicts import _as_limit, _breakdown, background_claims, claim_modes, classify
from engine.models import Claim, ClaimType, Comparison, Kind, Severity

__all__ = ["MatrixCell", "MatrixRow", "claim_matrix", "row_key"]


class MatrixCell(BaseModel):
    """The figures one source gives for one row."""

    model_config = ConfigDict(frozen=True)

    source: str
    """A ``Source.id``."""
    claims: tuple[Claim, ...] = ()
    """The claims, in reading order; empty when the source gives no figure for the row."""
    severity: Severity | None = None
    """The worst disagreement with another source's figure for this row, or ``None``."""
    outlier: bool = False
    """True when this source alone disagrees with the others (three or more sources)."""


class MatrixRow(BaseModel):
    """One thing counted, across all sources."""

    model_config = ConfigDict(frozen=True)

    key: str
    """Row identity, e.g. ``people|killed``."""
    label: str
    """Readable label, e.g. "people killed"."""
    type: ClaimType
    """The claim type of the row."""
    cells: tuple[MatrixCell, ...]
    """One cell per source, in source order."""

    @property
    def sources_giving(self) -> int:
        """How many sources give a figure for this row."""
        return sum(1 for c in self.cells if c.claims)


def row_key(claim: Claim) -> tuple[str, str] | None:
    """The (key, label) of the matrix row a claim belongs to, or ``None`` when it belongs to none."""
    if claim.kind is Kind.COUNT and claim.predicate and claim.type is not ClaimType.OTHER:
        if claim.subject is None and claim.type not in (
            ClaimType.CASUALTIES,
            ClaimType.DISPLACEMENT,
            ClaimType.ARRESTS,
        ):
            return None  # "four destroyed": without a noun, only tolls of people have an implied subject
        subject = claim.subject or "people"
        if " and " in subject:
            return None
        cls = subject_class(subject)
        noun = "people" if cls == "people" and subject in ("people", "persons") else subject
        return f"{noun}|{claim.predicate}", f"{noun} {claim.predicate}"
    if claim.kind in (Kind.MONEY, Kind.PERCENT) and claim.predicate:
        return f"{claim.kind.value}|{claim.predicate}", f"{claim.kind.value} {claim.predicate}"
    return None


def _worst(a: Severity | None, b: Severity | None) -> Severity | None:
    if Severity.CONTRADICTION in (a, b):
        return Severity.CONTRADICTION
    if Severity.DISCREPANCY in (a, b):
        return Severity.DISCREPANCY
    return None


def _cell_severity(x: tuple[Claim, ...], y: tuple[Claim, ...], limits: bool = False) -> Severity | None:
    """The disagreement between two cells: the best-agreeing pair of their figures decides. With ``limits``, the
    figures are capacities, whose bound words are the capacity itself."""
    best: Severity | None = Severity.CONTRADICTION
    for a in x:
        for b in y:
            if a.quantity.unit != b.quantity.unit:
                continue
            qa, qb = (_as_limit(a.quantity), _as_limit(b.quantity)) if limits else (a.quantity, b.quantity)
            severity = classify(qa, qb)
            if severity is None:
                return None
            if severity is Severity.DISCREPANCY:
                best = Severity.DISCREPANCY
    return best


def _merge_complementary_groups(
    by_row: dict[str, dict[str, list[Claim]]], labels: dict[str, tuple[str, ClaimType]]
) -> None:
    """Fold a row of one group of people ("men killed") into the row of people in general ("people killed") when
    no source gives both: one source's "two men were killed" and another's "three people died" are one toll, as the
    conflict finder compares them. A source that gives both ("five people, including three children") keeps the
    rows apart."""
    for key in list(by_row):
        noun, _, predicate = key.partition("|")
        general = f"people|{predicate}"
        if noun == "people" or general not in by_row or subject_class(noun) != "people":
            continue
        if set(by_row[key]) & set(by_row[general]):
            continue
        for source_id, claims in by_row.pop(key).items():
            by_row[general][source_id] = claims
        labels.pop(key, None)


def _add_conflicting_figures(
    comparison: Comparison,
    by_row: dict[str, dict[str, list[Claim]]],
    labels: dict[str, tuple[str, ClaimType]],
    earlier: set[str],
    modes: dict[str, str],
) -> None:
    """Give the figures of every conflict a row, when no row holds them yet ("212 passengers" against "about 250
    people on board", "licensed to carry 180" against "a licensed limit of 120"): a row per thing counted and mode,
    named as the conflict names it. A part added up into a total is left out: the row would show the part alone."""
    row_of = {claim.id: key for key, cells in by_row.items() for found in cells.values() for claim in found}
    claims = {claim.id: claim for source in comparison.sources for claim in source.claims}
    sentences = {sentence.id: sentence for source in comparison.sources for sentence in source.sentences}
    for conflict in comparison.conflicts:
        members = [(ref, claims.get(ref.claim)) for ref in conflict.members]
        if any(claim is None or claim.id in earlier for _, claim in members):
            continue
        if any(claim.id in _breakdown(sentences[ref.sentence]) for ref, claim in members if claim is not None):
            continue
        placed = [row_of[claim.id] for _, claim in members if claim is not None and claim.id in row_of]
        first = members[0][1]
        assert first is not None
        if placed:
            key = placed[0]  # the other figure joins the row of the one already shown
        else:
            mode = modes.get(first.id)
            label = conflict.subject or first.kind.value
            label = f"{label} ({mode})" if mode else label
            key = f"conflict|{label}|{first.kind.value}|{first.quantity.unit}"
            labels.setdefault(key, (label, first.type))
        for ref, claim in members:
            assert claim is not None
            if claim.id not in row_of:
                by_row[key][ref.source].append(claim)
                row_of[claim.id] = key
    for cells in by_row.values():
        for source_id in cells:
            cells[source_id].sort(key=lambda claim: claim.start)


def claim_matrix(comparison: Comparison, min_sources: int = 1) -> list[MatrixRow]:
    """Build the claim matrix of a comparison.

    Args:
        comparison: The comparison.
        min_sources: Keep only rows given by at least this many sources.

    Returns:
        Rows ordered by claim type (casualties first) then by how many sources give them.
    """
    by_row: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    labels: dict[str, tuple[str, ClaimType]] = {}
    sentences = [sentence for source in comparison.sources for sentence in source.sentences]
    earlier = background_claims(sentences, [source.date for source in comparison.sources])
    modes = claim_modes(sentences)  # forecasts, capacities, intraday peaks, values with debt: not the plain figure
    for source in comparison.sources:
        for claim in source.claims:
            key = row_key(claim)
            if key is None or claim.id in earlier or claim.id in modes:
                continue
            by_row[key[0]][source.id].append(claim)
            labels.setdefault(key[0], (key[1], claim.type))
    _merge_complementary_groups(by_row, labels)
    _add_conflicting_figures(comparison, by_row, labels, earlier, modes)
    rows = []
    type_order = {t: k for k, t in enumerate(ClaimType)}
    for row, per_source in by_row.items():
        if len(per_source) < min_sources:
            continue
        severities: dict[str, Severity | None] = {sid: None for sid in per_source}
        disagree: dict[str, set[str]] = defaultdict(set)
        limits = row.startswith("conflict|") and row.split("|")[1].endswith("(capacity)")
        for sa, sb in combinations(per_source, 2):
            severity = _cell_severity(tuple(per_source[sa]), tuple(per_source[sb]), limits)
            severities[sa] = _worst(severities[sa], severity)
            severities[sb] = _worst(severities[sb], severity)
            if severity is not None:
                disagree[sa].add(sb)
                disagree[sb].add(sa)
        givers = list(per_source)
        cells = []
        for source in comparison.sources:
            claims = tuple(per_source.get(source.id, ()))
            outlier = False
            if len(givers) >= 3 and source.id in per_source:
                others = [g for g in givers if g != source.id]
                outlier = disagree[source.id] == set(others) and all(not (disagree[o] - {source.id}) for o in others)
            cells.append(
                MatrixCell(source=source.id, claims=claims, severity=severities.get(source.id), outlier=outlier)
            )
        label, claim_type = labels[row]
        rows.append(MatrixRow(key=row, label=label, type=claim_type, cells=tuple(cells)))
    rows.sort(key=lambda r: (type_order[r.type], -r.sources_giving, r.label))
    return rows
