"""The dataset store: schema and migrations, facts written from the records, replacement, reading."""
from __future__ import annotations

import dataclasses
import re
import sqlite3

import pytest

from pipeline.ingest.files import parse_text_page
from pipeline.build.process import process_page
from pipeline.records import Activity, Campaign, DateMention, Facts, Figure, Organization, Person, Processed, Span
from pipeline.dataset.store import CHANGED, DUPLICATE, NEW, UNCHANGED, Store, StoreError, connect
from pipeline.dataset.schema import MIGRATIONS, SCHEMA_VERSION, connect_readonly, table_names
from pipeline.dataset.query import check_read_only, run_query

VERSION = "test-1"

TEXT = """URL: https://laodongthudo.vn/tin-1.html

LĐLĐ quận Thanh Xuân phát động thi đua

Ngày 12/5/2021, Liên đoàn Lao động quận Thanh Xuân phát động phong trào thi đua "Lao động giỏi, lao động sáng tạo".

Chủ tịch Nguyễn Văn An cho biết đã có gần 700 triệu đồng được trao cho 120 đoàn viên.
"""


def processed_from(text: str, source: str, resources) -> Processed:
    """A real ``Processed`` of ``text`` with hand-made facts whose spans point into its text."""
    processed = process_page(parse_text_page(text, source), resources)
    article, sentences = processed.article, processed.sentences

    def span(surface: str) -> Span:
        start = article.text.index(surface)
        index = next(s.index for s in sentences if s.start <= start < s.end)
        return Span(index, start, start + len(surface), surface)

    org = "Liên đoàn Lao động quận Thanh Xuân"
    members = re.search(r"\d+ đoàn viên", article.text).group(0)
    campaign = "Lao động giỏi, lao động sáng tạo"
    facts = Facts(
        campaigns=(Campaign(name=campaign, kind="movement", key="lao động giỏi lao động sáng tạo", mentions=(span(campaign),)),),
        organizations=(
            Organization(name=org, surface="LĐLĐ quận Thanh Xuân", type="federation", place="quận Thanh Xuân",
                         parent="Liên đoàn Lao động thành phố Hà Nội",
                         mentions=(span("LĐLĐ quận Thanh Xuân"), span(org))),
        ),
        people=(Person(name="Nguyễn Văn An", title="Chủ tịch", organization=org, mentions=(span("Nguyễn Văn An"),)),),
        dates=(DateMention(text="12/5/2021", value="2021-05-12", start_date="2021-05-12", end_date="2021-05-12",
                           granularity="day", span=span("12/5/2021")),),
        figures=(
            Figure(text="gần 700 triệu đồng", value=700_000_000, unit="VND", kind="money", approx="gần",
                   span=span("gần 700 triệu đồng")),
            Figure(text=members, value=float(members.split()[0]), unit="đoàn viên", kind="count", span=span(members)),
        ),
        activities=(Activity(campaign=campaign, action="launch", organization=org, date="2021-05-12",
                             figures=("gần 700 triệu đồng",), span=span("phát động phong trào thi đua")),),
    )
    return dataclasses.replace(processed, facts=facts)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "d" / "thidua.sqlite") as opened:
        yield opened


def put(store: Store, processed: Processed, path: str = "a.txt", version: str = VERSION) -> str:
    run_id = store.start_run(version, [path])
    with store.transaction():
        return store.put(processed, version, run_id, path)


def rows(store: Store, sql: str, *args) -> list[tuple]:
    return store.conn.execute(sql, args).fetchall()


def test_schema_has_the_design_tables_a_recorded_version_and_wal(tmp_path):
    conn = connect(tmp_path / "new" / "thidua.sqlite")
    assert set(table_names(conn)) >= {
        "schema_migrations", "articles", "sentences", "campaigns", "campaign_mentions", "organizations",
        "organization_mentions", "people", "person_roles", "dates", "figures", "activities", "runs", "errors", "inputs",
        "campaign_aliases", "organization_parent_rules",  # migration 2
    }
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # every migration recorded once, in order (numbers may leave gaps: branches take numbers of their own)
    versions = [version for version, _, _ in MIGRATIONS]
    assert versions == sorted(versions) and versions[-1] == SCHEMA_VERSION
    assert [r[0] for r in conn.execute("SELECT version FROM schema_migrations")] == versions
    conn.close()
    again = connect(tmp_path / "new" / "thidua.sqlite")  # reopening does not migrate twice
    assert again.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)


