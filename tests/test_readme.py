"""README.md is true: its examples run on a fresh build of corpus/ and give the output it shows.

``docs/readme.py`` runs every command block (``make docs`` writes their output into the README); here the
same run compares it. Blocks that need the corpus beside the repository run only where it is; every other
block runs as on a clone without it, so this one test covers a fresh clone with and without ``../shared``.
"""
from __future__ import annotations

import importlib.util
import sqlite3
import sys

import pytest

from conftest import ROOT

spec = importlib.util.spec_from_file_location("readme_examples", ROOT / "docs" / "readme.py")
readme = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = readme  # dataclasses look their module up
spec.loader.exec_module(readme)

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_block_says_how_it_is_run():
    blocks = readme.parse(README)
    kinds = [b.directive for b in blocks]
    assert kinds.count("run") >= 15
    assert all(b.argument for b in blocks if b.directive == "show")  # each block not run says why
    for block in blocks:
        if block.directive == "run" and block.language != "python":
            assert block.commands, f"README line {block.start}: a run block without a command"


def test_a_prompt_block_without_a_directive_is_refused():
    with pytest.raises(readme.ReadmeError, match="without a <!-- readme"):
        readme.parse("text\n\n```\n$ thidua query \"SELECT 1\"\n1\n```\n")
    with pytest.raises(readme.ReadmeError, match="says why"):
        readme.parse("<!-- readme: show -->\n```\n$ dask scheduler\n```\n")


def test_only_what_a_machine_decides_is_compared_as_a_pattern():
    a = "run 1: 5 inputs (0 unchanged) in 1.78 s on 2 worker processes; pipeline 0.1.0+rced24d6d.m952ddf7e.c1b9c989d"
    b = "run 1: 5 inputs (0 unchanged) in 12.03 s on 1 process (no pool); pipeline 0.1.0+r00000000.m11111111.c22222222"
    assert readme.normalize(a) == readme.normalize(b)
    # data is compared exactly: a count, a name, a run number
    assert readme.normalize(a) != readme.normalize(a.replace("5 inputs", "7 inputs"))
    assert readme.normalize(a) != readme.normalize(a.replace("run 1", "run 2"))
    assert readme.normalize("│ Mùa xuân │ 3 │") != readme.normalize("│ Mùa hè │ 3 │")


def test_commands_go_on_while_their_quotes_are_open():
    lines = ['$ thidua query "SELECT 1', '                WHERE 1"', "out", "$ echo $?", "0"]
    assert readme.split_commands(lines) == [('thidua query "SELECT 1\n                WHERE 1"', ["out"]), ("echo $?", ["0"])]


@pytest.mark.slow  # every command block: builds, a Dask LocalCluster, a server (a minute and more); CI runs it
def test_the_readme_examples_give_the_output_shown():
    differences, blocks, _ = readme.check_all(README)
    if differences:
        pytest.fail(
            "README.md no longer matches what its commands print; run `make docs` (and read the diff):\n\n"
            + "\n\n".join(d.describe() for d in differences)
        )
    assert any(b.directive == "run" for b in blocks)


def test_mention_offsets_are_into_kicker_title_and_body_joined_by_blank_lines(corpus_db):
    """What the README says of ``start`` and ``end``, checked on every span of the corpus."""
    conn = sqlite3.connect(f"{corpus_db.as_uri()}?mode=ro", uri=True)
    texts = {
        article_id: "\n\n".join(part for part in (kicker, title, body) if part)
        for article_id, kicker, title, body in conn.execute(
            "SELECT article_id, kicker, title, body FROM articles WHERE duplicate_of IS NULL"
        )
    }
    checked = 0
    for table in ("campaign_mentions", "organization_mentions", "person_roles", "dates", "figures", "activities",
                  "sentences"):
        for article_id, start, end, text in conn.execute(f"SELECT article_id, start, \"end\", text FROM {table}"):
            if start is None:
                continue
            assert texts[article_id][start:end] == text, (table, article_id, start, end, text)
            checked += 1
    # the README's own SQL gives the same
    row = conn.execute(
        "SELECT m.text, substr(coalesce(a.kicker || char(10) || char(10), '') || a.title || char(10) || char(10) || a.body, "
        "m.start + 1, m.end - m.start) FROM organization_mentions m JOIN articles a USING (article_id) LIMIT 1"
    ).fetchone()
    assert row[0] == row[1]
    assert checked > 100
