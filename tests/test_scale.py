"""A vendor's stated size read against the Decree Art. 32-3 thresholds (analyzer.classify.scale), English and Korean."""

import dataclasses

import pytest

from analyzer.classify.scale import below_thresholds, sizes
from analyzer.types import Lang, Segment

REVENUE, SUBJECTS = 1e12, 1e6

# (sentence, the figures read as written, whether each is well below its threshold)
SIZES = [
    ("en", "Its annual revenue is below SEK 150 million.", [("SEK 150 million", True)]),
    ("en", "Our annual income is about GBP 42 million and we examine fewer than 30,000 Korean candidates a year.",
     [("GBP 42 million", True), ("30,000 Korean candidates", True)]),
    ("en", "Its total annual revenue is below the equivalent of KRW 1 trillion.", [("KRW 1 trillion", True)]),
    ("en", "Its consolidated revenue was USD 1.2 billion in 2025.", [("USD 1.2 billion", False)]),
    ("en", "Halvard serves more than one million Korean users a day.", [("one million Korean users", False)]),
    ("en", "Peribaca is a family-run balloon operator with about 35 staff.",
     [("35 staff", True), ("family-run", True)]),
    # a fee is no size: money counts only beside revenue, income, budget or turnover
    ("en", "The Partner pays a fee of EUR 18 million.", []),
    ("ko", "직전 회계연도 매출은 약 1,800만 유로이다.", [("1,800만 유로", True)]),
    ("ko", "직전 사업연도 전체 수입은 약 2억 노르웨이 크로네이다.", [("2억 노르웨이 크로네", True)]),
    ("ko", "당사의 전년도 전체 매출액은 약 2조 3천억 원입니다.", [("2조 3천억 원", False)]),
    ("ko", "바이어의 매출액은 약 미화 9억 달러이다.", [("미화 9억", False)]),
    ("ko", "매출액은 1조원 미만이다.", [("1조원", True)]),
    ("ko", "현지기관은 상근 직원 15명 규모의 단체로서 연간 넘겨받는 단원 정보는 약 300명분이다.",
     [("15명", True), ("300명", True)]),
    ("ko", "국내 이용자는 100만 명 이상이다.", [("100만 명", False)]),
    # no figure out of the end of a word: 직원 is no currency before 15, the "a" of Korea no number, COVID-19 no count
    ("ko", "임직원 40명 규모이며 매출 정보는 공개하지 않는다.", [("40명", True)]),
    ("en", "Its revenue is not disclosed; it serves Korea data subjects and COVID-19 patients.", []),
    ("ko", "수입 통관 수수료는 건당 미화 50달러로 한다.", []),
]


@pytest.mark.parametrize("lang,text,expected", SIZES, ids=[f"{s[0]}-{i}" for i, s in enumerate(SIZES)])
def test_size_figures_are_read_and_judged_against_their_threshold(lang, text, expected):
    assert sorted((s.what, s.small) for s in sizes(text, REVENUE, SUBJECTS)) == sorted(expected)


def _segments(lang: str, *texts: str) -> list[Segment]:
    out, pos = [], 0
    for t in texts:
        out.append(Segment(text=t, start=pos, end=pos + len(t), page=1, lang=Lang(lang), clause_number="3"))
        pos += len(t) + 1
    return out


NO_OFFICE = {
    "en": ("The Recipient has no office or establishment in Korea.", "Its annual revenue is below SEK 150 million.",
           "It serves more than one million Korean users a day."),
    "ko": ("수령자는 대한민국에 사무소나 영업소를 두고 있지 않다.", "수령자의 직전 회계연도 매출은 약 1,800만 유로이다.",
           "수령자의 국내 이용자는 100만 명 이상이다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_no_office_in_korea_with_a_small_size_nearby_is_below_the_thresholds(lang):
    no_office, small, large = NO_OFFICE[lang]
    found = below_thresholds(_segments(lang, no_office, small), REVENUE, SUBJECTS)
    assert found is not None and found.segment == 0 and len(found.figures) == 1
    # no figure: the statement alone says nothing of size; a figure at a threshold keeps the duty
    assert below_thresholds(_segments(lang, no_office), REVENUE, SUBJECTS) is None
    assert below_thresholds(_segments(lang, no_office, small, large), REVENUE, SUBJECTS) is None
    # a figure far from the statement (another clause) is not read with it
    far = _segments(lang, no_office, small)
    far[1] = dataclasses.replace(far[1], clause_number="9")
    assert below_thresholds(far, REVENUE, SUBJECTS) is None
