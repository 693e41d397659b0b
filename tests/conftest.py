"""Shared fixtures. Tests that read the real-document corpus skip when it is absent."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS = Path(os.environ.get("PIPA_CORPUS", ROOT.parent / "shared" / "corpus"))

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not present at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def rules_analyzer():
    """A rules-only analyzer judging as of the date every labelled set uses."""
    import datetime as dt

    from analyzer.engine import Analyzer

    return Analyzer.default(as_of=dt.date(2026, 11, 28), use_model=False)


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Scans in tests never touch the user's cache folder."""
    folder = tmp_path_factory.mktemp("xdg-cache")
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = old
