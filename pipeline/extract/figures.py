"""Figures: counts, money, percentages, ratios, with hedges (placeholder: returns nothing yet)."""
from __future__ import annotations

from dataclasses import dataclass

from ..records import Figure, Article, Sentence


@dataclass(frozen=True)
class FigureResources:
    pass


def load_resources() -> FigureResources:
    return FigureResources()


def extract_figures(article: Article, sentences: tuple[Sentence, ...], resources: FigureResources) -> tuple[Figure, ...]:
    return ()
