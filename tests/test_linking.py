"""linking.py: title <-> holder in the orders the press uses, and later bare titles resolved.

Two layers: the full ``vnextract.extract`` (people found by people.py), and docs whose people are
filled by hand, so the linking rules are tested whatever the people recogniser does.
"""
import pytest

import vnextract
from vnextract import linking, titles
from vnextract.pipeline import Doc, normalize, sentences
from vnextract.records import Person


def holders(text):
    return [(t.text, t.holder) for t in vnextract.extract(text).titles]


# --- through the whole pipeline ----------------------------------------------------------

CASES = [
    ("Phó Bí thư Thường trực Tỉnh ủy Bắc Ninh Lê Văn Tám nhấn mạnh.",
     [("Phó Bí thư Thường trực Tỉnh ủy Bắc Ninh", "Lê Văn Tám")]),
    ("Dự lễ có Thượng tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng; Đinh Tiến Dũng, Bí thư Thành ủy Hà Nội.",
     [("Bộ trưởng Bộ Quốc phòng", "Phan Văn Giang"), ("Bí thư Thành ủy Hà Nội", "Đinh Tiến Dũng")]),
    ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bắc Ninh Nguyễn Văn Lợi phát biểu.",
     [("Bí thư Tỉnh ủy", "Nguyễn Văn Lợi"), ("Chủ tịch HĐND tỉnh Bắc Ninh", "Nguyễn Văn Lợi")]),
    ("Ông Nguyễn Lưu Trung - Phó Chủ tịch UBND tỉnh Kiên Giang cho biết.",
     [("Phó Chủ tịch UBND tỉnh Kiên Giang", "Nguyễn Lưu Trung")]),
    ("Theo ông Đỗ Văn Tiến, Chủ tịch Hội đồng quản trị, Tổng giám đốc Công ty Cổ phần Xi măng Long Sơn, dự án đã xong.",
     [("Chủ tịch Hội đồng quản trị", "Đỗ Văn Tiến"),
      ("Tổng giám đốc Công ty Cổ phần Xi măng Long Sơn", "Đỗ Văn Tiến")]),
    ("Chủ tịch nước Trần Đại Quang trao Huân chương cho Đại sứ Nguyễn Thanh Sơn.",
     [("Chủ tịch nước", "Trần Đại Quang"), ("Đại sứ", "Nguyễn Thanh Sơn")]),
    ("Thủ tướng nhấn mạnh yêu cầu này.", [("Thủ tướng", None)]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_holders_through_extract(text, expected):
    assert holders(text) == expected


def test_resolved_holder_through_extract():
    result = vnextract.extract("Phó Thủ tướng Vũ Đức Đam dự lễ. Phó Thủ tướng đề nghị ngành y tế đổi mới.")
    first, second = result.titles
    assert first.holder == "Vũ Đức Đam"
    assert second.holder is None and second.resolved_holder == "Vũ Đức Đam"


def test_persons_view_groups_titles():
    result = vnextract.extract("Ông Lê Văn Tám, Bí thư Tỉnh ủy Bắc Ninh, dự lễ. Bí thư Tỉnh ủy Bắc Ninh phát biểu.")
    entry = next(e for e in result.persons if e.canonical == "Lê Văn Tám")
    assert [t.text for t in entry.titles] == ["Bí thư Tỉnh ủy Bắc Ninh", "Bí thư Tỉnh ủy Bắc Ninh"]


# --- with people filled by hand ----------------------------------------------------------

def linked(text, names):
    """Run titles, put a Person for every name in ``names`` (each occurrence), then link."""
    doc = Doc(text)
    normalize(doc)
    sentences(doc)
    titles.recognize(doc)
    for name in names:
        start = text.find(name)
        while start >= 0:
            doc.results["people"].append(doc.make(Person, start, start + len(name), name=name))
            start = text.find(name, start + 1)
    linking.link(doc)
    return doc.results["titles"]


HAND = [
    # "Title1, Title2 Name": two posts of one person before the name
    ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn Lợi phát biểu.", ["Nguyễn Văn Lợi"],
     [("Bí thư Tỉnh ủy", "Nguyễn Văn Lợi"), ("Chủ tịch HĐND tỉnh", "Nguyễn Văn Lợi")]),
    # "Title Name"
    ("Chủ tịch UBND tỉnh Lạng Sơn Phạm Ngọc Thưởng ký kết luận.", ["Phạm Ngọc Thưởng"],
     [("Chủ tịch UBND tỉnh Lạng Sơn", "Phạm Ngọc Thưởng")]),
    # "Name, Title,"
    ("Ông Phạm Ngọc Thưởng, Chủ tịch UBND tỉnh Lạng Sơn, vừa ký.", ["Phạm Ngọc Thưởng"],
     [("Chủ tịch UBND tỉnh Lạng Sơn", "Phạm Ngọc Thưởng")]),
    # rank before the name, title after the comma
    ("Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an dự lễ.", ["Tô Lâm"], [("Bộ trưởng Bộ Công an", "Tô Lâm")]),
    # a list: "các đồng chí: A, Title; B, Title"
    ("Dự có các đồng chí: Nguyễn Văn An, Bộ trưởng Bộ Y tế; Trần Văn Bình, Bí thư Tỉnh ủy Nghệ An.",
     ["Nguyễn Văn An", "Trần Văn Bình"],
     [("Bộ trưởng Bộ Y tế", "Nguyễn Văn An"), ("Bí thư Tỉnh ủy Nghệ An", "Trần Văn Bình")]),
    # a shared title before a colon and a list of names: no single holder
    ("Dự có các đồng chí Ủy viên Bộ Chính trị: Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình.",
     ["Trương Hòa Bình"],
     [("Ủy viên Bộ Chính trị", None), ("Phó Thủ tướng Thường trực Chính phủ", "Trương Hòa Bình")]),
    # "Title1, Title2 Name"
    ("Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương Phạm Minh Chính chủ trì.",
     ["Phạm Minh Chính"],
     [("Ủy viên Bộ Chính trị", "Phạm Minh Chính"), ("Bí thư Trung ương Đảng", "Phạm Minh Chính"),
      ("Trưởng Ban Tổ chức Trung ương", "Phạm Minh Chính")]),
    # "Name - Title" without spaces
    ("Bà Trần Thị Quỳnh Trang-Trưởng phòng Tổ chức-Hành chính của trường thừa nhận.", ["Trần Thị Quỳnh Trang"],
     [("Trưởng phòng Tổ chức-Hành chính của trường", "Trần Thị Quỳnh Trang")]),
    # "giữ chức"
    ("Đồng chí Trần Thanh Mẫn được hiệp thương cử giữ chức Chủ tịch Ủy ban T.Ư MTTQ Việt Nam.", ["Trần Thanh Mẫn"],
     [("Chủ tịch Ủy ban T.Ư MTTQ Việt Nam", "Trần Thanh Mẫn")]),
    # a chain through "nhiệm kỳ ..." and "giữ chức"
    ("Bổ sung đồng chí Nguyễn Hữu Dũng, Ủy viên Ủy ban T.Ư MTTQ Việt Nam, nhiệm kỳ 2014-2019, "
     "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Trị giữ chức Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam.",
     ["Nguyễn Hữu Dũng"],
     [("Ủy viên Ủy ban T.Ư MTTQ Việt Nam", "Nguyễn Hữu Dũng"),
      ("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Trị", "Nguyễn Hữu Dũng"),
      ("Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam", "Nguyễn Hữu Dũng")]),
    # "Title là ông Name"
    ("Người đứng tên Tổng giám đốc Công ty Sao Mai là ông Đặng Tất Thắng.", ["Đặng Tất Thắng"],
     [("Tổng giám đốc Công ty Sao Mai", "Đặng Tất Thắng")]),
    # "Title (ABBR) Name"
    ("Chủ tịch Tập đoàn Dầu khí Quốc gia Việt Nam (PVN) Phạm Quốc Khánh cho biết.", ["Phạm Quốc Khánh"],
     [("Chủ tịch Tập đoàn Dầu khí Quốc gia Việt Nam", "Phạm Quốc Khánh")]),
    # a foreign name, partial later mention
    ("Tổng thống Pháp Emmanuel Macron nói. Văn phòng của Tổng thống Macron cho biết.", ["Emmanuel Macron", "Macron"],
     [("Tổng thống Pháp", "Emmanuel Macron"), ("Tổng thống", "Macron")]),
    # "Title, ông Name"
    ("Giám đốc Điều hành Google, ông Sundar Pichai, thăm Việt Nam.", ["Sundar Pichai"],
     [("Giám đốc Điều hành Google", "Sundar Pichai")]),
    # two names joined by "và" before a title: no single holder
    ("Các đồng chí Lê Bá Trình và Nguyễn Văn Pha nguyên Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam được tặng thưởng.",
     ["Lê Bá Trình", "Nguyễn Văn Pha"],
     [("nguyên Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam", None)]),
    # a name far before, after a verb: not the holder
    ("Ông Nguyễn Văn An cho biết Chủ tịch UBND tỉnh đã chỉ đạo.", ["Nguyễn Văn An"], [("Chủ tịch UBND tỉnh", None)]),
]


