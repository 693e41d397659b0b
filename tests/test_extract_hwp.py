"""Binary HWP 5: paragraphs, tables, headers and footers; protected documents fail with a code.
The fixtures are HWPX samples converted by python-hwpx's HWP 5 writer (tests/fixtures/make_hwp.py)."""

from __future__ import annotations

import shutil

import pytest

import analyzer
from analyzer import BlockKind
from conftest import ROOT

FIX = ROOT / "tests" / "fixtures"


def _lines(doc):
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind is not BlockKind.HEADER_FOOTER]


class TestKoreanHwp:
    def test_paragraphs_tables_and_header_footer(self):
        hwp = analyzer.extract(FIX / "annex-security.hwp")
        hwpx = analyzer.extract(ROOT / "samples" / "hanbit-sms" / "annex-security.hwpx")
        assert hwp.format == "hwp" and hwp.lang is analyzer.Lang.KO
        # the same words as the HWPX original (whose automatic 가./나. labels HWP 5 text does not carry)
        strip = lambda s: s.split(". ", 1)[1] if s[:2] in ("가.", "나.", "다.", "라.") else s  # noqa: E731
        assert [strip(x) for x in _lines(hwpx)] == _lines(hwp)
        cells = {(b.cell.row, b.cell.col): hwp.text[b.start:b.end] for b in hwp.blocks if b.cell}
        assert cells[(0, 0)] == "대상" and cells[(1, 1)].startswith("일방향 암호화")
        hf = [hwp.text[b.start:b.end] for b in hwp.blocks if b.kind is BlockKind.HEADER_FOOTER]
        assert "대외비" in hf and all(b.start >= hwp.body_end for b in hwp.blocks if b.kind is BlockKind.HEADER_FOOTER)

    def test_contract_segments_by_article_and_is_analysed(self):
        doc = analyzer.extract(FIX / "entrustment-contract.hwp")
        segs = analyzer.segment(doc)
        assert any(s.clause_number and s.clause_number.startswith("제5조") for s in segs)
        from analyzer.engine import Analyzer

        az = Analyzer.default(use_model=False)
        vendor = az.vendor_report("daon", [("entrustment-contract.hwp", az.analyze_document(doc))])
        assert vendor.requirement("ENT-SUBPROCESSING").status in ("met", "weak")


class TestProtectedHwp:
    @pytest.mark.parametrize("name,words", [("password-protected.hwp", "password"), ("distribution.hwp", "배포용")])
    def test_protected_documents_fail_with_encrypted(self, name, words):
        with pytest.raises(analyzer.ExtractionError) as exc:
            analyzer.extract(FIX / name)
        assert exc.value.code == "encrypted" and words in exc.value.message

    def test_damaged_body_is_corrupt(self, tmp_path):
        import olefile

        f = tmp_path / "damaged.hwp"
        shutil.copy(FIX / "annex-security.hwp", f)
        with olefile.OleFileIO(str(f), write_mode=True) as ole:
            size = len(ole.openstream("BodyText/Section0").read())
            ole.write_stream("BodyText/Section0", b"\xff" * size)
        with pytest.raises(analyzer.ExtractionError) as exc:
            analyzer.extract(f)
        assert exc.value.code == "corrupt"
