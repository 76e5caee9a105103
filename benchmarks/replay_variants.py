"""Variants of the activity model's training, judged on the first-contact replays (benchmarks/replay.py), over
several forest seeds, beside the seeds' activities (refitted on all training articles, today's code) and grouped
cross-validation (today's code).

Each variant changes how the model that edits the rules is fitted (forest size and leaf, several forests
averaged, the rules' agreement features dropped or weakened, lexical features dropped, another learner); the
model alone beside it (a logistic regression, ``partner``) and the decoding (add and drop thresholds, stricter
thresholds for triples without a campaign) are today's. The replays read each batch with the code of the commit
before it was annotated (its rules, its features, its training gold), as benchmarks/replay.py does.

    .venv/bin/python benchmarks/replay_variants.py [--variants a,b,...] [--seeds 13,0,1,2,3] [--cv-seeds 13]

The old trees are checked out (git worktrees) in $THIDUA_REPLAY_CACHE (default a temporary folder) and removed at
the end; the articles each tree reads are pickled there when they can be (a reading that holds the sentence
classifier cannot: it is read again, some 20 s a tree). About 10 minutes for every variant at five seeds.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))
from replay import BATCHES  # noqa: E402

def _editor():
    """pipeline/learn/editor.py of this tree, loaded by path: an old tree's package is the one imported as
    ``pipeline`` inside a replay, and has no such module."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("thidua_editor", ROOT / "pipeline" / "learn" / "editor.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


editor = _editor()
LEXICAL = editor.LEXICAL

# name -> the editor's setting (pipeline.learn.editor.EditorSetting; the model alone beside it is today's)
VARIANTS: dict[str, dict] = {
    "base": {},                                                  # today: one forest, 100 trees, leaf 3
    "avg5": {"forests": 5},                                      # five forests (seeds s, s+1000, ...) averaged
    "avg3": {"forests": 3},
    "leaf10": {"leaf": 10},
    "avg5_leaf10": {"forests": 5, "leaf": 10},
    "norules": {"leave_out": ("rule=",)},                        # the forest without the rules' answer
    "rules_hidden50": {"rules_hidden": 0.5},                     # the rules' answer hidden on half the training rows
    "rules_hidden25": {"rules_hidden": 0.25},
    "nopair": {"leave_out": ("rule=pair", "rule=campaign_named", "rule=triple|")},  # only rule=triple kept
    "nolex": {"leave_out": LEXICAL},                             # no trigger word identity, no word before the actor
    "nogovword": {"leave_out": ("|governing_word=",)},
    "avg5_nolex": {"forests": 5, "leave_out": LEXICAL},
    "boosting": {"learner": "boosting"},                         # deterministic: one seed is enough
    "boosting_nolex": {"learner": "boosting", "leave_out": LEXICAL},
}


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout


def _filtered(row: dict, drop: tuple[str, ...]) -> dict:
    return {k: v for k, v in row.items() if not editor.left_out(k, drop)} if drop else row


def fit_predict(variant: dict, seed: int, rows: list[dict], labels: np.ndarray, tests: list[list[dict]]):
    """The editor of ``variant`` fitted at ``seed``; its probabilities on each list of rows in ``tests``."""
    model = editor.fit_editor(editor.EditorSetting(**variant), rows, labels, seed)
    return [model.predict_proba(t)[:, 1] if t else np.zeros(0) for t in tests]


