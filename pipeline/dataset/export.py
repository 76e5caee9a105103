"""Exports of the whole dataset: every table and every view, as one consistent snapshot.

- ``csv`` / ``parquet``: ``DIR/<name>.<format>`` per table and per view (``DIR/activity_view.parquet``);
- ``xlsx``: ``DIR/thidua.xlsx``, a sheet per table and view;
- ``sqlite``: ``DIR/thidua.sqlite``, a copy made with SQLite's backup API (consistent even while a
  build writes), in rollback-journal mode so that it is one self-contained file.

The text-format exports read all their tables and views inside one read transaction, so they agree
with each other even when ``thidua build`` commits in between. The full-text search tables (virtual
tables and their shadow tables) are indexes, not data, and are left out of the file formats; the
sqlite copy keeps them.

What an export never does:

- write over the dataset it reads (nor its ``-wal`` / ``-shm`` files), ``force`` or not;
- write over an existing file unless ``force`` is given (every target is checked before anything is
  written);
- leave a partial file: each file is written under a hidden temporary name in the same folder and
  renamed into place only when every file of the export is complete; a failure removes them;
- cut or drop data in a workbook without a word: Excel's limits (1,048,576 rows per sheet, a header
  included; 32,767 characters per cell) are checked before the workbook is written, and an export that
  would exceed them is refused with the tables named and csv or parquet suggested (``cut_cells``
  cuts long cells on purpose, and says how many were cut where).
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Callable

from .schema import StoreError, connect_readonly, data_tables, view_names

EXPORT_FORMATS = ("csv", "parquet", "xlsx", "sqlite")
XLSX_CELL_LIMIT = 32_767  # Excel's own limit on a cell's text
XLSX_ROW_LIMIT = 1_048_576  # rows per sheet, the header row included
XLSX_SHEET_NAME_LIMIT = 31


class ExportRefused(StoreError):
    """The export would overwrite something, or cannot hold the data in the chosen format; nothing was written."""


def export_dataset(
    db: str | Path, out: str | Path, fmt: str, *, force: bool = False, cut_cells: bool = False,
    on_note: Callable[[str], None] | None = None, excel: bool = False,
) -> list[Path]:
    """Write every table and view of the dataset at ``db`` into ``out``; returns the files written.

    Raises ``ExportRefused`` (nothing written) when a target exists and ``force`` is not given, when a
    target is the dataset itself, or when an xlsx export would exceed Excel's limits. ``on_note``
    receives what the caller should tell the user (cells cut with ``cut_cells``). ``excel`` (csv only): UTF-8
    with a byte-order mark, which Excel needs to read Vietnamese correctly (without it, Excel takes the file for
    the machine's legacy code page).
    """
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (choose from {', '.join(EXPORT_FORMATS)})")
    if excel and fmt != "csv":
        raise StoreError("--excel is for csv (UTF-8 with a byte-order mark); xlsx is Excel's own format already")
    out = Path(out)
    conn = connect_readonly(db)  # a clear error when there is no dataset, before any folder is made
    try:
        names = data_tables(conn) + view_names(conn)
        targets = (
            [out / "thidua.sqlite"] if fmt == "sqlite" else [out / "thidua.xlsx"] if fmt == "xlsx"
            else [out / f"{name}.{fmt}" for name in names]
        )
        _refuse_the_dataset(Path(db), targets)
        _refuse_existing([target for target in targets if target.is_dir()])  # folders: refused even with force
        if not force:
            _refuse_existing(targets)
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"{out}: cannot create the export folder: {error.strerror or error}") from error
        with _Staging(targets) as staging:
            if fmt == "sqlite":
                _copy(conn, staging.partial(targets[0]), targets[0])
            else:
                _write_frames(conn, names, staging, targets, fmt, cut_cells, on_note or (lambda _note: None),
                              "utf-8-sig" if excel else "utf-8")
            staging.commit()
        return targets
    except StoreError:
        raise
    except (sqlite3.Error, OSError, ValueError, TypeError) as error:  # pyarrow's errors are ValueError / TypeError
        raise StoreError(f"export failed: {type(error).__name__}: {error}; nothing was replaced") from error
    finally:
        conn.close()


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.realpath(a) == os.path.realpath(b)


def _refuse_the_dataset(db: Path, targets: list[Path]) -> None:
    guarded = [db] + [db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
    for target in targets:
        if any(_same_file(target, path) for path in guarded):
            raise ExportRefused(
                f"{target} is the dataset this export reads ({db}): an export never writes over it; "
                "choose another --out folder"
            )


def _refuse_existing(targets: list[Path]) -> None:
    folders = [target for target in targets if target.is_dir()]
    if folders:  # not even --force replaces a folder with a file
        raise ExportRefused(f"{folders[0]} is a folder: nothing written; choose another --out folder")
    existing = [target for target in targets if target.exists() or target.is_symlink()]
    if existing:
        shown = ", ".join(str(path) for path in existing[:3]) + (f" and {len(existing) - 3} more" if len(existing) > 3 else "")
        raise ExportRefused(f"{shown} already exist{'s' if len(existing) == 1 else ''}: nothing written; "
                            "give --force to replace, or choose another --out folder")


class _Staging:
    """Hidden temporary files beside their targets, renamed into place together, removed on failure."""

    def __init__(self, targets: list[Path]) -> None:
        self._pairs = [(target.with_name(f".{target.stem}.partial-{os.getpid()}{target.suffix}"), target)
                       for target in targets]
        self._committed = False

    def partial(self, target: Path) -> Path:
        return next(partial for partial, final in self._pairs if final == target)

    def commit(self) -> None:
        for partial, target in self._pairs:
            os.replace(partial, target)
        self._committed = True

    def __enter__(self) -> _Staging:
        for partial, _ in self._pairs:
            partial.unlink(missing_ok=True)
        return self

    def __exit__(self, *exc: object) -> None:
        if not self._committed:
            for partial, _ in self._pairs:
                try:
                    partial.unlink(missing_ok=True)
                except OSError:
                    pass


def _copy(conn: sqlite3.Connection, partial: Path, target: Path) -> None:
    copy = sqlite3.connect(partial, isolation_level=None)
    try:
        conn.backup(copy)  # one consistent snapshot, page by page
        copy.execute("PRAGMA journal_mode=DELETE")
        if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StoreError(f"{target}: the copy does not pass SQLite's quick_check")
    finally:
        copy.close()


def _check_xlsx_rows(conn: sqlite3.Connection, names: list[str]) -> None:
    """Refuse, before reading anything, a table or view with more rows than a sheet holds."""
    too_long = []
    for name in names:
        rows = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        if rows + 1 > XLSX_ROW_LIMIT:
            too_long.append(f"{name} ({rows:,} rows)")
    if too_long:
        raise ExportRefused(
            f"xlsx: {', '.join(too_long)} over Excel's {XLSX_ROW_LIMIT:,} rows per sheet (header included); "
            "nothing written: export with --format csv or --format parquet instead"
        )


def _long_cells(frames: list[tuple[str, object]]) -> list[tuple[str, str, int, int]]:
    """(table, column, cells over the limit, longest) for every text column with a cell over Excel's limit."""
    found = []
    for name, frame in frames:
        for column in frame.columns:
            series = frame[column]
            if series.dtype != object and str(series.dtype) not in ("string", "str"):
                continue
            lengths = series.map(lambda v: len(v) if isinstance(v, str) else 0)
            over = int((lengths > XLSX_CELL_LIMIT).sum())
            if over:
                found.append((name, str(column), over, int(lengths.max())))
    return found


def _write_frames(conn: sqlite3.Connection, names: list[str], staging: _Staging, targets: list[Path], fmt: str,
                  cut_cells: bool, note: Callable[[str], None], encoding: str = "utf-8") -> None:
    import pandas as pd

    conn.execute("BEGIN")  # one snapshot for every table and view
    try:
        if fmt == "xlsx":
            _check_xlsx_rows(conn, names)
        frames = [(name, pd.read_sql_query(f'SELECT * FROM "{name}"', conn)) for name in names]
    finally:
        conn.execute("COMMIT")
    if fmt == "xlsx":
        _write_workbook(frames, staging.partial(targets[0]), cut_cells, note)
        return
    for (name, frame), target in zip(frames, targets, strict=True):
        partial = staging.partial(target)
        if fmt == "csv":
            frame.to_csv(partial, index=False, encoding=encoding)
        else:
            frame.to_parquet(partial, index=False)


def _write_workbook(frames: list[tuple[str, object]], partial: Path, cut_cells: bool, note: Callable[[str], None]) -> None:
    import pandas as pd
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    sheets: set[str] = set()
    for name, _ in frames:
        sheet = name[:XLSX_SHEET_NAME_LIMIT]
        if sheet in sheets:
            raise ExportRefused(f"xlsx: two tables or views share the sheet name {sheet!r}; nothing written")
        sheets.add(sheet)
    long_cells = _long_cells(frames)
    where = "; ".join(f"{name}.{column}: {over} cell{'s' if over > 1 else ''}, the longest {longest:,} characters"
                      for name, column, over, longest in long_cells)
    if long_cells and not cut_cells:
        raise ExportRefused(
            f"xlsx: cells over Excel's {XLSX_CELL_LIMIT:,} characters ({where}); nothing written: export with "
            "--format csv or --format parquet (no limit), or give --cut-cells to cut them in the workbook"
        )
    if long_cells:
        note(f"cut to {XLSX_CELL_LIMIT:,} characters (Excel's limit): {where}")

    replaced = [0]

    def cell(value: object) -> object:
        if not isinstance(value, str):
            return value
        # control characters other than tab and newline are not allowed in a workbook: shown as U+FFFD
        value, count = ILLEGAL_CHARACTERS_RE.subn("\ufffd", value[:XLSX_CELL_LIMIT])
        replaced[0] += count
        return value

    with pd.ExcelWriter(partial, engine="openpyxl") as writer:
        for name, frame in frames:
            frame.map(cell).to_excel(writer, sheet_name=name[:XLSX_SHEET_NAME_LIMIT], index=False)
    if replaced[0]:
        note(f"{replaced[0]} control character(s) that a workbook cannot hold are shown as U+FFFD (csv and parquet keep them)")
