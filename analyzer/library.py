"""Load and validate the clause library (clause_library/): requirements, checks, examples.

Validation is strict and reports every problem at once, so a lawyer editing YAML gets one list
to fix rather than one error per run. The parsed library has a canonical hash (independent of
line endings, key order and YAML style) that the model card records: a model trained on another
version of the library is refused.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable

from . import applicability
from .errors import LibraryError
from .patterns import COUNTRIES, Pattern, PatternSet, compile_pattern
from .prefilter import GroupFilter, squash

#: The 35 requirement IDs of the reference (section 4): the public contract of the report.
REQUIREMENT_IDS: tuple[str, ...] = (
    "ROLE-CLASSIFY",
    "XFER-BASIS", "XFER-NOTICE-ITEMS", "XFER-CHANGE-RECONSENT", "XFER-SAFEGUARDS-CONTRACT",
    "XFER-NO-CONTRARY-TERMS", "XFER-ONWARD", "XFER-SUSPENSION",
    "MIN-PURPOSE-LIMIT", "MIN-DATA-ITEMS", "MIN-RETENTION-DESTRUCTION", "MIN-UID-RRN-SENSITIVE", "MIN-PSEUDONYMISED",
    "SEC-SAFETY-MEASURES", "BREACH-PROCESSOR-NOTICE", "BREACH-NOTICE-CONTENT", "BREACH-NOTIFY-72H", "BREACH-MITIGATION",
    "ENT-DOC-PURPOSE-SCOPE", "ENT-SUBPROCESSING", "ENT-SUPERVISION-AUDIT", "ENT-TRAINING", "ENT-LIABILITY",
    "ENT-TERMINATION-RETURN", "ENT-TRANSPARENCY",
    "TPP-CONSENT-ALIGNMENT", "TPP-RECIPIENT-RESTRICTIONS",
    "DSR-REQUEST-HANDLING", "DSR-ACCOUNT-DELETION", "DSR-GRIEVANCE-CHANNEL", "DSR-DISPUTE-MEDIATION", "DSR-DAMAGES-COVER",
    "GOV-PRIVACY-OFFICER", "GOV-DOMESTIC-AGENT", "GOV-RECORDS-REGULATOR",
)
FAMILIES = ("scope", "overseas-transfer", "minimisation", "security-breach", "entrustment",
            "third-party-provision", "data-subject-rights", "governance")
KINDS = ("obligation", "prohibition", "checklist")
SEVERITIES = ("critical", "high", "medium", "low")
CHECK_TYPES = ("deadline", "require", "items", "weak_phrase", "contrary")
CATEGORIES = ("vague", "gdpr-only", "conditional", "harmful")
LANGS = ("en", "ko")
MIN_MET = 20
MIN_WEAK = 6
MIN_NEGATIVES = 600
NEAR_DUPLICATE = 0.6  # Jaccard similarity of shingles above which two examples are near-duplicates

#: last syllables that, ending a Korean phrase, are a verb stem's (보관하, 아니 되): a phrase ending in one
#: must be written as a stem ("보관하-"), or it silently misses 보관한다 and 아니 된다
_OPEN_STEMS = ("하", "되")
_KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Item:
    id: str
    label: dict[str, str]
    patterns: PatternSet
    #: other requirements whose clauses, found anywhere in the vendor's documents, supply this
    #: item: a recipient's security duty usually sits in its own security article
    met_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Check:
    id: str
    type: str
    reason: dict[str, str]
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    patterns: PatternSet = field(default_factory=PatternSet)
    unless: PatternSet = field(default_factory=PatternSet)
    #: contrary and weak_phrase checks: the term does not count when any of these occurs anywhere in
    #: the vendor's documents (exclusive foreign law is harmless where PIPA is expressly kept; a
    #: liability cap is, where another document carves data-protection breaches out of it); require
    #: checks: what the clause lacks is stated once for the whole contract ("not be accessed from outside Korea")
    unless_vendor: PatternSet = field(default_factory=PatternSet)
    category: str | None = None
    minimum: int = 1
    #: require only: a clause naming this many different patterns sets the requirement out whatever the classifier
    #: makes of its wording (an item table's cells score low on their own, yet the table is the list); None: never
    spells_out: int | None = None
    need: int | None = None  # items: None means all
    items: tuple[Item, ...] = ()
    max_hours: float | None = None
    if_uncapped: str = "weak"
    #: deadline only: the status when the only time words say "at once" ("immediately", "즉시"), which is no
    #: vague delay: None means as if_uncapped (a breach notice needs an hour limit; a deletion done at once is done)
    if_immediate: str | None = None
    if_absent: str = "weak"
    if_business_days: str = "weak"
    #: deadline only: the status when the clause gives no number but ties the time to the statute's own ("within the
    #: periods required by PIPA", "법령이 정한 기한 안에"): a duty whose period the law sets is met by that reference;
    #: None means as if_uncapped (the law sets no period for a processor's notice to its controller)
    if_statutory: str | None = None
    #: the check only counts for vendors whose relationship satisfies this expression
    #: (e.g. contract necessity is a basis for entrustment, not for provision to a recipient)
    when: applicability.Applicability | None = None
    #: weak_phrase only: "segment" reads the clause's sentences on the topic; "clause" the whole
    #: clause, for limits stated in a neighbouring sentence ("Messages may be written in English")
    scope: str = "segment"
    #: weak_phrase only: a failure in any clause on the topic makes the requirement weak even where
    #: another clause passes, as a harmful term does (an open-ended list anywhere opens the list)
    decisive: bool = False
    #: weak_phrase only: the phrase says less than a firm clause rather than something different ("reasonable
    #: efforts to mitigate", "GDPR Article 30 records"), so in a document that prevails over the others it does not
    #: displace a side letter's firm clause on the same topic: both bind
    says_less: bool = False
    #: contrary only: the id of a weak_phrase check of the same requirement that says the same thing inside the clause
    #: on the topic ("the Minimum Annual Fee remains payable during any suspension" is both the suspension clause's
    #: fees-continue and the vendor-wide fees-during-suspension): where that check already failed in the deciding
    #: clause, the report does not list the same term twice
    restates: str | None = None
    #: contrary and weak_phrase checks: "REQ-ID/check-id" of a check whose patterns (and unless,
    #: unless_vendor) this one uses, so one harmful term can count against two requirements without
    #: two copies to keep in step (use beyond the purpose is contrary to a transfer and to the consent)
    patterns_from: str | None = None
    #: deadline only: a duty done in two steps by different parties, each with its own limit (a processor passes a
    #: rights request on, then carries out the controller's instructions), whose sum must also fit a window: the
    #: shortest limit alone passes "five business days to pass it on, two to act" that overruns the ten days
    chain: "Chain | None" = None
    #: deadline only: a sentence that names one of these is read for the limit only when no other sentence of the
    #: clause on the topic gives one (a deletion "within three days of a cancellation" beside rights requests passed on
    #: "without delay" times the cancellation, not the requests)
    not_from: PatternSet = field(default_factory=PatternSet)

    def in_force(self, as_of: dt.date) -> bool:
        return (self.valid_from is None or as_of >= self.valid_from) and (
            self.valid_until is None or as_of < self.valid_until)


@dataclass(frozen=True)
class Chain:
    """The two steps of a deadline check's chain: the words that name each step, and the most both may take."""

    max_hours: float
    first: PatternSet
    then: PatternSet


