"""Domain knowledge kept as data: small TSV files with a header line in ``pipeline/resources/``.

Each extractor declares the tables it needs and builds its own frozen resource record from them once;
the record is then passed in, so no module holds global mutable state.
"""
from __future__ import annotations

import csv
import hashlib
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# The checkout: corpus/, models/ and tests/ beside pipeline/ (in an installed wheel: site-packages).
PROJECT_DIR = PACKAGE_DIR.parent
RESOURCE_DIR = PACKAGE_DIR / "resources"


def models_dir() -> Path:
    """``models/`` of the checkout, or ``pipeline/models/`` inside an installed wheel (package data)."""
    inside = PACKAGE_DIR / "models"
    return inside if inside.is_dir() else PROJECT_DIR / "models"


MODELS_DIR = models_dir()


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of ``resources/<name>`` as dicts keyed by the header line; blank and ``#`` lines skipped."""
    path = RESOURCE_DIR / name
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def read_column(name: str, column: str) -> list[str]:
    """One column of a resource table, in file order."""
    return [row[column] for row in read_tsv(name) if row.get(column)]


def resources_digest() -> str:
    """A short hash of every resource file, part of the pipeline version."""
    digest = hashlib.sha256()
    for path in sorted(RESOURCE_DIR.glob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
