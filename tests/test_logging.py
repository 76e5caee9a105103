"""Logging: every fallback is logged by the module that takes it, the library prints nothing and configures
nothing (a NullHandler on ``pipeline``), and ``thidua -v`` / ``-vv`` show its INFO / DEBUG lines on stderr,
those of build's worker processes included."""
from __future__ import annotations

import ast
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CORPUS, ROOT, shared_path
from logs import logged, messages
from pipeline.cli import app
from pipeline.clean.sites import clean_html
from pipeline.ingest.files import read_page
from pipeline.records import Page

PIPELINE = ROOT / "pipeline"
FALLBACK = "not a laodongthudo.vn article page (no sapo opening with (LĐTĐ)): the generic cleaner takes it"


def _other_shape(folder: Path) -> Path:
    """A page of laodongthudo.vn that is not an article of the adapter's shape (no "(LĐTĐ)" sapo)."""
    path = folder / "tin-khac.html"
    path.write_text('<html><head><title>Tin | Lao động Thủ đô</title><meta property="og:url" '
                    'content="https://laodongthudo.vn/tin-khac-123456.html"></head><body>'
                    "<h1>Một tiêu đề đủ dài để là tin</h1><div class='content'><p>"
                    + "Công đoàn cơ sở phát động thi đua. " * 5 + "</p><p>" + "Người lao động hưởng ứng. " * 5
                    + "</p></div></body></html>", encoding="utf-8")
    return path


def test_verbose_shows_the_fallbacks_on_stderr(tmp_path):
    path = _other_shape(tmp_path)
    runner = CliRunner()
    quiet = runner.invoke(app, ["extract", str(path), "--no-models"])
    assert quiet.exit_code == 0 and json_title(quiet.stdout) == "Một tiêu đề đủ dài để là tin"
    assert "info:" not in quiet.stderr and "debug:" not in quiet.stderr

    verbose = runner.invoke(app, ["-v", "extract", str(path), "--no-models"])
    assert verbose.exit_code == 0 and verbose.stdout == quiet.stdout  # logs go to stderr only
    assert f"info: {path}: {FALLBACK}" in verbose.stderr.splitlines()
    assert "info: running without models: no relevance, the rules alone decide actions and activities" in verbose.stderr
    assert f"info: {path}: no publication time in the page, none from htmldate either" in verbose.stderr
    assert "debug:" not in verbose.stderr

    very = runner.invoke(app, ["-vv", "extract", str(path), "--no-models"])
    assert f"info: {path}: {FALLBACK}" in very.stderr
    assert any(line.startswith("debug: pipeline.") for line in very.stderr.splitlines())

    again = runner.invoke(app, ["extract", str(path), "--no-models"])  # the level is per invocation
    assert "info:" not in again.stderr


def json_title(stdout: str) -> str:
    import json

    return json.loads(stdout.splitlines()[0])["title"]


