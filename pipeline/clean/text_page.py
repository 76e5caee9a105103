"""Cleaning: a ``Page`` becomes an ``Article`` (the article proper, without the site's noise).

Saved text pages go through the rules of ``clean_text_page``; HTML pages go to their site adapter
(``pipeline.sites``) or, for sites without one, to trafilatura.

A saved text page is one line per paragraph: site furniture (menus, dates, share boxes), an optional
kicker and the headline, the lead, the body with image alt texts and captions, related-article
headlines (sometimes run together on one line), the byline, then the site's lists of other articles.
The rules below read it top to bottom; every word list they use lives in ``pipeline/resources/``.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from ..records import Article, Page, ParseError
from ..resources import read_tsv
from ..text import fold_diacritics, nfc, pos_tag
from ..urls import SOURCE_PREFIXES, host_of


def article_id_for(url: str | None, cleaned_text: str) -> str:
    """Stable id: hash of the canonical URL where there is one, else of the cleaned text."""
    basis = url.strip() if url else cleaned_text
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


# --- resources -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CleanRules:
    """The noise markers, site tags and headline/byline words, loaded once from the TSV files."""

    line_markers: dict[str, str]  # folded whole line -> kind
    prefix_markers: tuple[tuple[str, str], ...]  # (folded prefix, kind)
    regex_markers: tuple[tuple[re.Pattern[str], str], ...]  # (pattern, kind) for drop/end/related
    strip_patterns: tuple[re.Pattern[str], ...]
    image_strip: tuple[re.Pattern[str], ...]
    date_strip: tuple[re.Pattern[str], ...]
    date_author: tuple[re.Pattern[str], ...]
    photo_credit: tuple[re.Pattern[str], ...]
    site_tags: tuple[tuple[str, str], ...]  # (tag, site), longest tag first
    openers: frozenset[str]
    nouns: frozenset[str]
    connectors: frozenset[str]
    sections: frozenset[str]  # the names of a site's sections (a menu label above the headline)
    byline_prefixes: tuple[str, ...]
    byline_suffixes: tuple[str, ...]
    byline_not_first: tuple[str, ...]
    byline_degrees: tuple[str, ...]


def _fold(line: str) -> str:
    """Comparison form of a furniture line: case and spacing folded, no space before a colon."""
    return re.sub(r"\s+:", ":", " ".join(line.split())).casefold()


@lru_cache(maxsize=1)
def clean_rules() -> CleanRules:
    line_markers: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    regexes: list[tuple[re.Pattern[str], str]] = []
    strips: list[re.Pattern[str]] = []
    image_strips: list[re.Pattern[str]] = []
    date_strip: list[re.Pattern[str]] = []
    date_author: list[re.Pattern[str]] = []
    credits: list[re.Pattern[str]] = []
    for row in read_tsv("noise_markers.tsv"):
        marker, kind, match = row["marker"], row["kind"], row["match"]
        if kind == "strip":
            strips.append(re.compile(marker))
        elif kind == "image_strip":
            image_strips.append(re.compile(marker))
        elif kind == "date_strip":
            date_strip.append(re.compile(marker))
        elif kind == "date_author":
            date_author.append(re.compile(marker))
        elif kind == "photo_credit":
            credits.append(re.compile(marker))
        elif match == "line":
            line_markers[_fold(marker)] = kind
        elif match == "prefix":
            prefixes.append((_fold(marker), kind))
        else:
            regexes.append((re.compile(marker), kind))
    tags = sorted(((r["tag"], r["site"]) for r in read_tsv("site_tags.tsv")), key=lambda t: -len(t[0]))
    words = read_tsv("headline_words.tsv")
    byline = read_tsv("byline_words.tsv")
    return CleanRules(
        line_markers=line_markers,
        prefix_markers=tuple(prefixes),
        regex_markers=tuple(regexes),
        strip_patterns=tuple(strips),
        image_strip=tuple(image_strips),
        date_strip=tuple(date_strip),
        date_author=tuple(date_author),
        photo_credit=tuple(credits),
        site_tags=tuple(tags),
        openers=frozenset(r["word"].casefold() for r in words if r["role"] == "opener"),
        nouns=frozenset(r["word"].casefold() for r in words if r["role"] == "noun"),
        connectors=frozenset(r["word"].casefold() for r in words if r["role"] == "connector"),
        byline_prefixes=tuple(r["word"] for r in byline if r["role"] == "prefix"),
        byline_suffixes=tuple(" " + r["word"] for r in byline if r["role"] == "suffix"),
        byline_not_first=tuple(r["word"] for r in byline if r["role"] == "not_first"),
        byline_degrees=tuple(r["word"] + " " for r in byline if r["role"] == "degree"),
        sections=frozenset(_fold(r["section"]) for r in read_tsv("site_sections.tsv")),
    )


def _marker_kind(line: str, rules: CleanRules) -> str | None:
    folded = _fold(line)
    kind = rules.line_markers.get(folded)
    if kind:
        return kind
    for prefix, kind in rules.prefix_markers:
        if folded.startswith(prefix):
            return kind
    for pattern, kind in rules.regex_markers:
        if pattern.search(line):
            return kind
    return None


# --- line shapes ---------------------------------------------------------------------------------

_DATE_MARKER = re.compile(r"^\s*date (\d{4}-\d{2}(?:-\d{2})?)\b\s*")
_DATE = re.compile(r"\b(\d{1,2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?((?:19|20)\d{2})\b")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?")
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\b")
_SLUG = re.compile(r"^([a-z0-9]+(?: [a-z0-9]+){3,})(?: (?=[^\sa-z0-9])(.*))?$")
_SENTENCE_END = re.compile(r"[.!?…][”\"’')\]»]*$")
_OPEN_QUOTES = {"“": "”", "\"": "\"", "(": ")", "‘": "’", "«": "»"}


def _words(text: str) -> int:
    return len(text.split())


def _ends_sentence(text: str) -> bool:
    """A paragraph ending like a sentence (full stop, ellipsis, question or exclamation mark)."""
    return bool(_SENTENCE_END.search(text.rstrip(" |")))


_FULL_STOP = re.compile(r"(?<!\.)\.[”\"’')\]»]*$")


def _ends_full_stop(text: str) -> bool:
    """Ends in a single full stop: a sentence, never a headline (which may end in ?, ! or ...)."""
    return bool(_FULL_STOP.search(text.rstrip(" |")))


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


_NOT_WORD = re.compile(r"[\W_]+")


def _dup_key(text: str) -> str:
    """What an image alt text and its caption (or the title) share: the letters, folded like a
    CMS slug (no diacritics, no case, no punctuation: ``Ông Phan - Chủ tịch`` = ``ông phan – chủ tịch``)."""
    return _NOT_WORD.sub("", fold_diacritics(text).casefold())


def _site_tag(text: str, rules: CleanRules) -> str | None:
    for tag, site in rules.site_tags:
        if text.startswith(tag):
            return site
    return None


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if _ISO_DATE.match(value):
        return value
    match = _DATE.search(value)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if 1 <= day <= 31 and 1 <= month <= 12:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return value


_WORDED_DATE = re.compile(r"\b(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+năm\s+((?:19|20)\d{2})\b", re.IGNORECASE)
_ISO_DATETIME = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[\sT]|$)")


def _numeric_dates(text: str) -> str:
    """The dateline's other spellings in the day/month/year form: "12 tháng 01 năm 2025", "2025-01-13 08:00"."""
    text = _WORDED_DATE.sub(lambda m: f"{m.group(1)}/{m.group(2)}/{m.group(3)}", text)
    return _ISO_DATETIME.sub(lambda m: f"{m.group(3)}/{m.group(2)}/{m.group(1)}", text)


