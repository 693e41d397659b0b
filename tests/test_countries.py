"""Country names are found per first letter (relationship._plain_matches) rather than with the
whole alternation at every position: the matches must be exactly those of the whole alternation."""

from __future__ import annotations

import random

import pytest

from analyzer import relationship
from analyzer.library import load_library
from conftest import ROOT


def _whole(text: str) -> list[tuple[int, int, str]]:
    plain_rx = relationship._country_patterns()[0]
    return [(m.start(), m.end(), m.group(0)) for m in plain_rx.finditer(text)]


def _split(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in relationship._plain_matches(text)]


def test_split_alternation_finds_what_the_whole_one_finds_in_library_texts():
    lib = load_library(ROOT / "clause_library")
    texts = [e.text for e in lib.examples] + [n.text for n in lib.negatives]
    assert sum(len(_whole(t)) for t in texts) > 20  # the texts do name countries
    assert [_split(t) for t in texts] == [_whole(t) for t in texts]


def test_split_alternation_on_glued_cased_and_odd_letter_texts():
    names = ["United States", "Korea", "Åland Islands", "Japan", "Viet Nam", "Vietnam", "중국", "일본", "미국",
             "Ireland", "Northern Ireland", "Niger", "Nigeria", "EU", "Russian Federation"]
    filler = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,-\n\tſKİı가힣中")
    rnd = random.Random(7)
    for _ in range(3000):
        parts = []
        for _k in range(rnd.randint(1, 6)):
            if rnd.random() < 0.5:
                n = rnd.choice(names)
                n = n.upper() if rnd.random() < 0.2 else (n.lower() if rnd.random() < 0.2 else n)
                parts.append(n.replace(" ", rnd.choice([" ", "", "  ", "\n"])))
            else:
                parts.append("".join(rnd.choice(filler) for _c in range(rnd.randint(0, 4))))
        text = "".join(parts)
        assert _split(text) == _whole(text), text


def _signals_without_prefilter(segments):
    original = relationship._matches
    relationship._matches = lambda rx, text, squashed: rx.finditer(text)
    try:
        return relationship.document_signals(segments)
    finally:
        relationship._matches = original


def test_signal_prefilter_literals_are_ascii_or_hangul():
    # the İ/ı/ſ fallback covers every letter a case-insensitive regex folds differently from
    # str.lower() only for ASCII and Hangul literals
    for lits in relationship._signal_literals().values():
        assert lits is not None
        assert all(c.isascii() or "가" <= c <= "힣" for lit in lits for c in lit), lits


def test_signal_prefilter_skips_only_searches_that_cannot_match():
    from analyzer.types import BlockKind, Lang, Segment

    lib = load_library(ROOT / "clause_library")
    texts = [(e.text, e.lang) for e in lib.examples] + [(n.text, n.lang) for n in lib.negatives]
    texts += [("The proceſſor may tranſfer data overſeas to a data importer.", "en"),
              ("Processors in İstanbul and the thırd countries; PSEUDONYMISED DATA; re-identify", "en"),
              ("수탁자는 국외로 이전하지 아니한다. 가명정보 재식별", "ko")]
    segments = [Segment(start=0, end=len(t), text=t, page=1, lang=Lang(lg), clause_number=None, heading_path=(),
                        block_kind=BlockKind.PARAGRAPH) for t, lg in texts]
    fast = relationship.document_signals(segments)
    assert len(fast) > 100
    assert fast == _signals_without_prefilter(segments)


@pytest.mark.parametrize("text", ["세부 사항은 별지와 같다.", "세부적인 내용은 협의한다.", "선전 활동을 하지 않는다."])
def test_korean_words_that_are_also_city_names_are_not_places(text):
    """세부 (Cebu) means 'detailed' and 선전 (Shenzhen) 'promotion': neither names a country."""
    assert relationship.countries_in(text) == []


@pytest.mark.parametrize("text,code", [
    # names with marks typed on a plain keyboard, and the Korean name still in common use
    ("Uzundere Cad. No. 12, Goreme, Nevsehir, Turkiye", "TR"),
    ("a supplier in Cote d'Ivoire", "CI"),
    ("운영사는 튀르키예 네브셰히르에 있다.", "TR"),
    ("운영사는 터키 카파도키아에서 열기구를 운항한다.", "TR"),
])
def test_country_names_without_their_marks_and_older_korean_names_are_found(text, code):
    assert [c for c, *_rest in relationship.countries_in(text)] == [code]


@pytest.mark.parametrize("text,codes", [
    # a name that is also a person's names its country after a word of place or as the last part of an address
    ("ground services for groups visiting Israel and Jordan", ["IL", "JO"]),
    ("Kinneret Ltd., 4 HaYarden Street, Tiberias, Israel", ["IL"]),
    ("its partner in Amman, Jordan, and hotels", ["JO"]),
    ("파트너는 이스라엘과 요르단에서 지상 수배를 한다.", ["IL", "JO"]),
    # not a person, nor an American state
    ("Signed by Jordan Lee, Director", []),
    ("governed by the laws of the State of Georgia", []),
    ("a roast turkey for the gala dinner", []),
])
def test_a_country_name_that_is_also_a_name_is_read_by_its_place_words(text, codes):
    assert [c for c, *_rest in relationship.countries_in(text)] == codes


@pytest.mark.parametrize("text,code", [
    ("회원 정보는 러시아 모스크바의 서버에 보관된다", "RU"), ("라오스 지사에서 처리한다", "LA"),
    ("베네수엘라 현지 대행사", "VE"), ("두바이 데이터센터", "AE"), ("싱가폴 법인", "SG"),
    ("stored with the Dubai office", "AE"), ("the Brunei branch", "BN"),
])
def test_short_korean_and_city_names_read_as_their_country(text, code):
    """pycountry's Korean names are the official ones ("러시아 연방", "라오 인민 민주주의 공화국"); contracts write
    the short ones."""
    assert code in [c for c, _s, _e, _n in relationship.countries_in(text)]


@pytest.mark.parametrize("text", ["'개인정보처리시스템'이란 개인정보를 처리하는 시스템을 말한다", "수탁자란 업무를 위탁받은 자를 말하며, 이란은"])
def test_a_korean_word_that_is_also_a_country_names_none(text):
    assert not [c for c, _s, _e, _n in relationship.countries_in(text) if c == "IR"]


def test_the_country_placeholder_matches_every_name_the_finder_knows_whole():
    """{country} is one prefix-factored alternation (relationship._trie_rx): each name, spaced as contracts space it,
    must still match from its first letter to its last."""
    import re

    rx = re.compile(relationship.placeholder_sources()["{country}"], re.IGNORECASE)
    names = {v for vs in relationship._country_names().values() for v in vs}
    assert len(names) > 500
    for name in names:
        assert rx.fullmatch(name), name
        if re.search(r"[가-힣]", name):
            spaced = " ".join(c for c in name if not c.isspace())
            assert rx.fullmatch(spaced), spaced
    assert not rx.fullmatch("Korea") and not rx.fullmatch("대한민국")
