"""Rule detection of every requirement in a segment at once: the scan's hot path.

A requirement is detected in a text when each of its detect groups (for the text's language) has
a pattern that matches (Requirement.detected). Asking that of the 35 requirements one by one
runs about a hundred group alternations over every segment, and most of them cannot match. Here
one literal scan per segment (prefilter.LiteralScan) finds which of the library's literals occur;
only the patterns with one of those literals (or with none derivable) are searched, each on its
own, requirement by requirement, stopping at the first group without a match. A group matches
when one of its patterns does, so the answer is Requirement.detected's (the tests compare the
two over every example and negative of the library). A group whose patterns refer to their own
groups (backreferences) is searched as the one alternation Requirement.detected uses.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from .patterns import COUNTRIES
from .prefilter import LiteralScan, literals, squash

LANGS = ("en", "ko")
_GROUPREF = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


class _PlaceProbe:
    """@countries as a detect group reads it: a foreign place named as a place (patterns._CountriesPattern)."""

    __slots__ = ("pattern",)

    def __init__(self, pattern: Any):
        self.pattern = pattern

    def search(self, text: str) -> bool:
        return bool(self.pattern.place_search(text))


class _Table:
    """One language's probes (a regex, the group it belongs to) and the literals that select them."""

    __slots__ = ("probes", "group_of", "always", "by_literal", "scan", "groups")

    def __init__(self, requirements: Sequence[Any], lang: str):
        self.probes: list[Any] = []  # compiled regexes, or the @countries pattern (its own search)
        self.group_of: list[tuple[int, int]] = []
        self.groups: list[int] = []  # number of detect groups per requirement (0: none in this language)
        always: list[int] = []
        by_literal: dict[str, list[int]] = {}
        for ri, req in enumerate(requirements):
            groups = req.detect.get(lang, ())
            self.groups.append(len(groups))
            for gi, group in enumerate(groups):
                places = [p for p in group if p.source == COUNTRIES]  # searched by the country finder
                phrases = [p for p in group if p.source != COUNTRIES]
                units: list[tuple[Any, Any]]
                if any(_GROUPREF.search(p.expr) for p in phrases):
                    exprs = [p.expr for p in phrases]
                    units = [(re.compile("|".join(f"(?:{e})" for e in exprs), re.IGNORECASE), _union(exprs))]
                else:
                    units = [(p.regex, p.literals) for p in phrases]
                units += [(_PlaceProbe(p), None) for p in places]
                for rx, lits in units:
                    pid = len(self.probes)
                    self.probes.append(rx)
                    self.group_of.append((ri, gi))
                    if not lits or "" in lits:
                        always.append(pid)
                    else:
                        for lit in lits:
                            by_literal.setdefault(lit, []).append(pid)
        self.always = tuple(always)
        self.by_literal = {lit: tuple(pids) for lit, pids in by_literal.items()}
        self.scan = LiteralScan(self.by_literal)

    def candidates(self, squashed: str) -> dict[tuple[int, int], set[int]]:
        """(requirement, group) -> the probes that could match this squashed text."""
        out: dict[tuple[int, int], set[int]] = {}
        group_of = self.group_of
        for pid in self.always:
            out.setdefault(group_of[pid], set()).add(pid)
        by_literal = self.by_literal
        for lit in self.scan.present(squashed):
            for pid in by_literal[lit]:
                key = group_of[pid]
                found = out.get(key)
                if found is None:
                    out[key] = {pid}
                else:
                    found.add(pid)
        return out


def _union(exprs: list[str]) -> set[str] | None:
    """The literals of an alternation of these expressions (None: cannot say)."""
    out: set[str] = set()
    for e in exprs:
        found = literals(e)
        if found is None:
            return None
        out |= found
    return out


class Detector:
    """Detects all of a library's requirements in a text; build once per library (see for_library)."""

    def __init__(self, requirements: Sequence[Any]):
        self.ids = tuple(r.id for r in requirements)
        self._tables = {lg: _Table(requirements, lg) for lg in LANGS}

    def detected(self, text: str, lang: str, squashed: str | None = None) -> set[str]:
        """IDs of the requirements whose every detect group matches `text` (as Requirement.detected:
        a language other than en or ko is tried with both)."""
        if squashed is None:
            squashed = squash(text)
        found: set[int] = set()
        for lg in (lang,) if lang in LANGS else LANGS:
            table = self._tables[lg]
            cands = table.candidates(squashed)
            probes = table.probes
            ready: dict[int, int] = {}  # requirement -> its groups with a candidate
            for ri, _gi in cands:
                ready[ri] = ready.get(ri, 0) + 1
            groups = table.groups
            for ri, n in ready.items():
                if n == groups[ri] and ri not in found and all(
                        any(probes[pid].search(text) for pid in cands[(ri, gi)]) for gi in range(n)):
                    found.add(ri)
        return {self.ids[i] for i in found}


_DETECTORS: dict[int, tuple[Any, Detector]] = {}


def for_library(library: Any) -> Detector:
    """The library's detector, built on first use (or in Library.warm, before workers fork)."""
    entry = _DETECTORS.get(id(library))
    if entry is None or entry[0] is not library:
        entry = (library, Detector(library.requirements))
        _DETECTORS[id(library)] = entry
    return entry[1]
