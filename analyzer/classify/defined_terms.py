"""Defined terms that stand for personal data in one document.

English contracts rarely repeat "personal data": they define it once ("“Shipment Data” means the
names, addresses and telephone numbers of Buyers…", "…personal information of players (the
“Player Data”)") and use the defined term everywhere after. The library's topic phrases cannot
list every such name, so detection reads a clause that uses one as if it said "personal data".
Korean contracts mostly keep saying 개인정보, so only English definitions are collected.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence

from ..types import Segment

_TERM = r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}\s+(?:Data|Information|PII|Records|Content|Materials|Details|Files)"
_PERSONAL = (r"(?i:\b(?:personal (?:data|information)|PII|personally identifiable|identif(?:ied|iable) (?:natural )?(?:person|individual)"
             r"|names?\b[^.;]{0,80}\b(?:address(?:es)?|e-?mail|telephone|phone|mobile)"
             r"|information (?:about|relating to|concerning|of) (?:a |an |the |each )?(?:buyer|user|customer|member|player|individual"
             r"|passenger|patient|employee|cardholder|end user|applicant|candidate|subscriber|guest|student|data subject)s?\b))")
# "“Shipment Data” means … personal data / names and addresses …"
_MEANS = re.compile(rf"[\"“”']({_TERM})[\"“”']\s*(?:\([^)]*\)\s*)?(?:means|shall mean|refers to|includes|has the meaning)\b"
                    rf"[^.;]{{0,300}}?{_PERSONAL}")
# "… personal information of players (the “Player Data”)"
_PAREN = re.compile(rf"{_PERSONAL}[^.;()]{{0,200}}?\(\s*(?:together,?\s+|collectively,?\s+)?(?:the\s+)?[\"“”']({_TERM})[\"“”']\s*\)")
# "The Claim Data consists exclusively of the following items: Claimant's name; mobile telephone number; …"
_CONSISTS = re.compile(rf"\b(?:(?:The|the|All|all|Any|any|Such|such)\s+)?(?!(?:The|All|Any|Such)\s)({_TERM})\s+(?:consists?|comprises?|is\s+made\s+up|shall\s+consist)\b[^.]{{0,60}}?"
                       rf"(?:{_PERSONAL}|(?i:names?\b[^.]{{0,80}}\b(?:address(?:es)?|e-?mail|telephone|phone|mobile)))")
# plain-English terms: "the content and learner information you put into Kestrel ("your data")", read after
# people's data is marked (english_people_data)
_PLAIN = re.compile(r"(?i:personal (?:data|information)|learner|member|customer|user|student|patient|employee)[^.;]{0,120}?"
                    r"\(\s*[\"“]((?:your|customer|client|user)\s+(?:data|content|information))[\"”]\s*\)")
_ALREADY = re.compile(r"\bpersonal\b", re.IGNORECASE)
# "“Pseudonymised Data” means …": pseudonymised data is personal data under PIPA (Art. 2(1)(c))
_PSEUDONYMISED = re.compile(rf"[\"“”']((?:[A-Z][\w&-]*\s+){{0,2}}Pseudonymi[sz]ed\s+(?:Data|Information))[\"“”']\s*(?:\([^)]*\)\s*)?"
                            rf"(?:means|shall mean|refers to)\b")


# "Buyer Information", "Player Data": named after people, such a term is their personal data even
# where a heading or a schedule row, not a definition, introduces it
_SUBJECT_TERM = re.compile(
    r"\b((?:Buyer|Member|User|Player|Passenger|Patient|Employee|Cardholder|Applicant|Candidate|Subscriber|Guest|Student|"
    r"Shopper|Traveller|Traveler|Consumer|Policyholder|Caller|Participant|Respondent|Tenant|Rider|Learner|Attendee)s?['’]?"
    r"\s+(?:Personal\s+)?(?:Data|Information|Details))\b")


def personal_data_terms(segments: Sequence[Segment]) -> tuple[str, ...]:
    """The document's defined terms for personal data, e.g. ("Shipment Data", "Player Data")."""
    found: dict[str, None] = {}
    unquoted = (_SUBJECT_TERM, _CONSISTS)  # terms named after people, or defined by what they consist of
    quoted = (_MEANS, _PAREN, _PSEUDONYMISED)
    for seg in segments:
        if seg.lang.value == "ko":
            continue
        has_quotes = "“" in seg.text or '"' in seg.text or "'" in seg.text
        for rx in unquoted + (quoted if has_quotes else ()):
            for m in rx.finditer(seg.text):
                term = " ".join(m.group(1).split())
                if not _ALREADY.search(term):
                    found[term] = None
        if has_quotes:  # "your data", defined in lower case after people's information
            for m in _PLAIN.finditer(english_people_data(seg.text)):
                found[m.group(1)] = None
    return tuple(found)


