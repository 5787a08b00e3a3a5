"""Builds a :class:`~engine.models.Source` from a file or text: read, split into sentences, extract claims.

This is the first half of :func:`engine.compare`; ``crosscheck claims`` uses it alone.
"""

from __future__ import annotations

import os

from engine.claims import extract_claims
from engine.errors import SourceNoSentences
from engine.models import Sentence, Source
from engine.reading import Document, Format, read_path, read_text
from engine.sentences import split_sentences

__all__ = ["build_source", "load_source", "source_from_text"]


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


def load_source(path: str | os.PathLike[str], source_id: str = "s1") -> Source:
    """Read the file at ``path`` (``-`` for standard input) into a source.

    Raises:
        SourceError: A subclass whose message names the file and the problem.
    """
    return build_source(read_path(path), source_id)


def source_from_text(text: str, path: str = "-", source_id: str = "s1", fmt: Format | None = None) -> Source:
    """Build a source from text already in memory."""
    return build_source(read_text(text, path, fmt), source_id)
