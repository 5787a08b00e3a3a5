"""The aligner's learned part: clauses, the link model and what it reads of a pair of sentences."""

from __future__ import annotations

import json
import math

import pytest

from engine.align import FEATURES, AlignOptions, align, clause_spans, pair_measurements, pair_table, sentence_features
from engine.compare import compare
from engine.linkmodel import LinkModel, default_model
from engine.sources import source_from_text


def _clauses(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in clause_spans(text)]


def test_a_sentence_that_packs_several_facts_splits_into_clauses() -> None:
    text = "The union is seeking a 9.5 per cent pay rise, while the operator has offered 4.2 per cent over two years."
    assert _clauses(text) == [
        "The union is seeking a 9.5 per cent pay rise,",
        "while the operator has offered 4.2 per cent over two years.",
    ]
    # figures count as words of a clause: "and nine bodies were recovered" is a clause of its own
    text = "At least 40 people were rescued, and nine bodies were recovered after the boat capsized."
    assert _clauses(text) == [
        "At least 40 people were rescued,",
        "and nine bodies were recovered after the boat capsized.",
    ]
    text = "Shares fell 6%; the company, which makes valves, cut its forecast, blaming weak demand in Asia."
    assert _clauses(text) == [
        "Shares fell 6%; the company,",
        "which makes valves, cut its forecast,",
        "blaming weak demand in Asia.",
    ]


