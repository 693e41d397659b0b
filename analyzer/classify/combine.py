"""Turn a document's segments into findings: detection (library rules, and the trained model
when one is loaded) decides which requirement a segment addresses; the library's checks decide
whether it supports met or weak.

Contract clauses spread one obligation over several sentences and sub-paragraphs ("①… ②…",
"7.3 … (a) … (b) …"), so checks that look for something the clause must contain (an item, a
deadline, a required term) read the whole clause around the detected segment, while phrases that
make a clause weak are looked for only in the detected segments themselves.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import partial
from typing import Callable, Protocol, Sequence

from ..library import Library, Requirement
from ..numbering import KO_ARTICLE_NUMBER
from ..prefilter import squash
from ..types import BlockKind, Segment
from . import rules, scale
from .deadlines import hours_text, leaves_time_to_law

MAX_CONTEXT_CHARS = 3000
_KO_ANCHOR = re.compile(r"^(" + KO_ARTICLE_NUMBER + ")")  # read on the number with its spaces removed
# A clause's checks read its whole top-level section ("7" for 7.1, 7.2(b)) or article (제7조):
# contracts put the duty in 7.1 and its deadline or its list of items in 7.2.
_EN_ANCHOR = re.compile(r"^((?:Article|Section|Clause|Schedule|Annex|Appendix|Exhibit|Attachment|Addendum|Sec\.)\s+(?:[A-Z]-)?\w+|\d+)",
                        re.IGNORECASE)


class SegmentScorer(Protocol):
    """A trained classifier: per segment, a calibrated probability for each requirement."""

    labels: Sequence[str]

    def scores(self, segments: Sequence[Segment]) -> list[dict[str, float]]: ...

    def threshold(self, requirement: str, lang: str = "en") -> float: ...


@dataclass(frozen=True)
class Detection:
    segment: int
    requirement: str
    rule: bool
    score: float | None




def anchor_of(segment: Segment) -> tuple[str | None, tuple[str, ...]]:
    """The clause a segment belongs to, for reading checks across its sentences and items."""
    number = segment.clause_number
    if number:
        m = _KO_ANCHOR.match(number.replace(" ", "")) or _EN_ANCHOR.match(number)
        if m:
            anchor = m.group(1)
            depth = next((i for i, h in enumerate(segment.heading_path) if h.replace(" ", "").startswith(anchor.replace(" ", ""))),
                         len(segment.heading_path))
            return anchor, segment.heading_path[: depth + 1]
        return number, segment.heading_path
    return None, segment.heading_path


class _Anchors:
    """anchor_of for each segment, computed once: every detection's context asks its neighbours."""

    def __init__(self, segments: Sequence[Segment]):
        self._segments = segments
        self._found: dict[int, tuple[str | None, tuple[str, ...]]] = {}

    def __getitem__(self, index: int) -> tuple[str | None, tuple[str, ...]]:
        found = self._found.get(index)
        if found is None:
            found = self._found[index] = anchor_of(self._segments[index])
        return found


def _joined(segments: Sequence[Segment]) -> str:
    """A clause's text as its checks read it: a table's rows stay on lines of their own, so a row that answers "No"
    ("Room-sharing preference | No") ends there and negates nothing in the row after it."""
    parts: list[str] = []
    for k, s in enumerate(segments):
        if k:
            parts.append("\n" if s.block_kind is BlockKind.TABLE_CELL or segments[k - 1].block_kind is BlockKind.TABLE_CELL
                         else " ")
        parts.append(s.text)
    return "".join(parts)


def context_of(segments: Sequence[Segment], index: int, anchors: _Anchors | None = None) -> tuple[int, int]:
    """[first, last] segment indices of the clause around segments[index], bounded in size;
    a table right after the clause (a schedule of items, a contact table) belongs to it."""
    lo, hi = _clause_span(segments, index, anchors or _Anchors(segments))
    size = sum(len(segments[k].text) for k in range(lo, hi + 1))
    while hi + 1 < len(segments) and segments[hi + 1].block_kind is BlockKind.TABLE_CELL \
            and size + len(segments[hi + 1].text) <= MAX_CONTEXT_CHARS:
        hi += 1
        size += len(segments[hi].text)
    return lo, hi


