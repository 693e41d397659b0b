"""Texts with no sentence mark before their last character skip spaCy (nlp.sentence_spans): the
spans must be those the pipeline gives."""

from __future__ import annotations

import random

import pytest

from analyzer import nlp
from analyzer.library import load_library
from conftest import ROOT

LIB = load_library(ROOT / "clause_library")


def _variants(text: str, rnd: random.Random) -> list[str]:
    words = text.split()
    cut = " ".join(words[: rnd.randint(1, max(len(words), 1))])
    return [text, text.rstrip(".。!?") , cut, cut + " ", " " + cut + "\n", cut + ".\n\n", cut + ". ”",
            cut + " (a)", "“" + cut + "”", cut.replace(" ", "\n", 2), cut + "\u3000", cut + "!!"]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_sentence_spans_equal_the_pipeline_spans(lang):
    rnd = random.Random(11)
    texts = [e.text for e in LIB.examples if e.lang == lang] + [n.text for n in LIB.negatives if n.lang == lang]
    cases = [v for t in texts[::2] for v in _variants(t, rnd)] + ["a", ".", " x ", "Sec. 4", "(b)", "1.", "제1조"]
    assert nlp.sentence_spans(cases, lang) == nlp._pipeline_spans(cases, lang)
    assert sum(nlp._one_sentence(t, nlp._sentence_marks(lang)) for t in cases) > len(cases) // 4  # the fast path ran


def test_korean_component_marks_the_sentence_starts_of_its_rule():
    # the component writes all starts with one from_array call; they must be the rule's
    ko = nlp.pipeline("ko")
    texts = [e.text for e in LIB.examples if e.lang == "ko"][:300] + ["가. 나. 다.", "1. 제1조 목적임. 끝", "a"]
    for text in texts:
        doc = ko(text)
        words = [t.text for t in doc]
        expected = [i == 0 or (bool(nlp._KO_END.search(words[i - 1])) and not nlp._KO_ENUMERATOR.fullmatch(words[i - 1]))
                    for i in range(len(words))]
        assert [t.is_sent_start for t in doc] == expected, text
