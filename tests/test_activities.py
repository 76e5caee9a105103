"""Activities: real sentences with hand-built campaign and organization records in, linked activities out."""
from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from pipeline.learn.loading import pipeline_resources

from pipeline.learn.evaluate import _same_activity, org_key
from pipeline.extract import activities, dates, figures, organizations
from pipeline.records import Article, Campaign, Facts, Organization, Span
from pipeline.text import match_key, split_sentences
from test_dates import _gold_articles


@pytest.fixture(scope="module")
def res():
    """The rules' resources with the sentence classifier of models/action: what the rules read with (the activity
    model, which edits the rules' output, is tested in test_activity_model.py)."""
    rules = dataclasses.replace(pipeline_resources().activities, model=None)
    return rules, dates.load_resources(), figures.load_resources()


def _mentions(sentences, surface: str) -> tuple[Span, ...]:
    """Spans of ``surface`` in the sentences, punctuation between its words ignored (as a matcher would)."""
    words = re.findall(r"\w+", surface)
    pattern = re.compile(r"[\W_]{0,3}".join(map(re.escape, words)), re.IGNORECASE)
    return tuple(
        Span(s.index, s.start + m.start(), s.start + m.end(), m.group(0)) for s in sentences for m in pattern.finditer(s.text)
    )


def run(paragraphs, campaigns, orgs, res, published="2020-06-01"):
    """campaigns: (name, kind); orgs: (name, surfaces...)."""
    article = Article(article_id="t", source="unknown", title=paragraphs[0], lead=None, paragraphs=tuple(paragraphs[1:]),
                      published=published)
    sentences = split_sentences(article)
    camp_records = tuple(Campaign(n, k, match_key(n), _mentions(sentences, n)) for n, k in campaigns)
    org_records = tuple(
        Organization(o[0], o[1], "federation", mentions=tuple(m for surface in o[1:] for m in _mentions(sentences, surface)))
        for o in orgs
    )
    act_res, date_res, fig_res = res
    found_dates = dates.extract_dates(article, sentences, date_res)
    found_figures = figures.extract_figures(article, sentences, fig_res)
    facts = Facts(campaigns=camp_records, organizations=org_records, dates=found_dates, figures=found_figures)
    result = activities.extract_activities(article, sentences, facts, act_res)
    return [(a.campaign, a.action, a.organization, a.date, a.figures) for a in result]


TX = ("Liên đoàn Lao động quận Thanh Xuân", "Liên đoàn Lao động (LĐLĐ) quận Thanh Xuân", "LĐLĐ quận")


def test_one_campaign_two_actions_with_their_years(res):
    text = (
        "Đặc biệt, để công tác tuyên truyền, thi đua, khen thưởng đi vào thực chất, LĐLĐ quận đã tổ chức biểu dương "
        "phong trào thi đua “Giỏi việc nước - Đảm việc nhà” năm 2019, phát động thi đua năm 2020."
    )
    result = run(["Tiêu đề", text], [("Giỏi việc nước - Đảm việc nhà", "movement")], [TX], res)
    assert result == [
        ("Giỏi việc nước - Đảm việc nhà", "commend", TX[0], "2019", ()),
        ("Giỏi việc nước - Đảm việc nhà", "launch", TX[0], "2020", ()),
    ]


def test_counted_documents_and_listed_movements(res):
    dp = ("Liên đoàn Lao động huyện Đan Phượng", "Liên đoàn Lao động huyện Đan Phượng", "Liên đoàn Lao động huyện")
    paragraphs = [
        "Nghiêm túc từ công tác lãnh đạo, triển khai thực hiện",
        "Cụ thể, Liên đoàn Lao động huyện đã triển khai 12 kế hoạch, 8 hướng dẫn và 10 công văn về công tác thi đua "
        "khen thưởng; phát động các phong trào thi đua chào mừng các ngày lễ lớn, ngày kỷ niệm quan trọng của Đảng, "
        "của Thủ đô, đất nước, của tổ chức công đoàn theo đợt, theo chuyên đề như “Lao động giỏi, Lao động sáng tạo”; "
        "“Sáng kiến, sáng tạo”,...",
        "Đồng thời, xây dựng và ban hành quy chế thi đua thực hiện theo cụm, theo từng khối công đoàn cơ sở.",
    ]
    result = run(paragraphs, [("Lao động giỏi, Lao động sáng tạo", "movement"), ("Sáng kiến, sáng tạo", "movement")], [dp], res)
    assert result == [
        (None, "implement", dp[0], None, ("12 kế hoạch", "8 hướng dẫn", "10 công văn")),
        ("Lao động giỏi, Lao động sáng tạo", "launch", dp[0], None, ()),
        ("Sáng kiến, sáng tạo", "launch", dp[0], None, ()),
        (None, "other", dp[0], None, ()),  # the subject carries over to the next paragraph
    ]


def test_movements_launched_by_others_are_implemented_by_the_subject(res):
    cluster = ("Cụm thi đua Liên đoàn Lao động 5 Thành phố trực thuộc Trung ương",
               "Cụm thi đua Liên đoàn Lao động (LĐLĐ) 5 Thành phố trực thuộc Trung ương")
    tld = ("Tổng Liên đoàn Lao động Việt Nam", "Tổng LĐLĐ Việt Nam")
    paragraphs = [
        "Phấn đấu hoàn thành xuất sắc các chỉ tiêu, nhiệm vụ của tổ chức Công đoàn",
        "(LĐTĐ) Tại Hội nghị tổng kết phong trào công nhân, viên chức, lao động và hoạt động Công đoàn năm 2022 Cụm thi "
        "đua Liên đoàn Lao động (LĐLĐ) 5 Thành phố trực thuộc Trung ương, các đơn vị trong Cụm thi đua đã ký giao ước "
        "thi đua năm 2023 nhằm phấn đấu hoàn thành xuất sắc các chỉ tiêu, nhiệm vụ của tổ chức Công đoàn.",
        "Cụ thể hoá các chỉ tiêu, nhiệm vụ để triển khai có hiệu quả các phong trào thi đua do Thủ tướng Chính phủ, Ủy "
        "ban nhân dân 5 thành phố, Tổng LĐLĐ Việt Nam và LĐLĐ 5 thành phố phát động; trọng tâm là phong trào “Lao động "
        "giỏi, Lao động sáng tạo”; phong trào “Giỏi việc nước, đảm việc nhà”...",
    ]
    camps = [("Lao động giỏi, Lao động sáng tạo", "movement"), ("Giỏi việc nước, đảm việc nhà", "movement")]
    result = run(paragraphs, camps, [cluster, tld], res, published=None)
    assert [(c, a, o) for c, a, o, _, _ in result] == [
        (None, "review", cluster[0]),
        (None, "launch", cluster[0]),
        ("Lao động giỏi, Lao động sáng tạo", "implement", cluster[0]),
        ("Giỏi việc nước, đảm việc nhà", "implement", cluster[0]),
    ]
    assert [d for _, _, _, d, _ in result[:2]] == ["2022", "2023"]


def test_generic_subject_leaves_the_organization_out_and_a_caller_launches(res):
    mttq = ("Ủy ban Mặt trận tổ quốc Việt Nam", "Ủy ban Mặt trận tổ quốc Việt Nam")
    paragraphs = [
        "Tiêu đề",
        "(LĐTĐ) Liên đoàn Lao động (LĐLĐ) quận Thanh Xuân tích cực đổi mới.",
        "Triển khai tới CĐCS thực hiện lời kêu gọi của Chủ tịch Ủy ban Mặt trận tổ quốc Việt Nam về “Toàn dân tham gia "
        "ủng hộ công tác phòng, chống dịch Covid-19”; phối hợp, trao tặng 10 máy đo thân nhiệt cho các trường.",
        "Theo Ban Thường vụ Liên đoàn Lao động quận Thanh Xuân, quý II/2021, song song với việc phát động, hưởng ứng "
        "“Tháng Công nhân”; cùng với việc thực hiện có hiệu quả các phong trào thi đua như: “Lao động giỏi”,...các cấp "
        "Công đoàn quận Thanh Xuân tiếp tục phát động đợt thi đua cao điểm chào mừng cuộc bầu cử.",
    ]
    camps = [("Tháng Công nhân", "event"), ("Lao động giỏi", "movement"),
             ("Toàn dân tham gia ủng hộ công tác phòng, chống dịch Covid-19", "campaign")]
    result = run(paragraphs, camps, [TX, mttq], res)
    assert [(c, a, o) for c, a, o, _, _ in result] == [
        ("Toàn dân tham gia ủng hộ công tác phòng, chống dịch Covid-19", "launch", mttq[0]),
        (None, "support", TX[0]),  # the story's subject, not the caller, hands over the thermometers
        # "các cấp Công đoàn" at the end of the sentence is its subject: no single body acts
        ("Tháng Công nhân", "launch", None),
        ("Lao động giỏi", "implement", None),
        (None, "launch", None),
    ]
    assert result[1][4] == ("10 máy đo thân nhiệt",)
    assert result[2][3] == "2021-04-01/2021-06-30"


def test_seed_gold_activities_with_gold_campaigns(res):
    """With the gold campaigns located in the text and the real organization extractor."""
    act_res, date_res, fig_res = res
    org_res = organizations.load_resources()
    matched = gold_total = predicted = 0
    for gold, article in _gold_articles():
        sentences = split_sentences(article)
        camps = tuple(Campaign(c["name"], c["kind"], match_key(c["name"]), _mentions(sentences, c["name"])) for c in gold["campaigns"])
        orgs = organizations.extract_organizations(article, sentences, org_res)
        facts = Facts(campaigns=camps, organizations=orgs, dates=dates.extract_dates(article, sentences, date_res),
                      figures=figures.extract_figures(article, sentences, fig_res))
        result = activities.extract_activities(article, sentences, facts, act_res)
        predicted_items = [{"campaign": a.campaign, "action": a.action, "organization": a.organization} for a in result]
        expected, seen = [], set()
        for item in gold["activities"]:
            key = (match_key(item["campaign"] or ""), item["action"], item["organization"])
            if key not in seen:
                seen.add(key)
                expected.append(item)
        used: set[int] = set()
        for item in expected:
            hit = next((i for i, p in enumerate(predicted_items) if i not in used and _same_activity(item, p)), None)
            if hit is not None:
                used.add(hit)
        matched += len(used)
        gold_total += len(expected)
        predicted += len(predicted_items)
    precision, recall = matched / predicted, matched / gold_total
    assert 2 * precision * recall / (precision + recall) >= 0.8


def test_without_a_trigger_word_the_trained_classifier_names_the_act(res):
    """"2.000 đoàn viên ... nhận quà" in Tháng Công nhân has no trigger word of the rules; the sentence classifier reads
    support, the rules alone carry out the event. A title after a receiving verb ("vinh dự nhận Giải thưởng") is an
    award received in either mode: a commendation whose giver the sentence leaves unnamed."""
    text = "Trong Tháng Công nhân, 2.000 đoàn viên có hoàn cảnh khó khăn nhận quà."
    campaign = [("Tháng Công nhân", "event")]
    act_res, date_res, fig_res = res
    assert act_res.classify_action is not None, "models/action is missing"
    assert [r[:2] for r in run(["Tiêu đề", text], campaign, [], res)] == [("Tháng Công nhân", "support")]
    rules_only = (dataclasses.replace(act_res, action_mode="rules"), date_res, fig_res)
    assert [r[:2] for r in run(["Tiêu đề", text], campaign, [], rules_only)] == [("Tháng Công nhân", "implement")]
    award = "9 cá nhân tiêu biểu của Hà Nội vinh dự nhận Giải thưởng Nguyễn Đức Cảnh lần IV năm 2023."
    title = [("Giải thưởng Nguyễn Đức Cảnh", "title")]
    for mode in (res, rules_only):
        assert [r[:3] for r in run(["Tiêu đề", award], title, [], mode)] == [("Giải thưởng Nguyễn Đức Cảnh", "commend", None)]


def test_bodies_listed_before_a_joint_act_each_hold_it(res):
    # gold/other_028 writes the joint review this way; FORMAT: a joint act is every listed body's activity
    union, group = ("Công đoàn Dệt May Việt Nam", "Công đoàn Dệt May Việt Nam"), ("Tập đoàn Dệt May Việt Nam", "Tập đoàn Dệt May Việt Nam")
    movement = "Lao động giỏi, lao động sáng tạo"
    for sentence in ("Ngày 12/9/2025, Công đoàn Dệt May Việt Nam và Tập đoàn Dệt May Việt Nam phối hợp tổ chức Hội nghị "
                     "tổng kết phong trào thi đua “Lao động giỏi, lao động sáng tạo”.",
                     "Ngày 12/9/2025, Công đoàn Dệt May Việt Nam, Tập đoàn Dệt May Việt Nam cùng tổng kết phong trào thi "
                     "đua “Lao động giỏi, lao động sáng tạo”."):
        result = run(["Tiêu đề", sentence], [(movement, "movement")], [union, group], res)
        assert [(c, a, o) for c, a, o, _, _ in result] == [(movement, "review", union[0]), (movement, "review", group[0])]


def test_bodies_listed_before_an_act_each_act_and_a_place_opening_a_clause_is_no_body(res):
    # laodongthudo_001: the themes of the Confederation and the city federation; a theme owned by the city and one
    # the district (a place) carries out have no organization
    text = ("Năm 2025 là năm Tổng LĐLĐ Việt Nam, LĐLĐ Thành phố thực hiện chủ đề “Tập trung phát triển đoàn viên, tham "
            "gia xây dựng Đảng trong sạch, vững mạnh”; chủ đề Thành phố “Kỷ cương, trách nhiệm, hành động, sáng tạo, phát "
            "triển”; quận Long Biên tiếp tục thực hiện chủ đề “Năm hành động vì cảnh quan, môi trường đô thị và chuyển đổi "
            "số” và LĐLĐ quận Long Biên thực hiện chủ đề “Tận tâm chăm lo, vững vàng bảo vệ, phát huy sức mạnh đoàn kết và "
            "phát triển tổ chức Công đoàn”.")
    themes = ["Tập trung phát triển đoàn viên, tham gia xây dựng Đảng trong sạch, vững mạnh",
              "Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển",
              "Năm hành động vì cảnh quan, môi trường đô thị và chuyển đổi số",
              "Tận tâm chăm lo, vững vàng bảo vệ, phát huy sức mạnh đoàn kết và phát triển tổ chức Công đoàn"]
    tld = ("Tổng Liên đoàn Lao động Việt Nam", "Tổng LĐLĐ Việt Nam")
    hn = ("Liên đoàn Lao động thành phố Hà Nội", "LĐLĐ Thành phố")
    lb = ("Liên đoàn Lao động quận Long Biên", "LĐLĐ quận Long Biên")
    result = run(["Tiêu đề", text], [(t, "theme") for t in themes], [tld, hn, lb], res)
    assert [(c, a, o) for c, a, o, _, _ in result] == [
        (themes[0], "implement", tld[0]), (themes[0], "implement", hn[0]),
        (themes[1], "implement", None), (themes[2], "implement", None), (themes[3], "implement", lb[0]),
    ]


def test_generic_clusters_act_and_a_selection_for_an_award_is_a_commendation(res):
    # nld_002
    first = ("Thông qua phát động sâu rộng phong trào thi đua \"Lao động giỏi, lao động sáng tạo\", LĐLĐ quận sẽ xét chọn "
             "khen thưởng những điển hình tiên tiến đạt \"Giải thưởng Trần Văn Kiểu\".")
    second = ("Thực hiện chủ đề năm \"Nâng cao chất lượng hoạt động CĐ cơ sở\", các cụm CĐ sẽ triển khai 3 đợt thi đua với "
              "nhiều nội dung phong phú, thiết thực.")
    gv = ("Liên đoàn Lao động quận Gò Vấp", "LĐLĐ quận")
    camps = [("Lao động giỏi, lao động sáng tạo", "movement"), ("Giải thưởng Trần Văn Kiểu", "title"),
             ("Nâng cao chất lượng hoạt động CĐ cơ sở", "theme")]
    result = run(["Tiêu đề", first, second], camps, [gv], res)
    assert [(c, a, o) for c, a, o, _, _ in result] == [
        ("Lao động giỏi, lao động sáng tạo", "launch", gv[0]),
        ("Giải thưởng Trần Văn Kiểu", "commend", gv[0]),
        ("Nâng cao chất lượng hoạt động CĐ cơ sở", "implement", None),
        (None, "implement", None),
    ]


def test_a_speakers_body_does_not_do_what_it_speaks_about_and_a_launched_contest_is_organised(res):
    # laodong_004; baomoi_004
    speech = ("Phát biểu chỉ đạo tại hội nghị, Thứ trưởng Bộ GDĐT Lê Hải An đánh giá cao hiệu quả thực hiện cuộc vận động "
              "“Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo”.")
    contest = ("Song song với việc tổ chức cầu truyền hình trực tiếp lễ kỷ niệm tại 3 địa điểm, Tổng LĐLĐ Việt Nam sẽ phát "
               "động cuộc thi viết tìm hiểu “CĐ Việt Nam - 85 năm xây dựng và phát triển”.")
    camps = [("Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo", "campaign"),
             ("CĐ Việt Nam - 85 năm xây dựng và phát triển", "contest")]
    orgs = [("Bộ Giáo dục và Đào tạo", "Bộ GDĐT"), ("Tổng Liên đoàn Lao động Việt Nam", "Tổng LĐLĐ Việt Nam")]
    result = run(["Hội nghị", speech, contest], camps, orgs, res)
    assert ("Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo", "implement", None) in [r[:3] for r in result]
    assert all(o != "Bộ Giáo dục và Đào tạo" for _, _, o, _, _ in result)
    assert ("CĐ Việt Nam - 85 năm xây dựng và phát triển", "contest", "Tổng Liên đoàn Lao động Việt Nam") in [r[:3] for r in result]


def test_an_action_word_inside_a_bodys_name_is_no_act(res):
    # other_013: "Khen thưởng" of "Ban Thi đua - Khen thưởng TPHCM" commends nobody
    text = ("Trước đó, Hội đồng Tuyển chọn giải thưởng Tôn Đức Thắng năm 2019, gồm LĐLĐ TPHCM, Báo SGGP, Ban Dân vận Thành "
            "ủy và Ban Thi đua - Khen thưởng TPHCM đã chọn ra các cá nhân xuất sắc nhất từ 21 hồ sơ.")
    orgs = [("Liên đoàn Lao động thành phố Hồ Chí Minh", "LĐLĐ TPHCM"), ("Báo SGGP", "Báo SGGP"),
            ("Ban Thi đua - Khen thưởng thành phố Hồ Chí Minh", "Ban Thi đua - Khen thưởng TPHCM")]
    assert [r for r in run(["Giải thưởng", text], [], orgs, res) if r[1] == "commend"] == []


def test_a_counted_set_of_units_acts_not_the_body_the_story_is_about_but_counted_recipients_do_not(res):
    # laodongthudo_002: the federation is the story's body, the 41 companies sign; other_020: teachers are commended
    hd = ("Liên đoàn Lao động huyện Hoài Đức", "Liên đoàn Lao động huyện Hoài Đức")
    lead = ("Sáng 15/1, Liên đoàn Lao động huyện Hoài Đức tổ chức Hội nghị sơ kết giữa nhiệm kỳ, triển khai phương hướng "
            "nhiệm vụ và phát động phong trào thi đua năm 2021.")
    counted = ("Đầu nhiệm kỳ có 41 doanh nghiệp đã ký kết Thỏa ước lao động tập thể, 39 đơn vị tổ chức đối thoại với chủ "
               "sử dụng lao động.")
    result = run(["Tiêu đề", lead, counted], [], [hd], res, published="2021-01-15")
    # not the federation's act; and counted companies and dialogues are no counted documents, so no unnamed
    # implementing act at all (FORMAT; the gold of laodongthudo_002 has none)
    assert [(a, o) for _, a, o, _, _ in result if a == "implement"] == []
    gd = ("Công đoàn Giáo dục Việt Nam", "Công đoàn Giáo dục Việt Nam")
    passive = run(["Tiêu đề", "Sáng 14/11, tại Hà Nội, Công đoàn Giáo dục Việt Nam tổ chức Lễ tuyên dương nhà giáo tiêu biểu.",
                   "Năm 2021, có 191 Nhà giáo, cán bộ quản lý tiêu biểu ở các cấp được tuyên dương khen thưởng."],
                  [], [gd], res, published="2021-11-14")
    # the ceremony is the union's; the honours of the 191 teachers name no giver (README: organization null)
    assert [(a, o) for _, a, o, _, _ in passive] == [("commend", gd[0]), ("commend", None)]


def test_the_agent_after_do_launched_the_campaign_named_before_it(res):
    # other_047: the province federation takes up the programme the Confederation launched
    text = ("Trong đó, nội dung trọng tâm hưởng ứng Chương trình “75 nghìn sáng kiến, vượt khó, phát triển” do Tổng Liên "
            "đoàn Lao động Việt Nam phát động.")
    na = ("Liên đoàn Lao động tỉnh Nghệ An", "Liên đoàn Lao động tỉnh Nghệ An")
    tld = ("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam")
    result = run(["Tiêu đề", "Năm 2021, Liên đoàn Lao động tỉnh Nghệ An triển khai nhiều hoạt động thi đua.", text],
                 [("75 nghìn sáng kiến, vượt khó, phát triển", "program")], [na, tld], res)
    assert [(c, a, o) for c, a, o, _, _ in result if c] == [
        ("75 nghìn sáng kiến, vượt khó, phát triển", "implement", na[0]),
        ("75 nghìn sáng kiến, vượt khó, phát triển", "launch", tld[0]),
    ]


def test_a_worker_described_by_his_company_is_the_subject_not_the_company(res):
    # laodong_003: the honours of a worker are not his company's act; an office holder acts for his body
    tld = ("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam")
    company = ("Công ty Thuốc lá Thăng Long", "Cty Thuốc lá Thăng Long")
    paragraphs = [
        "Tiêu đề",
        "Tối 26.7, Tổng Liên đoàn Lao động Việt Nam tổ chức lễ trao Giải thưởng Nguyễn Đức Cảnh lần thứ III, năm 2018.",
        "Anh Bàng Trúc Lâm - kỹ thuật viên Phân xưởng bao mềm Cty Thuốc lá Thăng Long là một trong số 70 người được tôn "
        "vinh lần này. Danh hiệu Chiến sĩ thi đua cơ sở liên tục từ 2014-2017 là sự đánh giá đối với những cống hiến của anh.",
    ]
    camps = [("Giải thưởng Nguyễn Đức Cảnh", "title"), ("Chiến sĩ thi đua cơ sở", "title")]
    result = run(paragraphs, camps, [tld, company], res, published=None)
    assert [(c, a, o) for c, a, o, _, _ in result] == [
        ("Giải thưởng Nguyễn Đức Cảnh", "commend", tld[0]), (None, "commend", None), ("Chiến sĩ thi đua cơ sở", "commend", None),
    ]


def test_a_passive_act_with_no_agent_written_has_no_organization(res):
    # other_023: the movement "was carried out at every unit"; the carried union does not carry it out
    cdvc = ("Công đoàn Viên chức tỉnh Thái Nguyên", "Công đoàn viên chức tỉnh")
    paragraphs = ["Tiêu đề",
                  "Công đoàn viên chức tỉnh hiện có 45 công đoàn cơ sở trực thuộc. Phong trào xây dựng cơ quan, đơn vị, doanh "
                  "nghiệp đạt chuẩn văn hóa đã được triển khai tại từng đơn vị, thúc đẩy phong trào thi đua lao động giỏi, lao "
                  "động sáng tạo."]
    camps = [("xây dựng cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", "movement"),
             ("lao động giỏi, lao động sáng tạo", "movement")]
    result = run(paragraphs, camps, [cdvc], res)
    assert [(c, a, o) for c, a, o, _, _ in result] == [
        ("xây dựng cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", "implement", None),
        ("lao động giỏi, lao động sáng tạo", "implement", None),
    ]


def test_an_honour_received_names_its_giver_after_cua(res):
    # other_025: the union "was given the emulation flag of the provincial federation"
    cdvc = ("Công đoàn Viên chức tỉnh Thừa Thiên Huế", "CĐVC tỉnh")
    ldld = ("Liên đoàn Lao động tỉnh Thừa Thiên Huế", "Liên đoàn Lao động tỉnh")
    text = ("Năm qua, hoạt động công đoàn của CĐVC tỉnh đạt các chỉ tiêu đề ra, tiếp tục dẫn đầu khối thi đua công đoàn "
            "ngành và được tặng cờ thi đua xuất sắc của Liên đoàn Lao động tỉnh.")
    result = run(["Tiêu đề", text], [], [cdvc, ldld], res)
    assert (None, "commend", ldld[0]) in [r[:3] for r in result]


def test_a_contest_referred_to_after_cua_or_tai_is_no_act_of_its_own(res):
    # other_011: the purpose "of the contest" organises nothing
    hcm = ("Liên đoàn Lao động thành phố Hồ Chí Minh", "Liên đoàn Lao động")
    text = ("Mục đích của hội thi nhằm tạo điều kiện cho đội ngũ làm công tác an toàn - vệ sinh viên ở các đơn vị giao lưu "
            "học hỏi kinh nghiệm.")
    assert run(["Tiêu đề", "Sáng nay, Liên đoàn Lao động tổ chức hội nghị.", text], [], [hcm], res) == []


def test_cuoc_van_dong_is_the_name_of_a_campaign_not_an_act(res):
    # laodong_004: the honours are given "in the campaign “...”"; "vận động" there is no act of implementing
    gd = ("Công đoàn Giáo dục Việt Nam", "CĐ Giáo dục VN")
    text = ("Tại hội nghị, BCH CĐ Giáo dục VN đã tặng Cờ thi đua cho 7 tập thể, tặng bằng khen cho 91 tập thể và 189 cá nhân "
            "xuất sắc trong cuộc vận động “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo” giai đoạn 2008-2018.")
    result = run(["Tiêu đề", text], [("Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo", "campaign")], [gd], res)
    assert ("Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo", "commend", gd[0]) in [r[:3] for r in result]
    assert all(a != "implement" for _, a, _, _, _ in result)


def test_the_whole_sector_as_subject_is_no_single_body(res):
    """FORMAT: a generic actor gives no organization; "toàn Ngành" is the sector as a whole (articles2/other_033)."""
    cdxd = ("Công đoàn Xây dựng Việt Nam", "Công đoàn Xây dựng Việt Nam")
    paragraphs = [
        "Công đoàn Xây dựng Việt Nam tổng kết phong trào thi đua",
        "Năm 2010, toàn Ngành đã phát động trên 300 đợt thi đua trên các công trình trọng điểm, duy trì có hiệu quả "
        "các cuộc vận động “Đảm bảo và nâng cao chất lượng công trình, sản phẩm xây dựng”, các phong trào "
        "“Xanh-sạch-đẹp”, “Giỏi việc nước, đảm việc nhà”.",
    ]
    campaigns = [("Đảm bảo và nâng cao chất lượng công trình, sản phẩm xây dựng", "campaign"),
                 ("Xanh-sạch-đẹp", "movement"), ("Giỏi việc nước, đảm việc nhà", "movement")]
    result = run(paragraphs, campaigns, [cdxd], res)
    assert [(c, action, org) for c, action, org, _, _ in result if c] == [
        ("Đảm bảo và nâng cao chất lượng công trình, sản phẩm xây dựng", "implement", None),
        ("Xanh-sạch-đẹp", "implement", None),
        ("Giỏi việc nước, đảm việc nhà", "implement", None),
    ]


