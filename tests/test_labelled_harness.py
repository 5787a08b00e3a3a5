"""The scorer of the labelled sets finds the sentence each labelled quote stands in."""

from __future__ import annotations

from engine.sources import source_from_text
from tests.labelled import locate

_RESULTS = (
    "# Results\n\nThe commission published final results on Sunday.\n\n| Party | Seats |\n|---|---|\n"
    "| Daugava Union | 27 |\n| Renewal | 11 |\n"
)


def test_a_quote_of_prose_is_found_in_its_sentence() -> None:
    source = source_from_text(_RESULTS, "results.md")
    assert locate(source, "published final results on Sunday") == source.sentences[0].id


def test_a_quote_of_a_table_row_is_found_in_the_sentence_written_from_it() -> None:
    source = source_from_text(_RESULTS, "results.md")
    assert source.sentences[1].text == "Daugava Union: 27 seats."
    assert locate(source, "| Daugava Union | 27 |") == source.sentences[1].id
    assert locate(source, "| Renewal | 11 |") == source.sentences[2].id
    assert locate(source, "| Renewal | 12 |") is None
