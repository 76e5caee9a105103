"""Every gold file passes the checks FORMAT.md lists, against the text it annotates."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import shared_path
from gold_check import problems

HERE = Path(__file__).parent
GOLD = [(folder, corpus) for folder, corpus in (("gold", "articles"), ("gold_holdout", "articles"), ("gold2", "articles2"),
                                                 ("gold_fresh", "articles2"), ("gold_fresh2", "articles"),
                                                 ("gold_second", "articles2"), ("gold_fresh3", "articles"),
                                                 ("gold_fresh3/second", "articles"))]


@pytest.mark.parametrize("folder,corpus", GOLD, ids=[folder for folder, _ in GOLD])
def test_every_gold_file_passes_the_format_checks(folder, corpus):
    texts = shared_path(corpus)
    files = sorted((HERE / folder).glob("*.json"))
    assert files
    found = {path.stem: problems(json.loads(path.read_text(encoding="utf-8")), (texts / f"{path.stem}.txt").read_text(encoding="utf-8"))
             for path in files}
    assert {stem: p for stem, p in found.items() if p} == {}


def test_the_checks_catch_what_they_promise():
    text = "URL: https://x.vn/a\n\nLĐLĐ quận Ba Đình phát động phong trào “Hai giỏi” năm 2021."
    gold = {"url": "https://x.vn/a", "source": "x.vn", "published": None, "title": None, "author": None,
            "body_first_words": "LĐLĐ quận Ba Đình", "body_last_words": "năm 2021.", "related_headlines": [],
            "campaigns": [{"name": "Ba giỏi", "kind": "movement"}],
            "organizations": [{"name": "LĐLĐ quận Ba Đình", "surface": "LĐLĐ quận Ba Đình"}],
            "people": [], "dates": [{"text": "năm 2021", "value": "21"}], "figures": [],
            "activities": [{"campaign": "Hai giỏi", "action": "start", "organization": None, "date": None, "figures": []}]}
    assert problems(gold, text) == [
        "campaign name not verbatim in the text: 'Ba giỏi'",
        "organization name has an unexpanded abbreviation: 'LĐLĐ quận Ba Đình'",
        "date value malformed: '21'",
        "activity campaign not in campaigns: 'Hai giỏi'",
        "activity action 'start' not one of ['commend', 'contest', 'implement', 'launch', 'other', 'review', 'support']",
    ]
