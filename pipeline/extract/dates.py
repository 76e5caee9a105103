"""Dates and periods written in an article, resolved to ISO values.

Vietnamese news writes calendar time in a handful of shapes: ``12/5/2021``, ``ngày 12 tháng 5 năm
2021``, ``tháng 5/2021``, ``quý II/2021``, ``6 tháng đầu năm 2021``, ``năm 2021``, ranges such as
``từ ngày 1/1 đến 30/6/2021`` and terms such as ``nhiệm kỳ 2023 – 2028``. Each shape is one regular
expression; they are tried from the longest (ranges) to the shortest (a bare year) and a span taken by
one shape is not read again by a shorter one. Days and months written without a year take the year of
publication (moved to the year before or after when that puts them near the publication: an early-January
article's "ngày 28/12"), else the year the article itself states most often.
"""
from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date

from ..records import Article, DateMention, Sentence, Span
from ..resources import read_column, read_tsv
from ..text import by_first_letter

YEAR = r"(?:1[89]\d\d|20\d\d)"  # a year written with a day, month, "năm" or in a range
BARE_YEAR = r"(?:19[4-9]\d|20[0-4]\d)"  # a year standing alone: narrower, keeps 1900 hotlines and 9001 out
ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class Period:
    phrase: str
    first_month: int
    last_month: int
    granularity: str


@dataclass(frozen=True, eq=False)  # compared by identity: a cheap cache key, read per sentence (``_matches``)
class DateResources:
    day_context: tuple[str, ...]  # words before a yearless "12/5" that make it a day ("ngày", "chiều" ...)
    weekdays: tuple[str, ...]  # the day-context words that name a weekday, also written with a comma ("Chủ nhật, 9/3")
    blockers: tuple[str, ...]  # words before a number that make it a document number ("số", "Nghị định" ...)
    periods: tuple[Period, ...]
    unit_nouns: tuple[str, ...]  # words after a number that make it a count or an amount ("2000 đồng", "7-8 triệu")
    patterns: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]  # (shape, pattern, gate)
    recurring_before: re.Pattern[str]  # "Hằng năm, vào dịp 28/7": a recurring time, not a calendar date
    recurring_after: re.Pattern[str]  # "vào tháng 5 hằng năm"
    law_before: re.Pattern[str]  # "Luật Công đoàn 2012", "Nghị quyết số 02-NQ/TW ngày 12-6-2021": a document's year
    future: re.Pattern[str]  # words of a sentence that put its yearless day ahead: a plan, a deadline ("sẽ", "trước ngày")


@dataclass(frozen=True)
class Found:
    """One date mention inside a piece of text (offsets relative to that text)."""

    start: int
    end: int
    text: str
    value: str
    start_date: str
    end_date: str
    granularity: str
    year_from_article: bool = False  # a day, month or quarter written without its year: the article's year was given


# The months' own names, as in "Cách mạng tháng Tám 1945" (written capitalised; "tháng năm" is no month)
MONTH_WORDS = {"Giêng": 1, "Hai": 2, "Ba": 3, "Tư": 4, "Năm": 5, "Sáu": 6, "Bảy": 7, "Tám": 8, "Chín": 9, "Mười": 10,
               "Mười một": 11, "Mười Một": 11, "Mười hai": 12, "Mười Hai": 12, "Chạp": 12}
