"""People: real sentences in, the named persons of the story with title and organization out."""
from __future__ import annotations

import pytest

from pipeline.extract import organizations, people
from pipeline.records import Article
from pipeline.text import split_sentences


@pytest.fixture(scope="module")
def resources():
    return organizations.load_resources(), people.load_resources()


def persons(resources, *paragraphs: str, author: str | None = None):
    article = Article(article_id="t", source="test", title=paragraphs[0], lead=None, paragraphs=paragraphs[1:], author=author)
    sentences = split_sentences(article)
    found_orgs = organizations.extract_organizations(article, sentences, resources[0])
    found = people.extract_people(article, sentences, found_orgs, resources[1])
    org_names = {o.name for o in found_orgs}
    for person in found:
        assert person.organization is None or person.organization in org_names
        for span in person.mentions:
            assert article.text[span.start:span.end] == span.text
    return found


def facts(found) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.organization) for p in found]


def test_title_and_organization_written_before_the_name(resources):
    found = persons(resources, "(LĐTĐ) Phó Chủ tịch Liên đoàn Lao động quận Ba Đình Nguyễn Đức Vinh đã phát động phong trào thi "
                               "đua trong công nhân viên chức lao động quận năm 2021.")
    assert facts(found) == [("Nguyễn Đức Vinh", "Phó Chủ tịch", "Liên đoàn Lao động quận Ba Đình")]


def test_several_offices_after_a_dash_the_last_goes_with_its_organization(resources):
    found = persons(resources, "Đồng chí Nguyễn Thị Tuyến – Uỷ viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam, Uỷ viên Ban Thường vụ "
                               "Thành uỷ, Chủ tịch LĐLĐ Thành phố chủ trì hội thảo.",
                    "Hội thảo có sự tham gia của LĐLĐ thành phố Hà Nội.")
    assert facts(found) == [("Nguyễn Thị Tuyến", "Chủ tịch", "Liên đoàn Lao động thành phố Hà Nội")]


def test_several_offices_after_a_comma(resources):
    found = persons(resources, "Dự có đồng chí Nguyễn Phi Thường, Ủy viên Ban chấp hành Tổng Liên đoàn Lao động Việt Nam, Thành "
                               "ủy viên, Chủ tịch Liên đoàn Lao động Thành phố Hà Nội.")
    assert facts(found) == [("Nguyễn Phi Thường", "Chủ tịch", "Liên đoàn Lao động thành phố Hà Nội")]


def test_honorific_and_back_reference_by_given_name(resources):
    found = persons(resources, "Anh Bàng Trúc Lâm - kỹ thuật viên Phân xưởng bao mềm Cty Thuốc lá Thăng Long (thuộc CĐ ngành Công "
                               "Thương Việt Nam) là một trong số 70 người được tôn vinh lần này.",
                    "Nhưng đặc biệt, anh Lâm không chỉ trau dồi kỹ năng nghề nghiệp cho bản thân mà còn kèm cặp, đào tạo 300 CNLĐ.")
    assert [(p.name, p.organization, len(p.mentions)) for p in found] == [("Bàng Trúc Lâm", "Công ty Thuốc lá Thăng Long", 2)]


def test_ong_with_title_after_a_comma(resources):
    found = persons(resources, "Ông Trương Văn Hiền, Chủ tịch LĐLĐ tỉnh Tiền Giang thăm hỏi và tặng quà cho anh Đặng Phúc Nhiên, "
                               "một trong những công nhân bị tai nạn lao động.")
    assert [p.name for p in found] == ["Trương Văn Hiền", "Đặng Phúc Nhiên"]
    assert (found[0].title, found[0].organization) == ("Chủ tịch", "Liên đoàn Lao động tỉnh Tiền Giang")


def test_byline_award_historical_and_organ_words_are_not_people(resources):
    found = persons(resources,
                    "Giải thưởng Nguyễn Đức Cảnh là đỉnh cao của phong trào thi đua “Lao động giỏi, lao động sáng tạo”.",
                    "Giải thưởng được Đoàn Chủ tịch Tổng LĐLĐ Việt Nam quyết định trao tặng.",
                    "Tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
                    "Các đơn vị trong Cụm thi đua gồm LĐLĐ thành phố Hà Nội, LĐLĐ tỉnh Thái Bình.",
                    "Đỗ Đạt",
                    author="Mai Quý")
    assert found == ()


