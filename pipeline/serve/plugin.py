"""The Datasette plugin of ``thidua serve``: searches typed with or without diacritics find the same rows.

Registered by ``pipeline.serve.make_datasette`` (not through an entry point, so that it never changes
another Datasette's databases). On the ``thidua`` database's connections it

- registers ``fold(text)`` (``pipeline.search.fold_query``) for SQL and canned queries:
  ``… WHERE articles_search MATCH fold(:q)``;
- replaces Datasette's own ``escape_fts`` — the function its ``?_search=`` filter wraps the typed
  text in — by one that folds the text first, so that "liên đoàn", "Lien doan" and "lien đoan" all
  reach the folded search tables as "lien doan". ``trylast`` runs this after Datasette's built-in
  hook, so this definition is the one that stays. (``_searchmode=raw`` passes the text to FTS5 as
  typed: type it without đ there.)
"""
from __future__ import annotations

from datasette import hookimpl
from datasette.utils import escape_fts as datasette_escape_fts

from ..dataset.query import limit_connection
from ..dataset.search import fold_query, register_functions

DATABASE_NAME = "thidua"


def escape_fts_folded(query: str) -> str:
    return datasette_escape_fts(fold_query(query) or "")


@hookimpl(trylast=True)
def prepare_connection(conn, database):
    if database != DATABASE_NAME:
        return
    register_functions(conn)
    conn.create_function("escape_fts", 1, escape_fts_folded)
    limit_connection(conn)  # SQLite's heap limit and a cap on one value's length
