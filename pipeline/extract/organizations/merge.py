"""Assembling an article's organizations: places completed from the article and the site, short forms,
parenthesised aliases and listed bodies merged, one ``Organization`` per distinct body."""
from __future__ import annotations

import re

from ...records import Article, Organization, Sentence, Span
from ...text import new_tone_placement
from ...urls import MIRROR_PREFIXES, host_of
from .candidates import candidates as _candidates
from .resources import _NOT_WORD_AFTER, _NOT_WORD_BEFORE, OrganizationResources, split_place
from .tail import Candidate, _cluster_descriptor
from .words import _UPPER, _lookup_head, _person_at

def _article_places(article_text: str, resources: OrganizationResources) -> dict[str, str]:
    """First named place of each unit in the article (``quận`` -> ``Thanh Xuân``), for bare units."""
    places: dict[str, str] = {}
    for match in resources.place_re.finditer(article_text):
        before = article_text[max(0, match.start() - 12): match.start()]
        unit = re.search(r"(thành phố|tỉnh|quận|huyện|thị xã|TP\.?)\s*$", before, re.IGNORECASE)
        if unit:
            written = unit.group(1).lower()
            canonical = resources.units.get(written, resources.units.get(written.rstrip("."), written))
            places.setdefault(canonical, match.group(1))
    for match in resources.alias_re.finditer(article_text):
        unit, name = split_place(resources.aliases[match.group(1)])
        places.setdefault(unit, name)
    # a unit the article never writes with its name: the place it names most often of that rank
    counts: dict[str, dict[str, int]] = {}
    for match in resources.place_re.finditer(article_text):
        kind = resources.place_kinds.get(match.group(1), "")
        counts.setdefault(kind, {}).setdefault(match.group(1), 0)
        counts[kind][match.group(1)] += 1
    for unit, kind in (("tỉnh", "province"), ("thành phố", "province"), ("quận", "district"), ("huyện", "district"), ("thị xã", "district")):
        named = {
            place: count for place, count in counts.get(kind, {}).items()
            # a province-level place completes only its own unit ("Sở Y tế Hà Nội": the bare "thành phố" is Hà Nội)
            if kind != "province" or resources.province_units.get(place, unit) == unit
        }
        if unit not in places and named:
            places[unit] = max(named.items(), key=lambda item: item[1])[0]
    return places


_LEVEL_UNITS = {"Thành ủy": "thành phố", "Tỉnh ủy": "tỉnh", "Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã", "Thành đoàn": "thành phố",
                "Tỉnh đoàn": "tỉnh", "Huyện đoàn": "huyện", "Quận đoàn": "quận"}


def _name(cand: Candidate, place_name: str | None) -> str:
    name = cand.base
    if cand.head.tail == "level":
        written_unit = " " + cand.unit if cand.unit and cand.unit_written else ""  # "Thành ủy TP HCM"
        name = cand.head.name + written_unit + (" " + place_name if place_name else "")
    elif cand.unit:
        name += " " + cand.unit + (" " + place_name if place_name else "")
    name = re.sub(r"\s+", " ", name).strip()
    return new_tone_placement(name[0].upper() + name[1:]) if name else name


def _a_program_through_its_fund(cand: Candidate, resources: OrganizationResources) -> bool:
    """"Quỹ Mái ấm Công đoàn" (also "... quận Long Biên", a district's) names the union program, a campaign (FORMAT.md),
    not a body: a fund whose name, with or without its place, is one of the gazetteer's programs."""
    return cand.head.type == "fund" and " ".join(_name_of_parts(cand.parts).casefold().split()) in resources.fund_programs


def _type(cand: Candidate) -> str:
    if cand.head.type == "union" and any(p.startswith(("Công ty", "Tổng Công ty", "Trường", "Bệnh viện", "Nhà máy")) for p in cand.parts):
        return "grassroots_union"
    return cand.head.type


def _shouting(name: str) -> bool:
    return any(len(word) > 2 and word.isupper() and word.isalpha() for word in name.split()[2:])


def _name_of_parts(parts: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(parts)).strip()


def _name_key(name: str) -> str:
    """How an article's bodies are told apart: in any case, "CĐ ngành Công Thương" = "CĐ Công Thương", and "Công đoàn
    KCX-KCN TP HCM" = "Công đoàn các KCX-KCN TP HCM" (a headline drops the "các" of the zones' union)."""
    return re.sub(r"\bcác\s+(?=khu\s)", "", re.sub(r"\bngành\s+", "", name.casefold()))


def _alias_mentions(sentences, aliases: dict[str, tuple[str, str]], by_key: dict[str, dict], order: list[str], resources) -> None:
    """A short name given in parentheses, written alone later, is a mention of what it stands for."""
    for alias, (target, org_type) in aliases.items():
        pattern = re.compile(_NOT_WORD_BEFORE + re.escape(alias) + _NOT_WORD_AFTER)
        key = _name_key(target)
        for sentence in sentences:
            for match in pattern.finditer(sentence.text):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                if any(m.start <= start < m.end for entry in by_key.values() for m in entry["mentions"]):
                    continue
                span = Span(sentence.index, start, end, match.group(0))
                if key not in by_key:
                    by_key[key] = {"name": target, "surface": match.group(0), "type": _type_of(target, resources) or org_type,
                                   "place": None, "parent": None, "mentions": [span]}
                    order.append(key)
                else:
                    by_key[key]["mentions"].append(span)


