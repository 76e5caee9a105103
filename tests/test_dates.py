"""Dates and periods: real sentences in, ISO values out (shared/gold/FORMAT.md, "dates")."""
from __future__ import annotations

import json
import re

import pytest

from conftest import shared_path
from pipeline.extract import dates
from pipeline.records import Article
from pipeline.text import split_sentences


@pytest.fixture(scope="module")
def res():
    return dates.load_resources()


def values(text, res, year=None):
    return [(f.text, f.value) for f in dates.find_dates(text, res, year)]


def test_days_months_quarters_halves_and_years(res):
    text = (
        "Theo Ban Thường vụ Liên đoàn Lao động quận Thanh Xuân, với mục tiêu nâng cao hiệu quả các phong trào "
        "thi đua, quý II/2021, song song với với việc phát động, hưởng ứng “Tháng Công nhân” ... bầu cử đại biểu "
        "Hội đồng nhân các cấp nhiệm kỳ 2021-2026,…"
    )
    assert values(text, res) == [("quý II/2021", "2021-04-01/2021-06-30"), ("2021-2026", "2021/2026")]
    assert values("Triển khai có hiệu quả Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị", res) == [
        ("12/6/2021", "2021-06-12")
    ]
    assert values("chỉ tiêu kinh tế - xã hội của cơ quan, đơn vị và quận 6 tháng đầu năm 2021, lập thành tích", res) == [
        ("6 tháng đầu năm 2021", "2021-01-01/2021-06-30")
    ]
    assert values("Ngay từ những tháng đầu năm 2021, Liên đoàn Lao động quận", res) == [("năm 2021", "2021")]
    assert values("Đầu tháng 12/2014, anh Hùng cùng một số công nhân", res) == [("tháng 12/2014", "2014-12")]
    assert values("được ký ngày 12 tháng 5 năm 2021 tại Hà Nội", res) == [("ngày 12 tháng 5 năm 2021", "2021-05-12")]
    assert values("Theo phản ánh của CN, ngày 18-11-2022, ông Chiến thông báo", res) == [("18-11-2022", "2022-11-18")]
    assert values("trên Cổng trực tuyến đến ngày 31.5.2022 - kết thúc giai đoạn 1", res) == [("31.5.2022", "2022-05-31")]


def test_year_inside_phrases(res):
    text = (
        "tập trung tổ chức chăm lo cho đoàn viên, người lao động dịp Tết Nguyên đán Tân Sửu 2021 với tinh thần vui tươi; "
        "tiến tới “Hội thi thợ giỏi thành phố Hà Nội” lần thứ II - năm 2021"
    )
    assert values(text, res) == [("2021", "2021"), ("năm 2021", "2021")]
    assert values("Năm 2020, các cấp Công đoàn quận Ba Đình đã bám sát nhiệm vụ chính trị", res) == [("Năm 2020", "2020")]


