"""Known names, quoted or not: the gazetteer of national and sector-wide campaigns (``campaign_gazetteer.tsv``)
and the names the corpus itself has taught (quoted in one article, written without quotes in another).

A distinctive name (``Mái ấm Công đoàn``) is found wherever it is written; a name that is also ordinary language
(``sáng kiến, sáng tạo``, ``lao động tiên tiến``) only where the text treats it as a name: written with a capital,
after a trigger word, or in a list of names.
"""
from __future__ import annotations

import re

from ...records import Sentence
from ...text import new_tone_placement
from .quoted import Add
from .resources import CampaignResources, KnownName, first_word
from .unquoted import capitalized_names_after_triggers

_TRIGGER_BEFORE = re.compile(
    r"(?:phong\s+trào(?:\s+thi\s+đua)?|chương\s+trình|cuộc\s+vận\s+động|danh\s+hiệu|giải\s+thưởng|chủ\s+đề|mô\s+hình|"
    r"hội\s+thi|cuộc\s+thi|quỹ|thi\s+đua|tháng|chiến\s+dịch|kỷ\s+niệm\s+chương|huy\s+hiệu|"
    r"biểu\s+dương|tuyên\s+dương|khen\s+thưởng|tôn\s+vinh)\s+$",
    re.IGNORECASE,
)
_MOVEMENT_BEFORE = re.compile(r"(?<![\wÀ-ỹĐđ])phong\s+trào(?:\s+thi\s+đua)?\s+$", re.IGNORECASE)
_DANH_HIEU_BEFORE = re.compile(r"(?<![\wÀ-ỹĐđ])danh\s+hiệu\s+$", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*[,;]\s*(?:và\s+)?")


_COUNT_BEFORE = re.compile(r"(?<![\wÀ-ỹĐđ/.,])\d[\d.,]*\s+$")
# "8 hộ đạt gia đình văn hóa", "được công nhận lao động tiên tiến": a verb of attaining right before a known title
_ATTAINED_BEFORE = re.compile(r"(?<![\wÀ-ỹĐđ])(?:đạt|được\s+công\s+nhận(?:\s+là)?|công\s+nhận(?:\s+là)?)\s+$", re.IGNORECASE)


def _counted_holders(text: str, start: int, known: KnownName, resources: CampaignResources) -> bool:
    """Whether a count stands before a national award title of the gazetteer ("12 tập thể lao động xuất sắc"): its
    holders counted, a title as "85 LĐ giỏi" is (FORMAT.md). Not a name learned from the corpus: a count before
    "học sinh giỏi" counts pupils as often as it names an honour."""
    return known.kind == "title" and bool(_COUNT_BEFORE.search(text, max(0, start - 20), start)) \
        and known in resources.known_by_word.get(first_word(known.form), ())


# an unquoted contest trigger right before a known name, and the group the contest is held in after it
_CONTEST_BEFORE = re.compile(r"(?<![\wÀ-ỹĐđ])(?i:hội|cuộc)\s+thi\s+$")
_GROUP_AFTER = re.compile(r"\s+(?:trong|dành\s+cho)\s+\S")


def _contest_group_end(text: str, start: int, end: int, resources: CampaignResources) -> int | None:
    """Where a contest named by a known movement and the group it is held in ends ("Hội thi Sáng kiến, sáng tạo trong
    công nhân viên chức lao động quận năm 2026" -> "... lao động quận"), or None when no contest trigger precedes the
    known name or no group follows it."""
    group = _GROUP_AFTER.match(text, end) if _CONTEST_BEFORE.search(text, 0, start) else None
    if not group:
        return None
    stop = resources.contest_end_re.search(text, group.end() - 1)
    group_end = stop.start() if stop else len(text.rstrip(" .…"))
    words = text[group.end() - 1:group_end].split()
    if not 1 <= len(words) <= 8 or re.search(r"\d", text[group.end() - 1:group_end]):
        return None
    return group_end


# what may stand before the first word of a sentence (a lead's tag, a bullet, a dash): a capital there is the
# sentence's, not a name's ("Ký kết thỏa ước lao động tập thể nhóm doanh nghiệp ..." opening a headline)
_SENTENCE_OPENING = re.compile(r"\W*(?:\([A-ZĐ]{2,8}\)\W*)?")  # "(LĐTĐ) ", "(NLĐO) - ", "• "


def inside_taken(taken: list[tuple[int, int]], start: int) -> bool:
    return any(s <= start < e for s, e in taken)


def find_known(sentence: Sentence, resources: CampaignResources, taken: list[tuple[int, int]], add: Add) -> None:
    """Add the known and learned names of one sentence that no quoted name already holds."""
    text = sentence.text
    words = set(re.findall(r"[\wÀ-ỹĐđ]+", new_tone_placement(text.lower())))  # "văn hoá" holds "văn hóa"
    tried = [known for index in (resources.known_by_word, resources.learned_by_word)  # only names whose words are here
             for word in words & index.keys() for known in index[word] if known.words <= words]
    found = sorted(((m.start(), -m.end(), m, known) for known in tried for m in known.pattern.finditer(text)),
                   key=lambda item: item[:2])
    accepted: list[tuple[int, int]] = []
    last_end = -10
    enclosing = capitalized_names_after_triggers(text, resources) if found else []
    for start, _, match, known in found:
        end = match.end()
        trigger = _MOVEMENT_BEFORE.search(text[:start])
        if trigger and any(s < trigger.start() and end <= e for s, e in (*taken, *accepted)):
            pass  # named, trigger and all, inside a longer name as a movement of its own: a flag's title “Công đoàn
            # cơ sở xuất sắc trong phong trào Giỏi việc nước, đảm việc nhà” gives the title and the movement
        elif any(s <= start and end <= e for s, e in taken):
            continue  # part of a longer quoted name, or the quoted name itself (read there with its kind: a learned
            # event's name quoted after gifts a program hands out stays the program's)
        elif any(s < end and start < e for s, e in accepted):
            continue  # a shorter variant inside a longer name already taken
        elif any(s < start and end <= e for s, e in enclosing) and not inside_taken(taken, start):
            continue  # "phong trào Xây dựng bệnh viện Xanh - Sạch - Đẹp": a part of the name capitalized after the trigger
        capitalized = match.group(0)[0].isupper() and not _SENTENCE_OPENING.fullmatch(text[:start])
        if known.after_movement_only:
            written_as_name = capitalized or _MOVEMENT_BEFORE.search(text[:start])
        else:
            written_as_name = capitalized or _TRIGGER_BEFORE.search(text[:start]) \
                or _LIST_GAP.fullmatch(text[last_end:start]) \
                or _counted_holders(text, start, known, resources) \
                or known.kind == "title" and _ATTAINED_BEFORE.search(text, max(0, start - 30), start)
        if not known.anywhere and not written_as_name:
            continue  # "phát huy sáng kiến, sáng tạo" is no movement; "Sáng kiến, sáng tạo" is
        kind = "title" if _DANH_HIEU_BEFORE.search(text[:start]) else known.kind  # a movement given as a title
        group = _contest_group_end(text, start, end, resources)
        if group:  # "Hội thi Sáng kiến, sáng tạo trong CNVCLĐ quận": a contest named after the movement and its group
            kind, end = "contest", group
        if kind == "title":  # "danh hiệu Công nhân giỏi cấp cơ sở": the scope after a known title stays in it
            scope = resources.title_scope_re.match(text, end) or resources.title_level_re.match(text, end)
            end = scope.end() if scope else end
        add(text[start:end], kind, sentence, start, end)
        accepted.append((start, end))
        taken.append((start, end))
        last_end = end
