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
def serving(db: Path, log: Path, timeout: float = 60.0, args: tuple[str, ...] = (),
            env: dict[str, str] | None = None) -> Iterator[str]:
    """``thidua serve --db DB [ARGS…]`` on a free port; yields its base URL, stops it afterwards."""
    port = free_port()
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [*THIDUA, "serve", "--db", str(db), "--port", str(port), *args], stdout=out, stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
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
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


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
