"""Full-text search that ignores diacritics, đ included (schema migration 3).

SQLite's ``unicode61 remove_diacritics 2`` tokenizer folds every Vietnamese tone and vowel mark
(ệ → e, ư → u, ờ → o …) but not đ, which is a letter of its own in Unicode, not d plus a mark. So the
search tables hold copies of the searchable text with đ/Đ replaced by d/D, and the tokenizer folds the
rest: their index holds exactly the words of ``pipeline.text.fold_diacritics(text)`` (a test checks
this on the corpus). The copies are written by triggers, in plain SQL (``replace``), so that every
writer — the store on put and replace, an analyst's sqlite3 shell — keeps them in step, and no SQL
function has to be registered to write the dataset.

A query must be folded the same way: "liên đoàn" → "lien doan". ``fold_query`` does it (the FTS
syntax — quotes, AND/OR/NOT, * — is ASCII and survives); the dataset's readers register it as the
SQL functions ``fold()`` and ``match_query()`` (``register_functions``), and ``thidua serve`` makes Datasette's ``_search``
fold what is typed (``pipeline.serve.plugin``).

Each search table's rowid is the rowid of the row it indexes; ``SEARCH_TABLES`` says which.
Like every migration, ``SCHEMA_3`` is never edited once released.
"""
from __future__ import annotations

import re
import sqlite3

from ..text import fold_diacritics

TOKENIZER = "unicode61 remove_diacritics 2"

# table → (search table, indexed columns, the rows indexed: a condition on the table's row, or None)
SEARCH_TABLES: dict[str, tuple[str, tuple[str, ...], str | None]] = {
    "articles": ("articles_search", ("title", "kicker", "lead", "body"), "duplicate_of IS NULL"),
    "sentences": ("sentences_search", ("text",), None),
    "campaigns": ("campaigns_search", ("name",), None),
    "organizations": ("organizations_search", ("name", "place"), None),
    "people": ("people_search", ("name",), None),
}


def _fold_sql(expression: str) -> str:
    return f"replace(replace({expression}, 'đ', 'd'), 'Đ', 'D')"


def _schema_3() -> str:
    statements: list[str] = []
    for table, (search, columns, condition) in SEARCH_TABLES.items():
        column_list = ", ".join(columns)
        folded_new = ", ".join(_fold_sql(f"new.{c}") for c in columns)
        folded = ", ".join(_fold_sql(c) for c in columns)
        when_new = f" WHEN new.{condition}" if condition else ""
        where = f" WHERE {condition}" if condition else ""
        watched = columns + (("duplicate_of",) if condition else ())  # an upsert that changes none: no reindex
        statements.append(
            f"CREATE VIRTUAL TABLE {search} USING fts5({column_list}, tokenize='{TOKENIZER}');\n"
            f"CREATE TRIGGER {search}_insert AFTER INSERT ON {table}{when_new} BEGIN\n"
            f"    INSERT INTO {search}(rowid, {column_list}) VALUES (new.rowid, {folded_new});\n"
            f"END;\n"
            f"CREATE TRIGGER {search}_delete AFTER DELETE ON {table} BEGIN\n"
            f"    DELETE FROM {search} WHERE rowid = old.rowid;\n"
            f"END;\n"
            f"CREATE TRIGGER {search}_update AFTER UPDATE OF {', '.join(watched)} ON {table}\n"
            f"WHEN {' OR '.join(f'old.{c} IS NOT new.{c}' for c in watched)} BEGIN\n"
            f"    DELETE FROM {search} WHERE rowid = old.rowid;\n"
            f"    INSERT INTO {search}(rowid, {column_list}) SELECT new.rowid, {folded_new}"
            f"{' WHERE new.' + condition if condition else ''};\n"
            f"END;\n"
            f"INSERT INTO {search}(rowid, {column_list}) SELECT rowid, {folded} FROM {table}{where};"
        )
    return "\n".join(statements)


SCHEMA_3 = _schema_3()


def fold_query(query: str | None) -> str | None:
    """A search as typed → the form the search tables hold ("Liên đoàn" → "Lien doan")."""
    return fold_diacritics(query) if query is not None else None


_TERMS = re.compile(r'"[^"]*"|[^\s"]+')


def match_query(query: str | None) -> str:
    """What is typed → an FTS5 query of its folded words, all required ("lien doan" finds both words).

    Quoted phrases stay phrases; any other character is taken as text, not as FTS syntax, so that no
    typed text is a syntax error. Nothing typed → a query that matches nothing.
    """
    folded = fold_diacritics(query or "")
    if folded.count('"') % 2:
        folded += '"'
    terms = [term if term.startswith('"') else f'"{term}"' for term in _TERMS.findall(folded)]
    return " ".join(term for term in terms if term != '""') or '""'


