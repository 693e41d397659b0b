"""A clause that lists what it requires by reference to other clauses meets an items check through them."""

from __future__ import annotations

import pytest

from analyzer.crossrefs import _keys, referred
from analyzer.types import Segment
from analyzer.relationship import Declared
from helpers import failed_checks

KEYS = {
    "en": [("The measures in paragraphs 3, 4, 6 and 9 are the protective measures agreed under Article 28-8(4) of the "
            "Act and Article 29-10 of the Enforcement Decree.", [("3",), ("4",), ("6",), ("9",)]),
           ("The parties discussed the protective measures in Parts 3 and 5 before signing.", [("3",), ("5",)]),
           # a statute's or the GDPR's numbering is not the contract's
           ("Section 4.1 of the GDPR applies, and Clause 7.2 of this Agreement.", [("7", "2")])],
    "ko": [("수탁자는 「개인정보 보호법」 제28조의8제4항 및 시행령 제29조의10에 따라 제5조, 제6조 및 제10조의 조치를 이행한다.",
            [("5",), ("6",), ("10",)]),
           ("제4조부터 제6조까지의 조치는 국외 이전에 관한 보호조치이다.", [("4",), ("5",), ("6",)]),
           ("법 제26조 및 제28조의8에 따른다.", [])],
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_contract_clauses_named_are_found_and_a_statutes_articles_are_not(lang):
    for text, keys in KEYS[lang]:
        assert _keys(text) == keys, text


def test_the_lookup_returns_the_named_clauses_of_the_document():
    segs = [Segment(text=t, start=0, end=len(t), page=1, lang="en", clause_number=n)
            for n, t in (("3.1", "three-one"), ("3.2", "three-two"), ("4", "four"), ("5.1", "five"))]
    assert referred(segs)("see paragraphs 3 and 5") == "three-one three-two five"
    assert referred(segs)("no reference here") == ""


BY_REFERENCE = {
    # the transfer clause names the clauses that hold each kind of measure; without them it names security only
    "en": ("3.1 The Importer shall encrypt the Member Data and restrict access to named staff.\n\n"
           "4.1 Members may raise complaints in Korean by telephone, and the Importer shall answer within ten days and "
           "take part in any dispute mediation.\n\n"
           "5.1 The Importer shall use the Member Data only for the stated purposes and delete it at the end of the term."
           "\n\n6.1 The measures in Clauses 3, 4 and 5 are the protective measures agreed for the transfer of personal "
           "information overseas under Article 28-8(4) of the Act and Article 29-10 of the Enforcement Decree."),
    "ko": ("제3조 ① 이전받는 자는 회원 정보를 암호화하고 접근권한을 지정된 직원으로 제한한다.\n\n"
           "제4조 ① 회원은 한국어로 전화하여 고충을 제기할 수 있으며, 이전받는 자는 10일 안에 답하고 분쟁조정에 참여한다.\n\n"
           "제5조 ① 이전받는 자는 회원 정보를 정한 목적으로만 이용하고 계약 기간이 끝나면 파기한다.\n\n"
           "제6조 ① 제3조부터 제5조까지의 조치는 「개인정보 보호법」 제28조의8제4항 및 시행령 제29조의10에 따라 국외 이전에 관하여 "
           "합의한 보호조치이다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_transfer_clause_meets_the_three_limbs_through_the_clauses_it_names(rules_analyzer, lang):
    doc = rules_analyzer.analyze_text(BY_REFERENCE[lang], lang=lang)
    declared = Declared(role="recipient", overseas=True, countries=("SG",))
    r = rules_analyzer.vendor_report("v", [("v/c.txt", doc)], declared).requirement("XFER-SAFEGUARDS-CONTRACT")
    assert "three-limbs" not in failed_checks(r), r.reason
