"""Plain text, Markdown, HTML and HWPX: encodings, markup reduced to paragraphs, numbering."""

from __future__ import annotations

import pytest

import analyzer
from analyzer import BlockKind
from helpers import hp, hwpx_bytes

KO_TEXT = "제1조(목적)\n이 계약은 갑이 을에게 개인정보 처리업무를 위탁하는 데 필요한 사항을 정한다.\n\n제2조(파기)\n① 을은 계약이 끝나면 개인정보를 지체 없이 파기한다.\n② 을은 파기 결과를 갑에게 통보한다.\n"


class TestPlainText:
    @pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949", "euc-kr", "utf-16"])
    def test_korean_encodings_are_detected(self, tmp_path, encoding):
        f = tmp_path / "contract.txt"
        f.write_bytes(KO_TEXT.encode(encoding))
        doc = analyzer.extract(f)
        assert "을은 계약이 끝나면 개인정보를 지체 없이 파기한다." in doc.body
        assert doc.lang is analyzer.Lang.KO and "\ufeff" not in doc.text

    def test_english_blocks_and_form_feed_pages(self, tmp_path):
        f = tmp_path / "c.txt"
        f.write_text("1. Scope\nThe Vendor hosts the Service.\n\f2. Security\nThe Vendor encrypts data at rest.\n")
        doc = analyzer.extract(f)
        assert len(doc.pages) == 2 and doc.page_at(doc.body.index("encrypts")) == 2
        assert doc.blocks[0].kind is BlockKind.HEADING

    def test_binary_named_txt_is_corrupt(self, tmp_path):
        import random

        rnd = random.Random(7)
        f = tmp_path / "garbage.txt"
        f.write_bytes(bytes(rnd.randrange(256) for _ in range(20000)))
        with pytest.raises(analyzer.ExtractionError) as exc:
            analyzer.extract(f)
        assert exc.value.code == "corrupt"

    def test_chinese_contract_is_unsupported_language(self, tmp_path):
        f = tmp_path / "zh.txt"
        f.write_text("第一条 本合同规定了双方关于个人信息处理的权利和义务。乙方应当采取必要的安全措施保护个人信息。" * 5, encoding="utf-8")
        with pytest.raises(analyzer.ExtractionError) as exc:
            analyzer.extract(f)
        assert exc.value.code == "unsupported-language"


class TestMarkdownHtml:
    def test_markdown_front_matter_spans_lists_tables(self, tmp_path):
        f = tmp_path / "dpa.md"
        f.write_text(
            "---\ntitle: DPA\n---\nimport Table from './t'\n\n# Data Processing\n\n"
            '1. <span class="h">Breach.</span> The Processor notifies the Controller within 24 hours.\n'
            "2. The Processor keeps access logs.\n\n| Sub-processor | Country |\n|---|---|\n| Hostco | Japan |\n",
            encoding="utf-8")
        doc = analyzer.extract(f)
        texts = [doc.text[b.start:b.end] for b in doc.blocks]
        assert "Data Processing" in texts
        assert "1. Breach. The Processor notifies the Controller within 24 hours." in texts
        assert "title: DPA" not in doc.text and "import Table" not in doc.text and "<span" not in doc.text
        cells = {(b.cell.row, b.cell.col): doc.text[b.start:b.end] for b in doc.blocks if b.cell}
        assert cells[(1, 1)] == "Japan"

    def test_html_korean_paragraphs_and_tables(self, tmp_path):
        f = tmp_path / "terms.html"
        f.write_text(
            "<html><head><title>x</title><script>var a=1;</script></head><body><h2>개인정보 국외 이전</h2>"
            "<p>회사는 다음과 같이 개인정보를 국외로 이전합니다.</p><table><tr><th>이전받는 자</th><th>국가</th></tr>"
            "<tr><td>Acme Inc.</td><td>미국</td></tr></table><p>문의: privacy@example.com<br>전화 02-000-0000</p></body></html>",
            encoding="utf-8")
        doc = analyzer.extract(f)
        assert "var a" not in doc.text
        heads = [doc.text[b.start:b.end] for b in doc.blocks if b.kind is BlockKind.HEADING]
        assert heads == ["개인정보 국외 이전"]
        cells = {(b.cell.row, b.cell.col): doc.text[b.start:b.end] for b in doc.blocks if b.cell}
        assert cells == {(0, 0): "이전받는 자", (0, 1): "국가", (1, 0): "Acme Inc.", (1, 1): "미국"}
        assert "문의: privacy@example.com\n전화 02-000-0000" in doc.body


