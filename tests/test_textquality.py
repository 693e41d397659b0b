"""The text-layer checks count characters with regular expressions; they must count what the
per-character definitions (unicodedata categories, str.isalpha) count."""

from __future__ import annotations

import random
import sys
import unicodedata

from analyzer.extractors import textquality
from analyzer.language import ScriptCounts, count_scripts


def test_bad_code_point_ranges_are_the_control_private_use_and_surrogate_categories():
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        expected = c == "\ufffd" or unicodedata.category(c) in ("Cc", "Co", "Cs")
        assert bool(textquality._BAD.fullmatch(c)) == expected, hex(cp)


def _count_scripts_by_character(text: str) -> ScriptCounts:
    hangul = latin = other = 0
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            if ("a" <= ch <= "z") or ("A" <= ch <= "Z"):
                latin += 1
        elif 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
            hangul += 1
        elif ch.isalpha():
            if 0xC0 <= o <= 0x24F:
                latin += 1
            else:
                other += 1
    return ScriptCounts(hangul, latin, other)


def test_count_scripts_counts_as_a_loop_over_characters_would():
    rnd = random.Random(5)
    ranges = [(0, 0x80), (0x80, 0x600), (0x1000, 0x1200), (0x3000, 0x3200), (0xAB00, 0xD800), (0xE000, 0x2FFFF)]
    for _ in range(5000):
        text = "".join(chr(rnd.randrange(*rnd.choice(ranges))) for _c in range(rnd.randint(0, 60)))
        assert count_scripts(text) == _count_scripts_by_character(text), text
