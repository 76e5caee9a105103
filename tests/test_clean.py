"""Cleaning saved text pages: real pages in, the article proper out (pipeline/clean.py).

The five seeds must match their gold exactly; the development articles of many sites check the
title, byline, date, first and last words and that known site furniture is gone.
"""
import json
import unicodedata
from pathlib import Path

import pytest

from conftest import shared_path
from pipeline.clean.text_page import article_id_for, clean_page, clean_text_page, split_headlines
from pipeline.ingest.files import read_page
from pipeline.records import Page, ParseError
from pipeline.dataset.rows import first_words, last_words

SEEDS = [
    "000_17a4eb1fff4e20ac",
    "001_781adcd90584929d",
    "002_1192b03f557f97b5",
    "003_e6e448618ba3aafd",
    "004_ef56c51208460bd2",
]


def seed(stem):
    return clean_text_page(read_page(shared_path("seeds", f"{stem}.txt")))


def article(stem):
    return clean_text_page(read_page(shared_path("articles", f"{stem}.txt")))


@pytest.mark.parametrize("stem", SEEDS)
def test_seed_matches_its_gold(stem):
    gold = json.loads(shared_path("gold", "seeds", f"{stem}.json").read_text(encoding="utf-8"))
    cleaned = seed(stem)
    body = cleaned.body_paragraphs
    assert cleaned.url == gold["url"]
    assert cleaned.source == gold["source"]
    assert cleaned.published == gold["published"]
    assert cleaned.title == gold["title"]
    assert cleaned.author == gold["author"]
    assert first_words(body[0]) == gold["body_first_words"]
    assert last_words(body[-1]) == gold["body_last_words"]
    assert list(cleaned.related_headlines) == gold["related_headlines"]


def test_seed_kicker_and_furniture():
    cleaned = seed("000_17a4eb1fff4e20ac")
    assert cleaned.kicker == "Liên đoàn Lao động quận Thanh Xuân:"
    assert cleaned.text.startswith("Liên đoàn Lao động quận Thanh Xuân:\n\nChú trọng triển khai")
    for noise in ("Có thể bạn quan tâm", "Nên xem", "Tin khác", "Xem thêm", "Phiên bản di động", "Đỗ Đạt"):
        assert noise not in cleaned.text
    # the run-together related headlines under the lead are gone from the text
    assert "Khơi dậy sức mạnh" not in cleaned.text
    # the image caption under the repeated title stays; the repeated title (alt text) goes
    assert "luôn được các cấp Công đoàn quận Thanh Xuân chú trọng triển khai" in cleaned.text
    assert cleaned.text.count("Chú trọng triển khai các phong trào thi đua yêu nước") == 1


def test_seed_paragraph_the_page_repeats_is_kept_once_at_its_later_place():
    cleaned = seed("000_17a4eb1fff4e20ac")
    repeated = "lựa chọn Công nhân tiêu biểu đề nghị Thành phố biểu dương."
    assert cleaned.text.count(repeated) == 1
    assert cleaned.paragraphs[-1].endswith(repeated)
    assert cleaned.text.count("Bên cạnh đó, Liên đoàn Lao động quận Thanh Xuân") == 1


def test_seed_date_line_and_stray_m_feed_only_the_date():
    cleaned = seed("002_1192b03f557f97b5")
    assert cleaned.published == "2020-09-20"
    assert cleaned.kicker == "Các phong trào thi đua ở Liên đoàn Lao động huyện Đan Phượng:"
    assert "17:06" not in cleaned.text and not cleaned.text.startswith("M\n")
    assert "Nguồn" not in cleaned.text


def test_seed_alt_slugs_are_dropped_captions_kept():
    cleaned = seed("004_ef56c51208460bd2")
    assert "nhieu giai phap" not in cleaned.text
    assert "hướng đến hoàn thành xuất sắc các nhiệm vụ đã đề ra" in cleaned.text  # the caption