def _expand_aliases_in_names(by_key: dict[str, dict], aliases: dict[str, tuple[str, str]]) -> None:
    """A short name defined in brackets, used later inside another body's name, is written out there ("Ban Tuyên giáo
    CĐVC VN" after "Công đoàn Viên chức Việt Nam (CĐVC VN)"; FORMAT: no unexpanded abbreviation in a name). The
    name holds "VN" already written out as "Việt Nam"."""
    for alias, (target, _) in aliases.items():
        if not alias.isupper():
            continue  # "Sagri", "Vietcombank": a brand, which names the body as it is
        written = {alias, re.sub(r"(?<![\wÀ-ỹĐđ])VN$", "Việt Nam", alias)}
        pattern = re.compile(_NOT_WORD_BEFORE + "(?:" + "|".join(map(re.escape, sorted(written, key=len, reverse=True)))
                             + ")" + _NOT_WORD_AFTER)
        for entry in by_key.values():
            if entry["name"] != target and target not in entry["name"]:
                entry["name"] = pattern.sub(target, entry["name"])


# the company's head written by its office or its board ("Giám đốc Công ty", "Ban Giám đốc Công ty", "Tổng giám đốc Tổng
# công ty"): the office is a person's or the board's, the body it heads is the company itself
_COMPANY_OFFICES = r"(?:Phó\s+)?(?:[Tt]ổng\s+)?[Gg]iám\s+đốc|[Bb]an\s+[Gg]iám\s+đốc|[Bb]an\s+[Tt]ổng\s+[Gg]iám\s+đốc|[Bb]an\s+lãnh\s+đạo"
_COMPANY_UNION = re.compile(
    rf"(?<![\wÀ-ỹĐđ])(Công đoàn|công đoàn|CĐ|Đảng ủy|Đoàn Thanh niên|Hội Cựu chiến binh|{_COMPANY_OFFICES})\s+(?:(Tổng\s+[Cc]ông\s+ty|tổng\s+công\s+ty|TCT|TCty)|([Cc]ông\s+ty|Cty|cty)"
    rf"|([Tt]ập\s+đoàn))(?![\wÀ-ỹĐđ])(?!\s*(?:[0-9(]|mẹ|cổ phần|trách nhiệm|liên doanh|con(?![\wÀ-ỹĐđ])))")
_COMPANY_NAME = re.compile(r"(?:Công đoàn (?:cơ sở )?)?((Tổng [Cc]ông ty|Công ty|Tập đoàn) .+)")
# the company itself written by its kind alone, as the subject opening a clause ("Để hỗ trợ người lao động, Công ty đã hỗ
# trợ tiền nhà trọ ...", "Tập đoàn cũng trao 500 suất quà"): the kind capitalized, a lowercase word after it that is no
# legal form; the same groups as _COMPANY_UNION, the body word empty (the company itself). Also as the agent of a passive,
# the owner or the doer after "do" ("18 tập thể được Tập đoàn tặng Bằng khen", "Bằng khen của Tổng công ty")
_BARE_COMPANY = re.compile(r"(?:^|(?<=[,;:.]\s)|(?<=\sđược\s)|(?<=\scủa\s)|(?<=\sdo\s))()(?:(Tổng\s+công\s+ty)|(Công\s+ty)|(Tập\s+đoàn))"
                           r"(?=\s+(?!(?:cổ|trách|liên|mẹ|con|TNHH|CP|MTV)(?![\wÀ-ỹĐđ]))[a-zà-ỹđ])")
# the company's own bodies written by its kind: its union, its party committee, its youth union
_COMPANY_BODIES = {"công đoàn": ("Công đoàn", "grassroots_union"), "cđ": ("Công đoàn", "grassroots_union"),
                   "đảng ủy": ("Đảng ủy", "party"), "đoàn thanh niên": ("Đoàn Thanh niên", "association"),
                   "hội cựu chiến binh": ("Hội Cựu chiến binh", "association")}


def _company_body(written: str) -> tuple[str, str]:
    """The body a word before a company's kind names: its union, party committee, youth union, or (for its head's office
    or board) the company itself, named with no word before it."""
    return _COMPANY_BODIES.get(written.casefold()) or ("", "company")


def _add_mention(by_key: dict[str, dict], order: list[str], key: str, span: Span, name: str, body_type: str,
                 parent: str | None) -> None:
    """A mention found after the names were read (a body written by its kind alone: "Công đoàn Công ty", "Công đoàn
    Bộ"): kept in text order with the body's others, its first one the surface; a body not listed yet is added."""
    if key not in by_key:
        by_key[key] = {"name": name, "surface": span.text, "type": body_type, "place": None, "parent": parent,
                       "mentions": [span]}
        order.append(key)
    else:
        by_key[key]["mentions"] = sorted(by_key[key]["mentions"] + [span], key=lambda m: m.start)
        by_key[key]["surface"] = by_key[key]["mentions"][0].text


_CAPITAL_AFTER = re.compile(rf"\s*[{_UPPER}]")


def _company_kind(written: str) -> str:
    """"tổng" (Tổng công ty, TCT), "tập đoàn" or "công ty": the kinds a company's union is written by."""
    folded = written.casefold()
    return "tổng" if folded.startswith(("tổng", "tct")) else "tập đoàn" if folded.startswith("tập") else "công ty"