MONTH_WORD_PATTERN = "|".join(re.escape(w) for w in sorted(MONTH_WORDS, key=len, reverse=True))


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _build_patterns(periods: tuple[Period, ...], weekdays: tuple[str, ...]
                    ) -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
    d, m = r"\d{1,2}", r"\d{1,2}"
    not_before = r"(?<![\w/.,\-])"
    not_after = r"(?![\w/]|[.,]\d|-\d)"
    to = r"\s*(?:đến\s+hết|đến|tới|–|—|-)\s*"
    period_words = _alternation(tuple(p.phrase for p in periods))
    clock = r"\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s*"  # "8h00 ", "8 giờ 30 phút, "
    weekday = rf"(?:{_alternation(weekdays)})\s*(?:,\s*|\(\s*)(?:ngày\s+)?"  # "thứ Hai, 2/3", "thứ Sáu (13/3)"
    specs = [
        # từ thứ Hai, 2/3 đến thứ Sáu, 13/3; từ thứ Hai (2/3) đến Chủ nhật (8/3)
        ("day_range", rf"(?P<pre>[Tt]ừ\s+){weekday}(?P<d1>{d})(?P<s1>[/.-])(?P<m1>{m})(?:(?P=s1)(?P<y1>{YEAR}))?\s*\)?"
                      rf"{to}{weekday}(?P<d2>{d})(?P<s2>[/.-])(?P<m2>{m})(?:(?P=s2)(?P<y2>{YEAR}))?(?:\s*\))?{not_after}", r"thứ\s|chủ\s+nhật"),
        # từ 8h00 ngày 15/5 đến 17h00 ngày 17/5/2025 (the hours of the first and the last day: one period of days)
        ("day_range", rf"(?P<pre>[Tt]ừ\s+{clock}ngày\s+)(?P<d1>{d})(?P<s1>[/.-])(?P<m1>{m})(?:(?P=s1)(?P<y1>{YEAR}))?"
                      rf"{to}(?:{clock})?ngày\s+(?P<d2>{d})(?P<s2>[/.-])(?P<m2>{m})(?:(?P=s2)(?P<y2>{YEAR}))?{not_after}", r"\d\s*(?:h|giờ)"),
        # từ ngày 1/1 đến 30/6/2021; 22/7/1951 - 22/7/2016; từ 20/11 - 21/12
        ("day_range", rf"{not_before}(?P<pre>(?:từ\s+)?(?:ngày\s+)?)(?P<d1>{d})(?P<s1>[/.-])(?P<m1>{m})(?:(?P=s1)(?P<y1>{YEAR}))?"
                      rf"{to}(?:ngày\s+)?(?P<d2>{d})(?P<s2>[/.-])(?P<m2>{m})(?:(?P=s2)(?P<y2>{YEAR}))?{not_after}", r"\d[/.-]\d"),
        # từ ngày 1/7 và hoàn thành trước ngày 31/12/2017, bắt đầu từ ngày 1/3, kết thúc vào ngày 30/4 (a span whose
        # end is named by the verb that closes it)
        ("day_range", rf"(?P<pre>[Tt]ừ\s+(?:ngày\s+)?)(?P<d1>{d})(?P<s1>[/.-])(?P<m1>{m})(?:(?P=s1)(?P<y1>{YEAR}))?"
                      rf"\s*(?:,\s*|\s+và\s+)(?:kết\s+thúc|hoàn\s+thành)\s+(?:trước\s+|vào\s+|trong\s+)?(?:ngày\s+)?"
                      rf"(?P<d2>{d})(?P<s2>[/.-])(?P<m2>{m})(?:(?P=s2)(?P<y2>{YEAR}))?{not_after}", r"kết\s+thúc|hoàn\s+thành"),
        # từ ngày 1 đến ngày 5/6/2021, từ ngày 21-29.10, ngày 10 đến 12/5/2024
        ("day_range_short", rf"(?P<pre>(?:từ\s+)?ngày\s+)(?P<d1>{d}){to}(?:ngày\s+)?(?P<d2>{d})[/.-](?P<m2>{m})(?:[/.-](?P<y2>{YEAR}))?{not_after}", r"ngày"),
        # (trong các ngày) từ 10 đến 12/10/2025: "từ" alone before the first day, when a year or "ngày" makes them days
        ("day_range_from", rf"(?<!\w)(?P<pre>[Tt]ừ\s+)(?P<d1>{d})\s*(?:đến\s+hết|đến|tới)\s*(?P<d2>{d})[/.-](?P<m2>{m})"
                           rf"(?:[/.-](?P<y2>{YEAR}))?{not_after}", r"từ"),
        # từ ngày 15 tháng 3 đến hết ngày 30 tháng 6 năm 2023 (the written-out form of a day range)
        ("day_range", rf"(?P<pre>(?:từ\s+)?ngày\s+)(?P<d1>{d})\s+tháng\s+(?P<m1>{m})(?:\s*(?:năm\s+|[/-])(?P<y1>{YEAR}))?"
                      rf"{to}(?:ngày\s+)?(?P<d2>{d})\s+tháng\s+(?P<m2>{m})(?:\s*(?:năm\s+|[/-])(?P<y2>{YEAR}))?{not_after}", r"tháng"),
        # 20 - 22/7/2012, 5-6/2 (two days of one month: one period)
        ("day_span", rf"{not_before}(?P<d1>{d})\s*[-–]\s*(?P<d2>{d})(?P<s2>[/.])(?P<m2>{m})(?:(?P=s2)(?P<y2>{YEAR}))?{not_after}", r"\d[/.-]\d"),
        # 10 và 11-7, 15 và 16/3/2024 (two days named together: one period, FORMAT.md)
        ("day_pair", rf"{not_before}(?P<d1>{d})\s+và\s+(?:ngày\s+)?(?P<d2>{d})(?P<s2>[/.-])(?P<m2>{m})(?:(?P=s2)(?P<y2>{YEAR}))?{not_after}", r"\d[/.-]\d"),
        # ngày 20 và 21 tháng 2 (the written-out form of a day pair)
        ("day_pair", rf"(?P<pre>ngày\s+)(?P<d1>{d})\s+và\s+(?P<d2>{d})\s+tháng\s+(?P<m2>{m})(?:\s*(?:năm\s+|[/-])(?P<y2>{YEAR}))?{not_after}", r"tháng"),
        # các ngày 19, 20 và 21/9, ngày 5, 6/7 (running days listed: one period, like "10 và 11-7")
        ("day_list", rf"{not_before}(?P<d1>{d})(?P<mid>(?:\s*,\s*{d})*)\s*(?:,\s*|\s+và\s+)(?P<d2>{d})(?P<s2>[/.-])(?P<m2>{m})"
                     rf"(?:(?P=s2)(?P<y2>{YEAR}))?{not_after}", r"\d[/.-]\d"),
        # 31/12/2022 và 1/1/2023 (two running days named together: one period, like "10 và 11-7")
        ("running_days", rf"{not_before}(?P<d1>{d})(?P<s1>[/.-])(?P<m1>{m})(?:(?P=s1)(?P<y1>{YEAR}))?\s+và\s+(?:ngày\s+)?"
                         rf"(?P<d2>{d})(?P<s2>[/.-])(?P<m2>{m})(?:(?P=s2)(?P<y2>{YEAR}))?{not_after}", r"\d[/.-]\d"),
        # tháng 10 và 11-2025, tháng 10 và 11/2025
        ("month_pair", rf"(?<!\w)[Tt]háng\s+(?P<m1>{m})\s+và\s+(?:tháng\s+)?(?P<m2>{m})(?:\s*[/-]\s*|\s+năm\s+)(?P<y2>{YEAR}){not_after}", r"tháng"),
        # trong 2 tháng 11 và 12 (yearless: the article's year)
        ("month_pair", rf"(?<!\w)[Tt]háng\s+(?P<m1>{m})\s+và\s+(?:tháng\s+)?(?P<m2>{m})(?![\w/]|[.,]\d|\s*[-/.]\s*\d|\s+năm\s+\d)", r"tháng"),
        # từ tháng 12/2021 đến hết tháng 5/2022; tháng 4 - 6/2021
        ("month_range", rf"(?:từ\s+)?[Tt]háng\s+(?P<m1>{m})(?:\s*[/-]\s*(?P<y1>{YEAR}))?{to}(?:tháng\s+)?(?P<m2>{m})"
                        rf"(?:\s*[/-]\s*|\s+năm\s+)(?P<y2>{YEAR}){not_after}", r"tháng"),
        # từ 10/2024 đến 12/2025 (months written with their years alone, without "tháng")
        ("month_range", rf"{not_before}(?:từ\s+)?(?P<m1>{m})/(?P<y1>{YEAR}){to}(?P<m2>{m})/(?P<y2>{YEAR}){not_after}", r"\d/(?:1[89]|20)\d\d"),
        # từ tháng 3 đến tháng 5, tháng 9 - tháng 10 (yearless: the article's year, as for "tháng 5")
        ("month_range_only", rf"(?<!\w)(?:từ\s+)?[Tt]háng\s+(?P<m1>{m}){to}tháng\s+(?P<m2>{m})"
                             rf"(?![\w/]|[.,]\d|\s*[-/.]\s*\d|\s+năm\s+\d)", r"tháng"),
        # nhiệm kỳ 2021-2026, giai đoạn 2021 – 2025, từ năm 2014 đến năm 2017
        ("year_range", rf"{not_before}(?:từ\s+(?:năm\s+)?)?(?P<y1>{YEAR})\s*(?:–|—|-|đến(?:\s+năm)?|tới(?:\s+năm)?)\s*(?P<y2>{YEAR}){not_after}"),
        # Trong 2 năm 2022 và 2023 (two running years read as one period)
        ("year_pair", rf"(?<!\w)năm\s+(?P<y1>{YEAR})\s+và\s+(?:năm\s+)?(?P<y2>{YEAR}){not_after}", r"\svà\s"),
        # 12/6/2021, 12-6-2021, 12.6.2021
        ("day", rf"{not_before}(?P<d>{d})(?P<sep>[/.-])(?P<m>{m})(?P=sep)(?P<y>{YEAR}){not_after}", r"\d[/.-]\d"),
        # 5/3 năm 2025 (the year written out after a day and month)
        ("day", rf"{not_before}(?P<d>{d})(?P<sep>/)(?P<m>{m})\s+năm\s+(?P<y>{YEAR}){not_after}", r"năm"),
        # ngày 12 tháng 5 năm 2021, ngày 12 tháng 5
        ("day_words", rf"[Nn]gày\s+(?P<d>{d})\s+tháng\s+(?P<m>{m})(?:\s*(?:năm\s+|[/-])(?P<y>{YEAR}))?{not_after}", r"tháng"),
        # 6 tháng đầu năm 2021
        ("period", rf"(?<![\w.,])(?P<phrase>{period_words})\s+(?P<y>{YEAR}){not_after}"),
        # 6 tháng đầu năm (yearless: the article's year, as for "tháng 5"; not "6 tháng đầu năm học")
        ("period_only", rf"(?<![\w.,])(?P<phrase>{period_words})(?![\w/]|\s+(?:học|tài chính)\b|\s*[-/]?\s*\d)"),
        # quý II/2021, quý 3 năm 2020, quý IV
        ("quarter", rf"(?<!\w)[Qq]uý\s+(?P<q>(?-i:IV|III|II|I)|[1-4])(?:\s*(?:[/-]|năm)\s*(?P<y>{YEAR}))?(?![\w/])", r"quý"),
        # tháng 5/2021, tháng 5-2021, tháng 5 năm 2021
        ("month", rf"(?<!\w)[Tt]háng\s+(?P<m>{m})(?:\s*[/.-]\s*|\s+năm\s+)(?P<y>{YEAR}){not_after}", r"tháng"),
        # tháng Tám 1945, tháng Giêng năm 2021 (a month named by its word, capitalised)
        ("month", rf"(?<!\w)[Tt]háng\s+(?P<m>(?-i:{MONTH_WORD_PATTERN}))\s+(?:năm\s+)?(?P<y>{YEAR}){not_after}", r"tháng"),
        # đến 6/2025 (a month and its year without "tháng"; "Nghị định 145/2020/NĐ-CP" goes on with "/")
        ("month_numeric", rf"{not_before}(?P<m>{m})/(?P<y>{YEAR}){not_after}", r"\d/(?:1[89]|20)\d\d"),
        # 12/5 (yearless: needs a word such as "ngày" or "chiều" right before it)
        ("day_month", rf"{not_before}(?P<d>{d})(?P<sep>[/.-])(?P<m>{m})(?![\w/]|[.,]\d|-\d)", r"\d[/.-]\d"),
        # tháng 5 (yearless; "3 tháng 10 ngày" is a duration, hence no number before it)
        ("month_only", rf"(?<![\d]\s)(?<!\w)[Tt]háng\s+(?P<m>{m})(?![\w/]|[.,]\d|\s*-\s*\d)", r"tháng"),
        # năm 2021
        ("year_words", rf"(?<!\w)[Nn]ăm\s+(?P<y>{YEAR}){not_after}", r"năm"),
        # Tết Nguyên đán Tân Sửu 2021, lần thứ II - 2021 (not the version year of a standard, ISO 9001:2015)
        ("year", rf"{not_before}(?<!\d:)(?P<y>{BARE_YEAR})(?![\w/%]|[.,]\d|-\d|\s*%)"),
    ]
    # Vietnamese words are matched in any case ("Từ ngày", "THÁNG"); quarter numerals stay upper case
    # a spec's third element is a cheap test that a sentence may hold its shape ("tháng", "quý"): most sentences hold
    # digits but none of these words, and the gate spares the full pattern's scan (a hot path: ``_matches``)
    return tuple((name, re.compile(pattern, re.IGNORECASE), re.compile(gate[0], re.IGNORECASE) if gate else None)
                 for name, pattern, *gate in specs)


