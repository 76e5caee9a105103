"""What thidua promises when things go wrong: an operator's reliability probe, case by case (issue 14).

Real processes (``thidua`` run as a command, killed with signals), real files (symlink loops, folders
that cannot be read, names with a newline, a read-only mount), real local HTTP servers on 127.0.0.1
(one that drips its page a byte at a time, one that is not there, ``thidua serve`` itself). The cases
follow the issue's numbering; the slow ones (a build killed mid-way, servers that take seconds) are
marked ``slow``: ``pytest -m 'not slow'`` leaves them out, ``make test`` runs everything.
"""
from __future__ import annotations

import os
import resource
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import openpyxl
import pandas as pd
import pytest
import requests
from typer.testing import CliRunner

from conftest import CORPUS, ROOT, shared_path
from pipeline.build.process import process_input
from pipeline.cli import app
from pipeline.collect.crawl import crawl
from pipeline.collect.fetch import FetchFailure, Fetcher, FetchOptions
from pipeline.dataset.export import XLSX_CELL_LIMIT, XLSX_ROW_LIMIT
from pipeline.dataset.query import DEFAULT_HEAP_LIMIT, DEFAULT_TIME_LIMIT
from pipeline.dataset.schema import connect
from pipeline.ingest.files import iter_input_files
from servers import free_port, serving_process

IS_ROOT = os.geteuid() == 0


def thidua(*args: str) -> list[str]:
    return [str(Path(sys.executable).parent / "thidua"), *args]


def run(*args: str, timeout: float = 300, prefix: tuple[str, ...] = (), **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, *thidua(*args)], capture_output=True, text=True, cwd=ROOT, timeout=timeout, **kwargs)


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def rows(db: Path, sql: str, *params) -> list[tuple]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


def without_file_permissions() -> tuple[str, ...]:
    """A command prefix under which file permissions hold: root keeps its uid but loses the right to
    ignore them (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), as any user would be refused."""
    if not IS_ROOT:
        return ()
    caps = "-dac_override,-dac_read_search"
    return ("setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}", "--")


# --- 1. exports ------------------------------------------------------------------------------------


def test_1_an_export_never_writes_over_the_dataset_it_reads(corpus_db):
    before = corpus_db.read_bytes()
    for extra in ([], ["--force"]):
        result = invoke("export", "--format", "sqlite", "--out", str(corpus_db.parent), "--db", str(corpus_db), *extra)
        assert result.exit_code == 1
        assert error_lines(result.stderr) == [
            f"error: {corpus_db} is the dataset this export reads ({corpus_db}): an export never writes over it; "
            "choose another --out folder"
        ]
    assert corpus_db.read_bytes() == before
    assert rows(corpus_db, "SELECT count(*) FROM articles") == [(5,)]
    assert not [p for p in corpus_db.parent.iterdir() if p.name.startswith(".")]


