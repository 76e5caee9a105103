"""Reading saved inputs into ``Page`` records: the left edge of the pipeline (file I/O only here).

Inputs are saved ``.txt`` pages (optional ``URL:`` / ``Published:`` header lines), saved ``.html``
pages and WARC archives (``.warc`` / ``.warc.gz``, one page per HTML response record). Bytes are
decoded once, by ``decode.decode_bytes`` (the decoder HTTP bodies go through too), so that cleaning
always works on ``str``.
"""
from __future__ import annotations

import errno
import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import Page, ReadError
from .decode import decode_bytes

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # a news page is < 2 MB; bigger files are not articles
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".warc", ".warc.gz")
ARCHIVE_SUFFIXES = (".warc", ".warc.gz")
# Notes that sit beside saved pages in a folder and are never articles.
NOT_ARTICLE_STEMS = {"readme", "sources", "license", "licence", "changelog", "notice"}

HEADER_KEYS = {"url": "url", "published": "published"}

_META_TAG_RE = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_LINK_TAG_RE = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_ATTR_RE = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


# ---------------------------------------------------------------------------------------------
# .txt pages


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


# ---------------------------------------------------------------------------------------------
# HTML metadata needed before cleaning


def _attributes(tag: str) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR_RE.finditer(tag)}


def html_url(html: str) -> str | None:
    """The page's own URL: ``og:url``, else ``<link rel=canonical>`` (attribute order free)."""
    head = html[:300_000]
    for tag in _META_TAG_RE.findall(head):
        attrs = _attributes(tag)
        if (attrs.get("property") or attrs.get("name") or "").lower() == "og:url" and attrs.get("content", "").strip():
            return attrs["content"].strip()
    for tag in _LINK_TAG_RE.findall(head):
        attrs = _attributes(tag)
        if "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href", "").strip():
            return attrs["href"].strip()
    return None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def page_from_bytes(data: bytes, source: str, media_type: str, url: str | None = None,
                    fetched_at: str | None = None, content_type: str | None = None) -> Page:
    """Decode one page's bytes into a ``Page`` (``media_type`` is "text" or "html"; ``content_type``
    the HTTP header it was fetched with, when it was)."""
    if not data.strip():
        raise ReadError(f"{source}: empty file")
    text, encoding = decode_bytes(data, source, content_type=content_type, markup=media_type == "html")
    log.debug("%s: %s page of %d bytes in %s", source, media_type, len(data), encoding)
    text = _normalise_newlines(text).lstrip("\ufeff")
    if not text.strip():
        raise ReadError(f"{source}: empty file")
    if media_type == "text":
        page = parse_text_page(text, source)
        return Page(source=source, text=page.text, media_type="text", url=page.url or url,
                    published=page.published, fetched_at=fetched_at, encoding=encoding)
    # the URL it was fetched from (WARC-Target-URI) when known, else the page's own og:url/canonical
    return Page(source=source, text=text, media_type="html", url=url or html_url(text),
                fetched_at=fetched_at, encoding=encoding)


