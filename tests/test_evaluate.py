"""`thidua eval` scores exactly as the reference scorer (shared/tools/score.py) does."""
import copy
import json
import subprocess
import sys

from conftest import shared_path
from pipeline.learn.evaluate import evaluate, load_gold


def perturbed(gold):
    """Predictions that differ from the gold in the ways an extractor does."""
    predicted = {}
    for index, (stem, record) in enumerate(sorted(gold.items())):
        record = copy.deepcopy(record)
        if record["campaigns"]:
            record["campaigns"][0]["name"] = record["campaigns"][0]["name"].upper().replace("hoá", "hóa")
            record["campaigns"] = record["campaigns"][: -1 - index % 2]
        record["campaigns"].append({"name": "Một phong trào không có thật", "kind": "movement"})
        record["organizations"] = [
            {"name": o["name"].replace("Liên đoàn Lao động", "LĐLĐ"), "surface": o["surface"]}
            for o in record["organizations"][1:]
        ]
        record["dates"] = record["dates"][::2] + [{"text": "năm 1999", "value": "1999"}]
        for figure in record["figures"]:
            figure["value"] = figure["value"] * (1.004 if index % 2 else 1.2)
        record["people"] = record["people"] + [{"name": "Nguyễn Văn Không", "title": None, "organization": None}]
        predicted[stem] = record
    return predicted


def test_agrees_with_the_reference_scorer(tmp_path):
    gold_dir = shared_path("gold", "seeds")
    scorer = shared_path("tools", "score.py")
    gold = load_gold(gold_dir)
    predicted = perturbed(gold)
    for stem, record in predicted.items():
        (tmp_path / f"{stem}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    reference = subprocess.run(
        [sys.executable, str(scorer), str(gold_dir), str(tmp_path)], capture_output=True, text=True, check=True
    ).stdout.strip().splitlines()[-1]
    assert evaluate(gold, predicted).summary_line() == reference


def test_gold_scored_against_itself_is_perfect():
    gold = load_gold(shared_path("gold", "seeds"))
    result = evaluate(gold, gold)
    assert all(score.f1 == 1.0 for score in result.scores.values() if score.gold)
    assert result.misses == []


def test_an_activity_matches_on_campaign_action_and_organization():
    gold = {"a": {"activities": [
        {"campaign": "Giỏi việc nước - Đảm việc nhà", "action": "commend",
         "organization": "Liên đoàn Lao động quận Thanh Xuân", "date": "2019", "figures": []},
        {"campaign": None, "action": "launch", "organization": None, "date": None, "figures": []},
    ]}}
    predicted = {"a": {"activities": [
        {"campaign": "giỏi việc nước, đảm việc nhà", "action": "commend", "organization": "LĐLĐ quận Thanh Xuân"},
        {"campaign": None, "action": "implement", "organization": None},
    ]}}
    score = evaluate(gold, predicted, fields=["activities"]).scores["activities"]
    assert (score.matched, score.gold, score.predicted) == (1, 2, 2)
