"""The vendor's role read from its contract: a clause that denies a role is evidence for the other."""

from __future__ import annotations


import pytest

from helpers import vendor_of, vendor_of_documents

DENIED = {
    "en": "PayRiver receives the cardholder data as an independent controller for its own purposes. PayRiver is not the "
          "Merchant's processor or entrusted party and does not act on the Merchant's behalf.",
    "ko": "판매자는 구매자 정보를 독립적인 개인정보처리자로서 자신의 목적으로 처리하며, 판매자는 회사의 수탁자가 아니며 "
          "회사의 처리위탁을 받은 자에 해당하지 않는다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_denied_processor_role_points_to_a_recipient(rules_analyzer, lang):
    doc = rules_analyzer.analyze_text(DENIED[lang], lang=lang)
    rel = rules_analyzer.vendor_report("v", [("v/c.txt", doc)]).relationship
    assert rel.role == "recipient"
    denial = "processor" if lang == "en" else "수탁자"
    assert [s for s in doc.signals if s.kind == "role:recipient" and s.text == denial]


DENIED_WITH_ENGLISH_TERM = {
    # the role denied with the English word beside the Korean one; the English sentence denies it as plainly
    "en": "The parties confirm that each acts as an independent controller. Harbin Bay is not the Company's processor.",
    "ko": "당사자들은 각자가 독립적인 관리자로서 행위함을 확인한다. 하빈베이는 회사의 처리자(processor)가 아니다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_role_denied_beside_its_english_name_points_to_a_recipient(rules_analyzer, lang):
    """"처리자(processor)가 아니다": the denial after the bracketed English word still denies the role."""
    doc = rules_analyzer.analyze_text(DENIED_WITH_ENGLISH_TERM[lang], lang=lang)
    assert not [s for s in doc.signals if s.kind == "role:processor"], doc.signals
    assert [s for s in doc.signals if s.kind == "role:recipient" and s.text == "processor"]
    assert rules_analyzer.vendor_report("v", [("v/c.txt", doc)]).relationship.role == "recipient"


OWN_PRODUCTS = {
    # (the partner also uses the data for its own products and customers; a processor's bolt-on right to improve its
    # service, beside its entrustment, leaves it a processor)
    "en": ("The Partner may also use the member details it receives to promote its own products to its own customers.",
           "The Vendor is the Company's entrusted processor and may use the data to improve its own service."),
    "ko": ("파트너는 전달받은 회원 정보를 파트너 자신의 상품 안내와 고객 관리에도 활용할 수 있습니다.",
           "수탁자는 회사의 처리위탁을 받아 업무를 수행하며, 전달받은 정보를 자사 서비스 개선에 활용할 수 있다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_partner_using_the_data_for_its_own_products_is_a_recipient(rules_analyzer, lang):
    own, bolt_on = OWN_PRODUCTS[lang]
    assert vendor_of(rules_analyzer, own, lang).relationship.role == "recipient"
    assert vendor_of(rules_analyzer, bolt_on, lang).relationship.role == "processor"


PARTNER_TERMS_OWN_OFFERS = {
    # click-through partner terms that never name a role: the data is made available so that the partner "can offer
    # its own products", and the partner "may use the information received to market its products" (no processor
    # markets its own products with its client's data)
    "en": ("The Resort may make available to Partner information about its guests so that Partner can offer its own "
           "products and services to them. Partner may use the information received to market its products and services "
           "and those of its affiliated insurers.",
           "Partner shall not use the information received to market its products or services."),
    "ko": ("리조트는 파트너가 자신의 상품을 안내할 수 있도록 시즌권 고객 정보를 파트너에게 제공할 수 있다. 파트너는 제공받은 정보를 "
           "자신의 보험 상품 마케팅에 활용할 수 있다.",
           "파트너는 제공받은 정보를 자신의 상품 마케팅에 활용하여서는 아니 된다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_partner_terms_that_let_the_partner_market_its_products_make_a_recipient(rules_analyzer, lang):
    own, banned = PARTNER_TERMS_OWN_OFFERS[lang]
    assert vendor_of(rules_analyzer, own, lang).relationship.role == "recipient"
    # the same words under a ban are no recipient's
    doc = rules_analyzer.analyze_text(banned, lang=lang)
    assert not [s for s in doc.signals if s.kind == "role:recipient"], doc.signals


EACH_PARTY_ITS_ROLE = {
    # one sentence gives each party its role: the controller is the 개인정보처리자, the vendor the 수탁자; neither the
    # controller's role nor the two roles together are the vendor's
    "en": "The Company acts as the personal information controller, and the Vendor acts as its entrusted processor under "
          "this Addendum. The Vendor processes the data only on the Company's documented instructions.",
    "ko": "갑은 개인정보처리자로서, 을은 갑의 수탁자로서 본 부속서에 따라 개인정보를 처리한다. 을은 갑의 문서화된 지시에 따라서만 "
          "개인정보를 처리한다.",
    # the same with the subject marked 이/가 and the entrustment in between
    "en-2": "As the personal information controller, the Bakery entrusts the delivery of its subscribers' parcels to the "
            "Carrier, and the Carrier, as its entrusted processor, handles the data only for the Bakery.",
    "ko-2": "이 계약은 갑이 개인정보처리자로서 구독 회원의 배송정보 처리업무를 을에게 위탁하고, 을이 수탁자로서 갑을 위하여서만 "
            "이를 처리하는 데 필요한 사항을 정한다.",
}


@pytest.mark.parametrize("case", sorted(EACH_PARTY_ITS_ROLE))
def test_a_role_for_each_party_in_one_sentence_is_no_dual_role(rules_analyzer, case):
    lang = case[:2]
    doc = rules_analyzer.analyze_text(EACH_PARTY_ITS_ROLE[case], lang=lang)
    assert not [s for s in doc.signals if s.kind in ("role:both", "role:recipient")], doc.signals
    assert rules_analyzer.vendor_report("v", [("v/c.txt", doc)]).relationship.role == "processor"


PSEUDONYMISED_MOU = {
    # a research memorandum that says only what is handed over and under which article: Art. 28-2 makes the handing
    # over a provision, so the institute is a recipient of pseudonymised data, not the processor a silent contract
    # would default to (and the article alone, without the word, is the second sign of pseudonymised data)
    "en": "Suso will hand the Institute pseudonymised charging records every quarter. The provision is made under "
          "Article 28-2 of the Personal Information Protection Act.",
    "ko": "수소에너지는 연구소에 충전 기록을 분기마다 넘긴다. 이 제공은 개인정보 보호법 제28조의2에 따라 가명처리한 자료로 한다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_pseudonymised_data_handed_over_under_article_28_2_goes_to_a_recipient(rules_analyzer, lang):
    rel = vendor_of(rules_analyzer, PSEUDONYMISED_MOU[lang], lang).relationship
    assert (rel.role, rel.pseudonymised) == ("recipient", True), rel
    # a contract that says who processes for whom still decides the role
    entrusted = PSEUDONYMISED_MOU[lang] + (" The Institute acts as Suso's processor on Suso's instructions." if lang == "en"
                                           else " 연구소는 수소에너지의 수탁자로서 그 지시에 따라서만 처리한다.")
    assert vendor_of(rules_analyzer, entrusted, lang).relationship.role == "processor"


ARTICLE_28_2_ONLY = {
    # the article is the one sign: the dataset is called "de-identified", never pseudonymised, yet handed over under
    # Art. 28-2, and a licence to use it for the licensee's own research makes a recipient
    "en": "The Licensor grants the Licensee a licence to use the de-identified outcome dataset. The dataset is prepared "
          "under Article 28-2 of the Personal Information Protection Act for scientific research.",
    "ko": "제공기관은 연구기관에 시술 결과 자료의 이용을 허락한다. 이 자료는 「개인정보 보호법」 제28조의2에 따라 과학적 연구를 "
          "위하여 준비한 것이다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_data_handed_over_under_article_28_2_is_pseudonymised_whatever_it_is_called(rules_analyzer, lang):
    rel = vendor_of(rules_analyzer, ARTICLE_28_2_ONLY[lang], lang).relationship
    assert (rel.role, rel.pseudonymised) == ("recipient", True), rel


TRUSTEE_AND_RECIPIENT = {
    # one part entrusted, the other provided, each said of a part: both roles
    "en": "1.1 Part A (entrusted work). For Part A Gearline is the Platform's trustee and acts only on the Platform's "
          "instructions. 1.2 Part B (provision). For Part B Gearline is a recipient and decides its own processing.",
    "ko": "1. A부분(위탁 업무)에 관하여 기어라인은 플랫폼의 수탁자이며 플랫폼의 지시에 따라서만 처리한다. "
          "2. B부분(제공)에 관하여 기어라인은 제공받는 자로서 자신의 강좌 안내에 이용한다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_trustee_for_one_part_and_a_recipient_for_the_other_holds_both_roles(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, TRUSTEE_AND_RECIPIENT[lang], lang).relationship.role == "both"


SEPARATE_CONTROLLER_PART = {
    # one flow handled on the auction's behalf, the other for the exporter's own ends, each said in its own sentence:
    # "is a separate controller" names the second role as "acts as a separate controller" does
    "en": "Part A. Amman Road processes the sellers' information solely on Sinjin's behalf and on Sinjin's instructions. "
          "Part B. For the sellers who opt in, Amman Road is a separate personal information controller.",
    "ko": "A파트. 암만로드는 신진의 지시에 따라서만 판매자 정보를 처리하는 수탁자이다. "
          "B파트. 동의한 판매자의 정보에 관하여 암만로드는 별도의 개인정보처리자로서 이를 제공받는다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_processor_for_one_part_and_a_separate_controller_for_the_other_holds_both_roles(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, SEPARATE_CONTROLLER_PART[lang], lang).relationship.role == "both"


CAPACITY_ROW = {
    # a data-flow table's capacity row, one flow on the controller's instructions and the other in the partner's own right
    "en": "Capacity of Sorbonne Est: Acts for Hangaram, on Hangaram's instructions, to teach the joint modules. "
          "Receives the data as a university in its own right, to enrol students in its own degree.",
    "ko": "을의 지위: 갑의 지시에 따라 공동 과목의 교육 업무를 수행한다. 을은 자신의 사업으로서 학위 과정 등록을 위하여 "
          "학생 정보를 제공받는다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_capacity_row_naming_both_flows_makes_both_roles(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, CAPACITY_ROW[lang], lang).relationship.role == "both"


MUTUAL_DENIAL = {
    # the processor relationship denied both ways, in a GDPR-style addendum that calls the partner's own providers
    # sub-processors again and again
    "en": "Each party acts as an independent controller. Neither party is a processor of the other. The Publisher "
          "authorises Rewardly to use sub-processors; the sub-processors are listed on its website; Rewardly remains "
          "responsible for its sub-processors; sub-processors may be in Israel or the United States.",
    "ko": "당사자들은 각자가 독립적인 관리자로서 행위함을 확인한다. 어느 당사자도 상대방의 처리자가 아니다. 퍼블리셔는 "
          "리워들리가 하위처리자를 이용하는 것을 승인한다. 하위처리자 목록은 웹사이트에 게시한다. 리워들리는 하위처리자에 "
          "대하여 책임을 진다. 하위처리자는 이스라엘 또는 미국에 있을 수 있다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_processor_relationship_denied_both_ways_makes_a_recipient(rules_analyzer, lang):
    """"Neither party is a processor of the other" settles the role however often the partner's own sub-processors
    are named; without the denial, the same sub-processor wording reads as a processor's."""
    assert vendor_of(rules_analyzer, MUTUAL_DENIAL[lang], lang).relationship.role == "recipient"
    without = MUTUAL_DENIAL[lang].replace("Neither party is a processor of the other. ", "").replace(
        "어느 당사자도 상대방의 처리자가 아니다. ", "")
    assert vendor_of(rules_analyzer, without, lang).relationship.role != "recipient"


PROCESSOR = {
    "en": "The Vendor processes Customer Personal Data on behalf of the Customer as its processor. The Vendor shall not "
          "engage any sub-processor without the Customer's prior written approval and is not permitted to use the data "
          "for its own purposes.",
    "ko": "수탁자는 위탁자를 위하여 개인정보 처리업무를 수행한다. 수탁자는 위탁자의 사전 승인 없이 개인정보 처리업무를 "
          "제3자에게 재위탁하지 아니한다.",
}


DONE_FOR_THE_CLINIC = {
    # processing said plainly as done in the client's stead
    "en": "The Laboratory processes Clinic Data on behalf of the Client to provide the testing service.",
    "ko": "연구소는 검사 서비스 제공을 위하여 병원을 대신하여 병원 데이터를 처리합니다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_negated_duties_about_processors_do_not_deny_the_processor_role(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, PROCESSOR[lang], lang).relationship.role == "processor"
    r = vendor_of(rules_analyzer, DONE_FOR_THE_CLINIC[lang], lang).relationship
    assert r.role == "processor" and r.source["role"] == "inferred", r


PROVISION = {
    "en": "Personal Data Sharing Agreement. With the customer's consent, the Agency provides the passenger's name and mobile "
          "number to the Airline, which uses them for its own purposes as an independent controller.",
    "ko": "제휴 서비스 이용 약정. 회사는 회원이 동의한 경우에 한하여 회원의 성명과 연락처를 제휴사에 제공한다. 제휴사는 이를 "
          "자사 상품 안내에 이용하며, 개인정보처리자로서 개인정보 보호법상 의무를 진다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_provision_to_a_partner_for_its_own_use_is_a_recipient(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, PROVISION[lang], lang).relationship.role == "recipient"


REMOTE = {
    "en": ("The Vendor's engineers may access the hospital's EMR servers by remote access through a VPN to fix faults.",
           "The Vendor's engineers may access the EMR servers by remote access from its support centre in Manila."),
    "ko": ("수탁자는 장애 처리를 위하여 위탁자의 승인을 받아 VPN으로 EMR 서버에 원격 접속할 수 있다.",
           "수탁자는 장애 처리를 위하여 해외 개발센터에서 EMR 서버에 원격 접속할 수 있다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_remote_access_is_a_transfer_only_from_abroad(rules_analyzer, lang):
    domestic, abroad = REMOTE[lang]
    for text, overseas in ((domestic, False), (abroad, True)):
        assert vendor_of(rules_analyzer, text, lang).relationship.overseas is overseas, text


HOSTED = {
    # (servers named with a Korean place, with a foreign place)
    "en": ("The Vendor hosts the Customer's personal data on servers in its Seoul data centre and in data centres located "
           "in Busan.",
           "The Vendor hosts the Customer's personal data on servers in Singapore."),
    "ko": ("수탁자는 위탁자의 개인정보를 서울 소재 데이터센터의 서버에 보관한다.",
           "수탁자는 위탁자의 개인정보를 싱가포르에 있는 서버에 보관한다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_where_the_servers_are_decides_the_transfer(rules_analyzer, lang):
    """"Located in" or "servers in" is a transfer only when the place that follows (precedes, in Korean) is abroad."""
    domestic, abroad = HOSTED[lang]
    for text, overseas in ((domestic, False), (abroad, True)):
        assert vendor_of(rules_analyzer, text, lang).relationship.overseas is overseas, text


RECIPIENT_BOUND = {
    "en": "The Partner receives the buyers' data as an independent controller. The Partner shall not disclose the data "
          "to any third party and shall not provide it to third parties for marketing.",
    "ko": "파트너는 제공받은 개인정보를 자신의 배송 업무에 이용한다. 파트너는 제공받은 개인정보를 제3자에게 제공하지 아니한다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_ban_on_passing_data_to_third_parties_is_not_processor_evidence(rules_analyzer, lang):
    doc = rules_analyzer.analyze_text(RECIPIENT_BOUND[lang], lang=lang)
    assert not [s for s in doc.signals if s.kind == "role:processor"]
    assert rules_analyzer.vendor_report("v", [("v/c.txt", doc)]).relationship.role == "recipient"


DUAL = {
    "en": ("The Forwarder shall use Shipment Data to perform the Services. The Forwarder also uses Shipment Data for its "
           "own purposes, namely to keep its tax records and to market its direct shipping service.",
           "The Carrier acts as a processor for the delivery of orders and as an independent controller for its own "
           "loyalty programme."),
    "ko": ("을은 배송 업무를 수행하기 위하여 주문 정보를 처리하며, 을은 이를 자신의 마케팅 목적으로도 이용할 수 있다.",
           "을은 배송 업무에 관하여는 수탁자로서, 자체 멤버십 운영에 관하여는 제공받는 자로서 개인정보를 처리한다."),
}
NOT_DUAL = {
    "en": "The Forwarder shall use Shipment Data only to perform the Services and shall not also use it for its own purposes.",
    "ko": "수탁자는 위탁받은 개인정보를 위탁 업무 외에 자신의 목적으로도 이용하여서는 아니 된다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_partner_that_also_uses_the_data_for_itself_has_both_roles(rules_analyzer, lang):
    for text in DUAL[lang]:
        rel = vendor_of(rules_analyzer, text, lang).relationship
        assert rel.role == "both", text
        assert any(e.kind == "role:both" for e in rel.evidence)
    assert vendor_of(rules_analyzer, NOT_DUAL[lang], lang).relationship.role != "both"


OWN_RIGHT = {
    # recipients in paraphrase: in its own right, not as a service provider; for its own research
    "en": "We receive Cardholder Data and use it as a card issuer in our own right; we are not acting as your service "
          "provider when we do so.",
    "ko": "연구기관은 연구 데이터를 자신의 연구를 위하여 제공받으며, 이를 수면 알고리즘 연구에만 이용한다.",
}


CONTROLLER_OF_WHAT_IT_RECEIVES = {
    # the controller statement a long law citation away from "the data it receives"
    "en": "The Institute acts as data controller under Regulation (EU) 2016/679 (GDPR) for the data it receives from the "
          "Academy.",
    "ko": "연구소는 EU 일반개인정보보호규정(GDPR)에 따른 개인정보처리자로서 아카데미로부터 받은 정보를 처리한다.",
}


NAMED_OWN_RESEARCH = {
    # the recipient named in its own research: "for the University's own research"
    "en": "The Company provides the pseudonymised records to the University for the University's own research in the "
          "Project.",
    "ko": "회사는 가명정보를 대학에 제공하고, 대학은 이를 대학 자체 연구를 위하여 제공받는다.",
}


OWN_POLICIES = {
    # a partner that uses what it is sent under its own rules, as it sees fit
    "en": "The Mission may use volunteer information in accordance with its own policies, including sharing it with host "
          "families, as it sees fit.",
    "ko": "선교회는 봉사자 정보를 자신의 목적으로 이용할 수 있다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_partner_using_data_in_its_own_right_is_a_recipient(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, OWN_POLICIES[lang], lang).relationship.role == "recipient"
    assert vendor_of(rules_analyzer, OWN_RIGHT[lang], lang).relationship.role == "recipient"
    assert vendor_of(rules_analyzer, NAMED_OWN_RESEARCH[lang], lang).relationship.role == "recipient"
    assert vendor_of(rules_analyzer, CONTROLLER_OF_WHAT_IT_RECEIVES[lang], lang).relationship.role == "recipient"


SPLIT = {
    # a service contract and a separate pseudonymised-data contract with the same vendor
    "en": ("The Vendor processes Resident Information on behalf of the Customer as its processor, only on the Customer's "
           "documented instructions, and the Customer entrusts the report work to the Vendor.",
           "Under this Data Sharing Agreement the Vendor receives pseudonymised data for its own statistical work as an "
           "independent controller."),
    "ko": ("수탁자는 위탁자를 대신하여 위탁자의 지시에 따라서만 개인정보를 처리하며, 위탁자는 수탁자에게 고지서 발송 업무를 "
           "처리위탁한다.",
           "이 가명정보 제공 계약에 따라 연구기관은 가명정보를 자신의 연구를 위하여 제공받는 자로서 처리한다."),
}


ENTRUSTED_TO_HQ = {
    # the same for a dealer that entrusts its customers' data to the maker's system (service contract),
    # the maker also receiving buyer data for itself under a separate sharing agreement
    "en": ("The Dealer entrusts the processing of its customers' personal information in the DMS to the Manufacturer, which "
           "processes it on behalf of the Dealer as its processor. The Manufacturer may engage its affiliates as sub-processors.",
           "Data Sharing Agreement. The Dealer provides buyer data to the Manufacturer, which receives it as an independent "
           "controller for its own purposes. The Manufacturer is a third-party recipient."),
    "ko": ("딜러는 DMS를 통하여 처리되는 고객의 개인정보 처리업무를 본사에 위탁하며, 본사는 DMS의 운영과 저장을 수행한다. "
           "딜러는 본사가 본사의 계열회사를 하위처리자로 이용하는 것에 동의하며, 본사는 하위처리자에게 같은 의무를 부과한다.",
           "개인정보 제공 약정. 딜러는 구매 고객의 동의를 받아 고객 정보를 본사에 제공하며, 본사는 제공받는 자로서 자신의 목적으로 "
           "이용하고 독립적인 개인정보처리자로서 책임을 진다."),
}


TERMS_WITH_OWN_USE = {
    # a translated GDPR DPA beside the vendor's terms, one sentence of which lets it use the data for itself
    "en": ("The Processor processes Customer Data on the Controller's documented instructions. The Processor may engage "
           "sub-processors listed in Annex 3 and shall impose the same obligations on each sub-processor.",
           "Notwithstanding paragraph 1, Aurora may process Customer Data for its own research and product development "
           "as an independent controller."),
    "ko": ("처리자는 관리자의 문서화된 지시에 따라 고객 데이터를 처리합니다. 처리자는 부록 3의 하위처리자를 이용할 수 있으며 "
           "각 하위처리자에게 같은 의무를 부과하며, 하위처리자의 행위에 대하여 책임을 집니다.",
           "제1항에도 불구하고 오로라는 고객 데이터를 제품 연구개발이라는 자신의 목적을 위하여 독립적인 관리자로서 처리할 수 있습니다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("texts", [SPLIT, ENTRUSTED_TO_HQ, TERMS_WITH_OWN_USE],
                         ids=["pseudonymised-data", "sharing-agreement", "terms-with-own-use"])
def test_a_processor_contract_beside_a_provision_contract_makes_both_roles(rules_analyzer, lang, texts):
    service, provision = texts[lang]
    assert vendor_of_documents(rules_analyzer, {"service.txt": service, "provision.txt": provision}, lang) \
        .relationship.role == "both"
    assert vendor_of_documents(rules_analyzer, {"service.txt": service}, lang).relationship.role == "processor"


SEPARATE_CONTROLLER = {
    # the partner receives as its own controller, the processor role is denied in passing, and no entrustment is made
    "en": "Tamna provides Booking Data to Breeze so that Breeze can perform the rental contract with the Renter. Breeze "
          "receives Booking Data as a separate personal information controller for those purposes and not as Tamna's "
          "processor. Tamna does not entrust any processing to Breeze.",
    "ko": "탐나는 렌터카 계약 이행을 위하여 예약 정보를 브리즈에게 제공한다. 브리즈는 위 목적을 위하여 별도의 개인정보처리자로서 "
          "예약 정보를 받으며, 탐나의 수탁자로서 받는 것이 아니다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_separate_controller_that_is_not_a_processor_is_a_recipient(rules_analyzer, lang):
    """"and not as Tamna's processor", "수탁자로서 받는 것이 아니다" and "does not entrust" deny the processor role; a
    sentence naming both roles, the second denied, is no dual role."""
    rel = vendor_of(rules_analyzer, SEPARATE_CONTROLLER[lang], lang).relationship
    assert rel.role == "recipient"


PARTS = {
    # one document, two clauses: a processor for one part of the work, a controller of its own for another
    "en": "2.1 For entitlement checks and billing reports the Partner acts on the Operator's behalf as its entrusted "
          "processor. 2.2 For the accounts it opens for subscribers, the Partner acts as an independent controller that "
          "receives the Shared Data from the Operator. 3.1 The Partner shall not engage sub-processors without consent.",
    "ko": "제2조 ① 을은 요금 정산 업무에 관하여 갑의 수탁자로서 개인정보를 처리한다. ② 을이 가입자 계정을 직접 운영하는 "
          "부분에 관하여 을은 독립된 개인정보처리자로서 갑으로부터 개인정보를 제공받는다. 제3조 을은 재위탁하지 아니한다.",
}
EACH_PARTY = {
    # both parties controllers of their own contact data: no second role for a processor
    "en": "The Vendor processes Customer Personal Data as the Customer's processor on documented instructions. Each party "
          "acts as an independent controller of the business contact details of the other party's staff.",
    "ko": "을은 갑의 수탁자로서 갑의 지시에 따라서만 위탁받은 개인정보를 처리하며, 위탁업무를 재위탁하지 아니한다. "
          "각 당사자는 상대방 담당자의 연락처에 관하여 독립된 개인정보처리자로서 이를 처리한다.",
}


PARTS_IN_PLAIN_ROLES = {
    # the two parts named by the role each makes the partner play, without "processor" or "controller"
    "en": "Part A. The Owners entrust the processing of Officer Data to the Crew Managers, who act as the Owners' "
          "entrusted party and process it solely on the Owners' behalf. Part B. The Owners provide Rating Data to the "
          "Crew Managers, who receive it as a recipient of personal information and use it in their own right.",
    "ko": "제2조 ① 을은 선원 교대 업무에 관하여 갑의 수탁자로서 개인정보를 처리한다. ② 을이 자체 인력풀을 운영하는 부분에 관하여 "
          "을은 갑으로부터 개인정보를 제공받는 자로서 이를 자신의 목적으로 이용한다.",
}


PARTS_BY_USE = {
    # the parts named by what the partner does: on the customer's instructions, and for its own use
    "en": "Part A (Field Services). In delivering letters and gifts, the Partner acts on behalf of the Charity and on its "
          "instructions. Part B (Partner's own use). The Partner may also use Sponsor names in its newsletters.",
    "ko": "제2조 ① 을은 편지 전달 업무에 관하여 처리자로서 갑의 지시에 따라 후원자 정보를 처리한다. ② 을은 소식지 발행에 관하여 "
          "독립적인 관리자로서 후원자 성명을 이용할 수 있다.",
}
PARTS_IN_STEAD = {
    # the work done in the city's stead and on its instructions, and the data received as the partner's own business
    "en": "Article 3. (1) The Centre carries out the following tasks on the City's behalf and on its instructions: homestay "
          "placement and local transport. (2) The Centre receives participants' details for its own alumni network as an "
          "independent controller, only where the participants have separately consented.",
    "ko": "제3조 ① 센터는 다음 각 호의 업무를 가람시를 위하여 대신 처리한다. 이 업무에 관하여 센터는 가람시의 지시와 이 협약에 "
          "따라서만 정보를 다룬다. ② 센터는 동문 네트워크 운영을 위하여 자신의 사업으로서 참가자 정보를 제공받는다. 이 제공은 "
          "참가자가 별도로 동의한 경우에만 이루어진다.",
}
DERIVED_ONLY = {
    # own use of aggregated or de-identified data leaves a processor a processor
    "en": "The Vendor acts as the Customer's processor and processes Customer Data only on documented instructions. To the "
          "extent the Vendor uses aggregated or de-identified data derived from Customer Data, it acts as an independent "
          "controller for its own purposes.",
    "ko": "을은 갑의 수탁자로서 갑의 지시에 따라서만 고객 데이터를 처리한다. 을이 고객 데이터에서 도출한 집계 또는 비식별 데이터를 "
          "이용하는 범위에서 을은 독립적인 관리자로서 이를 자신의 목적으로 이용할 수 있다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_processor_for_one_part_and_a_controller_for_another_has_both_roles(rules_analyzer, lang):
    rel = vendor_of(rules_analyzer, PARTS[lang], lang).relationship
    assert rel.role == "both"
    assert vendor_of(rules_analyzer, PARTS_IN_PLAIN_ROLES[lang], lang).relationship.role == "both"
    assert vendor_of(rules_analyzer, PARTS_BY_USE[lang], lang).relationship.role == "both"
    assert vendor_of(rules_analyzer, PARTS_IN_STEAD[lang], lang).relationship.role == "both"
    assert vendor_of(rules_analyzer, EACH_PARTY[lang], lang).relationship.role == "processor"
    assert vendor_of(rules_analyzer, DERIVED_ONLY[lang], lang).relationship.role == "processor"


HOME_ABROAD = {
    # no transfer wording, but the partner's seat, its law and where the data is held are all one foreign country
    "en": ("Skyline Access Limited, 18/F Harbour Road, Wan Chai, Hong Kong, receives member names each week. Notices go "
           "to Skyline in Hong Kong. This Agreement is governed by the laws of Hong Kong."),
    "ko": ("스카이라인 액세스(홍콩 완차이 하버로드 18층)는 매주 회원 성명을 받는다. 통지는 홍콩의 스카이라인에 한다. "
           "이 계약은 홍콩 법을 준거법으로 한다."),
}
MENTIONED_ONCE = {
    "en": "The Vendor, a Seoul company, prints member cards. Its printers were made in Japan.",
    "ko": "서울 소재 을은 회원 카드를 인쇄한다. 인쇄기는 일본에서 만든 것이다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_partner_whose_home_is_abroad_receives_data_abroad(rules_analyzer, lang):
    rel = vendor_of(rules_analyzer, HOME_ABROAD[lang], lang).relationship
    assert rel.overseas and rel.countries == ("HK",)
    assert not vendor_of(rules_analyzer, MENTIONED_ONCE[lang], lang).relationship.overseas


WORLDWIDE = {
    # the people who handle the data work from many countries
    "en": "Our testers are independent contractors based all over the world (currently in more than 40 countries). If a "
          "test account contains real personal data, we only handle it to run your test cycles.",
    "ko": "당사의 테스터는 세계 각국에 있는 프리랜서이며, 테스트 계정에 실제 개인정보가 있으면 테스트 수행에만 이용합니다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_data_handled_by_people_around_the_world_goes_abroad(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, WORLDWIDE[lang], lang).relationship.overseas


AS_RECIPIENT = {
    "en": "Lumen receives the Shared Data as a recipient for its own purpose of producing audience statistics.",
    "ko": "루멘은 시청 통계 작성이라는 자신의 목적을 위하여 공유 데이터를 제공받는 자로서 받는다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_partner_receiving_as_a_recipient_for_its_own_purpose_is_a_recipient(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, AS_RECIPIENT[lang], lang).relationship.role == "recipient"


PSEUDONYMISED_WORDING = {
    # the dataset is pseudonymised "by the Customer", and re-identification is banned
    "en": "Each quarter the Customer may provide the Institute with a dataset pseudonymised by the Customer under Article "
          "28-2 of PIPA. The Institute shall not attempt re-identification of any individual.",
    "ko": "갑은 분기마다 가명처리한 데이터셋을 연구소에 제공하며, 연구소는 재식별을 시도하여서는 아니 된다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_data_pseudonymised_by_the_provider_is_pseudonymised_data(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, PSEUDONYMISED_WORDING[lang], lang).relationship.pseudonymised


STORED_ABROAD = {
    # where the data is kept, said in one sentence about the data itself
    "en": ("Listener Data is stored in the United States.", "Listener Data is stored in the Republic of Korea only."),
    "ko": ("청취자 정보는 미국에 저장된다.", "청취자 정보는 대한민국에 저장된다."),
}
HOSTED_BY_US = {
    # the same said of the vendor in the present tense ("hosts", "보관합니다")
    "en": ("Provider hosts Customer Data in the United States.", "Provider hosts Customer Data in Seoul."),
    "ko": ("회사는 회원 정보를 미국에 보관합니다.", "회사는 회원 정보를 서울에 보관합니다."),
}


WORKED_FROM_ABROAD = {
    # the data is processed or worked on from a foreign place, though the servers are in Korea; the same work done
    # from a Korean office is domestic
    "en": ("Tradewinds receives Member Data as an independent controller and may process Member Data in the United "
           "States.",
           "Tradewinds receives Member Data as an independent controller and may process Member Data in Seoul."),
    "ko": ("서비스 제공자의 검수 인력은 고객의 관리자 콘솔(대한민국 소재 서버)에 접속하여 서비스를 수행한다. 서비스 제공자는 "
           "싱가포르 본사 및 필리핀 마닐라 소재 운영센터에서 개인정보에 접근하여 검수를 수행한다.",
           "서비스 제공자의 검수 인력은 고객의 관리자 콘솔(대한민국 소재 서버)에 접속하여 서비스를 수행한다. 서비스 제공자는 "
           "서울 본사 및 부산 소재 운영센터에서 개인정보에 접근하여 검수를 수행한다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("texts", [STORED_ABROAD, HOSTED_BY_US, WORKED_FROM_ABROAD], ids=["stored", "hosted", "worked-from"])
def test_data_stored_or_worked_on_in_a_foreign_country_goes_abroad(rules_analyzer, lang, texts):
    """Storage abroad, and remote work from abroad even when the servers stay in Korea (Art. 28-8(1) includes 조회)."""
    abroad, home = texts[lang]
    rel = vendor_of(rules_analyzer, abroad, lang).relationship
    assert rel.overseas
    if texts is not WORKED_FROM_ABROAD:
        assert rel.countries == ("US",)
    assert not vendor_of(rules_analyzer, home, lang).relationship.overseas


RECIPIENT_BY_CONTRAST = {
    # "a recipient …, not a processor": the contrast denies the processor role; provision "as a third party"
    "en": "Developer provides the information in Schedule A to Keystone as a third party, and Keystone uses it for its own "
          "business of mortgage consultation. Keystone is therefore a recipient handling the information on its own "
          "responsibility, not a processor acting for Developer.",
    "ko": "갑은 별표 A의 정보를 제3자인 을에게 제공하고, 을은 이를 자신의 대출 상담 사업에 이용한다. 따라서 을은 자신의 책임으로 "
          "정보를 처리하는 제공받는 자이며, 갑을 위하여 처리하는 수탁자가 아니다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_recipient_contrasted_with_a_processor_is_a_recipient(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, RECIPIENT_BY_CONTRAST[lang], lang).relationship.role == "recipient"


PLATFORM_TERMS = {
    # a crowdfunding platform's short terms to its creators: nothing else says what role the creator holds
    "en": "These terms explain what you may do with information about the people who back your project. When someone backs "
          "your project, we give you their name, shipping address and e-mail address. You may use backer information to "
          "deliver rewards and answer backers' questions.",
    "ko": "이 약관은 클래스 호스트님이 수강생 정보를 어떻게 다루어야 하는지 안내합니다. 수강생이 클래스를 신청하면 회사는 수강생의 "
          "성명과 연락처를 호스트님께 제공합니다. 호스트님은 이 정보를 수업 안내와 일정 변경 연락에만 쓸 수 있습니다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_platform_handing_its_users_details_to_the_partner_it_addresses_makes_a_recipient(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, PLATFORM_TERMS[lang], lang).relationship.role == "recipient"


TWO_PARTS = {
    # one annex: an entrusted part and a part the agency takes for its own use, named by its party name
    "en": "Part A (Entrusted Work): Agency handles member and order data on behalf of Brand, as Brand's entrusted processor. "
          "Part B (Audience Pool): Brand provides member data to Agency for Agency's own use in building its audience. "
          "For Part B, Agency is a separate handler of personal information.",
    "ko": "가. 위탁 업무: 대행사는 브랜드를 위하여 회원 및 주문 정보를 처리하는 수탁자로서 처리업무를 위탁받아 수행한다. "
          "나. 자체 이용: 브랜드는 회원 정보를 대행사에 제공하며, 대행사는 이를 자신의 목적으로 이용하는 개인정보처리자로서 "
          "제공받는 자의 의무를 진다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_an_entrusted_part_and_a_part_for_the_partners_own_use_make_both_roles(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, TWO_PARTS[lang], lang).relationship.role == "both"


CONTROLLERS_OWN = {
    # the controller's own purposes and a notice to the members themselves are no recipient wording
    "en": "The Vendor processes the personal data on behalf of the Customer, only for Customer's own business purposes, as its "
          "processor.",
    "ko": "수탁자는 위탁자를 위하여 개인정보 처리업무를 수행한다. 위탁자는 요청이 있으면 개인정보 열람 결과를 회원님께 제공합니다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_controllers_own_purposes_and_notices_to_members_are_no_recipient_signal(rules_analyzer, lang):
    doc = rules_analyzer.analyze_text(CONTROLLERS_OWN[lang], lang=lang)
    assert not [s.text for s in doc.signals if s.kind == "role:recipient"]
    assert rules_analyzer.vendor_report("v", [("v/c.txt", doc)]).relationship.role == "processor"


ONE_SENTENCE_ABROAD = {
    # one plain statement of where the partner is or works with the data: a city, a cloud region, a team, a seat
    "en": [("Member data resides in Tokyo.", "JP"),
           ("Customer Data is hosted on AWS in the us-east-1 region.", "US"),
           ("The Supplier's support team in Manila may view tickets containing customer names.", "PH"),
           ("Personal data may be processed by our affiliates in India.", "IN"),
           ("The Vendor, a company incorporated in Singapore, receives the buyers' names and addresses.", "SG")],
    "ko": [("회원 정보는 독일 프랑크푸르트에 보관된다.", "DE"),
           ("판매자는 중국의 물류창고에서 구매자의 성명과 주소로 상품을 발송한다.", "CN"),
           ("수탁자는 베트남 하노이 사무소에서 고객 정보를 조회합니다.", "VN"),
           ("회사는 데이터를 미국 AWS 리전에 보관합니다.", "US")],
}
ONE_SENTENCE_AT_HOME = {
    "en": ["The Vendor, a company incorporated in Korea, stores Member data in Seoul.",
           "Our offices in Seoul handle all customer data.",
           "Disputes shall be referred to the London Court of International Arbitration."],
    "ko": ["회원 정보는 서울 본사에 보관된다.", "수탁자는 판교 사무소에서 고객 정보를 조회합니다.",
           "회사는 데이터를 서울 AWS 리전에 보관합니다."],
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_one_plain_statement_of_a_foreign_place_is_a_transfer(rules_analyzer, lang):
    for text, code in ONE_SENTENCE_ABROAD[lang]:
        rel = vendor_of(rules_analyzer, text, lang).relationship
        assert rel.overseas and code in rel.countries, (text, rel.countries)
    for text in ONE_SENTENCE_AT_HOME[lang]:
        assert not vendor_of(rules_analyzer, text, lang).relationship.overseas, text


PLAIN_ROLE_STATEMENTS = {
    # plain statements of whose ends the partner serves, without a DPA's "recipient" or "controller": its own
    # ends make a recipient, work on the customer's instructions beside its own use of the same details makes both
    "en": [("The Clinic will use the referral data to provide its own medical services to the patient.", "recipient"),
           ("The Partner may use the Member information to send its own offers to Members who opted in.", "recipient"),
           ("Stadium Lab receives the pseudonymised dataset for its research.", "recipient"),
           ("The Company provides the Customer's name and phone number so that the Installer can contract directly "
            "with the Customer.", "recipient"),
           ("Giftory acts as the issuer of the voucher and not on your behalf.", "recipient"),
           ("Each Hotel uses the guest details it receives under its own privacy policy.", "recipient"),
           ("The Installer performs the installation on the Company's behalf and on its instructions. The Installer "
            "may also use the Customer's contact details to offer its own maintenance plans.", "both"),
           ("For delivery, the Partner acts as our processor. For its loyalty programme, the Partner uses member "
            "details under its own privacy policy.", "both"),
           ("The Contractor handles patient records solely on behalf of the Hospital and shall not use them for its "
            "own purposes.", "processor"),
           ("The Provider shall not use Customer Data to send its own offers.", "processor"),
           ("The Processor acts on the Customer's behalf and on its documented instructions and shall not use "
            "Customer Data for its own purposes.", "processor"),
           # a processor role for one part, data the vendor owns for the rest
           ("If you upload a customer list, we use it only to find matching shoppers. For that work we act as your "
            "service provider. Event Data belongs to us, and we use it to build our audience products.", "both"),
           # the role denied with an adjective between ("not the Hospital's entrusted processor")
           ("The Lab is not the Hospital's entrusted processor. The Lab shall not engage a sub-processor without "
            "approval.", "recipient"),
           # whose data it is says nothing of who holds it
           ("The Agent processes buyers' personal data only to carry out the refund work entrusted to it by the "
            "Merchant.", "processor"),
           # each side answers for its own use of the data; notices for "data we control"
           ("Each of us is responsible for its own use of shopper data under the privacy laws that apply to it.",
            "recipient"),
           ("We'll handle any notifications the law requires us to make for data we control.", "recipient"),
           # the roles scoped to two sets of data
           ("In respect of Service Data, the Bank is the Controller and the Aggregator is the Processor. In respect of "
            "Account Data, each Party is an independent Controller.", "both"),
           ("In respect of Customer Data, the Customer is the controller and the Vendor is the processor.", "processor"),
           # the partner's own clients, its own account; entrustment and provision named together
           ("The Store and the Concierge each act as a separate and independent data user or controller in respect of "
            "the Referral Data. The Concierge contracts with each member directly and on its own account.", "recipient"),
           ("The Foundation sends the monthly update in the Bank's name. Both the Part A entrustment and the Part B "
            "provision involve transfer of personal information outside Korea.", "both"),
           # the data handled "as an independent business", not the contractor's independence
           ("Once a Profile reaches us, we handle it as an independent business under our Privacy Policy.", "recipient"),
           ("The Vendor performs the Services as an independent business and processes Customer Data only on the "
            "Customer's instructions.", "processor")],
    "ko": [("병원은 제공받은 의뢰 정보를 자신의 진료 목적으로 이용한다.", "recipient"),
           ("회사는 설치기사가 고객과 직접 계약할 수 있도록 고객의 성명과 연락처를 설치기사에게 제공합니다.", "recipient"),
           ("설치기사는 회사의 지시에 따라 설치 업무를 수행한다. 설치기사는 고객의 연락처를 자신의 유지보수 상품 안내에도 "
            "이용할 수 있다.", "both"),
           ("대행사는 갑의 지시에 따라서만 추심 업무를 수행하며, 자신의 목적으로 이용하지 아니한다.", "processor"),
           ("설치기사는 회사의 지시에 따라 설치 업무를 수행하며, 고객의 연락처를 자신의 목적으로 이용하지 아니한다.", "processor"),
           ("가맹사업자는 포인트 적립 업무에 관하여 프로세서(Processor)로서 본사의 지시에 따라 회원 데이터를 처리한다. "
            "가맹사업자가 현지 마케팅을 위하여 회원 데이터를 이용하는 범위에서 가맹사업자는 독립적인 컨트롤러로서 이를 "
            "처리한다.", "both"),
           ("병원은 연구소에 가명정보를 제공한다. 연구소는 병원의 수탁자가 아니며, 승인 없이 재위탁하지 아니한다.", "recipient"),
           ("대행사는 가맹점으로부터 위탁받은 환급 업무를 수행하기 위하여 필요한 범위에서 구매자의 개인정보를 처리한다.",
            "processor"),
           # 두 역할을 "수탁자이며", "제공받는 자이다"로 밝힌 경우
           ("웰컴키트 배송에 관하여 후원사는 구단의 업무를 대신 처리하는 수탁자이며, 배송 정보를 목적 외로 쓸 수 없다. "
            "마케팅 정보에 관하여 후원사는 별도로 동의한 회원의 정보를 자신의 목적으로 제공받는 자이다.", "both"),
           ("배송 대행사는 회사의 업무를 대신 처리하는 수탁자이며, 배송 정보를 목적 외로 쓸 수 없다.", "processor"),
           ("각 당사자는 회원 정보를 각자의 목적으로 이용하며, 관계 법령에 따른 책임을 각자 진다.", "recipient"),
           ("이 부속합의서는 회원 개인정보 처리위탁 및 제공에 관한 사항을 정한다. 후원사는 배송 업무를 수행한다.", "both"),
           ("회사는 전달받은 프로필 정보를 독립된 사업자로서 회사의 개인정보 처리방침에 따라 처리합니다.", "recipient"),
           ("을은 독립된 사업자로서 용역을 수행하며, 갑의 지시에 따라서만 고객 정보를 처리한다.", "processor")],
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_plain_statements_of_whose_ends_the_partner_serves_decide_the_role(rules_analyzer, lang):
    for text, role in PLAIN_ROLE_STATEMENTS[lang]:
        assert vendor_of(rules_analyzer, text, lang).relationship.role == role, text


NEITHER_ON_BEHALF = {
    # neither party handles the data for the other; the partner promotes its own services with it
    "en": ("We decide why and how entry information is used, and we are responsible for it once it reaches us. You do not "
           "handle it on our behalf and we do not handle it on yours.",
           "We decide why and how entry information is used. You handle it on our behalf and we do not handle it on yours."),
    "ko": ("파트너는 고객이 원하는 경우 자신의 다른 여행 서비스 안내와 향후 상품 홍보를 위하여 고객에게 연락할 수 있습니다.",
           "파트너는 자신의 다른 여행 서비스 안내와 상품 홍보를 위하여 고객 정보를 이용하지 아니합니다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_neither_partys_processor_or_a_partner_promoting_itself_is_a_recipient(rules_analyzer, lang):
    recipient, not_recipient = NEITHER_ON_BEHALF[lang]
    assert vendor_of(rules_analyzer, recipient, lang).relationship.role == "recipient"
    # one-sided wording, or the own promotion barred, is no recipient evidence
    assert vendor_of(rules_analyzer, not_recipient, lang).relationship.role != "recipient"


@pytest.mark.parametrize("lang,text,denied", [
    ("en", "Bloom is not the Shop's processor.", "processor"),
    # the polite register: 아닙니다
    ("ko", "파트너사는 회사의 수탁자가 아닙니다.", "수탁자"),
])
def test_a_role_denied_in_the_polite_register_is_denied(rules_analyzer, lang, text, denied):
    doc = rules_analyzer.analyze_text(text, lang=lang)
    assert [s for s in doc.signals if s.kind == "role:recipient" and s.text == denied]
    assert not [s for s in doc.signals if s.kind == "role:processor"]


WAIVED_PROCEDURE = {
    # a term that waives the transfer rules is no statement that the data stays in Korea
    "en": ("Falcon Air PJSC, a company of the United Arab Emirates, receives member names. Notices go to Falcon Air in the "
           "United Arab Emirates. This Schedule is governed by the laws of the United Arab Emirates. The parties agree that "
           "no separate procedure for transfers outside Korea is required for this provision."),
    "ko": ("팔콘항공(아랍에미리트 소재)은 회원 성명을 제공받는다. 통지는 아랍에미리트의 팔콘항공에 한다. 이 부속서는 아랍에미리트 법을 "
           "준거법으로 한다. 당사자들은 이 제공에 관하여 별도의 국외 이전 절차가 필요하지 아니하다는 데 합의한다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_waived_transfer_procedure_is_no_domestic_statement(rules_analyzer, lang):
    rel = vendor_of(rules_analyzer, WAIVED_PROCEDURE[lang], lang).relationship
    assert rel.overseas and rel.countries == ("AE",)


PROVISION_NAMED = {
    # the agreement and the party named for a provision, beside a hosting processor the recipient engages
    "en": ("Agreement on the Provision of Pseudonymised Data for Scientific Research\n\nThis Agreement is between Inyeon Lab "
           "Co., Ltd. (the \"Provider\") and the University of Alvorada (the \"Recipient\").\n\nThe Recipient may host the "
           "data with the processor approved in Schedule 2 and shall not engage any other service provider."),
    "ko": ("과학적 연구를 위한 가명정보 제공 계약서\n\n이 계약은 인연랩 주식회사(이하 \"제공자\")와 알보라다 대학교(이하 \"제공받는 자\") "
           "사이에 체결한다.\n\n제공받는 자는 별표 2에서 승인된 수탁자에게만 보관을 맡길 수 있다."),
}
PARTS_ON_INSTRUCTIONS = {
    # one part handled for the publisher on its instructions, another received as a separate business
    "en": ("Halvard processes Operated Data for Byeolgaram and under Byeolgaram's instructions. Halvard receives Promotion "
           "Data as a separate business that decides for itself how to use it."),
    "ko": ("할바드는 운영 데이터를 별가람을 위하여 수탁자로서 처리한다. 할바드는 홍보 데이터를 제공받는 자로서 스스로 이용 방법을 "
           "정한다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_provision_named_by_the_agreement_and_the_party_makes_a_recipient(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, PROVISION_NAMED[lang], lang).relationship.role == "recipient"


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_part_handled_on_instructions_and_a_part_received_as_a_business_make_both_roles(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, PARTS_ON_INSTRUCTIONS[lang], lang).relationship.role == "both"


RECIPIENT_IN_OTHER_WORDS = {
    # the role words defined, denied for both parties, and the recipient's own processors; the processor role denied
    # beside the partner's own one
    "en": ("“Controller”, “processor” and “processing” have the meanings given in Applicable Data Protection Law. Each "
           "party is an independent controller of the Shared Personal Data. Nothing in this Addendum makes either party a "
           "processor of the other. The Receiving Party may transfer Shared Personal Data to its processors and suppliers.",
           "Ledgerpine prepares each assignee's returns as the assignee's own tax preparer, not as Seokyung's service "
           "provider."),
    # plain words of own use and responsibility; the party named the recipient in a provision contract's title
    "ko": ("현지기관은 숙소 배정과 현지 안전 관리라는 자신의 현지 운영 업무를 위하여 단원 정보를 넘겨받으며, 그 처리에 대하여 "
           "스스로 책임을 진다.",
           "가명정보 제공 및 연구협력 계약서\n\n주식회사 핏온(이하 \"제공자\")과 모르페 연구소(이하 \"수령자\")는 제공자가 보유한 "
           "체형 정보를 가명처리하여 수령자의 연구에 쓰도록 하는 조건을 다음과 같이 정한다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_recipient_in_other_words_is_a_recipient(rules_analyzer, lang):
    """The role words a definitions clause lists, a denial that neither party is the other's processor and the
    recipient's own processors are no processor evidence; a denied processor role, own work taken on under one's
    own responsibility (넘겨받으며 … 스스로 책임) and a party named the recipient (이하 "수령자") point to a recipient."""
    for text in RECIPIENT_IN_OTHER_WORDS[lang]:
        doc = rules_analyzer.analyze_text(text, lang=lang)
        assert not [s for s in doc.signals if s.kind == "role:processor"], doc.signals
        assert vendor_of(rules_analyzer, text, lang).relationship.role == "recipient", text


SCOPED_ROLES = {
    "en": "For the attribution service Vektora acts as the Customer's processor. For processing under clause 5.3 Vektora "
          "acts as an independent controller under its own privacy policy.",
    "ko": "고객은 컨트롤러이고 벡토라는 고객을 대신하여 어트리뷰션 서비스를 제공하는 범위에서 처리자입니다. 약관 제5조제3항에 따른 "
          "처리에 관하여는 벡토라가 독립적인 컨트롤러입니다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_processor_and_a_controller_statement_in_plain_predicates_make_both_roles(rules_analyzer, lang):
    """A translated DPA says 처리자입니다 (is the processor) as well as 처리자로서: with the controller statement for
    another part of the work, the partner holds both roles; the Act's 개인정보처리자 and 하위처리자 are no such
    statement."""
    assert vendor_of(rules_analyzer, SCOPED_ROLES[lang], lang).relationship.role == "both"
    if lang == "ko":
        text = "하위처리자는 별표 2와 같습니다. 회사는 개인정보처리자입니다. 판매자는 독립적인 컨트롤러입니다."
        assert vendor_of(rules_analyzer, text, lang).relationship.role == "recipient"


PARTY_NAMED_IN_QUOTES = {
    "en": ('Nimbus Cloud Ltd (the "Processor") processes the Customer\'s data. The Processor’s staff are bound by '
           'confidentiality.'),
    "ko": '주식회사 누리(이하 "수탁자")는 위탁자의 개인정보 처리업무를 수행한다.',
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_party_named_in_quotes_keeps_its_role(rules_analyzer, lang):
    """Only a role word quoted on its own ('"processor" has the meaning given …') is no evidence: a party named
    '(the "Processor")' or '(이하 "수탁자")', and "the Processor’s staff", still are."""
    doc = rules_analyzer.analyze_text(PARTY_NAMED_IN_QUOTES[lang], lang=lang)
    procs = [s.text for s in doc.signals if s.kind == "role:processor"]
    named = ["Processor", "Processor"] if lang == "en" else ["수탁자"]  # '(the "Processor")' and "the Processor’s"
    assert [t for t in procs if t in named] == named, procs
    assert vendor_of(rules_analyzer, PARTY_NAMED_IN_QUOTES[lang], lang).relationship.role == "processor"


LOCATED = {
    # statements that place the data, at home or abroad, in a sentence or a table row
    "en": ["All recipient information is stored on our servers in Korea.",
           "Brightwave processes the data at its offices in London, United Kingdom.",
           "Storage location: Amazon Web Services, Oregon region, United States.",
           "The support team in Manila may view tickets that contain customer names.",
           "Neither the Contractor nor any subcontractor may store Cardholder Information outside the Republic of Korea.",
           "The work is done only at the sites in Schedule 3, all of which are in the Republic of Korea."],
    "ko": ["이전 국가: 싱가포르, 미국(오리건 리전)",
           "회원 정보는 서울 소재 데이터센터에 보관한다.",
           "수탁자는 개인정보를 국내에서만 처리한다.",
           "필리핀 마닐라 소재 운영센터에서 상담원이 주문 정보를 조회한다.",
           "을과 재수탁자는 어느 쪽도 고객 정보를 대한민국 밖에 보관하지 아니한다.",
           "작업은 별표 3의 사업장에서만 하며, 그 사업장은 모두 대한민국에 있다."],
}
NOT_LOCATED = {
    # a party's seat places the company, not the data; a bar that yields to consent says where the data may go
    "en": ["This Agreement is between Gaon Media Co., Ltd. and AdNex Asia Pte. Ltd., a company incorporated in Singapore.",
           "The Contractor shall not store the Customer Data outside Korea without the Customer's prior consent."],
    "ko": ["주식회사 핏플랜과 싱가포르 법인 AdNex Asia Pte. Ltd.는 다음과 같이 계약을 체결한다.",
           "을은 갑의 동의 없이 개인정보를 국외로 반출하지 아니한다."],
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_statements_that_place_the_data_make_the_vendor_located(rules_analyzer, lang):
    """`located` (the name ROLE-CLASSIFY's location checks read) is true when any document says where the data is
    kept, handled or accessed from, and it shows the statement as evidence."""
    for text in LOCATED[lang]:
        rel = vendor_of(rules_analyzer, text, lang).relationship
        assert rel.located, text
        assert any(e.kind == "located" for e in rel.evidence), text
        assert rel.to_dict()["located"] is True
    for text in NOT_LOCATED[lang]:
        assert not vendor_of(rules_analyzer, text, lang).relationship.located, text


IDENTIFICATION_BARRED = {
    # pseudonymised data named once, and a bar on identifying anyone from it (Art. 28-5 in other words)
    "en": ("The Provider gives the Recipient run data in pseudonymised form for the heat-illness study. The Recipient shall "
           "not try to identify any individual from the dataset."),
    "ko": ("제공자는 폭염 연구를 위하여 달리기 기록을 가명처리한 자료를 이용기관에 제공한다. 이용기관은 특정 개인을 알아보기 "
           "위한 목적으로 자료를 처리하여서는 아니 된다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_bar_on_identifying_anyone_marks_pseudonymised_data(rules_analyzer, lang):
    text = IDENTIFICATION_BARRED[lang]
    assert vendor_of(rules_analyzer, text, lang).relationship.pseudonymised
    # the pseudonymised data alone, named once, is not enough
    assert not vendor_of(rules_analyzer, text.split(". " if lang == "en" else "다. ")[0], lang).relationship.pseudonymised


PROVISION_LETTER = {
    # a letter whose subject line names a provision, with no role word in the body
    "en": ("Re: Provision of the seconded workers' personal information\n\nWe send the workers' files under clause 9 of the "
           "Joint Venture Agreement. Najd Rimal uses them to obtain visas and residence permits as their sponsor."),
    "ko": ("제목: 주바일 프로젝트 파견 인력의 개인정보 제공에 관한 건\n\n협약 제9조에 따라 파견 인력 서류를 보내드립니다. NRC는 "
           "스폰서로서 취업비자와 거주허가 발급에 이 정보를 씁니다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_letter_about_a_provision_makes_a_recipient(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, PROVISION_LETTER[lang], lang).relationship.role == "recipient"


PART_FOR_ITS_OWN_ENDS = {
    # a processor agreement heavy with processor words, one part of which is for the partner's own ends
    "en": ("In Part A, Seorak entrusts the FleetKey service to Brandtvik, which acts on Seorak's documented instructions and "
           "may engage the sub-processors listed in Schedule 2; each sub-processor is bound by this Agreement. In Part B, "
           "Brandtvik receives a limited set of machine data for its own product safety work."),
    "ko": ("A파트에서 을은 갑으로부터 운전자 관리 업무를 위탁받은 수탁자로서 갑의 지시에 따라 처리하며, 별표 2의 재수탁자만 이용할 수 "
           "있고 재수탁자에게 같은 의무를 지운다. B파트에서 을은 자신의 제품 안전 목적으로 장비 데이터를 제공받는다."),
}
SPLIT_DOCUMENTS = {
    # terms that speak only of entrustment (twice) beside an addendum for a provision
    "en": ("The Partner handles wash bookings as the Company's entrusted processor. The Partner processes members' data "
           "only on the Company's documented instructions.",
           "The Partner receives members' contact details as a third-party recipient for its own marketing. The Partner, as "
           "recipient of the personal information, keeps it for one year."),
    "ko": ("파트너는 제2조의 업무에 관하여 회사로부터 개인정보 처리를 위탁받은 수탁자입니다.",
           "파트너는 마케팅 동의 회원의 정보를 제공받는 자로서 자신의 상품 안내에 이용합니다. 제공받은 정보는 1년간 보관합니다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_part_for_the_partners_own_ends_or_a_separate_provision_makes_both_roles(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, PART_FOR_ITS_OWN_ENDS[lang], lang).relationship.role == "both"
    terms, addendum = SPLIT_DOCUMENTS[lang]
    both = vendor_of_documents(rules_analyzer, {"terms.txt": terms, "addendum.txt": addendum}, lang)
    assert both.relationship.role == "both"


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_place_statements_stop_being_collected_after_enough_for_the_evidence(rules_analyzer, lang):
    """`located` is settled by the first statements; a document is not searched for more than the vendor shows."""
    from analyzer.relationship import _EVIDENCE_PER_KIND, document_signals

    text = "\n\n".join(LOCATED[lang])  # four place statements
    doc = rules_analyzer.analyze_text(text, lang=lang)
    located = [s for s in document_signals(doc.segments) if s.kind == "located"]
    # the statement each signal was read in
    read = {next(i for i, stmt in enumerate(LOCATED[lang]) if seg.text in stmt or stmt in seg.text)
            for s in located for seg in doc.segments if seg.start <= s.start < seg.end}
    assert read == set(range(_EVIDENCE_PER_KIND)), [(s.text, s.start) for s in located]
    rel = vendor_of(rules_analyzer, text, lang).relationship
    assert rel.located and sum(e.kind == "located" for e in rel.evidence) == _EVIDENCE_PER_KIND


ROLE_BY_DATA_SET = {
    # a processor "service provider and processor" for one set of data, an independent controller for another
    "en": "With respect to Service Data, the Vendor acts as a service provider and processor on behalf of Customer and "
          "processes it only on Customer's documented instructions. With respect to Chart Data, the Vendor acts as an "
          "independent controller and may use it to publish its market reports.",
    "ko": "서비스 데이터에 관하여 을은 갑의 수탁자로서 갑의 지시에 따라서만 처리한다. 차트 데이터에 관하여 을은 독립적인 "
          "개인정보처리자로서 이를 자신의 시장 보고서 발간에 이용한다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_service_provider_and_processor_for_one_data_set_and_a_controller_for_another_has_both_roles(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, ROLE_BY_DATA_SET[lang], lang).relationship.role == "both"
    only_processor = ROLE_BY_DATA_SET[lang].split(" With respect to Chart")[0].split(" 차트 데이터에")[0]
    assert vendor_of(rules_analyzer, only_processor, lang).relationship.role == "processor"


OWN_RESPONSIBILITY = {
    # the partner handles the data under its own name and responsibility, and says it does not act in the other's stead
    "en": "The Institute receives the Study Data for its own research and handles it under its own responsibility; it "
          "does not process the data on the Company's behalf.",
    "ko": "을은 자신의 연구를 위하여 제공 자료를 받아 자기 책임으로 다루는 자이며, 갑을 대신하여 처리하는 자가 아니다.",
}
IN_STEAD_DENIED = {
    "en": "The Foundation does not carry out the City's work on the City's behalf; it receives the referral details to "
          "give legal aid to tenants under its own responsibility.",
    "ko": "법인은 시의 업무를 대신 처리하는 것이 아니라, 임차인에게 자신의 이름과 책임으로 법률지원을 제공하기 위하여 연계 "
          "정보를 넘겨받는다.",
}
IN_STEAD = {
    # the same words affirmed: one who processes in the controller's stead is its processor
    "en": "The Centre processes the applicants' details on behalf of the Company, as its processor, only on documented "
          "instructions.",
    "ko": "센터는 시를 대신하여 처리하는 자로서 시의 지시에 따라서만 신청자 정보를 다룬다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_partner_acting_under_its_own_responsibility_and_not_in_the_others_stead_is_a_recipient(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, OWN_RESPONSIBILITY[lang], lang).relationship.role == "recipient"
    assert vendor_of(rules_analyzer, IN_STEAD_DENIED[lang], lang).relationship.role == "recipient"
    rel = vendor_of(rules_analyzer, IN_STEAD[lang], lang).relationship
    assert rel.role == "processor" and rel.source["role"] == "inferred"
    if lang == "en":  # its own name for its subcontracts is no recipient's statement
        rel = vendor_of(rules_analyzer, "The Supplier engages subcontractors in its own name and processes Customer Data on "
                                        "documented instructions.", lang).relationship
        assert rel.role == "processor"


PSEUDONYMISED_PLAIN = {
    # pseudonymised data named as "가명처리 자료" / "가명처리하여", and a bar on finding out who someone is
    "en": "The Company provides the Institute with trail records pseudonymised by the Company. The Institute shall not try "
          "to identify any individual from them.",
    "ko": "갑은 등산 앱 이용 기록을 가명처리하여 을에게 제공한다. 을은 제공 자료로 특정 개인을 알아내려고 시도하여서는 아니 된다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_plainly_worded_pseudonymised_data_and_a_bar_on_identifying_anyone_make_pseudonymised_data(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, PSEUDONYMISED_PLAIN[lang], lang).relationship.pseudonymised


ROLE_BY_PURPOSE = {
    # a processor for one purpose ("on behalf of Hanmir and in accordance with Hanmir's instructions"), a controller for
    # another ("For Own Compliance Purposes, … determines the means of processing")
    "en": "For Custody Operations, Granite Bay processes Client Personal Data on behalf of Hanmir and in accordance with "
          "Hanmir's instructions. For Own Compliance Purposes, Granite Bay determines the means of processing and is "
          "responsible in its own right.",
    "ko": "보관 업무에 관하여 을은 갑의 지시에 따라서만 고객 정보를 처리한다. 자체 준법 목적에 관하여 을은 처리의 방법을 스스로 "
          "정하고 자기 책임으로 고객 정보를 처리한다.",
}
CUSTOMER_DETERMINES = {
    # the customer named the controller in the same words: the vendor is its processor only
    "en": "The Customer determines the purposes and means of processing. The Vendor processes Customer Data on behalf of "
          "the Customer and in accordance with the Customer's instructions.",
    "ko": "갑은 처리의 목적과 방법을 정한다. 을은 갑의 지시에 따라서만 고객 정보를 처리한다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_processor_for_one_purpose_and_a_controller_for_another_has_both_roles(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, ROLE_BY_PURPOSE[lang], lang).relationship.role == "both"
    assert vendor_of(rules_analyzer, CUSTOMER_DETERMINES[lang], lang).relationship.role == "processor"


PARTNER_TERMS_OWN_USE = {
    # short partner terms that never say "controller" or "제공받는 자": the partner answers for its own use of the
    # data, and uses it for its own offers or business
    "en": ("You look after our guests in your own way, and you are responsible for how you use the guest information we "
           "send you.",
           "You can also use guests' e-mail addresses to send them news and offers from your resorts after their stay."),
    "ko": ("파트너는 받은 정보를 현지 수배에 이용하며, 파트너가 운영하는 교육 여행 상품의 안내에도 이용할 수 있습니다.",
           "을은 전달받은 정보를 제휴 서비스 안내와 제공 및 을의 사업 목적에 이용한다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_partner_terms_that_leave_the_use_to_the_partner_make_a_recipient(rules_analyzer, lang):
    for text in PARTNER_TERMS_OWN_USE[lang]:
        rel = vendor_of(rules_analyzer, text, lang).relationship
        assert rel.role == "recipient" and rel.source["role"] == "inferred", text
    # the processor's promise not to do so stays a processor's
    denied = ("The Vendor shall not use the guest information to send news and offers from your resorts."
              if lang == "en" else "을은 전달받은 정보를 을의 사업 목적에 이용하지 아니한다.")
    assert vendor_of(rules_analyzer, denied, lang).relationship.role == "processor"


FLOW_TABLE_ROLES = {
    # a data-flow table whose role rows name the partner a processor for one flow and a recipient for another
    "en": "Flow A (programme operations)\n\nRecipient | Maplewick Patient Services Inc.\nRole | Processor\n\n"
          "Flow R (registry)\n\nRecipient | Maplewick Patient Services Inc.\nRole | Recipient",
    "ko": "1. 운영 업무(처리위탁)\n\n받는 자\nMaplewick Patient Services Inc.\n역할\n수탁자\n\n"
          "2. 레지스트리(제3자 제공)\n\n받는 자\nMaplewick Patient Services Inc.\n역할\n제공받는 자",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_flow_table_with_a_processor_row_and_a_recipient_row_makes_both_roles(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, FLOW_TABLE_ROLES[lang], lang).relationship.role == "both"
    # an SCC annex's "Role: Controller" is the customer's, beside the vendor's "Role: Processor"
    if lang == "en":
        scc = "Data exporter: the Customer\nRole: Controller\n\nData importer: the Vendor\nRole: Processor"
        assert vendor_of(rules_analyzer, scc, lang).relationship.role == "processor"


SEPARATE_BUSINESS = {
    # a partner that takes the data as a business of its own, runs it as it decides and says it acts for no one else
    "en": "The Photographer receives the Runner Information as a separate business. It decides for itself how to run "
          "its photo service and does not act on the Organiser's behalf.",
    "ko": "을은 별개의 사업자로서 참가자 정보를 넘겨받으며, 사진 판매 서비스의 운영 방식을 스스로 정한다.",
}
RETURNED_AT_THE_END = {
    # a service contract whose only word of receiving is the data handed back at the end: no recipient's statement
    "en": "The Supplier shall wash and supply the garments. When this Contract ends, the Supplier shall return to the "
          "Company the materials it received from the Company.",
    "ko": "을은 방진복을 세탁하여 공급한다. 을은 본 계약이 종료되면 갑으로부터 제공받은 자료를 갑에게 반환한다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_partner_running_the_data_as_its_own_business_is_a_recipient(rules_analyzer, lang):
    rel = vendor_of(rules_analyzer, SEPARATE_BUSINESS[lang], lang).relationship
    assert rel.role == "recipient" and rel.source["role"] == "inferred"
    rel = vendor_of(rules_analyzer, RETURNED_AT_THE_END[lang], lang).relationship
    assert rel.role == "processor"
    # received for its own use, not to be handed back, still reads as a recipient's
    kept = RETURNED_AT_THE_END[lang].replace("return to the Company the materials it received from the Company",
                                              "use the materials it received from the Company for its own purposes")
    kept = kept.replace("제공받은 자료를 갑에게 반환한다", "제공받은 자료를 자신의 목적으로 이용한다")
    assert vendor_of(rules_analyzer, kept, lang).relationship.role == "recipient"
    if lang == "en":  # a limit on a processor's acts is no denial of acting for the other
        rel = vendor_of(rules_analyzer, "The Vendor processes Customer Data as the Customer's processor and shall not act on "
                                        "behalf of the Customer beyond its documented instructions.", lang).relationship
        assert rel.role == "processor"


@pytest.mark.parametrize("text,domestic", [
    ("수탁자는 개인정보를 국외에서 처리하지 않는다.", True),
    # 국외 inside a name is no statement about where the data is
    ("통역 교육은 한국외국어대학교에서 진행하며, 수탁자는 교육 자료를 외부에 공개하지 않는다.", False),
])
def test_a_statement_that_nothing_is_done_abroad_is_read_and_a_name_is_not(rules_analyzer, text, domestic):
    rel = vendor_of(rules_analyzer, text, "ko").relationship
    assert any(e.kind == "domestic" for e in rel.evidence) is domestic, rel.evidence


OWN_ENDS_IN_OTHER_WORDS = {
    # a partner called a "service provider" that uses the data for its own business interests, markets its own products
    # with it or holds a licence to use it for its own business purposes is a recipient
    "en": ["Kinneret uses participant information to provide the services and for its legitimate business interests. "
           "Kinneret may disclose it to any other service provider as needed.",
           "Partner acts as an independent service provider. Each party is solely responsible for its own activities and "
           "its own use of information.",
           "Partner shall use member information for the Services, including the marketing of Partner's products and "
           "services."],
    "ko": ["귀하는 Lexmere와 그 계열회사가 심사, 투자 관리 및 그 밖의 정당한 사업 목적을 위하여 업로드 자료를 전 세계에서 "
           "이용·보관할 수 있는 취소 불가능한 권한을 부여합니다.",
           "서비스 제공자인 파트너는 회원 정보를 자신의 목적으로 이용할 수 있다.",
           "파트너는 회원 정보를 자사의 정당한 사업상 목적으로 이용한다."],
}
SERVICE_PROVIDER_FOR_THE_CUSTOMER = {
    # the customer's own interests and the customer's products are a processor's work
    "en": "The Vendor acts as a service provider and processes Customer Data only for the Customer's legitimate interests, "
          "including the marketing of the Customer's products.",
    "ko": "계약상대자는 과업이 끝나면 제공받은 자료 일체를 발주기관에 반납하여야 한다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_partner_using_the_data_for_its_own_business_in_other_words_is_a_recipient(rules_analyzer, lang):
    for text in OWN_ENDS_IN_OTHER_WORDS[lang]:
        assert vendor_of(rules_analyzer, text, lang).relationship.role == "recipient", text
    assert vendor_of(rules_analyzer, SERVICE_PROVIDER_FOR_THE_CUSTOMER[lang], lang).relationship.role == "processor"


ONLY_IN_KOREA_NOT_ABOUT_DATA = {
    # "only in Korea" about a lawsuit says nothing of where the data is; about the data it does
    "en": ("Song Lam Legal LLC of Hanoi, Viet Nam, acts as counsel before the courts of Viet Nam. If you refuse, your claim "
           "will be pursued only in Korea.",
           "The Vendor stores and processes the data only in Korea."),
    "ko": ("송람 법무법인(베트남 하노이)은 베트남 법원에서 대리한다. 동의하지 않으시면 소송은 국내에서만 진행됩니다.",
           "수탁자는 개인정보를 국내에서만 처리한다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_only_in_korea_places_the_data_only_when_it_is_said_of_the_data(rules_analyzer, lang):
    claim, data = ONLY_IN_KOREA_NOT_ABOUT_DATA[lang]
    rel = vendor_of(rules_analyzer, claim, lang).relationship
    assert rel.overseas and "VN" in rel.countries and not any(e.kind == "domestic" for e in rel.evidence)
    assert any(e.kind == "domestic" for e in vendor_of(rules_analyzer, data, lang).relationship.evidence)


ENTRUSTED_PART_AND_CONTROLLER_PART = {
    # one part done as "a party entrusted with processing", another received as a separate controller
    "en": "Part A: Song Lam handles the clients' information only on the Firm's instructions, as a party entrusted with "
          "processing (수탁자) under Article 26. Part B: it receives the claimant's information as a separate controller "
          "for its own representation of that claimant.",
    "ko": "A 업무에서 송람은 법무법인의 지시에 따라서만 의뢰인 정보를 처리하는 수탁자로서 제26조에 따른 의무를 진다. B 업무에서 "
          "송람은 독립적인 개인정보처리자로서 청구인의 정보를 제공받는다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_party_entrusted_with_processing_for_one_part_and_a_controller_for_another_has_both_roles(rules_analyzer, lang):
    assert vendor_of(rules_analyzer, ENTRUSTED_PART_AND_CONTROLLER_PART[lang], lang).relationship.role == "both"
