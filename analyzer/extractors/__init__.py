"""Read a contract file into a Document, whatever its format, or fail with a coded error.

The format is decided by the file's content (magic bytes), not only by its name: shared drives
are full of PNGs renamed .docx and Word 97 files renamed .docx, and each must fail with a code
that says what it really is.
"""

from __future__ import annotations

import os
from itertools import islice
from pathlib import Path

from ..errors import AnalyzerError, ExtractionError
from ..limits import Limits
from ..types import Document, Lang
from .builder import sha256_bytes

#: Extensions the scanner treats as documents (everything else is skipped, not an error).
DOCUMENT_EXTENSIONS = (".pdf", ".docx", ".doc", ".hwp", ".hwpx", ".txt", ".md", ".markdown", ".mdx", ".html", ".htm")
SUPPORTED = "PDF, DOCX, HWP, HWPX, plain text, Markdown and HTML"

_IMAGE_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
}


def read_bytes(path: str | os.PathLike[str], limits: Limits) -> bytes:
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise ExtractionError("the file does not exist", code="not-found", path=p) from None
    except PermissionError:
        raise ExtractionError("the file cannot be accessed (permission denied)", code="permission-denied", path=p) from None
    except OSError as exc:
        raise ExtractionError(f"the file cannot be accessed ({exc.strerror or exc})", code="not-found", path=p) from None
    if p.is_dir():
        raise ExtractionError("the path is a folder, not a file", code="unsupported-format", path=p)
    if st.st_size == 0:
        raise ExtractionError("the file is empty (0 bytes)", code="empty", path=p)
    if st.st_size > limits.max_file_bytes:
        raise ExtractionError(
            f"the file is {st.st_size:,} bytes, more than the limit of {limits.max_file_bytes:,}", code="too-large", path=p
        )
    try:
        with open(p, "rb") as fh:
            data = fh.read(limits.max_file_bytes + 1)
    except FileNotFoundError:
        raise ExtractionError("the file does not exist", code="not-found", path=p) from None
    except PermissionError:
        raise ExtractionError("the file cannot be read (permission denied)", code="permission-denied", path=p) from None
    except OSError as exc:
        raise ExtractionError(f"the file cannot be read ({exc.strerror or exc})", code="permission-denied", path=p) from None
    if not data:
        raise ExtractionError("the file is empty (0 bytes)", code="empty", path=p)
    return data


def sniff(data: bytes, suffix: str) -> str:
    """The format of the content: pdf, docx, hwpx, zip, ole, txt, md, html, or what it is not."""
    head = data[:8]
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if data.startswith(b"HWP Document File"):
        return "hwp3"
    if data.lstrip()[:5].lower() == b"{\\rtf":
        return "rtf"
    for magic, name in _IMAGE_MAGIC.items():
        if data.startswith(magic):
            return "image:" + name
    if suffix in (".md", ".markdown", ".mdx"):
        return "md"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".pdf", ".docx", ".hwpx"):
        return "mismatch"
    if suffix == ".txt" or not suffix:
        return "txt"
    return "unknown"


def _zip_kind(data: bytes, path: str) -> str:
    from .zipsafety import open_zip

    with open_zip(data, path, "package") as zf:
        names = set(zf.namelist())
        if "word/document.xml" in names:
            return "docx"
        if any(n.startswith("Contents/section") for n in names) or (
            "mimetype" in names and zf.read("mimetype")[:40].startswith(b"application/hwp")
        ):
            return "hwpx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "ppt/presentation.xml" in names:
            return "pptx"
    return "zip"


def _ole_kind(data: bytes, path: str) -> str:
    import io

    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            streams = {"/".join(s) for s in ole.listdir(streams=True, storages=True)}
    except Exception:  # noqa: BLE001 - olefile raises several types on damaged containers
        raise ExtractionError("the file looks like an OLE compound file but is damaged", code="corrupt", path=path) from None
    if "EncryptionInfo" in streams or "EncryptedPackage" in streams:
        return "encrypted-office"
    if "FileHeader" in streams and any(s.startswith("BodyText") or s.startswith("ViewText") for s in streams):
        return "hwp5"
    if "WordDocument" in streams:
        return "doc"
    if "Workbook" in streams or "Book" in streams:
        return "xls"
    return "ole"


OCR_MODES = ("off", "auto", "force")