def test_an_older_dataset_is_migrated_in_place(tmp_path, monkeypatch):
    import pipeline.dataset.schema as store_module

    path = tmp_path / "thidua.sqlite"
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:1])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 1)
    connect(path).execute("INSERT INTO runs (started_at, status, pipeline_version) VALUES ('t', 'done', 'v')")
    monkeypatch.undo()
    extra = ("CREATE TABLE later_addition (x INTEGER)",)  # no final semicolon: migrate copes
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS + ((SCHEMA_VERSION + 1, "test", *extra),))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    conn = connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 1  # data kept
    assert "later_addition" in table_names(conn)


def test_a_dataset_from_a_newer_thidua_is_refused(tmp_path):
    path = tmp_path / "thidua.sqlite"
    connect(path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer than this thidua"):
        connect(path)


def test_article_sentences_and_every_fact_table_are_written(store, extraction_resources):
    processed = processed_from(TEXT, "a.txt", extraction_resources)
    assert put(store, processed) == NEW
    article_id = processed.article.article_id
    [(url, title, body, content_hash)] = rows(store, "SELECT url, title, body, content_hash FROM articles")
    assert (url, title) == ("https://laodongthudo.vn/tin-1.html", "LĐLĐ quận Thanh Xuân phát động thi đua")
    assert body.startswith("Ngày 12/5/2021") and content_hash == processed.content_hash
    assert rows(store, "SELECT count(*) FROM sentences")[0][0] == len(processed.sentences)

    # Every stored span is the text at its offsets in the article.
    text = processed.article.text
    for table in ("campaign_mentions", "organization_mentions", "person_roles", "dates", "figures", "activities"):
        for start, end, surface in rows(store, f"SELECT start, end, text FROM {table}"):
            assert text[start:end] == surface, table

    assert rows(store, "SELECT name, kind FROM campaigns") == [("Lao động giỏi, lao động sáng tạo", "movement")]
    assert rows(store, "SELECT o.name, o.type, o.place, p.name FROM organizations o "
                       "JOIN organizations p ON p.org_id = o.parent_org_id") == [
        ("Liên đoàn Lao động quận Thanh Xuân", "federation", "quận Thanh Xuân", "Liên đoàn Lao động thành phố Hà Nội")
    ]
    assert rows(store, "SELECT text FROM organization_mentions ORDER BY start") == [
        ("LĐLĐ quận Thanh Xuân",), ("Liên đoàn Lao động quận Thanh Xuân",)
    ]
    assert rows(store, "SELECT p.name, r.title, o.name FROM person_roles r JOIN people p USING (person_id) "
                       "JOIN organizations o USING (org_id)") == [("Nguyễn Văn An", "Chủ tịch", "Liên đoàn Lao động quận Thanh Xuân")]
    assert rows(store, "SELECT value, start_date, granularity FROM dates") == [("2021-05-12", "2021-05-12", "day")]
    assert rows(store, "SELECT f.text, f.value, f.unit, f.approx, c.name FROM figures f "
                       "LEFT JOIN campaigns c USING (campaign_id) ORDER BY f.start") == [
        ("gần 700 triệu đồng", 700_000_000.0, "VND", "gần", "Lao động giỏi, lao động sáng tạo"),
        ("120 đoàn viên", 120.0, "đoàn viên", None, None),
    ]
    assert rows(store, "SELECT a.action, c.name, o.name, a.start_date, a.end_date, a.figures FROM activities a "
                       "JOIN campaigns c USING (campaign_id) JOIN organizations o USING (org_id)") == [
        ("launch", "Lao động giỏi, lao động sáng tạo", "Liên đoàn Lao động quận Thanh Xuân", "2021-05-12", "2021-05-12",
         '["gần 700 triệu đồng"]')
    ]
    assert {r[0] for r in rows(store, "SELECT DISTINCT article_id FROM campaign_mentions")} == {article_id}


def test_campaigns_organizations_and_people_are_distinct_across_articles(store, extraction_resources):
    first = processed_from(TEXT, "a.txt", extraction_resources)
    # The same story on another site, with old-style tone placement in the organization's name.
    second_text = TEXT.replace("tin-1", "tin-2").replace("Chủ tịch", "Ông") + "\nThêm một câu cho bài thứ hai.\n"
    second = processed_from(second_text, "b.txt", extraction_resources)
    renamed = dataclasses.replace(
        second.facts.organizations[0], name="Liên đoàn Lao động quận Thanh Xuân".replace("ộ", "ộ")
    )
    second = dataclasses.replace(second, facts=dataclasses.replace(second.facts, organizations=(renamed,)))
    assert put(store, first, "a.txt") == NEW
    assert put(store, second, "b.txt") == NEW
    assert rows(store, "SELECT count(*) FROM campaigns")[0][0] == 1
    assert rows(store, "SELECT count(*) FROM people")[0][0] == 1
    assert rows(store, "SELECT count(*) FROM organizations")[0][0] == 2  # the federation and its parent
    assert rows(store, "SELECT count(DISTINCT article_id), count(*) FROM campaign_mentions")[0] == (2, 2)


def test_unchanged_changed_and_replacement_without_stale_rows(store, extraction_resources):
    original = processed_from(TEXT, "a.txt", extraction_resources)
    assert put(store, original) == NEW
    assert put(store, original) == UNCHANGED
    edited = processed_from(TEXT.replace("120 đoàn viên", "150 đoàn viên"), "a.txt", extraction_resources)
    assert put(store, edited) == CHANGED
    assert rows(store, "SELECT count(*) FROM articles")[0][0] == 1
    assert rows(store, "SELECT text FROM figures ORDER BY start") == [("gần 700 triệu đồng",), ("150 đoàn viên",)]
    assert rows(store, "SELECT count(*) FROM sentences")[0][0] == len(edited.sentences)
    assert rows(store, "SELECT count(*) FROM campaign_mentions")[0][0] == 1
    # The full-text index follows the replacement.
    assert rows(store, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH '150'")[0][0] == 1
    assert rows(store, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH '120'")[0][0] == 0


def test_full_text_search_ignores_diacritics(store, extraction_resources):
    put(store, processed_from(TEXT, "a.txt", extraction_resources))
    hits = rows(store, "SELECT s.article_id, s.sentence_index FROM sentences_fts f JOIN sentences s "
                       "ON s.rowid = f.rowid WHERE sentences_fts MATCH '\"sang tao\"'")
    assert len(hits) == 1


def test_same_text_under_another_url_is_stored_once_as_a_duplicate(store, extraction_resources, tmp_path):
    original = processed_from(TEXT, "a.txt", extraction_resources)
    copy = processed_from(TEXT.replace("laodongthudo.vn/tin-1", "baomoi.com/copy"), "b.txt", extraction_resources)
    assert put(store, original, "a.txt") == NEW
    assert put(store, copy, "b.txt") == DUPLICATE
    assert rows(store, "SELECT url, duplicate_of, body FROM articles WHERE article_id = ?", copy.article.article_id) == [
        ("https://baomoi.com/copy.html", original.article.article_id, None)
    ]
    assert rows(store, "SELECT count(DISTINCT article_id) FROM sentences")[0][0] == 1
    assert rows(store, "SELECT count(*) FROM campaign_mentions")[0][0] == 1
    # A second file of the same URL is not stored at all, as long as the first is still there.
    first, second = tmp_path / "a.txt", tmp_path / "c.txt"
    first.write_text(TEXT, encoding="utf-8")
    store.conn.execute("UPDATE articles SET raw_path = ? WHERE raw_path = 'a.txt'", (str(first),))
    assert put(store, processed_from(TEXT, str(second), extraction_resources), str(second)) == DUPLICATE
    assert rows(store, "SELECT count(*) FROM articles")[0][0] == 2
    # When the first file is gone (the corpus moved), the article just moves with it.
    first.unlink()
    assert put(store, processed_from(TEXT, str(second), extraction_resources), str(second)) == UNCHANGED
    assert rows(store, "SELECT raw_path FROM articles WHERE article_id = ?", original.article.article_id) == [(str(second),)]


def test_prune_drops_entities_no_article_mentions(store, extraction_resources):
    put(store, processed_from(TEXT, "a.txt", extraction_resources))
    plain = dataclasses.replace(processed_from(TEXT, "a.txt", extraction_resources), facts=Facts())
    assert put(store, plain) == UNCHANGED  # same text, same pipeline: not even looked at
    assert put(store, plain, version="test-2") == CHANGED
    with store.transaction():
        store.prune()
    for table in ("campaigns", "organizations", "people"):
        assert rows(store, f"SELECT count(*) FROM {table}")[0][0] == 0, table


@pytest.mark.parametrize("sql", [
    "DELETE FROM articles", "drop table runs", "  -- a comment\n UPDATE articles SET title = ''",
    "INSERT INTO runs DEFAULT VALUES", "PRAGMA user_version = 7", "ATTACH 'x.db' AS x", "",
])
def test_write_statements_are_refused(sql):
    with pytest.raises(StoreError, match="refused"):
        check_read_only(sql)


def test_query_is_read_only_even_behind_a_with(store, extraction_resources):
    put(store, processed_from(TEXT, "a.txt", extraction_resources))
    columns, result = run_query(store.path, "SELECT title FROM articles")
    assert columns == ["title"] and result == [("LĐLĐ quận Thanh Xuân phát động thi đua",)]
    with pytest.raises(StoreError, match="readonly"):
        run_query(store.path, "WITH x AS (SELECT 1) DELETE FROM articles")
    assert rows(store, "SELECT count(*) FROM articles")[0][0] == 1
    with pytest.raises(StoreError, match="no such table"):
        run_query(store.path, "SELECT * FROM missing_table")


def test_readonly_open_of_a_missing_dataset_says_so(tmp_path):
    with pytest.raises(StoreError, match="no dataset here"):
        connect_readonly(tmp_path / "missing.sqlite")


def test_a_reader_sees_committed_rows_while_a_writer_holds_a_transaction(store, extraction_resources):
    put(store, processed_from(TEXT, "a.txt", extraction_resources))
    reader = connect_readonly(store.path)
    store.conn.execute("BEGIN IMMEDIATE")
    store.conn.execute("DELETE FROM articles")
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 1  # WAL: not blocked, not dirty
    store.conn.execute("ROLLBACK")
    with pytest.raises(sqlite3.OperationalError):
        reader.execute("DELETE FROM articles")


def test_a_second_writer_gets_a_clear_message_not_a_hang(tmp_path):
    path = tmp_path / "thidua.sqlite"
    with Store(path) as first, Store(path) as second:
        second.conn.execute("PRAGMA busy_timeout = 50")
        with first.transaction():
            with pytest.raises(StoreError, match="another `thidua build`"):
                with second.transaction():
                    pass


def test_an_articles_sentences_go_in_one_statement_so_the_full_text_index_writes_one_segment(store, extraction_resources):
    # every statement that fires the full-text triggers opens a statement savepoint, at which FTS5 writes its pending
    # terms as a new segment: one INSERT per sentence wrote (and later merged) a segment per sentence in two indexes
    text = TEXT + "".join(f"\nCâu thêm số {n} về đoàn viên công đoàn cơ sở.\n" for n in range(12))
    processed = processed_from(text, "a.txt", extraction_resources)
    run_id = store.start_run(VERSION, ["a.txt"])
    sent: list[str] = []
    store.conn.set_trace_callback(sent.append)
    with store.transaction():
        store.put(processed, VERSION, run_id, "a.txt")
    store.conn.set_trace_callback(None)
    assert len(processed.sentences) > 12
    assert len({sql for sql in sent if sql.startswith("INSERT INTO sentences ")}) == 1  # (traced once per trigger run)
    segments = [sql for sql in sent if sql.startswith("-- INSERT INTO 'main'.'sentences_fts_idx'")]
    assert 1 <= len(segments) <= 2
    stored = rows(store, "SELECT sentence_index, start, end, text FROM sentences ORDER BY rowid")
    assert stored == [(s.index, s.start, s.end, s.text) for s in processed.sentences]
    assert rows(store, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'them'")[0][0] == 12
    store.conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")


class _CountingConnection:
    """A connection that records the statements sent one by one through ``execute``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn, self.executed = conn, []

    def execute(self, sql, *args):
        self.executed.append(sql)
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_an_articles_fact_rows_go_in_one_statement_call_per_table_with_the_ids_of_row_by_row(store, extraction_resources):
    # speed: a statement call per mention, figure and activity was a fifth of the store's time; the ids are still
    # asked for row by row, in the same order, so the dataset is the same
    processed = processed_from(TEXT, "a.txt", extraction_resources)
    run_id = store.start_run(VERSION, ["a.txt"])
    counting = store.conn = _CountingConnection(store.conn)
    with store.transaction():
        store.put(processed, VERSION, run_id, "a.txt")
    store.conn = counting._conn
    tables = ("campaign_mentions", "organization_mentions", "person_roles", "dates", "figures", "activities")
    assert not [sql for sql in counting.executed if sql.startswith(tuple(f"INSERT INTO {t} " for t in tables))]
    org_id, campaign_id = rows(store, "SELECT org_id FROM organizations WHERE name LIKE 'Liên đoàn%Thanh Xuân'")[0][0], 1
    assert rows(store, "SELECT org_id, text FROM organization_mentions ORDER BY rowid") == [
        (org_id, "LĐLĐ quận Thanh Xuân"), (org_id, "Liên đoàn Lao động quận Thanh Xuân")]
    assert rows(store, "SELECT campaign_id, text FROM campaign_mentions") == [(campaign_id, "Lao động giỏi, lao động sáng tạo")]
    assert rows(store, "SELECT text, campaign_id FROM figures ORDER BY rowid") == [("gần 700 triệu đồng", campaign_id),
                                                                                ("120 đoàn viên", None)]
    assert rows(store, "SELECT campaign_id, org_id, figures FROM activities") == [(campaign_id, org_id, '["gần 700 triệu đồng"]')]
    assert rows(store, "SELECT p.name, r.title, r.org_id FROM person_roles r JOIN people p USING (person_id)") == [
        ("Nguyễn Văn An", "Chủ tịch", org_id)]


def _upserts(store: Store) -> list[str]:
    """The campaign, organization and person upserts the store sends from now on."""
    sent: list[str] = []
    store.conn.set_trace_callback(
        lambda sql: sent.append(sql.split(" (")[0]) if sql.startswith(("INSERT INTO campaigns ", "INSERT INTO organizations ",
                                                                        "INSERT INTO people ")) else None)
    return sent


def test_a_name_met_again_in_a_batch_costs_no_statement_when_its_upsert_would_change_nothing(store, extraction_resources):
    # a build meets the same federations, campaigns and people article after article: their ids are remembered
    # within the batch, so only a first meeting (or one that fills a type, place or kind still empty) is written
    first = processed_from(TEXT, "a.txt", extraction_resources)
    second = processed_from(TEXT.replace("tin-1", "tin-2") + "\nThêm một câu cho bài thứ hai.\n", "b.txt", extraction_resources)
    run_id = store.start_run(VERSION, ["a.txt", "b.txt"])
    sent = _upserts(store)
    with store.transaction():
        store.put(first, VERSION, run_id, "a.txt")
        written = len(sent)
        store.put(second, VERSION, run_id, "b.txt")
    assert written and len(sent) == written  # the second article's campaign, bodies and person: no statement
    assert rows(store, "SELECT count(*) FROM campaigns")[0][0] == 1
    assert rows(store, "SELECT count(DISTINCT campaign_id), count(*) FROM campaign_mentions")[0] == (1, 2)
    assert rows(store, "SELECT count(DISTINCT org_id), count(*) FROM organization_mentions")[0] == (1, 4)


def test_a_remembered_id_never_outlives_its_row(store, extraction_resources):
    # a rolled-back article takes its new rows with it, and a deletion or a prune may free ids: none is reused
    first = processed_from(TEXT, "a.txt", extraction_resources)
    run_id = store.start_run(VERSION, ["a.txt"])
    with store.transaction():
        with pytest.raises(RuntimeError):
            with store.savepoint():
                store.put(first, VERSION, run_id, "a.txt")
                raise RuntimeError("a failing article")
        assert rows(store, "SELECT count(*) FROM organizations")[0][0] == 0
        assert store.put(first, VERSION, run_id, "a.txt") == NEW
    assert rows(store, "SELECT count(*) FROM organization_mentions m JOIN organizations o USING (org_id)")[0][0] == 2
    assert rows(store, "SELECT count(*) FROM campaign_mentions m JOIN campaigns c USING (campaign_id)")[0][0] == 1
    plain = dataclasses.replace(first, facts=Facts())
    with store.transaction():
        assert store.put(plain, "test-2", run_id, "a.txt") == CHANGED
        store.prune()
        assert store.put(first, "test-3", run_id, "a.txt") == CHANGED
    assert rows(store, "SELECT count(*) FROM person_roles r JOIN people p USING (person_id)")[0][0] == 1
    assert rows(store, "SELECT count(*) FROM organization_mentions m JOIN organizations o USING (org_id)")[0][0] == 2


def test_an_upsert_that_fills_an_empty_column_is_still_written(store, extraction_resources):
    # the parent is first met as a bare name (no type, no place); met again with a type, the type is filled in
    first = processed_from(TEXT, "a.txt", extraction_resources)
    parent = "Liên đoàn Lao động thành phố Hà Nội"
    typed = Organization(name=parent, surface=parent, type="federation", place="thành phố Hà Nội",
                         mentions=(first.facts.organizations[0].mentions[1],))
    second = processed_from(TEXT.replace("tin-1", "tin-2") + "\nThêm một câu.\n", "b.txt", extraction_resources)
    second = dataclasses.replace(second, facts=dataclasses.replace(second.facts, organizations=(typed,)))
    run_id = store.start_run(VERSION, ["a.txt", "b.txt"])
    with store.transaction():
        store.put(first, VERSION, run_id, "a.txt")
        assert rows(store, "SELECT type, place FROM organizations WHERE name = ?", parent) == [(None, None)]
        store.put(second, VERSION, run_id, "b.txt")
    assert rows(store, "SELECT type, place FROM organizations WHERE name = ?", parent) == [("federation", "thành phố Hà Nội")]