@pytest.mark.parametrize("text,names,expected", HAND)
def test_holders_by_hand(text, names, expected):
    assert [(t.text, t.holder) for t in linked(text, names)] == expected


def test_pending_title_needs_a_name():
    # a lower-case bare head counts only with a name next to it
    assert [(t.text, t.holder) for t in linked("Ông gặp bộ trưởng Nguyễn Văn An.", ["Nguyễn Văn An"])] == \
        [("bộ trưởng", "Nguyễn Văn An")]
    assert linked("Ông muốn làm bộ trưởng.", []) == []


def test_resolved_holder_by_hand():
    text = ("Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến trả lời chất vấn. Bộ trưởng cho biết sẽ sửa thông tư. "
            "Bộ trưởng Bộ Y tế khẳng định giá thuốc ổn định.")
    ts = linked(text, ["Nguyễn Thị Kim Tiến"])
    assert [(t.holder, t.resolved_holder) for t in ts] == [
        ("Nguyễn Thị Kim Tiến", None), (None, "Nguyễn Thị Kim Tiến"), (None, "Nguyễn Thị Kim Tiến")]


def test_resolved_holder_only_when_unambiguous():
    text = ("Bộ trưởng Nguyễn Văn An phát biểu. Bộ trưởng Trần Văn Bình trả lời. Bộ trưởng cho biết thêm.")
    ts = linked(text, ["Nguyễn Văn An", "Trần Văn Bình"])
    assert ts[-1].holder is None and ts[-1].resolved_holder is None


