"""vnextract.legal: citations of legal, Party and administrative documents (issue 4).

Every sentence here is written for these tests; none is taken from the shared corpus.
"""
import gc
import time

import pytest

from vnextract import legal
from vnextract.pipeline import Doc, normalize, sentences
from vnextract.records import LegalRef


def refs(text):
    doc = Doc(text)
    normalize(doc)
    sentences(doc)
    legal.recognize(doc)
    found = doc.results["legal_refs"]
    for ref in found:
        assert isinstance(ref, LegalRef)
        assert text[ref.start:ref.end] == ref.text
    return found


def only(text):
    found = refs(text)
    assert len(found) == 1, [r.text for r in found]
    return found[0]


# --- symbol grammars --------------------------------------------------------------------
# (sentence, span, doc_type, number, symbol, type_code, issuer_codes, year, legislature)
SYMBOLS = [
    # legal normative documents: number/year/code-issuer
    ("Chính phủ ban hành Nghị định 100/2019/NĐ-CP để xử phạt.", "Nghị định 100/2019/NĐ-CP", "Nghị định", "100",
     "100/2019/NĐ-CP", "NĐ", ["CP"], 2019, None),
    ("Quốc hội thông qua Luật số 103/2016/QH13 hôm nay.", "Luật số 103/2016/QH13", "Luật", "103", "103/2016/QH13",
     None, ["QH"], 2016, 13),
    ("Áp dụng Thông tư liên tịch số 01/2015/TTLT-BTP-BTC của hai bộ.", "Thông tư liên tịch số 01/2015/TTLT-BTP-BTC",
     "Thông tư liên tịch", "01", "01/2015/TTLT-BTP-BTC", "TTLT", ["BTP", "BTC"], 2015, None),
    ("Ủy ban ra Nghị quyết số 12/2020/UBTVQH14 về phí.", "Nghị quyết số 12/2020/UBTVQH14", "Nghị quyết", "12",
     "12/2020/UBTVQH14", None, ["UBTVQH"], 2020, 14),
    # administrative documents: number/code-issuer(-unit)
    ("Thủ tướng ký Quyết định 1234/QĐ-TTg phê duyệt đề án.", "Quyết định 1234/QĐ-TTg", "Quyết định", "1234",
     "1234/QĐ-TTg", "QĐ", ["TTg"], None, None),
    ("Tỉnh có Quyết định số 123/QĐ-UBND về giá đất.", "Quyết định số 123/QĐ-UBND", "Quyết định", "123",
     "123/QĐ-UBND", "QĐ", ["UBND"], None, None),
    ("Sở nhận Công văn số 45/UBND-VX chiều qua.", "Công văn số 45/UBND-VX", "Công văn", "45", "45/UBND-VX", None,
     ["UBND", "VX"], None, None),
    ("Bộ có Văn bản số 77/BYT-KCB gửi các tỉnh.", "Văn bản số 77/BYT-KCB", "Văn bản", "77", "77/BYT-KCB", None,
     ["BYT", "KCB"], None, None),
    # Party documents: number-code/issuer
    ("Thực hiện Nghị quyết số 25-NQ/TW trong toàn tỉnh.", "Nghị quyết số 25-NQ/TW", "Nghị quyết", "25",
     "25-NQ/TW", "NQ", ["TW"], None, None),
    ("Văn phòng gửi Hướng dẫn 36-HD/VPTW tới các đảng bộ.", "Hướng dẫn 36-HD/VPTW", "Hướng dẫn", "36",
     "36-HD/VPTW", "HD", ["VPTW"], None, None),
    ("Tỉnh ủy ban hành Chỉ thị số 05-CT/TU về học tập.", "Chỉ thị số 05-CT/TU", "Chỉ thị", "05", "05-CT/TU",
     "CT", ["TU"], None, None),
    ("Bộ Chính trị ra Kết luận số 72-KL/TW tháng trước.", "Kết luận số 72-KL/TW", "Kết luận", "72", "72-KL/TW",
     "KL", ["TW"], None, None),
    ("Thành ủy có Quy định số 08-QĐi/TW về nêu gương.", "Quy định số 08-QĐi/TW", "Quy định", "08", "08-QĐi/TW",
     "QĐi", ["TW"], None, None),
    # Party style with a year: number-year/code-issuer
    ("Chính phủ ra Nghị quyết số 19-2017/NQ-CP về môi trường kinh doanh.", "Nghị quyết số 19-2017/NQ-CP",
     "Nghị quyết", "19", "19-2017/NQ-CP", "NQ", ["CP"], 2017, None),
    # a letter after the number
    ("Nghị quyết 36a/NQ-CP về Chính phủ điện tử.", "Nghị quyết 36a/NQ-CP", "Nghị quyết", "36a", "36a/NQ-CP",
     "NQ", ["CP"], None, None),
    # noise: spaces around the dash, U+00D0 for Đ, lower case, "số:" and glued "số"
    ("Quán triệt Nghị quyết 25 - NQ/TW của Trung ương.", "Nghị quyết 25 - NQ/TW", "Nghị quyết", "25",
     "25 - NQ/TW", "NQ", ["TW"], None, None),
    ("Theo Nghị định 15/2020/N\u00d0-CP về xử phạt.", "Nghị định 15/2020/N\u00d0-CP", "Nghị định", "15",
     "15/2020/NĐ-CP", "NĐ", ["CP"], 2020, None),
    ("theo nghị định 91/2019/nđ-cp về đất đai.", "nghị định 91/2019/nđ-cp", "Nghị định", "91",
     "91/2019/nđ-cp", "NĐ", ["CP"], 2019, None),
    ("Căn cứ Quyết định số: 99/QĐ-BTC ngày trước.", "Quyết định số: 99/QĐ-BTC", "Quyết định", "99", "99/QĐ-BTC",
     "QĐ", ["BTC"], None, None),
    ("Căn cứ Quyết địnhsố 17/QĐ-UBND của huyện.", "Quyết địnhsố 17/QĐ-UBND", "Quyết định", "17", "17/QĐ-UBND",
     "QĐ", ["UBND"], None, None),
    ("Theo Nghị quyết 94/2015/Qh13 của Quốc hội.", "Nghị quyết 94/2015/Qh13", "Nghị quyết", "94",
     "94/2015/Qh13", None, ["QH"], 2015, 13),
    ("Áp dụng Nghị định 38/2012/ND-CP về an toàn thực phẩm.", "Nghị định 38/2012/ND-CP", "Nghị định", "38",
     "38/2012/ND-CP", "NĐ", ["CP"], 2012, None),
    ("Theo Công văn 12/CV- HoREA gửi Bộ Xây dựng.", "Công văn 12/CV- HoREA", "Công văn", "12", "12/CV- HoREA",
     "CV", ["HoREA"], None, None),
    # partial symbols and bare numbers
    ("Tàu đóng theo Nghị định 67/2014 của Chính phủ.", "Nghị định 67/2014", "Nghị định", "67", "67/2014", None, [],
     2014, None),
    ("Tàu đóng theo Nghị định 67 đã hỏng.", "Nghị định 67", "Nghị định", "67", None, None, [], None, None),
    ("Tàu đóng theo nghị định 67, đã hỏng.", "nghị định 67", "Nghị định", "67", None, None, [], None, None),
    ("Ban kỷ luật có Quyết định số 270 về việc phạt cầu thủ.", "Quyết định số 270", "Quyết định", "270", None, None,
     [], None, None),
    ("Tàu cá đóng theo NĐ 67 bị gỉ.", "NĐ 67", "Nghị định", "67", None, None, [], None, None),
    ("Tàu cá đóng theo NĐ67 bị gỉ.", "NĐ67", "Nghị định", "67", None, None, [], None, None),
    # the types that need a number
    ("Tỉnh triển khai Đề án 06 về dữ liệu dân cư.", "Đề án 06", "Đề án", "06", None, None, [], None, None),
    ("Sở trình Tờ trình số 12/TTr-UBND lên tỉnh.", "Tờ trình số 12/TTr-UBND", "Tờ trình", "12", "12/TTr-UBND",
     "TTr", ["UBND"], None, None),
    ("Thủ tướng gửi Công điện số 156/CĐ-TTg tới các bộ.", "Công điện số 156/CĐ-TTg", "Công điện", "156",
     "156/CĐ-TTg", "CĐ", ["TTg"], None, None),
    ("Huyện ban hành Kế hoạch số 88/KH-UBND để phòng dịch.", "Kế hoạch số 88/KH-UBND", "Kế hoạch", "88",
     "88/KH-UBND", "KH", ["UBND"], None, None),
    ("Chủ tịch nước ký Lệnh số 10/2016/L-CTN công bố luật.", "Lệnh số 10/2016/L-CTN", "Lệnh", "10",
     "10/2016/L-CTN", "L", ["CTN"], 2016, None),
    ("Phường có Thông báo số 21/TB-UBND về lịch cắt nước.", "Thông báo số 21/TB-UBND", "Thông báo", "21",
     "21/TB-UBND", "TB", ["UBND"], None, None),
    ("Sở gửi Báo cáo số 5/BC-SYT lên tỉnh.", "Báo cáo số 5/BC-SYT", "Báo cáo", "5", "5/BC-SYT", "BC", ["SYT"], None,
     None),
]


