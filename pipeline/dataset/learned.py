"""Campaign names the dataset has learned (schema migration 11, ``learned_campaigns``): quoted in one article, looked for unquoted in
all the others.

After each batch of a build, the names quoted in the articles it stored (``pipeline.extract.campaigns.learning``)
join ``learned_campaigns`` and the later batches read with them; at the end, the articles stored before a name was
learned whose text holds it (found through the folded full-text index) are read again, and only they. Learned names are not part of the pipeline version:
what a new name can change is reprocessed when it is learned, and everything processed later reads with it.
"""
from __future__ import annotations

import sqlite3
from typing import Iterable, Sequence

from ..extract.campaigns.learning import LEARNED_KINDS, MIN_WORDS, QUOTES
from ..text import fold_diacritics, match_key



def learned_names(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, kind) of every learned campaign, oldest first."""
    return [(name, kind) for name, kind in conn.execute("SELECT name, kind FROM learned_campaigns ORDER BY rowid")]


def quoted_in_articles(conn: sqlite3.Connection, article_ids: Sequence[str]) -> list[tuple[str, str, str]]:
    """(name, kind, article_id) of the campaigns quoted in the given stored articles (a batch just written)."""
    found = []
    for start in range(0, len(article_ids), 500):  # under SQLite's limit on bound parameters
        chunk = list(article_ids[start:start + 500])
        rows = conn.execute(
            "SELECT c.name, c.kind, m.article_id, m.start, s.start, s.text FROM campaign_mentions m "
            "JOIN campaigns c USING (campaign_id) "
            "JOIN sentences s ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index "
            f"WHERE m.article_id IN ({', '.join('?' * len(chunk))}) AND m.start > s.start ORDER BY m.article_id, m.start",
            chunk,
        )
        found.extend((name, kind, article_id) for name, kind, article_id, start, sentence_start, text in rows
                     if kind in LEARNED_KINDS and len(name.split()) >= MIN_WORDS
                     and text[start - sentence_start - 1] in QUOTES)
    return found


def learn(conn: sqlite3.Connection, found: Iterable[tuple[str, str, str]], run_id: int, now: str) -> list[tuple[str, str]]:
    """Add names not known yet; returns the new (name, kind) pairs."""
    new = []
    for name, kind, article_id in found:
        cursor = conn.execute(
            "INSERT OR IGNORE INTO learned_campaigns (key, name, kind, article_id, run_id, learned_at) VALUES (?, ?, ?, ?, ?, ?)",
            (match_key(name), name, kind, article_id, run_id, now),
        )
        if cursor.rowcount:
            new.append((name, kind))
    return new


def articles_holding(conn: sqlite3.Connection, names: Iterable[str]) -> dict[str, str]:
    """article_id → raw_path of the stored articles whose text holds one of ``names`` (folded), without a
    campaign of that name already."""
    found: dict[str, str] = {}
    for name in names:
        words = fold_diacritics(" ".join("".join(ch if ch.isalnum() else " " for ch in name).split()))
        if not words:
            continue
        rows = conn.execute(
            "SELECT a.article_id, a.raw_path FROM articles_search s JOIN articles a ON a.rowid = s.rowid "
            "WHERE articles_search MATCH ? AND a.article_id NOT IN (SELECT m.article_id FROM campaign_mentions m "
            "JOIN campaigns c USING (campaign_id) WHERE c.key = ?)",
            (f'"{words}"', match_key(name)),
        )
        found.update({article_id: raw_path for article_id, raw_path in rows if raw_path})
    return found
