"""Binary Hangul (HWP 5) documents: paragraphs and tables, headers and footers set apart.

An HWP 5 file is an OLE compound file (read with olefile). The FileHeader stream says whether
the body is compressed, password-encrypted or a distribution (배포용) document; BodyText/SectionN
streams hold raw-deflated records (tag, level, size). PARA_TEXT records carry UTF-16 text with
inline control characters; CTRL_HEADER records ("tbl ", "head", "foot", footnotes) open the
structures that following records at deeper levels belong to; a table cell starts with a
LIST_HEADER giving its column and row.
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from typing import Any

from ..errors import ExtractionError
from ..limits import Limits
from ..types import BlockKind, Document, TableCell
from .builder import RawBlock, build_document

TAG_BEGIN = 0x10
PARA_HEADER = TAG_BEGIN + 50
PARA_TEXT = TAG_BEGIN + 51
CTRL_HEADER = TAG_BEGIN + 55
LIST_HEADER = TAG_BEGIN + 56
_CHAR_CONTROLS = {0, 10, 13, 24, 25, 26, 27, 28, 29, 30, 31}
_INLINE_CONTROLS = {4, 5, 6, 7, 8, 9, 19, 20}
_SECTION = re.compile(r"^BodyText/Section(\d+)$")


def _ctrl_id(value: int) -> str:
    return struct.pack(">I", value).decode("latin-1")


def _inflate(data: bytes, budget: int, path: str) -> bytes:
    d = zlib.decompressobj(-15)
    try:
        out = d.decompress(data, budget + 1)
    except zlib.error as exc:
        raise ExtractionError(f"a body section cannot be decompressed ({exc})", code="corrupt", path=path) from None
    if len(out) > budget:
        raise ExtractionError(f"the HWP body inflates beyond the limit of {budget:,} bytes", code="too-large", path=path)
    return out


def _records(data: bytes) -> list[tuple[int, int, bytes]]:
    out = []
    pos, n = 0, len(data)
    while pos + 4 <= n:
        (header,) = struct.unpack_from("<I", data, pos)
        pos += 4
        tag, level, size = header & 0x3FF, (header >> 10) & 0x3FF, (header >> 20) & 0xFFF
        if size == 0xFFF:
            if pos + 4 > n:
                break
            (size,) = struct.unpack_from("<I", data, pos)
            pos += 4
        out.append((tag, level, data[pos: pos + size]))
        pos += size
    return out


def para_text(payload: bytes) -> str:
    """The readable text of a PARA_TEXT record (controls dropped, tabs and breaks kept)."""
    units = struct.unpack(f"<{len(payload) // 2}H", payload[: len(payload) // 2 * 2])
    out: list[str] = []
    i = 0
    while i < len(units):
        u = units[i]
        if u >= 32:
            j = i
            while j < len(units) and units[j] >= 32:
                j += 1
            out.append(payload[i * 2: j * 2].decode("utf-16-le", errors="replace"))
            i = j
            continue
        if u in _CHAR_CONTROLS:
            if u == 10:
                out.append("\n")
            elif u in (24, 30, 31):
                out.append({24: "-", 30: " ", 31: " "}[u])
            i += 1
        else:
            if u == 9:
                out.append("\t")
            i += 8  # inline and extended controls take eight code units
    return "".join(out)


def extract_hwp(path: str, data: bytes, sha256: str, limits: Limits) -> Document:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - olefile raises several types on damaged containers
        raise ExtractionError("the HWP container is damaged", code="corrupt", path=path) from None
    with ole:
        try:
            header = ole.openstream("FileHeader").read(256)
        except OSError:
            raise ExtractionError("the HWP file has no FileHeader stream", code="corrupt", path=path) from None
        if not header.startswith(b"HWP Document File"):
            raise ExtractionError("the file is not an HWP 5 document", code="corrupt", path=path)
        (props,) = struct.unpack_from("<I", header.ljust(40, b"\0"), 36)
        if props & 0x2:
            raise ExtractionError("the HWP document is protected with a password", code="encrypted", path=path)
        if props & 0x4:
            raise ExtractionError("the HWP document is a distribution document (배포용), whose text is encrypted",
                                  code="encrypted", path=path)
        if props & 0x10:
            raise ExtractionError("the HWP document is DRM-protected", code="encrypted", path=path)
        compressed = bool(props & 0x1)
        streams = sorted((int(m.group(1)), "/".join(e)) for e in ole.listdir()
                         if (m := _SECTION.match("/".join(e))))
        if not streams:
            raise ExtractionError("the HWP file has no body sections", code="corrupt", path=path)
        budget = limits.max_inflated_bytes
        body: list[RawBlock] = []
        tail: list[RawBlock] = []
        page = 1
        table_index = 0
        for k, (_n, name) in enumerate(streams):
            raw = ole.openstream(name).read()
            section = _inflate(raw, budget, path) if compressed else raw
            budget -= len(section)
            if k:
                page += 1  # a section starts a new page
            page, table_index = _walk(_records(section), body, tail, page, table_index)
    return build_document(path=path, sha256=sha256, fmt="hwp", body=body, tail=tail, page_count=page)


def _walk(records: list[tuple[int, int, bytes]], body: list[RawBlock], tail: list[RawBlock], page: int,
          table_index: int) -> tuple[int, int]:
    stack: list[tuple[int, str, Any]] = []  # (level, control id, table number or None)
    cell: dict[str, Any] | None = None
    pending_break = False
    for tag, level, payload in records:
        while stack and stack[-1][0] >= level:
            stack.pop()
        if cell is not None and level < cell["level"]:
            _flush_cell(cell, body, page)
            cell = None
        if tag == CTRL_HEADER and len(payload) >= 4:
            cid = _ctrl_id(struct.unpack_from("<I", payload, 0)[0])
            number = None
            if cid == "tbl ":
                number = table_index
                table_index += 1
            stack.append((level, cid, number))
        elif tag == LIST_HEADER and stack and stack[-1][1] == "tbl " and level == stack[-1][0] + 1:
            if cell is not None:
                _flush_cell(cell, body, page)
            padded = payload.ljust(12, b"\0")
            col, row = struct.unpack_from("<HH", padded, 8)
            cell = {"level": level, "table": stack[-1][2], "row": row, "col": col, "texts": []}
        elif tag == PARA_HEADER:
            if len(payload) >= 12 and payload[11] & 0x04 and not stack:
                pending_break = True
        elif tag == PARA_TEXT:
            text = para_text(payload).strip()
            if not text:
                continue
            kinds = {c for _l, c, _t in stack}
            if kinds & {"head", "foot"}:
                tail.append(RawBlock(text=text, kind=BlockKind.HEADER_FOOTER, page=page))
            elif kinds & {"fn  ", "en  "}:
                tail.append(RawBlock(text=text, kind=BlockKind.HEADER_FOOTER, page=page))
            elif cell is not None:
                cell["texts"].append(text)
            else:
                if pending_break and body:
                    page += 1
                pending_break = False
                body.append(RawBlock(text=text, kind=BlockKind.PARAGRAPH, page=page))
    if cell is not None:
        _flush_cell(cell, body, page)
    return page, table_index


def _flush_cell(cell: dict[str, Any], body: list[RawBlock], page: int) -> None:
    text = "\n".join(cell["texts"])
    body.append(RawBlock(text=text, kind=BlockKind.TABLE_CELL, page=page,
                         cell=TableCell(cell["table"] or 0, cell["row"], cell["col"])))
