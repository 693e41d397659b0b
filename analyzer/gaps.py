"""Findings across a vendor's documents -> one status per requirement (pure: no I/O).

How evidence combines follows the requirement's kind:
- obligation: met by the best clause found anywhere; weak if only weak clauses; missing if none;
- checklist: the items are united across every clause and document, then judged once;
- prohibition: met when no contrary term is found anywhere, weak as soon as one is.
A contrary term (e.g. a gag on breach notices) makes any requirement weak wherever it appears.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any, Sequence

from . import overrides
from .applicability import EEA, Relationship
from .classify import rules
from .classify.rules import CheckResult
from .classify.combine import SCOPE_BELOW, SCOPE_MET
from .findings import DocumentResult, Finding
from .library import Library, Requirement
from .report import Evidence, RequirementResult
from .relationship import VendorRelationship

MAX_EVIDENCE = 3
# A clause the library's rules pick up but the classifier scores this low only touches the topic
# in passing ("delete any data received by mistake", a bare heading): it cannot carry a "met" on
# its own. Chosen on the dev sets (0.05 to 0.5 tried; 0.1-0.3 did about equally well, README
# "Accuracy"); rules-only scans (no score) are not gated.
TOPICAL_SCORE = 0.2
_IN_PASSING_REASON = {
    "en": "only clauses that touch on the topic in passing were found; none sets out what the requirement needs",
    "ko": "이 요건을 지나가듯 언급하는 조항만 있고, 요건이 요구하는 내용을 정한 조항은 없습니다",
}

# Contracts of a kind almost always say something on these topics (which data, what for, the term, liability), so
# when no clause is recognised the contract is not silent: what it says was not found, and does not meet the test.
_ABSENT_WEAK_REASON = {
    "en": "No clause that sets this out was recognised. Contracts of this kind almost always touch the topic somewhere "
          "(the service, the data, the term), but nothing found meets the test: check the general terms.",
    "ko": "이 요건을 정한 조항을 찾지 못했습니다. 이런 계약은 대개 서비스·정보·기간 등에서 이 주제를 어딘가에서 다루지만, 요건을 "
          "충족하는 조항은 없습니다. 일반 조항을 확인하십시오.",
}

_APPLIES_TEXT = {
    "true": ("every vendor", "모든 거래처"),
    "overseas": ("vendors to which personal data goes abroad", "개인정보가 국외로 이전되는 거래처"),
    'role in ["processor", "both"]': ("processors (entrusted parties, 수탁자)", "수탁자(처리위탁)"),
    'role in ["recipient", "both"]': ("recipients that use the data for their own purposes (제공받는 자)", "개인정보를 제공받는 자"),
    'role in ["recipient", "both"] and overseas': ("overseas recipients (overseas controllers)", "국외의 제공받는 자"),
    "pseudonymised": ("vendors that receive pseudonymised data (가명정보)", "가명정보를 제공받는 거래처"),
}
_ROLE_TEXT = {"processor": ("a processor", "수탁자"), "recipient": ("a recipient", "제공받는 자"), "both": ("both processor and recipient", "수탁자이자 제공받는 자")}


@dataclass(frozen=True)
class DocumentFindings:
    """A document's findings with the path the report shows for it."""

    path: str
    result: DocumentResult


def _evidence(path: str, f: Finding) -> Evidence:
    return Evidence(path=path, page=f.page, clause_number=f.clause_number, start=f.start, end=f.end, text=f.text,
                    supports=f.supports, source=f.source, score=f.score, rules=f.rules, ocr=f.ocr)


def _rank(item: tuple[str, Finding]) -> tuple:  # type: ignore[type-arg]
    _path, f = item
    return (f.supports != "met", len(f.failed), -(f.score or 0.0), _path, f.start)


def _confidence(findings: list[tuple[str, Finding]], base: float) -> float:
    scores = [f.score for _p, f in findings if f.score is not None]
    conf = base + 0.04 * min(len(findings) - 1, 3)
    if scores:
        conf = 0.5 * conf + 0.5 * max(scores)
    return min(conf, 0.99)


def _failed_reason(f: Finding, lang_keys=("en", "ko")) -> dict[str, str]:  # type: ignore[no-untyped-def]
    reasons = {lg: [] for lg in lang_keys}
    for c in f.failed:
        if c.reason:
            for lg in lang_keys:
                if c.reason.get(lg):
                    reasons[lg].append(c.reason[lg])
    return {lg: "; ".join(dict.fromkeys(v)) for lg, v in reasons.items()}


def _where(path: str, f: Finding | Evidence) -> tuple[str, str]:
    clause = f"clause {f.clause_number}" if f.clause_number else "a clause"
    ko_clause = f"{f.clause_number} 조항" if f.clause_number else "해당 조항"
    return f"{clause} on page {f.page} of {path}", f"{path} {f.page}쪽 {ko_clause}"