def inside(tree: Path, gold_dir: Path | None, texts: Path | None, cache: Path, names: list[str], seeds: list[int],
           cv_seeds: list[int]) -> dict:
    sys.path.insert(0, str(tree))
    from dataclasses import replace

    from pipeline.learn import activity

    assert Path(activity.__file__).is_relative_to(tree), activity.__file__
    today = json.loads(os.environ["THIDUA_REPLAY_TODAY"])
    if cache.exists():
        training, articles = pickle.loads(cache.read_bytes())
    else:
        from pipeline.extract import load_resources
        from pipeline.learn.action import action_classifier
        from pipeline.learn.relevance import load as load_relevance

        resources = load_resources()
        resources = replace(resources, activities=replace(resources.activities, classify_action=action_classifier()))
        relevance = load_relevance()
        training = activity.read_gold_articles(activity.training_gold(), resources, relevance)
        articles = None if gold_dir is None else activity.read_gold_articles([(gold_dir, texts)], resources, relevance)
        try:
            cache.write_bytes(pickle.dumps((training, articles)))
        except (AttributeError, pickle.PicklingError, TypeError):  # a reading that holds a closure: read again next time
            pass
    settings = json.loads((tree / "models" / "activity" / "card.json").read_text(encoding="utf-8"))["settings"]["model"]
    c, alone_threshold = settings["C"], settings["threshold"]

    def f1(arts, predicted) -> list:
        """[F1, matched, gold, predicted]: the counts let batches be pooled."""
        s = activity.score(arts, predicted)
        return [round(s.f1, 4), s.matched, s.gold, s.predicted]

    def decoded(arts, forest_rows, alone_rows):
        """Today's decoding (benchmarks/replay.py's last setup): blend, unnamed stricter, edit."""
        weight, add = today["partner_weight"], today["add"]
        drop = max(today["drop"], today["unnamed_drop"])
        probs = []
        for article, fr, ar in zip(arts, forest_rows, alone_rows):
            blended = [(1 - weight) * f + weight * a if cand.organization is not None else f
                       for cand, f, a in zip(article.candidates, fr, ar)]
            probs.append([p if cand.slot.campaign is not None
                          else 0.0 if p < drop else p if p >= today["unnamed_add"] else min(p, add - 1e-9)
                          for cand, p in zip(article.candidates, blended)])
        return activity._decoded(arts, probs, add, today["drop"])

    def split(flat, arts):
        out, at = [], 0
        for a in arts:
            out.append(list(flat[at:at + len(a.candidates)]))
            at += len(a.candidates)
        return out

    rows, labels, groups = activity._rows(training, "model+rules")
    alone_rows, _, _ = activity._rows(training, "model")
    results: dict = {}
    if articles is not None:  # a replay: fit on the old tree's training gold, score the batch
        test_rows = [c.features for a in articles for c in a.candidates]
        alone = activity.classifier(c).fit(alone_rows, labels)
        alone_p = split(alone.predict_proba([activity.without_rules(r) for r in test_rows])[:, 1], articles) \
            if test_rows else [[] for _ in articles]
        results["rules alone"] = f1(articles, {a.key: a.rule_activities for a in articles})
        results["model alone"] = f1(articles, activity._decoded(articles, alone_p, alone_threshold, None))
        for drop_name, drop in (("model alone nolex", LEXICAL), ("model alone nogovword", ("|governing_word=",))):
            lr = activity.classifier(c).fit([_filtered(activity.without_rules(r), drop) for r in rows], labels)
            p = split(lr.predict_proba([_filtered(activity.without_rules(r), drop) for r in test_rows])[:, 1], articles)
            results[drop_name] = f1(articles, activity._decoded(articles, p, alone_threshold, None))
        for name in names:
            for seed in seeds:
                started = time.time()
                (p,) = fit_predict(VARIANTS[name], seed, rows, labels, [test_rows])
                results[f"{name}|{seed}"] = f1(articles, decoded(articles, split(p, articles), alone_p))
                print(name, seed, results[f"{name}|{seed}"], round(time.time() - started, 1), file=sys.stderr, flush=True)
        return results
    # today's tree: the seeds in-sample (refitted on every training article), and grouped cross-validation
    seeds_articles = [a for a in training if a.key.startswith("seeds/")]
    seed_rows = [c.features for a in seeds_articles for c in a.candidates]
    alone = activity.classifier(c).fit(alone_rows, labels)
    seeds_alone = split(alone.predict_proba([activity.without_rules(r) for r in seed_rows])[:, 1], seeds_articles)
    fold = activity.folds(training)
    alone_oof = activity.out_of_fold(training, "model", c)
    results["cv rules"] = f1(training, {a.key: a.rule_activities for a in training})
    for name in names:
        for seed in seeds:
            (p,) = fit_predict(VARIANTS[name], seed, rows, labels, [seed_rows])
            results[f"seeds {name}|{seed}"] = f1(seeds_articles, decoded(seeds_articles, split(p, seeds_articles), seeds_alone))
            print("seeds", name, seed, results[f"seeds {name}|{seed}"], file=sys.stderr, flush=True)
        for seed in cv_seeds:
            started = time.time()
            oof = np.zeros(len(rows))
            for index in range(activity.FOLDS):
                test = np.array([i for i, g in enumerate(groups) if fold[g] == index])
                train = np.array([i for i, g in enumerate(groups) if fold[g] != index])
                (p,) = fit_predict(VARIANTS[name], seed, [rows[i] for i in train], labels[train], [[rows[i] for i in test]])
                oof[test] = p
            results[f"cv {name}|{seed}"] = f1(training, decoded(training, split(oof, training), alone_oof))
            print("cv", name, seed, results[f"cv {name}|{seed}"], round(time.time() - started, 1), file=sys.stderr, flush=True)
    return results