def test_a_worker_care_program_held_or_handed_over_is_support(res):
    """FORMAT: a worker-care event is support, also when the program's gifts are "trao" (handed over), which
    with an award would be a commendation (articles2/other_012, other_046)."""
    cm = ("Liên đoàn Lao động tỉnh Cà Mau", "Liên đoàn Lao động tỉnh Cà Mau")
    held = run(["Tết sum vầy", "Trong hai ngày 5-6/2, Liên đoàn Lao động tỉnh Cà Mau tổ chức chương trình "
                "“Tết sum vầy - Xuân ơn Đảng” năm 2026, trao quà cho đoàn viên, người lao động có hoàn cảnh khó khăn."],
               [("Tết sum vầy - Xuân ơn Đảng", "program")], [cm], res)
    assert ("Tết sum vầy - Xuân ơn Đảng", "support", cm[0]) in [(c, a, o) for c, a, o, _, _ in held]
    dt = ("Công đoàn ngành Giáo dục Đồng Tháp", "Công đoàn ngành Giáo dục Đồng Tháp")
    handed = run(["Trao túi an sinh", "Sáng nay, Công đoàn ngành Giáo dục Đồng Tháp tổ chức trao 800 “Túi an sinh công "
                  "đoàn” cho đoàn viên và người lao động thuộc công đoàn cơ sở Sở Giáo dục và Đào tạo Đồng Tháp."],
                 [("Túi an sinh công đoàn", "program")], [dt], res)
    assert [(c, a) for c, a, _, _, _ in handed if c] == [("Túi an sinh công đoàn", "support")]


def test_an_award_handed_to_passive_receivers_is_a_commendation_by_nobody_named(res):
    # the trigger "trao Giải thưởng" runs into the name: it still governs it (the act carried from the sentence
    # before, "thực hiện", does not)
    text = ("Trong 5 năm qua, hưởng ứng các phong trào thi đua, CNVC-LĐ quận đã thực hiện 673 đề tài, sáng kiến, làm "
            "lợi và tiết kiệm 27 tỉ đồng. Từ phong trào thi đua, 37 điển hình lao động sáng tạo được trao Giải thưởng "
            "Trần Văn Kiểu.")
    found = run(["Quận Gò Vấp tuyên dương điển hình", text], [("Giải thưởng Trần Văn Kiểu", "title")], [], res)
    assert ("Giải thưởng Trần Văn Kiểu", "commend", None) in [f[:3] for f in found]
    assert not any(f[0] == "Giải thưởng Trần Văn Kiểu" and f[1] == "implement" for f in found)


def test_a_commendation_with_an_award_belongs_to_the_issuer_the_text_names(res):
    paragraphs = [
        "Trao Giải thưởng Nguyễn Đức Cảnh cho 139 công nhân",
        "Giải thưởng Nguyễn Đức Cảnh là phần thưởng cao quý do Tổng Liên đoàn Lao động Việt Nam tổ chức xét chọn và "
        "trao tặng 5 năm một lần.",
        "Phát biểu tại buổi lễ, Phó Thủ tướng đã biểu dương 139 công nhân, lao động xuất sắc, tiêu biểu được trao "
        "Giải thưởng Nguyễn Đức Cảnh lần này.",
    ]
    found = run(paragraphs, [("Giải thưởng Nguyễn Đức Cảnh", "title")],
                [("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam")], res)
    commendations = [f[:3] for f in found if f[1] == "commend"]
    assert ("Giải thưởng Nguyễn Đức Cảnh", "commend", "Tổng Liên đoàn Lao động Việt Nam") in commendations
    assert ("Giải thưởng Nguyễn Đức Cảnh", "commend", None) not in commendations


def test_a_generic_agent_of_a_passive_acts_however_long_its_list(res):
    text = ("Ngày 9/6, LĐLĐ quận Hoàn Kiếm đã tổ chức Lễ tuyên dương năm 2023. Những năm qua, phong "
            "trào thi đua “Lao động giỏi”, phấn đấu đạt danh hiệu “Công nhân giỏi” đã được các cấp Công đoàn và công "
            "nhân, viên chức, lao động (CNVCLĐ) quận Hoàn Kiếm hưởng ứng sâu rộng.")
    found = run(["Quận Hoàn Kiếm tuyên dương điển hình", text], [("Lao động giỏi", "movement"), ("Công nhân giỏi", "title")],
                [("Liên đoàn Lao động quận Hoàn Kiếm", "LĐLĐ quận")], res)
    assert [f[:3] for f in found if f[0] == "Lao động giỏi"] == [("Lao động giỏi", "implement", None)]
    assert all(f[2] is None for f in found if f[0] == "Công nhân giỏi")


def test_guests_named_by_their_offices_do_not_become_the_story_actor(res):
    paragraphs = [
        "Quận Hoàn Kiếm tuyên dương điển hình",
        "Ngày 9/6, Liên đoàn Lao động quận Hoàn Kiếm đã tổ chức Lễ tuyên dương năm 2023. Phó Chủ tịch LĐLĐ thành phố "
        "Hà Nội Lê Đình Hùng đã dự và phát biểu tại buổi lễ. Dịp này, các đơn vị tiếp tục thực hiện phong trào thi "
        "đua “Lao động giỏi”.",
    ]
    found = run(paragraphs, [("Lao động giỏi", "movement")],
                [("Liên đoàn Lao động quận Hoàn Kiếm", "Liên đoàn Lao động quận Hoàn Kiếm"),
                 ("Liên đoàn Lao động thành phố Hà Nội", "LĐLĐ thành phố Hà Nội")], res)
    assert [f[:3] for f in found if f[0] == "Lao động giỏi"] == [
        ("Lao động giỏi", "implement", "Liên đoàn Lao động quận Hoàn Kiếm")]


def test_a_commendation_belongs_to_the_body_that_issues_the_award_form(res):
    orgs = [("Liên đoàn Lao động tỉnh Nghệ An", "LĐLĐ tỉnh Nghệ An"), ("Tổng Liên đoàn Lao động Việt Nam", "Tổng LĐLĐ Việt Nam"),
            ("Công ty May 10", "Công ty May 10")]
    handed = run(["Tin", "Tại hội nghị, LĐLĐ tỉnh Nghệ An đã trao Bằng khen của Tổng LĐLĐ Việt Nam cho 10 tập thể."], [], orgs, res)
    received = run(["Tin", "Dịp này, 10 tập thể được nhận Bằng khen của Tổng LĐLĐ Việt Nam."], [], orgs, res)
    owner = run(["Tin", "LĐLĐ tỉnh Nghệ An trao Bằng khen cho 10 công nhân của Công ty May 10."], [], orgs, res)
    assert [f[:3] for f in handed] == [(None, "commend", "Tổng Liên đoàn Lao động Việt Nam")]
    assert [f[:3] for f in received] == [(None, "commend", "Tổng Liên đoàn Lao động Việt Nam")]
    assert [f[:3] for f in owner] == [(None, "commend", "Liên đoàn Lao động tỉnh Nghệ An")]  # the recipients' employer


def test_the_body_after_an_upstream_plans_issuer_is_the_subject_not_a_list_member(res):
    found = run(["Tin", "Thực hiện Kế hoạch của Tổng LĐLĐ Việt Nam, LĐLĐ tỉnh Nghệ An triển khai phong trào thi đua "
                        "“Lao động giỏi”."], [("Lao động giỏi", "movement")],
                [("Tổng Liên đoàn Lao động Việt Nam", "Tổng LĐLĐ Việt Nam"), ("Liên đoàn Lao động tỉnh Nghệ An", "LĐLĐ tỉnh Nghệ An")],
                res)
    assert [f[:3] for f in found] == [("Lao động giỏi", "implement", "Liên đoàn Lao động tỉnh Nghệ An")]


def test_handing_over_gifts_is_support_counted_award_forms_a_commendation_and_a_meeting_no_drive(res):
    org = [("Liên đoàn Lao động tỉnh Nghệ An", "LĐLĐ tỉnh Nghệ An")]
    gifts = run(["Tin", "Nhân dịp này, LĐLĐ tỉnh Nghệ An đã trao 100 suất quà, mỗi suất trị giá 500.000 đồng cho công "
                        "nhân có hoàn cảnh khó khăn."], [], org, res)
    awards = run(["Tin", "LĐLĐ tỉnh Nghệ An trao 10 Bằng khen cho các tập thể."], [], org, res)
    meeting = run(["Tin", "Ngày 15/3, LĐLĐ tỉnh Nghệ An tổ chức Hội nghị tổng kết phong trào thi đua năm 2023 và phát "
                          "động thi đua năm 2024."], [], org, res)
    assert gifts == [(None, "support", "Liên đoàn Lao động tỉnh Nghệ An", None, ("100 suất quà", "500.000 đồng"))]
    assert awards == [(None, "commend", "Liên đoàn Lao động tỉnh Nghệ An", None, ("10 Bằng khen",))]
    assert [f[:4] for f in meeting] == [(None, "review", "Liên đoàn Lao động tỉnh Nghệ An", "2023"),
                                        (None, "launch", "Liên đoàn Lao động tỉnh Nghệ An", "2024")]


def test_gifts_given_with_a_bare_tang_and_loans_from_a_union_fund_are_support(res):
    """FORMAT: support is "chăm lo, hỗ trợ, ủng hộ, donations": a bare "tặng" handing over counted gifts (as "trao"
    does), relief bags and houses, and a union fund's loans to poor workers ("trợ vốn") with their figures."""
    org = [("Liên đoàn Lao động tỉnh Bình Dương", "LĐLĐ tỉnh Bình Dương")]
    bags = run(["Tin", "LĐLĐ tỉnh Bình Dương sẽ tặng 10.000 túi an sinh cho đoàn viên có hoàn cảnh khó khăn."], [], org, res)
    loans = run(["Tin", "Năm 2023, LĐLĐ tỉnh Bình Dương đã trợ vốn cho 2.500 công nhân nghèo với tổng số tiền 30 tỉ đồng."],
                [], org, res)
    award = run(["Tin", "LĐLĐ tỉnh Bình Dương tặng 12 Bằng khen cho các tập thể."], [], org, res)
    assert [f[:3] for f in bags] == [(None, "support", "Liên đoàn Lao động tỉnh Bình Dương")]
    assert [f[:3] for f in loans] == [(None, "support", "Liên đoàn Lao động tỉnh Bình Dương")]
    assert [f[:3] for f in award] == [(None, "commend", "Liên đoàn Lao động tỉnh Bình Dương")]


def test_trao_tang_hands_over_awards_as_a_commendation_and_gifts_as_support(res):
    """FORMAT: commend is "awards given"; "trao tặng" reads as handing over gifts until an award form, a title or a
    prize follows it."""
    org = [("Tổng Liên đoàn Lao động Việt Nam", "Tổng LĐLĐ Việt Nam")]
    medal = run(["Tin", "Tổng LĐLĐ Việt Nam trao tặng Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức Công đoàn” cho "
                        "20 cá nhân."], [("Vì sự nghiệp xây dựng tổ chức Công đoàn", "title")], org, res)
    title = run(["Tin", "Tổng LĐLĐ Việt Nam trao tặng danh hiệu “Chiến sĩ thi đua” cho 20 cá nhân."],
                [("Chiến sĩ thi đua", "title")], org, res)
    forms = run(["Tin", "Tổng LĐLĐ Việt Nam trao tặng 20 Bằng khen cho các tập thể."], [], org, res)
    gifts = run(["Tin", "Tổng LĐLĐ Việt Nam trao tặng 200 suất quà cho công nhân."], [], org, res)
    prize = run(["Tin", "Tổng LĐLĐ Việt Nam trao tặng “Giải thưởng Nguyễn Đức Cảnh” cho 20 công nhân."],
                [("Giải thưởng Nguyễn Đức Cảnh", "title")], org, res)
    assert [f[:3] for f in prize] == [("Giải thưởng Nguyễn Đức Cảnh", "commend", "Tổng Liên đoàn Lao động Việt Nam")]
    assert [f[:3] for f in medal] == [("Vì sự nghiệp xây dựng tổ chức Công đoàn", "commend", "Tổng Liên đoàn Lao động Việt Nam")]
    assert [f[:3] for f in title] == [("Chiến sĩ thi đua", "commend", "Tổng Liên đoàn Lao động Việt Nam")]
    assert [f[:3] for f in forms] == [(None, "commend", "Tổng Liên đoàn Lao động Việt Nam")]
    assert [f[:3] for f in gifts] == [(None, "support", "Tổng Liên đoàn Lao động Việt Nam")]


def test_worker_care_without_figures_is_no_activity_of_its_own(res):
    org = [("Liên đoàn Lao động tỉnh Nghệ An", "LĐLĐ tỉnh Nghệ An")]
    words = run(["Tin", "LĐLĐ tỉnh Nghệ An luôn quan tâm chăm lo đời sống, tặng quà cho công nhân có hoàn cảnh khó khăn."],
                [], org, res)
    counted = run(["Tin", "LĐLĐ tỉnh Nghệ An đã thăm hỏi, tặng quà cho 214 công nhân có hoàn cảnh khó khăn."], [], org, res)
    assert words == []  # FORMAT: an unnamed drive is an activity as "support with figures"
    assert [f[:3] for f in counted] == [(None, "support", "Liên đoàn Lao động tỉnh Nghệ An")]


def test_a_care_program_held_by_a_body_is_support_and_scholarships_handed_over_too(res):
    held = run(["Tin", "Nhiều “Điểm phúc lợi đoàn viên” do LĐLĐ thành phố Hồ Chí Minh tổ chức đã ra mắt."],
               [("Điểm phúc lợi đoàn viên", "program")],
               [("Liên đoàn Lao động thành phố Hồ Chí Minh", "LĐLĐ thành phố Hồ Chí Minh")], res)
    handed = run(["Tin", "Công đoàn Khu công nghiệp Việt Nam - Singapore tổ chức trao 500 suất học bổng “Chắp cánh ước mơ” "
                         "cho con công nhân."], [("Chắp cánh ước mơ", "program")],
                 [("Công đoàn Khu công nghiệp Việt Nam - Singapore", "Công đoàn Khu công nghiệp Việt Nam - Singapore")], res)
    assert [f[:3] for f in held] == [("Điểm phúc lợi đoàn viên", "support", "Liên đoàn Lao động thành phố Hồ Chí Minh")]
    assert [f[:3] for f in handed] == [("Chắp cánh ước mơ", "support", "Công đoàn Khu công nghiệp Việt Nam - Singapore")]


def test_an_unnamed_implementing_act_counts_with_counted_documents_not_with_other_counts(res):
    org = [("Liên đoàn Lao động tỉnh Nghệ An", "LĐLĐ tỉnh Nghệ An")]
    classes = run(["Tin", "Năm 2023, LĐLĐ tỉnh Nghệ An đã phối hợp tổ chức 15 lớp tập huấn cho 2.000 cán bộ công đoàn."],
                  [], org, res)
    plans = run(["Tin", "LĐLĐ tỉnh Nghệ An đã triển khai 12 kế hoạch, 30 văn bản chỉ đạo."], [], org, res)
    assert classes == []
    assert [f[:3] for f in plans] == [(None, "implement", "Liên đoàn Lao động tỉnh Nghệ An")]


def test_an_act_the_headline_states_without_a_body_is_the_bodys_act(res):
    """FORMAT: an act first stated in the headline is the same activity as in the body (one entry); the headline
    leaves out who acts, the body names it. A headline that only names a movement states no act of its own."""
    rail = ("Công đoàn Tổng Công ty Đường sắt Việt Nam", "Công đoàn Tổng Công ty Đường sắt Việt Nam")
    pact = run(["Ký kết giao ước thi đua năm 2025", "(LĐTĐ) Ngày 10/3, Công đoàn Tổng Công ty Đường sắt Việt Nam tổ chức "
                "Lễ ký kết giao ước thi đua năm 2025 giữa các công đoàn cơ sở trực thuộc."], [], [rail], res)
    tld = ("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam")
    month = run(["Phát động Tháng Công nhân năm 2025", "(LĐTĐ) Chiều 28/4, Tổng Liên đoàn Lao động Việt Nam phát động "
                 "Tháng Công nhân năm 2025."], [("Tháng Công nhân", "event")], [tld], res)
    assert [f[:3] for f in pact] == [(None, "launch", rail[0])]
    assert [f[:3] for f in month] == [("Tháng Công nhân", "launch", tld[0])]


def test_a_fronted_clause_with_the_act_belongs_to_the_bodies_opening_the_main_clause(res):
    """"Hưởng ứng X, A, B và C đã tổ chức ...": the movement answered is fronted, its subjects follow the comma; the
    body of the sentence before (who launched X) does not carry over to it."""
    tld = ("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam")
    provinces = [(f"Liên đoàn Lao động tỉnh {p}", f"Liên đoàn Lao động tỉnh {p}") for p in ("Thanh Hóa", "Nghệ An", "Hà Tĩnh")]
    paragraphs = [
        "Tin",
        "(LĐTĐ) Chiều 28/4, Tổng Liên đoàn Lao động Việt Nam phát động Tháng Công nhân năm 2025.",
        "Hưởng ứng Tháng Công nhân, Liên đoàn Lao động tỉnh Thanh Hóa, Liên đoàn Lao động tỉnh Nghệ An và Liên đoàn Lao "
        "động tỉnh Hà Tĩnh đã tổ chức nhiều hoạt động thiết thực cho đoàn viên.",
    ]
    found = run(paragraphs, [("Tháng Công nhân", "event")], [tld, *provinces], res)
    assert [f[:3] for f in found] == [("Tháng Công nhân", "launch", tld[0])] + [
        ("Tháng Công nhân", "implement", p[0]) for p in provinces]


def test_bodies_listed_before_an_act_with_a_tense_word_between_each_hold_it(res):
    """"A và B đã ký kết giao ước thi đua": "đã" (or "đều", "sẽ", "cũng") between the list and its act keeps every
    listed body its subject (FORMAT: signing an emulation pact is each signer's launch)."""
    hn = ("Công đoàn Công ty cổ phần Vận tải Đường sắt Hà Nội", "Công đoàn Công ty cổ phần Vận tải Đường sắt Hà Nội")
    sg = ("Công đoàn Công ty cổ phần Vận tải Đường sắt Sài Gòn", "Công đoàn Công ty cổ phần Vận tải Đường sắt Sài Gòn")
    found = run(["Tin", "(LĐTĐ) Theo đó, Công đoàn Công ty cổ phần Vận tải Đường sắt Hà Nội và Công đoàn Công ty cổ phần Vận "
                        "tải Đường sắt Sài Gòn đã ký kết giao ước thi đua năm 2025."], [], [hn, sg], res)
    assert [f[:4] for f in found] == [(None, "launch", hn[0], "2025"), (None, "launch", sg[0], "2025")]


def test_a_campaign_described_by_who_launched_it_is_no_act_of_the_story_body(res):
    """"Chương trình X do Tổng LĐLĐ phát động": the sentence tells the agent's launch (FORMAT: the issuer launches,
    and in a passive the agent acts); the province of the sentence before does nothing to X here."""
    tld = ("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam")
    bn = ("Liên đoàn Lao động tỉnh Bắc Ninh", "Liên đoàn Lao động tỉnh Bắc Ninh")
    paragraphs = ["Tin", "(LĐTĐ) Ngày 15/1, Liên đoàn Lao động tỉnh Bắc Ninh tổ chức thăm hỏi, tặng quà cho 200 đoàn viên.",
                  "Chương trình “Tết Sum vầy” do Tổng Liên đoàn Lao động Việt Nam phát động từ năm 2017."]
    found = run(paragraphs, [("Tết Sum vầy", "program")], [tld, bn], res)
    assert [f[:4] for f in found if f[0]] == [("Tết Sum vầy", "launch", tld[0], "2017")]


def test_a_review_joined_to_a_commendation_gives_both_acts(res):
    """FORMAT: review is "hội nghị sơ kết / tổng kết", commend "khen thưởng ... awards given": a conference that
    "tổng kết và khen thưởng" (or "tổng kết và trao giải") a movement or contest does both (articles2/other_021)."""
    gd = ("Công đoàn ngành Giáo dục Hà Nội", "Công đoàn ngành Giáo dục Hà Nội")
    movement = "Giỏi việc trường, đảm việc nhà"
    conference = run(["Tin", f"(LĐTĐ) Ngày 10/1, Công đoàn ngành Giáo dục Hà Nội tổ chức Hội nghị tổng kết và khen thưởng "
                             f"phong trào thi đua “{movement}” năm 2024."], [(movement, "movement")], [gd], res)
    ht = ("Liên đoàn Lao động tỉnh Hà Tĩnh", "Liên đoàn Lao động tỉnh")
    contest = "Bút ký, phóng sự viết về công nhân"
    prizes = run(["Tin", "Trước đó, Liên đoàn Lao động tỉnh cũng tổ chức tổng kết và trao giải Cuộc thi Bút ký, phóng sự viết "
                         "về công nhân."], [(contest, "contest")], [ht], res)
    assert [f[:4] for f in conference] == [(movement, "review", gd[0], "2024"), (movement, "commend", gd[0], "2024")]
    assert [f[:3] for f in prizes] == [(contest, "review", ht[0]), (contest, "commend", ht[0])]


def test_an_award_of_an_office_holder_belongs_to_the_body_he_heads(res):
    """"Bằng khen của Chủ tịch UBND thành phố": the award the head of a body signs is that body's commendation
    (FORMAT: a commendation belongs to the body that issues the award), handed over or received."""
    orgs = [("Công đoàn ngành Giáo dục Hà Nội", "Công đoàn ngành Giáo dục Hà Nội"),
            ("Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân thành phố Hà Nội")]
    received = run(["Tin", "Dịp này, Công đoàn ngành Giáo dục Hà Nội tổ chức hội nghị; 5 tập thể được nhận Bằng khen của Chủ "
                           "tịch Ủy ban nhân dân thành phố Hà Nội."], [], orgs, res)
    handed = run(["Tin", "Tại hội nghị, Công đoàn ngành Giáo dục Hà Nội đã trao Bằng khen của Chủ tịch Ủy ban nhân dân thành "
                         "phố Hà Nội cho 5 tập thể."], [], orgs, res)
    assert [f[:3] for f in received] == [(None, "commend", orgs[1][0])]
    assert [f[:3] for f in handed] == [(None, "commend", orgs[1][0])]


def test_gifts_handed_over_under_a_named_care_program_are_that_programs_support(res):
    """"Thực hiện chương trình “Tết Sum vầy”, LĐLĐ quận đã trao 500 suất quà": one act, the program's support (FORMAT:
    a worker-care event is support; unnamed drives get an activity only when they are a distinct act)."""
    lb = ("Liên đoàn Lao động quận Long Biên", "Liên đoàn Lao động quận Long Biên")
    found = run(["Tin", "(LĐTĐ) Thực hiện chương trình “Tết Sum vầy” năm 2025, Liên đoàn Lao động quận Long Biên đã trao "
                        "500 suất quà cho đoàn viên có hoàn cảnh khó khăn."], [("Tết Sum vầy", "program")], [lb], res)
    assert [f[:3] for f in found] == [("Tết Sum vầy", "support", lb[0])]


def test_company_unions_listed_after_an_upstream_directive_are_the_subject(res):
    """"Thực hiện chỉ đạo của LĐLĐ tỉnh, Công đoàn Công ty A và Công đoàn Công ty B đã tổ chức Lễ phát động ...": the
    named company unions launch; the issuer of the directive gets no activity (FORMAT, "Who acts")."""
    bd = ("Liên đoàn Lao động tỉnh Bình Dương", "Liên đoàn Lao động tỉnh Bình Dương")
    nidec = ("Công đoàn Công ty TNHH Nidec Việt Nam", "Công đoàn Công ty TNHH Nidec Việt Nam")
    becamex = ("Công đoàn Công ty cổ phần Becamex", "Công đoàn Công ty cổ phần Becamex")
    month = "Tháng hành động về An toàn, vệ sinh lao động"
    found = run(["Tin", "(LĐTĐ) Thực hiện chỉ đạo của Liên đoàn Lao động tỉnh Bình Dương, Công đoàn Công ty TNHH Nidec Việt "
                        "Nam và Công đoàn Công ty cổ phần Becamex đã tổ chức Lễ phát động Tháng hành động về An toàn, vệ "
                        "sinh lao động năm 2025."], [(month, "event")], [bd, nidec, becamex], res)
    assert [f[:3] for f in found] == [(month, "launch", nidec[0]), (month, "launch", becamex[0])]


def test_a_review_takes_the_period_written_between_the_act_and_the_movement(res):
    """FORMAT: "Hội nghị sơ kết 6 tháng đầu năm 2020" -> the covered period; with an event day as well, the period."""
    dd = ("Liên đoàn Lao động quận Đống Đa", "Liên đoàn Lao động quận Đống Đa")
    movement = "Lao động giỏi, lao động sáng tạo"
    found = run(["Tin", f"(LĐTĐ) Ngày 5/7, Liên đoàn Lao động quận Đống Đa tổ chức Hội nghị sơ kết 6 tháng đầu năm 2025 phong "
                        f"trào thi đua “{movement}”."], [(movement, "movement")], [dd], res)
    assert [f[:4] for f in found] == [(movement, "review", dd[0], "2025-01-01/2025-06-30")]


def test_an_agentless_passive_commendation_with_no_count_is_no_activity_of_its_own(res):
    """"Các tập thể, cá nhân được khen thưởng tại Hội nghị": the honoured looked back on, with no giver and no count,
    is no distinct act (FORMAT: unnamed drives get an activity when they are a distinct act); a count keeps it."""
    org = [("Liên đoàn Lao động tỉnh Nghệ An", "LĐLĐ tỉnh Nghệ An")]
    paragraphs = ["Tin", "(LĐTĐ) Tại hội nghị, LĐLĐ tỉnh Nghệ An đã khen thưởng 20 tập thể có thành tích xuất sắc.",
                  "Các tập thể, cá nhân được khen thưởng đều có nhiều sáng kiến trong lao động sản xuất."]
    found = run(paragraphs, [], org, res)
    counted = run(["Tin", "(LĐTĐ) Dịp này, 191 nhà giáo được tuyên dương."], [], org, res)
    assert [f[:3] for f in found] == [(None, "commend", org[0][0])]
    assert [f[:3] for f in counted] == [(None, "commend", None)]


def test_an_award_ceremony_named_as_the_place_is_no_act_of_its_own(res):
    """"Tham dự lễ trao giải có ...", "Tại lễ trao giải, ...": the ceremony is where the story happens; the act is the
    one the sentence (or the story) tells, not a second commendation."""
    org = [("Liên đoàn Lao động tỉnh Nghệ An", "LĐLĐ tỉnh Nghệ An")]
    guests = run(["Tin", "(LĐTĐ) Tham dự lễ trao giải có đồng chí Nguyễn Văn Tâm, Phó Chủ tịch Ủy ban nhân dân tỉnh."], [], org, res)
    place = run(["Tin", "(LĐTĐ) Tại lễ trao giải, LĐLĐ tỉnh Nghệ An đã trao 10 Bằng khen cho các tập thể."], [], org, res)
    assert guests == []
    assert [f[:3] for f in place] == [(None, "commend", org[0][0])]


def test_a_bare_contest_word_refers_back_to_the_one_contest_named_before(res):
    """"Hội thi thu hút 45 đội thi ...; A, B cùng tham gia hội thi": the article's one contest, named in an earlier
    sentence (FORMAT: a body taking part in a contest gets a contest activity as well as the organiser)."""
    hn = ("Liên đoàn Lao động thành phố Hà Nội", "Liên đoàn Lao động thành phố Hà Nội")
    hm = ("Liên đoàn Lao động quận Hoàng Mai", "Liên đoàn Lao động quận Hoàng Mai")
    contest = "An toàn vệ sinh viên giỏi thành phố Hà Nội"
    paragraphs = ["Tin", f"(LĐTĐ) Ngày 20/5, Liên đoàn Lao động thành phố Hà Nội tổ chức Hội thi {contest} năm 2025.",
                  "Liên đoàn Lao động quận Hoàng Mai cũng tham gia hội thi với 18 thí sinh."]
    found = run(paragraphs, [(contest, "contest")], [hn, hm], res)
    assert [f[:3] for f in found] == [(contest, "contest", hn[0]), (contest, "contest", hm[0])]


def test_gifts_folded_into_a_named_care_program_bring_their_figures(res):
    """"Thực hiện Chương trình “Tết Sum vầy”, LĐLĐ quận đã trao 300 suất quà, mỗi suất trị giá 1 triệu đồng": the gifts are
    the program's support, so their figures quantify it (FORMAT: the figures that quantify the activity)."""
    hk = ("Liên đoàn Lao động quận Hoàn Kiếm", "LĐLĐ quận Hoàn Kiếm")
    found = run(["Tin", "(LĐTĐ) Thực hiện Chương trình “Tết Sum vầy” năm 2025, LĐLĐ quận Hoàn Kiếm đã trao 300 suất quà, mỗi "
                        "suất trị giá 1 triệu đồng cho đoàn viên, người lao động có hoàn cảnh khó khăn."],
                [("Tết Sum vầy", "program")], [hk], res)
    assert [(f[0], f[1], f[2], f[4]) for f in found] == [("Tết Sum vầy", "support", hk[0], ("300 suất quà", "1 triệu đồng"))]


