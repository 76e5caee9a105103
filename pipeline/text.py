"""Reading the cleaned text: Unicode NFC, tone-placement folding for matching, sentence splitting.

The original text and its character offsets are always kept; folding is only ever applied to make a
matching key (``match_key``) or a search string, never to what is stored as written.
"""
from __future__ import annotations

import pickle
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

import underthesea
from underthesea import sent_tokenize
from underthesea.pipeline.text_normalize import token_normalize
from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text
from underthesea.pipeline.word_tokenize import regex_tokenize  # imported by underthesea's own __init__

from .records import Article, Sentence
from .resources import read_column

# Vietnamese writes the tone of "oa", "oe", "uy" either on the first vowel (old style: hoà, thuỷ)
# or on the second (new style: hòa, thủy); both are correct and both occur in the same newspaper.
OLD_TO_NEW_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}


def _old_tone_shape() -> str:
    """Any first vowel of a pair before any second vowel of one (``[oOuU][àÀ…ỹỸ]``), not after q/Q, at a syllable's
    end: every old-style pair, and a few other couples (``uà``) that ``new_tone_placement`` leaves as they are. A
    pattern that begins with a class lets the regex engine skip to the next o or u, where the alternation of the
    pairs (``[oO][àÀáÁ…]|…``) behind a lookbehind was tried at every character (six times slower; this runs on every sentence, several
    times). The q/Q check looks back from the vowel (``(?<![qQ].)``), as the pairs' ``(?<![qQ])`` did before it."""
    firsts = "".join(dict.fromkeys(first for pair in OLD_TO_NEW_TONES for first in (pair[0], pair[0].upper())))
    seconds = "".join(dict.fromkeys(second for pair in OLD_TO_NEW_TONES for second in (pair[1], pair[1].upper())))
    return f"[{firsts}](?<![qQ].)[{seconds}](?!\\w)"


# Only where the vowel pair ends the syllable ("hoà" → "hòa"; "hoàn", "toàn", "đoàn" are written alike in
# both styles) and is no "qu" onset ("Quý", "Quỹ" stay).
_OLD_TONE_RE = re.compile(_old_tone_shape())


# --- underthesea's word segmentation ------------------------------------------------------------------------------

_WORD_MODEL = "ws_crf_vlsp2013_20230727"  # the folder of underthesea's word segmentation model (9.x)


@lru_cache(maxsize=1)
def _word_model_loaded() -> bool:
    """underthesea's word segmentation model, loaded once with its dictionary (72,547 words, a plain pickle that joblib
    wrote) read by pickle's C unpickler: speed, joblib's pure-Python one took 0.26 s of each process that segments a
    word (pickle 0.05 s), the same set. Left to underthesea when its files are not what this expects."""
    import importlib

    segmenter = importlib.import_module("underthesea.pipeline.word_tokenize")
    if getattr(segmenter, "word_tokenize_model", None) is None:
        try:
            segmenter.word_tokenize_model = _read_word_model(Path(segmenter.__file__).parent / "models" / _WORD_MODEL)
        except (OSError, ImportError, pickle.UnpicklingError, TypeError, ValueError):
            pass  # underthesea loads it on its first call, its own way
    return True


def _read_word_model(folder: Path) -> Any:
    """underthesea's ``FastCRFSequenceTagger.load`` of ``folder``, its two small pickles read without joblib."""
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger
    from underthesea_core import CRFFeaturizer, CRFTagger

    model = FastCRFSequenceTagger()
    with open(folder / model.path_features, "rb") as file:
        features = pickle.load(file)
    with open(folder / model.path_dictionary, "rb") as file:
        dictionary = pickle.load(file)
    if not (isinstance(features, list) and isinstance(dictionary, set)):
        raise TypeError(f"{folder}: not the pickles expected")
    estimator = CRFTagger()
    estimator.load(str(folder / model.path_model))
    model.featurizer, model.estimator = CRFFeaturizer(features, dictionary), estimator
    global _FEATURIZER
    _FEATURIZER = _Featurizer.of(features, dictionary, model.featurizer)
    return model