def load_resources() -> DateResources:
    periods = tuple(
        Period(row["phrase"], int(row["first_month"]), int(row["last_month"]), row["granularity"])
        for row in read_tsv("date_periods.tsv")
    )
    recurring = _alternation(tuple(read_column("date_recurrence.tsv", "word")))
    return DateResources(
        day_context=tuple(row["word"].casefold() for row in read_tsv("date_day_context.tsv")),
        weekdays=tuple(row["word"].casefold() for row in read_tsv("date_day_context.tsv") if row["note"] == "weekday"),
        blockers=tuple(row["word"].casefold() for row in read_tsv("date_blockers.tsv")),
        periods=periods,
        unit_nouns=tuple(sorted(
            [row["noun"].casefold() for row in read_tsv("counted_nouns.tsv")]
            + [row["unit"].casefold() for row in read_tsv("money_units.tsv")]
            + [row["word"].casefold() for row in read_tsv("money_scales.tsv")]
            + [row["unit"].casefold() for row in read_tsv("figure_time_units.tsv")]
            + ["%"],
            key=len, reverse=True,
        )),
        patterns=_build_patterns(periods, tuple(row["word"] for row in read_tsv("date_day_context.tsv") if row["note"] == "weekday")),
        recurring_before=re.compile(rf"(?<!\w)(?:{recurring})(?!\w)[^.;:!?()]{{0,30}}$", re.IGNORECASE),
        recurring_after=re.compile(rf"\s*,?\s*(?:{recurring})(?!\w)", re.IGNORECASE),
        law_before=re.compile(rf"(?<!\w)(?:{_alternation(tuple(read_column('date_law_words.tsv', 'word')))})(?!\w)"
                              rf"[^,;:()“”\"]{{0,60}}$"),
        future=re.compile(rf"(?<!\w)(?:{_alternation(tuple(read_column('date_future_words.tsv', 'word')))})(?!\w)",
                          re.IGNORECASE),
    )


