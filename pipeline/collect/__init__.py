"""Collecting pages from the web: polite fetching, robots.txt, listings and sitemaps, crawl state, WARC.

``crawl`` decides what to fetch, ``fetch`` how (one session, retries, delays, caps), ``listing`` reads
listing pages and sitemaps, and every response is kept as it came in a WARC archive under ``corpus/raw``.
"""
