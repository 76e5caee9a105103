"""Listing pages and sitemaps → article links and further pages; URL canonicalization; publication dates.

Pure functions over decoded text (no I/O), used by the crawler. Site adapters (``pipeline/sites/``) may
provide a ``parse_listing(html, url) -> Listing`` of their own; ``parse_listing_generic`` serves every
other site: same-site links that look like articles, and the links of the pagination block.
"""
from __future__ import annotations

import gzip
import logging
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import lxml.etree
import lxml.html

from ..urls import same_site, site_of

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ListingLink:
    """An article link found on a listing page or in a sitemap."""

    url: str  # canonical
    title: str | None = None
    published: str | None = None  # ISO date or timestamp when the listing or sitemap gives one


@dataclass(frozen=True, slots=True)
class Listing:
    """What a listing page or sitemap points to: articles, further listing pages, child sitemaps."""

    url: str
    articles: tuple[ListingLink, ...] = ()
    pages: tuple[str, ...] = ()  # pagination (or child sitemaps), canonical, in page order


# -- URLs ------------------------------------------------------------------------------------------

TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|zarsrc|zarsrc\w*|_ga|mc_\w+|ref|source|share)$", re.I)
DEFAULT_PORTS = {"http": "80", "https": "443"}


def canonical_url(url: str, base: str | None = None) -> str | None:
    """An absolute http(s) URL without fragment, default port, tracking parameters; None if not http(s).

    Scheme and host lower-cased; the path kept as the site writes it (paths are case-sensitive).
    """
    url = (url or "").strip()
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        return None
    netloc = host if port is None or str(port) == DEFAULT_PORTS[scheme] else f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not TRACKING_PARAMS.match(k)])
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    return urlunsplit((scheme, netloc, path, query, ""))


_ARTICLE_ID = re.compile(r"-[a-z]?\d{5,}(?:\.[a-z]{2,5})?$", re.I)  # ...-2495349.html, -d538952.html, -2026...htm
_DATED_PATH = re.compile(r"/(19|20)\d\d/[01]?\d/([0-3]?\d/)?[^/]+-[^/]+-[^/]+")
_NOT_ARTICLE = re.compile(r"/(tag|tags|topic|chu-de|tim-kiem|search|event|video-page|rss|author|tac-gia)/", re.I)


def looks_like_article(url: str) -> bool:
    """Generic guess that a URL is an article: a slug of at least three words ending in a numeric id
    (how Vietnamese news sites name articles), or a dated path. Listing, tag and search pages are not."""
    parts = urlsplit(url)
    path = parts.path
    if _NOT_ARTICLE.search(path):
        return False
    last = path.rstrip("/").rsplit("/", 1)[-1]
    if _ARTICLE_ID.search(last) and last.count("-") >= 3:
        return True
    return bool(_DATED_PATH.search(path))


_PAGE_URL = re.compile(r"(/trang-\d+|[-_/]p(age)?-?\d+/?|[?&](page|p|trang)=\d+|/page/\d+/?)(\.[a-z]{2,5})?$", re.I)
_PAGING_CLASS = re.compile(r"pag(ing|ination|ation|e-?item|e-?link|er)|btn-page|next-page|phan-trang", re.I)


def looks_like_page(url: str) -> bool:
    """Generic guess that a URL is one page of a paginated listing (``/trang-2.htm``, ``-p2``, ``?page=2``)."""
    parts = urlsplit(url)
    return bool(_PAGE_URL.search(parts.path + ("?" + parts.query if parts.query else "")))


def page_number(url: str) -> int:
    match = re.search(r"(\d+)(\.[a-z]{2,5})?/?$", urlsplit(url).path) or re.search(r"(\d+)$", urlsplit(url).query)
    return int(match.group(1)) if match else 0


# -- listing pages ---------------------------------------------------------------------------------


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as error:
        log.info("a listing page that is no HTML document (%s): no links read", error)
        return None


def base_url(doc: lxml.html.HtmlElement, url: str) -> str:
    base = doc.find(".//base[@href]")
    return urljoin(url, base.get("href")) if base is not None else url


def link_text(element) -> str:
    return " ".join(element.text_content().split())


def parse_listing_generic(html: str, url: str) -> Listing:
    """Article links (same site, article-like URL) in document order, with the longest anchor text as
    title, and pagination links (rel=next, links inside a paging/pagination block, page-like URLs)."""
    doc = parse_html(html)
    return Listing(url=url) if doc is None else listing_of(doc, url)