# --- small helpers ----------------------------------------------------------------------------------


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _words_before(text: str, start: int, count: int = 3) -> str:
    """The last few words before ``start``, case-folded, for context tests."""
    return " ".join(text[:start].split()[-count:]).casefold()


def _preceded_by(text: str, start: int, words: tuple[str, ...]) -> bool:
    before = _words_before(text, start, 3)
    return any(before == w or before.endswith(" " + w) for w in words)


def _after_weekday(text: str, start: int, res: DateResources) -> bool:
    """Whether a weekday and a comma stand right before ``start``: union news dates an event "Chủ nhật, 9/3"."""
    before = text[:start].rstrip()
    return before.endswith(",") and _preceded_by(before, len(before) - 1, res.weekdays)


def _day_word_before(text: str, start: int, res: DateResources) -> bool:
    """Whether a word that makes a yearless "12/5" a day ("ngày", "sáng", a weekday) stands right before it."""
    return _preceded_by(text, start, res.day_context) or _after_weekday(text, start, res)


def _followed_by_noun(text: str, end: int, nouns: tuple[str, ...]) -> bool:
    after = text[end:end + 40].casefold().lstrip()
    return any(after.startswith(n) and (len(after) == len(n) or not after[len(n)].isalnum())
               for n, _ in by_first_letter(nouns).get(after[:1], ()))


def _day_found(m: re.Match[str], first_group: str, last_group: str, text: str, year: int, month: int, day: int) -> Found | None:
    start, end = m.start(first_group), m.end(last_group)
    d = _day(year, month, day)
    return Found(start, end, text[start:end], d.isoformat(), d.isoformat(), d.isoformat(), "day") if d else None


def _day_of(start: int, end: int, text: str, year: int | None, g: dict[str, str]) -> tuple[bool, Found | None]:
    """The day of the groups ``d`` and ``m`` in ``year``, claimed; no year, or no such day: no date, not claimed."""
    d = _day(year, int(g["m"]), int(g["d"])) if year is not None else None
    return (True, Found(start, end, text, d.isoformat(), d.isoformat(), d.isoformat(), "day")) if d else (False, None)


def _year_found(start: int, end: int, text: str, year: int) -> Found:
    return Found(start, end, text, f"{year:04d}", f"{year:04d}-01-01", f"{year:04d}-12-31", "year")


def _month_found(start: int, end: int, text: str, year: int, month: int) -> Found | None:
    if not 1 <= month <= 12:
        return None
    first = date(year, month, 1)
    return Found(start, end, text, first.isoformat()[:7], first.isoformat(), _last_day(year, month).isoformat(), "month")


def _iso_range(start: int, end: int, text: str, first: date, last: date, granularity: str, value: str | None = None) -> Found | None:
    if last < first:
        return None
    value = value or f"{first.isoformat()}/{last.isoformat()}"
    return Found(start, end, text, value, first.isoformat(), last.isoformat(), granularity)


def _listed_days(m: re.Match[str], text: str, year: int | None, res: DateResources) -> list[Found | None]:
    """The days of one month listed before it ("các ngày 5, 12 và 19/9"), each a day, when "ngày" or a year
    makes them days; each day's text is its number as written, the last one's with the month."""
    g = m.groupdict()
    y = int(g["y2"]) if g.get("y2") else year
    if y is None or not (g.get("y2") or _day_word_before(text, m.start(), res)):
        return []
    month = int(g["m2"])
    listed: list[Found | None] = []
    for number in re.finditer(r"\d+", text[:m.start("d2")]):
        if number.start() >= m.start():
            day = _day(y, month, int(number.group()))
            listed.append(Found(number.start(), number.end(), number.group(), day.isoformat(), day.isoformat(),
                                day.isoformat(), "day") if day else None)
    return [*listed, _day_found(m, "d2", "y2" if g.get("y2") else "m2", text, y, month, int(g["d2"]))]


