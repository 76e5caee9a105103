"""HTML cleaning: every saved real page against its hand-written expectations, the laodongthudo.vn
adapter on its fixture, and the measured margin over plain trafilatura."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SHARED, shared_path

from pipeline.clean.text_page import clean_page
from pipeline.ingest.files import read_page
from pipeline.records import Article, Page, ParseError
from pipeline.clean.sites import SiteAdapter, adapter_for, clean_html, laodongthudo
from pipeline.clean.evaluate import FIELDS, baseline_article, check_article
from pipeline.clean.sites.generic import iso_timestamp, squash, visible_timestamp

FIXTURES = Path(__file__).parent / "fixtures" / "laodongthudo"
EXPECTED = sorted((SHARED / "pages" / "expected").glob("*.json"))


def _expected_page(stem: str) -> tuple[dict, Page]:
    expected = json.loads(shared_path("pages", "expected", f"{stem}.json").read_text(encoding="utf-8"))
    return expected, read_page(shared_path("pages", "html", f"{stem}.html"))


@pytest.mark.parametrize("stem", [p.stem for p in EXPECTED] or ["dantri_01"])
def test_real_page_matches_expectations(stem):
    expected, page = _expected_page(stem)
    article = clean_page(page)
    assert article.title == expected["title"]
    assert article.url == expected["url"]
    assert article.published == expected["published"]  # full timestamp, not only the date
    assert article.author == expected["author"]
    assert article.lead and article.lead.startswith(expected["sapo_first_words"])
    body = [squash(p) for p in article.paragraphs]
    assert body[0].startswith(expected["body_first_words"])
    assert body[-1].endswith(expected["body_last_words"])
    # the sapo and the headline are not repeated in the body
    assert squash(article.title) not in body and squash(article.lead) not in body


def test_all_expected_pages_are_checked():
    assert len(list(shared_path("pages", "expected").glob("*.json"))) == len(EXPECTED) >= 10


def test_noise_stays_out_of_real_bodies():
    """Related boxes, captions and credits of the traps listed in pages/SOURCES.md."""
    _, page = _expected_page("baodautu_01")
    article = clean_html(page)
    assert "Giao dịch Hợp đồng tương lai VN30 giảm gần 20% trong tháng 2/2026" in article.related_headlines
    assert not any("VN30" in p for p in article.paragraphs)
    _, page = _expected_page("tuoitre_01")
    body = clean_html(page).body
    assert "NHẬT XUÂN" not in body
    _, page = _expected_page("cafef_01")
    article = clean_html(page)
    assert article.paragraphs[-1] != "Nhịp sống thị trường" and "\ufeff" not in article.text
    _, page = _expected_page("dantri_05")
    assert not any(p.startswith("Theo") and len(p) < 40 for p in clean_html(page).paragraphs)
    _, page = _expected_page("baochinhphu_01")
    article = clean_html(page)
    assert not {"Tải ứng dụng:", "BÁO ĐIỆN TỬ CHÍNH PHỦ", "01/03/2026", "09:51"} & set(article.paragraphs)


def test_photo_story_body_is_its_captions():
    _, page = _expected_page("dantri_06")
    article = clean_html(page)
    assert len(article.paragraphs) >= 5 and article.lead not in article.paragraphs


def test_decomposed_unicode_comes_out_composed():
    _, page = _expected_page("baodautu_01")
    text = clean_html(page).text
    assert "ngừa, ngăn chặn" in text and "\u0300" not in text and "\u0301" not in text


def test_cleaner_beats_plain_trafilatura():
    """Measured on every expected page: ours must score strictly higher, and miss nothing."""
    shared_path("pages", "expected")
    ours = theirs = 0
    for path in EXPECTED:
        expected, page = _expected_page(path.stem)
        ours += sum(check_article(clean_html(page), expected).values())
        theirs += sum(check_article(baseline_article(page), expected).values())
    total = len(EXPECTED) * len(FIELDS)
    assert ours > theirs
    assert ours == total, f"ours {ours}/{total}, trafilatura {theirs}/{total}"


# --- laodongthudo.vn ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ldtd_article() -> Article:
    return clean_page(read_page(FIXTURES / "article_thanh_xuan.html"))


def test_laodongthudo_article(ldtd_article):
    a = ldtd_article
    assert a.source == "laodongthudo.vn"
    assert a.url.endswith("-121634.html")
    assert a.kicker == "Liên đoàn Lao động quận Thanh Xuân:"
    assert a.title == "Chú trọng triển khai các phong trào thi đua yêu nước trong công nhân viên chức lao động"
    assert a.lead.startswith("(LĐTĐ) Ngay từ những tháng đầu năm 2021") and a.lead.endswith("nhiệm vụ đề ra.")
    assert a.published == "2021-05-12T09:31:00+07:00"
    assert a.author == "Đỗ Đạt"
    assert a.paragraphs[0].startswith("Trong những năm qua, các phong trào thi đua")
    assert a.paragraphs[-1].endswith("“Sáng kiến sáng tạo” năm 2021.")
    assert "Tiếp tục đẩy mạnh thi đua sáng kiến" in a.paragraphs  # in-body subheading is body
    assert a.text.startswith("Liên đoàn Lao động quận Thanh Xuân:\n\nChú trọng")


def test_laodongthudo_noise_left_out(ldtd_article):
    a = ldtd_article
    body = a.body
    for noise in ("Khơi dậy sức mạnh", "luôn được các cấp Công đoàn quận Thanh Xuân chú trọng triển khai",
                  "Tin khác", "Có thể bạn quan tâm", "Hơn 1.000 đoàn viên", "Đỗ Đạt", "Tags", "Chia sẻ",
                  "Cơ quan chủ quản"):
        assert noise not in body, noise
    assert "Khơi dậy sức mạnh từ các phong trào thi đua yêu nước" in a.related_headlines
    assert "Hơn 1.000 đoàn viên được hỗ trợ trong đợt dịch" in a.related_headlines


def test_laodongthudo_page_of_another_shape_falls_back_to_generic():
    html = ("<html><head><title>Tin | Lao động Thủ đô</title></head><body><h1>Một tiêu đề đủ dài để là tin</h1>"
            "<div class='content'><p>" + "Công đoàn cơ sở phát động thi đua. " * 20 + "</p><p>"
            + "Người lao động hưởng ứng. " * 20 + "</p></div></body></html>")
    page = Page(source="x", text=html, media_type="html", url="https://laodongthudo.vn/a-1.html")
    article = laodongthudo.clean_article(page)
    assert article.title == "Một tiêu đề đủ dài để là tin" and len(article.paragraphs) == 2


def _counting_parsers(monkeypatch) -> dict[str, int]:
    """Counts the parses made while a page is cleaned: beautifulsoup4 soups, and lxml documents (the
    generic cleaner's and listing reader's parser)."""
    import lxml.html

    counts = {"bs4": 0, "lxml": 0}

    class CountedSoup(laodongthudo.BeautifulSoup):
        def __init__(self, *args, **kwargs):
            counts["bs4"] += 1
            super().__init__(*args, **kwargs)

    parse = lxml.html.document_fromstring

    def counted_document(*args, **kwargs):
        counts["lxml"] += 1
        return parse(*args, **kwargs)

    monkeypatch.setattr(laodongthudo, "BeautifulSoup", CountedSoup)
    monkeypatch.setattr(lxml.html, "document_fromstring", counted_document)
    return counts


def test_laodongthudo_article_is_parsed_once_by_beautifulsoup_over_lxml(monkeypatch):
    counts = _counting_parsers(monkeypatch)
    article = laodongthudo.clean_article(read_page(FIXTURES / "article_thanh_xuan.html"))
    assert article.url.endswith("-121634.html") and article.published == "2021-05-12T09:31:00+07:00"
    assert counts == {"bs4": 1, "lxml": 0}


def test_laodongthudo_listing_is_parsed_once(monkeypatch):
    from conftest import ROOT

    counts = _counting_parsers(monkeypatch)
    html = (ROOT / "tests" / "fixtures" / "site" / "listing-1.html").read_text(encoding="utf-8")
    assert laodongthudo.parse_listing(html, "https://laodongthudo.vn/cong-doan.html").articles
    other = ('<html><body><a href="/cong-doan/cong-doan-phat-dong-thi-dua-123456.html">Công đoàn phát động thi đua</a>'
             '</body></html>')  # no list_news items: read as any listing, from the same parse
    listing = laodongthudo.parse_listing(other, "https://laodongthudo.vn/cong-doan.html")
    assert [a.url for a in listing.articles] == ["https://laodongthudo.vn/cong-doan/cong-doan-phat-dong-thi-dua-123456.html"]
    assert counts == {"bs4": 0, "lxml": 2}


@pytest.mark.parametrize("head, published", [
    ('<meta property="article:published_time" content="2021-05-12T09:31:00+07:00">', "2021-05-12T09:31:00+07:00"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-05-13T08:00:00+07:00"}</script>',
     "2021-05-13T08:00:00+07:00"),
    ("", "2021-05-14T07:15:00+07:00"),  # <time datetime> in the body
])
def test_laodongthudo_metadata_from_the_one_parse(head, published):
    """Without the visible "09:31 | 12/05/2021" line, the time comes from the same soup's metadata."""
    time_el = '<time datetime="2021-05-14T07:15:00+07:00">hôm nay</time>' if not head else ""
    html = (f'<html><head>{head}<link rel="canonical" href="https://laodongthudo.vn/bai-viet-121634.html">'
            f"</head><body><h1>Chú trọng triển khai các phong trào thi đua</h1>{time_el}"
            "<div class='sapo'>(LĐTĐ) Ngay từ những tháng đầu năm 2021, Công đoàn quận đã phát động thi đua.</div>"
            "<div class='content'><p>" + "Người lao động hưởng ứng phong trào. " * 5 + "</p></div></body></html>")
    page = Page(source="x.html", text=html, media_type="html", url="https://laodongthudo.vn/bai-viet-121634.html?utm_source=fb")
    article = laodongthudo.clean_article(page)
    assert article.published == published and article.url == "https://laodongthudo.vn/bai-viet-121634.html"
    assert article.lead.startswith("(LĐTĐ)") and article.source == "laodongthudo.vn"


