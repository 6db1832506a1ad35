import datetime
import pickle

import pytest

import vnextract
from vnextract import Extraction, Extractor, extract
from vnextract.pipeline import PIPELINE

SENTENCE = ("Ngày 24/9, Tỉnh ủy Bình Dương sơ kết 5 năm thực hiện Nghị quyết số 25-NQ/TW "
            "ngày 13/6/2013 của Ban Chấp hành Trung ương Đảng.")


def test_components_are_listed_in_order():
    assert Extractor().pipe_names == [name for name, _ in PIPELINE]
    assert Extractor().pipe_names[:2] == ["normalize", "sentences"]


def test_disable_component():
    ex = Extractor(disable=["awards", "legal_refs"])
    assert "awards" not in ex.pipe_names and "legal" not in ex.pipe_names
    result = ex.extract(SENTENCE)
    assert result.awards == [] and result.legal_refs == []


@pytest.mark.parametrize("disable, error", [
    (["nope"], ValueError),
    (["normalize"], ValueError),
    ([3], TypeError),
])
def test_disable_errors(disable, error):
    with pytest.raises(error):
        Extractor(disable=disable)


@pytest.mark.parametrize("bad", [None, 3, b"bytes", ["list"]])
def test_wrong_input_type(bad):
    with pytest.raises(TypeError, match="str"):
        extract(bad)


def test_empty_text():
    result = extract("")
    assert isinstance(result, Extraction) and len(result) == 0


@pytest.mark.parametrize("doc_date", [datetime.date(2018, 9, 25), "2018-09-25", datetime.datetime(2018, 9, 25, 8, 0)])
def test_doc_date_forms(doc_date):
    assert extract("Ngày 24/9", doc_date=doc_date).doc_date == "2018-09-25"


@pytest.mark.parametrize("doc_date, error", [("25/09/2018", ValueError), (20180925, TypeError), ("2018-13-01", ValueError)])
def test_bad_doc_date(doc_date, error):
    with pytest.raises(error):
        extract("Ngày 24/9", doc_date=doc_date)


def test_extractor_pickles_and_gives_same_result():
    ex = Extractor(disable=["awards"])
    clone = pickle.loads(pickle.dumps(ex))
    assert clone.pipe_names == ex.pipe_names
    assert clone.extract(SENTENCE) == ex.extract(SENTENCE)


TEXTS = [SENTENCE, "", "Chiều 27/7, Chủ tịch nước Trần Đại Quang về thăm tỉnh Hưng Yên.", "không có gì"]


def test_pipe_order_and_equality():
    ex = Extractor()
    assert list(ex.pipe(TEXTS, batch_size=2)) == [ex.extract(t) for t in TEXTS]


def test_pipe_as_tuples_keeps_context():
    ex = Extractor()
    out = list(ex.pipe(((t, {"i": i}) for i, t in enumerate(TEXTS)), as_tuples=True))
    assert [ctx["i"] for _, ctx in out] == list(range(len(TEXTS)))
    assert [r for r, _ in out] == [ex.extract(t) for t in TEXTS]


def test_pipe_multiprocess_matches_single():
    ex = Extractor()
    texts = TEXTS * 5
    assert list(ex.pipe(texts, n_process=2, batch_size=3)) == list(ex.pipe(texts))


@pytest.mark.parametrize("kwargs", [{"batch_size": 0}, {"n_process": 0}, {"n_process": "2"}])
def test_pipe_bad_arguments(kwargs):
    with pytest.raises(ValueError):
        list(Extractor().pipe(TEXTS, **kwargs))


def test_pipe_as_tuples_rejects_plain_texts():
    with pytest.raises(TypeError, match="pairs"):
        list(Extractor().pipe(["abc"], as_tuples=True))


def test_public_api():
    assert callable(vnextract.extract) and vnextract.__version__


# --- bugs caught: each row is a defect found once, kept so it never comes back -------------------

def _render_is_function_after_view_import():
    import vnextract.view  # noqa: F401 - importing the submodule must not shadow vnextract.render
    return callable(vnextract.render) and not hasattr(vnextract.render, "__file__")


def _multiprocess_dask_partition_is_picklable():
    from vnextract.batch import extract_partition_list
    return pickle.loads(pickle.dumps(extract_partition_list(['{"id": 1, "text": "Ngày 24/9"}'])))[0]["id"] == 1


def _old_tone_quy_untouched():
    from vnextract.text import NormText
    return NormText("quý I/2017, Thuỵ Điển").text == "quý I/2017, Thụy Điển"


def _source_not_serialised():
    return "_source" not in extract("Ngày 24/9").to_dict()


@pytest.mark.parametrize("check", [
    _render_is_function_after_view_import,   # a module named render.py replaced the function on import
    _multiprocess_dask_partition_is_picklable,  # Dask's process scheduler cannot pickle generators
    _old_tone_quy_untouched,                  # "quý" must keep its tone on y ("qu" is one consonant)
    _source_not_serialised,                   # the text kept for notebooks must not leak into JSON
])
def test_bugs_caught(check):
    assert check()
