"""The analyst's dataset: canonical campaigns and organizations, views, corrections, the pandas API.

Facts are written by hand (``Store.put`` of hand-made ``Processed`` records) so that each view's rows
are known exactly; a real build of ``corpus/`` then checks the same mechanics on extracted facts.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.build.incremental import build
from pipeline.dataset.canonical import correct_campaign, refresh, uncorrect_campaign
from pipeline.dataset.api import Dataset, DatasetError, open_dataset
from pipeline.ingest.files import parse_text_page
from pipeline.build.process import process_page
from pipeline.records import Activity, Campaign, DateMention, Facts, Figure, Organization, Processed, Span
from pipeline.dataset.views import VIEWS
from pipeline.dataset.store import Store
from pipeline.dataset.query import run_query
from pipeline.text import match_key

from conftest import CORPUS

VERSION = "test-dataset"

ARTICLE_A = """URL: https://laodongthudo.vn/so-ket-2021.html
Published: 2021-07-02

Ba Đình sơ kết phong trào thi đua

Ngày 30/6/2021, Liên đoàn Lao động quận Ba Đình sơ kết phong trào thi đua "Lao động giỏi, lao động sáng tạo" với 120 sáng kiến được công nhận.

Công đoàn cơ sở Trường Tiểu học Kim Đồng trực thuộc Liên đoàn Lao động quận Ba Đình tổng kết phong trào thi đua "Giỏi việc nước, đảm việc nhà" năm 2021.

Các công đoàn cơ sở hưởng ứng "Tuần lễ quốc gia về an toàn vệ sinh lao động, phòng chống cháy nổ".
"""

ARTICLE_B = """URL: https://laodong.vn/tong-ket-2021.html
Published: 2022-01-10

Thanh Xuân tổng kết năm 2021

Năm 2021, Liên đoàn Lao động quận Thanh Xuân tổng kết phong trào thi đua "Lao động giỏi - Lao động sáng tạo", trao thưởng gần 700 triệu đồng.

Năm 2020, Liên đoàn Lao động quận Thanh Xuân phát động phong trào thi đua "Lao động giỏi – lao động sáng tạo".

