"""Rebuild models/ from clause_library/: the clause classifier and its model card.

One model per language (English word n-grams over spaCy tokens; Korean character n-grams over
text with spaces removed), each TF-IDF + one-vs-rest logistic regression, so a segment may carry
several requirements. Scores are calibrated (Platt) on predictions cross-validated by group
(an example's source), and each requirement's decision threshold is chosen on those same
out-of-fold predictions (the middle of its F1 plateau, so it stays put as examples are added); the model card records the grouped cross-validated metrics and the
calibration error per requirement. Seeds are fixed and the vocabulary cap breaks ties by term, so the same library
gives the same vocabulary whatever the CPU's sort instructions (and, with the same versions, the same model).

Ordinary contract text from the CUAD clause table (../shared/corpus, read in place when present)
widens the English negatives; its hash goes into the card.
"""

from __future__ import annotations

import ast
import csv
import datetime as dt
import hashlib
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import Pipeline

from .classify import features
from .library import Library

SEED = 20260915
FOLDS = 5
MAX_FEATURES = {"en": 12000, "ko": 15000}
BACKGROUND_SAMPLE = 4000
_PRIVACY = re.compile(r"personal (?:data|information)|privacy|data protection|personally identifiable|"
                      r"security (?:breach|incident)|data breach|\bPII\b|consumer data|customer data", re.IGNORECASE)


@dataclass
class Dataset:
    texts: list[str]
    y: np.ndarray  # (n, n_labels) of 0/1
    groups: list[str]
    sizes: dict[str, int]


def _vectorizer(lang: str) -> "CappedTfidf":
    if lang == "ko":
        return CappedTfidf(MAX_FEATURES["ko"], analyzer="char", ngram_range=(2, 4), min_df=2, sublinear_tf=True)
    return CappedTfidf(MAX_FEATURES["en"], analyzer="word", token_pattern=r"\S+", lowercase=False, ngram_range=(1, 2),
                       min_df=2, sublinear_tf=True)


class CappedTfidf(BaseEstimator, TransformerMixin):
    """TF-IDF over the `cap` most frequent terms, ties broken by the term itself.

    scikit-learn's own cap (max_features) orders terms by total count with an unstable argsort, and which of
    the equally frequent terms survive then depends on the CPU's vectorised sort (AVX-512 or not): the same
    library trained into different models on different machines. Choosing the vocabulary here, by count and
    then by term, makes the model a function of the library alone."""

    def __init__(self, cap: int, **options: Any):
        self.cap = cap
        self.options = options

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        return {"cap": self.cap, **self.options}

    def set_params(self, **params: Any) -> "CappedTfidf":
        self.cap = params.pop("cap", self.cap)
        self.options = {**self.options, **params}
        return self

    def fit(self, texts: list[str], y: Any = None) -> "CappedTfidf":
        self.vectorizer_ = TfidfVectorizer(vocabulary=capped_vocabulary(texts, self.cap, **self.options),
                                           dtype=np.float32, **self.options).fit(texts)
        return self

    def transform(self, texts: list[str]) -> Any:
        return self.vectorizer_.transform(texts)


def capped_vocabulary(texts: list[str], cap: int, **options: Any) -> list[str]:
    """The `cap` terms with the highest total counts (at min_df and the other options), equal counts in term order."""
    counting = CountVectorizer().get_params()  # the options that choose terms; the weighting ones are TF-IDF's alone
    counter = CountVectorizer(**{k: v for k, v in options.items() if k in counting})
    totals = np.asarray(counter.fit_transform(texts).sum(axis=0)).ravel()
    terms = counter.get_feature_names_out()  # in term order, so a stable sort keeps equal counts in term order
    keep = np.argsort(-totals, kind="stable")[:cap]
    return sorted(str(t) for t in terms[keep])


def _pipeline(lang: str) -> Pipeline:
    lr = LogisticRegression(C=4.0, solver="liblinear", class_weight="balanced", max_iter=2000, random_state=SEED)
    return Pipeline([("tfidf", _vectorizer(lang)), ("clf", OneVsRestClassifier(lr))])


