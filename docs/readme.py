"""README.md's examples, run for real: ``make docs`` writes their output, ``tests/test_readme.py`` checks it.

Every fenced block of README.md whose first line is a shell prompt (``$ …``) is preceded by a directive,
an HTML comment that Markdown does not show:

- ``<!-- readme: run -->``: the block's commands run in a sandbox — a temporary folder holding a copy
  of ``corpus/``, the Makefile, pyproject.toml and a link to ``.venv`` (its ``bin/`` first on PATH, so
  ``thidua`` and ``python`` are the project's) — one after another, blocks in README order, all in
  the same sandbox (so a block sees what earlier blocks built). The block is the commands with their
  output (stdout and stderr as a terminal would show them, 100 columns).
- ``<!-- readme: run serve -->``: the same, with ``thidua serve`` running in the background on a free
  port (the README says 8001; the port is swapped in the commands and back in the output). A block
  whose only command is ``thidua serve`` shows its first line.
- ``<!-- readme: run needs-data -->``: runs only when the corpus beside the repository is there
  (``THIDUA_DATA``, default ``../shared``); without it the test skips the block (``make docs`` leaves it).
  Every other block runs with ``THIDUA_DATA`` pointing to a folder that does not exist, so one pass
  shows that the README holds on a clone with the corpus beside it and on one without.
- ``<!-- readme: extract-excerpt FILE -->``: a ``json`` block, the first item of each list of the
  ``thidua extract`` output FILE (written by an earlier block), article text left out.
- ``<!-- readme: report FILE -->``: the block is FILE, a benchmark's report (with its date and
  machine) as the benchmark wrote it (``make docs BENCH=1`` runs them again; the command is the
  block's first line).
- ``<!-- readme: show REASON -->``: not run, for the reason given (a cluster, a real web site …).

Output that depends on the data is compared exactly. What a machine or a moment decides — timings
(``1.78 s``), the pipeline version's hashes, the number of worker processes, run and test counts'
durations — is written as produced and compared as a pattern (``VOLATILE``).

    .venv/bin/python docs/readme.py --write          # what make docs runs
    .venv/bin/python docs/readme.py --check          # what the test runs: differences, exit 1
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
VENV = ROOT / ".venv"
COLUMNS = "100"
README_PORT = "8001"
DIRECTIVE = re.compile(r"^<!-- readme: (\S+)(?: (.*?))? -->$")
FENCE = re.compile(r"^```(\w*)$")
# report file → (the command shown, the command run; a report written from its stdout gets a line with
# the day, the machine and its load first)
BENCHMARKS = {
    "docs/benchmarks/scale.txt": (".venv/bin/python benchmarks/scale.py",
                                  ".venv/bin/python benchmarks/scale.py --out docs/benchmarks/scale.txt"),
    "docs/benchmarks/near_duplicates.txt": (".venv/bin/python benchmarks/near_duplicates.py",
                                            ".venv/bin/python benchmarks/near_duplicates.py --out docs/benchmarks/near_duplicates.txt"),
    "docs/benchmarks/build.txt": (".venv/bin/python benchmarks/build.py", None),
}
# (pattern, stand-in): what varies from run to run or machine to machine, compared as a pattern
VOLATILE = (
    (re.compile(r"\b\d+(?:\.\d+)? ?s\b(?! \()"), "<seconds>"),
    (re.compile(r"\(\d+:\d\d:\d\d\)"), "(<duration>)"),
    (re.compile(r"\d+\.\d+\.\d+\+r[0-9a-f]+\.m[0-9a-f]+\.c[0-9a-f]+"), "<pipeline version>"),
    (re.compile(r"on \d+ worker processes|on 1 process \(no pool\)"), "on <workers>"),
)


class ReadmeError(Exception):
    """README.md's directives or blocks are malformed."""


@dataclass
class Block:
    directive: str  # run, show, report, extract-excerpt
    argument: str  # serve, needs-data, a file, a reason
    language: str
    start: int  # index of the first line inside the fence
    end: int  # index of the closing fence
    lines: list[str] = field(default_factory=list)

    @property
    def commands(self) -> list[str]:
        return [command for command, _ in split_commands(self.lines)]