@pytest.mark.parametrize("sentence,span,doc_type,number,symbol,type_code,issuer_codes,year,legislature", SYMBOLS)
def test_symbols(sentence, span, doc_type, number, symbol, type_code, issuer_codes, year, legislature):
    ref = only(sentence)
    assert ref.text == span
    assert ref.doc_type == doc_type
    assert ref.number == number
    if symbol is None:
        assert ref.symbol is None
    else:
        # "symbol as written": the original characters, except U+00D0 which is read as Đ
        assert ref.symbol.replace("\u00d0", "Đ") == symbol
    assert ref.type_code == type_code
    assert ref.issuer_codes == issuer_codes
    assert ref.year == year
    assert ref.legislature == legislature


# --- bare symbols: no type word ------------------------------------------------------------
BARE = [
    ("Việc này đã được hướng dẫn theo số 15/2014/TT-BCA của Bộ Công an.", "15/2014/TT-BCA", "Thông tư", "15", "TT",
     ["BCA"]),
    ("Tỉnh ký các quyết định số 191/QĐ-UBND; 192/QĐ-UBND trong ngày.", "192/QĐ-UBND", "Quyết định", "192", "QĐ",
     ["UBND"]),
    ("Nội dung này nằm trong 25-NQ/TW và các văn bản khác.", "25-NQ/TW", "Nghị quyết", "25", "NQ", ["TW"]),
    ("Bộ luật được sửa theo 12/2017/QH14 năm ấy.", "12/2017/QH14", None, "12", None, ["QH"]),
]


@pytest.mark.parametrize("sentence,span,doc_type,number,type_code,issuer_codes", BARE)
def test_bare_symbols(sentence, span, doc_type, number, type_code, issuer_codes):
    found = [r for r in refs(sentence) if r.text == span]
    assert len(found) == 1, [r.text for r in refs(sentence)]
    ref = found[0]
    assert ref.symbol == span
    assert (ref.doc_type, ref.number, ref.type_code, ref.issuer_codes) == (doc_type, number, type_code, issuer_codes)


