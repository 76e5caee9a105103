"""How the model that edits the rules' activities is fitted: the settings ``thidua train activity`` can switch on.

A setting changes only the fit; the fitted model is a scikit-learn pipeline of a ``DictVectorizer`` and a
classifier, read by ``pipeline.extract.activities.ActivityModel`` as the shipped forest is. Features a setting
leaves out never enter the vectorizer's vocabulary, so the candidates keep every feature and prediction needs
no change. This module imports nothing of the package, so that ``benchmarks/replay_variants.py`` can fit the same
settings inside the older trees a first-contact replay checks out.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

RULES = "rule="  # the features that say what the rules gave (the stacking features)
# the trigger word's own identity and the cue word before the actor: lexical, where the rest is structural
LEXICAL = ("|governing_word=", "o_after_")


@dataclass(frozen=True)
class EditorSetting:
    """forests: forests averaged (the seeds seed, seed + 1000, ...), each of ``trees`` trees with at least ``leaf``
    candidates per leaf; leave_out: features left out (a name starting with one of these, or holding one that
    starts with '|'); rules_hidden: the share of training candidates whose rules' features are hidden (drawn
    with the seed); learner: "forest" or "boosting" (histogram gradient boosting, deterministic)."""

    forests: int = 1
    trees: int = 100
    leaf: int = 3
    leave_out: tuple[str, ...] = ()
    rules_hidden: float = 0.0
    learner: str = "forest"


def left_out(name: str, leave_out: tuple[str, ...]) -> bool:
    return any(part in name if part.startswith("|") else name.startswith(part) for part in leave_out)


def training_rows(setting: EditorSetting, rows: list[dict[str, float]], seed: int) -> list[dict[str, float]]:
    """The rows the editor is fitted on: without the features the setting leaves out, and with the rules' answer
    hidden on a random share of them (rules_hidden)."""
    if setting.leave_out:
        rows = [{k: v for k, v in row.items() if not left_out(k, setting.leave_out)} for row in rows]
    if setting.rules_hidden:
        hidden = np.random.RandomState(seed).rand(len(rows)) < setting.rules_hidden
        rows = [{k: v for k, v in row.items() if not k.startswith(RULES)} if hide else row
                for row, hide in zip(rows, hidden)]
    return rows


def _dense(matrix):
    return matrix.toarray()


def fit_editor(setting: EditorSetting, rows: list[dict[str, float]], labels, seed: int) -> Pipeline:
    """The editor of ``setting`` fitted at ``seed``: several forests averaged are one forest holding all their
    trees (its probability is the mean over trees, so the mean of the forests' probabilities)."""
    rows = training_rows(setting, rows, seed)
    features = DictVectorizer(sort=True).fit(rows)
    matrix = features.transform(rows)
    if setting.learner == "boosting":
        model = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15,
                                               min_samples_leaf=20, l2_regularization=1.0, random_state=seed)
        model.fit(matrix.toarray(), labels)
        return Pipeline([("features", features), ("dense", FunctionTransformer(_dense, accept_sparse=True)),
                         ("model", model)])
    if setting.learner != "forest":
        raise ValueError(f"unknown learner {setting.learner!r}")
    forest = None
    for k in range(setting.forests):
        fitted = RandomForestClassifier(n_estimators=setting.trees, min_samples_leaf=setting.leaf,
                                        random_state=seed + 1000 * k, n_jobs=1).fit(matrix, labels)
        if forest is None:
            forest = fitted
        else:
            forest.estimators_ += fitted.estimators_
    forest.n_estimators = len(forest.estimators_)
    return Pipeline([("features", features), ("model", forest)])
