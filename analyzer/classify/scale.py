"""A vendor's stated size against the thresholds that decide whether a law's duty reaches it.

Art. 31-2 PIPA binds a controller with no address or office in Korea only where it meets one of
the Decree Art. 32-3 thresholds (total revenue of KRW 1 trillion, one million Korean data
subjects, ...). Contracts with a small partner abroad often say so in facts rather than in
words about the law: "The Recipient has no office or establishment in Korea. Its annual revenue
is below SEK 150 million", "임직원 40여 명 규모의 … 기업으로 대한민국에 사무소를 두고 있지
않습니다". A lawyer reads such facts as putting the partner below the thresholds; this module
reads them the same way, and only where the documents give a figure or say the business is
small: a statement that the partner has no office in Korea says nothing about its size.

Money is turned into won at rough rates: the figures are compared with a threshold only where
they fall short of half of it, so the rates need only be right to within a factor of two, and a
figure within that margin (or above the threshold) keeps the duty in play.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..types import Segment

# KRW per unit, rounded (late 2026); only the order of magnitude matters (see the module docstring)
_KRW_PER = {
    "KRW": 1, "USD": 1400, "EUR": 1500, "GBP": 1750, "CHF": 1600, "SEK": 130, "NOK": 130, "DKK": 200, "ISK": 10,
    "AUD": 900, "NZD": 820, "CAD": 1000, "SGD": 1050, "HKD": 180, "JPY": 9.5, "CNY": 195, "TWD": 43, "AED": 380,
    "SAR": 370, "THB": 40, "VND": 0.055, "PHP": 24, "IDR": 0.09, "MYR": 300, "INR": 16, "MXN": 75, "BRL": 250,
    "PLN": 350, "CZK": 60, "TRY": 40, "ZAR": 75, "KES": 11, "MNT": 0.4, "KZT": 2.8,
}
# currency words and signs, English and Korean, longest first within each alternation
_CURRENCY_NAMES = {
    "USD": ["USD", "US$", "U.S. dollars", "US dollars", "dollars", "$", "미화", "미국 달러", "달러"],
    "EUR": ["EUR", "€", "euros", "euro", "유로"],
    "GBP": ["GBP", "£", "pounds sterling", "pounds", "파운드"],
    "CHF": ["CHF", "Swiss francs", "스위스 프랑", "프랑"],
    "SEK": ["SEK", "Swedish kronor", "kronor", "스웨덴 크로나", "크로나"],
    "NOK": ["NOK", "Norwegian kroner", "노르웨이 크로네", "크로네"],
    "DKK": ["DKK", "Danish kroner", "덴마크 크로네"],
    "ISK": ["ISK"],
    "AUD": ["AUD", "A$", "Australian dollars", "호주달러", "호주 달러"],
    "NZD": ["NZD", "NZ$", "New Zealand dollars", "뉴질랜드 달러"],
    "CAD": ["CAD", "C$", "Canadian dollars", "캐나다 달러"],
    "SGD": ["SGD", "S$", "Singapore dollars", "싱가포르 달러"],
    "HKD": ["HKD", "HK$", "Hong Kong dollars", "홍콩 달러"],
    "JPY": ["JPY", "¥", "yen", "엔"],
    "CNY": ["CNY", "RMB", "yuan", "위안"],
    "TWD": ["TWD", "NT$", "대만 달러"],
    "AED": ["AED", "dirhams", "디르함"],
    "SAR": ["SAR", "riyals", "리얄"],
    "THB": ["THB", "baht", "바트"],
    "VND": ["VND", "dong", "동"],
    "PHP": ["PHP", "pesos", "페소"],
    "IDR": ["IDR", "rupiah", "루피아"],
    "MYR": ["MYR", "ringgit", "링깃"],
    "INR": ["INR", "rupees", "루피"],
    "MXN": ["MXN"],
    "BRL": ["BRL", "reais", "헤알"],
    "PLN": ["PLN", "złoty", "zloty", "즐로티"],
    "CZK": ["CZK"],
    "TRY": ["TRY", "lira", "리라"],
    "ZAR": ["ZAR", "rand", "랜드"],
    "KES": ["KES", "Kenyan shillings", "실링"],
    "MNT": ["MNT", "tugrik", "투그릭"],
    "KZT": ["KZT", "tenge", "텡게"],
    "KRW": ["KRW", "₩", "won", "원"],
}
_NAME_TO_CODE = {n.lower().replace(" ", ""): code for code, names in _CURRENCY_NAMES.items() for n in names}
# "Australian dollars" before "dollars", "호주달러" before "달러"
_CUR = "|".join(re.escape(n).replace(r"\ ", r"\s*")
                for n in sorted({n for ns in _CURRENCY_NAMES.values() for n in ns}, key=len, reverse=True))
# before the figure only codes, signs and "미화": a Korean currency word there is the end of another word (직원 15명)
_CUR_BEFORE = "|".join(re.escape(n).replace(r"\ ", r"\s*")
                       for n in sorted({n for ns in _CURRENCY_NAMES.values() for n in ns if n.isascii() or n == "미화"},
                                       key=len, reverse=True))
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_EN_MAG = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mio": 1e6, "billion": 1e9, "bn": 1e9,
           "b": 1e9, "trillion": 1e12, "tn": 1e12}
_KO_MAG = {"천": 1e3, "만": 1e4, "십만": 1e5, "백만": 1e6, "천만": 1e7, "억": 1e8, "십억": 1e9, "백억": 1e10, "천억": 1e11,
           "조": 1e12}
_WORD_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10}
_EN_MAG_RX = r"(?:thousand|million|billion|trillion|mio|mn|bn|tn|[kmb])\b"
# "revenue of EUR 18 million", "CHF 212m", "USD 1.2 billion", "18 million euros", "1,800만 유로", "미화 9억 달러",
# "약 2억 노르웨이 크로네", "1조원"
_MONEY = re.compile(
    rf"(?<![A-Za-z가-힣])(?P<c1>{_CUR_BEFORE})\s*(?P<n1>{_NUM})\s*(?P<m1>{_EN_MAG_RX}|(?:십|백|천)?(?:만|억)|조)?|"
    rf"(?<![\w.,-])(?:(?P<tr>{_NUM})\s*조\s*)?(?P<n2>{_NUM})\s*(?P<m2>{_EN_MAG_RX}|(?:십|백|천)?(?:만|억)|조|천)?\s*(?P<c2>{_CUR})(?![A-Za-z])",
    re.IGNORECASE)
# what a money figure in the sentence is about: the business's size, not a fee, a cap or a fine (수입 as income, not
# as imports: 수입 통관, 수입 물품)
_REVENUE = re.compile(r"\b(?:revenues?|turnover|income|budget|sales)\b|매\s*출|수\s*입(?!\s*(?:통\s*관|물\s*품|품|신\s*고|업|자|관\s*세))|예\s*산|영\s*업\s*수\s*익", re.IGNORECASE)
# people: "about 3,000 applicants a season", "under 40,000 data subjects", "상근 직원 15명", "약 300명분", "100만 명"
_PEOPLE = re.compile(
    rf"(?<![\w.,-])(?P<n>{_NUM}|(?:{'|'.join(_WORD_NUM)})\b)\s*(?P<m>{_EN_MAG_RX}|(?:십|백|천)?만)?\s*"
    r"(?:(?:Korean|South\s+Korean|Korean-resident|domestic|active|daily|registered|individual|unique)\s+){0,2}"
    # one word of the contract's own naming the group: "about 38,000 Programme participants"
    r"(?:(?!of\b|and\b|or\b|per\b)[A-Za-z][\w-]*\s+)?"
    r"(?P<who>staff|employees|people|persons|individuals|customers|guests|users|members|candidates|applicants|"
    r"data\s+subjects|records|patients|passengers|volunteers|participants|students|subscribers|players|travell?ers|"
    r"여?\s*명)",
    re.IGNORECASE)
_STAFF = re.compile(r"staff|employees|직\s*원|임\s*직\s*원|인\s*력|상\s*근|근\s*로\s*자", re.IGNORECASE)
_SMALL = re.compile(r"\bfamily[- ](?:run|owned)\b|\bsmall\s+(?:\w+\s+){0,2}?(?:business|company|firm|operator|non-?profit|"
                    r"charity|organi[sz]ation|institute|enterprise)|소\s*규\s*모|영\s*세|가\s*족\s*(?:이|끼리)?\s*운\s*영",
                    re.IGNORECASE)
# the partner has no address or office in Korea
_NO_OFFICE = re.compile(
    r"(?:대\s*한\s*민\s*국|한\s*국|국\s*내)\s*(?:에|내\s*에)\s*(?:(?:주\s*소|사\s*무\s*소|영\s*업\s*소|지\s*사|지\s*점|대\s*리\s*점|"
    r"사\s*업\s*장|법\s*인|자\s*회\s*사)\s*(?:나|이나|,|·|또\s*는|및)?\s*)+(?:를|을|가|이|는)?\s*(?:두\s*고\s*있\s*지\s*(?:않|아\s*니)|"
    r"두\s*지\s*(?:않|아\s*니)|없)|"
    r"\b(?:has|have|maintains?)\s+no\s+(?:(?:registered\s+)?(?:office|establishment|place\s+of\s+business|address|branch|"
    r"presence|subsidiary|employees|staff)(?:,|\s+or|\s+and|\s+nor)?\s+(?:other\s+)?)+(?:\w+\s+){0,3}?in\s+(?:the\s+)?"
    r"(?:Republic\s+of\s+|South\s+)?Korea\b|"
    r"\b(?:does|do)\s+not\s+(?:have|maintain)\s+(?:an?\s+|any\s+)?(?:(?:office|establishment|place\s+of\s+business|address|"
    r"branch|subsidiary)(?:,|\s+or|\s+and)?\s+)+(?:\w+\s+){0,3}?in\s+(?:the\s+)?(?:Republic\s+of\s+|South\s+)?Korea\b|"
    # Korea named first: "It does not offer any goods or services to individuals in Korea and has no establishment there"
    r"\bKorea\b[^.;]{0,100}?\b(?:has|have|maintains?)\s+no\s+(?:(?:registered\s+)?(?:office|establishment|place\s+of\s+business|"
    r"address|branch|presence|subsidiary)(?:,|\s+or|\s+and|\s+nor)?\s+)+there\b",
    re.IGNORECASE)
# "below", "under", "less than", "미만", "이하", "못 미치": a bound, not an amount ("revenue below SEK 150 million")
_BOUND_BEFORE = re.compile(r"\b(?:below|under|less\s+than|fewer\s+than|not\s+more\s+than|no\s+more\s+than|at\s+most|"
                           r"up\s+to)\s+(?:about\s+|around\s+|approximately\s+|some\s+)?(?:the\s+equivalent\s+of\s+)?$",
                           re.IGNORECASE)
_BOUND_AFTER = re.compile(r"^\s*(?:이\s*하|미\s*만|에\s*못\s*미|을\s*넘\s*지\s*않|를\s*넘\s*지\s*않)")
_ABOVE_BEFORE = re.compile(r"\b(?:more\s+than|over|above|exceeds?|exceeding|at\s+least)\s+(?:about\s+|around\s+)?$",
                           re.IGNORECASE)
_ABOVE_AFTER = re.compile(r"^\s*(?:이\s*상|초\s*과|을\s*넘|를\s*넘)")
#: segments either side of a "no office in Korea" statement read for its size ("We have no office in Korea. Our annual
#: income is about GBP 42 million")
_WINDOW = 2


@dataclass(frozen=True)
class Size:
    """What a stated figure says against a threshold: `small` (well below it) or not."""

    small: bool
    what: str  # the words of the figure, as written


@dataclass(frozen=True)
class BelowThresholds:
    """The segment saying the partner has no office in Korea, and the figures that put it below the thresholds."""

    segment: int
    statement: str
    figures: tuple[str, ...]


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _magnitude(mag: str | None) -> float:
    if not mag:
        return 1.0
    mag = re.sub(r"\s+", "", mag)
    return _EN_MAG.get(mag.lower(), _KO_MAG.get(mag, 1.0))


def _bounds(text: str, m: re.Match[str]) -> tuple[bool, bool]:
    """(an upper bound: "below SEK 150 million", "100만 명 미만"; a lower bound: "more than one million")."""
    before, after = text[max(0, m.start() - 40): m.start()], text[m.end(): m.end() + 15]
    upper = bool(_BOUND_BEFORE.search(before) or _BOUND_AFTER.match(after))
    lower = bool(_ABOVE_BEFORE.search(before) or _ABOVE_AFTER.match(after))
    return upper, lower


def _small(value: float, threshold: float, upper: bool, lower: bool) -> bool:
    """Well below the threshold: under half of it, or bounded by it from above ("revenue below KRW 1 trillion")."""
    if lower:
        return False
    return value <= threshold if upper else value < threshold / 2


def sizes(text: str, revenue_krw: float, data_subjects: float) -> list[Size]:
    """The size figures of one sentence, each judged against its threshold (money against revenue, people against data
    subjects; a staff count or "family-run" says the business is small)."""
    out = []
    if _REVENUE.search(text):
        for m in _MONEY.finditer(text):
            cur = _NAME_TO_CODE.get(re.sub(r"\s+", "", (m.group("c1") or m.group("c2"))).lower())
            if cur is None:
                continue
            amount = _number(m.group("n1") or m.group("n2")) * _magnitude(m.group("m1") or m.group("m2"))
            if m.group("tr"):  # "2조 3천억 원"
                amount += _number(m.group("tr")) * 1e12
            krw = amount * _KRW_PER[cur]
            upper, lower = _bounds(text, m)
            out.append(Size(small=_small(krw, revenue_krw, upper, lower), what=" ".join(m.group(0).split())))
    for m in _PEOPLE.finditer(text):
        raw = m.group("n").lower()
        n = _WORD_NUM[raw] if raw in _WORD_NUM else _number(raw)
        n *= _magnitude(m.group("m"))
        upper, lower = _bounds(text, m)
        if _STAFF.search(m.group("who")) or _STAFF.search(text[max(0, m.start() - 12): m.start()]):
            # a business of a few hundred people does not reach KRW 1 trillion of revenue
            out.append(Size(small=n <= 300 and not lower, what=" ".join(m.group(0).split())))
        else:
            out.append(Size(small=_small(n, data_subjects, upper, lower), what=" ".join(m.group(0).split())))
    for m in _SMALL.finditer(text):
        out.append(Size(small=True, what=" ".join(m.group(0).split())))
    return out


_RECITAL = re.compile(r"^\(?(?:[A-Z]|[가나다라마바사아자차카타파하])\)?\.?$")


def _recital(seg: Segment) -> bool:
    """A lettered recital ("(B) The Institute is …"): the recitals read together describe the parties."""
    return bool(seg.clause_number and _RECITAL.match(seg.clause_number))


def below_thresholds(segments: Sequence[Segment], revenue_krw: float, data_subjects: float) -> BelowThresholds | None:
    """The first statement that the partner has no office in Korea (or is a small business) whose neighbouring sentences
    give its size, every figure well below the thresholds; None where no such statement is made, no size is given, or a figure reaches a
    threshold (or comes within half of it)."""
    for i, seg in enumerate(segments):
        # (or a business called small in so many words: "a family-run balloon operator with about 35 staff")
        m = _NO_OFFICE.search(seg.text) or _SMALL.search(seg.text)
        if m is None:
            continue
        near = [s for s in segments[max(0, i - _WINDOW): i + _WINDOW + 1]
                if s.clause_number == seg.clause_number or s is seg or (_recital(s) and _recital(seg))]
        found = [size for s in near for size in sizes(s.text, revenue_krw, data_subjects)]
        if found and all(size.small for size in found):
            return BelowThresholds(i, " ".join(m.group(0).split()), tuple(size.what for size in found))
    return None