def test_ranges_within_and_across_years(res):
    text = (
        "Trong đó, đợt 1 (từ ngày 1/1 đến 30/6/2021) với chủ đề “Chào mừng Đại hội” và đợt 2 "
        "(từ ngày 1/7 đến 31/12/2021) với chủ đề “Thi đua lao động giỏi”."
    )
    assert values(text, res) == [
        ("từ ngày 1/1 đến 30/6/2021", "2021-01-01/2021-06-30"),
        ("từ ngày 1/7 đến 31/12/2021", "2021-07-01/2021-12-31"),
    ]
    # the first day has no year and belongs to the year before the second
    assert values("Đợt cao điểm diễn ra từ ngày 15/12 đến 15/1/2022.", res) == [
        ("từ ngày 15/12 đến 15/1/2022", "2021-12-15/2022-01-15")
    ]
    assert values("Chương trình diễn ra từ tháng 12/2021 đến hết tháng 5/2022, giai đoạn 2", res) == [
        ("từ tháng 12/2021 đến hết tháng 5/2022", "2021-12/2022-05")
    ]
    assert values("Đại hội Công đoàn Việt Nam lần thứ XIII, nhiệm kỳ 2023 – 2028. Trong số cá nhân", res) == [
        ("2023 – 2028", "2023/2028")
    ]
    # an anniversary pair gives the founding and the anniversary, two dates (FORMAT.md), days or years
    assert values("kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28.7.1929 - 28.7.2024) và trao giải", res) == [
        ("28.7.1929", "1929-07-28"), ("28.7.2024", "2024-07-28")
    ]
    assert values("Lễ kỷ niệm 50 năm ngày thành lập Công ty (1969 – 2019) diễn ra sáng nay", res) == [
        ("1969", "1969"), ("2019", "2019")
    ]
    assert values("Giai đoạn 2016 – 2020 đã qua", res) == [("2016 – 2020", "2016/2020")]
    # as many years as the pair spans, but no anniversary: a period (FORMAT.md: the pair comes after kỷ niệm)
    assert values("Trong 5 năm (2012- 2017), toàn tỉnh có 31.077 lượt người lao động đề xuất sáng kiến", res) == [
        ("2012- 2017", "2012/2017")
    ]
    assert values("phương hướng nhiệm vụ của Công đoàn ngành trong 5 năm tới (2023 - 2028)", res) == [
        ("2023 - 2028", "2023/2028")
    ]
    # two days of one month, two months of one year: one period each
    assert values("Hội thao diễn ra từ 20 - 22/7/2012 tại Nhà thi đấu, trong tháng 10 và 11-2025 tiếp tục", res) == [
        ("20 - 22/7/2012", "2012-07-20/2012-07-22"), ("tháng 10 và 11-2025", "2025-10/2025-11")
    ]
    assert values("bằng khen của Thủ tướng từ năm 2014 đến năm 2017", res) == [("từ năm 2014 đến năm 2017", "2014/2017")]
    # a range written out in words, and one whose first day is named by "ngày" without "từ"
    assert values("Tháng cao điểm diễn ra từ ngày 15 tháng 3 đến hết ngày 30 tháng 6 năm 2023 tại các đơn vị", res) == [
        ("từ ngày 15 tháng 3 đến hết ngày 30 tháng 6 năm 2023", "2023-03-15/2023-06-30")
    ]
    assert values("Ngày 10 đến 12/5/2024, Công đoàn ngành tổ chức Hội thao", res) == [
        ("Ngày 10 đến 12/5/2024", "2024-05-10/2024-05-12")
    ]


def test_other_papers_shapes(res):
    # laodong.vn writes months with a dot; nld/baohungyen write two running years as one period
    assert values("kể từ tháng 1.2021, mức lương tối thiểu vùng", res) == [("tháng 1.2021", "2021-01")]
    assert values("Trong 2 năm 2022 và 2023, công nhân đã", res) == [("năm 2022 và 2023", "2022/2023")]
    assert values("trong các năm 2019 và 2021", res) == [("năm 2019", "2019"), ("2021", "2021")]


def test_a_month_named_by_its_word(res):
    # articles2/other_022: the August Revolution; a lowercase "tháng năm" is months and years, not May
    assert values("kỷ niệm 79 năm Cách mạng tháng Tám 1945 và Quốc khánh", res) == [("tháng Tám 1945", "1945-08")]
    assert values("từ tháng Giêng năm 2021", res) == [("tháng Giêng năm 2021", "2021-01")]
    assert values("qua các tháng năm 2020", res) == [("năm 2020", "2020")]


def test_relative_years_take_the_publication_year(res):
    assert values("(LĐTĐ) Chiều 20/12, Công đoàn các Khu Công nghiệp và Chế xuất Hà Nội", res, 2024) == [
        ("20/12", "2024-12-20")
    ]
    assert values("(BDO) Sáng 16-8, LĐLĐ TX. Thuận An tổ chức", res, 2024) == [("16-8", "2024-08-16")]
    assert values("(BĐ) - Ngày 16.10, Công đoàn Văn phòng UBND tỉnh", res, 2023) == [("16.10", "2023-10-16")]
    assert values("hội nghị sơ kết quý III", res, 2022) == [("quý III", "2022-07-01/2022-09-30")]
    text = "Hội nghị đã thông qua báo cáo sơ kết công tác thi đua 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2014"
    assert values(text, res, 2014) == [
        ("6 tháng đầu năm", "2014-01-01/2014-06-30"), ("6 tháng cuối năm 2014", "2014-07-01/2014-12-31")
    ]
    assert values("sơ kết 6 tháng đầu năm học 2023-2024", res, 2024) == [("2023-2024", "2023/2024")]
    # without a year to lean on, a yearless day is left out rather than guessed
    assert values("Chiều 20/12, Công đoàn", res, None) == []


