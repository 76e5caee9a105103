"""The inputs index: what needs work is decided from (path, size, mtime, sha256, pipeline version), never from article bodies."""
from __future__ import annotations

import hashlib
import os
import sqlite3

from conftest import CORPUS
from pipeline.build.process import process_input
from pipeline.build.incremental import build, pipeline_version

SEEDS = sorted(CORPUS.glob("*.txt"))


def copy_seeds(folder):
    folder.mkdir()
    files = []
    for seed in SEEDS:
        (folder / seed.name).write_bytes(seed.read_bytes())
        files.append(folder / seed.name)
    return files


def test_a_touched_file_is_known_by_its_hash_and_an_edit_of_the_same_size_is_not(tmp_path):
    files = copy_seeds(tmp_path / "in")
    db = tmp_path / "x.sqlite"
    assert build([tmp_path / "in"], db).new == len(SEEDS)
    conn = sqlite3.connect(db)
    rows = dict(conn.execute("SELECT path, sha256 FROM inputs"))
    assert rows == {str(f): hashlib.sha256(f.read_bytes()).hexdigest() for f in files}
    assert {v for (v,) in conn.execute("SELECT pipeline_version FROM inputs")} == {pipeline_version()}

    read = []

    def noting(path, resources):  # every input actually read is noted
        read.append(path)
        return process_input(path, resources)

    later = 1_900_000_000 * 10**9
    for file in files:  # a checkout or a copy without times: new mtimes, same bytes
        os.utime(file, ns=(later, later))
    touched = build([tmp_path / "in"], db, task=noting)
    assert read == []
    assert (touched.unchanged, touched.skipped_inputs) == (len(SEEDS), len(SEEDS))
    assert {m for (m,) in conn.execute("SELECT mtime_ns FROM inputs")} == {later}  # no hashing next time

    data = files[0].read_text(encoding="utf-8")
    edited = data.replace("2023", "2024", 1) if "2023" in data else data.replace("năm", "NĂM", 1)
    assert edited != data and len(edited.encode()) == len(data.encode())
    files[0].write_text(edited, encoding="utf-8")
    os.utime(files[0], ns=(later, later))  # same size and mtime as recorded: only a stat would miss it...
    assert build([tmp_path / "in"], db, task=noting).skipped_inputs == len(SEEDS)  # ...and it does (size + mtime is the fast path)
    os.utime(files[0], ns=(later + 1, later + 1))
    edit = build([tmp_path / "in"], db, task=noting)
    assert read == [str(files[0])]
    assert (edit.changed, edit.unchanged, edit.skipped_inputs) == (1, len(SEEDS) - 1, len(SEEDS) - 1)
    conn.close()
