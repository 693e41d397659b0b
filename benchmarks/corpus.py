"""A reproducible benchmark corpus: N vendors, English and Korean, PDF and DOCX, about ten pages
per document, written from the clause library's own texts (examples and ordinary contract
sentences) arranged as numbered contracts with headers, footers and page numbers.

    python benchmarks/corpus.py OUT --vendors 100 [--pages 10] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NANUM = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
CLAUSES_PER_PAGE = {"en": 16, "ko": 18}


def _texts(lang: str) -> tuple[list[str], list[str]]:
    from analyzer.library import load_library

    lib = load_library()
    clauses = [e.text for e in lib.examples if e.lang == lang]
    ordinary = [n.text for n in lib.negatives if n.lang == lang and len(n.text) > 40]
    return clauses, ordinary


def _contract(rnd: random.Random, lang: str, pages: int, pools: tuple[list[str], list[str]]) -> list[tuple[str, str]]:
    clauses, ordinary = pools
    blocks: list[tuple[str, str]] = []
    n = CLAUSES_PER_PAGE[lang] * pages
    article = 0
    for i in range(n):
        if i % 4 == 0:
            article += 1
            blocks.append(("h", f"제{article}조(계약 조건)" if lang == "ko" else f"{article}. Terms"))
        text = rnd.choice(clauses) if rnd.random() < 0.45 else rnd.choice(ordinary)
        label = "①②③④"[i % 4] if lang == "ko" else f"{article}.{i % 4 + 1}"
        blocks.append(("p", f"{label} {text}"))
    return blocks


def write_pdf(path: Path, blocks: list[tuple[str, str]], header: str, pages: int) -> int:
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self) -> None:
            self.set_font("N", size=8)
            self.cell(0, 6, header, align="R", new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("N", size=8)
            self.cell(0, 5, f"- {self.page_no()} -", align="C")

    pdf = Doc()
    pdf.add_font("N", "", str(NANUM))
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for kind, text in blocks:
        pdf.set_font("N", size=11 if kind == "h" else 10)
        pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    path.write_bytes(bytes(pdf.output()))
    return pdf.page_no()


def write_docx(path: Path, blocks: list[tuple[str, str]], header: str, pages: int) -> int:
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = header
    per_page = max(len(blocks) // pages, 1)
    for i, (kind, text) in enumerate(blocks):
        if kind == "h":
            d.add_paragraph(text, style="Heading 1")
        else:
            d.add_paragraph(text)
        if i and i % per_page == 0 and i < len(blocks) - 1:
            d.add_page_break()
    d.save(path)
    return pages


def build(out: Path, vendors: int, pages: int = 10, seed: int = 7,
          formats: tuple[str, ...] = ("pdf", "docx")) -> list[tuple[Path, int]]:
    """Write the corpus; vendors alternate English and Korean and, in pairs, the formats given
    (("pdf",) gives a PDF-only corpus)."""
    import logging

    logging.getLogger("fontTools").setLevel(logging.ERROR)
    rnd = random.Random(seed)
    pools = {lang: _texts(lang) for lang in ("en", "ko")}
    written = []
    for i in range(vendors):
        lang = "ko" if i % 2 else "en"
        folder = out / f"vendor-{i:05d}"
        folder.mkdir(parents=True, exist_ok=True)
        fmt = formats[(i // 2) % len(formats)]
        blocks = _contract(rnd, lang, pages, pools[lang])
        header = f"Vendor {i:05d} — {'개인정보 처리위탁 계약서' if lang == 'ko' else 'Data Processing Agreement'}"
        path = folder / f"contract.{fmt}"
        n = (write_pdf if fmt == "pdf" else write_docx)(path, blocks, header, pages)
        written.append((path, n))
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--vendors", type=int, default=100)
    ap.add_argument("--pages", type=int, default=10)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    files = build(args.out, args.vendors, args.pages, args.seed)
    print(f"{len(files)} documents, {sum(n for _f, n in files)} pages in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