@dataclass(frozen=True)
class Thresholds:
    """The size below which a duty does not reach a vendor (Decree Art. 32-3 for a domestic agent): read from the facts
    the documents state about it (analyzer.classify.scale)."""

    revenue_krw: float
    data_subjects: float
    reason: dict[str, str]  # {value}: the statement and the figures


@dataclass(frozen=True)
class Requirement:
    id: str
    title: dict[str, str]
    family: str
    kind: str
    severity: str
    legal_basis: dict[str, str]
    applies_when: applicability.Applicability
    in_force_from: dt.date
    description: dict[str, str]
    detect: dict[str, tuple[tuple[Pattern, ...], ...]]  # lang -> AND of OR-groups
    checks: tuple[Check, ...]
    remediation_explanation: dict[str, str]
    remediation_clause: dict[str, str]
    #: Requirements whose clauses show this topic is touched on only indirectly: when this
    #: requirement has no clause of its own but one of these has, it is weak (with this reason).
    weak_if_only: tuple[str, ...] = ()
    weak_if_only_reason: dict[str, str] = field(default_factory=dict)
    #: When given, only those related clauses that match one of these count ("help with erasure
    #: requests" touches account deletion; "return the data when the contract ends" does not).
    weak_if_only_patterns: PatternSet = field(default_factory=PatternSet)
    #: The classifier alone cannot raise this requirement: its topic is named in words (resident
    #: registration number, 재위탁 change, complaint channel) that the detect rules know, and model-only
    #: hits are its neighbours (a support-ticket SLA read as rights-request handling).
    rules_required: bool = False
    #: The status when no clause on the topic is found: "missing", or "weak" for topics every contract of
    #: its kind says something about (which data, what for, liability, the term), where finding nothing
    #: means the words were not recognised rather than that the contract is silent.
    if_absent: str = "missing"
    #: What passing mentions alone make of the requirement: "weak" (touched, not dealt with) or "missing" for
    #: topics a passing mention does not address at all (a Korean court named for disputes is not mediation,
    #: "records" in another clause is not record-keeping); a harmful weak phrase in one still makes it weak.
    #: "decides": when no clause is central, the passing mentions are judged as clauses (a role is stated in a few
    #: words the classifier scores low: "as the Bank's entrusted party (수탁자)").
    in_passing: str = "weak"
    #: in_passing only for vendors whose relationship satisfies this (elsewhere passing mentions make it weak): a
    #: pseudonymised-data provision agreement is a research agreement, whose purpose and onward-disclosure terms the
    #: classifier, taught on commercial contracts, reads as passing mentions
    in_passing_when: applicability.Applicability | None = None
    #: A passing mention that fails a decisive check still counts beside the clauses that set the topic out: an
    #: amendment's "for as long as is necessary" replacing a fixed retention period, which the classifier scores low
    #: as a one-line replacement. Only where the decisive phrases cannot be read as describing other data (an item
    #: list's "and other information" can). A tuple names the decisive checks that count so; True means all of them.
    decisive_in_passing: bool | tuple[str, ...] = False
    #: A clause the rules find that meets this many of the requirement's required terms at once sets the topic out
    #: however the classifier scores it (an onward-transfer ban with approval, the PIPA conditions and the same
    #: obligations); None: only the classifier's score and the item lists decide what is more than a passing mention
    set_out_by: int | None = None
    #: Labels a table row or list entry opens with that make it this requirement's clause however the classifier
    #: scores it ("Items" or "이전 항목" over a list of the data in a particulars table): the row says what it is
    #: about. Matched at the start of the row's own text; empty for most requirements.
    labelled_by: PatternSet = field(default_factory=PatternSet)
    #: Groups of other requirements: when this requirement's own clauses are absent, in passing or short of listed
    #: items, it is met if every group has a requirement the vendor meets (Decree Art. 29-10's three kinds of
    #: measures written into the contract as its security, complaints and purpose-limit clauses).
    met_if_all: tuple[tuple[str, ...], ...] = ()
    #: met_if_all only for vendors whose relationship satisfies this (pseudonymised data provided without consent
    #: under Art. 28-2: the contract's own purpose, items and retention clauses are what the provision rests on)
    met_if_all_when: applicability.Applicability | None = None
    #: the opening of the reason when met_if_all meets the requirement (the default speaks of "each kind of measure")
    met_if_all_reason: dict[str, str] = field(default_factory=dict)
    #: met_if_all only when the requirement has no clause of its own (nothing found, or only its neighbours' clauses):
    #: a clause that sets out the entrustment but leaves out its term stays weak
    met_if_all_if_no_clause: bool = False
    #: Statements that, found anywhere in the vendor's documents, take the vendor out of the
    #: requirement's scope: a recipient abroad that says it is below the thresholds for a domestic agent.
    not_applicable_if: PatternSet = field(default_factory=PatternSet)
    not_applicable_reason: dict[str, str] = field(default_factory=dict)
    #: Out of scope, too, where the documents say the vendor has no office in Korea and give figures (revenue, people,
    #: "family-run") all well below these thresholds: "no office in Korea; annual revenue about EUR 18 million".
    not_applicable_below: Thresholds | None = None
    #: Out of scope when nothing in the vendor's documents touches the topic and the vendor's relationship satisfies
    #: this: a recipient of pseudonymised data only, to which Art. 28-7 disapplies the rights of Arts. 35-37, needs no
    #: clause on rights requests (a clause it has is still judged).
    not_applicable_if_absent: applicability.Applicability | None = None
    not_applicable_if_absent_reason: dict[str, str] = field(default_factory=dict)
    #: Statements that, found anywhere in the vendor's documents, settle the requirement as met when its own clauses
    #: fall short only by being absent, passing or incomplete: an outright ban on moving the data beyond the
    #: recipient's country leaves nothing for an onward-transfer clause to govern.
    met_if_stated: PatternSet = field(default_factory=PatternSet)
    met_if_stated_reason: dict[str, str] = field(default_factory=dict)
    #: Checks of other requirements ("MIN-DATA-ITEMS/open-ended-list") whose failure keeps this one from being met:
    #: a provision cannot match the consent notice while the contract leaves the items it provides open.
    weak_if_failed: tuple[tuple[str, str], ...] = ()
    weak_if_failed_reason: dict[str, str] = field(default_factory=dict)

    @property
    def credits_items(self) -> bool:
        """Whether other requirements' clauses may supply some of this one's items (Item.met_by)."""
        return any(i.met_by for c in self.checks for i in c.items)

    def in_passing_for(self, rel: applicability.Relationship) -> str:
        """What passing mentions alone make of the requirement for this vendor (in_passing, bound by in_passing_when)."""
        if self.in_passing_when is None or self.in_passing_when.evaluate(rel):
            return self.in_passing
        return "weak"

    def detected(self, text: str, lang: str, squashed: str | None = None) -> bool:
        """Whether every detect group matches the text (`squashed` is prefilter.squash(text),
        passed in by callers that test many requirements on the same text). Scans ask all
        requirements at once through detection.Detector, which must give the same answers."""
        langs = (lang,) if lang in LANGS else LANGS
        if squashed is None:
            squashed = squash(text)
        for lg in langs:
            groups = _combined(self).get(lg, ())
            if groups and all((f.may_match(squashed) and rx.search(text)) or (places is not None and places.place_search(text))
                              for rx, f, places in groups):
                return True
        return False

    def counts_in_passing(self, failed: Iterable[Any]) -> bool:
        """Whether a passing mention with these failed checks still counts beside the clauses that set the topic out
        (`decisive_in_passing`): it fails a decisive check the flag covers (True: every one) and, where the flag names
        its checks, passes the required terms (an open tail on a list that names items, not "an identification number
        or other such information" that a clause keeps out)."""
        flag = self.decisive_in_passing
        if not flag:
            return False
        failed = list(failed)
        covered = {c.id for c in self.checks if c.decisive and (flag is True or c.id in flag)}
        if not any(c.check in covered for c in failed):
            return False
        return flag is True or not any(c.type == "require" for c in failed)

    @property
    def not_from_checks(self) -> bool:
        """Whether a deadline check sets some sentences aside (`not_from`): its clauses are read sentence by sentence."""
        return any(c.type == "deadline" and bool(c.not_from) for c in self.checks)

    def checks_as_of(self, as_of: dt.date) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.in_force(as_of))