Liên đoàn Lao động quận Thanh Xuân triển khai "Tuần Lễ Quốc gia An toàn vệ sinh lao động - Phòng chống cháy nổ".
"""

BA_DINH = "Liên đoàn Lao động quận Ba Đình"
THANH_XUAN = "Liên đoàn Lao động quận Thanh Xuân"
KIM_DONG = "Công đoàn cơ sở Trường Tiểu học Kim Đồng"
LDG = "Lao động giỏi, lao động sáng tạo"
GVN = "Giỏi việc nước, đảm việc nhà"
WEEK_A = "Tuần lễ quốc gia về an toàn vệ sinh lao động, phòng chống cháy nổ"
WEEK_B = "Tuần Lễ Quốc gia An toàn vệ sinh lao động - Phòng chống cháy nổ"


def _processed(text: str, source: str, resources, facts_of) -> Processed:
    processed = process_page(parse_text_page(text, source), resources)
    article, sentences = processed.article, processed.sentences

    def span(surface: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = article.text.index(surface, start + 1)
        index = next(s.index for s in sentences if s.start <= start < s.end)
        return Span(index, start, start + len(surface), surface)

    return Processed(article=article, sentences=sentences, facts=facts_of(span), content_hash=processed.content_hash)


def article_a(resources) -> Processed:
    def facts(span):
        return Facts(
            campaigns=(
                Campaign(LDG, "movement", match_key(LDG), (span(LDG),)),
                Campaign(GVN, "movement", match_key(GVN), (span(GVN),)),
                Campaign(WEEK_A, "event", match_key(WEEK_A), (span(WEEK_A),)),
            ),
            organizations=(
                Organization(BA_DINH, BA_DINH, "federation", "quận Ba Đình", None, (span(BA_DINH), span(BA_DINH, 1))),
                Organization(KIM_DONG, KIM_DONG, "grassroots_union", None, BA_DINH, (span(KIM_DONG),)),
            ),
            dates=(
                DateMention("30/6/2021", "2021-06-30", "2021-06-30", "2021-06-30", "day", span("30/6/2021")),
                DateMention("năm 2021", "2021", "2021-01-01", "2021-12-31", "year", span("năm 2021")),
            ),
            figures=(Figure("120 sáng kiến", 120, "sáng kiến", "count", None, span("120 sáng kiến")),),
            activities=(
                Activity(LDG, "review", BA_DINH, "2021-06-30", ("120 sáng kiến",), span("sơ kết phong trào thi đua")),
                Activity(GVN, "review", KIM_DONG, "2021", (), span("tổng kết phong trào thi đua")),
            ),
        )

    return _processed(ARTICLE_A, "a.txt", resources, facts)


def article_b(resources) -> Processed:
    variant, other = "Lao động giỏi - Lao động sáng tạo", "Lao động giỏi – lao động sáng tạo"

    def facts(span):
        return Facts(
            campaigns=(
                Campaign(variant, "movement", match_key(variant), (span(variant), span(other))),
                Campaign(WEEK_B, "event", match_key(WEEK_B), (span(WEEK_B),)),
            ),
            organizations=(
                Organization(THANH_XUAN, THANH_XUAN, "federation", "quận Thanh Xuân", None,
                             (span(THANH_XUAN), span(THANH_XUAN, 1))),
            ),
            dates=(
                DateMention("Năm 2021", "2021", "2021-01-01", "2021-12-31", "year", span("Năm 2021")),
                DateMention("Năm 2020", "2020", "2020-01-01", "2020-12-31", "year", span("Năm 2020")),
            ),
            figures=(Figure("gần 700 triệu đồng", 700_000_000, "VND", "money", "gần", span("gần 700 triệu đồng")),),
            activities=(
                Activity(variant, "review", THANH_XUAN, "2021", ("gần 700 triệu đồng",), span("tổng kết phong trào thi đua")),
                Activity(variant, "launch", THANH_XUAN, "2020", (), span("phát động phong trào thi đua")),
                Activity(WEEK_B, "implement", THANH_XUAN, None, (), span("triển khai")),
            ),
        )

    return _processed(ARTICLE_B, "b.txt", resources, facts)


@pytest.fixture
def db(tmp_path, extraction_resources) -> Path:
    path = tmp_path / "thidua.sqlite"
    with Store(path) as store:
        run_id = store.start_run(VERSION, ["a.txt", "b.txt"])
        with store.transaction():
            store.put(article_a(extraction_resources), VERSION, run_id, "a.txt")
            store.put(article_b(extraction_resources), VERSION, run_id, "b.txt")
            refresh(store.conn)  # what every build does last
    return path


# The question of the issue, in one query on activity_view (also in the README).
REVIEWED_IN_2021 = """
SELECT organization, date, figures, title, url
FROM activity_view
WHERE campaign = 'Lao động giỏi, lao động sáng tạo' AND action = 'review' AND year = '2021'
ORDER BY organization
"""


def test_which_organizations_reviewed_a_campaign_in_2021_with_what_figures(db):
    columns, rows = run_query(db, REVIEWED_IN_2021)
    assert columns == ["organization", "date", "figures", "title", "url"]
    assert rows == [
        (BA_DINH, "2021-06-30", "120 sáng kiến", "Ba Đình sơ kết phong trào thi đua",
         "https://laodongthudo.vn/so-ket-2021.html"),
        (THANH_XUAN, "2021", "gần 700 triệu đồng", "Thanh Xuân tổng kết năm 2021", "https://laodong.vn/tong-ket-2021.html"),
    ]


def test_spellings_meet_in_one_canonical_campaign(db):
    # three spellings of Lao động giỏi share one key (one row); the two of the national week differ in
    # wording (two rows) and the clustering makes them one campaign
    _, rows = run_query(db, "SELECT name, canonical_name, alias_source FROM campaign_canonical ORDER BY campaign_id")
    # the most used name is canonical: WEEK_B has a mention and an activity, WEEK_A a mention only
    assert rows == [(LDG, LDG, "auto"), (GVN, GVN, "auto"), (WEEK_A, WEEK_B, "auto"), (WEEK_B, WEEK_B, "auto")]
    _, rows = run_query(db, "SELECT campaign, kind, year, articles, activities, organizations FROM campaigns_by_year")
    assert rows == [
        (LDG, "movement", "2020", 1, 1, 1),
        (LDG, "movement", "2021", 2, 2, 2),
        (GVN, "movement", "2021", 1, 1, 1),
        (WEEK_B, "event", "2021", 1, 0, 0),
        (LDG, "movement", "2022", 1, 0, 0),  # article B mentions it and is published in 2022
        (WEEK_B, "event", "2022", 1, 1, 1),  # undated activity: the article's year
    ]


def test_activity_view_has_everything_without_joins(db):
    frame = Dataset(db).table("activity_view")
    assert len(frame) == 5
    row = frame[frame.organization == KIM_DONG].iloc[0]
    assert row.campaign == GVN and row.campaign_kind == "movement" and row.action == "review"
    assert (row.year, row.year_from, row.start_date, row.end_date) == ("2021", "activity", "2021-01-01", "2021-12-31")
    assert row.parent_organization == BA_DINH
    assert row.published == "2021-07-02" and row.url == "https://laodongthudo.vn/so-ket-2021.html"
    assert row.sentence.startswith("Công đoàn cơ sở Trường Tiểu học Kim Đồng trực thuộc")
    launch = frame[frame.action == "launch"].iloc[0]
    assert launch.campaign == LDG and launch.campaign_as_written == LDG  # same key: the first spelling stored
    assert pd.isna(launch.figures) and launch.figure_count == 0
    week = frame[frame.action == "implement"].iloc[0]
    assert (week.campaign, week.campaign_as_written, week.year, week.year_from) == (WEEK_B, WEEK_B, "2022", "published")


def test_figures_by_campaign_and_most_active_organizations(db):
    ds = Dataset(db)
    figures = ds.figures_by_campaign("lao dong gioi lao dong sang tao")
    assert sorted(zip(figures.figure, figures.value, figures.unit)) == [
        ("120 sáng kiến", 120.0, "sáng kiến"), ("gần 700 triệu đồng", 700_000_000.0, "VND"),
    ]
    active = ds.most_active_organizations()
    assert list(active.organization[:3]) == [THANH_XUAN, KIM_DONG, BA_DINH]
    assert list(active.activities[:3]) == [3, 1, 1]
    assert active.set_index("organization").loc[THANH_XUAN, "campaigns"] == 2


def test_hierarchy_from_the_text_and_the_gazetteer(db):
    tree = Dataset(db).organizations().set_index("organization")
    assert tree.loc[KIM_DONG, "parent"] == BA_DINH and tree.loc[KIM_DONG, "parent_from"] == "text"
    assert tree.loc[BA_DINH, "parent_from"] == "gazetteer"
    assert tree.loc[KIM_DONG, "path"] == (
        "Tổng Liên đoàn Lao động Việt Nam > Liên đoàn Lao động thành phố Hà Nội > "
        f"{BA_DINH} > {KIM_DONG}"
    )
    assert tree.loc[KIM_DONG, "level"] == 3
    assert tree.loc["Tổng Liên đoàn Lao động Việt Nam", "level"] == 0
    # the parents only the gazetteer gave have no mention of their own
    assert tree.loc["Liên đoàn Lao động thành phố Hà Nội", "articles"] == 0


def test_api_helpers(db):
    ds = Dataset(db)
    assert set(VIEWS) <= set(ds.views())
    timeline = ds.campaign_timeline("lao động giỏi – lao động sáng tạo")
    assert list(zip(timeline.year, timeline.action, timeline.organization)) == [
        ("2020", "launch", THANH_XUAN), ("2021", "review", THANH_XUAN), ("2021", "review", BA_DINH),
    ]
    assert ds.campaign_timeline("LAO DONG GIOI, LAO DONG SANG TAO").equals(timeline)  # no diacritics typed
    assert ds.campaign_timeline("Chưa có phong trào này").empty
    assert list(ds.organization_activities("LĐLĐ quận Ba Đình".replace("LĐLĐ", "Liên đoàn Lao động")).campaign) == [LDG]
    under = ds.organization_activities(BA_DINH, include_children=True)
    assert sorted(under.organization) == [KIM_DONG, BA_DINH]
    assert list(ds.organization_children(BA_DINH).organization) == [KIM_DONG]
    assert list(ds.activities(action="review", year=2021).organization) == [BA_DINH, KIM_DONG, THANH_XUAN]
    assert list(ds.activities(campaign="giỏi việc nước đảm việc nhà").organization) == [KIM_DONG]
    campaigns = ds.campaigns().set_index("campaign")
    assert campaigns.loc[LDG, "variants"] == 1 and campaigns.loc[LDG, "activities"] == 3
    assert campaigns.loc[WEEK_B, "variants"] == 2 and campaigns.loc[WEEK_B, "written"] == f"{WEEK_A} | {WEEK_B}"
    assert list(ds.campaigns_per_month().month) == ["2021-06", "2021-07", "2022-01"]
    counts = ds.counts().set_index("name")["rows"]
    assert counts["activity_view"] == counts["activities"] == 5
    with pytest.raises(DatasetError, match="no table or view"):
        ds.table("nope")


def canonical_rows(db) -> list[tuple]:
    return run_query(db, "SELECT name, canonical_name, alias_source FROM campaign_canonical ORDER BY campaign_id")[1]


def test_an_analyst_correction_holds_and_survives_a_refresh(db):
    alias = correct_campaign(db, WEEK_A, WEEK_A)  # "a campaign of its own"
    assert alias.source == "analyst"
    assert canonical_rows(db)[2:] == [(WEEK_A, WEEK_A, "analyst"), (WEEK_B, WEEK_B, "auto")]
    with Store(db) as store, store.transaction():
        refresh(store.conn)  # what a build does
    assert canonical_rows(db)[2:] == [(WEEK_A, WEEK_A, "analyst"), (WEEK_B, WEEK_B, "auto")]
    # merging: Giỏi việc nước declared the same as Lao động giỏi (absurd, but obeyed)
    correct_campaign(db, GVN, "Lao động giỏi - Lao động sáng tạo")  # any spelling of the target
    assert canonical_rows(db)[1] == (GVN, LDG, "analyst")
    assert list(Dataset(db).campaign_timeline(GVN).organization) == [THANH_XUAN, KIM_DONG, THANH_XUAN, BA_DINH]
    assert uncorrect_campaign(db, GVN) and not uncorrect_campaign(db, GVN)
    assert list(Dataset(db).campaign_timeline(GVN).organization) == [KIM_DONG]
    assert uncorrect_campaign(db, WEEK_A)
    assert canonical_rows(db)[2:] == [(WEEK_A, WEEK_B, "auto"), (WEEK_B, WEEK_B, "auto")]


def test_reading_is_read_only_and_sees_committed_data_while_a_build_writes(db):
    ds = Dataset(db)
    with pytest.raises(DatasetError):
        ds.query("DELETE FROM articles")
    with Store(db) as store:
        store.conn.execute("BEGIN IMMEDIATE")
        store.conn.execute("DELETE FROM activities")
        assert len(ds.table("activity_view")) == 5  # the writer's transaction is not visible yet
        store.conn.execute("COMMIT")
    assert ds.table("activity_view").empty


def test_a_real_build_of_the_corpus_fills_the_views(corpus_db):
    ds = Dataset(corpus_db)
    counts = ds.counts().set_index("name")["rows"]
    assert counts["articles"] == 5
    assert counts["activity_view"] == counts["activities"]
    assert counts["campaign_aliases"] == counts["campaigns"] == counts["campaign_canonical"]
    assert counts["organization_tree"] == counts["organizations"] == len(ds.organizations())
    tree = ds.organizations().set_index("organization")
    # the seeds name these federations; the gazetteer places them
    assert tree.loc["Liên đoàn Lao động quận Thanh Xuân", "path"] == (
        "Tổng Liên đoàn Lao động Việt Nam > Liên đoàn Lao động thành phố Hà Nội > Liên đoàn Lao động quận Thanh Xuân"
    )
    assert tree.loc["Liên đoàn Lao động huyện Đan Phượng", "parent"] == "Liên đoàn Lao động thành phố Hà Nội"
    assert counts["activities"] > 0
    assert ds.activities().article_id.isin(ds.table("articles").article_id).all()


def test_the_alias_refresh_counts_uses_in_one_grouped_pass_the_same_counts(corpus_db):
    # speed: a count per campaign and per organization scanned the activities and roles (no index on their ids)
    # once for each: quadratic in the dataset's size; the grouped counts are the per-row counts
    import sqlite3

    from pipeline.dataset import canonical

    conn = sqlite3.connect(corpus_db)
    per_row = conn.execute(
        "SELECT c.key, c.name, (SELECT count(*) FROM campaign_mentions m WHERE m.campaign_id = c.campaign_id)"
        " + (SELECT count(*) FROM activities a WHERE a.campaign_id = c.campaign_id) FROM campaigns c ORDER BY c.campaign_id"
    ).fetchall()
    assert canonical._campaign_usage(conn) == per_row and any(uses > 1 for *_, uses in per_row)
    sent: list[str] = []
    conn.set_trace_callback(sent.append)
    canonical._campaign_usage(conn)
    conn.execute("SAVEPOINT t")
    canonical.refresh_organization_aliases(conn)
    conn.execute("ROLLBACK TO t")
    conn.set_trace_callback(None)
    reads = [sql for sql in sent if sql.lstrip().startswith(("SELECT", "WITH")) and "count(*)" in sql]
    assert len(reads) == 2
    for sql in reads:
        plan = " ".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "CORRELATED" not in plan, plan
    conn.close()


def test_a_correction_survives_a_real_rebuild(corpus_copy, tmp_path, extraction_resources):
    db = corpus_copy.db
    ds = Dataset(db)
    assert not ds.table("campaigns").empty  # the seeds name campaigns
    name = ds.table("campaigns").name.iloc[0]
    correct_campaign(db, name, "Một tên do người phân tích đặt")
    # rebuild: every article is read again under another path and replaced
    corpus = tmp_path / "again"
    corpus.mkdir()
    for path in CORPUS.glob("*.txt"):
        (corpus / path.name).write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert build([corpus], db, resources=extraction_resources).failed == 0
    _, rows = run_query(db, f"SELECT canonical_name, source FROM campaign_aliases WHERE alias_key = '{match_key(name)}'")
    assert rows == [("Một tên do người phân tích đặt", "analyst")]


def test_open_dataset_builds_the_corpus_when_no_db_is_given(monkeypatch, corpus_db):
    monkeypatch.setenv("THIDUA_DB", str(corpus_db))
    assert open_dataset().path == corpus_db
    monkeypatch.delenv("THIDUA_DB")
    built = open_dataset()
    assert built.path != corpus_db and len(built.table("articles")) == 5


def test_the_alias_command(db):
    from typer.testing import CliRunner

    from pipeline.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["alias", WEEK_A, WEEK_A, "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"→ {WEEK_A}" in result.output
    listed = runner.invoke(app, ["alias", "--db", str(db)])
    assert listed.exit_code == 0 and "analyst" in listed.output and "auto" not in listed.output
    assert "auto" in runner.invoke(app, ["alias", "--all", "--db", str(db)]).output
    assert runner.invoke(app, ["alias", WEEK_A, "--remove", "--db", str(db)]).exit_code == 0
    missing = runner.invoke(app, ["alias", WEEK_A, "--remove", "--db", str(db)])
    assert missing.exit_code == 1 and "no correction" in missing.output
    assert runner.invoke(app, ["alias", WEEK_A, "--db", str(db)]).exit_code == 2
    assert canonical_rows(db)[2:] == [(WEEK_A, WEEK_B, "auto"), (WEEK_B, WEEK_B, "auto")]


def test_a_parent_the_text_states_wins_over_the_gazetteer(db, extraction_resources):
    text = """URL: https://laodongthudo.vn/cum-thi-dua.html