def test_1_an_existing_file_is_refused_unless_force(corpus_db, tmp_path):
    mine = tmp_path / "articles.csv"
    mine.write_text("my own notes\n", encoding="utf-8")
    result = invoke("export", "--format", "csv", "--out", str(tmp_path), "--db", str(corpus_db))
    assert result.exit_code == 1 and result.stdout == ""
    assert error_lines(result.stderr) == [
        f"error: {mine} already exists: nothing written; give --force to replace, or choose another --out folder"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.csv"]  # nothing else written either
    assert mine.read_text(encoding="utf-8") == "my own notes\n"

    result = invoke("export", "--format", "csv", "--out", str(tmp_path), "--db", str(corpus_db), "--force")
    assert result.exit_code == 0, result.output
    assert len(pd.read_csv(mine)) == 5

    (tmp_path / "articles.parquet").mkdir()  # a folder where a file would go: not even --force replaces it
    result = invoke("export", "--format", "parquet", "--out", str(tmp_path), "--db", str(corpus_db), "--force")
    assert result.exit_code == 1 and "articles.parquet is a folder: nothing written" in result.stderr
    assert sorted(p.name for p in tmp_path.glob("*.parquet")) == ["articles.parquet"]

    workbook = tmp_path / "thidua.xlsx"
    workbook.write_bytes(b"a workbook of mine")
    result = invoke("export", "--format", "xlsx", "--out", str(tmp_path), "--db", str(corpus_db))
    assert result.exit_code == 1 and "thidua.xlsx already exists" in result.stderr
    assert workbook.read_bytes() == b"a workbook of mine"


def test_1_an_export_that_fails_half_way_keeps_the_last_good_files(corpus_db, tmp_path):
    """A real failure in the middle of writing — the file size limit of the process (``ulimit -f``), as
    a full disk would — leaves the files of the previous export as they were, and no partial file."""
    out = tmp_path / "out"
    assert invoke("export", "--format", "csv", "--out", str(out), "--db", str(corpus_db)).exit_code == 0
    good = {p.name: p.read_bytes() for p in out.iterdir()}
    bigger = tmp_path / "bigger.sqlite"
    shutil.copy(corpus_db, bigger)
    conn = sqlite3.connect(bigger)
    conn.execute("UPDATE articles SET body = body || ? WHERE rowid = (SELECT min(rowid) FROM articles WHERE body IS NOT NULL)",
                 (os.urandom(200_000).hex(),))
    conn.commit()
    conn.close()

    def small_files() -> None:  # files over 256 KB cannot be written (EFBIG; Python ignores SIGXFSZ)
        resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))

    result = run("export", "--format", "csv", "--out", str(out), "--db", str(bigger), "--force", preexec_fn=small_files)
    assert result.returncode == 1, result.stderr
    [line] = error_lines(result.stderr)
    assert line.startswith("error: export failed: OSError: [Errno 27] File too large") and line.endswith("nothing was replaced")
    assert result.stdout == ""
    assert {p.name: p.read_bytes() for p in out.iterdir()} == good  # every file as before, no partial one


@pytest.mark.slow
def test_1_xlsx_rows_over_excels_limit_are_refused_before_writing(corpus_db, tmp_path):
    out = tmp_path / "out"
    assert invoke("export", "--format", "xlsx", "--out", str(out), "--db", str(corpus_db)).exit_code == 0
    last_good = (out / "thidua.xlsx").read_bytes()
    big = tmp_path / "big.sqlite"
    conn = connect(big)
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO errors (source, stage, error_type, message) SELECT 'in' || i, 'read', 'ReadError', 'x' FROM n",
        (XLSX_ROW_LIMIT,),  # one row more than a sheet holds once the header is counted
    )
    conn.close()
    result = invoke("export", "--format", "xlsx", "--out", str(out), "--db", str(big), "--force")
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [
        "error: xlsx: errors (1,048,576 rows) over Excel's 1,048,576 rows per sheet (header included); nothing "
        "written: export with --format csv or --format parquet instead"
    ]
    assert (out / "thidua.xlsx").read_bytes() == last_good
    assert sorted(p.name for p in out.iterdir()) == ["thidua.xlsx"]


def test_1_xlsx_cells_over_excels_limit_are_refused_or_cut_with_a_word(tmp_path):
    db = tmp_path / "long.sqlite"
    conn = connect(db)
    long_message = "dài " * 10_000  # 40,000 characters
    conn.execute("INSERT INTO errors (source, message) VALUES ('a.txt', ?)", (long_message,))
    conn.close()
    result = invoke("export", "--format", "xlsx", "--out", str(tmp_path / "out"), "--db", str(db))
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [
        "error: xlsx: cells over Excel's 32,767 characters (errors.message: 1 cell, the longest 40,000 characters); "
        "nothing written: export with --format csv or --format parquet (no limit), or give --cut-cells to cut them "
        "in the workbook"
    ]
    assert not (tmp_path / "out" / "thidua.xlsx").exists()

    result = invoke("export", "--format", "xlsx", "--out", str(tmp_path / "out"), "--db", str(db), "--cut-cells")
    assert result.exit_code == 0, result.output
    assert "note: cut to 32,767 characters (Excel's limit): errors.message: 1 cell, the longest 40,000 characters" in result.stderr
    sheet = openpyxl.load_workbook(tmp_path / "out" / "thidua.xlsx", read_only=True)["errors"]
    [cell] = [row[0] for row in sheet.iter_rows(min_row=2, min_col=6, max_col=6, values_only=True)]
    assert cell == long_message[:XLSX_CELL_LIMIT]
    assert invoke("export", "--format", "csv", "--out", str(tmp_path / "csv"), "--db", str(db)).exit_code == 0
    assert pd.read_csv(tmp_path / "csv" / "errors.csv")["message"][0] == long_message  # csv keeps it whole


