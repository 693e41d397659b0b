"""What the analyzer found in one document: findings per (segment, requirement), and the
signals that describe the vendor relationship. These are the unit of work a worker returns, so
they are plain frozen dataclasses that pickle and serialise without library objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .classify.rules import CheckResult
from .types import Segment


@dataclass(frozen=True)
class Finding:
    """A segment that addresses a requirement, and whether it supports met or weak."""

    requirement: str
    segment: int  # index into DocumentResult.segments
    start: int
    end: int
    page: int
    clause_number: str | None
    text: str
    lang: str
    supports: str  # met | weak
    source: str  # rules | model | rules+model | contrary
    score: float | None = None  # calibrated model probability, when the model ran
    rules: tuple[str, ...] = ()  # rules that fired, with what they parsed ("deadline:notice-deadline=168h")
    checks: tuple[CheckResult, ...] = ()
    ocr: bool = False
    # The requirement's best score among the segments of the clause this one belongs to (its
    # lead-in, items and continuation): a bare list item ("encryption at rest") is as much about
    # security as the "shall take the following measures" that introduces it.
    clause_score: float | None = None

    @property
    def failed(self) -> tuple[CheckResult, ...]:
        return tuple(c for c in self.checks if not c.passed)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "requirement": self.requirement,
            "segment": self.segment,
            "start": self.start,
            "end": self.end,
            "page": self.page,
            "clause_number": self.clause_number,
            "text": self.text,
            "lang": self.lang,
            "supports": self.supports,
            "source": self.source,
            "score": None if self.score is None else round(self.score, 4),
            "rules": list(self.rules),
            "checks": [c.to_dict() for c in self.checks],
        }
        if self.ocr:
            d["ocr"] = True
        if self.clause_score is not None and self.clause_score != self.score:
            d["clause_score"] = round(self.clause_score, 4)
        return d


@dataclass(frozen=True)
class Signal:
    """Evidence about the vendor relationship (role, overseas, pseudonymised data)."""

    kind: str  # role:processor | role:recipient | role:both | overseas | domestic | pseudonymised
    weight: float
    text: str
    start: int
    end: int
    page: int
    country: str | None = None  # ISO 3166 alpha-2, for overseas signals naming a country

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "weight": self.weight, "text": self.text, "start": self.start,
                             "end": self.end, "page": self.page}
        if self.country:
            d["country"] = self.country
        return d


@dataclass(frozen=True)
class Override:
    """A clause, by number (`target`), that the clause `clause_number` disapplies or replaces: for every
    requirement (`requirements` empty) or, for an exception, for those the excepting clause is about."""
    target: tuple[str, ...]
    requirements: tuple[str, ...]
    clause_number: str | None
    page: int
    text: str
    #: the target is in another of the vendor's documents ("of the Terms", "원계약"), not in this one
    #: ("Section 2.1", "of this Agreement", "이 계약 제6조")
    elsewhere: bool = False
    #: the other document as the clause names it ("MSA", "Master Services Agreement"), when it names one
    document: str | None = None


@dataclass(frozen=True)
class DocumentResult:
    """One analysed document: its segments, findings and relationship signals."""

    path: str
    sha256: str
    format: str
    lang: str
    pages: int
    segments: tuple[Segment, ...]
    findings: tuple[Finding, ...]
    signals: tuple[Signal, ...] = ()
    warnings: tuple[str, ...] = ()
    ocr_pages: tuple[int, ...] = ()
    #: "REQ-ID/check-id" of contrary checks whose unless_vendor phrase occurs in this document
    exemptions: tuple[str, ...] = ()
    #: clauses this document disapplies or replaces by number (see overrides.py)
    overrides: tuple[Override, ...] = ()
    #: statements that settle a requirement for the whole vendor, one finding per requirement, kept apart from the
    #: clause findings: out of its scope (not_applicable_if) or met (met_if_stated); the first rule names which
    scope: tuple[Finding, ...] = ()
    #: "this" if the document says it prevails over the vendor's other documents where they differ, "other"
    #: if it says another one prevails over it (see overrides.precedence)
    precedence: str = ""
    timings: dict[str, float] = field(default_factory=dict)
    #: set when the segments were dropped to save memory in a large scan (see slim())
    segment_count: int | None = None
    #: characters of segment text per language ("en", "ko"), for the vendor's report language
    lang_chars: dict[str, int] = field(default_factory=dict)

    @property
    def n_segments(self) -> int:
        return self.segment_count if self.segment_count is not None else len(self.segments)

    def slim(self) -> "DocumentResult":
        """The result without its segments: findings carry the text a report needs, and a scan
        of ten thousand documents should not hold every sentence of every contract in memory."""
        from dataclasses import replace

        return replace(self, segments=(), segment_count=self.n_segments)

    def findings_for(self, requirement: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.requirement == requirement)

    def to_dict(self, *, include_segments: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "path": self.path,
            "sha256": self.sha256,
            "format": self.format,
            "lang": self.lang,
            "pages": self.pages,
            "warnings": list(self.warnings),
            "findings": [f.to_dict() for f in self.findings],
            "signals": [s.to_dict() for s in self.signals],
        }
        if include_segments:
            d["segments"] = [s.to_dict() for s in self.segments]
        if self.ocr_pages:
            d["ocr_pages"] = list(self.ocr_pages)
        return d
