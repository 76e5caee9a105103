"""Names written without quotes that no list can hold: award titles given to someone, contest and event names,
the named phrase after an unquoted ``phong trào thi đua``, and themes after ``chủ đề`` / ``phương châm``.

The rules follow how union news writes them (FORMAT.md: an unquoted contest or event name drops the trigger word
and any ordinal or year tail but keeps its place; ``Hội thao``, ``Hội diễn``, ``tuần lễ`` stay in the name; award
titles count unquoted and as counted holders, ``85 LĐ giỏi`` -> ``LĐ giỏi``).
"""
from __future__ import annotations

import re
from itertools import takewhile
from typing import Iterator

from ...records import Sentence
from .quoted import Add
from .resources import LOWER, UNQUOTED_HELD, UPPER, CampaignResources

# Speed: a pattern that starts with a lookbehind is tried at each character of a sentence; those read in every sentence
# name the words (as written) one of which each of their matches holds, and a sentence without them is not scanned
_HELD: dict[re.Pattern[str], tuple[str, ...]] = {}


def _held(pattern: re.Pattern[str], *words: str) -> re.Pattern[str]:
    _HELD[pattern] = words
    return pattern


def _scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, with no scan of a text that holds none of the words all its matches hold."""
    return pattern.finditer(text) if any(map(text.__contains__, _HELD[pattern])) else iter(())


def _scan_any_case(pattern: re.Pattern[str], text: str, held: tuple[str, ...] | None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match holds one of the ``held`` words (lower case) in some
    case: a text whose lower case holds none is not scanned (speed: the patterns here begin with a lookbehind, which
    the regex engine tries at every character). ``held`` None: always scanned."""
    if held is None or any(map(text.lower().__contains__, held)):
        return pattern.finditer(text)
    return iter(())


# "giải thưởng" is written in lowercase as often ("trao giải thưởng Nguyễn Văn Linh"); the person's name capitalized
_AWARD_AFTER_PERSON = _held(re.compile(r"(?<![\wÀ-ỹĐđ])([Gg]iải thưởng|GIẢI THƯỞNG)\s+((?:(?!LẦN|Lần|NĂM|Năm)[" + UPPER
                                       + r"][\wÀ-ỹĐđ]*\s?){2,4})"), "iải thưởng", "GIẢI THƯỞNG")
_DANH_HIEU = _held(re.compile(r"(?<![\wÀ-ỹĐđ])[Dd]anh\s+hiệu\s+(?=[\wÀ-ỹĐđ])"), "hiệu")
_GENERIC_BEFORE = re.compile(r"(?:các|những|mỗi|từng)\s+$", re.IGNORECASE)
_YEAR_TAIL = re.compile(r"(?:\s*[-–,]?\s*(?:năm\s+)?(?:19|20)\d\d)+$", re.IGNORECASE)
_THEME = re.compile(  # the trigger in any case, the name starting with a capital
    # "chủ đề năm là ...", "chủ đề năm nay là ...": the theme of the year, as "chủ đề năm 2025"
    r"(?<![\wÀ-ỹĐđ])(?i:chủ đề|phương châm|khẩu hiệu|thông điệp)(?i:\s+(?:năm(?:\s+\d{4}|\s+nay)?|của\s+năm|hoạt\s+động|hành\s+động|công\s+tác)){0,2}"
    # the owner between the trigger and an explicit "là": "Chủ đề năm 2024 của Tổng LĐLĐ Việt Nam là: Đổi mới ..."
    r"(?:\s+của\s+[^.;:“”\"]{1,60}?\s+là\s*:?\s*|\s*(?:là\s*:?\s*|:\s*)?)(?=[" + UPPER + "])"
)
_THEME_HELD = ("chủ đề", "phương châm", "khẩu hiệu", "thông điệp")
# the phrase after "phong trào thi đua", up to the owner or the time ("quyết thắng | của binh đoàn")
_PHRASE_AFTER_TRIGGER = re.compile(r"[^,;.:()“”\"\n]+?(?=\s+(?:của|trong|tại|ở|năm|giai đoạn|cho)\s|[,;.:()“”\"\n]|$)")
# a drive named by what it builds, after the plain trigger: "phong trào xây dựng gia đình tiêu biểu", "cuộc vận động
# xây dựng ..."; union news names its standing movements this way (other phrases after "phong trào" describe)
_BUILDING_DRIVE = _held(re.compile(r"(?<![\wÀ-ỹĐđ])(?i:phong\s+trào|cuộc\s+vận\s+động)\s+(?=xây\s+dựng\s)"), "xây")
# where a phrase after a trigger ends for good: its owner, place or time, or the clause's end
_PHRASE_TAIL = re.compile(r"\s+(?:của|trong|tại|ở|năm|giai đoạn|cho)\s|\s*(?:[.;]|$)")
# between two listed names: a comma, a semicolon or "và", after the first one's ordinal or time
_LISTED_AFTER = re.compile(r"(?:\s+lần\s+thứ\s+[\wÀ-ỹĐđ]+|\s+năm\s+\d{4}|\s+giai\s+đoạn\s+\d{4}|\s*[-–]\s*\d{4})*"
                           r"\s*(?:,|;|và)\s*")