# --- 2. a build killed, terminated or interrupted: no process outlives it ------------------------------


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (children, their children …), from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as stat:
                    ppid = int(stat.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] not in (b"Z", b"X")
    except OSError:
        return False


def wait_for_workers(db: Path, process: subprocess.Popen, timeout: float = 180) -> set[int]:
    """Until a batch is committed and the pool is there: the build's processes (fork server, workers, tracker)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the build ended (exit {process.returncode}) before it could be stopped")
        below = descendants(process.pid)
        try:
            committed = rows(db, "SELECT count(*) FROM articles")[0][0] if db.exists() else 0
        except sqlite3.OperationalError:
            committed = 0
        if committed and len(below) >= 3:  # resource tracker, fork server, its worker(s)
            return below
        time.sleep(0.02)
    pytest.fail("the build committed nothing in time")


@pytest.mark.slow
@pytest.mark.parametrize("how", ["kill -9", "SIGTERM", "Ctrl-C"])
def test_2_no_worker_outlives_a_stopped_build(tmp_path, how):
    articles = shared_path("articles")
    db = tmp_path / "thidua.sqlite"
    with open(tmp_path / "stderr.txt", "w") as stderr:  # a file: a process left behind cannot hold a pipe open
        process = subprocess.Popen(thidua("build", str(articles), "--db", str(db), "--workers", "2", "--batch-size", "4"),
                                   stdout=subprocess.DEVNULL, stderr=stderr, cwd=ROOT, start_new_session=True)
    helpers: set[int] = set()
    try:
        helpers = wait_for_workers(db, process)
        started = time.monotonic()
        if how == "kill -9":
            process.send_signal(signal.SIGKILL)
        elif how == "SIGTERM":
            process.send_signal(signal.SIGTERM)  # the build alone, as `kill PID` or a service manager does
        else:
            os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground group
        process.wait(timeout=60)
        while any(running(pid) for pid in helpers) and time.monotonic() - started < 10:
            time.sleep(0.05)
        left = sorted(pid for pid in helpers if running(pid))
        gone_after = time.monotonic() - started
    finally:
        for pid in helpers | descendants(process.pid):  # never leave one behind, whatever the test found
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    assert left == [], f"still running {gone_after:.1f} s after {how}: {left}"
    assert gone_after < 5
    log = (tmp_path / "stderr.txt").read_text(encoding="utf-8")
    [(status, finished_at)] = rows(db, "SELECT status, finished_at FROM runs")
    if how == "kill -9":
        assert process.returncode == -signal.SIGKILL
        assert (status, finished_at) == ("running", None)  # nothing can run after kill -9: documented
    else:
        assert process.returncode == (143 if how == "SIGTERM" else 130), log
        assert status == "interrupted" and finished_at
        assert log.strip().splitlines()[-1].startswith(
            "error: stopped by SIGTERM: " if how == "SIGTERM" else "error: interrupted: ")
        assert "Traceback" not in log


# --- 3. input trees: symlinks, unreadable entries, odd names ----------------------------------------


def two_articles(folder: Path) -> list[Path]:
    folder.mkdir(parents=True)
    seeds = sorted(CORPUS.glob("*.txt"))[:2]
    for seed in seeds:
        shutil.copy(seed, folder / seed.name)
    return [folder / seed.name for seed in seeds]


def test_3_each_real_file_is_visited_once_whatever_the_symlinks(tmp_path):
    folder = tmp_path / "in"
    files = two_articles(folder)
    (folder / "self").symlink_to(".")  # ln -s . self: a loop
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("..")  # a loop through a subfolder
    (folder / "again").symlink_to(folder)  # the same folder twice
    (folder / "zz_link.txt").symlink_to(files[0].name)  # a second name for a file
    assert list(iter_input_files([folder])) == files
    assert list(iter_input_files([folder, folder / "self", files[1]])) == files

    db = tmp_path / "thidua.sqlite"
    result = invoke("build", str(folder), "--db", str(db), "--workers", "1")
    assert result.exit_code == 0, result.output
    assert rows(db, "SELECT articles_seen, articles_new, articles_failed FROM runs") == [(2, 2, 0)]
    assert rows(db, "SELECT count(*) FROM inputs") == [(2,)]


@pytest.mark.slow
def test_3_every_unreadable_input_gets_one_error_line_and_one_row(tmp_path):
    folder = tmp_path / "in"
    two_articles(folder)
    (folder / "loop_a.txt").symlink_to("loop_b.txt")  # a file inside a loop
    (folder / "loop_b.txt").symlink_to("loop_a.txt")
    locked = folder / "locked"  # chmod 000
    locked.mkdir()
    shutil.copy(sorted(CORPUS.glob("*.txt"))[2], locked / "hidden_away.txt")
    odd = folder / "bad\nname.txt"  # a newline in the name, and content that is no article
    odd.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    locked.chmod(0)
    try:
        db = tmp_path / "thidua.sqlite"
        result = run("build", str(folder), "--db", str(db), "--workers", "1", prefix=without_file_permissions())
    finally:
        locked.chmod(0o755)
    assert result.returncode == 1, result.stderr
    lines = sorted(error_lines(result.stderr))
    assert lines == [
        f"error: {folder}/bad\\nname.txt: binary file (PNG image), not a text or HTML page",
        f"error: {folder}/locked: cannot read: Permission denied",
        f"error: {folder}/loop_a.txt: cannot read: Too many levels of symbolic links",
        f"error: {folder}/loop_b.txt: cannot read: Too many levels of symbolic links",
    ]
    assert sorted(rows(db, "SELECT source, message FROM errors")) == sorted(
        [(str(odd), lines[0][7:]), (str(locked), lines[1][7:]), (str(folder / "loop_a.txt"), lines[2][7:]),
         (str(folder / "loop_b.txt"), lines[3][7:])]
    )
    assert rows(db, "SELECT articles_seen, articles_new, articles_failed FROM runs") == [(6, 2, 4)]


# --- 4. slow, failing and unreachable servers -----------------------------------------------------------


class DripServer:
    """A real HTTP server on 127.0.0.1 that sends its headers, then a 300-byte page one byte per second."""

    def __init__(self, drip_headers: bool = False) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.drip_headers = drip_headers
        self.requests = 0
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.requests += 1
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 300\r\n\r\n"
        try:
            conn.recv(65536)
            for byte in head if self.drip_headers else [head]:
                conn.sendall(bytes([byte]) if self.drip_headers else byte)
                if self.drip_headers:
                    time.sleep(0.3)
            for _ in range(300):
                if self.stop.wait(1.0):
                    break
                conn.sendall(b"x")
        except OSError:
            pass
        finally:
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@contextmanager
def drip_server(**kwargs) -> Iterator[DripServer]:
    server = DripServer(**kwargs)
    try:
        yield server
    finally:
        server.close()


@pytest.mark.slow
@pytest.mark.parametrize("drip_headers", [False, True], ids=["body", "headers"])
def test_4_a_dripping_server_is_cut_at_the_deadline_and_retried_once(drip_headers):
    log = []
    options = FetchOptions(delay=0, timeout=5.0, deadline=1.5, retries=3, backoff_base=0.01, obey_robots=False)
    with drip_server(drip_headers=drip_headers) as server:
        started = time.monotonic()
        with pytest.raises(FetchFailure) as failure:
            Fetcher(options, on_attempt=log.append).get(f"http://127.0.0.1:{server.port}/trang.html")
        elapsed = time.monotonic() - started
    assert failure.value.kind == "deadline"
    assert "not complete within the deadline of 1.5 s" in str(failure.value)
    assert len(log) == 2 and server.requests == 2  # the first try and one retry, not four
    assert 3.0 <= elapsed < 5.0  # two deadlines: not 300 s per try as before


@pytest.mark.slow
def test_4_a_host_that_keeps_failing_is_left_alone_by_its_circuit_breaker(tmp_path):
    options = FetchOptions(delay=0, timeout=5.0, deadline=1.0, retries=3, backoff_base=0.01, obey_robots=False,
                           breaker_failures=3)
    with drip_server() as server:
        base = f"http://127.0.0.1:{server.port}"
        starts = [f"{base}/cong-doan/bai-viet-so-{n}-10010{n}.html" for n in range(6)]
        started = time.monotonic()
        summary = crawl(starts, tmp_path, delay=0, options=options)
        elapsed = time.monotonic() - started
        requests_made = server.requests
    reasons = dict(summary.errors)
    assert len(reasons) == 6 and summary.articles_saved == ()
    assert sum(reason.startswith("response not complete within the deadline") for reason in reasons.values()) == 3
    assert sum(reason.startswith("not requested: 3 requests in a row") for reason in reasons.values()) == 3
    assert requests_made == 6  # 3 URLs × (try + one retry); the other 3 URLs cost no request
    assert elapsed < 10
    assert summary.unreachable == (base,)


@pytest.mark.slow
def test_4_an_unreachable_host_is_reported_as_such_and_fails_the_crawl(tmp_path):
    port = free_port()  # nothing listens there
    result = invoke("crawl", f"http://127.0.0.1:{port}/cong-doan", "--delay", "0", "--out", str(tmp_path))
    assert result.exit_code == 1
    assert "disallowed" not in result.output
    assert f"error    http://127.0.0.1:{port}/cong-doan (host could not be reached: connection failed" in result.stderr
    assert f"error: http://127.0.0.1:{port}: the host could not be reached" in result.stderr


# --- 5. heavy queries: time and memory are bounded --------------------------------------------------


def measured(*args: str, timeout: float = 120) -> tuple[subprocess.CompletedProcess, float, float]:
    """``thidua ARGS`` in a process of its own: the result, its wall time and its peak memory (MB).

    The peak is the process's own high-water mark (``VmHWM``, kB): on Linux ``ru_maxrss`` survives the exec of a
    forked child, so it would report the test runner's size at the fork (which grows over a session), not the
    query's."""
    code = ("import resource, sys\nfrom pipeline.cli import app\nsys.argv = ['thidua', *sys.argv[1:]]\n"
            "def peak():\n"
            "    try:\n"
            "        return next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
            "    except (OSError, StopIteration):\n"
            "        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
            "try:\n    app()\nfinally:\n"
            "    print(f'peak-rss {peak()}', file=sys.stderr)\n")
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout)
    elapsed = time.monotonic() - started
    peak = [line for line in result.stderr.splitlines() if line.startswith("peak-rss ")]
    return result, elapsed, int(peak[-1].split()[1]) / 1024 if peak else float("nan")


