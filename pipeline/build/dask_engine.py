"""The Dask engine: the per-input function on a Dask cluster, results stored by the build as usual.

``DaskEngine`` follows the protocol of ``pipeline.engines``: it maps ``process_input`` over a batch's
paths and yields the outcomes in input order, so the parent writes the same SQLite dataset as a
local build. Tasks are chunks of inputs; at most ``in_flight`` of them are on the cluster at once, so
the parent's memory stays flat. Without a scheduler address a ``LocalCluster`` is started on this
machine (loopback only, one thread per worker process); with ``tcp://host:8786`` the build uses a
running cluster, whose workers must have thidua installed (the same version) and see the input
paths (a shared filesystem).

With ``parquet``, each task also writes the facts of its articles as Parquet, one folder per table
(``articles/``, ``sentences/``, ``campaign_mentions/``, ``organization_mentions/``, ``person_roles/``,
``dates/``, ``figures/``, ``activities/``, ``errors/``), one ``part-<build>-<task>.parquet`` file per
task, so that a corpus too large to gather on one machine is still readable as a dataset (DuckDB,
pandas, pyarrow, Spark read a folder of parts as one table). Campaigns, organizations and people are
given by their canonical key and name there (the integer ids are the SQLite dataset's own); every row
carries its ``article_id``; a copy of an article under another URL is kept in Parquet (same
``content_hash``), whereas the SQLite dataset records it as a duplicate.

Dask is an optional extra (``pip install 'thidua[dask]'``): this module imports it only when an
engine is made, and says how to install it when it is missing.
"""
from __future__ import annotations

import os
import uuid
from collections import deque
from pathlib import Path
from typing import Any, Iterator, Sequence

from ..dataset.rows import article_row, error_row, fact_rows
from ..records import Closing, ThiduaError
from .engines import (
    DEFAULT_CHUNK_SIZE, Task, crash_outcome, default_workers, error_outcome, pipelined_outcomes, process_chunk, worker_resources,
)
from .process import InputOutcome, process_input
from .version import pipeline_version

INSTALL_HINT = "the dask engine needs dask and distributed: pip install 'thidua[dask]' (in a checkout: .venv/bin/pip install -e '.[dask]')"
PARQUET_TABLES = (
    "articles", "sentences", "campaign_mentions", "organization_mentions", "person_roles", "dates", "figures",
    "activities", "errors",
)


class DaskUnavailable(ThiduaError):
    """``--engine dask`` without dask and distributed installed."""


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as error:
        raise DaskUnavailable(f"{INSTALL_HINT} ({error})") from error
    return distributed


# --- worker side ------------------------------------------------------------------------------------


def _warm(quiet: bool) -> None:
    """Run once on each worker as it joins: resources and models loaded; a local worker keeps stdout shut."""
    if quiet:
        import sys

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    worker_resources()


def dask_chunk(paths: Sequence[str], task: Task, parquet: str | None, part: str, models: bool = True,
               learned: tuple[tuple[str, str], ...] = ()) -> list[InputOutcome]:
    """A task: process a few inputs; with ``parquet``, write their facts under it as ``part``."""
    outcomes = process_chunk(paths, task, models, learned)
    if parquet:
        write_parquet_part(outcomes, parquet, part, models)
    return outcomes


def parquet_rows(outcomes: Sequence[InputOutcome], version: str) -> dict[str, list[dict[str, Any]]]:
    """The rows of each Parquet table for some outcomes: the dataset's own rows (``dataset.rows``)."""
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in PARQUET_TABLES}
    for outcome in outcomes:
        tables["errors"] += [error_row(failure, outcome.path) for failure in outcome.failures]
        for processed in outcome.processed:
            tables["articles"].append(article_row(processed, version, outcome.path))
            for table, rows in fact_rows(processed).items():
                tables[table] += rows
    return tables


def _schemas() -> dict[str, Any]:
    import pyarrow as pa

    s, i, f = pa.string(), pa.int64(), pa.float64()
    span = [("sentence_index", i), ("start", i), ("end", i), ("text", s)]
    return {
        "articles": pa.schema([("article_id", s), ("url", s), ("source", s), ("title", s), ("kicker", s), ("lead", s),
                               ("body", s), ("published", s), ("published_at", s), ("author", s), ("related_headlines", s),
                               ("content_hash", s), ("raw_path", s), ("fetched_at", s), ("pipeline_version", s),
                               ("relevance", f)]),
        "sentences": pa.schema([("article_id", s), ("sentence_index", i), ("block", i), ("start", i), ("end", i), ("text", s)]),
        "campaign_mentions": pa.schema([("article_id", s), ("campaign_key", s), ("campaign", s), ("kind", s), *span]),
        "organization_mentions": pa.schema([("article_id", s), ("org_key", s), ("organization", s), ("type", s),
                                            ("place", s), ("parent", s), *span]),
        "person_roles": pa.schema([("article_id", s), ("person_key", s), ("person", s), ("title", s), ("org_key", s),
                                   ("organization", s), *span]),
        "dates": pa.schema([("article_id", s), *span, ("value", s), ("start_date", s), ("end_date", s), ("granularity", s)]),
        "figures": pa.schema([("article_id", s), *span, ("value", f), ("unit", s), ("kind", s), ("approx", s),
                              ("campaign_key", s), ("campaign", s)]),
        "activities": pa.schema([("article_id", s), *span, ("campaign_key", s), ("campaign", s), ("action", s),
                                 ("org_key", s), ("organization", s), ("date", s), ("start_date", s), ("end_date", s),
                                 ("date_start", s), ("date_end", s), ("figures", pa.list_(s))]),
        "errors": pa.schema([("source", s), ("stage", s), ("error_type", s), ("message", s), ("input", s)]),
    }


