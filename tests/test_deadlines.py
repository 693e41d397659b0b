"""Time limits in English and Korean clause text, normalised to hours: which words make a limit a cap
("within", "이내", "까지"), a floor ("at least ... before", "전까지", "부터") or a plain period."""

from __future__ import annotations

import pytest

from analyzer.classify import deadlines

# (text, language, hours of the shortest cap or None, business days?)
CAPS = [
    ("Vendor shall notify Company within seventy-two (72) hours of becoming aware of it.", "en", 72, False),
    ("Supplier shall forward the request within three (3) business days.", "en", 72, True),
    ("no later than twelve hours after anyone first learns of it", "en", 12, False),
    ("The Partner shall tell us by the next business day.", "en", 24, True),
    ("Notices are due on the same day.", "en", 24, False),
    ("by the end of the following day", "en", 48, False),
    ("within two weeks after the request", "en", 336, False),
    ("수탁자는 유출을 알게 된 때부터 72시간 이내에 통지한다.", "ko", 72, False),
    ("영업일 기준 3일 이내에 전달한다.", "ko", 72, True),
    ("24시간을 넘기지 아니하고 통지한다.", "ko", 24, False),
    ("사흘 안에 회신한다.", "ko", 72, False),
    ("다음 영업일까지 위탁자에게 전달한다.", "ko", 24, True),
    ("유출 사실을 다음 날까지 알린다.", "ko", 48, False),
    ("보유기간이 끝나면 일주일 이내에 파기한다.", "ko", 168, False),
    # "the same day" as an adverb, with no 이내 or 까지, beside a longer capped answer: the day itself is the limit
    ("요청을 받은 경우 당일 고객센터에 이관하고, 회사는 10일 이내에 회신한다.", "ko", 24, False),
    ("Requests received on site are passed to the help desk the same day, and the Company answers within 10 days.",
     "en", 24, False),
    ("요청을 받은 날부터 한 달 안에 처리한다.", "ko", 720, False),
    # a cap said as "before the time passes", beside the controller's own longer deadline
    ("늦어도 알게 된 때부터 24시간이 지나기 전에 알린다. 갑은 72시간 이내에 신고한다.", "ko", 24, False),
    ("no later than twenty-four (24) hours after discovery; the Company reports within 72 hours.", "en", 24, False),
    ("The Vendor shall tell the Clinic before twenty-four (24) hours have passed since it first learned of it.", "en", 24, False),
    # the hour or day by which the act is due, as an ordinal
    ("The Vendor shall tell the Clinic before the expiry of the twenty-fourth hour after it first suspects an incident.",
     "en", 24, False),
    ("Requests are forwarded by the end of the 2nd business day after receipt.", "en", 48, True),
    ("수탁자는 사고를 안 때부터 24시간째가 되기 전에 위탁자에게 알린다.", "ko", 24, False),
    ("요청을 받은 날부터 2영업일째까지 위탁자에게 전달한다.", "ko", 48, True),
    # hours in native Korean numerals
    ("수탁자는 인지한 시점부터 스물네 시간을 넘기지 아니하고 위탁자에게 알린다.", "ko", 24, False),
    # "in no circumstances more than", beside the controller's own longer deadline
    ("The Agent shall inform the Bank as soon as it becomes aware of an Incident, and in no circumstances more than twelve "
     "(12) hours later. The Bank reports within 72 hours.", "en", 12, False),
    ("수탁자는 사고를 알게 된 즉시, 어떠한 경우에도 12시간을 넘기지 아니하고 위탁자에게 알린다. 위탁자는 72시간 이내에 신고한다.", "ko", 12, False),
    # the time restated in brackets before the limit word, beside the controller's own longer deadline
    ("을은 알게 된 때부터 하루(24시간)를 넘기지 아니하고 갑에게 알려야 한다. 갑은 72시간 이내에 신고한다.", "ko", 24, False),
    ("The Vendor shall tell the Company not later than one day (24 hours) after it learns of the incident. The Company "
     "reports within 72 hours.", "en", 24, False),
    # an amendment quoting the limit it takes out: only the new one is a limit of the contract
    ("원계약 제9조제1항 중 “알게 된 때부터 24시간 이내에”를 “알게 된 때부터 3영업일 이내에”로 변경한다.", "ko", 72, True),
    ('Clause 9.1 of the Agreement is amended by replacing "within twelve (12) hours" with "within two (2) business days".',
     "en", 48, True),
    ('In clause 9.1, "twelve (12) hours" is replaced by "seventy-two (72) hours".', "en", 72, False),
]


@pytest.mark.parametrize("text,lang,hours,business", CAPS, ids=[c[0][:40] for c in CAPS])
def test_caps_are_read_in_hours(text, lang, hours, business):
    cap = deadlines.parse(text, lang).shortest_cap
    assert cap is not None and cap.hours == hours and cap.business is business, cap