def parse(text: str) -> list[Block]:
    """The directed blocks of a README, and a check that every prompt block has a directive."""
    lines = text.split("\n")
    blocks: list[Block] = []
    i = 0
    pending: tuple[str, str] | None = None
    while i < len(lines):
        match = DIRECTIVE.match(lines[i].strip())
        if match:
            pending = (match.group(1), match.group(2) or "")
            i += 1
            continue
        fence = FENCE.match(lines[i])
        if fence:
            end = next((j for j in range(i + 1, len(lines)) if lines[j] == "```"), None)
            if end is None:
                raise ReadmeError(f"README line {i + 1}: a fence that never closes")
            body = lines[i + 1:end]
            if pending:
                blocks.append(Block(pending[0], pending[1], fence.group(1), i + 1, end, body))
            elif body and body[0].startswith("$ "):
                raise ReadmeError(f"README line {i + 1}: a command block without a <!-- readme: … --> directive")
            pending = None
            i = end + 1
            continue
        if lines[i].strip():
            pending = None if not lines[i].startswith("<!--") else pending
        i += 1
    for block in blocks:
        if block.directive not in ("run", "show", "report", "extract-excerpt"):
            raise ReadmeError(f"README line {block.start}: unknown directive {block.directive!r}")
        if block.directive == "show" and not block.argument:
            raise ReadmeError(f"README line {block.start}: a block shown without running says why")
    return blocks


def split_commands(lines: list[str]) -> list[tuple[str, list[str]]]:
    """(command, output lines) of a prompt block; a command goes on while its quotes are open."""
    result: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(lines):
        if not lines[i].startswith("$ "):
            if not result:
                raise ReadmeError(f"output before any command: {lines[i]!r}")
            result[-1][1].append(lines[i])
            i += 1
            continue
        command = lines[i][2:]
        while (_open_quotes(command) or command.endswith("\\")) and i + 1 < len(lines):
            i += 1
            command += "\n" + lines[i]
        result.append((command, []))
        i += 1
    return result


def _open_quotes(command: str) -> bool:
    """Whether a shell command's quotes are still open at its end (a ``#`` comment is not scanned)."""
    single = double = False
    i = 0
    while i < len(command):
        char = command[i]
        if char == "'" and not double:
            single = not single
        elif char == '"' and not single:
            double = not double
        elif char == "#" and not single and not double and (i == 0 or command[i - 1].isspace()):
            i = command.find("\n", i)  # the comment runs to the end of its line
            if i < 0:
                break
        i += 1
    return single or double


def normalize(text: str) -> str:
    for pattern, stand_in in VOLATILE:
        text = pattern.sub(stand_in, text)
    return text


# --- running -----------------------------------------------------------------------------------------


sys.path.insert(0, str(ROOT))


def data_present() -> bool:
    from pipeline.data import data_dir

    return data_dir().is_dir()


