"""Fuzzing: property tests of segmentation and rule parsing on arbitrary text, and a short,
time-bounded fuzz of the extractors on mutated sample files."""

from __future__ import annotations

import datetime as dt
import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analyzer
from analyzer.classify import deadlines, rules
from analyzer.library import load_library
from analyzer.patterns import COUNTRIES, compile_pattern
from conftest import ROOT, SAMPLES

LIB = load_library(ROOT / "clause_library")
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400) | st.text(
    alphabet=st.sampled_from(list("가나다라 수탁자위탁 유출통지 24시간이내 지체없이 within hours days business (72) 제5조① .,;\n")), max_size=300)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_deadline_parser_on_arbitrary_text(text):
    parsed = deadlines.parse(text, "ko" if any("가" <= c <= "힣" for c in text) else "en")
    for d in parsed.durations:
        assert 0 <= d.start < d.end <= len(text)
        assert d.hours >= 0
        assert text[d.start:d.end].strip() == d.text
    if parsed.shortest_cap is not None:
        assert parsed.shortest_cap.cap is not False


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from(["en", "ko", "mixed"]))
def test_every_requirements_checks_run_on_arbitrary_text(text, lang):
    for req in LIB.requirements:
        v = rules.evaluate(req, text, lang, dt.date(2026, 11, 28))
        assert v.status in ("met", "weak")
        req.detected(text, lang)


@settings(max_examples=200, deadline=None)
# ("@countries" is the library's reserved name for the country finder, not a plain phrase; Hypothesis also draws the
# string constants of the code under test, so it does find it)
@given(st.text(min_size=1, max_size=40).filter(lambda s: s.strip() and not s.startswith("re:") and s.strip() != COUNTRIES))
def test_plain_phrases_always_compile_and_match_themselves(phrase):
    p = compile_pattern(phrase)
    assert p.search(phrase.strip()) is not None or not any(c.isalnum() for c in phrase)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_text_documents_extract_and_segment_or_fail_with_a_code(tmp_path_factory, text):
    f = tmp_path_factory.mktemp("fz") / "t.txt"
    f.write_text(text, encoding="utf-8")
    try:
        doc = analyzer.extract(f)
    except analyzer.AnalyzerError as exc:
        assert exc.code in ("empty", "unsupported-language", "corrupt")
        return
    for s in analyzer.segment(doc):
        assert doc.text[s.start:s.end] == s.text


def _mutate(data: bytes, rnd: random.Random) -> bytes:
    b = bytearray(data)
    kind = rnd.randrange(4)
    if kind == 0:  # flip bytes
        for _ in range(rnd.randint(1, 40)):
            b[rnd.randrange(len(b))] = rnd.randrange(256)
    elif kind == 1:  # truncate
        del b[rnd.randrange(1, len(b)):]
    elif kind == 2:  # duplicate a chunk
        i = rnd.randrange(len(b))
        b[i:i] = b[i: i + rnd.randint(1, 4096)]
    else:  # zero a region
        i = rnd.randrange(len(b))
        b[i: i + rnd.randint(1, 2048)] = bytes(min(len(b) - i, 2048))
    return bytes(b)


@pytest.mark.slow
def test_extractors_survive_mutated_samples(tmp_path):
    """Budget: 25 s, however many mutations fit; each result is a Document or a coded error."""
    files = sorted(p for p in SAMPLES.rglob("*") if p.suffix in (".pdf", ".docx", ".hwpx") and ".sources" not in p.parts)
    rnd = random.Random(20261128)
    deadline = time.monotonic() + 25
    n = 0
    while time.monotonic() < deadline:
        src = files[n % len(files)]
        f = tmp_path / f"m{n}{src.suffix}"
        f.write_bytes(_mutate(src.read_bytes(), rnd))
        try:
            doc = analyzer.extract(f)
            analyzer.segment(doc)
        except analyzer.AnalyzerError:
            pass
        f.unlink()
        n += 1
    assert n >= 3 * len(files)
