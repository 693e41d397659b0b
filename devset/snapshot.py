"""Error-analysis snapshots of the dev sets: what every labelled pair was predicted, and why.

`contract-analyzer evaluate` prints figures; fixing the analyzer needs the pairs behind them and a
way to see what a change fixed and what it broke across all sets at once. A snapshot stores, per
"set:vendor|REQ", the label, the prediction, the reason and the strongest evidence; `diff` compares
two snapshots pair by pair. The held-out sets (A-J in the README) are left out unless
SNAPSHOT_HELDOUT=1, so that studying errors never touches them.

    python devset/snapshot.py run TAG [d1 d3 ...]    # all studied sets by default
    python devset/snapshot.py diff OLD NEW
    python devset/snapshot.py errors TAG REQ-ID [TRUTH PREDICTED]
    python devset/snapshot.py byreq TAG

Snapshots go to $SNAPSHOT_DIR (default devset/.snapshots, ignored by git).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
AS_OF = dt.date(2026, 11, 28)
STUDIED = [6, 7, 9, 10, 11, 13, 15, 16, 18, 20, 21, 22, 24, *range(26, 47)]
HELDOUT = [2, 4, 5, 8, 12, 14, 17, 19, 23, 25]


def sets() -> dict[str, tuple[Path, Path, str]]:
    """dN -> (folder, labels, card name); the numbering follows the README's dev-set table."""
    out = {
        "d1": (HERE / "synthetic", HERE / ".sources/labels.json", "synthetic"),
        "d2": (HERE.parent.parent / "shared/corpus", HERE / "corpus-labels.json", "corpus"),
        "d3": (HERE / "holdout", HERE / ".holdout-sources/labels.json", "holdout1"),
        "d4": (HERE / "holdout3", HERE / ".holdout3-sources/labels.json", "holdout3"),
        "d5": (HERE / "paraphrase", HERE / ".paraphrase-sources/labels.json", "paraphrase"),
    }
    for i, n in enumerate(STUDIED):
        out[f"d{6 + i}"] = (HERE / f"holdout{n}", HERE / f".holdout{n}-sources/labels.json", f"holdout{n}")
    if os.environ.get("SNAPSHOT_HELDOUT") == "1":
        for letter, n in zip("ABCDEFGHIJ", HELDOUT):
            out[letter] = (HERE / f"holdout{n}", HERE / f".holdout{n}-sources/labels.json", f"holdout{n}")
    return out


def snap_dir() -> Path:
    d = Path(os.environ.get("SNAPSHOT_DIR", HERE / ".snapshots"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def run(tag: str, names: list[str]) -> None:
    from analyzer.engine import Analyzer, ScanOptions
    from analyzer.evaluate import Pair, load_labels, pairs_from, summary

    table = sets()
    names = names or [n for n in table if Path(table[n][0]).exists()]
    analyzer = Analyzer.default(as_of=AS_OF)
    store: dict[str, dict] = {}
    totals: dict[str, list[Pair]] = defaultdict(list)
    for name in names:
        folder, labels_path, _ = table[name]
        if not folder.exists():
            print(f"{name}: {folder} absent, skipped")
            continue
        labels = load_labels(labels_path)
        report = analyzer.scan([str(folder)], ScanOptions(workers=2, as_of=AS_OF, cache=False))
        by_name = {v.vendor: v for v in report.vendors}
        pairs = pairs_from(report, labels)  # the pairs `evaluate` scores; the details below are for reading them
        for pair in pairs:
            rec = {"t": pair.truth, "p": pair.predicted, "lang": pair.lang, "set": name}
            vendor = by_name.get(pair.vendor)
            if vendor is not None:
                r = vendor.requirement(pair.requirement)
                rel = vendor.relationship
                rec.update(why=r.reason.get("en", ""), fc=[c.get("check", "") for c in r.failed_checks],
                           note=f"{rel.role} overseas={rel.overseas} pseudo={rel.pseudonymised} {','.join(rel.countries)}",
                           ev=[{"file": Path(e.path).name, "supports": e.supports, "source": e.source,
                                "clause": e.clause_number, "rules": list(e.rules), "score": e.score,
                                "text": e.text[:1500]} for e in r.evidence[:4]])
            store[f"{name}:{pair.vendor}|{pair.requirement}"] = rec
        line = [f"{name:>4} dis={sum(p.truth != p.predicted for p in pairs):3d}"]
        for lg in ("en", "ko"):
            sub = [p for p in pairs if p.lang == lg]
            if sub:
                s = summary(sub)
                line.append(f"{lg} {s['macro_f1']:.3f}/{s['gap']['precision']:.3f}/{s['gap']['recall']:.3f}")
                if name != "d2":
                    totals[lg].extend(sub)
        print("  ".join(line), flush=True)
    for lg, sub in totals.items():
        s = summary(sub)
        print(f"total (all but d2) {lg}: pairs={len(sub)} dis={sum(p.truth != p.predicted for p in sub)} "
              f"macroF1={s['macro_f1']:.4f} gapP={s['gap']['precision']:.4f} gapR={s['gap']['recall']:.4f}")
    (snap_dir() / f"{tag}.json").write_text(json.dumps(store, ensure_ascii=False), encoding="utf-8")


def load(tag: str) -> dict[str, dict]:
    return json.loads((snap_dir() / f"{tag}.json").read_text(encoding="utf-8"))


def diff(old_tag: str, new_tag: str) -> None:
    old, new = load(old_tag), load(new_tag)
    fixed = broken = 0
    for key in sorted(set(old) & set(new)):
        a, b = old[key], new[key]
        if a["p"] == b["p"]:
            continue
        kind = "FIXED " if b["p"] == b["t"] else "BROKEN" if a["p"] == a["t"] else "CHANGED"
        fixed += kind == "FIXED "
        broken += kind == "BROKEN"
        print(f"{kind} {key}  label={b['t']} {a['p']} -> {b['p']}")
    print(f"fixed {fixed}, broken {broken}")


def errors(tag: str, rid: str, truth: str | None = None, predicted: str | None = None) -> None:
    for key, r in sorted(load(tag).items()):
        if not key.endswith(f"|{rid}") or r["t"] == r["p"]:
            continue
        if truth and r["t"] != truth or predicted and r["p"] != predicted:
            continue
        print(f"=== {key}  label={r['t']} predicted={r['p']}  [{r.get('note', '')}]")
        print(f"    why: {r.get('why', '')}  failed={r.get('fc', [])}")
        for e in r.get("ev", []):
            print(f"    - {e['file']} {e['clause']} {e['supports']}/{e['source']} {e['rules']} {e['score']}")
            print("      " + e["text"][:600].replace("\n", " "))


def byreq(tag: str) -> None:
    counts: Counter = Counter()
    for key, r in load(tag).items():
        if r["t"] != r["p"] and not key.startswith("d2:"):
            counts[(key.split("|")[1], r["lang"], f"{r['t']}->{r['p']}")] += 1
    for (rid, lang, move), n in counts.most_common(60):
        print(f"{n:3d}  {rid:<28} {lang} {move}")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    command, *rest = sys.argv[1:] or ["help"]
    if command == "run":
        run(rest[0], rest[1:])
    elif command == "diff":
        diff(*rest)
    elif command == "errors":
        errors(*rest)
    elif command == "byreq":
        byreq(*rest)
    else:
        print(__doc__)
