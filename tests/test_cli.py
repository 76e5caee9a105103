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
def built(corpus_db):
    """The session's dataset of corpus/ (read only; queries and exports here never write to it)."""
    return corpus_db


def test_build_prints_the_summary_and_a_rerun_is_all_unchanged(runner, tmp_path):
    db = tmp_path / "thidua.sqlite"
    first = runner.invoke(app, ["build", str(CORPUS), "--db", str(db)])
    assert first.exit_code == 0, first.output
    result = runner.invoke(app, ["build", str(CORPUS), "--db", str(db)])
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


# --- what a new user meets ----------------------------------------------------------------------------

ROOT = CORPUS.parent
THANH_XUAN_PAGE = ROOT / "tests" / "fixtures" / "laodongthudo" / "article_thanh_xuan.html"


def test_version(runner):
    from pipeline import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"thidua {__version__} (pipeline {__version__}+r")


def test_alias_refuses_a_name_no_article_writes_and_suggests_the_closest(runner, built):
    result = runner.invoke(app, ["alias", "Lao dong gioi lao dong sang tao thu do", "Lao động giỏi", "--db", str(built)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no campaign is written 'Lao dong gioi lao dong sang tao thu do'")
    assert "closest: Lao động giỏi, Lao động sáng tạo" in result.stderr
    listed = runner.invoke(app, ["alias", "--db", str(built)])
    assert "analyst" not in listed.stdout  # nothing was written


def test_csv_export_for_excel_starts_with_a_byte_order_mark(runner, built, tmp_path):
    result = runner.invoke(app, ["export", "--format", "csv", "--excel", "--out", str(tmp_path / "x"), "--db", str(built)])
    assert result.exit_code == 0, result.output
    raw = (tmp_path / "x" / "articles.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "Liên đoàn".encode() in (tmp_path / "x" / "organizations.csv").read_bytes()
    assert pd.read_csv(tmp_path / "x" / "articles.csv", encoding="utf-8-sig").columns[0] == "article_id"
    plain = runner.invoke(app, ["export", "--format", "csv", "--out", str(tmp_path / "y"), "--db", str(built)])
    assert plain.exit_code == 0 and not (tmp_path / "y" / "articles.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    refused = runner.invoke(app, ["export", "--format", "parquet", "--excel", "--out", str(tmp_path / "z"), "--db", str(built)])
    assert refused.exit_code == 1 and "--excel is for csv" in refused.stderr


def test_eval_and_train_without_the_corpus_beside_say_how_to_fix_it(runner, tmp_path, monkeypatch):
    missing = tmp_path / "shared"
    monkeypatch.setenv("THIDUA_DATA", str(missing))
    result = runner.invoke(app, ["eval", str(missing / "gold" / "seeds"), str(missing / "seeds")])
    assert result.exit_code == 1
    assert "unexpected" not in result.stderr
    assert result.stderr.startswith(f"error: {missing / 'gold' / 'seeds'}: no such file or folder; the corpus of real articles")
    assert "THIDUA_DATA" in result.stderr
    trained = runner.invoke(app, ["train", "relevance", "--out", str(tmp_path / "model")])
    assert trained.exit_code == 1
    assert trained.stderr.startswith(f"error: thidua train relevance (the labelled articles) needs {missing / 'articles'}")
    assert "THIDUA_DATA" in trained.stderr and not (tmp_path / "model").exists()


def test_eval_with_no_article_for_any_gold_file_is_an_error(runner):
    result = runner.invoke(app, ["eval", str(ROOT / "tests" / "gold"), str(CORPUS)])
    assert result.exit_code == 1
    assert "F1" not in result.stdout and "no article for gold" not in result.stderr
    assert "error: none of the" in result.stderr and "give the folder of the articles they describe" in result.stderr
    unknown = runner.invoke(app, ["eval", str(ROOT / "tests" / "gold"), str(CORPUS), "--fields", "nonsense"])
    assert unknown.exit_code == 2 and "unknown field(s): nonsense" in unknown.stderr


def test_published_is_a_day_and_published_at_a_timestamp_in_extract_and_in_the_dataset(runner, tmp_path):
    result = runner.invoke(app, ["extract", str(THANH_XUAN_PAGE)])
    record = json.loads(result.stdout)
    assert (record["published"], record["published_at"]) == ("2021-05-12", "2021-05-12T09:31:00+07:00")
    db = tmp_path / "page.sqlite"
    assert runner.invoke(app, ["build", str(THANH_XUAN_PAGE), "--db", str(db)]).exit_code == 0
    row = runner.invoke(app, ["query", "SELECT published, published_at FROM articles", "--db", str(db), "--format", "json"])
    assert json.loads(row.stdout) == [{"published": "2021-05-12", "published_at": "2021-05-12T09:31:00+07:00"}]
    activities = [a for a in record["activities"]]
    assert activities and all(a["date_start"] and a["date_end"] for a in activities)


def test_search_command_keeps_or_ignores_the_marks(runner, built):
    exact = runner.invoke(app, ["search", "đảng", "--limit", "100", "--db", str(built)])
    folded = runner.invoke(app, ["search", "đảng", "--ignore-accents", "--limit", "100", "--db", str(built)])
    assert exact.exit_code == folded.exit_code == 0
    assert "diacritics as typed" in exact.stderr and "diacritics ignored" in folded.stderr
    count = lambda result: int(result.stderr.strip("()\n").split()[0])  # noqa: E731
    assert 0 < count(exact) < count(folded)
    assert "đăng" not in exact.stdout and "dạng" not in exact.stdout
    # the helpers are in `thidua query` too
    sql = ("SELECT count(*) FROM sentences_search JOIN sentences s ON s.rowid = sentences_search.rowid "
           "WHERE sentences_search MATCH match_query('đảng') AND accent_match(s.text, 'đảng')")
    assert runner.invoke(app, ["query", sql, "--db", str(built), "--format", "csv"]).stdout.split()[1] == str(count(exact))