def _not_applicable(req: Requirement, rel: VendorRelationship) -> dict[str, str]:
    en_when, ko_when = _APPLIES_TEXT.get(req.applies_when.source, (req.applies_when.source, req.applies_when.source))
    role_en, role_ko = _ROLE_TEXT.get(rel.role, (rel.role, rel.role))
    en = (f"Applies only to {en_when}; this vendor is {role_en}"
          f"{' that transfers data abroad' if rel.overseas else ' with no overseas transfer'}"
          f"{' and receives pseudonymised data' if rel.pseudonymised else ''}.")
    ko = (f"{ko_when}에만 적용됩니다. 이 거래처는 {role_ko}이며 "
          f"{'국외 이전이 있습니다' if rel.overseas else '국외 이전이 없습니다'}"
          f"{', 가명정보를 제공받습니다' if rel.pseudonymised else ''}.")
    return {"en": en, "ko": ko}


def _remediation(req: Requirement, lang: str) -> dict[str, str]:
    lg = lang if lang in ("en", "ko") else "en"
    return {"lang": lg, "clause": req.remediation_clause[lg], "explanation": req.remediation_explanation[lg]}


def requirement_results(library: Library, documents: Sequence[DocumentFindings], relationship: VendorRelationship,
                        as_of: dt.date, lang: str) -> list[RequirementResult]:
    rel = Relationship(relationship.role, relationship.overseas, relationship.pseudonymised,
                       beyond_eea=relationship.overseas and any(c not in EEA for c in relationship.countries),
                       located=relationship.located)
    exempt = {e for doc in documents for e in doc.result.exemptions}
    # checks that count only for some relationships (a check's `when`) are dropped for the others
    inapplicable = {(r.id, c.id) for r in library.requirements for c in r.checks
                    if c.when is not None and not c.when.evaluate(rel)}
    rules_only = {r.id for r in library.requirements if r.rules_required}
    by_req: dict[str, list[tuple[str, Finding]]] = {}
    for doc in documents:
        for f in doc.result.findings:
            if f.source == "model" and f.requirement in rules_only:
                continue
            if inapplicable and any((f.requirement, c.check) in inapplicable for c in f.checks):
                kept = tuple(c for c in f.checks if (f.requirement, c.check) not in inapplicable)
                if f.source == "contrary" and not any(not c.passed for c in kept):
                    continue
                f = replace(f, checks=kept, supports=f.supports if f.source == "contrary" else
                            ("met" if all(c.passed for c in kept) else "weak"))
            if f.source == "contrary":
                live = tuple(c for c in f.checks if f"{f.requirement}/{c.check}" not in exempt)
                if not live:
                    continue
                f = replace(f, checks=live)
            elif exempt and any(not c.passed and f"{f.requirement}/{c.check}" in exempt for c in f.checks):
                # a weak phrase that another document disarms ("the cap in clause 10 does not apply to this")
                kept = tuple(replace(c, passed=True, status="met") if f"{f.requirement}/{c.check}" in exempt else c
                             for c in f.checks)
                f = replace(f, checks=kept, supports="met" if all(c.passed for c in kept) else "weak")
            by_req.setdefault(f.requirement, []).append((doc.path, f))
    # a clause that another clause replaces or disapplies by number no longer meets its requirement
    replaced = [(doc.path, o) for doc in documents for o in doc.result.overrides]
    n_docs = len(documents)
    ruling = _ruling(documents)
    # requirements some clause in the vendor's documents is about: they may supply another
    # requirement's items (an item's met_by)
    present = {rid for rid, xs in by_req.items() if any(f.source != "contrary" and _central(f) for _p, f in xs)}
    # the first statement in the vendor's documents that takes it out of a requirement's scope (not_applicable_if)
    # or settles it as met (met_if_stated)
    scoped: dict[str, tuple[str, Finding]] = {}
    settled: dict[str, tuple[str, Finding]] = {}  # the first statement that settles it as met (met_if_stated)
    for doc in documents:
        for f in doc.result.scope:
            into = settled if f.rules and f.rules[0].startswith(SCOPE_MET + ":") else scoped
            into.setdefault(f.requirement, (doc.path, f))
    out = []
    for req in sorted(library.requirements, key=lambda r: r.id):
        common = dict(title=req.title, family=req.family, kind=req.kind, severity=req.severity, legal_basis=req.legal_basis)
        if as_of < req.in_force_from:
            out.append(RequirementResult(
                id=req.id, status="not_applicable", confidence=1.0, evidence=(),
                reason={"en": f"Not in force on {as_of.isoformat()} (applies from {req.in_force_from.isoformat()}).",
                        "ko": f"{as_of.isoformat()} 기준 시행 전입니다({req.in_force_from.isoformat()}부터 적용)."},
                **common))
            continue
        if not req.applies_when.evaluate(rel):
            conf = min(relationship.confidence.values(), default=0.5)
            out.append(RequirementResult(id=req.id, status="not_applicable", confidence=conf, evidence=(),
                                         reason=_not_applicable(req, relationship), **common))
            continue
        stated = scoped.get(req.id)
        if stated is not None:
            en_where, ko_where = _where(*stated)
            rule = stated[1].rules[0]
            if rule.startswith(SCOPE_BELOW + ":") and req.not_applicable_below is not None:
                # the facts stated (no office in Korea; the figures), cited in the reason
                value = rule.split(":", 1)[1]
                why = {lg: req.not_applicable_below.reason[lg].replace("{value}", value) for lg in ("en", "ko")}
            else:
                why = req.not_applicable_reason
            out.append(RequirementResult(
                id=req.id, status="not_applicable", confidence=0.7,
                reason={"en": f"{_cap(why['en'])} ({en_where}).", "ko": f"{why['ko']} ({ko_where})."},
                evidence=(_evidence(*stated),), **common))
            continue
        items = by_req.get(req.id, [])
        if req.credits_items:
            items = [(p, _credited(req, f, present)) for p, f in items]
        if replaced:
            items = overrides.apply(items, replaced, _central_sentence)
        clause_findings = _topical(req, [x for x in items if x[1].source != "contrary"], req.in_passing_for(rel))
        contrary = sorted([x for x in items if x[1].source == "contrary"], key=lambda x: (x[0], x[1].start))
        related = []
        if not clause_findings and not contrary and req.weak_if_only:
            related = sorted([x for other in req.weak_if_only for x in by_req.get(other, [])
                              if x[1].source != "contrary" and _touches(req, x[1], lang)], key=_rank)
        if not items and req.not_applicable_if_absent is not None and req.not_applicable_if_absent.evaluate(rel):
            out.append(RequirementResult(id=req.id, status="not_applicable", confidence=0.6, evidence=(),
                                         reason={lg: f"{_cap(t).rstrip('.')}." for lg, t in req.not_applicable_if_absent_reason.items()},
                                         **common))
        elif related:
            out.append(_related(req, related, lang, common))
        else:
            out.append(_judge(req, clause_findings, contrary, n_docs, lang, common, ruling))
    by_id = {r.id: r for r in out}
    assembled = [req for req in library.requirements
                 if req.met_if_all and (req.met_if_all_when is None or req.met_if_all_when.evaluate(rel))]
    for req in assembled:
        by_id[req.id] = _assembled(req, by_id[req.id], by_id)
    for rid, stated in settled.items():
        # (not when any clause on the topic carries a weak phrase or contrary term: "flows on to affiliates under
        # substantially similar protection" beside the bar is an onward transfer the bar does not stop)
        tainted = any(not c.passed and c.type in ("weak_phrase", "contrary") for _p, f in by_req.get(rid, []) for c in f.checks)
        if rid in by_id and not tainted:
            by_id[rid] = _settled(library.requirement(rid), by_id[rid], stated)
    for req in library.requirements:
        if req.weak_if_failed and req.id in by_id and by_id[req.id].status == "met":
            by_id[req.id] = _undone(library, req, by_id[req.id], by_id, lang)
    for req in library.requirements:
        if req.id in by_id and by_id[req.id].status == "met":
            for check in req.checks_as_of(as_of):
                if check.chain is not None and (check.when is None or check.when.evaluate(rel)):
                    # (the classifier's own findings too: "carry out the instructions within three days" names no
                    # request, so a rules_required topic drops it, yet it is the chain's second step)
                    steps = [(doc.path, f) for doc in documents for f in doc.result.findings if f.requirement == req.id]
                    by_id[req.id] = _chained(req, check, by_id[req.id], steps, lang)
    return [by_id[r.id] for r in out]