def _clause_span(segments: Sequence[Segment], index: int, anchors: _Anchors) -> tuple[int, int]:
    key = anchors[index]
    if key[0] is None:
        lo = hi = index
        while lo > 0 and index - lo < 2 and anchors[lo - 1] == key:
            lo -= 1
        while hi + 1 < len(segments) and hi - index < 2 and anchors[hi + 1] == key:
            hi += 1
        return lo, hi
    lo = hi = index
    size = len(segments[index].text)
    while True:
        grew = False
        if lo > 0 and anchors[lo - 1] == key and size + len(segments[lo - 1].text) <= MAX_CONTEXT_CHARS:
            lo -= 1
            size += len(segments[lo].text)
            grew = True
        if hi + 1 < len(segments) and anchors[hi + 1] == key and size + len(segments[hi + 1].text) <= MAX_CONTEXT_CHARS:
            hi += 1
            size += len(segments[hi].text)
            grew = True
        if not grew:
            return lo, hi


_QUESTION_END = re.compile(r"[?？]\s*[\"'”’)]*\s*$")


# A section's title on a line of its own ("6. Questions and complaints") is a segment of its own: short, with no
# sentence end.
_TITLE_MAX = 80
_SENTENCE_END = re.compile(r"[.;:。다]\s*$")


def _section_titles(segments: Sequence[Segment]) -> dict[tuple[str, ...], str]:
    """The title of each numbered section that has one, by its heading path."""
    titles: dict[tuple[str, ...], str] = {}
    for seg in segments:
        path = seg.heading_path
        if path and path not in titles and seg.clause_number is not None and len(seg.text) <= _TITLE_MAX \
                and not _SENTENCE_END.search(seg.text):
            titles[path] = seg.text
    return titles


def _detection_text(segment: Segment, previous: Segment | None = None,
                    titles: dict[tuple[str, ...], str] | None = None) -> str:
    # The nearest headings tell what a bare "(b) within 24 hours" is about (and the title of the section it sits
    # in: "6. Questions and complaints" / "6.1 Contact our privacy team at …"), and in a help-centre
    # Q and A the question does ("Think buyer info leaked?" / "Email us within 24 hours.").
    heads = " ".join(segment.heading_path[-2:])
    if titles:
        path = segment.heading_path
        named = [titles[path[:k]] for k in range(max(1, len(path) - 1), len(path) + 1)
                 if path[:k] in titles and titles[path[:k]] != segment.text]
        heads = " ".join([heads] + named) if named else heads
    text = segment.text
    if (previous is not None and _QUESTION_END.search(previous.text) and previous.clause_number == segment.clause_number
            and previous.heading_path == segment.heading_path):
        text = f"{previous.text}\n{text}"
    return f"{heads}\n{text}" if heads else text


def _lang(segment: Segment) -> str:
    return segment.lang.value if segment.lang.value in ("en", "ko") else ("ko" if re.search(r"[가-힣]", segment.text) else "en")


def normalised(text: str, lang: str) -> str:
    """Clause text as detection reads it: people's data named by whom it is about counts as personal
    data ("guests' details"), and Korean borrowed words as the PIPA terms ("프로세서" as 수탁자)."""
    from .defined_terms import english_people_data, korean_borrowed

    return english_people_data(text) if lang == "en" else korean_borrowed(text) if lang == "ko" else text


