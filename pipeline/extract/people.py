"""People of the story with their titles and organizations.

A name is a run of 2-4 capitalized syllables written after an honorific (``đồng chí``, ``ông``, ``chị``…)
or starting with a Vietnamese family name (``person_surnames.tsv``). Its title and organization come from
what is written around it: ``Phó Chủ tịch LĐLĐ quận Ba Đình Nguyễn Đức Vinh`` (title and organization
before) or ``đồng chí Trần Thanh Hải - Phó Bí thư Đảng đoàn, Phó Chủ tịch Thường trực Tổng LĐLĐ Việt Nam``
(several offices after a dash). A given name alone after an honorific (``anh Lâm``) refers back to a
person already named. The byline (``Article.author``, or a sentence that is a name and nothing else) is
the author, not a person of the story; names of awards, streets and historical figures are left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Article, Organization, Person, Sentence, Span
from ..resources import read_tsv
from ..text import new_tone_placement, phrase_alternation
from .organizations.words import window_words

_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
_LOWER = "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.islower() and c.isalpha())
# a Korean given name joins its syllables by a hyphen, the second in lowercase ("Park Ji-sung", "Kim Jong-hoon"): union
# news names the directors of Korean firms so; "Nam-Chủ tịch" (a dash run into a title) stays two words
# the names of the Central Highlands' peoples write a woman's mark with an apostrophe run into the name ("Bà H'Zawan
# Knul", "H’Bơ"): one syllable (such a name has no Vietnamese family name, so it is found after an honorific)
_SYLLABLE = f"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]*(?:-[{_LOWER}]+)?"
_NAME = re.compile(rf"{_SYLLABLE}(?:\s+(?:{_SYLLABLE}|thị))*(?![\wÀ-ỹĐđ])")


@dataclass(frozen=True)
class PeopleResources:
    honorific_re: re.Pattern[str]
    title_re: re.Pattern[str]
    title_end_re: re.Pattern[str]  # a title ending just before a position
    surnames: frozenset[str]
    not_in_story: frozenset[str]
    blockers: tuple[re.Pattern[str], ...]
    places: frozenset[str]
    place_re: re.Pattern[str]
    office_stop_re: re.Pattern[str]  # where an office written after a name ends (person_office_stops.tsv)


def _alternation(items: list[str], ignore_case: bool = False) -> str:
    """The items as one alternation, longest first, a space as any white space."""
    return phrase_alternation(items, ignore_case=ignore_case, flexible_spaces=True)


# "nguyên Bí thư": the office the person held before, written as part of the title
_FORMER = r"(?:[Nn]guyên\s+)?"


def load_resources() -> PeopleResources:
    honorifics = [row["honorific"] for row in read_tsv("person_honorifics.tsv")]
    titles = [row["title"] for row in read_tsv("person_titles.tsv")]
    return PeopleResources(
        honorific_re=re.compile(r"(?<![\wÀ-ỹĐđ])(?:" + _alternation(honorifics) + r")\s+(?=[" + _UPPER + "])"),
        title_re=re.compile(_FORMER + r"(?i:" + _alternation(titles, ignore_case=True) + r")(?![\wÀ-ỹĐđ])"),
        title_end_re=re.compile(r"(?<![\wÀ-ỹĐđ])" + _FORMER + r"(?i:" + _alternation(titles, ignore_case=True) + r")\s*$"),
        surnames=frozenset(row["surname"] for row in read_tsv("person_surnames.tsv")),
        not_in_story=frozenset(row["name"] for row in read_tsv("person_not_in_story.tsv")),
        blockers=tuple(re.compile(row["pattern"]) for row in read_tsv("person_blockers.tsv")),
        places=frozenset(row["name"] for row in read_tsv("place_names.tsv")),
        place_re=re.compile("(?:" + _alternation([row["name"] for row in read_tsv("place_names.tsv")], ignore_case=True)
                            + r")(?![\wÀ-ỹĐđ])", re.IGNORECASE),
        office_stop_re=re.compile(r"[;.:()“”\"]|\s[-–]\s|\s(?:" + "|".join(map(re.escape, (row["word"] for row in read_tsv(
            "person_office_stops.tsv")))) + r")(?![\wÀ-ỹĐđ])"),
    )


def _trim_name(name: str, text: str, start: int, organizations_at: dict[int, tuple[int, Organization]]) -> str:
    """At most 4 syllables, and never running into an organization or a title written next."""
    syllables = name.split()
    kept: list[str] = []
    offset = start
    for syllable in syllables:
        at = text.find(syllable, offset)
        if at in organizations_at and kept:
            break
        kept.append(syllable)
        offset = at + len(syllable)
    return " ".join(kept[:4]) if len(kept) <= 4 else ""


def _after_cut_body(name: str, text: str, start: int, org_starts: dict[int, tuple[int, Organization]],
                    named: tuple[str, ...]) -> tuple[str, int]:
    """The name without its first syllable when that syllable ends the body written right before it, as the article
    names that body elsewhere ("Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ": "Mai" is the hospital's, where the body's
    mention here stops at "Bạch" because "Mai" is also a family name)."""
    first, _, rest = name.partition(" ")
    if len(rest.split()) < 2:
        return name, start
    for org_start, (org_end, _) in org_starts.items():
        if org_end <= start and not text[org_end:start].strip() and f"{text[org_start:org_end]} {first}" in named:
            return rest, start + len(first) + 1
    return name, start


def _org_spans(organizations: tuple[Organization, ...]) -> list[tuple[int, int, Organization]]:
    return sorted((m.start, m.end, org) for org in organizations for m in org.mentions)


def _inside_place(text: str, run_start: int, start: int, resources: PeopleResources) -> bool:
    """A place's name opens the capitalized run and goes on past ``start``: the run's later words are the place's."""
    place = resources.place_re.match(text, run_start)
    return place is not None and place.end() > start


