"""The analyst's workbench of ``thidua serve``: article pages, links from every fact row, the dashboard, the
report, and corrections — over HTTP against a real server process, and in headless Chromium as a person uses it.

Real data: the five seed articles of ``corpus/``, plus one article whose text holds ``<script>`` markup.
The server runs as ``thidua serve`` on 127.0.0.1 (``tests/servers.py``).
"""
from __future__ import annotations

import html
import json
import re
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
import requests
from typer.testing import CliRunner

from conftest import copy_built_corpus
from pipeline.build.incremental import build
from pipeline.cli import app
from pipeline.dataset.corrections import article_text, list_corrections
from pipeline.dataset.schema import connect, connect_readonly
from pipeline.serve.charts import CHARTS, _plain_sql, dashboard_config
from pipeline.serve.workbench import highlighted_text
from servers import THIDUA, chromium_paths, free_port, headless_chromium, require_or_skip, serving, wait_until_replaced

TOKEN = "workbench-test-token-0123"
BA_DINH = "003_e6e448618ba3aafd"
BA_DINH_ORG = "Liên đoàn Lao động quận Ba Đình"
SCRIPT_PAGE = """URL: https://example.org/bai-viet-co-script
Published: 2024-03-08

Thử nghiệm <script>window.__pwned = 1; document.title = "pwned"</script> trong bài

(LĐTĐ) Liên đoàn Lao động quận Hoàn Kiếm phát động phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2024 <img src=x onerror="window.__pwned = 2">.

Bài viết có đoạn <b>in đậm</b> & ký tự "đặc biệt" </div> để thử.
"""


def make_dataset(root: Path, built_corpus, resources) -> tuple[Path, Path]:
    """A copy of the session's built corpus, and the page with markup built into it."""
    inputs, db = copy_built_corpus(built_corpus, root)
    (inputs / "900_script.txt").write_text(SCRIPT_PAGE, encoding="utf-8")
    summary = build([inputs], db, resources=resources)
    assert (summary.failed, summary.new, summary.unchanged) == (0, 1, 5)
    return inputs, db


@pytest.fixture(scope="module")
def workbench(tmp_path_factory, built_corpus, extraction_resources):
    """A dataset and `thidua serve --corrections --token …` over it (the tests here write corrections)."""
    root = tmp_path_factory.mktemp("workbench")
    inputs, db = make_dataset(root, built_corpus, extraction_resources)
    with serving(db, root / "serve.log", args=("--corrections",), env={"THIDUA_TOKEN": TOKEN}) as base:
        yield base, inputs, db


@pytest.fixture(scope="module")
def read_only(tmp_path_factory, built_corpus, extraction_resources):
    root = tmp_path_factory.mktemp("workbench-ro")
    _, db = make_dataset(root, built_corpus, extraction_resources)
    with serving(db, root / "serve.log") as base:
        yield base, db


def aid_of(db: Path, stem: str) -> str:
    conn = connect_readonly(db)
    try:
        return conn.execute("SELECT article_id FROM articles WHERE raw_path LIKE ?", (f"%{stem}%",)).fetchone()[0]
    finally:
        conn.close()


def page(base: str, path: str, **kwargs) -> str:
    response = requests.get(base + path, timeout=30, **kwargs)
    assert response.status_code == 200, response.text[:300]
    return response.text


def marks(document: str) -> list[tuple[str, str, str]]:
    """(fact kind, anchor, text) of every highlighted fact of an article page."""
    found = re.findall(r'<mark (?:id="[^"]+" )?class="fact fact-(\w+)" data-anchor="([^"]+)"[^>]*>(.*?)</mark>', document, re.S)
    return [(kind, anchor, html.unescape(re.sub(r"<[^>]+>", "", text))) for kind, anchor, text in found]


# --- the article page ---------------------------------------------------------------------------------


