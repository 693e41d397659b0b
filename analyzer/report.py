"""Report types: per requirement, per vendor, per scan; and their JSON form.

The JSON report is the public contract of the tool (versioned by FORMAT_VERSION and described by
analyzer/schema/report.schema.json). Everything volatile (versions, hashes, options, timings)
lives in `headers`, so two scans of the same files give identical bodies; vendors and
requirements are sorted, and every path is relative to the scanned folder with "/" separators.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .relationship import VendorRelationship

FORMAT_VERSION = "1.0"
STATUSES = ("met", "weak", "missing", "not_applicable")


@dataclass(frozen=True)
class Evidence:
    path: str
    page: int
    clause_number: str | None
    start: int
    end: int
    text: str
    supports: str  # met | weak
    source: str  # rules | model | rules+model | contrary
    score: float | None = None
    rules: tuple[str, ...] = ()
    ocr: bool = False

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "path": self.path, "page": self.page, "clause_number": self.clause_number, "start": self.start,
            "end": self.end, "text": self.text, "supports": self.supports, "source": self.source,
            "score": None if self.score is None else round(self.score, 4), "rules": list(self.rules),
        }
        if self.ocr:
            d["ocr"] = True
        return d


@dataclass(frozen=True)
class RequirementResult:
    id: str
    status: str
    confidence: float
    reason: dict[str, str]
    evidence: tuple[Evidence, ...]
    title: dict[str, str]
    family: str
    kind: str
    severity: str
    legal_basis: dict[str, str]
    remediation: dict[str, str] | None = None  # lang, clause, explanation (for weak and missing)
    failed_checks: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "status": self.status,
            "confidence": round(self.confidence, 3),
            "reason": dict(self.reason),
            "severity": self.severity,
            "family": self.family,
            "kind": self.kind,
            "title": dict(self.title),
            "legal_basis": dict(self.legal_basis),
            "evidence": [e.to_dict() for e in self.evidence],
            "failed_checks": [dict(c) for c in self.failed_checks],
            "remediation": dict(self.remediation) if self.remediation else None,
        }
        return d


@dataclass(frozen=True)
class DocumentEntry:
    path: str
    sha256: str
    format: str
    lang: str
    pages: int
    segments: int
    warnings: tuple[str, ...] = ()
    duplicate_of: str | None = None
    ocr_pages: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"path": self.path, "sha256": self.sha256, "format": self.format, "lang": self.lang,
                             "pages": self.pages, "segments": self.segments, "warnings": list(self.warnings)}
        if self.duplicate_of:
            d["duplicate_of"] = self.duplicate_of
        if self.ocr_pages:
            d["ocr_pages"] = list(self.ocr_pages)
        return d


@dataclass(frozen=True)
class VendorReport:
    vendor: str
    documents: tuple[DocumentEntry, ...]
    relationship: VendorRelationship
    requirements: tuple[RequirementResult, ...]
    lang: str = "en"
    country: tuple[str, ...] = ()

    @property
    def summary(self) -> dict[str, int]:
        counts = {s: 0 for s in STATUSES}
        for r in self.requirements:
            counts[r.status] += 1
        return counts

    @property
    def risk_score(self) -> float:
        from .risk import risk_score

        return risk_score(self.requirements)

    def requirement(self, rid: str) -> RequirementResult:
        for r in self.requirements:
            if r.id == rid:
                return r
        raise KeyError(rid)

    def to_dict(self) -> dict[str, Any]:
        return {
            "vendor": self.vendor,
            "lang": self.lang,
            "documents": [d.to_dict() for d in self.documents],
            "relationship": self.relationship.to_dict(),
            "summary": self.summary,
            "risk_score": self.risk_score,
            "requirements": [r.to_dict() for r in sorted(self.requirements, key=lambda r: r.id)],
        }


@dataclass(frozen=True)
class ErrorEntry:
    path: str
    stage: str  # extract | analyze | worker | vendors
    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "stage": self.stage, "code": self.code, "message": self.message}


@dataclass(frozen=True)
class SkippedEntry:
    path: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "reason": self.reason}


@dataclass(frozen=True)
class ScanReport:
    headers: dict[str, Any]
    vendors: tuple[VendorReport, ...]
    errors: tuple[ErrorEntry, ...] = ()
    skipped: tuple[SkippedEntry, ...] = ()
    warnings: tuple[str, ...] = ()

    def vendor(self, name: str) -> VendorReport:
        for v in self.vendors:
            if v.vendor == name:
                return v
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format_version": FORMAT_VERSION,
            "headers": self.headers,
            "vendors": [v.to_dict() for v in sorted(self.vendors, key=lambda v: v.vendor)],
            "errors": [e.to_dict() for e in sorted(self.errors, key=lambda e: (e.path, e.stage))],
            "skipped": [s.to_dict() for s in sorted(self.skipped, key=lambda s: s.path)],
            "warnings": list(self.warnings),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, sort_keys=False) + "\n"


def write_atomic(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """Write a file so that readers never see half of it: a temp file, fsync, then rename."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; a report is an ordinary file
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


