"""Group files into vendors: a first-level subfolder is a vendor, a loose file is a vendor of its
own, and an optional vendors.csv manifest names, groups and describes them.

Korean compliance teams keep the manifest in Excel, which saves CSV as CP949 unless told
otherwise, so the manifest is read as UTF-8 (with or without BOM) and then as CP949.
"""

from __future__ import annotations

import csv
import fnmatch
import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import AnalyzerError
from .extractors import DOCUMENT_EXTENSIONS
from .relationship import Declared
from .report import SkippedEntry

_CLUTTER = {".ds_store", "thumbs.db", "desktop.ini", ".localized", "icon\r"}
_ROLES = {"processor": "processor", "recipient": "recipient", "both": "both",
          "수탁자": "processor", "제공받는 자": "recipient", "제공받는자": "recipient"}
_BOOL = {"yes": True, "y": True, "true": True, "1": True, "예": True, "no": False, "n": False, "false": False, "0": False, "아니오": False}


class ManifestError(AnalyzerError):
    """The vendors.csv manifest is unusable; `problems` lists every row problem."""

    code = "internal-error"

    def __init__(self, path: str, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems), path=path)


@dataclass(frozen=True)
class VendorSpec:
    name: str
    files: tuple[Path, ...]  # absolute paths
    rel_paths: tuple[str, ...]  # as the report shows them ("vendor/doc.pdf")
    declared: Declared = field(default_factory=Declared)


