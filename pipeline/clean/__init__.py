"""Cleaning: a ``Page`` becomes an ``Article`` (title, lead, body, date, author) without the site's noise.

``text_page`` cleans saved text pages; ``sites/`` holds the HTML adapters (laodongthudo.vn by hand,
trafilatura + generic rules elsewhere); ``evaluate`` measures HTML cleaning on saved pages.
"""
from .text_page import clean_page

__all__ = ["clean_page"]
