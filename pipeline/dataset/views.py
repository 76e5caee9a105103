"""Schema migration 2: canonical campaigns, implied organization parents, and the analyst's views.

Kept apart from ``store.py`` for readability; ``store.MIGRATIONS`` lists it. Like every migration it is
never edited once released: a change is a new migration.

- ``campaign_aliases``: every campaign key → its canonical campaign; ``source`` is ``auto`` (recomputed
  by ``pipeline.canonical`` after each build) or ``analyst`` (a correction, never overwritten).
- ``organization_parent_rules``: the parents that ``pipeline.canonical`` set from the gazetteer rather
  than from the text (so that they can be told apart and recomputed).
- Views an analyst can use without joins: ``campaign_canonical``, ``activity_view``,
  ``campaigns_by_year``, ``most_active_organizations``, ``figures_by_campaign``, ``organization_tree``.
"""
from __future__ import annotations

_FIGURES_BY_CAMPAIGN = """
CREATE VIEW {name} AS
SELECT cc.canonical_name AS campaign,
       cc.kind AS campaign_kind,
       f.text AS figure,
       f.value,
       f.unit,
       f.kind,
       f.approx,
       substr(art.published, 1, 4) AS year,
       art.published,
       art.url,
       art.title,
       coalesce(s.text, f.text) AS sentence,
       f.article_id,
       f.sentence_index,
       cc.canonical_key AS campaign_key{copy_column}
FROM figures f
JOIN campaign_canonical cc ON cc.campaign_id = f.campaign_id
JOIN articles art ON art.article_id = f.article_id
LEFT JOIN sentences s ON s.article_id = f.article_id AND s.sentence_index = f.sentence_index{where};
"""
_COPY_OF = ",\n       art.near_duplicate_of AS copy_of"

# The organization tree of migration 2, and again (each story once, with its canonical organization) of 7.
_ORGANIZATION_TREE = """
CREATE VIEW organization_tree AS
WITH RECURSIVE up(org_id, ancestor_id, path, depth) AS (
    SELECT org_id, parent_org_id, name, 0 FROM organizations
    UNION ALL
    SELECT up.org_id, o.parent_org_id, o.name || ' > ' || up.path, up.depth + 1
    FROM up JOIN organizations o ON o.org_id = up.ancestor_id
    WHERE up.depth < 12
),
top AS (
    SELECT org_id, max(depth) AS level FROM up GROUP BY org_id
)
SELECT o.name AS organization,
       o.type,
       o.place,
       p.name AS parent,
       CASE WHEN o.parent_org_id IS NULL THEN NULL
            WHEN r.org_key IS NOT NULL AND r.parent_key = p.key THEN 'gazetteer'
            ELSE 'text' END AS parent_from,
       top.level,
       up.path,
       (SELECT count(DISTINCT m.article_id) FROM organization_mentions m{articles}) AS articles,
       o.org_id,
       o.parent_org_id{canonical_column}
FROM organizations o
JOIN top ON top.org_id = o.org_id
JOIN up ON up.org_id = o.org_id AND up.depth = top.level{canonical_join}
LEFT JOIN organizations p ON p.org_id = o.parent_org_id
LEFT JOIN organization_parent_rules r ON r.org_key = o.key;
"""

