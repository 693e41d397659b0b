"""The library's pattern language: plain phrases (preferred) or `re:` regular expressions.

Lawyers write phrases; the compiler makes them robust to how contract text is extracted:
English phrases match case-insensitively on word boundaries with any whitespace between words;
Korean phrases match with or without spaces between any two characters, because Korean PDFs
break words at line ends and insert spaces at font switches. A Korean phrase ending in `-` is a
verb stem, written as dictionaries write it ("알리-", "보관하-"): it also matches the forms that
fuse an ending into the stem's last syllable (알린, 알릴, 알림, 알립니다, 알려; 보관한, 보관할,
보관해), which the bare syllables never match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_NOT_AFTER_LATIN = r"(?<![^\W\uac00-\ud7a3\u3131-\u318e])"
_NOT_BEFORE_LATIN = r"(?![^\W\uac00-\ud7a3\u3131-\u318e])"


@dataclass(frozen=True)
class Pattern:
    source: str
    expr: str  # the regular expression the source compiles to (case-insensitive)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """Compiled on first use: a library holds thousands of patterns, and listing it or
        answering --help should not pay for compiling them all. A third of them repeat an
        expression used elsewhere in the library, which is compiled once."""
        found = _COMPILED.get(self.expr)
        if found is None:
            found = _COMPILED[self.expr] = re.compile(self.expr, re.IGNORECASE)
        return found

    def search(self, text: str, squashed: str | None = None) -> re.Match[str] | None:
        """The first match; `squashed` (prefilter.squash(text)) lets a literal test skip the regex."""
        if squashed is not None:
            lits = self.literals
            if lits is not None:
                for lit in lits:  # a plain loop: this runs for every check pattern on every clause
                    if lit in squashed:
                        break
                else:
                    return None
        return self.regex.search(text)

    @cached_property
    def literals(self) -> tuple[str, ...] | None:
        from .prefilter import literals

        if self.expr not in _LITERALS:
            found = literals(self.expr)
            _LITERALS[self.expr] = None if found is None else tuple(found)
        return _LITERALS[self.expr]


#: The pattern that stands for any foreign country or region the analyzer knows by name (pycountry's English and
#: Korean names, with the cities and cloud regions read as their country): a list of places in the library
#: would always miss some ("Portugal", "체코").
COUNTRIES = "@countries"


_LAW_OF = re.compile(r"\b(?:laws?|courts?|jurisdiction|arbitration|tribunals?|legislation)\s+(?:of|in)\s+(?:the\s+)?(?:State\s+of\s+|Republic\s+of\s+)?$",
                     re.IGNORECASE)
_LAW_AFTER = re.compile(r"\s*(?:['’]s\s+)?(?:(?:law|laws|courts?|legislation)\b|(?:의\s*)?(?:법|법률|법령|법원|중재))", re.IGNORECASE)


@dataclass(frozen=True)
class _CountriesPattern(Pattern):
    """COUNTRIES, searched with the relationship module's country finder (one pass over the text, not one
    alternation of every name per position)."""

    def search(self, text: str, squashed: str | None = None) -> re.Match[str] | None:
        from .relationship import countries_in

        found = countries_in(text)
        if not found:
            return None
        _code, start, end, _name = found[0]
        return re.compile(re.escape(text[start:end])).search(text, start)

    def place_search(self, text: str, squashed: str | None = None) -> bool:
        """Whether the text names a foreign place as a place, not only as the law or the courts that govern a
        contract ("interpreted in accordance with the laws of Singapore", "싱가포르 법원"): how a detect group
        reads @countries, since a governing-law clause is no transfer."""
        from .relationship import countries_in

        return any(not _LAW_OF.search(text, max(0, start - 40), start) and not _LAW_AFTER.match(text, end)
                   for _code, start, end, _name in countries_in(text))

    @cached_property
    def regex(self) -> re.Pattern[str]:
        from .relationship import country_regex

        return country_regex()

    @cached_property
    def literals(self) -> tuple[str, ...] | None:
        return None


# Per expression, shared by the Pattern objects that repeat it (re's own cache holds only 512).
_COMPILED: dict[str, re.Pattern[str]] = {}
_LITERALS: dict[str, tuple[str, ...] | None] = {}


_SYLLABLE_BASE, _FINALS, _MEDIALS = 0xAC00, 28, 21
#: finals an ending fuses into a stem's open last syllable: ㄴ (알린), ㄹ (알릴), ㅁ (알림), ㅂ (알립니다)
_FUSED_FINALS = (4, 8, 16, 17)
_PAST_FINAL = 20  # ㅆ (알렸다, 보냈다)
#: medial vowel of the stem's last syllable -> the vowel it contracts to before -아/-어
#: (알리 -> 알려, 바꾸 -> 바꿔, 보 -> 봐, 쓰 -> 써, 되 -> 돼); vowels not listed keep theirs (보내 -> 보내)
_CONTRACTED = {20: 6, 13: 14, 8: 9, 18: 4, 11: 10}
_HA = "하"


def _stem_forms(syllable: str) -> list[str]:
    """The spellings a verb stem's last syllable takes once an ending fuses into it."""
    code = ord(syllable) - _SYLLABLE_BASE
    if not 0 <= code < 11172 or code % _FINALS:
        return [syllable]  # a closed syllable (받-, 끊-) takes its endings as separate syllables
    onset_vowel = code // _FINALS
    vowel = onset_vowel % _MEDIALS
    forms = [syllable] + [chr(_SYLLABLE_BASE + code + f) for f in _FUSED_FINALS]
    if syllable == _HA:
        contracted = chr(_SYLLABLE_BASE + (onset_vowel + 1) * _FINALS)  # 해
    else:
        contracted = chr(_SYLLABLE_BASE + (onset_vowel - vowel + _CONTRACTED.get(vowel, vowel)) * _FINALS)
    for c in (contracted, chr(ord(contracted) + _PAST_FINAL)):
        if c not in forms:
            forms.append(c)
    return forms


