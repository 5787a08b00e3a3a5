"""Measures the review app's responsiveness: start-to-first-paint on the seed articles, and the key-to-repaint
latency of next-conflict (``c``) on 20 generated sources of 500 sentences each.

Run ``.venv/bin/python benchmarks/tui_latency.py``; it prints the figures (milliseconds). The large comparison is
built from varied sentence templates with numbers that differ between sources, so links and conflicts are dense,
written to a temporary folder and read by the real engine; the app runs headless through Textual's pilot.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLACES = ["Corvella", "Ribadell", "Kelby", "Halverton", "Port Meridian", "Norvane", "Varnholm", "Bramwell", "Aske"]
CITED = ["the regional health service", "Mayor Javier Ostos", "the civil protection agency", "police", "officials"]
TEMPLATES = [
    "At least {n} people were killed in {place} on {day}, {who} said.",
    "{who} said {n} people had been injured in {place}.",
    "More than {n} buildings were damaged across {place}, according to {who}.",
    "Some {n} residents were evacuated from {place} overnight.",
    "Rescuers pulled {n} survivors from the rubble in {place}, {who} said.",
    "The council estimated the cost of repairs in {place} at ${n} million.",
    "Nearly {n} homes were destroyed in {place} and the surrounding villages.",
    "Police arrested {n} people in {place} after the protest, {who} said.",
    "Rainfall of {n} mm was recorded in {place} in the 24 hours to midnight.",
    "Turnout in {place} rose to {n} percent, {who} said.",
    "Local shops in {place} stayed closed while volunteers handed out water and blankets.",
    "Residents of {place} described a night of fear as the sirens sounded again.",
    "The road between {place} and the coast remained closed to traffic on {day}.",
    "Schools in {place} will reopen next week, {who} said in a statement.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def generate(folder: Path, sources: int = 20, sentences: int = 500, seed: int = 7) -> list[str]:
    """Write ``sources`` articles of ``sentences`` sentences into ``folder``; returns their paths."""
    rng = random.Random(seed)
    base = [(rng.choice(TEMPLATES), rng.choice(PLACES), rng.randint(5, 900)) for _ in range(sentences)]
    paths = []
    for k in range(sources):
        lines = [f"Source {k + 1} reports on the storm", ""]
        paragraph: list[str] = []
        for template, place, n in base:
            if rng.random() < 0.15:
                template, place, n = rng.choice(TEMPLATES), rng.choice(PLACES), rng.randint(5, 900)
            if rng.random() < 0.3:
                n = max(1, n + rng.choice([-1, 1]) * rng.randint(1, n // 3 + 1))
            paragraph.append(template.format(n=n, place=place, who=rng.choice(CITED), day=rng.choice(DAYS)))
            if len(paragraph) >= rng.randint(2, 5):
                lines += [" ".join(paragraph), ""]
                paragraph = []
        if paragraph:
            lines.append(" ".join(paragraph))
        path = folder / f"source_{k + 1:02d}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def first_paint_child() -> None:
    """In a fresh interpreter: open the app on the seeds, headless at 80x24; print when the first sentence shows."""
    from tui.__main__ import seed_paths
    from tui.app import make_app

    async def run() -> None:
        app = make_app(seed_paths(), use_session=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await app.workers.wait_for_complete()
            while app.review.focused_key is None:
                await pilot.pause(0)
            app.screen._on_timer_update()  # composite and write the frame
            print("painted", flush=True)

    asyncio.run(run())


def first_paint(runs: int = 5) -> list[float]:
    """Seconds from launching a Python process to the first painted sentence, per run.

    The runs start as a user's do after the first: with the project's bytecode cached. A shell that sets
    PYTHONDONTWRITEBYTECODE would otherwise have every run compile the engine's source again; the first run,
    which may compile it, is timed apart (``first_paint_cold``).
    """
    import os

    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return [paint_once(env) for _ in range(runs)]


def first_paint_cold() -> float:
    """Seconds to the first painted sentence when the project's bytecode must first be compiled (a fresh install
    or an edit), in a process that does not write it."""
    import os

    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    for folder in ("engine", "tui"):
        for cached in (ROOT / folder).rglob("__pycache__/*.pyc"):
            cached.unlink()
    return paint_once(env)


def paint_once(env: dict[str, str]) -> float:
    """Launch the app on the seeds in a child process with ``env``; seconds until it has painted."""
    import subprocess

    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, __file__, "--first-paint-child"], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env
    )
    assert process.stdout is not None
    painted = None
    for line in process.stdout:
        if line.startswith("painted"):
            painted = time.perf_counter() - start
            break
    process.wait()
    if painted is None:
        raise RuntimeError(f"the app exited with {process.returncode} before painting")
    return painted


async def press_and_paint(app: Any, key: str) -> None:
    """Send a key as the terminal driver would, wait until the app has moved, and paint the frame.

    ``Pilot.press`` is not used for timing: it waits for the process to look idle (sleeping at least a timer tick)
    after each key, which would be measured as latency.
    """
    from textual import events

    before = app.focus_ref
    event = events.Key(key, key if len(key) == 1 else None)
    event.set_sender(app)
    app._driver.send_message(event)
    while app.focus_ref is before:
        await asyncio.sleep(0)
    app.screen._on_timer_update()  # composite and write the frame


async def key_latency(
    paths: list[str], sizes: tuple[tuple[int, int], ...] = ((160, 48), (80, 24)), presses: int = 60
) -> dict[str, list[float]]:
    """Seconds from pressing a key to the repainted frame, per press, on a comparison of ``paths``."""
    from engine.compare import compare
    from tui.app import make_app

    started = time.perf_counter()
    comparison = compare(paths)
    print(
        f"compare: {len(comparison.sources)} sources, {sum(len(s.sentences) for s in comparison.sources)} sentences, "
        f"{len(comparison.links)} links, {len(comparison.conflicts)} conflicts in {time.perf_counter() - started:.1f} s"
    )
    results: dict[str, list[float]] = {}
    keys = (("c", "next conflict (c)"), ("j", "next sentence (j)"), ("right_square_bracket", "next link (])"))
    for width, height in sizes:
        app = make_app(paths, use_session=False, comparison=comparison)
        async with app.run_test(size=(width, height)) as pilot:
            started = time.perf_counter()
            await app.workers.wait_for_complete()
            while app.review.focused_key is None:
                await pilot.pause(0)
            print(f"{width}x{height}: index built and panes shown in {time.perf_counter() - started:.2f} s")
            for key, name in keys:
                times = []
                for _ in range(presses):
                    start = time.perf_counter()
                    await press_and_paint(app, key)
                    times.append(time.perf_counter() - start)
                results[f"{name} at {width}x{height}"] = times
    return results


def main() -> int:
    if "--first-paint-child" in sys.argv:
        first_paint_child()
        return 0
    cold = first_paint_cold()
    print(f"first paint on the seeds with the project's bytecode not yet compiled: {cold * 1000:.0f} ms")
    paints = first_paint()
    print(
        f"first paint on the seeds (process start to first sentence drawn, bytecode cached, {len(paints)} runs): "
        f"median {statistics.median(paints) * 1000:.0f} ms, worst {max(paints) * 1000:.0f} ms"
    )
    with tempfile.TemporaryDirectory() as folder:
        paths = generate(Path(folder))
        results = asyncio.run(key_latency(paths))
    for name, times in results.items():
        print(
            f"{name} on 20 x 500 ({len(times)} presses): median {statistics.median(times) * 1000:.1f} ms, "
            f"worst {max(times) * 1000:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