# stem, source, published, title ("" = the page shows none), author, first words, last words, noise gone
ARTICLES = [
    (
        "baomoi_003", "baomoi.com", None, "Trên 73.000 nữ CNVCLĐ đạt danh hiệu thi đua 'Hai giỏi'", "V.N",
        "LĐLĐ tỉnh đã chỉ đạo, hướng dẫn các", "“Tự tin, tự trọng, trung hậu, đảm đang”…",
        ["- Ảnh 1"],
    ),
    (
        "baomoi_005", "m.baomoi.com", None, "", "K.MAI",
        "Ban Thường vụ LĐLĐ TPHCM vừa phát động", "hoạch kinh tế-xã hội của TP năm 2009.",
        ["K.MAI"],
    ),
    (
        "congdoan_002", "congdoanhaiphong.vn", "2020-02-17",
        "Khối thi đua Liên đoàn Lao động quận tổ chức ký giao ước thi đua năm 2020", None,
        "Thực hiện Hướng dẫn số 1723/HD -TLĐ ngày", "nghị ký giao ước thi đua năm 2020.",
        ["Hải Phòng 05/06/2023", "Thứ hai, 17/02/2020"],
    ),
    (
        "congdoan_006", "congdoanquangnam.org.vn", None, "", None,
        "Đây là hoạt động trong chuỗi hoạt động", "bị ảnh hưởng bởi thiên tai dịch bệnh.",
        [],
    ),
    (
        "congdoan_008", "laodongcongdoan.vn", "2024-04-25",
        "Công đoàn thương lượng giá trị bữa ăn ca thấp nhất là 18.000 đồng/suất", "D.M",
        "Ngày 18/1/2022, Ban Chấp hành Tổng LĐLĐ Việt", "công, vận chuyển, chất đốt… Công đoàn đ",
        ["Chính sách mới - D.M", "Thứ năm 25/04/2024"],
    ),
    (
        "laodong_003", "laodong.vn", None, "Đề cao tinh thần dám nghĩ, dám làm của công nhân lao động", "B.C.Đ",
        "Tối 26.7, tại Cung Văn hóa Lao động", "được 189 đồng nghiệp trẻ. Bản thân anh",
        ["B.C.Đ |"],
    ),
    (
        "laodong_007", "laodong.vn", "2023-08-18",
        "Đảm bảo lợi ích hợp pháp của đoàn viên công đoàn và người lao động", "VIÊN NGUYỄN",
        "Quảng Ngãi - Văn phòng tư vấn pháp", "đến Văn phòng tư vấn pháp luật C",
        ["MỚI NHẤT", "CƠ QUAN CỦA TỔNG LIÊN ĐOÀN", "LDO |"],  # the top photo's caption is article text (FORMAT)
    ),
    (
        "laodongthudo_008", "laodongthudo.vn", None, "Tuyên dương 90 Công nhân giỏi Thủ đô năm 2019", None,
        "Đây là hoạt động thường niên trong suốt", "giỏi cấp trên cơ sở và từ nh",
        ["Huyện Thanh Trì biểu dương 46", "|"],
    ),
    (
        "nld_005", "nld.com.vn", None, "", "M.Chi",
        "Theo đánh giá, năm qua, tình hình công", "quy chế dân chủ cơ sở năm 2019.",
        ["- Ảnh 1", "Tin-ảnh"],
    ),
    (
        "nld_027", "nld.com.vn", None, "Nhiều sáng kiến được ứng dụng vào thực tiễn", "M.Chi",
        "Trong 5 năm, hầu hết các đơn vị,", "biểu trong phong trào thi đua yêu nước.",
        ["- Ảnh 1", "Tin-ảnh"],
    ),
    (
        "other_001", "hanoidep.vn", None,
        "9 cá nhân tiêu biểu của Hà Nội vinh dự nhận Giải thưởng Nguyễn Đức Cảnh lần IV năm 2023", "T.Vũ – P.T",
        "Giải thưởng Nguyễn Đức Cảnh là phần thưởng", "nhân tiêu biểu xuất sắc được trao thưởng.",
        ["https://laodongthudo.vn", "T.Vũ"],
    ),
    (
        "other_011", "voh.com.vn", None, "Hội thi an toàn vệ sinh viên giỏi cấp TP năm 2012", "Mỹ Trang",
        "(VOH) - Hưởng ứng Tuần lễ quốc gia", "động và bệnh nghề nghiệp tại cộng đồng.",
        ["Đài tiếng nói nhân dân TPHCM", "The Voice of Ho Chi Minh City People", "•"],
    ),
    (
        "other_030", "baoapbac.vn", None, "LĐLĐ tỉnh: Thăm hỏi công nhân bị tai nạn lao động", "P. NGHI",
        "Nhân Tuần Lễ Quốc gia An toàn vệ", "tai nạn lao động số tiền 500.000 đồng.",
        ["P. NGHI"],
    ),
    (
        "other_047", "baonghean.vn", "2021-07", "", None,
        "Trong điều kiện dịch Covid-19 diễn biến phức", "Chương trình \"Đến với nhà trọ công nhân\".",
        [" date ", "2021-07"],
    ),
    (
        "other_059", "thanhtra.com.vn", "2021-04-24",
        "Hơn 500 nữ công nhân khu công nghiệp Bắc Thăng Long được khám, cấp thuốc miễn phí", "Khánh Chi",
        "(Thanh tra) - Ngày 24/4, Công đoàn Các", "cung; thực hiện các biện pháp kế hoạch",
        ["Ca khúc: Tự hào người làm báo Thanh tra", "Thứ bảy, 24/04/2021"],
    ),
    (
        "other_071", "baohungyen.vn", "2022-05-10",
        "Hưng Yên: 1.260 sáng kiến tham gia Chương trình “1 triệu sáng kiến - nỗ lực vượt khó, sáng tạo, "
        "quyết tâm chiến thắng đại dịch Covid - 19”",
        "Hồng Ngọc",
        "Từ ngày 1.9.2021 đến nay, toàn tỉnh đã", "thiểu 10.000 sáng kiến tham gia Chương trình.",
        ["17:02, 10/05/2022", "Nội dung:", "Giá vàng", "Tỷ giá", "BIDV"],
    ),
]


