"""Analysts' corrections of extracted facts: stored apart, re-applied at every build, undone, exported as gold.

A correction is a row of ``corrections`` (migration 10). Like ``campaign_aliases`` it sits apart from the
derived tables: no foreign key ties it to an article, so a rebuild that deletes and re-derives an article's
facts leaves it alone, and ``Store`` re-applies it to the facts it derives (``apply_corrections``).

What a correction says (``kind``):

- ``wrong``: an extracted fact (``fact``: campaign, organization, person, date, figure, activity) is wrong;
  applying it deletes the matching row;
- ``change_activity``: an activity's action, actor (organization) or campaign is another (``after``);
- ``add_campaign`` / ``add_organization``: a missed name, at the selected characters;
- ``add_activity``: a missed activity, in the selected sentence.

Every correction points at the article's text by character offsets (``start``, ``end``, into
``Article.text``: kicker, title, lead, body joined by blank lines) and keeps the characters it saw there
(``quote``). When a rebuild finds other characters at those offsets, the correction is *flagged*
(``state = 'flagged'``, with the reason in ``note``) and not applied blindly.

Validation is against the article: offsets inside its text, the quote equal to the text there, names
that occur in it (verbatim, or as a name the extractor or an earlier correction gave it), actions among
the known ones. A bad correction raises ``CorrectionError`` with a one-line message and an HTTP status.
"""
from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Mapping, TypeVar

from ..records import ThiduaError
from ..text import match_key
from .schema import PRUNE, connect

T = TypeVar("T")

KINDS = ("wrong", "change_activity", "add_campaign", "add_organization", "add_activity")
FACTS = {  # fact → its table
    "campaign": "campaign_mentions",
    "organization": "organization_mentions",
    "person": "person_roles",
    "date": "dates",
    "figure": "figures",
    "activity": "activities",
}
ACTIONS = ("launch", "implement", "review", "commend", "contest", "support", "other")
CAMPAIGN_KINDS = ("movement", "campaign", "program", "contest", "theme", "title", "event")
ACTIVE, UNDONE = "active", "undone"
APPLIED, FLAGGED = "applied", "flagged"
MAX_NAME = 300
MAX_AUTHOR = 80

# Migration 10: the corrections table (no foreign keys: it outlives the facts it corrects).


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class CorrectionError(ThiduaError):
    """A correction that cannot be made or undone; ``status`` is the HTTP status a server answers."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class Correction:
    correction_id: int
    article_id: str
    kind: str
    fact: str | None
    sentence_index: int | None
    start: int
    end: int
    quote: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    author: str
    created_at: str
    status: str
    undone_at: str | None
    undone_by: str | None
    state: str
    note: str | None
    checked_at: str | None


_COLUMNS = ", ".join(Correction.__slots__)


def _correction(row: tuple) -> Correction:
    values = dict(zip(Correction.__slots__, row))
    values["before"] = json.loads(values["before"]) if values["before"] else None
    values["after"] = json.loads(values["after"]) if values["after"] else None
    return Correction(**values)


def get_correction(conn: sqlite3.Connection, correction_id: int) -> Correction:
    row = conn.execute(f"SELECT {_COLUMNS} FROM corrections WHERE correction_id = ?", (correction_id,)).fetchone()
    if row is None:
        raise CorrectionError(f"no correction #{correction_id}", 404)
    return _correction(row)


def list_corrections(conn: sqlite3.Connection, article_id: str | None = None, include_undone: bool = True) -> list[Correction]:
    where, params = [], []
    if article_id is not None:
        where.append("article_id = ?")
        params.append(article_id)
    if not include_undone:
        where.append("status = 'active'")
    sql = f"SELECT {_COLUMNS} FROM corrections" + (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY correction_id"
    return [_correction(row) for row in conn.execute(sql, params)]


# --- the article's text -----------------------------------------------------------------------------


def article_text(conn: sqlite3.Connection, article_id: str) -> str:
    """The cleaned text the offsets count in: kicker, title, lead and body paragraphs, by blank lines."""
    row = conn.execute(
        "SELECT kicker, title, body, duplicate_of FROM articles WHERE article_id = ?", (article_id,)
    ).fetchone()
    if row is None:
        raise CorrectionError(f"no article {article_id!r}", 404)
    if row[3]:
        raise CorrectionError(f"article {article_id} is a copy of {row[3]}: correct the original", 409)
    kicker, title, body = row[:3]
    paragraphs = [p for p in (body or "").split("\n\n") if p]
    return "\n\n".join(b for b in (kicker, title, *paragraphs) if b)


def _sentence_at(conn: sqlite3.Connection, article_id: str, start: int, end: int) -> int | None:
    row = conn.execute(
        "SELECT sentence_index FROM sentences WHERE article_id = ? AND start <= ? AND end >= ? ORDER BY sentence_index LIMIT 1",
        (article_id, start, end),
    ).fetchone()
    return row[0] if row else None


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", match_key(text))


def _names_of_article(conn: sqlite3.Connection, article_id: str, table: str) -> dict[str, str]:
    """match key → name of the campaigns or organizations the article's rows name (extracted or added)."""
    if table == "campaigns":
        sql = ("SELECT c.key, c.name FROM campaigns c WHERE c.campaign_id IN (SELECT campaign_id FROM campaign_mentions "
               "WHERE article_id = ? UNION SELECT campaign_id FROM activities WHERE article_id = ?)")
    else:
        sql = ("SELECT o.key, o.name FROM organizations o WHERE o.org_id IN (SELECT org_id FROM organization_mentions "
               "WHERE article_id = ? UNION SELECT org_id FROM activities WHERE article_id = ? "
               "UNION SELECT org_id FROM person_roles WHERE article_id = ?)")
    params = (article_id,) * sql.count("?")
    return {key: name for key, name in conn.execute(sql, params)}