# --- what follows a citation: date, issuer, term, subject, alias -----------------------------
# (sentence, span, issued, issuer, term, subject, alias)
TAILS = [
    ("Nghị quyết số 25-NQ/TW ngày 13/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường công tác "
     "dân vận (gọi tắt là Nghị quyết số 25) đã đi vào cuộc sống.", "Nghị quyết số 25-NQ/TW", "2013-06-13",
     "Ban Chấp hành Trung ương Đảng (khóa XI)", "XI", "tăng cường công tác dân vận", "Nghị quyết số 25"),
    ("Theo Nghị định số 100/2015/NĐ-CP ngày 20-10-2015 của Chính phủ về nhà ở xã hội, giá thuê được giảm.",
     "Nghị định số 100/2015/NĐ-CP", "2015-10-20", "Chính phủ", None, "nhà ở xã hội", None),
    ("Ông trao Quyết định số 77/QĐ-BTC ngày 3.2.2017 cho cán bộ mới.", "Quyết định số 77/QĐ-BTC", "2017-02-03",
     None, None, None, None),
    ("Quyết định số 9/2007/QĐ-TTg ngày 19 tháng 01 năm 2007 của Thủ tướng Chính phủ vẫn còn hiệu lực.",
     "Quyết định số 9/2007/QĐ-TTg", "2007-01-19", "Thủ tướng Chính phủ", None, None, None),
    ("Dự án duyệt theo Quyết định số 15/QĐ-UBND ngày 7/1 của UBND tỉnh Bình Dương.", "Quyết định số 15/QĐ-UBND",
     "XXXX-01-07", "UBND tỉnh Bình Dương", None, None, None),
    ("Nghị định 89/1999/NĐ-CP của Chính phủ về bảo hiểm tiền gửi ngày 1-9-1999 quy định hạn mức.",
     "Nghị định 89/1999/NĐ-CP", "1999-09-01", "Chính phủ", None, "bảo hiểm tiền gửi", None),
    ("Theo văn bản số 47/CV-HoREA gửi Thủ tướng Chính phủ ngày 11/5/2017, hiệp hội đề xuất.", "văn bản số 47/CV-HoREA",
     "2017-05-11", None, None, None, None),
    ("Văn bản số 3861/NHNN-PC của Ngân hàng Nhà nước Việt Nam ngày 24-5-2017 nêu rõ yêu cầu.",
     "Văn bản số 3861/NHNN-PC", "2017-05-24", "Ngân hàng Nhà nước Việt Nam", None, None, None),
    ("Thông tư số 3/2015/TT-BGDĐT ngày 26/2/2015 của Bộ trưởng Bộ GD-ĐT được ban hành.", "Thông tư số 3/2015/TT-BGDĐT",
     "2015-02-26", "Bộ trưởng Bộ GD-ĐT", None, None, None),
    ("Nghị quyết 21-NQ/TW của Bộ Chính trị đặt ra mục tiêu lớn.", "Nghị quyết 21-NQ/TW", None, "Bộ Chính trị", None,
     None, None),
    ("Chỉ thị số 4 của Thủ tướng Chính phủ và Nghị quyết số 9 của Chính phủ được nhắc lại.", "Chỉ thị số 4", None,
     "Thủ tướng Chính phủ", None, None, None),
    ("Nghị định 67 được ban hành tháng 7/2014 với nhiều ưu đãi.", "Nghị định 67", "2014-07", None, None, None, None),
    ("Kết luận số 9/KL-UBND của UBND tỉnh về nội dung tố cáo đã được công bố.", "Kết luận số 9/KL-UBND", None,
     "UBND tỉnh", None, "nội dung tố cáo", None),
    ("Nghị quyết số 02/NQ-HĐND (sau đây gọi là Nghị quyết 02) có hiệu lực từ tháng sau.", "Nghị quyết số 02/NQ-HĐND",
     None, None, None, None, "Nghị quyết 02"),
]


@pytest.mark.parametrize("sentence,span,issued,issuer,term,subject,alias", TAILS)
def test_tails(sentence, span, issued, issuer, term, subject, alias):
    ref = refs(sentence)[0]
    assert ref.text == span
    assert (ref.issued, ref.issuer, ref.term, ref.subject, ref.alias) == (issued, issuer, term, subject, alias)


# --- issuer and date stated by the clause -------------------------------------------------
CLAUSES = [
    ("Thủ tướng Chính phủ Nguyễn Văn An vừa ký Quyết định 21/2017/QĐ-TTg về hạn mức.", "Thủ tướng Chính phủ", None),
    ("Chủ tịch UBND tỉnh Quảng Bình ký Công văn 146/UBND-KTTH ngày 2/2/2017.", "Chủ tịch UBND tỉnh Quảng Bình",
     "2017-02-02"),
    ("Ngày 3/12/2010, Thứ trưởng Bộ Nội vụ đã ký văn bản số 12/BNV-CCVC về tuyển dụng.", "Thứ trưởng Bộ Nội vụ",
     "2010-12-03"),
    ("Năm 2016, UBND TP.HCM tiếp tục ban hành Quyết định 2032 về cơ sở giết mổ.", "UBND TP.HCM", "2016"),
    ("Dự án đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 604/QĐ-TTg năm ấy.", "Thủ tướng Chính phủ", None),
    ("Chính phủ đã xây dựng và ban hành Chỉ thị 20/2017/CT-TTg về thanh tra.", "Chính phủ", None),
    ("Tại Quyết định số 326 ngày 1/3/2016, Thủ tướng Chính phủ đã bổ sung tuyến cao tốc.", "Thủ tướng Chính phủ",
     "2016-03-01"),
    ("Trong văn bản số 11/VP-GPMB gửi UBND quận, UBND thành phố Hà Nội cho biết đã nhận đơn.",
     "UBND thành phố Hà Nội", None),
    # the agent and date of a passive or a "do" phrase after the citation
    ("Thông tư số 12/2020/TT-BYT được Bộ trưởng Bộ Y tế ký ban hành ngày 5-6-2020 quy định về khám bệnh.",
     "Bộ trưởng Bộ Y tế", "2020-06-05"),
    ("Quyết định số 123/QĐ-TTg do Phó Thủ tướng ký ngày 20/1/2021 đã có hiệu lực.", "Phó Thủ tướng", "2021-01-20"),
    # the date of the clause's issuing verb, after the citation
    ("Quốc hội thông qua Nghị quyết 30 vào ngày 12/11.", "Quốc hội", "XXXX-11-12"),
    ("Quốc hội đã thông qua Luật Thủy lợi vào ngày 19/6/2017.", "Quốc hội", "2017-06-19"),
    # abbreviated Party bodies and an unbracketed term
    ("Nghị quyết 19 của BCH Trung ương khóa XII về đổi mới hệ thống tổ chức.", "BCH Trung ương khóa XII", None),
    # the body named before "tại <citation>", or that gave its instructions there
    ("Bộ Tài chính thực hiện theo yêu cầu của Thủ tướng tại văn bản 10285 ngày 29/11/2016.", "Thủ tướng", "2016-11-29"),
    ("Thủ tướng Chính phủ đã chỉ đạo tại Công văn số 597/TTg-NN ngày 28/4 giúp người chăn nuôi.",
     "Thủ tướng Chính phủ", "XXXX-04-28"),
    # the organisation read to its end by the organisations' reader
    ("Theo Công văn số 47/CV-HoREA của Hiệp hội Bất động sản TP.HCM gửi Thủ tướng.",
     "Hiệp hội Bất động sản TP.HCM", None),
    ("Theo văn bản số 15/CV-HHDN gửi Bộ Tài chính ngày 2/3/2019, Hiệp hội Doanh nghiệp nhỏ và vừa Hà Nội "
     "(Hanoisme) kiến nghị giảm thuế.", "Hiệp hội Doanh nghiệp nhỏ và vừa Hà Nội", "2019-03-02"),
]


