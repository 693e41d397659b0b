"""Assemble format-specific blocks into one Document with consistent offsets.

Each extractor only has to say what the blocks are, in reading order, and on which page each
starts (and, for PDF paragraphs that run over a page break, where the next page begins inside
the block). Offsets, page spans, per-block language and the header/footer tail are computed here
once, so every format obeys the same invariants.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from .. import language
from ..types import Block, BlockKind, Document, Lang, Page, TableCell

BLOCK_SEPARATOR = "\n"
BODY_TAIL_SEPARATOR = "\n\n"


@dataclass
class RawBlock:
    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    page: int = 1
    level: int | None = None
    numbering: str | None = None
    cell: TableCell | None = None
    #: (offset inside text, page number) where a later page begins inside this block.
    page_breaks: list[tuple[int, int]] = field(default_factory=list)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# NUL and other C0 controls (except tab/newline) are never contract text; they also break
# JSON consumers and XML writers downstream.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")


def _clean(text: str) -> str:
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def build_document(
    *,
    path: str,
    sha256: str,
    fmt: str,
    body: list[RawBlock],
    tail: list[RawBlock] | None = None,
    page_count: int | None = None,
    warnings: list[str] | None = None,
    ocr_pages: dict[int, float] | None = None,
) -> Document:
    """Join blocks into `text`; pages partition the body; header/footer blocks follow it."""
    parts: list[str] = []
    blocks: list[Block] = []
    page_starts: dict[int, int] = {}
    pos = 0
    for raw in body:
        cleaned = _clean(raw.text)
        text = cleaned.strip()
        if not text:
            continue
        if parts:
            parts.append(BLOCK_SEPARATOR)
            pos += len(BLOCK_SEPARATOR)
        lead = len(cleaned) - len(cleaned.lstrip())
        page_starts.setdefault(raw.page, pos)
        for rel, pg in raw.page_breaks:
            rel = min(max(rel - lead, 0), len(text))
            page_starts.setdefault(pg, pos + rel)
        blocks.append(
            Block(
                kind=raw.kind,
                start=pos,
                end=pos + len(text),
                page=raw.page,
                lang=language.detect(text),
                level=raw.level,
                numbering=raw.numbering,
                cell=raw.cell,
            )
        )
        parts.append(text)
        pos += len(text)
    body_end = pos

    n_pages = max([page_count or 1, *page_starts.keys()]) if page_starts else max(page_count or 1, 1)
    # Pages partition [0, body_end): a page without content gets an empty span where it falls.
    pages: list[Page] = []
    cursor = 0
    starts = []
    for number in range(1, n_pages + 1):
        start = page_starts.get(number)
        if start is None or start < cursor:
            start = cursor
        starts.append(start)
        cursor = start
    ocr_pages = ocr_pages or {}
    for i, number in enumerate(range(1, n_pages + 1)):
        end = starts[i + 1] if i + 1 < len(starts) else body_end
        pages.append(
            Page(
                number=number,
                start=starts[i],
                end=end,
                ocr=number in ocr_pages,
                ocr_confidence=ocr_pages.get(number),
            )
        )

    tail_blocks = [t for t in (tail or []) if _clean(t.text).strip()]
    if tail_blocks:
        parts.append(BODY_TAIL_SEPARATOR)
        pos += len(BODY_TAIL_SEPARATOR)
        for i, raw in enumerate(tail_blocks):
            text = _clean(raw.text).strip()
            if i:
                parts.append(BLOCK_SEPARATOR)
                pos += len(BLOCK_SEPARATOR)
            blocks.append(
                Block(
                    kind=BlockKind.HEADER_FOOTER,
                    start=pos,
                    end=pos + len(text),
                    page=raw.page,
                    lang=language.detect(text),
                )
            )
            parts.append(text)
            pos += len(text)

    text = "".join(parts)
    return Document(
        path=path,
        sha256=sha256,
        format=fmt,
        text=text,
        pages=tuple(pages),
        blocks=tuple(blocks),
        lang=language.detect(text[:body_end]) if body_end else Lang.OTHER,
        body_end=body_end,
        warnings=tuple(warnings or ()),
    )

