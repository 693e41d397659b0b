"""The shipped clause classifier: saved and loaded with skops, never with pickle.

Loading trusts an explicit list of types (scikit-learn's TF-IDF, logistic regression and
one-vs-rest classes, numpy arrays); a file that holds anything else is refused before any of it
is constructed, so a tampered or foreign model cannot run code. The model card pins the library
hash and the scikit-learn minor version: a model trained on another library, or under another
scikit-learn, is refused with the command that fixes it.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..errors import ModelError
from ..types import Segment

MODEL_FILE = "clause-model.skops"
CARD_FILE = "model-card.json"

# The model file holds plain arrays and parameters only (see train.compact); the fitted
# scikit-learn vectoriser is rebuilt from them at load time.
TRUSTED_TYPES = [
    "numpy.float32",
    "numpy.float64",
    "numpy.int64",
    "numpy.int32",
    "numpy.int8",
    "numpy.ndarray",
    "numpy.dtype",
    "builtins.float",
    "builtins.int",
    "builtins.str",
    "builtins.dict",
    "builtins.list",
    "builtins.tuple",
    "builtins.bool",
    "builtins.NoneType",
    "builtins.slice",
    "scipy.sparse._csr.csr_matrix",
]
FIX = "run `contract-analyzer train` to rebuild models/ from clause_library/ (then `contract-analyzer model check`)"


def _skops_io() -> Any:
    import skops.io as sio

    return sio


def skops_version() -> str:
    import skops

    return str(skops.__version__)


def save_model(bundle: dict[str, Any], path: Path) -> None:
    """skops names each array file after the object's id(), keys shared objects by id() and stamps the
    zip with the time, so two trainings of the same library gave different bytes. The archive is
    rewritten with files and keys numbered in the order the schema first refers to them and a fixed
    timestamp: the same library and versions give the same file, and the card's sha256 says so."""
    import zipfile

    raw = io.BytesIO()
    _skops_io().dump(bundle, raw, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    with zipfile.ZipFile(raw) as src:
        schema = json.loads(src.read("schema.json"))
        names: dict[str, str] = {}
        ids: dict[int, int] = {}

        def rename(node: Any) -> None:
            if isinstance(node, dict):
                if isinstance(node.get("file"), str):
                    old = node["file"]
                    node["file"] = names.setdefault(old, f"{len(names):04d}{Path(old).suffix}")
                if isinstance(node.get("__id__"), int):  # the memo key of shared objects, also an id()
                    node["__id__"] = ids.setdefault(node["__id__"], len(ids) + 1)
                for value in node.values():
                    rename(value)
            elif isinstance(node, list):
                for value in node:
                    rename(value)

        rename(schema)
        members = [("schema.json", json.dumps(schema, sort_keys=True).encode("utf-8"))]
        members += [(new, src.read(old)) for old, new in names.items()]
        others = sorted(set(src.namelist()) - {"schema.json"} - set(names))
        members += [(name, src.read(name)) for name in others]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, data, compresslevel=9)


def _minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problems: tuple[str, ...]
    card: dict[str, Any] | None


def check(library: Any, folder: Path | None = None) -> CheckResult:
    """Compare the model card with the library, the model file and the installed versions."""
    import sklearn

    from ..resources import models_dir

    folder = folder or models_dir()
    card_path, model_path = folder / CARD_FILE, folder / MODEL_FILE
    problems: list[str] = []
    if not card_path.exists() or not model_path.exists():
        return CheckResult(False, (f"no model in {folder} ({MODEL_FILE} and {CARD_FILE} are needed)",), None)
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return CheckResult(False, (f"the model card cannot be read ({exc})",), None)
    if card.get("library", {}).get("hash") != library.hash:
        problems.append(f"the model was trained on clause library {str(card.get('library', {}).get('hash'))[:12]}, "
                        f"but the library is now {library.hash[:12]}")
    sha = hashlib.sha256(model_path.read_bytes()).hexdigest()
    if card.get("model_sha256") != sha:
        problems.append("the model file does not match the hash in its card (modified or replaced)")
    trained = card.get("versions", {}).get("scikit-learn", "")
    if _minor(trained) != _minor(sklearn.__version__):
        problems.append(f"the model was trained with scikit-learn {trained}, but {sklearn.__version__} is installed")
    skops_trained = card.get("versions", {}).get("skops", "")
    if skops_trained and _minor(skops_trained) != _minor(skops_version()):
        problems.append(f"the model was saved with skops {skops_trained}, but {skops_version()} is installed")
    if card.get("labels") != list(library.ids):
        problems.append("the model's requirement labels differ from the library's IDs")
    return CheckResult(not problems, tuple(problems), card)


class _Linear:
    """TF-IDF features and one linear decision function per requirement."""

    def __init__(self, part: dict[str, Any]):
        from sklearn.feature_extraction.text import TfidfVectorizer

        v = part["vectorizer"]
        terms = [str(t) for t in part["terms"]]
        self.vectorizer = TfidfVectorizer(
            analyzer=v["analyzer"], ngram_range=(v["ngram_min"], v["ngram_max"]), token_pattern=v["token_pattern"],
            lowercase=v["lowercase"], sublinear_tf=v["sublinear_tf"], norm=v["norm"], smooth_idf=v["smooth_idf"],
            vocabulary={t: i for i, t in enumerate(terms)}, dtype=np.float32,
        )
        self.vectorizer.idf_ = np.asarray(part["idf"], dtype=np.float64)  # public setter: fits the transformer
        self.coef = np.asarray(part["coef"], dtype=np.float32)
        self.intercept = np.asarray(part["intercept"], dtype=np.float32)

    def decision_function(self, texts: list[str]) -> np.ndarray:
        x = self.vectorizer.transform(texts)
        return np.asarray(x @ self.coef.T) + self.intercept


