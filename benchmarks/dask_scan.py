"""Throughput of the Dask backend against the local pool, on the benchmark corpus.

    python benchmarks/dask_scan.py [--vendors 100] [--workers 2] [--keep DIR]

Starts a LocalCluster (worker processes on this machine, one thread each) and scans the corpus
through it, documents sent as bytes and then read from the shared filesystem; then the same scan
with the local pool. Prints documents and pages per second, and per Dask worker.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--vendors", type=int, default=100)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--keep", type=Path)
    args = ap.parse_args(argv)
    import distributed

    from analyzer.engine import Analyzer, ScanOptions
    from benchmarks.corpus import build

    work = args.keep or Path(tempfile.mkdtemp(prefix="pipa-dask-bench-"))
    corpus = work / "corpus"
    if not corpus.exists():
        build(corpus, args.vendors)
    az = Analyzer.default()
    with distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as cluster, distributed.Client(cluster) as client:
        client.wait_for_workers(args.workers)
        az.scan([corpus / "vendor-00000"], ScanOptions(backend="dask", scheduler=client, cache=False))  # load the analyzer on the workers
        for shared in (False, True):
            t0 = time.perf_counter()
            r = az.scan([corpus], ScanOptions(backend="dask", scheduler=client, shared_fs=shared, cache=False))
            dt = time.perf_counter() - t0
            pages, docs = r.headers["timings"]["pages"], r.headers["timings"]["documents"]
            print(f"dask, {args.workers} workers, {'shared filesystem' if shared else 'bytes sent'}: {docs} docs, "
                  f"{pages} pages in {dt:.1f} s = {docs / dt:.2f} docs/s, {pages / dt:.1f} pages/s "
                  f"({pages / dt / args.workers:.1f} pages/s per worker)")
    t0 = time.perf_counter()
    r = az.scan([corpus], ScanOptions(workers=args.workers, cache=False))
    dt = time.perf_counter() - t0
    pages, docs = r.headers["timings"]["pages"], r.headers["timings"]["documents"]
    print(f"local pool, {args.workers} workers: {docs} docs, {pages} pages in {dt:.1f} s = {docs / dt:.2f} docs/s, "
          f"{pages / dt:.1f} pages/s")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
