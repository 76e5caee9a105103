"""Which articles are about emulation: a probability per article, from a model trained on our labels.

A crawl of a union section brings wage news, accidents and holiday notices beside the emulation
reports. The labels (``models/relevance/labels.tsv``) start from the ``topic`` column of the shared
articles (every one of ``articles``; of ``articles2`` those of ``tests/gold2``, not the fresh held-out set's) plus
the five seeds; corrections are rows of that file with their reason.

Training is deterministic: a fixed stratified held-out split, candidates compared by repeated
stratified cross-validation on the rest, the best refitted on the training part and scored once on
the held-out part. Those held-out figures are what the card reports and what a test reproduces.
"""
from __future__ import annotations

import csv
import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.special import expit
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score
from sklearn.model_selection import RepeatedStratifiedKFold, cross_validate, train_test_split
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer
from sklearn.svm import LinearSVC

from ..clean.text_page import clean_page
from ..ingest.files import read_page
from .models import MODELS_DIR
from .models import LoadedModel, ModelError, load_model, save_model, segment, unchecked_input
from ..data import data_dir
from ..records import Article
from ..resources import PROJECT_DIR
from ..text import new_tone_placement, nfc

NAME = "relevance"
SEED = 13
HELD_OUT = 0.25
TIE = 0.01  # F1 difference treated as a tie when choosing a model
REPO = PROJECT_DIR
SHARED: Path | None = None  # the corpus beside the repository; None: pipeline.data.data_dir() (THIDUA_DATA)


@dataclass(frozen=True)
class LabelledInput:
    path: Path
    relevant: bool


def read_labels(labels_path: Path) -> list[LabelledInput]:
    """Rows ``root, input, label, origin``; root ``shared`` is ``../shared``, ``repo`` the clone."""
    rows = []
    with labels_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            base = (SHARED or data_dir()) if row["root"] == "shared" else REPO
            rows.append(LabelledInput(path=base / row["input"], relevant=row["label"] == "thi-dua"))
    return rows


def article_features_text(article: Article) -> str:
    """The text a model reads: kicker, title and body (each candidate model prepares it its own way)."""
    return "\n".join(b for b in (article.kicker, article.title, article.body) if b)


def syllables(texts: list[str]) -> list[str]:
    """Lower-cased syllables with unified tone placement: word bigrams of these cover two-syllable words."""
    return [new_tone_placement(nfc(text)).lower() for text in texts]


def segmented_words(texts: list[str]) -> list[str]:
    """underthesea's word segmentation ("phong_trào thi_đua"): about 60 times slower than syllables."""
    return [segment(text) for text in texts]


def candidate_models() -> dict[str, Pipeline]:
    """The models compared; each gives probabilities, which the build stores, and each carries its own
    text preparation, so a saved model reads the article text as it was trained to."""

    def vectorizer(ngrams: tuple[int, int] = (1, 2)) -> TfidfVectorizer:
        return TfidfVectorizer(ngram_range=ngrams, sublinear_tf=True, min_df=1, token_pattern=r"(?u)\b\w+\b")

    def model(prepare, classifier, ngrams=(1, 2)) -> Pipeline:
        return Pipeline([("prepare", FunctionTransformer(prepare)), ("tfidf", vectorizer(ngrams)), ("clf", classifier)])

    return {
        "logistic_regression_syllables": model(
            syllables, LogisticRegression(C=10.0, class_weight="balanced", max_iter=2000, random_state=SEED)
        ),
        "logistic_regression_segmented_words": model(
            segmented_words, LogisticRegression(C=10.0, class_weight="balanced", max_iter=2000, random_state=SEED)
        ),
        "linear_svm_calibrated_syllables": model(
            syllables, CalibratedClassifierCV(LinearSVC(C=0.5, class_weight="balanced", random_state=SEED), cv=3)
        ),
        "complement_nb_syllables": model(syllables, ComplementNB(alpha=0.3)),
    }


def _scores(truth: np.ndarray, predicted: np.ndarray) -> dict[str, float]:
    return {
        "precision": round(float(precision_score(truth, predicted, zero_division=0)), 4),
        "recall": round(float(recall_score(truth, predicted, zero_division=0)), 4),
        "f1": round(float(f1_score(truth, predicted, zero_division=0)), 4),
    }


