"""Segmentation: clause numbers, heading paths, sentence boundaries, table rows, invariants."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analyzer
from analyzer import BlockKind, Lang
from analyzer.extractors.builder import RawBlock, build_document


def _doc(blocks, tail=None, fmt="txt"):
    return build_document(path="t", sha256="0", fmt=fmt, body=blocks, tail=tail, page_count=None)


def _text(lines, kind=BlockKind.PARAGRAPH):
    return [RawBlock(text=t, kind=kind) for t in lines]


class TestEnglishStructure:
    def test_decimal_letters_and_heading_paths(self):
        doc = _doc([
            RawBlock("7. DATA PROTECTION", BlockKind.HEADING),
            RawBlock("7.3 Security Incidents. The Supplier shall notify the Company of any breach within 24 hours."),
            RawBlock("(a) The notice shall describe the categories of data affected."),
            RawBlock("(b) The notice shall name a contact point for further information."),
            RawBlock("7.4 Audits. The Company may audit the Supplier once a year on reasonable notice."),
        ])
        segs = analyzer.segment(doc)
        by_start = {s.text[:20]: s for s in segs}
        s73 = by_start["Security Incidents. "]
        assert s73.clause_number == "7.3" and s73.heading_path == ("7. DATA PROTECTION", "7.3 Security Incidents")
        sb = by_start["The notice shall nam"]
        assert sb.clause_number == "7.3(b)" and sb.heading == "7. DATA PROTECTION > 7.3 Security Incidents > (b)"
        assert by_start["Audits. The Company "].clause_number == "7.4"

    def test_articles_sections_schedules_and_annexes(self):
        doc = _doc(_text([
            "Article 5 Confidentiality",
            "Each party keeps the other's information secret for five years after termination.",
            "Section 12 Notices",
            "Notices are given in writing to the addresses on the cover page.",
            "Schedule 2",
            "The Supplier hosts the Service in the data centres listed in Annex II.",
        ]))
        segs = analyzer.segment(doc)
        assert [s.clause_number for s in segs] == ["Article 5", "Section 12", "Schedule 2"]

    def test_no_sentence_split_after_schedule_letter_or_sec(self):
        doc = _doc(_text([
            "The Supplier processes the categories of data described in Schedule C. and no other data at all.",
            "Transfers are governed by Sec. 4 of the Master Agreement and by this Addendum in every case.",
        ]))
        segs = analyzer.segment(doc)
        assert len(segs) == 2

    def test_long_blocks_split_into_sentences_with_context(self):
        long = ("The Processor shall process personal data only on documented instructions. "
                "The Processor shall ensure that persons authorised to process personal data are bound by confidentiality. "
                "The Processor shall notify the Controller of any breach within 24 hours of becoming aware of it.")
        doc = _doc([RawBlock("4.2 Processor duties. " + long)])
        segs = analyzer.segment(doc)
        assert len(segs) == 3
        assert all(s.clause_number == "4.2" for s in segs)
        assert segs[2].text.startswith("The Processor shall notify")

    def test_table_row_stays_whole(self):
        from analyzer.types import TableCell

        doc = _doc([
            RawBlock("Sub-processors", BlockKind.HEADING),
            RawBlock("Cloudhost Inc.", BlockKind.TABLE_CELL, cell=TableCell(0, 1, 0)),
            RawBlock("United States", BlockKind.TABLE_CELL, cell=TableCell(0, 1, 1)),
            RawBlock("Hosting of the platform", BlockKind.TABLE_CELL, cell=TableCell(0, 1, 2)),
            RawBlock("Helpdesk Ltd", BlockKind.TABLE_CELL, cell=TableCell(0, 2, 0)),
            RawBlock("India", BlockKind.TABLE_CELL, cell=TableCell(0, 2, 1)),
        ])
        segs = analyzer.segment(doc)
        assert [s.text for s in segs] == ["Cloudhost Inc.\nUnited States\nHosting of the platform", "Helpdesk Ltd\nIndia"]
        assert all(s.block_kind is BlockKind.TABLE_CELL for s in segs)


class TestEnglishSectionHeadings:
    def test_a_numbered_section_heading_encloses_its_paragraphs(self):
        """The English counterpart of the Korean section heading: "8. Incidents" encloses (a) and its items."""
        doc = _doc([
            RawBlock("8. Incidents", BlockKind.HEADING),
            RawBlock("(a) The Supplier shall notify the Company within 24 hours."),
            RawBlock("(b) The notice shall state the following:"),
            RawBlock("(i) the items of data affected;"),
        ])
        segs = analyzer.segment(doc)
        assert [s.clause_number for s in segs] == ["8(a)", "8(b)", "8(b)(i)"]
        assert segs[1].heading_path[0] == "8. Incidents"


class TestKoreanStructure:
    def test_articles_circled_items_and_ganada(self):
        doc = _doc(_text([
            "제5조(개인정보의 파기) ① 을은 위탁업무가 끝나면 보유한 개인정보를 지체 없이 파기하여야 한다. ② 을은 파기 후 그 결과를 갑에게 서면으로 통보한다.",
            "제6조(안전성 확보조치)",
            "① 을은 다음 각 호의 조치를 하여야 한다.",
            "1. 내부 관리계획의 수립·시행",
            "가. 개인정보취급자의 지정 및 교육",
            "나. 접근 권한의 관리",
        ]))
        segs = analyzer.segment(doc)
        numbers = [s.clause_number for s in segs]
        assert numbers == ["제5조 ①", "제5조 ②", "제6조 ①", "제6조 ① 1.", "제6조 ① 1. 가.", "제6조 ① 1. 나."]
        assert segs[1].heading_path == ("제5조(개인정보의 파기)", "②")
        assert segs[1].text == "을은 파기 후 그 결과를 갑에게 서면으로 통보한다."
        assert all(s.lang is Lang.KO for s in segs)

    def test_a_numbered_section_heading_encloses_its_circled_paragraphs(self):
        """A heading "8. 유출등의 통지" (a heading block, not a 호 in running text) is a section: its ① and ② are 8 ① and
        8 ②, and the list under ② is 8 ② 1., so a check reads the lead sentence with its items."""
        doc = _doc([
            RawBlock("7. 재위탁", BlockKind.HEADING),
            RawBlock("① 을은 재수탁자의 명칭을 갑에게 알린다."),
            RawBlock("8. 유출등의 통지", BlockKind.HEADING),
            RawBlock("① 을은 유출등을 알게 된 때부터 24시간 이내에 갑에게 통지한다."),
            RawBlock("② 통지에는 다음 사항을 포함한다."),
            RawBlock("1. 유출등이 된 개인정보의 항목"),
            RawBlock("2. 유출등이 발생한 시점과 경위"),
        ])
        segs = analyzer.segment(doc)
        assert [s.clause_number for s in segs] == ["7 ①", "8 ①", "8 ②", "8 ② 1.", "8 ② 2."]
        assert segs[2].heading_path == ("8. 유출등의 통지", "②")
        # in running text "1." stays a 호 under ①
        plain = analyzer.segment(_doc(_text(["① 을은 다음 각 호의 조치를 한다.", "1. 내부 관리계획의 수립", "2. 접근 권한의 관리"])))
        assert [s.clause_number for s in plain] == ["①", "① 1.", "① 2."]

    def test_sentences_end_at_da(self):
        doc = _doc(_text(["을은 개인정보를 목적 외로 이용하지 아니한다. 을은 재위탁하려면 갑의 사전 동의를 받아야 한다. 을은 매년 교육을 받는다."]))
        assert [s.text for s in analyzer.segment(doc)] == [
            "을은 개인정보를 목적 외로 이용하지 아니한다.", "을은 재위탁하려면 갑의 사전 동의를 받아야 한다.", "을은 매년 교육을 받는다."]

    def test_annex_and_supplementary_provisions(self):
        doc = _doc(_text(["부칙", "이 계약은 서명한 날부터 효력이 발생한다.", "별표 1", "위탁하는 개인정보 항목: 성명, 휴대전화번호, 배송지 주소"]))
        segs = analyzer.segment(doc)
        assert [s.clause_number for s in segs] == ["부칙", "별표 1"]


class TestInvariants:
    def test_headers_and_footers_are_never_in_segments(self):
        doc = _doc(_text(["The Supplier shall keep records of processing for three years."]),
                   tail=[RawBlock("ACME Confidential", BlockKind.HEADER_FOOTER, page=1)])
        segs = analyzer.segment(doc)
        assert segs and all(s.end <= doc.body_end for s in segs)

    @settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.text(alphabet=st.sampled_from(list("ab 가나다.①②(1)제조\n7.3;:다")), min_size=0, max_size=80),
                    min_size=1, max_size=8),
           st.lists(st.sampled_from([BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM]), min_size=8, max_size=8))
    def test_spans_are_ordered_disjoint_exact_and_paged(self, texts, kinds):
        blocks = [RawBlock(t, kinds[i % len(kinds)], page=1 + i // 3) for i, t in enumerate(texts)]
        doc = _doc(blocks, tail=[RawBlock("footer 1", BlockKind.HEADER_FOOTER)])
        segs = analyzer.segment(doc)
        prev_end = 0
        for s in segs:
            assert 0 <= s.start < s.end <= doc.body_end
            assert s.start >= prev_end
            assert doc.text[s.start:s.end] == s.text
            assert s.text == s.text.strip()
            assert s.page in {p.number for p in doc.pages}
            prev_end = s.end


CITATION_AT_LINE_START = {
    # a wrapped line that begins with a cross-reference is no heading; a heading still is
    "en": ("Article 28-8(1)3 of the Act applies to the transfer.", "Article 5 Purpose"),
    "ko": ("제28조의8제1항제3호에 따르며, 갑은 아래 사항을 공개한다.", "제5조(목적)"),
}

WRAPPED_AFTER_A_LABEL = {
    # "… a copy of which is attached as\nAnnex 3, it has designated …": the line goes on after the label
    "en": ("Annex 3, it has designated Haneul Law Office as its domestic representative.", "Annex 3 Domestic Representative"),
    "ko": ("별표 3에 따른 국내대리인을 지정하였다.", "[별표 3] 국내대리인"),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_label_the_line_runs_on_from_is_not_a_heading(lang):
    from analyzer.numbering import match_label

    wrapped, heading = WRAPPED_AFTER_A_LABEL[lang]
    assert match_label(wrapped) is None
    assert match_label(heading) is not None


SUB_CLAUSE_CITED_AT_LINE_START = {
    # "Clause 10.8(a) is replaced by …" opens a sentence about the clause; "Clause 10.8(a) Breach notice" heads one
    "en": ("Clause 10.8(a) is replaced by the following: the Vendor shall notify the Customer within three days.",
           "Clause 10.8(a) Breach notice"),
    "ko": ("제10조제1항 가목은 다음과 같이 바꾼다.", "제10조(유출 통지)"),
}


@pytest.mark.parametrize("table", [CITATION_AT_LINE_START, SUB_CLAUSE_CITED_AT_LINE_START], ids=["clause", "sub-clause"])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_cross_reference_at_the_start_of_a_line_is_not_a_heading(lang, table):
    from analyzer.numbering import match_label

    citation, heading = table[lang]
    assert match_label(citation) is None
    assert match_label(heading) is not None


REFERENCE_WRAPPED_ONTO_A_NEW_LINE = {
    # a page's line breaking leaves the reference word at a line end and its number at the start of the next line
    "en": "2.1 To reflect the reduced rate, the parties agree that Clause\n9.1 of the DPA is deleted and replaced with the following.",
    "ko": "제2조(변경) 당사자는 요율 조정에 따라 원계약\n제9조제1항을 삭제하고 다음과 같이 갈음한다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_reference_wrapped_onto_a_new_line_does_not_start_a_clause(rules_analyzer, lang):
    from analyzer.numbering import ends_in_reference

    doc = rules_analyzer.analyze_text(REFERENCE_WRAPPED_ONTO_A_NEW_LINE[lang], lang=lang)
    numbers = {s.clause_number for s in doc.segments}
    assert not numbers & {"9.1", "제9조", "제9조 ①"}, numbers
    assert any("9.1 of the DPA" in s.text or "제9조제1항을 삭제" in s.text for s in doc.segments)
    # a heading that ends on such a word is no reference: "Schedule" alone, "Data Items" before "1. Name"
    assert ends_in_reference("the parties agree that Clause") and not ends_in_reference("Schedule")


LIST_ITEM_WITH_AN_ACRONYM = {
    # a numbered list item, not a heading, though its only Latin word is in capitals
    "en": ("1. install the customer's IPTV set-top box and router", "7.3 Data Protection"),
    "ko": ("1. 신규 가입 고객 댁내의 초고속인터넷·IPTV 회선 개통 및 단말 설치", "7.3 Data Protection"),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_list_item_naming_an_acronym_is_not_a_heading(lang):
    from analyzer.numbering import looks_like_heading

    item, heading = LIST_ITEM_WITH_AN_ACRONYM[lang]
    assert not looks_like_heading(item)
    assert looks_like_heading(heading)



ANNEX_NUMBERED = {
    # an annex numbering its own articles (제C-9조, Article C-9): each still heads its paragraphs and items
    "en": ["Article C-9 (Incidents)", "1. The Vendor shall notify the Company of an incident within 24 hours.",
           "2. The notice shall state the following:", "(a) the data affected;", "(b) a contact point.",
           "Article C-10 (Audits)", "1. The Company may audit the Vendor."],
    "ko": ["제C-9조(침해사고)", "① 수탁자는 사고를 안 때부터 24시간 이내에 통지한다.", "② 통지에는 다음 사항을 포함한다.",
           "1. 관련된 데이터의 항목", "2. 담당자와 연락처", "제C-10조(점검)", "① 위탁자는 수탁자를 점검할 수 있다."],
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_an_annex_numbering_its_own_articles_keeps_them_as_articles(lang):
    """제C-9조 and Article C-9 are articles like 제9조 and Article 9: they head what follows, and a Korean article is
    one clause for the checks, so the items listed under its second paragraph count for the notice its first
    paragraph requires."""
    from analyzer.classify.combine import anchor_of

    segs = analyzer.segment(_doc(_text(ANNEX_NUMBERED[lang])))
    assert len(segs) == 5
    heads = [s.heading_path[0] for s in segs]
    assert heads == [ANNEX_NUMBERED[lang][0]] * 4 + [ANNEX_NUMBERED[lang][5]], heads
    if lang == "ko":
        assert [s.clause_number for s in segs] == ["제C-9조 ①", "제C-9조 ②", "제C-9조 ② 1.", "제C-9조 ② 2.", "제C-10조 ①"]
        anchors = {anchor_of(s) for s in segs[:4]}
        assert len(anchors) == 1 and anchor_of(segs[4]) not in anchors, anchors
