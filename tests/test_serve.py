"""``thidua serve``: the dataset in Datasette — its JSON API over HTTP, and the pages in a real browser.

The server runs as a real process on 127.0.0.1 (a free port) over a dataset built from ``corpus/``.
The browser is headless Chromium from the system packages (apt: chromium, chromium-driver), driven
by Selenium; without it the browser test is skipped with that reason, except under CI where it fails.
"""
from __future__ import annotations

import asyncio
import json
import shutil

import pytest
import requests

from pipeline.serve.app import build_metadata, load_canned_queries, make_datasette
from pipeline.dataset.schema import connect_readonly
from pipeline.dataset.store import StoreError
from pipeline.text import fold_diacritics
from servers import headless_chromium, require_or_skip, serving, wait_until_replaced

THANH_XUAN_TITLES = {
    "Chú trọng triển khai các phong trào thi đua yêu nước trong công nhân viên chức lao động",
    "Nhiều giải pháp đổi mới, nâng cao chất lượng hoạt động Công đoàn",
}
BA_DINH_TITLE = "Phát động phong trào thi đua trong công nhân viên chức lao động quận Ba Đình năm 2021"


@pytest.fixture(scope="module")
def server(corpus_db, tmp_path_factory):
    with serving(corpus_db, tmp_path_factory.mktemp("serve-log") / "serve.log") as base:
        yield base


def get(base: str, path: str, **params) -> dict:
    response = requests.get(base + path, params=params, timeout=30)
    assert response.status_code == 200, response.text[:500]
    return response.json()


def titles(base: str, search: str) -> set[str]:
    data = get(base, "/thidua/articles.json", _search=search, _shape="objects", _col="title", _size="max")
    return {row["title"] for row in data["rows"]}


# --- the JSON API -------------------------------------------------------------------------------------


def test_articles_answer_a_search_typed_without_diacritics(server):
    data = get(server, "/thidua/articles.json", _search="lien doan lao dong", _shape="objects")
    assert data["database"] == "thidua" and data["table"] == "articles"
    assert data["filtered_table_rows_count"] == 5
    assert all(row["title"] and row["body"] for row in data["rows"])
    assert titles(server, "thanh xuan") == THANH_XUAN_TITLES
    assert titles(server, "ba dinh") == {BA_DINH_TITLE}
    assert titles(server, "nothing like this") == set()


def test_with_without_marks_and_with_d_or_đ_the_same_rows(server):
    expected = titles(server, "lien doan")
    assert len(expected) == 5
    for typed in ("Lien doan", "liên đoàn", "LIÊN ĐOÀN", "lien đoàn", "Liên doan"):
        assert titles(server, typed) == expected, typed
    assert titles(server, "Thanh Xuân") == titles(server, "THANH XUAN") == THANH_XUAN_TITLES
    assert titles(server, "Ba Đình") == titles(server, "ba dinh") == {BA_DINH_TITLE}


def test_sentences_campaigns_and_organizations_are_searchable(server):
    sentences = get(server, "/thidua/sentences.json", _search='"dan phuong"', _shape="objects")["rows"]
    assert sentences and all("Đan Phượng" in row["text"] for row in sentences)
    campaigns = get(server, "/thidua/campaigns.json", _search="lao dong gioi", _shape="objects")["rows"]
    assert any(row["name"].startswith("Lao động giỏi") for row in campaigns)
    organizations = get(server, "/thidua/organizations.json", _search="lien doan lao dong thanh xuan", _shape="objects")
    assert "Liên đoàn Lao động quận Thanh Xuân" in {row["name"] for row in organizations["rows"]}


def test_facets_on_the_activity_view(server):
    data = get(server, "/thidua/activity_view.json", _size="0")
    facets = data["facet_results"]
    assert {"campaign_kind", "action", "organization", "years"} <= set(facets)
    actions = {item["value"]: item["count"] for item in facets["action"]["results"]}
    assert sum(actions.values()) == data["filtered_table_rows_count"] > 0
    assert set(actions) <= {"launch", "implement", "review", "commend", "contest", "support", "other"}
    assert {"kind"} <= set(get(server, "/thidua/campaigns.json", _size="0")["facet_results"])


def test_canned_queries_for_the_analyst_views(server):
    database = get(server, "/thidua.json")
    names = {query["name"] for query in database["queries"]}
    assert {"activities", "campaign_timeline", "campaign_spellings", "most_active_organizations",
            "figures_by_campaign", "organization_tree", "search_articles", "search_sentences"} <= names
    rows = get(server, "/thidua/activities.json", campaign="lao dong gioi", _shape="objects")["rows"]
    assert rows and all("lao động giỏi" in row["campaign"].lower() for row in rows)
    everything = get(server, "/thidua/activities.json", _shape="objects")["rows"]
    assert len(everything) == get(server, "/thidua/activity_view.json", _size="0")["filtered_table_rows_count"]
    found = get(server, "/thidua/search_articles.json", q="thanh xuân", _shape="objects")["rows"]
    assert {row["title"] for row in found} == THANH_XUAN_TITLES
    nothing = get(server, "/thidua/search_articles.json", _shape="objects")["rows"]  # no q typed: no error
    assert nothing == []
    said = get(server, "/thidua/search_sentences.json", q='"ba dinh"', _shape="objects")["rows"]
    assert said and all("Ba Đình" in row["sentence"] for row in said)