# a plain "phong trào" before a lowercase phrase, the phrase up to the next comma, "và", owner, time or clause end,
# and what joins two such phrases into one list
_PLAIN_DRIVE = re.compile(r"(?<![\wÀ-ỹĐđ])(?i:phong\s+trào\s+)(?!thi\s+đua)(?=[a-zà-ỹđ])(?![" + UPPER + "])")
_PLAIN_DRIVE_HELD = ("trào",)
_LISTED_DRIVE_PHRASE = re.compile(r"[^,;.:()“”\"\n]+?(?=\s+(?:và|của|trong|tại|ở|năm|cho)\s|[,;.:()“”\"\n]|\s*$)")
_DRIVE_JOIN = re.compile(r"\s*(?:,|và|,\s*và)\s*")
# a parenthesised abbreviation inside a name: "(CNVC-LĐ)"
_ABBREVIATION = re.compile(r"\([" + UPPER + r"][\w" + UPPER + r"./&\-]{1,15}\)")
# where a contest name with listed parts may end: its ordinal or year tail, a new named item, the sentence's end
_NAME_TAIL = re.compile(r"\s*(?:[.;…]|$)|\s(?:lần|năm|giai đoạn|do|tại|trên|nhân dịp|nhân (?=[" + UPPER + r"])|chào mừng|mừng|hưởng ứng|kỷ niệm)\b|\s[-–]\s*\d|\s(?:và|cùng)\s+[" + UPPER + r"]|\s*\(")
_END_OF_TEXT = re.compile(r"\s*$")
# the ordinal that closes a contest's name
_ORDINAL_TAIL = re.compile(r"\s+lần\s+thứ\s")  # (a year follows a clause as often: "..., Người lao động tham gia năm 2025")
# the ordinal of a recurring contest or event right after its name ("lần thứ III", "lần thứ 5")
_ORDINAL_AFTER = re.compile(r"\s+lần\s+thứ\s+(?:[IVXLC]+|\d+)(?![\wÀ-ỹĐđ])", re.IGNORECASE)
# a comma and a word with a capital after a listed part of a contest or event name: a new clause or item begins
_CLAUSE_AFTER_COMMA = re.compile(r",\s+[" + UPPER + "]")
# the place that closes an unquoted contest or event name: an administrative unit or an industrial zone and its proper
# name, every word capitalized ("Hội thi Tiếng hát công nhân huyện Sóc Sơn", "khu công nghiệp Bắc Thăng Long"). A
# lowercase word right after it is no part of the name but the predicate of a fronted name ("Cuộc thi Ảnh đẹp người
# lao động quận Đống Đa nhận được 300 tác phẩm"); another unit after it ("huyện X tỉnh Y") goes on with the place
_ADMIN_UNIT = r"(?:quận|huyện|thị\s+xã|tỉnh|thành\s+phố|TP\.?|phường|xã|khu\s+công\s+nghiệp|KCN|khu\s+chế\s+xuất)"
_PLACE_BEFORE_PREDICATE = re.compile(
    r"(?<![\wÀ-ỹĐđ])" + _ADMIN_UNIT + r"\s+[" + UPPER + r"][\wÀ-ỹĐđ]*(?:\s+[" + UPPER + r"\d][\wÀ-ỹĐđ]*)*"
    r"(?=\s+(?!" + _ADMIN_UNIT + r"(?![\wÀ-ỹĐđ]))[" + LOWER + "])")
# an unquoted theme also ends where the sentence's verb begins ("Khẩu hiệu Vì quyền lợi đoàn viên, Công đoàn đồng
# hành được treo tại ..."): a union motto is a short phrase of its own, the passive or tense word is the clause's
# A theme also ends where "và" or a comma brings the next trigger ("phương châm A và khẩu hiệu B": two themes).
_THEME_END = re.compile(r"[.;:()“”\"…!?]|\s[-–]\s(?=[a-zà-ỹđ])(?![" + UPPER + r"])|,\s(?:nhằm|với|góp|qua|từ|đồng thời)\s"
                        r"|\s(?:nhằm|để|được|đã|sẽ|đang)\s"
                        # "... đồng hành cùng người lao động trong năm 2026": the time it holds for is no part of it
                        r"|\s(?:trong|suốt)\s+(?:năm|cả\s+năm|giai\s+đoạn|thời\s+gian|nhiệm\s+kỳ|quý|tháng|dịp|đợt)(?![\wÀ-ỹĐđ])"
                        r"|(?:,|\s+và|,\s+và)\s+(?i:chủ\s+đề|phương\s+châm|khẩu\s+hiệu|thông\s+điệp)(?![\wÀ-ỹĐđ])"
                        # "chủ đề A và đẩy mạnh cuộc vận động B", "chủ đề A, tiếp tục thực hiện phong trào B": a verb
                        # and a drive's trigger after "và" or a comma begin the next act, not a part of the theme
                        r"|(?:,|\s+và|,\s+và)\s+(?:[a-zà-ỹđ]+\s+){1,4}(?:phong\s+trào|cuộc\s+vận\s+động|chương\s+trình|"
                        r"hội\s+thi|cuộc\s+thi)(?![\wÀ-ỹĐđ])"
                        # "với chủ đề A, LĐLĐ tỉnh phối hợp ...": a body by its initials after a comma is the clause's
                        # subject (union news opens the main clause after a theme given in a leading phrase)
                        r"|,\s+(?=(?:LĐLĐ|CĐCS|UBND|Tổng\s+LĐLĐ|BCH|BTV|Ban\s+Thường\s+vụ|Liên\s+đoàn\s+Lao\s+động)\s)"
                        # ", các đại biểu thảo luận ...": a plural subject after a comma opens a clause, not a part of
                        # the motto
                        r"|,\s+(?=(?:các|những|nhiều|toàn\s+thể|đông\s+đảo)\s)")
# a theme given in a phrase that opens the sentence ("Với chủ đề A, B, C, <main clause>"): the main clause follows the
# theme after its last comma
# the unquoted words after "chủ đề" that a "là" and a quote close name what the theme belongs to, not the theme
_OWNER_OF_QUOTED_THEME = re.compile(r"\slà\s*:?\s*[“\"]")
_LEADING_THEME = re.compile(r"^\W*(?i:với|dưới|theo|mang|cùng\s+với|bằng)\s+$")


