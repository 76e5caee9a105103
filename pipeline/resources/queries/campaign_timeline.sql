-- title: A campaign year by year
-- description: Articles, activities and organizations per year for the canonical campaigns whose name contains what is typed (without diacritics is fine).
-- requires: campaigns_by_year
SELECT campaign, kind, year, articles, activities, organizations
FROM campaigns_by_year
WHERE :campaign = '' OR fold(campaign) LIKE '%' || fold(:campaign) || '%'
ORDER BY campaign, year
