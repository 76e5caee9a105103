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


@hookimpl
def register_routes():
    from .workbench import ROUTES

    return ROUTES


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Every fact row links to its place on the article page; a person to the sentence naming them."""
    if database != DATABASE_NAME:
        return None
    from .workbench import context_link, workbench_of

    if workbench_of(datasette) is None:
        return None
    if table == "people" and column == "name" and value:
        keys = set(row.keys()) if hasattr(row, "keys") else set()
        person_id = row["person_id"] if "person_id" in keys else None
        if person_id is None:
            return None

        async def person_link():
            from markupsafe import Markup, escape

            from .workbench import article_url

            result = await datasette.get_database(DATABASE_NAME).execute(
                "SELECT article_id, start, end FROM person_roles WHERE person_id = ? ORDER BY rowid LIMIT 1", [person_id]
            )
            first = result.first()
            if first is None:
                return None
            href = article_url(first[0], f"m{first[1]}-{first[2]}" if first[1] is not None else "")
            return Markup(f'<a class="thidua-in-context" href="{escape(href)}" title="read it in its sentence">'
                          f'{escape(value)}&nbsp;¶</a>')

        return person_link
    return context_link(table, column, row, value)


@hookimpl
def menu_links(datasette, actor):
    from .workbench import workbench_of

    bench = workbench_of(datasette)
    if bench is None or not bench.corrections:
        return []
    return [{"href": "/-/thidua/login", "label": "Log in to correct"}]
