"""Builds on every core: the same dataset whatever the number of workers; crashes and noise stay in the workers."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CORPUS, ROOT, shared_path
from pipeline.build.process import process_input, process_page
from pipeline.build.incremental import build
from pipeline.cli import app
from pipeline.build.engines import InProcessEngine, ProcessEngine, default_workers, local_engine
from pipeline.dataset.export import data_tables

SEEDS = sorted(CORPUS.glob("*.txt"))
# Run ids and clocks differ between two builds of the same inputs; nothing else may.
VOLATILE = {"run_id", "error_id", "stored_at", "started_at", "finished_at", "at", "applied_at", "updated_at", "learned_at"}


def dataset_rows(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows (ids given by SQLite included), without run ids and timestamps."""
    conn = sqlite3.connect(db)
    try:
        rows = {}
        for table in data_tables(conn):
            columns = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")') if c[1] not in VOLATILE]
            selected = ", ".join(f'"{c}"' for c in columns)
            rows[table] = sorted(conn.execute(f'SELECT {selected} FROM "{table}"').fetchall(), key=repr)
        return rows
    finally:
        conn.close()


def assert_same_dataset(first: Path, second: Path) -> None:
    a, b = dataset_rows(first), dataset_rows(second)
    assert list(a) == list(b)
    for table in a:
        assert a[table] == b[table], f"table {table} differs"


def extra_inputs(folder: Path) -> Path:
    """A copy of a seed under another name (a duplicate), a binary file (an error row) and a seed edited."""
    folder.mkdir()
    (folder / "copy.txt").write_bytes(SEEDS[0].read_bytes())
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    text = SEEDS[1].read_text(encoding="utf-8")
    (folder / "edited.txt").write_text(text.replace("\n\n", "\n\nCông đoàn cơ sở số 9 có 120 đoàn viên.\n\n", 1), encoding="utf-8")
    return folder


@pytest.mark.slow
def test_one_worker_and_two_workers_give_the_same_dataset(tmp_path):
    inputs = [CORPUS, extra_inputs(tmp_path / "extra"), shared_path("articles")]
    one, two = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    first = build(inputs, one, workers=1, batch_size=16)
    with ProcessEngine(2, chunk_size=3) as engine:
        second = build(inputs, two, engine=engine, batch_size=16)
    assert first.counts() == second.counts()
    assert first.seen > 100 and first.duplicate >= 1 and first.failed == 1
    assert_same_dataset(one, two)
    assert dataset_rows(one)["errors"][0][1:3] == ("read", "ReadError")


def test_a_no_op_rerun_starts_no_worker(tmp_path):
    db = tmp_path / "x.sqlite"
    build([CORPUS], db)
    engine = ProcessEngine(2)
    again = build([CORPUS], db, engine=engine)
    assert (again.unchanged, again.skipped_inputs) == (len(SEEDS), len(SEEDS))
    assert engine._pool is None


def test_a_worker_crash_becomes_an_error_row_and_the_batch_goes_on(tmp_path):
    victim = SEEDS[2].name

    def crashing(page, resources):
        if page.source.endswith(victim):
            os._exit(3)  # a segfault or the OOM killer: no exception, the process is gone
        return process_page(page, resources)

    db = tmp_path / "x.sqlite"
    # fork: the workers get the task as it is (a closure), without pickling
    with ProcessEngine(2, chunk_size=1, start_method="fork", task=partial(process_input, process=crashing)) as engine:
        summary = build([CORPUS], db, engine=engine)
        assert engine.crashes >= 1
    assert (summary.new, summary.failed) == (len(SEEDS) - 1, 1)
    conn = sqlite3.connect(db)
    [(source, stage, error_type, message)] = conn.execute("SELECT source, stage, error_type, message FROM errors").fetchall()
    assert (Path(source).name, stage, error_type) == (victim, "process", "WorkerCrash")
    assert "worker process died" in message
    # The crashing input is not marked done: the next build tries it again.
    assert conn.execute("SELECT count(*) FROM inputs").fetchone() == (len(SEEDS) - 1,)
    conn.close()


def test_an_exception_in_a_worker_is_an_error_row(tmp_path):
    def flaky(page, resources):
        if page.source.endswith(SEEDS[1].name):
            raise ZeroDivisionError("division by zero")
        return process_page(page, resources)

    with ProcessEngine(2, start_method="fork", task=partial(process_input, process=flaky)) as engine:
        summary = build([CORPUS], tmp_path / "x.sqlite", engine=engine)
    assert (summary.new, summary.failed) == (len(SEEDS) - 1, 1)
    assert summary.failures[0].error_type == "ZeroDivisionError"
    assert summary.failures[0].message.endswith("unexpected ZeroDivisionError: division by zero")


