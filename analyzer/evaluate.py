"""Measure the analyzer against labelled vendors: per language, per requirement and overall
precision, recall and F1 for each status, macro-F1 over the four statuses, gap precision and
recall (a gap is weak or missing), the status confusion table, and two baselines computed on the
same folder ("every applicable requirement missing" and keyword search).

Labels: {"vendors": {"<vendor>": {"lang": "en", "requirements": {"<ID>": {"status": "met"}}}}}
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .report import STATUSES, ScanReport

GAP = ("weak", "missing")


@dataclass(frozen=True)
class Pair:
    vendor: str
    lang: str
    requirement: str
    truth: str
    predicted: str


def load_labels(path: str | Path) -> dict[str, Any]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if "vendors" not in data or not isinstance(data["vendors"], dict):
        raise ValueError(f"{path}: labels must have a 'vendors' mapping")
    return data


def pairs_from(report: ScanReport, labels: dict[str, Any], predictor: str = "analyzer") -> list[Pair]:
    out = []
    by_name = {v.vendor: v for v in report.vendors}
    for name, lab in sorted(labels["vendors"].items()):
        vendor = by_name.get(name)
        lang = lab.get("lang", "en")
        for rid, entry in sorted(lab.get("requirements", {}).items()):
            truth = entry["status"] if isinstance(entry, dict) else entry
            if vendor is None:
                predicted = "missing"  # a vendor that could not be analysed reports nothing
            else:
                try:
                    r = vendor.requirement(rid)
                except KeyError:
                    continue
                predicted = r.status if predictor == "analyzer" else _baseline(predictor, vendor, rid)
            out.append(Pair(name, lang, rid, truth, predicted))
    return out


def _baseline(kind: str, vendor: Any, rid: str) -> str:
    r = vendor.requirement(rid)
    if r.status == "not_applicable":
        return "not_applicable"
    if kind == "all-missing":
        return "missing"
    if kind == "keyword":
        return "met" if getattr(vendor, "_keyword_hits", {}).get(rid) else "missing"
    raise ValueError(kind)


def prf(pairs: list[Pair], status: str) -> tuple[float, float, float, int]:
    tp = sum(1 for p in pairs if p.truth == status and p.predicted == status)
    fp = sum(1 for p in pairs if p.truth != status and p.predicted == status)
    fn = sum(1 for p in pairs if p.truth == status and p.predicted != status)
    precision = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, tp + fn


def gap_prf(pairs: list[Pair]) -> tuple[float, float, float]:
    tp = sum(1 for p in pairs if p.truth in GAP and p.predicted in GAP)
    fp = sum(1 for p in pairs if p.truth not in GAP and p.predicted in GAP)
    fn = sum(1 for p in pairs if p.truth in GAP and p.predicted not in GAP)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def summary(pairs: list[Pair]) -> dict[str, Any]:
    per_status = {s: prf(pairs, s) for s in STATUSES}
    present = [s for s in STATUSES if per_status[s][3] > 0 or any(p.predicted == s for p in pairs)]
    macro = sum(per_status[s][2] for s in present) / len(present) if present else 0.0
    gp, gr, gf = gap_prf(pairs)
    confusion = Counter((p.truth, p.predicted) for p in pairs)
    return {
        "pairs": len(pairs),
        "accuracy": sum(1 for p in pairs if p.truth == p.predicted) / len(pairs) if pairs else 0.0,
        "macro_f1": macro,
        "per_status": {s: {"precision": v[0], "recall": v[1], "f1": v[2], "support": v[3]} for s, v in per_status.items()},
        "gap": {"precision": gp, "recall": gr, "f1": gf},
        "confusion": {t: {p: confusion.get((t, p), 0) for p in STATUSES} for t in STATUSES},
    }


def evaluate_report(report: ScanReport, labels: dict[str, Any], keyword_hits: dict[str, dict[str, bool]]) -> dict[str, Any]:
    for v in report.vendors:
        object.__setattr__(v, "_keyword_hits", keyword_hits.get(v.vendor, {}))
    results: dict[str, Any] = {}
    for predictor in ("analyzer", "all-missing", "keyword"):
        pairs = pairs_from(report, labels, predictor)
        langs = sorted({p.lang for p in pairs})
        per_lang = {lg: summary([p for p in pairs if p.lang == lg]) for lg in langs}
        per_lang["all"] = summary(pairs)
        if predictor == "analyzer":
            per_req: dict[str, Any] = {}
            for lg in langs + ["all"]:
                sub = [p for p in pairs if lg == "all" or p.lang == lg]
                per_req[lg] = {}
                for rid in sorted({p.requirement for p in sub}):
                    rp = [p for p in sub if p.requirement == rid]
                    per_req[lg][rid] = {"accuracy": sum(p.truth == p.predicted for p in rp) / len(rp),
                                        "gap": dict(zip(("precision", "recall", "f1"), gap_prf(rp))),
                                        "f1": {s: prf(rp, s)[2] for s in STATUSES if prf(rp, s)[3]}}
            results["per_requirement"] = per_req
            results["disagreements"] = [p.__dict__ for p in pairs if p.truth != p.predicted]
        results[predictor] = per_lang
    return results


def keyword_hits(paths: list[str], library: Any, manifest: Any = None) -> dict[str, dict[str, bool]]:
    """The keyword baseline: a requirement counts as met when any phrase of its first detect
    group (its topic words) occurs in any segment of the vendor's documents; no checks, no model."""
    from . import extract, segment
    from .errors import AnalyzerError
    from .vendors import group

    out: dict[str, dict[str, bool]] = {}
    for spec in group(list(paths), manifest).vendors:
        hits: dict[str, bool] = {}
        for f in spec.files:
            try:
                segs = segment(extract(f))
            except AnalyzerError:
                continue
            for seg in segs:
                lang = seg.lang.value if seg.lang.value in ("en", "ko") else "en"
                for req in library.requirements:
                    if hits.get(req.id):
                        continue
                    groups = req.detect.get(lang) or ()
                    if groups and any(p.search(seg.text) for p in groups[0]):
                        hits[req.id] = True
        out[spec.name] = hits
    return out