# --- registry and helpers -----------------------------------------------------------------------


@pytest.mark.parametrize("value", ["https://laodongthudo.vn/a-185832.html", "http://www.laodongthudo.vn/quoc-te",
                                   "laodongthudo.vn", "LAODONGTHUDO.VN", "https://m.laodongthudo.vn/x"])
def test_adapter_for_laodongthudo(value):
    adapter = adapter_for(value)
    assert isinstance(adapter, SiteAdapter) and adapter.host == "laodongthudo.vn"
    assert adapter.clean_article is laodongthudo.clean_article


@pytest.mark.parametrize("value", [None, "", "https://dantri.com.vn/a.htm", "notlaodongthudo.vn",
                                   "https://laodongthudo.vn.evil.com/a"])
def test_no_adapter(value):
    assert adapter_for(value) is None


def test_truncated_or_empty_html_raises_parse_error():
    with pytest.raises(ParseError):
        clean_html(Page(source="e.html", text="   ", media_type="html"))
    with pytest.raises(ParseError):
        clean_html(Page(source="t.html", text="<html><head><title></title></head><body><div>",
                        media_type="html"))


@pytest.mark.parametrize("raw, iso", [
    ("2026-03-07T08:52:11.000 +07:00", "2026-03-07T08:52:11+07:00"),
    ("2026-03-07T00:01:00", "2026-03-07T00:01:00+07:00"),
    ("2026-03-01T09:51:00+0700", "2026-03-01T09:51:00+07:00"),
    ("2026-03-01T02:51:00Z", "2026-03-01T02:51:00+00:00"),
    ("2026-03-01", "2026-03-01"),
    ("tháng trước", None),
])
def test_iso_timestamp(raw, iso):
    assert iso_timestamp(raw) == iso


