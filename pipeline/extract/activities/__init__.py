"""Emulation activities: which body launched, ran, reviewed or commended which campaign, when, with what.

``reading`` reads each sentence with rules: its action words (``phát động``, ``triển khai``, ``sơ kết``,
``tuyên dương`` … from ``resources/action_triggers.tsv``), the campaigns named after them, the body that acts
(carried over from sentence to sentence, since Vietnamese news often leaves the subject out), the nearest date
and the figures next to it. ``candidates`` turns every campaign mention and unnamed act into candidate
(campaign, action, actor) triples with features, and the trained activity model (``models/activity``) picks
the ones the article describes; without that model the rules' own activities stand.
"""
from __future__ import annotations

from ...records import Activity, Article, Facts, Sentence
from .candidates import ActivityModel, Candidate, candidates, choose, decide, edit
from .reading import award_issuers, credit_issuers, fold_into_program_named_later, read_article
from .resources import ActivityResources, load_resources

__all__ = ["ActivityModel", "ActivityResources", "Candidate", "activity_candidates", "choose", "edit",
           "extract_activities", "load_resources"]


def extract_activities(article: Article, sentences: tuple[Sentence, ...], facts: Facts, resources: ActivityResources,
                       relevance: float | None = None) -> tuple[Activity, ...]:
    """Activities in text order, one per (campaign, action, organization); ``facts``: the article's campaigns,
    organizations and figures (its activities, if any, are not read)."""
    readings, rule_activities = read_article(article, sentences, facts, resources)
    if resources.model is not None:
        # the model may keep a care act that a later sentence names as a program's: one activity, as the rules give
        rule_activities = fold_into_program_named_later(decide(article, readings, rule_activities, resources, relevance),
                                                        readings, resources)
    return credit_issuers(rule_activities, award_issuers(readings))


def activity_candidates(article: Article, sentences: tuple[Sentence, ...], facts: Facts, resources: ActivityResources,
                        relevance: float | None = None) -> tuple[list[Candidate], tuple[Activity, ...]]:
    """The model's candidates of one article with their features, and the rules' own activities (for training)."""
    readings, rule_activities = read_article(article, sentences, facts, resources)
    return candidates(article, readings, relevance, resources.classify_action), rule_activities