def extract_people(article: Article, sentences: tuple[Sentence, ...], organizations: tuple[Organization, ...], resources: PeopleResources) -> tuple[Person, ...]:
    org_spans = _org_spans(organizations)
    # what a bare "Công ty", "Tổng công ty", "Nhà máy" ... after an office refers to: the one body of that kind
    own_company = {kind: names[0] for kind in _OWN_KINDS
                   if len(names := [org.name for org in organizations if org.name.startswith(kind + " ")]) == 1}
    named = tuple(org.name for org in organizations)
    author = (article.author or "").strip()
    people: dict[str, dict] = {}
    order: list[str] = []

    def org_covering(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e, _ in org_spans)

    for sentence in sentences:
        text = new_tone_placement(sentence.text)
        base = sentence.start
        starts = {s - base: (e - base, org) for s, e, org in org_spans if base <= s < base + len(text)}
        found: list[tuple[int, int, str, bool]] = []  # start, end, name, after an honorific
        for honorific in resources.honorific_re.finditer(text):
            if resources.place_re.match(text, honorific.start()):
                continue  # "Bà Rịa - Vũng Tàu" is a province
            match = _NAME.match(text, honorific.end())
            if match and resources.title_re.match(text, match.start()):
                continue  # "các đồng chí Phó Chủ tịch LĐLĐ Thành phố": an office, no name
            if match:
                found.append((match.start(), match.end(), match.group(0), True))
        for match in _NAME.finditer(text):
            syllables = match.group(0).split()
            # a capitalized run may start with words that are not part of the name (a place: "huyện Gia Lâm Trần
            # Văn Nam"); every family name inside it is a candidate start, the word boundaries decide below
            for index, syllable in enumerate(syllables):
                if syllable in resources.surnames and 2 <= len(syllables) - index <= 4:
                    start = match.start() + len(" ".join(syllables[:index])) + (1 if index else 0)
                    if index and _inside_place(text, match.start(), start, resources):
                        continue  # "quận Bắc Từ Liêm": "Từ" is a family name, "Từ Liêm" a part of the district's name
                    found.append((start, match.end(), " ".join(syllables[index:]), False))
        seen_starts: set[int] = set()
        previous: tuple[int, str, str] | None = None  # the last person of the sentence with an office in a body
        for start, end, name, honored in sorted(found, key=lambda f: (f[0], not f[3])):
            if start in seen_starts or any(s <= start < e for s, e, *_ in found if s < start and (s, e) != (start, end) and e >= end and s in seen_starts):
                continue
            written_at = start  # where the run began: the office and body before it are read from there
            name, start = _after_cut_body(name, text, start, starts, named)
            name = _trim_name(name, text, start, starts)
            if not name:
                continue
            end = start + len(name)
            syllables = name.split()
            if name in resources.not_in_story and not resources.title_end_re.search(text[:start]):
                continue  # "Giải thưởng Tôn Đức Thắng" names an award; "Chủ tịch Tôn Đức Thắng" the man himself
            if name == author or text.strip(" .") == name:
                continue
            if org_covering(base + start, base + end):
                continue
            if name in resources.places:
                continue  # also after a title: "Chủ tịch Hồ Chí Minh" is split between people and names in the gold
            if not honored:
                if syllables[0] not in resources.surnames or len(syllables) < 2:
                    continue
                if not all(s[0].isupper() for s in syllables):
                    continue
                after_org = any(e <= start and text[e:start].strip() == "" for e, _ in starts.values())
                if not after_org and any(b.search(text[:start]) for b in resources.blockers):
                    continue
                # the tokenizer last: it costs more than the tests above together
                left = text.rfind(" ", 0, max(0, start - 15)) + 1
                right = text.find(" ", min(len(text), end + 15))
                words = window_words(text, left, right if right >= 0 else len(text))
                # the tokenizer may run a verb into the name ("Đặng Minh Thông trao"): a lowercase word after it ends it
                last = start + len(name) - len(syllables[-1])
                runs_into_verb = any(s == start < end < e for s, e in words) and bool(re.match(r" [a-zà-ỹđ]", text[end:end + 2])) \
                    and not resources.title_re.match(text, last)  # "Đoàn Chủ tịch": an office, not a name and a verb
                titled_org = after_org and _org_after_title(text, start, starts, resources)
                if not titled_org and (not any(s == start for s, _ in words) or not (any(e == end for _, e in words) or runs_into_verb)):
                    continue  # "Đoàn Chủ" of "Đoàn Chủ tịch" is no name
            if len(syllables) == 1:
                # a given name alone refers back to a person of the article ("anh Lâm")
                back = next((k for k in order if k.split()[-1] == name), None)
                if back:
                    people[back]["mentions"].append(Span(sentence.index, base + start, base + end, sentence.text[start:end]))
                    seen_starts.add(start)
                continue
            seen_starts.add(start)
            title, organization = _title_and_organization(text, written_at, end, starts, resources, own_company, named)
            if title and organization is None and previous is not None:
                organization = _deputy_of_the_same_body(text, previous, start, title, starts)
            if title and organization is None:
                organization = _acting_on_behalf(text, start, starts, resources)
            if title and organization:
                previous = (end, title, organization)
            key = name
            span = Span(sentence.index, base + start, base + end, sentence.text[start:end])
            if key not in people:
                people[key] = {"name": name, "title": title, "organization": organization, "mentions": [span]}
                order.append(key)
            else:
                people[key]["mentions"].append(span)
                if people[key]["title"] is None and title:
                    people[key]["title"], people[key]["organization"] = title, organization
    return tuple(
        Person(name=p["name"], title=p["title"], organization=p["organization"], mentions=tuple(p["mentions"]))
        for p in (people[k] for k in order)
    )


