"""crosscheck's engine: reads news articles, finds their claims, aligns sentences across sources and finds the
figures that disagree.

A pure library: it imports only the standard library, pydantic and rapidfuzz, never prints, and reads no
configuration. The front door is :func:`compare`; each stage is a pure function of its own.
"""

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
