"""The charts: one list of (title, SQL, picture) that the dashboard and the static report both draw.

- ``dashboard_config()``: the ``datasette-dashboards`` configuration of ``thidua serve`` (Vega-Lite charts
  whose marks link to the rows behind them, filters for the organizations' province and parent body);
- ``write_report(db, out)``: ``thidua report``: one self-contained HTML page with the same charts as PNG
  images (matplotlib), each with the table of figures behind it and the query that made it.

Each chart reads the analyst views (``activity_view``, ``campaigns_by_year``, ``most_active_organizations``,
``organization_tree``) or ``articles``; the SQL is written once, here.
"""
from __future__ import annotations

import base64
import html
import io
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..dataset.schema import StoreError, connect_readonly

DASHBOARD = "thidua"
TOP_CAMPAIGNS = 8
TOP_ORGANIZATIONS = 15
ACTION_ORDER = ("launch", "implement", "review", "commend", "contest", "support", "other")

# An organization whose own place, or the place of a body above it, is :province; or which stands under
# the body :parent (anywhere up its path in organization_tree).
_ORG_FILTERS = (
    "[[AND org_id IN (SELECT t.org_id FROM organization_tree t JOIN organizations a "
    "ON t.org_id = a.org_id OR instr(t.path, a.name || ' >') > 0 WHERE a.place = :province)]] "
    "[[AND org_id IN (SELECT t.org_id FROM organization_tree t WHERE instr(t.path, :parent || ' >') > 0)]]"
)


def _url_part(sql_expression: str) -> str:
    """SQL that percent-encodes what would break a query string (the browser encodes the rest)."""
    expression = sql_expression
    for char, code in (("%", "%25"), ("&", "%26"), ("#", "%23"), ("+", "%2B"), (" ", "%20"), ("?", "%3F")):
        expression = f"replace({expression}, '{char}', '{code}')"
    return expression


@dataclass(frozen=True, slots=True)
class Chart:
    slug: str
    title: str
    sql: str  # may hold the dashboard's [[ ... :filter ]] parts (the report drops them); its ``rows`` column
    # is the link to the rows behind each mark


CHARTS: tuple[Chart, ...] = (
    Chart(
        "activities-by-year",
        "Activities per year, by action",
        "SELECT year, action, count(*) AS activities, "
        "'/thidua/activity_view?year=' || year || '&action=' || action AS rows "
        "FROM activity_view WHERE year IS NOT NULL GROUP BY year, action ORDER BY year, action",
    ),
    Chart(
        "top-campaigns",
        f"Top {TOP_CAMPAIGNS} campaigns over time (canonical names; articles per year)",
        "WITH top AS (SELECT campaign_key FROM campaigns_by_year GROUP BY campaign_key "
        f"ORDER BY sum(articles) DESC, min(campaign) LIMIT {TOP_CAMPAIGNS}) "
        "SELECT year, campaign, articles, activities, "
        f"'/thidua/campaigns_by_year?campaign_key=' || {_url_part('campaign_key')} || '&year=' || year AS rows "
        "FROM campaigns_by_year WHERE campaign_key IN (SELECT campaign_key FROM top) AND year IS NOT NULL "
        "ORDER BY year, campaign",
    ),
    Chart(
        "most-active-organizations",
        f"The {TOP_ORGANIZATIONS} most active organizations",
        "SELECT organization, activities, articles, place, parent, "
        f"'/thidua/activity_view?org_id=' || org_id AS rows FROM most_active_organizations "
        f"WHERE activities > 0 {_ORG_FILTERS} ORDER BY activities DESC, articles DESC, organization "
        f"LIMIT {TOP_ORGANIZATIONS}",
    ),
    Chart(
        "relevance",
        "Share of articles judged relevant (relevance ≥ 0.5)",
        "SELECT CASE WHEN relevance IS NULL THEN 'not scored' WHEN relevance >= 0.5 THEN 'relevant' "
        "ELSE 'not relevant' END AS judged, count(*) AS articles, "
        "'/thidua/articles?' || CASE WHEN relevance IS NULL THEN 'relevance__isnull=1' WHEN relevance >= 0.5 "
        "THEN 'relevance__gte=0.5' ELSE 'relevance__lt=0.5' END || '&duplicate_of__isnull=1' AS rows "
        "FROM articles WHERE duplicate_of IS NULL GROUP BY judged ORDER BY judged DESC",
    ),
)