def format_text(results: dict[str, Any]) -> str:
    lines = []
    for lg, s in results["analyzer"].items():
        lines.append(f"== language: {lg}  ({s['pairs']} vendor-requirement pairs)")
        lines.append(f"{'predictor':<14} {'macro-F1':>8} {'accuracy':>8} {'gap-P':>6} {'gap-R':>6} {'gap-F1':>6}")
        for name in ("analyzer", "all-missing", "keyword"):
            t = results[name][lg]
            lines.append(f"{name:<14} {t['macro_f1']:>8.3f} {t['accuracy']:>8.3f} {t['gap']['precision']:>6.3f} "
                         f"{t['gap']['recall']:>6.3f} {t['gap']['f1']:>6.3f}")
        lines.append("status           precision recall   f1  support")
        for st, v in s["per_status"].items():
            lines.append(f"  {st:<15} {v['precision']:>8.3f} {v['recall']:>6.3f} {v['f1']:>5.3f} {v['support']:>7}")
        lines.append("confusion (rows = label, columns = predicted): " + " ".join(f"{c[:4]:>5}" for c in STATUSES))
        for t, row in s["confusion"].items():
            lines.append(f"  {t:<15}" + " " * 31 + " ".join(f"{row[p]:>5}" for p in STATUSES))
        per_req = results["per_requirement"].get(lg, {})
        if per_req:
            lines.append("per requirement: accuracy, gap P/R, F1 per status")
            for rid, v in per_req.items():
                f1s = " ".join(f"{k}={x:.2f}" for k, x in v["f1"].items())
                lines.append(f"  {rid:<28} acc={v['accuracy']:.2f} gapP={v['gap']['precision']:.2f} gapR={v['gap']['recall']:.2f}  {f1s}")
        lines.append("")
    return "\n".join(lines)