class _Featurizer:
    """underthesea_core's ``CRFFeaturizer.process`` of one sentence, the same feature strings, built in Python from
    each token's own features (its lower case, isdigit, istitle and is_in_dict, asked of underthesea_core once per
    token) and the n-grams' (the tokens' joined, istitle of every token, the joined lower case in the dictionary).
    Speed: underthesea_core took 27 µs per token, most of the word segmentation's time, this about a third of that.
    Only for templates of the shapes ``T[i]``, ``T[i,j]`` (up to 3 tokens, within 2 of the token) and ``.lower``,
    ``.isdigit`` (of one token), ``.istitle``, ``.is_in_dict``; a model with others keeps underthesea's featurizer."""

    _TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(lower|isdigit|istitle|is_in_dict))?")
    _OWN = ("lower", "isdigit", "istitle", "is_in_dict")  # a token's features read from underthesea_core

    def __init__(self, templates: list[tuple[str, int, int, str]], own_at: tuple[int, ...], dictionary: set[str],
                 native: Any) -> None:
        self.templates, self.own_at, self.dictionary, self.native = templates, own_at, dictionary, native
        self.own: dict[str, tuple[str, ...]] = {}  # token -> its _OWN features: words recur across articles, unlike sentences

    @classmethod
    def of(cls, features: list[str], dictionary: set[str], native: Any) -> "_Featurizer | None":
        templates = []
        for feature in features:
            shape = cls._TEMPLATE.fullmatch(feature)
            if shape is None:
                return None
            low, high, attr = int(shape[1]), int(shape[2] or shape[1]), shape[3] or "text"
            if not -2 <= low <= high <= min(2, low + 2) or attr == "isdigit" and low != high:  # n-grams of 1-3 tokens
                return None
            templates.append((feature + "=", low, high, attr))
        if any(f"T[0].{attr}" not in features for attr in cls._OWN):
            return None
        return cls(templates, tuple(features.index(f"T[0].{attr}") for attr in cls._OWN), dictionary, native)

    def _token_features(self, token: str) -> tuple[str, ...]:
        known = self.own.get(token)
        if known is None:
            if len(self.own) > 200_000:  # a bound for a long-running process
                self.own.clear()
            row = self.native.process([[[token]]])[0][0]
            known = self.own[token] = tuple(row[at].split("=", 1)[1] for at in self.own_at)
        return known

    def __call__(self, tokens: list[str]) -> list[tuple[str, ...]]:
        """The features of each token, in the templates' order (column by column: one comprehension per template)."""
        count = len(tokens)
        own = [self._token_features(token) for token in tokens]
        values = {(1, "text"): tokens, **{(1, attr): [o[k] for o in own] for k, attr in enumerate(self._OWN)}}
        lower = values[1, "lower"]
        titles = [title == "True" for title in values[1, "istitle"]]
        # an n-gram's text and lower case: its tokens' joined; istitle: every token's
        values[2, "text"] = [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]
        values[3, "text"] = [f"{a} {b} {c}" for a, b, c in zip(tokens, tokens[1:], tokens[2:])]
        values[2, "lower"] = [f"{a} {b}" for a, b in zip(lower, lower[1:])]
        values[3, "lower"] = [f"{a} {b} {c}" for a, b, c in zip(lower, lower[1:], lower[2:])]
        values[2, "istitle"] = [str(a and b) for a, b in zip(titles, titles[1:])]
        values[3, "istitle"] = [str(a and b and c) for a, b, c in zip(titles, titles[1:], titles[2:])]
        for size in (2, 3):
            values[size, "is_in_dict"] = [str(joined in self.dictionary) for joined in values[size, "lower"]]
        padded = {(size, attr): ["BOS", "BOS", *found, *["EOS"] * (size + 1)]  # at the n-gram's start + 2 (-2 ... count + 1)
                  for (size, attr), found in values.items()}
        return list(zip(*([prefix + value for value in padded[high - low + 1, attr][low + 2:low + 2 + count]]
                          for prefix, low, high, attr in self.templates)))


_FEATURIZER: _Featurizer | None = None  # set when ``_read_word_model`` reads the model


def _syllables(text: str) -> list[str]:
    """underthesea's ``regex_tokenize.tokenize(text)`` as its ``word_tokenize`` calls it, each token as the whole
    match (``match.group(0)``), not the first named group found in ``match.groupdict()``: each alternative of the
    pattern is one named group around all of it, and the groups of the alternatives tried before are unset (sre clears
    them when a later group is set), so the first is the whole match; speed: a third of the tokenizer's time."""
    matches = regex_tokenize.patterns.finditer(normalize_characters_in_text(text))
    return [token_normalize(match.group(0), use_character_normalize=True) for match in matches]


