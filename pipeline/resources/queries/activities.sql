-- title: Activities: who did what in which campaign, when, with what figures
-- description: Rows of activity_view (each story once; a year matches every activity whose time span covers it). Fill any box, leave the others empty; names match in part and without diacritics; action is one of launch, implement, review, commend, contest, support, other. Example: campaign "lao dong gioi", action "review", year "2021".
-- requires: activity_view
SELECT year, date, campaign, campaign_kind, action, organization, parent_organization, figures, sentence, title, url
FROM activity_view
WHERE (:campaign = '' OR fold(campaign) LIKE '%' || fold(:campaign) || '%')
  AND (:organization = '' OR fold(organization) LIKE '%' || fold(:organization) || '%')
  AND (:action = '' OR action = :action)
  AND (:year = '' OR (year <= :year AND year_end >= :year))
ORDER BY year, date, campaign, organization
LIMIT 1000
