"""Clauses that another clause, often in a side letter, disapplies or replaces by number (analyzer/overrides.py)."""

from __future__ import annotations

import pytest

from analyzer.overrides import _targets, clause_key
from analyzer.relationship import Declared
from helpers import failed_checks, vendor_of_documents

# (text, [(target, in another document)] disapplied, [(target, in another document)] excepted)
REFERENCES = [
    ("Clause 8.1 of the Terms is replaced by the following: we will notify you within three business days.",
     [(("8", "1"), True)], []),
    ("Notwithstanding Section 2.1, the Vendor may disclose Customer Personal Data to its affiliates.", [], [(("2", "1"), False)]),
    ("Clause 6.2(b) of this Agreement shall not apply.", [(("6", "2", "b"), False)], []),
    ("원계약 제6조제1항은 제1항의 범위에서 적용하지 아니한다.", [(("6", "1"), True)], []),
    ("제7조 ②에도 불구하고 을은 개별 손해사정사에게 업무를 맡길 수 있다.", [], [(("7", "2"), False)]),
    # a statute's article, the standard contractual clauses and the lifting of a cap are not overrides here
    ("법 제28조의7에 따라 가명정보에는 법 제35조부터 제37조까지의 규정이 적용되지 아니한다.", [], []),
    ("Notwithstanding Article 28(3) GDPR, the parties agree as follows.", [], []),
    ("The SCCs are incorporated by reference; Clause 7 shall not apply.", [], []),
    # an amendment "as follows", and several clauses named in one breath
    ("원계약 제8조제1항을 다음과 같이 변경한다.", [(("8", "1"), True)], []),
    ("이로써 원계약 제2조제3항 및 제13조제1항의 통지에 갈음한다.", [(("2", "3"), True), (("13", "1"), True)], []),
    ("Clauses 6.1 and 6.3 of the DPA are replaced as follows:", [(("6", "1"), True), (("6", "3"), True)], []),
    ("을은 제5조의 재수탁자를 변경하고자 하는 경우 미리 알린다.", [], []),
    # new text standing in place of a clause, and a clause to be "read accordingly"
    ("In place of Clause 9 of the Agreement, the Agency may engage freelance shoppers on notice.", [(("9",), True)], []),
    ("Clause 9.1 of the MSA shall be read accordingly.", [(("9", "1"), True)], []),
    ("원계약 제9조를 갈음하여 을은 프리랜서 쇼퍼를 쓸 수 있다.", [(("9",), True)], []),
    # another document by its initials, not a statute by its own
    ("DPA 제10조 단서(백업 90일)는 적용되지 아니한다.", [(("10",), True)], []),
    ("MSA 제7조에도 불구하고 을은 계열사에 재위탁할 수 없다.", [], [(("7",), True)]),
    ("GDPR 제28조는 적용되지 아니한다.", [], []),
    # a sub-clause in brackets; a clause whose procedure is followed while something else is replaced
    ("Clause 10.8(a) is replaced by the following: notices go out within three Business Days.", [(("10", "8", "a"), False)], []),
    ("이 표의 내용이 바뀌는 경우 계약서 제11조제2항의 절차를 따르며, 바뀐 표는 개정본으로 갈음한다.", [], []),
    # the time limit in a clause's wording replaced; a phrase without a limit replaced amends the clause but leaves the
    # rest of it standing
    ("원계약 제12조제1항 중 “하루(24시간)를 넘기지 아니하고”를 “2영업일 이내에”로 변경한다.", [(("12", "1"), True)], []),
    ("원계약 제12조제2항 중 「매일 진행 상황을 알린다」를 「매일 진행 상황과 조치 결과를 알린다」로 바꾼다.", [], []),
]


@pytest.mark.parametrize("text,disapplied,excepted", REFERENCES, ids=[r[0][:30] for r in REFERENCES])
def test_references_to_disapplied_and_excepted_clauses_are_read(text, disapplied, excepted):
    assert _targets(text) == (disapplied, excepted)


def test_clause_numbers_of_findings_become_keys():
    assert clause_key("8.1(a)") == ("8", "1", "a")
    assert clause_key("제6조 ① 2.") == ("6", "1", "2")
    assert clause_key("제6조의2 ③") == ("6-2", "3")
    assert clause_key("제C-9조 ②") == clause_key("제c - 9조 ②") == ("C-9", "2")  # an annex's own article
    assert clause_key("Schedule 1") is None


