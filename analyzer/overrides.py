"""Clauses that another clause disapplies or replaces.

Side letters and addenda rewrite the main agreement by number: "Clause 8.1 of the Terms is replaced by
the following: …", "Notwithstanding Section 2.1, the Vendor may …", "원계약 제6조제1항은 … 적용하지
아니한다", "제7조에도 불구하고 …". A good clause that is replaced or disapplied no longer meets any
requirement; the replacement decides. An exception ("notwithstanding", "불구하고") only touches the
requirements its own clause is about ("Notwithstanding Section 9.1, breach notices go out within 24
hours" says nothing about the notice contents 9.1 also lists), unless the exception is itself a term
contrary to PIPA. Lifting a liability cap is no override: it strengthens the contract (the checks'
unless_vendor phrases handle it).

A document may also say which of the vendor's documents prevails where they differ ("본 계약이 우선한다",
"the Terms prevail over this Addendum"); `precedence` reads that, and gaps.py lets the prevailing
document's lesser term outweigh a good clause elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import PurePath
from typing import Callable, Iterable, Sequence

from .classify.rules import CheckResult
from .findings import Finding, Override
from .types import Segment

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# "Clause 8.1", "Section 6.2(b)", "paragraph 4" (English numbering: 8.1 -> ("8", "1")); an Article of a
# statute or of the standard contractual clauses is not the contract's own clause
# what a statute's or the standard clauses' article numbers are followed by ("… of the GDPR", "… of the Act")
STATUTE_AFTER = r"(?:of\s+(?:the\s+)?)?(?:GDPR|PIPA|UK\s+GDPR|the\s+Act|Act\b|Regulation|Decree|Enforcement|EU\b|SCCs?\b|Standard)"
_EN_REF = (r"\b(?:clauses?|sections?|paragraphs?|articles?|para\.|§)\s*(\d+(?:\.\d+)*(?:\s*\([a-z0-9]{1,4}\))*)(?![\d.]|\s*\()"
           r"(?!\s*" + STATUTE_AFTER + ")")
# "Clauses 6.1 and 6.3": more clauses in the same breath
_EN_LIST = r"(?:\s*(?:,|\band\b|\bor\b)\s*\d+(?:\.\d+)*(?:\s*\([a-z0-9]{1,4}\))*)*"
# "of the Terms" points at another document, "of this Agreement" at this one
# ("of Schedule 3", "of Annex B": a schedule named without an article is another document too)
_EN_OF_DOC = (r"(?:\s+of\s+(the|this|that|(?:Schedule|Annex|Appendix|Exhibit|Attachment|Addendum)(?=\s+[\dA-Z]))"
              r"\s+[\w-]+(?:\s+[\w-]+){0,3}?)?")
# the target clause stops applying as written: every requirement it met is affected
_EN_DISAPPLIES = re.compile(
    _EN_REF + _EN_LIST + _EN_OF_DOC + r"\s*(?:,\s*)?(?:is|are|shall\s+be|will\s+be)\s+"
    r"(?:hereby\s+)?(?:deleted|replaced|superseded|amended|disapplied|modified|varied|revoked|(?:read|construed)\s+accordingly)\b|"
    + _EN_REF + _EN_LIST + _EN_OF_DOC + r"\s+(?:shall|does|will|do)\s+not\s+apply\b|"
    # "In place of Clause 9 of the Agreement, the Agency may engage …": the new text stands instead of the clause
    r"\b(?:in\s+place\s+of|instead\s+of|in\s+substitution\s+for|in\s+lieu\s+of)\s+" + _EN_REF + _EN_LIST + _EN_OF_DOC + r"\s*,",
    re.IGNORECASE,
)
# an exception to the target clause: only the requirements the excepting clause is about
_EN_NOTWITHSTANDING = re.compile(r"\bnotwithstanding\s+(?:anything\s+in\s+)?" + _EN_REF + _EN_OF_DOC, re.IGNORECASE)
# the article's number, an annex's own too ("제C-9조", "제3-1조"; numbering.KO_ARTICLE_NUMBER)
_KO_ARTICLE = r"((?:[A-Za-z]\s*-\s*)?\d+(?:\s*-\s*\d+)?)"
# "제6조제1항", "제6조 ①", "제6조의2" (Korean numbering: 제6조 ① -> ("6", "1")); not an article of a statute
# ("법 제28조의7", "시행령 제30조", "「개인정보 보호법」 제26조")
# (another document by its Latin initials: "DPA 제10조 단서는 적용되지 아니한다", not a statute's: "GDPR 제28조")
_KO_REF = (r"(?:(원\s*계\s*약|주\s*계\s*약|기\s*본\s*계\s*약|본\s*계\s*약|약\s*관|서\s*비\s*스\s*계\s*약|용\s*역\s*계\s*약|"
           r"(?<![A-Za-z])(?!(?:GDPR|PIPA|CCPA|SCCs?|EU|EEA|UK|US|ISO|KISA|PIPC)(?![A-Za-z]))[A-Z]{2,5}(?![A-Za-z])|"
           r"(?:부\s*속\s*서|별\s*지|별\s*표|부\s*록)\s*(?:제\s*)?[A-Z0-9]{0,3}(?:\s*호)?)|"
           r"(이\s*계\s*약|이\s*약\s*정|이\s*합\s*의\s*서|본\s*합\s*의\s*서|이\s*부\s*속\s*(?:서|합\s*의\s*서)))?\s*(?:의\s*)?"
           r"제\s*" + _KO_ARTICLE + r"\s*조(?:\s*의\s*(\d+))?(?:\s*제\s*(\d+)\s*항|\s*([①-⑳]))?")
# a statute's article ("법 제28조의7", "시행령 제30조", "「개인정보 보호법」 제26조", "제35조부터 제37조까지",
# "GDPR 제28조") is not a clause
_KO_STATUTE_BEFORE = re.compile(r"(?:법|령|」|부터|및|·|GDPR|PIPA|CCPA|SCCs?)\s*$")
_KO_DISAPPLIES = re.compile(
    # (not a clause the sentence only follows: "계약서 제11조제2항의 절차를 따르며, 바뀐 표는 개정본으로 갈음한다")
    _KO_REF + r"\s*(?:의\s*규\s*정)?\s*(?:은|는|을|를)?(?:(?!따\s*르|따\s*라|절\s*차)[^.。]){0,40}?"
    r"(?:적\s*용\s*(?:하|되)\s*지\s*(?:아\s*니|않)|삭\s*제\s*(?:한\s*다|하\s*고|하\s*며)|갈\s*음\s*(?:한\s*다|하\s*여)|"
    r"대\s*체\s*(?:한\s*다|하\s*여|하\s*고)|효\s*력\s*을\s*잃|효\s*력\s*이\s*없|"
    # "원계약 제8조제1항을 다음과 같이 변경한다": the amendment's text replaces the clause
    r"(?:다\s*음\s*과|아\s*래\s*와)\s*같\s*이\s*(?:변\s*경|개\s*정|수\s*정)\s*(?:한\s*다|하\s*고|하\s*며))"
)
# "원계약 제12조제1항 중 “하루(24시간)를 넘기지 아니하고”를 “2영업일 이내에”로 변경한다": part of a clause's wording replaced;
# an override only when the replaced wording holds a time limit (_targets asks the deadline parser), since a phrase
# replaced without one amends the clause but leaves the rest of it standing
_KO_PARTIAL = re.compile(
    _KO_REF + r"\s*(?:[^.。“\"「『]{0,40}?)중\s*[“\"「『](?P<old>[^”\"」』\n]{1,200})[”\"」』]\s*(?:을|를)\s*[“\"「『][^”\"」』\n]{1,200}[”\"」』]\s*"
    r"(?:으\s*로|로)\s*(?:변\s*경|개\s*정|수\s*정|바\s*꾼|바\s*꾸|대\s*체)")
# further clauses named in the same breath: "원계약 제2조제3항 및 제13조제1항", "Clauses 6.1 and 6.3"
_KO_MORE = re.compile(r"(?:및|,|·|와|과|또\s*는)\s*제\s*" + _KO_ARTICLE + r"\s*조(?:\s*의\s*(\d+))?(?:\s*제\s*(\d+)\s*항|\s*([①-⑳]))?")
_EN_MORE = re.compile(r"(?:\band\b|\bor\b|,)\s*(\d+(?:\.\d+)+(?:\s*\([a-z0-9]{1,4}\))*)(?![\d.])", re.IGNORECASE)
# a document that says it prevails over the others in a conflict ("본 계약이 우선한다", "this Agreement shall prevail")
_SELF_PREVAILS = re.compile(
    r"(?:본|이)\s*(?:계\s*약|약\s*정|합\s*의\s*서|부\s*속\s*(?:합\s*의\s*)?서|변\s*경\s*합\s*의\s*서|약\s*관|거\s*래\s*조\s*건|특\s*약|특\s*수\s*조\s*건|"
    r"발\s*주\s*서|주\s*문\s*서|협\s*약|각\s*서)(?:서)?\s*(?:의\s*(?:내\s*용|규\s*정|조\s*항))?\s*(?:이|가)\s*우\s*선|"
    r"(?:본|이)\s*(?:계\s*약|약\s*정|합\s*의\s*서)\s*(?:의\s*(?:내\s*용|규\s*정))?\s*을\s*우\s*선\s*(?:하\s*여\s*)?적\s*용|"
    # "this MOU prevails", "These General Terms prevail over any Order"
    r"\bth(?:is|ese)\s+(?:[A-Z][\w-]*\s+){0,2}?(?:Agreement|Addendum|DPA|Side\s+Letter|Letter|Amendment|Schedule|Annex|Terms|Contract|Order\s+Form|"
    r"MOU|Memorandum(?:\s+of\s+Understanding)?|Protocol)\s+(?:shall\s+|will\s+)?(?:prevails?|controls?|governs?|take[s]?\s+precedence)\b|"
    # an amendment, a side letter or an annex by its own name: "이 변경계약이 우선한다", "이 서한이 우선합니다", "본 DPA가
    # 우선한다", "이 부속합의서에 따른다", "본문이 우선한다" (the body over its annexes)
    r"(?<![가-힣])(?:본|이)\s*(?:변\s*경\s*계\s*약|서\s*한|사\s*이\s*드\s*레\s*터|부\s*속\s*서\s*한|DPA|조\s*건\s*서|(?:[가-힣]{1,6}\s*)?부\s*속\s*(?:합\s*의\s*)?서|"
    r"[가-힣]{1,6}\s*계\s*약\s*서)(?:서)?\s*(?:(?:이|가)\s*우\s*선|(?:을|를)\s*우\s*선\s*(?:하\s*여\s*)?적\s*용|에\s*따\s*른\s*다)|"
    r"(?<![가-힣])(?:계\s*약\s*)?본\s*문\s*(?:이|을)\s*우\s*선|"
    # "This Amendment takes effect on the date above and prevails over the Agreement", "this Annex B.1 prevails",
    # "It prevails over the Services Agreement on every matter it covers", "the main body prevails"
    r"(?<!\bof\s)\bth(?:is|ese)\s+(?:[A-Z][\w-]*\s+){0,2}?(?:Agreement|Addendum|DPA|Side\s+Letter|Letter|Amendment|Schedule|Annex|Rider|Terms|"
    r"Contract|Order\s+Form|MOU|Memorandum|Protocol|clauses)(?:\s+[A-Z0-9][\w.-]*)?\b[^.;]{0,80}?\bprevails?\s+over\b|"
    r"(?:^|[.;]\s*|\b(?:Data|data|Korean|Personal)\b[^.;]{0,40}?\s)[Ii]t\s+(?:shall\s+)?prevails?\s+over\s+the\b|\bthe\s+main\s+body\s+prevails\b",
    re.IGNORECASE,
)
# another document named as prevailing ("위탁계약서가 우선한다", "the Terms continue to apply and prevail")
_OTHER_PREVAILS = re.compile(
    r"(?<![이본])\s(?:원\s*계\s*약|본\s*계\s*약|기\s*본\s*계\s*약|주\s*계\s*약|약\s*관|[가-힣]{1,8}계\s*약\s*서?|[가-힣]{0,6}합\s*의\s*서)\s*(?:이|가)\s*우\s*선|"
    r"(?<!\bthis\s)(?<!\bthese\s)\b[Tt]he\s+(?:[A-Z][\w-]*\s+){0,3}(?:Agreement|Terms|MSA|DPA|Contract|Order\s+Form|Addendum|Side\s+Letter|MOU|Memorandum|Protocol)\b[^.;]{0,40}?"
    r"\b(?:shall\s+|will\s+|to\s+)?(?:prevail|control|govern|take\s+precedence)s?\b|"
    # an annex, a DPA or the standard clauses named as prevailing ("개인정보에 관하여는 데이터 처리 부속서가 우선한다", "DPA가
    # 우선합니다", "특수조건을 우선 적용한다", "해당 계약 문서가 우선합니다", "포털 이용약관이 우선한다")
    r"(?<![이본])\s(?:(?!(?:이|본)\s)[가-힣A-Za-z]{1,8}\s*){0,2}(?:부\s*속\s*(?:합\s*의\s*)?서|DPA|SCC|표\s*준\s*계\s*약\s*조\s*항|특\s*수\s*조\s*건|계\s*약\s*문\s*서|"
    r"이\s*용\s*약\s*관|위\s*탁\s*계\s*약\s*서?|계\s*약\s*서|협\s*약)(?:\s*[A-Z0-9]{1,3}(?![A-Za-z0-9]))?\s*(?:(?:이|가)\s*우\s*선|(?:을|를)\s*우\s*선\s*(?:하\s*여\s*)?적\s*용)|"
    # "Schedule 3 prevails over this Agreement", "the Data Protection Schedule prevails", "which prevail over this Order
    # Form", "Any side letter signed by both parties prevails over this Agreement"
    r"(?<!\bthis\s)(?<!\bThis\s)\b(?:Schedule|Annex|Appendix|Exhibit)(?:\s+[A-Z0-9][\w.-]*)?(?:\s*\([^)]{0,60}\))?(?:,\s*which)?\s+"
    r"(?:shall\s+|will\s+)?(?:prevails?|takes?\s+precedence)\b|"
    r"\bprevails?\s+over\s+(?:this|these)\s+(?:[A-Z][\w-]*\s+){0,2}?(?:Agreement|Terms|Contract|Order\s+Form|Annex|Schedule|Addendum|Rider|"
    r"Statement\s+of\s+Work|Appointment|MSA|DPA)\b")
# an order of precedence: this document listed before another ("개별 주문, 이 계약, 부속합의서의 순서로 우선", "in the
# following order: (a) the Order Form; (b) this Agreement; (c) the DPA")
_ORDER = re.compile(r"순\s*서\s*로\s*우\s*선|순\s*위\s*로\s*적\s*용|order\s+of\s+(?:precedence|priority)|following\s+order", re.IGNORECASE)
_THIS_DOC = re.compile(r"(?:이|본)\s*(?:계\s*약|약\s*정|합\s*의\s*서|약\s*관|주\s*문\s*서|발\s*주\s*서|협\s*약|각\s*서|특\s*약)|"
                       r"\bth(?:is|ese)\s+(?:Agreement|Addendum|DPA|Terms|Contract|Side\s+Letter|Order\s+Form|MOU|Protocol)\b",
                       re.IGNORECASE)
# where the ranked list sits: before "…의 순서로 우선" in Korean, after "in the following order" in English
_ORDER_LIST_START = re.compile(r"(?:경\s*우\s*(?:에\s*는|에)?|때\s*에\s*는|:)\s*", re.IGNORECASE)
_LISTED_DOC = re.compile(r"부\s*속|별\s*첨|별\s*지|별\s*표|합\s*의\s*서|약\s*관|주\s*문\s*서|\b(?:DPA|Addend(?:um|a)|Schedules?|Annex(?:es)?|Terms|Agreement|Policy|"
                         r"Exhibits?|Appendix|Appendices|Attachments?|Order\s+Forms?|Statements?\s+of\s+Work|SOW|Documentation)\b")
_CONFLICT = re.compile(r"conflict|inconsisten|discrepan|differ|prevails?\s+over|상\s*충|충\s*돌|서\s*로\s*다\s*르|서\s*로\s*다\s*른|다\s*른\s*경\s*우|불\s*일\s*치|저\s*촉",
                       re.IGNORECASE)
_KO_NOTWITHSTANDING = re.compile(_KO_REF + r"\s*(?:의\s*규\s*정)?\s*에\s*도\s*불\s*구\s*하\s*고")
# exceptions to a paragraph of the same article ("제1항에도 불구하고") or to what precedes ("전항에도 불구하고",
# "Notwithstanding the foregoing")
_KO_PARAGRAPH_EXCEPTION = re.compile(r"(?<![조\d])\s*제\s*(\d+)\s*항\s*(?:의\s*규\s*정)?\s*에\s*도\s*불\s*구\s*하\s*고")
_PRECEDING_EXCEPTION = re.compile(r"(?:전\s*항|앞\s*항|위\s*항)\s*(?:의\s*규\s*정)?\s*에\s*도\s*불\s*구\s*하\s*고|"
                                  r"\bnotwithstanding\s+(?:the\s+foregoing|the\s+above|anything\s+(?:to\s+the\s+contrary\s+)?above|"
                                  r"the\s+preceding\s+(?:paragraph|sentence|clause|sub-?section|sub-?clause))\b", re.IGNORECASE)
# a clause lifting a cap or an exclusion, and the standard contractual clauses' own numbering
_LIMITATION = re.compile(r"\b(?:limit|limits|limitation|limitations|cap|caps|exclusions?|exclusion of liability)\b|"
                         r"한\s*도|책\s*임\s*(?:의\s*)?제\s*한|면\s*책|배\s*상\s*(?:의\s*)?제\s*한", re.IGNORECASE)
# which language version prevails ("the Korean text prevails", "국문본이 우선한다") says nothing of which document does
_LANGUAGE_VERSION = re.compile(r"\b(?:Korean|English|French|Spanish|Croatian|Hebrew|German|Chinese|Japanese|Portuguese|original|translated)\s+"
                               r"(?:text|version|language|original)\b|"
                               r"(?:한\s*국\s*어|국\s*문|영\s*문|원\s*문|번\s*역|독\s*일\s*어|중\s*국\s*어|일\s*본\s*어)\s*(?:본|판)?\s*(?:이|가)\s*우\s*선",
                               re.IGNORECASE)
_SCC = re.compile(r"\bSCCs?\b|standard contractual clauses|\bModule\s+(?:one|two|three|four|\d)\b", re.IGNORECASE)


def _en_key(ref: str) -> tuple[str, ...]:
    main, *subs = re.split(r"\s*\(", ref.strip())
    return tuple(main.split(".")) + tuple(s.rstrip(")").strip().lower() for s in subs)


def _ko_key(jo: str, ui: str | None, hang: str | None, circled: str | None) -> tuple[str, ...]:
    jo = re.sub(r"\s+", "", jo).upper()  # "c - 9" and "C-9" name one article
    key = (jo + (f"-{ui}" if ui else ""),)
    if hang:
        key += (hang,)
    elif circled:
        key += (str(_CIRCLED.index(circled) + 1),)
    return key


def clause_key(number: str | None) -> tuple[str, ...] | None:
    """A finding's clause number as a key ("8.1(a)" -> ("8", "1", "a"); "제6조 ① 2." -> ("6", "1", "2"))."""
    if not number:
        return None
    m = re.match(r"\s*제\s*" + _KO_ARTICLE + r"\s*조(?:\s*의\s*(\d+))?(?:\s*([①-⑳]))?(?:\s*(\d+)\.)?", number)
    if m:
        key = _ko_key(m.group(1), m.group(2), None, m.group(3))
        return key + ((m.group(4),) if m.group(4) and m.group(3) else ())
    m = re.match(r"\s*(\d+(?:\.\d+)*)((?:\s*\([a-z0-9]{1,4}\))*)", number, re.IGNORECASE)
    if m:
        return _en_key(m.group(1) + m.group(2))
    return None


