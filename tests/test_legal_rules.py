"""The legal-reference rules by name: every finder's own examples are found by that finder, and
tables of own sentences say which rule found each citation and which rules read its issuer and
issue date (what ``explain`` shows)."""
import pytest

from vnextract import legal
from vnextract.pipeline import Doc, Extractor

EXTRACTOR = Extractor(disable=["titles", "people", "awards", "link"])


def explained(text):
    """[(span, issuer, issued, rule, evidence)] of the legal references of ``text``."""
    doc = Doc(text)
    doc.explaining = True
    for _, component in EXTRACTOR.components:
        component(doc)
    refs = sorted(doc.results["legal_refs"], key=lambda r: (r.start, r.end))
    return [(r.text, r.issuer, r.issued) + doc._why[id(r)] for r in refs]


@pytest.mark.parametrize("rule,example", [(f.name, e) for f in legal._FINDERS for e in f.examples])
def test_every_example_is_found_by_its_rule(rule, example):
    found = explained(example)
    assert found and found[0][3] == rule, found


def test_rule_names_are_unique():
    names = [f.name for f in legal._FINDERS] + [legal._AMEND_RULE]
    assert len(names) == len(set(names))


# sentence -> [(span, rule)]
BY_RULE = [
    ("Chính phủ ban hành Nghị định số 15/2021/NĐ-CP về quản lý dự án.", [("Nghị định số 15/2021/NĐ-CP",
                                                                         "type word and number/symbol")]),
    ("Ông đã ký Quyết định xử phạt vi phạm hành chính số 88/QĐ-XPVPHC.",
     [("Quyết định xử phạt vi phạm hành chính số 88/QĐ-XPVPHC", "type word, description, số and number")]),
    ("Doanh nghiệp thực hiện theo Thông tư tư 21/2019/TT-BTC.",
     [("Thông tư tư 21/2019/TT-BTC", "type word with a repeated syllable")]),
    ("Tỉnh triển khai NĐ 100 về xử phạt giao thông.", [("NĐ 100", "type abbreviation and number")]),
    ("Người dân góp ý cho Luật Đất đai năm 2013.", [("Luật Đất đai năm 2013", "listed statute name")]),
    ("Quốc hội thảo luận Luật Công nghiệp Quốc phòng.",
     [("Luật Công nghiệp Quốc phòng", "statute named by its capitalised name")]),
    ("Điều này được ghi trong Hiến pháp năm 1992.",
     [("Hiến pháp năm 1992", "Constitution with a year or the state's name")]),
    ("Tỉnh ủy quán triệt Nghị quyết Trung ương 6 (khóa XII).",
     [("Nghị quyết Trung ương 6 (khóa XII)", "Party resolution named by its meeting")]),
    ("Hành vi này bị xử lý theo BLHS 2015.", [("BLHS 2015", "abbreviated code name")]),
    ("Các đơn vị áp dụng 45/2018/TT-BCA từ tháng trước.", [("45/2018/TT-BCA", "bare symbol")]),
    ("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Đất đai.",
     [("Luật sửa đổi, bổ sung một số điều của Luật Đất đai", "amending document")]),
]


@pytest.mark.parametrize("sentence,expected", BY_RULE)
def test_rule_of_each_citation(sentence, expected):
    assert [(span, rule) for span, _, _, rule, _ in explained(sentence)] == expected


# sentence -> (issuer, issued, the rule that read the issuer, the rule that read the date) of its
# one citation
FIELD_RULES = [
    ("Quyết định số 12/QĐ-UBND ngày 3/5/2021 của UBND tỉnh Bình Định về giá đất.",
     ("UBND tỉnh Bình Định", "2021-05-03", "của issuer after the citation", "ngày after the citation")),
    ("Chỉ thị số 05/CT-TTg do Thủ tướng Chính phủ ban hành ngày 2/3/2022 đã nêu rõ.",
     ("Thủ tướng Chính phủ", "2022-03-02", "của issuer after the citation", "ngày after the citation")),
    ("Thông tư số 08/2021/TT-BGDĐT được Bộ trưởng Bộ Giáo dục và Đào tạo ký ban hành ngày 18-3-2021.",
     ("Bộ trưởng Bộ Giáo dục và Đào tạo", "2021-03-18", "issuer as the agent of a signing verb",
      "date after the signing verb")),
    ("Quốc hội thông qua Nghị quyết 42 vào ngày 17/6.",
     ("Quốc hội", "XXXX-06-17", "signer before the citation", "date of the issuing verb before the citation")),
    ("Nghị quyết 36 của BCH Trung ương khóa XII về kinh tế biển được triển khai.",
     ("BCH Trung ương khóa XII", None, "của issuer after the citation", None)),
    ("Tại Công văn số 77/BYT-KCB, Bộ Y tế đề nghị các bệnh viện báo cáo.",
     ("Bộ Y tế", None, "issuer speaking after tại/trong citation", None)),
    ("Theo Công văn số 31/HHDN, Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Bắc Ninh cho biết sẽ kiến nghị.",
     ("Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Bắc Ninh", None, "organisation speaking after the citation", None)),
    ("Ngày 9/8/2021, Sở Xây dựng tỉnh Nghệ An có Công văn số 2020/SXD-QLN gửi các chủ đầu tư.",
     ("Sở Xây dựng tỉnh Nghệ An", "2021-08-09", "signer before the citation",
      "date nearest the signer before the citation")),
]


