"""The engine's front door: :func:`compare` reads N sources, aligns them and finds conflicting figures."""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import pickle
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO

from engine.align import AlignOptions, align
from engine.conflicts import Prepared, claim_modes, find_conflicts, prepare_conflicts
from engine.errors import OptionsError
from engine.models import CompareOptions, Comparison, Source
from engine.sources import load_source, settle_currencies

__all__ = ["Cancelled", "compare", "conflicts_worker", "load_sources", "reading_workers"]

Progress = Callable[[str, float], None]
"""Called with a stage name and the fraction done, 0 to 1."""


class Cancelled(Exception):
    """Raised when the ``cancelled`` callback passed to :func:`compare` returns True between stages."""


PARALLEL_BYTES = 128 * 1024
"""Total size of the files below which they are read one after another: under it, starting worker processes and
sending the sources back costs more than reading them side by side saves."""
PARALLEL_SENTENCES = 200
"""Sentences in all sources below which the conflict finder reads them after the aligner, in the same process (see
:func:`conflicts_worker`): under it, forking a worker costs about what it saves."""
PARALLEL_SENTENCES_LIMIT = 10_000
"""Sentences in all sources above which the conflict finder reads them in this process again: a worker maps all of
this process's pages and copies each it touches, and on 2 x 20,000 sentences that adds a few hundred MB for under two
seconds of twelve."""


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a comparison runs, as it was before restored afterwards (even on an
    error). A comparison builds hundreds of thousands of small objects and leaves none in reference cycles (a
    collection after one, on 2 x 1,000 sentences, finds nothing to free), so the collector's passes over them are
    wasted: about 6% of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_sources(
    paths: Sequence[str | os.PathLike[str]], progress: Progress | None = None, *, workers: int | None = None
) -> list[Source]:
    """Read ``paths`` into sources ``s1``, ``s2``... in order, a currency name several currencies share read as
    the one of that name the articles give (see :func:`engine.sources.settle_currencies`).

    Large inputs are read side by side in worker processes, one per core (see :func:`reading_workers`); ``workers``
    sets how many (1 reads them in this process).

    Raises:
        SourceError: For the first path that cannot be used.
    """
    with _collector_paused():
        return settle_currencies(_load([(path, f"s{k + 1}") for k, path in enumerate(paths)], progress, workers))


def reading_workers(paths: Sequence[str | os.PathLike[str]], workers: int | None = None) -> int:
    """How many processes :func:`load_sources` reads ``paths`` with: ``workers`` if given, else one per core (at
    most one per path) when the files add up to :data:`PARALLEL_BYTES` or more; always 1 when this process runs
    other threads (a fork copies their locks, held or not, into the workers), when a path is standard input, or
    where processes cannot be forked."""
    if len(paths) < 2 or workers == 1 or not hasattr(os, "fork") or threading.active_count() > 1:
        return 1
    names = [os.fspath(path) for path in paths]
    if "-" in names:
        return 1
    if workers is None:
        try:
            total = sum(os.stat(name).st_size for name in names)
        except OSError:
            return 1  # a missing or unreadable file: reading it here gives the error its one line
        if total < PARALLEL_BYTES:
            return 1
        workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(workers, len(paths)))


def _load(
    items: Sequence[tuple[str | os.PathLike[str], str]],
    progress: Progress | None,
    workers: int | None,
    scale: float = 1.0,
    cancelled: Callable[[], bool] | None = None,
) -> list[Source]:
    """Read each (path, source id) of ``items`` into a source, in order; ``progress`` fractions run up to ``scale``,
    and ``cancelled`` is polled before each file.

    With more than one worker, this process reads every ``jobs``-th file and forked workers read the others, each
    sending its sources back through a pipe as it finishes them. A file a worker could not use is read again here,
    so its error is raised here, in order; so is a file whose worker died.
    """
    jobs = reading_workers([path for path, _ in items], workers)
    readers: list[_Reader] = []
    try:
        for j in range(1, jobs):
            try:
                readers.append(_Reader(items, range(j, len(items), jobs)))
            except OSError:
                break  # no process or pipe to be had (a limit reached): the files not given out are read here
        owner = {k: reader for reader in readers for k in reader.indices}
        sources = []
        for k, (path, source_id) in enumerate(items):
            if cancelled and cancelled():
                raise Cancelled
            if progress:
                progress(f"reading {os.fspath(path)}", k / max(1, len(items)) * scale)
            source = owner[k].next() if k in owner else None
            sources.append(source or load_source(path, source_id))
        return sources
    finally:
        for reader in readers:
            reader.close()


