"""OCR quality on scans of our own samples: character error rate against the text layer, and
whether the gap statuses of the scanned version equal those of the text version.

    python benchmarks/ocr.py [--keep DIR]

Each sample PDF (English and Korean) and each dev-set PDF is rendered at 200 dpi into an
image-only PDF (a "scan"); the scan is read with --ocr force and compared with the original:
CER = edit distance / length, on text with whitespace removed (OCR spacing in Korean is noise that
the analyzer's Korean features ignore). Needs the [ocr] extra and tesseract-ocr with eng and kor.
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_scan(src: Path, dst: Path, dpi: int = 200) -> int:
    """An image-only PDF of src, one page image per page (no text layer)."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    pdf = pdfium.PdfDocument(str(src))
    out = FPDF(unit="pt")
    for i in range(len(pdf)):
        page = pdf[i]
        w, h = page.get_width(), page.get_height()
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        out.add_page(format=(w, h))
        out.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=w, h=h)
        page.close()
    n = len(pdf)
    pdf.close()
    dst.write_bytes(bytes(out.output()))
    return n


def cer(truth: str, guess: str) -> float:
    from rapidfuzz.distance import Levenshtein

    t = "".join(truth.split())
    g = "".join(guess.split())
    return Levenshtein.distance(t, g) / max(len(t), 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="at most this many PDFs (0: all)")
    args = ap.parse_args(argv)
    import datetime as dt

    import analyzer
    from analyzer.engine import Analyzer, ScanOptions
    from analyzer.extractors.ocr import available

    missing = available()
    if missing:
        print(f"OCR is not available: {missing}", file=sys.stderr)
        return 2
    work = args.keep or Path(tempfile.mkdtemp(prefix="pipa-ocr-"))
    pdfs = sorted(p for p in (ROOT / "samples").rglob("*.pdf") if ".sources" not in p.parts)
    pdfs += sorted((ROOT / "devset" / "synthetic").rglob("*.pdf"))
    if args.limit:
        pdfs = pdfs[: args.limit]
    per_lang: dict[str, list[tuple[int, int]]] = {"en": [], "ko": []}
    text_dir, scan_dir = work / "text", work / "scan"
    t0 = time.perf_counter()
    pages = 0
    for src in pdfs:
        vendor = src.parent.name
        (text_dir / vendor).mkdir(parents=True, exist_ok=True)
        (scan_dir / vendor).mkdir(parents=True, exist_ok=True)
        shutil.copy(src, text_dir / vendor / src.name)
        scan = scan_dir / vendor / src.name
        pages += make_scan(src, scan)
        original = analyzer.extract(src)
        ocred = analyzer.extract(scan, ocr="force")
        t = "".join(original.body.split())
        g = "".join(ocred.body.split())
        from rapidfuzz.distance import Levenshtein

        per_lang[original.lang.value if original.lang.value in per_lang else "en"].append((Levenshtein.distance(t, g), len(t)))
        conf = [p.ocr_confidence for p in ocred.pages if p.ocr]
        print(f"{src.relative_to(ROOT)}: {len(ocred.pages)} page(s), CER {cer(original.body, ocred.body):.2%}, "
              f"mean confidence {sum(conf) / max(len(conf), 1):.0%}")
    ocr_seconds = time.perf_counter() - t0
    for lang, rows in per_lang.items():
        if rows:
            print(f"{lang}: CER {sum(d for d, _n in rows) / sum(n for _d, n in rows):.2%} over {len(rows)} documents")
    print(f"OCR time: {ocr_seconds:.0f} s for {pages} pages ({ocr_seconds / max(pages, 1):.1f} s/page, including the text extraction)")
    as_of = dt.date(2026, 11, 28)
    az = Analyzer.default(as_of=as_of)
    text_report = az.scan([text_dir], ScanOptions(workers=2, as_of=as_of, cache=False))
    az_ocr = Analyzer.default(as_of=as_of, ocr="force")
    scan_report = az_ocr.scan([scan_dir], ScanOptions(workers=2, as_of=as_of, cache=False, timeout=900, ocr="force"))
    same = total = 0
    for v in text_report.vendors:
        other = scan_report.vendor(v.vendor)
        for r in v.requirements:
            total += 1
            same += r.status == other.requirement(r.id).status
    print(f"gap statuses equal between scan and text versions: {same}/{total} = {same / max(total, 1):.1%}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
