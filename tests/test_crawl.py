"""The crawler against a real HTTP server on 127.0.0.1 serving saved pages (pytest-httpserver).

The test site has the structure of laodongthudo.vn: three category pages (``tests/fixtures/site/``,
written for these tests) whose ``div.list_news`` items link to real saved article pages of
``../shared/pages/html/`` (read in place), an older article, and a robots.txt that disallows /rieng-tu/.
"""
from __future__ import annotations

import gzip
import hashlib
import re
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from conftest import shared_path
from logs import logged
from pipeline.collect.crawl import STATE_FILE, CrawlEvent, crawl
from pipeline.collect.fetch import FetchFailure, Fetcher, FetchOptions
from pipeline.ingest.decode import decode_body
from pipeline.collect.listing import canonical_url, looks_like_article, parse_listing_generic, parse_sitemap, published_date
from pipeline.records import FetchError

FIXTURES = Path(__file__).parent / "fixtures" / "site"
FAST = FetchOptions(delay=0, timeout=2.0, retries=2, backoff_base=0.01, max_wait=0.05)

# article path on the test site -> saved page (a name under ../shared/pages/html, or a fixture file)
ARTICLES = {
    "/cong-doan/chien-su-day-gia-hoa-nhap-khau-tang-manh-100001.html": "tuoitre_01.html",
    "/cong-doan/gia-vang-giam-van-cao-hon-the-gioi-100002.html": "dantri_01.html",
    "/cong-doan/co-phieu-flc-duoc-giao-dich-tro-lai-100003.html": "vietnamnet_01.html",
    "/cong-doan/thoi-diem-nang-hang-can-ke-100004.html": "cafef_01.html",
    "/cong-doan/chinh-sach-moi-co-hieu-luc-tu-thang-3-100005.html": "baochinhphu_01.html",
    "/cong-doan/xu-phat-giam-doc-tai-chinh-tap-doan-100006.html": "baodautu_01.html",
    "/cong-doan/chien-thuat-cua-nga-khi-dua-xe-tang-100007.html": "dantri_02.html",
    "/cong-doan/khoi-cong-nha-ga-t3-san-bay-tan-son-nhat-100008.html": "dantri_03.html",
    "/cong-doan/gia-chung-cu-van-neo-cao-nguoi-mua-kho-voi-100009.html": "dantri_05.html",
    "/cong-doan/quang-hai-chay-dua-voi-thoi-gian-100010.html": "dantri_06.html",
    "/rieng-tu/bai-viet-noi-bo-chua-cong-khai-100011.html": "tuoitre_01.html",
    "/cong-doan/ldld-quan-hoan-kiem-tong-ket-phong-trao-thi-dua-100012.html": FIXTURES / "article-old.html",
}
LISTINGS = {"/cong-doan.html": "listing-1.html", "/cong-doan/trang-2.html": "listing-2.html",
            "/cong-doan/trang-3.html": "listing-3.html"}
DISALLOWED = "/rieng-tu/bai-viet-noi-bo-chua-cong-khai-100011.html"


@dataclass
class Site:
    """A tiny web site: path -> (status, headers, body); conditional GET by ETag; every request logged."""

    routes: dict[str, tuple[int, dict[str, str], bytes]] = field(default_factory=dict)
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)  # (path, when, headers)
    special: dict[str, object] = field(default_factory=dict)  # path -> handler(request) for faults
    lock: threading.Lock = field(default_factory=threading.Lock)

    def page(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200,
             **headers: str) -> None:
        all_headers = {"Content-Type": content_type, **{k.replace("_", "-"): v for k, v in headers.items()}}
        self.routes[path] = (status, all_headers, body)

    def handle(self, request: Request) -> Response:
        path = request.full_path.rstrip("?")
        with self.lock:
            self.requests.append((path, time.monotonic(), dict(request.headers)))
        if path in self.special:
            return self.special[path](request)
        if path not in self.routes:
            return Response(b"not found", status=404, content_type="text/html")
        status, headers, body = self.routes[path]
        etag, modified = headers.get("ETag"), headers.get("Last-Modified")
        if etag and request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        if modified and not etag and request.headers.get("If-Modified-Since") == modified:
            return Response(status=304, headers={"Last-Modified": modified})
        return Response(body, status=status, headers=headers)

    def paths(self) -> list[str]:
        return [path for path, _, _ in self.requests]


