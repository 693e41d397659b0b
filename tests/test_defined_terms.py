"""Defined terms for personal data ("Shipment Data", 「연구 데이터」) let detection read clauses that never say
"personal data" (개인정보, 가명정보)."""

from __future__ import annotations


import pytest

from analyzer.classify.defined_terms import expander, korean_data_terms, korean_expander, personal_data_terms
from helpers import failed_checks, vendor_of

DEFINITIONS = [
    ('"Shipment Data" means the names, delivery addresses and telephone numbers of Buyers.', "Shipment Data"),
    ("The Publisher shares the personal information of players (the “Player Data”) with the Partner.", "Player Data"),
    ('"Buyer Data" means the information about a Buyer that the Platform makes available to Seller.', "Buyer Data"),
    ('"Pseudonymised Data" means the viewing records after the Company has pseudonymised them.', "Pseudonymised Data"),
    # named after people, undefined: a heading or a schedule row introduces it
    ("Buyer Information. We give you Buyer Information so that you can ship the order.", "Buyer Information"),
    ("The Partner shall keep Passenger Details confidential.", "Passenger Details"),
    ("“Your Content” means the audio files you upload and any other information about patients that reaches us.",
     "Your Content"),
    # plain-English terms name the data after whose it is, in lower case
    ('You own the content and learner information you put into Kestrel ("your data").', "your data"),
    # defined by what it consists of, without quotation marks
    ("The Claim Data consists exclusively of the following items: Claimant's name; mobile telephone number; return "
     "delivery address.", "Claim Data"),
]


@pytest.mark.parametrize("text,term", DEFINITIONS)
def test_definitions_of_personal_data_are_collected(rules_analyzer, text, term):
    segments = rules_analyzer.analyze_text(text, lang="en").segments
    assert personal_data_terms(segments) == (term,)


def test_other_defined_terms_and_korean_text_give_nothing(rules_analyzer):
    en = rules_analyzer.analyze_text('"Fees" means the amounts in the Order Form. "Usage Data" means service metrics. '
                                     "Customer Data and Vendor Information stay confidential.", lang="en")
    ko = rules_analyzer.analyze_text('"배송정보"란 구매자의 성명, 주소 및 전화번호를 말한다.', lang="ko")
    assert personal_data_terms(en.segments) == ()
    assert personal_data_terms(ko.segments) == ()
    assert expander(()) is None


def test_uses_of_a_defined_term_are_detected_as_personal_data(rules_analyzer):
    clause = "Forwarder may use Shipment Data for its other legitimate business purposes, including analytics and marketing."
    alone = rules_analyzer.analyze_text(clause, lang="en")
    defined = rules_analyzer.analyze_text(f'"Shipment Data" means the names and delivery addresses of Buyers.\n\n{clause}', lang="en")
    assert "MIN-PURPOSE-LIMIT" not in {f.requirement for f in alone.findings}
    assert any(f.requirement == "MIN-PURPOSE-LIMIT" and f.text == clause for f in defined.findings)
    assert expander(["Shipment Data"])("use Shipment Data now") == "use Shipment Data (personal data) now"


KO_DEFINITIONS = [
    ("「연구 데이터」란 회사가 법 제28조의2에 따라 가명처리하여 재단에 보내는 데이터를 말합니다.", {"연구 데이터": "가명정보"}),
    ('"배송정보"란 구매자의 성명, 주소 및 전화번호를 말한다.', {"배송정보": "개인정보"}),
    ("“회원 자료”란 회사가 파트너에게 넘기는 회원의 개인정보를 말한다.", {"회원 자료": "개인정보"}),
    # a term already saying what it is, and one defined by something else, give nothing
    ('"제공 개인정보"란 별표 1의 항목을 말한다. "서비스 자료"란 회사가 발행하는 안내서와 홍보물을 말한다.', {}),
]


@pytest.mark.parametrize("text,terms", KO_DEFINITIONS)
def test_korean_definitions_of_personal_data_are_collected(rules_analyzer, text, terms):
    """The English collector leaves Korean text alone; the Korean one reads 「…」란 … 말한다 by what the body names."""
    segments = rules_analyzer.analyze_text(text, lang="ko").segments
    assert korean_data_terms(segments) == terms
    assert personal_data_terms(segments) == ()


