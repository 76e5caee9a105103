"""Extraction speed: articles per second on one core, sentence splitting and word tokenization included.

usage: python benchmarks/extract.py [PATHS...]   (default: ../shared/seeds/*.txt and ../shared/articles/*.txt)

Pages are read and cleaned first (not timed); then, per article, the timed part is what ``process_page``
does after cleaning: ``split_sentences`` (underthesea) and ``extract_facts`` (all six extractors, with the
word tokenization organizations and people use, and the action and activity models; the relevance model,
which the build also runs, is not timed here). The word-tokenizer cache is cleared before each pass so
no pass reuses an earlier one. Prints articles/s, the rate scaled to articles of 3,000 characters, the time
per extractor and the peak resident memory of the process.
"""
from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.clean.text_page import clean_page
from pipeline.extract import activities, campaigns, dates, figures, organizations, people  # noqa: E402
from pipeline.extract.organizations.words import word_spans  # noqa: E402
from pipeline.learn.loading import pipeline_resources  # noqa: E402
from pipeline.ingest.files import read_page
from pipeline.records import Facts, ThiduaError  # noqa: E402
from pipeline.text import split_sentences  # noqa: E402

PASSES = 3
TARGET_CHARS = 3000


def articles(paths: list[Path]):
    out = []
    for path in paths:
        try:
            out.append(clean_page(read_page(path)))
        except ThiduaError:
            continue
    return out


def main(argv: list[str]) -> None:
    paths = [Path(p) for p in argv[1:]] or sorted((ROOT.parent / "shared" / "seeds").glob("*.txt")) + sorted(
        (ROOT.parent / "shared" / "articles").glob("*.txt")
    )
    cleaned = articles(paths)
    resources = pipeline_resources()  # as the build reads: the action and activity models included
    chars = sum(len(a.text) for a in cleaned)
    stages = {"sentences": 0.0, "campaigns": 0.0, "organizations": 0.0, "people": 0.0, "dates": 0.0, "figures": 0.0, "activities": 0.0}
    best = float("inf")
    for _ in range(PASSES):
        word_spans.cache_clear()
        started = time.perf_counter()
        for article in cleaned:
            t0 = time.perf_counter()
            sentences = split_sentences(article)
            t1 = time.perf_counter()
            c = campaigns.extract_campaigns(article, sentences, resources.campaigns)
            t2 = time.perf_counter()
            o = organizations.extract_organizations(article, sentences, resources.organizations)
            t3 = time.perf_counter()
            people.extract_people(article, sentences, o, resources.people)
            t4 = time.perf_counter()
            d = dates.extract_dates(article, sentences, resources.dates)
            t5 = time.perf_counter()
            f = figures.extract_figures(article, sentences, resources.figures)
            t6 = time.perf_counter()
            activities.extract_activities(article, sentences, Facts(campaigns=c, organizations=o, dates=d, figures=f),
                                          resources.activities)
            t7 = time.perf_counter()
            for name, seconds in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6)):
                stages[name] += seconds / PASSES
        best = min(best, time.perf_counter() - started)
    rate = len(cleaned) / best
    scaled = rate * (chars / len(cleaned)) / TARGET_CHARS
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(cleaned)}  mean length: {chars / len(cleaned):.0f} chars")
    print(f"best of {PASSES} passes: {best:.2f} s  ->  {rate:.1f} articles/s on one core")
    print(f"scaled to {TARGET_CHARS}-char articles: {scaled:.1f} articles/s (target >= 20)")
    total = sum(stages.values())
    for name, seconds in stages.items():
        print(f"  {name:14s} {seconds * 1000 / len(cleaned):6.2f} ms/article  ({seconds / total:5.1%})")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main(sys.argv)