def test_the_article_page_highlights_every_fact_from_its_span(workbench):
    base, _, db = workbench
    aid = aid_of(db, BA_DINH)
    document = page(base, f"/-/thidua/article/{aid}")
    conn = connect_readonly(db)
    text = article_text(conn, aid)
    expected = set()
    for kind, table in (("campaign", "campaign_mentions"), ("organization", "organization_mentions"),
                        ("person", "person_roles"), ("date", "dates"), ("figure", "figures")):
        for start, end in conn.execute(f"SELECT start, end FROM {table} WHERE article_id = ?", (aid,)):
            expected.add((kind, f"m{start}-{end}", text[start:end]))
    sentences = conn.execute("SELECT count(*) FROM sentences WHERE article_id = ?", (aid,)).fetchone()[0]
    activities = conn.execute("SELECT activity_id, sentence_index FROM activities WHERE article_id = ?", (aid,)).fetchall()
    conn.close()
    shown = {(kind, anchor): text for kind, anchor, text in marks(document)}
    assert len(expected) > 10
    for kind, anchor, words in expected:  # each fact marked at its span (cut short only where a sentence ends)
        assert (kind, anchor) in shown, (kind, anchor, words)
        assert words.startswith(shown[(kind, anchor)]) and shown[(kind, anchor)], (kind, anchor, words)
    assert sum(shown[(k, a)] == w for k, a, w in expected) >= len(expected) - 2
    assert {kind for kind, _ in shown} >= {"campaign", "organization", "person", "date", "figure"}
    assert len(re.findall(r'<span class="sentence" id="s\d+"', document)) == sentences
    for activity_id, sentence_index in activities:  # each activity beside the text, linked to its sentence
        item = re.search(rf'<li id="a{activity_id}" class="activity" data-sentence="{sentence_index}">\s*'
                         rf'<a class="to-sentence" href="#s{sentence_index}">', document)
        assert item, activity_id
    assert '<dd id="published">2021-01-19</dd>' in document
    assert re.search(r'<dd id="relevance">0\.\d\d \(judged (not )?relevant\)</dd>', document)
    assert 'id="near-duplicates">none found' in document
    # the visible text is the article's text: tags stripped and entities read, character for character
    body = re.search(r'<div class="thidua-text" id="article-text"[^>]*>(.*?)</div>\n\n<div class="thidua-side">', document, re.S)
    assert html.unescape(re.sub(r"<[^>]+>", "", body.group(1))) == text


def test_a_page_with_script_in_its_text_shows_it_as_text(workbench):
    base, _, db = workbench
    aid = aid_of(db, "900_script")
    document = page(base, f"/-/thidua/article/{aid}")
    assert "&lt;script&gt;window.__pwned = 1" in document
    assert "<script>window.__pwned" not in document and "<img src=x" not in document
    assert "&lt;img src=x onerror=" in document
    assert "&lt;/div&gt;" in document
    assert '<a href="https://example.org/bai-viet-co-script" rel="noopener noreferrer nofollow" id="source-url">' in document


def test_highlighting_nests_or_cuts_overlapping_spans_and_escapes():
    text = "ab <c> de fg"
    out = str(highlighted_text(text, [(0, 0, 6), (1, 7, 12)], [
        {"fact": "campaign", "label": "x", "row": 1, "start": 0, "end": 9},  # crosses the sentence end: cut at 6
        {"fact": "figure", "label": "<y>", "row": 2, "start": 3, "end": 6},
        {"fact": "date", "label": "z", "row": 3, "start": 10, "end": 12},
    ]))
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert out.count("<mark") == out.count("</mark>") == 3 and out.count("<span") == out.count("</span>") == 2
    assert "&lt;c&gt;" in out and 'title="figure: &lt;y&gt;"' in out
    assert out.startswith('<span class="sentence" id="s0" data-start="0"><mark id="m0-9" class="fact fact-campaign"')


def test_every_fact_row_links_to_its_place_on_the_article_page(workbench):
    base, _, db = workbench
    pages: dict[str, str] = {}
    for table in ("activity_view", "campaign_mentions", "organization_mentions", "person_roles", "people",
                  "dates", "figures"):
        document = page(base, f"/thidua/{table}", params={"_size": "max"})
        rows = document.count("<tr>") - 1
        links = re.findall(r'<a class="thidua-in-context" href="(/-/thidua/article/[^"#]+)#([^"]+)"', document)
        assert rows > 0 and len(links) == rows, (table, rows, len(links))
        for path, anchor in links:
            target = pages.setdefault(path, page(base, path))
            assert f'id="{anchor}"' in target, (table, path, anchor)


