"""The dataset in a web browser: a read-only Datasette with folded full-text search, facets and canned queries.

``make_datasette(db)`` returns the Datasette instance (database named ``thidua``) and ``thidua serve``
runs it. What it configures is built from what the dataset holds, so that a new view or search table
only needs an entry here or a file in ``resources/queries/``:

- search: each table of ``pipeline.search.SEARCH_TABLES`` gets its folded search table as
  ``fts_table``; the plugin (``pipeline.serve.plugin``) folds what is typed, so
  ``/thidua/articles?_search=lien doan lao dong`` finds "Liên đoàn Lao động";
- facets: ``FACETS`` (table or view → columns; ``years[]`` an array facet), for those that exist;
- canned queries: one ``resources/queries/<name>.sql`` each — header lines ``-- title:``,
  ``-- description:`` and ``-- requires:`` (tables or views it needs; it is left out when one is
  missing), then the SQL with ``:named`` parameters. ``fold()`` and ``match_query()`` are there.

Bounded: every connection gets SQLite's heap limit and a cap on one value's length
(``pipeline.dataset.query.limit_connection``), besides Datasette's own time limit per query, so that
``?sql=select length(hex(randomblob(499999999)))`` fails at once instead of taking a gigabyte.

Read-only: every method but GET, HEAD and OPTIONS is answered 405 (``read_only_asgi``, one log line
each); the database is opened with ``mode=ro`` connections (it is not declared immutable: a
build may add articles while it is served, and an immutable file is read without locks), and the
database object refuses to open a writing connection, so no canned query or plugin can write.
"""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..dataset.search import SEARCH_TABLES
from ..resources import RESOURCE_DIR
from ..dataset.schema import SCHEMA_VERSION, StoreError, connect_readonly, on_read_only_media, schema_version
from .workbench import ROUTE as WORKBENCH_ROUTE
from .workbench import Workbench

DATABASE_NAME = "thidua"
DEFAULT_PORT = 8001
QUERIES_DIR = RESOURCE_DIR / "queries"
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

logger = logging.getLogger(__name__)

# table or view → columns offered as facets (only those that exist are configured)
FACETS: dict[str, tuple[str, ...]] = {
    "activity_view": ("campaign_kind", "action", "organization", "years[]"),
    "activity_view_all": ("campaign_kind", "action", "organization", "years[]"),
    "campaigns_by_year": ("kind", "year"),
    "figures_by_campaign": ("campaign_kind", "kind", "unit", "year"),
    "most_active_organizations": ("type", "place"),
    "organization_tree": ("type", "level", "parent_from"),
    "campaign_canonical": ("kind", "alias_source"),
    "articles": ("source",),
    "activities": ("action",),
    "campaigns": ("kind",),
    "organizations": ("type", "place"),
    "figures": ("kind", "unit"),
    "dates": ("granularity",),
    "person_roles": ("title",),
    "errors": ("stage", "error_type"),
    "runs": ("status",),
}

# table → (label column shown for its foreign keys, default sort)
TABLE_DISPLAY: dict[str, dict[str, Any]] = {
    "articles": {"label_column": "title", "sort_desc": "published"},
    "campaigns": {"label_column": "name"},
    "organizations": {"label_column": "name"},
    "people": {"label_column": "name"},
    "runs": {"sort_desc": "run_id"},
}


@dataclass(frozen=True, slots=True)
class CannedQuery:
    name: str
    title: str
    description: str
    requires: tuple[str, ...]
    sql: str


def load_canned_queries(directory: Path = QUERIES_DIR) -> list[CannedQuery]:
    """The ``.sql`` files of ``directory``, header lines parsed."""
    queries: list[CannedQuery] = []
    for path in sorted(directory.glob("*.sql")):
        header: dict[str, str] = {}
        body: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not body and line.startswith("--") and ":" in line:
                key, _, value = line[2:].partition(":")
                header[key.strip().lower()] = value.strip()
            elif line.strip() or body:
                body.append(line)
        queries.append(
            CannedQuery(
                name=path.stem,
                title=header.get("title", path.stem),
                description=header.get("description", ""),
                requires=tuple(name.strip() for name in header.get("requires", "").split(",") if name.strip()),
                sql="\n".join(body).strip(),
            )
        )
    return queries


