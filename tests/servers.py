"""Helpers for tests that run ``thidua serve`` and ``thidua build`` as real processes on 127.0.0.1."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest
import requests

THIDUA = [sys.executable, "-c", "from pipeline.cli import app; app()"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serving_process(db: Path, log: Path, timeout: float = 60.0, args: tuple[str, ...] = (),
                    env: dict[str, str] | None = None, command: list[str] | None = None) -> Iterator[tuple[str, subprocess.Popen]]:
    """``thidua serve --db DB [ARGS…]`` on a free port (``command``: how thidua is run, default the checkout's);
    yields its base URL and process once it answers, stops it afterwards."""
    port = free_port()
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [*(command or THIDUA), "serve", "--db", str(db), "--port", str(port), *args], stdout=out,
            stderr=subprocess.STDOUT, env={**os.environ, **(env or {})},
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                pytest.fail(f"thidua serve exited with {process.returncode}: {log.read_text(errors='replace')}")
            try:
                if requests.get(f"{base}/-/versions.json", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"thidua serve did not answer within {timeout} s: {log.read_text(errors='replace')}")
            time.sleep(0.2)
        yield base, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def serving(db: Path, log: Path, timeout: float = 60.0, args: tuple[str, ...] = (),
            env: dict[str, str] | None = None) -> Iterator[str]:
    """``thidua serve --db DB [ARGS…]`` on a free port; yields its base URL, stops it afterwards."""
    with serving_process(db, log, timeout, args, env) as (base, _):
        yield base


def headless_chromium(tmp_path_factory, window: str) -> Iterator:
    """A headless Chromium driven by selenium (``window``: "1280,1400"), for a fixture to ``yield from``;
    skips without Chromium or selenium (fails under CI)."""
    browser_path, driver_path = chromium_paths()
    require_or_skip(
        bool(browser_path and driver_path),
        "needs headless Chromium and its driver from the system packages (apt-get install chromium chromium-driver)",
    )
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        require_or_skip(False, "needs selenium (pip install -e '.[test]')")
    options = webdriver.ChromeOptions()
    options.binary_location = browser_path
    for argument in (
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", f"--window-size={window}",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def require_or_skip(condition: bool, reason: str) -> None:
    """Skip when something outside Python is missing — except under CI (``CI=true``), where it fails."""
    if condition:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: `make test` installs it with apt-get as root)")
    pytest.skip(reason)


def chromium_paths() -> tuple[str | None, str | None]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver") or (
        "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None
    )
    return browser, driver


def wait_until_replaced(driver, old, timeout: float = 30) -> None:
    """Wait until the page holding the element ``old`` (its ``html``) has been replaced by the next one.

    Selenium's ``staleness_of`` counts only a "stale element" answer as replaced; while the old document is being
    torn down, Chromium may instead answer that the node "does not belong to the document", which is the same fact
    (a browser test failed on it once in CI)."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    def replaced(_driver) -> bool:
        try:
            old.is_enabled()  # any call on the element: it answers as long as its document stands
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise
        return False

    WebDriverWait(driver, timeout).until(replaced)
