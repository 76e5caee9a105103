"""Cleaning an HTML article page of a site without its own adapter.

trafilatura finds the running text well but mixes in the headline, the sapo, related-article links,
footer lines, captions and bylines. This module takes its lines and keeps only those that are
article text, using site-independent signals:

- metadata (``og:``/``article:`` meta, JSON-LD, ``<h1>``) for the title, date and author;
- the sapo found in the page (element with the meta description's opening, or a ``sapo``/``lead``
  class) becomes the lead, and everything before it in the page is not body;
- every line is located in the DOM: lines inside related/share/author/caption boxes (class tokens
  in ``resources/html_noise.tsv``), lines that are the text of a link, and lines outside the
  container that holds most of the article are dropped;
- trailing bylines and source credits ("Theo Thanh Xuân / VnEconomy") are cut and read as author.

When trafilatura fails (e.g. a photo story whose body is only captions), the body is read straight
from the DOM container. Site-specific quirks go in a small adapter module instead (see
``pipeline.sites``).
"""
from __future__ import annotations

import html as html_lib
import json
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import lxml.html
from lxml import etree

from ...records import Article, Page, ParseError
from ...resources import read_tsv
from ...urls import host_of

log = logging.getLogger(__name__)

_SPACE_RE = re.compile(r"[\s\u00a0\u200b\u200c\u200d\ufeff]+")
_BULLET_RE = re.compile(r"^[-–—•+*>·]\s*")
_SENTENCE_END = ".!?…:;\"”')»"
_CAMEL_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_NAIVE_TZ = "+07:00"  # Vietnamese newspapers publish in Indochina Time; naive stamps are local
_ISO_RE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_DMY_TIME_RE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\D{0,6}?(\d{1,2})[:h](\d{2})")
_TIME_DMY_RE = re.compile(r"(\d{1,2}):(\d{2})\D{0,6}?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_DATE_CLASS_RE = re.compile(r"date|time|publish", re.IGNORECASE)
_PUBLISHER_WORDS = ("online", "news", ".vn", ".com", "corp", "http", "báo ", "tạp chí", "www")


def squash(text: str | None) -> str:
    """NFC, whitespace (incl. NBSP, zero-width and stray BOM characters) collapsed, trimmed."""
    return _SPACE_RE.sub(" ", unicodedata.normalize("NFC", text or "")).strip()


def fold(text: str) -> str:
    """Comparison form: case and diacritics folded, only letters and digits kept."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D")).casefold()
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


@dataclass(frozen=True)
class NoiseWords:
    """The furniture lists of ``resources/html_noise.tsv``."""

    related_headers: frozenset[str]
    lines: frozenset[str]
    class_tokens: frozenset[str]
    credits: tuple[str, ...]


@lru_cache(maxsize=1)
def noise_words() -> NoiseWords:
    rows = read_tsv("html_noise.tsv")

    def of(kind: str) -> list[str]:
        return [squash(r["phrase"]).casefold() for r in rows if r["kind"] == kind]

    return NoiseWords(frozenset(of("related_header")), frozenset(of("line")),
                      frozenset(of("class")), tuple(of("credit")))


# ---------------------------------------------------------------------------------------------
# parsing and metadata


def parse_html(page: Page) -> etree._Element:
    """The lxml tree of the page; ParseError when there is no document to speak of."""
    text = page.text.lstrip("\ufeff")
    if not text.strip():
        raise ParseError(f"{page.source}: empty HTML")
    text = re.sub(r"^\s*<%@[^>]*%>", "", text)  # server-page directive saved with the page
    try:
        # huge_tree: libxml2 otherwise stops at 256 nested elements and drops the rest of the page
        tree = lxml.html.document_fromstring(text.encode("utf-8"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8", huge_tree=True))
    except (etree.ParserError, ValueError) as error:
        raise ParseError(f"{page.source}: not parseable HTML: {error}") from error
    for bad in tree.xpath("//script[not(@type='application/ld+json')]|//style|//noscript|//template|//svg"):
        bad.drop_tree()
    return tree


def meta_values(tree: etree._Element) -> dict[str, list[str]]:
    """``<meta>`` contents by lower-cased property/name/itemprop, in page order."""
    return meta_contents(tree.iter("meta"))


def meta_contents(metas: Iterable) -> dict[str, list[str]]:
    """``meta_values`` of ``<meta>`` elements of any parser (lxml elements, bs4 tags: both have ``get``)."""
    values: dict[str, list[str]] = {}
    for meta in metas:
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = meta.get("content")
        if key and content and content.strip():
            values.setdefault(key, []).append(html_lib.unescape(content.strip()))
    return values


def json_ld_articles(tree: etree._Element) -> list[dict]:
    """The JSON-LD objects typed as an article (NewsArticle, Article, ReportageNewsArticle...)."""
    return json_ld_in(script.text or "" for script in tree.xpath("//script[@type='application/ld+json']"))


def json_ld_in(scripts: Iterable[str]) -> list[dict]:
    """``json_ld_articles`` of the texts of ``<script type="application/ld+json">`` elements."""
    found: list[dict] = []
    for text in scripts:
        raw = text.strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
                    found.append(item)
                stack.extend(v for k, v in item.items() if k == "@graph")
    return found


def _ld_text(value: object) -> str:
    """A JSON-LD string, with HTML entities undone (some sites escape them twice)."""
    text = value if isinstance(value, str) else ""
    for _ in range(2):
        text = html_lib.unescape(text)
    return squash(text)


def canonical_url(tree: etree._Element, meta: dict[str, list[str]], fetched: str | None) -> str | None:
    """The article's canonical URL (``og:url``, ``<link rel=canonical>``) when it is an absolute URL
    of the same site as the fetched one, else the fetched URL: article ids stay the same whatever
    tracking parameters or mirror the page was fetched through."""
    return pick_canonical(meta.get("og:url", []) + [link.get("href", "") for link in tree.xpath("//link[@rel='canonical']")],
                          fetched)


def pick_canonical(candidates: list[str], fetched: str | None) -> str | None:
    """``canonical_url`` among the page's ``og:url`` and ``<link rel=canonical>`` hrefs, in that order."""
    for candidate in candidates:
        candidate = candidate.strip()
        if candidate.startswith(("http://", "https://")) and (
            not fetched or host_of(candidate).split(".")[-2:] == host_of(fetched).split(".")[-2:]
        ):
            return candidate
    return fetched


def element_text(element: etree._Element) -> str:
    return squash(element.text_content())


# ---------------------------------------------------------------------------------------------
# title


def strip_site_suffix(title: str) -> str:
    """"Headline - Báo X" / "Headline | X": the site's name after the last separator goes."""
    parts = re.split(r"\s+[|\-–—]\s+", title)
    return " - ".join(parts[:-1]) if len(parts) > 1 and len(parts[-1]) < 40 else title


def find_title(tree: etree._Element, meta: dict[str, list[str]], ld: list[dict]) -> tuple[str | None, etree._Element | None]:
    """The headline as displayed and its element: the ``<h1>`` matching the metadata title, else
    any element whose text is that title (some sites have no ``<h1>``), else the metadata title."""
    hints = [squash(v) for v in meta.get("og:title", []) + [_ld_text(a.get("headline")) for a in ld] if v]
    page_title = tree.findtext(".//title")
    if page_title:
        hints.append(strip_site_suffix(squash(page_title)))
    hint_keys = {fold(h) for h in hints if h}
    h1s = [(h, element_text(h)) for h in tree.iter("h1")]
    for h1, text in h1s:
        if text and fold(text) in hint_keys:
            return text, h1
    if hint_keys:
        for element in tree.xpath("//body//*[self::div or self::h2 or self::p or self::span or self::strong]"):
            if len(element) <= 2:
                text = element_text(element)
                if text and len(text) < 300 and fold(text) in hint_keys:
                    return text, element
    for h1, text in h1s:
        if text and len(text.split()) >= 4:
            return text, h1
    return (hints[0], None) if hints else (None, None)


# ---------------------------------------------------------------------------------------------
# date


def iso_timestamp(value: str | None) -> str | None:
    """ISO 8601 from the forms sites write (fractions dropped, "+0700" and " +07:00" mended,
    naive times taken as Vietnam time); a bare date stays a date."""
    match = _ISO_RE.search(value or "")
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    if not hour:
        return f"{year}-{month}-{day}"
    zone = zone or _NAIVE_TZ
    if zone == "Z":
        zone = "+00:00"
    elif ":" not in zone:
        zone = f"{zone[:3]}:{zone[3:]}"
    return f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}{zone}"