def test_article_page_errors_are_one_line(workbench):
    base, _, db = workbench
    response = requests.get(f"{base}/-/thidua/article/0000000000000000", timeout=30)
    assert response.status_code == 404 and response.text == "error: no article '0000000000000000'\n"


# --- the dashboard and the report -------------------------------------------------------------------------


def test_the_dashboard_charts_and_the_rows_behind_them(workbench):
    base, _, db = workbench
    document = page(base, "/-/dashboards/thidua")
    for chart in CHARTS:
        assert html.escape(chart.title, quote=False) in document
    assert "Province or place" in document and "Under the body" in document
    config = dashboard_config()["thidua"]
    for chart in CHARTS:
        rows = requests.get(f"{base}/thidua.json", params={"sql": _plain_sql(chart.sql), "_shape": "objects"},
                            timeout=30).json()["rows"]
        assert rows, chart.slug
        assert config["charts"][chart.slug]["display"]["encoding"]["href"] == {"field": "rows"}
        first = rows[0]
        behind = requests.get(base + first["rows"].replace("?", ".json?", 1), params={"_size": "0"}, timeout=30).json()
        count = behind["filtered_table_rows_count"]
        value = first.get("activities") if chart.slug != "top-campaigns" else None
        if chart.slug == "relevance":
            value = first["articles"]
        if value is not None:
            assert count == value, (chart.slug, first)
        else:
            assert count == 1  # one campaigns_by_year row: the campaign in that year
    # the dashboard with a filter chosen
    under = requests.get(f"{base}/-/dashboards/thidua", params={"parent": "Liên đoàn Lao động thành phố Hà Nội"}, timeout=30)
    assert under.status_code == 200


def test_organization_filters_by_parent_and_province(workbench):
    _, _, db = workbench
    chart = next(c for c in CHARTS if c.slug == "most-active-organizations")
    conn = connect_readonly(db)
    try:
        def run(**params):  # as the dashboard runs it: the plugin keeps the [[ … ]] parts whose filter is set
            from datasette_dashboards import replace_opts_in_query

            return {row[0] for row in conn.execute(replace_opts_in_query(chart.sql, params), params)}

        everything = run()
        under_hanoi = run(parent="Liên đoàn Lao động thành phố Hà Nội")
        thanh_xuan = run(province="quận Thanh Xuân")
    finally:
        conn.close()
    assert "Liên đoàn Lao động quận Thanh Xuân" in under_hanoi < everything
    assert "Liên đoàn Lao động thành phố Hà Nội" not in under_hanoi
    assert thanh_xuan == {"Liên đoàn Lao động quận Thanh Xuân"}


