"""Every unreadable file fails with a stable code from the closed table, naming the file."""

from __future__ import annotations

import io
import zipfile

import pytest

import analyzer
from analyzer.errors import ERROR_CODES
from analyzer.limits import Limits
from helpers import docx_bytes, para

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _ole_bytes(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (olefile can read it) holding the given streams."""
    import olefile  # noqa: F401 - the reader under test; the writer below is hand-made

    # Write with the standard library: build via a real OLE writer is unavailable, so use the
    # compoundfiles layout of a tiny file (one FAT sector, one directory sector, mini-streams).
    return _make_ole(streams)


def _make_ole(streams: dict[str, bytes]) -> bytes:
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


CASES = [
    ("empty.pdf", b"", "empty"),
    ("truncated.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "corrupt"),
    ("image.docx", PNG, "corrupt"),
    ("archive.docx", None, "corrupt"),
    ("legacy.doc", "doc", "unsupported-format"),
    ("legacy-renamed.docx", "doc", "unsupported-format"),
    ("protected.docx", "encrypted", "encrypted"),
    ("binary.hwp", "hwp", "unsupported-format"),
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
    data = docx_bytes(para("text"))
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in src.infolist():
            payload = src.read(info.filename)
            if info.filename == "word/document.xml":
                payload = payload.replace(b"?>", b"?>" + dtd.encode(), 1)
            zf.writestr(info.filename, payload)
    f = tmp_path / "entity.docx"
    f.write_bytes(out.getvalue())
    with pytest.raises(analyzer.ExtractionError) as exc:
        analyzer.extract(f)
    assert exc.value.code == "corrupt"
    assert "root:" not in str(exc.value)