RUNAWAY = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x, x * x FROM c"


@pytest.fixture(scope="module")
def idle_query_mb(corpus_db) -> float:
    """Peak memory of `thidua query "SELECT 1"`: the interpreter and the imports, the floor of every query."""
    result, _, peak_mb = measured("query", "SELECT 1", "--db", str(corpus_db))
    assert result.returncode == 0, result.stderr
    return peak_mb


@pytest.mark.slow
@pytest.mark.parametrize("fmt, sql", [("csv", RUNAWAY), ("json", RUNAWAY), ("table", f"SELECT count(*) FROM ({RUNAWAY})")])
def test_5_a_runaway_recursive_query_stops_at_its_time_limit(corpus_db, idle_query_mb, fmt, sql):
    result, elapsed, peak_mb = measured("query", sql, "--db", str(corpus_db), "--time-limit", "2", "--format", fmt)
    assert result.returncode == 1
    assert error_lines(result.stderr) == [
        "error: query stopped: it ran longer than its time limit of 2 s (--time-limit SECONDS; 0 for none)"
    ]
    assert elapsed < 30  # start-up included; without the limit it never ends
    assert peak_mb - idle_query_mb < 64  # the rows are streamed, never all held
    assert DEFAULT_TIME_LIMIT == 30


@pytest.mark.slow
def test_5_a_runaway_query_shown_as_a_table_stops_at_its_row_cap(corpus_db, idle_query_mb):
    result, elapsed, peak_mb = measured("query", RUNAWAY, "--db", str(corpus_db), "--max-rows", "1000")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[0] == "(first 1000 rows shown: --max-rows N for more, or --format csv|json for every row)"
    assert result.stdout.count("│") // 3 == 1000
    assert peak_mb - idle_query_mb < 64


