"""A per-document result cache, so re-scanning an unchanged folder is fast and an interrupted
scan resumes where it stopped.

An entry is keyed by the file's content hash together with everything that changes the result:
the clause library hash, the model file hash, the as-of date, the language option, the limits, the
analyzer version and a hash of the analyzer's own source (see Analyzer.cache_key). Entries are JSON (never pickle: a cache folder is just another place a
hostile file could sit), written atomically as each document finishes. A cache that cannot be
written degrades to no cache with one warning.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import fields, is_dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from .classify.rules import CheckResult
from .findings import DocumentResult, Finding, Override, Signal
from .report import ErrorEntry, write_atomic
from .types import BlockKind, Lang, Segment

CACHE_FORMAT = 8  # 2: findings carry clause_score; 3: documents carry overrides; 4: and their precedence; 5: the document an override names; 6: out-of-scope statements; 7: located signals; 8: size statements (below-thresholds)
#: errors worth remembering: the same bytes fail the same way (a timeout may not)
CACHEABLE_ERRORS = {"not-found", "permission-denied", "empty", "corrupt", "encrypted", "no-text-layer",
                    "unreadable-text-layer", "unsupported-format", "unsupported-language", "too-large"}


def default_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "pipa-contract-analyzer"


def _encode(obj: Any) -> Any:
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _encode(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, (list, tuple)):
        return [_encode(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _encode(v) for k, v in obj.items()}
    return obj


def _check(d: dict[str, Any]) -> CheckResult:
    return CheckResult(**{**d, "items_found": tuple(d.get("items_found", ())), "items_missing": tuple(d.get("items_missing", ()))})


def decode_result(d: dict[str, Any]) -> DocumentResult:
    segments = tuple(Segment(**{**s, "lang": Lang(s["lang"]), "heading_path": tuple(s["heading_path"]),
                                "block_kind": BlockKind(s["block_kind"])}) for s in d["segments"])
    findings = tuple(_finding(f) for f in d["findings"])
    signals = tuple(Signal(**s) for s in d["signals"])
    return DocumentResult(
        path=d["path"], sha256=d["sha256"], format=d["format"], lang=d["lang"], pages=d["pages"], segments=segments,
        findings=findings, signals=signals, warnings=tuple(d["warnings"]), ocr_pages=tuple(d["ocr_pages"]),
        exemptions=tuple(d.get("exemptions", ())), timings=dict(d.get("timings", {})),
        overrides=tuple(Override(**{**o, "target": tuple(o["target"]), "requirements": tuple(o["requirements"])})
                        for o in d.get("overrides", ())),
        segment_count=d.get("segment_count"), lang_chars=dict(d.get("lang_chars", {})), precedence=str(d.get("precedence", "")),
        scope=tuple(_finding(f) for f in d.get("scope", ())),
    )


def _finding(f: dict[str, Any]) -> Finding:
    return Finding(**{**f, "rules": tuple(f["rules"]), "checks": tuple(_check(c) for c in f["checks"])})


class Cache:
    def __init__(self, folder: Path, key_parts: dict[str, Any]):
        self.folder = folder
        self.salt = hashlib.sha256(json.dumps({"format": CACHE_FORMAT, **key_parts}, sort_keys=True,
                                              default=str).encode("utf-8")).hexdigest()
        self.enabled = True
        self.warning: str | None = None
        self.hits = 0
        self.writes = 0

    @classmethod
    def open(cls, folder: Path, key_parts: dict[str, Any]) -> "Cache":
        cache = cls(folder, key_parts)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            cache.enabled = False
            cache.warning = f"the cache folder {folder} is not writable ({exc.strerror or exc}); scanning without a cache"
        return cache

    def _path(self, sha: str) -> Path:
        key = hashlib.sha256(f"{self.salt}:{sha}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def get(self, sha: str) -> DocumentResult | ErrorEntry | None:
        if not self.enabled:
            return None
        path = self._path(sha)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        try:
            if data.get("kind") == "error":
                e = data["error"]
                result: DocumentResult | ErrorEntry = ErrorEntry(e["path"], e["stage"], e["code"], e["message"])
            else:
                result = decode_result(data["result"])
        except (KeyError, TypeError, ValueError):
            return None  # an entry from another version or a damaged file: recompute
        self.hits += 1
        return result

    def put(self, sha: str, value: DocumentResult | ErrorEntry) -> None:
        if not self.enabled:
            return
        if isinstance(value, ErrorEntry):
            if value.code not in CACHEABLE_ERRORS:
                return
            payload = {"kind": "error", "error": _encode(value)}
        else:
            payload = {"kind": "result", "result": _encode(value)}
        try:
            write_atomic(self._path(sha), json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
            self.writes += 1
        except OSError as exc:
            self.enabled = False
            self.warning = f"the cache could not be written ({exc.strerror or exc}); continuing without a cache"
