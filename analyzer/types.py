"""The analyzer's own value types.

Every stage works on these rather than on library objects (pdfium pages, python-docx paragraphs,
spaCy docs), so stages can be tested and swapped alone. All are frozen: extracted text is never
mutated after extraction, and every offset indexes `Document.text`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Lang(str, Enum):
    KO = "ko"
    EN = "en"
    MIXED = "mixed"
    OTHER = "other"


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    HEADER_FOOTER = "header_footer"


@dataclass(frozen=True)
class Page:
    """One page of the body text: `document.text[start:end]` is what the page contributes."""

    number: int
    start: int
    end: int
    ocr: bool = False
    ocr_confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"number": self.number, "start": self.start, "end": self.end}
        if self.ocr:
            d["ocr"] = True
            d["ocr_confidence"] = self.ocr_confidence
        return d


@dataclass(frozen=True)
class TableCell:
    """Where a table_cell block sits: table index in the document, row and column (0-based)."""

    table: int
    row: int
    col: int


@dataclass(frozen=True)
class Block:
    """A paragraph-level unit of the document in reading order.

    `numbering` is the label a reader sees in front of the text ("7.3.1", "①", "가.") when the
    format generates it automatically (DOCX, HWPX); it is also part of `text` so offsets hold.
    """

    kind: BlockKind
    start: int
    end: int
    page: int
    lang: Lang
    level: int | None = None
    numbering: str | None = None
    cell: TableCell | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kind": self.kind.value,
            "start": self.start,
            "end": self.end,
            "page": self.page,
            "lang": self.lang.value,
        }
        if self.level is not None:
            d["level"] = self.level
        if self.numbering is not None:
            d["numbering"] = self.numbering
        if self.cell is not None:
            d["cell"] = {"table": self.cell.table, "row": self.cell.row, "col": self.cell.col}
        return d


@dataclass(frozen=True)
class Document:
    """A contract file read into one string, with its pages and blocks.

    `text[:body_end]` is the body in reading order; running headers and footers follow it as
    header_footer blocks, so a clause that crosses a page break stays one contiguous string.
    """

    path: str
    sha256: str
    format: str
    text: str
    pages: tuple[Page, ...]
    blocks: tuple[Block, ...]
    lang: Lang
    body_end: int
    warnings: tuple[str, ...] = ()

    def page_at(self, offset: int) -> int:
        """The page holding a body offset. Pages partition the body; empty pages share the start
        of the next page, so the last page starting at or before the offset is the one."""
        if not self.pages:
            return 1
        i = bisect_right([p.start for p in self.pages], offset) - 1
        return self.pages[max(i, 0)].number

    @property
    def body(self) -> str:
        return self.text[: self.body_end]

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "path": self.path,
            "sha256": self.sha256,
            "format": self.format,
            "lang": self.lang.value,
            "body_end": self.body_end,
            "pages": [p.to_dict() for p in self.pages],
            "blocks": [b.to_dict() for b in self.blocks],
            "warnings": list(self.warnings),
        }
        if include_text:
            d["text"] = self.text
        return d


@dataclass(frozen=True)
class Segment:
    """A clause candidate: about one obligation, with the clause number and headings above it."""

    start: int
    end: int
    text: str
    page: int
    lang: Lang
    clause_number: str | None = None
    heading_path: tuple[str, ...] = field(default_factory=tuple)
    block_kind: BlockKind = BlockKind.PARAGRAPH

    @property
    def heading(self) -> str:
        """The heading path as a reader writes it: "7.3 Data Protection > (b)"."""
        return " > ".join(self.heading_path)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "page": self.page,
            "lang": self.lang.value,
            "clause_number": self.clause_number,
            "heading_path": list(self.heading_path),
            "block_kind": self.block_kind.value,
        }
