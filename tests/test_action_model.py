"""The action classifier: hand labels that are real sentences, deterministic training, a saved model that
reproduces its card, the rule baseline scored on the same sentences, clear errors, clear sentences right."""
import re
from pathlib import Path
import shutil
import unicodedata
from collections import Counter

import pytest

from conftest import shared_path
from pipeline.learn import action as action_model
from pipeline.learn.models import MODELS_DIR, ModelError

SAVED = MODELS_DIR / "action"
LABELS = SAVED / "labels.tsv"


@pytest.fixture(scope="module")
def saved():
    return action_model.load()


@pytest.fixture(scope="module")
def two_trainings(tmp_path_factory):
    return [action_model.train(LABELS, tmp_path_factory.mktemp(f"action{run}")) for run in (1, 2)]


def test_labels_cover_every_action_with_distinct_sentences():
    labelled = action_model.read_labels(LABELS)
    counts = Counter(item.action for item in labelled)
    assert len(labelled) >= 300
    assert set(counts) == set(action_model.ACTIONS)
    assert min(counts.values()) >= 10
    assert len({item.sentence.casefold() for item in labelled}) == len(labelled)
    assert len({item.source for item in labelled}) >= 100


def test_every_labelled_sentence_is_written_in_its_source_file():
    shared_path("articles")
    texts = {}
    for item in action_model.read_labels(LABELS):
        if item.source not in texts:
            base = action_model.REPO if item.source.startswith("corpus/") else action_model.REPO.parent / "shared"
            raw = unicodedata.normalize("NFC", (base / item.source).read_text(encoding="utf-8"))
            texts[item.source] = " ".join(raw.split())
        assert item.sentence in texts[item.source], (item.source, item.sentence[:80])


def test_a_label_file_with_an_unknown_action_is_refused(tmp_path):
    bad = tmp_path / "labels.tsv"
    bad.write_text("source\tsentence\taction\tnote\ncorpus/x.txt\tMột câu.\tcelebrate\t\n", encoding="utf-8")
    with pytest.raises(ModelError, match="labels.tsv:2"):
        action_model.read_labels(bad)


@pytest.mark.slow
def test_training_is_deterministic(two_trainings):
    first, second = two_trainings
    for key in ("chosen", "cross_validation", "held_out_scores", "baseline_rules", "own_rules", "better"):
        assert first[key] == second[key], key
    assert first["data"]["held_out"] == second["data"]["held_out"]


@pytest.mark.slow
def test_training_again_gives_the_committed_model_and_figures(two_trainings, saved):
    fresh = two_trainings[0]
    assert fresh["data"]["held_out"] == saved.card["data"]["held_out"]
    assert fresh["chosen"] == saved.card["chosen"]
    assert fresh["cross_validation"] == saved.card["cross_validation"]
    assert fresh["held_out_scores"] == saved.card["held_out_scores"]


def test_saved_model_reproduces_the_held_out_scores_of_its_card(saved):
    assert action_model.held_out_scores(saved) == saved.card["held_out_scores"]
    assert saved.card["held_out_scores"]["macro_f1"] == saved.card["held_out_macro_f1"]["model"]


def test_the_rule_baseline_reproduces_its_card_figures_on_the_same_sentences(saved):
    if action_model.rules_changed(saved.card):
        pytest.skip("the extractor's trigger table changed since training: retrain the action model")
    assert action_model.rule_held_out_scores(saved) == saved.card["baseline_rules"]["held_out_scores"]


def test_the_card_says_which_is_better_by_held_out_macro_f1(saved):
    card = saved.card
    model, rules = card["held_out_scores"]["macro_f1"], card["baseline_rules"]["held_out_scores"]["macro_f1"]
    assert card["better"] == ("model" if model > rules else "rules")
    assert card["chosen"] in card["cross_validation"]["models"]
    assert (SAVED / "CARD.md").read_text(encoding="utf-8").count(f"better: **{card['better']}**") == 1


def test_a_missing_model_gives_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="model not found"):
        action_model.load(tmp_path / "action")


def test_a_corrupted_model_file_gives_a_clear_error(tmp_path):
    copy = tmp_path / "action"
    shutil.copytree(SAVED, copy)
    data = (copy / "model.joblib").read_bytes()
    (copy / "model.joblib").write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelError, match="does not match its card"):
        action_model.load(copy)


CLEAR = [
    ("Liên đoàn Lao động huyện Gia Lâm phát động phong trào thi đua lao động giỏi, lao động sáng tạo năm 2024.",
     "launch"),
    ("Các công đoàn cơ sở đã triển khai hiệu quả phong trào thi đua “Xanh - sạch - đẹp, bảo đảm an toàn vệ sinh "
     "lao động”.", "implement"),
    ("Sáng 12/7, Cụm thi đua số 2 tổ chức Hội nghị sơ kết phong trào thi đua 6 tháng đầu năm 2023.", "review"),
    ("Dịp này, Liên đoàn Lao động quận đã tặng Bằng khen cho 35 tập thể và 60 cá nhân có thành tích xuất sắc.",
     "commend"),
    ("12 kỹ sư, công nhân tiêu biểu đã được vinh danh tại lễ trao giải.", "commend"),
    ("Liên đoàn Lao động tỉnh tổ chức Hội thi an toàn vệ sinh viên giỏi năm 2024 với 40 đội tham gia.", "contest"),
    ("Công đoàn các khu công nghiệp trao 500 phần quà cho công nhân có hoàn cảnh khó khăn dịp Tết.", "support"),
    ("Công đoàn phường tổ chức chuyến xe nghĩa tình đưa 200 công nhân về quê đón Tết.", "support"),
    ("Ban Thường vụ Liên đoàn Lao động thành phố ban hành quy chế thi đua, khen thưởng năm 2024.", "other"),
]


@pytest.mark.parametrize("sentence,action", CLEAR)
def test_clear_sentences_get_their_action(saved, sentence, action):
    assert action_model.predict_action(saved, sentence) == action


def test_the_classifier_for_the_extractor_is_the_better_one(saved):
    classify = action_model.action_classifier()
    sentence, action = CLEAR[-2]
    if saved.card["better"] == "model":
        assert classify(sentence) == action_model.predict_action(saved, sentence) == action
    assert action_model.predict_actions(saved, [s for s, _ in CLEAR]) == [a for _, a in CLEAR]


def test_the_own_trigger_list_reads_the_strongest_trigger_and_skips_quoted_names():
    rules = action_model.load_rules(action_model.OWN_TRIGGERS, default="commend")
    assert action_model.rule_action("LĐLĐ quận đã phát động phong trào thi đua năm 2021.", rules) == "launch"
    assert action_model.rule_action("Hội nghị tổng kết công tác công đoàn năm 2012.", rules) == "review"
    quoted = "Các đơn vị thực hiện phong trào “Ôn lý thuyết, luyện tay nghề, thi tay nghề”."
    assert action_model.rule_action(quoted, rules) == "implement"
    assert action_model.rule_match("Chuyến xe nghĩa tình đưa công nhân về quê.", rules) is None
    assert action_model.rule_action("Chuyến xe nghĩa tình đưa công nhân về quê.", rules) == "commend"


def test_library_code_never_prints():
    package = Path(action_model.__file__).resolve().parent.parent
    printing = [path.relative_to(package).as_posix() for path in package.rglob("*.py")
                if path.name != "cli.py" and re.search(r"(?<![\w.])print\(", path.read_text(encoding="utf-8"))]
    assert printing == []
