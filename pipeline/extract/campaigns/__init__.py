"""Named campaigns, movements, programs, contests, themes, titles and events.

Each finder adds the names of one sentence that the finders before it left: quoted names after their triggers
(``quoted``), awards named in sentence case after ``giải thưởng`` (before the known names they may hold), known and
corpus-learned names quoted or not (``names``), then the names written without quotes
that rules recognise: contest and event names, years named for an aim (``Năm An toàn vệ sinh lao động``), award
titles given to someone (after the contests, since a title may be listed after one), the phrase after an unquoted
``phong trào thi đua`` and themes after ``chủ đề`` (``unquoted``), and last an unquoted item written between two
names of one list. Names that differ only in case, punctuation or
a leading contest word are one campaign, with the first form written.
"""
from __future__ import annotations

import re

from ...records import Article, Campaign, Sentence, Span
from ...text import match_key
from .names import find_known
from .quoted import find_quoted, quotes
from .resources import UPPER, CampaignResources, first_word, learned_names, load_resources, with_learned
from .unquoted import find_after_triggers, find_awards, find_contests_and_events, find_named_years, find_titles

__all__ = ["CampaignResources", "extract_campaigns", "learned_names", "load_resources", "quotes", "with_learned"]


def compare_key(name: str) -> str:
    """The key two spellings of one name share: ``match_key``, a leading contest word left out (the headline's
    "Hội thi an toàn vệ sinh viên giỏi" is the body's Hội thi "an toàn - vệ sinh viên giỏi")."""
    key = re.sub(r"^(?:hội thi|cuộc thi) ", "", match_key(name))
    return re.sub(r"(?<!\w)tp(?!\w)", "thành phố", key)  # "cấp TP" = "cấp thành phố"


# Kinds whose shorter or longer form written later in an article is the same campaign ("Tết sum vầy" after "Tết sum
# vầy - Xuân ơn Đảng", "Thợ giỏi ngành Dệt May Việt Nam" after "Thợ giỏi ngành Dệt May"); movements are not merged
# ("Lao động giỏi" and "Lao động giỏi, lao động sáng tạo" are two). A program's fuller name written after its short
# one is a name of its own ("Phúc lợi đoàn viên công đoàn" after "Phúc lợi đoàn viên"): only a later short reference
# to a program is merged.
MERGED_BY_PREFIX = ("contest", "event", "program")


def _same_as_found(key: str, kind: str, found: dict[str, dict]) -> str | None:
    if kind not in MERGED_BY_PREFIX:
        return None
    return next((k for k, entry in found.items() if entry["kind"] in MERGED_BY_PREFIX
                 and (k.startswith(key + " ") or key.startswith(k + " ") and kind != "program")), None)


# the place a contest's or an event's fuller name adds to its short form: "tỉnh Bắc Ninh", "thành phố Hà Nội", "quận 3"
_PLACE_ADDED = re.compile(r"(?:tỉnh|thành phố|quận|huyện|thị xã|phường|xã)\s+\S+(?:\s+\S+){0,3}")
# ... or the rest of a listed group and then the place: "sáng tác ca khúc về công nhân" in the headline, "... về công nhân,
# công đoàn tỉnh Bình Dương" in the body (keys carry no comma)
_GROUP_AND_PLACE_ADDED = re.compile(r"(?:\S+\s+){1,3}" + _PLACE_ADDED.pattern)


def _placed_form(entry: dict, key: str, written: str) -> bool:
    """The name written now is the contest or event found before plus its place ("An toàn vệ sinh viên giỏi" in the
    headline, "An toàn vệ sinh viên giỏi tỉnh Bắc Ninh" in the body): FORMAT keeps a contest's place, so the one campaign
    takes the placed name (a program's fuller name is a name of its own, see MERGED_BY_PREFIX)."""
    added = written[len(key) + 1:]
    return entry["kind"] in ("contest", "event") and written.startswith(key + " ") \
        and (_PLACE_ADDED.fullmatch(added) is not None or _GROUP_AND_PLACE_ADDED.fullmatch(added) is not None)


# "(gọi tắt là phong trào Sáng kiến)": the short form a union text gives its long name right after it, with or
# without the trigger word and quotes
_SHORT_FORM_BEFORE = re.compile(
    r"(?:gọi|viết)\s+tắt\s+(?:là\s+)?(?:(?:phong\s+trào(?:\s+thi\s+đua)?|chương\s+trình|cuộc\s+vận\s+động|"
    r"cuộc\s+thi|hội\s+thi|danh\s+hiệu)\s+)?[“\"]?\s*$", re.IGNORECASE)


