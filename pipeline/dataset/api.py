"""The dataset for notebooks: pandas DataFrames per table and view, plus a few helpers.

``Dataset(path)`` opens the SQLite file read-only (``mode=ro``): it never writes, and it reads a
consistent snapshot per query while ``thidua build`` adds articles (WAL). Every table and view is
``Dataset.table(name)``; the helpers answer the usual questions without SQL:

>>> ds = Dataset("dataset/thidua.sqlite")                        # doctest: +SKIP
>>> ds.activities(action="review", year="2021")                 # doctest: +SKIP
>>> ds.campaign_timeline("lao dong gioi - lao dong sang tao")   # doctest: +SKIP

Campaign names are matched the way the dataset keys them (case, punctuation, tone placement folded),
through the analyst-correctable ``campaign_aliases``, and also typed without diacritics.

Each story counts once: an article that is a near duplicate of another (the same story syndicated by
another paper, ``articles.near_duplicate_of``) is left out of the counts and rows unless
``include_copies=True``. A year matches every activity whose time span covers it (a review held in 2024
of "giai đoạn 2019 - 2024" is an activity of 2019 … 2024). ``search`` keeps the diacritics typed
(``ignore_accents=True`` finds every accented form).
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any, Iterable, Sequence

import pandas as pd

from ..records import Closing, ThiduaError
from ..resources import PROJECT_DIR
from .search import IGNORE, RESPECT, register_functions
from .search import search as search_rows
from .views import VIEWS_7 as VIEWS
from .schema import connect_readonly, default_db, table_names
from ..text import fold_diacritics, match_key

ENV_DB = "THIDUA_DB"
BUNDLED_CORPUS = PROJECT_DIR / "corpus"


class DatasetError(ThiduaError):
    """The dataset cannot be opened or does not hold what was asked for."""


def _folded(text: str) -> str:
    return fold_diacritics(match_key(text))


class Dataset(Closing):
    """A read-only view of one dataset file as DataFrames."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else default_db()
        try:
            self.conn = connect_readonly(self.path)
        except ThiduaError as error:
            raise DatasetError(str(error)) from error
        self.conn.create_function("folded", 1, lambda s: _folded(s) if s is not None else None, deterministic=True)
        register_functions(self.conn)

    # --- plumbing --------------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __repr__(self) -> str:
        return f"Dataset({str(self.path)!r})"

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> pd.DataFrame:
        """Any read-only SQL as a DataFrame (the connection refuses writes)."""
        try:
            return pd.read_sql_query(sql, self.conn, params=params)
        except (sqlite3.Error, pd.errors.DatabaseError) as error:
            raise DatasetError(f"query failed: {error}") from error

    def tables(self) -> list[str]:
        """The dataset's tables (without SQLite's and the full-text index's internals)."""
        return table_names(self.conn)

    def views(self) -> list[str]:
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name")
        return [row[0] for row in rows]

    def table(self, name: str) -> pd.DataFrame:
        """A whole table or view: ``ds.table("activity_view")``."""
        if name not in self.tables() and name not in self.views():
            known = ", ".join(self.tables() + self.views())
            raise DatasetError(f"no table or view {name!r} in {self.path} (known: {known})")
        return self.query(f'SELECT * FROM "{name}"')

    def articles(self, min_relevance: float | None = None, include_copies: bool = False) -> pd.DataFrame:
        """Articles (without their text), most emulation-like first; ``min_relevance`` keeps those the
        relevance model gives at least that probability of being about emulation. Exact copies
        (``duplicate_of``) are never listed; near duplicates only with ``include_copies``."""
        clauses, params = ["duplicate_of IS NULL"], []
        if min_relevance is not None:
            clauses.append("relevance >= ?")
            params.append(min_relevance)
        if not include_copies:
            clauses.append("near_duplicate_of IS NULL")
        return self.query(
            "SELECT article_id, url, source, title, published, published_at, author, relevance, near_duplicate_of, "
            f"near_duplicate_similarity FROM articles WHERE {' AND '.join(clauses)} ORDER BY relevance DESC, published",
            params,
        )

    def copies(self) -> pd.DataFrame:
        """Near-duplicate articles with the original each was syndicated from (``article_copies``)."""
        return self.table("article_copies")

    def search(self, query: str, table: str = "sentences", ignore_accents: bool = False, limit: int | None = 100) -> pd.DataFrame:
        """Rows of ``table`` (sentences, articles, campaigns, organizations, people) matching every word of
        ``query``, best first. A word typed without diacritics finds every accented form; one typed with
        them finds those marks only ("đảng" is not "đăng"), unless ``ignore_accents``."""
        try:
            rows = search_rows(self.conn, table, query, IGNORE if ignore_accents else RESPECT, limit)
        except (ValueError, sqlite3.Error) as error:
            raise DatasetError(str(error)) from error
        return pd.DataFrame(rows)

    def counts(self) -> pd.DataFrame:
        """Rows per table and view."""
        names = self.tables() + [v for v in VIEWS if v in self.views()]
        rows = [(name, self.conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names]
        return pd.DataFrame(rows, columns=["name", "rows"])

    # --- campaigns -------------------------------------------------------------------------------

    def campaigns(self, include_copies: bool = False) -> pd.DataFrame:
        """Canonical campaigns: kind, the variants written, articles (distinct: an article that mentions a
        campaign in several years counts once), activities, years seen."""
        originals = "1" if include_copies else "art.near_duplicate_of IS NULL"
        by_year = "campaigns_by_year_all" if include_copies else "campaigns_by_year"
        activities = "activity_view_all" if include_copies else "activity_view"
        return self.query(
            f"""
            WITH variants AS (
                SELECT canonical_key, canonical_name, max(kind) AS kind, count(*) AS variants,
                       group_concat(name, ' | ') AS written, max(alias_source = 'analyst') AS corrected
                FROM campaign_canonical GROUP BY canonical_key
            ),
            uses AS (
                SELECT cc.canonical_key, m.article_id FROM campaign_mentions m
                JOIN campaign_canonical cc ON cc.campaign_id = m.campaign_id
                JOIN articles art ON art.article_id = m.article_id WHERE {originals}
                UNION
                SELECT campaign_key, article_id FROM {activities} WHERE campaign_key IS NOT NULL
            ),
            counted AS (
                SELECT u.canonical_key, count(DISTINCT u.article_id) AS articles,
                       (SELECT count(*) FROM {activities} a WHERE a.campaign_key = u.canonical_key) AS activities
                FROM uses u GROUP BY u.canonical_key
            ),
            years AS (
                SELECT campaign_key, min(year) AS first_year, max(year) AS last_year FROM {by_year} GROUP BY campaign_key
            )
            SELECT v.canonical_name AS campaign, v.kind, v.variants, v.written,
                   coalesce(c.articles, 0) AS articles, coalesce(c.activities, 0) AS activities,
                   y.first_year, y.last_year, v.corrected, v.canonical_key AS campaign_key
            FROM variants v
            LEFT JOIN counted c ON c.canonical_key = v.canonical_key
            LEFT JOIN years y ON y.campaign_key = v.canonical_key
            ORDER BY articles DESC, activities DESC, campaign
            """
        )

    def campaign_keys(self, name: str) -> list[str]:
        """Canonical keys a typed campaign name stands for (empty when unknown).

        Tried in order: the name's key as written (through ``campaign_aliases``), a canonical name,
        then the same without diacritics (``lao dong gioi`` finds ``Lao động giỏi``).
        """
        key = match_key(name)
        for sql, value in (
            ("SELECT DISTINCT canonical_key FROM campaign_canonical WHERE key = ?", key),
            ("SELECT DISTINCT canonical_key FROM campaign_canonical WHERE canonical_key = ?", key),
            ("SELECT DISTINCT canonical_key FROM campaign_canonical WHERE folded(name) = ? OR folded(canonical_name) = ?", None),
        ):
            params = (value,) if value is not None else (_folded(name), _folded(name))
            found = [row[0] for row in self.conn.execute(sql, params)]
            if found:
                return found
        return []

    def campaign_timeline(self, name: str, include_copies: bool = False) -> pd.DataFrame:
        """The activities of one campaign (any of its written forms), in time order."""
        keys = self.campaign_keys(name)
        return self._activities_where(
            f"campaign_key IN ({', '.join('?' * len(keys)) or 'NULL'})", keys,
            order="date_start, activity_id", include_copies=include_copies,
        )

    def campaigns_by_year(self, include_copies: bool = False) -> pd.DataFrame:
        """Canonical campaign × year (an activity counts in every year its time span covers)."""
        return self.table("campaigns_by_year_all" if include_copies else "campaigns_by_year")

    def campaigns_per_month(self, include_copies: bool = False) -> pd.DataFrame:
        """Distinct canonical campaigns per month, and the articles about them.

        An activity counts in its own month when its date lies within one month, else (a year, a
        quarter, no date) in the month its article was published; a mention counts in its article's.
        """
        originals = "" if include_copies else "WHERE art.near_duplicate_of IS NULL"
        return self.query(
            f"""
            WITH dated AS (
                SELECT CASE WHEN substr(act.start_date, 1, 7) = substr(act.end_date, 1, 7)
                            THEN substr(act.start_date, 1, 7) ELSE substr(art.published, 1, 7) END AS month,
                       cc.canonical_key,
                       act.article_id
                FROM activities act
                JOIN articles art ON art.article_id = act.article_id
                JOIN campaign_canonical cc ON cc.campaign_id = act.campaign_id
                {originals}
                UNION
                SELECT substr(art.published, 1, 7), cc.canonical_key, m.article_id
                FROM campaign_mentions m
                JOIN articles art ON art.article_id = m.article_id
                JOIN campaign_canonical cc ON cc.campaign_id = m.campaign_id
                {originals}
            )
            SELECT month, count(DISTINCT canonical_key) AS campaigns, count(DISTINCT article_id) AS articles
            FROM dated WHERE length(month) = 7 GROUP BY month ORDER BY month
            """
        )

    def figures_by_campaign(self, name: str | None = None, include_copies: bool = False) -> pd.DataFrame:
        view = "figures_by_campaign_all" if include_copies else "figures_by_campaign"
        if name is None:
            return self.table(view)
        keys = self.campaign_keys(name)
        return self.query(f"SELECT * FROM {view} WHERE campaign_key IN ({', '.join('?' * len(keys)) or 'NULL'})", keys)

    # --- activities and organizations ------------------------------------------------------------

    def _activities_where(
        self, where: str, params: Sequence[Any], order: str = "activity_id", include_copies: bool = False
    ) -> pd.DataFrame:
        view = "activity_view_all" if include_copies else "activity_view"
        return self.query(f"SELECT * FROM {view} WHERE {where} ORDER BY {order}", list(params))

    def activities(
        self,
        campaign: str | None = None,
        organization: str | None = None,
        action: str | None = None,
        year: str | int | None = None,
        min_relevance: float | None = None,
        include_copies: bool = False,
    ) -> pd.DataFrame:
        """``activity_view``, optionally narrowed to a campaign, an organization, an action, a year (every
        activity whose time span covers it), and to articles the relevance model takes to be about
        emulation (``min_relevance=0.5``); ``include_copies``: near-duplicate articles' activities too."""
        clauses, params = ["1"], []
        if min_relevance is not None:
            clauses.append("article_id IN (SELECT article_id FROM articles WHERE relevance >= ?)")
            params.append(min_relevance)
        if campaign is not None:
            keys = self.campaign_keys(campaign)
            clauses.append(f"campaign_key IN ({', '.join('?' * len(keys)) or 'NULL'})")
            params += keys
        if organization is not None:
            ids = self._org_ids(organization)
            clauses.append(f"org_id IN ({', '.join('?' * len(ids)) or 'NULL'})")
            params += ids
        if action is not None:
            clauses.append("action = ?")
            params.append(action)
        if year is not None:
            clauses.append("year <= ? AND year_end >= ?")
            params += [str(year), str(year)]
        return self._activities_where(" AND ".join(clauses), params, include_copies=include_copies)

    def _org_ids(self, name: str, descendants: bool = False) -> list[int]:
        """The organizations a typed name stands for: every variant of its canonical organization."""
        ids = [row[0] for row in self.conn.execute("SELECT org_id FROM organizations WHERE key = ?", (match_key(name),))]
        if not ids:
            ids = [row[0] for row in self.conn.execute("SELECT org_id FROM organizations WHERE folded(name) = ?", (_folded(name),))]
        if ids:
            marks = ", ".join("?" * len(ids))
            ids = [
                row[0]
                for row in self.conn.execute(
                    "SELECT DISTINCT org_id FROM organization_canonical WHERE canonical_key IN "
                    f"(SELECT canonical_key FROM organization_canonical WHERE org_id IN ({marks})) ORDER BY org_id",
                    ids,
                )
            ]
        if descendants and ids:
            marks = ", ".join("?" * len(ids))
            ids = [
                row[0]
                for row in self.conn.execute(
                    f"""
                    WITH RECURSIVE below(org_id, depth) AS (
                        SELECT org_id, 0 FROM organizations WHERE org_id IN ({marks})
                        UNION SELECT o.org_id, below.depth + 1 FROM organizations o
                        JOIN below ON o.parent_org_id = below.org_id WHERE below.depth < 12
                    ) SELECT DISTINCT org_id FROM below
                    """,
                    ids,
                )
            ]
        return ids

    def organizations(self) -> pd.DataFrame:
        """Organizations with their parent, level in the hierarchy, path, articles and activities."""
        return self.query(
            """
            SELECT t.organization, t.type, t.place, t.parent, t.parent_from, t.level, t.path, t.articles,
                   coalesce(m.activities, 0) AS activities, coalesce(m.campaigns, 0) AS campaigns, t.org_id
            FROM organization_tree t LEFT JOIN most_active_organizations m ON m.org_id = t.org_id
            ORDER BY t.path
            """
        )

    def organization_activities(self, name: str, include_children: bool = False, include_copies: bool = False) -> pd.DataFrame:
        """The activities of one organization, any variant of its name (and of the organizations under it,
        if asked)."""
        ids = self._org_ids(name, descendants=include_children)
        return self._activities_where(
            f"org_id IN ({', '.join('?' * len(ids)) or 'NULL'})", ids,
            order="date_start, activity_id", include_copies=include_copies,
        )

    def organization_children(self, name: str) -> pd.DataFrame:
        """The organizations directly under one organization."""
        ids = self._org_ids(name)
        return self.query(
            f"SELECT * FROM organization_tree WHERE parent_org_id IN ({', '.join('?' * len(ids)) or 'NULL'}) ORDER BY organization",
            ids,
        )

    def most_active_organizations(self, limit: int | None = None) -> pd.DataFrame:
        frame = self.table("most_active_organizations")
        return frame.head(limit) if limit else frame


def build_dataset(paths: Iterable[str | Path], db: str | Path) -> Path:
    """Build (or bring up to date) the dataset at ``db`` from ``paths``; returns ``db``."""
    from ..build.incremental import build

    build(list(paths), db)
    return Path(db)


def open_dataset(db: str | Path | None = None, corpus: str | Path | None = None) -> Dataset:
    """The dataset a notebook works on.

    ``db``, else the ``THIDUA_DB`` environment variable, names an existing dataset; with neither, the
    corpus (default: the bundled ``corpus/``) is built into a fresh temporary file first.
    """
    chosen = db or os.environ.get(ENV_DB)
    if chosen:
        return Dataset(chosen)
    target = Path(tempfile.mkdtemp(prefix="thidua-")) / "thidua.sqlite"
    return Dataset(build_dataset([corpus or BUNDLED_CORPUS], target))


__all__ = ["Dataset", "DatasetError", "ENV_DB", "build_dataset", "open_dataset"]
