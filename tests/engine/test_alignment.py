"""Alignment and conflicts: the issue's examples, attribution, N-way links, and precision/recall on our cases."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from engine.claims import extract_claims
from engine.compare import compare
from engine.conflicts import classify
from engine.lexicon import join_phrases, stem_of
from engine.models import Conflict, Severity
from engine.sources import source_from_text
from tests.engine.cases import compare_bodies, compare_texts
from tests.labelled import (
    DEV,
    DEV2,
    DEV3,
    DEV4,
    DEV5,
    DEV6,
    DEV7,
    DEV8,
    DEV9,
    DEV10,
    DEV11,
    DEV12,
    DEV13,
    DEV14,
    DEV15,
    DEV16,
    DEV17,
    DEV18,
    DEV19,
    DEV20,
    DEV21,
    DEV22,
    DEV23,
    DEV24,
    DEV25,
    DEV26,
    DEV27,
    DEV28,
    DEV29,
    DEV30,
    DEV31,
    DEV32,
    DEV33,
    DEV34,
    DEV35,
    DEV36,
    DEV37,
    DEV38,
    DEV39,
    DEV40,
    DEV41,
    DEV42,
    DEV43,
    DEV44,
    DEV45,
    DEV46,
    DEV47,
    DEV48,
    DEV49,
    DEV50,
    DEV51,
    DEV52,
    DEV53,
    DEV54,
    DEV55,
    DEV56,
    DEV57,
    DEV58,
    DEV59,
    DEV60,
    DEV61,
    DEV62,
    DEV63,
    DEV64,
    DEV65,
    DEV66,
    DEV67,
    DEV68,
    DEV69,
    DEV70,
    DEV71,
    DEV72,
    DEV73,
    DEV74,
    DEV75,
    DEV76,
    DEV77,
    DEV78,
    DEV79,
    DEV80,
    DEV81,
    DEV82,
    DEV83,
    DEV84,
    DEV85,
    DEV86,
    DEV87,
    DEV88,
    DEV89,
    DEV90,
    DEV91,
    DEV92,
    DEV93,
    DEV94,
    DEV95,
    DEV96,
    DEV97,
    DEV98,
    DEV99,
    DEV100,
    DEV101,
    DEV102,
    DEV103,
    DEV104,
    DEV105,
    DEV106,
    DEV107,
    DEV108,
    DEV109,
    DEV110,
    DEV111,
    DEV112,
    DEV113,
    DEV114,
    DEV115,
    DEV116,
    DEV117,
    DEV118,
    DEV119,
    DEV120,
    DEV121,
    DEV122,
    DEV123,
    DEV124,
    DEV125,
    DEV126,
    DEV127,
    DEV128,
    DEV129,
    DEV130,
    DEV131,
    DEV132,
    DEV133,
    DEV134,
    DEV135,
    DEV136,
    DEV137,
    DEV138,
    DEV139,
    DEV140,
    DEV141,
    DEV142,
    DEV143,
    HELDOUT,
    HELDOUT2,
    HELDOUT3,
    HELDOUT4,
    HELDOUT5,
    HELDOUT6,
    HELDOUT7,
    HELDOUT8,
    HELDOUT9,
    HELDOUT10,
    HELDOUT11,
    HELDOUT12,
    HELDOUT13,
    HELDOUT14,
    HELDOUT15,
    HELDOUT16,
    HELDOUT17,
    HELDOUT18,
    HELDOUT19,
    HELDOUT20,
    HELDOUT21,
    HELDOUT22,
    HELDOUT23,
    HELDOUT24,
    HELDOUT25,
    HELDOUT26,
    HELDOUT27,
    HELDOUT28,
    HELDOUT29,
    HELDOUT30,
    HELDOUT31,
    HELDOUT32,
    HELDOUT33,
    HELDOUT34,
    HELDOUT35,
    HELDOUT36,
    HELDOUT37,
    Score,
    load_cases,
    score_conflicts,
    score_links,
)


def _quantity(text: str):
    claims = extract_claims(text, "t.1")
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0].quantity


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("112 people were killed.", "At least 130 people were killed.", Severity.CONTRADICTION),
        ("Three workers were killed.", "Four workers were killed.", Severity.CONTRADICTION),
        ("Inflation was 5.4%.", "Inflation was 5.2 per cent.", Severity.CONTRADICTION),
        ("The fine was $2.5 million.", "The fine was $25 million.", Severity.CONTRADICTION),
        ("The retirement age rises to 65.", "The retirement age rises to 64.", Severity.CONTRADICTION),
        ("At least 15 buildings were damaged.", "At least 11 buildings were damaged.", Severity.DISCREPANCY),
        ("Over two dozen were injured.", "At least 11 people were injured.", Severity.DISCREPANCY),
        ("15 buildings were damaged.", "At least 11 buildings were damaged.", Severity.DISCREPANCY),
        ("The city has 1.21 million people.", "The city has 1.2 million people.", Severity.DISCREPANCY),
        ("They launched 430 drones.", "They launched hundreds of drones.", None),
        ("Some 60 firefighters came.", "Five dozen firefighters came.", None),
        ("It costs £3bn.", "It costs 3 billion pounds.", None),
        ("The storm brought 200 mm of rain.", "The storm brought twenty centimetres of rain.", None),
        ("The city has 1.21 million people.", "The city has around 1.2 million people.", None),
        ("Nearly 400 people marched.", "About 380 people marched.", None),
        ("At least 5 people died.", "5 people died.", None),
        ("Unemployment was 4 per cent.", "Unemployment was 4.2 per cent.", Severity.DISCREPANCY),
        ("Growth was 1.1% in May.", "Growth was 1.2% in May.", Severity.CONTRADICTION),
        ("It reached 106F on Monday.", "It reached 41.2C on Monday.", None),
        ("Gusts reached 155 mph.", "Gusts reached 250 km/h.", None),
        ("Gusts reached 155 mph.", "Gusts reached 200 km/h.", Severity.CONTRADICTION),
        # A bound against an approximation agrees only when each figure fits the other's words.
        ("Police evacuated more than 30 homes.", "Around 40 homes were evacuated.", Severity.DISCREPANCY),
        ("The stolen files amount to 200GB.", "The stolen data totals 212 gigabytes.", Severity.CONTRADICTION),
        # Two approximations agree when each figure fits the other's words.
        ("About 380 people marched.", "Around 400 people marched.", None),
        ("It employs approximately 620 people.", "It employs roughly 560 people.", Severity.DISCREPANCY),
        ("More than 70 pupils fell ill.", "About 70 pupils fell ill.", Severity.DISCREPANCY),
        ("Up to 50,000 passengers were affected.", "Around 45,000 passengers were affected.", Severity.DISCREPANCY),
        ("At least 15 people were hurt.", "About 15 people were hurt.", None),
        # a verb of passing a figure says at least it, a milestone reached
        ("Prices topped $100 a barrel.", "Prices hit $100 a barrel.", None),
        ("Temperatures were above 40C.", "Temperatures topped 40 degrees Celsius.", None),
        # a converted figure carries its own unit's rounding
        ("Tailbacks stretched up to 14 kilometres.", "Tailbacks stretched nearly nine miles.", None),
        ("Waves reached nearly 10 feet.", "Waves reached up to 3 metres.", None),
        ("Tailbacks stretched up to 13.5 kilometres.", "Tailbacks stretched nearly nine miles.", Severity.DISCREPANCY),
        ("Almost 5,000 people marched.", "Some 4,800 people marched.", None),
        # An approximation agrees with an exact figure that rounds to it; one that rounds to another number meets it
        # only through the hedge ("nearly" says the figure is just below).
        ("Turnout was about 46%.", "Turnout was 46.72%.", Severity.DISCREPANCY),
        ("Turnout was about 85%.", "Turnout was 84.7%.", None),
        ("About 70 people are missing.", "68 people are missing.", None),
        ("About 350 firefighters came.", "340 firefighters came.", None),
        ("About two dozen people are missing.", "25 people are missing.", None),
        ("It lost nearly €175 million.", "It lost €173 million.", None),
        ("It employs about 1,100 people.", "It employs 1,146 people.", None),
        # A whole sum ending in zeros is most likely rounded: compatible only through the rounding.
        ("The median home is worth $812,000.", "The median home is worth $812,460.", Severity.DISCREPANCY),
        ("The median home is worth $812,000.", "The median home is worth $813,460.", Severity.CONTRADICTION),
        ("The fine was $200.", "The fine was $210.", Severity.CONTRADICTION),
        ("The median home is worth $800,000.", "The median home is worth $812,460.", Severity.DISCREPANCY),
        ("A ticket costs $120.", "A ticket costs $124.", Severity.CONTRADICTION),
        ("The deal is worth $810 million.", "The deal is worth $814 million.", Severity.CONTRADICTION),
        # A round bound that is the exact figure rounded, and close to it, says that figure in round words; one that
        # is no rounding of it, or that leaves more room, is another figure the two meet only through the bound.
        ("More than 2,300 cases were recorded.", "2,314 cases were recorded.", None),
        ("She won more than 6.8 million votes.", "She won 6,879,244 votes.", None),
        ("Fewer than 500 people were evacuated.", "497 people were evacuated.", None),
        ("More than 8,000 workers were laid off.", "8,200 workers were laid off.", None),
        ("More than 300 people were arrested.", "312 people were arrested.", None),
        # "at least" is a floor that counts, not a figure rounded down: the writers of our labelled cases never call it
        # an agreement with a larger exact figure
        ("At least 2,300 cases were recorded.", "2,314 cases were recorded.", Severity.DISCREPANCY),
        ("More than 8,000 workers were laid off.", "8,600 workers were laid off.", Severity.DISCREPANCY),
        ("At least 23 people were injured.", "27 people were injured.", Severity.DISCREPANCY),
        ("More than 2,300 cases were recorded.", "2,514 cases were recorded.", Severity.DISCREPANCY),
        ("Fewer than 500 people were evacuated.", "460 people were evacuated.", Severity.DISCREPANCY),
        # Fractions and spans in two units are read whole.
        ("Half a million people marched.", "500,000 people marched.", None),
        ("Half a million people marched.", "A million people marched.", Severity.CONTRADICTION),
        ("He was jailed for seven years and six months.", "He was jailed for seven and a half years.", None),
        (
            "He was jailed for seven years and six months.",
            "He was jailed for six and a half years.",
            Severity.CONTRADICTION,
        ),
    ],
)
def test_issue_examples(a: str, b: str, expected: Severity | None) -> None:
    assert classify(_quantity(a), _quantity(b)) is expected
    assert classify(_quantity(b), _quantity(a)) is expected


_compare = compare_texts
_compare_body = compare_bodies  # one body sentence each, after a one-word first line (as :func:`_background` sets it)


def _quoted(conflicts: Iterable[Conflict]) -> list[list[str]]:
    """The figures each conflict's why quotes, in order: [["five", "six"], ...]."""
    return [c.why.split('"')[1::2] for c in conflicts]


BODY_A = (
    "Rescue teams worked through the night in the flooded valley town of Orlen. "
    "At least 12 people were killed when the river burst its banks on Monday, the regional governor said. "
    "The town's football club postponed its weekend match against Ferno. "
)
BODY_B = (
    "The regional governor said 14 people were killed after the river burst its banks in Orlen on Monday. "
    "Supporters of the football club were told the Ferno match would be rescheduled. "
    "Volunteers filled sandbags in the town square. "
)


def test_a_different_number_does_not_keep_apart_the_same_fact() -> None:
    comparison = _compare(BODY_A, BODY_B)
    pairs = [{m.sentence for m in link.members} for link in comparison.links]
    assert {"s1.2", "s2.1"} in pairs
    conflict = comparison.conflicts[0]
    assert conflict.severity is Severity.DISCREPANCY
    assert "At least 12" in conflict.why and "14" in conflict.why and "governor" in conflict.why


def test_a_shared_number_alone_never_links() -> None:
    comparison = _compare(
        "The museum reopened with 15 new paintings on loan from private collectors in the capital. "
        "Ticket sales were strong on the first day of the exhibition, curators said.",
        "Police arrested 15 people after a brawl outside a nightclub near the harbour on Saturday. "
        "The owner of the club said the doors would stay closed for a week.",
    )
    assert comparison.links == ()
    assert comparison.conflicts == ()


def test_attributed_figures_do_not_conflict_with_the_same_two_figures() -> None:
    comparison = _compare(
        "Police estimated the crowd at 10,000, while organisers said 50,000 people marched through the capital.",
        "Organisers said 50,000 people marched through the capital; police put the figure at 10,000.",
    )
    assert comparison.links
    assert comparison.conflicts == ()
    comparison = _compare(
        "Police said 10,000 people marched through the capital on Saturday, organisers 50,000.",
        "Organisers said 50,000 people marched through the capital on Saturday; police put the figure at 10,000.",
    )
    assert comparison.links
    assert comparison.conflicts == ()


def test_n_way_links() -> None:
    comparison = _compare(
        BODY_A,
        BODY_B,
        "Fourteen people died when the river burst its banks in Orlen on Monday, according to the regional governor. "
        "Ferno's match at the Orlen ground has been called off.",
    )
    three = [link for link in comparison.links if len(link.members) == 3]
    assert three and all(len({m.source for m in link.members}) == 3 for link in three)


def test_kinds_and_units_are_never_compared_raw() -> None:
    comparison = _compare(
        "The storm dropped 200 mm of rain on Orlen on Monday, the weather service said.",
        "The storm dropped 20 cm of rain on Orlen on Monday, the weather service said.",
    )
    assert comparison.links and comparison.conflicts == ()
    comparison = _compare(
        "Prices in Orlen rose 5% on Monday after the storm, the weather service said.",
        "Prices in Orlen rose after the storm on Monday as 5 shops closed, the weather service said.",
    )
    assert comparison.conflicts == ()


def _score(folder) -> Score:
    total = Score()
    for case in load_cases(folder):
        comparison = compare(case.paths)
        total.add(score_links(case, comparison))
        total.add(score_conflicts(case, comparison))
    return total


def test_development_cases() -> None:
    score = _score(DEV)
    link_p, link_r, _ = score.link_prf
    conflict_p, conflict_r, _ = score.conflict_prf
    assert score.unlocated <= 2
    assert link_p >= 0.80 and link_r >= 0.72, score.link_prf
    assert conflict_p >= 0.75 and conflict_r >= 0.70, score.conflict_prf
    assert score.severity_right == score.conflict_tp


