"""Activity candidates and the trained model's choice among them.

The rules read each sentence (``reading``); here every campaign mention and every unnamed act of a sentence
becomes a *slot*, and every slot a set of candidate (campaign, action, actor) triples: the actions of the
sentence's trigger words, the rules' own action and the kind's usual one; the actors the sentence names, the
body the rules chose, the body the story carried, the headline's body, and no body at all. Each triple gets
features that say how the text ties the action and the body to the campaign (where the trigger stands, clause
boundaries, ``do X phát động``, ``của X``, a passive ``được``, subject position, distance, a governing organ,
the headline's actor, the rules' answer). The model (``models/activity``, trained by ``thidua train activity``)
gives each triple a probability; an article's activity is a triple whose best sentence scores above the
model's threshold, and a campaign that a trigger word acts on gets at least its most probable triple.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import mul
from typing import Any

import numpy as np

from ...records import Activity, Article, Campaign, Organization, Span
from ...text import match_key
from .reading import Group, SentenceReading, act_precedes, headline_triggers, one_headline_act
from .resources import ActivityResources

ACTIONS = ("launch", "implement", "review", "commend", "contest", "support", "other")
KIND_ACTION = {"contest": "contest", "title": "commend", "program": "support", "event": "implement", "theme": "implement",
               "movement": "implement", "campaign": "implement"}
_ORGAN = re.compile(r"^(?:Ban\s+Thường\s+vụ|Ban\s+Chấp\s+hành|BCH|Đoàn\s+Chủ\s+tịch|Thường\s+trực|Ban\s+Thường\s+trực)",
                    re.IGNORECASE)
_CUES_BEFORE = {  # words right before a body and what they make of it
    "do": r"do", "cua": r"của", "voi": r"(?:với|cùng)", "phoi_hop": r"phối\s+hợp(?:\s+với)?", "cho": r"cho",
    "tai": r"(?:tại|ở)", "tang": r"(?:tặng|trao|trao\s+tặng|khen\s+thưởng|biểu\s+dương|tuyên\s+dương)", "theo": r"theo",
    "chi_dao": r"(?:chỉ\s+đạo|đề\s+nghị|yêu\s+cầu|hướng\s+dẫn)", "cac": r"(?:các|những)",
}
_CUE_RES = {name: re.compile(rf"(?<![\wÀ-ỹĐđ]){pattern}\s*[:,]?\s*$", re.IGNORECASE) for name, pattern in _CUES_BEFORE.items()}
_PASSIVE = re.compile(r"(?<![\wÀ-ỹĐđ])(?:được|bị)(?:\s+\S+){0,2}\s*$", re.IGNORECASE)
_MEETING = re.compile(r"(?<![\wÀ-ỹĐđ])(?:hội nghị|lễ|buổi|đại hội|hội thảo|tọa đàm|chương trình)(?![\wÀ-ỹĐđ])", re.IGNORECASE)
_REVIEW = re.compile(r"(?<![\wÀ-ỹĐđ])(?:sơ kết|tổng kết)(?![\wÀ-ỹĐđ])", re.IGNORECASE)
_COMMEND = re.compile(r"(?<![\wÀ-ỹĐđ])(?:biểu dương|tuyên dương|khen thưởng|trao|tặng|vinh danh|tôn vinh)(?![\wÀ-ỹĐđ])",
                      re.IGNORECASE)
# candidates per call of the model over a batch of articles (about twenty): each call walks every tree once, so
# the per-call checks and the trees' trips into the cache are shared by more rows, but a much larger matrix falls
# out of the cache between trees (benchmarks/activity_model_calls.py, per article of 29 candidates: 3.9 ms asked
# alone, 2.5 at 100 rows a call, 1.5 at 600, 2.0 at 3,000)
ROWS_PER_CALL = 600
_FUTURE = re.compile(r"(?<![\wÀ-ỹĐđ])(?:sẽ|tiếp tục|phấn đấu|đề ra|kế hoạch|chỉ tiêu)(?![\wÀ-ỹĐđ])", re.IGNORECASE)


@dataclass
class ActivityModel:
    """The trained model as it is saved: a scikit-learn pipeline over candidate features, its thresholds, and which
    of the compared setups it is. "model": the triples above ``threshold`` are the activities. "model+rules": the
    rules' answer is a feature, and the model (a random forest) edits the rules' activities: it drops those it finds
    below ``drop_threshold`` and adds the triples it finds at ``threshold`` or above. "rules": the rules' stand."""

    classifier: Any
    threshold: float
    setup: str = "model+rules"
    drop_threshold: float = 0.0
    # model+rules: the model alone (a logistic regression over the features without the rules' answer) that votes
    # beside the forest on the triples that name an actor, with this model's ``partner_weight`` (``blend``)
    partner: "ActivityModel | None" = None
    partner_weight: float = 0.0
    # model+rules: an act that names no campaign (an unnamed drive, gifts, a commendation) is kept at
    # ``unnamed_drop`` and added at ``unnamed_add``, stricter than a named campaign's (None: the same thresholds).
    # Unnamed acts are most of the false activities on articles about wages, bargaining, accidents.
    unnamed_add: float | None = None
    unnamed_drop: float | None = None
    # model+rules: in an article whose relevance (models/relevance: the probability it is about emulation) is below
    # this, the model adds no triple of its own; the rules' activities stand, edited by its drops, and a campaign an act
    # word governs still gets its most probable triple (0: no such gate)
    relevance_gate: float = 0.0

    def probabilities(self, found: list["Candidate"]) -> list[float]:
        own = self._own_probabilities(found)
        if self.partner is None or not found:
            return own
        return blend(found, own, self.partner.probabilities(found), self.partner_weight)

    def probabilities_of_many(self, articles: list[list["Candidate"]]) -> list[list[float]]:
        """``probabilities`` of each article's candidates, asked in one call per ``ROWS_PER_CALL`` candidates: the
        same floats (each row is scored on its own), at a fraction of the cost of one call per article."""
        rows = [candidate for found in articles for candidate in found]
        flat: list[float] = []
        for start in range(0, len(rows), ROWS_PER_CALL):
            flat += self.probabilities(rows[start:start + ROWS_PER_CALL])
        out, start = [], 0
        for found in articles:
            out.append(flat[start:start + len(found)])
            start += len(found)
        return out

    def _own_probabilities(self, found: list["Candidate"]) -> list[float]:
        if self.setup == "model+rules" or not self._knows_rules():
            # a model fitted without the rules' features never reads them (the vectorizer leaves unknown names
            # out, the weights give them 0.0, and x + 0.0 * 1.0 is x): the same rows, without copying each one
            rows = [c.features for c in found]
        else:
            rows = [without_rules(c.features) for c in found]
        trees = self._trees()
        if trees is not None:
            return _forest_probabilities(trees, rows)
        weights = self._weights()
        if weights is None:
            return [float(p) for p in self.classifier.predict_proba(rows)[:, 1]]
        # the fitted logistic regression's own arithmetic, without its per-call checks (a build calls this per
        # article): intercept + the weights of the features a candidate has
        intercept, coefficients = weights
        weight = coefficients.get
        # the same products added in the same order as a generator would (the same float), a build's thousands of
        # candidates times some forty features each without a Python step per feature
        scores = np.array([intercept + sum(map(mul, map(weight, row, repeat(0.0)), row.values())) for row in rows])
        return [float(p) for p in 1.0 / (1.0 + np.exp(-scores))]

    def _knows_rules(self) -> bool:
        """Whether the fitted vectorizer has a column for a rule's answer (``rule=...``); True when unknown."""
        cached = self.__dict__.get("_cached_knows_rules")
        if cached is None:
            vocabulary = getattr(getattr(self.classifier, "named_steps", {}).get("features"), "vocabulary_", None)
            cached = vocabulary is None or any(name.startswith("rule=") for name in vocabulary)
            self.__dict__["_cached_knows_rules"] = cached
        return cached

    def _weights(self) -> tuple[float, dict[str, float]] | None:
        cached = self.__dict__.get("_cached_weights")
        if cached is None:
            steps = getattr(self.classifier, "named_steps", {})
            if set(steps) != {"features", "model"} or not hasattr(steps["model"], "coef_"):
                return None
            coef = steps["model"].coef_[0]
            cached = (float(steps["model"].intercept_[0]),
                      {name: float(coef[index]) for name, index in steps["features"].vocabulary_.items() if coef[index]})
            self.__dict__["_cached_weights"] = cached
        return cached

    def _trees(self) -> tuple[dict[str, int], int, list[tuple[Any, np.ndarray]]] | None:
        """A fitted random forest's feature columns and, per tree, the tree and each node's class-1 share; None
        for any other classifier."""
        cached = self.__dict__.get("_cached_trees")
        if cached is None:
            steps = getattr(self.classifier, "named_steps", {})
            if set(steps) != {"features", "model"} or not hasattr(steps["model"], "estimators_"):
                return None
            shares = []
            for estimator in steps["model"].estimators_:
                counts = estimator.tree_.value[:, 0, :]
                shares.append((estimator.tree_, counts[:, 1] / counts.sum(axis=1)))
            cached = (steps["features"].vocabulary_, len(steps["features"].feature_names_), shares)
            self.__dict__["_cached_trees"] = cached
        return cached

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("_cached_weights", "_cached_trees", "_cached_knows_rules")}


