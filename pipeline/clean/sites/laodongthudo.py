"""laodongthudo.vn (Lao động Thủ đô, the Hanoi trade-union federation's paper).

Article pages (``https://laodongthudo.vn/<slug>-<id>.html``): a kicker ending in ":" above the
``<h1>`` ("Liên đoàn Lao động quận Thanh Xuân:"), a date written "09:31 | 12/05/2021", a sapo
opening with "(LĐTĐ)", a line of related headlines straight after it, the body with photos in
layout tables (image row, caption row), and the author's name alone in the last paragraph. Boxes
"Tin khác", "Có thể bạn quan tâm", tags and the right column are other articles.

The class names are not relied on alone (they are from 2020 and change): the headline, the
"(LĐTĐ)" sapo and the container holding most paragraph text after it are found by content.
An article page is parsed once, by beautifulsoup4 over lxml; its metadata (``<meta>``, JSON-LD,
canonical link) is read from that parse with the generic cleaner's rules. A page of another shape
goes to the generic cleaner (logged). Listing pages (``div.list_news`` items) are read by
``parse_listing``, with lxml as the generic listing reader it falls back to, again in one parse.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

from ...records import Article, Page, ParseError
from .generic import (
    _DATE_CLASS_RE, class_tokens, clean_generic, credit_author, htmldate_published, iso_timestamp, json_ld_in, meta_contents, noise_words,
    pick_canonical, published_in_metadata, squash, visible_timestamp,
)

log = logging.getLogger(__name__)

HOST = "laodongthudo.vn"
LEAD_MARK = "(LĐTĐ)"
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "blockquote", "li")
_AUTHOR_RE = re.compile(r"^[A-ZĐÀ-Ỹ][\wÀ-ỹ.]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ.]*){0,4}$")


# ---------------------------------------------------------------------------------------------
# article pages


@dataclass(frozen=True)
class Parsed:
    """One parse of a page: the soup (scripts and styles gone) and the metadata read before they went."""

    soup: BeautifulSoup
    meta: dict[str, list[str]]  # <meta> contents by property/name/itemprop (generic.meta_values)
    ld: list[dict]  # JSON-LD article objects
    canonical: list[str]  # og:url, then <link rel=canonical> hrefs


def parse_page(page: Page) -> Parsed:
    """The page parsed by beautifulsoup4 over lxml, once."""
    if not page.text.strip():
        raise ParseError(f"{page.source}: empty HTML")
    soup = BeautifulSoup(page.text, "lxml")
    meta = meta_contents(soup.find_all("meta"))
    ld = json_ld_in(script.string or "" for script in soup.find_all("script", type="application/ld+json"))
    links = [link.get("href", "") for link in soup.find_all("link") if link.get("rel") == ["canonical"]]
    for tag in soup(["script", "style", "noscript", "svg", "iframe"]):
        tag.decompose()
    return Parsed(soup, meta, ld, meta.get("og:url", []) + links)


def text_of(tag: Tag | None) -> str:
    return squash(tag.get_text(" ")) if tag is not None else ""


def find_headline(soup: BeautifulSoup) -> Tag | None:
    """The article's ``<h1>`` (the first one with a real headline's length)."""
    for h1 in soup.find_all("h1"):
        if len(text_of(h1).split()) >= 3:
            return h1
    return None


def find_kicker(headline: Tag) -> str | None:
    """The line above the headline that ends with ":" (the organization or topic of the story)."""
    previous = headline.find_previous_sibling(True)
    text = text_of(previous)
    if text.endswith(":") and 1 <= len(text.split()) <= 15:
        return text
    return None


def find_sapo(soup: BeautifulSoup, headline: Tag) -> Tag | None:
    """The first element after the headline whose text opens with "(LĐTĐ)" (the paper's mark)."""
    for element in headline.find_all_next(True):
        text = text_of(element)
        if text.startswith(LEAD_MARK) and len(text) > len(LEAD_MARK) + 20:
            inner = [child for child in element.find_all(True) if text_of(child).startswith(LEAD_MARK)
                     and len(text_of(child)) >= len(text) * 0.9]
            return inner[-1] if inner else element
    return None


def is_noise_box(tag: Tag, stop: Tag) -> bool:
    """Inside a box of other articles, tags, sharing or captions (below the body container)."""
    noise = noise_words()
    for node in [tag, *tag.parents]:
        if node is stop or node is None:
            return False
        if node.name in ("nav", "footer", "aside", "figcaption", "header", "form"):
            return True
        if class_tokens(_AttrView(node)) & noise.class_tokens:
            return True
    return False


class _AttrView:
    """Lets ``generic.class_tokens`` read a bs4 tag's class and id."""

    def __init__(self, tag: Tag) -> None:
        self.tag = tag

    def get(self, name: str, default: str = "") -> str:
        value = self.tag.get(name, default)
        return " ".join(value) if isinstance(value, list) else (value or default)


def is_photo_caption(tag: Tag) -> bool:
    """A caption row of a photo layout table (image in one row, caption in the next)."""
    row = tag if tag.name == "tr" else tag.find_parent("tr")
    table = tag.find_parent("table")
    return bool(row and table and table.find("img") and not row.find("img"))


def body_container(sapo: Tag) -> Tag | None:
    """The element after the sapo holding the most paragraph text."""
    best: tuple[int, Tag | None] = (0, None)
    for element in sapo.find_all_next(["div", "article", "section"]):
        score = sum(len(text_of(p)) for p in element.find_all("p", recursive=False))
        if score > best[0]:
            best = (score, element)
    return best[1]


def body_blocks(container: Tag) -> list[str]:
    """The container's paragraphs and in-body subheadings, photo captions and boxes left out."""
    blocks = []
    for element in container.find_all(_BLOCK_TAGS):
        if element.find(_BLOCK_TAGS) or is_photo_caption(element) or is_noise_box(element, container):
            continue
        text = text_of(element)
        if text:
            blocks.append(text)
    return blocks


def split_author(blocks: list[str]) -> tuple[list[str], str | None]:
    """The last paragraph is the author's name when it is a short capitalised name ("Đỗ Đạt")."""
    author = None
    while blocks:
        last = blocks[-1]
        is_credit, person = credit_author(last, noise_words())
        if is_credit:
            author = author or person
            blocks = blocks[:-1]
        elif _AUTHOR_RE.match(last) and len(last.split()) <= 5:
            author = author or last
            blocks = blocks[:-1]
        else:
            break
    return blocks, author


def related_headlines(soup: BeautifulSoup, sapo: Tag, container: Tag | None) -> list[str]:
    """Headlines of the other articles linked from the page below the sapo (inline line, boxes)."""
    found = []
    for link in sapo.find_all_next("a"):
        if container is not None and container in link.parents:
            continue
        text = text_of(link)
        href = link.get("href") or ""
        if len(text.split()) >= 4 and re.search(r"-\d+\.html?$", href):
            found.append(text)
    return list(dict.fromkeys(found))


def publication_time(parsed: Parsed, page: Page, headline: Tag) -> str | None:
    """"09:31 | 12/05/2021" next to the headline, else the page's metadata, ``<time datetime>``, a date in
    a date-like element (in page order), and last htmldate (as ``generic.find_published`` does)."""
    for element in headline.find_all_next(True, limit=30):
        text = text_of(element)
        if len(text) < 60 and (stamp := visible_timestamp(text)):
            return stamp
    if stamp := published_in_metadata(parsed.meta, parsed.ld):
        return stamp
    soup = parsed.soup
    for time_el in soup.find_all("time"):
        if stamp := iso_timestamp(time_el.get("datetime")):
            return stamp
    for element in soup.find_all(True):
        marks = " ".join(_AttrView(element).get(name) for name in ("class", "id", "data-role"))
        if _DATE_CLASS_RE.search(marks) and element.find_parent("a") is None:
            text = text_of(element)
            if len(text) < 120 and (stamp := visible_timestamp(text)):
                return stamp
    return htmldate_published(page.text, page.source)


def clean_article(page: Page) -> Article:
    """A laodongthudo.vn article page → Article; pages of another shape go to the generic cleaner."""
    from ..text_page import article_id_for

    parsed = parse_page(page)
    soup = parsed.soup
    headline = find_headline(soup)
    sapo = find_sapo(soup, headline) if headline is not None else None
    container = body_container(sapo) if sapo is not None else None
    blocks = body_blocks(container) if container is not None else []
    if headline is None or sapo is None or not blocks:
        missing = "headline" if headline is None else f"sapo opening with {LEAD_MARK}" if sapo is None else "body"
        log.info("%s: not a %s article page (no %s): the generic cleaner takes it", page.source, HOST, missing)
        return clean_generic(page)
    paragraphs, author = split_author(blocks)
    title = text_of(headline)
    lead = text_of(sapo)
    kicker = find_kicker(headline)
    url = pick_canonical(parsed.canonical, page.url)
    published = iso_timestamp(page.published) if page.published else publication_time(parsed, page, headline)
    text = "\n\n".join([*([kicker] if kicker else []), title, lead, *paragraphs])
    return Article(
        article_id=article_id_for(url, text),
        source=HOST,
        title=title,
        lead=lead,
        paragraphs=tuple(paragraphs),
        url=url,
        kicker=kicker,
        author=author,
        published=published,
        related_headlines=tuple(related_headlines(soup, sapo, container)),
        raw_path=page.source,
        fetched_at=page.fetched_at,
    )


# ---------------------------------------------------------------------------------------------
# listing pages: ``parse_listing`` (div.list_news items, paging block) is added by the crawler.

ARTICLE_URL = re.compile(r"-\d{4,}\.html$")  # https://laodongthudo.vn/<slug>-<id>.html (not trang-2.html)
_LIST_DATE = re.compile(r"\b([0-3]?\d)/([01]?\d)/((?:19|20)\d\d)\b")


def is_article_url(url: str) -> bool:
    """laodongthudo.vn article URLs end in ``-<id>.html``."""
    return bool(ARTICLE_URL.search(url.split("?", 1)[0].split("#", 1)[0]))


def parse_listing(html: str, url: str):
    """A category page → ``pipeline.listing.Listing``: the ``div.list_news`` items' headline links
    (``div.list_news_title h2 a``, article URLs only, with a dd/mm/yyyy date when the item shows one)
    and the links of the ``paging`` block. A page without such items is read generically."""
    from ...collect.listing import Listing, ListingLink, base_url, canonical_url, listing_of
    from ...collect.listing import parse_html as parse_lxml
    from ...urls import same_site

    doc = parse_lxml(html)
    if doc is None:
        return Listing(url=url)
    items = doc.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' list_news ')]")
    if not items:
        log.info("%s: no list_news items: read as any listing page", url)
        return listing_of(doc, url)
    base = base_url(doc, url)
    here = canonical_url(url)
    articles: dict[str, ListingLink] = {}
    for item in items:
        anchors = (item.xpath(".//div[contains(concat(' ', normalize-space(@class), ' '), ' list_news_title ')]//h2//a[@href]")
                   or item.xpath(".//h2//a[@href] | .//h3//a[@href]"))
        for anchor in anchors[:1]:
            target = canonical_url(anchor.get("href"), base)
            if not target or not same_site(target, url) or not is_article_url(target) or target in articles:
                continue
            title = " ".join(anchor.text_content().split()) or " ".join((anchor.get("title") or "").split()) or None
            date = _LIST_DATE.search(" ".join(item.text_content().split()))
            published = f"{date.group(3)}-{int(date.group(2)):02d}-{int(date.group(1)):02d}" if date else None
            articles[target] = ListingLink(target, title, published)
    pages: dict[str, None] = {}
    for block in doc.xpath("//*[contains(@class, 'paging')]"):
        for anchor in block.xpath(".//a[@href]"):
            target = canonical_url(anchor.get("href"), base)
            if target and target != here and same_site(target, url) and not is_article_url(target):
                pages.setdefault(target, None)
    return Listing(url=url, articles=tuple(articles.values()), pages=tuple(pages))
