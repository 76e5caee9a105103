"""Organizations with abbreviations expanded and place kept (placeholder: returns nothing yet)."""
from __future__ import annotations

from dataclasses import dataclass

from ..records import Organization, Article, Sentence


@dataclass(frozen=True)
class OrganizationResources:
    pass


def load_resources() -> OrganizationResources:
    return OrganizationResources()


def extract_organizations(article: Article, sentences: tuple[Sentence, ...], resources: OrganizationResources) -> tuple[Organization, ...]:
    return ()
