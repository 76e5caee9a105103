"""The Dask engine on a two-worker LocalCluster (loopback): the same dataset as a local build, and Parquet parts."""
from __future__ import annotations

import sqlite3

import pytest

try:  # the dask extra: `make test` installs it; a user's venv without it skips, CI fails
    import distributed  # noqa: F401
except ImportError:
    from conftest import under_ci

    if under_ci():
        pytest.fail("needs the dask extra (`make test` installs it: pip install -e '.[test,dask]')", pytrace=False)
    pytest.skip("needs the dask extra (pip install 'thidua[dask]'; make test installs it)", allow_module_level=True)

pytestmark = pytest.mark.slow  # a LocalCluster of two worker processes per test

import pandas as pd  # noqa: E402

from conftest import CORPUS  # noqa: E402
from pipeline.build.incremental import build
from pipeline.build.dask_engine import PARQUET_TABLES, DaskEngine, read_parquet_table
from test_engines import SEEDS, assert_same_dataset, extra_inputs  # noqa: E402


@pytest.fixture(scope="module")
def dask_build(tmp_path_factory):
    """corpus/ plus a duplicate, a bad file and an edited seed, built on a 2-worker LocalCluster with --parquet."""
    tmp = tmp_path_factory.mktemp("dask")
    inputs = [CORPUS, extra_inputs(tmp / "extra")]
    with DaskEngine(workers=2, parquet=tmp / "parquet", chunk_size=2) as engine:
        summary = build(inputs, tmp / "dask.sqlite", engine=engine, batch_size=4)
        description = engine.description
    return tmp, inputs, summary, description


def test_the_dask_engine_gives_the_same_dataset_as_a_local_build(dask_build, tmp_path):
    tmp, inputs, summary, description = dask_build
    assert description.startswith("dask tcp://127.0.0.1:") and description.endswith("(2 workers)")
    local = build(inputs, tmp_path / "local.sqlite", workers=1, batch_size=4)
    assert summary.counts() == local.counts()
    assert (summary.new, summary.duplicate, summary.failed) == (len(SEEDS) + 1, 1, 1)
    assert_same_dataset(tmp / "dask.sqlite", tmp_path / "local.sqlite")
    idle = DaskEngine(workers=2)
    try:  # nothing to do (the bad file, retried each time, left out): no cluster is started
        again = build([CORPUS], tmp_path / "local.sqlite", engine=idle)
        assert idle._client is None
    finally:
        idle.close()
    assert (again.unchanged, again.skipped_inputs) == (len(SEEDS), len(SEEDS))


def test_parquet_parts_hold_the_facts_readable_with_pandas(dask_build):
    tmp, _inputs, _summary, _description = dask_build
    folder = tmp / "parquet"
    conn = sqlite3.connect(tmp / "dask.sqlite")
    try:
        for table in ("articles", "sentences", "campaign_mentions", "organization_mentions", "dates", "figures", "activities"):
            parts = sorted((folder / table).glob("part-*.parquet"))
            assert parts, table
            frame = pd.read_parquet(folder / table)  # the folder is the table, as for DuckDB or Spark
            assert frame.equals(read_parquet_table(folder, table)) or len(frame) == len(read_parquet_table(folder, table))
        articles = pd.read_parquet(folder / "articles")
        # One row per article read, the copy of a seed too (SQLite counts it as a duplicate, not stored twice).
        assert len(articles) == 7 and articles["article_id"].nunique() == 6
        assert set(articles["article_id"]) == {row[0] for row in conn.execute("SELECT article_id FROM articles")}
        assert set(articles["raw_path"].map(lambda p: p.rsplit("/", 1)[-1])) >= {"copy.txt", "edited.txt", SEEDS[0].name}
        for table in ("sentences", "campaign_mentions", "organization_mentions", "person_roles", "dates", "figures", "activities"):
            frame = pd.read_parquet(folder / table)
            if table == "activities":
                frame["figures"] = frame["figures"].map(tuple)
            # the copy's rows repeat the original's exactly; without them, Parquet has what SQLite has
            assert len(frame.drop_duplicates()) == conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0], table
        mentions = pd.read_parquet(folder / "campaign_mentions")
        keys = {row[0] for row in conn.execute("SELECT key FROM campaigns")}
        assert set(mentions["campaign_key"]) <= keys
        activities = pd.read_parquet(folder / "activities")
        assert set(activities["action"]) <= {"launch", "implement", "review", "commend", "contest", "support", "other"}
        assert any(len(figures) for figures in activities["figures"])
        errors = pd.read_parquet(folder / "errors")
        assert list(errors["error_type"]) == ["ReadError"] and errors["input"].iloc[0].endswith("binary.txt")
    finally:
        conn.close()
    assert set(PARQUET_TABLES) == {p.name for p in folder.iterdir()}


def test_a_task_that_kills_its_dask_worker_becomes_an_error_row(tmp_path):
    """The per-input guard: an input whose task keeps failing on the cluster is one error, the rest stored."""
    from pipeline.build import dask_engine

    engine = DaskEngine(workers=2, chunk_size=2)

    class Failing:
        def result(self):
            raise RuntimeError("lost")

        def release(self):
            pass

        def cancel(self):
            pass

    real_submit = engine._submit
    victim = SEEDS[3].name

    def submit(chunk):
        return Failing() if any(path.endswith(victim) for path in chunk) else real_submit(chunk)

    engine._submit = submit
    try:
        summary = build([CORPUS], tmp_path / "x.sqlite", engine=engine)
    finally:
        engine.close()
    assert (summary.new, summary.failed) == (len(SEEDS) - 1, 1)
    assert summary.failures[0].source.endswith(victim) and "lost" in summary.failures[0].message
    assert dask_engine.DaskEngine is DaskEngine