def _company_union_mentions(sentences, by_key: dict[str, dict], order: list[str], resources: OrganizationResources) -> None:
    """"Công đoàn công ty", "CĐ Tổng công ty", "Công đoàn Tập đoàn" (the kind of body with no name after it, or with the
    name of the person who chairs it) is the union of the company the article names: the last one of that kind named
    before it, else the first one after. Union news writes a company's own union so once the company is named ("Chủ
    tịch CĐ công ty" after "Công ty CP Kinh doanh địa ốc Him Lam"); so its party committee and youth union ("Đảng ủy
    Tập đoàn", "Đoàn Thanh niên Công ty", "Hội Cựu chiến binh Tập đoàn")."""
    named: list[tuple[int, str, str]] = []  # (where, its kind, company name)
    for key in order:
        company = _COMPANY_NAME.fullmatch(by_key[key]["name"])
        if company and by_key[key]["type"] in ("company", "union", "grassroots_union"):
            named += [(span.start, _company_kind(company.group(2)), company.group(1)) for span in by_key[key]["mentions"]]
    if not named:
        return
    taken = [(m.start, m.end) for entry in by_key.values() for m in entry["mentions"]]
    for sentence in sentences:
        for match in (*_COMPANY_UNION.finditer(sentence.text), *_BARE_COMPANY.finditer(sentence.text)):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(a <= start < b for a, b in taken) or any(p.search(sentence.text[:match.start()]) for p in resources.generic_before):
                continue
            capital = _CAPITAL_AFTER.match(sentence.text, match.end())
            if capital and not _person_at(sentence.text, capital.end() - 1, resources):
                continue  # "Công đoàn Công ty May 10" has a name of its own; "Chủ tịch Công đoàn Công ty Trần Văn Tài": a person
            kind = "tổng" if match.group(2) else "tập đoàn" if match.group(4) else "công ty"
            same_kind = [(where, name) for where, total, name in named if total == kind]
            before = [item for item in same_kind if item[0] < start]
            after = [item for item in same_kind if item[0] > start]
            if not (before or after):
                continue
            company = max(before)[1] if before else min(after)[1]
            body, body_type = _company_body(match.group(1))
            name = (body + " " + company).strip()
            if not body:  # "Giám đốc Công ty": the mention is the company's, its office is no part of it
                start = sentence.start + match.start(match.lastindex)
            key = _name_key(name)
            longer = [k for k in by_key if k.startswith(key + " ") and by_key[k]["name"].startswith(body + " ")]
            if key not in by_key and len(longer) == 1:
                key = longer[0]  # "Công đoàn TCT" after "TCTHK" and "Công đoàn TCTHK VN": the union named in full
            span = Span(sentence.index, start, end, sentence.text[start - sentence.start:end - sentence.start])
            _add_mention(by_key, order, key, span, name, body_type, company if body else None)


# "Công đoàn Bộ", "Đảng ủy Bộ": a ministry's own body written with the bare word "Bộ" (not "Bộ đội", "Bộ phận", nor a
# ministry named after it)
_MINISTRY_BODY = re.compile(rf"(?<![\wÀ-ỹĐđ])(Công đoàn|CĐ|Đảng ủy|Đoàn Thanh niên)\s+Bộ(?![\wÀ-ỹĐđ])"
                            rf"(?!\s*(?:[{_UPPER}0-9(]|đội|phận|máy|môn|ngành|trưởng))")
# a ministry in a body's name: "Công đoàn Bộ Tài chính", "Bộ Lao động - Thương binh và Xã hội"
_MINISTRY_IN_NAME = re.compile(rf"(?:^|(?<= ))Bộ\s+(?!Chính trị|Chỉ huy|Tư lệnh|Quốc phòng\b.*Bộ)[{_UPPER}].*$")
_NOT_MINISTRIES = ("Bộ Chính trị", "Bộ Chỉ huy", "Bộ Tư lệnh", "Bộ đội")


def _ministry_body_mentions(sentences, by_key: dict[str, dict], order: list[str]) -> None:
    """"Công đoàn Bộ cũng phối hợp ..." after "Công đoàn Bộ Tài chính": a ministry's own union, party committee or youth
    union written with the bare word "Bộ" is the one of the ministry the article names, when it names one alone (as
    "Công đoàn Công ty" is the union of the article's company)."""
    ministries = {m.group(0) for entry in by_key.values() for m in [_MINISTRY_IN_NAME.search(entry["name"])] if m
                  and not m.group(0).startswith(_NOT_MINISTRIES)}
    if len(ministries) != 1:
        return
    ministry = ministries.pop()
    taken = [(m.start, m.end) for entry in by_key.values() for m in entry["mentions"]]
    for sentence in sentences:
        for match in _MINISTRY_BODY.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(a <= start < b for a, b in taken):
                continue
            body, body_type = _COMPANY_BODIES[match.group(1).casefold()]
            name = f"{body} {ministry}"
            key = _name_key(name)
            span = Span(sentence.index, start, end, match.group(0))
            _add_mention(by_key, order, key, span, name, "union" if body_type == "grassroots_union" else body_type, ministry)


# "Công đoàn ngành" with no sector after it (a lowercase word, a comma, the end): not "các cấp công đoàn ngành", which
# is lowercase, nor "các Công đoàn ngành" (every sector's)
_BARE_SECTOR_UNION = re.compile(rf"(?<![\wÀ-ỹĐđ])(?<!các )(?<!Các )Công\s+đoàn\s+ngành(?![\wÀ-ỹĐđ])(?!\s*[{_UPPER}0-9(])")


