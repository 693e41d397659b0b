"""Run a scan's per-document work on a Dask cluster (optional extra `[dask]`).

The same contract as the local pool (pool.run): items in, Outcome objects out, so the scan
gathers an identical report. On each Dask worker a plugin loads the analyzer (library and model)
once; each task then analyses one document in a forked child with the same killable timeout as
locally, so a hanging or crashing parser costs one document, not the worker. A Dask worker that
is lost (its machine dies) has its documents rescheduled by Dask; a document that keeps killing
workers is reported as `worker-crashed`. Documents travel to the workers as bytes, or as paths
when the operator says the workers share the filesystem (`--shared-fs`).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

from distributed.diagnostics.plugin import WorkerPlugin

from .pool import Outcome

PLUGIN_NAME = "pipa-contract-analyzer"


def _settings(analyzer: Any) -> dict[str, Any]:
    return {"as_of": analyzer.as_of, "lang": analyzer.lang, "ocr": analyzer.ocr, "limits": analyzer.limits,
            "use_model": analyzer.scorer is not None, "library_hash": analyzer.library.hash}


class AnalyzerPlugin(WorkerPlugin):
    """Loads the analyzer once per Dask worker."""

    name = PLUGIN_NAME

    def __init__(self, settings: dict[str, Any]):
        self.settings = settings

    def setup(self, worker: Any) -> None:
        from .engine import Analyzer

        s = self.settings
        analyzer = Analyzer.default(as_of=s["as_of"], lang=s["lang"], ocr=s["ocr"], limits=s["limits"],
                                    use_model=s["use_model"])
        if analyzer.library.hash != s["library_hash"]:
            raise RuntimeError("the Dask worker has a different clause library installed "
                               f"({analyzer.library.hash[:12]} instead of {s['library_hash'][:12]}); "
                               "install the same pipa-contract-analyzer version on every worker")
        analyzer.warm()
        worker.pipa_analyzer = analyzer
        worker.pipa_loads = getattr(worker, "pipa_loads", 0) + 1


def _task(key: str, name: str, payload: bytes | None, path: str | None, timeout: float) -> tuple[Any, ...]:
    """Runs on a Dask worker: one document in a killable child process, like the local pool."""
    from distributed import get_worker

    from . import pool
    from .engine import _analyze_in_worker

    analyzer = get_worker().pipa_analyzer
    tmpdir = None
    if path is None:
        tmpdir = tempfile.mkdtemp(prefix="pipa-dask-")
        path = os.path.join(tmpdir, Path(name).name)
        with open(path, "wb") as fh:
            fh.write(payload or b"")
    try:
        for outcome in pool.run(_analyze_in_worker, [(key, path)], state=analyzer, workers=1, timeout=timeout):
            value = outcome.value.slim() if outcome.ok else None
            return (outcome.key, outcome.ok, value, outcome.code, outcome.message, outcome.private_mib)
        return (key, False, None, "internal-error", "the document produced no result", None)
    finally:
        if tmpdir:
            import shutil

            shutil.rmtree(tmpdir, ignore_errors=True)


def _register(client: Any, plugin: AnalyzerPlugin, attempts: int = 3) -> None:
    """Register the plugin, again if a worker dies while the scheduler broadcasts it: the
    scheduler keeps the plugin for the nanny's replacement worker, but the broadcast's failure
    closes the client's call, and a lost worker must not end the scan."""
    import time

    from distributed.comm.core import CommClosedError

    for attempt in range(attempts):
        try:
            client.register_plugin(plugin, name=PLUGIN_NAME)
            return
        except (CommClosedError, OSError):
            if attempt == attempts - 1:
                raise
            time.sleep(1.0 + attempt)


def run(analyzer: Any, items: Iterable[tuple[str, str]], *, scheduler: str | Any, timeout: float,
        shared_fs: bool = False, retries: int = 2) -> Iterator[Outcome]:
    """Analyse (key, path) items on the cluster at `scheduler` (an address or a Client)."""
    from distributed import Client, as_completed
    from distributed.client import FutureCancelledError

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler, set_as_default=False)
    own_client = client is not scheduler
    try:
        _register(client, AnalyzerPlugin(_settings(analyzer)))
        futures = {}
        for key, path in items:
            payload = None if shared_fs else Path(path).read_bytes()
            fut = client.submit(_task, key, Path(path).name, payload, str(path) if shared_fs else None, timeout,
                                key=f"pipa-{key}", retries=retries, pure=False)
            futures[fut] = key
        for fut in as_completed(list(futures)):
            key = futures[fut]
            try:
                rkey, ok, value, code, message, mem = fut.result()
                yield Outcome(rkey, ok, value, code, message, mem)
            except (FutureCancelledError, Exception) as exc:  # noqa: BLE001 - KilledWorker and friends
                name = type(exc).__name__
                code = "worker-crashed" if "KilledWorker" in name or "Cancelled" in name else "internal-error"
                yield Outcome(key, False, None, code, f"the Dask task failed ({name}: {exc})"[:500])
    finally:
        # the plugin stays registered: workers that join later load the analyzer too, and the
        # next scan's registration replaces it
        if own_client:
            client.close()