class Sandbox:
    """A temporary folder where the README's commands run as on a fresh clone after `make install`."""

    def __init__(self) -> None:
        from pipeline.data import DEFAULT_DATA_DIR, data_dir

        self.top = Path(tempfile.mkdtemp(prefix="thidua-readme-"))
        self.dir = self.top / "clone"
        shutil.copytree(ROOT / "corpus", self.dir / "corpus", ignore=shutil.ignore_patterns("raw"))
        for name in ("Makefile", "pyproject.toml"):
            shutil.copy2(ROOT / name, self.dir / name)
        (self.dir / ".venv").symlink_to(VENV)
        (self.dir / "tests").symlink_to(ROOT / "tests")  # the gold files that `thidua eval` examples read
        if data_dir().is_dir():  # ../shared as a clone beside the data sees it
            (self.top / "shared").symlink_to(data_dir().resolve())
        # absolute paths of this machine, written as a clone beside its data would read them
        real_data = [(str(data_dir()), "../shared")] if data_dir().is_dir() else []
        self.paths = [(str(DEFAULT_DATA_DIR), "../shared"), *real_data,
                      (str(self.top / "no-data-here"), "../shared"), (str(self.dir) + "/", ""), (str(self.dir), "."),
                      (str(self.top / "shared"), "../shared")]
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in (
                "THIDUA_DB", "VIRTUAL_ENV", "PYTHONPATH", "MAKELEVEL", "MAKEFLAGS", "MFLAGS", "MAKEOVERRIDES")},
            "PATH": f"{VENV / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
            "COLUMNS": COLUMNS, "LINES": "50", "PYTHONUNBUFFERED": "1", "NO_COLOR": "1", "TERM": "dumb",
            "PYTHONWARNINGS": "ignore", "LC_ALL": "C.UTF-8",
        }
        self.server: subprocess.Popen | None = None
        self.port: str | None = None
        self.last_code = 0

    def close(self) -> None:
        self.stop_server()
        shutil.rmtree(self.top, ignore_errors=True)

    def run(self, command: str, timeout: float = 600, data: bool = False) -> str:
        """Run one command; without ``data`` as on a clone with no corpus beside it (THIDUA_DATA missing)."""
        if command.strip() == "echo $?":
            return f"{self.last_code}\n"
        if command.strip() == "make run":  # the installation is done: `make` must not redo it here
            command = "make -o .venv/.installed run"
        if self.port:
            command = command.replace(f"127.0.0.1:{README_PORT}", f"127.0.0.1:{self.port}")
        env = dict(self.env)
        if not data:
            env["THIDUA_DATA"] = str(self.top / "no-data-here")
        done = subprocess.run(
            ["bash", "-c", command], cwd=self.dir, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            timeout=timeout, stdin=subprocess.DEVNULL,
        )
        self.last_code = done.returncode
        output = done.stdout.decode("utf-8", errors="replace")
        output = output.replace("make -o .venv/.installed run", "make run")
        for path, shown in self.paths:
            output = output.replace(path, shown)
        if self.port:
            output = output.replace(f":{self.port}", f":{README_PORT}")
        return output

    def start_server(self) -> str:
        """``thidua serve`` on a free port, in the background; returns its first line."""
        if self.server is None:
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                self.port = str(probe.getsockname()[1])
            self.server = subprocess.Popen(
                ["thidua", "serve", "--port", self.port], cwd=self.dir, env=self.env, stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
            )
            self.first_line = self.server.stdout.readline().decode("utf-8")
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    with socket.create_connection(("127.0.0.1", int(self.port)), timeout=1):
                        break
                except OSError:
                    time.sleep(0.2)
        return self.first_line.replace(f":{self.port}", f":{README_PORT}")

    def stop_server(self) -> None:
        if self.server is not None:
            os.killpg(self.server.pid, signal.SIGTERM)
            self.server.wait(timeout=10)
            self.server = None
            self.port = None


def run_block(block: Block, sandbox: Sandbox) -> list[str]:
    """The block's lines as they come out now."""
    if block.directive == "report":
        shown = BENCHMARKS[block.argument][0] if block.argument in BENCHMARKS else None
        path = ROOT / block.argument
        if not path.is_file():
            raise ReadmeError(f"{block.argument}: no report yet (make docs BENCH=1 runs the benchmarks)")
        report = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
        return ([f"$ {shown}"] if shown else []) + report
    if block.language == "python":  # code to run as it is; it must not fail
        output = sandbox.run("python - <<'THIDUA_README_EOF'\n" + "\n".join(block.lines) + "\nTHIDUA_README_EOF")
        if sandbox.last_code != 0:
            return block.lines + ["# it fails:", *output.rstrip().split("\n")]
        return block.lines
    if block.directive == "extract-excerpt":
        return json_excerpt(sandbox.dir / block.argument).split("\n")
    lines: list[str] = []
    serving = block.argument == "serve"
    for command, _ in split_commands(block.lines):
        lines += [f"$ {part}" if n == 0 else part for n, part in enumerate(command.split("\n"))]
        if serving and command.strip() == "thidua serve":
            output = sandbox.start_server()
        else:
            if serving:
                sandbox.start_server()
            output = sandbox.run(command, data=block.argument == "needs-data")
        lines += output.rstrip("\n").split("\n") if output.strip() else []
    if not serving:
        sandbox.stop_server()
    return lines


