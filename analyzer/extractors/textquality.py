"""Is an extracted text layer real text, or garbage from a broken font encoding?

A PDF whose fonts lack a correct Unicode map yields text such as `WKH$JUHHPHQW` (glyph codes
shifted by a constant) or runs of control characters. Passing that on would produce a report
that silently says every clause is missing, so it must fail loudly with a code instead.
"""

from __future__ import annotations

import unicodedata

from ..language import count_scripts, english_word_share

_VOWELS = frozenset("aeiouyAEIOUY")


def garbage_reason(text: str) -> str | None:
    """A short explanation when `text` looks like a broken text layer, else None."""
    chars = [c for c in text if not c.isspace()]
    if len(chars) < 40:
        return None
    bad = sum(
        1 for c in chars if c == "\ufffd" or unicodedata.category(c) in ("Cc", "Co", "Cs")
    )
    if bad / len(chars) > 0.05:
        return f"{bad / len(chars):.0%} of the characters are control or unmapped glyph codes"
    if text.count("(cid:") >= 10:
        return "the text consists of unmapped glyph references (cid:NN)"
    scripts = count_scripts(text)
    if scripts.letters and scripts.latin / scripts.letters > 0.7 and scripts.latin >= 200:
        letters = [c for c in chars if c.isascii() and c.isalpha()]
        vowel_share = sum(1 for c in letters if c in _VOWELS) / max(len(letters), 1)
        if english_word_share(text, sample=20000) < 0.03 and (bad / len(chars) > 0.005 or vowel_share < 0.25):
            return "the letters do not form words (shifted glyph encoding)"
    return None