def detect(library: Library, segments: Sequence[Segment], scorer: SegmentScorer | None = None,
           scores: Sequence[dict[str, float]] | None = None) -> list[Detection]:
    from ..detection import for_library
    from .defined_terms import expander, korean_data_terms, korean_expander, personal_data_terms

    detections: list[Detection] = []
    if scores is None:
        scores = scorer.scores(segments) if scorer is not None and segments else None
    detector = for_library(library)
    ids = library.ids
    thresholds = {lg: [scorer.threshold(rid, lg) for rid in ids] for lg in ("en", "ko")} if scorer is not None else {}
    expand = expander(personal_data_terms(segments))
    expand_ko = korean_expander(korean_data_terms(segments))
    titles = _section_titles(segments)
    for i, seg in enumerate(segments):
        text = _detection_text(seg, segments[i - 1] if i else None, titles)
        lang = _lang(seg)
        if expand is not None and lang == "en":
            text = expand(text)  # "Shipment Data" reads as personal data
        elif expand_ko is not None and lang == "ko":
            text = expand_ko(text)  # "연구 데이터" reads as 가명정보
        text = normalised(text, lang)
        hits = detector.detected(text, lang)  # the same as req.detected(text, lang) for each req, faster
        if scores is None:
            detections.extend(Detection(i, rid, True, None) for rid in ids if rid in hits)
            continue
        seg_scores = scores[i]
        for rid, threshold in zip(ids, thresholds[lang]):
            rule = rid in hits
            score = seg_scores.get(rid)
            if rule or (score is not None and score >= threshold):
                detections.append(Detection(i, rid, rule, score))
    return detections


def findings(library: Library, segments: Sequence[Segment], as_of: dt.date,
             scorer: SegmentScorer | None = None, *, ocr_pages: frozenset[int] = frozenset()) -> list:  # list[Finding]
    from ..findings import Finding

    out: list[Finding] = []
    scores = scorer.scores(segments) if scorer is not None and segments else None
    detections = detect(library, segments, scorer, scores)
    by_req: dict[str, list[Detection]] = {}
    for d in detections:
        by_req.setdefault(d.requirement, []).append(d)
    anchors = _Anchors(segments)
    from ..crossrefs import referred
    from .defined_terms import definitions, used_definitions

    defined = used_definitions(definitions(segments))
    refers_to = referred(segments)
    # (lo, hi) -> the clause text as checks read it, squashed, and (Korean) the original with its index map
    contexts: dict[tuple[int, int], tuple[str, str, _Mapped | None]] = {}
    for rid, dets in by_req.items():
        req = library.requirement(rid)
        detected_idx = {d.segment for d in dets}
        # Detections in one clause share its text, so their checks give the same verdict.
        verdicts: dict[tuple[str, str, str, str], rules.Verdict] = {}
        # (lo, hi) -> the detected sentences of the clause and the proviso sentences that follow them
        owned: dict[tuple[int, int], tuple[str, str, tuple[str, ...]]] = {}
        for d in dets:
            seg = segments[d.segment]
            lang = _lang(seg)
            lo, hi = context_of(segments, d.segment, anchors)
            found = contexts.get((lo, hi))
            if found is None:
                context = _joined(segments[lo: hi + 1])
                context_map = _mapped(context) if lang == "ko" else None
                if context_map is not None:
                    context = context_map.text
                found = contexts[(lo, hi)] = (context, squash(context), context_map)
            context, context_sq, context_map = found
            if (lo, hi) not in owned:
                parts = tuple(segments[k].text for k in range(lo, hi + 1) if k in detected_idx)
                owned[(lo, hi)] = (" ".join(parts), _provisos(segments, lo, hi, detected_idx), parts)
            own, provisos, own_parts = owned[(lo, hi)]
            key = (own, provisos, context_map.original if context_map else context, lang)
            verdict = verdicts.get(key)
            if verdict is None:
                if context_map is not None:
                    # checks read Korean borrowed and plain words as the PIPA terms, as detection does,
                    # and quote what they find as the contract wrote it
                    own_map = _mapped(own)
                    proviso_map = _mapped(provisos) if provisos else None
                    verdict = _verdict(req, own_map.text, context, lang, as_of, context_sq, defined, refers_to,
                                       proviso_map.text if proviso_map else "",
                                       tuple(_mapped(t).text for t in own_parts) if req.not_from_checks else ())
                    verdict = _quoted_as_written(req, verdict, own_map, context_map, proviso_map)
                else:
                    verdict = _verdict(req, own, context, lang, as_of, context_sq, defined, refers_to, provisos, own_parts)
                verdicts[key] = verdict
            fired = [f"detect:{'rules' if d.rule else 'model'}"]
            for r in verdict.results:
                if r.type == "deadline" and r.hours is not None:
                    fired.append(f"deadline:{r.check}={hours_text(r.hours)}")
                elif r.type == "deadline" and r.value:
                    fired.append(f"deadline:{r.check}={r.value}")
                elif not r.passed:
                    fired.append(f"{r.type}:{r.check}" + (f"={r.value}" if r.value else ""))
                elif r.type == "items":
                    fired.append(f"items:{r.check}={len(r.items_found)}/{len(r.items_found) + len(r.items_missing)}")
            source = "rules+model" if (d.rule and d.score is not None) else ("rules" if d.rule else "model")
            clause_score = None
            if scores is not None:
                clause_score = max((scores[k].get(rid, 0.0) for k in range(lo, hi + 1)), default=d.score)
            out.append(Finding(
                requirement=rid, segment=d.segment, start=seg.start, end=seg.end, page=seg.page,
                clause_number=seg.clause_number, text=seg.text, lang=lang, supports=verdict.status, source=source,
                score=d.score, rules=tuple(fired), checks=verdict.results, ocr=seg.page in ocr_pages,
                clause_score=clause_score,
            ))
    out.extend(_contrary(library, segments, as_of, ocr_pages))
    out.sort(key=lambda f: (f.start, f.requirement))
    return out


