"""Organization candidates of one sentence: each head word with the name the tail reader finds after it,
generic and collective mentions left out (``org_generic*.tsv``)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...text import new_tone_placement
from .resources import Head, OrganizationResources
from .tail import ENGLISH_LEGAL_FORMS, Candidate, read_tail
from .words import _UPPER, _LazyWords, _inside_person_name, _lookup_head, _starts_word

# what a pattern may not look at for the match of its part before the closing "$" in a prefix of the sentence to be
# a match in the whole sentence too: what comes after a position (lookaheads, word boundaries, other ends)
_LOOKS_AHEAD = re.compile(r"\\[bBZ]|\(\?[=!]|\$")


@lru_cache(maxsize=8)
def _relaxed(patterns: tuple[re.Pattern[str], ...]) -> tuple[re.Pattern[str] | None, ...]:
    """Each ``...$`` pattern (``org_generic.tsv``: text that ends right before a head) without its closing "$",
    a test that the whole sentence may hold a match ending anywhere; None for a pattern this cannot be said of."""
    relaxed: list[re.Pattern[str] | None] = []
    for pattern in patterns:
        source = pattern.pattern
        safe = source.endswith("$") and not source.endswith("\\$") and not _LOOKS_AHEAD.search(source[:-1])
        relaxed.append(re.compile(source[:-1], pattern.flags) if safe else None)
    return tuple(relaxed)


# a group (one level of nested groups inside) or a class escape, with its quantifier, at the start of a pattern
_LEADING = re.compile(r"(?:(\((?:[^()\\]|\\.|\([^()]*\))*\))|\\[sdSDwW])([?*+]|\{\d*,?\d*\})?\??")


def _without_lead(source: str) -> str | None:
    """``source`` without its leading optional groups, anchor groups (``(?:^|\\s)``) and class escapes, down to a
    literal word: a pattern that matches wherever ``source`` matches, since it is the rest of it, and that the regex
    engine looks for by that word instead of trying every position (the leading ``(?:^|\\s)`` or ``(?:Phó\\s+)?``
    hides it). None when nothing is dropped or no literal word starts the rest (a group of words to look for is no
    quicker than the pattern)."""
    rest = source
    while (lead := _LEADING.match(rest)) is not None:
        group, quantifier = lead.group(1), lead.group(2)
        if group is not None and quantifier not in ("?", "*") and "^" not in group:
            break  # a required group of words: the start to look for
        rest = rest[lead.end():]
    if rest == source or not rest[:1].isalpha() or re.search(r"\\[1-9]|\(\?P=", rest):
        return None
    return rest


@lru_cache(maxsize=8)
def _quick(patterns: tuple[re.Pattern[str], ...]) -> tuple[re.Pattern[str] | None, ...]:
    """Per relaxed pattern, a cheaper test that holds wherever it matches (``_without_lead``), or None."""
    quick: list[re.Pattern[str] | None] = []
    for pattern, relaxed in zip(patterns, _relaxed(patterns)):
        rest = _without_lead(relaxed.pattern) if relaxed is not None else None
        quick.append(re.compile(rest, pattern.flags) if rest is not None else None)
    return tuple(quick)


def _may_end_before(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[bool]:
    """Per pattern, whether it may match the text before some head of the sentence: a prefix's match of ``X$`` is
    a match of ``X`` in the whole sentence, so a sentence without one spares the search before each of its heads
    (a hot path: a pattern without a literal start is tried at every character of every prefix). The relaxed
    pattern is searched only where its cheaper ``_quick`` test (speed: a third of this check's time) matches."""
    return [relaxed is None or (quick is None or quick.search(text) is not None) and relaxed.search(text) is not None
            for relaxed, quick in zip(_relaxed(patterns), _quick(patterns))]


class _MayEndBefore:
    """``_may_end_before`` of one sentence, pattern by pattern, each answered when first asked: speed, the heads of
    most sentences are set aside before the generic words are looked at, and one generic word found before a head
    spares asking about the patterns after it."""

    def __init__(self, text: str, patterns: tuple[re.Pattern[str], ...]) -> None:
        self.text, self.relaxed, self.quick = text, _relaxed(patterns), _quick(patterns)
        self.known: dict[int, bool] = {}

    def __call__(self, index: int) -> bool:
        known = self.known.get(index)
        if known is None:
            relaxed, quick = self.relaxed[index], self.quick[index]
            known = relaxed is None or (quick is None or quick.search(self.text) is not None) \
                and relaxed.search(self.text) is not None
            self.known[index] = known
        return known


def candidates(text: str, resources: OrganizationResources) -> list[Candidate]:
    """Organization candidates of one sentence, generic ones left out."""
    found: list[Candidate] = []
    text = new_tone_placement(text)  # "Uỷ ban" matches "Ủy ban"; same length, offsets hold
    text = _department_after_head_of(text, resources)
    committees = _parliament_committees(text)
    found += committees
    found += _party_central_committee(text)
    if not resources.head_re.search(text):
        return _unit_head_candidates(text, found, resources) + _foreign_company_candidates(text, found, resources)
    possible = _MayEndBefore(text, resources.generic_before)
    pos = 0
    while True:
        match = resources.head_re.search(text, pos)
        if match is None:
            break
        inside = next((c for c in committees if c.start <= match.start(1) < c.end), None)
        if inside is not None:
            pos = inside.end
            continue  # "Quốc hội" of "Ủy ban Xã hội của Quốc hội": the committee is the body
        head = resources.heads.get(match.group(1)) or _lookup_head(match.group(1), resources)
        pos = match.end(1)
        if head is None:
            continue
        organ = resources.organ_re.match(text, match.start(1))
        if organ and resources.head_re.match(text, organ.end()):
            pos = organ.end()  # "Ban Thường vụ LĐLĐ quận X" is the LĐLĐ
            continue
        if organ and head.tail not in ("alone",):
            continue
        if match.group(1)[0].islower() and not _starts_word(text, match.start(1)) \
                and not re.search(r"(?:Trưởng|trưởng|Phó|phó)\s+$", text[:match.start(1)]):
            continue  # "thông báo Kết luận", "Ủy ban": the lowercase head is part of another word ("Trưởng ban" is a title)
        if head.name in ("Trường", "trường") and resources.school_kind_re:
            kind = resources.school_kind_re.match(text, match.end(1))
            if not kind or head.name == "trường" and not kind.group(0).lstrip()[0].isupper():
                continue  # "Trường Sa", "Ảnh: TRƯỜNG SƠN": a school's name says its kind ("Trường THCS", "Trường Đại học");
                # written in lowercase ("tại trường THPT Lê Lợi") only with its kind capitalized, not "trường mầm non"
        if " " not in match.group(1) and match.group(1).isupper() and match.group(1) not in resources.heads \
                and re.search(r"[" + _UPPER + r"]{2,}\s+$", text[:match.start(1)]):
            continue  # "NHIỆM VỤ NĂM HỌC MỚI": a head of one syllable in a headline in capitals ends another word
        if head.name == "Vụ" and re.search(r"Vụ\s+trưởng\s+$", text[:match.start(1)]):
            continue  # "Phó Vụ trưởng Vụ Tổ chức - Cán bộ": a ministry's department named only as an officer's workplace
            # is folded into its body, as a company's sub-unit is (tests/gold/CONVENTIONS.md)
        if _inside_person_name(text, match.start(1), resources):
            continue  # "ông Phan Trường Phát": a name, not the school "Trường Phát"
        before = text[: match.start(1)]
        after = text[match.end(1):]
        plural_company = head.type == "company" and _PLURAL_BEFORE.search(before)
        if not plural_company and any(possible(i) and p.search(before) for i, p in enumerate(resources.generic_before)):
            continue
        if head.type in ("union", "grassroots_union") and resources.facility_before_re.search(new_tone_placement(before)):
            continue  # "Thiết chế Công đoàn KCN Yên Phong", "Siêu thị Công đoàn Công ty X": a facility, not the union
        if head.tail != "alone" and any(p.search(after) for p in resources.generic_after) \
                and not (head.type == "cluster" and _CLUSTER_OF_MEMBERS.match(after)):
            continue
        cand = read_tail(text, match, head, _LazyWords(text, match.end(1)), resources)
        union = _union_of_an_officers_department(text, cand, resources)
        if union is not None:
            pos = union
            continue  # "Phó trưởng Ban Quan hệ lao động Tổng LĐLĐ Việt Nam": the officer's body is the federation
        if plural_company and not _proper_name(cand):
            continue  # "các công ty trên địa bàn": companies in general; "các Công ty TNHH Lạc Tỷ, ...": named ones
        if head.default and not cand.parts and cand.unit is None:
            cand.parts = [head.default]  # "Tổng LĐLĐ" alone
        if head.tail == "name" and not cand.parts and cand.unit is None and (head.type in ("government", "front")
                                                                            or head.name == "Đảng ủy"):
            cand.unit = _shared_unit(text, cand.end, resources)  # "HĐND, UBND, UBMTTQVN tỉnh": the list's unit
        if head.tail in ("name", "descriptor") and not cand.parts and cand.unit is None:
            if head.type == "federation" and not head.default and re.match(r" (?:đã |sẽ |vừa )?[a-zà-ỹđ]", text[cand.end:]):
                cand.bare = True  # "Liên đoàn Lao động phối hợp với ...": the federation of the site's place, if any
                found.append(cand)
                pos = max(pos, cand.end)
            continue  # a bare head: "Công đoàn", "tổ chức Công đoàn"
        if len(cand.parts) == 1 and cand.unit is None and cand.parts[-1] in resources.bare_heads and head.type != "school":
            pos = max(pos, cand.end)  # not "TCT Tạ Thiên Long" read again from the inner head of "Công đoàn TCT Tạ Thiên Long"
            continue  # "CĐ TCty trực thuộc", "Công đoàn Công ty": a kind of body, not one body
        if head.tail == "descriptor" and cand.unit is None and not any(p[:1].isupper() for p in cand.parts):
            continue  # "Hội đồng quản trị công ty": a description with no place is no particular body
        if head.tail == "name" and not cand.parts and cand.unit and cand.place_name is None and head.type not in (
            "government", "federation", "union", "grassroots_union", "party", "agency", "front", "association", "committee"
        ):
            continue  # the emulation council of a level ("Hội đồng Thi đua - Khen thưởng Thành phố") is the level's, as a federation is
        if head.type == "company" and found and found[-1].end <= cand.start and _NUMBERED_PLANT.fullmatch(" ".join(cand.parts)) \
                and re.fullmatch(r"\s*[-–]\s*", text[found[-1].end:cand.start]) \
                and "company" in (found[-1].head.type, _named_type(found[-1], resources)):
            pos = max(pos, cand.end)
            continue  # "Công ty TNHH Điện tử Meiko - Nhà máy số 2": the company's plant by its number, folded into it
        company = _company_of_sub_unit(text, cand, resources)
        if company is not None:
            pos = max(pos, company)
            continue  # "Trung tâm Chăm sóc khách hàng Tổng Công ty Điện lực TP.HCM": a workplace; the company is the body
        if head.type == "zone":
            pos = max(pos, cand.end)
            continue  # "Khu công nghiệp Phúc Sơn": a place where bodies are; its union or board is the body
        found.append(cand)
        if cand.inner_start is not None and head.type == "cluster":
            pos = cand.inner_start  # the nested organization is an organization too
        else:
            pos = max(pos, cand.end)
    found += _unit_head_candidates(text, found, resources)
    found += _foreign_company_candidates(text, found, resources)
    found.sort(key=lambda cand: cand.start)
    _share_listed_place(text, found)
    return found


# the committees of the National Assembly: "Ủy ban Xã hội của Quốc hội", "Ủy ban Tài chính, Ngân sách của Quốc hội",
# "Hội đồng Dân tộc của Quốc hội", and its standing committee "Ủy ban Thường vụ Quốc hội"
_PARLIAMENT_COMMITTEE = re.compile(
    r"(?<![\wÀ-ỹĐđ])(?:(?:Ủy\s+ban|Hội\s+đồng)\s+[A-ZĐÀ-Ỹ][\wÀ-ỹĐđ]*(?:(?:\s+|,\s*)(?!Quốc\s|Ủy\s|Hội\s+đồng)[\wÀ-ỹĐđ]+){0,7}?\s+của"
    r"|Ủy\s+ban\s+[Tt]hường\s+vụ)\s+Quốc\s+hội(?![\wÀ-ỹĐđ])")
_COMMITTEE_HEADS = {head: Head(surface=head, name=head, type="government", tail="name") for head in ("Ủy ban", "Hội đồng")}


def _parliament_committees(text: str) -> list[Candidate]:
    """The National Assembly's committees, each a body of its own (development gold2 other_012): the words after
    "Ủy ban" up to "của Quốc hội" are the committee's field, joined by commas and "và"."""
    found = []
    for match in _PARLIAMENT_COMMITTEE.finditer(text):
        written = match.group(0)
        if re.search(r"[.;:()“”]|\s(?:đã|sẽ|và\s+các)\s", written):
            continue
        head = _COMMITTEE_HEADS["Ủy ban" if written.startswith("Ủy") else "Hội đồng"]
        rest = re.sub(r"\s+", " ", written[len(head.name):].strip())
        found.append(Candidate(match.start(), match.end(), head, [rest]))
    return found


# "Ủy viên Trung ương Đảng": a member of the Party's Central Committee, the body union news names for its leaders'
# first office (development gold2 nld_011, nld_018, gold other_012); "Bí thư Trung ương Đảng" is one office, no body,
# and "các đồng chí Ủy viên Trung ương Đảng: ..." introduces a list of office holders
_CENTRAL_COMMITTEE = re.compile(r"(?<=[Ủủ]y\sviên\s)(?:dự\s+khuyết\s+)?(Trung\s+ương\s+Đảng)(?![\wÀ-ỹĐđ])(?!\s*:)")
_CENTRAL_HEAD = Head(surface="Trung ương Đảng", name="Trung ương Đảng", type="party", tail="alone")


def _party_central_committee(text: str) -> list[Candidate]:
    return [Candidate(m.start(1), m.end(1), _CENTRAL_HEAD, []) for m in _CENTRAL_COMMITTEE.finditer(text)]


# an officer of a department ("Trưởng Ban", "Phó trưởng ban", "lãnh đạo Ban"), also the next department of a list
# that "lãnh đạo" opens ("lãnh đạo Ban Tuyên giáo Tổng LĐLĐ Việt Nam, Ban Chính sách pháp luật ... LĐLĐ thành phố")
_OFFICER_BEFORE = re.compile(r"(?:(?<![\wÀ-ỹĐđ])[Tt]rưởng|(?<![\wÀ-ỹĐđ])[Ll]ãnh\s+đạo|[Ll]ãnh\s+đạo\s+[Bb]an\s[^.;:()“”]*,)\s*$")
_DEPARTMENT_HEADS = ("Ban", "ban", "Ban Tuyên giáo", "Ban Tổ chức", "Ban Nữ công")
_UNION_TYPES = ("federation", "union", "grassroots_union")


def _union_of_an_officers_department(text: str, cand: Candidate, resources: OrganizationResources) -> int | None:
    """Where the union body begins whose department is named only as an officer's workplace: "Trưởng Ban Tuyên giáo
    LĐLĐ TP HCM", "Phó trưởng Ban Quan hệ lao động - Tổng LĐLĐ Việt Nam", "lãnh đạo Ban Tuyên giáo Tổng LĐLĐ". A union
    federation's department is part of it (tests/gold/CONVENTIONS.md: a sub-unit named only as a person's workplace
    is folded into its body), so the federation is the body and the department no body of its own. A department
    that acts ("Ban Nữ công Tổng LĐLĐ Việt Nam nhận Bằng khen") is a body; so is a party committee's department
    ("Trưởng ban Dân vận Tỉnh ủy"), whose parent is no union. None when the rule does not apply."""
    if cand.head.name not in _DEPARTMENT_HEADS or not _OFFICER_BEFORE.search(text[:cand.start]):
        return None
    if cand.inner_start is not None:
        at = cand.inner_start
    else:
        # the department's own lowercase words may be left after the name read ("Quan hệ lao động", "Ban Chính sách
        # pháp luật và Quan hệ lao động"): the union follows them
        gap = re.match(r"(?:\s+[a-zà-ỹđ]+){0,3}\s*(?:[-–,]\s*|của\s+)?", text[cand.end:])
        at = cand.end + gap.end()
    inner = resources.head_re.match(text, at)
    head = inner and (resources.heads.get(inner.group(1)) or _lookup_head(inner.group(1), resources))
    return at if head and head.type in _UNION_TYPES else None


def _share_listed_place(text: str, found: list[Candidate]) -> None:
    """"Sở Nội vụ, Sở Tài chính và Sở Y tế tỉnh Bắc Ninh": a list of state departments of one head names the place
    once, after the last; the earlier ones are the same province's (union news lists its partners this way), also when
    the last names its unit alone ("Công đoàn ngành Y tế và Công đoàn Viên chức thành phố"). A body
    named with the country is the national one ("Bảo hiểm xã hội Việt Nam, BHXH tỉnh Nghệ An"), not the province's, and one
    named with its region is the region's ("BHXH khu vực XII và BHXH tỉnh Nghệ An")."""
    for cand, nxt in reversed(list(zip(found, found[1:]))):
        if (cand.unit is None and nxt.unit and (nxt.place_name or nxt.unit not in ("phường", "xã", "thị trấn", "đặc khu"))
                and cand.parts and cand.parts[-1] != "Việt Nam" and not re.match(r"(?:khu vực|cơ sở) ", cand.parts[-1])
                and _LIST_GAP.fullmatch(text[cand.end:nxt.start])
                and (cand.head.name == nxt.head.name and cand.head.type in ("government", "department")
                     or _sector_union(cand) and _sector_union(nxt))):
            cand.unit, cand.place_name = nxt.unit, nxt.place_name


def _sector_union(cand: Candidate) -> bool:
    """"Công đoàn Giáo dục", "Công đoàn ngành Y tế": a province's sector union, named by its sector alone (a
    capitalized word of one to three syllables), which a list of them writes once after the last
    ("Công đoàn Giáo dục, Công đoàn Y tế tỉnh X"); not a company's union nor a national one ("Công đoàn Dệt May Việt Nam")."""
    sector = [p for p in cand.parts if p != "ngành"]
    return (cand.head.type == "union" and cand.inner_start is None and len(sector) == 1 and sector[0][:1].isupper()
            and len(sector[0].split()) <= 3 and "Việt Nam" not in sector[0])


# A foreign company written without "Công ty", by its name and its English legal form ("Hana Micron Vina Co., Ltd",
# "Samil Vina JSC") or by a name that ends in "Vina" ("Keo Hwa Vina", as the development gold lists it, other_051):
# the words are foreign (no Vietnamese letter), each capitalized
_FOREIGN_COMPANY = re.compile(
    r"(?<![\wÀ-ỹĐđ&\-])((?:[A-Z][A-Za-z0-9&\-]*\s+){0,4}[A-Z][A-Za-z0-9&\-]*)"
    r"(?:\s+(Vina)|\s*,?\s+(?:" + ENGLISH_LEGAL_FORMS + r"))(?![\wÀ-ỹĐđ])")


# ... or by its foreign name and the country it works in, and the province of its plant ("Samsung Display Việt Nam",
# "LG Innotek Việt Nam Hải Phòng", "Ford Vietnam Limited"): one to four foreign words (no Vietnamese letter), one at
# least not written in capitals alone, after no other capitalized word ("Dệt May Việt Nam" is a Vietnamese name)
_FOREIGN_IN_VIETNAM = re.compile(
    r"(?<![\wÀ-ỹĐđ&\-])((?:[A-Z][A-Za-z0-9&\-]*\s+){0,3}[A-Z][A-Za-z0-9&\-]*)\s+(?:Việt\s+Nam|Vietnam)(?![\wÀ-ỹĐđ])")
_FOREIGN_LIMITED = re.compile(r"\s+Limited(?![\wÀ-ỹĐđ])")


_NUMBERED_PLANT = re.compile(r"(?:số\s+)?\d{1,2}")


def _named_type(cand: Candidate, resources: OrganizationResources) -> str | None:
    """The kind of the body a candidate's words name: "Công đoàn Công ty X" names a company's union."""
    inner = resources.head_re.search(" ".join(cand.parts)) if cand.parts else None
    head = inner and (resources.heads.get(inner.group(1)) or _lookup_head(inner.group(1), resources))
    return head.type if head else None


def _capitalized_word_before(text: str, pos: int) -> bool:
    before = re.search(r"(\S+)\s+$", text[max(0, pos - 40):pos])
    return bool(before and before.group(1)[0].isupper() and before.group(1)[-1].isalnum())


def _foreign_company_candidates(text: str, found: list[Candidate], resources: OrganizationResources) -> list[Candidate]:
    head = resources.heads.get("Công ty")
    extra: list[Candidate] = []
    if head is None:
        return extra
    for match in _FOREIGN_COMPANY.finditer(text):
        if any(c.start <= match.start() < c.end or match.start() <= c.start < match.end() for c in found):
            continue  # "Công ty TNHH Pou Yuen Vina": read with its head
        written = re.sub(r"\s+", " ", text[match.start():match.end()])
        extra.append(Candidate(match.start(), match.end(), head, [written]))
    for match in _FOREIGN_IN_VIETNAM.finditer(text):
        words = match.group(1).split()
        if any(c.start <= match.start() < c.end or match.start() <= c.start < match.end() for c in found + extra) \
                or _capitalized_word_before(text, match.start()) \
                or all(w.isupper() for w in words) or any(resources.head_re.fullmatch(w) or w in resources.abbreviations for w in words):
            continue  # "Công ty TNHH Pou Yuen Việt Nam": read with its head; "Tập đoàn Dệt May Việt Nam"; "UBMTTQ Việt Nam"
        end = match.end()
        place = re.match(r"\s+", text[end:]) and resources.place_re.match(text, end + 1)
        if place:
            end = place.end()  # "LG Innotek Việt Nam Hải Phòng": the plant's province
        limited = _FOREIGN_LIMITED.match(text, end)
        if limited:
            end = limited.end()
        written = re.sub(r"\s+", " ", text[match.start():end])
        extra.append(Candidate(match.start(), end, head, [written]))
    return extra


def _unit_head_candidates(text: str, found: list[Candidate], resources: OrganizationResources) -> list[Candidate]:
    """Bodies named by a word that is a body only with its unit and place ("Công an tỉnh Bắc Ninh", the provincial
    police, whom union news thanks and works with); inside another body's name ("Bộ Công an") they are no body."""
    extra: list[Candidate] = []
    if resources.unit_head_re is None:
        return extra
    for match in resources.unit_head_re.finditer(text):
        if any(c.start <= match.start(1) < c.end for c in found):
            continue  # "Báo Công an thành phố Hồ Chí Minh": a name that holds the words
        cand = read_tail(text, match, resources.unit_heads[match.group(1)], _LazyWords(text, match.end(1)), resources)
        if cand.unit and (cand.place_name or cand.unit not in ("phường", "xã", "thị trấn", "đặc khu")):
            extra.append(cand)  # "Thanh tra tỉnh": the province's, when the article names it (merge completes or drops)
    return extra


def _department_after_head_of(text: str, resources: OrganizationResources) -> str:
    """"Trưởng phòng Lao động - Thương binh và Xã hội huyện X", "Phó trưởng phòng Nội vụ quận Y": union news writes the
    department of a head's title in lowercase; a state sector and a unit after it make it the public department
    "Phòng"/"Ban" of that district or province (a company's "phòng Kỹ thuật" is no body of its own). Same length."""
    for match in _DEPARTMENT_AFTER_HEAD_OF.finditer(text):
        at = match.end()
        sector = (resources.sector_re.match(text, at) if resources.sector_re else None) or _ONE_WORD_SECTOR.match(text, at)
        if sector and re.match(r"\s+", text[sector.end():]) and resources.unit_re.match(text, sector.end() + 1) \
                and not resources.head_re.match(text, sector.end() + 1):
            text = text[:match.start()] + text[match.start()].upper() + text[match.start() + 1:]
    return text


_DEPARTMENT_AFTER_HEAD_OF = re.compile(r"(?<=[Tt]rưởng\s)[pb](?:hòng|an)\s+(?=[A-ZĐÀ-Ỹ])")
_ONE_WORD_SECTOR = re.compile(r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+[a-zđà-ỹ][\wÀ-ỹ]*(?![\wÀ-ỹ])")  # "Nội vụ", "Tài chính", "Y tế"


# "Khối thi đua các doanh nghiệp Nhà nước thành phố X", "Khối thi đua các Công đoàn ngành trực thuộc Tổng LĐLĐ": an
# emulation cluster is named by the kind of its members, so its "các" is no plural of clusters ("các cấp" still is)
_CLUSTER_OF_MEMBERS = re.compile(r"\s+các\s+(?!cấp(?![\wÀ-ỹĐđ]))")

# "các" / "những" before a company that the text names ("tại các Công ty TNHH Lạc Tỷ, Công ty TNHH Dinsen"): the
# plural counts the named companies of a list, each a body of its own
_PLURAL_BEFORE = re.compile(r"(?:^|\s)(?:các|những)\s*$", re.IGNORECASE)
_LEGAL_FORM_WORDS = frozenset("tnhh mtv cp ctcp cổ phần trách nhiệm hữu hạn một thành viên".split())  # case-folded


def _proper_name(cand: Candidate) -> bool:
    """The company's name holds a capitalized word past its legal form (not only "Công ty TNHH")."""
    return any(word[:1].isupper() and word.casefold() not in _LEGAL_FORM_WORDS for part in cand.parts for word in part.split())


_BEFORE_COMPANY = re.compile(r"\s*,\s*|\s+(?:của|thuộc)\s+")


def _company_of_sub_unit(text: str, cand: Candidate, resources: OrganizationResources) -> int | None:
    """Where the company of a sub-unit named with it begins: inside its name ("Xí nghiệp Bao bì Liksin Tổng Công
    ty Liksin") or after a comma ("Phòng Kỹ thuật, Công ty Truyền tải điện 4"); the end of the sub-unit when its
    company is the article's own ("Trung tâm Dịch vụ khách hàng của công ty"). None for a sub-unit named alone or
    with a place (``Trung tâm Y tế quận``: a public body)."""
    if cand.head.name not in resources.sub_units:
        return None

    def company_at(pos: int) -> bool:
        inner = resources.head_re.match(text, pos)
        head = inner and (resources.heads.get(inner.group(1)) or _lookup_head(inner.group(1), resources))
        return bool(head and head.type == "company" and head.name not in resources.sub_units)

    # "Xí nghiệp Liên doanh Vietsovpetro": the joint venture is the enterprise's own kind, not a company it belongs to
    inside = next((m.start(1) for m in resources.head_re.finditer(text, cand.start + 1, cand.end)
                   if company_at(m.start(1)) and m.group(1) != "Liên doanh"), None)
    if inside is not None or cand.unit is not None:
        return inside
    after = _BEFORE_COMPANY.match(text, cand.end)
    listed = resources.alias_head_re.match(text, after.end()) if after and resources.alias_head_re else None
    if after and company_at(after.end()) and not (listed and "," in after.group(0)):
        # "Trung tâm Thông tin Điện lực, EVN phát động": a group written by its initials after a comma is the next body
        # of a list, not the company of the sub-unit
        return after.end()
    if after and "," not in after.group(0) and re.match(r"(?:tổng\s+)?công\s+ty(?![\wÀ-ỹĐđ])", text[after.end():]):
        return cand.end
    return None


_LIST_GAP = re.compile(r"\s*(?:,|và)\s*")
# a second office of one person between two bodies of one level: "Bí thư Đảng ủy, Chủ tịch HĐND phường X" (since the
# 2025 reform a ward's party secretary often chairs its council too)
_OFFICE_GAP = re.compile(r"\s*,\s*(?:[Pp]hó\s+)?(?:[Cc]hủ\s+tịch|[Bb]í\s+thư)\s+")
_FRONT_COUNTRY = re.compile(r"\s+(?:Việt\s+Nam|VN)(?![\wÀ-ỹĐđ])")


def _shared_unit(text: str, pos: int, resources: OrganizationResources) -> str | None:
    """The unit that closes a list of bodies written by their heads alone ("Tỉnh ủy, HĐND, UBND, UBMTTQVN tỉnh": the
    province's council, committee and front); None when the list names no unit."""
    while True:
        gap = _OFFICE_GAP.match(text, pos) or _LIST_GAP.match(text, pos)
        head = gap and resources.head_re.match(text, gap.end())
        if not head:
            return None
        pos = head.end(1)
        front = _FRONT_COUNTRY.match(text, pos)
        if front and (resources.heads.get(head.group(1)) or _lookup_head(head.group(1), resources) or head).type == "front":
            pos = front.end()  # "HĐND, UBND, Ủy ban MTTQ Việt Nam huyện X": the Front's committee carries the country
        unit = re.match(r"\s+", text[pos:]) and resources.unit_re.match(text, pos + 1)
        if unit and not resources.head_re.match(text, pos + 1):
            written = unit.group(0).lower()
            return resources.units.get(written) or resources.units.get(written.rstrip(".")) or written.rstrip(".")
        if re.match(r"\s+[\wÀ-ỹĐđ]", text[pos:]):
            return None  # the next body has a name of its own: no list of bare heads
