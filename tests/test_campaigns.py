"""Campaigns: real sentences in, the named movements, programs, contests, themes, titles and events out."""
from __future__ import annotations

import pytest

from pipeline.extract.campaigns import extract_campaigns, load_resources
from pipeline.records import Article
from pipeline.text import match_key, split_sentences


@pytest.fixture(scope="module")
def resources():
    return load_resources()


def campaigns(resources, *paragraphs: str):
    article = Article(article_id="t", source="test", title=paragraphs[0], lead=None, paragraphs=paragraphs[1:])
    found = extract_campaigns(article, split_sentences(article), resources)
    for campaign in found:
        assert campaign.key == match_key(campaign.name)
        for span in campaign.mentions:
            assert article.text[span.start:span.end] == span.text
    return found


def pairs(found) -> list[tuple[str, str]]:
    return [(c.name, c.kind) for c in found]


def test_quoted_list_after_one_trigger_shares_its_kind(resources):
    found = campaigns(resources, "Song song với việc phát động, hưởng ứng “Tháng Công nhân”, “Tháng hành động về An toàn Vệ sinh "
                                 "Lao động”; cùng với việc thực hiện có hiệu quả các phong trào thi đua như: “Lao động giỏi”, "
                                 "“Lao động sáng tạo” với mục tiêu “Năng suất cao hơn, chất lượng tốt hơn”; \"Sáng kiến, sáng "
                                 "tạo\", \"Giỏi việc nước, đảm việc nhà\",...các cấp Công đoàn quận Thanh Xuân tiếp tục phát "
                                 "động đợt thi đua cao điểm chào mừng cuộc bầu cử đại biểu Quốc hội khóa XV.")
    assert pairs(found) == [
        ("Tháng Công nhân", "event"),
        ("Tháng hành động về An toàn Vệ sinh Lao động", "event"),
        ("Lao động giỏi", "movement"),
        ("Lao động sáng tạo", "movement"),
        ("Năng suất cao hơn, chất lượng tốt hơn", "theme"),
        ("Sáng kiến, sáng tạo", "movement"),
        ("Giỏi việc nước, đảm việc nhà", "movement"),
    ]


def test_title_listed_among_movements_keeps_kind_title(resources):
    found = campaigns(resources, "Tập trung cụ thể hóa chủ đề công tác năm 2021 vào các phong trào thi đua: “Lao động giỏi, Lao "
                                 "động sáng tạo”; “Công nhân giỏi Thủ đô”, “Sáng kiến trong công nhân viên chức lao động Thủ "
                                 "đô”, “Giỏi việc nước, đảm việc nhà”.")
    assert pairs(found) == [
        ("Lao động giỏi, Lao động sáng tạo", "movement"),
        ("Công nhân giỏi Thủ đô", "title"),
        ("Sáng kiến trong công nhân viên chức lao động Thủ đô", "movement"),
        ("Giỏi việc nước, đảm việc nhà", "movement"),
    ]


def test_kinds_by_trigger_word(resources):
    found = campaigns(resources, "Quyết tâm hoàn thành vượt mức chỉ tiêu Chương trình “1 triệu sáng kiến, nỗ lực vượt khó, sáng "
                                 "tạo quyết tâm chiến thắng đại dịch Covid-19”.",
                      "Tổ chức thành công Hội thi thợ giỏi cấp cơ sở, tiến tới “Hội thi thợ giỏi thành phố Hà Nội” lần thứ "
                      "II - năm 2021.",
                      "Tiếp tục đẩy mạnh học tập làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với cuộc vận động xây "
                      "dựng người cán bộ, công chức, viên chức “Trung thành, trách nhiệm, liêm chính, sáng tạo”.",
                      "Đảm bảo việc làm, thu nhập cho người lao động; thực hiện tốt “mục tiêu kép” vừa phòng chống dịch "
                      "bệnh Covid-19.")
    assert pairs(found) == [
        ("1 triệu sáng kiến, nỗ lực vượt khó, sáng tạo quyết tâm chiến thắng đại dịch Covid-19", "program"),
        ("Hội thi thợ giỏi thành phố Hà Nội", "contest"),
        ("học tập làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "movement"),
        ("Trung thành, trách nhiệm, liêm chính, sáng tạo", "campaign"),
        ("mục tiêu kép", "theme"),
    ]


def test_unquoted_movements(resources):
    found = campaigns(resources, "Đặc biệt, Liên đoàn Lao động quận tiếp tục đẩy mạnh phong trào học tập và làm theo tư tưởng, đạo "
                                 "đức, phong cách Hồ Chí Minh chuyên đề năm 2021.",
                      "Trọng tâm là phong trào thi đua lao động giỏi - lao động sáng tạo, ôn lý thuyết - luyện tay nghề - "
                      "thi thợ giỏi; tổ chức đợt cao điểm phát triển đoàn viên.",
                      "Mỗi hoạt động của công đoàn các cấp đều được thi đua như phong trào thi đua học tập và nâng cao trình "
                      "độ; phong trào thi đua phấn đấu đạt danh hiệu “Công nhân giỏi thủ đô”.")
    assert pairs(found) == [
        ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "movement"),
        ("lao động giỏi - lao động sáng tạo", "movement"),
        ("ôn lý thuyết - luyện tay nghề - thi thợ giỏi", "movement"),
        ("học tập và nâng cao trình độ", "movement"),
        ("Công nhân giỏi thủ đô", "title"),
    ]


def test_descriptive_drives_generic_phrases_and_conferences_are_not_campaigns(resources):
    found = campaigns(resources, "Liên đoàn Lao động quận Thanh Xuân đã tổ chức phát động phong trào thi đua phấn đấu hoàn thành "
                                 "các chỉ tiêu kinh tế - xã hội của đơn vị và quận.",
                      "Chú trọng triển khai các phong trào thi đua yêu nước trong công nhân viên chức lao động.",
                      "Phát huy sáng kiến, sáng tạo, cải tiến kỹ thuật, ứng dụng khoa học, công nghệ.",
                      "Đồng thời, triển khai xây dựng kế hoạch tổ chức “Hội nghị điển hình tiên tiến”; “Hội nghị biểu dương "
                      "Lao động giỏi, lao động sáng tạo” năm 2020.")
    assert pairs(found) == [("Lao động giỏi, lao động sáng tạo", "movement")]  # named inside the conference name


def test_quoted_speech_is_not_a_campaign_but_a_theme_quoted_inside_it_is(resources):
    found = campaigns(resources, "“Với những nội dung cụ thể, với chủ đề do Tổng Liên đoàn Lao động Việt Nam chọn là “Năm nâng cao "
                                 "chất lượng đội ngũ cán bộ Công đoàn cơ sở”; phát huy các kết quả đã đạt được trong năm 2020. "
                                 "Qua đó góp phần khẳng định vai trò của tổ chức công đoàn” - Phó Chủ tịch Liên đoàn Lao động "
                                 "quận Ba Đình Nguyễn Đức Vinh nhấn mạnh.")
    assert pairs(found) == [("Năm nâng cao chất lượng đội ngũ cán bộ Công đoàn cơ sở", "theme")]


def test_spelling_variants_are_one_campaign_with_the_first_form(resources):
    found = campaigns(resources, "Phát động các phong trào thi đua theo đợt, theo chuyên đề như “Lao động giỏi, Lao động sáng tạo”; "
                                 "“Sáng kiến, sáng tạo”,...",
                      "Chỉ đạo công đoàn cơ sở tổ chức tuyên dương “Công nhân giỏi”, “Sáng kiến sáng tạo” năm 2021.",
                      "Đẩy mạnh phong trào “Lao động giỏi - Lao động sáng tạo”.")
    assert pairs(found) == [
        ("Lao động giỏi, Lao động sáng tạo", "movement"),
        ("Sáng kiến, sáng tạo", "movement"),
        ("Công nhân giỏi", "title"),
    ]
    assert [len(c.mentions) for c in found] == [2, 2, 1]


def test_awards_and_unquoted_titles(resources):
    found = campaigns(resources, "Đặc biệt, tham dự Tọa đàm có 167 đoàn viên xuất sắc trong phong trào thi đua Lao động giỏi, Lao "
                                 "động sáng tạo đạt Giải thưởng Nguyễn Đức Cảnh lần thứ IV, năm 2023.",
                      "Trong năm qua có trên 61 nghìn công nhân lao động được nhận danh hiệu Công nhân giỏi cấp cơ sở.")
    assert pairs(found) == [
        ("Lao động giỏi, Lao động sáng tạo", "movement"),
        ("Giải thưởng Nguyễn Đức Cảnh", "title"),
        ("Công nhân giỏi cấp cơ sở", "title"),  # the scope stays in the title's name (laodongthudo_008's gold)
    ]


def test_slogans_honours_and_named_activities_without_a_classic_trigger(resources):
    found = campaigns(resources, "Tổ chức các hoạt động với thông điệp “Lắng nghe – Thấu hiểu – Chia sẻ”; Tổ chức các hoạt động "
                                 "“Cảm ơn người lao động”, Đẩy mạnh công tác tuyên truyền.",
                      "Dịp này, Đoàn Thanh niên Sở Y tế TP cũng tuyên dương 20 gương “Blouse trắng - trẻ giỏi - thân thiện”.",
                      "Môi trường làm việc “Xanh- sạch - đẹp - An toàn” được duy trì.",
                      "Bộ Chính trị đã ban hành Nghị quyết số 02-NQ/TW ngày 12-6-2021 về \"Đổi mới tổ chức và hoạt động của "
                      "Công đoàn Việt Nam trong tình hình mới\".")
    assert pairs(found) == [
        ("Lắng nghe – Thấu hiểu – Chia sẻ", "theme"),
        ("Cảm ơn người lao động", "program"),
        ("Blouse trắng - trẻ giỏi - thân thiện", "title"),
        ("Xanh- sạch - đẹp - An toàn", "theme"),
    ]


def test_medals_and_programmes_named_after_a_trigger(resources):
    found = campaigns(resources, "Nhân dịp này, LĐLĐ huyện Gia Lâm trao Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức công đoàn” cho "
                                 "5 cá nhân.",
                      "Chương trình “Mái ấm Công đoàn” đã hỗ trợ xây mới 12 căn nhà.")
    assert pairs(found) == [("Vì sự nghiệp xây dựng tổ chức công đoàn", "title"), ("Mái ấm Công đoàn", "program")]


def test_contests_named_without_quotes_after_hoi_thi(resources):
    # other_011: the headline and the body name the contest without quotes, so without its word (FORMAT.md); nld_015,
    # seed 003: no names
    found = campaigns(resources, "• Hội thi an toàn vệ sinh viên giỏi cấp TP năm 2012",
                      "Sáng nay, Liên đoàn Lao động phối hợp với Hội đồng bảo hộ lao động thành phố tổ chức Hội thi an "
                      "toàn-vệ sinh viên giỏi cấp thành phố lần thứ 8 năm 2012.",
                      "Hội thi còn góp phần xây dựng và củng cố lực lượng an toàn - vệ sinh viên.",
                      "Hội thi là dịp để CNVC-LĐ bày tỏ niềm tự hào về giai cấp công nhân.",
                      "Chỉ đạo công đoàn cơ sở tổ chức Hội thi thợ giỏi cấp cơ sở, tiến tới “Hội thi thợ giỏi thành phố Hà "
                      "Nội” lần thứ II - năm 2021.",
                      "Anh từng đạt giải nhì Hội thi thợ giỏi toàn quốc lần thứ 5 - 2015.")
    assert pairs(found) == [
        ("an toàn vệ sinh viên giỏi cấp TP", "contest"),  # the body's "cấp thành phố" is the same contest
        ("Hội thi thợ giỏi thành phố Hà Nội", "contest"),
        ("thợ giỏi toàn quốc", "contest"),
    ]


def test_a_lowercase_title_after_danh_hieu_when_it_ends_as_titles_do_and_a_known_name_after_phong_trao(resources):
    # other_023
    found = campaigns(resources, "Phong trào xây dựng cơ quan đạt chuẩn văn hóa đã được triển khai tại từng đơn vị, thúc đẩy phong "
                                 "trào thi đua lao động giỏi, lao động sáng tạo, góp phần hoàn thành tốt nhiệm vụ.",
                      "Tại Hội nghị, Công đoàn viên chức tỉnh đã công nhận 39/45 công đoàn đạt danh hiệu công đoàn cơ sở vững "
                      "mạnh, tặng Giấy khen cho 15 tập thể.",
                      "Đơn vị đạt danh hiệu thi đua năm 2016.")
    assert pairs(found) == [("lao động giỏi, lao động sáng tạo", "movement"), ("công đoàn cơ sở vững mạnh", "title")]


def test_a_second_owners_quote_after_va_shares_the_kind_of_the_list(resources):
    # nld_002
    found = campaigns(resources, "Thực hiện chủ đề năm \"Nâng cao chất lượng hoạt động CĐ cơ sở\" và TP HCM \"Đẩy mạnh hoạt động văn "
                                 "hóa và xây dựng nếp sống văn minh đô thị\", các cụm CĐ sẽ triển khai 3 đợt thi đua.")
    assert pairs(found) == [("Nâng cao chất lượng hoạt động CĐ cơ sở", "theme"),
                            ("Đẩy mạnh hoạt động văn hóa và xây dựng nếp sống văn minh đô thị", "theme")]


def test_union_programs_written_without_quotes_are_found_by_the_gazetteer(resources):
    # articles2 laodong_008, other_012, other_046 (development gold)
    found = campaigns(resources, "Nhân dịp này, LĐLĐ huyện trao hỗ trợ 3 nhà Mái ấm Công đoàn, 12 suất quà cho công nhân lao động.",
                      "Công đoàn tổ chức chương trình \"Tết sum vầy - Xuân ơn Đảng\" năm 2026, trao quà và hỗ trợ nhà mái ấm công "
                      "đoàn cho đoàn viên; chương trình Tết sum vầy còn có gian hàng 0 đồng.",
                      "Tiếp tục chuỗi hoạt động trao 50.000 “Túi an sinh công đoàn” cho đoàn viên và người lao động.")
    assert pairs(found) == [("Mái ấm Công đoàn", "program"), ("Tết sum vầy - Xuân ơn Đảng", "program"),
                            ("Túi an sinh công đoàn", "program")]
    assert [m.text for m in found[1].mentions] == ["Tết sum vầy - Xuân ơn Đảng", "Tết sum vầy"]  # one program