def find(segments: Sequence[Segment], findings: Sequence[Finding], context_of) -> tuple[Override, ...]:  # type: ignore[no-untyped-def]
    """The overrides stated in one document. A clause disapplied or replaced loses every requirement it
    met (requirements = ()); an exception ("notwithstanding") only those its own clause is about, unless
    the exception itself is a term contrary to PIPA."""
    out: list[Override] = []
    by_segment: dict[int, set[str]] = {}
    harmful: set[int] = set()  # segments with a contrary term ("may use it to improve its own AI models")
    for f in findings:
        if f.source != "contrary":
            by_segment.setdefault(f.segment, set()).add(f.requirement)
        else:
            harmful.add(f.segment)
    # a side letter's "Clause 10.8(a) is replaced by the following" names no document, yet the letter has no clause
    # 10.8(a) of its own: the clause is the main agreement's
    own = {k for k in (clause_key(s.clause_number) for s in segments) if k}

    def elsewhere_if_not_here(targets: list[tuple[tuple[str, ...], bool]]) -> list[tuple[tuple[str, ...], bool]]:
        return [(t, elsewhere or not any(k[: len(t)] == t for k in own)) for t, elsewhere in targets]

    for i, seg in enumerate(segments):
        if _LIMITATION.search(seg.text):  # lifting a cap or an exclusion strengthens the contract (see unless_vendor)
            continue
        disapplied, excepted = map(elsewhere_if_not_here, _targets(seg.text))
        named = _named_document(seg.text)

        def override(target: tuple[str, ...], reqs: tuple[str, ...], elsewhere: bool) -> Override:
            return Override(target, reqs, seg.clause_number, seg.page, seg.text[:300], elsewhere,
                            named if elsewhere else None)

        for target, elsewhere in disapplied:
            out.append(override(target, (), elsewhere))
        excepted += _relative_exceptions(segments, i)
        if excepted and i in harmful:
            # an exception that grants what PIPA forbids takes back everything the target clause gave
            out.extend(override(t, (), elsewhere) for t, elsewhere in excepted)
        elif excepted:
            lo, hi = context_of(segments, i)
            reqs = tuple(sorted(set().union(*(by_segment.get(k, set()) for k in range(lo, hi + 1)))))
            for t, elsewhere in excepted:
                if reqs:
                    out.append(override(t, reqs, elsewhere))
                elif elsewhere:
                    # an amendment carving out of the main agreement's clause ("원계약 제6조에도 불구하고, 을은 계열사에
                    # … 수행하게 할 수 있다") in words no requirement's rules know: the clause no longer holds as written
                    out.append(override(t, (), elsewhere))
    return tuple(out)