def visible_timestamp(text: str) -> str | None:
    """"07/03/2026 08:47" or "08:49 | 06/08/2021" as an ISO timestamp in Vietnam time."""
    match = _DMY_TIME_RE.search(text)
    if match:
        day, month, year, hour, minute = match.groups()
    else:
        match = _TIME_DMY_RE.search(text)
        if not match:
            return None
        hour, minute, day, month, year = match.groups()
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31 and int(hour) < 24 and int(minute) < 60):
        return None
    return f"{year}-{int(month):02d}-{int(day):02d}T{int(hour):02d}:{minute}:00{_NAIVE_TZ}"


def find_published(tree: etree._Element, meta: dict[str, list[str]], ld: list[dict],
                   after: etree._Element | None = None, source: str = "page") -> str | None:
    """Publication time: ``article:published_time`` and kin, JSON-LD ``datePublished``, a
    ``<time datetime>``, then a visible "dd/mm/yyyy hh:mm" in a date-like element near the title.

    htmldate is consulted last and only trusted when it finds a time of day: a bare date from it
    is usually read off image paths, which is not a date the page shows.
    """
    if stamp := published_in_metadata(meta, ld):
        return stamp
    for time_el in tree.iter("time"):
        if stamp := iso_timestamp(time_el.get("datetime")):
            return stamp
    order = {el: i for i, el in enumerate(tree.iter())}
    start = order.get(after, 0) if after is not None else 0
    candidates = [el for el in tree.iter() if isinstance(el.tag, str) and _DATE_CLASS_RE.search(
        f"{el.get('class', '')} {el.get('id', '')} {el.get('data-role', '')}") and not el.xpath("ancestor::a")]
    # nearest after the headline first, then the rest (a date line may sit above the headline)
    candidates.sort(key=lambda el: (order.get(el, 0) < start, abs(order.get(el, 0) - start)))
    for element in candidates:
        text = element_text(element)
        if len(text) < 120 and (stamp := visible_timestamp(text)):
            return stamp
    return htmldate_published(tree, source)


