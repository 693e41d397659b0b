"""Nothing analysed is lost: a cache keyed by content, library, model, as-of date and options
makes re-scans cheap, resumes interrupted scans, and is invalidated by any change."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest

from analyzer.engine import Analyzer, ScanOptions
from test_scan import EN_PROCESSOR, KO_PROCESSOR, _body, _tree

AS_OF = dt.date(2026, 11, 28)


@pytest.fixture(scope="module")
def az():
    return Analyzer.default(as_of=AS_OF, use_model=False)


def _opts(cache_dir, **kw):
    return ScanOptions(workers=1, as_of=AS_OF, cache_dir=str(cache_dir), **kw)


def test_rescan_comes_from_the_cache_and_is_identical(tmp_path, az):
    root = _tree(tmp_path / "scan", {"a/dpa.txt": EN_PROCESSOR, "b/계약.txt": KO_PROCESSOR, "c/bad.pdf": b"%PDF-1.7 broken"})
    first = az.scan([root], _opts(tmp_path / "cache"))
    second = az.scan([root], _opts(tmp_path / "cache"))
    assert first.headers["timings"]["analysed"] == 3
    assert second.headers["timings"]["analysed"] == 0 and second.headers["timings"]["from_cache"] == 3
    assert _body(first) == _body(second)
    (root / "a" / "dpa.txt").write_text(EN_PROCESSOR + "\n3. Term\nThis agreement runs for two years.\n")
    third = az.scan([root], _opts(tmp_path / "cache"))
    assert third.headers["timings"]["analysed"] == 1


def test_a_rescan_served_from_the_cache_compiles_nothing(tmp_path, az, monkeypatch):
    """Warming (spaCy, the library's patterns) is for analysing; a re-scan that analyses nothing skips it."""
    root = _tree(tmp_path / "scan", {"a/dpa.txt": EN_PROCESSOR, "b/계약.txt": KO_PROCESSOR})
    calls = []
    original = Analyzer.warm
    monkeypatch.setattr(Analyzer, "warm", lambda self: calls.append(1) or original(self))
    az.scan([root], _opts(tmp_path / "cache"))
    assert len(calls) == 1
    again = az.scan([root], _opts(tmp_path / "cache"))
    assert len(calls) == 1 and again.headers["timings"]["warm_seconds"] == 0.0


@pytest.mark.parametrize("change", ["as_of", "library", "no_cache", "limits"])
def test_cache_is_invalidated_by_what_changes_results(tmp_path, az, change):
    root = _tree(tmp_path / "scan", {"a/dpa.txt": EN_PROCESSOR})
    az.scan([root], _opts(tmp_path / "cache"))
    other, opts = az, _opts(tmp_path / "cache")
    if change == "as_of":
        other = Analyzer(az.library, as_of=dt.date(2025, 1, 1))
    elif change == "library":
        other = Analyzer(dataclasses.replace(az.library, hash="0" * 64), as_of=AS_OF)
    elif change == "no_cache":
        opts = _opts(tmp_path / "cache", cache=False)
    elif change == "limits":
        other = Analyzer(az.library, as_of=AS_OF, limits=dataclasses.replace(az.limits, max_pages=10))
    assert other.scan([root], opts).headers["timings"]["analysed"] == 1


def test_unwritable_cache_degrades_with_a_warning(tmp_path, az):
    root = _tree(tmp_path / "scan", {"a/dpa.txt": EN_PROCESSOR})
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    report = az.scan([root], _opts(blocker / "cache"))
    assert [v.vendor for v in report.vendors] == ["a"]
    assert any("not writable" in w for w in report.warnings)


def test_interrupted_scan_resumes_without_redoing_finished_documents(tmp_path, az, monkeypatch):
    root = _tree(tmp_path / "scan", {f"v{i}/doc.txt": EN_PROCESSOR + f"\n{i}. Extra\nClause number {i}.\n" for i in range(4)})
    from analyzer import pool

    real_run = pool.run

    def run_then_interrupt(*a, **kw):  # Ctrl-C arrives after two documents have finished
        for i, outcome in enumerate(real_run(*a, **kw)):
            yield outcome
            if i == 1:
                raise KeyboardInterrupt

    monkeypatch.setattr(pool, "run", run_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        az.scan([root], _opts(tmp_path / "cache"))
    monkeypatch.setattr(pool, "run", real_run)
    resumed = az.scan([root], _opts(tmp_path / "cache"))
    assert resumed.headers["timings"]["from_cache"] == 2 and resumed.headers["timings"]["analysed"] == 2
    assert [v.vendor for v in resumed.vendors] == ["v0", "v1", "v2", "v3"]


def test_default_cache_folder_is_under_the_users_cache(monkeypatch, tmp_path):
    from analyzer.cache import default_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_dir() == tmp_path / "pipa-contract-analyzer"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_dir() == Path(os.path.expanduser("~")) / ".cache" / "pipa-contract-analyzer"


def test_the_cache_key_changes_with_the_analyzers_own_code(tmp_path):
    """Results cached by another version of the rules in code are not reused, though version, library
    and model are the same; line endings alone do not count as a change."""
    from analyzer.resources import code_hash, source_hash

    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "relationship.py").write_bytes(b"ROLE = 1\n")
    before = source_hash(tmp_path / "pkg")
    (tmp_path / "pkg" / "relationship.py").write_bytes(b"ROLE = 1\r\n")
    assert source_hash(tmp_path / "pkg") == before
    (tmp_path / "pkg" / "relationship.py").write_bytes(b"ROLE = 2\n")
    assert source_hash(tmp_path / "pkg") != before

    from analyzer.engine import Analyzer

    assert Analyzer.default(use_model=False).cache_key()["code"] == code_hash()