# "Section 12 of the MSA", "Clause 9 of the Master Services Agreement": the other document by its name
_NAMED_DOC = re.compile(r"\b(?i:clauses?|sections?|paragraphs?|articles?)\s*\d[\w.()]*(?:\s*(?:,|and|or)\s*\d[\w.()]*)*"
                        r"\s+(?i:of\s+(?:the|that))\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})|"
                        r"\b(?i:clauses?|sections?|paragraphs?)\s*\d[\w.()]*\s+(?i:of)\s+"
                        r"((?:Schedule|Annex|Appendix|Exhibit|Attachment|Addendum)\s+[\dA-Z][\w-]*)")
_SMALL_WORDS = {"and", "of", "the", "for", "to", "a"}


def _named_document(text: str) -> str | None:
    m = _NAMED_DOC.search(text)
    return (m.group(1) or m.group(2)) if m else None


def names_document(name: str, path: str) -> bool:
    """Whether the vendor document at `path` can be the one a clause names: an acronym ("MSA", "DPA") or a
    title of several words ("Master Services Agreement") must fit the file's name; a bare "Agreement" or
    "Terms" may be any of them (file names say too little to rule one out)."""
    words = [w for w in re.split(r"\s+", name.strip()) if w.lower() not in _SMALL_WORDS]
    tokens = [t for t in re.split(r"[^0-9a-z]+", PurePath(path).stem.lower()) if t]
    if len(words) == 1 and not (words[0].isupper() and 2 <= len(words[0]) <= 6):
        return True
    initials = "".join(t[0] for t in tokens if t not in _SMALL_WORDS)
    if len(words) == 1:  # an acronym: the initials of the file name, or a word of it
        return words[0].lower() in initials or words[0].lower() in tokens
    # a title: its words in the file name, or its initials as a word of it ("msa.pdf")
    return (all(any(t.startswith(w.lower()[:5]) for t in tokens) for w in words)
            or "".join(w[0] for w in words).lower() in tokens)


