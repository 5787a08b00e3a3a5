"""Conflicts between the only sentence of each of two sources that counts people something happened to, where the
two are not linked (the aligner found too few words in common): found with no link at all, by the same pairing rules
as linked sentences. Each probe is a sentence of our own, not taken from a labelled set or a data set."""

from __future__ import annotations

from engine.conflicts import find_conflicts
from engine.models import Source
from engine.sources import source_from_text


def _sources(a: str, b: str) -> list[Source]:
    return [source_from_text("Report\n\n" + a, "a.txt", "s1"), source_from_text("Report\n\n" + b, "b.txt", "s2")]


def _figures(a: str, b: str) -> list[tuple[str, ...]]:
    sources = _sources(a, b)
    claims = {c.id: c.text for s in sources for c in s.claims}
    return [tuple(claims[m.claim] for m in c.members) + (c.severity.value,) for c in find_conflicts(sources, [])]


LEDE = "A wildfire has killed at least five people and destroyed 150 homes outside Quilpue, officials said."
STATEMENT = "Firefighters are still at work. Three people have died as a result of the fire."


def test_the_only_tolls_of_two_sources_conflict_unlinked() -> None:
    assert _figures(LEDE, STATEMENT) == [("at least five", "Three", "contradiction")]


def test_a_source_that_tells_a_toll_twice_is_left_to_its_links() -> None:
    twice = STATEMENT + " The fire killed three people in Quilpue on Tuesday."
    assert _figures(LEDE, twice) == []


def test_figures_far_apart_or_of_other_happenings_are_left_alone() -> None:
    assert _figures(LEDE, "Firefighters are still at work. Eight people have died since the blaze began.") == [
        ("at least five", "Eight", "discrepancy")
    ]
    assert _figures(LEDE, "Firefighters are still at work. Twelve people have died since the blaze began.") == []
    assert _figures(LEDE, "Firefighters are still at work. Three people were injured in the fire.") == []


def test_an_earlier_toll_is_left_alone() -> None:
    assert _figures(LEDE, "Firefighters are still at work. Last year, three people died in a fire nearby.") == []


def test_some_of_a_toll_is_left_alone() -> None:
    shooting = "A gunman killed three people at a bar in the city centre on Friday night, police said."
    assert _figures(shooting, "Officers arrived within minutes. Two were pronounced dead at the scene.") == []


def test_a_count_of_people_beside_the_places_they_live_is_no_breakdown() -> None:
    found = _figures(
        "Firefighters are still at work. More than 2,000 people were evacuated from villages near the fire.",
        "Officials spoke on Monday. As a precaution, 2,340 citizens living in seven neighbourhoods were evacuated.",
    )
    assert found == [("More than 2,000", "2,340", "discrepancy")]
