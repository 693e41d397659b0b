"""Builders for small test documents (written here, never copied from anywhere)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NANUM = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")


def docx_bytes(body_xml: str, *, numbering_xml: str | None = None, header_xml: str | None = None,
               extra_parts: dict[str, bytes] | None = None) -> bytes:
    """A minimal, valid DOCX package around a w:body fragment."""
    rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    overrides = [
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
    ]
    parts: dict[str, bytes] = {}
    if numbering_xml is not None:
        rels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
        overrides.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
        parts["word/numbering.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W_NS}">{numbering_xml}</w:numbering>'.encode()
    if header_xml is not None:
        rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        overrides.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        parts["word/header1.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="{W_NS}">{header_xml}</w:hdr>'.encode()
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W_NS}">'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/>'
              '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style></w:styles>')
    parts["word/styles.xml"] = styles.encode()
    parts["word/document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        f'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body>{body_xml}</w:body></w:document>'
    ).encode()
    parts["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels) + "</Relationships>").encode()
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>").encode()
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>").encode()
    parts.update(extra_parts or {})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


def docx_with_doctype(data: bytes, dtd: str) -> bytes:
    """The DOCX `data` with a DOCTYPE (entities, external references) put into word/document.xml."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in src.infolist():
            payload = src.read(info.filename)
            if info.filename == "word/document.xml":
                payload = payload.replace(b"?>", b"?>" + dtd.encode(), 1)
            zf.writestr(info.filename, payload)
    return out.getvalue()


def para(text: str, *, num: tuple[int, int] | None = None, style: str | None = None) -> str:
    ppr = ""
    if num or style:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + (
            f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else "") + "</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def abstract_num(aid: int, levels: list[tuple[str, str]], start: int = 1) -> str:
    lv = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels))
    return f'<w:abstractNum w:abstractNumId="{aid}">{lv}</w:abstractNum>'


def num(nid: int, aid: int, restart_levels: tuple[int, ...] = ()) -> str:
    ov = "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="1"/></w:lvlOverride>' for i in restart_levels)
    return f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{ov}</w:num>'


def pdf_bytes(pages: list[list[str]], *, header: str | None = None, footer_numbers: bool = True,
              two_columns: bool = False) -> bytes:
    """A PDF with NanumGothic text (Korean and English round-trip exactly)."""
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):  # noqa: ANN201
            if header:
                self.set_font("N", size=8)
                self.cell(0, 6, header, align="R", new_x="LMARGIN", new_y="NEXT")

        def footer(self):  # noqa: ANN201
            if footer_numbers:
                self.set_y(-14)
                self.set_font("N", size=8)
                self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Doc(format="A4")
    pdf.add_font("N", "", str(NANUM))
    pdf.set_auto_page_break(False)
    for lines in pages:
        pdf.add_page()
        pdf.set_font("N", size=10)
        if two_columns:
            half = len(lines) // 2
            y0 = pdf.get_y() + 4
            for col, chunk in enumerate((lines[:half], lines[half:])):
                pdf.set_xy(15 + col * 95, y0)
                for text in chunk:
                    pdf.set_x(15 + col * 95)
                    pdf.multi_cell(85, 5, text, new_x="LEFT", new_y="NEXT")
                    pdf.ln(2)
        else:
            for text in lines:
                pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
    return bytes(pdf.output())


def hwpx_bytes(section_xml: str, header_xml: str = "") -> bytes:
    hp = "http://www.hancom.co.kr/hwpml/2011/paragraph"
    hh = "http://www.hancom.co.kr/hwpml/2011/head"
    hs = "http://www.hancom.co.kr/hwpml/2011/section"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), b"application/hwp+zip")
        zf.writestr("Contents/header.xml", f'<?xml version="1.0" encoding="UTF-8"?><hh:head xmlns:hh="{hh}">{header_xml}</hh:head>')
        zf.writestr("Contents/section0.xml",
                    f'<?xml version="1.0" encoding="UTF-8"?><hs:sec xmlns:hs="{hs}" xmlns:hp="{hp}">{section_xml}</hs:sec>')
    return buf.getvalue()


