"""Canonical campaigns and organizations across articles.

Campaigns: articles write one campaign's name in many ways ("Lao động giỏi, lao động sáng tạo",
"Lao động giỏi - Lao động sáng tạo", "1 triệu sáng kiến - nỗ lực vượt khó…" with or without a word).
``cluster_names`` groups such variants: names meeting under ``match_key`` are one from the start; the
distinct keys are then compared by TF-IDF over character n-grams and grouped by average-linkage
agglomerative clustering under a cosine distance threshold. It is a pure function, names in, clusters
out, with no state.

In the dataset, every ``campaigns.key`` has one row in ``campaign_aliases`` pointing to its canonical
campaign. Rows with ``source = 'auto'`` are recomputed after each build (``refresh_campaign_aliases``);
rows with ``source = 'analyst'`` (``set_campaign_alias``, the ``thidua alias`` command) are never touched
by a rebuild, so an analyst's correction survives.

Organizations: the store already keeps one row per expanded name (``match_key``) with its place, and a
parent when the text states it. ``refresh_organization_parents`` adds the parents that a name implies by
statute or by the gazetteer ``pipeline/resources/org_parent_places.tsv`` (a province-level federation is
under the Vietnam General Confederation of Labour; a federation of a district listed there is under its
province's federation). A parent stated by an article always wins over a rule.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from ..records import ThiduaError
from ..resources import read_tsv
from ..text import match_key
from .corrections import in_transaction

# Cosine distance under which two distinct keys (or the average of two groups) are one campaign. Chosen
# on the hand-checked pairs of tests/data/campaign_pairs.tsv for precision (a wrong merge hides a campaign,
# a missed one shows and an analyst can fix it): 0.15 gives P 0.94 / R 0.77 over all pairs, 0.3 P 0.84 / R 0.78.
DEFAULT_THRESHOLD = 0.15
NGRAM_RANGE = (2, 4)
AUTO, ANALYST = "auto", "analyst"


class CanonicalError(ThiduaError):
    """An alias correction cannot be applied."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# --- campaigns: names → clusters ---------------------------------------------------------------------

_LEADING_ZEROS = re.compile(r"\b0+(\d)")


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {match_key(row["abbreviation"]): match_key(row["expansion"]) for row in read_tsv("campaign_abbreviations.tsv")}
    alternatives = "|".join(re.escape(a) for a in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})(?!\w)"), table


def feature_text(name: str) -> str:
    """What the vectorizer sees: the matching key, abbreviations (``CNVCLĐ``) expanded by
    ``resources/campaign_abbreviations.tsv``, numbers without leading zeros (``01`` → ``1``)."""
    pattern, table = _abbreviations()
    key = pattern.sub(lambda m: table[m.group(1)], match_key(name))
    return _LEADING_ZEROS.sub(r"\1", key)


def _components(n: int, pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[find(i)].append(i)
    return list(groups.values())


def cluster_keys(texts: Sequence[str], threshold: float = DEFAULT_THRESHOLD) -> list[list[int]]:
    """Group distinct feature texts; returns lists of indexes into ``texts``.

    Average linkage only joins two groups whose mean distance is under the threshold, which needs at
    least one pair under it; so the connected components of the "distance ≤ threshold" graph hold every
    cluster, and clustering each component alone gives exactly the global result at a fraction of
    the memory (a large dataset has many small components).
    """
    n = len(texts)
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.neighbors import radius_neighbors_graph

    vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAM_RANGE, sublinear_tf=True).fit_transform(texts)
    graph = radius_neighbors_graph(vectors, radius=threshold, metric="cosine", include_self=False).tocoo()
    clusters: list[list[int]] = []
    for component in _components(n, zip(graph.row.tolist(), graph.col.tolist())):
        if len(component) == 1:
            clusters.append(component)
            continue
        model = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
        )
        labels = model.fit_predict(vectors[component].toarray())
        grouped: dict[int, list[int]] = defaultdict(list)
        for index, label in zip(component, labels):
            grouped[int(label)].append(index)
        clusters.extend(grouped.values())
    return sorted((sorted(c) for c in clusters), key=lambda c: c[0])


