-- title: Search articles
-- description: Articles whose title, kicker, lead or text contain every word typed, with or without diacritics ("lien doan lao dong", "liên đoàn"); "quotes" for a phrase. Best matches first.
-- requires: articles_search
SELECT a.published, a.title, a.source, a.url, a.article_id
FROM articles_search
JOIN articles a ON a.rowid = articles_search.rowid
WHERE articles_search MATCH match_query(:q)
ORDER BY articles_search.rank
LIMIT 200
