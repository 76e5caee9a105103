-- title: Search sentences
-- description: Sentences that contain every word typed, with their article. A word typed without diacritics finds every accented form; a word typed with them finds those marks only ("đảng" is not "đăng" nor "dạng"); type anything in ignore_accents to ignore the marks typed. Best matches first.
-- requires: sentences_search
SELECT s.text AS sentence, a.title, a.published, a.url, s.article_id, s.sentence_index
FROM sentences_search
JOIN sentences s ON s.rowid = sentences_search.rowid
JOIN articles a ON a.article_id = s.article_id
WHERE sentences_search MATCH match_query(:q)
  AND accent_match(s.text, :q, CASE WHEN :ignore_accents = '' THEN 'respect' ELSE 'ignore' END)
ORDER BY sentences_search.rank
LIMIT 500