def test_a_holiday_named_before_its_day(res):
    # "ngày" and a capitalised holiday name make a yearless day, also with a dot (FORMAT.md: 19.5 is a day)
    text = "chào mừng kỷ niệm 138 năm ngày Quốc tế Lao động 1.5, gắn với các hoạt động đưa nghị quyết"
    assert values(text, res, 2024) == [("1.5", "2024-05-01")]
    text = ("Trong không khí của toàn ngành hướng về ngày Truyền thống Công nhân vùng Mỏ - Truyền thống ngành Than "
            "12-11, cùng với khí thế thi đua sôi nổi")
    assert values(text, res, 2022) == [("12-11", "2022-11-12")]
    assert values("Khai mạc Hội thao chào mừng Ngày thành lập Công đoàn Việt Nam 28/7", res, 2023) == [("28/7", "2023-07-28")]
    # a decimal after a lowercase "ngày" stays a number
    assert values("trong ngày làm việc, hệ số 1.5 được áp dụng", res, 2024) == []


def test_article_year_falls_back_to_the_year_the_article_states(res):
    article = Article(
        article_id="t", source="unknown", title="Hội nghị tổng kết năm 2022",
        lead="Chiều 20/12, Liên đoàn Lao động tổ chức hội nghị tổng kết năm 2022.", paragraphs=(),
    )
    sentences = split_sentences(article)
    found = dates.extract_dates(article, sentences, res)
    assert [(d.text, d.value) for d in found] == [("năm 2022", "2022"), ("20/12", "2022-12-20")]


def test_without_publication_date_the_headline_year_comes_first(res):
    # the body reviews last year more often than it names this one; the headline names the article's year
    article = Article(
        article_id="t", source="unknown", title="Cụm thi đua số 3 Liên đoàn Lao động Thành phố ký giao ước thi đua năm 2021",
        lead=("Sáng 19/3, Cụm thi đua số 3 tổ chức Hội nghị tổng kết công tác thi đua năm 2020. Năm 2020, các đơn vị "
              "đã hoàn thành chỉ tiêu; trong năm 2020 có 5 sáng kiến."),
        paragraphs=(),
    )
    found = dates.extract_dates(article, split_sentences(article), res)
    assert ("19/3", "2021-03-19") in [(d.text, d.value) for d in found]


def test_without_publication_date_a_tie_goes_to_the_latest_year(res):
    article = Article(
        article_id="t", source="unknown", title="Hoài Đức sơ kết giữa nhiệm kỳ",
        lead=("Sáng 15/1, Liên đoàn Lao động huyện Hoài Đức tổ chức Hội nghị sơ kết giữa nghiệm kỳ ... nhiệm kỳ "
              "2018 – 2023; tổng kết phong trào công nhân, viên chức, lao động và hoạt động công đoàn năm 2020, "
              "triển khai phương hướng nhiệm vụ và phát động phong trào thi đua năm 2021."),
        paragraphs=(),
    )
    found = dates.extract_dates(article, split_sentences(article), res)
    assert [(d.text, d.value) for d in found] == [
        ("15/1", "2021-01-15"), ("2018 – 2023", "2018/2023"), ("năm 2020", "2020"), ("năm 2021", "2021")
    ]


def test_not_dates(res):
    for text in (
        "Kế hoạch số 12/KH-LĐLĐ của Liên đoàn Lao động",
        "Nghị quyết số 02-NQ/TW, Chỉ thị 05-CT/TW của Bộ Chính trị",
        "đạt 49/20 chỉ tiêu, bằng 245%",
        "chiến thắng đại dịch Covid-19; Cách mạng công nghiệp 4.0",
        "kỷ niệm 92 năm Ngày thành lập Công đoàn Việt Nam; Trong 5 năm gần đây; Thời gian qua; hàng năm",
        "nhắn tin ủng hộ qua tổng đài 1407; gọi 1900 1234",
        "Nghị định 145/2020/NĐ-CP của Chính phủ",
        "Tiền công làm việc 3 tháng 10 ngày",
        "Tết Nguyên đán Quý Mão",
        "Công ty đạt chứng nhận ISO 9001:2015 và ISO 45001:2018",
        "về mức ăn giữa ca tăng 2000 đồng/suất",
        "dành toàn bộ mức thu nhập bình quân từ 7-8 triệu đồng để lo cho các sinh viên",
    ):
        assert values(text, res, 2024) == [], text


def test_mention_fields_and_offsets(res):
    article = Article(
        article_id="t", source="unknown", title="Phát động thi đua năm 2021",
        lead="(LĐTĐ) Từ ngày 1/1 đến 30/6/2021, đợt 1 diễn ra; năm 2021 là năm bản lề.", paragraphs=(),
        published="2021-01-19",
    )
    found = dates.extract_dates(article, split_sentences(article), res)
    assert [d.value for d in found] == ["2021", "2021-01-01/2021-06-30"]  # one entry per distinct value
    year, period = found
    assert (year.start_date, year.end_date, year.granularity) == ("2021-01-01", "2021-12-31", "year")
    assert (period.start_date, period.end_date, period.granularity) == ("2021-01-01", "2021-06-30", "range")
    assert article.text[period.span.start:period.span.end] == period.text == "Từ ngày 1/1 đến 30/6/2021"
    assert year.span.sentence_index == 0 and period.span.sentence_index == 1