#: The statute's own ten days, which a clause restates for the controller's answer ("so that the Bank can answer
#: within ten days"), or gives the party that received the request ("각 당사자는 접수일부터 10일 이내에 조치"): a
#: window running beside the steps, not a step after them.
_STATUTORY_WINDOW_HOURS = 240.0


def _chained(req: Requirement, check: Any, result: RequirementResult, found: list[tuple[str, Finding]],
             lang: str) -> RequirementResult:
    """Weak when a duty's steps (a deadline check's `chain`) are slower than the rest of the requirement's clauses
    let the shortest limit show: when the first step, however quickly the second follows, takes longer than the check
    allows ("pass the request on within five working days", beside a deletion done "within three days"), or when the
    two take longer together than the chain allows. Each second-step limit is added to the first-step limit stated
    nearest before it in the same document, and the quickest step or chain is the one judged (as the shortest limit
    is, for one step)."""
    from .classify import deadlines

    chain = check.chain
    best: tuple[float, tuple[str, Finding, Any], tuple[str, Finding, Any]] | None = None
    quickest: tuple[str, Finding, Any] | None = None
    last: dict[str, tuple[str, Finding, Any]] = {}
    words = {lg: ([p.regex for p in chain.first.for_lang(lg)], [p.regex for p in chain.then.for_lang(lg)])
             for lg in {f.lang for _p, f in found}}
    for path, f in sorted(((p, f) for p, f in found if f.source != "contrary"), key=lambda x: (x[0], x[1].start)):
        for step, d in deadlines.steps(f.text, f.lang, *words[f.lang]):
            if step == "first":
                last[path] = (path, f, d)
                if quickest is None or deadlines.calendar_hours(d) < deadlines.calendar_hours(quickest[2]):
                    quickest = (path, f, d)
                continue
            if path not in last or (not d.business and d.hours >= _STATUTORY_WINDOW_HOURS):
                continue
            total = deadlines.calendar_hours(last[path][2]) + deadlines.calendar_hours(d)
            if best is None or total < best[0]:
                best = (total, last[path], (path, f, d))
    limit_hours = check.max_hours or 24
    if quickest is not None and deadlines.calendar_hours(quickest[2]) > limit_hours:
        p1, f1, d1 = quickest
        total, cited = deadlines.calendar_hours(d1), [(p1, f1)]
        value = {"en": f"{d1.text} to pass it on", "ko": f"전달 {d1.text}"}
    elif best is not None and best[0] > chain.max_hours:
        total, (p1, f1, d1), (p2, f2, d2) = best
        cited = [(p1, f1)] if f1 is f2 else [(p1, f1), (p2, f2)]
        value = {"en": f"{d1.text} to pass it on, then {d2.text} to act", "ko": f"전달 {d1.text}, 이후 처리 {d2.text}"}
        limit_hours = chain.max_hours
    else:
        return result
    limit = {lg: deadlines.hours_text(limit_hours, lg) for lg in ("en", "ko")}
    why = rules.reason_for(check, value=value, limit=limit) or {}
    where = _where(*cited[-1])
    reason = {"en": f"{_cap(why.get('en', ''))} ({where[0]}).", "ko": f"{why.get('ko', '')} ({where[1]})."}
    evidence = tuple(replace(_evidence(p, f), supports="weak", rules=(f"chain:{check.id}={total:g}h",) + f.rules)
                     for p, f in cited)
    return replace(result, status="weak", reason=reason, evidence=evidence, remediation=_remediation(req, lang),
                   failed_checks=({"check": check.id, "type": "deadline", "passed": False, "value": value["en"],
                                   "hours": round(total, 1)},))


