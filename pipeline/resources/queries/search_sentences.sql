-- title: Search sentences
-- description: Sentences that contain every word typed, with or without diacritics, with their article. Best matches first.
-- requires: sentences_search
SELECT s.text AS sentence, a.title, a.published, a.url, s.article_id, s.sentence_index
FROM sentences_search
JOIN sentences s ON s.rowid = sentences_search.rowid
JOIN articles a ON a.article_id = s.article_id
WHERE sentences_search MATCH match_query(:q)
ORDER BY sentences_search.rank
LIMIT 500
