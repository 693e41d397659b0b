"""Golden files for the samples: extraction and segmentation, and the scan report (with a fixed
as-of date so the goldens do not drift when the law changes). Regenerate deliberately with
UPDATE_GOLDEN=1 and review the diff."""

from __future__ import annotations

import datetime as dt
import json
import os

import jsonschema
import pytest

import analyzer
from analyzer.engine import Analyzer, ScanOptions
from analyzer.resources import schema_path
from conftest import ROOT, SAMPLES

GOLDEN = ROOT / "tests" / "golden"
AS_OF = dt.date(2026, 11, 28)
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
SAMPLE_FILES = sorted(p for p in SAMPLES.rglob("*") if p.is_file() and p.suffix in (".pdf", ".docx", ".hwpx")
                      and ".sources" not in p.parts)


def _check(name: str, data) -> None:
    path = GOLDEN / name
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if UPDATE or not path.exists():
        path.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"golden file {name} was missing and has been written; review and commit it")
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(text), f"{name} differs (UPDATE_GOLDEN=1 to accept)"


def test_samples_cover_the_formats_and_languages():
    kinds = {(p.suffix, analyzer.extract(p).lang.value) for p in SAMPLE_FILES}
    assert {(".pdf", "en"), (".pdf", "ko"), (".docx", "en"), (".docx", "ko"), (".hwpx", "ko")} <= kinds
    assert len({p.parent.name for p in SAMPLE_FILES}) >= 4


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.relative_to(SAMPLES).as_posix() for p in SAMPLE_FILES])
def test_extraction_and_segmentation_golden(path):
    doc = analyzer.extract(path)
    segs = analyzer.segment(doc)
    data = {
        "format": doc.format, "lang": doc.lang.value, "pages": [[p.number, p.start, p.end] for p in doc.pages],
        "sha256": doc.sha256, "body_end": doc.body_end,
        "header_footer": sorted({doc.text[b.start:b.end] for b in doc.blocks if b.kind.value == "header_footer"}),
        "segments": [[s.page, s.clause_number, s.heading, s.start, s.end, s.text[:80]] for s in segs],
    }
    _check(f"segments-{path.parent.name}-{path.name}.json", data)


@pytest.fixture(scope="module")
def samples_report():
    return Analyzer.default(as_of=AS_OF).scan([SAMPLES], ScanOptions(workers=2, as_of=AS_OF))


def test_samples_report_golden(samples_report):
    d = samples_report.to_dict()
    jsonschema.validate(d, json.loads(schema_path().read_text(encoding="utf-8")))
    d.pop("headers")
    _check("samples-report.json", d)


def test_samples_report_agrees_with_the_lawyer_labels(samples_report):
    """Not a golden: the labels were written by hand; the figure guards against regressions."""
    labels = json.loads((SAMPLES / ".sources" / "labels.json").read_text(encoding="utf-8"))
    pairs = [(lab["requirements"][r.id]["status"], r.status) for v in samples_report.vendors
             for lab in [labels["vendors"][v.vendor]] for r in v.requirements]
    agree = sum(t == p for t, p in pairs) / len(pairs)
    assert len(pairs) == 4 * 35 and agree >= 0.8
