"""First-contact replays: the activity setups as they stood before a batch of gold was written, on that batch.

Cross-validation on the training gold scores the rules on the very articles they were written on, so it trusts
them more than articles nobody read would. A replay checks out (in a temporary git worktree) the commit just
before a batch of gold articles was added, reads the batch (its gold as it is now) with that commit's rules and
models, and compares ways of deciding the activities:

- the rules alone;
- the model alone, refitted on that commit's training gold with the setting its cross-validation chose;
- the shipped model editing the rules (what that commit shipped), and the same with lower add thresholds
  (the model adds the triples it finds at that probability or above that the rules did not give);
- today's editor (pipeline.learn.editor: five random forests averaged) editing the rules, fitted on that commit's
  training gold, at today's add and drop thresholds; with its random seed and two others, since a forest's draw
  moves these small sets (benchmarks/replay_variants.py compares the editor's settings at ten seeds);
- the same forest with the model alone voting beside it on the triples that name an actor;
- the same, with stricter thresholds for triples that name no campaign (what ships now).

Those articles were unseen by that commit's rules and models, so a replay is an honest measure that spends none
of the held-out sets. The last table scores the same editing thresholds on the seeds with today's code: the
project requires the seeds' activities at 0.90 or above, which is what a lower add threshold gives up.

    .venv/bin/python benchmarks/replay.py [--partner-c C]   (needs the git history and ../shared; about 5 minutes;
        --partner-c: the model alone's regularisation where it votes beside the forest, today's card's by default)
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# (the commit that added a batch of gold articles, what the batch is); each is replayed at its parent
BATCHES = (
    ("38f1040", "40 articles of shared/articles (emulation and 9 others), annotated by reading"),
    ("2d063d5", "16 other-topic articles of shared/articles, annotated by four annotators"),
)
ADD_THRESHOLDS = (0.3, 0.4, 0.5)
OTHER_FOREST_SEEDS = (0, 1)  # beside the seed training uses
PARTNER_C = None  # the model alone's regularisation when it votes beside the forest (None: today's card's); --partner-c


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout


def replay(commit: str, workdir: Path) -> dict[str, dict[str, float]]:
    """The scores of each setup at ``commit``'s parent on the gold files ``commit`` added."""
    gold_dir = workdir / "gold"
    gold_dir.mkdir()
    for path in _git("show", "--diff-filter=A", "--name-only", "--format=", commit, "--", "tests/gold").split():
        if path.endswith(".json"):
            shutil.copy(ROOT / path, gold_dir)  # the annotation as it stands now
    tree = workdir / "tree"
    _git("worktree", "add", "--detach", "--quiet", str(tree), f"{commit}^")
    try:
        return _inside(str(tree), str(gold_dir), str(SHARED / "articles"))
    finally:
        _git("worktree", "remove", "--force", str(tree))


def todays_forest() -> dict:
    """The forest that ships today, as the old trees must fit it: its settings (pipeline/learn/activity.py) and the
    shipped model's thresholds (models/activity/card.json)."""
    sys.path.insert(0, str(ROOT))
    from pipeline.learn import activity

    shipped = json.loads((ROOT / "models" / "activity" / "card.json").read_text(encoding="utf-8"))["settings"]["model+rules"]
    from dataclasses import asdict

    return {"editor": asdict(activity.EDITOR),
            "seeds": [activity.SEED, *OTHER_FOREST_SEEDS], "add": shipped["threshold"], "drop": shipped["drop_threshold"],
            "partner_weight": activity.PARTNER_WEIGHT, "partner_c": PARTNER_C or shipped["C"],
            "unnamed_add": activity.UNNAMED_ADD_THRESHOLD, "unnamed_drop": activity.UNNAMED_DROP_THRESHOLD}


