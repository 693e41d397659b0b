"""End-to-end throughput of `contract-analyzer scan`, with pdftotext as the baseline.

    python benchmarks/scan.py [--vendors 100] [--pages 10] [--scaling] [--keep DIR]

Generates the benchmark corpus (benchmarks/corpus.py: vendors alternating English/Korean and
PDF/DOCX, about ten pages each), then, each in a fresh process and without the cache:
- scans it with --workers 1 and --workers 2: wall time, pages/s, documents/s, CPU seconds per
  stage (extract, segment, classify, relationship, gaps, report) and the peak RSS of a worker;
- runs poppler's pdftotext over the same PDFs, and a scan of the PDFs alone, for the ratio
  (one process each); then the same over a PDF-only corpus of at least --pdf-pages pages
  (default 1,000, so that start-up does not dominate) scanned with --workers 2, against
  pdftotext in one process. The scan time is that of Analyzer.scan, after the model and
  library are loaded (the load is printed, and a ratio including it);
- with --scaling, scans 1/10, 1/1 and 10/1 of the corpus size to show cost against pages;
- times `contract-analyzer --help` and `library list`, and the model load against a
  one-document scan.
Figures on a shared machine vary between runs: compare the ratios measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_SCAN = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
t0 = time.perf_counter()
from analyzer.engine import Analyzer, ScanOptions
a = Analyzer.default()
t1 = time.perf_counter()
r = a.scan({paths!r}, ScanOptions(workers={workers}, cache=False, timeout=600))
t2 = time.perf_counter()
text = r.to_json()
t3 = time.perf_counter()
print(json.dumps({{"load": t1 - t0, "scan": t2 - t1, "report": t3 - t2, "timings": r.headers["timings"],
                  "errors": len(r.errors), "vendors": len(r.vendors),
                  "worker_max_rss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "parent_max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def run_scan(paths: list[str], workers: int) -> dict:
    code = _SCAN.format(root=str(ROOT), paths=paths, workers=workers)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=7200)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def report_line(label: str, r: dict) -> str:
    t = r["timings"]
    pages, docs = t["pages"], t["documents"]
    stages = ", ".join(f"{k} {v:.1f}s" for k, v in t["stage_cpu_seconds"].items())
    return (f"{label:<26} {pages:>6} pages {docs:>5} docs in {r['scan']:7.1f} s = {pages / r['scan']:6.1f} pages/s, "
            f"{docs / r['scan']:5.2f} docs/s | stage CPU: {stages}, gaps {t['gaps_seconds']:.1f}s, "
            f"report {r['report']:.1f}s | worker private memory max {t.get('worker_private_mib_max') or 0:.0f} MiB "
            f"(peak RSS {r['worker_max_rss_mib']:.0f} MiB incl. pages shared with the parent), parent {r['parent_max_rss_mib']:.0f} MiB")


def _pdf_corpus(work: Path, min_pages: int, pages: int) -> tuple[Path, list[Path]]:
    """A PDF-only corpus (English and Korean) of at least `min_pages` pages, built once in work."""
    from benchmarks.corpus import build

    folder = work / f"pdf-only-{min_pages}"
    if folder.exists():
        pdfs = sorted(folder.rglob("contract.pdf"))
        if pdfs:
            return folder, pdfs
    vendors = max(2, -(-min_pages // max(pages - 2, 1)))  # a ten-page contract comes out at about 8.5 pages
    while True:
        files = build(folder, vendors, pages, seed=13, formats=("pdf",))
        total = sum(n for _p, n in files)
        if total >= min_pages:
            return folder, [p for p, _n in files]
        shutil.rmtree(folder)
        vendors += -(-(min_pages - total) // max(pages - 2, 1)) + 1


def time_command(args: list[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "analyzer", *args], cwd=ROOT, capture_output=True, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--vendors", type=int, default=100)
    ap.add_argument("--pages", type=int, default=10)
    ap.add_argument("--scaling", action="store_true", help="also scan 1/10 and 10x the corpus")
    ap.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    ap.add_argument("--pdf-pages", type=int, default=1000,
                    help="PDF pages for the 2-worker ratio against pdftotext (0: skip it)")
    args = ap.parse_args(argv)

    from benchmarks.corpus import build

    work = args.keep or Path(tempfile.mkdtemp(prefix="pipa-scan-bench-"))
    try:
        corpus = work / "corpus"
        if not corpus.exists():
            files = build(corpus, args.vendors, args.pages)
        else:
            files = [(p, 0) for p in sorted(corpus.rglob("contract.*"))]
        pdfs = [str(p) for p, _n in files if p.suffix == ".pdf"]
        pdf_dir = work / "pdf-only"
        if not pdf_dir.exists():
            pdf_dir.mkdir()
            for p in pdfs:
                dst = pdf_dir / Path(p).parent.name
                dst.mkdir(exist_ok=True)
                shutil.copy(p, dst / "contract.pdf")
        print(f"corpus: {len(files)} documents (EN/KO, PDF/DOCX) in {corpus}")
        r1 = run_scan([str(corpus)], 1)
        print(report_line("scan --workers 1", r1))
        r2 = run_scan([str(corpus)], 2)
        print(report_line("scan --workers 2", r2))
        print(f"scaling 1 -> 2 workers: {r1['scan'] / r2['scan']:.2f}x")
        if shutil.which("pdftotext"):
            t0 = time.perf_counter()
            for p in pdfs:
                subprocess.run(["pdftotext", "-q", p, "-"], stdout=subprocess.DEVNULL, check=True)
            base = time.perf_counter() - t0
            rp = run_scan([str(pdf_dir)], 1)
            pages = rp["timings"]["pages"]
            print(f"pdftotext baseline         {pages:>6} pages in {base:7.1f} s = {pages / base:6.1f} pages/s")
            print(report_line("scan PDFs --workers 1", rp))
            print(f"PDF end to end / pdftotext (1 process each): {rp['scan'] / base:.2f}x "
                  f"({pages} PDF pages; the scan after loading the model and library, {rp['load']:.1f} s)")
            if args.pdf_pages:
                big, big_pdfs = _pdf_corpus(work, args.pdf_pages, args.pages)
                t0 = time.perf_counter()
                for p in big_pdfs:
                    subprocess.run(["pdftotext", "-q", str(p), "-"], stdout=subprocess.DEVNULL, check=True)
                base2 = time.perf_counter() - t0
                r2p = run_scan([str(big)], 2)
                pages2 = r2p["timings"]["pages"]
                print(f"pdftotext baseline, 1 proc {pages2:>6} pages in {base2:7.1f} s = {pages2 / base2:6.1f} pages/s "
                      f"({len(big_pdfs)} PDF-only documents)")
                print(report_line("scan PDFs --workers 2", r2p))
                print(f"PDF end to end with --workers 2 / pdftotext in 1 process, {pages2} PDF pages: "
                      f"{r2p['scan'] / base2:.2f}x (the scan after loading the model and library); "
                      f"{(r2p['load'] + r2p['scan']) / base2:.2f}x with the load ({r2p['load']:.1f} s)")
        else:
            print("pdftotext not found (apt-get install poppler-utils): no baseline")
        if args.scaling:
            for factor in (0.1, 10):
                n = max(1, int(args.vendors * factor))
                sub = work / f"corpus-{n}"
                if not sub.exists():
                    build(sub, n, args.pages, seed=11)
                print(report_line(f"scaling: {n} vendors, w=2", run_scan([str(sub)], 2)))
        print(f"startup: contract-analyzer --help {time_command(['--help']):.2f} s, "
              f"library list {time_command(['library', 'list']):.2f} s")
        one = work / "one"
        if not one.exists():
            build(one, 1, args.pages, seed=3)
        r = run_scan([str(one)], 1)
        total = r["load"] + r["scan"] + r["report"]
        print(f"one-document scan: model and library load {r['load']:.2f} s of {total:.2f} s total "
              f"({100 * r['load'] / total:.0f}%)")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
