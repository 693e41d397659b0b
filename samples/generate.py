"""Build the sample contracts (PDF, DOCX, HWPX) from their YAML sources.

    python samples/generate.py                      # samples/.sources -> samples/
    python samples/generate.py SOURCES OUT          # any source tree (e.g. devset/.sources)

Each source file `<SOURCES>/<vendor>/<name>.<pdf|docx|hwpx>.yaml` becomes
`<OUT>/<vendor>/<name>.<pdf|docx|hwpx>`. The sources live in a hidden folder so that scanning
samples/ sees only the vendors' documents. Source format:

    title: Data Processing Agreement        # first line of the document, bold
    lang: en                                # en | ko (page-number style, fonts)
    numbering: en                           # en: headings 1., items 1.1, (a), (i)
                                            # ko: headings as written (제1조(목적)), items ①, 1., 가.
    header: ACME Cloud - DPA v2.1           # running header (every page)
    footer: Confidential                    # running footer; page numbers are added
    blocks:
      - h: Definitions                      # heading
      - p: A paragraph.                     # plain paragraph
      - li: An item at level 1.             # automatically numbered item (li2, li3 deeper)
      - table: [[Item, Value], [Name, Kim]] # a table (first row is the header)
      - p: "Text before the change"         # tracked change (DOCX shows it as a revision;
        ins: " inserted words"              #  other formats print the accepted text); also on
        del: " deleted words"               #  li items, never on headings or tables
      - pagebreak: true

Requires the `samples` extra (fpdf2, python-hwpx) and the NanumGothic font (Debian fonts-nanum).
The output is deterministic for a given source (fixed creation dates), so regenerated files only
differ when their source does.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

import yaml

FONT_DIR = Path("/usr/share/fonts/truetype/nanum")
FIXED_DATE = dt.datetime(2026, 1, 5, 9, 0, 0, tzinfo=dt.timezone.utc)
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
GANADA = "가나다라마바사아자차카타파하"


# ---------------------------------------------------------------------------------- numbering

class Labels:
    """The numbers a reader sees, computed the way the DOCX numbering definitions display them."""

    def __init__(self, scheme: str):
        self.scheme = scheme
        self.counts = [0, 0, 0, 0]

    def heading(self) -> str | None:
        if self.scheme == "en":
            self.counts = [self.counts[0] + 1, 0, 0, 0]
            return f"{self.counts[0]}."
        self.counts = [0, 0, 0, 0]
        return None

    def item(self, level: int) -> str:
        c = self.counts
        if self.scheme == "en":
            idx = level + 1  # level 0 item = 1.1 (index 1)
            c[idx] += 1
            for k in range(idx + 1, 4):
                c[k] = 0
            if idx == 1:
                return f"{max(c[0], 1)}.{c[1]}"
            if idx == 2:
                return f"({chr(ord('a') + c[2] - 1)})"
            return f"({_roman(c[3])})"
        c[level] += 1
        for k in range(level + 1, 4):
            c[k] = 0
        if level == 0:
            return CIRCLED[c[0] - 1]
        if level == 1:
            return f"{c[1]}."
        return f"{GANADA[(c[2] - 1) % len(GANADA)]}."


def _roman(n: int) -> str:
    out = ""
    for v, s in [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]:
        while n >= v:
            out += s
            n -= v
    return out


def _level(block: dict) -> tuple[str, int] | None:
    """A list item's accepted text (a tracked insertion included) and level."""
    for key, level in (("li", 0), ("li2", 1), ("li3", 2)):
        if key in block:
            return str(block[key]) + str(block.get("ins", "")), level
    return None


def _accepted(block: dict) -> str:
    return str(block.get("p", "")) + str(block.get("ins", ""))


def _check_tracked(block: dict) -> None:
    """A tracked change belongs to a paragraph or a list item; on a heading or a table it would vanish unseen."""
    if ("ins" in block or "del" in block) and not ("p" in block or _level(block)):
        raise ValueError(f"a tracked change (ins/del) needs a p or li block, not {sorted(block)}")


# ----------------------------------------------------------------------------------------- PDF