# Floors held on each labelled set besides the first development set (link F1, conflict F1 at the figure level, most
# false alarms on the labelled agreements; None: no cap), with what each set scored when first measured, before any
# change made for it. Held-out sets are written independently of the engine and never tuned on: their floors are what
# we guarantee on unseen articles.
SET_FLOORS = [
    (DEV2, 0.70, 0.58, None),
    (DEV3, 0.60, 0.42, 0),  # heavy paraphrase: 0.625 / 0.355 when first measured
    (DEV4, 0.68, 0.48, 0),  # kinds of story the other sets lack: 0.722 / 0.525
    (DEV5, 0.74, 0.58, 0),  # two more writers, six more kinds of story: 0.788 / 0.613
    (DEV6, 0.68, 0.54, 3),  # 0.715 / 0.489 (hand-weighted aligner at 66fb0c6; 0.714 / 0.511 with the first link model)
    (DEV7, 0.70, 0.58, 2),  # 0.736 / 0.603 when first measured whole
    (DEV8, 0.67, 0.63, 4),  # 0.701 / 0.673 at 414edb7
    (DEV9, 0.70, 0.56, 3),  # 0.734 / 0.594 at e8759e4
    (DEV10, 0.69, 0.50, 3),  # 0.711 / 0.480 at 69e4a7b, once its conflict labels were completed
    (DEV11, 0.72, 0.60, 2),  # 0.744 / 0.643 at c25acd3 (0.743 / 0.619 at 69e4a7b)
    (DEV12, 0.76, 0.58, 2),  # 0.794 / 0.632 at 5c0ed8c (the same at 63be66e)
    (DEV13, 0.64, 0.44, 2),  # 0.671 / 0.465 at 19cf24d (0.671 / 0.488 at 999bd52)
    (DEV14, 0.70, 0.54, 2),  # 0.729 / 0.583 at 19cf24d (0.726 / 0.583 at b685efa)
    (DEV15, 0.60, 0.50, 3),  # 0.651 / 0.545 at 19cf24d (0.633 / 0.577 at 6da8960)
    (DEV16, 0.78, 0.61, 2),  # 0.810 / 0.649 at 19cf24d (0.812 / 0.703 at e2127df)
    (DEV17, 0.69, 0.67, 4),  # 0.727 / 0.717 at 633d17e
    # 0.731 / 0.735 at 633d17e; a third agreement flagged since datelines left the ledes' words ("more than 200
    # tonnes" and "212,000kg")
    (DEV18, 0.70, 0.69, 3),
    (DEV19, 0.71, 0.65, 1),  # 0.742 / 0.696 at 633d17e
    (DEV20, 0.71, 0.66, 3),  # 0.752 / 0.706 at 633d17e (0.743 / 0.720 at 0cb1ab9, its quotes all located)
    (DEV21, 0.64, 0.56, 3),  # 0.693 / 0.596 at 633d17e (0.672 / 0.636 at 23f45b2, its tables read)
    (DEV22, 0.66, 0.26, 1),  # 0.712 / 0.303 at 633d17e (0.698 / 0.343 at 23f45b2, its key figures read)
    (DEV23, 0.65, 0.54, 0),  # 0.682 / 0.579 at 633d17e (0.692 / 0.650 at 23f45b2, its key figures read)
    (DEV24, 0.68, 0.61, 1),  # 0.718 / 0.649 at 633d17e (0.727 / 0.750 at 23f45b2)
    (DEV25, 0.62, 0.44, 1),  # 0.651 / 0.526 at 633d17e (0.667 / 0.486 at e8c33b9, its lists read)
    (DEV26, 0.68, 0.56, 0),  # 0.720 / 0.615 at 633d17e (0.716 / 0.600 at e8c33b9)
    (DEV27, 0.64, 0.47, 8),  # 0.670 / 0.512 at 633d17e (0.678 / 0.591 at e8c33b9, its table read)
    (DEV28, 0.73, 0.53, 1),  # 0.788 / 0.579 at 633d17e (0.761 / 0.579 at e8c33b9, its lists read)
    (DEV29, 0.68, 0.38, 2),  # 0.718 / 0.421 at 4356db1
    (DEV30, 0.72, 0.75, 1),  # 0.750 / 0.800 at 4356db1
    (DEV31, 0.76, 0.61, 4),  # 0.791 / 0.653 at 4356db1
    (DEV32, 0.70, 0.62, 2),  # 0.738 / 0.667 at 4356db1 (0.733 / 0.667 at 419e66f)
    (DEV33, 0.61, 0.41, 4),  # 0.648 / 0.455 at 5023377 (the same at ee6f9eb)
    (DEV34, 0.70, 0.61, 1),  # 0.741 / 0.649 at 5023377 (the same at ee6f9eb)
    (DEV35, 0.70, 0.61, 3),  # 0.736 / 0.649 at 5023377 (the same at 2acede7)
    (DEV36, 0.71, 0.75, 1),  # 0.755 / 0.792 at 1e3603b (0.760 / 0.792 at c93cc7b)
    (DEV37, 0.66, 0.50, 4),  # 0.698 / 0.542 at 1e3603b (the same at c93cc7b)
    (DEV38, 0.68, 0.65, 2),  # 0.720 / 0.694 at 8e2590d (the same at 7ca9eb2)
    (DEV39, 0.73, 0.59, 3),  # 0.773 / 0.632 at 8e2590d (0.773 / 0.643 at 555e998)
    (DEV40, 0.64, 0.57, 1),  # 0.682 / 0.609 at 2dae16a
    (DEV41, 0.64, 0.57, 1),  # 0.681 / 0.615 at 2dae16a
    (DEV42, 0.51, 0.49, 2),  # 0.554 / 0.533 at 2dae16a (0.554 / 0.542 at 5f7e390)
    (DEV43, 0.64, 0.62, 3),  # 0.681 / 0.667 at 2dae16a (the same at 5f7e390)
    (DEV44, 0.70, 0.56, 1),  # 0.745 / 0.605 at c3b338f (0.740 / 0.605 at 11675f0)
    (DEV45, 0.71, 0.71, 2),  # 0.756 / 0.760 at c3b338f (0.752 / 0.760 at 11675f0)
    (DEV46, 0.52, 0.71, 1),  # 0.566 / 0.759 at c3b338f (0.570 / 0.759 at 0f2457c)
    (DEV47, 0.74, 0.60, 5),  # 0.790 / 0.645 at c3b338f (0.792 / 0.719 at 58399b4)
    (DEV48, 0.60, 0.49, 1),  # 0.638 / 0.526 at c81a177 (0.638 / 0.536 at 3a99a7c)
    (DEV49, 0.77, 0.58, 5),  # 0.812 / 0.615 at c81a177 (0.812 / 0.640 at 3a99a7c)
    (DEV50, 0.72, 0.64, 1),  # 0.764 / 0.680 at c81a177 (0.764 / 0.694 at 3a99a7c)
    (DEV51, 0.65, 0.53, 2),  # 0.692 / 0.577 at c81a177
    (DEV52, 0.64, 0.61, 1),  # 0.679 / 0.653 at 3a80433
    (DEV53, 0.60, 0.61, 1),  # 0.640 / 0.655 at 3a80433
    (DEV54, 0.75, 0.53, 3),  # 0.796 / 0.578 at 3a80433
    (DEV55, 0.73, 0.50, 2),  # 0.772 / 0.538 at 879515c, four quotes unlocated (0.772 / 0.690 at 3a80433)
    (DEV56, 0.68, 0.72, 1),  # 0.722 / 0.764 at e3ceea1
    (DEV57, 0.61, 0.63, 2),  # 0.653 / 0.679 at e3ceea1, one quote unlocated
    (DEV58, 0.63, 0.57, 1),  # 0.673 / 0.612 at e3ceea1
    (DEV59, 0.65, 0.74, 1),  # 0.689 / 0.786 at e3ceea1
    (DEV60, 0.55, 0.60, 2),  # 0.593 / 0.643 at 832ddc6
    (DEV61, 0.69, 0.44, 1),  # 0.739 / 0.484 at 832ddc6
    (DEV62, 0.52, 0.54, 1),  # 0.560 / 0.582 at 832ddc6
    (DEV63, 0.70, 0.70, 1),  # 0.742 / 0.680 at 832ddc6 (0.747 / 0.745 at 77490fb)
    (DEV64, 0.65, 0.53, 1),  # 0.693 / 0.578 at b7983c8 (0.696 / 0.591 at e5a4f95)
    (DEV65, 0.63, 0.62, 1),  # 0.670 / 0.667 at e4cd49c (0.677 / 0.679 at e5a4f95)
    (DEV66, 0.66, 0.66, 1),  # 0.708 / 0.708 at e4cd49c (0.714 / 0.735 at e5a4f95)
    (DEV67, 0.59, 0.52, 1),  # 0.634 / 0.560 at b7983c8
    (DEV68, 0.67, 0.57, 1),  # 0.714 / 0.615 at 41405c9 (0.724 / 0.667 at 3ca3d94)
    (DEV69, 0.67, 0.60, 1),  # 0.715 / 0.643 at 61b1f8e
    (DEV70, 0.65, 0.53, 1),  # 0.693 / 0.571 at 41405c9 (0.693 / 0.596 at 3ca3d94)
    (DEV71, 0.61, 0.44, 1),  # 0.653 / 0.489 at 61b1f8e (0.653 / 0.500 at 3ca3d94)
    (DEV72, 0.63, 0.67, 1),  # 0.675 / 0.717 at 1f562f7
    (DEV73, 0.69, 0.58, 2),  # 0.736 / 0.621 at 833e28b
    (DEV74, 0.64, 0.55, 2),  # 0.687 / 0.596 at 833e28b
    (DEV75, 0.68, 0.52, 3),  # 0.728 / 0.560 at 833e28b
    (DEV76, 0.61, 0.37, 2),  # 0.657 / 0.417 at 741a6f6
    (DEV77, 0.58, 0.47, 2),  # 0.625 / 0.519 at 741a6f6
    (DEV78, 0.67, 0.54, 2),  # 0.718 / 0.588 at 6f1d4f4 (0.718 / 0.600 at 741a6f6)
    (DEV79, 0.66, 0.57, 2),  # 0.707 / 0.612 at 6f1d4f4
    (DEV80, 0.59, 0.55, 5),  # 0.635 / 0.603 at d5ad4b8
    (DEV81, 0.61, 0.34, 2),  # 0.653 / 0.386 at d5ad4b8 (0.667 / 0.414 at 12c7ec0)
    (DEV82, 0.56, 0.62, 2),  # 0.605 / 0.667 at 5f749ab (0.605 / 0.679 at d5ad4b8)
    (DEV83, 0.66, 0.58, 1),  # 0.701 / 0.632 at d5ad4b8
    (DEV84, 0.66, 0.73, 1),  # 0.707 / 0.774 at 92d72b6 (0.707 / 0.787 at 349c1bb)
    (DEV85, 0.60, 0.53, 3),  # 0.647 / 0.578 at 73835bd
    (DEV86, 0.72, 0.51, 4),  # 0.771 / 0.557 at 73835bd (0.763 / 0.557 at 349c1bb)
    (DEV87, 0.52, 0.51, 1),  # 0.569 / 0.554 at 9aa6895 (0.569 / 0.581 at 349c1bb)
    (DEV88, 0.67, 0.74, 1),  # 0.718 / 0.784 at 02b874b
    (DEV89, 0.65, 0.43, 1),  # 0.696 / 0.478 at 02b874b (0.702 / 0.511 at 78ed6be)
    (DEV90, 0.58, 0.59, 2),  # 0.629 / 0.638 at 02b874b
    (DEV91, 0.71, 0.56, 1),  # 0.751 / 0.604 at 02b874b
    (DEV92, 0.68, 0.66, 1),  # 0.723 / 0.706 at 5ffeeab
    (DEV93, 0.60, 0.40, 1),  # 0.648 / 0.444 at 5ffeeab
    (DEV94, 0.67, 0.53, 2),  # 0.713 / 0.571 at 5ffeeab
    (DEV95, 0.64, 0.49, 1),  # 0.686 / 0.531 at d2b28d2
    (DEV96, 0.71, 0.48, 3),  # 0.756 / 0.526 at 3dd4a56
    (DEV97, 0.58, 0.60, 1),  # 0.630 / 0.644 at deef803
    (DEV98, 0.57, 0.45, 1),  # 0.615 / 0.490 at deef803
    (DEV99, 0.56, 0.46, 1),  # 0.604 / 0.500 at 29f6adc
    (DEV100, 0.56, 0.58, 3),  # 0.608 / 0.623 at 2ee37c6
    (DEV101, 0.67, 0.50, 4),  # 0.718 / 0.540 at 2ee37c6
    (DEV102, 0.65, 0.53, 1),  # 0.699 / 0.571 at 2ee37c6
    (DEV103, 0.60, 0.60, 1),  # 0.649 / 0.644 at 2ee37c6
    (DEV104, 0.61, 0.58, 2),  # 0.654 / 0.627 at 7b30f6a
    (DEV105, 0.55, 0.54, 2),  # 0.597 / 0.588 at 7b30f6a
    (DEV106, 0.61, 0.48, 1),  # 0.656 / 0.522 at 7b30f6a
    (DEV107, 0.71, 0.67, 1),  # 0.751 / 0.720 at 7b30f6a
    (DEV108, 0.67, 0.65, 2),  # 0.720 / 0.691 at 4b135f9
    (DEV109, 0.61, 0.58, 3),  # 0.658 / 0.630 at 41f5777
    (DEV110, 0.63, 0.61, 2),  # 0.679 / 0.655 at 41f5777
    (DEV111, 0.60, 0.61, 1),  # 0.643 / 0.653 at 41f5777
    (DEV112, 0.57, 0.39, 2),  # 0.611 / 0.431 at 2d5034a
    (DEV113, 0.72, 0.47, 1),  # 0.766 / 0.511 at 2d5034a
    (DEV114, 0.61, 0.51, 2),  # 0.654 / 0.553 at 2d5034a
    (DEV115, 0.76, 0.65, 4),  # 0.802 / 0.691 at 2d5034a
    (DEV116, 0.75, 0.67, 5),  # 0.804 / 0.717 at 0fa840e
    (DEV117, 0.43, 0.34, 3),  # 0.480 / 0.393 at 0fa840e
    (DEV118, 0.55, 0.36, 3),  # 0.596 / 0.405 at 0fa840e
    (DEV119, 0.46, 0.48, 1),  # 0.508 / 0.528 at 0fa840e
    (DEV120, 0.70, 0.55, 4),  # 0.750 / 0.603 at 87c808d
    (DEV121, 0.63, 0.56, 1),  # 0.680 / 0.610 at 7b15f5c
    (DEV122, 0.58, 0.49, 1),  # 0.633 / 0.542 at 87c808d
    (DEV123, 0.54, 0.43, 1),  # 0.591 / 0.484 at e861ae7
    (DEV124, 0.68, 0.50, 2),  # 0.727 / 0.545 at 9bec0de
    (DEV125, 0.52, 0.46, 1),  # 0.568 / 0.512 at 9bec0de
    (DEV126, 0.64, 0.48, 1),  # 0.692 / 0.526 at 9bec0de
    (DEV127, 0.60, 0.62, 1),  # 0.650 / 0.667 at 9bec0de
    (DEV128, 0.63, 0.57, 3),  # 0.676 / 0.623 at d7dea1d
    (DEV129, 0.61, 0.62, 1),  # 0.661 / 0.667 at d7dea1d
    (DEV130, 0.68, 0.55, 2),  # 0.728 / 0.604 at d7dea1d
    (DEV131, 0.58, 0.51, 1),  # 0.630 / 0.561 at d7dea1d
    (DEV132, 0.71, 0.44, 3),  # 0.763 / 0.491 at 5ca62d7
    (DEV133, 0.55, 0.62, 2),  # 0.601 / 0.667 at 5ca62d7
    (DEV134, 0.54, 0.58, 1),  # 0.587 / 0.627 at 5ca62d7
    (DEV135, 0.67, 0.39, 1),  # 0.717 / 0.436 at 5ca62d7
    (DEV136, 0.58, 0.62, 1),  # 0.632 / 0.667 at bc279ff
    (DEV137, 0.73, 0.52, 2),  # 0.780 / 0.571 at bc279ff
    (DEV138, 0.63, 0.64, 1),  # 0.684 / 0.691 at bc279ff
    (DEV139, 0.67, 0.56, 1),  # 0.722 / 0.612 at bc279ff
    (DEV140, 0.57, 0.35, 2),  # 0.620 / 0.400 at 08d3af6
    (DEV141, 0.71, 0.75, 1),  # 0.764 / 0.800 at 08d3af6
    (DEV142, 0.69, 0.62, 3),  # 0.738 / 0.667 at 08d3af6
    (DEV143, 0.55, 0.50, 2),  # 0.595 / 0.549 at 08d3af6
    (HELDOUT, 0.72, 0.5, None),
    (HELDOUT2, 0.65, 0.55, 2),  # 0.686 / 0.593
    (HELDOUT3, 0.70, 0.42, 1),  # 0.737 / 0.468
    (HELDOUT4, 0.70, 0.42, 1),  # 0.740 / 0.469 (hand-weighted aligner at 66fb0c6)
    (HELDOUT5, 0.72, 0.45, 2),  # 0.755 / 0.488 at 9720fa5
    (HELDOUT6, 0.70, 0.57, 1),  # 0.734 / 0.612 at 414edb7
    (HELDOUT7, 0.69, 0.52, 1),  # 0.720 / 0.558 at 2025428
    (HELDOUT8, 0.67, 0.50, 1),  # 0.697 / 0.545 at de8730c (0.697 / 0.533 at 69e4a7b)
    (HELDOUT9, 0.71, 0.42, 6),  # 0.740 / 0.451 at c25acd3 (0.736 / 0.451 at 69e4a7b)
    (HELDOUT10, 0.71, 0.58, 1),  # 0.739 / 0.622 at 408b4e8 (the same at 63be66e)
    (HELDOUT11, 0.75, 0.52, 6),  # 0.779 / 0.560 at 548279c (the same at 19cf24d)
    (HELDOUT12, 0.73, 0.52, 2),  # 0.772 / 0.561 at 19cf24d (0.759 / 0.596 at d90e71c)
    (HELDOUT13, 0.68, 0.51, 4),  # 0.715 / 0.556 at 19cf24d (0.719 / 0.615 at c828ea9)
    (HELDOUT14, 0.70, 0.46, 2),  # 0.727 / 0.500 at 19cf24d (0.736 / 0.556 at 11de22f)
    (HELDOUT15, 0.70, 0.56, 7),  # 0.729 / 0.604 at 633d17e (0.729 / 0.640 at 0cb1ab9)
    (HELDOUT16, 0.69, 0.65, 1),  # 0.727 / 0.696 at 633d17e (0.727 / 0.711 at 0cb1ab9)
    (HELDOUT17, 0.67, 0.50, 5),  # 0.700 / 0.545 at 633d17e (0.709 / 0.609 at 23f45b2)
    (HELDOUT18, 0.66, 0.60, 1),  # 0.709 / 0.638 at 633d17e (0.695 / 0.667 at 23f45b2)
    (HELDOUT19, 0.69, 0.41, 2),  # 0.725 / 0.455 at 633d17e (0.743 / 0.489 at e8c33b9)
    (HELDOUT20, 0.59, 0.19, 2),  # 0.628 / 0.238 at 633d17e (0.636 / 0.333 at e8c33b9)
    (HELDOUT21, 0.79, 0.76, 2),  # 0.832 / 0.800 at e12a028 (the same at 4e2e8e1)
    (HELDOUT22, 0.74, 0.73, 1),  # 0.774 / 0.769 at e12a028 (the same at 4e2e8e1)
    (HELDOUT23, 0.69, 0.55, 4),  # 0.729 / 0.585 at 4356db1 (0.723 / 0.600 at 1723dc6)
    (HELDOUT24, 0.70, 0.67, 1),  # 0.735 / 0.711 at 4356db1 (the same at 1723dc6)
    (HELDOUT25, 0.75, 0.67, 2),  # 0.786 / 0.708 at 5023377 (the same at ee6f9eb)
    (HELDOUT26, 0.64, 0.72, 1),  # 0.678 / 0.756 at 5023377 (0.678 / 0.800 at 2acede7)
    (HELDOUT27, 0.73, 0.52, 1),  # 0.766 / 0.558 at 1e3603b (0.777 / 0.558 at c93cc7b)
    (HELDOUT28, 0.64, 0.55, 4),  # 0.679 / 0.597 at 8e2590d (the same at 7ca9eb2)
    (HELDOUT29, 0.63, 0.22, 1),  # 0.670 / 0.256 at 8e2590d (the same at 555e998)
    (HELDOUT30, 0.55, 0.58, 1),  # 0.587 / 0.618 at 2dae16a
    (HELDOUT31, 0.67, 0.54, 5),  # 0.713 / 0.583 at 2dae16a
    (HELDOUT32, 0.60, 0.68, 1),  # 0.643 / 0.727 at 2dae16a (0.643 / 0.741 at 5f7e390)
    (HELDOUT33, 0.60, 0.72, 2),  # 0.639 / 0.769 at 2dae16a (the same at 5f7e390)
    (HELDOUT34, 0.62, 0.50, 3),  # 0.661 / 0.548 at c3b338f (the same at 11675f0)
    (HELDOUT35, 0.72, 0.57, 1),  # 0.767 / 0.640 at c3b338f (0.760 / 0.612 at 11675f0)
    (HELDOUT36, 0.66, 0.52, 3),  # 0.712 / 0.571 at c3b338f (0.709 / 0.571 at 0f2457c)
    (HELDOUT37, 0.62, 0.58, 2),  # 0.672 / 0.627 at c3b338f (0.670 / 0.627 at 0f2457c)
]


@pytest.mark.parametrize(
    ("folder", "link_f1", "conflict_f1", "false_alarms"), SET_FLOORS, ids=[row[0].name for row in SET_FLOORS]
)
def test_labelled_set_holds_its_floors(
    folder: Path, link_f1: float, conflict_f1: float, false_alarms: int | None
) -> None:
    if folder.name.startswith("heldout") and not load_cases(folder):
        pytest.skip(f"no {folder.name} cases")
    score = _score(folder)
    assert score.link_prf[2] >= link_f1, score.link_prf
    assert score.conflict_prf[2] >= conflict_f1, score.conflict_prf
    if false_alarms is not None:
        assert score.false_alarms_on_agreements <= false_alarms


def test_a_span_counted_back_from_today_is_not_compared() -> None:
    comparison = _compare_body(
        "Police killed a 15-year-old boy, sparking five days of rioting across Greece.",
        "Fresh riots broke out across Greece over the killing of a 15-year-old boy by police eight days ago.",
    )
    assert comparison.links and not comparison.conflicts, [c.why for c in comparison.conflicts]


def test_a_measure_converted_in_brackets_is_compared_as_reported() -> None:
    comparison = _compare_body(
        "Hurricane Marisol crashed ashore as a Category 4 storm packing top sustained winds of 140 miles "
        "per hour (225 km per hour), forecasters said.",
        "Hurricane Marisol made landfall as a Category 4 hurricane with maximum sustained winds estimated "
        "at 140 mph (220 km/h), forecasters said.",
    )
    assert comparison.links and not comparison.conflicts, [c.why for c in comparison.conflicts]


def test_the_same_figure_pairs_with_itself_first() -> None:
    """Where one sentence lists two candidates' votes, the figure the other gives is set against the equal one."""
    comparison = _compare_body(
        "Josiah Ondieki Mogaka, Federal Citizens Alliance (FCA): 104,352 votes.",
        "Nyaboke garnered 121,487 votes against Federal Citizens Alliance candidate Josiah Ondieki Mogaka's 104,352.",
    )
    assert comparison.links and not comparison.conflicts, [c.why for c in comparison.conflicts]


def test_a_warning_is_a_forecast_of_what_it_names_only() -> None:
    warning = _compare_body(
        "The hurricane center had warned of a storm surge of up to 16 feet at Cocodrie on Tuesday.",
        "A gauge at Cocodrie recorded a storm surge of 11.5 feet on Tuesday before it stopped working.",
    )
    assert not warning.conflicts, [c.why for c in warning.conflicts]
    that_morning = _compare_body(
        "The weather service had warned that morning of storms bringing hail of up to 4 centimetres across the plain.",
        "The storm brought hail of up to 6 centimetres across the plain in the evening, the weather service said.",
    )
    assert not that_morning.conflicts, [c.why for c in that_morning.conflicts]
    after = _compare_body(
        "Health officials warned of a shortage of beds after 40 people were admitted to hospital on Sunday.",
        "Health officials said 25 people were admitted to hospital on Sunday amid a shortage of beds.",
    )
    assert [c.severity for c in after.conflicts] == [Severity.CONTRADICTION], [c.why for c in after.conflicts]


def test_two_shares_of_one_group_are_compared() -> None:
    same = _compare_body(
        "Only 41% of the academy's 312 students had received both doses of the vaccine.",
        "Just 36 percent of the school's students were fully immunized against measles.",
    )
    assert [c.severity for c in same.conflicts] == [Severity.CONTRADICTION], [c.why for c in same.conflicts]


def test_the_same_figure_written_twice_pairs_first() -> None:
    comparison = _compare_body(
        "Four members of the committee preferred the announced cut, while two members preferred to hold.",
        "Four of the committee's six members voted for the cut, while two preferred to hold the rate.",
    )
    assert comparison.links and not comparison.conflicts, [c.why for c in comparison.conflicts]


