"""Measures the speed and peak memory of ``engine.compare`` for 2 x 1,000, 20 x 200 and 2 x 20,000 sentences, beside
the plain fuzzy approach measured in the same run.

Run from the repository root::

    .venv/bin/python benchmarks/speed.py                  # all three sizes, generated articles (about 8 minutes)
    .venv/bin/python benchmarks/speed.py --quick          # 2 x 1,000 and 20 x 200 only, one run each
    .venv/bin/python benchmarks/speed.py --corpus real    # sentences sampled from ../shared/eval instead

**Articles.** ``--corpus synthetic`` (the default) generates them deterministically (seed 7) from varied sentence
templates: facts about casualties, damage, evacuations, money, percentages, measures, arrests, quotations and
plain narrative sentences, with invented names and places, a vocabulary of common news words plus a long Zipf tail
of invented rare words, so word frequencies look like news. Each source reports a share of a common pool of facts
(70%), each written with its own template variant, synonyms and hedges, some with a different figure (the
conflicts), in a locally shuffled order, plus facts of its own (30%). ``--corpus real`` builds the same structure
from real news sentences of ../shared/eval (GVA article bodies, then ECB+ documents), split by the engine: the pool
facts are real sentences and each source's version is the sentence with some figures changed and a few words
swapped for synonyms. Either way the articles are written to a temporary folder as .txt files first (not timed).

**Ours**: ``engine.compare.compare(paths)``: reading, splitting, claims, alignment and conflicts. The two parts are
timed apart: ``load_sources`` (read, split, claims) and ``compare`` on the loaded sources (align, conflicts).

**The plain fuzzy approach**: read and split every article with the engine (``read_text`` then ``split_sentences``,
no claims), then rapidfuzz ``process.cdist(scorer=fuzz.token_set_ratio, processor=default_process, workers=-1,
dtype=uint8)`` over every pair of sentences of different sources (one cdist per pair of sources); and the same with
``fuzz.ratio``. cdist uses both cores; so does the engine's reading of large inputs (one worker process per core),
and its comparison of 200 to 10,000 sentences (one worker reads what the conflict finder needs while the aligner runs
here). Where the full matrix would take too long (over 50
million pairs: 2 x 20,000 is 400 million), a deterministic sample of rows is scored against all columns and the time
scaled up by the ratio of pairs; the table says so, and gives the memory the full uint8 matrix would add.

Every measurement runs in a fresh subprocess; peak memory is that process's ``ru_maxrss`` (the Python interpreter
and the imports included). The engine reads large inputs in worker processes, one per core (the baseline's cdist
also uses both cores); its peak is then counted as its own peak by the end of reading plus the largest worker's peak
once per worker, or its own later peak plus the largest worker's (the conflict finder's worker runs beside the
aligner), whichever is larger: an upper bound, as a forked worker shares its parent's pages.
Sizes of 2 x 1,000 and 20 x 200 are the median of 3 runs, 2 x 20,000 one run.
Targets (issue 3): 2 x 1,000 in under half the time of the plain fuzzy approach; 2 x 20,000 in under 60 s and
1 GB of peak memory.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from common import guarded, table  # noqa: E402

SIZES = ((2, 1000), (20, 200), (2, 20000))
SAMPLE_ABOVE = 50_000_000
"""Pairs above which the baselines are measured on a sample of rows and scaled up."""
SAMPLE_ROWS = 600


# ============================================================================================================
# Synthetic articles
# ============================================================================================================

_SYLLABLES = ("ka ro vel la mar in do sen ti ber gal mo ra ne lis ta van hol bram ask por mer ri dan col ver na "
              "tor el sa len ko mi rus ha fen dor wyn cas pel or um eth ly brin sto quar zel").split()
_COMMON_NOUNS = """
official officials police resident residents government minister council city town village region province
district hospital school bridge road street river coast border market company firm bank court judge trial
report statement spokesman spokeswoman agency ministry army soldier soldiers worker workers union strike
protest protesters crowd fire flood storm quake earthquake blast explosion accident crash train bus car
plane ship port airport station building buildings house houses home homes family families child children
victim victims survivor survivors rescuer rescuers team teams volunteer volunteers doctor doctors nurse nurses
patient patients case cases vaccine outbreak virus water power electricity supply supplies food aid fund funds
budget tax taxes price prices rate rates inflation growth economy market shares investor investors profit loss
revenue sales contract deal plan plans vote votes election voters candidate party seat seats mayor governor
president leader leaders talks meeting summit agreement law bill reform policy inquiry investigation evidence
witness witnesses lawyer lawyers sentence prison charges suspect suspects camera footage video photo morning
evening night week month year weekend season weather rain wind snow temperature level levels area areas site
field farm farms crop crops mine miners tunnel factory plant equipment damage cost costs insurance claim claims
""".split()
_VERBS = """
said told announced confirmed reported warned added described urged called promised denied rejected approved
opened closed visited inspected launched halted suspended resumed blocked cleared repaired rebuilt reopened
evacuated rescued treated arrested charged questioned released returned arrived left moved delivered received
raised cut increased reduced expected estimated signed agreed met discussed criticised praised defended
""".split()
_ADJECTIVES = """
local regional national foreign emergency temporary new old main central northern southern eastern western
heavy light strong weak early late final initial official independent public private small large major minor
senior junior former current annual monthly weekly daily rural urban coastal remote nearby damaged flooded
""".split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_SYNONYMS = {
    "killed": ["killed", "left dead"], "died": ["died", "were killed", "lost their lives"],
    "injured": ["injured", "wounded", "hurt"], "said": ["said", "told reporters", "confirmed"],
    "buildings": ["buildings", "homes", "houses"], "evacuated": ["evacuated", "moved to safety"],
    "officials": ["officials", "authorities"], "residents": ["residents", "locals"],
    "damaged": ["damaged", "destroyed"], "arrested": ["arrested", "detained"],
}
_HEDGES = ["", "", "", "at least ", "more than ", "about ", "nearly ", "some "]


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


class Lexicon:
    """Invented names and a Zipf tail of invented rare words, fixed by the seed."""

    def __init__(self, rng: random.Random):
        self.places = sorted({_name(rng, rng.choice((2, 3))) for _ in range(900)})
        self.people = sorted({f"{_name(rng, 2)} {_name(rng, rng.choice((2, 3)))}" for _ in range(1500)})
        self.orgs = sorted({f"the {_name(rng, 2)} {rng.choice(['Agency', 'Council', 'Group', 'Authority', 'Bank'])}"
                            for _ in range(200)})
        self.rare = sorted({_name(rng, rng.choice((3, 4))).lower() for _ in range(12000)})
        rng.shuffle(self.rare)
        self.rare_weights = [1.0 / (k + 10) for k in range(len(self.rare))]  # Zipf-like tail

    def words(self, rng: random.Random, n: int) -> list[str]:
        out = []
        for _ in range(n):
            if rng.random() < 0.55:
                out.append(rng.choice(_COMMON_NOUNS))
            else:
                out.append(rng.choices(self.rare, self.rare_weights)[0])
        return out


def _fact(rng: random.Random, lex: Lexicon) -> dict:
    """One fact: a template family and the values every source's version shares."""
    return {
        "family": rng.choice(("killed", "injured", "buildings", "evacuated", "money", "percent", "measure",
                              "arrested", "quote", "narrative", "narrative", "narrative", "narrative")),
        "n": rng.choice((rng.randint(2, 30), rng.randint(10, 400), rng.randint(100, 90000))),
        "place": rng.choice(lex.places),
        "person": rng.choice(lex.people),
        "org": rng.choice(lex.orgs),
        "day": rng.choice(_DAYS),
        "words": lex.words(rng, rng.randint(4, 9)),
        "verb": rng.choice(_VERBS),
        "adj": rng.choice(_ADJECTIVES),
    }