def published_in_metadata(meta: dict[str, list[str]], ld: list[dict]) -> str | None:
    """Publication time from ``article:published_time`` and kin, else JSON-LD ``datePublished``."""
    for key in ("article:published_time", "datepublished", "pubdate", "publishdate", "dc.date.issued",
                "article:published", "og:published_time", "date"):
        for value in meta.get(key, []):
            if stamp := iso_timestamp(value):
                return stamp
    for article in ld:
        if stamp := iso_timestamp(_ld_text(article.get("datePublished"))):
            return stamp
    return None


def htmldate_published(document: etree._Element | str, source: str) -> str | None:
    """htmldate's publication time of a page (its tree or its HTML), the last resort when the page shows
    none; trusted only with a time of day: a bare date from it is usually read off image paths, which is
    not a date the page shows."""
    try:
        from htmldate import find_date

        found = find_date(document, extensive_search=False, original_date=True, outputformat="%Y-%m-%dT%H:%M:%S")
    except Exception as error:  # noqa: BLE001 - htmldate is a best-effort helper here
        log.info("%s: no publication time in the page, and htmldate failed (%s: %s)", source, type(error).__name__, error)
        return None
    if found and not found.endswith("T00:00:00"):
        log.info("%s: no publication time in the page's metadata or text: htmldate's %s taken", source, found)
        return iso_timestamp(found)
    log.info("%s: no publication time in the page, none from htmldate either%s", source,
             f" (only a day, {found[:10]}, not taken)" if found else "")
    return None


# ---------------------------------------------------------------------------------------------
# author


