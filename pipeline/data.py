"""The corpus of real articles that lives beside the repository (not redistributed with the code).

Tests, ``thidua eval`` against the development gold and ``thidua train`` read real pages, articles and
gold files that are kept outside the repository: by default in ``../shared`` beside the clone, else
wherever the ``THIDUA_DATA`` environment variable points. ``data_dir()`` says where; ``require`` turns a
missing part into a ``DataMissing`` error that says how to fix it.
"""
from __future__ import annotations

import os
from pathlib import Path

from .records import ThiduaError
from .resources import PROJECT_DIR

ENV_DATA = "THIDUA_DATA"
DEFAULT_DATA_DIR = PROJECT_DIR.parent / "shared"
# The parts of the data folder and what needs each.
PARTS = {
    "articles": "development articles (relevance and action training, tests)",
    "articles2": "second development corpus (near-duplicate measurement, tests)",
    "seeds": "the five seed articles as given (evaluation against gold/seeds)",
    "gold": "hand-made gold facts (thidua eval)",
    "pages": "saved HTML pages of news sites (cleaning and crawler tests)",
    "tools": "the reference scorer (evaluation tests)",
}


class DataMissing(ThiduaError):
    """The real-article corpus beside the repository (``THIDUA_DATA``, default ``../shared``) is not there."""


def data_dir() -> Path:
    """``$THIDUA_DATA`` when set, else ``../shared`` beside the clone."""
    configured = os.environ.get(ENV_DATA)
    return Path(configured).expanduser() if configured else DEFAULT_DATA_DIR


def fix_hint() -> str:
    return (
        f"the corpus of real articles is not redistributed with the code; put it at {DEFAULT_DATA_DIR} "
        f"or point {ENV_DATA} at it (README: 'The corpus beside the repository')"
    )


def require(*parts: str, what: str = "this") -> Path:
    """The path of ``data_dir()/parts…``; ``DataMissing`` with the fix when it is not there."""
    path = data_dir().joinpath(*parts)
    if not path.exists():
        raise DataMissing(f"{what} needs {path}, which is missing: {fix_hint()}")
    return path


__all__ = ["DEFAULT_DATA_DIR", "DataMissing", "ENV_DATA", "PARTS", "data_dir", "fix_hint", "require"]
