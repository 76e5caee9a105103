"""The peer baseline: underthesea's ``ner`` ORG and PER spans as organizations and people, scored beside ours.

usage: python benchmarks/ner_baseline.py [GOLD_DIR ...]   (default: ../shared/gold/seeds, tests/gold, tests/gold_holdout)

Each gold article is read and cleaned as ``thidua extract`` does; the baseline runs ``underthesea.ner`` on
every sentence and turns each B-/I- run of ORG into an organization (name = surface = the words as
written) and each run of PER into a person. Ours is ``process_page``. Both are scored with
``pipeline.learn.evaluate`` (the reference scorer's matching) on organizations and people.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from underthesea import ner  # noqa: E402

from pipeline.clean.text_page import clean_page
from pipeline.learn.evaluate import evaluate, load_gold
from pipeline.extract import load_resources  # noqa: E402
from pipeline.ingest.files import read_page
from pipeline.build.process import process_page
from pipeline.dataset.rows import to_json
from pipeline.text import split_sentences  # noqa: E402

FIELDS = ("organizations", "people")


def ner_spans(text: str) -> list[tuple[str, str]]:
    """(label, surface) of each ORG/PER/LOC run underthesea finds in ``text``, surfaces cut from ``text``."""
    spans: list[tuple[str, str]] = []
    cursor = 0
    current: list = []  # label, start, end
    for word, _pos, _chunk, tag in ner(text):
        at = text.find(word, cursor)
        if at < 0:
            continue
        start, end = at, at + len(word)
        cursor = end
        if tag.startswith("B-") or (tag.startswith("I-") and (not current or current[0] != tag[2:])):
            if current:
                spans.append((current[0], text[current[1]:current[2]]))
            current = [tag[2:], start, end]
        elif tag.startswith("I-") and current:
            current[2] = end
        else:
            if current:
                spans.append((current[0], text[current[1]:current[2]]))
            current = []
    if current:
        spans.append((current[0], text[current[1]:current[2]]))
    return spans


def baseline(path: Path, org_labels: tuple[str, ...] = ("ORG",)) -> dict:
    article = clean_page(read_page(path))
    organizations, people = [], []
    for sentence in split_sentences(article):
        for label, surface in ner_spans(sentence.text):
            if label in org_labels:
                organizations.append({"name": surface, "surface": surface})
            elif label == "PER":
                people.append({"name": surface})
    return {"organizations": organizations, "people": people}


def source_for(gold_dir: Path, stem: str) -> Path:
    for folder in (ROOT.parent / "shared" / "seeds", ROOT.parent / "shared" / "articles"):
        if (folder / f"{stem}.txt").exists():
            return folder / f"{stem}.txt"
    raise FileNotFoundError(stem)


def main(argv: list[str]) -> None:
    gold_dirs = [Path(p) for p in argv[1:]] or [
        d for d in (ROOT.parent / "shared" / "gold" / "seeds", ROOT / "tests" / "gold", ROOT / "tests" / "gold_holdout") if d.is_dir()
    ]
    resources = load_resources()
    for gold_dir in gold_dirs:
        gold = load_gold(gold_dir)
        ours, theirs, loose = {}, {}, {}
        timings = {"ours": 0.0, "ner": 0.0}
        for stem in gold:
            path = source_for(gold_dir, stem)
            t0 = time.perf_counter()
            ours[stem] = to_json(process_page(read_page(path), resources))
            t1 = time.perf_counter()
            theirs[stem] = baseline(path)
            loose[stem] = baseline(path, ("ORG", "LOC"))  # the model tags many bodies LOC
            timings["ours"] += t1 - t0
            timings["ner"] += time.perf_counter() - t1
        print(f"== {gold_dir} ({len(gold)} articles)")
        print(f"{'field':14s} {'thidua P/R/F1':>22s}   {'ner ORG,PER P/R/F1':>22s}   {'ner ORG+LOC,PER P/R/F1':>24s}")
        evals = [evaluate(gold, found, FIELDS) for found in (ours, theirs, loose)]
        for field in FIELDS:
            cells = "   ".join(
                f"{e.scores[field].precision:6.3f} {e.scores[field].recall:6.3f} {e.scores[field].f1:6.3f}" for e in evals
            )
            print(f"{field:14s} {cells}")
        print(f"time: thidua (whole pipeline) {timings['ours']:.2f} s, ner baselines {timings['ner']:.2f} s")


if __name__ == "__main__":
    main(sys.argv)