def _gold_articles():
    """Seed articles cut to the article proper by the gold's own markers (independent of the cleaner)."""
    gold_dir = shared_path("gold", "seeds")
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = shared_path("seeds", gold_path.stem + ".txt").read_text(encoding="utf-8")
        noise = min((raw.find(m) for m in ("\nCó thể bạn quan tâm", "\nNguồn :", "\nTin khác") if m in raw), default=len(raw))
        proper = raw[: raw.rindex(gold["body_last_words"], 0, noise) + len(gold["body_last_words"])]
        lines = [
            line.strip() for line in proper.split("\n")
            if line.strip() and line.strip() != "M" and not re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", line.strip())
            and not any(h in line for h in gold["related_headlines"])
        ]
        article = Article(article_id=gold_path.stem, source="laodongthudo.vn", title=lines[0], lead=None,
                          paragraphs=tuple(lines[1:]), published=gold["published"])
        yield gold, article


def test_seed_gold_dates(res):
    matched = gold_total = predicted = 0
    for gold, article in _gold_articles():
        found = {d.value for d in dates.extract_dates(article, split_sentences(article), res)}
        expected = {d["value"] for d in gold["dates"]}
        matched += len(found & expected)
        gold_total += len(expected)
        predicted += len(found)
    precision, recall = matched / predicted, matched / gold_total
    assert 2 * precision * recall / (precision + recall) >= 0.95


def test_a_span_of_days_in_brackets_after_the_days_it_counts_is_one_period(res):
    assert values("Hội thao diễn ra trong 2 ngày (5-6/3), tại Nhà văn hóa.", res, 2025) == [("5-6/3", "2025-03-05/2025-03-06")]
    assert values("Trong 2 ngày (5 - 6/3), hơn 500 vận động viên thi đấu.", res, 2025) == [
        ("5 - 6/3", "2025-03-05/2025-03-06")
    ]
    assert values("Tỷ lệ đạt (5-6/3) so với kế hoạch.", res, 2025) == []  # no day counted before it: not days


def test_two_days_named_together_are_one_period(res):
    assert values("Hội thao diễn ra trong 2 ngày 10 và 11-7.", res, 2024) == [("10 và 11-7", "2024-07-10/2024-07-11")]
    assert values("Giải đấu diễn ra 15 và 16/3/2023.", res, 2024) == [("15 và 16/3/2023", "2023-03-15/2023-03-16")]
    # also written out in full across a year's end; days further apart stay two dates
    assert values("Trong 2 ngày 31/12/2022 và 1/1/2023, tại 10 khu chế xuất", res, 2023) == [
        ("31/12/2022 và 1/1/2023", "2022-12-31/2023-01-01")
    ]
    assert values("Hội nghị họp ngày 3/6 và 14/6/2021", res, 2021) == [("3/6", "2021-06-03"), ("14/6/2021", "2021-06-14")]
    # three running days listed with commas are one period too
    assert values("Trong các ngày 19, 20 và 21/9, Hội thi diễn ra tại Hà Nội.", res, 2024) == [
        ("19, 20 và 21/9", "2024-09-19/2024-09-21")
    ]
    assert values("Trong 3 ngày 29, 30, 31/12/2025, công đoàn tổ chức chợ Tết.", res, 2026) == [
        ("29, 30, 31/12/2025", "2025-12-29/2025-12-31")
    ]
    # two running days with a comma are one period; two days apart stay two days
    assert values("Hội thi diễn ra trong ngày 5, 6/7 tại Cung Văn hóa; họp ngày 5, 12/7", res, 2024) == [
        ("5, 6/7", "2024-07-05/2024-07-06"), ("5", "2024-07-05"), ("12/7", "2024-07-12")
    ]
    # the pair written out in words
    assert values("Ngày 20 và 21 tháng 2, Hội nghị diễn ra tại trụ sở Liên đoàn.", res, 2025) == [
        ("Ngày 20 và 21 tháng 2", "2025-02-20/2025-02-21")
    ]


