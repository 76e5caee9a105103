"""Activities on held-out articles: the rules alone, the model alone, and the model editing the rules.

The ablation the activity model's card refers to. For each held-out gold set (never used to write a rule or
to train: tests/gold_fresh, tests/gold_fresh2, tests/gold_holdout, tests/gold_fresh3) it extracts every article three ways and scores the activities
as the reference scorer does; it also prints every field of the shipped pipeline and the false activities per
article of topic `other` (articles about wages, bargaining, accidents ... should get few activities).

"model" is fitted here on the training gold exactly as `thidua train activity` fits its candidates (same
features, the regularisation and threshold its cross-validation chose); "model+rules" is the shipped
models/activity. Run: .venv/bin/python benchmarks/activities.py  (needs ../shared; about 3 minutes)
"""
from __future__ import annotations

import csv
import json
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.build.process import learn_and_process  # noqa: E402
from pipeline.dataset.rows import to_json  # noqa: E402
from pipeline.extract.activities import ActivityModel  # noqa: E402
from pipeline.learn import activity  # noqa: E402
from pipeline.learn.evaluate import FIELDS, evaluate, explain, load_gold  # noqa: E402
from pipeline.learn.loading import pipeline_resources  # noqa: E402

SHARED = ROOT.parent / "shared"
HELD_OUT = {
    "tests/gold_fresh": (ROOT / "tests" / "gold_fresh", SHARED / "articles2"),
    "tests/gold_fresh2": (ROOT / "tests" / "gold_fresh2", SHARED / "articles"),
    "tests/gold_holdout": (ROOT / "tests" / "gold_holdout", SHARED / "articles"),
    "tests/gold_fresh3": (ROOT / "tests" / "gold_fresh3", SHARED / "articles"),
}
TOPICS = {corpus: {row["file"][:-4]: row["topic"] for row in csv.DictReader(open(SHARED / corpus / "SOURCES.tsv", encoding="utf-8"),
                                                                              delimiter="\t")}
          for corpus in ("articles", "articles2")}


def model_alone(card: dict) -> ActivityModel:
    """The "model" setup refitted on every training article, as its cross-validation chose it."""
    from pipeline.learn.action import action_classifier
    from pipeline.learn.relevance import load as load_relevance
    from pipeline.extract import load_resources

    settings = card["settings"]["model"]
    resources = load_resources()
    resources = replace(resources, activities=replace(resources.activities, classify_action=action_classifier()))
    articles = activity.read_gold_articles(activity.training_gold(), resources, load_relevance())
    rows, labels, _ = activity._rows(articles, "model")
    return ActivityModel(activity.classifier(settings["C"]).fit(rows, labels), settings["threshold"], "model")


def run(gold_dir: Path, texts: Path, resources) -> dict[str, dict]:
    gold = load_gold(gold_dir)
    outcomes, _ = learn_and_process([str(texts / f"{stem}.txt") for stem in gold], resources)
    return {Path(path).stem: to_json(outcome.processed[0]) for path, outcome in outcomes if outcome.processed}


def main() -> None:
    shipped = pipeline_resources()
    card = json.loads((ROOT / "models" / "activity" / "card.json").read_text(encoding="utf-8"))
    setups = {
        "rules": replace(shipped, activities=replace(shipped.activities, model=None)),
        "model": replace(shipped, activities=replace(shipped.activities, model=model_alone(card))),
        "model+rules": shipped,
    }
    print(f"activity model card: chosen {card['chosen']} (cross-validated F1: "
          + ", ".join(f"{name} {values['f1']:.3f}" for name, values in card["settings"].items()) + ")")
    for name, (gold_dir, texts) in HELD_OUT.items():
        gold = load_gold(gold_dir)
        print(f"\n{name} ({len(gold)} articles)")
        print(f"{'setup':12s} {'P':>6s} {'R':>6s} {'F1':>6s}   false activities per 'other' article")
        for setup, resources in setups.items():
            predicted = run(gold_dir, texts, resources)
            score = evaluate(gold, predicted, ["activities"]).scores["activities"]
            topics = TOPICS[texts.name]
            other = [stem for stem in gold if topics.get(stem) == "other"]
            false = sum(c.predicted is not None and c.gold is None
                        for c in explain({s: gold[s] for s in other}, predicted))
            print(f"{setup:12s} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}   "
                  f"{false / max(len(other), 1):.2f} ({false} in {len(other)})")
            if setup == "model+rules":
                every = evaluate(gold, predicted, FIELDS)
                print("  all fields (shipped pipeline): " + every.summary_line(FIELDS))


if __name__ == "__main__":
    main()
