"""Time limits in contract text, English and Korean, normalised to hours.

"seventy-two (72) hours", "within three (3) business days", "no later than 24h", "[24] hours",
"72시간 이내", "영업일 기준 3일", "3영업일 이내", "사흘 안에", "일주일 이내", "다음 영업일까지", "지체 없이", "즉시",
"promptly", "by the next business day".
Each limit says whether it caps the time ("within", "no later than", "이내", "까지") or sets a
minimum ("at least 30 days before", "30일 전까지", "for three years"): only caps count when a
check asks whether a notice comes fast enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

_EN_UNITS = {
    "minute": 1 / 60, "minutes": 1 / 60, "min": 1 / 60, "mins": 1 / 60,
    "hour": 1, "hours": 1, "hr": 1, "hrs": 1, "h": 1,
    "day": 24, "days": 24,
    "week": 168, "weeks": 168,
    "month": 720, "months": 720,
    "year": 8760, "years": 8760,
}
_KO_UNITS = {"분": 1 / 60, "시간": 1, "일": 24, "주": 168, "주일": 168, "개월": 720, "달": 720, "년": 8760}
_KO_NATIVE_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10, "보름": 15,
                   "일주일": 7, "한 주": 7, "한 달": 30, "한달": 30,
                   # relative days: "당일" is the same day, "다음 날까지"/"익일" the end of the next one
                   "당일": 1, "다음 날": 2, "다음날": 2, "익일": 2}
_KO_NATIVE_SQUASHED = {k.replace(" ", ""): v for k, v in _KO_NATIVE_DAYS.items()}
# hours in native Korean numerals: "스물네 시간", "마흔여덟 시간", "열두 시간"
_KO_NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70}
_KO_NATIVE_ONES = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}
_KO_NATIVE_HOURS = re.compile(r"(?<![가-힣])(?P<tens>열|스물|스무|서른|마흔|쉰|예순|일흔)?\s*(?P<ones>한|두|세|네|다섯|여섯|일곱|여덟|아홉)?\s*시\s*간")
_KO_NEXT_BUSINESS_DAY = re.compile(r"(?:다\s*음|익)\s*영\s*업\s*일|익\s*일\s*영\s*업\s*일")
# "by the next business day", "on the same day", "the following day"
_EN_RELATIVE_DAY = re.compile(r"\b(?P<which>same|next|following)\s+(?P<biz>business\s+|working\s+|calendar\s+)?day\b", re.IGNORECASE)
_ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_KO_SINO = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9, "십": 10}

_NUMBER_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|"
                r"seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|an?)")
_EN_DURATION = re.compile(
    r"(?P<num>\[?\s*\d+(?:\.\d+)?\s*\]?|" + _NUMBER_WORD + r")"
    r"(?:\s*\(\s*\[?\s*(?P<paren>\d+)\s*\]?\s*\))?"
    r"[\s-]*(?P<biz>business|working|calendar|banking)?[\s-]*"
    r"(?P<unit>minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
             "thirtieth": 30, "fortieth": 40, "sixtieth": 60, "seventieth": 70}
# "before the expiry of the twenty-fourth hour", "by the end of the 3rd business day": the hour or day by which
# the act is due, which is a cap of that many hours or days
_EN_ORDINAL = re.compile(
    r"\b(?:before|by|no\s+later\s+than|not\s+later\s+than|until)\s+(?:the\s+)?(?:(?:expiry|end|close|lapse)\s+of\s+(?:the\s+)?)?"
    r"(?P<ord>\d+(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy)[\s-])?(?:" + "|".join(_ORDINALS) + r"))"
    r"\s+(?P<biz>business\s+|working\s+|calendar\s+)?(?P<unit>hour|day)\b",
    re.IGNORECASE,
)
# "24시간째가 되기 전에", "3영업일째까지"
_KO_ORDINAL = re.compile(r"(?P<num>\d+)\s*(?P<unit>시간|영업일|일)\s*째\s*(?:가\s*되기\s*전|까\s*지|이\s*내)")
_KO_DURATION = re.compile(
    r"(?:(?P<biz1>영업일|근무일|업무일)\s*(?:기준\s*)?(?:으로\s*)?)?"
    r"(?P<num>\[?\s*\d+(?:\.\d+)?\s*\]?)\s*"
    r"(?P<unit>영업일|근무일|업무일|시간|개월|주일|주|일|달|년|분)"
)
_KO_NATIVE = re.compile("(" + "|".join(k.replace(" ", r"\s*") for k in sorted(_KO_NATIVE_DAYS, key=len, reverse=True)) + ")")

_EN_UNCAPPED = re.compile(
    r"\b(?:promptly|immediately|forthwith|expeditiously|without\s+(?:undue\s+|unreasonable\s+)?delay|"
    r"as\s+soon\s+as\s+(?:reasonably\s+)?(?:practicable|practical|possible|feasible)|in\s+a\s+timely\s+(?:manner|fashion)|"
    r"timely|without\s+delay|at\s+once|swiftly|quickly|"
    # a time no one has fixed: "within a reasonable time", "in due course"
    r"(?:within|in)\s+(?:a\s+)?reasonabl[ey]\s+(?:time|period|timeframe|time\s*frame|timescale)|in\s+due\s+course)\b",
    re.IGNORECASE,
)
_KO_UNCAPPED = re.compile(r"지\s*체\s*없\s*이|지\s*체\s*없\s*게|즉\s*시|신\s*속\s*(?:히|하게)|곧\s*바\s*로|바\s*로|지\s*연\s*없\s*이|조\s*속\s*히|빠\s*른\s*시\s*일|"
                          r"(?:상\s*당\s*한|합\s*리\s*적\s*인?)\s*기\s*간\s*(?:안\s*에|내\s*에|이\s*내|내)")

# A time tied to the statute's own period, with no number: "within the periods required by PIPA", "within the
# statutory deadline", "법령이 정한 기한 안에", "법정 기한 내에". "Applicable law" is not the statute: it may be a
# foreign one, so "within the period required by applicable law" is not read as PIPA's.
_EN_STATUTORY = re.compile(
    r"\b(?:within|in\s+accordance\s+with|in\s+line\s+with|by)\s+(?:the\s+|any\s+)?(?:"
    # "within the Korean periods", "within Korean statutory time limits"
    r"Korean\s+(?:statutory\s+|legal\s+)?(?:time\s+)?(?:periods?|deadlines?|time\s*(?:frames?|limits?)|limits?)\b|"
    r"(?:time\s+)?(?:periods?|time\s*(?:frames?|limits?|lines?)|deadlines?)\s+(?:(?:required|prescribed|set(?:\s+out)?|laid\s+down|"
    r"specified|stipulated|imposed|provided(?:\s+for)?|fixed)\s+)?(?:by|in|under)\s+(?:the\s+)?(?:PIPA|Personal\s+Information\s+"
    r"Protection\s+Act|Act|(?:Enforcement\s+)?Decree|Korean\s+(?:law|statute)|law|statute)\b"
    r"|statutory\s+(?:time\s+)?(?:periods?|deadlines?|time\s*(?:limits?|frames?)|limits?))"
    # "as the Personal Information Protection Act requires of it and within the time limits it sets"
    r"|\b(?:PIPA|Personal\s+Information\s+Protection\s+Act)\b[^.;]{0,80}?\b(?P<ref>within\s+the\s+(?:time\s+)?(?:limits?|periods?|deadlines?)\s+"
    r"(?:that\s+)?it\s+(?:sets?|prescribes?|lays\s+down|imposes?|fixes))\b"
    # "within the time the law sets", "within the time required by Korean law" (not "applicable law", which may be foreign)
    r"|\bwithin\s+the\s+time\s+(?:(?:that\s+)?(?:the\s+)?(?:Korean\s+law|PIPA|Act|law|statute)\s+(?:sets?|prescribes?|requires?|lays\s+down|imposes?|fixes)|"
    r"(?:required|prescribed|set|allowed)\s+(?:by|under|in)\s+(?:the\s+)?(?:Korean\s+law|PIPA|Personal\s+Information\s+Protection\s+Act|Act|law|statute))\b",
    re.IGNORECASE,
)
_KO_STATUTORY = re.compile(
    r"(?:(?:법\s*령|법\s*률|개\s*인\s*정\s*보\s*보\s*호\s*법|시\s*행\s*령)\s*(?:이|에\s*서|에|상|으\s*로)?\s*"
    r"(?:정\s*한|정\s*하\s*는|규\s*정\s*한|규\s*정\s*하\s*는|요\s*구\s*하\s*는|따\s*른)|법\s*정)\s*"
    r"(?:기\s*한|기\s*간|시\s*한)\s*(?:안\s*에|내\s*에|이\s*내|내|까\s*지|을\s*지\s*켜|에\s*맞\s*추\s*어|에\s*맞\s*춰)"
    # "법령상 기한 내에", "한국 법령상의 시한까지"
    r"|(?:법\s*령|법\s*률)\s*상\s*(?:의\s*)?(?:기\s*한|기\s*간|시\s*한)\s*(?:안\s*에|내\s*에|이\s*내|내|까\s*지)"
    # a notice "「개인정보 보호법」 제34조에 따른": the article's own 72 hours come with it
    r"|제\s*34\s*조\s*(?:제\s*[1-3]\s*항\s*)?에\s*따\s*(?:른|라)\s*[^.]{0,30}?(?:통\s*지|신\s*고)"
)

# "at once", as opposed to "promptly" or "without undue delay"
_IMMEDIATE = re.compile(r"immediately|forthwith|at\s+once|즉\s*시|곧\s*바\s*로", re.IGNORECASE)


def is_immediate(term: str) -> bool:
    """Whether an uncapped time word says "at once" ("immediately", "즉시") rather than "soon"."""
    return _IMMEDIATE.fullmatch(term.strip()) is not None


# Words around a duration that make it a cap (a maximum) or a floor (a minimum / a period).
_EN_CAP_BEFORE = re.compile(
    r"(?:within|no\s+later\s+than|not\s+later\s+than|no\s+more\s+than|not\s+more\s+than|not\s+exceeding|without\s+exceeding|"
    r"in\s+no\s+(?:event|case|circumstances?)\s+(?:later|more)\s+than|at\s+the\s+latest|up\s+to|maximum\s+of|"
    r"inside|under|less\s+than|by\s+the\s+end\s+of|before\s+the\s+end\s+of|"
    # "before twenty-four (24) hours have passed"
    r"before)\W*(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
_EN_FLOOR_BEFORE = re.compile(
    r"(?:at\s+least|not\s+less\s+than|no\s+less\s+than|minimum\s+of|for|of|period\s+of|retain(?:ed)?\s+for|"
    r"kept\s+for|more\s+than|exceeding|over|longer\s+than|after)\W*(?:\w+\W+){0,1}$",
    re.IGNORECASE,
)
_EN_FLOOR_AFTER = re.compile(r"^\W*(?:'|’)?s?\W*(?:prior|in\s+advance|before|notice\s+prior|advance)\b", re.IGNORECASE)
_EN_CAP_AFTER = re.compile(r"^\W*(?:of|after|from|following|upon)\s+(?:\w+\s+){0,4}?(?:becom|aware|discover|learn|receiv|detect|identif|confirm|notice|occurr|request|terminat|expir)", re.IGNORECASE)
_KO_CAP_AFTER = re.compile(r"^\s*(?:이\s*내|내\s*에|안\s*에|내\s*로|까\s*지(?!\s*보관)|이\s*하|내|"
                           # "24시간이 지나기 전에", "24시간을 넘기지 않고", "24시간이 경과하기 전까지"
                           r"(?:이|가|을|를)\s*(?:지\s*나\s*기|경\s*과\s*하\s*기|넘\s*기\s*기|넘\s*기)\s*전|"
                           r"(?:을|를)\s*(?:넘\s*기\s*지|넘\s*지|초\s*과\s*하\s*지)\s*(?:않|아\s*니|말))")
# how much of the text after a Korean time the cap and floor words are read in (enough for a restated time in brackets
# before them: "하루(24시간)를 넘기지 아니하고")
_KO_AFTER_CHARS = 24
_KO_FLOOR_AFTER = re.compile(r"^\s*(?:전|이\s*전|前|이\s*상|동\s*안|간|초\s*과|경\s*과|이\s*후|후|마\s*다|에\s*1\s*회|부\s*터)")


@dataclass(frozen=True)
class Duration:
    hours: float
    text: str
    start: int
    end: int
    business: bool = False
    #: True: a maximum ("within 24 hours"); False: a minimum or a period ("at least 30 days
    #: before", "for 3 years"); None: the words around it do not say.
    cap: bool | None = True

    def describe(self) -> str:
        return self.text


@dataclass(frozen=True)
class Deadlines:
    durations: tuple[Duration, ...]
    uncapped: tuple[str, ...]  # qualitative terms found ("without undue delay", "지체 없이")
    statutory: tuple[str, ...] = ()  # references to the statute's own period ("within the periods required by PIPA")

    @property
    def caps(self) -> tuple[Duration, ...]:
        """Explicit maxima; failing those, limits whose context says neither (never minima)."""
        explicit = tuple(d for d in self.durations if d.cap is True)
        return explicit or tuple(d for d in self.durations if d.cap is None)

    @property
    def shortest_cap(self) -> Duration | None:
        caps = self.caps
        return min(caps, key=lambda d: d.hours) if caps else None


def _en_number(raw: str) -> float | None:
    s = raw.strip().strip("[]").strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    parts = re.split(r"[\s-]+", s)
    if len(parts) == 1:
        if parts[0] in _ONES:
            return float(_ONES[parts[0]])
        if parts[0] in _TENS:
            return float(_TENS[parts[0]])
        return None
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ONES:
        return float(_TENS[parts[0]] + _ONES[parts[1]])
    return None


def _en_ordinal(raw: str) -> float | None:
    s = raw.strip().lower()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", s)
    if m:
        return float(m.group(1))
    parts = re.split(r"[\s-]+", s)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ORDINALS:
        return float(_TENS[parts[0]] + _ORDINALS[parts[1]])
    return float(_ORDINALS[s]) if s in _ORDINALS else None


def _overlaps(m: re.Match[str], taken: list[tuple[int, int]]) -> bool:
    """Whether a match overlaps a span another reading already took ("24시간째" is not also "24시간")."""
    return any(s < m.end() and m.start() < e for s, e in taken)


#: The wording an amendment takes out ("“하루”를 “2영업일”로 변경한다", 'by replacing "24 hours" with "two business
#: days"'): quoted to be deleted, it is no longer a limit of the contract.
_KO_REPLACED = re.compile(r"[“\"「『‘'](?P<old>[^”\"」』’'\n]{1,200})[”\"」』’']\s*(?:을|를)\s*[“\"「『‘'][^”\"」』’'\n]{1,200}[”\"」』’']\s*"
                          r"(?:으\s*로|로)\s*(?:변\s*경|개\s*정|수\s*정|바\s*꾸|바\s*꾼|바\s*꿔|대\s*체|고\s*친|고\s*치)")
_EN_REPLACED = (
    re.compile(r"\b(?:replac\w*|substitut\w*)\s+(?:the\s+(?:words?|phrase|text)\s+)?[“\"](?P<old>[^”\"\n]{1,200})[”\"]\s*,?\s+(?:with|by)\b",
               re.IGNORECASE),
    re.compile(r"\b(?:delet\w*|strik\w*)\s+(?:out\s+)?(?:the\s+(?:words?|phrase|text)\s+)?[“\"](?P<old>[^”\"\n]{1,200})[”\"]", re.IGNORECASE),
    re.compile(r"[“\"](?P<old>[^”\"\n]{1,200})[”\"]\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:replaced|deleted|struck)\b", re.IGNORECASE),
)


_QUOTE = re.compile(r"[“\"「『‘']")

#: A unit being defined, not a time set: '"Business Day" means a day on which banks are open'.
_DEFINED_UNIT = re.compile(r"\bmeans?\s*$", re.IGNORECASE)


#: Time left to the law or the vendor's own policy without a period ("관계 법령에 따라 처리한다", "under its privacy
#: policy"): a sentence that says so has no limit of its own to take from a sentence beside it.
_BY_LAW_OR_POLICY = re.compile(r"(?:관\s*계\s*)?법\s*령\s*(?:에\s*서\s*정\s*한\s*[^.]{0,10}|에\s*따\s*라|에\s*따\s*른)|처\s*리\s*방\s*침\s*에\s*따\s*라|"
                              r"\b(?:in accordance with|under|as required by|pursuant to)\s+(?:the\s+|its\s+|their\s+)?(?:own\s+)?"
                              r"(?:applicable\s+)?(?:laws?|privacy polic(?:y|ies)|procedures?)\b|\bas\s+(?:applicable\s+)?laws?\s+requires?\b", re.IGNORECASE)


def leaves_time_to_law(text: str) -> bool:
    """Whether the text leaves its time to the law or to the vendor's policy rather than stating one."""
    return _BY_LAW_OR_POLICY.search(text) is not None