def test_bodies_listed_before_a_pact_also_hold_the_act_they_go_on_to(res):
    """"A và B đã ký kết giao ước thi đua, cam kết thực hiện tốt phong trào X": the second verb drops its subject, which
    is the whole list (FORMAT: a sentence with an elided subject continues the named actor), not B alone."""
    canon = ("Công đoàn Công ty TNHH Canon Việt Nam", "Công đoàn Công ty TNHH Canon Việt Nam")
    may10 = ("Công đoàn Công ty cổ phần May 10", "Công đoàn Công ty CP May 10")
    movement = "Giỏi việc nước, đảm việc nhà"
    found = run(["Tin", f"(LĐTĐ) Công đoàn Công ty TNHH Canon Việt Nam và Công đoàn Công ty CP May 10 đã ký kết giao ước thi đua, "
                        f"cam kết thực hiện tốt phong trào “{movement}”."], [(movement, "movement")], [canon, may10], res)
    assert [f[:3] for f in found] == [(None, "launch", canon[0]), (None, "launch", may10[0]),
                                      (movement, "implement", canon[0]), (movement, "implement", may10[0])]


def test_members_opening_the_sentence_act_with_no_body(res):
    """"Đoàn viên, người lao động tích cực hưởng ứng phong trào X": the members are the subject, no body (FORMAT: the
    organization is null when the actor is generic or unstated); the body of the sentence before does not carry."""
    lb = ("Liên đoàn Lao động quận Long Biên", "Liên đoàn Lao động quận Long Biên")
    movement = "Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động"
    paragraphs = ["Tin", "(LĐTĐ) Ngày 10/7, Liên đoàn Lao động quận Long Biên tổ chức Hội nghị sơ kết công tác Công đoàn 6 tháng "
                         "đầu năm 2025.",
                  f"Đoàn viên, người lao động tích cực hưởng ứng phong trào “{movement}”."]
    found = run(paragraphs, [(movement, "movement")], [lb], res)
    assert [f[:3] for f in found] == [(None, "review", lb[0]), (movement, "implement", None)]


def test_a_passive_commendation_by_every_level_has_no_body_nor_the_campaign_of_an_earlier_clause(res):
    """"...đã triển khai các phong trào “X”, “Y”; 12 tập thể và 35 cá nhân được các cấp khen thưởng": every level is the
    generic agent (FORMAT: organization null), and the movements of the earlier clause are not what was commended."""
    px = ("Công đoàn phường Phúc Xá", "Công đoàn phường Phúc Xá", "Công đoàn phường")
    paragraphs = ["Tin", "(LĐTĐ) Nhiệm kỳ qua, Công đoàn phường Phúc Xá đã tích cực triển khai các phong trào thi đua như “Giỏi "
                         "việc nước, đảm việc nhà”, “Xanh - Sạch - Đẹp”; 12 tập thể và 35 cá nhân được các cấp khen thưởng."]
    found = run(paragraphs, [("Giỏi việc nước, đảm việc nhà", "movement"), ("Xanh - Sạch - Đẹp", "movement")], [px], res)
    assert [f[:3] for f in found] == [("Giỏi việc nước, đảm việc nhà", "implement", px[0]),
                                      ("Xanh - Sạch - Đẹp", "implement", px[0]), (None, "commend", None)]


def test_a_sectors_unions_at_every_level_are_a_generic_actor(res):
    """"Công đoàn Giáo dục các cấp đã tổ chức ...": the sector's unions at every level, like "các cấp Công đoàn", are a
    generic actor (FORMAT: organization null), not the sector's national union carried from the sentence before."""
    gd = ("Công đoàn Giáo dục Việt Nam", "Công đoàn Giáo dục Việt Nam")
    movement = "Dạy tốt - Học tốt"
    paragraphs = ["Tin", "(LĐTĐ) Năm học 2024 - 2025, Công đoàn Giáo dục Việt Nam đã phát động phong trào thi đua trong toàn ngành.",
                  f"Công đoàn Giáo dục các cấp đã triển khai phong trào “{movement}” trong đội ngũ nhà giáo."]
    found = run(paragraphs, [(movement, "movement")], [gd], res)
    assert [f[:3] for f in found] == [(None, "launch", gd[0]), (movement, "implement", None)]


def test_organising_a_count_of_contests_is_one_contest_act_with_its_count(res):
    """"Các cấp công đoàn đã tổ chức 250 hội thi tay nghề, thu hút hơn 10.000 người tham gia": "tổ chức" is the contest's
    verb, not a second (implement) act, and the count of contests quantifies the contest (FORMAT: contest; figures)."""
    tb = ("Liên đoàn Lao động tỉnh Thái Bình", "LĐLĐ tỉnh Thái Bình")
    found = run(["Tin", "(LĐTĐ) Năm 2024, các cấp công đoàn đã tổ chức 250 hội thi tay nghề, thu hút hơn 10.000 người tham gia."],
                [], [tb], res)
    assert [(f[0], f[1], f[2], f[4]) for f in found] == [(None, "contest", None, ("250 hội thi", "hơn 10.000 người"))]


def test_the_local_federations_of_every_district_are_a_generic_actor(res):
    """"LĐLĐ các quận, huyện, thị xã đã ... trao 5.000 suất quà": the federations of every district, unnamed, are a
    generic actor (FORMAT: organization null), not the city federation carried from the sentence before; a list that
    names them ("LĐLĐ các huyện: Thanh Trì, Gia Lâm") is no generic actor."""
    hn = ("Liên đoàn Lao động thành phố Hà Nội", "LĐLĐ thành phố Hà Nội")
    paragraphs = ["Tin", "(LĐTĐ) Năm 2025, LĐLĐ thành phố Hà Nội đã trao 2.000 suất quà cho công nhân.",
                  "LĐLĐ các quận, huyện, thị xã đã trao 5.000 suất quà cho công nhân."]
    found = run(paragraphs, [], [hn], res)
    assert [(f[0], f[1], f[2], f[4]) for f in found] == [(None, "support", hn[0], ("2.000 suất quà",)),
                                                       (None, "support", None, ("5.000 suất quà",))]


def test_an_award_presented_by_two_leaders_is_each_of_their_bodies_commendation(res):
    """"Đồng chí A, Phó Chủ tịch LĐLĐ thành phố và đồng chí B, Chủ tịch LĐLĐ quận đã trao Bằng khen ...": award news names
    the presenters by their offices; FORMAT gives a commendation with no named issuer to each body whose leader presents
    it, not to the body written last alone."""
    hn = ("Liên đoàn Lao động thành phố Hà Nội", "Liên đoàn Lao động thành phố Hà Nội")
    bd = ("Liên đoàn Lao động quận Ba Đình", "Liên đoàn Lao động quận Ba Đình")
    found = run(["Tin", "(LĐTĐ) Đồng chí Lê Văn Hà, Phó Chủ tịch Liên đoàn Lao động thành phố Hà Nội và đồng chí Nguyễn Thị Lan, "
                        "Chủ tịch Liên đoàn Lao động quận Ba Đình đã trao Bằng khen cho 30 tập thể, cá nhân."], [], [hn, bd], res)
    assert [f[:3] for f in found] == [(None, "commend", hn[0]), (None, "commend", bd[0])]


def test_a_guest_who_attends_the_meeting_is_not_its_actor(res):
    """"Đồng chí A, Phó Trưởng Ban Dân vận Thành ủy dự Hội nghị tổng kết phong trào X của LĐLĐ quận": union news names the
    guests of honour first; the meeting's owner ("của") or organiser ("do ... tổ chức") holds the act (FORMAT: the body the
    text presents as doing it), and the story goes on with it; with no owner named, no guest acts."""
    dv = ("Ban Dân vận Thành ủy Hà Nội", "Ban Dân vận Thành ủy Hà Nội")
    th = ("Liên đoàn Lao động quận Tây Hồ", "Liên đoàn Lao động quận Tây Hồ")
    lb = ("Liên đoàn Lao động quận Long Biên", "Liên đoàn Lao động quận Long Biên")
    movement = "Lao động giỏi, Lao động sáng tạo"
    owned = run(["Tin", f"(LĐTĐ) Ngày 12/1, đồng chí Nguyễn Thị Hà, Phó Trưởng Ban Dân vận Thành ủy Hà Nội dự Hội nghị tổng kết "
                        f"phong trào thi đua “{movement}” năm 2024 của Liên đoàn Lao động quận Tây Hồ.",
                 "Hội nghị đã khen thưởng 20 tập thể."], [(movement, "movement")], [dv, th], res)
    organised = run(["Tin", "(LĐTĐ) Sáng 5/5, đồng chí Nguyễn Thị Hà, Phó Trưởng Ban Dân vận Thành ủy Hà Nội đã đến dự Lễ phát động "
                            "Tháng Công nhân năm 2025 do Liên đoàn Lao động quận Long Biên tổ chức."],
                    [("Tháng Công nhân", "event")], [dv, lb], res)
    unstated = run(["Tin", "(LĐTĐ) Sáng 5/5, đồng chí Nguyễn Thị Hà, Phó Trưởng Ban Dân vận Thành ủy Hà Nội đã dự Lễ phát động "
                           "Tháng Công nhân năm 2025 tại Khu công nghiệp Thăng Long."], [("Tháng Công nhân", "event")], [dv], res)
    assert [f[:3] for f in owned] == [(movement, "review", th[0]), (None, "commend", th[0])]
    assert [f[:3] for f in organised] == [("Tháng Công nhân", "launch", lb[0])]
    assert [f[:3] for f in unstated] == [("Tháng Công nhân", "launch", None)]


def test_a_body_after_tai_is_the_place_not_an_actor(res):
    """"Ngày 10/3, tại trụ sở LĐLĐ tỉnh Bắc Ninh, Công đoàn Công ty A tổ chức Lễ phát động ...": the body after "tại" names
    where the event happens; it is not listed with the subject that holds the act (FORMAT: the body the text presents as
    doing it)."""
    bn = ("Liên đoàn Lao động tỉnh Bắc Ninh", "Liên đoàn Lao động tỉnh Bắc Ninh")
    sdv = ("Công đoàn Công ty TNHH Samsung Display Việt Nam", "Công đoàn Công ty TNHH Samsung Display Việt Nam")
    found = run(["Tin", "(LĐTĐ) Ngày 10/3, tại trụ sở Liên đoàn Lao động tỉnh Bắc Ninh, Công đoàn Công ty TNHH Samsung Display "
                        "Việt Nam tổ chức Lễ phát động phong trào thi đua “Tháng Công nhân” năm 2025."],
                [("Tháng Công nhân", "event")], [bn, sdv], res)
    assert [f[:3] for f in found] == [("Tháng Công nhân", "launch", sdv[0])]


def test_a_meeting_named_as_the_place_is_held_by_its_owner_not_by_the_speaker(res):
    """"Tại Hội nghị tổng kết phong trào X của Công đoàn Công ty A, đồng chí B, Phó Chủ tịch LĐLĐ thành phố phát biểu chỉ
    đạo": the conference is the company union's (its owner after "của"), the city federation's leader only speaks; the
    story goes on with the owner."""
    hn = ("Liên đoàn Lao động thành phố Hà Nội", "Liên đoàn Lao động thành phố Hà Nội")
    hk = ("Công đoàn Công ty Điện lực Hoàn Kiếm", "Công đoàn Công ty Điện lực Hoàn Kiếm", "Công đoàn Công ty")
    paragraphs = ["Tin", "(LĐTĐ) Sáng 15/1, tại Hội nghị tổng kết phong trào thi đua “Lao động giỏi” của Công đoàn Công ty Điện "
                         "lực Hoàn Kiếm, đồng chí Nguyễn Văn Nam, Phó Chủ tịch Liên đoàn Lao động thành phố Hà Nội phát biểu chỉ đạo.",
                  "Hội nghị đã khen thưởng 20 tập thể."]
    found = run(paragraphs, [("Lao động giỏi", "movement")], [hn, hk], res)
    assert [f[:3] for f in found] == [("Lao động giỏi", "review", hk[0]), (None, "commend", hk[0])]


def test_a_title_no_act_word_governs_is_held_not_an_act(res):
    """"Ông B là Anh hùng Lao động", "Đoàn Công nhân giỏi ... báo công": a title that a person or a unit holds, with no act
    word of its own, is no emulation act of the story's body (FORMAT's activities are acts done); one after a receiving verb
    ("các cá nhân đoạt Giải thưởng X") is an award received, with no giver named (the recipients do not give it); a title
    a drive works towards ("thi đua xây dựng hình ảnh “X”") is carried out."""
    tn = ("Liên đoàn Lao động tỉnh Thái Nguyên", "Liên đoàn Lao động tỉnh Thái Nguyên", "LĐLĐ tỉnh")
    held = run(["Tin", "(LĐTĐ) Sáng 20/7, Liên đoàn Lao động tỉnh Thái Nguyên tổ chức gặp mặt các công nhân tiêu biểu.",
                "Đoàn Công nhân giỏi tỉnh Thái Nguyên báo công dâng Bác.",
                "Ông Trần Văn Bình là Anh hùng Lao động, nguyên công nhân mỏ than Khánh Hòa."],
               [("Công nhân giỏi", "title"), ("Anh hùng Lao động", "title")], [tn], res)
    received = run(["Tin", "(LĐTĐ) Đồng chí Nguyễn Văn Hùng, Chủ tịch Liên đoàn Lao động tỉnh Thái Nguyên chụp ảnh lưu niệm cùng "
                           "các cá nhân đoạt Giải thưởng Nguyễn Đức Cảnh."], [("Giải thưởng Nguyễn Đức Cảnh", "title")], [tn], res)
    strived = run(["Tin", "(LĐTĐ) Thi đua xây dựng hình ảnh “Người Thợ mỏ - Người Chiến sỹ” đã trở thành phong trào lan tỏa "
                          "trong Liên đoàn Lao động tỉnh Thái Nguyên."], [("Người Thợ mỏ - Người Chiến sỹ", "title")], [tn], res)
    assert [f[:3] for f in held] == []
    assert [f[:3] for f in received] == [("Giải thưởng Nguyễn Đức Cảnh", "commend", None)]
    assert [f[:2] for f in strived] == [("Người Thợ mỏ - Người Chiến sỹ", "implement")]


def test_a_ceremony_handing_over_scholarships_is_support(res):
    """"LĐLĐ thị xã đã tổ chức lễ trao 123 phần học bổng ...": a ceremony that hands over gifts or scholarships is worker
    care (FORMAT: support), with its count, as "trao" alone is; a ceremony handing over award forms stays a commendation."""
    ta = ("Liên đoàn Lao động thị xã Thuận An", "LĐLĐ thị xã Thuận An", "LĐLĐ thị xã")
    gifts = run(["Tin", "Sáng 16/8, LĐLĐ thị xã Thuận An đã tổ chức lễ trao 123 phần học bổng cho con em công nhân có hoàn cảnh "
                        "khó khăn."], [], [ta], res)
    awards = run(["Tin", "Sáng 16/8, LĐLĐ thị xã Thuận An đã tổ chức lễ trao 20 Bằng khen cho các tập thể tiêu biểu."], [], [ta], res)
    assert [(f[1], f[2], f[4]) for f in gifts] == [("support", ta[0], ("123 phần học bổng",))]
    assert [(f[1], f[2]) for f in awards] == [("commend", ta[0])]


def test_a_body_receiving_an_award_is_not_its_giver(res):
    """"Công đoàn Viên chức tỉnh đón nhận Huân chương Lao động hạng Nhì": the body right before a receiving verb is the
    recipient; FORMAT gives a commendation to the issuer the text names ("nhận cờ thi đua xuất sắc của LĐLĐ TP HCM",
    also with the form's grade between), else to no body here."""
    qn = ("Công đoàn Viên chức tỉnh Quảng Nam", "Công đoàn Viên chức tỉnh Quảng Nam")
    gv = ("Liên đoàn Lao động quận Gò Vấp", "LĐLĐ quận Gò Vấp")
    hcm = ("Liên đoàn Lao động thành phố Hồ Chí Minh", "LĐLĐ TP HCM")
    unnamed = run(["Tin", "Sáng 20/7, Công đoàn Viên chức tỉnh Quảng Nam vinh dự đón nhận Huân chương Lao động hạng Nhì."],
                  [], [qn], res)
    issued = run(["Tin", "Năm 2023, LĐLĐ quận Gò Vấp nhận cờ thi đua xuất sắc của LĐLĐ TP HCM."], [], [gv, hcm], res)
    assert [f[1:3] for f in unnamed] == [("commend", None)]
    assert [f[1:3] for f in issued] == [("commend", hcm[0])]


def test_support_named_as_money_is_no_act(res):
    """"Tổng kinh phí hỗ trợ của chương trình là hơn 6,5 tỷ đồng": the money of the support is named, no act is done (the
    act that hands it over has its own word); "LĐLĐ tỉnh đã hỗ trợ 50 triệu đồng" is the act."""
    la = ("Liên đoàn Lao động tỉnh Long An", "Liên đoàn Lao động tỉnh Long An", "LĐLĐ tỉnh")
    total = run(["Tin", "Sáng 5/1, Liên đoàn Lao động tỉnh Long An tổ chức gặp mặt công nhân.",
                 "Tổng kinh phí hỗ trợ của chương trình là hơn 6,5 tỷ đồng.", "Tổng số tiền hỗ trợ lên tới 335 triệu đồng."],
                [], [la], res)
    act = run(["Tin", "Sáng 5/1, Liên đoàn Lao động tỉnh Long An đã hỗ trợ 50 triệu đồng cho công nhân."], [], [la], res)
    assert total == []
    assert [(f[1], f[2], f[4]) for f in act] == [("support", la[0], ("50 triệu đồng",))]


def test_further_gifts_of_a_body_already_caring_for_a_named_campaign_are_that_activity(res):
    """"Nhân Tháng Công nhân, Công đoàn Công ty A tổ chức tặng quà ... Dịp này, Công đoàn Công ty A cũng tặng quà cho 20
    công nhân ...": the further gifts of a body that already supports a named campaign, told in a later sentence, are that
    activity (their count goes on it), not an unnamed drive of their own; "Ngoài ra, ..." tells another act."""
    cs = ("Công đoàn Công ty Cao su Phú Riềng", "Công đoàn Công ty Cao su Phú Riềng", "Công đoàn Công ty")
    first = ("Nhân Tháng Công nhân năm 2024, sáng 20/5, Công đoàn Công ty Cao su Phú Riềng đã tổ chức tặng quà cho 40 con "
             "công nhân có hoàn cảnh khó khăn.")
    tied = run(["Tin", first, "Dịp này, Công đoàn Công ty cũng tặng quà cho 20 công nhân bị tai nạn lao động."],
               [("Tháng Công nhân", "event")], [cs], res)
    besides = run(["Tin", first, "Ngoài ra, Công đoàn Công ty còn trao 11 suất quà cho học sinh nghèo."],
                  [("Tháng Công nhân", "event")], [cs], res)
    assert [(f[0], f[1], f[2], f[4]) for f in tied] == [("Tháng Công nhân", "support", cs[0], ("40 con công", "20 công nhân"))]
    assert [(f[0], f[1], f[2], f[4]) for f in besides] == [("Tháng Công nhân", "support", cs[0], ("40 con công",)),
                                                          (None, "support", cs[0], ("11 suất quà",))]


def test_a_launch_named_as_the_means_of_a_result_and_the_dashed_field_of_work_are_no_acts(res):
    """"Qua phát động, hơn 20.300 sáng kiến được ứng dụng": the sentence tells what an earlier launch achieved, it launches
    nothing ("Thông qua phát động sâu rộng phong trào X" still launches X); "công tác thi đua - khen thưởng là ..." names the
    field of work, as the comma form does."""
    qn = ("Liên đoàn Lao động tỉnh Quảng Ngãi", "Liên đoàn Lao động tỉnh Quảng Ngãi", "LĐLĐ tỉnh")
    result = run(["Tin", "Năm 2024, Liên đoàn Lao động tỉnh Quảng Ngãi đã phát động phong trào thi đua “Lao động giỏi”.",
                  "Qua phát động, hơn 20.300 đề tài, sáng kiến của CNVC-LĐ được ứng dụng vào thực tiễn.",
                  "Theo Chủ tịch LĐLĐ tỉnh, công tác thi đua - khen thưởng là một nội dung quan trọng của tổ chức Công đoàn."],
                 [("Lao động giỏi", "movement")], [qn], res)
    launched = run(["Tin", "Thông qua phát động sâu rộng phong trào thi đua “Lao động giỏi”, Liên đoàn Lao động tỉnh Quảng Ngãi "
                           "sẽ xét chọn các điển hình."], [("Lao động giỏi", "movement")], [qn], res)
    assert [f[:3] for f in result] == [("Lao động giỏi", "launch", qn[0])]
    assert [f[:3] for f in launched] == [("Lao động giỏi", "launch", qn[0])]


def test_holding_a_health_or_gift_program_for_workers_is_support(res):
    """"LĐLĐ thành phố tổ chức chương trình “Vì sức khỏe người lao động” ...", "... tổ chức “Chợ 0 đồng” ...": a worker-care
    program of health checks, gifts or a free market is support when held (FORMAT: a worker-care event), as "Tết Sum vầy"
    is; a movement held stays carried out."""
    dn = ("Liên đoàn Lao động thành phố Đà Nẵng", "Liên đoàn Lao động thành phố Đà Nẵng", "LĐLĐ thành phố")
    found = run(["Tin", "Sáng 23/8, Liên đoàn Lao động thành phố Đà Nẵng tổ chức chương trình “Vì sức khỏe người lao động” "
                        "năm 2025 tại Khu công nghiệp Hòa Khánh.",
                 "Liên đoàn Lao động thành phố Đà Nẵng cũng tổ chức “Chợ 0 đồng” và thực hiện phong trào “Xanh - Sạch - Đẹp”."],
                [("Vì sức khỏe người lao động", "program"), ("Chợ 0 đồng", "program"), ("Xanh - Sạch - Đẹp", "movement")], [dn], res)
    assert [f[:3] for f in found] == [("Vì sức khỏe người lao động", "support", dn[0]), ("Chợ 0 đồng", "support", dn[0]),
                                      ("Xanh - Sạch - Đẹp", "implement", dn[0])]


def test_a_title_handed_over_is_a_commendation_not_support(res):
    """"Giải thưởng Nguyễn Văn Linh là phần thưởng cao quý của Tổng LĐLĐ Việt Nam trao tặng cán bộ công đoàn": "trao tặng"
    alone reads as handing over gifts, but a title handed over is a commendation (FORMAT), never worker care."""
    tld = ("Tổng Liên đoàn Lao động Việt Nam", "Tổng LĐLĐ Việt Nam")
    found = run(["Tin", "Giải thưởng Nguyễn Văn Linh là phần thưởng cao quý của Tổng LĐLĐ Việt Nam trao tặng cán bộ công đoàn "
                        "các cấp."], [("Giải thưởng Nguyễn Văn Linh", "title")], [tld], res)
    assert [f[:3] for f in found] == [("Giải thưởng Nguyễn Văn Linh", "commend", tld[0])]


def test_a_request_to_a_named_body_or_a_hope_is_no_act_done(res):
    """"Đồng chí A đề nghị CĐ Y tế Việt Nam tiếp tục duy trì tốt mọi phong trào và biểu dương kịp thời ...", "bày tỏ hy vọng
    rằng những hoạt động tôn vinh này ...": what a speaker asks of a named body or hopes for is not done (FORMAT's activities
    are the acts the article describes); a body asking the generic levels to act ("đề nghị công đoàn các cấp đẩy mạnh phong
    trào thi đua") directs them, and acts."""
    yt = ("Công đoàn Y tế Việt Nam", "Công đoàn Y tế Việt Nam", "CĐ Y tế Việt Nam")
    tld = ("Tổng Liên đoàn Lao động Việt Nam", "Tổng LĐLĐ Việt Nam")
    asked = run(["Tin", "Phát biểu tại hội nghị, đồng chí Nguyễn Văn An đề nghị CĐ Y tế Việt Nam tiếp tục duy trì tốt mọi "
                        "phong trào thi đua và biểu dương kịp thời những điển hình tiên tiến.",
                 "Phó Chủ tịch Tổng LĐLĐ Việt Nam bày tỏ hy vọng rằng những hoạt động tôn vinh này sẽ là động lực cho đoàn "
                 "viên."], [], [yt, tld], res)
    directed = run(["Tin", "Tổng LĐLĐ Việt Nam đề nghị công đoàn các cấp đẩy mạnh phong trào thi đua trong công nhân."],
                   [], [tld], res)
    assert asked == []
    assert [f[:3] for f in directed] == [(None, "implement", tld[0])]


def test_support_asked_of_the_employer_is_no_act_of_the_union(res):
    """"Công đoàn cơ sở đề nghị doanh nghiệp hỗ trợ thêm 200.000 đồng/người tiền xăng xe": at a work stoppage the union
    asks the employer to pay; nothing is handed over, so no support activity (neither the union's nor the federation's
    named before). The union's own gift stays one."""
    ml = ("Liên đoàn Lao động huyện Mê Linh", "Liên đoàn Lao động huyện Mê Linh")
    asked = run(["Tin", "Liên đoàn Lao động huyện Mê Linh đã xuống doanh nghiệp đối thoại với người lao động.",
                 "Công đoàn cơ sở đề nghị doanh nghiệp hỗ trợ thêm 200.000 đồng/người tiền xăng xe."], [], [ml], res)
    given = run(["Tin", "Liên đoàn Lao động huyện Mê Linh đã hỗ trợ 200.000 đồng/người cho công nhân."], [], [ml], res)
    assert asked == []
    assert [f[:3] for f in given] == [(None, "support", ml[0])]


def test_benefits_an_agreement_lists_after_nhu_are_its_terms_not_support_given(res):
    """"Thỏa ước có nhiều điều khoản có lợi hơn cho người lao động như tiền ăn ca 25.000 đồng/bữa, hỗ trợ nhà trọ 300.000
    đồng/tháng": the agreement's terms, as after a colon, not a care act; a union's own care listed the same way after
    "các chế độ phúc lợi như" is still support."""
    dm = ("Công đoàn Dệt may Việt Nam", "Công đoàn Dệt may Việt Nam")
    terms = run(["Tin", "Công đoàn Dệt may Việt Nam tổ chức lễ ký kết thỏa ước lao động tập thể nhóm doanh nghiệp.",
                 "Thỏa ước có nhiều điều khoản có lợi hơn cho người lao động như tiền ăn ca tối thiểu 25.000 đồng/bữa, hỗ "
                 "trợ nhà trọ 300.000 đồng/tháng."], [], [dm], res)
    care = run(["Tin", "Công đoàn Dệt may Việt Nam chăm lo các chế độ phúc lợi như hỗ trợ 2 triệu đồng cho 50 đoàn viên ốm "
                       "đau."], [], [dm], res)
    assert [f[:3] for f in terms if f[1] == "support"] == []
    assert [f[:3] for f in care] == [(None, "support", dm[0])]


