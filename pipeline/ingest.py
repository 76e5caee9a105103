"""Reading saved inputs into ``Page`` records: the left edge of the pipeline (file I/O only here).

(Minimal first version: UTF-8 ``.txt`` pages with optional ``URL:`` / ``Published:`` header lines.)
"""
from __future__ import annotations

from pathlib import Path

from .records import Page, ReadError

HEADER_KEYS = {"url": "url", "published": "published"}


def parse_text_page(text: str, source: str) -> Page:
    """A ``.txt`` page: optional ``Key: value`` header lines, then one empty line, then the text."""
    url = published = None
    lines = text.split("\n")
    header: dict[str, str] = {}
    index = 0
    while index < len(lines) and ":" in lines[index]:
        key, _, value = lines[index].partition(":")
        if key.strip().lower() not in HEADER_KEYS:
            break
        header[HEADER_KEYS[key.strip().lower()]] = value.strip()
        index += 1
    if header and index < len(lines) and not lines[index].strip():
        url = header.get("url") or None
        published = header.get("published") or None
        text = "\n".join(lines[index + 1:])
    return Page(source=source, text=text, media_type="text", url=url, published=published)


def read_page(path: str | Path) -> Page:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(f"{path}: cannot read: {error.strerror or error}") from error
    if not data.strip():
        raise ReadError(f"{path}: empty file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ReadError(f"{path}: not UTF-8 text") from error
    return parse_text_page(text.replace("\r\n", "\n"), str(path))
