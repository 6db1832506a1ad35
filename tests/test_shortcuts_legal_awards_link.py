"""The speed shortcuts of legal, awards and link give the answers of the plain forms."""
import pytest
import regex

from vnextract import awards, legal, linking
from vnextract.records import Title


def test_isalnum_characters_are_letters_or_numbers_of_the_regex_module():
    # awards._award_matches skips a start after a str.isalnum character: _B fails there
    every = "".join(map(chr, range(0x110000)))
    letters_numbers = set(regex.findall(r"[\p{L}\p{N}]", every))
    assert [c for c in every if c.isalnum() and c not in letters_numbers] == []


@pytest.mark.parametrize("text", [
    "các Á quân, á quân, thanh Anh hùng Lao động; giải Nhất và giải Vàng, huyện Huy chương Vàng.",
    "Á quân Rap Việt là Dế Choắt; đăng quang Hoa hậu Việt Nam 2020, 3Giải 5giải Cờ thi đua.",
])
def test_award_matches_equal_finditer(text):
    folded = awards._folded(text)
    scanned = [m.span() for m in awards._award_matches(text, 0, len(text), folded)]
    assert scanned == [m.span() for m in awards._award_re().finditer(text, 0, len(text))]


@pytest.mark.parametrize("text", [
    "NĐ 67, QĐ33, xNĐ 5, NQ-12, NQ 1234567, NĐNĐ 5, QĐNQ 7, NQĐ 8, QĐQĐ 9, N Đ 3.",
    "",
    "NĐ",
])
def test_literal_starts_equal_literal_scan(text):
    data = legal._data()
    literals = data.abbr_num_scan
    scan = legal.literal_scan(literals)
    assert legal._literal_starts(literals, text) == list(legal._scan_starts(scan, text))
    assert [m.span() for m in legal._prescanned(data.abbr_num, literals, text)] == \
        [m.span() for m in data.abbr_num.finditer(text)]


@pytest.mark.parametrize("text", [
    "Quyết định giải quyết khiếu nại số 333 và Kết luận thanh tra số 825/KL-SYT",
    "Quyết định xử phạt vi phạm hành chính về thuế tại cơ quan số 12/QĐ-CT; Nghị quyết "
    "kỳ họp thứ tư số 5",
    "Quyết định xử phạt vi phạm hành chính về thuế tại chỗ số 12/QĐ-CT",
    "NGHỊ QUYẾT LIÊN TỊCH ngắn gọn khác số 7/NQLT; Nghị quyết liên tịch về việc thi hành bản án số 01",
])
def test_typed_described_tries_every_anchor_that_can_match(text):
    # _typed_described skips the anchors without "ố" in reach: no match of typed_desc starts there
    data = legal._data()
    anchors = legal._anchors(data, text)
    plain = [m.start() for m in legal._matches(data.typed_desc, text, anchors)]
    reach = data.type_length + 57
    assert all("ố" in text[s:s + reach] for s in plain)
    assert [c.start for c in legal._typed_described(data, text, anchors)] == \
        [c.start for c in legal._typed_described(data, text, [a for a in anchors if a in plain])]


@pytest.mark.parametrize("organization", ["Quốc hội Hàn Quốc", "Bộ Ngoại giao Mỹ\n", "Chính phủ", "Hàn Quốc",
                                          "Đại sứ quán tại Việt Nam", "xHàn Quốc", ""])
def test_country_ends_prefilter(organization):
    # a search that finds a country at the end finds an organisation ending as _country_ends says
    if linking._ends_with_country_re().search(organization):
        assert organization.endswith(linking._country_ends())
    title = Title(text="Chủ tịch", start=0, end=8, role="Chủ tịch", organization=organization or None)
    linking._foreign_name_after("Chủ tịch Park Ju Seon đến.", title, [], [])
