"""Literal prefilters for the library's patterns: skip a regex search when the text cannot match.

Detection runs every requirement's pattern groups over every segment, and most segments contain
none of a group's words. For each pattern this module derives the literal text every match must
contain (case-folded, with whitespace removed, since Korean patterns allow any spacing between
characters); a group is searched only if one of its patterns' literals occurs in the segment
(also case-folded and without whitespace), or if some pattern has no derivable literal. The
prefilter only ever skips searches that could not match: it never changes a result.
"""

from __future__ import annotations

import re
from typing import Iterable

try:  # Python 3.11+
    import re._parser as sre_parse  # type: ignore[import-not-found]
    from re._constants import (  # type: ignore[import-not-found]
        ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN,
    )
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN  # type: ignore

    POSSESSIVE_REPEAT = object()

_WS_QUANT = re.compile(r"\\s[*+?]|\\s\{\d*,?\d*\}")
_ZERO_WIDTH = {AT, ASSERT, ASSERT_NOT}
MIN_LITERAL = 1


def squash(text: str) -> str:
    """Text as the prefilter sees it: case-folded, whitespace removed."""
    return "".join(text.split()).lower()


def _alternatives(items: Iterable) -> set[str] | None:  # type: ignore[type-arg]
    """Literal strings one of which every match of this sequence contains (None: cannot say)."""
    best: set[str] | None = None
    run: list[str] = []

    def close_run() -> None:
        nonlocal best, run
        lit = "".join(run)
        if len(lit) >= MIN_LITERAL and (best is None or min(len(x) for x in best) < len(lit)):
            best = {lit}
        run = []

    for op, av in items:
        if op is LITERAL:
            ch = chr(av)
            if ch.isspace():
                continue  # whitespace is removed from the text too
            run.append(ch.lower())
            continue
        if op in _ZERO_WIDTH:
            continue
        close_run()
        sub: set[str] | None = None
        if op is SUBPATTERN:
            sub = _alternatives(av[-1])
        elif op is BRANCH:
            alts: set[str] = set()
            for branch in av[1]:
                found = _alternatives(branch)
                if not found:
                    alts = set()
                    break
                alts |= found
            sub = alts or None
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _alternatives(av[2])
        if sub and (best is None or min(len(x) for x in sub) > min(len(x) for x in best)):
            best = sub
    close_run()
    return best


def literals(pattern: str) -> set[str] | None:
    """Literals every match of `pattern` contains, or None when none can be derived."""
    try:
        parsed = sre_parse.parse(_WS_QUANT.sub("", pattern), re.IGNORECASE)
    except (re.error, RecursionError, OverflowError):
        return None
    try:
        found = _alternatives(list(parsed))
    except (TypeError, ValueError, IndexError):
        return None
    return found or None


class GroupFilter:
    """Whether a group of patterns could match a squashed text."""

    __slots__ = ("lits", "always")

    def __init__(self, patterns: Iterable[str]):
        lits: set[str] = set()
        always = False
        for p in patterns:
            found = literals(p)
            if found is None:
                always = True
                break
            lits |= found
        self.always = always
        self.lits = tuple(sorted(lits, key=len, reverse=True))

    def may_match(self, squashed: str) -> bool:
        if self.always:
            return True
        for lit in self.lits:
            if lit in squashed:
                return True
        return False


class LiteralScan:
    """Which of many literals occur in a squashed text, found in one pass over it.

    Testing each literal with `in` costs one pass over the text per literal (a library has about
    a thousand per language). Here the literals form one trie-shaped regular expression, searched
    as a lookahead at every position, so each position reports the longest literal that starts
    there; a literal that starts at the same position is a prefix of it, so the literals present
    are the ones contained in a reported literal (computed once per reported literal and kept).
    """

    __slots__ = ("_rx", "_lits", "_within")

    def __init__(self, lits: Iterable[str]):
        self._lits = tuple(sorted({lit for lit in lits if lit}))
        self._rx = re.compile(f"(?=({_trie(self._lits)}))") if self._lits else None
        self._within: dict[str, frozenset[str]] = {}

    def present(self, squashed: str) -> set[str]:
        out: set[str] = set()
        if self._rx is None:
            return out
        within = self._within
        for longest in set(self._rx.findall(squashed)):
            found = within.get(longest)
            if found is None:
                found = within[longest] = frozenset(lit for lit in self._lits if lit in longest)
            out |= found
        return out


def _trie(words: Iterable[str]) -> str:
    """A regex matching each word, shaped as a trie: at a position, at most one branch per
    character is tried, and an optional tail is greedy, so the longest word is matched."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        kids = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)
