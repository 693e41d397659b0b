"""Human reports: HTML rendered in a real headless browser, Markdown, CSV, and the report
command that re-renders a saved JSON report. Korean and English."""

from __future__ import annotations

import copy
import csv
import io
import json
import re
import shutil
import subprocess
import sys

import pytest
from lxml import html as lxml_html

from analyzer.cli import main
from analyzer.writers import render
from conftest import ROOT

GOLDEN_BODY = json.loads((ROOT / "tests" / "golden" / "samples-report.json").read_text(encoding="utf-8"))
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def report():
    d = copy.deepcopy(GOLDEN_BODY)
    d["headers"] = {"tool": {"name": "pipa-contract-analyzer", "version": "test"}, "library": {"version": "1", "hash": "x"},
                    "model": None, "as_of": "2026-11-28", "generated_at": "2026-11-28T00:00:00+00:00",
                    "options": {}, "timings": {}}
    return d


def _dom(path, fragment=""):
    """The page as the browser shows it after its script ran (Debian's chromium, headless)."""
    out = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={path.parent / 'chromium-profile'}", "--virtual-time-budget=5000", "--dump-dom",
         path.as_uri() + fragment],
        capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return lxml_html.fromstring(out.stdout)


needs_browser = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")


class TestHtml:
    def test_self_contained_and_escaped(self, report):
        evil = copy.deepcopy(report)
        evil["vendors"][0]["requirements"][0]["reason"]["en"] = "</script><script>alert(1)</script>"
        page = render(evil, "html", "en")
        assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
        assert "<script>alert(1)</script>" not in page and "<\\/script>" in page

    @needs_browser
    def test_matrix_filters_and_details_in_a_browser(self, report, tmp_path):
        page = tmp_path / "report.html"
        page.write_text(render(report, "html", "en"), encoding="utf-8")
        dom = _dom(page)
        rows = dom.xpath("//tbody[@id='rows']/tr")
        assert [r.get("data-vendor") for r in rows] == [v["vendor"] for v in report["vendors"]]
        cells = rows[0].xpath("./td[contains(@class,'cell')]")
        assert len(cells) == 35
        expected = {r["id"]: r["status"] for r in report["vendors"][0]["requirements"]}
        assert {c.get("data-req"): c.get("data-status") for c in cells} == expected
        assert all(c.get("data-status") in c.get("class") for c in cells)
        assert "not legal advice" in dom.xpath("string(//div[@id='disclaimer'])")
        assert dom.xpath("string(//strong[@id='as-of'])") == "2026-11-28"
        # family + status filters and vendor search, given in the address
        dom = _dom(page, "#family=overseas-transfer&status=missing")
        heads = [h.text_content() for h in dom.xpath("//tr[@id='head']/th[contains(@class,'req')]")]
        assert heads and all(h.startswith("XFER-") for h in heads)
        shown = [r.get("data-vendor") for r in dom.xpath("//tbody[@id='rows']/tr")]
        want = [v["vendor"] for v in report["vendors"]
                if any(r["status"] == "missing" and r["id"].startswith("XFER-") for r in v["requirements"])]
        assert shown == want
        dom = _dom(page, "#q=nimbus")
        assert [r.get("data-vendor") for r in dom.xpath("//tbody[@id='rows']/tr")] == ["nimbus-cloud"]
        # details of one vendor: relationship, gaps with quotes and page references, remediation to copy
        vendor = next(v for v in report["vendors"] if v["summary"]["weak"] + v["summary"]["missing"])
        dom = _dom(page, f"#vendor={vendor['vendor']}")
        card = dom.xpath("//div[@id='vendor-card']")[0]
        gap_ids = [g.get("data-req") for g in card.xpath(".//div[contains(@class,'gap')]")]
        assert set(gap_ids) == {r["id"] for r in vendor["requirements"] if r["status"] in ("weak", "missing")}
        assert card.xpath(".//pre[@class='clause']") and card.xpath(".//button[text()='Copy']")
        weak = next(r for r in vendor["requirements"] if r["status"] == "weak" and r["evidence"])
        quote = card.xpath(f".//div[@id='gap-{weak['id']}']//blockquote")[0].text_content()
        assert weak["evidence"][0]["path"] in quote and f"p. {weak['evidence'][0]['page']}" in quote

    @needs_browser
    def test_korean_report(self, report, tmp_path):
        page = tmp_path / "report-ko.html"
        page.write_text(render(report, "html", "ko"), encoding="utf-8")
        dom = _dom(page, "#vendor=hanbit-sms")
        assert "법률 자문이 아닙니다" in dom.xpath("string(//div[@id='disclaimer'])")
        legend = dom.xpath("//span[@class='legend']/span/text()")
        assert legend == ["충족", "미흡", "누락", "해당 없음"]
        assert "법 제" in dom.xpath("string(//div[@id='vendor-card'])")

    @needs_browser
    @pytest.mark.slow
    def test_thousands_of_vendors_stay_usable(self, report, tmp_path):
        """Budget: about 10 s. 3,000 vendors: the page holds them all but draws 200 rows at a time."""
        big = copy.deepcopy(report)
        base = big["vendors"]
        big["vendors"] = []
        for i in range(3000):
            v = copy.deepcopy(base[i % len(base)])
            v["vendor"] = f"vendor-{i:05d}"
            big["vendors"].append(v)
        page = tmp_path / "big.html"
        text = render(big, "html", "en")
        page.write_text(text, encoding="utf-8")
        assert len(text.encode("utf-8")) < 40 * 1024 * 1024
        dom = _dom(page)
        assert len(dom.xpath("//tbody[@id='rows']/tr")) == 200
        assert "3000" in dom.xpath("string(//span[@id='count'])")
        dom = _dom(page, "#q=vendor-02999")
        assert [r.get("data-vendor") for r in dom.xpath("//tbody[@id='rows']/tr")] == ["vendor-02999"]


class TestMarkdownCsv:
    @pytest.mark.parametrize("lang,words", [("en", ["Law in force on", "not legal advice", "weak", "missing"]),
                                            ("ko", ["기준일", "법률 자문이 아닙니다", "미흡", "누락"])])
    def test_markdown(self, report, lang, words):
        md = render(report, "md", lang)
        for w in words:
            assert w in md
        assert "2026-11-28" in md
        assert md.count("\n## ") >= len(report["vendors"]) + 1
        citation = "법 제" if lang == "ko" else "Act Art."
        assert citation in md

    def test_csv_bom_rows_and_korean_labels(self, report):
        text = render(report, "csv", "ko")
        assert text.startswith("\ufeff")
        rows = list(csv.DictReader(io.StringIO(text[1:])))
        assert len(rows) == 35 * len(report["vendors"])
        assert {r["status_label"] for r in rows} <= {"충족", "미흡", "누락", "해당 없음"}
        assert all(r["as_of"] == "2026-11-28" for r in rows)
        data = text.encode("utf-8")
        assert data.decode("utf-8-sig").splitlines()[0].startswith("vendor,requirement")

    def test_report_command_rerenders_a_saved_report(self, report, tmp_path, capsys):
        saved = tmp_path / "report.json"
        saved.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
        for fmt in ("html", "md", "csv", "json"):
            out = tmp_path / f"out.{fmt}"
            assert main(["report", str(saved), "--format", fmt, "--report-lang", "ko", "-o", str(out)]) == 0
            assert out.stat().st_size > 1000
        assert main(["report", str(tmp_path / "missing.json")]) == 2
