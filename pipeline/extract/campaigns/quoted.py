"""Quoted names: union news names a campaign in quotes after a trigger word (``phong trào thi đua “Giỏi việc
nước, đảm việc nhà”``), often as a list of quoted names after one trigger, which share its kind. A quote
without a trigger is a campaign only when its first words fix the kind (``“Tháng Công nhân”``), when it is a
known name, or when it is an honour given to counted people; otherwise it is speech or a slogan of no campaign.
"""
from __future__ import annotations

import re
from typing import Callable

from ...records import Sentence
from .resources import UPPER, CampaignResources, first_word

MAX_TRIGGER_DISTANCE = 12  # words between a trigger and the quote it names
MAX_NAME_WORDS = 40  # longer quotes are speech

_DOCUMENT_TITLE = re.compile(
    r"(?:Nghị quyết|Chỉ thị|Kết luận|Quyết định|Kế hoạch|Hướng dẫn|Luật|Nghị định|Thông tư|Đề án)\b[^.;“”\"]*$"
)
_SLOGAN = re.compile(r"[\wÀ-ỹĐđ]+(?:\s[\wÀ-ỹĐđ]+){0,3}(?:\s*[-–]\s*[\wÀ-ỹĐđ]+(?:\s[\wÀ-ỹĐđ]+){0,3}){2,}")
# "A”, “B", "A”; “B", "A” của Thành phố và “B": one list, B takes the kind of the list
# (the next item may carry its own count of holders: "tuyên dương 50 “Giao dịch viên tiêu biểu” và 20 “Cán bộ tín dụng
# giỏi”")
_LIST_GAP = re.compile(r"[\s,;…]*(?:\.\.\.)?[\s,;]*(?:(?:của|do)\s[^“”;.]{0,60}?)?[\s,;]*(?:và|hoặc|cùng)?\s*(?:\d[\d.]*\s*)?")
_OWNER_GAP = re.compile(rf"\s*(?:,|và)\s+(?:của\s+)?[{UPPER}][^“”;.,]{{0,30}}")  # "chủ đề năm “A” và TP HCM “B”"
# "‘Tất cả đoàn viên ... đều có Tết’ là phương châm ...": a theme named before its trigger
_THEME_AFTER = re.compile(r"\s*(?:là|được\s+coi\s+là|được\s+chọn\s+làm|làm)\s+(?:phương\s+châm|chủ\s+đề|khẩu\s+hiệu|thông\s+điệp)",
                          re.IGNORECASE)
# "Công ty có khẩu hiệu “Chất lượng là danh dự”": the standing slogan a company has, no theme of a drive (a union's
# or a company's drive is given its theme: "phát động thi đua với khẩu hiệu “...”")
_COMPANY_SLOGAN = re.compile(r"(?i:công\s+ty|doanh\s+nghiệp|tập\s+đoàn|nhà\s+máy|thương\s+hiệu|nhãn\s+hàng|cửa\s+hàng)"
                             r"(?:\s[^.;:“”\"]{0,60})?\s(?i:có|mang)\s+(?i:câu\s+)?(?i:khẩu\s+hiệu|slogan)\s*$")
# "hưởng ứng “Ngày Sách và Văn hóa đọc Việt Nam”": a day answered by the verb that launches or answers a drive is a
# holiday, not a campaign (FORMAT.md); "Ngày hội ..." and "Ngày Chủ nhật xanh" are events the prefixes and the
# gazetteer know
_HOLIDAY_AFTER_VERB = re.compile(r"(?i:phát\s+động|hưởng\s+ứng)\s*$")
_HOLIDAY = re.compile(r"Ngày\s+(?!hội(?![\wÀ-ỹĐđ]))", re.IGNORECASE)
_COUNTED_BEFORE = re.compile(r"(?<![\w/.,\-])\d+\s+(?:[^\s\d“”\"]+\s+){1,3}$")  # "tuyên dương 20 gương “…”"

_BARE_COUNT_BEFORE = re.compile(r"(?<![\w/.,\-])\d[\d.]*\s*$")  # "tôn vinh 200 “Thầy thuốc trẻ tiêu biểu”"

_PRAISED_AS = re.compile(r"(?<![\wÀ-ỹĐđ])(?i:biểu\s+dương|tuyên\s+dương|tôn\s+vinh|vinh\s+danh)(?:\s+là)?\s*[“\"]?$")

_CURLY_MARK = re.compile("[“«‘”»’]")
# the theme of an anniversary: "chủ đề kỷ niệm “...”", a theme opening on the years it marks ("95 năm Công đoàn ...")
_ANNIVERSARY_BEFORE = re.compile(r"(?i:kỷ|kỉ)\s+niệm\s*$")
_ANNIVERSARY_THEME = re.compile(r"\d+\s+năm\s")

