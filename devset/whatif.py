"""What a check would fix and break if it read the whole vendor rather than the clause on the topic, before writing it.

A rule change costs a retrain and a snapshot (about four minutes) to measure; most candidate changes of one kind can be
counted at once from a snapshot and the studied vendors' segments. Two questions, each answered for every check of the
library, as "fixed / broken" against the labels (pairs the change would flip to the label / away from it):

    python devset/whatif.py vendorwide TAG [REQ/check ...]   # a weak_phrase also read as a `contrary` in every segment
    python devset/whatif.py anywhere TAG [REQ/check ...]     # a require check passed by its patterns anywhere (unless_vendor)

Naming checks prints the pairs behind their counts. The counts are an estimate: the real change also touches pairs
the check does not decide alone (a `contrary` term also turns a missing requirement weak), so measure the change itself
with `snapshot.py run` / `diff` before keeping it. Segments are cached in $SNAPSHOT_DIR/segments.pkl (delete it after a
change to extraction or segmentation). Held-out sets are never read, as in snapshot.py.
"""

from __future__ import annotations

import pickle
import sys
from collections import defaultdict
from pathlib import Path

import snapshot


def _segments() -> dict[str, list[tuple[str, str, str]]]:
    """"dN:vendor" -> [(file name, segment text, lang)] for every studied vendor (the corpus left out, as in totals)."""
    import analyzer

    cache = snapshot.snap_dir() / "segments.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    out: dict[str, list[tuple[str, str, str]]] = {}
    for name, (folder, _labels, _card) in snapshot.sets().items():
        if name == "d2" or not Path(folder).exists():
            continue
        for vdir in sorted(p for p in Path(folder).iterdir() if p.is_dir()):
            rows = []
            for f in sorted(p for p in vdir.rglob("*") if p.is_file() and not p.name.startswith(".")):
                try:
                    rows += [(f.name, s.text, "ko" if s.lang.value == "ko" else "en")
                             for s in analyzer.segment(analyzer.extract(f))]
                except analyzer.AnalyzerError:
                    continue  # a file the scan reports as an error has no clauses to read
            out[f"{name}:{vdir.name}"] = rows
    cache.write_bytes(pickle.dumps(out))
    return out


def _report(counts: dict[str, list], shown: set[str]) -> None:
    for key, (fixed, broken, pairs) in sorted(counts.items(), key=lambda kv: kv[1][1] - kv[1][0]):
        print(f"{key}: fixed {fixed}, broken {broken}")
        if key in shown:
            for p in pairs:
                print("   ", p)


def vendorwide(tag: str, shown: set[str]) -> None:
    """Pairs predicted met whose vendor has a segment failing the weak_phrase: met -> weak."""
    from analyzer.classify import rules
    from analyzer.library import load_library

    snap, segs, lib = snapshot.load(tag), _segments(), load_library()
    counts: dict[str, list] = defaultdict(lambda: [0, 0, []])
    for req in lib.requirements:
        for check in (c for c in req.checks if c.type == "weak_phrase"):
            key = f"{req.id}/{check.id}"
            for vendor, rows in segs.items():
                pair = snap.get(f"{vendor}|{req.id}")
                if not pair or pair["p"] != "met":
                    continue
                hit = next(((f, r.value) for f, text, lang in rows
                            if not (r := rules.evaluate_check(check, text, lang)).passed), None)
                if hit:
                    c = counts[key]
                    c[0 if pair["t"] != "met" else 1] += 1
                    c[2].append((pair["t"], vendor, *hit))
    _report(counts, shown)


def anywhere(tag: str, shown: set[str]) -> None:
    """Pairs predicted weak by one require check alone whose patterns occur somewhere in the vendor: weak -> met."""
    from analyzer.library import load_library
    from analyzer.prefilter import squash

    snap, segs, lib = snapshot.load(tag), _segments(), load_library()
    counts: dict[str, list] = defaultdict(lambda: [0, 0, []])
    for key, pair in snap.items():
        failed = set(pair.get("fc") or [])
        vendor, rid = key.split("|")
        if pair["p"] != "weak" or len(failed) != 1 or vendor not in segs:
            continue
        check = next((c for c in lib.requirement(rid).checks if c.id in failed and c.type == "require"), None)
        if check is None:
            continue
        for f, text, lang in segs[vendor]:
            sq = squash(text)
            found = [p.source for p in check.patterns.for_lang(lang) if p.search(text, sq)]
            if len(found) >= check.minimum:
                c = counts[f"{rid}/{check.id}"]
                c[0 if pair["t"] == "met" else 1] += 1
                c[2].append((pair["t"], vendor, f, found[:3], text[:160]))
                break
    _report(counts, shown)


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("vendorwide", "anywhere"):
        sys.exit(__doc__)
    {"vendorwide": vendorwide, "anywhere": anywhere}[sys.argv[1]](sys.argv[2], set(sys.argv[3:]))