SCHEMA_2 = """
CREATE TABLE campaign_aliases (
    alias_key TEXT PRIMARY KEY,          -- campaigns.key of a name as written (match_key)
    canonical_key TEXT NOT NULL,         -- the key of the campaign it stands for
    canonical_name TEXT NOT NULL,        -- the name the views show
    source TEXT NOT NULL CHECK (source IN ('auto', 'analyst')),
    updated_at TEXT
);
CREATE INDEX campaign_aliases_canonical ON campaign_aliases(canonical_key);

CREATE TABLE organization_parent_rules (
    org_key TEXT PRIMARY KEY,            -- organizations.key of the child
    parent_key TEXT NOT NULL,            -- organizations.key of the parent the rule gave
    rule TEXT NOT NULL                   -- which gazetteer line
);

-- Each campaign row with the canonical campaign it belongs to.
CREATE VIEW campaign_canonical AS
SELECT c.campaign_id,
       c.key,
       c.name,
       coalesce(a.canonical_key, c.key) AS canonical_key,
       coalesce(a.canonical_name, c.name) AS canonical_name,
       coalesce((SELECT k.kind FROM campaigns k WHERE k.key = a.canonical_key), c.kind) AS kind,
       coalesce(a.source, 'auto') AS alias_source
FROM campaigns c
LEFT JOIN campaign_aliases a ON a.alias_key = c.key;

-- One row per activity: who did what with which campaign, when, with what figures, and where it is said.
-- year: the activity's own date when it has one, else the article's publication year (year_from says which).
CREATE VIEW activity_view AS
SELECT act.activity_id,
       coalesce(substr(act.start_date, 1, 4), substr(act.date, 1, 4), substr(art.published, 1, 4)) AS year,
       CASE WHEN coalesce(act.start_date, act.date) IS NOT NULL THEN 'activity'
            WHEN art.published IS NOT NULL THEN 'published' END AS year_from,
       act.date,
       act.start_date,
       act.end_date,
       cc.canonical_name AS campaign,
       cc.name AS campaign_as_written,
       cc.kind AS campaign_kind,
       act.action,
       o.name AS organization,
       o.type AS organization_type,
       o.place AS organization_place,
       p.name AS parent_organization,
       (SELECT group_concat(value, '; ') FROM json_each(act.figures)) AS figures,
       (SELECT count(*) FROM json_each(act.figures)) AS figure_count,
       art.url,
       art.title,
       art.published,
       art.source,
       coalesce(s.text, act.text) AS sentence,
       act.article_id,
       act.sentence_index,
       cc.canonical_key AS campaign_key,
       act.org_id
FROM activities act
JOIN articles art ON art.article_id = act.article_id
LEFT JOIN campaign_canonical cc ON cc.campaign_id = act.campaign_id
LEFT JOIN organizations o ON o.org_id = act.org_id
LEFT JOIN organizations p ON p.org_id = o.parent_org_id
LEFT JOIN sentences s ON s.article_id = act.article_id AND s.sentence_index = act.sentence_index;

-- Canonical campaigns per year: articles that mention them (by publication year) or report an activity
-- of that year, activities, and organizations acting in them.
CREATE VIEW campaigns_by_year AS
WITH uses AS (
    SELECT cc.canonical_key, cc.canonical_name, cc.kind, substr(art.published, 1, 4) AS year,
           m.article_id, NULL AS activity_id, NULL AS org_id
    FROM campaign_mentions m
    JOIN campaign_canonical cc ON cc.campaign_id = m.campaign_id
    JOIN articles art ON art.article_id = m.article_id
    UNION ALL
    SELECT cc.canonical_key, cc.canonical_name, cc.kind,
           coalesce(substr(act.start_date, 1, 4), substr(act.date, 1, 4), substr(art.published, 1, 4)),
           act.article_id, act.activity_id, act.org_id
    FROM activities act
    JOIN campaign_canonical cc ON cc.campaign_id = act.campaign_id
    JOIN articles art ON art.article_id = act.article_id
)
SELECT canonical_name AS campaign,
       max(kind) AS kind,
       year,
       count(DISTINCT article_id) AS articles,
       count(activity_id) AS activities,
       count(DISTINCT org_id) AS organizations,
       canonical_key AS campaign_key
FROM uses
GROUP BY canonical_key, year
ORDER BY year, articles DESC, campaign;

-- Organizations by activity (then by the articles that mention them).
CREATE VIEW most_active_organizations AS
SELECT o.name AS organization,
       o.type,
       o.place,
       p.name AS parent,
       count(DISTINCT act.activity_id) AS activities,
       count(DISTINCT cc.canonical_key) AS campaigns,
       count(DISTINCT act.action) AS kinds_of_action,
       (SELECT count(DISTINCT m.article_id) FROM organization_mentions m WHERE m.org_id = o.org_id) AS articles,
       min(coalesce(act.start_date, act.date)) AS first_date,
       max(coalesce(act.end_date, act.date)) AS last_date,
       o.org_id
FROM organizations o
LEFT JOIN organizations p ON p.org_id = o.parent_org_id
LEFT JOIN activities act ON act.org_id = o.org_id
LEFT JOIN campaign_canonical cc ON cc.campaign_id = act.campaign_id
GROUP BY o.org_id
ORDER BY activities DESC, articles DESC, organization;

-- Figures tied to a campaign (directly or through an activity), with where they are said.
""" + _FIGURES_BY_CAMPAIGN.format(name="figures_by_campaign", copy_column="", where="") + """
-- Each organization with its parent (stated by an article, or implied by the gazetteer), its level
-- (0 = no known parent) and its path from the top ("A > B > C").
""" + _ORGANIZATION_TREE.format(articles=" WHERE m.org_id = o.org_id", canonical_column="", canonical_join="")

VIEWS = (
    "campaign_canonical", "activity_view", "campaigns_by_year", "most_active_organizations",
    "figures_by_campaign", "organization_tree",
)