def precedence(segments: Sequence[Segment]) -> str:
    """"this" when the document says it prevails over the vendor's other documents where they differ
    ("본 계약과 부속합의서의 내용이 서로 다른 경우에는 본 계약이 우선한다", "In the event of a conflict, this
    Agreement shall prevail", or this document listed first in an order of precedence); "other" when it
    says another document prevails over it ("… 위탁계약서가 우선한다", "the Terms prevail over this
    Addendum"); "" when it says neither."""
    for seg in segments:
        text = seg.text
        order = _ORDER.search(text)
        if order:
            # the ranked list alone: "이 주문서, DPA, MSA의 내용이 서로 충돌하는 경우 DPA, MSA, 이 주문서의 순서로 우선"
            # ranks the order form last, though it is named first in the sentence
            if re.search(r"[가-힣]", order.group(0)):
                starts = list(_ORDER_LIST_START.finditer(text, 0, order.start()))
                ranked = text[starts[-1].end() if starts else 0: order.start()]
            else:
                ranked = text[order.end():]
            this = _THIS_DOC.search(ranked)
            if this:
                return "this" if _LISTED_DOC.search(ranked, this.end()) else "other"
        if not _CONFLICT.search(text) or _LANGUAGE_VERSION.search(text):
            continue
        if _SELF_PREVAILS.search(text):
            return "this"
        if _OTHER_PREVAILS.search(text):
            return "other"
    return ""