def test_workers_write_nothing_on_stdout(tmp_path, capfd):
    def noisy(page, resources):
        print("noise from a worker")
        os.write(1, b"more noise\n")
        return process_page(page, resources)

    with ProcessEngine(2, start_method="fork", task=partial(process_input, process=noisy)) as engine:
        summary = build([CORPUS], tmp_path / "x.sqlite", engine=engine)
    assert summary.new == len(SEEDS)
    out, _err = capfd.readouterr()
    assert "noise" not in out


def test_one_worker_is_this_process_and_the_default_is_every_core():
    assert isinstance(local_engine(1), InProcessEngine)
    engine = local_engine()
    assert engine.workers == default_workers() == (os.cpu_count() or 1)
    assert isinstance(engine, ProcessEngine if engine.workers > 1 else InProcessEngine)


def test_cli_build_with_two_workers(tmp_path):
    db = tmp_path / "x.sqlite"
    result = CliRunner().invoke(app, ["build", str(CORPUS), "--db", str(db), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "on 2 worker processes" in result.stdout
    assert dataset_rows(db)["articles"].__len__() == len(SEEDS)


def test_cli_parquet_needs_the_dask_engine(tmp_path):
    result = CliRunner().invoke(app, ["build", str(CORPUS), "--db", str(tmp_path / "x.sqlite"), "--parquet", str(tmp_path)])
    assert result.exit_code == 1
    assert "error: --scheduler and --parquet go with --engine dask" in result.stderr


BLOCK_DASK = """
import importlib.abc, sys
class NoDask(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('dask', 'distributed'):
            raise ImportError(f'No module named {name!r} (blocked by the test)')
        return None
sys.meta_path.insert(0, NoDask())
"""


@pytest.mark.slow
def test_without_dask_the_package_works_and_the_dask_engine_says_how_to_install_it(tmp_path):
    script = BLOCK_DASK + f"""
import pipeline, pipeline.build, pipeline.build.engines, pipeline.cli, pipeline.build.dask_engine
from pipeline.build import build
summary = build([{str(CORPUS)!r}], {str(tmp_path / 'x.sqlite')!r}, workers=1)
assert summary.new == {len(SEEDS)}, summary.counts()
from typer.testing import CliRunner
result = CliRunner().invoke(pipeline.cli.app, ["build", {str(CORPUS)!r}, "--db", {str(tmp_path / 'y.sqlite')!r}, "--engine", "dask"])
print(result.exit_code)
print(result.stderr)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    code, message = done.stdout.split("\n", 1)
    assert code == "1"
    assert message.startswith("error: the dask engine needs dask and distributed: pip install 'thidua[dask]'")
    assert not (tmp_path / "y.sqlite").exists()  # refused before anything is written


@pytest.mark.parametrize("workers", [2])
def test_a_killed_worker_pool_is_replaced_for_the_next_batch(tmp_path, workers):
    """After a crash the build goes on in a fresh pool: later batches are processed normally."""
    def crashing(page, resources):
        if page.source.endswith(SEEDS[0].name):
            os._exit(9)
        return process_page(page, resources)

    with ProcessEngine(workers, start_method="fork", task=partial(process_input, process=crashing)) as engine:
        summary = build([CORPUS], tmp_path / "x.sqlite", engine=engine, batch_size=2)
    assert (summary.new, summary.failed) == (len(SEEDS) - 1, 1)
    assert summary.failures[0].error_type == "WorkerCrash"


def test_a_pool_stopped_early_has_finished_shutting_down_before_the_build_exits(monkeypatch):
    """Ctrl-C stops the pool mid-way; its manager thread must be done before the interpreter's exit hook wakes it
    (CPython 3.11 does so without the lock the manager closes its pipe under: "Bad file descriptor" at exit)."""
    from concurrent.futures import process as futures_process

    shutting_down = futures_process._ExecutorManagerThread.join_executor_internals

    def slow_to_shut_down(manager):  # as on a loaded machine
        time.sleep(0.5)
        shutting_down(manager)

    monkeypatch.setattr(futures_process._ExecutorManagerThread, "join_executor_internals", slow_to_shut_down)
    engine = ProcessEngine(2, chunk_size=1, start_method="fork", task=partial(process_input, process=lambda page, _: []))
    outcomes = engine.map([str(seed) for seed in SEEDS])
    next(outcomes)
    manager = engine._pool._executor_manager_thread
    outcomes.close()  # the consumer stops early, as on Ctrl-C: the pool is terminated
    assert engine._pool is None and not manager.is_alive()
