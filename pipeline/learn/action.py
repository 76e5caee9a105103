"""What kind of act a sentence reports: launch, implement, review, commend, contest, support or other.

A sentence classifier trained on sentences labelled by hand (``models/action/labels.tsv``: the source
file, the sentence as written, its action and an optional note), compared on the same held-out
sentences with a trigger-word baseline (``rule_action``), so that the activity extractor can use
whichever is better; the card says which (``"better"``).

Training is deterministic: a fixed stratified held-out split (seed 13, 25 %), candidate models compared
by repeated stratified cross-validation on the training part, the best refitted on the training part and
scored once on the held-out part; the rules are scored on the same held-out sentences. The held-out
sentences are listed in the card by a hash of source and sentence, so ``held_out_scores`` recomputes
the card's figures from ``labels.tsv`` alone (no ``../shared`` needed).
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.metrics import (
    accuracy_score,
    f1_score,
    make_scorer,
    precision_recall_fscore_support,
    precision_score,
    recall_score,
)
from sklearn.model_selection import RepeatedStratifiedKFold, StratifiedGroupKFold, cross_validate, train_test_split
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from .models import (
    CARD_FILE, MODELS_DIR, LoadedModel, ModelError, file_digest, load_model, save_model, segment, unchecked_input,
)
from ..resources import PROJECT_DIR, RESOURCE_DIR
from ..text import new_tone_placement, nfc, phrase_alternation

NAME = "action"
ACTIONS = ("launch", "implement", "review", "commend", "contest", "support", "other")
SEED = 13
HELD_OUT = 0.25
# Cross-validation metrics (card key -> scikit-learn scorer); precision, recall and F1 are macro averages.
CV_METRICS = {
    "precision": make_scorer(precision_score, average="macro", zero_division=0),
    "recall": make_scorer(recall_score, average="macro", zero_division=0),
    "f1": make_scorer(f1_score, average="macro", zero_division=0),
    "accuracy": make_scorer(accuracy_score),
}
REPO = PROJECT_DIR
OWN_TRIGGERS = MODELS_DIR / NAME / "rule_triggers.tsv"
# The activity extractor's trigger table, when it exists, is the baseline the model must beat.
EXTRACTOR_TRIGGERS = ("action_triggers.tsv", "activity_triggers.tsv")
CONTEXTS = "activity_contexts.tsv"


@dataclass(frozen=True)
class LabelledSentence:
    source: str  # "articles/nld_002.txt" (under ../shared) or "corpus/<file>"
    sentence: str
    action: str
    note: str = ""

    @property
    def key(self) -> str:
        """Stable identity of a labelled row: a hash of source and sentence."""
        return hashlib.sha256(f"{self.source}\t{self.sentence}".encode()).hexdigest()[:16]


def read_labels(labels_path: Path) -> list[LabelledSentence]:
    """Rows ``source, sentence, action, note``; an unknown action or an empty sentence is an error."""
    if not labels_path.exists():
        raise ModelError(f"{labels_path}: label file not found")
    rows = []
    with labels_path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for line, row in enumerate(reader, start=2):
            action, sentence = (row.get("action") or "").strip(), (row.get("sentence") or "").strip()
            if action not in ACTIONS or not sentence:
                raise ModelError(f"{labels_path}:{line}: needs a sentence and an action among {', '.join(ACTIONS)}")
            rows.append(LabelledSentence(row["source"].strip(), sentence, action, (row.get("note") or "").strip()))
    return rows


# --- the trigger-word baseline -------------------------------------------------------------------


@dataclass(frozen=True)
class TriggerRules:
    """Trigger words with their action (and priority), read from a TSV, applied to one sentence."""

    path: str  # where the triggers were read from (repository-relative when inside it)
    triggers: tuple[tuple[str, str, int], ...]  # (normalized phrase, action, priority)
    default: str  # the action when no trigger occurs
    not_triggers: tuple[str, ...] = ()  # phrases holding a trigger word that are no act ("tổ chức Công đoàn")
    contexts_path: str | None = None


def _normalize(text: str) -> str:
    return re.sub(r"\s+", " ", new_tone_placement(nfc(text)).lower())


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items() if k}
            for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _read_trigger_table(path: Path) -> list[tuple[str, str, int]]:
    """Rows of a trigger TSV: the phrase in ``trigger`` or ``phrase``, an ``action``, an optional
    integer ``priority``; rows with an unknown action are ignored."""
    rows = _read_rows(path)
    if not rows or "action" not in rows[0]:
        return []
    column = next((c for c in ("trigger", "phrase", "word") if c in rows[0]), None)
    if column is None:
        return []
    triggers = []
    for row in rows:
        if row.get(column) and row.get("action") in ACTIONS:
            priority = row.get("priority", "")
            triggers.append((_normalize(row[column]), row["action"], int(priority) if priority.isdigit() else 0))
    return triggers


def trigger_table_path() -> Path:
    """The activity extractor's trigger table when it has one with an ``action`` column, else our own."""
    for name in EXTRACTOR_TRIGGERS:
        path = RESOURCE_DIR / name
        if path.exists() and _read_trigger_table(path):
            return path
    return OWN_TRIGGERS