def _undone(library: Library, req: Requirement, result: RequirementResult,
            by_id: dict[str, RequirementResult], lang: str) -> RequirementResult:
    """Weak, however good its own clause, when a check of another requirement that it depends on has failed
    (weak_if_failed): the consent notice cannot match a provision whose item list is left open elsewhere."""
    for rid, check_id in req.weak_if_failed:
        other = by_id.get(rid)
        if other is None or other.status != "weak":
            continue
        failed = next((c for c in other.failed_checks if c.get("check") == check_id), None)
        if failed is None:
            continue
        check = next(c for c in library.requirement(rid).checks if c.id == check_id)
        value = failed.get("value") or ""
        why = {lg: check.reason.get(lg, "").replace("{value}", value) for lg in ("en", "ko")}
        where = _where(other.evidence[0].path, other.evidence[0]) if other.evidence else None
        reason = {"en": f"{_cap(req.weak_if_failed_reason['en'])}: {why['en']}" + (f" ({where[0]})." if where else "."),
                  "ko": f"{req.weak_if_failed_reason['ko']}: {why['ko']}" + (f"({where[1]})." if where else ".")}
        evidence = tuple(replace(e, supports="weak", rules=(f"weak-if-failed:{rid}/{check_id}",) + e.rules)
                         for e in other.evidence[:1])
        return replace(result, status="weak", confidence=min(result.confidence, other.confidence), reason=reason,
                       evidence=evidence + result.evidence[:1], remediation=_remediation(req, lang),
                       failed_checks=({"check": "weak-if-failed", "related": f"{rid}/{check_id}", "value": value},))
    return result


def _settled(req: Requirement, result: RequirementResult, stated: tuple[str, Finding]) -> RequirementResult:
    """Met by a statement that leaves the requirement nothing to govern (met_if_stated), when its own clauses fall short
    only as met_if_all allows (absent, in passing, missing listed items or a required term), never by a weak phrase
    or a contrary term."""
    if not _short_only_by(result, ("items", "topical", "require")):
        return result
    en_where, ko_where = _where(*stated)
    return replace(result, status="met", confidence=0.7, remediation=None, failed_checks=(),
                   reason={"en": f"{_cap(req.met_if_stated_reason['en'])} ({en_where}).",
                           "ko": f"{req.met_if_stated_reason['ko']} ({ko_where})."},
                   evidence=(_evidence(*stated),))