# --- schema migration 7: years by overlap, each story once, canonical organizations -------------------
#
# - An activity's time is a span (``date_start`` … ``date_end``: its own date's bounds, else its article's
#   publication day): ``year`` is its first year, ``year_end`` its last, ``years`` every year it covers
#   (a JSON array, which Datasette facets as an array), so that "activities of 2024" finds a review of
#   "giai đoạn 2019 - 2024" held in 2024 (``WHERE year <= '2024' AND year_end >= '2024'``).
# - A near-duplicate article (``articles.near_duplicate_of``: the same story syndicated by another paper)
#   is counted once: ``activity_view``, ``campaigns_by_year``, ``figures_by_campaign``,
#   ``most_active_organizations`` and ``organization_tree`` leave copies out; ``activity_view_all``,
#   ``campaigns_by_year_all`` and ``figures_by_campaign_all`` keep them (with ``copy_of``).
# - ``organization`` is the canonical organization (``organization_aliases``: variants such as "Công
#   đoàn ngành Giáo dục Nghệ An" and "Công đoàn Giáo dục tỉnh Nghệ An" are one); ``organization_as_written``
#   the name the activity's article gave.

_ACTIVITY_VIEW_ALL = """
CREATE VIEW activity_view_all AS
WITH spans AS (
    SELECT act.activity_id,
           coalesce(act.date_start, act.start_date, substr(art.published, 1, 10)) AS date_start,
           coalesce(act.date_end, act.end_date, act.start_date, substr(art.published, 1, 10)) AS date_end
    FROM activities act JOIN articles art ON art.article_id = act.article_id
)
SELECT act.activity_id,
       substr(sp.date_start, 1, 4) AS year,
       substr(sp.date_end, 1, 4) AS year_end,
       (WITH RECURSIVE y(n) AS (
            SELECT CAST(substr(sp.date_start, 1, 4) AS INTEGER) WHERE sp.date_start IS NOT NULL
            UNION ALL SELECT n + 1 FROM y WHERE n < CAST(substr(sp.date_end, 1, 4) AS INTEGER) AND n < 9999
        ) SELECT json_group_array(CAST(n AS TEXT)) FROM y) AS years,
       CASE WHEN coalesce(act.start_date, act.date) IS NOT NULL THEN 'activity'
            WHEN art.published IS NOT NULL THEN 'published' END AS year_from,
       act.date,
       act.start_date,
       act.end_date,
       sp.date_start,
       sp.date_end,
       cc.canonical_name AS campaign,
       cc.name AS campaign_as_written,
       cc.kind AS campaign_kind,
       act.action,
       oc.canonical_name AS organization,
       o.name AS organization_as_written,
       o.type AS organization_type,
       o.place AS organization_place,
       p.name AS parent_organization,
       (SELECT group_concat(value, '; ') FROM json_each(act.figures)) AS figures,
       (SELECT count(*) FROM json_each(act.figures)) AS figure_count,
       art.url,
       art.title,
       art.published,
       art.published_at,
       art.source,
       coalesce(s.text, act.text) AS sentence,
       act.article_id,
       act.sentence_index,
       cc.canonical_key AS campaign_key,
       act.org_id,
       oc.canonical_key AS organization_key,
       art.near_duplicate_of AS copy_of,
       art.near_duplicate_similarity AS copy_similarity
FROM activities act
JOIN spans sp ON sp.activity_id = act.activity_id
JOIN articles art ON art.article_id = act.article_id
LEFT JOIN campaign_canonical cc ON cc.campaign_id = act.campaign_id
LEFT JOIN organizations o ON o.org_id = act.org_id
LEFT JOIN organization_canonical oc ON oc.org_id = act.org_id
LEFT JOIN organizations p ON p.org_id = o.parent_org_id
LEFT JOIN sentences s ON s.article_id = act.article_id AND s.sentence_index = act.sentence_index;
"""

_CAMPAIGNS_BY_YEAR = """
CREATE VIEW {name} AS
WITH uses AS (
    SELECT cc.canonical_key, cc.canonical_name, cc.kind, substr(art.published, 1, 4) AS year,
           m.article_id, NULL AS activity_id, NULL AS org_key
    FROM campaign_mentions m
    JOIN campaign_canonical cc ON cc.campaign_id = m.campaign_id
    JOIN articles art ON art.article_id = m.article_id
    WHERE {articles}
    UNION ALL
    SELECT av.campaign_key, av.campaign, av.campaign_kind, y.value, av.article_id, av.activity_id, av.organization_key
    FROM {activities} av, json_each(av.years) y
    WHERE av.campaign_key IS NOT NULL
)
SELECT canonical_name AS campaign,
       max(kind) AS kind,
       year,
       count(DISTINCT article_id) AS articles,
       count(DISTINCT activity_id) AS activities,
       count(DISTINCT org_key) AS organizations,
       canonical_key AS campaign_key
FROM uses
GROUP BY canonical_key, year
ORDER BY year, articles DESC, campaign;
"""


