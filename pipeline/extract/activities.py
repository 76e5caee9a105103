"""Emulation activities linking campaign, action, organization, date and figures (placeholder: returns nothing yet)."""
from __future__ import annotations

from dataclasses import dataclass

from ..records import Activity, Article, Campaign, DateMention, Figure, Organization, Sentence


@dataclass(frozen=True)
class ActivityResources:
    pass


def load_resources() -> ActivityResources:
    return ActivityResources()


def extract_activities(article: Article, sentences: tuple[Sentence, ...], campaigns: tuple[Campaign, ...], organizations: tuple[Organization, ...], dates: tuple[DateMention, ...], figures: tuple[Figure, ...], resources: ActivityResources) -> tuple[Activity, ...]:
    return ()