def cluster_names(names: Iterable[str], threshold: float = DEFAULT_THRESHOLD) -> list[list[str]]:
    """Campaign names → clusters of the names that denote one campaign (each name once, input order kept).

    Names with the same ``match_key`` always share a cluster; distinct keys are merged by character
    n-gram similarity (see ``cluster_keys``).
    """
    unique = list(dict.fromkeys(n for n in names if n and n.strip()))
    by_key: dict[str, list[str]] = defaultdict(list)
    for name in unique:
        by_key[feature_text(name)].append(name)
    keys = list(by_key)
    clusters = [[name for i in group for name in by_key[keys[i]]] for group in cluster_keys(keys, threshold)]
    order = {name: i for i, name in enumerate(unique)}
    return sorted((sorted(c, key=order.__getitem__) for c in clusters), key=lambda c: order[c[0]])


def canonical_name(names: Sequence[str], counts: Mapping[str, int] | None = None) -> str:
    """The representative of a cluster: the most used name; ties go to the first in ``names``."""
    counts = counts or {}
    return max(enumerate(names), key=lambda item: (counts.get(item[1], 0), -item[0]))[1]


# --- campaigns: the alias table ----------------------------------------------------------------------


def _campaign_usage(conn: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """(key, name, uses) of every campaign; uses = mentions + activities.

    Counted in one pass over each table, grouped (speed: a count per campaign scanned the whole activities table,
    which has no index on campaign_id, for every campaign: quadratic in the dataset's size)."""
    return conn.execute(
        """
        WITH uses(campaign_id) AS (
            SELECT campaign_id FROM campaign_mentions
            UNION ALL SELECT campaign_id FROM activities WHERE campaign_id IS NOT NULL
        ), counted AS (SELECT campaign_id, count(*) AS n FROM uses GROUP BY campaign_id)
        SELECT c.key, c.name, coalesce(counted.n, 0)
        FROM campaigns c LEFT JOIN counted USING (campaign_id) ORDER BY c.campaign_id
        """
    ).fetchall()


def refresh_campaign_aliases(conn: sqlite3.Connection, threshold: float = DEFAULT_THRESHOLD) -> int:
    """Recompute the ``auto`` rows of ``campaign_aliases``; ``analyst`` rows stay as they are.

    Keys an analyst has pinned are left out of the clustering; every other campaign key gets one auto
    row pointing to the most used name of its cluster (or to the campaign an analyst made canonical,
    when the cluster holds one). Runs inside the caller's transaction; returns
    the number of auto rows written.
    """
    usage = _campaign_usage(conn)
    pinned = {row[0] for row in conn.execute("SELECT alias_key FROM campaign_aliases WHERE source = ?", (ANALYST,))}
    targets = {row[0] for row in conn.execute("SELECT canonical_key FROM campaign_aliases WHERE source = ?", (ANALYST,))}
    free = [(key, name, uses) for key, name, uses in usage if key not in pinned]
    name_of = {key: name for key, name, _ in free}
    uses_of = {key: uses for key, _, uses in free}
    order = {key: i for i, (key, _, _) in enumerate(free)}
    previous = conn.execute("SELECT alias_key, canonical_key FROM campaign_aliases WHERE source = ?", (AUTO,)).fetchall()
    if previous and {key for key, _ in previous} == set(name_of) and threshold == DEFAULT_THRESHOLD:
        # the same names as last time give the same clusters (a pure function of the set): only the
        # canonical name of each may change with the counts; no need to cluster (or import sklearn) again
        regroup: dict[str, list[str]] = defaultdict(list)
        for key, canonical_key in previous:
            regroup[canonical_key].append(key)
        key_groups = list(regroup.values())
    else:
        texts: dict[str, list[str]] = defaultdict(list)  # feature text → campaign keys
        for key, name, _ in free:
            texts[feature_text(name)].append(key)
        feature_list = list(texts)
        key_groups = [[key for i in group for key in texts[feature_list[i]]] for group in cluster_keys(feature_list, threshold)]
    conn.execute("DELETE FROM campaign_aliases WHERE source = ?", (AUTO,))
    rows = []
    stamp = _now()
    for keys in key_groups:
        keys = sorted(keys, key=order.__getitem__)
        counts = Counter({name_of[k]: 0 for k in keys})
        for k in keys:
            counts[name_of[k]] += uses_of[k]
        chosen_key = next((k for k in keys if k in targets), None)  # an analyst's canonical stays canonical
        if chosen_key is None:
            chosen = canonical_name([name_of[k] for k in keys], counts)
            chosen_key = next(k for k in keys if name_of[k] == chosen)
        chosen = name_of[chosen_key]
        rows.extend((k, chosen_key, chosen, AUTO, stamp) for k in keys)
    conn.executemany(
        "INSERT INTO campaign_aliases (alias_key, canonical_key, canonical_name, source, updated_at) VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


@dataclass(frozen=True, slots=True)
class Alias:
    alias_key: str
    canonical_key: str
    canonical_name: str
    source: str


def set_campaign_alias(conn: sqlite3.Connection, alias: str, canonical: str) -> Alias:
    """Record an analyst's correction: the campaign written ``alias`` is the campaign ``canonical``.

    Both are matched by ``match_key``. ``alias`` joins the group ``canonical`` currently belongs to
    (no chains); ``alias`` equal to ``canonical`` makes it a campaign of its own, split off its
    automatic group. The auto rows are then recomputed around the correction. Runs inside the
    caller's transaction.
    """
    alias_key, canonical_key = match_key(alias), match_key(canonical)
    if not alias_key or not canonical_key:
        raise CanonicalError("an alias and its canonical campaign must both have a name")
    if conn.execute("SELECT 1 FROM campaigns WHERE key = ?", (alias_key,)).fetchone() is None:
        closest = closest_campaigns(conn, alias)
        hint = f"; closest: {'; '.join(closest)}" if closest else ""
        raise CanonicalError(f"no campaign is written {alias.strip()!r} in the dataset{hint}")
    row = conn.execute(
        "SELECT canonical_key, canonical_name FROM campaign_aliases WHERE alias_key = ?", (canonical_key,)
    ).fetchone()
    if alias_key != canonical_key and row is not None and row[0] != alias_key:
        canonical_key, canonical_name = row
    else:
        known = conn.execute("SELECT name FROM campaigns WHERE key = ?", (canonical_key,)).fetchone()
        canonical_name = known[0] if known else canonical.strip()
    stamp = _now()
    conn.execute(
        "INSERT INTO campaign_aliases (alias_key, canonical_key, canonical_name, source, updated_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(alias_key) DO UPDATE SET canonical_key = excluded.canonical_key, "
        "canonical_name = excluded.canonical_name, source = excluded.source, updated_at = excluded.updated_at",
        (alias_key, canonical_key, canonical_name, ANALYST, stamp),
    )
    if alias_key != canonical_key:  # the analyst's earlier corrections that pointed to the alias follow it
        conn.execute(
            "UPDATE campaign_aliases SET canonical_key = ?, canonical_name = ?, updated_at = ? "
            "WHERE canonical_key = ? AND source = ?",
            (canonical_key, canonical_name, stamp, alias_key, ANALYST),
        )
    refresh_campaign_aliases(conn)
    return Alias(alias_key, canonical_key, canonical_name, ANALYST)


def closest_campaigns(conn: sqlite3.Connection, name: str, limit: int = 3) -> list[str]:
    """The campaign names as written that come closest to ``name`` (diacritics, case and punctuation
    aside), best first: what a user who mistyped a name most likely meant."""
    from difflib import SequenceMatcher

    from ..text import fold_diacritics

    wanted = fold_diacritics(match_key(name))
    scored = []
    for (written,) in conn.execute("SELECT name FROM campaigns ORDER BY campaign_id"):
        candidate = fold_diacritics(match_key(written))
        matcher = SequenceMatcher(None, wanted, candidate, autojunk=False)
        scored.append((-matcher.ratio(), written))
    return [written for score, written in sorted(scored)[:limit] if -score >= 0.4]


def remove_campaign_alias(conn: sqlite3.Connection, alias: str) -> bool:
    """Drop an analyst's correction and let the automatic grouping take the name back; False if none."""
    cursor = conn.execute(
        "DELETE FROM campaign_aliases WHERE alias_key = ? AND source = ?", (match_key(alias), ANALYST)
    )
    if cursor.rowcount:
        refresh_campaign_aliases(conn)
    return cursor.rowcount > 0


def list_campaign_aliases(conn: sqlite3.Connection, analyst_only: bool = True) -> list[Alias]:
    sql = "SELECT alias_key, canonical_key, canonical_name, source FROM campaign_aliases"
    sql += " WHERE source = 'analyst'" if analyst_only else ""
    return [Alias(*row) for row in conn.execute(sql + " ORDER BY canonical_key, alias_key")]


def correct_campaign(db: str | Path, alias: str, canonical: str) -> Alias:
    """``set_campaign_alias`` on the dataset file ``db``, committed (what ``thidua alias`` runs)."""
    return in_transaction(db, lambda conn: set_campaign_alias(conn, alias, canonical))


def uncorrect_campaign(db: str | Path, alias: str) -> bool:
    """``remove_campaign_alias`` on the dataset file ``db``, committed."""
    return in_transaction(db, lambda conn: remove_campaign_alias(conn, alias))


# --- organizations: parents a name implies -----------------------------------------------------------


FEDERATION = "Liên đoàn Lao động"
CONFEDERATION = "Tổng Liên đoàn Lao động Việt Nam"


@lru_cache(maxsize=1)
def parent_places() -> dict[str, tuple[str, str]]:
    """match_key of a federation's name → (its parent's name, the rule) from ``org_parent_places.tsv``."""
    implied: dict[str, tuple[str, str]] = {}
    for row in read_tsv("org_parent_places.tsv"):
        place, parent_place = row["place"], row["parent_place"]
        parent = CONFEDERATION if parent_place == "Việt Nam" else f"{FEDERATION} {parent_place}"
        implied[match_key(f"{FEDERATION} {place}")] = (parent, f"gazetteer: {place} → {parent_place}")
    return implied


def implied_parent(name: str) -> tuple[str, str] | None:
    """(parent name, rule) that an organization's expanded name implies by the gazetteer, or None.

    Only a federation named exactly after a listed place qualifies ("Liên đoàn Lao động quận Ba Đình"
    → "Liên đoàn Lao động thành phố Hà Nội"); anything else needs the text to state its parent.
    """
    return parent_places().get(match_key(name))


def refresh_organization_parents(conn: sqlite3.Connection) -> int:
    """Give organizations without a stated parent the parent their name implies; returns how many.

    Parents set by a rule are recorded in ``organization_parent_rules`` and recomputed each time; a
    parent an article states (``Organization.parent``, written by the store) is never replaced.
    """
    previous = dict(conn.execute("SELECT org_key, parent_key FROM organization_parent_rules"))
    # undo the rule parents still in place, then apply the rules afresh
    for org_key, parent_key in previous.items():
        conn.execute(
            "UPDATE organizations SET parent_org_id = NULL WHERE key = ? "
            "AND parent_org_id = (SELECT org_id FROM organizations WHERE key = ?)",
            (org_key, parent_key),
        )
    conn.execute("DELETE FROM organization_parent_rules")
    orphans = conn.execute("SELECT org_id, key, name FROM organizations WHERE parent_org_id IS NULL").fetchall()
    written = 0
    while orphans:  # a parent a rule adds may itself have a parent by rule (quận → thành phố → Tổng)
        org_id, key, name = orphans.pop(0)
        found = implied_parent(name)
        if not found:
            continue
        parent_name, rule = found
        parent_key = match_key(parent_name)
        if parent_key == key:
            continue
        existing = conn.execute("SELECT org_id FROM organizations WHERE key = ?", (parent_key,)).fetchone()
        if existing:
            parent_id = existing[0]
        else:
            parent_id = conn.execute(
                "INSERT INTO organizations (key, name, type) VALUES (?, ?, 'federation') RETURNING org_id",
                (parent_key, parent_name),
            ).fetchone()[0]
            orphans.append((parent_id, parent_key, parent_name))
        conn.execute("UPDATE organizations SET parent_org_id = ? WHERE org_id = ?", (parent_id, org_id))
        conn.execute("INSERT INTO organization_parent_rules VALUES (?, ?, ?)", (key, parent_key, rule))
        written += 1
    # a parent added by a rule that no organization needs any more goes (it has no mention); again
    # while one such removal frees the next level up
    while conn.execute(
        "DELETE FROM organizations WHERE org_id NOT IN (SELECT org_id FROM organization_mentions) "
        "AND org_id NOT IN (SELECT org_id FROM person_roles WHERE org_id IS NOT NULL) "
        "AND org_id NOT IN (SELECT org_id FROM activities WHERE org_id IS NOT NULL) "
        "AND org_id NOT IN (SELECT parent_org_id FROM organizations WHERE parent_org_id IS NOT NULL) "
        "AND key IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(set(previous.values()))),),
    ).rowcount:
        pass
    return written


# --- organizations: variants of one name ------------------------------------------------------------

# Words that name the same organization whether written or not: "Công đoàn ngành Giáo dục Nghệ An" is
# "Công đoàn Giáo dục Nghệ An" ("ngành", sector, is often left out).
ORG_OPTIONAL_WORDS = ("ngành",)


@lru_cache(maxsize=1)
def _province_level_places() -> tuple[tuple[str, str], ...]:
    """(key with its unit, key without) of the provinces and centrally-run cities of the gazetteer:
    "tỉnh nghệ an" → "nghệ an", "thành phố hà nội" → "hà nội" (a place written without its unit is the
    province: "Thanh Hóa" is tỉnh Thanh Hóa, not the provincial city thành phố Thanh Hóa)."""
    pairs = []
    for row in read_tsv("org_parent_places.tsv"):
        if row["parent_place"] != "Việt Nam":
            continue
        key = match_key(row["place"])
        for unit in ("tỉnh ", "thành phố "):
            if key.startswith(unit):
                pairs.append((key, key[len(unit):]))
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


def organization_variant_key(name: str) -> str:
    """The key under which variants of one organization's name meet: ``match_key``, without the optional
    words (``ORG_OPTIONAL_WORDS``) and without the unit of a province-level place ("tỉnh", "thành phố").

    >>> organization_variant_key("Công đoàn ngành Giáo dục Nghệ An") == organization_variant_key("Công đoàn Giáo dục tỉnh Nghệ An")
    True
    """
    key = f" {match_key(name)} "
    for word in ORG_OPTIONAL_WORDS:
        key = key.replace(f" {word} ", " ")
    for with_unit, without in _province_level_places():
        key = key.replace(f" {with_unit} ", f" {without} ")
    return " ".join(key.split())


def refresh_organization_aliases(conn: sqlite3.Connection) -> int:
    """Recompute the ``auto`` rows of ``organization_aliases``: every organization key → the canonical
    organization of its variant group (``organization_variant_key``), named by the most used name of the
    group (mentions, activities and roles; ties: the first stored). ``analyst`` rows are kept. Returns
    the number of keys that point to another organization than their own."""
    rows = conn.execute(  # uses counted in one grouped pass, as _campaign_usage does (activities and roles have no
        # index on org_id: a count per organization scanned them whole for each one)
        """
        WITH uses(org_id) AS (
            SELECT org_id FROM organization_mentions
            UNION ALL SELECT org_id FROM activities WHERE org_id IS NOT NULL
            UNION ALL SELECT org_id FROM person_roles WHERE org_id IS NOT NULL
        ), counted AS (SELECT org_id, count(*) AS n FROM uses GROUP BY org_id)
        SELECT o.key, o.name, coalesce(counted.n, 0)
        FROM organizations o LEFT JOIN counted USING (org_id) ORDER BY o.org_id
        """
    ).fetchall()
    pinned = {row[0] for row in conn.execute("SELECT alias_key FROM organization_aliases WHERE source = ?", (ANALYST,))}
    groups: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for key, name, uses in rows:
        if key not in pinned:
            groups[organization_variant_key(name)].append((key, name, uses))
    conn.execute("DELETE FROM organization_aliases WHERE source = ?", (AUTO,))
    stamp = _now()
    merged = 0
    for variant, members in groups.items():
        canonical = max(enumerate(members), key=lambda item: (item[1][2], -item[0]))[1]
        for key, _, _ in members:
            merged += key != canonical[0]
            conn.execute(
                "INSERT INTO organization_aliases (alias_key, canonical_key, canonical_name, source, rule, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (key, canonical[0], canonical[1], AUTO, f"variant key: {variant}" if len(members) > 1 else None, stamp),
            )
    return merged


def refresh(conn: sqlite3.Connection) -> None:
    """Everything canonical that a build recomputes: campaign aliases, implied organization parents,
    organization aliases."""
    refresh_campaign_aliases(conn)
    refresh_organization_parents(conn)
    refresh_organization_aliases(conn)


__all__ = [
    "ANALYST", "AUTO", "Alias", "CanonicalError", "DEFAULT_THRESHOLD", "canonical_name", "closest_campaigns", "cluster_keys",
    "cluster_names", "correct_campaign", "feature_text", "implied_parent", "list_campaign_aliases", "organization_variant_key",
    "refresh", "refresh_campaign_aliases", "refresh_organization_aliases", "refresh_organization_parents", "remove_campaign_alias", "set_campaign_alias",
    "uncorrect_campaign",
]