def _date_line(text: str, rules: CleanRules) -> tuple[str | None, str | None] | None:
    """A dateline (``20/09/2020 17:06``, ``Thứ hai, 17/02/2020``, ``Thu Trang 02/10/2024 20:27``):
    its ISO date and the writer's name when the line gives one; None for any other line."""
    text = _numeric_dates(text)
    match = _DATE.search(text)
    if not match or _ends_sentence(text) and _words(text) > 6:
        return None
    author = None
    rest = text
    for pattern in rules.date_author:
        found = pattern.search(text)
        if found:
            author = _AFFILIATION.sub("", found.group("author").strip())
            rest = text[:found.start()] + " " + text[found.end():]
    rest = _TIME.sub(" ", _DATE.sub(" ", rest))
    for pattern in rules.date_strip:
        rest = pattern.sub(" ", rest)
    rest = " ".join(re.sub(r"[|,()•\-–—]+", " ", rest).split())
    has_time = bool(_TIME.search(text))
    if _words(rest) > 4 and not (has_time and _words(text) <= 14):
        return None
    if author is None and rest and _words(rest) <= 4 and _name_like(rest, rules):
        author = rest
    iso = _iso_date(match.group(0))
    return (iso if iso and _ISO_DATE.match(iso) else None), author


def _name_like(text: str, rules: CleanRules) -> bool:
    """A byline: a few capitalised words or initials (``Đỗ Đạt``, ``T.P``, ``N.Hà - T.Nga``)."""
    if not text or any(ch.isdigit() for ch in text) or text.endswith((":", ",", ";")):
        return False
    if any(ch in text for ch in "“”\"?!…"):
        return False
    if text.startswith(rules.byline_not_first):
        return False
    tokens = [t for t in re.split(r"[\s\-–—,()/]+", text) if t]
    if not 1 <= len(tokens) <= 8:
        return False
    for token in tokens:
        letters = [ch for ch in token if ch.isalpha()]
        if not letters or not letters[0].isupper():
            return False
        # "T.P", "N.Hà": every dotted part is capitalised too
        if any(part and not part[0].isupper() for part in token.split(".") if part and part[0].isalpha()):
            return False
    return True