def test_a_list_of_parts_in_the_next_sentence_lends_no_act_to_the_event(res):
    """"Tháng Công nhân ... với chủ đề “X”, LĐLĐ tỉnh tập trung vào 10 hoạt động nổi bật. Đó là tổ chức tôn vinh công nhân
    ...": the next sentence lists the parts; the commendation is one part's act, not the event's nor its theme's, which are
    carried out. A next sentence that tells the act itself still lends it ("Đây là hoạt động chào mừng Tháng Công nhân.
    LĐLĐ tỉnh sẽ tổ chức thăm, tặng quà cho 200 công nhân")."""
    bd = ("Liên đoàn Lao động tỉnh Bình Dương", "Liên đoàn Lao động tỉnh Bình Dương", "Liên đoàn Lao động tỉnh", "LĐLĐ tỉnh")
    camps = [("Tháng Công nhân", "event"), ("Đoàn kết công nhân - Triển khai nghị quyết", "theme")]
    listed = run(["Tin", "Tháng Công nhân năm 2024 với chủ đề “Đoàn kết công nhân - Triển khai nghị quyết”, Liên đoàn Lao động "
                         "tỉnh tập trung vào 10 hoạt động nổi bật. Đó là tổ chức tôn vinh công nhân lao động tiêu biểu; tổ "
                         "chức đối thoại với người lao động."], camps, [bd], res)
    told = run(["Tin", "Đây là hoạt động chào mừng Tháng Công nhân của Liên đoàn Lao động tỉnh Bình Dương. LĐLĐ tỉnh sẽ tổ "
                       "chức thăm, tặng quà cho 200 công nhân."], camps, [bd], res)
    assert [f[:3] for f in listed if f[0]] == [("Tháng Công nhân", "implement", bd[0]),
                                               ("Đoàn kết công nhân - Triển khai nghị quyết", "implement", bd[0])]
    assert [f[:3] for f in told if f[0]] == [("Tháng Công nhân", "support", bd[0])]


def test_an_award_proposed_is_no_commendation(res):
    """"LĐLĐ TPHCM đã có tờ trình gửi UBND thành phố, đề nghị công nhận và khen thưởng 10 cá nhân đạt giải thưởng Tôn Đức
    Thắng": the federation proposes the award to the body that gives it, an emulation management act (FORMAT's other),
    not a commendation of its own."""
    hcm = ("Liên đoàn Lao động thành phố Hồ Chí Minh", "Liên đoàn Lao động thành phố Hồ Chí Minh", "LĐLĐ TPHCM")
    found = run(["Tin", "Ngày 8-8, LĐLĐ TPHCM đã có tờ trình gửi UBND thành phố, đề nghị công nhận và khen thưởng 10 cá nhân "
                        "xuất sắc đạt giải thưởng Tôn Đức Thắng năm 2019."], [("giải thưởng Tôn Đức Thắng", "title")], [hcm], res)
    assert [f[:3] for f in found] == [("giải thưởng Tôn Đức Thắng", "other", hcm[0])]


def test_a_named_movement_asked_of_a_named_body_or_hoped_for_is_not_done(res):
    """"Chủ tịch UBND tỉnh đề nghị LĐLĐ tỉnh tiếp tục đẩy mạnh phong trào “X”", "mong muốn Công đoàn Công ty tổ chức tốt
    phong trào “Y”": a named movement asked of a named body, or hoped for, is no act the article describes (FORMAT: requests
    and hopes are not acts done); a body asking the generic levels to carry one out directs them, and acts."""
    na = ("Liên đoàn Lao động tỉnh Nghệ An", "Liên đoàn Lao động tỉnh Nghệ An", "LĐLĐ tỉnh")
    hs = ("Công đoàn Công ty TNHH Hoa Sen", "Công đoàn Công ty TNHH Hoa Sen")
    ub = ("Ủy ban nhân dân tỉnh Nghệ An", "UBND tỉnh")
    camps = [("Lao động giỏi", "movement"), ("Xanh - Sạch - Đẹp", "movement"), ("Văn hóa công sở", "movement")]
    found = run(["Tin", "Phát biểu tại hội nghị, Chủ tịch UBND tỉnh đề nghị LĐLĐ tỉnh tiếp tục đẩy mạnh phong trào “Lao động "
                        "giỏi”.",
                 "Đồng chí mong muốn Công đoàn Công ty TNHH Hoa Sen tổ chức tốt phong trào “Xanh - Sạch - Đẹp”.",
                 "LĐLĐ tỉnh yêu cầu các công đoàn cơ sở triển khai phong trào “Văn hóa công sở”."], camps, [na, hs, ub], res)
    assert [f[:3] for f in found] == [("Văn hóa công sở", "implement", na[0])]


def test_bodies_taking_part_in_a_contest_hold_it_with_its_organiser(res):
    """"LĐLĐ tỉnh tổ chức Hội thi thợ giỏi năm 2024 với sự tham gia của A và B": FORMAT gives a body taking part in a
    contest a contest activity as well as the organiser."""
    na = ("Liên đoàn Lao động tỉnh Nghệ An", "Liên đoàn Lao động tỉnh Nghệ An", "LĐLĐ tỉnh")
    hs = ("Công đoàn Công ty TNHH Hoa Sen", "Công đoàn Công ty TNHH Hoa Sen")
    gd = ("Công đoàn ngành Giáo dục tỉnh Nghệ An", "Công đoàn ngành Giáo dục tỉnh")
    found = run(["Tin", "Ngày 10/5, LĐLĐ tỉnh tổ chức Hội thi thợ giỏi năm 2024 với sự tham gia của Công đoàn Công ty TNHH "
                        "Hoa Sen và Công đoàn ngành Giáo dục tỉnh."], [("Hội thi thợ giỏi", "contest")], [na, hs, gd], res)
    assert [f[:3] for f in found] == [("Hội thi thợ giỏi", "contest", o[0]) for o in (na, hs, gd)]


def test_a_headline_act_is_the_bodys_act_with_the_time_its_sentence_gives(res):
    """FORMAT: an act first stated in the headline is the same activity as in the body (one entry). A headline that names
    neither drive nor body ("Biểu dương 50 công nhân giỏi") is the body's act of that kind, also when the body tells it as an
    agentless passive; one that names the body and the drive takes the time the body's sentence gives."""
    na = ("Liên đoàn Lao động tỉnh Nghệ An", "Liên đoàn Lao động tỉnh Nghệ An", "LĐLĐ tỉnh Nghệ An")
    praised = run(["Biểu dương 50 công nhân giỏi", "Tại hội nghị, 50 công nhân tiêu biểu trong phong trào “Lao động giỏi” được "
                                                   "biểu dương."], [("Lao động giỏi", "movement")], [na], res)
    launched = run(["LĐLĐ tỉnh Nghệ An phát động phong trào “Lao động giỏi”",
                    "Sáng 5/3, Liên đoàn Lao động tỉnh Nghệ An đã phát động phong trào thi đua “Lao động giỏi” năm 2025."],
                   [("Lao động giỏi", "movement")], [na], res)
    assert [f[:4] for f in praised] == [("Lao động giỏi", "commend", None, None)]
    assert [f[:4] for f in launched] == [("Lao động giỏi", "launch", na[0], "2025")]


def test_a_headline_act_is_the_bodys_act_with_the_figures_its_sentence_gives(res):
    """"Khen thưởng 120 công nhân có sáng kiến tại Công ty A" over "Dịp này, Công ty A khen thưởng 120 công nhân ... với tổng
    số tiền 240 triệu đồng": one activity (FORMAT), and what quantifies it is what the body's sentence counts."""
    a = ("Công ty TNHH Điện tử Meiko Việt Nam", "Công ty TNHH Điện tử Meiko Việt Nam")
    found = run(["Công ty TNHH Điện tử Meiko Việt Nam khen thưởng công nhân có sáng kiến",
                 "Dịp này, Công ty TNHH Điện tử Meiko Việt Nam khen thưởng 120 công nhân có sáng kiến với tổng số tiền 240 "
                 "triệu đồng."], [], [a], res)
    assert [(f[0], f[1], f[2], f[4]) for f in found] == [(None, "commend", a[0], ("120 công nhân", "240 triệu đồng"))]


def test_an_elided_subject_does_not_carry_across_a_paragraph_opening_on_another_body(res):
    """"LĐLĐ tỉnh đã phát động phong trào X. ¶ Tại Công đoàn ngành Giáo dục tỉnh, phong trào Y được triển khai sâu rộng.
    Đồng thời, tổ chức Hội thi thợ giỏi.": FORMAT's elided subject continues the previous named actor, but not across a new
    paragraph that opens on another body; the passive keeps no body."""
    na = ("Liên đoàn Lao động tỉnh Nghệ An", "Liên đoàn Lao động tỉnh Nghệ An", "LĐLĐ tỉnh")
    gd = ("Công đoàn ngành Giáo dục tỉnh Nghệ An", "Công đoàn ngành Giáo dục tỉnh")
    camps = [("Lao động giỏi", "movement"), ("Xanh - Sạch - Đẹp", "movement"), ("Hội thi thợ giỏi", "contest")]
    found = run(["Tin", "LĐLĐ tỉnh đã phát động phong trào “Lao động giỏi” năm 2025.",
                 "Tại Công đoàn ngành Giáo dục tỉnh, phong trào “Xanh - Sạch - Đẹp” được triển khai sâu rộng. Đồng thời, tổ chức "
                 "Hội thi thợ giỏi."], camps, [na, gd], res)
    assert [f[:3] for f in found] == [("Lao động giỏi", "launch", na[0]), ("Xanh - Sạch - Đẹp", "implement", None),
                                      ("Hội thi thợ giỏi", "contest", gd[0])]


def test_a_body_taking_part_in_a_contest_another_body_organises_holds_it_too(res):
    """"Công đoàn Công ty A đã cử 5 thí sinh tham gia Hội thi thợ giỏi do LĐLĐ tỉnh tổ chức": the agent after "do" organises
    the contest and the body taking part gets a contest activity as well (FORMAT)."""
    na = ("Liên đoàn Lao động tỉnh Nghệ An", "Liên đoàn Lao động tỉnh Nghệ An", "LĐLĐ tỉnh")
    hs = ("Công đoàn Công ty TNHH Hoa Sen", "Công đoàn Công ty TNHH Hoa Sen")
    found = run(["Tin", "Công đoàn Công ty TNHH Hoa Sen đã cử 5 thí sinh tham gia Hội thi thợ giỏi do LĐLĐ tỉnh tổ chức."],
                [("Hội thi thợ giỏi", "contest")], [na, hs], res)
    assert sorted(f[:3] for f in found) == [("Hội thi thợ giỏi", "contest", hs[0]), ("Hội thi thợ giỏi", "contest", na[0])]


def test_endorsing_a_proposal_and_statutory_benefits_are_no_support(res):
    """Labour news uses the support words in other senses: "ủng hộ phương án tăng lương" endorses a proposal, "trợ cấp thôi
    việc", "trợ cấp thất nghiệp" are benefits the law owes, "hỗ trợ tiền thuê nhà" a state or employer allowance, "hỗ trợ
    pháp lý" legal aid, "ra quân kiểm tra" an inspection: none is an emulation act, with or without figures. A union's
    hardship grant ("trợ cấp khó khăn cho 20 đoàn viên") and a donation ("ủng hộ 50 triệu đồng") stay support."""
    tld = ("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam")
    hb = ("Công ty TNHH May Hòa Bình", "Công ty TNHH May Hòa Bình")
    tt = ("Liên đoàn Lao động huyện Thường Tín", "Liên đoàn Lao động huyện Thường Tín", "Liên đoàn Lao động huyện")
    sxd = ("Sở Xây dựng thành phố Hà Nội", "Sở Xây dựng thành phố Hà Nội")
    assert run(["Tin", "Đại diện Tổng Liên đoàn Lao động Việt Nam ủng hộ phương án tăng lương tối thiểu vùng 6% từ ngày 1/7."],
               [], [tld], res) == []
    assert run(["Tin", "Công ty TNHH May Hòa Bình đã chi trả trợ cấp thôi việc cho 300 công nhân với tổng số tiền hơn 5 tỷ "
                "đồng.", "Bảo hiểm xã hội huyện đã chốt sổ cho 300 người lao động để hưởng trợ cấp thất nghiệp."], [], [hb], res) == []
    assert run(["Tin", "Liên đoàn Lao động huyện Thường Tín phối hợp với doanh nghiệp thực hiện hỗ trợ tiền thuê nhà cho 500 "
                "công nhân với tổng kinh phí 750 triệu đồng.", "Năm 2024, Liên đoàn Lao động huyện đã hỗ trợ pháp lý cho 120 "
                "trường hợp."], [], [tt], res) == []
    assert run(["Tin", "Sáng 1/3, Sở Xây dựng thành phố Hà Nội ra quân kiểm tra an toàn lao động tại 40 công trình."],
               [], [sxd], res) == []
    grant = run(["Tin", "Liên đoàn Lao động huyện Thường Tín đã trợ cấp khó khăn cho 20 đoàn viên, mỗi người 1 triệu đồng."],
                [], [tt], res)
    donation = run(["Tin", "Ngày 5/8, Liên đoàn Lao động huyện Thường Tín ủng hộ 50 triệu đồng cho đồng bào vùng lũ."], [], [tt], res)
    assert [(f[1], f[2], f[4]) for f in grant] == [("support", tt[0], ("20 đoàn viên", "1 triệu đồng"))]
    assert [(f[1], f[2], f[4]) for f in donation] == [("support", tt[0], ("50 triệu đồng",))]


def test_support_a_payer_agrees_to_terms_an_agreement_lists_and_help_with_paperwork_are_no_care_acts(res):
    """"Công ty cam kết trả hết lương còn nợ và hỗ trợ mỗi công nhân 300.000 đồng": what a dispute settles is agreed to by
    the employer, not handed over by a union; the union's gifts of the last sentence are its support, with their figures.
    The benefits a collective agreement lays down after a colon, and help with paperwork, hand nothing over either."""
    bd = ("Liên đoàn Lao động tỉnh Bình Dương", "Liên đoàn Lao động tỉnh Bình Dương", "Liên đoàn Lao động tỉnh")
    found = run(["Tin", "Liên đoàn Lao động tỉnh Bình Dương đã làm việc với ban giám đốc công ty.",
                 "Tại buổi làm việc, công ty cam kết thanh toán toàn bộ tiền lương còn nợ trước ngày 15/1 và hỗ trợ mỗi công "
                 "nhân 300.000 đồng tiền ăn trưa.", "Sau hơn 3 giờ đối thoại, phía công ty đồng ý hỗ trợ thêm 500.000 đồng "
                 "cho mỗi công nhân.", "Thỏa ước có nhiều điều khoản có lợi hơn cho người lao động như: hỗ trợ tiền xăng "
                 "xe 200.000 đồng/tháng, tặng quà sinh nhật 300.000 đồng.", "Liên đoàn Lao động tỉnh cũng hỗ trợ 150 người "
                 "lao động làm thủ tục hưởng bảo hiểm thất nghiệp.",
                 "Nhân dịp này, Liên đoàn Lao động tỉnh đã tặng 400 phần quà cho công nhân."], [], [bd], res)
    assert [(f[1], f[2], f[4]) for f in found] == [("support", bd[0], ("400 phần quà",))]


def test_a_review_of_how_a_law_is_applied_is_no_review_of_a_drive(res):
    """"Bộ LĐTBXH tổ chức hội nghị tổng kết 10 năm thi hành Luật Bảo hiểm xã hội": a law reviewed, not an emulation drive
    nor union work; the same body's review conference of its year's work stays a review."""
    ld = ("Liên đoàn Lao động tỉnh Đồng Nai", "Liên đoàn Lao động tỉnh Đồng Nai", "Liên đoàn Lao động tỉnh")
    law = run(["Tin", "Ngày 24/9, Liên đoàn Lao động tỉnh Đồng Nai tổ chức hội nghị tổng kết 10 năm thi hành Luật Bảo hiểm xã "
               "hội.", "Trước đó, Liên đoàn Lao động tỉnh đã sơ kết 3 năm thực hiện Bộ luật Lao động năm 2019."], [], [ld], res)
    work = run(["Tin", "Ngày 24/12, Liên đoàn Lao động tỉnh Đồng Nai tổ chức hội nghị tổng kết hoạt động công đoàn năm 2024."],
               [], [ld], res)
    assert law == []
    assert [(f[1], f[2], f[3]) for f in work] == [("review", ld[0], "2024")]
    # nor does the model get an unnamed act to weigh there: "tổ chức hội nghị" right before the law's review holds it
    article = Article(article_id="t", source="unknown", title="Tin", lead=None, published="2024-09-25", paragraphs=(
        "Ngày 24/9, Liên đoàn Lao động tỉnh Đồng Nai tổ chức hội nghị tổng kết 10 năm thi hành Luật Bảo hiểm xã hội.",))
    sentences = split_sentences(article)
    org = Organization(ld[0], ld[1], "federation", mentions=_mentions(sentences, ld[1]))
    act_res, date_res, fig_res = res
    facts = Facts(campaigns=(), organizations=(org,), dates=dates.extract_dates(article, sentences, date_res),
                  figures=figures.extract_figures(article, sentences, fig_res))
    found, _rules = activities.activity_candidates(article, sentences, facts, act_res)
    assert found == []


def test_cooperation_and_democracy_rules_and_vocational_training_are_no_emulation_acts(res):
    """FORMAT's other is issuing emulation regulations: a federation's cooperation rules with a department ("ban hành quy chế
    phối hợp") or a workplace's democracy rules are not; "hỗ trợ đào tạo nghề cho 200 lao động" is training, not worker
    care. Emulation rules stay an act."""
    nd = ("Liên đoàn Lao động tỉnh Nam Định", "Liên đoàn Lao động tỉnh Nam Định", "Liên đoàn Lao động tỉnh")
    found = run(["Tin", "Liên đoàn Lao động tỉnh Nam Định đã ban hành quy chế phối hợp với Sở Lao động - Thương binh và Xã hội "
                 "về giám sát pháp luật lao động.", "Các công đoàn cơ sở được hướng dẫn xây dựng quy chế dân chủ ở cơ sở tại 150 "
                 "doanh nghiệp.", "Liên đoàn Lao động tỉnh cũng hỗ trợ đào tạo nghề cho 200 lao động mất việc."], [], [nd], res)
    kept = run(["Tin", "Liên đoàn Lao động tỉnh Nam Định đã ban hành quy chế thi đua, khen thưởng mới."], [], [nd], res)
    assert found == []
    assert [(f[1], f[2]) for f in kept] == [("other", nd[0])]


def test_a_sum_of_money_handed_to_a_victims_family_is_support(res):
    """"Liên đoàn Lao động huyện đã đến thăm hỏi, động viên gia đình nạn nhân và trao số tiền hỗ trợ 5 triệu đồng": in an
    accident story, the union's visit with money handed over is a worker-care act (FORMAT: support with figures)."""
    ml = ("Liên đoàn Lao động huyện Mê Linh", "Liên đoàn Lao động huyện Mê Linh")
    found = run(["Tin", "Liên đoàn Lao động huyện Mê Linh đã đến thăm hỏi, động viên gia đình nạn nhân và trao số tiền hỗ trợ "
                 "5 triệu đồng."], [], [ml], res)
    assert [(f[1], f[2], f[4]) for f in found] == [("support", ml[0], ("5 triệu đồng",))]


def test_a_state_policys_payout_its_rate_a_swindlers_promise_and_a_benefit_in_an_agreement_are_no_care_acts(res):
    """Labour news tells the state's payouts ("được chi trả hỗ trợ theo Nghị quyết của Chính phủ") and their rate ("Mỗi người
    lao động đủ điều kiện được hỗ trợ 1 triệu đồng"), what swindlers promise ("hứa hẹn sẽ hỗ trợ toàn bộ chi phí") and the
    benefits an agreement adds ("bổ sung chế độ hỗ trợ 3 triệu đồng"): no union hands anything over. A union's own
    support paid under its federation's decision stays."""
    bh = ("Bảo hiểm xã hội thành phố Hồ Chí Minh", "Bảo hiểm xã hội thành phố Hồ Chí Minh")
    hd = ("Công đoàn Công ty Điện lực Hải Dương", "Công đoàn Công ty Điện lực Hải Dương")
    found = run(["Tin", "Theo Bảo hiểm xã hội thành phố Hồ Chí Minh, đã có 180.000 người lao động được chi trả hỗ trợ theo Nghị "
                 "quyết của Chính phủ với tổng số tiền hơn 200 tỷ đồng.", "Mỗi người lao động đủ điều kiện được hỗ trợ 1 triệu "
                 "đồng.", "Các đối tượng hứa hẹn sẽ hỗ trợ toàn bộ chi phí với thu nhập 30 triệu đồng/tháng.",
                 "Công đoàn Công ty Điện lực Hải Dương đã bổ sung vào thỏa ước chế độ hỗ trợ 3 triệu đồng cho lao động nữ sinh "
                 "con."], [], [bh, hd], res)
    kept = run(["Tin", "Công đoàn Công ty Điện lực Hải Dương đã hỗ trợ 120 đoàn viên theo Quyết định 6696/QĐ-TLĐ của Tổng Liên "
                "đoàn với tổng số tiền 360 triệu đồng."], [], [hd], res)
    assert found == []
    assert [(f[1], f[2], f[4]) for f in kept] == [("support", hd[0], ("120 đoàn viên", "360 triệu đồng"))]


def test_commending_as_a_field_a_law_governs_and_social_insurance_benefits_are_no_acts(res):
    """A law article: "việc khen thưởng phải bảo đảm chính xác, công khai" tells how commending must be done, and "tăng lương
    hưu, trợ cấp bảo hiểm xã hội thêm 15%" is a statutory benefit: no commendation, no worker care."""
    cp = ("Chính phủ", "Chính phủ")
    found = run(["Tin", "Theo quy định mới, việc khen thưởng phải bảo đảm chính xác, công khai, kịp thời.",
                 "Từ ngày 1/7/2024, Chính phủ tăng lương hưu, trợ cấp bảo hiểm xã hội thêm 15%."], [], [cp], res)
    assert found == []


def test_a_matter_talked_over_or_taught_is_no_act(res):
    """An exchange visit or a training course names union work as its subject ("Hai bên đã trao đổi về công tác phát triển
    đoàn viên ... và tổ chức các phong trào thi đua", "các chuyên đề: ... phương pháp tổ chức phong trào thi đua"): nothing
    is organised. A body named between the subject and the act is its actor and acts."""
    na = ("Liên đoàn Lao động tỉnh Nghệ An", "Liên đoàn Lao động tỉnh Nghệ An", "Liên đoàn Lao động tỉnh")
    found = run(["Tin", "Ngày 13/9, Liên đoàn Lao động tỉnh Nghệ An đón tiếp đoàn cán bộ Công đoàn tỉnh Xiêng Khoảng (Lào).",
                 "Hai bên đã trao đổi về công tác phát triển đoàn viên, chăm lo đời sống người lao động và tổ chức các phong "
                 "trào thi đua trong công nhân.", "Tại lớp tập huấn, học viên được truyền đạt các chuyên đề: kỹ năng thương "
                 "lượng tập thể, phương pháp tổ chức phong trào thi đua ở cơ sở."], [], [na], res)
    kept = run(["Tin", "Sau khi trao đổi kinh nghiệm, Liên đoàn Lao động tỉnh Nghệ An tổ chức phát động phong trào thi đua "
                "năm 2024."], [], [na], res)
    assert found == []
    assert [(f[1], f[2], f[3]) for f in kept] == [("launch", na[0], "2024")]


def test_a_campaign_praised_or_defined_is_not_carried_out(res):
    """A deputy meeting voters "đánh giá cao phong trào thi đua “X” của công nhân tỉnh"; an accident story recalls that "Tháng
    5 hằng năm là Tháng hành động về an toàn, vệ sinh lao động": the movement is praised or defined, no body carries it out."""
    hd = ("Đoàn đại biểu Quốc hội tỉnh Hải Dương", "Đoàn đại biểu Quốc hội tỉnh Hải Dương")
    sld = ("Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương", "Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương")
    praised = run(["Tin", "Chiều 1/10, Đoàn đại biểu Quốc hội tỉnh Hải Dương tiếp xúc cử tri là công nhân lao động.",
                   "Bà cũng đánh giá cao phong trào thi đua “Lao động giỏi, lao động sáng tạo” của công nhân tỉnh Hải Dương."],
                  [("Lao động giỏi, lao động sáng tạo", "movement")], [hd], res)
    defined = run(["Tin", "Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương đã thành lập đoàn điều tra tai nạn lao động.",
                   "Tháng 5 hằng năm là Tháng hành động về an toàn, vệ sinh lao động, tuy nhiên tai nạn vẫn diễn ra phức tạp."],
                  [("Tháng hành động về an toàn, vệ sinh lao động", "event")], [sld], res)
    assert praised == []
    assert defined == []


def test_an_information_drive_set_off_and_party_cells_are_no_emulation_acts(res):
    """"tổ chức lễ ra quân tuyên truyền chính sách bảo hiểm xã hội" sets off an information drive, no emulation drive is
    launched; "các chi bộ" in the plural are no single body, so the movement they take up has none."""
    pm = ("Liên đoàn Lao động thị xã Phú Mỹ", "Liên đoàn Lao động thị xã Phú Mỹ")
    qn = ("Ban Tuyên giáo Tỉnh ủy Quảng Ninh", "Ban Tuyên giáo Tỉnh ủy Quảng Ninh")
    drive = run(["Tin", "Sáng 1/7, Liên đoàn Lao động thị xã Phú Mỹ tổ chức lễ ra quân tuyên truyền chính sách bảo hiểm xã hội "
                 "cho người lao động."], [], [pm], res)
    hcm = "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    cells = run(["Tin", "Báo cáo viên Ban Tuyên giáo Tỉnh ủy Quảng Ninh đã truyền đạt những nội dung cơ bản của Nghị quyết.",
                 f"Sau hội nghị, các chi bộ sẽ xây dựng chương trình hành động, gắn với việc đẩy mạnh {hcm}."],
                [(hcm, "movement")], [qn], res)
    assert drive == []
    assert [(f[0], f[1], f[2]) for f in cells] == [(hcm, "implement", None)]


def test_members_after_a_fronted_time_phrase_act_with_no_body(res):
    """"Trong những năm qua, công nhân Bắc Ninh tích cực hưởng ứng phong trào thi đua “X”": the members act after a fronted
    phrase of time as at the start of the sentence, not the federation of the sentence before."""
    bn = ("Liên đoàn Lao động tỉnh Bắc Ninh", "Liên đoàn Lao động tỉnh Bắc Ninh")
    found = run(["Tin", "Liên đoàn Lao động tỉnh Bắc Ninh đã thành lập 5 đoàn kiểm tra việc thực hiện lương tối thiểu vùng.",
                 "Trong những năm qua, công nhân Bắc Ninh tích cực hưởng ứng phong trào thi đua “Lao động giỏi, lao động sáng "
                 "tạo”."], [("Lao động giỏi, lao động sáng tạo", "movement")], [bn], res)
    assert [(f[0], f[1], f[2]) for f in found] == [("Lao động giỏi, lao động sáng tạo", "implement", None)]


def test_a_unit_acts_not_the_parent_body_it_belongs_to(res):
    """"Cụm thi đua số 3 thuộc LĐLĐ tỉnh Hải Dương tổ chức hội nghị tổng kết ... và ký kết giao ước thi đua": the cluster
    acts; its parent after "thuộc", also when the cluster's mention takes it in, is no actor."""
    hd = ("Liên đoàn Lao động tỉnh Hải Dương", "Liên đoàn Lao động tỉnh Hải Dương")
    text = ("Ngày 19/12, Cụm thi đua số 3 thuộc Liên đoàn Lao động tỉnh Hải Dương tổ chức hội nghị tổng kết công tác thi đua "
            "năm 2024 và ký kết giao ước thi đua năm 2025.")
    for cluster in (("Cụm thi đua số 3", "Cụm thi đua số 3"),
                    ("Cụm thi đua số 3", "Cụm thi đua số 3 thuộc Liên đoàn Lao động tỉnh Hải Dương")):
        found = run(["Tin", text], [], [cluster, hd], res)
        assert [(f[1], f[2], f[3]) for f in found] == [("review", "Cụm thi đua số 3", "2024"),
                                                        ("launch", "Cụm thi đua số 3", "2025")]