# "ngày Truyền thống Công nhân vùng Mỏ - Truyền thống ngành Than 12-11", "Ngày thành lập Công đoàn Việt Nam 28/7":
# union news names a holiday by "ngày" and a capitalised name right before its day and month
_NAMED_DAY = re.compile(r"(?<!\w)[Nn]gày((?:\s+[^\s,.;:!?()“”\"]+){1,12})\s*$")


def _named_day(before: str) -> bool:
    """Whether ``before`` ends with a holiday's name: "ngày", then capitalised words and no punctuation."""
    named = _NAMED_DAY.search(before)
    return bool(named) and any(word[0].isupper() for word in named.group(1).split())


# Union news gives the lunar date of a Tết event after its solar one: "(tức ngày 9 tháng 2 năm Ất Tỵ)",
# "ngày 10/3 âm lịch"; a year named by the sexagenary cycle (a capitalised word pair, no digits) or "âm lịch" marks it
_LUNAR_AFTER = re.compile(r"\s*(?:năm\s+(?P<stem>[^\W\d_]+)\s+(?P<branch>[^\W\d_]+)(?!\s*\d)|\(?\s*(?:âm\s+lịch|ÂL)\b)")


def _lunar_after(text: str, end: int) -> bool:
    """Whether a lunar year ("năm Ất Tỵ": two capitalised words) or "âm lịch" follows the date ending at ``end``."""
    m = _LUNAR_AFTER.match(text, end)
    return bool(m) and (m.group("stem") is None or m.group("stem")[0].isupper() and m.group("branch")[0].isupper())


# "ngày 2/9 năm nay": "năm" after a day written with "/" is this year; "7-8 năm nay" is a duration
_THIS_YEAR = re.compile(r"\s+năm\s+nay\b", re.IGNORECASE)


# Vietnamese companies are named after a day of history ("Công ty CP Dệt 10/10", "Tổng công ty Dệt may 29/3", "Công ty
# Cao su 30/4 Tây Ninh", "Công ty Dệt 8-3"): a day and month right after a company's name words belong to the name
_COMPANY_NAME_BEFORE = re.compile(
    r"(?<!\w)(?:Tổng\s+[Cc]ông\s+ty|Công\s+ty\s+cổ\s+phần|Công\s+ty|Nhà\s+máy|Xí\s+nghiệp|Tập\s+đoàn|Công\s+đoàn)"
    r"(?P<words>(?:\s+[^\s,.;:()“”\"]+){1,6}?)\s*$")


def in_company_name(text: str, start: int) -> bool:
    """Whether the number at ``start`` ends a company's name: a company head, then words of a name (each capitalised,
    or the lowercase second syllable of one: "Dệt may", "Cao su") and nothing else."""
    m = _COMPANY_NAME_BEFORE.search(text, max(0, start - 80), start)
    if not m:
        return False
    words = m.group("words").split()
    return words[0][0].isupper() and all(w[0].isupper() or i and words[i - 1][0].isupper() for i, w in enumerate(words))


# --- the scanner ------------------------------------------------------------------------------------

def _day_range(name: str, m: re.Match[str], text: str, year: int | None, res: DateResources) -> tuple[bool, Found | None]:
    """A range of days (``1/12 - 31/1/2022``, ``từ 10 đến 12/10``, ``từ 1.7 đến 31.12``): taken only when a year,
    ``từ`` or ``ngày`` makes its numbers days, not ratios, decimals or amounts."""
    g = m.groupdict()
    s, e, surface = m.start(), m.end(), m.group(0)
    if name == "day_range_from" and not g.get("y2") and "ngày" not in _words_before(text, s, 4).split():
        return False, None  # "tăng từ 10 đến 12/10 ..." may be numbers; a year or "các ngày" before makes them days
    y2 = int(g["y2"]) if g.get("y2") else year
    if not g.get("y2") and not g.get("pre") and not _day_word_before(text, s, res):
        return False, None  # "1/1 - 30/6" alone could be ratios; needs "từ"/"ngày", "dịp (nghỉ) lễ" or a year
    if "." in (g.get("s1") or "") + (g.get("s2") or ""):
        if _followed_by_noun(text, e, res.unit_nouns):
            return True, None  # "từ 1.5 đến 2.5 triệu đồng": a range of amounts
        if not (g.get("pre") or _day_word_before(text, s, res)) and not (g.get("y2") and (g.get("y1") or g.get("s1") != ".")):
            return False, None  # "1.5 - 2.5" are decimals unless "từ", "ngày" or a year makes them days
    if y2 is None:
        return False, None
    m2 = int(g["m2"])
    m1 = int(g["m1"]) if g.get("m1") else m2
    y1 = int(g["y1"]) if g.get("y1") else (y2 if m1 <= m2 else y2 - 1)  # 1/12 - 31/1/2022 crosses a year
    first, last = _day(y1, m1, int(g["d1"])), _day(y2, m2, int(g["d2"]))
    if first is None or last is None:
        return False, None
    return True, _iso_range(s, e, surface.strip(), first, last, "range")


