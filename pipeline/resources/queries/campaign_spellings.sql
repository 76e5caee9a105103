-- title: How a campaign is written
-- description: The names as articles write them, grouped under their canonical campaign (corrections: thidua alias), for the campaigns whose name contains what is typed.
-- requires: campaign_canonical, campaign_mentions
SELECT cc.canonical_name AS campaign, cc.name AS written, cc.kind, cc.alias_source,
       (SELECT count(DISTINCT m.article_id) FROM campaign_mentions m WHERE m.campaign_id = cc.campaign_id) AS articles
FROM campaign_canonical cc
WHERE :campaign = '' OR fold(cc.canonical_name) LIKE '%' || fold(:campaign) || '%' OR fold(cc.name) LIKE '%' || fold(:campaign) || '%'
ORDER BY cc.canonical_name, articles DESC
