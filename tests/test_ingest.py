"""Reading saved files into Pages: headers, encodings, refusals, WARC archives, folder walking."""
from __future__ import annotations

import gzip
import io
import time
import unicodedata

import pytest
from conftest import shared_path

from pipeline.ingest.decode import decode_bytes, vietnamese_score
from pipeline.ingest.files import iter_input_files, iter_pages, parse_text_page, read_page
from pipeline.records import ReadError

VIETNAMESE = (
    "Liên đoàn Lao động quận Thanh Xuân phát động phong trào thi đua yêu nước năm 2021; "
    "người lao động hưởng ứng “Lao động giỏi – Lao động sáng tạo”, đạt kết quả tốt."
)
TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes the way Vietnamese Windows software writes them: base letters (â, ơ, ư,
    đ...) precomposed where the code page has them, tone marks as combining characters."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += (base + "".join(c for c in parts if c in TONES)).encode("cp1258")
    return bytes(out)


# --- .txt pages ---------------------------------------------------------------------------------


def test_txt_headers_are_provenance_not_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("URL: https://laodongthudo.vn/a-123.html\nPublished: 2021-05-12\n\nTiêu đề\n\nĐoạn một.\n",
                    encoding="utf-8")
    page = read_page(path)
    assert page.url == "https://laodongthudo.vn/a-123.html"
    assert page.published == "2021-05-12"
    assert page.text == "Tiêu đề\n\nĐoạn một.\n"
    assert page.media_type == "text" and page.source == str(path) and page.encoding == "utf-8"


def test_txt_without_headers_keeps_first_line():
    page = parse_text_page("Liên đoàn Lao động quận Thanh Xuân:\n\nTiêu đề", "x.txt")
    assert page.url is None and page.text.startswith("Liên đoàn")


def test_utf8_bom_and_crlf(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "URL: http://x.vn/a\r\n\r\nTiêu đề\r\nThân bài.".encode("utf-8"))
    page = read_page(path)
    assert page.url == "http://x.vn/a" and page.text == "Tiêu đề\nThân bài." and page.encoding == "utf-8-sig"


def test_seed_corpus_files_read():
    from conftest import CORPUS

    files = list(iter_input_files([CORPUS]))
    assert files and all(read_page(f).text.strip() for f in files)


# --- legacy encodings ---------------------------------------------------------------------------


def test_cp1258_is_detected_and_normalised(tmp_path):
    data = to_cp1258(VIETNAMESE)
    assert b"\xcc" in data or b"\xd2" in data  # really written with combining tone marks
    path = tmp_path / "cp1258.txt"
    path.write_bytes(data)
    page = read_page(path)
    assert page.encoding == "cp1258"
    assert page.text == VIETNAMESE  # NFC, identical to the original


def test_cp1258_html_declared_in_meta(tmp_path):
    html = f'<html><head><meta charset="windows-1258"></head><body><p>{VIETNAMESE}</p></body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(to_cp1258(html))
    page = read_page(path)
    assert page.media_type == "html" and page.encoding == "windows-1258" and VIETNAMESE in page.text


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_bom(tmp_path, codec):
    path = tmp_path / "u16.txt"
    data = VIETNAMESE.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    page = read_page(path)
    assert page.text == VIETNAMESE and page.encoding.startswith("utf-16")


def test_tcvn3_is_refused_by_name():
    tcvn3 = "Liªn ®oµn Lao ®éng ViÖt Nam vµ c¸c c«ng ®oµn c¬ së ®· ph¸t ®éng nh÷ng phong trµo".encode("latin-1")
    with pytest.raises(ReadError, match="TCVN3.*not supported"):
        decode_bytes(tcvn3, "old.txt")


def test_vni_is_refused_by_name():
    vni = "Lieân ñoaøn Lao ñoäng Vieät Nam vaø caùc coâng ñoaøn ñaõ phaùt ñoäng nhöõng".encode("latin-1")
    with pytest.raises(ReadError, match="VNI.*not supported"):
        decode_bytes(vni, "old.txt")


def test_mojibake_page_is_repaired():
    """A UTF-8 page once read as Latin-1 and saved again (``Lao Äá»ng``) is restored."""
    page = read_page(shared_path("pages", "listing", "laodong_home_2021_mojibake.html"))
    assert "mojibake" in page.encoding
    assert "<title>Lao Động Online | LAODONG.VN - Tin tức mới nhất 24h</title>" in page.text
    assert vietnamese_score(page.text) > 0.95


def test_undecodable_bytes():
    with pytest.raises(ReadError, match="undecodable"):
        decode_bytes(bytes(range(128, 256)) * 20, "x.txt")


# --- refusals -----------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t "])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError, match="empty file"):
        read_page(path)


