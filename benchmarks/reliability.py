"""Time and memory of the slow and heavy cases of issue 14, with the defaults a user gets.

- **slow drip**: ``thidua crawl`` of one article on a local server (127.0.0.1) that answers robots.txt at
  once but sends the page one byte per second (defaults: a 60 s deadline per response, one retry);
- **heavy queries**: ``thidua query`` of a runaway recursive CTE (default time limit 30 s, rows
  streamed as csv to /dev/null) and of ``length(hex(randomblob(499999999)))``; the same through
  ``thidua serve`` (three requests), with the server's memory before and after.

Each command runs as a process of its own; its peak RSS is read from ``getrusage`` (children) or
``/proc/PID/status`` (the server).

    .venv/bin/python benchmarks/reliability.py [--skip-drip]
"""
from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
THIDUA = str(Path(sys.executable).parent / "thidua")


def timed_run(args: list[str], **kwargs) -> tuple[subprocess.CompletedProcess, float, float]:
    """Run a command in a child; (result, seconds, peak RSS in MB of that child)."""
    code = ("import os, resource, subprocess, sys\n"  # its stdout to /dev/null: a streamed result is not kept
            "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)\n"
            "sys.stderr.write(r.stderr)\n"
            "print(f'peak-rss {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}', file=sys.stderr)\n"
            "sys.exit(r.returncode)\n")
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, **kwargs)
    seconds = time.monotonic() - started
    peak = next(int(line.split()[1]) for line in result.stderr.splitlines() if line.startswith("peak-rss "))
    return result, seconds, peak / 1024


class Drip:
    """robots.txt: 404 at once; any other path: headers, then 300 bytes at one byte per second."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.requests: list[str] = []
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self.answer, args=(conn,), daemon=True).start()

    def answer(self, conn: socket.socket) -> None:
        try:
            request = conn.recv(65536).decode("latin-1")
            path = request.split(" ", 2)[1] if " " in request else "?"
            self.requests.append(path)
            if path == "/robots.txt":
                conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                return
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 300\r\n\r\n")
            for _ in range(300):
                time.sleep(1)
                conn.sendall(b"x")
        except OSError:
            pass
        finally:
            conn.close()


def slow_drip(out: Path) -> None:
    server = Drip()
    url = f"http://127.0.0.1:{server.port}/cong-doan/bai-viet-kiem-thu-100100.html"
    result, seconds, peak = timed_run([THIDUA, "crawl", url, "--delay", "0", "--out", str(out)])
    pages = [p for p in server.requests if p != "/robots.txt"]
    reason = next((line for line in result.stderr.splitlines() if line.startswith("error ")), "")
    print(f"slow drip (1 byte/s): `thidua crawl` ended in {seconds:.1f} s, exit {result.returncode}, "
          f"{len(pages)} requests of the page, peak RSS {peak:.0f} MB")
    print(f"  {reason[:160]}")


def rss_mb(pid: int, field: str) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        return next(int(line.split()[1]) / 1024 for line in status if line.startswith(field + ":"))


def heavy_queries(db: Path) -> None:
    runaway = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x, x * x FROM c"
    idle, seconds, idle_peak = timed_run([THIDUA, "query", "SELECT 1", "--db", str(db)])
    print(f"`thidua query \"SELECT 1\"` (the floor: interpreter and imports): {seconds:.1f} s, peak RSS {idle_peak:.0f} MB")
    for label, args in (
        ("runaway recursive CTE, csv, default time limit", ["query", runaway, "--db", str(db), "--format", "csv"]),
        ("length(hex(randomblob(499999999)))", ["query", "select length(hex(randomblob(499999999)))", "--db", str(db)]),
    ):
        result, seconds, peak = timed_run([THIDUA, *args])
        message = next((line for line in result.stderr.splitlines() if line.startswith("error: ")), "")
        print(f"{label}: {seconds:.1f} s, exit {result.returncode}, peak RSS {peak:.0f} MB; {message[:110]}")

    port = socket.socket()
    port.bind(("127.0.0.1", 0))
    number = port.getsockname()[1]
    port.close()
    server = subprocess.Popen([THIDUA, "serve", "--db", str(db), "--port", str(number)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        base = f"http://127.0.0.1:{number}"
        for _ in range(300):
            try:
                if requests.get(f"{base}/-/versions.json", timeout=2).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.2)
        before = rss_mb(server.pid, "VmHWM")
        started = time.monotonic()
        codes = [requests.get(f"{base}/thidua.json", params={"sql": "select length(hex(randomblob(499999999)))"},
                              timeout=120).status_code for _ in range(3)]
        seconds = time.monotonic() - started
        after = rss_mb(server.pid, "VmHWM")
        print(f"thidua serve, 3 × ?sql=select length(hex(randomblob(499999999))): {seconds:.2f} s, answers {codes}, "
              f"server peak RSS {before:.0f} MB before, {after:.0f} MB after")
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-drip", action="store_true", help="Leave out the slow drip (about two minutes).")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "thidua.sqlite"
        built = subprocess.run([THIDUA, "build", str(ROOT / "corpus"), "--db", str(db)], capture_output=True, text=True, cwd=ROOT)
        if built.returncode:
            sys.exit(built.stderr)
        heavy_queries(db)
        if not options.skip_drip:
            slow_drip(Path(folder) / "crawl")


if __name__ == "__main__":
    main()
