"""Reading saved inputs into ``Page`` records: the left edge of the pipeline (file I/O only here).

Inputs are saved ``.txt`` pages (optional ``URL:`` / ``Published:`` header lines), saved ``.html``
pages and WARC archives (``.warc`` / ``.warc.gz``, one page per HTML response record). Bytes are
decoded once here, so that cleaning always works on ``str``. Vietnamese researchers' files come in
UTF-8 (with or without BOM), UTF-16, Windows-1258, or as pre-Unicode font encodings (TCVN3, VNI)
that no Python codec knows; the last are recognised and refused with a clear message.
"""
from __future__ import annotations

import errno
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import Page, ReadError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # a news page is < 2 MB; bigger files are not articles
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".warc", ".warc.gz")
ARCHIVE_SUFFIXES = (".warc", ".warc.gz")
# Notes that sit beside saved pages in a folder and are never articles.
NOT_ARTICLE_STEMS = {"readme", "sources", "license", "licence", "changelog", "notice"}

HEADER_KEYS = {"url": "url", "published": "published"}

_BINARY_MAGIC = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP/Office",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip",
    b"\xd0\xcf\x11\xe0": "legacy Office",
}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Letters only Vietnamese text has (NFC): the verification that a guessed encoding is right.
_VIET_LETTERS = set(
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
)
# UTF-8 bytes read as Latin-1/Windows-1252 and saved again: "Ä\x91" for "đ", "á»" for U+1Exx.
_MOJIBAKE_RE = re.compile("[ÃÄÆ][\u0080-\u00bf\u2018-\u203a\u0152-\u0178]|á[º»]")
# Frequent words as they look when TCVN3 (ABC) or VNI bytes are read as Latin-1.
_TCVN3_RE = re.compile(r"(?:\bvµ\b|\bc¸c\b|\bcña\b|®­îc|ng­êi|ViÖt|\b®· |®éng|nh÷ng|\blµ\b)")
_VNI_RE = re.compile(r"(?:\bvaø\b|\bcaùc\b|\bcuûa\b|ñöôïc|ngöôøi|Vieät|\bñaõ\b|ñoäng|nhöõng|\blaø\b)")

_META_CHARSET_RE = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
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
# decoding


def vietnamese_score(text: str) -> float:
    """Share of the non-ASCII letters that are Vietnamese letters (1.0 = clean Vietnamese).

    Returns 0.0 when the text has no Vietnamese letter at all: a wrong codec turns Vietnamese
    into other Latin letters, symbols or stray combining marks, which this ratio exposes.
    """
    viet = other = 0
    for char in text:
        if char < "\u0080":
            continue
        if char in _VIET_LETTERS:
            viet += 1
        elif char.isalpha() or unicodedata.combining(char) or "\u0080" <= char <= "\u00bf":
            other += 1
    return viet / (viet + other) if viet else 0.0


def looks_like_mojibake(text: str) -> bool:
    """UTF-8 Vietnamese that was once read as Latin-1 and saved again ("Lao Äá»ng")."""
    hits = len(_MOJIBAKE_RE.findall(text))
    return hits >= 3 and hits > sum(1 for c in text if c in _VIET_LETTERS) / 4


def repair_mojibake(text: str) -> str | None:
    """Undo one Latin-1/Windows-1252 round trip of UTF-8 text; None when that is not what happened."""
    for codec in ("latin-1", "cp1252"):
        try:
            repaired = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if vietnamese_score(repaired) > vietnamese_score(text):
            return repaired
    return None


