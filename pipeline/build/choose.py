"""The engine named on the command line: ``local`` (this machine's cores) or ``dask`` (a cluster)."""
from __future__ import annotations

import os

from ..records import ThiduaError
from .engines import Engine, local_engine

ENGINES = ("local", "dask")


def make_engine(engine: str = "local", *, workers: int | None = None, scheduler: str | None = None,
                parquet: str | os.PathLike | None = None) -> Engine:
    """The engine named on the command line (``local`` or ``dask``)."""
    if engine == "local":
        if scheduler or parquet:
            raise ThiduaError("--scheduler and --parquet go with --engine dask")
        return local_engine(workers)
    if engine == "dask":
        from .dask_engine import DaskEngine

        return DaskEngine(scheduler=scheduler, workers=workers, parquet=parquet)
    raise ThiduaError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
