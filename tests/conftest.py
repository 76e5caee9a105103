"""Shared test fixtures.

Real pages and articles live in ``../shared/`` beside the clone (or wherever ``THIDUA_DATA`` points:
``pipeline.data``) and are read in place, never copied. On a user's clone without it, tests that need it
are skipped with that reason, and the summary says in one line how many; under CI (``CI=true``) its
absence is a failure.

``corpus/`` is built once per test session (``built_corpus``, ``corpus_db``); a test that writes to the
dataset or its inputs works on a copy (``corpus_copy``, ``copy_built_corpus``). The session's dataset and
inputs are checked at the end: a test that changed them fails there.

Tests marked ``slow`` (trainings, the 10,000-file build, concurrency, killed builds, crawler and server
timeouts, browsers, the wheel) are left out of ``make test`` on a user's machine; ``CI=true make test`` (CI)
and ``make test-all`` run them, and the summary says in one line how many were left out.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parent.parent
from pipeline.data import ENV_DATA, data_dir  # noqa: E402

SHARED = data_dir()
CORPUS = ROOT / "corpus"
SEED_COUNT = 5
NEEDS_DATA = "needs the corpus of real articles"
_needing: set[str] = set()  # the tests that asked for a path of the data folder


def under_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def shared_path(*parts: str) -> Path:
    """A path under the data folder (``../shared``); skips the test (fails under CI) when it is not there."""
    test = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" (", 1)[0]
    if test:
        _needing.add(test)
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{NEEDS_DATA} ({path}): set {ENV_DATA} or see README 'The corpus beside the repository'"
        if under_ci():
            pytest.fail(message)
        pytest.skip(message)
    return path


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """One line: how many tests read the real-article corpus, and how many were skipped without it; and one
    saying how many slow tests were left out, and how to run them."""
    left_out = [item for item in terminalreporter.stats.get("deselected", []) if item.get_closest_marker("slow")]
    if left_out:
        terminalreporter.write_line(
            f"{len(left_out)} slow tests left out (-m 'not slow'): `make test-all` or `CI=true make test` runs every "
            f"test, `.venv/bin/python -m pytest -m slow` only the slow ones"
        )
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


class BuiltCorpus(NamedTuple):
    inputs: Path  # a copy of corpus/'s seed articles (the paths stored in the dataset point here)
    db: Path  # the dataset built from them, alone in its folder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def built_corpus(tmp_path_factory, extraction_resources) -> BuiltCorpus:
    """corpus/ built once for the whole session, with the models. Read it only: copy it to change it."""
    from pipeline.build.incremental import build

    inputs = tmp_path_factory.mktemp("corpus") / "inputs"
    shutil.copytree(CORPUS, inputs, ignore=shutil.ignore_patterns("*.md", "raw"))
    db = tmp_path_factory.mktemp("corpus-db") / "thidua.sqlite"
    summary = build([inputs], db, resources=extraction_resources)
    assert (summary.new, summary.failed) == (SEED_COUNT, 0), summary.failures
    files = {path: _digest(path) for path in [db, *sorted(inputs.iterdir())]}
    yield BuiltCorpus(inputs, db)
    changed = [str(path) for path, digest in files.items() if not path.exists() or _digest(path) != digest]
    assert not changed, f"a test wrote to the session's built corpus (copy it with copy_built_corpus): {changed}"


@pytest.fixture(scope="session")
def corpus_db(built_corpus) -> Path:
    """The dataset of corpus/, built once per session (read-only: see ``copy_built_corpus``)."""
    return built_corpus.db


def copy_built_corpus(built: BuiltCorpus, folder: Path) -> BuiltCorpus:
    """A copy of the built corpus in ``folder`` (``inputs/`` and ``dataset.sqlite``) that a test may change:
    the paths stored in the copy point at the copied inputs, so rebuilding them is a no-op until one changes."""
    folder.mkdir(parents=True, exist_ok=True)
    inputs = folder / "inputs"
    shutil.copytree(built.inputs, inputs)  # with the files' mtimes: a rebuild does not even read them
    db = folder / "dataset.sqlite"
    source, target = sqlite3.connect(f"{built.db.as_uri()}?mode=ro", uri=True), sqlite3.connect(db)
    try:
        source.backup(target)
    finally:
        source.close()
    try:
        before, after = str(built.inputs), str(inputs)
        with target:
            target.execute("UPDATE articles SET raw_path = replace(raw_path, ?, ?)", (before, after))
            target.execute("UPDATE inputs SET path = replace(path, ?, ?)", (before, after))
            target.execute("UPDATE runs SET paths = replace(paths, ?, ?)", (before, after))
    finally:
        target.close()
    return BuiltCorpus(inputs, db)


@pytest.fixture
def corpus_copy(built_corpus, tmp_path) -> BuiltCorpus:
    """A fresh copy of the built corpus for one test, free to change."""
    return copy_built_corpus(built_corpus, tmp_path / "built")
