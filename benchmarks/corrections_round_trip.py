"""The correction round trip, measured: correct → rebuild → export → retrain → eval before and after.

1. Build the seed articles (``../shared/seeds``) into a fresh dataset, plus, when the seeds offer fewer
   than N corrections, development articles (``tests/gold`` over ``../shared/articles``) in name order.
2. Score the dataset against the gold (``thidua corrections export --gold --all`` read by the same
   scorer as ``thidua eval``): *before*.
3. Make N corrections (default 20) — the ones a reviewer holding the gold file would make
   (``corrections_from_gold``: change an activity's action/actor/campaign, mark an extra one wrong, add
   a missing one), seeds first — each through ``make_correction`` like the browser's requests.
4. Score again: *after*. Rebuild as after a change of rules (every article re-derived) and score again:
   the corrections must be re-applied.
5. Retrain the action model (``pipeline.learn.action.train``) on its labels plus the exported
   ``action_labels.tsv``, into a temporary folder, and run the extractor with it on the gold sets
   (``thidua eval`` in process): activities F1 with the shipped model and with the retrained one.

Run: .venv/bin/python benchmarks/corrections_round_trip.py [N]
"""
from __future__ import annotations

import csv
import dataclasses
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.build.incremental import build  # noqa: E402
from pipeline.build.process import process_page  # noqa: E402
from pipeline.dataset.corrections import (  # noqa: E402
    corrections_from_gold, export_gold, in_transaction, make_correction,
)
from pipeline.dataset.rows import to_json  # noqa: E402
from pipeline.dataset.schema import connect, connect_readonly  # noqa: E402
from pipeline.extract import load_resources  # noqa: E402
from pipeline.ingest.files import read_page  # noqa: E402
from pipeline.learn.evaluate import FIELDS, evaluate, load_gold  # noqa: E402

SHARED = ROOT.parent / "shared"
SEEDS = (SHARED / "gold" / "seeds", SHARED / "seeds")
DEVELOPMENT = (ROOT / "tests" / "gold", SHARED / "articles")
HOLDOUT = (ROOT / "tests" / "gold_holdout", SHARED / "articles")


def dataset_scores(db: Path, gold: dict, out: Path) -> dict:
    conn = connect_readonly(db)
    try:
        export_gold(conn, out, all_articles=True)
    finally:
        conn.close()
    predicted = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in out.glob("*.json")}
    shutil.rmtree(out)
    return evaluate(gold, predicted, FIELDS).scores


def line(label: str, scores: dict) -> str:
    a = scores["activities"]
    others = " ".join(f"{name}={scores[name].f1:.3f}" for name in FIELDS if name != "activities")
    return (f"{label:42s} activities P={a.precision:.3f} R={a.recall:.3f} F1={a.f1:.3f} "
            f"(matched {a.matched}, gold {a.gold}, predicted {a.predicted}); {others}")


def extraction_f1(resources, gold_dir: Path, text_dir: Path) -> str:
    gold = load_gold(gold_dir)
    predicted = {stem: to_json(process_page(read_page(text_dir / f"{stem}.txt"), resources)) for stem in gold
                 if (text_dir / f"{stem}.txt").exists()}
    score = evaluate(gold, predicted, ["activities"]).scores["activities"]
    return f"P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}"


