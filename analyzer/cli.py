"""The `contract-analyzer` command: argv -> options -> API -> output -> exit code.

A thin layer on purpose: everything it does is available from the Python API. Imports of heavy
libraries happen inside the subcommands, so `--help` and `library list` answer quickly.
Exit codes: 0 done, 1 findings at or above --fail-on (scan) or an invalid library/model,
2 usage or fatal error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from . import __version__


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="contract-analyzer",
        description="Check vendor and seller contracts against the clauses Korea's PIPA requires.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract and segment files; print pages, segments and errors per file")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    ex.add_argument("--segments", action="store_true", help="also print every segment")
    ex.add_argument("--json", action="store_true", help="print one JSON object per file")

    sc = sub.add_parser("scan", help="scan contract files or folders and report per-vendor PIPA gaps",
                        description="Scan files or folders of vendor contracts. Each first-level subfolder is a vendor; "
                                    "a file directly in a scanned folder is a vendor of its own.")
    sc.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to scan")
    sc.add_argument("-o", "--output", metavar="FILE", help="write the report here (atomically) instead of stdout")
    sc.add_argument("--format", choices=["json", "html", "md", "csv"], default="json", help="report format (default: json)")
    sc.add_argument("--report-lang", choices=["en", "ko"], default=None,
                    help="language of the html/md/csv report (default: the contracts' majority language)")
    sc.add_argument("--vendors", metavar="FILE", help="vendors.csv manifest: vendor,role,overseas,country[,paths]")
    sc.add_argument("--workers", type=int, default=None, metavar="N", help="worker processes (default: number of cores)")
    sc.add_argument("--timeout", type=float, default=120.0, metavar="S", help="seconds allowed per document (default: 120)")
    sc.add_argument("--as-of", metavar="YYYY-MM-DD", help="judge against the law in force on this date (default: today)")
    sc.add_argument("--fail-on", choices=["low", "medium", "high", "critical"], default=None,
                    help="exit 1 when any gap (weak or missing) has this severity or higher (default: never)")
    sc.add_argument("--lang", choices=["auto", "en", "ko"], default="auto", help="contract language (default: auto)")
    sc.add_argument("--no-model", action="store_true", help="detect clauses with the library's rules only")
    sc.add_argument("--ocr", choices=["off", "auto", "force"], default="off",
                    help="read scanned PDF pages with tesseract: auto = pages without a text layer (needs the [ocr] extra)")
    sc.add_argument("--backend", choices=["local", "dask"], default="local",
                    help="where documents are analysed: local worker processes, or a Dask cluster (the [dask] extra)")
    sc.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="the Dask scheduler address (with --backend dask)")
    sc.add_argument("--shared-fs", action="store_true",
                    help="with --backend dask: workers read files from the same paths instead of receiving their bytes")
    sc.add_argument("--no-cache", action="store_true", help="analyse every document again (ignore and do not write the cache)")
    sc.add_argument("--cache-dir", metavar="DIR", help="cache folder (default: $XDG_CACHE_HOME or ~/.cache, /pipa-contract-analyzer)")
    sc.add_argument("--max-file-mb", type=float, default=256, metavar="MB", help="largest file read (default: 256)")
    sc.add_argument("--max-pages", type=int, default=2000, metavar="N", help="most PDF pages (default: 2000)")
    sc.add_argument("--max-chars", type=int, default=5_000_000, metavar="N", help="most extracted characters (default: 5,000,000)")
    sc.add_argument("--max-inflated-mb", type=float, default=256, metavar="MB",
                    help="largest inflated size of a DOCX/HWPX package (default: 256)")

    ev = sub.add_parser("evaluate", help="measure the analyzer against labelled vendors (precision, recall, F1)")
    ev.add_argument("folder", metavar="FOLDER", help="the folder of labelled vendors")
    ev.add_argument("--labels", required=True, metavar="FILE", help="labels.json")
    ev.add_argument("--vendors", metavar="FILE", help="vendors.csv manifest")
    ev.add_argument("--as-of", metavar="YYYY-MM-DD", help="default: the labels' as_of, else today")
    ev.add_argument("--workers", type=int, default=None, metavar="N")
    ev.add_argument("--no-model", action="store_true", help="rules only")
    ev.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    ev.add_argument("--disagreements", action="store_true", help="print every pair where label and prediction differ")
    ev.add_argument("--card", metavar="NAME", help="record the summary in the shipped model card under dev_sets.NAME")

    tr = sub.add_parser("train", help="rebuild models/ from clause_library/ (reproducible, fixed seeds)")
    tr.add_argument("--output", metavar="DIR", help="where to write the model and card (default: the installed models/)")
    tr.add_argument("--background", metavar="FILE",
                    help="CUAD master_clauses.csv used as extra English negatives (default: ../shared/corpus copy if present; 'none' to skip)")
    md = sub.add_parser("model", help="check the shipped model against the clause library")
    msub = md.add_subparsers(dest="model_command", metavar="ACTION")
    msub.add_parser("check", help="compare the model card's hashes and versions with the library and installation")

    rp = sub.add_parser("report", help="render a saved JSON report as html, md, csv or json without rescanning")
    rp.add_argument("report", metavar="REPORT.json")
    rp.add_argument("--format", choices=["json", "html", "md", "csv"], default="html")
    rp.add_argument("--report-lang", choices=["en", "ko"], default=None)
    rp.add_argument("-o", "--output", metavar="FILE", help="write here (atomically) instead of stdout")

    lib = sub.add_parser("library", help="validate or list the clause library")
    lsub = lib.add_subparsers(dest="library_command", metavar="ACTION")
    lv = lsub.add_parser("validate", help="check every requirement, example and negative; list all problems")
    lv.add_argument("--path", help="a clause library folder (default: the installed one)")
    ll = lsub.add_parser("list", help="one line per requirement: id, family, kind, severity, example counts")
    ll.add_argument("--path", help="a clause library folder (default: the installed one)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "extract":
            return _cmd_extract(args)
        if args.command == "scan":
            return _cmd_scan(args, parser)
        if args.command == "evaluate":
            return _cmd_evaluate(args, parser)
        if args.command == "report":
            return _cmd_report(args)
        if args.command == "train":
            return _cmd_train(args)
        if args.command == "model":
            if args.model_command == "check":
                return _cmd_model_check(args)
            parser.parse_args(["model", "--help"])
        if args.command == "library":
            if args.library_command == "validate":
                return _cmd_library_validate(args)
            if args.library_command == "list":
                return _cmd_library_list(args)
            parser.parse_args(["library", "--help"])
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except KeyboardInterrupt:
        print("interrupted; documents already analysed are cached, so running the same scan again resumes",
              file=sys.stderr)
        return 2
    return 2


def _iter_files(paths: Sequence[str]) -> list[Path]:
    from .extractors import DOCUMENT_EXTENSIONS

    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not f.is_symlink() and f.suffix.lower() in DOCUMENT_EXTENSIONS and not any(
                    part.startswith(".") for part in f.relative_to(p).parts) and not f.name.startswith("~$"):
                    out.append(f)
        else:
            out.append(p)
    return out


def _cmd_extract(args: argparse.Namespace) -> int:
    import json

    from . import extract, segment
    from .errors import AnalyzerError

    files = _iter_files(args.paths)
    if not files:
        print("no document files found", file=sys.stderr)
        return 2
    for f in files:
        try:
            doc = extract(f)
            segs = segment(doc)
        except AnalyzerError as exc:
            if args.json:
                print(json.dumps({"path": str(f), "error": {"code": exc.code, "message": exc.message}}, ensure_ascii=False))
            else:
                print(f"{f}: error {exc.code}: {exc.message}")
            continue
        if args.json:
            print(json.dumps({"path": str(f), "format": doc.format, "lang": doc.lang.value, "pages": len(doc.pages),
                              "segments": [s.to_dict() for s in segs] if args.segments else len(segs),
                              "warnings": list(doc.warnings)}, ensure_ascii=False))
            continue
        print(f"{f}: {doc.format}, {doc.lang.value}, {len(doc.pages)} page(s), {len(segs)} segment(s)"
              + (f"; warnings: {'; '.join(doc.warnings)}" if doc.warnings else ""))
        if args.segments:
            for s in segs:
                label = f"[{s.clause_number}] " if s.clause_number else ""
                print(f"  p{s.page} {s.start}-{s.end} {label}{s.text[:100]}")
    return 0


def _cmd_library_validate(args: argparse.Namespace) -> int:
    from .errors import LibraryError
    from .library import load_library

    try:
        lib = load_library(args.path, strict=True)
    except LibraryError as exc:
        print(f"clause library: {len(exc.problems)} problem(s)")
        for problem in exc.problems:
            print(f"  - {problem}")
        return 1
    n_ex = len(lib.examples)
    print(f"clause library {lib.version} is valid: {len(lib.requirements)} requirements, {n_ex} examples, "
          f"{len(lib.negatives)} negatives; hash {lib.hash[:12]}")
    return 0


def _cmd_library_list(args: argparse.Namespace) -> int:
    from .errors import LibraryError
    from .library import load_library

    try:
        lib = load_library(args.path)
    except LibraryError as exc:
        print(f"clause library is invalid ({len(exc.problems)} problem(s)); run: contract-analyzer library validate",
              file=sys.stderr)
        return 1
    for r in lib.requirements:
        c = lib.example_counts(r.id)
        print(f"{r.id} {r.family} {r.kind} {r.severity} "
              f"en:met={c['en']['met']},weak={c['en']['weak']} ko:met={c['ko']['met']},weak={c['ko']['weak']}")
    return 0


def _parse_date(value: str | None, parser: argparse.ArgumentParser) -> "object":
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        parser.error(f"--as-of: {value!r} is not a date (YYYY-MM-DD)")
    return None


def _cmd_scan(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    import os

    from .engine import Analyzer, ScanOptions, gaps_at_or_above
    from .errors import AnalyzerError, LibraryError, ModelError
    from .report import write_atomic
    from .vendors import ManifestError

    as_of = _parse_date(args.as_of, parser)
    for p in args.paths:
        if not Path(p).exists() and not Path(p).is_symlink():
            print(f"contract-analyzer: {p}: no such file or folder", file=sys.stderr)
            return 2
    if args.workers is not None and args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.timeout <= 0:
        parser.error("--timeout must be positive")
    from .limits import Limits

    if min(args.max_file_mb, args.max_pages, args.max_chars, args.max_inflated_mb) <= 0:
        parser.error("limits must be positive")
    limits = Limits(max_file_bytes=int(args.max_file_mb * 1024 * 1024), max_pages=args.max_pages,
                    max_chars=args.max_chars, max_inflated_bytes=int(args.max_inflated_mb * 1024 * 1024),
                    timeout_seconds=args.timeout)
    options = ScanOptions(
        workers=args.workers or (os.cpu_count() or 1), timeout=args.timeout, as_of=as_of, lang=args.lang,
        vendors_file=args.vendors, fail_on=args.fail_on, use_model=not args.no_model, progress=True,
        cache=not args.no_cache, cache_dir=args.cache_dir, limits=limits, ocr=args.ocr,
        backend=args.backend, scheduler=args.scheduler, shared_fs=args.shared_fs,
    )
    if args.backend == "dask":
        if not args.scheduler:
            parser.error("--backend dask needs --scheduler tcp://HOST:PORT")
        try:
            import distributed  # noqa: F401
        except ImportError:
            print("contract-analyzer: the dask backend needs pip install 'pipa-contract-analyzer[dask]'", file=sys.stderr)
            return 2
    try:
        analyzer = Analyzer.default(as_of=as_of, lang=args.lang, use_model=not args.no_model, limits=options.limits,
                                    ocr=args.ocr)
        report = analyzer.scan(args.paths, options)
    except ManifestError as exc:
        print(f"contract-analyzer: {exc.path}: invalid vendors manifest:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 2
    except (LibraryError, ModelError) as exc:
        print(f"contract-analyzer: {exc}", file=sys.stderr)
        return 2
    except AnalyzerError as exc:
        print(f"contract-analyzer: {exc}", file=sys.stderr)
        return 2
    from .writers import render

    text = report.to_json() if args.format == "json" else render(report.to_dict(), args.format, args.report_lang)
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    summary = ", ".join(f"{v.vendor}: {v.summary['met']} met / {v.summary['weak']} weak / {v.summary['missing']} missing"
                        for v in report.vendors[:5])
    print(f"scanned {len(report.vendors)} vendor(s), {len(report.errors)} error(s), {len(report.skipped)} skipped"
          + (f"; {summary}" if summary else "") + ("; ..." if len(report.vendors) > 5 else ""), file=sys.stderr)
    if args.fail_on and gaps_at_or_above(report, args.fail_on):
        return 1
    return 0


def _cmd_evaluate(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    import json
    import os

    from .engine import Analyzer, ScanOptions
    from .evaluate import evaluate_report, format_text, keyword_hits, load_labels
    from .report import write_atomic
    from .vendors import read_manifest

    labels = load_labels(args.labels)
    as_of = _parse_date(args.as_of or labels.get("as_of"), parser)
    options = ScanOptions(workers=args.workers or (os.cpu_count() or 1), as_of=as_of, vendors_file=args.vendors,
                          use_model=not args.no_model)
    analyzer = Analyzer.default(as_of=as_of, use_model=not args.no_model)
    report = analyzer.scan([args.folder], options)
    manifest = read_manifest(args.vendors) if args.vendors else None
    results = evaluate_report(report, labels, keyword_hits([args.folder], analyzer.library, manifest))
    print(format_text(results))
    if args.disagreements:
        for d in results["disagreements"]:
            print(f"  {d['vendor']:<28} {d['requirement']:<26} label={d['truth']:<15} predicted={d['predicted']}")
    if args.json:
        write_atomic(args.json, json.dumps(results, ensure_ascii=False, indent=1))
    if args.card:
        from .classify.model import record_dev_set

        record_dev_set(args.card, {
            "folder": args.folder, "labels": args.labels, "as_of": analyzer.as_of.isoformat(),
            "model_used": analyzer.scorer is not None,
            "summary": {name: {lg: {"pairs": t["pairs"], "macro_f1": round(t["macro_f1"], 4),
                                    "accuracy": round(t["accuracy"], 4),
                                    "gap_precision": round(t["gap"]["precision"], 4),
                                    "gap_recall": round(t["gap"]["recall"], 4)}
                                for lg, t in results[name].items()}
                        for name in ("analyzer", "all-missing", "keyword")},
        })
    return 0


DEFAULT_BACKGROUND = "cuad-v1-master_clauses.csv"


def _default_background() -> "Path | None":
    import os

    candidates = []
    if os.environ.get("PIPA_CORPUS"):
        candidates.append(Path(os.environ["PIPA_CORPUS"]) / DEFAULT_BACKGROUND)
    from .resources import library_dir

    candidates.append(library_dir().parent.parent / "shared" / "corpus" / DEFAULT_BACKGROUND)
    candidates.append(Path.cwd().parent / "shared" / "corpus" / DEFAULT_BACKGROUND)
    return next((c for c in candidates if c.exists()), None)


def _cmd_train(args: argparse.Namespace) -> int:
    import time

    from .library import load_library
    from .resources import models_dir
    from .train import train

    t0 = time.perf_counter()
    library = load_library(strict=True)
    if args.background == "none":
        background = None
    elif args.background:
        background = Path(args.background)
        if not background.exists():
            print(f"contract-analyzer: {background}: no such file", file=sys.stderr)
            return 2
    else:
        background = _default_background()
    output = Path(args.output) if args.output else models_dir()
    card = train(library, background_path=background, output=output)
    for lang, info in card["languages"].items():
        m = info["cv"]["macro"]
        print(f"{lang}: {info['sizes']} vocabulary={info['vocabulary']} grouped-CV macro P={m['precision']:.3f} "
              f"R={m['recall']:.3f} F1={m['f1']:.3f} ECE={m['ece']:.3f}")
    print(f"wrote {output} ({card['model_bytes']:,} bytes) in {time.perf_counter() - t0:.1f} s; "
          f"library {card['library']['hash'][:12]}, background {str(card['background_corpus']['sha256'])[:12]}")
    return 0


def _cmd_model_check(args: argparse.Namespace) -> int:
    from .classify.model import FIX, check
    from .library import load_library

    library = load_library()
    result = check(library)
    if result.ok:
        card = result.card or {}
        print(f"model is in step: library {library.hash[:12]}, scikit-learn {card['versions']['scikit-learn']}, "
              f"skops {card['versions'].get('skops')}, sha256 {card['model_sha256'][:12]}")
        return 0
    print("model is out of step:")
    for p in result.problems:
        print(f"  - {p}")
    print(FIX)
    return 1


def _cmd_report(args: argparse.Namespace) -> int:
    import json

    from .report import write_atomic
    from .writers import render

    try:
        data = json.loads(Path(args.report).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"contract-analyzer: {args.report}: cannot read the report ({exc})", file=sys.stderr)
        return 2
    if not isinstance(data, dict) or "vendors" not in data or "format_version" not in data:
        print(f"contract-analyzer: {args.report}: not a scan report", file=sys.stderr)
        return 2
    text = render(data, args.format, args.report_lang)
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    return 0
