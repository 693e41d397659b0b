"""The Dask backend: the same report as the local pool, timeouts that behave as locally, and
documents sent as bytes or read from a shared filesystem. Runs against a LocalCluster with two
worker processes."""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.engine import Analyzer, ScanOptions
from conftest import SAMPLES
from test_scan import EN_PROCESSOR, _body, _tree

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.slow
AS_OF = dt.date(2026, 11, 28)


@pytest.fixture(scope="module")
def client():
    """Budget: about 10 s to start two worker processes and load the analyzer on each."""
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                       silence_logs=40)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def az():
    return Analyzer.default(as_of=AS_OF)


@pytest.mark.parametrize("shared_fs", [False, True])
def test_dask_report_equals_the_local_report(client, az, shared_fs):
    local = az.scan([SAMPLES], ScanOptions(workers=2, as_of=AS_OF, cache=False))
    remote = az.scan([SAMPLES], ScanOptions(backend="dask", scheduler=client, shared_fs=shared_fs, as_of=AS_OF,
                                            cache=False))
    assert _body(remote) == _body(local)
    assert remote.headers["options"]["backend"] == "dask"


def test_model_and_library_load_once_per_worker(client, az, tmp_path):
    root = _tree(tmp_path / "scan", {f"v{i}/dpa.txt": EN_PROCESSOR + f"\nClause {i}.\n" for i in range(8)})
    loads = lambda: client.run(lambda dask_worker: getattr(dask_worker, "pipa_loads", 0))  # noqa: E731
    before = loads()
    report = az.scan([root], ScanOptions(backend="dask", scheduler=client, as_of=AS_OF, cache=False))
    after = loads()
    assert len(report.vendors) == 8
    assert len(after) == 2 and all(after[w] - before.get(w, 0) == 1 for w in after)


def test_timeouts_are_reported_like_local_ones(client, az, tmp_path):
    root = _tree(tmp_path / "scan", {"a/dpa.txt": EN_PROCESSOR, "b/dpa.txt": EN_PROCESSOR + "\nMore.\n"})
    report = az.scan([root], ScanOptions(backend="dask", scheduler=client, as_of=AS_OF, cache=False, timeout=0.001))
    assert sorted((e.path, e.code, e.stage) for e in report.errors) == [("a/dpa.txt", "timeout", "worker"),
                                                                      ("b/dpa.txt", "timeout", "worker")]


@pytest.mark.parametrize("delay", [0.3, 2.0], ids=["while-registering", "while-analysing"])
def test_a_lost_worker_is_replaced_and_its_documents_retried(client, az, tmp_path, delay):
    """Killed while the scheduler broadcasts the analyzer plugin, or in the middle of the tasks."""
    import os
    import signal
    import threading
    import time

    root = _tree(tmp_path / "scan", {f"v{i:02d}/dpa.txt": EN_PROCESSOR + f"\nClause {i} of the schedule.\n" for i in range(40)})
    local = az.scan([root], ScanOptions(workers=2, as_of=AS_OF, cache=False))
    pids = client.run(os.getpid)
    victim = sorted(pids.values())[0]
    killed = threading.Event()

    def kill_soon():
        time.sleep(delay)
        os.kill(victim, signal.SIGKILL)
        killed.set()

    threading.Thread(target=kill_soon, daemon=True).start()
    remote = az.scan([root], ScanOptions(backend="dask", scheduler=client, as_of=AS_OF, cache=False))
    assert killed.wait(10)
    assert _body(remote) == _body(local)
    client.wait_for_workers(2, timeout=60)
