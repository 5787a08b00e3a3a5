"""Scores the engine against our labelled multi-source cases (tests/data/cases, cases2 ... cases11, heldout...).

Each case folder holds 2-4 articles and a labels.json naming every link (sentences of different sources reporting
one fact), every conflict (two figures that disagree, with severity), agreements (figures worded differently that
agree) and hard negatives (look-alike sentences that are not the same fact). Sentences are named by a quote, so
labels do not depend on how the splitter cuts sentences.

Scores are at the level of sentence pairs: a link of three sentences is three pairs. Used by tests (which hold
precision and recall) and by benchmarks/alignment.py (which records the figures beside a plain-rapidfuzz baseline).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.models import Comparison, Source

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "cases"
DEV2 = ROOT / "tests" / "data" / "cases2"
DEV3 = ROOT / "tests" / "data" / "cases3"
DEV4 = ROOT / "tests" / "data" / "cases4"
DEV5 = ROOT / "tests" / "data" / "cases5"
DEV6 = ROOT / "tests" / "data" / "cases6"
DEV7 = ROOT / "tests" / "data" / "cases7"
DEV8 = ROOT / "tests" / "data" / "cases8"
DEV9 = ROOT / "tests" / "data" / "cases9"
DEV10 = ROOT / "tests" / "data" / "cases10"
DEV11 = ROOT / "tests" / "data" / "cases11"
DEV12 = ROOT / "tests" / "data" / "cases12"
DEV13 = ROOT / "tests" / "data" / "cases13"
DEV14 = ROOT / "tests" / "data" / "cases14"
DEV15 = ROOT / "tests" / "data" / "cases15"
DEV16 = ROOT / "tests" / "data" / "cases16"
DEV17 = ROOT / "tests" / "data" / "cases17"
DEV18 = ROOT / "tests" / "data" / "cases18"
DEV19 = ROOT / "tests" / "data" / "cases19"
DEV20 = ROOT / "tests" / "data" / "cases20"
DEV21 = ROOT / "tests" / "data" / "cases21"
DEV22 = ROOT / "tests" / "data" / "cases22"
DEV23 = ROOT / "tests" / "data" / "cases23"
DEV24 = ROOT / "tests" / "data" / "cases24"
DEV25 = ROOT / "tests" / "data" / "cases25"
DEV26 = ROOT / "tests" / "data" / "cases26"
DEV27 = ROOT / "tests" / "data" / "cases27"
DEV28 = ROOT / "tests" / "data" / "cases28"
DEV29 = ROOT / "tests" / "data" / "cases29"
DEV30 = ROOT / "tests" / "data" / "cases30"
DEV31 = ROOT / "tests" / "data" / "cases31"
DEV32 = ROOT / "tests" / "data" / "cases32"
DEV33 = ROOT / "tests" / "data" / "cases33"
DEV34 = ROOT / "tests" / "data" / "cases34"
DEV35 = ROOT / "tests" / "data" / "cases35"
DEV36 = ROOT / "tests" / "data" / "cases36"
DEV37 = ROOT / "tests" / "data" / "cases37"
DEV38 = ROOT / "tests" / "data" / "cases38"
DEV39 = ROOT / "tests" / "data" / "cases39"
DEV40 = ROOT / "tests" / "data" / "cases40"
DEV41 = ROOT / "tests" / "data" / "cases41"
DEV42 = ROOT / "tests" / "data" / "cases42"
DEV43 = ROOT / "tests" / "data" / "cases43"
DEV44 = ROOT / "tests" / "data" / "cases44"
DEV45 = ROOT / "tests" / "data" / "cases45"
DEV46 = ROOT / "tests" / "data" / "cases46"
DEV47 = ROOT / "tests" / "data" / "cases47"
DEV48 = ROOT / "tests" / "data" / "cases48"
DEV49 = ROOT / "tests" / "data" / "cases49"
DEV50 = ROOT / "tests" / "data" / "cases50"
DEV51 = ROOT / "tests" / "data" / "cases51"
DEV52 = ROOT / "tests" / "data" / "cases52"
DEV53 = ROOT / "tests" / "data" / "cases53"
DEV54 = ROOT / "tests" / "data" / "cases54"
DEV55 = ROOT / "tests" / "data" / "cases55"
DEV56 = ROOT / "tests" / "data" / "cases56"
DEV57 = ROOT / "tests" / "data" / "cases57"
DEV58 = ROOT / "tests" / "data" / "cases58"
DEV59 = ROOT / "tests" / "data" / "cases59"
DEV60 = ROOT / "tests" / "data" / "cases60"
DEV61 = ROOT / "tests" / "data" / "cases61"
DEV62 = ROOT / "tests" / "data" / "cases62"
DEV63 = ROOT / "tests" / "data" / "cases63"
DEV64 = ROOT / "tests" / "data" / "cases64"
DEV65 = ROOT / "tests" / "data" / "cases65"
DEV66 = ROOT / "tests" / "data" / "cases66"
DEV67 = ROOT / "tests" / "data" / "cases67"
DEV68 = ROOT / "tests" / "data" / "cases68"
DEV69 = ROOT / "tests" / "data" / "cases69"
DEV70 = ROOT / "tests" / "data" / "cases70"
DEV71 = ROOT / "tests" / "data" / "cases71"
DEV72 = ROOT / "tests" / "data" / "cases72"
DEV73 = ROOT / "tests" / "data" / "cases73"
DEV74 = ROOT / "tests" / "data" / "cases74"
DEV75 = ROOT / "tests" / "data" / "cases75"
DEV76 = ROOT / "tests" / "data" / "cases76"
DEV77 = ROOT / "tests" / "data" / "cases77"
DEV78 = ROOT / "tests" / "data" / "cases78"
DEV79 = ROOT / "tests" / "data" / "cases79"
DEV80 = ROOT / "tests" / "data" / "cases80"
DEV81 = ROOT / "tests" / "data" / "cases81"
DEV82 = ROOT / "tests" / "data" / "cases82"
DEV83 = ROOT / "tests" / "data" / "cases83"
DEV84 = ROOT / "tests" / "data" / "cases84"
DEV85 = ROOT / "tests" / "data" / "cases85"
DEV86 = ROOT / "tests" / "data" / "cases86"
DEV87 = ROOT / "tests" / "data" / "cases87"
DEV88 = ROOT / "tests" / "data" / "cases88"
DEV89 = ROOT / "tests" / "data" / "cases89"
DEV90 = ROOT / "tests" / "data" / "cases90"
DEV91 = ROOT / "tests" / "data" / "cases91"
DEV92 = ROOT / "tests" / "data" / "cases92"
DEV93 = ROOT / "tests" / "data" / "cases93"
DEV94 = ROOT / "tests" / "data" / "cases94"
DEV95 = ROOT / "tests" / "data" / "cases95"
DEV96 = ROOT / "tests" / "data" / "cases96"
DEV97 = ROOT / "tests" / "data" / "cases97"
DEV98 = ROOT / "tests" / "data" / "cases98"
DEV99 = ROOT / "tests" / "data" / "cases99"
DEV100 = ROOT / "tests" / "data" / "cases100"
DEV101 = ROOT / "tests" / "data" / "cases101"
DEV102 = ROOT / "tests" / "data" / "cases102"
DEV103 = ROOT / "tests" / "data" / "cases103"
DEV104 = ROOT / "tests" / "data" / "cases104"
DEV105 = ROOT / "tests" / "data" / "cases105"
DEV106 = ROOT / "tests" / "data" / "cases106"
DEV107 = ROOT / "tests" / "data" / "cases107"
DEV108 = ROOT / "tests" / "data" / "cases108"
DEV109 = ROOT / "tests" / "data" / "cases109"
DEV110 = ROOT / "tests" / "data" / "cases110"
DEV111 = ROOT / "tests" / "data" / "cases111"
DEV112 = ROOT / "tests" / "data" / "cases112"
DEV113 = ROOT / "tests" / "data" / "cases113"
DEV114 = ROOT / "tests" / "data" / "cases114"
DEV115 = ROOT / "tests" / "data" / "cases115"
DEV116 = ROOT / "tests" / "data" / "cases116"
DEV117 = ROOT / "tests" / "data" / "cases117"
DEV118 = ROOT / "tests" / "data" / "cases118"
DEV119 = ROOT / "tests" / "data" / "cases119"
DEV120 = ROOT / "tests" / "data" / "cases120"
DEV121 = ROOT / "tests" / "data" / "cases121"
DEV122 = ROOT / "tests" / "data" / "cases122"
DEV123 = ROOT / "tests" / "data" / "cases123"
DEV124 = ROOT / "tests" / "data" / "cases124"
DEV125 = ROOT / "tests" / "data" / "cases125"
DEV126 = ROOT / "tests" / "data" / "cases126"
DEV127 = ROOT / "tests" / "data" / "cases127"
DEV128 = ROOT / "tests" / "data" / "cases128"
DEV129 = ROOT / "tests" / "data" / "cases129"
DEV130 = ROOT / "tests" / "data" / "cases130"
DEV131 = ROOT / "tests" / "data" / "cases131"
DEV132 = ROOT / "tests" / "data" / "cases132"
DEV133 = ROOT / "tests" / "data" / "cases133"
DEV134 = ROOT / "tests" / "data" / "cases134"
DEV135 = ROOT / "tests" / "data" / "cases135"
DEV136 = ROOT / "tests" / "data" / "cases136"
DEV137 = ROOT / "tests" / "data" / "cases137"
DEV138 = ROOT / "tests" / "data" / "cases138"
DEV139 = ROOT / "tests" / "data" / "cases139"
DEV140 = ROOT / "tests" / "data" / "cases140"
DEV141 = ROOT / "tests" / "data" / "cases141"
DEV142 = ROOT / "tests" / "data" / "cases142"
DEV143 = ROOT / "tests" / "data" / "cases143"
HELDOUT = ROOT / "tests" / "data" / "heldout"
HELDOUT2 = ROOT / "tests" / "data" / "heldout2"
HELDOUT3 = ROOT / "tests" / "data" / "heldout3"
HELDOUT4 = ROOT / "tests" / "data" / "heldout4"
HELDOUT5 = ROOT / "tests" / "data" / "heldout5"
HELDOUT6 = ROOT / "tests" / "data" / "heldout6"
HELDOUT7 = ROOT / "tests" / "data" / "heldout7"
HELDOUT8 = ROOT / "tests" / "data" / "heldout8"
HELDOUT9 = ROOT / "tests" / "data" / "heldout9"
HELDOUT10 = ROOT / "tests" / "data" / "heldout10"
HELDOUT11 = ROOT / "tests" / "data" / "heldout11"
HELDOUT12 = ROOT / "tests" / "data" / "heldout12"
HELDOUT13 = ROOT / "tests" / "data" / "heldout13"
HELDOUT14 = ROOT / "tests" / "data" / "heldout14"
HELDOUT15 = ROOT / "tests" / "data" / "heldout15"
HELDOUT16 = ROOT / "tests" / "data" / "heldout16"
HELDOUT17 = ROOT / "tests" / "data" / "heldout17"
HELDOUT18 = ROOT / "tests" / "data" / "heldout18"
HELDOUT19 = ROOT / "tests" / "data" / "heldout19"
HELDOUT20 = ROOT / "tests" / "data" / "heldout20"
HELDOUT21 = ROOT / "tests" / "data" / "heldout21"
HELDOUT22 = ROOT / "tests" / "data" / "heldout22"
HELDOUT23 = ROOT / "tests" / "data" / "heldout23"
HELDOUT24 = ROOT / "tests" / "data" / "heldout24"
HELDOUT25 = ROOT / "tests" / "data" / "heldout25"
HELDOUT26 = ROOT / "tests" / "data" / "heldout26"
HELDOUT27 = ROOT / "tests" / "data" / "heldout27"
HELDOUT28 = ROOT / "tests" / "data" / "heldout28"
HELDOUT29 = ROOT / "tests" / "data" / "heldout29"
HELDOUT30 = ROOT / "tests" / "data" / "heldout30"
HELDOUT31 = ROOT / "tests" / "data" / "heldout31"
HELDOUT32 = ROOT / "tests" / "data" / "heldout32"
HELDOUT33 = ROOT / "tests" / "data" / "heldout33"
HELDOUT34 = ROOT / "tests" / "data" / "heldout34"
HELDOUT35 = ROOT / "tests" / "data" / "heldout35"
HELDOUT36 = ROOT / "tests" / "data" / "heldout36"
HELDOUT37 = ROOT / "tests" / "data" / "heldout37"



def set_names(prefix: str) -> list[str]:
    """The labelled sets under tests/data named ``prefix`` and a number ("cases", "cases2", ..., "cases10"; "heldout",
    "heldout2", ...), in their numbers' order."""
    pattern = re.compile(rf"{re.escape(prefix)}\d*")
    folders = (p.name for p in (ROOT / "tests" / "data").iterdir() if p.is_dir() and pattern.fullmatch(p.name))
    return sorted(folders, key=lambda name: (len(name), name))