def _handle(name: str, m: re.Match[str], text: str, year: int | None, res: DateResources) -> tuple[bool, Found | list | None]:
    """Read one match of the shape ``name``: whether its span is taken (also for a rejected document
    number, so that a shorter shape does not read it again) and the date it denotes, if any."""
    g = m.groupdict()
    s, e, surface = m.start(), m.end(), m.group(0)
    if name in _YEARLESS_SHAPES and not any(g.get(k) for k in ("y", "y1", "y2")) and (
            res.recurring_before.search(text, max(0, s - 60), s) or res.recurring_after.match(text, e)):
        return True, None  # "vào tháng 5 hằng năm", "Hằng năm, vào dịp 28/7": a recurring time, no calendar date
    if name == "day_range" and g.get("y1") and g.get("y2") and g["d1"] == g["d2"] and g["m1"] == g["m2"] \
            and g["y1"] != g["y2"]:
        # an anniversary "(28/7/1929 - 28/7/2019)": the founding day and the anniversary day, two dates (FORMAT.md)
        return True, [_day_found(m, "d1", "y1", text, int(g["y1"]), int(g["m1"]), int(g["d1"])),
                      _day_found(m, "d2", "y2", text, int(g["y2"]), int(g["m2"]), int(g["d2"]))]
    if name == "day_list":
        days = [int(g["d1"]), *map(int, re.findall(r"\d+", g["mid"])), int(g["d2"])]
        if any(b != a + 1 for a, b in zip(days, days[1:])):
            # "các ngày 5, 12 và 19/9": days a week apart are not one period but as many days of the month
            return True, _listed_days(m, text, year, res)
    if name in ("day_span", "day_pair", "day_list"):
        d1, d2 = int(g["d1"]), int(g["d2"])
        y = int(g["y2"]) if g.get("y2") else year
        bracketed_days = (text[:s].rstrip().endswith("(") and text[e:].lstrip().startswith(")")
                          and "ngày" in _words_before(text, s, 6).split())  # "trong 2 ngày (5-6/3)"
        if y is None or not d1 < d2 or not (g.get("y2") or g.get("pre") or _day_word_before(text, s, res) or bracketed_days):
            return False, None  # "5-6/2" alone could be a ratio; a year or "ngày", "từ" make it days
        first, last = _day(y, int(g["m2"]), d1), _day(y, int(g["m2"]), d2)
        if first is None or last is None:
            return False, None
        return True, _iso_range(s, e, surface, first, last, "range")
    if name == "running_days":
        y2 = int(g["y2"]) if g.get("y2") else year
        if y2 is None or not (g.get("y2") or _day_word_before(text, s, res)):
            return False, None
        m1, m2 = int(g["m1"]), int(g["m2"])
        y1 = int(g["y1"]) if g.get("y1") else (y2 if m1 <= m2 else y2 - 1)
        first, last = _day(y1, m1, int(g["d1"])), _day(y2, m2, int(g["d2"]))
        if first is None or last is None or (last - first).days != 1:
            return False, None  # two days apart are two dates, read one by one
        return True, _iso_range(s, e, surface, first, last, "range")
    if name == "month_pair":
        y, m1, m2 = int(g["y2"]) if g.get("y2") else year, int(g["m1"]), int(g["m2"])
        if y is None or not 1 <= m1 < m2 <= 12 or not g.get("y2") and _followed_by_noun(text, e, res.unit_nouns):
            return False, None  # "tháng 11 và 12 đơn vị" counts units
        return True, _iso_range(s, e, surface, date(y, m1, 1), _last_day(y, m2), "range", f"{y:04d}-{m1:02d}/{y:04d}-{m2:02d}")
    if name in ("day_range", "day_range_short", "day_range_from"):
        return _day_range(name, m, text, year, res)
    if name == "month_range_only" and year is None:
        return False, None
    if name in ("month_range", "month_range_only"):
        y2, m1, m2 = int(g["y2"]) if g.get("y2") else year, int(g["m1"]), int(g["m2"])
        y1 = int(g["y1"]) if g.get("y1") else (y2 if m1 <= m2 else y2 - 1)
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            return False, None
        value = f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}"
        return True, _iso_range(s, e, surface, date(y1, m1, 1), _last_day(y2, m2), "range", value)
    if name in ("year_pair", "year_range"):
        return _years(name, m, text)
    if name in ("day", "day_words", "day_month") and _lunar_after(text, e):
        return True, None  # "ngày 9 tháng 2 năm Ất Tỵ", "10/3 âm lịch": a lunar date, not listed (FORMAT.md)
    if name in ("day", "day_words"):
        return _day_of(s, e, surface, int(g["y"]) if g.get("y") else year, g)
    if name in ("period", "period_only"):
        phrase = g["phrase"].casefold()
        period = next(p for p in res.periods if p.phrase.casefold() == phrase)
        y = int(g["y"]) if g.get("y") else year
        if y is None:
            return False, None
        return True, _iso_range(s, e, surface, date(y, period.first_month, 1), _last_day(y, period.last_month), period.granularity)
    if name == "quarter":
        y = int(g["y"]) if g.get("y") else year
        if y is None:
            return False, None
        q = ROMAN_QUARTERS[g["q"]]
        return True, _iso_range(s, e, surface, date(y, 3 * q - 2, 1), _last_day(y, 3 * q), "quarter")
    if name == "month_numeric" and _preceded_by(text, s, res.blockers):
        return True, None  # "Quyết định 5/2025": a document number
    if name in ("month", "month_numeric"):
        return True, _month_found(s, e, surface, int(g["y"]), MONTH_WORDS.get(g["m"]) or int(g["m"]))
    if name == "day_month":
        if _preceded_by(text, s, res.blockers) or _followed_by_noun(text, e, res.unit_nouns) and not (
                g["sep"] != "-" and _THIS_YEAR.match(text, e)):
            return True, None  # "từ 7-8 triệu đồng" is a range of amounts, "2-3 tháng" a duration
        in_brackets = text[:s].rstrip().endswith("(") and text[e:].lstrip().startswith(")")
        # "Ngày Quốc tế Lao động 1/5": a day named by its holiday a few words before
        named = _named_day(text[:s])
        if not (_day_word_before(text, s, res) or named) and in_company_name(text, s):
            return True, None  # "Công ty Dệt 8-3": a company's name, not a day
        holiday = named or "ngày" in _words_before(text, s, 6).split()
        if not (_day_word_before(text, s, res) or in_brackets or holiday):
            return False, None
        if g["sep"] == "." and not (_day_word_before(text, s, res) or named):
            return False, None  # "(1.5)" is a decimal; "Sáng 24.6", "ngày Quốc tế Lao động 1.5" are days
        return _day_of(s, e, surface, year, g)
    if name == "month_only":
        if year is None:
            return False, None
        return True, _month_found(s, e, surface, year, int(g["m"]))
    if name == "year_words":
        return True, _year_found(s, e, surface, int(g["y"]))
    if name == "year":
        if _LISTED_YEAR.search(text, 0, s):
            return True, _year_found(s, e, surface, int(g["y"]))  # "Năm 2023, 2024 và 2025 đơn vị đều đạt ..."
        if _preceded_by(text, s, res.blockers) or _followed_by_noun(text, e, res.unit_nouns):
            return True, None
        return True, _year_found(s, e, surface, int(g["y"]))
    return False, None