# bugs caught: sentence, names given, expected (span, holder)
BUGS = [
    # a person misread inside a city name must not cut the title ("TP Hồ | Chí Minh")
    ("Bí thư Thành ủy TP Hồ Chí Minh Nguyễn Thiện Nhân dự.", ["Chí Minh", "Nguyễn Thiện Nhân"],
     [("Bí thư Thành ủy TP Hồ Chí Minh", "Nguyễn Thiện Nhân")]),
    # a person mention that ran into the title: its part after the title is the holder
    ("Chủ tịch Ủy ban châu Âu Jean-Claude Juncker nói.", ["Âu Jean-Claude Juncker"],
     [("Chủ tịch Ủy ban châu Âu", "Jean-Claude Juncker")]),
    # a capitalised honorific at a sentence start is no part of the holder
    ("Ông Nguyễn Đức Chung, Chủ tịch UBND Hà Nội đã yêu cầu.", ["Ông Nguyễn Đức Chung"],
     [("Chủ tịch UBND Hà Nội", "Nguyễn Đức Chung")]),
    # a company name after a company-type title is its organisation, the holder follows
    ("Giám đốc Viettel Hậu Giang Nguyễn Trường Giang cho biết.", ["Nguyễn Trường Giang"],
     [("Giám đốc Viettel Hậu Giang", "Nguyễn Trường Giang")]),
    # ... but not a piece of a longer organisation name ("Quân | ủy")
    ("Phó Chủ tịch Quân đội nhân dân dự.", [], [("Phó Chủ tịch", None)]),
    # a place that identifies a company's office belongs to it (FORMAT v1.2), the holder follows (hand check)
    ("Tổng giám đốc Microsoft tại Đông Nam Á và Hàn Quốc David Lee cho biết.", ["David Lee"],
     [("Tổng giám đốc Microsoft tại Đông Nam Á và Hàn Quốc", "David Lee")]),
    # a capitalised name right after a title is its own holder even when the people recogniser
    # missed it: the name before the comma belongs to the previous title; after a foreign
    # office the capitalised run is taken as the holder
    ("Thủ tướng Đức Angela Merkel, Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Nga dự.", ["Angela Merkel"],
     [("Thủ tướng Đức", "Angela Merkel"), ("Chủ tịch Trung Quốc", "Tập Cận Bình"), ("Tổng thống Nga", None)]),
    ("Ông hội đàm với Phó Chủ tịch Quốc hội Hàn Quốc Park Ju-seon trong ngày.", [],
     [("Phó Chủ tịch Quốc hội Hàn Quốc", "Park Ju-seon")]),
    # "Thành ủy viên" is an office too, and starts a chain
    ("Đồng chí Hoàng Minh Tiến - Thành ủy viên, Chánh Văn phòng Thành ủy được bổ nhiệm.", ["Hoàng Minh Tiến"],
     [("Thành ủy viên", "Hoàng Minh Tiến"), ("Chánh Văn phòng Thành ủy", "Hoàng Minh Tiến")]),
    # ... but a capitalised honorific opens a new sentence (a caption with no full stop)
    ("Thiếu tướng Lâm Quang Đại, Chính ủy Quân chủng Phòng không không quân Ông Đại cũng cho biết.",
     ["Lâm Quang Đại", "Đại"],
     [("Chính ủy Quân chủng Phòng không không quân", "Lâm Quang Đại")]),
    # a rank between a foreign title and the name
    ("Bộ trưởng Quốc phòng Mỹ tướng James Mattis nhận định.", ["James Mattis"],
     [("Bộ trưởng Quốc phòng Mỹ", "James Mattis")]),
    # a lower-case title counts with a name before it, and "của" + a company name
    ("Ryan Pamplin, phó giám đốc của Meta đã nói rằng.", ["Ryan Pamplin"],
     [("phó giám đốc của Meta", "Ryan Pamplin")]),
    # offices of two countries in a list of guests belong to two people
    ("Dự có Phó Thủ tướng Thái Lan, Cựu Thủ tướng Singapore Goh Chok Tong.", ["Goh Chok Tong"],
     [("Phó Thủ tướng Thái Lan", None), ("Cựu Thủ tướng Singapore", "Goh Chok Tong")]),
    # a descriptor between the title and the name
    ("Chủ tịch Ban giám khảo LHP Cannes, nhà làm phim Tây Ban Nha Pedro Almodovar, phát biểu.", ["Pedro Almodovar"],
     [("Chủ tịch Ban giám khảo LHP Cannes", "Pedro Almodovar")]),
    # "và" joins the offices of two people
    ("Thủ tướng và Phó Thủ tướng Vương Đình Huệ đã chỉ đạo.", ["Vương Đình Huệ"],
     [("Thủ tướng", None), ("Phó Thủ tướng", "Vương Đình Huệ")]),
    # a bracket between the title and its holder
    ("Phó tổng cục trưởng Tổng cục Hậu cần (Bộ Công an) Nguyễn Văn An cho biết.", ["Nguyễn Văn An"],
     [("Phó tổng cục trưởng Tổng cục Hậu cần (Bộ Công an)", "Nguyễn Văn An")]),
    # an office abroad with no country written: the capitalised run after it is its holder
    ("Tinh thần của cựu tổng thống Park Geun Hye không tốt.", [],
     [("cựu tổng thống", "Park Geun Hye")]),
    # a name the people recogniser cut short: the capitalised run after the title
    ("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân phát biểu.", ["Kim Ngân"],
     [("Chủ tịch Quốc hội", "Nguyễn Thị Kim Ngân")]),
    # one Vietnamese syllable after a head is no company name ("Giám đốc Tình | báo Quốc gia")
    ("Giám đốc Tình báo Quốc gia Dan Coats tuyên bố.", ["Dan Coats"], [("Giám đốc", None)]),
    # a company name after a board
    ("Ông Phạm Nhật Vượng, Chủ tịch HĐQT Vingroup cho biết.", ["Phạm Nhật Vượng"],
     [("Chủ tịch HĐQT Vingroup", "Phạm Nhật Vượng")]),
    # after a board a capitalised run that starts no family name is the company, even when the
    # people recogniser read it as a person
    ("Ông Trần Đình Long, Chủ tịch HĐQT Hòa Phát, trả lời.", ["Trần Đình Long", "Hòa Phát"],
     [("Chủ tịch HĐQT Hòa Phát", "Trần Đình Long")]),
    ("Chủ tịch HĐQT Trần Đình Long cho biết.", ["Trần Đình Long"], [("Chủ tịch HĐQT", "Trần Đình Long")]),
    # a Vietnamese name right after a title that the people recogniser missed
    ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn Lợi phát biểu cùng ông Trần Văn Bình.", ["Trần Văn Bình"],
     [("Bí thư Tỉnh ủy", "Nguyễn Văn Lợi"), ("Chủ tịch HĐND tỉnh", "Nguyễn Văn Lợi")]),
    # one capitalised word after a title is its holder too ("Thủ tướng Anh May"), so the name
    # before the comma is not; a person misread from a country on must not cut the organisation
    ("Khó đoán là ông Trump, Thủ tướng Anh May, Tổng thống Pháp Macron.", ["Trump", "Macron"],
     [("Thủ tướng Anh", None), ("Tổng thống Pháp", "Macron")]),
    ("Ông hội đàm với Chủ tịch Quốc hội Cu-ba Esteban Lazo.", ["Cu-ba Esteban Lazo"],
     [("Chủ tịch Quốc hội Cu-ba", "Esteban Lazo")]),
    # "Title, Rank Name"
    ("Giám đốc Công an TP Hà Nội, Trung tướng Đoàn Duy Khương cho biết.", ["Đoàn Duy Khương"],
     [("Giám đốc Công an TP Hà Nội", "Đoàn Duy Khương")]),
    # a rank or grade between the name and the title
    ("Nguyễn Hoàng Tuấn, Hàm Vụ phó, tập sự Phó Vụ trưởng Vụ Tổ chức cán bộ.", ["Nguyễn Hoàng Tuấn"],
     [("tập sự Phó Vụ trưởng Vụ Tổ chức cán bộ", "Nguyễn Hoàng Tuấn")]),
    # titles of one person separated by ";" ("..., Phó Giám đốc X; nguyên Đảng ủy viên Y")
    ("Kỷ luật ông Lý Văn Hòa, Phó Giám đốc Sở Xây dựng tỉnh Bình Phước; nguyên Đảng ủy viên Đảng ủy Sở.",
     ["Lý Văn Hòa"],
     [("Phó Giám đốc Sở Xây dựng tỉnh Bình Phước", "Lý Văn Hòa"),
      ("nguyên Đảng ủy viên Đảng ủy Sở", "Lý Văn Hòa")]),
    # ... but a new name after ";" starts another person
    ("Có mặt ông Lê Văn An, Giám đốc Sở Tài chính; ông Hà Văn Bình, Giám đốc Sở Y tế.",
     ["Lê Văn An", "Hà Văn Bình"],
     [("Giám đốc Sở Tài chính", "Lê Văn An"), ("Giám đốc Sở Y tế", "Hà Văn Bình")]),
    # holders stated by a verb before the post: elected, appointed, became, said to be
    ("Ông Lương Văn Cường được bầu làm Chủ tịch HĐND tỉnh Lào Cai.", ["Lương Văn Cường"],
     [("Chủ tịch HĐND tỉnh Lào Cai", "Lương Văn Cường")]),
    ("Năm 2016, bà Đinh Thị Lan trở thành Giám đốc Sở Tư pháp.", ["Đinh Thị Lan"],
     [("Giám đốc Sở Tư pháp", "Đinh Thị Lan")]),
    ("Ông Vũ Minh Hà cho biết ông hiện là Phó Chủ tịch UBND xã Tân Lập.", ["Vũ Minh Hà"],
     [("Phó Chủ tịch UBND xã Tân Lập", "Vũ Minh Hà")]),
    # an appointment "chức vụ <post> cho ông X" once lost the holder when the body was cut short
    ("Bộ trưởng trao quyết định bổ nhiệm chức vụ Vụ trưởng Vụ Pháp chế cho ông Lê Văn Hùng.", ["Lê Văn Hùng"],
     [("Bộ trưởng", None), ("Vụ trưởng Vụ Pháp chế", "Lê Văn Hùng")]),
    # an occupation between the name and the offices, offices separated by ";"
    ("Phát biểu có TS Đỗ Văn Kiên, giảng viên cao cấp; Chủ tịch Hội đồng Khoa Cơ khí; Trưởng Bộ môn Máy.",
     ["Đỗ Văn Kiên"],
     [("Chủ tịch Hội đồng Khoa Cơ khí", "Đỗ Văn Kiên"), ("Trưởng Bộ môn Máy", "Đỗ Văn Kiên")]),
    # the post in brackets after the name, and a degree glued to the name after a dash
    ("Luật sư Phạm Thanh Bình (Đoàn Luật sư Hà Nội, giám đốc Công ty Luật Bảo Ngọc) cho rằng.", ["Phạm Thanh Bình"],
     [("giám đốc Công ty Luật Bảo Ngọc", "Phạm Thanh Bình")]),
    ("Theo Chủ tịch Hội Tâm lý giáo dục Hà Nội - TS.Nguyễn Tùng Lâm, có ba nguyên nhân.", [],
     [("Chủ tịch Hội Tâm lý giáo dục Hà Nội", "Nguyễn Tùng Lâm")]),
    # a parent body after a comma, then the holder with his rank
    ("Quyết định do Thủ trưởng Cơ quan Cảnh sát điều tra, Công an thành phố Yên Bái, Đại tá Vũ Viết Thoại ký.",
     ["Vũ Viết Thoại"],
     [("Thủ trưởng Cơ quan Cảnh sát điều tra, Công an thành phố Yên Bái", "Vũ Viết Thoại")]),
    # a verb that is no appointment still separates the name from the post
    ("Ông Trần Văn Nam gặp gỡ và làm việc với Chủ tịch UBND tỉnh.", ["Trần Văn Nam"],
     [("Chủ tịch UBND tỉnh", None)]),
]