class TestHwpx:
    HEADER = (
        '<hh:refList><hh:numberings><hh:numbering id="5" start="0">'
        '<hh:paraHead start="1" level="1" numFormat="CIRCLED_DIGIT">^1</hh:paraHead>'
        '<hh:paraHead start="1" level="2" numFormat="DIGIT">^2.</hh:paraHead>'
        '<hh:paraHead start="1" level="3" numFormat="HANGUL_SYLLABLE">^3.</hh:paraHead>'
        '</hh:numbering></hh:numberings><hh:paraProperties>'
        '<hh:paraPr id="0"><hh:heading type="NONE" idRef="0" level="0"/></hh:paraPr>'
        '<hh:paraPr id="11"><hh:heading type="NUMBER" idRef="5" level="0"/></hh:paraPr>'
        '<hh:paraPr id="12"><hh:heading type="NUMBER" idRef="5" level="1"/></hh:paraPr>'
        '<hh:paraPr id="13"><hh:heading type="NUMBER" idRef="5" level="2"/></hh:paraPr>'
        '</hh:paraProperties></hh:refList>')

    def test_korean_numbering_tables_headers_and_deletions(self, tmp_path):
        section = (
            '<hp:p paraPrIDRef="0"><hp:run><hp:ctrl><hp:header><hp:subList><hp:p paraPrIDRef="0"><hp:run>'
            '<hp:t>머리말: 위탁계약서</hp:t></hp:run></hp:p></hp:subList></hp:header></hp:ctrl></hp:run></hp:p>'
            + hp("제3조(안전성 확보조치)")
            + hp("을은 다음 조치를 한다.", "11")
            + hp("내부 관리계획 수립", "12")
            + hp("접근 통제", "13")
            + hp("접속기록 보관", "13")
            + hp("을은 매년 점검 결과를 갑에게 제출한다.", "11")
            + '<hp:p paraPrIDRef="0"><hp:run><hp:t>을은 <hp:deleteBegin/>즉시<hp:deleteEnd/>24시간 이내에 통지한다.</hp:t></hp:run></hp:p>'
            + '<hp:p paraPrIDRef="0" pageBreak="1"><hp:run><hp:tbl><hp:tr><hp:tc><hp:subList><hp:p><hp:run><hp:t>항목</hp:t></hp:run></hp:p></hp:subList>'
              '<hp:cellAddr colAddr="0" rowAddr="0"/></hp:tc><hp:tc><hp:subList><hp:p><hp:run><hp:t>성명, 주소</hp:t></hp:run></hp:p></hp:subList>'
              '<hp:cellAddr colAddr="1" rowAddr="0"/></hp:tc></hp:tr></hp:tbl></hp:run></hp:p>'
        )
        f = tmp_path / "c.hwpx"
        f.write_bytes(hwpx_bytes(section, self.HEADER))
        doc = analyzer.extract(f)
        lines = [doc.text[b.start:b.end] for b in doc.blocks if b.kind is not BlockKind.HEADER_FOOTER]
        assert lines[:6] == ["제3조(안전성 확보조치)", "① 을은 다음 조치를 한다.", "1. 내부 관리계획 수립",
                             "가. 접근 통제", "나. 접속기록 보관", "② 을은 매년 점검 결과를 갑에게 제출한다."]
        assert "을은 24시간 이내에 통지한다." in lines and "즉시" not in doc.text
        cells = [(b.cell.col, doc.text[b.start:b.end]) for b in doc.blocks if b.cell]
        assert cells == [(0, "항목"), (1, "성명, 주소")]
        assert doc.page_at(doc.body.index("항목")) == 2
        hf = [doc.text[b.start:b.end] for b in doc.blocks if b.kind is BlockKind.HEADER_FOOTER]
        assert hf == ["머리말: 위탁계약서"]

    def test_entity_declarations_are_refused(self, tmp_path):
        import io
        import zipfile

        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("mimetype", "application/hwp+zip")
            zf.writestr("Contents/section0.xml",
                        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                        '<hs:sec xmlns:hs="x"><hp:p xmlns:hp="y"><hp:run><hp:t>&b;</hp:t></hp:run></hp:p></hs:sec>')
        f = tmp_path / "bomb.hwpx"
        f.write_bytes(buf.getvalue())
        with pytest.raises(analyzer.ExtractionError) as exc:
            analyzer.extract(f)
        assert exc.value.code == "corrupt" and "DTD" in exc.value.message