@pytest.mark.parametrize("sentence,issuer,issued", CLAUSES)
def test_clause_issuer(sentence, issuer, issued):
    ref = refs(sentence)[0]
    assert ref.issuer == issuer
    assert ref.issued == issued


def test_one_signer_for_a_list():
    found = refs("Thủ tướng Chính phủ đã ra Chỉ thị số 26/CT-TTg ngày 5/9/2016 về kỷ cương và Công điện số "
                 "156/CĐ-TTg ngày 2/2/2017 về lễ hội.")
    assert [r.issuer for r in found] == ["Thủ tướng Chính phủ", "Thủ tướng Chính phủ"]
    assert [r.issued for r in found] == ["2016-09-05", "2017-02-02"]


def test_issuer_written_after_a_list():
    found = refs("Thay thế Quyết định số 9/2007/QĐ-TTg ngày 19/1/2007, Quyết định số 140/2008/QĐ-TTg ngày "
                 "21/10/2008 của Thủ tướng Chính phủ.")
    assert [r.issuer for r in found] == ["Thủ tướng Chính phủ", "Thủ tướng Chính phủ"]


# --- documents cited by name -------------------------------------------------------------
# (sentence, span, doc_type, name, year, term, symbol)
NAMED = [
    ("Theo Luật Đất đai năm 2013, người dân được bồi thường.", "Luật Đất đai năm 2013", "Luật", "Đất đai", 2013, None,
     None),
    ("Hành vi bị xử lý theo Bộ luật Hình sự 2015.", "Bộ luật Hình sự 2015", "Bộ luật", "Hình sự", 2015, None, None),
    ("Quyền này được ghi trong Hiến pháp năm 2013.", "Hiến pháp năm 2013", "Hiến pháp", None, 2013, None, None),
    ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
     "Hiến pháp", "nước Cộng hòa xã hội chủ nghĩa Việt Nam", None, None, None),
    ("Thực hiện Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng.", "Nghị quyết Trung ương 4 (khóa XII)",
     "Nghị quyết", "Trung ương 4", None, "XII", None),
    ("Quán triệt Nghị quyết Hội nghị Trung ương 5 khóa XII về kinh tế tư nhân.",
     "Nghị quyết Hội nghị Trung ương 5 khóa XII", "Nghị quyết", "Hội nghị Trung ương 5", None, "XII", None),
    ("Thi đua thực hiện Nghị quyết Đại hội XII của Đảng.", "Nghị quyết Đại hội XII", "Nghị quyết", "Đại hội XII",
     None, None, None),
    ("Thi đua thực hiện Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII.",
     "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", "Nghị quyết", "Đại hội Đảng toàn quốc lần thứ XIII", None,
     None, None),
    ("Tiếp tục thực hiện Nghị quyết Trung ương 4 (Khóa XI, XII) về xây dựng Đảng.",
     "Nghị quyết Trung ương 4 (Khóa XI, XII)", "Nghị quyết", "Trung ương 4", None, "XI, XII", None),
    ("Hội nghị thông qua Nghị quyết T.Ư 4 (khóa XII) và kế hoạch.", "Nghị quyết T.Ư 4 (khóa XII)", "Nghị quyết",
     "T.Ư 4", None, "XII", None),
    ("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân.",
     "Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân", "Luật",
     "sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân", None, None, None),
    ("Điều này trái với Luật Trẻ em số 102/2016/QH13 của Quốc hội.", "Luật Trẻ em số 102/2016/QH13", "Luật",
     "Trẻ em", 2016, None, "102/2016/QH13"),
    ("Bảo hiểm được trả theo Luật bảo hiểm tiền gửi hiện hành.", "Luật bảo hiểm tiền gửi", "Luật",
     "bảo hiểm tiền gửi", None, None, None),
    ("Thủ tục làm theo Luật Thủ đô mà không cần xin phép.", "Luật Thủ đô", "Luật", "Thủ đô", None, None, None),
    ("Nhiều văn bản hướng dẫn Luật BHXH còn chậm.", "Luật BHXH", "Luật", "BHXH", None, None, None),
    ("Trường phải tuân theo Luật Giáo dục ĐH, nhưng chưa làm.", "Luật Giáo dục ĐH", "Luật", "Giáo dục ĐH", None, None,
     None),
    ("Bị cáo bị xử theo điểm a khoản 2 Điều 134 BLHS 2015 hôm qua.", "BLHS 2015", "Bộ luật", "Hình sự", 2015, None,
     None),
    ("Điểm này do Pháp lệnh Chống tham nhũng quy định.", "Pháp lệnh Chống tham nhũng", "Pháp lệnh", "Chống tham nhũng",
     None, None, None),
    ("Thí sinh phải theo Quy chế tuyển sinh đại học hệ chính quy của Bộ.", "Quy chế tuyển sinh đại học hệ chính quy",
     "Quy chế", "tuyển sinh đại học hệ chính quy", None, None, None),
]


@pytest.mark.parametrize("sentence,span,doc_type,name,year,term,symbol", NAMED)
def test_named(sentence, span, doc_type, name, year, term, symbol):
    found = [r for r in refs(sentence) if r.text == span]
    assert len(found) == 1, [r.text for r in refs(sentence)]
    ref = found[0]
    assert (ref.doc_type, ref.name, ref.year, ref.term, ref.symbol) == (doc_type, name, year, term, symbol)


# --- provisions ----------------------------------------------------------------------------
PROVISIONS = [
    ("Theo khoản 2 Điều 5 Nghị định 100/2019/NĐ-CP, mức phạt tăng.", "Nghị định 100/2019/NĐ-CP", "5", "2", None),
    ("Hành vi này vi phạm điểm b khoản 1 Điều 260 Bộ luật Hình sự.", "Bộ luật Hình sự", "260", "1", "b"),
    ("Như quy định tại Điều 25 của Luật Đấu thầu thì được phép.", "Luật Đấu thầu", "25", None, None),
    ("Khoản 2, Điều 58, Luật Giao thông đường bộ quy định rõ.", "Luật Giao thông đường bộ", "58", "2", None),
]


@pytest.mark.parametrize("sentence,span,article,clause,point", PROVISIONS)
def test_provision(sentence, span, article, clause, point):
    ref = only(sentence)
    assert ref.text == span
    assert ref.provision is not None
    assert (ref.provision.article, ref.provision.clause, ref.provision.point) == (article, clause, point)


