"""Training the activity model: the chosen setting keeps the project's requirement on the seeds."""
from __future__ import annotations

import json

import pytest

from pipeline.extract.activities import edit
from pipeline.learn import activity
from conftest import shared_path


@pytest.mark.slow
def test_the_chosen_setting_keeps_the_seeds_activities_at_their_floor(tmp_path):
    shared = shared_path("gold")
    seeds = ((shared / "seeds", shared.parent / "seeds"),)
    card = activity.train(tmp_path, sets=seeds)
    saved = json.loads((tmp_path / "card.json").read_text(encoding="utf-8"))
    assert saved["choice_rule"] == card["choice_rule"] and str(activity.SEEDS_FLOOR) in card["choice_rule"]
    model = activity.load(tmp_path).model
    articles = activity.read_gold_articles(seeds, *_reading_resources())
    decoded = {a.key: edit(a.rule_activities, a.candidates, model.probabilities(a.candidates), model.threshold,
                           model.drop_threshold) if model.setup == "model+rules" else a.rule_activities
               for a in articles}
    assert activity.score(articles, decoded).f1 >= activity.SEEDS_FLOOR


def _reading_resources():
    from dataclasses import replace

    from pipeline.extract import load_resources
    from pipeline.learn.action import action_classifier
    from pipeline.learn.relevance import load as load_relevance

    resources = load_resources()
    return replace(resources, activities=replace(resources.activities, classify_action=action_classifier())), load_relevance()


@pytest.mark.slow
def test_compare_takes_the_best_setting_the_check_allows_and_counts_those_it_turned_down():
    shared = shared_path("gold")
    articles = activity.read_gold_articles(((shared / "seeds", shared.parent / "seeds"),), *_reading_resources())
    free, none_turned_down = activity.compare(articles)
    bound, turned_down = activity.compare(articles, lambda setup, setting: setup == "model" or setting[3] >= 0.25)
    assert none_turned_down == 0
    assert bound["model+rules"]["drop_threshold"] >= 0.25
    assert turned_down > 0 or free["model+rules"]["drop_threshold"] >= 0.25
    assert bound["model+rules"]["f1"] <= free["model+rules"]["f1"]


def test_the_card_quotes_the_annotators_agreement_it_computes_from_the_second_annotation(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    act = {"campaign": "Lao động giỏi", "action": "launch", "organization": "LĐLĐ quận Ba Đình"}
    for folder, acts in ((first, [act, {**act, "action": "review"}]), (second, [act])):
        (folder / "a.json").write_text(json.dumps({"activities": acts}), encoding="utf-8")
    (first / "b.json").write_text(json.dumps({"activities": [act]}), encoding="utf-8")  # annotated once: left out
    f1, articles = activity.annotator_agreement(first, second)
    assert (round(f1, 3), articles) == (0.667, 1)
    assert activity.annotator_agreement(first, tmp_path / "none") is None