def test_uses_of_a_korean_defined_term_are_detected_as_personal_data(rules_analyzer):
    """As for "Shipment Data": the clause that names only the defined term is read as being about 가명정보."""
    clause = "재단은 연구 데이터를 다른 사람에게 넘기거나 보여주지 않습니다."
    rid = "TPP-RECIPIENT-RESTRICTIONS"
    alone = rules_analyzer.analyze_text(clause, lang="ko")
    defined = rules_analyzer.analyze_text("「연구 데이터」란 회사가 가명처리하여 재단에 보내는 데이터를 말합니다.\n\n" + clause, lang="ko")
    assert rid not in {f.requirement for f in alone.findings}
    assert any(f.requirement == rid and f.text == clause for f in defined.findings), [(f.requirement, f.text) for f in defined.findings]
    assert korean_expander({"연구 데이터": "가명정보"})("재단은 연구 데이터를 쓴다") == "재단은 연구 데이터(가명정보)를 쓴다"
    # written without its space, the term still stands for the pseudonymised data
    assert korean_expander({"연구 데이터": "가명정보"})("재단은 연구데이터를 쓴다") == "재단은 연구데이터(가명정보)를 쓴다"
    assert korean_expander({}) is None


# Korean translations of global agreements borrow GDPR words; English contracts name the notion
# directly, so the English side of this test is the plain wording (written for this test).
BORROWED = {
    "ko": ("프로세서는 개인 데이터 침해를 인지한 후 부당한 지체 없이 컨트롤러에게 통지한다.",
           "컨트롤러는 프로세서가 하위 프로세서를 이용하는 것을 일반적으로 승인한다."),
    "en": ("The processor shall notify the controller of a personal data breach without undue delay after becoming aware of it.",
           "The controller gives the processor a general authorisation to engage sub-processors."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_borrowed_gdpr_words_in_korean_read_as_the_pipa_terms(rules_analyzer, lang):
    from analyzer.classify.defined_terms import korean_borrowed

    breach, subprocessing = BORROWED[lang]
    found = {f.requirement for f in rules_analyzer.analyze_text(breach, lang=lang).findings}
    assert "BREACH-PROCESSOR-NOTICE" in found
    found = {f.requirement for f in rules_analyzer.analyze_text(subprocessing, lang=lang).findings}
    assert "ENT-SUBPROCESSING" in found
    if lang == "ko":
        assert korean_borrowed("개인 데이터의 범주") == "개인정보의 범주"
        assert korean_borrowed("하위 프로세서와 프로세서") == "재수탁자와 수탁자"
        # a breach notice named by the borrowed word alone, not the complaints centre of a privacy policy
        assert korean_borrowed("침해 통지를 하지 아니한다") == "유출 통지를 하지 아니한다"
        assert korean_borrowed("침해 신고센터에 신고할 수 있다") == "침해 신고센터에 신고할 수 있다"


PEOPLE_DATA = {
    # people's data named by whom it is about, not "personal data"
    "en": "Nothing in these terms lets you use guests' details for your own ends or keep them beyond 90 days after checkout.",
    "ko": "이 약관의 어떤 조항도 투숙객 정보를 자신의 목적으로 이용하거나 체크아웃 후 90일을 넘겨 보관할 수 있게 하지 않는다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_peoples_data_named_by_whom_it_is_about_reads_as_personal_data(lang):
    from analyzer.classify.defined_terms import english_people_data, korean_borrowed

    if lang == "en":
        assert "guests' details (personal data)" in english_people_data(PEOPLE_DATA["en"])
        assert english_people_data("the Customer's account manager") == "the Customer's account manager"
        # a term already marked (by the defined-term expander, or an earlier pass) is not marked again
        once = english_people_data("make its records relating to Member Information available")
        assert once.count("(personal data)") == 1 and english_people_data(once) == once
    else:
        assert "투숙객 개인정보" in korean_borrowed(PEOPLE_DATA["ko"])
        once = korean_borrowed("회원 정보에 관한 기록을 내어 준다")
        assert once.count("개인정보") == 1 and korean_borrowed(once) == once
        assert korean_borrowed("정보주체와 정보보호") == "정보주체와 정보보호"


PLAIN_INFO = {
    # the plain register's "info": whose info it is, or what kind
    "en": ("Email us within 24 hours if buyer info or their health info may have leaked.",
           ["buyer info (personal data)", "health info (personal data)"]),
    "ko": ("손님 정보나 주문하신 분의 정보는 예약 안내에만 써 주세요.", ["손님 개인정보", "주문하신 분 개인정보", "안내에만 이용하여"]),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_info_about_people_in_the_plain_register_reads_as_personal_data(lang):
    from analyzer.classify.defined_terms import english_people_data, korean_borrowed

    text, marked = PLAIN_INFO[lang]
    out = english_people_data(text) if lang == "en" else korean_borrowed(text)
    assert all(m in out for m in marked), out
    if lang == "en":
        assert english_people_data("See the product info page.") == "See the product info page."


PLAIN_VERBS = {
    # re-entrustment and provision in plain verbs, and the consent they need
    "ko": ("을이 맡은 일을 다른 업체에 다시 맡기려면 그 업체의 이름과 맡길 업무를 알리고 갑의 서면 허락을 받아야 한다.",
           "ENT-SUBPROCESSING"),
    "en": ("If the Vendor wants to hand part of the work on patient data to another company, it must tell the Company which "
           "company and which tasks, and get the Company's written approval first.", "ENT-SUBPROCESSING"),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_re_entrustment_in_plain_verbs_is_found(rules_analyzer, lang):
    text, rid = PLAIN_VERBS[lang]
    assert rid in {f.requirement for f in rules_analyzer.analyze_text(text, lang=lang).findings}
    if lang == "ko":
        from analyzer.classify.defined_terms import korean_borrowed

        assert korean_borrowed("다른 업체에 다시 맡기려면") == "다른 업체에 재위탁하려면"
        assert korean_borrowed("환자 정보를 넘겨받은 보험사") == "환자 개인정보를 제공받은 보험사"


QUOTED_AS_WRITTEN = {
    # (clause, requirement, check, the phrase as the contract writes it)
    "en": ("Personal data processed: guests' names, e-mail addresses and any other personal data the Hotel chooses to "
           "submit.", "MIN-DATA-ITEMS", "catch-all-scope"),
    "ko": ("프로세서가 처리하는 개인정보 항목은 서비스 이용 과정에서 수집되는 개인 데이터 일체로 한다.",
           "MIN-DATA-ITEMS", "catch-all-scope"),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_weak_phrase_is_quoted_as_the_contract_writes_it(rules_analyzer, lang):
    """Checks read borrowed words as the PIPA terms ("개인 데이터" as 개인정보), but a lawyer must find the quoted
    phrase in the contract: the report quotes the original wording, and its reason says the same."""
    text, rid, check = QUOTED_AS_WRITTEN[lang]
    result = rules_analyzer.analyze_text(text, lang=lang)
    failed = [c for f in result.findings if f.requirement == rid for c in f.checks if c.check == check and not c.passed]
    assert failed, [(f.requirement, f.checks) for f in result.findings]
    for c in failed:
        assert c.value in text, c.value
        assert c.value in c.reason[lang]


def test_the_korean_index_map_points_each_normalised_character_at_its_source():
    from analyzer.classify.defined_terms import korean_borrowed, korean_borrowed_map, original_phrase

    text = "을은 갑이 맡긴 학생 정보를 하위 프로세서에게 다시 맡길 수 없다."
    normalised, index = korean_borrowed_map(text)
    assert normalised == korean_borrowed(text) != text
    assert len(index) == len(normalised) and index == sorted(index)
    assert original_phrase("다시 위탁할", normalised, index, text) == "다시 맡길"
    assert original_phrase("학생 개인정보", normalised, index, text) == "학생 정보"
    assert original_phrase("재수탁자에게", normalised, index, text) == "하위 프로세서에게"


BREACH_AS_INFRINGEMENT = {
    # translated DPAs call a personal data breach "개인정보 침해"; the privacy-policy complaint boilerplate is not one
    "en": ("The Supplier shall notify the Customer of any personal data breach without undue delay after becoming aware "
           "of it.", "Data subjects may contact the regulator's privacy complaints centre for help."),
    "ko": ("Vocalis는 개인정보 침해를 인지한 후 부당한 지체 없이 고객에게 통지합니다.",
           "정보주체는 개인정보침해로 인한 구제를 받기 위하여 개인정보침해신고센터 등에 상담을 신청할 수 있습니다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_breach_called_an_infringement_is_a_breach_but_complaint_boilerplate_is_not(rules_analyzer, lang):
    breach, boilerplate = BREACH_AS_INFRINGEMENT[lang]
    assert "BREACH-PROCESSOR-NOTICE" in {f.requirement for f in rules_analyzer.analyze_text(breach, lang=lang).findings}
    assert "BREACH-PROCESSOR-NOTICE" not in {f.requirement for f in rules_analyzer.analyze_text(boilerplate, lang=lang).findings}


def test_not_exceeding_a_time_is_not_handing_data_over():
    """넘기다 is "hand over" (provide) for data but "exceed" for a time limit: the deadline must survive."""
    from analyzer.classify.defined_terms import korean_borrowed

    assert korean_borrowed("을은 고객 정보를 다른 업체에 넘기지 아니한다.") == "을은 고객 개인정보를 다른 업체에 제공하지 아니한다."
    for text in ("알게 된 때부터 24시간을 넘기지 아니하고 알린다.", "기한을 넘기지 않고 회신한다.", "5일을 넘기지 않고 삭제한다.",
                 "그때부터 하루를 넘기지 아니하고 알려야 한다.", "이틀을 넘기지 않고 회신한다.", "열흘을 넘기지 않고 파기한다.",
                 "알게 된 때부터 하루(24시간)를 넘기지 아니하고 알린다.", "요청일부터 열흘(10일)을 넘기지 않고 회신한다."):
        assert korean_borrowed(text) == text


DEFINED_BREACH = {
    # the notice clause uses a defined term whose definition takes in suspected breaches
    "en": ("“Incident” means any leak, loss, theft or unauthorised access affecting Voter Information, whether "
           "established or only suspected.",
           "The Vendor shall notify the League of any personal data breach that is an Incident by telephone and e-mail "
           "within twenty-four (24) hours after learning of it."),
    "ko": ("“사고”란 개인정보의 유출, 분실, 도난 또는 훼손이 확인되었거나 그러한 의심이 드는 경우를 말한다.",
           "수탁자는 개인정보 유출 사고를 알게 된 때부터 24시간 이내에 위탁자에게 전화와 전자우편으로 알린다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_clause_using_a_defined_term_says_what_its_definition_says(rules_analyzer, lang):
    definition, clause = DEFINED_BREACH[lang]

    def status(text):
        return vendor_of(rules_analyzer, text, lang, role="processor").requirement("BREACH-PROCESSOR-NOTICE")

    alone = status(clause)
    assert alone.status == "weak" and any(c["check"] == "suspected-breach" for c in alone.failed_checks)
    apart = {"en": "1. Definitions\n1.1 {d}\n2. Term\n2.1 This Agreement runs for two years.\n9. Incidents\n9.1 {c}",
             "ko": "제1조(정의)\n① {d}\n제2조(기간)\n① 이 계약의 기간은 2년으로 한다.\n제9조(사고 통지)\n① {c}"}[lang]
    assert status(apart.format(d=definition, c=clause)).status == "met"



# the definition goes on past its verb ("… 경우를 말하고, 그러한 일이 … 의심할 만한 정황이 확인된 경우를 포함한다"; "… means
# …, and includes …"): the whole sentence is the definition
DEFINED_BREACH_LONG = {
    "en": "“Incident” means any leak, loss or theft of Patient Information, and includes any event that gives reason to "
          "suspect one.",
    "ko": "“사고”란 환자정보가 분실·도난·누출되거나 망가진 경우를 말하고, 그러한 일이 일어났다고 의심할 만한 정황이 확인된 경우를 "
          "포함한다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_definition_is_read_to_the_end_of_its_sentence(rules_analyzer, lang):
    clause = DEFINED_BREACH[lang][1]
    text = {"en": "1. Definitions\n1.1 {d}\n9. Incidents\n9.1 {c}",
            "ko": "제1조(정의)\n① {d}\n제9조(사고 통지)\n① {c}"}[lang].format(d=DEFINED_BREACH_LONG[lang], c=clause)
    r = vendor_of(rules_analyzer, text, lang, role="processor").requirement("BREACH-PROCESSOR-NOTICE")
    assert r.status == "met", r.reason


def test_definitions_of_the_data_or_the_processing_answer_no_checks(rules_analyzer):
    """What "처리" or "Personal Data" is defined to cover (collection, storage, 조회) says nothing about how a clause
    treats the data, and a Korean term is used only as a word of its own ("사고를", not inside "사고율")."""
    from analyzer.classify.defined_terms import definitions, used_definitions

    en = rules_analyzer.analyze_text('“Processing” means any operation on data, including access from abroad. '
                                     '“Incident” means any leak, whether established or suspected.', lang="en")
    ko = rules_analyzer.analyze_text('"처리"란 수집, 저장, 조회 등 모든 작업을 말한다. "사고"란 유출이 확인되었거나 의심되는 '
                                     '경우를 말한다.', lang="ko")
    assert set(definitions(en.segments)) == {"Incident"}
    assert set(definitions(ko.segments)) == {"사고"}
    used = used_definitions(definitions(ko.segments))
    assert "의심" in used("수탁자는 사고를 알게 된 때 알린다.")
    assert used("사고율 통계를 제출한다.") == ""


PLAIN_WORDS_IN_CHECKS = {
    # (a weak term the library writes in the contract's plain words, which detection and the checks read normalised:
    # 허락 as 동의; the English reading of the same term)
    "ko": "수탁자는 계약이 끝나면 여건이 허락하는 대로 위탁자의 개인정보를 반환하거나 파기한다.",
    "en": "On termination the Vendor shall return or destroy the Customer's personal data as soon as circumstances permit.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_library_phrases_in_plain_korean_are_read_as_the_text_is(rules_analyzer, lang):
    """Korean text is normalised before detection and the checks (허락 → 동의, 맡긴 → 위탁한, 하위 수탁자 → 재수탁자), so the
    library's Korean phrases also compile as the normaliser reads them; written only as the contract writes them, they
    used to never match (ENT-TERMINATION-RETURN's '여건이 허락하는' among seventy-odd). The phrase as written stays for text
    read as written."""
    r = vendor_of(rules_analyzer, PLAIN_WORDS_IN_CHECKS[lang], lang, role="processor").requirement("ENT-TERMINATION-RETURN")
    assert "vague-timing" in failed_checks(r), (r.status, r.failed_checks)


def test_every_korean_library_phrase_also_compiles_as_the_normaliser_reads_it(rules_analyzer):
    """The library-wide side of the test above, once: each plain Korean check phrase has its normalised twin."""
    from analyzer.classify.defined_terms import korean_borrowed

    twins = 0
    for req in rules_analyzer.library.requirements:
        for c in req.checks:
            sets = ([c.patterns] if c.patterns else []) + [i.patterns for i in (c.items or ())]
            for sources in ({p.source for p in ps.for_lang("ko")} for ps in sets):
                for src in (x for x in sources if not x.startswith("re:")):
                    read_as = korean_borrowed(src.rstrip("-")) + ("-" if src.endswith("-") else "")
                    assert read_as in sources, (req.id, c.id, src)
                    twins += read_as != src
    # 허락 없이, 여건이 허락하는, 고객정보 일체, 불법 접근 여부 …: the shipped library has such phrases to guard
    assert twins >= 10, twins