def inside(spans: list[tuple[int, int]], start: int, end: int | None = None) -> bool:
    end = start + 1 if end is None else end
    return any(s < end and start < e for s, e in spans)


# "danh hiệu chiến sĩ thi đua cấp tỉnh và lao động tiên tiến", "danh hiệu Chiến sĩ thi đua cơ sở và Lao động tiên
# tiến": a second title after "và" shares the trigger when it is written as titles are (a capital, or in lowercase
# with a title's ending); not an award's form ("và Bằng khen của ...": capitalized_not_first)
_VA_TITLE = re.compile(r"\s+và\s+")


def _second_title_after_va(text: str, end: int, resources: CampaignResources) -> tuple[int, int] | None:
    va = _VA_TITLE.match(text, end)
    if not va:
        return None
    words = re.match(r"[^,;.:()“”\"\n]*", text[va.end():]).group(0).split()
    kept = list(takewhile(lambda w: w.lower() not in resources.title_stops, words))
    name = " ".join(kept)
    if not 2 <= len(kept) <= 6 or not kept[0][0].isalpha() or not text.startswith(name, va.end()) \
            or kept[0].lower() in resources.capitalized_not_first:
        return None  # (nor a count and a clause: "và 2 tập thể nhận Cờ thi đua")
    if kept[0][0].islower() and not any(name.endswith(" " + ending) for ending in resources.title_endings):
        return None
    return va.end(), va.end() + len(name)


def find_titles(sentence: Sentence, resources: CampaignResources, taken: list[tuple[int, int]], add: Add) -> None:
    """Award titles given to someone: after "danh hiệu", after a count of holders or a verb of awarding, and
    awards named after a person ("Giải thưởng Nguyễn Đức Cảnh")."""
    text = sentence.text
    for match in _scan(_AWARD_AFTER_PERSON, text):
        name = match.group(0).strip()
        if match.group(2).split()[0].lower() in resources.capitalized_not_first:
            continue  # "trao 46 giải thưởng Ban Giám khảo": a body, not a person
        if not inside(taken, match.start()):
            add(name, "title", sentence, match.start(), match.start() + len(name))
            taken.append((match.start(), match.start() + len(name)))
    for match in _scan(_DANH_HIEU, text):
        # "danh hiệu Công nhân giỏi cấp cơ sở" (its scope kept); in lowercase only when it ends the way
        # titles end ("đạt danh hiệu công đoàn cơ sở vững mạnh")
        words = re.match(r"[^,;.:()“”\"\n]*", text[match.end():]).group(0).split()
        kept = list(takewhile(lambda w: w.lower() not in resources.title_stops, words))[:6]
        if kept and kept[0][0].islower() and not (
            len(kept) >= 2 and any(" ".join(kept).endswith(" " + ending) for ending in resources.title_endings)
        ):
            continue
        if kept and not inside(taken, match.end()):
            name = " ".join(kept)
            scope = resources.title_scope_re.match(text, match.end() + len(name))
            if scope and len(kept) < len(words) and text.startswith(name, match.end()):
                name = text[match.end():scope.end()]  # "danh hiệu Công nhân giỏi cấp cơ sở": the scope stays
            add(name, "title", sentence, match.end(), match.end() + len(name))
            taken.append((match.end(), match.end() + len(name)))
    for match in _scan_any_case(resources.title_re, text, resources.title_first_words):
        # a capitalised title listed after another name shares its context: "biểu dương Công nhân giỏi, Kỹ sư tiêu
        # biểu"; honours listed in a profile, each with its time: "đoạt giải Vàng tại Hội thi thợ giỏi toàn quốc
        # lần thứ 5 - 2015; Người lao động Dệt May tiêu biểu giai đoạn 2011 - 2016; Người thợ giỏi toàn quốc"
        listed = match.group(0)[0].isupper() and any(
            end <= match.start() and _LISTED_AFTER.fullmatch(text, end, match.start()) for _, end in taken)
        if inside(taken, match.start(), match.end()) or not (listed or resources.title_context_re.search(text[:match.start()])):
            continue
        if match.group(0)[0].islower() and not resources.proper_title_re.search(match.group(0)):
            continue  # "50 công nhân tiêu biểu" describes; "85 LĐ giỏi", "Công nhân tiêu biểu" name a title
        start = match.start()
        holder = resources.holder_before_re.match(text, start)
        if holder and resources.title_re.fullmatch(text, holder.end(), match.end()):
            start = holder.end()  # "150 công nhân lao động giỏi": the workers hold the title "lao động giỏi"
        add(text[start:match.end()], "title", sentence, start, match.end())
        taken.append((match.start(), match.end()))
    for match in _scan(_DANH_HIEU, text):  # the title right after "danh hiệu", however it was found, and one after "và"
        first_end = next((e for s, e in taken if s == match.end()), None)
        second = _second_title_after_va(text, first_end, resources) if first_end is not None else None
        if second and not inside(taken, *second):
            add(text[second[0]:second[1]], "title", sentence, *second)
            taken.append(second)




