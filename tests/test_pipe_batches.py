"""``Extractor.pipe`` runs each component over a batch of texts: the results, errors and
explanations are those of ``extract`` text by text."""
import pytest

from vnextract import pipeline
from vnextract.pipeline import Component, Extractor
from vnextract.text import casefolded

TEXTS = ["Ngày 24/9/2018, Tỉnh ủy Bình Dương sơ kết Nghị quyết số 25-NQ/TW.", "",
         "Chiều 27/7, Chủ tịch nước Trần Đại Quang trao Huân chương Lao động hạng Nhất cho tỉnh Hưng Yên.",
         "không có gì", "Theo Quyết định số 12/QĐ-UBND ngày 3/1/2019 của UBND tỉnh, ông Nguyễn Văn A làm Giám đốc."]


@pytest.mark.parametrize("batch_size", [1, 2, 3, 64])
def test_pipe_equals_extract(batch_size):
    ex = Extractor()
    texts = TEXTS * 3
    assert list(ex.pipe(texts, batch_size=batch_size, doc_date="2019-01-05")) == \
        [ex.extract(t, "2019-01-05") for t in texts]
    explained = list(ex.pipe(texts, batch_size=batch_size, explain=True))
    for result, text in zip(explained, texts, strict=True):
        one = ex.extract(text, explain=True)
        assert [(e.kind, e.start, e.rule, e.evidence) for e in result.explanations()] == \
            [(e.kind, e.start, e.rule, e.evidence) for e in one.explanations()]


def _collect(iterator):
    got = []
    try:
        for result in iterator:
            got.append(result)
    except Exception as error:  # noqa: BLE001 - compared with extract text by text
        return got, (type(error), str(error))
    return got, None


def _one_by_one(ex, texts):
    got = []
    for text in texts:
        try:
            got.append(ex.extract(text))
        except Exception as error:  # noqa: BLE001
            return got, (type(error), str(error))
    return got, None


@pytest.mark.parametrize("fails", [
    {"late": {3}},              # a later component fails on the fourth text
    {"early": {5}, "late": {2}},  # an earlier text fails in a later component: its error comes first
    {"early": {1, 4}},
    {},
])
def test_a_component_error_ends_the_batch_where_text_by_text_would(monkeypatch, fails):
    def failing(name, at):
        def component(doc):
            if doc.original in at:
                raise ValueError(f"{name} failed on {doc.original!r}")
        return component

    texts = [f"Văn bản số {i}." for i in range(8)]
    early = failing("early", {texts[i] for i in fails.get("early", ())})
    late = failing("late", {texts[i] for i in fails.get("late", ())})
    monkeypatch.setattr(pipeline, "COMPONENTS", pipeline.COMPONENTS)
    monkeypatch.setattr(pipeline, "PIPELINE", pipeline.PIPELINE)
    pipeline.add_component(Component("early", early), after="sentences")
    pipeline.add_component(Component("late", late))
    ex = Extractor()
    for batch_size in (1, 3, 8):
        assert _collect(ex.pipe(texts, batch_size=batch_size)) == _one_by_one(ex, texts)


def test_pipe_a_bad_item_after_good_ones():
    ex = Extractor()
    got, error = _collect(ex.pipe(TEXTS[:3] + [7] + TEXTS, batch_size=64))
    assert got == [ex.extract(t) for t in TEXTS[:3]]
    assert error == (TypeError, "extract() takes a str, not int")


def test_casefolded_keeps_several_texts():
    texts = [f"Văn Bản {i} ĐÂY" for i in range(10)]
    first = [casefolded(t) for t in texts]
    assert first == [t.casefold() for t in texts]
    assert all(casefolded(t) is f for t, f in zip(texts, first, strict=True))
    big = "Ă" * 3_000_000  # longer than the cache: kept alone
    assert casefolded(big) == big.casefold()
    assert casefolded(texts[0]) == texts[0].casefold()
