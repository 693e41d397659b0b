"""Clause labels as readers see them: "7.3", "(a)", "Article 5", "제5조(목적)", "①", "가.".

Shared by the extractors (to tell a new paragraph from a wrapped line) and the segmenter (to
build heading paths). A label's `rank` orders nesting: a label of lower rank encloses the ones of
higher rank that follow it, as 제5조 encloses ② and ② encloses 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A Korean article number ("제5조", "제5조의2", and an annex's own numbering: "제C-9조", "제3-1조"); the segmenter and
#: the clause anchor read it from here.
KO_ARTICLE_NUMBER = r"제\s?(?:[A-Za-z]\s?-\s?)?\d+(?:\s?-\s?\d+)?\s?조(?:\s?의\s?\d+)?"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚"
_GANADA = "가나다라마바사아자차카타파하"
_ROMAN = r"(?:x{0,3})(?:ix|iv|v?i{0,3})"

# Order matters: the first pattern that matches at the start of a line wins.
_PATTERNS: list[tuple[str, int, re.Pattern[str]]] = [
    ("ko-chapter", 0, re.compile(r"제\s?\d+\s?(?:장|편|절|관)")),
    ("ko-article", 10, re.compile(KO_ARTICLE_NUMBER + r"(?:\s?\([^()\n]{1,60}\)|\s?【[^】\n]{1,60}】|\s?\[[^\]\n]{1,60}\])?")),
    ("ko-annex", 5, re.compile(r"(?:\[?\s?별\s?[표지첨]\s?\d*(?:\s?의\s?\d+)?\s?\]?|부\s?칙|붙\s?임\s?\d*)")),
    ("en-part", 0, re.compile(r"(?:PART|Part|CHAPTER|Chapter)\s+(?:\d+|[IVXLC]+|[A-Z])\b\.?")),
    ("en-article", 5, re.compile(r"(?:ARTICLE|Article|SECTION|Section|CLAUSE|Clause|Sec\.)\s+(?:[A-Z]-)?\d+(?:\.\d+)*[A-Za-z]?\b\.?|(?:ARTICLE|Article)\s+[IVXLC]+\b\.?")),
    ("en-annex", 3, re.compile(r"(?:SCHEDULE|Schedule|ANNEX|Annex|APPENDIX|Appendix|EXHIBIT|Exhibit|ATTACHMENT|Attachment|ADDENDUM|Addendum)\s+(?:\d+|[IVXLC]+|[A-Z])\b\.?")),
    ("circled", 20, re.compile(f"[{_CIRCLED}]")),
    ("decimal", 10, re.compile(r"\d{1,3}(?:\.\d{1,3}){0,4}\.(?=\s)|\d{1,3}(?:\.\d{1,3}){1,4}(?=\s)")),
    ("decimal-paren", 30, re.compile(r"\d{1,2}\)(?=\s)")),
    ("ganada", 40, re.compile(f"[{_GANADA}][.)](?=\\s)")),
    ("chosung", 45, re.compile(r"[ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ][.)](?=\s)")),
    ("paren-ganada", 60, re.compile(f"\\([{_GANADA}]\\)")),
    ("paren-decimal", 50, re.compile(r"\(\d{1,2}\)")),
    ("paren-roman", 55, re.compile(f"\\((?={_ROMAN}\\))(?:{_ROMAN})\\)")),
    ("paren-letter", 42, re.compile(r"\([a-z]{1,2}\)")),
    ("paren-upper", 38, re.compile(r"\([A-Z]\)")),
    ("letter-paren", 42, re.compile(r"[a-z]\)(?=\s)")),
    ("upper-dot", 8, re.compile(r"[A-Z]\.(?=\s+[A-Z])")),
    ("bullet", 70, re.compile(r"[•●○▪■□◦‣∙·\-–\*※◆◇▶►]\s")),
]

_UNIT_AFTER = re.compile(r"\s*(?:%|per\s?cent|(?:business|working|calendar)\s+days?|days?|hours?|years?|months?|weeks?|minutes?|일|시간|년|개월|원|영업일)\b",
                         re.IGNORECASE)

# what follows a label that makes it a cross-reference rather than a heading (match_label runs per line)
_KO_CITATION_AFTER = re.compile(r"\s*(?:제\s?\d+\s?[항호]|에\s?(?:따|의|서|도|관|규정|정한)|(?:을|를|은|는|이|가|의|와|과|및|부터|까지|에)(?:\s|$))")
# ("attached as\nAnnex 3, it has designated": a wrapped line that goes on after a comma or in lower case)
# ("Clause 10.8(a) is replaced by": the sub-clause in brackets, then the sentence goes on)
_EN_CITATION_AFTER = re.compile(r"[-–]\d|\s*[,;]|\s+[a-z]|\s*\(\w{1,4}\)(?:\s*[,;]|\s+[a-z])|\s+(?:of|to|and|or|in|under|above|below|hereof|thereof|hereto|as|shall|is|are|will|may|that|which|with|for|at|by)\b")
_HANGUL = re.compile(r"[가-힣]")

_ANY = re.compile("|".join(f"(?:{p.pattern})" for _, _, p in _PATTERNS))


@dataclass(frozen=True)
class Label:
    kind: str
    rank: int
    text: str  # the label as written, trimmed ("7.3", "(a)", "제5조(목적)")
    end: int  # offset just after the label and the spaces that follow it

    @property
    def is_structural(self) -> bool:
        """Articles, chapters and annexes start a new clause even mid-paragraph."""
        return self.kind in {"ko-chapter", "ko-article", "ko-annex", "en-part", "en-article", "en-annex"}


def match_label(text: str, pos: int = 0) -> Label | None:
    """The clause label at `text[pos:]`, if the text starts with one."""
    for kind, rank, pattern in _PATTERNS:
        m = pattern.match(text, pos)
        if not m or m.end() == pos:
            continue
        label = m.group(0).strip()
        rest = text[m.end(): m.end() + 24]
        if kind == "decimal":
            depth = label.rstrip(".").count(".") + 1
            rank = 10 + depth
        if kind in ("decimal", "paren-decimal", "decimal-paren", "paren-letter", "paren-roman"):
            # "thirty (30) days" wrapped after "thirty", "24 hours": a number with a unit is no label
            if _UNIT_AFTER.match(rest):
                continue
        if kind in ("ko-article", "ko-annex") and not label.endswith((")", "】", "]")):
            # "제28조의8제1항제3호에 따르며", "별표 3에 따른" wrapped onto a new line: a citation, not a heading
            # (an annex label alone on its line is a heading whatever the next line starts with)
            if _KO_CITATION_AFTER.match(rest if kind == "ko-article" else rest.split("\n", 1)[0]):
                continue
        if kind in ("en-article", "en-annex", "en-part"):
            # "Article 28-2 of the Act", "Section 5 of this Agreement": a cross-reference, not a heading
            if _EN_CITATION_AFTER.match(rest):
                continue
        end = m.end()
        while end < len(text) and text[end] in " \t\u3000":
            end += 1
        return Label(kind, rank, label, end)
    return None


# a line that ends on a word that takes a number ("… the parties agree that Clause\n9.1 of the DPA is deleted")
# (after other words: "Schedule" alone on its line is a heading, and so is "Data Items" before "1. Name")
_REFERENCE_WORD_AT_END = re.compile(r"\S[ \t]+(?:clauses?|sections?|articles?|paragraphs?|para\.|schedule|annex|appendix|exhibit|"
                                    r"nos?\.|§)[ \t]*$", re.IGNORECASE)


def ends_in_reference(line: str) -> bool:
    """Whether a line stops on a word that takes a number: a label at the start of the next line is then that
    reference, wrapped by the page's line breaking, not a clause of its own."""
    return _REFERENCE_WORD_AT_END.search(line) is not None