FLOORS = [
    ("Vendor shall give at least thirty (30) days' prior notice of a new sub-processor.", "en"),
    ("Records are kept for three (3) years.", "en"),
    ("수탁자는 재위탁 30일 전까지 위탁자에게 알린다.", "ko"),
    ("계약 종료일 다음 날부터 3년간 보관한다.", "ko"),
]


@pytest.mark.parametrize("text,lang", FLOORS, ids=[f[0][:40] for f in FLOORS])
def test_minimums_and_periods_are_not_caps(text, lang):
    parsed = deadlines.parse(text, lang)
    assert parsed.durations and not any(d.cap is True for d in parsed.durations), parsed.durations


@pytest.mark.parametrize("text,lang", [
    ('"Business Day" means a day on which banks are open in Seoul and Singapore.', "en"),
    ("“Working Day” means a day other than a Saturday, Sunday or public holiday in Korea.", "en"),
    ('"영업일"이란 토요일, 일요일 및 공휴일이 아닌 날을 말한다.', "ko"),
])
def test_a_definition_of_a_day_sets_no_time(text, lang):
    """A defined unit beside the notice clause once read as a one-day limit (the clause citing it 'met')."""
    assert deadlines.parse(text, lang).durations == ()


@pytest.mark.parametrize("text,lang,term", [
    ("Vendor shall notify Company without undue delay.", "en", "without undue delay"),
    ("Supplier will act promptly.", "en", "promptly"),
    ("수탁자는 지체 없이 통지한다.", "ko", "지체 없이"),
    ("수탁자는 즉시 알린다.", "ko", "즉시"),
    # a time no one has fixed
    ("Contractor shall assist City in responding to requests within a reasonable time.", "en", "within a reasonable time"),
    ("수탁자는 상당한 기간 내에 요구의 처리를 돕는다.", "ko", "상당한 기간 내에"),
])
def test_open_ended_speed_words_are_kept_apart_from_caps(text, lang, term):
    parsed = deadlines.parse(text, lang)
    assert parsed.shortest_cap is None and term in parsed.uncapped


@pytest.mark.parametrize("text,lang,reference", [
    ("The Company notifies data subjects and reports to the PIPC within the periods required by PIPA.", "en",
     "within the periods required by PIPA"),
    ("Notices are given within the statutory deadline.", "en", "within the statutory deadline"),
    ("고객 통지와 신고는 갑이 법령이 정한 기한 안에 하며, 을은 자료를 즉시 넘긴다.", "ko", "법령이 정한 기한 안에"),
    ("정보주체에 대한 통지는 법정 기한 내에 한다.", "ko", "법정 기한 내에"),
    ("Each party notifies its subscribers and reports to the PIPC within statutory limits.", "en", "within statutory limits"),
    ("The Company reports to the Korean authorities within the Korean periods.", "en", "within the Korean periods"),
    ("Each party reports to the Commission as the Personal Information Protection Act requires and within the time limits "
     "it sets.", "en",
     "within the time limits it sets"),
    ("회사는 한국 감독기관에 법령상 기한 내에 신고한다.", "ko", "법령상 기한 내에"),
    ("Each party makes any report to the PIPC that the law requires of it, within the time the law sets.", "en",
     "within the time the law sets"),
    ("The Company reports to the Commission within the time required by Korean law.", "en",
     "within the time required by Korean law"),
    ("제휴사는 「개인정보 보호법」 제34조에 따른 정보주체에 대한 통지와 보호위원회 신고를 직접 한다.", "ko",
     "제34조에 따른 정보주체에 대한 통지"),
])
def test_a_time_tied_to_the_statute_is_read_as_such(text, lang, reference):
    parsed = deadlines.parse(text, lang)
    assert parsed.statutory == (reference,) and parsed.shortest_cap is None


@pytest.mark.parametrize("text,lang", [
    # "applicable law" may be a foreign one
    ("The Recipient notifies individuals within the period required by applicable law.", "en"),
    ("수입자는 적용 법률에 따라 통지한다.", "ko"),
    ("The Recipient notifies individuals within the time required by applicable law.", "en"),
    ("수입자는 현지 법 제34조에 따라 처리한다.", "ko"),
])
def test_applicable_law_is_not_the_statutes_period(text, lang):
    assert deadlines.parse(text, lang).statutory == ()


@pytest.mark.parametrize("lang,hours,text", [
    ("en", 24, "24 hours"), ("en", 240, "10 days"), ("en", 0.5, "30 minutes"),
    ("ko", 24, "24시간"), ("ko", 240, "10일"), ("ko", 0.5, "30분"),
])
def test_limits_are_written_in_the_reasons_language(lang, hours, text):
    assert deadlines.hours_text(hours, lang) == text
