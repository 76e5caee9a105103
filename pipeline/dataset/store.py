"""Writing the dataset: one batch per transaction, one savepoint per article, from the build's parent only.

SQLite in WAL mode lets an analyst query while a build writes. Replacing an article deletes its old
sentences and facts with it (``ON DELETE CASCADE``), so no stale fact is left behind.
"""
from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Sequence

from ..records import Closing, Failure, Processed
from ..text import match_key
from .corrections import apply_corrections, move_corrections
from .rows import article_row, fact_rows
from .schema import PRUNE, StoreError, connect, now

NEW, CHANGED, UNCHANGED, DUPLICATE = "new", "changed", "unchanged", "duplicate"


class Store(Closing):
    """The writing side of the dataset; one per build, used from the parent process only."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.conn = connect(self.path)
        self._stored_this_run: set[str] = set()
        self._deleted = False
        self.modified = False  # any article written or deleted through this store
        # ids of the campaigns, organizations and people written through this store, with the columns an upsert
        # would fill in (kind; type, place), so that a name met again costs no statement when its upsert would
        # change nothing; forgotten whenever rows may have gone (a deletion, a prune, a rollback)
        self._ids: dict[tuple, tuple] = {}

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._ids.clear()  # what others wrote since the last one is not known here
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:  # another writer held the lock past the 30 s timeout
            raise StoreError(f"{self.path}: cannot write: {error} (is another `thidua build` running?)") from error
        try:
            yield
        except BaseException:
            self._ids.clear()
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
            self._ids.clear()
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

    def put(self, processed: Processed, pipeline_version: str, run_id: int, input_path: str, replace: bool = False) -> str:
        """Store one processed article; returns new, changed, unchanged or duplicate.

        Same id (same URL, or same text without URL): unchanged when hash and pipeline version
        match and it comes from the same input, a duplicate when it comes from another input,
        replaced otherwise. Same cleaned text under another id: a duplicate, stored as a row that
        points to the first (no text, no facts). An input that now yields another id than before
        (a URL-less file edited) has its old article replaced. ``replace``: the stored article is read
        again for another reason than its text or the pipeline (a campaign name learned since): replaced.
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
            if row[2] != source and (same or article_id in self._stored_this_run) and not replace:
                return DUPLICATE
            if same and not replace:
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
            move_corrections(self.conn, old, article_id)  # they follow the text they correct, checked on insert
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
        self._ids.clear()

    def _insert(self, processed: Processed, pipeline_version: str, run_id: int, source: str, duplicate_of: str | None = None) -> None:
        row = article_row(processed, pipeline_version, source)
        keep_text = duplicate_of is None
        if not keep_text:  # a copy under another URL: a row pointing to the first, no text, no facts
            row.update(lead=None, body=None)
        row.update(raw_path=source, duplicate_of=duplicate_of, run_id=run_id, stored_at=now())
        columns = ", ".join(row)
        self.conn.execute(f"INSERT INTO articles ({columns}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
        self._stored_this_run.add(processed.article.article_id)
        self.modified = True
        if keep_text:
            self._insert_facts(processed)
            # analysts' corrections (``corrections``) re-applied to the facts just derived, or flagged
            apply_corrections(self.conn, processed.article.article_id, processed.article.text)

    def _upsert(self, sql: str, values: tuple[Any, ...]) -> int:
        return self.conn.execute(sql, values).fetchone()[0]

    def _campaign_id(self, key: str | None, name: str | None, kind: str | None = None) -> int | None:
        if not key:
            return None
        known = self._ids.get(("campaign", key))
        if known is not None and (kind is None or known[1] is not None):  # the upsert would change nothing
            return known[0]
        campaign_id, stored_kind = self.conn.execute(
            "INSERT INTO campaigns (key, name, kind) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET kind = coalesce(kind, excluded.kind) RETURNING campaign_id, kind",
            (key, name, kind),
        ).fetchone()
        self._ids[("campaign", key)] = (campaign_id, stored_kind)
        return campaign_id

    def _org_id(self, name: str | None, type_: str | None = None, place: str | None = None) -> int | None:
        if not name:
            return None
        key = match_key(name)
        known = self._ids.get(("organization", key))
        if known is not None and (type_ is None or known[1] is not None) and (place is None or known[2] is not None):
            return known[0]
        org_id, stored_type, stored_place = self.conn.execute(
            "INSERT INTO organizations (key, name, type, place) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET type = coalesce(type, excluded.type), place = coalesce(place, excluded.place) "
            "RETURNING org_id, type, place",
            (key, name, type_, place),
        ).fetchone()
        self._ids[("organization", key)] = (org_id, stored_type, stored_place)
        return org_id

    def _person_id(self, key: str, name: str) -> int:
        known = self._ids.get(("person", key))
        if known is not None:  # the upsert changes nothing of a stored person
            return known[0]
        person_id = self._upsert(
            "INSERT INTO people (key, name) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET key = key RETURNING person_id",
            (key, name),
        )
        self._ids[("person", key)] = (person_id,)
        return person_id

    def _insert_facts(self, processed: Processed) -> None:
        """The article's fact rows (``rows.fact_rows``), names and keys turned into the dataset's ids.

        Each table's rows go in one ``executemany`` (speed: one statement call per row was a fifth of the store's
        time); their ids are asked for row by row, in the order of before, so the upserts of campaigns, organizations
        and people (whose full-text triggers write a segment per statement) run as they did: the same dataset."""
        rows = fact_rows(processed)
        execute, many = self.conn.execute, self.conn.executemany
        span = ("sentence_index", "start", "end", "text")
        _insert_sentences(self.conn, rows["sentences"])
        many("INSERT INTO campaign_mentions VALUES (?, ?, ?, ?, ?, ?)",
             [(self._campaign_id(r["campaign_key"], r["campaign"], r["kind"]), r["article_id"], *(r[k] for k in span))
              for r in rows["campaign_mentions"]])
        mentions = []
        for r in rows["organization_mentions"]:
            org_id = self._org_id(r["organization"], r["type"], r["place"])
            if r["parent"]:
                execute("UPDATE organizations SET parent_org_id = ? WHERE org_id = ?", (self._org_id(r["parent"]), org_id))
            mentions.append((org_id, r["article_id"], *(r[k] for k in span)))
        many("INSERT INTO organization_mentions VALUES (?, ?, ?, ?, ?, ?)", mentions)
        many("INSERT INTO person_roles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
             [(self._person_id(r["person_key"], r["person"]), r["article_id"], r["title"], self._org_id(r["organization"]),
               *(r[k] for k in span)) for r in rows["person_roles"]])
        many("INSERT INTO dates VALUES (:article_id, :sentence_index, :start, :end, :text, :value, :start_date, :end_date,"
             " :granularity)", rows["dates"])
        many("INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
             [(r["article_id"], r["sentence_index"], r["start"], r["end"], r["text"], r["value"], r["unit"], r["kind"],
               r["approx"], self._campaign_id(r["campaign_key"], r["campaign"])) for r in rows["figures"]])
        many(
            "INSERT INTO activities (article_id, sentence_index, start, end, text, campaign_id, action, org_id, "
            "date, start_date, end_date, date_start, date_end, figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(r["article_id"], *(r[k] for k in span), self._campaign_id(r["campaign_key"], r["campaign"]), r["action"],
              self._org_id(r["organization"]), r["date"], r["start_date"], r["end_date"], r["date_start"], r["date_end"],
              json.dumps(r["figures"], ensure_ascii=False)) for r in rows["activities"]],
        )

    def prune(self) -> None:
        """Drop campaigns, organizations and people no article mentions any more (after replacements)."""
        if not self._deleted:
            return
        self._ids.clear()
        for statement in PRUNE:  # not executescript: that would commit the caller's transaction
            while self.conn.execute(statement).rowcount:  # again: a pruned child may free its parent
                pass
        self._deleted = False




SENTENCES_PER_STATEMENT = 500  # 6 values each: under SQLite's 32,766 host parameters


def _insert_sentences(conn: sqlite3.Connection, rows: list[dict[str, Any]]) -> None:
    """An article's sentences in one INSERT statement (a few for a very long article), not one per sentence: a
    statement that fires the full-text triggers makes SQLite open a statement savepoint, and FTS5 writes its
    pending terms to disk as a new segment at every savepoint; one segment per sentence in two indexes was most
    of the store's statements (and their merges). The same rows in the same order, so the same rowids."""
    for first in range(0, len(rows), SENTENCES_PER_STATEMENT):
        chunk = rows[first:first + SENTENCES_PER_STATEMENT]
        conn.execute("INSERT INTO sentences VALUES " + ", ".join(["(?, ?, ?, ?, ?, ?)"] * len(chunk)),
                     [r[k] for r in chunk for k in ("article_id", "sentence_index", "block", "start", "end", "text")])


def _gone(raw_path: str | None) -> bool:
    """Whether the input an article was stored from is no longer there (``archive.warc#3``: the archive)."""
    if not raw_path:
        return False
    return not os.path.exists(raw_path.split("#", 1)[0])