def is_publisher_name(name: str, host: str, site_names: list[str]) -> bool:
    """A site or company name given where a person is expected ("Dân Trí", "TUOI TRE ONLINE")."""
    key = fold(name)
    if not key:
        return True
    lowered = name.casefold()
    if any(word in lowered for word in _PUBLISHER_WORDS) or lowered.startswith("báo"):
        return True
    labels = [fold(label) for label in host.split(".") if len(label) > 3 and label not in ("com", "net", "org")]
    if any(label and (label in key or (len(key) >= 4 and key in label)) for label in labels):
        return True
    return any(fold(s) and (fold(s) in key or (len(key) >= 4 and key in fold(s))) for s in site_names)


def author_names(tree: etree._Element, meta: dict[str, list[str]], ld: list[dict], host: str) -> list[str]:
    """Person names the page's metadata gives as authors, publishers left out."""
    site_names = meta.get("og:site_name", [])
    names: list[str] = []
    for article in ld:
        authors = article.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            name = _ld_text(author.get("name") if isinstance(author, dict) else author)
            if name:
                names.append(name)
    for key in ("article:author", "dable:author", "author", "dc.creator"):
        for value in meta.get(key, []):
            names.extend(squash(part) for part in re.split(r"[;,]", value))
    seen: set[str] = set()
    people = []
    for name in names:
        if name and fold(name) not in seen and len(name) < 60 and not is_publisher_name(name, host, site_names):
            seen.add(fold(name))
            people.append(name)
    return people


def find_byline(tree: etree._Element, names: list[str], host: str, site_names: list[str]) -> str | None:
    """The byline as printed: the text of an author-class element (or of any short element made of
    exactly the metadata names), with dates and "Xem các bài viết..." furniture cut off."""
    keys = {fold(n) for n in names}
    if len(names) > 1:
        joined = fold("".join(names))
        printed = [text for element in tree.xpath("//body//*[self::div or self::p or self::span or self::strong]")
                   if len(text := element_text(element)) < 120 and fold(text) == joined]
        # prefer the form with a visible separator ("A - B") over names merely laid side by side
        separated = [t for t in printed if re.search(r"\s[-–,&]\s|,|\svà\s", t)]
        return (separated or printed or [" - ".join(names)])[0]
    best: str | None = None
    for element in tree.xpath("//body//*[contains(translate(@class,'AUTHOR','author'),'author') "
                              "or contains(@class,'byline') or @rel='author' or @itemprop='author']"):
        if element.xpath("ancestor::a[not(@rel='author')]") or len(element) > 4:
            continue
        text = element_text(element)
        text = re.split(r"\s+[-–|]\s+\d|\s*\d{1,2}[/:]\d{2}|\s+Xem\s", text)[0].strip(" -–|,")
        if not text or len(text) > 60 or len(text.split()) > 8 or is_publisher_name(text, host, site_names):
            continue
        if fold(text) in keys:
            return text
        best = best or text
    if best and (not keys or any(k in fold(best) for k in keys)):
        return best
    return names[0] if len(names) == 1 else (" - ".join(names) if names else best)


# ---------------------------------------------------------------------------------------------
# lead (sapo)

_SAPO_CLASS_XPATH = (
    "//body//*[contains(@class,'sapo') or contains(@class,'lead') or contains(@class,'summary') "
    "or contains(@class,'chapeau') or contains(@class,'excerpt') or contains(@class,'description') "
    "or contains(@class,'desc')][not(self::a) and not(self::meta) and not(self::img)]"
)


