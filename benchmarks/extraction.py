"""Measures claim extraction: killed and injured counts against the Gun Violence Archive, and reading, splitting
and extraction speed over about 1 MB of article text.

Run from the repository root::

    .venv/bin/python benchmarks/extraction.py            # everything (about a minute)
    .venv/bin/python benchmarks/extraction.py --quick    # 60 incidents, 256 KB, one timing run

**GVA** (../shared/eval/semeval2018t5_gva_clusters, both files): every article's body is read with
``engine.sources.source_from_text`` (headlines are metadata, not claims, so only the body counts). Its killed
(injured) figure is taken from the claims of kind ``count`` whose predicate is ``killed`` (``injured``) and whose
subject is people or unnamed. Rule when an article has several: the largest figure among the exact and
lower-bound ones ("5", "at least 5"), since articles often give partial counts first ("one man died ... a second
victim died later": 2); when it has only hedged figures of other kinds ("about", "dozens", "up to"), the largest of
those. It is scored against the incident's archive counts (``num_killed``, ``num_injured``):

- *found*: share of articles with a figure;
- *exact*: the figure as written (its nominal value) equals the archive count, where found;
- *within*: the archive count lies inside the claim's interval ([low, high], open bounds respected), where found;
- *over* / *under*: the nominal figure is above / below the archive count.

The archive count is a per-incident reference, not a per-article truth: an early article may report fewer victims.
Articles of incidents with a count of 0 usually state no figure at all, so *found* on them is a false find.

The **baseline** in the same run is a plain regular expression over the article body, in the style of
``(\\d+) (?:people )?(?:were )?killed``: a number (digits or a number word up to twenty), optionally a people noun,
optionally "were/was/are/have been", then a killed word (killed, dead, died, slain) or an injured word (injured,
wounded, hurt); the largest match in the article wins.

**Speed**: about 1 MB of article text (GVA article bodies when present, else the repository's own test articles
repeated) read with ``engine.reading.read_text`` one article at a time, split with
``engine.sentences.split_sentences`` over each document's body blocks, and every sentence's claims extracted with
``engine.claims.extract_claims``. Each stage's rate is sentences per second, median of 3 runs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from common import dataset, fmt, guarded, pct, section, table  # noqa: E402

GVA_FILES = ("incidents_4plus_docs.jsonl", "incidents_3_docs.jsonl")
PREDICATES = ("killed", "injured")


def load_gva(limit: int | None = None) -> list[dict] | None:
    folder = dataset("semeval2018t5_gva_clusters", name="semeval2018t5_gva_clusters (GVA)")
    if folder is None:
        return None
    incidents = []
    for name in GVA_FILES:
        path = folder / name
        if not path.exists():
            print(f"skipped: semeval2018t5_gva_clusters/{name} not found")
            continue
        with path.open(encoding="utf-8") as handle:
            incidents += [json.loads(line) for line in handle if line.strip()]
    if limit is not None:
        incidents = incidents[:limit]
    return incidents


# --- the engine's figure per article ------------------------------------------------------------------------

@dataclass(frozen=True)
class Figure:
    nominal: float
    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False
    hedged: bool = False  # taken by the fallback (no exact or lower-bound figure)

    def contains(self, value: float) -> bool:
        low = float("-inf") if self.low is None else self.low
        high = float("inf") if self.high is None else self.high
        if value < low or (value == low and self.low_open):
            return False
        if value > high or (value == high and self.high_open):
            return False
        return True


def engine_figures(text: str) -> dict[str, Figure | None]:
    """The engine's killed and injured figure for one article body (see the module docstring for the rule)."""
    from engine.claims import subject_class
    from engine.errors import SourceError
    from engine.models import Hedge, Kind
    from engine.sources import source_from_text

    try:
        source = source_from_text(text, "article.txt", "s1", "text")  # positional: robust to renames
    except SourceError:
        return {p: None for p in PREDICATES}
    out: dict[str, Figure | None] = {}
    for predicate in PREDICATES:
        claims = [
            c for c in source.claims
            if c.kind is Kind.COUNT and c.predicate == predicate
            and (c.subject is None or subject_class(c.subject) == "people")
        ]
        firm = [c for c in claims if c.quantity.hedge in (Hedge.EXACT, Hedge.LOWER) and c.quantity.nominal is not None]
        pool, hedged = (firm, False) if firm else (claims, True)

        def value(c) -> float:
            q = c.quantity
            if q.nominal is not None:
                return q.nominal
            if q.low is not None and q.high is not None:
                return (q.low + q.high) / 2
            return q.low if q.low is not None else (q.high or 0.0)

        if not pool:
            out[predicate] = None
            continue
        best = max(pool, key=value)
        q = best.quantity
        out[predicate] = Figure(value(best), q.low, q.high, q.low_open, q.high_open, hedged)
    return out


