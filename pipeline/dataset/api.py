"""The dataset for notebooks: pandas DataFrames per table and view, plus a few helpers.

``Dataset(path)`` opens the SQLite file read-only (``mode=ro``): it never writes, and it reads a
consistent snapshot per query while ``thidua build`` adds articles (WAL). Every table and view is
``Dataset.table(name)``; the helpers answer the usual questions without SQL:

>>> ds = Dataset("dataset/thidua.sqlite")                        # doctest: +SKIP
>>> ds.activities(action="review", year="2021")                 # doctest: +SKIP
>>> ds.campaign_timeline("lao dong gioi - lao dong sang tao")   # doctest: +SKIP

Campaign names are matched the way the dataset keys them (case, punctuation, tone placement folded),
through the analyst-correctable ``campaign_aliases``, and also typed without diacritics.
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
from .views import VIEWS
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

    def articles(self, min_relevance: float | None = None) -> pd.DataFrame:
        """Articles (without their text), most emulation-like first; ``min_relevance`` keeps those the
        relevance model gives at least that probability of being about emulation."""
        where, params = ("WHERE relevance >= ?", [min_relevance]) if min_relevance is not None else ("", [])
        return self.query(
            "SELECT article_id, url, source, title, published, author, relevance FROM articles "
            f"{where} ORDER BY relevance DESC, published",
            params,
        )

    def counts(self) -> pd.DataFrame:
        """Rows per table and view."""
        names = self.tables() + [v for v in VIEWS if v in self.views()]
        rows = [(name, self.conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names]
        return pd.DataFrame(rows, columns=["name", "rows"])

    # --- campaigns -------------------------------------------------------------------------------

    def campaigns(self) -> pd.DataFrame:
        """Canonical campaigns: kind, the variants written, articles, activities, years seen."""
        return self.query(
            """
            WITH variants AS (
                SELECT canonical_key, canonical_name, max(kind) AS kind, count(*) AS variants,
                       group_concat(name, ' | ') AS written, max(alias_source = 'analyst') AS corrected
                FROM campaign_canonical GROUP BY canonical_key
            ),
            years AS (
                SELECT campaign_key, sum(articles) AS articles, sum(activities) AS activities,
                       min(year) AS first_year, max(year) AS last_year
                FROM campaigns_by_year GROUP BY campaign_key
            )
            SELECT v.canonical_name AS campaign, v.kind, v.variants, v.written,
                   coalesce(y.articles, 0) AS articles, coalesce(y.activities, 0) AS activities,
                   y.first_year, y.last_year, v.corrected, v.canonical_key AS campaign_key
            FROM variants v LEFT JOIN years y ON y.campaign_key = v.canonical_key
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

    def campaign_timeline(self, name: str) -> pd.DataFrame:
        """The activities of one campaign (any of its written forms), in time order."""
        keys = self.campaign_keys(name)
        return self._activities_where(
            f"campaign_key IN ({', '.join('?' * len(keys)) or 'NULL'})", keys,
            order="coalesce(start_date, published, date), activity_id",
        )

    def campaigns_by_year(self) -> pd.DataFrame:
        return self.table("campaigns_by_year")

    def campaigns_per_month(self) -> pd.DataFrame:
        """Distinct canonical campaigns per month, and the articles about them.

        An activity counts in its own month when its date lies within one month, else (a year, a
        quarter, no date) in the month its article was published; a mention counts in its article's.
        """
        return self.query(
            """
            WITH dated AS (
                SELECT CASE WHEN substr(act.start_date, 1, 7) = substr(act.end_date, 1, 7)
                            THEN substr(act.start_date, 1, 7) ELSE substr(art.published, 1, 7) END AS month,
                       cc.canonical_key,
                       act.article_id
                FROM activities act
                JOIN articles art ON art.article_id = act.article_id
                JOIN campaign_canonical cc ON cc.campaign_id = act.campaign_id
                UNION
                SELECT substr(art.published, 1, 7), cc.canonical_key, m.article_id
                FROM campaign_mentions m
                JOIN articles art ON art.article_id = m.article_id
                JOIN campaign_canonical cc ON cc.campaign_id = m.campaign_id
            )
            SELECT month, count(DISTINCT canonical_key) AS campaigns, count(DISTINCT article_id) AS articles
            FROM dated WHERE length(month) = 7 GROUP BY month ORDER BY month
            """
        )

    def figures_by_campaign(self, name: str | None = None) -> pd.DataFrame:
        if name is None:
            return self.table("figures_by_campaign")
        keys = self.campaign_keys(name)
        return self.query(
            f"SELECT * FROM figures_by_campaign WHERE campaign_key IN ({', '.join('?' * len(keys)) or 'NULL'})", keys
        )

    # --- activities and organizations ------------------------------------------------------------

    def _activities_where(self, where: str, params: Sequence[Any], order: str = "activity_id") -> pd.DataFrame:
        return self.query(f"SELECT * FROM activity_view WHERE {where} ORDER BY {order}", list(params))

    def activities(
        self,
        campaign: str | None = None,
        organization: str | None = None,
        action: str | None = None,
        year: str | int | None = None,
        min_relevance: float | None = None,
    ) -> pd.DataFrame:
        """``activity_view``, optionally narrowed to a campaign, an organization, an action, a year, and to
        articles the relevance model takes to be about emulation (``min_relevance=0.5``)."""
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
            clauses.append("year = ?")
            params.append(str(year))
        return self._activities_where(" AND ".join(clauses), params)

    def _org_ids(self, name: str, descendants: bool = False) -> list[int]:
        ids = [row[0] for row in self.conn.execute("SELECT org_id FROM organizations WHERE key = ?", (match_key(name),))]
        if not ids:
            ids = [row[0] for row in self.conn.execute("SELECT org_id FROM organizations WHERE folded(name) = ?", (_folded(name),))]
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

    def organization_activities(self, name: str, include_children: bool = False) -> pd.DataFrame:
        """The activities of one organization (and of the organizations under it, if asked)."""
        ids = self._org_ids(name, descendants=include_children)
        return self._activities_where(
            f"org_id IN ({', '.join('?' * len(ids)) or 'NULL'})", ids,
            order="coalesce(start_date, published, date), activity_id",
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