def test_a_bare_figure_does_not_take_the_place_of_a_strict_partner() -> None:
    comparison = _compare_body(
        "The blast killed 12 people at the wedding hall on Saturday, police said.",
        "The blast killed 14 people at the wedding hall on Saturday, police said, adding that 12 had been identified.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION], [c.why for c in comparison.conflicts]


def test_spans_counted_back_from_today() -> None:
    decades = _compare_body(
        "The dam, which was completed 40 years ago, burst on Monday after heavy rain, officials said.",
        "The dam, which was completed 65 years ago, burst on Monday after heavy rain, officials said.",
    )
    assert [c.severity for c in decades.conflicts] == [Severity.CONTRADICTION]
    days = _compare_body(
        "The boy was killed by police eight days ago, and riots followed across Greece, officials said.",
        "The boy was killed by police nine days ago, and riots followed across Greece, officials said.",
    )
    assert days.links and not days.conflicts, [c.why for c in days.conflicts]


def test_two_names_for_one_thing_are_compared() -> None:
    """Nouns news reports use for one counted thing are compared; nouns the lexicon only relates are not."""
    for a, b, expected in (
        (
            "Twenty-five wagons of the freight train derailed near Bucyrus on Saturday night.",
            "Twenty-three railcars of the freight train derailed near Bucyrus on Saturday.",
            [Severity.CONTRADICTION],
        ),
        (
            "The company will cut up to 850 roles in its head office.",
            "The company said it would cut 900 jobs in its head office.",
            [Severity.CONTRADICTION],
        ),
        (
            "The coast guard carried out 14 rescues off the coast on Sunday.",
            "The coast guard deployed 300 rescuers off the coast on Sunday.",
            [],
        ),
        (
            "The opposition party won 48,200 votes in the city on Sunday.",
            "The opposition party had led in 12 polls in the city before Sunday.",
            [],
        ),
    ):
        comparison = _compare_body(a, b)
        assert [c.severity for c in comparison.conflicts] == expected, [c.why for c in comparison.conflicts]


def test_lookups_by_sentence() -> None:
    comparison = _compare(BODY_A, BODY_B)
    conflict = comparison.conflicts[0]
    for member in conflict.members:
        assert conflict in comparison.conflicts_of(member.sentence)
        assert comparison.links_of(member.sentence)
    assert comparison.conflict_counts("s1") == (0, 1)
    claim = comparison.source("s1").claims[0]
    assert claim.sentence_id == claim.id.rsplit(".", 1)[0]


def test_parts_of_a_toll_are_not_set_against_the_total() -> None:
    comparison = _compare(
        "Two women and one man died in the fire on Main Street on Friday, police said.",
        "Three people died in the fire on Main Street on Friday, police said.",
    )
    assert comparison.links and comparison.conflicts == ()


def test_a_crowd_is_not_a_toll() -> None:
    comparison = _compare(
        "Tens of thousands of people marched in Orlen on Sunday after three people were killed by police.",
        "Thousands of people marched in Orlen on Sunday after four people were killed by police.",
    )
    pairs = {(c.subject, c.severity) for c in comparison.conflicts}
    assert ("people killed", Severity.CONTRADICTION) in pairs  # three vs four
    for conflict in comparison.conflicts:
        assert not ("killed" in (conflict.subject or "") and "housands" in conflict.why)


def test_an_earlier_disaster_is_not_todays_toll() -> None:
    comparison = _compare(
        "The quake on Tuesday killed at least 12 people in Orlen in 2025, the agency said. "
        "In 2004 a quake and tsunami killed 170,000 people in the region around Orlen, the agency said.",
        "The 2025 quake in Orlen killed 14 people on Tuesday, the agency said, and rescue work went on.",
    )
    assert all("170,000" not in c.why for c in comparison.conflicts)


def test_same_figure_with_and_without_a_bound() -> None:
    assert classify(_quantity("It weighs 10 pounds."), _quantity("It weighs more than 10 pounds.")) is (
        Severity.CONTRADICTION
    )
    assert classify(_quantity("The race was 1400 meters."), _quantity("The race was 5400 meters.")) is (
        Severity.CONTRADICTION
    )


def test_ages_in_a_list_are_ages_and_misreported_ages_conflict() -> None:
    claims = extract_claims("The two men, aged 51 and 47, were from Munich.", "t.1")
    ages = [c for c in claims if c.kind.value != "count"]
    assert [(c.text, c.subject) for c in ages] == [("51", "age"), ("47", "age")]
    comparison = _compare(
        "The 57-year-old captain was detained for questioning on Sunday, police said.",
        "Skipper Tomas Ruelle, 58, was detained by police for questioning on Sunday.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]
    comparison = _compare(
        "The two climbers killed, aged 51 and 47, were both from Munich, police said.",
        "The two climbers killed, aged 51 and 48, came from Munich, according to police.",
    )
    assert [(c.severity, c.why.count("51")) for c in comparison.conflicts] == [(Severity.CONTRADICTION, 0)]


def test_ages_of_different_people_are_not_compared() -> None:
    comparison = _compare(
        "The driver, 34, was killed in the crash on the A40 near Orlen on Monday, police said.",
        "A passenger, 61, was killed in the crash on the A40 near Orlen on Monday, police said.",
    )
    assert comparison.conflicts == ()


def test_ages_beside_different_names_are_not_compared() -> None:
    comparison = _compare_body(
        "Police say 21-year-old Dvonta Middlebrooks is charged with wanton endangerment after the shooting.",
        "Police say 20-year-old Lamonte Williams is charged with wanton endangerment after the shooting.",
    )
    assert comparison.links and comparison.conflicts == ()


def test_ages_beside_one_name_conflict_whatever_its_spelling() -> None:
    comparison = _compare_body(
        "Police said the victim was 20-year-old Adeline King of Blytheville, who died at the scene.",
        "Police said the victim, Adline King, 19, of Blytheville, died at the scene.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]
    comparison = _compare_body(
        "His first victim was his brother, 24-year-old Christopher Zawahri, at the family home.",
        "The first to die was his brother, Chris Zawahri, 25, at the family home.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]


def test_ages_pair_by_name_when_two_people_share_a_surname() -> None:
    comparison = _compare_body(
        "The brothers Cleveland Smelley, 30, and Antoine Smelley, 32, are charged with assault, prosecutors said.",
        "The brothers Antoine Smelley, 33, and Cleveland Smelley, 31, are charged with assault, prosecutors said.",
    )
    found = sorted(tuple(sorted(c.why.split('"')[1::2])) for c in comparison.conflicts)
    assert found == [("30", "31"), ("32", "33")]


def test_one_named_person_has_one_age_however_far_apart_the_two() -> None:
    comparison = _compare_body(
        "Maria Delgado, 34, was a nurse who had stopped at the mall to buy a present for her son, her sister said.",
        "Maria Delgado, a 43-year-old nurse, was at the mall shopping for a present for her son, her sister said.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]
    # Unnamed, an age nine years apart is another person's.
    comparison = _compare_body(
        "A woman, 34, was shot at the mall while shopping for a present for her son, police said.",
        "A 43-year-old woman was shot at the mall while shopping for a present for her son, police said.",
    )
    assert comparison.links and comparison.conflicts == ()


@pytest.mark.parametrize(
    "part",
    [
        "Three of those killed were tourists from Ohio, the airport shooting's police chief said.",
        "One of the five people shot and killed at the airport was a tourist from Ohio, police said.",
        "Among the dead were three tourists from Ohio, police said of the airport shooting.",
    ],
)
def test_part_of_the_victims_is_not_the_toll(part: str) -> None:
    comparison = _compare_body(
        part, "Five people were killed at the airport, three of them tourists from Ohio, police said."
    )
    assert comparison.links
    assert not any("Three" in c.why and '"Five"' in c.why for c in comparison.conflicts)
    assert not any('"One"' in c.why for c in comparison.conflicts)


def test_parts_of_the_victims_are_compared_with_each_other() -> None:
    comparison = _compare_body(
        "Among the dead were four foreign nationals, including two Turkish citizens, the ministry said.",
        "Three of the deceased were foreign nationals, the ministry said.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]


def test_a_part_with_its_whole_written_is_a_count() -> None:
    comparison = _compare_body(
        "The minister said 41 of our citizens have lost their lives in the earthquake in Van province.",
        "The minister said 57 people were killed in the earthquake in Van province.",
    )
    assert [(c.severity, '"41"' in c.why) for c in comparison.conflicts] == [(Severity.CONTRADICTION, True)]


def test_spans_told_from_other_moments_are_not_compared_across_sides() -> None:
    comparison = _compare_body(
        "Twenty minutes later on the West Side, four more people were shot in Lawndale, police said.",
        "About 30 minutes earlier, four people were shot in Lawndale on the West Side, police said.",
    )
    assert comparison.links
    assert not any("minutes" in c.why for c in comparison.conflicts)
    comparison = _compare_body(
        "Twenty minutes later, police arrested the gunman in Lawndale on the West Side.",
        "About 30 minutes later, police arrested the gunman in Lawndale on the West Side.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]
    # how long something lasted "before" it ended is its length, as is the time "after" it began
    comparison = _compare_body(
        "The motorway reopened at 17:40, four and a half hours after the first protesters walked onto it.",
        "The blockade of the motorway lasted about five and a half hours before police cleared the protesters.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION], [c.why for c in comparison.conflicts]


def test_a_kind_of_people_fewer_than_all_the_victims_is_part_of_them() -> None:
    comparison = _compare_body(
        "Police said three people died in the shooting near the Cleveland Arms apartments on Sunday night.",
        "Police said two women and a baby died in the shooting near the Cleveland Arms apartments on Sunday night.",
    )
    assert comparison.links and comparison.conflicts == ()
    comparison = _compare_body(
        "Deputies found eight people dead, including five children, at the house on Falling Oaks Road.",
        "Deputies found Valerie Jackson, her husband and six children dead at the house on Falling Oaks Road.",
    )
    assert _quoted(comparison.conflicts) == [["five", "six"]]


def test_more_of_a_kind_of_people_than_all_the_victims_conflicts() -> None:
    comparison = _compare_body(
        "Police said three people died in the shooting near the Cleveland Arms apartments on Sunday night.",
        "Police said four children died in the shooting near the Cleveland Arms apartments on Sunday night.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]


@pytest.mark.parametrize(
    "others",
    [
        "A gunman killed one visitor and wounded 9 others on Bourbon Street early on Sunday, police said.",
        "A gunman killed one visitor on Bourbon Street on Sunday, and nine other people were wounded, police said.",
    ],
)
def test_a_count_of_others_fewer_than_all_is_part_of_them(others: str) -> None:
    comparison = _compare_body(others, "Ten people were shot on Bourbon Street early on Sunday, police said.")
    assert comparison.links
    assert not any("9" in c.why or "nine" in c.why for c in comparison.conflicts)


def test_counts_of_others_are_compared_with_each_other() -> None:
    comparison = _compare_body(
        "One person was killed and six others were hurt in the shooting at Club Envy, police said.",
        "One person was killed and five others were hurt in the shooting at Club Envy, police said.",
    )
    assert _quoted(comparison.conflicts) == [["six", "five"]]


def test_gusts_are_compared_with_gusts_not_with_sustained_winds() -> None:
    comparison = _compare_body(
        "The cyclone made landfall near Quelimane on Sunday night with sustained winds of 185 km/h, forecasters said.",
        "The cyclone made landfall near Quelimane on Sunday night with gusts reaching 270 km/h, forecasters said.",
    )
    assert comparison.links and comparison.conflicts == ()
    comparison = _compare_body(
        "Gusts of up to 240 km/h hit Quelimane as the cyclone made landfall on Sunday night, forecasters said.",
        "Gusts of 270 km/h hit Quelimane as the cyclone made landfall on Sunday night, forecasters said.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]


_LANDFALL = """Storm news

Hurricane Marisol made landfall near Cocodrie on Tuesday afternoon with maximum sustained winds of 140 mph, then
weakened as it moved inland over the marshes toward Houma.

More than 400,000 homes lost power across southern Louisiana, the utility said.
"""
_ADVISORY = """Advisory

The eye of Hurricane Marisol made landfall near Cocodrie at 1:05 p.m. with maximum sustained winds of 140 mph.

Marisol weakened as it moved inland toward Houma, with maximum sustained winds of 120 mph.

Roughly 400,000 customers were without power on Tuesday night.
"""


def test_a_figure_agreeing_with_a_stronger_link_is_not_set_against_a_weaker_one() -> None:
    """The lead's "140 mph" at landfall is linked with the advisory's landfall sentence (140 mph) and, less strongly,
    with its later reading (120 mph): the later reading is another moment, not a conflict. Without the landfall
    sentence, the 120 mph reading is the lead's only partner, and the figures conflict."""
    both = compare_texts(_LANDFALL, _ADVISORY)
    assert {m.sentence for link in both.links for m in link.members} >= {"s1.1", "s2.1", "s2.2"}
    assert not [c for c in both.conflicts if c.subject == "speed"]
    later_only = compare_texts(_LANDFALL, _ADVISORY.replace(_ADVISORY.split("\n\n")[1] + "\n\n", ""))
    assert [c.why for c in later_only.conflicts if c.subject == "speed"] == [
        'speed: 0.txt (s1) says "140 mph"; 1.txt (s2) says "120 mph"; cannot both be true'
    ]


def test_a_figure_conflicts_with_one_report_of_it_per_source() -> None:
    """The lead's "140 mph" at landfall differs from the advisory's landfall figure (150 mph) and from its later
    reading (120 mph), which is linked far less strongly: only the landfall figure is the advisory's report of it."""
    comparison = compare_texts(_LANDFALL, _ADVISORY.replace("winds of 140 mph.", "winds of 150 mph."))
    assert [c.why for c in comparison.conflicts if c.subject == "speed"] == [
        'speed: 0.txt (s1) says "140 mph"; 1.txt (s2) says "150 mph"; cannot both be true'
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The ferry, which was carrying 230 people, capsized off Cabilao island on Sunday morning, officials said.",
            "The ferry capsized off Cabilao island on Sunday morning and 196 people were rescued, officials said.",
        ),
        (
            "The plane was carrying 62 people when it overran the runway at Quibdó on Friday night.",
            "All 58 people were evacuated when the plane overran the runway at Quibdó on Friday night.",
        ),
    ],
)
def test_those_on_board_are_not_those_rescued(a: str, b: str) -> None:
    """People on board ("carrying 230 people", "on board", "aboard") are counted apart from those something befell."""
    comparison = compare_bodies(a, b)
    assert comparison.links and comparison.conflicts == ()


def test_those_on_board_are_compared_with_those_on_board() -> None:
    comparison = compare_texts(
        "Ferry\n\nIt was carrying 230 people, including crew, according to the coast guard.\n",
        "Ferry news\n\nThe operator said 241 people were on board, including several children.\n",
    )
    assert [c.subject for c in comparison.conflicts] == ["people aboard"]


def test_what_a_forecast_leads_to_is_forecast_too() -> None:
    comparison = compare_bodies(
        "The draft forecasts revenue of 3,147.7 trillion rupiah, leaving a deficit of 638.8 trillion rupiah next year.",
        "The deficit next year is projected at Rp 683.8 trillion, the draft shows.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]


@pytest.mark.parametrize(
    ("other", "conflicts"),
    [
        ("The 43-year-old driver died at the scene of the coach crash on Sunday.", 1),  # a slip of the digits
        ("A 43-year-old passenger died at the scene of the coach crash on Sunday.", 0),  # another person
        ("The 52-year-old driver died at the scene of the coach crash on Sunday.", 0),  # too far off to be a slip
        ("A 43-year-old driver also died at the scene of the coach crash on Sunday.", 0),  # "a": another driver
        ("The 43-year-old driver of the second car died in the coach crash on Sunday.", 0),  # one of several
    ],
)
def test_ages_beside_one_role_are_one_persons(other: str, conflicts: int) -> None:
    comparison = compare_bodies("The driver, 34, was among the dead in the coach crash on Sunday, police said.", other)
    assert comparison.links
    assert len([c for c in comparison.conflicts if c.subject == "age"]) == conflicts


def test_a_suspension_is_not_a_prison_term() -> None:
    comparison = compare_bodies(
        "Lim Jae-ho received a three-year sentence suspended for five years after he cooperated, the court said.",
        "Lim Jae-ho was sentenced to 3 years' imprisonment, suspended for 5 years, as he cooperated, the court said.",
    )
    assert comparison.links and comparison.conflicts == ()
    comparison = compare_bodies(
        "Lim Jae-ho received a three-year sentence suspended for five years after he cooperated, the court said.",
        "Lim Jae-ho was sentenced to 4 years' imprisonment, suspended for 5 years, as he cooperated, the court said.",
    )
    assert [(c.subject, c.severity) for c in comparison.conflicts] == [("prison term", Severity.CONTRADICTION)]


def test_an_assumption_is_not_an_outcome() -> None:
    assumed = "Economic growth is assumed at 5.4% in the 2026 budget, the finance ministry said."
    comparison = compare_bodies(assumed, "Economic growth was 5.12% in the second quarter, the finance ministry said.")
    assert comparison.links and comparison.conflicts == ()
    comparison = compare_bodies(assumed, "The 2026 budget assumes economic growth of 5.2%, the finance ministry said.")
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]


@pytest.mark.parametrize(
    ("a", "conflicts"),
    [
        ("Blank votes totalled 187,412 in the runoff on Sunday.", 1),  # each sentence's only count
        ("Blank votes totalled 187,412 in the runoff on Sunday, and 9,000 ballots were spoiled.", 0),  # two counts
        ("Blank votes totalled 387,412 in the runoff on Sunday.", 0),  # more than twice the other: another thing
    ],
)
def test_a_bare_count_meets_the_only_count_of_its_linked_sentence(a: str, conflicts: int) -> None:
    """A count that says nothing of what it counts ("totalled 187,412") is compared with the other sentence's count
    when each is its sentence's only count and the two are of a like size."""
    comparison = compare_bodies(a, "More than 150,000 voters cast a blank vote in the runoff on Sunday.")
    assert comparison.links
    assert len(comparison.conflicts) == conflicts


@pytest.mark.parametrize(("tenths", "conflicts"), [("four-tenths", 0), ("six-tenths", 1)])
def test_a_part_of_a_per_cent_meets_its_figure(tenths: str, conflicts: int) -> None:
    comparison = compare_bodies(
        "Consumer prices rose 0.4% in March from February, the statistics office said.",
        f"Consumer prices climbed by {tenths} of a per cent in March from February, the statistics office said.",
    )
    assert comparison.links and len(comparison.conflicts) == conflicts


def test_help_arriving_after_the_first_call_is_no_length_of_the_attack() -> None:
    comparison = compare_bodies(
        "The knife attack in the Tenjin mall lasted about four minutes, police said.",
        "Police reached the Tenjin mall about five minutes after the first emergency call, police said.",
    )
    assert comparison.links and comparison.conflicts == ()
    comparison = compare_bodies(  # the end of a siege, told from its start, is how long it lasted
        "The siege of the Tenjin mall ended about four hours after it began, police said.",
        "The siege of the Tenjin mall lasted five hours, police said.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]


@pytest.mark.parametrize(
    ("a", "conflicts"),
    [
        ("In Munhava, nearly two in five of all cholera cases were recorded, health officials said.", 0),
        ("In Munhava, nearly two in five of all households have no piped water, health officials said.", 1),
    ],
)
def test_shares_of_people_and_of_homes_are_not_compared(a: str, conflicts: int) -> None:
    comparison = compare_bodies(a, "In Munhava, about 60% of households have no piped water, health officials said.")
    assert comparison.links and len(comparison.conflicts) == conflicts


@pytest.mark.parametrize(
    ("a", "conflicts"),
    [
        ("The yes side won in fewer than half of the canton's municipalities, mostly along the lake.", 0),
        ("The yes side won in 58% of the canton's municipalities, mostly along the lake.", 1),
    ],
)
def test_a_share_of_places_is_compared_only_with_a_share_of_places(a: str, conflicts: int) -> None:
    """"Fewer than half of the municipalities" voted yes while 53% of the voters did: two wholes."""
    comparison = compare_bodies(a, "The yes side won in 45% of the municipalities, while the canton backed it by 53%.")
    assert comparison.links and len(comparison.conflicts) == conflicts
    comparison = compare_bodies(a, "The yes vote in the canton reached 53%, carried by the lakeside municipalities.")
    assert comparison.links and comparison.conflicts == ()


def test_a_share_of_the_residents_of_places_is_a_share_of_people() -> None:
    comparison = compare_bodies(
        "About 80% of the camps' residents lack clean water, the UN said.",
        "The UN said 65% of camp residents lack clean water.",
    )
    assert _quoted(comparison.conflicts) == [["About 80%", "65%"]]


@pytest.mark.parametrize(
    ("a", "b", "conflicts"),
    [
        # the same digits in another order; a digit dropped; the same digits ten times apart; one digit mistyped
        ("Of the 303 goods in the basket, 172 rose in price.", "Of the 303 goods in the basket, 127 rose.", 1),
        ("About 57,000 people fled the coast, the agency said.", "Officials said 5,670 people fled the coast.", 1),
        ("The cyclone destroyed 18,240 houses in the province.", "In the province the cyclone razed 1,824 homes.", 1),
        ("Wrobel won with 155,221 votes, the commission said.", "The commission said Wrobel won 152,221.", 1),
        ("The council approved a budget of COP 38.4 trillion.", "At COP$34.8 trillion, the budget is huge.", 1),
        # two digits prove nothing; nor a hundredfold gap; nor a slip between two events or two groups of people
        ("Of the 303 products in the basket, 17 rose in price.", "Of the 303 goods in the basket, 71 rose.", 0),
        ("The earthquake injured 250 people in the city.", "In the city, the earthquake killed 25 people.", 0),
        ("The ship carried 1,250 passengers when it ran aground.", "All 125 crew were safe after it ran aground.", 0),
        ("Some 120 firefighters fought the warehouse blaze.", "The warehouse blaze injured 12 people.", 0),
        ("The cyclone destroyed about 2,300 houses in the province.", "In the province the cyclone razed 23 homes.", 0),
    ],
)
def test_a_figure_misreported_by_a_slip_of_the_pen_is_a_conflict(a: str, b: str, conflicts: int) -> None:
    comparison = compare_bodies(a, b)
    assert comparison.links
    assert len(comparison.conflicts) == conflicts
    assert all(c.severity is Severity.CONTRADICTION for c in comparison.conflicts)


@pytest.mark.parametrize(
    ("a", "conflicts"),
    [
        ("Four children and two British tourists were among the dead in the hotel fire, officials said.", 0),
        ("Among the dead in the hotel fire were four children, officials said.", 0),
        ("Four people died in the hotel fire, officials said.", 1),
        # the toll told before some of the victims is the toll
        ("Fourteen people died in the hotel fire and two Britons were among the dead, officials said.", 1),
    ],
)
def test_some_of_the_dead_are_not_the_toll(a: str, conflicts: int) -> None:
    comparison = compare_bodies(a, "Sixteen people died in the hotel fire, officials said.")
    assert comparison.links
    assert len(comparison.conflicts) == conflicts


@pytest.mark.parametrize(
    ("a", "b", "figures"),
    [
        (
            "Two British tourists were among the dead, the foreign office said.",
            "The foreign office said three British tourists died in the crash.",
            ["Two", "three"],
        ),
        (
            "Four children and two British tourists were among the dead, police said.",
            "Among the dead were four children and three British tourists, police said.",
            ["two", "three"],
        ),
        (
            "Three of the 40 people on board were among the dead, the coastguard said.",
            "The boat was carrying 45 people, the coastguard said.",
            ["40", "45"],
        ),
    ],
)
def test_one_group_among_the_dead_is_compared_with_itself(a: str, b: str, figures: list[str]) -> None:
    comparison = compare_bodies(a, b)
    assert _quoted(comparison.conflicts) == [figures]


def test_the_only_counts_of_two_linked_sentences_that_share_words_are_compared() -> None:
    """"Attendances ... totalled 8,412" and "More than 8,000 people went to hospital emergency departments" count one
    thing, though the words right beside the two figures differ: the sentences share theirs ("emergency", "heat")."""
    comparison = compare_bodies(
        "Emergency department attendances for heat-related illness totalled 8,412 over the two weeks.",
        "More than 8,000 people went to hospital emergency departments with heat illness.",
    )
    assert _quoted(comparison.conflicts) == [["8,412", "More than 8,000"]]
    assert comparison.conflicts[0].severity is Severity.DISCREPANCY


def test_a_slip_of_the_pen_about_one_thing_links_and_conflicts() -> None:
    """"Fourteen health workers" and "Four health workers" share few words, and their figures are far apart; one
    digit more or less about the same noun is a slip to flag, not two facts."""
    comparison = compare_texts(
        "Report\n\nThe outbreak has killed 31 people in Beira since March, the health directorate said.\n\n"
        "Fourteen health workers have contracted cholera while on duty, and all are in stable condition.\n",
        "News\n\nThirty-one people have died of cholera in Beira since March, officials said.\n\n"
        "Four health workers have themselves fallen ill with cholera, the provincial health directorate said.\n",
    )
    assert [[m.sentence for m in link.members] for link in comparison.links] == [["s1.1", "s2.1"], ["s1.2", "s2.2"]]
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a reviewer's look-alikes: two counts of unlike things, each its sentence's only count
        (
            "Police said 3,000 were on duty for the cup final at Wembley.",
            "About 5,000 fans travelled to Wembley for the cup final.",
        ),
        (
            "The vaccination centre has seen 800 since it opened on Monday.",
            "The hospital said 1,200 beds were occupied on Monday.",
        ),
        (
            "The charity has helped 5,000 since the war began.",
            "More than 8,000 refugees have crossed the border since the war began.",
        ),
    ],
)  # fmt: skip
def test_a_bare_count_is_not_set_against_a_count_of_another_thing(a: str, b: str) -> None:
    assert compare_bodies(a, b).conflicts == ()


def test_a_figure_agrees_elsewhere_only_about_the_same_thing() -> None:
    """Wages rising 4.2% do not agree with a jobless rate of 4.2%, however strongly the wage sentence is linked: the
    jobless rate still conflicts with "unemployment fell to 4.5%"."""
    comparison = compare_texts(
        "Report\n\nThe jobless rate fell to 4.2% in March, the statistics office said on Tuesday, as employers kept"
        " hiring.\n",
        "Report\n\nWages rose 4.2% in the year to March, the statistics office said on Tuesday. Unemployment fell to"
        " 4.5% in March.\n",
    )
    assert [c.why.split(";")[1].strip() for c in comparison.conflicts] == ['1.txt (s2) says "4.5%"']


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # "assumed" as taking on, not a budget's assumption
            "The group assumed responsibility for the attack that killed 14 soldiers.",
            "The attack on the army base killed 17 soldiers.",
        ),
        (  # flights suspended, not a suspended sentence
            "Flights at the airport were suspended for three hours after the drone sighting.",
            "Flights at the airport were halted for four hours after the drone sighting.",
        ),
    ],
)
def test_the_reviewers_look_alikes_of_assumptions_and_suspensions_still_conflict(a: str, b: str) -> None:
    assert [c.severity for c in compare_bodies(a, b).conflicts] == [Severity.CONTRADICTION]


@pytest.mark.parametrize(
    ("b", "conflicts"),
    [
        ("The court found that Kang pocketed $1.6 million in bribes from the builder.", 1),
        ("The court found that Kang pocketed $1.1 million in bribes from the builder.", 0),  # the writer's own rate
    ],
)
def test_a_conversion_in_brackets_meets_a_sum_given_only_in_its_currency(b: str, conflicts: int) -> None:
    comparison = compare_bodies(
        "The court found that Kang accepted 1.46 billion won ($1.06 million) in bribes from the builder.", b
    )
    assert comparison.links and len(comparison.conflicts) == conflicts


def test_a_conversion_is_not_set_against_a_dollar_sum_that_may_be_the_original() -> None:
    comparison = compare_bodies(
        "The budget includes 1.2 billion Australian dollars ($790 million) in energy bill relief for households.",
        "The budget includes $1.2 billion in energy bill relief for households.",
    )
    assert comparison.conflicts == ()


def test_a_count_needed_is_a_level_to_reach_not_one_reached() -> None:
    comparison = compare_bodies(
        "A total of 702,945 votes were cast in the consultation on the tram levy, the registry said.",
        "Participation in the consultation on the tram levy was above the 661,438 votes that were needed, the registry"
        " said.",
    )
    assert comparison.links and comparison.conflicts == ()


@pytest.mark.parametrize(("a", "conflicts"), [
    ("Exporters warned that a prolonged shutdown could cost the garment industry $50 million a day in lost output.", 0),
    ("Exporters said the shutdown cost the garment industry $50 million a day in lost output.", 1),
])  # fmt: skip
def test_what_a_thing_could_cost_is_no_cost_measured(a: str, conflicts: int) -> None:
    comparison = compare_bodies(a, "The shutdown cost the garment industry about USD 38 million a day in lost output.")
    assert comparison.links and len(comparison.conflicts) == conflicts


@pytest.mark.parametrize(("counted", "conflicts"), [("23%", 0), ("99.8%", 1)])
def test_a_count_in_progress_is_not_the_final_count(counted: str, conflicts: int) -> None:
    comparison = compare_bodies(
        f"With {counted} of voting tables counted, Restrepo had 44% of the vote in the Medellin mayoral race.",
        "Restrepo won 41.8% of the vote in the Medellin mayoral race, the registrar said.",
    )
    assert comparison.links and len(comparison.conflicts) == conflicts


@pytest.mark.parametrize(("rate", "conflicts"), [("86 deaths per million", 0), ("106 deaths per million", 1)])
def test_rates_per_million_and_per_100000_meet(rate: str, conflicts: int) -> None:
    comparison = compare_bodies(
        f"Estonia's overdose death rate last year was equal to {rate} inhabitants, the centre said.",
        "Estonia's overdose death rate last year reached 8.6 deaths per 100,000 inhabitants, the centre said.",
    )
    assert comparison.links and len([c for c in comparison.conflicts if "8.6" in c.why]) == conflicts


def test_a_speakers_figure_put_at_a_number_meets_the_same_speakers() -> None:
    comparison = _compare_body(
        "The march through Amsterdam, which police estimated at 12,000 people and organisers put at 40,000, ended "
        "at the Museumplein.",
        "Organisers now say more than 30,000 people joined the march through Amsterdam to the Museumplein.",
    )
    found = _quoted(comparison.conflicts)
    assert found == [["40,000", "more than 30,000"]], found


@pytest.mark.parametrize(
    ("a", "b", "figures"),
    [
        # the whole group, or the count of another event than the group's
        (
            "All five of those killed were from the same family, police said of the shooting.",
            "Six people were killed in the shooting, police said of the family.",
            ["five", "Six"],
        ),
        (
            "Four of the six people shot on Saturday night have died, police said.",
            "Five people died after the shooting on Saturday night, police said.",
            ["Four", "Five"],
        ),
        # ages: a place or a team is no name; descriptors and short first names do not make two people
        (
            "Police arrested a 34-year-old Sydney man, Jack Brown, on Friday over the stabbing.",
            "Jack Brown, 35, was arrested on Friday over the stabbing, police said.",
            ["34-year-old", "35"],
        ),
        (
            "Pensioner Margaret Hill, 81, died at the scene of the crash on the A40.",
            "Grandmother Margaret Hill, 82, died at the scene of the crash on the A40.",
            ["81", "82"],
        ),
        (
            "The victim was named as Bob Smith, 64, a retired teacher from Leeds.",
            "The victim was named as Robert Smith, 65, a retired teacher from Leeds.",
            ["64", "65"],
        ),
        # a span on one side only, and "earlier this week" is a date
        (
            "Police arrived at the school twenty minutes later, parents said.",
            "Police arrived at the school 45 minutes after the first shots were fired, parents said.",
            ["twenty minutes", "45 minutes"],
        ),
        (
            "He was questioned by detectives for 12 hours earlier this week about the fire.",
            "He was questioned by detectives for 14 hours about the fire.",
            ["12 hours", "14 hours"],
        ),
        # a whole of the same kind, and others more than a few short of the whole
        (
            "The fire at the school killed five children, officials said.",
            "The fire at the school killed six people, all of them children, officials said.",
            ["five", "six"],
        ),
        (
            "The gunman shot dead his wife and two others at the house before turning the gun on himself.",
            "The gunman killed seven people at the house before turning the gun on himself.",
            ["two", "seven"],
        ),
        (
            "Three more bodies were recovered from the river on Tuesday, the coastguard said.",
            "Five bodies were recovered from the river on Tuesday, the coastguard said.",
            ["Three", "Five"],
        ),
        # a bare mention of gusts does not make a sustained speed a gust
        (
            "The storm brought heavy rain and strong gusts, with winds of 120 km/h recorded in Darwin.",
            "The storm brought heavy rain, with winds of 150 km/h recorded in Darwin.",
            ["120 km/h", "150 km/h"],
        ),
    ],
)
def test_probes_of_the_part_and_person_rules_still_conflict(a: str, b: str, figures: list[str]) -> None:
    comparison = _compare_body(a, b)
    found = _quoted(comparison.conflicts)
    assert figures in found, found


def test_core_figures_meet_core_figures_not_the_headline() -> None:
    comparison = _compare_body(
        "Headline inflation increased to 3.2% in February, driven by food and fuel prices, Stats SA said.",
        "Headline CPI rose to 3.4 per cent in February, Stats SA said, while core inflation held at 3 per cent.",
    )
    found = _quoted(comparison.conflicts)
    assert found == [["3.2%", "3.4 per cent"]], found
    comparison = _compare_body(
        "Core inflation was unchanged at 3.0% in February, Stats SA said.",
        "Consumer inflation quickened to 3.2% in February, Stats SA said.",
    )
    assert comparison.conflicts == ()


def test_a_currencys_intraday_move_is_not_its_close() -> None:
    comparison = _compare_body(
        "The rand weakened as much as 0.7% against the dollar after the rate announcement on Thursday.",
        "The rand closed 0.3 per cent weaker against the dollar after the rate announcement on Thursday.",
    )
    assert comparison.conflicts == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # core figures: an amount after a core rate, an aside, a long name, "on a core basis"
        ("Core operating profit rose 8% to £1.2bn, the company said.",
         "Statutory operating profit fell 12% to £800m, the company said."),
        ("Core inflation, which strips out volatile food and energy prices, held at 3.2 per cent in March, the ONS "
         "said.", "Inflation rose to 3.4 per cent in March, the ONS said."),
        ("The core personal consumption expenditures price index rose 2.6% in May, the department said.",
         "The personal consumption expenditures price index rose 2.8% in May, the department said."),
        # a currency's level before its intraday move
        ("The euro was last down 0.3% at $1.0820 after weakening as much as 0.6%, traders said.",
         "The euro was last down 0.3% at $1.0820, traders said."),
        # a moment later is no span; a children's hospital names no kind of victim
        ("Armed officers arrived 20 minutes later and shot the gunman dead, police said.",
         "Armed officers shot the gunman dead after a 45-minute standoff, police said."),
        ("Three children died in the fire at the hospital, officials said.",
         "Eight people died in the fire at the children's hospital, officials said."),
        # a husband and a wife
        ("Mrs Okafor, 43, was treated in hospital after the crash, police said.",
         "Mr Okafor, 45, was treated in hospital after the crash, police said."),
    ],
)
def test_second_review_probes_raise_nothing(a: str, b: str) -> None:
    comparison = _compare_body(a, b)
    assert comparison.conflicts == (), [c.why for c in comparison.conflicts]


@pytest.mark.parametrize(
    ("a", "b", "figures"),
    [
        ("The group will sell its non-core assets for $1.2 billion, the company said.",
         "The group will sell its assets for $1.5 billion, the company said.", ["$1.2 billion", "$1.5 billion"]),
        ("The naira has lost as much as 40 per cent of its value against the dollar since June, analysts said.",
         "The naira has lost 70 per cent of its value against the dollar since June, analysts said.",
         ["as much as 40 per cent", "70 per cent"]),
        ("Senator Rand Paul said the bill added as much as $2.4 trillion to the national debt.",
         "Senator Rand Paul said the bill added $3.4 trillion to the national debt.",
         ["as much as $2.4 trillion", "$3.4 trillion"]),
        ("Gusts at the Needles peaked at 122mph as the storm hit, the Met Office said.",
         "Gusts at the Needles peaked at 90mph as the storm hit, the Met Office said.", ["122mph", "90mph"]),
        ("A 34-year-old Gold Coast man died at the scene on Sunday, police said.",
         "Police named the dead man as Jason Reid, 36, who died at the scene on Sunday.", ["34-year-old", "36"]),
        ("Dave Jones, 45, was charged with the robbery on Friday, police said.",
         "David Jones, 47, was charged with the robbery on Friday, police said.", ["45", "47"]),
        ("Akande signed over £2 million in shares to his wife in 2019, the court heard.",
         "Akande transferred £2.6 million in shares to his wife in 2019, the court heard.",
         ["£2 million", "£2.6 million"]),
    ],
)
def test_second_review_probes_still_conflict(a: str, b: str, figures: list[str]) -> None:
    comparison = _compare_body(a, b)
    found = _quoted(comparison.conflicts)
    assert figures in found, found


def test_a_year_after_since_does_not_make_a_sentence_background() -> None:
    comparison = _compare(
        "The 2025 strike began at dawn. "
        "The union wants a 10.5 per cent pay rise for its members at Brennholt Airport, it said on Monday.",
        "The strike is the first of 2025. "
        "The union at Brennholt Airport is demanding a 9.5% pay rise, in line with living costs since the last "
        "agreement in 2022, it said on Monday.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]


def test_the_news_lexicon_is_well_formed() -> None:
    from importlib import resources

    text = resources.files("engine").joinpath("data", "news_synonyms.txt").read_text(encoding="utf-8")
    groups = [line.split() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    words = [word for group in groups for word in group]
    assert len(groups) > 300
    assert len(words) == len(set(words)), "a word in two groups"
    assert all(word == word.lower() and word.replace("-", "").replace("'", "").isalpha() for word in words)


def test_paraphrases_in_other_words_are_linked() -> None:
    comparison = _compare(
        "Armed police ended the siege in Orlen on Friday. The weapon he carried turned out to be a replica, "
        "officers said. The post office will stay closed.",
        "The Orlen siege ended on Friday night. The gun he was holding was a fake, police said. "
        "Traders said they were shaken.",
    )
    pairs = [{m.sentence for m in link.members} for link in comparison.links]
    assert {"s1.2", "s2.2"} in pairs


def test_the_dateline_gives_the_event_year_when_the_text_names_none_twice() -> None:
    def sources(date: str | None):
        first = source_from_text("In 2014, a tornado killed 16 people in Tolliver County.", "a.txt", "s1")
        second = source_from_text("The tornado killed six people in Tolliver County, officials said.", "b.txt", "s2")
        return [first.model_copy(update={"date": date}), second]

    assert compare(sources(None)).conflicts  # nothing says 2014 is the past
    assert compare(sources("April 9, 2025")).conflicts == ()


def test_a_year_after_the_dateline_is_the_future_not_the_event() -> None:
    from engine.claims import event_year

    # "Cuts due by the end of 2026", named twice in reports dated 29 April 2025, do not make 2025 the past.
    assert event_year([2025, 2025, 2025, 2026, 2026], ["29 April 2025"]) == 2025
    assert event_year([2025, 2025, 2025, 2026, 2026]) == 2026  # no dateline: the text alone says
    assert event_year([2019, 2024, 2024], ["3 March 2025"]) == 2025
    first = source_from_text(
        "Kestrel Airways reported an operating loss of €214 million for the first quarter of 2025. "
        "It will cut up to 850 roles by the end of 2026.",
        "a.txt",
        "s1",
    )
    second = source_from_text(
        "Kestrel Airways lost €241 million at the operating level in the first quarter of 2025. "
        "The job cuts are due to be completed by the end of 2026.",
        "b.txt",
        "s2",
    )
    dated = [source.model_copy(update={"date": "29 April 2025"}) for source in (first, second)]
    assert [c.severity for c in compare(dated).conflicts] == [Severity.CONTRADICTION]


def test_figures_of_two_different_earlier_events_are_not_compared() -> None:
    comparison = _compare(
        "More than 70 pupils at Elmridge school fell ill in 2025. In 2019, an outbreak of norovirus at a school in "
        "Carnford affected 31 pupils.",
        "About 70 pupils at Elmridge school fell ill in 2025, the agency said in 2025. In 2022, a norovirus outbreak "
        "at a school in Carnford affected 23 pupils.",
    )
    assert all("31" not in c.why for c in comparison.conflicts), [c.why for c in comparison.conflicts]


def test_whoever_was_killed_is_counted_as_people() -> None:
    from engine.claims import counted_class

    assert counted_class("tourers", "killed") == "people"
    assert counted_class("tourers", None) == "tourers"
    assert counted_class("buildings", "damaged") == "structures"


def test_vote_tallies_are_compared_side_by_side() -> None:
    comparison = _compare(
        "Harrowfield council approved its budget for 2025 by 34 votes to 21 on Wednesday night.",
        "Harrowfield's 2025 budget passed 34-20 on Wednesday night, with one abstention.",
    )
    assert [(c.severity, c.subject) for c in comparison.conflicts] == [(Severity.CONTRADICTION, "votes")]
    assert '"21"' in comparison.conflicts[0].why and '"20"' in comparison.conflicts[0].why


def test_last_week_or_month_does_not_make_a_sentence_background() -> None:
    comparison = _compare(
        "Brennick's third-quarter revenue fell 3.1% to $412 million, the company said on Monday.",
        "Brennick's third-quarter revenue fell 3.4 per cent to $412 million, according to figures released last month.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]


def test_only_the_clause_that_looks_back_is_background() -> None:
    comparison = _compare(
        "Growth in the first quarter of 2025 was revised down to 0.2%, from 0.3% previously, the agency said.",
        "Growth in the first quarter of 2025 was 0.3%, the agency said on Friday.",
    )
    found = [(c.severity, c.why.count('"0.2%"'), c.why.count('"0.3%"')) for c in comparison.conflicts]
    assert found == [(Severity.CONTRADICTION, 1, 1)], [c.why for c in comparison.conflicts]


def _background(text: str) -> list[str]:
    """The figures of ``text`` (as written) that are background (see :func:`engine.conflicts.background_claims`)."""
    from engine.conflicts import background_claims

    source = source_from_text("Intro.\n\n" + text)
    earlier = background_claims(source.sentences)
    return [c.text for c in source.claims if c.id in earlier]


def test_what_is_background_in_a_sentence() -> None:
    # Counts up to today are not the past.
    assert _background("Since last year, 40 people have died on the route.") == []
    assert _background("In the past decade, 300 people have died on the route.") == []
    assert _background("In the past five years, 300 people have died on the route.") == []
    assert _background("In the last year, 40 people have died on the route.") == []
    # The past, told in other words or places.
    assert _background("In the past, floods here killed 300 people.") == ["300"]
    assert _background("The region last year recorded 40 deaths.") == ["40"]
    # A long opening clause dates only itself.
    assert _background("The centre, which held 900 people in the floods last year, now has 200 beds.") == ["900"]
    assert _background("In Spain 40 people died last year, but 12 died this week.") == ["40"]
    # The value a change starts from is the earlier one.
    assert _background("The toll rose to 30, up from 21 on Friday.") == ["21"]
    assert _background("It now sees profit of €300m to €350m, down from a February forecast of €450m to €500m.") == [
        "€450m to €500m"
    ]
    assert _background("Profit was £412m, compared with £380m.") == ["£380m"]
    assert _background("Inflation increased to 3.2% in February, from 3.0% in January.") == ["3.0%"]
    assert _background("Exports rose to 5.1% in the second quarter, from 4.2%.") == ["4.2%"]
    assert _background("Rescuers pulled 12 people from the rubble.") == []
    assert _background("The rate was 3.2% in February, from people who saw it.") == []
    # "A from B" where B is where A came from: not an earlier value.
    assert _background("The flood appeal raised 120,000 in March from 800 donors.") == []
    assert _background("Sales reached 500,000 in November from 30 stores.") == []


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # the noun "demand", "wanted for", "request for", and what was given after the asking are no demands
        ("Strong demand for chips lifted Samsung's operating profit by 15% in the quarter.",
         "Strong demand for chips lifted Samsung's operating profit by 25% in the quarter.", [["15%", "25%"]]),
        ("Investors sought safe havens as gold rose 2.1% on Monday.", "Gold rose 1.2% on Monday.", [["2.1%", "1.2%"]]),
        ("A former customs official who demanded bribes from importers was jailed for eight years on Monday.",
         "A former customs official who demanded bribes from importers was jailed for 12 years on Monday.",
         [["eight years", "12 years"]]),
        ("A man wanted for murder since 2019 was sentenced to 20 years on Monday.",
         "A man wanted for murder since 2019 was sentenced to 25 years on Monday.", [["20 years", "25 years"]]),
        ("Prosecutors had requested a 15-year term and the court imposed 11 years on Kim.",
         "The court sentenced Kim to 13 years on Monday.", [["11 years", "13 years"]]),
        ("The union demanded a 10% rise and got 6% from the metro operator.",
         "The union got a rise of 8% from the metro operator.", [["6%", "8%"]]),
        ("Voters who wanted change gave the opposition 45% of the vote.",
         "Voters who wanted change gave the opposition 41% of the vote.", [["45%", "41%"]]),
        # a participle that says who, a source's asking for anonymity, how long a thing was sought
        ("Investors seeking safety drove gold up 2.1% on Monday.", "Gold rose 3.5% on Monday.", [["2.1%", "3.5%"]]),
        ("A source who requested anonymity said the firm plans a 10% cut in jobs.",
         "The firm plans a 15% cut in jobs.", [["10%", "15%"]]),
        ("The family has sought justice for 12 years.", "The family has campaigned for justice for 10 years.",
         [["12 years", "10 years"]]),
        # a union's claim in the present is a demand
        ("Nurses want a 10% pay rise this year.", "Nurses have been offered a 4% pay rise this year.", []),
        ("Unions demand a 15% pay rise this year.", "Unions have been offered a 6% pay rise this year.", []),
    ],
)
def test_only_the_figure_right_after_an_asking_is_a_demand(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # what one side asked for is not what was given: a term prosecutors sought, a rise a union wants
        ("The Jakarta court handed Hendra Wirasaputra a nine-year prison term, though prosecutors had asked for "
         "12 years.",
         "The Jakarta court sentenced Hendra Wirasaputra to nine years in prison on Thursday.", []),
        ("The Jakarta court handed Hendra Wirasaputra a nine-year prison term on Thursday.",
         "The Jakarta court sentenced Hendra Wirasaputra to 12 years in prison on Thursday.",
         [["nine-year", "12 years"]]),
        ("The Sao Paulo metro union wants a pay rise of nearly 10% this year, its leaders said on Monday.",
         "The Sao Paulo metro operator has offered a pay rise of 4.5% this year, its leaders said on Monday.", []),
        ("The Sao Paulo metro operator has offered a pay rise of 5.4% this year, its leaders said on Monday.",
         "The Sao Paulo metro operator has offered a pay rise of 4.5% this year, its leaders said on Monday.",
         [["5.4%", "4.5%"]]),
        # a demand told after its figure, or as what should be done, is compared with demands only
        ("The court sentenced Kang Min-seok to 10 years, lighter than the 15 years prosecutors had asked for.",
         "The court sentenced Kang Min-seok to 10 years; prosecutors had sought 12 years.",
         [["15 years", "12 years"]]),
        ("Prosecutors demanded that Kang be jailed for 15 years, but the court sentenced him to 10 years.",
         "Prosecutors had asked for a 12-year term, but the court sentenced Kang to 10 years.",
         [["15 years", "12-year"]]),
        ("Prosecutors demanded that Kang be jailed for 15 years.", "The court sentenced Kang to 10 years.", []),
        ("Kang was jailed for 15 years, which prosecutors called fair.", "Kang was jailed for 12 years.",
         [["15 years", "12 years"]]),
    ],
)
def test_a_figure_one_side_asked_for_is_not_the_one_given(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # the counts listed after a total are parts of it, by what else they are: the total is the one to compare
        ("Judge Mokoena found Lungile Mahlangu guilty on 31 counts, including 24 of fraud and six of money laundering.",
         "Judge Mokoena convicted Lungile Mahlangu on 30 counts of fraud and money laundering.",
         [["31", "30"]]),
        ("Judge Mokoena convicted Lungile Mahlangu on 31 counts: 24 counts of fraud and six of money laundering.",
         "Judge Mokoena convicted Lungile Mahlangu on 30 counts of fraud and money laundering.",
         [["31", "30"]]),
        # a place's own figure among the total is compared with that place's
        ("The quake killed 120 people, including 40 in the capital, officials said.",
         "The quake killed 60 people in the capital, officials said.", [["40", "60"]]),
        ("The strikes killed 31 people, among them 12 in Kharkiv, officials said.",
         "The strikes killed 20 people in Kharkiv, officials said.", [["12", "20"]]),
        # a group told by what befell it is a group of its own
        ("The storm killed 45 people, including 12 who drowned, officials said.",
         "The storm killed 45 people, 15 of whom drowned, officials said.", [["12", "15"]]),
        ("Gunmen killed 31 people, including 9 who were shot at a church, officials said.",
         "Gunmen shot dead 12 people at a church, officials said.", [["9", "12"]]),
        # a narrower group named among the total is still compared with that group
        ("Twelve people were killed in the Kharkiv attack, including three police officers.",
         "Four police officers were killed in the Kharkiv attack.",
         [["three", "Four"]]),
    ],
)
def test_the_counts_listed_after_a_total_are_its_parts(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # the parts listed after "including" add up to no total
        ("As of 18:00 hours today, the number of dead stands at 31 (thirty-one), including 9 (nine) children and 11 "
         "(eleven) women.", "Nine of the dead are children.", []),
        # a breakdown of its own is a total
        ("Injured in the Meghna collision: 12 passengers and 3 crew.",
         "Eleven people were injured in the Meghna collision.", [["12 passengers and 3 crew", "Eleven"]]),
    ],
)
def test_parts_listed_after_including_are_no_total(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


def test_a_sum_over_a_span_of_years_is_todays_story() -> None:
    # the sentencing is dated 2026; the fraud ran between 2018 and 2021, and it is what both reports tell of
    comparison = _compare(
        "LAKESIDE, March 3, 2026 - Mark Dorrance was jailed on Tuesday for the Lakeside Commons fraud.\n\nProsecutors "
        "said Dorrance took $2.5 million from investors in Lakeside Commons between 2018 and 2021.",
        "LAKESIDE, March 3, 2026 - Mark Dorrance was jailed on Tuesday for the Lakeside Commons fraud.\n\nProsecutors "
        "say Dorrance took $25 million from investors in Lakeside Commons over three years.",
    )
    assert _quoted(comparison.conflicts) == [["$2.5 million", "$25 million"]]


def test_a_year_earlier_as_a_base_of_comparison_is_not_the_past() -> None:
    comparison = _compare(
        "Compared with the same quarter a year earlier, Estmark's GDP was 1.1% higher, the office said.",
        "Compared with a year earlier, Estmark's GDP was 1.2% higher, the office said.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]


def test_a_forecast_is_not_compared_with_todays_figure() -> None:
    forecast = _compare(
        "Treasurer Helen Marchetti said inflation was forecast to ease to 3.1% by the end of the financial year.",
        "Inflation is running at 3.6 per cent, Treasurer Helen Marchetti said, and the budget adds to it.",
    )
    assert forecast.links and not forecast.conflicts, [c.why for c in forecast.conflicts]
    # Two forecasts of the same thing are compared, as are two figures of today.
    for a, b in (
        (
            "Inflation was forecast to ease to 3.1% next year, the treasurer said.",
            "Inflation is forecast to ease to 3.4 per cent next year, the treasurer said.",
        ),
        (
            "Inflation eased to 3.1% in March, the statistics office said.",
            "Inflation eased to 3.4 per cent in March, the statistics office said.",
        ),
    ):
        assert [c.severity for c in _compare(a, b).conflicts] == [Severity.CONTRADICTION], (a, b)


def test_an_amount_converted_in_brackets_is_compared_as_reported() -> None:
    converted = _compare(
        "The budget includes 1.2 billion Australian dollars ($790 million) in energy bill relief, the treasurer said.",
        "The budget includes $1.2 billion in energy bill relief for households, the treasurer said.",
    )
    assert converted.links and not converted.conflicts, [c.why for c in converted.conflicts]
    reported = _compare(
        "The budget includes 1.3 billion Australian dollars ($850 million) in energy bill relief, the treasurer said.",
        "The budget includes A$1.2 billion in energy bill relief for households, the treasurer said.",
    )
    assert [c.severity for c in reported.conflicts] == [Severity.CONTRADICTION]
    assert '"1.3 billion Australian dollars"' in reported.conflicts[0].why


def test_a_part_after_including_is_matched_with_the_same_part() -> None:
    comparison = _compare(
        "At present, 4,716 dengue patients are being treated in hospitals, including 2,893 in Dhaka, officials said.",
        "Hospitals in Dhaka were treating around 2,900 dengue patients on Sunday, officials said.",
    )
    assert comparison.links and not comparison.conflicts, [c.why for c in comparison.conflicts]


def test_the_last_time_is_the_past_for_links_and_conflicts_alike() -> None:
    comparison = _compare(
        "The last time it flooded, the River Aske reached 4.9 metres at Kelby Bridge, the agency said.",
        "The River Aske reached 5.2 metres at Kelby Bridge on Tuesday night, the agency said.",
    )
    assert not comparison.conflicts, [c.why for c in comparison.conflicts]


def test_matrix_puts_a_group_and_people_in_general_on_one_row_when_no_source_gives_both() -> None:
    from engine.matrix import claim_matrix

    comparison = _compare(
        "Two men were killed and five people were wounded when a gunman opened fire outside a bar on Elm Street.",
        "Three people died and four were injured after shots were fired outside a bar on Elm Street.",
        "Five people, including three children, were killed when a second gunman opened fire on Oak Street.",
    )
    rows = {row.label: [[c.text for c in cell.claims] for cell in row.cells] for row in claim_matrix(comparison)}
    # The third source gives both "people killed" and "children killed", so children keep their own row.
    assert rows["people killed"] == [["Two"], ["Three"], ["Five"]]
    assert rows["children killed"] == [[], [], ["three"]]


def test_matrix_leaves_out_figures_about_an_earlier_event() -> None:
    from engine.matrix import claim_matrix

    comparison = _compare(
        "Nine people died when the ferry capsized on Sunday. Last year, 23 people died when a speedboat sank nearby.",
        "The ferry disaster killed nine people, the search agency said.",
    )
    rows = {row.label: [[c.text for c in cell.claims] for cell in row.cells] for row in claim_matrix(comparison)}
    assert rows["people killed"] == [["Nine"], ["nine"]]


def test_a_slip_of_magnitude_links_and_conflicts() -> None:
    # Few shared words; the figures differ by a power of ten with the same digits ("R450m" and "R45 million").
    comparison = _compare(
        "Harbour cranes stood idle at the port for a second day. "
        "Regulators fined the shipping group R450m on Friday over the oil spill at the terminal. "
        "Fishing boats stayed in the harbour.",
        "The ferry service resumed its timetable on Saturday morning. "
        "The shipowner must pay R45 million for the spill, the maritime authority ruled. "
        "Beaches south of the port reopened to swimmers.",
    )
    assert {"s1.2", "s2.2"} in [{m.sentence for m in link.members} for link in comparison.links]
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]


def test_idioms_meet_the_event_word_they_stand_for() -> None:
    comparison = _compare(
        "Commuters waited for hours at the central station. Two wagons left the rails near the river bridge. "
        "Replacement buses were running by noon.",
        "A freight train derailed close to the river bridge, the operator said. "
        "Services to the coast are expected to resume on Wednesday. Commuters were told to allow extra time.",
    )
    assert [{m.sentence for m in link.members} for link in comparison.links] == [{"s1.2", "s2.1"}]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("The river burst its banks", "The river flooded"),
        ("Two carriages came off the tracks", "Two carriages derailed"),
        ("The minister Stepped Down on Friday", "The minister resigned on Friday"),
        ("Organisers said 12,000 people took part", "Organisers said 12,000 people participated"),
        # phrases with other common senses are left alone
        ("Prices fell in May", "Prices fell in May"),
        ("Passengers walked out of the tunnel", "Passengers walked out of the tunnel"),
    ],
)
def test_join_phrases(text: str, plain: str) -> None:
    assert join_phrases(text.split()) == plain.split()


