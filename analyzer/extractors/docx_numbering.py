"""Word's automatic numbering, rebuilt so the text shows the numbers a reader sees.

python-docx leaves "7.3.1", "①" or "가." out of `paragraph.text` because Word generates them
from numbering.xml at display time. Contract clauses are cited by those numbers, and Korean
contracts number their 항 with ① and their 목 with 가., so the analyzer needs them. This module
is pure: it takes the numbering and styles XML elements (already parsed by python-docx) and
returns labels for the paragraphs in document order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..numbering import int_to_chosung, int_to_circled, int_to_ganada, int_to_letters, int_to_roman

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_KOREAN_DIGITS = "영일이삼사오육칠팔구"
_KOREAN_COUNTING = ["하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉", "열"]
_BULLET_MAP = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "▶", "\uf0fc": "✓", "o": "◦", "\uf06e": "■", "\uf076": "❖"}


def _val(el: Any, name: str, default: str | None = None) -> str | None:
    if el is None:
        return default
    child = el.find(W + name)
    if child is None:
        return default
    return child.get(W + "val", default)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # 1-based level after which this level restarts; 0 = never
    legal: bool = False
    suffix: str = "tab"
    style: str | None = None


@dataclass
class _Num:
    abstract: str
    overrides: dict[int, int] = field(default_factory=dict)  # level -> start override
    levels: dict[int, _Level] = field(default_factory=dict)  # full level overrides


def _parse_level(lvl: Any) -> _Level:
    level = _Level()
    start = _val(lvl, "start")
    if start is not None and start.lstrip("-").isdigit():
        level.start = int(start)
    level.fmt = _val(lvl, "numFmt", "decimal") or "decimal"
    text_el = lvl.find(W + "lvlText")
    if text_el is not None:
        level.text = text_el.get(W + "val", "")
    restart = _val(lvl, "lvlRestart")
    if restart is not None and restart.isdigit():
        level.restart = int(restart)
    level.legal = lvl.find(W + "isLgl") is not None and _val(lvl, "isLgl", "1") not in ("0", "false")
    level.suffix = _val(lvl, "suff", "tab") or "tab"
    level.style = _val(lvl, "pStyle")
    return level


def format_number(n: int, fmt: str) -> str:
    if fmt in ("decimal", "decimalHalfWidth"):
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "decimalFullWidth":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "lowerLetter":
        return int_to_letters(n)
    if fmt == "upperLetter":
        return int_to_letters(n).upper()
    if fmt == "lowerRoman":
        return int_to_roman(n)
    if fmt == "upperRoman":
        return int_to_roman(n).upper()
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return int_to_circled(n)
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return f"{n}."
    if fmt == "ganada":
        return int_to_ganada(n)
    if fmt == "chosung":
        return int_to_chosung(n)
    if fmt in ("koreanDigital", "koreanLegal", "koreanDigital2"):
        return "".join(_KOREAN_DIGITS[int(d)] for d in str(n))
    if fmt == "koreanCounting":
        return _KOREAN_COUNTING[n - 1] if 1 <= n <= 10 else str(n)
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if fmt == "none":
        return ""
    return str(n)


class Numbering:
    """Numbering state for one document; call `label()` for each paragraph in order."""

    def __init__(self, numbering_el: Any | None, styles_el: Any | None):
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._abstract_style_link: dict[str, str] = {}
        self._nums: dict[str, _Num] = {}
        self._style_numpr: dict[str, tuple[str | None, int | None]] = {}
        self._style_based_on: dict[str, str] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()
        if numbering_el is not None:
            for absnum in numbering_el.findall(W + "abstractNum"):
                aid = absnum.get(W + "abstractNumId")
                levels = {}
                for lvl in absnum.findall(W + "lvl"):
                    ilvl = lvl.get(W + "ilvl")
                    if ilvl is not None and ilvl.isdigit():
                        levels[int(ilvl)] = _parse_level(lvl)
                self._abstract[aid] = levels
                link = _val(absnum, "numStyleLink")
                if link:
                    self._abstract_style_link[aid] = link
            for num in numbering_el.findall(W + "num"):
                nid = num.get(W + "numId")
                aid = _val(num, "abstractNumId")
                if nid is None or aid is None:
                    continue
                entry = _Num(abstract=aid)
                for ov in num.findall(W + "lvlOverride"):
                    ilvl = ov.get(W + "ilvl")
                    if ilvl is None or not ilvl.isdigit():
                        continue
                    so = _val(ov, "startOverride")
                    if so is not None and so.lstrip("-").isdigit():
                        entry.overrides[int(ilvl)] = int(so)
                    lvl = ov.find(W + "lvl")
                    if lvl is not None:
                        entry.levels[int(ilvl)] = _parse_level(lvl)
                self._nums[nid] = entry
        if styles_el is not None:
            for style in styles_el.findall(W + "style"):
                sid = style.get(W + "styleId")
                ppr = style.find(W + "pPr")
                numpr = ppr.find(W + "numPr") if ppr is not None else None
                if numpr is not None:
                    ilvl = _val(numpr, "ilvl")
                    self._style_numpr[sid] = (_val(numpr, "numId"), int(ilvl) if ilvl and ilvl.isdigit() else None)
                based = _val(style, "basedOn")
                if based:
                    self._style_based_on[sid] = based

    def _style_num(self, style: str | None) -> tuple[str | None, int | None]:
        seen = set()
        while style and style not in seen:
            seen.add(style)
            if style in self._style_numpr:
                return self._style_numpr[style]
            style = self._style_based_on.get(style)
        return None, None

    def _levels(self, num: _Num) -> tuple[str, dict[int, _Level]]:
        aid = num.abstract
        for _ in range(3):  # follow numStyleLink -> style -> num -> abstract indirections
            link = self._abstract_style_link.get(aid)
            if not link:
                break
            nid, _ilvl = self._style_num(link)
            target = self._nums.get(nid or "")
            if target is None or target.abstract == aid:
                break
            aid = target.abstract
        levels = dict(self._abstract.get(aid, {}))
        levels.update(num.levels)
        return aid, levels

    def label(self, ppr: Any | None, style: str | None) -> tuple[str | None, int | None, str]:
        """(label, level, suffix) for a paragraph, or (None, None, "") when it is not numbered."""
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        nid = _val(numpr, "numId") if numpr is not None else None
        ilvl_s = _val(numpr, "ilvl") if numpr is not None else None
        ilvl = int(ilvl_s) if ilvl_s and ilvl_s.isdigit() else None
        if nid is None:
            nid, style_ilvl = self._style_num(style)
            if ilvl is None:
                ilvl = style_ilvl
        if nid is None or nid == "0" or nid not in self._nums:
            return None, None, ""
        num = self._nums[nid]
        aid, levels = self._levels(num)
        if ilvl is None:
            ilvl = next((k for k, lv in levels.items() if lv.style and lv.style == style), 0)
        ilvl = max(0, min(ilvl, 8))
        level = levels.get(ilvl, _Level())
        counters = self._counters.setdefault(aid, [None] * 9)
        if nid not in self._started:
            self._started.add(nid)
            for lv, start in num.overrides.items():
                if 0 <= lv < 9:
                    counters[lv] = start - 1
                    for deeper in range(lv + 1, 9):
                        counters[deeper] = None
        current = counters[ilvl]
        counters[ilvl] = (level.start if current is None else current + 1)
        for deeper in range(ilvl + 1, 9):
            restart = levels.get(deeper, _Level()).restart
            if restart != 0 and (restart is None or restart <= ilvl + 1):
                counters[deeper] = None
        if level.fmt == "bullet":
            text = "".join(_BULLET_MAP.get(c, c) for c in level.text) or "•"
            return text, ilvl, level.suffix
        out = level.text
        for k in range(9):
            token = f"%{k + 1}"
            if token not in out:
                continue
            lv = levels.get(k, _Level())
            value = counters[k] if counters[k] is not None else lv.start
            fmt = "decimal" if (level.legal and lv.fmt not in ("none", "bullet")) else lv.fmt
            out = out.replace(token, format_number(value, fmt))
        return out.strip() or None, ilvl, level.suffix
