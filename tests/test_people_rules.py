"""People: which named rule made each mention (``doc.why``), and the named vetoes of ``_is_name``.

Sentences written for these tests; each row: the rule, a sentence, the mention the rule makes there.
"""
import pytest

from vnextract import people as P
from vnextract.pipeline import Extractor

RULE_TABLE = [
    (P.RULE_HONORIFIC, "Sáng nay ông Hoàng Văn Khởi đã đến thăm trường.", "Hoàng Văn Khởi"),
    (P.RULE_TITLE, "Phát biểu tại hội nghị, Thứ trưởng Đinh Quang Vĩnh nhấn mạnh vai trò của ngành.",
     "Đinh Quang Vĩnh"),
    (P.RULE_RANK, "Thượng tá Mạc Văn Lừng cho biết vụ việc đang được điều tra.", "Mạc Văn Lừng"),
    (P.RULE_DEGREE, "Theo PGS.TS Bạch Thị Huệ, bệnh nhân đã qua cơn nguy kịch.", "Bạch Thị Huệ"),
    (P.RULE_TITLE_ORG, "Giám đốc Sở Tài chính tỉnh Lâm Đồng Đàm Văn Quý ký quyết định.", "Đàm Văn Quý"),
    (P.RULE_TITLE_SYLLABLE, "Hôm đó, Thủ tướng Lý nói với các phóng viên. Sau đó Thủ tướng Lý Hiển Long rời đi.", "Lý"),
    (P.RULE_MINED, "Sau đó Thủ tướng Lý Hiển Long rời đi.", "Lý Hiển Long"),
    (P.RULE_EDE, "Chị H'Lim Niê đang làm việc tại nương.", "H'Lim Niê"),
    (P.RULE_EAST_ASIAN, "Khi được hỏi, Choi Min Sik chỉ cười.", "Choi Min Sik"),
    (P.RULE_STAGE, "Ca sĩ Hương Baby vừa ra mắt album mới.", "Hương Baby"),
    (P.RULE_ALL_CAPS, "DANH SÁCH: PHÙNG VĂN KHOA nhận giải.", "PHÙNG VĂN KHOA"),
    (P.RULE_INITIALS, "Bài viết của N.T.H được nhiều người đọc.", "N.T.H"),
    (P.RULE_INITIAL_KNOWN, "Bài viết của C.Ronaldo.", "C.Ronaldo"),
    (P.RULE_BARE_SINGLE, "Chiều qua, anh Tuấn gặp Quyên ở cổng trường.", "Quyên"),
    (P.RULE_KNOWN_SINGLE, "Ông Emmanuel Macron đến Hà Nội. Macron phát biểu tại đây.", "Macron"),
    (P.RULE_GIVEN_PAIR, "Đội hình gồm Đỗ Hùng Dũng, Văn Toàn và Tiến Linh.", "Tiến Linh"),
    (P.RULE_UNMARKED, "Hôm qua Tran Van Hung đã về nước.", "Tran Van Hung"),
    (P.RULE_SURNAME, "Sau đó Phùng Thế Văn đã phát biểu.", "Phùng Thế Văn"),
    (P.RULE_SURNAME_LAST, "Hôm qua, Chris Khoa Nguyễn đã về nước.", "Chris Khoa Nguyễn"),
    (P.RULE_FOREIGN_GIVEN, "Hôm qua Michael Brennan cho biết thị trường sẽ phục hồi.", "Michael Brennan"),
    (P.RULE_FOREIGN_PAIR, "Hôm qua Zlatko Brennovic cho biết.", "Zlatko Brennovic"),
    (P.RULE_WEAK_SEEN, "Khách mời có Zlatko Brennovic. Sau đó cô Zlatko phát biểu.", "Zlatko Brennovic"),
    (P.RULE_SEEN, "Ông Zlatko Brennovic đến. Brennovic phát biểu tại đây.", "Brennovic"),
    (P.RULE_SEEN, "Bà Trương Thị Mận đến. Hôm sau, Thị Mận về quê.", "Thị Mận"),
    (P.RULE_CREDIT, "Ảnh: Trịnh Văn Bảo", "Trịnh Văn Bảo"),
    (P.RULE_BYLINE, "Giá vàng tăng mạnh trong tuần qua.\nHoàng Minh Thư", "Hoàng Minh Thư"),
    (P.RULE_LIST, "Đội hình: Lloris, Walker, Stones, Mount, Rice và Kane.", "Stones"),
    (P.RULE_SPEAKER, '"Chúng tôi sẽ cố gắng", Ruslanov nói.', "Ruslanov"),
    (P.RULE_NICKNAME, 'Biệt danh "Sói Già" Trần Văn Sơn được đặt từ lâu.', "Sói Già"),
    (P.RULE_CONTEXT, "Sau khi nhận tiền, Khánh dùng dao đuổi đánh người hàng xóm rồi bỏ trốn.", "Khánh"),
    (P.RULE_EDE_MALE, "Bị cáo Y Ăi Adrơng có mặt tại phiên tòa.", "Y Ăi Adrơng"),
    (P.RULE_COORDINATED, "Gerard Pique và Rafinha mới dính chấn thương.", "Rafinha"),
    (P.RULE_SCORER, "Ghi bàn: Nguyên Hoàng 13', Chí Bảo 50', 61'.", "Chí Bảo"),
]