@pytest.mark.parametrize("sentence,expected", FIELD_RULES)
def test_rules_of_issuer_and_date(sentence, expected):
    (found,) = explained(sentence)
    evidence = found[4]
    assert (found[1], found[2], evidence.get("issuer_by"), evidence.get("issued_by")) == expected


def test_issuer_after_the_last_of_a_list():
    found = explained("Quyết định số 10/2020/QĐ-TTg ngày 1/2/2020, Quyết định số 11/2020/QĐ-TTg ngày "
                      "3/2/2020 của Thủ tướng Chính phủ được bãi bỏ.")
    assert [(f[1], f[4].get("issuer_by")) for f in found] == [
        ("Thủ tướng Chính phủ", "issuer after the last citation of a list"),
        ("Thủ tướng Chính phủ", "của issuer after the citation")]


LINKS = [
    ("Nghị định số 15/2021/NĐ-CP của Chính phủ có hiệu lực. Nghị định 15 quy định rõ trách nhiệm.",
     ("Nghị định 15", "short citation → full citation",
      {"full": "Nghị định số 15/2021/NĐ-CP", "found_by": "type word and number/symbol"})),
    ("Luật Đất đai năm 2013 đã bộc lộ bất cập. Luật Đất đai cần sửa đổi.",
     ("Luật Đất đai", "name → citation with year or symbol",
      {"full": "Luật Đất đai năm 2013", "found_by": "listed statute name"})),
    ("Nghị quyết số 18-NQ/TW (gọi tắt là Nghị quyết 18) được ban hành. Nghị quyết 18 đi vào cuộc sống.",
     ("Nghị quyết 18", "alias → citation that names it",
      {"full": "Nghị quyết số 18-NQ/TW", "found_by": "type word and number/symbol"})),
]


@pytest.mark.parametrize("sentence,expected", LINKS)
def test_a_linked_short_citation_says_so(sentence, expected):
    last = explained(sentence)[-1]
    assert (last[0], last[3], last[4]) == expected