class Scorer:
    """Calibrated per-requirement probabilities for segments, per language model."""

    def __init__(self, bundle: dict[str, Any], card: dict[str, Any]):
        self.labels: list[str] = list(bundle["labels"])
        self._pipes = {lg: _Linear(bundle[lg]) for lg in ("en", "ko")}
        self._calib = {lg: np.asarray(bundle[f"{lg}_calibration"], dtype=np.float64) for lg in ("en", "ko")}
        self._thresholds = {lg: np.asarray(bundle[f"{lg}_thresholds"], dtype=np.float64) for lg in ("en", "ko")}
        self._index = {rid: i for i, rid in enumerate(self.labels)}
        self.card = card

    def card_summary(self) -> dict[str, Any]:
        return {"file": MODEL_FILE, "sha256": self.card.get("model_sha256"), "created": self.card.get("created"),
                "library_hash": self.card.get("library", {}).get("hash"), "versions": self.card.get("versions")}

    def probabilities(self, texts: Sequence[str], lang: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.labels)))
        scores = self._pipes[lang].decision_function(list(texts))
        a, b = self._calib[lang][:, 0], self._calib[lang][:, 1]
        return 1.0 / (1.0 + np.exp(-(scores * a + b)))

    def scores(self, segments: Sequence[Segment]) -> list[dict[str, float]]:
        from .features import segment_features

        n, k = len(segments), len(self.labels)
        best = np.full((n, k), -1.0)  # the evidence kept so far, relative to its language's threshold
        kept = np.zeros((n, k))
        found = np.zeros((n, k), dtype=bool)
        for lang, items in segment_features(segments).items():
            if not items:
                continue
            rows = np.fromiter((i for i, _t in items), dtype=np.intp, count=len(items))
            probs = self.probabilities([t for _i, t in items], lang)
            thr = self._thresholds[lang]
            # a mixed segment keeps the stronger language's evidence (relative to its threshold)
            rel = np.where(thr != 0, probs / np.where(thr != 0, thr, 1.0), probs)
            better = rel > best[rows]
            best[rows] = np.where(better, rel, best[rows])
            kept[rows] = np.where(better, probs, kept[rows])
            found[rows] |= better
        labels = self.labels
        return [{labels[j]: p for j, (p, f) in enumerate(zip(prow, frow)) if f}
                for prow, frow in zip(kept.tolist(), found.tolist())]

    def threshold(self, requirement: str, lang: str = "en") -> float:
        lg = "ko" if lang == "ko" else "en"
        return float(self._thresholds[lg][self._index[requirement]])


def types_in(path: Path, max_schema_bytes: int = 20 * 1024 * 1024) -> set[str]:
    """Every "module.Class" the skops file's schema would construct, read without loading it."""
    import zipfile

    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("schema.json")
        if info.file_size > max_schema_bytes:
            raise ValueError("the schema is implausibly large")
        schema = json.loads(zf.read(info))
    found: set[str] = set()
    stack: list[Any] = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "__module__" in node and "__class__" in node:
                found.add(f"{node['__module__']}.{node['__class__']}")
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def load_model(library: Any, folder: Path | None = None) -> Scorer | None:
    """The shipped model checked against the library, or None when none is shipped."""
    from ..resources import models_dir

    folder = folder or models_dir()
    path = folder / MODEL_FILE
    if not path.exists():
        return None
    result = check(library, folder)
    if not result.ok:
        raise ModelError("the shipped model is out of step: " + "; ".join(result.problems) + f"; {FIX}")
    sio = _skops_io()
    try:
        found = types_in(path)
    except Exception as exc:  # noqa: BLE001 - any failure to read the container is a refusal
        raise ModelError(f"the model file {path} cannot be read as a skops file ({exc}); {FIX}") from None
    # skops trusts much of scikit-learn by default; this model trusts only what it is made of:
    # every type the file's schema would construct must be on the allowlist.
    extra = sorted(set(found) - set(TRUSTED_TYPES))
    if extra:
        raise ModelError(f"refused to load {path}: it contains types that are not trusted ({', '.join(extra)}); {FIX}")
    try:
        bundle = sio.load(path, trusted=TRUSTED_TYPES)
    except Exception as exc:  # noqa: BLE001
        raise ModelError(f"the model file {path} cannot be loaded ({type(exc).__name__}: {exc}); {FIX}") from None
    if not isinstance(bundle, dict) or bundle.get("labels") != list(library.ids):
        raise ModelError(f"the model file {path} does not hold a clause classifier for this library; {FIX}")
    return Scorer(bundle, result.card or {})


def record_dev_set(name: str, summary: dict[str, Any], folder: Path | None = None) -> None:
    """Add a dev-set evaluation to the model card. The card's model and library hashes are not
    touched, so the model stays in step; the figures are tied to the model file's hash."""
    from ..report import write_atomic
    from ..resources import models_dir

    path = (folder or models_dir()) / CARD_FILE
    card = json.loads(path.read_text(encoding="utf-8"))
    summary = {**summary, "model_sha256": card.get("model_sha256")}
    card.setdefault("dev_sets", {})[name] = summary
    write_atomic(path, json.dumps(card, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