def _legacy_font_encoding(data: bytes) -> str | None:
    """"TCVN3" or "VNI" when the bytes look like one of those pre-Unicode font encodings."""
    sample = data[:200_000].decode("latin-1")
    tcvn3, vni = len(_TCVN3_RE.findall(sample)), len(_VNI_RE.findall(sample))
    if max(tcvn3, vni) >= 3:
        return "TCVN3 (ABC)" if tcvn3 >= vni else "VNI"
    return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a byte-order mark: NULs at every other byte of ASCII characters."""
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = max(len(sample) // 2, 1)
    codec = "utf-16-be" if even > 0.3 * half and odd == 0 else "utf-16-le" if odd > 0.3 * half and even == 0 else None
    text = _decode_with(data, codec) if codec else None
    if text is None or any(c < " " and c not in "\r\n\t" for c in text[:4096]):
        return None
    return (text, codec) if vietnamese_score(text) >= 0.9 or text.isascii() else None


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET_RE.search(data[:8192])
    return match.group(1).decode("ascii").lower() if match else None


def _decode_with(data: bytes, codec: str) -> str | None:
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    # Windows-1258 writes most tones as combining marks: compose them, as every other source is.
    return unicodedata.normalize("NFC", text) if "1258" in codec else text


def _charset_normalizer_guesses(data: bytes) -> list[str]:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - declared dependency
        return []
    return [match.encoding for match in from_bytes(data[:200_000])][:5]


def decode_bytes(data: bytes, source: str, html: bool = False) -> tuple[str, str]:
    """``(text, encoding)`` for the bytes of one page, or ReadError with the reason.

    Order: a BOM; valid UTF-8 (repairing a Latin-1 round trip); for HTML the ``<meta>`` charset;
    Windows-1258; charset-normalizer's guesses. Every legacy guess must yield Vietnamese letters
    (``vietnamese_score``), since a wrong single-byte codec never fails, it just garbles.
    Valid UTF-8 wins over a ``<meta>`` charset: browsers re-save pages as UTF-8 but keep the meta.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _decode_with(data[len(bom):], codec.replace("-sig", ""))
            if text is None:
                raise ReadError(f"{source}: has a {codec} byte-order mark but does not decode as {codec}")
            return text, codec
    magic = next((name for prefix, name in _BINARY_MAGIC.items() if data.startswith(prefix)), None)
    if not magic and b"\x00" in data[:65536]:
        found = _utf16_without_bom(data)
        if found:
            return found
    if magic or b"\x00" in data[:65536]:
        raise ReadError(f"{source}: binary file ({magic or 'NUL bytes'}), not a text or HTML page")
    text = _decode_with(data, "utf-8")
    if text is not None:
        if looks_like_mojibake(text):
            repaired = repair_mojibake(text)
            if repaired is None:
                raise ReadError(f"{source}: mojibake (UTF-8 read as Latin-1 and saved again) that cannot be repaired")
            return repaired, "utf-8 (repaired latin-1 mojibake)"
        return text, "utf-8"
    # UTF-8 with a few broken bytes (a cut download, a bad copy): keep it, marking the bad bytes
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(3, len(data) // 10_000) and vietnamese_score(text) >= 0.9:
        return text, f"utf-8 ({bad} bad bytes replaced)"
    legacy = _legacy_font_encoding(data)
    if legacy:
        raise ReadError(f"{source}: encoding {legacy} is not supported; convert the file to Unicode (UTF-8) first")
    candidates: list[str] = []
    declared = _declared_charset(data) if html else None
    if declared:
        candidates.append(declared)
    candidates += ["cp1258", *_charset_normalizer_guesses(data)]
    best: tuple[float, str, str] | None = None
    for codec in candidates:
        text = _decode_with(data, codec)
        if text is None:
            continue
        score = vietnamese_score(text)
        if codec == declared and score >= 0.9:  # the page's own declaration, confirmed
            return text, codec
        if best is None or score > best[0]:
            best = (score, text, codec)
    if best and best[0] >= 0.9:
        return best[1], best[2]
    if declared and (text := _decode_with(data, declared)) is not None and vietnamese_score(text) == 0.0:
        return text, declared  # not Vietnamese, but decodes as the page says: trust the page
    raise ReadError(f"{source}: undecodable: not UTF-8, UTF-16 or Windows-1258 Vietnamese text")


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
                    fetched_at: str | None = None) -> Page:
    """Decode one page's bytes into a ``Page`` (``media_type`` is "text" or "html")."""
    if not data.strip():
        raise ReadError(f"{source}: empty file")
    text, encoding = decode_bytes(data, source, html=media_type == "html")
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
                if record.rec_headers.get_header("Thidua-Page-Kind") not in (None, "article"):
                    continue
                content_type = (
                    record.http_headers.get_header("Content-Type") if record.http_headers
                    else record.rec_headers.get_header("Content-Type")
                ) or ""
                if "html" not in content_type.lower():
                    continue
                source = f"{path}#{index}"
                data = record.content_stream().read(max_bytes + 1)
                if len(data) > max_bytes:
                    raise ReadError(f"{source}: record too large (> limit {max_bytes / 2**20:.1f} MiB)")
                charset = re.search(r"charset=([\w.:-]+)", content_type, re.IGNORECASE)
                if charset and not data.startswith(b"\xef\xbb\xbf") and b"charset" not in data[:8192].lower():
                    data = _with_declared_charset(data, charset.group(1))
                yield page_from_bytes(
                    data, source, "html",
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    fetched_at=record.rec_headers.get_header("WARC-Date"),
                )
        except ArchiveLoadFailed as error:
            raise ReadError(f"{path}: not a readable WARC archive: {str(error).splitlines()[0]}") from error
        except (OSError, EOFError, ValueError) as error:
            raise ReadError(f"{path}: damaged WARC archive: {error}") from error


def _with_declared_charset(data: bytes, charset: str) -> bytes:
    """Carry the HTTP header's charset into the markup so ``decode_bytes`` sees it as declared."""
    return f'<meta charset="{charset}">'.encode("ascii") + data if charset.lower() not in ("utf-8", "utf8") else data


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