@pytest.mark.parametrize(
    "stem, source, published, title, author, first, last, noise", ARTICLES, ids=[a[0] for a in ARTICLES]
)
def test_development_article(stem, source, published, title, author, first, last, noise):
    cleaned = article(stem)
    body = cleaned.body_paragraphs
    assert cleaned.url and cleaned.url.startswith("http")
    assert (cleaned.source, cleaned.published, cleaned.title, cleaned.author) == (source, published, title, author)
    assert first_words(body[0]) == first
    assert last_words(body[-1]) == last
    for line in noise:
        assert line not in cleaned.text
    for furniture in ("Bình luận (0)", "Chia sẻ bài viết", "Có thể bạn quan tâm", "![]"):
        assert furniture not in cleaned.text


def test_related_headlines_run_together_under_the_lead_are_split():
    cleaned = article("laodongthudo_002")
    assert list(cleaned.related_headlines) == [
        "Điều động Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn làm Bí thư Huyện ủy Hoài Đức",
        "Lãnh đạo huyện Hoài Đức đối thoại với đoàn viên, người lao động trên địa bàn",
        "Hoài Đức thực hiện nhiệm vụ kép kết hợp phát triển kinh tế - xã hội và phòng, chống dịch",
    ]
    assert "Điều động Phó Giám đốc" not in cleaned.text


def test_related_headlines_in_table_cells_under_the_title():
    cleaned = article("laodongthudo_008")
    assert list(cleaned.related_headlines) == [
        "Huyện Thanh Trì biểu dương 46 \"Công nhân giỏi\" năm 2019",
        "Công nhân Phạm Danh Khoa - người “chiến binh” thầm lặng",
        "Công nhân Nguyễn Thanh Vân - “Cây chổi vàng” của URENCO Hà Nội",
    ]
    # a table cell under the lead is a photo caption and stays in the article
    assert "Đoàn Công nhân giỏi Thủ đô báo công dâng Bác" in cleaned.text


def test_kicker_above_the_headline():
    cleaned = article("laodong_003")
    assert cleaned.kicker == "LỄ TRAO GIẢI THƯỞNG NGUYỄN ĐỨC CẢNH LẦN THỨ III, NĂM 2018:"
    assert cleaned.blocks[:2] == (cleaned.kicker, cleaned.title)


def test_photo_caption_above_the_lead_follows_it():
    cleaned = article("laodongthudo_013")
    assert cleaned.lead.startswith("Cụ thể, LĐLĐ quận chỉ đạo")
    assert cleaned.paragraphs[0].startswith("Đồng chí Đinh Hồng Phong")


def test_photo_caption_above_the_headline_is_article_text_after_the_lead():
    # union news pages open on the top photo: its caption (with a credit, or printed twice as alt text and caption)
    # names people and bodies of the story, and FORMAT counts captions as article text
    cleaned = article("nld_024")
    assert cleaned.lead.startswith("Mục tiêu này sẽ được thực hiện")
    assert cleaned.paragraphs[0].startswith("Bà Nguyễn Thị Hoàng Vân, Giám đốc Quỹ CEP trao vốn")
    assert sum(p.startswith("Bà Nguyễn Thị Hoàng Vân") for p in cleaned.body_paragraphs) == 1
    text = ("Chủ tịch LĐLĐ tỉnh Nghệ An Kha Văn Tám trao quà cho công nhân. Ảnh: Quỳnh Trang\n\n"
            "Trao 500 suất quà cho công nhân khó khăn\n\n(LĐTĐ) Ngày 20/1, LĐLĐ tỉnh Nghệ An trao 500 suất quà.\n\n"
            "Mỗi suất quà trị giá 1 triệu đồng.\n\nQuỳnh Trang\n")
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert cleaned.title == "Trao 500 suất quà cho công nhân khó khăn"
    assert cleaned.paragraphs == ("Chủ tịch LĐLĐ tỉnh Nghệ An Kha Văn Tám trao quà cho công nhân. Ảnh: Quỳnh Trang",
                                  "Mỗi suất quà trị giá 1 triệu đồng.")
    assert cleaned.author == "Quỳnh Trang"


def test_headline_in_capitals_broken_over_lines_is_one_title():
    cleaned = article("congdoan_005")
    assert cleaned.title.startswith("CÔNG ĐOÀN GIÁO DỤC VIỆT NAM TIẾP TỤC ĐẨY MẠNH PHONG TRÀO")
    assert cleaned.title.endswith("TOÀN DIỆN GIÁO DỤC VÀ ĐÀO TẠO")
    assert "TRONG ĐỘI NGŨ CÁN BỘ" not in cleaned.body
    assert cleaned.published == "2016-07-05"
    assert cleaned.author == "TS. Phạm Văn Thanh"  # from "TS. Phạm Văn Thanh - Nguyên Phó Chủ tịch ..."
    assert cleaned.lead.startswith("Năm 2016, Công đoàn Giáo dục (CĐGD) Việt Nam")