@pytest.mark.parametrize("rule, text, name", RULE_TABLE, ids=[f"{r[0]}:{r[2]}" for r in RULE_TABLE])
def test_rule_that_made_the_mention(rule, text, name):
    rules = {f.name: f.rule for f in P._find(text)}
    assert rules.get(name) == rule, rules


def test_every_rule_name_is_in_the_table():
    names = {v for k, v in vars(P).items() if k.startswith("RULE_") and k != "RULE_CUE"}
    assert names == {r[0] for r in RULE_TABLE}


EVIDENCE = [
    ("Sáng nay ông Hoàng Văn Khởi đã đến thăm trường.", "Hoàng Văn Khởi", {"cue": "ông"}),
    ("Sau đó Phùng Thế Văn đã phát biểu.", "Phùng Thế Văn", {"list": "surnames", "entry": "Phùng"}),
    ("Sau đó Thủ tướng Lý Hiển Long rời đi.", "Lý Hiển Long",
     {"list": "person_names_mined", "entry": "Lý Hiển Long"}),
    ("Ảnh: Trịnh Văn Bảo", "Trịnh Văn Bảo", {"cue": "Ảnh"}),
    ("Ông Zlatko Brennovic đến. Brennovic phát biểu tại đây.", "Brennovic", {"entry": "Zlatko Brennovic"}),
]


@pytest.mark.parametrize("text, name, evidence", EVIDENCE)
def test_evidence_of_the_rule(text, name, evidence):
    found = {f.name: f.evidence for f in P._find(text)}
    assert found[name] == evidence


def test_doc_why_gets_the_rule_of_each_person():
    from vnextract import pipeline

    text = "Sáng nay ông Hoàng Văn Khởi đã đến thăm trường. Ảnh: Trịnh Văn Bảo"
    doc = pipeline.Doc(text)
    doc.explaining = True
    for _name, component in pipeline.PIPELINE:
        component(doc)
    why = {p.name: doc._why.get(id(p)) for p in doc.results["people"]}
    assert why["Hoàng Văn Khởi"] == (P.RULE_HONORIFIC, {"cue": "ông"})
    assert why["Trịnh Văn Bảo"] == (P.RULE_CREDIT, {"cue": "Ảnh"})
    # without explaining, the same records
    assert [p.name for p in Extractor().extract(text).people] == list(why)


VETO_TABLE = [
    ("a number glued after it (\"Covid-19\")", "Dịch Covid-19 lan rộng.", "Dịch Covid"),
    ("a brand or organisation word (\"V-League\")", "Giải Super-League Club khởi tranh.", "Super-League Club"),
    ("a place", "Hôm qua Thừa Thiên Huế mưa lớn.", "Thừa Thiên Huế"),
    ("an address after it (\"Lý Thái Tổ, Q.10\")", "Cửa hàng ở số nhà bên Lý Thái Tổ, Q.10 mở cửa.", "Lý Thái Tổ"),
    ("a title written in title case (\"Phó Bí Thư\")", "Hôm qua Phó Bí Thư đến dự.", "Phó Bí Thư"),
    ("a province or place at its end (\"Hoàng Anh Gia Lai\")", "Đội Hoàng Anh Gia Lai thắng.", "Hoàng Anh Gia Lai"),
    ("a company or source after a title (\"Giám đốc OceanBank\")", "Giám đốc OceanBank đến.", "OceanBank"),
    ("the words of an acronym (\"Virtual Reality – VR\")", "Dùng thực tế ảo (Virtual Reality – VR) để học.",
     "Virtual Reality"),
]


@pytest.mark.parametrize("veto, text, words", VETO_TABLE, ids=[v[0] for v in VETO_TABLE])
def test_veto_refuses_the_name(veto, text, words):
    assert veto in P._VETOES
    rec = P._Recognizer(text)
    rec.vetoed = []
    rec.run_pass()
    assert (veto, words) in rec.vetoed
    assert words not in {f.name for f in P._find(text)}


def test_veto_names_are_unique_phrases():
    names = [v for k, v in vars(P).items() if k.startswith("V_")]
    assert len(names) == len(set(names)) == len(P._VETOES) > 20
    assert all(" " in name for name in names)
