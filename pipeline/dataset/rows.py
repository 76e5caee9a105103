"""One processed article as rows: the single path from ``Processed`` to every output.

The SQLite store, the Parquet parts of the Dask engine and the JSON of ``thidua extract`` all take an
article's rows from here, so the three cannot drift apart: the same spans, the same figure → campaign
links, the same activity date bounds. Rows are plain dicts keyed by column name. Campaigns,
organizations and people appear by their canonical key and name; the SQLite store turns those into its
integer ids, the Parquet parts keep them as they are.
"""
from __future__ import annotations

import json
from typing import Any

from ..records import Failure, Processed, Span
from ..text import match_key

BODY_WORDS = 8
FACT_TABLES = ("sentences", "campaign_mentions", "organization_mentions", "person_roles", "dates", "figures",
               "activities")


def span_columns(span: Span | None) -> dict[str, Any]:
    """Where a fact stands: sentence index, character offsets into the article's text, the surface."""
    if span is None:
        return {"sentence_index": None, "start": None, "end": None, "text": None}
    return {"sentence_index": span.sentence_index, "start": span.start, "end": span.end, "text": span.text}


def published_forms(published: str | None) -> tuple[str | None, str | None]:
    """(day, timestamp) of a publication time: ``published`` is always the day (YYYY-MM-DD),
    ``published_at`` the full timestamp when the page gave one (else None)."""
    if not published:
        return None, None
    return published[:10], (published if len(published) > 10 else None)


def article_row(processed: Processed, pipeline_version: str, raw_path: str | None = None) -> dict[str, Any]:
    article = processed.article
    published, published_at = published_forms(article.published)
    return {
        "article_id": article.article_id, "url": article.url, "source": article.source, "title": article.title,
        "kicker": article.kicker, "lead": article.lead, "body": article.body, "published": published,
        "published_at": published_at,
        "author": article.author, "related_headlines": json.dumps(list(article.related_headlines), ensure_ascii=False),
        "content_hash": processed.content_hash, "raw_path": article.raw_path or raw_path,
        "fetched_at": article.fetched_at, "pipeline_version": pipeline_version,
        "relevance": None if processed.relevance is None else float(processed.relevance),
    }


def fact_rows(processed: Processed) -> dict[str, list[dict[str, Any]]]:
    """The rows of each fact table for one article (``FACT_TABLES``), every row with its ``article_id``."""
    facts, aid = processed.facts, processed.article.article_id
    campaign_key = {c.name: c.key or match_key(c.name) for c in facts.campaigns}
    date_bounds: dict[str, tuple[str, str]] = {}
    for date in facts.dates:
        date_bounds.setdefault(date.value, (date.start_date, date.end_date))
    # A figure that quantifies an activity of a named campaign is tied to that campaign (the first such).
    figure_campaign: dict[str, str] = {}
    for activity in facts.activities:
        for text in activity.figures:
            if activity.campaign and text not in figure_campaign:
                figure_campaign[text] = activity.campaign

    def campaign(name: str | None) -> dict[str, Any]:
        if not name:
            return {"campaign_key": None, "campaign": None}
        return {"campaign_key": campaign_key.get(name) or match_key(name), "campaign": name}

    def organization(name: str | None) -> dict[str, Any]:
        return {"org_key": match_key(name) if name else None, "organization": name}

    rows: dict[str, list[dict[str, Any]]] = {table: [] for table in FACT_TABLES}
    rows["sentences"] = [{"article_id": aid, "sentence_index": s.index, "block": s.block, "start": s.start,
                          "end": s.end, "text": s.text} for s in processed.sentences]
    for c in facts.campaigns:
        rows["campaign_mentions"] += [{"article_id": aid, **campaign(c.name), "kind": c.kind, **span_columns(span)}
                                      for span in c.mentions]
    for o in facts.organizations:
        rows["organization_mentions"] += [{"article_id": aid, **organization(o.name), "type": o.type, "place": o.place,
                                           "parent": o.parent, **span_columns(span)} for span in o.mentions]
    for p in facts.people:
        rows["person_roles"].append({"article_id": aid, "person_key": match_key(p.name), "person": p.name,
                                     "title": p.title, **organization(p.organization),
                                     **span_columns(p.mentions[0] if p.mentions else None)})
    for d in facts.dates:
        rows["dates"].append({"article_id": aid, **span_columns(d.span), "text": d.text, "value": d.value,
                              "start_date": d.start_date, "end_date": d.end_date, "granularity": d.granularity})
    for f in facts.figures:
        rows["figures"].append({"article_id": aid, **span_columns(f.span), "text": f.text, "value": float(f.value),
                                "unit": f.unit, "kind": f.kind, "approx": f.approx,
                                **campaign(figure_campaign.get(f.text))})
    published_day = published_forms(processed.article.published)[0]
    for a in facts.activities:
        start_date, end_date = date_bounds.get(a.date or "", (None, None))
        # the activity's time span: its own date's bounds, else the day its article was published
        rows["activities"].append({"article_id": aid, **span_columns(a.span), **campaign(a.campaign),
                                   "action": a.action,
                                   **organization(a.organization), "date": a.date, "start_date": start_date,
                                   "end_date": end_date, "date_start": start_date or published_day,
                                   "date_end": end_date or start_date or published_day, "figures": list(a.figures)})
    return rows


