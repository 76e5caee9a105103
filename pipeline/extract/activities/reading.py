"""Emulation activities: which body launched, ran, reviewed or commended which campaign, when, with what.

An activity is read off one sentence: its action words (``phát động``, ``triển khai``, ``sơ kết``,
``tuyên dương`` ... from ``resources/action_triggers.tsv``), the campaigns named after them, the body that
acts, the nearest date and the figures next to it. Vietnamese news often leaves the subject out for several
sentences or paragraphs after naming it once ("Đồng thời, xây dựng và ban hành quy chế thi đua ..."), so the
acting body carries over from sentence to sentence until another body, or a generic one such as
``các cấp Công đoàn``, takes its place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ...records import Activity, Article, Campaign, DateMention, Facts, Figure, Organization, Sentence, Span
from ...text import match_key
from .. import dates as dates_module
from .resources import ActivityResources


@dataclass
class Group:
    """Trigger words standing together ("tổ chức phát động"): one act, named by the strongest word."""

    start: int
    end: int
    action: str
    priority: int
    unnamed: str
    passive: bool = False
    also: list[str] = field(default_factory=list)  # the other acts of equal strength joined to it ("tổng kết và trao giải")
    topic: bool = False  # the act word names a matter talked over or taught ("trao đổi về ... tổ chức phong trào X"): no act


def _inside(position: int, spans) -> bool:
    return any(s <= position < e for s, e in spans)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    spans, open_at = [], None
    for mark in re.finditer("[“”]", text):  # the marks alone, not every character (a hot path)
        i, ch = mark.start(), mark.group()
        if ch == "“" and open_at is None:
            open_at = i
        elif ch == "”" and open_at is not None:
            spans.append((open_at, i + 1))
            open_at = None
    spans += [m.span() for m in re.finditer(r'"[^"]*"', text)]
    return spans


def _trigger_groups(text: str, excluded: list[tuple[int, int]], res: ActivityResources) -> list[Group]:
    not_triggers = [m.span() for m in res.not_trigger_re.finditer(text)]
    groups: list[Group] = []
    for m in res.trigger_re.finditer(text):
        if _inside(m.start(), excluded) or _inside(m.start(), not_triggers):
            continue
        trigger = res.trigger_by_phrase[m.group(0).casefold()]
        if groups and groups[-1].action == "review" and trigger.action == "implement" \
                and _REVIEWED_SPAN.fullmatch(text, groups[-1].end, m.start()) and not res.law_re.match(text, m.start()):
            # "Hội nghị sơ kết 3 năm thực hiện phong trào X": what is carried out is what the review covers; one act,
            # the review of X (not "tổng kết năm 2025, triển khai nhiệm vụ năm 2026", two acts)
            groups[-1].end = m.end()
            continue
        if groups and res.gap_re.match(text[groups[-1].end:m.start()]):
            last = groups[-1]
            if _joint_act(last, trigger):
                # "Hội nghị tổng kết và khen thưởng phong trào ...": a review and a commendation, each an activity
                extra = Group(m.start(), m.end(), trigger.action, trigger.priority, trigger.unnamed)
                _handing(extra, trigger, m, text, res)
                if extra.action != last.action and extra.action not in last.also:
                    last.also.append(extra.action)
                last.end = m.end()
                continue
            answering = _RESPONDING.fullmatch(m.group(0)) and _SETTING_OUT.search(text, last.start, last.end)
            last.end = m.end()
            if trigger.priority > last.priority:
                last.action, last.priority, last.unnamed = trigger.action, trigger.priority, trigger.unnamed
            elif answering:
                # "tổ chức lễ ra quân hưởng ứng “Tháng Thanh niên”": the kick-off answers a drive another body launched; the
                # body carries it out (FORMAT: hưởng ứng is implement), it does not launch it
                last.action, last.unnamed = trigger.action, trigger.unnamed
            _handing(last, trigger, m, text, res)
            continue
        groups.append(Group(m.start(), m.end(), trigger.action, trigger.priority, trigger.unnamed))
        _handing(groups[-1], trigger, m, text, res)
    for index, group in enumerate(groups):
        # "các phong trào thi đua do Thủ tướng Chính phủ, Tổng LĐLĐ ... phát động": the movements are
        # described by who launched them, not launched here; the agent list may hold commas
        since = groups[index - 1].end if index else 0
        clause = re.split(r"[;.]", text[since:group.start])[-1]
        group.passive = bool(res.passive_re.search(clause))
        if group.action == "commend" and res.proposal_re.search(text, 0, group.start):
            # "đề nghị công nhận và khen thưởng 10 cá nhân đạt giải thưởng X", "đề nghị tặng Cờ thi đua": an award
            # proposed to the body that gives it, an emulation management act (FORMAT's other), not the award
            group.action, group.also = "other", []
    return groups


_DISTINCT_ACTS = ("launch", "review", "commend")
# a bare "phong trào" standing for a movement named before: then a pronoun, a verb or punctuation, no name of its own
# ("phong trào thi đua tại cơ sở" without a pronoun is the drive in general)
_BARE_MOVEMENT = re.compile(
    r"(?<![\wÀ-ỹĐđ])(?<!các\s)(?<!những\s)(?<!nhiều\s)(?<!Các\s)(?<!Những\s)[Pp]hong\s+trào"
    r"(?:(?:\s+thi\s+đua)?\s+(?:này|nói\s+trên|trên))?(?=\s*(?:[.,;:]|$)|\s+(?:đã|được|đang|tiếp\s+tục|cũng|đều|luôn|vẫn|với|gắn|trong|của)(?![\wÀ-ỹĐđ]))")
# "Phong trào (đã) được (các CĐCS) triển khai": the bare movement is the subject of a passive act a few words on
_PASSIVE_AFTER = re.compile(r"\s+(?:(?:đã|cũng|tiếp\s+tục|luôn|đều)\s+)*được(?:\s+[^\s,;.:]+){0,6}\s+$")
_BARE_CONTEST = re.compile(r"(?<![\wÀ-ỹĐđ])(?:hội|cuộc)\s+thi(?![\wÀ-ỹĐđ])", re.IGNORECASE)
# the prizes of a contest handed out: "Ban tổ chức đã trao giải Nhất cho ...", "trao 3 giải Nhất, 6 giải Nhì", "trao giải thưởng
# cho 35 cá nhân" (not "giải pháp", "giải quyết": the words after "giải" are a rank, a recipient or the clause's end)
_PRIZES_GIVEN = re.compile(r"(?:trao|tặng|trao\s+tặng)(?:\s+(?:các|\d+))?\s+giải(?:\s+thưởng)?(?=\s*(?:[,.;]|$|cho\s|nhất|nhì|ba(?![\wÀ-ỹĐđ])"
                           r"|khuyến\s+khích|đặc\s+biệt|toàn\s+đoàn|tập\s+thể|cá\s+nhân|[A-C](?![\wÀ-ỹĐđ])|xuất\s+sắc))", re.IGNORECASE)
_BY = re.compile(r"(?<![\wÀ-ỹĐđ])do\s")
# between a campaign and "do" + its agent: the year of the campaign ("“Tết Sum vầy” năm 2026 do Tổng LĐLĐ phát động")
_YEAR_BEFORE_AGENT = re.compile(r"[\s”\"»)]*(?:năm\s+)?\d{4}\s*", re.IGNORECASE)
# an act received, not done: "được tặng", "đạt danh hiệu", "nhận Bằng khen", "đón nhận Huân chương"
_RECEIVED_ACT = re.compile(r"(?:được|đạt|nhận|đón\s+nhận)(?![\wÀ-ỹĐđ])", re.IGNORECASE)
# a sentence listing the guests: "Dự buổi lễ có ...", "Tham dự hội nghị có ...", "Đến dự và chỉ đạo hội nghị có ..."
_ATTENDANCE = re.compile(r"\W*(?:(?:đến|về|tới|tham)\s+)?dự(?![\wÀ-ỹĐđ])", re.IGNORECASE)
_AFTER_MOVEMENT = re.compile(r"(?<![\wÀ-ỹĐđ])phong\s+trào(?:\s+thi\s+đua)?\s*[“\"]?\s*$", re.IGNORECASE)
# between a review word and "thực hiện" / "triển khai": the span of time reviewed, a few words with no comma and no "và"
# ("sơ kết 3 năm", "tổng kết 10 năm", "sơ kết giữa nhiệm kỳ", "sơ kết 6 tháng đầu năm 2026")
_REVIEWED_SPAN = re.compile(r"\s+(?:(?!và\s)[^\s,;.:()“”\"]+\s+){0,6}", re.IGNORECASE)


def _joint_act(group: Group, trigger) -> bool:
    """Two strong action words of different acts joined by "và" or a comma name two acts of one event ("tổng kết và
    trao giải Cuộc thi ...", "sơ kết, khen thưởng ..."), not one act in several words ("tổ chức phát động")."""
    return (trigger.priority == group.priority == 3 and trigger.action != group.action
            and trigger.action in _DISTINCT_ACTS and group.action in _DISTINCT_ACTS)


def _handing(group: Group, trigger, m: re.Match[str], text: str, res: ActivityResources) -> None:
    """What "trao" / "tặng" hand over decides the act: gifts or money make it support ("trao 100 suất quà", "tổ
    chức trao 500 suất học bổng"), with its figures; an award form, a title or a prize a commendation ("trao 10
    Bằng khen cho các tập thể", "trao tặng Kỷ niệm chương ...", "trao tặng danh hiệu ..."), also after "trao tặng",
    which alone reads as handing over gifts."""
    if m.group(0).lower() not in _HANDING_WORDS:
        return
    if group.action == "support" and res.award_form_re.match(text, m.end()):
        group.action, group.priority, group.unnamed = "commend", 3, "yes"  # "trao tặng Kỷ niệm chương ...", "... 20 Bằng khen"
    elif group.action != "commend":
        return
    elif res.gift_re.match(text, m.end()):
        group.action, group.priority, group.unnamed = "support", 2, "figures"
    elif trigger.unnamed == "no" and res.award_form_re.match(text, m.end()):
        group.unnamed = "yes"


def _valid_actors(text: str, org_spans, groups: list[Group], res: ActivityResources):
    """Organization mentions that can be the acting body.

    Not one written after "của", "theo", "do", "với" in its clause (an owner, a source, a partner; a list
    "của A, B và C" shares the word before its first member), nor one standing right after an action word
    as its object ("trao tặng: Trạm Y tế phường, Trung tâm Y tế quận").
    """
    valid = []
    previous: tuple[int, bool] | None = None
    boundaries = sorted([0] + [g.end for g in groups] + [m.end() for m in re.finditer(r"[,;:(]", text)])
    for index, (start, end, org) in enumerate(org_spans):
        if previous is not None and start < previous[0]:
            continue  # "Cụm thi đua số 3 thuộc LĐLĐ tỉnh Hải Dương": a body written inside another's mention is part of its name
        joined = previous is not None and re.fullmatch(r"[\s,]*(?:và|,)?[\s,]*", text[previous[0]:start])
        if joined and "và" not in text[previous[0]:start] and _opens_main_clause(text, _list_end(text, org_spans, index), groups):
            # "Thực hiện Kế hoạch của Tổng LĐLĐ, LĐLĐ tỉnh triển khai ...", "Thực hiện chỉ đạo của LĐLĐ tỉnh, Công đoàn
            # Công ty A và Công đoàn Công ty B đã tổ chức ...": the subject (a list of them), not members of the owners
            joined = None
        if joined:
            excluded = previous[1]
        else:
            clause_start = max(b for b in boundaries if b <= start)
            excluded = bool(res.not_actor_re.search(text[clause_start:start]))
            last_group = max((g for g in groups if g.end <= start), key=lambda g: g.end, default=None)
            if last_group is not None:
                gap = text[last_group.end:start]
                excluded = excluded or (len(gap) < 60 and (not re.search(r"[,;.]", gap) or gap.lstrip().startswith(":")))
        if not excluded and any(0 <= start - asked.end() <= 2 for asked in res.request_re.finditer(text, max(0, start - 20), start)):
            # "Hội nghị thống nhất đề nghị LĐLĐ tỉnh tặng Cờ thi đua cho ...": the body asked is no subject (what it is asked
            # to do is not done; test_a_request_to_a_named_body_...), so the story does not turn to it
            excluded = True
        previous = (end, excluded)
        if not excluded:
            valid.append((start, end, org))
    return valid


def _opens_main_clause(text: str, end: int, groups: list[Group]) -> bool:
    """An act follows the body closely, with no comma between (the body is that act's subject)."""
    return any(0 <= g.start - end <= 25 and not re.search(r"[,;:.]", text[end:g.start]) for g in groups)


def _list_end(text: str, org_spans, index: int) -> int:
    """Where the list of bodies that starts at ``org_spans[index]`` ends ("A, B và C")."""
    end = org_spans[index][1]
    for start, next_end, _org in org_spans[index + 1:]:
        if not re.fullmatch(r"\s*(?:,|,?\s*và)\s*", text[end:start]):
            break
        end = next_end
    return end


def _generic_subjects(text: str, groups: list[Group], res: ActivityResources) -> list[int]:
    """Where a generic body ("các cấp Công đoàn") is the subject: before the first act or right before one,
    and not the body being directed ("chỉ đạo các Công đoàn cơ sở tổ chức ...")."""
    first = groups[0].start if groups else len(text)
    found = []
    boundaries = [0] + [m.end() for m in re.finditer(r"[,;:(]", text)]
    for m in res.generic_actor_re.finditer(text):
        if res.directing_re.search(text[:m.start()]):
            continue
        clause_start = max(b for b in boundaries if b <= m.start())
        if res.not_actor_re.search(text[clause_start:m.start()]):
            continue  # "trách nhiệm của các cấp công đoàn": an owner, not a subject
        if _SCOPE_BEFORE.search(text, 0, m.start()):
            continue  # "phát động phong trào X trong toàn ngành và tổ chức ...": where the act reaches, not who does it
        # "phong trào ... đã được các cấp Công đoàn và CNVCLĐ quận hưởng ứng": the agent of a passive acts, however
        # long the list before its verb
        agent = re.search(r"(?<![\wÀ-ỹĐđ])được\s+$", text[:m.start()]) and any(
            g.start >= m.end() and not re.search(r"[;.]", text[m.end():g.start]) for g in groups)
        if m.start() < first or agent or any(0 <= g.start - m.end() <= 40 for g in groups):
            found.append(m.start())
    return found


_HANDING_WORDS = ("trao", "tặng", "trao tặng", "lễ trao")  # "lễ trao 123 phần học bổng": a ceremony handing over gifts
_HANDING = re.compile(r"(?:tổ\s+chức\s+)?(?:trao|tặng|trao\s+tặng)(?:\s+hỗ\s+trợ)?", re.IGNORECASE)
_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
_PLACE_SUBJECT = re.compile(
    r"(?<![\wÀ-ỹĐđ])(?:(?:quận|huyện|tỉnh|thành phố|thị xã)\s+[A-ZÀ-ỸĐ0-9]|Thành phố(?![\wÀ-ỹĐđ])|Thủ đô(?![\wÀ-ỹĐđ]))"
)


def _counted_subject(text: str, offset: int, first_group: int, figures) -> bool:
    """A figure (a count or a share of units or people) stands shortly before the sentence's first act, in its
    clause, and no body does: that set is the subject."""
    if re.search(r"(?<![\wÀ-ỹĐđ])được(?:\s+\S+){0,2}\s*$", text[:first_group]):
        return False  # "191 Nhà giáo ... được tuyên dương": the counted set receives the act; the giver acts
    if re.search(r"(?:[Hh]ội nghị|[Ll]ễ|buổi)\s*$", text[:first_group]):
        return False  # "200 đại biểu ... hội tụ về Hội nghị tổng kết": they attend the event, its organiser holds it
    return any(
        f.span is not None and f.span.start - offset < first_group and f.unit not in ("VND",)
        and (first_group - (f.span.end - offset) <= 80 or len(text[:f.span.start - offset].split()) <= 3)
        and not re.search(r"[;:]", text[f.span.end - offset:first_group])
        for f in figures
    )


def _place_subject(text: str, start: int, end: int, orgs) -> bool:
    """A place (not inside a body's name) opens the clause ``text[start:end]`` (at most two words before it, as in
    "chủ đề Thành phố"): the clause is about that place."""
    return any(
        not any(s <= m.start() < e for s, e, _ in orgs) and len(text[start:m.start()].split()) <= 2
        for m in _PLACE_SUBJECT.finditer(text, start, end)
    )


def _clause_end(text: str, at: int) -> int:
    """Where the clause that goes on at ``at`` ends: the next ";" or ".", else the end of the sentence."""
    return min([i for i in (text.find(";", at), text.find(".", at)) if i >= 0] + [len(text)])


def _clause_start(text: str, at: int) -> int:
    """Where the clause that ``at`` stands in begins: after the last ";" or "." before it, else the sentence's start."""
    return max(text.rfind(";", 0, at), text.rfind(".", 0, at)) + 1


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[start:end]`` (the one nearest ``end``), else None."""
    last = None
    for last in pattern.finditer(text, start, end):
        pass
    return last


def act_precedes(group: Group, start: int, end: int) -> bool:
    """The act stands before the campaign at ``start:end``, also when its words run into the name ("trao Giải
    thưởng" before "Giải thưởng Trần Văn Kiểu")."""
    return group.end <= start or group.start < start < group.end <= end


def _nested(spans: list[tuple[int, int, Campaign]]) -> list[tuple[int, int, Campaign]]:
    """Drop a campaign mention that lies inside another one (a movement named inside a longer theme)."""
    return [a for a in spans if not any(b is not a and b[0] <= a[0] and a[1] <= b[1] and (b[1] - b[0]) > (a[1] - a[0]) for b in spans)]


# after an act of commending: an award form (or the trigger's own), a few words of it, then "của" and its issuer
# (or, after a trigger that names the form itself, only its grade: "nhận cờ thi đua xuất sắc của LĐLĐ TP HCM")
_AWARD_OF = re.compile(r"\s*(?:(?:\d+\s+)?(?i:bằng khen|giấy khen|cờ thi đua|cờ|huân chương|kỷ niệm chương)"
                       r"(?:\s+[^\s,;.:]+){0,5}?|\s*(?i:xuất\s+sắc|toàn\s+diện|dẫn\s+đầu|hạng\s+(?:nhất|nhì|ba)))?\s+của\s+")
# a receiving verb right before a title: "nhận Giải thưởng", "đoạt giải thưởng", "đạt được “Lao động giỏi”"
_RECEIVED = re.compile(r"(?<![\wÀ-ỹĐđ])(?:nhận|đạt|đoạt|giành)(?:\s+được)?\s*[“\"']?\s*$", re.IGNORECASE)
# an award received, not given: "nhận Cờ thi đua", "đón nhận Huân chương", after the recipient body
_RECEIVING = re.compile(r"nhận(?![\wÀ-ỹĐđ])", re.IGNORECASE)
_RECIPIENT_GAP = re.compile(r"\s*(?:(?:đã|vừa|được|vinh\s+dự|đón|tiếp\s+tục|cũng)\s+)*", re.IGNORECASE)
_BESIDES = re.compile(r"\W*(?:ngoài\s+ra|bên\s+cạnh\s+đó|ngoài\s+đó)(?![\wÀ-ỹĐđ])", re.IGNORECASE)
_DRIVE = re.compile(r"(?<![\wÀ-ỹĐđ])(?:thi\s+đua|phong\s+trào)(?![\wÀ-ỹĐđ])", re.IGNORECASE)
_RECIPIENT = re.compile(r"(?<![\wÀ-ỹĐđ])(?:cho|tới|đến)(?![\wÀ-ỹĐđ])")
# "X phối hợp với Y (và Z) tổ chức …", "X cùng với Y trao …": the partners act with X
_PARTNERED = re.compile(r"\s*(?:(?:đã|vừa|cũng|sẽ|tiếp\s+tục)\s+)*(?:phối\s+hợp\s+với|phối\s+hợp\s+cùng|cùng\s+với|kết\s+hợp\s+với|cùng)\s+",
                        re.IGNORECASE)
# "A và B phối hợp tổ chức …", "A, B cùng tổ chức …": bodies listed before a joint act all hold it
# "A và B phối hợp tổ chức Hội nghị tổng kết …": the list is the subject of the act a few words on, in one clause
_SAME_CLAUSE_VERB = re.compile(r"\s*(?:đã\s+|vừa\s+|cùng\s+)?(?:phối\s+hợp\s+)?tổ\s+chức\s+(?:[^\s,;:.()]+\s+){0,3}$", re.IGNORECASE)
_JOINTLY = re.compile(r"\s*(?:đã\s+|vừa\s+|cùng\s+)?(?:phối\s+hợp|cùng\s+nhau|cùng|liên\s+tịch)\s*$", re.IGNORECASE)
# "được" (with "đã", "cũng" ...) right before an act: an agentless passive
_PASSIVE_BEFORE = re.compile(r"(?<![\wÀ-ỹĐđ])được(?:\s+(?:đã|tiếp tục|cũng|đều))?\s*$", re.IGNORECASE)
# a sentence giving the rate of a support told before it: "Mỗi người lao động đủ điều kiện được hỗ trợ 1 triệu đồng"
_EACH_RATE = re.compile(r"\W*Mỗi\s", re.IGNORECASE)
_SCOPE_BEFORE = re.compile(r"(?<![\wÀ-ỹĐđ])(?:trong|khắp)\s+$", re.IGNORECASE)
_LIST_MARK = re.compile(r"[\s\-–•+*]*")
_PARTNER_WORDS = re.compile(r"(?<![\wÀ-ỹĐđ])(?:phối\s+hợp\s+(?:với|cùng)|cùng\s+với|kết\s+hợp\s+với)\s+", re.IGNORECASE)
_RESPONDING = re.compile(r"hưởng\s+ứng", re.IGNORECASE)
_SETTING_OUT = re.compile(r"ra\s+quân$", re.IGNORECASE)
_BY_SOURCE = re.compile(r"\W*(?:Cũng\s+)?(?:Theo|Căn\s+cứ)\s+(?:(?:nội\s+dung|bản|các|những|mới)\s+)?", re.IGNORECASE)
# a paragraph opening on a body as its topic: "Tại Công đoàn ngành Giáo dục tỉnh, ...", "Đối với LĐLĐ huyện, ..."
_TOPIC = re.compile(r"\W*(?:Tại|Ở|Đối\s+với|Riêng\s+với|Về\s+phía)\s+")
# "tham gia Hội thi X": taking part in the contest named right after
_TAKING_PART = re.compile(r"(?<![\wÀ-ỹĐđ])(?:tham\s+gia|tham\s+dự|dự\s+thi)\s*(?:[^\s,;.]+\s+){0,2}?$", re.IGNORECASE)
# "với sự tham gia của A và B": the bodies after it take part in the act of its clause
_PARTICIPATING = re.compile(r"(?<![\wÀ-ỹĐđ])(?:với|có)\s+sự\s+tham\s+gia\s+của\s+", re.IGNORECASE)
# "Đội thi của Công đoàn Công ty A đoạt giải Nhất", "Công đoàn Công ty B giành giải Nhì": a body (or its team) wins a rank
# of the article's contest; the words between a body and the next one it is listed with
_WINS_PRIZE = re.compile(r"\s*(?:(?:đã|cùng|xuất\s+sắc)\s+)*(?:đoạt|giành|đạt)\s+(?:được\s+)?giải\s+(?:[Nn]hất|[Nn]hì|[Bb]a|"
                         r"[Kk]huyến\s+khích|[Đđ]ặc\s+biệt)(?![\wÀ-ỹĐđ])")
_TEAM_OF = re.compile(r"(?:[Đđ]ội(?:\s+thi)?|[Cc]ác\s+đội(?:\s+thi)?)\s+(?:của\s+)?$")
# a short fronted phrase with no name in it: "Kết quả, ", "Chung cuộc, ", "Kết thúc Hội thi, "
_FRONTED_PHRASE = re.compile(r"[\s\-–•+*]*[\wÀ-ỹĐđ]+(?:\s+[a-zà-ỹđ]+|\s+[\wÀ-ỹĐđ]+(?=\s+[a-zà-ỹđ]|\s*,)){0,5}\s*,\s*")
_LISTED_WITH = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:(?:đội(?:\s+thi)?)\s+(?:của\s+)?)?")
_ASPECT = re.compile(r"\s*(?:(?:đã|vừa|sẽ|cũng|đều|đồng\s+loạt|tiếp\s+tục)\s+)+$", re.IGNORECASE)


def _untriggered_action(res: ActivityResources, text: str, from_context: str | None) -> str:
    """The act of a campaign that no trigger word of its clause governs."""
    model = res.classify_action
    if model is not None and (res.action_mode == "model_first" or (res.action_mode == "model_fallback" and not from_context)):
        return model(text)
    return from_context or "implement"


Mention = tuple[int, int, Any]  # start, end (offsets in the sentence) and what is mentioned there


def _by_sentence(items, spans_of) -> dict[int, list]:
    found: dict[int, list] = {}
    for item in items:
        for span in spans_of(item):
            found.setdefault(span.sentence_index, []).append((span, item))
    return found


@dataclass
class ArticleFacts:
    """The facts the reader needs, indexed by sentence."""

    sentences: tuple[Sentence, ...]
    campaigns: dict[int, list]
    organizations: dict[int, list]
    dates: dict[int, list[DateMention]]
    figures: dict[int, list[Figure]]
    headline_blocks: int = 0  # how many blocks the kicker and the headline take (the body's blocks follow)
    # (campaign key, action, body) -> the figures the body's sentence gives an act the headline stated first
    figures_told_in_body: dict[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)

    @property
    def headline_sentences(self) -> int:
        """How many sentences the kicker and the headline take."""
        return sum(1 for s in self.sentences if s.block < self.headline_blocks)

    @classmethod
    def of(cls, article: Article, sentences, campaigns, organizations, figures, res: ActivityResources) -> "ArticleFacts":
        dates: dict[int, list[DateMention]] = {}
        for mention in dates_module.iter_mentions(article, sentences, res.dates):
            dates.setdefault(mention.span.sentence_index, []).append(mention)
        return cls(
            sentences=sentences,
            campaigns=_by_sentence(campaigns, lambda c: c.mentions),
            organizations=_by_sentence(organizations, lambda o: o.mentions),
            dates=dates,
            figures=_by_sentence([f for f in figures if f.span is not None], lambda f: (f.span,)),
            headline_blocks=int(bool(article.kicker)) + int(bool(article.title)),
        )


@dataclass
class Carry:
    """What carries over from sentence to sentence: the body the text is talking about, the last act."""

    actor: Organization | None = None
    action: str | None = None  # the last act of the paragraph, for a campaign no trigger governs
    actor_known: bool = False  # whether any body (or a generic one) has acted yet
    body: Organization | None = None  # the last named body that acted
    host: Organization | None = None  # the first named body that acted in the body text: the organisers ("Ban tổ chức") it held
    block: int = -1


_UNNAMED_DRIVE_AFTER_VA = re.compile(r"(?<!\w)và\s+(?:các\s+)?đợt\s+thi\s+đua(?!\w)", re.IGNORECASE)
_LISTING_AS = re.compile(r"(?<!\w)như(?:\s+là)?(?=\s)")  # "... các điều khoản như tiền ăn ca ..., hỗ trợ ..."


class SentenceReading:
    """One sentence read: its campaigns, bodies, acts, who does them, and the rule activities it gives.

    The steps are named after what they decide; ``read`` runs them in order. The reading is kept (``camps``,
    ``orgs``, ``groups``, ``actors``, ``generic``, ``subject``) for the activity model's candidates.
    """

    def __init__(self, sentence: Sentence, facts: ArticleFacts, carry: Carry, res: ActivityResources,
                 activities: dict[tuple[str, str, str], Activity]) -> None:
        self.sentence, self.facts, self.carry, self.res, self.activities = sentence, facts, carry, res, activities
        self.text, self.offset = sentence.text, sentence.start
        self.added: list[tuple[Activity, "Group | None"]] = []  # the rule activities this sentence gave
        self.in_headline = sentence.block < facts.headline_blocks

    # --- what the sentence holds ------------------------------------------------------------------------

    def read(self) -> "SentenceReading":
        if self.sentence.block != self.carry.block:
            self.carry.action, self.carry.block = None, self.sentence.block
        self._mentions()
        self._subject()
        self._passive_launches()
        self._campaign_acts()
        self._unnamed_acts()
        self._listed_award()
        self._contest_participants()
        self._prize_winners()
        if self.active:
            self.carry.action = self.active[-1].action
        return self

    def _mentions(self) -> None:
        text, offset, res = self.text, self.offset, self.res
        index = self.sentence.index
        self.camps = _nested(sorted(((span.start - offset, span.end - offset, c) for span, c in self.facts.campaigns.get(index, [])),
                                    key=lambda item: item[:2]))  # (two campaigns on one span must not compare)
        camp_spans = [(s, e) for s, e, _ in self.camps]
        # action words inside a campaign name are part of the name; inside other quotes, of a slogan
        quotes = [q for q in _quoted_spans(text) if not any(q[0] <= s < q[1] for s, _ in camp_spans)]
        self.orgs = sorted(
            ((span.start - offset, span.end - offset, o) for span, o in self.facts.organizations.get(index, [])
             if not _inside(span.start - offset, camp_spans)),
            key=lambda item: item[0],
        )
        # action words inside a body's name are part of the name ("Ban Thi đua - Khen thưởng TPHCM")
        self.groups = _trigger_groups(text, camp_spans + quotes + [(s, e) for s, e, _ in self.orgs], res)
        self.active = [g for g in self.groups if not g.passive]
        self._movement_referred_to()
        self._acts_of_other_matters()
        self.actors = _valid_actors(text, self.orgs, self.groups, res)
        self.agents = self._passive_agents()
        self.actors = [a for a in self.actors if a[0] not in self.agents]
        self.organisers: dict[int, Organization | None] = {}  # id(group) -> the owner of a meeting guests attend
        for group in self.groups:
            if group.action != "contest" and res.held_at_re is not None and res.held_at_re.search(text[:group.start]):
                # "Tại Hội nghị tổng kết phong trào X của Công đoàn Công ty A, đồng chí B, Phó Chủ tịch LĐLĐ thành phố
                # phát biểu": the meeting is the place; its owner, when named, holds the act, not the speaker
                owner = self._organiser(group)
                if owner is not None:
                    self.organisers[id(group)] = owner
                continue
            if group.action == "contest" or res.attended_re is None or not res.attended_re.search(text[:group.start]):
                continue  # a body that takes part in a contest does hold it (FORMAT)
            self.organisers[id(group)] = self._organiser(group)
            clause_start = _clause_start(text, group.start)
            self.actors = [a for a in self.actors if not clause_start <= a[0] < group.start]  # the guests
        self.generic = _generic_subjects(text, self.groups, res)
        self.figures = [f for _, f in self.facts.figures.get(index, [])]
        self.dates = self.facts.dates.get(index, [])

    def _passive_agents(self) -> set[int]:
        """Where the bodies written between "do" and a passive act stand ("chương trình “Tết Sum vầy” năm 2026 do Tổng LĐLĐ
        Việt Nam phát động, nhiều công đoàn cơ sở đã tổ chức ..."): they did that act (read by _agent_of_named), they are
        not the subject of the sentence's other acts."""
        agents = set()
        for group in self.groups:
            if not group.passive:
                continue
            by = _last_match(_BY, self.text, 0, group.start)
            if by is None or re.search(r"[;.]", self.text[by.end():group.start]):
                continue
            agents.update(s for s, e, _o in self.orgs if by.end() <= s and e <= group.start)
        return agents

    def _movement_referred_to(self) -> None:
        """A bare "phong trào" that an act governs refers back to the one movement the article has named before it
        ("LĐLĐ quận tổ chức Hội nghị tổng kết phong trào thi đua “X”. Phong trào được các CĐCS hưởng ứng ...", "tặng Bằng
        khen cho 8 tập thể có thành tích xuất sắc trong phong trào"): news names a movement once and then calls it "phong
        trào"; the act is that movement's. Not when the article has named several, nor "các phong trào", nor a descriptive
        drive ("phong trào thi đua lao động sản xuất"), nor a bare mention no act word governs in its clause."""
        text = self.text
        spans = [(s, e) for s, e, _ in self.camps] + [(s, e) for s, e, _ in self.orgs]
        found = []
        for m in _BARE_MOVEMENT.finditer(text):
            if _inside(m.start(), spans) or _inside(m.end() - 1, spans):
                continue
            clause_start = _clause_start(text, m.start())
            clause_end = _clause_end(text, m.end())
            governed = any(clause_start <= g.start and g.end <= m.start() and not any(g.end <= s < m.start() for s, _e, _c in self.camps)
                           for g in self.active) \
                or any(m.end() <= g.start < clause_end and _PASSIVE_AFTER.match(text, m.end(), g.start) for g in self.active)
            if not governed:
                continue
            movement = self._movement_named_before(m.start())
            if movement is not None:
                found.append((m.start(), m.end(), movement))
        if found:
            self.camps = sorted(self.camps + found, key=lambda item: item[:2])

    def _movement_named_before(self, position: int) -> Campaign | None:
        """The one movement the article names before ``position`` of this sentence (a campaign of kind movement, or one
        written right after "phong trào"), else None."""
        named: dict[str, Campaign] = {}
        for sentence in self.facts.sentences[:self.sentence.index + 1]:
            for span, campaign in self.facts.campaigns.get(sentence.index, []):
                start = span.start - sentence.start
                if sentence.index == self.sentence.index and start >= position:
                    continue
                if campaign.kind == "movement" or _AFTER_MOVEMENT.search(sentence.text[max(0, start - 30):start]):
                    named.setdefault(campaign.key, campaign)
        return next(iter(named.values())) if len(named) == 1 else None

    def _acts_of_other_matters(self) -> None:
        """A support word that hands nothing over names no unnamed act (for the rules and for the model's candidates
        alike; a named care program it governs is still read): after a payer's promise or consent in its clause ("phía
        công ty đồng ý hỗ trợ thêm 500.000 đồng cho mỗi công nhân"), after a colon listing a document's terms ("Thỏa ước
        có nhiều điều khoản có lợi như: hỗ trợ tiền nhà trọ ..., tặng quà sinh nhật"), or helping with paperwork ("hỗ trợ
        150 người lao động làm thủ tục hưởng ..."), paid by a state policy ("được chi trả hỗ trợ theo Nghị quyết của Chính
        phủ"), or the passive rate of a support told before ("Mỗi người lao động đủ điều kiện được hỗ trợ 1 triệu đồng":
        its figure quantifies that act, it is no act of its own). Likewise a review of how a law is applied ("tổng kết 10 năm thi hành
        Luật Bảo hiểm xã hội") reviews no emulation drive."""
        res, text = self.res, self.text
        for group in self.groups:
            if group.action == "implement" and res.care_service_re is not None and res.care_service_re.match(text, group.end):
                # "tổ chức khám sức khỏe, tầm soát ung thư miễn phí cho 600 nữ đoàn viên": a worker-care service held
                group.action, group.priority, group.unnamed = "support", 2, "figures"
            if self._a_topic(group):
                group.topic, group.unnamed = True, "no"  # "trao đổi về ... và tổ chức các phong trào thi đua": a matter talked over
            clause_end = min([i for i in (text.find(p, group.end) for p in ",;") if i >= 0] + [len(text)])
            if group.action == "review" and not group.also and res.law_re is not None \
                    and res.law_re.search(text, group.end, min(clause_end, group.end + 40)):
                group.unnamed = "no"  # "hội nghị tổng kết 10 năm thi hành Luật Bảo hiểm xã hội": a law reviewed, no drive
                for holding in self.groups:  # and "tổ chức hội nghị" right before it holds that review, no drive either
                    if holding.unnamed == "emulation" and 0 <= group.start - holding.end <= 30 \
                            and not re.search(r"[,;.]", text[holding.end:group.start]):
                        holding.unnamed = "no"
                continue
            if group.action != "support" or group.also:
                continue
            clause = text.rfind(";", 0, group.start) + 1  # (a dot inside a sentence is a number's: "300.000 đồng")
            colon = text.rfind(":", clause, group.start)
            if (res.promise_re is not None and res.promise_re.search(text, clause, group.start)) \
                    or (res.terms_re is not None and colon >= 0 and res.terms_re.search(text, clause, colon)) \
                    or (res.service_re is not None and res.service_re.search(text, group.end, min(clause_end, group.end + 50))) \
                    or (res.policy_re is not None and res.policy_re.search(text, group.end, min(clause_end, group.end + 80))) \
                    or (_EACH_RATE.match(text) and _PASSIVE_BEFORE.search(text, 0, group.start)) \
                    or self._by_the_terms(group) or self._listed_as_terms(group, clause):
                group.unnamed = "no"

    def _listed_as_terms(self, group: "Group", clause: int) -> bool:
        """A document that lays down benefits lists them with "như" before the support word ("Thỏa ước có nhiều điều khoản
        có lợi hơn cho người lao động như tiền ăn ca 25.000 đồng/bữa, hỗ trợ nhà trọ 300.000 đồng/tháng"): its terms, as
        after a colon, not an act done."""
        listed = self.res.terms_listed_re
        terms = listed.search(self.text, clause, group.start) if listed is not None else None
        return terms is not None and _LISTING_AS.search(self.text, terms.end(), group.start) is not None

    def _by_the_terms(self, group: "Group") -> bool:
        """The sentence opens by naming a document that lays down benefits as its source ("Theo thỏa ước, tiền ăn ca tăng
        lên 35.000 đồng/bữa, người lao động được hỗ trợ 500.000 đồng tiền nhà trọ mỗi tháng", "Theo quy chế, ..."): the
        support words after it are its terms, as after a colon that lists them, not acts done."""
        opening = _BY_SOURCE.match(self.text)
        return opening is not None and self.res.terms_re is not None and opening.end() <= group.start \
            and self.res.terms_re.match(self.text, opening.end()) is not None

    def _a_topic(self, group: "Group") -> bool:
        """The act word names the matter talked over or taught, written earlier in its clause with no body between them
        ("Hai bên trao đổi về công tác phát triển đoàn viên, chăm lo đời sống người lao động và tổ chức các phong trào thi
        đua", "truyền đạt các chuyên đề: ..., phương pháp tổ chức phong trào thi đua ở cơ sở"): no act is done."""
        res, text = self.res, self.text
        if res.topic_re is None:
            return False
        clause = _clause_start(text, group.start)
        topic = _last_match(res.topic_re, text, clause, group.start)
        return topic is not None and not any(topic.end() <= s < group.start for s, _e, _o in self.orgs)

    def _subject(self) -> None:
        """The sentence's subject: its acting body, else none when a generic body acts, else the carried one."""
        text, carry, res = self.text, self.carry, self.res
        first_group = self.groups[0].start if self.groups else len(text)
        person = res.person_subject_re.match(text) if res.person_subject_re else None
        described = [a for a in self.actors if person and person.end() <= a[0] < first_group]
        if person and described and re.match(r"\s*[-–,(]", text[person.end():]) \
                and not any(a[0] < person.start() for a in self.actors) \
                and not res.office_re.search(text, person.end(), described[0][0]):
            # "Anh Bàng Trúc Lâm - kỹ thuật viên ... Cty Thuốc lá Thăng Long ... được tôn vinh": a person who holds
            # no office of the body is the subject; the body describing where he works does not act, none carries over
            self.actors = [a for a in self.actors if not person.end() <= a[0] < first_group]
            self.generic = sorted(self.generic + [0])
        subject = next((a[2] for a in self.actors if a[0] < first_group), None)
        if subject is None and self.groups and id(self.groups[0]) in self.organisers:
            subject = self.organisers[id(self.groups[0])]
            if subject is None and carry.actor is None:
                self.generic = sorted(self.generic + [0])  # guests at a meeting whose owner the text leaves unstated
        self.fronted = self._fronted_subjects(first_group) if subject is None and self.groups else []
        if self.fronted:
            subject = self.fronted[0][2]
        if subject is None and self.groups and _counted_subject(text, self.offset, first_group, self.figures):
            # "Có 100% đơn vị khối hành chính ... tổ chức Hội nghị": a counted set of units or people acts
            self.generic = sorted(self.generic + [0])
        members = res.member_subject_re.match(text) if res.member_subject_re else None
        if subject is None and self.groups and members and members.end() <= first_group:
            # "Đoàn viên, người lao động tích cực hưởng ứng phong trào ...": the members act, no body (generic)
            self.generic = sorted(self.generic + [0])
        organisers = self.res.organisers_re.match(text) if self.res.organisers_re is not None else None
        if subject is None and organisers and self.groups and organisers.end() <= first_group \
                and not (self.generic and min(self.generic) < first_group):
            # "Ban tổ chức cũng đã trao 10 phần quà ...": the organisers of the event the story tells, the body that held
            # it (the first to act in the body text), also after members or other bodies took part in it ("Đoàn viên ...
            # đã cùng tham quan", "Công đoàn Công ty A đã cử 2 đội tham gia Hội thi"); the development gold reads it so
            actor = carry.host or carry.body
        elif subject is None and self.generic and min(self.generic) < first_group:
            actor = None
        elif subject is not None:
            actor = subject
        elif self.generic:
            actor = None
        elif carry.actor is None and (first_clause := self._first_clause_actors()):
            actor = first_clause[0][2]
        elif not carry.actor_known and any(o[0] not in self.agents for o in self.orgs):
            # nobody named yet: "chuỗi hoạt động chào mừng Tháng Công nhân ... của LĐLĐ tỉnh" - the owner acts
            actor = next(o[2] for o in self.orgs if o[0] not in self.agents)
        elif self._paragraph_topic() is not None:
            # "Tại Công đoàn ngành Giáo dục tỉnh, phong trào X được triển khai sâu rộng. Đồng thời, tổ chức Hội thi ...": a
            # new paragraph about another body; the elided subject is that body's, not the previous paragraph's actor
            actor = self._paragraph_topic()
        else:
            actor = carry.actor
        self.carried_actor = carry.actor  # who the story was about before this sentence
        self.subject = actor
        carry.actor_known = carry.actor_known or actor is not None or bool(self.generic)
        if not text.lstrip().startswith(("“", '"')) and not self._guests_only():
            carry.actor = actor  # quoted speech, or guests named by their offices, do not change who the story is about
            carry.body = actor or carry.body
            if carry.host is None and not self.in_headline:
                carry.host = actor

    def _first_clause_actors(self) -> list[Mention]:
        """The bodies that can act, up to the end of the clause of the sentence's first act: one named in a later clause
        ("Ban tổ chức đã trao 1 giải Nhất, 2 giải Nhì cho các đội; Công đoàn Công ty A đoạt giải Nhất") is that clause's."""
        end = _clause_end(self.text, self.groups[0].end) if self.groups else len(self.text)
        return [a for a in self.actors if a[0] < end]

    def _paragraph_topic(self) -> Organization | None:
        """The body a paragraph opens on as its topic ("Tại Công đoàn ngành Giáo dục tỉnh, ...", "Đối với LĐLĐ huyện,
        ..."), in the paragraph's first sentence, when it is not the body the story was about."""
        index = self.sentence.index
        if self.in_headline or (index > 0 and self.facts.sentences[index - 1].block == self.sentence.block):
            return None
        opening = _TOPIC.match(self.text)
        if opening is None:
            return None
        named = next(((s, e, o) for s, e, o in self.orgs if s == opening.end()), None)
        if named is None or not re.match(r"\s*,", self.text[named[1]:]) or named[2] is self.carry.actor:
            return None
        return named[2]

    def _fronted_subjects(self, first_group: int) -> list[Mention]:
        """The bodies that open the main clause after an opening clause which holds the sentence's first act and
        names no acting body: "Hưởng ứng Tháng Công nhân, LĐLĐ tỉnh A, LĐLĐ tỉnh B và LĐLĐ tỉnh C đã tổ chức ...",
        "Thực hiện Kế hoạch của Tổng LĐLĐ, LĐLĐ tỉnh triển khai ...". Vietnamese news fronts the purpose or the
        movement answered this way; the act of that clause is the main clause's subject's."""
        text = self.text
        shielded = [(s, e) for s, e, _ in self.camps] + _quoted_spans(text) + [(s, e) for s, e, _ in self.orgs]
        comma = next((m.start() for m in re.finditer(r"[,;.]", text[first_group:])
                      if not _inside(first_group + m.start(), shielded)), None)
        if comma is None or text[first_group + comma] != ",":
            return []
        comma += first_group
        opening = next((a for a in self.actors if a[0] > comma), None)
        if opening is None or text[comma + 1:opening[0]].strip():
            return []
        listed = [opening]
        for actor in self.actors:
            if actor[0] > listed[-1][1] and re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", text[listed[-1][1]:actor[0]]):
                listed.append(actor)
        return listed

    def _guests_only(self) -> bool:
        """No act, and every body is named in an office holder's title ("Phó Chủ tịch LĐLĐ thành phố Hà Nội Lê Đình
        Hùng đã dự và phát biểu chỉ đạo tại buổi lễ"): the guests attend, the story's actor stays."""
        if not self.groups and _ATTENDANCE.match(self.text):
            return True  # "Dự buổi lễ có đồng chí A, Phó Trưởng Ban Dân vận Trung ương; đại diện Ban Tuyên giáo ...": guests
        office = self.res.office_end_re
        return bool(self.actors) and not self.groups and office is not None and all(
            office.search(self.text[max(0, s - 40):s]) for s, _e, _o in self.actors)

    # --- who does an act ------------------------------------------------------------------------------

    def actors_for(self, group: "Group") -> list[Organization | None]:
        """The acting body of a trigger, or every body of a list written right before it ("Tổng LĐLĐ Việt Nam,
        LĐLĐ Thành phố thực hiện chủ đề ...")."""
        first = self.actor_for(group)
        chain = [a for a in self.actors if a[0] < group.start]
        if not chain and self.fronted and first is self.fronted[0][2] and group.start < self.fronted[0][0]:
            return [a[2] for a in self.fronted]  # the act of a fronted clause: every body opening the main clause
        partners = self._partners(first, group)
        if partners:  # "LĐLĐ tỉnh phối hợp với Sở Y tế tổ chức …": both hold the act
            return [first, *partners]
        if first is None or not chain or chain[-1][2] is not first:
            return [first]
        gap = self.text[chain[-1][1]:group.start]
        if not (self.res.gap_re.match(gap) or _JOINTLY.match(gap) or _SAME_CLAUSE_VERB.match(gap) or _ASPECT.match(gap)):
            return self._listed_subject_goes_on(chain[-1], group) or [first]
        listed = [chain[-1]]
        for previous in reversed(chain[:-1]):
            if not (re.fullmatch(r"\s*(?:,|và)\s*", self.text[previous[1]:listed[0][0]])
                    or self._leaders_joined(previous, listed[0]) or self._listed_by_office(previous, listed[0])):
                break
            listed.insert(0, previous)
        return [a[2] for a in listed]

    def _leaders_joined(self, previous: Mention, following: Mention) -> bool:
        """Two bodies named in the offices of two people who act together ("Đồng chí A, Phó Chủ tịch LĐLĐ thành phố và
        đồng chí B, Chủ tịch LĐLĐ quận đã trao Bằng khen ..."): award news names the presenters by their offices, and
        FORMAT gives the act to each body whose leader presents it."""
        office = self.res.office_end_re
        if office is None:
            return False
        gap = self.text[previous[1]:following[0]]
        before = self.text[:previous[0]]
        return bool(re.match(r"\s*,?\s*và\s", gap)) and len(gap) < 80 and not re.search(r"[;.:]", gap) \
            and bool(office.search(gap)) and bool(office.search(before))

    def _listed_by_office(self, previous: Mention, following: Mention) -> bool:
        """The next body of a list is written through its head's office alone ("Công đoàn Công ty và Giám đốc Công ty đã
        trao thưởng ..."): the company its director heads acts with the union, one list."""
        office = self.res.office_re
        gap = re.match(r"\s*,?\s*và\s+", self.text[previous[1]:following[0]])
        if office is None or gap is None:
            return False
        held = office.match(self.text, previous[1] + gap.end(), following[0])
        return held is not None and not self.text[held.end():following[0]].strip()

    def _listed_subject_goes_on(self, last: Mention, group: "Group") -> list[Organization | None]:
        """The bodies a list makes the subject of an earlier act of the clause, when the text goes on to this act
        with no body of its own ("A và B đã ký kết giao ước thi đua, cam kết thực hiện tốt phong trào X"): Vietnamese
        drops the repeated subject of a second verb, so the whole list holds it, not only the body written last."""
        earlier = [g for g in self.active if last[1] <= g.start and g.end <= group.start]
        if not earlier or re.search(r"[;.:]", self.text[last[1]:group.start]):
            return []
        acting = self.actors_for(earlier[0])
        return acting if len(acting) > 1 and last[2] in acting else []

    def _partners(self, first: Organization | None, group: "Group") -> list[Organization]:
        """Bodies written after "phối hợp với" / "cùng với" between the acting body and its act, in one clause."""
        if first is None:
            return []
        ends = [e for s, e, o in self.orgs if o is first and e <= group.start]
        if not ends:
            return self._partners_of_elided(first, group)
        between = self.text[ends[-1]:group.start]
        joined = _PARTNERED.match(between)
        if not joined or re.search(r"[;.]", between):
            return []
        return [o for s, e, o in self.orgs if ends[-1] + joined.end() <= s and e <= group.start and o is not first]

    def _partners_of_elided(self, first: Organization, group: "Group") -> list[Organization]:
        """Bodies after "phối hợp với" / "cùng với" before the act, in a clause whose subject is not written as a body
        (elided, or a short form no body is read from: "Đồng thời, phối hợp với Sở Y tế tổ chức ...", "Công đoàn Bộ cũng phối
        hợp với Đoàn Thanh niên Bộ Tài chính tổ chức cuộc thi ..."): both the story's body and its partners hold the act."""
        clause = _clause_start(self.text, group.start)
        joined = _last_match(_PARTNER_WORDS, self.text, clause, group.start)
        if joined is None or any(clause <= a[0] < joined.start() for a in self.actors) \
                or any(clause <= g < joined.start() for g in self.generic):
            return []
        return [o for s, e, o in self.orgs if joined.end() <= s and e <= group.start and o is not first]

    def actor_for(self, group: "Group") -> Organization | None:
        text, orgs = self.text, self.orgs
        if group.action == "commend":
            issuer = self._award_issuer(group)
            if issuer is not None:  # "LĐLĐ tỉnh trao Bằng khen của Tổng LĐLĐ": FORMAT gives it to the issuer
                return issuer
            before = [a for a in self.actors if a[1] <= group.start]
            if _RECEIVING.match(text, group.start) and before and _RECIPIENT_GAP.fullmatch(text[before[-1][1]:group.start]):
                # "Công đoàn Viên chức tỉnh đón nhận Huân chương Lao động hạng Nhì": the body right before a receiving
                # verb is the recipient; FORMAT gives a commendation to its issuer or presenter, here unnamed
                return None
        if self.organisers.get(id(group)) is not None:
            return self.organisers[id(group)]  # "Đồng chí A, Trưởng Ban Dân vận Thành ủy dự Hội nghị tổng kết ... của LĐLĐ quận"
        if re.search(r"(?<![\wÀ-ỹĐđ])được(?:\s+(?:đã|tiếp tục|cũng))?\s*$", text[:group.start]) \
                or re.match(r"được\s", text[group.start:group.end]):
            # "Phong trào ... đã được triển khai tại từng đơn vị", "191 nhà giáo được tuyên dương": a passive act
            # with no agent written has no organization; an honour "được tặng cờ thi đua của LĐLĐ tỉnh" has its giver
            clause_end = _clause_end(text, group.end)
            giver = next((o for s, e, o in orgs if group.end <= s < clause_end
                          and re.search(r"(?<!\w)của\s+$", self._without_office(text[group.end:s]))), None)
            return giver if group.action == "commend" else None
        clause_start = text.rfind(";", 0, group.start) + 1
        if clause_start and not any(clause_start <= a[0] < group.start for a in self.actors) \
                and _place_subject(text, clause_start, group.start, orgs):
            return None  # "...; quận Long Biên tiếp tục thực hiện chủ đề": a place, not a body, acts
        if group.action == "launch":
            owner = re.match(r"\s*(?:\S+\s+){0,3}?của\s+", text[group.end:group.end + 40])
            if owner:  # "lời kêu gọi của Ủy ban Mặt trận ...": the caller launches
                at = group.end + owner.end()
                for s, _e, org in orgs:
                    if at <= s <= at + 20:
                        return org
        before = [a for a in self.actors if a[0] < group.start]
        if before and not any(before[-1][1] <= g < group.start for g in self.generic):
            speaker = re.match(rf"\s*(?:[{_UPPER}]\S*\s+){{0,4}}", text[before[-1][1]:group.start])
            if not speaker.group().strip() and self.res.informing_re is not None \
                    and self.res.informing_re.match(text, before[-1][1] + speaker.end(), group.start):
                return before[-1][2]  # "LĐLĐ thành phố cho biết, sẽ tổ chức chương trình “Tết Sum vầy”": its own act
            if self.res.reporting_re.match(text, before[-1][1] + speaker.end(), group.start):
                return None  # "Thứ trưởng Bộ GDĐT Lê Hải An đánh giá cao hiệu quả thực hiện ...": a speaker
            return before[-1][2]
        if any(g < group.start for g in self.generic):
            return None
        return self.subject

    def _organiser(self, group: "Group") -> Organization | None:
        """The body that owns or holds the meeting guests attend: the first body after its act, in its clause, when
        written after "của" or "do" with no comma before it outside quotes ("dự Hội nghị tổng kết phong trào X của LĐLĐ
        quận", "dự Lễ phát động ... do LĐLĐ quận tổ chức"; not "Tại buổi trao quà, ông A, Chủ nhiệm Ủy ban ... của Quốc
        hội", where the body is a speaker's)."""
        text = self.text
        clause_end = _clause_end(text, group.end)
        for start, _end, org in self.orgs:
            if group.end <= start < clause_end:
                gap = re.sub(r"“[^”]*”|\"[^\"]*\"", "", text[group.end:start])
                return org if re.search(r"(?<![\wÀ-ỹĐđ])(?:của|do)\s+$", gap) and "," not in gap else None
        return None

    def _award_issuer(self, group: "Group") -> Organization | None:
        """The body after "của" that issues the award form the act hands over ("trao Bằng khen của Tổng LĐLĐ",
        "nhận Cờ thi đua của UBND thành phố"), in the act's clause; not the owner of a recipient ("cho ... của")."""
        text = self.text
        clause_end = _clause_end(text, group.end)
        for start, _end, org in self.orgs:
            if group.end <= start < clause_end:
                gap = self._without_office(text[group.end:start])
                return org if _AWARD_OF.fullmatch(gap) and not _RECIPIENT.search(gap) else None
        return None

    def _without_office(self, gap: str) -> str:
        """``gap`` without the office that ends it: "Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen của Thủ tướng Chính
        phủ" are the awards of the body whose head signs them (the usual wording of Vietnamese award news)."""
        office = self.res.office_end_re.search(gap) if self.res.office_end_re is not None else None
        return gap[:office.start()] if office and re.search(r"(?<![\wÀ-ỹĐđ])của\s+$", gap[:office.start()]) else gap

    # --- when, with what --------------------------------------------------------------------------------

    def nearest_date(self, start: int, end: int) -> str | None:
        """The time written after the act in its clause ("phát động thi đua năm 2020"), else the closest before."""
        candidates, text, offset = self.dates, self.text, self.offset
        if not candidates:
            return None
        inside = [d for d in candidates if start <= d.span.start - offset and d.span.end - offset <= end]
        if inside:  # "Hội nghị sơ kết 6 tháng đầu năm 2025 phong trào “X”": the covered period between act and name
            return min(inside, key=lambda d: d.span.start).value
        limit = min([g.start for g in self.groups if g.start >= end] + [len(text)])
        semicolon = text.find(";", end)
        limit = min(limit, semicolon if semicolon >= 0 else len(text))
        after = [d for d in candidates if end <= d.span.start - offset < limit]
        if after:
            return min(after, key=lambda d: d.span.start).value
        before = [d for d in candidates if d.span.end - offset <= start]
        if before:
            return max(before, key=lambda d: d.span.end).value
        return min(candidates, key=lambda d: abs((d.span.start - offset) - start)).value

    def _counted_documents(self, group: "Group") -> bool:
        """The act's figures count documents ("ban hành 12 kế hoạch, 30 văn bản"), FORMAT's "a plan with counted
        documents"; a count of classes or people ("tổ chức 15 lớp tập huấn") makes no emulation act."""
        mine = set(self.figures_for(group))
        return any(f.text in mine and self.res.document_re.match(f.unit or "") for f in self.figures)

    def figures_for(self, group: "Group | None") -> tuple[str, ...]:
        """The figures of the sentence that stand nearer to this act than to any other (a verb that is the next act's
        own, as "tổ chức" in "tổ chức 250 hội thi", is no other act: the count is the contest's)."""
        if group is None or not self.groups:
            return ()
        acts = [g for g in self.groups if not (g.unnamed == "emulation" and self._verb_of_next_act(g))] or self.groups
        mine = []
        for figure in self.figures:
            position = figure.span.start - self.offset
            nearest = min(acts, key=lambda g: min(abs(position - g.start), abs(position - g.end)))
            if nearest is group:
                mine.append(figure.text)
        return tuple(mine)

    def add(self, campaign: Campaign | None, action: str, org: Organization | None, start: int, end: int,
            group: "Group | None") -> None:
        key = (match_key(campaign.name) if campaign else "", action, org.name if org else "")
        activity = Activity(
            campaign=campaign.name if campaign else None, action=action, organization=org.name if org else None,
            date=self.nearest_date(start, end), figures=self.figures_for(group),
            span=Span(self.sentence.index, self.offset + start, self.offset + end, self.text[start:end]),
        )
        self.added.append((activity, group))
        first = self.activities.setdefault(key, activity)
        if first is not activity and not self.in_headline \
                and first.span is not None and first.span.sentence_index < self.facts.headline_sentences:
            # "LĐLĐ tỉnh phát động phong trào X" over "Sáng 5/3, LĐLĐ tỉnh đã phát động phong trào X năm 2025": the act
            # the headline states is the body's, and so are the time and the figures its sentence gives (the figures
            # are given when the article is read: the headline's act is still known by its identity until then)
            if first.date is None and activity.date is not None:
                self.activities[key] = replace(first, date=activity.date)
            if activity.figures:
                self.facts.figures_told_in_body.setdefault(key, activity.figures)

    # --- the acts -------------------------------------------------------------------------------------

    def _passive_launches(self) -> None:
        camps, orgs = self.camps, self.orgs
        for group in self.groups:
            if group.passive and group.action == "launch":
                # "chủ đề do Tổng Liên đoàn Lao động Việt Nam chọn là “Năm ...”": the agent launched it
                follows = next((c for c in camps if 0 <= c[0] - group.end <= 12), None)
                agent = next((o for o in orgs if o[1] <= group.start), None)
                if follows and agent:
                    self.add(follows[2], "launch", agent[2], group.start, follows[1], group)
            if group.passive and group.action in ("launch", "implement"):
                self._agent_of_named(group)

    def _agent_of_named(self, group: "Group") -> None:
        """"Chương trình “75 nghìn sáng kiến ...” do Tổng Liên đoàn Lao động Việt Nam phát động (tổ chức)": the agent
        written between "do" and the act launched the campaign named right before "do"."""
        text, camps, orgs = self.text, self.camps, self.orgs
        by = list(re.finditer(r"(?<![\wÀ-ỹĐđ])do\s", text[:group.start]))
        if not by:
            return
        at = by[-1].start()
        named = next((c for c in camps if 0 <= at - c[1] <= 3 or (c[1] <= at and _YEAR_BEFORE_AGENT.fullmatch(text, c[1], at))), None)
        agent = next((o for o in reversed(orgs) if at < o[0] and o[1] <= group.start), None)
        if not (named and agent):
            return
        clause = text.rfind(";", 0, named[0]) + 1
        governing = [g for g in self.active if clause <= g.start and g.end <= named[0]]
        organised = re.search(r"phát\s+động|tổ\s+chức", text[group.start:group.end], re.IGNORECASE)
        if governing and governing[-1].action not in ("implement", "launch"):
            # "Hội nghị tổng kết phong trào “Hai giỏi” do Tổng LĐLĐ tổ chức": the agent holds that act
            action = governing[-1].action
        elif named[2].kind == "contest":
            action = "contest"
        elif self.res.care_program_re.search(named[2].name) and not re.search(r"phát\s+động", text[group.start:group.end],
                                                                                  re.IGNORECASE):
            action = "support"  # "“Điểm phúc lợi đoàn viên” do LĐLĐ TPHCM tổ chức": holding a worker-care program
        else:
            action = "launch" if organised else group.action
        self.add(named[2], action, agent[2], named[0], group.end, group)

    def _campaign_acts(self) -> None:
        """Each campaign with the act that governs it: the act before it in its clause, else the strongest after."""
        text, groups, active = self.text, self.groups, self.active
        self.governed: dict[int, int] = {}  # id(group) -> start of the first campaign it governs
        for start, end, campaign in self.camps:
            preceding = [g for g in active if act_precedes(g, start, end)]
            following = [g for g in active if g.start >= end]
            passive_before = any(g.passive and 0 <= start - g.end <= 12 for g in groups)
            clause_end = text.find(";", end)
            following = [g for g in following if clause_end < 0 or g.start < clause_end]
            # "Nhân Tuần lễ Quốc gia ..., LĐLĐ tỉnh tổ chức đoàn đến thăm hỏi": the strongest act that follows
            strongest = max(following, key=lambda g: g.priority, default=None)
            undergone = next((g for g in following if _PASSIVE_AFTER.match(text, end, g.start)), None)
            if undergone is not None:
                # "Phong trào “X” đã được các CĐCS hưởng ứng, với 450 đoàn viên đăng ký thi đua": the campaign is the
                # subject of the passive act right after it, not of a stronger act further on
                strongest = undergone
            group = preceding[-1] if preceding else (strongest if not passive_before else None)
            if self._asked_before(group.start if group is not None and group.end <= start else start):
                # "Chủ tịch UBND tỉnh đề nghị LĐLĐ tỉnh tiếp tục đẩy mạnh phong trào X", "mong muốn Công đoàn Công ty
                # tổ chức tốt phong trào Y": asked of a named body or hoped for, not done (FORMAT: acts done)
                if group is not None:
                    self.governed.setdefault(id(group), start)
                continue
            if group is not None and group.end <= start and self.res.propagated_re is not None \
                    and self.res.propagated_re.search(text, group.end, start):
                continue  # "trao 50 suất quà ... và tuyên truyền về phong trào X": X is made known, not the act's; nor any act
            if group is not None and group.topic:
                # "Các đại biểu thảo luận về ... và tổ chức phong trào “X” tại doanh nghiệp": the movement is what is talked
                # over, not carried out
                self.governed.setdefault(id(group), start)
                continue
            if group is not None and group.action not in ("implement", "launch") and group.end <= start \
                    and self._named_by_agent(end) and self.actors_for(group) == [None]:
                # "hội thi “Vinh quang CĐ Việt Nam” do CĐ Tổng Công ty A tổ chức", "Hội nghị tổng kết phong trào “Hai giỏi”
                # do Tổng LĐLĐ tổ chức": the agent holds that act (read by _agent_of_named); nobody else besides
                self.governed.setdefault(id(group), start)
                continue
            if group is not None:
                self.governed.setdefault(id(group), start)
                action, acting = group.action, self.actors_for(group)
                clause_start = text.rfind(";", 0, start) + 1
                if group.end <= clause_start:  # the act was written in an earlier clause: "...; chủ đề Thành phố “X”"
                    own = [a for a in self.actors if clause_start <= a[0] < start]
                    if own:
                        acting = [own[-1][2]]
                    elif _place_subject(text, clause_start, start, self.orgs):
                        acting = [None]
            elif self._named_by_agent(end):
                if campaign.kind == "contest" and self.subject is not None \
                        and _TAKING_PART.search(text, max(0, start - 30), start):
                    # "Công đoàn Công ty A cử 5 thí sinh tham gia Hội thi thợ giỏi do LĐLĐ tỉnh tổ chức": the agent
                    # organises it, and the body taking part holds a contest activity too (FORMAT)
                    self.add(campaign, "contest", self.subject, start, end, None)
                continue  # "Chương trình “Tết Sum vầy” do Tổng LĐLĐ phát động năm 2017": only its agent acts here
            elif campaign.kind == "title" and _RECEIVED.search(text[:start]):
                # "9 cá nhân vinh dự nhận Giải thưởng Nguyễn Đức Cảnh": an award received, its giver unnamed here (the
                # issuer the article names takes it: credit_issuers); the recipients do not give it
                action, acting = "commend", [None]
            elif campaign.kind == "title" and not self._strived_for(start):
                continue  # "Lưu Chí Hiếu là liệt sĩ, Anh hùng Lực lượng Vũ trang": a title held, no act done
            elif self._spoken_of(start):
                continue  # "đánh giá cao phong trào thi đua “X”", "Tháng 5 hằng năm là Tháng hành động ...": a view or a definition, no act
            else:
                action = _untriggered_action(self.res, text, self.carry.action or self._next_action())
                acting = [self.subject]
                if not self.groups and _counted_subject(text, self.offset, start, self.figures) \
                        and not any(a[0] < start for a in self.actors):
                    # "toàn thành phố có hơn 1.200 công đoàn cơ sở tham gia chương trình “Tết Sum vầy”": a counted set of
                    # units takes part, no body (not the one the story spoke of before)
                    acting = [None]
            for action in [action, *(group.also if group is not None else ())]:
                if campaign.kind == "contest" and (action in ("implement", "launch") or (group is None and action != "review")):
                    # organising a contest, also one a body "phát động"; and a contest no act word governs ("Khai mạc Giải
                    # bóng đá công nhân ...", a headline that names it): held, whatever the sentence classifier says
                    action = "contest"
                elif self.res.care_program_re.search(campaign.name) and (action == "implement" or (
                        action == "commend" and group is not None and _HANDING.fullmatch(text[group.start:group.end]))):
                    action = "support"  # "tổ chức chương trình “Tết sum vầy”", "trao 800 “Túi an sinh công đoàn”"
                elif action == "implement" and self._named_as_commending(campaign):
                    action = "commend"  # "tổ chức chương trình “Tôn vinh nhà giáo tiêu biểu”": holding it commends
                elif campaign.kind == "title" and action == "support":
                    # "Giải thưởng Nguyễn Văn Linh là phần thưởng cao quý của Tổng LĐLĐ trao tặng cán bộ công đoàn": a
                    # title handed over is a commendation, whatever "trao tặng" alone would read
                    action = "commend"
                for org in acting:
                    self.add(campaign, action, org, min(start, group.start) if group else start, end, group)

    def _listed_award(self) -> None:
        """A line of an award list that opens with an award form and its issuer and counts the honoured, with no act word
        ("- Cờ thi đua của Tổng Liên đoàn Lao động Việt Nam: 3 tập thể;", "Bằng khen của LĐLĐ tỉnh: 45 tập thể, 60 cá
        nhân"): a commendation of that issuer (FORMAT: a commendation belongs to the body that issues the award)."""
        if self.groups or self.in_headline:
            return
        opening = _LIST_MARK.match(self.text)
        gap_end = opening.end()
        issuer = next(((s, e, o) for s, e, o in self.orgs if s > gap_end), None)
        if issuer is None or not _AWARD_OF.fullmatch(self._without_office(self.text[gap_end:issuer[0]])) \
                or not re.match(r"\s*:", self.text[issuer[1]:]) or not self.figures:
            return
        self.add(None, "commend", issuer[2], gap_end, issuer[1], None)
        counted = tuple(f.text for f in self.figures)  # the honoured it counts, also on the issuer's earlier line
        self._give_figures(len(self.added) - 1, counted)
        key = ("", "commend", issuer[2].name)
        first = self.activities[key]
        self.activities[key] = replace(first, figures=first.figures + tuple(f for f in counted if f not in first.figures))

    def _contest_participants(self) -> None:
        """The bodies named after "với sự tham gia của" / "có sự tham gia của" in a contest's clause take part in it
        ("LĐLĐ tỉnh tổ chức Hội thi thợ giỏi với sự tham gia của Công đoàn ngành Giáo dục và Công đoàn Công ty A"):
        FORMAT gives a body taking part in a contest a contest activity as well as the organiser."""
        text = self.text
        for activity, group in list(self.added):
            if activity.action != "contest" or activity.span is None:
                continue
            end = activity.span.end - self.offset
            clause_end = _clause_end(text, end)
            joined = _PARTICIPATING.search(text, end, clause_end)
            if joined is None:
                continue
            at = joined.end()
            for start, org_end, org in self.orgs:
                if start < at:
                    continue
                if start > clause_end or not re.fullmatch(r"\s*(?:,|và|,\s*và)?\s*", text[at:start]):
                    break
                self.add(self._campaign_named(activity.campaign), "contest", org, start, org_end, group)
                at = org_end

    def _prize_winners(self) -> None:
        """A body, or its team, that wins a rank of a prize opening its clause ("Đội thi của Công đoàn Công ty A đoạt giải
        Nhất", "Công đoàn Công ty B và Công đoàn Công ty C giành giải Nhì") took part in the article's one contest, named in
        an earlier sentence: FORMAT gives a body taking part in a contest a contest activity as well as the organiser. A
        prize handed to a body's team by the organisers ("trao giải Nhất cho đội của A") is the organisers' act alone."""
        text, previous = self.text, 0
        for won in _WINS_PRIZE.finditer(text):
            listed = [o for o in self.orgs if o[1] <= won.start()]
            if not listed or listed[-1][1] != won.start():
                continue
            winners = [listed[-1]]
            for org in reversed(listed[:-1]):
                if not _LISTED_WITH.fullmatch(text, org[1], winners[0][0]):
                    break
                winners.insert(0, org)
            # the clause, or the part after the win listed before it ("A đoạt giải Nhất, B giành giải Nhì")
            opening = text[max(_clause_start(text, winners[0][0]), previous):winners[0][0]].lstrip(" ,")
            previous = won.end()
            team = _TEAM_OF.search(opening)
            before = opening[:team.start() if team else len(opening)]
            if before.strip(" -–•+*") and not _FRONTED_PHRASE.fullmatch(before):
                continue  # "Anh Nguyễn Văn A, Công ty X đoạt giải Nhất": a person of the body wins, not the body's team
            contest = self._the_contest()
            if contest is None:
                continue
            for start, end, org in winners:
                self.add(contest, "contest", org, start, end, None)

    def _review_joined(self, named: tuple[int, int, Campaign], group: "Group") -> bool:
        """The commendation is joined by "và" to the review of the campaign ``named`` right before it, with only the
        review's time between ("tổ chức tổng kết phong trào thi đua “Hai tốt” năm học 2025-2026 và khen thưởng 75 nhà giáo
        tiêu biểu"): one conference that reviews the movement and rewards it, so the awards are that movement's."""
        start, end, _campaign = named
        review = next((g for g in reversed(self.active) if g.end <= start), None)
        if review is None or review.action != "review" or self.governed.get(id(review)) != start:
            return False
        if any(end <= g.start < group.start for g in self.groups):
            return False
        return re.fullmatch(r"[\s”\"»]*(?:[^,;.:“”\"]{0,40}?\s)?và\s+", self.text[end:group.start]) is not None

    def _reviewed_just_before(self, group: "Group") -> Campaign | None:
        """The one named campaign the same body reviewed in the sentence right before ("Công ty A tổ chức hội nghị sơ kết
        phong trào “X” 6 tháng đầu năm. Ban Giám đốc Công ty đã khen thưởng 120 công nhân ..."): the awards told next, with
        no campaign of their own, are that review's, as when "và khen thưởng" joins them in one sentence. Only when the
        sentence names the body again: "Hội nghị đã khen thưởng 20 tập thể" after the review stays unnamed, as decided."""
        index = self.sentence.index - 1
        acting = {o.name for o in self.actors_for(group) if o is not None}
        if not any(start < group.start and org.name in acting for start, _end, org in self.actors):
            return None  # "Hội nghị đã khen thưởng 20 tập thể": the body is carried, not named again (read as unnamed, a test decides)
        if index < 0 or not acting or self.in_headline:
            return None
        reviewed = {a.campaign for a in self.activities.values() if a.action == "review" and a.campaign
                    and a.span is not None and a.span.sentence_index == index and a.organization in acting}
        if len(reviewed) != 1:
            return None
        name = reviewed.pop()
        return next((c for _span, c in self.facts.campaigns.get(index, []) if c.name == name), None)

    def _own_award_before(self, group: "Group", first_campaign: int) -> bool:
        """The commendation hands over an unnamed award form right after its word, in a clause of its own before the first
        campaign it governs ("trao Cờ thi đua xuất sắc toàn diện cho 03 công đoàn cơ sở; Cờ “CĐCS xuất sắc trong phong
        trào X” cho ..."): that first award is an unnamed commendation of its own."""
        return group.action == "commend" and group.start < first_campaign and ";" in self.text[group.end:first_campaign] \
            and (self.res.award_form_re.match(self.text, group.end) is not None
                 or self.res.award_form_re.search(self.text, group.start, group.end) is not None)  # "trao Cờ thi đua"

    def _spoken_of(self, start: int) -> bool:
        """A speaker's word (đánh giá, ghi nhận, khẳng định ...) stands before the campaign at ``start`` in its clause, or
        words that praise or define it right before it (role appraisal: "đánh giá cao phong trào", "Tháng 5 hằng năm
        là"), and no act word governs it: the sentence says what the campaign is or what someone thinks of it."""
        clause = _clause_start(self.text, start)
        if self.res.reporting_re.search(self.text, clause, start):
            return True
        return self.res.appraisal_re is not None and self.res.appraisal_re.search(self.text, max(0, start - 80), start) is not None

    def _named_as_commending(self, campaign: Campaign) -> bool:
        """A program or event whose name opens with an act of commending ("Tôn vinh nhà giáo tiêu biểu", "Vinh danh
        công nhân lao động giỏi"): holding or carrying it out is that commendation (FORMAT: commendation events)."""
        opening = self.res.trigger_re.match(campaign.name)
        return campaign.kind in ("program", "event", "campaign") and opening is not None \
            and self.res.trigger_by_phrase[opening.group(0).casefold()].action == "commend"

    def _campaign_named(self, name: str | None) -> Campaign | None:
        return next((c for _s, _e, c in self.camps if c.name == name), None) if name else None

    def _the_contest(self) -> Campaign | None:
        """The contest a bare "hội thi" / "cuộc thi" refers back to ("Hội thi thu hút 45 đội thi ..."): the one named
        last in an earlier sentence. A contest named first in the same sentence or later is another one ("tổ chức Hội
        thi thợ giỏi cấp cơ sở, tiến tới “Hội thi thợ giỏi thành phố”"); with none named before, there is none."""
        named_before = [(index, c) for index, mentions in sorted(self.facts.campaigns.items()) if index < self.sentence.index
                        for _span, c in mentions if c.kind == "contest"]
        if not named_before:
            return None
        if len({match_key(c.name) for _index, c in named_before}) == 1:
            return named_before[-1][1]
        last = named_before[-1][0]  # several: the last sentence before that names one, when it names one alone
        in_last = {match_key(c.name): c for index, c in named_before if index == last}
        return next(iter(in_last.values())) if len(in_last) == 1 else None

    def _folded_into_program(self, group: "Group") -> bool:
        """The sentence already gives a worker-care program, named before this support act in its clause, as the
        same body's support: the gifts handed over are that program's, and so are their figures ("Thực hiện chương
        trình “Tết Sum vầy”, LĐLĐ quận đã trao 300 suất quà, mỗi suất 1 triệu đồng": FORMAT's figures that
        quantify the activity)."""
        clause_start = self.text.rfind(";", 0, group.start) + 1
        programs = {match_key(c.name) for s, _e, c in self.camps if clause_start <= s < group.start}
        acting = {o.name if o else None for o in self.actors_for(group)}
        supported = [index for index, (a, _g) in enumerate(self.added)
                     if a.action == "support" and match_key(a.campaign or "") in programs and a.organization in acting]
        gifts = self.figures_for(group)
        for index in supported:
            self._give_figures(index, gifts)
        return bool(supported)

    def _give_figures(self, index: int, figures: tuple[str, ...]) -> None:
        """The figures join the ``index``-th activity this sentence added (in the article's activities too)."""
        activity, owner = self.added[index]
        key = (match_key(activity.campaign or ""), activity.action, activity.organization or "")
        given = replace(activity, figures=activity.figures + tuple(f for f in figures if f not in activity.figures))
        self.added[index] = (given, owner)
        if self.activities.get(key) is activity:
            self.activities[key] = given

    def _folded_into_named_support(self, group: "Group") -> bool:
        """The body of this unnamed support act already supports a named campaign earlier in the article ("Nằm trong các
        hoạt động của Tháng Công nhân, Công đoàn Cao su Việt Nam phối hợp công đoàn công ty tổ chức tặng quà 42 em ...
        Dịp này, công đoàn công ty cũng tặng quà cho 33 công nhân ..."): news tells a care event's further gifts without
        naming its occasion again, and FORMAT counts them as that activity (their figures quantify it), not a new unnamed
        drive. Not in the sentence of the named act (its clauses list other gifts: "...; tặng 10 laptop ...") nor after
        "Ngoài ra", "Bên cạnh đó", which tell another act."""
        if _BESIDES.match(self.text):
            return False  # "Ngoài ra, Công đoàn KCN còn trao 11 suất quà ...": another act, told as such
        acting = {o.name for o in self.actors_for(group) if o is not None}
        named = [(key, a) for key, a in self.activities.items() if a.action == "support" and a.campaign
                 and a.organization in acting and a.span is not None and a.span.sentence_index < self.sentence.index]
        if not named:
            return False
        gifts = self.figures_for(group)
        for key, activity in named:
            self.activities[key] = replace(activity, figures=activity.figures + tuple(f for f in gifts if f not in activity.figures))
        return True

    def _proposed_to_giver(self, group: "Group") -> bool:
        """An award proposed to the body that gives it, named between the proposal word and the act ("LĐLĐ quận cũng đề
        nghị LĐLĐ thành phố tặng Bằng khen cho 3 cá nhân xuất sắc"): like "đề nghị tặng Cờ thi đua", an emulation
        management act of the proposer (FORMAT's other), not the award; the proposer is the body before the proposal word."""
        text = self.text
        clause = _clause_start(text, group.start)
        for proposal in self.res.request_re.finditer(text, clause, group.start):
            giver = next((o for o in self.orgs if 0 <= o[0] - proposal.end() <= 2 and re.fullmatch(r"\s*(?:xét\s+)?", text[o[1]:group.start])), None)
            if giver is None or proposal.group(0).casefold() != "đề nghị":
                continue
            proposer = [a for a in self.actors if a[1] <= proposal.start()]
            org = proposer[-1][2] if proposer else (None if any(g < proposal.start() for g in self.generic) else self.subject)
            self.add(None, "other", org, proposal.start(), group.end, group)
            return True
        return False

    def _gathered_for_named_support(self, group: "Group") -> bool:
        """The support act hands what it gathers on to a named program a few words on, in its clause ("vận động đoàn viên
        quyên góp 50 triệu đồng ủng hộ Quỹ “Mái ấm Công đoàn”"): one act, that program's support, with the figures."""
        following = next((g for g in self.groups if g.start >= group.end), None)
        if following is None or following.action != "support" or following.start - group.end > 60 \
                or re.search(r"[;.]", self.text[group.end:following.start]):
            return False
        named = [(index, a) for index, (a, g) in enumerate(self.added) if g is following and a.campaign and a.action == "support"]
        gifts = self.figures_for(group)
        for index, _activity in named:
            self._give_figures(index, gifts)
        return bool(named)

    def _verb_of_next_act(self, group: "Group") -> bool:
        """The emulation word that makes ``group`` ("tổ chức") an emulation act is the trigger of the next act, with a
        count between them ("tổ chức 250 hội thi", "tổ chức 12 cuộc thi"): the verb is that act's, not an act of its own."""
        found = self.res.emulation_re.search(self.text, group.end, group.end + 40)
        return found is not None and any(g is not group and g.start == found.start() for g in self.groups)

    def _strived_for(self, start: int) -> bool:
        """The title starting at ``start`` is what a drive works towards: "thi đua" or "phong trào" stands shortly before
        it in its sentence, with no other campaign between ("Thi đua xây dựng hình ảnh “Người Thợ mỏ - Người Chiến
        sỹ”"). Without an act word, a title is otherwise one a person or a unit holds or won ("các cá nhân đoạt Giải
        thưởng Nguyễn Đức Cảnh", "Đoàn Công nhân giỏi Thủ đô báo công dâng Bác"): FORMAT's activities are acts done."""
        drive = _last_match(_DRIVE, self.text, max(0, start - 40), start)
        return drive is not None and not any(drive.end() <= s < start for s, _e, _c in self.camps) \
            and not re.search(r"[;.]", self.text[drive.end():start])

    def _named_by_agent(self, end: int) -> bool:
        """The campaign ending at ``end`` is described by who did a passive act to it ("X do Y phát động"), in its
        clause: the sentence tells that act, not one of the story's body."""
        agent = re.match(r"[\s”\"»)]*(?:(?:đã|được)\s+)?do\s", self.text[end:])
        return bool(agent) and any(g.passive and g.start > end and not re.search(r"[;.]", self.text[end:g.start])
                                   for g in self.groups)

    def _next_action(self) -> str | None:
        """The strongest act of the next sentence of the same paragraph ("Đây là hoạt động chào mừng Tháng
        Công nhân ... LĐLĐ tỉnh sẽ tổ chức thăm, tặng quà ..."), unless that sentence lists the parts of what this
        one tells ("Tháng Công nhân ..., LĐLĐ tỉnh tập trung vào 10 hoạt động nổi bật. Đó là tổ chức tôn vinh ...":
        one part's act is not the whole event's)."""
        sentences, index = self.facts.sentences, self.sentence.index
        following = index + 1
        if following >= len(sentences) or sentences[following].block != self.sentence.block:
            return None
        nxt = sentences[following]
        if self.res.enumeration_re.match(nxt.text):
            return None  # "... tập trung vào 10 hoạt động nổi bật. Đó là tổ chức tôn vinh ...": the acts of its parts
        groups = [g for g in _trigger_groups(nxt.text, _quoted_spans(nxt.text), self.res) if not g.passive]
        return max(groups, key=lambda g: g.priority).action if groups else None

    def _asked_for(self, group: "Group") -> bool:
        """The act is asked of a named body or hoped for, earlier in its clause: "Đồng chí A đề nghị CĐ Than -
        khoáng sản VN tiếp tục ... biểu dương kịp thời", "bày tỏ hy vọng rằng những hoạt động tôn vinh này ...".
        A request to the generic levels ("đề nghị CĐ các cấp đẩy mạnh ...") is the directing body's act."""
        return self._asked_before(group.start)

    def _asked_before(self, position: int) -> bool:
        """A request to a named body, to the employer or to many units at once, or a hope, stands earlier in the clause
        that goes on at ``position``."""
        text = self.text
        clause = _clause_start(text, position)
        before = text[clause:position]
        if self.res.hope_re.search(before) or self.res.asked_of_many_re.search(before):
            return True
        for asked in self.res.request_re.finditer(text, clause, position):
            if any(0 <= o[0] - asked.end() <= 2 for o in self.orgs) or self.res.employer_re.match(text, asked.end()):
                return True
        return False

    def _unnamed_drive_beside(self, group: "Group") -> bool:
        """A launch of a named movement "và đợt thi đua ..." in its clause launches an unnamed drive too ("phát động phong
        trào “X” giai đoạn 2026 - 2028 và đợt thi đua cao điểm chào mừng Đại hội ..."): FORMAT gives an unnamed drive its
        activity when it is a distinct act, a launch; one named in quotes after "đợt thi đua" is a campaign of its own."""
        if group.action != "launch":
            return False
        clause_end = min([i for i in (self.text.find(";", group.end), self.text.find(".", group.end)) if i >= 0] + [len(self.text)])
        drive = _UNNAMED_DRIVE_AFTER_VA.search(self.text, group.end, clause_end)
        return drive is not None and not any(drive.end() <= s <= drive.end() + 25 for s, _e, _c in self.camps)

    def _unnamed_acts(self) -> None:
        """Acts that name no campaign: a launch, a review conference, a commendation, support with figures."""
        text, res = self.text, self.res
        for group in self.active:
            first_campaign = self.governed.get(id(group))
            if first_campaign is not None and (
                first_campaign < group.start or group.action != "contest" or "," not in text[group.end:first_campaign]
            ) and not self._own_award_before(group, first_campaign) and not self._unnamed_drive_beside(group):
                continue  # the act is the campaign's ("tổ chức Hội thi thợ giỏi cấp cơ sở, tiến tới “Hội thi ...”" has two)
            if group.unnamed == "no":
                continue
            after = text[group.end:group.end + 60]
            if group.unnamed == "emulation" and (res.meeting_re.match(after) or not (
                    res.emulation_re.search(after[:40]) or self._counted_documents(group))):
                continue  # "tổ chức Hội nghị tổng kết phong trào thi đua": the meeting is the act (its own trigger)
            if group.unnamed == "emulation" and self._verb_of_next_act(group):
                continue  # "tổ chức 250 hội thi tay nghề": one act, the contest (its own trigger), with its count
            if group.unnamed == "figures" and not self.figures_for(group):
                continue
            if group.action == "commend" and not group.also and not self.figures_for(group) \
                    and self.actors_for(group) == [None] and _PASSIVE_BEFORE.search(text[:group.start]):
                continue  # "Các tập thể, cá nhân được khen thưởng tại Hội nghị": the honoured, no giver, no count
            if group.action == "commend" and self._proposed_to_giver(group):
                continue  # "LĐLĐ quận đề nghị LĐLĐ thành phố tặng Bằng khen cho 3 cá nhân": the proposal, FORMAT's other
            if self._asked_for(group):
                continue  # "đề nghị CĐ X tiếp tục ... biểu dương kịp thời", "hy vọng ... hoạt động tôn vinh": not done
            if group.action == "support" and self._gathered_for_named_support(group):
                continue  # "quyên góp 50 triệu đồng ủng hộ Quỹ “Mái ấm Công đoàn”": the money goes to the named program
            if group.action == "support" and self._folded_into_program(group):
                continue  # "Thực hiện chương trình “Tết Sum vầy”, LĐLĐ quận đã trao 500 suất quà": the program's act
            if group.action == "support" and not group.also and self._folded_into_named_support(group):
                continue  # "Dịp này, công đoàn công ty cũng tặng quà cho 33 công nhân": the same body's care of Tháng Công nhân
            campaign = None
            # in the act's clause: "...các phong trào “X”, “Y”; 12 tập thể được khen thưởng" commends no Y
            earlier = [c for c in self.camps if text.rfind(";", 0, group.start) < c[0] and c[1] <= group.start]
            if first_campaign is None and earlier and re.match(
                    r"^\s*(?:thi đua|phong trào)?\s*(?:năm\s+\d{4})?\s*(?:[.;,]|$)", after, re.IGNORECASE):
                campaign = earlier[-1][2]  # "biểu dương phong trào “X” năm 2019, phát động thi đua năm 2020"
            if campaign is None and first_campaign is None and group.action == "commend" and earlier \
                    and self._review_joined(earlier[-1], group):
                campaign = earlier[-1][2]  # "tổng kết phong trào “X” năm học 2025-2026 và khen thưởng 75 nhà giáo": X's awards
            if campaign is None and first_campaign is None and group.action == "commend" and not self.camps:
                campaign = self._reviewed_just_before(group)  # "A sơ kết phong trào “X”. Ban Giám đốc A đã khen thưởng ..."
            if campaign is None and group.action == "contest":
                campaign = self._the_contest()  # "Hội thi thu hút 45 đội ...": the one contest the article names
            elif campaign is None and group.action == "commend" and (_PRIZES_GIVEN.match(text, group.start) or any(
                    not _inside(m.start(), [(s, e) for s, e, _c in self.camps]) for m in _BARE_CONTEST.finditer(text, 0, group.start))):
                # "Kết thúc Hội thi, Ban Tổ chức đã trao giải Nhất cho ...", "Ban tổ chức trao 3 giải Nhất": its prizes
                campaign = self._the_contest()
            for org in self.actors_for(group):
                for action in (group.action, *group.also):
                    self.add(campaign, action, org, group.start, group.end, group)


def award_issuers(readings: list[SentenceReading]) -> dict[str, Organization]:
    """The body that issues each award title the article names: "Giải thưởng Nguyễn Đức Cảnh là phần thưởng ... do
    Tổng LĐLĐ Việt Nam tổ chức xét chọn và trao tặng" (the body after "do", then an issuing word, in the clause)."""
    issuers: dict[str, Organization] = {}
    for reading in readings:
        text = reading.text
        for _start, end, campaign in reading.camps:
            if campaign.kind != "title":
                continue
            clause_end = _clause_end(text, end)
            for s, e, org in reading.orgs:
                if end <= s < clause_end and re.search(r"(?<![\wÀ-ỹĐđ])do\s+$", text[end:s]) \
                        and reading.res.award_issuing_re.match(text[e:e + 40].lstrip()):
                    issuers.setdefault(match_key(campaign.name), org)
                    break
    return issuers


def credit_issuers(activities: tuple[Activity, ...], issuers: dict[str, Organization]) -> tuple[Activity, ...]:
    """A commendation with an award whose issuer the text names, and no body of its own, is the issuer's (FORMAT:
    "a commendation belongs to the body that issues the award when the text names it")."""
    if not issuers:
        return activities
    keys = {(match_key(a.campaign or ""), a.action, a.organization) for a in activities}
    credited = []
    for activity in activities:
        issuer = issuers.get(match_key(activity.campaign or "")) if activity.campaign else None
        if activity.action == "commend" and activity.organization is None and issuer is not None:
            if (match_key(activity.campaign), "commend", issuer.name) in keys:
                continue  # the issuer's commendation is already there
            activity = replace(activity, organization=issuer.name)
            keys.add((match_key(activity.campaign), "commend", issuer.name))
        credited.append(activity)
    return tuple(credited)


def headline_triggers(readings) -> set[tuple[int, int]]:
    """Where the kicker and the headline state an act: (sentence index, offset) of each of their action words, and
    (sentence index, -1) for each of their sentences (an act read there without an action word is the headline's too)."""
    return {(r.sentence.index, r.offset + g.start) for r in readings if r.in_headline for g in r.active} \
        | {(r.sentence.index, -1) for r in readings if r.in_headline}


def one_headline_act(activities, stated: set[tuple[int, int]]) -> tuple[Activity, ...]:
    """Without the acts the headline states with no body where the article's body gives the same act with its body:
    a headline states the story's act without its subject ("Ký kết giao ước thi đua năm 2025", "Phát động Tháng Công
    nhân"), and FORMAT counts an act first stated in the headline and told in the body as one activity. A headline
    that only names a movement ("Hiệu quả từ phong trào ...") states no act and keeps its activity."""
    told = {(match_key(a.campaign or ""), a.action) for a in activities
            if a.organization and a.span is not None and not any(a.span.sentence_index == i for i, _ in stated)}

    # "Biểu dương 50 công nhân giỏi" over "... 50 công nhân tiêu biểu trong phong trào X được biểu dương": a headline act
    # that names neither drive nor body is the body's act of that kind, whoever the body gives it to
    acts_told = {a.action for a in activities if a.span is not None and not any(a.span.sentence_index == i for i, _ in stated)}

    def restated(a: Activity) -> bool:
        if a.organization is not None or a.span is None:
            return False
        key_told = (match_key(a.campaign or ""), a.action) in told or (a.campaign is None and a.action in acts_told)
        if key_told and a.action in ("contest", "support") and a.campaign and (a.span.sentence_index, -1) in stated:
            # "Khai mạc Giải bóng đá công nhân ...", "Sôi nổi Hội thao chào Xuân", "Chương trình “CEP - chia sẻ yêu thương”
            # tại TP": a headline that names the contest or the care program a body holds in the article's body tells that
            # one event (its verb, if any, is no action word)
            return True
        return key_told and any(i == a.span.sentence_index and a.span.start <= at < a.span.end for i, at in stated)

    return tuple(a for a in activities if not restated(a))


def fold_into_program_named_later(activities: tuple[Activity, ...], readings, res: ActivityResources) -> tuple[Activity, ...]:
    """An unnamed support act of a body that a later sentence names as a worker-care program's ("LĐLĐ TP Đà Nẵng ... tổ
    chức khám sàng lọc miễn phí cho 180 nữ đoàn viên ... Theo LĐLĐ TP Đà Nẵng, đây là hoạt động nằm trong kế hoạch thực hiện
    chương trình “Vì sức khỏe phụ nữ công nhân lao động”"): news tells the care event first and its program after, and
    FORMAT counts one activity, the program's support, with the event's figures."""
    if res.restating_re is None:
        return activities
    texts = {r.sentence.index: (r.offset, r.text) for r in readings}

    def restated_in(named: Activity) -> bool:
        offset, text = texts.get(named.span.sentence_index, (0, ""))
        return bool(res.restating_re.search(text, 0, max(0, named.span.start - offset)))

    named = [a for a in activities if a.campaign and a.action == "support" and a.organization and a.span is not None]
    unnamed = [a for a in activities if not a.campaign and a.action == "support" and a.organization and a.span is not None]
    merged: dict[int, Activity] = {}
    folded: dict[tuple[int, int], Activity] = {}  # the span of a folded act -> the program's activity it joined
    for activity in unnamed:
        target = next((n for n in named if n.organization == activity.organization
                       and n.span.sentence_index > activity.span.sentence_index and restated_in(n)), None)
        if target is None:
            continue
        current = merged.get(id(target), target)
        merged[id(target)] = replace(current, figures=current.figures + tuple(f for f in activity.figures if f not in current.figures))
        folded[(activity.span.sentence_index, activity.span.start)] = target
    # the partners of that same act ("LĐLĐ quận phối hợp với Công ty A trao 200 suất quà ... đây là hoạt động thuộc chương
    # trình “Tết Sum vầy”"): the program's too, each its own activity
    partners: dict[int, list[Activity]] = {}
    for activity in unnamed:
        target = folded.get((activity.span.sentence_index, activity.span.start))
        if target is not None and activity.organization != target.organization:
            partners.setdefault(id(target), []).append(replace(target, organization=activity.organization,
                                                               figures=activity.figures))
    dropped = {id(a) for a in unnamed if (a.span.sentence_index, a.span.start) in folded}
    return tuple(kept for a in activities if id(a) not in dropped for kept in (merged.get(id(a), a), *partners.get(id(a), ())))


def read_article(article: Article, sentences: tuple[Sentence, ...], found: Facts,
                 resources: ActivityResources) -> tuple[list[SentenceReading], tuple[Activity, ...]]:
    """Every sentence read in order, and the rule activities in text order, one per (campaign, action, organization).

    ``found``: the article's other facts (its campaigns, organizations and figures are read)."""
    facts = ArticleFacts.of(article, sentences, found.campaigns, found.organizations, found.figures, resources)
    carry, activities = Carry(), {}
    readings = [SentenceReading(sentence, facts, carry, resources, activities).read() for sentence in sentences]
    ordered = sorted(activities.values(), key=lambda a: a.span.start if a.span else 0)
    ordered = list(fold_into_program_named_later(tuple(ordered), readings, resources))
    stated = headline_triggers(readings)
    read = headline_act_counted_in_the_body(
        headline_act_told_as_the_other(one_headline_act(headline_acts_of_the_lead_body(ordered, readings), stated), stated),
        readings, stated)
    return readings, _with_figures_told_in_body(read, facts.figures_told_in_body)


def _with_figures_told_in_body(activities, told: dict[tuple[str, str, str], tuple[str, ...]]) -> tuple[Activity, ...]:
    """A headline's act without figures takes those the body's sentence gives the same act (FORMAT: one activity)."""
    if not told:
        return activities
    def key(a: Activity) -> tuple[str, str, str]:
        return match_key(a.campaign or ""), a.action, a.organization or ""

    return tuple(replace(a, figures=told[key(a)]) if not a.figures and key(a) in told else a for a in activities)


def headline_act_counted_in_the_body(activities, readings, stated: set[tuple[int, int]]) -> tuple[Activity, ...]:
    """Without a headline's unnamed act of a body when the article's body tells that body's same act of a named campaign
    with a count the headline repeats ("Công ty A khen thưởng 120 công nhân có sáng kiến" over "... sơ kết phong trào “X”.
    Ban Giám đốc Công ty đã khen thưởng 120 công nhân ..."): the same count makes it the one act, and FORMAT counts an
    act first stated in the headline and told in the body as one activity. A headline act with no count of the body's
    named act stays (the seeds' gold keeps such a pair)."""
    headline = {i for i, _ in stated}
    texts = {r.sentence.index: r.text for r in readings}

    def counted_in_body(a: Activity) -> bool:
        if a.campaign or not a.organization or a.span is None or a.span.sentence_index not in headline:
            return False
        title = texts.get(a.span.sentence_index, "")
        return any(b.campaign and b.action == a.action and b.organization == a.organization and b.span is not None
                   and b.span.sentence_index not in headline and any(f in title for f in b.figures) for b in activities)

    return tuple(a for a in activities if not counted_in_body(a))


_SETTING_ACTS = {"launch": "implement", "implement": "launch"}


def headline_act_told_as_the_other(activities, stated: set[tuple[int, int]]) -> tuple[Activity, ...]:
    """Without a headline's launch (implement) of a campaign that the article's body tells only as the same body's
    implement (launch) of it: "Tuổi trẻ Than Hà Lầm ra quân Tháng Thanh niên" over "Đoàn Thanh niên Công ty ... tổ chức lễ
    ra quân hưởng ứng “Tháng Thanh niên”", "Hưởng ứng X" over "LĐLĐ ... phát động X". The headline states the story's act
    in a word of its own; FORMAT counts an act first stated in the headline and told in the body as one activity."""
    headline = {i for i, _ in stated}
    body = {(match_key(a.campaign), a.action, a.organization) for a in activities
            if a.campaign and a.span is not None and a.span.sentence_index not in headline}

    def told_otherwise(a: Activity) -> bool:
        if not a.campaign or a.span is None or a.span.sentence_index not in headline or a.action not in _SETTING_ACTS:
            return False
        key = match_key(a.campaign)
        return (key, a.action, a.organization) not in body and (key, _SETTING_ACTS[a.action], a.organization) in body \
            and any(i == a.span.sentence_index and a.span.start <= at < a.span.end for i, at in stated)

    return tuple(a for a in activities if not told_otherwise(a))


def headline_acts_of_the_lead_body(activities: list[Activity], readings: list[SentenceReading]) -> list[Activity]:
    """A headline act with no body of its own ("Quận Hoàn Kiếm: Biểu dương 30 “Công nhân giỏi” năm 2025", "Tôn vinh 50
    sáng kiến ...") is the act of the body the lead's first act is told of ("Ngày 15/12, LĐLĐ quận Hoàn Kiếm tổ chức Hội
    nghị tổng kết ..."): a headline states the story's act without its subject (FORMAT: one activity with the body's).
    Not an agentless passive ("Nhiều tập thể được khen thưởng ...") nor a headline whose act names a generic body."""
    body = next((r for r in readings if not r.in_headline and r.active), None)
    if body is None or body.subject is None or (body.generic and min(body.generic) < body.active[0].start):
        return activities
    bare = set()
    for reading in readings:
        if not reading.in_headline or reading.generic:
            continue
        for activity, group in reading.added:
            if activity.organization is None and group is not None and not _PASSIVE_BEFORE.search(reading.text[:group.start]) \
                    and not _RECEIVED_ACT.match(reading.text, group.start):
                bare.add(id(activity))
    if not bare:
        return activities
    keys = {(match_key(a.campaign or ""), a.action, a.organization) for a in activities}
    given = []
    for activity in activities:
        if id(activity) in bare:
            key = (match_key(activity.campaign or ""), activity.action, body.subject.name)
            if key in keys:
                continue  # the body tells the same act with its body
            keys.add(key)
            activity = replace(activity, organization=body.subject.name)
        given.append(activity)
    return given
