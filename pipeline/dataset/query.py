"""Read-only SQL for ``thidua query``: one statement, checked to be a read, on a ``mode=ro`` connection, bounded.

Every statement runs under limits, so that no query can hang the terminal or take the machine's memory:

- a time limit (``DEFAULT_TIME_LIMIT``, 30 s; ``--time-limit``), through SQLite's progress handler,
  for the whole statement, fetching included: a runaway recursive CTE stops with an error;
- SQLite's heap limit (``PRAGMA hard_heap_limit``, ``DEFAULT_HEAP_LIMIT``) and a cap on the length of
  one string or blob (``DEFAULT_LENGTH_LIMIT``): ``length(hex(randomblob(499999999)))`` fails at once
  instead of allocating a gigabyte.

``limit_connection`` applies the memory limits to any connection (``thidua serve`` uses it too).
"""
from __future__ import annotations

import re
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from .schema import StoreError, connect_readonly
from .search import register_functions

DEFAULT_TIME_LIMIT = 30.0  # seconds per statement (0: none)
DEFAULT_HEAP_LIMIT = 256 * 2**20  # bytes SQLite may allocate in this process
DEFAULT_LENGTH_LIMIT = 64 * 2**20  # bytes of one string or blob (an article is under 20 MB)
PROGRESS_STEPS = 10_000  # virtual-machine instructions between two looks at the clock

_READ_STATEMENT = re.compile(r"^\s*(select|with|values|explain|pragma)\b", re.IGNORECASE)
_COMMENT = re.compile(r"(--[^\n]*\n?|/\*.*?\*/)", re.DOTALL)


class QueryLimitError(StoreError):
    """A statement went over its time or memory limit and was stopped."""


def check_read_only(sql: str) -> None:
    """Refuse anything but a read statement, before SQLite would (it refuses too: ``mode=ro``)."""
    statement = _COMMENT.sub(" ", sql).strip()
    if not _READ_STATEMENT.match(statement):
        first = statement.split(None, 1)[0].upper() if statement else "(empty)"
        raise StoreError(f"refused: {first} is not a read statement; `thidua query` only runs SELECT, WITH or PRAGMA reads")
    if statement.lower().startswith("pragma") and ("=" in statement or "(" in statement):
        # PRAGMA x = v and PRAGMA x(v) both set a value (query_only, hard_heap_limit …)
        raise StoreError("refused: a PRAGMA that sets a value is a write; `thidua query` only reads")


def limit_connection(conn: sqlite3.Connection, heap_limit: int | None = DEFAULT_HEAP_LIMIT,
                     length_limit: int | None = DEFAULT_LENGTH_LIMIT) -> None:
    """SQLite's memory limits on ``conn``: the heap limit is the process's, the length limit this connection's."""
    if heap_limit:
        conn.execute(f"PRAGMA hard_heap_limit = {int(heap_limit)}")
    if length_limit and hasattr(conn, "setlimit"):
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, int(length_limit))


@dataclass(frozen=True, slots=True)
class Limits:
    time_limit: float = DEFAULT_TIME_LIMIT
    heap_limit: int | None = DEFAULT_HEAP_LIMIT
    length_limit: int | None = DEFAULT_LENGTH_LIMIT


def _translate(error: BaseException, limits: Limits) -> StoreError:
    text = str(error)
    if isinstance(error, sqlite3.OperationalError) and text == "interrupted":
        return QueryLimitError(f"query stopped: it ran longer than its time limit of {limits.time_limit:g} s "
                               "(--time-limit SECONDS; 0 for none)")
    if isinstance(error, MemoryError) or "out of memory" in text:
        return QueryLimitError(f"query stopped: it needed more than the {(limits.heap_limit or 0) / 2**20:.0f} MiB "
                               "that SQLite may use here (PRAGMA hard_heap_limit)")
    if "too big" in text:
        return QueryLimitError(f"query stopped: {text} (one value may hold at most "
                               f"{(limits.length_limit or 0) / 2**20:.0f} MiB here)")
    return StoreError(f"query failed: {text}")


@contextmanager
def open_query(db: str | Path, sql: str, limits: Limits = Limits()) -> Iterator[tuple[list[str], Iterator[tuple[Any, ...]]]]:
    """``(columns, rows)`` of one read-only statement; rows are fetched lazily, under ``limits``.

    Errors — SQLite's, the time limit's, the memory limits' — are raised as ``StoreError`` (``QueryLimitError``
    for a limit), also while the rows are being read.
    """
    check_read_only(sql)
    conn = connect_readonly(db)
    register_functions(conn)  # fold(), match_query(), accent_match(): search helpers for typed SQL
    try:
        limit_connection(conn, limits.heap_limit, limits.length_limit)
        if limits.time_limit and limits.time_limit > 0:
            deadline = time.monotonic() + limits.time_limit
            conn.set_progress_handler(lambda: time.monotonic() > deadline, PROGRESS_STEPS)
        try:
            cursor = conn.execute(sql)
        except (sqlite3.Error, sqlite3.Warning, MemoryError) as error:
            raise _translate(error, limits) from error
        columns = [d[0] for d in cursor.description or ()]

        def rows() -> Iterator[tuple[Any, ...]]:
            while True:
                try:
                    chunk = cursor.fetchmany(1000)
                except (sqlite3.Error, sqlite3.Warning, MemoryError) as error:
                    raise _translate(error, limits) from error
                if not chunk:
                    return
                yield from chunk

        yield columns, rows()
    finally:
        conn.close()


def run_query(db: str | Path, sql: str, limits: Limits = Limits()) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and rows of one read-only statement (all rows in memory: for small results)."""
    with open_query(db, sql, limits) as (columns, rows):
        return columns, list(rows)
