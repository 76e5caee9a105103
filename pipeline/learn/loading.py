"""The extraction resources with the trained models in them: what a build, ``thidua extract`` and ``thidua
eval`` run with.

Every model the pipeline uses ships inside the installed package (``models/`` of the checkout, mapped to
``pipeline/models`` in a wheel). A missing or unreadable model is a ``ModelError`` that names the file: a
build never quietly writes a different dataset. Running without models is a choice (``models=False``,
``thidua build --no-models``), recorded in the pipeline version.
"""
from __future__ import annotations

import logging
from dataclasses import replace

from typing import Iterable

from ..extract import ExtractionResources, load_resources
from ..extract.campaigns import with_learned
from . import action, activity, relevance

log = logging.getLogger(__name__)

MODEL_NAMES = ("relevance", "action", "activity")


def pipeline_resources(models: bool = True, learned: Iterable[tuple[str, str]] = ()) -> ExtractionResources:
    """The extractors' resources, and (unless ``models`` is False) the relevance, action and activity models;
    ``learned``: campaign names learned from the corpus, (name, kind) pairs."""
    resources = load_resources()
    learned = tuple(learned)
    if learned:
        resources = replace(resources, campaigns=with_learned(resources.campaigns, learned))
    if not models:
        log.info("running without models: no relevance, the rules alone decide actions and activities")
        return resources
    activities = replace(resources.activities, classify_action=action.action_classifier(),
                         model=activity.load().model)
    return replace(resources, activities=activities, relevance=relevance.load())
