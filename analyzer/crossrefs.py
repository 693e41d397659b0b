"""Clauses a clause points to by number ("the measures in paragraphs 3, 4 and 6", "제5조, 제6조 및 제10조의
조치"): a clause that lists what it requires by reference meets an items check through the clauses it names,
as a lawyer reads it. Only the document's own clauses are followed; a statute's articles ("Article 29-10 of
the Enforcement Decree", "시행령 제30조") are not."""

from __future__ import annotations

import re
from typing import Callable, Sequence

from .overrides import STATUTE_AFTER, clause_key
from .types import Segment

# "paragraphs 3, 4, 6, 7, 8 and 9", "Clauses 3, 4, 5, 8, 9 and 10", "Parts 3, 5, 6, 8 and 10", "Sections 4.1 and 5"
_EN_REFS = re.compile(
    r"\b(?:clauses?|sections?|paragraphs?|paras?\.|parts?)\s+(\d+(?:\.\d+)*(?:\s*(?:,|\band\b|\bor\b|,\s*and\b)\s*\d+(?:\.\d+)*)*)(?![\d.]\d)"
    r"(?!\s*(?:\(\d+\)\s*)?" + STATUTE_AFTER + ")",
    re.IGNORECASE)
_EN_NUMBER = re.compile(r"\d+(?:\.\d+)*")
# "제5조, 제6조 및 제10조", "제4조부터 제6조까지"; not "법 제28조의8", "시행령 제29조의10"
_KO_REF = re.compile(r"제\s*(\d+)\s*조(?:\s*의\s*(\d+))?")
_KO_STATUTE_BEFORE = re.compile(r"(?:법|령|」|규칙|고시)\s*(?:제\s*\d+\s*조(?:\s*의\s*\d+)?\s*(?:[,·]|및|와|과)\s*)*$")
_KO_RANGE = re.compile(r"제\s*(\d+)\s*조\s*부\s*터\s*제\s*(\d+)\s*조\s*까\s*지")
_MAX_REFS = 12


def _keys(text: str) -> list[tuple[str, ...]]:
    keys: list[tuple[str, ...]] = []
    if re.search(r"[가-힣]", text):
        for m in _KO_RANGE.finditer(text):
            if not _KO_STATUTE_BEFORE.search(text[max(0, m.start() - 40): m.start()]):
                keys += [(str(n),) for n in range(int(m.group(1)), min(int(m.group(2)), int(m.group(1)) + _MAX_REFS) + 1)]
        for m in _KO_REF.finditer(text):
            if _KO_STATUTE_BEFORE.search(text[max(0, m.start() - 40): m.start()]):
                continue
            keys.append((m.group(1) + (f"-{m.group(2)}" if m.group(2) else ""),))
    for m in _EN_REFS.finditer(text):
        keys += [tuple(n.split(".")) for n in _EN_NUMBER.findall(m.group(1))]
    return list(dict.fromkeys(keys))[:_MAX_REFS]


def referred(segments: Sequence[Segment]) -> Callable[[str], str]:
    """A lookup from a clause's text to the text of the clauses of this document it refers to by number."""
    by_key: list[tuple[tuple[str, ...], str]] = []
    for seg in segments:
        key = clause_key(seg.clause_number)
        if key:
            by_key.append((key, seg.text))

    def lookup(text: str) -> str:
        keys = _keys(text)
        if not keys:
            return ""
        return " ".join(t for key, t in by_key if any(key[: len(k)] == k for k in keys))

    return lookup