def test_a_day_of_new_years_eve(res):
    assert values("Đêm giao thừa 28/1, công đoàn tặng quà công nhân ở lại trực.", res, 2025) == [("28/1", "2025-01-28")]


def test_the_first_months_of_a_year_written_without_dau(res):
    # "Kết quả 9 tháng năm 2024" reports the year so far, as "9 tháng đầu năm 2024" does (FORMAT: a period)
    assert values("Kết quả 9 tháng năm 2024 và 6 tháng năm 2023", res, 2024) == [
        ("9 tháng năm 2024", "2024-01-01/2024-09-30"), ("6 tháng năm 2023", "2023-01-01/2023-06-30")
    ]


def test_a_holiday_greeted_or_marked_by_its_date(res):
    assert values("Chào mừng 8/3, Công đoàn tổ chức hội thi; nhân kỷ niệm 20/10 tặng quà; dịp Quốc khánh 2-9 nghỉ", res, 2024) == [
        ("8/3", "2024-03-08"), ("20/10", "2024-10-20"), ("2-9", "2024-09-02")
    ]


def test_days_of_a_holiday_break_are_one_period(res):
    # "dịp nghỉ lễ 30/4 - 1/5": union news names the holiday break by its first and last day, without a year
    assert values("Dịp nghỉ lễ 30/4 - 1/5, Công đoàn tổ chức cho 200 đoàn viên đi tham quan.", res, 2026) == [
        ("30/4 - 1/5", "2026-04-30/2026-05-01")
    ]
    assert values("Nhân dịp 30/4 - 1/5, công ty thưởng mỗi người 500.000 đồng.", res, 2026) == [
        ("30/4 - 1/5", "2026-04-30/2026-05-01")
    ]
    assert values("Tỷ lệ đạt 1/2 - 2/3 số đơn vị.", res, 2026) == []  # no word of a day before: ratios


def test_a_lunar_date_given_beside_the_solar_one_is_not_listed(res):
    # FORMAT.md: lunar dates are not listed; union news adds them to Tết and festival days
    assert values("Ngày 8/3/2025 (tức ngày 9 tháng 2 năm Ất Tỵ), công đoàn tổ chức mít tinh.", res, 2025) == [
        ("8/3/2025", "2025-03-08")
    ]
    assert values("Lễ hội diễn ra ngày 10/3 âm lịch hằng năm, tức ngày 7/4/2025.", res, 2025) == [("7/4/2025", "2025-04-07")]
    assert values("Ngày 20 tháng 6 năm nay, công đoàn tổng kết.", res, 2025) == [("Ngày 20 tháng 6", "2025-06-20")]


def test_a_day_followed_by_this_year_or_a_written_out_year(res):
    # "năm nay" after a day is this year (a duration is "7-8 năm nay"); "mùng" before a day names it
    assert values("Ngày 5/3 năm nay, công đoàn tổ chức hội nghị.", res, 2026) == [("5/3", "2026-03-05")]
    assert values("Lễ Quốc khánh mùng 2/9 năm nay, công nhân được nghỉ 4 ngày.", res, 2026) == [("2/9", "2026-09-02")]
    assert values("Sáng 5/3 năm 2025, tại Hà Nội, công đoàn tổ chức hội nghị.", res, 2026) == [("5/3 năm 2025", "2025-03-05")]
    assert values("Từ 7-8 năm nay, công đoàn đã làm tốt công tác này.", res, 2026) == []


def test_days_of_a_month_listed_apart_are_each_a_day(res):
    # "các ngày 5, 12 và 19/9": union news lists the sessions of a course by their days before the one month;
    # days further apart than one are not one period but as many days
    assert values("Các lớp tập huấn diễn ra vào các ngày 5, 12 và 19/9.", res, 2025) == [
        ("5", "2025-09-05"), ("12", "2025-09-12"), ("19/9", "2025-09-19")
    ]
    assert values("Chợ phiên mở các ngày 7, 14, 21/12/2024 tại Khu công nghiệp.", res, 2025) == [
        ("7", "2024-12-07"), ("14", "2024-12-14"), ("21/12/2024", "2024-12-21")
    ]
    # without "ngày" or a year the numbers may be anything but days
    assert values("Tổ 5, 12 và 19/9 hoàn thành.", res, 2025) == []


def test_a_weekday_and_a_comma_make_a_day(res):
    # union news dates an event by its weekday, a comma and the day: "Chủ nhật, 9/3", "Thứ Bảy, 8-3"
    assert values("Chủ nhật, 9/3, LĐLĐ quận tổ chức Ngày hội cho đoàn viên.", res, 2025) == [("9/3", "2025-03-09")]
    assert values("Thứ Bảy, 8-3, Công đoàn ngành tổ chức giải chạy.", res, 2025) == [("8-3", "2025-03-08")]


