-- title: Figures of a campaign
-- description: Numbers tied to the canonical campaigns whose name contains what is typed, with the sentence that states them.
-- requires: figures_by_campaign
SELECT campaign, year, figure, value, unit, kind, approx, sentence, title, url
FROM figures_by_campaign
WHERE :campaign = '' OR fold(campaign) LIKE '%' || fold(:campaign) || '%'
ORDER BY campaign, year
LIMIT 1000
