"""The relevance model: deterministic training, a saved model that reproduces its card, clear errors."""
import shutil

import pytest

from conftest import ROOT, shared_path
from pipeline.learn import relevance
from pipeline.learn.models import MODELS_DIR, ModelError, load_model
from pipeline.records import Article

SAVED = MODELS_DIR / "relevance"


def test_saved_model_reproduces_the_held_out_scores_of_its_card():
    shared_path("articles")
    model = relevance.load()
    assert relevance.held_out_scores(model) == model.card["held_out_scores"]


def test_an_emulation_report_scores_higher_than_wage_news():
    model = relevance.load()
    emulation = Article(
        article_id="a", source="t", title="Phát động phong trào thi đua lao động giỏi, lao động sáng tạo năm 2021",
        lead="(LĐTĐ) Liên đoàn Lao động quận Ba Đình phát động phong trào thi đua và khen thưởng 20 tập thể.",
        paragraphs=("Hội nghị biểu dương điển hình tiên tiến, trao bằng khen cho công nhân giỏi.",),
    )
    wages = Article(
        article_id="b", source="t", title="Doanh nghiệp nợ lương công nhân dịp Tết",
        lead="Nhiều công nhân chưa được trả lương, thưởng Tết; công đoàn đề nghị thanh tra lao động vào cuộc.",
        paragraphs=("Người lao động bị nợ bảo hiểm xã hội nhiều tháng.",),
    )
    assert relevance.probability(model, emulation) > 0.5 > relevance.probability(model, wages)


def test_one_articles_probability_is_scikit_learns():
    """The build's one-row arithmetic (no sparse matrix) gives what the pipeline's ``predict_proba`` gives."""
    model = relevance.load()
    texts = [
        "phát động phong trào thi đua lao động giỏi , lao động sáng tạo năm 2021 liên đoàn lao động quận ba đình",
        "doanh nghiệp nợ lương công nhân dịp tết ; công đoàn đề nghị thanh tra lao động vào cuộc",
        "zzz qqq",  # no term of the vocabulary
    ]
    for text in texts:
        expected = float(model.model.predict_proba([text])[0][1])
        assert relevance._tfidf_logistic_probability(model.model, text) == pytest.approx(expected, rel=1e-12, abs=1e-15)


def test_a_missing_model_gives_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="model not found"):
        load_model(tmp_path / "relevance")


def test_a_corrupted_model_file_gives_a_clear_error(tmp_path):
    copy = tmp_path / "relevance"
    shutil.copytree(SAVED, copy)
    data = (copy / "model.joblib").read_bytes()
    (copy / "model.joblib").write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelError, match="does not match its card"):
        load_model(copy)


def test_the_build_fills_each_articles_relevance(corpus_db):
    from pipeline.dataset.schema import connect_readonly

    conn = connect_readonly(corpus_db)
    try:
        rows = dict(conn.execute("SELECT raw_path, relevance FROM articles"))
    finally:
        conn.close()
    assert len(rows) == 5 and all(0.0 <= p <= 1.0 for p in rows.values())
    # the four emulation seeds are recognised as such
    assert sum(p > 0.5 for path, p in rows.items() if "004_" not in path) == 4


def test_the_fresh_held_out_articles_topic_labels_are_never_trained_on():
    """The relevance model learns the topic labels of shared/articles2's development articles (tests/gold2), never
    those of the fresh held-out set drawn from the same folder: its false-activity figure stays an honest one."""
    labels = relevance.read_labels(SAVED / "labels.tsv")
    trained_on = {row.path.name for row in labels if row.path.parent.name == "articles2"}
    held_out = {f"{gold.stem}.txt" for gold in (ROOT / "tests" / "gold_fresh").glob("*.json")}
    development = {f"{gold.stem}.txt" for gold in (ROOT / "tests" / "gold2").glob("*.json")}
    assert len(held_out) == 30 and not trained_on & held_out
    assert trained_on == development
