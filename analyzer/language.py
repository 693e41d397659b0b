"""Script-based language detection for Korean and English contracts.

Contracts are long and the two supported languages use different scripts, so counting Hangul
against Latin letters (weighted, since one syllable carries about as much text as 2.5 letters)
is both faster and more robust than a statistical language identifier, and it needs no model.
English is told from other Latin-script languages by the share of common English words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .types import Lang

_HANGUL_WEIGHT = 2.5
_WORD = re.compile(r"[A-Za-z]+")
_EN_COMMON = frozenset(
    """the of and to in or any by for be shall with on as that this such is are may
    not its from which will at an all other under each party data it has have if no
    agreement parties personal information within""".split()
)


@dataclass(frozen=True)
class ScriptCounts:
    hangul: int = 0
    latin: int = 0
    other: int = 0  # letters of other scripts: Han, kana, Cyrillic, Arabic, Thai, ...

    @property
    def letters(self) -> int:
        return self.hangul + self.latin + self.other


# Runs of ASCII letters and of Hangul are measured by regular expressions (in C: every block,
# segment and whole document is counted, and a Python loop per character showed in profiles);
# only the few characters of other scripts are looked at one by one.
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+")
_OTHER = re.compile(r"[^\x00-\x7f\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")


def count_scripts(text: str) -> ScriptCounts:
    hangul = sum(map(len, _HANGUL.findall(text)))
    latin = sum(map(len, _ASCII_LETTERS.findall(text)))
    other = 0
    for ch in _OTHER.findall(text):
        if ch.isalpha():
            if "\u00c0" <= ch <= "\u024f":  # accented Latin
                latin += 1
            else:
                other += 1
    return ScriptCounts(hangul, latin, other)


def english_word_share(text: str, sample: int = 4000) -> float:
    """Share of common English function words among the Latin words of (a sample of) `text`."""
    words = _WORD.findall(text[:sample])
    if not words:
        return 0.0
    return sum(1 for w in words if w.lower() in _EN_COMMON) / len(words)


def detect(text: str, *, min_letters: int = 3) -> Lang:
    """The language of a block or a document: ko, en, mixed or other.

    Korean contracts quote English terms and English contracts name Korean parties, so a text
    is only "mixed" when both scripts carry a real share of it. Han characters count as "other":
    Korean contracts rarely use them, and a Chinese or Japanese contract must be refused.
    """
    counts = count_scripts(text)
    if counts.letters < min_letters:
        return Lang.OTHER
    h = counts.hangul * _HANGUL_WEIGHT
    total = h + counts.latin + counts.other * _HANGUL_WEIGHT
    if counts.other * _HANGUL_WEIGHT > 0.5 * total:
        return Lang.OTHER
    ko_share = h / total
    if ko_share >= 0.7:
        return Lang.KO
    if ko_share <= 0.3:
        if counts.latin >= 200 and english_word_share(text) < 0.08:
            return Lang.OTHER  # a Latin-script language other than English
        return Lang.EN
    return Lang.MIXED