def _shown(path: Path) -> str:
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def load_rules(path: Path | None = None, default: str = "implement") -> TriggerRules:
    """Triggers from ``path`` (default: ``trigger_table_path()``); beside the extractor's table, its
    ``activity_contexts.tsv`` gives the phrases that are no act (role ``not_trigger``), as the extractor
    reads them."""
    path = path or trigger_table_path()
    triggers = _read_trigger_table(path)
    if not triggers:
        raise ModelError(f"{path}: no trigger rows (needs a trigger/phrase column and an action column)")
    contexts = path.parent / CONTEXTS
    not_triggers: list[str] = []
    if path.parent == RESOURCE_DIR and contexts.exists():
        not_triggers = [_normalize(row["phrase"]) for row in _read_rows(contexts)
                        if row.get("role") == "not_trigger" and row.get("phrase")]
    return TriggerRules(
        path=_shown(path), triggers=tuple(dict.fromkeys(triggers)), default=default,
        not_triggers=tuple(not_triggers), contexts_path=_shown(contexts) if not_triggers else None,
    )


def _alternation(phrases) -> str:
    """The phrases as one alternation, longest first, a space as any white space (matched in their own case)."""
    return phrase_alternation(phrases, flexible_spaces=True)


@lru_cache(maxsize=8)
def _compiled(rules: TriggerRules) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    trigger_re = re.compile(rf"(?<!\w)(?:{_alternation(t for t, _, _ in rules.triggers)})(?!\w)")
    not_re = re.compile(rf"(?<!\w)(?:{_alternation(rules.not_triggers)})(?!\w)") if rules.not_triggers else None
    return trigger_re, not_re


def rule_action(sentence: str, rules: TriggerRules | None = None) -> str:
    """The action of the sentence's strongest trigger word, else the rules' default."""
    rules = rules or load_rules()
    return rule_match(sentence, rules) or rules.default


def rule_match(sentence: str, rules: TriggerRules) -> str | None:
    """The action of the sentence's strongest trigger word (highest priority, the earliest on a tie;
    without priorities simply the earliest), or None when no trigger word counts.

    Trigger words inside quotes (campaign names: "Ôn lý thuyết, luyện tay nghề, thi thợ giỏi") or inside
    a no-act phrase ("tổ chức Công đoàn") do not count. With the extractor's table this reads
    "tổ chức Hội nghị sơ kết" as review (priority 3) rather than implement (``tổ chức``, priority 1).
    """
    trigger_re, not_re = _compiled(rules)
    text = _normalize(sentence)
    excluded = [m.span() for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", text)]
    if not_re is not None:
        excluded += [m.span() for m in not_re.finditer(text)]
    by_phrase = {phrase: (action, priority) for phrase, action, priority in reversed(rules.triggers)}
    best: tuple[str, int] | None = None
    for match in trigger_re.finditer(text):
        if any(start <= match.start() < end for start, end in excluded):
            continue
        action, priority = by_phrase[re.sub(r"\s+", " ", match.group(0))]
        if best is None or priority > best[1]:
            best = (action, priority)
    return best[0] if best else None


# --- the model -----------------------------------------------------------------------------------


def features_text(sentence: str) -> str:
    """The model's input: the word-segmented, lower-cased sentence (``phong_trào thi_đua``)."""
    return segment(sentence)


def _syllables(text: str) -> str:
    return text.replace("_", " ")


def candidate_models() -> dict[str, Pipeline]:
    """The models compared by cross-validation; all linear, class weights balanced (the classes are uneven)."""

    def words() -> TfidfVectorizer:
        return TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")

    def words_and_characters() -> FeatureUnion:
        characters = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                                     preprocessor=_syllables, min_df=2)
        return FeatureUnion([("words", words()), ("characters", characters)])

    def logistic() -> OneVsRestClassifier:  # one-vs-rest liblinear: as good as multinomial here, far faster
        return OneVsRestClassifier(LogisticRegression(C=10.0, solver="liblinear", class_weight="balanced", random_state=SEED))

    return {
        "logistic_regression_words": Pipeline([("features", words()), ("clf", logistic())]),
        "logistic_regression_words_chars": Pipeline([("features", words_and_characters()), ("clf", logistic())]),
        "linear_svm_words": Pipeline(
            [("features", words()), ("clf", LinearSVC(C=0.5, class_weight="balanced", random_state=SEED))]
        ),
        "linear_svm_words_chars": Pipeline(
            [("features", words_and_characters()), ("clf", LinearSVC(C=0.5, class_weight="balanced", random_state=SEED))]
        ),
    }