@pytest.mark.parametrize("text,names,expected", BUGS)
def test_bugs_caught(text, names, expected):
    assert [(t.text, t.holder) for t in linked(text, names)] == expected


def test_offsets_after_linking():
    text = "Ông\u00a0Phạm Văn A, Giám đốc Viettel Hậu Giang, cho biết."
    for t in linked(text, ["Phạm Văn A"]):
        assert text[t.start:t.end] == t.text


def test_linking_stays_linear():
    import time
    text = "Giám đốc Sở Y tế Hà Nội Nguyễn Văn An, " * 5000
    start = time.time()
    ts = linked(text, ["Nguyễn Văn An"])
    assert len(ts) == 5000 and ts[-1].holder == "Nguyễn Văn An"
    assert time.time() - start < 10


def test_without_the_people_component_names_are_found_by_a_fallback():
    ex = vnextract.Extractor(disable=["people"])
    result = ex("Ông Nguyễn Văn An (Chủ tịch UBND xã Tân Phú) cho biết. Chủ tịch UBND xã Tân Phú khẳng định.")
    assert [(t.holder, t.resolved_holder) for t in result.titles] == [("Nguyễn Văn An", None), (None, "Nguyễn Văn An")]


def test_candidates_do_not_leak_into_the_extraction():
    result = vnextract.extract("Ông muốn làm bộ trưởng.")
    assert result.titles == [] and "_title_candidates" not in result.to_dict()


@pytest.mark.parametrize("text", ["Bộ Quốc phòng Hoa Kỳ", "UBND tỉnh Quảng Ninh", "Quốc hội Việt Nam",
                                  "Đại sứ quán Mỹ\n", "xMỹ", "Liên minh châu Âu", "", "Mỹ Tho", "Thống đốc bang",
                                  "UBND huyện", "Chủ tịch xã"])
def test_ends_with_patterns_searched_from_the_end(text):
    """The (?r) patterns find an ending exactly where the same pattern searched forwards does."""
    import regex

    from vnextract import linking
    for rx in (linking._ends_with_country_re(), linking._ends_with_unit_re()):
        forwards = regex.compile(rx.pattern.replace("(?r)", "", 1), rx.flags & ~regex.REVERSE)
        assert bool(rx.search(text)) == bool(forwards.search(text))
