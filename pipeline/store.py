"""The dataset: one SQLite file written one batch per transaction, read by anyone at the same time.

SQLite in WAL mode lets an analyst query while a build writes. The schema is versioned
(``PRAGMA user_version`` plus a ``schema_migrations`` table) and changed only by ``MIGRATIONS``.
Campaigns, organizations and people are distinct across the dataset (keyed by a canonical matching
key); their mentions, the sentences, dates, figures and activities belong to one article and are
deleted with it (foreign keys with ``ON DELETE CASCADE``), so replacing an article never leaves stale
facts behind.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Sequence

from .records import Processed, ThiduaError
from .schema_views import SCHEMA_2 as _SCHEMA_2
from .search import SCHEMA_3 as _SCHEMA_3
from .text import match_key

DEFAULT_DB = Path("dataset/thidua.sqlite")


class StoreError(ThiduaError):
    """The dataset cannot be opened, migrated, queried or exported."""


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def default_db() -> Path:
    """``[tool.thidua] db`` of the project's pyproject.toml when run from the project, else the default."""
    pyproject = Path("pyproject.toml")
    if pyproject.is_file():
        import tomllib

        try:
            configured = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("thidua", {}).get("db")
        except (OSError, tomllib.TOMLDecodeError):
            configured = None
        if configured:
            return Path(configured)
    return DEFAULT_DB


# --- schema -----------------------------------------------------------------------------------------

_SCHEMA_1 = """
CREATE TABLE articles (
    article_id TEXT PRIMARY KEY,
    url TEXT,
    source TEXT,
    title TEXT,
    kicker TEXT,
    lead TEXT,
    body TEXT,
    published TEXT,
    author TEXT,
    related_headlines TEXT,          -- JSON list: other articles' headlines found on the page
    content_hash TEXT NOT NULL,      -- sha256 of the cleaned text
    raw_path TEXT,                   -- the input it was first stored from
    fetched_at TEXT,
    pipeline_version TEXT NOT NULL,
    duplicate_of TEXT REFERENCES articles(article_id) ON DELETE CASCADE,  -- same text under another URL
    run_id INTEGER,
    stored_at TEXT
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_raw_path ON articles(raw_path);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

CREATE TABLE sentences (
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    sentence_index INTEGER NOT NULL,
    block INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, sentence_index)
);

CREATE TABLE campaigns (
    campaign_id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT
);
CREATE TABLE campaign_mentions (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(campaign_id),
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    sentence_index INTEGER, start INTEGER, end INTEGER, text TEXT
);
CREATE INDEX campaign_mentions_article ON campaign_mentions(article_id);
CREATE INDEX campaign_mentions_campaign ON campaign_mentions(campaign_id);

CREATE TABLE organizations (
    org_id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,              -- abbreviations expanded
    type TEXT,
    place TEXT,
    parent_org_id INTEGER REFERENCES organizations(org_id)
);
CREATE TABLE organization_mentions (
    org_id INTEGER NOT NULL REFERENCES organizations(org_id),
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    sentence_index INTEGER, start INTEGER, end INTEGER, text TEXT
);
CREATE INDEX organization_mentions_article ON organization_mentions(article_id);
CREATE INDEX organization_mentions_org ON organization_mentions(org_id);

CREATE TABLE people (
    person_id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);
CREATE TABLE person_roles (
    person_id INTEGER NOT NULL REFERENCES people(person_id),
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    title TEXT,
    org_id INTEGER REFERENCES organizations(org_id),
    sentence_index INTEGER, start INTEGER, end INTEGER, text TEXT
);
CREATE INDEX person_roles_article ON person_roles(article_id);
CREATE INDEX person_roles_person ON person_roles(person_id);

CREATE TABLE dates (
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    sentence_index INTEGER, start INTEGER, end INTEGER,
    text TEXT NOT NULL,
    value TEXT,
    start_date TEXT,
    end_date TEXT,
    granularity TEXT
);
CREATE INDEX dates_article ON dates(article_id);

CREATE TABLE figures (
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    sentence_index INTEGER, start INTEGER, end INTEGER,
    text TEXT NOT NULL,
    value REAL,
    unit TEXT,
    kind TEXT,
    approx TEXT,
    campaign_id INTEGER REFERENCES campaigns(campaign_id)
);
CREATE INDEX figures_article ON figures(article_id);

CREATE TABLE activities (
    activity_id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    sentence_index INTEGER, start INTEGER, end INTEGER, text TEXT,
    campaign_id INTEGER REFERENCES campaigns(campaign_id),
    action TEXT NOT NULL,
    org_id INTEGER REFERENCES organizations(org_id),
    date TEXT,
    start_date TEXT,
    end_date TEXT,
    figures TEXT                     -- JSON list of the figures' texts
);
CREATE INDEX activities_article ON activities(article_id);

CREATE TABLE runs (
    run_id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,                -- NULL: still running, or killed
    status TEXT NOT NULL,            -- running, done, interrupted
    pipeline_version TEXT NOT NULL,
    paths TEXT,
    articles_seen INTEGER NOT NULL DEFAULT 0,
    articles_new INTEGER NOT NULL DEFAULT 0,
    articles_changed INTEGER NOT NULL DEFAULT 0,
    articles_unchanged INTEGER NOT NULL DEFAULT 0,
    articles_duplicate INTEGER NOT NULL DEFAULT 0,
    articles_failed INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE errors (
    error_id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES runs(run_id),
    source TEXT,
    stage TEXT,                      -- read, process, store
    error_type TEXT,
    message TEXT,
    at TEXT
);

-- Inputs that went through cleanly, so that a rerun skips them without reading them.
CREATE TABLE inputs (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    pipeline_version TEXT NOT NULL,
    articles INTEGER NOT NULL,       -- articles stored or unchanged from it
    duplicates INTEGER NOT NULL,     -- copies of articles stored from elsewhere
    run_id INTEGER
);

CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='sentences', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
"""

