"""Near-duplicate articles (pipeline.dataset.copies): a syndicated copy is found and counted once."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, copy_built_corpus
from pipeline.build.incremental import build
from pipeline.clean.text_page import clean_page
from pipeline.dataset import Dataset
from pipeline.dataset.copies import (
    NUM_PERM, SCHEME, SEED, THRESHOLD, find_near_duplicates, shingles, signature_of, similarity,
)
from pipeline.ingest.files import read_page

SEEDS = sorted(CORPUS.glob("*.txt"))
THANH_XUAN_PAGE = ROOT / "tests" / "fixtures" / "laodongthudo" / "article_thanh_xuan.html"


def article_text(path: Path) -> str:
    article = clean_page(read_page(path))
    return "\n".join((article.title, article.body))


def syndicated_copy(
    path: Path, url: str, added: str = "Bài viết được đăng lại từ Báo Lao động Thủ đô, cơ quan của Liên đoàn Lao động thành phố Hà Nội."
) -> str:
    """A seed page as an aggregator republishes it: another URL, one line added in the body."""
    raw = path.read_text(encoding="utf-8")
    blocks = (raw.split("\n\n", 1)[1] if raw.startswith("URL:") else raw).split("\n\n")
    blocks.insert(5, added)
    return f"URL: {url}\n\n" + "\n\n".join(blocks)


def test_a_copy_with_one_added_line_is_similar_and_other_stories_are_not():
    texts = [article_text(p) for p in SEEDS]
    signatures = [signature_of(str(i), t) for i, t in enumerate(texts)]
    copy = signature_of("copy", texts[2] + "\nTheo Báo Lao động Thủ đô")
    assert similarity(signatures[2], copy) >= 0.95
    for a in range(len(signatures)):
        for b in range(a + 1, len(signatures)):
            assert similarity(signatures[a], signatures[b]) < THRESHOLD, (SEEDS[a].name, SEEDS[b].name)


def test_a_signature_is_datasketchs_own_minhash_of_the_shingles_so_stored_signatures_stay_comparable():
    from datasketch import MinHash

    text = article_text(SEEDS[0])
    by_datasketch = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)  # its default SHA-1 hash of each shingle
    by_datasketch.update_batch(sorted(shingles(text)))
    assert (signature_of("a", text).hashvalues == by_datasketch.hashvalues.astype("uint32")).all()


def test_the_real_pair_an_excerpt_and_its_full_page_is_found():
    excerpt = signature_of("seed", article_text(SEEDS[0]))
    page = signature_of("page", article_text(THANH_XUAN_PAGE))
    assert similarity(excerpt, page) >= THRESHOLD
    others = [signature_of(p.name, article_text(p)) for p in SEEDS[1:]]
    found = find_near_duplicates([excerpt, *others, page])
    assert [(c.article_id, c.original_id) for c in found] == [("page", "seed")]


def test_the_band_index_gives_the_candidates_of_datasketchs_lsh():
    # speed: the build's own banding replaced MinHashLSH's query and insert (a MinHash per signature, a call per band);
    # the candidates must be the same sets, or other copies would be found
    from datasketch import MinHash, MinHashLSH

    from pipeline.dataset.copies import CANDIDATE_JACCARD, _BandIndex

    texts = [article_text(p) for p in SEEDS]
    signatures = [signature_of(str(i), t) for i, t in enumerate(texts)]
    signatures += [signature_of(f"{i}-cut", t[: len(t) * (2 + i % 3) // 5] + "\nẢnh: T.P") for i, t in enumerate(texts)]
    lsh, index = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM), _BandIndex()
    shared = 0
    for sig in signatures:
        minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=sig.hashvalues)
        expected = set(lsh.query(minhash))
        assert index.query(sig) == expected, sig.article_id
        shared += bool(expected)
        lsh.insert(sig.article_id, minhash)
        index.insert(sig)
    assert shared >= len(texts)  # each cut finds its full text at least


def test_the_first_stored_is_the_original_and_short_texts_are_never_copies():
    text = article_text(SEEDS[1])
    first, second = signature_of("first", text), signature_of("second", text + "\nẢnh: T.P")
    assert [(c.article_id, c.original_id) for c in find_near_duplicates([first, second])] == [("second", "first")]
    tiny = [signature_of("a", "Lao động giỏi"), signature_of("b", "Lao động giỏi")]
    assert find_near_duplicates(tiny) == []


@pytest.fixture(scope="module")
def with_copy(tmp_path_factory, built_corpus, extraction_resources):
    """The five seeds plus a copy of seed 003 republished elsewhere with one line added (the session's build of
    the seeds, copied, and the copy built into it); and the seeds alone."""
    folder, db = copy_built_corpus(built_corpus, tmp_path_factory.mktemp("copies"))
    (folder / "900_baomoi_copy.txt").write_text(
        syndicated_copy(SEEDS[3], "https://baomoi.com/phat-dong-phong-trao-thi-dua-ba-dinh/c/123.epi"), encoding="utf-8"
    )
    summary = build([folder], db, resources=extraction_resources)
    assert (summary.new, summary.unchanged, summary.failed) == (1, 5, 0)
    return db, built_corpus.db


def test_the_copy_is_stored_with_its_original_and_similarity(with_copy):
    db, _ = with_copy
    ds = Dataset(db)
    copies = ds.copies()
    assert len(copies) == 1
    row = copies.iloc[0]
    assert row.copy_source == "baomoi.com"
    assert row.original_title == ds.query(
        "SELECT title FROM articles WHERE raw_path LIKE '%003_e6e448618ba3aafd.txt'"
    ).title[0]
    assert THRESHOLD <= row.similarity <= 1


def test_views_and_the_api_count_each_story_once(with_copy):
    db, plain = with_copy
    ds, alone = Dataset(db), Dataset(plain)
    assert len(ds.activities()) == len(alone.activities()) > 0
    assert len(ds.activities(include_copies=True)) > len(ds.activities())
    assert ds.campaigns().set_index("campaign").articles.to_dict() == alone.campaigns().set_index("campaign").articles.to_dict()
    assert ds.campaigns(include_copies=True).articles.sum() > ds.campaigns().articles.sum()
    by_year = ds.campaigns_by_year().set_index(["campaign", "year"]).articles
    assert by_year.to_dict() == alone.campaigns_by_year().set_index(["campaign", "year"]).articles.to_dict()
    assert len(ds.articles()) == 5 and len(ds.articles(include_copies=True)) == 6
    assert ds.table("most_active_organizations").activities.sum() == alone.table("most_active_organizations").activities.sum()


def test_a_rebuild_keeps_the_copies_and_hashes_nothing_again(with_copy, tmp_path):
    db, _ = with_copy
    target = tmp_path / "again.sqlite"
    shutil.copy(db, target)
    from pipeline.dataset.copies import refresh_near_duplicates, store_signatures
    from pipeline.dataset.schema import connect

    conn = connect(target)
    try:
        assert store_signatures(conn) == 0
        assert refresh_near_duplicates(conn) == 1
    finally:
        conn.close()