def _relative_exceptions(segments: Sequence[Segment], i: int) -> list[tuple[tuple[str, ...], bool]]:
    """Exceptions to a paragraph named relative to the clause they sit in: "제1항에도 불구하고" in 제4조 ② is
    an exception to 제4조 ①; "Notwithstanding the foregoing" in 5.4 to the clause before it."""
    text = segments[i].text
    out: list[tuple[tuple[str, ...], bool]] = []
    here = clause_key(segments[i].clause_number)
    if here and re.search(r"[가-힣]", text):
        out += [((here[0], m.group(1)), False) for m in _KO_PARAGRAPH_EXCEPTION.finditer(text)]
    if _PRECEDING_EXCEPTION.search(text):
        for k in range(i - 1, max(-1, i - 6), -1):
            before = segments[k].clause_number
            if before and before != segments[i].clause_number:
                key = clause_key(before)
                if key:
                    out.append((key, False))
                break
    return out


def _holds_limit(wording: str) -> bool:
    """Whether replaced wording sets a time limit ("하루(24시간)를 넘기지 아니하고", "지체 없이")."""
    from .classify import deadlines

    parsed = deadlines.parse(wording, "ko")
    return bool(parsed.durations or parsed.uncapped)


def _targets(text: str) -> tuple[list[tuple[tuple[str, ...], bool]], list[tuple[tuple[str, ...], bool]]]:
    """(clauses disapplied or replaced, clauses excepted from) named in the text, each with whether it is
    in another document ("of the Terms", "원계약") or, named bare, in this one."""
    disapplied: list[tuple[tuple[str, ...], bool]] = []
    excepted: list[tuple[tuple[str, ...], bool]] = []
    if re.search(r"[가-힣]", text):
        for rx, into in ((_KO_DISAPPLIES, disapplied), (_KO_PARTIAL, disapplied), (_KO_NOTWITHSTANDING, excepted)):
            for m in rx.finditer(text):
                if rx is _KO_PARTIAL and not _holds_limit(m.group("old")):
                    continue
                other, this, jo, ui, hang, circled = m.groups()[:6]
                if not (other or this) and _KO_STATUTE_BEFORE.search(text[max(0, m.start() - 12): m.start()]):
                    continue
                into.append((_ko_key(jo, ui, hang, circled), bool(other)))
                into.extend((_ko_key(*more.groups()), bool(other)) for more in _KO_MORE.finditer(m.group(0)))
    if _SCC.search(text):  # "Clause 7 shall not apply" of the standard contractual clauses
        return disapplied, excepted
    for m in _EN_DISAPPLIES.finditer(text):
        groups = m.groups()  # (reference, document) for each of the alternatives; one of them matched
        ref, det = next((groups[i], groups[i + 1]) for i in range(0, len(groups), 2) if groups[i])
        elsewhere = det is not None and det.lower() != "this"
        disapplied.append((_en_key(ref), elsewhere))
        disapplied.extend((_en_key(more.group(1)), elsewhere) for more in _EN_MORE.finditer(m.group(0)))
    excepted += [(_en_key(m.group(1)), m.group(2) is not None and m.group(2).lower() != "this")
                 for m in _EN_NOTWITHSTANDING.finditer(text)]
    return disapplied, excepted



