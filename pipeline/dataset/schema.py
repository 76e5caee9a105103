"""The dataset's schema: tables, migrations, connections (SQLite in WAL mode).

The schema is versioned (``PRAGMA user_version`` plus a ``schema_migrations`` table) and changed only by
``MIGRATIONS``, append-only. Campaigns, organizations and people are distinct across the dataset (keyed
by a canonical matching key); their mentions, the sentences, dates, figures and activities belong to one
article and are deleted with it (foreign keys with ``ON DELETE CASCADE``).
"""
from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from ..records import ThiduaError
from .search import SCHEMA_3 as _SCHEMA_3
from .views import SCHEMA_2 as _SCHEMA_2
from .views import SCHEMA_7 as _SCHEMA_7

FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")

DEFAULT_DB = Path("dataset/thidua.sqlite")

logger = logging.getLogger(__name__)


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

# Near-duplicate articles (pipeline.dataset.copies): the original a copy was syndicated from, and signatures.
_SCHEMA_6_COPIES = """
ALTER TABLE articles ADD COLUMN near_duplicate_of TEXT REFERENCES articles(article_id) ON DELETE SET NULL;
ALTER TABLE articles ADD COLUMN near_duplicate_similarity REAL;
CREATE INDEX articles_near_duplicate_of ON articles(near_duplicate_of);
CREATE TABLE article_minhash (
    article_id TEXT PRIMARY KEY REFERENCES articles(article_id) ON DELETE CASCADE,
    shingles INTEGER NOT NULL,           -- distinct 3-word shingles of title and body (match_key form)
    signature BLOB NOT NULL              -- MinHash: 128 uint32 (datasketch 2, seed 1, scheme affine32)
);
"""

# Times that add up: an article's publication day (`published`, YYYY-MM-DD, as `thidua extract` gives it)
# beside the timestamp the page gave (`published_at`, when it gave one); every activity's time span
# (`date_start`, `date_end`: its own date's bounds, else its article's publication day), so that years
# are filtered by overlap; near-duplicate articles (pipeline.dataset.copies); canonical organizations
# (`organization_aliases`, like campaign_aliases: pipeline.dataset.canonical).
_SCHEMA_6 = """
ALTER TABLE articles ADD COLUMN published_at TEXT;
UPDATE articles SET published_at = published WHERE length(published) > 10;
UPDATE articles SET published = substr(published, 1, 10) WHERE length(published) > 10;

ALTER TABLE activities ADD COLUMN date_start TEXT;
ALTER TABLE activities ADD COLUMN date_end TEXT;
UPDATE activities SET
    date_start = coalesce(start_date, (SELECT substr(a.published, 1, 10) FROM articles a WHERE a.article_id = activities.article_id)),
    date_end = coalesce(end_date, start_date, (SELECT substr(a.published, 1, 10) FROM articles a WHERE a.article_id = activities.article_id));
CREATE INDEX activities_dates ON activities(date_start, date_end);
""" + _SCHEMA_6_COPIES + """
CREATE TABLE organization_aliases (
    alias_key TEXT PRIMARY KEY,          -- organizations.key of a name as written (expanded)
    canonical_key TEXT NOT NULL,         -- the key of the organization it stands for
    canonical_name TEXT NOT NULL,        -- the name the views show
    source TEXT NOT NULL CHECK (source IN ('auto', 'analyst')),
    rule TEXT,                           -- why (auto): the variant key both names reduce to
    updated_at TEXT
);
CREATE INDEX organization_aliases_canonical ON organization_aliases(canonical_key);
"""

# Analysts' corrections of extracted facts, re-applied at every build (pipeline.dataset.corrections).
_SCHEMA_10 = """
CREATE TABLE corrections (
    correction_id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,            -- the article (no foreign key: a rebuild may delete and re-add it)
    kind TEXT NOT NULL CHECK (kind IN ('wrong', 'change_activity', 'add_campaign', 'add_organization', 'add_activity')),
    fact TEXT,                           -- campaign, organization, person, date, figure, activity
    sentence_index INTEGER,
    start INTEGER NOT NULL,              -- character offsets into the article's text
    end INTEGER NOT NULL,
    quote TEXT NOT NULL,                 -- the characters there when the correction was made
    before TEXT,                         -- JSON: the fact as the build derived it (null for an addition)
    after TEXT,                          -- JSON: what it is instead (null for a fact marked wrong)
    author TEXT NOT NULL,                -- who (a name typed once)
    created_at TEXT NOT NULL,            -- when
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'undone')),
    undone_at TEXT,
    undone_by TEXT,
    state TEXT NOT NULL DEFAULT 'applied' CHECK (state IN ('applied', 'flagged')),
    note TEXT,                           -- why it is flagged (the text changed, the fact is gone)
    checked_at TEXT                      -- the last build or request that applied or flagged it
);
CREATE INDEX corrections_article ON corrections(article_id);
"""