SIDE_LETTER = {
    # (main terms with a good breach-notice clause 8.1, a side letter replacing it with a slower one,
    #  a side letter replacing it with an equally good one, a side letter lifting a cap)
    "en": ("8. Security incidents\n8.1 The Vendor shall notify the Customer of any actual or suspected personal data "
           "breach within twenty-four (24) hours after becoming aware of it.",
           "1. Amendments\n1.1 Clause 8.1 of the Terms is replaced by the following: the Vendor shall notify the "
           "Customer of a personal data breach within five (5) business days after confirming it.",
           "1. Amendments\n1.1 Clause 8.1 of the Terms is replaced by the following: the Vendor shall notify the "
           "Customer of any actual or suspected personal data breach within twelve (12) hours after becoming aware of it.",
           "1. Amendments\n1.1 The limitation of liability in clause 8.1 of the Terms does not apply to data breaches."),
    "ko": ("제8조(유출등의 통지)\n① 수탁자는 개인정보의 유출등이 발생하였거나 그 가능성을 알게 된 경우 24시간 이내에 위탁자에게 "
           "알려야 한다.",
           "제1조(변경)\n① 원계약 제8조제1항은 적용하지 아니한다. 수탁자는 개인정보의 유출등이 확인된 경우 5영업일 이내에 "
           "위탁자에게 알린다.",
           "제1조(변경)\n① 원계약 제8조제1항은 적용하지 아니하며, 수탁자는 개인정보의 유출등이 발생하였거나 그 가능성을 "
           "알게 된 경우 12시간 이내에 위탁자에게 알려야 한다.",
           "제1조(변경)\n① 원계약 제8조제1항의 배상 한도는 개인정보 유출에 적용하지 아니한다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_good_clause_replaced_by_a_side_letter_no_longer_meets_the_requirement(rules_analyzer, lang):
    main, slower, as_good, lifted = SIDE_LETTER[lang]

    def result(side):
        docs = [("v/terms.txt", rules_analyzer.analyze_text(main, lang=lang))]
        if side:
            docs.append(("v/side-letter.txt", rules_analyzer.analyze_text(side, lang=lang)))
        return rules_analyzer.vendor_report("v", docs).requirement("BREACH-PROCESSOR-NOTICE")

    assert result(None).status == "met"
    r = result(slower)
    assert r.status == "weak" and any(c["check"] == "overridden" for c in r.failed_checks), r.reason
    assert "side-letter" in r.reason["en"]
    assert result(as_good).status == "met"
    assert result(lifted).status == "met"


UNNAMED_MAIN_CLAUSE = {
    # a side letter that replaces "Clause 8.1" without naming the document: it has no clause 8.1 of its own, so the
    # clause is the main agreement's (the number wrapped onto a new line, as a PDF's line breaking leaves it)
    "en": ("8. Security incidents\n8.1 The Vendor shall notify the Customer of any actual or suspected personal data "
           "breach within twenty-four (24) hours after becoming aware of it.",
           "1. Pricing\n1.1 The monthly fee is reduced by ten per cent.\n2. Adjustments\n2.1 To reflect the reduced fee, "
           "the parties agree that Clause\n8.1 is deleted and replaced with the following: the Vendor shall notify the "
           "Customer of a personal data breach within five (5) business days after confirming it."),
    "ko": ("제8조(유출등의 통지)\n① 수탁자는 개인정보의 유출등이 발생하였거나 그 가능성을 알게 된 경우 24시간 이내에 위탁자에게 "
           "알려야 한다.",
           "제1조(요율) 월 수수료를 10퍼센트 낮춘다.\n제2조(조정) 요율 조정에 따라 제8조제1항은 적용하지 아니한다. 수탁자는 "
           "개인정보의 유출등이 확인된 경우 5영업일 이내에 위탁자에게 알린다."),
}


def _assert_notice_taken_back(analyzer, lang: str, main: tuple[str, str], amendment: tuple[str, str]) -> None:
    """The main document's breach-notice clause meets the requirement alone and is overridden beside the amendment."""
    alone = vendor_of_documents(analyzer, dict([main]), lang)
    assert alone.requirement("BREACH-PROCESSOR-NOTICE").status == "met"
    r = vendor_of_documents(analyzer, dict([main, amendment]), lang).requirement("BREACH-PROCESSOR-NOTICE")
    assert r.status == "weak" and any(c["check"] == "overridden" for c in r.failed_checks), (r.status, r.failed_checks)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_side_letter_replacing_a_clause_it_does_not_have_reaches_the_main_agreement(rules_analyzer, lang):
    main, letter = UNNAMED_MAIN_CLAUSE[lang]
    _assert_notice_taken_back(rules_analyzer, lang, ("terms.txt", main), ("side-letter.txt", letter))


ANNEX_ARTICLE = {
    # an annex with its own article numbers (제C-8조; in English the annex's decimal clause), and an amendment replacing
    # that article with a slower notice
    "en": ("Annex C - Data Protection\n\n8. Breach notice\n8.1 The Vendor shall notify the Customer of any actual or "
           "suspected personal data breach within twenty-four (24) hours after becoming aware of it.",
           "1. Amendments\n1.1 Clause 8.1 of Annex C is replaced by the following: the Vendor shall notify the Customer of "
           "a personal data breach within five (5) business days after confirming it."),
    "ko": ("부속서 C\n\n제C-8조(유출등의 통지)\n① 수탁자는 개인정보의 유출등이 발생하였거나 그 가능성을 알게 된 경우 "
           "24시간 이내에 위탁자에게 알려야 한다.",
           "제1조(변경)\n① 부속서 C 제C-8조제1항은 적용하지 아니한다. 수탁자는 개인정보의 유출등이 확인된 경우 5영업일 "
           "이내에 위탁자에게 알린다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_an_amendment_reaches_an_annex_article_by_its_own_number(rules_analyzer, lang):
    main, amendment = ANNEX_ARTICLE[lang]
    _assert_notice_taken_back(rules_analyzer, lang, ("annex-c.txt", main), ("amendment.txt", amendment))


WEAK_PROVISO_DISAPPLIED = {
    # a main agreement whose destruction clause keeps backups for a long cycle, and an addendum that disapplies that
    # clause and sets a short, complete destruction duty of its own
    "en": ("10. Return and deletion\n10.1 On termination the Supplier shall delete the Customer Personal Data, except "
           "that backups are overwritten in the ordinary backup rotation within ninety (90) days.",
           "12. Return and destruction\n12.1 Clause 10.1 of the DPA shall not apply. On termination the Supplier shall "
           "return or irrecoverably destroy all personal information, including backups and copies held by "
           "sub-processors, within five (5) days and give the Customer a written destruction certificate."),
    "ko": ("제10조(반환 및 삭제)\n① 계약 종료 시 공급자는 고객의 개인데이터를 삭제한다. 다만 백업 매체의 사본은 공급자의 "
           "백업 보존 주기(90일)에 따라 삭제된다.",
           "제12조(반환 및 파기)\n① DPA 제10조는 적용되지 아니한다. 수탁자는 계약이 끝나면 백업본과 재수탁자 보관분을 포함한 "
           "개인정보를 5일 이내에 반환하거나 복구할 수 없는 방법으로 파기하고 파기 확인서를 위탁자에게 제출한다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_weak_clause_disapplied_by_a_clause_that_meets_the_requirement_no_longer_counts(rules_analyzer, lang):
    main, addendum = WEAK_PROVISO_DISAPPLIED[lang]
    alone = vendor_of_documents(rules_analyzer, {"dpa.txt": main}, lang).requirement("ENT-TERMINATION-RETURN")
    assert alone.status == "weak", alone.reason
    r = vendor_of_documents(rules_analyzer, {"dpa.txt": main, "addendum.txt": addendum}, lang) \
        .requirement("ENT-TERMINATION-RETURN")
    assert r.status == "met", (r.reason, r.failed_checks)


def test_overrides_survive_the_cache():
    from analyzer.cache import _encode, decode_result
    from analyzer.findings import DocumentResult, Override

    o = Override(("8", "1"), ("BREACH-PROCESSOR-NOTICE",), "1.1", 1, "Clause 8.1 of the Terms is replaced", True)
    doc = DocumentResult(path="v/a.txt", sha256="0", format="text", lang="en", pages=1, segments=(), findings=(),
                         overrides=(o,))
    assert decode_result(_encode(doc)).overrides == (o,)


EXCEPTION = {
    # (a purpose limit, an exception to it stated relative to the clause: "the foregoing", "제1항")
    "en": ("5. Use of Member Data\n5.1 The Partner shall use the Member Data only to deliver the rewards in Schedule 1, "
           "shall not use it for any other purpose and shall not provide it to any third party, during the term and "
           "after this Agreement ends.",
           "5.2 Notwithstanding the foregoing, the Partner may use the Member Data to send its own promotional offers."),
    "ko": ("제5조(이용 목적의 제한)\n① 제휴사는 제공받은 회원 정보를 별표 1의 혜택 제공 목적으로만 이용하고, 그 밖의 목적으로 "
           "이용하거나 제3자에게 제공하지 아니하며, 이 의무는 계약이 종료된 후에도 유지된다.",
           "② 제1항에도 불구하고 제휴사는 제공받은 회원 정보를 자신의 상품 홍보 목적으로 이용할 수 있다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_an_exception_to_the_clause_before_undoes_what_it_met(rules_analyzer, lang):
    limit, exception = EXCEPTION[lang]

    def result(*clauses):
        doc = rules_analyzer.analyze_text("\n".join(clauses), lang=lang)
        return rules_analyzer.vendor_report("v", [("v/c.txt", doc)]).requirement("MIN-PURPOSE-LIMIT")

    assert result(limit).status == "met", result(limit).reason
    r = result(limit, exception)
    assert r.status == "weak", r.reason


AMENDED_ELSEWHERE = {
    # an amendment carving out of the main agreement's sub-processing clause, in words of its own
    "en": ("6. Sub-processing\n6.1 The Vendor shall not engage any sub-processor without the Company's prior written "
           "consent and shall impose the same obligations on each sub-processor.",
           "2. Night shift\n2.1 Notwithstanding Clause 6.1 of the Agreement, the Vendor may have its regional affiliates "
           "perform part of the moderation work at night."),
    "ko": ("제6조(재위탁)\n① 을은 갑의 사전 서면 동의 없이 위탁업무를 제3자에게 다시 위탁할 수 없으며, 재수탁자에게는 이 계약과 "
           "같은 의무를 부과한다.",
           "제2조(야간 근무)\n① 원계약 제6조제1항에도 불구하고, 을은 심야 시간대의 검토 물량을 처리하기 위하여 을의 아시아 지역 "
           "계열사가 업무의 일부를 수행하게 할 수 있다."),
}


def _across(analyzer, lang, rid, *docs, role=None):  # type: ignore[no-untyped-def]
    """One requirement's result for a vendor whose documents are these texts (role as declared, or inferred)."""
    pairs = [(f"v/d{i}.txt", analyzer.analyze_text(t, lang=lang)) for i, t in enumerate(docs)]
    return analyzer.vendor_report("v", pairs, Declared(role=role) if role else None).requirement(rid)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_an_amendment_carving_out_of_the_main_agreement_undoes_the_clause(rules_analyzer, lang):
    main, amendment = AMENDED_ELSEWHERE[lang]
    assert _across(rules_analyzer, lang, "ENT-SUBPROCESSING", main).status == "met"
    r = _across(rules_analyzer, lang, "ENT-SUBPROCESSING", main, amendment)
    assert r.status == "weak" and any(c["check"] == "overridden" for c in r.failed_checks), r.reason


HARMFUL_SET_ASIDE = {
    # the main agreement keeps the sub-processors' identity secret; a side letter sets that aside for the privacy policy
    "en": ("6. Confidentiality\n6.5 The Customer shall not disclose the identity of the Vendor's subcontractors or the "
           "terms of this Agreement to any third party without the Vendor's consent.",
           "3. Transparency\n3.1 Notwithstanding Clause 6.5 of the Agreement, the Vendor consents to the Customer naming "
           "the Vendor and each sub-processor, together with the tasks entrusted to them and their locations, in the "
           "Customer's privacy policy. The Vendor shall tell the Customer of any change to these details before it "
           "takes effect."),
    "ko": ("제6조(비밀유지)\n⑤ 갑은 을의 동의 없이 을의 재수탁자 명칭을 제3자에게 공개하여서는 아니 된다.",
           "제3조(공개)\n① 원계약 제6조제5항에도 불구하고, 을은 갑이 개인정보 처리방침에 을과 재수탁자의 명칭, 위탁업무의 "
           "내용 및 처리 장소를 공개하는 것에 동의한다. 을은 그 사항이 바뀌는 경우 변경 전에 갑에게 알린다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_harmful_term_set_aside_by_a_clause_that_meets_the_requirement_no_longer_counts(rules_analyzer, lang):
    main, letter = HARMFUL_SET_ASIDE[lang]
    alone = _across(rules_analyzer, lang, "ENT-TRANSPARENCY", main, role="processor")
    assert alone.status in ("weak", "missing") and any(c["check"] == "confidential-identity" for c in alone.failed_checks)
    both = _across(rules_analyzer, lang, "ENT-TRANSPARENCY", main, letter, role="processor")
    assert both.status == "met", both.reason
    assert not any(c["check"] == "confidential-identity" for c in both.failed_checks or ())


PRECEDENCE = {
    # (main agreement with a slower notice term, which prevails or not; side agreement with a good one)
    "en": ("6. Incidents\n6.1 The Partner shall report any security incident within five (5) business days after "
           "confirming it.\n11. Precedence\n11.1 In the event of any conflict between this Agreement and any side "
           "agreement, this Agreement shall prevail.",
           "6. Incidents\n6.1 The Partner shall report any security incident within five (5) business days after "
           "confirming it.",
           "1. Breach notice\n1.1 The Partner shall notify the Company of any actual or suspected personal data breach "
           "within twenty-four (24) hours after becoming aware of it."),
    "ko": ("제6조(보안사고의 보고)\n을은 개인정보 유출사고가 발생한 사실을 확인한 경우 확인일부터 5영업일 이내에 갑에게 보고한다.\n"
           "제11조(우선순위)\n본 계약과 부속합의서의 내용이 서로 다른 경우에는 본 계약이 우선한다.",
           "제6조(보안사고의 보고)\n을은 개인정보 유출사고가 발생한 사실을 확인한 경우 확인일부터 5영업일 이내에 갑에게 보고한다.",
           "제1조(유출등의 통지)\n을은 개인정보의 유출등이 발생하거나 그 가능성을 알게 된 때부터 24시간 이내에 갑에게 알려야 한다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_lesser_term_in_the_prevailing_document_outweighs_a_good_clause_elsewhere(rules_analyzer, lang):
    prevailing, plain, side = PRECEDENCE[lang]

    def result(main):
        docs = [("v/main.txt", rules_analyzer.analyze_text(main, lang=lang)),
                ("v/side.txt", rules_analyzer.analyze_text(side, lang=lang))]
        return rules_analyzer.vendor_report("v", docs).requirement("BREACH-PROCESSOR-NOTICE")

    assert result(plain).status == "met"
    r = result(prevailing)
    assert r.status == "weak" and any(c["check"] == "prevailing-document" for c in r.failed_checks), r.reason
    assert "main.txt" in r.reason["en"]


def _main_and_side(analyzer, lang, main, side):  # type: ignore[no-untyped-def]
    """A main agreement and a side letter, analysed, as a vendor's (path, result) documents."""
    return [("v/main.txt", analyzer.analyze_text(main, lang=lang)), ("v/side.txt", analyzer.analyze_text(side, lang=lang))]


VAGUE_IN_THE_PREVAILING = {
    # the prevailing agreement is only vague on containment; the side letter adds firm duties: both bind
    "en": ("9. Incidents\n9.1 The Processor shall use commercially reasonable efforts to mitigate the effects of a personal "
           "data breach.\n11. Precedence\n11.1 In the event of any conflict between this Agreement and any side "
           "agreement, this Agreement shall prevail.",
           "1. Incidents\n1.1 On becoming aware of a breach the Processor shall immediately cut off the unauthorised "
           "access, preserve the access logs and other evidence, retrieve or delete any leaked data, and cooperate with "
           "the Company, the PIPC and KISA, at its own cost where it is at fault."),
    "ko": ("제9조(사고 대응)\n을은 개인정보 유출등이 발생한 경우 그 피해를 줄이기 위하여 합리적인 노력을 한다.\n"
           "제11조(우선순위)\n본 계약과 부속합의서의 내용이 서로 다른 경우에는 본 계약이 우선한다.",
           "제1조(사고 대응)\n을은 유출등을 알게 된 즉시 접근 경로를 차단하고, 접속기록 등 증거를 보존하며, 유출된 정보를 회수·삭제하고, "
           "갑과 개인정보보호위원회 및 한국인터넷진흥원에 협조하며, 자신의 귀책으로 발생한 비용을 부담한다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_merely_vague_term_in_the_prevailing_document_leaves_the_firm_one_standing(rules_analyzer, lang):
    docs = _main_and_side(rules_analyzer, lang, *VAGUE_IN_THE_PREVAILING[lang])
    r = rules_analyzer.vendor_report("v", docs).requirement("BREACH-MITIGATION")
    assert r.status == "met", r.reason
    # the main agreement alone is weak: the side letter is what meets it
    alone = rules_analyzer.vendor_report("v", docs[:1]).requirement("BREACH-MITIGATION")
    assert alone.status == "weak", alone.reason


SLOWER_IN_THE_PREVAILING = {
    # the prevailing agreement answers requests "within one month" (the GDPR's window): a different time, not less of
    # the same, so it wins over the side letter's two days
    "en": ("9. Requests\n9.1 The Processor shall pass on any data subject request for access, correction or deletion and "
           "help the Company respond within one month.\n11. Precedence\n11.1 In the event of any conflict between this "
           "Agreement and any side agreement, this Agreement shall prevail.",
           "1. Requests\n1.1 The Processor shall forward any data subject request for access, correction, deletion or "
           "suspension to the Company within two days and carry out the Company's instructions within two days."),
    "ko": ("제9조(권리 행사)\n을은 정보주체의 열람·정정·삭제 요구를 갑에게 전달하고 한 달 이내에 응답을 돕는다.\n"
           "제11조(우선순위)\n본 계약과 부속합의서의 내용이 서로 다른 경우에는 본 계약이 우선한다.",
           "제1조(권리 행사)\n을은 정보주체의 열람·정정·삭제·처리정지 요구를 받으면 2일 이내에 갑에게 전달하고 갑의 지시를 2일 이내에 "
           "이행한다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_different_time_in_the_prevailing_document_still_wins(rules_analyzer, lang):
    docs = _main_and_side(rules_analyzer, lang, *SLOWER_IN_THE_PREVAILING[lang])
    assert rules_analyzer.vendor_report("v", docs[1:]).requirement("DSR-REQUEST-HANDLING").status == "met"
    r = rules_analyzer.vendor_report("v", docs).requirement("DSR-REQUEST-HANDLING")
    assert r.status == "weak" and any(c["check"] == "prevailing-document" for c in r.failed_checks), r.reason


def test_precedence_survives_the_cache():
    from analyzer.cache import _encode, decode_result
    from analyzer.findings import DocumentResult

    doc = DocumentResult(path="v/a.txt", sha256="0", format="text", lang="en", pages=1, segments=(), findings=(),
                         precedence="this")
    assert decode_result(_encode(doc)).precedence == "this"


# (text, what the document says about precedence)
PRECEDENCE_STATEMENTS = [
    ("In the event of any conflict between this Agreement and any side agreement, this Agreement shall prevail.", "this"),
    ("The SDK Terms continue to apply and prevail over this Addendum in the event of conflict.", "other"),
    ("In case of conflict, the following order of precedence applies: (a) the Order Form; (b) this Agreement; (c) the DPA.",
     "this"),
    ("본 계약과 부속합의서의 내용이 서로 다른 경우에는 본 계약이 우선한다.", "this"),
    ("이 계약과 위탁계약서의 내용이 서로 다른 경우 개인정보의 처리에 관하여는 위탁계약서가 우선한다.", "other"),
    ("이 계약, 부속합의서 및 개별 주문의 내용이 서로 충돌하는 경우 개별 주문, 이 계약, 부속합의서의 순서로 우선하여 적용한다.", "this"),
    # terms of trade and special terms that put themselves first
    ("이 거래 조건과 회사·고객 사이에 이미 체결된 계약의 내용이 서로 다른 경우에는 이 거래 조건이 우선하여 적용됩니다.", "this"),
    ("These Terms and any order form differ where noted; in the event of a conflict, these Terms shall prevail.", "this"),
    # MOUs, protocols and general terms named as such; a ranked list read where it stands, not where the documents
    # are first named
    ("If any implementing document, including the Data Exchange Protocol, is inconsistent with this MOU, this MOU "
     "prevails.", "this"),
    ("As stated in Article 9.2 of the MOU, if this Protocol is inconsistent with the MOU, the MOU prevails.", "other"),
    ("These General Terms prevail over any Order, purchase order or other document.", "this"),
    ("이 주문서, DPA, MSA의 내용이 서로 충돌하는 경우 DPA, MSA, 이 주문서의 순서로 우선합니다.", "other"),
    ("이 협약과 이 협약에 따라 체결되는 약정의 내용이 서로 다른 경우에는 이 협약이 우선한다.", "this"),
    # amendments, side letters and annexes by their own names, and another document named as prevailing (an annex, a
    # DPA, the standard clauses; a schedule by number; "prevails over this Agreement" with another document as subject)
    ("이 변경계약에서 정하지 아니한 사항은 원계약에 따르며, 원계약과 이 변경계약의 내용이 다른 경우 이 변경계약이 우선한다.", "this"),
    ("이 서한과 본 계약의 내용이 서로 다른 경우 이 서한이 우선합니다.", "this"),
    ("약관과 이 부속합의서가 서로 다른 경우 이 부속합의서에 따른다.", "this"),
    ("계약 본문과 부속서의 내용이 서로 다른 경우에는 본문이 우선한다.", "this"),
    ("본 계약과 한국 데이터 부속서가 서로 다른 경우에는 한국 데이터 부속서가 우선한다.", "other"),
    ("이 부속합의서와 에이전트 계약서가 충돌하는 경우 에이전트 계약서가 우선합니다.", "other"),
    ("개인정보의 처리에 관하여 이 계약과 DPA의 내용이 서로 다른 경우에는 DPA가 우선한다.", "other"),
    ("과업지시서와 특수조건의 내용이 다른 경우 특수조건을 우선 적용한다.", "other"),
    ("This Amendment takes effect on the date above and prevails over the Agreement to the extent of any inconsistency.",
     "this"),
    ("In respect of Korean Personal Data it prevails over the DPA and the MSA in case of conflict.", "this"),
    ("In the event of any conflict between the main body of this Agreement and any Schedule, the main body prevails.", "this"),
    ("Schedule 3 prevails over this Agreement on matters of data protection.", "other"),
    ("The data handling terms are set out in the Data Annex, which forms part of this Agreement and prevails over this "
     "Agreement on any question concerning personal information.", "other"),
    ("A side letter signed by both parties is an amendment and prevails over this Agreement to the extent of any "
     "inconsistency.", "other"),
    # a ranked list that goes on to exhibits, order forms or plain 주문서
    ("In the event of any conflict, the following order of precedence applies: (a) this Agreement; (b) the Order Form; "
     "(c) the Exhibits.", "this"),
    ("문서 사이에 서로 다른 내용이 있는 경우 이 약관, 주문서, DPA의 순서로 우선합니다.", "this"),
    # a translation's language clause and a governing-law clause say nothing about the vendor's documents
    ("이 계약은 한국어로 작성하며, 영문 번역본과 내용이 다른 경우 한국어본이 우선한다.", ""),
    ("The Korean version prevails in case of inconsistency.", ""),
    ("본 번역본은 참고용이며 영문본과 상충하는 경우 영문본이 우선함", ""),
    ("This Agreement is governed by the laws of the Republic of Korea.", ""),
]


@pytest.mark.parametrize("text,expected", PRECEDENCE_STATEMENTS, ids=[p[0][:30] for p in PRECEDENCE_STATEMENTS])
def test_what_a_document_says_about_precedence_is_read(text, expected):
    from types import SimpleNamespace

    from analyzer.overrides import precedence

    assert precedence([SimpleNamespace(text=text)]) == expected


DEFERS = {
    # a side agreement with a good notice clause that defers to the main agreement, whose notice term is slower
    "en": ("6. Incidents\n6.1 The Partner shall report any security incident within five (5) business days after "
           "confirming it.",
           "1. Breach notice\n1.1 The Partner shall notify the Company of any actual or suspected personal data breach "
           "within twenty-four (24) hours after becoming aware of it.\n2. Precedence\n2.1 The Partnership Agreement "
           "continues to apply and prevails over this Addendum in the event of conflict."),
    "ko": ("제6조(보고)\n을은 개인정보 유출사고가 발생한 사실을 확인한 경우 확인일부터 5영업일 이내에 갑에게 보고한다.",
           "제1조(유출등의 통지)\n을은 개인정보의 유출등이 발생하거나 그 가능성을 알게 된 때부터 24시간 이내에 갑에게 알려야 한다.\n"
           "제2조(우선순위)\n이 합의서와 제휴계약의 내용이 서로 다른 경우 제휴계약이 우선한다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_document_that_defers_to_the_other_lets_the_others_lesser_term_decide(rules_analyzer, lang):
    main, side = DEFERS[lang]
    r = _across(rules_analyzer, lang, "BREACH-PROCESSOR-NOTICE", main, side)
    assert r.status == "weak" and any(c["check"] == "prevailing-document" for c in r.failed_checks), r.reason


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_documents_that_each_claim_precedence_leave_no_document_prevailing(rules_analyzer, lang):
    """The main agreement says it prevails and so does the side agreement: the contract has not said which
    governs, so the good clause stands."""
    prevailing, _plain, side = PRECEDENCE[lang]
    also_prevails = {"en": "\n2. Precedence\n2.1 In the event of any conflict with the Agreement, this Addendum shall prevail.",
                     "ko": "\n제2조(우선순위)\n이 합의서와 본계약의 내용이 서로 다른 경우 이 합의서가 우선한다."}[lang]
    docs = [("v/main.txt", rules_analyzer.analyze_text(prevailing, lang=lang)),
            ("v/side.txt", rules_analyzer.analyze_text(side + also_prevails, lang=lang))]
    assert [d.precedence for _p, d in docs] == ["this", "this"]
    r = rules_analyzer.vendor_report("v", docs).requirement("BREACH-PROCESSOR-NOTICE")
    assert r.status == "met", r.reason


NAMED_DOCUMENT = {
    # the amendment names the document it changes: an acronym or a title must fit one of the vendor's files; a
    # generic name ("the Agreement", 원계약) may be any of them
    "en": "2. Night shift\n2.1 Notwithstanding Clause 6.1 of the MSA, the Vendor may have its regional affiliates "
          "perform part of the moderation work at night.",
    "ko": "제2조(야간 근무)\n① 원계약 제6조제1항에도 불구하고, 을은 심야 시간대의 검토 물량을 처리하기 위하여 을의 아시아 지역 "
          "계열사가 업무의 일부를 수행하게 할 수 있다.",
}


def _amended_subprocessing(analyzer, lang, main_path, amendment_path, amendment):  # type: ignore[no-untyped-def]
    """ENT-SUBPROCESSING for a vendor whose main agreement (AMENDED_ELSEWHERE, at `main_path`) another document
    amends: which file the amendment reaches depends on the file names."""
    pairs = [(main_path, analyzer.analyze_text(AMENDED_ELSEWHERE[lang][0], lang=lang)),
             (amendment_path, analyzer.analyze_text(amendment, lang=lang))]
    return analyzer.vendor_report("v", pairs).requirement("ENT-SUBPROCESSING")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_an_amendment_reaches_only_the_document_it_names(rules_analyzer, lang):
    def result(main_path):
        return _amended_subprocessing(rules_analyzer, lang, main_path, "v/order-form.txt", NAMED_DOCUMENT[lang])

    named = result("v/master-services-agreement.txt")
    assert named.status == "weak" and any(c["check"] == "overridden" for c in named.failed_checks), named.reason
    other = result("v/data-processing-addendum.txt")
    if lang == "en":  # "Clause 6.1 of the MSA" is not clause 6.1 of the DPA
        assert other.status == "met", other.reason
    else:  # 원계약 names no document in particular
        assert other.status == "weak"


def test_a_document_named_by_acronym_or_title_fits_its_file_name():
    from analyzer.overrides import _named_document, names_document

    assert _named_document("Section 12 of the MSA is amended so that") == "MSA"
    assert _named_document("Clause 9 of the Master Services Agreement shall not apply") == "Master Services Agreement"
    assert _named_document("clause 5 of this Agreement is deleted") is None
    assert names_document("MSA", "v/master-services-agreement.docx")
    assert not names_document("MSA", "v/data-processing-addendum.docx")
    assert names_document("Master Services Agreement", "v/msa.pdf")
    assert names_document("Agreement", "v/order-form.pdf")


SCHEDULE_AMENDED = {
    # a side letter replaces a paragraph of a schedule named without an article ("Paragraph 6.1 of Schedule 3"); the
    # main agreement's own 6.1 is another clause
    "en": "1. Sub-processing\n1.1 Paragraph 6.1 of Schedule 3 is deleted and replaced with the following: \"The Vendor may "
          "engage its affiliates as sub-processors under a general authorisation.\"",
    "ko": "제1조(재위탁)\n① 원계약 제6조제1항을 다음과 같이 변경한다. \"을은 포괄적 승인에 따라 계열사에 재위탁할 수 있다.\"",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_paragraph_of_a_schedule_named_without_an_article_is_amended_there(rules_analyzer, lang):
    def result(main_path):
        return _amended_subprocessing(rules_analyzer, lang, main_path, "v/side-letter.txt", SCHEDULE_AMENDED[lang])

    named = result("v/schedule-3-data-processing.txt")
    assert named.status == "weak", named.reason
    if lang == "en":  # the MSA's own clause 6.1 is not paragraph 6.1 of Schedule 3: it is not overridden, though the
        # side letter's own general authorisation is decisive wherever it is written (ENT-SUBPROCESSING)
        other = result("v/master-services-agreement.txt")
        assert "overridden" not in failed_checks(other), other.failed_checks
        assert other.status == "weak" and "general-authorisation" in failed_checks(other), other.failed_checks


def test_a_schedule_is_named_as_a_document():
    from analyzer.overrides import _named_document, names_document

    assert _named_document("Paragraph 7.1 of Schedule 3 is deleted and replaced with the following") == "Schedule 3"
    assert names_document("Schedule 3", "v/schedule-3-data-processing.pdf")
    assert not names_document("Schedule 3", "v/master-services-agreement.docx")
