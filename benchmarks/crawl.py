"""Crawler speed: parsing listing and article pages (CPU only), and a 500-page crawl of a local server.

Usage: .venv/bin/python benchmarks/crawl.py [--pages 500] [--rounds 5]
Reads the saved pages of ../shared/pages in place (and tests/fixtures/site/); the crawl runs against
http.server on 127.0.0.1 in a thread with --delay 0. Nothing leaves the machine.
Target: parsing at least 100 pages/s per core.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.collect.crawl import crawl
from pipeline.collect.fetch import FetchOptions
from pipeline.ingest.decode import decode_body
from pipeline.collect.listing import parse_listing_generic, published_date
from pipeline.clean.sites.laodongthudo import parse_listing as parse_laodongthudo_listing

SHARED = ROOT.parent / "shared" / "pages"
FIXTURES = ROOT / "tests" / "fixtures" / "site"
LISTING_URLS = {
    "baochinhphu": "https://baochinhphu.vn/chinh-sach-va-cuoc-song/chinh-sach-moi.htm",
    "baodautu": "http://baodautu.vn/tai-chinh-chung-khoan-d6/", "cafef": "https://cafef.vn/thi-truong-chung-khoan.chn",
    "dantri_home": "https://dantri.com.vn/", "dantri_kinh": "https://dantri.com.vn/kinh-doanh.htm",
    "laodong": "https://www.laodong.vn/", "nld": "https://nld.com.vn/kinh-te.htm",
    "tuoitre": "https://tuoitre.vn/kinh-doanh.htm", "vietnamnet": "https://vietnamnet.vn/kinh-doanh",
    "vnexpress": "https://vnexpress.net/kinh-doanh",
}


def bench_parsing(rounds: int) -> None:
    listings = []
    for path in sorted((SHARED / "listing").glob("*.html")):
        base = next(url for key, url in LISTING_URLS.items() if path.name.startswith(key))
        listings.append((path.read_bytes(), base, parse_listing_generic))
    for path in sorted(FIXTURES.glob("listing-*.html")):
        listings.append((path.read_bytes(), "https://laodongthudo.vn/cong-doan.html", parse_laodongthudo_listing))
    articles = [path.read_bytes() for path in sorted((SHARED / "html").glob("*.html"))]

    started, cpu = time.perf_counter(), time.process_time()
    links = 0
    for _ in range(rounds):
        for data, base, parse in listings:
            text, _ = decode_body(data, "text/html")
            links += len(parse(text, base).articles)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    count = rounds * len(listings)
    size = sum(len(d) for d, _, _ in listings) / len(listings) / 1024
    print(f"listing pages: {count} parsed (decode + links + pagination): {count / cpu:.0f} pages per CPU second "
          f"({count / seconds:.0f}/s wall clock; mean {size:.0f} KB/page, {links // rounds} article links/round)")

    started, cpu = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for data in articles:
            text, _ = decode_body(data, "text/html")
            published_date(text)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    count = rounds * len(articles)
    size = sum(len(d) for d in articles) / len(articles) / 1024
    print(f"article pages: {count} read (decode + publication date): {count / cpu:.0f} pages per CPU second "
          f"({count / seconds:.0f}/s wall clock; mean {size:.0f} KB/page)")


def make_site(total_pages: int, per_listing: int = 19):
    """A site of listing pages (``per_listing`` articles each + next link) and articles, ``total_pages`` in all."""
    bodies = [path.read_bytes() for path in sorted((SHARED / "html").glob("*.html"))]
    listings = max(1, -(-total_pages // (per_listing + 1)))
    article_count = total_pages - listings
    routes: dict[str, bytes] = {"/robots.txt": b"User-agent: *\nDisallow: /rieng-tu/\n"}
    number = 0
    for page in range(1, listings + 1):
        items = []
        for _ in range(per_listing):
            if number >= article_count:
                break
            number += 1
            path = f"/cong-doan/bai-viet-so-{number}-ve-phong-trao-thi-dua-{100000 + number}.html"
            routes[path] = bodies[number % len(bodies)]
            items.append(f'<div class="list_news"><div class="list_news_title"><h2><a href="{path}">Bài {number}</a>'
                         "</h2></div></div>")
        next_link = f'<div class="paging"><a href="/cong-doan/trang-{page + 1}.html">Trang sau</a></div>' \
            if page < listings else ""
        name = "/cong-doan.html" if page == 1 else f"/cong-doan/trang-{page}.html"
        routes[name] = f'<html><body><div class="main">{"".join(items)}</div>{next_link}</body></html>'.encode()
    return routes


def bench_crawl(total_pages: int) -> None:
    routes = make_site(total_pages)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out in two writes

        def do_GET(self):  # noqa: N802
            body = routes.get(self.path)
            self.send_response(200 if body is not None else 404)
            body = body if body is not None else b"not found"
            self.send_header("Content-Type", "text/plain" if self.path.endswith(".txt") else "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        with tempfile.TemporaryDirectory() as out:
            options = FetchOptions(timeout=10, retries=1, backoff_base=0.01)
            adapter = type("Adapter", (), {"parse_listing": staticmethod(parse_laodongthudo_listing), "clean_article": None})
            started = time.perf_counter()
            summary = crawl([base + "/cong-doan.html"], out, delay=0, options=options, adapter=adapter)
            seconds = time.perf_counter() - started
            warc_mb = sum(Path(p).stat().st_size for p in summary.warc_files) / 2**20
    finally:
        server.shutdown()
    pages = summary.pages_fetched
    print(f"crawl: {pages} pages ({len(summary.articles_saved)} articles) from a local server with --delay 0 in "
          f"{seconds:.2f} s = {pages / seconds:.0f} pages/s; {len(summary.errors)} errors; WARC {warc_mb:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if not SHARED.exists():
        sys.exit(f"needs {SHARED} (the shared saved pages beside the clone)")
    bench_parsing(args.rounds)
    bench_crawl(args.pages)


if __name__ == "__main__":
    main()
