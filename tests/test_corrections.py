"""Corrections (``pipeline.dataset.corrections``, ``thidua corrections``): stored apart, validated against the
article, re-applied at every build (flagged when their text changed), undone, exported as gold that
``thidua eval`` reads and as action labels that ``thidua train action`` reads.

Real data: the five seed articles of ``corpus/`` built into a real dataset; the gold of ``../shared/gold/seeds``.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import copy_built_corpus, shared_path
from pipeline.build.incremental import build
from pipeline.cli import app
from pipeline.dataset.corrections import (
    GOLD_KEYS, CorrectionError, article_text, corrections_from_gold, export_gold, gold_of_article, in_transaction,
    list_corrections, make_correction, undo_correction,
)
from pipeline.dataset.schema import connect, connect_readonly
from pipeline.learn.evaluate import evaluate, load_gold

BA_DINH = "003_e6e448618ba3aafd"  # "Phát động phong trào thi đua … quận Ba Đình năm 2021"
BA_DINH_ORG = "Liên đoàn Lao động quận Ba Đình"


@pytest.fixture(scope="module")
def built(built_corpus, tmp_path_factory):
    """A copy of the session's built corpus for this module's tests that write and roll back."""
    return copy_built_corpus(built_corpus, tmp_path_factory.mktemp("corrections"))


@pytest.fixture
def dataset(corpus_copy):
    """A fresh copy of the built dataset and of its inputs (``inputs, db``), for one test."""
    return corpus_copy


def article_id(db: Path, stem: str) -> str:
    conn = connect_readonly(db)
    try:
        return conn.execute("SELECT article_id FROM articles WHERE raw_path LIKE ?", (f"%{stem}%",)).fetchone()[0]
    finally:
        conn.close()


def correct(db: Path, request: dict, author: str = "Lan") -> object:
    return in_transaction(db, lambda conn: make_correction(conn, request, author))


def one(db: Path, sql: str, params: tuple = ()) -> tuple | None:
    conn = connect_readonly(db)
    try:
        return conn.execute(sql, params).fetchone()
    finally:
        conn.close()


def activity(db: Path, activity_id: int) -> tuple:
    return one(db, "SELECT a.action, o.name, c.name FROM activities a LEFT JOIN organizations o USING (org_id) "
                   "LEFT JOIN campaigns c USING (campaign_id) WHERE a.activity_id = ?", (activity_id,))


def first_activity_without_actor(db: Path, aid: str) -> int:
    return one(db, "SELECT activity_id FROM activities WHERE article_id = ? AND org_id IS NULL ORDER BY start", (aid,))[0]


def force_rebuild(inputs: Path, db: Path, resources) -> None:
    """As after a change of rules or models: every article is derived again from its input."""
    conn = connect(db)
    conn.execute("UPDATE articles SET pipeline_version = 'older rules'")
    conn.execute("DELETE FROM inputs")
    conn.close()
    summary = build([inputs], db, resources=resources)
    assert summary.changed == 5 and summary.failed == 0


# --- making, applying, undoing --------------------------------------------------------------------------


def test_the_text_offsets_point_where_the_facts_are(dataset):
    _, db = dataset
    conn = connect_readonly(db)
    aid = article_id(db, BA_DINH)
    text = article_text(conn, aid)
    for table in ("sentences", "campaign_mentions", "organization_mentions", "dates", "figures", "activities"):
        rows = conn.execute(f"SELECT start, end, text FROM {table} WHERE article_id = ? AND start IS NOT NULL", (aid,)).fetchall()
        assert rows and all(text[s:e] == t for s, e, t in rows), table
    conn.close()


def test_changing_an_activitys_actor_and_action_survives_a_rebuild(dataset, extraction_resources):
    inputs, db = dataset
    aid = article_id(db, BA_DINH)
    target = first_activity_without_actor(db, aid)
    action, org, campaign = activity(db, target)
    assert org is None
    c = correct(db, {"kind": "change_activity", "article_id": aid, "row": target, "organization": BA_DINH_ORG,
                     "action": "commend"})
    assert (c.kind, c.state, c.author, c.status) == ("change_activity", "applied", "Lan", "active")
    assert c.before["action"] == action and c.before["organization"] is None
    assert c.after["action"] == "commend" and c.after["organization"] == BA_DINH_ORG
    assert activity(db, target) == ("commend", BA_DINH_ORG, campaign)
    quote = c.quote

    force_rebuild(inputs, db, extraction_resources)
    row = one(db, "SELECT a.action, o.name FROM activities a JOIN organizations o USING (org_id) WHERE a.article_id = ? "
                  "AND a.start = ? AND a.end = ?", (aid, c.start, c.end))
    assert row == ("commend", BA_DINH_ORG)
    assert one(db, "SELECT state, note FROM corrections WHERE correction_id = ?", (c.correction_id,)) == ("applied", None)
    assert article_text(connect_readonly(db), aid)[c.start:c.end] == quote


def test_each_kind_of_correction_changes_the_facts_and_undo_takes_it_back(dataset):
    _, db = dataset
    aid = article_id(db, BA_DINH)
    conn = connect_readonly(db)
    text = article_text(conn, aid)
    counts = {t: conn.execute(f"SELECT count(*) FROM {t} WHERE article_id = ?", (aid,)).fetchone()[0]
              for t in ("campaign_mentions", "organization_mentions", "dates", "figures", "activities")}
    date_row = conn.execute("SELECT rowid, text FROM dates WHERE article_id = ? ORDER BY start", (aid,)).fetchone()
    figure_row = conn.execute("SELECT rowid FROM figures WHERE article_id = ?", (aid,)).fetchone()[0]
    conn.close()

    made = [correct(db, {"kind": "wrong", "fact": "date", "article_id": aid, "row": date_row[0]}),
            correct(db, {"kind": "wrong", "fact": "figure", "article_id": aid, "row": figure_row})]
    start = text.index("Tết Nguyên đán Tân Sửu")
    made.append(correct(db, {"kind": "add_campaign", "article_id": aid, "start": start, "end": start + 22,
                             "quote": "Tết Nguyên đán Tân Sửu", "campaign_kind": "event"}))
    start = text.index("Công đoàn quận Ba Đình")
    made.append(correct(db, {"kind": "add_organization", "article_id": aid, "start": start, "end": start + 22,
                             "name": "Công đoàn quận Ba Đình"}))
    sentence = one(db, "SELECT sentence_index, start, end FROM sentences WHERE article_id = ? AND text LIKE ?",
                   (aid, "%Tết Nguyên đán Tân Sửu%"))
    made.append(correct(db, {"kind": "add_activity", "article_id": aid, "sentence_index": sentence[0], "action": "support",
                             "organization": BA_DINH_ORG, "campaign": "Tết Nguyên đán Tân Sửu", "date": "2021"}))
    after = {t: one(db, f"SELECT count(*) FROM {t} WHERE article_id = ?", (aid,))[0] for t in counts}
    assert after == {**counts, "dates": counts["dates"] - 1, "figures": counts["figures"] - 1,
                     "campaign_mentions": counts["campaign_mentions"] + 1,
                     "organization_mentions": counts["organization_mentions"] + 1, "activities": counts["activities"] + 1}
    added = one(db, "SELECT a.action, o.name, c.name, a.start_date, a.end_date, a.sentence_index FROM activities a "
                    "JOIN organizations o USING (org_id) JOIN campaigns c USING (campaign_id) "
                    "WHERE a.article_id = ? AND a.action = 'support' AND a.start = ?", (aid, sentence[1]))
    assert added == ("support", BA_DINH_ORG, "Tết Nguyên đán Tân Sửu", "2021-01-01", "2021-12-31", sentence[0])
    assert all(c.state == "applied" for c in made)

    for c in reversed(made):
        undone = in_transaction(db, lambda conn, c=c: undo_correction(conn, c.correction_id, "Minh"))
        assert (undone.status, undone.undone_by) == ("undone", "Minh")
    assert {t: one(db, f"SELECT count(*) FROM {t} WHERE article_id = ?", (aid,))[0] for t in counts} == counts
    assert one(db, "SELECT text FROM dates WHERE rowid IN (SELECT max(rowid) FROM dates)")[0] == date_row[1]
    with pytest.raises(CorrectionError, match="already undone") as error:
        in_transaction(db, lambda conn: undo_correction(conn, made[0].correction_id))
    assert error.value.status == 409


def test_a_correction_whose_text_changed_is_flagged_not_applied(dataset, extraction_resources):
    inputs, db = dataset
    aid = article_id(db, BA_DINH)
    text = article_text(connect_readonly(db), aid)
    start = text.index("Công đoàn quận Ba Đình")
    kept = correct(db, {"kind": "add_organization", "article_id": aid, "start": start, "end": start + 22})
    word = text.index("mục tiêu kép")
    changed = correct(db, {"kind": "add_campaign", "article_id": aid, "start": word, "end": word + 12, "campaign_kind": "theme"})
    source = inputs / f"{BA_DINH}.txt"
    page = source.read_text(encoding="utf-8")
    assert page.count("mục tiêu kép") == 1
    source.write_text(page.replace("mục tiêu kép", "mục tiêu đôi"), encoding="utf-8")  # same length, other words

    summary = build([inputs], db, resources=extraction_resources)
    assert summary.changed == 1
    new_id = article_id(db, BA_DINH)
    assert new_id != aid  # no URL: the id is a hash of the text, and the corrections followed the input
    states = {c.correction_id: c for c in list_corrections(connect_readonly(db))}
    assert states[kept.correction_id].state == "applied" and states[kept.correction_id].article_id == new_id
    flagged = states[changed.correction_id]
    assert flagged.state == "flagged" and "mục tiêu kép" in flagged.note and "mục tiêu đôi" in flagged.note
    named = one(db, "SELECT group_concat(c.name) FROM campaign_mentions m JOIN campaigns c USING (campaign_id) "
                    "WHERE m.article_id = ? AND m.start = ?", (new_id, word))[0]
    assert named == "mục tiêu đôi"  # what the extractor finds in the new text; the flagged addition is not there
    assert one(db, "SELECT count(*) FROM organization_mentions WHERE article_id = ? AND start = ? AND end = ?",
               (new_id, start, start + 22))[0] == 1

    result = CliRunner().invoke(app, ["corrections", "list", "--db", str(db)])
    assert result.exit_code == 0
    assert "2 active (1 applied, 1 flagged), 0 undone" in result.stderr


@pytest.mark.parametrize(
    ("request_", "author", "status", "message"),
    [
        ({"kind": "add_campaign", "start": 10, "end": 999999}, "Lan", 422, "outside article"),
        ({"kind": "add_campaign", "start": -1, "end": 5}, "Lan", 422, "outside article"),
        ({"kind": "add_campaign", "start": 0, "end": 9, "quote": "something else"}, "Lan", 409, "not 'something else'"),
        ({"kind": "add_campaign", "start": 0, "end": 9, "name": "Thi đua quyết thắng"}, "Lan", 422, "does not occur"),
        ({"kind": "add_organization", "start": 0, "end": 9, "name": "Bộ Quốc phòng"}, "Lan", 422, "no word of the selected"),
        ({"kind": "add_activity", "start": 0, "end": 9, "action": "celebrate"}, "Lan", 400, "action must be one of"),
        ({"kind": "add_activity", "start": 0, "end": 9, "action": "launch", "organization": "Bộ Quốc phòng"}, "Lan", 422,
         "does not occur"),
        ({"kind": "add_activity", "start": 0, "end": 9, "action": "launch", "date": "năm ngoái"}, "Lan", 400, "date must be"),
        ({"kind": "add_activity", "start": 0, "end": 9, "action": "launch", "date": "2021-13"}, "Lan", 400,
         "not a calendar date"),
        ({"kind": "add_campaign", "start": "zero", "end": 9}, "Lan", 400, "whole number"),
        ({"kind": "add_campaign", "start": 0, "end": 9}, "", 400, "type your name"),
        ({"kind": "add_campaign", "start": 0, "end": 9}, "x" * 81, 400, "longer than 80"),
        ({"kind": "delete_everything"}, "Lan", 400, "kind must be one of"),
        ({"kind": "wrong", "fact": "article", "row": 1}, "Lan", 400, "fact must be one of"),
        ({"kind": "wrong", "fact": "activity", "row": 10**9}, "Lan", 404, "has no activity"),
        ({"kind": "change_activity", "row": "first"}, "Lan", 400, "whole number"),
    ],
)
def test_bad_corrections_are_refused_with_one_line(built, request_, author, status, message):
    _, db = built
    aid = article_id(db, BA_DINH)
    conn = connect(db)
    try:
        conn.execute("BEGIN")
        with pytest.raises(CorrectionError, match=message) as error:
            make_correction(conn, {"article_id": aid, **request_}, author)
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    assert error.value.status == status
    assert "\n" not in str(error.value)
    assert one(db, "SELECT count(*) FROM corrections")[0] == 0


def test_a_correction_cannot_point_into_another_article_or_a_missing_one(built):
    _, db = built
    aid, other = article_id(db, BA_DINH), article_id(db, "000_17a4eb1fff4e20ac")
    foreign = one(db, "SELECT activity_id FROM activities WHERE article_id = ?", (other,))[0]
    conn = connect(db)
    try:
        with pytest.raises(CorrectionError, match=f"has no activity #{foreign}"):
            make_correction(conn, {"kind": "change_activity", "article_id": aid, "row": foreign, "action": "review"}, "Lan")
        with pytest.raises(CorrectionError, match="no article") as missing:
            make_correction(conn, {"kind": "add_campaign", "article_id": "0000000000000000", "start": 0, "end": 3}, "Lan")
        assert missing.value.status == 404
        with pytest.raises(CorrectionError, match="nothing to change"):
            current = activity(db, foreign)[0]
            make_correction(conn, {"kind": "change_activity", "article_id": other, "row": foreign, "action": current}, "Lan")
    finally:
        conn.close()


# --- export: gold for thidua eval, labels for thidua train ---------------------------------------------------


def test_export_writes_gold_that_thidua_eval_reads_and_labels_that_training_reads(dataset, tmp_path, monkeypatch):
    inputs, db = dataset
    aid = article_id(db, BA_DINH)
    target = first_activity_without_actor(db, aid)
    correct(db, {"kind": "change_activity", "article_id": aid, "row": target, "organization": BA_DINH_ORG,
                 "action": "review"})
    gold_dir = tmp_path / "gold"
    runner = CliRunner()
    result = runner.invoke(app, ["corrections", "export", "--gold", str(gold_dir), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [str(gold_dir / f"{BA_DINH}.json"), str(gold_dir / "action_labels.tsv"),
                                          str(gold_dir / "corrected_sentences.tsv")]
    assert "1 gold files from 1 applied corrections (0 flagged, left out); 1 action labels" in result.stderr

    gold = json.loads((gold_dir / f"{BA_DINH}.json").read_text(encoding="utf-8"))
    assert tuple(gold) == GOLD_KEYS
    text = article_text(connect_readonly(db), aid)
    assert gold["campaigns"] and gold["organizations"] and gold["activities"]
    assert all(c["name"] in text for c in gold["campaigns"])
    assert all(o["surface"] in text for o in gold["organizations"])
    assert all(d["text"] in text for d in gold["dates"]) and all(f["text"] in text for f in gold["figures"])
    names = {c["name"] for c in gold["campaigns"]} | {None}
    orgs = {o["name"] for o in gold["organizations"]} | {None}
    assert all(a["campaign"] in names and a["organization"] in orgs for a in gold["activities"])
    campaign = activity(db, target)[2]
    assert any(a["action"] == "review" and a["organization"] == BA_DINH_ORG and a["campaign"] == campaign
               for a in gold["activities"])

    from pipeline.learn.action import read_labels

    labels = read_labels(gold_dir / "action_labels.tsv")
    assert [(label.action, label.source.endswith(f"{BA_DINH}.txt")) for label in labels] == [("review", True)]
    assert labels[0].sentence in text

    result = runner.invoke(app, ["eval", str(gold_dir), str(inputs)])  # the extractor against the corrected gold
    assert result.exit_code == 0, result.output
    lines = dict(line.split(None, 1) for line in result.stdout.splitlines()[:6])
    assert set(lines) == {"campaigns", "organizations", "people", "dates", "figures", "activities"}
    assert lines["campaigns"].startswith("P=1.000 R=1.000")  # campaigns were not corrected
    assert not lines["activities"].startswith("P=1.000 R=1.000")  # the correction is what the extractor misses


def test_the_activity_model_learns_from_the_sentences_an_analyst_corrected(dataset, tmp_path):
    """`thidua train activity --extra-gold` reads the export as more training articles: only the candidates of the
    corrected sentences count (the rest is the extractor's own, unchecked), labelled by the corrected activities; an
    article that is training gold already is left out."""
    from dataclasses import replace as with_field

    from pipeline.extract import load_resources
    from pipeline.learn.action import action_classifier
    from pipeline.learn.activity import read_corrected_articles

    inputs, db = dataset
    aid = article_id(db, BA_DINH)
    target = first_activity_without_actor(db, aid)
    correction = correct(db, {"kind": "change_activity", "article_id": aid, "row": target, "organization": BA_DINH_ORG})
    export = export_gold(connect_readonly(db), tmp_path / "gold")
    assert export.sentences.read_text(encoding="utf-8").splitlines() == [
        "stem\tsentence_index\tcorrection", f"{BA_DINH}\t{correction.sentence_index}\t{correction.correction_id}"]

    resources = load_resources()
    resources = with_field(resources, activities=with_field(resources.activities, classify_action=action_classifier()))
    (article,), skipped = read_corrected_articles(tmp_path / "gold", inputs, resources)
    assert skipped == 0 and article.key == f"corrections/{BA_DINH}"
    assert {c.slot.reading.sentence.index for c in article.candidates} == {correction.sentence_index}
    action, _, campaign = activity(db, target)
    positives = {(c.slot.campaign.name if c.slot.campaign else None, c.action, c.organization.name if c.organization else None)
                 for c, y in zip(article.candidates, article.labels) if y}
    assert (campaign, action, BA_DINH_ORG) in positives
    assert (campaign, action, None) not in positives  # the actor the analyst replaced is a negative now

    again, skipped = read_corrected_articles(tmp_path / "gold", inputs, resources, training_texts=frozenset({article.text}))
    assert (again, skipped) == ([], 1)


@pytest.mark.slow
def test_train_activity_with_extra_gold_counts_what_it_learned_from_in_the_card(dataset, tmp_path):
    """A corrected seed is training gold already: the careful annotation wins, and the card says so."""
    from pipeline.learn import activity as activity_model

    inputs, db = dataset
    aid = article_id(db, BA_DINH)
    correct(db, {"kind": "change_activity", "article_id": aid, "row": first_activity_without_actor(db, aid),
                 "organization": BA_DINH_ORG})
    export_gold(connect_readonly(db), tmp_path / "gold")
    shared = shared_path("gold")
    card = activity_model.train(tmp_path / "model", sets=((shared / "seeds", shared.parent / "seeds"),),
                                extra_gold=tmp_path / "gold", texts=inputs)
    assert (card["data"]["articles_from_corrections"], card["data"]["corrected_articles_already_gold"]) == (0, 1)
    assert "articles_from_corrections: 0" in (tmp_path / "model" / "CARD.md").read_text(encoding="utf-8")


def test_extra_gold_and_texts_go_with_the_activity_model_only():
    runner = CliRunner()
    wrong_model = runner.invoke(app, ["train", "action", "--extra-gold", "gold"])
    no_gold = runner.invoke(app, ["train", "activity", "--texts", "corpus"])
    said = [" ".join(w for w in result.output.split() if w != "│") for result in (wrong_model, no_gold)]  # unboxed
    assert wrong_model.exit_code == 2 and "--extra-gold and --texts go with `thidua train activity`" in said[0]
    assert no_gold.exit_code == 2 and "--texts (where the inputs of --extra-gold are) needs --extra-gold" in said[1]


def test_correcting_toward_the_seed_gold_brings_the_dataset_to_it(dataset, tmp_path):
    _, db = dataset
    gold_dir = shared_path("gold", "seeds")
    gold = load_gold(gold_dir)

    def scores() -> dict:
        out = tmp_path / f"export{len(list(tmp_path.iterdir()))}"
        export_gold(connect_readonly(db), out, all_articles=True)
        predicted = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json")}
        assert set(predicted) == set(gold)
        return evaluate(gold, predicted).scores

    before = scores()
    assert before["activities"].f1 < 1.0
    made = 0
    for stem, item in sorted(gold.items()):
        aid = article_id(db, stem)
        conn = connect(db)
        requests = corrections_from_gold(conn, aid, item)
        conn.close()
        for request in requests:
            assert correct(db, request).state == "applied"
            made += 1
    after = scores()
    assert made >= 5
    assert after["activities"].f1 == pytest.approx(1.0)
    assert after["activities"].matched > before["activities"].matched
    for field in ("campaigns", "organizations", "people", "dates", "figures"):
        assert after[field].f1 >= before[field].f1, field


def test_cli_undo_and_build_line(dataset, extraction_resources):
    inputs, db = dataset
    aid = article_id(db, BA_DINH)
    target = first_activity_without_actor(db, aid)
    c = correct(db, {"kind": "change_activity", "article_id": aid, "row": target, "action": "other"})
    runner = CliRunner()
    result = runner.invoke(app, ["build", str(inputs), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "corrections: 1 applied, 0 flagged, 0 undone" in result.stdout
    result = runner.invoke(app, ["corrections", "undo", str(c.correction_id), "--who", "Minh", "--db", str(db)])
    assert result.exit_code == 0 and result.stdout.startswith(f"undid correction #{c.correction_id} (change_activity")
    assert activity(db, target)[0] == c.before["action"]
    result = runner.invoke(app, ["corrections", "undo", str(c.correction_id), "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr == f"error: correction #{c.correction_id} is already undone\n"
    result = runner.invoke(app, ["corrections", "undo", "999", "--db", str(db)])
    assert result.exit_code == 1 and result.stderr == "error: no correction #999\n"
    assert gold_of_article(connect_readonly(db), aid)["title"].startswith("Phát động phong trào thi đua")