def find_lead(tree: etree._Element, meta: dict[str, list[str]], ld: list[dict], title: str | None,
              title_el: etree._Element | None) -> tuple[str | None, etree._Element | None]:
    """The sapo as printed, and its element.

    The meta description usually repeats the sapo (sometimes cut short): the smallest element whose
    text opens with the description's first words is the sapo. Without a description, the first
    element after the headline with a sapo/lead-like class and sentence-length text.
    """
    descriptions = [squash(v) for v in meta.get("og:description", []) + meta.get("description", [])
                    + [_ld_text(a.get("description")) for a in ld] if squash(v)]
    order = {el: i for i, el in enumerate(tree.iter())}
    title_pos = order.get(title_el, 0) if title_el is not None else 0
    for description in descriptions:
        probe = fold(description)[:60]
        if len(probe) < 30:
            continue
        matches = _elements_opening_with(tree, probe)
        matches = [el for el in matches if not el.xpath("ancestor::a")]
        if matches:
            element = min(matches, key=lambda el: abs(order.get(el, 0) - title_pos))
            return element_text(element), element
    for element in tree.xpath(_SAPO_CLASS_XPATH):
        text = element_text(element)
        if len(text) >= 60 and order.get(element, 0) >= title_pos and (not title or fold(text) != fold(title)):
            if len(element.xpath(".//p")) > 2:  # a whole section, not a sapo
                continue
            return text, element
    return None, None


def _elements_opening_with(tree: etree._Element, probe: str) -> list[etree._Element]:
    """The smallest elements whose folded text opens with ``probe``: found from the text nodes
    that start it, climbing to the first ancestor holding the whole probe (fast on big pages)."""
    found: list[etree._Element] = []
    for node in tree.xpath("//body//text()"):
        key = fold(node)
        if len(key) < 4 or not (probe.startswith(key) or key.startswith(probe)):
            continue
        element = node.getparent()
        if not node.is_text:  # a tail: the text belongs to the parent of its element
            element = element.getparent()
        while element is not None and element.tag != "body":
            text_key = fold(element_text(element))
            if text_key.startswith(probe):
                if element not in found:
                    found.append(element)
                break
            if not probe.startswith(text_key):
                break
            element = element.getparent()
    return found


# ---------------------------------------------------------------------------------------------
# body


@dataclass
class Block:
    """A run of text in the page with the element it comes from and its place in page order."""

    text: str
    element: etree._Element
    position: int


@dataclass
class BodyResult:
    paragraphs: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    credit_author: str | None = None
    signed_by: str | None = None  # a name alone on the article's last line


_NAME_WORD_RE = re.compile(r"^[A-ZĐÀ-Ỹ][a-zđà-ỹA-ZĐÀ-Ỹ.]*$")


def looks_like_person_name(line: str) -> bool:
    """2-5 capitalised words without digits or punctuation ("Đỗ Đạt", "NHẬT XUÂN")."""
    words = squash(line).split()
    return 2 <= len(words) <= 5 and all(_NAME_WORD_RE.match(w) for w in words)


def class_tokens(element: etree._Element) -> set[str]:
    """Words of the class and id attributes: "detail-author-bot" → {detail, author, bot};
    "VCObjectBoxRelatedNewsItemSapo" → {vc, object, box, related, news, item, sapo}."""
    value = f"{element.get('class', '')} {element.get('id', '')}"
    return {w.lower() for w in _CAMEL_RE.findall(value)} | {w.lower() for w in re.split(r"[\s_\-]+", value) if w}


def text_blocks(tree: etree._Element) -> list[Block]:
    """Leaf-level text blocks in page order: each element's own text and the text of its inline
    children, so that a paragraph with links or bold words is one block."""
    blocks: list[Block] = []
    inline = {"a", "b", "strong", "i", "em", "span", "u", "sup", "sub", "font", "small", "mark", "br", "abbr",
              "cite", "code", "q", "s", "time", "label"}
    body = tree.find("body")
    if body is None:
        return blocks
    order = {el: i for i, el in enumerate(tree.iter())}
    for element in body.iter():
        position = order[element]
        if not isinstance(element.tag, str) or element.tag in inline:
            continue
        if any(isinstance(c.tag, str) and c.tag not in inline for c in element):
            pieces = [element.text or ""]
            for child in element:
                if isinstance(child.tag, str) and child.tag in inline:
                    pieces.append(child.text_content() or "")
                pieces.append(child.tail or "")
            text = squash(" ".join(pieces))
        else:
            text = element_text(element)
        if text:
            blocks.append(Block(text, element, position))
    return blocks


def link_texts(tree: etree._Element) -> set[str]:
    """Folded texts of the page's links of four words or more (headlines of other articles)."""
    texts = set()
    for anchor in tree.iter("a"):
        text = element_text(anchor)
        if len(text.split()) >= 4:
            texts.add(fold(text))
    return texts