def test_award_titles_given_to_counted_holders_or_by_a_verb_of_awarding(resources):
    found = campaigns(resources, "Năm qua có 85 LĐ giỏi, 12 chiến sĩ thi đua cơ sở được biểu dương.",
                      "Phấn đấu 100% cán bộ, công chức đạt lao động tiên tiến.",
                      "Tổng Liên đoàn đã tặng bằng và Huy hiệu lao động sáng tạo cho 35 cá nhân.",
                      "Buổi lễ có 167 đoàn viên xuất sắc và 50 công nhân tiêu biểu tham dự.")  # described, not titled
    assert pairs(found) == [("LĐ giỏi", "title"), ("chiến sĩ thi đua cơ sở", "title"), ("lao động tiên tiến", "title"),
                            ("lao động sáng tạo", "title")]


def test_contests_and_events_keep_their_place_and_lose_the_year_and_ordinal(resources):
    found = campaigns(resources, "LĐLĐ tỉnh tổ chức Giải bóng đá công nhân viên chức lao động chào mừng ngày thành lập Công đoàn.",
                      "Hội thi An toàn vệ sinh viên giỏi tỉnh Nghệ An năm 2024 thu hút 30 đội thi.",
                      "Đại hội thi đua yêu nước ngành Dệt May Việt Nam lần thứ V diễn ra sáng nay.",
                      "Các hội thi thợ giỏi được tổ chức ở nhiều nơi.")
    assert pairs(found) == [("Giải bóng đá công nhân viên chức lao động", "contest"),
                            ("An toàn vệ sinh viên giỏi tỉnh Nghệ An", "contest")]


def test_a_contest_named_short_in_the_headline_and_with_its_place_in_the_body_is_one_contest_by_the_placed_name(resources):
    # "Hội thi X năm 2026" over "Hội thi X tỉnh Y lần thứ VI": one contest (names that start alike are merged), and FORMAT
    # keeps a contest's place, so it takes the placed name; a longer name that adds more than a place stays merged as before
    placed = campaigns(resources, "Hội thi An toàn vệ sinh viên giỏi năm 2026",
                       "Ngày 12/6, LĐLĐ tỉnh tổ chức Hội thi An toàn vệ sinh viên giỏi tỉnh Bắc Ninh lần thứ VI.")
    other = campaigns(resources, "Hội thi An toàn vệ sinh viên giỏi năm 2026",
                      "Ngày 12/6, LĐLĐ tỉnh tổ chức Hội thi An toàn vệ sinh viên giỏi khối doanh nghiệp năm 2026.")
    assert pairs(placed) == [("An toàn vệ sinh viên giỏi tỉnh Bắc Ninh", "contest")]
    assert pairs(other) == [("An toàn vệ sinh viên giỏi", "contest")]


def test_themes_written_before_their_trigger_or_without_quotes(resources):
    found = campaigns(resources, "'Tất cả đoàn viên, người lao động đều có Tết' là phương châm hoạt động của Công đoàn.",
                      "Đại hội diễn ra với chủ đề Công đoàn đồng hành vì sự phát triển bền vững của doanh nghiệp, vì việc làm của "
                      "người lao động.",
                      "Cần nâng cao tinh thần trách nhiệm, thực hiện tốt cơ chế “Một cửa”, “Một cửa liên thông”.")
    assert pairs(found) == [
        ("Tất cả đoàn viên, người lao động đều có Tết", "theme"),
        ("Công đoàn đồng hành vì sự phát triển bền vững của doanh nghiệp, vì việc làm của người lao động", "theme"),
    ]


def test_titles_given_with_their_scope_and_known_sector_titles_and_programs(resources):
    # laodongthudo_008, laodongthudo_013, other_043, other_066, other_006, nld_020 (shared/articles)
    found = campaigns(resources, "Hơn 3 nghìn công nhân lao động được nhận công nhân giỏi cấp trên cơ sở.",
                      "Anh phấn đấu trở thành công nhân giỏi Thủ Đô, làm việc với năng suất cao.",
                      "Công ty trao công nhận “Người Thợ mỏ - Người Chiến sỹ” cho các công nhân.",
                      "Thành phố tôn vinh 10 doanh nghiệp tiêu biểu vì người lao động năm 2024.",
                      "Các đơn vị sẽ tổ chức các phiên chợ phúc lợi đoàn viên, “Chợ 0 đồng” cho công nhân.",
                      "Ngày 17-1, LĐLĐ TPHCM đã khai mạc \"Điểm phúc lợi đoàn viên\" tại Công ty TNHH Pou Yuen Việt Nam.")
    assert pairs(found) == [
        ("công nhân giỏi cấp trên cơ sở", "title"), ("công nhân giỏi Thủ Đô", "title"),
        ("Người Thợ mỏ - Người Chiến sỹ", "title"), ("doanh nghiệp tiêu biểu vì người lao động", "title"),
        ("Chợ 0 đồng", "program"), ("Điểm phúc lợi đoàn viên", "program"),
    ]


def test_national_movements_written_without_quotes_after_their_trigger(resources):
    found = campaigns(resources, "Công đoàn Viên chức tỉnh",
                      "Phong trào xây dựng cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa đã được triển khai tại từng "
                      "đơn vị. Các phong trào thi đua trong cán bộ, người lao động như: phong trào học tập nâng cao trình "
                      "độ chính trị, chuyên môn, kỹ năng nghề nghiệp gắn với cuộc vận động xây dựng người cán bộ công đoàn.")
    assert pairs(found)[:2] == [
        ("xây dựng cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", "movement"),
        ("học tập nâng cao trình độ chính trị, chuyên môn, kỹ năng nghề nghiệp", "movement"),
    ]


def test_titles_honoured_at_a_conference_and_listed_after_one_another(resources):
    found = campaigns(resources, "Biểu dương công nhân",
                      "Công đoàn Giao thông vận tải Việt Nam tổ chức Hội nghị biểu dương Công nhân lao động xuất sắc, tiêu "
                      "biểu năm 2018. Hội nghị biểu dương Công nhân giỏi, Kỹ sư tiêu biểu năm 2024 diễn ra tại Hà Nội.")
    assert pairs(found) == [("Công nhân lao động xuất sắc, tiêu biểu", "title"), ("Công nhân giỏi", "title"),
                            ("Kỹ sư tiêu biểu", "title")]


def test_a_contest_named_in_quotes_after_a_lowercase_descriptor_is_the_quoted_name(resources):
    found = campaigns(resources, "Cuộc thi",
                      "LĐLĐ tỉnh tổ chức Cuộc thi trực tuyến “Tìm hiểu pháp luật về công đoàn” năm 2024.")
    assert pairs(found) == [("Tìm hiểu pháp luật về công đoàn", "contest")]


def test_a_known_title_keeps_the_scope_written_after_it(resources):
    # laodongthudo_008, laodongthudo_013: "Công nhân giỏi" quoted elsewhere in the article (so known), then given
    # with its scope
    from pipeline.extract.campaigns import with_learned

    learned = with_learned(resources, [("Công nhân giỏi", "title")])
    found = campaigns(learned, "Quận Hoàn Kiếm: 3.550 công nhân lao động đạt danh hiệu công nhân giỏi cấp cơ sở",
                      "Trong 5 năm qua, có trên 61 nghìn công nhân lao động được nhận danh hiệu Công nhân giỏi cấp cơ sở, "
                      "hơn 3 nghìn công nhân lao động được nhận công nhân giỏi cấp trên cơ sở.")
    assert pairs(found) == [("công nhân giỏi cấp cơ sở", "title"), ("công nhân giỏi cấp trên cơ sở", "title")]


def test_unquoted_contest_names_with_listed_parts_abbreviations_and_headlines_without_end_mark(resources):
    # articles2 other_039, other_021, other_040, congdoan_007, nld_010 (development gold)
    found = campaigns(resources, "LĐLĐ TP HCM trao giải hội thi trực tuyến tìm hiểu về tổ chức Công đoàn",
                      "LĐLĐ tỉnh tổ chức Hội thao công nhân, viên chức - lao động (CNVC-LĐ) tỉnh lần thứ XV - năm 2012.",
                      "Liên đoàn Lao động tỉnh cũng tổ chức tổng kết và trao giải Cuộc thi Bút ký, phóng sự viết về công nhân, "
                      "công đoàn Hà Tĩnh và Liên hoan Tiếng hát công nhân lao động.",
                      "Trong 23 tiết mục biểu diễn tại Liên hoan Ban Tổ chức đã lựa chọn và tặng 01 giải A toàn đoàn.",
                      "Hội diễn văn nghệ mừng ngày thành lập Công đoàn Việt Nam diễn ra sôi nổi.",
                      "Chỉ đạo công đoàn cơ sở tổ chức Hội thi thợ giỏi cấp cơ sở, tiến tới hội thi cấp thành phố.",
                      "Năm nay, LĐLĐ tỉnh tổ chức Hội thi An toàn vệ sinh viên giỏi (ATVSV) do Sở Lao động phối hợp.")
    assert pairs(found) == [
        ("trực tuyến tìm hiểu về tổ chức Công đoàn", "contest"),
        ("Hội thao công nhân, viên chức - lao động (CNVC-LĐ) tỉnh", "contest"),
        ("Bút ký, phóng sự viết về công nhân, công đoàn Hà Tĩnh", "contest"),
        ("Liên hoan Tiếng hát công nhân lao động", "contest"),
        ("An toàn vệ sinh viên giỏi", "contest"),
    ]


def test_a_contest_cut_by_the_end_of_the_page_is_not_named(resources):
    found = campaigns(resources, "Hội thi",
                      "Sáng nay, Liên đoàn Lao động tỉnh khai mạc Hội thi thợ giỏi ngành Than khu vực Quảng")
    assert pairs(found) == []


def test_a_programs_fuller_name_written_after_its_short_one_is_listed_too(resources):
    # laodong_009, congdoan_012 (shared/articles): the gold lists both names
    found = campaigns(resources, "Nhằm tiếp tục đẩy mạnh thực hiện chương trình “Phúc lợi đoàn viên” và chăm lo đời sống cho "
                                 "người lao động.",
                      "Năm 2020, có gần 4.500 lượt công nhân được thụ hưởng qua Chương trình “Phúc lợi đoàn viên công "
                      "đoàn” do Công đoàn Sagri thực hiện; chương trình Phúc lợi đoàn viên sẽ mở rộng.")
    assert pairs(found) == [("Phúc lợi đoàn viên", "program"), ("Phúc lợi đoàn viên công đoàn", "program")]


def test_a_drive_named_by_what_it_builds_after_the_plain_trigger(resources):
    # articles2 baomoi_003, shared/articles other_023 (development gold)
    found = campaigns(resources, "Biểu dương gia đình",
                      "Công đoàn ngành Y tế Hà Nội đã biểu dương 164 cá nhân có thành tích xuất sắc trong phong trào xây dựng "
                      "gia đình tiêu biểu năm 2024.",
                      "Tặng Giấy khen cho 70 cá nhân có thành tích xuất sắc trong phong trào xây dựng cơ quan, tổ chức công "
                      "đoàn vững mạnh năm 2016.",
                      "Phong trào công nhân và hoạt động công đoàn có nhiều đổi mới; cuộc vận động xây dựng người cán bộ, công "
                      "chức “Trung thành, trách nhiệm, liêm chính, sáng tạo” được hưởng ứng.")
    assert pairs(found) == [("xây dựng gia đình tiêu biểu", "movement"),
                            ("xây dựng cơ quan, tổ chức công đoàn vững mạnh", "movement"),
                            ("Trung thành, trách nhiệm, liêm chính, sáng tạo", "campaign")]


def test_national_and_sector_names_of_the_gazetteer_quoted_without_trigger_or_after_one(resources):
    # articles2 laodongthudo_001, other_014; shared/articles other_016, other_019 (development gold)
    found = campaigns(resources, "Công đoàn ngành Y tế",
                      "Tiêu biểu là cuộc vận động thực hiện 12 điều y đức trong cán bộ nhân viên y tế; xây dựng hình ảnh "
                      "người cán bộ công chức, viên chức “Trung thành, sáng tạo, tận tụy, gương mẫu”.",
                      "Công đoàn cơ sở Viện Y học biển báo cáo tham luận về phong trào ngành Y tế cùng ngư dân bám biển.",
                      "Xây dựng cơ quan văn hóa “Ngày làm việc 8 giờ có chất lượng hiệu quả” được duy trì.",
                      "Hoạt động nhằm vận động công nhân, viên chức chung sức xây dựng nông thôn mới.",
                      "Dịp này, LĐLĐ tỉnh tổ chức Tết Đoàn viên Công đoàn cho 2.000 đoàn viên.")
    assert pairs(found) == [
        ("thực hiện 12 điều y đức", "campaign"),
        ("Trung thành, sáng tạo, tận tụy, gương mẫu", "campaign"),
        ("ngành Y tế cùng ngư dân bám biển", "movement"),
        ("Ngày làm việc 8 giờ có chất lượng hiệu quả", "campaign"),
        ("Tết Đoàn viên Công đoàn", "program"),
    ]


def test_a_known_movement_named_inside_a_flags_title_is_a_campaign_too(resources):
    # shared/articles other_070: the flag's quoted title, and the movement it names after "phong trào"
    from pipeline.extract.campaigns import with_learned

    sentence = ("Trao Cờ “Công đoàn cơ sở xuất sắc trong phong trào Giỏi việc nước, đảm việc nhà” cho Công đoàn Công ty CP "
                "TVXD CTGT 5; phong trào thi đua lao động giỏi, lao động sáng tạo được đẩy mạnh.")
    expected = [("Công đoàn cơ sở xuất sắc trong phong trào Giỏi việc nước, đảm việc nhà", "title"),
                ("Giỏi việc nước, đảm việc nhà", "movement"), ("lao động giỏi, lao động sáng tạo", "movement")]
    assert pairs(campaigns(resources, "Tổng kết", sentence)) == expected
    learned = with_learned(resources, [("Công đoàn cơ sở xuất sắc trong phong trào Giỏi việc nước, đảm việc nhà", "title")])
    assert pairs(campaigns(learned, "Tổng kết", sentence)) == expected  # also once the title is learned


def test_a_title_naming_two_listed_holders_is_one_title(resources):
    # shared/articles other_020 (development gold); "Công nhân giỏi, Kỹ sư tiêu biểu" stay two titles
    found = campaigns(resources, "Tuyên dương nhà giáo",
                      "Năm 2021, có 191 Nhà giáo, cán bộ quản lý tiêu biểu ở các cấp, bậc học trên cả nước được tuyên dương "
                      "khen thưởng.",
                      "Hội nghị biểu dương Công nhân giỏi, Kỹ sư tiêu biểu năm 2024 diễn ra tại Hà Nội.")
    assert pairs(found) == [("Nhà giáo, cán bộ quản lý tiêu biểu", "title"), ("Công nhân giỏi", "title"),
                            ("Kỹ sư tiêu biểu", "title")]


