"""Organisations: sentences written for these tests -> the organisations found, and the reader
other components use (``org_extent``)."""
import unicodedata

import pytest

from vnextract import Extraction, Organization, extract, organizations
from vnextract.pipeline import Doc, Extractor


def _found(text):
    return [(text[s:e], r.acronym) for s, e, r in organizations.find(text)]


# sentence -> [(organisation text, acronym)]
CASES = [
    ("Hôm qua, UBND tỉnh Bình Dương đã họp với các sở.", [("UBND tỉnh Bình Dương", None)]),
    ("Bộ Y tế vừa ban hành hướng dẫn mới.", [("Bộ Y tế", None)]),
    ("Bộ Tài nguyên và Môi trường tổ chức hội nghị.", [("Bộ Tài nguyên và Môi trường", None)]),
    ("Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội cho biết kỳ thi diễn ra an toàn.",
     [("Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội", "GD-ĐT")]),
    ("Tập đoàn Dầu khí Việt Nam (PVN) ký hợp đồng.", [("Tập đoàn Dầu khí Việt Nam", "PVN"), ("PVN", "PVN")]),
    ("Giám đốc Cơ quan Tình báo Trung ương (CIA) William Burns đến thăm.",
     [("Cơ quan Tình báo Trung ương", "CIA"), ("CIA", "CIA")]),
    ("Chủ tịch Cục Dự trữ Liên bang Mỹ Jerome Powell phát biểu.", [("Cục Dự trữ Liên bang Mỹ", None)]),
    ("Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa Hà Nội Mạc Quốc Anh nói.",
     [("Hiệp hội Doanh nghiệp nhỏ và vừa Hà Nội", None)]),
    ("Sau đó công an huyện Nghi Lộc vào cuộc điều tra.", [("công an huyện Nghi Lộc", None)]),
    ("U19 Việt Nam thắng đậm trong trận ra quân.", [("U19 Việt Nam", None)]),
    ("Các nước NATO và ASEAN đều lên tiếng.", [("NATO", "NATO"), ("ASEAN", "ASEAN")]),
    ("Quốc hội Mỹ thông qua dự luật.", [("Quốc hội Mỹ", None)]),
    ("Ông được điều động về Trung tâm Y tế dự phòng tỉnh Lào Cai.",
     [("Trung tâm Y tế dự phòng tỉnh Lào Cai", None)]),
    ("Đại sứ quán Nhật Bản tổ chức buổi gặp mặt.", [("Đại sứ quán Nhật Bản", None)]),
]

# sentences with no organisation
NONE = [
    "Bộ trưởng cho biết sẽ kiểm tra lại.",
    "Hội nghị diễn ra trong hai ngày.",
    "Công ty này chưa trả lương cho công nhân.",
    "Giá vàng tăng 200.000 đồng, tương đương 10 USD.",
    "Trường hợp này cần xem xét thêm.",
    # kind words with no name after them name no body
    "Bệnh viện đa khoa đã tiếp nhận bệnh nhân.",
    # a body described in lower-case words only is read by org_extent, but is no named organisation
    "Phó trưởng Ban quản lý dự án đầu tư xây dựng huyện Trần Văn Hùng phát biểu.",
    "Khoản thu do Ban đại diện phụ huynh tổ chức.",
    # a position word is not a body ("Viện trưởng"), a place is not ("Tây Ban Nha", "Đài Loan")
    "Viện trưởng cho biết ông sẽ sang Tây Ban Nha rồi Đài Loan.",
    # Vietnamese words in capitals are no acronyms
    "Cái TÂM phải đẹp, SỐC thật!",
]

