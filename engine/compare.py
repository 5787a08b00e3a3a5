"""The engine's front door: :func:`compare` reads N sources, aligns them and finds conflicting figures."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from engine.align import AlignOptions, align
from engine.conflicts import claim_modes, find_conflicts
from engine.errors import OptionsError
from engine.models import CompareOptions, Comparison, Source
from engine.sources import load_source

__all__ = ["Cancelled", "compare", "load_sources"]

Progress = Callable[[str, float], None]
"""Called with a stage name and the fraction done, 0 to 1."""


class Cancelled(Exception):
    """Raised when the ``cancelled`` callback passed to :func:`compare` returns True between stages."""


def load_sources(paths: Sequence[str | os.PathLike[str]], progress: Progress | None = None) -> list[Source]:
    """Read ``paths`` into sources ``s1``, ``s2``... in order.

    Raises:
        SourceError: For the first path that cannot be used.
    """
    sources = []
    for k, path in enumerate(paths):
        if progress:
            progress(f"reading {os.fspath(path)}", k / max(1, len(paths)))
        sources.append(load_source(path, f"s{k + 1}"))
    return sources


def compare(
    sources: Sequence[Source | str | os.PathLike[str]],
    options: CompareOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Comparison:
    """Compare N sources: link the sentences that report the same fact and find the figures that disagree.

    Args:
        sources: Sources already built, or paths to read (``-`` for standard input); paths become ``s1``... in
            order.
        options: Thresholds and limits.
        progress: Told each stage as it starts.
        cancelled: Polled between stages; when it returns True, :class:`Cancelled` is raised.

    Returns:
        The comparison.

    Raises:
        OptionsError: More sources than ``options.max_sources``.
        SourceError: A path that cannot be read.
        Cancelled: ``cancelled`` returned True.
    """
    options = options or CompareOptions()
    if len(sources) > options.max_sources:
        raise OptionsError(f"{len(sources)} sources given; the limit is {options.max_sources} per comparison")
    built: list[Source] = []
    for k, item in enumerate(sources):
        if cancelled and cancelled():
            raise Cancelled
        if isinstance(item, Source):
            built.append(item)
        else:
            if progress:
                progress(f"reading {os.fspath(item)}", k / max(1, len(sources)) * 0.5)
            built.append(load_source(item, f"s{k + 1}"))
    ids = [s.id for s in built]
    if len(set(ids)) != len(ids):
        raise OptionsError("two sources share an id; give each source a distinct id")
    if cancelled and cancelled():
        raise Cancelled
    if progress:
        progress("aligning sentences", 0.5)
    # Which figures are forecasts, capacities, intraday peaks...: read once, for the aligner and the conflicts alike.
    modes = claim_modes(sentence for source in built for sentence in source.sentences)
    links = align(built, AlignOptions(threshold=options.link_threshold), modes=modes) if len(built) > 1 else []
    if cancelled and cancelled():
        raise Cancelled
    if progress:
        progress("finding conflicts", 0.9)
    conflicts = find_conflicts(built, links, modes=modes)
    if progress:
        progress("done", 1.0)
    return Comparison(sources=tuple(built), links=tuple(links), conflicts=tuple(conflicts))
