"""Reading what the conflict finder needs of the sentences in a second process while the aligner runs: the same
conflicts as reading it after the aligner, in this process; and this process does it itself when the worker fails."""

from __future__ import annotations

import importlib
import os
import pickle
import threading
from collections.abc import Callable, Iterator

import pytest

from engine.align import align
from engine.compare import compare, load_sources
from engine.conflicts import claim_modes, find_conflicts, prepare_conflicts
from engine.models import Comparison, Source
from tests.conftest import SEEDS
from tests.labelled import ROOT, load_cases

compare_module = importlib.import_module("engine.compare")  # the module, not the function the package exports

# Cases whose conflicts include a breakdown set against a total ("four foreign nationals, including two Turkish" (6 in
# all) against another count; "212 passengers and 18 crew" against "241"): the parts come back from the worker as
# copies of the sentence's claims.
BREAKDOWN_CASES = [("cases5", "hotel-fire-tbilisi"), ("cases10", "bohol-ferry-capsize")]


def _case_sources(set_name: str, case_name: str) -> list[Source]:
    case = next(c for c in load_cases(ROOT / "tests" / "data" / set_name) if c.name == case_name)
    return load_sources(case.paths)


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts the processes this process forks."""
    real_fork = os.fork
    started: list[int] = []

    def counted() -> int:
        started.append(1)
        return real_fork()

    monkeypatch.setattr(os, "fork", counted)
    yield started


def _here(sources: list[Source], monkeypatch: pytest.MonkeyPatch) -> Comparison:
    with monkeypatch.context() as patch:
        patch.setattr(compare_module, "PARALLEL_SENTENCES", 10**9)
        return compare(sources)


@pytest.mark.parametrize(("set_name", "case_name"), BREAKDOWN_CASES)
def test_a_worker_finds_the_same_conflicts(
    set_name: str, case_name: str, monkeypatch: pytest.MonkeyPatch, forks: list[int]
) -> None:
    sources = _case_sources(set_name, case_name)
    here = _here(sources, monkeypatch)
    assert not forks
    assert any("in all" in c.why for c in here.conflicts)  # a breakdown's sum is among them
    monkeypatch.setattr(compare_module, "PARALLEL_SENTENCES", 0)
    assert compare(sources) == here
    assert len(forks) == 1


def test_readings_copied_from_another_process_give_the_same_conflicts() -> None:
    sources = _case_sources(*BREAKDOWN_CASES[0])
    modes = claim_modes(sentence for source in sources for sentence in source.sentences)
    links = align(sources, modes=modes)
    copied = pickle.loads(pickle.dumps(prepare_conflicts(sources)))
    found = find_conflicts(sources, links, modes=modes)
    assert found
    assert find_conflicts(sources, links, modes=modes, prepared=copied) == found


def _raises() -> None:
    raise MemoryError


def _dies() -> None:
    os._exit(9)  # killed, out of memory...


@pytest.mark.parametrize("fail", [_raises, _dies], ids=["raises", "dies"])
def test_a_worker_that_fails_leaves_the_conflicts_to_this_process(
    fail: Callable[[], None], monkeypatch: pytest.MonkeyPatch, forks: list[int]
) -> None:
    sources = _case_sources(*BREAKDOWN_CASES[1])
    here = _here(sources, monkeypatch)
    parent = os.getpid()

    def fails_in_a_worker(given: list[Source]) -> object:
        if os.getpid() != parent:
            fail()
        raise AssertionError("prepared in the worker only")

    monkeypatch.setattr(compare_module, "prepare_conflicts", fails_in_a_worker)
    monkeypatch.setattr(compare_module, "PARALLEL_SENTENCES", 0)
    assert compare(sources) == here
    assert len(forks) == 1


def test_no_worker_for_a_small_comparison_one_source_or_while_other_threads_run(
    monkeypatch: pytest.MonkeyPatch, forks: list[int]
) -> None:
    seeds = load_sources(SEEDS)
    assert sum(len(s.sentences) for s in seeds) < compare_module.PARALLEL_SENTENCES
    compare(seeds)
    assert not forks
    monkeypatch.setattr(compare_module, "PARALLEL_SENTENCES", 0)
    compare(seeds[:1])
    assert not forks
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        compare(seeds)  # a fork would copy that thread's locks, held or not
    finally:
        stop.set()
        other.join()
    assert not forks
    compare(seeds)
    assert len(forks) == 1


def test_no_worker_above_the_limit(monkeypatch: pytest.MonkeyPatch, forks: list[int]) -> None:
    seeds = load_sources(SEEDS)
    monkeypatch.setattr(compare_module, "PARALLEL_SENTENCES", 0)
    monkeypatch.setattr(compare_module, "PARALLEL_SENTENCES_LIMIT", sum(len(s.sentences) for s in seeds) - 1)
    compare(seeds)
    assert not forks
    monkeypatch.setattr(compare_module, "PARALLEL_SENTENCES_LIMIT", sum(len(s.sentences) for s in seeds))
    compare(seeds)
    assert len(forks) == 1
