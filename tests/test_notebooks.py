"""The notebooks run top to bottom on the bundled corpus and show their plots (executed with nbclient)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import nbclient  # noqa: E402  (the test extra: `make test` installs it)
import nbformat  # noqa: E402

from conftest import ROOT  # noqa: E402

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
# Headless: the inline backend renders with Agg into the notebook, no display needed.
HEADLESS = {"MPLBACKEND": "module://matplotlib_inline.backend_inline", "DISPLAY": ""}


def execute(path: Path, cwd: Path, env: dict[str, str]):
    notebook = nbformat.read(path, as_version=4)
    old = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    try:
        nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}).execute()
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return notebook


def outputs(notebook, kind: str) -> list:
    return [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs if kind in o.get("data", {})]


def test_the_notebooks_are_numbered_and_hold_no_logic():
    assert [p.name for p in NOTEBOOKS] == [
        "01_overview.ipynb", "02_campaign_across_organizations.ipynb", "03_organizations_hierarchy.ipynb",
    ]
    for path in NOTEBOOKS:
        notebook = nbformat.read(path, as_version=4)
        code = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "code")
        assert "from pipeline.dataset import open_dataset" in code
        assert "def " not in code and "class " not in code and "import sqlite3" not in code, path.name
        assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), "stored without outputs"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_a_notebook_runs_on_the_corpus_and_shows_plots(path, corpus_db, tmp_path):
    notebook = execute(path, tmp_path, {**HEADLESS, "THIDUA_DB": str(corpus_db)})
    assert outputs(notebook, "image/png"), f"{path.name} shows no plot"
    assert outputs(notebook, "text/html"), f"{path.name} shows no table"


def test_without_thidua_db_the_overview_builds_the_corpus_itself(tmp_path, monkeypatch):
    monkeypatch.delenv("THIDUA_DB", raising=False)
    notebook = execute(NOTEBOOKS[0], tmp_path, HEADLESS)
    counts = next(o for o in outputs(notebook, "text/html"))["data"]["text/plain"]  # ds.counts(): name, rows
    rows = {line.split()[1]: int(line.split()[2]) for line in counts.splitlines()[1:] if len(line.split()) == 3}
    assert rows["articles"] == 5 and rows["activity_view"] == rows["activities"] > 0, counts


def test_the_notebooks_extra_installs_jupyterlab_and_make_notebooks_opens_it():
    import subprocess
    import tomllib

    extra = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]["notebooks"]
    assert any(requirement.startswith("jupyterlab==") for requirement in extra)
    planned = subprocess.run(
        ["make", "-n", "-o", ".venv/.installed", "-o", ".venv/.notebooks", "notebooks"], cwd=ROOT,
        capture_output=True, text=True, timeout=60, check=True,
        env={k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")},  # as typed, not under make
    ).stdout
    assert planned.strip().splitlines()[-1] == ".venv/bin/jupyter lab notebooks/"