Cụm thi đua số 1

Liên đoàn Lao động quận Ba Đình thuộc Cụm thi đua số 1 của Liên đoàn Lao động Thành phố.
"""
    cluster = "Cụm thi đua số 1"

    def facts(span):
        return Facts(organizations=(
            Organization(BA_DINH, BA_DINH, "federation", "quận Ba Đình", cluster, (span(BA_DINH),)),
            Organization(cluster, cluster, "cluster", None, None, (span(cluster, 1),)),
        ))

    with Store(db) as store:
        run_id = store.start_run(VERSION, ["c.txt"])
        with store.transaction():
            store.put(_processed(text, "c.txt", extraction_resources, facts), VERSION, run_id, "c.txt")
            refresh(store.conn)
    tree = Dataset(db).organizations().set_index("organization")
    assert (tree.loc[BA_DINH, "parent"], tree.loc[BA_DINH, "parent_from"]) == (cluster, "text")
    assert tree.loc[KIM_DONG, "path"] == f"{cluster} > {BA_DINH} > {KIM_DONG}"
    # Thanh Xuân keeps its parent by rule, so the city federation and the Confederation stay
    assert tree.loc[THANH_XUAN, "path"] == (
        f"Tổng Liên đoàn Lao động Việt Nam > Liên đoàn Lao động thành phố Hà Nội > {THANH_XUAN}"
    )
    # once nothing needs them, the parents only a rule brought in go
    with Store(db) as store, store.transaction():
        store.delete_article(Dataset(db).table("articles").query("title.str.startswith('Thanh Xuân')").article_id.iloc[0])
        store.prune()
        refresh(store.conn)
    tree = Dataset(db).organizations().set_index("organization")
    assert "Liên đoàn Lao động thành phố Hà Nội" not in tree.index
    assert "Tổng Liên đoàn Lao động Việt Nam" not in tree.index


def test_a_refresh_with_the_same_names_does_not_cluster_again(db, monkeypatch):
    import pipeline.dataset.canonical as canonical

    before = canonical_rows(db)
    monkeypatch.setattr(canonical, "cluster_keys", lambda *args, **kwargs: pytest.fail("clustered again"))
    with Store(db) as store, store.transaction():
        refresh(store.conn)
    assert canonical_rows(db) == before


def test_articles_and_activities_filter_on_relevance(corpus_db):
    """The relevance the build stores narrows articles and activities to emulation reports."""
    from pipeline.dataset.api import Dataset

    with Dataset(corpus_db) as ds:
        everything, emulation = ds.articles(), ds.articles(min_relevance=0.5)
        assert len(everything) == 5 and 0 < len(emulation) < 5
        assert list(everything.relevance) == sorted(everything.relevance, reverse=True)
        kept = ds.activities(min_relevance=0.5)
        assert 0 < len(kept) < len(ds.activities())
        assert set(kept.article_id) <= set(emulation.article_id)


# --- counts and dates that add up; canonical organizations (issue: what a new user meets) -------------

ARTICLE_C = """URL: https://baonghean.vn/tong-ket-giai-doan-2019-2024.html
Published: 2024-12-11T08:30:00+07:00