_SCHEMA_4 = """
ALTER TABLE articles ADD COLUMN relevance REAL;
CREATE INDEX articles_relevance ON articles(relevance);
"""

# The sha256 of each input file's bytes, so that a file touched but not changed (a copy, a checkout,
# an rsync without times) is recognised by its hash instead of being processed again.
_SCHEMA_5 = """
ALTER TABLE inputs ADD COLUMN sha256 TEXT;
"""

# (version, name, SQL): append only; a released migration is never edited.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "initial schema", _SCHEMA_1),
    (2, "campaign aliases, implied organization parents, analyst views", _SCHEMA_2),
    (3, "full-text search without diacritics (đ folded too)", _SCHEMA_3),
    (4, "article relevance: probability of being about emulation (models/relevance)", _SCHEMA_4),
    (5, "inputs index: sha256 of the bytes of each input file", _SCHEMA_5),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]

_MIGRATIONS_TABLE = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to ``SCHEMA_VERSION``, one recorded migration per transaction."""
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(f"dataset schema version {current} is newer than this thidua understands ({SCHEMA_VERSION})")
    for version, name, sql in MIGRATIONS:
        if version <= current:
            continue
        conn.executescript(
            f"BEGIN IMMEDIATE;\n{_MIGRATIONS_TABLE};\n{sql};\n"
            f"INSERT INTO schema_migrations VALUES ({version}, '{name}', '{now()}');\n"
            f"PRAGMA user_version = {version};\nCOMMIT;"
        )
    return schema_version(conn)


def connect(path: str | Path) -> sqlite3.Connection:
    """A writable connection (autocommit; transactions are explicit), schema migrated."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot open the dataset: {error}") from error
    except OSError as error:
        raise StoreError(f"{path}: cannot create the dataset: {error.strerror or error}") from error
    return conn


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``): SQLite itself refuses any write through it."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no dataset here (run `thidua build` first, or give --db)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        conn.execute("PRAGMA query_only=ON")
        schema_version(conn)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot open the dataset: {error}") from error
    return conn


# --- writing ----------------------------------------------------------------------------------------

NEW, CHANGED, UNCHANGED, DUPLICATE = "new", "changed", "unchanged", "duplicate"


@dataclass(frozen=True, slots=True)
class Failure:
    """One failed input or article, as it goes into the ``errors`` table."""

    source: str
    stage: str  # read, process, store
    error_type: str
    message: str