def cp1258(text: str) -> bytes:
    """Text as Windows-1258 bytes: letters precomposed except the five tone marks, which follow them."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out, cluster, marks = [], "", ""
    for char in unicodedata.normalize("NFD", text) + "\0":
        if unicodedata.combining(char) and char in tones:
            marks += char
        elif unicodedata.combining(char):
            cluster += char
        else:
            out.append(unicodedata.normalize("NFC", cluster) + marks)
            cluster, marks = char, ""
    return "".join(out).encode("cp1258")


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest()[:16] + '"'


def _article_bytes(source) -> bytes:
    path = source if isinstance(source, Path) else shared_path("pages", "html", source)
    return path.read_bytes()


def build_site(site: Site) -> None:
    site.page("/robots.txt", (FIXTURES / "robots.txt").read_bytes(), "text/plain")
    for path, name in LISTINGS.items():
        body = (FIXTURES / name).read_bytes()
        site.page(path, body, ETag=_etag(body))
    for path, source in ARTICLES.items():
        site.page(path, _article_bytes(source))


@pytest.fixture(scope="module")
def server():
    http = HTTPServer(host="127.0.0.1", threaded=True)
    http.start()
    yield http
    http.clear()
    http.stop()


@pytest.fixture
def site(server):
    site = Site()
    server.clear()
    server.expect_request(re.compile(".*")).respond_with_handler(site.handle)
    yield site
    server.clear()


@pytest.fixture
def laodongthudo_site(site):
    build_site(site)
    return site


def url(server: HTTPServer, path: str) -> str:
    return server.url_for(path)


def laodongthudo_adapter():
    from pipeline.clean.sites import adapter_for

    adapter = adapter_for("https://laodongthudo.vn/cong-doan.html")
    assert adapter is not None and adapter.parse_listing is not None
    return adapter


def article_records(warc_files) -> list[tuple[str, str, bytes]]:
    """(url, kind, body) of every response record in the crawl's WARC files."""
    from warcio.archiveiterator import ArchiveIterator

    records = []
    for name in warc_files:
        with open(name, "rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type == "response":
                    records.append((record.rec_headers.get_header("WARC-Target-URI"),
                                    record.rec_headers.get_header("Thidua-Page-Kind"),
                                    record.content_stream().read()))
    return records


# -- parsing (no server) ---------------------------------------------------------------------------


def test_generic_listing_parser_on_real_listing_pages():
    page = shared_path("pages", "listing", "dantri_kinh-doanh.html")
    text, _ = decode_body(page.read_bytes(), "text/html")
    listing = parse_listing_generic(text, "https://dantri.com.vn/kinh-doanh.htm")
    urls = [a.url for a in listing.articles]
    assert "https://dantri.com.vn/kinh-doanh/gia-vang-giam-van-cao-hon-the-gioi-gan-20-trieu-dongluong-20260307080054340.htm" in urls
    assert len(urls) == len(set(urls)) >= 40
    assert all(u.startswith("https://dantri.com.vn/") for u in urls)  # same site only
    assert not any("/event/" in u or u.endswith("/trang-3.htm") for u in urls)
    assert listing.pages[:2] == ("https://dantri.com.vn/kinh-doanh/trang-2.htm", "https://dantri.com.vn/kinh-doanh/trang-3.htm")
    titles = {a.url: a.title for a in listing.articles}
    assert titles[urls[0]] == "Giá vàng giảm, vẫn cao hơn thế giới gần 20 triệu đồng/lượng"

    text, _ = decode_body(shared_path("pages", "listing", "vnexpress_kinh-doanh.html").read_bytes(), "text/html")
    listing = parse_listing_generic(text, "https://vnexpress.net/kinh-doanh")
    assert "https://vnexpress.net/kinh-doanh-p2" in listing.pages
    assert not any("/topic/" in a.url for a in listing.articles)
    assert "https://vnexpress.net/vn-index-mat-hon-40-diem-5047451.html" in [a.url for a in listing.articles]

    text, _ = decode_body(shared_path("pages", "listing", "baodautu_tai-chinh-chung-khoan.html").read_bytes(), "text/html")
    listing = parse_listing_generic(text, "http://baodautu.vn/tai-chinh-chung-khoan-d6/")
    assert "http://baodautu.vn/tai-chinh-chung-khoan-d6/p2" in listing.pages


def test_mojibake_listing_is_repaired_and_parsed():
    data = shared_path("pages", "listing", "laodong_home_2021_mojibake.html").read_bytes()
    text, encoding = decode_body(data, "text/html; charset=utf-8")
    assert "<title>Lao Động Online | LAODONG.VN - Tin tức mới nhất 24h</title>" in text
    listing = parse_listing_generic(text, "https://www.laodong.vn/")
    by_url = {a.url: a.title for a in listing.articles}
    assert by_url["https://laodong.vn/cong-doan/gao-cuu-doi-tiep-tuc-den-voi-nguoi-lao-dong-ngheo-can-tho-937190.ldo"] \
        == "“Gạo cứu đói” tiếp tục đến với người lao động nghèo Cần Thơ" or \
        "Gạo cứu đói" in by_url["https://laodong.vn/cong-doan/gao-cuu-doi-tiep-tuc-den-voi-nguoi-lao-dong-ngheo-can-tho-937190.ldo"]
    assert not any("dulich.laodong.vn" in u for u in by_url)  # another host is another site


def test_laodongthudo_listing_parser_takes_list_news_items_and_paging():
    adapter = laodongthudo_adapter()
    html = (FIXTURES / "listing-1.html").read_text(encoding="utf-8")
    listing = adapter.parse_listing(html, "https://laodongthudo.vn/cong-doan.html")
    assert [a.url for a in listing.articles] == [
        "https://laodongthudo.vn" + p for p in list(ARTICLES)[:4]]
    assert listing.articles[2].title == "Cổ phiếu FLC được giao dịch trở lại"
    assert listing.pages == ("https://laodongthudo.vn/cong-doan/trang-2.html", "https://laodongthudo.vn/cong-doan/trang-3.html")


def test_canonical_urls_and_article_shapes():
    assert canonical_url("HTTPS://Laodongthudo.vn:443/cong-doan/a-b-c-123456.html?utm_source=fb#top") == \
        "https://laodongthudo.vn/cong-doan/a-b-c-123456.html"
    assert canonical_url("../x.html?page=2&fbclid=1", "http://127.0.0.1:8000/a/b/") == "http://127.0.0.1:8000/a/x.html?page=2"
    assert canonical_url("mailto:toasoan@laodongthudo.vn") is None
    assert looks_like_article("https://laodongthudo.vn/ldld-quan-hoan-kiem-tong-ket-phong-trao-thi-dua-100012.html")
    assert looks_like_article("https://baodautu.vn/xu-phat-giam-doc-tai-chinh-d538952.html")
    assert not looks_like_article("https://dantri.com.vn/kinh-doanh/trang-2.htm")
    assert not looks_like_article("https://vnexpress.net/topic/tp-ho-chi-minh-26483")


def test_sitemap_index_and_urlset():
    index = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://laodongthudo.vn/sitemaps/news-2026-03.xml</loc></sitemap>
  <sitemap><loc>https://laodongthudo.vn/sitemaps/news-2026-02.xml.gz</loc></sitemap>
</sitemapindex>"""
    listing = parse_sitemap(index, "https://laodongthudo.vn/sitemap.xml")
    assert listing.pages == ("https://laodongthudo.vn/sitemaps/news-2026-03.xml",
                             "https://laodongthudo.vn/sitemaps/news-2026-02.xml.gz")
    urlset = gzip.compress("""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://laodongthudo.vn/cong-doan/a-b-c-100001.html</loc><lastmod>2026-03-07T08:00:00+07:00</lastmod></url>
  <url><loc>https://laodongthudo.vn/cong-doan/d-e-f-100002.html</loc>
       <news:news><news:publication_date>2026-02-01</news:publication_date><news:title>Công đoàn</news:title></news:news></url>
</urlset>""".encode())
    listing = parse_sitemap(urlset, "https://laodongthudo.vn/sitemaps/news-2026-02.xml.gz")
    assert [(a.url, a.published, a.title) for a in listing.articles] == [
        ("https://laodongthudo.vn/cong-doan/a-b-c-100001.html", "2026-03-07T08:00:00+07:00", None),
        ("https://laodongthudo.vn/cong-doan/d-e-f-100002.html", "2026-02-01", "Công đoàn")]
    assert parse_sitemap(b"<html>not a sitemap", "https://x.vn/sitemap.xml").articles == ()


def test_charset_from_header_and_meta():
    html = '<html><head><meta charset="windows-1258"><title>Công đoàn</title></head><body>Người lao động</body></html>'
    data = cp1258(html)
    text, encoding = decode_body(data, "text/html")  # meta only
    assert encoding == "windows-1258" and "Người lao động" in __import__("unicodedata").normalize("NFC", text)
    text, encoding = decode_body(data.replace(b'charset="windows-1258"', b""), "text/html; charset=windows-1258")
    assert encoding == "windows-1258"
    text, encoding = decode_body("Công đoàn".encode(), "text/html; charset=ISO-8859-1")  # a server default
    assert (text, encoding) == ("Công đoàn", "utf-8")
    assert published_date('<meta property="article:published_time" content="2026-03-07T08:52:11+07:00">') == "2026-03-07"


# -- crawling the test site -----------------------------------------------------------------------


def test_crawl_collects_exactly_the_sites_articles_and_skips_the_disallowed(server, laodongthudo_site, tmp_path):
    site = laodongthudo_site
    events: list[CrawlEvent] = []
    summary = crawl([url(server, "/cong-doan.html")], tmp_path, delay=0, options=FAST,
                    adapter=laodongthudo_adapter(), progress=events.append)
    expected = {url(server, p) for p in ARTICLES if p != DISALLOWED}
    assert set(summary.articles_saved) == expected and len(summary.articles_saved) == 11
    assert (url(server, DISALLOWED), "disallowed by robots.txt") in summary.skipped
    assert DISALLOWED not in site.paths()  # never requested
    assert "/xa-hoi/tin-noi-bat-ngoai-chuyen-muc-100099.html" not in site.paths()  # sidebar is not the listing
    assert summary.errors == () and summary.stopped == "done" and summary.pages_fetched == 3 + 11
    assert all("thidua" in headers.get("User-Agent", "") and "contact" in headers.get("User-Agent", "")
               for _, _, headers in site.requests)

    records = article_records(summary.warc_files)
    kinds = {}
    for record_url, kind, _ in records:
        kinds.setdefault(kind, set()).add(record_url)
    assert kinds["article"] == expected
    assert kinds["listing"] == {url(server, p) for p in LISTINGS}
    assert kinds["robots"] == {url(server, "/robots.txt")}
    body = next(b for u, k, b in records if u.endswith("100005.html"))
    assert body == _article_bytes("baochinhphu_01.html")  # raw bytes archived unchanged

    with sqlite3.connect(tmp_path / STATE_FILE) as db:
        rows = db.execute("SELECT url, status, bytes, time, error FROM fetches").fetchall()
        assert len(rows) == 1 + 3 + 11 + 1  # robots, listings, articles, the robots refusal
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 11


def test_second_crawl_fetches_only_what_changed(server, laodongthudo_site, tmp_path):
    site = laodongthudo_site
    adapter = laodongthudo_adapter()
    start = [url(server, "/cong-doan.html")]
    crawl(start, tmp_path, delay=0, options=FAST, adapter=adapter)

    # nothing changed: one conditional GET of page 1 answers 304, nothing else is fetched
    site.requests.clear()
    again = crawl(start, tmp_path, delay=0, options=FAST, adapter=adapter)
    assert [p for p in site.paths() if p != "/robots.txt"] == ["/cong-doan.html"]
    assert again.not_modified == 1 and again.articles_saved == () and again.articles_known == 4

    # a new article on top of page 1: page 1 (200), the new article, page 2 (304) and no more
    new_path = "/cong-doan/cong-doan-nganh-giao-duc-phat-dong-thi-dua-100013.html"
    html = (FIXTURES / "listing-1.html").read_text(encoding="utf-8").replace(
        '<div class="main">',
        f'<div class="main">\n<div class="list_news"><div class="list_news_title"><h2><a href="{new_path}">'
        'Công đoàn ngành Giáo dục phát động thi đua</a></h2></div></div>', 1).encode()
    site.page("/cong-doan.html", html, ETag=_etag(html))
    site.page(new_path, _article_bytes("dantri_05.html"))
    site.requests.clear()
    third = crawl(start, tmp_path, delay=0, options=FAST, adapter=adapter)
    assert [p for p in site.paths() if p != "/robots.txt"] == ["/cong-doan.html", new_path, "/cong-doan/trang-2.html"]
    assert third.articles_saved == (url(server, new_path),)
    assert third.not_modified == 1 and third.articles_known == 8
    assert site.requests[-1][2].get("If-None-Match") == _etag((FIXTURES / "listing-2.html").read_bytes())


def test_revisited_listing_with_last_modified_gets_a_conditional_get(server, site, tmp_path):
    site.page("/robots.txt", b"", "text/plain")
    body = (FIXTURES / "listing-3.html").read_bytes()
    site.page("/tin-tuc.html", body, Last_Modified="Sat, 07 Mar 2026 01:00:00 GMT")
    crawl([url(server, "/tin-tuc.html")], tmp_path, delay=0, options=FAST, max_pages=1)
    again = crawl([url(server, "/tin-tuc.html")], tmp_path, delay=0, options=FAST, max_pages=1)
    assert again.not_modified == 1
    assert site.requests[-1][2].get("If-Modified-Since") == "Sat, 07 Mar 2026 01:00:00 GMT"


def test_since_stops_paging_at_the_first_older_article(server, laodongthudo_site, tmp_path):
    summary = crawl([url(server, "/cong-doan.html")], tmp_path, since="2026-03-05", delay=0, options=FAST,
                    adapter=laodongthudo_adapter())
    saved = {p for p in ARTICLES if url(server, p) in summary.articles_saved}
    # page 1 (2026-03-07) kept; on page 2 the 2026-03-01 article stops the paging, undated pages are kept
    assert saved == set(list(ARTICLES)[:4]) | set(list(ARTICLES)[5:8])
    assert "/cong-doan/trang-3.html" not in laodongthudo_site.paths()
    assert (url(server, list(ARTICLES)[4]), "published 2026-03-01, before --since 2026-03-05") in summary.skipped


def test_interrupted_crawl_resumes_where_it_stopped(server, laodongthudo_site, tmp_path):
    site = laodongthudo_site
    adapter = laodongthudo_adapter()
    start = [url(server, "/cong-doan.html")]

    def interrupt_after_six(event: CrawlEvent, seen=[]):
        seen.append(event)
        if len(seen) == 6:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        crawl(start, tmp_path, delay=0, options=FAST, adapter=adapter, progress=interrupt_after_six)
    first = [p for p in site.paths() if p != "/robots.txt"]
    site.requests.clear()
    resumed = crawl(start, tmp_path, delay=0, options=FAST, adapter=adapter)
    second = [p for p in site.paths() if p != "/robots.txt"]
    assert resumed.resumed and not set(first) & set(second)  # nothing fetched twice
    assert set(first) | set(second) == set(LISTINGS) | (set(ARTICLES) - {DISALLOWED})
    with sqlite3.connect(tmp_path / STATE_FILE) as db:
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 11
        assert db.execute("SELECT COUNT(*) FROM frontier").fetchone()[0] == 0  # finished: frontier cleared
    records = article_records(resumed.warc_files) + article_records(
        [p for p in tmp_path.glob("*.warc.gz") if str(p) not in resumed.warc_files])
    assert len([r for r in records if r[1] == "article"]) == 11


def test_warc_files_rotate(server, laodongthudo_site, tmp_path):
    summary = crawl([url(server, "/cong-doan.html")], tmp_path, delay=0, options=FAST, adapter=laodongthudo_adapter(),
                    warc_max_bytes=150_000)
    assert len(summary.warc_files) >= 2
    assert all(re.fullmatch(r"crawl-\d{14}(-\d\d)?\.warc\.gz", Path(name).name) for name in summary.warc_files)
    assert sorted(u for u, kind, _ in article_records(summary.warc_files) if kind == "article") == \
        sorted(summary.articles_saved)


def test_limits_and_a_start_url_that_is_an_article(server, laodongthudo_site, tmp_path):
    adapter = laodongthudo_adapter()
    limited = crawl([url(server, "/cong-doan.html")], tmp_path / "a", max_articles=2, delay=0, options=FAST,
                    adapter=adapter)
    assert len(limited.articles_saved) == 2 and limited.stopped == "max-articles"
    pages = crawl([url(server, "/cong-doan.html")], tmp_path / "b", max_pages=3, delay=0, options=FAST, adapter=adapter)
    assert pages.pages_fetched == 3 and pages.stopped == "max-pages"
    one = crawl([url(server, list(ARTICLES)[0])], tmp_path / "c", delay=0, options=FAST)
    assert one.articles_saved == (url(server, list(ARTICLES)[0]),) and one.pages_fetched == 1


def test_sitemap_start_url(server, laodongthudo_site, tmp_path):
    site = laodongthudo_site
    paths = list(ARTICLES)
    site.page("/sitemap.xml", f"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{url(server, '/sitemap-news.xml.gz')}</loc></sitemap></sitemapindex>""".encode(), "application/xml")
    entries = "".join(f"<url><loc>{url(server, p)}</loc><lastmod>{day}</lastmod></url>"
                      for p, day in [(paths[0], "2026-03-07"), (paths[1], "2026-03-06"), (paths[11], "2025-12-20")])
    site.page("/sitemap-news.xml.gz", gzip.compress(
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'.encode()), "application/gzip")
    summary = crawl([url(server, "/sitemap.xml")], tmp_path, since="2026-01-01", delay=0, options=FAST)
    assert set(summary.articles_saved) == {url(server, paths[0]), url(server, paths[1])}
    assert paths[11] not in site.paths()  # older by its lastmod: not even fetched


def test_delay_between_requests_to_one_host(server, laodongthudo_site, tmp_path):
    site = laodongthudo_site
    crawl([url(server, list(ARTICLES)[0]), url(server, list(ARTICLES)[1])], tmp_path, delay=0.25, options=FAST)
    times = [when for _, when, _ in site.requests]
    assert len(times) == 3  # robots.txt and two articles
    assert all(b - a >= 0.24 for a, b in zip(times, times[1:]))


def test_robots_crawl_delay_is_honoured(server, site):
    site.page("/robots.txt", b"User-agent: *\nCrawl-delay: 2\n", "text/plain")
    site.page("/a", b"<p>a</p>")
    site.page("/b", b"<p>b</p>")
    waits: list[float] = []
    polite = fetcher(FetchOptions(delay=0, sleep=waits.append))
    polite.get(url(server, "/a"))
    polite.get(url(server, "/b"))
    assert len(waits) == 2 and all(1.9 < w <= 2.0 for w in waits)  # robots.txt asks for more than --delay 0


def test_robots_missing_allows_and_unreachable_forbids(server, site, tmp_path):
    site.page("/cong-doan/bai-viet-kiem-thu-robots-100300.html", _article_bytes("vietnamnet_01.html"))
    start = [url(server, "/cong-doan/bai-viet-kiem-thu-robots-100300.html")]
    assert len(crawl(start, tmp_path / "a", delay=0, options=FAST).articles_saved) == 1  # no robots.txt: 404
    site.page("/robots.txt", b"busy", "text/plain", status=503)
    summary = crawl(start, tmp_path / "b", delay=0, options=FAST)
    assert summary.articles_saved == () and summary.skipped == ((start[0], "disallowed by robots.txt"),)


def test_article_redirected_to_another_site_is_not_kept(server, site, tmp_path):
    site.page("/robots.txt", b"", "text/plain")
    site.page("/cong-doan/bai-viet-chuyen-huong-100301.html", b"", status=301,
              Location="http://localhost:9/cong-doan/bai-viet-chuyen-huong-100301.html")
    summary = crawl([url(server, "/cong-doan/bai-viet-chuyen-huong-100301.html")], tmp_path, delay=0,
                    options=FetchOptions(delay=0, retries=0, timeout=1.0, obey_robots=False))
    assert summary.articles_saved == () and summary.errors == ()
    assert summary.skipped == ((url(server, "/cong-doan/bai-viet-chuyen-huong-100301.html"),
                                "redirected to another site: http://localhost:9/cong-doan/bai-viet-chuyen-huong-100301.html"),)


# -- faults ------------------------------------------------------------------------------------------


def fetcher(options: FetchOptions = FAST, log=None) -> Fetcher:
    return Fetcher(options, on_attempt=log.append if log is not None else None)


def test_500_then_success_is_retried(server, site):
    site.page("/robots.txt", b"", "text/plain")
    calls = []

    def flaky(request):
        calls.append(1)
        if len(calls) == 1:
            return Response(b"oops", status=500)
        return Response(b"<html><body>ok</body></html>", content_type="text/html")

    site.special["/flaky"] = flaky
    log = []
    response = fetcher(log=log).get(url(server, "/flaky"))
    assert response.status == 200 and response.attempts == 2
    assert [(a.status, a.error) for a in log if a.url.endswith("/flaky")] == [(500, "HTTP 500, will retry"), (200, None)]


def test_429_honours_retry_after_with_a_cap(server, site):
    site.page("/robots.txt", b"", "text/plain")
    state = {"n": 0}

    def limited(request):
        state["n"] += 1
        if state["n"] == 1:
            return Response(b"slow down", status=429, headers={"Retry-After": "1"})
        if state["n"] == 2:
            return Response(b"slow down", status=503, headers={"Retry-After": "3600"})
        return Response(b"<p>ok</p>", content_type="text/html")

    site.special["/limited"] = limited
    waits: list[float] = []
    options = FetchOptions(delay=0, timeout=2.0, retries=3, backoff_base=0.01, max_wait=5.0, sleep=waits.append)
    response = fetcher(options).get(url(server, "/limited"))
    assert response.status == 200 and waits == [1.0, 5.0]  # Retry-After honoured, an hour capped at max_wait

    state["n"] = 0
    site.special["/limited-once"] = lambda request: limited(request) if state["n"] == 0 else Response(b"<p>ok</p>", content_type="text/html")
    started = time.monotonic()
    fetcher(FetchOptions(delay=0, timeout=2.0, retries=3, backoff_base=0.01)).get(url(server, "/limited-once"))
    assert time.monotonic() - started >= 1.0  # really waited


def test_retries_follow_urllib3_retry_policy(server, site):
    """The retry rules are urllib3's Retry: its status list, its backoff (none before the first retry, then
    backoff_base * 2**(n-1), capped at max_wait), its Retry-After reading (an HTTP date too); every attempt
    is in the fetch log and in the library's log."""
    from email.utils import formatdate

    from urllib3.util.retry import Retry

    from pipeline.collect.fetch import retry_policy

    site.page("/robots.txt", b"", "text/plain")
    statuses = iter([503, 502, 500, 200])
    site.special["/busy"] = lambda request: (
        Response(b"busy", status=status) if (status := next(statuses)) != 200
        else Response(b"<p>ok</p>", content_type="text/html"))
    waits: list[float] = []
    options = FetchOptions(delay=0, timeout=2.0, retries=3, backoff_base=0.5, max_wait=1.5, sleep=waits.append)
    policy = retry_policy(options)
    assert isinstance(policy, Retry) and policy.total == 3 and policy.other == 1 and 429 in policy.status_forcelist
    log = []
    with logged() as records:
        response = fetcher(options, log=log).get(url(server, "/busy"))
    assert response.status == 200 and response.attempts == 4
    assert waits == [1.0, 1.5]  # no wait before the first retry, 0.5 * 2, 0.5 * 4 capped at 1.5
    assert [(a.status, a.error) for a in log if a.url.endswith("/busy")] == [
        (503, "HTTP 503, will retry"), (502, "HTTP 502, will retry"), (500, "HTTP 500, will retry"), (200, None)]
    assert sum("/busy: HTTP 50" in r.getMessage() and "retrying" in r.getMessage() for r in records) == 3

    later = formatdate(time.time() + 30, usegmt=True)  # Retry-After as an HTTP date, 30 s ahead: capped
    site.special["/dated"] = lambda request: (
        Response(b"", status=429, headers={"Retry-After": later}) if len(waits) == 2
        else Response(b"<p>ok</p>", content_type="text/html"))
    assert fetcher(options).get(url(server, "/dated")).status == 200 and waits[2:] == [1.5]

    site.special["/always"] = lambda request: Response(b"down", status=503)
    log.clear()
    with pytest.raises(FetchFailure) as failure:
        fetcher(FetchOptions(delay=0, timeout=2.0, retries=2, backoff_base=0.01, sleep=waits.append), log=log).get(
            url(server, "/always"))
    assert failure.value.kind == "http-503"  # the last answer, once the retries are spent
    assert [a.error for a in log if a.url.endswith("/always")] == ["HTTP 503, will retry"] * 2 + [None]


def test_hanging_request_times_out(server, site):
    site.page("/robots.txt", b"", "text/plain")
    site.special["/hang"] = lambda request: (time.sleep(1.0), Response(b"late", content_type="text/html"))[1]
    started = time.monotonic()
    with pytest.raises(FetchFailure) as failure:
        fetcher(FetchOptions(delay=0, timeout=0.2, retries=1, backoff_base=0.01)).get(url(server, "/hang"))
    assert failure.value.kind == "timeout" and "no answer within 0.2 s" in str(failure.value)
    assert time.monotonic() - started < 0.9


def test_redirect_loop_and_redirect_limit(server, site):
    site.page("/robots.txt", b"", "text/plain")
    site.page("/a", b"", status=302, Location="/b")
    site.page("/b", b"", status=301, Location="/a")
    with pytest.raises(FetchFailure) as failure:
        fetcher().get(url(server, "/a"))
    assert failure.value.kind == "redirect-loop" and "/a -> " in str(failure.value)
    for n in range(10):
        site.page(f"/r{n}", b"", status=302, Location=f"/r{n + 1}")
    with pytest.raises(FetchFailure) as failure:
        fetcher(FetchOptions(delay=0, max_redirects=3, retries=0)).get(url(server, "/r0"))
    assert failure.value.kind == "redirect-limit"
    site.page("/r10", b"<p>end</p>")
    assert fetcher(FetchOptions(delay=0, max_redirects=10, retries=0)).get(url(server, "/r0")).final_url == url(server, "/r10")


def test_truncated_body_is_an_error(server, site):
    site.page("/robots.txt", b"", "text/plain")

    def truncated(request):
        response = Response(b"<html><body>" + b"x" * 500, content_type="text/html")
        response.headers["Content-Length"] = "5000"
        return response

    site.special["/cut"] = truncated
    log = []
    with pytest.raises(FetchFailure) as failure:
        fetcher(log=log).get(url(server, "/cut"))
    assert failure.value.kind == "truncated"
    assert len([a for a in log if a.url.endswith("/cut")]) == 3  # retried, then given up with the reason


def test_fifty_megabyte_body_is_refused_while_streaming(server, site):
    import tracemalloc

    site.page("/robots.txt", b"", "text/plain")
    sent = {"bytes": 0}
    chunk = b"<p>" + b"x" * (64 * 1024 - 3)

    def huge(request):
        def body():
            for _ in range(50 * 16):  # 50 MB in 64 KB chunks, never held in memory at once
                sent["bytes"] += len(chunk)
                yield chunk
        return Response(body(), content_type="text/html")  # chunked: no Content-Length

    site.special["/huge"] = huge
    site.special["/huge-declared"] = lambda request: Response(
        (chunk for _ in range(50 * 16)), content_type="text/html", headers={"Content-Length": str(50 * 16 * len(chunk))})
    options = FetchOptions(delay=0, max_bytes=2 * 1024 * 1024, retries=0, timeout=2.0)
    tracemalloc.start()
    with pytest.raises(FetchFailure) as failure:
        fetcher(options).get(url(server, "/huge"))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert failure.value.kind == "too-large" and "stopped reading" in str(failure.value)
    assert peak < 25 * 1024 * 1024  # both ends of the connection live in this process: still far below 50 MB
    time.sleep(0.1)
    assert sent["bytes"] < 20 * 1024 * 1024  # the client hung up long before 50 MB
    with pytest.raises(FetchFailure) as failure:
        fetcher(options).get(url(server, "/huge-declared"))
    assert failure.value.kind == "too-large" and "Content-Length" in str(failure.value)


def test_html_served_as_an_image_is_skipped(server, site):
    site.page("/robots.txt", b"", "text/plain")
    site.page("/cong-doan/anh-tu-lieu-cong-doan-100020.html", _article_bytes("tuoitre_01.html"), "image/png")
    with pytest.raises(FetchFailure) as failure:
        fetcher().get(url(server, "/cong-doan/anh-tu-lieu-cong-doan-100020.html"))
    assert failure.value.kind == "content-type" and "'image/png'" in str(failure.value)


def test_connection_refused_is_retried_then_reported():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = []
    with pytest.raises(FetchFailure) as failure:
        fetcher(FetchOptions(delay=0, retries=2, backoff_base=0.01, obey_robots=False), log=log).get(f"http://127.0.0.1:{port}/x")
    assert failure.value.kind == "network" and len(log) == 3


def test_crawl_survives_every_fault_with_a_recorded_reason(server, site, tmp_path):
    """One listing whose articles are each a fault: the good ones are kept, every other has its reason."""
    site.page("/robots.txt", b"User-agent: *\nDisallow: /rieng-tu/\n", "text/plain")
    names = ["flaky", "limited", "hang", "loop", "cut", "huge", "image", "vietnamese-1258", "good", "gone"]
    paths = {name: f"/cong-doan/bai-viet-kiem-thu-{name}-{100100 + i}.html" for i, name in enumerate(names)}
    items = "".join(f'<div class="list_news"><div class="list_news_title"><h2><a href="{p}">{n}</a></h2></div></div>'
                    for n, p in paths.items())
    site.page("/cong-doan.html", f'<html><body><div class="main">{items}</div></body></html>'.encode())
    counts = {"flaky": 0, "limited": 0}

    def flaky(request):
        counts["flaky"] += 1
        return Response(b"oops", status=500) if counts["flaky"] == 1 else Response(_article_bytes("dantri_02.html"), content_type="text/html")

    def limited(request):
        counts["limited"] += 1
        if counts["limited"] == 1:
            return Response(b"", status=429, headers={"Retry-After": "0"})
        return Response(_article_bytes("dantri_03.html"), content_type="text/html")

    def cut(request):
        response = Response(b"<html>" + b"x" * 100, content_type="text/html")
        response.headers["Content-Length"] = "1000"
        return response

    site.special[paths["flaky"]] = flaky
    site.special[paths["limited"]] = limited
    site.special[paths["hang"]] = lambda request: (time.sleep(0.6), Response(b"late", content_type="text/html"))[1]
    site.page(paths["loop"], b"", status=302, Location=paths["loop"])
    site.special[paths["cut"]] = cut
    site.page(paths["huge"], b"x" * (3 * 1024 * 1024))
    site.page(paths["image"], _article_bytes("tuoitre_01.html"), "image/png")
    vietnamese = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
                  '<meta property="article:published_time" content="2026-03-02"></head><body><h1>Công đoàn '
                  'phát động thi đua</h1><p>Người lao động hưởng ứng.</p></body></html>')
    site.page(paths["vietnamese-1258"], cp1258(vietnamese), "text/html; charset=windows-1258")
    site.page(paths["good"], _article_bytes("vietnamnet_01.html"))
    options = FetchOptions(timeout=0.3, retries=1, backoff_base=0.01, max_wait=0.05, max_bytes=2 * 1024 * 1024)
    summary = crawl([url(server, "/cong-doan.html")], tmp_path, delay=0, options=options)

    saved = {name for name, p in paths.items() if url(server, p) in summary.articles_saved}
    assert saved == {"flaky", "limited", "vietnamese-1258", "good"}
    reasons = {name: reason for name, p in paths.items() for u, reason in summary.errors + summary.skipped
               if u == url(server, p)}
    assert set(reasons) == {"hang", "loop", "cut", "huge", "image", "gone"}
    assert "no answer within 0.3 s" in reasons["hang"]
    assert "redirect loop" in reasons["loop"]
    assert "truncated" in reasons["cut"]
    assert "over the cap" in reasons["huge"]
    assert "image/png" in reasons["image"]
    assert "HTTP 404" in reasons["gone"]
    with sqlite3.connect(tmp_path / STATE_FILE) as db:
        logged = dict(db.execute("SELECT url, error FROM fetches WHERE error IS NOT NULL AND error NOT LIKE '%retry%'"))
    assert all(url(server, paths[name]) in logged for name in reasons)
    record = next(r for r in article_records(summary.warc_files) if r[0].endswith(paths["vietnamese-1258"]))
    assert record[2] == cp1258(vietnamese)  # archived as received, not re-encoded


def test_the_archive_reads_back_through_the_ingest_without_the_web(server, site, tmp_path):
    """Every article record of the WARC becomes a Page with its URL, decoded by the ingest (charset included)."""
    from pipeline.ingest.files import iter_pages

    site.page("/robots.txt", b"", "text/plain")
    vietnamese = ('<html><head><meta property="article:published_time" content="2026-03-02"></head><body>'
                  '<h1>Công đoàn phát động thi đua</h1><p>Người lao động hưởng ứng.</p></body></html>')
    site.page("/cong-doan/cong-doan-phat-dong-thi-dua-100200.html", cp1258(vietnamese),
              "text/html; charset=windows-1258")
    site.page("/cong-doan/co-phieu-flc-duoc-giao-dich-tro-lai-100201.html", _article_bytes("vietnamnet_01.html"))
    items = "".join(f'<div class="list_news"><div class="list_news_title"><h2><a href="{p}">x</a></h2></div></div>'
                    for p in ("/cong-doan/cong-doan-phat-dong-thi-dua-100200.html",
                              "/cong-doan/co-phieu-flc-duoc-giao-dich-tro-lai-100201.html"))
    site.page("/cong-doan.html", f"<html><body>{items}</body></html>".encode())
    summary = crawl([url(server, "/cong-doan.html")], tmp_path, delay=0, options=FAST)
    assert len(summary.warc_files) == 1
    kinds = [kind for _, kind, _ in article_records(summary.warc_files)]
    assert kinds == ["robots", "listing", "article", "article"]
    articles = [p for p in iter_pages(summary.warc_files[0]) if p.url and p.url.endswith(("100200.html", "100201.html"))]
    assert [p.url for p in articles] == [url(server, "/cong-doan/cong-doan-phat-dong-thi-dua-100200.html"),
                                         url(server, "/cong-doan/co-phieu-flc-duoc-giao-dich-tro-lai-100201.html")]
    import unicodedata

    assert "Người lao động hưởng ứng." in unicodedata.normalize("NFC", articles[0].text)


def test_build_turns_the_crawl_into_articles_in_the_dataset(server, laodongthudo_site, tmp_path):
    from pipeline.build.incremental import build

    summary = crawl([url(server, "/cong-doan.html")], tmp_path / "raw", delay=0, options=FAST,
                    adapter=laodongthudo_adapter())
    build([tmp_path / "raw"], tmp_path / "thidua.sqlite")
    with sqlite3.connect(tmp_path / "thidua.sqlite") as db:
        urls = {row[0] for row in db.execute("SELECT url FROM articles")}
        titles = dict(db.execute("SELECT url, title FROM articles"))
        errors = db.execute("SELECT message FROM errors").fetchall()
    assert errors == []  # listing pages, robots.txt and sitemaps in the archive are not inputs that fail
    assert urls == set(summary.articles_saved)
    assert titles[url(server, list(ARTICLES)[2])] == "Cổ phiếu FLC được giao dịch trở lại"


def test_cli_crawl_prints_a_summary_and_resumes_incrementally(server, laodongthudo_site, tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    runner = CliRunner()
    args = ["crawl", url(server, "/cong-doan.html"), "--delay", "0", "--out", str(tmp_path), "--max-articles", "3"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "new articles" in result.stdout and "stopped: max-articles" in result.stdout
    assert len(list(tmp_path.glob("crawl-*.warc.gz"))) == 1 and (tmp_path / "crawl.sqlite").exists()
    again = runner.invoke(app, args)
    assert again.exit_code == 0 and "stopped: max-articles" in again.stdout
    with sqlite3.connect(tmp_path / STATE_FILE) as db:
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 6  # three more, none twice
    bad = runner.invoke(app, ["crawl", url(server, "/cong-doan.html"), "--since", "last week", "--out", str(tmp_path)])
    assert bad.exit_code == 2 and "is not a date" in bad.output


# -- who crawls: the contact in the User-Agent ----------------------------------------------------------


def test_the_contact_goes_into_the_user_agent_and_is_remembered(server, laodongthudo_site, tmp_path):
    site = laodongthudo_site
    crawl([url(server, "/cong-doan.html")], tmp_path, delay=0, options=FAST, adapter=laodongthudo_adapter(),
          max_pages=2, contact="nguyen.an@dai-hoc.edu.vn")
    agents = {headers.get("User-Agent", "") for _, _, headers in site.requests}
    assert agents == {"thidua/0.1 (research crawler for trade-union news; contact: nguyen.an@dai-hoc.edu.vn)"}
    site.requests.clear()
    crawl([url(server, "/cong-doan.html")], tmp_path, delay=0, options=FAST, adapter=laodongthudo_adapter(), max_pages=1)
    assert {headers.get("User-Agent", "") for _, _, headers in site.requests} == agents  # from crawl.sqlite


def test_a_real_site_without_a_contact_is_refused_before_any_request(tmp_path):
    with pytest.raises(FetchError, match="--contact"):
        crawl(["https://laodongthudo.vn/cong-doan"], tmp_path, delay=0, options=FAST, max_pages=1)
    assert not list(tmp_path.glob("*.warc*"))
    with pytest.raises(FetchError, match="neither an e-mail address nor an http"):
        crawl(["https://laodongthudo.vn/cong-doan"], tmp_path, delay=0, options=FAST, max_pages=1, contact="call me")


def test_the_crawl_command_refuses_without_a_contact(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["crawl", "https://laodongthudo.vn/cong-doan", "--max-pages", "1", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: a crawl of a real site needs a contact") and "--contact EMAIL_OR_URL" in result.stderr
