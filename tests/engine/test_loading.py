"""Reading several files: side by side in worker processes when they are large, with the same sources and the same
one-line errors as reading them one after another."""

from __future__ import annotations

import importlib
import os
import threading
from pathlib import Path

import pytest

from engine.compare import compare, load_sources, reading_workers
from engine.errors import SourceBinary, SourceNotFound
from tests.conftest import SEEDS

compare_module = importlib.import_module("engine.compare")  # the module, not the function the package exports
CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def test_workers_read_the_same_sources_as_this_process() -> None:
    alone = load_sources(SEEDS, workers=1)
    side_by_side = load_sources(SEEDS, workers=2)
    assert [s.id for s in side_by_side] == ["s1", "s2"]
    assert side_by_side == alone
    assert sum(len(s.claims) for s in side_by_side) > 0


def test_compare_reads_large_files_side_by_side_with_the_same_result(monkeypatch: pytest.MonkeyPatch) -> None:
    serial = compare(load_sources(SEEDS, workers=1))
    monkeypatch.setattr(compare_module, "PARALLEL_BYTES", 0)
    assert reading_workers(SEEDS) == min(2, CORES)
    assert compare(SEEDS) == serial


def test_small_files_are_read_here() -> None:
    assert sum(os.stat(p).st_size for p in SEEDS) < compare_module.PARALLEL_BYTES
    assert reading_workers(SEEDS) == 1


def test_large_files_get_one_worker_per_core_up_to_one_per_file(tmp_path: Path) -> None:
    paths = []
    for k in range(3):
        path = tmp_path / f"{k}.txt"
        path.write_text("The river rose by two metres overnight, officials said.\n" * 1200, encoding="utf-8")
        paths.append(str(path))
    assert reading_workers(paths) == min(3, CORES)
    assert reading_workers(paths, workers=8) == 3
    assert reading_workers(paths[:1], workers=8) == 1


def test_no_workers_for_standard_input_or_while_other_threads_run() -> None:
    assert reading_workers([SEEDS[0], "-"], workers=2) == 1
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert reading_workers(SEEDS, workers=2) == 1  # a fork would copy that thread's locks, held or not
    finally:
        stop.set()
        other.join()
    assert reading_workers(SEEDS, workers=2) == 2


def test_an_error_in_a_worker_names_the_file_and_the_problem(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(SourceNotFound) as caught:
        load_sources([SEEDS[0], missing], workers=2)
    assert str(caught.value) == f"{missing}: no such file"
    assert caught.value.path == str(missing)
    assert caught.value.problem == "no such file"

    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    with pytest.raises(SourceBinary) as binary:
        load_sources([SEEDS[0], pdf], workers=2)
    assert str(binary.value).startswith(f"{pdf}: ")


def test_the_first_file_in_order_that_fails_is_named(tmp_path: Path) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    with pytest.raises(SourceNotFound, match="first.txt"):
        load_sources([first, SEEDS[0], second], workers=2)


def test_a_worker_that_dies_leaves_its_files_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    here = os.getpid()
    real = compare_module.load_source

    def dies_in_a_worker(path: str, source_id: str) -> object:
        if os.getpid() != here:
            os._exit(9)  # killed, out of memory...
        return real(path, source_id)

    monkeypatch.setattr(compare_module, "load_source", dies_in_a_worker)
    assert load_sources(SEEDS, workers=2) == load_sources(SEEDS, workers=1)


def test_files_no_worker_could_be_started_for_are_read_here(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    paths = []
    for k, seed in enumerate([*SEEDS, *SEEDS]):
        path = tmp_path / f"{k}.txt"
        path.write_text(Path(seed).read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(str(path))
    real_fork = os.fork
    forks = []

    def fork_once() -> int:
        forks.append(1)
        if len(forks) > 1:
            raise BlockingIOError(11, "Resource temporarily unavailable")  # a process limit reached
        return real_fork()

    monkeypatch.setattr(os, "fork", fork_once)
    assert load_sources(paths, workers=4) == load_sources(paths, workers=1)
    assert len(forks) == 2


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_it_was_found(enabled: bool, tmp_path: Path) -> None:
    """Comparing pauses the cyclic garbage collector and restores it afterwards, after an error too."""
    import gc

    missing = tmp_path / "gone.txt"
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        compare([SEEDS[0], SEEDS[1]])
        assert gc.isenabled() is enabled
        with pytest.raises(SourceNotFound):
            compare([SEEDS[0], missing])
        assert gc.isenabled() is enabled
        load_sources([SEEDS[0]])
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
