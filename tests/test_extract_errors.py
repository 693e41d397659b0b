"""Every unreadable file fails with a stable code from the closed table, naming the file."""

from __future__ import annotations

import io
import zipfile

import pytest

import analyzer
from analyzer.errors import ERROR_CODES
from analyzer.limits import Limits
from helpers import docx_bytes, docx_with_doctype, ole_bytes as _ole_bytes, para

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


CASES = [
    ("empty.pdf", b"", "empty"),
    ("truncated.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "corrupt"),
    ("image.docx", PNG, "corrupt"),
    ("archive.docx", None, "corrupt"),
    ("legacy.doc", "doc", "unsupported-format"),
    ("legacy-renamed.docx", "doc", "unsupported-format"),
    ("protected.docx", "encrypted", "encrypted"),
    ("binary.hwp", "hwp", "corrupt"),  # an HWP container without body sections
    ("notes.rtf.txt", b"{\\rtf1\\ansi Hello}", "unsupported-format"),
    ("data.csv", b"a,b\n1,2\n", "unsupported-format"),
]


def _payload(kind):  # type: ignore[no-untyped-def]
    if kind is None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("readme.txt", "just a zip")
        return buf.getvalue()
    if kind == "doc":
        return _ole_bytes({"WordDocument": b"\xec\xa5" + b"x" * 100})
    if kind == "encrypted":
        return _ole_bytes({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"y" * 100})
    if kind == "hwp":
        return _ole_bytes({"FileHeader": b"HWP Document File", "BodyText": b"z" * 100})
    return kind


@pytest.mark.parametrize("name,payload,code", CASES, ids=[c[0] for c in CASES])
def test_bad_files_fail_with_their_code(tmp_path, name, payload, code):
    f = tmp_path / name
    f.write_bytes(_payload(payload))
    with pytest.raises(analyzer.ExtractionError) as exc:
        analyzer.extract(f)
    assert exc.value.code == code
    assert exc.value.code in ERROR_CODES
    assert str(f) in str(exc.value)


def test_missing_file(tmp_path):
    with pytest.raises(analyzer.ExtractionError) as exc:
        analyzer.extract(tmp_path / "nope.pdf")
    assert exc.value.code == "not-found"


def test_unreadable_file_even_as_root(tmp_path, monkeypatch):
    # Permissions do not stop root, so simulate the operating system refusing the read.
    import builtins

    f = tmp_path / "locked.txt"
    f.write_text("The Vendor shall keep personal data confidential.")
    real_open = builtins.open

    def refusing_open(file, *a, **kw):  # type: ignore[no-untyped-def]
        if str(file) == str(f):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr(builtins, "open", refusing_open)
    with pytest.raises(analyzer.ExtractionError) as exc:
        analyzer.extract(f)
    assert exc.value.code == "permission-denied"


def test_limits_fail_fast_with_too_large(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("The Supplier shall protect personal data. " * 2000)
    with pytest.raises(analyzer.ExtractionError) as exc:
        analyzer.extract(f, limits=Limits(max_chars=10_000))
    assert exc.value.code == "too-large"
    with pytest.raises(analyzer.ExtractionError) as exc:
        analyzer.extract(f, limits=Limits(max_file_bytes=1000))
    assert exc.value.code == "too-large"


def test_docx_zip_bomb_is_refused_before_inflating(tmp_path):
    big = b"<w:p/>" * 4_000_000  # 24 MB of one repeated tag compresses ~1000-fold
    data = docx_bytes(para("A short contract clause about data."), extra_parts={"word/bomb.xml": big})
    f = tmp_path / "bomb.docx"
    f.write_bytes(data)
    with pytest.raises(analyzer.ExtractionError) as exc:
        analyzer.extract(f)
    assert exc.value.code == "too-large"


@pytest.mark.parametrize("dtd", [
    '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE w:document [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
])
def test_docx_with_entities_is_refused(tmp_path, dtd):
    f = tmp_path / "entity.docx"
    f.write_bytes(docx_with_doctype(docx_bytes(para("text")), dtd))
    with pytest.raises(analyzer.ExtractionError) as exc:
        analyzer.extract(f)
    assert exc.value.code == "corrupt"
    assert "root:" not in str(exc.value)