# a year listed after "năm" and another year ("Năm 2023, 2024 và 2025 đơn vị đều đạt"): a year also when a counted
# noun follows it, as the sentence's subject may
_LISTED_YEAR = re.compile(rf"(?<!\w)năm\s+{BARE_YEAR}(?:\s*,\s*{BARE_YEAR})*\s*(?:,|và)\s*$", re.IGNORECASE)


def _years(name: str, m: re.Match[str], text: str) -> tuple[bool, Found | list | None]:
    """Two years: consecutive ones joined ("năm 2019 và 2020") or a range ("2021-2026"), one period; an anniversary's
    pair ("kỷ niệm 50 năm ngày thành lập (1969 – 2019)"), the founding year and the anniversary year (FORMAT.md)."""
    g, s, e, surface = m.groupdict(), m.start(), m.end(), m.group(0)
    y1, y2 = int(g["y1"]), int(g["y2"])
    if name == "year_pair":
        if y2 != y1 + 1:
            return False, None  # "năm 2019 và 2021" are two years, read one by one
        return True, _iso_range(s, e, surface, date(y1, 1, 1), date(y2, 12, 31), "range", f"{y1:04d}/{y2:04d}")
    if not y1 < y2 <= y1 + 200:
        return False, None
    anniversary = _ANNIVERSARY.search(text[:s])
    if anniversary and int(anniversary.group("years")) == y2 - y1 and (anniversary.group("kyniem") or anniversary.group("day")):
        return True, [_year_found(m.start("y1"), m.end("y1"), g["y1"], y1), _year_found(m.start("y2"), m.end("y2"), g["y2"], y2)]
    if y2 > y1 + 100:
        return False, None
    return True, _iso_range(s, e, surface, date(y1, 1, 1), date(y2, 12, 31), "range", f"{y1:04d}/{y2:04d}")


# "kỷ niệm 50 năm ngày thành lập (1969 – 2019)", "92 năm Ngày thành lập (...)": an anniversary; "Trong 5 năm
# (2012- 2017)", "5 năm tới (2023 - 2028)" are periods of as many years (FORMAT.md: the pair comes after kỷ niệm)
_ANNIVERSARY = re.compile(
    r"(?P<kyniem>(?:kỷ|kỉ)\s+niệm|mừng)?(?:\s+\S+){0,3}?\s*(?<!\w)(?P<years>\d+)\s+năm\b"
    r"(?P<day>\s+(?:ngày|thành lập|truyền thống)\b)?[^()]{0,80}\(\s*$",
    re.IGNORECASE,
)

# the shapes of a day, a month or a quarter whose year, when the text leaves it out, is the article's; "6 tháng đầu
# năm" is not one of them: a part of a year without its year is the article's year whatever the season
_YEARLESS_SHAPES = frozenset({"day_range", "day_range_short", "day_range_from", "day_span", "day_pair", "day_list", "running_days",
                              "day_words", "day_month", "month_only", "month_range_only", "month_pair", "quarter"})

_MAY_HOLD_DATE = re.compile(r"\d|quý", re.IGNORECASE)


def find_dates(text: str, resources: DateResources, year: int | None = None) -> list[Found]:
    """Every date mention in ``text``, in text order; yearless ones use ``year`` (dropped when None)."""
    if not _MAY_HOLD_DATE.search(text):
        return []  # every shape holds a digit but "quý II": most sentences need no scan (a hot path)
    taken: list[tuple[int, int]] = []
    found: list[Found] = []
    for name, match in _matches(text, resources):
        s, e = match.span()
        if any(s < te and ts < e for ts, te in taken):
            continue
        claim, mention = _handle(name, match, text, year, resources)
        if claim:
            taken.append((s, e))
        yearless = name in _YEARLESS_SHAPES and not any(match.groupdict().get(k) for k in ("y", "y1", "y2"))
        for one in mention if isinstance(mention, list) else [mention]:
            if one is not None:
                found.append(replace(one, year_from_article=True) if yearless else one)
    found.sort(key=lambda f: f.start)
    return found


@lru_cache(maxsize=2048)
def _matches(text: str, resources: DateResources) -> tuple[tuple[str, re.Match[str]], ...]:
    """Every match of every shape, in the order the shapes are tried: a sentence is read up to three times (for
    the article's year, its dates, and the figures' date spans), and the scan costs more than the reading."""
    passed: dict[re.Pattern[str], bool] = {}  # a gate several shapes share ("tháng", a digit pair) is tried once
    found: list[tuple[str, re.Match[str]]] = []
    for name, pattern, gate in resources.patterns:
        if gate is not None:
            open_ = passed.get(gate)
            if open_ is None:
                open_ = passed[gate] = gate.search(text) is not None
            if not open_:
                continue
        found.extend((name, match) for match in pattern.finditer(text))
    return tuple(found)


def date_spans(text: str, resources: DateResources) -> list[tuple[int, int]]:
    """Spans of ``text`` that are dates (yearless ones included), for the figure extractor to skip; lunar dates too,
    which are not listed but are no figures either ("ngày 22/4 âm lịch" is no ratio)."""
    lunar = [match.span() for name, match in _matches(text, resources)
             if name in ("day", "day_words", "day_month") and _lunar_after(text, match.end())] if _MAY_HOLD_DATE.search(text) else []
    return [(f.start, f.end) for f in find_dates(text, resources, year=2000)] + lunar