# bugs caught: a sentence that once went wrong -> what is right
BUGS = [
    # "Bộ trưởng Bộ ..." repeated: the role inside is not part of a name
    ("Bộ trưởng Bộ Công Thương và Bộ trưởng Bộ Tài chính họp.", [("Bộ Công Thương", None), ("Bộ Tài chính", None)]),
    # a bracketed acronym inside the name is not a second mention
    ("Sở Tài nguyên và Môi trường (TN-MT) Thanh Hóa kiểm tra.",
     [("Sở Tài nguyên và Môi trường (TN-MT) Thanh Hóa", "TN-MT")]),
    # a country in brackets is not an acronym
    ("Ông học tại Viện Đại học Cambridge (Anh) hai năm.", [("Viện Đại học Cambridge", None)]),
    # a nested body after lower-case words begins a new organisation
    ("Hội đồng quản trị công ty TNHH Sao Mai họp.", [("công ty TNHH Sao Mai", None)]),
    # a school named after a person keeps the whole name
    ("Học sinh Trường Tiểu học Hoàng Hoa Thám tựu trường.", [("Trường Tiểu học Hoàng Hoa Thám", None)]),
    # lower-case words of known two-syllable words close a name; "và" and commas join its parts
    ("Sở Nông nghiệp và Phát triển nông thôn Tp. Hồ Chí Minh cho biết.",
     [("Sở Nông nghiệp và Phát triển nông thôn Tp. Hồ Chí Minh", None)]),
    ("Ngân hàng Chính sách xã hội (NHCSXH) tròn 15 tuổi.",
     [("Ngân hàng Chính sách xã hội", "NHCSXH"), ("NHCSXH", "NHCSXH")]),
    ("Bộ Văn hóa, Thể thao và Du lịch họp báo.", [("Bộ Văn hóa, Thể thao và Du lịch", None)]),
    # two companies joined by "và" stay two
    ("Cty TNHH Sao Mai và Unitek là đối tác.", [("Cty TNHH Sao Mai", None)]),
    # the government named generically is no organisation mention (org_extent still reads it)
    ("Chính phủ Syria và chính phủ các nước họp.", []),
    # a company after "hãng" is named without it
    ("Theo hãng Boeing, nhu cầu tăng.", [("Boeing", None)]),
    # an acronym takes only organisation words after it, not a person's name or a Vietnamese word
    ("Theo NIS Lee Byung-ho cho biết; nguồn: TTXVN Theo AFP.", [("NIS", "NIS"), ("TTXVN", "TTXVN"), ("AFP", "AFP")]),
    # a lower-case organisation word before a number is none ("cơ sở 1.389")
    ("Cả nước có cơ sở 1.389 trường.", []),
    # a club named by its town and "FC"; a bank written in mixed case; a police unit by its code
    ("Quảng Nam FC thắng, VietinBank tài trợ, PC67 điều tra.",
     [("Quảng Nam FC", None), ("VietinBank", None), ("PC67", None)]),
    # a competition of an age group, a stock ticker, a river named like a school, police in general
    ("Giải U16 châu Á, cổ phiếu MBB tăng, sông Trường Giang lũ, Cảnh sát Anh điều tra.", []),
    # a one-syllable rest of the name's only capitalised word, before a verb ("Sở Nội vụ | cho biết")
    ("Sở Nội vụ cho biết đã nhận hồ sơ.", [("Sở Nội vụ", None)]),
    # a person's name right after a party committee is its secretary, not the committee's name
    ("Nguyên Bí thư Thành ủy Lê Thanh Hải phát biểu.", []),
    # a news outlet after "tờ" is named without it; an acronym takes a Latin word after it
    ("Theo tờ Thanh Niên và VTC News, vụ việc đã được xử lý.", [("Thanh Niên", None), ("VTC News", None)]),
    # a dash glued to one side joins the parts of a name as " - " does
    ("Sở Nông nghiệp- PTNT tỉnh Nghệ An và Đài Phát thanh -Truyền hình Hà Nội ký kết.",
     [("Sở Nông nghiệp- PTNT tỉnh Nghệ An", None), ("Đài Phát thanh -Truyền hình Hà Nội", None)]),
    # but not before another body: a unit and the body it belongs to are two organisations
    ("Bác sĩ Bệnh viện 199 - Bộ Công an tham gia. Trường Đại học Kinh tế - ĐHQGHN cũng vậy.",
     [("Bệnh viện 199", None), ("Bộ Công an", None), ("Trường Đại học Kinh tế", None), ("ĐHQGHN", "ĐHQGHN")]),
    # a ward named after a person, a commune whose district follows
    ("UBND phường Nguyễn Thái Bình và UBND xã Phạm Văn Hai, huyện Bình Chánh đã họp.",
     [("UBND phường Nguyễn Thái Bình", None), ("UBND xã Phạm Văn Hai", None)]),
    # organisation words that were not known (hand check)
    ("Tiểu ban Văn kiện đã họp phiên thứ hai.", [("Tiểu ban Văn kiện", None)]),
    # a two-syllable word whose second syllable is a stop word ("Hàng | không") is no place to cut (corpus review)
    ("Học viện Hàng không Việt Nam tuyển sinh khóa mới.", [("Học viện Hàng không Việt Nam", None)]),
    # a rare family name + one word after lower-case words is the company's name, not a person's (hand check)
    ("Hồ sơ của Công ty CP Xây dựng Phương Nam chưa hợp lệ.", [("Công ty CP Xây dựng Phương Nam", None)]),
    ("Giám đốc Trung tâm Lữ hành Hà Thành cho biết.", [("Trung tâm Lữ hành Hà Thành", None)]),
    # words of a body's kind between its organisation word and its name (org_kinds.txt; hand check):
    # the name after them is the body's own, even when it begins with a family name
    ("Cháu bé được đưa tới Bệnh viện đa khoa Hồng Phúc để cấp cứu.", [("Bệnh viện đa khoa Hồng Phúc", None)]),
    ("Giám đốc Bệnh viện ung bướu Hưng Thịnh khẳng định như vậy.", [("Bệnh viện ung bướu Hưng Thịnh", None)]),
    ("Công ty cổ phần Hoàng Long nhận bàn giao mặt bằng.", [("Công ty cổ phần Hoàng Long", None)]),
    ("Công ty TNHH Trần Gia trúng thầu gói số 3.", [("Công ty TNHH Trần Gia", None)]),
    ("Tập đoàn vàng bạc đá quý DOJI tăng giá bán.", [("Tập đoàn vàng bạc đá quý DOJI", None)]),
    # a place after the kind words is read as the qualifier it is; a person after the name still ends it
    ("Sản phụ được chuyển lên Bệnh viện đa khoa tỉnh Nam Định.", [("Bệnh viện đa khoa tỉnh Nam Định", None)]),
    ("Chủ tịch Công ty cổ phần Hoàng Phát Lê Văn Tâm cho biết.", [("Công ty cổ phần Hoàng Phát", None)]),
    # a school named after a person: a country inside the name ("Tôn Đức Thắng") is no qualifier; the
    # person after a field is the one the school is named after, unless a position word stands before it
    ("Trường Đại học Tôn Đức Thắng công bố điểm chuẩn.", [("Trường Đại học Tôn Đức Thắng", None)]),
    ("Năm nay ĐH Y khoa Phạm Ngọc Thạch tuyển sinh cả nước.", [("ĐH Y khoa Phạm Ngọc Thạch", None)]),
    ("Hiệu trưởng Trường Đại học Sư phạm Nguyễn Văn Minh phát biểu.", [("Trường Đại học Sư phạm", None)]),
    # a name of three words is whole; after a position word, two words are enough
    ("Hiệu trưởng Trường THPT Phan Đình Phùng Nguyễn Văn An cho biết.", [("Trường THPT Phan Đình Phùng", None)]),
    ("Giám đốc Bệnh viện Bạch Mai Trần Quốc Hưng cho biết.", [("Bệnh viện Bạch Mai", None)]),
    ("Học sinh Trường THPT Nguyễn Thị Minh Khai đạt giải.", [("Trường THPT Nguyễn Thị Minh Khai", None)]),
]