def _sector_union_mentions(sentences, by_key: dict[str, dict], order: list[str]) -> None:
    """"Tại hội nghị, Công đoàn ngành đã khen thưởng 45 tập thể" after "Công đoàn ngành Giáo dục Hà Nội": the sector's
    union written without its sector is the one the article names, when it names one alone (as "Công đoàn Bộ" is the
    union of the article's ministry)."""
    sector_unions = [key for key in order if by_key[key]["name"].startswith("Công đoàn ngành ")]
    if len(sector_unions) != 1:
        return
    key = sector_unions[0]
    taken = [(m.start, m.end) for entry in by_key.values() for m in entry["mentions"]]
    for sentence in sentences:
        for match in _BARE_SECTOR_UNION.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if not any(a <= start < b for a, b in taken):
                _add_mention(by_key, order, key, Span(sentence.index, start, end, match.group(0)), by_key[key]["name"],
                             by_key[key]["type"], by_key[key]["parent"])


_OFFICE_BODY = re.compile(r"(.+?) cơ quan")
_OFFICE_OF = re.compile(rf"(?<![\wÀ-ỹĐđ])cơ\s+quan\s+(?=[{_UPPER}])")


def _office_bodies(text: str, by_key: dict[str, dict], order: list[str], resources: OrganizationResources) -> None:
    """"Công đoàn cơ quan", "Đảng ủy cơ quan", "Đoàn Thanh niên cơ quan" written without the agency are the bodies of the
    agency the article names so ("Công đoàn cơ quan Sở Y tế Hà Nội", "cán bộ cơ quan LĐLĐ Thành phố"): union news
    writes the agency once and its union, party committee and youth union by their kind after. Named so when the
    article names one agency; left out otherwise (no particular body)."""
    bare = [key for key in order if _OFFICE_BODY.fullmatch(by_key[key]["name"])]
    if not bare:
        return
    agencies = {by_key[key]["name"].split(" cơ quan ", 1)[1] for key in order if " cơ quan " in by_key[key]["name"]}
    for match in _OFFICE_OF.finditer(text):
        inner = resources.head_re.match(text, match.end())
        if inner:
            agency = next((by_key[key]["name"] for key in order if any(m.start == match.end() for m in by_key[key]["mentions"])), None)
            agencies.add(agency) if agency else None
    agencies = {a for a in agencies if not any(other.startswith(a + " ") for other in agencies)}  # a headline's short form
    for key in bare:
        body = _OFFICE_BODY.fullmatch(by_key[key]["name"]).group(1)
        if len(agencies) != 1:
            order.remove(key)
            del by_key[key]
            continue
        name = f"{body} cơ quan {next(iter(agencies))}"
        full = _name_key(name)
        if full in by_key:
            _fold(by_key, order, key, full)
        else:
            by_key[full] = dict(by_key.pop(key), name=name)
            order[order.index(key)] = full


def _type_of(name: str, resources: OrganizationResources) -> str | None:
    match = resources.head_re.match(name)
    head = resources.heads.get(match.group(1)) if match else None
    return head.type if head else None


_LIST_OF_UNITS = re.compile(r"\s+các\s+(quận|huyện|tỉnh|thành phố|thị xã)\s*:?\s*")
_LISTED_PLACE = re.compile(rf"(?:(quận|huyện|tỉnh|thành phố|thị xã)\s+)?"  # "các quận Bình Tân, huyện Củ Chi và huyện Hóc Môn"
                           rf"([{_UPPER}][\wÀ-ỹĐđ]*(?:\s+[{_UPPER}][\wÀ-ỹĐđ]*){{0,2}}|\d{{1,2}})(\s*(?:,|và|;)\s*|(?=[.)]|$)|(?=\s+[a-zà-ỹđ]))")


def _listed_bodies(sentence: Sentence, resources: OrganizationResources):
    """One body per place of a list: "Liên đoàn Lao động các huyện: Thanh Trì, Gia Lâm, Mê Linh" names the
    federations of the districts Thanh Trì, Gia Lâm and Mê Linh (each at the place name as written)."""
    if "các" not in sentence.text:  # speed: no list of units ("các huyện") without it, and no scan of the heads
        return
    text = new_tone_placement(sentence.text)
    for match in resources.head_re.finditer(text):
        head = resources.heads.get(match.group(1)) or _lookup_head(match.group(1), resources)
        units = _LIST_OF_UNITS.match(text, match.end(1))
        if head is None or head.tail != "name" or units is None:
            continue
        pos, listed = units.end(), 0
        while True:
            place = _LISTED_PLACE.match(text, pos)
            if place is None or resources.head_re.match(text, pos):
                break
            if not listed and place.end(3) == place.start(3) and re.match(r"\s+[a-zà-ỹđ]", text[place.end():]):
                break  # one place then the sentence goes on: no list ("the last of a list" needs a list before it)
            listed += 1
            unit = place.group(1) or units.group(1)
            name = f"{head.name} {unit} {place.group(2)}"
            start = place.start(1) if place.group(1) else place.start(2)
            span = Span(sentence.index, sentence.start + start, sentence.start + place.end(2), sentence.text[start:place.end(2)])
            yield name, head.type, f"{unit} {place.group(2)}", span
            pos = place.end()
            if not place.group(3) or ";" in place.group(3):
                break


def _short_quotes(text: str) -> list[tuple[int, int]]:
    """Inner spans of quotations short enough to be names (a slogan, a contest, a movement), not speech."""
    spans = [(m.start(1), m.end(1)) for m in re.finditer(r"“([^“”]*)”|\"([^\"]*)\"", text) if m.group(1) is not None]
    spans += [(m.start(2), m.end(2)) for m in re.finditer(r"“([^“”]*)”|\"([^\"]*)\"", text) if m.group(2) is not None]
    return [(a, b) for a, b in spans if len(text[a:b].split()) <= 12 and not re.search(r"[.!?]\s", text[a:b])]