def test_a_health_check_held_for_workers_is_support_and_one_with_the_program_named_after_it(res):
    """"tổ chức khám sức khỏe, tầm soát ung thư miễn phí cho 600 nữ đoàn viên" is a worker-care event (FORMAT: support), with
    its count; when a later sentence names it as a program's ("đây là hoạt động nằm trong kế hoạch thực hiện chương trình “X”"),
    it is that program's one activity, with the count."""
    yp = ("Liên đoàn Lao động huyện Yên Phong", "Liên đoàn Lao động huyện Yên Phong")
    found = run(["Tin", "Ngày 9/10, Liên đoàn Lao động huyện Yên Phong tổ chức khám sức khỏe, tầm soát ung thư vú miễn phí cho "
                 "600 nữ đoàn viên."], [], [yp], res)
    assert [(f[0], f[1], f[2], f[4]) for f in found] == [(None, "support", yp[0], ("600 nữ đoàn viên",))]
    dn = ("Liên đoàn Lao động thành phố Đà Nẵng", "Liên đoàn Lao động thành phố Đà Nẵng")
    program = "Vì sức khỏe phụ nữ công nhân lao động"
    found = run(["Tin", "Ngày 15/10, Liên đoàn Lao động thành phố Đà Nẵng tổ chức khám sàng lọc miễn phí cho 180 nữ đoàn viên.",
                 f"Theo Liên đoàn Lao động thành phố Đà Nẵng, đây là hoạt động nằm trong kế hoạch thực hiện chương trình “{program}”."],
                [(program, "program")], [dn], res)
    assert [(f[0], f[1], f[2], f[4]) for f in found] == [(program, "support", dn[0], ("180 nữ đoàn viên",))]


def test_a_launch_of_a_named_movement_and_an_unnamed_drive_launches_both(res):
    """"phát động phong trào “X” giai đoạn 2026 - 2028 và đợt thi đua cao điểm chào mừng Đại hội ...": the named movement's
    launch and the unnamed drive's (FORMAT: an unnamed drive's launch is a distinct act); a drive named in quotes is a
    campaign of its own, no unnamed launch."""
    qn = ("Liên đoàn Lao động tỉnh Quảng Nam", "Liên đoàn Lao động tỉnh Quảng Nam")
    x, y = "Sáng kiến, sáng tạo trong CNVCLĐ", "90 ngày đêm"
    both = run(["Tin", f"Ngày 11/3, Liên đoàn Lao động tỉnh Quảng Nam phát động phong trào “{x}” giai đoạn 2026 - 2028 và đợt "
                       "thi đua cao điểm chào mừng Đại hội Công đoàn tỉnh lần thứ XII."], [(x, "movement")], [qn], res)
    named = run(["Tin", f"Ngày 11/3, Liên đoàn Lao động tỉnh Quảng Nam phát động phong trào “{x}” và đợt thi đua “{y}”."],
                [(x, "movement"), (y, "movement")], [qn], res)
    assert [f[:3] for f in both] == [(x, "launch", qn[0]), (None, "launch", qn[0])]
    assert [f[:3] for f in named] == [(x, "launch", qn[0]), (y, "launch", qn[0])]


def test_a_launch_ceremony_named_as_the_frame_of_a_sentence_launches_nothing_more(res):
    """"Trong khuôn khổ lễ phát động, Ban tổ chức đã trao 150 suất quà": the launch told before is where the gifts are
    handed over, no second (unnamed) launch; the gifts are support."""
    ht = ("Liên đoàn Lao động tỉnh Hà Tĩnh", "Liên đoàn Lao động tỉnh Hà Tĩnh")
    found = run(["Tin", "Sáng 1/5, Liên đoàn Lao động tỉnh Hà Tĩnh tổ chức Lễ phát động Tháng Công nhân năm 2026.",
                 "Trong khuôn khổ lễ phát động, Ban tổ chức đã trao 150 suất quà cho công nhân."],
                [("Tháng Công nhân", "event")], [ht], res)
    assert [f[:3] for f in found] == [("Tháng Công nhân", "launch", ht[0]), (None, "support", ht[0])]


def test_a_bare_contest_refers_back_to_the_contest_named_last(res):
    """"Cuộc thi nhằm tuyên truyền ..." after two contests named: the one named last before it (not an unnamed contest
    because the article names two)."""
    bd = ("Liên đoàn Lao động tỉnh Bình Dương", "Liên đoàn Lao động tỉnh Bình Dương")
    press, songs = "Giải báo chí viết về công nhân tỉnh Bình Dương", "sáng tác ca khúc về công nhân tỉnh Bình Dương"
    found = run(["Tin", f"Năm 2025, Liên đoàn Lao động tỉnh Bình Dương tổ chức {press}.",
                 f"Ngày 4/3, Liên đoàn Lao động tỉnh Bình Dương tổ chức Cuộc thi {songs} lần thứ III.",
                 "Cuộc thi thu hút 120 tác phẩm dự thi."], [(press, "contest"), (songs, "contest")], [bd], res)
    assert [f[:3] for f in found] == [(press, "contest", bd[0]), (songs, "contest", bd[0])]


def test_buses_home_for_tet_and_a_market_of_free_goods_held_for_workers_are_support(res):
    """"tổ chức 3 chuyến xe đưa công nhân về quê đón Tết", "tổ chức phiên chợ 0 đồng cho 500 công nhân": worker-care events
    held, with their counts (FORMAT: support), not emulation drives; the named program stays the campaign."""
    cg = ("Liên đoàn Lao động quận Cầu Giấy", "Liên đoàn Lao động quận Cầu Giấy")
    buses = run(["Tin", "Liên đoàn Lao động quận Cầu Giấy phối hợp với các doanh nghiệp tổ chức 3 chuyến xe đưa công nhân về "
                        "quê đón Tết."], [], [cg], res)
    market = run(["Tin", "Liên đoàn Lao động quận Cầu Giấy tổ chức phiên chợ 0 đồng cho 500 công nhân."], [], [cg], res)
    assert [(f[0], f[1], f[2], f[4]) for f in buses + market] == [(None, "support", cg[0], ("3 chuyến xe",)),
                                                                   (None, "support", cg[0], ("500 công nhân",))]


def test_the_partner_of_a_care_act_named_later_as_a_programs_holds_the_programs_activity_too(res):
    """"LĐLĐ quận phối hợp với Công ty A trao 200 suất quà ... Được biết, đây là hoạt động thuộc chương trình “Tết Sum vầy”":
    the later sentence names the joint act's program, so each body of it supports that program (one activity each, with
    the act's figures), not the partner an unnamed act beside the federation's named one."""
    hm = ("Liên đoàn Lao động quận Hoàng Mai", "Liên đoàn Lao động quận Hoàng Mai")
    hp = ("Công ty cổ phần Tập đoàn Hòa Phát", "Công ty cổ phần Tập đoàn Hòa Phát")
    found = run(["Tin", "Chiều 24/1, Liên đoàn Lao động quận Hoàng Mai phối hợp với Công ty cổ phần Tập đoàn Hòa Phát trao 200 "
                        "suất quà Tết cho công nhân có hoàn cảnh khó khăn.",
                 "Được biết, đây là hoạt động thuộc chương trình “Tết Sum vầy” năm 2026."],
                [("Tết Sum vầy", "program")], [hm, hp], res)
    assert [(f[0], f[1], f[2], f[4]) for f in found] == [("Tết Sum vầy", "support", hm[0], ("200 suất quà",)),
                                                          ("Tết Sum vầy", "support", hp[0], ("200 suất quà",))]


def test_a_body_telling_its_own_acts_does_them(res):
    """"LĐLĐ thành phố cho biết, dịp Tết sẽ tổ chức chương trình “Tết Sum vầy”": the body tells its own act and does it; a
    named speaker's reporting word still leaves his body out (test_a_speaker_... above)."""
    hcm = ("Liên đoàn Lao động thành phố Hồ Chí Minh", "Liên đoàn Lao động thành phố Hồ Chí Minh")
    found = run(["Tin", "Liên đoàn Lao động thành phố Hồ Chí Minh cho biết, dịp Tết Nguyên đán 2025 sẽ tổ chức chương trình “Tết "
                 "Sum vầy” cho 5.000 công nhân."], [("Tết Sum vầy", "program")], [hcm], res)
    assert [(f[0], f[1], f[2]) for f in found] == [("Tết Sum vầy", "support", hcm[0])]


def test_a_contest_no_act_word_governs_is_held_and_prize_grades_are_a_commendation(res):
    """"LĐLĐ huyện khai mạc Giải bóng đá ...": a contest named with no act word is held (FORMAT's contest), not an award
    given; "trao 1 giải Đặc biệt, 3 giải A" hands over prizes, a commendation; a Mid-Autumn program for workers' children
    ("Đêm hội trăng rằm") is worker care."""
    dh = ("Liên đoàn Lao động huyện Đức Hòa", "Liên đoàn Lao động huyện Đức Hòa")
    cup = "Giải bóng đá nam công nhân lao động huyện Đức Hòa"
    held = run(["Tin", f"Tối 23/3, Liên đoàn Lao động huyện Đức Hòa khai mạc {cup} năm 2024."], [(cup, "contest")], [dh], res)
    yt = ("Công đoàn ngành Y tế tỉnh Thái Nguyên", "Công đoàn ngành Y tế tỉnh Thái Nguyên")
    prizes = run(["Tin", "Kết thúc Hội diễn, Công đoàn ngành Y tế tỉnh Thái Nguyên trao 1 giải Đặc biệt, 3 giải A cho các đội."],
                 [], [yt], res)
    canon = ("Công đoàn Công ty TNHH Canon Việt Nam", "Công đoàn Công ty TNHH Canon Việt Nam")
    moon = run(["Tin", "Tối 13/9, Công đoàn Công ty TNHH Canon Việt Nam tổ chức chương trình “Đêm hội trăng rằm” cho hơn 1.500 "
                "con em công nhân."], [("Đêm hội trăng rằm", "program")], [canon], res)
    assert [(f[0], f[1], f[2]) for f in held] == [(cup, "contest", dh[0])]
    assert [(f[1], f[2]) for f in prizes] == [("commend", yt[0])]
    assert [(f[0], f[1], f[2]) for f in moon] == [("Đêm hội trăng rằm", "support", canon[0])]


def test_a_headline_naming_the_contest_the_body_holds_is_that_one_contest(res):
    """"Sôi nổi Hội thao chào Xuân" over "Công đoàn Công ty A tổ chức Hội thao chào Xuân ...": the headline names the contest
    with a verb that is no action word; FORMAT counts an act first stated in the headline and told in the body as one."""
    ss = ("Công đoàn Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên",
          "Công đoàn Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên")
    found = run(["Sôi nổi Hội thao chào Xuân", "Ngày 19/1, Công đoàn Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên tổ "
                 "chức Hội thao chào Xuân cho công nhân với 48 đội tham gia."], [("Hội thao chào Xuân", "contest")], [ss], res)
    assert [f[:3] for f in found] == [("Hội thao chào Xuân", "contest", ss[0])]


def test_a_body_named_in_a_later_clause_is_not_the_subject_of_the_first(res):
    """"Ban tổ chức đã trao 1 giải Nhất, 2 giải Nhì cho các đội; Công đoàn Công ty A đoạt giải Nhất": the company union wins a
    prize in the second clause, it does not hand the prizes over in the first (no body is named for that)."""
    canon = ("Công đoàn Công ty TNHH Canon Việt Nam", "Công đoàn Công ty TNHH Canon Việt Nam")
    found = run(["Tin", "Tại ngày hội, 24 đội đến từ các công đoàn cơ sở tham gia hội thi cắm hoa.",
                 "Ban tổ chức đã trao 1 giải Nhất, 2 giải Nhì cho các đội xuất sắc; Công đoàn Công ty TNHH Canon Việt Nam đoạt "
                 "giải Nhất."], [], [canon], res)
    assert [f[1:3] for f in found if f[1] == "commend"] == [("commend", None)]


def test_support_a_swindler_pretends_to_hand_over_is_no_act(res):
    """A scam warning: "các đối tượng giả danh cán bộ công đoàn ... thông báo công nhân được nhận hỗ trợ 2 triệu đồng": nothing
    is handed over, as with a payer's promise."""
    hcm = ("Liên đoàn Lao động thành phố Hồ Chí Minh", "Liên đoàn Lao động thành phố Hồ Chí Minh")
    found = run(["Tin", "Liên đoàn Lao động thành phố Hồ Chí Minh vừa phát đi cảnh báo về thủ đoạn giả danh cán bộ công đoàn gọi "
                 "điện thông báo công nhân được nhận hỗ trợ 2 triệu đồng từ Quỹ Xã hội công đoàn."], [], [hcm], res)
    assert found == []


def test_a_headline_naming_a_care_program_the_body_holds_is_that_one_act(res):
    """"Chương trình “CEP - chia sẻ yêu thương” tại thành phố Hồ Chí Minh" over the body's "Tổ chức CEP tổ chức chương trình
    “CEP - chia sẻ yêu thương” ...": the headline names the care event the body tells, one activity (FORMAT)."""
    cep = ("Tổ chức tài chính vi mô CEP", "Tổ chức tài chính vi mô CEP")
    name = "CEP - chia sẻ yêu thương"
    found = run([f"Chương trình “{name}” tại thành phố Hồ Chí Minh", f"Ngày 5/1, Tổ chức tài chính vi mô CEP tổ chức chương "
                 f"trình “{name}”, trao 500 phần quà cho công nhân."], [(name, "program")], [cep], res)
    assert [f[:3] for f in found] == [(name, "support", cep[0])]


def test_the_organisers_of_the_event_are_its_body_and_a_reward_scheme_is_no_award(res):
    """"Ban tổ chức cũng đã trao 10 phần quà ...": the organisers of the event the story tells are its body, also after a
    sentence whose subject is the members who took part; their gifts are that program's (FORMAT: figures that quantify the
    activity). "quy chế khen thưởng" among a company's documents gives no award."""
    hcm = ("Liên đoàn Lao động thành phố Hồ Chí Minh", "Liên đoàn Lao động thành phố Hồ Chí Minh")
    point = "Điểm phúc lợi đoàn viên"
    found = run(["Tin", f"Ngày 17/1, Liên đoàn Lao động thành phố Hồ Chí Minh tổ chức chương trình “{point}” tại Công ty A.",
                 "Đoàn viên, lao động đã tích cực hưởng ứng, cùng tham quan, mua sắm tại các gian hàng.",
                 "Ban tổ chức cũng đã trao 10 phần quà cho đoàn viên, lao động khó khăn."], [(point, "program")], [hcm], res)
    assert [(f[0], f[1], f[2], f[4]) for f in found] == [(point, "support", hcm[0], ("10 phần quà",))]
    scheme = run(["Tin", "Công đoàn cơ sở tham gia xây dựng nội quy lao động, thang bảng lương, quy chế trả lương, quy chế khen "
                  "thưởng của doanh nghiệp."], [], [], res)
    assert scheme == []


def test_a_movement_talked_over_is_not_carried_out_and_gifts_handed_over_in_any_portion_are_support(res):
    """"Các đại biểu thảo luận về kỹ năng phòng chống cháy nổ và tổ chức phong trào “X” tại doanh nghiệp": a forum talks the
    movement over, nobody carries it out. "trao 2.000 suất nước giải khát", "trao thêm 3 triệu đồng": gifts (support)."""
    qn = ("Liên đoàn Lao động tỉnh Quảng Ninh", "Liên đoàn Lao động tỉnh Quảng Ninh")
    xsd = "Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động"
    talked = run(["Tin", "Liên đoàn Lao động tỉnh Quảng Ninh tổ chức diễn đàn công nhân với an toàn lao động.",
                  f"Các đại biểu thảo luận về kỹ năng phòng chống cháy nổ và tổ chức phong trào “{xsd}” tại doanh nghiệp."],
                 [(xsd, "movement")], [qn], res)
    assert [f[0] for f in talked] == []
    evn = ("Công đoàn Tổng Công ty Điện lực miền Bắc", "Công đoàn Tổng Công ty Điện lực miền Bắc")
    nidec = ("Công đoàn cơ sở Công ty TNHH Nidec Việt Nam", "Công đoàn cơ sở Công ty TNHH Nidec Việt Nam")
    gifts = run(["Tin", "Công đoàn Tổng Công ty Điện lực miền Bắc trao 2.000 suất nước giải khát cho công nhân làm việc ngoài trời.",
                 "Công đoàn cơ sở Công ty TNHH Nidec Việt Nam trao thêm 3 triệu đồng cho gia đình anh Tùng."], [], [evn, nidec], res)
    assert [(f[1], f[2], f[4]) for f in gifts] == [("support", evn[0], ("2.000 suất nước giải khát",)), ("support", nidec[0], ("3 triệu đồng",))]


def test_the_body_a_request_is_made_to_does_not_become_the_story_actor(res):
    """"Hội nghị thống nhất đề nghị LĐLĐ tỉnh tặng Cờ thi đua cho Công đoàn ngành Giáo dục": the federation is asked; the next
    sentence's elided subject is still the cluster the story is about, not the body asked."""
    cum = ("Cụm thi đua các Công đoàn ngành tỉnh Ninh Bình", "Cụm thi đua các Công đoàn ngành tỉnh Ninh Bình")
    nb = ("Liên đoàn Lao động tỉnh Ninh Bình", "Liên đoàn Lao động tỉnh Ninh Bình")
    found = run(["Tin", "Ngày 9/10, Cụm thi đua các Công đoàn ngành tỉnh Ninh Bình tổ chức hội nghị giao ban quý III/2024.",
                 "Hội nghị thống nhất đề nghị Liên đoàn Lao động tỉnh Ninh Bình tặng Cờ thi đua cho Công đoàn ngành Giáo dục.",
                 "Tháng 12, Cụm sẽ tổ chức hội nghị tổng kết công tác thi đua năm 2024."], [], [cum, nb], res)
    assert nb[0] not in {f[2] for f in found}
    assert ("review", cum[0]) in {(f[1], f[2]) for f in found}



def test_the_body_honoured_by_suy_ton_is_no_proposer(res):
    """"Hội nghị đã thống nhất suy tôn LĐLĐ huyện Lục Nam là đơn vị dẫn đầu Cụm, đề nghị LĐLĐ tỉnh tặng Cờ thi đua": the body
    after "suy tôn" is the one honoured (the object); the proposal is the meeting's, the cluster the story is about."""
    cum = ("Cụm thi đua số 1 Liên đoàn Lao động tỉnh Bắc Giang", "Cụm thi đua số 1 Liên đoàn Lao động tỉnh Bắc Giang")
    ln = ("Liên đoàn Lao động huyện Lục Nam", "Liên đoàn Lao động huyện Lục Nam")
    bg = ("Liên đoàn Lao động tỉnh Bắc Giang", "Liên đoàn Lao động tỉnh")
    result = run(["Tin", "Ngày 12/12, Cụm thi đua số 1 Liên đoàn Lao động tỉnh Bắc Giang tổ chức hội nghị tổng kết công tác thi đua "
                  "năm 2026.", "Hội nghị đã thống nhất suy tôn Liên đoàn Lao động huyện Lục Nam là đơn vị dẫn đầu Cụm, đề nghị Liên "
                  "đoàn Lao động tỉnh tặng Cờ thi đua."], [], [cum, ln, bg], res)
    assert _triples(result) == [(None, "review", cum[0]), (None, "other", cum[0])]



def test_the_members_a_cluster_lists_after_gom_do_not_become_the_story_body(res):
    """"Cụm gồm LĐLĐ huyện Nga Sơn, LĐLĐ huyện Hậu Lộc. Các đơn vị thống nhất đẩy mạnh phong trào X": the bodies after "gồm"
    are members listed, not the subject; the next sentence's act goes on with the cluster, not the first member."""
    cum = ("Cụm thi đua số 2 Liên đoàn Lao động tỉnh Thanh Hóa", "Cụm thi đua số 2 Liên đoàn Lao động tỉnh Thanh Hóa")
    ns = ("Liên đoàn Lao động huyện Nga Sơn", "Liên đoàn Lao động huyện Nga Sơn")
    hl = ("Liên đoàn Lao động huyện Hậu Lộc", "Liên đoàn Lao động huyện Hậu Lộc")
    result = run(["Tin", "Ngày 20/2, Cụm thi đua số 2 Liên đoàn Lao động tỉnh Thanh Hóa tổ chức hội nghị ký kết giao ước thi đua năm "
                  "2026.", "Cụm gồm Liên đoàn Lao động huyện Nga Sơn và Liên đoàn Lao động huyện Hậu Lộc.",
                  "Các đơn vị thống nhất đẩy mạnh phong trào “Lao động giỏi, lao động sáng tạo”."],
                 [("Lao động giỏi, lao động sáng tạo", "movement")], [cum, ns, hl], res)
    assert _triples(result) == [(None, "launch", cum[0]), ("Lao động giỏi, lao động sáng tạo", "implement", cum[0])]


def test_a_review_of_a_named_movement_and_its_awards_joined_by_va_are_both_the_movements(res):
    """"tổ chức tổng kết phong trào thi đua “Hai tốt” năm học 2025-2026 và khen thưởng 75 nhà giáo tiêu biểu": one conference
    reviews the movement and rewards it; the awards are that movement's, not an unnamed commendation."""
    gd = ("Công đoàn ngành Giáo dục tỉnh Nghệ An", "Công đoàn ngành Giáo dục tỉnh Nghệ An")
    result = run(["Tin", "Ngày 28/5, Công đoàn ngành Giáo dục tỉnh Nghệ An tổ chức tổng kết phong trào thi đua “Hai tốt” năm học "
                  "2025-2026 và khen thưởng 75 nhà giáo tiêu biểu."], [("Hai tốt", "movement")], [gd], res)
    assert _triples(result) == [("Hai tốt", "review", gd[0]), ("Hai tốt", "commend", gd[0])]


def test_support_words_after_theo_thoa_uoc_are_the_agreements_terms(res):
    """"Theo thỏa ước, tiền ăn ca tăng lên 35.000 đồng/bữa, người lao động được hỗ trợ 500.000 đồng tiền nhà trọ": the
    sentence names the agreement as its source; what it grants are its terms, no support act (a bargaining story)."""
    sh = ("Công đoàn Công ty cổ phần May Sông Hồng", "Công đoàn Công ty cổ phần May Sông Hồng")
    result = run(["Tin", "Ngày 5/6, Công đoàn Công ty cổ phần May Sông Hồng và Ban Giám đốc đã ký kết Thỏa ước lao động tập thể.",
                  "Theo thỏa ước, tiền ăn ca tăng lên 35.000 đồng/bữa, người lao động được hỗ trợ 500.000 đồng mỗi tháng."],
                 [], [sh], res)
    assert _triples(result) == []



def test_a_kick_off_answering_a_drive_carries_it_out_and_the_headline_states_that_act(res):
    """"tổ chức lễ ra quân hưởng ứng “Tháng Thanh niên”": the kick-off answers a drive launched elsewhere, so the bodies
    implement it; the headline "ra quân Tháng Thanh niên" states that same act in a word of its own (one activity), as
    does a headline "Hưởng ứng X" over a body that launches X."""
    dtn = ("Đoàn Thanh niên Công ty Than Hà Lầm", "Đoàn Thanh niên Công ty Than Hà Lầm")
    cd = ("Công đoàn Công ty Than Hà Lầm", "Công đoàn Công ty Than Hà Lầm")
    result = run(["Đoàn Thanh niên Công ty Than Hà Lầm ra quân Tháng Thanh niên",
                  "Ngày 3/3, Đoàn Thanh niên Công ty Than Hà Lầm phối hợp với Công đoàn Công ty Than Hà Lầm tổ chức lễ ra quân "
                  "hưởng ứng “Tháng Thanh niên” năm 2026."], [("Tháng Thanh niên", "event")], [dtn, cd], res)
    assert sorted(_triples(result)) == [("Tháng Thanh niên", "implement", cd[0]), ("Tháng Thanh niên", "implement", dtn[0])]
    cg = ("Liên đoàn Lao động quận Cầu Giấy", "Liên đoàn Lao động quận Cầu Giấy")
    answered = run(["Liên đoàn Lao động quận Cầu Giấy hưởng ứng phong trào “Văn phòng xanh”",
                    "Ngày 6/4, Liên đoàn Lao động quận Cầu Giấy phát động phong trào “Văn phòng xanh” trong các cơ quan."],
                   [("Văn phòng xanh", "movement")], [cg], res)
    assert _triples(answered) == [("Văn phòng xanh", "launch", cg[0])]



def test_the_partner_of_an_elided_subject_holds_the_act_too(res):
    """"Đồng thời, phối hợp với Đoàn Thanh niên Sở Y tế tổ chức cuộc thi ...": the subject is the story's body, elided (or a
    short form no body is read from); the partner after "phối hợp với" holds the act with it, as when the subject is
    written ("LĐLĐ tỉnh phối hợp với Sở Y tế tổ chức ...")."""
    yt = ("Công đoàn ngành Y tế Hà Nội", "Công đoàn ngành Y tế Hà Nội")
    dtn = ("Đoàn Thanh niên Sở Y tế Hà Nội", "Đoàn Thanh niên Sở Y tế Hà Nội")
    result = run(["Tin", "Ngày 10/3, Công đoàn ngành Y tế Hà Nội phát động phong trào “Thầy thuốc như mẹ hiền”.",
                  "Đồng thời, phối hợp với Đoàn Thanh niên Sở Y tế Hà Nội tổ chức cuộc thi “Tìm hiểu Luật Khám bệnh, chữa bệnh”."],
                 [("Thầy thuốc như mẹ hiền", "movement"), ("Tìm hiểu Luật Khám bệnh, chữa bệnh", "contest")], [yt, dtn], res)
    assert _triples(result) == [("Thầy thuốc như mẹ hiền", "launch", yt[0]),
                                ("Tìm hiểu Luật Khám bệnh, chữa bệnh", "contest", yt[0]),
                                ("Tìm hiểu Luật Khám bệnh, chữa bệnh", "contest", dtn[0])]



def test_a_line_of_an_award_list_opening_with_the_award_and_its_issuer_is_that_issuers_commendation(res):
    """"Kết quả khen thưởng như sau: - Cờ thi đua của Tổng LĐLĐ Việt Nam: 3 tập thể; - Bằng khen của LĐLĐ tỉnh: 45 tập thể":
    a bulleted award list names each issuer with its count and no act word; each issuer commends (FORMAT: a commendation
    belongs to the body that issues the award), with the counts of all its lines."""
    hn = ("Liên đoàn Lao động tỉnh Hà Nam", "Liên đoàn Lao động tỉnh Hà Nam", "Liên đoàn Lao động tỉnh")
    tld = ("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam")
    result = run(["Tin", "Ngày 22/12, Liên đoàn Lao động tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác công đoàn năm 2026.",
                  "Kết quả như sau:", "- Cờ thi đua của Tổng Liên đoàn Lao động Việt Nam: 3 tập thể;",
                  "- Bằng khen của Tổng Liên đoàn Lao động Việt Nam: 12 tập thể, 20 cá nhân;",
                  "- Bằng khen của Liên đoàn Lao động tỉnh: 45 tập thể."], [], [hn, tld], res)
    assert [(c, a, o, f) for c, a, o, _d, f in result] == [
        (None, "review", hn[0], ()), (None, "commend", tld[0], ("3 tập thể", "12 tập thể", "20 cá nhân")),
        (None, "commend", hn[0], ("45 tập thể",))]



def test_a_generic_body_after_trong_is_the_acts_reach_not_its_subject(res):
    """"Chúng tôi đã phát động phong trào X trong toàn ngành và tổ chức chương trình Y": "trong toàn ngành" says where the
    act reaches; it is no generic subject, so the interviewee's body the story is about still acts."""
    dm = ("Công đoàn Dệt May Việt Nam", "Công đoàn Dệt May Việt Nam")
    result = run(["Tin", "PV: Năm 2026, Công đoàn Dệt May Việt Nam có những hoạt động nổi bật nào?",
                  "Bà Trần Thị Lan: Chúng tôi đã phát động phong trào thi đua “Năng suất, chất lượng, an toàn” trong toàn ngành "
                  "và tổ chức chương trình “Tết Sum vầy” cho 5.000 công nhân."],
                 [("Năng suất, chất lượng, an toàn", "movement"), ("Tết Sum vầy", "program")], [dm], res)
    assert _triples(result) == [("Năng suất, chất lượng, an toàn", "launch", dm[0]), ("Tết Sum vầy", "support", dm[0])]


PROBES = Path(__file__).parent / "data" / "other_matter_probes.json"


def _probe_fits(gold: dict, activity: dict) -> bool:
    """The probe's decided activity allows this one: its action, campaign (or none) and body (or none) among the alternatives."""
    def one_of(options, value, key):
        return any((o is None and not value) or (o is not None and value and key(o) == key(value)) for o in options)
    return activity["action"] in gold["action"] and one_of(gold["campaign"], activity["campaign"], match_key) \
        and one_of(gold["organization"], activity["organization"], org_key)


