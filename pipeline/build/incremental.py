"""The incremental build: input files → ``process_page`` → the dataset, one committed batch at a time.

The parent walks the inputs lazily and skips, without reading them, the files whose size, mtime and
pipeline version match a previous clean ingest (the ``inputs`` table). The others go through
``process_input`` — a pure function of a path and the extraction resources, safe to run in a worker
process — and the parent alone writes their results, ``batch_size`` inputs per transaction. A killed
build therefore loses at most the batch in flight, and the next build finishes the job.
"""
from __future__ import annotations

import logging

import os
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
from ..ingest.files import iter_input_files, printable_path
from ..dataset.learned import articles_holding, learn, learned_names, quoted_in_articles
from ..dataset.schema import now
from .process import InputOutcome, failure_of, file_sha256, process_input
from ..records import Failure
from .version import pipeline_version
from ..dataset.store import CHANGED, DUPLICATE, NEW, UNCHANGED, Store

log = logging.getLogger(__name__)

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
    orphaned: int = 0  # stored articles from an input under the paths that is gone (not pruned)
    pruned: int = 0  # stored articles removed because their input is gone (``prune=True``)
    relearned: int = 0  # stored articles read again for campaign names learned in this run

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
        return Failure(str(path), "read", "ReadError", f"{printable_path(path)}: file not found (missing or removed)")
    except OSError as error:
        return Failure(str(path), "read", "ReadError", f"{printable_path(path)}: cannot read: {error.strerror or error}")
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
    models: bool = True,
    prune: bool = False,
) -> BuildSummary:
    """Bring the dataset at ``db`` up to date with the inputs under ``paths``.

    ``on_input`` is called once per input as it is written (for progress; the batch commits after);
    ``before_batch`` with the paths about to be
    read (a seam for tests and for schedulers). Ctrl-C rolls back the batch in flight, marks the run
    interrupted and re-raises.

    The inputs are processed by ``engine`` (``pipeline.engines``; the caller keeps it open across
    builds and closes it), else by ``workers`` local processes (1: this process), and written in
    input order whatever the engine: the dataset does not depend on it. ``task`` is the per-input
    function of the local engine (``process_input``; tests hand in a failing one). ``models=False`` builds
    with the rules alone (``--no-models``); the pipeline version says so.

    An article whose input file under ``paths`` is gone (deleted, or moved away) stays stored and is
    counted in ``orphaned``; with ``prune`` it is removed first, with its facts, and so is the file's
    row in ``inputs`` (``pruned`` counts them).
    """
    paths = [str(p) for p in paths]
    version = pipeline_version(models)
    started = perf_counter()
    runner = engine or local_engine(workers, resources, task, models)  # a pool starts only when work is due
    with Store(db) as store, (closing(runner) if engine is None else nullcontext()):
        run_id = store.start_run(version, paths)
        learned = tuple(learned_names(store.conn))
        if hasattr(runner, "learned"):
            runner.learned = learned  # read when the engine loads its resources (lazily)
        summary = BuildSummary(run_id=run_id, db=str(db), pipeline_version=version)
        if prune:
            with store.transaction():
                summary.pruned = _prune_vanished(store, paths)
        known = store.known_inputs()
        walked: set[str] = set()
        report = on_input or (lambda _report: None)

        learning = _Learning(store, run_id, runner)

        def flush(batch: list[tuple[str, int, int]]) -> None:
            if before_batch:
                before_batch([path for path, _, _ in batch])
            # Results are written as they come (a worker pool's imap fits here), one transaction per batch;
            # readers see nothing of the batch until its commit (WAL), and a kill rolls all of it back.
            with store.transaction():
                stored = []
                for (path, size, mtime), outcome in zip(batch, runner.map([path for path, _, _ in batch]), strict=True):
                    report(_write(store, outcome, size, mtime, version, run_id, summary))
                    stored.extend(processed.article.article_id for processed in outcome.processed)
                learning.after_batch(stored)
                store.update_run(run_id, summary.counts())

        batch: list[tuple[str, int, int]] = []
        touched: list[tuple[str, int, int]] = []
        try:
            for path in iter_input_files(paths):
                summary.inputs += 1
                walked.add(str(path))
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
            summary.orphaned = len(_vanished_articles(store, paths, walked))
            with store.transaction():
                store.touch_inputs(touched)
                if store.modified:  # a no-op rerun must stay cheap: nothing to prune or regroup
                    summary.relearned = learning.read_again(version)
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