# --- diacritics as typed -----------------------------------------------------------------------------
#
# The search tables find every accented form of what is typed ("dang" finds đảng, đăng, đáng, dạng …).
# When the user typed the marks, they meant them: "đảng" should not find "đăng" or "dạng". So a word
# typed with any mark (đ included) must appear with those marks (case aside, tone placement aside:
# "hoà" is "hòa"); a word typed without marks still matches every accented form. The search tables
# give the candidates, ``accent_match`` keeps the rows whose text has the typed words as typed.
# ``accents="ignore"`` (Datasette: ``_accents=ignore``, the "ignore diacritics" box; CLI:
# ``thidua search --ignore-accents``; ``Dataset.search(..., ignore_accents=True)``) folds them all.

RESPECT, IGNORE = "respect", "ignore"
ACCENT_MODES = (RESPECT, IGNORE)
_WORD = re.compile(r"\w+")


def _normal(text: str) -> str:
    from ..text import new_tone_placement, nfc

    return new_tone_placement(nfc(text)).casefold()


def marked_terms(query: str | None) -> list[str]:
    """The words and quoted phrases of a query typed with diacritics (or đ), in matching form."""
    terms = []
    for term in _TERMS.findall(_normal(query or "")):
        term = term.strip('"').strip()
        if term and fold_diacritics(term) != term:
            terms.append(" ".join(_WORD.findall(term)))
    return [t for t in terms if t]


def accent_match(text: str | None, query: str | None, mode: str | None = RESPECT) -> int:
    """1 when ``text`` holds every word (or phrase) of ``query`` that was typed with diacritics, with
    those diacritics (case and tone placement aside); always 1 with ``mode="ignore"``."""
    if mode == IGNORE:
        return 1
    terms = marked_terms(query)
    if not terms:
        return 1
    words = " " + " ".join(_WORD.findall(_normal(text or ""))) + " "
    return int(all(f" {term} " in words for term in terms))


def register_functions(conn: sqlite3.Connection) -> None:
    """``fold(text)``, ``match_query(text)`` and ``accent_match(text, query[, mode])`` on a connection,
    for SQL typed by people: ``… WHERE articles_search MATCH match_query(:q)`` finds what is typed with
    or without marks, ``AND accent_match(body, :q)`` keeps the marks typed."""
    conn.create_function("fold", 1, fold_query, deterministic=True)
    conn.create_function("match_query", 1, match_query, deterministic=True)
    conn.create_function("accent_match", 2, accent_match, deterministic=True)
    conn.create_function("accent_match", 3, accent_match, deterministic=True)


def searched_text_sql(table: str, alias: str = "") -> str:
    """SQL for the text a table's search indexes, as one string (for ``accent_match``)."""
    prefix = f"{alias}." if alias else ""
    columns = SEARCH_TABLES[table][1]
    return " || ' ' || ".join(f"coalesce({prefix}\"{c}\", '')" for c in columns)


def search(conn: sqlite3.Connection, table: str, query: str, accents: str = RESPECT, limit: int | None = 100):
    """Rows of ``table`` (as dicts, best first) that match ``query``: every word, diacritics as typed
    (``accents="respect"``) or ignored (``"ignore"``). The connection needs ``register_functions``."""
    if table not in SEARCH_TABLES:
        raise ValueError(f"no search on {table!r} (searchable: {', '.join(SEARCH_TABLES)})")
    if accents not in ACCENT_MODES:
        raise ValueError(f"accents must be one of {', '.join(ACCENT_MODES)}, not {accents!r}")
    search_table = SEARCH_TABLES[table][0]
    sql = (
        f"SELECT t.* FROM {search_table} JOIN {table} t ON t.rowid = {search_table}.rowid "
        f"WHERE {search_table} MATCH match_query(:q) AND accent_match({searched_text_sql(table, 't')}, :q, :mode) "
        f"ORDER BY {search_table}.rank" + (" LIMIT :limit" if limit else "")
    )
    cursor = conn.execute(sql, {"q": query, "mode": accents, "limit": limit})
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor]


def rebuild(conn: sqlite3.Connection) -> None:
    """Fill the search tables again from their tables (after a VACUUM, which may renumber rowids)."""
    for table, (search, columns, condition) in SEARCH_TABLES.items():
        column_list = ", ".join(columns)
        folded = ", ".join(_fold_sql(c) for c in columns)
        where = f" WHERE {condition}" if condition else ""
        conn.execute(f"DELETE FROM {search}")
        conn.execute(f"INSERT INTO {search}(rowid, {column_list}) SELECT rowid, {folded} FROM {table}{where}")


def search_sql(table: str) -> str:
    """The rowids of ``table``'s rows matching ``:q`` (a query as typed), best first."""
    search = SEARCH_TABLES[table][0]
    return f"SELECT rowid FROM {search} WHERE {search} MATCH match_query(:q) ORDER BY rank"