def _valid_name(conn: sqlite3.Connection, article_id: str, text: str, value: Any, what: str, table: str) -> str | None:
    """A campaign or organization name for an activity: one the article has, or one that occurs in its text."""
    if value is None:
        return None
    name = _clean_str(value, what, MAX_NAME)
    if not name:
        return None
    key = match_key(name)
    known = _names_of_article(conn, article_id, table)
    if key in known:
        return known[key]
    if _folded(name) and _folded(name) in _folded(text):
        return name
    raise CorrectionError(f"{what} {name!r} does not occur in article {article_id}", 422)


def _clean_str(value: Any, what: str, limit: int) -> str:
    if not isinstance(value, str):
        raise CorrectionError(f"{what} must be text", 400)
    value = re.sub(r"\s+", " ", value).strip()
    if len(value) > limit:
        raise CorrectionError(f"{what} is longer than {limit} characters", 400)
    if any(ord(c) < 32 for c in value):
        raise CorrectionError(f"{what} holds control characters", 400)
    return value


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool):
        raise CorrectionError(f"{what} must be a whole number", 400)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,12}\s*", value):
        return int(value)
    raise CorrectionError(f"{what} must be a whole number", 400)


def _span(text: str, request: Mapping[str, Any], article_id: str) -> tuple[int, int, str]:
    start, end = _int(request.get("start"), "start"), _int(request.get("end"), "end")
    if not 0 <= start < end <= len(text):
        raise CorrectionError(f"span {start}-{end} is outside article {article_id} (0-{len(text)})", 422)
    quote = text[start:end]
    expected = request.get("quote")
    if expected is not None and expected != quote:
        raise CorrectionError(f"the text at {start}-{end} is {quote!r}, not {expected!r}", 409)
    if not quote.strip():
        raise CorrectionError(f"the text at {start}-{end} is blank", 422)
    return start, end, quote


# --- rows as plain descriptions (before / after) ------------------------------------------------------


