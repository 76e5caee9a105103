"""Named campaigns, movements, programs, contests, themes, titles and events (placeholder: returns nothing yet)."""
from __future__ import annotations

from dataclasses import dataclass

from ..records import Campaign, Article, Sentence


@dataclass(frozen=True)
class CampaignResources:
    pass


def load_resources() -> CampaignResources:
    return CampaignResources()


def extract_campaigns(article: Article, sentences: tuple[Sentence, ...], resources: CampaignResources) -> tuple[Campaign, ...]:
    return ()
