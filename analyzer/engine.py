"""The Analyzer: holds the clause library (and the model, when loaded) and analyses documents,
vendors and whole folders. A batch is composition over the single-document path: each document
is analysed alone (in a worker process for scans), and a failing file becomes an entry in the
report's errors while the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from . import __version__
from .errors import AnalyzerError
from .findings import DocumentResult
from .gaps import DocumentFindings, requirement_results
from .library import Library
from .limits import Limits
from .relationship import Declared, VendorRelationship, document_signals, infer
from .report import DocumentEntry, ErrorEntry, ScanReport, SkippedEntry, VendorReport
from .types import Document, Lang

SEVERITY_ORDER = ("low", "medium", "high", "critical")


@dataclass(frozen=True)
class ScanOptions:
    """Everything a scan can be told; the CLI maps its flags onto this one object."""

    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    timeout: float = 120.0
    as_of: dt.date | None = None  # default: today
    lang: str = "auto"  # auto | en | ko: the contracts' language (auto detects per segment)
    vendors_file: str | None = None
    fail_on: str | None = None  # a severity; gaps at or above it make the CLI exit 1
    limits: Limits = field(default_factory=Limits)
    use_model: bool = True
    progress: bool = False
    ocr: str = "off"  # off | auto (pages without a text layer) | force (every PDF page); needs the [ocr] extra
    backend: str = "local"  # local (worker processes here) | dask (a Dask cluster; the [dask] extra)
    scheduler: Any = None  # for dask: the scheduler address (tcp://host:8786) or a distributed.Client
    shared_fs: bool = False  # for dask: workers read the files from the same paths instead of receiving bytes
    cache: bool = True  # reuse results of unchanged documents (see analyzer/cache.py)
    cache_dir: str | None = None  # default: $XDG_CACHE_HOME/pipa-contract-analyzer or ~/.cache/...

    def resolved_as_of(self) -> dt.date:
        return self.as_of or dt.date.today()


class Analyzer:
    """Analyse contracts against the PIPA clause library.

    `Analyzer.default()` loads the shipped library and model; the constructor does no I/O, so
    tests and tools can pass their own library or scorer.
    """

    def __init__(self, library: Library, scorer: Any = None, *, as_of: dt.date | None = None,
                 limits: Limits | None = None, lang: str = "auto", model_info: dict[str, Any] | None = None,
                 ocr: str = "off"):
        self.library = library
        self.ocr = ocr
        self.scorer = scorer
        self.as_of = as_of or dt.date.today()
        self.limits = limits or Limits()
        self.lang = lang
        self.model_info = model_info or {}

    @classmethod
    def default(cls, *, as_of: dt.date | None = None, limits: Limits | None = None, lang: str = "auto",
                use_model: bool = True, ocr: str = "off") -> "Analyzer":
        from .library import load_library

        library = load_library()
        scorer = None
        info: dict[str, Any] = {}
        if use_model:
            from .classify.model import load_model

            loaded = load_model(library)
            if loaded is not None:
                scorer, info = loaded, loaded.card_summary()
        return cls(library, scorer, as_of=as_of, limits=limits, lang=lang, model_info=info, ocr=ocr)

    # ------------------------------------------------------------------------------ documents

    def analyze_file(self, path: str | os.PathLike[str]) -> DocumentResult:
        from . import extract

        t0 = time.perf_counter()
        document = extract(path, limits=self.limits, ocr=self.ocr)
        t1 = time.perf_counter()
        result = self.analyze_document(document)
        result.timings["extract"] = t1 - t0
        return result

    def analyze_text(self, text: str, *, lang: str | None = None, name: str = "text") -> DocumentResult:
        """Analyse contract text given directly (e.g. pasted clauses); blank lines separate paragraphs."""
        from .extractors.builder import RawBlock, build_document, sha256_bytes
        from .extractors.text import plain_blocks

        blocks: list[RawBlock] = plain_blocks(text)
        doc = build_document(path=name, sha256=sha256_bytes(text.encode("utf-8")), fmt="text", body=blocks, page_count=text.count("\f") + 1)
        analyzer = self if not lang else replace_lang(self, lang)
        return analyzer.analyze_document(doc)

    def analyze_document(self, document: Document) -> DocumentResult:
        from . import segment
        from . import overrides
        from .classify.combine import context_of, exemptions, findings, out_of_scope

        t0 = time.perf_counter()
        segments = segment(document)
        if self.lang in ("en", "ko"):
            forced = Lang(self.lang)
            segments = [replace(s, lang=forced) for s in segments]
        t1 = time.perf_counter()
        ocr_pages = frozenset(p.number for p in document.pages if p.ocr)
        found = findings(self.library, segments, self.as_of, self.scorer, ocr_pages=ocr_pages)
        replaced = overrides.find(segments, found, context_of)
        t2 = time.perf_counter()
        signals = document_signals(segments)
        t3 = time.perf_counter()
        return DocumentResult(
            path=document.path, sha256=document.sha256, format=document.format, lang=document.lang.value,
            pages=len(document.pages), segments=tuple(segments), findings=tuple(found), signals=tuple(signals),
            warnings=document.warnings, ocr_pages=tuple(sorted(ocr_pages)),
            exemptions=exemptions(self.library, segments, self.as_of), overrides=replaced, lang_chars=_lang_chars(segments),
            precedence=overrides.precedence(segments), scope=out_of_scope(self.library, segments),
            timings={"segment": t1 - t0, "classify": t2 - t1, "relationship": t3 - t2},
        )

    # -------------------------------------------------------------------------------- vendors

    def vendor_report(self, name: str, documents: Sequence[tuple[str, DocumentResult]],
                      declared: Declared | None = None, duplicates: dict[str, str] | None = None) -> VendorReport:
        duplicates = duplicates or {}
        relationship = infer(((p, s) for p, d in documents for s in d.signals), declared)
        lang = _majority_lang(d for _p, d in documents)
        results = requirement_results(self.library, [DocumentFindings(p, d) for p, d in documents], relationship,
                                      self.as_of, lang)
        entries = [DocumentEntry(p, d.sha256, d.format, d.lang, d.pages, d.n_segments, d.warnings,
                                 duplicates.get(p), d.ocr_pages) for p, d in documents]
        return VendorReport(name, tuple(sorted(entries, key=lambda e: e.path)), relationship, tuple(results), lang,
                            relationship.countries)

    def analyze_vendor(self, name: str, paths: Iterable[str | os.PathLike[str]],
                       relationship: Declared | VendorRelationship | None = None) -> VendorReport:
        """Analyse one vendor's documents in this process (no worker pool); errors propagate."""
        docs = []
        for p in paths:
            docs.append((Path(p).name, self.analyze_file(p)))
        declared = relationship
        if isinstance(relationship, VendorRelationship):
            declared = Declared(relationship.role, relationship.overseas, relationship.countries, relationship.pseudonymised)
        return self.vendor_report(name, docs, declared)  # type: ignore[arg-type]

    # ----------------------------------------------------------------------------------- scan

    def scan(self, paths: Sequence[str | os.PathLike[str]], options: ScanOptions | None = None) -> ScanReport:
        from . import pool
        from .vendors import group, read_manifest

        options = options or ScanOptions()
        started = time.perf_counter()
        warm_seconds = 0.0
        manifest = read_manifest(options.vendors_file) if options.vendors_file else None
        grouping = group(list(paths), manifest)
        errors: list[ErrorEntry] = []
        skipped: list[SkippedEntry] = list(grouping.skipped)

        # Identical files (same sha256) are analysed once and referenced. Files are read and
        # hashed lazily, as the workers ask for work, so the workers (forked first) stay small.
        from .extractors.builder import sha256_bytes
        from .extractors import read_bytes

        jobs: dict[str, str] = {}  # sha -> first rel path
        file_sha: dict[str, str] = {}
        results: dict[str, DocumentResult] = {}
        failed: dict[str, ErrorEntry] = {}  # sha -> the error its content gave
        warnings = list(grouping.warnings)
        cache = self._cache(options)
        if cache is not None and cache.warning:
            warnings.append(cache.warning)
        counts = {"analysed": 0, "from_cache": 0}
        # one step per file, whether analysed, read from the cache, a duplicate or unreadable
        progress = _Progress(sum(len(spec.files) for spec in grouping.vendors), enabled=options.progress)

        def todo() -> Iterator[tuple[str, str]]:
            for spec in grouping.vendors:
                for f, rel in zip(spec.files, spec.rel_paths):
                    try:
                        data = read_bytes(f, options.limits)
                    except AnalyzerError as exc:
                        errors.append(ErrorEntry(rel, "extract", exc.code, exc.message))
                        progress.step(rel)
                        continue
                    sha = sha256_bytes(data)
                    del data
                    file_sha[rel] = sha
                    if sha in jobs:
                        progress.step(rel)
                        continue
                    jobs[sha] = rel
                    hit = cache.get(sha) if cache is not None else None
                    if isinstance(hit, DocumentResult):
                        results[sha] = hit
                    elif isinstance(hit, ErrorEntry):
                        failed[sha] = hit
                    if hit is not None:
                        counts["from_cache"] += 1
                        progress.step(rel)
                    else:
                        counts["analysed"] += 1
                        if counts["analysed"] == 1:
                            # compiled only when there is work: a re-scan served from the cache skips it
                            nonlocal warm_seconds
                            t0 = time.perf_counter()
                            self.warm()
                            warm_seconds = time.perf_counter() - t0
                        yield sha, str(f)

        t_work = time.perf_counter()
        worker_private_max: float | None = None
        if options.backend == "dask":
            from . import dask_backend

            if options.scheduler is None:
                raise ValueError("the dask backend needs a scheduler address (--scheduler tcp://host:port)")
            outcomes = dask_backend.run(self, todo(), scheduler=options.scheduler, timeout=options.timeout,
                                        shared_fs=options.shared_fs)
        elif options.backend == "local":
            outcomes = pool.run(_analyze_in_worker, todo(), state=self, workers=options.workers, timeout=options.timeout)
        else:
            raise ValueError(f"unknown backend {options.backend!r} (local or dask)")
        for outcome in outcomes:
            rel = jobs[outcome.key]
            if outcome.private_mib is not None:
                worker_private_max = max(worker_private_max or 0.0, outcome.private_mib)
            if outcome.ok:
                slim = outcome.value.slim()
                results[outcome.key] = slim
                if cache is not None:
                    cache.put(outcome.key, slim)  # at once: an interrupted scan resumes from here
            else:
                stage = "worker" if outcome.code in ("timeout", "worker-crashed") else ("analyze" if outcome.code == "internal-error" else "extract")
                entry = ErrorEntry(rel, stage, outcome.code or "internal-error", outcome.message or "")
                failed[outcome.key] = entry
                if cache is not None:
                    cache.put(outcome.key, entry)
            progress.step(rel)
        progress.done()
        # every path with failing content is reported, duplicates included
        for rel, sha in file_sha.items():
            if sha in failed:
                e = failed[sha]
                errors.append(ErrorEntry(rel, e.stage, e.code, e.message))
        if cache is not None and cache.warning and cache.warning not in warnings:
            warnings.append(cache.warning)
        t_gaps = time.perf_counter()

        vendors = []
        for spec in grouping.vendors:
            docs = []
            dups: dict[str, str] = {}
            for rel in spec.rel_paths:
                sha = file_sha.get(rel)
                if sha is None or sha not in results:
                    continue
                first = jobs[sha]
                if first != rel:
                    dups[rel] = first
                docs.append((rel, replace(results[sha], path=rel)))
            if not docs:
                if not any(e.path in spec.rel_paths for e in errors):
                    skipped.append(SkippedEntry(spec.name, "no document could be analysed"))
                continue
            vendors.append(self.vendor_report(spec.name, docs, spec.declared, dups))
        finished = time.perf_counter()
        stage_totals: dict[str, float] = {}
        for r in results.values():
            for k, v in r.timings.items():
                stage_totals[k] = stage_totals.get(k, 0.0) + v
        headers = self._headers(options, paths, {
            "total_seconds": round(finished - started, 3),
            "warm_seconds": round(warm_seconds, 3),
            "hash_seconds": round(t_work - started, 3),
            "analysis_seconds": round(t_gaps - t_work, 3),
            "gaps_seconds": round(finished - t_gaps, 3),
            "stage_cpu_seconds": {k: round(v, 3) for k, v in sorted(stage_totals.items())},
            "documents": len(results),
            "analysed": counts["analysed"],
            "from_cache": counts["from_cache"],
            "worker_private_mib_max": worker_private_max,
            "pages": sum(r.pages for r in results.values()),
        })
        return ScanReport(headers, tuple(vendors), tuple(errors), tuple(skipped), tuple(warnings))

    def cache_key(self) -> dict[str, Any]:
        """Everything besides a file's bytes that changes its result."""
        from dataclasses import asdict

        from .resources import code_hash

        return {"tool": __version__, "code": code_hash(), "library": self.library.hash, "model": (self.model_info or {}).get("sha256"),
                "as_of": self.as_of.isoformat(), "lang": self.lang, "ocr": self.ocr,
                "limits": {k: v for k, v in asdict(self.limits).items() if k != "timeout_seconds"}}

    def _cache(self, options: ScanOptions) -> Any:
        if not options.cache:
            return None
        from .cache import Cache, default_dir

        return Cache.open(Path(options.cache_dir) if options.cache_dir else default_dir(), self.cache_key())

    def warm(self) -> None:
        """Load and compile everything a document needs, once, before workers fork."""
        from . import nlp, relationship

        self.library.warm()
        nlp.pipeline("en")
        nlp.pipeline("ko")
        relationship.warm()

    def _headers(self, options: ScanOptions, paths: Sequence[Any], timings: dict[str, Any]) -> dict[str, Any]:
        return {
            "tool": {"name": "pipa-contract-analyzer", "version": __version__},
            "library": {"version": self.library.version, "hash": self.library.hash},
            "model": dict(self.model_info) if self.model_info else None,
            "as_of": self.as_of.isoformat(),
            "generated_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
            "options": {
                "paths": [str(p) for p in paths],
                "workers": options.workers,
                "timeout": options.timeout,
                "lang": options.lang,
                "vendors_file": options.vendors_file,
                "fail_on": options.fail_on,
                "ocr": self.ocr,
                "use_model": self.scorer is not None,
                "backend": options.backend,
                "shared_fs": options.shared_fs if options.backend == "dask" else None,
            },
            "python": sys.version.split()[0],
            "platform": platform.platform(terse=True),
            "timings": timings,
            "disclaimer": "Automated review aid, not legal advice. / 자동 검토 보조 자료이며 법률 자문이 아닙니다.",
        }


