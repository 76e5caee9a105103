"""``thidua export --format csv|parquet|xlsx|sqlite``: every table and view, readable by pandas and openpyxl."""
from __future__ import annotations

import sqlite3

import openpyxl
import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.dataset.export import data_tables, export_dataset, view_names
from pipeline.dataset.views import VIEWS
from pipeline.dataset.search import register_functions, search_sql
from pipeline.dataset.store import StoreError
from pipeline.dataset.schema import connect_readonly


@pytest.fixture(scope="module")
def counts(corpus_db) -> dict[str, int]:
    conn = connect_readonly(corpus_db)
    names = data_tables(conn) + view_names(conn)
    result = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    conn.close()
    return result


def export(db, out, fmt: str, *extra: str) -> list[str]:
    result = CliRunner().invoke(app, ["export", "--format", fmt, "--out", str(out), "--db", str(db), *extra])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def test_names_are_the_tables_and_the_analyst_views_without_search_internals(counts):
    assert set(VIEWS) <= set(counts)
    assert {"articles", "sentences", "activities", "campaign_aliases", "runs", "errors"} <= set(counts)
    assert not [name for name in counts if "_search" in name or "_fts" in name]
    assert counts["articles"] == 5 and counts["activity_view"] == counts["activities"] > 0


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_one_file_per_table_and_view_that_pandas_reads(corpus_db, counts, tmp_path, fmt):
    printed = export(corpus_db, tmp_path, fmt)
    assert sorted(printed) == sorted(str(tmp_path / f"{name}.{fmt}") for name in counts)
    read = pd.read_csv if fmt == "csv" else pd.read_parquet
    for name, rows in counts.items():
        assert len(read(tmp_path / f"{name}.{fmt}")) == rows, name
    activities = read(tmp_path / f"activity_view.{fmt}")
    assert {"year", "campaign", "campaign_kind", "action", "organization", "figures", "url", "sentence"} <= set(activities)
    assert activities["sentence"].notna().all()


def test_one_workbook_with_a_sheet_per_table_and_view(corpus_db, counts, tmp_path):
    [printed] = export(corpus_db, tmp_path, "xlsx")
    workbook = openpyxl.load_workbook(printed, read_only=True)
    assert workbook.sheetnames == list(counts)
    for name, rows in counts.items():
        assert workbook[name].max_row == rows + 1, name  # a header line, then the rows
    workbook.close()
    frames = pd.read_excel(printed, sheet_name=None)
    assert frames["activity_view"]["action"].notna().all()
    assert frames["articles"]["title"].str.len().gt(0).all()


def test_a_sqlite_copy_is_one_file_with_the_same_rows_and_a_working_search(corpus_db, counts, tmp_path):
    [printed] = export(corpus_db, tmp_path, "sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thidua.sqlite"]
    copy = sqlite3.connect(printed)
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for name, rows in counts.items():
        assert copy.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == rows, name
    register_functions(copy)
    assert len(copy.execute(search_sql("articles"), {"q": "thanh xuan"}).fetchall()) == 2
    copy.close()
    export(corpus_db, tmp_path, "sqlite", "--force")  # again: replaces the copy
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thidua.sqlite"]


def test_bad_format_and_missing_dataset_are_clear_errors(corpus_db, tmp_path):
    with pytest.raises(StoreError, match="unknown export format"):
        export_dataset(corpus_db, tmp_path, "dbf")
    result = CliRunner().invoke(app, ["export", "--format", "csv", "--db", str(tmp_path / "none.sqlite"),
                                      "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and result.stderr.startswith("error: ") and "thidua build" in result.stderr