def _abbreviates_last_words(alias: str, name: str) -> bool:
    """"(BNN)" after "... Điều trị bệnh nghề nghiệp" abbreviates the last words (a disease), not the body."""
    words = name.split()
    return len(alias) < len(words) and "".join(w[0] for w in words[-len(alias):]).upper() == alias.upper()


def _spells_head(alias: str, head: str) -> bool:
    """"(CĐNHVN)" after "Công đoàn Ngân hàng Việt Nam": a short name opening with the head's initials stands for the
    whole body (the union), not for the body named inside it, as "(Sagri)" after "Công đoàn Tổng Công ty Nông nghiệp
    Sài Gòn" does."""
    return alias.upper().startswith("".join(word[0] for word in head.split()).upper())


def _cut_by_excerpt(article: Article, sentence: Sentence, cand: Candidate) -> bool:
    """A name that runs to the very end of a stored text with no closing punctuation may be cut short."""
    return sentence.start + cand.end >= len(article.text.rstrip()) and not re.search(r"[.!?;:)”\"…]\s*$", article.text)


def _site_place(host: str, site_places: dict[str, str]) -> str | None:
    """The place of the publishing site, also for its subdomains (``tacnghiep.laodongthudo.vn``)."""
    labels = host.split(".")
    for index in range(len(labels) - 1):
        place = site_places.get(".".join(labels[index:]))
        if place:
            return place
    return None


_ELIDED_BLOC = re.compile(r"\s*(?:,|và)\s*(?=khối\s)")


def _elided_blocs(text: str, cand: Candidate, resources: OrganizationResources):
    """Blocs that share a cluster's head: "cụm Công đoàn khối phường, khối trường học" names the cluster of
    the ward bloc and the cluster of the school bloc. Yields the bounds of each elided bloc as written."""
    if cand.head.type != "cluster" or not cand.parts or not cand.parts[-1].startswith("khối "):
        return
    pos = cand.end
    while True:
        gap = _ELIDED_BLOC.match(text, pos)
        if gap is None:
            return
        end = _cluster_descriptor(text, gap.end(), resources)
        if end is None:
            return
        yield gap.end(), end
        pos = end


def _merge_unions_into_federations(by_key: dict[str, dict], order: list[str], resources: OrganizationResources) -> None:
    """"Công đoàn quận Long Biên" (or "Công đoàn Đà Nẵng") beside "Liên đoàn Lao động quận Long Biên" is the
    district's (the city's) federation itself, written by its common name."""
    federations = {}
    for key in order:
        name = by_key[key]["name"]
        if name.startswith("Liên đoàn Lao động "):
            rest = name[len("Liên đoàn Lao động "):]
            federations.setdefault(rest.casefold(), key)
            unit, place = split_place(rest)
            if place and resources.place_kinds.get(place) == "province":
                federations.setdefault(place.casefold(), key)
    for key in list(order):
        name = by_key[key]["name"]
        if not name.startswith("Công đoàn ") or by_key[key]["type"] != "union":
            continue
        target = federations.get(name[len("Công đoàn "):].casefold())
        if target is None or target == key:
            continue
        _fold(by_key, order, key, target)


def _merge_short_forms(by_key: dict[str, dict], order: list[str]) -> None:
    """A later or earlier short form of a longer name of the same article is the same organization
    ("Cụm thi đua số 3" beside "Cụm thi đua số 3 Liên đoàn Lao động thành phố Hà Nội"). Not a newspaper: a
    paper's name is its title, and "Báo Lao động" is another paper than "Báo Lao động Thủ đô"."""
    for short in list(order):
        entry = by_key[short]
        if len(entry["name"].split()) < 3 or entry["type"] == "media":
            continue
        longer = [k for k in order if k != short and k.startswith(short + " ") and by_key[k]["type"] == entry["type"]]
        if len(longer) != 1:
            continue
        _fold(by_key, order, short, longer[0])


_PLACE_UNIT = re.compile(r" (?:tỉnh|thành phố|quận|huyện|thị xã) (?=\S)")


def _merge_bare_places(by_key: dict[str, dict], order: list[str]) -> None:
    """A body named with its place alone is the one the article names with the place's unit ("Liên đoàn Lao động Bắc
    Ninh" beside "Liên đoàn Lao động tỉnh Bắc Ninh", "Công đoàn các Khu công nghiệp Bắc Ninh" beside "... tỉnh Bắc
    Ninh"): union news drops the unit in headlines and later mentions. Only when one fuller form fits."""
    fuller: dict[str, list[str]] = {}
    for key in order:
        for unit in _PLACE_UNIT.finditer(key):
            bare = key[:unit.start()] + " " + key[unit.end():]
            if bare in by_key and by_key[bare]["type"] == by_key[key]["type"]:
                fuller.setdefault(bare, []).append(key)
    for bare, keys in fuller.items():
        if len(keys) == 1 and bare in by_key and keys[0] in by_key:
            _fold(by_key, order, bare, keys[0])


_LEGAL_FORM = re.compile(r"(?:cổ phần|TNHH(?: (?:MTV|một thành viên|Một thành viên))?|Trách nhiệm hữu hạn(?: một thành viên)?) ", re.IGNORECASE)
_COMPANY_HEAD = re.compile(r"((?:Công đoàn (?:cơ sở )?)?(?:Tổng [Cc]ông ty|Công ty) )(.+)")


