"""Does the activity model learn from analysts' corrections? Half of a gold set corrected, the other half scored.

`thidua train activity --extra-gold DIR` refits the model on the training gold plus the sentences analysts corrected
(``thidua corrections export --gold DIR``). This measures what that buys, without spending a held-out set:

1. ``tests/gold2`` (70 development articles) is split by name into two halves: the *corrected* half and the *scored*
   half.
2. The corrected half is built into a fresh dataset and corrected towards its gold file, as a reviewer holding it
   would (``corrections_from_gold``: an activity's action, actor or campaign changed, an extra one marked wrong, a
   missing one added), then exported (gold files and ``corrected_sentences.tsv``).
3. Three activity models are fitted on ``tests/gold`` and the seeds: without the corrections (*gold only*), with
   them (*+ corrections*: the candidates of the corrected sentences), and with the corrected half's gold files as
   whole training gold (*+ that half as gold*: what a careful annotation of the same articles gives).
4. Each reads the scored half; activities F1 as the reference scorer computes it.

The rules were written on all of ``tests/gold2``, so the scored half flatters the rules alike for the three; what
differs between them is the model's training data only.

    .venv/bin/python benchmarks/corrections_activity_model.py   (needs ../shared; about 10 minutes on 2 cores)
"""
from __future__ import annotations

import logging
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from activities import run  # noqa: E402
from pipeline.build.incremental import build  # noqa: E402
from pipeline.dataset.corrections import (  # noqa: E402
    CorrectionError, corrections_from_gold, export_gold, in_transaction, make_correction,
)
from pipeline.dataset.schema import connect_readonly  # noqa: E402
from pipeline.learn import activity  # noqa: E402
from pipeline.learn.evaluate import evaluate, load_gold  # noqa: E402
from pipeline.learn.loading import pipeline_resources  # noqa: E402

SHARED = ROOT.parent / "shared"
GOLD2, TEXTS2 = ROOT / "tests" / "gold2", SHARED / "articles2"
BASE_SETS = ((ROOT / "tests" / "gold", SHARED / "articles"), (SHARED / "gold" / "seeds", SHARED / "seeds"))


def correct_towards_gold(db: Path, gold: dict[str, dict]) -> int:
    """Every correction a reviewer holding the gold files makes; how many were made."""
    conn = connect_readonly(db)
    try:
        ids = dict(conn.execute("SELECT article_id, raw_path FROM articles"))
    finally:
        conn.close()
    made = refused = 0
    for article_id, raw_path in ids.items():
        stem = Path(raw_path).stem
        requests = in_transaction(db, lambda conn: corrections_from_gold(conn, article_id, gold[stem]))
        for request in requests:
            try:
                in_transaction(db, lambda conn, request=request: make_correction(conn, request, "benchmark"))
                made += 1
            except CorrectionError:
                refused += 1
    if refused:
        print(f"({refused} correction requests refused)")
    return made


def main() -> None:
    # without tests/gold2 no setting of the model alone keeps the seeds at their floor: training says so each time,
    # which is no news here (the shipped setup is model + rules either way)
    logging.getLogger("pipeline.learn.activity").setLevel(logging.ERROR)
    stems = sorted(load_gold(GOLD2))
    corrected, scored = stems[::2], stems[1::2]
    gold = load_gold(GOLD2)
    work = Path(tempfile.mkdtemp(prefix="thidua-corrections-activity-"))
    try:
        inputs = work / "inputs"
        inputs.mkdir()
        for stem in corrected:
            shutil.copy(TEXTS2 / f"{stem}.txt", inputs / f"{stem}.txt")
        db = work / "dataset.sqlite"
        started = time.perf_counter()
        build([inputs], db)
        made = correct_towards_gold(db, gold)
        export = export_gold(connect_readonly(db), work / "corrections")
        sentences = len(export.sentences.read_text(encoding="utf-8").splitlines()) - 1 if export.sentences else 0
        print(f"corrected half: {len(corrected)} articles, {made} corrections, {len(export.files)} gold files, "
              f"{sentences} corrected sentences ({time.perf_counter() - started:.0f} s)")
        as_gold = work / "as_gold"
        as_gold.mkdir()
        for stem in corrected:
            shutil.copy(GOLD2 / f"{stem}.json", as_gold / f"{stem}.json")
        trainings = {
            "gold only": {"sets": BASE_SETS},
            "+ corrections": {"sets": BASE_SETS, "extra_gold": work / "corrections", "texts": inputs},
            "+ that half as gold": {"sets": BASE_SETS + ((as_gold, TEXTS2),)},
        }
        scored_gold = work / "scored"
        scored_gold.mkdir()
        for stem in scored:
            shutil.copy(GOLD2 / f"{stem}.json", scored_gold / f"{stem}.json")
        shipped = pipeline_resources()
        print(f"scored half: {len(scored)} articles of tests/gold2\n")
        print(f"{'activity model':22s} {'P':>6s} {'R':>6s} {'F1':>6s}   training candidates from corrections")
        for name, arguments in trainings.items():
            folder = work / name.replace(" ", "_").replace("+", "plus")
            card = activity.train(folder, **arguments)
            model = activity.load(folder).model
            resources = replace(shipped, activities=replace(shipped.activities, model=model))
            score = evaluate(load_gold(scored_gold), run(scored_gold, TEXTS2, resources), ["activities"]).scores["activities"]
            extra = card["data"].get("candidates_from_corrections", 0)
            print(f"{name:22s} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}   {extra}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