def test_parts_are_added_up_against_a_total() -> None:
    before = "The ferry capsized in heavy seas on Sunday night. The manifest listed 210 people on board the ferry. "
    after = "Rescue boats left the port at dawn. According to the manifest, {} passengers and 23 crew members were on "
    after += "board the ferry. The search continues."
    # 187 + 23 = 210: no conflict, though neither part is the total.
    assert _compare(before, after.format(187)).conflicts == ()
    # 178 + 23 = 201: the sum, not one part, is set against the total.
    (conflict,) = _compare(before, after.format(178)).conflicts
    assert conflict.severity is Severity.CONTRADICTION
    assert '"178 passengers and 23 crew" (201 in all)' in conflict.why
    # A toll given in groups that do not add up.
    (conflict,) = _compare(
        "Two women and one man died in the fire, police said. Firefighters fought the blaze for hours.",
        "Four people died in the fire, police said. Neighbours raised the alarm.",
    ).conflicts
    assert conflict.subject == "people killed" and "(3 in all)" in conflict.why


def _modes(text: str) -> dict[str, str | None]:
    """Each figure of ``text`` (as written) with its mode (see :func:`engine.conflicts.claim_modes`), None if none."""
    from engine.conflicts import claim_modes

    source = source_from_text("Intro.\n\n" + text)
    modes = claim_modes(source.sentences)
    return {c.text: modes.get(c.id) for c in source.claims}