# A Korean defined term for the data, defined by what it is made of: '「연구 데이터」란 … 가명처리한 정보를 말한다',
# '"회원 자료"란 회원의 성명, 연락처 … 개인정보를 말한다'. Clauses then name only the term ("재단은 연구 데이터를 다른
# 사람에게 넘기지 않습니다"), where the library's Korean patterns look for 개인정보 or 가명정보.
_KO_DATA_TERM = re.compile(r"[\"“'‘「]([가-힣A-Za-z][가-힣A-Za-z\s·]{0,15}?(?:정\s*보|데\s*이\s*터|자\s*료|기\s*록|명\s*단))[\"”'’」]"
                           r"\s*(?:이\s*)?란\s*([^.。]{5,300}?)(?:을|를)\s*말\s*(?:한|합|하)")
_KO_PSEUDO_BODY = re.compile(r"가\s*명\s*(?:정\s*보|처\s*리)")
_KO_PERSONAL_BODY = re.compile(r"개\s*인\s*정\s*보|(?:성\s*명|이\s*름)[^.。]{0,40}?(?:연\s*락\s*처|전\s*화|주\s*소|생\s*년\s*월\s*일)")
_KO_ALREADY = re.compile(r"개\s*인\s*정\s*보|가\s*명\s*정\s*보")


def korean_data_terms(segments: Sequence[Segment]) -> dict[str, str]:
    """The document's Korean defined terms for personal or pseudonymised data, each with the PIPA word it stands for
    ({"연구 데이터": "가명정보", "회원 자료": "개인정보"})."""
    found: dict[str, str] = {}
    for seg in segments:
        text = seg.text
        if "란" not in text or not re.search(r"[\"“'‘「]", text):
            continue
        for m in _KO_DATA_TERM.finditer(text):
            term, body = " ".join(m.group(1).split()), m.group(2)
            if _KO_ALREADY.search(term):
                continue
            word = "가명정보" if _KO_PSEUDO_BODY.search(body) else "개인정보" if _KO_PERSONAL_BODY.search(body) else None
            if word:
                found.setdefault(term, word)
    return found


def korean_expander(terms: dict[str, str]) -> Callable[[str], str] | None:
    """A function marking each use of the Korean terms with the PIPA word ("연구 데이터(가명정보)"), or None."""
    if not terms:
        return None
    ordered = sorted(terms, key=len, reverse=True)
    rx = re.compile(r"(?<![가-힣])(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s*") for t in ordered) + r")")
    # the term as written with or without its spaces ("연구 데이터", "연구데이터") names the same data
    word = {"".join(t.split()): w for t, w in terms.items()}

    def expand(text: str) -> str:
        return rx.sub(lambda m: f"{m.group(0)}({word.get(''.join(m.group(0).split()), '개인정보')})", text)

    return expand


# how detection marks a mention of people's data (English): the patterns look for "(personal data)"
_MARK = " (personal data)"


def expander(terms: Iterable[str]) -> Callable[[str], str] | None:
    """A function marking each use of the terms as personal data, or None when there are none."""
    ordered = sorted(set(terms), key=len, reverse=True)
    if not ordered:
        return None
    rx = re.compile(r"\b(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered) + r")\b")

    def expand(text: str) -> str:
        return rx.sub(lambda m: m.group(0) + _MARK, text)

    return expand


