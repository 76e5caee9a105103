import re

import pytest

from conftest import CORPUS
from pipeline.records import Article

from pipeline.text import by_first_letter, fold_diacritics, match_key, match_words, new_tone_placement, split_sentences


def article(title, lead, *paragraphs):
    return Article(article_id="a1", source="test", title=title, lead=lead, paragraphs=paragraphs)


def test_sentences_keep_offsets_into_the_article_text():
    a = article("Tiêu đề", "(LĐTĐ) Câu một. Câu hai.", "Đoạn ba có một câu.")
    sentences = split_sentences(a)
    assert [s.text for s in sentences] == ["Tiêu đề", "(LĐTĐ) Câu một.", "Câu hai.", "Đoạn ba có một câu."]
    assert all(a.text[s.start:s.end] == s.text for s in sentences)
    assert [s.block for s in sentences] == [0, 1, 1, 2]


def test_vietnamese_abbreviations_do_not_end_a_sentence():
    a = article("T", "Ông A là Chủ tịch LĐLĐ TP. Hồ Chí Minh. Ông nói vậy.", "PGS.TS. Nguyễn Văn B phát biểu.")
    assert [s.text for s in split_sentences(a)][1:] == [
        "Ông A là Chủ tịch LĐLĐ TP. Hồ Chí Minh.",
        "Ông nói vậy.",
        "PGS.TS. Nguyễn Văn B phát biểu.",
    ]


def test_a_quotation_is_not_cut_in_two():
    a = article("T", "Ông nói “làm ngay. Không chờ” rồi đi.")
    assert [s.text for s in split_sentences(a)][1:] == ["Ông nói “làm ngay. Không chờ” rồi đi."]


def test_old_and_new_tone_placement_meet_in_the_match_key():
    assert new_tone_placement("văn hoá, Thuỷ, Uỷ ban") == "văn hóa, Thủy, Ủy ban"
    assert match_key("Xây dựng nếp sống văn hoá công nghiệp") == match_key("xây dựng nếp sống văn hóa công nghiệp")
    assert match_key("Lao động giỏi - Lao động sáng tạo") == match_key("“Lao động giỏi, lao động sáng tạo”")


def test_diacritic_folding_handles_d_with_stroke():
    assert fold_diacritics("Liên đoàn Lao động Đông Anh") == "Lien doan Lao dong Dong Anh"


def test_tone_placement_scans_for_its_first_vowel_and_moves_exactly_the_pairs():
    # speed: the pattern begins with a class ([oOuU]), so the engine skips to the next o or u instead of trying an
    # alternation of the pairs behind a lookbehind at every character; couples of its shape that are no pair stay
    from pipeline.text import OLD_TO_NEW_TONES, _OLD_TONE_RE

    assert _OLD_TONE_RE.pattern.startswith("[oOuU]")
    pairs = "|".join(f"[{p[0]}{p[0].upper()}][{p[1]}{p[1].upper()}]" for p in OLD_TO_NEW_TONES)
    reference = re.compile(f"(?<![qQ])(?:{pairs})(?!\\w)")

    def by_pairs(text: str) -> str:
        return reference.sub(lambda m: "".join(n.upper() if o.isupper() else n
                                               for o, n in zip(m.group(0), OLD_TO_NEW_TONES[m.group(0).lower()])), text)

    probes = ["Hoà bình, hòa hợp, xoè, Khoẻ, hoạ sĩ, thuỷ, THUỶ, HOÀ, hOà, Quý, quỹ, QUỸ, qoà, toàn, đoàn",
              "uà, ủa, oỳ, uè, hoà_, hoà1, oà", "oà", "Uỷ ban", "thủ quỹ, uỷ viên Ban Thường vụ, hoà giải viên"]
    for text in probes + [t.upper() for t in probes] + [t.lower() for t in probes]:
        assert new_tone_placement(text) == by_pairs(text), text
    assert new_tone_placement("uà uè oỳ") == "uà uè oỳ"