class _Learning:
    """Campaign names learned as the build goes: the quoted names of each batch are learned when it is written, so
    the later batches read with them; at the end, the stored articles a name learned after they were read can
    change are read again (those whose text holds it, found through the folded search index).

    A first build of a corpus thus reads again only the articles of the batches before a name was met, not every
    article that holds a name some later article quoted.
    """

    def __init__(self, store: Store, run_id: int, runner: Engine) -> None:
        self.store, self.run_id, self.runner = store, run_id, runner
        self.new: list[tuple[str, str]] = []  # learned in this run, in order
        self.read_knowing: dict[str, int] = {}  # article_id -> how many of ``new`` its reading in this run knew

    def after_batch(self, article_ids: list[str]) -> None:
        known = len(self.new) if hasattr(self.runner, "learned") else 0
        for article_id in article_ids:
            self.read_knowing[article_id] = known
        found = quoted_in_articles(self.store.conn, article_ids)
        new = learn(self.store.conn, found, self.run_id, now()) if found else []
        if new:
            self.new.extend(new)
            if hasattr(self.runner, "learned"):
                self.runner.learned = (*self.runner.learned, *new)

    def read_again(self, version: str) -> int:
        """Read again, through the build's engine, the stored articles read without a name they hold; returns how many."""
        holding: dict[str, str] = {}
        for index, (name, _kind) in enumerate(self.new):
            for article_id, raw_path in articles_holding(self.store.conn, [name]).items():
                if self.read_knowing.get(article_id, 0) <= index:
                    holding[article_id] = raw_path
        if not holding:
            return 0
        runner = self.runner
        files = sorted({_input_file(raw_path) for raw_path in holding.values()})
        done = 0
        # Parquet parts (the Dask engine's) keep each article as the build first read it: a second part of the same
        # article would count it twice there; the SQLite dataset gets the article read again.
        parquet = getattr(runner, "parquet", None)
        if parquet:
            runner.parquet = None
        try:
            outcomes = list(runner.map(files))
        finally:
            if parquet:
                runner.parquet = parquet
        for path, outcome in zip(files, outcomes, strict=True):
            for processed in outcome.processed:
                if processed.article.article_id in holding:
                    with self.store.savepoint():
                        self.store.put(processed, version, self.run_id, processed.article.raw_path or path, replace=True)
                    done += 1
        log.info("learned %d campaign names; %d stored articles read again", len(self.new), done)
        return done


def _input_file(raw_path: str) -> str:
    """The file an article was read from: ``archive.warc.gz#3`` is record 3 of ``archive.warc.gz``."""
    head, hash_, tail = raw_path.rpartition("#")
    return head if hash_ and tail.isdigit() and not os.path.lexists(raw_path) else raw_path


def _under(file: str, roots: list[str]) -> bool:
    absolute = os.path.abspath(file)
    return any(absolute == root or absolute.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


def _vanished_articles(store: Store, paths: list[str], walked: set[str] | None = None) -> list[str]:
    """Stored articles (originals and copies) read from a file under ``paths`` that no longer exists.

    Articles of files the walk just saw (``walked``) are not looked at again: a no-op rerun stays cheap.
    """
    roots = [os.path.abspath(p) for p in paths]
    vanished = []
    for article_id, raw_path in store.conn.execute("SELECT article_id, raw_path FROM articles WHERE raw_path IS NOT NULL"):
        if walked is not None and (raw_path in walked or raw_path.rpartition("#")[0] in walked):
            continue
        file = _input_file(raw_path)
        if _under(file, roots) and not os.path.lexists(file):
            vanished.append(article_id)
    return vanished


def _prune_vanished(store: Store, paths: list[str]) -> int:
    """Delete the articles and ``inputs`` rows of files under ``paths`` that are gone; returns the articles."""
    vanished = _vanished_articles(store, paths)
    for article_id in vanished:
        # an original takes its copies with it (their inputs are read again by this build), and its facts
        store.delete_article(article_id)
    roots = [os.path.abspath(p) for p in paths]
    gone = [(path,) for (path,) in store.conn.execute("SELECT path FROM inputs")
            if _under(path, roots) and not os.path.lexists(path)]
    store.conn.executemany("DELETE FROM inputs WHERE path = ?", gone)
    return len(vanished)


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