def test_every_canned_query_runs_with_its_boxes_empty_or_filled(server, corpus_db):
    for query in load_canned_queries():
        assert "rows" in get(server, f"/thidua/{query.name}.json"), query.name
        filled = {name: "lao dong" for name in ("q", "campaign", "organization", "name")} | {"year": "2021"}
        assert "rows" in get(server, f"/thidua/{query.name}.json", **filled), query.name
    spellings = get(server, "/thidua/campaign_spellings.json", campaign="lao dong gioi", _shape="objects")["rows"]
    conn = connect_readonly(corpus_db)
    try:  # each spelling counts the articles that write it: every one is written somewhere
        written_in = dict(conn.execute("SELECT c.name, count(DISTINCT m.article_id) FROM campaigns c "
                                       "JOIN campaign_mentions m USING (campaign_id) GROUP BY c.campaign_id"))
    finally:
        conn.close()
    assert spellings and all(row["articles"] == written_in[row["written"]] >= 1 for row in spellings), spellings
    assert all("lao dong gioi" in fold_diacritics(row["campaign"] + " " + row["written"]).lower() for row in spellings)


def sentences_found(base: str, search: str, **extra) -> list[str]:
    data = get(base, "/thidua/sentences.json", _search=search, _shape="objects", _col="text", _size="max", **extra)
    return [row["text"] for row in data["rows"]]


def test_a_search_typed_with_diacritics_keeps_them_and_the_box_ignores_them(server):
    """Real sentences of the seeds: "đảng" finds Đảng only; unaccented or with the toggle, đăng/đáng/dạng too."""
    import re

    def words(texts: list[str]) -> set[str]:
        return {w.lower() for t in texts for w in re.findall(r"\w+", t) if w.lower() in {"đảng", "đăng", "đáng", "dạng", "đang"}}

    exact = sentences_found(server, "đảng")
    assert exact and all(re.search(r"\bđảng\b", t, re.IGNORECASE) for t in exact)
    assert sentences_found(server, "ĐẢNG") == exact  # case aside
    folded = sentences_found(server, "đảng", _accents="ignore")
    assert set(exact) < set(folded)
    assert words(folded) - {"đảng"}  # đăng, đáng, dạng … come back
    assert set(sentences_found(server, "dang")) == set(folded)  # typed without marks: every form, as before
    # the h3 says so, and the page carries the toggle
    page = requests.get(f"{server}/thidua/sentences", params={"_search": "đảng"}, timeout=30).text
    assert "diacritics as typed" in page and "thidua-accents" in page and "ignore diacritics" in page


def test_json_is_readable_utf8(server):
    response = requests.get(f"{server}/thidua/organizations.json", params={"_shape": "array", "_col": "name"}, timeout=30)
    assert response.headers["content-type"].startswith("application/json")
    body = response.content.decode("utf-8")
    assert "Liên đoàn Lao động" in body and "\\u" not in body
    assert int(response.headers["content-length"]) == len(response.content)
    assert response.json() == json.loads(body)


def test_the_years_facet_counts_an_activity_in_every_year_of_its_span(server):
    data = get(server, "/thidua/activity_view.json", _size="max", _shape="objects", _col="years")
    spans = [json.loads(row["years"]) for row in data["rows"]]
    facet = {item["value"]: item["count"] for item in data["facet_results"]["years"]["results"]}
    for year, count in facet.items():
        assert count == sum(year in span for span in spans)


def test_sql_functions_fold_and_match_query(server):
    data = get(server, "/thidua.json", sql="select fold('Liên đoàn Đống Đa') as f, match_query('ĐOÀN viên') as q",
               _shape="objects")
    assert data["rows"] == [{"f": "Lien doan Dong Da", "q": '"DOAN" "vien"'}]


def test_it_is_read_only(server, corpus_db):
    for sql in ("delete from articles", "update campaigns set name = 'x'", "pragma user_version = 9"):
        response = requests.get(f"{server}/thidua.json", params={"sql": sql}, timeout=30)
        assert response.status_code >= 400, sql
    assert get(server, "/thidua/articles.json", _size="0")["filtered_table_rows_count"] == 5
    datasette = make_datasette(corpus_db)
    with pytest.raises(StoreError, match="read-only"):
        asyncio.run(datasette.get_database("thidua").execute_write("delete from articles"))


