"""Shared helpers of the benchmark scripts: where the evaluation data lives, run metadata, plain tables,
precision/recall, threshold search and the plain-rapidfuzz baseline's number sets.

The evaluation data is third-party and for internal use only. It is read in place from ``../shared/eval``
beside the repository and never copied into it; a missing dataset prints ``skipped: <dataset> not found``.
"""

from __future__ import annotations

import datetime as _dt
import os
import platform
import re
import statistics
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

EVAL = ROOT / ".." / "shared" / "eval"
"""The shared evaluation data, read in place (never copied into the repository)."""

FAILURES: list[str] = []
"""Sections that raised; a script exits with status 1 when any did."""


def dataset(*parts: str, name: str | None = None) -> Path | None:
    """The path of a dataset under ``../shared/eval``; prints a skip line and returns None when absent."""
    path = EVAL.joinpath(*parts)
    if path.exists():
        return path
    print(f"skipped: {name or '/'.join(parts)} not found (looked for {os.path.normpath(path)})")
    return None


def git(*args: str) -> str:
    try:
        out = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=20, check=False)
        return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def run_header(script: str, argv: Sequence[str]) -> None:
    """Print what produced the figures: command, date, machine, commit and whether engine/ had local changes."""
    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--", "engine")
    print(f"# {script}")
    print()
    command = " ".join([".venv/bin/python", f"benchmarks/{script}", *argv])
    print(f"- command: `{command}`")
    print(f"- date: {_dt.datetime.now().strftime('%Y-%m-%d %H:%M')}")
    print(f"- machine: {os.cpu_count()} cores, {cpu_model()}, Python {platform.python_version()}")
    print(f"- load average at start: {load()} (other work on the machine slows the timings down)")
    print(f"- commit: {commit}" + (" (engine/ has uncommitted changes: figures are for the working tree)" if dirty
                                   else ""))
    print()


def section(title: str) -> None:
    print()
    print(f"## {title}")
    print()


@contextmanager
def guarded(title: str):
    """Run one section; if it raises, print the error and go on with the next section."""
    try:
        yield
    except KeyboardInterrupt:
        raise
    except Exception as exc:  # noqa: BLE001 - a broken section must not hide the others
        FAILURES.append(title)
        print(f"FAILED: {title}: {type(exc).__name__}: {exc}")
        traceback.print_exc(limit=4, file=sys.stdout)


def load() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def finish() -> None:
    print(f"load average at the end: {load()}")
    if FAILURES:
        print()
        print("sections that failed: " + ", ".join(FAILURES))
        sys.exit(1)


def fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value != value:  # NaN
            return "n/a"
        return f"{value:.{digits}f}"
    return str(value)


def pct(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "n/a"


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], note: str | None = None) -> None:
    """Print a Markdown pipe table, columns padded so it also reads well in a terminal."""
    cells = [[str(h) for h in headers]] + [[fmt(c) for c in row] for row in rows]
    widths = [max(len(row[k]) for row in cells) for k in range(len(headers))]

    def line(row: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"

    print(line(cells[0]))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells[1:]:
        print(line(row))
    if note:
        print()
        print(note)
    print()


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1; an empty prediction (or gold) set counts as 1.0, as in tests/labelled.py."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def best_threshold(scores: Sequence[float], labels: Sequence[bool], objective: str = "accuracy") -> tuple[float, float]:
    """The decision threshold (predict positive when score >= threshold) that maximises ``objective``
    ("accuracy" or "f1") on the given scores; returns (threshold, objective value). Ties go to the lowest threshold.
    """
    order = sorted(set(scores))
    candidates = [order[0] - 1e-9] + order + [order[-1] + 1e-9]
    positives = sum(labels)
    pairs = sorted(zip(scores, labels, strict=True), reverse=True)
    best = (candidates[0], -1.0)
    # Sweep from the highest threshold down, counting true and false positives above it.
    tp = fp = 0
    k = 0
    for threshold in sorted(candidates, reverse=True):
        while k < len(pairs) and pairs[k][0] >= threshold:
            tp += pairs[k][1]
            fp += not pairs[k][1]
            k += 1
        if objective == "accuracy":
            value = (tp + (len(pairs) - positives - fp)) / len(pairs)
        else:
            value = prf(tp, fp, positives - tp)[2] if tp else 0.0
        if value >= best[1]:
            best = (threshold, value)
    return best


_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands "
    "million millions billion billions dozen dozens"
).split()
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.I)


def numbers_in(text: str) -> frozenset[str]:
    """The plain baseline's view of a sentence's figures: digit strings (separators dropped) and number words."""
    out = set()
    for match in _NUMBER_RE.finditer(text):
        token = match.group().lower()
        if token[0].isdigit():
            token = token.replace(",", "")
            if "." in token:
                token = token.rstrip("0").rstrip(".")
        out.add(token)
    return frozenset(out)


def numbers_differ(a: str, b: str) -> bool:
    """Baseline conflict rule: both sentences hold numbers and their sets of numbers differ."""
    na, nb = numbers_in(a), numbers_in(b)
    return bool(na) and bool(nb) and na != nb


def median_time(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """Median wall time of ``runs`` calls of ``fn`` (seconds) and the last result."""
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def have_numpy() -> bool:
    try:
        import numpy  # noqa: F401
    except ImportError:
        return False
    return True


NUMPY_HINT = "rapidfuzz.process.cdist needs numpy, which crosscheck does not depend on: .venv/bin/pip install numpy"