def _moded(text: str) -> dict[str, str]:
    """The figures of ``text`` that have a mode, with it."""
    return {figure: mode for figure, mode in _modes(text).items() if mode}


def test_a_capacity_is_not_what_was_held() -> None:
    modes = _moded(
        "The centre, built to house about 400 people, was holding more than 1,000 on Wednesday. "
        "The tanker can carry up to 45,000 tonnes of fuel. The tanker was carrying 38,000 tonnes of diesel. "
        "Inflation is forecast to ease to 3.1% next year."
    )
    assert modes == {"about 400": "capacity", "up to 45,000 tonnes": "capacity", "3.1%": "forecast"}
    comparison = _compare(
        "The Marlin Crest tanker ran aground off Gladstone carrying 38,000 tonnes of diesel, officials said.",
        "The Marlin Crest tanker, which ran aground off Gladstone, can carry up to 45,000 tonnes of diesel.",
    )
    assert comparison.links
    assert comparison.conflicts == ()


def test_a_licence_a_shelter_and_a_rule_are_the_most_allowed_not_what_happened() -> None:
    modes = _moded(
        "The ferry was licensed by the Tanzania Shipping Agencies Corporation to carry 120 passengers. "
        "The stadium, which can shelter up to 800 people, has been fitted out with mattresses. "
        "Under national rules, a driver may not be at the wheel for more than five hours at a stretch. "
        "Workers must not be exposed to more than 25 parts per million of ammonia over a shift."
    )
    assert modes == {
        "120": "capacity",
        "up to 800": "capacity",
        "more than five hours": "capacity",
        "more than 25 parts per million": "capacity",
    }
    # A negation with no "more than" or "exceed" after it sets no limit; nor does a licence given for something else.
    assert _moded(
        "Police cannot confirm that 40 people died. The driver may not have seen the 12 cars ahead of him. "
        "The operator was licensed by the ministry in 2019 and carried 212 passengers."
    ) == {}
    comparison = _compare(
        "Under national rules, a driver may not be at the wheel for more than five hours at a stretch, it said.",
        "The driver had been at the wheel for about five hours when the bus left the road, the ministry said.",
    )
    assert comparison.conflicts == ()


def test_those_in_a_serious_condition_are_some_of_the_injured_four_words_after_their_figure() -> None:
    assert _moded(
        "Seven employees have been hospitalised in a serious condition. "
        "Nine of the injured remain in serious condition. "
        "Forty-one miners were taken to hospital in Karaganda, six of them in a serious condition."
    ) == {"Seven": "seriously hurt", "Nine": "seriously hurt", "six": "seriously hurt"}
    assert _moded("Thirty-four workers were hurt, including 15 with serious burns and two with critical injuries.") == {
        "15": "seriously hurt",
        "two": "seriously hurt",
    }
    # Five words away, or past a comma, the condition is another figure's.
    assert _moded("Twelve people were taken by ambulance to the hospital in critical condition.") == {}
    comparison = _compare(
        "Forty-one miners were taken to hospital in Karaganda, six of them in a serious condition, officials said.",
        "Seven miners have been hospitalised in a serious condition in Karaganda, officials said.",
    )
    (conflict,) = comparison.conflicts
    assert '"six"' in conflict.why and '"Seven"' in conflict.why and conflict.severity is Severity.CONTRADICTION


@pytest.mark.parametrize(
    ("a", "b", "conflicts"),
    [
        # two lines of the accounts: no conflict
        (
            "Operating profit rose to $1.2 billion in the quarter, the company said.",
            "Net profit rose to $800 million in the quarter, the company said.",
            0,
        ),
        ("The group's pre-tax profit climbed to £450m, it said.", "The group's net profit came to £310m.", 0),
        (
            "Operating income fell 12% to 3.4 billion euros in the third quarter.",
            "Net income fell 12% to 2.1 billion euros in the third quarter.",
            0,
        ),
        (
            "EBITDA came in at R2.3 billion for the year, the miner said.",
            "Headline earnings came in at R1.1 billion for the year, the miner said.",
            0,
        ),
        (
            "Sales reached 14.8 trillion won, while operating profit climbed to 1.07 trillion won.",
            "Revenue rose to 14.82 trillion won ($10.2 billion), while net profit came in at 836 billion won.",
            1,  # the revenue, rounded; not the operating profit against the net profit
        ),
        # one line, named alike or in other words, or a plain loss: the conflict stands
        (
            "Net profit rose to $1.2 billion in the quarter, the company said.",
            "Net profit rose to $800 million in the quarter, the company said.",
            1,
        ),
        ("Profit before tax rose to £450m, it said on Tuesday.", "Pre-tax profit rose to £410m, it said.", 1),
        (
            "Revenue fell by almost a fifth, and the company swung to a loss of more than RM150 million.",
            "The Group recorded a net loss of RM180 million for the quarter.",
            1,
        ),
    ],
)
def test_two_lines_of_a_companys_accounts_are_two_figures(a: str, b: str, conflicts: int) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert len(comparison.conflicts) == conflicts, [c.why for c in comparison.conflicts]


def test_the_most_the_law_allows_is_not_the_term_or_fine_given() -> None:
    assert _moded(
        "Kovac, who had faced up to 20 years in prison, was sentenced to eight years. "
        "The offence carries a maximum sentence of 15 years. The offence is punishable by up to 10 years in prison. "
        "The firm faces a fine of up to €1 million. Hale faced a maximum of five years."
    ) == {
        "up to 20 years": "maximum",
        "15 years": "maximum",
        "up to 10 years": "maximum",
        "up to €1 million": "maximum",
        "a maximum of five years": "maximum",
    }
    assert _moded(
        "The law, which was given final approval in May, carries a maximum sentence of 15 years. "
        "Kovac faces up to 20 years if convicted."
    ) == {"15 years": "maximum", "up to 20 years": "maximum"}
    # What someone faced without "up to" or "a maximum", and a term or fine given, are no maximum; nor what someone
    # faced that is no penalty, nor a maximum handed down.
    assert _moded(
        "Residents faced up to 12 hours without power. The airline faces as much as $5 billion in claims. "
        "The union faces a fine of R$20,000 for every day. The judge handed him the maximum sentence of 10 years."
    ) == {}
    assert _moded("Kovac faced 20 years of exile. The firm was fined €400,000. Hale was jailed for five years.") == {}
    for a, b in (
        (
            "Kovac was sentenced to eight years in prison on Tuesday, the court said.",
            "Kovac, who had faced up to 20 years in prison, was sentenced on Tuesday, the court said.",
        ),
        (
            "The firm faces a fine of up to €1 million over the leak, the regulator said.",
            "The firm was fined €400,000 over the leak, the regulator said.",
        ),
    ):
        comparison = _compare_body(a, b)
        assert comparison.links and comparison.conflicts == (), [c.why for c in comparison.conflicts]


def test_a_bare_dollar_sign_close_to_another_dollar_is_read_as_that_dollar() -> None:
    local = "Liquidators have so far returned $3.8 million to investors, the court heard."
    other = "Liquidators at a Big Four accounting firm have so far handed S$3.6 million back to investors."
    for a, b in ((local, other), (other, local)):
        (conflict,) = _compare_body(a, b).conflicts
        assert conflict.severity is Severity.CONTRADICTION
        assert conflict.why.endswith('("$3.8 million" read as SGD, the dollar of the other report)'), conflict.why
    # The same sum agrees; US$ is no local dollar; a sum a rate apart ($2.7 million) may be the other converted.
    for written in ("$3.6 million", "US$3.8 million", "$2.7 million"):
        comparison = _compare_body(local.replace("$3.8 million", written), other)
        assert comparison.links and comparison.conflicts == (), (written, [c.why for c in comparison.conflicts])


def test_a_term_put_forward_as_enough_is_asked_for_not_given() -> None:
    assert _moded(
        "The defence argued that about a decade behind bars would be sufficient punishment. "
        "His lawyer said five years in prison would be appropriate. Tan was jailed for six years."
    ) == {"about a decade": "demand", "five years": "demand"}
    comparison = _compare_body(
        "Tan was sentenced to six years and eight months in jail on Friday, the court heard.",
        "Tan was sentenced on Friday; the defence had argued that about a decade in jail would be sufficient.",
    )
    assert comparison.links and comparison.conflicts == (), [c.why for c in comparison.conflicts]


def test_one_noun_split_by_what_each_part_is_of_adds_up() -> None:
    convicted = "Tan was convicted in August of 23 charges of cheating and six of money laundering after a trial."
    assert _compare_body(convicted, "Tan was convicted in August on 29 charges of cheating, it said.").conflicts == ()
    (conflict,) = _compare_body(convicted, "He was found guilty of 27 charges of cheating and laundering.").conflicts
    assert '"23 charges of cheating and six of money laundering" (29 in all)' in conflict.why
    assert conflict.severity is Severity.CONTRADICTION
    # A count that names one of the sorts is that part: "23 charges of cheating" agrees, "21 cheating charges" not.
    assert _compare_body(convicted, "He was convicted of 23 charges of cheating, it said.").conflicts == ()
    (conflict,) = _compare_body(convicted, "He was convicted of 21 cheating charges, it said.").conflicts
    assert '"23"' in conflict.why and '"21"' in conflict.why
    # Some of a whole ("six of them") is no part of a breakdown: the 40 arrested are set against the 46.
    (conflict,) = _compare_body(
        "Police arrested 40 people, and six of them were charged with rioting, officials said.",
        "Police arrested 46 people, officials said.",
    ).conflicts
    assert '"40"' in conflict.why and '"46"' in conflict.why


def test_two_measures_in_one_unit_are_compared_as_written() -> None:
    level = "The water level in the reservoir has risen to 2,398.6 feet on Saturday morning, officials said."
    (conflict,) = _compare_body(level.replace("has risen to 2,398.6 feet", "stood at 2,398.62 ft"), level).conflicts
    assert conflict.severity is Severity.DISCREPANCY and "2,398.62 ft" in conflict.why
    # the same figure in the unit's other spelling agrees; so does the figure converted to metres, and a hedge
    for other in ("stood at 2,398.6 ft", "stood at 731.09 metres", "stood at about 2,400 feet"):
        assert _compare_body(level.replace("has risen to 2,398.6 feet", other), level).conflicts == (), other


def test_two_magnitudes_conflict_as_magnitudes() -> None:
    (conflict,) = _compare_body(
        "The 7.8-magnitude quake struck at 4:17 a.m. local time, the survey said.",
        "The magnitude 7.7 earthquake hit at 04:17, the survey said.",
    ).conflicts
    assert conflict.subject == "magnitude" and conflict.why.startswith("magnitude: ")


def test_a_count_aimed_at_is_a_target_not_a_count_reached() -> None:
    assert _moded(
        "The campaign aims to reach 1.2 million children by March. The ministry aims for 500 new clinics. "
        "So far, 800,000 children have been vaccinated. The 40 rockets aimed at the city were shot down."
    ) == {"1.2 million": "target", "500": "target"}
    comparison = _compare_body(
        "The vaccine campaign aims to reach 1.2 million children by the end of March, officials said.",
        "So far, 800,000 children have been vaccinated in the campaign, officials said.",
    )
    assert comparison.conflicts == (), [c.why for c in comparison.conflicts]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The referendum passed with 58% of the vote on a turnout of 44%.",
            "Some 58 per cent backed the proposal, though only 41% of voters turned out.",
        ),
        ("Turnout reached 65%, and Smith won 58% of the vote.", "Smith won 58 per cent of the vote on a 61% turnout."),
    ],
)
def test_a_share_of_the_vote_is_no_turnout_though_a_turnout_is_named_near_it(a: str, b: str) -> None:
    (conflict,) = _compare_body(a, b).conflicts
    assert "58" not in conflict.why, conflict.why


def test_an_intraday_peak_is_not_the_close_and_a_value_with_debt_is_not_the_equity_value() -> None:
    modes = _moded(
        "Shares rose as much as 6.1% to 512p in early trade. Shares closed up 4.3% at 498p. "
        "More than 50 rescuers were out at one point. "
        "Including net debt of about £640m, the deal values the group at £3.7bn. "
        "The offer values the group's shares at £3.06bn."
    )
    assert modes == {"as much as 6.1%": "intraday", "512p": "intraday", "about £640m": "debt", "£3.7bn": "with debt"}
    for a, b in (
        (
            "Brackwater shares soared as much as 33 per cent to 499p in early trading on Monday after the offer.",
            "Brackwater shares closed up 29 percent at 484 pence on Monday after the offer.",
        ),
        (
            "Including net debt of about £640m, the offer values Brackwater at £3.7bn, the company said.",
            "The offer values Brackwater at about 3.06 billion pounds, the company said.",
        ),
    ):
        comparison = _compare(a, b)
        assert comparison.links, (a, b)
        assert comparison.conflicts == (), [c.why for c in comparison.conflicts]
    # Only where a market is spoken of, only the peak and not the close after it, and only the clause that says so.
    modes = _modes(
        "Prices rose as much as 5% in some regions. "
        "Shares rose as much as 6% before closing up 4% at 498p. "
        "The bid values the company at $6bn, or $8bn including debt. "
        "The firm, with debts of $2bn, reported a loss of $300m. "
        "The deal gives an enterprise value of $7bn and an equity value of $5bn."
    )
    assert modes == {
        "as much as 5%": None,
        "as much as 6%": "intraday",
        "4%": None,
        "498p": None,
        "$6bn": None,
        "$8bn": "with debt",
        "$2bn": "debt",
        "$300m": None,
        "$7bn": "with debt",
        "$5bn": None,
    }
    # Two closing prices are still compared.
    closes = _compare(
        "Brackwater shares closed up 29 percent at 484 pence on Monday after the offer.",
        "Brackwater shares closed up 31 percent at 491 pence on Monday after the offer.",
    )
    assert len(closes.conflicts) == 2


def test_figures_of_different_modes_are_not_the_same_figure_for_linking() -> None:
    from engine.align import figure_agreement, sentence_features

    def features(text: str):
        return sentence_features(source_from_text("Intro.\n\n" + text), 0)[-1]

    peak = features("Brackwater shares soared as much as 33 per cent in early trading on Monday.")
    close = features("Brackwater shares closed up 29 per cent on Monday.")
    other_close = features("Brackwater shares ended up 31 per cent on Monday.")
    assert figure_agreement(peak, close) == 0.0
    assert figure_agreement(close, other_close) > 0.5
    held = features("The tanker was carrying 38,000 tonnes of diesel.")
    capacity = features("The tanker can carry up to 40,000 tonnes of diesel.")
    assert figure_agreement(held, capacity) == 0.0
    # A forecast still meets a figure told without the forecast's words: both may report one fact.
    expected = features("Some 61,000 nurses are expected to join the strike.")
    set_to = features("More than 60,000 nurses are set to join the strike.")
    assert figure_agreement(expected, set_to) > 0.5


def test_a_rise_against_a_fall_is_a_contradiction_and_a_change_is_no_share() -> None:
    rise_fall = _compare(
        "In Melbourne, home values are now 1.2 per cent higher than a year ago, the index showed.",
        "Melbourne home values are down 1.2% on a year ago, the index showed.",
    )
    assert [c.severity for c in rise_fall.conflicts] == [Severity.CONTRADICTION]
    assert '"1.2 per cent higher"' in rise_fall.conflicts[0].why and '"down 1.2%"' in rise_fall.conflicts[0].why
    # The same direction in other words agrees; a level ("rose to") has no direction to set against one.
    for a, b in (
        (
            "Shares in Brackwater fell 6.62% on Tuesday after the ruling.",
            "Brackwater shares dropped 6.62% on Tuesday after the ruling.",
        ),
        (
            "The economy grew 0.4% in the second quarter, the statistics office said.",
            "The statistics office said the economy saw 0.4% growth in the second quarter.",
        ),
        (
            "Inflation rose to 3.6% in May, the statistics office said.",
            "Inflation was down 3.6% in May from its peak, the statistics office said.",
        ),
    ):
        comparison = _compare(a, b)
        assert comparison.links and not comparison.conflicts, (a, b, [c.why for c in comparison.conflicts])
    change_share = _compare(
        "Brackwater shares ended the day up 31 per cent after the bid for Brackwater was announced.",
        "Investors holding 27 percent of Brackwater shares have backed the bid for Brackwater.",
    )
    assert change_share.links and not change_share.conflicts, [c.why for c in change_share.conflicts]


def test_those_in_hospital_now_are_not_all_who_were_taken_there() -> None:
    assert _moded("Nine patients have needed hospital care, and two remain hospitalized in Akron.") == {
        "two": "in hospital now"
    }
    assert _moded("Twelve people are still in hospital.") == {"Twelve": "in hospital now"}
    assert _moded("Nine were taken to hospital, and four were hospitalised overnight.") == {}
    now_and_all = _compare(
        "Nine patients have needed hospital care since the measles outbreak began, and two remain hospitalized.",
        "At least seven patients have ended up in the hospital since the measles outbreak began.",
    )
    assert [(c.severity, c.why.count("Nine")) for c in now_and_all.conflicts] == [(Severity.DISCREPANCY, 1)], [
        c.why for c in now_and_all.conflicts
    ]


def test_a_level_to_reach_is_not_a_level_reached() -> None:
    assert _moded("Experts estimate that coverage of 95% is needed to prevent spread.") == {"95%": "target"}
    assert _moded("Inflation was 3.1% in May, above the bank's 2% target.") == {"2%": "target"}
    assert _moded("Turnout in the ballot was 54%, comfortably above the legal threshold.") == {}
    needed_and_reached = _compare(
        "Public health experts say vaccination coverage of 95% is needed to stop measles spreading in Ashland County.",
        "In Ashland County, vaccination coverage reached 86 percent, short of the level experts say is needed.",
    )
    assert needed_and_reached.links and not needed_and_reached.conflicts, [c.why for c in needed_and_reached.conflicts]


def test_days_weeks_or_months_earlier_are_the_past() -> None:
    from engine.claims import LOOKS_BACK

    for text in ("The district had counted 38 cases a week earlier.", "Two days earlier, police had arrested 12."):
        assert LOOKS_BACK.search(text), text
    for text in (
        "The fire broke out a week ago and killed 12.",  # the event itself
        "Sales were up 6 per cent on a month earlier.",  # the base of today's comparison
        "Three days before the vote, polls showed 40% support.",
    ):
        assert not LOOKS_BACK.search(text), text
    this_week_and_last = _compare(
        "The Ashland County Health District has confirmed 47 cases of measles in the outbreak.",
        "The outbreak has grown to 51 cases. The Ashland County Health District had counted 38 cases a week earlier.",
    )
    whys = [c.why for c in this_week_and_last.conflicts]
    assert len(whys) == 1 and "51" in whys[0] and "38" not in whys[0], whys


def test_a_year_that_names_an_event_does_not_make_a_sentence_background() -> None:
    comparison = _compare(
        "Vaalrand verdict\n\n14 October 2025\n\n"
        "The 2025 trial heard from 40 witnesses. "
        "Shares in Vaalrand fell 6.62% on Tuesday after the court fined the company over the 2021 Kloofspruit "
        "disaster.",
        "Vaalrand verdict\n\n14 October 2025\n\n"
        "The 2025 trial heard from 40 witnesses. "
        "Vaalrand shares fell 4.1% in Johannesburg on Tuesday after the court fined the company over the disaster.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]


def test_a_bare_forecast_noun_makes_no_figure_a_forecast() -> None:
    comparison = _compare(
        "Kestrel Airways reported an operating loss of €214 million for the first quarter.",
        "Kestrel Airways slashed its profit forecast for the year and said it would cut 900 jobs after losing €241 "
        "million at the operating level in the first quarter.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]
    comparison = _compare(
        "Kestrel Airways now forecasts an operating loss of €214 million for the year.",
        "Kestrel Airways made an operating loss of €241 million for the year.",
    )
    assert comparison.conflicts == ()
    # the noun's own figure may sit a clause's words away: "its forecast for X now averages 4.1%"
    comparison = _compare(
        "Consumer prices in Estmark rose 4.6 per cent in the year to May, the statistics office said.",
        "The central bank's forecast for consumer price inflation now averages 4.1% for the year, up from 3.8%.",
    )
    assert comparison.links and comparison.conflicts == (), [c.why for c in comparison.conflicts]



def test_what_a_figure_is_compared_with_does_not_make_its_sentence_background() -> None:
    from engine.align import sentence_features

    source = source_from_text(
        "Kestrel Airways reported an operating loss of €214 million for the first quarter, compared with a loss of "
        "€166 million in the same period last year, as fuel costs rose. "
        "The airline lost €166 million in the same period last year. "
        "Passenger numbers rose 4%, against 2% growth a year earlier, the group said.",
        "a.txt",
    )
    assert [f.looks_back for f in sentence_features(source, 0)] == [False, True, False]



def test_a_change_on_a_year_ago_is_todays_figure() -> None:
    comparison = _compare(
        "Home values in Melbourne edged up 0.2 per cent over the month and are now 1.2 per cent higher over the "
        "year, the index showed.",
        "Melbourne home values continue to lag, with prices down 1.2% on a year ago, the index showed.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]
    assert "down 1.2%" in comparison.conflicts[0].why


def test_a_hedge_is_no_comparison_and_a_long_opening_can_look_back() -> None:
    assert _background(
        "Floods killed more than 100 people in the state during last year's monsoon, according to state figures. "
        "Over the whole of last year, some 1,100 people died or went missing on this stretch of coast. "
        "Compared with the same quarter a year earlier, output was 1.1% higher. "
        "At least 60 people have died in the state this monsoon, officials said, up from 41 on Friday. "
        "For the first time since records began, 300 flights were cancelled. "
        "Output grew 2.1%, higher than the 1.5% recorded last year. "
        "More than 100 people and 30 horses died."
    ) == ["more than 100", "some 1,100", "41", "1.5%"]


def test_two_earlier_periods_far_apart_are_not_compared() -> None:
    comparison = _compare(
        "At least 214 people have died of dengue this year. "
        "During the same period last year, 97 people died of dengue.",
        "The dengue outbreak has killed at least 214 people this year. "
        "Last year's dengue outbreak killed 1,160 people.",
    )
    assert comparison.conflicts == ()


def test_a_company_that_sees_a_full_year_figure_forecasts_it() -> None:
    expects = "Kestrel Airways now expects full-year operating profit of between €380 million and €420 million."
    sees = "Kestrel Airways now sees full-year operating profit of €300 million to €350 million."
    made = "Kestrel Airways made a full-year operating profit of €300 million to €350 million."
    assert [c.severity for c in _compare(expects, sees).conflicts] == [Severity.CONTRADICTION]
    assert _compare(expects, made).conflicts == ()


def test_a_rise_and_a_fall_against_different_periods_or_in_other_words_are_no_contradiction() -> None:
    # "gave up 2%" is a fall; a month-on-month rise and a year-on-year fall are two changes.
    gave_up = "Acme shares gave up 2% on Tuesday after the company reported weaker quarterly sales."
    fell = "Acme shares fell 2% on Tuesday after the company reported weaker quarterly sales."
    assert _compare(gave_up, fell).conflicts == ()
    month = "Retail sales rose 0.4% in March from February, the statistics office said."
    year = "Retail sales in March were 0.4% lower than a year earlier, the statistics office said."
    assert _compare(month, year).conflicts == ()
    same_base = "Retail sales in March were 0.4% higher than a year earlier, the statistics office said."
    assert [c.severity for c in _compare(same_base, year).conflicts] == [Severity.CONTRADICTION]


def test_earlier_values_are_the_figures_a_change_starts_from_and_no_other() -> None:
    assert _background(
        "Acme's annual profit fell from a record to $1.2 billion, the company said. "
        "The company booked gains from asset sales of $3.1 billion. "
        "Acme shares were up from Friday's close by 3%. "
        "Measles cases at the school rose to 47 from 38 a week earlier, health officials said. "
        "Growth has been revised down to 0.2%, from 0.3% previously. "
        "The company sold 12,400 cars, compared with 11,900 a year earlier."
    ) == ["38", "0.3%", "11,900"]


def test_target_and_forecast_words_mark_their_own_figures_only() -> None:
    assert _modes(
        "Inflation of 3.1% remains well above the 2% target. "
        "The benchmark FTSE 100 index fell 1.2% on Monday. "
        "Coverage of 95% is needed to stop the spread. "
        "Kestrel cut its 2025 forecast and reported a loss of €241 million. "
        "Kestrel cut its forecast due to weaker demand. "
        "It now forecasts revenue of €2 billion."
    ) == {
        "3.1%": None,
        "2%": "target",
        "1.2%": None,
        "95%": "target",
        "2025": None,
        "€241 million": None,
        "€2 billion": "forecast",
    }


def test_a_year_names_an_event_only_as_the_object_of_over_after_since() -> None:
    from engine.claims import years_named

    texts = {
        "Shares fell 6.62% on Tuesday after the court fined the company over the 2021 Kloofspruit disaster.": [],
        "It was the first vote since the 2019 election.": [],
        "In the 2023 financial year, the firm lost $2 billion.": [2023],
        "The 2020 outbreak infected 300 people at the plant.": [2020],
        # a span of years in what a court, a prosecutor or a regulator found is the period of the conduct at issue;
        # elsewhere, or with a disaster or a death, it is an earlier period
        "Prosecutors said he took $2.5 million from investors between 2018 and 2021.": [],
        "The regulator said the bank opened 1,284 accounts from March 2017 to June 2022.": [],
        "Inflation averaged 2.1% between 2010 and 2019.": [2010],
        "The regulator fined banks $4 billion between 2018 and 2022.": [2018],
        "The anti-graft agency charged 1,200 officials between 2018 and 2022.": [2018],
        "The bank opened 1,284 accounts from March 2017 to June 2022.": [2017, 2022],
        "Between 2010 and 2020, floods killed 300 people in the valley.": [2010],
        "The firm was fined in 2019 and again in 2021.": [2019, 2021],
    }
    for text, years in texts.items():
        source = source_from_text("Results in brief\n\nThe board met on Monday. " + text, "a.txt")
        assert years_named(source.sentences[-1]) == years, text


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a limit is what a vessel may carry, not what it carried
        (
            "The ferry was carrying 212 passengers when it capsized off Port Delmar, officials said.",
            "The ferry, which was allowed to carry up to 180 passengers, capsized off Port Delmar, officials said.",
        ),
        (
            "The ferry was carrying 212 passengers when it capsized off Port Delmar, officials said.",
            "The ferry, well over its licensed limit of 120 passengers, capsized off Port Delmar, officials said.",
        ),
        # the badly hurt are some of the injured
        (
            "More than 1,000 people were injured in the earthquake, the Interior Ministry said.",
            "More than 700 people were seriously injured in the earthquake, the Interior Ministry said.",
        ),
        (
            "At least 40 people were injured in the crash on the motorway, police said.",
            "At least 40 people were hurt in the motorway crash, 12 of them critically, police said.",
        ),
        # a lead is the gap between two tallies, not a tally
        (
            "Ossandon received 6,879,244 votes against 5,897,956 for her rival, the electoral service said.",
            "Ossandon received about 6.9 million votes, a lead of over 980,000 votes, the electoral service said.",
        ),
        # an aftershock's magnitude is not the main quake's
        (
            "The earthquake struck the mountain villages with a magnitude of 6.4, the geological institute said.",
            "The strongest aftershock, of magnitude 4.9, struck the mountain villages, the geological institute said.",
        ),
        # a toll that counts the gunman
        (
            "A gunman opened fire at the mall, killing six people before an officer shot him dead, police said.",
            "Seven people, including the gunman, died in the shooting at the mall, police said.",
        ),
        # "one in every thirty" is a share
        (
            "About 436,000 ballots were blank or spoiled, or 3.3 per cent of those cast, the service said.",
            "One in every thirty ballots cast was left blank or spoiled, the service said.",
        ),
    ],
)
def test_figures_of_different_things_in_linked_sentences_do_not_conflict(a: str, b: str) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links, "the two sentences should link"
    assert comparison.conflicts == (), [c.why for c in comparison.conflicts]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "More than 700 people were seriously injured in the earthquake, the Interior Ministry said.",
            "In all, 1,204 people were injured in the earthquake, 612 of them seriously, the Interior Ministry said.",
        ),
        (
            "A gunman opened fire at the mall, killing five people before an officer shot him dead, police said.",
            "Seven people, including the gunman, died in the shooting at the mall, police said.",
        ),
        (
            "The ferry, which was allowed to carry up to 180 passengers, capsized off Port Delmar, officials said.",
            "The ferry, which was licensed to carry 120 passengers, capsized off Port Delmar, officials said.",
        ),
        (
            "The strongest aftershock, of magnitude 4.9, struck the mountain villages, the geological institute said.",
            "A magnitude 5.4 aftershock struck the mountain villages, the geological institute said.",
        ),
    ],
)
def test_figures_of_the_same_kind_still_conflict(a: str, b: str) -> None:
    comparison = _compare_body(a, b)
    assert len(comparison.conflicts) == 1, [c.why for c in comparison.conflicts]


