"""The library's declarative checks, evaluated on clause text.

A check never sees a file or a model: it gets a requirement, the clause text and its language,
and the date the law is judged at, and says whether the clause passes, with what it parsed
(the deadline in hours, the items present and missing, the phrase that made it weak). Phrases
that would make a clause weak are ignored when the contract negates them ("shall not use … for
its own marketing", "…목적으로 이용하여서는 아니 된다").
"""

from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from ..library import Check, Requirement
from ..patterns import PatternSet
from ..prefilter import squash
from . import deadlines

_EN_NEGATOR = re.compile(
    r"\b(?:not|never|no|nor|neither|nothing|cannot|"
    # contractions, with either apostrophe: "don't", "can’t", "shouldn't"
    r"(?:do|does|did|should|would|could|ca|wo|sha|must|need|is|are|was|were|has|have|had)n['’]t|prohibited|forbidden|refrain(?:s)?\s+from|"
    r"in\s+no\s+event|under\s+no\s+circumstances?|other\s+than|except(?:\s+for)?|save\s+for)\b"
    # (not the first part of a hyphenated word: "no-show history", "not-for-profit body")
    r"(?![-‑])",
    re.IGNORECASE,
)
_KO_NEGATOR_AFTER = re.compile(
    # the polite forms too: "이용하지 않습니다", "제공하지 아니합니다", "않겠습니다", "하면 안 됩니다", "하지 못합니다"
    # (금지 as a word: not the 금 지 of "보상금 지급", "지원금 지체 없이")
    r"(?:아\s*니\s*(?:하|되|한|된|함|할|합|됩|했|될|해)|않(?:는|으|고|음|아|도|을|았|습|겠|기)|금\s*지(?=하|되|한|된|함|됨|합|됩|해|돼|를|사\s*항|행\s*위|의|에|[^가-힣]|$)|면\s*안\s*(?:된|되|됩|돼)|못\s*합|"
    # (not "복구할 수 없는 방법": a way that cannot be undone describes the method, it negates nothing before it; nor
    # "취소 불가능한 권한": an irrevocable right describes the right)
    r"할\s*수\s*없(?!\s*는\s*(?:방\s*법|방\s*식|형\s*태|상\s*태|정\s*도))|하\s*지\s*못|못\s*한|불\s*가(?!\s*능\s*한)|아\s*니\s*한|"
    # "요구해서는 안 됩니다", "제공하여서는 안 된다", "보관하지 말 것"
    r"서\s*는\s*안\s*(?:된|되|됩|돼)|지\s*말)"
)
# A "not" that negates nothing before it: "not masked" is the data kept whole, not the data left out ("주민등록번호
# 뒷자리를 가리지 않음", "마스킹하지 아니한 사본"); "다만, … 경우에는 그러하지 아니하다" sets the rule aside for what the
# proviso names, which is allowed
_KO_NOT_A_NEGATION = re.compile(r"(?:가\s*리|마\s*스\s*킹\s*(?:처\s*리\s*)?하|숨\s*기|그\s*러\s*하)\s*지\s*$")
_CLAUSE_BREAK = re.compile(r"[.;:!?。]\s|[다함음]\.\s*")
# A Korean negation governs the nearest predicate: stop at the first comma after a verb ending or at a connective
# ending. A comma between nouns is a list under the one verb ("마케팅, 상품 개발, 이용자 선별 등 … 이용하지 아니하며").
# A causal ending ends its clause too: in "계약의 이행에 필요한 처리위탁에 해당하므로 별도의 동의는 받지 아니한다" the
# negation is the main clause's, not the reason's.
_KO_PREDICATE_BREAK = re.compile(r"(?<=[며고여서면나데만어아해게지도])\s*[,，]|(?<![가-힣])[,，]|(?:며|지만|는데|으나|하나|다가|하고|되고)\s|므\s*로\s*[,，]?\s")
# An English negation does not reach across "…, and may …" into a new obligation.
# "…, and our total liability …": a new subject after the comma starts a new clause too; so does a proviso that
# grants ("shall not give it to any third party, except that it may share it with its affiliates").
_EN_COORD_BREAK = re.compile(r"(?:[,;]\s*|\s)(?:and|but|or|while|whereas|provided\s+that|except\s+that|save\s+that)\s+(?:\w+\s+){0,3}?(?:may|shall|will|can|must|is|are|has|have)\b|"
                             r"[,;]\s*(?:and|but)\s+(?:our|its|your|their)\b", re.IGNORECASE)


