"""Organizations with abbreviations expanded and place kept.

A candidate starts at a head word from ``org_heads.tsv`` (Liên đoàn Lao động, UBND, Công ty …, written in
full or abbreviated as in ``org_abbreviations.tsv``) and runs over the words that continue its name: the
capitalized words of the name, a parenthesised abbreviation, and a place (``quận Thanh Xuân``), which
ends it. Words come from underthesea's ``word_tokenize`` (once per sentence that holds a head), so that
``Y tế`` stays one word and ``Ba Đình`` is told apart from the ``Nguyễn Đức Vinh`` written right after it.
Generic and collective mentions (``các CĐCS``, ``công đoàn các cấp``, ``UBND 5 thành phố``) and bodies
that only name a congress or a resolution are left out by the patterns of ``org_generic*.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import dropwhile

from underthesea import word_tokenize

from ..records import Article, Organization, Sentence, Span
from ..resources import read_tsv
from ..text import new_tone_placement


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
    generic_after: tuple[re.Pattern[str], ...]
    abbreviation_re: re.Pattern[str] | None = None
    bare_heads: frozenset[str] = frozenset()  # head names that need a name after them
    stop_words: frozenset[str] = field(default_factory=frozenset)
    province_units: dict[str, str] = field(default_factory=dict)  # "Hà Nội" -> "thành phố", "Nghệ An" -> "tỉnh"


def _head_pattern(text: str) -> str:
    """First letter exact (names are capitalized), the rest in any case (``Tổng liên đoàn Lao động``)."""
    if len(text) > 1 and text[1:].isupper() or "&" in text or text.isupper():
        return re.escape(text)
    return re.escape(text[0]) + "(?i:" + re.escape(text[1:]).replace(r"\ ", r"\s+") + ")"


def _alternation(items: list[str], pattern=re.escape) -> str:
    return "|".join(pattern(item) for item in sorted(set(items), key=len, reverse=True))


def load_resources() -> OrganizationResources:
    abbreviations = {row["abbreviation"]: row["expansion"] for row in read_tsv("org_abbreviations.tsv")}
    heads: dict[str, Head] = {}
    for row in read_tsv("org_heads.tsv"):
        heads[row["head"]] = Head(row["head"], row["head"], row["type"], row["tail"], row.get("default", ""))
    for abbreviation, expansion in abbreviations.items():
        if expansion in heads:
            base = heads[expansion]
            heads[abbreviation] = Head(abbreviation, base.name, base.type, base.tail, base.default)
    for written, base in list(heads.items()):
        # a head written with an abbreviation inside it: "Ủy ban MTTQ", "cụm CĐ", "Hội LHPN"
        for abbreviation, expansion in abbreviations.items():
            if expansion != written and re.search(rf"(?<!\w){re.escape(expansion)}(?!\w)", written):
                variant = written.replace(expansion, abbreviation)
                heads.setdefault(variant, Head(variant, base.name, base.type, base.tail, base.default))
    for row in read_tsv("org_aliases.tsv"):
        heads[row["form"]] = Head(row["form"], row["name"], row["type"], "alone")
    head_re = re.compile(_NOT_WORD_BEFORE + "(" + _alternation(list(heads), _head_pattern) + ")" + _NOT_WORD_AFTER)
    organs = [row["organ"] for row in read_tsv("org_organs.tsv")]
    organ_re = re.compile("(?:" + _alternation(organs, _head_pattern) + r")(?:\s+|(?=[,;.)]|$))")
    units = {row["unit"].lower(): row["canonical"] for row in read_tsv("admin_units.tsv")}
    unit_re = re.compile(
        "(?:" + _alternation([v(u) for u in units if u.endswith(".") for v in (str.upper, str.capitalize)]) + ")"
        + "|(?i:" + _alternation([u for u in units if not u.endswith(".")]) + ")" + _NOT_WORD_AFTER
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
    return OrganizationResources(
        heads=heads, head_re=head_re, organ_re=organ_re, abbreviations=abbreviations, unit_re=unit_re,
        units=units, place_re=place_re, place_kinds=place_kinds,
        site_places={row["host"]: row["place"] for row in read_tsv("site_places.tsv")}, aliases=aliases, alias_re=alias_re, surnames=surnames,
        generic_before=generic_before, generic_after=generic_after, stop_words=stop_words,
        bare_heads=frozenset(h.name for h in heads.values() if h.tail == "name" and not h.default),
        abbreviation_re=re.compile("(" + _alternation(list(abbreviations)) + ")" + _NOT_WORD_AFTER),
        province_units={
            split_place(row["place"])[1]: split_place(row["place"])[0]
            for row in read_tsv("org_parent_places.tsv") if row["parent_place"] == "Việt Nam"
        },
    )


# --------------------------------------------------------------------------------------------- words


@lru_cache(maxsize=2048)
def word_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets of underthesea's words in ``text`` (a word may hold several syllables: ``Ba Đình``)."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for token in word_tokenize(text):
        at = text.find(token, cursor)
        if at < 0:  # the tokenizer rewrote something; fall back to the syllables of the token
            for syllable in token.split():
                at = text.find(syllable, cursor)
                if at >= 0:
                    spans.append((at, at + len(syllable)))
                    cursor = at + len(syllable)
            continue
        spans.append((at, at + len(token)))
        cursor = at + len(token)
    return tuple(spans)


_WINDOW_END = re.compile(r"[;:“”\"!?]|\.(?:\s|$)")
_WINDOW = 120  # characters after a head that its name can take


def window_words(text: str, start: int, end: int | None = None) -> tuple[tuple[int, int], ...]:
    """Words of ``text[start:end]`` with offsets into ``text``. Only the stretch after a head is tokenized
    (up to the clause end, at most ``_WINDOW`` characters, ending on a space): the tokenizer's cost grows
    with its input, and a name never runs past that."""
    if end is None:
        stop = _WINDOW_END.search(text, start, start + _WINDOW)
        end = stop.start() if stop else min(len(text), start + _WINDOW)
        if end < len(text) and not stop:
            space = text.rfind(" ", start, end)
            end = space if space > start else end
    return tuple((a + start, b + start) for a, b in word_spans(text[start:end]))


class _LazyWords:
    """The words after a head, tokenized only when the name needs them (not for "LĐLĐ quận Ba Đình",
    where the known place ends it)."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.start, self.words = text, start, None

    def __iter__(self):
        if self.words is None:
            self.words = window_words(self.text, self.start)
        return iter(self.words)


