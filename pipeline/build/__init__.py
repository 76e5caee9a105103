"""The build: inputs → processed articles → the dataset, incrementally, on any engine.

``process`` is the per-input function, ``engines`` and ``dask_engine`` run it (in order) on local
processes or a Dask cluster, ``incremental`` decides what is due and writes it, ``version`` says what
makes a stored article stale.
"""
from .incremental import FAILED, STATUSES, BuildSummary, InputReport, build
from .process import InputOutcome, process_input, process_page
from .version import pipeline_version

__all__ = ["FAILED", "STATUSES", "BuildSummary", "InputOutcome", "InputReport", "build", "pipeline_version",
           "process_input", "process_page"]