# Campaign names learned from the corpus (pipeline.dataset.learned).
_SCHEMA_11 = """
CREATE TABLE learned_campaigns (
    key TEXT PRIMARY KEY,            -- match_key of the name
    name TEXT NOT NULL,              -- as first quoted
    kind TEXT NOT NULL,
    article_id TEXT,                 -- the article it was first quoted in
    run_id INTEGER,                  -- the build that learned it
    learned_at TEXT
);
"""

# (version, name, SQL): append only; a released migration is never edited.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "initial schema", _SCHEMA_1),
    (2, "campaign aliases, implied organization parents, analyst views", _SCHEMA_2),
    (3, "full-text search without diacritics (đ folded too)", _SCHEMA_3),
    (4, "article relevance: probability of being about emulation (models/relevance)", _SCHEMA_4),
    (5, "inputs index: sha256 of the bytes of each input file", _SCHEMA_5),
    (6, "published day and timestamp, activity time spans, near duplicates, organization aliases", _SCHEMA_6),
    (7, "views: years by overlap, each story once (copies in the _all views), canonical organizations", _SCHEMA_7),
    (10, "corrections: analyst corrections of extracted facts, re-applied at every build", _SCHEMA_10),
    (11, "learned campaigns: names quoted in one article, looked for unquoted in the others", _SCHEMA_11),
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
    """A read-only connection (``mode=ro``): SQLite itself refuses any write through it.

    On read-only media (a folder this process cannot write, so WAL's ``-shm`` file cannot be made) the
    file is opened ``immutable=1`` instead, with a note (a warning on this module's logger): SQLite then
    takes no locks and ignores a ``-wal`` file, so what a build writes meanwhile is not seen.
    """
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no dataset here (run `thidua build` first, or give --db)")
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
        conn.execute("PRAGMA query_only=ON")
        schema_version(conn)
    except sqlite3.Error as error:
        if not on_read_only_media(path):
            raise StoreError(f"{path}: cannot open the dataset: {error}") from error
        conn = _connect_immutable(path, uri)
    return conn


def on_read_only_media(path: Path) -> bool:
    """Whether WAL's shared-memory file beside ``path`` cannot be made or opened for writing."""
    shm = path.with_name(path.name + "-shm")
    if shm.exists():
        return not os.access(shm, os.W_OK)
    return not os.access(path.parent, os.W_OK)


_NOTED_READ_ONLY: set[str] = set()


def _connect_immutable(path: Path, uri: str) -> sqlite3.Connection:
    wal = path.with_name(path.name + "-wal")
    unseen = wal.stat().st_size if wal.exists() else 0
    try:
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None)
        conn.execute("PRAGMA query_only=ON")
        schema_version(conn)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot open the dataset, even as immutable on read-only media: {error}") from error
    if str(path) in _NOTED_READ_ONLY:  # said once per file and process
        return conn
    _NOTED_READ_ONLY.add(str(path))
    logger.warning(
        "%s is on read-only media (its folder cannot be written, so SQLite cannot make its -shm file): opened "
        "immutable, without locks%s", path,
        f"; the {unseen} bytes of {wal.name} (writes not yet checkpointed) are not seen" if unseen else "",
    )
    return conn


def data_tables(conn: sqlite3.Connection) -> list[str]:
    """The dataset's tables, without SQLite's own, the virtual (search) tables and their shadow tables."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    shadows = {v + suffix for v in virtual for suffix in FTS_SHADOW_SUFFIXES}
    return [name for name, _ in rows if name not in virtual and name not in shadows]


def view_names(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY rowid")]


def table_names(conn: sqlite3.Connection) -> list[str]:
    """The dataset's own tables, without SQLite's and the full-text index's internals."""
    return data_tables(conn)


# Drop campaigns, organizations and people no article mentions any more (after replacements).
PRUNE = (
    "DELETE FROM campaigns WHERE campaign_id NOT IN (SELECT campaign_id FROM campaign_mentions)"
    " AND campaign_id NOT IN (SELECT campaign_id FROM activities WHERE campaign_id IS NOT NULL)"
    " AND campaign_id NOT IN (SELECT campaign_id FROM figures WHERE campaign_id IS NOT NULL)",
    "DELETE FROM people WHERE person_id NOT IN (SELECT person_id FROM person_roles)",
    "DELETE FROM organizations WHERE org_id NOT IN (SELECT org_id FROM organization_mentions)"
    " AND org_id NOT IN (SELECT org_id FROM person_roles WHERE org_id IS NOT NULL)"
    " AND org_id NOT IN (SELECT org_id FROM activities WHERE org_id IS NOT NULL)"
    " AND org_id NOT IN (SELECT parent_org_id FROM organizations WHERE parent_org_id IS NOT NULL)",
)
