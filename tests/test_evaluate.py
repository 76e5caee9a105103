"""`thidua eval` scores exactly as the reference scorer (shared/tools/score.py) does."""
import copy
import json
import subprocess
import sys

from conftest import shared_path
from pipeline.learn.evaluate import cause_table, evaluate, explain_activities, load_gold


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


def test_explain_puts_each_lost_activity_down_to_its_cause():
    federation, district = "Liên đoàn Lao động thành phố Hà Nội", "Liên đoàn Lao động quận Ba Đình"
    gold = {
        "campaigns": [{"name": "Mái ấm Công đoàn", "kind": "program"}, {"name": "Giỏi việc nước, đảm việc nhà", "kind": "movement"},
                      {"name": "Sáng kiến, sáng tạo", "kind": "movement"}, {"name": "Tháng Công nhân", "kind": "event"}],
        "activities": [
            {"campaign": "Mái ấm Công đoàn", "action": "support", "organization": federation},
            {"campaign": "Giỏi việc nước, đảm việc nhà", "action": "commend", "organization": federation},
            {"campaign": "Sáng kiến, sáng tạo", "action": "launch", "organization": district},
            {"campaign": "Tháng Công nhân", "action": "implement", "organization": None},
            {"campaign": None, "action": "review", "organization": district},
        ],
    }
    predicted = {
        "campaigns": [{"name": "giỏi việc nước - đảm việc nhà"}, {"name": "Sáng kiến sáng tạo"}, {"name": "Tháng Công nhân"},
                      {"name": "Hai giỏi"}],
        "activities": [
            {"campaign": "giỏi việc nước - đảm việc nhà", "action": "commend", "organization": district},  # actor
            {"campaign": "Sáng kiến sáng tạo", "action": "implement", "organization": district},  # action
            {"campaign": "Hai giỏi", "action": "implement", "organization": None},  # a campaign the gold has not
            {"campaign": None, "action": "support", "organization": None},  # the review, by another body and act
            {"campaign": "Giỏi việc nước, đảm việc nhà", "action": "launch", "organization": None},  # not in the gold
        ],
    }
    causes = explain_activities(gold, predicted, "a")
    assert [(c.cause, c.gold and c.gold["campaign"], c.predicted and c.predicted["campaign"]) for c in causes] == [
        ("campaign not found", "Mái ấm Công đoàn", None),
        ("actor differs", "Giỏi việc nước, đảm việc nhà", "giỏi việc nước - đảm việc nhà"),
        ("action differs", "Sáng kiến, sáng tạo", "Sáng kiến sáng tạo"),
        ("activity not found", "Tháng Công nhân", None),
        ("action and actor differ", None, None),
        ("campaign not in the gold", None, "Hai giỏi"),
        ("nothing in the gold", None, "Giỏi việc nước, đảm việc nhà"),
    ]
    assert cause_table(causes) == [("campaign not found", 1, 0), ("actor differs", 1, 1), ("action differs", 1, 1),
                                   ("action and actor differ", 1, 1), ("activity not found", 1, 0),
                                   ("campaign not in the gold", 0, 1), ("nothing in the gold", 0, 1)]
