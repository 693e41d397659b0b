"""Is an extracted text layer real text, or garbage from a broken font encoding?

A PDF whose fonts lack a correct Unicode map yields text such as `WKH$JUHHPHQW` (glyph codes
shifted by a constant) or runs of control characters. Passing that on would produce a report
that silently says every clause is missing, so it must fail loudly with a code instead.
"""

from __future__ import annotations

import re

from ..language import count_scripts, english_word_share

# Control (Cc), private-use (Co) and surrogate (Cs) code points, and U+FFFD: the ranges of
# those Unicode categories are fixed by its stability policy (a test checks them against
# unicodedata), so the whole text is searched once instead of asking each character.
_BAD = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd\ufffd]")
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")
_VOWEL = re.compile(r"[aeiouyAEIOUY]")


def garbage_reason(text: str) -> str | None:
    """A short explanation when `text` looks like a broken text layer, else None."""
    n_chars = sum(map(len, text.split()))  # characters that are not white space
    if n_chars < 40:
        return None
    bad = sum(1 for c in _BAD.findall(text) if not c.isspace())
    if bad / n_chars > 0.05:
        return f"{bad / n_chars:.0%} of the characters are control or unmapped glyph codes"
    if text.count("(cid:") >= 10:
        return "the text consists of unmapped glyph references (cid:NN)"
    scripts = count_scripts(text)
    if scripts.letters and scripts.latin / scripts.letters > 0.7 and scripts.latin >= 200:
        n_letters = sum(map(len, _ASCII_LETTERS.findall(text)))
        vowel_share = len(_VOWEL.findall(text)) / max(n_letters, 1)
        if english_word_share(text, sample=20000) < 0.03 and (bad / n_chars > 0.005 or vowel_share < 0.25):
            return "the letters do not form words (shifted glyph encoding)"
    return None
