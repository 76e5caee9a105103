"""The ``thidua`` command line: a thin typer app over the pipeline functions. Only this module prints."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .extract import load_resources
from .ingest import read_page
from .process import process_page
from .records import ThiduaError
from .report import to_json

app = typer.Typer(add_completion=False, help="Vietnamese trade-union news → dataset of emulation activities.")


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Article files (.txt, .html, .warc) or folders."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write <stem>.json per input here (else JSON lines on stdout)."),
) -> None:
    """Clean each input and print or write its article and facts as JSON."""
    resources = load_resources()
    failed = 0
    if out:
        out.mkdir(parents=True, exist_ok=True)
    for path in paths:
        try:
            record = to_json(process_page(read_page(path), resources))
        except ThiduaError as error:
            failed += 1
            typer.echo(f"error: {error}", err=True)
            continue
        if out:
            (out / f"{path.stem}.json").write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
        else:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    raise typer.Exit(1 if failed else 0)


@app.callback()
def main() -> None:
    """thidua: collect, clean, read and extract union news into a queryable dataset."""