def replace_lang(analyzer: Analyzer, lang: str) -> Analyzer:
    return Analyzer(analyzer.library, analyzer.scorer, as_of=analyzer.as_of, limits=analyzer.limits, lang=lang,
                    model_info=analyzer.model_info, ocr=analyzer.ocr)


def _analyze_in_worker(analyzer: Analyzer, path: str) -> DocumentResult:
    # The scan keeps only the slim result: sending the segments to the parent would cost
    # pickling them, the pipe, and unpickling them there, for every document.
    return analyzer.analyze_file(path).slim()


def _lang_chars(segments: Sequence[Any]) -> dict[str, int]:
    weight = {"en": 0, "ko": 0}
    for s in segments:
        if s.lang.value in weight:
            weight[s.lang.value] += len(s.text)
    return weight


def _majority_lang(docs: Iterable[DocumentResult]) -> str:
    weight = {"en": 0, "ko": 0}
    for d in docs:
        counts = d.lang_chars or _lang_chars(d.segments)
        if not any(counts.values()) and d.lang in weight:
            counts = {d.lang: 1}
        for k, v in counts.items():
            weight[k] = weight.get(k, 0) + v
    return "ko" if weight["ko"] > weight["en"] else "en"


class _Progress:
    """A one-line progress counter on stderr, only when it is a terminal."""

    def __init__(self, total: int, *, enabled: bool):
        self.total = total
        self.n = 0
        self.enabled = enabled and sys.stderr.isatty()
        self.t0 = time.monotonic()

    def step(self, name: str) -> None:
        self.n += 1
        if self.enabled:
            rate = self.n / max(time.monotonic() - self.t0, 1e-6)
            sys.stderr.write(f"\r{self.n}/{self.total} documents ({rate:.1f}/s) {name[:50]:<50}")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


def gaps_at_or_above(report: ScanReport, severity: str) -> int:
    threshold = SEVERITY_ORDER.index(severity)
    return sum(1 for v in report.vendors for r in v.requirements
               if r.status in ("weak", "missing") and SEVERITY_ORDER.index(r.severity) >= threshold)