def _without_replaced(text: str) -> str:
    """The text with the wording an amendment replaces blanked out (offsets kept): the old limit it quotes is what the
    parties agreed to drop."""
    if not _QUOTE.search(text):
        return text  # nothing quoted, nothing replaced (the common case on the per-clause path)
    spans = [m.span("old") for m in _KO_REPLACED.finditer(text)]
    for rx in _EN_REPLACED:
        spans += [m.span("old") for m in rx.finditer(text)]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def parse(text: str, lang: str = "en") -> Deadlines:
    """All time limits and qualitative speed terms in `text`."""
    text = _without_replaced(text)
    durations: list[Duration] = []
    taken: list[tuple[int, int]] = []
    if lang in ("en", "mixed") or not re.search(r"[가-힣]", text):
        for m in _EN_DURATION.finditer(text):
            num = _en_number(m.group("paren") or m.group("num"))
            unit = m.group("unit").lower()
            if num is None or unit not in _EN_UNITS:
                continue
            if unit == "h" and not re.match(r"\d", m.group("num").strip("[ ")):
                continue
            if unit in ("an", "a"):
                continue
            if m.group("num").lower() in ("a", "an") and unit not in ("hour", "day", "week", "month", "year"):
                continue
            business = bool(m.group("biz")) and m.group("biz").lower() in ("business", "working", "banking")
            before = text[max(0, m.start() - 60): m.start()]
            after = text[m.end(): m.end() + 60]
            if _DEFINED_UNIT.search(before):
                continue  # '"Business Day" means a day on which banks are open' defines a unit, it sets no time
            cap = _is_cap_en(before, after)
            durations.append(Duration(num * _EN_UNITS[unit], m.group(0).strip(), m.start(), m.end(), business, cap))
            taken.append((m.start(), m.end()))
        for m in _EN_ORDINAL.finditer(text):
            num = _en_ordinal(m.group("ord"))
            if num is None:
                continue
            business = bool(m.group("biz")) and not m.group("biz").lower().startswith("calendar")
            hours = num * (1 if m.group("unit").lower() == "hour" else 24)
            durations.append(Duration(hours, m.group(0).strip(), m.start(), m.end(), business, True))
        for m in _EN_RELATIVE_DAY.finditer(text):
            business = bool(m.group("biz")) and not m.group("biz").lower().startswith("calendar")
            days = 1 if (m.group("which").lower() == "same" or business) else 2
            before = text[max(0, m.start() - 60): m.start()]
            cap = _is_cap_en(before, text[m.end(): m.end() + 60])
            # ("by the next business day"; "passed on the same day", whose day itself is the limit, as "당일" is)
            if cap is None and (re.search(r"\b(?:by|on|until|before)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$", before, re.IGNORECASE)
                                or m.group("which").lower() == "same"):
                cap = True
            durations.append(Duration(days * 24.0, m.group(0).strip(), m.start(), m.end(), business, cap))
    if re.search(r"[가-힣]", text):
        for m in _KO_ORDINAL.finditer(text):
            business = m.group("unit") == "영업일"
            hours = float(m.group("num")) * (1 if m.group("unit") == "시간" else 24)
            durations.append(Duration(hours, m.group(0).strip(), m.start(), m.end(), business, True))
            taken.append((m.start(), m.end()))
        for m in _KO_DURATION.finditer(text):
            if _overlaps(m, taken):
                continue
            num = float(m.group("num").strip("[] "))
            unit = m.group("unit")
            business = unit in ("영업일", "근무일", "업무일") or bool(m.group("biz1"))
            hours = num * (24 if business else _KO_UNITS[unit])
            after = text[m.end(): m.end() + _KO_AFTER_CHARS]
            before = text[max(0, m.start() - 12): m.start()]
            # "1일" as a date ("매월 1일") or an article reference is not a time limit
            if unit == "일" and re.search(r"(?:매월|매년|월|제)\s*$", before):
                continue
            cap = _is_cap_ko(before, after)
            durations.append(Duration(hours, m.group(0).strip(), m.start(), m.end(), business, cap))
        for m in _KO_NEXT_BUSINESS_DAY.finditer(text):
            after = text[m.end(): m.end() + _KO_AFTER_CHARS]
            durations.append(Duration(24.0, m.group(0), m.start(), m.end(), True, _is_cap_ko("", after)))
            taken.append((m.start(), m.end()))
        for m in _KO_NATIVE_HOURS.finditer(text):
            if not (m.group("tens") or m.group("ones")) or _overlaps(m, taken):
                continue
            hours = _KO_NATIVE_TENS.get(m.group("tens") or "", 0) + _KO_NATIVE_ONES.get(m.group("ones") or "", 0)
            after = text[m.end(): m.end() + _KO_AFTER_CHARS]
            durations.append(Duration(float(hours), m.group(0).strip(), m.start(), m.end(), False, _is_cap_ko("", after)))
            taken.append((m.start(), m.end()))
        for m in _KO_NATIVE.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            after = text[m.end(): m.end() + _KO_AFTER_CHARS]
            key = "".join(m.group(1).split())
            days = _KO_NATIVE_SQUASHED[key]
            cap = _is_cap_ko("", after)
            if cap is None and key in ("당일", "익일", "다음날"):
                cap = True  # "당일 … 이관하고": the day itself is the limit, as "on the same day" is
            durations.append(Duration(days * 24.0, m.group(1), m.start(), m.end(), False, cap))
    uncapped = [m.group(0) for m in _EN_UNCAPPED.finditer(text)] + [m.group(0) for m in _KO_UNCAPPED.finditer(text)]
    # (the reference alone, where the pattern needed the statute named before it)
    statutory = [m.group("ref") or m.group(0) for m in _EN_STATUTORY.finditer(text)] + [m.group(0) for m in _KO_STATUTORY.finditer(text)]
    durations.sort(key=lambda d: d.start)
    return Deadlines(tuple(durations), tuple(" ".join(u.split()) for u in uncapped),
                     tuple(" ".join(t.split()) for t in statutory))


