"""The pipeline version stored with every article: what a build compares to decide what is stale.

It is the package version plus a hash of everything that shapes an article's text or facts: the
resources, the model files the extractors load, and the code of the rooms that read, clean, split and
extract (decided by room, so that a new module there counts without anyone listing it). Moving data
around (build engines, the dataset, serving, the command line) does not make stored articles stale.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from .. import __version__
from ..resources import MODELS_DIR, PACKAGE_DIR, resources_digest

# Rooms (folders) and top-level modules of ``pipeline/`` whose code shapes the output.
OUTPUT_SHAPING_CODE = ("ingest", "clean", "extract", "learn", "text.py", "records.py", "resources.py",
                       "build/process.py")
# What a model's predictions depend on: the fitted model, not its card (which carries the training date).
MODEL_FILES = ("model.joblib",)


def _digest(paths: list[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def code_paths(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """The Python files of the output-shaping rooms and modules."""
    found: list[Path] = []
    for name in OUTPUT_SHAPING_CODE:
        path = package_dir / name
        if path.is_dir():
            found += [p for p in path.rglob("*.py") if "__pycache__" not in p.parts]
        elif path.is_file():
            found.append(path)
    return found


def model_paths(models_dir: Path = MODELS_DIR) -> list[Path]:
    return [p for name in MODEL_FILES for p in models_dir.glob(f"*/{name}")] if models_dir.is_dir() else []


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """Package version + hashes of the resources, the models and the code that shapes the output."""
    models = _digest(model_paths(), MODELS_DIR)
    code = _digest(code_paths(), PACKAGE_DIR)
    return f"{__version__}+r{resources_digest()[:8]}.m{models}.c{code}"
