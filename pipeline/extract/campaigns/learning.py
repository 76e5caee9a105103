"""Names the corpus teaches: a campaign named in quotes after its trigger in one article is a name, and is
recognised written without quotes in the others (``names.find_known`` with the learned names).

Only names that a quote and a kind vouch for are learned, and only multi-word ones (a one-word quote such as
“kép” is no name to look for elsewhere). A build keeps what it has learned in the dataset
(``pipeline.dataset.learned``); ``thidua extract`` and ``thidua eval`` learn from the batch they are given.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ...records import Article, Campaign
from ...text import fold_diacritics, match_key

QUOTES = "“\"«'‘"
LEARNED_KINDS = ("movement", "campaign", "program", "contest", "theme", "event", "title")
MIN_WORDS = 2


def is_quoted(article: Article, campaign: Campaign) -> bool:
    """Whether some mention of the campaign stands right inside quotes in the article's text."""
    text = article.text
    return any(span.start > 0 and text[span.start - 1] in QUOTES for span in campaign.mentions)


def quoted_names(article: Article, campaigns: Iterable[Campaign]) -> list[tuple[str, str]]:
    """(name, kind) of the article's campaigns that were quoted and are worth looking for elsewhere."""
    return [(c.name, c.kind) for c in campaigns
            if c.kind in LEARNED_KINDS and len(c.name.split()) >= MIN_WORDS and is_quoted(article, c)]


@lru_cache(maxsize=8192)  # the learned names are folded again for every article
def folded(text: str) -> str:
    """Case, punctuation, tone placement and diacritics folded: how a learned name is looked for in a text."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold_diacritics(match_key(text))).split())


def may_hold(article_text: str, names: Iterable[str]) -> list[str]:
    """The names that occur (folded) in ``article_text``: the articles a newly learned name can change."""
    haystack = f" {folded(article_text)} "
    return [name for name in names if f" {folded(name)} " in haystack]
