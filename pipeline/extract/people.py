"""People of the story with their titles and organizations (placeholder: returns nothing yet)."""
from __future__ import annotations

from dataclasses import dataclass

from ..records import Person, Organization, Article, Sentence


@dataclass(frozen=True)
class PeopleResources:
    pass


def load_resources() -> PeopleResources:
    return PeopleResources()


def extract_people(article: Article, sentences: tuple[Sentence, ...], organizations: tuple[Organization, ...], resources: PeopleResources) -> tuple[Person, ...]:
    return ()