@dataclass(frozen=True)
class CheckResult:
    check: str
    type: str
    passed: bool
    status: str  # the status the clause gets from this check: met or weak
    value: str | None = None
    reason: dict[str, str] | None = None
    category: str | None = None
    hours: float | None = None
    items_found: tuple[str, ...] = ()
    items_missing: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"check": self.check, "type": self.type, "passed": self.passed}
        if self.value is not None:
            d["value"] = self.value
        if self.hours is not None:
            d["hours"] = self.hours
        if self.category:
            d["category"] = self.category
        if self.items_found or self.items_missing:
            d["items_found"] = list(self.items_found)
            d["items_missing"] = list(self.items_missing)
        return d


@dataclass(frozen=True)
class Verdict:
    status: str  # met | weak
    results: tuple[CheckResult, ...] = field(default_factory=tuple)

    @property
    def failed(self) -> tuple[CheckResult, ...]:
        return tuple(r for r in self.results if not r.passed)


# "Nothing in this Agreement permits X to use …, to disregard …, or to retain … indefinitely": a sentence that
# denies any licence reaches every item of its list, however long
_EN_NO_LICENCE = re.compile(
    r"(?:^|[.;:]\s)\s*(?:nothing\s+in|no\s+(?:provision|term|clause|part|section)s?\s+(?:of|in))\b[^.;]{0,120}?"
    r"\b(?:permits?|allows?|entitles?|authori[sz]es?|shall\s+(?:permit|allow|entitle|authori[sz]e))\b[^.;]*$",
    re.IGNORECASE,
)
# is_negated runs for every phrase a check finds: the sentence-wide search above runs only where its words occur
_NO_LICENCE_WORD = re.compile(r"nothing\s+in|no\s+(?:provision|term|clause|part|section)", re.IGNORECASE)
# "이 계약의 어떠한 규정도 … 보유하는 것을 허용하지 아니한다"
_KO_NO_LICENCE = re.compile(r"(?:어\s*떠\s*한|어\s*느|그\s*어\s*떤)\s*(?:조\s*항|규\s*정|내\s*용)\s*도[^.。]*$")
_KO_NO_LICENCE_END = re.compile(r"^[^.。]*?(?:허\s*용|인\s*정|허\s*락)\s*(?:하\s*(?:지|는\s*것\s*으\s*로\s*해\s*석\s*되\s*지)|되\s*지)\s*(?:아\s*니|않)")


# a proviso that grants what the sentence withheld: "shall not give it to anyone, except that it may share …"
_EN_GRANT_BEFORE = re.compile(r"\b(?:except|save|provided)\s+that\s+(?:[\w'’-]+\s+){0,3}$|"
                              # "shall not use it for any other purpose, except for purposes related to …": what the
                              # exception names is what is allowed
                              r"[,;]\s*(?:except|save)\s+(?:for|as|to)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# … and a phrase that is itself such a proviso ("except that it may share it with its affiliates") is outside the ban
# it lifts
_EN_GRANT_AT = re.compile(r"(?:except|save|provided(?:,)?(?:\s+however,?)?)\s+that\b", re.IGNORECASE)
# the phrase sits in a list's last item: "…, or for any other purpose", "…, or transfer it to any other country"
_EN_LAST_ITEM = re.compile(r",\s*(?:or|nor)\s+[^,;]{0,30}$", re.IGNORECASE)
# the phrase is itself the last item ("…, health information or other sensitive information")
_EN_IS_LAST_ITEM = re.compile(r"(?:or|nor)\s", re.IGNORECASE)
# a list under a negated lead-in before a colon: "다음 정보는 다루지 아니한다: 주민등록번호, …", "The following are never
# collected: card numbers, …"
_NEGATED_LEAD_IN = re.compile(r"(?:\b(?:not|never)\b[^.:;]{0,40}|아\s*니\s*한\s*다|않\s*는\s*다|않\s*습\s*니\s*다|않\s*음|"
                              r"금\s*지\s*한\s*다|제\s*외\s*한\s*다)\s*[:：]\s*[^.。:：;]*$", re.IGNORECASE)


# a table cell that answers "No" (a "Required? Yes/No" column: "Dietary requirements\nNo\nCatering", "| No |") negates
# nothing in the rows after it
_TABLE_ANSWER = re.compile(r"(?m)(?:^|\|)[ \t]*(?:No|N/?A|None|Not\s+applicable)[ \t]*(?:$|(?=\|))", re.IGNORECASE)


# a condition that opens the sentence ("If the parties cannot resolve the objection, Customer's sole remedy is …",
# "Where the Company does not object, the change is deemed accepted"): its negation stays inside it
_EN_CONDITION_LEAD = re.compile(r"\s*(?:if|where|when|whenever|unless|once|in\s+case|in\s+the\s+event(?:\s+that)?)\b[^,;:]{0,160},\s*",
                                re.IGNORECASE)


# A reason given in a clause of its own is not under the main clause's "not": "Separate consent is not required because
# the transfer is necessary to perform the contract" relies on contract necessity (not "because of", nor "since" a date)
_EN_CAUSE_BREAK = re.compile(r"(?:\bbecause|\bsince|,\s*as|\bgiven\s+that)\s+(?=(?:the|this|that|such|it|its|each|they|these|"
                             r"[A-Z][\w-]*)\b[^.;]{0,60}?\b(?:is|are|was|were|has|have|will|shall|may|can|must)\b)")


def _clause_part(text: str, start: int, size: int) -> str:
    """Up to `size` characters before `start`, from the start of their clause part (a sentence break or a new
    coordinated obligation cuts it, and so does the end of a condition that opens it). A phrase that is itself a
    granting proviso has no part before it under the ban."""
    if _EN_GRANT_AT.match(text, start):
        return ""
    lo = max(0, start - size)
    window = text[lo: start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(window)), default=0)
    cut = max([cut] + [m.end() for m in _EN_COORD_BREAK.finditer(window)] + [m.end() for m in _EN_CAUSE_BREAK.finditer(window)])
    grant = _EN_GRANT_BEFORE.search(window)
    part = window[max(cut, grant.end()) if grant else cut:]
    condition = _EN_CONDITION_LEAD.match(part)
    return part[condition.end():] if condition else part


