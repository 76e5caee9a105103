"""Readers keep working while ``thidua build`` adds articles: WAL lets them read a committed snapshot.

A real ``thidua build`` process ingests many varied copies of the corpus, one small batch per
transaction, while the test reads the same file again and again through every reader an analyst
has: ``thidua query`` (a process), ``pipeline.dataset`` (a notebook's DataFrames) and the served
Datasette (HTTP: a table count, a full-text search and an analyst view), and once an export. No
reader may fail — "database is locked" above all — and what each one counts may only grow.
"""
from __future__ import annotations

import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
import requests

from conftest import CORPUS, copy_built_corpus
from pipeline.dataset.api import Dataset
from servers import THIDUA, serving

COPIES = 30  # × 5 seeds = 150 new articles, in batches of 5 inputs: 30 commits
BATCH = 5
TIME_LIMIT = 600  # seconds: the test stops by itself


def varied_copies(folder: Path, copies: int) -> int:
    """``copies`` × each seed, each with a sentence of its own after the lead (new text, new article)."""
    folder.mkdir()
    count = 0
    for i in range(copies):
        for n, seed in enumerate(sorted(CORPUS.glob("*.txt"))):
            paragraphs = seed.read_text(encoding="utf-8").split("\n\n")
            lead = next(k for k, p in enumerate(paragraphs) if p.startswith("(LĐTĐ)"))
            paragraphs.insert(
                lead + 1, f"Năm {2000 + i}, Công đoàn cơ sở số {i + 1} đã có {7 * (i + 1) + n} sáng kiến được công nhận."
            )
            (folder / f"copy{i:03d}_{n}.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
            count += 1
    return count


def exports_mid_build(db: Path, out: Path, failures: list[str]) -> None:
    """An export made while the build commits is one snapshot: every sentence's article is in it."""
    import pandas as pd

    from pipeline.dataset.export import export_dataset

    try:
        [copy] = export_dataset(db, out / "sqlite", "sqlite")
        conn = sqlite3.connect(copy)
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            failures.append("sqlite export: rows whose article is missing")
        if conn.execute("SELECT count(*) FROM articles_search").fetchone() != conn.execute(
            "SELECT count(*) FROM articles WHERE duplicate_of IS NULL"
        ).fetchone():
            failures.append("sqlite export: search table and articles disagree")
        conn.close()
        export_dataset(db, out / "csv", "csv")
        articles = set(pd.read_csv(out / "csv" / "articles.csv")["article_id"])
        if not set(pd.read_csv(out / "csv" / "sentences.csv")["article_id"]) <= articles:
            failures.append("csv export: sentences of articles not exported")
        if not set(pd.read_csv(out / "csv" / "activity_view.csv")["article_id"]) <= articles:
            failures.append("csv export: activity_view rows of articles not exported")
    except Exception as error:  # any failure of a reader is what this test looks for
        failures.append(f"export: {type(error).__name__}: {error}")


@pytest.mark.slow
def test_readers_keep_working_while_a_build_adds_articles(tmp_path, built_corpus):
    db = copy_built_corpus(built_corpus, tmp_path / "built").db  # the five seeds
    inputs = varied_copies(tmp_path / "many", COPIES)
    seen: dict[str, list[int]] = {"query": [], "dataset": [], "http table": [], "http search": [], "http view": []}
    failures: list[str] = []

    def record(reader: str, value: int | None, problem: str | None = None) -> None:
        if problem is not None:
            failures.append(f"{reader}: {problem[:300]}")
        elif value is not None:
            seen[reader].append(value)

    def http_count(base: str, path: str, **params) -> tuple[int | None, str | None]:
        response = requests.get(base + path, params={**params, "_size": "0"}, timeout=60)
        if response.status_code != 200 or "locked" in response.text:
            return None, f"{response.status_code} {response.text}"
        return response.json()["filtered_table_rows_count"], None

    with serving(db, tmp_path / "serve.log") as base:
        builder = subprocess.Popen(
            [*THIDUA, "build", str(tmp_path / "many"), "--db", str(db), "--batch-size", str(BATCH)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        deadline = time.monotonic() + TIME_LIMIT
        rounds_during_build = 0
        try:
            while builder.poll() is None and time.monotonic() < deadline:
                rounds_during_build += 1
                result = subprocess.run(
                    [*THIDUA, "query", "SELECT count(*) FROM articles", "--db", str(db), "--format", "csv"],
                    capture_output=True, text=True, timeout=120,
                )
                if result.returncode:
                    record("query", None, result.stderr)
                else:
                    record("query", int(result.stdout.splitlines()[1]))
                try:
                    with Dataset(db) as dataset:
                        counts = dict(zip(*dataset.counts().T.values))
                        record("dataset", int(counts["articles"]))
                        # a later query: a later snapshot, never an earlier one (activity_view_all: the
                        # variants built here are near copies of the seeds, which a build's last step marks,
                        # so activity_view, each story once, may shrink then)
                        assert len(dataset.table("activity_view_all")) >= counts["activity_view_all"]
                except Exception as error:  # any failure of a reader is what this test looks for
                    record("dataset", None, f"{type(error).__name__}: {error}")
                if rounds_during_build == 2:
                    exports_mid_build(db, tmp_path / "exports", failures)
                record("http table", *http_count(base, "/thidua/articles.json"))
                record("http search", *http_count(base, "/thidua/articles.json", _search="cong doan sang kien"))
                record("http view", *http_count(base, "/thidua/activity_view_all.json"))
        finally:
            if builder.poll() is None:
                builder.terminate()
            out, err = builder.communicate(timeout=120)
        assert builder.returncode == 0, err
        assert "locked" not in out + err
        final, problem = http_count(base, "/thidua/articles.json")

    assert not failures, failures
    assert final == 5 + inputs
    assert rounds_during_build >= 3, "the build was over before the readers could read during it"
    for reader, values in seen.items():
        assert values, reader
        assert values == sorted(values), f"{reader} went back: {values}"
    in_between = [v for reader in ("query", "dataset", "http table") for v in seen[reader] if 5 < v < 5 + inputs]
    assert in_between, f"no reader saw the build half-way: {seen}"