def test_tone_placement_is_only_moved_at_the_end_of_a_syllable():
    assert new_tone_placement("Liên đoàn, toàn thể, hoàn thành, khoẻ, hoà") == "Liên đoàn, toàn thể, hoàn thành, khỏe, hòa"
    assert match_key("Liên đoàn Lao động") == "liên đoàn lao động"
    assert new_tone_placement("Quỹ trợ vốn, Quý II, uỷ ban") == "Quỹ trợ vốn, Quý II, ủy ban"


def test_the_match_words_of_a_text_are_the_words_of_its_match_key():
    # the near-duplicate shingles read an article's words with one translate, not the key's three substitutions
    probes = ["Phong trào “Giỏi việc nước, đảm việc nhà” (2020-2025)!", "«Hoà»—(x) [y]…z\t\u00a0w  ,,  v/u; QUÝ: 'Đoàn'",
              "", "   ", "a", "Thuỷ lợi.\nCông đoàn ngành — Y tế?"]
    for text in probes + [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]:
        assert match_words(text) == match_key(text).split(), text[:40]


def test_a_word_list_is_grouped_by_first_letter_in_its_order():
    units = ("Đoàn viên", "đồng", "suất quà", "Suất", "người")
    assert by_first_letter(units, casefold=True) == {
        "đ": (("Đoàn viên", "đoàn viên"), ("đồng", "đồng")),
        "s": (("suất quà", "suất quà"), ("Suất", "suất")),
        "n": (("người", "người"),),
    }
    assert by_first_letter(units)["Đ"] == (("Đoàn viên", "Đoàn viên"),)
    with pytest.raises(ValueError):
        by_first_letter(("đồng", ""))


def test_a_word_list_asked_for_again_is_not_hashed_again():
    # speed: figures and dates ask for the groups of the same resource tuples after every number; a cache keyed by the
    # tuple's value hashed its hundreds of words at every call
    hashed = []

    class Words(tuple):
        def __hash__(self):
            hashed.append(1)
            return super().__hash__()

    units = Words(("Đoàn viên", "đồng", "suất quà"))
    first = by_first_letter(units, casefold=True)
    assert by_first_letter(units, casefold=True) is first and by_first_letter(units, casefold=True) is first
    assert len(hashed) <= 1
    assert by_first_letter(Words(("Đoàn viên", "đồng", "suất quà")), casefold=True) == first  # another list, equal
    assert by_first_letter(units) == {"Đ": (("Đoàn viên", "Đoàn viên"),), "đ": (("đồng", "đồng"),),
                                      "s": (("suất quà", "suất quà"),)}


def test_a_phrase_alternation_matches_as_the_flat_one_longest_first_would():
    from pipeline.text import phrase_alternation

    phrases = ["tổ chức", "tổ chức phát động", "Tổ chức hội nghị", "phát động", "phát huy", "khen thưởng", "khen"]
    flat = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    text = ("Tổ chức phát động thi đua; tổ chức hội nghị khen thưởng, khen ngợi và phát huy. "
            "TỔ CHỨC PHÁT ĐỘNG, tổ chức")
    for flags, ignore_case in ((re.IGNORECASE, True), (0, False)):
        bounded = r"(?<!\w)(?:{})(?!\w)"
        tree = re.compile(bounded.format(phrase_alternation(phrases, ignore_case=ignore_case)), flags)
        assert [m.group(0) for m in tree.finditer(text)] == [
            m.group(0) for m in re.compile(bounded.format(flat), flags).finditer(text)]
    assert re.compile(phrase_alternation(["tổ chức phát động"], flexible_spaces=True)).fullmatch("tổ  chức\nphát động")


