"""Rewrite the README's two accuracy tables from the model card's dev_sets, so the figures a reader sees are the
ones `devset/record.sh` measured and nothing is copied by hand.

    python devset/readme_tables.py            # rewrite README.md in place, print the held-out figures

The error-analysis table gets one English and one Korean row per studied set (dev sets 1-N, in the README's
numbering) and the samples; the held-out table five rows per set A-J: the analyzer per language, the rules
alone (recorded as `holdoutN-rules`, both languages together), and the two baselines. A set the card lacks
keeps its old rows.
"""

from __future__ import annotations

import json
from pathlib import Path

from snapshot import HELDOUT, STUDIED

ROOT = Path(__file__).resolve().parent.parent
LANG = {"en": "English", "ko": "Korean"}


def studied_cards() -> list[tuple[str, str]]:
    """(README row name, card name) of the error-analysis sets, in the README's order."""
    rows = [("dev set 1", "synthetic"), ("dev set 2 (real contracts)", "corpus"), ("dev set 3", "holdout1"),
            ("dev set 4", "holdout3"), ("dev set 5 (paraphrase)", "paraphrase")]
    rows += [(f"dev set {6 + i}", f"holdout{n}") for i, n in enumerate(STUDIED)]
    return rows + [("samples", "samples")]


def _four(s: dict) -> str:
    return f"{s['macro_f1']:.3f} | {s['accuracy']:.3f} | {s['gap_precision']:.3f} | {s['gap_recall']:.3f}"


def _pair(a: dict, b: dict, key: str) -> str:
    return f"{a[key]:.3f} / {b[key]:.3f}"


def studied_table(cards: dict, old: dict[str, str]) -> list[str]:
    out = ["| set, language | macro-F1 | accuracy | gap precision | gap recall |", "|---|---|---|---|---|"]
    for row, name in studied_cards():
        summary = cards.get(name, {}).get("summary", {}).get("analyzer")
        for lg in ("en", "ko"):
            label = f"{row}, {LANG[lg]}"
            if summary and lg in summary:
                out.append(f"| {label} | {_four(summary[lg])} |")
            elif label in old:
                out.append(old[label])
    return out


def heldout_table(cards: dict, old: dict[str, str]) -> list[str]:
    out = ["| | macro-F1 | accuracy | gap precision | gap recall |", "|---|---|---|---|---|"]
    for letter, n in zip("ABCDEFGHIJ", HELDOUT):
        card = cards.get(f"holdout{n}", {}).get("summary", {})
        rules = cards.get(f"holdout{n}-rules", {}).get("summary", {}).get("analyzer", {}).get("all")
        rows: dict[str, str] = {}
        for lg in ("en", "ko"):
            if lg in card.get("analyzer", {}):
                rows[f"{letter}, {LANG[lg]}, analyzer"] = _four(card["analyzer"][lg])
        if rules:
            rows[f"{letter}, both, rules only (`--no-model`)"] = _four(rules)
        for key, title in (("all-missing", "every applicable requirement missing"), ("keyword", "keyword search")):
            base = card.get(key, {})
            if "en" in base and "ko" in base:
                rows[f"{letter}, English / Korean, {title}"] = " | ".join(
                    _pair(base["en"], base["ko"], k) for k in ("macro_f1", "accuracy", "gap_precision", "gap_recall"))
        for label in (f"{letter}, English, analyzer", f"{letter}, Korean, analyzer", f"{letter}, both, rules only (`--no-model`)",
                      f"{letter}, English / Korean, every applicable requirement missing", f"{letter}, English / Korean, keyword search"):
            if label in rows:
                out.append(f"| {label} | {rows[label]} |")
            elif label in old:
                out.append(old[label])
    return out


def _replace_table(lines: list[str], header: str, build) -> list[str]:  # type: ignore[no-untyped-def]
    start = lines.index(header)
    end = start
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    old = {}
    for line in lines[start + 2:end]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        old[cells[0]] = line
    return lines[:start] + build(old) + lines[end:]


def main() -> None:
    cards = json.loads((ROOT / "models/model-card.json").read_text(encoding="utf-8")).get("dev_sets", {})
    readme = ROOT / "README.md"
    lines = readme.read_text(encoding="utf-8").split("\n")
    lines = _replace_table(lines, "| set, language | macro-F1 | accuracy | gap precision | gap recall |",
                           lambda old: studied_table(cards, old))
    lines = _replace_table(lines, "| | macro-F1 | accuracy | gap precision | gap recall |",
                           lambda old: heldout_table(cards, old))
    readme.write_text("\n".join(lines), encoding="utf-8")
    for letter, n in zip("ABCDEFGHIJ", HELDOUT):
        s = cards.get(f"holdout{n}", {}).get("summary", {}).get("analyzer", {})
        figs = ", ".join(f"{LANG[lg]} {v['macro_f1']:.3f} / {v['gap_precision']:.3f} / {v['gap_recall']:.3f}"
                         for lg, v in s.items() if lg in LANG)
        print(f"{letter} (holdout{n}): {figs}")


if __name__ == "__main__":
    main()