def test_metadata_follows_what_the_dataset_holds(corpus_db):
    metadata = build_metadata(corpus_db)
    tables = metadata["databases"]["thidua"]["tables"]
    assert tables["articles"]["fts_table"] == "articles_search"
    assert tables["activity_view"]["facets"] == ["campaign_kind", "action", "organization", {"array": "years"}]
    queries = load_canned_queries()
    assert all(query.sql and query.title and query.requires for query in queries)
    assert set(metadata["databases"]["thidua"]["queries"]) == {query.name for query in queries}


def test_serve_without_a_dataset_is_one_clear_error(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "thidua build" in result.stderr


# --- in a real browser ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Headless Chromium for the served pages."""
    yield from headless_chromium(tmp_path_factory, "1280,1400")


def search_in_the_page(driver, text: str) -> None:
    from selenium.webdriver.common.by import By

    box = driver.find_element(By.CSS_SELECTOR, "input[name=_search]")
    box.clear()
    box.send_keys(text)
    old = driver.find_element(By.TAG_NAME, "html")
    box.submit()
    wait_until_replaced(driver, old)


def shown_titles(driver) -> set[str]:
    from selenium.webdriver.common.by import By

    return {cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "table.rows-and-columns td.col-title")}


@pytest.mark.slow
def test_a_person_searches_articles_without_diacritics_in_chromium(server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/thidua/articles")
    assert browser.find_element(By.TAG_NAME, "h1").text == "articles"
    assert browser.find_element(By.CSS_SELECTOR, "h3").text.startswith("5 rows")
    assert len(shown_titles(browser)) == 5

    search_in_the_page(browser, "lien doan lao dong")
    assert "_search=lien+doan+lao+dong" in browser.current_url
    assert browser.find_element(By.CSS_SELECTOR, "h3").text.startswith('5 rows where search matches "lien doan lao dong"')
    assert len(shown_titles(browser)) == 5

    search_in_the_page(browser, "thanh xuan")
    assert browser.find_element(By.CSS_SELECTOR, "h3").text.startswith('2 rows where search matches "thanh xuan"')
    assert shown_titles(browser) == THANH_XUAN_TITLES
    assert "Liên đoàn Lao động quận Thanh Xuân" in browser.find_element(By.TAG_NAME, "body").text
    browser.save_screenshot(str(tmp_path / "thanh-xuan.png"))

    search_in_the_page(browser, "Ba Đình")  # typed with the marks: the same article as "ba dinh"
    assert shown_titles(browser) == {BA_DINH_TITLE}


@pytest.mark.slow
def test_a_person_ticks_ignore_diacritics_in_chromium(server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/thidua/sentences")
    search_in_the_page(browser, "đảng")
    exact = browser.find_element(By.CSS_SELECTOR, "h3").text
    assert "diacritics as typed" in exact
    box = browser.find_element(By.ID, "thidua-accents")
    assert box.is_displayed() and not box.is_selected()
    box.click()
    search_in_the_page(browser, "đảng")
    assert "_accents=ignore" in browser.current_url
    assert browser.find_element(By.ID, "thidua-accents").is_selected()
    folded = browser.find_element(By.CSS_SELECTOR, "h3").text
    assert int(folded.split()[0]) > int(exact.split()[0])
    browser.save_screenshot(str(tmp_path / "ignore-diacritics.png"))


@pytest.mark.slow
def test_a_person_uses_a_canned_query_and_a_facet_in_chromium(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/thidua/activities")
    field = browser.find_element(By.CSS_SELECTOR, "input[name=campaign]")
    field.send_keys("lao dong gioi")
    old = browser.find_element(By.TAG_NAME, "html")
    field.submit()
    wait_until_replaced(browser, old)
    campaigns = {cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "td.col-campaign")}
    assert campaigns and all("lao động giỏi" in name.lower() for name in campaigns)

    browser.get(f"{server}/thidua/activity_view")
    facet_titles = {element.text.split()[0] for element in browser.find_elements(By.CSS_SELECTOR, ".facet-info p.facet-info-name strong")}
    assert {"campaign_kind", "action", "organization", "years"} <= facet_titles


@pytest.mark.slow
def test_chromium_dump_dom_of_a_search_url(server, tmp_path):
    """The same search as a newcomer would paste it: the page Chromium renders lists the two articles."""
    import subprocess

    require_or_skip(shutil.which("chromium") is not None, "needs chromium from the system packages for --dump-dom")
    url = f"{server}/thidua/articles?_search=thanh+xuan"
    dom = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--dump-dom", url],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout
    assert '2 rows where search matches "thanh xuan"' in dom.replace("&quot;", '"')
    for title in THANH_XUAN_TITLES:
        assert title in dom


def test_serve_on_a_busy_port_is_one_clear_error(corpus_db):
    import socket

    from typer.testing import CliRunner

    from pipeline.cli import app

    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--db", str(corpus_db), "--port", str(port)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: cannot listen on 127.0.0.1:{port}") and "--port" in result.stderr
