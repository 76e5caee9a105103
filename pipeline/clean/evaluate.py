"""Measuring HTML cleaning against hand-written expectations (``pages/expected/*.json``).

Each expected file gives a page's title, published time, author and the first/last words of its
sapo and body. ``check_article`` says, per field, whether an Article agrees; ``baseline_article``
is plain trafilatura turned into an Article, the bar the site cleaners must clear.
"""
from __future__ import annotations

from ..records import Article, Page
from .sites.generic import squash

FIELDS = ("title", "published", "author", "sapo_first", "body_first", "body_last")


def _same(a: str | None, b: str | None) -> bool:
    return squash(a) == squash(b)


def check_article(article: Article, expected: dict) -> dict[str, bool]:
    """Field → agrees. ``published`` compares the calendar date; body checks are on the first and
    last body paragraphs (the sapo is not body), in NFC with whitespace collapsed."""
    paragraphs = [squash(p) for p in article.paragraphs if squash(p)]
    want_date = (expected.get("published") or "")[:10] or None
    got_date = (article.published or "")[:10] or None
    return {
        "title": _same(article.title, expected.get("title")),
        "published": got_date == want_date,
        "author": _same(article.author, expected.get("author")) if expected.get("author") or article.author else True,
        "sapo_first": bool(article.lead) and squash(article.lead).startswith(squash(expected["sapo_first_words"])),
        "body_first": bool(paragraphs) and paragraphs[0].startswith(squash(expected["body_first_words"])),
        "body_last": bool(paragraphs) and paragraphs[-1].endswith(squash(expected["body_last_words"])),
    }


def baseline_article(page: Page) -> Article:
    """Plain trafilatura (``bare_extraction`` with metadata): its description as the lead, its text
    lines as the body."""
    import trafilatura

    document = trafilatura.bare_extraction(page.text, url=page.url, with_metadata=True)
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document or {})
    lines = [squash(line) for line in (data.get("text") or "").split("\n") if squash(line)]
    return Article(
        article_id="baseline",
        source="unknown",
        title=data.get("title") or "",
        lead=squash(data.get("description")) or None,
        paragraphs=tuple(lines),
        url=page.url,
        author=data.get("author"),
        published=data.get("date"),
    )
