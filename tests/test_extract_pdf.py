"""PDF: reading order, running headers and footers, paragraphs across page breaks, tables,
hyphenation, pages without text, encryption."""

from __future__ import annotations

import io

import pytest

import analyzer
from analyzer import BlockKind
from analyzer.extractors.pdf import dehyphenate
from helpers import NANUM, pdf_bytes

pytestmark = pytest.mark.skipif(not NANUM.exists(), reason="fonts-nanum is not installed")

EN_LONG = ("The Supplier shall notify the Company in writing without undue delay and in any event within "
           "twenty-four (24) hours after becoming aware of any actual or suspected personal data breach, "
           "including incidents at its sub-processors, and shall give the Company all information it "
           "reasonably needs to meet its own obligations under the Personal Information Protection Act.")
KO_LONG = ("수탁자는 개인정보의 유출등이 발생하였거나 발생한 것으로 의심되는 사실을 알게 된 때에는 지체 없이, "
           "늦어도 24시간 이내에 위탁자에게 서면으로 통지하여야 하며, 재수탁자에서 발생한 사고에 대하여도 "
           "같다. 수탁자는 위탁자가 법령에 따른 통지 및 신고 의무를 이행할 수 있도록 필요한 자료를 제공한다.")


def _write(tmp_path, data, name="t.pdf"):
    f = tmp_path / name
    f.write_bytes(data)
    return f


class TestEnglishPdf:
    def test_headers_footers_leave_the_body_and_follow_it(self, tmp_path):
        pages = [[f"Clause {i}.1 text of page {i}. " + " ".join(EN_LONG.split()[i:])] for i in range(1, 4)]
        doc = analyzer.extract(_write(tmp_path, pdf_bytes(pages, header="ACME Cloud DPA v2")))
        assert "ACME Cloud DPA v2" not in doc.body and "Page 2" not in doc.body
        hf = [doc.text[b.start:b.end] for b in doc.blocks if b.kind is BlockKind.HEADER_FOOTER]
        assert hf.count("ACME Cloud DPA v2") == 3 and "Page 3" in hf
        assert all(b.start >= doc.body_end for b in doc.blocks if b.kind is BlockKind.HEADER_FOOTER)
        assert [p.number for p in doc.pages] == [1, 2, 3]
        for n in (1, 2, 3):
            assert doc.page_at(doc.body.index(f"text of page {n}")) == n

    def test_paragraph_across_page_break_is_one_contiguous_string(self, tmp_path):
        from fpdf import FPDF

        pdf = FPDF(format="A4")
        pdf.add_font("N", "", str(NANUM))
        pdf.set_auto_page_break(True, margin=25)
        pdf.add_page()
        pdf.set_font("N", size=10)
        pdf.set_y(250)
        pdf.multi_cell(0, 5, EN_LONG + " " + EN_LONG)
        doc = analyzer.extract(_write(tmp_path, bytes(pdf.output())))
        assert (EN_LONG + " " + EN_LONG) in doc.body
        assert len(doc.pages) == 2 and doc.pages[1].start > 0

    def test_two_columns_keep_reading_order(self, tmp_path):
        left = [f"Left column sentence number {i} describes the hosting obligations." for i in range(6)]
        right = [f"Right column sentence number {i} describes the audit obligations." for i in range(6)]
        doc = analyzer.extract(_write(tmp_path, pdf_bytes([left + right], two_columns=True, footer_numbers=False)))
        body = doc.body
        positions = [body.index(s) for s in left + right]
        assert positions == sorted(positions)

    def test_line_end_hyphens_are_rejoined(self, tmp_path):
        from fpdf import FPDF

        pdf = FPDF()
        pdf.add_font("N", "", str(NANUM))
        pdf.add_page()
        pdf.set_font("N", size=10)
        for line in ("The licence granted to the Supplier is non-", "exclusive and limited to the pur\u00ad",
                     "poses of this Agreement only."):
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        doc = analyzer.extract(_write(tmp_path, bytes(pdf.output())))
        assert "non-exclusive and limited to the purposes of this Agreement only." in doc.body
        assert "\ufffe" not in doc.text

    def test_tables_become_cells_and_rows(self, tmp_path):
        from fpdf import FPDF

        pdf = FPDF()
        pdf.add_font("N", "", str(NANUM))
        pdf.add_page()
        pdf.set_font("N", size=10)
        pdf.multi_cell(0, 5, "Schedule 1 lists the sub-processors engaged by the Supplier.")
        pdf.add_font("N", "B", str(NANUM).replace("NanumGothic.ttf", "NanumGothicBold.ttf"))
        with pdf.table() as table:
            for row in (("Sub-processor", "Country", "Service"), ("Cloudhost Inc.", "United States", "Hosting"),
                        ("Helpdesk Pvt Ltd", "India", "Support")):
                r = table.row()
                for c in row:
                    r.cell(c)
        doc = analyzer.extract(_write(tmp_path, bytes(pdf.output())))
        cells = {(b.cell.row, b.cell.col): doc.text[b.start:b.end] for b in doc.blocks if b.cell}
        assert cells[(1, 1)] == "United States" and cells[(2, 0)] == "Helpdesk Pvt Ltd"

    def test_dehyphenate(self):
        assert dehyphenate("sub\ufffeprocessor and per\ufffeformance") == "sub-processor and performance"