_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _expand_placeholders(expr: str) -> str:
    """A regex may name the analyzer's own lists of places ({country}, {country_adj}: see
    relationship.placeholder_sources) instead of writing a list out, which would differ from check to check and
    always miss some. An unknown placeholder is an error, not a literal."""
    if not _PLACEHOLDER.search(expr):
        return expr
    from .relationship import placeholder_sources

    sources = placeholder_sources()

    def sub(m: re.Match[str]) -> str:
        if m.group(0) not in sources:
            raise re.error(f"unknown placeholder {m.group(0)} (known: {', '.join(sorted(sources))})")
        return sources[m.group(0)]

    return _PLACEHOLDER.sub(sub, expr)


def compile_pattern(source: str, *, check: bool = True) -> Pattern:
    """Translate one library pattern; with `check`, compile it now so an invalid regex raises
    re.error here (validation) rather than at first use."""
    if source == COUNTRIES:
        return _CountriesPattern(source, source)
    if source.startswith("re:"):
        p = Pattern(source, _expand_placeholders(source[3:]))
    else:
        phrase = source.strip()
        if not phrase:
            raise re.error("empty pattern")
        if _HANGUL.search(phrase):
            stem = phrase.endswith("-") and bool(_HANGUL.match(phrase[-2:-1]))
            chars = [c for c in (phrase[:-1] if stem else phrase) if not c.isspace()]
            parts = [re.escape(c) for c in chars]
            if stem:
                forms = _stem_forms(chars[-1])
                parts[-1] = forms[0] if len(forms) == 1 else "(?:" + "|".join(forms) + ")"
            p = Pattern(source, r"\s*".join(parts))
        else:
            words = phrase.split()
            body = r"\s+".join(re.escape(w) for w in words)
            # a Latin phrase ends at a Latin letter or digit, not at Hangul: "GDPR에 따른" names the GDPR
            if re.match(r"\w", words[0]):
                body = _NOT_AFTER_LATIN + body
            if re.search(r"\w$", words[-1]):
                body = body + _NOT_BEFORE_LATIN
            p = Pattern(source, body)
    if check:
        p.regex  # noqa: B018 - compiles and caches
    return p


@dataclass(frozen=True)
class PatternSet:
    """Patterns per language; a mixed-language text is searched with both."""

    en: tuple[Pattern, ...] = ()
    ko: tuple[Pattern, ...] = ()

    def for_lang(self, lang: str) -> tuple[Pattern, ...]:
        if lang == "ko":
            return self.ko
        if lang == "en":
            return self.en
        return self.en + self.ko

    def find(self, text: str, lang: str, squashed: str | None = None) -> list[tuple[Pattern, re.Match[str]]]:
        out = []
        for p in self.for_lang(lang):
            m = p.search(text, squashed)
            if m:
                out.append((p, m))
        return out

    def first(self, text: str, lang: str, squashed: str | None = None) -> tuple[Pattern, re.Match[str]] | None:
        for p in self.for_lang(lang):
            m = p.search(text, squashed)
            if m:
                return p, m
        return None

    def __bool__(self) -> bool:
        return bool(self.en or self.ko)