def _vega(chart: Chart) -> dict[str, Any]:
    common = {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "width": "container"}
    tooltip_rows = {"field": "rows", "title": "rows behind (click)"}
    if chart.slug == "activities-by-year":
        return {**common, "mark": {"type": "bar", "tooltip": True, "cursor": "pointer"}, "encoding": {
            "x": {"field": "year", "type": "ordinal", "title": "year"},
            "y": {"field": "activities", "type": "quantitative", "title": "activities"},
            "color": {"field": "action", "type": "nominal", "sort": list(ACTION_ORDER)},
            "href": {"field": "rows"},
            "tooltip": [{"field": "year"}, {"field": "action"}, {"field": "activities"}, tooltip_rows]}}
    if chart.slug == "top-campaigns":
        return {**common, "mark": {"type": "circle", "tooltip": True, "cursor": "pointer"}, "encoding": {
            "x": {"field": "year", "type": "ordinal"},
            "y": {"field": "campaign", "type": "nominal", "title": None, "axis": {"labelLimit": 320}},
            "size": {"field": "articles", "type": "quantitative"},
            "color": {"field": "campaign", "type": "nominal", "legend": None},
            "href": {"field": "rows"},
            "tooltip": [{"field": "campaign"}, {"field": "year"}, {"field": "articles"}, {"field": "activities"},
                        tooltip_rows]}}
    if chart.slug == "most-active-organizations":
        return {**common, "mark": {"type": "bar", "tooltip": True, "cursor": "pointer"}, "encoding": {
            "y": {"field": "organization", "type": "nominal", "sort": "-x", "title": None, "axis": {"labelLimit": 320}},
            "x": {"field": "activities", "type": "quantitative"},
            "href": {"field": "rows"},
            "tooltip": [{"field": "organization"}, {"field": "activities"}, {"field": "articles"}, {"field": "place"},
                        {"field": "parent"}, tooltip_rows]}}
    return {**common, "mark": {"type": "arc", "tooltip": True, "cursor": "pointer"}, "encoding": {
        "theta": {"field": "articles", "type": "quantitative"},
        "color": {"field": "judged", "type": "nominal",
                  "scale": {"domain": ["relevant", "not relevant", "not scored"],
                            "range": ["#2ca02c", "#bbbbbb", "#eeeeee"]}},
        "href": {"field": "rows"},
        "tooltip": [{"field": "judged"}, {"field": "articles"}, tooltip_rows]}}


def dashboard_config(database: str = "thidua") -> dict[str, Any]:
    """The ``datasette-dashboards`` plugin configuration: one dashboard, ``/-/dashboards/thidua``."""
    charts: dict[str, Any] = {}
    layout: list[list[str]] = [["activities-by-year", "activities-by-year"], ["top-campaigns", "top-campaigns"],
                               ["most-active-organizations", "relevance"]]
    for chart in CHARTS:
        charts[chart.slug] = {"title": chart.title, "db": database, "query": chart.sql, "library": "vega-lite",
                              "display": _vega(chart)}
    charts["how-to-read"] = {
        "title": "Reading the charts", "library": "markdown",
        "display": ("Click a bar, a circle or a slice to open the rows behind it. The province and parent filters "
                    "narrow the organizations chart (a body counts under a province when it, or a body above it, "
                    "has that place; under a parent when the parent stands anywhere above it). Each article is read "
                    "in context on its page: follow the `article_id` ¶ link of any row."),
    }
    layout.append(["how-to-read", "how-to-read"])
    return {DASHBOARD: {
        "title": "thidua: emulation activities at a glance",
        "description": "Activities per year, campaigns over time, the most active organizations and the relevant share.",
        "layout": layout,
        "filters": {
            "province": {"name": "Province or place", "type": "select", "db": database,
                         "query": "SELECT DISTINCT place FROM organizations WHERE place IS NOT NULL ORDER BY place"},
            "parent": {"name": "Under the body", "type": "select", "db": database,
                       "query": "SELECT DISTINCT parent FROM organization_tree WHERE parent IS NOT NULL ORDER BY parent"},
        },
        "charts": charts,
    }}


# --- the static report ------------------------------------------------------------------------------


def _plain_sql(sql: str) -> str:
    """The SQL without the dashboard's optional ``[[ … ]]`` filter parts."""
    import re

    return re.sub(r"\[\[.*?\]\]", "", sql)


def chart_rows(conn: sqlite3.Connection, chart: Chart) -> tuple[list[str], list[tuple]]:
    cursor = conn.execute(_plain_sql(chart.sql))
    return [d[0] for d in cursor.description], cursor.fetchall()