def _named_before(sentence: Sentence, start: int, found: dict[str, dict]) -> str | None:
    """The key of the campaign named last before a short form given with 'gọi tắt là' in the same sentence."""
    if not _SHORT_FORM_BEFORE.search(sentence.text[:start]):
        return None
    before = [(m.start, k) for k, entry in found.items() for m in entry["mentions"]
              if m.sentence_index == sentence.index and m.start < sentence.start + start]
    return max(before)[1] if before else None


def _known_event(name: str, kind: str, resources: CampaignResources) -> str | None:
    """The gazetteer's canonical name of an event written in one of its known ways: a month or week of action is held
    once a year, so two of its names in one article ("Tháng hành động quốc gia về an toàn, vệ sinh lao động", then
    "Tháng hành động về ATVSLĐ") are one event. Not movements or programs: their short and long names are two
    campaigns in the gold ("1 triệu sáng kiến" beside its full name)."""
    if kind != "event":
        return None
    return next((known.canonical for known in resources.known_by_word.get(first_word(name), ())
                 if known.kind == "event" and known.pattern.fullmatch(name)), None)


# One unquoted item between two names of a list ("các phong trào: Lao động giỏi, lao động sáng tạo; Văn hóa công sở;
# Người tốt việc tốt"): union reports list their movements so, and an item the gazetteer does not know is a name by its
# place in the list. Written with a capital, a few words, no number; separated by a semicolon or a comma on both sides.
_LISTED_ITEM = re.compile(r"\s*[;,]\s*(?P<item>[" + UPPER + r"][^;,.:()“”\"\d]{2,80}?)\s*[;,]\s*(?:và\s+)?")


def _kind_ending_at(found: dict[str, dict], sentence: Sentence, end: int) -> str | None:
    return next((entry["kind"] for entry in found.values() for m in entry["mentions"]
                 if m.sentence_index == sentence.index and m.end == sentence.start + end), None)


def _find_listed_between(sentence: Sentence, resources: CampaignResources, taken: list[tuple[int, int]],
                         found: dict[str, dict], add) -> None:
    """Add the unquoted item written between two names of one list, of the kind of the name before it."""
    spans = sorted(taken)
    for (_, first_end), (second_start, _) in zip(spans, spans[1:]):
        gap = _LISTED_ITEM.fullmatch(sentence.text, first_end, second_start)
        if not gap:
            continue
        item = gap.group("item")
        words = item.split()
        kind = _kind_ending_at(found, sentence, first_end)
        if not 2 <= len(words) <= 8 or words[0].lower() in resources.capitalized_not_first or kind is None \
                or all(w[0].isupper() for w in words):  # a person, a place or a body listed among honours
            continue
        add(item, kind, sentence, gap.start("item"), gap.end("item"))
        taken.append((gap.start("item"), gap.end("item")))


# The last item of a list of names, written unquoted after them ("các phong trào thi đua: Lao động giỏi, Lao động sáng
# tạo, Văn hóa công sở được triển khai"): a list the text opens with a plural trigger, the item written with a capital
# and a few words, ending the clause or where its predicate begins
_PLURAL_TRIGGER = re.compile(r"(?<![\wÀ-ỹĐđ])(?i:các|những)\s+(?i:phong\s+trào(?:\s+thi\s+đua)?|chương\s+trình|"
                             r"cuộc\s+vận\s+động|danh\s+hiệu)(?![\wÀ-ỹĐđ])")
_LAST_LISTED_ITEM = re.compile(r"\s*(?:[;,]\s*(?:và\s+)?|\s+và\s+)(?P<item>[" + UPPER + r"][^;,.:()“”\"\d]{2,80}?)"
                               r"(?=\s*[.;…]|\s*$|\s+(?:được|đã|đang|sẽ|của|trong|tại|ở|cho|do|với|nhằm|để|là|tiếp\s+tục|"
                               r"luôn|vẫn|đều|diễn\s+ra|thu\s+hút|gắn\s+với)\s)")


_LIST_LINK = re.compile(r"\s*[;,]\s*(?:và\s+)?")


def _list_start(text: str, taken: list[tuple[int, int]], end: int) -> int:
    """Where the list of names that ends at ``end`` begins: back through the names joined by a comma or a semicolon
    ("các phong trào thi đua: Lao động giỏi, lao động sáng tạo; Xanh - Sạch - Đẹp; ..." lists its items with
    semicolons, so the plural trigger stands before the first item, not in the last item's clause)."""
    spans = sorted(s for s in taken if s[1] <= end)
    start = next((s for s, e in reversed(spans) if e == end), end)
    while True:
        before = next((s for s, e in reversed(spans) if e <= start and _LIST_LINK.fullmatch(text, e, start)), None)
        if before is None:
            return start
        start = before


