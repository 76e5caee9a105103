"""The activity model asked article by article, or once for the candidates of many articles.

Reads the real articles (``corpus/*.txt`` and, when present, ``../shared/articles/*.txt``) up to the model's
question, then times ``ActivityModel.probabilities`` called once per article against
``probabilities_of_many`` over all of them at several ``ROWS_PER_CALL``, and checks that every way gives the very
same floats. Prints milliseconds per article.

    .venv/bin/python benchmarks/activity_model_calls.py
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.build.process import _undecided  # noqa: E402
from pipeline.extract.activities import candidates as candidates_module  # noqa: E402,F401
from pipeline.ingest.files import iter_pages  # noqa: E402
from pipeline.learn.loading import pipeline_resources  # noqa: E402

ACTIVITIES = sys.modules["pipeline.extract.activities.candidates"]  # the module (the package exports a function of that name)
PASSES = 3


def main() -> None:
    resources = pipeline_resources()
    model = resources.activities.model
    paths = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT.parent / "shared" / "articles").glob("*.txt"))
    asked = [undecided.candidates for path in paths for page in iter_pages(str(path))
             for _reading, undecided in [_undecided(page, resources)]]
    asked = [found for found in asked if found]
    rows = sum(len(found) for found in asked)
    print(f"{len(asked)} articles with candidates, {rows} candidates ({rows / len(asked):.0f} per article)")

    def timed(label: str, ask) -> list[list[float]]:
        best = float("inf")
        for _ in range(PASSES):
            started = time.perf_counter()
            answers = ask()
            best = min(best, time.perf_counter() - started)
        print(f"{label:<42} {1000 * best / len(asked):6.2f} ms per article")
        return answers

    alone = timed("one call per article", lambda: [model.probabilities(found) for found in asked])
    shipped = ACTIVITIES.ROWS_PER_CALL
    for size in (100, 300, 600, 1200, 3000, rows):
        ACTIVITIES.ROWS_PER_CALL = size
        together = timed(f"one call per {size} candidates", lambda: model.probabilities_of_many(asked))
        assert together == alone, "the batched probabilities must be the very same floats"
    ACTIVITIES.ROWS_PER_CALL = shipped
    print(f"(shipped: ROWS_PER_CALL = {shipped}; every way gives the same floats)")


if __name__ == "__main__":
    main()