def calendar_hours(d: Duration) -> float:
    """A limit as calendar time: five business days make a week."""
    return d.hours * 7 / 5 if d.business else d.hours


def steps(text: str, lang: str, first: Sequence[re.Pattern[str]], then: Sequence[re.Pattern[str]]
          ) -> list[tuple[str, Duration]]:
    """The time limits in `text` that belong to one of two steps ("first", "then"), in order: each limit takes the
    step whose words stand nearest on its verb's side, before it in English ("shall forward it … within two days")
    and after it in Korean ("2일 이내에 … 전달하고"). Limits no step's words name are left out."""
    caps = [d for d in parse(text, lang).durations if d.cap is not False]
    out = []
    for i, d in enumerate(caps):
        if lang == "ko":
            window = text[d.end: caps[i + 1].start if i + 1 < len(caps) else len(text)]
            hits = [(m.start(), name) for name, pats in (("first", first), ("then", then)) for p in pats
                     for m in [p.search(window)] if m]
            pick = min(hits) if hits else None
        else:
            window = text[caps[i - 1].end if i else 0: d.start]
            hits = [(m.start(), name) for name, pats in (("first", first), ("then", then)) for p in pats
                    for m in p.finditer(window)]
            pick = max(hits) if hits else None
        if pick is not None:
            out.append((pick[1], d))
    return out