def scores(truth: list[str], predicted: list[str]) -> dict[str, Any]:
    """Macro-F1, accuracy and per-class precision/recall/F1/support, rounded to 4 places."""
    precision, recall, f1, support = precision_recall_fscore_support(
        truth, predicted, labels=list(ACTIONS), zero_division=0
    )
    return {
        "macro_f1": round(float(f1_score(truth, predicted, labels=list(ACTIONS), average="macro", zero_division=0)), 4),
        "accuracy": round(float(accuracy_score(truth, predicted)), 4),
        "per_class": {
            action: {"precision": round(float(p), 4), "recall": round(float(r), 4), "f1": round(float(f), 4),
                     "support": int(s)}
            for action, p, r, f, s in zip(ACTIONS, precision, recall, f1, support)
        },
    }


def split(labelled: list[LabelledSentence]) -> tuple[np.ndarray, np.ndarray]:
    """The fixed stratified held-out split: (training indices, held-out indices)."""
    y = np.array([item.action for item in labelled])
    return train_test_split(np.arange(len(y)), test_size=HELD_OUT, stratify=y, random_state=SEED)


def train(labels_path: Path | None = None, out_dir: Path | None = None, extra_labels: Path | None = None) -> dict[str, Any]:
    """Label file -> compared, chosen, saved model; returns the card (as saved, with the model's hash).

    ``extra_labels``: more labelled sentences in the same format (``thidua corrections export`` writes them from
    analysts' corrections); they join the training part only, and the card counts them."""
    out_dir = out_dir or MODELS_DIR / NAME
    labels_path = labels_path or MODELS_DIR / NAME / "labels.tsv"
    labelled = read_labels(labels_path)
    extra = read_labels(extra_labels) if extra_labels else []
    texts = [features_text(item.sentence) for item in labelled]
    y = np.array([item.action for item in labelled])
    train_idx, test_idx = split(labelled)
    x_train = [texts[i] for i in train_idx] + [features_text(item.sentence) for item in extra]
    y_train = np.concatenate([y[train_idx], np.array([item.action for item in extra], dtype=y.dtype)])
    comparison, chosen = _compare(x_train, y_train)
    model = candidate_models()[chosen].fit(x_train, y_train)
    truth = [str(label) for label in y[test_idx]]
    model_scores = scores(truth, [str(p) for p in model.predict([texts[i] for i in test_idx])])
    baselines = _baselines(labelled, test_idx, truth, Counter(y_train.tolist()).most_common(1)[0][0])
    # A less optimistic view: folds that keep each source file's sentences together.
    grouped = cross_validate(
        candidate_models()[chosen], x_train[:len(train_idx)], y_train[:len(train_idx)],
        groups=[labelled[i].source for i in train_idx],
        cv=StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=SEED), scoring=CV_METRICS,
    )
    card = _card(labels_path, labelled, y, train_idx, test_idx, comparison, chosen, grouped, model_scores, baselines)
    card["data"]["labels_from_corrections"] = len(extra)
    save_model(model, card, out_dir)
    (out_dir / "CARD.md").write_text(render_card(load_card(out_dir)), encoding="utf-8")
    return load_card(out_dir)