def _forest_probabilities(trees: tuple[dict[str, int], int, list[tuple[Any, np.ndarray]]],
                          rows: list[dict[str, float]]) -> list[float]:
    """The forest's probability of each row, as its ``predict_proba`` computes it (each tree's class share at the
    row's leaf, averaged in tree order), asking each tree for its leaves directly: the forest's own call spends
    about 0.1 ms per tree on checks and thread dispatch and the vectorizer 1 ms per article, several times the
    trees' own work on an article's few dozen candidates (a build calls this per article)."""
    vocabulary, width, shares = trees
    # dense, not sparse: the forest knows about a thousand columns, and a tree's walk over a dense matrix skips
    # the sparse checks each of the hundred calls would make (a third of the time)
    matrix = np.zeros((len(rows), width), dtype=np.float32)  # float32: as the trees were fitted
    for index, row in enumerate(rows):  # the vectorizer's columns of a row's numeric features, unknown ones left out
        for name, value in row.items():
            column = vocabulary.get(name)
            if column is not None and value:
                matrix[index, column] = value
    total = np.zeros(len(rows))
    for tree, share in shares:
        total += share[tree.apply(matrix)]
    return [float(p) for p in total / len(shares)]


def blend(found: list["Candidate"], forest: list[float], alone: list[float], weight: float) -> list[float]:
    """The forest's probability of each triple, averaged with the model alone's (``weight`` its share) where the
    triple names an actor. The forest fits the articles the rules were written on; the model alone, which never
    sees the rules' answer, reads new articles better (first-contact replays, benchmarks/replay.py: +0.01 and +0.03
    F1 at each of three forest seeds). Triples without an actor keep the forest's own: the model alone adds
    actorless duplicates of campaigns the rules gave a body, which the seeds' gold does not hold."""
    return [(1 - weight) * f + weight * a if c.organization is not None else f
            for c, f, a in zip(found, forest, alone)]