def test_a_link_names_the_words_as_written_and_no_link_repeats_another() -> None:
    comparison = _compare(
        "Ferry capsizes\n\nNineteen people died after the MV Calla overturned near Port Delmar on Tuesday. "
        "The ferry had about 250 people on board, including crew, when it flipped 3 km offshore. "
        "Coast guard spokesman Luis Orta said 160 people had been rescued.",
        "Ferry disaster\n\nNineteen people were killed when the MV Calla capsized off Port Delmar on Tuesday. "
        "There were some 250 people on board the ferry, crew included, when it overturned 3 km from shore. "
        "Luis Orta, a coast guard spokesman, said 160 people were rescued.",
        "Port Delmar\n\nThe MV Calla overturned near Port Delmar on Tuesday, killing 19 people. "
        "About 250 people, crew among them, were on the ferry when it flipped about 3 km offshore. "
        "The coast guard said 160 people had been rescued, spokesman Luis Orta said.",
    )
    whys = " ".join(link.why for link in comparison.links)
    assert "crew" in whys and "miners" not in whys, whys  # "crew" belongs to the workers' concept, first "miners"
    members = [set(link.members) for link in comparison.links]
    assert not any(a < b for a in members for b in members), [link.members for link in comparison.links]


def test_two_limits_of_one_vessel_contradict_and_agree_whatever_their_bound_words() -> None:
    comparison = _compare_body(
        "The ferry was licensed to carry no more than 180 passengers, port records show.",
        "The ferry was carrying 221 people, well over its licensed limit of 120 passengers, port records show.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION], [c.why for c in comparison.conflicts]
    comparison = _compare_body(
        "The ferry was licensed to carry up to 180 passengers, port records show.",
        "The ferry was licensed to carry a maximum of 180 passengers, port records show.",
    )
    assert comparison.links and comparison.conflicts == ()


def test_a_move_in_a_citys_trading_on_a_morning_is_not_the_close() -> None:
    comparison = _compare_body(
        "The zloty rose 4% against the euro in Warsaw trading on Monday morning, dealers said.",
        "The zloty closed 2% higher against the euro on Monday, dealers said.",
    )
    assert comparison.links and comparison.conflicts == (), [c.why for c in comparison.conflicts]


def test_two_moves_in_the_mornings_trade_are_compared() -> None:
    comparison = _compare_body(
        "In early trading on Monday the peso lost 2.1 per cent against the dollar, dealers in Santiago said.",
        "The peso fell 1.8% against the dollar in Monday morning trade, dealers in Santiago said.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]
    # ... but a morning's move is not where the day ended
    comparison = _compare_body(
        "In early trading on Monday the peso lost 2.1 per cent against the dollar, dealers in Santiago said.",
        "The peso closed 1.8% lower against the dollar on Monday, dealers in Santiago said.",
    )
    assert comparison.links and comparison.conflicts == ()


def test_concentrations_are_compared_in_one_unit() -> None:
    comparison = _compare_body(
        "The A sample was found to contain clenbuterol at a concentration of 0.85 nanograms per millilitre.",
        "His A sample contained 0.58 ng/mL of clenbuterol, the tribunal found.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]
    comparison = _compare_body(
        "Fine particle pollution in Delhi hit 250 micrograms per cubic metre on Monday, the board said.",
        "Fine particle pollution in Delhi reached 0.25 mg/m3 on Monday, the board said.",
    )
    assert comparison.links and comparison.conflicts == ()


def test_the_one_span_of_time_of_two_linked_sentences_is_compared() -> None:
    comparison = _compare_body(
        "During 38 days of hearings that began in January, the court heard from more than 100 witnesses.",
        "The trial at the high court, which lasted 41 days, heard from survivors and more than 100 witnesses.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION], [c.why for c in comparison.conflicts]
    # Spans far apart are two things, whatever the words around them share.
    comparison = _compare_body(
        "Firefighters at the Tbilisi hotel fire took more than five hours to put out the blaze, the fire service said.",
        "Firefighters reached the Tbilisi hotel fire six minutes after the first call, the fire service said.",
    )
    assert comparison.links and comparison.conflicts == (), [c.why for c in comparison.conflicts]
    # With two spans in one sentence and no word in common around them, which is which is unknown.
    comparison = _compare_body(
        "The standoff lasted 45 minutes before police entered the bank on Main Street, officers said.",
        "Police entered the bank on Main Street after two hours, 20 minutes after the last hostage left, police said.",
    )
    assert comparison.links and comparison.conflicts == ()


def test_the_year_a_result_reports_is_not_an_earlier_event() -> None:
    comparison = _compare(
        "Norvane results\n\n3 March 2025\n\nThe group reported pre-tax profits of £412 million for 2024, comfortably "
        "ahead of forecasts, the company said on Monday.",
        "Norvane results\n\n3 March 2025\n\nThe firm made a pre-tax profit of £421 million, comfortably ahead of "
        "forecasts, the company said on Monday.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION], [c.why for c in comparison.conflicts]
    # ... and two years' figures are two figures
    comparison = _compare(
        "Rate decision\n\n26 March 2026\n\nThe bank expects growth to rise to 1.6% in 2027 as borrowing costs fall, "
        "the governor said.",
        "Rate decision\n\n26 March 2026\n\nThe economy grew 1.2% in 2025, and the bank expects lower borrowing costs "
        "to lift growth, the governor said.",
    )
    assert comparison.links and comparison.conflicts == (), [c.why for c in comparison.conflicts]


def test_those_in_hospital_now_however_the_sentence_puts_it() -> None:
    comparison = _compare_body(
        "Eight children from the school were admitted to hospital, the head teacher said on Friday.",
        "One child from the school, aged eight, remains in hospital, the head teacher said on Friday.",
    )
    assert comparison.links and comparison.conflicts == (), [c.why for c in comparison.conflicts]
    comparison = _compare_body(
        "At present, 4,716 dengue patients are receiving treatment in hospitals nationwide, the directorate said.",
        "More than 5,700 dengue patients were being treated in hospitals nationwide, the directorate said.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION], [c.why for c in comparison.conflicts]


# Probes of a review of the session's readings: each reading stays within what its words say.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Seven people, including the gunman's brother, died in the shooting at the mall, police said.",
            "The gunman killed six people in the shooting at the mall, police said.",
        ),
        (
            "Police said 14 people were arrested at the protest, including the suspected gunman.",
            "Police said 13 people were arrested at the protest, officials said.",
        ),
        (
            "The rescue operation at the mine, led by 40 firefighters, went on all night.",
            "The rescue operation at the mine, involving 25 firefighters, went on all night.",
        ),
        (
            "Aftershocks rattled the region as rescuers said the magnitude 6.8 quake had killed 2,000.",
            "Rescuers said the magnitude 7.1 quake had killed 2,000 and aftershocks rattled the region.",
        ),
        (
            "About 300 families were seriously considering leaving the flooded village, the mayor said.",
            "About 120 families were leaving the flooded village, the mayor said.",
        ),
        (
            "Darren Pike, 42, was charged with the murder of Lee Hart, 19, police said.",
            "Darren Pike was charged with the murder of Lee Hart, 21, police said.",
        ),
        (
            "Delgado, 34, and her mother, Rosa Delgado, 61, were both killed, police said.",
            "Rosa Delgado, 58, and her daughter were both killed, police said.",
        ),
    ],
)
def test_a_reading_does_not_hide_a_real_conflict(a: str, b: str) -> None:
    comparison = _compare_body(a, b)
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION], [c.why for c in comparison.conflicts]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Mr Okafor, 45, died at the scene of the crash on the bridge, police said.",
            "Emeka Okafor, 19, died at the scene of the crash on the bridge, police said.",
        ),
        (
            "John Smith, 45, of Leeds, was the driver of the car, police said.",
            "John Smith, 71, of Bristol, was a witness to the crash, police said.",
        ),
        (
            "The hostages were held for 12 hours before police stormed the bank on Friday.",
            "Police stormed the bank on Friday after negotiating with the gunman for eight hours.",
        ),
    ],
)
def test_a_reading_does_not_make_a_false_conflict(a: str, b: str) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links and comparison.conflicts == (), [c.why for c in comparison.conflicts]


def test_a_limit_beside_the_load_it_was_exceeded_by() -> None:
    comparison = _compare_body(
        "The ferry, carrying 212 passengers despite a licensed limit of 120, capsized on Sunday.",
        "The ferry, which had a licensed limit of 150 passengers, capsized on Sunday.",
    )
    whys = [c.why for c in comparison.conflicts]
    assert len(whys) == 1 and '"120"' in whys[0] and '"150' in whys[0], whys


def test_what_a_figure_is_measured_against_makes_it_no_forecast() -> None:
    assert _moded(
        "Her winning margin of 17,135 votes was far wider than most surveys had projected. "
        "The economy grew 0.4%, faster than economists had forecast. "
        "Turnout was 61%, higher than the 55% pollsters had predicted. "
        "The final pre-election poll had Gaviria on 33%. "
        "The blank vote, at 1.4 per cent, was a fraction of what the pundits had predicted. "
        "Profit is expected to rise 9% this year."
    ) == {"17,135": "margin", "55%": "forecast", "33%": "forecast", "9%": "forecast"}
    comparison = _compare(
        "Her winning margin of 17,135 votes was far wider than most pre-election surveys had projected.",
        "Nyaboke's margin of more than 16,000 votes was wider than opinion polls had suggested.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.DISCREPANCY]


def test_the_last_election_or_march_is_background() -> None:
    assert _background("At the last big housing march, in October, police counted 15,000 marchers.") == ["15,000"]
    assert _background("Turnout was 61%, up from 55% at the last general election.") == ["55%"]
    assert _background("Turnout has risen by 5% since the last election.") == []
    assert _background("In the last mayoral race, the winner took 46 per cent of the vote.") == ["46 per cent"]
    assert _background("The last train left at 9pm, carrying 300 passengers.") == []
    assert _background("The last fatal coach crash on the A9 killed three people and injured 21.") == ["three", "21"]
    assert _background("The last crash on Monday injured 14 people.") == []  # this week's: today's news
    assert _background("The last significant stoppage saw 640 surgeries postponed.") == ["640"]
    assert _background("It was the last attack of the night, and it wounded 12 people.") == []


def test_a_prison_term_is_set_against_the_other_sources_term() -> None:
    comparison = _compare_body(
        "A court on Tuesday jailed Pieter Hollander, the former chief executive of Vaalrand Mining, for 12 years, "
        "with four years suspended, over the collapse that killed 31 miners.",
        "Former Vaalrand Mining chief executive Pieter Hollander has been jailed for 14 years for his role in the "
        "collapse, which killed 31 miners more than four years ago.",
    )
    assert _quoted(comparison.conflicts) == [["12 years", "14 years"]]


def test_amounts_two_speakers_each_give_are_two_payments() -> None:
    comparison = _compare_body(
        "Chief Minister Anil Bhandari announced an ex gratia of Rs 4 lakh each to the next of kin of the deceased.",
        "The Prime Minister's Office announced an ex gratia of Rs 2 lakh for the next of kin of each deceased.",
    )
    assert comparison.links and comparison.conflicts == (), [c.why for c in comparison.conflicts]
    # one speaker's payment told twice is compared
    comparison = _compare_body(
        "Chief Minister Anil Bhandari announced an ex gratia of Rs 4 lakh each to the next of kin of the deceased.",
        "Chief Minister Anil Bhandari announced an ex gratia of Rs 3 lakh for the next of kin of each deceased.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]


def test_without_a_dated_source_or_a_year_in_the_opening_the_years_named_are_earlier() -> None:
    from engine.conflicts import background_claims

    def earlier(text: str) -> list[str]:
        source = source_from_text(text)
        found = background_claims(source.sentences)
        return [c.text for c in source.claims if c.id in found]

    assert earlier(
        "Quake in Van\n\nA magnitude 6.4 earthquake struck Turkey's eastern province of Van before dawn on Tuesday.\n\n"
        "Rescuers searched collapsed buildings in Muradiye district through the morning.\n\n"
        "A magnitude 7.1 earthquake in October 2011 killed about 600 people in the city of Van.\n"
    ) == ["magnitude 7.1", "2011", "about 600"]
    # the latest year named is as much an earlier event as the others
    assert earlier(
        "Quake\n\nA quake struck on Tuesday.\n\nRescuers dug all day.\n\nA 5.8-magnitude tremor in 2009 hit the town.\n"
    ) == ["5.8-magnitude", "2009"]
    # a year with a budget, a result or a month's figure may be today's
    assert earlier(
        "Jobs\n\nThe jobless rate eased, the statistics office said on Friday.\n\nEconomists had expected it.\n\n"
        "The unemployment rate fell to 4.1% in January 2025, from 4.3% in December.\n"
    ) == ["4.3%"]
    # a year in an opening sentence is the event's
    assert earlier(
        "Estmark results\n\nThe economy of Estmark grew 1.2% in 2024, the statistics office said on Friday.\n\n"
        "The office revised its figures for earlier quarters at the same time.\n\n"
        "Exports rose 3% over the year.\n\nIn 2023, growth was 0.4%.\n"
    ) == ["2023", "0.4%"]


def test_the_words_around_a_figure_stop_at_a_turn_to_another_clause() -> None:
    from engine.conflicts import _context

    source = source_from_text(
        "Intro.\n\nHer main rival, Josiah Mogaka, polled about 104,000 votes, while Beatrice Moraa came third.\n"
    )
    sentence = source.sentences[-1]
    (claim,) = sentence.claims
    words = _context(sentence, claim)
    assert "vote" in " ".join(words) and not any("moraa" in w or "third" in w for w in words), words


def test_places_where_people_were_evacuated_are_not_the_people() -> None:
    comparison = _compare_body(
        "Some six thousand people were evacuated overnight, many of them leaving with only their documents and pets.",
        "Around 6,000 residents of eleven neighbourhoods were evacuated overnight as a preventive measure.",
    )
    assert comparison.links and comparison.conflicts == (), [c.why for c in comparison.conflicts]


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        ("The ferry left Cebu City at 6:15am bound for Tagbilaran.", "The ferry left Cebu City at 6:50am bound for "
         "Tagbilaran.", [["6:15am", "6:50am"]]),
        ("The ferry departed Cebu City at 0615H bound for Tagbilaran.", "The ferry left Cebu City at 6:50am bound "
         "for Tagbilaran.", [["0615H", "6:50am"]]),
        ("The officer shot the gunman at 3:46 outside the food court.", "The gunman was shot dead at 3:48 outside "
         "the food court by an officer.", [["3:46", "3:48"]]),
        ("The blast at the chemical plant occurred at 9:12 am, the company said.", "The blast at the chemical "
         "plant happened at 9:40 am, the company said.", [["9:12 am", "9:40 am"]]),
        # hedges, the two halves of the day and time zones
        ("The ship struck the bridge at around 5am on Sunday.", "The ship struck the bridge at 04:48 on Sunday.", []),
        ("The ship struck the bridge at 5am or so on Sunday.", "The ship struck the bridge at 04:48 on Sunday.", []),
        ("The man stabbed outside the Vault nightclub died in hospital at 4.10am.", "The man stabbed outside the "
         "Vault nightclub died in hospital at 5.30am.", [["4.10am", "5.30am"]]),
        ("The tornado touched down in Moore at 2:56 p.m. Monday, the weather service said.", "The tornado touched "
         "down in Moore at 3:40 p.m. Monday, the weather service said.", [["2:56 p.m.", "3:40 p.m."]]),
        ("The blast at the chemical plant occurred at about 9:30 am.", "The blast at the chemical plant occurred at "
         "9:36 am.", []),
        ("The officer shot the gunman at 3:46 outside the food court.", "The officer shot the gunman at 15:46 outside "
         "the food court.", []),
        ("The quake struck at 22:47 GMT on Friday near Marrakesh.", "The quake struck at 23:47 local time on Friday "
         "near Marrakesh.", []),
    ],
)
def test_times_of_day_of_one_moment(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two moments told with the same words around them
        ("Polls in the Riverside ward opened at 6am on Thursday.", "Polls in the Riverside ward closed at 10pm on "
         "Thursday."),
        ("Officers were called to the flat on Elm Street at 2.30am.", "Officers arrived at the flat on Elm Street at "
         "2.55am."),
        ("The quake struck the coastal town of Ardel at 4:17am on Monday.", "A strong aftershock struck the coastal "
         "town of Ardel at 1:24pm on Monday."),
        ("A blast struck the Tarvik chemical plant at 9:12 am.", "A second blast struck the Tarvik chemical plant at "
         "10:40 am."),
        # a plan, a bound, a habit
        ("The ferry was due to leave Cebu City at 6:15am for Tagbilaran.", "The ferry left Cebu City at 6:50am for "
         "Tagbilaran."),
        ("Residents were told to leave the village by 7am on Monday.", "Residents left the village at 9am on Monday."),
        ("The bar on Quay Street stayed open after 10pm on Friday.", "The fight at the bar on Quay Street started at "
         "11pm on Friday."),
        ("The museum on Castle Hill opens at 9am every day.", "The fire at the museum on Castle Hill started at 4am."),
        # other actors, other days, another clause's verb, a bound
        ("Firefighters arrived at the burning flat on Elm Street at 2.40am.", "Police officers arrived at the "
         "burning flat on Elm Street at 2.55am."),
        ("Two people were arrested outside the Tarvik stadium at 6pm.", "Three more people were arrested outside "
         "the Tarvik stadium at 9pm."),
        ("The ferry left Cebu City at 6:15am on Monday bound for Tagbilaran.", "The ferry left Cebu City at 6:50am "
         "on Tuesday bound for Tagbilaran."),
        ("The blaze at the Ardel warehouse, which broke out at 2.15am, was brought under control at 6am.", "The "
         "blaze at the Ardel warehouse broke out at 2.40am, the fire service said."),
        ("At 9pm on Monday the ferry had still not left Cebu City for Tagbilaran.", "The ferry left Cebu City at "
         "11:30pm on Monday for Tagbilaran."),
        ("The blast at the Tarvik chemical plant happened shortly before 3pm on Tuesday.", "The blast at the Tarvik "
         "chemical plant happened at 2:30pm on Tuesday."),
        # a zone, a live blog's entry time, a time that names a train
        ("The shooting at the Fresno warehouse began at 2:10 p.m. ET, officials said.", "The shooting at the Fresno "
         "warehouse began at 11:10 a.m. PT, officials said."),
        ("3.05pm: The ferry has left Dover harbour, port officials say.", "The ferry left Dover harbour at 2.40pm, "
         "port officials said."),
        ("16:20 Police say the gunman was shot dead outside the food court at Brazos Mall.", "The gunman was shot "
         "dead at 3:46 outside the food court at Brazos Mall, police said."),
        ("The 7.40am train from Brighton to London was cancelled on Monday.", "The 8.10am train from Brighton to "
         "London was cancelled on Monday."),
        # two times in one sentence: which one is which is not read
        ("The first call came at 3:42 and the gunman was shot at 3:46.", "The gunman was shot at 3:48, police said."),
    ],
)
def test_times_of_two_moments_plans_and_bounds_are_not_compared(a: str, b: str) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links  # linked, and their times still not compared
    assert [c.why for c in comparison.conflicts if "time of day" in c.why] == []


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # shares of two wholes
        ("In the Nyamira by-election, votes cast came to 238,914, a voter turnout of 57.9 per cent.", "In the "
         "Nyamira by-election, Ms Nyaboke took 51.3 per cent of the valid votes cast.", []),
        ("Ms Ossandon won the Chilean run-off on Sunday with 53.84 per cent of valid votes.", "Participation in "
         "the Chilean run-off on Sunday stood at 85 per cent.", []),
        # shares of one whole, and a share that does not say of what
        ("Ms Ossandon won the Chilean run-off on Sunday with 53.84 per cent of valid votes.", "Ms Ossandon won the "
         "Chilean run-off on Sunday with 55.1% of the vote.", [["53.84 per cent", "55.1%"]]),
        ("In the Nyamira by-election, turnout was 57.9 per cent, officials said.", "In the Nyamira by-election, "
         "officials put the turnout at 61 per cent.", [["57.9 per cent", "61 per cent"]]),
        # one whole in other words: those infected are the cases
        ("Nearly a third of those infected in Beira are children under the age of five, it said.", "Health officials "
         "say 25 per cent of the cases in Beira are children under five.", [["Nearly a third", "25 per cent"]]),
    ],
)
def test_shares_of_two_wholes_are_not_compared(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        ("Seventeen people were injured in the Krakow blast, the fire service said.", "Five firefighters were "
         "injured in the Krakow blast, the fire service said.", []),
        ("Twelve people were hurt in the clashes in Lyon on Saturday.", "Five police officers were hurt in the "
         "clashes in Lyon on Saturday.", []),
        ("Twenty people were injured in the clashes in Lyon, police said.", "Five police officers were injured in "
         "the clashes in Lyon.", []),
        # more responders than the whole: the whole cannot leave them out
        ("The blaze at the Grenfell tower block killed four people, the fire service said.", "Six firefighters died "
         "in the blaze at the Grenfell tower block, the fire service said.", [["four", "Six"]]),
        ("Seventeen people were injured in the Krakow blast, the fire service said.", "Five people were injured in "
         "the Krakow blast, the fire service said.", [["Seventeen", "Five"]]),
    ],
)
def test_responders_hurt_are_a_group_of_their_own(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        ("Three inmates were killed during the riot at the prison, officials said.",
         "Two lags were killed during the riot at the prison, officials said.", [["Three", "Two"]]),
        ("About 2,600 holidaymakers were evacuated from the coast overnight, officials said.",
         "More than 3,000 tourists were evacuated from the coast overnight, officials said.",
         [["About 2,600", "More than 3,000"]]),
        # two groups that are not one
        ("Three inmates were killed during the riot at the prison, officials said.",
         "Two guards were killed during the riot at the prison, officials said.", []),
        ("The reform concerns 2.55 million employees who are now younger than 60, the labour ministry said.",
         "The reform concerns the country's 2.6 million pensioners, the labour ministry said.", []),
        ("The reform concerns 2.55 million pensioners, the labour ministry said.",
         "The reform concerns the country's 2.6 million retirees, the labour ministry said.",
         [["2.55 million", "2.6 million"]]),
    ],
)
def test_one_group_under_two_names_is_compared(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # a unit slip: the same number in another unit
        ("Residents within a two-mile radius of the plant were evacuated.", "Residents within a 2-kilometre radius "
         "of the plant were evacuated.", [["two-mile", "2-kilometre"]]),
        # conversions that round to each other
        ("Residents within a two-mile radius of the plant were evacuated.", "Residents within a 3-kilometre radius "
         "of the plant were evacuated.", []),
        ("The storm made landfall with winds of 155 mph near Cocodrie.", "The storm made landfall with winds of "
         "250 km/h near Cocodrie.", []),
        ("El Carano airport in Quibdo has a 1,800-metre runway.", "El Carano airport in Quibdo has a runway just "
         "5,900ft long.", []),
        ("El Carano airport in Quibdo has a 1,800-metre runway.", "El Carano airport in Quibdo has a runway just "
         "6,500ft long.", [["1,800-metre", "6,500ft"]]),
        # a fraction in words is read as loosely as it is written
        ("More than three quarters of the nurses voted for the strike, the union said.", "78% of the nurses voted "
         "for the strike, the union said.", []),
    ],
)
def test_a_unit_slip_is_a_contradiction_and_a_rounded_conversion_agrees(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


def test_a_figure_with_its_conversion_in_brackets_is_its_sentences_one_measure() -> None:
    from engine.conflicts import find_conflicts
    from engine.models import Link, SentenceRef

    a = source_from_text(
        "Intro.\n\nIt has burned about 4,300 hectares (some 10,600 acres), the directorate said in an update.",
        "a.txt",
        "s1",
    )
    b = source_from_text("Intro.\n\nThe fire has now scorched 4,300 acres, emergency services say.", "b.txt", "s2")
    sa, sb = a.sentences[-1], b.sentences[-1]
    link = Link(
        id="L1",
        members=(SentenceRef(source="s1", sentence=sa.id), SentenceRef(source="s2", sentence=sb.id)),
        score=0.5,
        why="test",
    )
    conflicts = find_conflicts([a, b], [link])
    assert _quoted(conflicts) == [["about 4,300 hectares", "4,300 acres"]]


@pytest.mark.parametrize(
    ("b", "found"),
    [
        ("Electrician Ufuk Sari received four years and eight months for his part in the Izmir hotel fire.",
         [["eight years and four months", "four years and eight months"]]),
        ("Manager Serap Koc received 18 years and nine months for her part in the Izmir hotel fire.", []),
    ],
)
def test_prison_terms_are_compared_person_by_person(b: str, found: list[list[str]]) -> None:
    a = (
        "Owner Kemal Aydin received 22 years for the Izmir hotel fire, while electrician Ufuk Sari, who had wired "
        "a heater in the laundry, was given eight years and four months."
    )
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # two men's terms before parole, each named by his surname set off by an age or a home
        ("Lord Balfron ordered Keir, 29, to serve a minimum of 26 years before he can apply for parole.",
         "Dunbar, from Shortlees, must serve 23 years before he is eligible for parole.", []),
        ("Keir, of Bellfield, was given a punishment part of 26 years for the fire.",
         "Scott Dunbar's punishment part is 23 years for the fire.", []),
        ("Accomplice Scott Dunbar, 33, was told he must serve 24 years before he can even apply for parole.",
         "Keir must serve a minimum of 26 years before he can apply for parole, the judge said.", []),
        # one man's: still compared
        ("Ross Keir was told he must serve 24 years before he can even apply for parole.",
         "Keir must serve a minimum of 26 years before he can apply for parole, the judge said.",
         [["24 years", "a minimum of 26 years"]]),
        ("Keir, 29, must serve 26 years before he can apply for parole.",
         "Ross Keir must serve 24 years before he can apply for parole.", [["26 years", "24 years"]]),
    ],
)
def test_minimum_terms_are_compared_person_by_person(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The court sentenced Port Authority Director Budi Santoso to eight years in the dredging case.",
         "The court sentenced co-defendant Agus Salim to 10 years in the dredging case."),
        ("The court sentenced Tax Office Chief Kim Min-su to five years in the bribery case.",
         "The court sentenced his deputy Lee Jae-won to seven years in the bribery case."),
    ],
)
def test_a_name_after_a_body_and_a_title_is_the_term_holder(a: str, b: str) -> None:
    # two defendants' terms: the names after "Port Authority Director" and "Tax Office Chief" tell them apart
    comparison = _compare_body(a, b)
    assert comparison.links
    assert not comparison.conflicts


