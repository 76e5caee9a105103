"""The incremental build: input files → ``process_page`` → the dataset, one committed batch at a time.

The parent walks the inputs lazily and skips, without reading them, the files whose size, mtime and
pipeline version match a previous clean ingest (the ``inputs`` table). The others go through
``process_input`` — a pure function of a path and the extraction resources, safe to run in a worker
process — and the parent alone writes their results, ``batch_size`` inputs per transaction. A killed
build therefore loses at most the batch in flight, and the next build finishes the job.
"""
from __future__ import annotations

from collections import Counter
from contextlib import closing, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter
from typing import Callable, Iterable

from ..dataset.canonical import refresh as refresh_canonical
from ..dataset.copies import refresh_near_duplicates
from .engines import Engine, Task, local_engine
from ..extract import ExtractionResources
from ..ingest.files import iter_input_files
from .process import InputOutcome, failure_of, file_sha256, process_input
from ..records import Failure
from .version import pipeline_version
from ..dataset.store import CHANGED, DUPLICATE, NEW, UNCHANGED, Store

DEFAULT_BATCH_SIZE = 200
FAILED = "failed"
STATUSES = ("new", "changed", "unchanged", "duplicate", "failed")


def _same_bytes(path: Path, stat: tuple[int, int], previous: tuple, version: str) -> bool:
    """A file with a new mtime but its old size, pipeline version and bytes (touched, copied, checked out)."""
    return previous[2] == version and previous[0] == stat[0] and bool(previous[5]) and file_sha256(path) == previous[5]


@dataclass(frozen=True, slots=True)
class InputReport:
    """Progress of one input, for the caller's progress display."""

    path: str
    statuses: tuple[str, ...]  # one per article: new, changed, unchanged, duplicate, failed
    failures: tuple[Failure, ...] = ()
    skipped: bool = False  # unchanged since the last build: not even read


@dataclass(slots=True)
class BuildSummary:
    run_id: int
    db: str
    pipeline_version: str
    inputs: int = 0
    skipped_inputs: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    duplicate: int = 0
    failed: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    failures: list[Failure] = field(default_factory=list)  # the first MAX_KEPT_FAILURES

    @property
    def seen(self) -> int:
        return self.new + self.changed + self.unchanged + self.duplicate + self.failed

    def counts(self) -> dict[str, int]:
        return {"seen": self.seen, "new": self.new, "changed": self.changed, "unchanged": self.unchanged,
                "duplicate": self.duplicate, "failed": self.failed}

    def add(self, status: str, count: int = 1) -> None:
        setattr(self, status, getattr(self, status) + count)


MAX_KEPT_FAILURES = 1000


def _stat(path: Path) -> tuple[int, int] | Failure:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return Failure(str(path), "read", "ReadError", f"{path}: file not found (missing or removed)")
    except OSError as error:
        return Failure(str(path), "read", "ReadError", f"{path}: cannot read: {error.strerror or error}")
    return stat.st_size, stat.st_mtime_ns


