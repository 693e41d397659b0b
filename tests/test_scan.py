"""The scan pipeline: vendors, manifest, relationship, statuses, JSON report, workers, CLI."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import time
from pathlib import Path

import jsonschema
import pytest

import analyzer
from analyzer import engine
from analyzer.cli import main
from analyzer.engine import Analyzer, ScanOptions
from analyzer.library import REQUIREMENT_IDS
from analyzer.resources import schema_path
from conftest import SAMPLES

AS_OF = dt.date(2026, 11, 28)
SCHEMA = json.loads(schema_path().read_text(encoding="utf-8"))

EN_PROCESSOR = """1. Services
The Supplier processes personal data only on behalf of and on the documented instructions of the Company, as its processor, to host the Company's online store.

2. Security incidents
The Supplier shall notify the Company in writing within 24 hours after becoming aware of any actual or suspected personal data breach.
"""
KO_PROCESSOR = """제1조(목적)
이 계약은 갑이 을에게 개인정보 처리업무를 위탁하는 데 필요한 사항을 정한다.

제2조(유출 통지)
을은 개인정보의 유출등이 발생하였거나 발생한 것으로 의심되는 경우 이를 알게 된 때부터 24시간 이내에 갑에게 서면으로 통지하여야 한다.
"""


def _tree(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, content in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return root


def _body(report) -> dict:  # the report without its volatile headers
    d = report.to_dict()
    d.pop("headers")
    return d


class TestVendorsAndReport:
    def test_grouping_skips_and_errors(self, tmp_path, rules_analyzer):
        root = _tree(tmp_path / "scan", {
            "acme/dpa.txt": EN_PROCESSOR,
            "acme/~$dpa.docx": b"lock",
            "acme/notes.xlsx": b"PK",
            "acme/.hidden/secret.txt": EN_PROCESSOR,
            "acme/sub/annex.txt": EN_PROCESSOR + "\nAnnex: hosting in Singapore.",
            "가나물류/계약서.txt": KO_PROCESSOR,
            "loose contract.txt": EN_PROCESSOR.replace("online store", "mobile app"),
            "broken/bad.pdf": b"%PDF-1.7 truncated",
            ".DS_Store": b"x",
        })
        os.symlink(root / "acme", root / "acme-link")
        report = rules_analyzer.scan([root], ScanOptions(workers=1, as_of=AS_OF))
        names = [v.vendor for v in report.vendors]
        assert names == ["acme", "loose contract", "가나물류"]
        acme = report.vendor("acme")
        assert [d.path for d in acme.documents] == ["acme/dpa.txt", "acme/sub/annex.txt"]
        skipped = {s.path: s.reason for s in report.skipped}
        assert skipped["acme/~$dpa.docx"].startswith("operating-system")
        assert skipped["acme/notes.xlsx"].startswith("not a document")
        assert skipped["acme/.hidden"] == "hidden folder"
        assert skipped["acme-link"].startswith("symbolic link")
        assert [(e.path, e.code) for e in report.errors] == [("broken/bad.pdf", "corrupt")]
        d = report.to_dict()
        jsonschema.validate(d, SCHEMA)
        for v in d["vendors"]:
            assert [r["id"] for r in v["requirements"]] == sorted(REQUIREMENT_IDS)
            assert sum(v["summary"].values()) == 35
            assert {r["status"] for r in v["requirements"]} <= {"met", "weak", "missing", "not_applicable"}

    def test_identical_files_are_analysed_once_and_referenced(self, tmp_path, rules_analyzer):
        root = _tree(tmp_path / "scan", {"a/dpa.txt": EN_PROCESSOR, "b/copy.txt": EN_PROCESSOR})
        report = rules_analyzer.scan([root], ScanOptions(workers=1, as_of=AS_OF))
        assert report.headers["timings"]["documents"] == 1
        b = report.vendor("b")
        assert b.documents[0].duplicate_of == "a/dpa.txt"
        assert b.requirement("BREACH-PROCESSOR-NOTICE").evidence[0].path == "b/copy.txt"

    def test_progress_counts_every_file_once_whatever_happens_to_it(self, tmp_path, rules_analyzer, monkeypatch):
        steps: list[tuple[int, str]] = []

        class Recorder(engine._Progress):
            def step(self, name: str) -> None:
                steps.append((self.total, name))
                super().step(name)

        monkeypatch.setattr(engine, "_Progress", Recorder)
        root = _tree(tmp_path / "scan", {"a/dpa.txt": EN_PROCESSOR, "b/copy.txt": EN_PROCESSOR,
                                           "c/계약.txt": KO_PROCESSOR, "d/empty.txt": ""})
        opts = ScanOptions(workers=2, as_of=AS_OF, cache_dir=str(tmp_path / "cache"))
        for run in ("first", "from the cache"):
            steps.clear()
            report = rules_analyzer.scan([root], opts)
            assert sorted(n for _, n in steps) == ["a/dpa.txt", "b/copy.txt", "c/계약.txt", "d/empty.txt"], run
            assert {t for t, _ in steps} == {4}, run
        assert report.headers["timings"]["from_cache"] == 2 and report.headers["timings"]["analysed"] == 0  # a, c
        assert [e.code for e in report.errors] == ["empty"]

    def test_single_file_is_one_vendor_named_by_stem(self, tmp_path, rules_analyzer):
        f = _tree(tmp_path, {"Hosting DPA.txt": EN_PROCESSOR}) / "Hosting DPA.txt"
        report = rules_analyzer.scan([f], ScanOptions(workers=1, as_of=AS_OF))
        assert [v.vendor for v in report.vendors] == ["Hosting DPA"]
        assert report.vendors[0].documents[0].path == "Hosting DPA.txt"

    def test_statuses_reasons_evidence_and_remediation(self, tmp_path, rules_analyzer):
        root = _tree(tmp_path / "scan", {"v/dpa.txt": EN_PROCESSOR.replace("within 24 hours", "within seven (7) days")})
        v = rules_analyzer.scan([root], ScanOptions(workers=1, as_of=AS_OF)).vendor("v")
        r = v.requirement("BREACH-PROCESSOR-NOTICE")
        assert r.status == "weak"
        assert "seven (7) days" in r.reason["en"] and "24-hour" in r.reason["en"]
        ev = r.evidence[0]
        assert ev.path == "v/dpa.txt" and ev.page == 1 and ev.clause_number == "2"
        assert "deadline:notice-deadline=7 days" in ev.rules
        assert r.remediation and r.remediation["lang"] == "en" and "[24]" in r.remediation["clause"]
        assert v.requirement("GOV-DOMESTIC-AGENT").status == "not_applicable"
        assert v.requirement("DSR-DISPUTE-MEDIATION").status == "missing"

    def test_korean_vendor_gets_korean_remediation(self, tmp_path, rules_analyzer):
        root = _tree(tmp_path / "scan", {"가나/계약.txt": KO_PROCESSOR})
        v = rules_analyzer.scan([root], ScanOptions(workers=1, as_of=AS_OF)).vendor("가나")
        assert v.lang == "ko"
        assert v.requirement("BREACH-PROCESSOR-NOTICE").status == "met"
        missing = v.requirement("ENT-TRAINING")
        assert missing.status == "missing" and missing.remediation["lang"] == "ko"

    def test_report_is_identical_whatever_the_number_of_workers(self, rules_analyzer):
        one = rules_analyzer.scan([SAMPLES], ScanOptions(workers=1, as_of=AS_OF, cache=False))
        two = rules_analyzer.scan([SAMPLES], ScanOptions(workers=2, as_of=AS_OF, cache=False))
        assert _body(one) == _body(two)
        jsonschema.validate(one.to_dict(), SCHEMA)
        timings = two.headers["timings"]
        assert timings["analysed"] == timings["documents"] > 0 and timings["from_cache"] == 0
        if os.path.exists("/proc/self/smaps_rollup"):  # the operator sees what a worker really holds
            assert 0 < timings["worker_private_mib_max"] < 2048


class TestManifest:
    CSV = "vendor,role,overseas,country,paths\n{k},recipient,yes,CN;SG,\nghost,processor,no,,\nbundle,processor,,US,misc/*\n"

    @pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp949"])
    def test_manifest_overrides_inference_and_groups(self, tmp_path, rules_analyzer, encoding):
        root = _tree(tmp_path / "scan", {"판매자A/terms.txt": KO_PROCESSOR, "misc/one.txt": EN_PROCESSOR,
                                           "misc/two.txt": EN_PROCESSOR + "\nSchedule: support."})
        manifest = tmp_path / "vendors.csv"
        manifest.write_bytes(self.CSV.format(k="판매자A").encode(encoding))
        report = rules_analyzer.scan([root], ScanOptions(workers=1, as_of=AS_OF, vendors_file=str(manifest)))
        seller = report.vendor("판매자A")
        assert (seller.relationship.role, seller.relationship.overseas, seller.relationship.countries) == ("recipient", True, ("CN", "SG"))
        assert seller.relationship.source["role"] == "manifest"
        assert seller.requirement("GOV-DOMESTIC-AGENT").status != "not_applicable"
        bundle = report.vendor("bundle")
        assert [d.path for d in bundle.documents] == ["misc/one.txt", "misc/two.txt"]
        assert bundle.relationship.overseas is True  # country US implies overseas when the cell is blank
        assert any("ghost" in w for w in report.warnings)

    def test_invalid_manifest_is_a_usage_error(self, tmp_path, capsys):
        root = _tree(tmp_path / "scan", {"v/a.txt": EN_PROCESSOR})
        manifest = tmp_path / "vendors.csv"
        manifest.write_text("vendor,role,overseas,country\nv,seller,maybe,XX\n", encoding="utf-8")
        code = main(["scan", str(root), "--vendors", str(manifest), "--no-model", "--workers", "1"])
        err = capsys.readouterr().err
        assert code == 2 and "role 'seller'" in err and "overseas 'maybe'" in err and "XX" in err


class TestRelationship:
    def test_inference_with_evidence(self, tmp_path, rules_analyzer):
        root = _tree(tmp_path / "scan", {
            "cloud/dpa.txt": EN_PROCESSOR + "\n3. Locations\nPersonal data is stored in data centres located in Singapore and the United States.\n",
            "seller/terms.txt": ("판매자는 회사로부터 제공받은 구매자의 개인정보를 배송 목적으로만 이용한다. 회사는 구매자 정보를 중국에 소재한 판매자에게 국외 이전한다.\n"),
            "research/agreement.txt": ("The Company provides pseudonymised data to the Institute for statistical research. "
                                       "The Institute shall not attempt re-identification of the pseudonymised data.\n"),
            "local/contract.txt": KO_PROCESSOR + "\n제3조(장소) 을은 개인정보를 국외로 이전하거나 국외에서 접속하여 처리하여서는 아니 된다.\n",
        })
        report = rules_analyzer.scan([root], ScanOptions(workers=1, as_of=AS_OF))
        cloud = report.vendor("cloud").relationship
        assert (cloud.role, cloud.overseas) == ("processor", True) and {"SG", "US"} <= set(cloud.countries)
        assert any(e.kind == "overseas" for e in cloud.evidence)
        seller = report.vendor("seller").relationship
        assert (seller.role, seller.overseas) == ("recipient", True) and "CN" in seller.countries
        assert report.vendor("research").relationship.pseudonymised is True
        local = report.vendor("local").relationship
        assert (local.role, local.overseas) == ("processor", False)
        assert report.vendor("local").requirement("XFER-BASIS").status == "not_applicable"


class TestLawVersions:
    def test_as_of_decides_which_checks_apply(self, rules_analyzer):
        text = ("Security incidents. The Supplier shall notify the Company in writing within 24 hours after a personal data "
                "breach is confirmed by the Supplier.")
        before = Analyzer(rules_analyzer.library, as_of=dt.date(2025, 6, 1))
        after = Analyzer(rules_analyzer.library, as_of=dt.date(2026, 11, 28))
        v_before = before.vendor_report("v", [("t", before.analyze_text(text, lang="en"))])
        v_after = after.vendor_report("v", [("t", after.analyze_text(text, lang="en"))])
        assert v_before.requirement("BREACH-PROCESSOR-NOTICE").status == "met"
        assert v_after.requirement("BREACH-PROCESSOR-NOTICE").status == "weak"


def _slow_or_crash(analyzer_obj, path):  # replaces the worker function (inherited by fork)
    name = Path(path).name
    if name.startswith("crash"):
        os._exit(3)
    if name.startswith("slow"):
        time.sleep(30)
    return analyzer_obj.analyze_file(path)


class TestWorkers:
    @pytest.mark.parametrize("workers", [1, 2])
    def test_timeouts_and_crashes_are_reported_and_the_batch_goes_on(self, tmp_path, rules_analyzer, monkeypatch, workers):
        root = _tree(tmp_path / "scan", {"a/crash.txt": EN_PROCESSOR + "x", "b/slow.txt": EN_PROCESSOR + "y",
                                           "c/good.txt": EN_PROCESSOR, "d/good2.txt": KO_PROCESSOR})
        monkeypatch.setattr(engine, "_analyze_in_worker", _slow_or_crash)
        t0 = time.monotonic()
        report = rules_analyzer.scan([root], ScanOptions(workers=workers, timeout=2.0, as_of=AS_OF))
        assert time.monotonic() - t0 < 20
        codes = {e.path: (e.code, e.stage) for e in report.errors}
        assert codes == {"a/crash.txt": ("worker-crashed", "worker"), "b/slow.txt": ("timeout", "worker")}
        assert [v.vendor for v in report.vendors] == ["c", "d"]


class TestCli:
    def test_scan_writes_atomically_and_fail_on(self, tmp_path, capsys):
        root = _tree(tmp_path / "scan", {"v/dpa.txt": EN_PROCESSOR})
        out = tmp_path / "out" / "report.json"
        code = main(["scan", str(root), "-o", str(out), "--no-model", "--workers", "1", "--as-of", "2026-11-28"])
        assert code == 0
        data = json.loads(out.read_text(encoding="utf-8"))
        jsonschema.validate(data, SCHEMA)
        assert data["headers"]["as_of"] == "2026-11-28"
        assert [p.name for p in out.parent.iterdir()] == ["report.json"]
        assert main(["scan", str(root), "-o", str(out), "--no-model", "--workers", "1", "--fail-on", "critical"]) == 1
        assert main(["scan", str(root), "-o", str(out), "--no-model", "--workers", "1", "--fail-on", "low"]) == 1

    def test_usage_errors_exit_2(self, tmp_path, capsys):
        assert main(["scan", str(tmp_path / "nope"), "--no-model"]) == 2
        with pytest.raises(SystemExit) as exc:
            main(["scan", str(tmp_path), "--as-of", "2026-13-45"])
        assert exc.value.code == 2

    def test_python_api(self, tmp_path):
        root = _tree(tmp_path / "scan", {"v/dpa.txt": EN_PROCESSOR})
        report = analyzer.scan(root, analyzer.ScanOptions(workers=1, as_of=AS_OF, use_model=False))
        assert isinstance(report, analyzer.ScanReport)
        assert json.loads(report.to_json())["vendors"][0]["vendor"] == "v"