def _office_core(title: str) -> str:
    """The office without its rank or standing: "Phó Chủ tịch Thường trực" -> "chủ tịch"."""
    return " ".join(re.sub(r"\b(?:phó|thường trực|nguyên)\b", " ", title.casefold()).split())


def _deputy_of_the_same_body(text: str, previous: tuple[int, str, str], start: int, title: str,
                             org_starts: dict[int, tuple[int, Organization]]) -> str | None:
    """"Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang và Phó Chủ tịch Thường trực Thái Thu Xương": union news names the
    body once for its head and a deputy (or a standing member) of the same office joined by "và" or a comma; the
    second holds the office in the first one's body. None when another body is named between them."""
    previous_end, previous_title, organization = previous
    between = text[previous_end:start]
    if not re.search(r"(?:^|\s|,)và\s|^\s*,", between) or re.search(r"[.;:]", between):
        return None
    if any(previous_end <= s < start and o.name != organization for s, (_, o) in org_starts.items()):
        return None
    return organization if _office_core(title) == _office_core(previous_title) else None


def _org_after_title(text: str, start: int, org_starts: dict[int, tuple[int, Organization]], resources: PeopleResources) -> bool:
    """Whether a title and an organization stand right before ``start`` ("Phó Chủ tịch LĐLĐ tỉnh Cao Bằng Hà Nhật
    Lệ"): the way union news introduces an office holder, so the family name there starts a name, whatever words
    the tokenizer makes of the syllables ("Nhật Lệ" is also a river)."""
    return any(org_end <= start and text[org_end:start].strip() == "" and (resources.title_end_re.search(text[:org_start])
                                                                          or _title_into(text, org_start, resources))
               for org_start, (org_end, _) in org_starts.items())


