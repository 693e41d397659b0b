"""OCR of scanned pages (optional [ocr] extra + Debian tesseract-ocr with eng and kor): off by
default with a helpful error, marks OCR pages and evidence, repairs circled numbers, and reads our
own scans with a low character error rate."""

from __future__ import annotations

import datetime as dt
import shutil
import sys

import pytest

import analyzer
from analyzer.extractors import ocr as ocr_mod
from conftest import ROOT, SAMPLES

sys.path.insert(0, str(ROOT / "benchmarks"))

needs_tesseract = pytest.mark.skipif(ocr_mod.available() is not None,
                                     reason="OCR needs pytesseract and tesseract-ocr with eng and kor (.ci/run installs them)")


@pytest.fixture(scope="module")
def scans(tmp_path_factory):
    from ocr import make_scan

    folder = tmp_path_factory.mktemp("scans")
    out = {}
    for name, src in (("en", SAMPLES / "globalmart-seller" / "seller-agreement.pdf"),
                      ("ko", SAMPLES / "bareun-courier" / "delivery-contract.pdf")):
        vendor = folder / f"{name}-vendor"
        vendor.mkdir()
        make_scan(src, vendor / src.name)
        out[name] = (src, vendor / src.name)
    return folder, out


def test_repair_circled_numbers_per_article():
    lines = ["제3조(파기)", "© 을은 지체 없이 파기한다.", "@을은 결과를 통보한다.", "1. 일반 항목", "제4조(교육)", "(3) 을은 교육을 받는다."]
    assert ocr_mod.repair_circled(lines) == ["제3조(파기)", "① 을은 지체 없이 파기한다.", "② 을은 결과를 통보한다.",
                                             "1. 일반 항목", "제4조(교육)", "① 을은 교육을 받는다."]
    english = ["(a) The Supplier shall", "(3) notify the Company"]
    assert ocr_mod.repair_circled(english) == english


def test_ocr_off_explains_how_to_enable_it(scans):
    _folder, files = scans
    with pytest.raises(analyzer.ExtractionError) as exc:
        analyzer.extract(files["en"][1])
    assert exc.value.code == "no-text-layer" and "--ocr auto" in exc.value.message


def test_missing_tesseract_is_named_in_the_error(scans, monkeypatch):
    _folder, files = scans
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(analyzer.ExtractionError) as exc:
        analyzer.extract(files["ko"][1], ocr="auto")
    assert exc.value.code == "no-text-layer" and "tesseract" in exc.value.message


@needs_tesseract
@pytest.mark.slow
@pytest.mark.parametrize("lang,max_cer", [("en", 0.03), ("ko", 0.06)])
def test_scans_read_with_low_error_and_marked_pages(scans, lang, max_cer):
    """Budget: about 15 s per language (2 s per page at 200 dpi)."""
    from ocr import cer

    _folder, files = scans
    src, scan = files[lang]
    original = analyzer.extract(src)
    ocred = analyzer.extract(scan, ocr="auto")
    assert all(p.ocr and 0.5 < p.ocr_confidence <= 1 for p in ocred.pages)
    assert any("read by OCR" in w for w in ocred.warnings)
    assert cer(original.body, ocred.body) < max_cer
    if lang == "ko":
        numbers = {s.clause_number for s in analyzer.segment(ocred)}
        assert {"제6조 ①", "제7조 ②"} <= numbers  # circled numbers survive OCR


@needs_tesseract
@pytest.mark.slow
def test_scanned_vendor_evidence_is_marked_and_statuses_match_the_text_version(scans):
    """Budget: about 20 s."""
    from analyzer.engine import Analyzer, ScanOptions

    folder, files = scans
    as_of = dt.date(2026, 11, 28)
    az = Analyzer.default(as_of=as_of, ocr="auto", use_model=False)
    report = az.scan([folder], ScanOptions(workers=2, as_of=as_of, cache=False, ocr="auto", timeout=600))
    ko = report.vendor("ko-vendor")
    assert ko.documents[0].ocr_pages == (1, 2, 3, 4)
    ev = [e for r in ko.requirements for e in r.evidence]
    assert ev and all(e.ocr for e in ev)
    text_az = Analyzer.default(as_of=as_of, use_model=False)
    text = text_az.vendor_report("ko", [("t", text_az.analyze_file(files["ko"][0]))])
    same = sum(r.status == ko.requirement(r.id).status for r in text.requirements)
    assert same / 35 >= 0.9
