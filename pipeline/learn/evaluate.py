"""Precision, recall and F1 of extracted facts against gold JSON (the format of shared/gold/FORMAT.md).

Matching follows the reference scorer (shared/tools/score.py) so that ``thidua eval`` and it agree:
names are compared after folding case, tone placement, quotes and punctuation, with a 0.9 similarity
ratio; organizations also after expanding the common abbreviations; dates by ISO value; figures by
value (0.5 % tolerance) and unit kind. Each field is de-duplicated the same way, then matched greedily
one-to-one, micro-averaged over all articles. Activities, which the reference scorer leaves out, match
when campaign, action and organization match.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from ..text import match_key

FIELDS = ("campaigns", "organizations", "people", "dates", "figures", "activities")
REFERENCE_FIELDS = FIELDS[:5]  # the ones shared/tools/score.py prints

# The abbreviations the reference scorer expands before comparing organization names.
_ORG_ABBREVIATIONS = (
    (r"\btổng lđlđ\b", "tổng liên đoàn lao động"),
    (r"\blđlđ\b", "liên đoàn lao động"),
    (r"\bcđcs\b", "công đoàn cơ sở"),
    (r"\bubnd\b", "ủy ban nhân dân"),
    (r"\btp\.?\s", "thành phố "),
    (r"\bcđ\b", "công đoàn"),
)

Item = Mapping[str, Any]


def org_key(text: str | None) -> str:
    key = match_key(text or "") + " "
    for pattern, replacement in _ORG_ABBREVIATIONS:
        key = re.sub(pattern, replacement, key)
    return re.sub(r"\s+", " ", key).strip()


def similar(a: str, b: str, threshold: float = 0.9) -> bool:
    if not a or not b:
        return False
    return a == b or SequenceMatcher(None, a, b).ratio() >= threshold


def _unit_kind(unit: Any) -> str:
    unit_key = match_key(str(unit or ""))
    if unit_key in ("vnd", "đồng", "dong", "vnđ"):
        return "vnd"
    if unit_key in ("%", "phần trăm", ""):
        return unit_key or "%"
    return "count:" + unit_key


def _same_figure(gold: Item, predicted: Item) -> bool:
    try:
        gold_value, predicted_value = float(gold["value"]), float(predicted.get("value"))
    except (TypeError, ValueError, KeyError):
        return False
    if abs(gold_value - predicted_value) > max(1e-9, 0.005 * abs(gold_value)):
        return False
    gold_unit, predicted_unit = _unit_kind(gold.get("unit")), _unit_kind(predicted.get("unit"))
    if gold_unit.startswith("count:") and predicted_unit.startswith("count:"):
        a, b = gold_unit[6:], predicted_unit[6:]
        return a in b or b in a or similar(a, b, 0.7)
    return gold_unit == predicted_unit


def _same_campaign(gold: Item, predicted: Item) -> bool:
    return similar(match_key(gold.get("name") or ""), match_key(predicted.get("name") or ""))


def _same_organization(gold: Item, predicted: Item) -> bool:
    return similar(org_key(gold.get("name")), org_key(predicted.get("name"))) or similar(
        org_key(gold.get("surface")), org_key(predicted.get("surface") or predicted.get("name"))
    )


def _same_optional(a: str | None, b: str | None, key: Callable[[str | None], str]) -> bool:
    if not a and not b:
        return True
    return bool(a) and bool(b) and similar(key(a), key(b))


def _same_activity(gold: Item, predicted: Item) -> bool:
    return (
        gold.get("action") == predicted.get("action")
        and _same_optional(gold.get("campaign"), predicted.get("campaign"), lambda s: match_key(s or ""))
        and _same_optional(gold.get("organization"), predicted.get("organization"), org_key)
    )


MATCHERS: dict[str, Callable[[Item, Item], bool]] = {
    "campaigns": _same_campaign,
    "organizations": _same_organization,
    "people": lambda g, p: match_key(g.get("name") or "") == match_key(p.get("name") or ""),
    "dates": lambda g, p: g.get("value") is not None and str(g.get("value")) == str(p.get("value")),
    "figures": _same_figure,
    "activities": _same_activity,
}


def _dedupe_key(field_name: str, item: Item) -> str:
    if field_name == "campaigns":
        return match_key(item.get("name") or "")
    if field_name == "organizations":
        return org_key(item.get("name"))
    if field_name == "people":
        return match_key(item.get("name") or "")
    if field_name == "dates":
        return str(item.get("value"))
    if field_name == "figures":
        return json.dumps([item.get("value"), item.get("unit")], ensure_ascii=False, sort_keys=True)
    if field_name == "activities":
        return json.dumps(
            [match_key(item.get("campaign") or ""), item.get("action"), org_key(item.get("organization"))],
            ensure_ascii=False,
        )
    return json.dumps(item, ensure_ascii=False, sort_keys=True)


def _items(value: Any) -> list[Item]:
    return [item if isinstance(item, Mapping) else {"name": item} for item in value or []]


def _dedupe(field_name: str, items: Iterable[Item]) -> list[Item]:
    seen: set[str] = set()
    kept = []
    for item in items:
        key = _dedupe_key(field_name, item)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


@dataclass
class FieldScore:
    matched: int = 0
    gold: int = 0
    predicted: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Miss:
    article: str
    field: str
    kind: str  # "missed" (in gold only) or "extra" (predicted only)
    item: Mapping[str, Any]


@dataclass
class Evaluation:
    scores: dict[str, FieldScore]
    misses: list[Miss] = field(default_factory=list)
    articles: int = 0

    def summary_line(self, fields: Iterable[str] = REFERENCE_FIELDS) -> str:
        return " ".join(f"{name}={self.scores[name].f1:.3f}" for name in fields if name in self.scores)


def _gold_items(field_name: str, gold: Mapping[str, Any]) -> list[Item]:
    items = _items(gold.get(field_name))
    if field_name == "campaigns":
        items = [g for g in items if not g.get("variant_of")]
    if field_name == "dates":
        items = [g for g in items if g.get("value") is not None]
    return _dedupe(field_name, items)


def evaluate(
    gold_by_stem: Mapping[str, Mapping[str, Any]],
    predicted_by_stem: Mapping[str, Mapping[str, Any]],
    fields: Iterable[str] = FIELDS,
) -> Evaluation:
    """Score predictions against gold, article by article (a missing prediction counts as empty)."""
    fields = tuple(fields)
    result = Evaluation(scores={name: FieldScore() for name in fields}, articles=len(gold_by_stem))
    for stem in sorted(gold_by_stem):
        gold, predicted = gold_by_stem[stem], predicted_by_stem.get(stem) or {}
        for name in fields:
            gold_items = _gold_items(name, gold)
            predicted_items = _dedupe(name, _items(predicted.get(name)))
            used: set[int] = set()
            for gold_item in gold_items:
                hit = next(
                    (i for i, p in enumerate(predicted_items) if i not in used and MATCHERS[name](gold_item, p)),
                    None,
                )
                if hit is None:
                    result.misses.append(Miss(stem, name, "missed", gold_item))
                else:
                    used.add(hit)
            for i, item in enumerate(predicted_items):
                if i not in used:
                    result.misses.append(Miss(stem, name, "extra", item))
            score = result.scores[name]
            score.matched += len(used)
            score.gold += len(gold_items)
            score.predicted += len(predicted_items)
    return result


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(Path(gold_dir).glob("*.json"))}


# --- why activities are lost -------------------------------------------------------------------------

CAMPAIGN_NOT_FOUND = "campaign not found"
ACTOR_DIFFERS = "actor differs"
ACTION_DIFFERS = "action differs"
ACTION_AND_ACTOR_DIFFER = "action and actor differ"
NOT_FOUND = "activity not found"  # its campaign was found (or it has none) but no activity stands for it
EXTRA_CAMPAIGN = "campaign not in the gold"
NOTHING_IN_GOLD = "nothing in the gold"
CAUSES = (CAMPAIGN_NOT_FOUND, ACTOR_DIFFERS, ACTION_DIFFERS, ACTION_AND_ACTOR_DIFFER, NOT_FOUND, EXTRA_CAMPAIGN,
          NOTHING_IN_GOLD)


@dataclass(frozen=True)
class Cause:
    """Why one activity is missed or extra; a missed activity and the extra one that almost matched it
    share a cause and are reported as one pair (``gold`` and ``predicted`` both set)."""

    article: str
    cause: str
    gold: Mapping[str, Any] | None = None
    predicted: Mapping[str, Any] | None = None


def _same_campaign_name(a: str | None, b: str | None) -> bool:
    return _same_optional(a, b, lambda s: match_key(s or ""))


def explain_activities(gold: Mapping[str, Any], predicted: Mapping[str, Any], article: str = "") -> list[Cause]:
    """The cause of every missed and every extra activity of one article (after the scorer's matching)."""
    gold_items, predicted_items = _gold_items("activities", gold), _dedupe("activities", _items(predicted.get("activities")))
    used: set[int] = set()
    missed = []
    for item in gold_items:
        hit = next((i for i, p in enumerate(predicted_items) if i not in used and _same_activity(item, p)), None)
        if hit is None:
            missed.append(item)
        else:
            used.add(hit)
    extra = {i: p for i, p in enumerate(predicted_items) if i not in used}
    found_campaigns = [c.get("name") for c in _items(predicted.get("campaigns"))]
    gold_campaigns = [c.get("name") for c in _items(gold.get("campaigns"))]
    causes = []
    for item in missed:
        campaign = item.get("campaign")
        if campaign and not any(_same_campaign_name(campaign, name) for name in found_campaigns):
            causes.append(Cause(article, CAMPAIGN_NOT_FOUND, gold=item))
            continue
        same_campaign = {i: p for i, p in extra.items() if _same_campaign_name(campaign, p.get("campaign"))}
        pair = None
        for cause, test in (
            (ACTOR_DIFFERS, lambda p: p.get("action") == item.get("action")),
            (ACTION_DIFFERS, lambda p: _same_optional(item.get("organization"), p.get("organization"), org_key)),
            (ACTION_AND_ACTOR_DIFFER, lambda p: True),
        ):
            pair = next(((cause, i) for i, p in same_campaign.items() if test(p)), None)
            if pair:
                break
        if pair:
            causes.append(Cause(article, pair[0], gold=item, predicted=extra.pop(pair[1])))
        else:
            causes.append(Cause(article, NOT_FOUND, gold=item))
    for p in extra.values():
        campaign = p.get("campaign")
        in_gold = not campaign or any(_same_campaign_name(campaign, name) for name in gold_campaigns)
        causes.append(Cause(article, NOTHING_IN_GOLD if in_gold else EXTRA_CAMPAIGN, predicted=p))
    return causes


def explain(gold_by_stem: Mapping[str, Mapping[str, Any]], predicted_by_stem: Mapping[str, Mapping[str, Any]]) -> list[Cause]:
    """``explain_activities`` over every gold article (a missing prediction counts as empty)."""
    return [cause for stem in sorted(gold_by_stem)
            for cause in explain_activities(gold_by_stem[stem], predicted_by_stem.get(stem) or {}, stem)]


def cause_table(causes: Iterable[Cause]) -> list[tuple[str, int, int]]:
    """(cause, missed gold activities, extra predicted activities) in ``CAUSES`` order, without empty rows."""
    causes = list(causes)
    rows = []
    for name in CAUSES:
        mine = [c for c in causes if c.cause == name]
        if mine:
            rows.append((name, sum(c.gold is not None for c in mine), sum(c.predicted is not None for c in mine)))
    return rows