_REASON = {
    "en": "the clause is replaced or disapplied by {where} ({text})",
    "ko": "이 조항은 {where_ko}에 의하여 대체되거나 적용되지 않습니다({text})",
}


def apply(findings: Iterable[tuple[str, Finding]], overrides: Sequence[tuple[str, Override]],
          central: Callable[[Finding], bool] = lambda f: True) -> list[tuple[str, Finding]]:
    """The vendor's (path, finding) pairs, for one requirement, with each overridden met finding
    demoted to weak. Unless the overriding clause itself meets the requirement (a replacement as good
    as the original), the demotion is decisive: the contract has taken back what the clause gave.
    A harmful (contrary) term or a weak clause in an overridden clause is dropped when the overriding
    clause meets the requirement."""
    findings = list(findings)
    if not overrides:
        return findings
    met_at = {(p, f.clause_number) for p, f in findings if f.supports == "met" and f.source != "contrary"}
    out = []
    for path, f in findings:
        key = clause_key(f.clause_number)
        hit = None
        if key is not None:
            for opath, o in overrides:
                if o.elsewhere == (opath == path):
                    continue
                if o.document and not names_document(o.document, path):
                    continue  # "Section 12 of the MSA" does not reach clause 12 of the DPA
                if (not o.requirements or f.requirement in o.requirements) and key[: len(o.target)] == o.target and not (
                        opath == path and o.clause_number == f.clause_number):
                    hit = (opath, o)
                    break
        if hit is None:
            out.append((path, f))
            continue
        opath, o = hit
        if f.supports != "met" and f.source != "contrary":
            # a weak clause set aside by one that meets the requirement ("DPA 제10조 단서(백업 90일)는 적용되지
            # 아니한다" beside a 5-day destruction duty) no longer holds; one merely carved out of still does
            if (opath, o.clause_number) not in met_at:
                out.append((path, f))
            continue
        if f.source == "contrary":
            # a harmful term set aside by a clause that meets the requirement ("Notwithstanding Clause 6.5 of the
            # Agreement, Corrib consents to being named") no longer holds; one merely carved out of ("the obligations
            # in this clause 7 do not apply to information that is public") still does
            if (opath, o.clause_number) in met_at:
                continue
            out.append((path, f))
            continue
        where = f"clause {o.clause_number or '?'} on page {o.page} of {opath}"
        where_ko = f"{opath} {o.page}쪽 {o.clause_number or ''}".strip()
        snippet = o.text if len(o.text) <= 120 else o.text[:117] + "..."
        # a clause that only touched the requirement in passing loses its "met", but taking it back
        # does not outweigh the clause that deals with the requirement
        replaced_as_good = (opath, o.clause_number) in met_at or not central(f)
        note = CheckResult(check="overridden", type="override", passed=False, status="weak", value=o.clause_number,
                           category=None if replaced_as_good else "harmful",
                           reason={"en": _REASON["en"].format(where=where, text=snippet),
                                   "ko": _REASON["ko"].format(where_ko=where_ko, text=snippet)})
        out.append((path, replace(f, supports="weak", checks=f.checks + (note,), rules=f.rules + ("overridden",))))
    return out