Add = Callable[[str, str, Sentence, int, int], None]


def quotes(text: str) -> list[tuple[int, int]]:
    """Inner spans of quotations: curly (nested ones too), straight and single quotes."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    for mark in _CURLY_MARK.finditer(text):  # the marks alone, not every character (a hot path)
        index, char = mark.start(), mark.group()
        if char in "“«‘":
            stack.append(index + 1)
        elif stack:
            spans.append((stack.pop(), index))
    straight = [m.start() for m in re.finditer(r'"', text)]
    for open_at, close_at in zip(straight[::2], straight[1::2]):
        spans.append((open_at + 1, close_at))
    for match in re.finditer(r"(?:(?<=\s)|^)'([^'\n]{3,200}?)'(?=[\s,.;:)!?]|$)", text):
        spans.append((match.start(1), match.end(1)))
    return sorted(spans)


# "Năm qua, ...", "Năm 2024 là ...": a quote that opens on a time word is speech about a year, not a theme year
# ("Năm nâng cao chất lượng ..."), which union news names after what the year is devoted to
_YEAR_OF_SPEECH = re.compile(r"Năm\s+(?:\d|qua\b|nay\b|tới\b|sau\b|trước\b|ngoái\b|đó\b|học\b)")


def kind_by_prefix(name: str, resources: CampaignResources) -> str | None:
    folded = name.casefold()
    for prefix, kind in resources.name_kinds:
        p = prefix.casefold()
        if folded.startswith(p) and (len(folded) == len(p) or not folded[len(p)].isalnum()):
            if prefix == "Năm" and (not name.startswith("Năm ") or _YEAR_OF_SPEECH.match(name)):
                continue
            return kind
    return None


def trigger_before(text: str, start: int, floor: int, resources: CampaignResources) -> str | None:
    """The kind of the nearest trigger word before ``start`` in the same clause."""
    window = text[floor:start]
    cut = max(window.rfind(c) for c in ".;!?")
    if cut >= 0:
        window = window[cut + 1:]
    found = None
    for match in resources.trigger_re.finditer(window):
        if re.search(r"theo\s+$", window[: match.start()]) and match.group(1).lower() == "chuyên đề":
            continue  # "theo đợt, theo chuyên đề như “...”": by theme, not a theme
        found = match
    if found is None:
        return None
    trigger, between = re.sub(r"\s+", " ", found.group(1)).lower(), window[found.end():]
    reach = resources.reach.get(trigger, MAX_TRIGGER_DISTANCE)
    if len(between.split()) > reach or (reach < MAX_TRIGGER_DISTANCE and "," in between):
        return None  # "nâng cao tinh thần trách nhiệm, thực hiện cơ chế “Một cửa”": no theme
    return resources.triggers[trigger]


def is_speech(name: str) -> bool:
    return len(name.split()) > MAX_NAME_WORDS or bool(re.search(r"[.!?]\s+[" + UPPER + r"]|[.!?]$", name))


def _known_kind(name: str, resources: CampaignResources) -> str | None:
    """The kind of a quoted name that is a known or learned campaign as a whole.

    Only the names whose first word is the quote's are tried (``known_by_word``, as ``names.find_known`` does), in
    their order (known before learned): speed, a quote was matched against every known and learned name."""
    word = first_word(name)
    for known in (*resources.known_by_word.get(word, ()), *resources.learned_by_word.get(word, ())):
        match = known.pattern.fullmatch(name.strip())
        if match:
            return known.kind
    return None


def find_quoted(sentence: Sentence, resources: CampaignResources, add: Add) -> list[tuple[int, int]]:
    """Add the quoted campaigns of one sentence; returns their spans (offsets in the sentence) and those of the quotes
    that name a thing (a column, a book, a product), which no other finder may read."""
    text = sentence.text
    spans: list[tuple[int, int]] = []
    blocked: list[tuple[int, int]] = []  # quotes that name a thing, not a campaign
    previous: tuple[int, str] | None = None  # end of the last campaign quote and its kind
    for start, end in quotes(text):
        name = text[start:end].strip()
        if not name or is_speech(name) or any(name.startswith(p) for p in resources.not_names):
            continue
        if resources.speech_re.search(text[max(0, start - 41):start - 1]):
            continue  # "Chủ tịch LĐLĐ quận cho biết: “...”": what someone said
        if resources.thing_re.search(text[max(0, start - 41):start - 1]):  # the longest noun is 35 characters
            # "chuyên mục “Người tốt việc tốt”", "cuốn sách “Sổ tay công đoàn”": the name of a thing; its span, marks
            # and all, is taken so that no known name is read inside it
            blocked.append((start - 1, end + 1))
            continue
        if _COMPANY_SLOGAN.search(text, max(0, start - 121), start - 1):
            blocked.append((start - 1, end + 1))
            continue
        if re.fullmatch(r"[^\W\d_]+", name) and name.islower():
            continue  # "phong trào “mùa vụ”", "“kép”": one lowercase word in quotes is a scare quote, no name
        kind = trigger_before(text, start - 1, previous[0] + 1 if previous else 0, resources)
        if kind == "title" and name.islower() and len(name.split()) <= 2 and _PRAISED_AS.search(text, 0, start - 1):
            continue  # "được biểu dương là “điểm sáng”": a lowercase word or two after a verb of praise is a scare quote
        if kind == "movement" and (_HOLIDAY.match(name) or name[:1].islower()) \
                and _HOLIDAY_AFTER_VERB.search(text, 0, start - 1):
            kind = None  # (a lowercase quote after the verb is a scare quote: hưởng ứng “nhiệt liệt”, “lời kêu gọi”)
        chain_kind = kind
        if previous is not None:
            gap = text[previous[0] + 1:start - 1]
            if _LIST_GAP.fullmatch(gap) or _OWNER_GAP.fullmatch(gap):
                kind = kind or previous[1]
                chain_kind = previous[1]
            elif kind is not None and "“" not in gap and len(gap.split()) <= 4:
                chain_kind = previous[1]  # a trigger of this quote only, the list goes on after it
        if kind == "theme" and (_ANNIVERSARY_THEME.match(name) or _ANNIVERSARY_BEFORE.search(text, max(0, start - 20), start - 1)):
            continue  # "chủ đề kỷ niệm “95 năm Công đoàn Việt Nam - ...”": an anniversary's theme (FORMAT.md: no campaign)
        document = _DOCUMENT_TITLE.search(text[previous[0] + 1 if previous else 0:start - 1])
        if document and (kind is None or not resources.trigger_re.search(document.group(0))):
            continue  # the title of a resolution, directive or plan: "Nghị quyết số 02-NQ/TW ... về “...”", also after
            # a trigger further back ("Theo chương trình Đại hội, ... thảo luận Nghị quyết “Về ...”")
        handed_out = False  # a program by what it is known as or hands out: not a month by its first word
        if kind in (None, "event") and _known_kind(name, resources) == "program":
            # "xây 25 nhà “Mái ấm Công đoàn”": a program's counted items, not an honour; "Ngày hội “Tết Sum vầy”":
            # union news holds its programs as a festival day, the program stays a program (FORMAT.md)
            kind, handed_out = "program", True
        counted = _COUNTED_BEFORE.search(text[:start - 1]) if kind is None else None
        if counted:
            # "trao 500 suất học bổng “Chắp cánh ước mơ”": items a program hands out; "tuyên dương 20 gương “Blouse
            # trắng - trẻ giỏi”": an honour given to people; other counted things ("50 xe tăng “…”"): neither
            if resources.program_items_re.search(text[max(0, start - 31):start - 1]):
                kind, handed_out = "program", True
            elif resources.title_holders_re.match(counted.group(0)):
                kind = "title"
        if kind is None and _BARE_COUNT_BEFORE.search(text[:start - 1]) and resources.title_re.fullmatch(name):
            kind = "title"  # "tôn vinh 200 “Thầy thuốc trẻ tiêu biểu”": counted holders of a name written as titles are
        if kind is None and _THEME_AFTER.match(text, end + 1):
            kind = "theme"
        if kind is None and _SLOGAN.fullmatch(name):
            kind = "theme"  # a slogan of three or more short parts: “Xanh - sạch - đẹp - An toàn”
        prefix_kind = kind_by_prefix(name, resources)
        if prefix_kind and (kind is None or prefix_kind in ("title", "event", "contest")) \
                and not (handed_out and prefix_kind == "event"):
            # (gifts handed out under a month's name, "120 suất quà “Tháng Công nhân - Vì đoàn viên”", are a program's:
            # not the month itself, whose shorter name would take it in)
            kind = prefix_kind
            chain_kind = chain_kind or prefix_kind
        if kind is None:
            kind = _known_kind(name, resources)  # “Túi an sinh công đoàn”: a known program, no trigger needed
        if kind is None:
            continue
        add(name, kind, sentence, start, end)
        spans.append((start, end))
        previous = (end, chain_kind or kind)
    return spans + blocked