def test_probe_articles_on_other_union_matters_propose_few_false_activities(tmp_path):
    """57 short articles written by hand on union matters other than emulation (congresses, dues inspections, training
    courses, dialogues, legal propaganda, health checks, Party study, voters' meetings, exchange visits, new unions, sports
    days and art shows, charity funds, labour statistics, wages, strikes, fires, housing, clinics, vouchers, scams, forums,
    clusters' meetings), in three waves, their activities decided by FORMAT.md before the extractor ran (alternatives where FORMAT allows several
    readings, or where the organization extractor names a body otherwise; optional ones count neither way). The rules alone
    (the activity model edits them and is measured when it is trained): false and missed activities stay at most where the
    branch others11 left them (29 false and 19 missed before it, on this same fixture). Branch acts12: the body after "suy
    tôn" is the one honoured, not the proposer ("Hội nghị đã thống nhất suy tôn LĐLĐ thị xã A là đơn vị dẫn đầu Cụm, đề nghị
    LĐLĐ tỉnh tặng Cờ thi đua" is the cluster's proposal), and the members a cluster lists after "gồm" do not become the
    story's body (12 false and 7 missed before it)."""
    from pipeline.build.process import learn_and_process
    from pipeline.dataset.rows import to_json
    probes = json.loads(PROBES.read_text(encoding="utf-8"))
    for probe in probes:
        (tmp_path / f"{probe['stem']}.txt").write_text(probe["text"], encoding="utf-8")
    shipped = pipeline_resources()
    rules = dataclasses.replace(shipped, activities=dataclasses.replace(shipped.activities, model=None))
    outs, _ = learn_and_process([str(tmp_path / f"{p['stem']}.txt") for p in probes], rules)
    found = {Path(path).stem: to_json(out.processed[0])["activities"] for path, out in outs if out.processed}
    false = missed = 0
    for probe in probes:
        gold = sorted(probe["activities"], key=lambda g: not g["required"])
        used: set[int] = set()
        for activity in found.get(probe["stem"], []):
            hit = next((i for i, g in enumerate(gold) if i not in used and _probe_fits(g, activity)), None)
            if hit is None:
                false += 1
            else:
                used.add(hit)
        missed += sum(1 for i, g in enumerate(gold) if g["required"] and i not in used)
    assert len(probes) == 57
    assert false <= 10 and missed <= 6, (false, missed)


def _triples(result):
    return [(c, a, o) for c, a, o, _d, _f in result]


def test_a_review_of_years_of_carrying_out_a_movement_reviews_that_movement(res):
    """"Hội nghị sơ kết 3 năm thực hiện phong trào X": what is carried out is what the review covers, one act (the review
    of X); a comma or "và" between them still makes two ("tổng kết công tác năm 2025, triển khai phong trào Y")."""
    ht = ("Liên đoàn Lao động tỉnh Hà Tĩnh", "Liên đoàn Lao động tỉnh Hà Tĩnh", "LĐLĐ tỉnh")
    x, y = "Người lao động Hà Tĩnh học tập và làm theo lời Bác", "Xanh - Sạch - Đẹp"
    result = run(["Tin", f"Ngày 12/1, Liên đoàn Lao động tỉnh Hà Tĩnh tổ chức Hội nghị sơ kết 3 năm thực hiện phong trào “{x}”.",
                  f"Tháng 12, LĐLĐ tỉnh tổng kết công tác năm 2025, triển khai phong trào “{y}” năm 2026."],
                 [(x, "movement"), (y, "movement")], [ht], res, published="2026-01-13")
    assert _triples(result) == [(x, "review", ht[0]), (None, "review", ht[0]), (y, "implement", ht[0])]


def test_a_bare_movement_an_act_governs_is_the_one_movement_named_before(res):
    """News names a movement once and then calls it "phong trào": "Năm qua, phong trào được triển khai ...", "tặng Giấy
    khen cho 35 cá nhân có thành tích xuất sắc trong phong trào" are acts of that movement; not when the article has named
    two movements, nor a bare mention no act governs."""
    hepza = ("Công đoàn Khu chế xuất và công nghiệp thành phố Hồ Chí Minh", "Công đoàn Khu chế xuất và công nghiệp TP HCM")
    x = "Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động"
    paragraphs = ["Tin", f"Ngày 10-11, Công đoàn Khu chế xuất và công nghiệp TP HCM tổ chức lễ tổng kết phong trào thi đua “{x}”.",
                  "Năm qua, phong trào được triển khai rộng khắp tại 500 doanh nghiệp.",
                  "Tại buổi lễ, Công đoàn Khu chế xuất và công nghiệp TP HCM tặng Giấy khen cho 35 cá nhân có thành tích xuất sắc "
                  "trong phong trào.", "Phong trào đã trở thành nét đẹp trong công nhân."]
    assert _triples(run(paragraphs, [(x, "movement")], [hepza], res)) == [
        (x, "review", hepza[0]), (x, "implement", None), (x, "commend", hepza[0])]
    two = [paragraphs[0], paragraphs[1].replace("”.", "” và phong trào “Giỏi việc nước, đảm việc nhà”."), paragraphs[2]]
    assert _triples(run(two, [(x, "movement"), ("Giỏi việc nước, đảm việc nhà", "movement")], [hepza], res)) == [
        (x, "review", hepza[0]), ("Giỏi việc nước, đảm việc nhà", "review", hepza[0])]


def test_holding_a_program_named_by_an_act_of_commending_is_a_commendation(res):
    gd = ("Công đoàn Giáo dục Việt Nam", "Công đoàn Giáo dục Việt Nam")
    result = run(["Tin", "Sáng 18/11, tại Hà Nội, Công đoàn Giáo dục Việt Nam tổ chức chương trình “Tôn vinh nhà giáo tiêu biểu” "
                  "năm 2026."], [("Tôn vinh nhà giáo tiêu biểu", "program")], [gd], res)
    assert _triples(result) == [("Tôn vinh nhà giáo tiêu biểu", "commend", gd[0])]


def test_the_guests_listed_do_not_act_and_a_speakers_praise_is_no_act(res):
    """"Dự buổi lễ có đồng chí A, Phó Trưởng Ban Dân vận Trung ương; đại diện Ban Tuyên giáo ...": the guests of honour do
    not become the story's actor; "đồng chí A đánh giá cao phong trào X" is a speaker's view of X, no act done."""
    tld = ("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam")
    dv = ("Ban Dân vận Trung ương", "Ban Dân vận Trung ương")
    tg = ("Ban Tuyên giáo và Dân vận Trung ương", "Ban Tuyên giáo và Dân vận Trung ương")
    x = "Lao động giỏi, lao động sáng tạo"
    result = run(["Tin", "Sáng 28/4, Tổng Liên đoàn Lao động Việt Nam tổ chức Lễ tuyên dương 100 công nhân lao động tiêu biểu.",
                  "Dự buổi lễ có đồng chí Nguyễn Văn An, Phó Trưởng Ban Dân vận Trung ương; đại diện Ban Tuyên giáo và Dân vận "
                  "Trung ương.",
                  f"Phát biểu tại buổi lễ, đồng chí Nguyễn Văn An đánh giá cao phong trào thi đua “{x}” trong công nhân.",
                  "Dịp này, Ban Thường vụ đã trao Bằng khen cho 20 công nhân."], [(x, "movement")], [tld, dv, tg], res)
    assert _triples(result) == [(None, "commend", tld[0])]


def test_an_unnamed_award_handed_over_before_the_named_ones_is_a_commendation_of_its_own(res):
    gt = ("Công đoàn Giao thông vận tải Việt Nam", "Công đoàn GTVT Việt Nam")
    title = "Công đoàn cơ sở xuất sắc trong phong trào Giỏi việc nước, đảm việc nhà"
    result = run(["Tin", "Ông Phạm Chí Dân, Phó Chủ tịch Công đoàn GTVT Việt Nam trao Cờ thi đua xuất sắc toàn diện cho 03 công "
                  f"đoàn cơ sở; Cờ “{title}” cho Công đoàn Công ty cổ phần Tư vấn xây dựng 5."], [(title, "title")], [gt], res)
    assert _triples(result) == [(title, "commend", gt[0]), (None, "commend", gt[0])]


def test_the_organising_committee_is_the_body_that_held_the_contest_and_its_prizes_are_the_contests(res):
    """"Kết thúc Hội thi, Ban Tổ chức đã trao giải Nhất cho đội của Công đoàn Công ty B": the committee is the body that held
    the contest (as the development gold reads it), not the team's union that took part in the sentence before, and the
    prizes are the one contest's."""
    bn = ("Liên đoàn Lao động tỉnh Bắc Ninh", "Liên đoàn Lao động tỉnh Bắc Ninh")
    ss = ("Công đoàn Công ty TNHH Samsung Electronics Việt Nam", "Công đoàn Công ty TNHH Samsung Electronics Việt Nam")
    cn = ("Công đoàn Công ty TNHH Canon Việt Nam", "Công đoàn Công ty TNHH Canon Việt Nam")
    c = "An toàn vệ sinh viên giỏi tỉnh Bắc Ninh"
    result = run(["Tin", f"Ngày 18.6, Liên đoàn Lao động tỉnh Bắc Ninh tổ chức Hội thi {c} năm 2026.",
                  "Công đoàn Công ty TNHH Samsung Electronics Việt Nam đã cử 2 đội tham gia Hội thi.",
                  "Kết thúc Hội thi, Ban Tổ chức đã trao giải Nhất cho đội của Công đoàn Công ty TNHH Canon Việt Nam."],
                 [(c, "contest")], [bn, ss, cn], res)
    assert _triples(result) == [(c, "contest", bn[0]), (c, "contest", ss[0]), (c, "commend", bn[0])]


def test_a_partner_after_cung_phoi_hop_voi_holds_the_act_too(res):
    """"A cũng phối hợp với B tổ chức cuộc thi X": an aspect word before "phối hợp với" still makes B a partner of A's act
    (FORMAT: a body taking part in a contest gets a contest activity as well as the organiser)."""
    a = ("Công đoàn Tổng công ty Hàng không Việt Nam", "Công đoàn Tổng công ty Hàng không Việt Nam")
    b = ("Đoàn Thanh niên Tổng công ty Hàng không Việt Nam", "Đoàn Thanh niên Tổng công ty Hàng không Việt Nam")
    c = "Tìm hiểu văn hóa doanh nghiệp"
    result = run(["Tin", f"Công đoàn Tổng công ty Hàng không Việt Nam cũng phối hợp với Đoàn Thanh niên Tổng công ty Hàng không "
                  f"Việt Nam tổ chức cuộc thi “{c}”."], [(c, "contest")], [a, b], res)
    assert _triples(result) == [(c, "contest", a[0]), (c, "contest", b[0])]


def test_a_body_listed_through_its_heads_office_holds_the_act_with_the_one_before(rules_alone):
    """"Công đoàn Công ty và Giám đốc Công ty đã trao thưởng cho 30 công nhân": the union and the company its director heads
    are one list, both hand the awards over (FORMAT: a commendation belongs to each body whose leader presents it); the
    director named as a person's office in a sentence with no act gives the company no act."""
    from pipeline.build.process import process_page
    from pipeline.records import Page
    text = ("Công nhân Công ty Giày Thái Bình phấn khởi nhận thưởng\n"
            "Ngày 5/7, Công đoàn Công ty cổ phần Giày Thái Bình sơ kết phong trào thi đua 6 tháng đầu năm 2026.\n"
            "Ông Nguyễn Văn Hải, Giám đốc Công ty cho biết, sản lượng tăng 12% so với cùng kỳ.\n"
            "Dịp này, Công đoàn Công ty và Giám đốc Công ty đã trao thưởng cho 30 công nhân có năng suất cao nhất.\n")
    facts = process_page(Page(source="t.txt", text=text, media_type="text", url="https://baothaibinh.vn/x-1.html"), rules_alone).facts
    union, company = "Công đoàn Công ty cổ phần Giày Thái Bình", "Công ty cổ phần Giày Thái Bình"
    assert {(p.name, p.organization) for p in facts.people} == {("Nguyễn Văn Hải", company)}
    assert {(a.campaign, a.action, a.organization) for a in facts.activities} == {
        (None, "review", union), (None, "commend", union), (None, "commend", company)}


def test_awards_told_right_after_a_bodys_review_of_a_named_movement_are_that_movements(res):
    """"Công ty A tổ chức hội nghị sơ kết phong trào “X”. Ban Giám đốc Công ty đã khen thưởng 120 công nhân": the awards the
    same body hands out in the next sentence, naming no campaign, are the review's movement's (as "tổng kết phong trào X và
    khen thưởng" in one sentence); another body's awards, or awards after a sentence with no review, stay unnamed."""
    nd = ("Công ty TNHH Nidec Việt Nam", "Công ty TNHH Nidec Việt Nam", "Công ty")
    bn = ("Liên đoàn Lao động tỉnh Bắc Ninh", "Liên đoàn Lao động tỉnh Bắc Ninh")
    x = "Sáng kiến cải tiến"
    review = f"Ngày 10/7, Công ty TNHH Nidec Việt Nam tổ chức hội nghị sơ kết phong trào “{x}” 6 tháng đầu năm 2026."
    same = run(["Tin", review, "Ban Giám đốc Công ty đã khen thưởng 120 công nhân có sáng kiến."], [(x, "movement")], [nd], res)
    other = run(["Tin", review, "Liên đoàn Lao động tỉnh Bắc Ninh đã tặng Bằng khen cho 5 công nhân."], [(x, "movement")],
                [nd, bn], res)
    launched = run(["Tin", f"Ngày 10/7, Công ty TNHH Nidec Việt Nam phát động phong trào “{x}”.",
                    "Ban Giám đốc Công ty đã khen thưởng 120 công nhân có sáng kiến."], [(x, "movement")], [nd], res)
    assert _triples(same) == [(x, "review", nd[0]), (x, "commend", nd[0])]
    assert _triples(other) == [(x, "review", nd[0]), (None, "commend", bn[0])]
    assert _triples(launched) == [(x, "launch", nd[0]), (None, "commend", nd[0])]


def test_a_headlines_unnamed_act_counted_again_in_the_bodys_named_act_is_that_act(rules_alone):
    """"Công ty A khen thưởng 120 công nhân có sáng kiến" over the body's awards of a named movement to the same 120: the
    headline's count makes it the body's act (FORMAT: an act first stated in the headline is one activity); a headline act
    with no count the body repeats keeps its own entry (the seeds' gold keeps such a pair)."""
    from pipeline.build.process import process_page
    from pipeline.records import Page

    def acts(headline):
        text = (f"{headline}\n"
                "Ngày 10/7, Công ty TNHH Nidec Việt Nam tổ chức hội nghị sơ kết phong trào “Sáng kiến cải tiến” năm 2026.\n"
                "Ban Giám đốc Công ty đã khen thưởng 120 công nhân có sáng kiến với tổng số tiền 600 triệu đồng.\n")
        facts = process_page(Page(source="t.txt", text=text, media_type="text", url="https://baobacninh.vn/x-1.html"), rules_alone).facts
        return {(a.campaign, a.action, a.organization) for a in facts.activities}

    nd, x = "Công ty TNHH Nidec Việt Nam", "Sáng kiến cải tiến"
    assert acts("Công ty TNHH Nidec Việt Nam khen thưởng 120 công nhân có sáng kiến") == {(x, "review", nd), (x, "commend", nd)}
    assert acts("Công ty TNHH Nidec Việt Nam khen thưởng công nhân có sáng kiến") == {
        (x, "review", nd), (x, "commend", nd), (None, "commend", nd)}


def test_a_body_whose_team_wins_a_rank_of_the_contest_took_part_in_it(res):
    """"Đội thi của Công đoàn Công ty A đoạt giải Nhất, Công đoàn Công ty B giành giải Nhì": the bodies, or their teams, that win
    a rank of the article's one contest took part in it (FORMAT: a body taking part in a contest gets a contest activity
    as well as the organiser); a person of a company who wins one, or a prize the organisers hand to a body's team, gives
    that body none."""
    bg = ("Liên đoàn Lao động tỉnh Bắc Giang", "Liên đoàn Lao động tỉnh Bắc Giang")
    fh = ("Công đoàn Công ty TNHH Fuhong Precision", "Công đoàn Công ty TNHH Fuhong Precision")
    mb = ("Công đoàn Công ty cổ phần May Bắc Giang", "Công đoàn Công ty cổ phần May Bắc Giang")
    c = "Bàn tay vàng"
    held = f"Ngày 5/4, Liên đoàn Lao động tỉnh Bắc Giang tổ chức Hội thi “{c}” năm 2026."
    teams = run(["Tin", held, "Đội thi của Công đoàn Công ty TNHH Fuhong Precision đoạt giải Nhất, Công đoàn Công ty cổ phần May "
                 "Bắc Giang giành giải Nhì."], [(c, "contest")], [bg, fh, mb], res)
    listed = run(["Tin", held, "Kết quả, các đội của Công đoàn Công ty TNHH Fuhong Precision và Công đoàn Công ty cổ phần May Bắc "
                  "Giang cùng đoạt giải Nhất."], [(c, "contest")], [bg, fh, mb], res)
    person = run(["Tin", held, "Anh Nguyễn Văn Hùng, Công đoàn Công ty TNHH Fuhong Precision đoạt giải Nhất."],
                 [(c, "contest")], [bg, fh, mb], res)
    assert _triples(teams) == _triples(listed) == [(c, "contest", bg[0]), (c, "contest", fh[0]), (c, "contest", mb[0])]
    assert _triples(person) == [(c, "contest", bg[0])]


def test_the_agent_of_a_passive_launch_launches_and_is_not_the_subject_of_the_sentences_other_acts(res):
    """"Hưởng ứng chương trình “Tết Sum vầy” năm 2026 do Tổng LĐLĐ Việt Nam phát động, nhiều công đoàn cơ sở đã tổ chức chăm
    lo ...": the agent launched the program (also with its year between), the unnumbered many unions carry it out (no body)."""
    tld = ("Tổng Liên đoàn Lao động Việt Nam", "Tổng LĐLĐ Việt Nam")
    result = run(["Tin", "Hưởng ứng chương trình “Tết Sum vầy” năm 2026 do Tổng LĐLĐ Việt Nam phát động, nhiều công đoàn cơ sở "
                  "tại TP HCM đã tổ chức chăm lo cho người lao động."], [("Tết Sum vầy", "program")], [tld], res)
    assert sorted(_triples(result), key=str) == [("Tết Sum vầy", "launch", tld[0]), ("Tết Sum vầy", "support", None)]


def test_an_act_held_by_the_agent_of_a_named_meeting_is_not_doubled_by_nobody(res):
    """"Hội nghị tổng kết phong trào thi đua “Hai giỏi” do Tổng LĐLĐ Việt Nam tổ chức": the agent holds the review; the
    delegates who gather there do not, and no review by nobody besides."""
    tld = ("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam")
    result = run(["Tin", "Ngày 28/6, gần 200 đại biểu đã hội tụ về Hội nghị tổng kết phong trào thi đua “Hai giỏi” do Tổng Liên "
                  "đoàn Lao động Việt Nam tổ chức."], [("Hai giỏi", "movement")], [tld], res)
    assert _triples(result) == [("Hai giỏi", "review", tld[0])]


def test_money_gathered_for_a_named_care_program_is_that_programs_support(res):
    yt = ("Công đoàn cơ sở Sở Y tế Nghệ An", "Công đoàn cơ sở Sở Y tế Nghệ An")
    result = run(["Tin", "Công đoàn cơ sở Sở Y tế Nghệ An đã vận động đoàn viên quyên góp 50 triệu đồng ủng hộ Quỹ “Mái ấm Công "
                  "đoàn”."], [("Mái ấm Công đoàn", "program")], [yt], res)
    assert [(c, a, o, f) for c, a, o, _d, f in result] == [("Mái ấm Công đoàn", "support", yt[0], ("50 triệu đồng",))]


def test_an_award_proposed_to_the_body_named_as_its_giver_is_the_proposers_other_act(res):
    """"LĐLĐ quận cũng đề nghị LĐLĐ thành phố tặng Bằng khen cho 3 cá nhân": like "đề nghị tặng", the proposal (FORMAT's
    other) of the body before it, not an award given."""
    hk = ("Liên đoàn Lao động quận Hoàn Kiếm", "Liên đoàn Lao động quận Hoàn Kiếm", "Liên đoàn Lao động quận")
    hn = ("Liên đoàn Lao động thành phố Hà Nội", "Liên đoàn Lao động thành phố")
    result = run(["Tin", "Liên đoàn Lao động quận Hoàn Kiếm cũng đề nghị Liên đoàn Lao động thành phố tặng Bằng khen cho 3 cá "
                  "nhân xuất sắc."], [], [hk, hn], res)
    assert _triples(result) == [(None, "other", hk[0])]


def test_a_headline_act_with_no_body_is_the_lead_bodys_not_an_act_received(res):
    """"Quận Hoàn Kiếm: Biểu dương 30 “Công nhân giỏi” năm 2025" over a lead whose act is LĐLĐ quận Hoàn Kiếm's: the
    headline states the story's act without its subject; a headline telling what workers received ("3.550 công nhân đạt
    danh hiệu ...") keeps no body."""
    hk = ("Liên đoàn Lao động quận Hoàn Kiếm", "Liên đoàn Lao động quận Hoàn Kiếm")
    lead = "Ngày 15/12, Liên đoàn Lao động quận Hoàn Kiếm tổ chức Hội nghị tổng kết phong trào thi đua “Công nhân giỏi” năm 2025."
    result = run(["Quận Hoàn Kiếm: Biểu dương 30 “Công nhân giỏi” năm 2025", lead], [("Công nhân giỏi", "title")], [hk], res)
    assert _triples(result) == [("Công nhân giỏi", "commend", hk[0]), ("Công nhân giỏi", "review", hk[0])]
    received = run(["Quận Hoàn Kiếm: 3.550 công nhân đạt danh hiệu “Công nhân giỏi”", lead], [("Công nhân giỏi", "title")], [hk], res)
    assert _triples(received) == [("Công nhân giỏi", "commend", None), ("Công nhân giỏi", "review", hk[0])]


def test_a_counted_set_of_units_taking_part_in_a_program_is_no_body(res):
    """"Theo LĐLĐ TP HCM, năm nay toàn thành phố có hơn 1.200 công đoàn cơ sở tham gia chương trình “Tết Sum vầy”": the
    counted unions take part, with no act word; the body the story spoke of before does not."""
    gd = ("Công đoàn Công ty cổ phần Dệt may Gia Định", "Công đoàn Công ty CP Dệt may Gia Định")
    hcm = ("Liên đoàn Lao động thành phố Hồ Chí Minh", "LĐLĐ TP HCM")
    result = run(["Tin", "Công đoàn Công ty CP Dệt may Gia Định tổ chức “Chuyến xe Công đoàn” đưa 300 công nhân về quê đón Tết.",
                  "Theo LĐLĐ TP HCM, năm nay toàn thành phố có hơn 1.200 công đoàn cơ sở tham gia chương trình “Tết Sum vầy”."],
                 [("Chuyến xe Công đoàn", "program"), ("Tết Sum vầy", "program")], [gd, hcm], res)
    assert _triples(result) == [("Chuyến xe Công đoàn", "support", gd[0]), ("Tết Sum vầy", "support", None)]


