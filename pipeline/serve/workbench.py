"""The analyst's workbench in ``thidua serve``: the article page, links from every fact row, corrections.

Routes (registered by ``pipeline.serve.plugin``):

- ``GET /-/thidua/article/<article_id>``: the cleaned text with every fact highlighted by kind from its
  stored span, each sentence an anchor (``#s<index>``), each fact one too (``#m<start>-<end>``); the
  activities beside the text (``#a<activity_id>``), each linked to its sentence; source URL, published
  date, relevance, copies and near-duplicates; with ``--corrections``, the forms that correct it.
- ``POST /-/thidua/corrections`` (form or JSON) and ``POST /-/thidua/corrections/<id>/undo``: writes.
- ``GET|POST /-/thidua/login``: the token and the name typed once, kept in cookies.

Security: a write needs corrections turned on (``thidua serve --corrections``), the token (the
``thidua_token`` cookie that the login sets, or ``Authorization: Bearer <token>`` for scripts) and, for a
browser (cookies), Datasette's CSRF protection (asgi-csrf: the ``csrftoken`` form field or the
``x-csrftoken`` header). Every refusal and every bad request is a 4xx with one line of text.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import sqlite3
import threading
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from ..dataset.corrections import (
    ACTIONS, CAMPAIGN_KINDS, Correction, CorrectionError, in_transaction, list_corrections, make_correction, undo_correction,
)
from ..dataset.schema import StoreError, connect_readonly
from ..records import ThiduaError

ROUTE = "/-/thidua"
TOKEN_COOKIE = "thidua_token"
NAME_COOKIE = "thidua_name"
MAX_BODY = 64 * 1024
FACT_SOURCES = (  # fact kind, table, the name shown
    ("campaign", "campaign_mentions",
     "SELECT m.rowid, m.start, m.end, c.name FROM campaign_mentions m JOIN campaigns c USING (campaign_id) WHERE m.article_id = ?"),
    ("organization", "organization_mentions",
     "SELECT m.rowid, m.start, m.end, o.name FROM organization_mentions m JOIN organizations o USING (org_id) WHERE m.article_id = ?"),
    ("person", "person_roles",
     "SELECT r.rowid, r.start, r.end, p.name || coalesce(', ' || r.title, '') FROM person_roles r JOIN people p USING (person_id) "
     "WHERE r.article_id = ?"),
    ("date", "dates", "SELECT rowid, start, end, text || ' → ' || coalesce(value, '?') FROM dates WHERE article_id = ?"),
    ("figure", "figures",
     "SELECT rowid, start, end, text || ' → ' || value || coalesce(' ' || unit, '') FROM figures WHERE article_id = ?"),
)
LINKED_TABLES = ("activity_view", "activities", "campaign_mentions", "organization_mentions", "person_roles", "dates",
                 "figures", "sentences", "figures_by_campaign")


@dataclass(frozen=True)
class Workbench:
    """How ``thidua serve`` runs the workbench: the dataset file, whether corrections are on, the token."""

    db: Path
    corrections: bool = False
    token: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)

    def session(self) -> str:
        """The cookie value that proves the token was typed (a hash of it, not the token itself)."""
        return hmac.new((self.token or "").encode(), b"thidua-workbench-session", hashlib.sha256).hexdigest()


def article_url(article_id: str, anchor: str = "") -> str:
    return f"{ROUTE}/article/{urllib.parse.quote(article_id, safe='')}" + (f"#{anchor}" if anchor else "")


def _text_response(message: str, status: int):
    from datasette.utils.asgi import Response

    line = " ".join(str(message).split())
    return Response.text(f"error: {line}\n" if status >= 400 else f"{line}\n", status=status)


def workbench_of(datasette) -> Workbench | None:
    return getattr(datasette, "thidua_workbench", None)


# --- the article page ---------------------------------------------------------------------------------


def highlighted_text(text: str, sentences: list[tuple[int, int, int]], facts: list[dict[str, Any]]) -> Markup:
    """The article's text as HTML: sentences as ``<span id=s…>``, facts inside as ``<mark>`` by kind.

    Everything from the text is escaped. A fact that crosses a sentence or another fact's end is cut there
    (its mark covers the part that nests), so the markup is always well formed.
    """
    items: list[tuple[int, int, int, str]] = []  # start, -end, order, open tag
    for index, start, end in sentences:
        items.append((start, -end, 0, f'<span class="sentence" id="s{index}" data-start="{start}">'))
    for fact in facts:
        title = escape(f"{fact['fact']}: {fact['label']}")
        anchor = f"m{fact['start']}-{fact['end']}"
        items.append((fact["start"], -fact["end"], 1,
                      f'<mark class="fact fact-{fact["fact"]}" data-anchor="{anchor}" data-fact="{fact["fact"]}" '
                      f'data-row="{fact["row"]}" title="{title}">'))
    items.sort(key=lambda item: (item[0], item[2], item[1]))  # at one offset a sentence opens before its facts
    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (end, closing tag)
    position = 0
    seen_anchor: set[str] = set()
    for start, neg_end, _, tag in items:
        end = -neg_end
        if start < position or start >= len(text):
            continue
        while stack and stack[-1][0] <= start:  # close what ends before this starts
            close_end, closing = stack.pop()
            out.append(str(escape(text[position:close_end])))
            position = close_end
            out.append(closing)
        if tag.startswith("<span") and stack:  # a new sentence: a fact still open is cut where it starts
            out.append(str(escape(text[position:start])))
            position = start
            while stack:
                out.append(stack.pop()[1])
        out.append(str(escape(text[position:start])))
        position = start
        limit = stack[-1][0] if stack else len(text)
        end = min(end, limit)
        if end <= start:
            continue
        if 'data-anchor="' in tag:
            anchor = tag.split('data-anchor="', 1)[1].split('"', 1)[0]
            if anchor not in seen_anchor:
                seen_anchor.add(anchor)
                tag = tag.replace("<mark ", f'<mark id="{anchor}" ', 1)
        out.append(tag)
        stack.append((end, "</mark>" if tag.startswith("<mark") else "</span>"))
    while stack:
        close_end, closing = stack.pop()
        out.append(str(escape(text[position:close_end])))
        position = close_end
        out.append(closing)
    out.append(str(escape(text[position:])))
    return Markup("".join(out))


def _rows(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def article_context(db: Path, article_id: str) -> dict[str, Any] | None:
    """Everything the article page shows, read in one snapshot."""
    from ..dataset.corrections import article_text

    conn = connect_readonly(db)
    try:
        conn.execute("BEGIN")
        article = _rows(conn, "SELECT article_id, url, source, title, published, author, relevance, raw_path, duplicate_of, "
                              "pipeline_version FROM articles WHERE article_id = ?", (article_id,))
        if not article:
            return None
        article = article[0]
        if article["duplicate_of"]:
            return {"article": article, "copy_of": article["duplicate_of"]}
        text = article_text(conn, article_id)
        sentences = conn.execute("SELECT sentence_index, start, end FROM sentences WHERE article_id = ? ORDER BY sentence_index",
                                 (article_id,)).fetchall()
        facts = []
        for fact, table, sql in FACT_SOURCES:
            for row, start, end, label in conn.execute(sql, (article_id,)):
                if start is not None and end is not None and 0 <= start < end <= len(text):
                    facts.append({"fact": fact, "table": table, "row": row, "start": start, "end": end, "label": label,
                                  "text": text[start:end]})
        facts.sort(key=lambda f: (f["start"], f["end"]))
        activities = _rows(conn, (
            "SELECT a.activity_id, a.sentence_index, a.start, a.end, a.text, a.action, a.date, a.figures, "
            "c.name AS campaign, o.name AS organization FROM activities a LEFT JOIN campaigns c USING (campaign_id) "
            "LEFT JOIN organizations o ON o.org_id = a.org_id WHERE a.article_id = ? ORDER BY a.start, a.activity_id"),
            (article_id,))
        for activity in activities:
            activity["figures"] = ", ".join(json.loads(activity["figures"] or "[]"))
        copies = _rows(conn, "SELECT article_id, url, raw_path FROM articles WHERE duplicate_of = ?", (article_id,))
        near = _near_duplicates(conn, article_id)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        corrections = list_corrections(conn, article_id) if "corrections" in tables else []
        campaigns = sorted({f["label"] for f in facts if f["fact"] == "campaign"} | {a["campaign"] for a in activities if a["campaign"]})
        organizations = sorted({f["label"] for f in facts if f["fact"] == "organization"}
                               | {a["organization"] for a in activities if a["organization"]})
        sentence_texts = [(i, text[s:e]) for i, s, e in sentences]
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        raise StoreError(f"{db}: cannot read article {article_id}: {error}") from error
    finally:
        conn.close()
    return {
        "article": article, "text_html": highlighted_text(text, sentences, facts), "facts": facts,
        "activities": activities, "copies": copies, "near_duplicates": near, "corrections": corrections,
        "campaign_names": campaigns, "organization_names": organizations, "sentences": sentence_texts,
        "actions": ACTIONS, "campaign_kinds": CAMPAIGN_KINDS, "text_length": len(text),
    }


def _near_duplicates(conn: sqlite3.Connection, article_id: str) -> list[dict[str, Any]]:
    """Near-duplicates, once the dataset has them: a table ``near_duplicates`` with two article id columns."""
    columns = [row[1] for row in conn.execute("PRAGMA table_info(near_duplicates)")]
    ids = [c for c in columns if c.endswith("article_id") or c in ("duplicate_id", "other_id", "near_id")]
    if len(ids) < 2:
        return []
    first, second = ids[:2]
    extra = [c for c in columns if c not in (first, second)][:2]
    select = ", ".join(f'"{c}"' for c in extra)
    rows = _rows(conn, f'SELECT CASE WHEN "{first}" = ? THEN "{second}" ELSE "{first}" END AS other'
                       f'{", " + select if select else ""} FROM near_duplicates WHERE "{first}" = ? OR "{second}" = ?',
                 (article_id, article_id, article_id))
    for row in rows:
        title = conn.execute("SELECT title FROM articles WHERE article_id = ?", (row["other"],)).fetchone()
        row["title"] = title[0] if title else row["other"]
    return rows


async def article_page(request, datasette):
    from datasette.utils.asgi import Response

    bench = workbench_of(datasette)
    if bench is None:
        return _text_response("the article page needs thidua serve", 404)
    article_id = request.url_vars["article_id"]
    if len(article_id) > 100:
        return _text_response("no such article", 404)
    try:
        context = await asyncio.to_thread(article_context, bench.db, article_id)
    except ThiduaError as error:
        return _text_response(str(error), 409)
    if context is None:
        return _text_response(f"no article {article_id!r}", 404)
    if "copy_of" in context:
        return Response.redirect(article_url(context["copy_of"]))
    user = request.cookies.get(NAME_COOKIE)
    logged_in = bool(bench.corrections and _cookie_ok(request, bench))
    context.update(
        corrections_on=bench.corrections, logged_in=logged_in, user=urllib.parse.unquote(user) if user else None,
        login_url=f"{ROUTE}/login?next={urllib.parse.quote(article_url(article_id))}",
        post_url=f"{ROUTE}/corrections", database="thidua",
    )
    return Response.html(await datasette.render_template("thidua_article.html", context, request=request))


# --- login and writes -------------------------------------------------------------------------------


def _cookie_ok(request, bench: Workbench) -> bool:
    cookie = request.cookies.get(TOKEN_COOKIE) or ""
    return bool(bench.token) and hmac.compare_digest(cookie, bench.session())


def _bearer_ok(request, bench: Workbench) -> bool:
    header = request.headers.get("authorization", "")
    return bool(bench.token) and header.startswith("Bearer ") and hmac.compare_digest(header[7:].strip(), bench.token)


def _refusal(request, bench: Workbench | None):
    if bench is None or not bench.corrections:
        return _text_response("corrections are off: run `thidua serve --corrections` to correct facts", 403)
    if not (_bearer_ok(request, bench) or _cookie_ok(request, bench)):
        return _text_response(f"a correction needs the token: log in at {ROUTE}/login (or send Authorization: Bearer)", 403)
    return None


async def _fields(request) -> dict[str, Any]:
    length = request.headers.get("content-length")
    if length and (not length.isdigit() or int(length) > MAX_BODY):
        raise CorrectionError(f"the request body is over {MAX_BODY} bytes", 413)
    body = await request.post_body()
    if len(body) > MAX_BODY:
        raise CorrectionError(f"the request body is over {MAX_BODY} bytes", 413)
    content_type = request.headers.get("content-type", "").split(";")[0].strip()
    try:
        if content_type == "application/json":
            data = json.loads(body.decode("utf-8"))
            if not isinstance(data, dict):
                raise CorrectionError("the JSON body must be an object", 400)
            return data
        if content_type in ("application/x-www-form-urlencoded", ""):
            pairs = urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            return {k: v for k, v in pairs if k != "csrftoken"}
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError) as error:
        raise CorrectionError(f"the request body cannot be read: {error}", 400) from error
    raise CorrectionError(f"send a form or JSON, not {content_type}", 415)


def _wants_json(request, fields: dict[str, Any]) -> bool:
    return request.headers.get("content-type", "").startswith("application/json") or "json" in request.headers.get("accept", "").split(",")[0]


def _author(request, fields: dict[str, Any]) -> str | None:
    author = fields.pop("author", None)
    if author:
        return author
    cookie = request.cookies.get(NAME_COOKIE)
    return urllib.parse.unquote(cookie) if cookie else None


async def _write(bench: Workbench, work):
    def locked():
        with bench.lock:
            return in_transaction(bench.db, work)

    return await asyncio.to_thread(locked)


def _correction_json(c) -> dict[str, Any]:
    return {name: getattr(c, name) for name in c.__slots__}


async def _post_write(request, datasette, usage: str, writer, conflicts: tuple[type[Exception], ...]):
    """The steps every write shares: POST only, the token and CSRF checks, the body read, one transaction.
    ``writer(fields)`` gives the work to run on the connection. Returns the correction, or the refusal."""
    if request.method != "POST":
        return _text_response(usage, 405)
    bench = workbench_of(datasette)
    refusal = _refusal(request, bench)
    if refusal:
        return refusal
    try:
        return await _write(bench, writer(await _fields(request)))
    except CorrectionError as error:
        return _text_response(str(error), error.status)
    except conflicts as error:
        return _text_response(str(error), 409)


def _answer(request, correction, status: int = 200):
    """The correction as JSON for a script, else a redirect to it on its article's page."""
    from datasette.utils.asgi import Response

    if _wants_json(request, {}):
        return Response.json(_correction_json(correction), status=status)
    return Response.redirect(article_url(correction.article_id, f"c{correction.correction_id}"))


