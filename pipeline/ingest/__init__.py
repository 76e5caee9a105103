"""Reading saved inputs (``.txt``, ``.html``, ``.warc``) into ``Page`` records: the left edge of the pipeline.

``decode`` turns bytes into text once, for files and HTTP bodies alike; ``files`` walks folders and reads
each input into its pages.
"""
from .files import ARTICLE_SUFFIXES, iter_input_files, iter_pages, read_page

__all__ = ["ARTICLE_SUFFIXES", "iter_input_files", "iter_pages", "read_page"]
