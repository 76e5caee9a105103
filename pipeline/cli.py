"""The ``thidua`` command line: a thin typer app over the pipeline functions. Only this module prints.

Every command turns a failure into one ``error: …`` line on stderr and a non-zero exit code, never a
traceback.
"""
from __future__ import annotations

import contextlib
import csv
import functools
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Callable, List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .records import ThiduaError

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    help="Vietnamese trade-union news → dataset of emulation activities.",
)

DB_HELP = "The dataset file (default: tool.thidua.db in pyproject.toml, else dataset/thidua.sqlite)."


def _error(message: str) -> None:
    typer.echo(f"error: {message}", err=True)


EXIT_BROKEN_PIPE = 141  # as a program killed by SIGPIPE: 128 + 13


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that flushing it at exit does not raise again on a closed pipe."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout is not a real file (tests): nothing to flush
        pass


def one_line_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """A library error (or a bug) becomes one line on stderr and exit code 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort, KeyboardInterrupt, typer.BadParameter):  # a usage error: typer's message, code 2
            raise
        except BrokenPipeError:  # `thidua query … | head`: the reader has what it wanted
            _quiet_stdout()
            raise typer.Exit(EXIT_BROKEN_PIPE)
        except ThiduaError as error:
            _error(str(error))
        except Exception as error:  # a bug: still one line, with the type to report it by
            _error(f"unexpected {type(error).__name__}: {error}")
        raise typer.Exit(1)

    return wrapper


def _choices(name: str, *values: str) -> Any:
    """A str Enum of ``values`` (member name = value): the choices typer offers for an argument or option."""
    return Enum(name, [(value, value) for value in values], type=str)


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, handled as Ctrl-C is: the batch in flight rolled back, the run marked interrupted."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _stop_signals_as_interrupt() -> Any:
    """While a long command runs, SIGTERM and SIGHUP raise ``Terminated`` (a KeyboardInterrupt)."""
    import signal

    def stop(signum: int, _frame: Any) -> None:
        raise Terminated(signum)

    previous = {}
    for signum in (signal.SIGTERM, signal.SIGHUP):
        try:
            previous[signum] = signal.signal(signum, stop)
        except (ValueError, OSError):  # not the main thread (a test harness): leave them be
            pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _interrupted_exit_code(interrupt: KeyboardInterrupt) -> int:
    return 128 + interrupt.signum if isinstance(interrupt, Terminated) else 130


def _interrupted_how(interrupt: KeyboardInterrupt) -> str:
    import signal

    return f"stopped by {signal.Signals(interrupt.signum).name}" if isinstance(interrupt, Terminated) else "interrupted"


def _under_data(path: Path) -> bool:
    """Whether a path points into the data folder beside the repository (so its absence needs the fix)."""
    from .data import DEFAULT_DATA_DIR, data_dir

    resolved = path.resolve()
    return any(resolved.is_relative_to(d.resolve()) for d in (data_dir(), DEFAULT_DATA_DIR)) or "shared" in path.parts


def _db(db: Optional[Path]) -> Path:
    from .dataset.schema import default_db

    return db or default_db()


@app.command()
@one_line_errors
def extract(
    paths: List[Path] = typer.Argument(..., help="Article files (.txt, .html, .warc) or folders."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write <stem>.json per input here (else JSON lines on stdout)."),
    no_models: bool = typer.Option(False, "--no-models", help="The rules alone: no relevance, action or activity model."),
) -> None:
    """Clean each input and print or write its article and facts as JSON.

    Campaign names quoted in one input are recognised unquoted in the others (the inputs that hold a name
    learned this way are read twice)."""
    from .build.process import learn_and_process
    from .dataset.rows import to_json
    from .ingest.files import iter_input_files
    from .learn.loading import pipeline_resources

    resources = pipeline_resources(not no_models)
    failed = 0
    used: set[str] = set()
    if out:
        out.mkdir(parents=True, exist_ok=True)
    outcomes, _learned = learn_and_process([str(p) for p in iter_input_files(paths)], resources)
    for path_name, outcome in outcomes:
        path = Path(path_name)
        for failure in outcome.failures:
            failed += 1
            _error(failure.message)
        for index, processed in enumerate(outcome.processed):
            record = to_json(processed)
            if not out:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
                continue
            name = path.name.split(".", 1)[0] + (f"_{index}" if len(outcome.processed) > 1 else "")
            unique, n = name, 1
            while unique in used:  # same stem in two folders: keep both
                n += 1
                unique = f"{name}-{n}"
            used.add(unique)
            (out / f"{unique}.json").write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
    raise typer.Exit(1 if failed else 0)


@app.command("eval")
@one_line_errors
def eval_(
    gold_dir: Path = typer.Argument(..., help="Folder of gold <stem>.json files (format: shared/gold/FORMAT.md)."),
    paths: Optional[List[Path]] = typer.Argument(None, help="The articles (files or folders; default: corpus/)."),
    show: bool = typer.Option(False, "--show", help="List every missed and extra item."),
    fields: Optional[str] = typer.Option(None, "--fields", help="Comma-separated fields (default: all six)."),
    explain: bool = typer.Option(False, "--explain", help="Put each missed or extra activity down to its cause."),
    no_models: bool = typer.Option(False, "--no-models", help="The rules alone: no relevance, action or activity model."),
) -> None:
    """Precision, recall and F1 per field against gold, matched as shared/tools/score.py does."""
    from .build.process import learn_and_process
    from .dataset.rows import to_json
    from .ingest.files import iter_input_files
    from .learn.evaluate import FIELDS, evaluate, load_gold
    from .learn.loading import pipeline_resources

    from .data import DataMissing, data_dir, fix_hint

    paths = paths or [Path("corpus")]
    for path in (gold_dir, *paths):
        if not path.exists():
            hint = f"; {fix_hint()}" if _under_data(path) else ""
            raise DataMissing(f"{path}: no such file or folder{hint}")
    gold = load_gold(gold_dir)
    if not gold:
        raise DataMissing(f"no gold .json files in {gold_dir}")
    chosen = tuple(f.strip() for f in fields.split(",")) if fields else FIELDS
    unknown = [f for f in chosen if f not in FIELDS]
    if unknown:
        _error(f"unknown field(s): {', '.join(unknown)}; choose from {', '.join(FIELDS)}")
        raise typer.Exit(2)
    resources = pipeline_resources(not no_models)
    predicted: dict[str, dict[str, Any]] = {}
    wanted: dict[str, str] = {}
    for path in iter_input_files(paths):
        wanted.setdefault(path.name.split(".", 1)[0], str(path))
    inputs = [path for stem, path in wanted.items() if stem in gold]
    outcomes, _learned = learn_and_process(inputs, resources)
    for path_name, outcome in outcomes:
        stem = Path(path_name).name.split(".", 1)[0]
        for failure in outcome.failures:
            _error(failure.message)
        if outcome.processed:
            predicted[stem] = to_json(outcome.processed[0])
    if not predicted:
        where = " ".join(str(p) for p in paths)
        raise DataMissing(
            f"none of the {len(gold)} gold files of {gold_dir} has its article among {where}: give the folder of "
            f"the articles they describe (e.g. thidua eval {gold_dir} {data_dir() / 'articles'}); {fix_hint()}"
        )
    for stem in sorted(set(gold) - set(predicted)):
        _error(f"no article for gold {stem}.json among the inputs: counted as empty")
    result = evaluate(gold, predicted, chosen)
    if show:
        for miss in result.misses:
            item = {k: v for k, v in miss.item.items() if k in ("name", "surface", "text", "value", "unit", "campaign", "action", "organization")}
            typer.echo(f"{miss.article} {miss.field} {miss.kind}: {json.dumps(item, ensure_ascii=False)}")
    for name, score in result.scores.items():
        typer.echo(
            f"{name:14s} P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}  "
            f"(matched {score.matched}, gold {score.gold}, predicted {score.predicted})"
        )
    typer.echo(result.summary_line(chosen))
    if explain:
        _print_causes(gold, predicted, show)


def _print_causes(gold: dict[str, Any], predicted: dict[str, Any], show: bool) -> None:
    """The table of ``thidua eval --explain``: where the lost activities went."""
    from .learn.evaluate import cause_table, explain as explain_causes

    causes = explain_causes(gold, predicted)
    table = Table(title="activities lost, by cause")
    for column in ("cause", "missed (gold)", "extra (predicted)"):
        table.add_column(column, justify="left" if column == "cause" else "right")
    for name, missed, extra in cause_table(causes):
        table.add_row(name, str(missed), str(extra))
    Console().print(table)
    if show:
        for cause in causes:
            pair = {k: v for k, v in (("gold", cause.gold), ("predicted", cause.predicted)) if v is not None}
            brief = {side: {k: item.get(k) for k in ("campaign", "action", "organization")} for side, item in pair.items()}
            typer.echo(f"{cause.article} {cause.cause}: {json.dumps(brief, ensure_ascii=False)}")


ModelName = _choices("ModelName", "relevance", "action", "activity")


@app.command()
@one_line_errors
def train(
    name: ModelName = typer.Argument(..., help="relevance (articles about emulation), action (a sentence's act) or "
                                                "activity (the activities of an article, from the gold)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the model here instead of models/<name>/."),
    extra_labels: Optional[Path] = typer.Option(
        None, "--extra-labels", help="action: more labelled sentences (source, sentence, action, note), e.g. the "
        "action_labels.tsv of `thidua corrections export --gold DIR`; the card counts them."),
    extra_gold: Optional[Path] = typer.Option(
        None, "--extra-gold", help="activity: the folder of `thidua corrections export --gold DIR`; the refit learns "
        "from the sentences analysts corrected too; the card counts them."),
    texts: Optional[Path] = typer.Option(
        None, "--texts", help="activity, with --extra-gold: the folder of the inputs the corrected articles were built "
        "from (default: corpus/)."),
) -> None:
    """Retrain a model of models/ from its labels or gold and write its card (needs ../shared for the texts)."""
    if name is ModelName.relevance:
        from .data import data_dir, require
        from .learn import relevance

        require("articles", what="thidua train relevance (the labelled articles)")
        relevance.SHARED = data_dir()  # where the label file's `shared` rows are read (THIDUA_DATA)
        train_model = relevance.train
    elif name is ModelName.action:
        from .learn.action import train as train_model
    else:
        from .learn.activity import train as train_model
    if extra_labels is not None and name is not ModelName.action:
        raise typer.BadParameter("--extra-labels goes with `thidua train action`")
    if (extra_gold is not None or texts is not None) and name is not ModelName.activity:
        raise typer.BadParameter("--extra-gold and --texts go with `thidua train activity`")
    if texts is not None and extra_gold is None:
        raise typer.BadParameter("--texts (where the inputs of --extra-gold are) needs --extra-gold")
    extra = {"extra_labels": extra_labels} if extra_labels else {"extra_gold": extra_gold, "texts": texts} if extra_gold else {}
    card = train_model(out_dir=out, **extra)
    typer.echo(f"trained {card['name']}: chosen {card.get('chosen')}, held-out {json.dumps(card.get('held_out_scores'), ensure_ascii=False)[:300]}")
    typer.echo(f"card: {out or Path('models') / card['name']}/CARD.md")


EngineName = _choices("EngineName", "local", "dask")


@app.command()
@one_line_errors
def build(
    paths: Optional[List[Path]] = typer.Argument(None, help="Files or folders to ingest (default: corpus/)."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    batch_size: int = typer.Option(200, "--batch-size", min=1, help="Inputs per committed transaction."),
    workers: Optional[int] = typer.Option(
        None, "--workers", min=1, help="Worker processes (default: every core; 1: no pool). With dask: LocalCluster workers."
    ),
    engine: EngineName = typer.Option(EngineName.local, "--engine", help="local (process pool) or dask (a Dask cluster)."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", help="Dask scheduler address (tcp://host:8786); default: a LocalCluster on this machine."
    ),
    parquet: Optional[Path] = typer.Option(
        None, "--parquet", help="With dask: workers also write the facts as Parquet, one folder per table, under DIR."
    ),
    no_models: bool = typer.Option(False, "--no-models", help="Build with the rules alone (recorded in the pipeline version)."),
    prune: bool = typer.Option(
        False, "--prune", help="First remove the stored articles (with their facts) whose input file under PATHS is gone."
    ),
) -> None:
    """Ingest → clean → extract → store, incrementally: only new or changed inputs are read."""
    from .build.incremental import build as run_build
    from .build.choose import make_engine
    from .ingest.files import iter_input_files

    paths = paths or [Path("corpus")]
    for path in paths:
        if not path.exists():
            _error(f"{path}: no such file or folder")
            raise typer.Exit(1)
    db = _db(db)
    err = Console(stderr=True, soft_wrap=True, highlight=False)
    total = sum(1 for _ in iter_input_files(paths))  # a cheap walk, for an honest bar
    progress = Progress(
        TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
        TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal,
    )

    def on_input(report: Any) -> None:
        for failure in report.failures:
            progress.console.print(f"error: {failure.message}", markup=False)
        progress.update(task, advance=1, description=Path(report.path).name)

    runner = make_engine(engine.value, workers=workers, scheduler=scheduler, parquet=parquet, models=not no_models)
    if engine is EngineName.dask:  # the scheduler of a LocalCluster lives here: its info lines are noise
        import logging

        logging.getLogger("distributed").setLevel(logging.ERROR)
    try:
        with _stop_signals_as_interrupt(), progress:
            task = progress.add_task("", total=total)
            summary = run_build(paths, db, batch_size=batch_size, on_input=on_input, engine=runner,
                                models=not no_models, prune=prune)
    except KeyboardInterrupt as interrupt:
        _error(f"{_interrupted_how(interrupt)}: the batches already committed are kept; run `thidua build` again to finish")
        raise typer.Exit(_interrupted_exit_code(interrupt))
    finally:
        runner.close()

    table = Table(title=f"thidua build → {db}", title_justify="left")
    for name in ("seen", "new", "changed", "unchanged", "duplicate", "failed"):
        table.add_column(name, justify="right")
    table.add_row(*(str(value) for value in summary.counts().values()))
    out = Console(soft_wrap=True, highlight=False)
    out.print(table)
    out.print(
        f"run {summary.run_id}: {summary.inputs} inputs ({summary.skipped_inputs} unchanged since the last build, "
        f"not read) in {summary.seconds:.2f} s on {runner.description}; pipeline {summary.pipeline_version}",
        markup=False,
    )
    out.print(_dataset_line(db), markup=False)
    if summary.pruned:
        out.print(f"pruned: {summary.pruned} stored article{'s' if summary.pruned != 1 else ''} whose input is gone "
                  "removed, with their facts", markup=False)
    if summary.orphaned:
        out.print(f"{summary.orphaned} stored article{'s have' if summary.orphaned != 1 else ' has'} no input left "
                  "(its file under the paths given is gone): `thidua build --prune` removes them", markup=False)
    corrections_line = _corrections_line(db)
    if corrections_line:
        out.print(corrections_line, markup=False)
    if summary.failed:
        out.print(
            f"{summary.failed} failed; details: thidua query \"SELECT source, message FROM errors WHERE run_id = "
            f"{summary.run_id}\"",
            markup=False,
        )
        raise typer.Exit(1)


def _dataset_line(db: Path) -> str:
    """What the dataset holds now, so a build's summary shows the facts and not only the inputs."""
    from .dataset.schema import connect_readonly

    tables = ("articles", "sentences", "campaigns", "organizations", "people", "dates", "figures", "activities")
    conn = connect_readonly(db)
    try:
        counts = [(name, conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in tables]
    finally:
        conn.close()
    return "dataset: " + ", ".join(f"{count} {name}" for name, count in counts)


def _corrections_line(db: Path) -> str | None:
    """The analysts' corrections after a build: applied again, or flagged because their text changed."""
    from .dataset.corrections import summary_counts
    from .dataset.schema import connect_readonly

    conn = connect_readonly(db)
    try:
        counts = summary_counts(conn)
    finally:
        conn.close()
    if not any(counts.values()):
        return None
    line = f"corrections: {counts['applied']} applied, {counts['flagged']} flagged, {counts['undone']} undone"
    if counts["flagged"]:
        line += " (thidua corrections list shows why)"
    return line


OutputFormat = _choices("OutputFormat", "table", "csv", "json")


@app.command()
@one_line_errors
def query(
    sql: str = typer.Argument(..., help="One SELECT / WITH / PRAGMA statement."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    format: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv or json."),
    time_limit: float = typer.Option(
        30.0, "--time-limit", min=0.0, help="Stop the statement after this many seconds (0: no limit)."
    ),
    max_rows: int = typer.Option(
        10_000, "--max-rows", min=1, help="Rows shown in the table format (csv and json stream every row)."
    ),
) -> None:
    """Run one read-only SQL statement on the dataset (writes are refused; time and memory are bounded)."""
    from .dataset.query import Limits, open_query

    with open_query(_db(db), sql, Limits(time_limit=time_limit)) as (columns, rows):
        if format is OutputFormat.csv:
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows(rows)
        elif format is OutputFormat.json:
            _write_json_rows(columns, rows)
        else:
            table = Table(*columns)
            shown = 0
            more = False
            for row in rows:
                if shown == max_rows:
                    more = True
                    break
                table.add_row(*("" if value is None else str(value) for value in row))
                shown += 1
            Console(highlight=False).print(table)
            if more:
                typer.echo(f"(first {shown} rows shown: --max-rows N for more, or --format csv|json for every row)", err=True)
            else:
                typer.echo(f"({shown} row{'s' if shown != 1 else ''})", err=True)


def _write_json_rows(columns: list[str], rows: Any) -> None:
    """A JSON list of objects, written row by row (the same text as json.dumps(list, indent=1))."""
    first = True
    for row in rows:
        item = json.dumps(dict(zip(columns, row)), ensure_ascii=False, indent=1).replace("\n", "\n ")
        sys.stdout.write(("[\n " if first else ",\n ") + item)
        first = False
    sys.stdout.write("[]\n" if first else "\n]\n")


SearchTable = _choices("SearchTable", "sentences", "articles", "campaigns", "organizations", "people")


@app.command()
@one_line_errors
def search(
    words: str = typer.Argument(..., help="What to find: every word must occur; \"quotes\" for a phrase."),
    table: SearchTable = typer.Option(SearchTable.sentences, "--in", help="sentences, articles, campaigns, organizations or people."),
    ignore_accents: bool = typer.Option(
        False, "--ignore-accents", help="Find every accented form of the words typed with diacritics too (đảng: also đăng, dạng)."
    ),
    limit: int = typer.Option(20, "--limit", min=1, help="At most this many rows, best first."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Full-text search. A word typed without diacritics finds every accented form; one typed with them
    finds those marks only (case aside), unless --ignore-accents."""
    from .dataset.schema import connect_readonly
    from .dataset.search import IGNORE, RESPECT, register_functions
    from .dataset.search import search as search_rows

    conn = connect_readonly(_db(db))
    register_functions(conn)
    try:
        rows = search_rows(conn, table.value, words, IGNORE if ignore_accents else RESPECT, limit)
    finally:
        conn.close()
    shown = {"sentences": ("article_id", "sentence_index", "text"), "articles": ("article_id", "published", "title"),
             "campaigns": ("name", "kind"), "organizations": ("name", "type", "place"), "people": ("name",)}[table.value]
    out = Table(*shown)
    for row in rows:
        out.add_row(*("" if row[c] is None else str(row[c]) for c in shown))
    Console(highlight=False).print(out)
    mode = "diacritics ignored" if ignore_accents else "diacritics as typed"
    typer.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''}, {mode})", err=True)


ExportFormat = _choices("ExportFormat", "csv", "parquet", "xlsx", "sqlite")


@app.command()
@one_line_errors
def export(
    format: ExportFormat = typer.Option(
        ..., "--format", help="csv or parquet (one file per table and view), xlsx (one workbook), sqlite (a consistent copy)."
    ),
    out: Path = typer.Option(Path("exports"), "--out", help="Folder to write into."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    force: bool = typer.Option(False, "--force", help="Replace files of an earlier export (never the dataset itself)."),
    cut_cells: bool = typer.Option(
        False, "--cut-cells", help="xlsx: cut cells over Excel's 32,767 characters instead of refusing (says where)."
    ),
    excel: bool = typer.Option(
        False, "--excel", help="csv: UTF-8 with a byte-order mark, so that Excel opens Vietnamese correctly."
    ),
) -> None:
    """Write every table and view of the dataset to files (a snapshot, even while a build runs).

    Existing files are refused unless --force is given; each file is written under a temporary name and
    renamed into place when the whole export is complete.
    """
    from .dataset.export import export_dataset

    def note(message: str) -> None:
        typer.echo(f"note: {message}", err=True)

    written = export_dataset(_db(db), out, format.value, force=force, cut_cells=cut_cells, on_note=note,
                             excel=excel)
    for path in written:
        typer.echo(str(path))


@app.command()
@one_line_errors
def serve(
    port: int = typer.Option(8001, "--port", min=1, max=65535, help="Port to listen on."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: reachable from other machines)."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    corrections: bool = typer.Option(
        False, "--corrections", help="Turn on correcting facts on the article pages (writes need the token)."
    ),
    token: Optional[str] = typer.Option(
        None, "--token", envvar="THIDUA_TOKEN",
        help="The token every correction needs (default with --corrections on 127.0.0.1: a new random one, printed).",
    ),
) -> None:
    """Browse and search the dataset in a web browser (Datasette, read-only); Ctrl-C stops it.

    Every article has a page with its facts highlighted in the text (/-/thidua/article/ID), and the
    dashboard is at /-/dashboards/thidua. With --corrections, analysts correct facts there.
    """
    import uvicorn

    from .serve.app import DATABASE_NAME, make_datasette, read_only_asgi

    db = _db(db)
    if corrections and not token:
        if host not in ("127.0.0.1", "localhost", "::1"):
            _error(f"corrections listen on 127.0.0.1 only, unless --host comes with a token (--token or THIDUA_TOKEN); "
                   f"refusing to take corrections on {host} without one")
            raise typer.Exit(2)
        import secrets

        token = secrets.token_urlsafe(18)
        typer.echo(f"corrections token (give it to who may correct): {token}", err=True)
    if token is not None and len(token) < 12:
        _error("the token must have at least 12 characters")
        raise typer.Exit(2)
    datasette = make_datasette(db, corrections=corrections, token=token if corrections else None)
    import socket

    try:
        with socket.create_server((host, port)):
            pass
    except OSError as error:
        _error(f"cannot listen on {host}:{port}: {error.strerror or error} (another server there? try --port N)")
        raise typer.Exit(1)
    if corrections:
        typer.echo(f"corrections on: log in at http://{host}:{port}/-/thidua/login with the token and your name", err=True)
    typer.echo(
        f"serving {db} {'with corrections' if corrections else 'read-only'} as http://{host}:{port}/{DATABASE_NAME} "
        f"(search: http://{host}:{port}/{DATABASE_NAME}/articles?_search=lien+doan+lao+dong); Ctrl-C stops",
        err=True,
    )
    uvicorn.run(read_only_asgi(datasette.app()), host=host, port=port, log_level="warning", lifespan="on")


@app.command()
@one_line_errors
def alias(
    name: Optional[str] = typer.Argument(None, help="A campaign's name as some article writes it."),
    canonical: Optional[str] = typer.Argument(None, help="The campaign it is (the same name again: a campaign of its own)."),
    remove: bool = typer.Option(False, "--remove", help="Drop the correction of NAME (the automatic grouping takes it back)."),
    show_all: bool = typer.Option(False, "--all", help="With no NAME: list the automatic rows too."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Correct the grouping of campaign names: NAME is CANONICAL. Corrections survive rebuilds.

    With no arguments, lists the corrections (campaign_aliases rows with source 'analyst').
    """
    from .dataset.canonical import correct_campaign, list_campaign_aliases, uncorrect_campaign
    from .dataset.schema import connect_readonly

    db = _db(db)
    if name is None:
        conn = connect_readonly(db)
        try:
            rows = list_campaign_aliases(conn, analyst_only=not show_all)
        finally:
            conn.close()
        table = Table("alias key", "canonical key", "canonical name", "source")
        for row in rows:
            table.add_row(row.alias_key, row.canonical_key, row.canonical_name, row.source)
        Console(highlight=False).print(table)
        return
    if remove:
        if not uncorrect_campaign(db, name):
            _error(f"no correction for {name!r}")
            raise typer.Exit(1)
        typer.echo(f"removed the correction of {name!r}")
        return
    if canonical is None:
        _error("give the canonical campaign: thidua alias NAME CANONICAL (or --remove)")
        raise typer.Exit(2)
    result = correct_campaign(db, name, canonical)
    typer.echo(f"{result.alias_key} → {result.canonical_name} ({result.canonical_key})")


corrections_app = typer.Typer(help="Analysts' corrections of extracted facts: list, undo, export as gold.")
app.add_typer(corrections_app, name="corrections")


@corrections_app.command("list")
@one_line_errors
def corrections_list(
    show_undone: bool = typer.Option(False, "--all", help="Undone corrections too."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """The corrections: who, when, what, before and after, and whether the last build applied them."""
    from .dataset.corrections import list_corrections, summary_counts
    from .dataset.schema import connect_readonly

    conn = connect_readonly(_db(db))
    try:
        rows = list_corrections(conn, include_undone=show_undone)
        counts = summary_counts(conn)
    finally:
        conn.close()
    for c in rows:
        typer.echo(f"#{c.correction_id} {c.kind}{f' {c.fact}' if c.fact and c.kind == 'wrong' else ''} "
                   f"at “{c.quote[:60]}” ({c.article_id}, sentence {c.sentence_index}) by {c.author}, {c.created_at}: "
                   f"{_what_changed(c)} [{c.state if c.status == 'active' else 'undone'}{f': {c.note}' if c.note else ''}]")
    typer.echo(f"{counts['active']} active ({counts['applied']} applied, {counts['flagged']} flagged), "
               f"{counts['undone']} undone", err=True)


def _what_changed(c: Any) -> str:
    before, after = c.before or {}, c.after or {}
    if c.kind == "change_activity":
        return "; ".join(f"{k} {before.get(k)} → {after.get(k)}" for k in ("action", "campaign", "organization")
                         if before.get(k) != after.get(k))
    if c.kind == "wrong":
        shown = [before.get(k) for k in ("action", "campaign", "organization", "person", "value") if before.get(k)]
        return "wrong: " + (" / ".join(str(v) for v in shown) or str(before.get("text")))
    return "added: " + " / ".join(str(after.get(k)) for k in ("action", "campaign", "organization") if after.get(k))


@corrections_app.command("undo")
@one_line_errors
def corrections_undo(
    correction_id: int = typer.Argument(..., help="The correction's id (thidua corrections list)."),
    who: str = typer.Option("thidua", "--who", help="Who undoes it (recorded)."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Undo a correction: the facts go back to what the build derives, and the row stays (status undone)."""
    from .dataset.corrections import in_transaction, undo_correction

    c = in_transaction(_db(db), lambda conn: undo_correction(conn, correction_id, who))
    typer.echo(f"undid correction #{c.correction_id} ({c.kind} at {c.quote!r} in {c.article_id})")


@corrections_app.command("export")
@one_line_errors
def corrections_export(
    gold: Path = typer.Option(..., "--gold", help="Folder for one gold <stem>.json per corrected article."),
    all_articles: bool = typer.Option(False, "--all", help="Every article, corrected or not."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Write the corrected articles as gold JSON (shared/gold/FORMAT.md) for `thidua eval` and training,
    action_labels.tsv (the action model's label format) from corrected and added activities, and
    corrected_sentences.tsv (the sentences corrected, which `thidua train activity --extra-gold` learns from)."""
    from .dataset.corrections import export_gold
    from .dataset.schema import connect_readonly

    conn = connect_readonly(_db(db))
    try:
        result = export_gold(conn, gold, all_articles=all_articles)
    finally:
        conn.close()
    for path in result.files:
        typer.echo(str(path))
    if result.labels:
        typer.echo(str(result.labels))
    if result.sentences:
        typer.echo(str(result.sentences))
    typer.echo(f"{len(result.files)} gold files from {result.corrections} applied corrections "
               f"({result.flagged} flagged, left out); {result.label_rows} action labels", err=True)


@app.command()
@one_line_errors
def report(
    out: Path = typer.Option(Path("report.html"), "--out", help="The HTML file to write."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """One HTML page with the dashboard's charts as images, for reading without a server or notebook."""
    from .serve.charts import write_report

    typer.echo(str(write_report(_db(db), out)))


@app.command()
@one_line_errors
def crawl(
    start_urls: List[str] = typer.Argument(..., help="Listing pages, sitemaps (.xml) or articles to start from."),
    max_pages: Optional[int] = typer.Option(None, "--max-pages", min=1, help="Stop after this many page requests."),
    max_articles: Optional[int] = typer.Option(None, "--max-articles", min=1, help="Stop after this many new articles."),
    since: Optional[str] = typer.Option(None, "--since", help="Skip articles published before this date (YYYY-MM-DD); stop paging there."),
    delay: float = typer.Option(1.0, "--delay", min=0.0, help="Seconds between two requests to a host (0 only for local tests)."),
    out: Path = typer.Option(Path("corpus/raw"), "--out", help="Folder for the WARC archive and crawl.sqlite."),
    contact: Optional[str] = typer.Option(
        None, "--contact", help="Your e-mail or URL, sent in the User-Agent (needed once per --out folder for a real site)."
    ),
) -> None:
    """Politely crawl a news site into OUT (WARC + fetch log); run again to fetch only what is new."""
    import datetime

    from .collect.crawl import crawl as run_crawl

    if since:
        try:
            datetime.date.fromisoformat(since)
        except ValueError:
            _error(f"--since {since!r} is not a date (YYYY-MM-DD)")
            raise typer.Exit(2)
    err = Console(stderr=True, soft_wrap=True, highlight=False)

    def on_event(event: Any) -> None:
        if event.outcome in ("saved", "error", "skipped"):
            detail = f" ({event.detail})" if event.detail else ""
            err.print(f"{event.outcome:8} {event.url}{detail}", markup=False)

    try:
        with _stop_signals_as_interrupt():
            summary = run_crawl(start_urls, out, max_pages=max_pages, max_articles=max_articles, since=since,
                                delay=delay, progress=on_event, contact=contact)
    except KeyboardInterrupt as interrupt:
        _error(f"{_interrupted_how(interrupt)}: what was fetched is kept in {out}; run the same command again to resume")
        raise typer.Exit(_interrupted_exit_code(interrupt))
    table = Table(title=f"thidua crawl → {out}", title_justify="left")
    for name in ("pages", "not modified", "new articles", "known", "skipped", "errors"):
        table.add_column(name, justify="right")
    table.add_row(*(str(value) for value in (summary.pages_fetched, summary.not_modified, len(summary.articles_saved),
                                             summary.articles_known, len(summary.skipped), len(summary.errors))))
    console = Console(soft_wrap=True, highlight=False)
    console.print(table)
    console.print(
        f"run {summary.run_id}{' (resumed)' if summary.resumed else ''}: stopped: {summary.stopped}, "
        f"{summary.elapsed:.1f} s; archive: {', '.join(Path(p).name for p in summary.warc_files) or 'nothing new'}; "
        f"log: {Path(out) / 'crawl.sqlite'} (table fetches)",
        markup=False,
    )
    for host in summary.unreachable:
        _error(f"{host}: the host could not be reached (or stopped answering); its pages were not fetched")
    if summary.unreachable or (summary.errors and not summary.pages_fetched):
        raise typer.Exit(1)


def _print_version(value: bool) -> None:
    if value:
        from . import __version__
        from .build.version import pipeline_version

        typer.echo(f"thidua {__version__} (pipeline {pipeline_version()})")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
    ),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True,
                                help="Also show what the library logs on stderr: -v its fallbacks and rejections "
                                     "(INFO), -vv every detail (DEBUG). Give it before the command: thidua -v build."),
) -> None:
    """thidua: collect, clean, read and extract union news into a queryable dataset."""
    import logging

    # trafilatura logs its fallbacks' failures ("readability_lxml failed") as errors of its own; our
    # cleaner reports what matters per input, so keep the terminal for thidua's own lines.
    for name in ("trafilatura", "htmldate", "readability", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    # thidua's own warnings (a fallback taken, e.g. a dataset on read-only media) as one `note:` line each,
    # and with -v / -vv its INFO / DEBUG lines too
    level = logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG
    ours = logging.getLogger("pipeline")
    handler = next((h for h in ours.handlers if type(h).__name__ == "NoteHandler"), None)
    if handler is None:
        handler = _note_handler()
        ours.addHandler(handler)
        ours.propagate = False
    handler.setLevel(level)
    ours.setLevel(level)


def _note_handler() -> Any:
    """A logging handler printing each record of thidua's library as one line on stderr: a warning as
    ``note: …``, an INFO record as ``info: …``, a DEBUG one as ``debug: module: …``."""
    import logging

    class NoteHandler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            message = record.getMessage()
            if record.levelno >= logging.WARNING:
                line = f"note: {message}"
            elif record.levelno >= logging.INFO:
                line = f"info: {message}"
            else:
                line = f"debug: {record.name}: {message}"
            typer.echo(line, err=True)  # the current stderr (CliRunner swaps it)

    return NoteHandler(logging.WARNING)