async def post_correction(request, datasette):
    def writer(fields):
        author = _author(request, fields)
        for key in ("campaign", "organization"):  # an empty box in a form: none
            if fields.get(key) == "" and fields.get("kind") == "add_activity":
                fields[key] = None
        if fields.get("kind") == "change_activity":
            for key in ("campaign", "organization"):
                if fields.get(key) == "" and not fields.get(f"clear_{key}"):
                    fields.pop(key)
        return lambda conn: make_correction(conn, fields, author)

    result = await _post_write(request, datasette, "POST a correction here", writer, (ThiduaError,))
    return _answer(request, result, 201) if isinstance(result, Correction) else result


async def post_undo(request, datasette):
    def writer(fields):
        correction_id = int(request.url_vars["correction_id"])
        author = _author(request, fields)
        return lambda conn: undo_correction(conn, correction_id, author)

    result = await _post_write(request, datasette, "POST here to undo", writer, (ThiduaError, ValueError))
    return _answer(request, result) if isinstance(result, Correction) else result


async def login(request, datasette):
    from datasette.utils.asgi import Response

    bench = workbench_of(datasette)
    if bench is None or not bench.corrections:
        return _text_response("corrections are off: run `thidua serve --corrections` to correct facts", 403)
    next_url = request.args.get("next") or "/thidua"
    if request.method == "POST":
        try:
            fields = await _fields(request)
        except CorrectionError as error:
            return _text_response(str(error), error.status)
        next_url = str(fields.get("next") or next_url)
        name = " ".join(str(fields.get("name") or "").split())[:80]
        if not name:
            return _text_response("type your name: it goes with every correction you make", 400)
        if not hmac.compare_digest(str(fields.get("token") or ""), bench.token or ""):
            return _text_response("wrong token", 403)
        if not next_url.startswith("/") or next_url.startswith("//"):
            next_url = "/thidua"
        response = Response.redirect(next_url)
        response.set_cookie(TOKEN_COOKIE, bench.session(), httponly=True, samesite="strict")
        response.set_cookie(NAME_COOKIE, urllib.parse.quote(name), samesite="strict")
        return response
    return Response.html(await datasette.render_template(
        "thidua_login.html", {"next": next_url, "user": request.cookies.get(NAME_COOKIE)}, request=request))