@dataclass(frozen=True)
class _Mapped:
    """Korean text as checks read it, with the original and where each character came from."""
    original: str
    text: str
    index: list[int]


def _mapped(original: str) -> _Mapped:
    from .defined_terms import korean_borrowed_map

    text, index = korean_borrowed_map(original)
    return _Mapped(original, text, index)


def _quoted_as_written(req: Requirement, verdict: rules.Verdict, own: _Mapped, context: _Mapped,
                       provisos: _Mapped | None = None) -> rules.Verdict:
    """The verdict with each weak phrase quoted from the contract rather than from the normalised text (a phrase
    the clause's own sentences lack was found in the proviso after them)."""
    from .defined_terms import original_phrase

    checks = {c.id: c for c in req.checks}
    results = []
    for r in verdict.results:
        check = checks.get(r.check)
        if r.passed or r.type != "weak_phrase" or not r.value or check is None:
            results.append(r)
            continue
        where = context if check.scope == "clause" else own
        if provisos is not None and r.value not in where.text:
            where = provisos
        phrase = original_phrase(r.value, where.text, where.index, where.original)
        results.append(r if phrase == r.value else replace(r, value=phrase, reason=rules.reason_for(check, value=phrase)))
    return rules.Verdict(verdict.status, tuple(results))


