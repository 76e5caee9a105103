"""Code said once: no repeated code in pipeline/ outside extract/ and learn/ (the machine's ``duplicates``
command), and the pieces the repeats became (pipelined_outcomes, Closing, in_transaction, _choices)."""
from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from concurrent.futures import Future

import pytest

from conftest import ROOT
from pipeline.build.engines import pipelined_outcomes
from pipeline.dataset.corrections import in_transaction
from pipeline.records import Closing

# What may stay: the released first migration's DDL (campaigns and organizations have the same table
# shape by design, and a released migration is never edited), a later migration's view that redefines a
# released one (migration 7 rewrites migration 2's views to count each story once), and what lies in
# extract/ and learn/.
ALLOWED = re.compile(r"^D\d+ (?:dataset/(schema|views)\.py:\S+ ~ dataset/\1\.py|(?:extract|learn)/\S+ ~ (?:extract|learn)/)")


@pytest.mark.skipif(shutil.which("duplicates") is None, reason="the `duplicates` command is not on this machine")
def test_no_repeated_code_outside_extract_and_learn():
    result = subprocess.run(["duplicates", "--most", "200", "--seconds", "120"], cwd=ROOT / "pipeline",
                            capture_output=True, text=True, timeout=300)
    pairs = [line for line in result.stdout.splitlines() if re.match(r"^D\d+ ", line)]
    assert "incomplete" not in result.stdout
    assert [line for line in pairs if not ALLOWED.match(line)] == []


def _done(value) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


def test_pipelined_outcomes_in_order_and_nothing_left_running_when_the_consumer_stops():
    submitted: list[Future] = []

    def submit(chunk):
        future = _done([f"out:{p}" for p in chunk]) if not submitted else Future()  # later chunks still running
        submitted.append(future)
        return future

    def collect(chunk, future, waiting):
        yield from future.result()

    aborted = []
    outcomes = pipelined_outcomes(["a", "b", "c", "d", "e"], 2, 3, submit, collect, lambda: aborted.append(True))
    assert next(outcomes) == "out:a" and next(outcomes) == "out:b"
    outcomes.close()  # the consumer gives up (or Ctrl-C): the chunks in flight are cancelled, the engine told
    assert aborted == [True]
    assert [f.cancelled() for f in submitted] == [False, True, True]
    everything = pipelined_outcomes(["a", "b", "c"], 2, 1, lambda chunk: _done([f"out:{p}" for p in chunk]),
                                    collect)
    assert list(everything) == ["out:a", "out:b", "out:c"]


def test_closing_closes_on_the_way_out_even_on_an_error():
    class Resource(Closing):
        closed = 0

        def close(self) -> None:
            Resource.closed += 1

    with Resource() as resource:
        assert isinstance(resource, Resource)
    with pytest.raises(KeyError), Resource():
        raise KeyError("x")
    assert Resource.closed == 2


def test_one_transaction_helper_commits_or_rolls_back(tmp_path):
    from pipeline.dataset.canonical import CanonicalError, correct_campaign
    from pipeline.dataset.schema import connect
    from pipeline.text import match_key

    db = tmp_path / "thidua.sqlite"
    connect(db).close()  # migrated, empty
    assert in_transaction(db, lambda conn: conn.execute("SELECT count(*) FROM articles").fetchone()[0]) == 0
    with pytest.raises(sqlite3.OperationalError):
        in_transaction(db, lambda conn: (conn.execute("INSERT INTO runs (started_at, status, pipeline_version) VALUES ('x', 'running', 'v')"),
                                         conn.execute("SELECT nothing FROM nowhere")))
    assert in_transaction(db, lambda conn: conn.execute("SELECT count(*) FROM runs").fetchone()[0]) == 0  # rolled back
    with pytest.raises(CanonicalError, match="no campaign is written 'Thi đua Dân vận khéo'"):
        correct_campaign(db, "Thi đua Dân vận khéo", "Dân vận khéo")  # refused inside it: nothing written
    assert in_transaction(db, lambda conn: conn.execute("SELECT count(*) FROM campaign_aliases").fetchone()[0]) == 0
    in_transaction(db, lambda conn: conn.executemany("INSERT INTO campaigns (key, name) VALUES (?, ?)",
                                                     [(match_key(n), n) for n in ("Thi đua Dân vận khéo", "Dân vận khéo")]))
    alias = correct_campaign(db, "Thi đua Dân vận khéo", "Dân vận khéo")  # the aliases' writes go through it too
    assert alias.source == "analyst"


def test_the_cli_choices_are_string_enums():
    from pipeline.cli import EngineName, ExportFormat, ModelName, OutputFormat

    assert [m.value for m in ModelName] == ["relevance", "action", "activity"]
    assert ExportFormat("xlsx") is ExportFormat.xlsx and OutputFormat.csv == "csv" and EngineName.dask.value == "dask"