def test_every_development_article_cleans(tmp_path):
    folder = shared_path("articles")
    for path in sorted(folder.glob("*.txt")):
        cleaned = clean_text_page(read_page(path))
        assert cleaned.lead, path.name
        assert cleaned.url and cleaned.source not in ("", "unknown"), path.name
        assert unicodedata.is_normalized("NFC", cleaned.text)
        assert not cleaned.source.startswith(("www.", "amp."))


def test_split_headlines_keeps_a_single_headline_whole():
    line = "Tổ chức thành công Hội thi An toàn vệ sinh viên giỏi năm 2020"
    assert split_headlines(line) == [line]
    caption = "Phó Chủ tịch Liên đoàn Lao động Thành phố Lê Đình Hùng phát biểu tại hội nghị"
    assert split_headlines(caption) == [caption]


def test_split_headlines_at_a_place_and_colon_and_at_a_verb():
    line = (
        "Quận Hà Đông: Tổ chức thành công Đại hội điểm Công đoàn Quỹ tín dụng Nhân dân Quang Trung "
        "Nâng cao hơn nữa chất lượng hoạt động của Công đoàn phường Cống Vị trong nhiệm kỳ mới "
        "Đông Anh: Tổ chức thành công Đại hội điểm Công đoàn cơ sở khối trường học"
    )
    assert split_headlines(line) == [
        "Quận Hà Đông: Tổ chức thành công Đại hội điểm Công đoàn Quỹ tín dụng Nhân dân Quang Trung",
        "Nâng cao hơn nữa chất lượng hoạt động của Công đoàn phường Cống Vị trong nhiệm kỳ mới",
        "Đông Anh: Tổ chức thành công Đại hội điểm Công đoàn cơ sở khối trường học",
    ]


def test_source_from_the_url_host_or_the_paper_tag():
    page = Page(source="x.txt", text="Tiêu đề bài báo về công đoàn\n\n(NLĐ)- Sáng 1-5, LĐLĐ TP tổ chức họp mặt.\n",
                media_type="text")
    assert clean_text_page(page).source == "nld.com.vn"
    with_url = Page(source="x.txt", text=page.text, media_type="text", url="https://www.nld.com.vn/a.htm")
    assert clean_text_page(with_url).source == "nld.com.vn"
    untagged = Page(source="x.txt", text="Tiêu đề bài báo\n\nMột đoạn văn của bài báo.\n", media_type="text")
    assert clean_text_page(untagged).source == "unknown"


def test_text_is_nfc_and_the_page_is_left_as_is():
    decomposed = unicodedata.normalize("NFD", "Phát động thi đua năm 2021\n\nLiên đoàn Lao động quận phát động.\n")
    page = Page(source="x.txt", text=decomposed, media_type="text")
    cleaned = clean_text_page(page)
    assert cleaned.title == "Phát động thi đua năm 2021"
    assert unicodedata.is_normalized("NFC", cleaned.text)
    assert page.text == decomposed


def test_article_id_is_the_url_hash_else_the_text_hash():
    page = Page(source="x.txt", text="Tiêu đề\n\nĐoạn một của bài.\n", media_type="text", url="https://a.vn/b")
    assert clean_text_page(page).article_id == article_id_for("https://a.vn/b", "")
    no_url = Page(source="x.txt", text=page.text, media_type="text")
    cleaned = clean_text_page(no_url)
    assert cleaned.article_id == article_id_for(None, cleaned.text)


@pytest.mark.parametrize(
    "text", ["", "\n\n", "M\n20/09/2020 17:06\n", "Có thể bạn quan tâm\n\nXem thêm\nPhiên bản di động\n",
             "Chỉ một tiêu đề\n"],
)
def test_a_page_without_article_text_is_a_parse_error(text):
    with pytest.raises(ParseError, match="no article text"):
        clean_page(Page(source="empty.txt", text=text, media_type="text"))


# Known misses on articles first seen after the cleaner was written (kept visible: strict xfail).
KNOWN_CLEANING_MISSES = {
    "congdoan_012": "the page ends with another article's lead paragraph, which reads as the body's last one",
    "laodongthudo_010": "a subject-first headline run together with another (… vững mạnh Công đoàn Thủ đô tiếp sức …)"
    " is not split",
}
# The articles the cleaner was checked on one by one (annotated before December 2026); the gold of the rounds
# after that is checked as a whole below.
CHECKED_ONE_BY_ONE = (
    "baomoi_003 baomoi_004 baomoi_005 congdoan_002 congdoan_006 congdoan_011 congdoan_012 laodong_001 laodong_003 "
    "laodong_004 laodong_009 laodongthudo_001 laodongthudo_002 laodongthudo_007 laodongthudo_008 laodongthudo_010 "
    "nld_002 nld_005 nld_021 nld_027 other_011 other_023 other_025 other_030 other_047 other_071"
).split()
PROJECT_GOLD = [
    pytest.param(path, id=path.stem, marks=pytest.mark.xfail(reason=KNOWN_CLEANING_MISSES[path.stem], strict=True))
    if path.stem in KNOWN_CLEANING_MISSES else pytest.param(path, id=path.stem)
    for path in (Path(__file__).parent / "gold" / f"{stem}.json" for stem in CHECKED_ONE_BY_ONE)
]