# What the requirement's own clauses may lack for met_if_all (or a met_if_stated statement) to stand in: the clause
# itself ("no-clause-found", "weak-if-only"), a clause that is more than a passing mention (type "topical"), listed
# items (type "items") and, for a statement, a required term (type "require").
_ASSEMBLY_GAPS = {"no-clause-found", "weak-if-only"}
def _short_only_by(result: RequirementResult, types: tuple[str, ...]) -> bool:
    """Whether a weak or missing result falls short only by an absent clause or failures of these check types."""
    return result.status in ("weak", "missing") and all(
        f.get("check") in _ASSEMBLY_GAPS or f.get("type") in types for f in result.failed_checks)


_ASSEMBLED_REASON = {"en": "Met by the contract's own clauses on each kind of measure required",
                     "ko": "요구되는 각 조치를 계약의 해당 조항이 정하고 있습니다"}


def _assembled(req: Requirement, result: RequirementResult, by_id: dict[str, RequirementResult]) -> RequirementResult:
    """Met when each group of met_if_all has a requirement the vendor meets, and the requirement's own clauses fall
    short only by being absent, passing or missing listed items (never by a weak phrase or a contrary term); with
    `if_no_clause`, only by being absent."""
    if not _short_only_by(result, () if req.met_if_all_if_no_clause else ("items", "topical")):
        return result
    parts = []
    for group in req.met_if_all:
        met = next((by_id[x] for x in group if x in by_id and by_id[x].status == "met"), None)
        if met is None:
            return result
        parts.append(met)
    evidence = tuple(replace(e, rules=(f"assembled:{p.id}",) + e.rules) for p in parts for e in p.evidence[:1])
    cited = [(p.title, _where(p.evidence[0].path, p.evidence[0]) if p.evidence else None) for p in parts]
    opening = req.met_if_all_reason or _ASSEMBLED_REASON
    reason = {"en": f"{opening['en']}: " + "; ".join(f"{t['en']} ({w[0]})" if w else t["en"] for t, w in cited) + ".",
              "ko": f"{opening['ko']}: " + "; ".join(f"{t['ko']}({w[1]})" if w else t["ko"] for t, w in cited) + "."}
    return replace(result, status="met", confidence=min(p.confidence for p in parts), reason=reason,
                   evidence=evidence, remediation=None, failed_checks=())


def _topical(req: Requirement, found: list[tuple[str, Finding]], in_passing: str) -> list[tuple[str, Finding]]:
    """The clauses that can decide the status: those the classifier sees as being about the
    requirement. When only passing mentions exist the topic is touched but not dealt with: weak (or,
    for topics a passing mention does not address at all, `in_passing: missing`, none unless one is harmful; for
    topics said in a few words, `in_passing: decides`, they are judged as clauses).
    Only obligations: a checklist unites its items across schedules and tables, whose cells score
    low on their own, and a prohibition is decided by contrary terms."""
    if req.kind != "obligation" or not found:
        return sorted(found, key=_rank)
    central = [x for x in found if _central(x[1]) or _spelled_out(req, x[1]) or _labelled(req, x[1])]
    if central:
        # (decisive_in_passing) a passing mention that fails a decisive check still counts beside the clauses that
        # set the topic out: an amendment's "for as long as is necessary" replacing a fixed retention period
        central += [x for x in found if x not in central and req.counts_in_passing(x[1].failed)]
        return sorted(central, key=_rank)
    if in_passing == "decides":
        # a role is stated in a few words ("as the Bank's entrusted party (수탁자)"), which the classifier scores low
        return sorted(found, key=_rank)
    if in_passing == "missing":
        # only a harmful term (an exclusive foreign forum) makes a passing mention count
        found = [(p, f) for p, f in found if any(c.type in ("weak_phrase", "contrary") for c in f.failed)]
    passing = []
    for path, f in found:
        note = CheckResult(check="in-passing", type="topical", passed=False, status="weak", value=f"{f.score:.2f}",
                           reason=_IN_PASSING_REASON)
        passing.append((path, replace(f, supports="weak", checks=f.checks + (note,))))
    return sorted(passing, key=_rank)


def _credited(req: Requirement, f: Finding, present: set[str]) -> Finding:
    """The finding with the items that other requirements' clauses supply counted as named."""
    if f.source == "contrary" or all(c.passed or c.type != "items" for c in f.checks):
        return f
    checks = {c.id: c for c in req.checks}
    results = []
    notes = []
    for r in f.checks:
        check = checks.get(r.check)
        if r.passed or r.type != "items" or check is None:
            results.append(r)
            continue
        supplied = {i.id for i in check.items if i.id in r.items_missing and present.intersection(i.met_by)}
        if not supplied:
            results.append(r)
            continue
        found = [i.id for i in check.items if i.id in r.items_found or i.id in supplied]
        missing = [m for m in r.items_missing if m not in supplied]
        results.append(rules.items_result(check, found, missing))
        notes.append(f"met_by:{check.id}={', '.join(sorted(supplied))}")
    return replace(f, checks=tuple(results), rules=f.rules + tuple(notes),
                   supports="met" if all(r.passed for r in results) else "weak")