def test_the_word_model_read_without_joblib_segments_as_underthesea_loads_it():
    """Speed: underthesea's word segmentation model is loaded with its pickles read by pickle's C unpickler, not
    joblib's pure-Python one (0.2 s per process): the same features and dictionary, the same words."""
    import importlib
    from pathlib import Path

    import joblib
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    from pipeline import text

    segmenter = importlib.import_module("underthesea.pipeline.word_tokenize")
    folder = Path(segmenter.__file__).parent / "models" / text._WORD_MODEL
    ours = text._read_word_model(folder)
    assert joblib.load(folder / "dictionary.bin") == pickle_load(folder / "dictionary.bin")
    theirs = FastCRFSequenceTagger()
    theirs.load(str(folder))
    sentence = "Ban Thường vụ LĐLĐ tỉnh Bắc Ninh phát động phong trào thi đua lao động giỏi trong công nhân viên chức"
    tokens = [[token] for token in segmenter.tokenize(sentence)]
    assert ours.predict(tokens) == theirs.predict(tokens)
    text.word_tokenize(sentence)
    assert isinstance(segmenter.word_tokenize_model, FastCRFSequenceTagger)
    assert text.word_tokenize(sentence) == segmenter.word_tokenize(sentence)



def test_the_word_features_built_in_python_are_underthesea_cores():
    """Speed: the CRF features of the word segmentation are built in Python (``text._Featurizer``), not by
    underthesea_core (27 µs per token): the same strings, in the same order, at a sentence's edges too, and the same
    words, also for text in capitals, numbers, names and a lone syllable."""
    import importlib

    from pipeline import text

    text.word_tokenize("Công đoàn")
    segmenter = importlib.import_module("underthesea.pipeline.word_tokenize")
    native = segmenter.word_tokenize_model.featurizer
    assert text._FEATURIZER is not None
    sentences = [
        "Ban Thường vụ LĐLĐ tỉnh Bắc Ninh phát động phong trào thi đua lao động giỏi trong công nhân viên chức",
        "CÔNG ĐOÀN CÔNG TY TNHH MTV CAO SU ĐỒNG NAI TRAO 120 SUẤT QUÀ, TRỊ GIÁ 1,5 TRIỆU ĐỒNG/SUẤT",
        "Ngày 12/3/2026, Công đoàn cơ sở Bệnh viện Đa khoa tỉnh (ông Nguyễn Văn An) trao quà cho 25 đoàn viên.",
        "Hội", "Liên đoàn Lao động", "Hà Nội 2026", "",
    ]
    for sentence in sentences:
        tokens = segmenter.tokenize(sentence)
        for size in range(len(tokens) + 1):
            assert [list(row) for row in text._FEATURIZER(tokens[:size])] == (
                native.process([[[token] for token in tokens[:size]]])[0] if size else [])
        assert text.word_tokenize(sentence) == segmenter.word_tokenize(sentence)
        assert text.word_tokenize(sentence, format="text") == segmenter.word_tokenize(sentence, format="text")



def test_the_syllables_are_underthesea_tokenizes():
    """Speed: the regex tokenizer's tokens taken as whole matches (``text._syllables``), not through ``groupdict``:
    the same tokens, for every kind of token the pattern knows (abbreviations, dates, URLs, numbers, emoji, symbols)."""
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    from pipeline import text

    for sentence in [
        "Ban Thường vụ LĐLĐ tỉnh Bắc Ninh phát động phong trào thi đua lao động giỏi trong công nhân viên chức.",
        "A&B T.Ư NĐ-CP ngày 12/3/2026 lúc 10:30, gọi 0912-345-678, a@b.com, https://ldld.vn/a?b=1 :) ♥‿♥ 3,5% 1.000,5",
        "x+y -> ... 5K2 ʺ Ðà Nẵng hoà thuận, Covid-19", "", "  ",
    ]:
        assert text._syllables(sentence) == tokenize(sentence, use_token_normalize=True, fixed_words=[])


def pickle_load(path):
    import pickle

    with open(path, "rb") as file:
        return pickle.load(file)