def _figure(chart: Chart, columns: list[str], rows: list[tuple]):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    data = [dict(zip(columns, row)) for row in rows]
    fig, ax = plt.subplots(figsize=(9, 4.2), dpi=100)
    if not data:
        ax.text(0.5, 0.5, "no rows yet", ha="center", va="center")
        ax.set_axis_off()
    elif chart.slug == "activities-by-year":
        years = sorted({d["year"] for d in data})
        bottom = [0] * len(years)
        for action in ACTION_ORDER:
            counts = [sum(d["activities"] for d in data if d["year"] == y and d["action"] == action) for y in years]
            if any(counts):
                ax.bar(years, counts, bottom=bottom, label=action)
                bottom = [b + c for b, c in zip(bottom, counts)]
        ax.set_ylabel("activities")
        ax.legend(fontsize=8, ncol=4)
    elif chart.slug == "top-campaigns":
        campaigns = sorted({d["campaign"] for d in data})
        years = sorted({d["year"] for d in data})
        for d in data:
            ax.scatter(years.index(d["year"]), campaigns.index(d["campaign"]), s=40 + 60 * d["articles"], alpha=0.7)
        ax.set_xticks(range(len(years)), years)
        ax.set_yticks(range(len(campaigns)), [c if len(c) <= 55 else c[:54] + "…" for c in campaigns], fontsize=8)
        ax.set_xlabel("year (size: articles)")
    elif chart.slug == "most-active-organizations":
        names = [d["organization"] for d in data][::-1]
        ax.barh([n if len(n) <= 50 else n[:49] + "…" for n in names], [d["activities"] for d in data][::-1])
        ax.tick_params(axis="y", labelsize=8)
        ax.set_xlabel("activities")
    else:
        ax.pie([d["articles"] for d in data], labels=[f"{d['judged']} ({d['articles']})" for d in data],
               colors=[{"relevant": "#2ca02c", "not relevant": "#bbbbbb"}.get(d["judged"], "#eeeeee") for d in data])
    ax.set_title(chart.title, fontsize=11)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return buffer.getvalue()


def write_report(db: str | Path, out: str | Path) -> Path:
    """``thidua report``: one HTML page, the dashboard's charts as embedded PNG images, for reading offline."""
    try:
        import matplotlib  # noqa: F401
    except ImportError as error:  # pragma: no cover - a dependency of thidua
        raise StoreError("thidua report needs matplotlib (pip install matplotlib)") from error
    conn = connect_readonly(db)
    sections = []
    try:
        conn.execute("BEGIN")
        counts = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                  for name in ("articles", "activities", "campaigns", "organizations")}
        for chart in CHARTS:
            columns, rows = chart_rows(conn, chart)
            image = base64.b64encode(_figure(chart, columns, rows)).decode("ascii")
            shown = [i for i, c in enumerate(columns) if c != "rows"]
            head = "".join(f"<th>{html.escape(columns[i])}</th>" for i in shown)
            body = "".join("<tr>" + "".join(f"<td>{html.escape('' if row[i] is None else str(row[i]))}</td>" for i in shown)
                           + "</tr>" for row in rows[:30])
            sections.append(
                f'<section id="{chart.slug}"><h2>{html.escape(chart.title)}</h2>'
                f'<img alt="{html.escape(chart.title)}" src="data:image/png;base64,{image}">'
                f"<details><summary>the {len(rows)} rows behind it</summary><table><tr>{head}</tr>{body}</table>"
                f"<pre>{html.escape(_plain_sql(chart.sql))}</pre></details></section>")
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        raise StoreError(f"{db}: cannot read the dataset for the report: {error}") from error
    finally:
        conn.close()
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    page = (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>thidua report</title>"
        "<style>body{font-family:sans-serif;max-width:960px;margin:2em auto;padding:0 1em}img{max-width:100%}"
        "table{border-collapse:collapse;font-size:0.85em}td,th{border:1px solid #ccc;padding:2px 6px}"
        "pre{white-space:pre-wrap;font-size:0.8em;color:#555}</style></head><body>"
        f"<h1>thidua: emulation activities at a glance</h1><p>{html.escape(str(db))}: {html.escape(summary)}. "
        f"Made {stamp}. The same charts as the dashboard of <code>thidua serve</code> "
        "(<code>/-/dashboards/thidua</code>), as pictures; each lists the rows behind it.</p>"
        + "".join(sections) + "</body></html>\n"
    )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