def _describe(conn: sqlite3.Connection, fact: str, rowid: int) -> dict[str, Any]:
    """A fact row with ids replaced by names, enough to find it again after a rebuild and to restore it."""
    table = FACTS[fact]
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute(f'SELECT rowid AS row_id, * FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
    finally:
        conn.row_factory = None
    if row is None:
        raise CorrectionError(f"no {fact} #{rowid}", 404)
    item = {k: row[k] for k in row.keys() if k not in ("row_id", "campaign_id", "org_id", "person_id", "activity_id")}
    if "campaign_id" in row.keys():
        campaign = conn.execute("SELECT key, name, kind FROM campaigns WHERE campaign_id = ?", (row["campaign_id"],)).fetchone()
        item["campaign"] = campaign[1] if campaign else None
        item["campaign_key"] = campaign[0] if campaign else None
        if fact == "campaign":
            item["kind"] = campaign[2] if campaign else None
    if "org_id" in row.keys():
        org = conn.execute("SELECT key, name FROM organizations WHERE org_id = ?", (row["org_id"],)).fetchone()
        item["organization"] = org[1] if org else None
        item["org_key"] = org[0] if org else None
    if fact == "person":
        person = conn.execute("SELECT key, name FROM people WHERE person_id = ?", (row["person_id"],)).fetchone()
        item["person"], item["person_key"] = person[1], person[0]
    return item


def _campaign_id(conn: sqlite3.Connection, name: str | None, kind: str | None = None) -> int | None:
    if not name:
        return None
    return conn.execute(
        "INSERT INTO campaigns (key, name, kind) VALUES (?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET kind = coalesce(kind, excluded.kind) RETURNING campaign_id",
        (match_key(name), name, kind),
    ).fetchone()[0]


def _org_id(conn: sqlite3.Connection, name: str | None) -> int | None:
    if not name:
        return None
    return conn.execute(
        "INSERT INTO organizations (key, name) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET key = key RETURNING org_id",
        (match_key(name), name),
    ).fetchone()[0]


def _key(name: str | None) -> str | None:
    return match_key(name) if name else None


def _find_rows(conn: sqlite3.Connection, article_id: str, fact: str, item: Mapping[str, Any]) -> list[int]:
    """Row ids of the article's ``fact`` rows that are the fact ``item`` describes (same span, same names)."""
    table = FACTS[fact]
    rows = conn.execute(
        f'SELECT rowid FROM "{table}" WHERE article_id = ? AND start IS ? AND end IS ?',
        (article_id, item.get("start"), item.get("end")),
    ).fetchall()
    found = []
    for (rowid,) in rows:
        current = _describe(conn, fact, rowid)
        if all(_same(current.get(k), item.get(k)) for k in _IDENTITY[fact]):
            found.append(rowid)
    return found


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return match_key(a) == match_key(b)
    return a == b


_IDENTITY = {  # what tells one fact row from another at the same span
    "campaign": ("campaign",),
    "organization": ("organization",),
    "person": ("person", "title"),
    "date": ("text", "value"),
    "figure": ("text", "value"),
    "activity": ("action", "campaign", "organization"),
}


def _insert_row(conn: sqlite3.Connection, article_id: str, fact: str, item: Mapping[str, Any]) -> None:
    """Insert a fact row from its description (a restored ``before``, or an addition)."""
    span = (item.get("sentence_index"), item.get("start"), item.get("end"), item.get("text"))
    if fact == "campaign":
        conn.execute("INSERT INTO campaign_mentions VALUES (?, ?, ?, ?, ?, ?)",
                     (_campaign_id(conn, item["campaign"], item.get("kind")), article_id, *span))
    elif fact == "organization":
        conn.execute("INSERT INTO organization_mentions VALUES (?, ?, ?, ?, ?, ?)",
                     (_org_id(conn, item["organization"]), article_id, *span))
    elif fact == "person":
        person_id = conn.execute(
            "INSERT INTO people (key, name) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET key = key RETURNING person_id",
            (item.get("person_key") or match_key(item["person"]), item["person"]),
        ).fetchone()[0]
        conn.execute("INSERT INTO person_roles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (person_id, article_id, item.get("title"), _org_id(conn, item.get("organization")), *span))
    elif fact == "date":
        conn.execute("INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (article_id, *span, item.get("value"), item.get("start_date"), item.get("end_date"),
                      item.get("granularity")))
    elif fact == "figure":
        conn.execute("INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (article_id, *span, item.get("value"), item.get("unit"), item.get("kind"), item.get("approx"),
                      _campaign_id(conn, item.get("campaign"))))
    else:
        conn.execute(
            "INSERT INTO activities (article_id, sentence_index, start, end, text, campaign_id, action, org_id, date, "
            "start_date, end_date, figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, *span, _campaign_id(conn, item.get("campaign")), item["action"],
             _org_id(conn, item.get("organization")), item.get("date"), item.get("start_date"), item.get("end_date"),
             item.get("figures") if isinstance(item.get("figures"), str) else json.dumps(item.get("figures") or [])),
        )


# --- applying, making, undoing ------------------------------------------------------------------------


def _apply(conn: sqlite3.Connection, c: Correction, text: str) -> tuple[str, str | None]:
    """Apply one active correction to the article's current rows: (state, note)."""
    if text[c.start:c.end] != c.quote:
        now_there = text[c.start:c.end] if c.end <= len(text) else text[c.start:]
        return FLAGGED, f"the text at {c.start}-{c.end} changed: was {c.quote!r}, now {now_there!r}"
    if c.kind == "wrong":
        for rowid in _find_rows(conn, c.article_id, c.fact, c.before or {}):
            conn.execute(f'DELETE FROM "{FACTS[c.fact]}" WHERE rowid = ?', (rowid,))
        return APPLIED, None  # a fact no longer derived needs no removal: the correction still stands
    if c.kind == "change_activity":
        rows = _find_rows(conn, c.article_id, "activity", c.before or {})
        if not rows:
            if _find_rows(conn, c.article_id, "activity", c.after or {}):
                return APPLIED, None  # the build derives it as corrected already
            return FLAGGED, "the build no longer derives the activity this correction changed"
        after = c.after or {}
        conn.execute(
            "UPDATE activities SET action = ?, campaign_id = ?, org_id = ? WHERE rowid = ?",
            (after["action"], _campaign_id(conn, after.get("campaign")), _org_id(conn, after.get("organization")), rows[0]),
        )
        return APPLIED, None
    fact = {"add_campaign": "campaign", "add_organization": "organization", "add_activity": "activity"}[c.kind]
    if not _find_rows(conn, c.article_id, fact, c.after or {}):
        _insert_row(conn, c.article_id, fact, c.after or {})
    return APPLIED, None


