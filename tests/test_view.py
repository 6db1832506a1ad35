import pytest

from vnextract import DateMention, Extraction, LegalRef, extract
from vnextract.view import render

TEXT = ("Chiều 27/7, Chủ tịch nước Trần Đại Quang thăm tỉnh Hưng Yên.\n\n"
        "Nghị quyết số 25-NQ/TW ngày 13/6/2013 của Ban Chấp hành Trung ương Đảng.")


def test_render_marks_every_mention_with_its_kind():
    result = extract(TEXT)
    page = render(TEXT, result)
    for kind in ("dates", "legal_refs"):
        assert page.count(f'data-kind="{kind}"') == len(getattr(result, kind)) > 0
    assert "value: XXXX-07-27" in page


HOSTILE = 'Ngày 24/9 <script>alert(1)</script> "><img src=x onerror=alert(2)> &amp;'


def test_hostile_text_is_escaped():
    result = Extraction(dates=[DateMention(text="Ngày 24/9", start=0, end=9, value='"><script>alert(3)</script>')])
    page = render(HOSTILE, result)
    assert "<script" not in page and "<img" not in page and "onerror=alert(2)>" not in page
    assert "&lt;script&gt;" in page and "&amp;amp;" in page


def test_overlapping_mentions_both_drawn():
    text = "Nghị quyết số 25-NQ/TW ngày 13/6/2013"
    result = Extraction(dates=[DateMention(text="ngày 13/6/2013", start=23, end=37, value="2013-06-13")],
                        legal_refs=[LegalRef(text=text, start=0, end=37, doc_type="Nghị quyết")])
    page = render(text, result)
    assert 'data-kind="dates"' in page and 'data-kind="legal_refs"' in page


def test_render_type_error():
    with pytest.raises(TypeError):
        render(42)


def test_extraction_without_text_needs_it():
    with pytest.raises(ValueError):
        render(Extraction())


def test_extraction_remembers_its_text_for_notebooks():
    result = extract(TEXT)
    assert result.source == TEXT
    assert result._repr_html_() == render(TEXT, result)
    assert "_source" not in result.to_json()
