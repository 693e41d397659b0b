"""A vendor's risk score: the severity-weighted share of applicable requirements that are gaps.

    score = 100 * sum(weight(severity) * gap(status)) / sum(weight(severity))   over applicable requirements
    weight: critical 10, high 6, medium 3, low 1;  gap: missing 1.0, weak 0.5, met 0

0 means every applicable requirement is met; 100 means every one is missing. Not-applicable
requirements do not count. The formula is deliberately simple so a reviewer can recompute it.
"""

from __future__ import annotations

from typing import Iterable, Protocol

SEVERITY_WEIGHT = {"critical": 10, "high": 6, "medium": 3, "low": 1}
GAP_WEIGHT = {"missing": 1.0, "weak": 0.5, "met": 0.0}


class _Result(Protocol):
    status: str
    severity: str


def risk_score(results: Iterable[_Result]) -> float:
    total = gaps = 0.0
    for r in results:
        if r.status == "not_applicable":
            continue
        w = SEVERITY_WEIGHT.get(r.severity, 1)
        total += w
        gaps += w * GAP_WEIGHT.get(r.status, 0.0)
    return round(100 * gaps / total, 1) if total else 0.0
