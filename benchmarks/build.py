"""Build throughput: articles/s for ingest + clean + extract + store, the no-op rerun, peak memory.

Makes ``--articles`` distinct articles from the real ones (``corpus/*.txt`` and, when present,
``../shared/articles/*.txt``, read in place): each variant gets its own URL and one more sentence in
its longest paragraph, so none is a duplicate. They are written to a temporary folder, built into a
fresh dataset on one core, then built again (nothing to do). A second fresh build with extraction
switched off shows what cleaning and storing cost alone.

    .venv/bin/python benchmarks/build.py [--articles 1000] [--batch-size 200]

The variants repeat their sources' sentences (each real article about 6.6 times), so whatever the build reads per
sentence and keeps (underthesea's tokenizer caches its sentences) is read once in about seven: the last line builds
every real article once, no sentence twice, the figure for a corpus of new articles.

Targets (issue 3): >= 200 articles/s, no-op rerun of 1,000 articles < 2 s, peak RSS < 500 MB.
"""
from __future__ import annotations

import argparse
from functools import partial
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.build import build, process_input  # noqa: E402
from pipeline.build.engines import InProcessEngine  # noqa: E402
from pipeline.build.process import Processed, content_hash  # noqa: E402
from pipeline.clean import clean_page  # noqa: E402
from pipeline.text import split_sentences  # noqa: E402
from synthetic import source_texts, write_distinct, write_variants  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


PROCESSING = [0.0]  # seconds spent in the engine (read + clean + extract), the rest is walking and storing


class TimedEngine(InProcessEngine):
    """The build's own process as ``thidua build`` runs it, with the time spent in its ``map`` counted."""

    def map(self, paths):
        outcomes = super().map(paths)
        while True:
            started = time.perf_counter()
            try:
                outcome = next(outcomes)
            except StopIteration:
                return
            finally:
                PROCESSING[0] += time.perf_counter() - started
            yield outcome


def without_extraction(page, resources):
    """Ingest + clean + split only: what the build costs without the extractors."""
    article = clean_page(page)
    return Processed(article=article, sentences=split_sentences(article), content_hash=content_hash(article.text))


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


CPU = [0.0]  # CPU seconds of the last timed build: the fair figure when other work shares the machine


def timed_build(folder: Path, db: Path, batch_size: int, process=None):
    """A fresh build of ``folder`` in this process, timed; ``process``: another per-article function."""
    PROCESSING[0] = 0.0
    engine = TimedEngine() if process is None else TimedEngine(task=partial(process_input, process=process))
    started, cpu_started = time.perf_counter(), cpu_seconds()
    with engine:
        summary = build([folder], db, batch_size=batch_size, engine=engine)
    CPU[0] = cpu_seconds() - cpu_started
    return summary, time.perf_counter() - started


def split(seconds: float) -> str:
    return (f"(read+clean+extract {PROCESSING[0]:.2f} s, walk+store {seconds - PROCESSING[0]:.2f} s; "
            f"CPU {CPU[0]:.2f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--distinct", action="store_true", help="Only the build of every real article once.")
    args = parser.parse_args()
    if args.distinct:
        distinct_build(args.batch_size)
        return

    with tempfile.TemporaryDirectory(prefix="thidua-bench-") as tmp:
        folder, tmp_path = Path(tmp) / "in", Path(tmp)
        folder.mkdir()
        size = write_variants(folder, args.articles)
        print(f"{args.articles} articles ({size / 2**20:.1f} MiB) made from {len(source_texts())} real ones")

        summary, seconds = timed_build(folder, tmp_path / "full.sqlite", args.batch_size)
        assert summary.new == args.articles and summary.failed == 0, summary.counts()
        print(f"first build (ingest+clean+extract+store): {seconds:6.2f} s  {args.articles / seconds:7.1f} articles/s "
              f"{split(seconds)}")

        rerun, rerun_seconds = timed_build(folder, tmp_path / "full.sqlite", args.batch_size)
        assert rerun.unchanged == args.articles, rerun.counts()
        print(f"no-op rerun, in process:                   {rerun_seconds:6.2f} s")
        command = [  # the CLI of this checkout, as `thidua build` runs it
            sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); from pipeline.cli import app; app()",
            "build", str(folder), "--db", str(tmp_path / "full.sqlite"),
        ]
        for _attempt in range(3):  # a code edit during the benchmark changes the pipeline version: retry
            started = time.perf_counter()
            cli = subprocess.run(command, capture_output=True, text=True)
            cli_seconds = time.perf_counter() - started
            assert cli.returncode == 0, cli.stderr
            if f"{args.articles} unchanged since the last build" in cli.stdout:
                break
            print("  (the pipeline version changed under the benchmark: code or resources edited; again)")
        print(f"no-op rerun, `thidua build` from the shell:   {cli_seconds:6.2f} s (process start and imports included)")
        rss_full = peak_rss_mb()

        bare, bare_seconds = timed_build(folder, tmp_path / "bare.sqlite", args.batch_size, without_extraction)
        assert bare.new == args.articles, bare.counts()
        print(f"first build, extraction off (ingest+clean+store): {bare_seconds:6.2f} s  "
              f"{args.articles / bare_seconds:7.1f} articles/s {split(bare_seconds)}")
        print(f"peak RSS: {rss_full:.0f} MB after the full builds, {peak_rss_mb():.0f} MB at the end (one process, one core)")

    # in a process of its own, so that nothing the variants' build read is known to it
    distinct = subprocess.run([sys.executable, __file__, "--distinct", "--batch-size", str(args.batch_size)],
                              capture_output=True, text=True)
    print(distinct.stdout.rstrip() or f"(the build of the distinct articles failed: {distinct.stderr.strip()[-300:]})")


def distinct_build(batch_size: int) -> None:
    """A fresh build of every real article once: no sentence read twice (caches cold, as for a corpus of new articles)."""
    with tempfile.TemporaryDirectory(prefix="thidua-bench-") as tmp:
        count = write_distinct(Path(tmp) / "in")
        summary, seconds = timed_build(Path(tmp) / "in", Path(tmp) / "distinct.sqlite", batch_size)
        assert summary.new + summary.duplicate == count and summary.failed == 0, summary.counts()
        print(f"first build of {count} distinct real articles (no sentence read twice): {seconds:6.2f} s  "
              f"{count / seconds:7.1f} articles/s {split(seconds)}")


if __name__ == "__main__":
    main()
