"""HTML cleaning quality: our cleaner vs plain trafilatura on the saved real pages.

Usage: .venv/bin/python benchmarks/html_quality.py [PAGES_DIR]   (default ../shared/pages)
Prints, per field, how many pages each gets right, then the per-page misses of our cleaner.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ingest.files import read_page
from pipeline.clean.sites import clean_html
from pipeline.clean.evaluate import FIELDS, baseline_article, check_article


def main(pages_dir: Path) -> None:
    ours = {f: 0 for f in FIELDS}
    base = {f: 0 for f in FIELDS}
    misses: list[str] = []
    expected_files = sorted((pages_dir / "expected").glob("*.json"))
    seconds = 0.0
    import pipeline.clean  # noqa: F401 - load the language models before timing
    for expected_file in expected_files:
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        page = read_page(pages_dir / "html" / f"{expected_file.stem}.html")
        started = time.perf_counter()
        mine = check_article(clean_html(page), expected)
        seconds += time.perf_counter() - started
        theirs = check_article(baseline_article(page), expected)
        for field in FIELDS:
            ours[field] += mine[field]
            base[field] += theirs[field]
        wrong = [f for f in FIELDS if not mine[f]]
        if wrong:
            misses.append(f"{expected_file.stem}: {', '.join(wrong)}")
    n = len(expected_files)
    print(f"{'field':<12} {'ours':>6} {'trafilatura':>12}   ({n} pages)")
    for field in FIELDS:
        print(f"{field:<12} {ours[field]:>6} {base[field]:>12}")
    print(f"{'total':<12} {sum(ours.values()):>6} {sum(base.values()):>12}   of {n * len(FIELDS)}")
    print(f"our cleaning: {seconds / max(n, 1) * 1000:.0f} ms per page")
    for miss in misses:
        print("  miss", miss)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "pages")
