"""`thidua eval` and `thidua train` from the command line."""
import json
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import shared_path
from pipeline.cli import app
from pipeline.learn.models import MODELS_DIR

runner = CliRunner()


def test_eval_prints_the_reference_scorers_figures(tmp_path):
    gold, seeds, scorer = shared_path("gold", "seeds"), shared_path("seeds"), shared_path("tools", "score.py")
    extracted = runner.invoke(app, ["extract", str(seeds), "--out", str(tmp_path)])
    assert extracted.exit_code == 0, extracted.output
    reference = subprocess.run([sys.executable, str(scorer), str(gold), str(tmp_path)], capture_output=True, text=True,
                               check=True).stdout.splitlines()
    result = runner.invoke(app, ["eval", str(gold), str(seeds)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:5] == reference[:5]  # the five reference fields, figure for figure
    assert lines[5].startswith("activities ")
    assert lines[-1].startswith(reference[-1] + " activities=")


def test_eval_show_lists_misses_and_a_missing_article_counts_as_empty(tmp_path):
    gold, seeds = shared_path("gold", "seeds"), shared_path("seeds")
    one = sorted(seeds.glob("*.txt"))[0]
    result = runner.invoke(app, ["eval", str(gold), str(one), "--show", "--fields", "campaigns"])
    assert result.exit_code == 0
    assert "counted as empty" in result.output
    assert " campaigns missed: " in result.output
    assert result.output.splitlines()[-1].startswith("campaigns=")


def test_eval_refuses_an_unknown_field():
    result = runner.invoke(app, ["eval", str(shared_path("gold", "seeds")), "--fields", "colours"])
    assert result.exit_code != 0
    assert "colours" in result.output


@pytest.mark.slow
def test_train_relevance_writes_a_model_and_card(tmp_path):
    shared_path("articles")
    result = runner.invoke(app, ["train", "relevance", "--out", str(tmp_path / "relevance")])
    assert result.exit_code == 0, result.output
    card = json.loads((tmp_path / "relevance" / "card.json").read_text(encoding="utf-8"))
    saved = json.loads((MODELS_DIR / "relevance" / "card.json").read_text(encoding="utf-8"))
    assert card["chosen"] == saved["chosen"]
    assert card["data"]["held_out"] == saved["data"]["held_out"]
    assert (tmp_path / "relevance" / "CARD.md").exists()


def test_eval_explain_prints_the_causes_of_lost_activities():
    gold, seeds = shared_path("gold", "seeds"), shared_path("seeds")
    result = runner.invoke(app, ["eval", str(gold), str(seeds), "--fields", "activities", "--explain", "--show"])
    assert result.exit_code == 0, result.output
    assert "activities lost, by cause" in result.output
    table = result.output.split("activities lost, by cause", 1)[1]
    score = next(line for line in result.output.splitlines() if line.startswith("activities "))
    matched, gold_count, predicted = (int(n) for n in re.findall(r"(?:matched|gold|predicted) (\d+)", score))
    rows = re.findall(r"│ ([a-z ]+?)\s+│\s+(\d+) │\s+(\d+) │", table)
    assert rows, table
    assert sum(int(m) for _, m, _ in rows) == gold_count - matched  # every missed gold activity has a cause
    assert sum(int(e) for _, _, e in rows) == predicted - matched  # and every extra one
