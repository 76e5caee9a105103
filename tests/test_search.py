"""Full-text search without diacritics (migration 3): folded copies kept by triggers, folded queries."""
from __future__ import annotations

import hashlib
import sqlite3


from conftest import CORPUS
from pipeline.build.incremental import build
from pipeline.dataset.search import SCHEMA_3, SEARCH_TABLES, match_query, rebuild, register_functions, search_sql
from pipeline.dataset.store import connect
from pipeline.dataset.schema import connect_readonly, table_names
from pipeline.text import fold_diacritics


def reader(db) -> sqlite3.Connection:
    conn = connect_readonly(db)
    register_functions(conn)
    return conn


def titles(conn, query: str) -> list[str]:
    sql = f"SELECT title FROM articles WHERE rowid IN ({search_sql('articles')}) ORDER BY title"
    return [row[0] for row in conn.execute(sql, {"q": query})]


def test_migration_3_is_released_and_never_edited():
    # SCHEMA_3 is generated from SEARCH_TABLES: changing either needs a new migration, not an edit.
    assert hashlib.sha256(SCHEMA_3.encode()).hexdigest()[:16] == "d89709490961227e"


def test_typed_with_or_without_diacritics_and_d_finds_the_same_articles(corpus_db):
    conn = reader(corpus_db)
    thanh_xuan = titles(conn, "thanh xuan")
    assert len(thanh_xuan) == 2
    assert titles(conn, "Thanh Xuân") == titles(conn, "THANH XUAN") == thanh_xuan
    union = titles(conn, "lien doan lao dong")
    assert len(union) == 5
    assert titles(conn, "liên đoàn lao động") == titles(conn, "Lien Đoan") == titles(conn, "lien đoàn") == union
    assert titles(conn, '"ba dinh"') == titles(conn, "Ba Đình") != []
    assert titles(conn, "") == [] and titles(conn, "zzzz") == []


def test_the_index_holds_exactly_the_folded_words(corpus_db):
    """The tokenizer folds every mark but đ; the copies fold đ: together, fold_diacritics."""
    conn = sqlite3.connect(corpus_db)
    conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, sentences_search, 'row')")
    indexed = {row[0] for row in conn.execute("SELECT term FROM temp.vocab")}
    expected = sqlite3.connect(":memory:")
    expected.execute("CREATE VIRTUAL TABLE plain USING fts5(text, tokenize='unicode61 remove_diacritics 0')")
    expected.executemany(
        "INSERT INTO plain VALUES (?)", [(fold_diacritics(row[0]),) for row in conn.execute("SELECT text FROM sentences")]
    )
    expected.execute("CREATE VIRTUAL TABLE vocab USING fts5vocab(plain, 'row')")
    words = {row[0] for row in expected.execute("SELECT term FROM vocab")}
    assert indexed == words and len(words) > 400
    assert not any("đ" in word for word in indexed)


def test_search_tables_follow_inserts_replacements_and_deletes(corpus_copy):
    db = corpus_copy.db
    conn = connect(db)  # writable, as the store is: no SQL function needed to write
    for table, (search, _, condition) in SEARCH_TABLES.items():
        where = f" WHERE {condition}" if condition else ""
        assert conn.execute(f"SELECT count(*) FROM {search}").fetchone() == conn.execute(
            f"SELECT count(*) FROM {table}{where}"
        ).fetchone()
    register_functions(conn)
    (rowid,) = conn.execute("SELECT rowid FROM campaigns ORDER BY rowid LIMIT 1").fetchone()
    conn.execute("UPDATE campaigns SET name = 'Phong trào Đổi mới đặc biệt' WHERE rowid = ?", (rowid,))
    assert conn.execute(
        "SELECT rowid FROM campaigns_search WHERE campaigns_search MATCH match_query('doi moi dac biet')"
    ).fetchall() == [(rowid,)]
    article_id = conn.execute("SELECT article_id FROM articles WHERE title LIKE '%Ba Đình%'").fetchone()[0]
    conn.execute("DELETE FROM articles WHERE article_id = ?", (article_id,))
    assert titles(conn, "ba dinh") == []
    assert conn.execute("SELECT count(*) FROM sentences_search").fetchone() == conn.execute(
        "SELECT count(*) FROM sentences"
    ).fetchone()
    conn.execute("DELETE FROM articles_search")
    rebuild(conn)
    assert len(titles(conn, "lien doan")) == 4


def test_a_rebuild_that_replaces_an_article_keeps_one_index_row_per_article(tmp_path, extraction_resources):
    folder = tmp_path / "in"
    folder.mkdir()
    seed = sorted(CORPUS.glob("*.txt"))[0]
    page = folder / seed.name
    page.write_bytes(seed.read_bytes())
    db = tmp_path / "thidua.sqlite"
    build([folder], db, resources=extraction_resources)
    page.write_text(page.read_text(encoding="utf-8") + "\nĐoàn viên phường Đống Đa hưởng ứng.\n", encoding="utf-8")
    build([folder], db, resources=extraction_resources)
    conn = reader(db)
    assert conn.execute("SELECT count(*) FROM articles_search").fetchone()[0] == 1
    assert len(titles(conn, "dong da")) == 1


def test_match_query_folds_and_never_raises_a_syntax_error():
    assert match_query("liên đoàn") == '"lien" "doan"'
    assert match_query('"Lao động giỏi" 2021') == '"Lao dong gioi" "2021"'
    assert match_query("") == match_query("   ") == '""'
    assert match_query('a"b OR c-d*') == '"a" "b OR c-d*"'
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    for typed in ["", '"', "a AND", "NEAR(", "c-d*", "x:y", "(((", "đ^"]:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", (match_query(typed),)).fetchall()


def test_search_tables_are_not_dataset_tables(corpus_db):
    conn = connect_readonly(corpus_db)
    names = table_names(conn)
    assert "articles" in names and "schema_migrations" in names
    assert not [name for name in names if "_search" in name or "_fts" in name]