_ORIGINALS = "art.near_duplicate_of IS NULL"

SCHEMA_7 = (
    """
DROP VIEW activity_view;
DROP VIEW campaigns_by_year;
DROP VIEW most_active_organizations;
DROP VIEW figures_by_campaign;
DROP VIEW organization_tree;

-- Each organization row with the canonical organization it belongs to.
CREATE VIEW organization_canonical AS
SELECT o.org_id,
       o.key,
       o.name,
       coalesce(a.canonical_key, o.key) AS canonical_key,
       coalesce(a.canonical_name, o.name) AS canonical_name,
       coalesce(a.source, 'auto') AS alias_source,
       a.rule
FROM organizations o
LEFT JOIN organization_aliases a ON a.alias_key = o.key;
"""
    + _ACTIVITY_VIEW_ALL
    + """
CREATE VIEW activity_view AS SELECT * FROM activity_view_all WHERE copy_of IS NULL;
"""
    + _CAMPAIGNS_BY_YEAR.format(name="campaigns_by_year_all", articles="1", activities="activity_view_all")
    + _CAMPAIGNS_BY_YEAR.format(name="campaigns_by_year", articles=_ORIGINALS, activities="activity_view")
    + _FIGURES_BY_CAMPAIGN.format(name="figures_by_campaign_all", copy_column=_COPY_OF, where="\nWHERE 1")
    + _FIGURES_BY_CAMPAIGN.format(name="figures_by_campaign", copy_column=_COPY_OF, where="\nWHERE " + _ORIGINALS)
    + """
-- Canonical organizations by activity (then by the articles that mention them), each story once.
CREATE VIEW most_active_organizations AS
WITH members AS (
    SELECT oc.canonical_key, min(oc.org_id) AS org_id FROM organization_canonical oc GROUP BY oc.canonical_key
)
SELECT oc.canonical_name AS organization,
       max(o.type) AS type,
       max(o.place) AS place,
       max(p.name) AS parent,
       count(DISTINCT av.activity_id) AS activities,
       count(DISTINCT av.campaign_key) AS campaigns,
       count(DISTINCT av.action) AS kinds_of_action,
       (SELECT count(DISTINCT m.article_id) FROM organization_mentions m
        JOIN organization_canonical mc ON mc.org_id = m.org_id
        JOIN articles art ON art.article_id = m.article_id
        WHERE mc.canonical_key = oc.canonical_key AND art.near_duplicate_of IS NULL) AS articles,
       min(av.date_start) AS first_date,
       max(av.date_end) AS last_date,
       mb.org_id,
       oc.canonical_key AS organization_key,
       count(DISTINCT o.org_id) AS variants
FROM organization_canonical oc
JOIN members mb ON mb.canonical_key = oc.canonical_key
JOIN organizations o ON o.org_id = oc.org_id
LEFT JOIN organizations p ON p.org_id = o.parent_org_id
LEFT JOIN activity_view av ON av.org_id = o.org_id
GROUP BY oc.canonical_key
ORDER BY activities DESC, articles DESC, organization;

-- Each organization with its parent (stated by an article, or implied by the gazetteer), its level
-- (0 = no known parent), its path from the top ("A > B > C") and its canonical organization.
"""
    + _ORGANIZATION_TREE.format(
        articles="\n        JOIN articles art ON art.article_id = m.article_id\n"
        "        WHERE m.org_id = o.org_id AND art.near_duplicate_of IS NULL",
        canonical_column=",\n       oc.canonical_name AS canonical_organization",
        canonical_join="\nJOIN organization_canonical oc ON oc.org_id = o.org_id",
    )
    + """
-- Near-duplicate articles: each copy with the original it was syndicated from.
CREATE VIEW article_copies AS
SELECT c.article_id AS copy_id, c.source AS copy_source, c.title AS copy_title, c.url AS copy_url,
       c.near_duplicate_similarity AS similarity,
       o.article_id AS original_id, o.source AS original_source, o.title AS original_title, o.url AS original_url
FROM articles c JOIN articles o ON o.article_id = c.near_duplicate_of;
"""
)

VIEWS_7 = (
    "campaign_canonical", "organization_canonical", "activity_view_all", "activity_view", "campaigns_by_year_all",
    "campaigns_by_year", "figures_by_campaign_all", "figures_by_campaign", "most_active_organizations",
    "organization_tree", "article_copies",
)
