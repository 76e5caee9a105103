"""Dates and periods resolved against the publication date (placeholder: returns nothing yet)."""
from __future__ import annotations

from dataclasses import dataclass

from ..records import DateMention, Article, Sentence


@dataclass(frozen=True)
class DateResources:
    pass


def load_resources() -> DateResources:
    return DateResources()


def extract_dates(article: Article, sentences: tuple[Sentence, ...], resources: DateResources) -> tuple[DateMention, ...]:
    return ()
