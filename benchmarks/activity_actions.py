"""How should the activity extractor choose an action where no trigger word governs a campaign?

Compares, end to end on the gold sets, the clause-level trigger rules alone, the rules with the trained
sentence classifier (models/action) as fallback, and the classifier first. Prints activities P/R/F1.
Run: .venv/bin/python benchmarks/activity_actions.py
"""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.learn.evaluate import evaluate, load_gold
from pipeline.extract import load_resources  # noqa: E402
from pipeline.ingest.files import read_page
from pipeline.build.process import process_page
from pipeline.dataset.rows import to_json

SHARED = ROOT.parent / "shared"
GOLD_SETS = {
    "seeds": (SHARED / "gold" / "seeds", SHARED / "seeds"),
    "tests/gold": (ROOT / "tests" / "gold", SHARED / "articles"),
    "tests/gold_holdout": (ROOT / "tests" / "gold_holdout", SHARED / "articles"),
}


def main() -> None:
    resources = load_resources()
    for mode in ("rules", "model_fallback", "model_first"):
        variant = dataclasses.replace(
            resources, activities=dataclasses.replace(resources.activities, action_mode=mode)
        )
        cells = []
        for label, (gold_dir, text_dir) in GOLD_SETS.items():
            if not gold_dir.exists() or not text_dir.exists():
                continue
            gold = load_gold(gold_dir)
            predicted = {stem: to_json(process_page(read_page(text_dir / f"{stem}.txt"), variant)) for stem in gold}
            score = evaluate(gold, predicted, fields=["activities"]).scores["activities"]
            cells.append(f"{label}: P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}")
        print(f"{mode:15s} " + " | ".join(cells))


if __name__ == "__main__":
    main()