def test_a_historical_figure_after_his_title_is_a_person(resources):
    # the same name in an award's name is no person (test above); after "Chủ tịch" it is the man himself
    found = persons(resources, "Công nhân Thành phố Hồ Chí Minh nói riêng cùng tự hào về người anh cả của giai cấp công nhân "
                               "Việt Nam. Đó là Chủ tịch Tôn Đức Thắng, Bác Tôn của chúng ta.",
                    "Giải thưởng Tôn Đức Thắng năm nay được trao cho 11 cá nhân.")
    assert facts(found) == [("Tôn Đức Thắng", "Chủ tịch", None)]


def test_a_country_written_like_a_name_is_no_person(resources):
    # "Hàn" is a family name, "Hàn Quốc" is Korea: the investor's country of a company
    found = persons(resources, "Nhiều tháng nay, CNLĐ Công ty TNHH Sunny Gloves (100% vốn Hàn Quốc, chuyên dệt găng tay) bị nợ lương.",
                    "Ông Hàn Văn Minh, Chủ tịch Công đoàn công ty, cho biết đã báo cáo LĐLĐ tỉnh.")
    assert [p.name for p in found] == ["Hàn Văn Minh"]


def test_a_rare_family_name(resources):
    found = persons(resources, "Dự hội nghị có các Phó Chủ tịch Tổng LĐLĐ Việt Nam: Phan Văn Anh, Ngọ Duy Hiểu và Thái Thu Xương.")
    assert "Ngọ Duy Hiểu" in [p.name for p in found]