def _find_listed_last(sentence: Sentence, resources: CampaignResources, taken: list[tuple[int, int]],
                      found: dict[str, dict], add) -> None:
    """Add the unquoted item that closes a list of names opened by a plural trigger, of the kind of the name before."""
    text = sentence.text
    for _, end in sorted(taken):
        last = _LAST_LISTED_ITEM.match(text, end)
        if not last or any(s < last.end("item") and last.start("item") < e for s, e in taken):
            continue
        kind = _kind_ending_at(found, sentence, end)
        words = last.group("item").split()
        if kind is None or not 2 <= len(words) <= 8 or words[0].lower() in resources.capitalized_not_first \
                or all(w[0].isupper() for w in words):
            continue
        list_start = _list_start(text, taken, end)
        clause_start = max(text.rfind(c, 0, list_start) for c in ".;") + 1
        if not _PLURAL_TRIGGER.search(text, clause_start, list_start):
            continue
        add(last.group("item"), kind, sentence, last.start("item"), last.end("item"))
        taken.append((last.start("item"), last.end("item")))


# The first item of a list opened by a plural trigger, written unquoted before a name the finders took ("các phong trào
# thi đua: Lao động giỏi, Xanh - Sạch - Đẹp, ..."; "Các phong trào Lao động giỏi, Người tốt việc tốt ..."): a name by
# its place in the list, as the items between and after names are
_FIRST_LISTED_ITEM = re.compile(r"(?:\s+thi\s+đua)?\s*:?\s*(?P<item>[" + UPPER + r"][^;,.:()“”\"\d]{2,80}?)\s*[;,]\s*(?:và\s+)?")


def _find_listed_first(sentence: Sentence, resources: CampaignResources, taken: list[tuple[int, int]],
                       found: dict[str, dict], add) -> None:
    """Add the unquoted item that opens a list of names right after a plural trigger, of the kind of the name after."""
    text = sentence.text
    for trigger in _PLURAL_TRIGGER.finditer(text):
        first = _FIRST_LISTED_ITEM.match(text, trigger.end())
        if not first or any(s < first.end("item") and first.start("item") < e for s, e in taken):
            continue
        kind = next((entry["kind"] for entry in found.values() for m in entry["mentions"]
                     if m.sentence_index == sentence.index and m.start == sentence.start + first.end()), None)
        words = first.group("item").split()
        if kind is None or not 2 <= len(words) <= 8 or words[0].lower() in resources.capitalized_not_first \
                or all(w[0].isupper() for w in words):
            continue
        add(first.group("item"), kind, sentence, first.start("item"), first.end("item"))
        taken.append((first.start("item"), first.end("item")))


# A list of names a plural trigger opens with a colon and separates with semicolons ("các phong trào thi đua: Lao động
# giỏi; An toàn - Vệ sinh - Năng suất; Văn hóa doanh nghiệp gắn với văn minh đô thị; đồng thời ..."): each item written
# with a capital is a name by its place, also when none of them is known; commas stay inside an item, a lowercase
# item ends the list, and a predicate ends the last one
_COLON_AFTER_TRIGGER = re.compile(r"(?:\s+thi\s+đua)?(?:\s+(?:như|gồm|là))?\s*:\s*")
_ITEM_PREDICATE = re.compile(r"\s+(?:được|đã|đang|sẽ|tiếp\s+tục|luôn|vẫn|đều|diễn\s+ra|thu\s+hút)\s")
_TRIGGER_LIST_KIND = {"phong": "movement", "chương": "program", "cuộc": "campaign", "danh": "title"}


def _find_semicolon_list(sentence: Sentence, resources: CampaignResources, taken: list[tuple[int, int]], add) -> None:
    """Add the items of a list after a plural trigger and a colon whose items a semicolon separates."""
    text = sentence.text
    for trigger in _PLURAL_TRIGGER.finditer(text):
        colon = _COLON_AFTER_TRIGGER.match(text, trigger.end())
        if not colon:
            continue
        stop = re.compile(r"[.…:]|$").search(text, colon.end()).start()
        if ";" not in text[colon.end():stop]:
            continue
        kind = _TRIGGER_LIST_KIND[trigger.group(0).split()[1].lower()]
        start = colon.end()
        while start < stop:
            end = text.find(";", start, stop)
            end = stop if end < 0 else end
            item_start = start + len(text[start:end]) - len(text[start:end].lstrip())
            if text.startswith("và ", item_start):
                item_start += 3
            if item_start >= end or not text[item_start].isupper():
                break  # "...; đồng thời hưởng ứng ...": the list is over
            predicate = _ITEM_PREDICATE.search(text, item_start, end)
            item_end = predicate.start() if predicate else end
            item = text[item_start:item_end].rstrip(" ,")
            words = item.split()
            if 2 <= len(words) <= 12 and words[0].lower() not in resources.capitalized_not_first \
                    and not all(w[0].isupper() for w in words) and not re.search(r"[“”\"()\d]", item) \
                    and not any(s < item_start + len(item) and item_start < e for s, e in taken):
                add(item, kind, sentence, item_start, item_start + len(item))
                taken.append((item_start, item_start + len(item)))
            if predicate:
                break
            start = end + 1


