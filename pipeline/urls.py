"""Hosts and URLs said one way (``urllib.parse``): a URL's host, its site, its origin.

- ``host_of``: the lower-cased host of a URL or of a bare host name, without port and trailing dot,
  with leading labels such as ``www.`` folded (``MIRROR_PREFIXES`` also folds the mobile and AMP copies);
- ``site_of`` / ``same_site``: the site a URL belongs to, for the crawler (``www.`` folded, a
  non-default port kept: two servers on one machine are two sites; a subdomain is a site of its own);
- ``origin_of``: scheme and network location, the unit of robots.txt, politeness delays and breakers.

courlan's domain functions fold every subdomain into the registered domain and know no IP address, which
is not what a crawl of ``dulich.laodong.vn`` vs ``laodong.vn`` or a local test server needs.
"""
from __future__ import annotations

from urllib.parse import urlsplit

WWW = ("www.",)
MIRROR_PREFIXES = ("www.", "m.", "amp.")  # the desktop, mobile and AMP copies of one site
SOURCE_PREFIXES = ("www.", "amp.")  # an article's source: an AMP copy is the paper, a mobile site keeps its name
DEFAULT_PORTS = {"http": 80, "https": 443}


def host_of(url_or_host: str | None, drop: tuple[str, ...] = WWW) -> str:
    """The host of ``https://www.Laodongthudo.vn:443/a`` or ``www.laodongthudo.vn/a`` → ``laodongthudo.vn``.

    Each prefix of ``drop`` is removed in turn when the host starts with it; "" when there is no host.
    """
    text = (url_or_host or "").strip()
    if not text:
        return ""
    try:
        return _folded(urlsplit(text if "//" in text else "//" + text).hostname, drop)
    except ValueError:  # a malformed network location ("[::1")
        return ""


def site_of(url: str) -> str:
    """The site an absolute URL belongs to: its host without ``www.``, and its port when not the scheme's
    default ("" for a relative URL)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return ""
    host = _folded(parts.hostname, WWW)
    return f"{host}:{port}" if port is not None and port != DEFAULT_PORTS.get(parts.scheme.lower()) else host


def same_site(url: str, other: str) -> bool:
    return site_of(url) == site_of(other)


def _folded(host: str | None, drop: tuple[str, ...]) -> str:
    host = (host or "").rstrip(".")  # urlsplit lower-cases it
    for prefix in drop:
        if host.startswith(prefix):
            host = host[len(prefix):]
    return host


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` as the URL writes them."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