def locate(lines: list[str], blocks: list[Block], after: int = -1) -> list[Block | None]:
    """The block each line comes from (exact text first, then a block opening with the line);
    of several, the first one past position ``after`` (the headline/sapo), since a body line may
    also appear earlier in a menu or a teaser."""
    by_key: dict[str, list[Block]] = {}
    for block in blocks:
        by_key.setdefault(fold(block.text), []).append(block)
    located: list[Block | None] = []
    for line in lines:
        key = fold(line)
        found = by_key.get(key)
        if not found and len(key) > 20:
            found = [b for b in blocks if fold(b.text).startswith(key[:80]) or key.startswith(fold(b.text)[:80] or "\0")]
        later = [b for b in found or () if b.position > after]
        located.append(later[0] if later else found[0] if found else None)
    return located


def common_container(blocks: list[Block], weights: list[int]) -> etree._Element | None:
    """The deepest element holding at least 60% of the located text: the article container."""
    total = sum(weights)
    if not total:
        return None
    share: dict[etree._Element, int] = {}
    for block, weight in zip(blocks, weights):
        for ancestor in [block.element, *block.element.iterancestors()]:
            share[ancestor] = share.get(ancestor, 0) + weight
    depth = {el: sum(1 for _ in el.iterancestors()) for el in share}
    eligible = [el for el, w in share.items() if w >= 0.6 * total]
    return max(eligible, key=lambda el: depth[el]) if eligible else None


def in_noise_box(element: etree._Element, container: etree._Element | None, noise: NoiseWords) -> bool:
    """Inside a related/share/author/caption box (or figure caption) below the container."""
    for node in [element, *element.iterancestors()]:
        if node is container:
            return False
        if node.tag in ("nav", "footer", "aside", "figcaption", "header", "form", "button", "select"):
            return True
        if class_tokens(node) & noise.class_tokens:
            return True
    return container is not None


def is_caption(element: etree._Element) -> bool:
    """A figure caption, or the caption row of an image layout table."""
    if element.xpath("ancestor-or-self::figcaption"):
        return True
    row = element.xpath("ancestor-or-self::tr[1]")
    table = element.xpath("ancestor::table[1]")
    return bool(row and table and table[0].xpath(".//img") and not row[0].xpath(".//img")
                and len(table[0].xpath(".//tr")) <= 4)


def is_related_header(line: str, noise: NoiseWords) -> bool:
    return squash(line).casefold().rstrip(":").strip() in noise.related_headers


def credit_author(line: str, noise: NoiseWords) -> tuple[bool, str | None]:
    """(is a source/photo credit, the person it names). "Theo Thanh Xuân / VnEconomy" names a
    writer and a paper; "Theo Forbes" only a paper; "Ảnh: ..." a photographer (not the author)."""
    text = squash(line)
    lowered = text.casefold()
    words = text.split()
    if not words or len(words) > 14 or text.endswith((".", "!", "?")) and len(words) > 6:
        return False, None
    for opener in noise.credits:
        if lowered == opener or lowered.startswith(opener + " ") or (opener.endswith(":") and lowered.startswith(opener)):
            rest = text[len(opener):].strip(" :")
            if opener.startswith("theo"):
                parts = [p.strip() for p in re.split(r"\s*[/|]\s*|\s+-\s+", rest) if p.strip()]
                return True, parts[0] if len(parts) >= 2 else None
            return True, None
    return False, None


def is_date_line(line: str) -> bool:
    """A dateline, time or counter ("01/03/2026", "09:51", "Thứ Bảy, 07/03/2026 - 08:52")."""
    text = squash(line)
    if not any(c.isalpha() for c in text):
        return True
    return len(text.split()) <= 8 and bool(re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}", text)) \
        and not text.endswith((".", "!", "?"))