@pytest.mark.slow
def test_verbose_build_shows_what_the_worker_processes_log(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    path = _other_shape(inputs)
    (inputs / "seed.txt").write_bytes(sorted(CORPUS.glob("*.txt"))[0].read_bytes())
    command = [sys.executable, "-c", "from pipeline.cli import app; app()", "-v", "build", str(inputs),
               "--db", str(tmp_path / "thidua.sqlite"), "--workers", "2", "--no-models"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "2 worker processes" in result.stdout
    assert result.stderr.splitlines().count(f"info: {path}: {FALLBACK}") == 1  # once, from its worker


def test_the_library_configures_nothing_and_prints_nothing():
    """In a fresh process: a NullHandler on ``pipeline`` only, and cleaning pages that take fallbacks (an
    adapter's, the generic cleaner's, htmldate's) writes none of them anywhere."""
    code = (
        "import logging, pathlib, sys\n"
        "import pipeline\n"
        "from pipeline.ingest.files import read_page\n"
        "from pipeline.clean.text_page import clean_page\n"
        "handlers = logging.getLogger('pipeline').handlers\n"
        "assert [type(h).__name__ for h in handlers] == ['NullHandler'], handlers\n"
        "for name in sys.argv[1:]:\n"
        "    clean_page(read_page(pathlib.Path(name)))\n"
    )
    pages = [str(_other_shape(Path(_tmp()))), str(shared_path("pages", "html", "dantri_06.html"))]
    result = subprocess.run([sys.executable, "-c", code, *pages], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    # (trafilatura may complain through the root handler underthesea sets up when imported: not ours)
    assert "generic cleaner" not in result.stderr and "container instead" not in result.stderr


def _tmp() -> str:
    import tempfile

    return tempfile.mkdtemp(prefix="thidua-logging-")


def test_library_code_never_prints():
    calls = []
    for path in sorted(PIPELINE.rglob("*.py")):
        if path.name == "cli.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
                calls.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert calls == []


def test_a_module_that_logs_has_its_own_logger():
    """``logging.getLogger(__name__)``, never the root logger nor another module's name."""
    wrong = []
    for path in sorted(PIPELINE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "getLogger"
                    and path.name != "cli.py" and not (node.args and isinstance(node.args[0], ast.Name)
                                                      and node.args[0].id == "__name__")
                    and "engines.py" not in path.name and "dask_engine.py" not in path.name):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in
                    ("info", "warning", "debug", "error") and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "logging"):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} (root logger)")
    assert wrong == []


# --- each fallback, logged where it is taken -------------------------------------------------------


def test_the_generic_cleaner_reading_the_body_from_the_page_is_logged():
    page = read_page(shared_path("pages", "html", "dantri_06.html"))  # a photo story: trafilatura finds no body
    with logged() as records:
        article = clean_html(page)
    assert len(article.paragraphs) >= 5
    assert any(r.name == "pipeline.clean.sites.generic" and "the body is read from the page's container instead"
               in r.getMessage() for r in records), messages(records)


def test_an_adapter_that_cannot_be_imported_is_logged_by_the_crawler():
    code = ("import sys, logging\n"
            "sys.modules['pipeline.clean.sites'] = None  # the adapters' package fails to import\n"
            "records = []\n"
            "class Keep(logging.Handler):\n"
            "    def emit(self, record): records.append(record.getMessage())\n"
            "logging.getLogger('pipeline').addHandler(Keep())\n"
            "from pipeline.collect.crawl import _adapter_for\n"
            "assert _adapter_for('https://laodongthudo.vn/a-123456.html') is None\n"
            "print(records)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "site adapters cannot be loaded" in result.stdout and "every site is read generically" in result.stdout


def test_robots_txt_fallbacks_are_logged(httpserver):
    from pipeline.collect.fetch import Fetcher, FetchOptions

    httpserver.expect_request("/robots.txt").respond_with_data("gone", status=404)
    httpserver.expect_request("/a").respond_with_data("<p>a</p>", content_type="text/html")
    with logged() as records:
        assert Fetcher(FetchOptions(delay=0, retries=0)).get(httpserver.url_for("/a")).status == 200
    assert any(r.levelno == logging.INFO and r.getMessage().endswith("/robots.txt: HTTP 404 NOT FOUND: every page allowed")
               for r in records), messages(records)


def test_a_page_without_any_date_says_so():
    page = Page(source="nodate.html", media_type="html", url="https://x.vn/a-123456.html",
                text="<html><head><title>Tin</title></head><body><h1>Một tiêu đề đủ dài để là tin bài</h1><div><p>"
                     + "Công đoàn cơ sở phát động thi đua. " * 5 + "</p><p>" + "Người lao động hưởng ứng. " * 5
                     + "</p></div></body></html>")
    with logged() as records:
        assert clean_html(page).published is None
    assert "nodate.html: no publication time in the page, none from htmldate either" in messages(records)