def today_settings() -> dict:
    sys.path.insert(0, str(ROOT))
    from pipeline.learn import activity

    shipped = json.loads((ROOT / "models" / "activity" / "card.json").read_text(encoding="utf-8"))["settings"]["model+rules"]
    return {"add": shipped["threshold"], "drop": shipped["drop_threshold"], "partner_weight": activity.PARTNER_WEIGHT,
            "unnamed_add": activity.UNNAMED_ADD_THRESHOLD, "unnamed_drop": activity.UNNAMED_DROP_THRESHOLD}


def run_inside(args: list[str]) -> dict:
    run = subprocess.run([sys.executable, __file__, "--inside", *args], stdout=subprocess.PIPE, text=True,
                         env={**os.environ, "THIDUA_DATA": str(SHARED), "THIDUA_REPLAY_TODAY": json.dumps(today_settings())})
    if run.returncode:
        sys.exit(f"failed in {args[0]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inside", nargs="+")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--seeds", default="13,0,1,2,3")
    parser.add_argument("--cv-seeds", default="13")
    parser.add_argument("--only", default="", help="batch commits and/or 'today' (default: all)")
    args = parser.parse_args()
    if args.inside:
        tree, cache, names, seeds, cv_seeds, *rest = args.inside
        gold, texts = (Path(rest[0]), Path(rest[1])) if rest else (None, None)
        print(json.dumps(inside(Path(tree), gold, texts, Path(cache), names.split(","),
                                [int(s) for s in seeds.split(",")], [int(s) for s in cv_seeds.split(",") if s])))
        return
    cache_dir = Path(os.environ.get("THIDUA_REPLAY_CACHE") or tempfile.mkdtemp(prefix="thidua-variants-"))
    cache_dir.mkdir(parents=True, exist_ok=True)
    only = set(filter(None, args.only.split(",")))
    common = [args.variants, args.seeds, args.cv_seeds]
    everything = {}
    for commit, _ in BATCHES:
        if only and commit not in only:
            continue
        work = cache_dir / commit
        gold_dir, tree = work / "gold", work / "tree"
        gold_dir.mkdir(parents=True, exist_ok=True)
        for path in _git("show", "--diff-filter=A", "--name-only", "--format=", commit, "--", "tests/gold").split():
            if path.endswith(".json"):
                (gold_dir / Path(path).name).write_bytes((ROOT / path).read_bytes())
        _git("worktree", "add", "--detach", "--quiet", str(tree), f"{commit}^")
        try:
            everything[commit] = run_inside([str(tree), str(work / "articles.pkl"), *common, str(gold_dir),
                                             str(SHARED / "articles")])
        finally:
            _git("worktree", "remove", "--force", str(tree))
    if not only or "today" in only:
        everything["today"] = run_inside([str(ROOT), str(cache_dir / "today.pkl"), *common])
    print(json.dumps(everything, indent=1))


if __name__ == "__main__":
    main()