# Korean translations of global (GDPR-style) agreements name PIPA's notions in borrowed words:
# "개인 데이터" for 개인정보, "프로세서" for 수탁자, "하위 프로세서" for 재수탁자, "개인 데이터 침해" for 유출.
# Detection reads them as the PIPA term they stand for (the text shown in the report is unchanged).
_KO_BORROWED = [  # in priority order: a longer borrowed term before the shorter one inside it
    (r"(?:개\s*인\s*)?(?:데\s*이\s*터|보\s*안)\s*침\s*해|침\s*해\s*사\s*고|개\s*인\s*정\s*보\s*(?:의\s*)?침\s*해"
     # not the privacy-policy boilerplate on complaints: "개인정보침해 신고센터", "개인정보침해로 인한 구제"
     r"(?!\s*(?:신\s*고|분\s*쟁|상\s*담|구\s*제|로\s*인\s*한|의\s*신\s*고|에\s*대\s*한\s*(?:신\s*고|상\s*담)))", "개인정보 유출"),
    # "침해를 인지한", "침해의 영향", "침해 통지": the breach a translated DPA has just named, not "권리를 침해하다"
    (r"(?<![가-힣])침\s*해(?=\s*(?:를|가|의|에)\s*(?:인\s*지|알\s*게|발\s*견|발\s*생|영\s*향|성\s*격|통\s*지|사\s*실|대\s*응)|\s*(?:통\s*지|신\s*고)(?!\s*센\s*터))", "유출"),
    # entrustment, re-entrustment and provision in plain verbs: "다시 맡기려면", "업무를 맡긴다", "넘겨받은 정보"
    (r"(?:다\s*시|재\s*차|또\s*다\s*시)\s*맡\s*기", "재위탁하"),
    (r"하\s*위\s*업\s*체|하\s*청\s*(?:업\s*체|회\s*사)", "재수탁자"),
    (r"맡\s*기(?!\s*지\s*않)", "위탁하"), (r"맡\s*긴", "위탁한"), (r"맡\s*겨", "위탁하여"), (r"맡\s*길", "위탁할"),
    # "24시간을 넘기지 아니하고", "하루를 넘기지 아니하고" (not exceed a time) is no handing over
    (r"(?:넘\s*겨|건\s*네)\s*받", "제공받"),
    # (and the time restated in brackets: "하루(24시간)를 넘기지 아니하고")
    (r"(?:넘\s*겨|건\s*네)\s*주|(?<![간일한월주흘틀름]을 )(?<![간일한월주흘틀름]을)(?<![루새레]를 )(?<![루새레]를)"
     r"(?<![간일]\)을 )(?<![간일]\)을)(?<![간일]\)를 )(?<![간일]\)를)넘\s*기", "제공하"),
    (r"(?<=만)\s*쓰(?=\s*고|\s*며|\s*는|\s*지|고|며|는|지)", " 이용하"),
    # the polite register: "배송에만 써 주세요", "안내에만 쓰실 수 있어요"
    (r"(?<=만)\s*써(?=\s*(?:주|야|도|서|요))", " 이용하여"), (r"(?<=만)\s*쓰\s*(?=실|셔|시)", " 이용하"),
    (r"정\s*보\s*사\s*고", "개인정보 유출 사고"), (r"몰\s*래\s*들\s*여\s*다\s*보|무\s*단\s*(?:침\s*입|접\s*근)|불\s*법\s*(?:침\s*입|접\s*근)", "유출"),
    # (the particle follows the new word's last sound: 허락을 받아 → 동의를 받아)
    (r"허\s*락\s*을", "동의를"), (r"허\s*락\s*이(?![가-힣])", "동의가"), (r"허\s*락\s*은", "동의는"), (r"허\s*락\s*과", "동의와"),
    (r"허\s*락", "동의"),
    # a leak in plain words: "새어 나가다", "빠져나가다", "누출"
    (r"(?:새\s*어|빠\s*져)\s*나\s*간", "유출된"), (r"(?:새\s*어|빠\s*져)\s*나\s*갈", "유출될"),
    (r"(?:새\s*어|빠\s*져)\s*나\s*갔", "유출되었"),
    (r"새\s*어\s*나\s*가|빠\s*져\s*나\s*가|누\s*출\s*(?=되|된|될|돼|사|이|의|을|를|한|하)", "유출"),
    (r"하\s*위\s*(?:프\s*로\s*세\s*서|처\s*리\s*자|수\s*탁\s*자)|서\s*브\s*프\s*로\s*세\s*서", "재수탁자"),
    (r"개\s*인\s*데\s*이\s*터", "개인정보"),
    (r"프\s*로\s*세\s*서|데\s*이\s*터\s*처\s*리\s*자", "수탁자"),
    (r"컨\s*트\s*롤\s*러|데\s*이\s*터\s*관\s*리\s*자", "위탁자"),
    (r"데\s*이\s*터\s*주\s*체", "정보주체"),
    (r"국\s*제\s*(?:데\s*이\s*터\s*)?이\s*전|국\s*경\s*(?:간|을\s*넘\s*는)\s*(?:데\s*이\s*터\s*)?이\s*전", "국외 이전"),
]
_KO_BORROWED_RX = re.compile("|".join(f"(?P<t{i}>{rx})" for i, (rx, _t) in enumerate(_KO_BORROWED)))


