"""Plain text, Markdown and HTML: decode safely, reduce markup to paragraphs.

Korean text files still arrive in CP949 (the encoding Korean Windows and Excel save by default),
so decoding tries strict UTF-8, then strict CP949, and only then a statistical guess; a file that
decodes only into control characters is binary, whatever its name says.
"""

from __future__ import annotations

import re
import unicodedata

from ..errors import ExtractionError
from ..limits import Limits
from ..numbering import ends_in_reference, looks_like_heading, match_label
from ..types import BlockKind, Document, TableCell
from .builder import RawBlock, build_document

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]


def decode_text(data: bytes, path: str, limits: Limits) -> tuple[str, str]:
    """(text, encoding) or a coded ExtractionError."""
    if len(data) > limits.max_chars * 4:
        raise ExtractionError(
            f"the text file is {len(data):,} bytes, beyond the limit of {limits.max_chars:,} characters",
            code="too-large",
            path=path,
        )
    text = None
    encoding = ""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(enc), enc
            except UnicodeDecodeError:
                raise ExtractionError(f"the text is not valid {enc}", code="corrupt", path=path) from None
            if enc == "utf-8-sig":
                encoding = "utf-8"
            else:
                text = text.lstrip("\ufeff")
            break
    if text is None:
        if b"\x00" in data[:65536]:
            raise ExtractionError("the file contains binary data, not text", code="corrupt", path=path)
        for enc in ("utf-8", "cp949"):
            try:
                text, encoding = data.decode(enc), enc
                break
            except UnicodeDecodeError:
                continue
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:1_000_000]).best()
        if best is None:
            raise ExtractionError("the file is not text in any known encoding", code="corrupt", path=path)
        encoding = best.encoding
        text = data.decode(encoding, errors="replace")
    if len(text) > limits.max_chars:
        raise ExtractionError(
            f"the text has {len(text):,} characters, more than the limit of {limits.max_chars:,}",
            code="too-large",
            path=path,
        )
    sample = text[:200_000]
    if sample:
        bad = sum(1 for c in sample if (unicodedata.category(c) == "Cc" and c not in "\t\n\r\f") or c == "\ufffd")
        if bad / len(sample) > 0.01:
            raise ExtractionError("the file contains binary data, not text", code="corrupt", path=path)
    return text, encoding


def _is_heading_line(line: str) -> bool:
    return looks_like_heading(line)


def plain_blocks(text: str) -> list[RawBlock]:
    """Blocks of a plain text: blank lines and form feeds separate; a labelled line starts a block."""
    blocks: list[RawBlock] = []
    page = 1
    for page_text in text.split("\f"):
        current: list[str] = []

        def flush() -> None:
            if current:
                joined = "\n".join(current)
                label = match_label(joined.lstrip())
                kind = BlockKind.HEADING if len(current) == 1 and _is_heading_line(joined) else (
                    BlockKind.LIST_ITEM if label and not label.is_structural else BlockKind.PARAGRAPH
                )
                blocks.append(RawBlock(text=joined, kind=kind, page=page))
                current.clear()

        for line in page_text.splitlines():
            if not line.strip():
                flush()
                continue
            if current and ((match_label(line.lstrip()) is not None and not ends_in_reference(current[-1]))
                            or _is_heading_line(current[-1])):
                flush()
            current.append(line.rstrip())
        flush()
        page += 1
    return blocks


def extract_text(path: str, data: bytes, sha256: str, limits: Limits) -> Document:
    text, _enc = decode_text(data, path, limits)
    pages = text.count("\f") + 1
    return build_document(path=path, sha256=sha256, fmt="txt", body=plain_blocks(text), page_count=pages)


# ----------------------------------------------------------------------------------- Markdown

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)\s*\n.*?\n(?:---|\+\+\+)\s*\n", re.DOTALL)
_MDX_STATEMENT = re.compile(r"^(?:import|export)\s.*$", re.MULTILINE)