@pytest.mark.slow
def test_5_a_huge_value_is_refused_at_once_without_taking_the_memory(corpus_db, idle_query_mb):
    result, elapsed, peak_mb = measured("query", "select length(hex(randomblob(499999999)))", "--db", str(corpus_db))
    assert result.returncode == 1
    assert error_lines(result.stderr) == [
        "error: query stopped: string or blob too big (one value may hold at most 64 MiB here)"
    ]
    assert peak_mb - idle_query_mb < 64  # it allocated about 1.5 GB before
    heap = run("query", "PRAGMA hard_heap_limit", "--db", str(corpus_db), "--format", "csv")
    assert heap.stdout.splitlines() == ["hard_heap_limit", str(DEFAULT_HEAP_LIMIT)]
    refused = invoke("query", "PRAGMA hard_heap_limit(0)", "--db", str(corpus_db))
    assert refused.exit_code == 1 and "a PRAGMA that sets a value is a write" in refused.stderr


def rss_mb(pid: int, field: str = "VmHWM") -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")




@pytest.mark.slow
def test_5_serve_bounds_heavy_queries_and_refuses_writes_with_one_line_each(corpus_db, tmp_path):
    log = tmp_path / "serve.log"
    with serving_process(corpus_db, log, timeout=90, command=thidua()) as (base, process):
        before = rss_mb(process.pid)
        started = time.monotonic()
        for _ in range(3):
            answer = requests.get(f"{base}/thidua.json", params={"sql": "select length(hex(randomblob(499999999)))"}, timeout=60)
            assert answer.status_code == 400 and "too big" in answer.json()["error"]
        heavy_seconds = time.monotonic() - started
        grown = rss_mb(process.pid) - before
        assert requests.get(f"{base}/thidua.json", params={"sql": "select count(*) from articles"}, timeout=30).json()["rows"] == [[5]]
        writes = ["/thidua/articles", "/thidua/articles/-/insert", "/thidua/activities", "/thidua?sql=delete+from+articles",
                  "/thidua/-/create"]
        for path in writes:
            answer = requests.post(base + path, json={"row": {"title": "x"}}, timeout=30)
            assert answer.status_code == 405 and answer.headers["allow"] == "GET, HEAD, OPTIONS", path
            assert "read-only" in answer.text
        assert requests.delete(f"{base}/thidua/articles", timeout=30).status_code == 405
        time.sleep(0.5)
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in text
    refused = [line for line in text.splitlines() if line.startswith("note: refused ")]
    assert refused == [f"note: refused POST {path.split('?')[0]}: thidua serve is read-only (405)" for path in writes] + [
        "note: refused DELETE /thidua/articles: thidua serve is read-only (405)"]
    assert heavy_seconds < 15 and grown < 100  # about 1 GB per request before
    assert rows(corpus_db, "SELECT count(*) FROM articles") == [(5,)]