@pytest.mark.parametrize("raw, iso", [
    ("Nguyên Minh - 07/03/2026 08:47", "2026-03-07T08:47:00+07:00"),
    ("08:49 | 06/08/2021", "2021-08-06T08:49:00+07:00"),
    ("Thứ Bảy, 07/03/2026 - 08:52", "2026-03-07T08:52:00+07:00"),
    ("07/03/2026", None),
    ("32/13/2026 08:00", None),
])
def test_visible_timestamp(raw, iso):
    assert visible_timestamp(raw) == iso


@pytest.mark.parametrize("name", ["dantri_home.html", "vnexpress_kinh-doanh.html", "laodong_home_2021_mojibake.html"])
def test_listing_and_home_pages_are_not_articles(name):
    page = read_page(shared_path("pages", "listing", name))
    with pytest.raises(ParseError, match="not an article"):
        clean_html(page)


def test_article_url_is_the_canonical_one():
    _, page = _expected_page("vietnamnet_01")
    fetched = Page(source=page.source, text=page.text, media_type="html",
                   url="https://vietnamnet.vn/co-phieu-flc-duoc-giao-dich-tro-lai-2495349.html?utm_source=zalo")
    assert clean_html(fetched).url == clean_html(page).url == page.url
    assert clean_html(fetched).article_id == clean_html(page).article_id