def train(labels_path: Path | None = None, out_dir: Path | None = None) -> dict[str, Any]:
    """Train, compare, pick, save; returns the card."""
    out_dir = out_dir or MODELS_DIR / NAME
    labels_path = labels_path or MODELS_DIR / NAME / "labels.tsv"
    labelled = read_labels(labels_path)
    missing = [str(item.path) for item in labelled if not item.path.exists()]
    if missing:
        raise ModelError(f"{len(missing)} labelled inputs not found, e.g. {missing[0]} (training needs ../shared)")
    texts = [article_features_text(clean_page(read_page(item.path))) for item in labelled]
    names = [str(item.path.relative_to(item.path.parents[1])) for item in labelled]
    y = np.array([int(item.relevant) for item in labelled])
    train_idx, test_idx = train_test_split(
        np.arange(len(y)), test_size=HELD_OUT, stratify=y, random_state=SEED
    )
    x_train = [texts[i] for i in train_idx]
    folds = RepeatedStratifiedKFold(n_splits=5, n_repeats=3, random_state=SEED)
    comparison = {}
    for name, model in candidate_models().items():
        result = cross_validate(model, x_train, y[train_idx], cv=folds, scoring=("precision", "recall", "f1"))
        comparison[name] = {
            metric: {"mean": round(float(result[f"test_{metric}"].mean()), 4),
                     "std": round(float(result[f"test_{metric}"].std()), 4)}
            for metric in ("precision", "recall", "f1")
        }
    # The cheapest model (candidates are listed cheapest first) whose F1 is within TIE of the best: a
    # difference smaller than the folds' spread does not pay for segmenting every article of a build.
    top = max(comparison[name]["f1"]["mean"] for name in comparison)
    best = next(name for name in comparison if comparison[name]["f1"]["mean"] >= top - TIE)
    model = candidate_models()[best].fit(x_train, y[train_idx])
    held_out_predicted = model.predict([texts[i] for i in test_idx])
    card = {
        "name": NAME,
        "task": "probability that an article is about an emulation movement, campaign or commendation",
        "trained": dt.date.today().isoformat(),
        "data": {
            "labels": str(labels_path.relative_to(REPO)) if labels_path.is_relative_to(REPO) else str(labels_path),
            "articles": len(y),
            "relevant": int(y.sum()),
            "held_out_fraction": HELD_OUT,
            "seed": SEED,
            "train": sorted(names[i] for i in train_idx),
            "held_out": sorted(names[i] for i in test_idx),
        },
        "features": "TF-IDF (sublinear tf) of unigrams and bigrams of the cleaned kicker + title + body, "
        "lower-cased with unified tone placement: syllables, or underthesea-segmented words (the model's name "
        "says which); syllable bigrams cover two-syllable words at 1/60 of the segmentation's cost",
        "cross_validation": {"scheme": "5-fold stratified, repeated 3 times, on the training part", "models": comparison},
        "chosen": best,
        "choice_rule": f"the cheapest candidate (listed cheapest first) within {TIE} F1 of the best cross-validated mean",
        "held_out_scores": _scores(y[test_idx], held_out_predicted),
        "weaknesses": [
            f"{len(y)} labelled articles, mostly 2013-2024 union pages; wording of other papers or years may differ",
            "labels are the topic column of the shared articles' SOURCES.tsv (one reading per article), "
            "not double-annotated",
            "articles mixing union life and emulation (e.g. a year review with a commendation) are borderline",
        ],
    }
    save_model(model, card, out_dir)
    return card


def load(directory: Path | None = None) -> LoadedModel:
    return load_model(directory or MODELS_DIR / NAME)


def probability(model: LoadedModel, article: Article) -> float:
    """Probability that the article is about emulation (class 1)."""
    text = article_features_text(article)
    if _tfidf_logistic(model.model):
        return _tfidf_logistic_probability(model.model, text)
    with unchecked_input():
        return float(model.model.predict_proba([text])[0][1])


def _tfidf_logistic(pipeline: Any) -> bool:
    """Whether ``pipeline`` is a fitted prepare → TF-IDF (l2 or no norm) → binary logistic regression (the chosen
    candidate)."""
    steps = getattr(pipeline, "named_steps", {})
    return (list(steps) == ["prepare", "tfidf", "clf"] and type(steps["prepare"]) is FunctionTransformer
            and type(steps["tfidf"]) is TfidfVectorizer and type(steps["clf"]) is LogisticRegression
            and len(steps["clf"].classes_) == 2 and steps["tfidf"].norm in ("l2", None))


def _tfidf_logistic_probability(pipeline: Pipeline, text: str) -> float:
    """``predict_proba`` of a ``_tfidf_logistic`` pipeline for one text, with the arithmetic scikit-learn does (the
    same float) on the text's few hundred terms alone: no sparse matrix is built, checked, sorted and normalized
    for one row, which cost about half of the prediction (a build predicts once per article).

    As ``CountVectorizer.transform``: the analyzer's terms of the vocabulary, counted, in the order of their
    column; as ``TfidfTransformer``: the same numpy operations on those counts; the l2 norm and the dot product
    with the coefficients add term by term in column order, as scikit-learn's and scipy's loops over a sparse row do."""
    prepare, tfidf, clf = (pipeline.named_steps[name] for name in ("prepare", "tfidf", "clf"))
    vocabulary = tfidf.vocabulary_
    # counted in C (Counter over the columns, None for a term out of the vocabulary): a loop of Python steps over
    # an article's thousand terms was most of the prediction
    counts = Counter(map(vocabulary.get, tfidf.build_analyzer()(prepare.func([text], **(prepare.kw_args or {}))[0])))
    counts.pop(None, None)
    columns = np.array(sorted(counts), dtype=np.intp)
    x = np.array([counts[column] for column in columns.tolist()], dtype=np.float64)
    if tfidf.binary:
        x[:] = 1.0
    if tfidf.sublinear_tf:
        np.log(x, x)
        x += 1.0
    if tfidf.use_idf:
        x *= tfidf.idf_[columns]
    if tfidf.norm == "l2":
        squares = 0.0
        for value in x.tolist():
            squares += value * value
        if squares != 0.0:
            x /= math.sqrt(squares)
    score = 0.0
    for value, weight in zip(x.tolist(), clf.coef_[0][columns].tolist()):
        score += value * weight
    return float(expit((np.array([[score]]) + clf.intercept_).reshape(-1))[0])


def held_out_scores(model: LoadedModel) -> dict[str, float]:
    """Score a loaded model again on the held-out articles its card lists (needs ../shared)."""
    labels = {
        str(item.path.relative_to(item.path.parents[1])): item
        for item in read_labels(REPO / model.card["data"]["labels"])
    }
    items = [labels[name] for name in model.card["data"]["held_out"]]
    texts = [article_features_text(clean_page(read_page(item.path))) for item in items]
    truth = np.array([int(item.relevant) for item in items])
    return _scores(truth, model.model.predict(texts))