# a bare link after a paragraph's last sentence: the page's embedded video or source, no words of the article
_TRAILING_LINK = re.compile(r"(?<=[.!?…”])\s+https?://\S+$")
_AFFILIATION = re.compile(r"\s+\([^()]{2,60}\)$")
# "NDO -", "TTO -": a paper's tag alone on its line, its lead on the next
_BARE_TAG = re.compile(r"[A-ZĐ][A-ZĐ0-9.]{1,11}\s*[-–]")
_COMPILED_BY = re.compile(r"\s*\((?:tổng hợp|TH|t/h|lược dịch|dịch)\)$", re.IGNORECASE)


def _byline(text: str, rules: CleanRules) -> str | None:
    for prefix in rules.byline_prefixes:
        if text.startswith(prefix):
            text = text[len(prefix):].strip()
            break
    for suffix in rules.byline_suffixes:
        if text.endswith(suffix):
            text = text[:-len(suffix)].strip()
            break
    text = _COMPILED_BY.sub("", text)  # "Minh Anh (tổng hợp)": the writer compiled the story
    text = _AFFILIATION.sub("", text)  # "Bá Mạnh (LĐLĐ Thái Bình)": the writer, then the body they write from
    return text if _name_like(text, rules) else None


def _section_byline(text: str, rules: CleanRules) -> str | None:
    """The writer in a "section - WRITER" line (``Chính sách mới - D.M``): a segment after a dash
    written in capitals or with initials."""
    segments = [s.strip() for s in re.split(r" [-–] ", text)]
    if len(segments) >= 2 and segments[0].startswith(rules.byline_degrees) and _name_like(segments[0], rules):
        return segments[0]  # "TS. Phạm Văn Thanh - Nguyên Phó Chủ tịch ...": the writer and their post
    for segment in segments[1:]:
        if (segment == segment.upper() or re.search(r"\b\w\.", segment)) and _name_like(segment, rules):
            return segment
    if len(segments) == 2 and _fold(segments[0]) in rules.sections and _name_like(segments[1], rules):
        return segments[1]  # "Người lao động - Vĩnh Hồng": the site's section, then the writer in plain case
    return None


def _has_credit(text: str, rules: CleanRules) -> bool:
    """A photo credit (``Ảnh: Ngọc``) marks a caption, never a headline."""
    return any(pattern.search(text) for pattern in rules.photo_credit)


def _menu_path(text: str, rules: CleanRules) -> bool:
    """A section label or breadcrumb: section names only, joined by "-", ">", "»", "/" or "|"."""
    parts = [_fold(p) for p in re.split(r"\s+[-–>»/|]\s+|\s*[>»|]\s*", text)]
    return all(p in rules.sections for p in parts)


def _title_like(text: str, rules: CleanRules) -> bool:
    limit = 70 if text == text.upper() else 36  # a headline in capitals runs long
    if _ends_full_stop(text) or not 2 <= _words(text) <= limit:
        return False
    if _site_tag(text, rules) or _has_credit(text, rules):
        return False
    first = text.lstrip("“\"'‘(")[:1]
    return first.isupper() or first.isdigit()


# --- run-together headlines ----------------------------------------------------------------------


def _pos_tags(text: str) -> list[tuple[str, str]]:
    """underthesea's (word, tag) pairs for ``text`` read as the start of a headline."""
    return pos_tag(text)


