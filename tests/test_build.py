"""The incremental build: counts on real pages, bad input, a 10,000-file folder, interruption."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, shared_path
from pipeline.build import incremental as build_module
from pipeline.build.process import process_input, process_inputs, process_page
from pipeline.learn.loading import pipeline_resources
from pipeline.build.version import code_paths
from pipeline.resources import PACKAGE_DIR
from pipeline.build.incremental import build, pipeline_version
from pipeline.dataset.schema import connect_readonly

SEEDS = sorted(CORPUS.glob("*.txt"))


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "dataset" / "thidua.sqlite"


def counts(summary) -> dict[str, int]:
    return summary.counts()


def query(db: Path, sql: str, *args) -> list[tuple]:
    conn = connect_readonly(db)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def copy_seeds(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    copies = []
    for seed in SEEDS:
        target = folder / seed.name
        target.write_bytes(seed.read_bytes())
        copies.append(target)
    return copies


def variant(text: str, number: int) -> str:
    """A distinct article made from a real one: its own URL and one more sentence in its longest paragraph."""
    if text.startswith("URL:"):
        text = text.partition("\n\n")[2]
    paragraphs = text.rstrip().split("\n")
    longest = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
    paragraphs[longest] += f" Đây là bản thử số {number}."
    return f"URL: https://example.test/bai-{number}.html\n\n" + "\n".join(paragraphs) + "\n"


def test_seeds_build_then_rerun_does_no_work(db):
    first = build([CORPUS], db)
    assert counts(first) == {"seen": 5, "new": 5, "changed": 0, "unchanged": 0, "duplicate": 0, "failed": 0}
    second = build([CORPUS], db)
    assert counts(second) == {"seen": 5, "new": 0, "changed": 0, "unchanged": 5, "duplicate": 0, "failed": 0}
    assert second.skipped_inputs == 5  # not even read
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 5
    runs = query(db, "SELECT run_id, status, pipeline_version, articles_seen, articles_new, articles_unchanged FROM runs")
    assert runs == [(1, "done", pipeline_version(), 5, 5, 0), (2, "done", pipeline_version(), 5, 0, 5)]


def test_copies_are_duplicates_edits_are_changes_touches_are_unchanged(tmp_path, db):
    a = copy_seeds(tmp_path / "a")
    copy_seeds(tmp_path / "b")
    assert build([tmp_path / "a"], db).new == 5
    both = build([tmp_path / "a", tmp_path / "b"], db)
    assert counts(both) == {"seen": 10, "new": 0, "changed": 0, "unchanged": 5, "duplicate": 5, "failed": 0}
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 5  # the same URLs: stored once

    # Edit one, touch another (new mtime, same bytes): one changed, one unchanged, known by its sha256 (not read).
    a[0].write_text(variant(a[0].read_text(encoding="utf-8"), 1).partition("\n\n")[2], encoding="utf-8")
    os.utime(a[1], ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    third = build([tmp_path / "a", tmp_path / "b"], db)
    assert counts(third) == {"seen": 10, "new": 0, "changed": 1, "unchanged": 4, "duplicate": 5, "failed": 0}
    assert third.skipped_inputs == 9
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 5
    [(body,)] = query(db, "SELECT body FROM articles WHERE raw_path = ?", str(a[0]))
    assert "Đây là bản thử số 1." in body


def test_same_text_under_another_url_is_counted_as_duplicate(tmp_path, db):
    folder = tmp_path / "in"
    folder.mkdir()
    text = SEEDS[2].read_text(encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text(text.replace("URL: https://", "URL: https://mirror.", 1), encoding="utf-8")
    summary = build([folder], db)
    assert (summary.new, summary.duplicate) == (1, 1)
    assert query(db, "SELECT count(*) FROM articles WHERE duplicate_of IS NULL")[0][0] == 1
    assert query(db, "SELECT count(DISTINCT article_id) FROM sentences")[0][0] == 1


def test_an_edited_file_without_url_replaces_its_article(tmp_path, db):
    page = tmp_path / "in" / "note.txt"
    page.parent.mkdir()
    page.write_text("Tiêu đề thử\n\nĐoạn mở đầu.\n\nThân bài thứ nhất.\n", encoding="utf-8")
    assert build([page.parent], db).new == 1
    page.write_text("Tiêu đề thử\n\nĐoạn mở đầu.\n\nThân bài đã sửa.\n", encoding="utf-8")
    assert counts(build([page.parent], db))["changed"] == 1
    assert query(db, "SELECT body FROM articles") == [("Đoạn mở đầu.\n\nThân bài đã sửa.",)]


def test_a_new_pipeline_version_reprocesses_everything_and_a_build_without_models_says_so(db):
    build([CORPUS], db)
    rules_alone = build([CORPUS], db, models=False)  # another pipeline: every article is due again
    assert (rules_alone.changed, rules_alone.skipped_inputs) == (5, 0)
    assert ".m-none." in rules_alone.pipeline_version and ".m-none." not in pipeline_version()
    assert query(db, "SELECT DISTINCT pipeline_version FROM articles") == [(rules_alone.pipeline_version,)]
    assert query(db, "SELECT pipeline_version FROM runs ORDER BY run_id") == [(pipeline_version(),), (rules_alone.pipeline_version,)]
    assert query(db, "SELECT count(*) FROM articles WHERE relevance IS NULL") == [(5,)]  # no relevance model ran
    again = build([CORPUS], db)
    assert (again.changed, again.skipped_inputs) == (5, 0)


@pytest.mark.slow
def test_the_shared_articles_build_and_rebuild(db):
    articles = shared_path("articles")
    first = build([articles], db)
    assert first.failed == 0 and first.new + first.duplicate == first.seen > 100
    again = build([articles], db)
    assert again.new == again.changed == 0 and again.skipped_inputs == again.inputs


def write_bad_inputs(folder: Path) -> dict[str, str]:
    """Bad inputs beside a good one; maps file name → what its one-line message must say."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "tcvn3.txt").write_bytes("Liªn ®oµn Lao ®éng quËn Thanh Xu©n ph¸t ®éng thi ®ua ®­îc ng­êi lao ®éng h­ëng øng.".encode("latin-1"))
    (folder / "truncated.html").write_bytes(b"<!DOCTYPE html><html><head><title>Li\xc3\xaan \xc4\x91o\xc3\xa0n")
    with open(folder / "huge.txt", "wb") as handle:  # 100 MB, sparse: costs no disk
        handle.truncate(100 * 1024 * 1024)
    (folder / "good.txt").write_bytes(SEEDS[0].read_bytes())
    return {
        "empty.txt": "empty", "binary.txt": "binary", "tcvn3.txt": "TCVN3", "truncated.html": "",
        "huge.txt": "too large",
    }


