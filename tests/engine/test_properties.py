"""Property-based tests: reading, splitting and extraction never crash, and every offset points at its text."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from engine.errors import CrosscheckError
from engine.numbers import extract_quantities
from engine.reading import read_bytes, read_text
from engine.sentences import split_sentences
from engine.sources import build_source, source_from_text

PIECES = list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789.,;:!?'\"-–—()$£€%/\n\u201c\u201d\u2019") + [
    " at least ",
    " more than ",
    " million ",
    " dozen ",
    " hundreds of ",
    " a.m. ",
    " U.S. ",
    " per cent ",
    " killed ",
    " said ",
    "\x1b[31m",
    "[bold]",
    "\u202e",
    "\u200b",
    "\r",
    " people ",
    " Mr. ",
    " between ",
    " and ",
    " or more ",
    " 12:45 ",
    " November 14, 2025 ",
    "£2.5m",
    " $3bn ",
    " from ",
    " to ",
    " PLN ",
]
NEWSY = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(NEWSY)
def test_split_offsets(text: str) -> None:
    for start, end in split_sentences(text):
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()


@settings(max_examples=300, deadline=None)
@given(NEWSY)
@example("2-1b")  # once read as a range from 2 billion down to 1 billion
@example("from PLN 300 to PLN 500")  # once looked past the last token for the range's second figure
def test_quantities_offsets(text: str) -> None:
    for mention in extract_quantities(text):
        assert 0 <= mention.start < mention.end <= len(text)
        q = mention.quantity
        if q.low is not None and q.high is not None:
            assert q.low <= q.high


@settings(max_examples=200, deadline=None)
@given(NEWSY)
def test_sources_offsets(text: str) -> None:
    try:
        source = source_from_text(text, "fuzz.txt")
    except CrosscheckError:
        return
    for sentence in source.sentences:
        assert source.text[sentence.start : sentence.end] == sentence.text
        for claim in sentence.claims:
            assert source.text[claim.start : claim.end] == claim.text
            assert sentence.start <= claim.start < claim.end <= sentence.end


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_read_or_refused_cleanly(data: bytes) -> None:
    try:
        doc = read_bytes(data, "blob.txt")
        build_source(doc, "s1")
    except CrosscheckError as error:
        assert str(error).startswith("blob.txt: ") and "\n" not in str(error)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_html_or_markdown(text: str) -> None:
    for fmt in ("html", "markdown"):
        try:
            doc = read_text(text, f"x.{fmt}", fmt)  # type: ignore[arg-type]
        except CrosscheckError:
            continue
        for start, end in doc.blocks:
            assert 0 <= start <= end <= len(doc.text)
