"""A self-contained HTML report: a vendor-by-requirement matrix coloured by status, with filters
(family, severity, status, vendor search), then per vendor its relationship with evidence, its
gaps with quotes and page references, and the remediation clause ready to copy.

Nothing is fetched from the network. The data travels inside the page as JSON and the matrix is
drawn by a small script in pages of rows, so a report with thousands of vendors stays usable;
repeated texts (requirement titles, legal bases, remediation clauses) are stored once.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .i18n import FAMILY, ROLE, SEVERITY, STATUS, TEXT

MAX_EVIDENCE_CHARS = 300


class _Strings:
    """A string table: reasons such as "No clause on this topic was found" repeat across
    thousands of vendors, so each distinct text is stored once and referenced by index."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.index: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        if text not in self.index:
            self.index[text] = len(self.items)
            self.items.append(text)
        return self.index[text]


def _trim(text: str, n: int) -> str:
    return text[:n] + ("…" if len(text) > n else "")


def _compact(report: dict[str, Any], lang: str) -> dict[str, Any]:
    reqs: dict[str, dict[str, Any]] = {}
    vendors = []
    S = _Strings()
    for v in report["vendors"]:
        rows = []
        for r in v["requirements"]:
            if r["id"] not in reqs:
                reqs[r["id"]] = {"title": r["title"][lang], "family": r["family"], "severity": r["severity"],
                                 "kind": r["kind"], "basis": r["legal_basis"][lang]}
            key = f"remediation_{(r.get('remediation') or {}).get('lang', lang)}"
            if r.get("remediation") and key not in reqs[r["id"]]:
                reqs[r["id"]][key] = {"clause": r["remediation"]["clause"].strip(),
                                      "explanation": r["remediation"]["explanation"]}
            keep = 2 if r["status"] in ("weak", "missing") else 1
            rows.append({
                "s": r["status"], "c": r["confidence"], "r": S(r["reason"][lang]),
                "rl": (r.get("remediation") or {}).get("lang"),
                "e": [{"p": S(e["path"]), "pg": e["page"], "cl": e.get("clause_number"), "sp": e["supports"],
                       "t": S(_trim(e["text"], MAX_EVIDENCE_CHARS)), "o": bool(e.get("ocr"))} for e in r["evidence"][:keep]],
            })
        rel = v["relationship"]
        vendors.append({
            "name": v["vendor"], "lang": v["lang"], "risk": v["risk_score"], "summary": v["summary"],
            "docs": [{"p": d["path"], "f": d["format"], "pg": d["pages"], "w": d.get("warnings", []),
                      "dup": d.get("duplicate_of"), "ocr": d.get("ocr_pages", [])} for d in v["documents"]],
            "rel": {"role": rel["role"], "overseas": rel["overseas"], "pseudo": rel["pseudonymised"],
                    "countries": rel["countries"], "source": rel["source"], "conf": rel["confidence"],
                    "ev": [{"k": e["kind"], "t": e["text"], "p": e["path"], "pg": e["page"]} for e in rel["evidence"][:8]]},
            "req": rows,
        })
    return {"ids": sorted(reqs), "reqs": reqs, "vendors": vendors, "strings": S.items,
            "errors": report.get("errors", []), "skipped": len(report.get("skipped", []))}


def _script_json(data: Any) -> str:
    # safe inside <script>: no "</script>", no HTML comment openers
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/").replace("<!--", "<\\!--")


def render_html(report: dict[str, Any], lang: str) -> str:
    import jinja2

    template_text = resources.files("analyzer.writers").joinpath("templates/report.html.j2").read_text(encoding="utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(template_text)
    data = _compact(report, lang)
    ui = {"text": TEXT[lang], "status": STATUS[lang], "severity": SEVERITY[lang], "family": FAMILY[lang], "role": ROLE[lang]}
    return template.render(
        lang=lang, t=TEXT[lang], status=STATUS[lang], severity=SEVERITY[lang], family=FAMILY[lang],
        headers=report["headers"], n_vendors=len(report["vendors"]), n_errors=len(report.get("errors", [])),
        data_json=_script_json(data), ui_json=_script_json(ui),
    )