def _compare(x_train: list[str], y_train: np.ndarray) -> tuple[dict[str, Any], str]:
    """Cross-validated scores of every candidate model on the training part, and the best one's name."""
    folds = RepeatedStratifiedKFold(n_splits=5, n_repeats=3, random_state=SEED)
    comparison = {}
    for name, model in candidate_models().items():
        result = cross_validate(model, x_train, y_train, cv=folds, scoring=CV_METRICS)
        comparison[name] = {
            metric: {"mean": round(float(result[f"test_{metric}"].mean()), 4),
                     "std": round(float(result[f"test_{metric}"].std()), 4)}
            for metric in CV_METRICS
        }
    return comparison, max(comparison, key=lambda name: (comparison[name]["f1"]["mean"], name))


def _baselines(labelled: list[LabelledSentence], test_idx, truth: list[str], majority: str) -> dict[str, Any]:
    """The trigger-word rules (the extractor's table, and this card's own) scored on the held-out sentences."""
    rules_path = trigger_table_path()
    rules = load_rules(rules_path, default=majority)
    own_rules = load_rules(OWN_TRIGGERS, default=majority)
    return {
        "rules_path": rules_path, "rules": rules, "majority": majority, "own_rules": own_rules,
        "rule_scores": scores(truth, [rule_action(labelled[i].sentence, rules) for i in test_idx]),
        "untriggered": sum(rule_match(labelled[i].sentence, rules) is None for i in test_idx),
        "own_scores": scores(truth, [rule_action(labelled[i].sentence, own_rules) for i in test_idx]),
    }


def _card(labels_path, labelled, y, train_idx, test_idx, comparison, chosen, grouped, model_scores, b) -> dict[str, Any]:
    rules, rules_path, majority, own_rules = b["rules"], b["rules_path"], b["majority"], b["own_rules"]
    rule_scores, untriggered, own_scores = b["rule_scores"], b["untriggered"], b["own_scores"]
    better = "model" if model_scores["macro_f1"] > rule_scores["macro_f1"] else "rules"
    card = {
        "name": NAME,
        "task": "the action of the emulation activity a sentence reports: " + ", ".join(ACTIONS),
        "trained": dt.date.today().isoformat(),
        "data": {
            "labels": _shown(labels_path),
            "sentences": len(y),
            "source_files": len({item.source for item in labelled}),
            "class_counts": {action: int((y == action).sum()) for action in ACTIONS},
            "held_out_fraction": HELD_OUT,
            "seed": SEED,
            "train_size": len(train_idx),
            "held_out_size": len(test_idx),
            "held_out": sorted(labelled[i].key for i in test_idx),
            "labelling": (
                "each sentence read and given one primary action: the main act the sentence reports "
                "(for two acts, the first/main one, written in the note); sentences from the five seeds "
                "and the 146 development articles, page noise (related headlines, comments, bylines) skipped; "
                "a few choices follow the gold files (counted documents of a plan and registrations during a "
                "round are implement, a title attained is commend, carrying out a named welfare programme is "
                "implement while giving the help itself is support); whitespace runs collapsed to one space"
            ),
        },
        "features": "TF-IDF of word unigrams and bigrams over the underthesea-segmented, lower-cased sentence "
        "(sublinear tf); the *_chars models add TF-IDF of character 2-5-grams within syllables",
        "cross_validation": {
            "scheme": "5-fold stratified, repeated 3 times, on the training part; precision, recall and F1 "
            "macro-averaged over the seven actions; chosen by mean macro-F1",
            "models": comparison,
            "chosen_grouped_by_file": {
                "scheme": "5-fold stratified group folds (a source file's sentences stay in one fold), training part",
                **{metric: {"mean": round(float(grouped[f"test_{metric}"].mean()), 4),
                            "std": round(float(grouped[f"test_{metric}"].std()), 4)} for metric in CV_METRICS},
            },
        },
        "chosen": chosen,
        "held_out_scores": model_scores,
        "baseline_rules": {
            "triggers": rules.path,
            "triggers_sha256": file_digest(rules_path),
            "contexts": rules.contexts_path,
            "contexts_sha256": file_digest(REPO / rules.contexts_path) if rules.contexts_path else None,
            "method": "the action of the sentence's strongest trigger word (highest priority, the earliest on a "
            "tie; words inside quotes or inside no-act phrases of the contexts table do not count); no trigger: "
            f"the training part's most frequent action ({majority})",
            "default": majority,
            "held_out_without_trigger": int(untriggered),
            "held_out_scores": rule_scores,
        },
        "own_rules": {
            "triggers": own_rules.path,
            "triggers_sha256": file_digest(OWN_TRIGGERS),
            "note": "this card's own trigger list, written from the action definitions before the extractor's "
            "table existed; same method; for comparison only",
            "held_out_scores": own_scores,
        },
        "better": better,
        "use_in_activities": (
            "Sentence by sentence the model beats the trigger words, but the activity extractor reads the act "
            "of each campaign from its own clause (the trigger word governing it), which a one-label-per-"
            "sentence classifier cannot do for sentences with several acts. Measured end to end on the gold "
            "sets by benchmarks/activity_actions.py, the classifier deciding every untriggered campaign did "
            "worse than the clause rules; so the extractor keeps the clause rules and asks this classifier "
            "(or the rules, whichever 'better' names) only where no trigger word of the clause, the sentence "
            "or the next sentence governs a campaign."
        ),
        "held_out_macro_f1": {"model": model_scores["macro_f1"], "rules": rule_scores["macro_f1"],
                              "own_rules": own_scores["macro_f1"]},
        "weaknesses": [
            f"{len(y)} sentences labelled by one reader, not double-annotated; contest ({int((y == 'contest').sum())}), "
            f"review ({int((y == 'review').sum())}) and other ({int((y == 'other').sum())}) have few examples, "
            "so their held-out figures rest on 3-5 sentences each",
            "one action per sentence: sentences listing several acts (commend and launch, review and launch) "
            "are labelled by the first/main act and the second is lost",
            "the boundary implement/support is a convention (carrying out a named welfare programme = implement, "
            "giving the help = support) that a reader may draw differently",
            "sentences come from about 120 pages of a few union news sites, 2005-2026; wording of other "
            "papers may differ, and several sentences of one article share words (a site's or an award's "
            "phrasing can be learnt rather than the act)",
            "the model is only meant for sentences already found to report an emulation activity; it has no "
            "'no activity' class",
        ],
    }
    return card