def listing_of(doc: lxml.html.HtmlElement, url: str) -> Listing:
    """``parse_listing_generic`` of a page already parsed (a site adapter's fallback)."""
    base = base_url(doc, url)
    titles: dict[str, str] = {}  # the headline: text of a link in a heading, else the first text
    headed: set[str] = set()
    pages: dict[str, None] = {}
    here = canonical_url(url)
    site = site_of(url)
    seen: dict[str, str | None] = {}  # href -> same-site canonical URL (pages repeat their links)
    for anchor in doc.iter("a"):
        href = anchor.get("href")
        if not href or href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        if href in seen:
            target = seen[href]
        else:
            # an absolute link to another host is known as such without canonicalizing it
            absolute = href.startswith(("http://", "https://", "//"))
            target = None if absolute and site_of(href) != site else canonical_url(href, base)
            if target is not None and (site_of(target) != site or target == here):
                target = None
            seen[href] = target
        if target is None:
            continue
        if looks_like_article(target):
            text = link_text(anchor) or " ".join((anchor.get("title") or "").split())
            if text and (not titles.get(target) or _in_heading(anchor)):
                if target not in headed:
                    titles[target] = text
                if _in_heading(anchor):
                    headed.add(target)
            else:
                titles.setdefault(target, "")
        elif anchor.get("rel", "").lower() == "next" or _in_paging_block(anchor) or looks_like_page(target):
            pages.setdefault(target, None)
    for link in doc.iter("link"):
        if link.get("rel", "").lower() == "next" and link.get("href"):
            target = canonical_url(link.get("href"), base)
            if target and same_site(target, url) and target != here:
                pages.setdefault(target, None)
    articles = tuple(ListingLink(u, t or None) for u, t in titles.items())
    return Listing(url=url, articles=articles, pages=tuple(pages))


def _in_heading(element, depth: int = 3) -> bool:
    node = element.getparent()
    for _ in range(depth):
        if node is None:
            return False
        if node.tag in ("h1", "h2", "h3", "h4", "h5") or "title" in node.get("class", "").lower():
            return True
        node = node.getparent()
    return False


def _in_paging_block(element, depth: int = 4) -> bool:
    node = element
    for _ in range(depth):
        if node is None:
            return False
        if _PAGING_CLASS.search(node.get("class", "") + " " + node.get("id", "")):
            return True
        node = node.getparent()
    return False


# -- sitemaps --------------------------------------------------------------------------------------


def is_sitemap_url(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return path.endswith((".xml", ".xml.gz")) or "sitemap" in path.rsplit("/", 1)[-1]


def parse_sitemap(data: bytes, url: str) -> Listing:
    """A sitemap (``urlset``: articles with lastmod / news publication date) or a sitemap index
    (``sitemapindex``: child sitemaps as pages). Gzipped sitemaps are unpacked. Unparseable → empty."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            log.info("%s: a damaged gzip sitemap (%s): no links read", url, error)
            return Listing(url=url)
    try:
        root = lxml.etree.fromstring(data, parser=lxml.etree.XMLParser(recover=True, resolve_entities=False,
                                                                       no_network=True, huge_tree=False))
    except lxml.etree.XMLSyntaxError as error:
        log.info("%s: not a sitemap (%s): no links read", url, error)
        return Listing(url=url)
    if root is None:
        log.info("%s: an empty sitemap: no links read", url)
        return Listing(url=url)
    kind = lxml.etree.QName(root).localname
    articles: list[ListingLink] = []
    pages: list[str] = []
    for entry in root:
        if not isinstance(entry.tag, str):
            continue
        values = {}
        for child in entry.iter():
            if isinstance(child.tag, str) and child.text:
                values.setdefault(lxml.etree.QName(child).localname, child.text.strip())
        loc = canonical_url(values.get("loc", ""), url)
        if not loc:
            continue
        if kind == "sitemapindex":
            pages.append(loc)
        else:
            published = values.get("publication_date") or values.get("lastmod")
            articles.append(ListingLink(loc, values.get("title"), published))
    return Listing(url=url, articles=tuple(articles), pages=tuple(pages))


# -- publication dates -----------------------------------------------------------------------------

_DATE_META = ("article:published_time", "og:article:published_time", "datepublished", "pubdate",
              "publishdate", "article:published", "dc.date.issued", "date", "dc.date")
_ISO_DATE = re.compile(r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)")
_VN_DATE = re.compile(r"\b([0-3]?\d)/([01]?\d)/((?:19|20)\d\d)\b")


def published_date(html: str) -> str | None:
    """The publication date (ISO ``YYYY-MM-DD``) from meta tags or JSON-LD; None when the page has none.

    Used only to stop a crawl at ``--since``; the cleaner finds the full timestamp later.
    """
    doc = parse_html(html)
    if doc is None:
        return None
    for meta in doc.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _DATE_META:
            found = _iso(meta.get("content", ""))
            if found:
                return found
    for script in doc.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        match = re.search(r'"datePublished"\s*:\s*"([^"]+)"', script.text)
        if match and _iso(match.group(1)):
            return _iso(match.group(1))
    for time_tag in doc.iter("time"):
        found = _iso(time_tag.get("datetime", "")) or _iso(time_tag.text or "")
        if found:
            return found
    return None


def _iso(text: str) -> str | None:
    match = _ISO_DATE.search(text or "")
    if match:
        return "-".join(match.groups())
    match = _VN_DATE.search(text or "")
    if match:
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return None


def iso_day(value: str | None) -> str | None:
    """``YYYY-MM-DD`` of a date, timestamp or dd/mm/yyyy; None when it holds none."""
    return _iso(value or "")


__all__ = ["Listing", "ListingLink", "canonical_url", "looks_like_article",
           "looks_like_page", "parse_listing_generic", "parse_sitemap", "is_sitemap_url", "published_date",
           "iso_day"]
