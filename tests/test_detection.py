"""The scan's detector (all requirements at once, one literal scan per segment) must answer
exactly as each requirement's own detect rules: it may only skip searches that cannot match."""

from __future__ import annotations

import re

import pytest

from analyzer.detection import Detector, for_library
from analyzer.library import load_library
from analyzer.prefilter import LiteralScan, squash
from conftest import ROOT

LIB = load_library(ROOT / "clause_library")


def _texts() -> list[tuple[str, str]]:
    texts = [(e.text, e.lang) for e in LIB.examples] + [(n.text, n.lang) for n in LIB.negatives]
    for r in LIB.requirements:
        texts += [(r.remediation_clause[lg], lg) for lg in ("en", "ko")]
    return texts


@pytest.mark.parametrize("as_lang", ["own", "other", "mixed"])
def test_detector_agrees_with_every_requirement_on_every_library_text(as_lang):
    detector = for_library(LIB)
    differ = []
    for text, lang in _texts():
        lg = lang if as_lang == "own" else ("mixed" if as_lang == "mixed" else ("ko" if lang == "en" else "en"))
        plain = {r.id for r in LIB.requirements if r.detected(text, lg)}
        fast = detector.detected(text, lg)
        if plain != fast:
            differ.append((text[:60], lg, sorted(plain ^ fast)))
    assert not differ, differ[:10]


def test_detector_agrees_on_headed_and_joined_texts():
    # segments are detected with their headings above them, and contexts join several sentences
    detector = for_library(LIB)
    texts = _texts()
    differ = []
    for k in range(0, len(texts) - 2, 7):
        (a, la), (b, _lb), (c, _lc) = texts[k: k + 3]
        for text in (f"{b[:40]}\n{a} {c}", a.upper(), " ".join(a)):
            plain = {r.id for r in LIB.requirements if r.detected(text, la)}
            if plain != detector.detected(text, la):
                differ.append((text[:60], la))
    assert not differ, differ[:10]


def test_literal_scan_finds_every_literal_present():
    lits = ["개인", "개인정보", "정보", "data", "dat", "at", "personal data", "a", "보호책임자", "책임"]
    scan = LiteralScan(lits)
    for text in ("개인정보보호책임자", "personal data at rest", "xyz", "", "datadat", "개인정 보"):
        sq = squash(text)
        assert scan.present(sq) == {lit for lit in lits if lit in sq}, text


def test_a_group_with_backreferences_is_searched_whole():
    # a backreference numbers groups within its own pattern; the detector keeps the alternation
    from dataclasses import replace

    from analyzer.patterns import compile_pattern

    req = LIB.requirements[0]
    group = (compile_pattern(r"re:(ab)\1"), compile_pattern("re:(cd)x"))
    odd = replace(req, id="ODD", detect={"en": (group,), "ko": (group,)})
    detector = Detector([odd])
    for text in ("abab", "cdx", "cdcd", "ab cd", "cdxab"):
        assert detector.detected(text, "en") == ({"ODD"} if odd.detected(text, "en") else set()), text
    assert re.search(r"(?:(ab)\1)|(?:(cd)x)", "abab")


@pytest.mark.parametrize("text,hit", [
    ("transfers rely on the GDPR standard clauses", True),   # English: a Latin word boundary
    ("the GDPR's clauses", True),
    ("GDPRs", False),                                         # a longer Latin word is another word
    ("XGDPR clauses", False),
    ("GDPR에 따른 표준계약조항으로 이전한다", True),            # Korean: a particle follows the Latin word
    ("이 계약은 EU GDPR상 표준계약조항을 따른다", True),
])
def test_latin_phrases_end_at_latin_letters_not_at_hangul(text, hit):
    from analyzer.patterns import compile_pattern

    assert bool(compile_pattern("GDPR").regex.search(text)) is hit


@pytest.mark.parametrize("stem,forms,others", [
    ("알리-", ["알리고", "알린다", "알릴 것", "알림", "알립니다", "알려야", "알렸다", "알 립 니 다"], ["알아", "알맞은"]),
    ("보관하-", ["보관하며", "보관한다", "보관할", "보관함", "보관합니다", "보관해야", "보관했다"], ["보관소", "보관료"]),
    ("지우-", ["지우고", "지운", "지울", "지웁니다", "지워야"], ["지역", "지원"]),
    ("아니 되-", ["아니 되며", "아니 된다", "아니 될", "아니됩니다", "아니 돼"], ["아니다"]),
    ("받-", ["받는다", "받을"], ["바란다"]),          # a closed syllable takes its endings as separate syllables
])
def test_a_korean_verb_stem_matches_the_forms_that_fuse_an_ending_into_it(stem, forms, others):
    """Korean fuses -ㄴ/-ㄹ/-ㅁ/-ㅂ and -아/-어 into a stem's open last syllable (알리 + ㄹ = 알릴), so the
    bare syllables miss most of a verb's forms; a stem written with a trailing hyphen matches them all."""
    from analyzer.patterns import compile_pattern

    p = compile_pattern(stem)
    for text in forms:
        assert p.regex.search(text), text
        assert p.search(text, squash(text)), text  # the literal prefilter lets every form through
    for text in others:
        assert not p.regex.search(text), text


PLACE_IN_ANY_WORDS = {
    # a transfer named only by its place, with contract necessity in plain words: the place is no listed city
    "en": "Haru tells each Client that the Client's details are sent to Dunecrest in the United Arab Emirates because "
          "the relocation the Client has booked cannot be performed without them.",
    "ko": "회사는 고객에게 고객 정보가 아랍에미리트에 있는 현지 업체에 보내진다는 점과, 그 정보 없이는 고객이 예약한 "
          "반려동물 운송 서비스를 제공할 수 없다는 점을 알린다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_detect_group_with_the_country_finder_matches_any_foreign_place(lang):
    """@countries in a detect group: XFER-BASIS is found where a transfer names a country its own phrases do not
    (the United Arab Emirates), by the requirement and by the all-requirements detector alike, and not where only
    Korea is named."""
    from analyzer.detection import Detector

    req = LIB.requirement("XFER-BASIS")
    assert any(p.source == "@countries" for p in req.detect[lang][0])
    text = PLACE_IN_ANY_WORDS[lang]
    detector = Detector(LIB.requirements)
    assert req.detected(text, lang) and "XFER-BASIS" in detector.detected(text, lang)
    home = text.replace("the United Arab Emirates", "Busan").replace("아랍에미리트", "부산")
    assert not req.detected(home, lang) and "XFER-BASIS" not in detector.detected(home, lang)
    # a foreign place named only as the law or the courts that govern the contract is no transfer
    law = {"en": "This Agreement is governed by the laws of the United Arab Emirates, and each party shall act in "
                 "accordance with them.",
           "ko": "이 계약은 아랍에미리트 법령에 따라 해석하며, 각 당사자는 그에 따라 의무를 이행한다."}[lang]
    assert not req.detected(law, lang) and "XFER-BASIS" not in detector.detected(law, lang)
