"""Campaign names the dataset has learned (schema migration 11, ``learned_campaigns``): quoted in one article, looked for unquoted in
all the others.

After each build, the names quoted in the articles it stored (``pipeline.extract.campaigns.learning``) join
``learned_campaigns``; the articles already stored whose text holds a newly learned name (found through the
folded full-text index) are read again, and only they. Learned names are not part of the pipeline version:
what a new name can change is reprocessed when it is learned, and everything processed later reads with it.
"""
from __future__ import annotations

import sqlite3
from typing import Iterable

from ..extract.campaigns.learning import LEARNED_KINDS, MIN_WORDS, QUOTES
from ..text import fold_diacritics, match_key



def learned_names(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, kind) of every learned campaign, oldest first."""
    return [(name, kind) for name, kind in conn.execute("SELECT name, kind FROM learned_campaigns ORDER BY rowid")]


def quoted_in_run(conn: sqlite3.Connection, run_id: int) -> list[tuple[str, str, str]]:
    """(name, kind, article_id) of the campaigns quoted in the articles the run stored."""
    rows = conn.execute(
        "SELECT c.name, c.kind, m.article_id, m.start, s.start, s.text FROM campaign_mentions m "
        "JOIN campaigns c USING (campaign_id) JOIN articles a USING (article_id) "
        "JOIN sentences s ON s.article_id = m.article_id AND s.sentence_index = m.sentence_index "
        "WHERE a.run_id = ? AND m.start > s.start ORDER BY m.article_id, m.start",
        (run_id,),
    )
    return [(name, kind, article_id) for name, kind, article_id, start, sentence_start, text in rows
            if kind in LEARNED_KINDS and len(name.split()) >= MIN_WORDS and text[start - sentence_start - 1] in QUOTES]


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
