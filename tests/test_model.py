"""The shipped classifier: in step with the library, loaded safely, reproducible, useful."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys

import numpy as np
import pytest

from analyzer.classify import model as model_mod
from analyzer.errors import ModelError
from analyzer.library import load_library
from analyzer.resources import models_dir
from conftest import ROOT

LIB = load_library(ROOT / "clause_library")


def test_model_check_passes_for_the_shipped_model():
    out = subprocess.run([sys.executable, "-m", "analyzer", "model", "check"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "in step" in out.stdout


def _copy_models(tmp_path):
    dst = tmp_path / "models"
    shutil.copytree(models_dir(), dst)
    return dst


def test_model_check_refuses_a_modified_model_or_another_library(tmp_path):
    folder = _copy_models(tmp_path)
    f = folder / model_mod.MODEL_FILE
    f.write_bytes(f.read_bytes() + b"\0")
    result = model_mod.check(LIB, folder)
    assert not result.ok and any("does not match the hash" in p for p in result.problems)
    folder2 = _copy_models(tmp_path / "b")
    card = json.loads((folder2 / model_mod.CARD_FILE).read_text())
    card["library"]["hash"] = "0" * 64
    card["versions"]["scikit-learn"] = "0.24.2"
    (folder2 / model_mod.CARD_FILE).write_text(json.dumps(card))
    result = model_mod.check(LIB, folder2)
    assert any("trained on clause library" in p for p in result.problems)
    assert any("scikit-learn 0.24.2" in p for p in result.problems)
    with pytest.raises(ModelError) as exc:
        model_mod.load_model(LIB, folder2)
    assert "contract-analyzer train" in str(exc.value)


def _with_card(folder, payload_path):
    card = json.loads((folder / model_mod.CARD_FILE).read_text())
    card["model_sha256"] = hashlib.sha256(payload_path.read_bytes()).hexdigest()
    (folder / model_mod.CARD_FILE).write_text(json.dumps(card))


def test_untrusted_types_are_refused_and_nothing_runs(tmp_path):
    import skops.io as sio
    from sklearn.tree import DecisionTreeClassifier

    folder = _copy_models(tmp_path)
    f = folder / model_mod.MODEL_FILE
    sio.dump({"labels": list(LIB.ids), "en": DecisionTreeClassifier()}, f)  # a type skops trusts by default
    _with_card(folder, f)
    with pytest.raises(ModelError) as exc:
        model_mod.load_model(LIB, folder)
    assert "not trusted" in str(exc.value) and "DecisionTreeClassifier" in str(exc.value)


def test_a_pickle_in_disguise_is_refused(tmp_path):
    import pickle

    folder = _copy_models(tmp_path)
    f = folder / model_mod.MODEL_FILE
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    f.write_bytes(pickle.dumps(Evil()))
    _with_card(folder, f)
    with pytest.raises(ModelError):
        model_mod.load_model(LIB, folder)
    assert not marker.exists()


def test_the_model_is_under_ten_megabytes_and_its_card_is_complete():
    card = json.loads((models_dir() / model_mod.CARD_FILE).read_text())
    assert (models_dir() / model_mod.MODEL_FILE).stat().st_size < 10 * 1024 * 1024
    for lang in ("en", "ko"):
        info = card["languages"][lang]
        assert set(info["cv"]["per_requirement"]) == set(LIB.ids)
        assert all("ece" in m and "f1" in m for m in info["cv"]["per_requirement"].values())
        assert info["sizes"]["examples"] > 1000
    assert card["library"]["hash"] == LIB.hash and card["labels"] == list(LIB.ids)
    assert "skops" in card["versions"] and "scikit-learn" in card["versions"]


def test_scores_generalise_to_unseen_wording():
    scorer = model_mod.load_model(LIB)
    assert scorer is not None
    en = scorer.probabilities([
        "Vendor must tell Client about any incident affecting Client Personal Information no later than 12 hours after discovery .",
        "The price of the goods is payable within thirty days of invoice .",
    ], "en")
    j = list(LIB.ids).index("BREACH-PROCESSOR-NOTICE")
    assert en[0, j] > scorer.threshold("BREACH-PROCESSOR-NOTICE", "en") > en[1, j]
    from analyzer.classify.features import normalise_ko

    ko = scorer.probabilities([normalise_ko("배송대행사는 회사의 사전 서면 승낙을 받지 아니하고는 위탁받은 업무를 다른 업체에 재위탁할 수 없다."),
                               normalise_ko("물품 대금은 검수 완료 후 30일 이내에 지급한다.")], "ko")
    k = list(LIB.ids).index("ENT-SUBPROCESSING")
    assert ko[0, k] > scorer.threshold("ENT-SUBPROCESSING", "ko") > ko[1, k]


@pytest.mark.slow
def test_training_is_reproducible(monkeypatch):
    """Budget: about 15 s (the Korean model, 2 folds, twice)."""
    from analyzer import train

    monkeypatch.setattr(train, "FOLDS", 2)
    a, extra_a = train.train_language(LIB, "ko", [])
    b, extra_b = train.train_language(LIB, "ko", [])
    texts = ["을은 개인정보를 안전하게 보관한다", "갑은 대금을 지급한다"]
    assert np.array_equal(a.decision_function(texts), b.decision_function(texts))
    ca, cb = train.compact(a), train.compact(b)
    assert np.array_equal(ca["coef"], cb["coef"]) and list(ca["terms"]) == list(cb["terms"])
    # the compact form the model file holds predicts like the fitted pipeline
    from analyzer.classify.model import _Linear

    assert np.allclose(_Linear(ca).decision_function(texts), a.decision_function(texts), atol=1e-4)
    assert np.array_equal(extra_a["thresholds"], extra_b["thresholds"])
    assert extra_a["info"]["cv"] == extra_b["info"]["cv"]


def test_the_vocabulary_cap_breaks_ties_by_term_whatever_the_cpu_sorts_with():
    """scikit-learn's max_features keeps equally frequent terms in the order of an unstable argsort, which differs
    between CPUs with and without AVX-512: the shipped model could not be rebuilt on another machine. The cap
    keeps the most frequent terms and, among equals, the first in term order, in English and in Korean."""
    from analyzer.train import CappedTfidf, capped_vocabulary

    rng = np.random.RandomState(0)
    words = [f"w{i:04d}" for i in range(3000)]
    # many terms share each total count, and the cap cuts through a tie
    docs = [" ".join(rng.choice(words, 40)) for _ in range(600)]
    counts: dict[str, int] = {}
    for d in docs:
        for w in d.split():
            counts[w] = counts.get(w, 0) + 1
    expected = sorted(sorted(counts, key=lambda w: (-counts[w], w))[:1000])
    options = {"analyzer": "word", "token_pattern": r"\S+", "lowercase": False, "ngram_range": (1, 1), "min_df": 1}
    assert capped_vocabulary(docs, 1000, **options) == expected
    assert capped_vocabulary(list(reversed(docs)), 1000, **options) == expected
    fitted = CappedTfidf(1000, sublinear_tf=True, **options).fit(docs)
    assert sorted(fitted.vectorizer_.vocabulary_) == expected and fitted.transform(docs[:2]).shape == (2, 1000)

    ko = ["을은 개인정보를 안전하게 보관한다", "갑은 대금을 지급한다", "을은 개인정보를 파기한다", "갑은 을에게 통지한다"]
    grams: dict[str, int] = {}
    for d in ko:
        for n in (2, 3):
            for i in range(len(d) - n + 1):
                grams[d[i:i + n]] = grams.get(d[i:i + n], 0) + 1
    want = sorted(sorted(grams, key=lambda g: (-grams[g], g))[:12])
    assert capped_vocabulary(ko, 12, analyzer="char", ngram_range=(2, 3), min_df=1) == want


def test_the_model_file_is_the_same_bytes_for_the_same_contents(tmp_path):
    """skops names arrays and shared objects by id() and stamps the time; save_model numbers them instead."""
    from analyzer.classify.model import TRUSTED_TYPES, _skops_io, save_model

    def bundle():
        shared = np.arange(6.0).reshape(2, 3)  # a fresh object each time, so its id() differs
        return {"en": {"coef": shared, "terms": ["a", "b", "c"]}, "ko": {"coef": shared * 2}, "again": shared}

    save_model(bundle(), tmp_path / "a.skops")
    save_model(bundle(), tmp_path / "b.skops")
    assert (tmp_path / "a.skops").read_bytes() == (tmp_path / "b.skops").read_bytes()
    loaded = _skops_io().load(tmp_path / "a.skops", trusted=TRUSTED_TYPES)
    assert np.array_equal(loaded["en"]["coef"], bundle()["en"]["coef"]) and loaded["en"]["terms"] == ["a", "b", "c"]
    assert np.array_equal(loaded["ko"]["coef"], bundle()["ko"]["coef"]) and np.array_equal(loaded["again"], loaded["en"]["coef"])


def test_the_threshold_is_the_middle_of_the_f1_plateau_not_one_end_of_it():
    """With scores that separate the classes anywhere between 0.3 and 0.7, F1 is 1.0 over that whole range: the
    threshold sits in its middle, where adding a few examples cannot swing it to an edge."""
    from analyzer.train import _best_threshold

    y = np.array([1] * 10 + [0] * 30)
    prob = np.array([0.75] * 10 + [0.25] * 30)
    t, m = _best_threshold(prob, y)
    assert m["f1"] == 1.0
    assert 0.45 <= t <= 0.55
    # one clear optimum stays where it is
    prob = np.array([0.42] * 10 + [0.38] * 30)
    t, m = _best_threshold(prob, y)
    assert t == 0.4 and m["f1"] == 1.0