def hp(text: str, para_pr: str = "0", page_break: bool = False) -> str:
    return (f'<hp:p paraPrIDRef="{para_pr}" pageBreak="{1 if page_break else 0}">'
            f'<hp:run><hp:t>{text}</hp:t></hp:run></hp:p>')


def ole_bytes(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (as legacy Office and binary HWP use) holding the given streams."""
    import struct

    sector = 512
    names = list(streams)
    # every stream is stored in regular sectors (pad to >= 4096 so no mini-stream is needed)
    data_sectors: list[bytes] = []
    starts = []
    for name in names:
        payload = streams[name].ljust(4096, b"\x00")
        starts.append(len(data_sectors))
        for i in range(0, len(payload), sector):
            data_sectors.append(payload[i:i + sector])
    n_data = len(data_sectors)
    dir_sector = n_data
    fat_sector = n_data + 1
    fat = []
    pos = 0
    for name in names:
        n = (max(len(streams[name]), 4096) + sector - 1) // sector
        for k in range(n):
            fat.append(pos + k + 1 if k < n - 1 else 0xFFFFFFFE)
        pos += n
    fat.append(0xFFFFFFFE)  # directory chain
    fat.append(0xFFFFFFFD)  # FAT sector itself
    fat += [0xFFFFFFFF] * (128 - len(fat))

    def entry(name: str, etype: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\x00\x00"
        return (raw.ljust(64, b"\x00") + struct.pack("<H", len(raw)) + bytes([etype, 1])
                + struct.pack("<III", left, right, child) + b"\x00" * 16 + b"\x00" * 4 + b"\x00" * 16
                + struct.pack("<II", start, size) + b"\x00" * 4)

    nostream = 0xFFFFFFFF
    entries = [entry("Root Entry", 5, nostream, nostream, 1 if names else nostream, 0xFFFFFFFE, 0)]
    for i, name in enumerate(names):
        right = i + 2 if i + 1 < len(names) else nostream
        entries.append(entry(name, 2, nostream, right, nostream, starts[i], max(len(streams[name]), 4096)))
    while len(entries) % 4:
        entries.append(b"\x00" * 128)
    directory = b"".join(entries)[:sector]
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\x00" * 6 + struct.pack("<IIIIIIIII", 0, 1, dir_sector, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0))
    difat = struct.pack("<I", fat_sector) + struct.pack("<I", 0xFFFFFFFF) * 108
    header = (header + difat).ljust(sector, b"\xff")
    body = b"".join(data_sectors) + directory + struct.pack("<128I", *fat)
    return header + body


def vendor_of(analyzer, text: str, lang: str, role: str | None = None, *,  # type: ignore[no-untyped-def]
              overseas: bool | None = None, pseudonymised: bool | None = None):
    """The vendor report for one pasted document: what a clause does to statuses and relationship
    (`role`, `overseas` and `pseudonymised` as a manifest would declare them, None to infer them)."""
    from analyzer.relationship import Declared

    declared = Declared(role=role, overseas=overseas, pseudonymised=pseudonymised) if (
        role or overseas is not None or pseudonymised is not None) else None
    return analyzer.vendor_report("v", [("v/c.txt", analyzer.analyze_text(text, lang=lang))], declared)


def requirement_of(analyzer, rid: str, clauses, lang: str, role: str | None = None, *,  # type: ignore[no-untyped-def]
                   overseas: bool | None = None, pseudonymised: bool | None = None):
    """One requirement's result for a vendor whose single document is these clauses, one paragraph each: what the
    vendor-level tests build clause by clause (a role clause alone, then beside the clause that answers it)."""
    return vendor_of(analyzer, "\n\n".join(clauses), lang, role, overseas=overseas,
                     pseudonymised=pseudonymised).requirement(rid)


def vendor_of_documents(analyzer, documents: dict[str, str], lang: str):  # type: ignore[no-untyped-def]
    """The vendor report for several pasted documents ({file name: text}): what one document does to another's clauses
    (an amendment, a provision beside a processor contract)."""
    return analyzer.vendor_report("v", [(f"v/{name}", analyzer.analyze_text(text, lang=lang))
                                        for name, text in documents.items()])


def failed_checks(result) -> set[str]:  # type: ignore[no-untyped-def]
    """The ids of the checks a requirement result failed: what most status tests assert beside the status."""
    return {c["check"] for c in result.failed_checks}