def _syn(rng: random.Random, word: str) -> str:
    return rng.choice(_SYNONYMS[word]) if word in _SYNONYMS else word


def realise(fact: dict, rng: random.Random, n: int | None = None) -> str:
    """Write a fact as one sentence, in one of several wordings; ``n`` replaces its figure (a conflict)."""
    f = dict(fact)
    f["n"] = fact["n"] if n is None else n
    hedge = rng.choice(_HEDGES)
    num = f"{f['n']:,}"
    who = rng.choice((f"{f['org']}", f"{f['person']}", "police", f"officials in {f['place']}"))
    said = _syn(rng, "said")
    w = f["words"]
    fam = f["family"]
    if fam == "killed":
        text = rng.choice((
            f"{hedge}{num} people were {_syn(rng, 'killed')} in {f['place']} on {f['day']}, {who} {said}.",
            f"{_cap(who)} {said} {hedge}{num} people {_syn(rng, 'died')} in "
            f"{f['place']} after the {w[0]} {w[1]}.",
            f"The death toll in {f['place']} rose to {hedge}{num}, according to {who}.",
        ))
    elif fam == "injured":
        text = rng.choice((
            f"{hedge}{num} people were {_syn(rng, 'injured')} in {f['place']}, {who} {said}.",
            f"In {f['place']}, {hedge}{num} {_syn(rng, 'residents')} were {_syn(rng, 'injured')} by the {w[0]}.",
            f"{_cap(who)} {said} {hedge}{num} people had been "
            f"{_syn(rng, 'injured')} near the {w[0]} in {f['place']}.",
        ))
    elif fam == "buildings":
        text = rng.choice((
            f"{hedge}{num} {_syn(rng, 'buildings')} were {_syn(rng, 'damaged')} across {f['place']}.",
            f"The {w[0]} {_syn(rng, 'damaged')} {hedge}{num} {_syn(rng, 'buildings')} in {f['place']}, {who} "
            f"{said}.",
        ))
    elif fam == "evacuated":
        text = rng.choice((
            f"{hedge}{num} {_syn(rng, 'residents')} were {_syn(rng, 'evacuated')} from {f['place']} on "
            f"{f['day']}.",
            f"{_cap(who)} {_syn(rng, 'evacuated')} {hedge}{num} people from "
            f"the {w[0]} {w[1]} area of {f['place']}.",
        ))
    elif fam == "money":
        amount = rng.choice((f"${f['n']} million", f"{f['n']} million dollars", f"${f['n'] / 10:.1f}m"))
        text = rng.choice((
            f"{_cap(f['org'])} put the cost of the {w[0]} {w[1]} at {amount}.",
            f"Repairs to the {w[0]} in {f['place']} will cost {amount}, {who} {said}.",
        ))
    elif fam == "percent":
        value = f"{f['n'] % 97 + 1}.{f['n'] % 10}"
        text = rng.choice((
            f"The {w[0]} {w[1]} rate in {f['place']} rose to {value}% in the year to {f['day']}.",
            f"{_cap(who)} {said} {w[0]} {w[1]} in {f['place']} stood at "
            f"{value} per cent.",
        ))
    elif fam == "measure":
        value = f["n"] % 400 + 5
        text = rng.choice((
            f"{value} mm of rain fell on {f['place']} in 24 hours, flooding the {w[0]} {w[1]}.",
            f"Rainfall in {f['place']} reached {value / 10:g} cm, the {w[0]} {w[1]} office {said}.",
        ))
    elif fam == "arrested":
        text = rng.choice((
            f"Police {_syn(rng, 'arrested')} {hedge}{num} people in {f['place']} after the {w[0]}.",
            f"{hedge}{num} people were {_syn(rng, 'arrested')} during the {w[0]} {w[1]} in {f['place']}, "
            f"{who} {said}.",
        ))
    elif fam == "quote":
        quote = f"We {f['verb']} the {w[0]} {w[1]} and the {w[2]} {w[3]} for the people of {f['place']}"
        text = rng.choice((f"\"{quote},\" {f['person']} {said}.", f"{f['person']} {said}: \"{quote}.\""))
    else:
        clause = " ".join(w[2:])
        text = rng.choice((
            f"{f['person']} {f['verb']} the {f['adj']} {w[0]} {w[1]} in {f['place']} on {f['day']}, {clause}.",
            f"In {f['place']}, the {f['adj']} {w[0]} {w[1]} was {f['verb']} by {f['person']}; {clause}.",
            f"The {w[0]} {w[1]} {f['verb']} by {f['org']} on {f['day']} left {f['place']} {f['adj']}, with "
            f"{clause}.",
        ))
    return _cap(text.strip())


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _perturbed(rng: random.Random, n: int) -> int:
    return max(1, n + rng.choice((-1, 1)) * rng.randint(1, max(1, n // 4)))


def _write(folder: Path, k: int, sentences: list[str], rng: random.Random) -> str:
    lines = [f"Report {k + 1}: the events of the week", ""]
    paragraph: list[str] = []
    for sentence in sentences:
        paragraph.append(sentence)
        if len(paragraph) >= rng.randint(1, 4):
            lines += [" ".join(paragraph), ""]
            paragraph = []
    if paragraph:
        lines.append(" ".join(paragraph))
    path = folder / f"source{k + 1:02d}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _local_shuffle(rng: random.Random, items: list, window: int = 6) -> list:
    keyed = [(k + rng.uniform(0, window), item) for k, item in enumerate(items)]
    return [item for _, item in sorted(keyed, key=lambda x: x[0])]


def generate_synthetic(folder: Path, sources: int, sentences: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    lex = Lexicon(random.Random(seed))
    shared_per_source = int(sentences * 0.7)
    pool_size = shared_per_source if sources == 2 else int(shared_per_source * 1.5)
    pool = [_fact(rng, lex) for _ in range(pool_size)]
    paths = []
    for k in range(sources):
        chosen = sorted(rng.sample(range(pool_size), shared_per_source))
        own = [_fact(rng, lex) for _ in range(sentences - shared_per_source)]
        texts = []
        for index in chosen:
            fact = pool[index]
            n = _perturbed(rng, fact["n"]) if k > 0 and rng.random() < 0.2 else None
            texts.append((index, realise(fact, rng, n)))
        for fact in own:
            texts.append((rng.uniform(0, pool_size), realise(fact, rng)))
        texts.sort(key=lambda x: x[0])
        paths.append(_write(folder, k, _local_shuffle(rng, [t for _, t in texts]), rng))
    return paths


# ============================================================================================================
# Articles from real sentences (../shared/eval)
# ============================================================================================================

_NUMBER = __import__("re").compile(r"\b\d[\d,]*\b")


def real_sentences(limit: int) -> list[str] | None:
    """Real news sentences, split by the engine, from GVA article bodies then ECB+ documents (deduplicated)."""
    from engine.errors import SourceError
    from engine.reading import read_text
    from engine.sentences import split_sentences

    gva = common.dataset("semeval2018t5_gva_clusters", name="semeval2018t5_gva_clusters")
    ecb = common.dataset("ecbplus", "ecbplus_docs.jsonl", name="ecbplus")
    if gva is None and ecb is None:
        return None
    texts: list[str] = []
    if gva is not None:
        for name in ("incidents_4plus_docs.jsonl", "incidents_3_docs.jsonl"):
            if (gva / name).exists():
                with (gva / name).open(encoding="utf-8") as handle:
                    for line in handle:
                        texts += [d.get("content") or "" for d in json.loads(line)["docs"]]
    if ecb is not None:
        from alignment import ecb_text

        with ecb.open(encoding="utf-8") as handle:
            for line in handle:
                texts.append(ecb_text(json.loads(line)["sentences"]))
    seen: dict[str, None] = {}
    for text in texts:
        try:
            document = read_text(text, "article.txt", "text")
        except SourceError:
            continue
        for start, end in split_sentences(document.text, document.blocks):
            sentence = document.text[start:end]
            if 40 <= len(sentence) <= 400 and sentence.endswith((".", '"', "”", "?", "!")):
                seen.setdefault(sentence, None)
        if len(seen) >= limit:
            break
    return list(seen)


def _paraphrase(rng: random.Random, sentence: str, conflict: bool) -> str:
    if conflict:
        numbers = list(_NUMBER.finditer(sentence))
        if numbers:
            m = rng.choice(numbers)
            value = int(m.group().replace(",", ""))
            sentence = sentence[: m.start()] + f"{_perturbed(rng, value):,}" + sentence[m.end():]
    words = sentence.split(" ")
    for k, word in enumerate(words):
        bare = word.strip(".,;:").lower()
        if bare in _SYNONYMS and rng.random() < 0.5:
            words[k] = word.lower().replace(bare, _syn(rng, bare))
    return " ".join(words)


def _needed(sources: int, sentences: int) -> int:
    shared_per_source = int(sentences * 0.7)
    pool_size = shared_per_source if sources == 2 else int(shared_per_source * 1.5)
    return pool_size + (sentences - shared_per_source) * sources


def generate_real(folder: Path, sources: int, sentences: int, pool_sentences: list[str], seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    shared_per_source = int(sentences * 0.7)
    pool_size = shared_per_source if sources == 2 else int(shared_per_source * 1.5)
    if len(pool_sentences) < _needed(sources, sentences):
        raise RuntimeError(f"only {len(pool_sentences)} real sentences; {_needed(sources, sentences)} needed")
    order = list(range(len(pool_sentences)))
    rng.shuffle(order)
    pool = [pool_sentences[i] for i in order[:pool_size]]
    spare = iter(pool_sentences[i] for i in order[pool_size:])
    paths = []
    for k in range(sources):
        chosen = sorted(rng.sample(range(pool_size), shared_per_source))
        texts = [(i, pool[i] if k == 0 else _paraphrase(rng, pool[i], rng.random() < 0.2)) for i in chosen]
        texts += [(rng.uniform(0, pool_size), next(spare)) for _ in range(sentences - shared_per_source)]
        texts.sort(key=lambda x: x[0])
        paths.append(_write(folder, k, _local_shuffle(rng, [t for _, t in texts]), rng))
    return paths


# ============================================================================================================
# Measurements, each in a fresh subprocess
# ============================================================================================================

def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # Linux reports KiB


def child_ours(paths: list[str]) -> dict:
    from engine.compare import compare, conflicts_worker, load_sources, reading_workers
    from engine.models import CompareOptions

    def children_mb() -> float:
        return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / 1e6

    start = time.perf_counter()
    sources = load_sources(paths)
    loaded = time.perf_counter()
    at_load = _peak_mb()
    workers = reading_workers(paths)
    worker_mb = children_mb() if workers > 1 else 0.0
    preparing = conflicts_worker(sources)
    comparison = compare(sources, CompareOptions(max_sources=max(20, len(sources))))
    done = time.perf_counter()
    # The files are read in worker processes, one per core, while this one waits: the memory in use at once is at
    # most this process's peak by the end of reading plus every worker's peak (the largest worker's, counted for
    # each). Then one worker reads what the conflict finder needs while this process aligns: at most this process's
    # own peak plus the largest peak of any worker. Each is an upper bound: a forked worker shares its parent's pages,
    # and its peak counts those it maps.
    peak = max(at_load + workers * worker_mb, _peak_mb() + (children_mb() if preparing else 0.0))
    return {"load": loaded - start, "compare": done - loaded, "total": done - start, "peak_mb": peak,
            "workers": workers, "worker_mb": worker_mb,
            "sentences": [len(s.sentences) for s in sources], "links": len(comparison.links),
            "conflicts": len(comparison.conflicts)}


def child_fuzzy(paths: list[str], scorer_name: str) -> dict:
    from rapidfuzz import fuzz, process
    from rapidfuzz.utils import default_process

    from engine.reading import read_path
    from engine.sentences import split_sentences

    scorer = getattr(fuzz, scorer_name)
    start = time.perf_counter()
    sentences = []
    for path in paths:
        document = read_path(path)
        sentences.append([document.text[s:e] for s, e in split_sentences(document.text, document.blocks)])
    split_done = time.perf_counter()
    pairs = sum(len(a) * len(b) for i, a in enumerate(sentences) for b in sentences[i + 1:])
    sampled = pairs > SAMPLE_ABOVE
    scored = 0
    matrix_bytes = 0
    numpy_ok = common.have_numpy()
    for i, a in enumerate(sentences):
        for b in sentences[i + 1:]:
            rows = a
            if sampled:
                step = max(1, len(a) // SAMPLE_ROWS)
                rows = a[::step][:SAMPLE_ROWS]
            if numpy_ok:
                import numpy as np

                matrix = process.cdist(rows, b, scorer=scorer, processor=default_process, workers=-1,
                                       dtype=np.uint8)
                matrix_bytes = max(matrix_bytes, matrix.nbytes)
                del matrix
            else:
                for row in rows:
                    process.extract(row, b, scorer=scorer, processor=default_process, limit=None)
            scored += len(rows) * len(b)
    fuzzy_done = time.perf_counter()
    scale = pairs / scored if scored else 1.0
    fuzzy_time = (fuzzy_done - split_done) * scale
    return {"split": split_done - start, "fuzzy": fuzzy_time, "total": split_done - start + fuzzy_time,
            "peak_mb": _peak_mb(), "pairs": pairs, "scored": scored, "sampled": sampled,
            "full_matrix_mb": pairs / 1e6, "measured_matrix_mb": matrix_bytes / 1e6,
            "method": "cdist" if numpy_ok else "process.extract per row (numpy missing)"}


def run_child(kind: str, folder: Path, timeout: float) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--folder", str(folder)]
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if out.returncode != 0:
        return {"error": (out.stderr or out.stdout).strip().splitlines()[-1:] or ["failed"]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(folder: Path, runs: int, timeout: float) -> dict:
    results: dict[str, list[dict]] = {"ours": [], "token_set_ratio": [], "ratio": []}
    for _ in range(runs):
        for kind in results:
            results[kind].append(run_child(kind, folder, timeout))
    return {kind: _median(values) for kind, values in results.items()}


def _median(values: list[dict]) -> dict:
    good = [v for v in values if "total" in v]
    failed = [v for v in values if "total" not in v]
    if not good:
        return values[0]
    good.sort(key=lambda v: v["total"])
    chosen = dict(good[len(good) // 2])
    chosen["runs"] = len(good)
    chosen["all_totals"] = [round(v["total"], 2) for v in good]
    chosen["failed"] = [describe(v)[0] for v in failed]
    return chosen


def describe(result: dict) -> tuple[str, str]:
    if "timeout" in result:
        return f"> {result['timeout']:.0f} (stopped)", "n/a"
    if "error" in result:
        return "error: " + " ".join(result["error"]), "n/a"
    return f"{result['total']:.2f}", f"{result['peak_mb']:.0f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="2 x 1,000 and 20 x 200 only, one run each")
    parser.add_argument("--corpus", choices=("synthetic", "real"), default="synthetic")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds allowed to one measurement")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        paths = sorted(str(p) for p in Path(args.folder).glob("*.txt"))
        result = child_ours(paths) if args.child == "ours" else child_fuzzy(paths, args.child)
        print(json.dumps(result))
        return
    common.run_header("speed.py", sys.argv[1:] if argv is None else argv)
    if not common.have_numpy():
        print(f"note: {common.NUMPY_HINT}; the baselines fall back to process.extract per row (one core).")
        print()
    sizes = SIZES[:2] if args.quick else SIZES
    pool = None
    if args.corpus == "real":
        pool = real_sentences(max(_needed(k, n) for k, n in sizes) + 1000)
        if pool is None:
            print("skipped: --corpus real needs ../shared/eval; the default generated corpus needs no data")
            common.finish()
            return
        print(f"Corpus: {len(pool):,} real sentences from ../shared/eval (GVA article bodies, then ECB+), seed 7.")
    else:
        print("Corpus: generated articles (templates, invented names and vocabulary), seed 7.")
    print()
    rows, notes, detail = [], [], []
    with tempfile.TemporaryDirectory(prefix="crosscheck-speed-") as tmp:
        for k, n in sizes:
            label = f"{k} x {n:,}"
            with guarded(label):
                folder = Path(tmp) / f"{k}x{n}"
                folder.mkdir()
                if pool is not None:
                    paths = generate_real(folder, k, n, pool)
                else:
                    paths = generate_synthetic(folder, k, n)
                runs = 1 if args.quick or n > 5000 else 3
                started = time.perf_counter()
                r = measure(folder, runs, args.timeout)
                print(f"{label}: measured in {time.perf_counter() - started:.0f} s ({runs} run(s) each)", flush=True)
                ours, ts, ra = r["ours"], r["token_set_ratio"], r["ratio"]
                o_time, o_mem = describe(ours)
                t_time, t_mem = describe(ts)
                r_time, r_mem = describe(ra)
                ratio = (ours["total"] / ts["total"]) if "total" in ours and "total" in ts else None
                sampled = " (sampled rows, scaled up)" if ts.get("sampled") else ""
                rows.append([label, f"{sum(ours.get('sentences', [])):,}" if "sentences" in ours else "",
                             o_time, o_mem, t_time + sampled, t_mem, r_time + sampled, r_mem,
                             f"{ratio:.2f}" if ratio is not None else "n/a"])
                if "total" in ours:
                    detail.append([label, f"{ours['load']:.2f}", f"{ours['compare']:.2f}", ours["links"],
                                   ours["conflicts"], ", ".join(map(str, ours.get("all_totals", [])))])
                for kind, result in r.items():
                    if result.get("failed"):
                        notes.append(f"{label}: {len(result['failed'])} run(s) of {kind} failed and were left out "
                                     f"of the median: {'; '.join(result['failed'])}")
                if ts.get("sampled"):
                    notes.append(f"{label}: the baselines scored {ts['scored']:,} of {ts['pairs']:,} pairs "
                                 f"({ts['scored'] / ts['pairs']:.2%}, {SAMPLE_ROWS} rows against all columns) and "
                                 f"the time is scaled up by {ts['pairs'] / ts['scored']:.0f}; the full uint8 matrix "
                                 f"would add about {ts['full_matrix_mb']:,.0f} MB to the peak memory shown.")
                if "total" in ts:
                    notes.append(f"{label}: plain fuzzy read+split {ts['split']:.2f} s, token_set_ratio cdist "
                                 f"{ts['fuzzy']:.2f} s; ratio cdist {ra.get('fuzzy', float('nan')):.2f} s "
                                 f"({ts['method']}, {ts['pairs']:,} cross-source pairs).")
    print()
    table(["size", "sentences", "ours: compare (s)", "ours: peak MB", "plain fuzzy, token_set_ratio (s)",
           "its peak MB", "plain ratio cdist (s)", "its peak MB", "ours / token_set"], rows)
    table(["size", "ours: read+split+claims (s)", "ours: align+conflicts (s)", "links", "conflicts",
           "ours: totals of each run (s)"], detail)
    for note in notes:
        print(f"- {note}")
    print()
    targets = []
    for row in rows:
        if row[0] == "2 x 1,000":
            targets.append(["2 x 1,000 under half the plain fuzzy time", row[8],
                            "met" if row[8] != "n/a" and float(row[8]) < 0.5 else "missed"])
        if row[0] == "2 x 20,000":
            ok_time = row[2].replace(".", "", 1).isdigit() and float(row[2]) < 60
            ok_mem = row[3] != "n/a" and float(row[3]) < 1000
            targets.append(["2 x 20,000 under 60 s", row[2], "met" if ok_time else "missed"])
            targets.append(["2 x 20,000 under 1 GB peak", f"{row[3]} MB", "met" if ok_mem else "missed"])
    if targets:
        table(["target (issue 3)", "measured", "verdict"], targets)
    common.finish()


if __name__ == "__main__":
    main()