# Probe articles written for this round in the styles of several union news sites (laodongthudo, laodong.vn, nld,
# congdoan.vn, provincial federations' and company unions' pages), with their activities decided from FORMAT.md (and the
# dev gold's readings: registering for emulation is a launch, a headline act with no body is the story body's, the
# units of a cluster act as the cluster, an award of an office holder is the presenter body's) before the extractor ran.
# The rules alone give exactly these (campaign, action, organization) triples.
ACT_PROBES = [
    ("p01_giaouoc", "https://laodongthudo.vn/cong-doan-nganh-xay-dung-ky-ket-giao-uoc-thi-dua-1001.html", (
        "Công đoàn ngành Xây dựng Hà Nội ký kết giao ước thi đua năm 2026\n"
        "12/03/2026 10:15\n"
        "(LĐTĐ) Sáng 11/3, Công đoàn ngành Xây dựng Hà Nội tổ chức Hội nghị ký kết giao ước thi đua năm 2026 giữa các Công đoàn cơ sở trực thuộc.\n"
        "Tại hội nghị, 25 Công đoàn cơ sở đã đăng ký thi đua hưởng ứng phong trào “Lao động giỏi, Lao động sáng tạo” và phong trào “Xanh - Sạch - Đẹp, đảm bảo an toàn vệ sinh lao động”.\n"
        "Công đoàn Công ty cổ phần Xây dựng số 1 Hà Nội và Công đoàn Công ty TNHH Kỹ thuật Sông Hồng đã ký kết giao ước thi đua, cam kết duy trì phong trào “Sáng kiến, sáng tạo” trong đoàn viên.\n"
        "Dịp này, Công đoàn ngành trao Bằng khen của Liên đoàn Lao động thành phố Hà Nội cho 12 tập thể có thành tích xuất sắc trong phong trào “Lao động giỏi, Lao động sáng tạo” năm 2025.\n"
        "Minh Anh\n"
    ), {
        (None, "launch", "Công đoàn ngành Xây dựng Hà Nội"),
        (None, "launch", "Công đoàn Công ty cổ phần Xây dựng số 1 Hà Nội"),
        (None, "launch", "Công đoàn Công ty TNHH Kỹ thuật Sông Hồng"),
        ("Sáng kiến, sáng tạo", "implement", "Công đoàn Công ty cổ phần Xây dựng số 1 Hà Nội"),
        ("Sáng kiến, sáng tạo", "implement", "Công đoàn Công ty TNHH Kỹ thuật Sông Hồng"),
        ("Lao động giỏi, Lao động sáng tạo", "commend", "Liên đoàn Lao động thành phố Hà Nội"),
        ("Lao động giỏi, Lao động sáng tạo", "launch", None),
        ("Xanh - Sạch - Đẹp, đảm bảo an toàn vệ sinh lao động", "launch", None),
    }),
    ("p02_tongket", "https://laodong.vn/cong-doan/ldld-tinh-thai-binh-tong-ket-phong-trao-thi-dua-1002.ldo", (
        "LĐLĐ tỉnh Thái Bình tổng kết phong trào thi đua năm 2025\n"
        "Ngày 8.1, Liên đoàn Lao động (LĐLĐ) tỉnh Thái Bình tổ chức Hội nghị tổng kết phong trào thi đua và khen thưởng năm 2025, triển khai nhiệm vụ năm 2026.\n"
        "Năm 2025, các cấp công đoàn trong tỉnh đã đẩy mạnh phong trào thi đua “Lao động giỏi, lao động sáng tạo”, thu hút hơn 3.000 sáng kiến được công nhận.\n"
        "Phong trào “Giỏi việc nước, đảm việc nhà” được duy trì và nhân rộng tại 95% công đoàn cơ sở.\n"
        "Tại hội nghị, LĐLĐ tỉnh đã khen thưởng 45 tập thể và 80 cá nhân có thành tích xuất sắc trong các phong trào thi đua năm 2025.\n"
        "Dịp này, Chủ tịch UBND tỉnh trao Cờ thi đua của UBND tỉnh cho 3 đơn vị dẫn đầu phong trào thi đua.\n"
        "Bảo Ngọc\n"
    ), {
        (None, "review", "Liên đoàn Lao động tỉnh Thái Bình"),
        (None, "commend", "Liên đoàn Lao động tỉnh Thái Bình"),
        ("Lao động giỏi, lao động sáng tạo", "implement", None),
        ("Giỏi việc nước, đảm việc nhà", "implement", None),
        (None, "commend", "Ủy ban nhân dân tỉnh Thái Bình"),
    }),
    ("p03_tetsumvay", "https://nld.com.vn/cong-doan/cong-doan-doanh-nghiep-cham-lo-tet-1003.htm", (
        "Công đoàn doanh nghiệp chăm lo Tết cho công nhân\n"
        "(NLĐO)- Hưởng ứng chương trình “Tết Sum vầy” năm 2026 do Tổng LĐLĐ Việt Nam phát động, nhiều công đoàn cơ sở tại TP HCM đã tổ chức chăm lo cho người lao động.\n"
        "Công đoàn Công ty TNHH PouYuen Việt Nam trao 2.000 phần quà, mỗi phần trị giá 500.000 đồng cho công nhân có hoàn cảnh khó khăn.\n"
        "Công đoàn Công ty CP Dệt may Gia Định tổ chức “Chuyến xe Công đoàn” đưa 300 công nhân về quê đón Tết.\n"
        "Theo LĐLĐ TP HCM, năm nay toàn thành phố có hơn 1.200 công đoàn cơ sở tham gia chương trình “Tết Sum vầy”.\n"
        "Hoàng Lan\n"
    ), {
        ("Tết Sum vầy", "launch", "Tổng Liên đoàn Lao động Việt Nam"),
        ("Tết Sum vầy", "support", None),
        (None, "support", "Công đoàn Công ty TNHH PouYuen Việt Nam"),
        ("Chuyến xe Công đoàn", "support", "Công đoàn Công ty cổ phần Dệt may Gia Định"),
    }),
    ("p04_tuyenduong", "https://congdoan.vn/tin-tuc/tuyen-duong-100-cong-nhan-lao-dong-tieu-bieu-1004.tld", (
        "Tuyên dương 100 công nhân lao động tiêu biểu năm 2026\n"
        "Sáng 28/4, tại Hà Nội, Tổng Liên đoàn Lao động Việt Nam tổ chức Lễ tuyên dương 100 công nhân lao động tiêu biểu, trao Giải thưởng Nguyễn Đức Cảnh lần thứ VII.\n"
        "Dự buổi lễ có đồng chí Nguyễn Văn An, Phó Trưởng Ban Dân vận Trung ương; đại diện Ban Tuyên giáo và Dân vận Trung ương.\n"
        "Phát biểu tại buổi lễ, đồng chí Nguyễn Văn An đánh giá cao phong trào thi đua “Lao động giỏi, lao động sáng tạo” trong công nhân lao động.\n"
        "Các công nhân được tuyên dương là những người có nhiều sáng kiến, được bình xét từ phong trào thi đua tại các công đoàn cơ sở.\n"
        "Đây là năm thứ bảy Tổng LĐLĐ Việt Nam tổ chức xét chọn, trao tặng Giải thưởng Nguyễn Đức Cảnh.\n"
        "Thanh Hà\n"
    ), {
        (None, "commend", "Tổng Liên đoàn Lao động Việt Nam"),
        ("Giải thưởng Nguyễn Đức Cảnh", "commend", "Tổng Liên đoàn Lao động Việt Nam"),
    }),
    ("p05_cdvc", "https://congdoannghean.vn/cong-doan-vien-chuc-tinh-phat-dong-thi-dua-1005.html", (
        "Công đoàn Viên chức tỉnh phát động thi đua chào mừng Đại hội\n"
        "Thực hiện Kế hoạch của Ban Tuyên giáo Tỉnh ủy Nghệ An và hướng dẫn của Liên đoàn Lao động tỉnh, ngày 5/3/2026, Công đoàn Viên chức tỉnh Nghệ An đã phát động đợt thi đua cao điểm chào mừng Đại hội Công đoàn tỉnh lần thứ XIX.\n"
        "Công đoàn Viên chức tỉnh chỉ đạo các công đoàn cơ sở trực thuộc đẩy mạnh phong trào “Giỏi việc nước, đảm việc nhà” và cuộc vận động “Xây dựng người cán bộ, công chức, viên chức Nghệ An trung thành, sáng tạo, tận tụy, gương mẫu”.\n"
        "Đồng thời, hướng dẫn công đoàn cơ sở lồng ghép chương trình “Mái ấm Công đoàn” với các hoạt động chăm lo đoàn viên.\n"
        "Công đoàn cơ sở Sở Y tế Nghệ An đã vận động đoàn viên quyên góp 50 triệu đồng ủng hộ Quỹ “Mái ấm Công đoàn”.\n"
        "Hải Yến\n"
    ), {
        (None, "launch", "Công đoàn Viên chức tỉnh Nghệ An"),
        ("Giỏi việc nước, đảm việc nhà", "implement", "Công đoàn Viên chức tỉnh Nghệ An"),
        ("Xây dựng người cán bộ, công chức, viên chức Nghệ An trung thành, sáng tạo, tận tụy, gương mẫu", "implement", "Công đoàn Viên chức tỉnh Nghệ An"),
        ("Mái ấm Công đoàn", "support", "Công đoàn Viên chức tỉnh Nghệ An"),
        ("Mái ấm Công đoàn", "support", "Công đoàn cơ sở Sở Y tế Nghệ An"),
    }),
    ("p07_colon", "https://laodongthudo.vn/quan-hoan-kiem-bieu-duong-30-cong-nhan-gioi-1007.html", (
        "Quận Hoàn Kiếm: Biểu dương 30 “Công nhân giỏi” năm 2025\n"
        "16/12/2025 08:30\n"
        "(LĐTĐ) Ngày 15/12, Liên đoàn Lao động quận Hoàn Kiếm tổ chức Hội nghị tổng kết phong trào thi đua “Công nhân giỏi” năm 2025.\n"
        "Phong trào đã được các Công đoàn cơ sở hưởng ứng sôi nổi, với 450 đoàn viên đăng ký thi đua.\n"
        "Tại hội nghị, Liên đoàn Lao động quận đã tặng Giấy khen cho 5 tập thể tiêu biểu gồm: Công đoàn Công ty TNHH Thương mại Tràng Tiền, Công đoàn Khách sạn Phố Cổ, Công đoàn Trường THCS Ngô Sĩ Liên, Công đoàn Bệnh viện Xanh Pôn và Công đoàn Công ty Điện lực Hoàn Kiếm.\n"
        "Liên đoàn Lao động quận cũng đề nghị Liên đoàn Lao động thành phố tặng Bằng khen cho 3 cá nhân xuất sắc.\n"
        "Phạm Tuấn\n"
    ), {
        ("Công nhân giỏi", "review", "Liên đoàn Lao động quận Hoàn Kiếm"),
        ("Công nhân giỏi", "commend", "Liên đoàn Lao động quận Hoàn Kiếm"),
        ("Công nhân giỏi", "implement", None),
        (None, "commend", "Liên đoàn Lao động quận Hoàn Kiếm"),
        (None, "other", "Liên đoàn Lao động quận Hoàn Kiếm"),
        ("Công nhân giỏi", "launch", None),
    }),
    ("p08_gapmat", "https://baoquangngai.vn/cong-doan/gap-mat-bieu-duong-cong-nhan-1008.htm", (
        "Gặp mặt, biểu dương công nhân lao động tiêu biểu\n"
        "Chiều 25/5, Công đoàn các Khu kinh tế và công nghiệp tỉnh Quảng Ngãi tổ chức buổi gặp mặt, biểu dương 40 công nhân lao động tiêu biểu năm 2026.\n"
        "Trước đó, Công đoàn đã phát động Tháng Công nhân với chủ đề “Đoàn viên được lợi - Công đoàn vững mạnh”.\n"
        "Nhân dịp này, Công đoàn các Khu kinh tế và công nghiệp tỉnh trao 100 suất quà, mỗi suất trị giá 1 triệu đồng cho công nhân có hoàn cảnh khó khăn.\n"
        "Các doanh nghiệp trong khu kinh tế cũng tích cực hưởng ứng, đồng hành cùng tổ chức Công đoàn.\n"
        "Văn Lợi\n"
    ), {
        (None, "commend", "Công đoàn các Khu kinh tế và công nghiệp tỉnh Quảng Ngãi"),
        ("Tháng Công nhân", "launch", "Công đoàn các Khu kinh tế và công nghiệp tỉnh Quảng Ngãi"),
        ("Đoàn viên được lợi - Công đoàn vững mạnh", "launch", "Công đoàn các Khu kinh tế và công nghiệp tỉnh Quảng Ngãi"),
        (None, "support", "Công đoàn các Khu kinh tế và công nghiệp tỉnh Quảng Ngãi"),
    }),
    ("p09_hoithi", "https://laodong.vn/cong-doan/hon-100-thi-sinh-tham-gia-hoi-thi-1009.ldo", (
        "Hơn 100 thí sinh tham gia Hội thi An toàn vệ sinh viên giỏi tỉnh Bắc Ninh\n"
        "Ngày 18.6, Liên đoàn Lao động tỉnh Bắc Ninh phối hợp với Sở Lao động - Thương binh và Xã hội tỉnh tổ chức Hội thi An toàn vệ sinh viên giỏi tỉnh Bắc Ninh năm 2026.\n"
        "Hội thi có 24 đội đến từ các công đoàn cơ sở doanh nghiệp trong các khu công nghiệp tham gia.\n"
        "Công đoàn Công ty TNHH Samsung Electronics Việt Nam đã cử 2 đội tham gia Hội thi.\n"
        "Kết thúc Hội thi, Ban Tổ chức đã trao giải Nhất cho đội của Công đoàn Công ty TNHH Canon Việt Nam.\n"
        "Đức Minh\n"
    ), {
        ("An toàn vệ sinh viên giỏi tỉnh Bắc Ninh", "contest", "Liên đoàn Lao động tỉnh Bắc Ninh"),
        ("An toàn vệ sinh viên giỏi tỉnh Bắc Ninh", "contest", "Sở Lao động - Thương binh và Xã hội tỉnh Bắc Ninh"),
        ("An toàn vệ sinh viên giỏi tỉnh Bắc Ninh", "contest", "Công đoàn Công ty TNHH Samsung Electronics Việt Nam"),
        ("An toàn vệ sinh viên giỏi tỉnh Bắc Ninh", "commend", "Liên đoàn Lao động tỉnh Bắc Ninh"),
    }),
    ("p13_nhanrong", "https://ldldhanoi.vn/tin-tuc/ldld-huyen-me-linh-nhan-rong-bua-com-cong-doan-1013.html", (
        "LĐLĐ huyện Mê Linh nhân rộng mô hình “Bữa cơm Công đoàn”\n"
        "Năm 2026, Liên đoàn Lao động huyện Mê Linh tiếp tục duy trì và nhân rộng chương trình “Bữa cơm Công đoàn” tại các doanh nghiệp trong Khu công nghiệp Quang Minh.\n"
        "Công đoàn Công ty TNHH Vina Nhật và Công đoàn Công ty cổ phần Nhựa Tiền Phong đã tổ chức “Bữa cơm Công đoàn” cho hơn 1.500 công nhân.\n"
        "Bên cạnh đó, LĐLĐ huyện lồng ghép phong trào “Xanh - Sạch - Đẹp” với các hoạt động bảo vệ môi trường tại nơi làm việc.\n"
        "Minh Châu\n"
    ), {
        ("Bữa cơm Công đoàn", "support", "Liên đoàn Lao động huyện Mê Linh"),
        ("Bữa cơm Công đoàn", "support", "Công đoàn Công ty TNHH Vina Nhật"),
        ("Bữa cơm Công đoàn", "support", "Công đoàn Công ty cổ phần Nhựa Tiền Phong"),
        ("Xanh - Sạch - Đẹp", "implement", "Liên đoàn Lao động huyện Mê Linh"),
    }),
    ("p14_thanghanhdong", "https://baobinhduong.vn/phat-dong-thang-hanh-dong-1014.html", (
        "Phát động Tháng hành động về an toàn, vệ sinh lao động năm 2026\n"
        "Ngày 5/5, tại Khu công nghiệp VSIP, Ủy ban nhân dân tỉnh Bình Dương phối hợp với Liên đoàn Lao động tỉnh tổ chức Lễ phát động Tháng hành động về an toàn, vệ sinh lao động năm 2026.\n"
        "Các đại biểu đã tham quan gian trưng bày thiết bị bảo hộ lao động của các doanh nghiệp.\n"
        "Lãnh đạo UBND tỉnh và LĐLĐ tỉnh trao quà cho 50 công nhân có hoàn cảnh khó khăn.\n"
        "Trung Kiên\n"
    ), {
        ("Tháng hành động về an toàn, vệ sinh lao động", "launch", "Ủy ban nhân dân tỉnh Bình Dương"),
        ("Tháng hành động về an toàn, vệ sinh lao động", "launch", "Liên đoàn Lao động tỉnh Bình Dương"),
        (None, "support", "Ủy ban nhân dân tỉnh Bình Dương"),
        (None, "support", "Liên đoàn Lao động tỉnh Bình Dương"),
    }),
    ("p15_dept", "https://congdoanhatinh.vn/tin-tuc/so-ket-phong-trao-1015.html", (
        "LĐLĐ tỉnh Hà Tĩnh sơ kết 3 năm thực hiện phong trào “Người lao động Hà Tĩnh học tập và làm theo lời Bác”\n"
        "Ngày 12/1, Liên đoàn Lao động tỉnh Hà Tĩnh tổ chức Hội nghị sơ kết 3 năm thực hiện phong trào “Người lao động Hà Tĩnh học tập và làm theo lời Bác”.\n"
        "Tham dự hội nghị có đồng chí Trần Văn Bình, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Thị Cúc, Phó Trưởng Ban Tuyên giáo Tỉnh ủy.\n"
        "Trong 3 năm, LĐLĐ tỉnh đã chỉ đạo các cấp công đoàn triển khai phong trào gắn với cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.\n"
        "Tại hội nghị, Ban Thường vụ Tỉnh ủy đã tặng Bằng khen cho 8 tập thể có thành tích xuất sắc trong phong trào.\n"
        "Hà Phương\n"
    ), {
        ("Người lao động Hà Tĩnh học tập và làm theo lời Bác", "review", "Liên đoàn Lao động tỉnh Hà Tĩnh"),
        ("Người lao động Hà Tĩnh học tập và làm theo lời Bác", "implement", "Liên đoàn Lao động tỉnh Hà Tĩnh"),
        ("Người Việt Nam ưu tiên dùng hàng Việt Nam", "implement", "Liên đoàn Lao động tỉnh Hà Tĩnh"),
        ("Người lao động Hà Tĩnh học tập và làm theo lời Bác", "commend", "Tỉnh ủy Hà Tĩnh"),
    }),
    ("q03_chidao", "https://congdoan.vn/tin-tuc/cong-doan-cong-thuong-chi-dao-2003.tld", (
        "Công đoàn Công Thương Việt Nam đẩy mạnh phong trào thi đua năm 2026\n"
        "Năm 2026, Công đoàn Công Thương Việt Nam chỉ đạo các công đoàn trực thuộc tiếp tục đẩy mạnh phong trào thi đua “Lao động giỏi, lao động sáng tạo”, phong trào “Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động”.\n"
        "Công đoàn cũng hướng dẫn các công đoàn cơ sở tổ chức “Tháng Công nhân” với nhiều hoạt động thiết thực.\n"
        "Công đoàn Tổng công ty Hóa chất Việt Nam đã phát động phong trào “Sáng kiến vì năng suất” trong toàn Tổng công ty.\n"
        "Vũ Long\n"
    ), {
        ("Lao động giỏi, lao động sáng tạo", "implement", "Công đoàn Công Thương Việt Nam"),
        ("Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động", "implement", "Công đoàn Công Thương Việt Nam"),
        ("Tháng Công nhân", "implement", "Công đoàn Công Thương Việt Nam"),
        ("Sáng kiến vì năng suất", "launch", "Công đoàn Tổng công ty Hóa chất Việt Nam"),
        (None, "implement", "Công đoàn Công Thương Việt Nam"),
    }),
    ("q06_passive_agentless", "https://baohaiduong.vn/phong-trao-thi-dua-2006.html", (
        "Phong trào “Học tập suốt đời” lan tỏa trong công nhân\n"
        "Phong trào “Học tập suốt đời” do Liên đoàn Lao động tỉnh Hải Dương phát động từ năm 2023 đã được các công đoàn cơ sở tích cực hưởng ứng.\n"
        "Đến nay, phong trào đã được triển khai tại 320 doanh nghiệp với hơn 15.000 đoàn viên tham gia.\n"
        "Năm 2026, Liên đoàn Lao động tỉnh tiếp tục duy trì phong trào, gắn với việc xây dựng doanh nghiệp học tập.\n"
        "Mai Anh\n"
    ), {
        ("Học tập suốt đời", "launch", "Liên đoàn Lao động tỉnh Hải Dương"),
        ("Học tập suốt đời", "implement", None),
        ("Học tập suốt đời", "implement", "Liên đoàn Lao động tỉnh Hải Dương"),
    }),
    ("q08_headline_only", "https://congdoanquangninh.vn/tin-tuc/phat-dong-thi-dua-2008.html", (
        "Công đoàn Than - Khoáng sản Việt Nam:\n"
        "Phát động thi đua lao động sản xuất quý II\n"
        "Quý II năm 2026, toàn ngành phấn đấu khai thác 10 triệu tấn than nguyên khai.\n"
        "Các công đoàn cơ sở đã đăng ký thi đua với những chỉ tiêu cụ thể về năng suất, an toàn.\n"
        "Phong trào “Ca an toàn” tiếp tục được duy trì tại các đơn vị sản xuất hầm lò.\n"
        "Trọng Hiếu\n"
    ), {
        (None, "launch", "Công đoàn Than - Khoáng sản Việt Nam"),
        ("Ca an toàn", "implement", None),
        (None, "launch", None),
    }),
    ("r01_vinhdanh", "https://ldldhaiphong.vn/tin-tuc/vinh-danh-3001.html", (
        "LĐLĐ thành phố Hải Phòng vinh danh 20 “Công nhân giỏi”\n"
        "Ngày 30/4, Liên đoàn Lao động thành phố Hải Phòng vinh danh 20 “Công nhân giỏi” năm 2026.\n"
        "Những công nhân được vinh danh gồm: anh Trần Văn Nam, Công ty cổ phần Cảng Hải Phòng; chị Lê Thị Mai, Công ty TNHH LG Display Việt Nam Hải Phòng.\n"
        "Mỗi công nhân được Ủy ban nhân dân thành phố tặng Bằng khen và phần thưởng trị giá 5 triệu đồng.\n"
        "Hồng Nhung\n"
    ), {
        ("Công nhân giỏi", "commend", "Liên đoàn Lao động thành phố Hải Phòng"),
        (None, "commend", "Ủy ban nhân dân thành phố Hải Phòng"),
    }),
    ("r03_trao_tang_issuer", "https://congdoan.vn/tin-tuc/trao-bang-khen-3003.tld", (
        "Trao Bằng khen của Thủ tướng Chính phủ cho Công đoàn Dầu khí Việt Nam\n"
        "Ngày 12/3, thừa ủy quyền, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam Phan Văn Anh trao Bằng khen của Thủ tướng Chính phủ cho Công đoàn Dầu khí Việt Nam vì đã có thành tích xuất sắc trong phong trào thi đua “Lao động giỏi, lao động sáng tạo” giai đoạn 2021-2025.\n"
        "Cùng dịp, Công đoàn Dầu khí Việt Nam tuyên dương 15 tập thể, 30 cá nhân tiêu biểu.\n"
        "Mạnh Hùng\n"
    ), {
        (None, "commend", "Công đoàn Dầu khí Việt Nam"),
        ("Lao động giỏi, lao động sáng tạo", "commend", "Tổng Liên đoàn Lao động Việt Nam"),
    }),
    # Wave 3 (branch acts12): new styles and shapes, written for this round and decided from FORMAT.md before the extractor
    # ran: a provincial federation's year-end report, a ministry's union and its member units, a Q&A interview, an award
    # list with a caption, a bargaining story ending on one launch, clusters signing covenants (with "gồm" members and
    # "suy tôn"), a federation's plan, a women's contest, the youth union beside the union, the police, army and
    # education sectors, a company rewarding its own workers, an accident, a congress, a wage interview, a training. Two
    # readings follow the earlier waves: registering for a pact "hưởng ứng" a named movement launches that movement (p01),
    # and a headline's unnamed act beside the body's named one stays (the seeds' gold).
    ("s01_namdinh_baocao", "https://laodongnamdinh.vn/tin-tuc/nhieu-dau-an-phong-trao-thi-dua-5001.html", (
        "LĐLĐ tỉnh Nam Định: Nhiều dấu ấn trong phong trào thi đua năm 2026\n"
        "20/12/2026 09:10\n"
        "Năm 2026, Liên đoàn Lao động tỉnh Nam Định đã chỉ đạo các cấp công đoàn đẩy mạnh phong trào thi đua “Lao động giỏi, lao động sáng tạo”, phong trào “Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động” và cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.\n"
        "Công đoàn ngành Giáo dục tỉnh triển khai phong trào “Dạy tốt, học tốt” tới 450 công đoàn cơ sở; Công đoàn ngành Y tế tỉnh duy trì phong trào “Thầy thuốc như mẹ hiền”.\n"
        "Công đoàn các Khu công nghiệp tỉnh tổ chức chương trình “Tết Sum vầy”, trao 1.200 suất quà cho công nhân.\n"
        "Toàn tỉnh có 3.500 sáng kiến được công nhận, làm lợi hơn 40 tỷ đồng.\n"
        "Tại Hội nghị tổng kết công tác công đoàn năm 2026 diễn ra ngày 18/12, Liên đoàn Lao động tỉnh đã khen thưởng 60 tập thể, 120 cá nhân có thành tích xuất sắc.\n"
        "Ngọc Lan\n"
    ), {
        (None, "commend", "Liên đoàn Lao động tỉnh Nam Định"),
        (None, "review", "Liên đoàn Lao động tỉnh Nam Định"),
        ("Dạy tốt, học tốt", "implement", "Công đoàn ngành Giáo dục tỉnh Nam Định"),
        ("Lao động giỏi, lao động sáng tạo", "implement", "Liên đoàn Lao động tỉnh Nam Định"),
        ("Người Việt Nam ưu tiên dùng hàng Việt Nam", "implement", "Liên đoàn Lao động tỉnh Nam Định"),
        ("Thầy thuốc như mẹ hiền", "implement", "Công đoàn ngành Y tế tỉnh Nam Định"),
        ("Tết Sum vầy", "support", "Công đoàn các Khu công nghiệp tỉnh Nam Định"),
        ("Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động", "implement", "Liên đoàn Lao động tỉnh Nam Định"),
    }),
    ("s03_phongvan", "https://baolaocai.vn/thi-dua-phai-gan-voi-loi-ich-doan-vien-5003.html", (
        "Chủ tịch LĐLĐ tỉnh Lào Cai: Thi đua phải gắn với lợi ích của đoàn viên\n"
        "PV: Xin ông cho biết kết quả nổi bật của phong trào thi đua năm qua?\n"
        "Ông Hoàng Văn Sơn: Năm 2026, Liên đoàn Lao động tỉnh Lào Cai đã phát động phong trào “Đoàn viên Lào Cai vượt khó, sáng tạo” trong toàn tỉnh, thu hút hơn 30.000 đoàn viên tham gia.\n"
        "PV: Năm tới, Liên đoàn Lao động tỉnh sẽ tập trung vào những nhiệm vụ gì?\n"
        "Ông Hoàng Văn Sơn: Chúng tôi sẽ tiếp tục đẩy mạnh phong trào thi đua “Lao động giỏi, lao động sáng tạo” gắn với chăm lo lợi ích của đoàn viên.\n"
        "PV: Xin cảm ơn ông!\n"
        "Minh Tâm (thực hiện)\n"
    ), {
        ("Lao động giỏi, lao động sáng tạo", "implement", "Liên đoàn Lao động tỉnh Lào Cai"),
        ("Đoàn viên Lào Cai vượt khó, sáng tạo", "launch", "Liên đoàn Lao động tỉnh Lào Cai"),
    }),
    ("s04_danhsach", "https://congdoandienluc.vn/bieu-duong-nguoi-tho-gioi-5004.html", (
        "Công đoàn Tổng công ty Điện lực miền Bắc biểu dương 50 “Người thợ giỏi”\n"
        "Ngày 22/11, Công đoàn Tổng công ty Điện lực miền Bắc tổ chức Hội nghị biểu dương 50 “Người thợ giỏi” năm 2026.\n"
        "Các tập thể được tặng Cờ thi đua của Tổng Liên đoàn Lao động Việt Nam gồm:\n"
        "- Công đoàn Công ty Điện lực Thái Nguyên;\n"
        "- Công đoàn Công ty Điện lực Hải Dương.\n"
        "Lãnh đạo Công đoàn Tổng công ty trao Bằng khen cho các cá nhân tiêu biểu. (Ảnh: Thanh Tùng)\n"
        "Thanh Tùng\n"
    ), {
        (None, "commend", "Công đoàn Tổng công ty Điện lực miền Bắc"),
        (None, "commend", "Tổng Liên đoàn Lao động Việt Nam"),
        ("Người thợ giỏi", "commend", "Công đoàn Tổng công ty Điện lực miền Bắc"),
    }),
    ("s05_thoauoc", "https://laodong.vn/cong-doan/may-song-hong-ky-thoa-uoc-5005.ldo", (
        "Công ty May Sông Hồng ký thỏa ước lao động tập thể mới\n"
        "Ngày 5/6, Công đoàn Công ty cổ phần May Sông Hồng và Ban Giám đốc Công ty đã ký kết Thỏa ước lao động tập thể giai đoạn 2026-2028 với nhiều điểm có lợi hơn cho người lao động.\n"
        "Theo thỏa ước, tiền ăn ca tăng lên 35.000 đồng/bữa, người lao động được hỗ trợ 500.000 đồng tiền nhà trọ mỗi tháng.\n"
        "Thỏa ước được 98% người lao động biểu quyết tán thành.\n"
        "Cũng tại buổi lễ, Công đoàn Công ty phát động phong trào thi đua “Năng suất - Chất lượng - An toàn” trong 6 tháng cuối năm 2026.\n"
        "Hải Nam\n"
    ), {
        ("Năng suất - Chất lượng - An toàn", "launch", "Công đoàn Công ty cổ phần May Sông Hồng"),
    }),
    ("s06_cum_giaouoc", "https://congdoanthanhhoa.vn/tin-tuc/cum-thi-dua-so-2-ky-giao-uoc-5006.html", (
        "Cụm thi đua số 2 LĐLĐ tỉnh Thanh Hóa ký kết giao ước thi đua năm 2026\n"
        "Ngày 20/2, Cụm thi đua số 2 Liên đoàn Lao động tỉnh Thanh Hóa tổ chức hội nghị ký kết giao ước thi đua năm 2026.\n"
        "Cụm gồm Liên đoàn Lao động các huyện Nga Sơn, Hậu Lộc, Hoằng Hóa và thị xã Bỉm Sơn.\n"
        "Các đơn vị thống nhất đẩy mạnh phong trào “Lao động giỏi, lao động sáng tạo” và chương trình “Phúc lợi đoàn viên công đoàn”.\n"
        "Liên đoàn Lao động huyện Hoằng Hóa được bầu làm Cụm trưởng năm 2026.\n"
        "Lê Hà\n"
    ), {
        (None, "launch", "Cụm thi đua số 2 Liên đoàn Lao động tỉnh Thanh Hóa"),
        ("Lao động giỏi, lao động sáng tạo", "implement", "Cụm thi đua số 2 Liên đoàn Lao động tỉnh Thanh Hóa"),
        ("Phúc lợi đoàn viên công đoàn", "support", "Cụm thi đua số 2 Liên đoàn Lao động tỉnh Thanh Hóa"),
    }),
    ("s07_kehoach", "https://congdoanhungyen.vn/tin-tuc/ke-hoach-thang-cong-nhan-5007.html", (
        "LĐLĐ tỉnh Hưng Yên ban hành kế hoạch tổ chức Tháng Công nhân năm 2026\n"
        "Ngày 15/4, Liên đoàn Lao động tỉnh Hưng Yên ban hành Kế hoạch số 45/KH-LĐLĐ về tổ chức Tháng Công nhân năm 2026.\n"
        "Theo kế hoạch, các cấp công đoàn tổ chức thăm hỏi, tặng quà cho đoàn viên có hoàn cảnh khó khăn, phấn đấu trao 2.000 suất quà.\n"
        "Liên đoàn Lao động tỉnh sẽ tổ chức Hội thi “An toàn vệ sinh viên giỏi” cấp tỉnh vào tháng 6/2026.\n"
        "Văn Toàn\n"
    ), {
        (None, "support", None),
        ("An toàn vệ sinh viên giỏi", "contest", "Liên đoàn Lao động tỉnh Hưng Yên"),
        ("Tháng Công nhân", "implement", "Liên đoàn Lao động tỉnh Hưng Yên"),
    }),
    ("s09_doanthanhnien", "https://baoquangninh.vn/thang-thanh-nien-5009.html", (
        "Tuổi trẻ Than Hà Lầm ra quân Tháng Thanh niên\n"
        "Ngày 3/3, Đoàn Thanh niên Công ty Than Hà Lầm phối hợp với Công đoàn Công ty Than Hà Lầm tổ chức lễ ra quân hưởng ứng “Tháng Thanh niên” năm 2026.\n"
        "Hơn 200 đoàn viên thanh niên tham gia dọn vệ sinh môi trường, trồng 500 cây xanh.\n"
        "Công đoàn Công ty Than Hà Lầm cũng phát động phong trào “Thanh niên với văn hóa an toàn” trong các phân xưởng.\n"
        "Quang Minh\n"
    ), {
        ("Thanh niên với văn hóa an toàn", "launch", "Công đoàn Công ty Than Hà Lầm"),
        ("Tháng Thanh niên", "implement", "Công đoàn Công ty Than Hà Lầm"),
        ("Tháng Thanh niên", "implement", "Đoàn Thanh niên Công ty Than Hà Lầm"),
    }),
    ("s10_giaoduc_tongket", "https://congdoangiaoduc.vn/tong-ket-phong-trao-day-tot-5010.html", (
        "Công đoàn ngành Giáo dục tỉnh Nghệ An tổng kết phong trào “Hai tốt” năm học 2025-2026\n"
        "Ngày 28/5, Công đoàn ngành Giáo dục tỉnh Nghệ An tổ chức tổng kết phong trào thi đua “Hai tốt” năm học 2025-2026 và khen thưởng 75 nhà giáo tiêu biểu.\n"
        "Năm học qua, Công đoàn ngành đã chỉ đạo công đoàn các trường đẩy mạnh phong trào “Đổi mới, sáng tạo trong dạy và học”.\n"
        "Dịp này, thừa ủy quyền của Chủ tịch UBND tỉnh, đồng chí Phạm Thị Hoa, Chủ tịch Công đoàn ngành Giáo dục tỉnh trao Bằng khen cho 6 tập thể.\n"
        "Bảo Châu\n"
    ), {
        (None, "commend", "Công đoàn ngành Giáo dục tỉnh Nghệ An"),
        ("Hai tốt", "commend", "Công đoàn ngành Giáo dục tỉnh Nghệ An"),
        ("Hai tốt", "review", "Công đoàn ngành Giáo dục tỉnh Nghệ An"),
        ("Đổi mới, sáng tạo trong dạy và học", "implement", "Công đoàn ngành Giáo dục tỉnh Nghệ An"),
    }),
    ("s12_quandoi", "https://qdnd.vn/cong-doan-quoc-phong-5012.html", (
        "Công đoàn Quốc phòng phát động thi đua “Lao động sản xuất giỏi” năm 2026\n"
        "Ngày 14/1, Công đoàn Quốc phòng tổ chức Hội nghị triển khai nhiệm vụ năm 2026 và phát động phong trào thi đua “Lao động sản xuất giỏi” trong công nhân quốc phòng.\n"
        "Năm 2025, Công đoàn Tổng công ty 319 và Công đoàn Tổng công ty Thái Sơn dẫn đầu phong trào với hơn 200 sáng kiến được áp dụng.\n"
        "Tại hội nghị, Công đoàn Quốc phòng tặng Bằng khen cho 20 tập thể có thành tích xuất sắc.\n"
        "Hữu Dũng\n"
    ), {
        (None, "commend", "Công đoàn Quốc phòng"),
        ("Lao động sản xuất giỏi", "launch", "Công đoàn Quốc phòng"),
    }),
    ("s13_suyton", "https://congdoanbacgiang.vn/tin-tuc/cum-thi-dua-so-1-tong-ket-5013.html", (
        "Cụm thi đua số 1 LĐLĐ tỉnh Bắc Giang tổng kết năm 2026\n"
        "Ngày 12/12, Cụm thi đua số 1 Liên đoàn Lao động tỉnh Bắc Giang tổ chức hội nghị tổng kết công tác thi đua năm 2026.\n"
        "Hội nghị đã thống nhất suy tôn Liên đoàn Lao động huyện Lục Nam là đơn vị dẫn đầu Cụm, đề nghị Liên đoàn Lao động tỉnh tặng Cờ thi đua.\n"
        "Liên đoàn Lao động huyện Yên Thế được giao làm Cụm trưởng năm 2027.\n"
        "Thu Trang\n"
    ), {
        (None, "other", "Cụm thi đua số 1 Liên đoàn Lao động tỉnh Bắc Giang"),
        (None, "review", "Cụm thi đua số 1 Liên đoàn Lao động tỉnh Bắc Giang"),
    }),
    ("s14_phongtraonay", "https://laodongthudo.vn/quan-cau-giay-van-phong-xanh-5014.html", (
        "LĐLĐ quận Cầu Giấy phát động phong trào “Văn phòng xanh”\n"
        "07/04/2026 10:00\n"
        "(LĐTĐ) Ngày 6/4, Liên đoàn Lao động quận Cầu Giấy phát động phong trào “Văn phòng xanh” trong các cơ quan, doanh nghiệp trên địa bàn quận.\n"
        "Năm 2025, Công đoàn Trường THPT Yên Hòa và Công đoàn Công ty cổ phần MISA đã triển khai phong trào này với nhiều cách làm sáng tạo.\n"
        "Hoài Thu\n"
    ), {
        ("Văn phòng xanh", "implement", "Công đoàn Công ty cổ phần MISA"),
        ("Văn phòng xanh", "implement", "Công đoàn Trường THPT Yên Hòa"),
        ("Văn phòng xanh", "launch", "Liên đoàn Lao động quận Cầu Giấy"),
    }),
    ("s15_thuauyquyen", "https://baoquangtri.vn/cong-doan-vien-chuc-tong-ket-5015.html", (
        "Công đoàn Viên chức tỉnh Quảng Trị tổng kết năm 2026\n"
        "Ngày 20/12, Công đoàn Viên chức tỉnh Quảng Trị tổ chức Hội nghị tổng kết phong trào thi đua năm 2026.\n"
        "Thừa ủy quyền của Chủ tịch UBND tỉnh, đồng chí Lê Văn Nam, Chủ tịch Liên đoàn Lao động tỉnh Quảng Trị trao Bằng khen cho 4 tập thể có thành tích xuất sắc.\n"
        "Phương Nhi\n"
    ), {
        (None, "commend", "Liên đoàn Lao động tỉnh Quảng Trị"),
        (None, "review", "Công đoàn Viên chức tỉnh Quảng Trị"),
    }),
    ("s17_cum_hanoi", "https://laodongthudo.vn/cum-thi-dua-so-4-ky-giao-uoc-5017.html", (
        "Cụm thi đua số 4 ký kết giao ước thi đua năm 2026\n"
        "26/02/2026 15:20\n"
        "(LĐTĐ) Ngày 25/2, Cụm thi đua số 4 LĐLĐ thành phố Hà Nội tổ chức Hội nghị ký kết giao ước thi đua năm 2026 giữa 6 Liên đoàn Lao động quận, huyện.\n"
        "Các đơn vị trong Cụm cam kết thực hiện tốt phong trào “Công nhân Thủ đô thi đua lập công”.\n"
        "Bảo Anh\n"
    ), {
        (None, "launch", "Cụm thi đua số 4 Liên đoàn Lao động thành phố Hà Nội"),
        ("Công nhân Thủ đô thi đua lập công", "implement", "Cụm thi đua số 4 Liên đoàn Lao động thành phố Hà Nội"),
    }),
    ("s18_tainan", "https://baobacninh.vn/cong-nhan-tu-vong-do-dien-giat-5018.html", (
        "Công nhân tử vong do điện giật tại công trường\n"
        "Chiều 14/6, tại công trường xây dựng nhà xưởng của Công ty TNHH Cơ khí Đông Á ở Khu công nghiệp Tiên Sơn, một công nhân bị điện giật tử vong.\n"
        "Ngay sau vụ việc, Liên đoàn Lao động tỉnh Bắc Ninh đã đến thăm hỏi, hỗ trợ gia đình nạn nhân 10 triệu đồng.\n"
        "Cơ quan chức năng đang điều tra nguyên nhân vụ tai nạn.\n"
        "Theo Liên đoàn Lao động tỉnh, từ đầu năm đến nay, trên địa bàn tỉnh đã xảy ra 12 vụ tai nạn lao động làm 14 người chết.\n"
        "Hưởng ứng Tháng hành động về an toàn, vệ sinh lao động năm 2026, Liên đoàn Lao động tỉnh đề nghị các doanh nghiệp tăng cường kiểm tra, huấn luyện an toàn cho người lao động.\n"
        "Hà Linh\n"
    ), {
        (None, "support", "Liên đoàn Lao động tỉnh Bắc Ninh"),
        ("Tháng hành động về an toàn, vệ sinh lao động", "implement", "Liên đoàn Lao động tỉnh Bắc Ninh"),
    }),
    ("s19_daihoi_cdcs", "https://baothanhhoa.vn/dai-hoi-cong-doan-bia-thanh-hoa-5019.html", (
        "Đại hội Công đoàn Công ty cổ phần Bia Thanh Hóa nhiệm kỳ 2026 - 2031\n"
        "Ngày 9/4, Công đoàn Công ty cổ phần Bia Thanh Hóa tổ chức Đại hội lần thứ V, nhiệm kỳ 2026 - 2031.\n"
        "Nhiệm kỳ qua, Công đoàn Công ty đã ký kết 2 bản thỏa ước lao động tập thể, phát triển thêm 120 đoàn viên.\n"
        "Đại hội bầu Ban Chấp hành khóa mới gồm 9 đồng chí; đồng chí Nguyễn Thị Hà tái cử Chủ tịch Công đoàn Công ty.\n"
        "Dịp này, Công đoàn Công ty được Liên đoàn Lao động tỉnh Thanh Hóa tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi đua nhiệm kỳ 2021 - 2026.\n"
        "Văn Hùng\n"
    ), {
        (None, "commend", "Liên đoàn Lao động tỉnh Thanh Hóa"),
    }),
    ("s20_phongvan_luong", "https://laodong.vn/cong-doan/tang-luong-toi-thieu-cong-doan-kien-nghi-gi-5020.ldo", (
        "Tăng lương tối thiểu: Công đoàn kiến nghị gì?\n"
        "PV: Thưa ông, Tổng LĐLĐ Việt Nam đề xuất mức tăng lương tối thiểu vùng năm 2027 là bao nhiêu?\n"
        "Ông Lê Đình Quảng, Phó Trưởng Ban Quan hệ lao động Tổng LĐLĐ Việt Nam: Tổng Liên đoàn Lao động Việt Nam đề xuất tăng 8%, để bù đắp trượt giá và cải thiện đời sống người lao động.\n"
        "PV: Công đoàn sẽ làm gì để giám sát việc thực hiện?\n"
        "Ông Lê Đình Quảng: Các cấp công đoàn sẽ tăng cường kiểm tra, giám sát việc chi trả lương tại doanh nghiệp, hỗ trợ người lao động khi có tranh chấp.\n"
        "Khánh Vũ\n"
    ), set()),
    ("s21_nucong_taphuan", "https://baoquangnam.vn/tap-huan-can-bo-nu-cong-5021.html", (
        "Tập huấn kỹ năng cho cán bộ nữ công\n"
        "Ngày 16/8, Ban Nữ công Liên đoàn Lao động tỉnh Quảng Nam tổ chức lớp tập huấn kỹ năng cho 120 cán bộ nữ công cơ sở.\n"
        "Học viên được trang bị kiến thức về bình đẳng giới, phòng chống bạo lực gia đình và kỹ năng tổ chức phong trào “Giỏi việc nước, đảm việc nhà” tại cơ sở.\n"
        "Lớp tập huấn nằm trong chương trình công tác nữ công năm 2026 của Liên đoàn Lao động tỉnh.\n"
        "Thảo Nguyên\n"
    ), set()),
    ("s22_caption_yte", "https://laodongthudo.vn/cong-doan-nganh-y-te-tham-tang-qua-5022.html", (
        "Công đoàn ngành Y tế Hà Nội thăm, tặng quà nhân viên y tế\n"
        "27/02/2026 08:00\n"
        "(LĐTĐ) Ngày 26/2, nhân kỷ niệm Ngày Thầy thuốc Việt Nam, Công đoàn ngành Y tế Hà Nội đã đến thăm, tặng 50 suất quà cho nhân viên Bệnh viện Đa khoa Đức Giang có hoàn cảnh khó khăn.\n"
        "Lãnh đạo Công đoàn ngành Y tế Hà Nội tặng quà cho nhân viên y tế. Ảnh: Thu Hương\n"
        "Thu Hương\n"
    ), {
        (None, "support", "Công đoàn ngành Y tế Hà Nội"),
    }),
    ("s23_danhsach_khenthuong", "https://baohanam.vn/khen-thuong-tap-the-xuat-sac-5023.html", (
        "LĐLĐ tỉnh Hà Nam tổng kết công tác công đoàn năm 2026\n"
        "Ngày 22/12, Liên đoàn Lao động tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác công đoàn năm 2026.\n"
        "Kết quả khen thưởng như sau:\n"
        "- Cờ thi đua của Tổng Liên đoàn Lao động Việt Nam: 3 tập thể;\n"
        "- Bằng khen của Tổng Liên đoàn Lao động Việt Nam: 12 tập thể, 20 cá nhân;\n"
        "- Bằng khen của Liên đoàn Lao động tỉnh: 45 tập thể, 60 cá nhân.\n"
        "Minh Hằng\n"
    ), {
        (None, "commend", "Liên đoàn Lao động tỉnh Hà Nam"),
        (None, "commend", "Tổng Liên đoàn Lao động Việt Nam"),
        (None, "review", "Liên đoàn Lao động tỉnh Hà Nam"),
    }),
    ("s24_phongvan_detmay", "https://congdoan.vn/tin-tuc/cham-lo-thiet-thuc-cho-nguoi-lao-dong-5024.tld", (
        "Chủ tịch Công đoàn Dệt May Việt Nam: Chăm lo thiết thực cho người lao động\n"
        "Nhân dịp đầu năm mới, phóng viên có cuộc trao đổi với bà Trần Thị Lan, Chủ tịch Công đoàn Dệt May Việt Nam.\n"
        "PV: Năm 2026, Công đoàn Dệt May Việt Nam có những hoạt động nổi bật nào?\n"
        "Bà Trần Thị Lan: Chúng tôi đã phát động phong trào thi đua “Năng suất, chất lượng, an toàn” trong toàn ngành và tổ chức chương trình “Tết Sum vầy” cho 5.000 công nhân.\n"
        "PV: Xin cảm ơn bà!\n"
        "Hà My (thực hiện)\n"
    ), {
        ("Năng suất, chất lượng, an toàn", "launch", "Công đoàn Dệt May Việt Nam"),
        ("Tết Sum vầy", "support", "Công đoàn Dệt May Việt Nam"),
    }),
    ("s08_nucong_hoithi", "https://baodanang.vn/hoi-thi-nu-cong-nhan-kheo-tay-5008.html", (
        "Hội thi “Nữ công nhân khéo tay” năm 2026\n"
        "Ngày 8/3, Liên đoàn Lao động thành phố Đà Nẵng tổ chức Hội thi “Nữ công nhân khéo tay” năm 2026 với sự tham gia của 30 đội thi.\n"
        "Hội thi nhằm hưởng ứng phong trào thi đua “Giỏi việc nước, đảm việc nhà” trong nữ đoàn viên.\n"
        "Đội thi của Công đoàn Công ty TNHH Mabuchi Motor Đà Nẵng đoạt giải Nhất.\n"
        "Khánh Linh\n"
    ), {
        ("Giỏi việc nước, đảm việc nhà", "implement", "Liên đoàn Lao động thành phố Đà Nẵng"),
        ("Nữ công nhân khéo tay", "contest", "Công đoàn Công ty TNHH Mabuchi Motor Đà Nẵng"),
        ("Nữ công nhân khéo tay", "contest", "Liên đoàn Lao động thành phố Đà Nẵng"),
    }),
    ("s02_bo_taichinh", "https://congdoan.mof.gov.vn/tin-tuc/phat-dong-thi-dua-5002.html", (
        "Công đoàn Bộ Tài chính phát động thi đua năm 2026\n"
        "Ngày 10/3, Công đoàn Bộ Tài chính tổ chức Lễ phát động phong trào thi đua “Cán bộ Tài chính liêm chính, đổi mới, hiệu quả” năm 2026.\n"
        "Hưởng ứng phong trào, Công đoàn Tổng cục Thuế, Công đoàn Kho bạc Nhà nước và Công đoàn Tổng cục Hải quan đã ký kết giao ước thi đua.\n"
        "Công đoàn Bộ cũng phối hợp với Đoàn Thanh niên Bộ Tài chính tổ chức cuộc thi “Tìm hiểu Luật Ngân sách nhà nước” dành cho đoàn viên trẻ.\n"
        "Thu Hà\n"
    ), {
        (None, "launch", "Công đoàn Bộ Tài chính"),
        ("Cán bộ Tài chính liêm chính, đổi mới, hiệu quả", "implement", "Công đoàn Kho bạc Nhà nước"),
        ("Cán bộ Tài chính liêm chính, đổi mới, hiệu quả", "implement", "Công đoàn Tổng cục Hải quan"),
        ("Cán bộ Tài chính liêm chính, đổi mới, hiệu quả", "implement", "Công đoàn Tổng cục Thuế"),
        ("Cán bộ Tài chính liêm chính, đổi mới, hiệu quả", "launch", "Công đoàn Bộ Tài chính"),
        ("Cán bộ Tài chính liêm chính, đổi mới, hiệu quả", "launch", "Công đoàn Kho bạc Nhà nước"),
        ("Cán bộ Tài chính liêm chính, đổi mới, hiệu quả", "launch", "Công đoàn Tổng cục Hải quan"),
        ("Cán bộ Tài chính liêm chính, đổi mới, hiệu quả", "launch", "Công đoàn Tổng cục Thuế"),
        ("Tìm hiểu Luật Ngân sách nhà nước", "contest", "Công đoàn Bộ Tài chính"),
        ("Tìm hiểu Luật Ngân sách nhà nước", "contest", "Đoàn Thanh niên Bộ Tài chính"),
    }),
    ("s16_congty_giamdoc", "https://baohaiduong.vn/hanesbrands-phat-dong-thi-dua-5016.html", (
        "Công đoàn Công ty TNHH Hanesbrands Việt Nam phát động thi đua quý I\n"
        "Ngày 2/3, Công đoàn Công ty TNHH Hanesbrands Việt Nam phát động phong trào thi đua “Năng suất cao, chất lượng tốt” năm 2026.\n"
        "Kết thúc quý I, Công đoàn Công ty và Giám đốc Công ty đã trao thưởng cho 30 công nhân có năng suất cao nhất.\n"
        "Ngọc Mai\n"
    ), {
        (None, "commend", "Công ty TNHH Hanesbrands Việt Nam"),
        (None, "commend", "Công đoàn Công ty TNHH Hanesbrands Việt Nam"),
        (None, "launch", "Công đoàn Công ty TNHH Hanesbrands Việt Nam"),
        ("Năng suất cao, chất lượng tốt", "launch", "Công đoàn Công ty TNHH Hanesbrands Việt Nam"),
    }),
    ("s11_congty_khenthuong", "https://baobacninh.vn/nidec-khen-thuong-cong-nhan-5011.html", (
        "Công ty TNHH Nidec Việt Nam khen thưởng 120 công nhân có sáng kiến\n"
        "Ngày 10/7, Công ty TNHH Nidec Việt Nam tổ chức hội nghị sơ kết phong trào “Sáng kiến cải tiến” 6 tháng đầu năm 2026.\n"
        "Ban Giám đốc Công ty đã khen thưởng 120 công nhân có sáng kiến với tổng số tiền 600 triệu đồng.\n"
        "Công đoàn Công ty TNHH Nidec Việt Nam cũng trao 50 phần quà cho công nhân có hoàn cảnh khó khăn.\n"
        "Đức Anh\n"
    ), {
        (None, "support", "Công đoàn Công ty TNHH Nidec Việt Nam"),
        ("Sáng kiến cải tiến", "commend", "Công ty TNHH Nidec Việt Nam"),
        ("Sáng kiến cải tiến", "review", "Công ty TNHH Nidec Việt Nam"),
    }),
]