def _central(f: Finding) -> bool:
    """Whether the classifier sees the finding's clause as being about its requirement (rules-only
    findings have no score and always count)."""
    return f.score is None or max(f.score, f.clause_score or 0.0) >= TOPICAL_SCORE


def _spelled_out(req: Requirement, f: Finding) -> bool:
    """A clause the rules find that meets every check sets the requirement out, whatever the classifier makes of
    its wording, when it names every item of a list of three or more, or as many of a require check's patterns as
    its `spells_out` asks (an item table), or as many required terms at once as the requirement's `set_out_by`
    (approval, the PIPA conditions and the same obligations for an onward transfer): no passing mention says that
    much. Only where the library says so: elsewhere a complete clause the classifier reads as a passing mention
    is as often a weak topic's one good sentence."""
    if f.supports != "met" or f.source == "model":
        return False
    enough = {c.id: c.spells_out for c in req.checks if c.spells_out}
    if req.set_out_by and sum(1 for c in f.checks if c.type in ("require", "deadline") and c.passed) >= req.set_out_by:
        return True
    return any(
        (c.type == "items" and c.passed and not c.items_missing and len(c.items_found) >= 3)
        or (c.check in enough and c.passed and c.type == "items" and len(c.items_found) >= enough[c.check])
        or (c.check in enough and c.passed and c.type == "require" and c.value is not None
            and len(c.value.split(", ")) >= enough[c.check])
        for c in f.checks)


def _labelled(req: Requirement, f: Finding) -> bool:
    """A row the rules find that opens with one of the requirement's labels ("Items" over a list of the data in a
    particulars table) is that requirement's clause, met or weak, however low the classifier scores a table cell."""
    return f.source != "model" and bool(req.labelled_by) and req.labelled_by.first(f.text, f.lang) is not None


def _central_sentence(f: Finding) -> bool:
    """_central judged by the sentence's own score, not its clause's: a clause (제13조) may hold the privacy
    officer in ② and the notice an amendment replaces in ①."""
    return f.score is None or f.score >= TOPICAL_SCORE


def _touches(req: Requirement, f: Finding, lang: str) -> bool:
    """Whether a neighbouring requirement's clause touches this requirement's topic."""
    patterns = req.weak_if_only_patterns
    return not patterns or patterns.first(f.text, lang) is not None


def _related(req: Requirement, related: list[tuple[str, Finding]], lang: str, common: dict) -> RequirementResult:  # type: ignore[type-arg]
    """Weak: the topic is touched on only by clauses on a neighbouring requirement."""
    path, f = related[0]
    en_where, ko_where = _where(path, f)
    evidence = tuple(replace(_evidence(p, x), supports="weak", rules=(f"related:{x.requirement}",) + x.rules)
                     for p, x in related[:2])
    reason = {"en": f"{_cap(req.weak_if_only_reason['en'])} ({en_where}).", "ko": f"{req.weak_if_only_reason['ko']} ({ko_where})."}
    return RequirementResult(id=req.id, status="weak", confidence=0.6, reason=reason, evidence=evidence,
                             remediation=_remediation(req, lang),
                             failed_checks=({"check": "weak-if-only", "related": sorted({x.requirement for _p, x in related})},),
                             **common)