def extract_document(path: str | os.PathLike[str], *, limits: Limits | None = None, ocr: str = "off") -> Document:
    limits = limits or Limits()
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {', '.join(OCR_MODES)}, not {ocr!r}")
    spath = str(path)
    suffix = Path(spath).suffix.lower()
    data = read_bytes(path, limits)
    sha = sha256_bytes(data)
    kind = sniff(data, suffix)
    try:
        doc = _dispatch(kind, spath, suffix, data, sha, limits, ocr)
    except AnalyzerError:
        raise
    except MemoryError:
        raise ExtractionError("the file needs more memory than is available", code="too-large", path=spath) from None
    except RecursionError:
        raise ExtractionError("the file's structure is nested too deeply", code="corrupt", path=spath) from None
    except Exception as exc:  # noqa: BLE001 - a parser tripping on malformed bytes (zlib, struct, XML, ...)
        raise ExtractionError(f"the file is damaged and could not be parsed ({type(exc).__name__}: {exc})"[:500],
                              code="corrupt", path=spath) from None
    return _validate(doc, spath, limits)


def _dispatch(kind: str, path: str, suffix: str, data: bytes, sha: str, limits: Limits, ocr: str = "off") -> Document:
    if kind == "pdf":
        from .pdf import extract_pdf

        return extract_pdf(path, data, sha, limits, ocr)
    if kind == "zip":
        zkind = _zip_kind(data, path)
        if zkind == "docx":
            from .docx import extract_docx

            return extract_docx(path, data, sha, limits)
        if zkind == "hwpx":
            from .hwpx import extract_hwpx

            return extract_hwpx(path, data, sha, limits)
        if suffix in (".docx", ".hwpx"):
            what = {"xlsx": "an Excel workbook", "pptx": "a PowerPoint file"}.get(zkind, "a ZIP archive")
            raise ExtractionError(f"the file is {what}, not a {suffix[1:].upper()} document", code="corrupt", path=path)
        raise ExtractionError(f"ZIP packages other than DOCX and HWPX are not supported; supported: {SUPPORTED}",
                              code="unsupported-format", path=path)
    if kind == "ole":
        okind = _ole_kind(data, path)
        if okind == "encrypted-office":
            raise ExtractionError("the Office document is password-protected", code="encrypted", path=path)
        if okind == "hwp5":
            from .hwp import extract_hwp

            return extract_hwp(path, data, sha, limits)
        if okind == "doc":
            raise ExtractionError(
                f"legacy Word (.doc) files are not supported; save it as DOCX or PDF (supported: {SUPPORTED})",
                code="unsupported-format", path=path)
        raise ExtractionError(f"this OLE compound file is not a supported document (supported: {SUPPORTED})",
                              code="unsupported-format", path=path)
    if kind == "hwp3":
        raise ExtractionError(f"HWP 3.0 files are not supported (supported: {SUPPORTED})", code="unsupported-format", path=path)
    if kind == "rtf":
        raise ExtractionError(f"RTF files are not supported; save it as DOCX or PDF (supported: {SUPPORTED})",
                              code="unsupported-format", path=path)
    if kind.startswith("image:"):
        what = kind.split(":", 1)[1]
        if suffix in DOCUMENT_EXTENSIONS:
            raise ExtractionError(f"the file is {what}, not a {suffix[1:].upper()} document", code="corrupt", path=path)
        raise ExtractionError(f"images are not supported (supported: {SUPPORTED})", code="unsupported-format", path=path)
    if kind == "mismatch":
        raise ExtractionError(f"the file is not a valid {suffix[1:].upper()} (its content does not match its name)",
                              code="corrupt", path=path)
    if kind == "md":
        from .text import extract_markdown

        return extract_markdown(path, data, sha, limits)
    if kind == "html":
        from .text import extract_html

        return extract_html(path, data, sha, limits)
    if kind == "txt":
        from .text import extract_text

        return extract_text(path, data, sha, limits)
    raise ExtractionError(f"files of type {suffix or '(no extension)'} are not supported (supported: {SUPPORTED})",
                          code="unsupported-format", path=path)


def _validate(doc: Document, path: str, limits: Limits) -> Document:
    if len(doc.text) > limits.max_chars:
        raise ExtractionError(
            f"the text has {len(doc.text):,} characters, more than the limit of {limits.max_chars:,}",
            code="too-large", path=path)
    letters = sum(1 for _c in islice(filter(str.isalpha, doc.body), 8))  # 8 is enough to know
    if letters < 8:
        raise ExtractionError("the document contains no text", code="empty", path=path)
    if doc.lang is Lang.OTHER:
        raise ExtractionError("the contract is neither Korean nor English", code="unsupported-language", path=path)
    return doc
