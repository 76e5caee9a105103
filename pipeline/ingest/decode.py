"""Bytes → text, once, the same way for a saved file and a fetched HTTP body.

Vietnamese pages come in UTF-8 (with or without BOM), UTF-16, Windows-1258, as UTF-8 that was once
read as Latin-1 and saved again (mojibake, repaired here), or in pre-Unicode font encodings (TCVN3,
VNI) that no Python codec knows (recognised and refused with a clear message). ``decode_bytes`` is
the one decoder: a saved file gives its bytes (and whether it is HTML), an HTTP body its bytes and
its ``Content-Type``; both get the same ``(text, encoding)``. ``decode_body`` is the crawler's
never-failing form of it: bytes the decoder refuses are read as UTF-8 with replacement characters
(and that fallback is logged).
"""
from __future__ import annotations

import codecs
import logging
import re
import unicodedata

from ..records import ReadError

log = logging.getLogger(__name__)

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

# A charset declared in the markup: <meta charset=…>, <meta http-equiv … content="…; charset=…">, <?xml encoding=…?>
_META_CHARSET_RE = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_ENCODING_RE = re.compile(rb"<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_HEADER_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([^\s;\"']+)", re.IGNORECASE)
# names Python's codecs do not know, as browsers read them
_ALIASES = {"x-user-defined": "cp1252", "tcvn": "cp1258"}


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


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header ("text/html; charset=UTF-8" → "UTF-8")."""
    match = _HEADER_CHARSET_RE.search(content_type or "")
    return match.group(1) if match else None


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


def _declared_charsets(data: bytes, content_type: str | None, markup: bool) -> list[str]:
    """The charsets the response says it is in: the HTTP header's first, then the markup's own."""
    declared = [charset_of(content_type)]
    if markup:
        head = data[:8192]
        declared += [match.group(1).decode("ascii") for pattern in (_META_CHARSET_RE, _XML_ENCODING_RE)
                     if (match := pattern.search(head))]
    return list(dict.fromkeys(name.strip().lower() for name in declared if name and name.strip()))


def _decode_with(data: bytes, codec: str) -> str | None:
    try:
        text = data.decode(_ALIASES.get(codec, codec))
    except (UnicodeDecodeError, LookupError):
        return None
    # Windows-1258 writes most tones as combining marks: compose them, as every other source is.
    return unicodedata.normalize("NFC", text) if "1258" in codecs.lookup(_ALIASES.get(codec, codec)).name else text


def _charset_normalizer_guesses(data: bytes) -> list[str]:
    from charset_normalizer import from_bytes  # a declared dependency

    return [match.encoding for match in from_bytes(data[:200_000])][:5]


def decode_bytes(data: bytes, source: str = "bytes", *, content_type: str | None = None,
                 markup: bool | None = None) -> tuple[str, str]:
    """``(text, encoding)`` for the bytes of one page, or ReadError with the reason.

    ``content_type``: the HTTP ``Content-Type`` the bytes came with (a fetched body, a WARC record),
    whose charset is a declaration. ``markup``: whether the bytes are HTML/XML whose ``<meta>`` /
    ``<?xml?>`` charset is a declaration too (default: when the Content-Type says so).

    Order: a BOM; valid UTF-8 (repairing a Latin-1 round trip); the declared charsets; Windows-1258;
    charset-normalizer's guesses. Every legacy guess must yield Vietnamese letters
    (``vietnamese_score``), since a wrong single-byte codec never fails, it just garbles.
    Valid UTF-8 wins over a declared charset: browsers re-save pages as UTF-8 but keep the meta, and
    servers send ``charset=ISO-8859-1`` by default.
    """
    if markup is None:
        markup = any(kind in (content_type or "").lower() for kind in ("html", "xml"))
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
            log.info("%s: UTF-16 without a byte-order mark, read as %s", source, found[1])
            return found
    if magic or b"\x00" in data[:65536]:
        raise ReadError(f"{source}: binary file ({magic or 'NUL bytes'}), not a text or HTML page")
    text = _decode_with(data, "utf-8")
    if text is not None:
        if looks_like_mojibake(text):
            repaired = repair_mojibake(text)
            if repaired is None:
                raise ReadError(f"{source}: mojibake (UTF-8 read as Latin-1 and saved again) that cannot be repaired")
            log.info("%s: UTF-8 once read as Latin-1 and saved again (mojibake): repaired", source)
            return repaired, "utf-8 (repaired latin-1 mojibake)"
        return text, "utf-8"
    # UTF-8 with a few broken bytes (a cut download, a bad copy): keep it, marking the bad bytes
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(3, len(data) // 10_000) and vietnamese_score(text) >= 0.9:
        log.info("%s: UTF-8 with %d bad bytes: kept, the bad bytes replaced", source, bad)
        return text, f"utf-8 ({bad} bad bytes replaced)"
    legacy = _legacy_font_encoding(data)
    if legacy:
        raise ReadError(f"{source}: encoding {legacy} is not supported; convert the file to Unicode (UTF-8) first")
    declared = _declared_charsets(data, content_type, markup)
    candidates = [*declared, "cp1258", *_charset_normalizer_guesses(data)]
    best: tuple[float, str, str] | None = None
    for codec in candidates:
        text = _decode_with(data, codec)
        if text is None:
            continue
        score = vietnamese_score(text)
        if codec in declared and score >= 0.9:  # the page's own declaration, confirmed
            return text, codec
        if best is None or score > best[0]:
            best = (score, text, codec)
    if best and best[0] >= 0.9:
        if declared:
            log.info("%s: declared %s but the bytes are Vietnamese in %s", source, " / ".join(declared), best[2])
        return best[1], best[2]
    for codec in declared:
        if (text := _decode_with(data, codec)) is not None and vietnamese_score(text) == 0.0:
            return text, codec  # not Vietnamese, but decodes as the page says: trust the page
    raise ReadError(f"{source}: undecodable: not UTF-8, UTF-16 or Windows-1258 Vietnamese text")


def decode_body(body: bytes, content_type: str | None = None, source: str = "body") -> tuple[str, str]:
    """A fetched body as text, never failing: ``decode_bytes`` (its ``<meta>`` read unless the body is
    plain text), else UTF-8 with the undecodable bytes replaced (logged: a listing's links or a
    robots.txt are still worth reading)."""
    markup = "text/plain" not in (content_type or "").lower()
    try:
        return decode_bytes(body, source, content_type=content_type, markup=markup)
    except ReadError as error:
        log.info("%s; read as UTF-8 with replacement characters instead", error)
        return body.decode("utf-8", errors="replace"), "utf-8 (undecodable bytes replaced)"
