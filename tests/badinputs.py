"""Generate the bad-input corpus: every kind of file a shared drive holds that is not a clean
contract. `build(folder, heavy=...)` writes it and returns {relative path: expected outcome},
where the outcome is an error code, "ok" (the file is in fact readable) or "skipped".

Run directly to keep a copy:  python tests/badinputs.py /tmp/bad [--heavy]
"""

from __future__ import annotations

import io
import os
import random
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from helpers import NANUM, docx_bytes, docx_with_doctype, ole_bytes, para  # noqa: E402

CLAUSE_EN = ("The Supplier shall notify the Company in writing within twenty-four (24) hours after becoming aware of "
             "any actual or suspected personal data breach, and shall process personal data only for the Services.")
CLAUSE_KO = ("을은 개인정보의 유출등이 발생하였거나 발생한 것으로 의심되는 사실을 알게 된 때부터 24시간 이내에 갑에게 서면으로 "
             "통지하여야 하며, 위탁받은 목적 외로 개인정보를 이용하여서는 아니 된다.")


def _pdf(lines: list[str], *, pages: int = 1, encrypt: tuple[str, str] | None = None, compress: bool = True) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_compression(compress)
    pdf.add_font("N", "", str(NANUM))
    for p in range(pages):
        pdf.add_page()
        pdf.set_font("N", size=10)
        for line in lines:
            pdf.multi_cell(0, 5, f"{line}" if pages == 1 else f"{p + 1}.{line}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    if encrypt:
        pdf.set_encryption(owner_password=encrypt[0], user_password=encrypt[1])
    return bytes(pdf.output())


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (400, 300), "white").save(buf, format="PNG")
    return buf.getvalue()


def _image_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(_png()), x=10, y=10, w=150)
    return bytes(pdf.output())


def _zip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _with_doctype(dtd: str) -> bytes:
    return docx_with_doctype(docx_bytes(para(CLAUSE_EN)), dtd)


def _gigabyte_bomb(gib: int = 2) -> bytes:
    """A DOCX whose one extra part inflates to `gib` GiB (about 2 MB on disk), streamed so the
    generator itself never holds the gigabytes."""
    src = zipfile.ZipFile(io.BytesIO(docx_bytes(para(CLAUSE_EN))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for info in src.infolist():
            zf.writestr(info.filename, src.read(info.filename))
        chunk = b"\0" * (16 * 1024 * 1024)
        with zf.open("word/media/bomb.bin", "w", force_zip64=True) as fh:
            for _ in range(gib * 64):
                fh.write(chunk)
    return out.getvalue()


def _encrypted_docx() -> bytes:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(docx_bytes(para(CLAUSE_EN)))).encrypt("secret", out)
    return out.getvalue()


def _ole_doc() -> bytes:
    return ole_bytes({"WordDocument": b"\xec\xa5" + b"x" * 200})


def build(folder: Path, *, heavy: bool = False) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(1234)
    good_pdf = _pdf([CLAUSE_EN] * 6)
    files: dict[str, tuple[bytes, str]] = {
        "zero-byte.pdf": (b"", "empty"),
        "zero-byte.docx": (b"", "empty"),
        "truncated.pdf": (good_pdf[: len(good_pdf) // 2], "corrupt"),
        "corrupt.pdf": (b"%PDF-1.7\n" + bytes(rnd.randrange(256) for _ in range(5000)), "corrupt"),
        "user-password.pdf": (_pdf([CLAUSE_EN] * 3, encrypt=("owner", "user")), "encrypted"),
        "owner-password-only.pdf": (_pdf([CLAUSE_EN] * 3, encrypt=("owner", "")), "ok"),
        "image-only.pdf": (_image_pdf(), "no-text-layer"),
        "no-unicode-map.pdf": (_pdf([CLAUSE_EN] * 20, compress=False).replace(b"/ToUnicode", b"/ToUnicodX"),
                               "unreadable-text-layer"),
        "zip-bomb.docx": (docx_bytes(para(CLAUSE_EN), extra_parts={"word/media/bomb.bin": b"\0" * (50 * 1024 * 1024)}),
                          "too-large"),
        "external-entity.docx": (_with_doctype('<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'), "corrupt"),
        "billion-laughs.docx": (_with_doctype(
            '<!DOCTYPE w:document [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'), "corrupt"),
        "png-named.docx": (_png(), "corrupt"),
        "plain-zip-named.docx": (_zip({"notes.txt": b"not a document"}), "corrupt"),
        "legacy.doc": (_ole_doc(), "unsupported-format"),
        "legacy-named.docx": (_ole_doc(), "unsupported-format"),
        "password-protected.docx": (_encrypted_docx(), "encrypted"),
        "binary-garbage.txt": (bytes(rnd.randrange(256) for _ in range(50_000)), "corrupt"),
        "korean-cp949.txt": (("제1조(목적)\n" + CLAUSE_KO + "\n").encode("cp949"), "ok"),
        "name with spaces 한글 계약서.txt": (CLAUSE_KO.encode("utf-8"), "ok"),
        "chinese.txt": ("第一条 本合同规定双方关于个人信息处理的权利和义务。乙方应当采取必要的安全措施。".encode("utf-8") * 4,
                        "unsupported-language"),
        "~$lock-file.docx": (b"\x00lock", "skipped"),
        "spreadsheet.xlsx": (b"PK\x03\x04", "skipped"),
    }
    if heavy:
        files["gigabyte-bomb.docx"] = (_gigabyte_bomb(), "too-large")
        files["five-hundred-pages.pdf"] = (_pdf([CLAUSE_EN, CLAUSE_EN], pages=500), "ok")
        files["sixty-megabytes.txt"] = ((CLAUSE_EN + "\n").encode() * (60 * 1024 * 1024 // (len(CLAUSE_EN) + 1)), "too-large")
    expected = {}
    for name, (data, outcome) in files.items():
        (folder / name).write_bytes(data)
        expected[name] = outcome
    # a vendor folder with good files, and a symbolic-link loop inside the scanned tree
    good = folder / "good-vendor"
    good.mkdir(exist_ok=True)
    (good / "dpa.pdf").write_bytes(good_pdf)
    (good / "계약서.txt").write_text("제1조(목적)\n" + CLAUSE_KO, encoding="utf-8")
    expected["good-vendor/dpa.pdf"] = "ok"
    expected["good-vendor/계약서.txt"] = "ok"
    loop = good / "loop"
    if not loop.exists():
        os.symlink(good, loop)
    expected["good-vendor/loop"] = "skipped"
    return expected


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "bad-inputs")
    for name, outcome in build(out, heavy="--heavy" in sys.argv).items():
        print(f"{outcome:24} {name}")
