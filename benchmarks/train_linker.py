"""Fits the aligner's link model on our labelled development cases and writes engine/data/link_model.json.

    .venv/bin/python benchmarks/train_linker.py            # fit, cross-validate, write the model
    .venv/bin/python benchmarks/train_linker.py --check    # fit and cross-validate only; write nothing

Training data: every candidate pair of sentences the aligner scores (see ``engine.align.pair_table``) in the
development sets ``tests/data/cases``, ``cases2``... (never the held-out sets ``tests/data/heldout*``), labelled 1 when
the case's labels link the two sentences. The model is an L2-regularised logistic regression fitted by Newton's
method (numpy, from the ``bench`` dependency group; the engine itself scores with plain Python).

The threshold and the selection margin are chosen by leave-one-set-out cross-validation: for each development set,
the model is fitted on the other sets and the whole aligner runs on the left-out set; among the settings whose pooled
link F1 over all left-out sets is within ``EQUAL_F1`` of the best, the lowest threshold is kept (ties: the higher
conflict F1). The table of that search is printed.
"""

from __future__ import annotations

import argparse
import json
import sys

import common  # noqa: F401  (puts the repository on sys.path)
import numpy as np

from engine.align import FEATURES, AlignOptions, pair_table
from engine.compare import load_sources
from engine.linkmodel import LinkModel
from engine.models import Comparison
from tests.labelled import ROOT, Score, gold_link_pairs, load_cases, score_conflicts, score_links, set_names

DEV_SETS = tuple(set_names("cases"))
"""Every development set (tests/data/cases, cases2, ...); never the held-out sets."""
MODEL_PATH = ROOT / "engine" / "data" / "link_model.json"
L2 = 1.0
EQUAL_F1 = 0.002
"""Cross-validated link F1s this close to the best count as equal when the threshold and margin are chosen."""
"""Strength of the penalty on the standardised weights (the intercept is not penalised)."""


def rows_of(set_name: str) -> list[tuple[list[float], int]]:
    """Measurements and gold label of every candidate pair in one development set."""
    rows: list[tuple[list[float], int]] = []
    for case in load_cases(ROOT / "tests" / "data" / set_name):
        sources = load_sources(case.paths)
        gold = gold_link_pairs(case, Comparison(sources=tuple(sources)))
        for a, b, values in pair_table(sources):
            key = frozenset(((a.source, a.sentence), (b.source, b.sentence)))
            rows.append((values, int(key in gold)))
    return rows


def fit(rows: list[tuple[list[float], int]], threshold: float = 0.5, drop: frozenset[str] = frozenset()) -> LinkModel:
    """L2-regularised logistic regression on standardised measurements, by Newton's method. Measurements named in
    ``drop`` get no weight (for ablations)."""
    x = np.array([values for values, _ in rows], dtype=float)
    for k, name in enumerate(FEATURES):
        if name in drop:
            x[:, k] = 0.0
    y = np.array([label for _, label in rows], dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], L2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        gradient = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return LinkModel(
        features=FEATURES,
        coef=tuple(float(v) for v in w[1:]),
        intercept=float(w[0]),
        mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale),
        threshold=threshold,
    )


def evaluate(set_name: str, options: AlignOptions) -> Score:
    from engine.align import align
    from engine.conflicts import find_conflicts

    total = Score()
    for case in load_cases(ROOT / "tests" / "data" / set_name):
        sources = load_sources(case.paths)
        links = align(sources, options)
        comparison = Comparison(sources=tuple(sources), links=tuple(links),
                                conflicts=tuple(find_conflicts(sources, links)))
        total.add(score_links(case, comparison))
        total.add(score_conflicts(case, comparison))
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="cross-validate only; do not write the model")
    parser.add_argument("--thresholds", default="0.3,0.35,0.4,0.45,0.5,0.55,0.6")
    parser.add_argument("--margins", default="0.5,1.0")
    parser.add_argument("--drop", default="", help="comma-separated measurements to leave out (ablation)")
    args = parser.parse_args()

    sets = [name for name in DEV_SETS if load_cases(ROOT / "tests" / "data" / name)]
    data = {name: rows_of(name) for name in sets}
    for name in sets:
        print(f"{name}: {len(data[name])} candidate pairs, {sum(label for _, label in data[name])} linked")
    drop = frozenset(filter(None, args.drop.split(",")))
    folds = {name: fit([row for other in sets if other != name for row in data[other]], drop=drop) for name in sets}

    grid = []
    for margin in (float(m) for m in args.margins.split(",")):
        for threshold in (float(t) for t in args.thresholds.split(",")):
            pooled = Score()
            for name in sets:
                pooled.add(evaluate(name, AlignOptions(model=folds[name], threshold=threshold, margin=margin)))
            grid.append((pooled.link_prf[2], pooled.conflict_prf[2], margin, threshold, pooled))
            lp, lr, lf = pooled.link_prf
            cp, cr, cf = pooled.conflict_prf
            print(f"margin {margin:4.2f} threshold {threshold:4.2f}: link P {lp:.3f} R {lr:.3f} F1 {lf:.3f} | "
                  f"conflict P {cp:.3f} R {cr:.3f} F1 {cf:.3f} | agreements flagged "
                  f"{pooled.false_alarms_on_agreements}", flush=True)
    # The best link F1; settings within EQUAL_F1 of it count as equal (the pooled F1 moves by more than that when one
    # development set is added). Between equals, the lower threshold: a conflict the aligner misses never reaches the
    # reviewer, where a false one costs a keypress to dismiss. Then the best conflict F1.
    best_f1 = max(g[0] for g in grid)
    equals = [g for g in grid if g[0] >= best_f1 - EQUAL_F1]
    link_f1, conflict_f1, margin, threshold, pooled = max(equals, key=lambda g: (-g[3], g[1]))
    print(f"chosen: margin {margin}, threshold {threshold} "
          f"(cross-validated link F1 {link_f1:.3f}, conflict F1 {conflict_f1:.3f})")

    model = fit([row for name in sets for row in data[name]], threshold, drop)
    info = {
        "trained_on": list(sets),
        "pairs": sum(len(data[name]) for name in sets),
        "linked_pairs": sum(label for name in sets for _, label in data[name]),
        "l2": L2,
        "cross_validated": {
            "link_precision": round(pooled.link_prf[0], 4),
            "link_recall": round(pooled.link_prf[1], 4),
            "link_f1": round(link_f1, 4),
            "conflict_f1": round(conflict_f1, 4),
        },
    }
    model = LinkModel(model.features, model.coef, model.intercept, model.mean, model.scale, threshold, margin, info)
    for name, weight in sorted(zip(FEATURES, model.coef, strict=True), key=lambda item: -abs(item[1])):
        print(f"  {name:16s} {weight:+.3f}")
    if args.check:
        return 0
    MODEL_PATH.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
