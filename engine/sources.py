"""Builds a :class:`~engine.models.Source` from a file or text: read, split into sentences, extract claims.

This is the first half of :func:`engine.compare`; ``crosscheck claims`` uses it alone.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from engine.claims import extract_claims
from engine.errors import SourceNoSentences
from engine.models import Claim, Kind, Sentence, Source
from engine.numbers import CURRENCY_FAMILIES, bare_currency
from engine.reading import Document, Format, read_path, read_text
from engine.sentences import split_sentences

__all__ = ["build_source", "load_source", "settle_currencies", "source_from_text"]


def build_source(document: Document, source_id: str) -> Source:
    """Split a read document into sentences and extract their claims.

    Raises:
        SourceNoSentences: No body sentence survived cleaning.
    """
    spans: list[tuple[int, int, int]] = []
    for (start, end), paragraph in zip(document.blocks, document.paragraphs, strict=True):
        for s, e in split_sentences(document.text, [(start, end)]):
            spans.append((s, e, paragraph))
    if not spans:
        raise SourceNoSentences(document.path, "no article sentences found (only headings, menus or page interface)")
    sentences = []
    speaker: str | None = None
    for index, (start, end, paragraph) in enumerate(spans):
        sentence_id = f"{source_id}.{index + 1}"
        text = document.text[start:end]
        claims = extract_claims(text, sentence_id, start, context_speaker=speaker)
        for claim in claims:
            if claim.attribution and claim.attribution[0].isupper() and len(claim.attribution.split()) >= 2:
                speaker = claim.attribution
        sentences.append(
            Sentence(id=sentence_id, index=index, text=text, start=start, end=end, paragraph=paragraph, claims=claims)
        )
    return Source(
        id=source_id,
        path=document.path,
        format=document.format,
        title=document.title,
        byline=document.byline,
        date=document.date,
        outlet=document.outlet,
        text=document.text,
        sentences=tuple(sentences),
        dropped=document.dropped,
    )


def settle_currencies(sources: Sequence[Source]) -> list[Source]:
    """Give each sum named only by a shared currency name ("38.4 trillion pesos", read as Mexican pesos) the one
    currency of that name the articles give explicitly ("COP$34.8 trillion", "Colombian pesos"), when they give one
    and only one; sources are returned as they were when nothing changes."""
    explicit: dict[str, set[str]] = {}
    bare: dict[str, str] = {}  # claim id -> family
    for source in sources:
        for claim in source.claims:
            unit = claim.quantity.unit
            if claim.kind is not Kind.MONEY or unit is None:
                continue
            family = bare_currency(claim.text, unit)
            if family is not None:
                bare[claim.id] = family
                continue
            for name, codes in CURRENCY_FAMILIES.items():
                if unit in codes:
                    explicit.setdefault(name, set()).add(unit)
    settled = {
        claim_id: next(iter(explicit[family]))
        for claim_id, family in bare.items()
        if len(explicit.get(family, ())) == 1
    }
    if not settled:
        return list(sources)
    out = []
    for source in sources:
        if not any(claim.id in settled for claim in source.claims):
            out.append(source)
            continue
        sentences = tuple(
            sentence.model_copy(update={"claims": tuple(_in_unit(c, settled.get(c.id)) for c in sentence.claims)})
            if any(c.id in settled for c in sentence.claims)
            else sentence
            for sentence in source.sentences
        )
        out.append(source.model_copy(update={"sentences": sentences}))
    return out


def _in_unit(claim: Claim, unit: str | None) -> Claim:
    if unit is None or unit == claim.quantity.unit:
        return claim
    return claim.model_copy(update={"quantity": claim.quantity.model_copy(update={"unit": unit})})


def load_source(path: str | os.PathLike[str], source_id: str = "s1") -> Source:
    """Read the file at ``path`` (``-`` for standard input) into a source.

    Raises:
        SourceError: A subclass whose message names the file and the problem.
    """
    return build_source(read_path(path), source_id)


def source_from_text(text: str, path: str = "-", source_id: str = "s1", fmt: Format | None = None) -> Source:
    """Build a source from text already in memory."""
    return build_source(read_text(text, path, fmt), source_id)