class Store:
    """The writing side of the dataset; one per build, used from the parent process only."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.conn = connect(self.path)
        self._stored_this_run: set[str] = set()
        self._deleted = False
        self.modified = False  # any article written or deleted through this store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:  # another writer held the lock past the 30 s timeout
            raise StoreError(f"{self.path}: cannot write: {error} (is another `thidua build` running?)") from error
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """One article's writes: undone alone if they fail, the rest of the batch kept."""
        self.conn.execute("SAVEPOINT article")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK TO article")
            self.conn.execute("RELEASE article")
            raise
        self.conn.execute("RELEASE article")

    # runs and errors

    def start_run(self, pipeline_version: str, paths: Sequence[str]) -> int:
        cursor = self.conn.execute(
            "INSERT INTO runs (started_at, status, pipeline_version, paths) VALUES (?, 'running', ?, ?)",
            (now(), pipeline_version, json.dumps([str(p) for p in paths], ensure_ascii=False)),
        )
        return cursor.lastrowid

    def update_run(self, run_id: int, counts: dict[str, int], status: str | None = None) -> None:
        columns = ", ".join(f"articles_{name} = :{name}" for name in counts)
        values: dict[str, Any] = dict(counts, run_id=run_id)
        if status:
            columns += ", status = :status, finished_at = :finished_at"
            values.update(status=status, finished_at=now())
        self.conn.execute(f"UPDATE runs SET {columns} WHERE run_id = :run_id", values)

    def record_error(self, run_id: int, failure: Failure) -> None:
        self.conn.execute(
            "INSERT INTO errors (run_id, source, stage, error_type, message, at) VALUES (?, ?, ?, ?, ?, ?)",
            (run_id, failure.source, failure.stage, failure.error_type, failure.message, now()),
        )

    # inputs

    def known_inputs(self) -> dict[str, tuple[int, int, str, int, int, str | None]]:
        """path → (size, mtime_ns, pipeline_version, articles, duplicates, sha256) of inputs done before."""
        rows = self.conn.execute("SELECT path, size, mtime_ns, pipeline_version, articles, duplicates, sha256 FROM inputs")
        return {row[0]: tuple(row[1:]) for row in rows}

    def mark_input(
        self, path: str, size: int, mtime_ns: int, pipeline_version: str, articles: int, duplicates: int, run_id: int,
        sha256: str | None = None,
    ) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO inputs (path, size, mtime_ns, pipeline_version, articles, duplicates, run_id, sha256) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (path, size, mtime_ns, pipeline_version, articles, duplicates, run_id, sha256),
        )

    def touch_inputs(self, stats: Sequence[tuple[str, int, int]]) -> None:
        """New (size, mtime_ns) of inputs whose bytes are those of their last clean ingest."""
        self.conn.executemany("UPDATE inputs SET size = ?, mtime_ns = ? WHERE path = ?", [(s, m, p) for p, s, m in stats])

    # articles

    def put(self, processed: Processed, pipeline_version: str, run_id: int, input_path: str) -> str:
        """Store one processed article; returns new, changed, unchanged or duplicate.

        Same id (same URL, or same text without URL): unchanged when hash and pipeline version
        match and it comes from the same input, a duplicate when it comes from another input,
        replaced otherwise. Same cleaned text under another id: a duplicate, stored as a row that
        points to the first (no text, no facts). An input that now yields another id than before
        (a URL-less file edited) has its old article replaced.
        """
        article = processed.article
        article_id = article.article_id
        source = article.raw_path or input_path
        row = self.conn.execute(
            "SELECT content_hash, pipeline_version, raw_path, duplicate_of FROM articles WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        if row is not None:
            same = row[0] == processed.content_hash and row[1] == pipeline_version
            if same and row[2] != source and _gone(row[2]):  # the corpus was moved: same article, new place
                self.conn.execute("UPDATE articles SET raw_path = ? WHERE article_id = ?", (source, article_id))
                row = (*row[:2], source, row[3])
            if row[2] != source and (same or article_id in self._stored_this_run):
                return DUPLICATE
            if same:
                return DUPLICATE if row[3] else UNCHANGED
            self.delete_article(article_id)
            self._insert(processed, pipeline_version, run_id, source)
            return CHANGED
        original = self.conn.execute(
            "SELECT article_id FROM articles WHERE content_hash = ? AND duplicate_of IS NULL LIMIT 1",
            (processed.content_hash,),
        ).fetchone()
        if original is not None:
            self._insert(processed, pipeline_version, run_id, source, duplicate_of=original[0])
            return DUPLICATE
        stale = [
            r[0]
            for r in self.conn.execute(
                "SELECT article_id FROM articles WHERE raw_path = ? AND article_id != ?", (source, article_id)
            )
        ]
        for old in stale:
            self.delete_article(old)
        self._insert(processed, pipeline_version, run_id, source)
        return CHANGED if stale else NEW

    def delete_article(self, article_id: str) -> None:
        """Delete an article with its sentences and facts (cascade), and the copies pointing to it."""
        self.conn.execute(
            "DELETE FROM inputs WHERE path IN (SELECT raw_path FROM articles WHERE duplicate_of = ?)", (article_id,)
        )
        self.conn.execute("DELETE FROM articles WHERE article_id = ?", (article_id,))
        self._deleted = self.modified = True

    def _insert(self, processed: Processed, pipeline_version: str, run_id: int, source: str, duplicate_of: str | None = None) -> None:
        article = processed.article
        keep_text = duplicate_of is None
        self.conn.execute(
            "INSERT INTO articles (article_id, url, source, title, kicker, lead, body, published, author,"
            " related_headlines, content_hash, raw_path, fetched_at, pipeline_version, duplicate_of, run_id,"
            " stored_at, relevance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.article_id, article.url, article.source, article.title, article.kicker,
                article.lead if keep_text else None, article.body if keep_text else None,
                article.published, article.author,
                json.dumps(list(article.related_headlines), ensure_ascii=False),
                processed.content_hash, source, article.fetched_at, pipeline_version, duplicate_of, run_id, now(),
                processed.relevance,
            ),
        )
        self._stored_this_run.add(article.article_id)
        self.modified = True
        if keep_text:
            self._insert_sentences(processed)
            self._insert_facts(processed)

    def _insert_sentences(self, processed: Processed) -> None:
        self.conn.executemany(
            "INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?)",
            [(s.article_id, s.index, s.block, s.start, s.end, s.text) for s in processed.sentences],
        )

    def _upsert(self, sql: str, values: tuple[Any, ...]) -> int:
        return self.conn.execute(sql, values).fetchone()[0]

    def _campaign_id(self, key: str, name: str, kind: str | None) -> int:
        return self._upsert(
            "INSERT INTO campaigns (key, name, kind) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET kind = coalesce(kind, excluded.kind) RETURNING campaign_id",
            (key, name, kind),
        )

    def _org_id(self, name: str, type_: str | None = None, place: str | None = None) -> int:
        return self._upsert(
            "INSERT INTO organizations (key, name, type, place) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET type = coalesce(type, excluded.type), place = coalesce(place, excluded.place) "
            "RETURNING org_id",
            (match_key(name), name, type_, place),
        )

    def _person_id(self, name: str) -> int:
        return self._upsert(
            "INSERT INTO people (key, name) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET key = key RETURNING person_id",
            (match_key(name), name),
        )

    def _insert_facts(self, processed: Processed) -> None:
        facts, article_id = processed.facts, processed.article.article_id
        execute = self.conn.execute

        campaign_ids: dict[str, int] = {}
        for campaign in facts.campaigns:
            campaign_id = self._campaign_id(campaign.key or match_key(campaign.name), campaign.name, campaign.kind)
            campaign_ids[campaign.name] = campaign_id
            for span in campaign.mentions:
                execute(
                    "INSERT INTO campaign_mentions VALUES (?, ?, ?, ?, ?, ?)",
                    (campaign_id, article_id, span.sentence_index, span.start, span.end, span.text),
                )

        def campaign_id_of(name: str | None) -> int | None:
            if not name:
                return None
            if name not in campaign_ids:
                campaign_ids[name] = self._campaign_id(match_key(name), name, None)
            return campaign_ids[name]

        for org in facts.organizations:
            org_id = self._org_id(org.name, org.type, org.place)
            if org.parent:
                execute("UPDATE organizations SET parent_org_id = ? WHERE org_id = ?", (self._org_id(org.parent), org_id))
            for span in org.mentions:
                execute(
                    "INSERT INTO organization_mentions VALUES (?, ?, ?, ?, ?, ?)",
                    (org_id, article_id, span.sentence_index, span.start, span.end, span.text),
                )

        for person in facts.people:
            person_id = self._person_id(person.name)
            org_id = self._org_id(person.organization) if person.organization else None
            first = person.mentions[0] if person.mentions else None
            execute(
                "INSERT INTO person_roles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    person_id, article_id, person.title, org_id,
                    first.sentence_index if first else None, first.start if first else None,
                    first.end if first else None, first.text if first else None,
                ),
            )

        date_bounds: dict[str, tuple[str, str]] = {}
        for date in facts.dates:
            date_bounds.setdefault(date.value, (date.start_date, date.end_date))
            span = date.span
            execute(
                "INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id, *(_span_columns(span)), date.text, date.value, date.start_date, date.end_date,
                    date.granularity,
                ),
            )

        figure_campaign: dict[str, int | None] = {}
        for activity in facts.activities:
            for text in activity.figures:
                if activity.campaign and figure_campaign.get(text) is None:
                    figure_campaign[text] = campaign_id_of(activity.campaign)
        for figure in facts.figures:
            execute(
                "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id, *(_span_columns(figure.span)), figure.text, figure.value, figure.unit, figure.kind,
                    figure.approx, figure_campaign.get(figure.text),
                ),
            )

        for activity in facts.activities:
            start_date, end_date = date_bounds.get(activity.date or "", (None, None))
            span = activity.span
            execute(
                "INSERT INTO activities (article_id, sentence_index, start, end, text, campaign_id, action, org_id, "
                "date, start_date, end_date, figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id, *(_span_columns(span)), span.text if span else None,
                    campaign_id_of(activity.campaign), activity.action,
                    self._org_id(activity.organization) if activity.organization else None,
                    activity.date, start_date, end_date, json.dumps(list(activity.figures), ensure_ascii=False),
                ),
            )

    def prune(self) -> None:
        """Drop campaigns, organizations and people no article mentions any more (after replacements)."""
        if not self._deleted:
            return
        for statement in _PRUNE:  # not executescript: that would commit the caller's transaction
            while self.conn.execute(statement).rowcount:  # again: a pruned child may free its parent
                pass
        self._deleted = False