@pytest.mark.parametrize("text,expected", CASES + BUGS)
def test_organizations(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", NONE)
def test_no_organization(text):
    assert _found(text) == []


@pytest.mark.parametrize("text,start,end_text", [
    ("Chủ tịch Cục Dự trữ Liên bang Mỹ Jerome Powell", 9, "Cục Dự trữ Liên bang Mỹ"),
    ("Phó trưởng Ban quản lý dự án đầu tư xây dựng huyện Trần Văn Hùng", 11, "Ban quản lý dự án đầu tư xây dựng huyện"),
    ("Giám đốc Cơ quan Tình báo Trung ương (CIA) William Burns", 9, "Cơ quan Tình báo Trung ương"),
    ("Chủ tịch UBND tỉnh Bình Dương Võ Văn Minh", 9, "UBND tỉnh Bình Dương"),
    ("Thủ tướng Chính phủ Phạm Minh Chính", 10, "Chính phủ"),
])
def test_org_extent(text, start, end_text):
    assert text[start:organizations.org_extent(text, start)] == end_text


@pytest.mark.parametrize("text,start", [("Bộ trưởng cho biết", 0), ("ông Nam đi làm", 0), ("", 0), ("Bộ", 5)])
def test_org_extent_none(text, start):
    assert organizations.org_extent(text, start) is None


def test_org_extent_is_iterative_on_long_chains():
    text = "Bộ trưởng Bộ " * 5000 + "Y tế"
    assert organizations.org_extent(text, len("Bộ trưởng ")) is None  # "Bộ | Bộ trưởng": no name
    last = len(text) - len("Bộ Y tế")
    assert text[last:organizations.org_extent(text, last)] == "Bộ Y tế"
    assert [(s, e) for s, e, _ in organizations.find(text)] == [(last, len(text))]  # no RecursionError
    words = "Ban " + "quản lý " * 3000
    assert organizations.org_extent(words, 0) < 200  # a name has a bounded number of words


def test_component_records_and_span_index():
    text = "Sáng 5/3, UBND tỉnh Nghệ An và Tập đoàn Dầu khí Việt Nam (PVN) ký kết hợp tác."
    doc = Extractor(disable=["titles", "people", "awards", "link"]).make_doc(text)
    records = doc.results["organizations"]
    assert [(r.text, r.name, r.acronym, r.type) for r in records] == [
        ("UBND tỉnh Nghệ An", "UBND tỉnh Nghệ An", None, "government"),
        ("Tập đoàn Dầu khí Việt Nam", "Tập đoàn Dầu khí Việt Nam", "PVN", "company"),
        ("PVN", "PVN", "PVN", "company"),
    ]
    index = organizations.spans(doc)
    s = text.index("Nghệ An")
    assert index.covering(s, s + len("Nghệ An")) == (text.index("UBND"), text.index(" và"))
    assert index.covering(0, 4) is None
    assert index.overlapping(text.index("An và"), text.index("An và") + 5) is not None


def test_offsets_on_nfd_and_nbsp():
    text = "Sáng nay, Bộ Giáo dục và Đào tạo công bố đề thi."
    for variant in (unicodedata.normalize("NFD", text), text.replace(" ", "\u00a0")):
        orgs = extract(variant).organizations
        assert len(orgs) == 1
        assert variant[orgs[0].start:orgs[0].end] == orgs[0].text
        assert unicodedata.normalize("NFC", orgs[0].text).replace("\u00a0", " ") == "Bộ Giáo dục và Đào tạo"


def test_json_round_trip():
    result = extract("Tập đoàn Dầu khí Việt Nam (PVN) làm việc với UBND TP Hà Nội.")
    assert result.organizations
    assert Extraction.from_json(result.to_json()) == result
    record = result.organizations[0]
    assert Organization.from_json(record.to_json()) == record


def test_old_json_without_the_new_kinds_still_loads():
    old = '{"dates": [], "legal_refs": [], "people": [], "titles": [], "awards": [], "doc_date": null}'
    result = Extraction.from_json(old)
    assert result.organizations == [] and result.locations == []


def test_bare_doc_has_no_spans():
    assert len(organizations.spans(Doc("x"))) == 0


def test_mixed_case_word_starting_with_d_bar_does_not_crash():
    # bug caught: a mixed-case word beginning with "Đ" was found by one scan and re-read by another
    text = "Hãng ĐaB và Nhóm XyZ họp."
    assert [text[s:e] for s, e, _ in organizations.find(text)] == ["Hãng ĐaB", "XyZ"]
