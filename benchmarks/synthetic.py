"""Distinct articles made from the real ones, for the benchmarks (the corpus and ../shared/articles, read in place)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def source_texts() -> list[str]:
    paths = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT.parent / "shared" / "articles").glob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def variant(text: str, number: int) -> str:
    """A distinct article from a real one: its own URL and one more sentence (with a figure) in its longest line."""
    if text.startswith("URL:"):
        text = text.partition("\n\n")[2]
    lines = text.rstrip().split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] += f" Đây là bản thử số {number}, với {number % 97 + 3} đoàn viên tham gia."
    return f"URL: https://example.test/bai-{number}.html\n\n" + "\n".join(lines) + "\n"


def write_variants(folder: Path, count: int, per_folder: int | None = None) -> int:
    """Write ``count`` variants into ``folder`` (in sub-folders of ``per_folder`` files when given); bytes written."""
    texts = source_texts()
    size = 0
    for number in range(count):
        data = variant(texts[number % len(texts)], number)
        target = folder / f"{number // per_folder:03d}" if per_folder else folder
        target.mkdir(parents=True, exist_ok=True)
        (target / f"{number:06d}.txt").write_text(data, encoding="utf-8")
        size += len(data.encode("utf-8"))
    return size


def write_distinct(folder: Path) -> int:
    """Every real article once (the corpus, ``../shared/articles`` and ``articles2``, copied into ``folder``): a build
    of texts whose sentences it has never read; how many."""
    paths = sorted((ROOT / "corpus").glob("*.txt"))
    for corpus in ("articles", "articles2"):
        paths += sorted((ROOT.parent / "shared" / corpus).glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    for number, path in enumerate(paths):
        (folder / f"{number:06d}.txt").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return len(paths)