def _verdict(req: Requirement, own: str, context: str, lang: str, as_of: dt.date,
             context_sq: str | None = None, defined: Callable[[str], str] | None = None,
             refers_to: Callable[[str], str] | None = None, provisos: str = "",
             own_parts: Sequence[str] = ()) -> rules.Verdict:
    """`defined` gives the definitions of the defined terms a text uses: a require check the clause fails may be
    answered by them ("notify any Incident", where "Incident" includes suspected breaches). `refers_to` gives the
    clauses the text names by number: an items check the clause fails may be answered by them ("the measures in
    paragraphs 3, 4 and 6 are the protective measures agreed under Article 29-10")."""
    results = []
    own_sq = context_sq if own == context and context_sq is not None else squash(own)
    named: str | None = None  # the clauses `own` refers to, looked up once, when an items check first needs them
    for check in req.checks_as_of(as_of):
        if check.type == "contrary":
            continue
        if check.type == "weak_phrase" and check.scope == "clause":
            results.append(rules.evaluate_check(check, context, lang, squashed=context_sq))
        elif check.type == "weak_phrase":
            r = rules.evaluate_check(check, own, lang, squashed=own_sq)
            if r.passed and provisos:
                # a proviso's phrase weakens the rule it qualifies; its own exceptions stay within it
                r = rules.evaluate_check(check, provisos, lang)
            results.append(r)
        elif check.type == "deadline":
            r = None
            if check.not_from and own_parts and len(own_parts) > 1:
                kept = [t for t in own_parts if check.not_from.first(t, lang) is None]
                if kept and len(kept) < len(own_parts):
                    r = rules.evaluate_check(check, " ".join(kept), lang)
                    if r.hours is None and r.value is None and not leaves_time_to_law(" ".join(kept)):
                        r = None  # no limit in the other sentences: the set-aside one's is the clause's
            if r is None:
                r = rules.evaluate_check(check, own, lang)
            if r.hours is None and r.value is None and own != context:
                r = rules.evaluate_check(check, context, lang)
            results.append(r)
        else:  # require, items: the whole clause may carry them
            r = rules.evaluate_check(check, context, lang, squashed=context_sq)
            if not r.passed and check.type == "require" and defined is not None:
                meaning = defined(context)
                if meaning:
                    r = rules.evaluate_check(check, f"{context} {meaning}", lang)
            if not r.passed and check.type == "items" and refers_to is not None:
                if named is None:
                    named = refers_to(own)
                    named = _mapped(named).text if named and lang == "ko" else named
                if named:
                    r = rules.evaluate_check(check, f"{context} {named}", lang)
            results.append(r)
    status = "met" if all(r.passed for r in results) else "weak"
    return rules.Verdict(status, tuple(results))


def out_of_scope(library: Library, segments: Sequence[Segment]) -> tuple:  # tuple[Finding, ...]
    """The first statement per requirement that takes the vendor out of its scope (not_applicable_if), e.g. "we are
    not currently required to appoint a domestic representative", or that settles it (met_if_stated), e.g. "shall not
    transfer the data to any country other than Vietnam"."""
    from ..findings import Finding

    out = []
    for req in library.requirements:
        for patterns, label in ((req.not_applicable_if, SCOPE_NOT_APPLICABLE), (req.met_if_stated, SCOPE_MET)):
            if not patterns:
                continue
            for i, seg in enumerate(segments):
                # (the statements carry their own negation, "not required to appoint", so no negation test: an earlier
                # "we have no office in Korea" in the sentence would read as negating them)
                hit = patterns.first(seg.text, _lang(seg))
                if hit is not None and label == SCOPE_MET and _qualified(segments, i):
                    continue  # "… 이전하지 아니한다. 다만 …": the bar has an exception
                if hit is not None:
                    out.append(Finding(requirement=req.id, segment=i, start=seg.start, end=seg.end, page=seg.page,
                                       clause_number=seg.clause_number, text=seg.text, lang=_lang(seg), supports="met",
                                       source="rules", rules=(f"{label}:{' '.join(hit[1].group(0).split())}",)))
                    break
        if req.not_applicable_below is not None and not any(f.requirement == req.id for f in out):
            below = scale.below_thresholds(segments, req.not_applicable_below.revenue_krw,
                                           req.not_applicable_below.data_subjects)
            if below is not None:
                seg = segments[below.segment]
                out.append(Finding(requirement=req.id, segment=below.segment, start=seg.start, end=seg.end, page=seg.page,
                                   clause_number=seg.clause_number, text=seg.text, lang=_lang(seg), supports="met",
                                   source="rules",
                                   rules=(f"{SCOPE_BELOW}:{below.statement}; {', '.join(below.figures)}",)))
    return tuple(out)