def word_tokenize(text: str, format: str | None = None) -> Any:
    """underthesea's ``word_tokenize`` (its model loaded by ``_word_model_loaded``), with the features of its CRF
    built by ``_Featurizer`` when the model read is the one expected: the same words."""
    _word_model_loaded()
    if _FEATURIZER is None:
        return underthesea.word_tokenize(text, format=format)
    from underthesea.pipeline.word_tokenize import word_tokenize_model

    tokens = _syllables(text)
    tags = word_tokenize_model.estimator.tag(_FEATURIZER(tokens)) if tokens else []
    output: list[str] = []
    for tag, token in zip(tags, tokens):
        if tag == "I-W" and output:
            output[-1] = output[-1] + " " + token
        else:
            output.append(token)
    return " ".join(item.replace(" ", "_") for item in output) if format == "text" else output


def pos_tag(text: str) -> list[tuple[str, str]]:
    """underthesea's ``pos_tag`` (which segments the words first), the word model loaded by ``_word_model_loaded``."""
    _word_model_loaded()
    return underthesea.pos_tag(text)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def new_tone_placement(text: str) -> str:
    """Rewrite old-style tone placement to new style, same length (so offsets still hold)."""

    def swap(match: re.Match[str]) -> str:
        old = match.group(0)
        new = OLD_TO_NEW_TONES.get(old.lower())
        if new is None:  # a couple of the pattern's shape that is no pair ("uà"): as written
            return old
        return "".join(n.upper() if o.isupper() else n for o, n in zip(old, new))

    return _OLD_TONE_RE.sub(swap, text)