# --- 6. read-only media -----------------------------------------------------------------------------------


def read_only(folder: Path) -> tuple[str, ...]:
    """A command prefix under which ``folder`` is a read-only mount (root), or nothing after chmod (a user)."""
    if not IS_ROOT:
        folder.chmod(0o555)
        return ()
    return ("unshare", "--mount", "sh", "-c", 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"',
            str(folder))


@pytest.mark.slow
def test_6_a_dataset_on_read_only_media_is_queried_as_immutable(corpus_db, tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    shutil.copy(corpus_db, media / "thidua.sqlite")  # WAL mode, without its -wal and -shm files
    assert (media / "thidua.sqlite").read_bytes()[18:20] == b"\x02\x02"  # WAL mode (file format 2), as a build leaves it
    prefix = read_only(media)
    try:
        result = run("query", "SELECT count(*) FROM articles", "--db", str(media / "thidua.sqlite"), "--format", "csv",
                     prefix=prefix)
        touched = subprocess.run([*prefix, "touch", str(media / "x")], capture_output=True, text=True)
    finally:
        media.chmod(0o755)
    assert touched.returncode != 0  # the folder really cannot be written
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["count(*)", "5"]
    assert result.stderr.splitlines() == [
        f"note: {media / 'thidua.sqlite'} is on read-only media (its folder cannot be written, so SQLite cannot make "
        "its -shm file): opened immutable, without locks"
    ]
    assert sorted(p.name for p in media.iterdir()) == ["thidua.sqlite"]


# --- 7. deleted inputs -------------------------------------------------------------------------------------


def test_7_articles_of_deleted_inputs_are_counted_then_pruned_with_their_facts(tmp_path):
    folder = tmp_path / "in"
    files = two_articles(folder)
    db = tmp_path / "thidua.sqlite"
    assert invoke("build", str(folder), "--db", str(db), "--workers", "1").exit_code == 0
    [(gone_id,)] = rows(db, "SELECT article_id FROM articles WHERE raw_path = ?", str(files[0]))
    facts = "SELECT (SELECT count(*) FROM sentences WHERE article_id = ?) + (SELECT count(*) FROM activities WHERE article_id = ?)"
    assert rows(db, facts, gone_id, gone_id)[0][0] > 0
    files[0].unlink()

    result = invoke("build", str(folder), "--db", str(db), "--workers", "1")
    assert result.exit_code == 0, result.output
    assert ("1 stored article has no input left (its file under the paths given is gone): `thidua build --prune` "
            "removes them") in result.stdout
    assert rows(db, "SELECT count(*) FROM articles") == [(2,)]  # kept until asked

    result = invoke("build", str(folder), "--db", str(db), "--workers", "1", "--prune")
    assert result.exit_code == 0, result.output
    assert "pruned: 1 stored article whose input is gone removed, with their facts" in result.stdout
    assert "no input left" not in result.stdout
    assert rows(db, "SELECT raw_path FROM articles") == [(str(files[1]),)]
    assert rows(db, "SELECT path FROM inputs") == [(str(files[1]),)]
    assert rows(db, facts, gone_id, gone_id) == [(0,)]
    result = invoke("build", str(folder), "--db", str(db), "--workers", "1", "--prune")
    assert "pruned" not in result.stdout and rows(db, "SELECT count(*) FROM articles") == [(1,)]


# --- 8. smaller: deep HTML, a closed pipe, a truncated copy ---------------------------------------------------


def nested(html: str, depth: int) -> str:
    start = html.index(">", html.index("<body")) + 1
    end = html.rindex("</body>")
    return html[:start] + "<div>" * depth + html[start:end] + "</div>" * depth + html[end:]


def test_8_html_nested_deeper_than_255_elements_keeps_its_article(tmp_path, extraction_resources):
    page = shared_path("pages", "html", "dantri_01.html").read_text(encoding="utf-8")
    outcomes = {}
    for depth in (0, 300, 3000):
        path = tmp_path / f"deep_{depth}.html"
        path.write_text(nested(page, depth), encoding="utf-8")
        outcomes[depth] = process_input(str(path), extraction_resources)
    flat, deep = outcomes[0].processed[0], outcomes[300].processed[0]
    assert not outcomes[300].failures
    assert (deep.article.title, deep.article.paragraphs, deep.facts) == (flat.article.title, flat.article.paragraphs, flat.facts)
    [failure] = outcomes[3000].failures  # deeper than even huge_tree reads: said so
    assert failure.message.endswith("(the HTML nests elements more than 2048 deep; what lies deeper is not read)")
    assert "listing or home page" not in failure.message


def test_8_output_piped_into_head_ends_quietly(corpus_db):
    sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 200000) SELECT x FROM c"
    for fmt in ("csv", "json"):
        process = subprocess.Popen(thidua("query", sql, "--db", str(corpus_db), "--format", fmt), stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, cwd=ROOT)
        first = process.stdout.readline()  # `| head -1`
        process.stdout.close()
        stderr = process.stderr.read().decode()
        process.wait(timeout=120)
        assert first in (b"x\n", b"[\n")
        assert stderr == "" and process.returncode == 141  # as a program stopped by SIGPIPE; no BrokenPipeError


def test_8_a_truncated_copy_of_a_page_is_stored_as_a_duplicate(tmp_path):
    page = shared_path("pages", "html", "dantri_01.html").read_bytes()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_full.html").write_bytes(page)
    (folder / "b_cut.html").write_bytes(page[: len(page) * 9 // 10])  # the download stopped at 90 %
    db = tmp_path / "thidua.sqlite"
    result = invoke("build", str(folder), "--db", str(db), "--workers", "1")
    assert result.exit_code == 0, result.output
    assert rows(db, "SELECT articles_new, articles_duplicate, articles_failed FROM runs") == [(1, 1, 0)]
    [(body,)] = rows(db, "SELECT body FROM articles WHERE duplicate_of IS NULL")
    assert rows(db, "SELECT raw_path FROM articles WHERE duplicate_of IS NULL") == [(str(folder / "a_full.html"),)]
    assert len(body) > 1000
