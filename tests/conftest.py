"""Shared test fixtures.

Real pages and articles live in ``../shared/`` beside the clone and are read in place, never copied.
On a user's clone without it, tests that need it are skipped with that reason; under CI (``CI=true``)
its absence is a failure.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"


def shared_path(*parts: str) -> Path:
    """A path under ``../shared``; skips the test (fails under CI) when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"needs {path} (the shared pages and articles beside the clone)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def extraction_resources():
    from pipeline.learn.loading import pipeline_resources

    return pipeline_resources()