def load_card(directory: Path) -> dict[str, Any]:
    return json.loads((directory / CARD_FILE).read_text(encoding="utf-8"))


def load(directory: Path | None = None) -> LoadedModel:
    """The saved model with its card; a clear ``ModelError`` when missing or corrupted."""
    return load_model(directory or MODELS_DIR / NAME)


def predict_action(loaded: LoadedModel, sentence_text: str) -> str:
    with unchecked_input():
        return str(loaded.model.predict([features_text(sentence_text)])[0])


def predict_actions(loaded: LoadedModel, sentences: list[str]) -> list[str]:
    """``predict_action`` for many sentences at once."""
    if not sentences:
        return []
    with unchecked_input():
        return [str(p) for p in loaded.model.predict([features_text(s) for s in sentences])]


@lru_cache(maxsize=4)
def action_classifier(directory: Path | None = None) -> Callable[[str], str]:
    """Sentence -> action by whichever the card found better on the held-out sentences: the model, or
    the trigger rules it was compared with. Loaded once (lazily) per model directory."""
    loaded = load(directory)
    if loaded.card.get("better") == "model":
        # a sentence asked twice (by the rules and by the activity model's candidates) is read once
        return lru_cache(maxsize=256)(lambda sentence: predict_action(loaded, sentence))
    rules = card_rules(loaded.card)
    return lambda sentence: rule_action(sentence, rules)


def held_out_sentences(loaded: LoadedModel, labels_path: Path | None = None) -> list[LabelledSentence]:
    """The labelled rows the card lists as held out; an error when the label file no longer has them all."""
    labels_path = labels_path or REPO / loaded.card["data"]["labels"]
    by_key = {item.key: item for item in read_labels(labels_path)}
    wanted = loaded.card["data"]["held_out"]
    missing = [key for key in wanted if key not in by_key]
    if missing:
        raise ModelError(f"{labels_path}: {len(missing)} held-out sentences of the card are gone; retrain")
    return [by_key[key] for key in wanted]


def held_out_scores(loaded: LoadedModel, labels_path: Path | None = None) -> dict[str, Any]:
    """Score the loaded model again on the held-out sentences its card lists."""
    items = held_out_sentences(loaded, labels_path)
    predicted = loaded.model.predict([features_text(item.sentence) for item in items])
    return scores([item.action for item in items], [str(p) for p in predicted])


def card_rules(card: dict[str, Any]) -> TriggerRules:
    """The trigger rules the card's baseline was scored with (read again from their files)."""
    baseline = card["baseline_rules"]
    path = Path(baseline["triggers"])
    return load_rules(path if path.is_absolute() else REPO / path, default=baseline["default"])