def test_short_pieces_stay_with_their_neighbours() -> None:
    assert _clauses("Two people died, police said.") == ["Two people died, police said."]
    text = "The fire, which started at night, spread fast."
    assert _clauses(text) == [text]
    # every character belongs to exactly one clause, in order
    text = "Shares fell 6%; the company, which makes valves, cut its forecast, blaming weaker demand in Asia."
    spans = clause_spans(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_a_lead_that_packs_two_facts_links_to_both_sentences_that_report_them() -> None:
    a = (
        "Boat capsizes off Lampedusa\n\nAt least 40 people were rescued and nine bodies were recovered after an "
        "overcrowded boat capsized off Lampedusa on Wednesday, the Italian coastguard said.\n\nThe boat had left Sfax "
        "in Tunisia on Monday night.\n\nAid groups said the central Mediterranean route remains the deadliest.\n"
    )
    b = (
        "Shipwreck off Lampedusa\n\nThe coastguard said 41 people had been rescued by its patrol boats off Lampedusa."
        "\n\nDivers recovered nine bodies from the sea near the island, officials said.\n\nThe boat had set off from "
        "Sfax, Tunisia, on Monday.\n\nThe mayor of Lampedusa called for more help from Rome.\n"
    )
    comparison = compare([source_from_text(a, "a.txt", "s1"), source_from_text(b, "b.txt", "s2")])
    lead = comparison.source("s1").sentences[0]
    partners = {m.sentence for link in comparison.links_of(lead.id) for m in link.members if m.source == "s2"}
    rescued, bodies = (s.id for s in comparison.source("s2").sentences[:2])
    assert {rescued, bodies} <= partners
    assert [c.severity.value for c in comparison.conflicts] == ["discrepancy"]  # "at least 40" against 41


def test_the_model_reads_what_the_aligner_measures() -> None:
    model = default_model()
    assert model.features == FEATURES
    assert 0.0 < model.threshold < 1.0 and model.margin >= 0.0
    # Fitted on the development cases only: never on a held-out set.
    trained_on = model.info["trained_on"] if model.info else []
    assert trained_on and all(name.startswith("cases") for name in trained_on)


def test_a_model_that_reads_other_measurements_is_refused() -> None:
    model = default_model()
    reversed_model = LinkModel(
        tuple(reversed(model.features)), model.coef, model.intercept, model.mean, model.scale, model.threshold
    )
    sources = [
        source_from_text("Storm\n\nTwo people died when the storm hit the coast on Monday.", "a.txt", "s1"),
        source_from_text("Storm\n\nThe storm killed two people on the coast on Monday.", "b.txt", "s2"),
    ]
    with pytest.raises(ValueError, match="train_linker"):
        align(sources, AlignOptions(model=reversed_model))
    # every threshold the options accept runs, 0 and 1 included
    for threshold in (0.0, 1.0):
        align(sources, AlignOptions(threshold=threshold))
    assert hash(AlignOptions(model=model))  # options and models can be dictionary keys


def test_a_link_model_scores_standardised_measurements() -> None:
    model = LinkModel(
        features=("a", "b"), coef=(2.0, -1.0), intercept=0.5, mean=(1.0, 0.0), scale=(2.0, 1.0), threshold=0.4
    )
    values = [3.0, 0.5]
    expected = 0.5 + 2.0 * (3.0 - 1.0) / 2.0 - 1.0 * 0.5
    assert model.logit(values) == pytest.approx(expected)
    assert model.probability(values) == pytest.approx(1 / (1 + math.exp(-expected)))
    again = LinkModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again.logit(values) == pytest.approx(expected) and again.threshold == 0.4
    with pytest.raises(ValueError):
        LinkModel(features=("a",), coef=(1.0, 2.0), intercept=0.0, mean=(0.0,), scale=(1.0,))


def test_the_cut_of_hopeless_pairs_changes_no_link(monkeypatch: pytest.MonkeyPatch) -> None:
    # The cut skips pairs whose cheap measurements already tell they cannot link, bounding what the rest could add: the
    # links must be the same with it as without it.
    from engine import align as aligner
    from tests.labelled import DEV33, load_cases

    cases = load_cases(DEV33)
    hopeless = aligner._Cut.hopeless
    cut: list[bool] = []

    def counted(self: aligner._Cut, *args: bool | list[float]) -> bool:
        cut.append(hopeless(self, *args))  # type: ignore[arg-type]
        return cut[-1]

    monkeypatch.setattr(aligner._Cut, "hopeless", counted)
    with_cut = [compare(case.paths).links for case in cases]
    monkeypatch.setattr(aligner._Cut, "hopeless", lambda self, *args: False)
    without_cut = [compare(case.paths).links for case in cases]
    assert with_cut == without_cut
    assert all(with_cut)
    assert sum(cut) > len(cut) / 4  # the cut does skip pairs


def test_a_stricter_threshold_links_fewer_pairs() -> None:
    sources = [
        source_from_text(
            "Storm\n\nThe storm killed 12 people in the north on Monday.\n\nSchools were closed in three towns.\n"
            "\nPower was cut to 40,000 homes.\n",
            "a.txt",
            "s1",
        ),
        source_from_text(
            "Storm\n\nTwelve people died when the storm hit the north on Monday.\n\nThree towns shut their schools.\n"
            "\nAbout 40,000 homes lost power.\n",
            "b.txt",
            "s2",
        ),
    ]
    loose = align(sources, AlignOptions(threshold=0.05))
    strict = align(sources, AlignOptions(threshold=0.99))
    assert len(strict) <= len(loose)
    assert len(loose) >= 2


def test_measurements_of_a_pair_on_its_own() -> None:
    a = source_from_text("Intro.\n\nThe fire killed 12 people in the hotel on Sunday.", "a.txt", "s1")
    b = source_from_text("Intro.\n\nTwelve people died in the hotel fire on Sunday, police said.", "b.txt", "s2")
    fa, fb = sentence_features(a, 0)[-1], sentence_features(b, 1)[-1]
    from engine.align import _idf, _vectorise

    _vectorise([fa, fb], _idf([fa, fb]))
    values = dict(zip(FEATURES, pair_measurements(fa, fb), strict=True))
    assert values["gap_a"] == values["gap_b"] == 0.0  # alone, each is the other's best partner
    assert values["figure_rarity"] == pytest.approx(1.0)  # 12 killed against twelve killed, each stated once
    assert values["clause_cosine"] > 0.3
    table = pair_table([a, b])
    assert table and all(len(values) == len(FEATURES) for _, _, values in table)


def test_a_wire_dateline_is_no_word_of_its_lede() -> None:
    text = (
        "SEOUL, Oct 30 (Pacific Markets Wire) - Daeyang Cell swung to an operating loss of 278.6 billion won.\n\n"
        "The company said on Thursday it would cut jobs."
    )
    lede = sentence_features(source_from_text(text, "a.txt", "s1"), 0)[0]
    assert lede.sentence_index == 0
    words = {w.lower() for w in lede.words}
    assert {"pacific", "markets", "wire", "oct"}.isdisjoint(words)  # the agency and the date report no fact
    assert "pacific markets wire" not in lede.names
    assert {"seoul", "daeyang", "swung"} <= words  # the place and the lede are kept
    # a sentence that only opens with capitals keeps all its words
    later = "The company said it would cut jobs.\n\nUNION LEADERS, angry at the cuts - said they would strike."
    second = sentence_features(source_from_text(later, "b.txt", "s2"), 0)[1]
    assert {"angry", "cuts"} <= {w.lower() for w in second.words}


def test_a_precise_figure_two_sentences_share_makes_them_candidates() -> None:
    """Two sentences that give one precise figure in other words are scored in full, however many sentences share
    more words with one of them; a round figure finds no candidate that way."""
    from engine.align import _prepare

    budget_words = "the budget plan for next year sets out spending on schools, hospitals and roads"
    a = source_from_text(
        "Budget\n\nThe finance ministry said spending next year is planned at 911.6 billion zlotys.\n\n"
        "The ministry also said the plan sets aside 300 million zlotys for flood repairs.\n",
        "a.txt",
        "s1",
    )
    b = source_from_text(
        "Budget\n\n"
        + "\n\n".join(f"Under {budget_words}, the ministry said, item {k} is planned." for k in range(8))
        + "\n\nState expenditure: PLN 911.6 billion.\n\nTotal: PLN 300 million.\n",
        "b.txt",
        "s2",
    )
    features, candidates, offsets = _prepare([a, b], AlignOptions())
    assert [f.plain[:20] for f in features[0]] == ["the finance ministry", "the ministry also sa"]
    texts = [f.plain for f in features[1]]
    expenditure = next(k for k, text in enumerate(texts) if text.startswith("state expenditure"))
    total = next(k for k, text in enumerate(texts) if text.startswith("total"))
    spending_found = {h - offsets[1] for h in candidates[(offsets[0] + 0, 1)]}
    assert expenditure in spending_found
    repairs_found = {h - offsets[1] for h in candidates[(offsets[0] + 1, 1)]}
    assert total not in repairs_found  # "Total: PLN 300 million.": a round figure


def test_one_time_of_day_in_two_sentences_makes_them_candidates_and_weighs_like_a_rare_figure() -> None:
    """The moment something happened, told once in each article ("at 23:15" and "at 11.15pm"), finds the other
    sentence however few words they share, and counts like a rare figure; two different moments count nothing."""
    from engine.align import _Features, _figure_match, _prepare

    filler = "the company said the plant would stay shut while inspectors from the ministry examined the site"
    a = source_from_text(
        "Leak\n\nEngineers closed the valve at 23:15, stopping the leak.\n\nThe plant reopened at 09:30.\n",
        "a.txt",
        "s1",
    )
    b = source_from_text(
        "Leak\n\n"
        + "\n\n".join(f"Engineers and officials said {filler}, item {k}." for k in range(8))
        + "\n\nThe flow was isolated at 11.15pm.\n",
        "b.txt",
        "s2",
    )
    features, candidates, offsets = _prepare([a, b], AlignOptions())
    texts = [f.plain for f in features[1]]
    isolated = next(k for k, text in enumerate(texts) if "isolated" in text)
    closed = features[0][0]
    assert isolated in {h - offsets[1] for h in candidates[(offsets[0] + 0, 1)]}
    def time_of(f: _Features) -> tuple[object, ...]:
        return next(x for x in f.figures if x[0] == "time")

    late, early, other = time_of(closed), time_of(features[0][1]), time_of(features[1][isolated])
    assert _figure_match(late, other) == 1.0
    assert _figure_match(early, other) == 0.0