# "학생 정보", "입주민 정보": the information of people named by what they are is their personal
# information (the Korean counterpart of "Buyer Information"); 정보주체, 정보보호 and 정보통신 are not.
_KO_SUBJECT_INFO = re.compile(
    r"(학\s*생|회\s*원|환\s*자|입\s*주\s*민|주\s*민|구\s*매\s*자|이\s*용\s*자|가\s*입\s*자|수\s*강\s*생|탑\s*승\s*객|승\s*객|"
    r"투\s*숙\s*객|임\s*직\s*원|직\s*원|근\s*로\s*자|지\s*원\s*자|응\s*시\s*자|신\s*청\s*자|피\s*보\s*험\s*자|운\s*전\s*자|"
    r"학\s*부\s*모|보\s*호\s*자|참\s*가\s*자|당\s*첨\s*자|수\s*령\s*인|예\s*약\s*자|신\s*랑\s*신\s*부|고\s*객|"
    # the polite register's people: "손님 정보", "주문하신 분의 정보", "구독자 정보"
    r"손\s*님|주\s*문\s*자|후\s*원\s*자|구\s*독\s*자|시\s*청\s*자|청\s*취\s*자|관\s*람\s*객|방\s*문\s*객|이\s*용\s*객|민\s*원\s*인|"
    r"[가-힣]{1,3}\s*(?:하|되)\s*신\s*분)"
    r"\s*(?:님\s*)?(?:의\s*)?정\s*보(?!\s*주\s*체|\s*보\s*호|\s*통\s*신)")


# the substitutions, in order: borrowed terms, then "X 정보" as "X 개인정보"
_KO_STEPS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (_KO_BORROWED_RX, lambda m: _KO_BORROWED[int(m.lastgroup[1:])][1]),  # type: ignore[index]
    (_KO_SUBJECT_INFO, lambda m: f"{m.group(1)} 개인정보"),
)


def korean_borrowed(text: str) -> str:
    """The text with each borrowed term replaced by the PIPA term it stands for, so that phrases with
    particles still match ("개인 데이터의 범주" reads as "개인정보의 범주")."""
    for rx, repl in _KO_STEPS:
        text = rx.sub(repl, text)
    return text


def korean_borrowed_map(text: str) -> tuple[str, list[int]]:
    """korean_borrowed(text) and, for each of its characters, the index of the original character it
    came from: a phrase a check quotes from the normalised text is shown as the contract wrote it
    ("맡긴", not "위탁한")."""
    index = list(range(len(text)))
    for rx, repl in _KO_STEPS:
        text, index = _sub_mapped(rx, repl, text, index)
    return text, index


def _sub_mapped(rx: re.Pattern[str], repl: Callable[[re.Match[str]], str], text: str,
                index: list[int]) -> tuple[str, list[int]]:
    parts: list[str] = []
    out: list[int] = []
    pos = 0
    for m in rx.finditer(text):
        if m.end() == m.start():
            continue
        parts.append(text[pos:m.start()])
        out.extend(index[pos:m.start()])
        r = repl(m)
        parts.append(r)
        if r:  # the replacement spans the whole original match: first and last characters at its ends
            out.extend([index[m.start()]] * (len(r) - 1) + [index[m.end() - 1]])
        pos = m.end()
    parts.append(text[pos:])
    out.extend(index[pos:])
    return "".join(parts), out


def original_phrase(phrase: str, normalised: str, index: list[int], original: str) -> str:
    """The original wording of a phrase found in the normalised text (the phrase itself when it is
    already there, or cannot be placed)."""
    if phrase in original:
        return phrase
    at = normalised.find(phrase)
    if at < 0 or not phrase:
        return phrase
    return original[index[at]: index[at + len(phrase) - 1] + 1]


