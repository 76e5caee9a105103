-- title: Organization hierarchy
-- description: Organizations with their parent and their path from the top (A > B > C), optionally only the paths that contain what is typed.
-- requires: organization_tree
SELECT path, organization, type, place, parent, parent_from, level, articles
FROM organization_tree
WHERE :name = '' OR fold(path) LIKE '%' || fold(:name) || '%'
ORDER BY path
