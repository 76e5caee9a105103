"""A polite, incremental, resumable crawler that archives everything it fetches as WARC.

``crawl(start_urls, out_dir)`` walks listing pages (following their pagination), sitemaps and articles of
the start URLs' sites, keeps the article pages, and writes every fetched body to rotating
``out_dir/crawl-YYYYmmddHHMMSS.warc.gz`` files, so that ``thidua build out_dir`` never needs the web.

State lives in ``out_dir/crawl.sqlite``: the ``fetches`` log (every request: url, status, bytes, time,
error), the ``articles`` already collected (never fetched again), the ``listings`` with their ETag /
Last-Modified and links (revisits are conditional GETs; a 304 reuses the stored links) and the
``frontier`` of a run (persisted after every page, so an interrupted crawl resumes where it stopped).

Incremental rule: a listing page's pagination is followed only while the page shows at least one article
not collected by an earlier run, and a chain of pages stops at the first article older than ``since``.
Each WARC response record carries ``Thidua-Page-Kind`` (article, listing, sitemap, robots, skipped) so
that the ingest reads only the articles.
"""
from __future__ import annotations

import json
import logging
import sqlite3
import time
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from io import BytesIO
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import urlsplit

from ..ingest.decode import decode_body
from .fetch import HTML_TYPES, USER_AGENT, XML_TYPES, FetchFailure, Fetcher, FetchOptions, Response, is_local, user_agent_for
from .listing import Listing, canonical_url, is_sitemap_url, iso_day, looks_like_article, parse_listing_generic, parse_sitemap, published_date
from ..urls import origin_of, same_site
from ..records import FetchError, Page, ThiduaError

log = logging.getLogger(__name__)

STATE_FILE = "crawl.sqlite"
WARC_MAX_BYTES = 500 * 1024 * 1024
SKIP_KINDS = frozenset({"robots", "content-type", "too-large", "off-site", "since", "not-article"})

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY, started_at TEXT, finished_at TEXT, start_urls TEXT, stopped TEXT);
CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS fetches (
    id INTEGER PRIMARY KEY, run_id INTEGER, url TEXT NOT NULL, status INTEGER, bytes INTEGER,
    time TEXT, elapsed REAL, error TEXT);
CREATE TABLE IF NOT EXISTS articles (
    url TEXT PRIMARY KEY, run_id INTEGER, fetched_at TEXT, published TEXT, title TEXT, warc_file TEXT);
CREATE TABLE IF NOT EXISTS listings (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, fetched_at TEXT, links TEXT);
CREATE TABLE IF NOT EXISTS frontier (
    url TEXT PRIMARY KEY, kind TEXT NOT NULL, chain TEXT NOT NULL, priority INTEGER NOT NULL,
    seq INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'pending', published TEXT, title TEXT);