def rules_changed(card: dict[str, Any]) -> bool:
    """Whether the trigger or contexts table differs from the one the card's baseline was scored with."""
    baseline = card["baseline_rules"]
    for key in ("triggers", "contexts"):
        if baseline.get(key):
            path = Path(baseline[key]) if Path(baseline[key]).is_absolute() else REPO / baseline[key]
            if not path.exists() or file_digest(path) != baseline[f"{key}_sha256"]:
                return True
    return False


def rule_held_out_scores(loaded: LoadedModel, labels_path: Path | None = None) -> dict[str, Any]:
    """Score the trigger rules of the card's baseline again on the same held-out sentences."""
    rules = card_rules(loaded.card)
    items = held_out_sentences(loaded, labels_path)
    return scores([item.action for item in items], [rule_action(item.sentence, rules) for item in items])


def render_card(card: dict[str, Any]) -> str:
    """The card as Markdown: data, features, the cross-validation table, model vs rules on the held-out part."""
    data = card["data"]
    lines = [f"# Model card: {card['name']}", "", f"Task: {card['task']}.", "", f"Trained: {card['trained']}.",
             "", "## Data", "",
             f"- labels: {data['labels']} ({data['sentences']} sentences from {data['source_files']} files)",
             "- class counts: " + ", ".join(f"{a} {n}" for a, n in data["class_counts"].items()),
             f"- held-out split: {data['held_out_fraction']:.0%} stratified, seed {data['seed']} "
             f"({data['train_size']} training, {data['held_out_size']} held-out sentences, listed by hash in card.json)",
             f"- how the labels were made: {data['labelling']}",
             "", "## Features", "", card["features"], "", "## Cross-validation", "",
             f"{card['cross_validation']['scheme']}; mean ± std:", "",
             "| model | macro precision | macro recall | macro-F1 | accuracy |", "|---|---|---|---|---|"]
    for name, metrics in card["cross_validation"]["models"].items():
        cells = [f"{metrics[m]['mean']:.3f} ± {metrics[m]['std']:.3f}" for m in CV_METRICS]
        lines.append(f"| {name}{' (chosen)' if name == card['chosen'] else ''} | " + " | ".join(cells) + " |")
    grouped = card["cross_validation"].get("chosen_grouped_by_file")
    if grouped:
        lines += ["", f"Chosen model, {grouped['scheme']}: macro-F1 {grouped['f1']['mean']:.3f} ± "
                  f"{grouped['f1']['std']:.3f}, accuracy {grouped['accuracy']['mean']:.3f} ± {grouped['accuracy']['std']:.3f}."]
    model, rules = card["held_out_scores"], card["baseline_rules"]["held_out_scores"]
    lines += ["", "## Held-out part: model vs trigger rules", "",
              f"Rules: {card['baseline_rules']['triggers']}; {card['baseline_rules']['method']}.", "",
              f"- model ({card['chosen']}): macro-F1 {model['macro_f1']}, accuracy {model['accuracy']}",
              f"- rules: macro-F1 {rules['macro_f1']}, accuracy {rules['accuracy']} "
              f"({card['baseline_rules']['held_out_without_trigger']} of {card['data']['held_out_size']} held-out "
              "sentences have no trigger word and get the default)",
              f"- own trigger list ({card['own_rules']['triggers']}, for comparison): macro-F1 "
              f"{card['own_rules']['held_out_scores']['macro_f1']}, accuracy {card['own_rules']['held_out_scores']['accuracy']}",
              f"- better: **{card['better']}** (model vs the extractor's rules)", "",
              "| action | support | model P | model R | model F1 | rules P | rules R | rules F1 |",
              "|---|---|---|---|---|---|---|---|"]
    for action in ACTIONS:
        m, r = model["per_class"][action], rules["per_class"][action]
        lines.append(f"| {action} | {m['support']} | {m['precision']:.2f} | {m['recall']:.2f} | {m['f1']:.2f} | "
                     f"{r['precision']:.2f} | {r['recall']:.2f} | {r['f1']:.2f} |")
    if card.get("use_in_activities"):
        lines += ["", "## How the activity extractor uses it", "", card["use_in_activities"]]
    lines += ["", "## Known weaknesses", ""] + [f"- {w}" for w in card["weaknesses"]]
    lines += ["", "Retrain with `thidua train action`; "
              "a test reproduces the held-out scores of model and rules.", ""]
    return "\n".join(lines)