def is_capitalized(word: str) -> bool:
    return bool(word) and word[0].isupper()


def looks_like_person(word: str, surnames: frozenset[str]) -> bool:
    """A word of 2-4 capitalized syllables starting with a family name (``Nguyễn Đức Vinh``)."""
    syllables = word.split()
    return (
        2 <= len(syllables) <= 4
        and syllables[0] in surnames
        and all(is_capitalized(s) for s in syllables)
    )


# -------------------------------------------------------------------------------------- candidates


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


def _next_word(text: str, pos: int, words: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """The word starting at or after ``pos`` (split where a word straddles ``pos``)."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    for start, end in words:
        if end <= pos:
            continue
        if start < pos:
            start = pos
        if start >= len(text):
            return None
        return (start, end)
    return None


def split_place(place: str) -> tuple[str, str]:
    """``"thành phố Hồ Chí Minh"`` -> ``("thành phố", "Hồ Chí Minh")``; ``"tỉnh Tiền Giang"`` -> ``("tỉnh", "Tiền Giang")``."""
    for unit in ("thành phố", "thị xã", "thị trấn"):
        if place.startswith(unit + " "):
            return unit, place[len(unit) + 1:]
    unit, _, name = place.partition(" ")
    return unit, name


def _parse_place(text: str, pos: int, words, resources: OrganizationResources) -> tuple[str | None, int]:
    """A place name right at ``pos``: a known place, a number (``Quận 1``) or a capitalized word."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    match = resources.place_re.match(text, pos)
    if match:
        return match.group(1), match.end()
    number = re.match(r"\d{1,2}" + _NOT_WORD_AFTER, text[pos:])
    if number:
        return number.group(0), pos + number.end()
    word = _next_word(text, pos, words)
    if word and word[0] == pos:
        token = text[word[0]:word[1]]
        syllables = token.split()
        capitalized = len(syllables) - len(list(dropwhile(is_capitalized, syllables)))
        if 0 < capitalized < len(syllables):  # "Nga Sơn biểu dương": the place is "Nga Sơn"
            token = " ".join(syllables[:capitalized])
            word = (word[0], word[0] + len(token))
        if is_capitalized(token) and not resources.head_re.match(text, pos) and token.replace(" ", "").isalpha():
            syllables = token.split()
            if len(syllables) <= 3 and not (len(syllables) >= 2 and syllables[0] in resources.surnames and len(syllables) == 3):
                return token, word[1]
            if len(syllables) >= 3 and syllables[0] not in resources.surnames:
                return token, word[1]
    return None, pos


def _parse_tail(text: str, head_match: re.Match[str], head: Head, words, resources: OrganizationResources) -> Candidate:
    cand = Candidate(head_match.start(1), head_match.end(1), head, [])
    if head.tail == "alone":
        return cand
    pos = cand.end
    previous_capital_single = False
    while pos < len(text):
        rest = text[pos:]
        paren = _PAREN_ABBREVIATION.match(rest)
        if paren and not paren.group(1).strip().isdigit():
            short = paren.group(1).strip()
            if (short not in resources.abbreviations and short.lower() not in resources.units and cand.alias is None
                    and (" " not in short or short.isupper()) and not resources.place_re.fullmatch(short) and len(short) >= 3):
                cand.alias = short
            pos += paren.end()
            cand.end = pos
            continue
        space = len(rest) - len(rest.lstrip(" "))
        at = pos + space
        if at >= len(text):
            break
        if head.tail == "descriptor" and cand.parts and cand.parts[-1] in _NAMED_DRIVES and text[at] in "“\"":
            # "Ban chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa tỉnh”": the quoted drive is
            # part of the name; a unit word closing it is the committee's place
            close = text.find("”" if text[at] == "“" else '"', at + 1)
            if close > at + 1:
                inner = text[at + 1:close].strip()
                unit = re.search(r"\s(tỉnh|thành phố|huyện|quận|thị xã|phường|xã)$", inner)
                if unit:
                    cand.unit, inner = unit.group(1), inner[:unit.start()]
                cand.parts.append(inner)
                cand.end = close + 1
            break
        alias = resources.alias_re.match(text, at)
        if alias:
            cand.unit, cand.place_name = split_place(resources.aliases[alias.group(1)])
            cand.unit_written = True
            cand.end = alias.end()
            break
        unit = resources.unit_re.match(text, at)
        if unit and resources.head_re.match(text, at):
            unit = None  # "Tỉnh ủy", not the unit "tỉnh"
        if unit and unit.group(0)[0].isupper() and unit.group(0).lower() not in ("thành phố", "tp", "tp."):
            if _parse_place(text, unit.end(), words, resources)[0] is None:
                unit = None  # "Xã hội" is a word, not the unit "xã"
        if unit and not (head.tail == "level"):
            written = unit.group(0).lower()
            canonical = resources.units.get(written) or resources.units.get(written.rstrip(".")) or written.rstrip(".")
            unit_end = unit.end()
            name, name_end = _parse_place(text, unit_end, words, resources)
            cand.unit = canonical
            if name:
                cand.place_name = name
                cand.end = name_end
            else:
                cand.end = unit_end
            break
        if head.tail == "level":
            written_unit = resources.unit_re.match(text, at)
            if written_unit and not resources.head_re.match(text, at):
                # "Thành ủy TP HCM", "Thành ủy TP": the unit is the level's own; the place may follow
                written = written_unit.group(0).lower()
                cand.unit = resources.units.get(written) or resources.units.get(written.rstrip(".")) or written.rstrip(".")
                cand.end = written_unit.end()
                cand.unit_written = True
                at = written_unit.end()
                while at < len(text) and text[at] == " ":
                    at += 1
                alias = resources.alias_re.match(text, at)
                if alias:
                    cand.place_name = split_place(resources.aliases[alias.group(1)])[1]
                    cand.end = alias.end()
                    break
            name, name_end = _parse_place(text, at, words, resources)
            if name:
                cand.place_name = name
                cand.end = name_end
            break
        vietnam = re.match(r"(?i:Việt\s+Nam|VN)" + _NOT_WORD_AFTER, text[at:])
        if vietnam:
            cand.parts.append("Việt Nam")
            cand.end = at + vietnam.end()
            break
        if text[cand.start:cand.end].isupper() and len(cand.parts) >= 3:
            break  # a headline in capitals: the name cannot be told from the words after it
        phrase = re.match(r"(?:một thành viên|trách nhiệm hữu hạn|cổ phần)" + _NOT_WORD_AFTER, text[at:])
        if phrase and head.type == "company":
            cand.parts.append(phrase.group(0))
            pos = cand.end = at + phrase.end()
            continue
        if head.type == "cluster" or cand.inner_start is not None:
            collective = re.match(r"(\d+)\s+(Thành phố|thành phố|tỉnh|Tỉnh)\s+trực\s+thuộc\s+Trung\s+ương", text[at:])
            if collective:
                cand.parts.append(collective.group(0))
                cand.end = at + collective.end()
                break
        number = re.match(r"(?:số\s+)?\d+" + _NOT_WORD_AFTER, text[at:])
        if number and head.type == "company" and cand.parts and cand.parts[-1][:1].isupper() and len(number.group(0)) <= 3 \
                and not _COUNTED_AFTER.match(text, at + number.end()):
            cand.parts.append(number.group(0))  # "Tổng công ty May 10", "Công ty Truyền tải Điện 4"
            pos = cand.end = at + number.end()
            break
        if number and (number.group(0).startswith("số") or (head.type == "cluster" and not cand.parts)):
            cand.parts.append(number.group(0))
            pos = cand.end = at + number.end()
            continue
        connector = re.match(r"(và|-|–|&)\s*", text[at:])
        if connector and cand.parts and head.type == "cluster" and connector.group(1) in "-–" \
                and resources.head_re.match(text, at + connector.end()):
            pos = at + connector.end()  # "Cụm Thi đua số 1 – Tập đoàn Hóa chất Việt Nam": the cluster of that body
            continue
        if connector and cand.parts:
            nxt = at + connector.end()
            if nxt < len(text) and text[nxt].isupper() and not resources.head_re.match(text, nxt):
                cand.parts.append(connector.group(1))
                pos = nxt
                continue
            joined = resources.abbreviation_re.match(text, nxt)
            if joined and connector.group(1) in "-–" and not re.match(r"\s", text[at + 1:at + 2]):
                # "Công đoàn Các KCX-KCN TP": two kinds of zone joined by a dash are one name
                cand.parts += ["-", resources.abbreviations[joined.group(1)]]
                pos = cand.end = joined.end()
                continue
            break
        abbreviation = resources.abbreviation_re.match(text, at)
        if abbreviation and not resources.head_re.match(text, at):
            cand.parts.append(resources.abbreviations[abbreviation.group(1)])
            pos = cand.end = abbreviation.end()
            previous_capital_single = False
            continue
        inner = resources.head_re.match(text, at)
        if inner and inner.start(1) == at and (cand.parts or head.type in ("cluster", "union", "grassroots_union", "department", "party", "committee")):
            inner_head = resources.heads.get(inner.group(1)) or _lookup_head(inner.group(1), resources)
            if inner_head is not None and inner_head.tail != "descriptor":
                if cand.inner_start is None and not cand.parts or head.type in ("cluster", "department", "party"):
                    cand.inner_start = cand.inner_start if cand.inner_start is not None else at
                cand.parts.append(inner_head.name)
                pos = cand.end = inner.end(1)
                previous_capital_single = False
                if inner_head.tail == "alone":
                    break
                continue
        word = _next_word(text, at, words)
        if word is None:
            break
        if (cand.parts or head.default) and head.type not in _NAMED_AFTER_PEOPLE and _person_at(text, at, resources):
            break  # "Sở Tư pháp Viên Hồng Tiến": the name of the office holder follows
        for syllable in re.finditer(r"\s(\S)", text[word[0]:word[1]]):
            inside = word[0] + syllable.start(1)
            if (resources.head_re.match(text, inside) or resources.unit_re.match(text, inside)
                    or resources.place_re.match(text, inside) or _person_at(text, inside, resources)):
                word = (word[0], inside - 1)  # the tokenizer ran a name into the next head ("Dân vận Tỉnh")
                break
        token = text[word[0]:word[1]]
        if token in resources.abbreviations and is_capitalized(token):
            cand.parts.append(resources.abbreviations[token])
            pos = cand.end = word[1]
            previous_capital_single = False
            continue
        if is_capitalized(token) and re.fullmatch(r"[\wÀ-ỹĐđ][\wÀ-ỹĐđ\s\-.&]*", token):
            syllables = token.split()
            cut = next((
                i for i, syllable in enumerate(syllables)
                if i and syllable.islower() and syllable in resources.stop_words
                and not (i + 1 < len(syllables) and syllables[i + 1][0].isupper())  # "Công nhân và Công đoàn" stays
                and not (i + 1 == len(syllables) and re.match(rf"\s+[{_UPPER}]", text[word[1]:]))
            ), None)
            if cut is not None:  # the tokenizer ran a verb into the name: "Kim Liên đạt"
                token = " ".join(syllables[:cut])
                word = (word[0], word[0] + len(token))
            if (looks_like_person(token, resources.surnames) and len(token.split()) >= 3 and head.type not in _NAMED_AFTER_PEOPLE
                    and (cand.parts or head.tail != "name" or head.default)
                    and not resources.place_re.match(text, word[0])):
                break
            cand.parts.append(token)
            pos = cand.end = word[1]
            previous_capital_single = len(token.split()) == 1 and not token.isupper()
            continue
        lower = token.lower()
        if lower == "ngành" and not cand.parts:
            nxt = _next_word(text, word[1], words)
            if nxt and is_capitalized(text[nxt[0]:nxt[1]]):
                cand.parts.append("ngành")
                pos = cand.end = word[1]
                continue
        if lower == "cổ phần" and cand.parts == [] and head.name == "Công ty":
            cand.parts.append("cổ phần")
            pos = cand.end = word[1]
            continue
        if head.tail == "descriptor" and token[0].islower() and lower not in resources.stop_words and len(cand.parts) < 10:
            cand.parts.append(token)
            pos = cand.end = word[1]
            if text[pos:pos + 2] == ", ":
                nxt = _next_word(text, pos + 2, words)
                if nxt and text[nxt[0]:nxt[1]][0].islower() and text[nxt[0]:nxt[1]] not in resources.stop_words:
                    cand.parts[-1] += ","
                    pos = pos + 1
            continue
        if head.tail == "descriptor" and re.match(r"trên\s+địa\s+bàn\s+", text[at:]):
            pos = at + re.match(r"trên\s+địa\s+bàn\s+", text[at:]).end()
            continue
        if head.type == "cluster" and token[0].islower():
            phrase = _cluster_descriptor(text, at, resources)
            if phrase:
                cand.parts.append(text[at:phrase])
                pos = cand.end = phrase
                continue
            break
        if head.type in ("union", "grassroots_union") and token[0].islower() and (not cand.parts or cand.parts == ["ngành"]):
            sector = _SECTOR_BEFORE_UNIT.match(text, at)
            if sector and not any(w in resources.stop_words for w in sector.group(1).split()) \
                    and not resources.unit_re.match(text, at):
                cand.parts.append(sector.group(1))  # "Công đoàn viên chức tỉnh", "Công đoàn ngành giáo dục huyện"
                pos = cand.end = sector.end(1)
                continue
        described = head.type in _DESCRIBED_TYPES or (head.type in ("union", "grassroots_union") and not cand.parts)
        if described and token[0].islower() and lower not in resources.stop_words:
            # company names carry lowercase words between capitalized ones: "Giống cây trồng miền Nam",
            # "Kinh doanh địa ốc Him Lam"; take them only when a capitalized word or a place follows
            ahead, cursor = [], word
            while cursor and len(ahead) < (4 if head.type in _DESCRIBED_TYPES else 1):
                piece = text[cursor[0]:cursor[1]]
                if not piece[0].islower() or piece.lower() in resources.stop_words:
                    break
                ahead.append(cursor)
                cursor = _next_word(text, cursor[1], words)
            if ahead and cursor and text[cursor[0]:cursor[1]] in "-–":
                cursor = _next_word(text, cursor[1], words)  # "Phục hồi chức năng - Điều trị bệnh nghề nghiệp"
            if ahead and cursor:
                nxt = text[cursor[0]:cursor[1]]
                two_syllables = len(nxt.split()) == 2 and not re.match(r"\s+[" + _UPPER + "]", text[cursor[1]:])
                if (nxt[0].isupper() and (head.type in _DESCRIBED_TYPES or not resources.head_re.match(text, cursor[0]))
                        and (two_syllables or not _person_at(text, cursor[0], resources))) \
                        or resources.alias_re.match(text, cursor[0]) \
                        or (head.type in _DESCRIBED_TYPES and _PAREN_ABBREVIATION.match(text, ahead[-1][1])):
                    # ... or its own abbreviation in parentheses closes the name: "... bệnh nghề nghiệp (BNN)"
                    cand.parts.append(text[ahead[0][0]:ahead[-1][1]])
                    pos = cand.end = ahead[-1][1]
                    previous_capital_single = False
                    continue
        if previous_capital_single and token[0].islower() and lower not in resources.stop_words and (
            " " not in token or _ends_before_place(text, word[1], words, resources)
        ):
            # the tokenizer left a word such as "Y tế" in two pieces; "Khu kinh tế tỉnh Hà Tĩnh" before a place
            cand.parts[-1] += " " + token
            pos = cand.end = word[1]
            previous_capital_single = False
            continue
        break
    return cand


_COUNTED_AFTER = re.compile(r"\s*(?:%|/|năm|tháng|ngày|lần|người|triệu|tỷ|tỉ|nghìn|ngàn|đoàn viên|công nhân|lao động)" + _NOT_WORD_AFTER)
_SECTOR_BEFORE_UNIT = re.compile(r"((?:[a-zà-ỹđ]+\s+){0,2}[a-zà-ỹđ]+)(?=\s+(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)" + _NOT_WORD_AFTER + ")")
_CLUSTER_BLOC = re.compile(r"khối\s+")


def _ends_before_place(text: str, pos: int, words, resources: OrganizationResources) -> bool:
    """A unit word with its place (``tỉnh Hà Tĩnh``) follows ``pos``."""
    nxt = _next_word(text, pos, words)
    return bool(nxt and resources.unit_re.match(text, nxt[0]) and not resources.head_re.match(text, nxt[0]))


def _cluster_descriptor(text: str, at: int, resources: OrganizationResources) -> int | None:
    """End of the lowercase words that name an emulation cluster or bloc: "khối trường học", "khối hành chính
    sự nghiệp" (the words after "khối" are taken as written, also "phường"), or the nouns after the head
    ("khối thi đua công đoàn ngành"), read with underthesea's tags."""
    bloc = _CLUSTER_BLOC.match(text, at)
    start = bloc.end() if bloc else at
    end = None
    for word, tag in _tagged(text, start):
        if not word[0].islower() or word in resources.stop_words or (tag not in ("N", "Nc", "V") if bloc else tag not in ("N", "Nc")):
            break
        found = text.find(word, start if end is None else end)
        if found < 0:
            break
        end = found + len(word)
        if not bloc and resources.unit_re.match(text, found):
            end = None if found == start else found - 1
            break
    return end


@lru_cache(maxsize=512)
def _tagged_words(text: str) -> tuple[tuple[str, str], ...]:
    from underthesea import pos_tag

    return tuple(pos_tag(text))


def _tagged(text: str, start: int) -> tuple[tuple[str, str], ...]:
    stop = re.search(r"[,;:.()“”\"]|\s(?:và|hoặc)\s", text[start:])
    return _tagged_words(text[start:start + (stop.start() if stop else 60)][:60])


_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
_LOWER = "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.islower() and c.isalpha())
_PERSON_RUN = re.compile(rf"([{_UPPER}][{_LOWER}]*)((?:\s+[{_UPPER}][{_LOWER}]*){{1,3}})(?![\s]*[{_UPPER}])(?![\wÀ-ỹĐđ])")


def _person_at(text: str, pos: int, resources: OrganizationResources) -> bool:
    """A person's name (family name and 1-3 more capitalized syllables, then no capital) starts at ``pos``."""
    match = _PERSON_RUN.match(text, pos)
    # three syllables at least: "than Hà Lầm" (a mine) and "Phú Mỹ" end company names
    return bool(match and match.group(1) in resources.surnames and len(match.group(2).split()) >= 2 and not resources.place_re.match(text, pos)
                and not resources.head_re.match(text, pos))


_NAMED_DRIVES = ("phong trào", "cuộc vận động", "chương trình", "đề án", "dự án")
_DESCRIBED_TYPES = ("company", "agency", "institute", "school", "hospital", "fund")
_NAMED_AFTER_PEOPLE = ("school",)  # "Trường THPT Lê Hồng Phong", "Trường Đại học Tôn Đức Thắng"


def _lookup_head(written: str, resources: OrganizationResources) -> Head | None:
    for surface, head in resources.heads.items():
        if surface.lower() == re.sub(r"\s+", " ", written).lower() and surface[0] == written[0]:
            return head
    return None


def _starts_word(text: str, pos: int) -> bool:
    """Whether underthesea starts a word at ``pos`` (reading a few syllables on either side)."""
    left = text.rfind(" ", 0, max(0, pos - 12)) + 1
    right = text.find(" ", min(len(text), pos + 24))
    return any(start == pos for start, _ in window_words(text, left, right if right >= 0 else len(text)))


def _inside_person_name(text: str, pos: int, resources: OrganizationResources) -> bool:
    """A head word that continues a person's name started by a family name just before it."""
    previous = re.search(rf"([{_UPPER}][{_LOWER}]*)\s+$", text[max(0, pos - 12):pos])
    if previous is None or previous.group(1) not in resources.surnames:
        return False
    start = pos - len(previous.group(0))
    return _person_at(text, start, resources) and re.match(rf"\S+\s+\S+(?:\s+[{_UPPER}]\S*)?(?![\s]*[{_UPPER}])", text[start:]) is not None \
        and _PERSON_RUN.match(text, start).end() > pos


def _candidates(text: str, resources: OrganizationResources) -> list[Candidate]:
    """Organization candidates of one sentence, generic ones left out."""
    found: list[Candidate] = []
    text = new_tone_placement(text)  # "Uỷ ban" matches "Ủy ban"; same length, offsets hold
    if not resources.head_re.search(text):
        return found
    pos = 0
    while True:
        match = resources.head_re.search(text, pos)
        if match is None:
            break
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
        if _inside_person_name(text, match.start(1), resources):
            continue  # "ông Phan Trường Phát": a name, not the school "Trường Phát"
        before = text[: match.start(1)]
        after = text[match.end(1):]
        if any(p.search(before) for p in resources.generic_before):
            continue
        if head.tail != "alone" and any(p.search(after) for p in resources.generic_after):
            continue
        cand = _parse_tail(text, match, head, _LazyWords(text, match.end(1)), resources)
        if head.default and not cand.parts and cand.unit is None:
            cand.parts = [head.default]  # "Tổng LĐLĐ" alone
        if head.tail in ("name", "descriptor") and not cand.parts and cand.unit is None:
            if head.type == "federation" and not head.default and re.match(r" (?:đã |sẽ |vừa )?[a-zà-ỹđ]", text[cand.end:]):
                cand.bare = True  # "Liên đoàn Lao động phối hợp với ...": the federation of the site's place, if any
                found.append(cand)
                pos = max(pos, cand.end)
            continue  # a bare head: "Công đoàn", "tổ chức Công đoàn"
        if len(cand.parts) == 1 and cand.unit is None and cand.parts[-1] in resources.bare_heads:
            continue  # "CĐ TCty trực thuộc", "Công đoàn Công ty": a kind of body, not one body
        if head.tail == "descriptor" and cand.unit is None and not any(p[:1].isupper() for p in cand.parts):
            continue  # "Hội đồng quản trị công ty": a description with no place is no particular body
        if head.tail == "name" and not cand.parts and cand.unit and cand.place_name is None and head.type not in (
            "government", "federation", "union", "grassroots_union", "party", "agency", "front", "association"
        ):
            continue
        found.append(cand)
        if cand.inner_start is not None and head.type == "cluster":
            pos = cand.inner_start  # the nested organization is an organization too
        else:
            pos = max(pos, cand.end)
    return found


# ---------------------------------------------------------------------------------------- assembly


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


_LEVEL_UNITS = {"Thành ủy": "thành phố", "Tỉnh ủy": "tỉnh", "Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã", "Thành đoàn": "thành phố"}


def _name(cand: Candidate, place_name: str | None) -> str:
    name = cand.base
    if cand.head.tail == "level":
        written_unit = " " + cand.unit if cand.unit and cand.unit_written else ""  # "Thành ủy TP HCM"
        name = cand.head.name + written_unit + (" " + place_name if place_name else "")
    elif cand.unit:
        name += " " + cand.unit + (" " + place_name if place_name else "")
    name = re.sub(r"\s+", " ", name).strip()
    return new_tone_placement(name[0].upper() + name[1:]) if name else name


def _type(cand: Candidate) -> str:
    if cand.head.type == "union" and any(p.startswith(("Công ty", "Tổng Công ty", "Trường", "Bệnh viện", "Nhà máy")) for p in cand.parts):
        return "grassroots_union"
    return cand.head.type


def _shouting(name: str) -> bool:
    return any(len(word) > 2 and word.isupper() and word.isalpha() for word in name.split()[2:])


def _name_of_parts(parts: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(parts)).strip()


def _alias_mentions(sentences, aliases: dict[str, tuple[str, str]], by_key: dict[str, dict], order: list[str], resources) -> None:
    """A short name given in parentheses, written alone later, is a mention of what it stands for."""
    for alias, (target, org_type) in aliases.items():
        pattern = re.compile(_NOT_WORD_BEFORE + re.escape(alias) + _NOT_WORD_AFTER)
        key = re.sub(r"\bngành\s+", "", target.casefold())
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


def _type_of(name: str, resources: OrganizationResources) -> str | None:
    match = resources.head_re.match(name)
    head = resources.heads.get(match.group(1)) if match else None
    return head.type if head else None


_LIST_OF_UNITS = re.compile(r"\s+các\s+(quận|huyện|tỉnh|thành phố|thị xã)\s*:?\s*")
_LISTED_PLACE = re.compile(rf"([{_UPPER}][\wÀ-ỹĐđ]*(?:\s+[{_UPPER}][\wÀ-ỹĐđ]*){{0,2}}|\d{{1,2}})(\s*(?:,|và|;)\s*|(?=[.)]|$))")


def _listed_bodies(sentence: Sentence, resources: OrganizationResources):
    """One body per place of a list: "Liên đoàn Lao động các huyện: Thanh Trì, Gia Lâm, Mê Linh" names the
    federations of the districts Thanh Trì, Gia Lâm and Mê Linh (each at the place name as written)."""
    text = new_tone_placement(sentence.text)
    for match in resources.head_re.finditer(text):
        head = resources.heads.get(match.group(1)) or _lookup_head(match.group(1), resources)
        units = _LIST_OF_UNITS.match(text, match.end(1))
        if head is None or head.tail != "name" or units is None:
            continue
        pos = units.end()
        while True:
            place = _LISTED_PLACE.match(text, pos)
            if place is None or resources.head_re.match(text, pos):
                break
            name = f"{head.name} {units.group(1)} {place.group(1)}"
            span = Span(sentence.index, sentence.start + place.start(1), sentence.start + place.end(1),
                        sentence.text[place.start(1):place.end(1)])
            yield name, head.type, f"{units.group(1)} {place.group(1)}", span
            pos = place.end()
            if not place.group(2) or ";" in place.group(2):
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


def _host(article: Article) -> str:
    host = re.sub(r"^[a-z]+://", "", article.url or "").split("/")[0] or (article.source or "")
    return re.sub(r"^(?:www|m|amp)\.", "", host.lower()).rstrip(".")


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
        entry, federation = by_key[key], by_key[target]
        first = min(entry["mentions"][0], federation["mentions"][0], key=lambda span: span.start)
        federation["surface"] = first.text
        federation["mentions"] = sorted(federation["mentions"] + entry["mentions"], key=lambda span: span.start)
        if order.index(key) < order.index(target):
            order.remove(target)
            order[order.index(key)] = target
        else:
            order.remove(key)
        del by_key[key]


def _merge_short_forms(by_key: dict[str, dict], order: list[str]) -> None:
    """A later or earlier short form of a longer name of the same article is the same organization
    ("Cụm thi đua số 3" beside "Cụm thi đua số 3 Liên đoàn Lao động thành phố Hà Nội")."""
    for short in list(order):
        entry = by_key[short]
        if len(entry["name"].split()) < 3:
            continue
        longer = [k for k in order if k != short and k.startswith(short + " ") and by_key[k]["type"] == entry["type"]]
        if len(longer) != 1:
            continue
        target = by_key[longer[0]]
        first = min(entry["mentions"][0], target["mentions"][0], key=lambda span: span.start)
        target["surface"] = first.text
        target["mentions"] = sorted(target["mentions"] + entry["mentions"], key=lambda span: span.start)
        if order.index(short) < order.index(longer[0]):
            order.remove(longer[0])
            order[order.index(short)] = longer[0]
        else:
            order.remove(short)
        del by_key[short]


def extract_organizations(article: Article, sentences: tuple[Sentence, ...], resources: OrganizationResources) -> tuple[Organization, ...]:
    article_places = _article_places(article.text, resources)
    site_place = _site_place(_host(article), resources.site_places)
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
                if place_name is None and cand.unit in ("phường", "xã", "thị trấn"):
                    continue  # "Trạm Y tế phường": no particular ward
            if unit and place_name:
                last_by_base[(cand.base, unit)] = place_name
            name = _name(cand, place_name)
            if cand.parts and cand.parts[-1] in _LEVEL_UNITS and not cand.unit and article_places.get(_LEVEL_UNITS[cand.parts[-1]]):
                name += " " + article_places[_LEVEL_UNITS[cand.parts[-1]]]  # "ban Dân vận Tỉnh ủy" -> "... Tỉnh ủy Quảng Nam"
            key = re.sub(r"\bngành\s+", "", name.casefold())  # "CĐ ngành Công Thương" = "CĐ Công Thương"
            if cand.head.tail == "level":
                key = f"{cand.head.name} {place_name or ''}".casefold().strip()  # "Thành ủy TP HCM" = "Thành ủy"
            if _cut_by_excerpt(article, sentence, cand):
                continue  # "Công ty Vi" where the stored text stops mid-word
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
            sentence_found.append((cand, key))
            if cand.alias and cand.alias not in aliases and not _abbreviates_last_words(cand.alias, name):
                inner = cand.parts and cand.inner_start is not None and not cand.unit
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
    _alias_mentions(sentences, aliases, by_key, order, resources)
    _merge_short_forms(by_key, order)
    _merge_unions_into_federations(by_key, order, resources)
    return tuple(
        Organization(
            name=entry["name"], surface=entry["surface"], type=entry["type"], place=entry["place"],
            parent=entry["parent"], mentions=tuple(entry["mentions"]),
        )
        for entry in (by_key[key] for key in order)
    )