# "Cuộc thi viết về ... trong phong trào công nhân lao động", "Cuộc thi viết Mini trong NHÓM ĐỒNG NGHIỆP EVN": a
# contest named by what it asks for (its subject) keeps the group or field it is written in
_IN_GROUP = re.compile(r"\strong(?![\wÀ-ỹĐđ])")
# "Cuộc thi Sáng tác ca khúc về công nhân và tổ chức Công đoàn Việt Nam năm 2025": "và" and a second subject of a
# few words that the name's tail follows; not a verb that begins the next act ("và trao giải", "và tổ chức hội nghị")
_AND_PART = re.compile(r"\svà(?![\wÀ-ỹĐđ])")
# (a capital after "và" begins the next named item, as in _NAME_TAIL; so does the next trigger: "Ngày hội hiến máu tình
# nguyện và phong trào Hiến máu ...")
_ACT_AFTER_AND = re.compile(r"\s*(?:(?-i:[" + UPPER + r"])|(?:tổ\s+chức(?!\s+(?-i:[" + UPPER + r"]))|thi|trao|tặng|phát\s+động|"
                            r"phong\s+trào|chương\s+trình|cuộc\s+vận\s+động|danh\s+hiệu|"
                            r"triển\s+khai|thực\s+hiện|khen|tuyên\s+dương|biểu\s+dương|hỗ\s+trợ|thăm|ký|các|những|một|nhiều|"
                            r"đã|sẽ|được|đang|cũng)(?![\wÀ-ỹĐđ]))", re.IGNORECASE)


def _name_end(text: str, stop: re.Match[str] | None, resources: CampaignResources,
              start: int | None = None) -> re.Match[str] | None:
    """Where an unquoted contest name ends, past the commas and abbreviations inside it: union news names contests
    after groups written as lists ("Hội thao công nhân, viên chức - lao động (CNVC-LĐ) tỉnh lần thứ XV", "Cuộc thi
    Bút ký, phóng sự viết về công nhân, công đoàn Hà Tĩnh và Liên hoan ..."). A listed part counts only when the
    name ends right after it where names end (its ordinal or year tail, a new named item, the sentence); a comma
    before a clause ("Hội thi thợ giỏi cấp cơ sở, tiến tới ...") still ends it."""
    end = stop
    while end is not None:
        abbreviation = _ABBREVIATION.match(text, end.start()) if end.group(0) == "(" else None
        if abbreviation:  # "(CNVC-LĐ) tỉnh" goes on; "(ATVSLĐ) do ..." ends before the abbreviation
            after = resources.contest_end_re.search(text, abbreviation.end())
            if after is None or after.start() <= abbreviation.end():
                return end
            end = stop = after
            continue
        if not end.group(0).startswith(","):
            by_subject = start is not None and resources.contest_asks_re.match(text, start)
            if (by_subject and _IN_GROUP.fullmatch(end.group(0))
                    or _AND_PART.fullmatch(end.group(0)) and not _ACT_AFTER_AND.match(text, end.end())
                    and not resources.event_re.match(text, end.end() + 1)):
                after = resources.contest_end_re.search(text, end.end())
                part = text[end.end():after.start() if after else len(text)]
                if after is not None and not after.group(0).startswith(",") and _NAME_TAIL.match(text, after.start()) \
                        and 1 <= len(part.split()) <= 6 and not re.search(r"\d", part):
                    return after  # the name ends where its tail follows the group or second subject
            return stop
        if any(after_comma.match(text, end.start()) and before_comma.search(text, 0, end.start())
               for before_comma, after_comma in resources.comma_joined):
            # a comma inside one field ("An toàn, vệ sinh viên giỏi", "Tháng hành động phòng, chống ma túy"): no list of
            # parts, the name goes on past it
            end = stop = resources.contest_end_re.search(text, end.end())
            continue
        after = resources.contest_end_re.search(text, end.end() - 1)
        part = text[end.end():after.start() if after else len(text)]
        if after is not None and part[:1].isupper() and _ORDINAL_TAIL.match(text, after.start()) \
                and 2 <= len(part.split()) <= 6 and not re.search(r"\d", part) and not resources.event_re.search(part) \
                and part.split()[0].lower() not in resources.capitalized_not_first \
                and not all(w[:1].isupper() for w in part.split()):
            return after  # "Hội thi Thợ giỏi, Thao diễn kỹ thuật toàn quốc lần thứ VI": a second capitalized part
            # that the ordinal closes is the name's (not a body or a place: every word capitalized)
        if (after is None or not part[:1].islower() or len(part.split()) > 6 or re.search(r"\d", part)
                or resources.event_re.search(part) or resources.contest_not_listed_re.match(part)
                or resources.contest_clause_re.match(text, end.end())):
            return stop
        if not after.group(0).startswith(",") and _NAME_TAIL.match(text, after.start()):
            stop = after
        elif _CLAUSE_AFTER_COMMA.match(text, after.start()):
            stop = after  # "Tham gia Tháng cao điểm phát triển đoàn viên, thành lập CĐCS, LĐLĐ huyện đã ...": the
            # fronted name ends where the main clause's subject, written with a capital, follows the comma
        end = after
    return stop