Nghệ An tổng kết phong trào thi đua giai đoạn 2019 - 2024

Ngày 10/12/2024, Công đoàn ngành Giáo dục Nghệ An tổng kết phong trào thi đua "Giỏi việc nước, đảm việc nhà" giai đoạn 2019 - 2024.

Công đoàn Giáo dục tỉnh Nghệ An khen thưởng 50 tập thể.
"""
NGHE_AN_A = "Công đoàn ngành Giáo dục Nghệ An"
NGHE_AN_B = "Công đoàn Giáo dục tỉnh Nghệ An"


def article_c(resources) -> Processed:
    def facts(span):
        return Facts(
            campaigns=(Campaign(GVN, "movement", match_key(GVN), (span(GVN),)),),
            organizations=(
                Organization(NGHE_AN_A, NGHE_AN_A, "union", "Nghệ An", None, (span(NGHE_AN_A),)),
                Organization(NGHE_AN_B, NGHE_AN_B, "union", "tỉnh Nghệ An", None, (span(NGHE_AN_B),)),
            ),
            dates=(
                DateMention("10/12/2024", "2024-12-10", "2024-12-10", "2024-12-10", "day", span("10/12/2024")),
                DateMention("2019 - 2024", "2019/2024", "2019-01-01", "2024-12-31", "range", span("2019 - 2024", 1)),
            ),
            figures=(Figure("50 tập thể", 50, "tập thể", "count", None, span("50 tập thể")),),
            activities=(
                Activity(GVN, "review", NGHE_AN_A, "2019/2024", (), span("tổng kết phong trào thi đua", 1)),
                Activity(None, "commend", NGHE_AN_B, None, ("50 tập thể",), span("khen thưởng")),
            ),
        )

    return _processed(ARTICLE_C, "c.txt", resources, facts)


@pytest.fixture
def db3(db, extraction_resources) -> Path:
    with Store(db) as store:
        run_id = store.start_run(VERSION, ["c.txt"])
        with store.transaction():
            store.put(article_c(extraction_resources), VERSION, run_id, "c.txt")
            refresh(store.conn)
    return db


def test_campaigns_count_distinct_articles_not_article_years(db3):
    ds = Dataset(db3)
    campaigns = ds.campaigns().set_index("campaign")
    # article B reports the campaign in 2020 and in 2021: one article, two years
    by_year = ds.campaigns_by_year().groupby("campaign").articles.sum()
    assert by_year[LDG] > campaigns.loc[LDG, "articles"] == 2
    assert campaigns.articles.max() <= len(ds.articles()) == 3
    # years: of its activities' spans (2020, 2021) and of its articles' publication (2021, 2022)
    assert campaigns.loc[LDG, "first_year"] == "2020" and campaigns.loc[LDG, "last_year"] == "2022"


def test_a_review_of_a_period_is_an_activity_of_every_year_it_covers(db3):
    ds = Dataset(db3)
    review = ds.activities(organization=NGHE_AN_A, action="review")
    assert review[["date", "date_start", "date_end", "year", "year_end"]].values.tolist() == [
        ["2019/2024", "2019-01-01", "2024-12-31", "2019", "2024"]
    ]
    assert json.loads(review.years[0]) == [str(y) for y in range(2019, 2025)]
    for year in (2019, 2022, 2024):
        assert NGHE_AN_A in set(ds.activities(year=year).organization_as_written), year
    assert NGHE_AN_A not in set(ds.activities(year=2025).organization_as_written)
    by_year = ds.campaigns_by_year().set_index(["campaign", "year"])
    assert by_year.loc[(GVN, "2022"), "activities"] == 1  # counted in every year of its span
    # an activity without a date of its own spans its article's day
    commend = ds.activities(action="commend")
    assert commend[["date", "date_start", "date_end", "year_from"]].values.tolist() == [
        [None, "2024-12-11", "2024-12-11", "published"]
    ]
    # the canned query of `thidua serve` filters the same way
    sql = (Path(__file__).resolve().parent.parent / "pipeline/resources/queries/activities.sql").read_text(encoding="utf-8")
    sql = "\n".join(line for line in sql.splitlines() if not line.startswith("--"))
    _, rows = run_query(db3, sql.replace(":campaign", "''").replace(":organization", "''").replace(":action", "''")
                        .replace(":year", "'2024'"))
    assert len(rows) == len(ds.activities(year=2024))


def test_published_is_the_day_and_published_at_the_timestamp(db3):
    ds = Dataset(db3)
    rows = ds.query("SELECT title, published, published_at FROM articles ORDER BY published").values.tolist()
    assert rows[-1] == ["Nghệ An tổng kết phong trào thi đua giai đoạn 2019 - 2024", "2024-12-11", "2024-12-11T08:30:00+07:00"]
    assert rows[0][1] == "2021-07-02" and pd.isna(rows[0][2])


def test_variants_of_one_organization_are_one_canonical_organization(db3):
    ds = Dataset(db3)
    canonical = ds.table("organization_canonical").set_index("name")
    assert canonical.loc[NGHE_AN_A, "canonical_key"] == canonical.loc[NGHE_AN_B, "canonical_key"]
    assert canonical.loc[NGHE_AN_A, "rule"] == "variant key: công đoàn giáo dục nghệ an"
    assert canonical.loc[BA_DINH, "canonical_key"] != canonical.loc[THANH_XUAN, "canonical_key"]
    active = ds.most_active_organizations().set_index("organization")
    merged = canonical.loc[NGHE_AN_A, "canonical_name"]
    assert active.loc[merged, "variants"] == 2 and active.loc[merged, "activities"] == 2
    assert set(ds.organization_activities(NGHE_AN_B).action) == {"review", "commend"}
    assert set(ds.activities().organization) >= {merged} and NGHE_AN_B not in set(ds.activities().organization) - {merged}


def test_a_provincial_city_stays_apart_from_its_province():
    from pipeline.dataset.canonical import organization_variant_key as key

    assert key("Liên đoàn Lao động tỉnh Thanh Hóa") == key("Liên đoàn Lao động Thanh Hóa")
    assert key("Liên đoàn Lao động thành phố Thanh Hóa") != key("Liên đoàn Lao động tỉnh Thanh Hóa")
    assert key("Liên đoàn Lao động thành phố Hà Nội") == key("Liên đoàn Lao động Hà Nội")
    assert key("Liên đoàn Lao động quận Ba Đình") != key("Liên đoàn Lao động quận Thanh Xuân")


def test_search_keeps_the_marks_typed_unless_told_to_ignore_them(corpus_db):
    """Real sentences of the seeds: "đảng" is not "đăng", "đáng" nor "dạng"; "dang" is any of them."""
    import re

    ds = Dataset(corpus_db)
    exact = ds.search("đảng", limit=None).text.tolist()
    assert exact and all(re.search(r"\bđảng\b", t, re.IGNORECASE) for t in exact)
    folded = ds.search("đảng", ignore_accents=True, limit=None).text.tolist()
    others = {w.lower() for t in folded for w in re.findall(r"\w+", t)} & {"đăng", "đáng", "dạng"}
    assert set(exact) < set(folded) and others
    assert set(ds.search("dang", limit=None).text) == set(folded)
    assert set(ds.search("ĐẢNG", limit=None).text) == set(exact)
    titles = ds.search("Thanh Xuân", table="articles").title.tolist()
    assert titles and set(titles) == set(ds.search("thanh xuan", table="articles").title)
    with pytest.raises(DatasetError, match="no search on"):
        ds.search("x", table="figures")
