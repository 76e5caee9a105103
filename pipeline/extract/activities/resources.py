"""What the activity reader knows, read once from ``pipeline/resources/``: action trigger words with their
act and strength, and the context words that tell who acts (owners, partners, generic bodies, passives)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...resources import read_tsv
from ...text import phrase_alternation
from .. import dates as dates_module

_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())

@dataclass(frozen=True)
class Trigger:
    phrase: str
    action: str
    priority: int
    unnamed: str  # yes, emulation, figures, no


@dataclass(frozen=True)
class ActivityResources:
    triggers: tuple[Trigger, ...]
    trigger_re: re.Pattern[str]
    not_trigger_re: re.Pattern[str]  # phrases that contain a trigger word but are no act ("tổ chức Công đoàn")
    not_actor_re: re.Pattern[str]  # words before a body that make it a source/owner/partner
    generic_actor_re: re.Pattern[str]
    care_program_re: re.Pattern[str]  # a worker-care program's name: carrying it out is support
    award_issuing_re: re.Pattern[str]  # "<award> do <body> trao tặng": the words that make the body its issuer
    gift_re: re.Pattern[str]  # after "trao" / "tặng": gifts or money handed over (the act is support)
    meeting_re: re.Pattern[str]  # after an emulation word: a meeting is what is held, not a drive
    award_form_re: re.Pattern[str]  # after "trao" / "tặng": an award form, counted or not (a commendation)
    document_re: re.Pattern[str]  # a counted document ("12 kế hoạch"): an unnamed implementing act with it counts
    passive_re: re.Pattern[str]
    emulation_re: re.Pattern[str]
    directing_re: re.Pattern[str]  # words before a generic body that make it the one directed
    reporting_re: re.Pattern[str]  # words after a speaker's body: it speaks about the act, it does not do it
    # a request made to a named body ("đề nghị CĐ X tiếp tục ..."): what follows is asked for, not done
    request_re: re.Pattern[str]
    asked_of_many_re: re.Pattern[str]  # a request of many units at once ("đề nghị các đơn vị ..."): asked, not done
    proposal_re: re.Pattern[str]  # right before an act of commending: it is proposed, not given ("đề nghị tặng ...")
    enumeration_re: re.Pattern[str]  # a sentence opening that lists the parts of the one before ("Đó là ...")
    employer_re: re.Pattern[str]  # the employer right after a request word: asked of it, not done ("đề nghị doanh nghiệp ...")
    hope_re: re.Pattern[str]  # a hope ("bày tỏ hy vọng ..."): what follows is wished, not done
    person_subject_re: re.Pattern[str] | None  # a sentence opening with a person: "Anh Bàng Trúc Lâm - ..."
    member_subject_re: re.Pattern[str] | None  # a sentence opening with the members: "Đoàn viên, người lao động ..."
    office_re: re.Pattern[str] | None  # an office a person holds in a body (Chủ tịch, Giám đốc ...): the body acts
    office_end_re: re.Pattern[str] | None  # such an office right before a body ("Phó Chủ tịch LĐLĐ ...")
    gap_re: re.Pattern[str]  # what may stand between two action words of one act
    dates: dates_module.DateResources
    # an attending word and a meeting right before an act ("dự Hội nghị tổng kết"): the bodies before it are guests
    attended_re: re.Pattern[str] | None = None
    held_at_re: re.Pattern[str] | None = None  # "tại Hội nghị tổng kết ... của X": the meeting named as the place
    # a payer's promise or consent earlier in the clause ("công ty cam kết ... và hỗ trợ mỗi công nhân 300.000 đồng"):
    # the support after it is agreed to, not handed over, so it names no unnamed act
    promise_re: re.Pattern[str] | None = None
    # a document whose terms a colon lists before a support word ("Thỏa ước có nhiều điều khoản có lợi như: hỗ trợ tiền
    # nhà trọ ..., tặng quà sinh nhật"): the benefits it lays down, not acts done
    terms_re: re.Pattern[str] | None = None
    terms_listed_re: re.Pattern[str] | None = None  # a document whose terms are listed after "như" (not "chế độ")
    # what a support word helps with, right after it in its clause ("hỗ trợ 150 người lao động làm thủ tục hưởng ..."):
    # paperwork or advice, not a worker-care gift
    service_re: re.Pattern[str] | None = None
    # right after a review word: the law whose application is reviewed ("tổng kết 10 năm thi hành Luật ..."), no drive
    law_re: re.Pattern[str] | None = None
    # after a support word: the state policy that pays it ("hỗ trợ theo Nghị quyết của Chính phủ"), no union's care
    policy_re: re.Pattern[str] | None = None
    # right after "tổ chức" / "thực hiện": a worker-care service held ("tổ chức khám sức khỏe miễn phí cho 600 nữ đoàn viên"):
    # the act is support, an activity with its figures
    care_service_re: re.Pattern[str] | None = None
    # earlier in the clause of an act word: what is talked over or taught ("trao đổi về ... và tổ chức các phong trào thi
    # đua", "chuyên đề: ... phương pháp tổ chức phong trào thi đua"): the act is the subject matter, not done
    topic_re: re.Pattern[str] | None = None
    # right before a campaign no act word governs, in its clause: it is appraised or defined, not carried out ("đánh giá
    # cao phong trào thi đua X", "Tháng 5 hằng năm là Tháng hành động ...")
    appraisal_re: re.Pattern[str] | None = None
    # between an act word and a campaign after it: a second verb that makes the campaign known ("trao quà ... và tuyên
    # truyền về phong trào X"): X is not the act's
    propagated_re: re.Pattern[str] | None = None
    # right after a body, with no speaker's name between: the body tells its own acts ("LĐLĐ thành phố cho biết, sẽ tổ
    # chức chương trình “Tết Sum vầy”"), it acts; a reporting word after a named speaker still does not make his body act
    informing_re: re.Pattern[str] | None = None
    # before a named worker-care act in a later sentence: the act told before is named there ("... tổ chức khám sàng lọc
    # miễn phí cho 180 nữ đoàn viên ... Theo LĐLĐ TP, đây là hoạt động nằm trong kế hoạch thực hiện chương trình “X”")
    restating_re: re.Pattern[str] | None = None
    # opening a sentence: the organisers of the event the story tells ("Ban tổ chức cũng đã trao 10 phần quà ..."), its body
    organisers_re: re.Pattern[str] | None = None
    # How the action is chosen where the clause has no trigger word of its own: "rules" (the act carried
    # from the previous clause or the next sentence, else implement), "model_fallback" (the same, but the
    # trained sentence classifier instead of the bare default), or "model_first" (the classifier decides
    # every campaign without a governing trigger). benchmarks/activity_actions.py measures the three.
    action_mode: str = "model_fallback"
    classify_action: Callable[[str], str] | None = None  # the sentence classifier of models/action
    model: Any = None  # the activity model of models/activity (a scikit-learn pipeline over candidate features)
    # the triggers by their folded phrase, for naming each match of ``trigger_re`` (made once, not per sentence)
    trigger_by_phrase: dict[str, Trigger] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "trigger_by_phrase", {t.phrase.casefold(): t for t in self.triggers})


# "LĐLĐ các quận, huyện, thị xã", "Liên đoàn Lao động các tỉnh, thành phố": the local federations of every unit, a
# generic actor; not a list that names them ("LĐLĐ các huyện: Thanh Trì, Gia Lâm", "LĐLĐ các huyện Bến Lức, Đức Hòa")
_UNIT = r"(?:quận|huyện|tỉnh|thành\s+phố|thị\s+xã)"
_CAPITALS = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
_LOCAL_FEDERATIONS = (rf"(?:LĐLĐ|Liên\s+đoàn\s+Lao\s+động)\s+các\s+{_UNIT}(?:\s*[,–-]\s*{_UNIT})+"
                      rf"(?!\w)(?!\s*:)(?!\s+(?-i:[{_CAPITALS}]))")


# a fronted phrase of time or place before the members as subject ("Trong những năm qua, công nhân ...", "5 năm qua, đoàn viên
# ...", "Tại các khu công nghiệp, người lao động ..."); not a connective ("Ngoài ra, đoàn viên có thể lựa chọn ...")
_FRONTED_TIME_OR_PLACE = (r"(?:\d+\s+(?:năm|tháng)|trong|những|thời\s+gian|năm|qua|từ|tại|ở|sau|hiện\s+nay|hằng\s+năm|hàng\s+năm|"
                          r"nhiều\s+năm|đến\s+nay|sáng|chiều|tối|ngày)(?!\w)")


def _words(phrases, ignore_case: bool = True) -> str:
    """The phrases as one alternation, longest first (the patterns here ignore case, but for the person subject's)."""
    return phrase_alternation(phrases, ignore_case=ignore_case)


def load_resources(dates: dates_module.DateResources | None = None) -> ActivityResources:
    """``dates``: the date extractor's resources, shared so that an article's dates are read once."""
    triggers = tuple(
        Trigger(row["phrase"], row["action"], int(row["priority"]), row["unnamed"]) for row in read_tsv("action_triggers.tsv")
    )
    contexts: dict[str, list[str]] = {}
    for row in read_tsv("activity_contexts.tsv"):
        contexts.setdefault(row["role"], []).append(row["phrase"])
    bounded = lambda words: re.compile(rf"(?<!\w)(?:{_words(words)})(?!\w)", re.IGNORECASE)  # noqa: E731
    offices = _words(row["title"] for row in read_tsv("person_titles.tsv") if row["title"][0].isupper())
    return ActivityResources(
        triggers=triggers,
        trigger_re=bounded(t.phrase for t in triggers),
        not_trigger_re=bounded(contexts.get("not_trigger", ["\x00"])),
        not_actor_re=bounded(contexts["not_actor"]),
        # and a sector's unions at every level ("Công đoàn Giáo dục các cấp"), and every level as the agent of a passive
        # ("12 tập thể được các cấp khen thưởng"; not "HĐND các cấp", "Đại hội Đảng các cấp", which are no actors)
        generic_actor_re=re.compile(rf"(?<!\w)(?:{_words(contexts['generic_actor'])}|công\s+đoàn(?:\s+[^\s,;.()]+){{1,2}}"
                                    r"\s+các\s+cấp|(?<=được\s)các\s+cấp|" + _LOCAL_FEDERATIONS + r")(?!\w)", re.IGNORECASE),
        passive_re=re.compile(
            rf"(?<!\w)(?:{_words(contexts['passive_agent'])})\s+(?!{_words(contexts['not_passive'])})", re.IGNORECASE
        ),
        emulation_re=bounded(contexts["emulation"]),
        directing_re=re.compile(rf"(?<!\w)(?:{_words(contexts['directing'])})(?!\w)[^,;.]{{0,12}}$", re.IGNORECASE),
        reporting_re=bounded(contexts.get("reporting", ["\x00"])),
        request_re=bounded(contexts.get("request", ["\x00"])),
        asked_of_many_re=bounded(contexts.get("asked_of_many", ["\x00"])),
        employer_re=re.compile(r"\s{0,2}(?:" + _words(contexts.get("employer", ["\x00"])) + r")(?!\w)", re.IGNORECASE),
        hope_re=bounded(contexts.get("hope", ["\x00"])),
        promise_re=bounded(contexts.get("promise", ["\x00"])),
        terms_re=bounded(contexts.get("terms", ["\x00"])),
        terms_listed_re=bounded(contexts.get("terms_listed", ["\x00"])),
        service_re=bounded(contexts.get("service", ["\x00"])),
        law_re=bounded(contexts.get("law", ["\x00"])),
        policy_re=re.compile(r"(?<!\w)(?:" + _words(contexts.get("policy", ["\x00"]), ignore_case=False) + r")(?!\w)"),  # "NQ-CP" as written
        care_service_re=re.compile(r"\s*(?:\d[\d.,]*\s+)?(?:" + _words(contexts.get("care_service", ["\x00"])) + r")(?!\w)",
                                   re.IGNORECASE),  # with its count: "tổ chức 3 chuyến xe đưa công nhân về quê"
        topic_re=bounded(contexts.get("topic", ["\x00"])),
        appraisal_re=re.compile(r"(?<!\w)(?:" + _words(contexts.get("appraisal", ["\x00"])) + r")\s+(?:(?:phong\s+trào|thi\s+đua|"
                                r"cuộc\s+vận\s+động|chương\s+trình)\s+)*[“\"]?\s*$", re.IGNORECASE),
        propagated_re=bounded(contexts.get("propagated", ["\x00"])),
        informing_re=bounded(contexts.get("informing", ["\x00"])),
        restating_re=bounded(contexts.get("restating", ["\x00"])),
        organisers_re=re.compile(r"\W*(?:[^,;.]{0,40},\s*)?(?:" + _words(contexts.get("organisers", ["\x00"])) + r")(?!\w)", re.IGNORECASE),
        proposal_re=re.compile(r"(?<!\w)(?:" + _words(contexts.get("proposal", ["\x00"])) + r")(?!\w)(?:\s+(?:xét|công\s+nhận(?:\s+và)?))?\s*$",
                               re.IGNORECASE),
        enumeration_re=re.compile(r"\W*(?:" + _words(contexts.get("enumeration", ["\x00"])) + r")(?!\w)", re.IGNORECASE),
        care_program_re=bounded(contexts["care_program"]),
        award_issuing_re=bounded(contexts["award_issuing"]),
        gift_re=re.compile(r"\s*(?:(?:thêm|gần|hơn|trên|khoảng)\s+)*(?:[\d.,]+\s*(?:triệu|tỷ|tỉ|nghìn|ngàn)?\s*)?"
                           rf"(?:{_words(contexts['gift'])})(?!\w)", re.IGNORECASE),
        meeting_re=re.compile(rf"\s*(?:{_words(contexts['meeting'])})(?!\w)", re.IGNORECASE),
        document_re=re.compile(rf"(?:{_words(contexts['document'])})", re.IGNORECASE),
        award_form_re=re.compile(rf"\s*(?:[\d.,]+\s+)?[“\"']?(?:{_words(contexts['award_form'])})(?!\w)", re.IGNORECASE),
        office_re=re.compile(rf"(?<!\w)(?:{offices})(?!\w)", re.IGNORECASE),
        office_end_re=re.compile(rf"(?<!\w)(?:{offices})\s*$", re.IGNORECASE),
        person_subject_re=re.compile(
            r"^\W*(?:" + _words((row["honorific"] for row in read_tsv("person_honorifics.tsv")), ignore_case=False) + rf")\s+[{_UPPER}]\w*(?:\s+[{_UPPER}]\w*)+"
        ),
        # after a dateline "(LĐTĐ)" and a word of quantity ("Đông đảo", "Các", "Toàn thể");
        # and after a fronted phrase of time or place ("Trong những năm qua, công nhân Bắc Ninh tích cực hưởng ứng ...")
        member_subject_re=re.compile(rf"^\W*(?:\([^()]{{1,20}}\)\s*)?(?:{_FRONTED_TIME_OR_PLACE}[^,;:.“”\"]{{0,60}},\s*)?(?:(?:đông đảo|các|toàn thể|nhiều|hàng nghìn|hàng trăm)\s+)?"
                                     rf"(?:{_words(contexts['member_subject'])})(?!\w)", re.IGNORECASE),
        gap_re=re.compile(rf"^(?:[\s,]|(?<!\w)(?:và|hoặc|{_words(contexts['adverb'])})(?!\w))*$", re.IGNORECASE),
        dates=dates or dates_module.load_resources(),
        attended_re=re.compile(rf"(?<!\w)(?:{_words(contexts['attending'])})\s+"
                               rf"(?:(?:{_words(contexts['meeting'])})\s+){{1,2}}$", re.IGNORECASE),
        held_at_re=re.compile(rf"(?<!\w)(?:{_words(contexts['meeting_place'])})\s+"
                              rf"(?:(?:{_words(contexts['meeting'])})\s+){{1,2}}$", re.IGNORECASE),
    )
