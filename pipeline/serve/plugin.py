"""The Datasette plugin of ``thidua serve``: Vietnamese search, with or without diacritics, and readable JSON.

Registered by ``pipeline.serve.make_datasette`` (not through an entry point, so that it never changes
another Datasette's databases). On the ``thidua`` database's connections it

- registers ``fold(text)``, ``match_query(text)`` and ``accent_match(text, query[, mode])``
  (``pipeline.dataset.search``) for SQL and canned queries;
- replaces Datasette's own ``escape_fts`` — the function its ``?_search=`` filter wraps the typed
  text in — by one that folds the text first, so that "liên đoàn", "Lien doan" and "lien đoan" all
  reach the folded search tables as "lien doan". ``trylast`` runs this after Datasette's built-in
  hook, so this definition is the one that stays. (``_searchmode=raw`` passes the text to FTS5 as
  typed: type it without đ there.)

On a table's search (``?_search=``) a word typed with diacritics keeps them ("đảng" finds "Đảng", not
"đăng" or "dạng"; a filter ``accent_match`` adds, described above the rows); the "ignore diacritics"
box beside the search box (``&_accents=ignore``) finds every accented form again.

JSON responses are sent as readable UTF-8 ("Liên đoàn", not ``"Li\\u00ean \\u0111o\\u00e0n"``).
"""
from __future__ import annotations

import json

from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils import escape_fts as datasette_escape_fts

from ..dataset.query import limit_connection
from ..dataset.search import IGNORE, RESPECT, SEARCH_TABLES, fold_query, marked_terms, register_functions, searched_text_sql

DATABASE_NAME = "thidua"
ACCENTS_PARAM = "_accents"


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



@hookimpl
def filters_from_request(request, database, table, datasette):
    """Keep the diacritics typed in ``?_search=`` unless ``_accents=ignore``."""
    if database != DATABASE_NAME or table not in SEARCH_TABLES:
        return None
    query = request.args.get("_search")
    if not query:
        return None
    if request.args.get(ACCENTS_PARAM) == IGNORE:
        return FilterArguments([], human_descriptions=["diacritics ignored"])
    terms = marked_terms(query)
    if not terms:
        return None
    return FilterArguments(
        [f"accent_match({searched_text_sql(table)}, :accents_query, '{RESPECT}')"],
        params={"accents_query": query},
        human_descriptions=[f"diacritics as typed in {', '.join(repr(t) for t in terms)}"],
    )


_TOGGLE_SCRIPT = """
(function () {
  var input = document.querySelector('form input[name="_search"]');
  if (!input || document.getElementById('thidua-accents')) { return; }
  var label = document.createElement('label');
  label.style.marginLeft = '0.5em';
  label.title = 'Unticked: a word typed with diacritics finds those diacritics only (đảng is not đăng).';
  var box = document.createElement('input');
  box.type = 'checkbox'; box.name = '%(param)s'; box.value = '%(ignore)s'; box.id = 'thidua-accents';
  box.checked = new URLSearchParams(window.location.search).get('%(param)s') === '%(ignore)s';
  label.appendChild(box);
  label.appendChild(document.createTextNode(' ignore diacritics'));
  input.parentNode.insertBefore(label, input.nextSibling);
})();
""" % {"param": ACCENTS_PARAM, "ignore": IGNORE}


@hookimpl
def extra_body_script(template, database, table, view_name, datasette):
    """The "ignore diacritics" box beside the search box of the searchable tables."""
    if database == DATABASE_NAME and table in SEARCH_TABLES and view_name == "table":
        return _TOGGLE_SCRIPT
    return None


def _readable_json(app):
    """ASGI middleware: JSON bodies re-encoded without ``\\uXXXX`` escapes (same data, UTF-8 text)."""

    async def wrapped(scope, receive, send):
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        start: dict | None = None
        chunks: list[bytes] = []

        async def capture(message):
            nonlocal start
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers") or [])
                if headers.get(b"content-type", b"").startswith(b"application/json"):
                    start = message
                    return
                await send(message)
            elif message["type"] == "http.response.body" and start is not None:
                chunks.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                body = b"".join(chunks)
                try:
                    body = json.dumps(json.loads(body), ensure_ascii=False).encode("utf-8")
                except ValueError:
                    pass  # not JSON after all: as it was
                headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
                headers.append((b"content-length", str(len(body)).encode()))
                await send({**start, "headers": headers})
                await send({"type": "http.response.body", "body": body})
            else:
                await send(message)

        await app(scope, receive, capture)

    return wrapped


@hookimpl
def asgi_wrapper(datasette):
    return _readable_json