def _unapply(conn: sqlite3.Connection, c: Correction) -> None:
    """Take back what an applied correction did to the article's current rows."""
    if c.kind == "wrong":
        if not _find_rows(conn, c.article_id, c.fact, c.before or {}):
            _insert_row(conn, c.article_id, c.fact, c.before or {})
    elif c.kind == "change_activity":
        before = c.before or {}
        for rowid in _find_rows(conn, c.article_id, "activity", c.after or {})[:1]:
            conn.execute(
                "UPDATE activities SET action = ?, campaign_id = ?, org_id = ? WHERE rowid = ?",
                (before["action"], _campaign_id(conn, before.get("campaign")), _org_id(conn, before.get("organization")),
                 rowid),
            )
    else:
        fact = {"add_campaign": "campaign", "add_organization": "organization", "add_activity": "activity"}[c.kind]
        for rowid in _find_rows(conn, c.article_id, fact, c.after or {})[:1]:
            conn.execute(f'DELETE FROM "{FACTS[fact]}" WHERE rowid = ?', (rowid,))


def apply_corrections(conn: sqlite3.Connection, article_id: str, text: str) -> tuple[int, int]:
    """Re-apply the article's active corrections to the facts just derived; returns (applied, flagged).

    Called by the store inside the build's transaction, after it inserted the article's facts.
    """
    applied = flagged = 0
    stamp = now()
    for c in list_corrections(conn, article_id, include_undone=False):
        state, note = _apply(conn, c, text)
        conn.execute("UPDATE corrections SET state = ?, note = ?, checked_at = ? WHERE correction_id = ?",
                     (state, note, stamp, c.correction_id))
        applied += state == APPLIED
        flagged += state == FLAGGED
    return applied, flagged


def move_corrections(conn: sqlite3.Connection, old_id: str, new_id: str) -> int:
    """An input whose article got a new id (a URL-less text edited): its corrections follow it, to be
    applied or flagged against the new text."""
    return conn.execute("UPDATE corrections SET article_id = ? WHERE article_id = ?", (new_id, old_id)).rowcount


def _prune(conn: sqlite3.Connection) -> None:
    for statement in PRUNE:
        while conn.execute(statement).rowcount:
            pass


