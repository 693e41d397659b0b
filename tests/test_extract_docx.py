"""DOCX: numbering as a reader sees it, tracked changes accepted, tables, boxes, headers."""

from __future__ import annotations

import pytest

import analyzer
from analyzer import BlockKind
from helpers import W_NS, abstract_num, docx_bytes, num, para


def _extract(tmp_path, body, **kw):
    f = tmp_path / "t.docx"
    f.write_bytes(docx_bytes(body, **kw))
    return analyzer.extract(f)


def _lines(doc):
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind is not BlockKind.HEADER_FOOTER]


class TestEnglishNumbering:
    def test_multilevel_decimal_letter_roman(self, tmp_path):
        numbering = abstract_num(1, [("decimal", "%1."), ("decimal", "%1.%2"), ("decimal", "%1.%2.%3"),
                                     ("lowerLetter", "(%4)"), ("lowerRoman", "(%5)")]) + num(1, 1)
        body = "".join([
            para("Definitions", num=(1, 0)),
            para("Personal Data means data.", num=(1, 1)),
            para("Security", num=(1, 0)),
            para("Encryption.", num=(1, 1)),
            para("Access logs.", num=(1, 1)),
            para("Keep them two years.", num=(1, 2)),
            para("first letter", num=(1, 3)),
            para("second letter", num=(1, 3)),
            para("roman one", num=(1, 4)),
            para("roman two", num=(1, 4)),
        ])
        lines = _lines(_extract(tmp_path, body, numbering_xml=numbering))
        assert lines == ["1. Definitions", "1.1 Personal Data means data.", "2. Security", "2.1 Encryption.",
                         "2.2 Access logs.", "2.2.1 Keep them two years.", "(a) first letter", "(b) second letter",
                         "(i) roman one", "(ii) roman two"]

    def test_upper_letter_upper_roman_and_restart_override(self, tmp_path):
        numbering = (abstract_num(1, [("upperLetter", "%1."), ("upperRoman", "%2.")])
                     + num(1, 1) + num(2, 1, restart_levels=(0,)))
        body = "".join([para("a", num=(1, 0)), para("b", num=(1, 0)), para("c", num=(1, 1)), para("d", num=(1, 1)),
                        para("restarted", num=(2, 0))])
        assert _lines(_extract(tmp_path, body, numbering_xml=numbering)) == ["A. a", "B. b", "I. c", "II. d", "A. restarted"]

    def test_numbering_from_paragraph_style(self, tmp_path):
        numbering = abstract_num(3, [("decimal", "%1)")]) + num(7, 3)
        body = para("styled one", style="ListNumber") + para("styled two", style="ListNumber")
        assert _lines(_extract(tmp_path, body, numbering_xml=numbering)) == ["1) styled one", "2) styled two"]


class TestKoreanNumbering:
    def test_circled_ganada_chosung(self, tmp_path):
        numbering = abstract_num(1, [("decimalEnclosedCircle", "%1"), ("decimal", "%2."), ("ganada", "%3."),
                                     ("chosung", "%4.")]) + num(1, 1) + num(2, 1, restart_levels=(0, 1, 2, 3))
        body = "".join([
            para("제1조(목적)", style="Heading1"),
            para("수탁자는 다음을 준수한다.", num=(1, 0)),
            para("안전성 확보조치", num=(1, 1)),
            para("접근 통제", num=(1, 2)),
            para("암호화", num=(1, 2)),
            para("세부", num=(1, 3)),
            para("위탁자는 점검할 수 있다.", num=(1, 0)),
            para("제2조(파기)", style="Heading1"),
            para("수탁자는 지체 없이 파기한다.", num=(2, 0)),
        ])
        doc = _extract(tmp_path, body, numbering_xml=numbering)
        assert _lines(doc) == ["제1조(목적)", "① 수탁자는 다음을 준수한다.", "1. 안전성 확보조치", "가. 접근 통제",
                               "나. 암호화", "ㄱ. 세부", "② 위탁자는 점검할 수 있다.", "제2조(파기)",
                               "① 수탁자는 지체 없이 파기한다."]
        assert doc.lang is analyzer.Lang.KO
        assert doc.blocks[0].kind is BlockKind.HEADING
        assert doc.blocks[1].numbering == "①" and doc.blocks[1].kind is BlockKind.LIST_ITEM


class TestTrackedChangesAndStructure:
    def test_insertions_in_deletions_out(self, tmp_path):
        body = (f'<w:p><w:r><w:t xml:space="preserve">The Vendor shall notify the Company </w:t></w:r>'
                f'<w:del w:id="1" w:author="x"><w:r><w:delText>within 72 hours</w:delText></w:r></w:del>'
                f'<w:ins w:id="2" w:author="x"><w:r><w:t>within 24 hours</w:t></w:r></w:ins>'
                f'<w:r><w:t xml:space="preserve"> of any breach.</w:t></w:r></w:p>')
        doc = _extract(tmp_path, body)
        assert doc.body == "The Vendor shall notify the Company within 24 hours of any breach."

    def test_korean_tracked_change(self, tmp_path):
        body = ('<w:p><w:r><w:t xml:space="preserve">을은 유출 사실을 </w:t></w:r>'
                '<w:del w:id="1" w:author="x"><w:r><w:delText>지체 없이</w:delText></w:r></w:del>'
                '<w:ins w:id="2" w:author="x"><w:r><w:t>24시간 이내에</w:t></w:r></w:ins>'
                '<w:r><w:t xml:space="preserve"> 갑에게 통지한다.</w:t></w:r></w:p>')
        assert _extract(tmp_path, body).body == "을은 유출 사실을 24시간 이내에 갑에게 통지한다."

    def test_tables_nested_tables_content_controls_and_text_boxes(self, tmp_path):
        nested = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>inner cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
        body = (
            '<w:sdt><w:sdtContent><w:p><w:r><w:t>In a content control.</w:t></w:r></w:p></w:sdtContent></w:sdt>'
            '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Item</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Value</w:t></w:r></w:p></w:tc></w:tr>'
            f'<w:tr><w:tc><w:p><w:r><w:t>Country</w:t></w:r></w:p>{nested}</w:tc><w:tc><w:p><w:r><w:t>Japan</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
            '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
            '<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Text box words.</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>'
            '<w:p><w:r><w:t>Text box words.</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r></w:p>'
        )
        doc = _extract(tmp_path, body, header_xml='<w:p><w:r><w:t>ACME Confidential</w:t></w:r></w:p>')
        cells = [(b.cell.table, b.cell.row, b.cell.col, doc.text[b.start:b.end]) for b in doc.blocks if b.cell]
        assert cells == [(0, 0, 0, "Item"), (0, 0, 1, "Value"), (0, 1, 0, "Country"), (1, 0, 0, "inner cell"),
                         (0, 1, 1, "Japan")]
        assert "In a content control." in doc.body
        assert doc.body.count("Text box words.") == 1  # the VML fallback is not read twice
        hf = [doc.text[b.start:b.end] for b in doc.blocks if b.kind is BlockKind.HEADER_FOOTER]
        assert hf == ["ACME Confidential"] and "ACME Confidential" not in doc.body

    def test_explicit_page_breaks_make_pages(self, tmp_path):
        body = (para("First page text here.") + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
                + para("Second page text here."))
        doc = _extract(tmp_path, body)
        assert [p.number for p in doc.pages] == [1, 2]
        second = doc.body.index("Second")
        assert doc.page_at(second) == 2 and doc.page_at(0) == 1