def test_a_name_after_a_title_and_its_organization(resources):
    # "[title] [organization] name": the family name there starts a name, whatever words the syllables also make
    found = persons(resources, "Phó Chủ tịch LĐLĐ tỉnh Cao Bằng Hà Nhật Lệ cho biết: “Hưởng ứng lời kêu gọi của Đoàn Chủ tịch TLĐ.")
    assert facts(found) == [("Hà Nhật Lệ", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Cao Bằng")]
    found = persons(resources, "Giám đốc Sở Tư pháp Viên Hồng Tiến: Tăng cường công tác giáo dục chính trị")
    assert facts(found) == [("Viên Hồng Tiến", "Giám đốc", "Sở Tư pháp")]


def test_author_named_in_the_text_is_not_a_person_of_the_story(resources):
    found = persons(resources, "Phó Chủ tịch Liên đoàn Lao động Thành phố Lê Đình Hùng phát biểu tại hội nghị. (Ảnh: Mai Quý)",
                    author="Mai Quý")
    assert facts(found) == [("Lê Đình Hùng", "Phó Chủ tịch", "Liên đoàn Lao động thành phố")]


def test_a_province_written_without_its_dash_is_no_person():
    """laodongthudo_003: "LĐLĐ huyện Côn Đảo, tỉnh Bà Rịa Vũng tàu" - "Bà" opens the province, not a woman's name."""
    from pipeline.extract import load_resources
    from pipeline.extract.people import extract_people
    from pipeline.records import Article
    from pipeline.text import split_sentences

    text = ("Tại hội nghị, các đơn vị trong Cụm thi đua số 1 đã cùng việc trao đổi kinh nghiệm trong hoạt động "
            "với LĐLĐ huyện Côn Đảo, tỉnh Bà Rịa Vũng tàu.")
    article = Article(article_id="t", source="laodongthudo.vn", title="Tiêu đề", lead=text, paragraphs=())
    assert extract_people(article, split_sentences(article), (), load_resources().people) == ()


def test_title_abbreviated_organization_then_the_name(resources):
    # issue 15: the place "Gia Lâm" ends in "Lâm", a family name too; the name starts where a word does
    found = persons(resources, "Chủ tịch LĐLĐ huyện Gia Lâm Trần Văn Nam phát biểu tại hội nghị tổng kết phong trào thi đua.")
    assert facts(found) == [("Trần Văn Nam", "Chủ tịch", "Liên đoàn Lao động huyện Gia Lâm")]


def test_a_name_the_tokenizer_ran_into_the_next_verb_is_still_a_name_but_an_office_is_not(resources):
    found = persons(resources, "Trao bằng khen", "Phó Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Xuân Hùng và Phó Bí thư Thành ủy TPHCM Đặng Minh Thông "
                      "trao bằng khen. Ban Chấp hành, Đoàn Chủ tịch họp.")
    assert [(p.name, p.title) for p in found] == [("Nguyễn Xuân Hùng", "Phó Chủ tịch"), ("Đặng Minh Thông", "Phó Bí thư")]


def test_an_office_whose_last_words_begin_the_organizations_name(resources):
    # "(Chủ tịch Công đoàn Công ty ...)": the union's name starts inside the title the list of titles matched;
    # "Trưởng" alone is no title, so "Trưởng Ban" keeps its word
    found = persons(resources, "Tin", "Dự lễ có bà Lê Thị Cúc (Chủ tịch Công đoàn Công ty TNHH Hoàng Gia) và bà Bùi Thị "
                                      "Minh Hoài, Trưởng Ban Dân vận Trung ương.")
    assert facts(found) == [("Lê Thị Cúc", "Chủ tịch", "Công đoàn Công ty TNHH Hoàng Gia"),
                            ("Bùi Thị Minh Hoài", "Trưởng Ban", "Ban Dân vận Trung ương")]


def test_a_department_head_written_before_the_body_and_the_name(resources):
    # the same office as the after-name form: the department's head names the department, then its body, then the
    # person ("Trưởng phòng Tổ chức Công ty X <name>"), or the department is read as the organization ("Trưởng ban
    # Dân vận Tỉnh ủy X <name>")
    found = persons(resources, "Tin", "Trưởng phòng Tổ chức Công ty Điện lực Thanh Xuân Đỗ Văn Hải cho biết. Trưởng ban Dân "
                                      "vận Tỉnh ủy Quảng Nam Nguyễn Văn Hùng phát biểu.")
    assert facts(found) == [("Đỗ Văn Hải", "Trưởng phòng Tổ chức", "Công ty Điện lực Thanh Xuân"),
                            ("Nguyễn Văn Hùng", "Trưởng ban", "Ban Dân vận Tỉnh ủy Quảng Nam")]


def test_an_office_after_the_name_ends_at_cung_and_a_body_named_in_the_title_is_its_organization(resources):
    # "cùng" (together with) opens the next party of the sentence, whose plural office is not the person's;
    # "Chủ tịch Quốc hội" is one listed title whose last word is the body itself
    found = persons(resources, "Tin", "Tham dự có bà Trần Thị Mai - Chủ tịch Công đoàn Trường THPT Chu Văn An cùng các giáo "
                                      "viên nhà trường. Bà Nguyễn Thị Thu Hà, Phó Chủ tịch Quốc hội, dự lễ.")
    assert facts(found) == [("Trần Thị Mai", "Chủ tịch", "Công đoàn Trường THPT Chu Văn An"),
                            ("Nguyễn Thị Thu Hà", "Phó Chủ tịch", "Quốc hội")]


def test_a_former_office_keeps_nguyen_in_the_title(resources):
    # "nguyên" marks the office a person held before; the title is kept as written (development gold other_012)
    found = persons(resources, "Tin", "Ông Nguyễn Văn Nam, nguyên Chủ tịch LĐLĐ tỉnh Nghệ An, dự lễ. Nguyên Phó Chủ tịch UBND "
                                      "tỉnh Nghệ An Lê Văn Hà phát biểu.")
    assert facts(found) == [("Nguyễn Văn Nam", "nguyên Chủ tịch", "Liên đoàn Lao động tỉnh Nghệ An"),
                            ("Lê Văn Hà", "Nguyên Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")]


def test_an_aside_in_parentheses_after_the_name_comes_before_the_office(resources):
    # worker portraits give age, year of birth or home town in parentheses, then the office
    found = persons(resources, "Tin", "Anh Nguyễn Văn Tùng (32 tuổi, quê Thanh Hóa), công nhân Công ty TNHH Giày Adora Việt "
                                      "Nam, cho biết. Chị Lê Thị Hoa (SN 1985) là công nhân Công ty CP May Hà Nam.")
    assert facts(found) == [("Nguyễn Văn Tùng", "công nhân", "Công ty TNHH Giày Adora Việt Nam"),
                            ("Lê Thị Hoa", "công nhân", "Công ty cổ phần May Hà Nam")]


def test_an_office_then_a_dash_and_an_honorific_introduces_the_holder(resources):
    # "Chủ tịch <body> - bà <name>": the office comes first, the holder after a dash
    found = persons(resources, "Tin", "Chủ tịch Công đoàn Công ty TNHH Hoàng Gia - bà Lê Thị Cúc cho biết.")
    assert facts(found) == [("Lê Thị Cúc", "Chủ tịch", "Công đoàn Công ty TNHH Hoàng Gia")]


def test_a_district_department_written_in_lowercase_after_truong(resources):
    # "Trưởng phòng <sector> huyện X": the lowercase "phòng" of the title is the district's public department
    found = persons(resources, "Tin", "Tham dự có bà Trần Thị Hà, Trưởng phòng Lao động - Thương binh và Xã hội huyện Nghi "
                                      "Lộc và ông Lê Văn Bình, Phó trưởng phòng Nội vụ quận Hoàng Mai.")
    assert facts(found) == [("Trần Thị Hà", "Trưởng phòng", "Phòng Lao động - Thương binh và Xã hội huyện Nghi Lộc"),
                            ("Lê Văn Bình", "Phó trưởng phòng", "Phòng Nội vụ quận Hoàng Mai")]


def test_a_bare_cong_ty_after_the_office_is_the_company_of_the_story(resources):
    # union news names the company once and then writes "Giám đốc ... Công ty"; an office in the company's union
    # ("Chủ tịch CĐCS Công ty") is not the company's
    found = persons(resources, "Tin", "(LĐTĐ) Đoàn công tác đã đến thăm Công ty TNHH Pouchen Việt Nam. Tiếp đoàn có ông Trần "
                                      "Văn Lâm, Giám đốc Nhân sự Công ty. Theo bà Nguyễn Thị Lan, Chủ tịch CĐCS Công ty, năm nay "
                                      "công đoàn đã tổ chức nhiều hoạt động.")
    assert facts(found) == [("Trần Văn Lâm", "Giám đốc Nhân sự", "Công ty TNHH Pouchen Việt Nam"),
                            ("Nguyễn Thị Lan", "Chủ tịch CĐCS Công ty", None)]


def test_a_name_after_an_academic_degree(resources):
    # underthesea runs "TS." into the name ("TS. Hoàng Minh Đức" is one word): the degree introduces the name
    found = persons(resources, "Tiêu đề bài báo", "Tham dự có TS. Hoàng Minh Đức, Hiệu trưởng Trường Đại học Thái Bình; "
                                                  "PGS.TS Lê Văn Nam và ThS. Trần Thị Hà.")
    assert [p.name for p in found] == ["Hoàng Minh Đức", "Lê Văn Nam", "Trần Thị Hà"]
    assert facts(found)[0] == ("Hoàng Minh Đức", "Hiệu trưởng", "Trường Đại học Thái Bình")


def test_the_offices_after_a_name_end_where_the_sentence_goes_on_in_lowercase(resources):
    # offices follow a name one after another with commas; a lowercase clause after a comma is the sentence going
    # on, and an occupation written there ("đoàn viên") is not the person's; "làm trưởng đoàn" is what he does
    found = persons(resources, "Tin", "Theo ông Trương Công Minh Hoàng, Chủ tịch CĐCS Trường Mầm non Hoa Sữa, nhà trường có 40 "
                                      "đoàn viên. Đoàn công tác do đồng chí Phan Văn Anh, Phó Chủ tịch Tổng LĐLĐ Việt Nam làm "
                                      "trưởng đoàn đã đến thăm công nhân. Dự có ông Nguyễn Văn Tấn, Phó Trưởng phòng Phòng điều "
                                      "độ, Công ty Truyền tải điện 4.")
    assert facts(found) == [("Trương Công Minh Hoàng", "Chủ tịch", "Công đoàn cơ sở Trường Mầm non Hoa Sữa"),
                            ("Phan Văn Anh", "Phó Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam"),
                            ("Nguyễn Văn Tấn", "Phó Trưởng phòng Phòng điều độ", "Công ty Truyền tải điện 4")]


def test_an_office_opens_its_piece_of_the_list_after_the_name(resources):
    # "công nhân" after the verb is whom she visits, not an office of hers; "kiêm" joins two offices of one person
    found = persons(resources, "Tin", "Bà Nguyễn Thị Lan, Chủ tịch Công đoàn Công ty TNHH Pouchen Việt Nam thăm hỏi công nhân. "
                                      "Bà Lê Thị Mai, Phó Chủ tịch Thường trực kiêm Trưởng ban Nữ công LĐLĐ tỉnh Bình Dương phát "
                                      "biểu.")
    assert facts(found) == [("Nguyễn Thị Lan", "Chủ tịch", "Công đoàn Công ty TNHH Pouchen Việt Nam"),
                            ("Lê Thị Mai", "Trưởng ban Nữ công", "Liên đoàn Lao động tỉnh Bình Dương")]


def test_a_deputy_named_after_the_head_of_the_same_body_holds_the_office_there(resources):
    # the body is named once for its head and a deputy of the same office joined by "và"; another office ("Phó Thủ
    # tướng") is no deputy of the federation
    found = persons(resources, "Tin", "Tham dự có Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang và Phó Chủ tịch Thường trực Thái "
                                      "Thu Xương. Chủ tịch LĐLĐ quận Long Biên Nguyễn Thị Hà và Phó Thủ tướng Lê Văn Thành dự lễ.")
    assert facts(found) == [("Nguyễn Đình Khang", "Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam"),
                            ("Thái Thu Xương", "Phó Chủ tịch Thường trực", "Tổng Liên đoàn Lao động Việt Nam"),
                            ("Nguyễn Thị Hà", "Chủ tịch", "Liên đoàn Lao động quận Long Biên"),
                            ("Lê Văn Thành", "Phó Thủ tướng", None)]


def test_rarer_family_names_start_a_name(resources):
    # family names of the north and of ethnic minorities (Kha, Đàm, Quàng, Tống ...) as union news prints them
    found = persons(resources, "Tin", "Chủ tịch LĐLĐ tỉnh Nghệ An Kha Văn Tám trao quà cho công nhân. Tham dự có ông Đàm Văn "
                                      "Hưng, Chủ tịch LĐLĐ huyện Thanh Trì và bà Quàng Thị Mai.")
    assert facts(found) == [("Kha Văn Tám", "Chủ tịch", "Liên đoàn Lao động tỉnh Nghệ An"),
                            ("Đàm Văn Hưng", "Chủ tịch", "Liên đoàn Lao động huyện Thanh Trì"),
                            ("Quàng Thị Mai", None, None)]


def test_the_officer_leading_a_bodys_delegation_holds_the_office_in_that_body(resources):
    found = persons(resources, "Tin", "Ngày 3/6, Đoàn công tác LĐLĐ thành phố Hà Nội do Phó Chủ tịch Phạm Quang Thanh dẫn đầu đã "
                                      "trao Mái ấm Công đoàn. Đoàn công tác Tổng LĐLĐ Việt Nam do Phó Chủ tịch Ngọ Duy Hiểu làm "
                                      "trưởng đoàn đã làm việc với tỉnh.")
    assert facts(found) == [("Phạm Quang Thanh", "Phó Chủ tịch", "Liên đoàn Lao động thành phố Hà Nội"),
                            ("Ngọ Duy Hiểu", "Phó Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam")]


def test_a_profession_before_the_name_gives_way_to_the_office_after_it(resources):
    # "bác sĩ" is how the doctor is addressed; the office and its body follow the name (development gold nld_021)
    found = persons(resources, "Tin", "Tham dự có bác sĩ Tôn Thất Minh Quang, Giám đốc Bệnh viện Trung ương Huế. Bác sĩ Lê Văn "
                                      "Hùng chia sẻ kinh nghiệm.")
    assert facts(found) == [("Tôn Thất Minh Quang", "Giám đốc", "Bệnh viện Trung ương Huế"), ("Lê Văn Hùng", "Bác sĩ", None)]


def test_a_departments_two_fields_joined_by_a_dash_stay_in_the_title(resources):
    # companies name departments by two fields ("Hành chính - Nhân sự"); the dash is no end of the office
    found = persons(resources, "Tin", "Theo bà Hoàng Thị Ngọc Lan, Trưởng phòng Hành chính - Nhân sự Công ty TNHH Meiko "
                                      "Electronics Việt Nam, công ty có 5.000 lao động.")
    assert facts(found) == [("Hoàng Thị Ngọc Lan", "Trưởng phòng Hành chính - Nhân sự", "Công ty TNHH Meiko Electronics Việt Nam")]


def test_a_department_of_two_fields_before_its_company_and_the_name(resources):
    found = persons(resources, "Tin", "Trưởng phòng Hành chính - Nhân sự Công ty TNHH Meiko Việt Nam Nguyễn Thị Lan cho biết, "
                                      "công ty có 5.000 lao động.")
    assert facts(found) == [("Nguyễn Thị Lan", "Trưởng phòng Hành chính - Nhân sự", "Công ty TNHH Meiko Việt Nam")]


def test_a_korean_given_name_keeps_its_hyphenated_syllables(resources):
    # union news names the directors of Korean firms with a hyphenated given name; a dash run into a title is no name
    found = persons(resources, "Tin", "Ông Park Ji-sung, Tổng Giám đốc Công ty TNHH Hyosung Việt Nam, cho biết công ty sẽ "
                                      "tăng lương. Ông Nguyễn Văn Nam-Chủ tịch Công đoàn công ty cũng dự.")
    assert [p.name for p in found] == ["Park Ji-sung", "Nguyễn Văn Nam"]
    assert facts(found)[0] == ("Park Ji-sung", "Tổng Giám đốc", "Công ty TNHH Hyosung Việt Nam")


def test_a_national_bodys_short_name_in_brackets_after_viet_nam_is_its_later_name(resources):
    # "Công đoàn Viên chức Việt Nam (CĐVC VN)": the short name defined after the country is used for the body later
    found = persons(resources, "Tin", "(LĐTĐ) Công đoàn Viên chức Việt Nam (CĐVC VN) trao 150 suất quà. Tham dự có đồng chí "
                                      "Vũ Minh Tiến, Chủ tịch CĐVC VN.")
    assert facts(found) == [("Vũ Minh Tiến", "Chủ tịch", "Công đoàn Viên chức Việt Nam")]


def test_an_officer_acting_on_behalf_of_a_body_holds_the_office_in_it(resources):
    # "Thay mặt Ban Thường vụ LĐLĐ huyện, Phó Chủ tịch Thường trực X trao ...": the body is named once, for the act
    found = persons(resources, "Tin", "(LĐTĐ) Chiều 20/4, LĐLĐ huyện Gia Lâm tổ chức biểu dương. Thay mặt Ban Thường vụ LĐLĐ "
                                      "huyện, Phó Chủ tịch Thường trực Ngô Thị Thu Trang trao bằng khen cho 50 công nhân.")
    assert facts(found) == [("Ngô Thị Thu Trang", "Phó Chủ tịch Thường trực", "Liên đoàn Lao động huyện Gia Lâm")]


def test_the_deputy_head_of_a_national_assembly_delegation(resources):
    # "Phó Trưởng đoàn" is the office ("Trưởng Đoàn" alone was read), in the delegation named after it
    found = persons(resources, "Tin", "(LĐTĐ) Ông Nguyễn Văn Hùng, Phó Trưởng Đoàn ĐBQH tỉnh Nghệ An, phát biểu.")
    assert facts(found) == [("Nguyễn Văn Hùng", "Phó Trưởng Đoàn", "Đoàn đại biểu Quốc hội tỉnh Nghệ An")]


def test_offices_of_the_central_bank_state_groups_and_the_armed_forces(resources):
    # union news names these officers at its ceremonies; with no office read they got no title and no organization
    # (development gold other_062: "Chủ tịch Hội đồng thành viên Tổ chức tài chính vi mô CEP Hoàng Văn Thành")
    found = persons(resources, "Tin", "(LĐTĐ) Dự có ông Đào Minh Tú, Phó Thống đốc Ngân hàng Nhà nước Việt Nam; Thiếu tướng "
                                      "Lê Văn Hùng, Chính ủy Bộ đội Biên phòng tỉnh Quảng Ninh; ông Đặng Huy Đông, Chủ tịch "
                                      "HĐTV Tổng Công ty Điện lực miền Bắc.")
    assert facts(found) == [("Đào Minh Tú", "Phó Thống đốc", "Ngân hàng Nhà nước Việt Nam"),
                            ("Lê Văn Hùng", "Chính ủy", "Bộ đội Biên phòng tỉnh Quảng Ninh"),
                            ("Đặng Huy Đông", "Chủ tịch HĐTV", "Tổng Công ty Điện lực miền Bắc")]


def test_an_office_whose_last_word_opens_the_body_before_the_name(resources):
    # "Trưởng Ban" + "Ban Tuyên giáo và Dân vận TP Đà Nẵng", "Phó Trưởng Đoàn" + "Đoàn ĐBQH tỉnh Nghệ An": the name
    # after them was lost where the tokenizer ran it into the verb ("Dung dự"), or got no office
    found = persons(resources, "Tin", "(LĐTĐ) Trưởng Ban Tuyên giáo và Dân vận TP Đà Nẵng Huỳnh Thị Thùy Dung dự. Phó Trưởng "
                                      "Đoàn ĐBQH tỉnh Nghệ An Trần Thị Thùy Dung cũng dự.")
    assert facts(found) == [("Huỳnh Thị Thùy Dung", "Trưởng Ban", "Ban Tuyên giáo và Dân vận thành phố Đà Nẵng"),
                            ("Trần Thị Thùy Dung", "Phó Trưởng Đoàn", "Đoàn đại biểu Quốc hội tỉnh Nghệ An")]


def test_an_officer_acting_on_behalf_of_a_body_holds_the_office_there_a_delegate_does_not(resources):
    # "Thay mặt <body>, đồng chí X, <office>": the office, written with no body, is in the body acted for (also right
    # after the paper's tag); "Thừa ủy quyền của Chủ tịch UBND ..." makes X a delegate, no officer of the committee
    found = persons(resources, "Tin", "(LĐTĐ) Thay mặt Ban Thường vụ LĐLĐ tỉnh Bắc Ninh, đồng chí Nguyễn Thị Hương, Phó Chủ tịch "
                                      "Thường trực trao quà. Thay mặt LĐLĐ tỉnh Bắc Ninh, Phó Chủ tịch Lê Văn Nam phát biểu. "
                                      "Thừa ủy quyền của Chủ tịch UBND tỉnh Bắc Ninh, Phó Chủ tịch Thường trực Trần Văn Hải trao "
                                      "Bằng khen.")
    assert facts(found) == [("Nguyễn Thị Hương", "Phó Chủ tịch Thường trực", "Liên đoàn Lao động tỉnh Bắc Ninh"),
                            ("Lê Văn Nam", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Bắc Ninh"),
                            ("Trần Văn Hải", "Phó Chủ tịch Thường trực", None)]


def test_the_head_of_government_is_titled_with_the_government_which_is_no_body(resources):
    # "Thủ tướng Chính phủ Phạm Minh Chính": "Chính phủ" after the office is no body (FORMAT), and the name had no title
    found = persons(resources, "Tin", "(LĐTĐ) Thủ tướng Chính phủ Phạm Minh Chính và Phó Thủ tướng Chính phủ Lê Thành Long gửi thư "
                                      "chúc mừng.")
    assert facts(found) == [("Phạm Minh Chính", "Thủ tướng Chính phủ", None), ("Lê Thành Long", "Phó Thủ tướng Chính phủ", None)]


def test_a_place_ending_in_a_family_name_closes_the_body_before_its_officer(resources):
    # "Bắc Ninh Nguyễn Văn Hòa": "Ninh" is a family name, so the body was cut to "... Bắc" and the person read as
    # "Ninh Nguyễn Văn Hòa"; "Vinh dự" (honour) ran the verb "dự" into the university's name
    found = persons(resources, "Tin", "(LĐTĐ) Theo Chủ tịch Công đoàn Khu công nghiệp Bắc Ninh Nguyễn Văn Hòa, năm 2024 có 200 "
                                      "CĐCS. PGS.TS Lê Văn Hùng, Hiệu trưởng Trường Đại học Vinh dự lễ.")
    assert facts(found) == [("Nguyễn Văn Hòa", "Chủ tịch", "Công đoàn Khu công nghiệp Bắc Ninh"),
                            ("Lê Văn Hùng", "Hiệu trưởng", "Trường Đại học Vinh")]


def test_a_venue_named_after_a_person_and_offices_that_end_at_a_verb(resources):
    # "tại Nhà thi đấu Trịnh Hoài Đức" named a hall, not a person of the story; "Tổng Giám đốc Công ty cho biết," ran the
    # title on to the verb before a comma, and "Chủ tịch HĐTV Tập đoàn ghi nhận ..." to the end of the sentence
    found = persons(resources, "Tin", "(LĐTĐ) Sáng 15/3, tại Nhà thi đấu Trịnh Hoài Đức, Công đoàn Viên chức thành phố Hà Nội khai "
                                      "mạc Hội thao công nhân viên chức. Công ty TNHH Điện tử Samsung trao quà; ông Kim Min Soo, Tổng "
                                      "Giám đốc Công ty cho biết, đơn vị sẽ tăng lương. Ông Ngô Hoàng Ngân, Chủ tịch HĐTV Tập đoàn "
                                      "ghi nhận đóng góp của công đoàn.")
    assert facts(found) == [("Kim Min Soo", "Tổng Giám đốc", "Công ty TNHH Điện tử Samsung"),
                            ("Ngô Hoàng Ngân", "Chủ tịch HĐTV Tập đoàn", None)]


def test_a_bare_tong_cong_ty_after_the_office_is_the_corporation_of_the_story(resources):
    # "Tổng Giám đốc Tổng công ty" gave the title "Tổng Giám đốc Tổng" and no body: only a bare "Công ty" was read as
    # the company the story is about
    found = persons(resources, "Tin", "(LĐTĐ) Tổng công ty May 10 phát động thi đua năm 2025. Bà Thân Đức Việt, Tổng Giám đốc "
                                      "Tổng công ty, cho biết công nhân đã đăng ký nhiều sáng kiến.")
    assert facts(found) == [("Thân Đức Việt", "Tổng Giám đốc", "Tổng công ty May 10")]


def test_an_office_in_a_company_written_by_its_brand(resources):
    # "Tổng Giám đốc Intel Việt Nam": the company named in full before is written by its brand after the office; the
    # title ran on to the brand and the person had no body
    found = persons(resources, "Tin", "(LĐTĐ) Công ty TNHH Intel Products Việt Nam trao 20 căn nhà Mái ấm Công đoàn. Ông Kim Huỳnh, "
                                      "Tổng Giám đốc Intel Việt Nam, cho biết công ty sẽ tiếp tục đồng hành.")
    assert facts(found) == [("Kim Huỳnh", "Tổng Giám đốc", "Công ty TNHH Intel Products Việt Nam")]


def test_a_bare_nha_may_after_the_office_is_the_factory_of_the_story(resources):
    # "Giám đốc nhà máy" stayed a title with no body, as "Giám đốc Công ty" did before it was read as the company
    found = persons(resources, "Tin", "(LĐTĐ) Nhà máy Xi măng Bút Sơn vừa nhận Cờ thi đua. Theo đồng chí Trần Đức Hải, Bí thư Đảng "
                                      "ủy, Giám đốc nhà máy, năm qua đơn vị đã vượt kế hoạch.")
    assert facts(found) == [("Trần Đức Hải", "Giám đốc", "Nhà máy Xi măng Bút Sơn")]


def test_a_family_name_that_ends_the_body_before_the_person_stays_the_bodys(resources):
    # "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ": "Mai" is also a family name, but the article names the hospital
    # "Bệnh viện Bạch Mai", so the person is "Đào Xuân Cơ"
    found = persons(resources, "Bệnh viện Bạch Mai tôn vinh thầy thuốc trẻ",
                    "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ đề nghị viên chức thực hiện tốt quy chế.")
    assert facts(found) == [("Đào Xuân Cơ", "Giám đốc", "Bệnh viện Bạch Mai")]


def test_a_family_name_inside_a_district_s_name_is_no_person(resources):
    # "quận Bắc Từ Liêm": "Từ" is a family name, but "Từ Liêm" is the rest of the district's name; a person named right
    # after a place is still read ("huyện Gia Lâm Trần Văn Nam")
    found = persons(resources, "Tin", "Giàn giáo đổ sập tại công trình trên đường Phạm Văn Đồng (quận Bắc Từ Liêm). Chủ tịch "
                                      "LĐLĐ huyện Gia Lâm Trần Văn Nam đã đến thăm.")
    assert [p.name for p in found] == ["Trần Văn Nam"]


def test_a_name_of_the_central_highlands_peoples_with_its_apostrophe_is_one_person(resources):
    # Ê Đê and Jrai names write a woman's mark with an apostrophe run into the name and have no Vietnamese family name:
    # after an honorific they are names like any other; the byline ("Y Khoa") is the author, no person of the story
    found = persons(resources, "Tin", "Bà H'Zawan Knul, Chủ tịch Công đoàn ngành Giáo dục tỉnh Đắk Lắk, trao quà cho bà "
                                      "H’Bơ Ksor.", author="Y Khoa")
    assert facts(found) == [("H'Zawan Knul", "Chủ tịch", "Công đoàn ngành Giáo dục tỉnh Đắk Lắk"), ("H’Bơ Ksor", None, None)]