SentenceKey = tuple[str, str]  # (source id, sentence id)
PairKey = frozenset[SentenceKey]


@dataclass
class Case:
    """One labelled case."""

    name: str
    folder: Path
    letters: list[str]
    paths: list[str]
    labels: dict[str, Any]

    @property
    def source_ids(self) -> dict[str, str]:
        return {letter: f"s{k + 1}" for k, letter in enumerate(self.letters)}


def load_cases(folder: Path) -> list[Case]:
    """Load every case under ``folder`` (sorted by name); empty when the folder is absent."""
    cases = []
    if not folder.is_dir():
        return cases
    for labels_path in sorted(folder.glob("*/labels.json")):
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        letters = sorted(labels["sources"])
        paths = [str(labels_path.parent / labels["sources"][letter]) for letter in letters]
        cases.append(Case(labels_path.parent.name, labels_path.parent, letters, paths, labels))
    return cases


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def locate(source: Source, quote: str) -> str | None:
    """The id of the sentence of ``source`` that holds ``quote`` (or where the quote starts)."""
    wanted = _norm(quote)
    for sentence in source.sentences:
        if wanted in _norm(sentence.text):
            return sentence.id
    offset = source.text.find(quote)
    if offset < 0:
        offset = _norm(source.text).find(wanted)
        if offset < 0:
            return _locate_row(source, quote)
    for sentence in source.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.id
    return _locate_row(source, quote)


