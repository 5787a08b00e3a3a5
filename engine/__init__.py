"""crosscheck's engine: reads news articles, finds their claims, aligns sentences across sources and finds the
figures that disagree.

A pure library: it imports only the standard library, pydantic and rapidfuzz, never prints, and reads no
configuration. The front door is :func:`compare`; each stage is a pure function of its own.

Public names are imported lazily (PEP 562): ``from engine.errors import SourceError`` costs only that module, so
the command line can start drawing before the aligner is loaded.
"""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from engine.align import AlignOptions, align
    from engine.claims import extract_claims, find_attributions
    from engine.compare import Cancelled, compare, load_sources
    from engine.conflicts import classify, find_conflicts
    from engine.errors import (
        CrosscheckError,
        OptionsError,
        SourceBinary,
        SourceEmpty,
        SourceError,
        SourceNoSentences,
        SourceNotFound,
        SourceTooLarge,
        SourceUnreadable,
    )
    from engine.matrix import MatrixCell, MatrixRow, claim_matrix
    from engine.models import (
        SCHEMA_VERSION,
        Claim,
        ClaimRef,
        ClaimType,
        CompareOptions,
        Comparison,
        Conflict,
        Hedge,
        Kind,
        Link,
        Quantity,
        Sentence,
        SentenceRef,
        Severity,
        Source,
    )
    from engine.numbers import extract_quantities
    from engine.reading import MAX_BYTES, Document, decode, normalise, read_bytes, read_path, read_text
    from engine.sentences import split_sentences
    from engine.serialize import claims_document, comparison_document
    from engine.sources import build_source, load_source, source_from_text

_EXPORTS: dict[str, str] = {
    "AlignOptions": "engine.align",
    "Cancelled": "engine.compare",
    "Claim": "engine.models",
    "ClaimRef": "engine.models",
    "ClaimType": "engine.models",
    "CompareOptions": "engine.models",
    "Comparison": "engine.models",
    "Conflict": "engine.models",
    "CrosscheckError": "engine.errors",
    "Document": "engine.reading",
    "Hedge": "engine.models",
    "Kind": "engine.models",
    "Link": "engine.models",
    "MAX_BYTES": "engine.reading",
    "MatrixCell": "engine.matrix",
    "MatrixRow": "engine.matrix",
    "OptionsError": "engine.errors",
    "Quantity": "engine.models",
    "SCHEMA_VERSION": "engine.models",
    "Sentence": "engine.models",
    "SentenceRef": "engine.models",
    "Severity": "engine.models",
    "Source": "engine.models",
    "SourceBinary": "engine.errors",
    "SourceEmpty": "engine.errors",
    "SourceError": "engine.errors",
    "SourceNoSentences": "engine.errors",
    "SourceNotFound": "engine.errors",
    "SourceTooLarge": "engine.errors",
    "SourceUnreadable": "engine.errors",
    "align": "engine.align",
    "build_source": "engine.sources",
    "claim_matrix": "engine.matrix",
    "claims_document": "engine.serialize",
    "classify": "engine.conflicts",
    "compare": "engine.compare",
    "comparison_document": "engine.serialize",
    "decode": "engine.reading",
    "extract_claims": "engine.claims",
    "extract_quantities": "engine.numbers",
    "find_attributions": "engine.claims",
    "find_conflicts": "engine.conflicts",
    "load_source": "engine.sources",
    "load_sources": "engine.compare",
    "normalise": "engine.reading",
    "read_bytes": "engine.reading",
    "read_path": "engine.reading",
    "read_text": "engine.reading",
    "source_from_text": "engine.sources",
    "split_sentences": "engine.sentences",
}

__all__ = [
    "AlignOptions",
    "Cancelled",
    "Claim",
    "ClaimRef",
    "ClaimType",
    "CompareOptions",
    "Comparison",
    "Conflict",
    "CrosscheckError",
    "Document",
    "Hedge",
    "Kind",
    "Link",
    "MAX_BYTES",
    "MatrixCell",
    "MatrixRow",
    "OptionsError",
    "Quantity",
    "SCHEMA_VERSION",
    "Sentence",
    "SentenceRef",
    "Severity",
    "Source",
    "SourceBinary",
    "SourceEmpty",
    "SourceError",
    "SourceNoSentences",
    "SourceNotFound",
    "SourceTooLarge",
    "SourceUnreadable",
    "align",
    "build_source",
    "claim_matrix",
    "claims_document",
    "classify",
    "compare",
    "comparison_document",
    "decode",
    "extract_claims",
    "extract_quantities",
    "find_attributions",
    "find_conflicts",
    "load_source",
    "load_sources",
    "normalise",
    "read_bytes",
    "read_path",
    "read_text",
    "source_from_text",
    "split_sentences",
]


def __getattr__(name: str) -> _Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'engine' has no attribute {name!r}")
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) - {"annotations"} | set(_EXPORTS))
