"""Turns sources and comparisons into the stable, versioned JSON documents the command line prints.

Schema 1 (``"schema": 1``)::

    {"schema": 1,
     "sources": [{"id", "path", "format", "title", "byline", "date", "outlet",
                  "sentences": [{"id", "text", "start", "end",
                                 "claims": [{"id", "kind", "type", "text", "start", "end",
                                             "quantity": {"low", "high", "unit", "low_open", "high_open",
                                                          "nominal", "hedge"},
                                             "qualifier", "subject", "predicate", "attribution"}]}]}],
     "links": [{"id", "members": [{"source", "sentence"}], "score", "why"}],          # compare only
     "conflicts": [{"id", "severity", "subject", "members": [{"source", "sentence", "claim"}], "why"}]}

Fields are only ever added within a schema version; removing or changing one bumps ``schema``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from engine.models import SCHEMA_VERSION, Claim, Comparison, Sentence, Source

__all__ = ["claims_document", "comparison_document"]


def _claim(claim: Claim) -> dict[str, Any]:
    q = claim.quantity
    return {
        "id": claim.id,
        "kind": claim.kind.value,
        "type": claim.type.value,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "quantity": {
            "low": q.low,
            "high": q.high,
            "unit": q.unit,
            "low_open": q.low_open,
            "high_open": q.high_open,
            "nominal": q.nominal,
            "hedge": q.hedge.value,
        },
        "qualifier": claim.qualifier,
        "subject": claim.subject,
        "predicate": claim.predicate,
        "attribution": claim.attribution,
    }


def _sentence(sentence: Sentence) -> dict[str, Any]:
    return {
        "id": sentence.id,
        "text": sentence.text,
        "start": sentence.start,
        "end": sentence.end,
        "claims": [_claim(c) for c in sentence.claims],
    }


def _source(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "path": source.path,
        "format": source.format,
        "title": source.title,
        "byline": source.byline,
        "date": source.date,
        "outlet": source.outlet,
        "sentences": [_sentence(s) for s in source.sentences],
    }


def claims_document(sources: Iterable[Source]) -> dict[str, Any]:
    """The ``crosscheck claims`` JSON document for ``sources``."""
    return {"schema": SCHEMA_VERSION, "sources": [_source(s) for s in sources]}


def comparison_document(comparison: Comparison) -> dict[str, Any]:
    """The ``crosscheck compare`` JSON document: the claims document plus links and conflicts."""
    document = claims_document(comparison.sources)
    document["links"] = [
        {
            "id": link.id,
            "members": [{"source": m.source, "sentence": m.sentence} for m in link.members],
            "score": round(link.score, 4),
            "why": link.why,
        }
        for link in comparison.links
    ]
    document["conflicts"] = [
        {
            "id": conflict.id,
            "severity": conflict.severity.value,
            "subject": conflict.subject,
            "members": [{"source": m.source, "sentence": m.sentence, "claim": m.claim} for m in conflict.members],
            "why": conflict.why,
        }
        for conflict in comparison.conflicts
    ]
    return document