_Group = tuple[re.Pattern[str], GroupFilter, Any]  # (phrases, their prefilter, the @countries pattern or None)
_COMBINED: dict[int, dict[str, tuple[_Group, ...]]] = {}
_NEVER = re.compile(r"(?!)")


def _combined(req: Requirement) -> dict[str, tuple[_Group, ...]]:
    """Each detect group as one alternation with a literal prefilter: a cheap substring test
    first, then one regex search per group instead of one per phrase (detection runs for every
    segment and requirement, so this is the scan's hot path). A group holding @countries also
    matches any text naming a foreign place, found by the country finder rather than by joining
    every country's name into the alternation."""
    key = id(req)
    found = _COMBINED.get(key)
    if found is None:
        found = {}
        for lg, groups in req.detect.items():
            out = []
            for group in groups:
                phrases = [p for p in group if p.source != COUNTRIES]
                places = next((p for p in group if p.source == COUNTRIES), None)
                rx = re.compile("|".join(f"(?:{p.expr})" for p in phrases), re.IGNORECASE) if phrases else _NEVER
                out.append((rx, GroupFilter(p.expr for p in phrases), places))
            found[lg] = tuple(out)
        _COMBINED[key] = found
    return found


@dataclass(frozen=True)
class Example:
    requirement: str
    lang: str
    status: str  # met | weak
    text: str
    check: str | None = None
    group: str = ""


@dataclass(frozen=True)
class Negative:
    lang: str
    topic: str
    text: str
    group: str = ""


@dataclass(frozen=True)
class LawVersion:
    id: str
    valid_from: dt.date
    description: dict[str, str]


@dataclass(frozen=True)
class Library:
    version: str
    path: str
    requirements: tuple[Requirement, ...]
    examples: tuple[Example, ...]
    negatives: tuple[Negative, ...]
    law_versions: tuple[LawVersion, ...]
    hash: str

    def requirement(self, rid: str) -> Requirement:
        for r in self.requirements:
            if r.id == rid:
                return r
        raise KeyError(rid)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.requirements)

    def warm(self) -> None:
        """Compile every pattern and prefilter now (before worker processes fork, so they
        share the work instead of each repeating it): the detector (detection.py) a scan uses,
        and the checks' patterns."""
        from .detection import for_library

        for_library(self)
        for r in self.requirements:
            for c in r.checks:
                for ps in (c.patterns, c.unless, c.unless_vendor):
                    for p in ps.en + ps.ko:
                        p.regex, p.literals  # noqa: B018 - compiles and caches
                for item in c.items:
                    for p in item.patterns.en + item.patterns.ko:
                        p.regex, p.literals  # noqa: B018

    def example_counts(self, rid: str) -> dict[str, dict[str, int]]:
        counts = {lg: {"met": 0, "weak": 0} for lg in LANGS}
        for e in self.examples:
            if e.requirement == rid:
                counts[e.lang][e.status] += 1
        return counts


# ------------------------------------------------------------------------------------ loading


def _yaml_load(path: Path, problems: list[str]) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster when present
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=loader)  # noqa: S506 - a safe loader
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
        problems.append(f"{path.name}: cannot be read as YAML ({exc})")
        return None


