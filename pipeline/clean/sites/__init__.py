"""Site adapters: how to clean one site's article pages (and read its listing pages).

A site that needs more than the generic cleaner gets one small module here and one row in
``ADAPTERS``. ``clean_html`` picks the adapter by the page URL's host (``www.`` and subdomains
folded), else the generic cleaner (trafilatura + site-independent rules, ``generic.py``).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from ...records import Article, Page
from ...urls import host_of
from . import laodongthudo
from .generic import clean_generic

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SiteAdapter:
    """What is known about one site: its article cleaner and its listing-page reader (if any)."""

    host: str
    clean_article: Callable[[Page], Article] | None = None
    parse_listing: Callable | None = None


ADAPTERS: tuple[SiteAdapter, ...] = (
    SiteAdapter(
        "laodongthudo.vn",
        clean_article=laodongthudo.clean_article,
        parse_listing=getattr(laodongthudo, "parse_listing", None),
    ),
)


def adapter_for(url_or_host: str | None) -> SiteAdapter | None:
    """The adapter of a URL's or host's site (subdomains included), or None."""
    if not url_or_host:
        return None
    host = host_of(url_or_host)
    for adapter in ADAPTERS:
        if host == adapter.host or host.endswith("." + adapter.host):
            return adapter
    return None


def clean_html(page: Page) -> Article:
    """An HTML page → Article, by its site's adapter when there is one, else generically."""
    adapter = adapter_for(page.url)
    if adapter is not None and adapter.clean_article is not None:
        return adapter.clean_article(page)
    log.debug("%s: no site adapter for %s: the generic cleaner", page.source, page.url or "a page without URL")
    return clean_generic(page)