def build_pdf(spec: dict, out: Path) -> None:
    from fpdf import FPDF

    lang = spec.get("lang", "en")

    class Doc(FPDF):
        def header(self) -> None:
            if spec.get("header"):
                self.set_font("Nanum", size=8)
                self.set_text_color(90, 90, 90)
                self.cell(0, 6, spec["header"], align="R", new_x="LMARGIN", new_y="NEXT")
                self.ln(3)
                self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Nanum", size=8)
            self.set_text_color(90, 90, 90)
            number = f"- {self.page_no()} -" if lang == "ko" else f"Page {self.page_no()} of {{nb}}"
            if spec.get("footer"):
                self.cell(0, 5, spec["footer"], align="L")
                self.set_x(self.l_margin)
            self.cell(0, 5, number, align="C")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_font("Nanum", "", str(FONT_DIR / "NanumGothic.ttf"))
    pdf.add_font("Nanum", "B", str(FONT_DIR / "NanumGothicBold.ttf"))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Nanum", "B", 15)
    pdf.multi_cell(0, 8, spec.get("title", ""), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    labels = Labels(spec.get("numbering", lang))
    for block in spec.get("blocks", []):
        if "h" in block:
            label = labels.heading()
            pdf.ln(2)
            pdf.set_font("Nanum", "B", 11.5)
            text = f"{label} {block['h']}" if label else str(block["h"])
            pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif _level(block):
            text, level = _level(block)  # type: ignore[misc]
            label = labels.item(level)
            pdf.set_font("Nanum", size=10)
            indent = 6 * level
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(0, 5.6, f"{label} {text}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif "table" in block:
            pdf.set_font("Nanum", size=9)
            rows = block["table"]
            with pdf.table(line_height=5.5, first_row_as_headings=True, text_align="LEFT") as table:
                for r in rows:
                    row = table.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(3)
        elif block.get("pagebreak"):
            pdf.add_page()
        elif "p" in block:
            pdf.set_font("Nanum", size=10)
            pdf.multi_cell(0, 5.6, _accepted(block), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    out.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _numbering_xml(scheme: str, n_restarts: int) -> bytes:
    """An abstract numbering for the scheme, and one w:num per article (restarting at 1)."""
    if scheme == "en":
        levels = [("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "(%3)"), ("lowerRoman", "(%4)")]
    else:
        levels = [("decimalEnclosedCircle", "%1"), ("decimal", "%2."), ("ganada", "%3."), ("chosung", "%4.")]
    lvl_xml = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    nums = "".join(
        f'<w:num w:numId="{k + 1}"><w:abstractNumId w:val="1"/>'
        + ("".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="1"/></w:lvlOverride>' for i in range(4)) if k else "")
        + "</w:num>"
        for k in range(max(n_restarts, 1))
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W_NS}">'
        f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>{lvl_xml}</w:abstractNum>'
        f"{nums}</w:numbering>"
    ).encode("utf-8")


def build_docx(spec: dict, out: Path) -> None:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.shared import Pt

    lang = spec.get("lang", "en")
    scheme = spec.get("numbering", lang)
    d = docx.Document()
    d.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    d.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    d.core_properties.author = "samples/generate.py"
    style = d.styles["Normal"]
    style.font.name = "NanumGothic" if lang == "ko" else "Calibri"
    style.font.size = Pt(10)
    section = d.sections[0]
    if spec.get("header"):
        section.header.paragraphs[0].text = spec["header"]
    footer_p = section.footer.paragraphs[0]
    footer_p.text = (spec.get("footer", "") + "   ") if spec.get("footer") else ""
    # a PAGE field with a cached value, as Word writes it
    fld = parse_xml(
        f'<w:fldSimple xmlns:w="{W_NS}" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
    )
    footer_p._p.append(fld)

    title = d.add_paragraph(spec.get("title", ""), style="Title")
    del title
    # In the ko scheme every heading (article) restarts ①; in the en scheme one list runs through.
    n_heads = sum(1 for b in spec.get("blocks", []) if "h" in b)
    restarts = n_heads + 1 if scheme == "ko" else 1
    num_id = 1
    tracked_id = 100
    for block in spec.get("blocks", []):
        if "h" in block:
            p = d.add_paragraph(str(block["h"]), style="Heading 1")
            if scheme == "en":
                _set_numpr(p, 1, 0)
            else:
                num_id += 1
        elif _level(block):
            _text, level = _level(block)  # type: ignore[misc]
            p = d.add_paragraph(str(next(block[k] for k in ("li", "li2", "li3") if k in block)))
            if scheme == "en":
                _set_numpr(p, 1, level + 1)
            else:
                _set_numpr(p, min(num_id, restarts), level)
            tracked_id = _track(p, block, tracked_id)
        elif "table" in block:
            rows = block["table"]
            ncols = max(len(r) for r in rows)
            table = d.add_table(rows=len(rows), cols=ncols)
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = str(cell)
        elif block.get("pagebreak"):
            d.add_page_break()
        elif "p" in block:
            p = d.add_paragraph(str(block["p"]))
            tracked_id = _track(p, block, tracked_id)
    # replace the numbering part with ours
    numbering_part = d.part.numbering_part
    numbering_part._element = parse_xml(_numbering_xml(scheme, restarts))
    buf = io.BytesIO()
    d.save(buf)
    out.write_bytes(_normalise_zip(buf.getvalue()))
    del Part, PackURI, RT


def _track(p, block: dict, tracked_id: int) -> int:  # type: ignore[no-untyped-def]
    """Append a block's tracked deletion and insertion to its DOCX paragraph; the next free revision id."""
    from docx.oxml import parse_xml

    if "del" in block:
        tracked_id += 1
        p._p.append(parse_xml(
            f'<w:del xmlns:w="{W_NS}" w:id="{tracked_id}" w:author="Reviewer" w:date="2026-01-05T09:00:00Z">'
            f'<w:r><w:delText xml:space="preserve">{_xml_escape(block["del"])}</w:delText></w:r></w:del>'))
    if "ins" in block:
        tracked_id += 1
        p._p.append(parse_xml(
            f'<w:ins xmlns:w="{W_NS}" w:id="{tracked_id}" w:author="Reviewer" w:date="2026-01-05T09:00:00Z">'
            f'<w:r><w:t xml:space="preserve">{_xml_escape(block["ins"])}</w:t></w:r></w:ins>'))
    return tracked_id


def _set_numpr(p, num_id: int, level: int) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import parse_xml

    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _xml_escape(s: str) -> str:
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _normalise_zip(data: bytes) -> bytes:
    """Fixed timestamps and order, so a regenerated file is byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------------------- HWPX

def build_hwpx(spec: dict, out: Path) -> None:
    import warnings

    import hwpx
    from lxml import etree

    warnings.simplefilter("ignore", DeprecationWarning)
    doc = hwpx.HwpxDocument.new()
    marks: list[tuple[int, int]] = []  # (paragraph index, level) of numbered items
    heads: list[int] = []
    doc.add_paragraph(spec.get("title", ""))
    for block in spec.get("blocks", []):
        if "h" in block:
            doc.add_paragraph(str(block["h"]))
            heads.append(len(doc.paragraphs) - 1)
        elif _level(block):
            text, level = _level(block)  # type: ignore[misc]
            doc.add_paragraph(text)
            marks.append((len(doc.paragraphs) - 1, level))
        elif "table" in block:
            rows = block["table"]
            ncols = max(len(r) for r in rows)
            table = doc.add_table(len(rows), ncols)
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.set_cell_text(r, c, str(cell))
        elif "p" in block:
            doc.add_paragraph(_accepted(block))
    if spec.get("header"):
        doc.set_header_text(spec["header"])
    if spec.get("footer"):
        doc.set_footer_text(spec["footer"])
    buf = io.BytesIO()
    doc.save_to_stream(buf)
    data = _hwpx_numbering(buf.getvalue(), marks, heads, etree)
    out.write_bytes(_normalise_zip(data))


def _hwpx_numbering(data: bytes, marks: list[tuple[int, int]], heads: list[int], etree) -> bytes:  # type: ignore[no-untyped-def]
    """Add a numbering (① / 1. / 가.) and paragraph shapes that use it, restarting per article.

    Hangul restarts a numbering by giving a new numbering definition; one definition per
    article keeps the sample faithful to how Korean contracts are numbered.
    """
    hh = "http://www.hancom.co.kr/hwpml/2011/head"
    hp = "http://www.hancom.co.kr/hwpml/2011/paragraph"
    src = zipfile.ZipFile(io.BytesIO(data))
    header = etree.fromstring(src.read("Contents/header.xml"))
    section = etree.fromstring(src.read("Contents/section0.xml"))
    numberings = header.find(f".//{{{hh}}}numberings")
    para_props = header.find(f".//{{{hh}}}paraProperties")
    base = para_props.find(f"{{{hh}}}paraPr")
    formats = [("CIRCLED_DIGIT", "^1"), ("DIGIT", "^2."), ("HANGUL_SYLLABLE", "^3.")]
    next_num = 900
    next_pr = 900
    article_of: dict[int, int] = {}
    bounds = sorted(heads)
    for idx, _lv in marks:
        article_of[idx] = sum(1 for h in bounds if h < idx)
    pr_ids: dict[tuple[int, int], str] = {}
    for article in sorted(set(article_of.values())):
        num = etree.SubElement(numberings, f"{{{hh}}}numbering", id=str(next_num), start="0")
        for lv, (fmt, text) in enumerate(formats):
            ph = etree.SubElement(num, f"{{{hh}}}paraHead", start="1", level=str(lv + 1), align="LEFT",
                                  useInstWidth="1", autoIndent="1", widthAdjust="0", textOffsetType="PERCENT",
                                  textOffset="50", numFormat=fmt, charPrIDRef="4294967295", checkable="0")
            ph.text = text
        for lv in range(3):
            pr = copy.deepcopy(base)
            pr.set("id", str(next_pr))
            heading = pr.find(f"{{{hh}}}heading")
            heading.set("type", "NUMBER")
            heading.set("idRef", str(next_num))
            heading.set("level", str(lv))
            para_props.append(pr)
            pr_ids[(article, lv)] = str(next_pr)
            next_pr += 1
        next_num += 1
    numberings.set("itemCnt", str(len(numberings)))
    para_props.set("itemCnt", str(len(para_props)))
    paragraphs = [p for p in section if p.tag == f"{{{hp}}}p"]
    for idx, lv in marks:
        if idx < len(paragraphs):
            paragraphs[idx].set("paraPrIDRef", pr_ids[(article_of[idx], min(lv, 2))])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == "Contents/header.xml":
                payload = etree.tostring(header, xml_declaration=True, encoding="UTF-8", standalone=True)
            elif info.filename == "Contents/section0.xml":
                payload = etree.tostring(section, xml_declaration=True, encoding="UTF-8", standalone=True)
            else:
                payload = src.read(info.filename)
            dst.writestr(info, payload)
    return out.getvalue()


# ---------------------------------------------------------------------------------------- main

BUILDERS = {"pdf": build_pdf, "docx": build_docx, "hwpx": build_hwpx}


def build_tree(sources: Path, out: Path) -> list[Path]:
    written = []
    for src in sorted(sources.glob("*/*.yaml")):
        m = re.match(r"^(.*)\.(pdf|docx|hwpx)\.yaml$", src.name)
        if not m:
            continue
        spec = yaml.safe_load(src.read_text(encoding="utf-8"))
        for block in spec.get("blocks", []):
            try:
                _check_tracked(block)
            except ValueError as exc:
                raise ValueError(f"{src}: {exc}") from None
        target = out / src.parent.name / f"{m.group(1)}.{m.group(2)}"
        target.parent.mkdir(parents=True, exist_ok=True)
        BUILDERS[m.group(2)](spec, target)
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    import logging

    logging.getLogger("fontTools").setLevel(logging.ERROR)
    here = Path(__file__).resolve().parent
    sources = Path(argv[0]) if argv else here / ".sources"
    out = Path(argv[1]) if len(argv) > 1 else here
    for path in build_tree(sources, out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
