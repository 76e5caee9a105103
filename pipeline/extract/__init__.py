"""Fact extraction: sentences of one article in, typed facts with provenance out.

Each extractor module owns its resource record (built once from ``pipeline/resources/`` by its
``load_resources()``) and one pure ``extract_*`` function. ``extract_facts`` runs them in dependency
order: organizations before people, everything before activities.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..records import Article, Facts, Sentence
from . import activities
from . import campaigns
from . import dates
from . import figures
from . import organizations
from . import people


@dataclass(frozen=True)
class ExtractionResources:
    campaigns: campaigns.CampaignResources
    organizations: organizations.OrganizationResources
    people: people.PeopleResources
    dates: dates.DateResources
    figures: figures.FigureResources
    activities: activities.ActivityResources
    # The article-level relevance model (models/relevance), or None when it is not there; loaded here so
    # that every worker loads it once with the rest.
    relevance: Any = None


def _relevance_model() -> Any:
    from ..learn.models import ModelError
    from ..learn.relevance import load

    try:
        return load()
    except ModelError:
        return None


def load_resources() -> ExtractionResources:
    """Load every extractor's resources once (per process)."""
    return ExtractionResources(
        campaigns=campaigns.load_resources(),
        organizations=organizations.load_resources(),
        people=people.load_resources(),
        dates=dates.load_resources(),
        figures=figures.load_resources(),
        activities=activities.load_resources(),
        relevance=_relevance_model(),
    )


def extract_facts(article: Article, sentences: tuple[Sentence, ...], resources: ExtractionResources) -> Facts:
    found_campaigns = campaigns.extract_campaigns(article, sentences, resources.campaigns)
    found_organizations = organizations.extract_organizations(article, sentences, resources.organizations)
    found_people = people.extract_people(article, sentences, found_organizations, resources.people)
    found_dates = dates.extract_dates(article, sentences, resources.dates)
    found_figures = figures.extract_figures(article, sentences, resources.figures)
    found_activities = activities.extract_activities(
        article, sentences, found_campaigns, found_organizations, found_dates, found_figures, resources.activities
    )
    return Facts(
        campaigns=found_campaigns,
        organizations=found_organizations,
        people=found_people,
        dates=found_dates,
        figures=found_figures,
        activities=found_activities,
    )
