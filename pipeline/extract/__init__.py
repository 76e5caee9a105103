"""Fact extraction: sentences of one article in, typed facts with provenance out.

Each extractor module owns its resource record (built once from ``pipeline/resources/`` by its
``load_resources()``) and one pure ``extract_*`` function. ``extract_facts`` runs them in dependency
order: organizations before people, everything before activities.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
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
    # The article-level relevance model (models/relevance); None when running without models.
    relevance: Any = None


def load_resources() -> ExtractionResources:
    """Load every extractor's resources once (per process), without the trained models: the rules alone
    (``pipeline.learn.loading.pipeline_resources`` adds the models)."""
    date_resources = dates.load_resources()
    return ExtractionResources(
        campaigns=campaigns.load_resources(),
        organizations=organizations.load_resources(),
        people=people.load_resources(),
        dates=date_resources,
        figures=figures.load_resources(),
        activities=activities.load_resources(date_resources),
    )


def campaign_free_facts(article: Article, sentences: tuple[Sentence, ...], resources: ExtractionResources) -> Facts:
    """The facts no campaign resource shapes (organizations, people, dates, figures): a campaign name learned
    since leaves them as they were."""
    found_organizations = organizations.extract_organizations(article, sentences, resources.organizations)
    return Facts(
        organizations=found_organizations,
        people=people.extract_people(article, sentences, found_organizations, resources.people),
        dates=dates.extract_dates(article, sentences, resources.dates),
        figures=figures.extract_figures(article, sentences, resources.figures),
    )


def _facts_before_activities(article: Article, sentences: tuple[Sentence, ...], resources: ExtractionResources,
                             campaign_free: Facts | None = None) -> Facts:
    if campaign_free is None:
        campaign_free = campaign_free_facts(article, sentences, resources)
    return replace(campaign_free, campaigns=campaigns.extract_campaigns(article, sentences, resources.campaigns))


@dataclass(frozen=True)
class UndecidedFacts:
    """An article's facts whose activities wait for the activity model (``activities`` None: they are decided)."""

    facts: Facts
    activities: activities.UndecidedActivities | None

    @property
    def candidates(self) -> list[activities.Candidate]:
        return self.activities.found if self.activities is not None else []

    def decided(self, probabilities: list[float] | None = None) -> Facts:
        """The facts, with the activities the model's ``probabilities`` of ``candidates`` decide (None: it is asked)."""
        if self.activities is None:
            return self.facts
        return replace(self.facts, activities=self.activities.decided(probabilities))


def undecided_facts(article: Article, sentences: tuple[Sentence, ...], resources: ExtractionResources,
                    relevance: float | None = None, campaign_free: Facts | None = None,
                    previous: Facts | None = None) -> UndecidedFacts:
    """``extract_facts`` up to the activity model's question (a build asks it for many articles at once)."""
    facts = _facts_before_activities(article, sentences, resources, campaign_free)
    if previous is not None and previous.campaigns == facts.campaigns:
        return UndecidedFacts(replace(facts, activities=previous.activities), None)
    return UndecidedFacts(facts, activities.undecided_activities(article, sentences, facts, resources.activities,
                                                                 relevance))


def extract_facts(article: Article, sentences: tuple[Sentence, ...], resources: ExtractionResources,
                  relevance: float | None = None, campaign_free: Facts | None = None,
                  previous: Facts | None = None) -> Facts:
    """Every fact of one article; ``relevance`` (the article's probability of being about emulation) is one of
    the activity model's features; ``campaign_free``: the article's ``campaign_free_facts`` when already read.
    ``previous``: the facts of a reading with other campaign resources (the same activity resources and relevance):
    where the campaigns come out the same, so do the activities, which are not read again."""
    return undecided_facts(article, sentences, resources, relevance, campaign_free, previous).decided()


def activity_candidates(article: Article, sentences: tuple[Sentence, ...], resources: ExtractionResources,
                        relevance: float | None = None) -> tuple[Facts, list[activities.Candidate]]:
    """The facts of one article (with the rules' activities) and the activity model's candidates, for training."""
    facts = _facts_before_activities(article, sentences, resources)
    found, rule_activities = activities.activity_candidates(article, sentences, facts, resources.activities, relevance)
    return replace(facts, activities=rule_activities), found