def make_correction(conn: sqlite3.Connection, request: Mapping[str, Any], author: Any) -> Correction:
    """Validate a correction against its article, store it and apply it now (in the caller's transaction).

    ``request`` holds ``article_id``, ``kind`` and, by kind: ``fact`` and ``row`` (the fact's rowid in its
    table) for ``wrong``; ``row`` (the activity id) and any of ``action``, ``campaign``, ``organization``
    for ``change_activity``; ``start``, ``end`` (and ``quote``, ``name``, ``campaign_kind``) for the
    additions, plus ``action`` and optional ``campaign``, ``organization``, ``date`` for ``add_activity``.
    """
    if not isinstance(request, Mapping):
        raise CorrectionError("a correction is an object of fields", 400)
    author = _clean_str(author if author is not None else "", "author", MAX_AUTHOR)
    if not author:
        raise CorrectionError("who makes the correction? type your name once (author)", 400)
    kind = request.get("kind")
    if kind not in KINDS:
        raise CorrectionError(f"kind must be one of {', '.join(KINDS)}", 400)
    article_id = request.get("article_id")
    if not isinstance(article_id, str) or not re.fullmatch(r"[0-9A-Za-z_.:-]{1,100}", article_id):
        raise CorrectionError("article_id is missing or malformed", 400)
    text = article_text(conn, article_id)
    fact, before, after = None, None, None
    if kind in ("wrong", "change_activity"):
        fact = "activity" if kind == "change_activity" else request.get("fact")
        if fact not in FACTS:
            raise CorrectionError(f"fact must be one of {', '.join(FACTS)}", 400)
        rowid = _int(request.get("row"), "row")
        owner = conn.execute(f'SELECT article_id, start, end FROM "{FACTS[fact]}" WHERE rowid = ?', (rowid,)).fetchone()
        if owner is None or owner[0] != article_id:
            raise CorrectionError(f"article {article_id} has no {fact} #{rowid}", 404)
        if owner[1] is None or owner[2] is None:
            raise CorrectionError(f"{fact} #{rowid} has no span in the text to point at", 422)
        before = _describe(conn, fact, rowid)
        start, end = owner[1], owner[2]
        if not 0 <= start < end <= len(text):
            raise CorrectionError(f"{fact} #{rowid} points outside the article's text", 409)
        quote = text[start:end]
        if kind == "change_activity":
            after = {k: before.get(k) for k in ("sentence_index", "start", "end", "text", "action", "campaign",
                                                 "organization")}
            changed = False
            if "action" in request and request["action"] not in (None, ""):
                if request["action"] not in ACTIONS:
                    raise CorrectionError(f"action must be one of {', '.join(ACTIONS)}", 400)
                changed |= request["action"] != before["action"]
                after["action"] = request["action"]
            for field, table in (("campaign", "campaigns"), ("organization", "organizations")):
                if field in request:
                    value = _valid_name(conn, article_id, text, request[field], field, table)
                    changed |= _key(value) != _key(before.get(field))
                    after[field] = value
            if not changed:
                raise CorrectionError("nothing to change: give another action, campaign or organization", 422)
    else:
        if kind == "add_activity" and request.get("start") in (None, "") and request.get("sentence_index") not in (None, ""):
            sentence = conn.execute("SELECT start, end FROM sentences WHERE article_id = ? AND sentence_index = ?",
                                    (article_id, _int(request.get("sentence_index"), "sentence_index"))).fetchone()
            if sentence is None:
                raise CorrectionError(f"article {article_id} has no sentence {request.get('sentence_index')}", 422)
            request = {**request, "start": sentence[0], "end": sentence[1]}
        start, end, quote = _span(text, request, article_id)
        if kind in ("add_campaign", "add_organization"):
            field = "campaign" if kind == "add_campaign" else "organization"
            fact = field
            name = _clean_str(request.get("name") or quote, "name", MAX_NAME) or quote.strip()
            if kind == "add_campaign":
                if _folded(name) not in _folded(text):
                    raise CorrectionError(f"campaign {name!r} does not occur in article {article_id}", 422)
                campaign_kind = request.get("campaign_kind") or None
                if campaign_kind is not None and campaign_kind not in CAMPAIGN_KINDS:
                    raise CorrectionError(f"campaign_kind must be one of {', '.join(CAMPAIGN_KINDS)}", 400)
                after = {"campaign": name, "kind": campaign_kind}
            else:  # an organization's name may expand what is written (LĐLĐ → Liên đoàn Lao động): the
                # selection itself is what must occur, and the name must share a word with it
                if not set(_folded(name).split()) & set(_folded(quote).split()):
                    raise CorrectionError(f"organization {name!r} has no word of the selected text {quote!r}", 422)
                after = {"organization": name}
            after.update(sentence_index=_sentence_at(conn, article_id, start, end), start=start, end=end, text=quote)
        else:  # add_activity
            fact = "activity"
            action = request.get("action")
            if action not in ACTIONS:
                raise CorrectionError(f"action must be one of {', '.join(ACTIONS)}", 400)
            date = request.get("date") or None
            if date is not None:
                date = _clean_str(date, "date", 30)
                if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?", date):
                    raise CorrectionError("date must be YYYY, YYYY-MM, YYYY-MM-DD or a/b of these", 400)
            after = {
                "sentence_index": _sentence_at(conn, article_id, start, end), "start": start, "end": end, "text": quote,
                "action": action,
                "campaign": _valid_name(conn, article_id, text, request.get("campaign"), "campaign", "campaigns"),
                "organization": _valid_name(conn, article_id, text, request.get("organization"), "organization",
                                            "organizations"),
                "date": date, "figures": [],
            }
            if date:
                bounds = _date_bounds(date)
                after.update(start_date=bounds[0], end_date=bounds[1])
    sentence_index = (before or after or {}).get("sentence_index")
    cursor = conn.execute(
        "INSERT INTO corrections (article_id, kind, fact, sentence_index, start, end, quote, before, after, author, "
        "created_at, status, state, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', 'applied', ?)",
        (article_id, kind, fact, sentence_index, start, end, quote,
         json.dumps(before, ensure_ascii=False) if before is not None else None,
         json.dumps(after, ensure_ascii=False) if after is not None else None, author, now(), now()),
    )
    correction = get_correction(conn, cursor.lastrowid)
    state, note = _apply(conn, correction, text)
    conn.execute("UPDATE corrections SET state = ?, note = ? WHERE correction_id = ?", (state, note, correction.correction_id))
    _prune(conn)
    return get_correction(conn, correction.correction_id)


def _date_bounds(value: str) -> tuple[str, str]:
    """First and last day of a YYYY / YYYY-MM / YYYY-MM-DD value or an a/b period of them."""
    import calendar

    first, _, last = value.partition("/")
    last = last or first

    def bound(part: str, end: bool) -> str:
        pieces = part.split("-")
        year = int(pieces[0])
        month = int(pieces[1]) if len(pieces) > 1 else (12 if end else 1)
        if len(pieces) > 2:
            day = int(pieces[2])
        else:
            day = calendar.monthrange(year, month)[1] if end else 1
        return f"{year:04d}-{month:02d}-{day:02d}"

    try:
        return bound(first, False), bound(last, True)
    except (ValueError, calendar.IllegalMonthError) as error:
        raise CorrectionError(f"date {value!r} is not a calendar date: {error}", 400) from error


