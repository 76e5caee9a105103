"""Shared test fixtures.

Real pages and articles live in ``../shared/`` beside the clone (or wherever ``THIDUA_DATA`` points:
``pipeline.data``) and are read in place, never copied. On a user's clone without it, tests that need it
are skipped with that reason, and the summary says in one line how many; under CI (``CI=true``) its
absence is a failure.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
from pipeline.data import ENV_DATA, data_dir  # noqa: E402

SHARED = data_dir()
CORPUS = ROOT / "corpus"
NEEDS_DATA = "needs the corpus of real articles"
_needing: set[str] = set()  # the tests that asked for a path of the data folder


def shared_path(*parts: str) -> Path:
    """A path under the data folder (``../shared``); skips the test (fails under CI) when it is not there."""
    test = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" (", 1)[0]
    if test:
        _needing.add(test)
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{NEEDS_DATA} ({path}): set {ENV_DATA} or see README 'The corpus beside the repository'"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """One line: how many tests read the real-article corpus, and how many were skipped without it."""
    skipped = [r for r in terminalreporter.stats.get("skipped", []) if NEEDS_DATA in str(r.longrepr)]
    needing = len(_needing | {r.nodeid for r in skipped})
    if not needing:
        return
    if skipped:
        line = (f"{len(skipped)} of {needing} tests that read the corpus of real articles were skipped: {SHARED} is "
                f"missing (set {ENV_DATA}; README 'The corpus beside the repository')")
    else:
        line = f"{needing} tests read the corpus of real articles at {SHARED}"
    terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def extraction_resources():
    from pipeline.learn.loading import pipeline_resources

    return pipeline_resources()