# --- refers_to ----------------------------------------------------------------------------
def test_short_citations_point_at_the_full_one():
    text = ("Tỉnh quán triệt Nghị quyết số 25-NQ/TW ngày 13/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) "
            "(gọi tắt là Nghị quyết số 25). Mười năm thực hiện Nghị quyết số 25 đã có kết quả. "
            "Luật Đất đai cũng được nhắc. Nghị quyết 25 vẫn là kim chỉ nam.")
    found = refs(text)
    # the alias "(gọi tắt là Nghị quyết số 25)" is itself a short citation of the document
    assert [r.text for r in found] == ["Nghị quyết số 25-NQ/TW", "Nghị quyết số 25", "Nghị quyết số 25",
                                       "Luật Đất đai", "Nghị quyết 25"]
    assert found[0].alias == "Nghị quyết số 25"
    assert [r.refers_to for r in found] == [None, 0, 0, None, 0]


def test_refers_to_indexes_the_sorted_list():
    text = ("Báo cáo nhắc Thông tư 304/2016/TT-BTC và Nghị định 67/2014/NĐ-CP. "
            "Sau đó Nghị định 67 và Thông tư 304 được sửa.")
    found = refs(text)
    assert [r.text for r in found] == ["Thông tư 304/2016/TT-BTC", "Nghị định 67/2014/NĐ-CP", "Nghị định 67",
                                       "Thông tư 304"]
    assert [r.refers_to for r in found] == [None, None, 1, 0]


def test_partial_symbol_refers_to_the_full_symbol():
    found = refs("Nghị định 42/2014/NĐ-CP về bán hàng đa cấp. Vi phạm Nghị định 42/2014 bị phạt.")
    assert found[1].symbol == "42/2014"
    assert found[1].refers_to == 0