def _opens_headline(tokens: list[str], i: int, rules: CleanRules) -> bool:
    """Does a new headline start at token ``i``? A ``Place:`` kicker or a capitalised verb."""
    # "... nhiệm kỳ mới Đông Anh: Tổ chức ...": a place and a colon after plain (lower-case) words;
    # after capitalised words the colon ends a name that runs on ("Liên đoàn Lao động TP Hà Nội:").
    if tokens[i - 1][:1].islower() and tokens[i - 2][:1].islower():
        for j in range(i, min(i + 8, len(tokens) - 1)):
            if tokens[j].endswith(":"):
                return True
            if tokens[j][-1:] in ",.;!?”\"" or tokens[j].casefold() in rules.connectors:
                break
    word = tokens[i].rstrip(",;")
    if not word.isalpha() or word.isupper():  # acronyms, numerals, "Covid-19", "Tiến:" open no verb headline
        return False
    pair = " ".join(tokens[i:i + 2]).casefold().rstrip(",:")
    if pair in rules.openers or word.casefold() in rules.openers:
        return True
    if pair in rules.nouns or word.casefold() in rules.nouns:
        return False
    after_plain_words = tokens[i - 1][:1].islower() and tokens[i - 2][:1].islower()
    if not after_plain_words:  # "Tổng Công ty Đầu tư ...": inside a capitalised name
        return False
    tags = _pos_tags(" ".join(tokens[i:i + 6]))
    if tags and tags[0][1] == "V":
        return True
    # "... trên địa bàn | Hoài Đức thực hiện ...": a place name then a verb in lower case opens a
    # headline, unless the words before it name the place ("quận Thanh Xuân tổ chức")
    return (
        len(tags) > 1
        and tags[0][1] == "Np"
        and tags[1][1] == "V"
        and tags[1][0][:1].islower()
        and tokens[i - 1].casefold() not in rules.nouns
        and " ".join(tokens[i - 2:i]).casefold() not in rules.nouns
    )


def split_headlines(line: str, rules: CleanRules | None = None, known: tuple[str, ...] = ()) -> list[str]:
    """Split a line of run-together headlines at headline boundaries.

    A boundary is a capitalised word outside quotes and parentheses, not after a connector or a
    clause mark, that opens a headline (see ``_opens_headline``); a headline seen elsewhere on the
    page marks its own bounds. Every piece keeps at least five words.
    """
    rules = rules or clean_rules()
    line = line.strip(" |")
    for headline in known:
        position = line.find(headline)
        if position >= 0 and headline != line:
            before, after = line[:position].strip(), line[position + len(headline):].strip()
            return [
                *(split_headlines(before, rules, known) if before else []),
                headline,
                *(split_headlines(after, rules, known) if after else []),
            ]
    tokens = line.split()
    pieces: list[str] = []
    start = 0
    closing: list[str] = []
    for i, token in enumerate(tokens):
        if not closing and i - start >= 5 and len(tokens) - i >= 5 and (token[:1].isupper() or token.isdigit()):
            previous = tokens[i - 1]
            if previous.endswith(("!", "?")) or (previous.isdigit() and token.isdigit()) or (
                not previous.endswith((",", ":", ";", "-", "–"))
                and previous not in ("-", "–", "—")
                and previous.casefold() not in rules.connectors
                and " ".join(tokens[i - 2:i]).casefold() not in rules.connectors
                and _opens_headline(tokens, i, rules)
            ):
                pieces.append(" ".join(tokens[start:i]))
                start = i
        for ch in token:
            if closing and ch == closing[-1]:
                closing.pop()
            elif ch in _OPEN_QUOTES and not (ch == "\"" and closing and closing[-1] == "\""):
                closing.append(_OPEN_QUOTES[ch])
    pieces.append(" ".join(tokens[start:]))
    return [p for p in pieces if p]


# --- the page ------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Line:
    text: str
    gap: bool  # a blank line stands before it
    kind: str = "text"  # text, pipe (a table cell), caption (under an image marker)
    joined: bool = False  # the scraper had broken it over several lines