def test_an_unquoted_theme_runs_past_dashes_before_capitalised_parts_starting_with_d_stroke(resources):
    # "Đ" falls inside the lowercase range à-ỹ: a dash before "Đổi mới" does not end the theme
    found = campaigns(resources, "Đại hội Công đoàn",
                      "Đại hội diễn ra với chủ đề Đoàn kết - Dân chủ - Đổi mới - Phát triển.")
    assert pairs(found) == [("Đoàn kết - Dân chủ - Đổi mới - Phát triển", "theme")]


def test_honours_listed_in_a_profile_each_with_its_time(resources):
    # shared/articles other_017 (development gold)
    found = campaigns(resources, "Nữ công nhân giỏi",
                      "Từ những nỗ lực bền bỉ, sáng tạo, chị đoạt giải Vàng ngành sợi tại Hội thi thợ giỏi toàn quốc lần thứ "
                      "5 - 2015; Người lao động Dệt May tiêu biểu giai đoạn 2011 - 2016; Người thợ giỏi toàn quốc, Bằng khen "
                      "của Bộ Công Thương.",
                      "Chị là Người lao động tiêu biểu của nhà máy.")  # no honour listed, no holder counted: a description
    assert pairs(found) == [("thợ giỏi toàn quốc", "contest"), ("Người lao động Dệt May tiêu biểu", "title"),
                            ("Người thợ giỏi toàn quốc", "title")]


def test_movements_listed_each_after_its_own_phong_trao(resources):
    # articles2 other_001 (development gold); a single "phong trào" before a phrase describes
    found = campaigns(resources, "Phát động thi đua",
                      "LĐLĐ TP vừa phát động phong trào thi đua yêu nước năm 2014 với ba nội dung trọng tâm là phong trào mùa "
                      "xuân, phong trào bàn tay vàng và phong trào vì người thợ.",
                      "Phong trào công nhân và phong trào thể thao được duy trì; phong trào văn hóa phát triển mạnh.")
    assert pairs(found) == [("mùa xuân", "movement"), ("bàn tay vàng", "movement"), ("vì người thợ", "movement")]


def test_a_contests_listed_part_ends_at_its_purpose_or_organiser_but_a_clause_after_the_comma_is_no_part(resources):
    found = campaigns(resources, "Hội thi",
                      "Công đoàn tổ chức Hội thi Nấu ăn giỏi, cắm hoa nghệ thuật chào mừng ngày Phụ nữ Việt Nam 20/10.",
                      "LĐLĐ tỉnh tổ chức Hội thi Tuyên truyền viên giỏi, cán bộ nữ công giỏi do Ban Nữ công phối hợp thực hiện.",
                      "Công ty tổ chức Hội thi An toàn vệ sinh viên giỏi, góp phần nâng cao ý thức tại doanh nghiệp.")
    assert pairs(found) == [("Nấu ăn giỏi, cắm hoa nghệ thuật", "contest"),
                            ("Tuyên truyền viên giỏi, cán bộ nữ công giỏi", "contest"),
                            ("An toàn vệ sinh viên giỏi", "contest")]


def test_an_unquoted_theme_after_its_owner_and_la(resources):
    found = campaigns(resources, "Chủ đề năm",
                      "Chủ đề năm 2024 của Tổng Liên đoàn Lao động Việt Nam là: Đổi mới, sáng tạo, nâng cao hiệu quả hoạt "
                      "động công đoàn.",
                      "Chủ đề của hội nghị năm nay được nhiều đại biểu quan tâm.")
    assert pairs(found) == [("Đổi mới, sáng tạo, nâng cao hiệu quả hoạt động công đoàn", "theme")]


def test_award_titles_written_as_their_usual_abbreviations(resources):
    # abbreviated names are kept as written (FORMAT.md)
    found = campaigns(resources, "Tổng kết thi đua",
                      "Năm 2024, có 150 cá nhân đạt LĐTT, 20 cá nhân đạt CSTĐ cơ sở, 3 cá nhân đạt CSTĐ cấp tỉnh và 12 tập "
                      "thể đạt TTLĐXS.")
    assert pairs(found) == [("LĐTT", "title"), ("CSTĐ cơ sở", "title"), ("CSTĐ cấp tỉnh", "title"), ("TTLĐXS", "title")]


def test_a_known_movement_given_as_a_title_and_titles_with_a_company_scope(resources):
    # FORMAT.md: kind title for danh hiệu, also for names listed among movements
    found = campaigns(resources, "Biểu dương",
                      "Có 200 nữ CNVCLĐ được công nhận danh hiệu Giỏi việc nước, đảm việc nhà các cấp.",
                      "Nhiều công nhân được bình chọn là Công nhân giỏi cấp Tập đoàn.")
    assert pairs(found) == [("Giỏi việc nước, đảm việc nhà", "title"), ("Công nhân giỏi cấp Tập đoàn", "title")]


def test_a_name_capitalized_right_after_its_trigger_word_is_a_name_without_quotes(resources):
    """FORMAT: programs are campaigns "quoted or not"; Vietnamese writes a named program or movement with a capital
    first word. A capital that starts an abbreviation, a ceremony or a body is no name."""
    program = campaigns(resources, "Tin", "Đây là hoạt động thuộc chương trình Vinh quang Việt Nam dấu ấn 30 năm đổi mới.")
    movement = campaigns(resources, "Tin", "Các đơn vị đẩy mạnh phong trào Văn hóa công sở trong năm 2024.")
    drive = campaigns(resources, "Tin", "Nhiều đơn vị hưởng ứng cuộc vận động Ngày vì người nghèo năm 2023 của Mặt trận.")
    not_names = campaigns(resources, "Tin", "Theo chương trình Lễ trao tặng danh hiệu, phong trào CNVCLĐ và phong trào "
                                            "Công đoàn Thủ đô ngày càng phát triển.")
    assert pairs(program) == [("Vinh quang Việt Nam dấu ấn 30 năm đổi mới", "program")]
    assert pairs(movement) == [("Văn hóa công sở", "movement")]
    assert pairs(drive) == [("Ngày vì người nghèo", "campaign")]
    assert pairs(not_names) == []


def test_national_movements_of_the_schools_and_the_civil_service_are_known_unquoted(resources):
    found = campaigns(resources, "Tin", "Công đoàn Viên chức tỉnh triển khai phong trào thi đua Cán bộ, công chức, viên chức "
                                        "thi đua thực hiện văn hóa công sở. Các trường hưởng ứng cuộc vận động Mỗi thầy cô "
                                        "giáo là một tấm gương đạo đức, tự học và sáng tạo.")
    assert pairs(found) == [("Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở", "movement"),
                            ("Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo", "campaign")]


def test_a_quote_after_a_verb_of_saying_is_speech_whatever_it_opens_with(resources):
    found = campaigns(resources, "Phát biểu tại hội nghị, bà Nguyễn Thị Lan, Chủ tịch LĐLĐ quận cho biết: “Năm qua, phong trào "
                                 "đã thu hút hơn 12.000 đoàn viên tham gia, làm lợi trên 4,5 tỷ đồng”.",
                      "Ông Hùng nhấn mạnh: “Tháng hành động này, chúng tôi tập trung kiểm tra các doanh nghiệp”.",
                      "Hưởng ứng phong trào thi đua “Lao động giỏi, lao động sáng tạo”, công đoàn cơ sở đã làm lợi 2 tỷ đồng.")
    assert pairs(found) == [("Lao động giỏi, lao động sáng tạo", "movement")]


def test_a_quote_opening_on_a_year_is_speech_not_a_theme_year(resources):
    found = campaigns(resources, "“Năm 2024 là năm bản lề, đoàn viên rất tin tưởng vào tổ chức công đoàn” - ông Minh nói.",
                      "Tổng Liên đoàn chọn chủ đề năm “Năm nâng cao chất lượng đội ngũ cán bộ Công đoàn cơ sở”.")
    assert pairs(found) == [("Năm nâng cao chất lượng đội ngũ cán bộ Công đoàn cơ sở", "theme")]


def test_counted_items_of_a_known_program_keep_the_programs_kind(resources):
    # a count before a quote usually gives an honour to people ("tuyên dương 20 gương “...”"); a program's items
    # are counted the same way ("25 nhà “Mái ấm Công đoàn”") and stay the program
    found = campaigns(resources, "Giai đoạn 2021-2025, Công đoàn đã vận động xây dựng 25 nhà “Mái ấm Công đoàn” trị giá 1,25 tỷ đồng.",
                      "Dịp này, LĐLĐ quận tuyên dương 20 gương “Công nhân tiêu biểu” năm 2024.")
    assert pairs(found) == [("Mái ấm Công đoàn", "program"), ("Công nhân tiêu biểu", "title")]


def test_a_programs_quoted_name_after_the_items_it_hands_out_is_a_program(resources):
    found = campaigns(resources, "Nhân dịp năm học mới, LĐLĐ tỉnh trao 500 suất học bổng “Chắp cánh ước mơ” cho con đoàn viên.",
                      "Hội nghị tuyên dương 24 gương “Người lao động tiêu biểu” và 8 cá nhân “Tự tin, tự trọng, trung hậu”.")
    assert pairs(found) == [("Chắp cánh ước mơ", "program"), ("Người lao động tiêu biểu", "title"),
                            ("Tự tin, tự trọng, trung hậu", "title")]


def test_a_quote_after_counted_things_that_are_neither_people_nor_a_programs_items_is_no_campaign(resources):
    # an honour goes to counted people or collectives (resources/campaign_title_holders.tsv); a nickname of counted
    # things is no honour: a dantri.com.vn war report gave "sát thủ chiến trường" a support activity
    found = campaigns(resources, "Nga đã đưa 50 xe tăng “sát thủ chiến trường” tới khu vực Donbass trong tuần qua.",
                      "Công ty giới thiệu 3 sản phẩm “xanh” mới tại hội chợ.",
                      "LĐLĐ tỉnh biểu dương 50 nữ CNVCLĐ “Giỏi việc nước, đảm việc nhà” tiêu biểu.")
    assert pairs(found) == [("Giỏi việc nước, đảm việc nhà", "title")]


def test_a_known_program_held_as_a_festival_day_stays_a_program(resources):
    # "Ngày hội" makes a quoted name an event ("Ngày hội “Công nhân vui khỏe”"); union programs are often held as
    # a festival day and keep their kind (FORMAT.md: Tết Sum vầy is a program)
    found = campaigns(resources, "Chủ nhật, 9/3, LĐLĐ quận tổ chức Ngày hội “Tết Sum vầy” cho 500 đoàn viên.",
                      "Sáng 5/5, Công đoàn ngành tổ chức Ngày hội “Công nhân vui khỏe” tại Cung Văn hóa Lao động.")
    assert pairs(found) == [("Tết Sum vầy", "program"), ("Công nhân vui khỏe", "event")]


def test_an_unquoted_theme_ends_where_the_clauses_verb_begins(resources):
    # a motto written without quotes is a short phrase; "được", "đã" ... begin what the sentence says of it
    found = campaigns(resources, "Khẩu hiệu Vì quyền lợi đoàn viên, Công đoàn đồng hành được treo tại các khu nhà trọ.",
                      "Chủ đề Đoàn viên là trung tâm đã được các cấp công đoàn cụ thể hóa bằng nhiều hoạt động.")
    assert pairs(found) == [("Vì quyền lợi đoàn viên, Công đoàn đồng hành", "theme"), ("Đoàn viên là trung tâm", "theme")]


def test_a_known_program_written_after_its_trigger_drops_the_trigger(resources):
    # FORMAT.md: the name is written without the trigger word outside the quotes, also at a sentence's start
    found = campaigns(resources, "Chương trình Phúc lợi cho đoàn viên đã ký kết với 30 doanh nghiệp.",
                      "Các cấp công đoàn nâng cao phúc lợi cho đoàn viên, người lao động.")
    assert pairs(found) == [("Phúc lợi cho đoàn viên", "program")]


def test_a_capitalized_name_after_its_trigger_ends_where_the_predicate_begins(resources):
    # a movement is often the sentence's subject: "tiếp tục", "luôn", "thu hút" ... begin what is said of it
    found = campaigns(resources, "Phong trào Xanh - Sạch - Đẹp tiếp tục được duy trì tại các doanh nghiệp.",
                      "Chương trình Nâng bước công nhân thu hút hơn 500 đoàn viên tham gia.")
    assert pairs(found) == [("Xanh - Sạch - Đẹp", "movement"), ("Nâng bước công nhân", "program")]


def test_unquoted_themes_joined_by_va_and_the_theme_of_the_year(resources):
    # "phương châm A và khẩu hiệu B" names two themes; "chủ đề năm là B" is the year's theme as "chủ đề năm 2025"
    found = campaigns(resources, "Năm nay, Công đoàn ngành chọn phương châm Đoàn kết - Sáng tạo - Hiệu quả và khẩu hiệu "
                                 "Vì sức khỏe nhân dân.",
                      "Tổng LĐLĐ Việt Nam chọn chủ đề năm là Nâng cao chất lượng hoạt động công đoàn cơ sở.")
    assert pairs(found) == [("Đoàn kết - Sáng tạo - Hiệu quả", "theme"), ("Vì sức khỏe nhân dân", "theme"),
                            ("Nâng cao chất lượng hoạt động công đoàn cơ sở", "theme")]


def test_a_quoted_honour_after_a_verb_of_awarding_and_la_is_a_title(resources):
    # union news honours a member by a quoted name after "vinh danh là", "bình chọn là" without "danh hiệu"
    found = campaigns(resources, "Chị Nguyễn Thị Hoa, giáo viên Trường THCS Dịch Vọng, được vinh danh là “Bông hồng vàng” năm 2024.",
                      "Anh Trần Văn Bình được bình chọn là “Người thợ giỏi” của Công ty.",
                      "Ông cho rằng đó là “món quà” ý nghĩa.")
    assert pairs(found) == [("Bông hồng vàng", "title"), ("Người thợ giỏi", "title")]


def test_a_contest_named_in_a_headline_in_capitals_drops_its_year_tail(resources):
    # the words that end a contest's name ("năm", "lần thứ") end it also written in capitals
    found = campaigns(resources, "HỘI THI AN TOÀN VỆ SINH VIÊN GIỎI TỈNH NGHỆ AN NĂM 2025",
                      "Ngày 12/6/2025, LĐLĐ tỉnh Nghệ An khai mạc Hội thi An toàn vệ sinh viên giỏi tỉnh Nghệ An năm 2025.")
    assert pairs(found) == [("AN TOÀN VỆ SINH VIÊN GIỎI TỈNH NGHỆ AN", "contest")]