def _mentions_after_heads(sentences: tuple[Sentence, ...], resources: CampaignResources, found: dict[str, dict]) -> None:
    """A contest or event found in one sentence is also mentioned wherever its head is followed by its name: a
    headline "... tổ chức Hội thi tay nghề công nhân" names the body's "Hội thi tay nghề công nhân năm 2026", though
    a lowercase name closing a headline is not read as a name on its own."""
    named = [(c["name"].casefold(), c) for c in found.values() if c["kind"] in ("contest", "event")]
    if not named:
        return
    for sentence in sentences:
        folded = sentence.text.casefold()
        for match in resources.event_re.finditer(sentence.text):
            start = match.end() + len(folded[match.end():]) - len(folded[match.end():].lstrip())
            for name, entry in named:
                end = start + len(name)
                if folded.startswith(name, start) and not folded[end:end + 1].isalnum() \
                        and all(not (m.start <= sentence.start + start < m.end) for m in entry["mentions"]):
                    entry["mentions"].append(Span(sentence.index, sentence.start + start, sentence.start + end,
                                                  sentence.text[start:end]))


def extract_campaigns(article: Article, sentences: tuple[Sentence, ...], resources: CampaignResources) -> tuple[Campaign, ...]:
    found: dict[str, dict] = {}
    short_forms: dict[str, str] = {}  # a short form given with "gọi tắt là" -> the key of its long name
    event_keys: dict[str, str] = {}  # a known event's canonical name -> the key it was first found under

    def add(name: str, kind: str, sentence: Sentence, start: int, end: int) -> None:
        name = name.strip(" ,;.…")
        key = compare_key(name)
        if not key:
            return
        span = Span(sentence.index, sentence.start + start, sentence.start + end, sentence.text[start:end])
        if key in short_forms:
            key = short_forms[key]
        elif (long_key := _named_before(sentence, start, found)) and long_key != key:
            short_forms[key] = long_key
            if key in found:  # written before (in the headline): its mentions are the long name's
                found[long_key]["mentions"].extend(found.pop(key)["mentions"])
            key = long_key
        canonical = _known_event(name, kind, resources)
        if key not in found and canonical in event_keys:
            key = event_keys[canonical]
        written = key
        key = key if key in found else (_same_as_found(key, kind, found) or key)
        if key in found and key != written and _placed_form(found[key], key, written):
            found[key]["name"] = name  # "Hội thi X năm 2026" in the headline, "Hội thi X tỉnh Y lần thứ VI" in the body
        if canonical:
            event_keys.setdefault(canonical, key)
        if key not in found:
            found[key] = {"name": name, "kind": kind, "mentions": [span]}
        elif all(m.start != span.start for m in found[key]["mentions"]):
            found[key]["mentions"].append(span)

    for sentence in sentences:
        taken = find_quoted(sentence, resources, add)
        find_awards(sentence, resources, taken, add)
        find_known(sentence, resources, taken, add)
        find_contests_and_events(sentence, resources, taken, add, ends_article=sentence is sentences[-1])
        find_named_years(sentence, resources, taken, add)
        find_titles(sentence, resources, taken, add)
        find_after_triggers(sentence, resources, taken, add)
        _find_listed_between(sentence, resources, taken, found, add)
        _find_listed_last(sentence, resources, taken, found, add)
        _find_listed_first(sentence, resources, taken, found, add)
        _find_semicolon_list(sentence, resources, taken, add)
    _mentions_after_heads(sentences, resources, found)
    entries = sorted(found.values(), key=lambda c: min(m.start for m in c["mentions"]))
    return tuple(
        Campaign(name=c["name"], kind=c["kind"], key=match_key(c["name"]),
                 mentions=tuple(sorted(c["mentions"], key=lambda s: s.start)))
        for c in entries
    )