# an exception set off by a comma before the main clause ("Except for a party's payment obligations, each party's total
# liability … shall not exceed …") excepts what it names, not what follows the comma; one that points to another clause
# ("Except for the matters in Article 8.2, …") may be the carve-out itself, and keeps the phrase from counting
_EN_EXCEPTION = re.compile(r"other\s+than|except(?:\s+for)?|save\s+for", re.IGNORECASE)
_EN_CLAUSE_REF = re.compile(r"\b(?:articles?|sections?|clauses?|paragraphs?|schedules?|annex(?:es)?)\s+\d", re.IGNORECASE)


def _negates(window: str) -> bool:
    for m in _EN_NEGATOR.finditer(window):
        if _EN_EXCEPTION.fullmatch(m.group(0)):
            comma = window.find(",", m.end())
            if comma >= 0 and not _EN_CLAUSE_REF.search(window, m.end(), comma):
                continue
        return True
    return False


def is_negated(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the phrase at text[start:end] sits under a negation in its own clause."""
    head = text[max(0, start - 400): start]
    if _NO_LICENCE_WORD.search(head) and _EN_NO_LICENCE.search(head):
        return True
    if _KO_NO_LICENCE.search(head) and _KO_NO_LICENCE_END.match(text, end):
        return True
    # English and mixed text: a negator before the phrase, in the same clause part. The window is
    # long enough for a list under one negated verb ("will not upload any special categories of
    # personal data, criminal record data, or government-issued identification numbers").
    window = _TABLE_ANSWER.sub(" ", _clause_part(text, start, 120))
    if _negates(window):
        return True
    # a longer list under one negated verb, reached through its "or": "shall not use it for any other research, for
    # commercial product development outside the Protocol, …, or for any other purpose"
    wide = _TABLE_ANSWER.sub(" ", _clause_part(text, start, 320))
    if (len(wide) > len(window) and (_EN_LAST_ITEM.search(wide) or (_EN_IS_LAST_ITEM.match(text, start) and wide.count(",") >= 2))
            and _EN_NEGATOR.search(wide)):
        return True
    if _NEGATED_LEAD_IN.search(text, max(0, start - 200), end):
        return True
    if lang != "en" or re.search(r"[가-힣]", text[start:end]):
        limit = min(len(text), end + 60)
        stop = _CLAUSE_BREAK.search(text, end, limit)
        if stop:
            limit = min(limit, stop.start() + 2)
        # (searched in place, so that a comma right after the phrase sees the word before it)
        brk = _KO_PREDICATE_BREAK.search(text, end, limit)
        if brk:
            limit = brk.start()
        for neg in _KO_NEGATOR_AFTER.finditer(text, end, limit):
            if not _KO_NOT_A_NEGATION.search(text, max(end, neg.start() - 12), neg.start()):
                return True
    return False


def _find_unnegated(patterns: PatternSet, text: str, lang: str, squashed: str | None = None) -> tuple[str, str] | None:
    """(pattern source, matched text) of the first phrase that occurs and is not negated."""
    for p in patterns.for_lang(lang):
        if squashed is not None and p.literals is not None and not _any_in(p.literals, squashed):
            continue
        for m in p.regex.finditer(text):
            if not is_negated(text, m.start(), m.end(), lang):
                return p.source, " ".join(m.group(0).split())
    return None


def _may_occur(patterns: PatternSet, lang: str, squashed: str) -> bool:
    """Whether one of the patterns could match a text: its literals (or it has none) occur."""
    for p in patterns.for_lang(lang):
        lits = p.literals
        if lits is None or _any_in(lits, squashed):
            return True
    return False


def _any_in(lits: tuple[str, ...], squashed: str) -> bool:
    for lit in lits:  # a plain loop is cheaper than any() over a generator for these few literals
        if lit in squashed:
            return True
    return False


class _SafeFormat(string.Formatter):
    def get_value(self, key, args, kwargs):  # type: ignore[no-untyped-def]
        return kwargs.get(key, "{" + str(key) + "}") if isinstance(key, str) else super().get_value(key, args, kwargs)


def reason_for(check: Check, **values: Any) -> dict[str, str]:
    """A value may be a {lang: text} dict, for words the analyzer supplies (a Korean reason must not read
    "기한(no time limit)"); a plain value, usually the contract's own words, goes into every language."""
    fmt = _SafeFormat()
    return {lg: fmt.format(text, **{k: v.get(lg, v.get("en")) if isinstance(v, dict) else v for k, v in values.items()})
            for lg, text in check.reason.items()}


def items_result(check: Check, found: Sequence[str], missing: Sequence[str]) -> CheckResult:
    """The result of an items check once it is known which items are named."""
    need = len(check.items) if check.need is None else check.need
    passed = len(found) >= need
    labels = {i.id: i.label for i in check.items}
    missing_text = {lg: ", ".join(labels[m].get(lg, m) for m in missing) for lg in ("en", "ko")}
    reason = None
    if not passed:
        fmt = _SafeFormat()
        reason = {lg: fmt.format(t, value=missing_text[lg], missing=missing_text[lg]) for lg, t in check.reason.items()}
    return CheckResult(check.id, check.type, passed, "met" if passed else "weak",
                       value=", ".join(missing) if missing else None, reason=reason, category=check.category,
                       items_found=tuple(found), items_missing=tuple(missing))


def evaluate_check(check: Check, text: str, lang: str, *, items_text: str | None = None,
                   squashed: str | None = None) -> CheckResult:
    """`squashed` is prefilter.squash(text), passed by callers that evaluate many checks on one text."""
    if check.type == "deadline":
        return _deadline(check, text, lang)
    sq = squash(text) if squashed is None else squashed
    if check.type == "require":
        found = [p.source for p in check.patterns.for_lang(lang) if p.search(text, sq)]
        passed = len(found) >= check.minimum or bool(check.unless_vendor and check.unless_vendor.first(text, lang, sq))
        return CheckResult(check.id, check.type, passed, "met" if passed else "weak",
                           value=", ".join(found) or None, reason=None if passed else reason_for(check, value={"en": "none", "ko": "없음"}),
                           category=check.category)
    if check.type == "items":
        scope = items_text if items_text is not None else text
        ssq = sq if items_text is None else squash(scope)
        found, missing = [], []
        for item in check.items:
            (found if any(p.search(scope, ssq) for p in item.patterns.for_lang(lang)) else missing).append(item.id)
        return items_result(check, found, missing)
    # weak_phrase and contrary
    return _phrase_result(check, _phrase_hit(check, text, lang, sq))


def _phrase_hit(check: Check, text: str, lang: str, squashed: str) -> tuple[str, str] | None:
    """The weak or contrary phrase a text holds, unless one of the check's exceptions occurs with it."""
    hit = _find_unnegated(check.patterns, text, lang, squashed)
    if hit and check.unless and check.unless.first(text, lang, squashed):
        hit = None
    if hit and check.unless_vendor and check.unless_vendor.first(text, lang, squashed):
        hit = None
    return hit


def _phrase_result(check: Check, hit: tuple[str, str] | None) -> CheckResult:
    passed = hit is None
    return CheckResult(check.id, check.type, passed, "met" if passed else "weak",
                       value=None if passed else hit[1], reason=None if passed else reason_for(check, value=hit[1]),
                       category=check.category)


def _deadline(check: Check, text: str, lang: str) -> CheckResult:
    parsed = deadlines.parse(text, lang)
    limit = {lg: deadlines.hours_text(check.max_hours or 24, lg) for lg in ("en", "ko")}
    best = parsed.shortest_cap
    if best is not None:
        hours = best.hours
        if best.business and check.if_business_days == "weak":
            return CheckResult(check.id, check.type, False, "weak", value=best.text, hours=hours,
                               reason=reason_for(check, value=best.text, limit=limit), category=check.category)
        # Five business days make a calendar week: "ten (10) business days" is about 14 days, which
        # overshoots a 10-day statutory window that "ten (10) days" would meet.
        passed = (hours * 7 / 5 if best.business else hours) <= (check.max_hours or 24)
        return CheckResult(check.id, check.type, passed, "met" if passed else "weak", value=best.text, hours=hours,
                           reason=None if passed else reason_for(check, value=best.text, limit=limit), category=check.category)
    if parsed.statutory and check.if_statutory is not None:
        term = parsed.statutory[0]
        status = check.if_statutory
        return CheckResult(check.id, check.type, status == "met", status, value=term,
                           reason=None if status == "met" else reason_for(check, value=f'"{term}"', limit=limit),
                           category=check.category)
    if parsed.uncapped:
        term = parsed.uncapped[0]
        status = check.if_uncapped
        if check.if_immediate is not None and all(deadlines.is_immediate(t) for t in parsed.uncapped):
            status = check.if_immediate
        return CheckResult(check.id, check.type, status == "met", status, value=term,
                           reason=None if status == "met" else reason_for(check, value={"en": f'"{term}" with no time limit', "ko": f'상한 없는 "{term}"'}, limit=limit),
                           category=check.category)
    status = check.if_absent
    return CheckResult(check.id, check.type, status == "met", status, value=None,
                       reason=None if status == "met" else reason_for(check, value={"en": "no time limit", "ko": "기한 없음"}, limit=limit),
                       category=check.category)


def evaluate(requirement: Requirement, text: str, lang: str, as_of: dt.date, *,
             items_text: str | None = None, include_contrary: bool = True, relationship: Any = None) -> Verdict:
    """Met when every check in force passes on the clause; weak otherwise. Checks that count only
    for some relationships (`when`) are skipped unless a relationship is given that they fit."""
    results = []
    for check in requirement.checks_as_of(as_of):
        if check.type == "contrary" and not include_contrary:
            continue
        if check.when is not None and (relationship is None or not check.when.evaluate(relationship)):
            continue
        results.append(evaluate_check(check, text, lang, items_text=items_text))
    status = "met" if all(r.passed for r in results) else "weak"
    return Verdict(status, tuple(results))


def contrary_hits(requirement: Requirement, text: str, lang: str, as_of: dt.date, *,
                  squashed: str | None = None, proviso: Callable[[], str] | None = None,
                  memo: dict[tuple[int, int, int], tuple[str, str] | None] | None = None) -> list[CheckResult]:
    """Contrary terms (vendor-wide checks) that occur in a piece of text, not negated. `proviso` gives the rest of
    the numbered clause, asked for only when a term occurs: a term its next sentence sets aside ("다만, 개인정보 …
    이 한도를 적용하지 아니한다") is no contrary term. `memo`, one per text, keeps what a set of phrases found there:
    checks that take their phrases from another check (`patterns_from`, six of them read one licence list) search the
    text once."""
    out = []
    sq = squash(text) if squashed is None else squashed
    for check in requirement.checks_as_of(as_of):
        if check.type != "contrary":
            continue
        if not _may_occur(check.patterns, lang, sq):
            continue  # none of its phrases can occur: the check passes (most segments, most checks)
        key = (id(check.patterns), id(check.unless), id(check.unless_vendor))
        if memo is not None and key in memo:
            hit = memo[key]
        else:
            hit = _phrase_hit(check, text, lang, sq)
            if memo is not None:
                memo[key] = hit
        if hit is None:
            continue
        r = _phrase_result(check, hit)
        rest = proviso() if proviso is not None and check.unless else ""
        if not (rest and check.unless.first(rest, lang)):
            out.append(r)
    return out
