"""spaCy pipelines (the only module that imports spaCy): sentence boundaries and tokens.

No model packages are downloaded or installed: the pipelines are `spacy.blank("en")` with the
rule-based sentencizer, and `spacy.blank("ko")` with the plain whitespace tokenizer
(`spacy.Tokenizer.v1`; the default Korean tokenizer needs mecab-ko, which Debian lacks) plus a
rule component that ends sentences where Korean contract sentences end ("…한다.", "…있음.").
Both are built lazily, once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

# Abbreviations after which the sentencizer's split is wrong in contracts ("Sec. 4", "Inc. and").
_EN_ABBREV = re.compile(
    r"(?:\b(?:Sec|Secs|Art|Arts|No|Nos|Para|para|Sch|Cl|cl|p|pp|Inc|Ltd|Co|Corp|LLC|Pte|GmbH|S\.A|N\.V|B\.V|"
    r"e\.g|i\.e|etc|cf|vs|viz|approx|Mr|Mrs|Ms|Dr|St|Ave|Rd|Dept|Reg|Art|Vol|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|E\.U|Ref|Ch)\.|"
    r"\b[A-Z]\.|\(\w{1,4}\))\s*$"
)
_KO_ENUMERATOR = re.compile(r"\d+\.|[A-Za-z]\.")
_KO_END = re.compile(r"(?:[다요음함임됨듯것]\.|[.?!]|니다\.|다\.[\"”’)\]]|[.?!][\"”’)\]])$")


@lru_cache(maxsize=None)
def pipeline(lang: str) -> Any:
    import spacy
    from spacy.attrs import SENT_START
    from spacy.language import Language

    if lang == "ko":
        if "ko_contract_sentences" not in Language.factories:

            @Language.component("ko_contract_sentences")
            def _ko_sentences(doc: Any) -> Any:
                # All sentence starts are written in one from_array call: Token.is_sent_start's
                # setter scans the whole Doc for a parse each time (quadratic in a clause's tokens).
                if not len(doc):
                    return doc
                starts = doc.to_array(SENT_START).astype("int64")
                prev: str | None = None  # the previous token's text (each doc[i] builds a Token)
                for i, token in enumerate(doc):
                    if prev is None:
                        starts[i] = 1
                    else:
                        starts[i] = 1 if _KO_END.search(prev) and not _KO_ENUMERATOR.fullmatch(prev) else -1
                    prev = token.text
                doc.from_array(SENT_START, starts.astype("uint64"))  # -1 wraps, as spaCy stores it
                return doc

        nlp = spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}})
        nlp.add_pipe("ko_contract_sentences")
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=None)
def _sentence_marks(lang: str) -> re.Pattern[str]:
    """The characters without which the pipeline cannot end a sentence: the sentencizer's
    punctuation (English); the full stop, question and exclamation marks every ending of
    _KO_END needs (Korean)."""
    if lang == "ko":
        marks = {".", "?", "!"}
    else:
        marks = set(pipeline("en").get_pipe("sentencizer").punct_chars)
    return re.compile("[" + "".join(re.escape(m) for m in sorted(marks)) + "]")


def _one_sentence(text: str, marks: re.Pattern[str]) -> bool:
    """Whether the pipeline must leave `text` whole: no sentence mark before its last
    character (a sentence can only start after a token that is, or ends with, a mark, and
    only white space follows the last character)."""
    end = len(text.rstrip())
    return end > 0 and marks.search(text, 0, end - 1) is None


def sentence_spans(texts: Iterable[str], lang: str) -> list[list[tuple[int, int]]]:
    """Character spans of the sentences of each text (whitespace trimmed, abbreviations healed).

    Most clause units are one sentence with at most a full stop at the end: spaCy would find
    that one sentence too, so those are not tokenised (tests compare both ways); the rest go
    through the pipeline.
    """
    lang = "ko" if lang == "ko" else "en"
    texts = list(texts)
    marks = _sentence_marks(lang)
    out: list[list[tuple[int, int]]] = []
    split: list[int] = []
    for k, text in enumerate(texts):
        if _one_sentence(text, marks):
            out.append([(len(text) - len(text.lstrip()), len(text.rstrip()))])
        else:
            out.append([])
            split.append(k)
    for k, spans in zip(split, _pipeline_spans([texts[k] for k in split], lang)):
        out[k] = spans
    return out


def _pipeline_spans(texts: list[str], lang: str) -> list[list[tuple[int, int]]]:
    nlp = pipeline(lang)
    out: list[list[tuple[int, int]]] = []
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=256)):
        # `text` is doc.text (spaCy keeps every character), which Doc rebuilds from its tokens
        # on each access
        spans: list[tuple[int, int]] = []
        for sent in doc.sents:
            start, end = sent.start_char, sent.end_char
            if spans:
                prev_start, prev_end = spans[-1]
                prev_text = text[prev_start:prev_end]
                this = text[start:end].lstrip()
                # Heal splits after abbreviations, before lower-case continuations, and after
                # enumerators such as "(a)" or "1." left alone at a sentence end.
                if _EN_ABBREV.search(prev_text) or (this[:1].islower() and lang != "ko") or this[:1] in ",;:)":
                    spans[-1] = (prev_start, end)
                    continue
            spans.append((start, end))
        # an opening quote left at a sentence end belongs to the next sentence
        for k in range(len(spans) - 1):
            s, e = spans[k]
            stripped = text[s:e].rstrip()
            if stripped and stripped[-1] in "“‘\"'「『(" and len(stripped) > 1:
                cut = s + len(stripped) - 1
                spans[k] = (s, cut)
                spans[k + 1] = (cut, spans[k + 1][1])
        trimmed = []
        for s, e in spans:
            chunk = text[s:e]
            ls = len(chunk) - len(chunk.lstrip())
            rs = len(chunk) - len(chunk.rstrip())
            if e - rs > s + ls:
                trimmed.append((s + ls, e - rs))
        out.append(trimmed)
    return out


def tokens(text: str, lang: str) -> list[str]:
    """Token texts, for feature extraction (lower-cased English; Korean as written)."""
    nlp = pipeline("ko" if lang == "ko" else "en")
    doc = nlp.make_doc(text)
    return [t.lower_ if lang != "ko" else t.text for t in doc if not t.is_space]
