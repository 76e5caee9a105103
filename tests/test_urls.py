"""Hosts and URLs said one way (``pipeline.urls``), and every room asking it rather than its own helper."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.clean.sites import adapter_for
from pipeline.clean.text_page import clean_text_page
from pipeline.collect.listing import parse_listing_generic
from pipeline.records import Page
from pipeline.urls import MIRROR_PREFIXES, host_of, origin_of, same_site, site_of

PIPELINE = Path(__file__).resolve().parents[1] / "pipeline"


@pytest.mark.parametrize("given, host, mirrorless", [
    ("https://www.Laodongthudo.vn:443/cong-doan/a-1.html", "laodongthudo.vn", "laodongthudo.vn"),
    ("www.laodongthudo.vn/cong-doan", "laodongthudo.vn", "laodongthudo.vn"),  # a bare host, as a source is
    ("laodongthudo.vn", "laodongthudo.vn", "laodongthudo.vn"),
    ("https://m.sggp.org.vn/a.html", "m.sggp.org.vn", "sggp.org.vn"),
    ("https://amp.laodong.vn/x.ldo", "amp.laodong.vn", "laodong.vn"),
    ("http://tacnghiep.laodongthudo.vn./a", "tacnghiep.laodongthudo.vn", "tacnghiep.laodongthudo.vn"),
    ("http://127.0.0.1:8000/a", "127.0.0.1", "127.0.0.1"),
    ("//www.nld.com.vn/a", "nld.com.vn", "nld.com.vn"),
    ("", "", ""), (None, "", ""), ("http://[::1/a", "", ""),
])
def test_host_of(given, host, mirrorless):
    assert host_of(given) == host
    assert host_of(given, MIRROR_PREFIXES) == mirrorless


def test_site_of_keeps_what_makes_two_sites():
    assert site_of("https://www.laodongthudo.vn/a") == site_of("https://laodongthudo.vn:443/b") == "laodongthudo.vn"
    assert site_of("http://127.0.0.1:8000/a") == "127.0.0.1:8000" != site_of("http://127.0.0.1:8001/a")
    assert not same_site("https://dulich.laodong.vn/a", "https://laodong.vn/b")  # a subdomain is a site of its own
    assert not same_site("https://m.laodong.vn/a", "https://laodong.vn/b")  # a mobile copy is fetched apart
    assert same_site("HTTP://WWW.X.VN:80/a", "http://x.vn/b")
    assert site_of("trang-2.html") == ""  # a relative link has no site
    assert origin_of("https://www.laodongthudo.vn:8443/a?b=1") == "https://www.laodongthudo.vn:8443"


def test_every_room_names_a_host_the_same_way():
    # the adapter of a site, for a URL or a bare host, www. or not
    for given in ("https://www.laodongthudo.vn/a-123456.html", "laodongthudo.vn", "WWW.LAODONGTHUDO.VN",
                  "https://tacnghiep.laodongthudo.vn/b.html"):
        assert adapter_for(given) is not None and adapter_for(given).host == "laodongthudo.vn"
    assert adapter_for("https://laodongthudo.vn.evil.example/a") is None
    # the source of a text page: www. and amp. folded, a mobile copy named as such (as the gold does)
    page = Page(source="a.txt", text="Tiêu đề bài viết\n\nĐoạn một của bài.", media_type="text",
                url="https://amp.laodong.vn/cong-doan/a-1.ldo")
    assert clean_text_page(page).source == "laodong.vn"
    assert clean_text_page(Page(source="b.txt", text=page.text, media_type="text",
                                url="https://m.sggp.org.vn/a-1.html")).source == "m.sggp.org.vn"
    # a listing keeps the links of its own site, whichever way the host is written
    html = ('<a href="https://WWW.x.vn:443/tin/cong-doan-phat-dong-thi-dua-123456.html">Công đoàn phát động</a>'
            '<a href="https://y.vn/tin/cong-doan-phat-dong-thi-dua-123457.html">Nơi khác</a>'
            '<a href="/tin/nguoi-lao-dong-huong-ung-123458.html">Người lao động</a>')
    listing = parse_listing_generic(html, "https://x.vn/tin")
    assert [link.url for link in listing.articles] == ["https://www.x.vn/tin/cong-doan-phat-dong-thi-dua-123456.html",
                                                       "https://x.vn/tin/nguoi-lao-dong-huong-ung-123458.html"]


def test_no_room_keeps_a_host_helper_of_its_own():
    """Folding ``www.``/``m.``/``amp.`` or taking a URL's host is done in pipeline/urls.py only."""
    pattern = re.compile(r"""removeprefix\(["']www|startswith\(["']www\.|www\|m\|amp|["']www\.["']|"""
                         r"""urlsplit\([^)]*\)\.(?:hostname|netloc)|def _?(?:host|site|origin)(?:_of)?\(""")
    found = [f"{path.relative_to(PIPELINE)}:{number}: {line.strip()}"
             for path in sorted(PIPELINE.rglob("*.py")) if path.name != "urls.py"
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert found == []
