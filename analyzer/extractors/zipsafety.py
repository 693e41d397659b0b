"""Guards for zipped-XML formats (DOCX, HWPX) before any XML parser sees them.

A 40 KB DOCX can inflate to gigabytes, and an XML part can declare entities that expand
exponentially or point at local files. Office and Hangul never write DTDs into their parts, so
any DOCTYPE or ENTITY declaration is refused outright, and the inflated sizes announced in the
zip directory are checked (and then enforced while reading) against the limits.
"""

from __future__ import annotations

import io
import re
import zipfile

from ..errors import ExtractionError
from ..limits import Limits

_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT_START = re.compile(rb"<[A-Za-z_]")


def _prolog(fh, limit: int = 1 << 20) -> bytes:
    """The bytes before the root element (where a DTD would have to be), up to `limit`."""
    buf = b""
    while len(buf) < limit:
        chunk = fh.read(16384)
        if not chunk:
            break
        buf += chunk
        m = _ROOT_START.search(buf)
        if m:
            return buf[: m.start()]
    return buf


def open_zip(data: bytes, path: str, kind: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ExtractionError(f"the file is not a valid {kind} (not a ZIP package)", code="corrupt", path=path) from None


def check_zip(data: bytes, path: str, limits: Limits, *, required: tuple[str, ...], kind: str) -> None:
    zf = open_zip(data, path, kind)
    with zf:
        infos = zf.infolist()
        names = {i.filename for i in infos}
        for name in required:
            if name not in names:
                raise ExtractionError(f"the file is not a valid {kind} ({name} is missing)", code="corrupt", path=path)
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise ExtractionError(f"the {kind} package is encrypted", code="encrypted", path=path)
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > 1_000_000 and ratio > limits.max_compression_ratio:
                raise ExtractionError(
                    f"part {info.filename} inflates {ratio:.0f}-fold to {info.file_size:,} bytes (a zip bomb?)",
                    code="too-large",
                    path=path,
                )
        if total > limits.max_inflated_bytes:
            raise ExtractionError(
                f"the {kind} inflates to {total:,} bytes, more than the limit of {limits.max_inflated_bytes:,}",
                code="too-large",
                path=path,
            )
        for info in infos:
            if not info.filename.endswith((".xml", ".rels", ".hpf")):
                continue
            try:
                with zf.open(info) as fh:
                    head = _prolog(fh)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                raise ExtractionError(f"part {info.filename} is damaged ({exc})", code="corrupt", path=path) from None
            if _DTD.search(head):
                raise ExtractionError(
                    f"part {info.filename} declares a DTD or entities, which {kind} files never do; refused for safety",
                    code="corrupt",
                    path=path,
                )