@lru_cache(maxsize=16384)
def match_key(text: str) -> str:
    """Key under which spelling variants meet: NFC, new tone placement, case, quotes and
    punctuation folded (``"Lao động giỏi - Lao động sáng tạo"`` == ``lao động giỏi, lao động sáng tạo``)."""
    text = new_tone_placement(nfc(text)).casefold()
    text = re.sub(r"[\"“”‘’'«»()\[\]]", " ", text)
    text = re.sub(r"[-–—,;:.!?/…]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


# the characters match_key writes as a space: its quotes, brackets and punctuation
_KEY_SPACES = str.maketrans(dict.fromkeys("\"“”‘’'«»()[]-–—,;:.!?/…", " "))


def match_words(text: str) -> list[str]:
    """``match_key(text).split()``, with one str.translate for the key's three substitutions (a run of spaces or of
    punctuation is one space there, and ``split`` reads any run as one): the words of a whole article, for the
    near-duplicate shingles. Speed: the substitutions over an article's text were most of its shingling, and the
    key's cache is no place for whole articles."""
    return new_tone_placement(nfc(text)).casefold().translate(_KEY_SPACES).split()


def _fold_char(c: str) -> str:
    return "".join(d for d in unicodedata.normalize("NFD", c) if not unicodedata.combining(d))


# Every letter of Latin script with its diacritics removed (combining marks to nothing), đ/Đ to d/D (NFD does
# not split đ): one str.translate per text instead of a loop over its characters (a hot path of the build).
_FOLD_TABLE = {cp: _fold_char(chr(cp)) for cp in range(0xC0, 0x2000) if _fold_char(chr(cp)) != chr(cp)}
_FOLD_TABLE.update({ord("đ"): "d", ord("Đ"): "D"})


def fold_diacritics(text: str) -> str:
    """ASCII-ish search form: diacritics removed and đ/Đ folded to d/D."""
    return text.translate(_FOLD_TABLE)


@lru_cache(maxsize=32)
def _by_first_letter(words: tuple[str, ...], casefold: bool = False) -> dict[str, tuple[tuple[str, str], ...]]:
    """``words`` as (word, form) pairs grouped by the first character of the form (the word case-folded when
    ``casefold``, else the word itself), each group in the order of ``words``. A look-up of the word written at
    one place of a text need only try the group of the character written there: the figure and date extractors
    look up lists of hundreds of counted nouns and units after every number."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for word in words:
        form = word.casefold() if casefold else word
        if not form:
            raise ValueError("an empty word in a word list")  # it would start anywhere: no group holds it
        groups.setdefault(form[0], []).append((word, form))
    return {first: tuple(group) for first, group in groups.items()}


# by_first_letter's results by the identity of the word list (speed: the figures and dates ask for the same resource
# tuples thousands of times per build, and the lru_cache's key hashes a tuple of hundreds of words at every call);
# each entry keeps its list alive, so that no other list takes its id
_BY_IDENTITY: dict[tuple[int, bool], tuple[tuple[str, ...], dict[str, tuple[tuple[str, str], ...]]]] = {}


def by_first_letter(words: tuple[str, ...], casefold: bool = False) -> dict[str, tuple[tuple[str, str], ...]]:
    """``words`` as (word, form) pairs grouped by the first character of the form (``_by_first_letter``)."""
    known = _BY_IDENTITY.get((id(words), casefold))
    if known is not None and known[0] is words:
        return known[1]
    groups = _by_first_letter(words, casefold)
    if len(_BY_IDENTITY) >= 64:  # lists made on the fly (tests): forget them, the resources come back at once
        _BY_IDENTITY.clear()
    _BY_IDENTITY[(id(words), casefold)] = (words, groups)
    return groups


def phrase_alternation(phrases, *, ignore_case: bool = False, flexible_spaces: bool = False) -> str:
    """A regular expression matching any of ``phrases``, the longest first at each place, as ``a|b|c`` sorted by
    length would, but written as a tree of their shared beginnings: Python's ``re`` tries the branches of a flat
    alternation one by one at every position, and the word lists here run to hundreds of phrases (the activity
    triggers scanned over every sentence were 2.4 times slower so).

    ``ignore_case``: the pattern it goes in ignores case, so phrases are merged by their lower case (two branches
    that the text could both follow would otherwise be tried in order, not longest first). ``flexible_spaces``: a
    space matches any run of white space (``\\s+``)."""
    tree: dict = {}
    for phrase in set(phrases):
        if not phrase:
            raise ValueError("an empty phrase in a word list")  # it would match anywhere
        node = tree
        for char in phrase.lower() if ignore_case else phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here

    def branch(node: dict) -> str:
        children = [(r"\s+" if char == " " and flexible_spaces else re.escape(char)) + branch(child)
                    for char, child in sorted(node.items()) if char]
        if not children:
            return ""
        body = children[0] if len(children) == 1 else "(?:" + "|".join(children) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer phrase first, the shorter on backtracking

    return branch(tree)


@lru_cache(maxsize=1)
def dotted_abbreviations() -> tuple[str, ...]:
    """Abbreviations written with a final period (TP., PGS.TS., v.v.): not sentence ends."""
    return tuple(sorted(read_column("dotted_abbreviations.tsv", "abbreviation"), key=len, reverse=True))


def _ends_with_abbreviation(piece: str, abbreviations: tuple[str, ...]) -> bool:
    stripped = piece.rstrip()
    for abbreviation in abbreviations:
        if stripped.endswith(abbreviation):
            before = stripped[: -len(abbreviation)]
            if not before or not before[-1].isalnum():
                return True
    return False


def _unbalanced_quote(piece: str) -> bool:
    return piece.count("“") > piece.count("”")


def split_block(block: str, abbreviations: tuple[str, ...] | None = None) -> list[tuple[int, int]]:
    """Sentence bounds ``(start, end)`` inside one block of text.

    underthesea's splitter does the work; pieces it cuts after a Vietnamese abbreviation (``TP.``,
    ``PGS.TS.``) or inside an open quotation are joined back.
    """
    abbreviations = dotted_abbreviations() if abbreviations is None else abbreviations
    bounds: list[tuple[int, int]] = []
    cursor = 0
    for piece in sent_tokenize(block):
        piece = piece.strip()
        if not piece:
            continue
        start = block.find(piece, cursor)
        if start < 0:  # the splitter changed the text; fall back to the rest of the block
            start = cursor
            end = len(block)
        else:
            end = start + len(piece)
        if bounds and (
            _ends_with_abbreviation(block[bounds[-1][0]:bounds[-1][1]], abbreviations)
            or _unbalanced_quote(block[bounds[-1][0]:bounds[-1][1]])
        ):
            bounds[-1] = (bounds[-1][0], end)
        else:
            bounds.append((start, end))
        cursor = end
        if end >= len(block):
            break
    if not bounds and block.strip():
        bounds.append((len(block) - len(block.lstrip()), len(block.rstrip())))
    return bounds


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """All sentences of ``article.text``, with offsets into it, block by block."""
    sentences: list[Sentence] = []
    offset = 0
    abbreviations = dotted_abbreviations()
    for block_index, block in enumerate(article.blocks):
        for start, end in split_block(block, abbreviations):
            sentences.append(
                Sentence(
                    article_id=article.article_id,
                    index=len(sentences),
                    block=block_index,
                    start=offset + start,
                    end=offset + end,
                    text=block[start:end],
                )
            )
        offset += len(block) + 2  # the blank line between blocks
    return tuple(sentences)