# ---------------------------------------------------------------------------------------------
# files


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def media_type_for(path: Path, data: bytes = b"") -> str:
    """"html" for .html/.htm (or markup-looking bytes under another suffix), else "text"."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return "html"
    if suffix == ".txt":
        return "text"
    head = data[:1024].lstrip().lower()
    return "html" if head.startswith((b"<!doctype html", b"<html", b"<?xml")) else "text"


def _read_capped(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing (before reading) anything over ``max_bytes``."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"{path}: too large ({size / 2**20:.1f} MiB > limit {max_bytes / 2**20:.1f} MiB)")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as error:
        raise ReadError(f"{path}: file not found (missing or removed)") from error
    except IsADirectoryError as error:
        try:
            with os.scandir(path):
                pass
        except OSError as listing:  # a folder that could not be walked (see iter_input_files)
            raise ReadError(f"{path}: cannot read the folder: {listing.strerror or listing}") from listing
        raise ReadError(f"{path}: is a folder, not a file") from error
    except OSError as error:
        raise ReadError(f"{path}: cannot read: {error.strerror or error}") from error
    if len(data) > max_bytes:  # grew while we looked
        raise ReadError(f"{path}: too large (> limit {max_bytes / 2**20:.1f} MiB)")
    return data


def read_page(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """One saved page. An archive is accepted when it holds exactly one HTML page."""
    path = Path(path)
    if is_archive(path):
        pages = list(iter_pages(path, max_bytes))
        if len(pages) != 1:
            raise ReadError(f"{path}: archive holds {len(pages)} HTML pages; read it with iter_pages")
        return pages[0]
    data = _read_capped(path, max_bytes)
    return page_from_bytes(data, str(path), media_type_for(path, data))


def iter_pages(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Page]:
    """The pages of one input file: each HTML response of a WARC archive, or the file itself.

    For an archive ``max_bytes`` caps each record, not the archive. A damaged archive raises
    ReadError after yielding the records before the damage.
    """
    path = Path(path)
    if is_archive(path):
        yield from _iter_warc(path, max_bytes)
    else:
        yield read_page(path, max_bytes)


def _iter_warc(path: Path, max_bytes: int) -> Iterator[Page]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        handle = path.open("rb")
    except FileNotFoundError as error:
        raise ReadError(f"{path}: file not found (missing or removed)") from error
    except OSError as error:
        raise ReadError(f"{path}: cannot read: {error.strerror or error}") from error
    with handle:
        try:
            for index, record in enumerate(ArchiveIterator(handle)):
                if not str(record.format).startswith("warc"):
                    raise ReadError(f"{path}#{index}: not a WARC record (damaged or not a WARC archive)")
                if record.rec_type not in ("response", "resource"):
                    continue
                # thidua's crawler marks what each record is; listings, sitemaps and robots.txt are no articles
                kind = record.rec_headers.get_header("Thidua-Page-Kind")
                if kind not in (None, "article"):
                    log.debug("%s#%d: a %s record, not an article: skipped", path, index, kind)
                    continue
                content_type = (
                    record.http_headers.get_header("Content-Type") if record.http_headers
                    else record.rec_headers.get_header("Content-Type")
                ) or ""
                if "html" not in content_type.lower():
                    log.debug("%s#%d: %s, not HTML: skipped", path, index, content_type or "no content type")
                    continue
                source = f"{path}#{index}"
                data = record.content_stream().read(max_bytes + 1)
                if len(data) > max_bytes:
                    raise ReadError(f"{source}: record too large (> limit {max_bytes / 2**20:.1f} MiB)")
                yield page_from_bytes(
                    data, source, "html",
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    fetched_at=record.rec_headers.get_header("WARC-Date"),
                    content_type=content_type,
                )
        except ArchiveLoadFailed as error:
            raise ReadError(f"{path}: not a readable WARC archive: {str(error).splitlines()[0]}") from error
        except (OSError, EOFError, ValueError) as error:
            raise ReadError(f"{path}: damaged WARC archive: {error}") from error


def _is_article_file(name: str) -> bool:
    lower = name.lower()
    if lower.startswith((".", "~")) or not lower.endswith(ARTICLE_SUFFIXES):
        return False
    return lower.split(".", 1)[0] not in NOT_ARTICLE_STEMS


def printable_path(path: str | Path) -> str:
    """A path as one line of text: control characters (a newline in a file name …) written as escapes."""
    return _CONTROL_RE.sub(lambda m: _CONTROL_ESCAPES.get(m.group(), f"\\x{ord(m.group()):02x}"), str(path))


_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The input files under ``paths``: folders walked lazily in name order, depth first.

    Inside folders only article files are taken (``.txt``, ``.html``, ``.htm``, ``.warc``,
    ``.warc.gz``; hidden files and README/SOURCES notes skipped). A file named explicitly is
    yielded as given, even a missing one, so that reading it reports the error for that input.

    Each real file is yielded once, whatever the symlinks: a folder already walked (a symlink loop
    such as ``ln -s . self``, or two links to one folder) is not walked again, and a file already
    yielded under another name (a symlink to it, a hard link) is not yielded again. What cannot be
    read is yielded too, so that reading it gives that input's error: a folder that cannot be listed
    (no permission) and an entry whose kind cannot be known (a symlink loop on a file name).
    """
    walked_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, walked_dirs, seen_files)
            continue
        try:
            info = path.stat()
        except OSError:
            yield path  # missing or unreadable: its reading says so
            continue
        if (info.st_dev, info.st_ino) not in seen_files:
            seen_files.add((info.st_dev, info.st_ino))
            yield path


def _walk(folder: Path, walked_dirs: set[tuple[int, int]], seen_files: set[tuple[int, int]]) -> Iterator[Path]:
    try:
        info = os.stat(folder)
        key = (info.st_dev, info.st_ino)
        if key in walked_dirs:  # reached again through a symlink: its files are already taken
            return
        walked_dirs.add(key)
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError:
        yield folder  # cannot be listed (permission, a loop too deep …): reading it reports why
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
            if entry.is_symlink():
                target = os.stat(entry.path)
                file_key = (target.st_dev, target.st_ino)
            else:  # a plain entry lives on its folder's device; its inode comes with the listing
                file_key = (info.st_dev, entry.inode())
        except OSError as error:  # a symlink loop, a dangling link, an entry gone meanwhile
            if _is_article_file(entry.name) or error.errno != errno.ENOENT:
                yield Path(entry.path)  # an input that cannot be read: reading it says why
            continue
        if is_dir:
            yield from _walk(Path(entry.path), walked_dirs, seen_files)
        elif _is_article_file(entry.name) and file_key not in seen_files:
            seen_files.add(file_key)
            yield Path(entry.path)