ROUTES = (
    (rf"^{ROUTE}/article/(?P<article_id>[^/]+)$", article_page),
    (rf"^{ROUTE}/corrections$", post_correction),
    (rf"^{ROUTE}/corrections/(?P<correction_id>\d{{1,12}})/undo$", post_undo),
    (rf"^{ROUTE}/login$", login),
)


# --- links from the tables ----------------------------------------------------------------------------


def context_link(table: str | None, column: str, row: Any, value: Any) -> Markup | None:
    """For the ``article_id`` cell of a fact row: a link to the fact's place on the article page."""
    if column != "article_id" or table not in LINKED_TABLES or not value:
        return None
    label = None
    if isinstance(value, dict):  # a foreign key cell: {"value": id, "label": the article's title}
        value, label = value.get("value"), value.get("label")
    if not value:
        return None
    keys = set(row.keys()) if hasattr(row, "keys") else set()

    def get(name: str) -> Any:
        return row[name] if name in keys else None

    if get("activity_id") is not None:
        anchor = f"a{get('activity_id')}"
    elif table in ("sentences", "figures_by_campaign") and get("sentence_index") is not None:
        anchor = f"s{get('sentence_index')}"
    elif get("start") is not None and get("end") is not None:
        anchor = f"m{get('start')}-{get('end')}"
    elif get("sentence_index") is not None:
        anchor = f"s{get('sentence_index')}"
    else:
        anchor = ""
    href = article_url(str(value), anchor)
    shown = f"{label} ¶" if label and label != value else f"{value} ¶"
    return Markup(f'<a class="thidua-in-context" href="{escape(href)}" title="read it in its sentence">'
                  f'{escape(shown)}</a>')
