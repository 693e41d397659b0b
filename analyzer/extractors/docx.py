"""DOCX: body paragraphs and tables in document order, as the reader sees them after accepting
tracked changes, with Word's automatic numbering restored.

python-docx opens the package and parses its XML (with entity resolution off), but its
`paragraph.text` drops inserted runs, content controls and text boxes; so the body is walked
here at the XML level: inserted text in, deleted text out, text boxes once (not twice through
their VML fallback), nested tables kept.
"""

from __future__ import annotations

import io
from typing import Any, Iterator

import docx
from docx.opc.exceptions import PackageNotFoundError

from ..errors import ExtractionError
from ..limits import Limits
from ..types import BlockKind, Document, TableCell
from .builder import RawBlock, build_document
from .docx_numbering import W, Numbering
from .zipsafety import check_zip

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP = {"del", "moveFrom", "delText", "instrText", "pPr", "rPr", "sectPr", "tblPr", "trPr", "tcPr",
         "delInstrText", "commentReference", "footnoteReference", "endnoteReference", "proofErr",
         "bookmarkStart", "bookmarkEnd", "lastRenderedPageBreak", "fldChar", "annotationRef"}
_CONTAINERS = {"sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag", "hyperlink", "fldSimple",
               "bdo", "dir", "r", "oMath", "oMathPara"}
_HEADING_STYLE_PREFIXES = ("heading", "title", "subtitle", "제목")


def _local(el: Any) -> str:
    tag = el.tag
    if not isinstance(tag, str):  # comments, processing instructions, entity references
        return ""
    return tag.rsplit("}", 1)[-1]


class _State:
    def __init__(self, numbering: Numbering, styles: dict[str, tuple[str, int | None]]):
        self.numbering = numbering
        self.styles = styles  # styleId -> (name, outline level)
        self.page = 1
        self.table_index = 0
        self.blocks: list[RawBlock] = []


def extract_docx(path: str, data: bytes, sha256: str, limits: Limits) -> Document:
    check_zip(data, path, limits, required=("word/document.xml",), kind="DOCX")
    try:
        d = docx.Document(io.BytesIO(data))
    except PackageNotFoundError:
        raise ExtractionError("the file is not a Word document (DOCX package not found)", code="corrupt", path=path) from None
    except KeyError as exc:
        raise ExtractionError(f"the DOCX package is incomplete (missing {exc})", code="corrupt", path=path) from None
    except ValueError as exc:
        if "content type" in str(exc).lower() or "not a Word file" in str(exc):
            raise ExtractionError(f"the file is not a Word document ({exc})", code="corrupt", path=path) from None
        raise ExtractionError(f"the DOCX cannot be read ({exc})", code="corrupt", path=path) from None
    except Exception as exc:  # lxml.etree.XMLSyntaxError and friends from a damaged part
        raise ExtractionError(f"the DOCX cannot be parsed ({type(exc).__name__}: {exc})", code="corrupt", path=path) from None

    part = d.part
    numbering_el = None
    styles_el = None
    try:
        numbering_el = part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        numbering_el = None
    try:
        styles_el = part.styles.element
    except (NotImplementedError, KeyError, AttributeError):
        styles_el = None
    styles: dict[str, tuple[str, int | None]] = {}
    if styles_el is not None:
        for st in styles_el.findall(W + "style"):
            sid = st.get(W + "styleId")
            name_el = st.find(W + "name")
            name = name_el.get(W + "val", sid) if name_el is not None else sid
            outline = None
            ppr = st.find(W + "pPr")
            if ppr is not None:
                ol = ppr.find(W + "outlineLvl")
                if ol is not None and (ol.get(W + "val") or "").isdigit():
                    outline = int(ol.get(W + "val"))
            styles[sid] = (name or "", outline)

    state = _State(Numbering(numbering_el, styles_el), styles)
    body = d.element.body
    _walk_blocks(body, state)

    tail_state = _State(Numbering(None, None), styles)
    seen = set()
    for rel in sorted(part.rels.values(), key=lambda r: str(getattr(r, "target_ref", ""))):
        if rel.is_external or not (rel.reltype.endswith("/header") or rel.reltype.endswith("/footer")):
            continue
        target = rel.target_part
        if target.partname in seen:
            continue
        seen.add(target.partname)
        try:
            _walk_blocks(target.element, tail_state)
        except AttributeError:  # a header part python-docx could not parse as XML
            continue
    tail = [RawBlock(text=b.text, kind=BlockKind.HEADER_FOOTER, page=1) for b in tail_state.blocks]
    return build_document(path=path, sha256=sha256, fmt="docx", body=state.blocks, tail=tail, page_count=state.page)


def _iter_block_children(el: Any) -> Iterator[Any]:
    """Children that are paragraphs or tables, looking through content controls and custom XML."""
    for child in el:
        tag = _local(child)
        if tag in ("p", "tbl"):
            yield child
        elif tag in ("sdt", "sdtContent", "customXml", "ins", "moveTo"):
            yield from _iter_block_children(child)
        elif tag == "AlternateContent":
            choice = child.find(MC + "Choice")
            if choice is None:
                choice = child.find(MC + "Fallback")
            if choice is not None:
                yield from _iter_block_children(choice)


