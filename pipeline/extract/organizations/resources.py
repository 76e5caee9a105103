"""What the organization extractor knows, read once from ``pipeline/resources/``: head words and their
abbreviations, administrative units, place names, site places, family names, generic patterns."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...resources import read_tsv
from ...text import phrase_alternation

WORD = r"[\wÀ-ỹĐđ]"
_NOT_WORD_BEFORE = r"(?<![\wÀ-ỹĐđ&])"
_NOT_WORD_AFTER = r"(?![\wÀ-ỹĐđ&])"
_PAREN_ABBREVIATION = re.compile(r"\s*\(\s*([A-ZĐ][A-ZĐ0-9&\-./ ]{0,14}|[A-ZĐ][\wÀ-ỹĐđ&\-.]{1,12})\s*\)")


@dataclass(frozen=True)
class Head:
    surface: str  # as matched (the head or an abbreviation of it)
    name: str  # expanded canonical form
    type: str
    tail: str  # name, alone, level, descriptor
    default: str = ""  # what a bare mention stands for
    carried: str = ""  # name words an abbreviation holds beyond its head ("UBMTTQVN": "Việt Nam"; "ĐHQG": "Quốc gia")


@dataclass(frozen=True)
class OrganizationResources:
    heads: dict[str, Head]
    head_re: re.Pattern[str]
    organ_re: re.Pattern[str]
    abbreviations: dict[str, str]
    unit_re: re.Pattern[str]
    units: dict[str, str]  # lower-cased written unit -> canonical
    place_re: re.Pattern[str]
    place_kinds: dict[str, str]
    site_places: dict[str, str]
    aliases: dict[str, str]
    alias_re: re.Pattern[str]
    surnames: frozenset[str]
    generic_before: tuple[re.Pattern[str], ...]
    facility_before_re: re.Pattern[str]  # "Thiết chế", "Siêu thị" right before a union head: a facility's name
    generic_after: tuple[re.Pattern[str], ...]
    abbreviation_re: re.Pattern[str] | None = None
    bare_heads: frozenset[str] = frozenset()  # head names that need a name after them
    stop_words: frozenset[str] = field(default_factory=frozenset)
    province_units: dict[str, str] = field(default_factory=dict)  # "Hà Nội" -> "thành phố", "Nghệ An" -> "tỉnh"
    partner_re: re.Pattern[str] | None = None  # "Việt Nam - Singapore": a partner country after "Việt Nam -"
    sub_units: frozenset[str] = frozenset()  # heads of a company's sub-units (Trung tâm, Phòng, Xí nghiệp ...)
    school_kind_re: re.Pattern[str] | None = None  # what follows "Trường" in a school's name (Đại học, THCS ...)
    school_qualifier_re: re.Pattern[str] | None = None  # "chuyên" of "Trường THPT chuyên Phan Bội Châu"
    sector_re: re.Pattern[str] | None = None  # a state sector of several words ("Giao thông vận tải")
    capitals_places: dict[str, str] = field(default_factory=dict)  # "NGHỆ AN" -> "Nghệ An", for headlines in capitals
    capitals_place_re: re.Pattern[str] | None = None
    unit_heads: dict[str, Head] = field(default_factory=dict)  # "Công an": a body only with a unit after it
    unit_head_re: re.Pattern[str] | None = None
    alias_head_re: re.Pattern[str] | None = None  # the short forms of org_aliases.tsv ("EVN", "TKV")
    fund_name_re: re.Pattern[str] | None = None  # a fund's name in sentence case after "Quỹ" (org_fund_names.tsv)
    office_re: re.Pattern[str] | None = None  # an office written with a capital (person_titles.tsv: "Giám đốc")
    # the union programs written through their fund ("Quỹ Mái ấm Công đoàn"): the gazetteer's programs, casefolded; FORMAT
    # reads "Quỹ Mái ấm CĐ" as the program, a campaign, not a body
    fund_programs: frozenset[str] = frozenset()
    member_kinds: frozenset[str] = frozenset()  # "sản xuất" of "Khối thi đua các doanh nghiệp sản xuất" (org_member_kinds.tsv)


def _head_pattern(text: str) -> str:
    """First letter exact (names are capitalized), the rest in any case (``Tổng liên đoàn Lao động``)."""
    if len(text) > 1 and text[1:].isupper() or "&" in text or text.isupper():
        return re.escape(text)
    return re.escape(text[0]) + "(?i:" + re.escape(text[1:]).replace(r"\ ", r"\s+") + ")"


def _sector_pattern(text: str) -> str:
    """First letter exact, the rest in any case, any spacing around a dash or comma ("Lao động-Thương binh")."""
    rest = re.escape(text[1:]).replace(r"\ ", r"\s+").replace(r"\s+\-\s+", r"\s*[-–]\s*").replace(r",\s+", r"\s*,\s*")
    return re.escape(text[0]) + "(?i:" + rest + ")"


def _alternation(items: list[str], pattern=re.escape, ignore_case: bool = False) -> str:
    """The items as one alternation, longest first: written as a tree of shared beginnings when they are matched as
    written (``ignore_case``: inside a pattern that ignores case), else each through its own ``pattern``."""
    if pattern is re.escape:
        return phrase_alternation(items, ignore_case=ignore_case)
    return "|".join(pattern(item) for item in sorted(set(items), key=len, reverse=True))


def split_place(place: str) -> tuple[str, str]:
    """``"thành phố Hồ Chí Minh"`` -> ``("thành phố", "Hồ Chí Minh")``; ``"tỉnh Tiền Giang"`` -> ``("tỉnh", "Tiền Giang")``."""
    for unit in ("thành phố", "thị xã", "thị trấn", "đặc khu"):
        if place.startswith(unit + " "):
            return unit, place[len(unit) + 1:]
    unit, _, name = place.partition(" ")
    return unit, name


def load_resources() -> OrganizationResources:
    abbreviations = {row["abbreviation"]: row["expansion"] for row in read_tsv("org_abbreviations.tsv")}
    heads: dict[str, Head] = {}
    for row in read_tsv("org_heads.tsv"):
        heads[row["head"]] = Head(row["head"], row["head"], row["type"], row["tail"], row.get("default", ""))
    for abbreviation, expansion in abbreviations.items():
        if expansion in heads:
            base = heads[expansion]
            heads[abbreviation] = Head(abbreviation, base.name, base.type, base.tail, base.default)
    for abbreviation, expansion in abbreviations.items():
        # an abbreviation of a head and more of the name: "UBMTTQVN tỉnh" is "Ủy ban Mặt trận Tổ quốc" "Việt Nam" "tỉnh"
        base = next((heads[h] for h in sorted(heads, key=len, reverse=True)
                     if expansion.startswith(h + " ") and heads[h].tail == "name" and h == heads[h].name), None)
        if base is not None and abbreviation not in heads:
            heads[abbreviation] = Head(abbreviation, base.name, base.type, base.tail, base.default, expansion[len(base.name) + 1:])
    for written, base in list(heads.items()):
        # a head written with an abbreviation inside it: "Ủy ban MTTQ", "cụm CĐ", "Hội LHPN"
        for abbreviation, expansion in abbreviations.items():
            if expansion != written and re.search(rf"(?<!\w){re.escape(expansion)}(?!\w)", written):
                variant = written.replace(expansion, abbreviation)
                heads.setdefault(variant, Head(variant, base.name, base.type, base.tail, base.default))
    for row in read_tsv("org_aliases.tsv"):
        heads[row["form"]] = Head(row["form"], row["name"], row["type"], "alone")
    # (not inside a document's number: "Kế hoạch số 45/KH-LĐLĐ", "Công văn số 120/LĐLĐ-ToC" name no body)
    head_re = re.compile(_NOT_WORD_BEFORE + r"(?<!/)(?<![A-Za-zÀ-ỹĐđ]-)(" + _alternation(list(heads), _head_pattern) + ")"
                         + _NOT_WORD_AFTER)
    organs = [row["organ"] for row in read_tsv("org_organs.tsv")]
    offices = [row["title"] for row in read_tsv("person_titles.tsv") if row["title"][:1].isupper()]
    organ_re = re.compile("(?:" + _alternation(organs, _head_pattern) + r")(?:\s+|(?=[,;.)]|$))")
    units = {row["unit"].lower(): row["canonical"] for row in read_tsv("admin_units.tsv")}
    unit_re = re.compile(
        "(?:" + _alternation([v(u) for u in units if u.endswith(".") for v in (str.upper, str.capitalize)]) + ")"
        + "|(?i:" + _alternation([u for u in units if not u.endswith(".")], ignore_case=True) + ")" + _NOT_WORD_AFTER
    )
    place_kinds = {row["name"]: row["kind"] for row in read_tsv("place_names.tsv")}
    places = list(place_kinds)
    place_re = re.compile("(" + _alternation(places) + ")" + _NOT_WORD_AFTER)
    aliases = {row["form"]: row["place"] for row in read_tsv("place_aliases.tsv")}
    alias_re = re.compile("(" + _alternation(list(aliases)) + ")" + _NOT_WORD_AFTER)
    surnames = frozenset(row["surname"] for row in read_tsv("person_surnames.tsv"))
    generic_before = tuple(re.compile(row["pattern"], re.IGNORECASE) for row in read_tsv("org_generic.tsv"))
    generic_after = tuple(re.compile(row["pattern"], re.IGNORECASE) for row in read_tsv("org_generic_after.tsv"))
    stop_words = frozenset(row["word"] for row in read_tsv("org_stop_words.tsv"))
    unit_heads = read_tsv("org_unit_heads.tsv")
    return OrganizationResources(
        office_re=re.compile("(?:" + _alternation(offices, _head_pattern) + r")(?:\s+|(?=[,;.)]|$))"),
        heads=heads, head_re=head_re, organ_re=organ_re, abbreviations=abbreviations, unit_re=unit_re,
        units=units, place_re=place_re, place_kinds=place_kinds,
        site_places={row["host"]: row["place"] for row in read_tsv("site_places.tsv")}, aliases=aliases, alias_re=alias_re, surnames=surnames,
        generic_before=generic_before, generic_after=generic_after, stop_words=stop_words,
        member_kinds=frozenset(row["word"] for row in read_tsv("org_member_kinds.tsv")),
        facility_before_re=re.compile(r"(?:^|\s)(?i:" + _alternation([row["word"] for row in read_tsv("org_facilities.tsv")],
                                                                      ignore_case=True) + r")\s*$"),
        sub_units=frozenset(row["head"] for row in read_tsv("org_sub_units.tsv")),
        school_kind_re=re.compile(r"\s+(?i:" + _alternation([row["kind"] for row in read_tsv("org_school_kinds.tsv")],
                                                            ignore_case=True) + ")"
                                  + _NOT_WORD_AFTER),
        school_qualifier_re=re.compile("(" + _alternation([row["word"] for row in read_tsv("org_school_qualifiers.tsv")])
                                       + r")\s+"),
        sector_re=re.compile("(?:" + _alternation([row["sector"] for row in read_tsv("org_sectors.tsv")], _sector_pattern)
                             + ")" + _NOT_WORD_AFTER),
        bare_heads=frozenset(h.name for h in heads.values() if h.tail == "name" and not h.default),
        capitals_places={place.upper(): place for place in places},
        alias_head_re=re.compile("(" + _alternation([row["form"] for row in read_tsv("org_aliases.tsv")]) + ")" + _NOT_WORD_AFTER),
        unit_heads={row["head"]: Head(row["head"], row["head"], row["type"], "name") for row in unit_heads},
        unit_head_re=re.compile(_NOT_WORD_BEFORE + "(" + _alternation([row["head"] for row in unit_heads]) + r")(?=\s+(?:cơ\s+sở\s+\d{1,2}\s+)?(?:"
                                + unit_re.pattern + "))"),
        capitals_place_re=re.compile("(" + _alternation([place.upper() for place in places]) + ")" + _NOT_WORD_AFTER),
        abbreviation_re=re.compile("(" + _alternation(list(abbreviations)) + ")" + _NOT_WORD_AFTER),
        fund_programs=frozenset(" ".join(form.casefold().split()) for row in read_tsv("campaign_gazetteer.tsv") if row["kind"] == "program"
                                for form in (row["name"], *filter(None, (row.get("variants") or "").split("|")))),
        fund_name_re=re.compile("(?i:" + _alternation([row["name"] for row in read_tsv("org_fund_names.tsv")]).replace(r"\ ", r"\s+")
                                + ")" + _NOT_WORD_AFTER),
        partner_re=re.compile(r"\s*[-–]\s*(" + _alternation([row["country"] for row in read_tsv("org_partner_countries.tsv")])
                              + ")" + _NOT_WORD_AFTER),
        province_units={
            split_place(row["place"])[1]: split_place(row["place"])[0]
            for row in read_tsv("org_parent_places.tsv") if row["parent_place"] == "Việt Nam"
        },
    )
