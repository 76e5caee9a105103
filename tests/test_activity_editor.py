"""The settings the editor (the model that edits the rules' activities) can be fitted with (pipeline.learn.editor)."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.learn import activity
from pipeline.learn.editor import LEXICAL, EditorSetting, fit_editor, left_out, training_rows


@pytest.fixture(scope="module")
def data():
    """Candidate-like rows: the rules' answer, a trigger word, a cue word, structural features; labels that follow
    the rules' answer and one structural feature, with noise."""
    rng = np.random.RandomState(0)
    rows, labels = [], []
    for _ in range(300):
        rule, subject, dist = rng.rand() < 0.4, rng.rand() < 0.5, int(rng.randint(4))
        row = {"rule=triple": float(rule), "rule=pair": float(rule or rng.rand() < 0.3), "o=subject": float(subject),
               f"o_dist={dist}": 1.0, f"a=launch|governing_word={rng.choice(['phát động', 'triển khai', 'tổ chức'])}": 1.0}
        if rng.rand() < 0.3:
            row["o_after_do"] = 1.0
        rows.append(row)
        labels.append(int((rule and rng.rand() < 0.8) or (subject and dist == 0 and rng.rand() < 0.6)))
    return rows, np.array(labels)


def _probabilities(model, rows):
    return model.predict_proba(rows)[:, 1]


def test_one_forest_is_the_forest_that_shipped_before_and_the_shipped_setting_averages_three(data):
    rows, labels = data
    before = activity.forest().fit(rows, labels)
    one = fit_editor(EditorSetting(), rows, labels, activity.SEED)
    assert np.array_equal(_probabilities(before, rows), _probabilities(one, rows))
    assert activity.EDITOR == EditorSetting(forests=3, trees=100, leaf=3)
    shipped = fit_editor(activity.EDITOR, rows, labels, activity.SEED)
    assert len(shipped.named_steps["model"].estimators_) == 300
    assert shipped.named_steps["model"].estimators_[0].random_state == one.named_steps["model"].estimators_[0].random_state


def test_averaged_forests_are_the_mean_of_the_forests_and_deterministic_given_the_seed(data):
    rows, labels = data
    averaged = fit_editor(EditorSetting(forests=3, trees=20), rows, labels, 5)
    alone = [fit_editor(EditorSetting(trees=20), rows, labels, seed) for seed in (5, 1005, 2005)]
    assert len(averaged.named_steps["model"].estimators_) == 60
    assert np.allclose(_probabilities(averaged, rows), np.mean([_probabilities(m, rows) for m in alone], axis=0))
    again = fit_editor(EditorSetting(forests=3, trees=20), rows, labels, 5)
    assert np.array_equal(_probabilities(averaged, rows), _probabilities(again, rows))


def test_left_out_features_never_enter_the_vocabulary_nor_move_a_prediction(data):
    rows, labels = data
    model = fit_editor(EditorSetting(leave_out=("rule=", *LEXICAL)), rows, labels, 13)
    names = model.named_steps["features"].feature_names_
    assert sorted(names) == ["o=subject", "o_dist=0", "o_dist=1", "o_dist=2", "o_dist=3"]
    stripped = [{k: v for k, v in row.items() if k in names} for row in rows]
    assert np.array_equal(_probabilities(model, rows), _probabilities(model, stripped))
    assert left_out("a=launch|governing_word=phát động", LEXICAL) and not left_out("a=launch|governing=launch", LEXICAL)


def test_hiding_the_rules_answer_takes_it_from_a_share_of_the_training_rows_drawn_with_the_seed(data):
    rows, _ = data
    hidden = training_rows(EditorSetting(rules_hidden=0.5), rows, 13)
    without = [i for i, row in enumerate(hidden) if not any(k.startswith("rule=") for k in row)]
    assert 100 < len(without) < 200
    assert all(hidden[i] == rows[i] for i in range(len(rows)) if i not in without)
    assert training_rows(EditorSetting(rules_hidden=0.5), rows, 13) == hidden
    assert rows[without[0]]["rule=triple"] in (0.0, 1.0)  # the training rows themselves are not changed


def test_boosting_is_read_as_the_shipped_model_reads_a_classifier(data):
    from pipeline.extract.activities import ActivityModel

    rows, labels = data
    model = fit_editor(EditorSetting(learner="boosting"), rows, labels, 13)
    probabilities = _probabilities(model, rows)
    assert np.array_equal(probabilities, _probabilities(fit_editor(EditorSetting(learner="boosting"), rows, labels, 99), rows))

    class Found:  # what ActivityModel reads of a candidate
        def __init__(self, features):
            self.features = features

    wrapped = ActivityModel(model, 0.4, "model+rules", 0.25)
    assert np.allclose(wrapped.probabilities([Found(r) for r in rows[:20]]), probabilities[:20])