_PRUNE = (
    "DELETE FROM campaigns WHERE campaign_id NOT IN (SELECT campaign_id FROM campaign_mentions)"
    " AND campaign_id NOT IN (SELECT campaign_id FROM activities WHERE campaign_id IS NOT NULL)"
    " AND campaign_id NOT IN (SELECT campaign_id FROM figures WHERE campaign_id IS NOT NULL)",
    "DELETE FROM people WHERE person_id NOT IN (SELECT person_id FROM person_roles)",
    "DELETE FROM organizations WHERE org_id NOT IN (SELECT org_id FROM organization_mentions)"
    " AND org_id NOT IN (SELECT org_id FROM person_roles WHERE org_id IS NOT NULL)"
    " AND org_id NOT IN (SELECT org_id FROM activities WHERE org_id IS NOT NULL)"
    " AND org_id NOT IN (SELECT parent_org_id FROM organizations WHERE parent_org_id IS NOT NULL)",
)


def _gone(raw_path: str | None) -> bool:
    """Whether the input an article was stored from is no longer there (``archive.warc#3``: the archive)."""
    if not raw_path:
        return False
    return not os.path.exists(raw_path.split("#", 1)[0])


def _span_columns(span: Any) -> tuple[Any, Any, Any]:
    if span is None:
        return (None, None, None)
    return (span.sentence_index, span.start, span.end)