def background_texts(path: Path | None) -> tuple[list[str], str | None]:
    """Non-privacy commercial clauses from the CUAD table, a fixed sample, and the file's hash."""
    if path is None or not path.exists():
        return [], None
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    csv.field_size_limit(1 << 30)
    rows = list(csv.DictReader(raw.decode("utf-8", errors="replace").splitlines()))
    clauses: list[tuple[str, str]] = []
    for row in rows:
        for col, value in row.items():
            if not col or col.endswith("Answer") or col in ("Filename", "Document Name") or not value or value == "[]":
                continue
            try:
                items = ast.literal_eval(value)
            except (ValueError, SyntaxError):
                items = [value]
            for text in items if isinstance(items, list) else [items]:
                text = " ".join(str(text).split())
                if 40 <= len(text) <= 1200 and not _PRIVACY.search(text):
                    clauses.append((row.get("Filename", ""), text))
    rnd = random.Random(SEED)
    rnd.shuffle(clauses)
    return [t for _f, t in clauses[:BACKGROUND_SAMPLE]], digest


def build_dataset(library: Library, lang: str, background: list[str]) -> Dataset:
    labels = list(library.ids)
    index = {rid: i for i, rid in enumerate(labels)}
    texts, rows, groups = [], [], []
    sizes = {"examples": 0, "negatives": 0, "background": 0}
    for e in library.examples:
        if e.lang != lang:
            continue
        y = np.zeros(len(labels), dtype=np.int8)
        y[index[e.requirement]] = 1
        texts.append(features.normalise(e.text, lang))
        rows.append(y)
        groups.append(e.group)
        sizes["examples"] += 1
    for n in library.negatives:
        if n.lang != lang:
            continue
        texts.append(features.normalise(n.text, lang))
        rows.append(np.zeros(len(labels), dtype=np.int8))
        groups.append(n.group)
        sizes["negatives"] += 1
    if lang == "en":
        for k, t in enumerate(background):
            texts.append(features.normalise(t, lang))
            rows.append(np.zeros(len(labels), dtype=np.int8))
            groups.append(f"cuad/{k}")
            sizes["background"] += 1
    return Dataset(texts, np.vstack(rows), groups, sizes)


def _platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    lr = LogisticRegression(C=1e4, solver="lbfgs", max_iter=1000)
    lr.fit(scores.reshape(-1, 1), y)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def _sigmoid(s: np.ndarray, a: float, b: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(a * s + b)))