def article_year(article: Article, sentences: tuple[Sentence, ...], resources: DateResources) -> int | None:
    """The year a yearless day belongs to: the publication year, else the one year the headline states
    ("Cụm thi đua số 3 ký giao ước thi đua năm 2021": the body may dwell on last year's results), else the year
    the article states most."""
    if article.published and re.match(r"\d{4}", article.published):
        return int(article.published[:4])
    title = article.title or ""
    headline_years = {f.value[:4] for f in find_dates(title, resources, None)
                      if f.granularity != "range" and not resources.law_before.search(title, max(0, f.start - 70), f.start)}
    if len(headline_years) == 1:
        return int(headline_years.pop())
    years = _stated_years(sentences, resources)
    if not years:
        return None
    top = max(years.values())
    return max(y for y, n in years.items() if n == top)  # on a tie, the latest: news reports the current year


def _stated_years(sentences: tuple[Sentence, ...], resources: DateResources) -> Counter[int]:
    """How often the article writes each year out (in a year, a month or a day; periods of years and the years of
    laws and resolutions left out: "Luật Công đoàn 2012" is no year of the article)."""
    years: Counter[int] = Counter()
    for sentence in sentences:
        for f in find_dates(sentence.text, resources, None):
            if f.granularity != "range" and not resources.law_before.search(sentence.text, max(0, f.start - 70), f.start):
                years[int(f.value[:4])] += 1
    return years


def _published_month(article: Article) -> date | None:
    """The first day of the month the article was published in, when its date line gives at least the month."""
    m = re.match(r"(\d{4})-(\d{2})", article.published or "")
    return date(int(m.group(1)), int(m.group(2)), 1) if m and 1 <= int(m.group(2)) <= 12 else None


def _shifted(found: Found, years: int) -> Found:
    """The same mention a year earlier or later (a 29 February that the other year lacks: unchanged)."""
    def shift(iso: str) -> str:
        return re.sub(r"\d{4}(?=-)", lambda m: f"{int(m.group()) + years:04d}", iso)
    try:
        date.fromisoformat(shift(found.start_date)), date.fromisoformat(shift(found.end_date))
    except ValueError:
        return found
    return replace(found, value=shift(found.value), start_date=shift(found.start_date), end_date=shift(found.end_date))


def _across_the_year(found: Found, published: date, sentence: str, resources: DateResources) -> Found:
    """A yearless day, month or quarter read in the publication year, moved to the year that puts it near the
    publication: an early-January article's "ngày 28/12", "trong tháng 12", "quý IV" report last year's December
    (nine months ahead is no news), unless the sentence plans or sets a deadline ("trước ngày 15/12", "sẽ"); a
    December article's plan "sẽ tổ chức ngày 10/1" is next January."""
    start = date.fromisoformat(found.start_date)
    months_ahead = (start.year - published.year) * 12 + start.month - published.month
    ahead = bool(resources.future.search(sentence) or _COMING.match(sentence, found.end))
    if months_ahead >= 9 and not ahead:
        return _shifted(found, -1)
    if months_ahead <= -9 and ahead:
        return _shifted(found, 1)
    return found


# "vào tháng 10 tới", "ngày 20/10 sắp tới": a coming day (not "tới dự", which attends, hence right after the date)
_COMING = re.compile(r"\s+(?:sắp\s+)?tới(?!\w)", re.IGNORECASE)


def _after_the_stated_year(found: Found, year: int, years: Counter[int]) -> Found:
    """Without a publication date: a yearless day of January or February in an article that states the year after
    its own belongs to that next year: the conference that closes a year and launches the next ("tổng kết năm 2023,
    triển khai nhiệm vụ năm 2024") meets in the first weeks of the new one."""
    start, end = date.fromisoformat(found.start_date), date.fromisoformat(found.end_date)
    if start.year == end.year == year and end.month <= 2 and years[year + 1]:
        return _shifted(found, 1)
    return found


def iter_mentions(article: Article, sentences: tuple[Sentence, ...], resources: DateResources) -> Iterator[DateMention]:
    """Every date mention of the article with its span (repeats included)."""
    return iter(_mentions(article, sentences, resources))


@lru_cache(maxsize=4)
def _mentions(article: Article, sentences: tuple[Sentence, ...], resources: DateResources) -> tuple[DateMention, ...]:
    """Read once per article: the dates and the activities both ask (frozen records: a cache key)."""
    return tuple(_read_mentions(article, sentences, resources))


def _read_mentions(article: Article, sentences: tuple[Sentence, ...], resources: DateResources) -> Iterator[DateMention]:
    year = article_year(article, sentences, resources)
    published = _published_month(article)
    stated = _stated_years(sentences, resources) if published is None and year is not None else Counter()
    for sentence in sentences:
        for f in find_dates(sentence.text, resources, year):
            if f.year_from_article and published is not None:
                f = _across_the_year(f, published, sentence.text, resources)
            elif f.year_from_article and year is not None:
                f = _after_the_stated_year(f, year, stated)
            span = Span(sentence.index, sentence.start + f.start, sentence.start + f.end, f.text)
            yield DateMention(f.text, f.value, f.start_date, f.end_date, f.granularity, span)


def extract_dates(article: Article, sentences: tuple[Sentence, ...], resources: DateResources) -> tuple[DateMention, ...]:
    """One DateMention per distinct value, carrying the first mention's text and span."""
    seen: dict[str, DateMention] = {}
    for mention in iter_mentions(article, sentences, resources):
        seen.setdefault(mention.value, mention)
    return tuple(seen.values())