CREATE TABLE IF NOT EXISTS stopped_chains (chain TEXT PRIMARY KEY, reason TEXT);
CREATE INDEX IF NOT EXISTS frontier_next ON frontier (state, priority, seq);
"""


@dataclass(frozen=True)
class CrawlEvent:
    """One step of a crawl, for a progress display: what happened to which URL."""

    url: str
    kind: str  # article, listing, sitemap
    outcome: str  # saved, listing, not-modified, known, skipped, error
    detail: str = ""


@dataclass(frozen=True)
class CrawlSummary:
    """What a crawl did; ``skipped`` and ``errors`` hold (url, reason) pairs."""

    out_dir: str
    run_id: int
    resumed: bool
    pages_fetched: int  # page requests answered (200 or 304), robots.txt not counted
    not_modified: int  # of which 304 (conditional GET on a revisited listing or sitemap)
    articles_saved: tuple[str, ...]
    articles_known: int  # distinct article links seen on listings but not fetched: collected before
    skipped: tuple[tuple[str, str], ...]
    errors: tuple[tuple[str, str], ...]
    warc_files: tuple[str, ...]
    stopped: str  # done, max-pages, max-articles
    elapsed: float
    unreachable: tuple[str, ...] = ()  # hosts whose last requests got no usable answer (see fetch.py)


class CrawlState:
    """The crawl's SQLite file: fetch log, collected articles, listing validators, frontier."""

    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite3.connect(path)
        # WAL without a sync per commit: every page is committed (an interrupted crawl loses nothing),
        # and only a power cut could lose the last few commits, which a rerun fetches again.
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self.db.commit()
        self._seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM frontier").fetchone()[0]

    def close(self) -> None:
        self.db.commit()
        self.db.close()

    def setting(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def set_setting(self, name: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (name, value))
        self.db.commit()

    def pending_run(self) -> int | None:
        """The run an interrupted crawl left behind (its frontier still has pending URLs), if any."""
        if self.db.execute("SELECT 1 FROM frontier WHERE state = 'pending' LIMIT 1").fetchone() is None:
            return None
        row = self.db.execute("SELECT MAX(run_id) FROM runs WHERE finished_at IS NULL").fetchone()
        return row[0] if row and row[0] is not None else None

    def begin_run(self, start_urls: list[str]) -> int:
        self.db.execute("DELETE FROM frontier")
        self.db.execute("DELETE FROM stopped_chains")
        cursor = self.db.execute("INSERT INTO runs (started_at, start_urls) VALUES (?, ?)",
                                 (_now(), json.dumps(start_urls)))
        self.db.commit()
        return int(cursor.lastrowid)

    def finish_run(self, run_id: int, stopped: str) -> None:
        self.db.execute("UPDATE runs SET finished_at = ?, stopped = ? WHERE run_id = ?", (_now(), stopped, run_id))
        self.db.execute("DELETE FROM frontier")
        self.db.execute("DELETE FROM stopped_chains")
        self.db.commit()

    def log(self, run_id: int, url: str, status: int | None, size: int, when: str, elapsed: float,
            error: str | None) -> None:
        self.db.execute("INSERT INTO fetches (run_id, url, status, bytes, time, elapsed, error) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", (run_id, url, status, size, when, round(elapsed, 4), error))

    def enqueue(self, url: str, kind: str, chain: str, priority: int, published: str | None = None,
                title: str | None = None) -> bool:
        self._seq += 1
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO frontier (url, kind, chain, priority, seq, published, title) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", (url, kind, chain, priority, self._seq, published, title))
        return cursor.rowcount > 0

    def next_pending(self) -> tuple[str, str, str, str | None, str | None] | None:
        return self.db.execute("SELECT url, kind, chain, published, title FROM frontier WHERE state = 'pending' "
                               "ORDER BY priority, seq LIMIT 1").fetchone()

    def done(self, url: str, outcome: str) -> None:
        self.db.execute("UPDATE frontier SET state = ? WHERE url = ?", (outcome, url))
        self.db.commit()

    def known_article(self, url: str, before_run: int | None = None) -> bool:
        if before_run is None:
            row = self.db.execute("SELECT 1 FROM articles WHERE url = ?", (url,)).fetchone()
        else:
            row = self.db.execute("SELECT 1 FROM articles WHERE url = ? AND run_id < ?", (url, before_run)).fetchone()
        return row is not None

    def add_article(self, url: str, run_id: int, fetched_at: str, published: str | None, title: str | None,
                    warc_file: str | None) -> None:
        self.db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                        (url, run_id, fetched_at, published, title, warc_file))

    def validators(self, url: str) -> tuple[str | None, str | None] | None:
        row = self.db.execute("SELECT etag, last_modified FROM listings WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row and (row[0] or row[1]) else None

    def stored_links(self, url: str) -> Listing | None:
        row = self.db.execute("SELECT links FROM listings WHERE url = ?", (url,)).fetchone()
        if not row or not row[0]:
            return None
        data = json.loads(row[0])
        from .listing import ListingLink

        return Listing(url=url, articles=tuple(ListingLink(*item) for item in data["articles"]),
                       pages=tuple(data["pages"]))

    def save_listing(self, url: str, response: Response, listing: Listing) -> None:
        links = {"articles": [[a.url, a.title, a.published] for a in listing.articles], "pages": list(listing.pages)}
        self.db.execute("INSERT OR REPLACE INTO listings VALUES (?, ?, ?, ?, ?)",
                        (url, response.header("etag"), response.header("last-modified"), response.fetched_at,
                         json.dumps(links, ensure_ascii=False)))

    def stop_chain(self, chain: str, reason: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO stopped_chains VALUES (?, ?)", (chain, reason))

    def chain_stopped(self, chain: str) -> bool:
        return self.db.execute("SELECT 1 FROM stopped_chains WHERE chain = ?", (chain,)).fetchone() is not None


class WarcArchive:
    """Rotating ``crawl-YYYYmmddHHMMSS.warc.gz`` files: a request and a response record per fetch."""

    def __init__(self, out_dir: Path, max_file_bytes: int = WARC_MAX_BYTES, user_agent: str = ""):
        self.out_dir = out_dir
        self.max_file_bytes = max_file_bytes
        self.user_agent = user_agent
        self.files: list[Path] = []
        self._handle = None
        self._writer = None

    @property
    def current(self) -> Path | None:
        return self.files[-1] if self._handle is not None else None

    def _open(self) -> None:
        from warcio.warcwriter import WARCWriter

        stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
        path = self.out_dir / f"crawl-{stamp}.warc.gz"
        number = 1
        while path.exists():
            number += 1
            path = self.out_dir / f"crawl-{stamp}-{number:02d}.warc.gz"
        self._handle = path.open("xb")
        self._writer = WARCWriter(self._handle, gzip=True)
        self.files.append(path)
        info = self._writer.create_warcinfo_record(path.name, {"software": "thidua crawler",
                                                                "http-header-user-agent": self.user_agent,
                                                                "format": "WARC File Format 1.1"})
        self._writer.write_record(info)

    def write(self, response: Response, kind: str, extra: dict[str, str] | None = None) -> Path:
        """Archive one response (raw body bytes as received, decoded from any Content-Encoding)."""
        from warcio.statusandheaders import StatusAndHeaders

        if self._handle is None:
            self._open()
        assert self._writer is not None and self._handle is not None
        url = response.final_url
        parts = urlsplit(url)
        target = parts.path + ("?" + parts.query if parts.query else "")
        request_headers = StatusAndHeaders(f"GET {target or '/'} HTTP/1.1",
                                           [("Host", parts.netloc), ("User-Agent", self.user_agent)],
                                           is_http_request=True)
        warc_date = response.fetched_at
        request = self._writer.create_warc_record(url, "request", payload=BytesIO(b""),
                                                  http_headers=request_headers,
                                                  warc_headers_dict={"WARC-Date": warc_date})
        headers = {"WARC-Date": warc_date, "Thidua-Page-Kind": kind, **(extra or {})}
        if response.final_url != response.url:
            headers["Thidua-Requested-URI"] = response.url
        http_headers = StatusAndHeaders(f"{response.status} {response.reason}".strip(), list(response.headers),
                                        protocol="HTTP/1.1")
        record = self._writer.create_warc_record(url, "response", payload=BytesIO(response.body),
                                                 http_headers=http_headers, warc_headers_dict=headers)
        self._writer.write_record(request)
        self._writer.write_record(record)
        path = self.files[-1]
        if self._handle.tell() >= self.max_file_bytes:
            self.close()
        return path

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
            self._writer = None


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _since_day(since: str | date | datetime | None) -> str | None:
    if since is None or since == "":
        return None
    if isinstance(since, (date, datetime)):
        return since.strftime("%Y-%m-%d")
    day = iso_day(str(since))
    if day is None:
        raise ValueError(f"--since {since!r} is not a date (use YYYY-MM-DD)")
    return day


def _adapter_for(url: str):
    """The site adapter for a URL (``pipeline.sites.adapter_for``), or None."""
    try:
        from ..clean.sites import adapter_for
    except ImportError as error:
        log.warning("site adapters cannot be loaded (%s): every site is read generically", error)
        return None
    try:
        return adapter_for(url)
    except (LookupError, ThiduaError) as error:
        log.info("%s: no site adapter (%s): read generically", url, error)
        return None


def start_kind(url: str) -> str:
    """How to treat a start URL: a sitemap (by name), an article (by URL shape) or a listing page."""
    if is_sitemap_url(url):
        return "sitemap"
    return "article" if looks_like_article(url) else "listing"


def crawl(start_urls: Iterable[str], out_dir: str | Path = "corpus/raw", max_pages: int | None = None,
          max_articles: int | None = None, since: str | date | None = None, delay: float = 1.0, *,
          options: FetchOptions | None = None, adapter=None, warc_max_bytes: int = WARC_MAX_BYTES,
          progress: Callable[[CrawlEvent], None] | None = None, contact: str | None = None) -> CrawlSummary:
    """Crawl the start URLs' sites into ``out_dir`` and return what was done.

    ``max_pages`` bounds page requests, ``max_articles`` new articles; ``since`` (YYYY-MM-DD) skips older
    articles and stops paging a listing at the first one; ``delay`` is the pause between two requests to
    one host. ``options`` holds the other fetch rules (timeouts, retries, caps); ``adapter`` forces a site
    adapter (else ``pipeline.sites.adapter_for`` decides per URL). An interrupted crawl (its frontier
    still pending in ``crawl.sqlite``) is resumed by calling ``crawl`` again on the same ``out_dir``.
    """
    started = time.monotonic()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    since_day = _since_day(since)
    seeds = [u for u in (canonical_url(s) for s in start_urls) if u]
    if not seeds:
        raise FetchError("no http(s) start URL given")
    options = replace(options or FetchOptions(), delay=delay)
    state = CrawlState(out / STATE_FILE)
    if contact:
        options = replace(options, user_agent=user_agent_for(contact))
        state.set_setting("contact", contact.strip())
    elif options.user_agent == USER_AGENT and state.setting("contact"):
        options = replace(options, user_agent=user_agent_for(state.setting("contact")))
    if options.user_agent == USER_AGENT and not all(is_local(seed) for seed in seeds):
        state.close()
        raise FetchError(
            "a crawl of a real site needs a contact for its User-Agent, so that the site's operators can reach "
            "you: give --contact EMAIL_OR_URL (remembered for later crawls into the same folder)"
        )
    run_id = state.pending_run()
    resumed = run_id is not None
    if run_id is None:
        run_id = state.begin_run(seeds)
    for seed in seeds:
        kind = start_kind(seed)
        state.enqueue(seed, kind, seed, 0 if kind == "article" else 1)
    state.db.commit()

    def log_attempt(attempt) -> None:
        state.log(run_id, attempt.url, attempt.status, attempt.bytes, attempt.fetched_at, attempt.elapsed,
                  attempt.error)

    fetcher = Fetcher(options, on_attempt=log_attempt)
    archive = WarcArchive(out, warc_max_bytes, options.user_agent)
    crawler = _Crawler(state, fetcher, archive, run_id, seeds, since_day, adapter, progress)
    stopped = "done"
    unreachable: list[str] = []
    try:
        while True:
            if max_articles is not None and len(crawler.saved) >= max_articles:
                stopped = "max-articles"
                break
            item = state.next_pending()
            if item is None:
                break
            if max_pages is not None and crawler.pages >= max_pages and not crawler.needs_no_fetch(item):
                stopped = "max-pages"
                break
            crawler.visit(*item)
        state.finish_run(run_id, stopped)
        unreachable = fetcher.unreachable_hosts()
    finally:
        archive.close()
        fetcher.close()
        state.close()
    return CrawlSummary(out_dir=str(out), run_id=run_id, resumed=resumed, pages_fetched=crawler.pages,
                        not_modified=crawler.not_modified, articles_saved=tuple(crawler.saved),
                        articles_known=crawler.known, skipped=tuple(crawler.skipped), errors=tuple(crawler.errors),
                        warc_files=tuple(str(p) for p in archive.files), stopped=stopped,
                        elapsed=time.monotonic() - started, unreachable=tuple(unreachable))


@dataclass
class _Crawler:
    """The per-run work of ``crawl``: visit one frontier URL at a time."""

    state: CrawlState
    fetcher: Fetcher
    archive: WarcArchive
    run_id: int
    seeds: list[str]
    since: str | None
    adapter: object
    progress: Callable[[CrawlEvent], None] | None
    pages: int = 0
    not_modified: int = 0
    known: int = 0
    saved: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    archived_robots: set[str] = field(default_factory=set)
    counted_known: set[str] = field(default_factory=set)

    def needs_no_fetch(self, item) -> bool:
        """Frontier items settled without a request (known article, stopped chain) pass max-pages."""
        url, kind, chain, published, _title = item
        return (kind == "article" and self.state.known_article(url)) or \
            (kind != "article" and self.state.chain_stopped(chain)) or self._older(published)

    def _older(self, published: str | None) -> bool:
        day = iso_day(published)
        return bool(self.since and day and day < self.since)

    def _emit(self, url: str, kind: str, outcome: str, detail: str = "") -> None:
        if self.progress is not None:
            self.progress(CrawlEvent(url, kind, outcome, detail))

    def _skip(self, url: str, kind: str, reason: str) -> None:
        self.skipped.append((url, reason))
        self.state.log(self.run_id, url, None, 0, _now(), 0.0, f"skipped: {reason}")
        self.state.done(url, "skipped")
        self._emit(url, kind, "skipped", reason)

    def _adapter(self, url: str):
        return self.adapter if self.adapter is not None else _adapter_for(url)

    def visit(self, url: str, kind: str, chain: str, published: str | None, title: str | None) -> None:
        state = self.state
        if kind == "article" and state.known_article(url):
            self.known += url not in self.counted_known
            self.counted_known.add(url)
            state.done(url, "known")
            self._emit(url, kind, "known")
            return
        if kind != "article" and state.chain_stopped(chain):
            self._skip(url, kind, f"pagination stopped: an article older than {self.since} was reached")
            return
        if self._older(published):
            self._skip(url, kind, f"published {iso_day(published)}, before --since {self.since}")
            return
        conditional = state.validators(url) if kind != "article" else None
        accept = HTML_TYPES if kind != "sitemap" else XML_TYPES | HTML_TYPES
        try:
            response = self.fetcher.get(url, accept=accept, conditional=conditional)
        except FetchFailure as failure:
            self._archive_robots(url)
            if failure.kind in SKIP_KINDS:
                self._skip(url, kind, failure.reason)
            else:
                self.errors.append((url, failure.reason))
                state.log(self.run_id, url, failure.status, 0, _now(), 0.0, f"failed: {failure.reason}")
                state.done(url, "error")
                self._emit(url, kind, "error", failure.reason)
            return
        self._archive_robots(url)
        self.pages += 1
        if response.status == 304:
            self.not_modified += 1
            listing = state.stored_links(url) or Listing(url=url)
            self._follow(url, chain, listing, kind)
            state.done(url, "not-modified")
            self._emit(url, kind, "not-modified")
            return
        if not same_site(response.final_url, url):
            self._skip(url, kind, f"redirected off-site to {response.final_url}")
            return
        if kind == "article":
            self._article(url, chain, response, title)
        elif kind == "sitemap":
            listing = parse_sitemap(response.body, response.final_url)
            self.archive.write(response, "sitemap")
            state.save_listing(url, response, listing)
            self._follow(url, chain, listing, kind)
            state.done(url, "sitemap")
            self._emit(url, kind, "sitemap", f"{len(listing.articles)} articles, {len(listing.pages)} sitemaps")
        else:
            text, encoding = decode_body(response.body, response.header("content-type"), response.final_url)
            adapter = self._adapter(response.final_url)
            parse = getattr(adapter, "parse_listing", None) or parse_listing_generic
            listing = parse(text, response.final_url)
            self.archive.write(response, "listing", {"Thidua-Encoding": encoding})
            state.save_listing(url, response, listing)
            self._follow(url, chain, listing, kind)
            state.done(url, "listing")
            self._emit(url, kind, "listing", f"{len(listing.articles)} articles, {len(listing.pages)} pages")

    def _article(self, url: str, chain: str, response: Response, title: str | None) -> None:
        text, encoding = decode_body(response.body, response.header("content-type"), response.final_url)
        published = self._published(text, response)
        extra = {"Thidua-Encoding": encoding}
        if published:
            extra["Thidua-Published"] = published
        if self.since and published and published < self.since:
            self.archive.write(response, "skipped", extra)
            self.state.stop_chain(chain, f"article {url} published {published}")
            self._skip(url, "article", f"published {published}, before --since {self.since}")
            return
        path = self.archive.write(response, "article", extra)
        self.state.add_article(url, self.run_id, response.fetched_at, published, title, path.name)
        final = canonical_url(response.final_url)
        if final and final != url:
            self.state.add_article(final, self.run_id, response.fetched_at, published, title, path.name)
        self.saved.append(url)
        self.state.done(url, "saved")
        self._emit(url, "article", "saved", published or "")

    def _published(self, text: str, response: Response) -> str | None:
        """The article's day: meta tags / JSON-LD first (cheap), else the site adapter's reading."""
        day = published_date(text)
        if day:
            return day
        adapter = self._adapter(response.final_url)
        clean = getattr(adapter, "clean_article", None)
        if clean is not None:
            try:
                article = clean(Page(source=response.final_url, text=text, media_type="html",
                                     url=response.final_url, fetched_at=response.fetched_at))
                day = iso_day(article.published)
                if day:
                    return day
            except ThiduaError as error:
                log.info("%s: the site adapter could not read the page (%s): no publication date from it", response.final_url, error)
        return None

    def _follow(self, url: str, chain: str, listing: Listing, kind: str) -> None:
        """Queue the listing's unknown same-site articles; queue its further pages while it shows news."""
        fresh = 0
        for link in listing.articles:
            if not same_site(link.url, url):
                continue
            if not self.state.known_article(link.url, before_run=self.run_id):
                fresh += 1
            if self.state.known_article(link.url):
                self.known += link.url not in self.counted_known
                self.counted_known.add(link.url)
                continue
            if self._older(link.published):
                if kind == "listing":
                    self.state.stop_chain(chain, f"listing shows {link.url} published {link.published}")
                self.skipped.append((link.url, f"published {iso_day(link.published)}, before --since {self.since}"))
                continue
            self.state.enqueue(link.url, "article", chain, 0, link.published, link.title)
        if kind == "sitemap":
            for page in listing.pages:
                if same_site(page, url):
                    self.state.enqueue(page, "sitemap", chain, 1)
        elif fresh:  # page by page: the first pagination link not seen yet is the next page
            for page in listing.pages:
                if same_site(page, url) and self.state.enqueue(page, "listing", chain, 1):
                    break

    def _archive_robots(self, url: str) -> None:
        response = self.fetcher.robots_response(url)
        origin = origin_of(url)
        if response is not None and origin not in self.archived_robots:
            self.archived_robots.add(origin)
            self.archive.write(response, "robots")