# --- the plain-regex baseline ------------------------------------------------------------------------------

_WORD_VALUES = {w: k for k, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_NUM = r"(\d+|" + "|".join(_WORD_VALUES) + r")"
_PEOPLE = r"(?:(?:people|persons|men|women|victims|others|teens|teenagers|children|adults|officers)\s+)?"
_AUX = r"(?:(?:were|was|are|is|have been|had been|has been)\s+)?"
BASELINE = {
    "killed": re.compile(rf"\b{_NUM}\s+{_PEOPLE}{_AUX}(?:killed|dead|died|slain)\b", re.I),
    "injured": re.compile(rf"\b{_NUM}\s+{_PEOPLE}{_AUX}(?:injured|wounded|hurt)\b", re.I),
}


def baseline_figures(text: str) -> dict[str, Figure | None]:
    out: dict[str, Figure | None] = {}
    for predicate, pattern in BASELINE.items():
        values = []
        for match in pattern.finditer(text):
            token = match.group(1).lower()
            values.append(float(_WORD_VALUES[token]) if token in _WORD_VALUES else float(token))
        out[predicate] = Figure(max(values), max(values), max(values)) if values else None
    return out


# --- scoring -----------------------------------------------------------------------------------------------

@dataclass
class Tally:
    articles: int = 0
    found: int = 0
    exact: int = 0
    within: int = 0
    over: int = 0
    under: int = 0
    fallback: int = 0
    gold_zero: int = 0
    found_on_zero: int = 0
    gold_positive: int = 0
    found_on_positive: int = 0
    over_by: Counter = field(default_factory=Counter)

    def add(self, figure: Figure | None, gold: int) -> None:
        self.articles += 1
        if gold == 0:
            self.gold_zero += 1
        else:
            self.gold_positive += 1
        if figure is None:
            return
        self.found += 1
        if gold == 0:
            self.found_on_zero += 1
        else:
            self.found_on_positive += 1
        self.fallback += figure.hedged
        self.within += figure.contains(gold)
        if figure.nominal == gold:
            self.exact += 1
        elif figure.nominal > gold:
            self.over += 1
        else:
            self.under += 1


def gva_accuracy(incidents: list[dict]) -> None:
    ours = {p: Tally() for p in PREDICATES}
    base = {p: Tally() for p in PREDICATES}
    start = time.perf_counter()
    articles = 0
    for incident in incidents:
        gold = {"killed": int(incident["num_killed"]), "injured": int(incident["num_injured"])}
        for doc in incident["docs"]:
            text = doc.get("content") or ""
            if not text.strip():
                continue
            articles += 1
            mine = engine_figures(text)
            theirs = baseline_figures(text)
            for p in PREDICATES:
                ours[p].add(mine[p], gold[p])
                base[p].add(theirs[p], gold[p])
    elapsed = time.perf_counter() - start
    print(f"{len(incidents)} incidents, {articles} articles ({elapsed:.1f} s).")
    print()
    rows = []
    for p in PREDICATES:
        for name, tally in (("ours", ours[p]), ("regex baseline", base[p])):
            t = tally
            rows.append([p, name, t.articles, pct(t.found, t.articles), pct(t.exact, t.found), pct(t.within, t.found),
                         t.exact, t.over, t.under])
    table(["count", "method", "articles", "found", "exact (where found)", "within interval (where found)",
           "exact n", "over n", "under n"], rows,
          note="found: share of articles with a figure; exact: nominal figure = archive count; within: archive "
               "count inside the claim's interval; over/under: nominal figure above/below the archive count.")
    rows = []
    for p in PREDICATES:
        for name, tally in (("ours", ours[p]), ("regex baseline", base[p])):
            t = tally
            rows.append([p, name, t.gold_positive, pct(t.found_on_positive, t.gold_positive), t.gold_zero,
                         pct(t.found_on_zero, t.gold_zero)])
    table(["count", "method", "articles, archive count > 0", "found there", "articles, archive count = 0",
           "found there (false finds)"], rows)
    print(f"Ours fell back to a hedged figure (no exact or lower-bound one) for "
          f"{ours['killed'].fallback} killed and {ours['injured'].fallback} injured figures.")


# --- speed -------------------------------------------------------------------------------------------------

def corpus_text(target: int, incidents: list[dict] | None) -> tuple[list[tuple[str, str]], str]:
    """About ``target`` characters of article text as (path, text) documents, and where it came from."""
    docs: list[tuple[str, str]] = []
    total = 0
    if incidents:
        for incident in incidents:
            for doc in incident["docs"]:
                text = doc.get("content") or ""
                if text.strip():
                    docs.append((f"gva-{doc.get('doc_id', len(docs))}.txt", text))
                    total += len(text)
                if total >= target:
                    return docs, f"GVA article bodies ({len(docs)} articles)"
    # Fall back to (or top up with) the repository's own test articles, repeated.
    own = sorted(p for folder in ("tests/data/cases", "tests/data/heldout", "seeds")
                 for p in (common.ROOT / folder).rglob("*") if p.suffix in (".txt", ".md", ".html", ".htm"))
    own = [p for p in own if p.name != "README.md"]
    if not own:
        return docs, "GVA article bodies"
    k = 0
    start_count = len(docs)
    while total < target:
        path = own[k % len(own)]
        text = path.read_text(encoding="utf-8", errors="replace")
        docs.append((path.name, text))
        total += len(text)
        k += 1
    where = "GVA article bodies, topped up with " if start_count else ""
    return docs, where + f"the repository's test articles repeated ({len(docs) - start_count} documents)"


def speed(incidents: list[dict] | None, target: int, runs: int) -> None:
    from engine.claims import extract_claims
    from engine.errors import SourceError
    from engine.reading import read_text
    from engine.sentences import split_sentences

    docs, where = corpus_text(target, incidents)
    size = sum(len(t.encode("utf-8")) for _, t in docs)
    print(f"Text: {size / 1e6:.2f} MB ({size:,} bytes) of {where}; median of {runs} run(s).")
    print()

    def read_all():
        out = []
        for path, text in docs:
            try:
                out.append(read_text(text, path))
            except SourceError:
                pass
        return out

    t_read, documents = common.median_time(read_all, runs)

    def split_all():
        return [(d, split_sentences(d.text, d.blocks)) for d in documents]

    t_split, split = common.median_time(split_all, runs)
    sentences = [(d.text[s:e], s) for d, spans in split for s, e in spans]

    def extract_all():
        n = 0
        for k, (text, start) in enumerate(sentences):
            n += len(extract_claims(text, f"s1.{k + 1}", start))
        return n

    t_extract, claims = common.median_time(extract_all, runs)
    n = len(sentences)
    rows = [
        ["reading (read_text)", len(documents), n, fmt(t_read, 2), f"{n / t_read:,.0f}", f"{size / 1e6 / t_read:.2f}"],
        ["splitting (split_sentences)", len(documents), n, fmt(t_split, 2), f"{n / t_split:,.0f}",
         f"{size / 1e6 / t_split:.2f}"],
        ["extraction (extract_claims)", len(documents), n, fmt(t_extract, 2), f"{n / t_extract:,.0f}",
         f"{size / 1e6 / t_extract:.2f}"],
    ]
    total = t_read + t_split + t_extract
    rows.append(["all three", len(documents), n, fmt(total, 2), f"{n / total:,.0f}", f"{size / 1e6 / total:.2f}"])
    table(["stage", "documents", "sentences", "seconds", "sentences/s", "MB/s"], rows,
          note=f"{claims:,} claims extracted. Single process, one core.")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="60 incidents, 256 KB of text, one timing run")
    args = parser.parse_args(argv)
    common.run_header("extraction.py", sys.argv[1:] if argv is None else argv)

    incidents = None
    section("Killed and injured counts against the Gun Violence Archive (semeval2018t5_gva_clusters)")
    with guarded("GVA counts"):
        incidents = load_gva(60 if args.quick else None)
        if incidents is not None:
            gva_accuracy(incidents)
    section("Speed of reading, splitting and extraction")
    with guarded("speed"):
        speed(incidents, 256_000 if args.quick else 1_000_000, 1 if args.quick else 3)
    common.finish()


if __name__ == "__main__":
    main()