def test_bad_inputs_give_one_line_and_an_errors_row_and_the_batch_goes_on(tmp_path, db):
    expected = write_bad_inputs(tmp_path / "in")
    summary = build([tmp_path / "in"], db, batch_size=2)
    assert (summary.new, summary.failed) == (1, len(expected))
    errors = query(db, "SELECT source, stage, error_type, message FROM errors WHERE run_id = ?", summary.run_id)
    assert sorted(Path(source).name for source, *_ in errors) == sorted(expected)
    for source, stage, error_type, message in errors:
        assert "\n" not in message and message.startswith(source)
        assert expected[Path(source).name] in message
        assert error_type in ("ReadError", "ParseError") and stage in ("read", "process")
    assert [f.message for f in summary.failures] == [row[3] for row in errors]
    # Failing inputs are retried (and fail again); the good one is not read again.
    again = build([tmp_path / "in"], db)
    assert (again.unchanged, again.failed, again.skipped_inputs) == (1, len(expected), 1)


def test_inputs_processed_together_give_what_each_gives_alone(tmp_path):
    # a build asks the activity model once for the candidates of many articles (the forests' trees are walked once
    # per call): the outcomes, facts and failures in their order, are those of each input processed on its own
    write_bad_inputs(tmp_path / "in")
    copy_seeds(tmp_path / "in")
    paths = sorted(str(path) for path in (tmp_path / "in").iterdir())
    resources = pipeline_resources()
    together = process_inputs(paths, resources)
    assert together == [process_input(path, resources) for path in paths]
    assert sum(len(outcome.processed) for outcome in together) == len(SEEDS) + 1
    assert {Path(outcome.path).name for outcome in together if outcome.failures} == set(write_bad_inputs(tmp_path / "x"))
    assert sum(len(outcome.processed[0].facts.activities) for outcome in together if outcome.processed) > 50