@pytest.mark.parametrize("gold_path", PROJECT_GOLD)
def test_development_article_matches_the_project_gold(gold_path):
    """The hand-annotated development articles (tests/gold): the cleaning fields of their gold."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    cleaned = article(gold_path.stem)
    body = cleaned.body_paragraphs
    assert cleaned.url == gold["url"]
    assert cleaned.source == gold["source"]
    assert cleaned.published == gold["published"]
    assert (cleaned.title or None) == gold["title"]  # a page without a headline has title ""
    assert cleaned.author == gold["author"]
    assert first_words(body[0]) == gold["body_first_words"]
    assert last_words(body[-1]) == gold["body_last_words"]
    assert list(cleaned.related_headlines) == gold["related_headlines"]


CLEANING_FIELDS = ("url", "source", "published", "title", "author", "body_first_words", "body_last_words",
                   "related_headlines")
# Share of articles whose field the cleaner gets exactly right, on the 140 articles annotated in December 2026
# (tests/gold beyond CHECKED_ONE_BY_ONE, and tests/gold2): a floor, not a goal, as measured on the first 100 when
# they were added (the 40 added last came in at title 0.95, author 0.975, body 0.925 / 0.975, related 0.975).
# Raised in the last round to what the cleaner then reached (title 0.968, author 0.955, body 0.897 / 0.987, related
# 0.981; at the round's start 0.942, 0.936, 0.878 / 0.942, 0.974), once the furniture under an article and the
# menus above its headline were read as such. This round: author 0.981, first body words 0.923, last 0.994, related
# 0.981 (a lead the page repeats keeps its place; a print tool, a section name, a bracketed body or a bare paper tag
# around the byline are not the writer; a trailing link is no text; list dashes and time stamps leave headlines).
CLEANING_FLOORS = {"url": 1.0, "source": 1.0, "published": 1.0, "title": 0.96, "author": 0.975,
                   "body_first_words": 0.915, "body_last_words": 0.99, "related_headlines": 0.975}


def cleaning_fields(cleaned) -> dict:
    body = cleaned.body_paragraphs
    return {"url": cleaned.url, "source": cleaned.source, "published": cleaned.published, "title": cleaned.title or None,
            "author": cleaned.author, "body_first_words": first_words(body[0]) if body else None,
            "body_last_words": last_words(body[-1]) if body else None, "related_headlines": list(cleaned.related_headlines)}


def test_articles_annotated_later_are_cleaned_at_least_as_well_as_when_they_came():
    here = Path(__file__).parent
    pairs = [(path, shared_path("articles", f"{path.stem}.txt")) for path in sorted((here / "gold").glob("*.json"))
             if path.stem not in CHECKED_ONE_BY_ONE]
    pairs += [(path, shared_path("articles2", f"{path.stem}.txt")) for path in sorted((here / "gold2").glob("*.json"))]
    assert len(pairs) == 156
    right = dict.fromkeys(CLEANING_FIELDS, 0)
    for gold_path, text_path in pairs:
        gold, got = json.loads(gold_path.read_text(encoding="utf-8")), cleaning_fields(clean_page(read_page(text_path)))
        for name in CLEANING_FIELDS:
            right[name] += got[name] == gold[name]
    shares = {name: right[name] / len(pairs) for name in CLEANING_FIELDS}
    assert {name: share for name, share in shares.items() if share < CLEANING_FLOORS[name]} == {}


def test_published_from_the_header_then_the_date_marker_then_the_dateline():
    text = "20/09/2020 17:06\nTiêu đề của bài báo\n\nĐoạn văn đầu tiên của bài báo.\n"
    assert clean_text_page(Page(source="x.txt", text=text, media_type="text")).published == "2020-09-20"
    dated = Page(source="x.txt", text=text, media_type="text", published="2021-01-02")
    assert clean_text_page(dated).published == "2021-01-02"
    marked = Page(source="x.txt", text=" date 2019-05 " + text, media_type="text")
    assert clean_text_page(marked).published == "2019-05"
    impossible = Page(source="x.txt", text=text.replace("20/09", "99/99"), media_type="text")
    cleaned = clean_text_page(impossible)
    assert cleaned.published is None and cleaned.title == "Tiêu đề của bài báo"


def test_a_related_list_at_the_end_gives_headlines_not_text():
    text = (
        "Tiêu đề của bài báo về công đoàn\n\n(LĐTĐ) Đoạn văn đầu tiên của bài báo.\n\nĐoạn thứ hai.\n"
        "Minh Anh\n\nTin liên quan\n\nHội nghị tổng kết phong trào thi đua năm 2024\n\n"
        "Hội nghị tổng kết phong trào thi đua năm 2024\n\n(LĐTĐ) Sáng nay, hội nghị đã diễn ra.\n"
    )
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert cleaned.author == "Minh Anh"
    assert cleaned.source == "laodongthudo.vn"
    assert cleaned.related_headlines == ("Hội nghị tổng kết phong trào thi đua năm 2024",)
    assert cleaned.paragraphs == ("Đoạn thứ hai.",)


def test_an_unlabelled_list_of_headlines_at_the_end_is_not_text():
    # no "Tin liên quan" above it: a last block of headline-shaped lines after the byline is the site's list
    text = (
        "Tặng quà con công nhân nhiễm chất độc da cam\n\n(BP) Sáng 22-5, Công đoàn Cao su Việt Nam tặng 42 suất quà.\n"
        "Mỗi phần quà trị giá 1 triệu đồng.\nNguyễn Bảo\n\n"
        "Câu lạc bộ thơ tỉnh phấn đấu có 5 tác phẩm phổ nhạc\n"
        "Lãnh đạo tỉnh dự Lễ công bố các nghị quyết về sáp nhập đơn vị hành chính\n"
        "Sổ bảo hiểm xã hội điện tử được cấp chậm nhất là ngày 1-1-2026\n"
    )
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert cleaned.author == "Nguyễn Bảo"
    assert cleaned.paragraphs == ("Mỗi phần quà trị giá 1 triệu đồng.",)
    assert cleaned.related_headlines[-1] == "Sổ bảo hiểm xã hội điện tử được cấp chậm nhất là ngày 1-1-2026"
    # an article's own closing list is dashed (or introduced in its block): it stays text
    listed = text.split("Câu lạc bộ")[0] + "- Công đoàn Công ty Cao su Lộc Ninh tặng 10 suất\n" \
        "- Công đoàn Công ty Cao su Phú Riềng tặng 12 suất\n- Công đoàn Công ty Cao su Bình Long tặng 20 suất\n"
    assert clean_text_page(Page(source="x.txt", text=listed, media_type="text")).paragraphs[-1].startswith("- Công đoàn")


@pytest.mark.parametrize("furniture", [
    "Nguồn Hà Nội TV: https://hanoitv.vn/ha-noi-hon-70-ty-dong-cham-lo-tet-149195.htm",
    "Theo vnubw.org.vn",
    "Đọc thêm\nHội nghị tổng kết năm 2024 của Công đoàn ngành",
    "Tin mới nhất\n\nGợi ý dành cho bạn",
    "Viết bình luận mới\nthăm dò ý kiến\n\nTheo bạn, điều gì giữ chân người tài?\n\nTHÔNG TIN CẦN BIẾT\nNhiều mây, có mưa.",
    # the common labels of Vietnamese news sites, each above another article's headline and text
    *(f"{label}\n\nHội nghị tổng kết năm 2024 của Công đoàn ngành Y tế thành phố\n\nMột câu của bài khác."
      for label in ("Bài viết liên quan", "Tin nổi bật", "Các tin khác", "Từ khóa:", "Tags:", "Bình luận", "Ý kiến bạn đọc",
                    "Theo dõi chúng tôi trên Google News", "Về đầu trang")),
])
def test_the_furniture_under_an_article_ends_it(furniture):
    text = "Tiêu đề của bài báo về công đoàn\n\n(LĐTĐ) Đoạn văn đầu tiên của bài báo.\n\nĐoạn cuối của bài báo.\n\n" + furniture
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert cleaned.paragraphs == ("Đoạn cuối của bài báo.",)


def test_the_hotline_bar_and_the_section_label_above_the_headline_are_menus():
    # nld.com.vn: the date marker, the hotline bar, the section ("Lao động"), the headline, a labelled byline
    text = (
        " date 2025-08-28 HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO\nLao động\n\n"
        "Hàng chục ngàn công nhân cùng thưởng thức bữa ăn ca đặc biệt\n\nTin-ảnh-clip: MAI CHI - THANH NGA\n\n"
        "(NLĐO) - Chương trình \"Bữa cơm Công đoàn\" diễn ra đồng loạt tại nhiều doanh nghiệp.\n\n"
        "Trưa 28-8, hơn 45.000 đoàn viên cùng thưởng thức bữa ăn.\n"
    )
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert cleaned.title == "Hàng chục ngàn công nhân cùng thưởng thức bữa ăn ca đặc biệt"
    assert cleaned.author == "MAI CHI - THANH NGA"
    assert cleaned.published == "2025-08-28"
    assert cleaned.lead.startswith("(NLĐO) - Chương trình")
    sport = "Thể thao\n\nKhai mạc Hội thao chào mừng Ngày thành lập Công đoàn Việt Nam 28/7\n\n(BL-MĐ) Hội thao khai mạc.\n"
    assert clean_text_page(Page(source="x.txt", text=sport, media_type="text")).title.startswith("Khai mạc Hội thao")


def test_the_loader_message_of_a_media_page_is_not_the_title():
    text = ("Xin chờ trong giây lát...\n\nCông đoàn các Khu Công nghiệp và chế xuất Hà Nội phát động Tháng Công nhân\n\n"
            "24/04/2021 15:00\nNgày 24/4, tại Khu nhà ở Công nhân lao động, Công đoàn phát động Tháng Công nhân.\n")
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert cleaned.title == "Công đoàn các Khu Công nghiệp và chế xuất Hà Nội phát động Tháng Công nhân"
    assert cleaned.lead.startswith("Ngày 24/4")


def test_a_video_label_inside_an_article_is_dropped_and_the_article_goes_on():
    text = "Tiêu đề của bài báo về công đoàn\n\n(LĐTĐ) Đoạn văn đầu tiên.\n\nVideo\n\nĐoạn sau đoạn video.\n"
    assert clean_text_page(Page(source="x.txt", text=text, media_type="text")).paragraphs == ("Đoạn sau đoạn video.",)


@pytest.mark.parametrize("menu", ["Trang chủ > Công đoàn > Hoạt động", "Trang chủ » Tin tức", "Tin tức - Sự kiện",
                                  "Hoạt động công đoàn", "Thời sự | Xã hội | Kinh tế", "Đăng nhập | Đăng ký", "Tìm kiếm",
                                  "Hotline: 0243.123.456", "Email: toasoan@baonamdinh.vn"])
def test_a_menu_above_the_headline_is_not_the_title(menu):
    title = "LĐLĐ tỉnh Nam Định tổng kết phong trào thi đua năm 2024"
    text = f"{menu}\n\n{title}\n\n(NĐ) Sáng 13/1, LĐLĐ tỉnh Nam Định tổ chức hội nghị tổng kết.\n\nĐoạn hai của bài báo.\n"
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert (cleaned.title, cleaned.lead) == (title, "(NĐ) Sáng 13/1, LĐLĐ tỉnh Nam Định tổ chức hội nghị tổng kết.")


def test_a_short_headline_above_its_subtitle_stays_the_title():
    text = "Tết Sum vầy\n\nNhiều hoạt động thiết thực chăm lo cho đoàn viên, người lao động\n\n(LĐTĐ) Sáng 13/1, LĐLĐ tổ chức.\n"
    assert clean_text_page(Page(source="x.txt", text=text, media_type="text")).title == "Tết Sum vầy"


def test_a_byline_that_says_the_story_was_compiled_is_the_writer():
    text = "Tiêu đề của bài báo về công đoàn\n\n(LĐTĐ) Đoạn văn đầu tiên.\n\nĐoạn cuối của bài báo.\n\nMinh Anh (tổng hợp)\n"
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert (cleaned.author, cleaned.paragraphs) == ("Minh Anh", ("Đoạn cuối của bài báo.",))


def test_a_lead_the_page_repeats_below_the_photo_keeps_its_place_at_the_top():
    # vovworld.vn prints its lead above the first paragraph and again, without the tag, after the photo caption
    text = ("Tuyên dương nhà giáo tiêu biểu năm 2021\n\n"
            "(VOV5) - Năm 2021, có 191 nhà giáo, cán bộ quản lý tiêu biểu được tuyên dương khen thưởng.\n"
            "Sáng 14/11, tại Hà Nội, Công đoàn Giáo dục Việt Nam tổ chức lễ tuyên dương.\n"
            "Quang cảnh buổi lễ. Ảnh: giaoducthoidai.vn\n"
            "Năm 2021, có 191 nhà giáo, cán bộ quản lý tiêu biểu được tuyên dương khen thưởng.\n"
            "Đây là những tấm gương tiêu biểu nhất của ngành.\n")
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert cleaned.body_paragraphs[:2] == (
        "(VOV5) - Năm 2021, có 191 nhà giáo, cán bộ quản lý tiêu biểu được tuyên dương khen thưởng.",
        "Sáng 14/11, tại Hà Nội, Công đoàn Giáo dục Việt Nam tổ chức lễ tuyên dương.")
    assert cleaned.text.count("có 191 nhà giáo") == 1


def test_a_byline_after_the_sites_section_name_is_the_writer():
    # laodongcongdoan.vn: "Người lao động - Vĩnh Hồng" under the headline, the section then the writer
    text = ("Hội thi Thợ giỏi ngành Dệt May: Nơi hội tụ, tỏa sáng kỹ năng nghề nghiệp\n\nNgười lao động - Vĩnh Hồng\n\n"
            "Hội thi Thợ giỏi ngành Dệt May Việt Nam lần thứ VI diễn ra sáng nay (17/9) tại Tổng Công ty May 10.\n")
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert cleaned.author == "Vĩnh Hồng"
    assert cleaned.body_paragraphs[0].startswith("Hội thi Thợ giỏi ngành Dệt May Việt Nam lần thứ VI")


def test_a_long_lead_printed_twice_is_the_lead_not_a_photo_caption():
    # sggp.org.vn prints the summary and then the same words as the first paragraph; an image's alt text and
    # caption repeat each other too, but a caption is never this long
    lead = ("Vừa qua, trên địa bàn TPHCM, hơn 1.600 người lao động từng làm việc tại 2 công ty 100% vốn đầu tư nước ngoài đã nhận được lương của mình sau khi doanh nghiệp phá sản, chủ bỏ trốn. Nhờ sự quyết liệt vào cuộc của tổ chức công đoàn mà số tiền gần 10 tỷ đồng đã được trao đến tay công nhân.")
    text = f"Thắng kiện doanh nghiệp nợ lương\n\n{lead}\n\n{lead}\n\nLần đầu tiên thắng kiện\n\nCầm trên tay số tiền, anh Lân chia sẻ.\n"
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert cleaned.body_paragraphs[:2] == (lead, "Lần đầu tiên thắng kiện")


def test_the_writers_body_in_brackets_is_not_part_of_the_writer():
    # laodong.vn: "Bá Mạnh (LĐLĐ Thái Bình) LDO | 29/08/2024 14:27", a contributor and the body they write from
    text = ("Khám sức khỏe sinh sản miễn phí cho công nhân\n\nBá Mạnh (LĐLĐ Thái Bình) LDO | 29/08/2024 14:27\n\n"
            "(LĐTĐ) Ngày 28/8, LĐLĐ tỉnh Thái Bình tổ chức khám cho 250 công nhân lao động.\n")
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert (cleaned.author, cleaned.published) == ("Bá Mạnh", "2024-08-29")


def test_a_papers_tag_alone_on_its_line_is_neither_writer_nor_text():
    # nhandan.vn: "NDO -" on the line under the headline, the lead on the next
    text = ("Biểu dương cán bộ, công chức, viên chức, lao động tiêu biểu\n\nNDO -\n\n"
            "Sáng 10-9, tại Hà Nội, Công đoàn Viên chức Việt Nam tổ chức Hội nghị biểu dương điển hình tiên tiến.\n")
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert (cleaned.author, cleaned.body_paragraphs[0][:9]) == (None, "Sáng 10-9")


def test_a_link_after_the_last_sentence_is_not_article_text():
    text = ("Trao Túi an sinh công đoàn cho đoàn viên\n\n(LĐTĐ) Sáng 5/8, LĐLĐ tỉnh trao 800 túi an sinh.\n\n"
            "Những túi an sinh góp phần động viên người lao động. https://youtu.be/lrmIk5cXWdU\n")
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert cleaned.body_paragraphs[-1] == "Những túi an sinh góp phần động viên người lao động."


def test_related_headlines_lose_their_list_dash_and_time_stamp_not_a_date_they_state():
    text = ("Công đoàn các khu công nghiệp tổng kết năm\n\n(LĐTĐ) Sáng 5/12, Công đoàn tổ chức hội nghị tổng kết.\n\n"
            "Tin cùng chuyên mục\n- Niềm vui từ “mái ấm công đoàn” 17.11.2024 | 08:32 AM\n"
            "- Sổ bảo hiểm xã hội điện tử được cấp chậm nhất là ngày 1-1-2026\n")
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert cleaned.related_headlines == ("Niềm vui từ “mái ấm công đoàn”",
                                         "Sổ bảo hiểm xã hội điện tử được cấp chậm nhất là ngày 1-1-2026")


def test_a_print_button_after_the_byline_is_not_part_of_the_writer():
    # ngaynay.vn: "PV In bài viết" under the headline, the writer then the page's print tool
    text = ("Khám bệnh miễn phí cho công nhân ở 7 tỉnh, thành phố\n\nPV In bài viết\n"
            "(Ngày Nay) - Ngày 28/11, Tổng Liên đoàn Lao động Việt Nam tổ chức khám bệnh cho công nhân.\n\n"
            "Mỗi đợt khám kéo dài 5 - 10 ngày.\n")
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert (cleaned.author, cleaned.body_paragraphs[0][:20]) == ("PV", "(Ngày Nay) - Ngày 28")


@pytest.mark.parametrize("line", ["Ngày 12 tháng 01 năm 2025", "2025-01-12 08:00:00", "Chủ Nhật, ngày 12 tháng 1 năm 2025 08:00"])
def test_a_dateline_written_in_words_or_iso_gives_the_publication_date(line):
    text = f"LĐLĐ tỉnh tổ chức hội nghị tổng kết\n\n{line}\n\n(LĐTĐ) Sáng 11/1, LĐLĐ tỉnh Nam Định tổ chức Hội nghị.\n"
    cleaned = clean_text_page(Page(source="x.txt", text=text, media_type="text"))
    assert (cleaned.published, cleaned.title) == ("2025-01-12", "LĐLĐ tỉnh tổ chức hội nghị tổng kết")