def _judge(req: Requirement, found: list[tuple[str, Finding]], contrary: list[tuple[str, Finding]], n_docs: int,
           lang: str, common: dict, ruling: str | None = None) -> RequirementResult:  # type: ignore[type-arg]
    reason: dict[str, str]
    failed: list[dict] = []  # type: ignore[type-arg]
    evidence: list[Evidence] = []
    if req.kind == "prohibition":
        if contrary:
            status = "weak"
        else:
            status = "met"
            evidence = [_evidence(p, f) for p, f in found[:MAX_EVIDENCE]]
            reason = {"en": f"No term contrary to PIPA was found in the vendor's {n_docs} document(s).",
                      "ko": f"거래처 문서 {n_docs}건에서 법에 반하는 조항이 발견되지 않았습니다."}
            conf = _confidence(found, 0.7) if found else 0.65
    elif not found and req.if_absent == "weak":
        status = "weak"
        reason = dict(_ABSENT_WEAK_REASON)
        failed = [{"check": "no-clause-found"}]
        conf = 0.5
    elif not found:
        status = "missing"
        reason = {"en": f"No clause on this topic was found in the vendor's {n_docs} document(s).",
                  "ko": f"거래처 문서 {n_docs}건에서 이 요건에 관한 조항을 찾지 못했습니다."}
        conf = 0.7
    elif req.kind == "checklist":
        status, reason, failed, evidence, conf = _checklist(req, found)
    else:
        # a harmful term anywhere outweighs a good clause, and so does a decisive check's failure
        # (an open-ended list in a schedule opens the closed list in the body)
        decisive = {c.id for c in req.checks if c.decisive}
        harmful = [x for x in found if any(c.category == "harmful" or c.check in decisive for c in x[1].failed)]
        if harmful and found[0][1].supports == "met":
            found = harmful + [x for x in found if x not in harmful]
        elif ruling is not None and found[0][1].supports == "met":
            found = _prevailing_first(found, ruling, frozenset(c.id for c in req.checks if c.says_less))
        best_path, best = found[0]
        supplied: list[tuple[str, Finding]] = []
        united = _united(found) if best.supports != "met" and not harmful else None
        if united is not None:
            completed, supplied = united
            found = [completed] + found
            best_path, best = completed
        if best.supports == "met":
            status = "met"
            met = [x for x in found if x[1].supports == "met"]
            # a clause that completed the best one is evidence too
            evidence = [_evidence(p, f) for p, f in (met + supplied)[:MAX_EVIDENCE]]
            en_where, ko_where = _where(best_path, best)
            detail = _parsed_detail(best)
            if supplied:  # "Met by clause 16 together with the table in Annex 3"
                en_with, ko_with = _where(*supplied[0])
                en_where, ko_where = f"{en_where} together with {en_with}", f"{ko_where}과(와) {ko_with}"
            reason = {"en": f"Met by {en_where}{detail[0]}.", "ko": f"{ko_where}이(가) 요건을 충족합니다{detail[1]}."}
            conf = _confidence(met, 0.75)
        else:
            status = "weak"
            evidence = [_evidence(p, f) for p, f in found[:MAX_EVIDENCE]]
            r = _failed_reason(best)
            en_where, ko_where = _where(best_path, best)
            reason = {"en": f"{_cap(r['en'])} ({en_where}).", "ko": f"{r['ko']} ({ko_where})."}
            failed = [c.to_dict() for c in best.failed]
            conf = _confidence(found, 0.7)
    # a vendor-wide term that only restates what the deciding clause already failed for is not listed twice
    failed_ids = {d["check"] for d in failed}
    restated = {c.id for c in req.checks if c.restates in failed_ids}
    if restated:
        contrary = [(p, replace(f, checks=tuple(c for c in f.checks if c.check not in restated)))
                    for p, f in contrary if any(c.check not in restated for c in f.failed)]
    if contrary:
        status = "weak"
        cr = {"en": [], "ko": []}  # type: ignore[var-annotated]
        for p, f in contrary[:MAX_EVIDENCE]:
            r = _failed_reason(f)
            en_where, ko_where = _where(p, f)
            cr["en"].append(f"{_cap(r['en'])} ({en_where})")
            cr["ko"].append(f"{r['ko']} ({ko_where})")
            evidence.insert(0, _evidence(p, f))
            failed.extend(c.to_dict() for c in f.failed)
        reason = {"en": ". ".join(cr["en"]) + ".", "ko": ". ".join(cr["ko"]) + "."}
        conf = 0.8
    return RequirementResult(
        id=req.id, status=status, confidence=conf, reason=reason, evidence=tuple(evidence[: MAX_EVIDENCE + 2]),
        remediation=_remediation(req, lang) if status in ("weak", "missing") else None,
        failed_checks=tuple(failed), **common)


_PREVAILS_REASON = {
    "en": "{path} prevails over the vendor's other documents where they differ, and its own clause on this falls short",
    "ko": "{path}이(가) 서로 다른 경우 우선한다고 정하고 있고, 그 문서의 해당 조항이 요건에 미치지 못합니다",
}


def _ruling(documents: Sequence[DocumentFindings]) -> str | None:
    """The one document that prevails where the vendor's documents differ: the one that says so, or, of
    two, the one the other defers to. None when the documents claim precedence against each other."""
    this = [doc.path for doc in documents if doc.result.precedence == "this"]
    deferring = [doc.path for doc in documents if doc.result.precedence == "other"]
    if len(documents) < 2 or len(this) > 1:
        return None
    if this:
        return this[0]
    if len(deferring) == 1 and len(documents) == 2:
        return next(doc.path for doc in documents if doc.path != deferring[0])
    return None


def _prevailing_first(found: list[tuple[str, Finding]], ruling: str, says_less: frozenset[str]) -> list[tuple[str, Finding]]:
    """A lesser term in the document that prevails where the documents differ (a five-business-day notice
    in a main agreement that "prevails over the side agreement") outweighs a good clause elsewhere: the
    contract has said which one governs. Only a term that says something different (a weak phrase, a
    longer deadline) conflicts; a clause that merely says less leaves room for the other document, and so does
    a phrase the library marks `says_less` ("reasonable efforts to mitigate" beside a side letter's firm
    containment duties: both bind)."""
    ruled = [x for x in found if x[0] == ruling]
    if not ruled or any(f.supports == "met" for _p, f in ruled):
        return found
    differing = [x for x in ruled if any(c.type == "deadline" or (c.type == "weak_phrase" and c.check not in says_less)
                                         for c in x[1].failed)]
    if not differing:
        return found
    note = CheckResult(check="prevailing-document", type="precedence", passed=False, status="weak", value=ruling,
                       reason={lg: r.format(path=ruling) for lg, r in _PREVAILS_REASON.items()})
    first = [(p, replace(f, checks=f.checks + (note,))) for p, f in differing]
    return first + [x for x in found if x not in differing]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _parsed_detail(f: Finding) -> tuple[str, str]:
    for c in f.checks:
        if c.type == "deadline" and c.value:
            return f" (time limit found: {c.value})", f" (기한: {c.value})"
    return "", ""


