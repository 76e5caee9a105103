"""How well and how fast campaign names are merged (pipeline.dataset.canonical).

    .venv/bin/python benchmarks/canonical_campaigns.py                 # P/R sweep on the hand-checked pairs
    .venv/bin/python benchmarks/canonical_campaigns.py --db FILE       # + the merged groups of a dataset, to check by hand
    .venv/bin/python benchmarks/canonical_campaigns.py --speed         # + time on 1,000 / 5,000 / 20,000 names

The pairs (tests/data/campaign_pairs.tsv) list every same-campaign pair among their names, so any
unlisted pair counts as two different campaigns.
"""
from __future__ import annotations

import argparse
import itertools
import random
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.dataset.canonical import DEFAULT_THRESHOLD, cluster_names, feature_text

PAIRS = ROOT / "tests" / "data" / "campaign_pairs.tsv"


def load() -> tuple[list[str], set[frozenset[str]]]:
    rows = [line.rstrip("\n").split("\t") for line in PAIRS.open(encoding="utf-8") if not line.startswith("#")][1:]
    names = list(dict.fromkeys(n for row in rows for n in row[:2]))
    return names, {frozenset(row[:2]) for row in rows if row[2] == "1"}


def scores(names: list[str], same: set[frozenset[str]], threshold: float, distinct: bool) -> tuple[float, float, int, int, int]:
    cluster_of = {n: i for i, c in enumerate(cluster_names(names, threshold)) for n in c}
    tp = fp = fn = 0
    for a, b in itertools.combinations(names, 2):
        if distinct and feature_text(a) == feature_text(b):
            continue
        truth, predicted = frozenset((a, b)) in same, cluster_of[a] == cluster_of[b]
        tp += truth and predicted
        fp += predicted and not truth
        fn += truth and not predicted
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), tp, fp, fn


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--speed", action="store_true")
    args = parser.parse_args()

    names, same = load()
    print(f"{len(names)} names, {len(same)} same-campaign pairs (default threshold {DEFAULT_THRESHOLD})")
    print("threshold   all pairs: P     R     (tp/fp/fn)   | keys differ: P     R     (tp/fp/fn)")
    for threshold in (0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6):
        a = scores(names, same, threshold, False)
        d = scores(names, same, threshold, True)
        print(f"{threshold:9.2f}   {a[0]:.3f} {a[1]:.3f} ({a[2]}/{a[3]}/{a[4]})".ljust(48)
              + f"| {d[0]:.3f} {d[1]:.3f} ({d[2]}/{d[3]}/{d[4]})")

    if args.db:
        conn = sqlite3.connect(f"{args.db.resolve().as_uri()}?mode=ro", uri=True)
        total, canonical = conn.execute("SELECT count(*), count(DISTINCT canonical_key) FROM campaign_canonical").fetchone()
        print(f"\n{args.db}: {total} campaign keys → {canonical} canonical campaigns; merged groups:")
        rows = conn.execute(
            "SELECT canonical_name, group_concat(name, ' || ') FROM campaign_canonical "
            "GROUP BY canonical_key HAVING count(*) > 1 ORDER BY canonical_name"
        )
        for canonical_name, members in rows:
            print(f"- {canonical_name}\n    {members}")

    if args.speed:
        random.seed(1)
        words = [w for n in names for w in n.split()]
        print()
        for n in (1_000, 5_000, 20_000):
            synthetic = [
                " ".join(random.choice(names).split() + random.sample(words, random.randint(0, 3))) + f" {i}"
                for i in range(n)
            ]
            started = time.perf_counter()
            clusters = cluster_names(synthetic)
            print(f"{n:>6} names → {len(clusters)} clusters in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