def _walk_blocks(el: Any, state: _State, cell: TableCell | None = None) -> None:
    for child in _iter_block_children(el):
        if _local(child) == "p":
            _paragraph(child, state, cell)
        else:
            _table(child, state)


def _table(tbl: Any, state: _State) -> None:
    index = state.table_index
    state.table_index += 1
    row_no = 0
    for tr in _iter_tagged(tbl, "tr"):
        col = 0
        for tc in _iter_tagged(tr, "tc"):
            sub = _State(state.numbering, state.styles)
            sub.page = state.page
            sub.table_index = state.table_index
            nested: list[Any] = []
            for child in _iter_block_children(tc):
                if _local(child) == "p":
                    _paragraph(child, sub, None)
                else:
                    nested.append(child)
            state.page = sub.page
            text = "\n".join(b.text for b in sub.blocks if b.text.strip())
            state.blocks.append(RawBlock(text=text, kind=BlockKind.TABLE_CELL, page=state.page, cell=TableCell(index, row_no, col)))
            state.table_index = sub.table_index
            for ntbl in nested:
                _table(ntbl, state)
            col += 1
        row_no += 1


def _iter_tagged(el: Any, wanted: str) -> Iterator[Any]:
    """Children named `wanted` (table rows, cells), looking through content controls."""
    for child in el:
        tag = _local(child)
        if tag == wanted:
            yield child
        elif tag in ("sdt", "sdtContent", "customXml", "ins", "moveTo"):
            yield from _iter_tagged(child, wanted)


def _paragraph(p: Any, state: _State, cell: TableCell | None) -> None:
    ppr = p.find(W + "pPr")
    style_id = None
    if ppr is not None:
        ps = ppr.find(W + "pStyle")
        if ps is not None:
            style_id = ps.get(W + "val")
        if ppr.find(W + "pageBreakBefore") is not None and state.blocks:
            state.page += 1
    # A paragraph whose mark was deleted in a tracked change still shows its text; ignore that.
    pieces: list[str] = []
    breaks: list[int] = []
    boxes: list[Any] = []
    _collect(p, pieces, breaks, boxes)
    text = "".join(pieces)
    label, level, suffix = state.numbering.label(ppr, style_id)
    prefix = ""
    if label and text.strip():
        prefix = label + ("" if suffix == "nothing" else " ")
    full = prefix + text
    kind = BlockKind.PARAGRAPH
    style_name, outline = state.styles.get(style_id or "", ("", None))
    if ppr is not None:
        ol = ppr.find(W + "outlineLvl")
        if ol is not None and (ol.get(W + "val") or "").isdigit() and int(ol.get(W + "val")) < 9:
            outline = int(ol.get(W + "val"))
    if style_name.lower().startswith(_HEADING_STYLE_PREFIXES) or (outline is not None and outline < 9):
        kind = BlockKind.HEADING
        level = outline if outline is not None else level
    elif label:
        kind = BlockKind.LIST_ITEM
    page_breaks = []
    start_page = state.page
    for offset in breaks:
        state.page += 1
        page_breaks.append((len(prefix) + offset, state.page))
    if full.strip():
        # a page break before any text moves the whole paragraph to the next page
        while page_breaks and not full[: page_breaks[0][0]].strip():
            start_page = page_breaks[0][1]
            page_breaks.pop(0)
        state.blocks.append(
            RawBlock(text=full, kind=kind, page=start_page, level=level, numbering=label if prefix else None,
                     cell=cell, page_breaks=page_breaks)
        )
    for box in boxes:
        _walk_blocks(box, state, cell)
    if ppr is not None:
        sect = ppr.find(W + "sectPr")
        if sect is not None:
            stype = sect.find(W + "type")
            if stype is None or stype.get(W + "val") in ("nextPage", "oddPage", "evenPage", None):
                state.page += 1


def _collect(el: Any, pieces: list[str], breaks: list[int], boxes: list[Any]) -> None:
    for child in el:
        tag = _local(child)
        if not tag or tag in _SKIP:
            continue
        if tag == "t":
            pieces.append(child.text or "")
        elif tag == "tab":
            pieces.append("\t")
        elif tag in ("br", "cr"):
            if child.get(W + "type") == "page":
                breaks.append(sum(len(x) for x in pieces))
                pieces.append("\n")
            else:
                pieces.append("\n")
        elif tag == "noBreakHyphen":
            pieces.append("-")
        elif tag == "sym":
            code = child.get(W + "char") or ""
            try:
                ch = chr(int(code, 16))
                pieces.append(ch if not 0xF000 <= ord(ch) <= 0xF0FF else "")
            except ValueError:
                pass
        elif tag == "txbxContent":
            boxes.append(child)
        elif tag == "AlternateContent":
            choice = child.find(MC + "Choice")
            if choice is None:
                choice = child.find(MC + "Fallback")
            if choice is not None:
                _collect(choice, pieces, breaks, boxes)
        else:
            _collect(child, pieces, breaks, boxes)