# "guests' details", "patients' information", "pupil records", "data received from Korea": people's data
# named by whom it is about, read as personal data by detection (English; Korean is covered above).
_EN_PEOPLE_DATA = re.compile(
    r"\b(?:(?:members|guests|patients|students|pupils|customers|residents|users|buyers|shoppers|employees|applicants|"
    r"candidates|passengers|travell?ers|subscribers|cardholders|players|attendees|participants|tenants|households|drivers|"
    r"riders|learners|parents|children|consumers|policyholders|visitors|callers|donors|borrowers|individuals|backers|fans|"
    r"viewers|listeners|readers|diners|owners)['’]|"
    r"(?:member|guest|patient|student|pupil|resident|buyer|shopper|employee|applicant|candidate|passenger|traveller|"
    r"traveler|subscriber|cardholder|player|attendee|participant|tenant|household|driver|rider|learner|parent|child|"
    r"consumer|policyholder|visitor|caller|donor|borrower|customer|user|backer|fan|viewer|listener|reader|diner|owner))\s+"
    r"(?:personal\s+|contact\s+)?(?:details|information|info|data|records?|files?|profiles?)\b|"
    # plain-language terms: "their info", "health info", "personal info"
    r"\b(?:their|your|his|her)\s+(?:personal\s+|contact\s+)?(?:info|details)\b|\b(?:personal|contact|health|medical)\s+info\b|"
    r"\bdata\s+(?:received|sent|transferred)\s+from\s+Korea\b|"
    r"\bpersonal-(?:data|information)\b",
    re.IGNORECASE,
)


def english_people_data(text: str) -> str:
    """The text with each mention of people's data marked as personal data."""
    # a defined term the expander has already marked ("Member Information (personal data)") is not marked twice:
    # the second mark would push the words around it apart
    return _EN_PEOPLE_DATA.sub(lambda m: m.group(0) if text.startswith(_MARK, m.end()) else m.group(0) + _MARK, text)


# "“Incident” means any leak … whether established or only suspected": a clause that uses the defined term says
# what its definition says, so a check that asks for "suspected breaches" is answered by the definition
_DEFINES_EN = re.compile(r"[\"“]([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})[\"”]\s*(?:\([^)]{0,40}\)\s*)?"
                         r"(?:means|shall mean|refers to|includes)\b[^;]{10,400}")
# '"유출등"이란 … 말한다', '“사고”란 … 말하고, 그러한 일이 일어났다고 의심할 만한 … 경우를 포함한다' (the sentence to its end)
_DEFINES_KO = re.compile(r"[\"“'‘「]([가-힣A-Za-z][가-힣A-Za-z\s·]{0,15}?)[\"”'’」]\s*(?:이\s*)?란\s*[^.。]{10,400}?말\s*(?:한|합|하\s*며|하\s*고)[^.。]{0,200}")


# the data and the processing themselves: defined in every agreement, and what their definitions list (collection,
# storage, access) is no promise about how the clause that uses them treats the data
_GENERIC_TERM = re.compile(r"(?:Data|Information|Details|Processing|Process|Law|Laws|Act|정\s*보|데\s*이\s*터|처\s*리|법|법\s*령)$")
# a Korean term is followed by a particle or ends the word: "사고를", "사고 발생" (not "처리자")
_KO_AFTER = r"(?=[^가-힣]|$|(?:을|를|이|가|의|에|은|는|로|으로|와|과|도|만|란|이란|에게|에서|라|이라)(?![가-힣]))"


def definitions(segments: Sequence[Segment]) -> dict[str, str]:
    """The document's defined terms with the sentence defining each ({"Incident": "“Incident” means …"})."""
    out: dict[str, str] = {}
    for seg in segments:
        text = seg.text
        if '"' not in text and "“" not in text and "'" not in text and "‘" not in text and "「" not in text:
            continue
        rx = _DEFINES_KO if seg.lang.value == "ko" or re.search(r"[가-힣]", text) else _DEFINES_EN
        for m in rx.finditer(text):
            term = " ".join(m.group(1).split())
            if not _GENERIC_TERM.search(term):
                out.setdefault(term, m.group(0))
    return out


def used_definitions(defs: dict[str, str]) -> Callable[[str], str] | None:
    """A function giving the definitions of the defined terms a text uses ("" when none), or None when
    the document defines nothing."""
    if not defs:
        return None
    ordered = sorted(defs, key=len, reverse=True)
    rx = re.compile(r"(?<![\w가-힣])(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered) + r")(?:(?![a-z가-힣])|"
                    + _KO_AFTER + ")")

    def used(text: str) -> str:
        seen: dict[str, None] = {}
        for m in rx.finditer(text):
            term = " ".join(m.group(0).split())
            if term in defs and defs[term] not in text:
                seen[defs[term]] = None
        return " ".join(seen)

    return used