def _lines(text: str, rules: CleanRules) -> list[_Line]:
    """Non-empty lines, spacing collapsed, strip patterns applied; a line that starts in lower case
    (or with a colon) continues the line above it, which the scraper broke."""
    lines: list[_Line] = []
    gap = False
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        for pattern in rules.strip_patterns:
            line = pattern.sub("", line)
        caption = False
        for pattern in rules.image_strip:
            stripped = pattern.sub("", line)
            if stripped != line and stripped:
                line, caption = stripped, True
        if not line:
            gap = True
            continue
        if (
            lines
            and not gap
            and (line[0].islower() or line[0] in ":;,)")
            and not _SLUG.match(line)
            and not line.startswith("http")
            and not _ends_sentence(lines[-1].text)
            and not lines[-1].text.endswith("|")
        ):
            joiner = "" if line[0] in ":;,)" else " "
            lines[-1].text = lines[-1].text + joiner + line
            lines[-1].joined = True
            continue
        kind = "caption" if caption else "text"
        if line.startswith("|"):
            kind = "pipe"
        lines.append(_Line(line.strip("| ").strip() if kind == "pipe" else line.rstrip(" |"), gap, kind))
        if lines[-1].text == "":
            lines.pop()
        gap = False
    return lines


@dataclass(slots=True)
class _Para:
    text: str
    gap: bool
    kind: str  # text, pipe, caption


def _tail_headlines(tail: list[_Line], rules: CleanRules) -> list[str]:
    """Headlines in the site's lists of other articles: each headline line (often shown twice),
    not the leads under them nor the list labels."""
    found: list[str] = []
    for index, line in enumerate(tail):
        text = line.text
        if _marker_kind(text, rules) or _site_tag(text, rules):
            continue
        repeated = index + 1 < len(tail) and tail[index + 1].text == text
        if repeated or (not _ends_sentence(text) and _words(text) <= 40):
            found.append(text)
    return found


def clean_text_page(page: Page) -> Article:
    """The article of a saved text page: kicker, title, lead, paragraphs, byline, date, source and
    the headlines of other articles the page shows; raises ``ParseError`` when there is no text."""
    rules = clean_rules()
    lines = _lines(nfc(page.text), rules)
    marker = _date_marker(lines)  # always read: its line is no text
    published = _iso_date(page.published) or marker
    top = _TopDown(lines, rules).read()
    known = tuple(_tail_headlines(top.tail, rules)) if top.tail_related else ()
    paras = _settle_body(top.paras, top.related, known, top.title, rules)
    paras, unmarked = _unmarked_tail(paras)
    author, paras = _end_byline(paras, rules)
    author = author or top.top_author
    if len(paras) >= 2:  # like a caption above the lead, after it (not last: the body's last words are the text's)
        paras = paras[:1] + _new_captions(top.top_captions, paras, top.title) + paras[1:]
    if not paras:
        raise ParseError(f"{page.source}: no article text (only furniture, headlines or a byline)")
    lead, body = paras[0].text, tuple(p.text for p in paras[1:])
    published = published or (top.dates_after or top.dates_before or [None])[0]
    article_text = "\n\n".join(b for b in (top.kicker, top.title, lead, *body) if b)
    return Article(
        article_id=article_id_for(page.url, article_text),
        source=_source(page.url, lead, rules),
        title=top.title or "",
        lead=lead,
        paragraphs=body,
        url=page.url,
        kicker=top.kicker,
        author=author,
        published=published,
        related_headlines=_distinct_headlines([*top.related, *known, *unmarked], top.title),
        raw_path=page.source,
        fetched_at=page.fetched_at,
    )


def _date_marker(lines: list[_Line]) -> str | None:
    """A leading " date 2021-04" marker from the store feeds only the date (the line goes, or its rest stays)."""
    if not lines:
        return None
    marker = _DATE_MARKER.match(lines[0].text)
    if not marker:
        return None
    rest = lines[0].text[marker.end():].strip()
    if rest:
        lines[0].text = rest
    else:
        lines.pop(0)
    return marker.group(1)


