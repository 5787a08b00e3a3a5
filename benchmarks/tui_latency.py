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