# --- not references -------------------------------------------------------------------------
NEGATIVES = [
    "Các nghị quyết của Đảng đều được quán triệt.",
    "UBND tỉnh quyết định thu hồi đất của dự án.",
    "Theo quy định, người lao động được nghỉ.",
    "Quốc hội thảo luận dự thảo luật vào tuần tới.",
    "Luật quy định rõ trách nhiệm của các bên.",
    "Mọi người phải tuân thủ pháp luật Việt Nam.",
    "Ông là luật sư của công ty.",
    "Đoàn Luật sư thành phố họp hôm qua.",
    "Công ty Luật TNHH Minh Khuê tư vấn miễn phí.",
    "Trường Đại học Luật Hà Nội tuyển sinh.",
    "Nghị quyết này có hiệu lực từ ngày ký.",
    "Theo quyết định khi đó, dự án được giữ nguyên.",
    "Doanh nghiệp có kế hoạch 5 năm rất tham vọng.",
    "Quy định 2 loại phí mới được áp dụng.",
    "Hướng dẫn 4 người cùng làm thủ tục.",
    "Báo cáo 2 em học sinh giỏi lên trường.",
    "Kế hoạch 2016 của công ty đã hoàn thành.",
    "Học sinh theo học chương trình 9+ của trường.",
    "Mức phạt theo quy định 7.000 đồng mỗi xe.",
    "Hiến pháp là đạo luật gốc.",
    "Tỷ số là 2-1 sau hiệp một.",
    "Sản phẩm mã 15/2014/XYZ-ABC không phải văn bản.",
    "Ông Nguyễn Văn Luật đến dự.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_not_a_reference(sentence):
    assert [r.text for r in refs(sentence)] == []


# --- offsets on the caller's string -------------------------------------------------------
def test_offsets_survive_normalisation():
    original = "Theo\u00a0Nghị định 15/2020/N\u00d0-CP ngày 3/2/2020 của Chính phủ."
    ref = only(original)
    assert original[ref.start:ref.end] == ref.text == "Nghị định 15/2020/N\u00d0-CP"
    assert ref.issued == "2020-02-03"
    decomposed = "Theo Nghi\u0323 đi\u0323nh 15/2020/NĐ-CP cu\u0309a Chính phu\u0309."
    ref = only(decomposed)
    assert decomposed[ref.start:ref.end] == ref.text
    assert ref.number == "15"


def test_round_trip():
    ref = only("Theo khoản 2 Điều 5 Nghị định 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ.")
    assert LegalRef.from_json(ref.to_json()) == ref


# --- linear time ----------------------------------------------------------------------------
@pytest.mark.parametrize("piece", ["Nghị quyết số ", "Luật ", "Nghị quyết Trung ương ", "25 - NQ/", "của Bộ ",
                                   "Luật Đất đai ", "Quy chế tuyển ", "Thủ tướng vừa ký Quyết định 5 ",
                                   "Quyết định số 1/QĐ-UBND ngày 1/1/2020 của UBND tỉnh "])
def test_linear_time(piece):
    def cost(n):
        started = time.process_time()
        refs(piece * n)
        return time.process_time() - started

    small, large = cost(1000), cost(10000)
    assert large < 30 * max(small, 0.005), (small, large)


# a type word (or a citation) and a long run of blank characters: the optional blanks around
# "số", ":" and "," were split every way before the required number failed (quadratic; 40,000
# spaces took seconds); each case is timed at n and 10 n characters
WHITESPACE_RUNS = [
    lambda n: "Nghị quyết số" + " " * n,
    lambda n: "Quyết định số" + "\t" * n,
    lambda n: "Hiến pháp" + " " * n,
    lambda n: "Hiến pháp ," + " " * n,
    lambda n: "Nghị quyết 25" + " " * n,
    lambda n: "Thông tư số 12/2020/TT-BYT" + " " * n,
    lambda n: "Luật Đất đai" + "\n" * n,
]


@pytest.mark.parametrize("build", WHITESPACE_RUNS)
def test_whitespace_runs_stay_linear(build):
    def cost(n):
        text = build(n)
        gc.disable()
        try:
            started = time.process_time()
            refs(text)
            return time.process_time() - started
        finally:
            gc.enable()

    cost(10)  # builds the patterns once
    small, large = cost(2000), cost(20000)
    assert large < 30 * max(small, 0.005), (small, large)


# --- bugs caught while building this (each was wrong once) -----------------------------------
# (sentence, expected spans)
BUGS_CAUGHT = [
    # an outage timetable's "KẾ HOẠCH 28" is no plan citation
    ("Hình thức cắt điện: KẾ HOẠCH 28 Hoàng Mai 04:00 11:00.", []),
    # "9+" is a programme's name, not a number
    ("Trường mở chương trình 9+ cho học sinh. Chương trình 9+ rất hiệu quả.", []),
    # the listed name wins over a rule name that runs into the sentence
    ("Hội nghị bàn về Luật Đầu tư ngày 25/4/2016 tại Hà Nội.", ["Luật Đầu tư"]),
    ("Dự án Luật Biểu tình vẫn chưa được trình.", ["Luật Biểu tình"]),
    # "kỷ luật số ..." is not a law: the decision is described, then numbered
    ("Liên đoàn ra Quyết định kỷ luật số 25/QĐ-LĐBĐ hôm nay.", ["Quyết định kỷ luật số 25/QĐ-LĐBĐ"]),
    ("Ông khởi kiện Quyết định giải quyết khiếu nại số 333 của Chủ tịch UBND.",
     ["Quyết định giải quyết khiếu nại số 333"]),
    ("Theo Kết luận thanh tra số 825/KL-SYT ngày 1/7/2014, bệnh viện sai phạm.", ["Kết luận thanh tra số 825/KL-SYT"]),
    # a year after the number belongs to the citation; "năm" alone still counts years
    ("Sơ kết thí điểm theo Nghị quyết 77 năm 2017 tại các trường.", ["Nghị quyết 77 năm 2017"]),
    ("Doanh nghiệp có kế hoạch 5 năm để mở rộng.", []),
    # a weak count word does not stop a capitalised citation type
    ("Huyện thực hiện Chỉ thị 15 đối với xã Uy Nỗ.", ["Chỉ thị 15"]),
    ("Quy định 2 loại phí mới.", []),
    # a Soviet "project 670" in lower case is no Đề án citation; "Đề án 06" is
    ("Chiếc tàu ngầm thuộc lớp Charlie đề án 670 của hải quân.", []),
    # a verb ends a name read by rule
    ("Xã thực hiện Quy chế tổ chức Lễ hội chọi trâu yêu cầu đảm bảo an toàn.", ["Quy chế tổ chức Lễ hội chọi trâu"]),
    # a typo repeating the type word's last syllable
    ("Tàu cá đóng theo Nghị định định 67 bị hỏng.", ["Nghị định định 67"]),
    ("Ông quyết định định cư ở Úc.", []),
    # glued and lettered numbers
    ("Giáo viên được đào tạo theo Nghị định116 trước năm 2022.", ["Nghị định116"]),
    ("Xã thuộc huyện nghèo theo Nghị quyết 30a hoàn thành chương trình.", ["Nghị quyết 30a"]),
    # statutes are cited "Luật số 71", never by a bare number ("Luật 12" of football), nor across lines
    ("Theo Luật 12, pha vào bóng là phạm lỗi.", []),
    ("Ủy ban bảo vệ Hiến pháp\n1. Ủy ban có trách nhiệm.", []),
    ("Theo Luật số 71 thì được miễn thuế.", ["Luật số 71"]),
    # "và" inside a name read by rule, not before a stop word or another citation
    ("Theo Quy chế tổ chức và hoạt động trường mầm non tư thục, hiệu trưởng phải có bằng.",
     ["Quy chế tổ chức và hoạt động trường mầm non tư thục"]),
    ("Luật Thủ đô và Luật Đất đai đã sửa.", ["Luật Thủ đô", "Luật Đất đai"]),
    ("Căn cứ vào Điều 63 Quy chế bóng đá chuyên nghiệp và đi đến quyết định phạt.", ["Quy chế bóng đá chuyên nghiệp"]),
    # a law school's name
    ("Ông tốt nghiệp Trung tâm Luật Đại học Georgetown năm ấy.", []),
    # "kết luận 02 cuộc" counts inspections
    ("Thanh tra đã có kết luận 02 cuộc thanh tra trong năm.", []),
    # a citation that ends a line
    ("Tàu cá đóng theo nghị định 67.\nThời gian qua có nhiều phản ánh.", ["nghị định 67"]),
    # a shareholders' resolution is not a Party congress resolution, and names stay on one line
    ("Điều 147. Hình thức thông qua nghị quyết Đại hội đồng cổ đông\n\n1. Đại hội thông qua.", []),
    # the UN Convention's "Luật Biển" is not a Vietnamese law
    ("Theo Công ước Liên hợp quốc về Luật Biển năm 1982, các nước có quyền.", []),
]


@pytest.mark.parametrize("sentence,spans", BUGS_CAUGHT)
def test_bugs_caught(sentence, spans):
    assert [r.text for r in refs(sentence)] == spans


ISSUER_BUGS = [
    # "và" before another citation ends the issuer
    ("Theo Chỉ thị số 4 của Thủ tướng Chính phủ và Nghị quyết Hội nghị Trung ương 5 khóa XII.", "Thủ tướng Chính phủ"),
    # "Theo <citation>, X đã ...": X acts on the citation, it did not issue it
    ("Theo Quyết định số 2036/QĐ-BTTTT ngày 21/11/2016, Sở TT&TT đã xây dựng kế hoạch.", None),
    # a lower-case syllable of the body's name is kept, a verb is not
    ("Theo Nghị quyết 01/2010/NQ-HĐTP của Hội đồng Thẩm phán TANDTC quy định mức.", "Hội đồng Thẩm phán TANDTC"),
    ("Theo Nghị quyết 21-NQ/TW của Bộ Chính trị đặt ra mục tiêu.", "Bộ Chính trị"),
    # the issuer of the previous citation is shared only across "và" or a comma, not a whole sentence
    ("Bộ Tài chính vừa ban hành Thông tư 25/2021/TT-BTC quy định mức thu phí theo quy định của Luật Phí và lệ phí.",
     "Bộ Tài chính"),
    # "Theo <citation>, X <verb>": only a saying verb makes the organisation after it the issuer
    ("Theo Nghị định 100/2019/NĐ-CP, Công an tỉnh đã xử phạt 20 trường hợp.", None),
    # "vào ngày" after a citation with no issuing verb before it is no issue date
    ("Ông nhắc lại Nghị quyết 30 vào ngày 12/11 tại hội nghị.", None),
    # "của Bộ này" names no body
    ("Hướng dẫn tại Thông tư 130 của Bộ này là phù hợp với Luật.", None),
    # a lower-case syllable completes a name ("Cục thuế"), a verb does not ("... xác định")
    ("Theo Quyết định số 2100/QĐ-CT ngày 19-9-2016 của Cục thuế Hà Tĩnh xác định sai phạm.", "Cục thuế Hà Tĩnh"),
    # a "của" late in a long subject belongs to the subject; the clause's signer is the issuer
    ("UBND tỉnh có Quyết định số 410/QĐ-UBND ngày 24/1/2017 về việc công bố thủ tục hành chính thuộc thẩm quyền "
     "quản lý của Sở Kế hoạch và Đầu tư.", "UBND tỉnh"),
    # a bare "Bộ" (the ministry) names no body
    ("Bộ có Công văn số 12/BYT-KCB gửi các tỉnh về việc phòng dịch.", None),
    # only words of a body's name between the body and the verb
    ("Chính phủ yêu cầu các bộ phối hợp ban hành Thông tư liên tịch số 5/2013/TTLT-BCA-BYT sớm.", None),
    # a number after a unit word belongs to the body's name (hand check)
    ("Theo Công văn số 17/CV-BHXH ngày 3.5.2016 của BHXH quận 5 về việc đóng bảo hiểm.", "BHXH quận 5"),
    ("Thực hiện Kế hoạch số 04 ngày 2/3/2018 của Ban Chỉ đạo 389 Quốc gia về chống buôn lậu.",
     "Ban Chỉ đạo 389 Quốc gia"),
    ("Theo Công văn số 17/CV-BHXH của BHXH quận 5, TP.HCM về việc đóng bảo hiểm.", "BHXH quận 5"),
    # a province whose name holds a dash is read whole, as titles read it (hand check)
    ("Theo Quyết định số 81/QĐ-HQ ngày 2/3/2019 của Cục Hải quan tỉnh Bà Rịa – Vũng Tàu, hàng bị tịch thu.",
     "Cục Hải quan tỉnh Bà Rịa - Vũng Tàu"),
    # a unit and, after a spaced dash, the body it belongs to (hand check); a comma lists two bodies
    ("Theo kết luận số 21/KL-CSĐT ngày 5/4/2020 của Cơ quan Cảnh sát điều tra - Công an huyện Mộc Châu, "
     "vụ án được khởi tố.", "Cơ quan Cảnh sát điều tra - Công an huyện Mộc Châu"),
    ("Theo Thông báo số 15/TB-VPCP ngày 7/2/2018 của Văn phòng Chính phủ, Bộ Tài chính đã triển khai ngay.",
     "Văn phòng Chính phủ"),
    # a ward or a district whose name reads like a person's is no signer (hand check)
    ("UBND phường Trần Quang Khải vừa ra thông báo số 52/TB-UBND về việc thu hồi đất.", "UBND phường Trần Quang Khải"),
    ("Theo Quyết định số 9/QĐ-UBND ngày 1/6/2020 của UBND huyện Yên Châu về việc xử phạt.", "UBND huyện Yên Châu"),
    ("Theo Quyết định số 7/QĐ-UBND ngày 1/6/2020 của UBND quận Lê Chân về việc xử phạt.", "UBND quận Lê Chân"),
]


@pytest.mark.parametrize("sentence,issuer", ISSUER_BUGS)
def test_issuer_bugs_caught(sentence, issuer):
    assert refs(sentence)[0].issuer == issuer


def test_issuer_not_shared_across_a_sentence():
    found = refs("Bộ Tài chính vừa ban hành Thông tư 25/2021/TT-BTC quy định mức thu phí, lệ phí trong lĩnh vực "
                 "xuất nhập cảnh cho người nước ngoài theo quy định của Luật Phí và lệ phí.")
    assert [r.issuer for r in found] == ["Bộ Tài chính", None]


def test_a_date_after_a_comma_is_not_the_issue_date():
    ref = refs("Căn cứ theo khoản 1 Điều 107 Bộ luật Tố tụng hình sự, ngày 9/5, cơ quan điều tra ra quyết định.")[0]
    assert ref.issued is None


def test_the_nearest_date_before_the_signer():
    ref = refs("Sở có kế hoạch tuyển dụng năm 2019; ngày 31/10/2019 Sở Nội vụ có Công văn số 66/SNV-VP gửi tỉnh.")[0]
    assert (ref.issued, ref.issuer) == ("2019-10-31", "Sở Nội vụ")


def test_a_capital_ngay_starts_a_new_sentence():
    ref = refs("Chính phủ gia hạn cho Nghị định 67 Ngày 8.2, ông Tấn nói.")[0]
    assert (ref.text, ref.issued) == ("Nghị định 67", None)


def test_a_date_after_a_bare_number_is_no_count():
    ref = refs("Việc này trái với Điều 15 Thông tư 6 ngày 15.2.2012 của Bộ GD-ĐT.")[0]
    assert (ref.text, ref.number, ref.issued, ref.issuer) == ("Thông tư 6", "6", "2012-02-15", "Bộ GD-ĐT")


def test_a_named_document_refers_to_its_dated_citation():
    found = refs("Luật Đất đai năm 2013 có hiệu lực từ năm 2014. Nhiều điều của Luật Đất đai cần sửa. "
                 "Luật đất đai cũng quy định giá đất.")
    assert [r.refers_to for r in found] == [None, 0, 0]


@pytest.mark.parametrize("sentence,names", [
    ("Theo Nghị quyết số 25-NQ/TW về dân vận.", ["Ban Chấp hành Trung ương Đảng"]),
    ("Theo Thông tư liên tịch số 01/2015/TTLT-BTP-BTC về phí.", ["Bộ Tư pháp", "Bộ Tài chính"]),
    ("Theo Luật số 103/2016/QH13 về báo chí.", ["Quốc hội"]),
    ("Theo Quyết định số 5/QĐ-BCT về giá điện.", ["Bộ Công Thương"]),
    ("Theo Kết luận số 5-KL/BCT về nhân sự.", ["Bộ Chính trị"]),
    ("Theo Công văn số 45/UBND-VX về y tế.", ["Ủy ban nhân dân"]),
])
def test_issuer_names(sentence, names):
    assert legal.issuer_names(refs(sentence)[0]) == names


# --- generalisation audit (fresh corpus articles, 2026-11) --------------------------------------

AUDIT = [
    # a listed statute name written with a tax acronym or in lower case: one citation with its symbol
    ("Doanh nghiệp áp dụng Luật thuế TNCN số 04/2007/QH12 ngày 21/11/2007 từ năm sau.",
     ("Luật thuế TNCN số 04/2007/QH12", "Luật", "04", "04/2007/QH12", "2007-11-21", None)),
    ("Mức hỗ trợ theo Điều 50 Luật việc làm 2013 được giữ nguyên.",
     ("Luật việc làm 2013", "Luật", None, None, None, None)),
    # crawl text: the tail's first word glued to the symbol
    ("Cán bộ hưởng phụ cấp theo Nghị định số 116/2010/NĐ-CPngày 24 tháng 12 năm 2010 của Chính phủ.",
     ("Nghị định số 116/2010/NĐ-CP", "Nghị định", "116", "116/2010/NĐ-CP", "2010-12-24", "Chính phủ")),
    # "của Chính phủ và Khoản 2 Điều 5 Thông tư ...": the provision of the next citation is no issuer
    ("Căn cứ Nghị định số 20/2016/NĐ-CP ngày 30/3/2016 của Chính phủ và Khoản 2 Điều 5 Thông tư số 09/2016/TT-BXD.",
     ("Nghị định số 20/2016/NĐ-CP", "Nghị định", "20", "20/2016/NĐ-CP", "2016-03-30", "Chính phủ")),
    # a date after a comma, followed by the issuer, is the citation's
    ("Đơn vị quán triệt Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị trong toàn ngành.",
     ("Chỉ thị số 05-CT/TW", "Chỉ thị", "05", "05-CT/TW", "2016-05-15", "Bộ Chính trị")),
    # the signer's date written without "ngày": the nearest full date, not an earlier "ngày ..."
    ("Luật có hiệu lực từ ngày 1/1/2018, nhưng đến 15/3/2018 Chính phủ mới ban hành Nghị định 30/2018/NĐ-CP.",
     ("Nghị định 30/2018/NĐ-CP", "Nghị định", "30", "30/2018/NĐ-CP", "2018-03-15", "Chính phủ")),
    # a capitalised type word after the issuer starts the subject; a comma date before the full stop
    ("Doanh nghiệp áp dụng Thông tư 39/2018/TT-BTC ngày 20/4/2018 của Bộ Tài chính Hướng dẫn về thủ tục hải quan.",
     ("Thông tư 39/2018/TT-BTC", "Thông tư", "39", "39/2018/TT-BTC", "2018-04-20", "Bộ Tài chính")),
    ("Dự án nằm trong quy hoạch do Thủ tướng Chính phủ phê duyệt tại Quyết định số 1210/QĐ-TTg, ngày 8/9/2016.",
     ("Quyết định số 1210/QĐ-TTg", "Quyết định", "1210", "1210/QĐ-TTg", "2016-09-08", "Thủ tướng Chính phủ")),
    # "Đồng Tháp công khai ...": a verb after a place name is not part of the issuer
    ("Quyết định số 52 của Chủ tịch UBND tỉnh Bến Tre công khai danh sách hộ nghèo.",
     ("Quyết định số 52", "Quyết định", "52", None, None, "Chủ tịch UBND tỉnh Bến Tre")),
    # a long lower-case rule name is read to its end
    ("Trường thực hiện Quy chế tuyển chọn giáo viên và đánh giá chất lượng giáo viên dạy nghề "
     "(kèm theo Quyết định số 12/QĐ-SGD).",
     ("Quy chế tuyển chọn giáo viên và đánh giá chất lượng giáo viên dạy nghề", "Quy chế", None, None, None, None)),
]


@pytest.mark.parametrize("sentence,expected", AUDIT)
def test_audit_citations(sentence, expected):
    ref = refs(sentence)[0]
    assert (ref.text, ref.doc_type, ref.number, ref.symbol, ref.issued, ref.issuer) == expected


def test_audit_no_split_symbol_after_a_listed_name():
    found = refs("Quốc hội thông qua Luật số 71/2014/QH13, Luật thuế XNK số 107/2016/QH13.")
    assert [r.text for r in found] == ["Luật số 71/2014/QH13", "Luật thuế XNK số 107/2016/QH13"]


@pytest.mark.parametrize("text", [
    "Theo Bộ luật Hình sự, nghị quyết định hướng, Luật Đất đai năm 2013 và Hiến pháp năm 2013; cán bộ, "
    "NGHỊ QUYẾT số 25-NQ/TW, Quyết định số 12/QĐ-TTg, Nghị quyết Trung ương 4 (khóa XII), luậtx, Quy chế tuyển sinh.",
    "Luật sửa đổi, bổ sung một số điều của Luật Đất đai; Thông tư liên tịch số 5/2014/TTLT-BCA; Straße.",
])
def test_type_anchors_lose_no_match(text):
    """The anchors where a whole type word follows give the same pattern matches as every
    anchor word (the patterns all start with a type word)."""
    data = legal._data()
    every = [m.start() for m in data.anchor_re.finditer(text)]
    anchors = legal._anchors(data, text)
    for pattern, words in ((data.typed, None), (data.typed_desc, None), (data.typed_stutter, None),
                           (data.amend, None), (data.law_named, data.law_words), (data.rule_named, data.rule_words),
                           (data.constitution, data.constitution_words), (data.party_named, data.party_words)):
        some = legal._anchors_with(text, anchors, words) if words else anchors
        assert [m.span() for m in legal._matches(pattern, text, some)] == \
            [m.span() for m in legal._matches(pattern, text, every)]


@pytest.mark.parametrize("text", [
    "Số 123456/QĐ-TTg, 15/2014/TT-BCA, 36a/NQ-CP, 12 /QĐ, 5a /b, 1234567890/2019/NĐ-CP, 1-2-3-4-5, "
    "ABCDEFGHIJKLMNOP12/3, 25-NQ/TW5a/QĐ, 7A/, 2019/QH14, 01/2021/NĐ-CP-BTC/VP/X/Y/Z/W 24/9/2018.",
])
def test_bare_matches_equal_finditer(text):
    data = legal._data()
    assert [m.span() for m in legal._bare_matches(data, text)] == [m.span() for m in data.bare.finditer(text)]


@pytest.mark.parametrize("text", [
    "NĐ 67, QĐ33, xNĐ 5, NQ-12, NQ 1234567, NĐNĐ 5, QĐNQ 7; BLHS 2015, BLHS2015, (BLHS), BLTTHS năm 2015.",
])
def test_prescanned_equals_finditer(text):
    data = legal._data()
    for pattern, scan in ((data.abbr_num, data.abbr_num_scan), (data.abbr_named_re, data.abbr_named_scan)):
        assert [m.span() for m in legal._prescanned(pattern, scan, text)] == [m.span() for m in pattern.finditer(text)]
