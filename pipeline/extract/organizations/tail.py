"""The name after a head word: ``Liên đoàn Lao động`` + ``(LĐLĐ) quận Thanh Xuân``.

``read_tail`` walks the text after a head one piece at a time. Each piece is tried against named steps
in order (a parenthesised abbreviation, a quoted drive, a place, a level's unit, a number, a connector,
an abbreviation, a nested head, then the words themselves); a step either takes the piece and the walk
goes on, ends the name, or does not apply and the next step is tried. The rules are specific to how
Vietnamese union news writes its bodies, which no general NER model knows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .resources import _NOT_WORD_AFTER, _PAREN_ABBREVIATION, Head, OrganizationResources, split_place
from .words import (
    _UPPER, _lookup_head, _next_word, _parse_place, _person_at, _tagged, is_capitalized, looks_like_person,
)

_COUNTED_AFTER = re.compile(r"\s*(?:%|/|năm|tháng|ngày|lần|người|triệu|tỷ|tỉ|nghìn|ngàn|đoàn viên|công nhân|lao động)" + _NOT_WORD_AFTER)
# "Công đoàn viên chức (CĐVC) tỉnh": the union's own short name may stand between the sector and the unit
_SECTOR_BEFORE_UNIT = re.compile(r"((?:[a-zà-ỹđ]+\s+){0,2}[a-zà-ỹđ]+)(?=\s+(?:\(\s*[A-ZĐ][A-ZĐ0-9&\-]{1,9}\s*\)\s+)?"
                                 r"(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)" + _NOT_WORD_AFTER + ")")
_CLUSTER_BLOC = re.compile(r"khối\s+")
_CLUSTER_MEMBERS = re.compile(rf"(các)\s+(?=[a-zà-ỹđ]+\s|[{_UPPER}])")
_NAMED_DRIVES = ("phong trào", "cuộc vận động", "chương trình", "đề án", "dự án")
_DESCRIBED_TYPES = ("company", "agency", "institute", "school", "hospital", "fund")
_NAMED_AFTER_PEOPLE = ("school",)  # "Trường THPT Lê Hồng Phong", "Trường Đại học Tôn Đức Thắng"
_SOCIETY = re.compile(r"[Xx]ã\s+hội(?![\wÀ-ỹĐđ])")
_COMPANY_FORMS = ("tnhh", "trách nhiệm hữu hạn", "một thành viên", "một", "thành viên", "mtv", "cổ phần", "cp")
_SENTENCE_CASE_TYPES = ("department", "agency", "fund", "company", "institute")
_SENTENCE_CASE_HEADS = ("Cục", "Tổng cục", "Chi cục", "Vụ")  # a ministry's departments: "Cục Quan hệ lao động và Tiền lương",
# "Cục An toàn lao động", "Tổng cục Quản lý thị trường", "Vụ Tổ chức cán bộ"
_NESTING_TYPES = ("cluster", "union", "grassroots_union", "department", "party", "committee", "association")

# a branch of a bank, a company or a fund written after its name, with or without a dash: "- Chi nhánh Hoàn Kiếm",
# "chi nhánh Long An", "- Chi nhánh TP.HCM", "Chi nhánh tỉnh Hà Nam"
_BRANCH_AFTER = re.compile(r"(?:[-–]\s*)?[Cc]hi\s+nhánh\s+(?:(TP\.?|[Tt]ỉnh|[Tt]hành\s+phố|[Qq]uận|[Hh]uyện|[Tt]hị\s+xã)\s*)?"
                           rf"[{_UPPER}][\wÀ-ỹĐđ.]*(?:\s+[{_UPPER}][\wÀ-ỹĐđ]*){{0,4}}(?:\s+\d{{1,2}})?(?![\wÀ-ỹĐđ])")
_REGION = re.compile(rf"(?:khu\s+vực|cơ\s+sở)\s+(?:[IVXLC]+|\d{{1,2}}|[{_UPPER}][\wÀ-ỹĐđ]*(?:\s+[{_UPPER}][\wÀ-ỹĐđ]*){{0,3}})(?![\wÀ-ỹĐđ])")
_SEAT = re.compile(rf"(?:(?:tỉnh|thành\s+phố)\s+)?[{_UPPER}][\wÀ-ỹĐđ]*(?:\s+[{_UPPER}][\wÀ-ỹĐđ]*){{0,3}}(?![\wÀ-ỹĐđ])")
# the English legal forms of foreign companies, shared with the finder of companies written without "Công ty"
ENGLISH_LEGAL_FORMS = r"Co\.\s*,?\s*Ltd\.?|Company\s+Limited|Corporation|Corp\.|JSC|Joint\s+Stock\s+Company|Inc\."
# a foreign company's legal form in English closes its name: "Công ty TNHH Nidec Việt Nam Corporation", "Công ty Hana
# Micron Vina Co., Ltd", "Công ty Samil Vina JSC"
_ENGLISH_FORM = re.compile(r"\s*,?\s+(" + ENGLISH_LEGAL_FORMS + r")(?![\wÀ-ỹĐđ])")
_FOREIGN_WORDS_AND_FORM = re.compile(rf"([{_UPPER}][\wÀ-ỹĐđ&\-]*(?:\s+[{_UPPER}][\wÀ-ỹĐđ&\-]*){{0,5}}?)(?=" + _ENGLISH_FORM.pattern + ")")
_LEGAL_FORM_AFTER = re.compile(r"\s*[-–]\s*(CTCP|Công ty cổ phần|Công ty CP)(?![\wÀ-ỹĐđ&])")
_DESCRIBED_BEFORE_ALIAS = re.compile(r"([a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,3})(?=\s*\(\s*[A-ZĐ][A-ZĐ0-9&\-]{1,9}\s*\))")
_NAMED_DAY = re.compile(r"(\d{1,2})[/-](\d{1,2})(?![\d/\wÀ-ỹĐđ])")  # "29/3" closing a company's name
_NUMBERED = re.compile(r"số\s+\d{1,3}(?![\d\wÀ-ỹĐđ/.,])")  # "Bệnh viện Đa khoa khu vực số 2": the number closes the name
_NUMBERED_TYPES = {"company", "hospital", "school"}  # "Công ty May 10", "Bệnh viện Nhi Đồng 1", "Trường Tiểu học Hưng Dũng 1"
_COMMITTEE_AFTER = re.compile(rf"Ủy\s+ban\s+[{_UPPER}]")  # "Ủy ban Xã hội", "Ủy ban Kinh tế": a committee of its own
_OFFICER_TITLE_BEFORE = re.compile(r"(?<![\wÀ-ỹĐđ])(?:[Cc]hủ\s+tịch|[Ủủ]y\s+viên|[Tt]rưởng\s+ban|[Bb]í\s+thư)(?:\s+[Tt]hường\s+trực)?\s+$")
_DIRECTOR_BEFORE = re.compile(r"(?<![\wÀ-ỹĐđ])(?:[Pp]hó\s+)?(?:[Tt]ổng\s+)?[Gg]iám\s+đốc\s+$")
_BRAND = re.compile(r"[A-ZĐ]{3,}(?![\wÀ-ỹĐđ&\-])")  # "BIDV", "EVN", "VNPT": a body written by its initials
GO_ON, STOP = True, False  # what a step that applies says; None: the step does not apply here


@dataclass
class Candidate:
    start: int  # offsets in the sentence
    end: int
    head: Head
    parts: list[str]  # expanded words after the head
    unit: str | None = None  # canonical unit of the place ("quận") when there is one
    place_name: str | None = None  # "Thanh Xuân"; None for a bare unit ("LĐLĐ quận")
    inner_start: int | None = None  # where a nested organization begins (Cụm thi đua ... LĐLĐ ...)
    alias: str | None = None  # a short name the text gives in parentheses: "(Sagri)"
    unit_written: bool = False  # a level body written with its unit: "Thành ủy TP HCM"
    bare: bool = False  # a federation written without its place ("Liên đoàn Lao động phối hợp ...")

    @property
    def base(self) -> str:
        return " ".join([self.head.name, *self.parts])


def read_tail(text: str, head_match: re.Match[str], head: Head, words, resources: OrganizationResources) -> Candidate:
    """The candidate that starts at ``head_match``, with every piece of name that follows it."""
    cand = Candidate(head_match.start(1), head_match.end(1), head, [head.carried] if head.carried else [])
    if head.tail == "alone":
        return cand
    reader = _TailReader(text, head, cand, words, resources)
    reader.run()
    reader.branch()
    return cand


_ZONE = r"(?:[Kk]hu\s+(?:[Cc]ông\s+nghiệp|[Cc]hế\s+xuất|[Kk]inh\s+tế|[Cc]ông\s+nghệ\s+cao)|KCN|KCX|KKT|KCNC)"
_ZONES = re.compile(rf"[Cc]ác\s+{_ZONE}(?:\s*(?:và|-|–|,)\s*(?:[Kk]hu\s+)?(?:[Cc]ông\s+nghiệp|[Cc]hế\s+xuất|KCN|KCX|CX))?"
                    r"(?![\wÀ-ỹĐđ])")
# "Công đoàn Khu chế xuất và công nghiệp TPHCM": two kinds of zone joined name one body also without "các"; so does
# a high-tech park with a city's zones ("Công đoàn Khu công nghệ cao và các KCN Đà Nẵng")
_AGENCIES_BLOC = re.compile(r"các\s+cơ\s+quan(?:\s+(?:và|-|–)\s+[Dd]oanh\s+nghiệp)?(?![\wÀ-ỹĐđ])")
_JOINED_ZONES = re.compile(rf"{_ZONE}\s*(?:và|-|–)\s*(?:các\s+)?(?:[Kk]hu\s+)?(?:[Cc]ông\s+nghiệp|[Cc]hế\s+xuất|KCN|KCX|CX)(?![\wÀ-ỹĐđ])")


class _TailReader:
    """The walk over the text after one head; ``pos`` is where the next piece starts."""

    def __init__(self, text: str, head: Head, cand: Candidate, words, resources: OrganizationResources) -> None:
        self.text, self.head, self.cand, self.words, self.res = text, head, cand, words, resources
        self.pos = cand.end
        self.at = self.pos  # the piece's first character (spaces skipped)
        self.previous_capital_single = False  # the last part was one capitalized syllable ("Y" of "Y tế")
        self.named_type = head.type  # the kind of the body the words describe: "Bệnh viện" in "Công đoàn cơ sở Bệnh viện"

    def run(self) -> None:
        structural = (self.fund_name, self.branch, self.region, self.based_at, self.zones, self.sector, self.agencies_bloc, self.quoted_drive, self.collective_cluster, self.place_alias, self.place_with_unit,
                      self.level_place, self.vietnam, self.capitals_headline, self.english_form, self.company_phrase, self.number,
                      self.connector, self.abbreviation, self.nested_head)
        while self.pos < len(self.text):
            if self.parenthesised_abbreviation():
                continue
            self.at = self.pos + len(self.text[self.pos:]) - len(self.text[self.pos:].lstrip(" "))
            if self.at >= len(self.text):
                return
            outcome = next((o for o in (step() for step in structural) if o is not None), None)
            if outcome is None:
                outcome = self.word()
            if outcome is not GO_ON:
                return

    def take(self, part: str, end: int, go_on: bool = GO_ON) -> bool:
        self.cand.parts.append(part)
        self.pos = self.cand.end = end
        return go_on

    # --- structural pieces -------------------------------------------------------------------------

    def parenthesised_abbreviation(self) -> bool:
        """"(LĐLĐ)", "(Sagri)": skipped; a short name of the body is kept as its alias."""
        paren = _PAREN_ABBREVIATION.match(self.text[self.pos:])
        if not paren or paren.group(1).strip().isdigit():
            return False
        short, res = paren.group(1).strip(), self.res
        if (short not in res.abbreviations and short.lower() not in res.units and self.cand.alias is None
                and (" " not in short or short.isupper()) and not res.place_re.fullmatch(short) and len(short) >= 3):
            self.cand.alias = short
        self.pos += paren.end()
        self.cand.end = self.pos
        return True

    def branch(self) -> bool | None:
        """"Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Hoàn Kiếm", "Quỹ ... chi nhánh Long An": the branch of a
        bank, a company or a fund written after its whole name is the body that acts and closes the name (also after
        "Việt Nam", which ends a name: tried once more when the walk is over)."""
        cand = self.cand
        if not cand.parts or not {"company", "fund"} & {self.head.type, self.named_type} \
                or any(p.casefold().startswith(("chi nhánh", "- chi nhánh")) for p in cand.parts):
            return None
        branch = _BRANCH_AFTER.match(self.text, cand.end + len(self.text[cand.end:]) - len(self.text[cand.end:].lstrip(" ")))
        if not branch:
            return None
        written = re.sub(r"\s+", " ", branch.group(0).strip())
        written = re.sub(r"(?<=nhánh )TP\.?\s*", "thành phố ", written)  # "Chi nhánh TP Hà Nội"
        return self.take(written, branch.end(), STOP)

    def region(self) -> bool | None:
        """"Chi cục Thuế khu vực Đồng Hới", "Bảo hiểm xã hội khu vực XII", "Cụm VH-TT khu vực Vàng Danh": a body of a
        region (the state's offices merged across provinces and districts since 2025) is named by "khu vực" and the
        region's name or number, which close the name."""
        if not self.cand.parts and self.head.type != "government":  # "Bảo hiểm xã hội khu vực XII": the head is the name
            return None
        region = _REGION.match(self.text, self.at)
        if region is None:
            return None
        self.previous_capital_single = False
        self.take(re.sub(r"\s+", " ", region.group(0)), region.end())
        # "Thuế cơ sở 5 thành phố Hà Nội": the local office of the state's tax (since 2025) is numbered within its province
        return GO_ON if self.res.unit_re.match(self.text, self.pos + 1) and self.text[self.pos:self.pos + 1] == " " else STOP

    def based_at(self) -> bool | None:
        """"Văn phòng đại diện Báo Người Lao động tại Miền Trung", "Công đoàn Khối Doanh nghiệp Thương mại Trung ương tại
        TP HCM": a representative office, and a central body seated in a city, are named with "tại" and their seat."""
        cand = self.cand
        if not cand.parts or not (self.head.name == "Văn phòng đại diện" or cand.parts[-1] == "Trung ương"):
            return None
        based = re.match(r"tại\s+", self.text[self.at:])
        if based is None:
            return None
        at = self.at + based.end()
        alias = self.res.alias_re.match(self.text, at)
        if alias:
            return self.take("tại " + self.res.aliases[alias.group(1)], alias.end(), STOP)
        seat = _SEAT.match(self.text, at)
        if seat is None:
            return None
        return self.take("tại " + re.sub(r"\s+", " ", seat.group(0)), seat.end(), STOP)

    def fund_name(self) -> bool | None:
        """A fund's name in sentence case right after "Quỹ" ("Quỹ Vì người nghèo quận X", "Quỹ Trợ vốn cho người nghèo
        tự tạo việc làm"), from org_fund_names.tsv: its lowercase words are no verbs or function words here."""
        if self.head.type != "fund" or self.cand.parts or self.res.fund_name_re is None:
            return None
        name = self.res.fund_name_re.match(self.text, self.at)
        if name is None:
            return None
        self.previous_capital_single = False
        return self.take(re.sub(r"\s+", " ", name.group(0)), name.end())

    def zones(self) -> bool | None:
        """"Công đoàn các Khu công nghiệp (và chế xuất) tỉnh X": the union of a province's industrial zones is one
        body, not "công đoàn các ..." in the plural; its place follows."""
        if self.cand.parts or (self.head.type != "union" and self.head.name != "Ban Quản lý"):
            return None  # "Ban Quản lý các KCN tỉnh X": the authority of a province's zones, one body too
        zones = _ZONES.match(self.text, self.at) or _JOINED_ZONES.match(self.text, self.at)
        if not zones:
            return None
        return self.take(self._zones_written(zones.group(0)), zones.end())  # "các KCN" -> "các Khu công nghiệp"

    def _zones_written(self, zones: str) -> str:
        written = re.sub(r"\b(KCN|KCX|KKT)\b", lambda m: self.res.abbreviations.get(m.group(1), m.group(1)), zones)
        written = re.sub(r"(?<=và )CX\b", "chế xuất", written)  # "các KCN và CX Hà Nội": the zones' second kind, shortened
        return re.sub(r"\s*[-–]\s*", " - ", written)  # "KCX-KCN" -> "Khu chế xuất - Khu công nghiệp"

    def sector(self) -> bool | None:
        """"Bộ Giao thông vận tải", "Sở Tài nguyên và môi trường tỉnh X": a state sector of several words is one
        piece of the name (``org_sectors.tsv``), also where the tokenizer reads its later words as verbs."""
        sector = self.res.sector_re.match(self.text, self.at) if self.res.sector_re else None
        if not sector:
            return None
        self.previous_capital_single = False
        written = re.sub(r"\s*([-–])\s*", r" \1 ", re.sub(r"\s+", " ", sector.group(0)))  # "Lao động - Thương binh"
        return self.take(written, sector.end())

    def agencies_bloc(self) -> bool | None:
        """"Công đoàn Khối các cơ quan tỉnh X", "Đảng ủy Khối các cơ quan Trung ương": the bloc of a level's agencies
        is one body; its "các" counts agencies, not several unions."""
        if not (self.cand.parts and self.cand.parts[-1] == "Khối"):
            return None
        bloc = _AGENCIES_BLOC.match(self.text, self.at)
        return self.take(re.sub(r"\s+", " ", bloc.group(0)), bloc.end()) if bloc else None

    def quoted_drive(self) -> bool | None:
        """"Ban chỉ đạo phong trào “Toàn dân đoàn kết … tỉnh”": the quoted drive is part of the name; a unit
        word closing it is the committee's place."""
        text, at, cand = self.text, self.at, self.cand
        if not (self.head.tail == "descriptor" and cand.parts and cand.parts[-1] in _NAMED_DRIVES and text[at] in "“\""):
            return None
        close = text.find("”" if text[at] == "“" else '"', at + 1)
        if close > at + 1:
            inner = text[at + 1:close].strip()
            unit = re.search(r"\s(tỉnh|thành phố|huyện|quận|thị xã|phường|xã)$", inner)
            if unit:
                cand.unit, inner = unit.group(1), inner[:unit.start()]
            cand.parts.append(inner)
            cand.end = close + 1
        return STOP

    def place_alias(self) -> bool | None:
        """"TP HCM", "Thủ đô": a known way of writing a place ends the name."""
        alias = self.res.alias_re.match(self.text, self.at)
        if not alias:
            return None
        self.cand.unit, self.cand.place_name = split_place(self.res.aliases[alias.group(1)])
        self.cand.unit_written = True
        self.pos = self.cand.end = alias.end()
        self._short_name_after_place()
        return STOP

    def _short_name_after_place(self) -> None:
        """"Công đoàn Giáo dục TP HCM (CĐGD)": the body's short name in brackets after its place, used alone later."""
        if self.cand.parts and self.text[self.pos:self.pos + 1] == " ":
            paren = _PAREN_ABBREVIATION.match(self.text[self.pos:])
            if paren and not self.res.alias_re.fullmatch(paren.group(1).strip()):
                self.parenthesised_abbreviation()

    def _canonical_unit(self, written: str) -> str:
        written = written.lower()
        return self.res.units.get(written) or self.res.units.get(written.rstrip(".")) or written.rstrip(".")

    def place_with_unit(self) -> bool | None:
        """"quận Thanh Xuân", "tỉnh": a unit (with its place, if named) ends the name."""
        text, at, res = self.text, self.at, self.res
        unit = res.unit_re.match(text, at)
        if unit and (res.head_re.match(text, at) or _SOCIETY.match(text, at)):
            unit = None  # "Tỉnh ủy", not the unit "tỉnh"; "xã hội" (society), not the unit "xã"
        if unit and unit.group(0)[0].isupper() and unit.group(0).lower() not in ("thành phố", "tp", "tp."):
            if _parse_place(text, unit.end(), self.words, res)[0] is None:
                unit = None  # "Xã hội" is a word, not the unit "xã"
        if not unit or self.head.tail == "level":
            return None
        self.cand.unit = self._canonical_unit(unit.group(0))
        name, name_end = _parse_place(text, unit.end(), self.words, res)
        if name:
            self.cand.place_name = name
        self.pos = self.cand.end = name_end if name else unit.end()
        if name:
            self._short_name_after_place()
        return STOP

    def level_place(self) -> bool | None:
        """"Thành ủy TP HCM", "Tỉnh ủy": a level body's own unit, then the place, end the name."""
        if self.head.tail != "level":
            return None
        text, at, cand, res = self.text, self.at, self.cand, self.res
        written_unit = res.unit_re.match(text, at)
        if written_unit and not res.head_re.match(text, at):
            cand.unit = self._canonical_unit(written_unit.group(0))
            cand.end = written_unit.end()
            cand.unit_written = True
            at = written_unit.end()
            while at < len(text) and text[at] == " ":
                at += 1
            alias = res.alias_re.match(text, at)
            if alias:
                cand.place_name = split_place(res.aliases[alias.group(1)])[1]
                cand.end = alias.end()
                return STOP
        name, name_end = _parse_place(text, at, self.words, res)
        if name:
            cand.place_name = name
            cand.end = name_end
        return STOP

    def vietnam(self) -> bool | None:
        """"Việt Nam" ends a national body's name; the Front's provincial committees go on to their place
        ("Ủy ban MTTQ Việt Nam tỉnh Bình Định")."""
        found = re.match(r"(?i:Việt\s+Nam|VN)" + _NOT_WORD_AFTER, self.text[self.at:])
        if not found:
            return None
        named = bool(self.cand.parts)  # "Khu công nghiệp Việt Nam", not the national "Công đoàn Việt Nam"
        self.take("Việt Nam", self.at + found.end())
        partner = self.res.partner_re.match(self.text, self.pos) if self.res.partner_re and named else None
        if partner:  # "Khu công nghiệp Việt Nam - Singapore", "Bệnh viện Hữu nghị Việt Nam - Cu Ba": a partner country
            return self.take("- " + partner.group(1), partner.end(), STOP)
        english = _ENGLISH_FORM.match(self.text, self.pos) if named and "company" in (self.head.type, self.named_type) else None
        if english:  # "Công ty TNHH Nidec Việt Nam Corporation": a foreign company's legal form in English
            return self.take(english.group(1), english.end(), STOP)
        form = _LEGAL_FORM_AFTER.match(self.text, self.pos) if named and "company" in (self.head.type, self.named_type) else None
        if form:  # "Tổng Công ty Thép Việt Nam - CTCP": a state group turned joint-stock, its legal form after the country
            return self._legal_form(form)
        company = "company" in (self.head.type, self.named_type) or self._foreign_company_union()
        branch = self.res.place_re.match(self.text, self.pos + 1) if named and company else None
        if branch and self.text[self.pos:self.pos + 1] == " " and self.res.place_kinds.get(branch.group(1)) == "province":
            # "Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên": a foreign group's company in a province
            return self.take(branch.group(1), branch.end(), STOP)
        rest = self.text[self.pos:].lstrip()
        if self.head.type == "front" and self.res.unit_re.match(rest) and not self.res.head_re.match(rest):
            return GO_ON
        self.parenthesised_abbreviation()  # "Công đoàn Viên chức Việt Nam (CĐVC VN)": the short name used later
        return STOP

    def _foreign_company_union(self) -> bool:
        """"Công đoàn Samsung Electronics Việt Nam": a union named by a foreign company written without "Công ty" (its words
        capitalized, with no Vietnamese letter, not all in capitals), whose plant's province may follow as the company's
        does; a national union is named in Vietnamese ("Công đoàn Dệt May Việt Nam")."""
        words = " ".join(self.cand.parts[:-1]).split()  # the parts before "Việt Nam"
        return self.head.type in ("union", "grassroots_union") and bool(words) \
            and all(re.fullmatch(r"[A-Z][A-Za-z0-9&\-]*", w) for w in words) and not all(w.isupper() for w in words)

    def capitals_headline(self) -> bool | None:
        """A headline in capitals: the name cannot be told from the words after it."""
        cand = self.cand
        return STOP if self.text[cand.start:cand.end].isupper() and len(cand.parts) >= 3 else None

    def english_form(self) -> bool | None:
        """"Công ty Hana Micron Vina Co., Ltd": a foreign company's legal form in English closes its name."""
        if not (self.cand.parts and "company" in (self.head.type, self.named_type)):
            return None
        english = _ENGLISH_FORM.match(self.text, self.pos)
        if english:
            return self.take(english.group(1), english.end(), STOP)
        named = _FOREIGN_WORDS_AND_FORM.match(self.text, self.at)  # the tokenizer would run "Vina Co" into one word
        if named:
            self.take(re.sub(r"\s+", " ", named.group(1)), named.end(1))
            english = _ENGLISH_FORM.match(self.text, self.pos)
            return self.take(english.group(1), english.end(), STOP)
        return None

    def company_phrase(self) -> bool | None:
        phrase = re.match(r"(?:một thành viên|trách nhiệm hữu hạn|cổ phần)" + _NOT_WORD_AFTER, self.text[self.at:])
        if phrase and self.head.type == "company":
            return self.take(phrase.group(0), self.at + phrase.end())
        return None

    def collective_cluster(self) -> bool | None:
        """"Cụm thi đua 5 thành phố trực thuộc Trung ương"; "Cụm Thi đua 6 LĐLĐ tỉnh khu vực Bắc Trung Bộ": the
        federations of the provinces of a region are a kind, not one province's (its place is not completed)."""
        if self.head.type != "cluster" and self.cand.inner_start is None:
            return None
        collective = re.match(r"(\d+)\s+(Thành phố|thành phố|tỉnh|Tỉnh)\s+trực\s+thuộc\s+Trung\s+ương", self.text[self.at:])
        if collective is None and self.cand.inner_start is not None and self.head.type == "cluster":
            collective = re.match(rf"(?:[Tt]hành phố|[Tt]ỉnh)\s+(?:trực\s+thuộc\s+Trung\s+ương|khu\s+vực(?:\s+[{_UPPER}]\w*)+)",
                                  self.text[self.at:])
        return self.take(collective.group(0), self.at + collective.end(), STOP) if collective else None

    def number(self) -> bool | None:
        """"Tổng công ty May 10", "Bệnh viện Nhi Đồng 1" (a company's or a hospital's number ends it); "số 5", "Cụm 3"
        (a number goes on)."""
        text, at, cand = self.text, self.at, self.cand
        number = re.match(r"(?:số\s+)?\d+" + _NOT_WORD_AFTER, text[at:])
        if not number:
            return None
        dated = _NAMED_DAY.match(text, at)
        if dated and "company" in (self.head.type, self.named_type) and cand.parts and cand.parts[-1][:1].isupper() \
                and 1 <= int(dated.group(1)) <= 31 and 1 <= int(dated.group(2)) <= 12:
            # "Công ty CP Dệt may 29/3": Vietnamese companies are named after a historic day, written as a date
            return self.take(dated.group(0), dated.end(), STOP)
        if _NUMBERED_TYPES & {self.head.type, self.named_type} and cand.parts and cand.parts[-1][:1].isupper() \
                and len(number.group(0)) <= 3 \
                and not _COUNTED_AFTER.match(text, at + number.end()):
            self.take(number.group(0), at + number.end())
            form = _LEGAL_FORM_AFTER.match(text, self.pos)  # "Tổng Công ty May 10 – CTCP": its legal form follows
            if form:
                self.take("- " + self.res.abbreviations.get(form.group(1), form.group(1)), form.end())
            return STOP
        if number.group(0).startswith("số") or (self.head.type in ("cluster", "military") and not cand.parts):
            # (a military unit is named by its number: "Trung đoàn 123", "Lữ đoàn 170 Hải quân")
            return self.take(number.group(0), at + number.end())
        return None

    def connector(self) -> bool | None:
        """"và", "-", "&" between parts of one name; a dash before a head names the cluster of that body."""
        text, at, cand, res = self.text, self.at, self.cand, self.res
        form = _LEGAL_FORM_AFTER.match(text, at) if cand.parts and "company" in (self.head.type, self.named_type) else None
        if form:  # "Tổng công ty Viglacera - CTCP": a state group turned joint-stock writes its legal form after a dash
            return self._legal_form(form)
        connector = re.match(r"(và|-|–|&)\s*", text[at:])
        owner = re.match(r"(?:-|–|(trực\s+)?thuộc\s)\s*", text[at:]) if cand.parts and self.head.type == "cluster" else None
        if owner and res.head_re.match(text, at + owner.end()) and cand.parts[0] == "các":
            # "Khối thi đua các Công đoàn ngành trực thuộc Tổng LĐLĐ": a cluster named by its members says whose
            # members they are, with the word
            return self.take("trực thuộc" if owner.group(1) else "thuộc", at + owner.end())
        if owner and not owner.group(1) and res.head_re.match(text, at + owner.end()):
            # "Cụm Thi đua số 1 – Tập đoàn Hóa chất Việt Nam"; "Cụm thi đua số 3 thuộc Liên đoàn Lao động tỉnh": a
            # numbered cluster is named with the body it belongs to, without the word (as the gold writes it)
            self.pos = at + owner.end()
            return GO_ON
        university = res.head_re.match(text, at + connector.end()) if connector and connector.group(1) in "-–" else None
        if university and cand.parts and self.named_type == "school" and res.heads.get(university.group(1), self.head).name == "Đại học":
            # "Trường Đại học Kinh tế - ĐHQGHN": a member school of a national or regional university names it after a dash
            cand.parts.append("-")
            self.pos = at + connector.end()
            return GO_ON
        if connector and not cand.parts and self.head.type == "party" and self.head.name.startswith("Ban ") \
                and connector.group(1) != "&" and text[at + connector.end():][:1].isupper() \
                and not self._head_word_at(at + connector.end()):
            # "Ban Tuyên giáo và Dân vận Thành ủy", "Ban Tổ chức - Kiểm tra LĐLĐ tỉnh": departments merged into one
            # (party and union bodies since 2025) join their fields, each capitalized, with "và" or a dash
            cand.parts.append(connector.group(1))
            self.pos = at + connector.end()
            return GO_ON
        if not (connector and cand.parts):
            return None
        nxt = at + connector.end()
        zones = _ZONES.match(text, nxt) if connector.group(1) == "và" and self.named_type == "zone" else None
        if zones:
            # "Công đoàn Khu kinh tế Nghi Sơn và các KCN Thanh Hóa": one union (one board) for a named zone and the
            # province's other zones, as for the high-tech park ("Công đoàn Khu công nghệ cao và các KCN Đà Nẵng")
            cand.parts += ["và", self._zones_written(zones.group(0))]
            self.pos = cand.end = zones.end()
            return GO_ON
        described = _DESCRIBED_BEFORE_ALIAS.match(text, nxt)
        if connector.group(1) == "và" and described and self.named_type in _DESCRIBED_TYPES \
                and not any(w in res.stop_words for w in described.group(1).split()):
            # "Tập đoàn Phát triển nhà và đô thị (HUD)": the short name in parentheses closes the whole name
            cand.parts += ["và", described.group(1)]
            self.pos = cand.end = described.end(1)
            return GO_ON
        group = res.alias_head_re.match(text, nxt) if res.alias_head_re and connector.group(1) in "-–" else None
        if group and "company" in (self.head.type, self.named_type) and res.heads[group.group(1)].type == "company":
            # "Công ty Than Hà Lầm - TKV": a state group's subsidiary writes the group's initials after a dash as part
            # of its name (as "Công ty CP than Vàng Danh – Vinacomin"), not as a second body
            return self.take(connector.group(1) + " " + group.group(1), group.end(), STOP)
        if res.organ_re.match(text, nxt):
            return STOP  # "Ban cán sự Đảng Bộ X và Đoàn Chủ tịch Tổng LĐLĐ": another body's organ
        if connector.group(1) == "và" and res.office_re is not None and res.office_re.match(text, nxt):
            return STOP  # "Công đoàn Công ty và Giám đốc Công ty đã trao thưởng": an office of another body, not a name's word
        brand = _BRAND.match(text, nxt) if connector.group(1) == "và" else None
        if brand and brand.group(0) not in res.abbreviations:
            return STOP  # "Ngân hàng Agribank và BIDV": a second body written by its initials
        central = re.match(r"Trung\s+ương\s+", text[nxt:]) if connector.group(1) == "và" else None
        if central and res.head_re.match(text, nxt + central.end()):
            return STOP  # "Bộ Y tế và Trung ương Đoàn", "... và Trung ương Hội Liên hiệp Phụ nữ Việt Nam": the central body of another
        if connector.group(1) == "và" and (_COMMITTEE_AFTER.match(text, nxt) or self._ends_with_place()):
            # "Bộ Y tế và Ủy ban Xã hội của Quốc hội": a committee is another body; "Trường Mầm non Ba Vì và Trạm Y tế
            # xã": a name that ends with its place is whole, what "và" adds is the next body of a list
            return STOP
        title_word = res.head_re.match(text, nxt) if self.head.type == "media" and connector.group(1) == "và" else None
        if title_word and re.match(r"\s*(?:[,.;:)]|$)", text[title_word.end(1):]) \
                and (res.heads.get(title_word.group(1)) or self.head).name in res.bare_heads:
            # "Tạp chí Lao động và Công đoàn": a paper's title may end with a head word that names no body alone
            return self.take(f"và {title_word.group(1)}", title_word.end(1), STOP)
        if nxt < len(text) and text[nxt].isupper() and not self._head_word_at(nxt):
            cand.parts.append(connector.group(1))
            self.pos = nxt
            return GO_ON
        if connector.group(0) == "-" and text[at - 1:at].isalpha() and text[nxt:nxt + 1].isalpha():
            word = _next_word(text, nxt, self.words)  # "CĐ Than-khoáng sản VN": no spaces, one name
            if word and word[0] == nxt:
                cand.parts[-1] += "-" + text[word[0]:word[1]]
                self.pos = cand.end = word[1]
                return GO_ON
        joined = res.abbreviation_re.match(text, nxt)
        if joined and connector.group(1) in "-–" and not re.match(r"\s", text[at + 1:at + 2]):
            # "Công đoàn Các KCX-KCN TP": two kinds of zone joined by a dash are one name
            cand.parts += ["-", res.abbreviations[joined.group(1)]]
            self.pos = cand.end = joined.end()
            return GO_ON
        return STOP

    def _legal_form(self, form: re.Match[str]) -> bool:
        """The legal form after a dash closes the name; the short name in brackets after it is the body's
        ("Tổng công ty Xây dựng Hà Nội - CTCP (Hancorp)", written alone later)."""
        self.take("- " + self.res.abbreviations.get(form.group(1), form.group(1)), form.end())
        self.parenthesised_abbreviation()
        return STOP

    def _ends_with_place(self) -> bool:
        """The name read so far ends with a known place ("Trường Mầm non Ba Vì", "Công ty May Hưng Yên")."""
        last = self.cand.parts[-1] if self.cand.parts else ""
        return any(m.end() == len(last) and (m.start() == 0 or last[m.start() - 1] == " ")
                   for m in self.res.place_re.finditer(last))

    def _chaired_union(self) -> bool:
        """A union written by its level alone after its officer's title ("Chủ tịch CĐCS", "Phó Chủ tịch Công đoàn"), or a
        company by its kind after its director's ("Tổng giám đốc Tổng công ty"): a person's name after it is the officer's,
        not the body's name."""
        if self.head.type == "company":  # "Tổng giám đốc Tổng công ty Nguyễn Văn Nam": the director's name, not the company's
            return bool(_DIRECTOR_BEFORE.search(self.text, 0, self.cand.start))
        return self.head.type in ("union", "grassroots_union") and bool(_OFFICER_TITLE_BEFORE.search(self.text, 0, self.cand.start))

    def _named_after_people(self) -> bool:
        """The body, or the one its union belongs to, is a school, which Vietnam names after people: "Công đoàn
        Trường THPT Chu Văn An" is the school's union, not a union and then a person."""
        return self.head.type in _NAMED_AFTER_PEOPLE or self.named_type in _NAMED_AFTER_PEOPLE

    def _prize_before(self) -> bool:
        """The name so far ends with a prize, which is named after a person: "Hội đồng tuyển chọn Giải thưởng Tôn Đức
        Thắng" (the council of the prize), not the council and then a person."""
        return bool(self.cand.parts and re.search(r"(?i:giải\s+thưởng|giải)$", self.cand.parts[-1]))

    def _head_word_at(self, pos: int) -> bool:
        """A head starts at ``pos`` as a word of its own: "Hội" of "Trung tâm Phát triển và Hội nhập" is the first
        syllable of the word "Hội nhập" (underthesea's), no association."""
        head = self.res.head_re.match(self.text, pos)
        if head is None:
            return False
        word = _next_word(self.text, pos, self.words)
        return not (word and word[0] == pos and word[1] > head.end(1) and self.text[head.end(1):word[1]].strip()[:1].islower())

    def abbreviation(self) -> bool | None:
        abbreviation = self.res.abbreviation_re.match(self.text, self.at)
        if not abbreviation or self.res.head_re.match(self.text, self.at):
            return None
        self.previous_capital_single = False
        return self.take(self.res.abbreviations[abbreviation.group(1)], abbreviation.end())

    def nested_head(self) -> bool | None:
        """"Cụm thi đua số 5 LĐLĐ thành phố": another body's head inside the name (remembered as nested)."""
        text, at, cand, head, res = self.text, self.at, self.cand, self.head, self.res
        inner = res.head_re.match(text, at)
        if not (inner and inner.start(1) == at):
            return None
        inner_head = res.heads.get(inner.group(1)) or _lookup_head(inner.group(1), res)
        if inner_head is None or inner_head.tail == "descriptor" or not self._head_word_at(at):
            return None
        if not cand.parts and inner.group(1)[0].isupper() and (
                head.type == "school" and inner_head.type == "company" and inner_head.tail == "name"
                or head.type == "company" and inner_head.name == "Liên doanh"):
            # "Học viện Ngân hàng": the field a school teaches; "Xí nghiệp Liên doanh Vietsovpetro": a joint venture's
            # kind; the first words of the name, not another body inside it
            self.previous_capital_single = False
            return self.take(inner.group(1), inner.end(1))
        if not (cand.parts or head.type in _NESTING_TYPES or head.name == "Ban Quản lý" and inner_head.type == "zone"
                or head.name == "Văn phòng đại diện"):
            return None  # "Ban Quản lý Khu kinh tế Vũng Áng": the board of a zone is named by the zone
        if head.type == "association" and not cand.parts and inner.group(1)[0].islower():
            return None  # "Hội trường Thành phố": a hall, one word with the head ("Đoàn Thanh niên Công ty X" nests)
        if cand.inner_start is None and not cand.parts or head.type in ("cluster", "department", "party"):
            cand.inner_start = cand.inner_start if cand.inner_start is not None else at
        self.previous_capital_single = False
        self.named_type = inner_head.type
        written = " ".join(filter(None, (inner_head.name, inner_head.carried)))  # "ĐHQG": "Đại học Quốc gia"
        return self.take(written, inner.end(1), STOP if inner_head.tail == "alone" else GO_ON)

    # --- words ---------------------------------------------------------------------------------------

    def word(self) -> bool:
        """The next word: taken when it continues the name, else the name ends before it."""
        text, at, cand, head, res = self.text, self.at, self.cand, self.head, self.res
        word = _next_word(text, at, self.words)
        if word is None:
            return STOP
        if (cand.parts or head.default or self._chaired_union()) and not self._named_after_people() and _person_at(text, at, res) \
                and not self._prize_before():
            return STOP  # "Sở Tư pháp Viên Hồng Tiến", "Chủ tịch Công đoàn cơ sở Vũ Thị Hằng": the office holder's name follows
        word = self._trimmed(word)
        token = text[word[0]:word[1]]
        if token in res.abbreviations and is_capitalized(token):
            self.previous_capital_single = False
            return self.take(res.abbreviations[token], word[1])
        if is_capitalized(token) and re.fullmatch(r"[\wÀ-ỹĐđ][\wÀ-ỹĐđ\s\-.&]*", token):
            return self.capitalized_word(word, token)
        for step in (self.school_qualifier, self.office_word, self.sector_word, self.company_shares, self.descriptor_word, self.cluster_word,
                     self.union_sector, self.described_words, self.split_word, self.sentence_case_nouns):
            outcome = step(word, token)
            if outcome is not None:
                return outcome
        return STOP

    def _trimmed(self, word: tuple[int, int]) -> tuple[int, int]:
        """The tokenizer may run a name into the next head, unit, place or person ("Dân vận Tỉnh")."""
        text, res = self.text, self.res
        place = res.place_re.match(text, word[0])  # "Bắc Ninh Nguyễn Văn Hòa": "Ninh" starts no name inside the place
        for syllable in re.finditer(r"\s(\S)", text[word[0]:word[1]]):
            inside = word[0] + syllable.start(1)
            if (res.head_re.match(text, inside) or res.unit_re.match(text, inside)
                    or res.place_re.match(text, inside) or _person_at(text, inside, res) and not (place and inside < place.end())):
                return (word[0], inside - 1)
        return word

    def capitalized_word(self, word: tuple[int, int], token: str) -> bool:
        text, cand, head, res = self.text, self.cand, self.head, self.res
        syllables = token.split()
        cut = next((
            i for i, syllable in enumerate(syllables)
            if i and syllable.islower() and syllable in res.stop_words
            and not (i + 1 < len(syllables) and syllables[i + 1][0].isupper())  # "Công nhân và Công đoàn" stays
            and not (i + 1 == len(syllables) and re.match(rf"\s+[{_UPPER}]", text[word[1]:]))
        ), None)
        if cut is not None:  # the tokenizer ran a verb into the name: "Kim Liên đạt"
            token = " ".join(syllables[:cut])
            word = (word[0], word[0] + len(token))
        if (looks_like_person(token, res.surnames) and len(token.split()) >= 3 and not self._named_after_people()
                and (cand.parts or head.tail != "name" or head.default) and not self._prize_before()
                and not res.place_re.match(text, word[0])):
            return STOP
        self.previous_capital_single = len(token.split()) == 1 and not token.isupper()
        return self.take(token, word[1])

    def school_qualifier(self, word: tuple[int, int], token: str) -> bool | None:
        """"Trường THPT chuyên Phan Bội Châu": a lowercase qualifier of the school's kind (org_school_qualifiers.tsv)
        goes on to the name, which is often a person's; only right after the kind and before a capital."""
        qualifier = self.res.school_qualifier_re.match(self.text, self.at) if self.res.school_qualifier_re else None
        if not (qualifier and self.named_type == "school" and self._after_school_kind()
                and re.match(rf"[{_UPPER}]", self.text[qualifier.end():qualifier.end() + 1])):
            return None
        return self.take(qualifier.group(1), qualifier.end(1))

    def _after_school_kind(self) -> bool:
        """The name so far ends with "Trường" and its kind ("Trường THPT", "Trường Trung học phổ thông")."""
        school = self.text.rfind("rường", 0, self.at)
        kind = self.res.school_kind_re.match(self.text, school + len("rường")) if school >= 0 else None
        return bool(kind and re.fullmatch(r"(?:\s+[a-zà-ỹđ]+){0,3}\s*", self.text[kind.end():self.at]))

    def office_word(self, word: tuple[int, int], token: str) -> bool | None:
        """"Công đoàn cơ quan Bộ Giáo dục và Đào tạo", "Đảng ủy cơ quan LĐLĐ Thành phố": the union (party committee)
        of a body's own office, named by "cơ quan" and that body."""
        if token.lower() != "cơ quan" or self.head.type not in ("union", "grassroots_union", "party", "association"):
            return None
        nxt = _next_word(self.text, word[1], self.words)
        if nxt and self._head_word_at(nxt[0]):
            return self.take("cơ quan", word[1])
        if not self.cand.parts and (nxt is None or not is_capitalized(self.text[nxt[0]:nxt[1]])
                                    or _person_at(self.text, nxt[0], self.res)):
            # "Đảng ủy cơ quan và Công đoàn cơ quan đã ký kết": the article's own agency, named elsewhere (merge.py)
            return self.take("cơ quan", word[1], STOP)
        return None

    def sector_word(self, word: tuple[int, int], token: str) -> bool | None:
        """"Công đoàn ngành Giáo dục": "ngành" before a capitalized sector."""
        if token.lower() != "ngành" or self.cand.parts:
            return None
        nxt = _next_word(self.text, word[1], self.words)
        return self.take("ngành", word[1]) if nxt and is_capitalized(self.text[nxt[0]:nxt[1]]) else None

    def company_shares(self, word: tuple[int, int], token: str) -> bool | None:
        if token.lower() == "cổ phần" and self.cand.parts == [] and self.head.name == "Công ty":
            return self.take("cổ phần", word[1])
        return None

    def descriptor_word(self, word: tuple[int, int], token: str) -> bool | None:
        """A descriptor head ("Ban chỉ đạo", "Hội đồng") takes lowercase words, and "trên địa bàn"."""
        if self.head.tail != "descriptor":
            return None
        text, cand, res = self.text, self.cand, self.res
        if token[0].islower() and token.lower() not in res.stop_words and len(cand.parts) < 10:
            self.take(token, word[1])
            if text[self.pos:self.pos + 2] == ", ":
                nxt = _next_word(text, self.pos + 2, self.words)
                if nxt and text[nxt[0]:nxt[1]][0].islower() and text[nxt[0]:nxt[1]] not in res.stop_words:
                    cand.parts[-1] += ","
                    self.pos += 1
            return GO_ON
        place = re.match(r"trên\s+địa\s+bàn\s+", text[self.at:])
        if place:
            self.pos = self.at + place.end()
            return GO_ON
        return None

    def cluster_word(self, word: tuple[int, int], token: str) -> bool | None:
        if self.head.type != "cluster" or not token[0].islower():
            return None
        members = _CLUSTER_MEMBERS.match(self.text, self.at)
        if members and not self.cand.parts:
            # "Khối thi đua các doanh nghiệp Nhà nước thành phố X", "Khối thi đua các Công đoàn ngành trực thuộc Tổng
            # LĐLĐ": a cluster is named by the kind of its members; its "các" counts them, it is one body
            return self.take("các", members.end(1))
        phrase = _cluster_descriptor(self.text, self.at, self.res)
        return self.take(self.text[self.at:phrase], phrase) if phrase else STOP

    def union_sector(self, word: tuple[int, int], token: str) -> bool | None:
        """"Công đoàn viên chức tỉnh", "Công đoàn ngành giáo dục huyện": a lowercase sector before a unit."""
        cand, res = self.cand, self.res
        if not (self.head.type in ("union", "grassroots_union") and token[0].islower()
                and (not cand.parts or cand.parts == ["ngành"])):
            return None
        sector = _SECTOR_BEFORE_UNIT.match(self.text, self.at)
        if sector and not any(w in res.stop_words for w in sector.group(1).split()) \
                and not res.unit_re.match(self.text, self.at):
            return self.take(sector.group(1), sector.end(1))
        return None

    def described_words(self, word: tuple[int, int], token: str) -> bool | None:
        """Company names carry lowercase words between capitalized ones ("Giống cây trồng miền Nam",
        "Kinh doanh địa ốc Him Lam"): taken only when a capitalized word or a place follows them."""
        text, cand, head, res = self.text, self.cand, self.head, self.res
        kind = self.named_type  # "Công đoàn cơ sở Bệnh viện đa khoa Trung ương": the hospital's name is described
        described = kind in _DESCRIBED_TYPES or (head.type in ("union", "grassroots_union") and not cand.parts)
        if not (described and token[0].islower() and not _stop_word(token, res)):
            return None
        ahead, cursor = [], word
        while cursor and len(ahead) < (4 if kind in _DESCRIBED_TYPES else 1):
            piece = text[cursor[0]:cursor[1]]
            if not piece[0].islower() or _stop_word(piece, res) or _NUMBERED.match(text, cursor[0]):
                break
            ahead.append(cursor)
            cursor = _next_word(text, cursor[1], self.words)
        if ahead and cursor and text[cursor[0]:cursor[1]] in "-–":
            cursor = _next_word(text, cursor[1], self.words)  # "Phục hồi chức năng - Điều trị bệnh nghề nghiệp"
        if not (ahead and cursor):
            return None
        nxt = text[cursor[0]:cursor[1]]
        two_syllables = len(nxt.split()) == 2 and not re.match(r"\s+[" + _UPPER + "]", text[cursor[1]:])
        if (nxt[0].isupper() and (kind in _DESCRIBED_TYPES or not res.head_re.match(text, cursor[0]))
                and (two_syllables or not _person_at(text, cursor[0], res))) \
                or res.alias_re.match(text, cursor[0]) \
                or (kind in _DESCRIBED_TYPES and _NUMBERED.match(text, cursor[0])) \
                or (kind in _DESCRIBED_TYPES and _PAREN_ABBREVIATION.match(text, ahead[-1][1])) \
                or (kind in _DESCRIBED_TYPES and nxt == "và" and _DESCRIBED_BEFORE_ALIAS.match(text, _skip_spaces(text, cursor[1]))):
            # ... or "và" and lowercase words that its abbreviation closes: "Đầu tư phát triển nhà và đô thị (HUD)"
            # ... or its own abbreviation in parentheses closes the name: "... bệnh nghề nghiệp (BNN)"
            self.previous_capital_single = False
            described = text[ahead[0][0]:ahead[-1][1]]
            verb = _verb_after_capitals(described, res)
            if verb is not None:
                # "da Phú Lâm vui" (of "Công ty Giày da Phú Lâm vui Tết Trung thu"): the tokenizer ran a headline's
                # verb into the name; the capitalized word after it is the verb's object
                return self.take(described[:verb], ahead[0][0] + verb, STOP)
            return self.take(described, ahead[-1][1])
        return None

    def split_word(self, word: tuple[int, int], token: str) -> bool | None:
        """The tokenizer left a word such as "Y tế" in two pieces; "Khu kinh tế tỉnh Hà Tĩnh" before a place."""
        if not (self.previous_capital_single and token[0].islower() and token.lower() not in self.res.stop_words and (
                " " not in token or _ends_before_place(self.text, word[1], self.words, self.res))):
            return None
        self.cand.parts[-1] += " " + token
        self.pos = self.cand.end = word[1]
        self.previous_capital_single = False
        return GO_ON

    def sentence_case_nouns(self, word: tuple[int, int], token: str) -> bool | None:
        """Official names written in sentence case: one capitalized word, then its lowercase nouns ("Công ty Truyền
        tải điện 4", "Trung tâm Dịch vụ việc làm", "Ban Quan hệ lao động", "Ban Chính sách pháp luật"). Taken when
        the capitalized part is one two-syllable word and underthesea tags what follows as nouns (at most two); a
        verb, a function word, a unit or a time word ends the name."""
        text, cand, res = self.text, self.cand, self.res
        named = [p for p in cand.parts if p.lower() not in _COMPANY_FORMS]  # "Công ty TNHH Một thành viên Thoát nước"
        if not ((self.head.type in _SENTENCE_CASE_TYPES or self.head.name in _SENTENCE_CASE_HEADS) and len(named) == 1 and named[0][:1].isupper()
                and named[0] == cand.parts[-1] and len(named[0].split()) == 2 and token[0].islower()):
            return None
        end, taken = self.at, 0
        for noun, tag in _tagged(text, self.at):
            found = re.match(r"\s*" + re.escape(noun), text[end:])
            if (taken == 2 or not (tag == "N" or _noun_tagged_numeral(noun, tag)) or not found or not noun[0].islower() or noun.lower() in res.stop_words
                    or res.unit_re.fullmatch(noun)):
                break
            end, taken = end + found.end(), taken + 1
        if not taken:
            return None
        self.previous_capital_single = False
        self.take(text[self.at:end], end)
        number = re.match(r"\s+(\d{1,3})" + _NOT_WORD_AFTER, text[end:])
        if number and self.head.type == "company" and not _COUNTED_AFTER.match(text, end + number.end()):
            return self.take(number.group(1), end + number.end(), STOP)  # "Công ty Truyền tải điện 4"
        return GO_ON


_NUMERAL_SYLLABLES = frozenset("một hai ba bốn năm sáu bảy tám chín mười mươi trăm nghìn ngàn triệu tỷ tỉ".split())


def _noun_tagged_numeral(word: str, tag: str) -> bool:
    """underthesea tags a noun that ends the text it reads as a numeral ("Cục Điều tiết điện lực": "điện lực" M):
    a word of two syllables or more, none of them a number, is taken as the noun it is."""
    syllables = word.lower().split()
    return tag == "M" and len(syllables) >= 2 and not any(s in _NUMERAL_SYLLABLES or not s.isalpha() for s in syllables)


def _verb_after_capitals(words: str, resources: OrganizationResources) -> int | None:
    """Where a stop word written after a capitalized syllable begins inside one token, if one does."""
    syllables = words.split(" ")
    for i in range(1, len(syllables)):
        if syllables[i - 1][:1].isupper() and syllables[i].islower() and syllables[i] != "và" and (
                syllables[i] in resources.stop_words or " ".join(syllables[i:i + 2]) in resources.stop_words):
            return len(" ".join(syllables[:i]))
    return None


def _skip_spaces(text: str, pos: int) -> int:
    return pos + len(text[pos:]) - len(text[pos:].lstrip(" "))


def _stop_word(word: str, resources: OrganizationResources) -> bool:
    """A stop word; the tokenizer may have made one word of a phrase, e.g. "trao tặng" (org_stop_words.tsv has it)."""
    return word.lower() in resources.stop_words


def _ends_before_place(text: str, pos: int, words, resources: OrganizationResources) -> bool:
    """A unit word with its place (``tỉnh Hà Tĩnh``) follows ``pos``."""
    nxt = _next_word(text, pos, words)
    return bool(nxt and resources.unit_re.match(text, nxt[0]) and not resources.head_re.match(text, nxt[0]))


def _cluster_descriptor(text: str, at: int, resources: OrganizationResources) -> int | None:
    """End of the lowercase words that name an emulation cluster or bloc: "khối trường học", "khối hành chính
    sự nghiệp" (the words after "khối" are taken as written, also "phường"), or the nouns after the head
    ("khối thi đua công đoàn ngành"), read with underthesea's tags, and a word of the members' kind after them ("các doanh
    nghiệp sản xuất", which the tagger reads as a verb: org_member_kinds.tsv)."""
    bloc = _CLUSTER_BLOC.match(text, at)
    start = bloc.end() if bloc else at
    end = None
    for word, tag in _tagged(text, start):
        # a word of the members' kind after their noun goes on, whatever its tag ("các doanh nghiệp sản xuất")
        kind = end is not None and word in resources.member_kinds
        if not word[0].islower() or word in resources.stop_words \
                or (tag not in ("N", "Nc", "V") if bloc else tag not in ("N", "Nc") and not kind):
            break
        found = text.find(word, start if end is None else end)
        if found < 0:
            break
        end = found + len(word)
        if not bloc and resources.unit_re.match(text, found):
            end = None if found == start else found - 1
            break
    return end