def extract_markdown(path: str, data: bytes, sha256: str, limits: Limits) -> Document:
    from markdown_it import MarkdownIt

    text, _enc = decode_text(data, path, limits)
    text = _FRONT_MATTER.sub("", text, count=1)
    text = _MDX_STATEMENT.sub("", text)
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(text)
    blocks: list[RawBlock] = []
    list_labels: list[str | None] = []
    pending_label: str | None = None
    heading_level: int | None = None
    table_no = -1
    row = col = 0
    in_cell = False
    for tok in tokens:
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            list_labels.append(None)
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_labels.pop() if list_labels else None
        elif t == "list_item_open":
            pending_label = f"{tok.info}{tok.markup}" if tok.info else "•"
        elif t == "heading_open":
            heading_level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
        elif t == "heading_close":
            heading_level = None
        elif t == "table_open":
            table_no += 1
            row = -1
        elif t == "tr_open":
            row += 1
            col = -1
        elif t in ("th_open", "td_open"):
            col += 1
            in_cell = True
        elif t in ("th_close", "td_close"):
            in_cell = False
        elif t == "inline":
            content = _inline_text(tok)
            if not content.strip():
                continue
            if in_cell:
                blocks.append(RawBlock(text=content, kind=BlockKind.TABLE_CELL, cell=TableCell(table_no, row, col)))
            elif heading_level is not None:
                blocks.append(RawBlock(text=content, kind=BlockKind.HEADING, level=heading_level))
            elif pending_label is not None:
                blocks.append(
                    RawBlock(text=f"{pending_label} {content}", kind=BlockKind.LIST_ITEM, numbering=pending_label,
                             level=max(len(list_labels) - 1, 0))
                )
                pending_label = None
            else:
                blocks.append(RawBlock(text=content, kind=BlockKind.PARAGRAPH))
        elif t in ("html_block",):
            blocks.extend(html_blocks(tok.content, table_offset=table_no + 1))
        elif t in ("fence", "code_block"):
            if tok.content.strip():
                blocks.extend(plain_blocks(tok.content))
    return build_document(path=path, sha256=sha256, fmt="md", body=blocks, page_count=1)


def _inline_text(tok) -> str:  # type: ignore[no-untyped-def]
    out: list[str] = []
    for child in tok.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "softbreak":
            out.append("\n")
        elif child.type == "hardbreak":
            out.append("\n")
        elif child.type == "html_inline":
            if re.match(r"<br\s*/?>", child.content, re.IGNORECASE):
                out.append("\n")
        elif child.type == "image":
            out.append(child.content)
    return re.sub(r"[ \t]+", " ", "".join(out)).strip()


# --------------------------------------------------------------------------------------- HTML

_BLOCK_TAGS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article",
    "header", "footer", "dt", "dd", "table", "tr", "td", "th", "ul", "ol", "dl", "main", "aside",
    "nav", "form", "fieldset", "figure", "figcaption", "address", "center", "caption", "tbody", "thead",
    "body", "html",
}
_DROP_TAGS = {"script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "button", "select", "option", "iframe", "object"}


def html_blocks(markup: str, *, table_offset: int = 0) -> list[RawBlock]:
    import lxml.html
    from lxml import etree

    if not markup.strip():
        return []
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True)
    try:
        root = lxml.html.fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return []
    blocks: list[RawBlock] = []
    buf: list[str] = []
    state: dict = {"kind": BlockKind.PARAGRAPH, "level": None, "cell": None}
    tables: list[list[int]] = []  # stack of [table_no, row, col]
    next_table = [table_offset]

    def flush() -> None:
        text = re.sub(r"[ \t\r\f\v]+", " ", "".join(buf))
        text = re.sub(r" *\n *", "\n", text).strip()
        buf.clear()
        if text:
            kind = state["kind"]
            label = match_label(text)
            if kind is BlockKind.PARAGRAPH and label and not label.is_structural:
                kind = BlockKind.LIST_ITEM
            blocks.append(RawBlock(text=text, kind=kind, level=state["level"], cell=state["cell"]))

    def walk(el) -> None:  # type: ignore[no-untyped-def]
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in _DROP_TAGS:
            if el.tail:
                buf.append(el.tail)
            return
        block = tag in _BLOCK_TAGS
        saved = dict(state)
        if block:
            flush()
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                state["kind"], state["level"] = BlockKind.HEADING, int(tag[1])
            elif tag == "li":
                state["kind"] = BlockKind.LIST_ITEM
            elif tag == "table":
                tables.append([next_table[0], -1, -1])
                next_table[0] += 1
            elif tag == "tr" and tables:
                tables[-1][1] += 1
                tables[-1][2] = -1
            elif tag in ("td", "th") and tables:
                tables[-1][2] += 1
                state["kind"] = BlockKind.TABLE_CELL
                state["cell"] = TableCell(tables[-1][0], max(tables[-1][1], 0), tables[-1][2])
        if tag == "br":
            buf.append("\n")
        if el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
            if tag == "table" and tables:
                tables.pop()
            state.update(saved)
        if el.tail:
            buf.append(el.tail)

    walk(root)
    flush()
    return blocks


def extract_html(path: str, data: bytes, sha256: str, limits: Limits) -> Document:
    text, _enc = decode_text(data, path, limits)
    return build_document(path=path, sha256=sha256, fmt="html", body=html_blocks(text), page_count=1)
