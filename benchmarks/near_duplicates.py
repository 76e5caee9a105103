"""How well near-duplicate articles are found (pipeline.dataset.copies), on real articles.

    .venv/bin/python benchmarks/near_duplicates.py [--out docs/benchmarks/near_duplicates.txt]

Real articles: the five seeds of corpus/ and the articles of ``$THIDUA_DATA/articles`` and
``articles2`` (default ../shared), cleaned by the pipeline (title and body).

- Copies (should be found): the one real pair of the same story held twice — seed 000 (a stored
  excerpt of a laodongthudo.vn page) and the full page saved as HTML in tests/fixtures — and, for
  every real article, the three kinds of copy its mirrors make in these corpora (baomoi,
  tinbong247news, vietbao, hanoidep copy other papers): the text with one line added (a credit);
  the text with a related headline of another article inserted after the lead and the title
  repeated as a photo caption (as tinbong247news does); and a shorter excerpt of the same page
  (the first 60% of its paragraphs, as mirrors cap pages at another length) with a credit.
- Distinct stories (should not be): every pair of two different real articles. The corpora hold
  no copy of one another (their READMEs: pages on the same events were left out), but do hold
  different papers' write-ups of one event and a paper's series on one theme.

Prints the precision and recall of "similarity ≥ threshold" over all those pairs for a range of
thresholds, then runs the dataset's own detector (LSH candidates, in storing order) at the chosen
threshold: copies found and originals wrongly called copies.
"""
from __future__ import annotations

import argparse
import itertools
import platform
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.clean.text_page import clean_page  # noqa: E402
from pipeline.data import data_dir  # noqa: E402
from pipeline.dataset.copies import THRESHOLD, find_near_duplicates, signature_of, similarity  # noqa: E402
from pipeline.ingest.files import iter_input_files, read_page  # noqa: E402

REAL_PAIR = (ROOT / "corpus" / "000_17a4eb1fff4e20ac.txt", ROOT / "tests" / "fixtures" / "laodongthudo" / "article_thanh_xuan.html")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.8, 0.9)


def articles() -> dict[str, tuple[str, tuple[str, ...], str]]:
    """name → (title, paragraphs (lead first), source) of every real article."""
    paths = sorted(ROOT.joinpath("corpus").glob("*.txt"))
    for folder in ("articles", "articles2"):
        paths += list(iter_input_files([data_dir() / folder]))
    found = {}
    for path in paths:
        article = clean_page(read_page(path))
        name = f"{path.parent.name}/{path.name}"
        found[name] = (article.title, article.body_paragraphs, article.source)
    return found


def text_of(title: str, paragraphs: tuple[str, ...]) -> str:
    return "\n".join((title, *paragraphs))


def copies_of(name: str, items: dict[str, tuple[str, tuple[str, ...], str]], other: str) -> list[tuple[str, str]]:
    """The three copies a mirror makes of one article: (kind, text)."""
    title, paragraphs, source = items[name]
    credit = f"Theo {source}"
    related = items[other][0]
    middle = len(paragraphs) // 2
    noisy = (*paragraphs[:1], related, *paragraphs[1:middle], title, *paragraphs[middle:])
    excerpt = paragraphs[: max(1, round(len(paragraphs) * 0.6))]
    return [
        ("one added line", text_of(title, (*paragraphs, credit))),
        ("mirror noise", text_of(title, noisy)),
        ("shorter excerpt", text_of(title, (*excerpt, credit))),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, help="Also write the report here.")
    args = parser.parse_args()
    lines: list[str] = []

    def say(line: str = "") -> None:
        print(line)
        lines.append(line)

    started = time.perf_counter()
    items = articles()
    names = list(items)
    signatures = {name: signature_of(name, text_of(*items[name][:2])) for name in names}
    positives = []  # (kind, signature a, signature b)
    real = [signature_of(str(p.name), text_of(a.title, a.body_paragraphs))
            for p, a in ((p, clean_page(read_page(p))) for p in REAL_PAIR)]
    positives.append(("real pair (excerpt vs page)", real[0], real[1]))
    made = []
    for i, name in enumerate(names):
        other = names[(i + 7) % len(names)]
        for kind, text in copies_of(name, items, other):
            copy = signature_of(f"{kind}: {name}", text)
            positives.append((kind, signatures[name], copy))
            made.append((name, copy))
    negatives = [(signatures[a], signatures[b]) for a, b in itertools.combinations(names, 2)]
    hardest = max(itertools.combinations(names, 2), key=lambda pair: similarity(signatures[pair[0]], signatures[pair[1]]))
    pos_scores = [(kind, similarity(a, b)) for kind, a, b in positives]
    neg_scores = [similarity(a, b) for a, b in negatives]

    say(f"near duplicates, {date.today().isoformat()}, {platform.machine()} {platform.system()}, "
        f"{len(names)} real articles (corpus/ seeds, {data_dir().name}/articles, articles2)")
    say(f"copies: 1 real pair + {len(positives) - 1} made as mirrors make them; distinct stories: {len(negatives)} real pairs")
    say(f"highest similarity of two distinct real stories: {max(neg_scores):.3f} ({hardest[0]} and {hardest[1]})")
    say("| threshold | precision | recall | copies found | copies missed | distinct pairs called copies |")
    say("|---:|---:|---:|---:|---:|---:|")
    for threshold in THRESHOLDS:
        tp = sum(score >= threshold for _, score in pos_scores)
        fp = sum(score >= threshold for score in neg_scores)
        fn = len(pos_scores) - tp
        precision = tp / (tp + fp) if tp + fp else 1.0
        mark = " (chosen)" if abs(threshold - THRESHOLD) < 1e-9 else ""
        say(f"| {threshold:.2f}{mark} | {precision:.3f} | {tp / len(pos_scores):.3f} | {tp} | {fn} | {fp} |")
    by_kind: dict[str, list[float]] = {}
    for kind, score in pos_scores:
        by_kind.setdefault(kind, []).append(score)
    say("recall by kind of copy at the chosen threshold: " + "; ".join(
        f"{kind} {sum(s >= THRESHOLD for s in scores)}/{len(scores)} (lowest {min(scores):.2f})"
        for kind, scores in by_kind.items()))
    # the detector itself: originals first (as stored), then the copies
    stream = [signatures[name] for name in names] + [copy for _, copy in made] + [real[1]]
    found = {c.article_id: c for c in find_near_duplicates(stream)}
    right = sum(1 for name, copy in made if copy.article_id in found and found[copy.article_id].original_id == name)
    for name, copy in made:
        if not (copy.article_id in found and found[copy.article_id].original_id == name):
            say(f"  not tied to its article: {copy.article_id} -> {found.get(copy.article_id)}")
    wrong_originals = sum(1 for name in names if name in found)
    seed = f"corpus/{REAL_PAIR[0].name}"
    real_found = real[1].article_id in found and found[real[1].article_id].original_id == seed
    say(f"detector (LSH, in storing order) at {THRESHOLD}: {right}/{len(made)} made copies tied to their article, "
        f"real pair {'found' if real_found else 'missed'}, {wrong_originals} real articles wrongly called copies; "
        f"{time.perf_counter() - started:.1f} s")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
