"""Named campaigns, movements, programs, contests, themes, titles and events.

Union news names a campaign in quotes after a trigger word (``phong trào thi đua “Giỏi việc nước, đảm việc
nhà”``), often as a list of quoted names after one trigger, which share its kind. A quote without a
trigger is a campaign only when its first words fix the kind (``“Tháng Công nhân”``, ``“Công nhân giỏi”``);
otherwise it is speech or a slogan of no campaign. Well-known movements are also written without quotes
(``học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh``): they are listed in
``campaign_known.tsv``; an unquoted ``phong trào thi đua`` followed by a short name-like phrase counts too
(``phong trào thi đua học tập và nâng cao trình độ``), unless the phrase is a description.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from ..records import Article, Campaign, Sentence, Span
from ..resources import read_tsv
from ..text import match_key

_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
_MAX_TRIGGER_DISTANCE = 12  # words between a trigger and the quote it names
_MAX_NAME_WORDS = 40  # longer quotes are speech


_DOCUMENT_TITLE = re.compile(
    r"(?:Nghị quyết|Chỉ thị|Kết luận|Quyết định|Kế hoạch|Hướng dẫn|Luật|Nghị định|Thông tư|Đề án)\b[^.;“”\"]*$"
)
_SLOGAN = re.compile(r"[\wÀ-ỹĐđ]+(?:\s[\wÀ-ỹĐđ]+){0,3}(?:\s*[-–]\s*[\wÀ-ỹĐđ]+(?:\s[\wÀ-ỹĐđ]+){0,3}){2,}")


@dataclass(frozen=True)
class CampaignResources:
    trigger_re: re.Pattern[str]
    triggers: dict[str, str]
    name_kinds: tuple[tuple[str, str], ...]
    not_names: tuple[str, ...]
    known: tuple[tuple[re.Pattern[str], str, bool], ...]  # pattern, kind, written capitalized
    unquoted_re: re.Pattern[str]
    unquoted_blocker_re: re.Pattern[str]
    title_stops: frozenset[str]
    contest_end_re: re.Pattern[str] | None = None  # where an unquoted contest name after "Hội thi" ends
    contest_not_first: frozenset[str] = frozenset()
    title_endings: tuple[str, ...] = ()  # how a title written in lowercase ends: "vững mạnh", "tiên tiến"


def _flexible(name: str) -> re.Pattern[str]:
    """A name matched in any case with a dash or a comma between its parts."""
    parts = [re.escape(p) for p in re.split(r"\s*[,\-–]\s*|\s+", name) if p]
    return re.compile(r"(?<![\wÀ-ỹĐđ])" + r"(?:\s*[,\-–]\s*|\s+)".join(parts) + r"(?![\wÀ-ỹĐđ])", re.IGNORECASE)


def load_resources() -> CampaignResources:
    contest_words = read_tsv("campaign_contest_words.tsv")
    triggers = {row["trigger"]: row["kind"] for row in read_tsv("campaign_triggers.tsv")}
    alternation = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(triggers, key=len, reverse=True))
    return CampaignResources(
        trigger_re=re.compile(r"(?<![\wÀ-ỹĐđ])(" + alternation + r")(?![\wÀ-ỹĐđ])", re.IGNORECASE),
        triggers=triggers,
        name_kinds=tuple((row["prefix"], row["kind"]) for row in read_tsv("campaign_name_kinds.tsv")),
        not_names=tuple(row["prefix"] for row in read_tsv("campaign_not_names.tsv")),
        known=tuple((_flexible(row["name"]), row["kind"], row["name"][0].isupper()) for row in read_tsv("campaign_known.tsv")),
        unquoted_re=re.compile(r"(?<![\wÀ-ỹĐđ])phong\s+trào\s+thi\s+đua\s+(?=[a-zà-ỹđ])", re.IGNORECASE),
        title_stops=frozenset(row["word"] for row in read_tsv("campaign_title_stops.tsv")),
        contest_end_re=re.compile(
            r"[.;:()“”\"…]|,\s|\s[-–]\s*\d|\s(?:" + "|".join(
                re.escape(row["word"]).replace(r"\ ", r"\s+") for row in contest_words if row["role"] == "end"
            ) + r")(?![\wÀ-ỹĐđ])"
        ),
        contest_not_first=frozenset(row["word"] for row in contest_words if row["role"] == "not_first"),
        title_endings=tuple(row["word"] for row in contest_words if row["role"] == "title_ending"),
        unquoted_blocker_re=re.compile(
            r"(?<![\wÀ-ỹĐđ])(?:" + "|".join(re.escape(row["word"]) for row in read_tsv("campaign_unquoted_blockers.tsv")) + r")(?![\wÀ-ỹĐđ])",
            re.IGNORECASE,
        ),
    )


_UNQUOTED_CONTEST = re.compile(r"(?<![\wÀ-ỹĐđ])(?:Hội thi|Cuộc thi|HỘI THI)\s+(?=[a-zà-ỹđ])")


def _compare_key(name: str, resources: CampaignResources) -> str:
    """The key two spellings of one name share: ``match_key``, a leading contest word left out (the headline's
    "Hội thi an toàn vệ sinh viên giỏi" is the body's Hội thi "an toàn - vệ sinh viên giỏi")."""
    return re.sub(r"^(?:hội thi|cuộc thi) ", "", match_key(name))


def quotes(text: str) -> list[tuple[int, int]]:
    """Inner spans of quotations: curly (nested ones too), straight and single quotes."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    for index, char in enumerate(text):
        if char in "“«‘":
            stack.append(index + 1)
        elif char in "”»’" and stack:
            spans.append((stack.pop(), index))
    straight = [m.start() for m in re.finditer(r'"', text)]
    for open_at, close_at in zip(straight[::2], straight[1::2]):
        spans.append((open_at + 1, close_at))
    for match in re.finditer(r"(?:(?<=\s)|^)'([^'\n]{3,200}?)'(?=[\s,.;:)!?]|$)", text):
        spans.append((match.start(1), match.end(1)))
    return sorted(spans)


def _kind_by_prefix(name: str, resources: CampaignResources) -> str | None:
    folded = name.casefold()
    for prefix, kind in resources.name_kinds:
        p = prefix.casefold()
        if folded.startswith(p) and (len(folded) == len(p) or not folded[len(p)].isalnum()):
            if prefix == "Năm" and not name.startswith("Năm "):
                continue
            return kind
    return None


def _trigger_before(text: str, start: int, floor: int, resources: CampaignResources) -> str | None:
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
    if len(window[found.end():].split()) > _MAX_TRIGGER_DISTANCE:
        return None
    return resources.triggers[re.sub(r"\s+", " ", found.group(1)).lower()]


def _is_speech(name: str) -> bool:
    return len(name.split()) > _MAX_NAME_WORDS or bool(re.search(r"[.!?]\s+[" + _UPPER + r"]|[.!?]$", name))


def extract_campaigns(article: Article, sentences: tuple[Sentence, ...], resources: CampaignResources) -> tuple[Campaign, ...]:
    found: dict[str, dict] = {}
    order: list[str] = []

    def add(name: str, kind: str, sentence: Sentence, start: int, end: int) -> None:
        name = name.strip(" ,;.…")
        key = _compare_key(name, resources)
        if not key:
            return
        span = Span(sentence.index, sentence.start + start, sentence.start + end, sentence.text[start:end])
        if key not in found:
            found[key] = {"name": name, "kind": kind, "mentions": [span]}
            order.append(key)
        elif all(m.start != span.start for m in found[key]["mentions"]):
            found[key]["mentions"].append(span)

    for sentence in sentences:
        text = sentence.text
        campaign_spans: list[tuple[int, int]] = []
        previous: tuple[int, str] | None = None  # end of the last campaign quote and its kind
        for start, end in quotes(text):
            name = text[start:end].strip()
            if not name or _is_speech(name):
                continue
            if any(name.startswith(p) for p in resources.not_names):
                continue
            kind = _trigger_before(text, start - 1, previous[0] + 1 if previous else 0, resources)
            chain_kind = kind
            if previous is not None:
                gap = text[previous[0] + 1:start - 1]
                # "A”, “B", "A”; “B", "A” của Thành phố và “B" are one list: B takes the kind of the list,
                # also when A had a kind of its own ("“Lao động sáng tạo” với mục tiêu “Năng suất ...”; “Sáng kiến”")
                if re.fullmatch(r"[\s,;…]*(?:\.\.\.)?[\s,;]*(?:(?:của|do)\s[^“”;.]{0,60}?)?[\s,;]*(?:và|hoặc|cùng)?\s*", gap) \
                        or re.fullmatch(rf"\s*(?:,|và)\s+(?:của\s+)?[{_UPPER}][^“”;.,]{{0,30}}", gap):
                    # ... also "chủ đề năm “A” và TP HCM “B”": the second owner's name of the same kind
                    kind = kind or previous[1]
                    chain_kind = previous[1]
                elif kind is not None and "“" not in gap and len(gap.split()) <= 4:
                    chain_kind = previous[1]  # a trigger of this quote only, the list goes on after it
            if kind is None and _DOCUMENT_TITLE.search(text[previous[0] + 1 if previous else 0:start - 1]):
                continue  # the title of a resolution, directive or plan: "Nghị quyết số 02-NQ/TW ... về “...”"
            if kind is None and re.search(r"(?<![\w/.,\-])\d+\s+(?:[^\s\d“”\"]+\s+){1,3}$", text[:start - 1]):
                kind = "title"  # an honour given to people: "tuyên dương 20 gương “Blouse trắng - trẻ giỏi”"
            if kind is None and _SLOGAN.fullmatch(name):
                kind = "theme"  # a slogan of three or more short parts: “Xanh - sạch - đẹp - An toàn”
            prefix_kind = _kind_by_prefix(name, resources)
            if prefix_kind and (kind is None or prefix_kind in ("title", "event", "contest")):
                kind = prefix_kind
                chain_kind = chain_kind or prefix_kind
            if kind is None:
                continue
            add(name, kind, sentence, start, end)
            campaign_spans.append((start, end))
            previous = (end, chain_kind or kind)
        known_matches = sorted(
            ((m.start(), m.end(), m, kind, capitalized) for pattern, kind, capitalized in resources.known for m in pattern.finditer(text)),
            key=lambda item: item[0],
        )
        last_known_end = -10
        for _, _, match, kind, capitalized in known_matches:
            if True:
                inside = next(((s, e) for s, e in campaign_spans if s <= match.start() and match.end() <= e), None)
                if inside and (inside[0], inside[1]) != (match.start(), match.end()):
                    continue  # part of a longer quoted name
                if match.group(0)[0].islower() and capitalized:
                    after_trigger = re.search(r"phong\s+trào(?:\s+thi\s+đua)?\s+$", text[: match.start()], re.IGNORECASE)
                    in_list = re.fullmatch(r"\s*[,;]\s*(?:và\s+)?", text[last_known_end:match.start()])
                    if not (after_trigger or in_list):
                        continue  # "phát huy sáng kiến, sáng tạo" is no movement; "Sáng kiến, sáng tạo" is
                add(match.group(0), kind, sentence, match.start(), match.end())
                last_known_end = match.end()
                campaign_spans.append((match.start(), match.end()))
        for match in re.finditer(r"(?<![\wÀ-ỹĐđ])(Giải thưởng|GIẢI THƯỞNG)\s+((?:(?!LẦN|Lần|NĂM|Năm)[" + _UPPER + r"][\wÀ-ỹĐđ]*\s?){2,4})", text):
            # an award named after a person: "Giải thưởng Nguyễn Đức Cảnh"
            if not any(s <= match.start() < e for s, e in campaign_spans):
                add(match.group(0).strip(), "title", sentence, match.start(), match.start() + len(match.group(0).strip()))
        for match in re.finditer(r"(?<![\wÀ-ỹĐđ])[Dd]anh\s+hiệu\s+(?=[\wÀ-ỹĐđ])", text):
            # an unquoted title: "danh hiệu Công nhân giỏi cấp cơ sở" -> "Công nhân giỏi"; in lowercase only when it
            # ends the way titles end ("đạt danh hiệu công đoàn cơ sở vững mạnh")
            words = re.match(r"[^,;.:()“”\"\n]*", text[match.end():]).group(0).split()
            kept = list(takewhile(lambda w: w.lower() not in resources.title_stops, words))[:6]
            if kept and kept[0][0].islower() and not (
                len(kept) >= 2 and any(" ".join(kept).endswith(" " + ending) for ending in resources.title_endings)
            ):
                continue
            if kept and not any(s <= match.end() < e for s, e in campaign_spans):
                name = " ".join(kept)
                add(name, "title", sentence, match.end(), match.end() + len(name))
        for match in _UNQUOTED_CONTEST.finditer(text):
            # a contest named without quotes: "tổ chức Hội thi an toàn-vệ sinh viên giỏi cấp thành phố lần thứ 8"
            if resources.contest_end_re is None or any(s <= match.start() < e for s, e in campaign_spans):
                continue
            if re.search(r"(?:các|những|mỗi)\s+$", text[: match.start()]):
                continue
            stop = resources.contest_end_re.search(text, match.end())
            if stop is None or stop.start() >= len(text.rstrip()):
                continue  # the text stops mid-name (a truncated page) or no end is written
            if text[stop.start()] in "“\"":
                continue  # the name is the quote that follows
            name = text[match.end():stop.start()].strip()
            words = name.split()
            if not 2 <= len(words) <= 14 or words[0].lower() in resources.contest_not_first:
                continue
            if re.search(r"cấp\s+cơ\s+sở$", name) or re.search(r"\d", name) and not re.search(r"[A-ZĐ]", name):
                continue  # "Hội thi thợ giỏi cấp cơ sở": a kind of contest, not one
            if not text[: match.start()].strip(" •-–*"):
                # the contest opens the sentence (a headline): its word is part of the name as written
                add(text[match.start():stop.start()].strip(), "contest", sentence, match.start(), match.end() + len(name))
            else:
                add(name, "contest", sentence, match.end(), match.end() + len(name))
        for match in resources.unquoted_re.finditer(text):
            if any(s <= match.end() < e for s, e in campaign_spans):
                continue  # "phong trào thi đua lao động giỏi, lao động sáng tạo": a known name, already taken whole
            phrase = re.match(r"[^,;.:()“”\"\n]+", text[match.end():])
            if not phrase:
                continue
            if match.end() + len(phrase.group(0)) >= len(text):
                continue  # the text stops mid-phrase (a truncated page)
            words = phrase.group(0).split()
            if words[:2] == ["thi", "đua"] or re.match(r"[^;.]*[“\"]", text[match.end():]):
                continue  # the name is the quote that follows
            if not 2 <= len(words) <= 8 or resources.unquoted_blocker_re.search(phrase.group(0)) or re.search(r"\d", phrase.group(0)):
                continue
            if re.search(r"(?:các|những)\s+$", text[: match.start()]):
                continue
            if any(w[0].isupper() for w in words):
                continue
            add(phrase.group(0).strip(), "movement", sentence, match.end(), match.end() + len(phrase.group(0).rstrip()))
    entries = sorted((found[k] for k in order), key=lambda c: min(m.start for m in c["mentions"]))
    return tuple(
        Campaign(name=c["name"], kind=c["kind"], key=match_key(c["name"]), mentions=tuple(sorted(c["mentions"], key=lambda s: s.start)))
        for c in entries
    )