def _is_cap_en(before: str, after: str) -> bool | None:
    if _EN_FLOOR_AFTER.search(after):
        return False
    if _EN_CAP_BEFORE.search(before):
        return True
    if _EN_FLOOR_BEFORE.search(before):
        return False
    if _EN_CAP_AFTER.search(after):
        return True
    return None


def _is_cap_ko(before: str, after: str) -> bool | None:
    # the time restated in brackets before the limit word: "하루(24시간)를 넘기지 아니하고", "24시간)를 넘기지"
    after = re.sub(r"^\s*(?:\([^()]{0,15}\)|\))", "", after)
    if _KO_FLOOR_AFTER.search(after):
        return False
    if _KO_CAP_AFTER.search(after):
        return True
    if re.search(r"늦\s*어\s*도\s*$", before):
        return True
    return None


# (minutes, hours, days) as a reason in each language writes them
_UNIT_TEXT = {"en": (" minutes", " hours", " days"), "ko": ("분", "시간", "일")}


def hours_text(hours: float, lang: str = "en") -> str:
    minutes, hours_unit, days = _UNIT_TEXT.get(lang, _UNIT_TEXT["en"])
    if hours < 1:
        return f"{round(hours * 60)}{minutes}"
    if hours < 48 or hours % 24:
        return f"{hours:g}{hours_unit}"
    return f"{hours / 24:g}{days}"
