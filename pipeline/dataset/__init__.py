"""The dataset: SQLite schema and migrations, the store, rows, views, search, canonical names, reading, export.

``rows`` is the one path from a processed article to rows (SQLite, Parquet and JSON alike); ``store``
writes them; ``api.Dataset`` reads them as DataFrames for notebooks.
"""
from .api import Dataset, DatasetError, open_dataset

__all__ = ["Dataset", "DatasetError", "open_dataset"]
