"""What the campaign extractor knows, read once from ``pipeline/resources/campaign_*.tsv``: trigger words,
the gazetteer of known campaigns, award-title words, contest and event heads, and names learned from the
corpus (quoted in one article, recognised unquoted in the others)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from ...resources import read_tsv
from ...text import OLD_TO_NEW_TONES, new_tone_placement, phrase_alternation

WORD = r"[\wÀ-ỹĐđ]"
# Word boundaries kept out of IGNORECASE (``(?-i:…)``): case folding adds no character to [\wÀ-ỹĐđ], and
# compiling that class case-insensitively costs ~2 ms per pattern (one per known or learned name).
NOT_BEFORE = r"(?-i:(?<![\wÀ-ỹĐđ]))"
NOT_AFTER = r"(?-i:(?![\wÀ-ỹĐđ]))"
UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
LOWER = "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.islower() and c.isalpha())  # [a-zà-ỹđ] holds Đ, Ố ...


@dataclass(frozen=True)
class KnownName:
    """One way of writing a known campaign: the pattern that finds it, its kind, and whether it is found
    wherever it is written (``any``) or only where the text treats it as a name (``named``)."""

    pattern: LazyFlexible  # the pattern of ``form`` (``flexible``)
    kind: str
    anywhere: bool
    canonical: str
    form: str = ""  # the way of writing it this pattern finds
    # context "movement": a verb phrase of ordinary language ("phát huy sáng kiến, cải tiến kỹ thuật") that is a name
    # only right after "phong trào", with a capital or in quotes (not after "thi đua", "chương trình" ...)
    after_movement_only: bool = False
    # the form's words, lower-cased as a sentence's are in ``names.find_known``: a sentence that lacks one of them
    # cannot hold the name, and is not scanned for it (the scan costs more than the test)
    words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", frozenset(re.findall(WORD + "+", new_tone_placement(self.form.lower()))))


@dataclass(frozen=True)
class CampaignResources:
    trigger_re: re.Pattern[str]
    triggers: dict[str, str]
    reach: dict[str, int]  # words a trigger may stand before its quote
    name_kinds: tuple[tuple[str, str], ...]
    not_names: tuple[str, ...]
    speech_re: re.Pattern[str]  # a verb of saying and a colon right before a quote: the quote is speech
    thing_re: re.Pattern[str]  # a column, a book, a work, a product ... right before a quote: the quote names it
    program_items_re: re.Pattern[str]  # what a program hands out, counted right before its quoted name
    title_holders_re: re.Pattern[str]  # who an honour goes to, counted right before its quoted name
    known: tuple[KnownName, ...]
    unquoted_re: re.Pattern[str]
    unquoted_blocker_re: re.Pattern[str]
    title_stops: frozenset[str]
    contest_end_re: re.Pattern[str]
    contest_not_first: frozenset[str]
    contest_form_only: frozenset[str]  # a contest "name" that only says its form ("trực tuyến"): no name
    capitalized_not_first: frozenset[str]  # first words of a capitalized phrase after a trigger that is no name
    contest_not_listed_re: re.Pattern[str]  # a clause after a comma, not a part of the contest's name
    contest_clause_re: re.Pattern[str]  # a generic subject and its verb after a comma: the main clause, not the name's
    # the words before and after a comma that joins one field ("an toàn, vệ sinh"): a name goes on past it
    comma_joined: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    contest_subject_re: re.Pattern[str]  # the subject that names a contest written in lowercase ("tìm hiểu ...")
    contest_asks_re: re.Pattern[str]  # what a contest asks for, or its subject: "viết ...", "sáng tác ...", "tìm hiểu ..."
    title_endings: tuple[str, ...]  # how a title written in lowercase ends: "vững mạnh", "tiên tiến"
    title_re: re.Pattern[str]  # an award title written without quotes (head ... qualifier [scope])
    title_context_re: re.Pattern[str]  # what before it gives the title to someone (a count, a verb of awarding)
    title_scope_re: re.Pattern[str]  # the scope that may follow a title and stays in its name ("cấp cơ sở")
    proper_title_re: re.Pattern[str]  # a qualifier that makes a title also in lowercase ("85 LĐ giỏi")
    holder_before_re: re.Pattern[str]  # a holder written before the title's head: "công nhân | lao động giỏi"
    title_level_re: re.Pattern[str]  # a level without "cấp" after a known title, no place after it: "thành phố"
    event_re: re.Pattern[str]  # the head of an unquoted contest or event name
    event_heads: dict[str, tuple[str, bool]]  # lower-cased head -> (kind, kept in the name)
    known_by_word: dict[str, tuple[KnownName, ...]] = field(default_factory=dict)  # first word (folded) -> names
    learned: tuple[KnownName, ...] = field(default=())  # names learned from the corpus (see ``with_learned``)
    learned_by_word: dict[str, tuple[KnownName, ...]] = field(default_factory=dict)
    # the first words (lower case) of the heads of ``title_re`` and ``event_re``: a sentence whose lower case holds
    # none is not scanned for them (speed: each is tried at every character); None: always scanned
    title_first_words: tuple[str, ...] | None = None
    event_first_words: tuple[str, ...] | None = None


# a word ending in a vowel pair whose tone Vietnamese places either way ("hóa" / "hoá", "thủy" / "thuỷ")
_EITHER_TONE = re.compile("(" + "|".join({new for new in OLD_TO_NEW_TONES.values()}
                                         | set(OLD_TO_NEW_TONES)) + ")$", re.IGNORECASE)
_NEW_TO_OLD_TONES = {new: old for old, new in OLD_TO_NEW_TONES.items()}


UNQUOTED_HELD = ("trào",)  # a word (lower case) every match of ``unquoted_re`` holds in some case


def _either_tone(part: str) -> str:
    """A word's pattern that holds both tone placements of its final vowel pair."""
    pair = _EITHER_TONE.search(part)
    if not pair or (len(part) > 2 and part[-3] in "qQ"):  # "Quý", "quỹ": no such pair
        return re.escape(part)
    new = new_tone_placement(pair.group(1).lower())
    return re.escape(part[:pair.start()]) + f"(?:{new}|{_NEW_TO_OLD_TONES[new]})"