def _title_into(text: str, org_start: int, resources: PeopleResources) -> str | None:
    """An office whose last words begin the organization's name ("Trưởng Ban" of "Trưởng Ban Tuyên giáo và Dân vận TP
    Đà Nẵng Huỳnh Thị Thùy Dung", "Phó Trưởng Đoàn" of "Phó Trưởng Đoàn ĐBQH tỉnh X")."""
    return next((re.sub(r"\s+", " ", m.group(0)) for m in resources.title_re.finditer(text, max(0, org_start - 30), org_start + 30)
                 if m.start() < org_start < m.end() and not text[m.start() - 1:m.start()].isalnum()), None)


# "Đoàn công tác LĐLĐ thành phố Hà Nội do Phó Chủ tịch X dẫn đầu": a delegation of a body led by one of its officers,
# whose office is in that body (union news names the body once, for the delegation)
_LED_BY = re.compile(r"\s+do\s+")


# "Thay mặt Ban Thường vụ LĐLĐ huyện, Phó Chủ tịch Thường trực X trao ...": an officer acting on behalf of a body,
# titled with no body of his own, holds the office in that body (union news names the body once, for the act); also
# at the start of the lead, after the paper's tag ("(LĐTĐ) Thay mặt ..."). Not "Thừa ủy quyền của Chủ tịch UBND tỉnh,
# Phó Chủ tịch X trao": a delegate of the province's chairman is an officer of another body (often the federation)
_ON_BEHALF = re.compile(r"(?:^|[,;:)]\s*)[Tt]hay\s+mặt\s+(?:[^,.;:]{0,30}\s)?$")


def _on_behalf_of(text: str, org_start: int, org_end: int, title_start: int) -> bool:
    return bool(re.fullmatch(r"\s*,\s*", text[org_end:title_start]) and _ON_BEHALF.search(text[:org_start]))


def _acting_on_behalf(text: str, start: int, org_starts: dict[int, tuple[int, Organization]], resources: PeopleResources) -> str | None:
    """"Thay mặt Ban Thường vụ LĐLĐ tỉnh X, đồng chí Nguyễn Thị H, Phó Chủ tịch Thường trực trao quà": the name after
    the body it acts for, titled after the name with no body of its own, holds the office in that body."""
    for org_start, (org_end, org) in org_starts.items():
        comma = re.match(r"\s*,\s*", text[org_end:start])
        if comma is None:
            continue
        rest = text[org_end + comma.end():start]
        honorific = resources.honorific_re.match(rest + "X")  # the pattern looks ahead at the name's capital
        if rest and not (honorific and honorific.end() == len(rest)):
            continue
        if _ON_BEHALF.search(text[:org_start]):
            return org.name
    return None


# an aside in parentheses right after a name: age, year of birth, home town ("(32 tuổi, quê Thanh Hóa)", "(SN 1985)")
_ASIDE = re.compile(r"\s*\([^()]{1,80}\)")


def _introduces_name(gap: str, resources: PeopleResources) -> bool:
    """Nothing, or a dash with an honorific, between an office and the name: "Chủ tịch Công đoàn Công ty X - bà Lê
    Thị Cúc" introduces the office holder as the plain "Chủ tịch Công đoàn Công ty X Lê Thị Cúc" does."""
    if gap.strip() == "":
        return True
    dash = re.fullmatch(r"\s*[-–]\s*(.*)", gap)
    if not dash:
        return False
    honorific = resources.honorific_re.match(dash.group(1) + "X")  # the pattern looks ahead at the name's capital
    return dash.group(1) == "" or bool(honorific and honorific.end() == len(dash.group(1)))


