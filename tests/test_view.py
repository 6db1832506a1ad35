import html
import re

import pytest

from vnextract import KINDS, DateMention, Extraction, LegalRef, extract
from vnextract.view import COLORS, render

TEXT = ("Chiều 27/7, Chủ tịch nước Trần Đại Quang thăm tỉnh Hưng Yên.\n\n"
        "Nghị quyết số 25-NQ/TW ngày 13/6/2013 của Ban Chấp hành Trung ương Đảng.")
_LABEL = re.compile(r'<span class="vnx-label"[^>]*>[^<]*</span>')


def shown_text(page: str) -> str:
    """The text a reader sees in the body of the view, labels left out."""
    body = page.split('<div class="vnx-text"', 1)[1].split(">", 1)[1].rsplit("</div>", 1)[0]
    body = body.split("<details", 1)[0].rsplit("</div>", 1)[0]
    return html.unescape(re.sub(r"<[^>]+>", "", _LABEL.sub("", body)))


def test_render_marks_every_mention_with_its_kind():
    result = extract(TEXT)
    page = render(TEXT, result)
    for kind in ("dates", "legal_refs"):
        assert page.count(f'class="vnx-label" data-kind="{kind}"') == len(getattr(result, kind)) > 0
    assert "value: XXXX-07-27" in page  # every field on hover


@pytest.mark.parametrize("text", [
    TEXT,
    "Ngày 24/9, Tỉnh ủy Bình Dương sơ kết 5 năm (2013-2018) thực hiện Nghị quyết số 25-NQ/TW.",
    "  Hai  dấu cách,\ttab và\n\n\ndòng trống; 「ngoặc」 «kép» “cong” — ngày 1/1/2020!  ",
    "Ho\u0300a bi\u0300nh\u00a0ngày\u200b 2/9/1945 🎉",
])
def test_text_is_shown_verbatim(text):
    """bug: displaCy joined tokens with spaces ("Ngày 24/9 ,", "( 2013-2018 )")."""
    page = render(text)
    assert shown_text(page) == text
    assert " ," not in shown_text(render("Ngày 24/9, trời mưa."))


def test_values_are_visible_in_labels_and_table():
    result = extract(TEXT)
    page = render(TEXT, result)
    labels = [html.unescape(re.sub(r"<[^>]+>", "", m)) for m in _LABEL.findall(page)]
    assert "XXXX-07-27" in labels and "25-NQ/TW" in labels and "2013-06-13" in labels
    assert page.count('class="vnx-row"') == len(result)
    assert "<b>issued</b>: 2013-06-13" in page


def test_underlines_are_css_lines_per_mention():
    """bug: underlines were dashes per word; now one CSS line per mention, at its own depth."""
    text = "Nghị quyết số 25-NQ/TW ngày 13/6/2013"
    result = Extraction(dates=[DateMention(text="ngày 13/6/2013", start=23, end=37, value="2013-06-13")],
                        legal_refs=[LegalRef(text=text, start=0, end=37, doc_type="Nghị quyết")])
    page = render(text, result)
    marks = re.findall(r'<span class="vnx-mark" data-kinds="([^"]*)" style="([^"]*)">([^<]*)</span>', page)
    assert [(kinds, piece) for kinds, _, piece in marks] == [("legal_refs", "Nghị quyết số 25-NQ/TW "),
                                                             ("dates legal_refs", "ngày 13/6/2013")]
    both = marks[1][1]
    assert both.count("linear-gradient") == 2 and COLORS["dates"] in both and COLORS["legal_refs"] in both
    assert "bottom 0px" in both and "bottom 5px" in both  # two lines at different depths


def test_legend_uses_json_kind_names():
    page = render(TEXT)
    legend = re.findall(r'class="vnx-legend-item" data-kind="([^"]+)"[^>]*>([^<]+)<', page)
    assert [k for k, _ in legend] == [n for _, n in legend] == list(KINDS)


HOSTILE = 'Ngày 24/9 <script>alert(1)</script> "><img src=x onerror=alert(2)> &amp;'


def test_hostile_text_is_escaped():
    result = Extraction(dates=[DateMention(text="Ngày 24/9", start=0, end=9, value='"><script>alert(3)</script>')])
    page = render(HOSTILE, result)
    assert "<script" not in page and "<img" not in page and "onerror=alert(2)>" not in page
    assert "&lt;script&gt;" in page and "&amp;amp;" in page
    assert shown_text(page) == HOSTILE


def test_overlapping_mentions_both_drawn():
    text = "Nghị quyết số 25-NQ/TW ngày 13/6/2013"
    result = Extraction(dates=[DateMention(text="ngày 13/6/2013", start=23, end=37, value="2013-06-13")],
                        legal_refs=[LegalRef(text=text, start=0, end=37, doc_type="Nghị quyết")])
    page = render(text, result)
    assert 'data-kind="dates"' in page and 'data-kind="legal_refs"' in page


def test_mentions_outside_the_text_are_not_drawn():
    result = Extraction(dates=[DateMention(text="x", start=5, end=50)])
    page = render("ngắn", result)
    assert shown_text(page) == "ngắn" and 'class="vnx-label"' not in page


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
