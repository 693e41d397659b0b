"""The worker pool: items are pulled lazily (so the parent's reading and hashing of files happens
after the workers are forked and only as they free up), and every outcome carries the worker's
private memory so operators can see what a worker really holds."""

from __future__ import annotations

import os
import sys

import pytest

from analyzer import pool

LINUX = sys.platform.startswith("linux")


def _square(state, item):
    return (state, item * item, os.getpid())


def _items(log, n):
    for i in range(n):
        log.append(i)
        yield (f"k{i}", i)


@pytest.mark.parametrize("workers", [1, 2])
def test_items_are_pulled_only_as_workers_free_up(workers):
    log: list[int] = []
    seen_when: list[int] = []
    results = {}
    for outcome in pool.run(_square, _items(log, 6), state="ko", workers=workers, timeout=30):
        # at most one task in flight per worker: the producer never runs ahead of the pool (a
        # freed worker is given its next item before the caller sees the outcome it returned)
        seen_when.append(len(log))
        assert outcome.ok
        results[outcome.key] = outcome.value
    assert sorted(results) == [f"k{i}" for i in range(6)]
    assert all(v[0] == "ko" and v[1] == int(k[1:]) ** 2 for k, v in results.items())
    assert seen_when[0] <= workers + 1
    assert max(n - i for i, n in enumerate(seen_when, start=1)) <= workers
    assert len({v[2] for v in results.values()}) <= workers


def test_nothing_to_do_forks_no_worker(monkeypatch):
    def no_fork(*args, **kwargs):
        raise AssertionError("a worker was started for no work")

    monkeypatch.setattr(pool, "_Worker", no_fork)
    assert list(pool.run(_square, iter(()), state=None, workers=2, timeout=5)) == []
    assert list(pool.run(_square, [], state=None, workers=2, timeout=5)) == []
    assert "state" not in pool._WORKER_STATE


@pytest.mark.skipif(not LINUX, reason="private memory comes from /proc/self/smaps_rollup")
def test_outcomes_carry_the_workers_private_memory():
    outcomes = list(pool.run(_square, [("a", 2), ("b", 3)], state="en", workers=2, timeout=30))
    mems = [o.private_mib for o in outcomes]
    assert all(isinstance(m, float) and 0 < m < 4096 for m in mems), mems
    here = pool.private_mib()
    assert isinstance(here, float) and here > 0
