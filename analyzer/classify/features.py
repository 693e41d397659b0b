"""Text the classifier sees: the same normalisation at training and at prediction time.

English: spaCy tokens (blank pipeline), lower-cased, with numbers and durations normalised
("72 hours" -> "NUM hours", "seventy-two (72)" -> "NUM") so the model learns "within NUM hours"
rather than one feature per number. Korean: the text with spaces removed (character n-grams are
taken by the vectoriser), because Korean PDFs split and join words unpredictably; numbers are
normalised the same way. The nearest heading is added, since "(b) within 24 hours" means little
without "Breach notification" above it.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..types import Segment

_NUMBER_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|"
                 r"seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)")
_EN_NUM = re.compile(rf"\[?\d+(?:[.,]\d+)*\]?(?:\s*\(\s*\[?\d+\]?\s*\))?|\b{_NUMBER_WORDS}\s*\(\s*\d+\s*\)", re.IGNORECASE)
_KO_NUM = re.compile(r"\[?\d+(?:[.,]\d+)*\]?")
_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+")
_LABEL = re.compile(r"^(?:제\s?\d+\s?조(?:의\s?\d+)?\s?(?:\([^)]*\))?|\d+(?:\.\d+)*\.?|\([a-z0-9ivx]{1,4}\)|[①-⑳])\s*")


def _heading_title(segment: Segment) -> str:
    if not segment.heading_path:
        return ""
    title = segment.heading_path[-1]
    m = re.search(r"\(([^)]+)\)", title)
    if m and title.lstrip().startswith("제"):
        return m.group(1)
    title = _LABEL.sub("", title).strip()
    return title if len(title) > 2 else ""


def normalise_en(text: str) -> str:
    from .. import nlp

    text = _URL.sub(" URL ", text)
    text = _EN_NUM.sub(" NUM ", text)
    toks = nlp.tokens(text, "en")
    return " ".join(t for t in toks if t.strip() and not all(c in ".,;:()[]\"'“”‘’" for c in t))


def normalise_ko(text: str) -> str:
    text = _URL.sub("U", text)
    text = _KO_NUM.sub("0", text)
    return re.sub(r"\s+", "", text)


def normalise(text: str, lang: str) -> str:
    return normalise_ko(text) if lang == "ko" else normalise_en(text)


def segment_text(segment: Segment) -> str:
    """Raw text a segment contributes to the classifier (its heading title, then its text)."""
    title = _heading_title(segment)
    return f"{title}. {segment.text}" if title else segment.text


def segment_features(segments: Sequence[Segment]) -> dict[str, list[tuple[int, str]]]:
    """(index, normalised text) per language model; mixed segments go to both."""
    out: dict[str, list[tuple[int, str]]] = {"en": [], "ko": []}
    for i, seg in enumerate(segments):
        raw = segment_text(seg)
        lang = seg.lang.value
        has_ko = bool(re.search(r"[가-힣]", raw))
        if lang == "ko" or (lang != "en" and has_ko):
            out["ko"].append((i, normalise_ko(raw)))
            if lang == "mixed":
                out["en"].append((i, normalise_en(raw)))
        else:
            out["en"].append((i, normalise_en(raw)))
    return out
