"""Plain typed records that flow between the pipeline stages.

Every stage is a pure function from one of these records to the next; nothing else (no dicts with
implicit keys) crosses a module line. Facts keep their provenance: the article, the sentence, the
character span in the article's cleaned text (``Article.text``) and the surface as written.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar


@dataclass(frozen=True, slots=True)
class Page:
    """One collected page, as read from a file, an archive or the network, before any cleaning."""

    source: str  # where it came from: a file path, "archive.warc.gz#record-3", or a URL
    text: str  # decoded once (NFC not yet applied)
    media_type: str  # "text" (a saved .txt page) or "html"
    url: str | None = None
    published: str | None = None  # from a `Published:` header or HTTP metadata, as given
    fetched_at: str | None = None
    encoding: str = "utf-8"  # the encoding the bytes were decoded from


@dataclass(frozen=True, slots=True)
class Article:
    """The article proper: its own title, lead, body and byline, without the site's noise.

    ``text`` is the cleaned text that sentences and mention offsets refer to: the kicker (if any),
    the title, the lead and the body paragraphs, separated by blank lines.
    """

    article_id: str
    source: str  # the site's host ("laodongthudo.vn"), or "unknown"
    title: str
    lead: str | None
    paragraphs: tuple[str, ...]  # body paragraphs after the lead, in order
    url: str | None = None
    kicker: str | None = None  # a line ending in ":" above the headline
    author: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD" (or full ISO timestamp when known)
    related_headlines: tuple[str, ...] = ()  # other articles' headlines found on the page (noise)
    raw_path: str | None = None
    fetched_at: str | None = None

    @property
    def body_paragraphs(self) -> tuple[str, ...]:
        """The lead followed by the body paragraphs."""
        return ((self.lead,) if self.lead else ()) + self.paragraphs

    @property
    def body(self) -> str:
        return "\n\n".join(self.body_paragraphs)

    @property
    def blocks(self) -> tuple[str, ...]:
        """The blocks of ``text`` in order: kicker, title, lead, paragraphs (empty ones left out)."""
        return tuple(b for b in (self.kicker, self.title, *self.body_paragraphs) if b)

    @property
    def text(self) -> str:
        return "\n\n".join(self.blocks)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of ``Article.text``; ``start``/``end`` are offsets into that text."""

    article_id: str
    index: int  # 0-based, over the whole article
    block: int  # index into ``Article.blocks``
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Span:
    """Where a mention stands: sentence index and character offsets into ``Article.text``."""

    sentence_index: int
    start: int
    end: int
    text: str  # the surface exactly as written


@dataclass(frozen=True, slots=True)
class Campaign:
    """A named movement, campaign, program, contest, theme, title or event, once per article."""

    name: str  # as first written, without quotes and trigger word
    kind: str  # movement, campaign, program, contest, theme, title, event
    key: str  # canonical matching key (case, punctuation, tone placement folded)
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Organization:
    """A distinct organization of the article, abbreviations expanded, place kept."""

    name: str  # expanded, e.g. "Liên đoàn Lao động quận Thanh Xuân"
    surface: str  # the first form the article uses, as written
    type: str  # federation, union, grassroots_union, party, government, company, school, cluster, ...
    place: str | None = None  # "quận Thanh Xuân"
    parent: str | None = None  # expanded name of the parent organization when the text gives it
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Person:
    """A named person of the story (never the byline) with title and organization as given."""

    name: str
    title: str | None
    organization: str | None  # expanded organization name (also listed among organizations)
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class DateMention:
    """An explicit calendar mention resolved to ISO; periods are "start/end"."""

    text: str
    value: str  # "2021", "2021-05", "2021-05-12", or "a/b" of these
    start_date: str  # first day covered, ISO
    end_date: str  # last day covered, ISO
    granularity: str  # day, month, quarter, half, year, range
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity: count, money (in đồng), percent or achieved/target ratio."""

    text: str  # with its hedge word and unit noun, as written
    value: float
    unit: str  # "VND", "%", the counted noun as written, or "ratio"
    kind: str  # count, money, percent, ratio
    approx: str | None = None  # gần, hơn, trên, khoảng, gần như, hàng ...
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Activity:
    """Who did what with which campaign, when, with what figures: one emulation activity."""

    campaign: str | None  # Campaign.name, or None for an unnamed drive
    action: str  # launch, implement, review, commend, contest, support, other
    organization: str | None  # Organization.name of the actor, or None when generic/unstated
    date: str | None  # ISO value as in DateMention.value
    figures: tuple[str, ...] = ()  # Figure.text of the figures that quantify it
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything extracted from one article."""

    campaigns: tuple[Campaign, ...] = ()
    organizations: tuple[Organization, ...] = ()
    people: tuple[Person, ...] = ()
    dates: tuple[DateMention, ...] = ()
    figures: tuple[Figure, ...] = ()
    activities: tuple[Activity, ...] = ()


@dataclass(frozen=True, slots=True)
class Processed:
    """The result of the per-article pipeline: what the store writes for one input."""

    article: Article
    sentences: tuple[Sentence, ...]
    facts: Facts = field(default_factory=Facts)
    content_hash: str = ""  # hash of the cleaned text, for duplicate and change detection
    relevance: float | None = None  # probability that the article is about emulation (models/relevance)


@dataclass(frozen=True, slots=True)
class Failure:
    """One failed input or article, as it goes into the ``errors`` table."""

    source: str
    stage: str  # read, process, store
    error_type: str
    message: str


class ThiduaError(Exception):
    """Base of the named errors the library raises; the CLI turns them into one-line messages."""


class ReadError(ThiduaError):
    """An input could not be read or decoded (empty, binary, unknown encoding, too large, gone)."""


class ParseError(ThiduaError):
    """An input was read but holds no article that can be cleaned (e.g. truncated HTML)."""


class FetchError(ThiduaError):
    """A page could not be fetched."""


_Closing = TypeVar("_Closing", bound="Closing")


class Closing:
    """Something used in a ``with`` block and closed on the way out (an engine, the dataset, the store)."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self: _Closing) -> _Closing:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