class _TopDown:
    """The page read line by line from the top: furniture, date lines and image slugs left aside, the kicker,
    the headline and a byline under it taken, the paragraphs kept, until the first marker after the text."""

    def __init__(self, lines: list[_Line], rules: CleanRules) -> None:
        self.lines, self.rules = lines, rules
        self.kicker: str | None = None
        self.title: str | None = None
        self.title_seen = False
        self.top_author: str | None = None
        self.dates_before: list[str] = []
        self.dates_after: list[str] = []
        self.paras: list[_Para] = []
        self.related: list[str] = []
        self.tail: list[_Line] = []
        self.tail_related = False
        self.after_image = ""  # "image" after an image marker or slug, "alt" after the title as alt text
        self.top_captions: list[_Para] = []  # photo captions above the headline (or above a text without one)
        self.index = 0

    def read(self) -> "_TopDown":
        while self.index < len(self.lines):
            line = self.lines[self.index]
            self.index += 1
            if self._furniture(line) is _STOP:
                break
        return self

    def _furniture(self, line: _Line) -> object:
        """Markers, images, date lines and slugs: handled here; anything else goes on to the headline."""
        text, rules = line.text, self.rules
        kind = _marker_kind(text, rules)
        if kind in ("end", "related"):
            if self.paras:  # the article ends at the first marker after its text
                self.tail = self.lines[self.index:]
                self.tail_related = kind == "related" or any(_marker_kind(t.text, rules) == "related" for t in self.tail)
                return _STOP
            return None  # a share box or label above the article
        if kind in ("drop", "image"):
            self.after_image = "image" if kind == "image" else ""  # the caption follows an image
            return None
        dated = _date_line(text, rules)
        if dated:
            if dated[0]:
                (self.dates_after if self.title_seen else self.dates_before).append(dated[0])
            if self.title_seen and dated[1] and not self.paras:
                self.top_author = self.top_author or dated[1]
            return None
        slug = _SLUG.match(text)
        if slug:  # an image alt slug, alone or before another article's headline
            if slug.group(2):
                self.related.extend(split_headlines(slug.group(2), rules))
            else:
                self.after_image = "image"  # the caption follows
            return None
        if not self.title_seen and self._headline(line):
            return None
        self._text(line)
        return None

    def _headline(self, line: _Line) -> bool:
        """Above the text: a photo, the kicker, the headline, or furniture. True when the line is taken."""
        text, rules = line.text, self.rules
        following = self.lines[self.index].text if self.index < len(self.lines) else ""
        if following.startswith(text) and len(following) - len(text) <= 40 and not _marker_kind(following, rules):
            self.index += 1  # image alt + caption above the headline: a photo, not the title
            self.top_captions.append(_Para(following, line.gap, "caption"))  # the caption is article text (FORMAT)
            return True
        if text.endswith(":") and _title_like(following, rules):
            self.kicker = text
            return True
        if _menu_path(text, rules) and _title_like(following, rules) and _words(following) > _words(text):
            return True  # the site's section label or breadcrumb above the headline ("Lao động", "Trang chủ > Tin tức")
        if _title_like(text, rules) and not line.joined:  # a headline is one line; a caption may not be
            self.title, self.title_seen = text, True
            return True
        if not (_ends_sentence(text) or _words(text) > 50 or _site_tag(text, rules)):
            if _has_credit(text, rules) or _words(text) >= _CAPTION_WORDS:
                self.top_captions.append(_Para(text, line.gap, "caption"))  # a photo caption: article text (FORMAT)
            return True  # furniture or a photo caption above the headline
        self.title_seen = True  # the page starts with its text: no title
        return False

    def _text(self, line: _Line) -> None:
        """Below the headline: alt text, title fragments, a byline, or a paragraph (a caption under an image)."""
        text, rules, title, paras = line.text, self.rules, self.title, self.paras
        if title and abs(len(text) - len(title)) <= 12 and _dup_key(text) == _dup_key(title):
            self.after_image = "alt"  # image alt text repeating the title; its caption follows
            return
        if title and not paras and _title_fragments(self.lines, self.index - 1, title):
            self.index = _title_fragments(self.lines, self.index - 1, title)
            return
        if not paras and _BARE_TAG.fullmatch(text):
            return  # the paper's tag on its own line ("NDO -"): no writer, no text
        writer = _byline(text, rules) if not paras and line.kind == "text" and _words(text) <= 8 else None
        if writer:
            self.top_author = self.top_author or writer  # a byline under the title, its label dropped
            return
        if title and not paras and not _ends_sentence(text):
            writer = _section_byline(text, rules)
            if writer:  # "Chính sách mới - D.M": section and writer under the title
                self.top_author = self.top_author or writer
                return
        # the line under an image marker is its caption; under an alt text only when directly under
        kind = "caption" if self.after_image == "image" or (self.after_image == "alt" and not line.gap) else line.kind
        self.after_image = ""
        if paras and abs(len(paras[-1].text) - len(text)) <= 12 and _dup_key(paras[-1].text) == _dup_key(text):
            # image alt text then the same words as caption: one caption; but a long first paragraph printed
            # twice is the lead given as the page's summary and again as the text (sggp.org.vn): one lead
            lead_twice = len(paras) == 1 and _words(text) >= _LEAD_WORDS
            paras[-1] = _Para(text, paras[-1].gap, paras[-1].kind if lead_twice else "caption")
            return
        paras.append(_Para(_TRAILING_LINK.sub("", text), line.gap, kind))