def test_a_lowercase_contest_named_by_what_it_tests(resources):
    # "cuộc thi tìm hiểu ..." names its subject and is a name in lowercase; "hội thi thợ giỏi" is a kind of contest
    found = campaigns(resources, "Công đoàn ngành tổ chức cuộc thi tìm hiểu pháp luật lao động trực tuyến năm 2024 thu hút "
                                 "hơn 3.000 lượt người tham gia.",
                      "Mỗi năm, các đơn vị tổ chức hội thi thợ giỏi cho công nhân.")
    assert pairs(found) == [("tìm hiểu pháp luật lao động trực tuyến", "contest")]


def test_counted_holders_of_a_national_title_and_a_fund_named_without_quy(resources):
    # FORMAT.md: award titles count as counted holders ("85 LĐ giỏi"), programs written through their fund drop "Quỹ"
    found = campaigns(resources, "Trong năm, có 40 CSTĐ cấp cơ sở, 12 tập thể lao động xuất sắc được biểu dương.",
                      "Quỹ Tấm lòng vàng Lao Động phối hợp trao 100 suất quà.",
                      "Các tập thể lao động xuất sắc trong năm được đề nghị khen thưởng.")
    assert pairs(found) == [("CSTĐ cấp cơ sở", "title"), ("tập thể lao động xuất sắc", "title"),
                            ("Tấm lòng vàng Lao Động", "program")]


def test_a_capitalized_name_after_its_trigger_keeps_short_parts_listed_after_it(resources):
    # "Văn hóa, thể dục, thể thao": a movement named by a list; a clause after a comma is no part of the name
    found = campaigns(resources, "Các CĐCS đã hưởng ứng tích cực phong trào Văn hóa, thể dục, thể thao trong CNVCLĐ.",
                      "Chương trình Nâng bước công nhân, tăng cường chăm lo cho đoàn viên tại các khu công nghiệp.")
    assert pairs(found) == [("Văn hóa, thể dục, thể thao", "movement"), ("Nâng bước công nhân", "program")]


def test_an_anniversarys_quoted_theme_is_no_campaign(resources):
    # FORMAT.md: anniversary themes are not campaigns ("chủ đề kỷ niệm 37 năm ...")
    found = campaigns(resources, "LĐLĐ tỉnh tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam với chủ đề kỷ niệm "
                                 "\"95 năm Công đoàn Việt Nam - Tự hào truyền thống, vững bước tương lai\".",
                      "Lễ mít tinh diễn ra với chủ đề “95 năm vẻ vang Công đoàn Việt Nam”.",
                      "Năm 2025, Tổng LĐLĐ chọn chủ đề “Đổi mới, sáng tạo, hiệu quả”.")
    assert pairs(found) == [("Đổi mới, sáng tạo, hiệu quả", "theme")]


def test_an_unquoted_theme_in_a_leading_phrase_ends_before_the_clauses_subject(resources):
    # "Hưởng ứng ... với chủ đề A, LĐLĐ tỉnh ...": the body after the comma opens the main clause
    found = campaigns(resources, "Hưởng ứng Tháng hành động về an toàn, vệ sinh lao động năm 2025 với chủ đề Tăng cường chuyển "
                                 "đổi số trong công tác an toàn, vệ sinh lao động, LĐLĐ tỉnh phối hợp Sở Nội vụ tổ chức "
                                 "tuyên truyền tại 50 doanh nghiệp trên địa bàn.")
    assert pairs(found) == [("Tháng hành động về an toàn, vệ sinh lao động", "event"),
                            ("Tăng cường chuyển đổi số trong công tác an toàn, vệ sinh lao động", "theme")]


def test_the_unions_meeting_point_program_without_its_trigger(resources):
    # FORMAT.md: union programs are campaigns of kind program, quoted or not (like "Bữa cơm Công đoàn")
    found = campaigns(resources, "Ngày 5/5/2025, LĐLĐ quận Long Biên tổ chức Điểm hẹn Công đoàn tại khu nhà trọ phường Phúc Lợi.")
    assert pairs(found) == [("Điểm hẹn Công đoàn", "program")]


def test_a_documents_quoted_title_after_a_trigger_further_back_is_no_campaign(resources):
    # the document word is nearer the quote than the trigger: the quote is the resolution's title
    found = campaigns(resources, "Theo chương trình Đại hội, các đại biểu thảo luận Nghị quyết “Về nâng cao chất lượng hoạt "
                                 "động công đoàn”.",
                      "LĐLĐ quận ban hành Kế hoạch thực hiện phong trào thi đua “Lao động giỏi, lao động sáng tạo”.")
    assert pairs(found) == [("Lao động giỏi, lao động sáng tạo", "movement")]


def test_an_award_named_after_a_person_with_giai_thuong_in_lowercase(resources):
    # "giải thưởng" is as often lowercase; the person's capitalized name makes it a named award (as the gold writes
    # "giải thưởng Nguyễn Đức Cảnh"); a prize's rank is no person
    found = campaigns(resources, "LĐLĐ thành phố tổ chức lễ trao giải thưởng Nguyễn Văn Linh năm 2025 cho 20 cán bộ công đoàn.",
                      "Ban tổ chức trao các giải thưởng Nhất, Nhì, Ba cho các đội thi.")
    assert pairs(found) == [("giải thưởng Nguyễn Văn Linh", "title")]


def test_well_known_care_programs_written_without_trigger_or_quotes(resources):
    # union care programs named by their own capitalized words: the spring bus home for Tết, the study grant
    found = campaigns(resources, "Chương trình Chuyến xe mùa xuân đưa 2.000 công nhân về quê đón Tết.",
                      "LĐLĐ thành phố cũng trao 300 suất học bổng Vì em hiếu học cho con đoàn viên.")
    assert pairs(found) == [("Chuyến xe mùa xuân", "program"), ("Vì em hiếu học", "program")]


def test_a_short_form_given_with_goi_tat_la_is_the_long_names_variant(resources):
    # "(gọi tắt là phong trào Sáng kiến)" names the same movement, here and wherever the text uses it after
    found = campaigns(resources, "Triển khai phong trào Sáng kiến",
                      "LĐLĐ thành phố triển khai phong trào “Sáng kiến, sáng tạo trong lao động sản xuất” (gọi tắt là "
                      "phong trào Sáng kiến). Phong trào Sáng kiến đã thu hút 500 đoàn viên tham gia.")
    assert pairs(found) == [("Sáng kiến, sáng tạo trong lao động sản xuất", "movement")]
    assert [m.text for m in found[0].mentions] == [
        "Sáng kiến", "Sáng kiến, sáng tạo trong lao động sản xuất", "Sáng kiến", "Sáng kiến"]


def test_the_emulation_fighter_title_without_its_level(resources):
    # "Chiến sĩ thi đua" is a title by itself (the level is often left out when it is listed after another title);
    # a level written after it stays in the name, a lowercase plural describes people
    found = campaigns(resources, "Năm 2024, toàn thành phố có 120 Công nhân giỏi, Chiến sĩ thi đua được biểu dương.",
                      "Ông An 3 năm liền đạt danh hiệu Chiến sĩ thi đua cấp thành phố. Các chiến sĩ thi đua đã chia sẻ "
                      "kinh nghiệm.")
    assert pairs(found) == [("Công nhân giỏi", "title"), ("Chiến sĩ thi đua", "title"),
                            ("Chiến sĩ thi đua cấp thành phố", "title")]


def test_a_contest_of_safety_officers_written_with_the_laws_comma_keeps_its_place(resources):
    # "an toàn, vệ sinh lao động" is one field (the law writes the comma): the comma lists no part of the name
    found = campaigns(resources, "Huyện Đông Anh tổ chức Hội thi An toàn, vệ sinh viên giỏi huyện Đông Anh năm 2025, "
                                 "thu hút 30 đội tham gia.")
    assert pairs(found) == [("An toàn, vệ sinh viên giỏi huyện Đông Anh", "contest")]


def test_a_sports_contest_named_in_quotes_after_its_sport(resources):
    # the quoted name is the contest's; the sport before it stays out, as a trigger does
    found = campaigns(resources, "LĐLĐ tỉnh tổ chức Giải chạy “Vì sức khỏe người lao động” năm 2025, thu hút 1.000 vận "
                                 "động viên. Công đoàn ngành tổ chức Giải bóng đá “Cúp Công đoàn” lần thứ II.")
    assert pairs(found) == [("Vì sức khỏe người lao động", "contest"), ("Cúp Công đoàn", "contest")]


def test_a_sports_contest_of_two_sports_listed_after_its_head(resources):
    # "Giải cầu lông, bóng bàn": the comma lists a second sport of one contest; a list of games without a named
    # part is no contest
    found = campaigns(resources, "Công đoàn Khu kinh tế tổ chức Giải cầu lông, bóng bàn CNVCLĐ lần thứ III.",
                      "Hội thao, kéo co, chạy tiếp sức được tổ chức sôi nổi.")
    assert pairs(found) == [("Giải cầu lông, bóng bàn CNVCLĐ", "contest")]


def test_two_known_names_of_one_month_of_action_are_one_event(resources):
    # the national month of action on occupational safety, written in full and then by its abbreviation
    found = campaigns(resources, "LĐLĐ phát động Tháng hành động quốc gia về an toàn, vệ sinh lao động năm 2025.",
                      "Tháng hành động về ATVSLĐ năm nay có chủ đề “Tăng cường chuyển đổi số”.")
    assert pairs(found) == [("Tháng hành động quốc gia về an toàn, vệ sinh lao động", "event"),
                            ("Tăng cường chuyển đổi số", "theme")]
    assert [m.text for m in found[0].mentions] == [
        "Tháng hành động quốc gia về an toàn, vệ sinh lao động", "Tháng hành động về ATVSLĐ"]


def test_national_names_written_by_initials_or_in_their_other_common_spellings(resources):
    # union news writes its standing movements and titles by their initials (GVN - ĐVN, CSTĐCS, Tập thể LĐXS), the
    # month of action without "về" (one event with its full name), Xanh – Sạch – Đẹp with en dashes, and the full
    # names of the gender month and the Red Cross's Tết drive
    found = campaigns(resources, "Nữ công nhân thi đua GVN - ĐVN",
                      "Phong trào Xanh – Sạch – Đẹp được duy trì ở 100% doanh nghiệp.",
                      "Năm 2024 có 15 CSTĐCS và 4 tập thể LĐXS.",
                      "Hưởng ứng Tháng hành động ATVSLĐ, công ty tổ chức huấn luyện. Tháng hành động quốc gia về ATVSLĐ năm "
                      "nay có nhiều hoạt động.",
                      "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới, Công "
                      "đoàn vận động đoàn viên tham gia Lễ hội Xuân hồng và ủng hộ Tết vì người nghèo và nạn nhân chất độc da cam.")
    assert pairs(found) == [
        ("GVN - ĐVN", "movement"), ("Xanh – Sạch – Đẹp", "movement"), ("CSTĐCS", "title"), ("tập thể LĐXS", "title"),
        ("Tháng hành động ATVSLĐ", "event"),
        ("Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới", "event"),
        ("Lễ hội Xuân hồng", "event"), ("Tết vì người nghèo và nạn nhân chất độc da cam", "movement")]
    assert [m.text for m in found[4].mentions] == ["Tháng hành động ATVSLĐ", "Tháng hành động quốc gia về ATVSLĐ"]


def test_a_peak_month_is_an_event_and_its_listed_parts_end_before_the_main_clause(resources):
    # "Tháng cao điểm" names a union's month of a drive as "Tháng hành động" does; a fronted name ends where the
    # main clause's subject, written with a capital, follows its last part; a peak month spoken of is no name
    found = campaigns(resources, "Kết quả phát triển đoàn viên",
                      "Tham gia Tháng cao điểm phát triển đoàn viên, thành lập công đoàn cơ sở, LĐLĐ huyện đã kết nạp 500 "
                      "đoàn viên.",
                      "Tháng cao điểm năm nay diễn ra từ 1/4. Trong tháng cao điểm, các đơn vị đều vượt chỉ tiêu.")
    assert pairs(found) == [("Tháng cao điểm phát triển đoàn viên, thành lập công đoàn cơ sở", "event")]


def test_an_award_named_in_sentence_case_after_giai_thuong(resources):
    # union news names its own awards unquoted in sentence case; the name keeps "Giải thưởng" as an award after a
    # person does, and is one award, not the movement "Sáng kiến, sáng tạo" inside it; the award's council or fund,
    # a contest it rewards and a board are no award
    found = campaigns(resources, "Trao giải thưởng",
                      "Ban Thường vụ LĐLĐ huyện trao Giải thưởng Sáng kiến sáng tạo Thủ đô cho 5 cá nhân và trao giải "
                      "thưởng Bông hồng vàng cho 10 nữ đoàn viên tiêu biểu.",
                      "Hội đồng Giải thưởng Phụ nữ Việt Nam trao tặng bằng khen; Ban tổ chức trao 46 giải thưởng Ban Giám "
                      "khảo và giải thưởng Hội thi cho các đội.",
                      "Anh được nhận Giải thưởng Nguyễn Đức Cảnh gồm bằng chứng nhận và tiền thưởng.")
    assert pairs(found) == [("Giải thưởng Sáng kiến sáng tạo Thủ đô", "title"), ("giải thưởng Bông hồng vàng", "title"),
                            ("Giải thưởng Nguyễn Đức Cảnh", "title")]


def test_a_capitalized_name_after_its_trigger_goes_on_past_va_to_its_second_aim(resources):
    # a named drive often pairs two aims with "và" ("hội nhập và phát triển"); the next item of a list, a body's
    # name or a clause after "và" is no part of it
    found = campaigns(resources, "Phát động thi đua",
                      "Hội nghị phát động phong trào Doanh nghiệp Thủ đô hội nhập và phát triển, phong trào Văn hóa công sở "
                      "và các phong trào khác.",
                      "Cuộc vận động Xây dựng gia đình hạnh phúc và bền vững được các CĐCS hưởng ứng.",
                      "Công đoàn thực hiện chương trình Tiếp sức đến trường và trao quà cho học sinh.")
    assert pairs(found) == [("Doanh nghiệp Thủ đô hội nhập và phát triển", "movement"), ("Văn hóa công sở", "movement"),
                            ("Xây dựng gia đình hạnh phúc và bền vững", "campaign"), ("Tiếp sức đến trường", "program")]


