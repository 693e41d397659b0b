"""Extraction speed: pages per second for PDF and DOCX, against poppler's pdftotext in the same run.

    python benchmarks/extract.py [--docs 40] [--pages 10] [--keep DIR]

Generates ten-page English and Korean contracts (deterministic text written for this benchmark),
then times `analyzer.extract` over them, and `pdftotext` over the same PDFs. Figures on a noisy
shared machine vary; the ratio measured in one run is what to compare.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NANUM = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")

EN_WORDS = ("supplier company personal data processing shall notify breach within hours security measures "
            "encryption access logs retention destruction sub-processor consent audit agreement term fees "
            "invoice confidential information party obligations liability indemnify governing law notice").split()
KO_WORDS = ("수탁자 위탁자 개인정보 처리 통지 유출 이내 안전성 확보조치 암호화 접속기록 보관 파기 재위탁 "
            "동의 점검 계약 기간 대금 지급 비밀 정보 당사자 의무 손해배상 관할 법원 통보 한다 하여야").split()


def _paragraph(rnd: random.Random, lang: str, n: int) -> str:
    words = KO_WORDS if lang == "ko" else EN_WORDS
    sentences = []
    for _ in range(n):
        s = " ".join(rnd.choice(words) for _ in range(rnd.randint(10, 22)))
        sentences.append(s.capitalize() + ("다." if lang == "ko" else "."))
    return " ".join(sentences)


def make_corpus(out: Path, docs: int, pages: int) -> tuple[list[Path], list[Path]]:
    import docx
    from fpdf import FPDF

    rnd = random.Random(42)
    pdfs, docxs = [], []
    for i in range(docs):
        lang = "ko" if i % 2 else "en"
        pdf = FPDF()
        pdf.add_font("N", "", str(NANUM))
        pdf.set_auto_page_break(False)
        d = docx.Document()
        for p in range(pages):
            pdf.add_page()
            pdf.set_font("N", size=10)
            pdf.cell(0, 6, f"Contract {i} - page {p + 1}", new_x="LMARGIN", new_y="NEXT")
            for k in range(6):
                text = f"{p + 1}.{k + 1} " + _paragraph(rnd, lang, 3)
                pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
                d.add_paragraph(text)
            if p < pages - 1:
                d.add_page_break()
        f = out / f"c{i:04d}.pdf"
        f.write_bytes(bytes(pdf.output()))
        pdfs.append(f)
        g = out / f"c{i:04d}.docx"
        d.save(g)
        docxs.append(g)
    return pdfs, docxs


def bench_extract(files: list[Path]) -> tuple[float, int]:
    import analyzer

    start = time.perf_counter()
    pages = 0
    for f in files:
        pages += len(analyzer.extract(f).pages)
    return time.perf_counter() - start, pages


def bench_pdftotext(files: list[Path]) -> float | None:
    exe = shutil.which("pdftotext")
    if not exe:
        return None
    start = time.perf_counter()
    for f in files:
        subprocess.run([exe, "-q", str(f), "-"], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--pages", type=int, default=10)
    ap.add_argument("--keep", type=Path, help="write the generated corpus here and keep it")
    args = ap.parse_args(argv)
    if not NANUM.exists():
        print("fonts-nanum is needed to generate the Korean PDFs", file=sys.stderr)
        return 2
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="pipa-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        pdfs, docxs = make_corpus(workdir, args.docs, args.pages)
        bench_extract(pdfs[:2])  # warm up imports
        t_pdf, n_pdf = bench_extract(pdfs)
        t_docx, n_docx = bench_extract(docxs)
        t_base = bench_pdftotext(pdfs)
        print(f"corpus: {len(pdfs)} PDF + {len(docxs)} DOCX, {args.pages} pages each (half Korean)")
        print(f"analyzer.extract PDF : {n_pdf} pages in {t_pdf:.2f} s = {n_pdf / t_pdf:.0f} pages/s")
        print(f"analyzer.extract DOCX: {n_docx} pages in {t_docx:.2f} s = {n_docx / t_docx:.0f} pages/s")
        if t_base is not None:
            print(f"pdftotext (baseline) : {n_pdf} pages in {t_base:.2f} s = {n_pdf / t_base:.0f} pages/s")
            print(f"PDF extraction time / pdftotext time = {t_pdf / t_base:.2f}x")
        else:
            print("pdftotext not found (apt-get install poppler-utils) - no baseline")
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
