"""Near-duplicate articles: the same story syndicated by another paper, found with MinHash LSH.

Union news is copied across papers and aggregators (baomoi, tinbong247news, vietbao …) with a line
added, a credit, a caption, or cut at another length. An exact copy (same cleaned text) is already a
``duplicate_of`` row with no facts; a near copy is a full article of its own, so without this its
campaigns and activities would count twice.

Each stored article gets a MinHash signature (``datasketch``) of the 3-word shingles of its title and
body in matching form (``match_key``: case, punctuation, tone placement folded), kept in
``article_minhash`` so that a rebuild only hashes new articles. After a build, ``refresh_near_duplicates``
walks the articles in the order they were stored: an article whose estimated similarity to an earlier
*original* reaches the threshold is marked ``near_duplicate_of`` that original, with the similarity;
the others are originals. Candidates come from an LSH index, so the cost grows linearly with the
articles.

Similarity is the *containment* of the shorter text in the longer (the share of the shorter one's
shingles found in the other), estimated from the MinHash Jaccard and the two shingle counts: a copy
cut at another excerpt length, or with a line added, still scores near 1, whereas two papers' own
write-ups of one event share only their quotes. The threshold was measured on real pairs
(``benchmarks/near_duplicates.py``; its precision and recall are in the README).
"""
from __future__ import annotations

import hashlib
import logging
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

import numpy as np

from ..text import match_words

log = logging.getLogger(__name__)

NUM_PERM = 128
SHINGLE_WORDS = 3
SEED = 1
SCHEME = "affine32"  # datasketch 2: 32-bit hash values
THRESHOLD = 0.65  # estimated containment at or above which an article is a copy (benchmarks/near_duplicates.py)
CANDIDATE_JACCARD = 0.1  # the LSH's own threshold: loose, so that a short excerpt of a long article is a candidate
MIN_SHINGLES = 20  # shorter texts (a title alone) are never called copies


@dataclass(frozen=True, slots=True)
class Signature:
    article_id: str
    shingles: int  # distinct shingles hashed
    hashvalues: np.ndarray  # NUM_PERM uint32


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    article_id: str
    original_id: str
    similarity: float


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The distinct ``size``-word shingles of a text in matching form."""
    words = [word.encode("utf-8") for word in match_words(text or "")]
    if len(words) < size:
        return {b" ".join(words)} if words else set()
    # (UTF-8 of words joined by a space: the joined words' UTF-8, without a slice and an encoding per shingle)
    return set(map(b" ".join, zip(*(words[i:] for i in range(size)))))


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """The hash permutations of every signature: drawn from SEED once, not again for each MinHash (a third of
    the hashing time)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def _minhash(hashvalues: np.ndarray | None = None, hashfunc=None):
    from datasketch import MinHash

    extra = {"hashfunc": hashfunc} if hashfunc else {}
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=hashvalues, permutations=_permutations(), scheme=SCHEME,
                   **extra)


def shingle_hashes(found: set[bytes]) -> list[int]:
    """datasketch's default hash of each shingle (the first four bytes of its SHA-1, little-endian), computed in one
    pass: its own per-value function call cost half of a signature's time."""
    return np.frombuffer(b"".join(hashlib.sha1(shingle).digest()[:4] for shingle in found), dtype="<u4").tolist()


def signature_of(article_id: str, text: str) -> Signature:
    found = shingles(text)
    minhash = _minhash(hashfunc=int)  # the values handed in are the hashes already
    if found:
        minhash.update_batch(shingle_hashes(found))
    return Signature(article_id, len(found), minhash.hashvalues.astype(np.uint32))


def _jaccard(a: Signature, b: Signature) -> float:
    return float(np.count_nonzero(a.hashvalues == b.hashvalues)) / NUM_PERM


def similarity(a: Signature, b: Signature) -> float:
    """Estimated containment of the shorter text's shingles in the other's (0 … 1)."""
    if not a.shingles or not b.shingles:
        return 0.0
    j = _jaccard(a, b)
    shared = j * (a.shingles + b.shingles) / (1 + j)
    return min(1.0, shared / min(a.shingles, b.shingles))


@lru_cache(maxsize=1)
def _bands() -> tuple[tuple[int, int], ...]:
    """The (start, end) of each band of a signature, as datasketch's ``MinHashLSH`` chooses them for
    ``CANDIDATE_JACCARD`` and ``NUM_PERM`` (its optimal parameters come from a numerical integration: once)."""
    from datasketch import MinHashLSH

    return tuple(MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM).hashranges)