def without_rules(features: dict[str, float]) -> dict[str, float]:
    return {k: v for k, v in features.items() if not k.startswith("rule=")}


@dataclass
class Slot:
    """A place in a sentence where an activity may stand: a campaign mention, or an act that names none."""

    reading: SentenceReading
    campaign: Campaign | None
    start: int
    end: int
    group: Group | None  # the act that governs it, as the rules see it (None: no trigger governs it)


@dataclass
class Candidate:
    slot: Slot
    action: str
    organization: Organization | None
    features: dict[str, float]


def _bucket(n: int, edges: tuple[int, ...] = (0, 20, 60, 120)) -> str:
    return str(next((e for e in edges if n <= e), "far"))


def _governing(reading: SentenceReading, start: int, end: int) -> Group | None:
    """The act the rules take for a campaign at ``start:end``: the last active one before it, else the strongest
    after it in its clause."""
    active = reading.active
    preceding = [g for g in active if act_precedes(g, start, end)]
    if preceding:
        return preceding[-1]
    clause_end = reading.text.find(";", end)
    following = [g for g in active if g.start >= end and (clause_end < 0 or g.start < clause_end)]
    return max(following, key=lambda g: g.priority, default=None)


def slots(readings: list[SentenceReading]) -> list[Slot]:
    found = []
    for reading in readings:
        governed = set()
        for start, end, campaign in reading.camps:
            group = _governing(reading, start, end)
            if group is not None:
                governed.add(id(group))
            found.append(Slot(reading, campaign, start, end, group))
        for group in reading.active:
            if group.unnamed != "no" and id(group) not in governed:
                found.append(Slot(reading, None, group.start, group.end, group))
    return found