def find_contests_and_events(sentence: Sentence, resources: CampaignResources, taken: list[tuple[int, int]], add: Add,
                             ends_article: bool = False) -> None:
    """Unquoted contest and event names: "Hội thi an toàn vệ sinh viên giỏi tỉnh X năm 2024" -> "an toàn vệ sinh
    viên giỏi tỉnh X"; "Giải bóng đá công nhân viên chức lao động", "Ngày hội lao động sáng tạo". A sentence without
    end mark (a headline, a caption) ends the name unless it is the last of the article (a page cut mid-name)."""
    text = sentence.text
    for match in _scan_any_case(resources.event_re, text, resources.event_first_words):
        head = match.group(1)
        kind, kept_in_name = resources.event_heads[re.sub(r"\s+", " ", head.lower())]
        if inside(taken, match.start()) or _GENERIC_BEFORE.search(text[:match.start()]):
            continue
        if not kept_in_name and inside(taken, match.end()):
            continue  # "Cuộc thi Sáng kiến, sáng tạo trong CNVCLĐ": a known name right after the trigger is taken whole;
            # the contest read on from the trigger would cut it at its comma ("sáng kiến") and list it twice
        # a headline in capitals ends its name at the same words ("HỘI THI ... TỈNH NGHỆ AN NĂM 2025"): they are read
        # in lower case, the name is kept as written
        scan = text.lower() if head.isupper() else text
        stop = _name_end(scan, resources.contest_end_re.search(scan, match.end() - 1), resources, match.end())
        if stop is None:
            if ends_article:
                continue  # the article's last sentence stops mid-name (a page cut by the excerpt cap)
            stop = _END_OF_TEXT.search(text, len(text.rstrip()))
            if not re.search(rf"[{UPPER}]", text[match.end():stop.start()]):
                continue  # "Hội diễn văn nghệ" closing a headline is a kind of event; a name holds a named part
        if stop.start() < match.end():
            continue  # "2 Cuộc thi do Công đoàn Việt Nam ... tổ chức": no name after the head
        raw = text[match.end():stop.start()]
        if text[stop.start():stop.start() + 1] in ("“", "\"") and raw.strip() == raw.strip().lower():
            continue  # "Cuộc thi trực tuyến “Tìm hiểu pháp luật ...”": the quoted name is the contest's
        name = _YEAR_TAIL.sub("", raw.strip()).rstrip(" ,-–")
        place = _PLACE_BEFORE_PREDICATE.search(name)
        if place:
            name = name[:place.end()]  # "... quận Đống Đa | nhận được 300 tác phẩm": the name ends with its place
        words = name.split()
        # a contest named by what it asks for may run longer ("viết về mô hình, tấm gương người tốt, việc tốt trong ...")
        longest = 18 if resources.contest_asks_re.match(name) else 14
        if not words or words[0].lower() in resources.contest_not_first or len(words) > longest \
                or name.lower() in resources.contest_form_only:
            continue
        if re.search(r"cấp\s+cơ\s+sở$", name) or not re.search(r"[\wÀ-ỹĐđ]{2}", name):
            continue  # "Hội thi thợ giỏi cấp cơ sở": a kind of contest, not one
        if kept_in_name and len(words) <= 2 and not re.search(rf"[{UPPER}\d]", name) \
                and not _ORDINAL_AFTER.match(text, stop.start()):
            continue  # "Hội diễn văn nghệ", "Liên hoan văn nghệ": a kind of event; a name says whose or which, or is
            # held again under its number ("Giải bóng đá công nhân lần thứ III": a recurring event of its own)
        if not kept_in_name and (len(words) < 2 or re.search(r"\d", name) and not re.search(r"[A-ZĐ]", name)):
            continue
        if not head[0].isupper() and not re.search(rf"[{UPPER}]", name) and not resources.contest_subject_re.match(name):
            continue  # "tổ chức hội thao chào mừng": a lowercase head needs a named part after it, or the subject
            # that names a contest ("cuộc thi tìm hiểu pháp luật lao động": what it tests is its name)
        start = match.start() if kept_in_name else match.end()
        end = match.end() + (len(raw) - len(raw.lstrip())) + len(name)
        add(text[start:end], kind, sentence, start, end)
        taken.append((start, end))


def _listed_phrase_end(text: str, end: int, resources: CampaignResources, max_part_words: int = 6,
                      part_re: re.Pattern[str] = _PHRASE_AFTER_TRIGGER, tail_re: re.Pattern[str] = _PHRASE_TAIL) -> int:
    """Where a movement's unquoted name ends, past the short parts listed after a comma ("phong trào xây dựng cơ quan,
    tổ chức công đoàn vững mạnh năm 2016"): a part counts only when the name ends right after it, where the phrase
    after a trigger ends (its owner, place or time, the clause's end), not before more listing or a new clause."""
    reached = end
    while text.startswith(", ", reached):
        part = part_re.match(text, reached + 2)
        one_field = any(after_comma.match(text, reached) and before_comma.search(text, 0, reached)
                        for before_comma, after_comma in resources.comma_joined)  # "công nhân, viên chức, lao động"
        if not part or not part.group(0)[:1].islower() or len(part.group(0).split()) > max_part_words + 2 * one_field \
                or (resources.unquoted_blocker_re.search(part.group(0)) and not one_field) or re.search(r"\d", part.group(0)) \
                or resources.contest_not_listed_re.match(part.group(0)):
            break
        reached = reached + 2 + len(part.group(0).rstrip())
        if tail_re.match(text, reached):
            end = reached
    return end


def _find_listed_drives(sentence: Sentence, resources: CampaignResources, taken: list[tuple[int, int]], add: Add) -> None:
    """Movements listed each after its own "phong trào": "ba nội dung trọng tâm là phong trào mùa xuân, phong trào
    bàn tay vàng và phong trào vì người thợ". The repeated trigger makes each short phrase a name; one "phong trào"
    followed by a phrase is as often a description ("phong trào công nhân")."""
    text = sentence.text
    items: list[tuple[int, int]] = []  # (start, end) of the phrases of the current list
    found: list[list[tuple[int, int]]] = []
    for match in _scan_any_case(_PLAIN_DRIVE, text, _PLAIN_DRIVE_HELD):
        phrase = _LISTED_DRIVE_PHRASE.match(text, match.end())
        if not phrase:
            items = []
            continue
        joined = items and _DRIVE_JOIN.fullmatch(text, items[-1][1], match.start())
        items = [*items, (match.end(), phrase.end())] if joined else [(match.end(), phrase.end())]
        if len(items) == 2:
            found.append(items)
        elif len(items) > 2:
            found[-1] = items
    for listed in found:
        phrases = [text[start:end] for start, end in listed]
        if any(not 1 <= len(p.split()) <= 5 or resources.unquoted_blocker_re.search(p) or re.search(r"\d", p)
               or inside(taken, start, end) for p, (start, end) in zip(phrases, listed)):
            continue
        for start, end in listed:
            add(text[start:end], "movement", sentence, start, end)
            taken.append((start, end))