def _merge_legal_forms(by_key: dict[str, dict], order: list[str]) -> None:
    """A company written without its legal form is the one the article names with it ("Công ty May Hưng Yên" in a
    headline, "Công ty CP May Hưng Yên" in the body; so their unions): union news drops the form in headlines and
    later mentions, and with it the country a foreign-invested company's name ends with ("Công ty Điện tử Meiko" for
    "Công ty TNHH Điện tử Meiko Việt Nam"). The name keeps the form."""
    for short in list(order):
        written = _COMPANY_HEAD.fullmatch(by_key[short]["name"])
        if written is None or _LEGAL_FORM.match(written.group(2)):
            continue
        bare = (written.group(2), written.group(2) + " Việt Nam")
        longer = [key for key in order if key != short and by_key[key]["type"] == by_key[short]["type"]
                  and (full := _COMPANY_HEAD.fullmatch(by_key[key]["name"])) and full.group(1) == written.group(1)
                  and (form := _LEGAL_FORM.match(full.group(2))) and full.group(2)[form.end():] in bare]
        if len(longer) == 1:
            _fold(by_key, order, short, longer[0])


_UNION_HEAD = re.compile(r"(Công đoàn (?:cơ sở )?)(.+)")
_UNION_TYPES = {"union", "grassroots_union"}  # the bare name reads as a union, the full one as a company's


def _merge_unions_by_company_name(by_key: dict[str, dict], order: list[str]) -> None:
    """A company's union written with the company's bare name is the one the article names with ``Công ty`` and its
    legal form ("Công đoàn Samsung Electronics Việt Nam Thái Nguyên" beside "Công đoàn Công ty TNHH Samsung
    Electronics Việt Nam Thái Nguyên"): a union's officers and later mentions drop them."""
    for short in list(order):
        written = _UNION_HEAD.fullmatch(by_key[short]["name"])
        if written is None or _COMPANY_HEAD.fullmatch(by_key[short]["name"]) or len(written.group(2).split()) < 2:
            continue
        longer = []
        for key in order:
            full = _COMPANY_HEAD.fullmatch(by_key[key]["name"]) if key != short else None
            if full is None or {by_key[key]["type"], by_key[short]["type"]} - _UNION_TYPES \
                    or not full.group(1).startswith(written.group(1)):
                continue
            form = _LEGAL_FORM.match(full.group(2))
            if full.group(2)[form.end() if form else 0:] == written.group(2):
                longer.append(key)
        if len(longer) == 1:
            _fold(by_key, order, short, longer[0])


_COMPANY_OR_TOTAL = re.compile(r"((?:Công đoàn (?:cơ sở )?)?)(Tổng [Cc]ông ty|Công ty) (.+)")


def _merge_companies_written_without_tong(by_key: dict[str, dict], order: list[str]) -> None:
    """A "Công ty X" (or its union) in an article that names "Tổng công ty X" is that Tổng công ty: headlines and later
    mentions drop "Tổng" ("Công đoàn Công ty May 10 phát động thi đua" over "Công đoàn Tổng công ty May 10 ...")."""
    totals = {}
    for key in order:
        written = _COMPANY_OR_TOTAL.fullmatch(by_key[key]["name"])
        if written and written.group(2).startswith("Tổng"):
            totals.setdefault((written.group(1), written.group(3)), []).append(key)
    for short in list(order):
        written = _COMPANY_OR_TOTAL.fullmatch(by_key[short]["name"]) if short in by_key else None
        if written and written.group(2) == "Công ty":
            longer = [key for key in totals.get((written.group(1), written.group(3)), []) if key in by_key]
            if len(longer) == 1:
                _fold(by_key, order, short, longer[0])


_IN_VIETNAM = re.compile(r"Công ty ((?:\S+ )+)(?:Việt Nam|Vietnam)(?: .+)?")


def _merge_foreign_short_names(by_key: dict[str, dict], order: list[str]) -> None:
    """A foreign company written by its name and the country alone ("Intel Việt Nam") is the one the article names in
    full with the same words in the same order ("Công ty TNHH Intel Products Việt Nam"), when one such name fits."""
    for short in list(order):
        written = _IN_VIETNAM.fullmatch(by_key[short]["name"]) if by_key[short]["type"] == "company" else None
        if written is None or _LEGAL_FORM.match(written.group(1)):
            continue
        words = by_key[short]["name"].split()[2:]
        fuller = {}  # the full company name -> the key of the company, or of its union ("Công đoàn Công ty TNHH ...")
        for key in order:
            company = _COMPANY_NAME.fullmatch(by_key[key]["name"]) if key != short else None
            if company and company.group(2) == "Công ty" and by_key[key]["type"] in ("company", "union", "grassroots_union") \
                    and len(company.group(1)) > len(by_key[short]["name"]) and _in_order(words, company.group(1).split()[2:]):
                if by_key[key]["type"] == "company" or company.group(1) not in fuller:
                    fuller[company.group(1)] = key
        if len(fuller) != 1:
            continue
        (name, key), = fuller.items()
        if by_key[key]["type"] == "company":
            _fold(by_key, order, short, key)
        else:  # named so far only as the owner of its union: the company's own full name
            by_key[short]["name"] = name
            new_key = _name_key(name)
            by_key[new_key] = by_key.pop(short)
            order[order.index(short)] = new_key


def _in_order(words: list[str], within: list[str]) -> bool:
    rest = iter(within)
    return all(any(word == other for other in rest) for word in words)


def _fold(by_key: dict[str, dict], order: list[str], short: str, full: str) -> None:
    """The body named ``short`` is the one named ``full``: its mentions join, the first written form is the surface,
    and the body stands where either was first named."""
    target = by_key[full]
    target["mentions"] = sorted(target["mentions"] + by_key[short]["mentions"], key=lambda span: span.start)
    target["surface"] = target["mentions"][0].text
    if order.index(short) < order.index(full):
        order.remove(full)
        order[order.index(short)] = full
    else:
        order.remove(short)
    del by_key[short]


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _spells(acronym: str, words: list[str]) -> bool:
    return "".join(w[0] for w in words).upper() == acronym and words[0][0].isupper()  # "HC": "Hóa chất"