@dataclass(frozen=True)
class Grouping:
    vendors: tuple[VendorSpec, ...]
    skipped: tuple[SkippedEntry, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ManifestRow:
    vendor: str
    declared: Declared
    paths: str | None = None


def read_manifest(path: str | os.PathLike[str]) -> list[ManifestRow]:
    raw = Path(path).read_bytes()
    text = None
    for enc in ("utf-8-sig", "cp949"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        raise ManifestError(str(path), ["the manifest is neither UTF-8 nor CP949 text"])
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    problems = []
    if "vendor" not in fields:
        problems.append("the header must have the columns vendor,role,overseas,country (and optionally paths)")
        raise ManifestError(str(path), problems)
    rows: list[ManifestRow] = []
    seen = set()
    for n, raw_row in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw_row.items()}
        name = row.get("vendor", "")
        if not name:
            if any(row.values()):
                problems.append(f"row {n}: the vendor name is empty")
            continue
        if name in seen:
            problems.append(f"row {n}: vendor {name!r} is listed twice")
        seen.add(name)
        role_v = _choice(row, n, "role", _ROLES, "processor, recipient or both", problems)
        overseas_v = _choice(row, n, "overseas", _BOOL, "yes, no, true or false", problems)
        country = row.get("country", "")
        countries = None
        if country:
            countries = tuple(c.strip().upper() for c in country.replace(",", ";").split(";") if c.strip())
            bad = [c for c in countries if not _valid_country(c)]
            if bad:
                problems.append(f"row {n}: country {', '.join(bad)} is not an ISO 3166 alpha-2 code")
            if overseas_v is None and countries:
                overseas_v = any(c != "KR" for c in countries)
        rows.append(ManifestRow(name, Declared(role=role_v, overseas=overseas_v, countries=countries), row.get("paths") or None))
    if problems:
        raise ManifestError(str(path), problems)
    return rows


def _choice(row: dict[str, str], n: int, column: str, table: dict[str, Any], allowed: str,
            problems: list[str]) -> Any:
    """A closed-choice column: blank means "infer it", anything unknown is a problem for row n."""
    value = row.get(column, "")
    if not value:
        return None
    chosen = table.get(value.lower())
    if chosen is None:
        problems.append(f"row {n}: {column} {value!r} must be {allowed} (or blank to infer)")
    return chosen


def _valid_country(code: str) -> bool:
    import pycountry

    return code == "EU" or (len(code) == 2 and pycountry.countries.get(alpha_2=code) is not None)


def _skip_reason(p: Path) -> str | None:
    name = p.name
    if name.lower() in _CLUTTER or name.startswith("~$") or name.startswith("._"):
        return "operating-system or editor clutter"
    if name.startswith("."):
        return "hidden file"
    if p.suffix.lower() not in DOCUMENT_EXTENSIONS:
        return f"not a document ({p.suffix.lower() or 'no extension'})"
    return None


def _walk(folder: Path, root: Path, skipped: list[SkippedEntry]) -> list[Path]:
    """Document files under folder, not following symbolic links; clutter and others skipped."""
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        d = Path(dirpath)
        keep = []
        for name in sorted(dirnames):
            sub = d / name
            if name.startswith("."):
                skipped.append(SkippedEntry(_rel(sub, root), "hidden folder"))
            elif sub.is_symlink():
                skipped.append(SkippedEntry(_rel(sub, root), "symbolic link (not followed)"))
            else:
                keep.append(name)
        dirnames[:] = keep
        for name in sorted(filenames):
            f = d / name
            if f.is_symlink():
                skipped.append(SkippedEntry(_rel(f, root), "symbolic link (not followed)"))
                continue
            reason = _skip_reason(f)
            if reason:
                skipped.append(SkippedEntry(_rel(f, root), reason))
            else:
                out.append(f)
    return out


def _rel(p: Path, root: Path) -> str:
    try:
        return p.relative_to(root).as_posix()
    except ValueError:
        return p.name


def group(paths: list[str | os.PathLike[str]], manifest: list[ManifestRow] | None = None) -> Grouping:
    """Vendors for the given files and folders, in name order."""
    skipped: list[SkippedEntry] = []
    warnings: list[str] = []
    # (vendor name, file, rel path)
    entries: list[tuple[str, Path, str]] = []
    roots: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_symlink() and p.is_dir():
            skipped.append(SkippedEntry(p.name, "symbolic link (not followed)"))
            continue
        if p.is_dir():
            root = p.resolve()
            roots.append(root)
            for child in sorted(root.iterdir()):
                if child.is_symlink():
                    skipped.append(SkippedEntry(_rel(child, root), "symbolic link (not followed)"))
                elif child.is_dir():
                    if child.name.startswith("."):
                        skipped.append(SkippedEntry(_rel(child, root), "hidden folder"))
                        continue
                    for f in _walk(child, root, skipped):
                        entries.append((child.name, f, _rel(f, root)))
                else:
                    reason = _skip_reason(child)
                    if reason:
                        skipped.append(SkippedEntry(_rel(child, root), reason))
                    else:
                        entries.append((child.stem, child, child.name))
        else:
            # a single file is one vendor, named by its stem (it is reported even if missing,
            # so the error reaches the report)
            entries.append((p.stem, p.resolve() if p.exists() else p, p.name))
            roots.append(p.resolve().parent if p.exists() else p.parent)

    declared: dict[str, Declared] = {}
    if manifest:
        by_glob = [(row.vendor, row.paths) for row in manifest if row.paths]
        regrouped = []
        for vendor, f, rel in entries:
            for name, pattern in by_glob:
                if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(f.as_posix(), pattern):
                    vendor = name
                    break
            regrouped.append((vendor, f, rel))
        entries = regrouped
        declared = {row.vendor: row.declared for row in manifest}
        present = {v for v, _f, _r in entries}
        for row in manifest:
            if row.vendor not in present:
                warnings.append(f"vendor {row.vendor!r} is listed in the manifest but has no files")
    vendors: dict[str, list[tuple[Path, str]]] = {}
    for vendor, f, rel in entries:
        vendors.setdefault(vendor, []).append((f, rel))
    specs = []
    for name in sorted(vendors):
        files = sorted(vendors[name], key=lambda fr: fr[1])
        specs.append(VendorSpec(name, tuple(f for f, _r in files), tuple(r for _f, r in files), declared.get(name, Declared())))
    return Grouping(tuple(specs), tuple(sorted(skipped, key=lambda s: s.path)), tuple(warnings))
