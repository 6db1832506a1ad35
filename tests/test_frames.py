import pytest

from vnextract import Award, Extraction, LegalRef, Provision, RecipientCount, Title
from vnextract.frames import rows

A = Extraction(titles=[Title(text="Bộ trưởng Bộ Công an", start=0, end=20, role="Bộ trưởng",
                             organization="Bộ Công an")],
               awards=[Award(text="x", start=0, end=1, award="Bằng khen",
                             recipients=[RecipientCount(26, "tập thể"), RecipientCount(47, "cá nhân")])])
B = Extraction(legal_refs=[LegalRef(text="khoản 2 Điều 5", start=3, end=17,
                                    provision=Provision(article="5", clause="2"))])


def test_rows_carry_doc_id_and_flat_fields():
    table = rows([(A, "doc-a"), (B, "doc-b")], "titles")
    assert table == [{"doc_id": "doc-a", "text": "Bộ trưởng Bộ Công an", "start": 0, "end": 20, "role": "Bộ trưởng",
                      "organization": "Bộ Công an", "holder": None, "resolved_holder": None, "former": False,
                      "acting": False}]


def test_recipients_and_nested_are_flattened():
    (award,) = rows({"a": A}, "awards")
    assert award["recipients"] == "26 tập thể; 47 cá nhân" and award["recipient_total"] == 73
    (ref,) = rows([A, B], "legal_refs")
    assert ref["doc_id"] == 1 and ref["provision.article"] == "5" and ref["provision.clause"] == "2"


def test_bad_kind_and_items():
    with pytest.raises(ValueError):
        rows(A, "cats")
    with pytest.raises(TypeError):
        rows(["text"], "dates")


def test_to_frame_with_pandas():
    pd = pytest.importorskip("pandas")
    from vnextract import to_frame
    frame = to_frame({"a": A, "b": B}, kind="awards")
    assert isinstance(frame, pd.DataFrame) and list(frame["doc_id"]) == ["a"]
    assert list(frame.columns[:4]) == ["doc_id", "text", "start", "end"]


# bugs caught
def test_missing_values_are_pd_na_in_every_column():
    """bug: to_frame mixed NaN (numbers, absent nested fields) and None (text) for missing values."""
    pd = pytest.importorskip("pandas")
    from vnextract import extract, to_frame
    result = extract("Thực hiện Nghị quyết số 25-NQ/TW ngày 13/6/2013; khoản 2 Điều 5 Nghị định 100/2019/NĐ-CP "
                     "quy định mức phạt. Luật Đất đai năm 2013 có hiệu lực.")
    frame = to_frame(result, kind="legal_refs")
    assert len(frame) == 3
    for name in frame.columns:
        for value in frame[name]:
            assert value is pd.NA or not (value is None or (isinstance(value, float) and value != value)), name
    assert str(frame["year"].dtype) == "Int64" and list(frame["year"].isna()) == [True, False, False]
    assert str(frame["issuer"].dtype) == "string" and str(frame["refers_to"].dtype) == "Int64"
    assert frame["provision.article"].tolist()[1] == "5" and frame["provision.article"].isna().tolist() == [
        True, False, True]
    assert "provision" not in frame.columns


def test_columns_do_not_depend_on_the_documents():
    pytest.importorskip("pandas")
    from vnextract import KINDS, to_frame
    from vnextract.frames import columns
    for kind in KINDS:
        assert list(to_frame([], kind=kind).columns) == columns(kind)
    assert columns("awards")[:4] == ["doc_id", "text", "start", "end"] and "recipient_total" in columns("awards")
    assert str(to_frame(A, kind="titles")["former"].dtype) == "boolean"