def _inside(*args: str) -> dict[str, dict[str, float]]:
    """Scores in a fresh interpreter, so that each tree's own package is the one imported."""
    run = subprocess.run([sys.executable, __file__, "--inside", *args], capture_output=True, text=True,
                         env={**os.environ, "THIDUA_DATA": str(SHARED),  # the old tree's training gold is here
                              "THIDUA_REPLAY_FOREST": json.dumps(todays_forest())})
    if run.returncode:
        sys.exit(f"replay failed in {args[0]}:\n{run.stderr[-3000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def score_setups(tree: Path, gold_dir: Path | None, texts: Path | None) -> dict[str, dict[str, float]]:
    """Runs inside one tree (``tree`` first on the path): every setup on ``gold_dir``, or on the seeds (None)."""
    sys.path.insert(0, str(tree))
    from dataclasses import replace

    from pipeline.extract import load_resources
    from pipeline.extract.activities import ActivityModel
    from pipeline.learn import activity
    from pipeline.learn.action import action_classifier
    from pipeline.learn.relevance import load as load_relevance

    assert Path(activity.__file__).is_relative_to(tree), activity.__file__
    resources = load_resources()
    resources = replace(resources, activities=replace(resources.activities, classify_action=action_classifier()))
    relevance = load_relevance()
    shipped = activity.load().model
    training = activity.read_gold_articles(activity.training_gold(), resources, relevance)
    if gold_dir is None:
        articles = [a for a in training if a.key.startswith("seeds/")]
    else:
        articles = activity.read_gold_articles([(gold_dir, texts)], resources, relevance)

    def scored(predicted) -> dict[str, float]:
        result = activity.score(articles, predicted)
        return {"precision": result.precision, "recall": result.recall, "f1": result.f1,
                "predicted": sum(len(acts) for acts in predicted.values())}

    def probabilities(model) -> list[list[float]]:
        return [model.probabilities(a.candidates) if a.candidates else [] for a in articles]

    settings = json.loads((tree / "models" / "activity" / "card.json").read_text(encoding="utf-8"))["settings"]["model"]
    rows, labels, _ = activity._rows(training, "model")
    alone = ActivityModel(activity.classifier(settings["C"]).fit(rows, labels), settings["threshold"], "model")
    edited = probabilities(shipped)
    kind = "random forest" if hasattr(shipped.classifier.named_steps["model"], "estimators_") else "logistic regression"
    results = {
        "rules alone": scored({a.key: a.rule_activities for a in articles}),
        f"model alone (threshold {settings['threshold']})":
            scored(activity._decoded(articles, probabilities(alone), alone.threshold, None)),
        f"shipped {kind} + rules (add {shipped.threshold})":
            scored(activity._decoded(articles, edited, shipped.threshold, shipped.drop_threshold)),
    }
    for add in ADD_THRESHOLDS:
        results[f"shipped {kind} + rules, add {add}"] = scored(activity._decoded(articles, edited, add, shipped.drop_threshold))
    rows, labels, _ = activity._rows(training, "model+rules")
    today = json.loads(os.environ["THIDUA_REPLAY_FOREST"])
    editor = _todays_editor()
    setting = editor.EditorSetting(**{k: tuple(v) if isinstance(v, list) else v for k, v in today["editor"].items()})
    partner = ActivityModel(activity.classifier(today["partner_c"]).fit(*activity._rows(training, "model")[:2]),
                            settings["threshold"], "model")  # today's partner: the model alone at today's C
    for seed in today["seeds"]:
        # today's editor (pipeline.learn.editor: forests averaged, FORESTS in pipeline.learn.activity) fitted at this seed on the old training gold
        forest = ActivityModel(editor.fit_editor(setting, rows, labels, seed), today["add"], "model+rules", today["drop"])
        forest_probabilities = probabilities(forest)
        results[f"random forest (seed {seed}) + rules"] = scored(
            activity._decoded(articles, forest_probabilities, today["add"], today["drop"]))
        # what ships now: the model alone votes beside the forest on triples that name an actor (the old tree has
        # no pipeline.extract.activities.blend, so its arithmetic is repeated here)
        weight = today["partner_weight"]
        blended = [[(1 - weight) * f + weight * a if c.organization is not None else f
                    for c, f, a in zip(article.candidates, forest_row, alone_row)]
                   for article, forest_row, alone_row in zip(articles, forest_probabilities, probabilities(partner))]
        results[f"forest (seed {seed}) + model alone + rules"] = scored(
            activity._decoded(articles, blended, today["add"], today["drop"]))
        # what ships now: the same, with triples that name no campaign kept from unnamed_drop and added from
        # unnamed_add (the old tree's edit has no such thresholds: below them, a probability is moved out of reach)
        add, drop = today["add"], max(today["drop"], today["unnamed_drop"])
        stricter = [[p if c.slot.campaign is not None
                     else 0.0 if p < drop else p if p >= today["unnamed_add"] else min(p, add - 1e-9)
                     for c, p in zip(article.candidates, row)] for article, row in zip(articles, blended)]
        results[f"the same, unnamed acts stricter (seed {seed})"] = scored(
            activity._decoded(articles, stricter, today["add"], today["drop"]))
    return results


def _todays_editor():
    """Today's pipeline/learn/editor.py, loaded by path (inside a replay, ``pipeline`` is the old tree's package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("thidua_editor", ROOT / "pipeline" / "learn" / "editor.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _table(title: str, results: dict[str, dict[str, float]]) -> None:
    print(f"\n{title}")
    print(f"{'setup':40s} {'P':>6s} {'R':>6s} {'F1':>6s} {'predicted':>10s}")
    for setup, s in results.items():
        print(f"{setup:40s} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['predicted']:10d}")


def main() -> None:
    global PARTNER_C
    if "--partner-c" in sys.argv:
        PARTNER_C = float(sys.argv[sys.argv.index("--partner-c") + 1])
    if "--inside" in sys.argv:
        tree, *rest = sys.argv[sys.argv.index("--inside") + 1:]
        gold, texts = (Path(rest[0]), Path(rest[1])) if rest else (None, None)
        print(json.dumps(score_setups(Path(tree), gold, texts)))
        return
    if not SHARED.is_dir():
        sys.exit(f"needs ../shared beside the repository ({SHARED} not found)")
    for commit, batch in BATCHES:
        with tempfile.TemporaryDirectory(prefix="thidua-replay-") as workdir:
            _table(f"{batch}: read by the code of {commit}^, before they were annotated",
                   replay(commit, Path(workdir)))
    _table("the seeds, read by today's code (training articles; the project requires activities >= 0.90)",
           _inside(str(ROOT)))


if __name__ == "__main__":
    main()