# A name the text capitalizes right after its trigger word, without quotes ("chương trình Vinh quang Việt Nam dấu ấn
# 30 năm đổi mới", "phong trào Văn hóa công sở"): Vietnamese writes a named movement or program with a capital
# first word and the rest in lower case. Not an abbreviation ("phong trào CNVCLĐ"), nor a meeting, a ceremony or a
# body that the trigger word only introduces ("chương trình Lễ trao tặng ...", "phong trào Công đoàn").
_CAPITALIZED_AFTER_TRIGGER = re.compile(
    r"(?<![\wÀ-ỹĐđ])(?i:(phong\s+trào(?:\s+thi\s+đua)?|cuộc\s+vận\s+động|chương\s+trình))\s+"
    r"(?=[" + UPPER + r"][a-zà-ỹđ])")
_CAPITALIZED_AFTER_TRIGGER_HELD = ("trào", "động", "trình")
# the name ends before its owner, place or time, or where the sentence's predicate begins ("Phong trào Xanh - Sạch -
# Đẹp tiếp tục được duy trì": a movement is often the subject, and "tiếp tục", "luôn", "thu hút" ... begin what is said)
_PREDICATE_OPENING = (r"của|trong|tại|ở|cho|do|được|đã|đang|sẽ|với|nhằm|để|là|và|"
                      r"tiếp\s+tục|luôn|vẫn|đều|diễn\s+ra|thu\s+hút|đạt\s+(?:được|nhiều|kết\s+quả)")
_CAPITALIZED_NAME = re.compile(r"[^,;.:()“”\"\n–]+?(?=\s+(?:" + _PREDICATE_OPENING + "|"
                               # what a program gives or brings ("Chương trình Vinh quang Việt Nam tôn vinh 20 tập thể")
                               r"tôn\s+vinh|vinh\s+danh|trao|trao\s+tặng|ghi\s+nhận|mang\s+lại|mang\s+đến|đem\s+lại|"
                               # what a care program does for whom ("Chương trình Tiếp sức mùa thi hỗ trợ 200 thí sinh")
                               r"hỗ\s+trợ|khám|thăm\s+hỏi|dành\s+cho|gồm|"
                               r"trở\s+thành|góp\s+phần|nhận\s+được|thu\s+được|đạt\s+được|chính\s+thức|khởi\s+động|"
                               r"năm\s+\d{4}|giai\s+đoạn|lần\s+thứ)\s|\s+năm\s+\d{4}|[,;.:()“”\"\n–]|\s*$)")
# after a short part listed past a comma, where the capitalized name ends for good: its owner or time, the predicate, the
# clause's end ("cuộc vận động Xây dựng đội ngũ công nhân, viên chức, lao động vững mạnh được ... triển khai")
_CAPITALIZED_TAIL = re.compile(r"\s+(?:" + _PREDICATE_OPENING + r"|năm\s+\d{4}|giai\s+đoạn|lần\s+thứ)\s|\s*(?:[.;]|$)")
_TRIGGER_KIND = {"phong": "movement", "cuộc": "campaign", "chương": "program"}


# "và" and a short lowercase part that ends the name where names end: "phong trào Doanh nghiệp Thủ đô hội nhập và phát
# triển, ...", "cuộc vận động Xây dựng gia đình hạnh phúc và bền vững được ..." (a named drive often pairs two aims with
# "và"); not the next item of a list ("và các phong trào", "và phong trào B") nor a clause ("và hưởng ứng tích cực ...")
_VA_PART = re.compile(r"\s+và\s+(?![" + UPPER + r"])(?!(?:các|những|một|nhiều|mọi|phong|chương|cuộc|hội|tháng|ngày|"
                      r"tổ\s+chức|thực\s+hiện|triển\s+khai|phát\s+động|kết\s+nạp|tích|hưởng|đạt|góp|tạo|trở|từ|đến|toàn|trao|tặng|"
                      r"thăm|hỗ|nhận|ký|tuyên|biểu|khen|vận|ủng|quyên|giúp|mang|thu|có|là|sẽ|đã|được)(?![\wÀ-ỹĐđ]))"
                      r"((?:[\wÀ-ỹĐđ/]+\s+){0,2}?[\wÀ-ỹĐđ/]+)"
                      # the name ends where its owner, time or the predicate begins ("... và chuyển đổi số cũng được ...")
                      r"(?=\s+(?:của|trong|tại|ở|cho|do|được|đã|đang|sẽ|cũng|tiếp\s+tục|luôn|vẫn|đều|"
                      r"năm\s+\d{4}|giai\s+đoạn|lần\s+thứ)\s|\s*[,;.:()“”\"\n–]|\s*$)")


# the same with a second aim of up to five words, for a name that ends the clause ("Năm Tăng cường đối thoại và thương
# lượng tập thể")
_LONG_VA_PART = re.compile(_VA_PART.pattern.replace(r"[\wÀ-ỹĐđ/]+\s+){0,2}?", r"[\wÀ-ỹĐđ/]+\s+){0,4}?"))


def _joined_with_va(text: str, end: int, va_part: re.Pattern[str] = _VA_PART) -> str:
    """The ' và ...' part that goes on with a capitalized name ending at ``end``, or ''."""
    part = va_part.match(text, end)
    return part.group(0) if part else ""


