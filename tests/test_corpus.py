"""Real published contracts (../shared/corpus, skipped when absent): every file extracts to
readable text or fails with a coded error, and segments keep their invariants."""

from __future__ import annotations

import re
from collections import Counter

import pytest

import analyzer
from analyzer.errors import ERROR_CODES
from conftest import CORPUS

FILES = sorted(p.name for p in CORPUS.iterdir() if p.is_file() and p.name != "MANIFEST.md") if CORPUS.is_dir() else []
EXPECTED_ERRORS = {
    "basecamp-dpa-2018-broken-font-encoding.pdf": "unreadable-text-layer",
    "cuad-v1-master_clauses.csv": "unsupported-format",
    "cuad-category_descriptions.csv": "unsupported-format",
    "kr-gov-110-callcenter-privacy-policy.jsp": "unsupported-format",
}


@pytest.mark.corpus
@pytest.mark.parametrize("name", FILES)
def test_every_corpus_file_extracts_or_fails_with_a_code(corpus, name):
    path = corpus / name
    try:
        doc = analyzer.extract(path)
    except analyzer.AnalyzerError as exc:
        assert exc.code in ERROR_CODES
        assert EXPECTED_ERRORS.get(name) == exc.code, f"{name} failed unexpectedly: {exc.code}: {exc.message}"
        return
    assert name not in EXPECTED_ERRORS, f"{name} should have failed with {EXPECTED_ERRORS.get(name)}"
    assert doc.lang in (analyzer.Lang.EN, analyzer.Lang.KO, analyzer.Lang.MIXED)
    segments = analyzer.segment(doc)
    assert len(segments) >= 10
    prev = 0
    for s in segments:
        assert doc.text[s.start:s.end] == s.text and s.start >= prev and s.end <= doc.body_end
        prev = s.end
    # readable words: most tokens are ordinary words, not fragments of one or two letters
    words = re.findall(r"[A-Za-z]+|[가-힣]+", doc.body)
    short = sum(1 for w in words if len(w) <= 2 and w.isascii() and w.lower() not in {"a", "an", "of", "to", "in", "or", "by", "on", "as", "at", "be", "is", "it", "no", "if", "we", "us", "eu", "uk", "i", "ii", "iv", "vi"})
    assert short / max(len(words), 1) < 0.08, f"{name}: too many split words"


def _words(text: str) -> Counter:
    return Counter(w.lower() for w in re.findall(r"[A-Za-z]{3,}", text))


@pytest.mark.corpus
@pytest.mark.parametrize("pdf,twin", [
    ("retool-dpa.pdf", "retool-dpa.md"),
    ("qfieldcloud-opengis-dpa.pdf", "qfieldcloud-opengis-dpa.html"),
    ("bonterms-dpa-v1.0.pdf", "bonterms-dpa-v1.0.md"),
])
def test_pdf_words_match_their_web_twin(corpus, pdf, twin):
    a = _words(analyzer.extract(corpus / pdf).body)
    b = _words(analyzer.extract(corpus / twin).body)
    shared = sum((a & b).values())
    assert shared / sum(b.values()) > 0.85, "the PDF text lost or split words its twin has"


@pytest.mark.corpus
def test_korean_entrustment_contract_segments_by_article(corpus):
    doc = analyzer.extract(corpus / "kr-sms-vendor-entrustment-contract.docx")
    segs = analyzer.segment(doc)
    numbers = [s.clause_number for s in segs if s.clause_number]
    assert "제4조 ②" in numbers and "제7조 ③" in numbers