@lru_cache(maxsize=4096)
def flexible(name: str) -> re.Pattern[str]:
    """A name matched in any case and either tone placement ("văn hóa" / "văn hoá"), with a dash, a comma or a
    space where the name parts its aims ("Xanh - Sạch - Đẹp" / "Xanh, sạch, đẹp"), and a space or a dash between the
    words of one part ("VĂN HÓA - CÔNG SỞ"), not a comma: there it parts the sentence ("Trong 6 tháng, công nhân ..."
    holds no "Tháng Công nhân")."""
    pieces = re.split(r"(\s*[,\-–]\s*|\s+)", name.strip())
    pattern = "".join(_either_tone(piece) if index % 2 == 0 else r"(?:\s*[\-–]\s*|\s+)" if piece.isspace()
                      else r"(?:\s*[,\-–]\s*|\s+)"
                      for index, piece in enumerate(pieces) if piece)
    # word bounds as \w (which holds every Vietnamese letter): NOT_BEFORE's character range costs a build about
    # 3 ms to compile per known or learned name
    return re.compile(r"(?<!\w)" + pattern + r"(?!\w)", re.IGNORECASE)


class LazyFlexible:
    """``flexible(name)``, compiled when first used. Speed: a sentence tries only the names whose words it holds
    (``KnownName.words``), so a build uses a part of the gazetteer's and the learned names; compiling them all
    (a case-insensitive pattern of Vietnamese letters each) cost every process about half a second."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return flexible(self.name).finditer(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return flexible(self.name).fullmatch(text)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LazyFlexible) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)

    def __repr__(self) -> str:
        return f"LazyFlexible({self.name!r})"


def _alternation(words: Iterable[str], ignore_case: bool = True) -> str:
    """The words as one alternation, longest first, a space as any white space (the patterns here ignore case, but
    for the contest name's end)."""
    return phrase_alternation(words, ignore_case=ignore_case, flexible_spaces=True)


def _known(rows: list[dict[str, str]]) -> tuple[KnownName, ...]:
    names: list[KnownName] = []
    for row in rows:
        forms = [row["name"], *(v for v in (row.get("variants") or "").split("|") if v.strip())]
        for form in forms:
            names.append(KnownName(LazyFlexible(form.strip()), row["kind"], row["context"] == "any", row["name"], form.strip(),
                                   row["context"] == "movement"))
    return tuple(names)


def first_word(name: str) -> str:
    return re.split(r"[\s,\-–]+", new_tone_placement(name.strip().lower()), maxsplit=1)[0]


def by_first_word(names: Iterable[KnownName]) -> dict[str, tuple[KnownName, ...]]:
    """Known names by their first word, so that a sentence tries only the names whose first word it holds."""
    found: dict[str, list[KnownName]] = {}
    for known in names:
        found.setdefault(first_word(known.form), []).append(known)
    return {word: tuple(names) for word, names in found.items()}


def learned_names(rows: Iterable[tuple[str, str]]) -> tuple[KnownName, ...]:
    """Known names from (name, kind) pairs learned from the corpus: found where the text treats them as names."""
    return tuple(KnownName(LazyFlexible(name), kind, False, name, name) for name, kind in rows if len(name.split()) >= 2)


def _first_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The first word of each phrase, in lower case: every match of a phrase alternation holds one (its spaces are
    any white space, its words as written in some case)."""
    return tuple(sorted({phrase.lower().split()[0] for phrase in phrases}))


def _comma_joined(phrase: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"an toàn, vệ sinh" -> a pattern for the words that end the text before the comma, and one for the comma and the
    words after it."""
    before, after = (part.strip() for part in phrase.split(",", 1))
    spaced = lambda words: r"\s+".join(map(re.escape, words.split()))  # noqa: E731
    return (re.compile(r"(?<![\wÀ-ỹĐđ])(?i:" + spaced(before) + r")$"), re.compile(r",\s*(?i:" + spaced(after) + r")(?![\wÀ-ỹĐđ])"))


def load_resources() -> CampaignResources:
    contest_words = read_tsv("campaign_contest_words.tsv")
    triggers = {row["trigger"]: row["kind"] for row in read_tsv("campaign_triggers.tsv")}
    titles = read_tsv("campaign_titles.tsv")
    words = {role: [row["word"] for row in titles if row["role"] == role]
             for role in ("head", "qualifier", "proper_qualifier", "scope", "verb", "holder_before", "level_scope")}
    events = {row["head"].lower(): (row["kind"], row["keep"] == "yes") for row in read_tsv("campaign_event_heads.tsv")}
    return CampaignResources(
        trigger_re=re.compile(NOT_BEFORE + "(" + _alternation(triggers) + ")" + NOT_AFTER, re.IGNORECASE),
        triggers=triggers,
        reach={row["trigger"]: int(row.get("reach") or 12) for row in read_tsv("campaign_triggers.tsv")},
        name_kinds=tuple((row["prefix"], row["kind"]) for row in read_tsv("campaign_name_kinds.tsv")),
        not_names=tuple(row["prefix"] for row in read_tsv("campaign_not_names.tsv")),
        speech_re=re.compile(NOT_BEFORE + "(?:" + _alternation(row["verb"] for row in read_tsv("campaign_speech_verbs.tsv"))
                             + r")\s*:\s*$", re.IGNORECASE),
        thing_re=re.compile(NOT_BEFORE + "(?:" + _alternation(row["noun"] for row in read_tsv("campaign_thing_nouns.tsv"))
                            + r")\s*$", re.IGNORECASE),
        program_items_re=re.compile(NOT_BEFORE + "(?:" + _alternation(row["noun"] for row in read_tsv("campaign_program_items.tsv"))
                                    + r")\s*$", re.IGNORECASE),
        title_holders_re=re.compile(r"\d+\s+(?:" + _alternation(row["noun"] for row in read_tsv("campaign_title_holders.tsv"))
                                    + ")" + NOT_AFTER, re.IGNORECASE),
        known=(known := _known(read_tsv("campaign_gazetteer.tsv"))),
        known_by_word=by_first_word(known),
        # ("phong trào Thi đua lao động sản xuất giỏi": a capital "Thi" begins the name, which keeps it; every match
        # holds UNQUOTED_HELD)
        unquoted_re=re.compile(NOT_BEFORE + r"phong\s+trào\s+(?-i:t)hi\s+đua\s+(?=[a-zà-ỹđ])", re.IGNORECASE),
        unquoted_blocker_re=re.compile(
            NOT_BEFORE + "(?:" + _alternation(row["word"] for row in read_tsv("campaign_unquoted_blockers.tsv")) + ")" + NOT_AFTER,
            re.IGNORECASE,
        ),
        title_stops=frozenset(row["word"] for row in read_tsv("campaign_title_stops.tsv")),
        contest_end_re=re.compile(
            r"[.;:()“”\"…]|,\s|\s[-–]\s*\d|\s(?:"
            + _alternation((row["word"] for row in contest_words if row["role"] == "end"), ignore_case=False) + ")" + NOT_AFTER
        ),
        contest_not_first=frozenset(row["word"].lower() for row in contest_words if row["role"] == "not_first"),
        contest_form_only=frozenset(row["word"].lower() for row in contest_words if row["role"] == "form_only"),
        capitalized_not_first=frozenset(row["word"] for row in read_tsv("campaign_capitalized_not_first.tsv")),
        comma_joined=tuple(_comma_joined(row["word"]) for row in contest_words if row["role"] == "one_field"),
        contest_clause_re=re.compile(
            r"(?:" + _alternation(row["word"] for row in contest_words if row["role"] == "clause_subject") + r")"
            r"(?:\s+[\wÀ-ỹĐđ]+)?\s+(?:"
            + _alternation(row["word"] for row in contest_words if row["role"] == "clause_verb") + ")" + NOT_AFTER),
        contest_not_listed_re=re.compile(
            "(?:" + _alternation(row["word"] for row in contest_words if row["role"] == "not_listed") + ")" + NOT_AFTER,
            re.IGNORECASE),
        contest_subject_re=re.compile(
            "(?:" + _alternation(row["word"] for row in contest_words if row["role"] == "subject") + r")\s+\S", re.IGNORECASE),
        contest_asks_re=re.compile(
            "(?:" + _alternation(row["word"] for row in contest_words if row["role"] in ("subject", "asks")) + r")\s+\S",
            re.IGNORECASE),
        title_endings=tuple(row["word"] for row in contest_words if row["role"] == "title_ending"),
        title_re=re.compile(
            # a second holder may be listed after a comma ("Nhà giáo, cán bộ quản lý tiêu biểu": one title)
            # (the words between holder and qualifier are no verb of attaining: "1.000 CĐCS đạt vững mạnh" says what
            # they attained, not a title's name)
            NOT_BEFORE + "(?:" + _alternation(words["head"]) + r")(?:\s+(?!(?:đạt|được|là)" + NOT_AFTER + r")[\wÀ-ỹĐđ]+){0,2}?"
            + r"(?:,\s+[\wÀ-ỹĐđ]+(?:\s+[\wÀ-ỹĐđ]+){0,3}?)?\s+(?:"
            + _alternation(words["qualifier"] + words["proper_qualifier"]) + ")"
            + "(?:,?\\s+(?:" + _alternation(words["scope"]) + "))?" + NOT_AFTER,
            re.IGNORECASE,
        ),
        title_context_re=re.compile(
            r"(?:" + NOT_BEFORE + r"\d[\d.,]*\s+(?:(?:cá nhân|tập thể|người|nữ|đoàn viên|gương|em|cháu)\s+)?"
            + "|" + NOT_BEFORE + "(?:" + _alternation(words["verb"]) + r")\s+(?:là\s+)?)$",
            re.IGNORECASE,
        ),
        proper_title_re=re.compile(NOT_BEFORE + "(?:" + _alternation(words["proper_qualifier"]) + ")" + NOT_AFTER, re.IGNORECASE),
        holder_before_re=re.compile("(?:" + _alternation(words["holder_before"], ignore_case=False) + r")\s+(?=(?:"
                                    + _alternation(words["head"]) + ")" + NOT_AFTER + ")"),
        title_level_re=re.compile(r"\s+(?:" + _alternation(words["level_scope"], ignore_case=False) + ")" + NOT_AFTER
                                  + r"(?!\s+(?:[" + UPPER + r"]|\d))"),
        title_scope_re=re.compile(r"\s+(?:" + _alternation(words["scope"]) + ")" + NOT_AFTER, re.IGNORECASE),
        # not "Đại hội thi đua" nor "Hội thi đua": a congress of emulation, not a contest
        event_re=re.compile(r"(?<!Đại\s)(?<!đại\s)(?<!ĐẠI\s)" + NOT_BEFORE + "(" + _alternation(events) + r")(?:\s+(?!đua\b)|,\s+(?="
                            + _alternation(row["word"] for row in contest_words if row["role"] == "sport") + NOT_AFTER + "))",
                            re.IGNORECASE),
        event_heads=events,
        title_first_words=_first_words(words["head"]),
        event_first_words=_first_words(events),
    )


def with_learned(resources: CampaignResources, names: Iterable[tuple[str, str]]) -> CampaignResources:
    """The same resources with corpus-learned names added (see ``pipeline.extract.campaigns.learn``)."""
    from dataclasses import replace

    learned = learned_names(names)
    return replace(resources, learned=learned, learned_by_word=by_first_word(learned))