def looks_like_byline(line: str, author: str | None, names: list[str]) -> bool:
    """A short line that is the author's name(s) or a paper's name, without sentence punctuation."""
    text = squash(line)
    key = fold(text)
    if author and key == fold(author):
        return True
    if names and key and key in {fold(n) for n in names}:
        return True
    words = text.split()
    return 0 < len(words) <= 5 and not text.endswith(tuple(_SENTENCE_END)) and not any(c.isdigit() for c in text)


def filter_lines(lines: list[str], tree: etree._Element, title: str | None, lead: str | None,
                 lead_el: etree._Element | None, title_el: etree._Element | None, author: str | None,
                 names: list[str], noise: NoiseWords) -> BodyResult:
    """Keep the article's own lines of trafilatura's output (see the module docstring)."""
    result = BodyResult()
    lines = [squash(line) for line in lines if squash(line)]
    blocks = text_blocks(tree)
    order = {el: i for i, el in enumerate(tree.iter())}
    start = max((order.get(el, -1) for el in (title_el, lead_el) if el is not None), default=-1)
    located = locate(lines, blocks, start)
    found = [(b, len(l)) for b, l in zip(located, lines) if b is not None]
    container = common_container([b for b, _ in found], [w for _, w in found])
    anchors = link_texts(tree)
    title_key, lead_key = fold(title or ""), fold(lead or "")
    captions_dropped: list[str] = []
    in_related = False
    kept: list[str] = []
    for line, block in zip(lines, located):
        key = fold(line)
        bare = _BULLET_RE.sub("", line)
        if key == title_key or (lead_key and (key == lead_key or (len(key) > 40 and lead_key.startswith(key)))):
            continue
        if is_related_header(line, noise):
            in_related = True
            continue
        if squash(line).casefold() in noise.lines:
            continue
        if fold(bare) in anchors:
            result.related.append(bare)
            continue
        if in_related and len(line.split()) < 30:
            continue
        in_related = False
        if is_date_line(line):
            continue
        if block is not None:
            if order.get(block.element, 0) <= start and start >= 0:
                continue
            if is_caption(block.element):
                captions_dropped.append(line)
                continue
            if in_noise_box(block.element, container, noise):
                continue
        kept.append(line)
    # trailing bylines and credits; "Theo Thanh Xuân" above a line "VnEconomy" names the writer
    popped_names = 0
    while kept:
        is_credit, person = credit_author(kept[-1], noise)
        if is_credit:
            if person is None and popped_names and kept[-1].casefold().startswith("theo "):
                person = squash(kept[-1][5:]) or None
            result.credit_author = result.credit_author or person
            kept.pop()
            continue
        if looks_like_byline(kept[-1], author, names) or is_date_line(kept[-1]):
            if popped_names == 0 and looks_like_person_name(kept[-1]):
                result.signed_by = squash(kept[-1])
            popped_names += 1
            kept.pop()
            continue
        break
    if not kept and captions_dropped:
        kept = captions_dropped
    result.paragraphs = kept
    return result


def dom_body(tree: etree._Element, lead_el: etree._Element | None, title_el: etree._Element | None,
             noise: NoiseWords) -> list[str]:
    """Body read from the DOM when trafilatura gives nothing usable: the blocks of the element with
    the most paragraph and caption text after the lead (captions only if there are no paragraphs)."""
    order = {el: i for i, el in enumerate(tree.iter())}
    start = max((order.get(el, -1) for el in (title_el, lead_el) if el is not None), default=-1)
    blocks = [b for b in text_blocks(tree) if b.position >= 0 and order.get(b.element, 0) > start
              and b.element.tag in ("p", "figcaption", "h2", "h3", "h4", "li", "blockquote", "td", "div")]
    paragraphs = [b for b in blocks if b.element.tag == "p" and not is_caption(b.element)]
    chosen = paragraphs if sum(len(b.text) for b in paragraphs) > 300 else [b for b in blocks if is_caption(b.element)]
    if not chosen:
        return []
    container = common_container(chosen, [len(b.text) for b in chosen])
    texts = []
    for block in chosen:
        if container is not None and container not in block.element.iterancestors() and block.element is not container:
            continue
        ancestors_below = []
        for node in block.element.iterancestors():
            if node is container:
                break
            ancestors_below.append(node)
        if any(class_tokens(n) & noise.class_tokens - {"caption"} for n in ancestors_below):
            continue
        texts.append(block.text)
    return texts


