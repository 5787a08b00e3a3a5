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


def format_quantity(claim: Claim) -> str:
    """The interval of a claim in words: "15", "≥ 11", "> 24", "54,000–66,000", "≤ 30"."""
    q = claim.quantity
    unit = f" {q.unit}" if q.unit else ""
    if q.low is not None and q.high is not None:
        if q.low == q.high:
            return f"{_num(q.low)}{unit}"
        return f"{_num(q.low)}–{_num(q.high)}{unit}"
    if q.low is not None:
        return f"{'>' if q.low_open else '≥'} {_num(q.low)}{unit}"
    if q.high is not None:
        return f"{'<' if q.high_open else '≤'} {_num(q.high)}{unit}"
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
