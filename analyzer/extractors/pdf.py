"""PDF text in reading order: pypdfium2 for the text, pdfplumber only where geometry matters.

pypdfium2 reads the text layer 55-105x faster than pdfplumber and keeps two-column reading order
(see the project's tech notes), and its character boxes give each line's position for free. That
position is enough to drop running headers and footers (lines in the page margins that repeat
across pages, or page numbers), to rebuild paragraphs from wrapped lines (a line that stops short
of the column's right edge ends a paragraph), and to join a paragraph across a page break.
pdfplumber's table finder is slow, so it runs only on pages whose vector graphics suggest a
table grid.
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import ExtractionError
from ..limits import Limits
from ..numbering import ends_in_reference, looks_like_heading as _is_heading, match_label
from ..types import BlockKind, Document, TableCell
from .builder import RawBlock, build_document
from .textquality import garbage_reason

_HYPHEN_MARK = "\ufffe"  # pdfium's marker for a word split by a line-end hyphen
_MARGIN = 0.08  # share of the page height treated as header / footer zone
_PAGE_NUMBER = re.compile(
    r"^\W{0,3}(?:page|p\.|페이지)?\s*\d{1,4}\s*(?:(?:of|/|-|of\s+page)\s*\d{1,4})?\s*(?:쪽|페이지|page)?\W{0,3}$",
    re.IGNORECASE,
)
_PAGE_NUMBER_EDGE = re.compile(
    r"(?:^|\s)(?:-\s?\d{1,4}\s?-|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s?/\s?\d{1,4})\s*$"
    r"|^(?:-\s?\d{1,4}\s?-|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)(?:\s|$)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.:;!?。」』)\]]\s*$|[다함음임됨요]\s*$")


_KEEP_HYPHEN_AFTER = frozenset(
    "non self third sub co cross multi pre post anti inter intra semi well long short full part".split()
)
_MARK_IN_WORD = re.compile(r"(\w+)\ufffe(?=\w)")


def dehyphenate(text: str) -> str:
    """Re-join words pdfium split at a line-end hyphen (marked U+FFFE): "pur\ufffeposes" ->
    "purposes"; common compound prefixes keep their hyphen ("non\ufffeexclusive" -> "non-exclusive")."""
    if _HYPHEN_MARK not in text:
        return text
    text = _MARK_IN_WORD.sub(lambda m: m.group(1) + ("-" if m.group(1).lower() in _KEEP_HYPHEN_AFTER else ""), text)
    return text.replace(_HYPHEN_MARK, "")


@dataclass
class _Line:
    text: str
    page: int
    left: float
    right: float
    top: float  # distance from the page top
    bottom: float
    size: float
    page_height: float
    page_width: float


def extract_pdf(path: str, data: bytes, sha256: str, limits: Limits, ocr: str = "off") -> Document:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            raise ExtractionError("the PDF is encrypted with a password", code="encrypted", path=path) from None
        raise ExtractionError(f"the PDF cannot be parsed ({msg})", code="corrupt", path=path) from None
    try:
        return _extract(pdf, path, data, sha256, limits, ocr)
    finally:
        pdf.close()


def _ocr_lines(page: pdfium.PdfPage, number: int) -> tuple[list[_Line], float]:
    from .ocr import ocr_page, repair_circled

    width, height = page.get_width(), page.get_height()
    found, confidence = ocr_page(page)
    texts = repair_circled([ln.text for ln in found])
    return [
        _Line(text=t, page=number, left=ln.left, right=ln.right, top=ln.top, bottom=ln.bottom, size=ln.height,
              page_height=height, page_width=width)
        for t, ln in zip(texts, found) if t.strip()
    ], confidence


def _extract(pdf: pdfium.PdfDocument, path: str, data: bytes, sha256: str, limits: Limits, ocr: str = "off") -> Document:
    n_pages = len(pdf)
    if n_pages == 0:
        raise ExtractionError("the PDF has no pages", code="empty", path=path)
    if n_pages > limits.max_pages:
        raise ExtractionError(
            f"the PDF has {n_pages} pages, more than the limit of {limits.max_pages}", code="too-large", path=path
        )
    lines: list[_Line] = []
    textless: list[int] = []
    table_pages: list[int] = []
    ocr_pages: dict[int, float] = {}
    missing_ocr: str | None = None
    if ocr in ("auto", "force"):
        from .ocr import available

        missing_ocr = available()
    total_chars = 0
    for index in range(n_pages):
        try:
            page = pdf[index]
        except pdfium.PdfiumError as exc:
            raise ExtractionError(f"page {index + 1} cannot be read ({exc})", code="corrupt", path=path) from None
        try:
            page_lines, has_graphics = _page_lines(page, index + 1)
            if missing_ocr is None and (ocr == "force" or (ocr == "auto" and not page_lines)):
                from .ocr import OcrUnavailable

                try:
                    ocr_lines, confidence = _ocr_lines(page, index + 1)
                except OcrUnavailable as exc:
                    missing_ocr = f"tesseract could not run ({exc})"
                    ocr_lines = []
                if ocr_lines:
                    page_lines, has_graphics = ocr_lines, False
                    ocr_pages[index + 1] = round(confidence, 3)
        finally:
            page.close()
        if not page_lines:
            textless.append(index + 1)
        if has_graphics:
            table_pages.append(index + 1)
        lines.extend(page_lines)
        total_chars += sum(len(ln.text) for ln in page_lines)
        if total_chars > limits.max_chars:
            raise ExtractionError(
                f"the text exceeds the limit of {limits.max_chars:,} characters", code="too-large", path=path
            )
    if len(textless) == n_pages:
        if ocr == "off":
            how = ("run the scan with --ocr auto (it needs pip install 'pipa-contract-analyzer[ocr]' and "
                   "apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-kor)")
        elif missing_ocr:
            how = f"OCR was requested but {missing_ocr} is not installed"
        else:
            how = "OCR found no text on its pages"
        raise ExtractionError(f"no page of the PDF has a text layer (a scanned document?); {how}",
                              code="no-text-layer", path=path)
    reason = garbage_reason("\n".join(ln.text for ln in lines))
    if reason:
        raise ExtractionError(f"the PDF's text layer is unreadable: {reason}", code="unreadable-text-layer", path=path)

    warnings: list[str] = []
    if textless:
        hint = "" if ocr != "off" else " (--ocr auto reads them)"
        warnings.append(f"no text layer on page(s) {_ranges(textless)}; those pages were not analysed{hint}")
    if ocr_pages:
        mean = sum(ocr_pages.values()) / len(ocr_pages)
        warnings.append(f"page(s) {_ranges(sorted(ocr_pages))} were read by OCR (mean confidence {mean:.0%})")
    body_lines, tail_lines = _split_headers_footers(lines, n_pages)
    tables = _find_tables(data, table_pages, path) if table_pages else {}
    body = _paragraphs(body_lines, tables)
    tail = [RawBlock(text=ln.text, kind=BlockKind.HEADER_FOOTER, page=ln.page) for ln in tail_lines]
    return build_document(
        path=path, sha256=sha256, fmt="pdf", body=body, tail=tail, page_count=n_pages, warnings=warnings,
        ocr_pages=ocr_pages,
    )


def _ranges(numbers: list[int]) -> str:
    out, start, prev = [], None, None
    for n in numbers + [None]:  # type: ignore[list-item]
        if start is None:
            start = prev = n
        elif n is not None and n == prev + 1:  # type: ignore[operator]
            prev = n
        else:
            out.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = prev = n
    return ", ".join(out)


def _page_lines(page: pdfium.PdfPage, number: int) -> tuple[list[_Line], bool]:
    width, height = page.get_width(), page.get_height()
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        text = textpage.get_text_range() if n else ""
        aligned = len(text) == n
        lines: list[_Line] = []
        pos = 0
        for raw_line in re.split(r"(\r\n|\n|\r)", text)[::2] if text else []:
            start = pos
            pos += len(raw_line)
            # skip the separator we split on (\r\n is two characters, \n or \r one)
            if pos < len(text) and text[pos] == "\r":
                pos += 1
            if pos < len(text) and text[pos] == "\n":
                pos += 1
            stripped = raw_line.strip()
            if not stripped:
                continue
            ends_with_mark = stripped.endswith(_HYPHEN_MARK)
            stripped = dehyphenate(stripped) + (_HYPHEN_MARK if ends_with_mark else "")
            if aligned:
                first = start + (len(raw_line) - len(raw_line.lstrip()))
                last = start + len(raw_line.rstrip()) - 1
                l1, b1, r1, t1 = textpage.get_charbox(first)
                l2, b2, r2, t2 = textpage.get_charbox(last)
                left, right = min(l1, l2), max(r1, r2)
                top, bottom = max(t1, t2), min(b1, b2)
                size = max(t1 - b1, t2 - b2, 1.0)
            else:  # surrogate pairs shift pdfium's indices; fall back to no geometry
                left, right, top, bottom, size = 0.0, width, height / 2, height / 2, 10.0
            lines.append(
                _Line(
                    text=stripped,
                    page=number,
                    left=left,
                    right=right,
                    top=height - top,
                    bottom=height - bottom,
                    size=size,
                    page_height=height,
                    page_width=width,
                )
            )
    finally:
        textpage.close()
    ruled = _paths_at_least(page, 4)
    return lines, ruled and bool(lines)


def _paths_at_least(page: pdfium.PdfPage, n: int) -> bool:
    """Whether the page draws at least n paths (table rules) among its top-level objects, asked
    of pdfium directly: get_objects builds a Python object for every text object on the way."""
    count = pdfium_c.FPDFPage_CountObjects(page)
    if count < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    paths = 0
    for i in range(count):
        obj = pdfium_c.FPDFPage_GetObject(page, i)
        if not obj:
            raise pdfium.PdfiumError("Failed to get pageobject.")
        if pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
            if paths >= n:
                return True
    return False


def _norm(text: str) -> str:
    """A running header's identity: its first letters, ignoring digits, spacing and punctuation
    (page numbers change; OCR reads spaces and punctuation differently on every page)."""
    letters = "".join(c for c in text.lower() if c.isalpha())
    return letters[:16] if len(letters) >= 4 else re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def _split_headers_footers(lines: list[_Line], n_pages: int) -> tuple[list[_Line], list[_Line]]:
    """Separate running headers, footers and page numbers from the body.

    A margin line is running text when the same words (digits ignored) recur in the margin of
    at least two pages and 40% of them, or when it is a bare page number.
    """

    def in_margin(ln: _Line) -> bool:
        return ln.top <= ln.page_height * _MARGIN or ln.bottom >= ln.page_height * (1 - _MARGIN)

    counts: Counter[str] = Counter()
    for page in range(1, n_pages + 1):
        seen = {_norm(ln.text) for ln in lines if ln.page == page and in_margin(ln)}
        counts.update(seen)
    threshold = max(2, int(0.4 * n_pages + 0.5))
    body, tail = [], []
    for ln in lines:
        if in_margin(ln) and (
            _PAGE_NUMBER.match(ln.text)
            or (_PAGE_NUMBER_EDGE.search(ln.text) and len(ln.text) < 80)
            or (n_pages >= 2 and len(ln.text) <= 100 and counts[_norm(ln.text)] >= threshold)
        ):
            tail.append(ln)
        else:
            body.append(ln)
    return body, tail


def _find_tables(data: bytes, pages: list[int], path: str) -> dict[int, list[tuple[tuple[float, float, float, float], list[list[str]]]]]:
    """Tables on the given pages, as (bbox in top-left coordinates, rows of cell texts)."""
    import pdfplumber  # only needed on pages with ruling lines

    found: dict[int, list[tuple[tuple[float, float, float, float], list[list[str]]]]] = {}
    try:
        with pdfplumber.open(io.BytesIO(data)) as plumber:
            for number in pages:
                page = plumber.pages[number - 1]
                try:
                    for table in page.find_tables():
                        rows = [[(c or "").replace("\n", " ").strip() for c in row] for row in table.extract()]
                        rows = [r for r in rows if any(r)]
                        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                            found.setdefault(number, []).append((table.bbox, rows))
                finally:
                    page.close()
    except Exception:  # noqa: BLE001 - geometry is an improvement; the text is already read
        return {}
    return found


def _paragraphs(lines: list[_Line], tables: dict) -> list[RawBlock]:
    """Rebuild paragraphs from lines: wrapped lines join, short or labelled lines break."""
    # The right edge of full lines, per page and per column (lines grouped by their left edge).
    edges: dict[tuple[int, int], float] = {}
    by_key: dict[tuple[int, int], list[float]] = {}
    for ln in lines:
        key = (ln.page, int(ln.left // (ln.page_width * 0.2 or 1)))
        by_key.setdefault(key, []).append(ln.right)
    for key, rights in by_key.items():
        rights.sort()
        edges[key] = rights[int(0.9 * (len(rights) - 1))]
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:]) if a.page == b.page and 0 <= b.top - a.bottom < 40]
    usual_gap = statistics.median(gaps) if gaps else 3.0

    blocks: list[RawBlock] = []
    table_index = 0
    placed: set[tuple[int, int]] = set()
    current: RawBlock | None = None
    prev: _Line | None = None

    def table_at(ln: _Line) -> tuple[int, int] | None:
        for i, (bbox, _rows) in enumerate(tables.get(ln.page, [])):
            x0, top, x1, bottom = bbox
            cx = (ln.left + ln.right) / 2
            if x0 - 2 <= cx <= x1 + 2 and top - 2 <= (ln.top + ln.bottom) / 2 <= bottom + 2:
                return (ln.page, i)
        return None

    for ln in lines:
        t = table_at(ln) if tables else None
        if t is not None:
            if t not in placed:
                placed.add(t)
                current = None
                _bbox, rows = tables[t[0]][t[1]]
                for r, row in enumerate(rows):
                    for c, cell in enumerate(row):
                        if cell:
                            blocks.append(
                                RawBlock(text=cell, kind=BlockKind.TABLE_CELL, page=ln.page, cell=TableCell(table_index, r, c))
                            )
                table_index += 1
            prev = None
            continue
        label = match_label(ln.text)
        if label is not None and prev is not None and ends_in_reference(prev.text):
            label = None
        new_para = current is None or prev is None
        if not new_para:
            assert prev is not None and current is not None
            edge = edges.get((prev.page, int(prev.left // (prev.page_width * 0.2 or 1))), prev.right)
            short_prev = prev.right < edge - max(0.12 * (edge - prev.left), 12)
            ln_edge = edges.get((ln.page, int(ln.left // (ln.page_width * 0.2 or 1))), ln.right)
            short_ln = ln.right < ln_edge - max(0.12 * (ln_edge - ln.left), 12)
            # A heading is a short line; a full-width line in capitals is shouted body text.
            if label is not None or (_is_heading(prev.text) and short_prev) or (_is_heading(ln.text) and short_ln):
                new_para = True
            elif ln.page == prev.page:
                gap = ln.top - prev.bottom
                new_para = short_prev or gap > max(usual_gap * 1.8, usual_gap + 0.6 * ln.size) or gap < -ln.size * 2
            else:  # a page break: join a paragraph that was still running
                new_para = short_prev or (
                    bool(_SENTENCE_END.search(prev.text)) and not ln.text[:1].islower()
                )
        if new_para:
            kind = BlockKind.HEADING if _is_heading(ln.text) else (BlockKind.LIST_ITEM if label else BlockKind.PARAGRAPH)
            current = RawBlock(text=ln.text, kind=kind, page=ln.page)
            blocks.append(current)
        else:
            assert current is not None and prev is not None
            if current.text.endswith(_HYPHEN_MARK):
                current.text = current.text[:-1]
                joiner = ""
            elif current.text.endswith("-") and ln.text[:1].islower() and current.text[-2:-1].isalpha():
                joiner = ""
            else:
                joiner = " "
            if ln.page != prev.page:
                current.page_breaks.append((len(current.text) + len(joiner), ln.page))
            current.text = current.text + joiner + ln.text
            if current.kind is BlockKind.HEADING:
                current.kind = BlockKind.PARAGRAPH
        prev = ln
    for b in blocks:
        if b.text.endswith(_HYPHEN_MARK):
            b.text = b.text[:-1]
    return blocks
