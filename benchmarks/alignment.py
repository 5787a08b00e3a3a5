"""Measures alignment and conflicts, every figure beside a plain-rapidfuzz baseline measured in the same run.

Run from the repository root::

    .venv/bin/python benchmarks/alignment.py             # everything (a few minutes)
    .venv/bin/python benchmarks/alignment.py --quick     # subsets: 800 MRPC train pairs, named ECB+ clusters,
                                                         # 60 GVA incidents
    .venv/bin/python benchmarks/alignment.py --only dev,heldout   # some sections (dev heldout heldout2 heldout3
                                                                  # heldout4 ... heldout22 sets
                                                                  # mrpc numglue ecb gva)
    .venv/bin/python benchmarks/alignment.py --verbose   # also list every missed and spurious link and conflict

Sections:

0. **Every labelled set** at a glance: link and conflict precision, recall and F1 of each development and held-out
   set, and pooled, as the test suite scores them.
1. **Our labelled cases** (tests/data/cases = dev; tests/data/heldout to heldout22 = held-out), scored with
   tests/labelled.py at the level of sentence pairs. The baseline scores every cross-source pair of the
   engine's own sentences with rapidfuzz ``fuzz.token_set_ratio`` (``processor=default_process``: lower-cased,
   punctuation stripped) and links the pairs at or above the threshold that maximises link F1 *on the same set* (an
   optimistic baseline); its conflicts are the linked pairs whose sets of numbers (digit strings and number words)
   both exist and differ. The baseline has no figures, so conflicts are also scored at the sentence-pair level, for
   both.
2. **MRPC** (same-fact decision on the test pairs, threshold chosen on the train pairs; one row refits the link
   model's weights on the train pairs, to show what its measurements carry).
3. **NumGLUE StressTest** (the 427 quantifier pairs): interval compatibility.
4. **ECB+ and GVA incident clusters**: conflicts the engine finds among real articles about one event, and for GVA
   whether the killed/injured conflicts point at figures that disagree with the archive's count.

Third-party data is read in place from ../shared/eval and never copied; a missing dataset is skipped with a line.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from common import dataset, guarded, numbers_differ, prf, section, table  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402
from rapidfuzz.utils import default_process  # noqa: E402

from engine.models import Sentence, SentenceRef, Source  # noqa: E402

DEFAULT_BASELINE_THRESHOLD = 70.0
"""Used for the cluster sections only when the dev cases are missing (no threshold could be chosen)."""


def token_set(a: str, b: str) -> float:
    return fuzz.token_set_ratio(a, b, processor=default_process)


# ============================================================================================================
# 1. Labelled cases
# ============================================================================================================

@dataclass
class CaseRun:
    case: object
    comparison: object
    baseline_scores: dict  # frozenset pair -> token_set_ratio
    texts: dict  # (source id, sentence id) -> text


def cross_pairs(sources) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    out = []
    for sa, sb in combinations(sources, 2):
        for x in sa.sentences:
            for y in sb.sentences:
                out.append(((sa.id, x.id), (sb.id, y.id)))
    return out


ENGINE_SECONDS: dict[str, float] = {}


def run_cases(folder: Path) -> list[CaseRun]:
    from engine.compare import compare
    from tests.labelled import load_cases

    runs = []
    for case in load_cases(folder):
        start = time.perf_counter()
        comparison = compare(case.paths)
        ENGINE_SECONDS[folder.name] = ENGINE_SECONDS.get(folder.name, 0.0) + time.perf_counter() - start
        texts = {(s.id, x.id): x.text for s in comparison.sources for x in s.sentences}
        scores = {frozenset(p): token_set(texts[p[0]], texts[p[1]]) for p in cross_pairs(comparison.sources)}
        runs.append(CaseRun(case, comparison, scores, texts))
    return runs


def keys_of(case, comparison, members) -> list[tuple[str, str]]:
    from tests.labelled import Score, _member_keys

    return _member_keys(case, comparison, members, Score())


def pair_of(case, comparison, members) -> frozenset | None:
    keys = keys_of(case, comparison, members)
    if len(keys) == 2 and keys[0][0] != keys[1][0]:
        return frozenset(keys)
    return None


@dataclass
class PairLevel:
    """Sentence-pair level counts, computed the same way for ours and the baseline."""

    link_tp: int = 0
    link_fp: int = 0
    link_fn: int = 0
    conflict_tp: int = 0
    conflict_fp: int = 0
    conflict_fn: int = 0
    agreement_alarms: int = 0
    hard_alarms: int = 0
    hard_linked: int = 0
    hard_total: int = 0
    agreements_total: int = 0
    gold_links: int = 0
    gold_conflict_pairs: int = 0

    def add(self, other: PairLevel) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def pair_level(run: CaseRun, links: set, flagged: set) -> PairLevel:
    from tests.labelled import gold_link_pairs

    case, comparison = run.case, run.comparison
    gold = gold_link_pairs(case, comparison)
    out = PairLevel(gold_links=len(gold))
    out.link_tp = len(gold & links)
    out.link_fp = len(links - gold)
    out.link_fn = len(gold - links)
    conflict_pairs = {p for c in case.labels["conflicts"] if (p := pair_of(case, comparison, c["members"]))}
    out.gold_conflict_pairs = len(conflict_pairs)
    out.conflict_tp = len(conflict_pairs & flagged)
    out.conflict_fp = len(flagged - conflict_pairs)
    out.conflict_fn = len(conflict_pairs - flagged)
    agreements = {p for a in case.labels.get("agreements", []) if (p := pair_of(case, comparison, a["members"]))}
    out.agreements_total = len(agreements)
    out.agreement_alarms = len((agreements - conflict_pairs) & flagged)
    hard = {p for h in case.labels.get("hard_negatives", []) if (p := pair_of(case, comparison, h["members"]))}
    out.hard_total = len(hard)
    out.hard_alarms = len(hard & flagged)
    out.hard_linked = len(hard & links)
    return out


def baseline_links(run: CaseRun, threshold: float) -> set:
    return {p for p, s in run.baseline_scores.items() if s >= threshold}


def baseline_flagged(run: CaseRun, links: set) -> set:
    out = set()
    for pair in links:
        a, b = sorted(pair)
        if numbers_differ(run.texts[a], run.texts[b]):
            out.add(pair)
    return out


def choose_baseline_threshold(runs: list[CaseRun]) -> tuple[float, float]:
    from tests.labelled import gold_link_pairs

    scores, labels = [], []
    for run in runs:
        gold = gold_link_pairs(run.case, run.comparison)
        for pair, score in run.baseline_scores.items():
            scores.append(score)
            labels.append(pair in gold)
    return common.best_threshold(scores, labels, "f1")


def labelled_section(name: str, folder: Path, verbose: bool, dev_threshold: float | None) -> float | None:
    from tests.labelled import Score, predicted_link_pairs, score_conflicts, score_links

    if not folder.is_dir() or not any(folder.glob("*/labels.json")):
        print(f"skipped: {name} set not found ({folder.relative_to(common.ROOT)} has no cases yet)")
        return None
    runs = run_cases(folder)
    elapsed = ENGINE_SECONDS.get(folder.name, 0.0)
    threshold, best_f1 = choose_baseline_threshold(runs)
    official = Score()
    ours_pairs, base_pairs, base_dev_pairs = PairLevel(), PairLevel(), PairLevel()
    per_case = []
    for run in runs:
        s = score_links(run.case, run.comparison)
        c = score_conflicts(run.case, run.comparison)
        s.add(c)
        official.add(s)
        links = predicted_link_pairs(run.comparison)
        flagged = set()
        for conflict in run.comparison.conflicts:
            a, b = conflict.members
            flagged.add(frozenset(((a.source, a.sentence), (b.source, b.sentence))))
        mine = pair_level(run, links, flagged)
        ours_pairs.add(mine)
        b_links = baseline_links(run, threshold)
        theirs = pair_level(run, b_links, baseline_flagged(run, b_links))
        base_pairs.add(theirs)
        if dev_threshold is not None:
            d_links = baseline_links(run, dev_threshold)
            base_dev_pairs.add(pair_level(run, d_links, baseline_flagged(run, d_links)))
        per_case.append([
            run.case.name, len(run.comparison.sources), mine.gold_links,
            prf(mine.link_tp, mine.link_fp, mine.link_fn)[2], prf(theirs.link_tp, theirs.link_fp, theirs.link_fn)[2],
            len(run.case.labels["conflicts"]), c.conflict_prf[2],
            prf(mine.conflict_tp, mine.conflict_fp, mine.conflict_fn)[2],
            prf(theirs.conflict_tp, theirs.conflict_fp, theirs.conflict_fn)[2],
        ])
    n_sentences = sum(len(s.sentences) for r in runs for s in r.comparison.sources)
    print(f"{len(runs)} cases, {sum(len(r.comparison.sources) for r in runs)} articles, {n_sentences} sentences; "
          f"engine compare (reading included) took {elapsed:.2f} s in all. Baseline threshold chosen on "
          f"this set: token_set_ratio >= {threshold:.1f} (link F1 {best_f1:.3f}).")
    print()

    def row(label, ours, base, dev=None):
        r = [label, ours, base]
        if dev_threshold is not None:
            r.append(dev)
        return r

    lp, lr, lf = official.link_prf
    cp, cr, cf = official.conflict_prf
    bl = prf(base_pairs.link_tp, base_pairs.link_fp, base_pairs.link_fn)
    bc = prf(base_pairs.conflict_tp, base_pairs.conflict_fp, base_pairs.conflict_fn)
    oc = prf(ours_pairs.conflict_tp, ours_pairs.conflict_fp, ours_pairs.conflict_fn)
    dl = prf(base_dev_pairs.link_tp, base_dev_pairs.link_fp, base_dev_pairs.link_fn)
    dc = prf(base_dev_pairs.conflict_tp, base_dev_pairs.conflict_fp, base_dev_pairs.conflict_fn)
    rows = [
        row("link precision", lp, bl[0], dl[0]),
        row("link recall", lr, bl[1], dl[1]),
        row("link F1", lf, bl[2], dl[2]),
        row("conflict precision (figure level, tests/labelled.py)", cp, None, None),
        row("conflict recall (figure level)", cr, None, None),
        row("conflict F1 (figure level)", cf, None, None),
        row("conflict precision (sentence-pair level)", oc[0], bc[0], dc[0]),
        row("conflict recall (sentence-pair level)", oc[1], bc[1], dc[1]),
        row("conflict F1 (sentence-pair level)", oc[2], bc[2], dc[2]),
        row("severity accuracy (of conflicts found)",
            f"{official.severity_right / official.conflict_tp:.3f} ({official.severity_right}/{official.conflict_tp})"
            if official.conflict_tp else "n/a", None, None),
        row(f"false alarms on agreements (of {ours_pairs.agreements_total})", official.false_alarms_on_agreements,
            base_pairs.agreement_alarms, base_dev_pairs.agreement_alarms),
        row(f"conflicts raised on hard negatives (of {ours_pairs.hard_total})",
            official.false_alarms_on_hard_negatives, base_pairs.hard_alarms, base_dev_pairs.hard_alarms),
        row(f"hard negatives linked (of {ours_pairs.hard_total})", ours_pairs.hard_linked, base_pairs.hard_linked,
            base_dev_pairs.hard_linked),
        row("links predicted / gold (sentence pairs)", f"{ours_pairs.link_tp + ours_pairs.link_fp}/"
            f"{ours_pairs.gold_links}", f"{base_pairs.link_tp + base_pairs.link_fp}/{base_pairs.gold_links}",
            f"{base_dev_pairs.link_tp + base_dev_pairs.link_fp}/{base_dev_pairs.gold_links}"),
        row("conflicts predicted / gold", f"{official.conflict_tp + official.conflict_fp}/"
            f"{official.conflict_tp + official.conflict_fn}",
            f"{base_pairs.conflict_tp + base_pairs.conflict_fp}/{base_pairs.gold_conflict_pairs} pairs",
            f"{base_dev_pairs.conflict_tp + base_dev_pairs.conflict_fp}/{base_dev_pairs.gold_conflict_pairs} pairs"),
    ]
    headers = ["metric", "ours", f"baseline (threshold {threshold:.1f}, best on this set)"]
    if dev_threshold is not None:
        headers.append(f"baseline (dev threshold {dev_threshold:.1f})")
    table(headers, rows)
    if official.unlocated:
        print(f"({official.unlocated} labelled quotes could not be located in the engine's sentences.)")
        print()
    table(["case", "articles", "gold link pairs", "link F1 ours", "link F1 baseline", "gold conflicts",
           "conflict F1 ours (figure)", "conflict F1 ours (pair)", "conflict F1 baseline (pair)"], per_case)
    if verbose:
        for line in official.missed + official.spurious:
            print("  " + line)
        print()
    return threshold


# ============================================================================================================
# 2. MRPC
# ============================================================================================================

def read_mrpc(path: Path) -> list[tuple[int, str, str, str, str]]:
    rows = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for row in reader:
            if len(row) < 5:
                continue
            rows.append((int(row[0]), row[1], row[2], row[3], row[4]))
    return rows


def one_sentence_source(text: str, source_id: str) -> Source:
    """A source holding ``text`` as its single sentence (no reading or splitting: MRPC items are sentences)."""
    from engine.claims import extract_claims

    sentence_id = f"{source_id}.1"
    sentence = Sentence(id=sentence_id, index=0, text=text, start=0, end=len(text),
                        claims=extract_claims(text, sentence_id))
    return Source(id=source_id, path="-", text=text, sentences=(sentence,))


class _IDF(dict):
    """IDF fitted on the train sentences; a stem never seen there gets the weight of a stem seen nowhere."""

    unseen = 1.0

    def __missing__(self, key):
        return self.unseen


def mrpc_section(quick: bool) -> None:
    import importlib
    import math

    align_mod = importlib.import_module("engine.align")  # the package re-exports align(), shadowing the module

    folder = dataset("mrpc", name="mrpc")
    if folder is None:
        return
    train = read_mrpc(folder / "msr_paraphrase_train.txt")
    test = read_mrpc(folder / "msr_paraphrase_test.txt")
    if quick:
        train = train[:800]
    print(f"{len(train)} train pairs, {len(test)} test pairs ({sum(r[0] for r in test)} paraphrases in test).")
    print()
    start = time.perf_counter()
    # IDF over the unique train sentences, as the engine fits it over a comparison's sentences.
    seen: dict[str, str] = {}
    for _, id1, id2, s1, s2 in train:
        seen.setdefault(id1, s1)
        seen.setdefault(id2, s2)
    train_features = []
    for k, text in enumerate(seen.values()):
        train_features += align_mod.sentence_features(one_sentence_source(text, f"t{k}"), k)
    idf = _IDF(align_mod._idf(train_features))
    _IDF.unseen = math.log((len(train_features) + 1) / 0.5) + 1.0

    from engine.conflicts import find_conflicts
    from engine.linkmodel import default_model
    from engine.models import Link, SentenceRef

    model = default_model()

    def measured(rows):
        """Per pair: the link model's measurements, the word cosine, and whether the two sentences' figures
        conflict once linked."""
        out = []
        for _, _, _, s1, s2 in rows:
            source_a, source_b = one_sentence_source(s1, "s1"), one_sentence_source(s2, "s2")
            fa = align_mod.sentence_features(source_a, 0)
            fb = align_mod.sentence_features(source_b, 1)
            pair = fa + fb
            align_mod._mark_background(pair)
            align_mod._vectorise(pair, idf)
            values = align_mod.pair_measurements(fa[0], fb[0])
            cosine = align_mod._unit_cosine(fa[0].vector, fa[0].norm, fb[0].vector, fb[0].norm)
            link = Link(id="L1", members=(SentenceRef(source="s1", sentence="s1.1"),
                                          SentenceRef(source="s2", sentence="s2.1")), score=1.0, why="")
            conflict = bool(find_conflicts([source_a, source_b], [link]))
            out.append((values, cosine, conflict))
        return out

    train_m = measured(train)
    test_m = measured(test)
    train_ours = [model.probability(v) for v, _, _ in train_m]
    test_ours = [model.probability(v) for v, _, _ in test_m]
    train_cos = [c for _, c, _ in train_m]
    test_cos = [c for _, c, _ in test_m]
    # "The same fact with the same figures": the link probability, with pairs whose figures conflict set to 0.
    train_same = [p * (not k) for p, (_, _, k) in zip(train_ours, train_m, strict=True)]
    test_same = [p * (not k) for p, (_, _, k) in zip(test_ours, test_m, strict=True)]
    t_ours = time.perf_counter() - start
    # The same measurements, weighted for MRPC's own notion of a paraphrase: logistic weights fitted on the train
    # pairs (numpy, from the bench group), to show what the measurements carry; the engine ships weights fitted on
    # our news cases only.
    refit_test = refit_train = None
    try:
        import numpy as np

        x = np.array([v + [float(k)] for v, _, k in train_m], dtype=float)
        xt = np.array([v + [float(k)] for v, _, k in test_m], dtype=float)
        y = np.array([r[0] for r in train], dtype=float)
        mean, scale = x.mean(axis=0), x.std(axis=0)
        scale[scale == 0] = 1.0
        z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
        zt = np.hstack([np.ones((len(xt), 1)), (xt - mean) / scale])
        w = np.zeros(z.shape[1])
        for _ in range(50):
            prob = 1 / (1 + np.exp(-(z @ w)))
            step = np.linalg.solve((z * (prob * (1 - prob))[:, None]).T @ z + np.eye(len(w)),
                                   z.T @ (prob - y) + np.r_[0.0, w[1:]])
            w -= step
            if np.abs(step).max() < 1e-8:
                break
        refit_train = list(1 / (1 + np.exp(-(z @ w))))
        refit_test = list(1 / (1 + np.exp(-(zt @ w))))
    except ImportError:
        print("(numpy is missing: the refit row is left out; `make benchmarks` installs it)")
    start = time.perf_counter()
    train_base = [token_set(r[3], r[4]) for r in train]
    test_base = [token_set(r[3], r[4]) for r in test]
    t_base = time.perf_counter() - start
    # The engine as shipped: align() on the two one-sentence sources (its own IDF over those two sentences).
    start = time.perf_counter()
    shipped = []
    for _, _, _, s1, s2 in test:
        links = align_mod.align([one_sentence_source(s1, "s1"), one_sentence_source(s2, "s2")])
        shipped.append(bool(links))
    t_shipped = time.perf_counter() - start
    train_labels = [bool(r[0]) for r in train]
    test_labels = [bool(r[0]) for r in test]

    def accuracy(scores, threshold, labels):
        return sum((s >= threshold) == y for s, y in zip(scores, labels, strict=True)) / len(labels)

    def f1(scores, threshold, labels):
        tp = sum(s >= threshold and y for s, y in zip(scores, labels, strict=True))
        fp = sum(s >= threshold and not y for s, y in zip(scores, labels, strict=True))
        fn = sum(s < threshold and y for s, y in zip(scores, labels, strict=True))
        return prf(tp, fp, fn)[2]

    def row(name, train_scores, test_scores, fmt="{:.3f}"):
        threshold, train_acc = common.best_threshold(train_scores, train_labels, "accuracy")
        return [name, fmt.format(threshold), train_acc, accuracy(test_scores, threshold, test_labels),
                f1(test_scores, threshold, test_labels)]

    majority = max(sum(test_labels), len(test_labels) - sum(test_labels)) / len(test_labels)
    shipped_acc = sum(p == y for p, y in zip(shipped, test_labels, strict=True)) / len(test_labels)
    shipped_tp = sum(p and y for p, y in zip(shipped, test_labels, strict=True))
    shipped_f1 = prf(shipped_tp, sum(p and not y for p, y in zip(shipped, test_labels, strict=True)),
                     sum(y and not p for p, y in zip(shipped, test_labels, strict=True)))[2]
    rows = [
        row("ours: link model probability (weights from our news cases), IDF fitted on train, threshold chosen on "
            "train", train_ours, test_ours),
        ["ours: same probabilities at the link model's own threshold", f"{model.threshold:.3f}",
         accuracy(train_ours, model.threshold, train_labels), accuracy(test_ours, model.threshold, test_labels),
         f1(test_ours, model.threshold, test_labels)],
        row("ours: same fact with the same figures (probability, 0 where the figures conflict), threshold chosen on "
            "train", train_same, test_same),
        ["ours as shipped: align() on the two sentences (IDF over the pair)", "default", None, shipped_acc,
         shipped_f1],
    ]
    if refit_test is not None:
        rows.append(row("ours: the same measurements and the conflict flag, logistic weights fitted on MRPC train",
                        refit_train, refit_test))
    rows += [
        row("ours, word cosine alone, threshold chosen on train", train_cos, test_cos),
        row("baseline: token_set_ratio, threshold chosen on train", train_base, test_base, "{:.1f}"),
        ["majority class (always 'paraphrase')", "-", None, majority, 2 * majority / (1 + majority)],
    ]
    table(["method", "threshold", "train accuracy", "test accuracy", "test F1 (paraphrase)"], rows,
          note=f"Timing: ours {t_ours:.1f} s (train and test measurements, scores and conflicts), baseline "
               f"{t_base:.1f} s, align() as shipped {t_shipped:.1f} s.")


# ============================================================================================================
# 3. NumGLUE StressTest
# ============================================================================================================

STRESS_OPTIONS = " Entailment or contradiction or neutral?"


def numglue_section() -> None:
    from engine.conflicts import classify, find_conflicts
    from engine.models import Link, Severity

    path = dataset("numglue_type7_sample", "type7.json", name="numglue_type7_sample")
    if path is None:
        return
    rows = [r for r in json.loads(path.read_text(encoding="utf-8")) if r["options"] == STRESS_OPTIONS]
    print(f"{len(rows)} StressTest pairs ({Counter(r['answer'].lower() for r in rows)}).")
    print()

    def paired_verdict(a_claims, b_claims):
        """Pair the claims that differ (same kind and unit) and classify each pair; the worst verdict wins."""
        left, right = list(a_claims), list(b_claims)
        # Claims written identically on both sides agree; take them out first.
        for ca in list(left):
            for cb in right:
                if ca.text.lower() == cb.text.lower() and ca.quantity == cb.quantity:
                    left.remove(ca)
                    right.remove(cb)
                    break
        groups_a, groups_b = defaultdict(list), defaultdict(list)
        for c in left:
            groups_a[(c.kind, c.quantity.unit)].append(c)
        for c in right:
            groups_b[(c.kind, c.quantity.unit)].append(c)
        verdicts = []
        for key, cas in groups_a.items():
            for ca, cb in zip(cas, groups_b.get(key, []), strict=False):  # in order of appearance
                verdicts.append(classify(ca.quantity, cb.quantity))
        if not verdicts:
            return "no pair"
        if Severity.CONTRADICTION in verdicts:
            return "contradiction"
        if Severity.DISCREPANCY in verdicts:
            return "discrepancy"
        return "agree"

    confusion = {name: Counter() for name in ("classify", "find_conflicts", "baseline")}
    tallies = {name: Counter() for name in confusion}
    for r in rows:
        gold = r["answer"].lower()
        gold_c = gold == "contradiction"
        s1, s2 = r["statement1"], r["statement2"]
        a = one_sentence_source(s1, "s1")
        b = one_sentence_source(s2, "s2")
        verdict = paired_verdict(a.sentences[0].claims, b.sentences[0].claims)
        link = Link(id="L1", members=(SentenceRef(source="s1", sentence="s1.1"),
                                      SentenceRef(source="s2", sentence="s2.1")), score=1.0, why="benchmark")
        conflicts = find_conflicts([a, b], [link])
        severities = {c.severity for c in conflicts}
        fc = ("contradiction" if Severity.CONTRADICTION in severities else
              "discrepancy" if Severity.DISCREPANCY in severities else "none")
        base = "contradiction" if numbers_differ(s1, s2) else "none"
        for name, predicted in (("classify", verdict), ("find_conflicts", fc), ("baseline", base)):
            confusion[name][(gold, predicted)] += 1
            pred_c = predicted == "contradiction"
            tallies[name]["tp"] += pred_c and gold_c
            tallies[name]["fp"] += pred_c and not gold_c
            tallies[name]["fn"] += gold_c and not pred_c
            tallies[name]["right"] += pred_c == gold_c
    labels = {
        "classify": "ours: extract_claims, claims that differ paired by kind and unit, classify",
        "find_conflicts": "ours: find_conflicts on the two sentences linked (engine pairing)",
        "baseline": "baseline: numbers differ => contradiction",
    }
    out = []
    for name, t in tallies.items():
        p, rc, f = prf(t["tp"], t["fp"], t["fn"])
        out.append([labels[name], t["right"] / len(rows), p, rc, f])
    table(["method", "accuracy", "contradiction precision", "contradiction recall", "contradiction F1"], out,
          note="Gold: contradiction vs (entailment or neutral). A discrepancy counts as compatible.")
    golds = ["contradiction", "entailment", "neutral"]
    for name in ("classify", "find_conflicts"):
        predicted = sorted({p for (_, p) in confusion[name]})
        table([f"{name}: gold \\ predicted"] + predicted,
              [[g] + [confusion[name][(g, p)] for p in predicted] for g in golds])


# ============================================================================================================
# 4. Incident clusters: ECB+ and GVA
# ============================================================================================================

def build_sources(docs: list[tuple[str, str]]) -> tuple[list[Source], int]:
    """Sources s1..sN from (name, text) documents; documents the engine cannot read are left out and counted."""
    from engine.errors import SourceError
    from engine.sources import source_from_text

    sources, skipped = [], 0
    for name, text in docs:
        try:
            # Positional arguments (text, path, id, format): robust to a renamed keyword.
            sources.append(source_from_text(text, name, f"s{len(sources) + 1}", "text"))
        except SourceError:
            skipped += 1
    return sources, skipped


def run_cluster(sources: list[Source]):
    from engine.compare import compare
    from engine.models import CompareOptions

    return compare(sources, CompareOptions(max_sources=max(20, len(sources))))


def baseline_cluster(sources: list[Source], threshold: float) -> list[tuple[str, str]]:
    """Baseline conflicts: cross-source sentence pairs with token_set_ratio >= threshold whose numbers differ."""
    out = []
    for sa, sb in combinations(sources, 2):
        for x in sa.sentences:
            nx = common.numbers_in(x.text)
            if not nx:
                continue
            for y in sb.sentences:
                if numbers_differ(x.text, y.text) and token_set(x.text, y.text) >= threshold:
                    out.append((x.text, y.text))
    return out


@dataclass
class ClusterStats:
    clusters: int = 0
    docs: int = 0
    skipped_docs: int = 0
    sentences: int = 0
    links: list = field(default_factory=list)
    conflicts: list = field(default_factory=list)
    contradictions: list = field(default_factory=list)
    baseline: list = field(default_factory=list)
    seconds: float = 0.0
    baseline_seconds: float = 0.0


def summary_rows(stats: ClusterStats) -> list[list]:
    def dist(values):
        if not values:
            return "n/a"
        return f"mean {statistics.mean(values):.1f}, median {statistics.median(values):.0f}, max {max(values)}"

    return [
        ["clusters (documents; unreadable left out)", f"{stats.clusters} ({stats.docs}; {stats.skipped_docs})", ""],
        ["sentences", stats.sentences, ""],
        ["links per cluster", dist(stats.links), ""],
        ["conflicts per cluster", dist(stats.conflicts), dist(stats.baseline)],
        ["contradictions per cluster", dist(stats.contradictions), ""],
        ["clusters with at least one conflict", sum(1 for c in stats.conflicts if c),
         sum(1 for c in stats.baseline if c)],
        ["seconds in all (ours: compare; baseline: a plain Python loop, not a speed figure)", f"{stats.seconds:.1f}",
         f"{stats.baseline_seconds:.1f}"],
    ]


_ECB_REPAIRS = (
    (re.compile(r"(\d) ?, (\d{3})\b"), r"\1,\2"),  # "170, 000" -> "170,000"
    (re.compile(r"(\d)\. (\d)"), r"\1.\2"),  # "6. 1" -> "6.1"
    (re.compile(r"(\d) - (?=[A-Za-z\d])"), r"\1-"),  # "24 - hour" -> "24-hour"
)


def ecb_text(sentences: list[dict]) -> str:
    """A document's text: its sentences as paragraphs, with the numbers the token re-joining split put back
    together ("170, 000" was "170,000" in the article)."""
    text = "\n\n".join(s["text"] for s in sentences)
    for pattern, replacement in _ECB_REPAIRS:
        text = pattern.sub(replacement, text)
    return text


ECB_NAMED = ("37_ecbplus", "41_ecb", "8_ecbplus", "20_ecb", "12_ecb", "38_ecb", "38_ecbplus")


def ecb_section(threshold: float, quick: bool) -> None:
    path = dataset("ecbplus", "ecbplus_docs.jsonl", name="ecbplus")
    if path is None:
        return
    clusters: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            text = ecb_text(doc["sentences"])
            if quick and doc["cluster_id"] not in ECB_NAMED:
                continue
            clusters[doc["cluster_id"]].append((doc["doc_name"], text))
    stats = ClusterStats()
    named: dict[str, tuple] = {}
    for cluster_id in sorted(clusters, key=lambda c: (int(c.split("_")[0]), c)):
        docs = sorted(clusters[cluster_id])
        sources, skipped = build_sources(docs)
        stats.docs += len(docs)
        stats.skipped_docs += skipped
        if len(sources) < 2:
            continue
        stats.clusters += 1
        stats.sentences += sum(len(s.sentences) for s in sources)
        start = time.perf_counter()
        comparison = run_cluster(sources)
        stats.seconds += time.perf_counter() - start
        start = time.perf_counter()
        base = baseline_cluster(sources, threshold)
        stats.baseline_seconds += time.perf_counter() - start
        stats.links.append(len(comparison.links))
        stats.conflicts.append(len(comparison.conflicts))
        stats.contradictions.append(len(comparison.contradictions))
        stats.baseline.append(len(base))
        if cluster_id in ECB_NAMED:
            named[cluster_id] = (comparison, base, len(docs))
    print(f"Baseline: token_set_ratio >= {threshold:.1f} (the dev-set threshold) and numbers differ. "
          "Clusters of more than 20 documents are compared whole (CompareOptions.max_sources raised). Each "
          "document is its sentences as paragraphs, with numbers split by the corpus's token re-joining put back "
          "together (\"170, 000\" -> \"170,000\", \"6. 1\" -> \"6.1\", \"24 - hour\" -> \"24-hour\").")
    print()
    table([f"ECB+ ({'named clusters' if quick else 'all clusters'})", "ours", "baseline"], summary_rows(stats))
    rows = []
    details = []
    for cluster_id in ECB_NAMED:
        if cluster_id not in named:
            rows.append([cluster_id, "absent", "", "", "", ""])
            continue
        comparison, base, ndocs = named[cluster_id]
        claims = {c.id: c for s in comparison.sources for c in s.claims}
        people: Counter = Counter()
        for conflict in comparison.conflicts:
            a, b = (claims[m.claim] for m in conflict.members)
            predicate = a.predicate if a.predicate in ("killed", "injured") else b.predicate
            if predicate in ("killed", "injured"):
                people[(predicate, conflict.severity.value, *sorted((a.text, b.text)))] += 1
        subjects = Counter(conflict.subject or "?" for conflict in comparison.conflicts)
        rows.append([cluster_id, ndocs, len(comparison.conflicts), len(comparison.contradictions),
                     sum(people.values()), len(base),
                     ", ".join(f"{k} {v}" for k, v in subjects.most_common(4)) or "none"])
        if people:
            listed = "; ".join(f"{x} vs {y} ({pred}, {sev}{f' x{n}' if n > 1 else ''})"
                               for (pred, sev, x, y), n in people.most_common(12))
            more = f"; and {len(people) - 12} more" if len(people) > 12 else ""
            details.append(f"- {cluster_id}: {listed}{more}")
        else:
            details.append(f"- {cluster_id}: no killed/injured conflict")
    table(["named cluster", "docs", "conflicts (ours)", "contradictions", "of them killed/injured",
           "conflicts (baseline)", "ours by subject (top 4)"], rows)
    print("Killed/injured conflicts in the named clusters (figures as written, distinct pairs, most frequent first):")
    print()
    for line in details:
        print(line)
    print()


def gva_section(quick: bool, threshold: float) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from extraction import Figure, baseline_figures, load_gva

    incidents = load_gva(60 if quick else None)
    if incidents is None:
        return
    stats = ClusterStats()
    verdicts = {name: Counter() for name in ("ours", "baseline")}
    by_severity = Counter()
    predicate_conflicts = Counter()
    clusters_with = Counter()
    for incident in incidents:
        gold = {"killed": int(incident["num_killed"]), "injured": int(incident["num_injured"])}
        docs = [(f"{d.get('doc_id', k)}.txt", d.get("content") or "") for k, d in enumerate(incident["docs"])]
        docs = [(n, t) for n, t in docs if t.strip()]
        sources, skipped = build_sources(docs)
        stats.docs += len(docs)
        stats.skipped_docs += skipped
        if len(sources) < 2:
            continue
        stats.clusters += 1
        stats.sentences += sum(len(s.sentences) for s in sources)
        start = time.perf_counter()
        comparison = run_cluster(sources)
        stats.seconds += time.perf_counter() - start
        start = time.perf_counter()
        base = baseline_cluster(sources, threshold)
        stats.baseline_seconds += time.perf_counter() - start
        stats.links.append(len(comparison.links))
        stats.conflicts.append(len(comparison.conflicts))
        stats.contradictions.append(len(comparison.contradictions))
        stats.baseline.append(len(base))
        claims = {c.id: c for s in comparison.sources for c in s.claims}
        seen_here = set()
        for conflict in comparison.conflicts:
            a, b = (claims[m.claim] for m in conflict.members)
            predicate = a.predicate if a.predicate in gold else b.predicate if b.predicate in gold else None
            if predicate is None:
                continue
            predicate_conflicts[predicate] += 1
            seen_here.add(("ours", predicate))
            fa = Figure(0, a.quantity.low, a.quantity.high, a.quantity.low_open, a.quantity.high_open)
            fb = Figure(0, b.quantity.low, b.quantity.high, b.quantity.low_open, b.quantity.high_open)
            verdict = gold_verdict(fa.contains(gold[predicate]), fb.contains(gold[predicate]))
            verdicts["ours"][verdict] += 1
            by_severity[(conflict.severity.value, verdict)] += 1
        for x, y in base:
            fx, fy = baseline_figures(x), baseline_figures(y)
            for predicate in ("killed", "injured"):
                if fx[predicate] is None or fy[predicate] is None or fx[predicate].nominal == fy[predicate].nominal:
                    continue
                seen_here.add(("baseline", predicate))
                verdict = gold_verdict(fx[predicate].contains(gold[predicate]), fy[predicate].contains(gold[predicate]))
                verdicts["baseline"][verdict] += 1
        for key in seen_here:
            clusters_with[key] += 1
    print(f"Baseline: token_set_ratio >= {threshold:.1f} (the dev-set threshold) with differing numbers; its "
          "killed/injured conflicts are those pairs where the extraction benchmark's regex finds a killed (injured) "
          "figure on both sides and the two differ.")
    print()
    table(["GVA incident clusters", "ours", "baseline"], summary_rows(stats))
    kinds = ("one side agrees with the archive, the other not", "both sides disagree with the archive",
             "both sides agree with the archive")
    rows = []
    for verdict in kinds:
        rows.append([verdict, verdicts["ours"][verdict], verdicts["baseline"][verdict]])
    rows.append(["killed/injured conflicts in all", sum(verdicts["ours"].values()), sum(verdicts["baseline"].values())])
    rows.append(["clusters with a killed conflict", clusters_with[("ours", "killed")],
                 clusters_with[("baseline", "killed")]])
    rows.append(["clusters with an injured conflict", clusters_with[("ours", "injured")],
                 clusters_with[("baseline", "injured")]])
    table(["killed/injured conflicts against the archive count", "ours", "baseline"], rows,
          note="A side agrees with the archive when the archive's count lies inside its interval. A conflict whose "
               "sides both agree with the archive is not a real disagreement by that reference.")
    table(["ours: severity", *kinds],
          [[sev] + [by_severity[(sev, v)] for v in kinds] for sev in ("contradiction", "discrepancy")])


def gold_verdict(a_agrees: bool, b_agrees: bool) -> str:
    if a_agrees and b_agrees:
        return "both sides agree with the archive"
    if a_agrees or b_agrees:
        return "one side agrees with the archive, the other not"
    return "both sides disagree with the archive"


# ============================================================================================================
# Every labelled set at a glance
# ============================================================================================================

def sets_section() -> None:
    """Link and conflict precision, recall and F1 of every labelled set, development and held-out, as the test suite
    scores them (tests/labelled.py)."""
    from tests.labelled import ROOT, Score, load_cases, score_conflicts, score_links, set_names

    rows = []
    pooled = {"development": Score(), "held-out": Score()}
    for name in set_names("cases") + set_names("heldout"):
        cases = load_cases(ROOT / "tests" / "data" / name)
        if not cases:
            continue
        total = Score()
        for run in run_cases(ROOT / "tests" / "data" / name):
            total.add(score_links(run.case, run.comparison))
            total.add(score_conflicts(run.case, run.comparison))
        pooled["held-out" if name.startswith("heldout") else "development"].add(total)
        rows.append(_set_row(name, len(cases), total))
    for label, total in pooled.items():
        rows.append(_set_row(f"all {label} sets", None, total))
    table(["set", "cases", "link P", "link R", "link F1", "conflict P", "conflict R", "conflict F1",
           "severity right", "false alarms on agreements"], rows,
          note="Development sets are used for tuning and for fitting the link model (benchmarks/train_linker.py); "
               "held-out sets only for measuring. Conflicts at the figure level, as tests/labelled.py scores them.")


def _set_row(name: str, cases: int | None, score) -> list:
    lp, lr, lf = score.link_prf
    cp, cr, cf = score.conflict_prf
    return [name, "-" if cases is None else cases, lp, lr, lf, cp, cr, cf,
            f"{score.severity_right}/{score.conflict_tp}", score.false_alarms_on_agreements]


# ============================================================================================================

_ORDINALS = (
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
    "twenty-eighth", "twenty-ninth", "thirtieth",
)


def _held_out_name(key: str) -> str:
    """How a held-out set is named in the report: "held-out" (tests/data/heldout), "second held-out"..."""
    number = int(key.removeprefix("heldout") or 1)
    if number == 1:
        return "held-out"
    return f"{_ORDINALS[number - 2]} held-out" if number - 2 < len(_ORDINALS) else f"held-out {number}"


def main(argv: list[str] | None = None) -> None:
    from tests.labelled import DEV, ROOT, set_names

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="subsets: 800 MRPC train pairs, the named ECB+ clusters, 60 GVA incidents")
    parser.add_argument("--verbose", action="store_true", help="list missed and spurious links and conflicts")
    held_out = set_names("heldout")
    sections = ("sets", "dev", *held_out, "mrpc", "numglue", "ecb", "gva")
    parser.add_argument("--only", default="", help="comma-separated sections to run: " + ",".join(sections))
    args = parser.parse_args(argv)
    common.run_header("alignment.py", sys.argv[1:] if argv is None else argv)
    wanted = set(args.only.split(",")) if args.only else set(sections)
    unknown = wanted - set(sections)
    if unknown:
        parser.error(f"unknown section(s) {', '.join(sorted(unknown))}; choose from {', '.join(sections)}")

    if "sets" in wanted:
        section("Every labelled set (tests/data)")
        with guarded("labelled sets"):
            sets_section()
    threshold = None
    if wanted & {"dev", "ecb", "gva"}:  # the clusters' baseline uses the threshold chosen on the dev cases
        section("Our labelled cases: dev (tests/data/cases)")
        with guarded("dev cases"):
            threshold = labelled_section("dev", DEV, args.verbose, None)
    for key in held_out:
        if key in wanted:
            name = _held_out_name(key)
            title = name if key == "heldout" else f"{name} set"
            section(f"Our labelled cases: {title} (tests/data/{key})")
            with guarded(f"{name} cases"):
                labelled_section(name, ROOT / "tests" / "data" / key, args.verbose, threshold)
    cluster_threshold = threshold if threshold is not None else DEFAULT_BASELINE_THRESHOLD
    if "mrpc" in wanted:
        section("MRPC: the same-fact decision (mrpc)")
        with guarded("MRPC"):
            mrpc_section(args.quick)
    if "numglue" in wanted:
        section("NumGLUE StressTest: interval compatibility (numglue_type7_sample)")
        with guarded("NumGLUE"):
            numglue_section()
    if "ecb" in wanted:
        section("ECB+ incident clusters (ecbplus)")
        with guarded("ECB+"):
            ecb_section(cluster_threshold, args.quick)
    if "gva" in wanted:
        section("GVA incident clusters (semeval2018t5_gva_clusters)")
        with guarded("GVA clusters"):
            gva_section(args.quick, cluster_threshold)
    common.finish()


if __name__ == "__main__":
    main()