def test_a_body_named_beside_a_defendant_is_not_the_term_holder() -> None:
    # "the Gangseo District Office" is where the defendant worked, not whom the term was handed
    comparison = _compare_body(
        "His partner, the former planning chief at the Gangseo district office, Jang Hyun-woo, got four years in "
        "the Haesong bribery case.",
        "The court sentenced defendant Jang, a former official of the Gangseo District Office, to five years' "
        "imprisonment in the Haesong bribery case.",
    )
    assert comparison.links
    assert _quoted(comparison.conflicts) == [["four years", "five years"]]


def test_the_earlier_figure_a_result_is_compared_with_is_not_todays() -> None:
    comparison = _compare(
        "Daeyang results\n\nDaeyang Cell reported its third-quarter results for 2025 on Thursday.\n\nThe company "
        "recorded an operating loss of 287.6 billion won, compared with an operating profit of 96.3 billion won in the "
        "third quarter of 2024.\n",
        "Daeyang swings to loss\n\nDaeyang Cell swung to an operating loss in the third quarter of 2025, it said on "
        "Thursday.\n\nThe loss compared with an operating profit of 96.3 billion won a year earlier.\n",
    )
    assert comparison.links
    assert [c.why for c in comparison.conflicts] == []


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        ("The ministry has set aside 4.8 million meticais for water treatment in Beira, officials said.", "The "
         "ministry has set aside US$4.8 million for water treatment in Beira, officials said.",
         [["4.8 million meticais", "US$4.8 million"]]),
        # a conversion in brackets, and currencies that share a name
        ("The ministry has set aside 4.8 million meticais (US$75,000) for water treatment in Beira.", "The ministry "
         "has set aside 4.8 million meticais for water treatment in Beira, officials said.", []),
        ("The budget commits 1.2 billion Australian dollars to flood defences, the treasurer said.", "The budget "
         "commits $1.2 billion to flood defences, the treasurer said.", []),
        ("The health ministry released UGX 9.5 billion for the Ebola response, officials said.", "The health "
         "ministry released 9.5 billion shillings for the Ebola response, officials said.", []),
    ],
)
def test_one_sum_in_two_currencies_is_a_slip(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


def test_figures_for_two_months_are_not_compared_and_one_months_are() -> None:
    comparison = _compare_body(
        "Consumer price inflation in Poland accelerated to 4.9% year on year in March, the statistics office said.",
        "The February index of consumer prices in Poland was revised up to 4.7% year on year, the statistics office "
        "said.",
    )
    assert comparison.links and comparison.conflicts == (), [c.why for c in comparison.conflicts]
    # "up from 4.6% in February" is an earlier value, but February's all the same
    comparison = _compare_body(
        "Consumer price inflation in Poland accelerated to 4.9% in March, up from 4.6% in February, the office said.",
        "Consumer price inflation in Poland rose to just under 5 per cent in March, up from 4.7 per cent in February, "
        "the office said.",
    )
    assert _quoted(comparison.conflicts) == [["4.6%", "4.7 per cent"]]


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        ("Only about one in five long-distance trains were running on Wednesday, the rail operator said.",
         "Around 80 percent of long-distance trains were cancelled on Wednesday, the rail operator said.", []),
        ("Only a third of high-speed trains were running on Tuesday, the rail operator said.",
         "Two in three high-speed trains were cancelled on Tuesday, the rail operator said.", []),
        ("Only about one in five long-distance trains were running on Wednesday, the rail operator said.",
         "Around half of long-distance trains were cancelled on Wednesday, the rail operator said.",
         [["about one in five", "Around half"]]),
        # "not running" tells what stopped; a clause of its own before the share says nothing of it
        ("All six subway lines were shut, and only three in ten city bus lines were operating on Thursday.",
         "The subway network was closed, and 70% of city bus lines were not running on Thursday.", []),
        ("All six subway lines were shut, and only three in ten city bus lines were operating on Thursday.",
         "The subway network was closed, and 40% of city bus lines were not running on Thursday.",
         [["three in ten", "40%"]]),
        ("All six subway lines were shut, and only three in ten city bus lines were operating on Thursday.",
         "The subway network was closed, and 70% of city bus lines weren't running on Thursday.", []),
        ("All six subway lines were shut, and only three in ten city bus lines were operating on Thursday.",
         "The subway network was closed, and 70% of city bus lines were not in service on Thursday.", []),
        ("All six subway lines were shut, and only three in ten city bus lines were operating on Thursday.",
         "The subway network was closed, and 70% of city bus lines did not run on Thursday.", []),
        ("Of the 3,600 bus services scheduled for Monday, 64 per cent were cancelled, Auckland Transport said.",
         "Nearly two-thirds of the 3,600 bus services scheduled for Monday did not run, Auckland Transport said.", []),
        ("About 40% of the day's flights failed to depart from the airport on Friday, the operator said.",
         "Only about 60% of the day's flights took off from the airport on Friday, the operator said.", []),
        # a clause that tells neither takes the words before it
        ("Bus drivers walked out on Monday, and 70% of city buses stayed in their depots.",
         "Only 30% of city buses ran on Monday.", []),
        # two shares of what stopped are compared as they are
        ("About 31 per cent of the operator's staff were on strike on Tuesday, the company said.",
         "Some 48 per cent of the operator's staff were on strike on Tuesday, the company said.",
         [["About 31 per cent", "Some 48 per cent"]]),
    ],
)
def test_a_share_that_ran_and_a_share_that_stopped_add_up_to_the_whole(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    "text",
    [
        "The last storm of the season killed 14 people in Luzon on Tuesday.",
        "The last strike by Lufthansa pilots on Friday grounded 800 flights.",
        "In the last hours of the march, police arrested 12 people.",
        "The last polls closed at 9pm and 41 ballot boxes were sealed.",
    ],
)
def test_the_last_of_something_today_is_no_earlier_event(text: str) -> None:
    assert _background(text) == []


def test_review_probes_of_the_sessions_rules() -> None:
    # a span "after" the event began is also how long it lasted
    comparison = _compare_body(
        "Rescuers pulled the girl alive from the rubble of her home in Antakya 72 hours after the earthquake struck.",
        "The girl was pulled alive from the rubble of her home in Antakya after spending 90 hours trapped.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION], [c.why for c in comparison.conflicts]
    # a figure of a forecast written in words stays a forecast after "more than"
    assert _moded("More than three million voters are expected to cast ballots in Nairobi on Tuesday.") == {
        "More than three million": "forecast"
    }
    # a result "in line with exit polls" is the result; a poll count is no poll
    assert _moded(
        "The Social Democrats won 38% of the vote, in line with exit polls. The final poll count gave them 41%."
    ) == {}
    # one payer's pledge told by two speakers is compared
    comparison = _compare_body(
        "The World Bank pledged $500 million for reconstruction in Gaziantep, the bank's president said.",
        "The World Bank pledged $780 million for reconstruction in Gaziantep, according to Turkish officials.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION], [c.why for c in comparison.conflicts]
    # a month of last year is no month of this year's figures
    comparison = _compare_body(
        "Inflation in Poland rose to 4.9% in March, up from 2.1% in March last year, the statistics office said.",
        "Inflation in Poland rose to 4.9% in March, the statistics office said on Monday.",
    )
    assert comparison.conflicts == (), [c.why for c in comparison.conflicts]


def test_a_total_of_parts_is_set_only_against_a_count() -> None:
    comparison = _compare_body(
        "HANOI, Sept 16 (Asia Wire Service) - A Lotus Coast Airlines jet with 191 people on board overshot the runway "
        "at Da Nang on Tuesday.",
        "The Lotus Coast Airlines jet that overshot the runway at Da Nang had 184 passengers and seven crew members on "
        "board.",
    )
    assert comparison.links
    assert all("Sept 16" not in c.why for c in comparison.conflicts), [c.why for c in comparison.conflicts]


@pytest.mark.parametrize(
    "local",
    [
        "Health officials say the city of Beira alone has recorded 1,774 suspected cholera cases in Sofala province.",
        "At least 1,774 cholera cases were recorded in Beira city itself, health officials in Sofala province say.",
    ],
)
def test_a_figure_of_one_place_alone_is_part_of_the_areas(local: str) -> None:
    comparison = _compare_body(
        "A cumulative total of 2,314 suspected cholera cases have been recorded in Sofala province since January.",
        local,
    )
    assert comparison.links and comparison.conflicts == (), [c.why for c in comparison.conflicts]


def test_a_month_alone_is_the_months_figure() -> None:
    comparison = _compare_body(
        "The central bank spent $1.8 billion propping up the tenge in September, its figures show.",
        "The central bank burned through $2.1bn in September alone trying to prop up the tenge.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION], [c.why for c in comparison.conflicts]


def test_colleagues_killed_are_the_workers_killed() -> None:
    comparison = _compare_body(
        "An explosion at the Narmada chemical plant in Dahej killed at least eight workers on Tuesday, police said.",
        "The explosion at the Narmada chemical plant in Dahej on Tuesday killed nine of its colleagues, the firm said.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.DISCREPANCY], [c.why for c in comparison.conflicts]


def test_the_only_two_sentences_that_count_one_happening_are_linked() -> None:
    from engine.compare import compare

    comparison = compare([str(p) for p in sorted((DEV2 / "avalanche-piz-marun").glob("*.*")) if p.suffix != ".json"])
    texts = {s.id: s.text for source in comparison.sources for s in source.sentences}
    found = [sorted(texts[m.sentence][:20] for m in c.members) for c in comparison.conflicts]
    # "Two further persons were injured and were flown to ..." and "Three others were hurt, according to ...": the
    # only sentences of their articles that count the injured, in few shared words
    assert ["Three others were hu", "Two further persons "] in found, found


def test_two_groups_of_people_counted_together_are_the_total() -> None:
    comparison = _compare_body(
        "Based on the passenger manifest, the ferry was carrying 186 passengers and 28 crew members.",
        "The ferry had 241 passengers and crew on board when it left the port at 5.30am.",
    )
    whys = [c.why for c in comparison.conflicts]
    assert len(whys) == 1 and "214 in all" in whys[0] and '"241"' in whys[0], whys
    agreeing = _compare_body(
        "Based on the passenger manifest, the ferry was carrying 186 passengers and 28 crew members.",
        "The ferry left the port with a total of 214 passengers and crew on board.",
    )
    assert not agreeing.conflicts, [c.why for c in agreeing.conflicts]


def test_a_fall_in_words_meets_a_figure_with_a_minus_sign() -> None:
    same = _compare_body("Fuel prices at the pump fell 2.4% in March.", "Fuel prices at the pump: -2.4% in March.")
    assert same.links and not same.conflicts, [c.why for c in same.conflicts]
    other = _compare_body("Fuel prices at the pump fell 2.4% in March.", "Fuel prices at the pump: -3.1% in March.")
    assert [c.severity for c in other.conflicts] == [Severity.CONTRADICTION]


def test_a_part_of_a_group_named_by_what_befell_it_is_not_the_group() -> None:
    comparison = _compare_body(
        "At least 41 inmates escaped from the prison farm early on Sunday, prison officials said.",
        "Police said 22 of the escaped inmates from the prison farm are back in custody.",
    )
    assert comparison.links and not comparison.conflicts, [c.why for c in comparison.conflicts]


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("The repo rate has been lowered by 150 basis points since the easing cycle began in September 2024.", []),
        ("Prices have risen 40% since March 3, 2021, the agency said.", []),
        ("The rate was cut by 50 basis points in September 2024, its first cut since the pandemic.", [2024]),
        ("The town rebuilt its sea wall since a storm killed 31 people there in 2014.", [2014]),  # an event of its own
        ("Prices have risen 40% since 12 March 2021.", []),
        ("Rents have climbed since 2019, when in 2021 the city froze them at 900 euros.", [2021]),
    ],
)
def test_a_year_in_a_since_clause_starts_a_period_that_runs_to_now(sentence: str, years: list[int]) -> None:
    from engine.claims import years_named

    (read,) = source_from_text("Intro.\n\n" + sentence).sentences[-1:]
    assert years_named(read) == years


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("Tarapacá grew 41.1%.", "Tarapacá grew by 14.1%.", False),  # the same digits in another order: a slip
        ("Turnout was 4.10%.", "Turnout was 1.4 per cent.", False),
        ("Dorrance took $2.5 million.", "Dorrance took $25 million.", False),  # the same digits: a slip
        ("Prices rose 41.2%.", "Prices rose 14.1%.", True),
        ("It cost $9 million.", "It cost $70,000.", True),
        ("It cost $2.1 billion.", "It cost $12 million.", True),  # a slip keeps its size
    ],
)
def test_figures_far_apart_unless_their_digits_slipped(a: str, b: str, apart: bool) -> None:
    from engine.conflicts import _far_apart

    (ca,) = extract_claims(a, "a.1")
    (cb,) = extract_claims(b, "b.1")
    assert _far_apart(ca, cb) is apart


def test_a_bare_currency_name_takes_the_one_currency_of_that_name_the_articles_give() -> None:
    comparison = compare_texts(
        "Budget.\n\nAt COP$34.8 trillion, the spending plan is 2.6 trillion pesos more than last year's.",
        "Budget.\n\nThe council approved a 38.4 trillion peso budget for next year, 2.6 trillion pesos more.",
    )
    units = {c.text: c.quantity.unit for s in comparison.sources for c in s.claims}
    assert units == {"COP$34.8 trillion": "COP", "2.6 trillion pesos": "COP", "38.4 trillion peso": "COP"}


@pytest.mark.parametrize(
    "other",
    [
        "The province's own budget is CLP 900 billion.",  # two peso currencies named: whose is not said
        "Imports from Mexico were worth MXN 5 billion.",  # Mexican pesos named too
    ],
)
def test_a_bare_currency_name_stays_as_read_when_the_articles_give_two_of_that_name(other: str) -> None:
    comparison = compare_texts(
        f"Budget.\n\nAt COP$34.8 trillion, the plan is 2.6 trillion pesos more than last year's. {other}",
        "Budget.\n\nThe council approved a 38.4 trillion peso budget for next year.",
    )
    units = {c.text: c.quantity.unit for s in comparison.sources for c in s.claims}
    assert units["38.4 trillion peso"] == units["2.6 trillion pesos"] == "MXN"


def test_rupees_written_rs_take_the_one_rupee_the_articles_give() -> None:
    """"Rs5 crore" says no more whose rupees than "rupees" does: in a story that names Pakistani rupees, it is theirs,
    and 5 crore (50 million) is set against PKR 500 million."""
    comparison = compare_texts(
        "Relief.\n\nThe Government of Sindh has released PKR 500 million for heatwave relief.",
        "Relief.\n\nThe Sindh cabinet has approved Rs5 crore for heatwave relief.",
    )
    units = {c.text: c.quantity.unit for s in comparison.sources for c in s.claims}
    assert units == {"PKR 500 million": "PKR", "Rs5 crore": "PKR"}
    (conflict,) = comparison.conflicts
    assert conflict.severity is Severity.CONTRADICTION


def test_rupees_written_rs_take_sri_lankan_rupees_named_in_two_words() -> None:
    comparison = compare_texts(
        "Relief.\n\nThe government allocated 2 billion Sri Lankan rupees for flood relief.",
        "Relief.\n\nFlood relief will receive Rs 2.5 billion from the government.",
    )
    units = {c.text: c.quantity.unit for s in comparison.sources for c in s.claims}
    assert units == {"2 billion Sri Lankan rupees": "LKR", "Rs 2.5 billion": "LKR"}


def test_a_bare_pounds_stays_sterling_whatever_other_pounds_an_article_names() -> None:
    comparison = compare_texts(
        "Transfer.\n\nLiverpool paid 40 million pounds for the striker. As a boy he earned 50 Egyptian pounds a week.",
        "Transfer.\n\nLiverpool paid £36.9 million for the striker.",
    )
    units = {c.text: c.quantity.unit for s in comparison.sources for c in s.claims}
    assert units["40 million pounds"] == "GBP"


@pytest.mark.parametrize(
    ("a", "b", "slipped"),
    [
        ("He was freed after 13 agonising hours.", "He was freed 31 hours after the collapse.", True),
        ("Talks lasted 12 hours.", "Talks lasted 21 minutes.", False),  # a slip keeps its unit's size
        ("Talks lasted 12 hours.", "Talks lasted eight hours.", False),
        ("Talks lasted 1.5 hours.", "Talks lasted 51 minutes.", False),  # the same digits, another unit
        ("He was freed after 13 hours.", "He was freed after 31 hrs.", True),  # one unit, spelt two ways
    ],
)
def test_spans_of_time_written_with_the_same_digits_in_another_order(a: str, b: str, slipped: bool) -> None:
    from engine.conflicts import _keys_slipped

    (ca,) = extract_claims(a, "a.1")
    (cb,) = extract_claims(b, "b.1")
    assert _keys_slipped(ca, cb) is slipped


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Population: 18,480,432", "The population grew to 18.48m.", Severity.DISCREPANCY),  # the one figure rounded
        ("Population: 18,470,432", "The population grew to 18.48m.", Severity.CONTRADICTION),
        ("It has 1,234,567 people.", "It has 1.2 million people.", Severity.DISCREPANCY),
    ],
)
def test_a_count_written_with_a_scale_is_rounded_at_its_last_digit(a: str, b: str, expected: Severity) -> None:
    (ca,) = extract_claims(a, "a.1")
    (cb,) = extract_claims(b, "b.1")
    assert classify(ca.quantity, cb.quantity) is expected


