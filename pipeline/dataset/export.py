"""Exports of the whole dataset: every table and every view, as one consistent snapshot.

- ``csv`` / ``parquet``: ``DIR/<name>.<format>`` per table and per view (``DIR/activity_view.parquet``);
- ``xlsx``: ``DIR/thidua.xlsx``, a sheet per table and view (cells cut at Excel's 32,767 characters);
- ``sqlite``: ``DIR/thidua.sqlite``, a copy made with SQLite's backup API (consistent even while a
  build writes), in rollback-journal mode so that it is one self-contained file.

The text-format exports read all their tables and views inside one read transaction, so they agree
with each other even when ``thidua build`` commits in between. The full-text search tables (virtual
tables and their shadow tables) are indexes, not data, and are left out of the file formats; the
sqlite copy keeps them.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from .schema import StoreError, connect_readonly, data_tables, view_names

EXPORT_FORMATS = ("csv", "parquet", "xlsx", "sqlite")
XLSX_CELL_LIMIT = 32_767  # Excel's own limit on a cell's text
XLSX_SHEET_NAME_LIMIT = 31


def export_dataset(db: str | Path, out: str | Path, fmt: str, excel: bool = False) -> list[Path]:
    """Write every table and view of the dataset at ``db`` into ``out``; returns the files written.

    ``excel`` (csv only): UTF-8 with a byte-order mark, which Excel needs to read Vietnamese correctly
    (without it, Excel takes the file for the machine's legacy code page).
    """
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (choose from {', '.join(EXPORT_FORMATS)})")
    if excel and fmt != "csv":
        raise StoreError("--excel is for csv (UTF-8 with a byte-order mark); xlsx is Excel's own format already")
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"{out}: cannot create the export folder: {error.strerror or error}") from error
    conn = connect_readonly(db)
    try:
        if fmt == "sqlite":
            return [_copy(conn, out / "thidua.sqlite")]
        return _write_frames(conn, out, fmt, encoding="utf-8-sig" if excel else "utf-8")
    except (sqlite3.Error, OSError, ValueError) as error:
        raise StoreError(f"export failed: {error}") from error
    finally:
        conn.close()


def _copy(conn: sqlite3.Connection, target: Path) -> Path:
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    copy = sqlite3.connect(partial, isolation_level=None)
    try:
        conn.backup(copy)  # one consistent snapshot, page by page
        copy.execute("PRAGMA journal_mode=DELETE")
        if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StoreError(f"{target}: the copy does not pass SQLite's quick_check")
    finally:
        copy.close()
    partial.replace(target)
    for leftover in (target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        leftover.unlink(missing_ok=True)
    return target


def _write_frames(conn: sqlite3.Connection, out: Path, fmt: str, encoding: str = "utf-8") -> list[Path]:
    import pandas as pd

    conn.execute("BEGIN")  # one snapshot for every table and view
    try:
        names = data_tables(conn) + view_names(conn)
        frames = [(name, pd.read_sql_query(f'SELECT * FROM "{name}"', conn)) for name in names]
    finally:
        conn.execute("COMMIT")
    if fmt == "xlsx":
        target = out / "thidua.xlsx"
        sheets: set[str] = set()
        with pd.ExcelWriter(target, engine="openpyxl") as writer:
            for name, frame in frames:
                sheet = name[:XLSX_SHEET_NAME_LIMIT]
                if sheet in sheets:
                    raise StoreError(f"xlsx: two tables or views share the sheet name {sheet!r}")
                sheets.add(sheet)
                frame = frame.map(lambda v: v[:XLSX_CELL_LIMIT] if isinstance(v, str) else v)
                frame.to_excel(writer, sheet_name=sheet, index=False)
        return [target]
    written: list[Path] = []
    for name, frame in frames:
        target = out / f"{name}.{fmt}"
        if fmt == "csv":
            frame.to_csv(target, index=False, encoding=encoding)
        else:
            frame.to_parquet(target, index=False)
        written.append(target)
    return written
