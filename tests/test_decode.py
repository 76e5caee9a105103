"""One decoder for saved files and fetched HTTP bodies (``pipeline.ingest.decode``).

The same bytes give the same text and the same encoding whether they are read from a file, from a WARC
record, or fetched from a real HTTP server on 127.0.0.1 and decoded as the crawler decodes them.
"""
from __future__ import annotations

import io

import pytest
from conftest import shared_path
from logs import logged, messages

from pipeline.collect.fetch import Fetcher, FetchOptions
from pipeline.ingest.decode import decode_body, decode_bytes
from pipeline.ingest.files import iter_pages, read_page
from test_ingest import VIETNAMESE, to_cp1258

OPTIONS = FetchOptions(delay=0, timeout=5.0, retries=0, obey_robots=False)


def _html(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>Công đoàn</title></head><body><p>{body}</p></body></html>"


# name -> (bytes, Content-Type the server sends)
SAMPLES = {
    "utf-8": (_html(VIETNAMESE).encode("utf-8"), "text/html"),
    "utf-8 under a server's default latin-1": (_html(VIETNAMESE).encode("utf-8"), "text/html; charset=ISO-8859-1"),
    "windows-1258 declared in the page": (to_cp1258(_html(VIETNAMESE, '<meta charset="windows-1258">')), "text/html"),
    "windows-1258 declared in the header": (to_cp1258(_html(VIETNAMESE)), "text/html; charset=windows-1258"),
    "windows-1258 mis-declared as latin-1": (to_cp1258(_html(VIETNAMESE)), "text/html; charset=iso-8859-1"),
    "utf-16 with a byte-order mark": (_html(VIETNAMESE).encode("utf-16"), "text/html"),
    "utf-8 cut in a character": (_html(VIETNAMESE * 5).encode("utf-8") + "ộ".encode()[:2], "text/html"),
    "mojibake (utf-8 once read as latin-1)": (None, "text/html; charset=utf-8"),
}


def _sample(name: str) -> tuple[bytes, str]:
    data, content_type = SAMPLES[name]
    if data is None:
        data = shared_path("pages", "listing", "laodong_home_2021_mojibake.html").read_bytes()
    return data, content_type


def _lines(text: str) -> str:
    """Text as a Page holds it (newlines normalised, no BOM character)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


def _warc(path, uri: str, content_type: str, body: bytes) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))


@pytest.mark.parametrize("name", list(SAMPLES))
def test_a_file_and_an_http_body_with_the_same_bytes_decode_the_same(httpserver, tmp_path, name):
    data, content_type = _sample(name)
    httpserver.expect_request("/page.html").respond_with_data(data, content_type=content_type)
    response = Fetcher(OPTIONS).get(httpserver.url_for("/page.html"))
    assert response.body == data
    text, encoding = decode_body(response.body, response.header("content-type"), response.final_url)
    # the body as the crawler archives it, read back by ingest: the same text, the same encoding
    _warc(tmp_path / "crawl.warc.gz", response.final_url, response.header("content-type"), response.body)
    (archived,) = iter_pages(tmp_path / "crawl.warc.gz")
    assert (archived.text, archived.encoding) == (_lines(text), encoding)
    if "charset" not in content_type:  # nothing but the bytes: a saved .html file is the same input
        path = tmp_path / "page.html"
        path.write_bytes(data)
        page = read_page(path)
        assert (page.text, page.encoding) == (_lines(text), encoding)
    assert ("Lao Động Online | LAODONG.VN" if "mojibake" in name else VIETNAMESE) in text


def test_the_same_bytes_give_the_same_answer_through_both_entry_points():
    for name in SAMPLES:
        data, content_type = _sample(name)
        assert decode_body(data, content_type) == decode_bytes(data, content_type=content_type, markup=True), name


def test_a_charset_the_bytes_contradict_loses_to_the_bytes():
    data, _ = _sample("windows-1258 mis-declared as latin-1")
    with logged() as records:
        text, encoding = decode_body(data, "text/html; charset=iso-8859-1", "http://x.vn/a")
    assert encoding == "cp1258" and VIETNAMESE in text
    assert "INFO pipeline.ingest.decode: http://x.vn/a: declared iso-8859-1 but the bytes are Vietnamese in cp1258" \
        in messages(records)


def test_a_body_the_decoder_refuses_is_still_read_and_the_fallback_logged():
    tcvn3 = "Liªn ®oµn Lao ®éng ViÖt Nam vµ c¸c c«ng ®oµn c¬ së ®· ph¸t ®éng nh÷ng phong trµo".encode("latin-1")
    with logged() as records:
        text, encoding = decode_body(b"<a href='/x-1.html'>" + tcvn3 + b"</a>", "text/html", "http://x.vn/list")
    assert text.startswith("<a href='/x-1.html'>") and encoding == "utf-8 (undecodable bytes replaced)"
    assert "http://x.vn/list: encoding TCVN3 (ABC) is not supported" in messages(records)
    assert "read as UTF-8 with replacement characters instead" in messages(records)