def build(
    paths: Iterable[str | Path],
    db: str | Path,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    resources: ExtractionResources | None = None,
    on_input: Callable[[InputReport], None] | None = None,
    before_batch: Callable[[list[str]], None] | None = None,
    workers: int = 1,
    engine: Engine | None = None,
    task: Task = process_input,
) -> BuildSummary:
    """Bring the dataset at ``db`` up to date with the inputs under ``paths``.

    ``on_input`` is called once per input as it is written (for progress; the batch commits after);
    ``before_batch`` with the paths about to be
    read (a seam for tests and for schedulers). Ctrl-C rolls back the batch in flight, marks the run
    interrupted and re-raises.

    The inputs are processed by ``engine`` (``pipeline.engines``; the caller keeps it open across
    builds and closes it), else by ``workers`` local processes (1: this process), and written in
    input order whatever the engine: the dataset does not depend on it. ``task`` is the per-input
    function of the local engine (``process_input``; tests hand in a failing one).
    """
    paths = [str(p) for p in paths]
    version = pipeline_version()
    started = perf_counter()
    runner = engine or local_engine(workers, resources, task)  # a pool starts only when work is due
    with Store(db) as store, (closing(runner) if engine is None else nullcontext()):
        run_id = store.start_run(version, paths)
        summary = BuildSummary(run_id=run_id, db=str(db), pipeline_version=version)
        known = store.known_inputs()
        report = on_input or (lambda _report: None)

        def flush(batch: list[tuple[str, int, int]]) -> None:
            if before_batch:
                before_batch([path for path, _, _ in batch])
            # Results are written as they come (a worker pool's imap fits here), one transaction per batch;
            # readers see nothing of the batch until its commit (WAL), and a kill rolls all of it back.
            with store.transaction():
                for (path, size, mtime), outcome in zip(batch, runner.map([path for path, _, _ in batch]), strict=True):
                    report(_write(store, outcome, size, mtime, version, run_id, summary))
                store.update_run(run_id, summary.counts())

        batch: list[tuple[str, int, int]] = []
        touched: list[tuple[str, int, int]] = []
        try:
            for path in iter_input_files(paths):
                summary.inputs += 1
                stat = _stat(path)
                if isinstance(stat, Failure):
                    with store.transaction():
                        _fail(store, summary, run_id, stat)
                    report(InputReport(str(path), (FAILED,), (stat,)))
                    continue
                previous = known.get(str(path))
                if previous and previous[:3] != (*stat, version) and _same_bytes(path, stat, previous, version):
                    touched.append((str(path), *stat))  # the index learns the new mtime: no hashing next time
                    previous = (*stat, version, *previous[3:])
                if previous and previous[:3] == (*stat, version):
                    summary.skipped_inputs += 1
                    summary.add(UNCHANGED, previous[3])
                    summary.add(DUPLICATE, previous[4])
                    report(InputReport(str(path), (UNCHANGED,) * previous[3] + (DUPLICATE,) * previous[4], skipped=True))
                    continue
                batch.append((str(path), *stat))
                if len(batch) >= batch_size:
                    flush(batch)
                    batch = []
            if batch:
                flush(batch)
            with store.transaction():
                store.touch_inputs(touched)
                if store.modified:  # a no-op rerun must stay cheap: nothing to prune or regroup
                    store.prune()
                    refresh_canonical(store.conn)  # auto campaign aliases and implied parents; analyst rows kept
                    refresh_near_duplicates(store.conn)  # syndicated copies: each story counted once
                summary.seconds = perf_counter() - started
                store.update_run(run_id, summary.counts(), status="done")
        except KeyboardInterrupt:
            summary.interrupted = True
            summary.seconds = perf_counter() - started
            store.update_run(run_id, summary.counts(), status="interrupted")
            raise
    return summary


def _fail(store: Store, summary: BuildSummary, run_id: int, failure: Failure) -> None:
    store.record_error(run_id, failure)
    summary.add(FAILED)
    if len(summary.failures) < MAX_KEPT_FAILURES:
        summary.failures.append(failure)


def _write(store: Store, outcome: InputOutcome, size: int, mtime: int, version: str, run_id: int, summary: BuildSummary) -> InputReport:
    """Store one input's articles (each in its own savepoint) and record its failures."""
    statuses: list[str] = []
    failures = list(outcome.failures)
    for processed in outcome.processed:
        try:
            with store.savepoint():
                status = store.put(processed, version, run_id, outcome.path)
        except Exception as error:  # a store failure for one article (e.g. a constraint) spares the rest
            failures.append(failure_of(processed.article.raw_path or outcome.path, "store", error))
            continue
        statuses.append(status)
        summary.add(status)
    for failure in failures:
        _fail(store, summary, run_id, failure)
        statuses.append(FAILED)
    if not failures:  # only a clean input is skipped next time; a failing one is retried
        counts = Counter(statuses)
        store.mark_input(
            outcome.path, size, mtime, version, len(statuses) - counts[DUPLICATE], counts[DUPLICATE], run_id, outcome.sha256
        )
    return InputReport(outcome.path, tuple(statuses), tuple(failures))


__all__ = [
    "BuildSummary", "InputOutcome", "InputReport", "build", "pipeline_version", "process_input",
    "NEW", "CHANGED", "UNCHANGED", "DUPLICATE", "FAILED", "STATUSES",
]
