"""HWPX, the zipped-XML (OWPML, KS X 6101) format of the Hangul word processor.

Korean organisations keep many contracts in it. The reader is small: section XML files hold
paragraphs (hp:p > hp:run > hp:t), tables (hp:tbl > hp:tr > hp:tc > hp:subList > hp:p) and
header/footer controls; header.xml holds the paragraph shapes whose heading reference points at a
numbering definition ("^1." DIGIT, "^2." HANGUL_SYLLABLE, CIRCLED_DIGIT, ...). Text between
deleteBegin and deleteEnd marks is tracked deletion and is left out.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ..errors import ExtractionError
from ..limits import Limits
from ..numbering import int_to_chosung, int_to_circled, int_to_ganada, int_to_letters, int_to_roman
from ..types import BlockKind, Document, TableCell
from .builder import RawBlock, build_document
from .zipsafety import check_zip, open_zip

_SECTION = re.compile(r"^Contents/section(\d+)\.xml$")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, dtd_validation=False)


def _local(el: Any) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _format(n: int, fmt: str) -> str:
    fmt = fmt.upper()
    if fmt in ("DIGIT", "", "FULL_WIDTH_DIGIT"):
        return str(n)
    if fmt == "CIRCLED_DIGIT":
        return int_to_circled(n)
    if fmt in ("HANGUL_SYLLABLE", "CIRCLED_HANGUL_SYLLABLE"):
        return int_to_ganada(n)
    if fmt in ("HANGUL_JAMO", "CIRCLED_HANGUL_JAMO"):
        return int_to_chosung(n)
    if fmt == "LATIN_CAPITAL":
        return int_to_letters(n).upper()
    if fmt in ("LATIN_SMALL", "CIRCLED_LATIN_SMALL"):
        return int_to_letters(n)
    if fmt == "ROMAN_CAPITAL":
        return int_to_roman(n).upper()
    if fmt == "ROMAN_SMALL":
        return int_to_roman(n)
    return str(n)


@dataclass
class _Numbering:
    levels: dict[int, tuple[int, str, str]] = field(default_factory=dict)  # level -> (start, fmt, text)


@dataclass
class _Header:
    para_heading: dict[str, tuple[str, str, int]] = field(default_factory=dict)  # paraPr id -> (type, idRef, level)
    numberings: dict[str, _Numbering] = field(default_factory=dict)
    bullets: dict[str, str] = field(default_factory=dict)
    heading_styles: set[str] = field(default_factory=set)


def _read_header(xml: bytes | None) -> _Header:
    header = _Header()
    if not xml:
        return header
    root = etree.fromstring(xml, _parser())
    for el in root.iter():
        name = _local(el)
        if name == "paraPr":
            for h in el.iter():
                if _local(h) == "heading":
                    level = h.get("level", "0")
                    header.para_heading[el.get("id", "")] = (
                        h.get("type", "NONE"),
                        h.get("idRef", "0"),
                        int(level) if level.isdigit() else 0,
                    )
                    break
        elif name == "numbering":
            num = _Numbering()
            for ph in el:
                if _local(ph) != "paraHead":
                    continue
                lv = ph.get("level", "1")
                start = ph.get("start", "1")
                num.levels[int(lv) if lv.isdigit() else 1] = (
                    int(start) if start.lstrip("-").isdigit() else 1,
                    ph.get("numFormat", "DIGIT"),
                    ph.text or "",
                )
            header.numberings[el.get("id", "")] = num
        elif name == "bullet":
            header.bullets[el.get("id", "")] = el.get("char", "•")
        elif name == "style":
            ename = (el.get("engName") or "") + " " + (el.get("name") or "")
            if re.search(r"outline|heading|개요|제목", ename, re.IGNORECASE):
                header.heading_styles.add(el.get("id", ""))
    return header


class _Walker:
    def __init__(self, header: _Header, outline_ref: str):
        self.header = header
        self.outline_ref = outline_ref
        self.counters: dict[str, list[int | None]] = {}
        self.page = 1
        self.table_index = 0
        self.body: list[RawBlock] = []
        self.tail: list[RawBlock] = []
        self.deleting = False

    def label(self, para_pr: str) -> tuple[str | None, int | None]:
        kind, ref, level = self.header.para_heading.get(para_pr, ("NONE", "0", 0))
        if kind == "BULLET":
            return self.header.bullets.get(ref, "•"), level
        if kind not in ("NUMBER", "OUTLINE"):
            return None, None
        if kind == "OUTLINE":
            ref = self.outline_ref
        numbering = self.header.numberings.get(ref)
        if numbering is None:
            return None, None
        counters = self.counters.setdefault(ref, [None] * 11)
        lv = max(0, min(level, 9))
        start, _fmt, text = numbering.levels.get(lv + 1, (1, "DIGIT", f"^{lv + 1}."))
        counters[lv] = start if counters[lv] is None else counters[lv] + 1  # type: ignore[operator]
        for deeper in range(lv + 1, 11):
            counters[deeper] = None

        def repl(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            s, f, _t = numbering.levels.get(k + 1, (1, "DIGIT", ""))
            value = counters[k] if 0 <= k < 11 and counters[k] is not None else s
            return _format(value, f)  # type: ignore[arg-type]

        out = re.sub(r"\^(\d+)", repl, text).strip()
        return (out or None), lv

    def paragraph(self, p: Any, sink: list[RawBlock], cell: TableCell | None, *, in_table: bool = False) -> None:
        if p.get("pageBreak") == "1" and sink is self.body and self.body:
            self.page += 1
        pieces: list[str] = []
        nested: list[tuple[str, Any]] = []
        self._collect(p, pieces, nested)
        text = "".join(pieces)
        label, level = (None, None)
        if text.strip():
            label, level = self.label(p.get("paraPrIDRef", ""))
        full = f"{label} {text}" if label else text
        if full.strip():
            kind = BlockKind.PARAGRAPH
            if p.get("styleIDRef", "") in self.header.heading_styles and not in_table:
                kind = BlockKind.HEADING
            elif label:
                kind = BlockKind.LIST_ITEM
            sink.append(RawBlock(text=full, kind=kind, page=self.page, level=level, numbering=label, cell=cell))
        for what, el in nested:
            if what == "table":
                self.table(el)
            elif what == "headfoot":
                for sub in el.iter():
                    if _local(sub) == "p" and sub.getparent() is not None and _local(sub.getparent()) == "subList":
                        self.paragraph(sub, self.tail, None)
            elif what == "box":
                for sub in el:
                    if _local(sub) == "p":
                        self.paragraph(sub, sink, cell)

    def _collect(self, el: Any, pieces: list[str], nested: list[tuple[str, Any]]) -> None:
        for child in el:
            name = _local(child)
            if name == "t":
                if not self.deleting and child.text:
                    pieces.append(child.text)
                for sub in child:
                    sname = _local(sub)
                    if sname == "deleteBegin":
                        self.deleting = True
                    elif sname == "deleteEnd":
                        self.deleting = False
                    elif not self.deleting and sname == "lineBreak":
                        pieces.append("\n")
                    elif not self.deleting and sname == "tab":
                        pieces.append("\t")
                    if not self.deleting and sub.tail:
                        pieces.append(sub.tail)
            elif name == "deleteBegin":
                self.deleting = True
            elif name == "deleteEnd":
                self.deleting = False
            elif name == "tbl":
                nested.append(("table", child))
            elif name in ("header", "footer"):
                nested.append(("headfoot", child))
            elif name == "subList":
                nested.append(("box", child))
            elif name in ("secPr", "linesegarray", "footNote", "endNote", "fieldBegin", "fieldEnd"):
                continue
            else:
                self._collect(child, pieces, nested)

    def table(self, tbl: Any) -> None:
        index = self.table_index
        self.table_index += 1
        for r, tr in enumerate(x for x in tbl if _local(x) == "tr"):
            for c, tc in enumerate(x for x in tr if _local(x) == "tc"):
                row, col = r, c
                for sub in tc:
                    if _local(sub) == "cellAddr":
                        row = int(sub.get("rowAddr", r)) if str(sub.get("rowAddr", "")).isdigit() else r
                        col = int(sub.get("colAddr", c)) if str(sub.get("colAddr", "")).isdigit() else c
                cell_blocks: list[RawBlock] = []
                nested_tables: list[Any] = []
                for sub in tc:
                    if _local(sub) != "subList":
                        continue
                    for p in sub:
                        if _local(p) == "p":
                            before = len(self.body)
                            self.paragraph(p, cell_blocks, None, in_table=True)
                            # tables nested in a cell are appended to the body by paragraph();
                            # keep them after this cell
                            if len(self.body) > before:
                                nested_tables.extend(self.body[before:])
                                del self.body[before:]
                text = "\n".join(b.text for b in cell_blocks if b.text.strip())
                self.body.append(RawBlock(text=text, kind=BlockKind.TABLE_CELL, page=self.page, cell=TableCell(index, row, col)))
                self.body.extend(nested_tables)


def extract_hwpx(path: str, data: bytes, sha256: str, limits: Limits) -> Document:
    check_zip(data, path, limits, required=(), kind="HWPX")
    with open_zip(data, path, "HWPX") as zf:
        names = zf.namelist()
        sections = sorted((int(m.group(1)), n) for n in names if (m := _SECTION.match(n)))
        if not sections:
            raise ExtractionError("the file is not a valid HWPX (no Contents/section*.xml)", code="corrupt", path=path)
        try:
            manifest = zf.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
            if b"encryption-data" in manifest:
                raise ExtractionError("the HWPX document is encrypted", code="encrypted", path=path)
            header = _read_header(zf.read("Contents/header.xml") if "Contents/header.xml" in names else None)
            walker: _Walker | None = None
            for _n, name in sections:
                root = etree.fromstring(zf.read(name), _parser())
                outline_ref = "1"
                for el in root.iter():
                    if _local(el) == "secPr":
                        outline_ref = el.get("outlineShapeIDRef", "1") or "1"
                        break
                if walker is None:
                    walker = _Walker(header, outline_ref)
                else:
                    walker.outline_ref = outline_ref
                    walker.page += 1  # a new section starts a new page
                for p in root:
                    if _local(p) == "p":
                        walker.paragraph(p, walker.body, None)
        except ExtractionError:
            raise
        except (etree.XMLSyntaxError, zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
            raise ExtractionError(f"the HWPX cannot be parsed ({type(exc).__name__}: {exc})", code="corrupt", path=path) from None
    assert walker is not None
    return build_document(path=path, sha256=sha256, fmt="hwpx", body=walker.body, tail=walker.tail, page_count=walker.page)
