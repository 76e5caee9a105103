"""Polite HTTP fetching: one session, robots.txt, per-host delay, retries, caps (bodies are decoded by ``ingest.decode``).

The crawler (``pipeline/crawl.py``) decides *what* to fetch; this module decides *how*, so that every
request the project makes goes through the same rules: a descriptive User-Agent, robots.txt obeyed, at
least ``delay`` seconds between requests to one host, a timeout on every request, retries with capped
exponential backoff on connection errors / 429 / 5xx honouring Retry-After (urllib3's ``Retry`` is the
policy: ``retry_policy``), manually followed and bounded redirects, a streamed body size cap and a
content-type check before the body is read.

Nothing holds the crawler for long:

- every request has a total **deadline** (``FetchOptions.deadline``: connection, headers and body
  together). A watchdog thread shuts the request's socket when it passes, so a server that drips
  its headers or its body one byte at a time is cut off at the deadline, not after each byte's own
  read timeout; a response that ran out of time is retried at most once;
- a **circuit breaker** per host: after ``breaker_failures`` requests in a row that got no usable
  answer (unreachable, timed out, 5xx after the retries), the host's further URLs fail at once
  ("host-down") for ``breaker_cooldown`` seconds, then one request is tried again;
- a host that cannot be reached while fetching its robots.txt is reported as unreachable (kind
  ``unreachable``), not as "disallowed by robots.txt".
"""
from __future__ import annotations

import logging
import re
import socket
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable
from urllib.parse import urljoin

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import InvalidHeader, MaxRetryError, NewConnectionError, ProtocolError, ReadTimeoutError
from urllib3.response import HTTPResponse
from urllib3.util.retry import Retry

from ..ingest.decode import decode_body
from ..records import FetchError
from ..urls import origin_of as _origin
from ..urls import host_of, same_site

log = logging.getLogger(__name__)

USER_AGENT = "thidua/0.1 (research crawler for trade-union news; +https://example.org/thidua; contact: thidua-crawler@example.org)"
# The default above names no one: a crawl of a real site must give its own contact (``user_agent_for``).
_CONTACT = re.compile(r"^(?:[^@\s()<>;]+@[^@\s()<>;]+\.[^@\s()<>;]+|https?://[^\s()<>;]+\.[^\s()<>;]+)$")
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def user_agent_for(contact: str) -> str:
    """The User-Agent that tells a site's operators who crawls them and how to reach them.

    ``contact`` is an e-mail address or an http(s) URL; anything else is a ``FetchError``.
    """
    contact = contact.strip()
    if not _CONTACT.match(contact):
        raise FetchError(f"--contact {contact!r} is neither an e-mail address nor an http(s) URL")
    return f"thidua/0.1 (research crawler for trade-union news; contact: {contact})"