def _wrapped_at(tmp_path, before: str, after: str, last_word: str):
    """A PDF paragraph whose full-width first line ends on `last_word`, so that `after` starts the next line."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("N", "", str(NANUM))
    pdf.add_page()
    pdf.set_font("N", size=10)
    width = pdf.w - pdf.l_margin - pdf.r_margin - 2 * pdf.c_margin
    filler = before
    while pdf.get_string_width(filler + " x " + last_word) < width:
        filler += " x"
    text = f"{filler} {last_word} {after}"
    assert pdf.get_string_width(f"{filler} {last_word} {after.split()[0]}") > width
    pdf.multi_cell(0, 5, text)
    return analyzer.extract(_write(tmp_path, bytes(pdf.output()))), text


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_reference_wrapped_at_a_line_end_keeps_its_paragraph(tmp_path, lang):
    # the page's line breaking puts the clause number of "… agree that Clause / 9.1 of the DPA is deleted" at the start
    # of a line, where it looks like a numbered clause of its own
    before, word, after = {
        "en": ("2.1 To reflect the reduced rate the parties agree that", "Clause", "9.1 of the DPA is deleted and replaced."),
        "ko": ("제2조(변경) 요율 조정에 따라 당사자는", "원계약", "제9조제1항을 삭제하고 다음과 같이 갈음한다."),
    }[lang]
    doc, text = _wrapped_at(tmp_path, before, after, word)
    assert [b for b in doc.blocks if after.split()[0] in doc.text[b.start:b.end]][0].start < doc.text.index(word)


class TestKoreanPdf:
    def test_korean_round_trip_headers_and_page_join(self, tmp_path):
        pages = [["제1조(목적) 이 계약은 개인정보 처리업무 위탁에 관한 사항을 정한다.", KO_LONG],
                 ["제2조(파기) 수탁자는 계약이 종료되면 보유하고 있는 개인정보를 지체 없이 파기한다."]]
        doc = analyzer.extract(_write(tmp_path, pdf_bytes(pages, header="개인정보 처리위탁 계약서 (갑·을)")))
        assert doc.lang is analyzer.Lang.KO
        assert KO_LONG in doc.body
        assert "개인정보 처리위탁 계약서 (갑·을)" not in doc.body
        assert doc.page_at(doc.body.index("제2조")) == 2


class TestPdfFailures:
    def test_image_only_pdf_has_no_text_layer(self, tmp_path):
        from fpdf import FPDF
        from PIL import Image

        img = Image.new("RGB", (200, 100), "white")
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        pdf = FPDF()
        pdf.add_page()
        pdf.image(io.BytesIO(buf.getvalue()), x=10, y=10, w=100)
        with pytest.raises(analyzer.ExtractionError) as exc:
            analyzer.extract(_write(tmp_path, bytes(pdf.output())))
        assert exc.value.code == "no-text-layer"

    def test_some_pages_without_text_are_named_in_a_warning(self, tmp_path):
        from fpdf import FPDF

        pdf = FPDF()
        pdf.add_font("N", "", str(NANUM))
        pdf.add_page()
        pdf.set_font("N", size=10)
        pdf.multi_cell(0, 5, EN_LONG)
        pdf.add_page()  # blank: no text layer
        pdf.add_page()
        pdf.multi_cell(0, 5, EN_LONG)
        doc = analyzer.extract(_write(tmp_path, bytes(pdf.output())))
        assert any("page(s) 2" in w for w in doc.warnings)

    @pytest.mark.parametrize("user_password,code", [("open-sesame", "encrypted"), ("", None)])
    def test_user_password_fails_owner_password_reads(self, tmp_path, user_password, code):
        from fpdf import FPDF

        pdf = FPDF()
        pdf.add_font("N", "", str(NANUM))
        pdf.add_page()
        pdf.set_font("N", size=10)
        pdf.multi_cell(0, 5, EN_LONG)
        pdf.set_encryption(owner_password="owner-secret", user_password=user_password)
        f = _write(tmp_path, bytes(pdf.output()))
        if code:
            with pytest.raises(analyzer.ExtractionError) as exc:
                analyzer.extract(f)
            assert exc.value.code == code
        else:
            assert EN_LONG in analyzer.extract(f).body