@pytest.mark.parametrize("content", [b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n....", b"abc\x00\x01\x02def"])
def test_binary_file(tmp_path, content):
    path = tmp_path / "b.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError, match="binary file"):
        read_page(path)


def test_huge_file_is_refused_fast(tmp_path):
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:  # sparse: 100 MB without writing them
        handle.truncate(100 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(ReadError, match="too large"):
        read_page(path)
    assert time.perf_counter() - started < 0.5


def test_size_cap_is_configurable(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(VIETNAMESE * 10, encoding="utf-8")
    with pytest.raises(ReadError, match="too large"):
        read_page(path, max_bytes=100)
    assert read_page(path, max_bytes=10_000).text.startswith("Liên")


def test_vanished_file(tmp_path):
    path = tmp_path / "gone.txt"
    path.write_text("x", encoding="utf-8")
    files = iter_input_files([tmp_path])
    first = next(files)
    path.unlink()
    with pytest.raises(ReadError, match="file not found"):
        read_page(first)


def test_folder_is_not_a_page(tmp_path):
    with pytest.raises(ReadError, match="folder"):
        read_page(tmp_path)


# --- HTML pages ---------------------------------------------------------------------------------


def test_html_url_from_og_url_then_canonical(tmp_path):
    path = tmp_path / "a.html"
    path.write_text('<html><head><link href="https://x.vn/b.html" rel="canonical">'
                    '<meta content="https://x.vn/a.html" property="og:url"></head><body>Chào</body></html>',
                    encoding="utf-8")
    assert read_page(path).url == "https://x.vn/a.html"
    path.write_text('<html><head><link rel="canonical" href="https://x.vn/b.html"></head><body>Chào</body></html>',
                    encoding="utf-8")
    assert read_page(path).url == "https://x.vn/b.html"


def test_shared_html_pages_read_with_their_urls():
    for path in sorted(shared_path("pages", "html").glob("*.html")):
        page = read_page(path)
        assert page.media_type == "html" and page.encoding == "utf-8"
        assert page.url and page.url.startswith("https://")


# --- WARC archives ------------------------------------------------------------------------------


def _write_warc(path, records):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        for uri, content_type, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_round_trip(tmp_path, name):
    path = tmp_path / name
    _write_warc(path, [
        ("https://laodongthudo.vn/a-1.html", "text/html; charset=utf-8",
         f"<html><body><h1>Tiêu đề</h1><p>{VIETNAMESE}</p></body></html>".encode("utf-8")),
        ("https://laodongthudo.vn/logo.png", "image/png", b"\x89PNG...."),
        ("https://laodongthudo.vn/b-2.html", "text/html; charset=windows-1258",
         to_cp1258(f"<html><body><p>{VIETNAMESE}</p></body></html>")),
    ])
    pages = list(iter_pages(path))
    assert [p.url for p in pages] == ["https://laodongthudo.vn/a-1.html", "https://laodongthudo.vn/b-2.html"]
    assert [p.source for p in pages] == [f"{path}#0", f"{path}#2"]
    assert all(VIETNAMESE in p.text and p.media_type == "html" and p.fetched_at for p in pages)
    assert pages[1].encoding == "windows-1258"
    with pytest.raises(ReadError, match="holds 2 HTML pages"):
        read_page(path)


@pytest.mark.parametrize("name, data", [
    ("bad.warc.gz", gzip.compress(b"this is not a warc record\r\n\r\n")),
    ("bad.warc", b"garbage text here\n"),
])
def test_damaged_warc(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError, match="WARC"):
        list(iter_pages(path))


def test_plain_file_yields_one_page(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(VIETNAMESE, encoding="utf-8")
    assert [p.text for p in iter_pages(path)] == [VIETNAMESE]


# --- folder walking -----------------------------------------------------------------------------


def test_folder_walk_sorted_filtered_lazy(tmp_path):
    for name in ["b.html", "a.txt", "README.md", "SOURCES.tsv", "SOURCES.txt", ".hidden.txt", "notes.md",
                 "c.htm", "d.warc.gz", "e.warc", "img.png", "readme.txt"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "z.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x", encoding="utf-8")
    walked = iter_input_files([tmp_path])
    assert next(walked).name == "a.txt"  # a generator: nothing read before it is asked for
    assert [p.name for p in walked] == ["b.html", "c.htm", "d.warc.gz", "e.warc", "z.txt"]


def test_explicit_files_are_yielded_as_given(tmp_path):
    missing = tmp_path / "missing.txt"
    assert list(iter_input_files([missing, str(missing)])) == [missing, missing]


def test_shared_articles_folder_skips_notes():
    names = [p.name for p in iter_input_files([shared_path("articles")])]
    assert names and "README.md" not in names and "SOURCES.tsv" not in names
    assert names == sorted(names)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path, codec):
    path = tmp_path / "u16.txt"
    path.write_bytes(VIETNAMESE.encode(codec))
    page = read_page(path)
    assert page.text == VIETNAMESE and page.encoding == codec


def test_utf8_with_a_few_broken_bytes_is_kept(tmp_path):
    data = (VIETNAMESE * 5).encode("utf-8")
    path = tmp_path / "cut.txt"
    path.write_bytes(data + "ộ".encode("utf-8")[:2])  # cut in the middle of a character
    page = read_page(path)
    assert page.text.startswith(VIETNAMESE) and page.encoding == "utf-8 (1 bad bytes replaced)"


def test_declared_legacy_charset_of_a_non_vietnamese_page(tmp_path):
    path = tmp_path / "fr.html"
    path.write_bytes('<meta charset="iso-8859-1"><p>Café crème à Paris, déjà vu.</p>'.encode("latin-1"))
    page = read_page(path)
    assert page.encoding == "iso-8859-1" and "Café crème" in page.text


def test_warc_page_url_is_the_fetched_url(tmp_path):
    path = tmp_path / "one.warc.gz"
    _write_warc(path, [("https://laodongthudo.vn/a-1.html?utm_source=fb", "text/html",
                        b'<html><head><meta property="og:url" content="https://laodongthudo.vn/a-1.html">'
                        b"</head><body>x</body></html>")])
    assert read_page(path).url == "https://laodongthudo.vn/a-1.html?utm_source=fb"


def test_cp1258_page_mis_declared_as_latin1(tmp_path):
    """Old Vietnamese sites often declared iso-8859-1 over Windows-1258 bytes: the bytes win."""
    html = f'<html><head><meta charset="iso-8859-1"></head><body><p>{VIETNAMESE}</p></body></html>'
    path = tmp_path / "old.html"
    path.write_bytes(to_cp1258(html))
    page = read_page(path)
    assert page.encoding == "cp1258" and VIETNAMESE in page.text