def _expands(short: str, long: str) -> bool:
    """``short`` is ``long`` with some of its words written as their capital initials ("Tập đoàn HCVN" for "Tập đoàn
    Hóa chất Việt Nam", "Công đoàn DM" for "Công đoàn Dệt May Việt Nam": the country may go unsaid)."""
    s, l = short.split(), long.split()
    i = j = 0
    shortened = False
    while i < len(s):
        if j < len(l) and s[i] == l[j]:
            i, j = i + 1, j + 1
            continue
        if not _is_acronym(s[i]):
            return False
        width = len(s[i])
        if not _spells(s[i], l[j:j + width]):
            return False
        i, j, shortened = i + 1, j + width, True
    return shortened and (j == len(l) or l[j:] == ["Việt", "Nam"])


def _merge_local_acronyms(by_key: dict[str, dict], order: list[str]) -> None:
    """A name written with the article's own short form (its capital initials) is the body the article names in full
    elsewhere: "Cụm thi đua số 1-Tập đoàn HCVN" beside "Cụm Thi đua số 1 – Tập đoàn Hóa chất Việt Nam"."""
    for short in list(order):
        entry = by_key[short]
        if not any(_is_acronym(word) for word in entry["name"].split()[1:]):
            continue
        longer = [k for k in order if k != short and _expands(entry["name"], by_key[k]["name"])]
        if len(longer) != 1:
            continue
        _fold(by_key, order, short, longer[0])


_WARD_UNITS = ("phường", "xã", "thị trấn", "đặc khu")  # (the special zones of islands since 2025: "đặc khu Phú Quốc")
_NAMED_WARD = re.compile(rf"(?<![\wÀ-ỹĐđ])(?i:(phường|xã|thị\s+trấn|đặc\s+khu))\s+((?-i:[{_UPPER}][\wÀ-ỹĐđ]*)(?:\s+(?-i:[{_UPPER}][\wÀ-ỹĐđ]*))?"
                         r"|\d{1,2})(?![\wÀ-ỹĐđ])")


def _only_ward(text: str, unit: str) -> str | None:
    """The one ward (commune, town) of ``unit`` the article names ("UBND phường Hoàn Kiếm", later "Đảng ủy phường"): since
    the 2025 reform the ward is the level where union news meets the state and the party, and a body written by
    its level alone is the named ward's. None when the article names none or several (read as at most two words
    after the unit: "phường Hoàn Kiếm Phạm Thị Hà" gives "Hoàn Kiếm")."""
    named = {re.sub(r"\s+", " ", m.group(2)) for m in _NAMED_WARD.finditer(text)
             if re.sub(r"\s+", " ", m.group(1).lower()) == unit}
    return named.pop() if len(named) == 1 else None


def _tie_later_mentions(article: Article, sentences, aliases: dict[str, tuple[str, str]], by_key: dict[str, dict],
                        order: list[str], resources: OrganizationResources) -> None:
    """After every sentence is read: the short and partial references tied to the bodies they name (aliases, a body
    written by its kind alone, short forms, bare places, legal forms, a company's union by the bare company name, "Công
    ty X" for "Tổng công ty X", acronyms, a union named as its federation)."""
    _alias_mentions(sentences, aliases, by_key, order, resources)
    _expand_aliases_in_names(by_key, aliases)
    _merge_foreign_short_names(by_key, order)
    _company_union_mentions(sentences, by_key, order, resources)
    _ministry_body_mentions(sentences, by_key, order)
    _sector_union_mentions(sentences, by_key, order)
    _office_bodies(article.text, by_key, order, resources)
    _merge_short_forms(by_key, order)
    _merge_bare_places(by_key, order)
    _merge_legal_forms(by_key, order)
    _merge_unions_by_company_name(by_key, order)
    _merge_companies_written_without_tong(by_key, order)
    _merge_local_acronyms(by_key, order)
    _merge_unions_into_federations(by_key, order, resources)