def test_an_unquoted_item_between_two_names_of_a_list_is_a_name(resources):
    # union reports list their movements unquoted after "các phong trào:"; an item the gazetteer does not know is a
    # name by its place between two names, of the kind of the one before; a person listed so is not
    found = campaigns(resources, "Kết quả thi đua",
                      "Công đoàn triển khai các phong trào: Lao động giỏi, lao động sáng tạo; Văn hóa công sở; Giỏi việc "
                      "nước, đảm việc nhà.",
                      "Năm qua có 85 LĐ giỏi, Nguyễn Văn Nam, 12 chiến sĩ thi đua cơ sở được biểu dương.")
    assert pairs(found) == [("Lao động giỏi, lao động sáng tạo", "movement"), ("Văn hóa công sở", "movement"),
                            ("Giỏi việc nước, đảm việc nhà", "movement"), ("LĐ giỏi", "title"),
                            ("chiến sĩ thi đua cơ sở", "title")]


def test_a_known_name_right_after_a_contest_trigger_is_not_cut_into_a_second_name(resources):
    # the known movement after "Cuộc thi" is taken whole; reading the contest on from the trigger cut it at its comma
    # and listed "sáng kiến" as a contest beside it. With the group it is held in after it, the contest is named
    # by both (one name, as the gold writes "Sáng kiến, sáng tạo trong CNVCLĐ Thủ đô")
    found = campaigns(resources, "Thi sáng kiến",
                      "Công đoàn khuyến khích đoàn viên tham gia Cuộc thi sáng kiến, sáng tạo trong CNVCLĐ Thủ đô.",
                      "Đoàn viên tham gia Cuộc thi Sáng kiến, sáng tạo năm 2026.")
    assert pairs(found) == [("sáng kiến, sáng tạo trong CNVCLĐ Thủ đô", "contest"), ("Sáng kiến, sáng tạo", "movement")]


def test_the_safety_week_by_initials_and_the_million_initiatives_with_a_leading_zero(resources):
    # the national safety and fire week written by its initials is the week of its full name (one event); the
    # program "01 triệu sáng kiến" is written with a leading zero as union documents number things
    found = campaigns(resources, "Tuần lễ quốc gia",
                      "Tuần lễ quốc gia về an toàn vệ sinh lao động, phòng chống cháy nổ năm 2025 được phát động; trong "
                      "Tuần lễ quốc gia ATVSLĐ - PCCN, 100% công nhân được huấn luyện.",
                      "Công đoàn ngành vượt chỉ tiêu chương trình 01 triệu sáng kiến với 1.200 sáng kiến được đăng ký.")
    assert pairs(found) == [("Tuần lễ quốc gia về an toàn vệ sinh lao động, phòng chống cháy nổ", "event"),
                            ("01 triệu sáng kiến", "program")]
    assert [m.text for m in found[0].mentions] == ["Tuần lễ quốc gia về an toàn vệ sinh lao động, phòng chống cháy nổ",
                                                   "Tuần lễ quốc gia ATVSLĐ - PCCN"]


def test_a_fronted_contest_or_event_name_ends_before_its_predicate(resources):
    # a contest or event named as the subject of its sentence ends with its place (an administrative unit and its
    # capitalized name) or before the verb of what it received, brought or became; it swallowed the main clause
    found = campaigns(resources, "Hội thi và ngày hội",
                      "Cuộc thi Ảnh đẹp người lao động quận Đống Đa nhận được 300 tác phẩm.",
                      "Sau 2 ngày tranh tài, Hội thi An toàn vệ sinh viên giỏi huyện Mê Linh trao 10 giải.",
                      "Ngày hội Gia đình công nhân khu công nghiệp Quang Minh thu về nhiều kết quả.",
                      "Hội thao Công nhân viên chức lao động ngành Giáo dục tạo sân chơi bổ ích cho đoàn viên.",
                      "Cuộc thi Tìm hiểu pháp luật trực tuyến thu được 5.000 bài thi.",
                      "Hội thi Thợ giỏi huyện Gia Lâm tỉnh Hà Nội lần thứ II khai mạc.")
    assert pairs(found) == [("Ảnh đẹp người lao động quận Đống Đa", "contest"),
                            ("An toàn vệ sinh viên giỏi huyện Mê Linh", "contest"),
                            ("Ngày hội Gia đình công nhân khu công nghiệp Quang Minh", "event"),
                            ("Hội thao Công nhân viên chức lao động ngành Giáo dục", "contest"),
                            ("Tìm hiểu pháp luật trực tuyến", "contest"),
                            ("Thợ giỏi huyện Gia Lâm tỉnh Hà Nội", "contest")]


def test_a_year_named_for_its_aim_without_quotes_is_a_theme(resources):
    # union news names the year its federation devotes to an aim with a capital "Năm" and the aim in sentence case;
    # a plain year ("Năm qua", "Năm 2025"), a lunar year ("Năm Ất Tỵ", "Năm Rồng") and a person ("chị Năm Hoa") are none
    found = campaigns(resources, "Năm an toàn",
                      "Năm 2025, Tổng LĐLĐ Việt Nam chọn là Năm Tăng cường đối thoại và thương lượng tập thể.",
                      "Thực hiện Năm An toàn vệ sinh lao động, công ty đã đầu tư 2 tỷ đồng.",
                      "Năm qua, dịp Tết Năm Ất Tỵ, chị Năm Hoa được tặng quà.",
                      "Chào đón Năm Rồng thịnh vượng, công ty tặng quà cho công nhân.",
                      "Năm Du lịch quốc gia 2025 được tổ chức tại Huế.")
    assert pairs(found) == [("Năm Tăng cường đối thoại và thương lượng tập thể", "theme"),
                            ("Năm An toàn vệ sinh lao động", "theme"), ("Năm Du lịch quốc gia", "theme")]


def test_titles_of_the_emulation_law_and_union_names_in_their_other_spellings(resources):
    # the armed forces' and collectives' titles of the Law on Emulation and Commendation, the State's awards, the
    # mother's title written with "Bà" (it gave a second title without it), the red-cross month and the áo dài week,
    # and the clean-green movement with "đảm bảo" and the safety initials (it was cut to "Xanh - Sạch - Đẹp")
    found = campaigns(resources, "Khen thưởng",
                      "Năm 2024, đơn vị có 35 cá nhân đạt Chiến sĩ tiên tiến và 3 tập thể đạt Đơn vị quyết thắng.",
                      "Bà được Nhà nước truy tặng danh hiệu Bà mẹ Việt Nam anh hùng.",
                      "Công trình được trao Giải thưởng Nhà nước năm 2022.",
                      "Hưởng ứng Tháng Nhân đạo và Tuần lễ Áo dài, công đoàn tổ chức nhiều hoạt động.",
                      "Công ty tham gia phong trào Xanh - Sạch - Đẹp, đảm bảo ATVSLĐ.")
    assert pairs(found) == [("Chiến sĩ tiên tiến", "title"), ("Đơn vị quyết thắng", "title"),
                            ("Bà mẹ Việt Nam anh hùng", "title"), ("Giải thưởng Nhà nước", "title"),
                            ("Tháng Nhân đạo", "event"), ("Tuần lễ Áo dài", "event"),
                            ("Xanh - Sạch - Đẹp, đảm bảo ATVSLĐ", "movement")]


def test_a_program_capitalized_after_its_trigger_ends_before_what_it_gives(resources):
    found = campaigns(resources, "Tôn vinh",
                      "Chương trình Vinh quang Việt Nam tôn vinh 20 tập thể.",
                      "Chương trình Nghĩa tình mùa đông trao 500 suất quà cho công nhân.")
    assert pairs(found) == [("Vinh quang Việt Nam", "program"), ("Nghĩa tình mùa đông", "program")]


def test_an_unquoted_theme_in_a_leading_phrase_ends_before_the_main_clause(resources):
    # "Với chủ đề A, B, <main clause>": the theme given in a phrase that opens the sentence ends at its last comma;
    # a plural subject after a comma opens a clause wherever the theme stands; a theme that is the subject ("Chủ đề
    # ... là A, B.") keeps its parts
    found = campaigns(resources, "Chủ đề",
                      "Với phương châm Đoàn kết, sáng tạo, hiệu quả, công đoàn ngành đã hoàn thành chỉ tiêu.",
                      "Dưới chủ đề Xuân yêu thương, đoàn viên được tặng 200 suất quà.",
                      "Hội nghị diễn ra với khẩu hiệu Dân chủ, đoàn kết, đổi mới, các đại biểu thảo luận sôi nổi.",
                      "Phương châm hành động của công đoàn là Hướng về cơ sở, lấy đoàn viên làm trung tâm.")
    assert pairs(found) == [("Đoàn kết, sáng tạo, hiệu quả", "theme"), ("Xuân yêu thương", "theme"),
                            ("Dân chủ, đoàn kết, đổi mới", "theme"), ("Hướng về cơ sở, lấy đoàn viên làm trung tâm", "theme")]


def test_a_quote_naming_a_column_a_book_or_a_work_is_no_campaign(resources):
    # a quote right after the noun of a thing names that thing, also after a trigger earlier in the clause ("cuộc
    # thi ... chuyên mục “Gương sáng”" gave a contest) or when it holds a known name (a column "Người tốt việc tốt");
    # one lowercase word in quotes is a scare quote
    found = campaigns(resources, "Báo chí",
                      "Báo mở chuyên mục “Người tốt việc tốt” từ tháng 3.",
                      "Bài viết tham gia cuộc thi được đăng trên chuyên mục “Gương sáng”.",
                      "Tham gia chương trình, mỗi đoàn viên được tặng cuốn sách “Sổ tay công đoàn”.",
                      "Ông lo ngại phong trào thi đua “kép” sẽ không hiệu quả.",
                      "Đoàn viên hưởng ứng phong trào “Người tốt, việc tốt”.")
    assert pairs(found) == [("Người tốt, việc tốt", "movement")]


def test_the_last_unquoted_item_of_a_list_opened_by_a_plural_trigger_is_a_name(resources):
    # "các phong trào thi đua: A, B, C": the item after the last known name, written with a capital, closes the list
    # where the clause or its predicate begins; without a plural trigger a capitalized phrase after a name is not
    # listed ("Thông qua phong trào Lao động giỏi, Công ty ...")
    found = campaigns(resources, "Các phong trào",
                      "Công đoàn đẩy mạnh các phong trào thi đua: Lao động giỏi, Lao động sáng tạo, Sáng kiến cải tiến kỹ "
                      "thuật.",
                      "Các phong trào thi đua như Giỏi việc nước, đảm việc nhà, Văn hóa công sở được triển khai sâu rộng.",
                      "Thông qua phong trào Dân vận khéo, Công ty cổ phần May đã có 20 mô hình.",
                      "Phong trào Thi đua lao động sáng tạo đạt nhiều kết quả.")
    assert pairs(found) == [("Lao động giỏi, Lao động sáng tạo", "movement"), ("Sáng kiến cải tiến kỹ thuật", "movement"),
                            ("Giỏi việc nước, đảm việc nhà", "movement"), ("Văn hóa công sở", "movement"),
                            ("Dân vận khéo", "movement"), ("Thi đua lao động sáng tạo", "movement")]


def test_a_known_name_is_found_in_either_tone_placement(resources):
    # Vietnamese places the tone of "oa", "oe", "uy" on either vowel ("văn hoá" / "văn hóa"); the gazetteer writes
    # one, the article the other
    found = campaigns(resources, "Văn hoá",
                      "Các đơn vị thi đua xây dựng Cơ quan, đơn vị đạt chuẩn văn hoá.",
                      "Trường tiếp tục thực hiện Thi đua đổi mới, sáng tạo trong quản lý, giảng dạy và học tập.")
    assert pairs(found) == [("xây dựng Cơ quan, đơn vị đạt chuẩn văn hoá", "movement"),
                            ("Thi đua đổi mới, sáng tạo trong quản lý, giảng dạy và học tập", "movement")]


def test_an_award_form_closing_a_list_of_names_is_no_campaign(resources):
    # Bằng khen, Giấy khen, Cờ thi đua are forms of award (FORMAT.md), also as the unquoted last item of a list
    found = campaigns(resources, "Khen thưởng",
                      "Công ty có 20 cá nhân đạt các danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở và Bằng khen của "
                      "Tổng LĐLĐ.",
                      "Các chương trình Phúc lợi đoàn viên, Cờ thi đua của Chính phủ được trao.")
    assert pairs(found) == [("Lao động tiên tiến", "title"), ("Chiến sĩ thi đua cơ sở", "title"),
                            ("Phúc lợi đoàn viên", "program")]


def test_the_last_item_of_a_list_written_with_semicolons_is_a_name(resources):
    # union reports separate the movements of one list with semicolons when a name holds a comma: the plural trigger
    # stands before the first item, several semicolons before the last one
    found = campaigns(resources, "Các phong trào",
                      "Công đoàn ngành triển khai các phong trào thi đua: Lao động giỏi, lao động sáng tạo; Xanh - Sạch - "
                      "Đẹp, bảo đảm ATVSLĐ; Giỏi việc nước, đảm việc nhà và Văn hóa công sở.",
                      "Các phong trào thi đua: Dạy tốt, học tốt; Văn hóa học đường được duy trì.")
    assert pairs(found) == [("Lao động giỏi, lao động sáng tạo", "movement"), ("Xanh - Sạch - Đẹp, bảo đảm ATVSLĐ", "movement"),
                            ("Giỏi việc nước, đảm việc nhà", "movement"), ("Văn hóa công sở", "movement"),
                            ("Dạy tốt, học tốt", "movement"), ("Văn hóa học đường", "movement")]


def test_a_short_lowercase_event_held_again_under_its_ordinal_is_a_name(resources):
    # "Giải bóng đá công nhân lần thứ III": a recurring event is named by its number even when its name is two
    # lowercase words; without the ordinal, "Hội diễn văn nghệ năm 2025" is a kind of event
    found = campaigns(resources, "Thể thao",
                      "Công đoàn các Khu công nghiệp tỉnh khai mạc Giải bóng đá công nhân lần thứ III năm 2025.",
                      "Liên đoàn tổ chức Hội diễn văn nghệ năm 2025.")
    assert pairs(found) == [("Giải bóng đá công nhân", "contest")]