def starts_with_label(line: str) -> bool:
    return match_label(line.lstrip()) is not None


def ko_article_title(label: str) -> str | None:
    """"개인정보의 파기" from "제5조(개인정보의 파기)"."""
    m = re.search(r"[(【\[]([^()】\]]+)[)】\]]", label)
    return m.group(1).strip() if m else None


_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_to_int(s: str) -> int:
    total, prev = 0, 0
    for ch in reversed(s.lower()):
        v = _ROMAN_VALUES.get(ch, 0)
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def int_to_roman(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
            (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def int_to_letters(n: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa (Word's letter numbering repeats the letter)."""
    if n <= 0:
        return ""
    letter = chr(ord("a") + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


def int_to_circled(n: int) -> str:
    return _CIRCLED[n - 1] if 1 <= n <= len(_CIRCLED) else f"({n})"


def int_to_ganada(n: int) -> str:
    return _GANADA[(n - 1) % len(_GANADA)] if n >= 1 else ""


def int_to_chosung(n: int) -> str:
    chosung = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ"
    return chosung[(n - 1) % len(chosung)] if n >= 1 else ""


_HEADING_SENTENCE_END = re.compile(r"[.:;!?。」』\]]\s*$|[다함음임됨요]\s*$")


def looks_like_heading(text: str) -> bool:
    """A short line that titles what follows: "ARTICLE 5", "제5조(파기)", "7.3 Data Protection"."""
    text = text.strip()
    if not text or len(text) > 90:
        return False
    if _HEADING_SENTENCE_END.search(text) and not text.endswith(")"):
        return False
    label = match_label(text)
    if label and label.is_structural:
        return True
    letters = [c for c in text if c.isascii() and c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters) and len(text.split()) <= 10:
        return True
    if label and label.kind == "decimal" and len(text) < 60 and not text.endswith((",", ";")):
        if _HANGUL.search(text, label.end):
            # a Korean list item naming a product ("1. 신규 가입 고객의 IPTV 회선 개통"): Title Case is an English cue
            return False
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text[label.end:])
        long_words = [w for w in words if len(w) >= 4]
        return 0 < len(words) <= 8 and bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.6 * len(long_words)
    return False