class _BandIndex:
    """MinHash LSH: the originals by the bytes of each band of their signature; a candidate of a signature is an
    original that shares one band with it, the very set ``MinHashLSH.query`` gives (its bands, keyed by the same
    values). Speed: datasketch wraps each signature in a ``MinHash`` and byte-swaps each band in a call of its own,
    two thirds of a build's near-duplicate step."""

    def __init__(self) -> None:
        self.bands = tuple((start * 4, end * 4) for start, end in _bands())  # uint32: four bytes per value
        self.tables: list[dict[bytes, list[str]]] = [{} for _ in self.bands]

    def _keys(self, sig: Signature) -> list[bytes]:
        raw = sig.hashvalues.astype(np.uint32, copy=False).tobytes()
        return [raw[start:end] for start, end in self.bands]

    def query(self, sig: Signature) -> set[str]:
        return {key for table, band in zip(self.tables, self._keys(sig)) for key in table.get(band, ())}

    def insert(self, sig: Signature) -> None:
        for table, band in zip(self.tables, self._keys(sig)):
            table.setdefault(band, []).append(sig.article_id)


def find_near_duplicates(signatures: Sequence[Signature], threshold: float = THRESHOLD) -> list[NearDuplicate]:
    """In order: each signature either joins the originals or is a copy of the most similar earlier one."""
    index = _BandIndex()
    originals: dict[str, Signature] = {}
    copies: list[NearDuplicate] = []
    for sig in signatures:
        best: tuple[float, str] | None = None
        if sig.shingles >= MIN_SHINGLES:
            for candidate in index.query(sig):
                score = similarity(sig, originals[candidate])
                if score >= threshold and (best is None or (score, candidate) > best):
                    best = (score, candidate)
        if best is not None:
            copies.append(NearDuplicate(sig.article_id, best[1], round(best[0], 4)))
            continue
        if sig.shingles >= MIN_SHINGLES:
            index.insert(sig)
        originals[sig.article_id] = sig
    return copies


# --- in the dataset ---------------------------------------------------------------------------------


def _article_text(title: str | None, body: str | None) -> str:
    return "\n".join(part for part in (title, body) if part)


def store_signatures(conn: sqlite3.Connection) -> int:
    """Hash the stored originals (``duplicate_of IS NULL``) that have no signature yet; returns how many."""
    rows = conn.execute(
        "SELECT a.article_id, a.title, a.body FROM articles a LEFT JOIN article_minhash m USING (article_id) "
        "WHERE a.duplicate_of IS NULL AND m.article_id IS NULL"
    ).fetchall()
    for article_id, title, body in rows:
        sig = signature_of(article_id, _article_text(title, body))
        conn.execute(
            "INSERT INTO article_minhash (article_id, shingles, signature) VALUES (?, ?, ?)",
            (article_id, sig.shingles, sig.hashvalues.tobytes()),
        )
    return len(rows)


def load_signatures(conn: sqlite3.Connection) -> list[Signature]:
    """Every stored signature, in the order the articles were stored (the first of a story is its original)."""
    rows = conn.execute(
        "SELECT m.article_id, m.shingles, m.signature FROM article_minhash m JOIN articles a USING (article_id) "
        "WHERE a.duplicate_of IS NULL ORDER BY a.rowid"
    )
    return [Signature(aid, count, np.frombuffer(blob, dtype=np.uint32)) for aid, count, blob in rows]


def refresh_near_duplicates(conn: sqlite3.Connection, threshold: float = THRESHOLD) -> int:
    """Recompute ``near_duplicate_of`` and ``near_duplicate_similarity`` of every article; returns the copies.

    Runs inside the caller's transaction (the build's last one).
    """
    hashed = store_signatures(conn)
    copies = find_near_duplicates(load_signatures(conn), threshold)
    conn.execute(
        "UPDATE articles SET near_duplicate_of = NULL, near_duplicate_similarity = NULL "
        "WHERE near_duplicate_of IS NOT NULL"
    )
    conn.executemany(
        "UPDATE articles SET near_duplicate_of = ?, near_duplicate_similarity = ? WHERE article_id = ?",
        [(c.original_id, c.similarity, c.article_id) for c in copies],
    )
    log.info("near duplicates: %d articles hashed, %d copies", hashed, len(copies))
    return len(copies)


def pairs(conn: sqlite3.Connection) -> Iterable[tuple[str, str, float]]:
    """(copy, original, similarity) of the dataset."""
    return conn.execute(
        "SELECT article_id, near_duplicate_of, near_duplicate_similarity FROM articles "
        "WHERE near_duplicate_of IS NOT NULL ORDER BY rowid"
    ).fetchall()


__all__ = [
    "NUM_PERM", "NearDuplicate", "SHINGLE_WORDS", "Signature", "THRESHOLD", "find_near_duplicates",
    "load_signatures", "refresh_near_duplicates", "shingle_hashes", "shingles", "signature_of", "similarity",
    "store_signatures",
]
