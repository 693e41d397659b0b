"""Cut a Document into clause candidates: about one obligation each, with its clause number and
the headings above it ("7.3 Data Protection > (b)", "제5조(개인정보의 파기) > ②").

Blocks are first cut into units at clause labels (a numbered line, an inline ① after a sentence
end, an article heading); a unit that is only a heading feeds the heading stack; the rest are
split into sentences by spaCy (see nlp.py) and very short sentences are joined to their
neighbour. A table row stays one segment unless it is long (some Korean contracts put the whole
text in a one-cell table). Segments never include running headers or footers, and their text is
always `document.text[start:end]`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import language
from .numbering import KO_ARTICLE_NUMBER, Label, ends_in_reference, match_label
from .types import Block, BlockKind, Document, Lang, Segment

MAX_ROW_CHARS = 800
MIN_SENTENCE_CHARS = {"en": 25, "ko": 10}  # a Korean syllable carries about 2.5 letters
MAX_SEGMENT_CHARS = 1200

_INLINE_SPLIT = re.compile(
    r"(?:(?<=[.。:;])|(?<=다\.)|(?<=\))|(?<=】))[ \t\u3000]+(?=[①-⑳㉑-㉚][ \t\u3000]?\S)"
    r"|(?<=[.。])[ \t\u3000]+(?=" + KO_ARTICLE_NUMBER + r"\s?[(【\[])"
)
_LONG_ENUM_SPLIT = re.compile(r"(?<=;)\s+(?:(?:and|or)\s+)?(?=\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)\s)")
_SENTENCE_END = re.compile(r"[.;:!?。]\s*$|[다함음임됨요]\.?\s*$")
_INLINE_TITLE = re.compile(r"([A-Z][^.;:\n]{1,60}?)\.\s+(?=\S)")
_STRUCTURAL_ANCHORS = {"ko-article", "en-article", "decimal", "en-annex", "ko-annex"}


@dataclass
class _Entry:
    rank: float
    label: str | None  # the bare label ("7.3", "제5조", "(b)"); None for an unlabelled heading
    display: str
    kind: str


@dataclass
class _Unit:
    start: int  # of the text after the label
    end: int
    label: Label | None
    label_start: int
    block: Block
    heading: bool


class _Stack:
    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self.last_letter: str | None = None

    def push(self, entry: _Entry) -> None:
        while self.entries and self.entries[-1].rank >= entry.rank:
            self.entries.pop()
        self.entries.append(entry)

    def pop_list_items(self) -> None:
        while self.entries and self.entries[-1].rank >= 30:
            self.entries.pop()

    def clause_number(self) -> str | None:
        labels = [e for e in self.entries if e.label]
        if not labels:
            return None
        anchor = 0
        for i, e in enumerate(labels):
            if e.kind in _STRUCTURAL_ANCHORS:
                anchor = i
        out = ""
        for e in labels[anchor:]:
            lab = e.label.rstrip(".") if e.kind == "decimal" else e.label  # type: ignore[union-attr]
            if not out:
                out = lab
            elif lab.startswith("("):
                out += lab
            else:
                out += " " + lab
        return out

    def path(self) -> tuple[str, ...]:
        return tuple(e.display for e in self.entries)


def _rank(label: Label, lang: Lang, stack: _Stack, heading: bool = False) -> tuple[float, str]:
    kind, rank = label.kind, float(label.rank)
    if kind == "paren-roman" and stack.last_letter is not None:
        # "(i)" right after "(h)" is the ninth letter, not roman one
        prev = stack.last_letter
        if len(prev) == 1 and ord(label.text[1]) == ord(prev) + 1:
            kind, rank = "paren-letter", 42.0
    if kind == "decimal" and lang is Lang.KO and "." not in label.text.rstrip(".") and not heading:
        # 호 under 항 (①) in Korean statutes and contracts; but a section heading "8. 유출등의 통지" encloses its ①, ②
        kind, rank = "ko-decimal", 30.0
    return rank, kind


def _short_label(label: Label) -> str:
    if label.kind == "ko-article":
        m = re.match(KO_ARTICLE_NUMBER, label.text)
        return m.group(0).replace(" ", "") if m else label.text
    return label.text


def segment_document(document: Document) -> list[Segment]:
    text = document.text
    body_blocks = [b for b in document.blocks if b.kind is not BlockKind.HEADER_FOOTER and b.end <= document.body_end]
    stack = _Stack()
    pending: list[tuple[int, int, Block, str | None, tuple[str, ...], BlockKind]] = []  # spans to split
    rows: list[tuple[int, int, Block, str | None, tuple[str, ...]]] = []

    i = 0
    while i < len(body_blocks):
        block = body_blocks[i]
        if block.kind is BlockKind.TABLE_CELL and block.cell is not None:
            j = i
            key = (block.cell.table, block.cell.row)
            while j + 1 < len(body_blocks) and body_blocks[j + 1].cell is not None and (
                body_blocks[j + 1].cell.table, body_blocks[j + 1].cell.row) == key:  # type: ignore[union-attr]
                j += 1
            start, end = block.start, body_blocks[j].end
            if end - start <= MAX_ROW_CHARS:
                rows.append((start, end, block, stack.clause_number(), stack.path()))
            else:
                for cell_block in body_blocks[i: j + 1]:
                    _units_of_block(text, cell_block, document, stack, pending, BlockKind.TABLE_CELL)
            i = j + 1
            continue
        _units_of_block(text, block, document, stack, pending, block.kind)
        i += 1

    segments: list[Segment] = []
    for start, end, block, number, path in rows:
        segments.append(_make_segment(document, start, end, block, number, path, BlockKind.TABLE_CELL))

    by_lang: dict[str, list[int]] = {}
    for idx, (start, end, block, _n, _p, _k) in enumerate(pending):
        lang = language.detect(text[start:end])
        key = "ko" if lang in (Lang.KO, Lang.MIXED) else "en"
        by_lang.setdefault(key, []).append(idx)
    from . import nlp

    split: dict[int, list[tuple[int, int]]] = {}
    lang_of: dict[int, str] = {}
    for key, indices in by_lang.items():
        for k in indices:
            lang_of[k] = key
        spans = nlp.sentence_spans([text[pending[k][0]: pending[k][1]] for k in indices], key)
        for k, sent_spans in zip(indices, spans):
            base = pending[k][0]
            split[k] = [(base + s, base + e) for s, e in sent_spans]

    for idx, (start, end, block, number, path, kind) in enumerate(pending):
        sentences = split.get(idx) or [(start, end)]
        for s, e in _merge_short(text, _split_long(text, sentences), MIN_SENTENCE_CHARS[lang_of.get(idx, "en")]):
            segments.append(_make_segment(document, s, e, block, number, path, kind))
    segments.sort(key=lambda s: s.start)
    return segments


def _units_of_block(text: str, block: Block, document: Document, stack: _Stack,
                    pending: list, kind: BlockKind) -> None:  # type: ignore[type-arg]
    for unit in _units(text, block):
        body = text[unit.start: unit.end]
        lang = block.lang if block.lang in (Lang.KO, Lang.EN) else document.lang
        if unit.label is not None:
            rank, lkind = _rank(unit.label, lang, stack, heading=unit.heading and block.kind is BlockKind.HEADING)
            display = unit.label.text
            if unit.heading:
                display = text[unit.label_start: unit.end].strip()
            else:
                m = _INLINE_TITLE.match(body)
                if m and len(m.group(1).split()) <= 8 and unit.label.kind not in ("bullet",):
                    display = f"{unit.label.text} {m.group(1)}"
            if lkind == "paren-letter":
                stack.last_letter = unit.label.text[1:-1]
            stack.push(_Entry(rank, _short_label(unit.label), _truncate(display), lkind))
        elif unit.heading:
            level = block.level if block.level is not None else 0
            stack.push(_Entry(1 + 0.1 * level, None, _truncate(body.strip()), "heading"))
            continue
        else:
            stack.pop_list_items()
        if unit.heading or not body.strip():
            continue
        pending.append((unit.start, unit.end, block, stack.clause_number(), stack.path(), kind))


def _units(text: str, block: Block) -> list[_Unit]:
    """Cut a block at clause labels that start a line, and at inline ① or 제N조 after a sentence."""
    bstart, bend = block.start, block.end
    cuts = {bstart}
    pos = bstart
    while True:
        nl = text.find("\n", pos, bend)
        if nl < 0:
            break
        nxt = nl + 1
        while nxt < bend and text[nxt] in " \t\u3000":
            nxt += 1
        if nxt < bend and match_label(text, nxt) is not None and not ends_in_reference(text[pos:nl]):
            cuts.add(nxt)
        pos = nl + 1
    for m in _INLINE_SPLIT.finditer(text, bstart, bend):
        cuts.add(m.end())
    ordered = sorted(cuts)
    units: list[_Unit] = []
    for k, cstart in enumerate(ordered):
        cend = ordered[k + 1] if k + 1 < len(ordered) else bend
        while cstart < cend and text[cstart].isspace():
            cstart += 1
        while cend > cstart and text[cend - 1].isspace():
            cend -= 1
        if cstart >= cend:
            continue
        label = match_label(text, cstart)
        if label is not None and label.end >= cend and label.kind not in ("ko-article", "en-article", "en-annex", "ko-annex", "ko-chapter", "en-part", "decimal", "upper-dot"):
            label = None  # a bare "(a)" line is text, not a heading
        body_start = label.end if label is not None else cstart
        body = text[body_start:cend]
        heading = (block.kind is BlockKind.HEADING and k == 0 and len(ordered) == 1 and len(body) <= 120
                   and not (len(body) > 60 and _SENTENCE_END.search(body)))
        if not heading and label is not None and label.kind in ("ko-article", "ko-chapter", "en-article", "en-annex", "ko-annex", "en-part"):
            heading = len(body) <= 60 and "\n" not in body and not _SENTENCE_END.search(body)
        if not heading and label is not None and label.kind in ("decimal", "upper-dot"):
            letters = [c for c in body if c.isalpha()]
            ascii_letters = [c for c in letters if c.isascii()]
            shouting = len(ascii_letters) >= 0.8 * len(letters) > 0 and all(c.isupper() for c in ascii_letters)
            heading = bool(body) and len(body) <= 60 and "\n" not in body and not _SENTENCE_END.search(body) and (
                shouting or block.kind is BlockKind.HEADING)
        if heading and block.kind is not BlockKind.HEADING and label is None:
            heading = False
        units.append(_Unit(body_start if not heading else body_start, cend, label, cstart, block, heading))
    return units


def _split_long(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if e - s <= MAX_SEGMENT_CHARS:
            out.append((s, e))
            continue
        cuts = [s] + [m.end() for m in _LONG_ENUM_SPLIT.finditer(text, s, e)]
        pieces = []
        for k, c in enumerate(cuts):
            ce = cuts[k + 1] if k + 1 < len(cuts) else e
            pieces.append((c, ce))
        for ps, pe in pieces:
            while pe - ps > MAX_SEGMENT_CHARS:  # hard cap at a space, so no segment is unbounded
                cut = text.rfind(" ", ps + MAX_SEGMENT_CHARS // 2, ps + MAX_SEGMENT_CHARS)
                cut = cut if cut > ps else ps + MAX_SEGMENT_CHARS
                out.append(_trim(text, ps, cut))
                ps = cut
            out.append(_trim(text, ps, pe))
    return [(s, e) for s, e in out if e > s]


def _merge_short(text: str, spans: list[tuple[int, int]], minimum: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    carry: int | None = None
    for s, e in spans:
        if carry is not None:
            s = carry
            carry = None
        if e - s < minimum:
            carry = s
            continue
        out.append((s, e))
    if carry is not None:
        last_end = spans[-1][1]
        if out:
            out[-1] = (out[-1][0], last_end)
        else:
            out.append((carry, last_end))
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _truncate(s: str, n: int = 80) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _make_segment(document: Document, start: int, end: int, block: Block, number: str | None,
                  path: tuple[str, ...], kind: BlockKind) -> Segment:
    start, end = _trim(document.text, start, end)
    body = document.text[start:end]
    lang = language.detect(body)
    if lang is Lang.OTHER:
        lang = block.lang if block.lang is not Lang.OTHER else (document.lang if document.lang is not Lang.OTHER else Lang.EN)
    return Segment(
        start=start,
        end=end,
        text=body,
        page=document.page_at(start),
        lang=lang,
        clause_number=number,
        heading_path=path,
        block_kind=kind,
    )
