"""The corpus beside the repository (pipeline.data): where it is, and what a clone without it is told."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT
from pipeline.data import DEFAULT_DATA_DIR, DataMissing, data_dir, require


def test_the_data_folder_is_shared_beside_the_clone_unless_thidua_data_says_otherwise(monkeypatch, tmp_path):
    monkeypatch.delenv("THIDUA_DATA", raising=False)
    assert data_dir() == DEFAULT_DATA_DIR == ROOT.parent / "shared"
    monkeypatch.setenv("THIDUA_DATA", str(tmp_path))
    assert data_dir() == tmp_path
    (tmp_path / "articles").mkdir()
    assert require("articles") == tmp_path / "articles"
    with pytest.raises(DataMissing, match="eval needs .*gold, which is missing: .*not redistributed.*THIDUA_DATA"):
        require("gold", what="eval")


def test_the_test_summary_says_how_many_tests_were_skipped_without_it(tmp_path):
    """A real pytest run of two tests that read the corpus, on a clone without it."""
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS", "PYTEST_CURRENT_TEST")}
    env["THIDUA_DATA"] = str(tmp_path / "nowhere")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/test_ingest.py::test_shared_articles_folder_skips_notes", "tests/test_build.py::test_the_shared_articles_build_and_rebuild",
         "tests/test_data.py::test_the_data_folder_is_shared_beside_the_clone_unless_thidua_data_says_otherwise"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout[-2000:]
    assert f"2 of 2 tests that read the corpus of real articles were skipped: {tmp_path / 'nowhere'} is missing" in result.stdout
    assert lines[-1].startswith("1 passed, 2 skipped")
    # under CI their absence is a failure, not a skip
    failed = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_ingest.py::test_shared_articles_folder_skips_notes"],
        cwd=ROOT, env={**env, "CI": "true"}, capture_output=True, text=True, timeout=600,
    )
    assert failed.returncode == 1 and "1 failed" in failed.stdout.splitlines()[-1]