def test_a_day_that_names_a_company_is_not_a_date(res):
    # Vietnamese companies are named after a day of history; "ngày" right before the number still makes it a day
    assert values("Ngày 7/3, Công ty Dệt 8-3 trao quà cho 250 nữ công nhân.", res, 2025) == [("7/3", "2025-03-07")]
    assert values("Ngày 20/3, Tổng công ty Dệt may 29/3 tổ chức hội thi vào ngày 26/3.", res, 2025) == [
        ("20/3", "2025-03-20"), ("26/3", "2025-03-26")]


def test_years_listed_after_nam_are_years_before_a_counted_noun(res):
    # "Năm 2023, 2024 và 2025 đơn vị ...": the last year is followed by the subject, not counting it
    assert values("Năm 2023, 2024 và 2025 đơn vị đều đạt danh hiệu Tập thể lao động xuất sắc.", res) == [
        ("Năm 2023", "2023"), ("2024", "2024"), ("2025", "2025")]
    assert values("Năm nay có 2025 đoàn viên mới.", res) == []


def _article_dates(res, lead, published=None, title="Hội nghị tổng kết"):
    article = Article(article_id="t", source="unknown", title=title, lead=lead, paragraphs=(), published=published)
    return [(d.text, d.value) for d in dates.extract_dates(article, split_sentences(article), res)]


def test_an_early_january_article_reports_last_december(res):
    # a yearless day, month or quarter nine months ahead of the publication is last year's: no news reports it ahead
    lead = ("Chiều 7/1, LĐLĐ quận tổ chức hội nghị tổng kết. Trước đó, ngày 28/12, LĐLĐ quận tổ chức tọa đàm; "
            "trong tháng 12, đơn vị thăm 85 đoàn viên. Quý IV, toàn quận kết nạp 620 đoàn viên; "
            "từ ngày 15/12 đến hết 31/12, công đoàn rà soát danh sách.")
    assert _article_dates(res, lead, "2026-01-08") == [
        ("7/1", "2026-01-07"), ("28/12", "2025-12-28"), ("tháng 12", "2025-12"), ("Quý IV", "2025-10-01/2025-12-31"),
        ("từ ngày 15/12 đến hết 31/12", "2025-12-15/2025-12-31"),
    ]
    # a plan or a deadline is this year's; a day written with its year keeps it
    lead = "Các đơn vị gửi báo cáo trước ngày 15/12. Hội thi sẽ tổ chức ngày 20/10; ngày 28/12/2026 tổng kết."
    assert _article_dates(res, lead, "2026-01-08") == [
        ("15/12", "2026-12-15"), ("20/10", "2026-10-20"), ("28/12/2026", "2026-12-28")
    ]


def test_a_december_article_plans_next_january(res):
    lead = "Chương trình Tết Sum vầy sẽ diễn ra ngày 10/1. Ngày 5/1, LĐLĐ đã phát động thi đua; ngày 15/12, tổng kết."
    assert _article_dates(res, lead, "2025-12-20") == [("10/1", "2026-01-10"), ("5/1", "2025-01-05"), ("15/12", "2025-12-15")]


def test_without_publication_date_a_january_day_belongs_to_the_year_the_article_launches(res):
    # the conference that closes a year and launches the next meets in the next one's first weeks
    lead = ("Ngày 12-1, Công đoàn Tổng công ty tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm "
            "2024. Năm 2023, Công đoàn chăm lo cho 2.300 đoàn viên. Ngày 20-12, Công đoàn trao quà.")
    assert _article_dates(res, lead, None, "Công đoàn Tổng công ty tổng kết năm 2023") == [
        ("năm 2023", "2023"), ("12-1", "2024-01-12"), ("năm 2024", "2024"), ("20-12", "2023-12-20")
    ]


def test_a_range_of_months_without_a_year(res):
    assert values("Từ tháng 3 đến tháng 5, Công đoàn tập trung phát triển đoàn viên tại 40 doanh nghiệp.", res, 2026) == [
        ("Từ tháng 3 đến tháng 5", "2026-03/2026-05")
    ]
    assert values("Đợt cao điểm diễn ra tháng 9 - tháng 10 hằng quý.", res, 2026) == [("tháng 9 - tháng 10", "2026-09/2026-10")]
    assert values("Từ tháng 3 đến tháng 5, công đoàn tập huấn.", res, None) == []


