"""The per-article pipeline: ``Page`` → ``Article`` → sentences → facts, as one pure function.

This is the unit of work that ``thidua build`` and ``thidua extract`` run for each input, in the
main process, in worker processes or on a Dask cluster alike.
"""
from __future__ import annotations

import hashlib

from .clean import clean_page
from .extract import ExtractionResources, extract_facts
from .records import Page, Processed
from .relevance import probability
from .text import split_sentences


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def process_page(page: Page, resources: ExtractionResources) -> Processed:
    article = clean_page(page)
    sentences = split_sentences(article)
    facts = extract_facts(article, sentences, resources)
    relevance = probability(resources.relevance, article) if resources.relevance is not None else None
    return Processed(
        article=article, sentences=sentences, facts=facts, content_hash=content_hash(article.text), relevance=relevance
    )