def _canonical(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {str(k): _canonical(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_canonical(v) for v in obj]
    if isinstance(obj, str):
        return obj.replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    return obj


def load_library(path: str | Path | None = None, *, strict: bool = False) -> Library:
    """Read and validate the library; raises LibraryError listing every problem found.

    `strict` compiles every regular expression now (so an invalid one is reported) and compares
    every pair of examples for near-duplicates (a few seconds): the validate command and the tests
    run it; loading for a scan compiles patterns when first used (or in Analyzer.warm()).
    """
    from .resources import library_dir

    root = Path(path) if path is not None else library_dir()
    problems: list[str] = []
    token = _CHECK_REGEX.set(strict)  # the shipped library is validated by its tests; a scan compiles lazily
    try:
        return _load(root, problems, strict)
    finally:
        _CHECK_REGEX.reset(token)


def _load(root: Path, problems: list[str], strict: bool) -> Library:
    raw: dict[str, Any] = {"requirements": {}, "examples": {}, "negatives": {}}
    meta = _yaml_load(root / "library.yaml", problems) if (root / "library.yaml").exists() else None
    if meta is None:
        problems.append("library.yaml is missing or empty")
        meta = {}
    raw["library"] = meta
    req_files = sorted((root / "requirements").glob("*.yaml")) if (root / "requirements").is_dir() else []
    for f in req_files:
        raw["requirements"][f.stem] = _yaml_load(f, problems)
    ex_files = sorted((root / "examples").glob("*.yaml")) if (root / "examples").is_dir() else []
    for f in ex_files:
        raw["examples"][f.stem] = _yaml_load(f, problems)
    for lg in LANGS:
        f = root / "negatives" / f"{lg}.yaml"
        raw["negatives"][lg] = _yaml_load(f, problems) if f.exists() else None

    digest = hashlib.sha256(
        json.dumps(_canonical(raw), sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    ).hexdigest()

    law_versions = _law_versions(meta, problems)
    requirements = []
    for rid, data in raw["requirements"].items():
        req = _requirement(rid, data, problems)
        if req is not None:
            requirements.append(req)
    found = {r.id for r in requirements} | set(raw["requirements"])
    for rid in REQUIREMENT_IDS:
        if rid not in found:
            problems.append(f"requirement {rid} is missing (requirements/{rid}.yaml)")
    for rid in raw["requirements"]:
        if rid not in REQUIREMENT_IDS:
            problems.append(f"requirements/{rid}.yaml: unknown requirement ID {rid!r} (not in the reference's 35)")
    requirements = _borrow_patterns(requirements, problems)
    _check_failed_refs(requirements, problems)
    checks_by_req = {r.id: {c.id for c in r.checks} for r in requirements}

    examples: list[Example] = []
    for rid, data in raw["examples"].items():
        examples.extend(_examples(rid, data, checks_by_req, problems))
    for rid in REQUIREMENT_IDS:
        if rid not in raw["examples"]:
            problems.append(f"examples/{rid}.yaml is missing")
    negatives: list[Negative] = []
    for lg in LANGS:
        negatives.extend(_negatives(lg, raw["negatives"][lg], problems))
    _duplicates(examples, negatives, problems, near=strict)

    if problems:
        raise LibraryError(problems)
    order = {rid: i for i, rid in enumerate(REQUIREMENT_IDS)}
    requirements.sort(key=lambda r: order.get(r.id, 999))
    return Library(
        version=str(meta.get("library_version", "0")),
        path=str(root),
        requirements=tuple(sorted(requirements, key=lambda r: r.id)),
        examples=tuple(examples),
        negatives=tuple(negatives),
        law_versions=law_versions,
        hash=digest,
    )


def _check_failed_refs(requirements: list[Requirement], problems: list[str]) -> None:
    """Each weak_if_failed entry names a check the other requirement has."""
    checks = {(r.id, c.id) for r in requirements for c in r.checks}
    for r in requirements:
        for ref in r.weak_if_failed:
            if ref[0] in REQUIREMENT_IDS and ref not in checks:
                problems.append(f"requirements/{r.id}.yaml: weak_if_failed names {'/'.join(ref)!r}, not a check of {ref[0]}")


def _borrow_patterns(requirements: list[Requirement], problems: list[str]) -> list[Requirement]:
    """The requirements with each `patterns_from` check given the patterns of the check it names."""
    by_ref = {f"{r.id}/{c.id}": c for r in requirements for c in r.checks}
    out = []
    for r in requirements:
        checks = []
        for c in r.checks:
            if c.patterns_from is not None:
                src = by_ref.get(c.patterns_from)
                if src is None or src.type not in ("weak_phrase", "contrary") or src.patterns_from is not None:
                    problems.append(f"requirements/{r.id}.yaml ({c.id}): patterns_from {c.patterns_from!r} must name a "
                                    "weak_phrase or contrary check with its own patterns")
                else:
                    # the borrowing check's own exceptions add to the borrowed ones: the same term can be harmless
                    # for one requirement only (own use of entrusted data says nothing of what a recipient may do)
                    # (the borrowed set itself when there are none of its own: texts are searched once per set)
                    unless = src.unless if not (c.unless.en or c.unless.ko) else PatternSet(
                        en=src.unless.en + c.unless.en, ko=src.unless.ko + c.unless.ko)
                    c = replace(c, patterns=src.patterns, unless=unless, unless_vendor=src.unless_vendor)
            checks.append(c)
        out.append(replace(r, checks=tuple(checks)))
    return out


def _date(value: Any, where: str, problems: list[str]) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        problems.append(f"{where}: {value!r} is not a date (YYYY-MM-DD)")
        return None


def _bilingual(data: Any, where: str, problems: list[str]) -> dict[str, str]:
    if not isinstance(data, dict):
        problems.append(f"{where}: must have en and ko texts")
        return {}
    out = {}
    for lg in LANGS:
        v = data.get(lg)
        if not isinstance(v, str) or not v.strip():
            problems.append(f"{where}: the {lg} text is missing")
        else:
            out[lg] = v.strip()
    return out


# Whether regexes are compiled (and so checked) while loading: a ContextVar so that concurrent
# loads in threads do not see each other's setting.
_CHECK_REGEX: contextvars.ContextVar[bool] = contextvars.ContextVar("check_regex", default=True)


def _pattern_list(values: Any, where: str, problems: list[str], lang: str | None = None) -> tuple[Pattern, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list):
        problems.append(f"{where}: must be a list of patterns")
        return ()
    # (imported here, not at module level: classify imports this module; once per list, not per phrase)
    from .classify.defined_terms import korean_borrowed

    out = []
    for v in values:
        if not isinstance(v, str):
            problems.append(f"{where}: pattern {v!r} is not a string")
            continue
        if not v.startswith("re:") and v.strip().endswith(_OPEN_STEMS):
            problems.append(f"{where}: {v!r} ends in a verb stem, so it misses the forms that fuse the ending into it "
                            f"(한다, 할, 합니다, 된다): write {v.strip() + '-'!r}")
        try:
            out.append(compile_pattern(v, check=_CHECK_REGEX.get()))
        except re.error as exc:
            problems.append(f"{where}: invalid pattern {v!r} ({exc})")
            continue
        if lang == "ko" and not v.startswith("re:"):
            # detection and the checks read Korean text with borrowed and plain words normalised to the PIPA terms
            # (맡긴 → 위탁한, 허락 → 동의, 하위 수탁자 → 재수탁자): the phrase also as the normaliser reads it, or it would
            # never match there (the phrase as written still serves text read as written, rules.evaluate on raw text)
            stem = v.endswith("-")
            read_as = korean_borrowed(v[:-1] if stem else v) + ("-" if stem else "")
            if read_as != v:
                out.append(compile_pattern(read_as, check=_CHECK_REGEX.get()))
    return tuple(out)


def _pattern_set(data: Any, where: str, problems: list[str], *, required: bool = True) -> PatternSet:
    if data is None:
        if required:
            problems.append(f"{where}: patterns are missing")
        return PatternSet()
    if not isinstance(data, dict):
        problems.append(f"{where}: patterns must be given per language (en, ko)")
        return PatternSet()
    en = _pattern_list(data.get("en"), f"{where}.en", problems)
    ko = _pattern_list(data.get("ko"), f"{where}.ko", problems, "ko")
    if required and (not en or not ko):
        problems.append(f"{where}: patterns are needed in both en and ko")
    return PatternSet(en, ko)


def _law_versions(meta: dict[str, Any], problems: list[str]) -> tuple[LawVersion, ...]:
    out = []
    for i, lv in enumerate(meta.get("law_versions") or []):
        where = f"library.yaml law_versions[{i}]"
        if not isinstance(lv, dict) or "id" not in lv:
            problems.append(f"{where}: needs id, from, en, ko")
            continue
        d = _date(lv.get("from"), where, problems)
        if d is None:
            continue
        out.append(LawVersion(str(lv["id"]), d, {lg: str(lv.get(lg, "")) for lg in LANGS}))
    return tuple(out)


def _requirement(rid: str, data: Any, problems: list[str]) -> Requirement | None:
    where = f"requirements/{rid}.yaml"
    if not isinstance(data, dict):
        problems.append(f"{where}: empty or not a mapping")
        return None
    n_before = len(problems)
    if data.get("id") != rid:
        problems.append(f"{where}: id {data.get('id')!r} does not match the file name")
    title = _bilingual(data.get("title"), f"{where} title", problems)
    family = data.get("family")
    if family not in FAMILIES:
        problems.append(f"{where}: family {family!r} is not one of {', '.join(FAMILIES)}")
    kind = data.get("kind")
    if kind not in KINDS:
        problems.append(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    severity = data.get("severity")
    if severity not in SEVERITIES:
        problems.append(f"{where}: severity {severity!r} is not one of {', '.join(SEVERITIES)}")
    legal = _bilingual(data.get("legal_basis"), f"{where} legal_basis", problems)
    if legal.get("ko") and "제" not in legal["ko"]:
        problems.append(f"{where}: legal_basis.ko should use the Korean citation form (법 제28조의8제1항)")
    try:
        applies = applicability.parse(data.get("applies_when"))
    except applicability.ExpressionError as exc:
        problems.append(f"{where}: applies_when is invalid: {exc}")
        applies = applicability.parse("true")
    in_force = _date(data.get("in_force_from"), f"{where} in_force_from", problems) or dt.date(2023, 9, 15)
    description = _bilingual(data.get("description"), f"{where} description", problems)
    detect: dict[str, tuple[tuple[Pattern, ...], ...]] = {}
    det = data.get("detect")
    if not isinstance(det, dict):
        problems.append(f"{where}: detect must give pattern groups for en and ko")
    else:
        for lg in LANGS:
            groups = det.get(lg)
            if not isinstance(groups, list) or not groups:
                problems.append(f"{where}: detect.{lg} is missing")
                continue
            compiled = []
            for gi, group in enumerate(groups):
                pats = _pattern_list(group, f"{where} detect.{lg}[{gi}]", problems, lg)
                if not pats:
                    problems.append(f"{where}: detect.{lg}[{gi}] is empty")
                compiled.append(pats)
            detect[lg] = tuple(compiled)
    checks = []
    ids = set()
    for ci, c in enumerate(data.get("checks") or []):
        check = _check(c, f"{where} checks[{ci}]", problems)
        if check is None:
            continue
        if check.id in ids:
            problems.append(f"{where}: duplicate check id {check.id!r}")
        ids.add(check.id)
        checks.append(check)
    if not checks:
        problems.append(f"{where}: no checks (every requirement has a weakness to test)")
    if kind == "prohibition" and not any(c.type == "contrary" for c in checks):
        problems.append(f"{where}: a prohibition needs at least one contrary check")
    if kind == "checklist" and not any(c.type == "items" for c in checks):
        problems.append(f"{where}: a checklist needs an items check")
    rem = data.get("remediation")
    if not isinstance(rem, dict):
        problems.append(f"{where}: remediation (explanation and clause, en and ko) is missing")
        rem = {}
    explanation = _bilingual(rem.get("explanation"), f"{where} remediation.explanation", problems)
    clause = _bilingual(rem.get("clause"), f"{where} remediation.clause", problems)
    related: tuple[str, ...] = ()
    related_reason: dict[str, str] = {}
    related_patterns = PatternSet()
    rules_required = data.get("rules_required", False)
    if not isinstance(rules_required, bool):
        problems.append(f"{where}: rules_required must be true or false")
    if_absent = _gap_status(data, "if_absent", "missing", where, problems)
    in_passing = _gap_status(data, "in_passing", "weak", where, problems, also=("decides",))
    in_passing_when: applicability.Applicability | None = None
    if data.get("in_passing_when") is not None:
        if in_passing == "weak":
            problems.append(f"{where}: in_passing_when needs in_passing (missing or decides)")
        try:
            in_passing_when = applicability.parse(str(data["in_passing_when"]))
        except applicability.ExpressionError as exc:
            problems.append(f"{where}: in_passing_when is invalid: {exc}")
    phrases = {c.id for c in checks if c.type == "weak_phrase"}
    for c in checks:
        if c.restates is not None and c.restates not in phrases:
            problems.append(f"{where} ({c.id}): restates {c.restates!r}, which is not a weak_phrase check of it")
    decisive_in_passing = data.get("decisive_in_passing", False)
    if isinstance(decisive_in_passing, list) and decisive_in_passing and all(isinstance(x, str) for x in decisive_in_passing):
        decisive_in_passing = tuple(decisive_in_passing)
        named = {c.id for c in checks if c.decisive}
        for cid in decisive_in_passing:
            if cid not in named:
                problems.append(f"{where}: decisive_in_passing names {cid!r}, which is not a decisive check of it")
    elif not isinstance(decisive_in_passing, bool):
        problems.append(f"{where}: decisive_in_passing must be true, false or a list of decisive check ids")
        decisive_in_passing = False
    labelled_by = _pattern_set(data.get("labelled_by"), f"{where} labelled_by", problems, required=False)
    set_out_by = data.get("set_out_by")
    if set_out_by is not None and (not isinstance(set_out_by, int) or isinstance(set_out_by, bool) or set_out_by < 2):
        problems.append(f"{where}: set_out_by is a number of required terms, at least 2")
        set_out_by = None
    wio = data.get("weak_if_only")
    if wio is not None:
        if not isinstance(wio, dict) or not isinstance(wio.get("requirements"), list) or not wio["requirements"]:
            problems.append(f"{where}: weak_if_only needs a list of requirements and a reason")
        else:
            related = tuple(str(x) for x in wio["requirements"])
            for other in related:
                if other not in REQUIREMENT_IDS or other == rid:
                    problems.append(f"{where}: weak_if_only names {other!r}, which is not another requirement ID")
            related_reason = _bilingual(wio.get("reason"), f"{where} weak_if_only.reason", problems)
            related_patterns = _pattern_set(wio.get("patterns"), f"{where} weak_if_only.patterns", problems, required=False)
    met_if_all: tuple[tuple[str, ...], ...] = ()
    mia = data.get("met_if_all")
    mia_when: applicability.Applicability | None = None
    mia_reason: dict[str, str] = {}
    mia_no_clause = False
    if isinstance(mia, dict):
        # the long form: {groups: [...], when: "<applicability>", reason: {en, ko}}
        if mia.get("when") is not None:
            try:
                mia_when = applicability.parse(str(mia["when"]))
            except applicability.ExpressionError as exc:
                problems.append(f"{where}: met_if_all.when is invalid: {exc}")
        if mia.get("reason") is not None:
            mia_reason = _bilingual(mia["reason"], f"{where} met_if_all.reason", problems)
        mia_no_clause = mia.get("if_no_clause", False)
        if not isinstance(mia_no_clause, bool):
            problems.append(f"{where}: met_if_all.if_no_clause is true or false")
            mia_no_clause = False
        mia = mia.get("groups")
    if mia is not None:
        if not isinstance(mia, list) or not mia or not all(isinstance(g, list) and g for g in mia):
            problems.append(f"{where}: met_if_all is a list of groups, each a list of requirement IDs")
        else:
            met_if_all = tuple(tuple(str(x) for x in g) for g in mia)
            for other in (x for g in met_if_all for x in g):
                if other not in REQUIREMENT_IDS or other == rid:
                    problems.append(f"{where}: met_if_all names {other!r}, which is not another requirement ID")
    wif: tuple[tuple[str, str], ...] = ()
    wif_reason: dict[str, str] = {}
    if data.get("weak_if_failed") is not None:
        block = data["weak_if_failed"]
        refs = block.get("checks") if isinstance(block, dict) else None
        if not isinstance(refs, list) or not refs or not all(isinstance(x, str) and x.count("/") == 1 for x in refs):
            problems.append(f"{where}: weak_if_failed needs checks ('REQ-ID/check-id', …) and a reason")
        else:
            wif = tuple((x.split("/")[0], x.split("/")[1]) for x in refs)
            for other, _check_id in wif:
                if other not in REQUIREMENT_IDS or other == rid:
                    problems.append(f"{where}: weak_if_failed names {other!r}, which is not another requirement ID")
            wif_reason = _bilingual(block.get("reason"), f"{where} weak_if_failed.reason", problems)
    na_patterns, na_reason = _statements(data, "not_applicable_if", where, problems)
    ms_patterns, ms_reason = _statements(data, "met_if_stated", where, problems)
    below = _thresholds(data.get("not_applicable_below"), f"{where} not_applicable_below", problems)
    naia: applicability.Applicability | None = None
    naia_reason: dict[str, str] = {}
    if data.get("not_applicable_if_absent") is not None:
        raw_naia = data["not_applicable_if_absent"]
        if not isinstance(raw_naia, dict) or raw_naia.get("when") is None:
            problems.append(f"{where}: not_applicable_if_absent needs when (an applicability expression) and reason (en, ko)")
        else:
            try:
                naia = applicability.parse(str(raw_naia["when"]))
            except applicability.ExpressionError as exc:
                problems.append(f"{where}: not_applicable_if_absent.when is invalid: {exc}")
            naia_reason = _bilingual(raw_naia.get("reason"), f"{where} not_applicable_if_absent.reason", problems)
    for c in checks:
        for item in c.items:
            if rid in item.met_by:
                problems.append(f"{where}: check {c.id} item {item.id}: met_by names the requirement itself")
    if len(problems) > n_before:
        return None
    return Requirement(
        id=rid, title=title, family=family, kind=kind, severity=severity, legal_basis=legal,
        applies_when=applies, in_force_from=in_force, description=description, detect=detect,
        checks=tuple(checks), remediation_explanation=explanation, remediation_clause=clause,
        weak_if_only=related, weak_if_only_reason=related_reason, weak_if_only_patterns=related_patterns,
        rules_required=rules_required is True, if_absent=if_absent, in_passing=in_passing, set_out_by=set_out_by,
        in_passing_when=in_passing_when,
        decisive_in_passing=decisive_in_passing,
        labelled_by=labelled_by,
        met_if_all=met_if_all,
        met_if_all_when=mia_when, met_if_all_reason=mia_reason, met_if_all_if_no_clause=mia_no_clause,
        not_applicable_if=na_patterns, not_applicable_reason=na_reason, not_applicable_below=below,
        not_applicable_if_absent=naia, not_applicable_if_absent_reason=naia_reason,
        met_if_stated=ms_patterns, met_if_stated_reason=ms_reason,
        weak_if_failed=wif, weak_if_failed_reason=wif_reason,
    )


def _statements(data: Any, key: str, where: str, problems: list[str]) -> tuple[PatternSet, dict[str, str]]:
    """not_applicable_if / met_if_stated: the statements (patterns) that settle a requirement and the reason cited."""
    block = data.get(key)
    if block is None:
        return PatternSet(), {}
    if not isinstance(block, dict) or "patterns" not in block or "reason" not in block:
        problems.append(f"{where}: {key} needs patterns (en, ko) and a reason (en, ko)")
        return PatternSet(), {}
    return (_pattern_set(block.get("patterns"), f"{where} {key}.patterns", problems),
            _bilingual(block.get("reason"), f"{where} {key}.reason", problems))


def _thresholds(block: Any, where: str, problems: list[str]) -> Thresholds | None:
    """not_applicable_below: revenue_krw and data_subjects (positive numbers) and a reason (en, ko) with {value}."""
    if block is None:
        return None
    if not isinstance(block, dict):
        problems.append(f"{where}: needs revenue_krw, data_subjects and a reason (en, ko)")
        return None
    limits = {}
    for key in ("revenue_krw", "data_subjects"):
        v = block.get(key)
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v <= 0:
            problems.append(f"{where}: {key} must be a positive number")
        else:
            limits[key] = float(v)
    reason = _bilingual(block.get("reason"), f"{where}.reason", problems)
    if len(limits) < 2 or len(reason) < 2:
        return None
    if any("{value}" not in text for text in reason.values()):
        problems.append(f"{where}.reason: must cite the figures with {{value}}")
        return None
    return Thresholds(limits["revenue_krw"], limits["data_subjects"], reason)


def _gap_status(data: Any, key: str, default: str, where: str, problems: list[str], also: tuple[str, ...] = ()) -> str:
    """if_absent / in_passing: what a requirement is when no clause, or only passing mentions, are found
    (`in_passing: decides`: passing mentions are judged like any clause)."""
    value = data.get(key, default)
    allowed = ("missing", "weak") + also
    if value not in allowed:
        problems.append(f"{where}: {key} must be {', '.join(allowed[:-1])} or {allowed[-1]}")
        return default
    return str(value)


def _status_value(value: Any, where: str, problems: list[str]) -> str:
    if value is None:
        return "weak"
    if value not in ("met", "weak"):
        problems.append(f"{where}: must be met or weak, not {value!r}")
        return "weak"
    return str(value)


def _check(c: Any, where: str, problems: list[str]) -> Check | None:
    if not isinstance(c, dict):
        problems.append(f"{where}: must be a mapping")
        return None
    cid = c.get("id")
    if not isinstance(cid, str) or not _KEBAB.match(cid):
        problems.append(f"{where}: id {cid!r} must be kebab-case")
        cid = str(cid)
    where = f"{where} ({cid})"
    ctype = c.get("type")
    if ctype not in CHECK_TYPES:
        problems.append(f"{where}: type {ctype!r} is not one of {', '.join(CHECK_TYPES)}")
        return None
    reason = _bilingual(c.get("reason"), f"{where} reason", problems)
    kwargs: dict[str, Any] = dict(
        id=cid, type=ctype, reason=reason,
        valid_from=_date(c.get("from"), f"{where} from", problems),
        valid_until=_date(c.get("until"), f"{where} until", problems),
    )
    if c.get("when") is not None:
        try:
            kwargs["when"] = applicability.parse(c["when"])
        except applicability.ExpressionError as exc:
            problems.append(f"{where}: when is invalid: {exc}")
    scope = c.get("scope", "segment")
    if scope not in ("segment", "clause") or (scope == "clause" and ctype != "weak_phrase"):
        problems.append(f"{where}: scope is 'segment' or 'clause', and 'clause' only for weak_phrase checks")
        scope = "segment"
    kwargs["scope"] = scope
    decisive = c.get("decisive", False)
    if not isinstance(decisive, bool) or (decisive and ctype != "weak_phrase"):
        problems.append(f"{where}: decisive is true or false, and true only for weak_phrase checks")
        decisive = False
    kwargs["decisive"] = decisive
    says_less = c.get("says_less", False)
    if not isinstance(says_less, bool) or (says_less and ctype != "weak_phrase"):
        problems.append(f"{where}: says_less is true or false, and true only for weak_phrase checks")
        says_less = False
    kwargs["says_less"] = says_less
    restates = c.get("restates")
    if restates is not None:
        if ctype != "contrary" or not isinstance(restates, str) or not _KEBAB.match(restates):
            problems.append(f"{where}: restates names a weak_phrase check of the same requirement, on a contrary check only")
        else:
            kwargs["restates"] = restates
    spells_out = c.get("spells_out")
    if spells_out is not None:
        if ctype not in ("require", "items") or not isinstance(spells_out, int) or isinstance(spells_out, bool) or spells_out < 2:
            problems.append(f"{where}: spells_out is a number of at least 2, on a require or items check only")
        else:
            kwargs["spells_out"] = spells_out
    category = c.get("category")
    if category is not None and category not in CATEGORIES:
        problems.append(f"{where}: category {category!r} is not one of {', '.join(CATEGORIES)}")
    kwargs["category"] = category
    if ctype != "deadline" and c.get("not_from") is not None:
        problems.append(f"{where}: not_from sets sentences aside for a deadline check only")
    if ctype == "deadline":
        mh = c.get("max_hours")
        if not isinstance(mh, (int, float)) or mh <= 0:
            problems.append(f"{where}: max_hours must be a positive number")
            mh = 24
        kwargs["max_hours"] = float(mh)
        for key in ("if_uncapped", "if_absent", "if_business_days"):
            kwargs[key] = _status_value(c.get(key), f"{where} {key}", problems)
        for key in ("if_immediate", "if_statutory"):
            if c.get(key) is not None:
                kwargs[key] = _status_value(c.get(key), f"{where} {key}", problems)
        if c.get("not_from") is not None:
            kwargs["not_from"] = _pattern_set(c.get("not_from"), f"{where} not_from", problems, required=False)
        chain = c.get("chain")
        if chain is not None:
            cmh = chain.get("max_hours") if isinstance(chain, dict) else None
            if not isinstance(cmh, (int, float)) or isinstance(cmh, bool) or cmh <= 0:
                problems.append(f"{where}: chain needs max_hours (a positive number), first and then (patterns)")
            else:
                kwargs["chain"] = Chain(float(cmh), _pattern_set(chain.get("first"), f"{where} chain.first", problems),
                                        _pattern_set(chain.get("then"), f"{where} chain.then", problems))
    elif ctype in ("weak_phrase", "contrary") and c.get("patterns_from") is not None:
        ref = c.get("patterns_from")
        if not isinstance(ref, str) or not re.fullmatch(r"[A-Z0-9-]+/[a-z0-9-]+", ref) or any(
                k in c for k in ("patterns", "unless_vendor")):
            problems.append(f"{where}: patterns_from is 'REQ-ID/check-id' and replaces patterns and unless_vendor "
                            "(unless adds to the borrowed check's exceptions)")
        else:
            kwargs["patterns_from"] = ref
            kwargs["unless"] = _pattern_set(c.get("unless"), f"{where} unless", problems, required=False)
    elif ctype in ("require", "weak_phrase", "contrary"):
        kwargs["patterns"] = _pattern_set(c.get("patterns"), f"{where} patterns", problems)
        kwargs["unless"] = _pattern_set(c.get("unless"), f"{where} unless", problems, required=False)
        if c.get("unless_vendor") is not None:
            kwargs["unless_vendor"] = _pattern_set(c.get("unless_vendor"), f"{where} unless_vendor", problems, required=False)
        mn = c.get("min", 1)
        if not isinstance(mn, int) or mn < 1:
            problems.append(f"{where}: min must be a positive integer")
            mn = 1
        kwargs["minimum"] = mn
    elif ctype == "items":
        items = []
        for ii, it in enumerate(c.get("items") or []):
            iw = f"{where} items[{ii}]"
            if not isinstance(it, dict) or not isinstance(it.get("id"), str):
                problems.append(f"{iw}: needs id, label and patterns")
                continue
            met_by = it.get("met_by") or []
            if not isinstance(met_by, list) or any(x not in REQUIREMENT_IDS for x in met_by):
                problems.append(f"{iw}: met_by must be a list of other requirement IDs")
                met_by = []
            items.append(Item(it["id"], _bilingual(it.get("label"), f"{iw} label", problems),
                              _pattern_set(it.get("patterns"), f"{iw} patterns", problems), tuple(met_by)))
        if not items:
            problems.append(f"{where}: an items check needs items")
        need = c.get("need", "all")
        if need == "all":
            kwargs["need"] = None
        elif isinstance(need, int) and 1 <= need <= len(items):
            kwargs["need"] = need
        else:
            problems.append(f"{where}: need must be 'all' or a number of items")
        kwargs["items"] = tuple(items)
    return Check(**kwargs)


def _examples(rid: str, data: Any, checks_by_req: dict[str, set[str]], problems: list[str]) -> list[Example]:
    where = f"examples/{rid}.yaml"
    if rid not in REQUIREMENT_IDS:
        problems.append(f"{where}: unknown requirement ID {rid!r}")
        return []
    if not isinstance(data, dict):
        problems.append(f"{where}: empty or not a mapping")
        return []
    if data.get("id") not in (None, rid):
        problems.append(f"{where}: id {data.get('id')!r} does not match the file name")
    out: list[Example] = []
    known_checks = checks_by_req.get(rid)
    for lg in LANGS:
        section = data.get(lg)
        if not isinstance(section, dict):
            problems.append(f"{where}: the {lg} section (met, weak) is missing")
            continue
        for status, minimum in (("met", MIN_MET), ("weak", MIN_WEAK)):
            entries = section.get(status) or []
            if not isinstance(entries, list):
                problems.append(f"{where}: {lg}.{status} must be a list")
                continue
            n = 0
            for k, entry in enumerate(entries):
                text, check, group = None, None, ""
                if isinstance(entry, str):
                    text = entry
                elif isinstance(entry, dict):
                    text, check, group = entry.get("text"), entry.get("check"), str(entry.get("group") or "")
                if not isinstance(text, str) or not text.strip():
                    problems.append(f"{where}: {lg}.{status}[{k}] has no text")
                    continue
                if status == "weak":
                    if not check:
                        problems.append(f"{where}: {lg}.weak[{k}] does not name the check it fails")
                    elif known_checks is not None and check not in known_checks:
                        problems.append(f"{where}: {lg}.weak[{k}] names unknown check {check!r}")
                out.append(Example(rid, lg, status, " ".join(text.split()), check, group or f"{rid}/{lg}/{status}/{k}"))
                n += 1
            if n < minimum:
                problems.append(f"{where}: {lg}.{status} has {n} examples; at least {minimum} are needed")
    return out


def _negatives(lg: str, data: Any, problems: list[str]) -> list[Negative]:
    where = f"negatives/{lg}.yaml"
    if data is None:
        problems.append(f"{where} is missing")
        return []
    if not isinstance(data, list):
        problems.append(f"{where}: must be a list of {{topic, text}}")
        return []
    out = []
    for k, entry in enumerate(data):
        if isinstance(entry, dict) and isinstance(entry.get("text"), str) and entry["text"].strip():
            out.append(Negative(lg, str(entry.get("topic", "")), " ".join(entry["text"].split()), f"neg/{lg}/{k}"))
        elif isinstance(entry, str) and entry.strip():
            out.append(Negative(lg, "", " ".join(entry.split()), f"neg/{lg}/{k}"))
        else:
            problems.append(f"{where}[{k}]: needs a text")
    if len(out) < MIN_NEGATIVES:
        problems.append(f"{where}: {len(out)} negatives; at least {MIN_NEGATIVES} are needed")
    return out


def shingles(text: str, lang: str) -> frozenset[str]:
    """Word 3-grams (English) or character 4-grams with spaces removed (Korean)."""
    if lang == "ko":
        s = re.sub(r"\s+", "", text)
        return frozenset(s[i: i + 4] for i in range(max(len(s) - 3, 1)))
    words = re.findall(r"\w+", text.lower())
    return frozenset(" ".join(words[i: i + 3]) for i in range(max(len(words) - 2, 1)))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _duplicates(examples: list[Example], negatives: list[Negative], problems: list[str], *, near: bool) -> None:
    seen: dict[str, str] = {}
    entries = [(e.lang, e.text, f"examples/{e.requirement}.yaml {e.lang}.{e.status}") for e in examples]
    entries += [(n.lang, n.text, f"negatives/{n.lang}.yaml") for n in negatives]
    for lang, text, where in entries:
        key = lang + "|" + re.sub(r"\W+", "", text.lower())
        if key in seen:
            problems.append(f"{where}: exact duplicate of an entry in {seen[key]}: {text[:70]!r}")
        else:
            seen[key] = where
    if not near:
        return
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for e in examples:
        groups.setdefault((e.requirement, e.lang), []).append((e.text, f"examples/{e.requirement}.yaml {e.lang}.{e.status}"))
    for n in negatives:
        groups.setdefault(("negatives", n.lang), []).append((n.text, f"negatives/{n.lang}.yaml"))
    for (_g, lang), items in groups.items():
        sh = [shingles(t, lang) for t, _w in items]
        for i in range(len(items)):
            for j in range(i + 1, len(items)):
                sim = similarity(sh[i], sh[j])
                if sim >= NEAR_DUPLICATE and len(sh[i]) > 3 and len(sh[j]) > 3:
                    problems.append(
                        f"{items[j][1]}: near-duplicate ({sim:.0%} shared n-grams) of {items[i][1]}: "
                        f"{items[j][0][:60]!r} ~ {items[i][0][:60]!r}"
                    )