def _locate_row(source: Source, quote: str) -> str | None:
    """The sentence the reader wrote from the table row a quote gives cell by cell ("| Yes | 111,483 | 51.80% |", or
    cells an HTML page's markup separates): the one sentence holding every cell, in order."""
    cells = [_norm(cell) for cell in re.split(r"\s*\|\s*|\t+|</?t[dhr][^>]*>", quote) if cell.strip()]
    if len(cells) < 2:
        return None
    found = []
    for sentence in source.sentences:
        text, at = _norm(sentence.text), 0
        for cell in cells:
            at = text.find(cell, at)
            if at < 0:
                break
            at += len(cell)
        else:
            found.append(sentence.id)
    return found[0] if len(found) == 1 else None


@dataclass
class Score:
    """Counts for one or more cases."""

    link_tp: int = 0
    link_fp: int = 0
    link_fn: int = 0
    conflict_tp: int = 0
    conflict_fp: int = 0
    conflict_fn: int = 0
    severity_right: int = 0
    false_alarms_on_agreements: int = 0
    false_alarms_on_hard_negatives: int = 0
    unlocated: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in (
            "link_tp",
            "link_fp",
            "link_fn",
            "conflict_tp",
            "conflict_fp",
            "conflict_fn",
            "severity_right",
            "false_alarms_on_agreements",
            "false_alarms_on_hard_negatives",
            "unlocated",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.missed += other.missed
        self.spurious += other.spurious

    @staticmethod
    def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def link_prf(self) -> tuple[float, float, float]:
        return self._prf(self.link_tp, self.link_fp, self.link_fn)

    @property
    def conflict_prf(self) -> tuple[float, float, float]:
        return self._prf(self.conflict_tp, self.conflict_fp, self.conflict_fn)


def _pairs(members: list[SentenceKey]) -> set[PairKey]:
    out = set()
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if a[0] != b[0]:
                out.add(frozenset((a, b)))
    return out


def _member_keys(case: Case, comparison: Comparison, members: list[dict[str, str]], score: Score) -> list[SentenceKey]:
    ids = case.source_ids
    keys = []
    for member in members:
        sid = ids[member["source"]]
        sentence = locate(comparison.source(sid), member["quote"])
        if sentence is None:
            score.unlocated += 1
            continue
        keys.append((sid, sentence))
    return keys


def gold_link_pairs(case: Case, comparison: Comparison, score: Score | None = None) -> set[PairKey]:
    score = score or Score()
    gold: set[PairKey] = set()
    for link in case.labels["links"]:
        gold |= _pairs(_member_keys(case, comparison, link["members"], score))
    return gold


def predicted_link_pairs(comparison: Comparison) -> set[PairKey]:
    pred: set[PairKey] = set()
    for link in comparison.links:
        pred |= _pairs([(m.source, m.sentence) for m in link.members])
    return pred


def _figure_matches(figure: str, claim_text: str) -> bool:
    a, b = _norm(figure).lower(), _norm(claim_text).lower()
    return a in b or b in a


def score_links(case: Case, comparison: Comparison, predicted: set[PairKey] | None = None) -> Score:
    score = Score()
    gold = gold_link_pairs(case, comparison, score)
    pred = predicted_link_pairs(comparison) if predicted is None else predicted
    score.link_tp = len(gold & pred)
    score.link_fp = len(pred - gold)
    score.link_fn = len(gold - pred)
    texts = {(s.id, sent.id): sent.text for s in comparison.sources for sent in s.sentences}
    for pair in sorted(gold - pred, key=sorted):
        a, b = sorted(pair)
        score.missed.append(f"[{case.name}] link missed: {texts[a][:90]!r} <> {texts[b][:90]!r}")
    for pair in sorted(pred - gold, key=sorted):
        a, b = sorted(pair)
        score.spurious.append(f"[{case.name}] link spurious: {texts[a][:90]!r} <> {texts[b][:90]!r}")
    return score


def score_conflicts(case: Case, comparison: Comparison) -> Score:
    """Conflict precision/recall: a predicted conflict matches a gold one on the sentence pair and both figures."""
    score = Score()
    claims = {c.id: c for s in comparison.sources for c in s.claims}
    predicted = []
    for conflict in comparison.conflicts:
        a, b = conflict.members
        predicted.append(
            (
                (a.source, a.sentence),
                claims[a.claim].text,
                (b.source, b.sentence),
                claims[b.claim].text,
                conflict.severity.value,
            )
        )
    matched: set[int] = set()

    def find(members: list[dict[str, str]]) -> int | None:
        keys = _member_keys(case, comparison, members, Score())
        if len(keys) != 2:
            return None
        for k, (ka, fa, kb, fb, _sev) in enumerate(predicted):
            for (x, fx), (y, fy) in (((ka, fa), (kb, fb)), ((kb, fb), (ka, fa))):
                if (
                    x == keys[0]
                    and y == keys[1]
                    and _figure_matches(members[0]["figure"], fx)
                    and _figure_matches(members[1]["figure"], fy)
                ):
                    return k
        return None

    for conflict in case.labels["conflicts"]:
        k = find(conflict["members"])
        if k is None:
            score.conflict_fn += 1
            figures = " vs ".join(m["figure"] for m in conflict["members"])
            score.missed.append(f"[{case.name}] conflict missed ({conflict['severity']}): {figures}")
        else:
            matched.add(k)
            score.conflict_tp += 1
            score.severity_right += predicted[k][4] == conflict["severity"]
            if predicted[k][4] != conflict["severity"]:
                score.missed.append(
                    f"[{case.name}] severity {predicted[k][4]} != {conflict['severity']}: "
                    f"{predicted[k][1]} vs {predicted[k][3]}"
                )
    for agreement in case.labels.get("agreements", []):
        k = find(agreement["members"])
        if k is not None and k not in matched:
            score.false_alarms_on_agreements += 1
    hard = set()
    for negative in case.labels.get("hard_negatives", []):
        keys = _member_keys(case, comparison, negative["members"], Score())
        if len(keys) == 2:
            hard.add(frozenset(keys))
    for k, (ka, fa, kb, fb, sev) in enumerate(predicted):
        if k in matched:
            continue
        score.conflict_fp += 1
        if frozenset((ka, kb)) in hard:
            score.false_alarms_on_hard_negatives += 1
        score.spurious.append(f"[{case.name}] conflict spurious ({sev}): {fa!r} vs {fb!r}")
    return score
