"""The command line through typer's CliRunner: build, query, export, extract — and their errors."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import CORPUS
from pipeline.cli import app

SEEDS = sorted(CORPUS.glob("*.txt"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def built(runner, tmp_path):
    db = tmp_path / "thidua.sqlite"
    result = runner.invoke(app, ["build", str(CORPUS), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_build_prints_the_summary_and_a_rerun_is_all_unchanged(runner, built):
    result = runner.invoke(app, ["build", str(CORPUS), "--db", str(built)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    header = next(line for line in lines if "seen" in line)
    assert [w for w in header.replace("┃", " ").split()] == ["seen", "new", "changed", "unchanged", "duplicate", "failed"]
    values = lines[lines.index(header) + 2].replace("│", " ").split()
    assert values == ["5", "0", "0", "5", "0", "0"]
    assert "5 unchanged since the last build, not read" in result.stdout


def test_build_with_bad_input_exits_1_with_one_line_per_failure(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEEDS[0].read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = runner.invoke(app, ["build", str(folder), "--db", str(tmp_path / "d.sqlite")])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and all(str(folder) in line for line in errors)
    assert "Traceback" not in result.output
    assert "2 failed" in result.stdout


def test_build_of_a_missing_path_is_one_line(runner, tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "nowhere"), "--db", str(tmp_path / "d.sqlite")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {tmp_path / 'nowhere'}: no such file or folder"


def test_query_formats(runner, built):
    sql = "SELECT count(*) AS n FROM articles"
    as_json = runner.invoke(app, ["query", sql, "--db", str(built), "--format", "json"])
    assert as_json.exit_code == 0 and json.loads(as_json.stdout) == [{"n": 5}]
    as_csv = runner.invoke(app, ["query", "SELECT run_id, articles_new FROM runs", "--db", str(built), "--format", "csv"])
    assert as_csv.stdout.splitlines() == ["run_id,articles_new", "1,5"]
    as_table = runner.invoke(app, ["query", sql, "--db", str(built)])
    assert as_table.exit_code == 0 and " 5 " in as_table.stdout and "(1 row)" in as_table.stderr


def test_query_refuses_writes_with_a_message(runner, built):
    for sql in ("DELETE FROM articles", "WITH x AS (SELECT 1) DELETE FROM articles", "PRAGMA user_version = 3"):
        result = runner.invoke(app, ["query", sql, "--db", str(built)])
        assert result.exit_code == 1
        assert result.stderr.startswith("error: ") and len(result.stderr.strip().splitlines()) == 1
    count = runner.invoke(app, ["query", "SELECT count(*) FROM articles", "--db", str(built), "--format", "csv"])
    assert count.stdout.splitlines()[1] == "5"


def test_query_errors_are_one_line(runner, built, tmp_path):
    bad = runner.invoke(app, ["query", "SELEC nonsense", "--db", str(built)])
    missing = runner.invoke(app, ["query", "SELECT 1", "--db", str(tmp_path / "none.sqlite")])
    for result in (bad, missing):
        assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_writes_every_table_readable_with_pandas(runner, built, tmp_path, fmt):
    out = tmp_path / "out"
    result = runner.invoke(app, ["export", "--format", fmt, "--out", str(out), "--db", str(built)])
    assert result.exit_code == 0, result.output
    files = {line.rsplit("/", 1)[-1] for line in result.stdout.splitlines()}
    assert {"articles", "sentences", "campaigns", "organizations", "runs", "errors"} <= {f.split(".")[0] for f in files}
    read = pd.read_csv if fmt == "csv" else pd.read_parquet
    articles = read(out / f"articles.{fmt}")
    assert len(articles) == 5 and {"article_id", "title", "body", "content_hash", "pipeline_version"} <= set(articles)
    assert read(out / f"sentences.{fmt}")["article_id"].isin(articles["article_id"]).all()


def test_export_unknown_format_is_refused(runner, built):
    result = runner.invoke(app, ["export", "--format", "dbf", "--db", str(built)])
    assert result.exit_code == 2 and "dbf" in result.output


def test_extract_writes_one_json_per_input_and_reports_failures(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS[:2]:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "json"
    result = runner.invoke(app, ["extract", str(folder), "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {folder / 'empty.txt'}: empty file"
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{seed.stem}.json" for seed in SEEDS[:2])
    record = json.loads((out / f"{SEEDS[0].stem}.json").read_text(encoding="utf-8"))
    assert {"url", "source", "title", "lead", "body", "published", "author", "campaigns", "organizations"} <= set(record)


def test_extract_prints_json_lines(runner):
    result = runner.invoke(app, ["extract", *map(str, SEEDS)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5 and all(r["title"] and r["body"] for r in records)
