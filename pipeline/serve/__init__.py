"""Serving the dataset in a browser: Datasette, read-only, with folded search and canned queries."""