# --- reading ----------------------------------------------------------------------------------------

_READ_STATEMENT = re.compile(r"^\s*(select|with|values|explain|pragma)\b", re.IGNORECASE)
_COMMENT = re.compile(r"(--[^\n]*\n?|/\*.*?\*/)", re.DOTALL)


def check_read_only(sql: str) -> None:
    """Refuse anything but a read statement, before SQLite would (it refuses too: ``mode=ro``)."""
    statement = _COMMENT.sub(" ", sql).strip()
    if not _READ_STATEMENT.match(statement):
        first = statement.split(None, 1)[0].upper() if statement else "(empty)"
        raise StoreError(f"refused: {first} is not a read statement; `thidua query` only runs SELECT, WITH or PRAGMA reads")
    if statement.lower().startswith("pragma") and "=" in statement:
        raise StoreError("refused: a PRAGMA that sets a value is a write; `thidua query` only reads")


def run_query(db: str | Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and rows of one read-only statement."""
    check_read_only(sql)
    conn = connect_readonly(db)
    try:
        cursor = conn.execute(sql)
        columns = [d[0] for d in cursor.description or ()]
        return columns, cursor.fetchall()
    except (sqlite3.Error, sqlite3.Warning) as error:
        raise StoreError(f"query failed: {error}") from error
    finally:
        conn.close()


def table_names(conn: sqlite3.Connection) -> list[str]:
    """The dataset's own tables, without SQLite's and the full-text index's internals."""
    from .export import data_tables  # the search tables of migration 3 and their shadows left out too

    return data_tables(conn)
