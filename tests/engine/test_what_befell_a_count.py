# ruff: noqa: E501  (the probes are whole sentences, one to a line)
"""Probes of what befell a count of people when other words stand between the count and its verb: a count of the
places or things they are from or in ("2,874 people from 11 villages have been evacuated"), an apposition ("Two
patients, both in their 80s, have died"; "Four persons, including the owner of the firm and a customs broker, have
been arrested"), and verbs of leaving home or boarding ("moved out of their homes", "had boarded the boat"). Each
probe is a sentence of our own, not taken from a labelled set or a data set."""

from __future__ import annotations

import pytest

from engine.claims import extract_claims
from tests.engine.cases import conflicts_match, probe_conflicts


def _predicate(text: str, written: str) -> str | None:
    claims = [c for c in extract_claims(text, "s1.1") if c.text == written]
    assert claims, f"no claim {written!r} in {text!r}"
    return claims[0].predicate


@pytest.mark.parametrize(
    ("text", "written", "predicate"),
    [
        # the verb is the people's, past the places or things they are from or in
        ("A total of 3,612 people from 14 villages have been evacuated to schools.", "3,612", "evacuated"),
        ("About 900 residents living in five districts were evacuated overnight.", "About 900", "evacuated"),
        ("Firefighters said 11 people in four cars were injured in the pile-up.", "11", "injured"),
        ("Some 450 tenants of three tower blocks were evacuated after the fire.", "Some 450", "evacuated"),
        ("Two hundred pupils at the two schools were evacuated.", "Two hundred", "evacuated"),
        # a count of people that its verb follows directly keeps it, and the places keep none
        ("Seven people were killed in two villages.", "Seven", "killed"),
        ("Seven people were killed in two villages.", "two", None),
        # an apposition between the count and its verb
        ("Three patients, all in their 70s, have died.", "Three", "killed"),
        ("Two climbers, both from Lyon, are missing.", "Two", "missing"),
        ("Six men, all members of one crew, were rescued.", "Six", "rescued"),
        ("Five suspects, including the driver of the van and two men who had rented the flat, have been arrested.", "Five", "arrested"),
        # leaving home, boarding
        ("Roughly 2,300 people were moved out of their homes as the river rose.", "Roughly 2,300", "evacuated"),
        ("About 600 residents were ordered out of their houses on Tuesday.", "About 600", "evacuated"),
        ("Witnesses said 214 migrants had boarded the boat in Libya.", "214", "aboard"),
        # not these: a shop boarded up, people moved to other work
        ("The windows of 12 shops were boarded up.", "12", None),
        ("About 40 staff were moved to other offices.", "About 40", None),
    ],
)
def test_what_befell_a_count(text: str, written: str, predicate: str | None) -> None:
    assert _predicate(text, written) == predicate


def test_people_from_villages_against_people_evacuated() -> None:
    found = probe_conflicts(
        "A total of 3,612 people from 14 villages have been evacuated, the disaster agency said on Friday.",
        "The disaster agency said on Friday that 2,950 people had been evacuated.",
    )
    assert conflicts_match([["3,612", "2,950", "contradiction"]], found)