_STOP = object()
# Words from which a line above the headline that is no sentence is a photo caption, not site furniture ("logo
# Chuyên đề Tuyên truyền giáo dục", "Hotline: ..."): union news pages (laodong.vn, nld.com.vn) open on the top photo
# and its caption, which names the people and bodies of the story ("Bà X, Chủ tịch Công đoàn Công ty Y thăm ...").
_CAPTION_WORDS = 10
# A paragraph this long is no photo's caption (captions name who and where in a sentence or two).
_LEAD_WORDS = 40


def _new_captions(captions: list[_Para], paras: list[_Para], title: str | None) -> list[_Para]:
    """The captions above the headline that the text (or the title) does not hold already (a page may print the
    caption twice)."""
    held = {_dup_key(p.text) for p in paras} | {_dup_key(title or "")}
    kept: list[_Para] = []
    for caption in captions:
        if _dup_key(caption.text) not in held:
            held.add(_dup_key(caption.text))
            kept.append(caption)
    return kept


def _settle_body(paras: list[_Para], related: list[str], known: tuple[str, ...], title: str | None,
                 rules: CleanRules) -> list[_Para]:
    """Series sub-headlines before a tagged lead dropped, related headlines taken out, repeats dropped, and a
    photo caption above the lead moved after it."""
    # Paragraphs between the headline and a tagged lead ("(LĐTĐ) ...") are sub-headlines of the
    # series, not the article's text: the gold starts the body at the tagged lead.
    for position, para in enumerate(paras[:3]):
        if _site_tag(para.text, rules) and all(not _ends_sentence(p.text) for p in paras[:position]):
            paras = paras[position:]
            break
    paras = _take_related(paras, related, known, title, rules)
    paras = _drop_repeats(paras)
    # A photo caption above the lead belongs to the top image: it follows the lead in the text.
    first_text = next((i for i, p in enumerate(paras) if p.kind != "caption"), 0)
    return paras[first_text:first_text + 1] + paras[:first_text] + paras[first_text + 1:]


def _unmarked_tail(paras: list[_Para]) -> tuple[list[_Para], list[str]]:
    """The site's list of other articles when no label announces it: a last block, after a blank line, of three
    or more headline-shaped lines (capitalised, 5 to 40 words, no sentence end, no list dash). An article's own
    closing list is introduced in its block or its lines are dashed; a headline list is neither."""
    start = next((i for i in range(len(paras) - 1, 0, -1) if paras[i].gap), 0)  # the last block's first line
    block = paras[start:]
    if start == 0 or len(block) < 3:
        return paras, []
    if all(p.kind == "text" and p.text[:1].isupper() and 5 <= _words(p.text) <= 40 and not _ends_sentence(p.text)
           and not p.text.endswith(":") for p in block):
        return paras[:start], [p.text for p in block]
    return paras, []


def _end_byline(paras: list[_Para], rules: CleanRules) -> tuple[str | None, list[_Para]]:
    """The byline on the last line, or run onto the last paragraph ("... năm 2009. K.MAI")."""
    if not paras or paras[-1].kind != "text":
        return None, paras
    author = _byline(paras[-1].text, rules)
    if author:
        return author, paras[:-1]
    run_on = re.match(r"^(.*[.!?…”])\s+(\S+(?: \S+){0,3})$", paras[-1].text)
    if run_on and _name_like(run_on.group(2), rules) and (run_on.group(2).isupper() or re.search(r"\b\w\.\w", run_on.group(2))):
        return run_on.group(2), paras[:-1] + [_Para(run_on.group(1), paras[-1].gap, paras[-1].kind)]
    return None, paras


# a list's dash before a headline and the time stamp after it ("- Niềm vui từ ... 17.11.2024 | 08:32 AM")
_LIST_DASH = re.compile(r"^[-–•·]\s+")
_LISTED_STAMP = re.compile(r"\s+\d{1,2}[./-]\d{1,2}[./-]\d{4}\s*\|?\s*\d{1,2}:\d{2}(?:\s*[AP]M)?$")  # a date alone may be the headline's


