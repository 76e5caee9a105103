"""Words after a head: underthesea's word spans, places, persons' names and part-of-speech tags.

Only the stretch after a head word is tokenized (a name never runs further), and only when the name
needs it; the helpers here answer the questions the tail reader and the candidate finder ask."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import dropwhile

from ...text import pos_tag, word_tokenize
from .resources import _NOT_WORD_AFTER, Head, OrganizationResources

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
        spans.extend(_conjunction_apart(token, at))
        cursor = at + len(token)
    return tuple(spans)


_LOOSE_CONJUNCTION = re.compile(r"^và\s+|\s+và$")


def _conjunction_apart(token: str, at: int) -> list[tuple[int, int]]:
    """The token's span, with a "và" the tokenizer hung on a name's edge a word of its own ("Hoàng Gia và" in "Công
    ty TNHH Hoàng Gia và Công ty TNHH Minh Anh"): the tail reader must see the conjunction to end the name. A "và"
    inside one word stays ("Công nhân và Công đoàn", the name of an institute)."""
    loose = _LOOSE_CONJUNCTION.search(token) if "và" in token else None  # speed: the pattern tries every space
    if loose is None:
        return [(at, at + len(token))]
    if loose.start() == 0:
        return [(at, at + 2), (at + loose.end(), at + len(token))]
    return [(at, at + loose.start()), (at + len(token) - 2, at + len(token))]


_WINDOW_END = re.compile(r"[;:“”\"!?]|\.(?:\s|$)")
_JOINED_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")  # "Lao động-Thương binh-Xã hội", "Than-khoáng sản"
_WINDOW = 120  # characters after a head that its name can take


def window_words(text: str, start: int, end: int | None = None, hyphens_apart: bool = False) -> tuple[tuple[int, int], ...]:
    """Words of ``text[start:end]`` with offsets into ``text``. Only the stretch after a head is tokenized
    (up to the clause end, at most ``_WINDOW`` characters, ending on a space): the tokenizer's cost grows
    with its input, and a name never runs past that. With ``hyphens_apart``, a hyphen written without spaces
    between two words is read as a space (same length, offsets hold): underthesea would otherwise make one
    word of "động-Thương" and cut the name "Lao động-Thương binh-Xã hội" inside its words."""
    if end is None:
        stop = _WINDOW_END.search(text, start, start + _WINDOW)
        end = stop.start() if stop else min(len(text), start + _WINDOW)
        if end < len(text) and not stop:
            space = text.rfind(" ", start, end)
            end = space if space > start else end
    stretch = _JOINED_HYPHEN.sub(" ", text[start:end]) if hyphens_apart else text[start:end]
    return tuple((a + start, b + start) for a, b in word_spans(stretch))


class _LazyWords:
    """The words after a head, tokenized only when the name needs them (not for "LĐLĐ quận Ba Đình",
    where the known place ends it)."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.start, self.words = text, start, None

    def __iter__(self):
        if self.words is None:
            self.words = window_words(self.text, self.start, hyphens_apart=True)
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


def _parse_place(text: str, pos: int, words, resources: OrganizationResources) -> tuple[str | None, int]:
    """A place name right at ``pos``: a known place, a number (``Quận 1``) or a capitalized word."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    match = resources.place_re.match(text, pos)
    if match:
        return match.group(1), match.end()
    shouted = resources.capitals_place_re.match(text, pos) if resources.capitals_place_re else None
    if shouted:
        # "LĐLĐ TỈNH NGHỆ AN TRAO ...": a headline in capitals (common in union news) spells a known
        # place in capitals, and every word after it is capitalized too, so only the gazetteer can end it
        return resources.capitals_places[shouted.group(1)], shouted.end()
    number = re.match(r"\d{1,2}" + _NOT_WORD_AFTER, text[pos:])
    if number:
        return number.group(0), pos + number.end()
    if not text[pos:pos + 1].isupper():
        return None, pos  # only a capitalized word is a place: no need to tokenize
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


@lru_cache(maxsize=512)
def _tagged_words(text: str) -> tuple[tuple[str, str], ...]:
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
