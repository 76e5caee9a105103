-- title: Search articles
-- description: Articles whose title, kicker, lead or text contain every word typed ("lien doan lao dong", "liên đoàn"); "quotes" for a phrase. A word typed without diacritics finds every accented form; a word typed with them finds those marks only ("đảng" is not "đăng"); type anything in ignore_accents to ignore the marks typed. Best matches first.
-- requires: articles_search
SELECT a.published, a.title, a.source, a.url, a.article_id
FROM articles_search
JOIN articles a ON a.rowid = articles_search.rowid
WHERE articles_search MATCH match_query(:q)
  AND accent_match(coalesce(a.title, '') || ' ' || coalesce(a.kicker, '') || ' ' || coalesce(a.lead, '') || ' ' || coalesce(a.body, ''),
                   :q, CASE WHEN :ignore_accents = '' THEN 'respect' ELSE 'ignore' END)
ORDER BY articles_search.rank
LIMIT 200