def test_a_recurring_month_or_day_is_no_calendar_date(res):
    # FORMAT.md: "hàng năm" is relative time; a month or a day it recurs with is no calendar mention
    assert values("Hai bên hưởng ứng Tháng Công nhân vào tháng 5 hằng năm; tổng kết vào quý IV hằng năm.", res, 2025) == []
    assert values("Hằng năm, vào dịp 28/7, công đoàn tổ chức gặp mặt; năm 2025, dịp 28/7 có 300 người dự.", res, 2025) == [
        ("năm 2025", "2025"), ("28/7", "2025-07-28")
    ]
    assert values("Hằng năm, công đoàn tổ chức hội thao. Ngày 5/3, hội thao khai mạc.", res, 2025) == [("5/3", "2025-03-05")]


def test_two_months_named_together_without_a_year(res):
    assert values("Trong 2 tháng 11 và 12, Công đoàn tổ chức Hội thao cho 850 vận động viên.", res, 2025) == [
        ("tháng 11 và 12", "2025-11/2025-12")
    ]
    assert values("Trong tháng 11 và 12 đơn vị đã đăng ký.", res, 2025) == [("tháng 11", "2025-11")]


def test_a_range_of_days_after_tu_alone(res):
    # "(trong các ngày) từ 10 đến 12/10": one period when "ngày" or a year makes the numbers days
    assert values("Trong các ngày từ 10 đến 12/10, Công đoàn tổ chức Tuần lễ văn hóa công nhân.", res, 2025) == [
        ("từ 10 đến 12/10", "2025-10-10/2025-10-12")
    ]
    assert values("Hội diễn từ 10 đến 12/10/2025 tại Cung Văn hóa.", res, 2024) == [
        ("từ 10 đến 12/10/2025", "2025-10-10/2025-10-12")
    ]


def test_a_month_written_with_its_year_alone(res):
    # "đến 6/2025", "từ 10/2024 đến 12/2025": a month and its year without "tháng"; document numbers stay out
    assert values("Đến 6/2025, toàn tỉnh có 1.200 đoàn viên.", res, 2024) == [("6/2025", "2025-06")]
    assert values("Chương trình triển khai từ 10/2024 đến 12/2025 tại 20 doanh nghiệp.", res, 2024) == [
        ("từ 10/2024 đến 12/2025", "2024-10/2025-12")
    ]
    assert values("Nghị định 145/2020/NĐ-CP, Quyết định số 5/2025 và Kế hoạch 12/2025 của LĐLĐ", res, 2024) == []
    # two months named together before "năm" and the year: one period, as "tháng 10 và 11-2025"
    assert values("trong tháng 9 và tháng 10 năm 2025, công đoàn tập huấn", res, 2024) == [
        ("tháng 9 và tháng 10 năm 2025", "2025-09/2025-10")
    ]


def test_the_year_of_a_law_is_no_year_of_the_article(res):
    # without a publication date a yearless day takes the year the article states; a law's or a resolution's year
    # dates the document, not the article
    lead = ("Qua phát động (từ ngày 5-7 đến 15-7), 171.619 lượt đoàn viên tham gia hội thi tìm hiểu Nghị quyết số "
            "02-NQ/TW ngày 12-6-2021 của Bộ Chính trị, Luật Công đoàn Việt Nam 2012 và Bộ Luật Lao động năm 2019.")
    assert _article_dates(res, lead, None, "Trao giải hội thi trực tuyến") == [
        ("12-6-2021", "2021-06-12"), ("2012", "2012"), ("năm 2019", "2019")
    ]
    assert _article_dates(res, lead + " Năm 2023, hội thi thu hút 12 đơn vị.", None, "Triển khai Luật Công đoàn năm 2024") == [
        ("năm 2024", "2024"), ("từ ngày 5-7 đến 15-7", "2023-07-05/2023-07-15"), ("12-6-2021", "2021-06-12"),
        ("2012", "2012"), ("năm 2019", "2019"), ("Năm 2023", "2023")
    ]


def test_an_early_january_article_reports_last_decembers_plans_and_periods(res):
    # a plan issued or a period that ran in December is last year's: only a deadline or a future tense keeps the year
    lead = ("Ngày 28/12, LĐLĐ quận ban hành Kế hoạch tổ chức Tết Sum vầy. Từ ngày 15/12 đến hết ngày 31/12, "
            "các công đoàn cơ sở đã rà soát danh sách đoàn viên.")
    assert _article_dates(res, lead, "2026-01-05") == [
        ("28/12", "2025-12-28"), ("Từ ngày 15/12 đến hết ngày 31/12", "2025-12-15/2025-12-31")
    ]


