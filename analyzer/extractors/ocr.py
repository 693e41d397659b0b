"""OCR for scanned pages (optional extra `[ocr]`: pytesseract + Debian's tesseract-ocr with the
eng and kor language data).

Pages are rendered with pypdfium2 at 200 dpi and read with tesseract in page-segmentation mode 4
(a single column of variable-size text), which the project's measurements found far better for
Korean than the default mode 3; OMP_THREAD_LIMIT=1 keeps tesseract from oversubscribing the
worker's core. The words come back with positions, so the same header/footer and paragraph logic
as for a text layer applies. Korean circled clause numbers (①) are often read as "@", "©" or "®";
they are repaired by numbering them in order within each article (제n조) before segmentation.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from typing import Any

DPI = 200
PSM = 4
LANGS = "kor+eng"

_MISREAD_CIRCLED = re.compile(r"^(?:[@©®◎ⓒⓔ]|\(D|@\)|©\)|®\)|\(@\)|\(©\)|O\)|\(\d{1,2}\)?|\d{1,2}\)|\(\s?[OoDQ]\)?)(?=\s*[가-힣])")
_ARTICLE = re.compile(r"^제\s?\d+\s?조")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


class OcrUnavailable(RuntimeError):
    """pytesseract or the tesseract program (with eng and kor data) is not installed."""


@dataclass(frozen=True)
class OcrLine:
    text: str
    left: float
    top: float
    right: float
    bottom: float
    height: float
    confidence: float


def available() -> str | None:
    """None when OCR can run, else what is missing (for the error message)."""
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return "the Python package pytesseract (pip install 'pipa-contract-analyzer[ocr]')"
    if shutil.which("tesseract") is None:
        return "the tesseract program (apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-kor)"
    return None


def ocr_page(page: Any) -> tuple[list[OcrLine], float]:
    """Lines of a pypdfium2 page read by tesseract (coordinates in PDF points from the page
    top), and the mean word confidence (0-1)."""
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    scale = DPI / 72
    image = page.render(scale=scale).to_pil()
    try:
        data = pytesseract.image_to_data(image, lang=LANGS, config=f"--psm {PSM}", output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError as exc:  # e.g. missing language data
        raise OcrUnavailable(str(exc)) from None
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, word in enumerate(data["text"]):
        if word.strip():
            lines.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(i)
    out: list[OcrLine] = []
    confs: list[float] = []
    for key in sorted(lines, key=lambda k: (min(data["top"][i] for i in lines[k]), k)):
        idx = sorted(lines[key], key=lambda i: data["left"][i])
        height = max(data["height"][i] for i in idx) or 1
        parts: list[str] = []
        prev_right = None
        for i in idx:
            # Tesseract splits Korean words into syllables: a space only where the image has a gap
            if prev_right is not None and data["left"][i] - prev_right > 0.28 * height:
                parts.append(" ")
            parts.append(data["text"][i])
            prev_right = data["left"][i] + data["width"][i]
        words = ["".join(parts)]
        conf = [float(data["conf"][i]) for i in idx if float(data["conf"][i]) >= 0]
        confs.extend(conf)
        left = min(data["left"][i] for i in idx) / scale
        top = min(data["top"][i] for i in idx) / scale
        right = max(data["left"][i] + data["width"][i] for i in idx) / scale
        bottom = max(data["top"][i] + data["height"][i] for i in idx) / scale
        out.append(OcrLine(words[0], left, top, right, bottom, max(bottom - top, 1.0),
                           (sum(conf) / len(conf) / 100) if conf else 0.0))
    return out, (sum(confs) / len(confs) / 100) if confs else 0.0


def repair_circled(lines: list[str]) -> list[str]:
    """Renumber circled clause numbers that OCR misread, in order within each article."""
    out = []
    n = 0
    seen_circled = False
    for line in lines:
        s = line.lstrip()
        if _ARTICLE.match(s):
            n = 0
        if s[:1] in _CIRCLED:
            n = _CIRCLED.index(s[0]) + 1
            seen_circled = True
        elif _MISREAD_CIRCLED.match(s):
            n += 1
            if n <= len(_CIRCLED):
                line = line[: len(line) - len(s)] + _CIRCLED[n - 1] + " " + _MISREAD_CIRCLED.sub("", s, count=1).lstrip()
                seen_circled = True
        out.append(line)
    return out if seen_circled else lines