def test_a_contest_named_only_by_its_form_is_no_name(resources):
    # "Cuộc thi trực tuyến kéo dài 4 tuần": "trực tuyến" says how the contest is held, "kéo dài" is its predicate
    found = campaigns(resources, "Cuộc thi",
                      "Cuộc thi trực tuyến kéo dài trong 4 tuần.",
                      "Hội thi Tay nghề giỏi lan tỏa tinh thần học hỏi trong công nhân.")
    assert pairs(found) == [("Tay nghề giỏi", "contest")]


def test_a_broadcast_a_collection_and_a_companys_standing_slogan_are_no_campaigns(resources):
    # a long noun of a thing before the quote ("chương trình truyền hình") and the slogan a company has; a drive's
    # slogan stays a theme
    found = campaigns(resources, "Tin doanh nghiệp",
                      "Chương trình truyền hình “Chào buổi sáng” đưa tin về sự kiện.",
                      "Bộ sưu tập “Sắc xuân” được giới thiệu, dòng sản phẩm “Eco Green” ra mắt.",
                      "Công ty May Đức Giang có khẩu hiệu “Chất lượng là danh dự”.",
                      "Công ty phát động thi đua với khẩu hiệu “An toàn là trên hết”.")
    assert pairs(found) == [("An toàn là trên hết", "theme")]


def test_a_capitalized_name_goes_on_past_va_up_to_the_predicate_and_may_be_long(resources):
    # "phong trào Cả nước thi đua đổi mới sáng tạo và chuyển đổi số cũng được ...": the second aim ends where the
    # predicate begins ("cũng", "tiếp tục"), and a national movement's name may run to eleven words
    found = campaigns(resources, "Chuyển đổi số",
                      "Phong trào Cả nước thi đua đổi mới sáng tạo và chuyển đổi số cũng được Công đoàn tỉnh triển khai.",
                      "Cuộc vận động Xây dựng gia đình no ấm và hạnh phúc tiếp tục lan tỏa.")
    assert pairs(found) == [("Cả nước thi đua đổi mới sáng tạo và chuyển đổi số", "movement"),
                            ("Xây dựng gia đình no ấm và hạnh phúc", "campaign")]


def test_a_quote_right_after_phat_dong_or_huong_ung_or_a_chien_dich_names_a_drive(resources):
    # the verb that launches or answers a drive, written right before its quoted name, is its trigger; a quoted
    # holiday so answered is none (FORMAT.md), a known event stays one
    found = campaigns(resources, "Hưởng ứng",
                      "Công đoàn phát động “Mỗi công nhân một sáng kiến” và hưởng ứng “Vì một triệu đoàn viên khỏe mạnh”.",
                      "Tỉnh đoàn ra quân chiến dịch “Mùa hè xanh” năm 2025.",
                      "Đoàn viên hưởng ứng “Ngày Sách và Văn hóa đọc Việt Nam”, “Ngày Chủ nhật xanh”.")
    assert pairs(found) == [("Mỗi công nhân một sáng kiến", "movement"), ("Vì một triệu đoàn viên khỏe mạnh", "movement"),
                            ("Mùa hè xanh", "campaign"), ("Ngày Chủ nhật xanh", "event")]


def test_national_movements_union_news_joins_and_the_cultured_family_title(resources):
    # the digital literacy movement wherever it is written; the others where the text treats them as names
    found = campaigns(resources, "Phong trào",
                      "Công nhân học kỹ năng số theo tinh thần Bình dân học vụ số.",
                      "Năm 2025, 300 hộ đạt danh hiệu Gia đình văn hóa; công đoàn thực hiện phong trào Xây dựng gia đình văn "
                      "hóa.",
                      "Tỉnh đoàn ra quân Chiến dịch Thanh niên tình nguyện hè năm 2025 và hưởng ứng Tết trồng cây.",
                      "Các trường thực hiện cuộc vận động Hai không, phong trào Văn hóa công sở.")
    assert pairs(found) == [("Bình dân học vụ số", "movement"), ("Gia đình văn hóa", "title"),
                            ("Xây dựng gia đình văn hóa", "movement"), ("Thanh niên tình nguyện hè", "campaign"),
                            ("Tết trồng cây", "movement"), ("Hai không", "campaign"), ("Văn hóa công sở", "movement")]


def test_a_quoted_care_program_named_by_what_it_gives_is_a_program_without_a_trigger(resources):
    # "như “Bữa cơm nghĩa tình”, “Chuyến xe yêu thương”": union care programs are named by the meal, the bus, the
    # market or the home they give
    found = campaigns(resources, "Chăm lo",
                      "Năm nay công đoàn có nhiều điểm mới, như “Bữa cơm nghĩa tình”, “Chuyến xe yêu thương”.",
                      "Công đoàn tổ chức “Phiên chợ nhân ái” và trao 20 căn nhà “Mái ấm tình thương”.")
    assert pairs(found) == [("Bữa cơm nghĩa tình", "program"), ("Chuyến xe yêu thương", "program"),
                            ("Phiên chợ nhân ái", "program"), ("Mái ấm tình thương", "program")]


def test_a_contest_named_by_what_it_asks_for_keeps_its_group_and_a_second_subject_after_va(resources):
    # "Cuộc thi viết về ... trong phong trào công nhân lao động": the group it is written in stays in the name, which
    # may run long; "và" and a short lowercase second subject go on to the name's tail; not "và" before a capital (the
    # next named item), nor before an act ("và tổ chức hội nghị"); "trên Facebook", "giai đoạn ..." and "nhân Ngày ..."
    # end a name
    found = campaigns(resources, "Cuộc thi",
                      "Ngày 8-3, LĐLĐ thành phố phát động Cuộc thi viết về mô hình, tấm gương người tốt, việc tốt trong "
                      "phong trào công nhân lao động; xây dựng Nhà Đại đoàn kết.",
                      "Cuộc thi Sáng tác ca khúc về công nhân và tổ chức Công đoàn Việt Nam năm 2025 nhận được 150 tác phẩm.",
                      "Đoàn viên hưởng ứng Cuộc thi viết Mini trong NHÓM ĐỒNG NGHIỆP EVN trên Facebook từ ngày 15/5.",
                      "Hội thi Tiếng hát công nhân và Người dẫn chương trình giỏi năm 2025 đã diễn ra.",
                      "Hội thi Nấu ăn ngon và tổ chức hội nghị năm 2025.",
                      "Công đoàn tổ chức Ngày hội Gia đình hạnh phúc nhân Ngày Gia đình Việt Nam 28/6.")
    assert pairs(found) == [
        ("viết về mô hình, tấm gương người tốt, việc tốt trong phong trào công nhân lao động", "contest"),
        ("Nhà Đại đoàn kết", "program"),
        ("Sáng tác ca khúc về công nhân và tổ chức Công đoàn Việt Nam", "contest"),
        ("viết Mini trong NHÓM ĐỒNG NGHIỆP EVN", "contest"),
        ("Tiếng hát công nhân", "contest"),
        ("Nấu ăn ngon", "contest"),
        ("Ngày hội Gia đình hạnh phúc", "event"),
    ]


def test_a_second_capitalized_part_of_a_contest_closed_by_its_ordinal_is_in_the_name(resources):
    # "Hội thi Thợ giỏi, Thao diễn kỹ thuật toàn quốc lần thứ VI": the ordinal closes a name of two capitalized parts;
    # a body or a place after the comma ("Liên đoàn Lao động tỉnh", every word capitalized) is none of it
    found = campaigns(resources, "Hội thi",
                      "Tổng LĐLĐ Việt Nam tổ chức Hội thi Thợ giỏi, Thao diễn kỹ thuật toàn quốc lần thứ VI năm 2025.",
                      "Công đoàn tổ chức Hội thi Ảnh đẹp, Liên đoàn Lao động tỉnh năm 2025 trao giải.",
                      "Hội thi Nấu ăn ngon, Quận Hoàn Kiếm năm 2025.")
    assert pairs(found) == [("Thợ giỏi, Thao diễn kỹ thuật toàn quốc", "contest"), ("Ảnh đẹp", "contest"),
                            ("Nấu ăn ngon", "contest")]


def test_a_programs_quoted_name_after_savings_books_bicycles_or_meals_it_hands_out(resources):
    found = campaigns(resources, "Chăm lo",
                      "Công đoàn trao 30 sổ tiết kiệm “Đồng hành cùng con đến trường”, 20 xe đạp “Tiếp bước đến trường” và "
                      "500 suất ăn “Bữa trưa ấm áp”.")
    assert pairs(found) == [("Đồng hành cùng con đến trường", "program"), ("Tiếp bước đến trường", "program"),
                            ("Bữa trưa ấm áp", "program")]


def test_a_care_programs_capitalized_name_ends_before_what_it_does_for_whom(resources):
    found = campaigns(resources, "Chăm lo",
                      "Chương trình Vì sức khỏe công nhân khám bệnh miễn phí cho 1.000 lượt người.",
                      "Chương trình Tiếp sức mùa thi hỗ trợ 200 thí sinh.")
    assert pairs(found) == [("Vì sức khỏe công nhân", "program"), ("Tiếp sức mùa thi", "program")]


def test_a_known_title_in_lowercase_after_a_verb_of_attaining_is_a_title(resources):
    # "đạt gia đình văn hóa", "được công nhận lao động tiên tiến": the verb gives the title to someone; a movement
    # after "đạt" is no title ("đạt sáng kiến, sáng tạo cao" describes)
    found = campaigns(resources, "Khen thưởng",
                      "Năm 2025, 8 hộ đoàn viên đạt gia đình văn hóa, 120 người được công nhận lao động tiên tiến.",
                      "Công ty đạt sáng kiến, sáng tạo cao.")
    assert pairs(found) == [("gia đình văn hóa", "title"), ("lao động tiên tiến", "title")]


def test_a_lowercase_quote_after_huong_ung_and_a_clause_after_a_contests_comma_are_no_names(resources):
    # “nhiệt liệt”, “lời kêu gọi” after hưởng ứng are scare quotes; ", Người lao động tham gia năm 2025" is a clause,
    # no second part of the contest's name (only an ordinal closes one)
    found = campaigns(resources, "Hưởng ứng",
                      "Công nhân nhiệt tình hưởng ứng “lời kêu gọi” của Công đoàn, được đồng nghiệp hưởng ứng “nhiệt liệt”.",
                      "Công đoàn tổ chức Cuộc thi Ảnh đẹp công nhân, Người lao động tham gia năm 2025.")
    assert pairs(found) == [("Ảnh đẹp công nhân", "contest")]


def test_a_show_a_concert_or_an_exhibition_quoted_after_its_noun_is_no_campaign(resources):
    # "chương trình nghệ thuật “…”", "đêm nhạc “…”": a performance, not an emulation program (a union program after
    # the plain trigger stays one)
    found = campaigns(resources, "Văn nghệ",
                      "Chương trình nghệ thuật “Mùa xuân công nhân” và đêm nhạc “Giai điệu tự hào” mang lại không khí vui tươi.",
                      "Công đoàn khai mạc triển lãm ảnh “Người thợ trong mắt tôi” và chương trình “Tết sum vầy”.")
    assert pairs(found) == [("Tết sum vầy", "program")]


def test_a_second_counted_quote_after_va_continues_a_list_of_titles(resources):
    # "tuyên dương 50 “A” và 20 “B”": each item of the list carries its own count of holders
    found = campaigns(resources, "Tuyên dương",
                      "Công đoàn tuyên dương 50 “Giao dịch viên tiêu biểu” và 20 “Cán bộ tín dụng giỏi”.")
    assert pairs(found) == [("Giao dịch viên tiêu biểu", "title"), ("Cán bộ tín dụng giỏi", "title")]


def test_an_unquoted_theme_after_two_modifiers_and_a_colon_ends_before_its_time(resources):
    # "Phương châm hoạt động năm 2026 là: ...": the trigger takes what and when before "là:"; "trong năm 2026" after
    # the motto is the time it holds for, no part of it
    found = campaigns(resources, "Phương châm",
                      "Phương châm hoạt động năm 2026 là: Chủ động, sáng tạo, hiệu quả.",
                      "LĐLĐ huyện thực hiện khẩu hiệu hành động Hướng về cơ sở, đồng hành cùng người lao động trong năm 2026.")
    assert pairs(found) == [("Chủ động, sáng tạo, hiệu quả", "theme"),
                            ("Hướng về cơ sở, đồng hành cùng người lao động", "theme")]


def test_a_quote_right_after_duoc_cong_nhan_is_a_title(resources):
    # "được công nhận “…”": the honour a body or person is recognised with, as after "công nhận là"
    found = campaigns(resources, "Công nhận",
                      "Năm 2026, 30 công chức được công nhận “Công chức, viên chức trẻ tiêu biểu”.")
    assert pairs(found) == [("Công chức, viên chức trẻ tiêu biểu", "title")]


def test_the_technical_innovation_movement_in_its_two_forms_and_not_as_ordinary_language(resources):
    # "phong trào Sáng kiến, cải tiến kỹ thuật" is one name past its comma; "phát huy sáng kiến, cải tiến kỹ thuật" is
    # a name only right after "phong trào" ("ra sức thi đua phát huy ..." and "có nhiều sáng kiến, ..." describe)
    found = campaigns(resources, "Gương sáng, lan tỏa phong trào Sáng kiến, cải tiến kỹ thuật",
                      "Năm năm qua, phong trào phát huy sáng kiến, cải tiến kỹ thuật có 3.200 sáng kiến.",
                      "Công nhân ra sức thi đua phát huy sáng kiến, cải tiến kỹ thuật, thực hiện chủ đề năm.",
                      "Anh có nhiều sáng kiến, cải tiến kỹ thuật được áp dụng.")
    assert pairs(found) == [("Sáng kiến, cải tiến kỹ thuật", "movement"),
                            ("phát huy sáng kiến, cải tiến kỹ thuật", "movement")]
    assert pairs(campaigns(resources, "Thi đua", "Công nhân ra sức thi đua phát huy sáng kiến, cải tiến kỹ thuật.")) == []


def test_a_known_name_inside_a_name_capitalized_after_its_trigger_is_part_of_it(resources):
    # "phong trào Xây dựng bệnh viện Xanh - Sạch - Đẹp": the known slogan is the end of the hospital movement's name,
    # not a second movement
    found = campaigns(resources, "Y tế",
                      "Bệnh viện đẩy mạnh phong trào Xây dựng bệnh viện Xanh - Sạch - Đẹp, cuộc vận động Lương y như từ mẫu.")
    assert pairs(found) == [("Xây dựng bệnh viện Xanh - Sạch - Đẹp", "movement"), ("Lương y như từ mẫu", "campaign")]