def undo_correction(conn: sqlite3.Connection, correction_id: int, author: Any = "thidua") -> Correction:
    """Undo a correction: mark it undone and take back what it did (in the caller's transaction)."""
    c = get_correction(conn, correction_id)
    if c.status == UNDONE:
        raise CorrectionError(f"correction #{correction_id} is already undone", 409)
    author = _clean_str(author if author is not None else "", "author", MAX_AUTHOR) or "thidua"
    still_there = conn.execute(
        "SELECT 1 FROM articles WHERE article_id = ? AND duplicate_of IS NULL", (c.article_id,)
    ).fetchone()
    if still_there and c.state == APPLIED and article_text(conn, c.article_id)[c.start:c.end] == c.quote:
        _unapply(conn, c)
        _prune(conn)
    conn.execute("UPDATE corrections SET status = 'undone', undone_at = ?, undone_by = ? WHERE correction_id = ?",
                 (now(), author, correction_id))
    return get_correction(conn, correction_id)


def in_transaction(db: str | Path, work: Callable[[sqlite3.Connection], T]) -> T:
    """Run ``work(conn)`` on a writable connection in one immediate transaction (rolled back if it raises)."""
    conn = connect(db)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            result = work(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return result
    finally:
        conn.close()


# --- gold export --------------------------------------------------------------------------------------

GOLD_KEYS = ("url", "source", "published", "title", "author", "body_first_words", "body_last_words",
             "related_headlines", "campaigns", "organizations", "people", "dates", "figures", "activities")
LABELS_FILE = "action_labels.tsv"
SENTENCES_FILE = "corrected_sentences.tsv"  # the sentences a correction touched, per exported gold file
BODY_WORDS = 8


@dataclass(frozen=True, slots=True)
class GoldExport:
    files: tuple[Path, ...]
    labels: Path | None
    corrections: int  # active corrections used
    flagged: int  # active corrections left out (flagged)
    label_rows: int
    sentences: Path | None = None  # corrected_sentences.tsv: which sentences of each gold file a correction touched


def _number(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def gold_of_article(conn: sqlite3.Connection, article_id: str) -> dict[str, Any]:
    """The article and its facts as they stand now (extracted, corrected) in the gold format's keys and order."""
    row = conn.execute(
        "SELECT url, source, published, title, author, body, related_headlines FROM articles WHERE article_id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        raise CorrectionError(f"no article {article_id!r}", 404)
    url, source, published, title, author, body, related = row
    paragraphs = [p for p in (body or "").split("\n\n") if p]
    q = conn.execute
    campaigns, campaign_names = [], {}
    for campaign_id, key, name, kind, text in q(
        "SELECT c.campaign_id, c.key, c.name, c.kind, m.text FROM campaign_mentions m JOIN campaigns c USING (campaign_id) "
        "WHERE m.article_id = ? ORDER BY m.start, m.rowid", (article_id,)
    ):
        if campaign_id in campaign_names:
            continue
        shown = text if text and match_key(text) == key else name
        campaign_names[campaign_id] = shown
        campaigns.append({"name": shown, "kind": kind})
    organizations, org_names = [], {}
    for org_id, name, text in q(
        "SELECT o.org_id, o.name, m.text FROM organization_mentions m JOIN organizations o USING (org_id) "
        "WHERE m.article_id = ? ORDER BY m.start, m.rowid", (article_id,)
    ):
        if org_id not in org_names:
            org_names[org_id] = name
            organizations.append({"name": name, "surface": text})
    people = [{"name": name, "title": title, "organization": org}
              for name, title, org in q("SELECT p.name, r.title, o.name FROM person_roles r JOIN people p USING (person_id) "
                                        "LEFT JOIN organizations o ON o.org_id = r.org_id WHERE r.article_id = ? "
                                        "ORDER BY r.start, r.rowid", (article_id,))]
    dates, seen = [], set()
    for text, value in q("SELECT text, value FROM dates WHERE article_id = ? ORDER BY start, rowid", (article_id,)):
        if value not in seen:
            seen.add(value)
            dates.append({"text": text, "value": value})
    figures = [{"text": text, "value": _number(value), "unit": unit, "approx": approx}
               for text, value, unit, approx in q("SELECT text, value, unit, approx FROM figures WHERE article_id = ? "
                                                  "ORDER BY start, rowid", (article_id,))]
    activities = []
    for campaign_id, campaign, action, org_id, org, date, figs in q(
        "SELECT a.campaign_id, c.name, a.action, a.org_id, o.name, a.date, a.figures FROM activities a "
        "LEFT JOIN campaigns c USING (campaign_id) LEFT JOIN organizations o ON o.org_id = a.org_id "
        "WHERE a.article_id = ? ORDER BY a.start, a.activity_id", (article_id,)
    ):
        if campaign_id is not None and campaign_id not in campaign_names:  # named by an activity only: list it
            campaign_names[campaign_id] = campaign
            campaigns.append({"name": campaign, "kind": None})
        if org_id is not None and org_id not in org_names:
            org_names[org_id] = org
            organizations.append({"name": org, "surface": org})
        activities.append({"campaign": campaign_names.get(campaign_id), "action": action,
                           "organization": org_names.get(org_id), "date": date,
                           "figures": json.loads(figs) if figs else []})
    gold = {
        "url": url, "source": source, "published": published[:10] if published else None, "title": title or None,
        "author": author,
        "body_first_words": " ".join(paragraphs[0].split()[:BODY_WORDS]) if paragraphs else None,
        "body_last_words": " ".join(paragraphs[-1].split()[-BODY_WORDS:]) if paragraphs else None,
        "related_headlines": json.loads(related) if related else [],
        "campaigns": campaigns, "organizations": organizations, "people": people, "dates": dates,
        "figures": figures, "activities": activities,
    }
    return {key: gold[key] for key in GOLD_KEYS}


def _stem(raw_path: str | None, article_id: str) -> str:
    if not raw_path or "#" in raw_path:
        return article_id
    return Path(raw_path).name.split(".", 1)[0] or article_id


def export_gold(conn: sqlite3.Connection, out_dir: str | Path, all_articles: bool = False) -> GoldExport:
    """One gold ``<stem>.json`` per corrected article (``all_articles``: every original article) in ``out_dir``,
    named after the input it came from so that ``thidua eval OUT_DIR <inputs>`` pairs them; and
    ``action_labels.tsv``: the sentences whose activity a correction added or gave an action, in the
    format of ``models/action/labels.tsv`` (source, sentence, action, note) for ``thidua train action``.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    active = list_corrections(conn, include_undone=False)
    used = [c for c in active if c.state == APPLIED]
    if all_articles:
        ids = [r[0] for r in conn.execute("SELECT article_id FROM articles WHERE duplicate_of IS NULL ORDER BY raw_path, article_id")]
    else:
        present = {r[0] for r in conn.execute("SELECT article_id FROM articles WHERE duplicate_of IS NULL")}
        ids = sorted({c.article_id for c in used if c.article_id in present})
    files, stems = [], set()
    raw_paths = dict(conn.execute("SELECT article_id, raw_path FROM articles"))
    for article_id in ids:
        stem = _stem(raw_paths.get(article_id), article_id)
        if stem in stems:
            stem = article_id
        stems.add(stem)
        path = out / f"{stem}.json"
        path.write_text(json.dumps(gold_of_article(conn, article_id), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        files.append(path)
    label_rows = []
    for c in used:
        if c.kind not in ("add_activity", "change_activity") or c.article_id not in raw_paths:
            continue
        action = (c.after or {}).get("action")
        if c.kind == "change_activity" and action == (c.before or {}).get("action"):
            continue  # only its actor or campaign changed: the sentence's action was right
        sentence = conn.execute("SELECT text FROM sentences WHERE article_id = ? AND sentence_index = ?",
                                (c.article_id, c.sentence_index)).fetchone()
        if sentence and action:
            label_rows.append((raw_paths[c.article_id] or c.article_id, re.sub(r"\s+", " ", sentence[0]).strip(), action,
                               f"correction #{c.correction_id} by {c.author}"))
    sentences = _write_corrected_sentences(out, used, {article_id: path.stem for article_id, path in zip(ids, files)})
    labels = None
    if label_rows:
        labels = out / LABELS_FILE
        with labels.open("w", encoding="utf-8") as handle:
            handle.write("source\tsentence\taction\tnote\n")
            for row in label_rows:
                handle.write("\t".join(cell.replace("\t", " ") for cell in row) + "\n")
    return GoldExport(tuple(files), labels, len(used), len(active) - len(used), len(label_rows), sentences)


def _write_corrected_sentences(out: Path, used: list[Correction], stems: dict[str, str]) -> Path | None:
    """``corrected_sentences.tsv`` (stem, sentence_index, correction): the sentences of each exported article that an
    analyst corrected. ``thidua train activity --extra-gold`` learns from those sentences only: the rest of a
    corrected article is the extractor's own output, which nobody checked."""
    rows = sorted({(stems[c.article_id], c.sentence_index, c.correction_id) for c in used
                   if c.article_id in stems and c.fact == "activity" and c.sentence_index is not None})
    if not rows:
        return None
    path = out / SENTENCES_FILE
    with path.open("w", encoding="utf-8") as handle:
        handle.write("stem\tsentence_index\tcorrection\n")
        handle.writelines(f"{stem}\t{index}\t{correction}\n" for stem, index, correction in rows)
    return path


def summary_counts(conn: sqlite3.Connection) -> dict[str, int]:
    counts = dict.fromkeys(("active", "applied", "flagged", "undone"), 0)
    for status, state, n in conn.execute("SELECT status, state, count(*) FROM corrections GROUP BY 1, 2"):
        if status == UNDONE:
            counts["undone"] += n
        else:
            counts["active"] += n
            counts[state] += n
    return counts


__all__ = [
    "ACTIONS", "CAMPAIGN_KINDS", "Correction", "CorrectionError", "FACTS", "GoldExport", "KINDS",
    "apply_corrections", "article_text", "export_gold", "get_correction", "gold_of_article", "in_transaction",
    "corrections_from_gold", "list_corrections", "make_correction", "summary_counts", "undo_correction",
]



# --- corrections from a reviewer's annotation ------------------------------------------------------------


def _activity_key(campaign: str | None, action: str | None, organization: str | None) -> tuple[str, str, str]:
    return (match_key(campaign or ""), action or "", match_key(organization or ""))


def corrections_from_gold(conn: sqlite3.Connection, article_id: str, gold: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The correction requests that bring the article's activities to those of ``gold`` (gold format).

    For a reviewer who annotated an article by hand (or to measure what corrections buy): an extracted
    activity that differs from a gold one in one of campaign, action, organization is changed; one that
    matches none is marked wrong; a gold activity still missing is added in the first sentence that
    names its campaign (else its organization; else, naming neither, at the lead). Requests go through
    ``make_correction`` like any other.
    """
    text = article_text(conn, article_id)
    rows = conn.execute(
        "SELECT a.activity_id, a.action, c.name, o.name, a.sentence_index FROM activities a "
        "LEFT JOIN campaigns c USING (campaign_id) LEFT JOIN organizations o ON o.org_id = a.org_id "
        "WHERE a.article_id = ? ORDER BY a.start, a.activity_id", (article_id,)
    ).fetchall()
    gold_keys: dict[tuple[str, str, str], Mapping[str, Any]] = {}
    for item in gold.get("activities") or []:
        gold_keys.setdefault(_activity_key(item.get("campaign"), item.get("action"), item.get("organization")), item)
    predicted: dict[tuple[str, str, str], list[tuple]] = {}
    for row in rows:
        predicted.setdefault(_activity_key(row[2], row[1], row[3]), []).append(row)
    missing = [key for key in gold_keys if key not in predicted]
    extra = [key for key in predicted if key not in gold_keys]
    requests: list[dict[str, Any]] = []
    for key in list(missing):
        partner = next((e for e in extra if sum(a == b for a, b in zip(key, e)) == 2), None)
        if partner is None:
            continue
        item, request = gold_keys[key], {"kind": "change_activity", "article_id": article_id}
        if key[0] != partner[0]:
            request["campaign"] = item.get("campaign")
        if key[1] != partner[1]:
            request["action"] = item.get("action")
        if key[2] != partner[2]:
            request["organization"] = item.get("organization")
        for row in predicted[partner]:
            requests.append({**request, "row": row[0]})
        extra.remove(partner)
        missing.remove(key)
    for key in extra:
        requests += [{"kind": "wrong", "fact": "activity", "article_id": article_id, "row": row[0]} for row in predicted[key]]
    sentences = conn.execute("SELECT sentence_index, text FROM sentences WHERE article_id = ? ORDER BY sentence_index",
                             (article_id,)).fetchall()
    for key in missing:
        item = gold_keys[key]
        anchors = [name for name in (item.get("campaign"), item.get("organization")) if name]
        where = next((index for name in anchors for index, sentence in sentences if _folded(name) in _folded(sentence)),
                     None)
        if where is None and item.get("organization"):
            org = match_key(item["organization"])
            where = next((row[4] for row in rows if row[3] and match_key(row[3]) == org), None)
        if where is None:
            # an unnamed act of no named body ("support", null, null): the text gives it no anchor of its own, so
            # it is added at the lead, the article's first sentence after the headline
            where = sentences[1][0] if len(sentences) > 1 else sentences[0][0] if sentences else None
        if where is None:
            continue
        requests.append({"kind": "add_activity", "article_id": article_id, "sentence_index": where,
                         "action": item.get("action"), "campaign": item.get("campaign"),
                         "organization": item.get("organization"), "date": item.get("date")})
    del text
    return requests
