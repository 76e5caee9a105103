"""Cleaning: a ``Page`` becomes an ``Article`` (the article proper, without the site's noise).

Saved text pages go through the rules of ``clean_text_page``; HTML pages go to their site adapter
(``pipeline.sites``) or, for sites without one, to trafilatura.

(First version: a crude text cleaner, to be replaced by the real rules.)
"""
from __future__ import annotations

import hashlib

from .records import Article, Page, ParseError
from .text import nfc


def article_id_for(url: str | None, cleaned_text: str) -> str:
    """Stable id: hash of the canonical URL where there is one, else of the cleaned text."""
    basis = url.strip() if url else cleaned_text
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def clean_text_page(page: Page) -> Article:
    paragraphs = [line.strip() for line in nfc(page.text).split("\n") if line.strip()]
    if not paragraphs:
        raise ParseError(f"{page.source}: no text")
    title, rest = paragraphs[0], paragraphs[1:]
    lead = rest[0] if rest else None
    body = tuple(rest[1:])
    text = "\n\n".join([title, *( [lead] if lead else []), *body])
    return Article(
        article_id=article_id_for(page.url, text),
        source="unknown",
        title=title,
        lead=lead,
        paragraphs=body,
        url=page.url,
        published=page.published,
        raw_path=page.source,
        fetched_at=page.fetched_at,
    )


def clean_page(page: Page) -> Article:
    if page.media_type == "html":
        from .sites import clean_html  # imported here: the site adapters import this module

        return clean_html(page)
    return clean_text_page(page)
