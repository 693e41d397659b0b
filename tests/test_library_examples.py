"""The library checks itself: every example is detected by its requirement's rules, met examples
pass every check, weak examples fail the check they name, and negatives stay undetected."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from analyzer.classify.combine import normalised
from analyzer.applicability import Relationship
from analyzer.classify import rules
from analyzer.library import REQUIREMENT_IDS, load_library
from conftest import ROOT

AS_OF = dt.date(2026, 11, 28)
LIB = load_library(ROOT / "clause_library")


def _fitting(req, check_id):
    """A relationship under which the check a weak example names applies (None: checks with a
    `when` are skipped, as for met examples)."""
    check = next((c for c in req.checks if c.id == check_id), None)
    if check is None or check.when is None:
        return None
    for role, overseas, pseudo in itertools.product(("processor", "recipient", "both"), (True, False), (False, True)):
        rel = Relationship(role, overseas, pseudo)
        if check.when.evaluate(rel):
            return rel
    return None


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("rid", REQUIREMENT_IDS)
def test_examples_agree_with_the_rules(rid, lang):
    req = LIB.requirement(rid)
    examples = [e for e in LIB.examples if e.requirement == rid and e.lang == lang]
    bad = []
    for e in examples:
        if not req.detected(normalised(e.text, lang), lang):  # as a scan reads it
            bad.append(("not detected", e.text[:80]))
            continue
        text = normalised(e.text, lang) if lang == "ko" else e.text  # Korean checks read the normalised text too
        verdict = rules.evaluate(req, text, lang, AS_OF, relationship=_fitting(req, e.check))
        if e.status == "met" and verdict.status != "met":
            bad.append((f"met example fails {[r.check for r in verdict.failed]}", e.text[:80]))
        if e.status == "weak" and e.check not in {r.check for r in verdict.failed}:
            bad.append((f"weak example passes {e.check}", e.text[:80]))
    assert len(bad) <= 0.05 * len(examples), bad


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_negatives_are_rarely_detected(lang):
    negatives = [n for n in LIB.negatives if n.lang == lang]
    hits = [(r.id, n.text[:60]) for n in negatives for r in LIB.requirements if r.detected(n.text, lang)]
    assert len(hits) <= 0.01 * len(negatives), hits


def test_remediation_clauses_pass_their_own_checks():
    failing = []
    for req in LIB.requirements:
        for lang in ("en", "ko"):
            clause = req.remediation_clause[lang]
            if rules.evaluate(req, clause, lang, AS_OF).status != "met":
                failing.append((req.id, lang))
    assert not failing