def test_a_batch_whose_model_call_fails_asks_article_by_article(tmp_path, monkeypatch):
    copy_seeds(tmp_path / "in")
    paths = sorted(str(path) for path in (tmp_path / "in").iterdir())
    resources = pipeline_resources()
    alone = [process_input(path, resources) for path in paths]

    def broken(self, articles):
        raise MemoryError("no room for the batch")

    monkeypatch.setattr(type(resources.activities.model), "probabilities_of_many", broken)
    assert process_inputs(paths, resources) == alone


def test_an_unexpected_exception_in_one_article_is_recorded_and_the_rest_stored(tmp_path, db):
    copy_seeds(tmp_path / "in")
    def flaky(page, resources):
        if page.source.endswith(SEEDS[1].name):
            raise ZeroDivisionError("division by zero")
        return process_page(page, resources)

    summary = build([tmp_path / "in"], db, task=partial(process_input, process=flaky))
    assert (summary.new, summary.failed) == (4, 1)
    [(stage, error_type, message)] = query(db, "SELECT stage, error_type, message FROM errors")
    assert (stage, error_type) == ("process", "ZeroDivisionError")
    assert message.endswith("unexpected ZeroDivisionError: division by zero")


def test_a_file_that_disappears_between_listing_and_reading(tmp_path, db):
    files = copy_seeds(tmp_path / "in")

    def delete_one(batch: list[str]) -> None:
        files[2].unlink()

    summary = build([tmp_path / "in"], db, before_batch=delete_one)
    assert (summary.new, summary.failed) == (4, 1)
    [(source, message)] = query(db, "SELECT source, message FROM errors")
    assert source == str(files[2]) and "not found" in message
    missing = build([tmp_path / "nowhere.txt"], db)
    assert missing.failed == 1 and "not found" in missing.failures[0].message


@pytest.mark.slow
def test_a_folder_of_ten_thousand_small_files(tmp_path, db):
    """10,000 tiny but real articles (a title, a lead, a body line): all stored, rerun skips all."""
    folder = tmp_path / "many"
    for shard in range(10):
        (folder / f"{shard:02d}").mkdir(parents=True)
    for number in range(10_000):
        (folder / f"{number % 10:02d}" / f"{number:05d}.txt").write_text(
            f"Tin ngắn số {number}\n\nCông đoàn cơ sở số {number} tổ chức hội nghị.\n\nHội nghị có {number} đoàn viên.\n",
            encoding="utf-8",
        )
    started = time.perf_counter()
    first = build([folder], db, batch_size=500)
    assert (first.new, first.failed) == (10_000, 0), first.failures[:3]
    build_seconds = time.perf_counter() - started
    started = time.perf_counter()
    again = build([folder], db)
    rerun_seconds = time.perf_counter() - started
    assert (again.unchanged, again.skipped_inputs) == (10_000, 10_000)
    assert rerun_seconds < max(2.0, build_seconds / 5)
    assert query(db, "SELECT count(*), count(DISTINCT content_hash) FROM articles") == [(10_000, 10_000)]


def make_variants(folder: Path, count: int) -> None:
    """``count`` distinct short articles: the opening lines of the seeds (kicker, title, lead, a paragraph)."""
    folder.mkdir(parents=True)
    texts = ["\n".join(seed.read_text(encoding="utf-8").split("\n")[:8]) for seed in SEEDS]
    for number in range(count):
        (folder / f"{number:05d}.txt").write_text(variant(texts[number % len(texts)], number), encoding="utf-8")


def thidua(*args: str) -> list[str]:
    return [str(Path(sys.executable).parent / "thidua"), *args]