# bugs caught: sentence -> (span, issuer) of its one citation
BUGS_CAUGHT = [
    # a comma inside a ministry's name cut the clause: the signer before the citation was lost
    ("Bộ Văn hóa, Thể thao và Du lịch vừa ban hành Quyết định số 1234/QĐ-BVHTTDL về việc công nhận di tích.",
     ("Quyết định số 1234/QĐ-BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch")),
    ("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch đã ký Quyết định số 56/QĐ-BVHTTDL.",
     ("Quyết định số 56/QĐ-BVHTTDL", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch")),
    ("Khách sạn thực hiện theo hướng dẫn của Bộ Văn hóa, Thể thao và Du lịch tại Công văn số 88/BVHTTDL-TCDL.",
     ("Công văn số 88/BVHTTDL-TCDL", "Bộ Văn hóa, Thể thao và Du lịch")),
    # ... and the issuer after "của" stopped at the comma of the ministry's other spelling
    ("Thông tư số 10/2020/TT-BLĐTBXH của Bộ Lao động, Thương binh và Xã hội quy định chi tiết.",
     ("Thông tư số 10/2020/TT-BLĐTBXH", "Bộ Lao động, Thương binh và Xã hội")),
    ("Ngày 3/4, Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam ban hành Quyết định số 45/QĐ-SVHTTDL.",
     ("Quyết định số 45/QĐ-SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam")),


    # a province whose first syllable is a family name was cut as the signer's name
    ("Quyết định số 12/QĐ-UBND do Chủ tịch UBND TP Hà Nội Nguyễn Văn Chính ký.",
     ("Quyết định số 12/QĐ-UBND", "Chủ tịch UBND TP Hà Nội")),
    ("Chủ tịch UBND tỉnh Hà Giang Lê Văn Sơn đã ký Quyết định số 20/QĐ-UBND.",
     ("Quyết định số 20/QĐ-UBND", "Chủ tịch UBND tỉnh Hà Giang")),
    ("Quyết định số 557/QĐ-UBND do Chủ tịch UBND tỉnh Phú Yên Trần Văn An ký.",
     ("Quyết định số 557/QĐ-UBND", "Chủ tịch UBND tỉnh Phú Yên")),
    # ... and a place ending in a family name ("Đông Hà") before a signer whose name starts with one
    ("Quyết định số 791 ngày 3/5/2017 do Phó Chủ tịch UBND TP Đông Hà Phạm Văn Minh ký.",
     ("Quyết định số 791", "Phó Chủ tịch UBND TP Đông Hà")),
    # a deputy director was no issuer's head, and "vừa ký gửi" no gap before the speaker
    ("Trong Văn bản số 834/SGTVT vừa ký gửi các quận huyện, Phó giám đốc Sở GTVT Hà Nội Hà Văn Quang cho rằng "
     "cần siết chặt quản lý.", ("Văn bản số 834/SGTVT", "Phó giám đốc Sở GTVT Hà Nội")),
    ("Quyết định số 45/QĐ-SYT của Phó Giám đốc Sở Y tế tỉnh Long An về việc cấp phép.",
     ("Quyết định số 45/QĐ-SYT", "Phó Giám đốc Sở Y tế tỉnh Long An")),
]


@pytest.mark.parametrize("sentence,expected", BUGS_CAUGHT)
def test_bugs_caught(sentence, expected):
    assert [(f[0], f[1]) for f in explained(sentence)] == [expected]


# bugs caught: sentence -> (span, issued) of its first citation
DATE_BUGS_CAUGHT = [
    # a date after a long subject was taken for the issue date
    ("Lương được trả theo Nghị định 153 về thời điểm trả lương thưởng Tết, kỳ trả lương rơi vào thời điểm "
     "từ ngày 5-10 tháng Giêng.", ("Nghị định 153", None)),
    ("Hội nghị bàn về Nghị định 67/CP của Chính phủ về một số chính sách thủy sản do Bộ NN&PTNT tổ chức ngày 9-6.",
     ("Nghị định 67/CP", None)),
    # (a short subject still lets the date after it through)
    ("Nghị định 89/1999/NĐ-CP của Chính phủ về BHTG ngày 1-9-1999 đã quy định mức trả.",
     ("Nghị định 89/1999/NĐ-CP", "1999-09-01")),
]


@pytest.mark.parametrize("sentence,expected", DATE_BUGS_CAUGHT)
def test_date_bugs_caught(sentence, expected):
    assert (explained(sentence)[0][0], explained(sentence)[0][2]) == expected


def test_a_comma_that_ends_a_clause_still_cuts_it():
    # "Bộ Tài chính, ..." is no name with a comma: the clause before the citation starts after it
    found = explained("Theo Bộ Tài chính, các địa phương đã ban hành Quyết định số 9/QĐ-UBND.")
    assert [(f[0], f[1]) for f in found] == [("Quyết định số 9/QĐ-UBND", None)]


def test_rare_letter_scan_finds_the_anchors_of_the_plain_scan():
    data = legal._data()
    words = data.types_as_written()
    pieces = []
    for i, word in enumerate(words):
        for variant in (word, word.lower(), word.upper(), word.title()):
            pieces += [variant + " số " + str(i), "x" + variant, variant + "x", "(" + variant + ")"]
    pieces += ["Bộ luật Hình sự", "pháp lệnh", "Pháp lệnh Lệnh", "biện pháp lệnh", "thông tư liên tịch",
               "nghị quyết liên tịch", "quy chế quyết định", "chương trình hướng dẫn", "cán bộ luật sư"]
    text = " ".join(pieces) + " " + ", ".join(reversed(pieces))
    folded = text.casefold()
    assert len(folded) == len(text)
    assert legal._type_anchors(data, text, folded) == legal._type_anchors_plain(data, text, folded)
    assert len(legal._type_anchors(data, text, folded)) > 4 * len(words)
