"""The trained clause classifier (scikit-learn, persisted with skops) and its model card."""

from __future__ import annotations

from typing import Any

MODEL_FILE = "clause-model.skops"
CARD_FILE = "model-card.json"


def load_model(library: Any) -> Any:
    """The shipped model checked against the library, or None when no model is shipped."""
    from ..resources import models_dir

    path = models_dir() / MODEL_FILE
    if not path.exists():
        return None
    raise NotImplementedError("model loading arrives with the classifier")