# Wave 3 probes the rules still read otherwise than decided (strict: a fix that reads one right must move it up).
ACT_PROBES_OPEN = [
]


@pytest.mark.parametrize("stem,url,text,expected", ACT_PROBES, ids=[p[0] for p in ACT_PROBES])
def test_probe_articles_give_their_decided_activities_with_the_rules(stem, url, text, expected, rules_alone):
    from pipeline.build.process import process_page
    from pipeline.records import Page
    facts = process_page(Page(source=f"{stem}.txt", text="".join(text), media_type="text", url=url), rules_alone).facts
    assert {(a.campaign, a.action, a.organization) for a in facts.activities} == expected


_OPEN_REASONS = {
}


@pytest.mark.parametrize("stem,url,text,expected", ACT_PROBES_OPEN, ids=[p[0] for p in ACT_PROBES_OPEN])
def test_open_probe_articles_are_still_read_otherwise(stem, url, text, expected, rules_alone):
    """The wave-3 probes the rules do not yet read as decided (strict xfail: reading one right fails here, move it up)."""
    from pipeline.build.process import process_page
    from pipeline.records import Page
    facts = process_page(Page(source=f"{stem}.txt", text="".join(text), media_type="text", url=url), rules_alone).facts
    found = {(a.campaign, a.action, a.organization) for a in facts.activities}
    if found != expected:
        pytest.xfail(_OPEN_REASONS[stem])
    pytest.fail(f"{stem} is now read as decided: move it to ACT_PROBES")


@pytest.fixture(scope="module")
def rules_alone():
    return pipeline_resources(False)



def test_pay_and_benefits_owed_that_workers_get_back_are_no_support(res):
    """"giúp người lao động nhận lại hơn 1,2 tỉ đồng tiền lương, trợ cấp bị nợ": the allowance named in a list of what the
    employer owed is a noun, not a union's grant; a hardship grant ("trợ cấp khó khăn cho 20 đoàn viên") stays support."""
    dn = ("Trung tâm Tư vấn pháp luật Công đoàn thành phố Đà Nẵng", "Trung tâm Tư vấn pháp luật Công đoàn thành phố Đà Nẵng")
    assert run(["Tin", "Trung tâm Tư vấn pháp luật Công đoàn thành phố Đà Nẵng đã tham gia bảo vệ quyền lợi cho 12 vụ việc, "
                "giúp người lao động nhận lại hơn 1,2 tỉ đồng tiền lương, trợ cấp bị nợ."], [], [dn], res) == []


def test_a_movement_made_known_after_a_care_act_is_not_that_acts_campaign(res):
    """"trao 50 suất quà ... cho công nhân có hoàn cảnh khó khăn và tuyên truyền về phong trào “Xanh - Sạch - Đẹp”": the
    gifts are the unnamed care act with its figures; the movement is what is spread word of (no act in FORMAT)."""
    hn = ("Công đoàn các khu công nghiệp và chế xuất Hà Nội", "Công đoàn các khu công nghiệp và chế xuất Hà Nội")
    xsd = "Xanh - Sạch - Đẹp"
    found = run(["Tin", "Công đoàn các khu công nghiệp và chế xuất Hà Nội đã trao 50 suất quà, mỗi suất trị giá 500.000 đồng "
                 f"cho công nhân có hoàn cảnh khó khăn và tuyên truyền về phong trào “{xsd}”."], [(xsd, "movement")], [hn], res)
    assert [(f[0], f[1], f[2], f[4]) for f in found] == [(None, "support", hn[0], ("50 suất quà", "500.000 đồng"))]


def test_prizes_handed_out_after_a_contest_are_the_contests_commendation(res):
    """"Kết quả, Ban tổ chức trao giải Nhất cho đội ...", "Ban tổ chức đã trao 3 giải Nhất, 6 giải Nhì": in an article about a
    contest named before, the prizes commend that contest (as the development gold reads "Ban tổ chức còn trao giải thưởng
    cho 35 cá nhân"), not an unnamed commendation; "trao giải pháp" hands out no prize."""
    tb = ("Liên đoàn Lao động tỉnh Thái Bình", "Liên đoàn Lao động tỉnh Thái Bình")
    c = "An toàn vệ sinh viên giỏi tỉnh Thái Bình"
    opening = f"Ngày 20/8, Liên đoàn Lao động tỉnh Thái Bình tổ chức Hội thi {c} lần thứ III năm 2026."
    ranks = run(["Tin", opening, "Kết quả, Ban tổ chức trao giải Nhất cho đội Công đoàn ngành Y tế."], [(c, "contest")], [tb], res)
    counted = run(["Tin", opening, "Ban tổ chức đã trao 3 giải Nhất, 6 giải Nhì và 9 giải Ba."], [(c, "contest")], [tb], res)
    assert _triples(ranks) == _triples(counted) == [(c, "contest", tb[0]), (c, "commend", tb[0])]


def test_initiatives_recognised_in_a_movement_commend_no_one(res):
    """"phong trào “Lao động giỏi, lao động sáng tạo” tại đơn vị đã có 1.245 sáng kiến được công nhận": the count of
    initiatives a council recognised is the movement's result, carried out by the body the story is about, not a
    commendation; a person recognised with a title ("được công nhận danh hiệu công nhân giỏi") is still commended."""
    evn = ("Công đoàn Tổng công ty Điện lực miền Bắc", "Công đoàn Tổng công ty Điện lực miền Bắc", "Công đoàn Tổng công ty")
    m = "Lao động giỏi, lao động sáng tạo"
    found = run(["Tin", "Ngày 1/4, Công đoàn Tổng công ty Điện lực miền Bắc tổ chức hội nghị người lao động.",
                 f"Năm 2025, phong trào “{m}” tại đơn vị đã có 1.245 sáng kiến được công nhận, làm lợi hơn 45 tỉ đồng."],
                [(m, "movement")], [evn], res)
    assert [f[:3] for f in found] == [(m, "implement", evn[0])]


def test_voting_for_the_ones_to_honour_launches_nothing(res):
    """"Công đoàn Công ty bình chọn danh hiệu “Kỹ sư tiêu biểu”": a selection of the ones to honour with the title (its
    commendation), no launch; "chọn" launches only in its sense of a body choosing a theme."""
    a = ("Công đoàn Công ty TNHH Canon Việt Nam", "Công đoàn Công ty TNHH Canon Việt Nam")
    t = "Kỹ sư tiêu biểu"
    found = run(["Tin", f"Công đoàn Công ty TNHH Canon Việt Nam đã bình chọn danh hiệu “{t}” năm 2026."], [(t, "title")], [a], res)
    assert [f[:3] for f in found] == [(t, "commend", a[0])]


def test_a_speakers_request_of_many_bodies_is_asked_not_done_but_a_bodys_direction_of_its_levels_is_its_act(res):
    """"Phát biểu tại buổi lễ, Tổng Giám đốc TKV đề nghị các đơn vị tiếp tục đẩy mạnh phong trào X": asked (as of a named
    body), no act; "Đoàn Chủ tịch Tổng LĐLĐ yêu cầu các cấp công đoàn đẩy mạnh phong trào X": the body directs its levels,
    its act (FORMAT: the body that directs the act does it)."""
    tkv = ("Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam")
    tld = ("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam")
    x = "Thợ mỏ tiêu biểu"
    asked = run(["Tin", "Ngày 24/11, Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam tổ chức hội nghị người lao động.",
                 f"Phát biểu tại buổi lễ, Tổng Giám đốc Đặng Thanh Hải đề nghị các đơn vị tiếp tục đẩy mạnh phong trào “{x}”."],
                [(x, "movement")], [tkv], res)
    directed = run(["Tin", f"Tổng Liên đoàn Lao động Việt Nam yêu cầu các cấp công đoàn đẩy mạnh phong trào “{x}”."],
                   [(x, "movement")], [tld], res)
    assert asked == []
    assert [f[:3] for f in directed] == [(x, "implement", tld[0])]
