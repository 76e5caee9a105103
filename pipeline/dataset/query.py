"""Read-only SQL for ``thidua query``: one statement, checked to be a read, on a ``mode=ro`` connection."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from .schema import StoreError, connect_readonly

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
    from .search import register_functions

    check_read_only(sql)
    conn = connect_readonly(db)
    register_functions(conn)  # fold(), match_query(), accent_match(): search helpers for typed SQL
    try:
        cursor = conn.execute(sql)
        columns = [d[0] for d in cursor.description or ()]
        return columns, cursor.fetchall()
    except (sqlite3.Error, sqlite3.Warning) as error:
        raise StoreError(f"query failed: {error}") from error
    finally:
        conn.close()