def write_parquet_part(outcomes: Sequence[InputOutcome], directory: str | os.PathLike, part: str,
                       models: bool = True) -> list[Path]:
    """Write one part file per table that has rows (atomically: a temporary name, then a rename)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    written = []
    schemas = _schemas()
    for table, rows in parquet_rows(outcomes, pipeline_version(models)).items():
        if not rows:
            continue
        folder = Path(directory) / table
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{part}.parquet"
        temporary = folder / f".{part}.parquet.tmp"
        schema = schemas[table]
        columns = {name: [row.get(name) for row in rows] for name in schema.names}
        pq.write_table(pa.table(columns, schema=schema), temporary)
        os.replace(temporary, target)
        written.append(target)
    return written


# --- parent side ------------------------------------------------------------------------------------


class DaskEngine(Closing):
    """``process_input`` on a Dask cluster: ``scheduler`` (an address) or a LocalCluster of ``workers``."""

    name = "dask"

    def __init__(
        self, scheduler: str | None = None, *, workers: int | None = None, parquet: str | os.PathLike | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE, in_flight: int | None = None, processes: bool = True,
        task: Task = process_input, models: bool = True,
    ) -> None:
        self.task, self.models = task, models
        self.learned: tuple[tuple[str, str], ...] = ()  # campaign names learned from the corpus (set by the build)
        _distributed()  # fail now, with the install hint, rather than on the first batch
        self.scheduler = scheduler
        self.workers = max(1, workers or default_workers())
        self.parquet = str(Path(parquet).resolve()) if parquet else None
        self.chunk_size = max(1, chunk_size)
        self._in_flight = in_flight
        self.processes = processes
        self._cluster: Any = None
        self._client: Any = None
        self._token = uuid.uuid4().hex[:12]  # this build's part names: a rerun never overwrites another's
        self._tasks = 0
        self.description = f"dask {scheduler}" if scheduler else f"a dask LocalCluster of {self.workers} workers"

    @property
    def client(self) -> Any:
        if self._client is None:  # connected on the first batch: a no-op rerun starts no cluster
            distributed = _distributed()
            import logging

            try:
                if self.scheduler:
                    self._client = distributed.Client(self.scheduler, timeout="30s")
                else:
                    self._cluster = distributed.LocalCluster(
                        n_workers=self.workers, threads_per_worker=1, processes=self.processes, host="127.0.0.1",
                        dashboard_address=None, silence_logs=logging.ERROR,
                    )
                    self._client = distributed.Client(self._cluster)
            except OSError as error:
                self.close()
                raise ThiduaError(f"cannot reach the dask scheduler {self.scheduler or '(local)'}: {error}") from error
            self._client.register_plugin(_worker_plugin(quiet=not self.scheduler))  # also on workers joining later
            n = len(self._client.scheduler_info().get("workers", {}))
            self.workers = n or self.workers
            where = self.scheduler or self._client.scheduler.address
            self.description = f"dask {where} ({self.workers} workers)"
        return self._client

    @property
    def in_flight(self) -> int:
        return max(1, self._in_flight or 2 * self.workers)

    def _submit(self, chunk: list[str]) -> Any:
        self._tasks += 1
        part = f"part-{self._token}-{self._tasks:06d}"
        return self.client.submit(dask_chunk, chunk, self.task, self.parquet, part, self.models, self.learned, key=f"thidua-{part}", pure=False)

    def map(self, paths: Sequence[str]) -> Iterator[InputOutcome]:
        return pipelined_outcomes(paths, self.chunk_size, self.in_flight, self._submit, self._collect)

    def _collect(self, chunk: list[str], future: Any, waiting: deque) -> Iterator[InputOutcome]:
        try:
            outcomes = future.result()
        except Exception:  # a worker died with it (KilledWorker) or the result did not come back
            outcomes = [self._alone(path) for path in chunk]
        finally:
            future.release()
        yield from outcomes

    def _alone(self, path: str) -> InputOutcome:
        future = self._submit([path])
        try:
            return future.result()[0]
        except Exception as error:
            if type(error).__name__ == "KilledWorker":
                return crash_outcome(path)
            return error_outcome(path, error)
        finally:
            future.release()

    def close(self) -> None:
        client, cluster, self._client, self._cluster = self._client, self._cluster, None, None
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


def _worker_plugin(quiet: bool) -> Any:
    from distributed.diagnostics.plugin import WorkerPlugin

    class ThiduaWorker(WorkerPlugin):
        """Loads the extraction resources once per worker (and, on a local cluster, shuts its stdout)."""

        name = "thidua-resources"

        def setup(self, worker: Any) -> None:
            _warm(quiet)

    return ThiduaWorker()


def read_parquet_table(directory: str | os.PathLike, table: str) -> Any:
    """One table of a ``--parquet`` folder as a pandas DataFrame (every part; none: an empty frame)."""
    import pandas as pd
    import pyarrow.parquet as pq

    folder = Path(directory) / table
    parts = sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []
    if not parts:
        return _schemas()[table].empty_table().to_pandas()
    return pd.concat([pq.read_table(part).to_pandas() for part in parts], ignore_index=True)


__all__ = ["DaskEngine", "DaskUnavailable", "PARQUET_TABLES", "dask_chunk", "parquet_rows", "read_parquet_table", "write_parquet_part"]