def _checklist(req: Requirement, found: list[tuple[str, Finding]]):  # type: ignore[no-untyped-def]
    items_checks = [c for c in req.checks if c.type == "items"]
    present: dict[str, set[str]] = {c.id: set() for c in items_checks}
    for _p, f in found:
        for c in f.checks:
            if c.type == "items" and c.check in present:
                present[c.check].update(c.items_found)
    reasons_en, reasons_ko, failed = [], [], []
    for check in items_checks:
        if check.id not in {c.check for _p, f in found for c in f.checks}:
            continue  # not in force at the as-of date
        need = len(check.items) if check.need is None else check.need
        if len(present[check.id]) < need:
            missing = [i for i in check.items if i.id not in present[check.id]]
            from .classify.rules import _SafeFormat

            fmt = _SafeFormat()
            miss_en = ", ".join(i.label["en"] for i in missing)
            miss_ko = ", ".join(i.label["ko"] for i in missing)
            reasons_en.append(fmt.format(check.reason["en"], value=miss_en, missing=miss_en))
            reasons_ko.append(fmt.format(check.reason["ko"], value=miss_ko, missing=miss_ko))
            failed.append({"check": check.id, "type": "items", "passed": False, "value": ", ".join(i.id for i in missing),
                           "items_found": sorted(present[check.id]), "items_missing": [i.id for i in missing]})
    # other checks: the list is the union of these clauses, so a vague or harmful phrase in any of
    # them ("including but not limited to" in the data categories of an annex) taints it; a required term is
    # wanting only if no clause of the list has it (the duty to supplement the notice in 7.2, not in 7.1)
    best_path, best = found[0]
    seen: set[str] = {c.check for _p, f in found for c in f.checks if c.type == "require" and c.passed}
    for _p, f in found:
        for c in f.failed:
            if c.type != "items" and c.reason and c.check not in seen:
                seen.add(c.check)
                reasons_en.append(c.reason["en"])
                reasons_ko.append(c.reason["ko"])
                failed.append(c.to_dict())
    evidence = [_evidence(p, f) for p, f in found[:MAX_EVIDENCE]]
    if not failed:
        en_where, ko_where = _where(best_path, best)
        n = len({(p, f.start) for p, f in found})
        return ("met", {"en": f"All required items are stated across {n} clause(s), e.g. {en_where}.",
                        "ko": f"필수 항목이 모두 기재되어 있습니다(예: {ko_where})."}, [], evidence, _confidence(found, 0.75))
    return ("weak", {"en": _cap("; ".join(dict.fromkeys(reasons_en))) + ".", "ko": "; ".join(dict.fromkeys(reasons_ko)) + "."},
            failed, evidence, _confidence(found, 0.7))


def _united(found: list[tuple[str, Finding]]) -> tuple[tuple[str, Finding], list[tuple[str, Finding]]] | None:
    """The best clause completed by the others, and the clauses that completed it: when every clause on
    the topic fails only `require` checks and each of those passes in some other clause (the officer
    named in a schedule table, the duty to report a change in the article), the contract read as a
    whole says what is required. Weak phrases, deadlines and items are never completed this way
    (uniting the items named across an annex's lines was tried: it met as many weak security clauses
    as it rightly met)."""
    by_check: dict[str, list[CheckResult]] = {}
    for _p, f in found:
        if any(c.type != "require" for c in f.failed):
            return None
        for c in f.checks:
            by_check.setdefault(c.check, []).append(c)
    if not all(any(r.passed for r in results) for results in by_check.values()):
        return None
    path, f = found[0]
    filled = {c.check for c in f.failed}
    checks = tuple(c if c.passed else next(r for r in by_check[c.check] if r.passed) for c in f.checks)
    fired = tuple(r for r in f.rules if not (r.startswith("require:") and r.split(":", 1)[1].split("=")[0] in filled))
    completed = (path, replace(f, checks=checks, supports="met", rules=fired + tuple(f"united:{cid}" for cid in sorted(filled))))
    supplied = []
    for p, other in found[1:]:
        gives = [c.check for c in other.checks if c.passed and c.check in filled]
        if gives:  # evidence for the met status, with what it supplied
            supplied.append((p, replace(other, supports="met", rules=other.rules + tuple(f"supplies:{g}" for g in gives))))
    return completed, supplied