def test_an_unquoted_event_name_ends_before_va_and_the_next_trigger(resources):
    # "Ngày hội hiến máu tình nguyện và phong trào Hiến máu tình nguyện": the trigger after "và" opens the next item
    found = campaigns(resources, "Hiến máu",
                      "Đoàn viên hưởng ứng Ngày hội hiến máu tình nguyện và phong trào Hiến máu tình nguyện năm 2026.")
    assert pairs(found) == [("Ngày hội hiến máu tình nguyện", "event"), ("Hiến máu tình nguyện", "movement")]


def test_a_capital_thi_dua_after_phong_trao_begins_the_name_once(resources):
    # "phong trào Thi đua lao động sản xuất giỏi": the capitalized "Thi đua" is the name's first word, not the trigger's
    # end, so the name is read once with it (not also "lao động sản xuất giỏi")
    found = campaigns(resources, "Sản xuất",
                      "Công ty thực hiện phong trào Thi đua lao động sản xuất giỏi năm 2026.",
                      "Công nhân hưởng ứng phong trào thi đua học tập và nâng cao trình độ.")
    assert pairs(found) == [("Thi đua lao động sản xuất giỏi", "movement"), ("học tập và nâng cao trình độ", "movement")]


def test_a_second_capitalized_name_after_va_shares_the_trigger(resources):
    # "phong trào Thanh niên tình nguyện và Sáng tạo trẻ": one trigger, two names, also after a known first name;
    # not a body, a meeting or a place written after "và"
    found = campaigns(resources, "Tuổi trẻ",
                      "Huyện đoàn phát động phong trào Thanh niên tình nguyện và Sáng tạo trẻ.",
                      "Công đoàn hưởng ứng phong trào Xây dựng nông thôn mới và Người tốt, việc tốt.",
                      "Công đoàn tổ chức chương trình Tết Sum vầy và Lễ tuyên dương công nhân.",
                      "Đoàn viên thực hiện phong trào Văn hóa công sở và Công đoàn quận kiểm tra.")
    assert pairs(found) == [("Thanh niên tình nguyện", "movement"), ("Sáng tạo trẻ", "movement"),
                            ("Xây dựng nông thôn mới", "movement"), ("Người tốt, việc tốt", "title"),
                            ("Tết Sum vầy", "program"), ("Văn hóa công sở", "movement")]


def test_gifts_handed_out_under_a_months_name_are_a_program_of_their_own(resources):
    # "trao 120 suất quà “Tháng Công nhân - Vì đoàn viên”": the gifts' program, not the month written before
    found = campaigns(resources, "Tháng Công nhân",
                      "Công đoàn tổ chức Lễ bế mạc Tháng Công nhân năm 2026.",
                      "Liên đoàn Lao động tỉnh trao 120 suất quà “Tháng Công nhân - Vì đoàn viên” cho đoàn viên.")
    assert pairs(found) == [("Tháng Công nhân", "event"), ("Tháng Công nhân - Vì đoàn viên", "program")]


def test_a_learned_events_name_quoted_after_gifts_stays_one_program_on_its_span(resources):
    # read again with the name learned from its own quote: the quote is the program's once, not also the month's (the
    # learned name read on the quote's span went to the month by its first words; two campaigns on one span broke the
    # activity reader)
    from pipeline.extract.campaigns import with_learned

    learned = with_learned(resources, [("Tháng Công nhân - Vì đoàn viên", "program")])
    article = Article(article_id="t", source="test", title="Tháng Công nhân", lead=None,
                      paragraphs=("Công đoàn tổ chức Lễ bế mạc Tháng Công nhân năm 2026.",
                                  "Liên đoàn trao 120 suất quà “Tháng Công nhân - Vì đoàn viên” cho đoàn viên."))
    found = extract_campaigns(article, split_sentences(article), learned)
    spans = [(m.start, m.end) for c in found for m in c.mentions]
    assert len(spans) == len(set(spans))
    assert pairs(found) == [("Tháng Công nhân", "event"), ("Tháng Công nhân - Vì đoàn viên", "program")]


def test_the_union_trains_home_for_tet_are_programs(resources):
    found = campaigns(resources, "Về quê đón Tết",
                      "Công đoàn Đường sắt tổ chức “Chuyến tàu mùa xuân” đưa 1.200 công nhân về quê.",
                      "Tổng LĐLĐ tổ chức Chuyến tàu Công đoàn đưa 800 đoàn viên về quê đón Tết.",
                      "Anh lên chuyến tàu mùa xuân cuối cùng.")
    assert pairs(found) == [("Chuyến tàu mùa xuân", "program"), ("Chuyến tàu Công đoàn", "program")]


def test_the_words_a_quoted_theme_belongs_to_are_no_theme(resources):
    # "Chủ đề Tháng hành động năm nay là “...”": the month owns the theme; the quote is the theme
    found = campaigns(resources, "An toàn",
                      "Chủ đề Tháng hành động năm nay là “Tăng cường chăm sóc sức khỏe người lao động”.")
    assert [name for name, _ in pairs(found)] == ["Tăng cường chăm sóc sức khỏe người lao động"]


def test_a_fronted_event_name_ends_before_the_main_clause_and_keeps_phong_chong(resources):
    # "Hưởng ứng Tháng hành động phòng, chống ma túy, công ty tổ chức ...": "phòng, chống" is one phrase of the name;
    # a generic subject and its verb after the next comma open the main clause
    found = campaigns(resources, "Hưởng ứng",
                      "Hưởng ứng Tháng hành động phòng, chống ma túy, công ty tổ chức tuyên truyền cho công nhân.",
                      "Với chủ đề Tháng hành động vì an toàn lao động, đoàn viên đồng loạt ra quân.")
    assert pairs(found) == [("Tháng hành động phòng, chống ma túy", "event"),
                            ("Tháng hành động vì an toàn lao động", "event")]


def test_the_culture_drive_in_its_short_form_and_the_armys_campaign_are_known(resources):
    found = campaigns(resources, "Văn hóa",
                      "Công đoàn thực hiện cuộc vận động Xây dựng cơ quan, đơn vị văn hóa.",
                      "Trung đoàn triển khai cuộc vận động Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ.")
    assert pairs(found) == [("Xây dựng cơ quan, đơn vị văn hóa", "movement"),
                            ("Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ", "campaign")]


def test_a_quote_right_after_ton_vinh_or_vinh_danh_is_a_title(resources):
    found = campaigns(resources, "Tôn vinh",
                      "Công đoàn Bưu điện tôn vinh “Bưu tá tiêu biểu”.",
                      "Lễ vinh danh “Thầy thuốc trẻ tiêu biểu” diễn ra trang trọng.",
                      "Chương trình tôn vinh những “người hùng thầm lặng” trong đại dịch.")
    assert pairs(found) == [("Bưu tá tiêu biểu", "title"), ("Thầy thuốc trẻ tiêu biểu", "title")]


def test_a_contest_named_after_a_known_movement_keeps_the_group_it_is_held_in(resources):
    # "Hội thi Sáng kiến, sáng tạo trong CNVCLĐ quận": the contest's name, not the movement alone (the year dropped);
    # without a group after it the known name stays the movement's
    found = campaigns(resources, "Sáng kiến",
                      "Liên đoàn trao thưởng Hội thi Sáng kiến, sáng tạo trong công nhân viên chức lao động quận năm 2026.",
                      "Hội thi Xanh - Sạch - Đẹp trong doanh nghiệp lần thứ II diễn ra sôi nổi.",
                      "Công đoàn phát động phong trào Lao động giỏi trong công nhân.")
    assert pairs(found) == [("Sáng kiến, sáng tạo trong công nhân viên chức lao động quận", "contest"),
                            ("Xanh - Sạch - Đẹp trong doanh nghiệp", "contest"), ("Lao động giỏi", "movement")]


def test_a_verb_of_attaining_between_holder_and_qualifier_makes_no_title(resources):
    # "Hơn 1.000 CĐCS đạt vững mạnh" (a headline) says what they attained; "danh hiệu CĐCS vững mạnh" names it
    found = campaigns(resources, "Hơn 1.000 CĐCS đạt vững mạnh",
                      "Toàn tỉnh có 1.050 CĐCS đạt danh hiệu CĐCS vững mạnh, 8.500 CNVCLĐ đạt LĐ giỏi.")
    assert pairs(found) == [("CĐCS vững mạnh", "title"), ("LĐ giỏi", "title")]


def test_the_generic_patriotic_emulation_in_title_case_is_no_name(resources):
    # "phong trào Thi Đua Yêu Nước": the generic phrase written in title case (FORMAT.md: no campaign), not "Yêu Nước"
    found = campaigns(resources, "Thi đua",
                      "Các đơn vị thực hiện phong trào Thi Đua Yêu Nước và phong trào “Ngày thứ Bảy vì người lao động”.")
    assert pairs(found) == [("Ngày thứ Bảy vì người lao động", "movement")]


def test_the_first_unquoted_item_of_a_list_after_a_plural_trigger_is_a_name(resources):
    # "các phong trào thi đua: Lao động giỏi, Xanh - Sạch - Đẹp, ...": the item that opens the list before a known name
    # (README's known gap: 'Lao động giỏi' alone in an unquoted list); not a body, nor an item before a comma alone
    found = campaigns(resources, "Các phong trào",
                      "Các công đoàn cơ sở thực hiện tốt các phong trào thi đua: Lao động giỏi, Xanh - Sạch - Đẹp, Văn hóa "
                      "công sở.",
                      "Các chương trình Công đoàn Hà Nội, Tết Sum vầy được triển khai.")
    assert pairs(found) == [("Lao động giỏi", "movement"), ("Xanh - Sạch - Đẹp", "movement"),
                            ("Văn hóa công sở", "movement"), ("Tết Sum vầy", "program")]


def test_a_list_after_a_plural_trigger_and_a_colon_with_semicolons_names_each_item(resources):
    # none of the items known: each capitalized item between semicolons is a name; commas stay inside one; a lowercase
    # part ends the list; a predicate ends the last item
    found = campaigns(resources, "Các đơn vị cam kết thực hiện các phong trào thi đua: Lao động giỏi; An toàn - Vệ sinh - "
                                 "Năng suất; Văn hóa doanh nghiệp gắn với văn minh đô thị; đồng thời tham gia hội thao.",
                      "Công đoàn triển khai các chương trình: Mái ấm cho công nhân, lao động; Tết yêu thương; Bữa cơm "
                      "nghĩa tình được đoàn viên đón nhận.")
    assert pairs(found) == [
        ("Lao động giỏi", "movement"),
        ("An toàn - Vệ sinh - Năng suất", "movement"),
        ("Văn hóa doanh nghiệp gắn với văn minh đô thị", "movement"),
        ("Mái ấm cho công nhân, lao động", "program"),
        ("Tết yêu thương", "program"),
        ("Bữa cơm nghĩa tình", "program"),
    ]


def test_an_unquoted_theme_ends_where_a_verb_and_a_drives_trigger_begin_the_next_act(resources):
    found = campaigns(resources, "Năm 2026, Công đoàn Viên chức tỉnh thực hiện chủ đề Kỷ cương, liêm chính, hành động, hiệu "
                                 "quả và đẩy mạnh cuộc vận động Xây dựng cơ quan, đơn vị văn hóa.",
                      "LĐLĐ tỉnh chọn chủ đề năm 2026 là Đoàn kết, đổi mới, sáng tạo, tiếp tục thực hiện phong trào "
                      "Lao động giỏi.")
    assert pairs(found) == [
        ("Kỷ cương, liêm chính, hành động, hiệu quả", "theme"),
        ("Xây dựng cơ quan, đơn vị văn hóa", "movement"),
        ("Đoàn kết, đổi mới, sáng tạo", "theme"),
        ("Lao động giỏi", "movement"),
    ]


def test_a_second_title_after_va_shares_danh_hieu_when_written_as_a_title(resources):
    # a capital or a title's ending makes it a title; an award's form, a count and its clause, a verb do not
    found = campaigns(resources, "Hơn 1.200 đoàn viên đạt danh hiệu chiến sĩ thi đua cấp tỉnh và lao động tiên tiến.",
                      "Nhiều cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở và Lao động tiên tiến năm 2025.",
                      "Công ty đạt danh hiệu Doanh nghiệp vì người lao động và Bằng khen của Tổng LĐLĐ.",
                      "Ngành có 15 cá nhân đạt danh hiệu Chiến sĩ thi đua cấp thành phố và 2 tập thể nhận Cờ thi đua.",
                      "Anh đạt danh hiệu Công nhân giỏi và được tặng quà.")
    assert pairs(found) == [
        ("chiến sĩ thi đua cấp tỉnh", "title"),
        ("lao động tiên tiến", "title"),
        ("Chiến sĩ thi đua cơ sở", "title"),
        ("Doanh nghiệp vì người lao động", "title"),
        ("Chiến sĩ thi đua cấp thành phố", "title"),
        ("Công nhân giỏi", "title"),
    ]


def test_a_field_joined_by_va_after_the_plain_trigger_is_no_name(resources):
    """"Hội nghị tổng kết phong trào thi đua và khen thưởng năm 2025": emulation and commendation, two fields of work joined
    by "và", not a movement named "và khen thưởng"."""
    found = campaigns(resources, "Tin", "Ngày 8.1, LĐLĐ tỉnh Thái Bình tổ chức Hội nghị tổng kết phong trào thi đua và khen "
                                         "thưởng năm 2025, triển khai nhiệm vụ năm 2026.")
    assert pairs(found) == []


def test_the_unquoted_patterns_skip_only_sentences_without_the_words_every_match_holds():
    """Speed: the patterns tried at each character of every sentence name the words one of which each of their
    matches holds (``_held``), and a sentence without them is not scanned: on texts made of the patterns' own
    pieces, a text without the words has no match, and a text with them gives what the pattern itself gives."""
    import random

    from pipeline.extract.campaigns import unquoted

    pieces = ["Giải thưởng", "giải thưởng", "GIẢI THƯỞNG", "giải", "Giải  thưởng", "thưởng", "danh hiệu", "Danh hiệu",
              "danh  hiệu", "hiệu", "Năm", "năm", "Nguyễn", "Văn", "Linh", "An", "toàn", "lao", "động", "Sáng", "kiến",
              "Quỹ", "Ban", "2025", " ", ", ", ".", "“", "”", "phong trào", "Phong trào", "xây dựng", "Xây dựng", "xây",
              "cuộc vận động"]
    chooser = random.Random(11)
    assert len(unquoted._HELD) == 5  # and "phong trào xây dựng ..." (_BUILDING_DRIVE)
    for pattern, words in unquoted._HELD.items():
        for _ in range(400):
            text = " ".join(chooser.choice(pieces) for _ in range(chooser.randint(1, 9)))
            scanned = [m.span() for m in unquoted._scan(pattern, text)]
            assert scanned == [m.span() for m in pattern.finditer(text)]
            if not any(word in text for word in words):
                assert scanned == [] and pattern.search(text) is None
    assert [m.group(1) for m in unquoted._scan(unquoted._AWARD_AFTER_PERSON, "trao Giải thưởng Nguyễn Văn Linh")] \
        == ["Giải thưởng"]
    assert list(unquoted._scan(unquoted._NAMED_YEAR, "Công đoàn tổ chức hội nghị tổng kết.")) == []