def test_thidua_report_writes_one_page_with_the_charts(workbench, tmp_path):
    _, _, db = workbench
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    document = out.read_text(encoding="utf-8")
    images = re.findall(r'<img alt="([^"]+)" src="data:image/png;base64,([A-Za-z0-9+/=]+)">', document)
    assert [title for title, _ in images] == [html.escape(chart.title) for chart in CHARTS]
    import base64

    assert all(base64.b64decode(data)[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000 for _, data in images)
    assert "6 articles" in document and "<script" not in document


# --- security -------------------------------------------------------------------------------------------------


def post(base: str, path: str = "/-/thidua/corrections", **kwargs) -> requests.Response:
    return requests.post(base + path, timeout=30, allow_redirects=False, **kwargs)


def test_writes_need_the_token(workbench):
    base, _, db = workbench
    aid = aid_of(db, BA_DINH)
    body = {"kind": "add_organization", "article_id": aid, "start": 0, "end": 9, "author": "Lan"}
    for headers in ({}, {"Authorization": "Bearer wrong-token-xxxxxxxx"}, {"Authorization": TOKEN}):
        response = post(base, json=body, headers=headers)
        assert response.status_code == 403
        assert response.text == ("error: a correction needs the token: log in at /-/thidua/login "
                                 "(or send Authorization: Bearer)\n")
    response = post(base, data={**body, "csrftoken": "x"}, cookies={"thidua_token": "guess", "ds_csrftoken": "x"})
    assert response.status_code == 403
    response = post(base, "/-/thidua/login", data={"name": "Lan", "token": "wrong"})
    assert response.status_code == 403 and response.text == "error: wrong token\n"
    assert not list_corrections(connect_readonly(db))


def test_a_browser_session_needs_the_csrf_token_too(workbench):
    base, _, db = workbench
    session = requests.Session()
    login_page = session.get(f"{base}/-/thidua/login", timeout=30).text
    csrf = re.search(r'name="csrftoken" value="([^"]+)"', login_page).group(1)
    response = session.post(f"{base}/-/thidua/login", data={"name": "Lan", "token": TOKEN, "csrftoken": csrf,
                                                            "next": "/thidua"}, allow_redirects=False, timeout=30)
    assert response.status_code == 302 and response.headers["location"] == "/thidua"
    assert "thidua_token" in session.cookies and TOKEN not in session.cookies.get("thidua_token")
    aid = aid_of(db, BA_DINH)
    start = article_text(connect_readonly(db), aid).index("Công đoàn quận Ba Đình")
    body = {"kind": "add_organization", "article_id": aid, "start": start, "end": start + 22}
    refused = session.post(f"{base}/-/thidua/corrections", data=body, allow_redirects=False, timeout=30)
    assert refused.status_code == 403  # the token cookie without Datasette's CSRF token
    made = session.post(f"{base}/-/thidua/corrections", data={**body, "csrftoken": csrf}, allow_redirects=False, timeout=30)
    assert made.status_code == 302 and made.headers["location"].startswith(f"/-/thidua/article/{aid}#c")
    correction_id = int(made.headers["location"].rsplit("#c", 1)[1])
    undone = session.post(f"{base}/-/thidua/corrections/{correction_id}/undo", data={"csrftoken": csrf},
                          allow_redirects=False, timeout=30)
    assert undone.status_code == 302
    (c,) = [c for c in list_corrections(connect_readonly(db)) if c.correction_id == correction_id]
    assert (c.author, c.status, c.undone_by) == ("Lan", "undone", "Lan")


@pytest.mark.parametrize(
    ("body", "kwargs", "status"),
    [
        (None, {"data": b"\xff\xfe not utf-8", "headers": {"content-type": "application/x-www-form-urlencoded"}}, 400),
        (None, {"data": "{not json", "headers": {"content-type": "application/json"}}, 400),
        (None, {"data": "[1, 2]", "headers": {"content-type": "application/json"}}, 400),
        (None, {"data": "x" * 70000, "headers": {"content-type": "application/json"}}, 413),
        (None, {"data": "<xml/>", "headers": {"content-type": "text/xml"}}, 415),
        ({"kind": "add_campaign", "start": 0, "end": 5}, {}, 400),  # no article
        ({"kind": "add_campaign", "article_id": "'; DROP TABLE articles; --", "start": 0, "end": 5}, {}, 400),
        ({"kind": "add_campaign", "article_id": "ffffffffffffffff", "start": 0, "end": 5}, {}, 404),
        ({"kind": "add_campaign", "ARTICLE": 1, "start": 0, "end": 10**30}, {}, 400),
        ({"kind": "add_campaign", "article_id": "@BA_DINH", "start": 5, "end": 2}, {}, 422),
        ({"kind": "add_campaign", "article_id": "@BA_DINH", "start": 0, "end": 10**8}, {}, 422),
        ({"kind": "add_campaign", "article_id": "@BA_DINH", "start": [1], "end": {"a": 2}}, {}, 400),
        ({"kind": "add_campaign", "article_id": "@BA_DINH", "start": 0, "end": 9, "name": "Chưa hề có"}, {}, 422),
        ({"kind": "add_activity", "article_id": "@BA_DINH", "sentence_index": 9999, "action": "launch"}, {}, 422),
        ({"kind": "change_activity", "article_id": "@BA_DINH", "row": 1, "action": "dance"}, {}, 404),
        ({"kind": "wrong", "fact": "person", "article_id": "@BA_DINH", "row": -4}, {}, 404),
        ({"kind": "wrong", "fact": "date", "article_id": "@BA_DINH", "row": 1.5}, {}, 400),
        ({"kind": None, "article_id": "@BA_DINH"}, {}, 400),
        ({"kind": "add_campaign", "article_id": "@BA_DINH", "start": 0, "end": 9, "author": "\x00"}, {}, 400),
    ],
)
def test_a_bad_request_gets_a_4xx_with_one_line_never_a_500(workbench, body, kwargs, status):
    base, _, db = workbench
    headers = {"Authorization": f"Bearer {TOKEN}", **kwargs.pop("headers", {})}
    if body is not None:
        body = {"author": "Lan", **body}
        if body.get("article_id") == "@BA_DINH":
            body["article_id"] = aid_of(db, BA_DINH)
        kwargs["json"] = body
    response = post(base, headers=headers, **kwargs)
    assert response.status_code == status, response.text
    assert response.text.startswith("error: ") and response.text.count("\n") == 1


def test_undo_of_a_missing_correction_is_404(workbench):
    base, _, _ = workbench
    response = post(base, "/-/thidua/corrections/424242/undo", headers={"Authorization": f"Bearer {TOKEN}"}, json={})
    assert response.status_code == 404 and response.text == "error: no correction #424242\n"


def test_serving_read_only_refuses_every_write_and_offers_no_forms(read_only):
    base, db = read_only
    aid = aid_of(db, BA_DINH)
    response = post(base, json={"kind": "add_campaign", "article_id": aid, "start": 0, "end": 9},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403
    assert response.text == "error: corrections are off: run `thidua serve --corrections` to correct facts\n"
    document = page(base, f"/-/thidua/article/{aid}")
    assert "<form" not in document.split('<div class="thidua-article">', 1)[1]
    assert marks(document)


def test_corrections_on_another_host_need_a_token(tmp_path, workbench):
    _, _, db = workbench
    result = subprocess.run([*THIDUA, "serve", "--db", str(db), "--host", "0.0.0.0", "--port", str(free_port()),
                             "--corrections"], capture_output=True, text=True, timeout=60,
                            env={k: v for k, v in __import__("os").environ.items() if k != "THIDUA_TOKEN"})
    assert result.returncode == 2
    assert result.stderr.startswith("error: corrections listen on 127.0.0.1 only, unless --host comes with a token")
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--corrections", "--token", "short"])
    assert result.exit_code == 2 and "at least 12 characters" in result.stderr


def test_on_loopback_without_a_token_one_is_made_and_printed(tmp_path, workbench):
    _, _, db = workbench
    port = free_port()
    log = tmp_path / "serve.log"
    env = {k: v for k, v in __import__("os").environ.items() if k != "THIDUA_TOKEN"}
    with open(log, "wb") as out:
        process = subprocess.Popen([*THIDUA, "serve", "--db", str(db), "--port", str(port), "--corrections"],
                                   stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + 60
        while "corrections token" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.2)
        token = re.search(r"corrections token \(give it to who may correct\): (\S+)", log.read_text()).group(1)
        assert len(token) >= 20
        while time.monotonic() < deadline:
            try:
                response = requests.post(f"http://127.0.0.1:{port}/-/thidua/corrections/777777/undo", timeout=5,
                                         headers={"Authorization": f"Bearer {token}"}, json={})
                break
            except requests.ConnectionError:
                time.sleep(0.2)
        assert response.status_code == 404  # the token is accepted; there is no correction #777777
    finally:
        process.terminate()
        process.wait(timeout=10)


# --- in headless Chromium, as a person ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Headless Chromium, a window wide enough for the article page beside its facts."""
    yield from headless_chromium(tmp_path_factory, "1400,1500")


def screenshot(driver, name: str, tmp_path: Path) -> None:
    """Into tmp_path; and into $THIDUA_SCREENSHOTS when set (how the README's pictures are made)."""
    import os

    driver.save_screenshot(str(tmp_path / name))
    folder = os.environ.get("THIDUA_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / name))


def wait_for(driver, condition, timeout: float = 30):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def submit_and_wait(driver, element) -> None:
    from selenium.webdriver.common.by import By

    old = driver.find_element(By.TAG_NAME, "html")
    element.click()
    wait_until_replaced(driver, old)


@pytest.mark.slow
def test_a_person_follows_an_activity_to_its_sentence_corrects_its_actor_and_it_survives_a_rebuild(
    workbench, browser, tmp_path, extraction_resources
):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    base, inputs, db = workbench
    aid = aid_of(db, BA_DINH)
    conn = connect_readonly(db)
    activity_id, sentence_index, action = conn.execute(
        "SELECT activity_id, sentence_index, action FROM activities WHERE article_id = ? AND org_id IS NULL "
        "AND campaign_id IS NOT NULL ORDER BY start LIMIT 1", (aid,)).fetchone()
    conn.close()

    # 1. log in once: the token and a name
    browser.get(f"{base}/-/thidua/login?next=/thidua/activity_view")
    browser.find_element(By.NAME, "name").send_keys("Nguyễn Thị Lan")
    browser.find_element(By.NAME, "token").send_keys(TOKEN)
    submit_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#login-form button"))
    assert browser.current_url.endswith("/thidua/activity_view")

    # 2. open the activity from activity_view: its article_id cell leads to its place on the article page
    browser.get(f"{base}/thidua/activity_view?activity_id={activity_id}")
    link = browser.find_element(By.CSS_SELECTOR, "td.col-article_id a.thidua-in-context")
    assert link.get_attribute("href").endswith(f"/-/thidua/article/{aid}#a{activity_id}")
    submit_and_wait(browser, link)
    item = browser.find_element(By.ID, f"a{activity_id}")
    assert browser.execute_script("return document.querySelector(':target') && document.querySelector(':target').id") \
        == f"a{activity_id}"
    assert item.find_element(By.CSS_SELECTOR, ".organization").text == "—"

    # 3. follow it to its highlighted sentence
    item.find_element(By.CSS_SELECTOR, "a.to-sentence").click()
    wait_for(browser, lambda d: d.execute_script("return location.hash") == f"#s{sentence_index}")
    sentence = browser.find_element(By.ID, f"s{sentence_index}")
    assert browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor", sentence) == "rgb(255, 243, 176)"
    assert sentence.find_elements(By.CSS_SELECTOR, "mark.fact")  # the facts of the sentence are highlighted in it
    screenshot(browser, "article-page.png", tmp_path)

    # 4. correct its actor
    item = browser.find_element(By.ID, f"a{activity_id}")
    item.find_element(By.CSS_SELECTOR, "details.correct-activity summary").click()
    actor = item.find_element(By.NAME, "organization")
    actor.clear()
    actor.send_keys(BA_DINH_ORG)
    assert Select(item.find_element(By.NAME, "action")).first_selected_option.text == action
    submit_and_wait(browser, item.find_element(By.CSS_SELECTOR, "form.change-activity button"))
    item = browser.find_element(By.ID, f"a{activity_id}")
    assert item.find_element(By.CSS_SELECTOR, ".organization").text == BA_DINH_ORG
    listed = browser.find_element(By.CSS_SELECTOR, "#corrections li.correction:last-child").text
    assert "change_activity (activity)" in listed and "by Nguyễn Thị Lan" in listed and "applied" in listed

    # 5. rebuild (as after new rules: every article derived again) — the correction still stands
    conn = connect(db)
    conn.execute("UPDATE articles SET pipeline_version = 'older rules'")
    conn.execute("DELETE FROM inputs")
    conn.close()
    result = CliRunner().invoke(app, ["build", str(inputs), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "corrections: 1 applied, 0 flagged" in result.stdout
    browser.get(f"{base}/thidua/activity_view?article_id={aid}&organization={BA_DINH_ORG}&action={action}")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr")
    assert rows
    link = rows[0].find_element(By.CSS_SELECTOR, "td.col-article_id a.thidua-in-context")
    submit_and_wait(browser, link)
    corrected = [li for li in browser.find_elements(By.CSS_SELECTOR, "#activities li.activity")
                 if li.get_attribute("data-sentence") == str(sentence_index)
                 and li.find_element(By.CSS_SELECTOR, ".organization").text == BA_DINH_ORG]
    assert corrected

    # 6. and it is in `thidua corrections export`
    gold_dir = tmp_path / "gold"
    result = CliRunner().invoke(app, ["corrections", "export", "--gold", str(gold_dir), "--db", str(db)])
    assert result.exit_code == 0, result.output
    gold = json.loads((gold_dir / f"{BA_DINH}.json").read_text(encoding="utf-8"))
    assert any(a["organization"] == BA_DINH_ORG and a["action"] == action for a in gold["activities"])

    # 7. undo from the page: the actor is gone again
    undo = browser.find_element(By.CSS_SELECTOR, "#corrections li.correction:last-child form.undo button")
    submit_and_wait(browser, undo)
    assert "undone" in browser.find_element(By.CSS_SELECTOR, "#corrections li.correction:last-child").text
    conn = connect_readonly(db)
    assert conn.execute("SELECT count(*) FROM activities WHERE article_id = ? AND sentence_index = ? AND org_id = "
                        "(SELECT org_id FROM organizations WHERE name = ?) AND action = ?",
                        (aid, sentence_index, BA_DINH_ORG, action)).fetchone()[0] == 0
    conn.close()


@pytest.mark.slow
def test_a_person_adds_a_missed_organization_by_selecting_its_text(workbench, browser):
    from selenium.webdriver.common.by import By

    base, _, db = workbench
    aid = aid_of(db, BA_DINH)
    text = article_text(connect_readonly(db), aid)
    start = text.index("Công đoàn quận Ba Đình")
    browser.get(f"{base}/-/thidua/article/{aid}")
    # select the words as a mouse would: a DOM range over the text nodes
    browser.execute_script("""
        const container = document.getElementById('article-text'), want = arguments[0];
        const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
        let seen = 0, startNode, startOffset, endNode, endOffset;
        while (walker.nextNode()) {
          const node = walker.currentNode, length = Array.from(node.data).length;
          if (!startNode && seen + length > want[0]) { startNode = node; startOffset = want[0] - seen; }
          if (!endNode && seen + length >= want[1]) { endNode = node; endOffset = want[1] - seen; }
          seen += length;
        }
        const range = document.createRange();
        range.setStart(startNode, startOffset); range.setEnd(endNode, endOffset);
        const selection = document.getSelection(); selection.removeAllRanges(); selection.addRange(range);
    """, [start, start + 22])
    form = browser.find_element(By.ID, "selection-form")
    wait_for(browser, lambda d: form.is_displayed())
    assert browser.find_element(By.ID, "selected-text").text == "Công đoàn quận Ba Đình"
    form.find_element(By.CSS_SELECTOR, "input[value=add_organization]").click()
    submit_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button"))
    mark = browser.find_element(By.ID, f"m{start}-{start + 22}")
    assert mark.get_attribute("data-fact") == "organization" and mark.text == "Công đoàn quận Ba Đình"
    browser.execute_script("window.scrollTo(0, 0)")
    screenshot(browser, "article-page-top.png", Path(tempfile.mkdtemp()))
    (c,) = [c for c in list_corrections(connect_readonly(db)) if c.kind == "add_organization" and c.status == "active"]
    assert (c.start, c.end, c.quote, c.author) == (start, start + 22, "Công đoàn quận Ba Đình", "Nguyễn Thị Lan")


@pytest.mark.slow
def test_a_page_with_script_stays_inert_in_chromium(workbench, browser):
    from selenium.webdriver.common.by import By

    base, _, db = workbench
    aid = aid_of(db, "900_script")
    browser.get(f"{base}/-/thidua/article/{aid}")
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.title != "pwned"
    shown = browser.find_element(By.ID, "article-text").text
    assert '<script>window.__pwned = 1; document.title = "pwned"</script>' in shown
    assert '<img src=x onerror="window.__pwned = 2">' in shown
    assert browser.find_element(By.ID, "article-text").find_elements(By.TAG_NAME, "script") == []
    assert browser.find_element(By.ID, "article-text").find_elements(By.TAG_NAME, "img") == []


@pytest.mark.slow
def test_a_write_without_the_token_is_refused_in_chromium(workbench, tmp_path_factory):
    """A second browser that never logged in: its correction is refused and nothing is written."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    browser_path, driver_path = chromium_paths()
    require_or_skip(bool(browser_path and driver_path), "needs headless Chromium and its driver")
    options = webdriver.ChromeOptions()
    options.binary_location = browser_path
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-dev-shm-usage", f"--user-data-dir={tmp_path_factory.mktemp('chromium-stranger')}"):
        options.add_argument(argument)
    stranger = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    try:
        base, _, db = workbench
        aid = aid_of(db, BA_DINH)
        before = len(list_corrections(connect_readonly(db)))
        stranger.get(f"{base}/-/thidua/article/{aid}")
        assert stranger.find_element(By.ID, "login-link")
        wrong = stranger.find_element(By.CSS_SELECTOR, "#facts form.mark-wrong button")
        stranger.execute_script("arguments[0].closest('form').submit()", wrong)
        wait_for(stranger, lambda d: "error:" in d.find_element(By.TAG_NAME, "body").text)
        assert stranger.find_element(By.TAG_NAME, "body").text.strip() == (
            "error: a correction needs the token: log in at /-/thidua/login (or send Authorization: Bearer)")
        assert len(list_corrections(connect_readonly(db))) == before
    finally:
        stranger.quit()


@pytest.mark.slow
def test_the_dashboard_draws_its_charts_in_chromium(workbench, browser, tmp_path):
    from selenium.webdriver.common.by import By

    base, _, _ = workbench
    browser.get(f"{base}/-/dashboards/thidua")
    wait_for(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".vega-embed svg, .vega-embed canvas")) >= len(CHARTS))
    time.sleep(1)
    screenshot(browser, "dashboard.png", tmp_path)
    assert not browser.find_elements(By.CSS_SELECTOR, ".vega-embed .error")


def test_a_missed_activity_is_added_in_a_chosen_sentence_over_http(workbench):
    base, _, db = workbench
    aid = aid_of(db, BA_DINH)
    conn = connect_readonly(db)
    index, start, end = conn.execute("SELECT sentence_index, start, end FROM sentences WHERE article_id = ? AND text LIKE ?",
                                     (aid, "%Tết Nguyên đán Tân Sửu%")).fetchone()
    conn.close()
    response = post(base, headers={"Authorization": f"Bearer {TOKEN}"}, json={
        "kind": "add_activity", "article_id": aid, "sentence_index": index, "action": "support",
        "organization": BA_DINH_ORG, "date": "2021-02", "author": "Minh"})
    assert response.status_code == 201, response.text
    made = response.json()
    assert (made["start"], made["end"], made["author"], made["state"]) == (start, end, "Minh", "applied")
    assert made["after"]["start_date"] == "2021-02-01" and made["after"]["end_date"] == "2021-02-28"
    document = page(base, f"/-/thidua/article/{aid}")
    assert re.search(rf'data-sentence="{index}">\s*<a class="to-sentence" href="#s{index}">sentence {index}</a>:\s*'
                     rf'<strong class="action">support</strong>\s*<em>\(no named campaign\)</em>\s*by '
                     rf'<span class="organization">{BA_DINH_ORG}</span>\s*<span class="date">\(2021-02\)</span>', document)
    undone = post(base, f"/-/thidua/corrections/{made['correction_id']}/undo", headers={"Authorization": f"Bearer {TOKEN}"},
                  json={"author": "Minh"})
    assert undone.status_code == 200 and undone.json()["status"] == "undone"
