"""Campaign names the corpus teaches: quoted in one article, found unquoted in the others."""
from __future__ import annotations

import json
import sqlite3

from typer.testing import CliRunner

from pipeline.build import build
from pipeline.cli import app

QUOTED = ("Liên đoàn Lao động tỉnh phát động chương trình “Xuân yêu thương công nhân”\n\n"
          "(LĐTĐ) Sáng 10/1/2025, Liên đoàn Lao động tỉnh Nghệ An phát động chương trình “Xuân yêu thương công nhân” "
          "năm 2025 với 500 suất quà cho đoàn viên khó khăn.\n")
UNQUOTED = ("Công đoàn các Khu công nghiệp trao quà Tết\n\n"  # the name unquoted and with no trigger word before it
            "(LĐTĐ) Hưởng ứng Xuân yêu thương công nhân, Công đoàn các Khu công nghiệp tỉnh đã trao "
            "200 suất quà cho công nhân ngày 15/1/2025.\n")
UNRELATED = ("Hội nghị tổng kết công tác công đoàn\n\n"
             "(LĐTĐ) Chiều 20/12/2024, Liên đoàn Lao động huyện Nghi Lộc tổ chức hội nghị tổng kết công tác năm 2024.\n")


def campaigns_of(db, stem: str) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT c.name FROM campaign_mentions m JOIN campaigns c USING (campaign_id) "
                            "JOIN articles a USING (article_id) WHERE a.raw_path LIKE ? ORDER BY c.name", (f"%{stem}.txt",))
        return sorted({name for (name,) in rows})
    finally:
        conn.close()


def test_a_name_learned_later_reads_again_only_the_articles_that_hold_it(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "x.sqlite"
    folder.mkdir()
    (folder / "b_unquoted.txt").write_text(UNQUOTED, encoding="utf-8")
    (folder / "c_unrelated.txt").write_text(UNRELATED, encoding="utf-8")
    first = build([folder], db)
    assert first.new == 2 and first.relearned == 0
    assert campaigns_of(db, "b_unquoted") == []  # nothing quotes the name yet
    (folder / "a_quoted.txt").write_text(QUOTED, encoding="utf-8")
    second = build([folder], db)
    assert (second.new, second.unchanged, second.relearned) == (1, 2, 1)  # only the article holding the name
    assert campaigns_of(db, "b_unquoted") == ["Xuân yêu thương công nhân"]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT name, kind FROM learned_campaigns").fetchall() == [("Xuân yêu thương công nhân", "program")]
    conn.close()
    third = build([folder], db)  # nothing new to learn: nothing read
    assert (third.skipped_inputs, third.relearned) == (3, 0)


def test_a_name_learned_in_one_batch_is_known_to_the_next_batches_of_the_same_build(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "x.sqlite"
    folder.mkdir()
    (folder / "a_quoted.txt").write_text(QUOTED, encoding="utf-8")
    (folder / "b_unquoted.txt").write_text(UNQUOTED, encoding="utf-8")
    one_by_one = build([folder], db, batch_size=1)
    assert (one_by_one.new, one_by_one.relearned) == (2, 0)  # b is read after a's batch: it knows the name already
    assert campaigns_of(db, "b_unquoted") == ["Xuân yêu thương công nhân"]
    together = build([folder], tmp_path / "y.sqlite", batch_size=2)
    assert (together.new, together.relearned) == (2, 1)  # one batch: b is read again once the batch taught the name
    assert campaigns_of(tmp_path / "y.sqlite", "b_unquoted") == ["Xuân yêu thương công nhân"]


def test_extract_learns_from_the_batch_it_is_given(tmp_path):
    (tmp_path / "a.txt").write_text(QUOTED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(UNQUOTED, encoding="utf-8")
    out = tmp_path / "out"
    alone = CliRunner().invoke(app, ["extract", str(tmp_path / "b.txt"), "--out", str(out)])
    assert alone.exit_code == 0, alone.output
    assert json.loads((out / "b.json").read_text(encoding="utf-8"))["campaigns"] == []
    together = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--out", str(out)])
    assert together.exit_code == 0, together.output
    found = json.loads((out / "b.json").read_text(encoding="utf-8"))["campaigns"]
    assert [(c["name"], c["kind"]) for c in found] == [("Xuân yêu thương công nhân", "program")]