def _capitalized_name_end(text: str, match: re.Match[str], resources: CampaignResources) -> int | None:
    """Where the name capitalized right after a trigger (``match``) ends, or None when it is no name."""
    if _GENERIC_BEFORE.search(text[:match.start()]):
        return None
    phrase = _CAPITALIZED_NAME.match(text, match.end())
    if not phrase:
        return None
    name = phrase.group(0).rstrip()
    name += _joined_with_va(text, match.end() + len(name))
    words = name.split()
    if not 2 <= len(words) <= 12 or words[0].lower() in resources.capitalized_not_first \
            or resources.unquoted_blocker_re.fullmatch(name):
        return None  # (nor a describing word in title case: "phong trào Thi Đua Yêu Nước")
    # short lowercase parts listed after it belong to it ("phong trào Văn hóa, thể dục, thể thao trong CNVCLĐ")
    return _listed_phrase_end(text, match.end() + len(name), resources, max_part_words=3, part_re=_CAPITALIZED_NAME,
                              tail_re=_CAPITALIZED_TAIL)


def capitalized_names_after_triggers(text: str, resources: CampaignResources) -> list[tuple[int, int]]:
    """The spans of the names capitalized right after a trigger in one sentence ("phong trào Xây dựng bệnh viện Xanh -
    Sạch - Đẹp"): a known name inside one of them ("Xanh - Sạch - Đẹp") is a part of it, not a name of its own."""
    spans = []
    for match in _scan_any_case(_CAPITALIZED_AFTER_TRIGGER, text, _CAPITALIZED_AFTER_TRIGGER_HELD):
        end = _capitalized_name_end(text, match, resources)
        if end is not None:
            spans.append((match.end(), end))
    return spans


def _find_capitalized_after_triggers(sentence: Sentence, resources: CampaignResources, taken: list[tuple[int, int]],
                                     add: Add) -> None:
    text = sentence.text
    for match in _scan_any_case(_CAPITALIZED_AFTER_TRIGGER, text, _CAPITALIZED_AFTER_TRIGGER_HELD):
        kind = _TRIGGER_KIND[match.group(1).split()[0].lower()]
        if inside(taken, match.end()):
            end = next((e for s, e in taken if s == match.end()), None)  # a known name right after the trigger
        else:
            end = _capitalized_name_end(text, match, resources)
            if end is None:
                continue
            add(text[match.end():end], kind, sentence, match.end(), end)
            taken.append((match.end(), end))
        second = _second_name_after_va(text, end, resources, taken) if end is not None else None
        if second:
            add(text[second[0]:second[1]], kind, sentence, *second)
            taken.append(second)


# A second name written with its capital after "và" where the trigger's first name ends ("phát động phong trào Thanh
# niên tình nguyện và Sáng tạo trẻ"): one trigger, two names. In sentence case (a capital, then a lowercase word), so
# not a person, a place or a body's name, and not a body, meeting or office by its first word.
_SECOND_AFTER_VA = re.compile(r"\s+và\s+(?=[" + UPPER + r"][a-zà-ỹđ]*\s+[a-zà-ỹđ])")