def _names(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Tables and views → their columns."""
    names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
    return {name: {row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')} for name in names}


def build_metadata(db: str | Path) -> dict[str, Any]:
    """Datasette metadata for the dataset at ``db``: search, facets, labels and canned queries."""
    conn = connect_readonly(db)
    try:
        names = _names(conn)
    except sqlite3.Error as error:
        raise StoreError(f"{db}: cannot read the dataset: {error}") from error
    finally:
        conn.close()
    tables: dict[str, dict[str, Any]] = {}
    for table, (search, _, _) in SEARCH_TABLES.items():
        if table in names and search in names:
            tables.setdefault(table, {}).update(fts_table=search, fts_pk="rowid", searchmode="escaped")
    for name, columns in FACETS.items():
        # "years[]": an array facet (a JSON list per row: an activity counts under every year of its span)
        present = [
            {"array": column[:-2]} if column.endswith("[]") else column
            for column in columns
            if column.removesuffix("[]") in names.get(name, ())
        ]
        if present:
            tables.setdefault(name, {})["facets"] = present
    for name, display in TABLE_DISPLAY.items():
        if name in names:
            tables.setdefault(name, {}).update(display)
    queries = {
        query.name: {"sql": query.sql, "title": query.title, "description": query.description}
        for query in load_canned_queries()
        if all(required in names for required in query.requires)
    }
    description = (
        "Articles, campaigns, organizations, people, figures and activities extracted from union news. "
        "Search ignores diacritics: type 'lien doan lao dong' or 'liên đoàn lao động'. "
        "Start with activity_view (faceted by campaign kind, action, organization, year) or a query below."
    )
    from .charts import dashboard_config

    return {
        "title": "thidua: emulation movements in Vietnamese trade-union news",
        "description": description,
        "databases": {DATABASE_NAME: {"description": description, "tables": tables, "queries": queries}},
        "plugins": {"datasette-dashboards": dashboard_config(DATABASE_NAME)},
    }


READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def read_only_asgi(app: Any) -> Any:
    """``app`` (Datasette's ASGI app) answering every writing method with 405 and one log line.

    Datasette would route a POST to a table or an insert path into a write it then cannot make, and
    answer 500 with a traceback on the console for each; here it never gets that far. The workbench's own
    routes (``/-/thidua/…``) take their POSTs: they check the token and CSRF themselves, and say 403
    "corrections are off" when serving read-only.
    """

    async def guarded(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") != "http" or scope.get("method", "GET").upper() in READ_METHODS \
                or str(scope.get("path", "")).startswith(WORKBENCH_ROUTE + "/"):
            await app(scope, receive, send)
            return
        method, path = scope.get("method", "?"), scope.get("path", "?")
        logger.warning("refused %s %s: thidua serve is read-only (405)", method, path)
        body = f"405 Method Not Allowed: thidua serve is read-only; {method} is refused\n".encode("utf-8")
        await send({"type": "http.response.start", "status": 405, "headers": [
            (b"content-type", b"text/plain; charset=utf-8"), (b"allow", b"GET, HEAD, OPTIONS"),
            (b"content-length", str(len(body)).encode("ascii"))]})
        await send({"type": "http.response.body", "body": body})

    return guarded


def make_datasette(db: str | Path, settings: dict[str, Any] | None = None, corrections: bool = False,
                   token: str | None = None):
    """A Datasette serving the dataset at ``db`` read-only, as the database ``thidua``.

    The article pages (``pipeline.serve.workbench``) are always there; ``corrections=True`` turns on
    correcting them, each write checked against ``token`` (required then). Datasette itself stays
    read-only: corrections are written by the workbench's own connection, one transaction each.
    """
    from datasette.app import Datasette
    from datasette.database import Database
    from datasette.plugins import pm

    from . import plugin as datasette_plugin

    db = Path(db)
    conn = connect_readonly(db)  # a clear error when there is no dataset
    try:
        version = schema_version(conn)
    finally:
        conn.close()
    if version < SCHEMA_VERSION:
        raise StoreError(
            f"{db}: dataset schema version {version}, this thidua serves {SCHEMA_VERSION}: "
            "run `thidua build` once to bring it up to date"
        )
    if not pm.is_registered(datasette_plugin):
        pm.register(datasette_plugin, name="thidua")

    class ReadOnlyDatabase(Database):
        def connect(self, write: bool = False):
            if write:
                raise StoreError("thidua serve is read-only: no writes to the dataset")
            return super().connect(write=False)

    if corrections and not token:
        raise StoreError("corrections need a token (--token or THIDUA_TOKEN)")
    datasette = Datasette(
        files=[],
        metadata=build_metadata(db),
        settings={"sql_time_limit_ms": 5000, "facet_time_limit_ms": 1000, **(settings or {})},
        template_dir=str(TEMPLATES_DIR),
    )
    datasette.thidua_workbench = Workbench(db=db.resolve(), corrections=corrections, token=token)
    for name in list(datasette.databases):
        if name != "_internal":
            datasette.remove_database(name)
    mutable = not on_read_only_media(db)  # read-only media: immutable, as connect_readonly falls back to
    datasette.add_database(ReadOnlyDatabase(datasette, path=str(db.resolve()), is_mutable=mutable), name=DATABASE_NAME)
    return datasette
