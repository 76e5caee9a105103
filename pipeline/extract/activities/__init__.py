"""Emulation activities: which body launched, ran, reviewed or commended which campaign, when, with what.

``reading`` reads each sentence with rules: its action words (``phát động``, ``triển khai``, ``sơ kết``,
``tuyên dương`` … from ``resources/action_triggers.tsv``), the campaigns named after them, the body that acts
(carried over from sentence to sentence, since Vietnamese news often leaves the subject out), the nearest date
and the figures next to it. ``candidates`` turns every campaign mention and unnamed act into candidate
(campaign, action, actor) triples with features, and the trained activity model (``models/activity``) picks
the ones the article describes; without that model the rules' own activities stand.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...records import Activity, Article, Facts, Sentence
from .candidates import ActivityModel, Candidate, candidates, choose, decide, edit
from .reading import SentenceReading, award_issuers, credit_issuers, fold_into_program_named_later, read_article
from .resources import ActivityResources, load_resources

__all__ = ["ActivityModel", "ActivityResources", "Candidate", "activity_candidates", "choose", "edit",
           "UndecidedActivities", "extract_activities", "load_resources", "undecided_activities"]


@dataclass(frozen=True)
class UndecidedActivities:
    """An article's activities read by the rules, waiting for the model's probabilities of its candidates: a build
    asks the model once for the candidates of many articles (``ActivityModel.probabilities_of_many``), which costs
    a fraction of asking it article by article (the forests' trees are walked once per call)."""

    readings: list[SentenceReading]
    rule_activities: tuple[Activity, ...]
    found: list[Candidate]  # the model's candidates (empty without a model)
    resources: ActivityResources

    def decided(self, probabilities: list[float] | None = None) -> tuple[Activity, ...]:
        """The activities, given the model's probability of each of ``found`` (None: the model is asked now)."""
        activities = self.rule_activities
        model = self.resources.model
        if model is not None:
            if probabilities is None:
                probabilities = model.probabilities(self.found) if self.found else []
            # the model may keep a care act that a later sentence names as a program's: one activity, as the rules give
            activities = fold_into_program_named_later(decide(self.found, probabilities, activities, model),
                                                       self.readings, self.resources)
        return credit_issuers(activities, award_issuers(self.readings))


def undecided_activities(article: Article, sentences: tuple[Sentence, ...], facts: Facts,
                         resources: ActivityResources, relevance: float | None = None) -> UndecidedActivities:
    """The rules' reading of one article and the model's candidates, before the model is asked."""
    readings, rule_activities = read_article(article, sentences, facts, resources)
    model = resources.model
    found = (candidates(article, readings, relevance, resources.classify_action)
             if model is not None and model.setup != "rules" else [])
    return UndecidedActivities(readings, rule_activities, found, resources)


def extract_activities(article: Article, sentences: tuple[Sentence, ...], facts: Facts, resources: ActivityResources,
                       relevance: float | None = None) -> tuple[Activity, ...]:
    """Activities in text order, one per (campaign, action, organization); ``facts``: the article's campaigns,
    organizations and figures (its activities, if any, are not read)."""
    return undecided_activities(article, sentences, facts, resources, relevance).decided()


def activity_candidates(article: Article, sentences: tuple[Sentence, ...], facts: Facts, resources: ActivityResources,
                        relevance: float | None = None) -> tuple[list[Candidate], tuple[Activity, ...]]:
    """The model's candidates of one article with their features, and the rules' own activities (for training)."""
    readings, rule_activities = read_article(article, sentences, facts, resources)
    return candidates(article, readings, relevance, resources.classify_action), rule_activities
