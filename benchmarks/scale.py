"""Scaling: build throughput on 1 and 2 local workers and on a 2-worker Dask LocalCluster; peak memory
per worker; the no-op rerun over 10,000 and 100,000 inputs.

Throughput: ``--articles`` distinct articles (default 2,000) are made from the real ones
(``corpus/*.txt`` and, when present, ``../shared/articles/*.txt``, read in place): each variant gets
its own URL and a sentence of its own (with its own figures) in its longest paragraph, so none is a
duplicate. They are written to a temporary folder and built into a fresh dataset by
each engine, each in a subprocess of its own (so that its parent's peak RSS is its own). The datasets
are compared (row counts of every table) to check that the engines agree.

No-op rerun: a synthetic index — ``N`` tiny files in folders of 1,000, and their rows in the
``inputs`` table as a previous clean build would have left them (size, mtime, pipeline version) —
then ``build()`` in process and ``thidua build`` from the shell, timed; plus the index check alone
(one query loading ``inputs`` into a dict, one ``stat`` per file).

    .venv/bin/python benchmarks/scale.py [--articles 2000] [--noop 10000 100000] [--skip-throughput]

The code measured is a snapshot of ``pipeline/`` and ``models/`` taken at the start (in the temporary
folder), so that edits made in the working tree while the benchmark runs change nothing in it.

Prints a Markdown table (the one in README.md, section Scaling).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The code under test: the snapshot when given (set before the process starts, so that processes spawned
# from this one — Dask's workers re-run this module's top — import it too), else the checkout.
sys.path.insert(0, os.environ.get("THIDUA_BENCH_CODE") or str(ROOT))
from synthetic import source_texts, write_variants  # noqa: E402


def peak_rss_mb(pid: int | None = None) -> float:
    if pid is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _worker_peak_rss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker_code(_: object = None) -> str:
    import pipeline

    return pipeline.__file__


# --- one configuration, in its own process ------------------------------------------------------------


def snapshot(tmp: Path) -> Path:
    """A copy of the code and models, first on sys.path (workers inherit it)."""
    code = tmp / "code"
    for name in ("pipeline", "models"):
        shutil.copytree(ROOT / name, code / name, ignore=shutil.ignore_patterns("__pycache__"))
    use_code(code)
    return code


def use_code(code: Path) -> None:
    sys.path.insert(0, str(code))
    os.environ["PYTHONPATH"] = str(code)  # for the shell command and any process started from here


def run_one(config: str, folder: Path, db: Path, batch_size: int) -> dict:
    from pipeline.build.incremental import build
    from pipeline.build.engines import InProcessEngine, ProcessEngine

    if config == "local-1":
        engine = InProcessEngine()
    elif config == "local-2":
        engine = ProcessEngine(2)
    else:
        from pipeline.build.dask_engine import DaskEngine

        engine = DaskEngine(workers=2)
    started = time.perf_counter()
    summary = build([folder], db, engine=engine, batch_size=batch_size)
    seconds = time.perf_counter() - started
    if config == "local-1":
        workers = [peak_rss_mb()]
    elif config == "local-2":
        workers = [peak_rss_mb(pid) for pid in (engine._pool._processes or {})] if engine._pool else []
    else:
        workers = list(engine.client.run(_worker_peak_rss).values())
    if config == "local-2":
        worker_code = engine._executor().submit(_worker_code).result()
    elif config == "dask-2":
        worker_code = sorted(set(engine.client.run(_worker_code).values()))[0]
    else:
        worker_code = None
    engine.close()
    import pipeline

    return {"config": config, "seconds": seconds, "counts": summary.counts(), "parent_rss": peak_rss_mb(),
            "worker_rss": workers, "version": summary.pipeline_version, "code": pipeline.__file__,
            "worker_code": worker_code}


def table_counts(db: Path) -> dict[str, int]:
    import sqlite3

    from pipeline.dataset.export import data_tables

    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in data_tables(conn)
                if t not in ("runs", "schema_migrations", "campaign_aliases")}
    finally:
        conn.close()


# --- the no-op rerun over a synthetic index ------------------------------------------------------------


def synthetic_index(folder: Path, db: Path, count: int) -> None:
    """``count`` tiny inputs and their ``inputs`` rows, as a clean build leaves them (no article rows)."""
    from pipeline.build.incremental import pipeline_version
    from pipeline.dataset.store import Store

    version = pipeline_version()
    rows = []
    for number in range(count):
        shard = folder / f"{number // 1000:03d}"
        if number % 1000 == 0:
            shard.mkdir(parents=True)
        path = shard / f"{number:06d}.txt"
        path.write_text(f"Tin số {number}\n\nCông đoàn cơ sở số {number} tổ chức hội nghị.\n", encoding="utf-8")
        stat = path.stat()
        rows.append((str(path), stat.st_size, stat.st_mtime_ns, version, 1, 0, 0))
    with Store(db) as store:
        with store.transaction():
            store.conn.executemany(
                "INSERT INTO inputs (path, size, mtime_ns, pipeline_version, articles, duplicates, run_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", rows,
            )


def noop(count: int, tmp: Path) -> dict:
    from pipeline.build.incremental import build, pipeline_version
    from pipeline.ingest.files import iter_input_files
    from pipeline.dataset.store import Store

    folder, db = tmp / f"noop{count}", tmp / f"noop{count}.sqlite"
    started = time.perf_counter()
    synthetic_index(folder, db, count)
    made = time.perf_counter() - started

    started = time.perf_counter()  # the index check alone: one query, then a stat per file
    with Store(db) as store:
        known = store.known_inputs()
    version = pipeline_version()
    due = 0
    for path in iter_input_files([folder]):
        stat = path.stat()
        if known.get(str(path), (None,) * 3)[:3] != (stat.st_size, stat.st_mtime_ns, version):
            due += 1
    check = time.perf_counter() - started
    assert due == 0

    started = time.perf_counter()
    summary = build([folder], db)
    in_process = time.perf_counter() - started
    assert summary.skipped_inputs == count, summary.counts()

    command = [sys.executable, "-c", "from pipeline.cli import app; app()", "build", str(folder), "--db", str(db)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=tmp)  # not the checkout: the snapshot's code
    shell = time.perf_counter() - started
    assert done.returncode == 0 and f"{count} unchanged since the last build" in done.stdout, done.stdout + done.stderr
    return {"count": count, "made": made, "check": check, "in_process": in_process, "shell": shell}


class _Tee:
    """stdout that is also written to a file."""

    def __init__(self, stream, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.stream, self.file = stream, path.open("w", encoding="utf-8")

    def write(self, text: str) -> int:
        self.file.write(text)
        self.file.flush()
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--noop", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--configs", nargs="*", default=["local-1", "local-2", "dask-2"])
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--one", nargs=4, metavar=("CONFIG", "FOLDER", "DB", "CODE"), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help="Also write the report here (make docs BENCH=1: docs/benchmarks/scale.txt).")
    args = parser.parse_args()

    if args.one:
        config, folder, db, code = args.one
        use_code(Path(code))
        print(json.dumps(run_one(config, Path(folder), Path(db), args.batch_size)))
        return

    if args.out:  # the report as printed, for README.md (make docs quotes it)
        sys.stdout = _Tee(sys.stdout, args.out)
    import platform
    from datetime import date

    print(f"{date.today().isoformat()}, {platform.machine()} {platform.system()}, python {platform.python_version()}; "
          f"machine: {os.cpu_count()} cores; load average before: {os.getloadavg()[0]:.1f}", flush=True)
    lines = []
    with tempfile.TemporaryDirectory(prefix="thidua-scale-") as tmp_name:
        tmp = Path(tmp_name)
        code = snapshot(tmp)
        if not args.skip_throughput:
            folder = tmp / "in"
            folder.mkdir()
            size = write_variants(folder, args.articles, per_folder=1000)
            print(f"{args.articles} articles ({size / 2**20:.1f} MiB) made from {len(source_texts())} real ones", flush=True)
            results, counts = [], {}
            for config in args.configs:
                db = tmp / f"{config}.sqlite"
                done = subprocess.run([sys.executable, __file__, "--batch-size", str(args.batch_size), "--one", config,
                                       str(folder), str(db), str(code)], capture_output=True, text=True,
                                      cwd=tmp, env={**os.environ, "THIDUA_BENCH_CODE": str(code)})
                assert done.returncode == 0, done.stderr[-3000:]
                result = json.loads(done.stdout.strip().splitlines()[-1])
                assert result["counts"]["new"] == args.articles and result["counts"]["failed"] == 0, result["counts"]
                assert result["code"].startswith(str(code)), result["code"]
                assert (result["worker_code"] or str(code)).startswith(str(code)), result["worker_code"]
                counts[config] = table_counts(db)
                results.append(result)
                print(f"  {config}: {result['seconds']:.1f} s", flush=True)
            assert len({r["version"] for r in results}) == 1, [r["version"] for r in results]
            if all(c == counts[args.configs[0]] for c in counts.values()):
                print(f"  the {len(results)} datasets hold the same rows per table (pipeline {results[0]['version']})")
            else:  # kept for a look: the engines must agree
                kept = Path(tempfile.mkdtemp(prefix="thidua-scale-mismatch-"))
                for config in args.configs:
                    shutil.copy(tmp / f"{config}.sqlite", kept)
                print(f"  MISMATCH between the engines' datasets (kept in {kept}): {counts}")
            base = results[0]["seconds"]
            lines += [
                f"| build of {args.articles:,} articles | wall time | articles/s | speed-up | peak RSS per worker | parent peak RSS |",
                "|---|---:|---:|---:|---|---:|",
            ]
            names = {"local-1": "1 worker (no pool)", "local-2": "2 local workers (process pool)",
                     "dask-2": "Dask LocalCluster, 2 workers"}
            for r in results:
                workers = ", ".join(f"{mb:.0f}" for mb in r["worker_rss"]) + " MB" if r["config"] != "local-1" else "(the parent)"
                lines.append(f"| {names.get(r['config'], r['config'])} | {r['seconds']:.1f} s | "
                             f"{args.articles / r['seconds']:.1f} | ×{base / r['seconds']:.2f} | {workers} | {r['parent_rss']:.0f} MB |")
            lines.append("")
        if args.noop:
            lines += ["| no-op rerun | index check alone | `build()` in process | `thidua build` from the shell |",
                      "|---|---:|---:|---:|"]
            for count in args.noop:
                r = noop(count, tmp)
                print(f"  no-op {count}: {r['in_process']:.2f} s (index made in {r['made']:.1f} s)", flush=True)
                lines.append(f"| {count:,} inputs | {r['check']:.2f} s | {r['in_process']:.2f} s | {r['shell']:.2f} s |")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