def _distinct_headlines(headlines: list[str], title: str | None) -> tuple[str, ...]:
    """Each other article's headline once, in order, the article's own title left out."""
    seen: set[str] = set()
    kept = []
    for headline in headlines:
        headline = _LISTED_STAMP.sub("", _LIST_DASH.sub("", headline.strip())).strip()
        if headline and headline not in seen and not (title and _same(headline, title)):
            seen.add(headline)
            kept.append(headline)
    return tuple(kept)


def _title_fragments(lines: list[_Line], start: int, title: str) -> int:
    """When the lines from ``start`` spell the title again in pieces (a banner broken over lines),
    the index after them; else 0."""
    target = " ".join(title.split()).casefold()
    collected = ""
    for index in range(start, min(start + 8, len(lines))):
        collected = (collected + " " + lines[index].text).strip()
        folded = " ".join(collected.split()).casefold()
        if folded == target:
            return index + 1 if index > start else 0
        if not target.startswith(folded):
            return 0
    return 0


def _take_related(
    paras: list[_Para], related: list[str], known: tuple[str, ...], title: str | None, rules: CleanRules
) -> list[_Para]:
    """Move related-article headlines out of the text: a line that repeats a headline listed
    elsewhere on the page, and the block of headline lines right under the title or the lead
    (a table cell, several lines in a row, or one line that splits into several headlines)."""
    kept = [p for p in paras if not any(_same(p.text, k) for k in known)]
    for under_lead in (False, True):
        # under the title: the first paragraph; under the lead: the one after the first non-caption
        position = next((i + 1 for i, p in enumerate(kept) if p.kind != "caption"), len(kept)) if under_lead else 0
        while position < len(kept):
            block = [kept[position]]
            if block[0].kind == "caption" or (under_lead and block[0].kind == "pipe"):
                break  # a table cell under the lead is a caption (laodongthudo.vn)
            for para in kept[position + 1:]:
                if para.kind != block[0].kind or (para.gap and para.kind == "text"):
                    break
                block.append(para)
            if any(_ends_sentence(p.text) or _words(p.text) > 80 or _has_credit(p.text, rules) for p in block):
                break
            hints = known + ((title,) if title else ())
            pieces = [split_headlines(p.text, rules, hints) for p in block]
            if block[0].kind == "text" and any(_words(h) > 40 for headlines in pieces for h in headlines):
                break  # a paragraph, not headlines
            if block[0].kind == "pipe" or len(block) >= 2 or len(pieces[0]) >= 2:
                for headlines in pieces:
                    related.extend(headlines)
                del kept[position:position + len(block)]
                continue
            break
    return kept


def _drop_repeats(paras: list[_Para]) -> list[_Para]:
    """A paragraph the page prints twice is kept once, at its later place.

    laodongthudo.vn closes some articles with a copy of an earlier paragraph (seed 000 repeats
    "... đề nghị Thành phố biểu dương." as its last line, without its "Bên cạnh đó," opening); the
    gold ends the body there, while facts must not count the paragraph twice. So the earlier copy
    goes and the later place keeps the longer wording: the text holds every word once. The lead is the
    exception: a page that repeats its lead below the photo (vovworld.vn prints "(VOV5) - Năm 2021, ..." above
    the first paragraph and again after the caption) starts its article with it, so the lead keeps its place.
    """
    result = list(paras)
    index = 0
    while index < len(result):
        text = " ".join(result[index].text.split())
        duplicate = None
        if len(text) >= 40:
            for later in range(index + 1, len(result)):
                other = " ".join(result[later].text.split())
                if len(other) >= 40 and (text == other or text.endswith(other) or other.endswith(text)):
                    duplicate = later
                    break
        if duplicate is not None:
            longer = text if len(text) >= len(result[duplicate].text) else result[duplicate].text
            kept, dropped = (index, duplicate) if index == 0 else (duplicate, index)
            result[kept] = _Para(longer, result[kept].gap, result[kept].kind)
            del result[dropped]
            if dropped == index:
                continue
        index += 1
    return result


def _source(url: str | None, lead: str, rules: CleanRules) -> str:
    """The site: the URL's host without ``www.``/``amp.``, else the paper's tag opening the lead."""
    host = host_of(url, SOURCE_PREFIXES)
    return host or _site_tag(lead, rules) or "unknown"


def clean_page(page: Page) -> Article:
    if page.media_type == "html":
        from .sites import clean_html

        return clean_html(page)
    return clean_text_page(page)
