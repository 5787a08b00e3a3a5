"""Renders engine results for a person with Rich: the ``claims --format table`` output.

Article text is always wrapped in :class:`rich.text.Text` objects, never passed as a markup string, so ``[bold]``
or ``[link=...]`` written inside an article is shown literally; control characters were already made visible by
the engine's reader.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from engine.models import Claim, Source

__all__ = ["claims_table", "format_quantity"]


def _num(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.2f}"


_SHOWN_AS = {"m/s": ("km/h", 3.6), "m2": ("m²", 1.0)}
"""Units the engine compares in, shown in the unit a reader thinks in: a wind of "70 km/h", not "19.44 m/s"."""
_SPANS = (("days", 86400.0), ("hours", 3600.0), ("minutes", 60.0))


def _display_unit(unit: str | None, values: list[float]) -> tuple[str, float]:
    """The unit to show an interval in and the factor from the engine's unit to it."""
    if unit is None:
        return "", 1.0
    if unit in _SHOWN_AS:
        shown, factor = _SHOWN_AS[unit]
        return f" {shown}", factor
    if unit == "s" and values:
        for name, seconds in _SPANS:
            if min(abs(v) for v in values) >= seconds:
                return f" {name}", 1 / seconds
        return " seconds", 1.0
    return f" {unit}", 1.0


def format_quantity(claim: Claim) -> str:
    """The interval of a claim in words: "15", "≥ 11", "> 24", "54,000–66,000", "≤ 30", "70 km/h", "5 days"."""
    q = claim.quantity
    unit, factor = _display_unit(q.unit, [v for v in (q.low, q.high) if v is not None])
    low = None if q.low is None else q.low * factor
    high = None if q.high is None else q.high * factor
    if low is not None and high is not None:
        if low == high:
            return f"{_num(low)}{unit}"
        return f"{_num(low)}–{_num(high)}{unit}"
    if low is not None:
        return f"{'>' if q.low_open else '≥'} {_num(low)}{unit}"
    if high is not None:
        return f"{'<' if q.high_open else '≤'} {_num(high)}{unit}"
    return "?"


def claims_table(sources: Iterable[Source], out: TextIO) -> None:
    """Print one table per source: each claim with its sentence, interval, subject, predicate and speaker."""
    console = Console(file=out, markup=False, emoji=False, highlight=False, soft_wrap=False)
    for source in sources:
        title = Text(f"{source.id}  {source.path}")
        if source.title:
            title.append(f"  ·  {source.title}")
        table = Table(title=title, show_lines=False, expand=True)
        table.add_column("claim", no_wrap=True)
        table.add_column("figure")
        table.add_column("kind")
        table.add_column("interval")
        table.add_column("what")
        table.add_column("who")
        count = 0
        for sentence in source.sentences:
            for claim in sentence.claims:
                count += 1
                what = " ".join(p for p in (claim.subject, claim.predicate) if p) or claim.type.value
                table.add_row(
                    Text(claim.id),
                    Text(claim.text),
                    Text(f"{claim.kind.value}/{claim.type.value}"),
                    Text(format_quantity(claim)),
                    Text(what),
                    Text(claim.attribution or ""),
                )
        if count:
            console.print(table)
        else:
            console.print(Text(f"{source.id}  {source.path}: {len(source.sentences)} sentences, no figures"))
