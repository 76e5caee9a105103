"""What the trained scikit-learn models share: word-segmented features, saving, loading, cards.

A model lives in ``models/<name>/``: ``model.joblib`` (the fitted pipeline), ``card.json`` (data,
features, date, scores, the held-out split) and ``CARD.md`` (the same for people). Models are built
from the repository's own data by ``thidua train``, never downloaded, and loaded lazily.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import joblib
import sklearn

from ..records import ThiduaError
from ..resources import models_dir
from ..text import new_tone_placement, nfc, word_tokenize

MODELS_DIR = models_dir()
MODEL_FILE = "model.joblib"
CARD_FILE = "card.json"


class ModelError(ThiduaError):
    """A model is missing, corrupted or does not match its card."""


def segment(text: str) -> str:
    """Word-segmented, lower-cased text with unified tone placement: the models' input.

    Vietnamese writes multi-syllable words with spaces ("phong trào thi đua"); underthesea joins
    them ("phong_trào thi_đua") so that a word is one feature, not two unrelated syllables.
    """
    return word_tokenize(new_tone_placement(nfc(text)).lower(), format="text")


def unchecked_input():
    """scikit-learn's per-call checks off (finite values, parameter types) for predicting on inputs the pipeline
    builds itself: a build predicts per article and sentence, where the checks cost about as much as the model."""
    return sklearn.config_context(assume_finite=True, skip_parameter_validation=True)


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# Attributes a fitted scikit-learn object keeps only as a cache or for inspection, whose pickled bytes
# change from run to run: ``_stop_words_id`` is ``id()`` of a list (a memory address), ``stop_words_``
# a set (ordered by string hashing). scikit-learn documents both as safe to drop before pickling.
VOLATILE_ATTRIBUTES = ("_stop_words_id", "stop_words_")


def without_volatile_state(model: Any, seen: set[int] | None = None) -> Any:
    """Drop ``VOLATILE_ATTRIBUTES`` from every scikit-learn object inside ``model`` (in place), so that
    training twice on the same labels writes byte-identical model files."""
    seen = set() if seen is None else seen
    if id(model) in seen:
        return model
    seen.add(id(model))
    if isinstance(model, (list, tuple)):
        for item in model:
            without_volatile_state(item, seen)
    elif isinstance(model, dict):
        for item in model.values():
            without_volatile_state(item, seen)
    elif type(model).__module__.startswith(("sklearn", "pipeline")) and hasattr(model, "__dict__"):
        for name in VOLATILE_ATTRIBUTES:
            if name in vars(model):
                delattr(model, name)
        for item in vars(model).values():
            without_volatile_state(item, seen)
    return model


def save_model(model: Any, card: dict[str, Any], directory: Path) -> None:
    """Write the fitted model and its card; the card records the model file's hash."""
    directory.mkdir(parents=True, exist_ok=True)
    model_path = directory / MODEL_FILE
    joblib.dump(without_volatile_state(model), model_path, compress=3)
    card = {**card, "model_sha256": file_digest(model_path)}
    (directory / CARD_FILE).write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (directory / "CARD.md").write_text(render_card(card), encoding="utf-8")


@dataclass(frozen=True)
class LoadedModel:
    model: Any
    card: dict[str, Any]


def load_model(directory: Path) -> LoadedModel:
    """Load a saved model, checking it against its card; a clear ``ModelError`` when it cannot."""
    model_path, card_path = directory / MODEL_FILE, directory / CARD_FILE
    if not model_path.exists() or not card_path.exists():
        raise ModelError(f"model not found in {directory} (run `thidua train {directory.name}`)")
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelError(f"{card_path}: unreadable model card: {error}") from error
    if card.get("model_sha256") != file_digest(model_path):
        raise ModelError(f"{model_path} does not match its card (corrupted or replaced); retrain it")
    try:
        model = joblib.load(model_path)
    except Exception as error:  # joblib/pickle raise many types for a damaged file
        raise ModelError(f"{model_path}: cannot load model: {error}") from error
    return LoadedModel(model=model, card=card)


def render_card(card: dict[str, Any]) -> str:
    """The card as Markdown, for people: what the model is for, its data, features and scores."""
    lines = [f"# Model card: {card['name']}", "", f"Task: {card['task']}.", "", f"Trained: {card['trained']}."]
    data = card["data"]
    lines += ["", "## Data", ""]
    lines += [f"- {key}: {value}" for key, value in data.items() if not isinstance(value, list)]
    lines += [f"- {key}: {len(value)} items (listed in card.json)" for key, value in data.items() if isinstance(value, list)]
    lines += ["", "## Features", "", card["features"]]
    if card.get("decoding"):
        lines += ["", "## Decoding", "", card["decoding"]]
    lines += ["", "## Scores", ""]
    cross_validation = card.get("cross_validation")
    if cross_validation:
        lines += [f"Cross-validation ({cross_validation['scheme']}), mean ± std:", "",
                  "| model | precision | recall | F1 |", "|---|---|---|---|"]
        for name, metrics in cross_validation["models"].items():
            cells = [f"{metrics[m]['mean']:.3f} ± {metrics[m]['std']:.3f}" for m in ("precision", "recall", "f1")]
            lines.append(f"| {name}{' (chosen)' if name == card['chosen'] else ''} | " + " | ".join(cells) + " |")
        lines.append("")
    if card.get("choice_rule"):
        lines += [f"Chosen: {card['choice_rule']}.", ""]
    lines += ["Held-out scores of the chosen model:", ""]
    lines += [f"- {key}: {value}" for key, value in card["held_out_scores"].items()]
    if card.get("weaknesses"):
        lines += ["", "## Known weaknesses", ""] + [f"- {w}" for w in card["weaknesses"]]
    lines += ["", "Retrain with `thidua train " + card["name"] + "`; a test reproduces the held-out scores.", ""]
    return "\n".join(lines)
