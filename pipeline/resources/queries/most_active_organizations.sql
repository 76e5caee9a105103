-- title: Most active organizations
-- description: Organizations by number of activities, optionally only those whose name or place contains what is typed.
-- requires: most_active_organizations
SELECT organization, type, place, parent, activities, campaigns, kinds_of_action, articles, first_date, last_date
FROM most_active_organizations
WHERE :name = '' OR fold(organization) LIKE '%' || fold(:name) || '%' OR fold(place) LIKE '%' || fold(:name) || '%'
LIMIT 200