def is_local(url: str) -> bool:
    """Whether a URL points to this machine (a test server), where the default User-Agent will do."""
    host = host_of(url, drop=())
    return host in LOCAL_HOSTS or host.startswith("127.")

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
XML_TYPES = frozenset({"application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
                       "application/gzip", "application/x-gzip", "application/octet-stream", "text/plain"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# failures that say the host gives no usable answer: they count towards its circuit breaker
HOST_FAILURE_KINDS = frozenset({"network", "timeout", "deadline", "unreachable"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchOptions:
    """How politely and how patiently to fetch; the defaults are for real sites, tests shrink them."""

    user_agent: str = USER_AGENT
    delay: float = 1.0  # seconds between two requests to one host (robots.txt Crawl-delay may raise it)
    timeout: float = 20.0  # connect and read timeout of every request, in seconds
    retries: int = 3  # further attempts after a connection error, a timeout, 429 or 5xx (``retry_policy``)
    backoff_base: float = 1.0  # urllib3's backoff: retry n >= 2 waits backoff_base * 2**(n-1) s (the first, only the delay) ...
    max_wait: float = 60.0  # ... and neither that nor a Retry-After is waited longer than this
    max_redirects: int = 5
    max_bytes: int = 10 * 1024 * 1024  # bodies above this are refused (checked while streaming)
    max_crawl_delay: float = 30.0  # a robots.txt Crawl-delay above this is capped
    deadline: float = 60.0  # seconds for one whole response (connection, headers, body); retried once at most
    breaker_failures: int = 3  # requests in a row without a usable answer before a host is left alone ...
    breaker_cooldown: float = 600.0  # ... for this many seconds (then one request is tried again)
    obey_robots: bool = True
    offsite_redirects: bool = False  # a redirect to another site is refused, not followed
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False, repr=False)


@dataclass(frozen=True)
class Response:
    """A fetched response: raw body bytes (never decoded here) and the headers that came with them."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    fetched_at: str  # ISO 8601 UTC
    elapsed: float  # seconds, all attempts and redirects included
    attempts: int = 1

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((value for key, value in self.headers if key.lower() == name), None)

    @property
    def media_type(self) -> str:
        return media_type_of(self.header("content-type"))


class FetchFailure(FetchError):
    """A fetch that failed for a stated reason; ``kind`` is a short label for the fetch log."""

    def __init__(self, url: str, kind: str, message: str, status: int | None = None):
        super().__init__(f"{url}: {message}")
        self.url = url
        self.kind = kind
        self.reason = message
        self.status = status


@dataclass(frozen=True)
class Attempt:
    """One HTTP request as the fetch log records it."""

    url: str
    status: int | None
    bytes: int
    fetched_at: str
    elapsed: float
    error: str | None = None


def media_type_of(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def retry_policy(options: FetchOptions) -> Retry:
    """The retry rules as urllib3's ``Retry``: ``options.retries`` further attempts after a connection error,
    a timeout, a truncated body or a status of ``RETRY_STATUSES``; a response cut by the deadline retried
    once at most (Retry's ``other`` budget, see ``_RETRY_ERRORS``); exponential backoff from
    ``backoff_base``, and a Retry-After honoured, both capped at ``max_wait``.

    ``Fetcher._attempts`` applies it between its own requests rather than handing it to the connection
    pool (``HTTPAdapter(max_retries=...)``), because urllib3 retrying inside one ``session.get`` would
    (1) hide every attempt but the last from the fetch log, (2) sleep with ``time.sleep`` instead of
    ``options.sleep`` and skip the per-host politeness delay between attempts, (3) put all attempts under
    one deadline watchdog instead of one deadline per response, and (4) never retry what fails while the
    streamed body is read (a truncated body, a body cut by the deadline), which happens after urllib3 has
    handed the response over.
    """
    return Retry(total=options.retries, connect=None, read=None, other=1, redirect=None, status=None,
                 allowed_methods=frozenset({"GET"}), status_forcelist=RETRY_STATUSES,
                 backoff_factor=options.backoff_base, backoff_max=options.max_wait,
                 respect_retry_after_header=True, retry_after_max=options.max_wait, raise_on_status=False)


# How Retry counts each failed attempt: the category of urllib3 error it stands for. A connection error
# or a timeout may be retried as often as ``retries`` allows; a response cut by the deadline falls in
# Retry's ``other`` budget of one, so that a dripping server costs two deadlines, not ``retries + 1``.
_RETRY_ERRORS: dict[str, Callable[[FetchFailure], Exception]] = {
    "network": lambda failure: NewConnectionError(None, failure.reason),
    "timeout": lambda failure: ReadTimeoutError(None, failure.url, failure.reason),
    "truncated": lambda failure: ProtocolError(failure.reason),
    "deadline": lambda failure: failure,
}


class Fetcher:
    """Fetches URLs under one set of rules; ``on_attempt`` receives every request for the fetch log."""

    def __init__(self, options: FetchOptions | None = None, session: requests.Session | None = None,
                 on_attempt: Callable[[Attempt], None] | None = None):
        self.options = options or FetchOptions()
        self.session = session or requests.Session()
        self.session.headers.update({"User-Agent": self.options.user_agent,
                                     "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
                                     "Accept-Language": "vi,en;q=0.5"})
        for prefix in ("http://", "https://"):  # requests whose socket a deadline can shut
            self.session.mount(prefix, _DeadlineAdapter())
        self.on_attempt = on_attempt
        self._failures: dict[str, tuple[int, float, str]] = {}  # origin -> (failures in a row, last time, last reason)
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._robots_responses: dict[str, Response] = {}
        self._last_request: dict[str, float] = {}

    def close(self) -> None:
        self.session.close()

    # -- robots.txt -----------------------------------------------------------------------------

    def robots_response(self, url: str) -> Response | None:
        """The robots.txt response of the URL's site, if one was fetched (for the archive)."""
        return self._robots_responses.get(_origin(url))

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets our User-Agent fetch the URL (fetching robots.txt once per site)."""
        if not self.options.obey_robots:
            return True
        parser = self._robots_for(url)
        return True if parser is None else parser.can_fetch(self.options.user_agent, url)

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser | None:
        origin = _origin(url)
        if origin in self._robots:
            return self._robots[origin]
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        try:
            response = self._get(origin + "/robots.txt", accept=None, conditional=None, check_robots=False)
        except FetchFailure as failure:
            # RFC 9309: a missing robots.txt (4xx) allows everything; 401/403 and a server error (5xx)
            # mean "do not crawl". A host that gives no answer at all is unreachable: said so, and
            # asked again later (its circuit breaker decides when).
            if failure.kind in HOST_FAILURE_KINDS:
                raise FetchFailure(url, "unreachable", f"host could not be reached: {failure.reason}") from failure
            if failure.status is not None and 400 <= failure.status < 500 and failure.status not in (401, 403):
                log.info("%s/robots.txt: %s: every page allowed", origin, failure.reason)
                parser.allow_all = True
            else:
                log.info("%s/robots.txt: %s: no page of the site is fetched", origin, failure.reason)
                parser.disallow_all = True
        else:
            self._robots_responses[origin] = response
            text, _ = decode_body(response.body, response.header("content-type"), response.final_url)
            parser.parse(text.splitlines())
        self._robots[origin] = parser
        return parser

    def host_delay(self, url: str) -> float:
        delay = self.options.delay
        parser = self._robots.get(_origin(url))
        if parser is not None and self.options.obey_robots:
            crawl_delay = parser.crawl_delay(self.options.user_agent)
            if crawl_delay:
                delay = max(delay, min(float(crawl_delay), self.options.max_crawl_delay))
        return delay

    # -- fetching -------------------------------------------------------------------------------

    def get(self, url: str, *, accept: frozenset[str] | None = HTML_TYPES,
            conditional: tuple[str | None, str | None] | None = None) -> Response:
        """GET a URL under the rules; raises FetchFailure with the reason when it cannot.

        ``accept``: media types to read the body of (None: any). ``conditional``: (ETag, Last-Modified)
        of an earlier fetch, sent as If-None-Match / If-Modified-Since; a 304 comes back as a Response.
        """
        origin = _origin(url)
        self._breaker_check(url, origin)
        try:
            response = self._get(url, accept=accept, conditional=conditional, check_robots=True)
        except FetchFailure as failure:
            if failure.kind in HOST_FAILURE_KINDS or (failure.status or 0) >= 500:
                count = self._failures.get(origin, (0, 0.0, ""))[0] + 1
                self._failures[origin] = (count, time.monotonic(), failure.reason)
                if count == self.options.breaker_failures:
                    log.info("%s: %d requests in a row got no usable answer: left alone for %g s", origin, count,
                             self.options.breaker_cooldown)
            elif failure.status is not None:  # the host answered: it is up
                self._failures.pop(origin, None)
            raise
        self._failures.pop(origin, None)
        return response

    def _breaker_check(self, url: str, origin: str) -> None:
        """Fail at once while the host's breaker is open (too many requests in a row without an answer)."""
        count, when, reason = self._failures.get(origin, (0, 0.0, ""))
        options = self.options
        if options.breaker_failures and count >= options.breaker_failures:
            waited = time.monotonic() - when
            if waited < options.breaker_cooldown:
                log.debug("%s: circuit breaker of %s open (%d failures in a row)", url, origin, count)
                raise FetchFailure(url, "host-down", f"not requested: {count} requests in a row to {origin} got no "
                                   f"usable answer (last: {reason}); trying it again in "
                                   f"{options.breaker_cooldown - waited:.0f} s")

    def unreachable_hosts(self) -> list[str]:
        """Hosts whose last requests got no usable answer (never reached, or down since)."""
        return sorted(origin for origin, (count, _, _) in self._failures.items() if count)

    def _get(self, url: str, *, accept, conditional, check_robots: bool) -> Response:
        started = time.monotonic()
        seen = [url]
        current = url
        attempts = 0
        for _hop in range(self.options.max_redirects + 1):
            if check_robots and not self.allowed(current):
                raise FetchFailure(current, "robots", "disallowed by robots.txt")
            status, reason, headers, body, tries = self._attempts(current, accept, conditional)
            attempts += tries
            if status in REDIRECT_STATUSES:
                location = _header(headers, "location")
                if not location:
                    raise FetchFailure(current, "redirect", f"HTTP {status} without a Location", status)
                target = urljoin(current, location.strip())
                if not self.options.offsite_redirects and not same_site(target, url):
                    raise FetchFailure(url, "off-site", f"redirected to another site: {target}", status)
                if target in seen:
                    raise FetchFailure(url, "redirect-loop", f"redirect loop: {' -> '.join(seen + [target])}", status)
                seen.append(target)
                current = target
                continue
            if status == 304 or 200 <= status < 300:
                return Response(url=url, final_url=current, status=status, reason=reason, headers=headers,
                                body=body, fetched_at=now_iso(), elapsed=time.monotonic() - started,
                                attempts=attempts)
            raise FetchFailure(current, f"http-{status}", f"HTTP {status} {reason}".strip(), status)
        raise FetchFailure(url, "redirect-limit", f"more than {self.options.max_redirects} redirects: {' -> '.join(seen)}")

    def _attempts(self, url, accept, conditional):
        """One URL under the retry policy: (status, reason, headers, body, attempts) of the last attempt."""
        headers = {}
        if conditional:
            etag, modified = conditional
            if etag:
                headers["If-None-Match"] = etag
            if modified:
                headers["If-Modified-Since"] = modified
        retry = retry_policy(self.options)
        attempts = 0
        while True:
            self._wait_turn(url)
            began = time.monotonic()
            fetched_at = now_iso()
            attempts += 1
            try:
                status, reason, response_headers, body = self._request(url, headers, accept)
            except FetchFailure as failure:
                self._log(Attempt(url, failure.status, 0, fetched_at, time.monotonic() - began, failure.reason))
                if failure.kind not in _RETRY_ERRORS:
                    raise
                try:
                    retry = retry.increment("GET", url, error=_RETRY_ERRORS[failure.kind](failure))
                except MaxRetryError:
                    raise failure from None
                log.info("%s: %s; retrying (attempt %d)", url, failure.reason, attempts + 1)
                wait = retry.get_backoff_time()
            else:
                retry_after = _header(response_headers, "retry-after")
                if retry.is_retry("GET", status, retry_after is not None):
                    try:
                        retry = retry.increment("GET", url, response=HTTPResponse(status=status, headers=dict(response_headers)))
                    except MaxRetryError:
                        pass
                    else:
                        self._log(Attempt(url, status, len(body), fetched_at, time.monotonic() - began,
                                          f"HTTP {status}, will retry"))
                        log.info("%s: HTTP %s; retrying (attempt %d)", url, status, attempts + 1)
                        wait = self._retry_after(retry, retry_after) or retry.get_backoff_time()
                        if wait > 0:
                            self.options.sleep(wait)
                        continue
                self._log(Attempt(url, status, len(body), fetched_at, time.monotonic() - began, None))
                return status, reason, response_headers, body, attempts
            if wait > 0:
                self.options.sleep(wait)

    @staticmethod
    def _retry_after(retry: Retry, value: str | None) -> float | None:
        """Retry-After in seconds (a number or an HTTP date, capped by the policy), None when absent or unreadable."""
        if value is None:
            return None
        try:
            return retry.parse_retry_after(value)
        except InvalidHeader:
            log.info("unreadable Retry-After %r: the backoff applies", value)
            return None

    def _request(self, url, headers, accept):
        """A single request under the deadline, body streamed under the size cap; trouble as FetchFailure."""
        options = self.options
        watchdog = _Watchdog(options.deadline)
        size = 0
        try:
            with self.session.get(url, headers=headers, stream=True, allow_redirects=False,
                                  timeout=(options.timeout, options.timeout)) as response:
                status = response.status_code
                header_items = tuple((k, v) for k, v in response.raw.headers.items())
                if status in REDIRECT_STATUSES or status == 304 or not 200 <= status < 300:
                    return status, response.reason or "", header_items, b""
                media = media_type_of(response.headers.get("content-type"))
                if accept is not None and media and media not in accept:
                    raise FetchFailure(url, "content-type", f"skipped: content type {media!r} is not one of "
                                       f"{', '.join(sorted(accept))}", status)
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > options.max_bytes:
                    raise FetchFailure(url, "too-large", f"body of {int(declared)} bytes (Content-Length) is over "
                                       f"the cap of {options.max_bytes} bytes", status)
                chunks = []
                for chunk in response.iter_content(CHUNK):
                    size += len(chunk)
                    if size > options.max_bytes:
                        raise FetchFailure(url, "too-large", f"body over the cap of {options.max_bytes} bytes "
                                           "(stopped reading)", status)
                    chunks.append(chunk)
                if watchdog.fired:  # a body cut by the deadline may look complete: it is not
                    raise FetchFailure(url, "deadline", _late(options.deadline, size), status)
                return status, response.reason or "", _stored_headers(header_items, size), b"".join(chunks)
        except FetchFailure:
            raise
        except requests.exceptions.RequestException as error:
            if watchdog.fired:
                raise FetchFailure(url, "deadline", _late(options.deadline, size)) from error
            raise self._failure(url, error) from error
        finally:
            watchdog.cancel()
            self._last_request[_origin(url)] = time.monotonic()

    def _failure(self, url: str, error: requests.exceptions.RequestException) -> FetchFailure:
        """requests' exception as the reason the fetch log records."""
        if isinstance(error, (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError)):
            return FetchFailure(url, "truncated", f"truncated or corrupt body: {_short(error)}")
        if isinstance(error, requests.exceptions.Timeout):
            return FetchFailure(url, "timeout", f"no answer within {self.options.timeout} s")
        if isinstance(error, requests.exceptions.TooManyRedirects):  # pragma: no cover (redirects are manual)
            return FetchFailure(url, "redirect-limit", str(error))
        return FetchFailure(url, "network", f"connection failed: {_short(error)}")

    def _wait_turn(self, url: str) -> None:
        last = self._last_request.get(_origin(url))
        if last is None:
            return
        wait = self.host_delay(url) - (time.monotonic() - last)
        if wait > 0:
            self.options.sleep(wait)

    def _log(self, attempt: Attempt) -> None:
        if self.on_attempt is not None:
            self.on_attempt(attempt)


def _late(deadline: float, size: int) -> str:
    got = f"; {size} bytes of the body had come" if size else ""
    return f"response not complete within the deadline of {deadline:g} s (a slow or dripping server){got}"


# -- the deadline: a watchdog that shuts the socket of the request in flight --------------------------

_ACTIVE: dict[int, HTTPConnection] = {}  # thread ident -> the connection its request is using


class _TrackedHTTPConnection(HTTPConnection):
    def request(self, *args, **kwargs):  # noqa: ANN002, ANN003 (urllib3's signature)
        _ACTIVE[threading.get_ident()] = self
        return super().request(*args, **kwargs)


class _TrackedHTTPSConnection(HTTPSConnection):
    def request(self, *args, **kwargs):  # noqa: ANN002, ANN003
        _ACTIVE[threading.get_ident()] = self
        return super().request(*args, **kwargs)


class _TrackedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _TrackedHTTPConnection


class _TrackedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _TrackedHTTPSConnection


class _DeadlineAdapter(HTTPAdapter):
    """requests' adapter whose connections say which thread uses them, so a deadline can shut them."""

    def init_poolmanager(self, *args, **kwargs):  # noqa: ANN002, ANN003
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _TrackedHTTPPool, "https": _TrackedHTTPSPool}


class _Watchdog:
    """Started with a request: past ``seconds`` it shuts the socket the calling thread's request uses
    (again every 0.2 s while the request still runs), so a blocked read returns at once."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._owner = threading.get_ident()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(seconds,), name="thidua-fetch-deadline", daemon=True)
        self._thread.start()

    def _run(self, seconds: float) -> None:
        if self._done.wait(seconds):
            return
        self.fired = True
        while not self._done.is_set():
            connection = _ACTIVE.get(self._owner)
            sock = getattr(connection, "sock", None)
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            self._done.wait(0.2)

    def cancel(self) -> None:
        self._done.set()
        _ACTIVE.pop(self._owner, None)


def _header(headers: tuple[tuple[str, str], ...], name: str) -> str | None:
    return next((value for key, value in headers if key.lower() == name), None)


def _stored_headers(headers: tuple[tuple[str, str], ...], size: int) -> tuple[tuple[str, str], ...]:
    """Headers as they describe the stored body: requests undid any Content-Encoding / chunking."""
    kept = [(k, v) for k, v in headers if k.lower() not in ("content-encoding", "transfer-encoding", "content-length")]
    encoding = _header(headers, "content-encoding")
    if encoding and encoding.lower() != "identity":
        kept.append(("X-Thidua-Original-Content-Encoding", encoding))
    kept.append(("Content-Length", str(size)))
    return tuple(kept)


def _short(error: Exception) -> str:
    text = str(error)
    return text if len(text) < 200 else text[:197] + "..."