def _second_name_after_va(text: str, end: int, resources: CampaignResources,
                          taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    va = _SECOND_AFTER_VA.match(text, end)
    if not va or inside(taken, va.end()):
        return None
    phrase = _CAPITALIZED_NAME.match(text, va.end())
    if not phrase:
        return None
    name = phrase.group(0).rstrip()
    words = name.split()
    if not 2 <= len(words) <= 8 or words[0].lower() in resources.capitalized_not_first or re.search(r"\d", name) \
            or resources.unquoted_blocker_re.search(name):
        return None
    return va.end(), va.end() + len(name)


# A year devoted to an aim, named unquoted with its capital ("Tổng LĐLĐ chọn năm 2025 là Năm An toàn vệ sinh lao
# động", "thực hiện Năm Chuyển đổi số"): a named year is written "Năm" with a capital and a name in sentence case (a
# capital, then lowercase words), where a plain year is lowercase or a number. Not a lunar year by its name ("Năm Ất
# Tỵ", "Năm Rồng"), nor a person's or place's name (every word capitalized). (A month so written is as often a shop's promotion,
# "Tháng Tri ân khách hàng"; union months are known names or open with "Tháng hành động" / "Tháng cao điểm".)
_NAMED_YEAR = _held(re.compile(r"(?<![\wÀ-ỹĐđ])Năm\s+(?=[" + UPPER + r"][" + LOWER + r"]*\s+[" + LOWER + "])"), "Năm")
_NOT_YEAR_NAME = frozenset(
    "giáp ất bính đinh mậu kỷ kỉ canh tân nhâm quý tý sửu dần mão mẹo thìn tỵ tị ngọ mùi thân dậu tuất hợi "
    "học tài mới qua nay ngoái trước sau đầu cuối "
    "chuột trâu hổ cọp mèo rồng rắn ngựa dê khỉ gà chó lợn heo".split())  # "đón Năm Rồng": a lunar year by its animal


def find_named_years(sentence: Sentence, resources: CampaignResources, taken: list[tuple[int, int]], add: Add) -> None:
    """A year named for its aim, unquoted: "Năm An toàn vệ sinh lao động", a theme as a quoted "Năm ..." is (its
    year tail dropped: "Năm Du lịch quốc gia 2025")."""
    text = sentence.text
    for match in _scan(_NAMED_YEAR, text):
        if inside(taken, match.start(), match.end() + 1) or _GENERIC_BEFORE.search(text[:match.start()]):
            continue
        phrase = _CAPITALIZED_NAME.match(text, match.end())
        if not phrase:
            continue
        name = phrase.group(0).rstrip()
        name += _joined_with_va(text, match.end() + len(name), _LONG_VA_PART)
        name = _YEAR_TAIL.sub("", name)
        words = name.split()
        if not 2 <= len(words) <= 12 or words[0].lower() in _NOT_YEAR_NAME \
                or words[0].lower() in resources.capitalized_not_first:
            continue
        end = match.end() + len(name)
        add(text[match.start():end], "theme", sentence, match.start(), end)
        taken.append((match.start(), end))


# An award named in sentence case after "giải thưởng" ("Giải thưởng Sáng kiến sáng tạo Thủ đô", "giải thưởng Bông hồng
# vàng"): union news writes its own awards so, unquoted; the name keeps "Giải thưởng" as an award after a person does
# (its second word in lower case: a person's name capitalizes every word). Not the award's fund, council or board
# ("quỹ Giải thưởng Phụ nữ Việt Nam trao tặng ..."), which names a body
_AWARD_IN_SENTENCE_CASE = _held(re.compile(r"(?<![\wÀ-ỹĐđ/.,])(?<!\d\s)(?<![Qq]uỹ\s)(?<![Đđ]ồng\s)(?<![Bb]an\s)([Gg]iải\s+thưởng)\s+"
                                     r"(?=[" + UPPER + r"][a-zà-ỹđ]+\s+[a-zà-ỹđ])"), "iải")
# where the award's name ends besides where a capitalized name does: the verb that gives or makes it up
_AWARD_NAME_VERB = re.compile(r"\s+(?:trao|tặng|gồm|xét|dành|vinh\s+danh|có)(?![\wÀ-ỹĐđ])")


def find_awards(sentence: Sentence, resources: CampaignResources, taken: list[tuple[int, int]], add: Add) -> None:
    """Awards named in sentence case after "giải thưởng", read before the known names: "Giải thưởng Sáng kiến sáng tạo
    Thủ đô" is one award, not the movement "Sáng kiến, sáng tạo". Not a contest it rewards ("trao giải thưởng Hội
    thi ..."), nor a body or a meeting (the capitalized first words that are no name after a trigger)."""
    text = sentence.text
    for match in _scan(_AWARD_IN_SENTENCE_CASE, text):
        if inside(taken, match.start(), match.end()) or resources.event_re.match(text, match.end()):
            continue
        phrase = _CAPITALIZED_NAME.match(text, match.end())
        if not phrase:
            continue
        name = _AWARD_NAME_VERB.split(phrase.group(0), maxsplit=1)[0].rstrip()
        words = name.split()
        if not 2 <= len(words) <= 8 or words[0].lower() in resources.capitalized_not_first:
            continue
        end = match.end() + len(name)
        add(text[match.start():end], "title", sentence, match.start(), end)
        taken.append((match.start(), end))


def find_after_triggers(sentence: Sentence, resources: CampaignResources, taken: list[tuple[int, int]], add: Add) -> None:
    """The name after an unquoted "phong trào thi đua" (``phong trào thi đua học tập và nâng cao trình độ``) or a
    "phong trào" / "cuộc vận động" naming what it builds (``phong trào xây dựng gia đình tiêu biểu``), and a theme
    after "chủ đề" / "phương châm" written without quotes."""
    text = sentence.text
    drives = sorted([*_scan_any_case(resources.unquoted_re, text, UNQUOTED_HELD), *_scan(_BUILDING_DRIVE, text)],
                    key=lambda m: m.start())
    for match in drives:
        if inside(taken, match.end()):
            continue  # "phong trào thi đua lao động giỏi, lao động sáng tạo": a known name, already taken whole
        phrase = _PHRASE_AFTER_TRIGGER.match(text, match.end())
        if not phrase or phrase.end() >= len(text):
            continue  # nothing, or the text stops mid-phrase (a truncated page)
        words = phrase.group(0).split()
        if words[:2] == ["thi", "đua"] or re.match(r"[^;.]*[“\"]", text[match.end():]):
            continue  # the name is the quote that follows
        if words[0].lower() in ("và", "hoặc", "cùng", "với"):
            continue  # "Hội nghị tổng kết phong trào thi đua và khen thưởng năm 2025": a second field joined on, no name
        if not 2 <= len(words) <= 8 or resources.unquoted_blocker_re.search(phrase.group(0)) or re.search(r"\d", phrase.group(0)):
            continue
        if _GENERIC_BEFORE.search(text[: match.start()]) or any(w[0].isupper() for w in words):
            continue
        end = _listed_phrase_end(text, match.end() + len(phrase.group(0).rstrip()), resources)
        kind = "campaign" if match.group(0).lower().startswith("cuộc") else "movement"
        add(text[match.end():end], kind, sentence, match.end(), end)
        taken.append((match.end(), end))
    _find_listed_drives(sentence, resources, taken, add)
    _find_capitalized_after_triggers(sentence, resources, taken, add)
    for match in _scan_any_case(_THEME, text, _THEME_HELD):
        if inside(taken, match.end()):
            continue
        stop = _THEME_END.search(text, match.end())
        end = stop.start() if stop else len(text.rstrip(" .…"))
        if stop is None and not re.search(r"[.!?…]\s*$", text):
            continue  # a truncated page
        name = text[match.end():end].strip(" ,")
        if "," in name and _LEADING_THEME.match(text[:match.start()]) and not text.startswith(",", match.end() + len(name)):
            name = name[:name.rindex(",")]  # "Với chủ đề Xuân yêu thương, đoàn viên được tặng ...": the clause is no part
        if not 3 <= len(name.split()) <= 30 or _GENERIC_BEFORE.search(text[:match.start()]):
            continue
        if _OWNER_OF_QUOTED_THEME.search(text, match.end(), end + 2):
            continue  # "Chủ đề Tháng hành động năm nay là “...”": what the theme belongs to; the quote is the theme
        add(name, "theme", sentence, match.end(), match.end() + len(name))
        taken.append((match.end(), match.end() + len(name)))