def extract_organizations(article: Article, sentences: tuple[Sentence, ...], resources: OrganizationResources) -> tuple[Organization, ...]:
    article_places = _article_places(article.text, resources)
    site_place = _site_place(host_of(article.url, MIRROR_PREFIXES) or host_of(article.source, MIRROR_PREFIXES), resources.site_places)
    if site_place:
        unit, name = split_place(site_place)
        article_places.setdefault(unit, name)
    by_key: dict[str, dict] = {}
    order: list[str] = []
    last_by_base: dict[tuple[str, str], str] = {}  # (base, unit) -> place name seen last
    aliases: dict[str, tuple[str, str]] = {}  # "Sagri" -> (name it stands for, type)
    for sentence in sentences:
        sentence_found: list[tuple[Candidate, str]] = []
        named_quotes = _short_quotes(sentence.text)
        for cand in _candidates(sentence.text, resources):
            if any(start <= cand.start and cand.end <= end for start, end in named_quotes):
                continue  # "hội thi “Vinh quang CĐ Việt Nam”": a body named inside a quoted name is no mention
            if len(cand.parts) == 1 and cand.parts[0] in aliases and cand.unit is None:
                target, _ = aliases[cand.parts[0]]  # "Công đoàn Sagri" after "... Tổng Công ty Nông nghiệp Sài Gòn (Sagri)"
                cand.parts = [target[len(cand.head.name) + 1:]] if target.startswith(cand.head.name + " ") else [target]
            if cand.bare:
                if not site_place:
                    continue
                cand.unit, cand.place_name = split_place(site_place)  # on a provincial site, its federation
            place_name = cand.place_name
            unit = cand.unit or _LEVEL_UNITS.get(cand.head.name)
            if cand.head.tail == "level" and place_name is None and unit:
                place_name = last_by_base.get((cand.base, unit)) or article_places.get(unit)
            elif cand.unit and place_name is None:
                place_name = last_by_base.get((cand.base, cand.unit)) or article_places.get(cand.unit)
                if place_name is None and cand.unit in _WARD_UNITS:
                    place_name = _only_ward(article.text, cand.unit)
                if place_name is None and (cand.unit in _WARD_UNITS or cand.head.name in resources.unit_heads):
                    continue  # "Trạm Y tế phường": no particular ward; "Công an tỉnh" of no province the article names
            if unit and place_name:
                last_by_base[(cand.base, unit)] = place_name
            name = _name(cand, place_name)
            level_unit = _LEVEL_UNITS.get(cand.parts[-1]) if cand.parts and not cand.unit else None
            level_place = level_unit and (last_by_base.get((cand.parts[-1], level_unit)) or article_places.get(level_unit))
            if level_place:  # "ban Dân vận Tỉnh ủy" -> "... Tỉnh ủy Quảng Nam"
                level = by_key.get(f"{cand.parts[-1]} {level_place}".casefold())
                # as the level body itself is named in the article: "Ban Tuyên giáo và Dân vận Thành ủy" after "Thành ủy
                # TP.HCM" is the department of "Thành ủy thành phố Hồ Chí Minh"
                name = name[:-len(cand.parts[-1])] + level["name"] if level else name + " " + level_place
            key = _name_key(name)
            if cand.head.tail == "level":
                key = f"{cand.head.name} {place_name or ''}".casefold().strip()  # "Thành ủy TP HCM" = "Thành ủy"
            if _cut_by_excerpt(article, sentence, cand) or _a_program_through_its_fund(cand, resources):
                continue  # "Công ty Vi" where the stored text stops mid-word; "Quỹ Mái ấm Công đoàn", a campaign
            span = Span(sentence.index, sentence.start + cand.start, sentence.start + cand.end, sentence.text[cand.start:cand.end])
            if key not in by_key:
                parent = None
                if cand.inner_start is not None and cand.head.type in ("cluster", "department", "party", "committee"):
                    inner = next((c for c in _candidates(sentence.text[cand.inner_start:cand.end], resources)), None)
                    if inner is not None:
                        inner_place = inner.place_name or (article_places.get(inner.unit) if inner.unit else None)
                        parent = _name(inner, inner_place)
                by_key[key] = {
                    "name": name, "surface": span.text, "type": _type(cand),
                    "place": (unit + " " + place_name) if unit and place_name else unit, "parent": parent, "mentions": [span],
                }
                order.append(key)
            else:
                by_key[key]["mentions"].append(span)
                if _shouting(by_key[key]["name"]) and not _shouting(name):
                    by_key[key]["name"] = name  # a headline in capitals gave the first form
                elif " các Khu " in name and " các Khu " not in by_key[key]["name"]:
                    by_key[key]["name"] = name  # the zones' union by its full name, not the headline's short one
            sentence_found.append((cand, key))
            if cand.alias and cand.alias not in aliases and not _abbreviates_last_words(cand.alias, name):
                inner = cand.parts and cand.inner_start is not None and not cand.unit and not _spells_head(cand.alias, cand.head.name)
                aliases[cand.alias] = (_name_of_parts(cand.parts) if inner else name, by_key[key]["type"])
            for bloc_start, bloc_end in _elided_blocs(sentence.text, cand, resources):
                bloc_name = _name(cand, None).rsplit(" khối ", 1)[0] + " " + sentence.text[bloc_start:bloc_end]
                bloc_key = bloc_name.casefold()
                bloc_span = Span(sentence.index, sentence.start + bloc_start, sentence.start + bloc_end, sentence.text[bloc_start:bloc_end])
                if bloc_key not in by_key:
                    by_key[bloc_key] = {"name": bloc_name, "surface": bloc_span.text, "type": "cluster", "place": None,
                                        "parent": None, "mentions": [bloc_span]}
                    order.append(bloc_key)
                else:
                    by_key[bloc_key]["mentions"].append(bloc_span)
        for name, org_type, place, span in _listed_bodies(sentence, resources):
            key = name.casefold()
            if key not in by_key:
                by_key[key] = {"name": name, "surface": span.text, "type": org_type, "place": place, "parent": None, "mentions": [span]}
                order.append(key)
            else:
                by_key[key]["mentions"].append(span)
        # "X (thuộc Y)": Y is the parent of X
        for (cand, key), (nxt, nxt_key) in zip(sentence_found, sentence_found[1:]):
            between = sentence.text[cand.end:nxt.start]
            if re.fullmatch(r"\s*\(?\s*(?:trực\s+)?thuộc\s*", between) and by_key[key]["parent"] is None:
                by_key[key]["parent"] = by_key[nxt_key]["name"]
    _tie_later_mentions(article, sentences, aliases, by_key, order, resources)
    return tuple(
        Organization(
            name=entry["name"], surface=entry["surface"], type=entry["type"], place=entry["place"],
            parent=entry["parent"], mentions=tuple(entry["mentions"]),
        )
        for entry in (by_key[key] for key in order)
    )
