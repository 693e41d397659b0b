"""Markdown (for tickets and e-mail) and CSV (one row per vendor and requirement) reports.

Both are built from the JSON report's dictionary, so a saved report can be re-rendered without
rescanning. The CSV is UTF-8 with a byte-order mark, which Korean Excel needs to open it right.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from .i18n import ROLE, SEVERITY, STATUS, TEXT

GAP_ORDER = {"critical": 0, "high": 1, "medium": 2, "low": 3}


def _md(s: Any) -> str:
    text = " ".join(str(s if s is not None else "").split())
    return text.replace("|", "\\|")


def _where(ev: dict[str, Any], lang: str) -> str:
    t = TEXT[lang]
    clause = f" {t['clause']} {ev['clause_number']}" if ev.get("clause_number") else ""
    if lang == "ko":
        return f"{ev['path']} {ev['page']}{t['page']}{clause}"
    return f"{ev['path']}, {t['page']} {ev['page']}{clause}"


def markdown(report: dict[str, Any], lang: str) -> str:
    t, st, sev = TEXT[lang], STATUS[lang], SEVERITY[lang]
    h = report["headers"]
    out = [f"# {t['title']}", "", f"{t['as_of']}: **{h['as_of']}**  ", f"_{t['disclaimer']}_", ""]
    out += [f"## {t['summary']}", "",
            f"| {t['vendor']} | {t['role']} | {t['overseas']} | {st['met']} | {st['weak']} | {st['missing']} | {st['not_applicable']} | {t['risk']} |",
            "|---|---|---|---:|---:|---:|---:|---:|"]
    for v in report["vendors"]:
        rel, s = v["relationship"], v["summary"]
        out.append(f"| {_md(v['vendor'])} | {ROLE[lang].get(rel['role'], rel['role'])} | "
                   f"{t['yes'] if rel['overseas'] else t['no']}{(' (' + ', '.join(rel['countries']) + ')') if rel['countries'] else ''} | "
                   f"{s['met']} | {s['weak']} | {s['missing']} | {s['not_applicable']} | {v['risk_score']} |")
    out.append("")
    for v in report["vendors"]:
        rel = v["relationship"]
        out += [f"## {_md(v['vendor'])}", "",
                f"- {t['documents']}: " + ", ".join(f"`{d['path']}`" for d in v["documents"]),
                f"- {t['role']}: {ROLE[lang].get(rel['role'], rel['role'])} ({t.get(rel['source'].get('role', ''), rel['source'].get('role', ''))})",
                f"- {t['overseas']}: {t['yes'] if rel['overseas'] else t['no']}"
                + (f" ({', '.join(rel['countries'])})" if rel["countries"] else "")
                + f" ({t.get(rel['source'].get('overseas', ''), rel['source'].get('overseas', ''))})",
                f"- {t['risk']}: {v['risk_score']}", ""]
        gaps = sorted((r for r in v["requirements"] if r["status"] in ("weak", "missing")),
                      key=lambda r: (GAP_ORDER.get(r["severity"], 9), r["id"]))
        if not gaps:
            out += [t["no_gaps"], ""]
        else:
            out += [f"### {t['gaps']}", "",
                    f"| {t['requirement']} | {t['severity']} | {t['status']} | {t['reason']} | {t['evidence']} |",
                    "|---|---|---|---|---|"]
            for r in gaps:
                ev = "; ".join(_where(e, lang) for e in r["evidence"][:2])
                out.append(f"| **{r['id']}** {_md(r['title'][lang])} | {sev[r['severity']]} | {st[r['status']]} | "
                           f"{_md(r['reason'][lang])} ({_md(r['legal_basis'][lang])}) | {_md(ev)} |")
            out.append("")
            for r in gaps:
                if r.get("remediation"):
                    out += [f"<details><summary>{r['id']} — {t['remediation']}</summary>", "",
                            f"_{_md(r['remediation']['explanation'])}_", "", "```text",
                            r["remediation"]["clause"].strip(), "```", "</details>", ""]
        met = [r for r in v["requirements"] if r["status"] in ("met", "not_applicable")]
        if met:
            out += [f"{t['met_list']}: " + ", ".join(f"{r['id']} ({st[r['status']]})" for r in met), ""]
    if report.get("errors"):
        out += [f"## {t['errors']}", ""] + [f"- `{e['path']}`: `{e['code']}` {_md(e['message'])}" for e in report["errors"]] + [""]
    out += ["---", f"_{t['disclaimer']}_", ""]
    return "\n".join(out)


CSV_COLUMNS = ["vendor", "requirement", "title", "family", "severity", "status", "status_label", "confidence",
               "reason", "legal_basis", "evidence_path", "evidence_page", "evidence_clause", "evidence_text",
               "remediation", "as_of"]


def csv_text(report: dict[str, Any], lang: str) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    as_of = report["headers"]["as_of"]
    for v in report["vendors"]:
        for r in v["requirements"]:
            ev = r["evidence"][0] if r["evidence"] else {}
            w.writerow([
                v["vendor"], r["id"], r["title"][lang], r["family"], r["severity"], r["status"], STATUS[lang][r["status"]],
                r["confidence"], r["reason"][lang], r["legal_basis"][lang], ev.get("path", ""), ev.get("page", ""),
                ev.get("clause_number") or "", " ".join(str(ev.get("text", "")).split())[:500],
                (r.get("remediation") or {}).get("clause", "").strip(), as_of,
            ])
    return "\ufeff" + buf.getvalue()