class _Worker:
    """A forked process that works out ``jobs`` one by one and sends each value back through a pipe: ``next()`` gives
    them in order, None for a job that raised (or for all that are left, once the worker has died)."""

    def __init__(self, jobs: Sequence[Callable[[], object]]) -> None:
        read_end, write_end = os.pipe()
        try:
            self.pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            raise
        if self.pid == 0:  # the worker: do its jobs, send each value back, and leave without any cleanup
            status = 0
            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # ctrl+c is for the process that started it
                os.close(read_end)
                with os.fdopen(write_end, "wb") as out:
                    for job in jobs:
                        try:
                            value = job()
                        except Exception:  # noqa: BLE001 - done again by the parent, which raises it in order
                            value = None
                        pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
                        out.flush()
            except BaseException:  # noqa: BLE001 - the parent stopped listening, or no memory: it does the rest
                status = 1
            finally:
                os._exit(status)
        os.close(write_end)
        self._pipe: BinaryIO | None = os.fdopen(read_end, "rb")

    def next(self) -> object:
        if self._pipe is None:
            return None
        try:
            return pickle.load(self._pipe)
        except Exception:  # noqa: BLE001 - the worker died (killed, out of memory): the parent does the rest
            self.close()
            return None

    def close(self) -> None:
        if self._pipe is not None:
            self._pipe.close()
            self._pipe = None
        if self.pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)  # done already, or no longer wanted
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, 0)
            self.pid = 0


class _Reader(_Worker):
    """A worker that reads some of the files: ``next()`` gives its sources in order, None for a file it could not
    use."""

    def __init__(self, items: Sequence[tuple[str | os.PathLike[str], str]], indices: range) -> None:
        self.indices = indices
        super().__init__([functools.partial(load_source, *items[k]) for k in indices])

    def next(self) -> Source | None:
        source = super().next()
        return source if isinstance(source, Source) else None


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
    with _collector_paused():
        return _compare(sources, options, progress, cancelled)


def _compare(
    sources: Sequence[Source | str | os.PathLike[str]],
    options: CompareOptions,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> Comparison:
    to_read = [(item, f"s{k + 1}") for k, item in enumerate(sources) if not isinstance(item, Source)]
    read = iter(_load(to_read, progress, None, scale=0.5, cancelled=cancelled))
    built = settle_currencies([item if isinstance(item, Source) else next(read) for item in sources])
    ids = [s.id for s in built]
    if len(set(ids)) != len(ids):
        raise OptionsError("two sources share an id; give each source a distinct id")
    if cancelled and cancelled():
        raise Cancelled
    if progress:
        progress("aligning sentences", 0.5)
    worker = _preparing_worker(built)
    try:
        # Which figures are forecasts, capacities, intraday peaks...: read once, for the aligner and the conflicts
        # alike.
        modes = claim_modes(sentence for source in built for sentence in source.sentences)
        links = align(built, AlignOptions(threshold=options.link_threshold), modes=modes) if len(built) > 1 else []
        if cancelled and cancelled():
            raise Cancelled
        if progress:
            progress("finding conflicts", 0.9)
        prepared = worker.next() if worker is not None else None
        if not isinstance(prepared, Prepared):
            prepared = None  # no worker, or it failed: find_conflicts reads the sentences itself
        conflicts = find_conflicts(built, links, modes=modes, prepared=prepared)
    finally:
        if worker is not None:
            worker.close()
    if progress:
        progress("done", 1.0)
    return Comparison(sources=tuple(built), links=tuple(links), conflicts=tuple(conflicts))


def conflicts_worker(sources: Sequence[Source]) -> bool:
    """Whether :func:`compare` reads what the conflict finder needs of ``sources`` (see
    :func:`engine.conflicts.prepare_conflicts`) in a forked worker while this process aligns them: for two sources or
    more with :data:`PARALLEL_SENTENCES` to :data:`PARALLEL_SENTENCES_LIMIT` sentences, where this process may fork
    (see :func:`reading_workers`)."""
    sentences = sum(len(source.sentences) for source in sources)
    return (
        len(sources) > 1
        and hasattr(os, "fork")
        and threading.active_count() == 1
        and PARALLEL_SENTENCES <= sentences <= PARALLEL_SENTENCES_LIMIT
    )


def _preparing_worker(sources: Sequence[Source]) -> _Worker | None:
    """The worker of :func:`conflicts_worker`, started, or None."""
    if not conflicts_worker(sources):
        return None
    try:
        return _Worker([functools.partial(prepare_conflicts, sources)])
    except OSError:
        return None  # no process or pipe to be had: the conflicts are read here
