"""The shortcuts the organisation and location readers take for speed give the answers of the
plain forms they replace (sentences written for these tests)."""
import re

import pytest

from vnextract import gazetteer, organizations

# the acronym scan as it was written before its leading class was given a third run
_PLAIN_CAPS_SCAN = re.compile(r"[A-ZĐ](?:[A-ZĐ0-9&]{1,9}|[A-ZĐ]{0,2}-[A-ZĐ]{1,4}|[A-Za-z]*Bank|[a-z][A-Z][A-Za-z]?"
                              r"|[ACKV]?\d\d)(?![^\W_])")

SENTENCES = [
    "Sở GD&ĐT Hà Nội và UBND TP.HCM họp với VietinBank, AfD và PC67.",
    "Ngân hàng OceanBank có trụ sở tại quận 1, TP. HCM; ông Nguyễn Văn An nói.",
    "U19 Việt Nam gặp CLB Hoàng Anh Gia Lai tại sân Pleiku.",
    "Đội C45 phối hợp Công an tỉnh Bình Dương (PC02) điều tra vụ án.",
    "\x00UBND\x00Hà Nội\x00 và \x00ĐHQG-HCM",  # NUL, the third run of the class, never matches
    "Bà Lê Thị Hoa, Giám đốc Sở Y tế Đồng Nai, cho biết xã Lê Lợi, huyện Chí Linh đã xong.",
    "PV-GAS, SARS-CoV-2 và COVID-19 được nhắc tới ở Hà Nội, Hải Phòng, Bình Chánh, Thủ Đức.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_acronym_scan_matches_the_plain_class(text):
    assert [m.span() for m in organizations._CAPS_SCAN.finditer(text)] == \
        [m.span() for m in _PLAIN_CAPS_SCAN.finditer(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_place_or_district_end_is_the_longer_of_both(text):
    for pos in range(len(text)):
        ends = [h[0] for h in (gazetteer.place_at(text, pos), gazetteer.district_at(text, pos)) if h]
        assert organizations._place_or_district_end(text, pos) == (max(ends) if ends else None), (text, pos)


@pytest.mark.parametrize("text", SENTENCES)
def test_person_names_begin_with_a_listed_word(text):
    """``_read_body`` asks ``_person_starts`` only at the words of ``_person_first_words``."""
    first = organizations._person_first_words()
    for m in organizations._WORD.finditer(text):
        if organizations._person_starts(text, m.start()):
            assert m.group() in first, (text, m.group())


def test_the_person_table_is_not_empty():
    text = SENTENCES[1]
    assert organizations._person_starts(text, text.index("Nguyễn Văn An"))