def wait_for_committed(db: Path, process: subprocess.Popen, at_least: int, timeout: float = 120) -> int:
    """Poll the dataset (as an analyst would, read-only) until enough articles are committed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the build ended (exit {process.returncode}) before it could be interrupted")
        if db.exists():
            try:
                conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
                committed = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                conn.close()
            except sqlite3.OperationalError:  # schema not created yet
                committed = 0
            if committed >= at_least:
                return committed
        time.sleep(0.005)
    pytest.fail("no batch committed in time")


@pytest.mark.slow
@pytest.mark.parametrize("how", ["kill -9", "Ctrl-C"])
def test_an_interrupted_build_loses_nothing_and_the_next_one_finishes(tmp_path, db, how):
    folder, total = tmp_path / "in", 200
    make_variants(folder, total)
    log = tmp_path / "stderr.txt"
    with open(log, "w") as stderr_file:  # a file, not a pipe: orphaned workers cannot hold it open
        process = subprocess.Popen(
            thidua("build", str(folder), "--db", str(db), "--batch-size", "10"),
            stdout=subprocess.DEVNULL, stderr=stderr_file, cwd=ROOT, text=True, start_new_session=True,
            # as from a terminal: a suite started in the background (`nohup make test &`) inherits an ignored
            # SIGINT, which Python then keeps ignored, and Ctrl-C would never reach the build
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
    try:
        committed = wait_for_committed(db, process, at_least=50)
        if how == "kill -9":
            process.send_signal(signal.SIGKILL)  # the build only, as `kill -9 PID` does
        else:
            os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground group
        process.wait(timeout=60)
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)  # leave no worker behind
        except ProcessLookupError:
            pass
    stderr = log.read_text(encoding="utf-8")
    if how == "Ctrl-C":
        assert process.returncode == 130, stderr
        assert stderr.strip().splitlines()[-1].startswith("error: interrupted"), stderr
        assert "Traceback" not in stderr
        assert query(db, "SELECT status FROM runs") == [("interrupted",)]
    else:
        assert process.returncode == -signal.SIGKILL
        assert query(db, "SELECT status, finished_at FROM runs") == [("running", None)]
    stored = query(db, "SELECT count(*) FROM articles")[0][0]
    assert committed <= stored < total
    assert stored % 10 == 0  # whole batches only

    rerun = subprocess.run(thidua("build", str(folder), "--db", str(db)), capture_output=True, text=True, cwd=ROOT)
    assert rerun.returncode == 0, rerun.stderr
    [(new, changed, unchanged, duplicate, failed)] = query(
        db, "SELECT articles_new, articles_changed, articles_unchanged, articles_duplicate, articles_failed "
            "FROM runs WHERE run_id = 2"
    )
    # (While the pipeline's code is being edited, its version moves and the stored ones count as changed.)
    same_version = len({v for (v,) in query(db, "SELECT pipeline_version FROM runs")}) == 1
    assert (new, changed, unchanged, duplicate, failed) == (
        (total - stored, 0, stored, 0, 0) if same_version else (total - stored, stored, 0, 0, 0)
    )
    assert query(db, "SELECT count(*), count(DISTINCT raw_path), count(DISTINCT content_hash) FROM articles") == [
        (total, total, total)
    ]
    assert query(db, "SELECT count(*) FROM inputs") == [(total,)]
    sentences = query(db, "SELECT count(*) FROM sentences s JOIN articles a USING (article_id)")[0][0]
    assert sentences == query(db, "SELECT count(*) FROM sentences")[0][0] > total


def test_a_no_op_rerun_does_not_regroup_the_dataset(db, monkeypatch):
    build([CORPUS], db)
    calls = []
    monkeypatch.setattr(build_module, "refresh_canonical", lambda conn: calls.append(conn))
    build([CORPUS], db)
    assert calls == []


def test_the_rooms_that_shape_articles_make_the_version_and_the_others_do_not():
    shaping = {path.relative_to(PACKAGE_DIR).as_posix() for path in code_paths()}
    assert {"clean/text_page.py", "extract/activities/reading.py", "text.py", "ingest/files.py", "build/process.py"} <= shaping
    assert not {"cli.py", "dataset/store.py", "build/incremental.py", "serve/app.py", "collect/crawl.py"} & shaping


def test_a_moved_corpus_is_read_again_but_nothing_is_stored_twice(tmp_path, db):
    copy_seeds(tmp_path / "old")
    build([tmp_path / "old"], db)
    (tmp_path / "old").rename(tmp_path / "new")
    moved = build([tmp_path / "new"], db)
    assert counts(moved) == {"seen": 5, "new": 0, "changed": 0, "unchanged": 5, "duplicate": 0, "failed": 0}
    assert {Path(p).parent.name for (p,) in query(db, "SELECT raw_path FROM articles")} == {"new"}