def test_a_range_of_days_written_with_dots(res):
    # laodong.vn writes day.month: "từ 1.7 đến 31.12" is one period when "từ" or "ngày" makes the numbers days
    assert values("Đợt thi đua diễn ra từ 1.7 đến 31.12, với 30 đơn vị tham gia.", res, 2025) == [
        ("từ 1.7 đến 31.12", "2025-07-01/2025-12-31")
    ]
    assert values("Từ ngày 15.3-15.4.2025, Công đoàn phát động thi đua.", res, 2024) == [
        ("Từ ngày 15.3-15.4.2025", "2025-03-15/2025-04-15")
    ]
    # amounts and decimals stay numbers
    assert values("Lương tăng từ 1.5 đến 2.5 triệu đồng; hệ số 1.5 - 2.5 được áp dụng.", res, 2025) == []


def test_a_coming_month_stays_ahead(res):
    # "tháng 10 tới" is the coming October even nine months ahead; "tới dự" (attending) says nothing of the time
    lead = "Vào tháng 10 tới, Công đoàn tổ chức Hội thao. Ngày 20/12, đại biểu tới dự hội nghị tổng kết."
    assert _article_dates(res, lead, "2026-01-05") == [("tháng 10", "2026-10"), ("20/12", "2025-12-20")]


def test_a_range_of_days_named_with_their_weekdays(res):
    assert values("Thời gian đăng ký từ thứ Hai, 2/3 đến thứ Sáu, 13/3.", res, 2026) == [
        ("từ thứ Hai, 2/3 đến thứ Sáu, 13/3", "2026-03-02/2026-03-13")
    ]
    assert values("Giải diễn ra từ thứ Hai (2/3) đến Chủ nhật (8/3) tại sân vận động.", res, 2026) == [
        ("từ thứ Hai (2/3) đến Chủ nhật (8/3)", "2026-03-02/2026-03-08")
    ]


def test_a_span_closed_by_a_verb_is_one_period(res):
    # "từ ngày X và hoàn thành trước ngày Y", "bắt đầu từ ngày X, kết thúc vào ngày Y": one period
    assert values("Đại hội công đoàn cơ sở tiến hành từ ngày 1/4 và hoàn thành trước ngày 30/6/2027.", res, 2026) == [
        ("từ ngày 1/4 và hoàn thành trước ngày 30/6/2027", "2027-04-01/2027-06-30")
    ]
    assert values("Cuộc thi bắt đầu từ ngày 1/3, kết thúc vào ngày 30/4.", res, 2026) == [
        ("từ ngày 1/3, kết thúc vào ngày 30/4", "2026-03-01/2026-04-30")
    ]


def test_a_range_of_days_with_their_hours_and_a_pair_with_ngay_twice(res):
    assert values("Thời gian: từ 8h00 ngày 15/5 đến 17h00 ngày 17/5/2025.", res, 2024) == [
        ("từ 8h00 ngày 15/5 đến 17h00 ngày 17/5/2025", "2025-05-15/2025-05-17")
    ]
    assert values("Từ 7 giờ 30 phút ngày 2/3 đến 11 giờ ngày 3/3, thí sinh thi lý thuyết.", res, 2025) == [
        ("Từ 7 giờ 30 phút ngày 2/3 đến 11 giờ ngày 3/3", "2025-03-02/2025-03-03")
    ]
    assert values("Hội nghị diễn ra trong ngày 17 và ngày 18/12.", res, 2025) == [("17 và ngày 18/12", "2025-12-17/2025-12-18")]


def test_shared_gates_tried_once_and_day_range_short_gated_by_its_word(res):
    """Speed: the shapes' gates are the same compiled patterns where they read alike (tried once per sentence), and
    'từ ngày 1 đến ngày 5/6' has 'ngày' as its gate; the dates found are the same."""
    gates = [gate for _, _, gate in res.patterns if gate is not None]
    assert len(set(map(id, gates))) < len(gates)
    assert all(gate is not None and gate.pattern == "ngày" for name, _, gate in res.patterns if name == "day_range_short")
    assert values("Hội thi diễn ra từ ngày 1 đến ngày 5/6/2021 tại Hà Nội.", res) == [("từ ngày 1 đến ngày 5/6/2021", "2021-06-01/2021-06-05")]
    assert values("Hội thi diễn ra 1 đến 5/6/2021.", res) != [("1 đến 5/6/2021", "2021-06-01/2021-06-05")]