def _headline_actor(readings: list[SentenceReading]) -> Organization | None:
    """The first body the kicker or headline names (the story's main actor)."""
    for reading in readings[:2]:
        if reading.sentence.block <= 1 and reading.orgs:
            return reading.orgs[0][2]
    return None


def _mention_counts(readings: list[SentenceReading]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for reading in readings:
        for _, _, org in reading.orgs:
            counts[org.name] = counts.get(org.name, 0) + 1
    return counts


def _rule_index(readings: list[SentenceReading]) -> tuple[set, set, set]:
    """What the rules said, for features: (campaign, action, actor) triples, (campaign, action), campaigns."""
    triples, pairs, named = set(), set(), set()
    for reading in readings:
        for activity, _ in reading.added:
            key = match_key(activity.campaign or "")
            triples.add((reading.sentence.index, key, activity.action, activity.organization or ""))
            pairs.add((key, activity.action))
            named.add(key)
    return triples, pairs, named


def candidates(article: Article, readings: list[SentenceReading], relevance: float | None = None,
               classify_action=None) -> list[Candidate]:
    """Every candidate triple of the article with its features."""
    headline = _headline_actor(readings)
    counts = _mention_counts(readings)
    most = max(counts.values(), default=0)
    rule_triples, rule_pairs, rule_named = _rule_index(readings)
    sentence_action: dict[int, str] = {}
    found: list[Candidate] = []
    for slot in slots(readings):
        reading = slot.reading
        # the sentence classifier only where no trigger governs the slot, as the rules ask it (it is costly)
        if classify_action is not None and slot.group is None and reading.sentence.index not in sentence_action:
            sentence_action[reading.sentence.index] = classify_action(reading.text)
        context = _SlotContext(slot, headline, counts, most, rule_triples, rule_pairs, rule_named,
                               sentence_action.get(reading.sentence.index), relevance)
        for action in context.actions():
            for org in context.actors():
                found.append(Candidate(slot, action, org, context.features(action, org)))
    return found


@lru_cache(maxsize=64)
def _sentence_words(text: str) -> dict[str, bool]:
    """What the sentence holds, read once for all the triples of all its slots."""
    return {"meeting": bool(_MEETING.search(text)), "review_word": bool(_REVIEW.search(text)),
            "commend_word": bool(_COMMEND.search(text)), "future": bool(_FUTURE.search(text))}


class _SlotContext:
    """The features of one slot's triples (computed once per slot, then per action and per actor)."""

    def __init__(self, slot: Slot, headline, counts, most, rule_triples, rule_pairs, rule_named, sentence_action,
                 relevance) -> None:
        self.slot, self.reading, self.text = slot, slot.reading, slot.reading.text
        self.headline, self.counts, self.most = headline, counts, most
        self.rule_triples, self.rule_pairs, self.rule_named = rule_triples, rule_pairs, rule_named
        self.sentence_action, self.relevance = sentence_action, relevance
        self.key = match_key(slot.campaign.name) if slot.campaign else ""
        self.kind = slot.campaign.kind if slot.campaign else "unnamed"
        self.index = self.reading.sentence.index
        self._seen: dict[str, tuple | None] = {}
        self._by_action: dict[str, dict[str, float]] = {}
        self.words = _sentence_words(self.text)

    # --- the choices ---------------------------------------------------------------------------------

    def actions(self) -> list[str]:
        chosen = {a for g in self.reading.groups for a in (g.action, *g.also)}
        chosen |= {a.action for a, _ in self.reading.added if match_key(a.campaign or "") == self.key}
        if self.slot.campaign is not None:
            chosen |= {"implement", KIND_ACTION.get(self.kind, "implement")}
        if self.sentence_action:
            chosen.add(self.sentence_action)
        return sorted(chosen, key=ACTIONS.index)

    def actors(self) -> list[Organization | None]:
        seen: dict[str, Organization | None] = {"": None}
        for _, _, org in self.reading.orgs:
            seen.setdefault(org.name, org)
        for org in (self.reading.subject, self.reading.carried_actor, self.headline):
            if org is not None:
                seen.setdefault(org.name, org)
        for activity, _ in self.reading.added:
            if activity.organization and activity.organization not in seen:
                org = next((o for _, _, o in self.reading.orgs if o.name == activity.organization), None)
                if org is not None:
                    seen[org.name] = org
        return list(seen.values())

    # --- the features -------------------------------------------------------------------------------

    def features(self, action: str, org: Organization | None) -> dict[str, float]:
        if action not in self._by_action:  # the same for every actor of the slot: read once per action
            self._action_features(self._by_action.setdefault(action, {}), action)
        f = dict(self._by_action[action])  # a copy keeps the features in the order written (the model adds them so)
        self._actor_features(f, action, org)
        name = org.name if org else ""
        f["rule=triple"] = float((self.index, self.key, action, name) in self.rule_triples)
        f[f"rule=triple|{action}"] = f["rule=triple"]
        f["rule=pair"] = float((self.key, action) in self.rule_pairs)
        f["rule=campaign_named"] = float(self.key in self.rule_named)
        return f

    def _action_features(self, f: dict[str, float], action: str) -> None:
        slot, text, reading = self.slot, self.text, self.reading
        f[f"a={action}"] = 1.0
        f[f"a={action}|kind={self.kind}"] = 1.0
        f[f"a={action}|kind_default"] = float(KIND_ACTION.get(self.kind) == action)
        block = "title" if reading.sentence.block <= 1 else "lead" if reading.sentence.block == 2 else "body"
        f[f"a={action}|block={block}"] = 1.0
        if self.sentence_action:
            f[f"a={action}|sentence_clf={self.sentence_action}"] = 1.0
            f["sentence_clf_agrees"] = float(self.sentence_action == action)
        same = [g for g in reading.groups if g.action == action]
        f[f"a={action}|trigger_in_sentence"] = float(bool(same))
        if slot.group is not None:
            word = text[slot.group.start:slot.group.end].lower()
            f[f"a={action}|governing={slot.group.action}"] = 1.0
            f[f"a={action}|governing_word={word}"] = 1.0
            f["governs_this_action"] = float(slot.group.action == action)
            f[f"a={action}|governing_passive"] = float(slot.group.passive)
        else:
            f[f"a={action}|no_governing"] = 1.0
        nearest = min(same, key=lambda g: min(abs(g.start - slot.end), abs(slot.start - g.end)), default=None)
        if nearest is not None:
            before = nearest.end <= slot.start
            gap = text[nearest.end:slot.start] if before else text[slot.end:nearest.start]
            f[f"a={action}|trigger_before={before}"] = 1.0
            f[f"a={action}|trigger_dist={_bucket(len(gap))}"] = 1.0
            f[f"a={action}|trigger_same_clause"] = float(";" not in gap and "." not in gap)
            f[f"a={action}|trigger_commas={min(gap.count(','), 3)}"] = 1.0
        for word, present in self.words.items():
            f[f"a={action}|{word}"] = float(present)
        f[f"a={action}|figures={min(len(reading.figures), 3)}"] = 1.0
        if self.relevance is not None:
            f[f"a={action}|relevance"] = self.relevance
            f["relevance"] = self.relevance

    def _where(self, org: Organization):
        """Where the body stands against the slot's act, read once per body (not per action): None when the
        sentence does not name it, else (before the act, the text between, first body, opens a clause, a valid
        actor, a governing organ, the cue words right before it)."""
        if org.name in self._seen:
            return self._seen[org.name]
        slot, text, reading = self.slot, self.text, self.reading
        mentions = [(s, e) for s, e, o in reading.orgs if o.name == org.name]
        found = None
        if mentions:
            anchor = slot.group.start if slot.group is not None else slot.start
            start, end = min(mentions, key=lambda m: abs(m[0] - anchor))
            before_act = end <= anchor
            gap = text[end:anchor] if before_act else text[(slot.group.end if slot.group else slot.end):start]
            opens = not text[max(text.rfind(",", 0, start), text.rfind(";", 0, start)) + 1:start].strip() \
                or len(text[:start].split()) <= 2
            before = text[max(0, start - 40):start]
            found = (before_act, gap, float(reading.orgs[0][2].name == org.name), float(opens),
                     float(any(o.name == org.name for _, _, o in reading.actors)), float(bool(_ORGAN.match(text[start:end]))),
                     [cue for cue, pattern in _CUE_RES.items() if pattern.search(before)])
        self._seen[org.name] = found
        return found

    def _actor_features(self, f: dict[str, float], action: str, org: Organization | None) -> None:
        slot, text, reading = self.slot, self.text, self.reading
        listed = len(reading.camps)
        if org is None:
            f["o=none"] = 1.0
            f[f"o=none|a={action}"] = 1.0
            f[f"o=none|a={action}|kind={self.kind}"] = 1.0
            f[f"o=none|campaigns_in_sentence={min(listed, 4)}"] = 1.0
            f["o=none|subject_carried"] = float(reading.subject is not None and not any(
                o.name == reading.subject.name for _, _, o in reading.orgs))
            f["o=none|no_org_in_sentence"] = float(not reading.orgs)
            f["o=none|generic_subject"] = float(bool(reading.generic))
            f["o=none|rule_subject_none"] = float(reading.subject is None)
            if slot.group is not None:
                f["o=none|passive"] = float(slot.group.passive or bool(_PASSIVE.search(text[:slot.group.start])))
            return
        f[f"o_type={org.type}"] = 1.0
        f[f"o_type={org.type}|a={action}"] = 1.0
        f[f"o|a={action}|kind={self.kind}"] = 1.0
        f[f"o|campaigns_in_sentence={min(listed, 4)}"] = 1.0
        f["o=subject"] = float(reading.subject is not None and reading.subject.name == org.name)
        f["o=carried"] = float(reading.carried_actor is not None and reading.carried_actor.name == org.name)
        f["o=headline"] = float(self.headline is not None and self.headline.name == org.name)
        f["o=most_mentioned"] = float(self.counts.get(org.name, 0) == self.most)
        f[f"o_mentions={min(self.counts.get(org.name, 0), 4)}"] = 1.0
        seen = self._where(org)
        f["o=in_sentence"] = float(seen is not None)
        if seen is None:
            f[f"o_elsewhere|a={action}"] = 1.0
            return
        before_act, gap, first, opens, valid, organ, cues = seen
        f["o_before_act"] = float(before_act)
        f[f"o_before_act|a={action}"] = float(before_act)
        f[f"o_dist={_bucket(len(gap))}"] = 1.0
        f["o_same_clause"] = float(";" not in gap)
        f[f"o_commas={min(gap.count(','), 3)}"] = 1.0
        f["o_first_in_sentence"] = first
        f["o_opens_clause"] = opens
        f["o_valid_actor"] = valid
        f["o_organ"] = organ
        for cue in cues:
            f[f"o_after_{cue}"] = 1.0
            f[f"o_after_{cue}|a={action}"] = 1.0
        f["o_passive_agent"] = float(slot.group is not None and slot.group.passive and before_act)


def triple_key(campaign: str | None, action: str, organization: str | None) -> tuple[str, str, str]:
    return (match_key(campaign or ""), action, match_key(organization or ""))


def decide(found: list["Candidate"], probabilities: list[float], rule_activities, model: ActivityModel) -> tuple[Activity, ...]:
    """The activities the model finds among an article's candidates, given their probabilities: the rules' edited
    (model+rules), or each candidate triple at its best sentence kept above the threshold (model)."""
    if model.setup == "rules":
        return rule_activities
    if model.setup == "model+rules":
        # (a model saved before the relevance gate reads the dataclass's default, no gate)
        return edit_unless_off_topic(rule_activities, found, probabilities, model.threshold, model.drop_threshold,
                                     model.unnamed_add, model.unnamed_drop, model.relevance_gate)
    return choose(found, probabilities, model.threshold)


NEVER = 1.01  # a threshold no probability reaches


def edit_unless_off_topic(rule_activities, found: list["Candidate"], probabilities: list[float], add: float, drop: float,
                          unnamed_add: float | None, unnamed_drop: float | None, gate: float) -> tuple[Activity, ...]:
    """``edit``, where the model adds no triple of its own in an article whose relevance (a feature of each of its
    candidates) is below ``gate``: the relevance model finds it about wages, bargaining, accidents rather than
    emulation, where most of what the model adds is false."""
    relevance = found[0].features.get("relevance") if found else None
    if relevance is not None and relevance < gate:
        add = unnamed_add = NEVER
    return edit(rule_activities, found, probabilities, add, drop, unnamed_add, unnamed_drop)


def _best(found: list[Candidate], probabilities: list[float]) -> dict[tuple[str, str, str], tuple[float, Candidate]]:
    """Each distinct (campaign, action, actor) with its most probable candidate."""
    best: dict[tuple[str, str, str], tuple[float, Candidate]] = {}
    for probability, candidate in zip(probabilities, found):
        key = triple_key(candidate.slot.campaign.name if candidate.slot.campaign else None, candidate.action,
                         candidate.organization.name if candidate.organization else None)
        if key not in best or probability > best[key][0]:
            best[key] = (probability, candidate)
    return best


def edit(rule_activities, found: list[Candidate], probabilities: list[float], add: float, drop: float,
         unnamed_add: float | None = None, unnamed_drop: float | None = None) -> tuple[Activity, ...]:
    """The rules' activities, without those the model finds improbable (below ``drop``), with the triples it is
    confident of (at ``add`` or above) that the rules did not give; triples without a campaign at ``unnamed_drop``
    and ``unnamed_add`` when given."""
    best = _best(found, probabilities)
    rule_keys = {triple_key(a.campaign, a.action, a.organization) for a in rule_activities}

    def at_least(key: tuple[str, str, str], named: float, unnamed: float | None) -> float:
        return unnamed if unnamed is not None and not key[0] else named

    kept = [a for a in rule_activities
            if (key := triple_key(a.campaign, a.action, a.organization)) not in best
            or best[key][0] >= at_least(key, drop, unnamed_drop)]
    kept += [_activity(c) for key, (p, c) in best.items()
             if p >= at_least(key, add, unnamed_add) and key not in rule_keys]
    kept += _every_acted_campaign(kept, found, probabilities)
    return one_headline_act(sorted(kept, key=lambda a: (a.span.start if a.span else 0, a.action)), _headline(found))


def choose(found: list[Candidate], probabilities: list[float], threshold: float) -> tuple[Activity, ...]:
    """Each distinct (campaign, action, actor) at its most probable sentence, kept when that is above ``threshold``."""
    chosen = [_activity(c) for p, c in _best(found, probabilities).values() if p >= threshold]
    chosen += _every_acted_campaign(chosen, found, probabilities)
    return one_headline_act(sorted(chosen, key=lambda a: (a.span.start if a.span else 0, a.action)), _headline(found))


def _headline(found: list[Candidate]) -> set[tuple[int, int]]:
    return headline_triggers({id(c.slot.reading): c.slot.reading for c in found}.values())


def _every_acted_campaign(chosen: list[Activity], found: list[Candidate], probabilities: list[float]) -> list[Activity]:
    """An activity for each campaign that a trigger word acts on but no chosen activity names: its most probable
    triple. A movement named as the object of ``phát động``, ``triển khai``, ``biểu dương`` is something the article
    says was done, even when the model is unsure who did it or how (cross-validated: +0.008 F1, most of it recall
    on campaigns the model left without any activity)."""
    named = {match_key(a.campaign) for a in chosen if a.campaign}
    best: dict[str, tuple[float, Candidate]] = {}
    for probability, candidate in zip(probabilities, found):
        campaign = candidate.slot.campaign
        if campaign is None or candidate.slot.group is None or match_key(campaign.name) in named:
            continue
        key = match_key(campaign.name)
        if key not in best or probability > best[key][0]:
            best[key] = (probability, candidate)
    return [_activity(c) for _, c in best.values()]


def _activity(candidate: Candidate) -> Activity:
    slot, reading = candidate.slot, candidate.slot.reading
    start, end = (min(slot.start, slot.group.start), max(slot.end, slot.group.end)) if slot.group else (slot.start, slot.end)
    group = slot.group if slot.group is not None and slot.group.action == candidate.action else None
    return Activity(
        campaign=slot.campaign.name if slot.campaign else None, action=candidate.action,
        organization=candidate.organization.name if candidate.organization else None,
        date=reading.nearest_date(start, end), figures=reading.figures_for(group),
        span=Span(reading.sentence.index, reading.offset + start, reading.offset + end, reading.text[start:end]),
    )