def test_a_time_in_a_place_s_time_is_not_set_against_the_local_time() -> None:
    zoned = compare_bodies(
        "The airport reopened at 3.30pm UK time, bosses said.", "The airport reopened at 4.30pm, the operator said."
    )
    assert zoned.conflicts == ()
    local = compare_bodies(
        "The airport reopened at 3.30pm, bosses said.", "The airport reopened at 4.30pm, the operator said."
    )
    assert [c.severity for c in local.conflicts] == [Severity.CONTRADICTION]


def test_initials_before_time_name_a_zone_only_for_a_place() -> None:
    comparison = compare_bodies(
        "The blast hit the school at 10.15am during PE time, police said.",
        "The blast hit the school at 11.15am, police said.",
    )
    assert [c.severity for c in comparison.conflicts] == [Severity.CONTRADICTION]
    zoned = compare_bodies("The blast was felt at 7pm WA time, police said.", "The blast was felt at 9pm, police said.")
    assert zoned.conflicts == ()


@pytest.mark.parametrize(
    "a",
    [
        "It ended 12 months earl\u0131er, the ministry said in March.",  # dotless ı
        "It ended 12 months earl\u0130er, the ministry said in March.",  # capital İ
        "He left two hours afterward\u017f, the ministry said in March.",  # long ſ
        "It ended 12 months earlier, the ministry said in M\u0430rch.",  # a Cyrillic а: no month at all
    ],
)
def test_letters_a_case_blind_pattern_folds_never_raise(a: str) -> None:
    # "ı", "İ" and "ſ" match "i" and "s" in a case-blind pattern, but lower() keeps them: they are folded for lookups
    comparison = _compare_body(a, "It ended 12 months earlier, the ministry said in March.")
    assert len(comparison.sources) == 2
    assert not comparison.conflicts  # twelve months on both sides


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # spans told in months or years are set against spans in weeks or days, a month being 28 to 31 days
        ("Experts found the hotel's fire alarm had been out of order for six months.",
         "Experts told the court the hotel's fire alarm had been broken for six weeks.", [["six months", "six weeks"]]),
        ("Experts found the hotel's fire alarm had been out of order for six months.",
         "Experts told the court the hotel's fire alarm had been broken for 26 weeks.", []),
        ("Workers will get up to 26 weeks of severance pay.", "Workers will get up to six months of severance pay.",
         []),
        ("The talks lasted a year.", "The talks lasted 52 weeks.", []),
        ("The talks lasted two months.", "The talks lasted eight weeks.", []),
        # and years against months, twelve to a year
        ("The judge jailed Kang for two years.", "The judge jailed Kang for 18 months.", [["two years", "18 months"]]),
        ("The judge jailed Kang for two years.", "The judge jailed Kang for 24 months.", []),
        # an age in months is no span to set against one in years
        ("The girl, a 14-month-old, was rescued from the rubble.",
         "The girl, a one-year-old, was rescued from the rubble.", []),
    ],
)
def test_spans_in_different_calendar_units_are_compared(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


_RATE_GIVEN = "The chief executive of the mining group earns 1.85 million zlotys ($500,000) a year."


@pytest.mark.parametrize(
    ("other", "found"),
    [
        # at the rate an article gives (1.85 million zlotys to $500,000), 2 million zlotys is about $540,000
        ("Karbonia said its rescue fund stands at $5.4 million.", "$5.4 million"),  # a zero added in converting
        ("Karbonia said its rescue fund stands at $800,000.", "$800,000"),
        ("Karbonia said its rescue fund stands at about $540,000.", None),
        ("Karbonia said its rescue fund stands at $600,000.", None),  # within the slack of a writer's own rate
    ],
)
def test_sums_in_two_currencies_are_compared_at_the_rate_the_articles_give(other: str, found: str | None) -> None:
    comparison = compare_bodies(_RATE_GIVEN, "Karbonia said its rescue fund stands at 2 million zlotys.", other)
    between = [c.why for c in comparison.conflicts if {m.source for m in c.members} == {"s2", "s3"}]
    if found is None:
        assert between == []
    else:
        assert between == [
            f'amount: 1.txt (s2, citing Karbonia) says "2 million zlotys"; 2.txt (s3, citing Karbonia) says "{found}"; '
            "cannot both be true (at the articles' own rate, 1 USD = 3.70 PLN)"
        ]


def test_no_exchange_rate_is_guessed() -> None:
    comparison = _compare_body(
        "Karbonia said its rescue fund stands at 2 million zlotys.",
        "Karbonia said its rescue fund stands at $5.4 million.",
    )
    assert comparison.links
    assert not comparison.conflicts


def test_a_rate_is_read_from_a_conversion_told_with_or() -> None:
    comparison = compare_bodies(
        "The chief executive of the mining group earns 1.85 million zlotys, or about $500,000, a year.",
        "Karbonia said its rescue fund stands at 2 million zlotys.",
        "Karbonia said its rescue fund stands at $5.4 million.",
    )
    assert [c.why for c in comparison.conflicts if {m.source for m in c.members} == {"s2", "s3"}] == [
        'amount: 1.txt (s2, citing Karbonia) says "2 million zlotys"; 2.txt (s3, citing Karbonia) says "$5.4 million"; '
        "cannot both be true (at the articles' own rate, 1 USD = 3.70 PLN)"
    ]


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # one figure reported to two precisions is one thing, however many other sums a sentence gives
        ("Revenue fell 18.3% to 6.84 trillion won, and the net loss came to 357 billion won.",
         "Net loss attributable to owners of the parent was KRW 356.9 billion.",
         [["357 billion won", "KRW 356.9 billion"]]),
        # a sum that rounds to neither is not told apart from the other sums
        ("Revenue fell 18.3% to 6.84 trillion won, and the net loss came to 357 billion won.",
         "Net loss attributable to owners of the parent was KRW 412.5 billion.", []),
    ],
)
def test_a_figure_rounded_from_another_is_paired_with_it(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # what follows a bracket goes on with the clause before it: both sums are last year's
        ("Fuel subsidies cost the treasury 4.2 trillion naira ($2.7 billion) last year, the ministry said.",
         "The government claims it spent N4.2bn on fuel subsidy last year.",
         [["4.2 trillion naira", "N4.2bn"]]),
        # and a bracket of its own keeps its year to itself
        ("The group raised its total dividend for the year to 341 cents (2025: 310 cents).",
         "The group raised its total dividend for the year by 10% to 341 cents.", []),
    ],
)
def test_a_bracket_does_not_cut_its_clause_in_two(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # a tally at a moment before the end is not the final figure
        ("By 17:00, turnout stood at 37.2%, according to the electoral commission.",
         "Turnout was 48.6 percent, the electoral commission said.", []),
        ("Turnout was 46.8 percent, the electoral commission said.",
         "Turnout was 48.6 percent, the electoral commission said.", [["46.8 percent", "48.6 percent"]]),
        # how far a figure falls short of another is no count of the thing
        ("Her coalition holds 20 of the 43 seats on the city council.",
         "Her coalition is two seats short of a majority on the 43-member city council.", []),
        # those fighting for their lives are some of those in hospital
        ("Twenty-three survivors were admitted to Sengerema District Hospital.",
         "At least four survivors are fighting for their lives at Sengerema District Hospital.", []),
        # those a ferry was carrying are not those missing ("carrying about 150": a hedge between)
        ("The ferry was carrying about 150 people when it capsized near Kome.",
         "At least 15 people are still missing after the ferry capsized near Kome.", []),
    ],
)
def test_tallies_so_far_shortfalls_and_groups_of_a_whole_are_apart(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # a share of those who took part is a turnout; a share of those who voted, or of how they voted, is not
        ("The deal was approved by 82 per cent of those who voted, the union said on Thursday.",
         "Roughly seven in ten members took part in the ballot, the union said on Thursday.", []),
        ("Of the members who voted, 82.3% backed the agreement, the union said.",
         "Roughly seven in ten members took part in the ballot, the union said.", []),
        ("Of the members who voted, 82.3% backed the agreement, the union said.",
         "Of the members who voted, 78% backed the agreement, the union said.", [["82.3%", "78%"]]),
    ],
)
def test_a_turnout_is_not_a_share_of_the_votes(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # what a plant can process is not what it supplies
        ("The city's main water treatment plant can process 60,000 cubic metres a day.",
         "The city's water utility says its treatment plant is supplying about 35,000 cubic metres a day.", []),
        # a count that is enough to force a vote is a threshold, not the count gathered
        ("Under the cantonal constitution, 12,000 signatures are enough to force a popular vote on the tram loan.",
         "Opponents forced the popular vote on the tram loan by gathering 14,300 signatures.", []),
        ("Opponents forced the popular vote on the tram loan by gathering 12,000 signatures.",
         "Opponents forced the popular vote on the tram loan by gathering 14,300 signatures.", [["12,000", "14,300"]]),
    ],
)
def test_what_can_be_done_and_what_is_enough_are_not_what_was_done(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # a figure reached is no threshold, though it was enough for something
        ("Her 54% share of the vote was enough to avoid a runoff.", "She won 49% of the vote.", [["54%", "49%"]]),
        ("The 52,310 votes Smith won were enough to win the seat.", "Smith won 48,120 votes in the district.",
         [["52,310", "48,120"]]),
        # one candidate's votes are not all the ballots cast
        ("Smith won the mayoral race with 52,310 votes, the election commission said.",
         "In the mayoral race 61,450 ballots were cast, the election commission said.", []),
        # only the turnout told at a moment before the close is in progress
        ("Final turnout was 61.2%, up from 37% by midday.", "Final turnout was 55.4%, the electoral commission said.",
         [["61.2%", "55.4%"]]),
        ("Polling stations stayed open until 8pm and final turnout was 61.2%.",
         "Final turnout was 55.4%, the electoral commission said.", [["61.2%", "55.4%"]]),
        # a share of a group that wanted or sought a thing is no demand
        ("In the poll, 62% of voters wanted a change of government.",
         "In the poll, 48% of voters said they wanted a change of government.",
         [["62%", "48%"]]),
        # a term given that is the one asked for is the term given
        ("A court jailed Smith for the 12 years prosecutors had sought.",
         "A court jailed Smith for 10 years for the fraud.", [["12 years", "10 years"]]),
        # what someone could serve is no capacity
        ("If convicted, Smith could serve 20 years in prison.", "If convicted, Smith faces 25 years in prison.",
         [["20 years", "25 years"]]),
        # a look-back word after a bracket tells of the clause the bracket interrupts, not of the next one
        ("The state recorded 1,200 cholera cases last year (its worst outbreak in a decade) and has confirmed 300 "
         "cases in the current outbreak.", "Health officials have confirmed 450 cases in the current outbreak.",
         [["300", "450"]]),
        # a share of those who cast a ballot and backed a deal is a share of the votes
        ("Some 82% of those who cast a ballot backed the agreement, the union said.",
         "The agreement was backed by 71% of the votes cast, the union said.", [["Some 82%", "71%"]]),
    ],
)
def test_the_session_review_probes_hold(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


def test_a_revenue_and_a_profit_a_tenth_of_it_in_another_currency_are_no_slip() -> None:
    comparison = compare_texts(
        "Club\n\nThe transfer fee of 50 million euros ($54 million) was a club record.\n\n"
        "Real Madrid said its revenue climbed to a record 1.2 billion euros.\n",
        "Club\n\nThe club paid a record 50 million euros for the striker.\n\n"
        "Real Madrid said net profit came in at $137 million on higher ticket sales.\n",
    )
    assert not [c for c in comparison.conflicts if "137" in c.why]


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # "at least" is a floor that counts, never a figure rounded down; "more than" may be one
        ("At least 110 flights were cancelled at Catania airport on Tuesday.",
         "112 flights were cancelled at Catania airport on Tuesday.", [["At least 110", "112"]]),
        ("More than 2,300 people have fallen ill in the province.",
         "2,314 people have fallen ill in the province.", []),
    ],
)
def test_at_least_is_a_floor_not_a_rounded_figure(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # terms handed to two ranks are two terms; one rank's terms are compared
        ("Two sergeants received 10 years each, while two corporals were given shorter terms.",
         "The two corporals each received 7 years.", []),
        ("Two sergeants received 10 years each for extortion.",
         "The two sergeants each received 7 years for extortion.", [["10 years", "7 years"]]),
    ],
)
def test_terms_handed_to_two_ranks_are_two_terms(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # a fraction in words bounds a share without rounding it
        ("More than a third of the city's buses stayed in their depots, the transport authority said.",
         "Some 37 per cent of the city's buses stayed in their depots, the transport authority said.", []),
        ("Fewer than half of the city's registered voters cast a ballot in the mayoral election.",
         "Turnout in the mayoral election was 46.27% of the city's registered voters.", []),
        # a round figure bound still does not: "more than 30 per cent" against 37 per cent meets only through the hedge
        ("More than 30 per cent of the city's buses stayed in their depots, the transport authority said.",
         "37 per cent of the city's buses stayed in their depots, the transport authority said.",
         [["More than 30 per cent", "37 per cent"]]),
    ],
)
def test_a_fraction_in_words_bounds_without_rounding(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # villages and districts are places of two tiers, as are municipalities and towns
        ("Floods have affected 12 villages in Kadam, the state disaster authority said on Monday.",
         "Floods have affected people in 14 districts of the state, the state disaster authority said on Monday.", []),
        # places people live in are named by one another's words: still compared
        ("The fire forced the evacuation of six villages near Menderes, the governor said on Monday.",
         "The fire forced the evacuation of seven neighbourhoods near Menderes, the governor said on Monday.",
         [["six", "seven"]]),
        ("Floods have affected 12 districts of the state, the disaster authority said on Monday.",
         "Floods have affected 14 districts of the state, the disaster authority said on Monday.", [["12", "14"]]),
    ],
)
def test_places_of_two_tiers_are_two_counts(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


def test_a_part_of_the_victims_met_beside_is_no_conflict() -> None:
    """ "19 of the injured" taken to one hospital is the "19 transferred" there, though one tells what befell the
    whole and the other what befell the part; it is not set against the 14 treated elsewhere."""
    comparison = _compare_body(
        "Of the injured, 14 are being treated at the Huanta hospital and 19 were transferred by ambulance to the "
        "regional hospital in Huamanga.",
        "Ambulances have taken 19 of the injured to the regional hospital in Huamanga, a journey of three hours.",
    )
    assert comparison.links
    assert _quoted(comparison.conflicts) == []


def test_parts_of_the_dead_listed_in_another_order_meet() -> None:
    """Each part of one toll is met by the same figure in the other list, whatever order each tells them in and
    whether or not it names their noun."""
    comparison = _compare_body(
        "Of the deceased, six are foreign nationals and three are Nepali high-altitude workers.",
        "Three of the dead were Nepali guides employed by the company, and the other six were foreign clients.",
    )
    assert comparison.links
    assert _quoted(comparison.conflicts) == []


def test_figures_a_hundredfold_apart_are_two_counts() -> None:
    """ "at least seven people" killed and "nearly two million people" moved to safety share their noun and many
    words, but no count is misreported a hundredfold; the two million meet the "more than 1.2 million" instead."""
    comparison = _compare_body(
        "The cyclone slammed into the southern coast on Wednesday, killing at least seven people and forcing more "
        "than 1.2 million villagers into storm shelters.",
        "The disaster management secretary told reporters that nearly two million people had been moved to safety "
        "before the cyclone hit the southern coast.",
    )
    assert comparison.links
    assert _quoted(comparison.conflicts) == [["more than 1.2 million", "nearly two million"]]


def test_cars_of_a_train_are_no_homes() -> None:
    """Vehicles and buildings are two sorts of thing: the cars a train hauled are not the homes it forced people
    from, whatever else the sentences share."""
    comparison = _compare_body(
        "A freight train jumped the tracks near the village on Tuesday, spilling acid and forcing residents from "
        "more than 100 homes.",
        "The freight train, hauling 112 cars near the village on Tuesday, was bound for Winnipeg.",
    )
    assert comparison.links
    assert _quoted(comparison.conflicts) == []


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # a sentence opening on one district tells that district's toll, not the storm's
        ("Eleven people have died in the cyclone, the disaster management ministry said on Thursday.",
         "In Patuakhali district, six people were killed in the cyclone, the disaster management ministry said.", []),
        # the same district's toll in both: still compared
        ("In Patuakhali district, eight people were killed in the cyclone, the disaster management ministry said.",
         "In Patuakhali district, six people were killed in the cyclone, the disaster management ministry said.",
         [["eight", "six"]]),
    ],
)
def test_a_sentence_opening_on_one_district_tells_its_figures(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # one saving told in two periods: $95 a fortnight is about $206 a month
        ("On a $600,000 mortgage, the cut would save a borrower about $95 a fortnight, mortgage advisers said.",
         "Mortgage advisers said a homeowner with a $600,000 mortgage would save roughly $200 a month.", []),
        # a saving a fortnight that is not the saving a month
        ("On a $600,000 mortgage, the cut would save a borrower about $95 a fortnight, mortgage advisers said.",
         "Mortgage advisers said a homeowner with a $600,000 mortgage would save roughly $300 a month.",
         [["about $95", "roughly $300"]]),
    ],
)
def test_a_sum_a_fortnight_is_put_in_the_other_span(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # the country's rate and one province's
        ("In Ontario, the unemployment rate was little changed at 7.6% in February, the agency said.",
         "Nationally, the jobless rate hit 7 per cent in February, the agency said.", []),
        # the province's rate in both: still compared
        ("In Ontario, the unemployment rate was little changed at 7.6% in February, the agency said.",
         "In Ontario, the jobless rate hit 7 per cent in February, the agency said.", [["7.6%", "7 per cent"]]),
    ],
)
def test_the_countrys_figure_is_no_named_places(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


def test_the_employment_rate_is_no_unemployment_rate() -> None:
    """The share of people in work and the share of the labour force out of it are two measures of one release."""
    comparison = _compare_body(
        "Employment fell by 21,600 in February, and the employment rate decreased 0.1 percentage points to 60.6%.",
        "The economy shed nearly 22,000 jobs in February, pushing the unemployment rate up two-tenths of a "
        "percentage point to 6.9%.",
    )
    assert comparison.links
    assert _quoted(comparison.conflicts) == []


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        ("A dozen cops were injured in the clashes, the interior ministry said.",
         "Seventeen police officers were injured in the clashes, the interior ministry said.",
         [["A dozen", "Seventeen"]]),
        ("The van carried 12 passengers when it fell from the bridge, rescuers said.",
         "The van carried nine occupants when it fell from the bridge, rescuers said.", [["12", "nine"]]),
    ],
)
def test_cops_are_police_and_occupants_passengers(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # the largest of the aftershocks, against another report of it
        ("The agency has recorded 47 aftershocks as of Tuesday noon, the largest a magnitude 5.6 on Tuesday morning.",
         "A strong aftershock, measured at magnitude 5.8, shook the region on Tuesday morning.",
         [["magnitude 5.6", "magnitude 5.8"]]),
        # the largest named after the quake is the quake's
        ("Dozens of aftershocks followed the earthquake, the strongest in decades at magnitude 7.1, on Tuesday.",
         "A strong aftershock, measured at magnitude 5.8, shook the region on Tuesday morning.", []),
    ],
)
def test_the_largest_of_the_aftershocks_is_an_aftershock(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # two figures in words, fifty-fold apart: the passenger killed is not the passengers carried
        ("The coach overturned on the AP-7 near Villajoyosa on Saturday, killing one passenger and injuring at "
         "least 20 others.",
         "The coach, carrying fifty-two passengers who had just flown into Alicante, came off the AP-7 and rolled onto "
         "its side.", []),
        # a word's slip stays a misreport
        ("Fourteen health workers were infected at the clinic on Saturday, police said.",
         "Four health workers were infected at the clinic on Saturday, police said.", [["Fourteen", "Four"]]),
    ],
)
def test_figures_in_words_far_apart_are_two_counts(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


def test_a_quick_count_and_its_margin_of_error_are_a_polls_figures() -> None:
    """A quick count is a pollster's projection, and its margin of error no difference between the candidates."""
    comparison = _compare_body(
        "A quick count by pollster Vértice gives Huamán 50.9% of valid votes against 49.1% for Benavente, with a "
        "margin of error of one percentage point.",
        "Huamán won the runoff with 50.62% of valid votes against 49.38% for Benavente, a difference of 1.24 "
        "percentage points, the electoral office said.",
    )
    assert comparison.links
    assert _quoted(comparison.conflicts) == []


def test_what_a_country_could_see_is_a_forecast() -> None:
    comparison = _compare_body(
        "Modelling by the health institute suggests the country could see up to 1,000 confirmed mpox cases by "
        "December.",
        "The country has now recorded 412 confirmed mpox cases, according to the health institute.",
    )
    assert comparison.links
    assert _quoted(comparison.conflicts) == []


def test_a_verb_and_its_noun_in_ation_share_a_stem() -> None:
    assert stem_of("deliberated") == stem_of("deliberations") == stem_of("deliberating")
    assert stem_of("evacuated") == stem_of("evacuations")


def test_spans_of_one_deliberation_meet_past_the_trials_length() -> None:
    """ "having deliberated for more than two days" and "after three days of deliberations" tell one span, met
    only through the hedge; the "four-week trial" beside it is another."""
    comparison = _compare_body(
        "A jury convicted the constable after a four-week trial, having deliberated for more than two days.",
        "The constable was found guilty by a Supreme Court jury after three days of deliberations.",
    )
    assert comparison.links
    assert _quoted(comparison.conflicts) == [["more than two days", "three days"]]


def test_parts_after_a_colon_sent_to_named_hospitals_are_some_of_the_total() -> None:
    """Each count of a list after a colon is a part, whatever the hospital's name holds ("Grey's")."""
    comparison = _compare_body(
        "At least 60 pupils were taken to hospital on Thursday after the gas leak at the school.",
        "A total of 87 learners were taken to hospital: 51 to Grey's Hospital, 29 to Northdale Hospital and 7 to "
        "Scottsville Private Clinic.",
    )
    assert comparison.links
    assert _quoted(comparison.conflicts) == []


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # a night's low and a day's high
        ("In Phoenix the temperature never dropped below 35C overnight into Tuesday, the weather service said.",
         "In Phoenix the temperature topped out at 118 degrees Fahrenheit on Tuesday, the weather service said.", []),
        # two highs: still compared
        ("In Phoenix the temperature topped out at 45C on Tuesday afternoon, the weather service said.",
         "In Phoenix the temperature topped out at 118 degrees Fahrenheit on Tuesday, the weather service said.",
         [["45C", "118 degrees Fahrenheit"]]),
    ],
)
def test_a_nights_low_is_no_days_high(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # a sum to the families of the dead and one to the injured
        ("Families of those killed in the landslide would receive three million kyat each from the state, he said.",
         "Injured workers will receive 1.5 million kyat each from the state government after the landslide, he said.",
         []),
        # two sums to the bereaved: still compared
        ("The government said it would pay 100,000 dirhams to the family of each victim of the crush.",
         "The government has promised 10,000 dirhams to each bereaved family after the crush.",
         [["100,000 dirhams", "10,000 dirhams"]]),
    ],
)
def test_sums_to_the_bereaved_and_to_the_injured_are_two_payments(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found


def test_a_change_told_in_points_and_in_per_cent_after_its_verb_is_a_slip() -> None:
    """ "rose 0.3 per cent" and "up 0.3 percentage points" tell one change of a share in two measures: one is a slip."""
    comparison = _compare_body(
        "E-commerce's share of retail trade rose 0.3 per cent compared with a year earlier, according to StatCan.",
        "E-commerce now accounts for almost 6 per cent of retail sales, up 0.3 percentage points from a year ago, "
        "according to StatCan.",
    )
    assert comparison.links
    assert _quoted(comparison.conflicts) == [["0.3 per cent", "0.3 percentage points"]]


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # one city, with and without its accent
        ("Paraguayan police arrested at least 90 people in Asuncion late on Friday after the march.",
         "After the march, 143 persons were apprehended in Asunción late on Friday, police said.",
         [["at least 90", "143"]]),
        # one airport, named two ways
        ("Phoenix reached 119 degrees at Sky Harbor International Airport on Tuesday, the weather service said.",
         "The temperature at Phoenix Sky Harbor topped out at 118 degrees on Tuesday, the weather service said.",
         [["119 degrees", "118 degrees"]]),
    ],
)
def test_one_place_named_two_ways_is_one_place(a: str, b: str, found: list[list[str]]) -> None:
    comparison = _compare_body(a, b)
    assert comparison.links
    assert _quoted(comparison.conflicts) == found
