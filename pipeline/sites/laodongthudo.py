"""laodongthudo.vn (Lao động Thủ đô, Hanoi trade-union newspaper): placeholder."""
from __future__ import annotations

from ..records import Article, Page
from .generic import clean_generic


def clean_article(page: Page) -> Article:
    return clean_generic(page)