MAX_PLAIN_DEPTH = 255  # elements libxml2 nests without XML_PARSE_HUGE
MAX_HUGE_DEPTH = 2048  # and with it: what lies deeper is dropped


def tree_depth(tree: etree._Element) -> int:
    """How deeply the document's elements nest (the root is 1)."""
    deepest, stack = 0, [(tree, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def trafilatura_lines(page: Page, tree: etree._Element | None = None) -> list[str]:
    """trafilatura's text lines of the page. Given the page's tree and the page nests deeper than libxml2
    parses by default, trafilatura reads a copy of that tree (parsed with ``huge_tree``) instead of the
    text, which it would cut at the 256th level."""
    import copy

    import trafilatura

    source = page.text
    if tree is not None and tree_depth(tree) > MAX_PLAIN_DEPTH:
        source = copy.deepcopy(tree)
    extracted = trafilatura.extract(source, url=page.url, include_comments=False, include_tables=True,
                                    include_images=False, favor_recall=True, deduplicate=False)
    return (extracted or "").split("\n")


def clean_generic(page: Page) -> Article:
    """Any HTML article page → Article (title, lead, body, published, author, related headlines)."""
    tree = parse_html(page)
    try:
        return _clean_tree(page, tree)
    except ParseError as error:
        if tree_depth(tree) >= MAX_HUGE_DEPTH:  # say what happened: the parser dropped the deepest part
            raise ParseError(f"{error} (the HTML nests elements more than {MAX_HUGE_DEPTH} deep; "
                             "what lies deeper is not read)") from error
        raise


def _clean_tree(page: Page, tree: etree._Element) -> Article:
    from ..text_page import article_id_for

    noise = noise_words()
    meta = meta_values(tree)
    ld = json_ld_articles(tree)
    url = canonical_url(tree, meta, page.url)
    host = host_of(url)
    title, title_el = find_title(tree, meta, ld)
    if not title:
        raise ParseError(f"{page.source}: no headline found in the HTML")
    if title_el is None and not ld:
        raise ParseError(f"{page.source}: no displayed headline and no article metadata: "
                         "a listing or home page, not an article")
    lead, lead_el = find_lead(tree, meta, ld, title, title_el)
    names = author_names(tree, meta, ld, host)
    author = find_byline(tree, names, host, meta.get("og:site_name", []))
    lines = trafilatura_lines(page, tree)
    body = filter_lines(lines, tree, title, lead, lead_el, title_el, author, names, noise)
    if len(body.paragraphs) < 2 or max(len(p) for p in body.paragraphs) > 4000:
        fallback = dom_body(tree, lead_el, title_el, noise)
        log.info("%s: trafilatura gave %s: the body is read from the page's container instead%s", page.source,
                 f"{len(body.paragraphs)} paragraph(s)" if body.paragraphs and len(body.paragraphs) < 2
                 else "no paragraph" if not body.paragraphs else "a paragraph over 4000 characters",
                 "" if fallback else " (which has none either)")
        if fallback:
            body = filter_lines(fallback, tree, title, lead, lead_el, title_el, author, names, noise)
            if not body.paragraphs:
                body.paragraphs = fallback
    if not body.paragraphs and not lead:
        raise ParseError(f"{page.source}: no article text found in the HTML")
    author = author or body.credit_author or (body.signed_by if not is_publisher_name(
        body.signed_by or "", host, meta.get("og:site_name", [])) else None)
    published = page.published and iso_timestamp(page.published) or find_published(tree, meta, ld, title_el, page.source)
    paragraphs = tuple(squash(p) for p in body.paragraphs)
    text = "\n\n".join([title, *([lead] if lead else []), *paragraphs])
    return Article(
        article_id=article_id_for(url, text),
        source=host or "unknown",
        title=title,
        lead=lead,
        paragraphs=paragraphs,
        url=url,
        author=author,
        published=published,
        related_headlines=tuple(dict.fromkeys(body.related)),
        raw_path=page.source,
        fetched_at=page.fetched_at,
    )