def _qualified(segments: Sequence[Segment], i: int) -> bool:
    """Whether the next sentence of the same clause is a proviso to sentence i ("However, …", "다만 …")."""
    nxt = segments[i + 1] if i + 1 < len(segments) else None
    return bool(nxt is not None and nxt.clause_number == segments[i].clause_number and _PROVISO_OPENING.match(nxt.text))


# what a statement found by out_of_scope settles: the first rule of its finding starts with one of these
SCOPE_NOT_APPLICABLE = "not-applicable"
SCOPE_MET = "met-if-stated"
SCOPE_BELOW = "below-thresholds"


def exemptions(library: Library, segments: Sequence[Segment], as_of: dt.date) -> tuple[str, ...]:
    """Checks (REQ/check) whose unless_vendor phrases occur somewhere in these segments: a contrary or weak term
    they disarm, or a required statement they make for the whole contract."""
    out = set()
    for req in library.requirements:
        for check in req.checks_as_of(as_of):
            if check.type not in ("contrary", "weak_phrase", "require") or not check.unless_vendor:
                continue
            for seg in segments:
                if check.unless_vendor.first(seg.text, _lang(seg)):
                    out.add(f"{req.id}/{check.id}")
                    break
    return tuple(sorted(out))


# A sentence that opens as a proviso qualifies the rule just before it ("… may suspend at once. However, minimum
# charges remain payable", "… 삭제한다. 다만, … 최소 이용료를 계속 지급한다"): it is read with that rule.
_PROVISO_OPENING = re.compile(
    r"\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:provided(?:,)?\s+(?:however|further|always|that)|however|notwithstanding\s+(?:the\s+foregoing|the\s+above|this|that)|"
    r"save\s+that|except\s+that|nevertheless|but\b|다\s*만|단\s*[,，]|단서|그\s*러\s*나|그\s*럼\s*에\s*도)",
    re.IGNORECASE)


def _provisos(segments: Sequence[Segment], lo: int, hi: int, detected: set[int]) -> str:
    """The proviso sentences that follow detected sentences of the clause [lo, hi] and were not detected themselves."""
    out = []
    for k in range(lo + 1, hi + 1):
        if k not in detected and (k - 1 in detected or (out and out[-1][0] == k - 1)) \
                and _PROVISO_OPENING.match(segments[k].text):
            out.append((k, segments[k].text))
    return " ".join(t for _, t in out)


_PROVISO_SENTENCES = 3


def _rest_of_clause(segments: Sequence[Segment], i: int) -> str:
    """The sentences after segment i in the same numbered clause, where a proviso qualifies it."""
    number = segments[i].clause_number
    if number is None:
        return ""
    rest = []
    for seg in segments[i + 1: i + 1 + _PROVISO_SENTENCES]:
        if seg.clause_number != number:
            break
        rest.append(seg.text)
    return " ".join(rest)


def _contrary(library: Library, segments: Sequence[Segment], as_of: dt.date, ocr_pages: frozenset[int]) -> list:
    from ..findings import Finding

    out = []
    contrary_reqs = [r for r in library.requirements if any(c.type == "contrary" for c in r.checks_as_of(as_of))]
    for i, seg in enumerate(segments):
        lang = _lang(seg)
        squashed = squash(seg.text)
        proviso = partial(_rest_of_clause, segments, i)
        memo: dict = {}  # type: ignore[type-arg]  # one phrase list read by several checks is searched once
        for req in contrary_reqs:
            hits = rules.contrary_hits(req, seg.text, lang, as_of, squashed=squashed, proviso=proviso, memo=memo)
            if hits:
                out.append(Finding(
                    requirement=req.id, segment=i, start=seg.start, end=seg.end, page=seg.page,
                    clause_number=seg.clause_number, text=seg.text, lang=lang, supports="weak", source="contrary",
                    rules=tuple(f"contrary:{h.check}={h.value}" for h in hits), checks=tuple(hits), ocr=seg.page in ocr_pages,
                ))
    return out