def error_row(failure: Failure, input_path: str) -> dict[str, Any]:
    return {"source": failure.source, "stage": failure.stage, "error_type": failure.error_type,
            "message": failure.message, "input": input_path}


def first_words(text: str | None, count: int = BODY_WORDS) -> str | None:
    return " ".join(text.split()[:count]) if text else None


def last_words(text: str | None, count: int = BODY_WORDS) -> str | None:
    return " ".join(text.split()[-count:]) if text else None


def to_json(processed: Processed) -> dict[str, Any]:
    """The JSON of ``thidua extract``: the gold format's fields in its order, then spans and extras.

    Keys follow ``shared/gold/FORMAT.md`` so that output and gold compare directly; every fact carries
    its span(s) as the dataset stores them (``span_columns``).
    """
    article, facts = processed.article, processed.facts
    rows = fact_rows(processed)
    body = article.body_paragraphs
    return {
        "url": article.url,
        "source": article.source,
        "published": published_forms(article.published)[0],
        "published_at": published_forms(article.published)[1],
        "title": article.title or None,
        "author": article.author,
        "body_first_words": first_words(body[0]) if body else None,
        "body_last_words": last_words(body[-1]) if body else None,
        "related_headlines": list(article.related_headlines),
        "campaigns": [{"name": c.name, "kind": c.kind, "mentions": [span_columns(m) for m in c.mentions]}
                      for c in facts.campaigns],
        "organizations": [{"name": o.name, "surface": o.surface, "type": o.type, "place": o.place, "parent": o.parent,
                           "mentions": [span_columns(m) for m in o.mentions]} for o in facts.organizations],
        "people": [{"name": p.name, "title": p.title, "organization": p.organization,
                    "mentions": [span_columns(m) for m in p.mentions]} for p in facts.people],
        "dates": [{"text": r["text"], "value": r["value"], "start": r["start_date"], "end": r["end_date"],
                   "granularity": r["granularity"], "span": _span_of(r)} for r in rows["dates"]],
        "figures": [{"text": r["text"], "value": r["value"], "unit": r["unit"], "approx": r["approx"], "kind": r["kind"],
                     "campaign": r["campaign"], "span": _span_of(r)} for r in rows["figures"]],
        "activities": [{"campaign": r["campaign"], "action": r["action"], "organization": r["organization"],
                        "date": r["date"], "figures": r["figures"], "start": r["start_date"], "end": r["end_date"],
                        "date_start": r["date_start"], "date_end": r["date_end"],
                        "span": _span_of(r)} for r in rows["activities"]],
        "article_id": article.article_id,
        "kicker": article.kicker,
        "lead": article.lead,
        "body": article.body,
        "content_hash": processed.content_hash,
        "relevance": processed.relevance,
    }


def _span_of(row: dict[str, Any]) -> dict[str, Any] | None:
    """The span columns of a fact row (dates, figures and activities carry them inline), or None."""
    if row["sentence_index"] is None and row["start"] is None:
        return None
    return {key: row[key] for key in ("sentence_index", "start", "end", "text")}
