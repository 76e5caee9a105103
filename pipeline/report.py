"""Facts of one article as the JSON of ``thidua extract``: the gold format's fields, plus spans.

Keys follow ``shared/gold/FORMAT.md`` in its order, so that output and gold compare directly; the
extra keys (article_id, lead, body, kind/type/place, spans) come after them.
"""
from __future__ import annotations

from typing import Any

from .records import Processed, Span

BODY_WORDS = 8


def _span(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"sentence": span.sentence_index, "start": span.start, "end": span.end, "text": span.text}


def first_words(text: str | None, count: int = BODY_WORDS) -> str | None:
    return " ".join(text.split()[:count]) if text else None


def last_words(text: str | None, count: int = BODY_WORDS) -> str | None:
    return " ".join(text.split()[-count:]) if text else None


def to_json(processed: Processed) -> dict[str, Any]:
    article, facts = processed.article, processed.facts
    body = article.body_paragraphs
    return {
        "url": article.url,
        "source": article.source,
        "published": article.published[:10] if article.published else None,
        "title": article.title or None,
        "author": article.author,
        "body_first_words": first_words(body[0]) if body else None,
        "body_last_words": last_words(body[-1]) if body else None,
        "related_headlines": list(article.related_headlines),
        "campaigns": [
            {"name": c.name, "kind": c.kind, "mentions": [_span(m) for m in c.mentions]} for c in facts.campaigns
        ],
        "organizations": [
            {
                "name": o.name,
                "surface": o.surface,
                "type": o.type,
                "place": o.place,
                "parent": o.parent,
                "mentions": [_span(m) for m in o.mentions],
            }
            for o in facts.organizations
        ],
        "people": [
            {"name": p.name, "title": p.title, "organization": p.organization, "mentions": [_span(m) for m in p.mentions]}
            for p in facts.people
        ],
        "dates": [
            {
                "text": d.text,
                "value": d.value,
                "start": d.start_date,
                "end": d.end_date,
                "granularity": d.granularity,
                "span": _span(d.span),
            }
            for d in facts.dates
        ],
        "figures": [
            {"text": f.text, "value": f.value, "unit": f.unit, "approx": f.approx, "kind": f.kind, "span": _span(f.span)}
            for f in facts.figures
        ],
        "activities": [
            {
                "campaign": a.campaign,
                "action": a.action,
                "organization": a.organization,
                "date": a.date,
                "figures": list(a.figures),
                "span": _span(a.span),
            }
            for a in facts.activities
        ],
        "article_id": article.article_id,
        "kicker": article.kicker,
        "lead": article.lead,
        "body": article.body,
        "content_hash": processed.content_hash,
        "relevance": processed.relevance,
    }