def _title_and_organization(text: str, start: int, end: int, org_starts: dict[int, tuple[int, Organization]], resources: PeopleResources,
                            own_company: dict[str, str] | None = None, named: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    """Title and organization written before the name (``Phó Chủ tịch LĐLĐ quận Ba Đình <name>``) or after
    it (``<name> - Phó Bí thư Đảng đoàn, Phó Chủ tịch Thường trực Tổng LĐLĐ Việt Nam``)."""
    before = text[:start].rstrip()
    # before: [title] [organization] name
    for org_start, (org_end, org) in org_starts.items():
        if org_end <= start and _introduces_name(text[org_end:start], resources):
            title = resources.title_end_re.search(text[:org_start])
            if title:
                return re.sub(r"\s+", " ", title.group(0)).strip(), org.name
            title = _title_of_department(text, org_start, resources) or _title_into(text, org_start, resources)
            if title:
                return title, org.name
    title = resources.title_end_re.search(before + " ") or resources.title_end_re.search(before)
    if title and title.group(0).strip():
        led = next((o.name for s, (e, o) in org_starts.items() if e <= title.start()
                    and (_LED_BY.fullmatch(text[e:title.start()]) or _on_behalf_of(text, s, e, title.start()))), None)
        office = _office_after(text, end, org_starts, resources, own_company, named) if led is None else (None, None)
        if office[1]:
            return office  # "bác sĩ Tăng Chí Thượng, Giám đốc Bệnh viện Nhi Đồng 1": the profession, then the office
        return re.sub(r"\s+", " ", title.group(0)).strip(), led
    return _office_after(text, end, org_starts, resources, own_company, named)


def _office_after(text: str, end: int, org_starts: dict[int, tuple[int, Organization]], resources: PeopleResources,
                  own_company: dict[str, str] | None, named: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    """Title and organization written after the name ending at ``end``."""
    # after: name - title[, title] organization; the last office named goes with the organization after it
    aside = _ASIDE.match(text, end)
    if aside and not resources.title_re.search(aside.group(0)):
        end = aside.end()  # "Nguyễn Văn Tùng (32 tuổi, quê Thanh Hóa), công nhân Công ty X": the office follows the aside
    after = re.match(r"\s*(?:[-–,:]|\(|là)\s*", text[end:])
    if after:
        at = end + after.end()
        stop = next((m for m in resources.office_stop_re.finditer(text, at) if not _DEPARTMENT_DASH.search(text, at, m.end() + 1)), None)
        clause_end = _office_chain_end(text, at, stop.start() if stop else len(text), resources)
        titles = list(resources.title_re.finditer(text, at, clause_end))
        starts = {at} | {at + m.end() for m in _OFFICE_SEPARATOR.finditer(text[at:clause_end])}
        # an office opens its piece of the list; one further in follows a verb ("Chủ tịch Công đoàn Công ty X thăm hỏi
        # công nhân": the workers are visited, "công nhân" is no office of hers)
        titles = [t for t in titles if t.start() in starts] or titles
        if titles:
            title = titles[-1]
            inside = sorted((s, o) for s, (e, o) in org_starts.items() if title.start() < s < title.end() <= e)
            if inside:
                # "(Chủ tịch Công đoàn Công ty TNHH X)": the title's last words begin the organization's name (or are
                # all of it: "Chủ tịch Quốc hội", listed as one title for the name written after it); when
                # the words before it are no title of their own ("Trưởng" of "Trưởng Ban Dân vận"), they share it
                org_start, org = inside[0]
                title_end = org_start if resources.title_re.fullmatch(text[title.start():org_start].strip()) else title.end()
                return re.sub(r"\s+", " ", text[title.start():title_end]).strip(" ,-–") or None, org.name
            orgs_after = sorted((s, o) for s, (_, o) in org_starts.items() if title.end() <= s < clause_end)
            comma = text.find(",", title.end(), clause_end)
            title_end = min([p for p in (comma, orgs_after[0][0] if orgs_after else -1) if p >= 0] + [clause_end])
            title_text = re.sub(r"\s+", " ", text[title.start():title_end]).strip(" ,-–")
            own = _OWN_COMPANY.search(title_text) if not orgs_after else None
            if own and own.start() > 0 and not _BODY_OF_ITS_OWN.search(title_text[:own.start()]):
                # "Trần Văn Lâm, Giám đốc Nhân sự Công ty": a bare "Công ty" is the company the story is about
                kind = own.group(1)[0].upper() + own.group(1)[1:]
                return title_text[:own.start()], (own_company or {}).get(re.sub(r"\s+", " ", kind))
            office = re.sub(r"\s+", " ", title.group(0)).strip()
            short = _short_name_of(title_text[len(office):].strip(), named) if not orgs_after and title_text.startswith(office) else None
            if short:
                return office, short  # "Tổng Giám đốc Intel Việt Nam": the company named in full before, by its brand
            return title_text or None, (orgs_after[0][1].name if orgs_after else None)
    return None, None


def _short_name_of(words: str, named: tuple[str, ...]) -> str | None:
    """The one organization of the article whose name holds every word of ``words``, a short name written in
    capitals ("Intel Việt Nam" for "Công ty TNHH Intel Products Việt Nam"), beyond the country alone."""
    written = words.split()
    if not written or not all(w[:1].isupper() for w in written) or not set(written) - {"Việt", "Nam"}:
        return None
    # not the body's kind ("Giám đốc Sở", "Chủ tịch Tập đoàn"): its first word is the head, no short name
    holders = [name for name in named if set(written) <= set(name.split()) and name.split()[0] != written[0]]
    return holders[0] if len(holders) == 1 else None


# "Trưởng phòng Hành chính - Nhân sự Công ty X": a company's department joins two fields with a dash, inside the title
_DEPARTMENT_DASH = re.compile(rf"(?<![\wÀ-ỹĐđ])(?:[Pp]hòng|[Bb]an|[Kk]hoa)\s+[{_UPPER}][{_LOWER}]*(?:\s+[{_LOWER}]+)?\s[-–]\s[{_UPPER}]$")


def _office_chain_end(text: str, at: int, clause_end: int, resources: PeopleResources) -> int:
    """Where the offices written after a name end: at the first comma followed by a lowercase word that is no office
    ("Trương Công Minh Hoàng, Chủ tịch CĐCS Trường Mầm non Hoa Sữa, nhà trường có 40 đoàn viên": the sentence goes
    on, and its "đoàn viên" is no office of his). Union news lists a person's offices and bodies one after another
    with commas, each capitalized ("Phó Bí thư Đảng ủy, Thành viên Hội đồng thành viên, Tổng Giám đốc Công ty X",
    "Trưởng phòng Phòng an toàn, Công ty Y"), or an occupation in lowercase ("công nhân")."""
    for comma in re.finditer(r",\s*", text[at:clause_end]):
        nxt = at + comma.end()
        if text[nxt:nxt + 1].islower() and not resources.title_re.match(text, nxt):
            return at + comma.start()
    return clause_end


_OFFICE_SEPARATOR = re.compile(r",\s*|\s+kiêm\s+")  # "Phó Bí thư Đảng ủy, Giám đốc ...", "Phó Chủ tịch kiêm Trưởng ban ..."
# "Tổng Giám đốc Tổng công ty": the corporation the story is about, not a title "Tổng Giám đốc Tổng"
# ("Giám đốc nhà máy", "Giám đốc Bệnh viện"): a factory's or a hospital's head, in the one of the story
_OWN_COMPANY = re.compile(r"\s+((?:[Tt]ổng\s+)?[Cc]ông ty|[Nn]hà máy|[Bb]ệnh viện|[Xx]í nghiệp)$")
_OWN_KINDS = ("Công ty", "Tổng công ty", "Nhà máy", "Bệnh viện", "Xí nghiệp")
# "Chủ tịch CĐCS Công ty", "Bí thư Đảng ủy Công ty": the office is in the company's union or party body, not the company
_BODY_OF_ITS_OWN = re.compile(r"(?<![\wÀ-ỹĐđ])(?:CĐCS|CĐ|[Cc]ông đoàn|[Đđ]ảng ủy|[Cc]hi bộ|[Đđ]oàn [Tt]hanh niên)(?![\wÀ-ỹĐđ])")


# the head of a department ("Trưởng phòng", "Phó Trưởng ban") names the department before its body: "Trưởng phòng
# Tổ chức Công ty X", "Trưởng ban Dân vận Tỉnh ủy X" (where the organization found is "Ban Dân vận Tỉnh ủy X")
_DEPARTMENT_HEAD = re.compile(r"(?:Phó\s+)?Trưởng\s+(?:phòng|ban|khoa)(?![\wÀ-ỹĐđ])", re.IGNORECASE)
# the department's name, two fields joined by a dash too ("Hành chính - Nhân sự")
_DEPARTMENT_NAME = re.compile(rf"\s+[{_UPPER}][\wÀ-ỹĐđ]*(?:\s+(?:[-–]\s+)?[\wÀ-ỹĐđ]+){{0,4}}\s*$")


def _title_of_department(text: str, org_start: int, resources: PeopleResources) -> str | None:
    """The title of a department's head written before the organization: with the department's name ("Trưởng phòng
    Tổ chức" before "Công ty X"), or sharing its last word with the organization ("Trưởng ban" of "Trưởng ban Dân vận
    Tỉnh ủy X", the organization read from "ban")."""
    for head in _DEPARTMENT_HEAD.finditer(text, max(0, org_start - 60), org_start + 10):
        if head.start() < org_start < head.end():
            return re.sub(r"\s+", " ", head.group(0))
        named = _DEPARTMENT_NAME.match(text[:org_start], head.end())
        if named and not re.search(r"[,;.:()]", named.group(0)):
            return re.sub(r"\s+", " ", text[head.start():org_start]).strip()
    return None
