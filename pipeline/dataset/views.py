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
CREATE VIEW figures_by_campaign AS
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
       cc.canonical_key AS campaign_key
FROM figures f
JOIN campaign_canonical cc ON cc.campaign_id = f.campaign_id
JOIN articles art ON art.article_id = f.article_id
LEFT JOIN sentences s ON s.article_id = f.article_id AND s.sentence_index = f.sentence_index;

-- Each organization with its parent (stated by an article, or implied by the gazetteer), its level
-- (0 = no known parent) and its path from the top ("A > B > C").
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
       (SELECT count(DISTINCT m.article_id) FROM organization_mentions m WHERE m.org_id = o.org_id) AS articles,
       o.org_id,
       o.parent_org_id
FROM organizations o
JOIN top ON top.org_id = o.org_id
JOIN up ON up.org_id = o.org_id AND up.depth = top.level
LEFT JOIN organizations p ON p.org_id = o.parent_org_id
LEFT JOIN organization_parent_rules r ON r.org_key = o.key;
"""

VIEWS = (
    "campaign_canonical", "activity_view", "campaigns_by_year", "most_active_organizations",
    "figures_by_campaign", "organization_tree",
)