EXCERPT_KEYS = ("url", "source", "published", "published_at", "title", "author", "body_first_words", "campaigns",
                "organizations", "people", "dates", "figures", "activities")


def json_excerpt(path: Path) -> str:
    """The first item of each list of a ``thidua extract`` file, one item per line."""
    record = json.loads(path.read_text(encoding="utf-8"))
    lines = ["{"]
    keys = [k for k in EXCERPT_KEYS if k in record]
    for n, key in enumerate(keys):
        value = record[key]
        if isinstance(value, list):
            items = value[:1]
            inner = ",\n".join(f"    {json.dumps(item, ensure_ascii=False)}" for item in items)
            text = f"[\n{inner}\n  ]" if items else "[]"
        else:
            text = json.dumps(value, ensure_ascii=False)
        lines.append(f'  "{key}": {text}' + ("," if n < len(keys) - 1 else ""))
    lines.append("}")
    return "\n".join(lines)


@dataclass
class Difference:
    block: Block
    expected: list[str]
    actual: list[str]

    def describe(self) -> str:
        diff = difflib.unified_diff(self.expected, self.actual, "README.md", "now", lineterm="", n=1)
        return f"README.md line {self.block.start}:\n" + "\n".join(diff)


def check_all(text: str, skip_data: bool | None = None, progress=None) -> tuple[list[Difference], list[Block], list[list[str]]]:
    """Run every runnable block; (differences after normalizing, blocks, their fresh lines)."""
    blocks = parse(text)
    has_data = data_present() if skip_data is None else not skip_data
    sandbox = Sandbox()
    differences: list[Difference] = []
    fresh: list[list[str]] = []
    try:
        for block in blocks:
            if block.directive == "show" or (block.argument == "needs-data" and not has_data):
                fresh.append(block.lines)
                continue
            if progress:
                progress(block)
            try:
                lines = run_block(block, sandbox)
            except ReadmeError as error:  # a report not written yet: kept as it is, and reported
                lines = block.lines
                differences.append(Difference(block, block.lines, [str(error)]))
            fresh.append(lines)
            if normalize("\n".join(lines)) != normalize("\n".join(block.lines)):
                differences.append(Difference(block, block.lines, lines))
    finally:
        sandbox.close()
    return differences, blocks, fresh


def rewrite(text: str, blocks: list[Block], fresh: list[list[str]]) -> str:
    lines = text.split("\n")
    for block, new in sorted(zip(blocks, fresh), key=lambda pair: pair[0].start, reverse=True):
        lines[block.start:block.end] = new
    return "\n".join(lines)


def _processor() -> str:
    """The processor's model name: two sessions' machines differ (one ran the same build 1.5 times faster), and a
    report says which it was measured on."""
    import platform

    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "processor unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", action="store_true", help="Run the examples and write their output into README.md.")
    action.add_argument("--check", action="store_true", help="Run the examples and list what differs (exit 1).")
    parser.add_argument("--benchmarks", action="store_true", help="With --write: rerun the benchmarks first (minutes).")
    args = parser.parse_args()
    if args.benchmarks:
        for report, (shown, command) in BENCHMARKS.items():
            print(f"running {command or shown}", file=sys.stderr)
            if command:
                subprocess.run(["bash", "-c", command], cwd=ROOT, check=True)
                continue
            import platform
            from datetime import date

            header = (f"{date.today().isoformat()}, {platform.machine()} {platform.system()}, python "
                      f"{platform.python_version()}; machine: {os.cpu_count()} cores ({_processor()}); load average "
                      f"before: {os.getloadavg()[0]:.1f}")
            done = subprocess.run(["bash", "-c", shown], cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True)
            (ROOT / report).write_text(header + "\n" + done.stdout, encoding="utf-8")
    text = README.read_text(encoding="utf-8")
    differences, blocks, fresh = check_all(
        text, progress=lambda block: print(f"README line {block.start}: {block.directive} {block.argument}".rstrip(), file=sys.stderr)
    )
    if args.write:
        README.write_text(rewrite(text, blocks, fresh), encoding="utf-8")
        print(f"README.md: {len(blocks)} blocks, {len(differences)} changed", file=sys.stderr)
        return 0
    for difference in differences:
        print(difference.describe())
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