def main(wanted: int = 20) -> None:
    work = Path(tempfile.mkdtemp(prefix="thidua-roundtrip-"))
    inputs = work / "inputs"
    inputs.mkdir()
    gold = {}
    for gold_dir, text_dir in (SEEDS, DEVELOPMENT):
        for path in sorted(gold_dir.glob("*.json")):
            if (text_dir / f"{path.stem}.txt").exists():
                gold[path.stem] = (json.loads(path.read_text(encoding="utf-8")), text_dir / f"{path.stem}.txt")
    seeds = sorted(path.stem for path in SEEDS[0].glob("*.json"))
    resources = load_resources()
    db = work / "dataset.sqlite"

    # the seeds first, then development articles until there are enough corrections to make
    chosen: list[str] = []
    requests: list[dict] = []
    for stem in seeds + sorted(set(gold) - set(seeds)):
        if len(requests) >= wanted:
            break
        shutil.copy(gold[stem][1], inputs / f"{stem}.txt")
        build([inputs], db, resources=resources)
        conn = connect(db)
        try:
            article_id = conn.execute("SELECT article_id FROM articles WHERE raw_path LIKE ?", (f"%/{stem}.txt",)).fetchone()[0]
            found = corrections_from_gold(conn, article_id, gold[stem][0])
        finally:
            conn.close()
        chosen.append(stem)
        requests += [(stem, r) for r in found]
    requests = requests[:wanted]
    scored_gold = {stem: gold[stem][0] for stem in chosen}
    seed_gold = {stem: gold[stem][0] for stem in chosen if stem in seeds}
    print(f"articles: {len(chosen)} ({sum(s in seeds for s in chosen)} seeds, "
          f"{sum(s not in seeds for s in chosen)} development); corrections to make: {len(requests)}")
    print(line("before corrections (all chosen articles)", dataset_scores(db, scored_gold, work / "x")))
    print(line("before corrections (seeds)", dataset_scores(db, seed_gold, work / "x")))

    started = time.perf_counter()
    kinds: dict[str, int] = {}
    for stem, request in requests:
        c = in_transaction(db, lambda conn, request=request: make_correction(conn, request, "round-trip benchmark"))
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    elapsed = time.perf_counter() - started
    print(f"made {len(requests)} corrections in {elapsed:.2f} s: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print(line("after corrections (all chosen articles)", dataset_scores(db, scored_gold, work / "x")))
    print(line("after corrections (seeds)", dataset_scores(db, seed_gold, work / "x")))

    conn = connect(db)  # as after a change of rules or models: every article is derived again
    conn.execute("UPDATE articles SET pipeline_version = 'before'")
    conn.execute("DELETE FROM inputs")
    conn.close()
    summary = build([inputs], db, resources=resources)
    conn = connect_readonly(db)
    states = dict(conn.execute("SELECT state, count(*) FROM corrections GROUP BY state").fetchall())
    conn.close()
    print(f"rebuild: {summary.changed} articles re-derived; corrections {states}")
    print(line("after the rebuild (all chosen articles)", dataset_scores(db, scored_gold, work / "x")))

    gold_dir = work / "gold"
    conn = connect_readonly(db)
    exported = export_gold(conn, gold_dir)
    conn.close()
    print(f"exported: {len(exported.files)} gold files, {exported.label_rows} action labels "
          f"({exported.corrections} corrections used)")

    from pipeline.learn.action import action_classifier, train
    from pipeline.resources import MODELS_DIR

    labels = work / "labels.tsv"
    shutil.copy(MODELS_DIR / "action" / "labels.tsv", labels)
    if exported.labels:
        with exported.labels.open(encoding="utf-8") as extra, labels.open("a", encoding="utf-8") as out:
            rows = list(csv.reader(extra, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
            for row in rows:
                out.write("\t".join(row) + "\n")
    started = time.perf_counter()
    card = train(labels_path=labels, out_dir=work / "action")
    print(f"retrained action model in {time.perf_counter() - started:.1f} s on {card['data']['sentences']} sentences "
          f"({exported.label_rows} from corrections); held-out macro-F1 {card['held_out_scores']['model']['macro_f1']}"
          if isinstance(card.get("held_out_scores"), dict) and "model" in card["held_out_scores"] else
          f"retrained action model on {card['data']['sentences']} sentences ({exported.label_rows} from corrections)")
    retrained = dataclasses.replace(
        resources, activities=dataclasses.replace(resources.activities, classify_action=action_classifier(work / "action"))
    )
    for label, (gold_dir_, text_dir) in (("seeds", SEEDS), ("development gold", DEVELOPMENT), ("held-out gold", HOLDOUT)):
        if gold_dir_.exists():
            print(f"extraction, {label:17s} shipped model: {extraction_f1(resources, gold_dir_, text_dir)}   "
                  f"retrained: {extraction_f1(retrained, gold_dir_, text_dir)}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