def test_workers_counted_before_a_title_are_its_holders_not_part_of_its_name(resources):
    """"150 công nhân lao động giỏi": "công nhân lao động" is the ordinary word for workers; the title they hold is "lao
    động giỏi" (FORMAT.md: "85 LĐ giỏi" -> "LĐ giỏi"). A title of its own that starts with "Công nhân" keeps it."""
    found = campaigns(resources, "Tin", "Dịp này, LĐLĐ tỉnh trao Bằng khen cho 150 công nhân lao động giỏi năm 2026.",
                      "Công ty có 20 Công nhân giỏi và 30 gia đình công nhân tiêu biểu.")
    assert pairs(found) == [("lao động giỏi", "title"), ("Công nhân giỏi", "title")]


def test_the_federations_rented_rooms_program_is_named_after_its_trigger_unquoted(resources):
    """"chương trình Nhà trọ Công đoàn" (the Tổng LĐLĐ's program of rooms for workers) is a program also unquoted; the
    words in lowercase without a trigger may be the building."""
    found = campaigns(resources, "Tin", "Đơn vị này cũng đang thực hiện chương trình Nhà trọ Công đoàn cho 200 công nhân thuê trọ.",
                      "Công nhân được ở nhà trọ công đoàn với giá rẻ.")
    assert pairs(found) == [("Nhà trọ Công đoàn", "program")]


def test_a_contest_on_the_law_of_emulation_and_awards_keeps_the_comma_of_the_laws_name(resources):
    """"Luật Thi đua, khen thưởng": the comma joins one field, as in "an toàn, vệ sinh"; an online contest keeps its
    form in the name (the gold writes "trực tuyến tìm hiểu về tổ chức Công đoàn")."""
    found = campaigns(resources, "Tin", "Năm 2025, Bộ đã tổ chức thành công Cuộc thi trực tuyến tìm hiểu Luật Thi đua, khen "
                                        "thưởng với hơn 50.000 lượt người tham gia.",
                      "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025 diễn ra tại Hà Nội.")
    assert pairs(found) == [("trực tuyến tìm hiểu Luật Thi đua, khen thưởng", "contest")]


def test_a_quoted_name_right_after_quy_is_the_program_of_that_fund(resources):
    """FORMAT.md: union programs count also when written through their fund; "ủng hộ Quỹ “Vì người nghèo”" names the
    program, whatever the gazetteer knows; a scare quote further on is none."""
    found = campaigns(resources, "Tin", "Năm 2025, đoàn viên ủng hộ Quỹ \"Vì người nghèo\" hơn 2 tỷ đồng.",
                      "Quỹ hỗ trợ “nóng” cho công nhân được trao kịp thời.")
    assert pairs(found) == [("Vì người nghèo", "program")]


def test_a_quoted_title_right_after_a_bare_count_is_a_title(resources):
    """"tôn vinh 200 “Thầy thuốc trẻ tiêu biểu”": holders counted right before a quoted name written as titles are
    written (a holder and a qualifier, campaign_titles.tsv) hold that title; other counted things do not."""
    found = campaigns(resources, "Công đoàn Y tế Việt Nam tôn vinh 200 \"Thầy thuốc trẻ tiêu biểu\"",
                      "Công ty sản xuất 500 “sản phẩm xanh” mỗi tháng.")
    assert pairs(found) == [("Thầy thuốc trẻ tiêu biểu", "title")]


def test_a_level_written_without_cap_after_a_known_title_stays_in_it_when_no_place_follows(resources):
    """"danh hiệu Chiến sĩ thi đua thành phố" (the Hanoi and HCMC form of "cấp thành phố") is the title with its level;
    before a place name ("Chiến sĩ thi đua tỉnh Nghệ An") the level is the place's unit and the title stays short."""
    found = campaigns(resources, "Tin", "12 công nhân được đề nghị xét tặng danh hiệu Chiến sĩ thi đua thành phố.",
                      "Chị Hoa hai năm liền đạt danh hiệu Chiến sĩ thi đua tỉnh Nghệ An.")
    assert pairs(found) == [("Chiến sĩ thi đua thành phố", "title"), ("Chiến sĩ thi đua", "title")]


def test_a_lowercase_word_or_two_quoted_after_a_verb_of_praise_is_a_scare_quote(resources):
    """"được biểu dương là “điểm sáng”": praise in quotes, not an honour's name; honours after the same verbs are
    written as names (capitalized)."""
    found = campaigns(resources, "Tin", "Trước đó, công ty từng được biểu dương là \"điểm sáng\" trong chăm lo công nhân.",
                      "LĐLĐ tỉnh tuyên dương “Công nhân giỏi” năm 2025.")
    assert pairs(found) == [("Công nhân giỏi", "title")]


def test_a_quote_is_matched_only_against_the_known_names_of_its_first_word(resources):
    # speed: a quoted name was matched against every known and learned name to find its kind; it is tried against
    # those of its first word (the index the sentence scan uses), in their order, with the same kind found
    from dataclasses import replace

    from pipeline.extract.campaigns.quoted import _known_kind
    from pipeline.extract.campaigns.resources import by_first_word, first_word

    class Untried:
        def fullmatch(self, text):
            raise AssertionError(f"a name of another first word tried on {text!r}")

    known = tuple(k if first_word(k.form) == "túi" else replace(k, pattern=Untried()) for k in resources.known)
    learned = tuple(k for k in known if first_word(k.form) == "túi")
    narrow = replace(resources, known=known, known_by_word=by_first_word(known), learned=learned,
                     learned_by_word=by_first_word(learned))
    assert _known_kind("Túi an sinh công đoàn", narrow) == _known_kind("Túi an sinh công đoàn", resources) == "program"
    assert _known_kind("TÚI AN SINH CÔNG ĐOÀN ", narrow) == "program"
    assert _known_kind("Túi quà Tết", narrow) is None
    found = campaigns(resources, "Trao 200 suất quà của chương trình “Túi an sinh Công đoàn” cho đoàn viên khó khăn.")
    assert ("Túi an sinh Công đoàn", "program") in pairs(found)


def test_the_unquoted_patterns_skip_only_sentences_that_cannot_hold_them(resources):
    # speed: the patterns that begin with a lookbehind (tried at every character) scan a sentence only when its lower
    # case holds a word each of their matches holds; on every sentence they find what a full scan finds
    from pipeline.extract.campaigns import unquoted
    from pipeline.extract.campaigns.resources import UNQUOTED_HELD
    from conftest import CORPUS

    scans = [(resources.title_re, resources.title_first_words), (resources.event_re, resources.event_first_words),
             (resources.unquoted_re, UNQUOTED_HELD), (unquoted._PLAIN_DRIVE, unquoted._PLAIN_DRIVE_HELD),
             (unquoted._CAPITALIZED_AFTER_TRIGGER, unquoted._CAPITALIZED_AFTER_TRIGGER_HELD),
             (unquoted._THEME, unquoted._THEME_HELD)]
    probes = ["TUYÊN DƯƠNG 20 CHIẾN SĨ THI ĐUA CƠ SỞ", "PHONG TRÀO THI ĐUA LAO ĐỘNG GIỎI", "Chủ đề năm 2025 là: Đổi mới",
              "HỘI THI AN TOÀN VỆ SINH VIÊN GIỎI", "Phong trào Xanh - Sạch - Đẹp", "Chương trình Phúc lợi đoàn viên",
              "phong trào xây dựng gia đình tiêu biểu", "Đoàn viên được tặng quà.", ""]
    texts = probes + [line for path in sorted(CORPUS.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    scanned = 0
    for pattern, held in scans:
        assert held
        for text in texts:
            found = [m.span() for m in unquoted._scan_any_case(pattern, text, held)]
            assert found == [m.span() for m in pattern.finditer(text)], (pattern.pattern[:40], text[:60])
            scanned += bool(found)
    assert scanned >= 10
    assert [m.span() for m in unquoted._scan(unquoted._BUILDING_DRIVE, "Phong trào xây dựng nếp sống")] == [(0, 11)]
    assert list(unquoted._scan_any_case(resources.title_re, "Đoàn viên được tặng quà.", ("chiến",))) == []


def test_a_headline_names_the_bodys_contest_by_its_head_and_name(resources):
    # a lowercase name closing a headline is no name on its own; the body's "Hội thi X năm 2026" makes it one, and the
    # headline's "Hội thi X" is a mention of it (one contest, not an extra unnamed one)
    found = campaigns(resources, "Công đoàn Công ty Than Hà Lầm tổ chức Hội thi tay nghề công nhân",
                      "Ngày 9/3, Công đoàn Công ty Than Hà Lầm tổ chức Hội thi tay nghề công nhân năm 2026.")
    assert pairs(found) == [("tay nghề công nhân", "contest")]
    assert [m.sentence_index for m in found[0].mentions] == [0, 1]


def test_a_sentences_own_capital_does_not_make_a_known_phrase_a_name(resources):
    # "Ký kết thỏa ước lao động tập thể" is a known program only where the text treats it as a name; opening a headline
    # or a lead, its capital is the sentence's (the signing of an agreement is no campaign). After a trigger it is one.
    opening = campaigns(resources, "Ký kết thỏa ước lao động tập thể nhóm doanh nghiệp ngành dệt may",
                        "(LĐTĐ) Vì sức khỏe người lao động, Công đoàn ngành tổ chức khám bệnh cho 500 công nhân.")
    named = campaigns(resources, "Tin", "Công đoàn ngành triển khai chương trình Ký kết thỏa ước lao động tập thể.")
    assert pairs(opening) == []
    assert pairs(named) == [("Ký kết thỏa ước lao động tập thể", "program")]


def test_a_headlines_contest_and_the_bodys_with_its_group_and_place_are_one_contest(resources):
    # FORMAT keeps an unquoted contest's place: the body's "... về công nhân, công đoàn tỉnh Bình Dương lần thứ III"
    # names the headline's "... về công nhân lần thứ III" in full; a press award is a contest too
    found = campaigns(resources, "Phát động Cuộc thi sáng tác ca khúc về công nhân lần thứ III",
                      "Ngày 4/3, Liên đoàn Lao động tỉnh Bình Dương phát động Cuộc thi sáng tác ca khúc về công nhân, công đoàn "
                      "tỉnh Bình Dương lần thứ III năm 2026. Liên đoàn Lao động tỉnh công bố kết quả Giải báo chí viết về "
                      "công nhân, công đoàn tỉnh Bình Dương năm 2025.")
    assert pairs(found) == [("sáng tác ca khúc về công nhân, công đoàn tỉnh Bình Dương", "contest"),
                            ("Giải báo chí viết về công nhân, công đoàn tỉnh Bình Dương", "contest")]
    assert [m.sentence_index for m in found[0].mentions] == [0, 1]


def test_known_names_are_compiled_when_first_tried(resources):
    # speed: a known or learned name's pattern is compiled when a sentence holding its words first tries it, not when
    # the resources are read (a build tries a part of them); it finds what the compiled pattern finds
    from pipeline.extract.campaigns.resources import LazyFlexible, flexible, learned_names

    lazy = LazyFlexible("Văn hóa công sở")
    assert lazy == LazyFlexible("Văn hóa công sở") and hash(lazy) == hash(LazyFlexible("Văn hóa công sở"))
    text = "Hưởng ứng phong trào văn hoá công sở, VĂN HÓA - CÔNG SỞ."
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in flexible("Văn hóa công sở").finditer(text)]
    assert len([*lazy.finditer(text)]) == 2 and lazy.fullmatch("văn hoá  công sở") is not None
    before = flexible.cache_info().misses
    learned_names([("Tháng công nhân chưa từng thấy", "event")])
    assert flexible.cache_info().misses == before  # nothing compiled when the name is learned


def test_a_capitalized_name_goes_on_past_the_members_written_as_one_phrase(resources):
    """"Cuộc vận động Xây dựng đội ngũ công nhân, viên chức, lao động vững mạnh được ... triển khai": the union's members
    written out ("công nhân, viên chức, lao động", CNVCLĐ) are one phrase inside the name, which ends where the predicate
    begins."""
    found = campaigns(resources, "Tổng kết",
                      "Cuộc vận động Xây dựng đội ngũ công nhân, viên chức, lao động vững mạnh được các cấp công đoàn triển "
                      "khai tích cực.")
    assert pairs(found) == [("Xây dựng đội ngũ công nhân, viên chức, lao động vững mạnh", "campaign")]


def test_a_drive_of_production_work_written_without_quotes_is_a_description(resources):
    """"đẩy mạnh phong trào thi đua lao động sản xuất, bảo đảm an toàn lao động": what the drive is about, in words every
    plan uses, not a name (FORMAT: descriptive, unnamed drives are no campaigns); quoted, a theme of that wording is one."""
    found = campaigns(resources, "Tin",
                      "Ông Trần Ngọc Thuận yêu cầu các đơn vị đẩy mạnh phong trào thi đua lao động sản xuất, bảo đảm an toàn "
                      "lao động.", "Với phương châm “Khỏe để lao động sản xuất”, Công đoàn khám sức khỏe cho công nhân.")
    assert pairs(found) == [("Khỏe để lao động sản xuất", "theme")]


def test_a_comma_between_words_a_known_name_writes_with_a_space_parts_the_sentence_not_the_name(resources):
    """"Trong 6 tháng, công nhân Công ty đã đề xuất 560 sáng kiến" holds no "Tháng Công nhân": the gazetteer's name has a
    space there, and a comma in the text ends a phrase. Where the name parts its aims with a dash or a comma, any of the
    three still joins them ("Xanh, sạch, đẹp" is "Xanh - Sạch - Đẹp")."""
    assert campaigns(resources, "Tin", "Trong 6 tháng, công nhân Công ty đã đề xuất 560 sáng kiến.") == ()
    found = campaigns(resources, "Tin", "Công đoàn Công ty đẩy mạnh phong trào Xanh, sạch, đẹp.")
    assert [c.name for c in found] == ["Xanh, sạch, đẹp"]
