"""Hostile and broken inputs: every bad file fails cleanly with its code in the report, the good
files of the same batch are analysed, nothing is lost, and the scan never exits 2 for them."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time

import jsonschema
import pytest

import analyzer
from analyzer import extractors
from analyzer.cli import main
from analyzer.engine import Analyzer, ScanOptions
from analyzer.errors import ERROR_CODES, ExtractionError
from analyzer.resources import schema_path
from badinputs import build
from conftest import ROOT
from helpers import NANUM

pytestmark = pytest.mark.skipif(not NANUM.exists(), reason="fonts-nanum is needed to build the corpus")
AS_OF = dt.date(2026, 11, 28)


@pytest.fixture(scope="session")
def bad_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad-inputs")
    return folder, build(folder)


@pytest.fixture(scope="session")
def bad_scan(bad_corpus):
    folder, expected = bad_corpus
    analyzer_obj = Analyzer.default(as_of=AS_OF, use_model=False)
    return analyzer_obj.scan([folder], ScanOptions(workers=2, timeout=60, as_of=AS_OF, cache=False)), expected


def _outcomes(report):
    out = {}
    for e in report.errors:
        out[e.path] = e.code
    for s in report.skipped:
        out[s.path] = "skipped"
    for v in report.vendors:
        for d in v.documents:
            out[d.path] = "ok"
    return out


def test_every_bad_file_gets_its_code_and_good_files_are_analysed(bad_scan):
    report, expected = bad_scan
    got = _outcomes(report)
    assert {k: got.get(k) for k in expected} == expected
    assert all(e.code in ERROR_CODES and e.message for e in report.errors)
    jsonschema.validate(report.to_dict(), json.loads(schema_path().read_text(encoding="utf-8")))
    # the readable ones were analysed correctly, not just "not failed"
    cp949 = report.vendor("korean-cp949")
    assert cp949.lang == "ko" and cp949.requirement("BREACH-PROCESSOR-NOTICE").status == "met"
    owner = report.vendor("owner-password-only")
    assert owner.requirement("BREACH-PROCESSOR-NOTICE").status != "missing"
    assert report.vendor("good-vendor").requirement("BREACH-PROCESSOR-NOTICE").status == "met"


def test_unreadable_file_is_reported_even_as_root(bad_corpus, monkeypatch):
    folder, _expected = bad_corpus
    real = extractors.read_bytes

    def refuse(path, limits):  # the failure root never sees from chmod
        if "계약서" in str(path):
            raise ExtractionError("the file cannot be read (permission denied)", code="permission-denied", path=path)
        return real(path, limits)

    monkeypatch.setattr(extractors, "read_bytes", refuse)
    report = Analyzer.default(as_of=AS_OF, use_model=False).scan([folder / "good-vendor"], ScanOptions(workers=1, cache=False))
    assert [(e.path, e.code) for e in report.errors] == [("계약서.txt", "permission-denied")]


def test_cli_exit_code_is_0_or_1_for_bad_files(bad_corpus, tmp_path, capsys):
    folder, _expected = bad_corpus
    out = tmp_path / "r.json"
    assert main(["scan", str(folder), "--no-model", "--workers", "2", "--no-cache", "-o", str(out)]) == 0
    assert main(["scan", str(folder), "--no-model", "--workers", "2", "--no-cache", "-o", str(out), "--fail-on", "high"]) == 1


@pytest.mark.slow
def test_heavy_inputs_and_peak_memory_per_worker(tmp_path):
    """Budget: about 60 s. A 2 GiB zip bomb, a 500-page PDF and a 60 MB text file, scanned in a
    separate process so the peak memory of its workers can be read back."""
    folder = tmp_path / "heavy"
    expected = build(folder, heavy=True)
    code = (
        "import json, resource, sys, datetime as dt\n"
        "sys.path.insert(0, %r)\n"
        "from analyzer.engine import Analyzer, ScanOptions\n"
        "a = Analyzer.default(use_model=True)\n"
        "r = a.scan([%r], ScanOptions(workers=2, timeout=300, cache=False))\n"
        "out = {e.path: e.code for e in r.errors}\n"
        "out.update({d.path: 'ok' for v in r.vendors for d in v.documents})\n"
        "out.update({s.path: 'skipped' for s in r.skipped})\n"
        "print(json.dumps({'outcomes': out, 'children_max_rss_kib': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,"
        " 'pages': {d.path: d.pages for v in r.vendors for d in v.documents}}))\n" % (str(ROOT), str(folder))
    )
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    assert {k: data["outcomes"].get(k) for k in expected} == expected
    assert data["pages"]["five-hundred-pages.pdf"] == 500
    assert data["children_max_rss_kib"] < 1024 * 1024, f"a worker peaked at {data['children_max_rss_kib'] / 1024:.0f} MiB"
    assert time.monotonic() - t0 < 600