def _ece(prob: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        mask = (prob >= lo) & (prob < hi if hi < 1 else prob <= hi)
        if mask.any():
            total += mask.mean() * abs(prob[mask].mean() - y[mask].mean())
    return float(total)


_PLATEAU = 0.01


def _best_threshold(prob: np.ndarray, y: np.ndarray) -> tuple[float, dict[str, float]]:
    """The middle of the thresholds whose F1 is within _PLATEAU of the best: with some fifty positives per
    requirement F1 is flat over a wide range, and its single argmax jumps from one end of it to the other when a
    few examples are added."""
    grid: list[tuple[float, dict[str, float]]] = []
    for t in np.arange(0.1, 0.91, 0.05):
        pred = prob >= t
        tp = int((pred & (y == 1)).sum())
        fp = int((pred & (y == 0)).sum())
        fn = int((~pred & (y == 1)).sum())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        grid.append((round(float(t), 2), {"precision": p, "recall": r, "f1": f1}))
    top = max(m["f1"] for _t, m in grid)
    if top == 0.0:
        return 0.5, {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    near = [(t, m) for t, m in grid if m["f1"] >= top - _PLATEAU]
    return near[(len(near) - 1) // 2]


def train_language(library: Library, lang: str, background: list[str]) -> tuple[Pipeline, dict[str, Any]]:
    data = build_dataset(library, lang, background)
    labels = list(library.ids)
    n = len(data.texts)
    oof = np.zeros((n, len(labels)), dtype=np.float64)
    folds = GroupKFold(n_splits=FOLDS)
    # Shuffle the order deterministically so folds mix requirements (GroupKFold is order-dependent).
    order = np.random.RandomState(SEED).permutation(n)
    texts = [data.texts[i] for i in order]
    y = data.y[order]
    groups = [data.groups[i] for i in order]
    for train_idx, test_idx in folds.split(texts, y, groups):
        pipe = _pipeline(lang)
        pipe.fit([texts[i] for i in train_idx], y[train_idx])
        oof[test_idx] = pipe.decision_function([texts[i] for i in test_idx])
    calib = np.zeros((len(labels), 2), dtype=np.float64)
    thresholds = np.zeros(len(labels), dtype=np.float64)
    metrics: dict[str, Any] = {}
    for j, rid in enumerate(labels):
        a, b = _platt(oof[:, j], y[:, j])
        calib[j] = (a, b)
        prob = _sigmoid(oof[:, j], a, b)
        t, m = _best_threshold(prob, y[:, j])
        thresholds[j] = t
        metrics[rid] = {"threshold": t, "precision": round(m["precision"], 4), "recall": round(m["recall"], 4),
                        "f1": round(m["f1"], 4), "ece": round(_ece(prob, y[:, j]), 4), "positives": int(y[:, j].sum())}
    final = _pipeline(lang)
    final.fit(texts, y)
    macro = {k: round(float(np.mean([m[k] for m in metrics.values()])), 4) for k in ("precision", "recall", "f1", "ece")}
    info = {"sizes": data.sizes, "cv": {"folds": FOLDS, "grouped_by": "example source (library group)",
                                        "macro": macro, "per_requirement": metrics},
            "vocabulary": len(final.named_steps["tfidf"].vectorizer_.vocabulary_)}
    return final, {"info": info, "calibration": calib, "thresholds": thresholds}


def compact(pipe: Pipeline) -> dict[str, Any]:
    """The fitted pipeline as plain arrays and parameters: what a model file needs, and nothing a
    loader would have to construct beyond numpy arrays (fast to load, safe to trust)."""
    vec = pipe.named_steps["tfidf"].vectorizer_
    terms = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    estimators = pipe.named_steps["clf"].estimators_
    params = vec.get_params()
    return {
        "vectorizer": {
            "analyzer": params["analyzer"], "ngram_min": int(params["ngram_range"][0]),
            "ngram_max": int(params["ngram_range"][1]), "token_pattern": params["token_pattern"],
            "lowercase": bool(params["lowercase"]), "sublinear_tf": bool(params["sublinear_tf"]),
            "norm": params["norm"], "smooth_idf": bool(params["smooth_idf"]),
        },
        "terms": np.array(terms),
        "idf": np.asarray(vec.idf_, dtype=np.float64),
        "coef": np.vstack([e.coef_[0] for e in estimators]).astype(np.float32),
        "intercept": np.array([e.intercept_[0] for e in estimators], dtype=np.float32),
    }


def train(library: Library, *, background_path: Path | None, output: Path) -> dict[str, Any]:
    import sklearn

    from .classify.model import CARD_FILE, MODEL_FILE, save_model, skops_version

    background, bg_hash = background_texts(background_path)
    bundle: dict[str, Any] = {"format": 1, "labels": list(library.ids)}
    card: dict[str, Any] = {
        "model": MODEL_FILE,
        "created": dt.date.today().isoformat(),
        "seed": SEED,
        "library": {"version": library.version, "hash": library.hash},
        "background_corpus": {"file": background_path.name if bg_hash and background_path else None, "sha256": bg_hash,
                              "clauses_used": len(background)},
        "versions": {"scikit-learn": sklearn.__version__},
        "labels": list(library.ids),
        "features": {"en": "spaCy tokens, numbers normalised; TF-IDF word 1-2 grams",
                     "ko": "text without spaces, numbers normalised; TF-IDF character 2-4 grams",
                     "max_features": MAX_FEATURES},
        "classifier": "one-vs-rest logistic regression (liblinear, C=4, balanced), Platt-calibrated on grouped CV",
        "languages": {},
    }
    for lang in ("en", "ko"):
        pipe, extra = train_language(library, lang, background)
        bundle[lang] = compact(pipe)
        bundle[f"{lang}_calibration"] = extra["calibration"]
        bundle[f"{lang}_thresholds"] = extra["thresholds"]
        card["languages"][lang] = extra["info"]
    output.mkdir(parents=True, exist_ok=True)
    path = output / MODEL_FILE
    save_model(bundle, path)
    card["model_sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    card["model_bytes"] = path.stat().st_size
    card["versions"]["skops"] = skops_version()
    (output / CARD_FILE).write_text(json.dumps(card, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return card
