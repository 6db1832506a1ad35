"""Tests of vnextract.dates: tables of own Vietnamese sentences -> expected date mentions."""
import unicodedata

import pytest

from vnextract.pipeline import Extractor

EXTRACTOR = Extractor(disable=["legal", "titles", "people", "awards", "link"])


def dates(text, doc_date=None):
    return EXTRACTOR.extract(text, doc_date).dates


def triples(text, doc_date=None):
    return [(d.text, d.value, d.part_of_day) for d in dates(text, doc_date)]


# --- every positive form of issue 3: sentence -> [(span, value, part_of_day)] -------------------

NUMERIC_DAYS = [
    ("Ngày 24/9, hội nghị khai mạc.", [("Ngày 24/9", "XXXX-09-24", None)]),
    ("Hội nghị khai mạc ngày 24-9 tại Huế.", [("ngày 24-9", "XXXX-09-24", None)]),
    ("Buổi lễ diễn ra hôm 24.9 ở Huế.", [("hôm 24.9", "XXXX-09-24", None)]),
    ("Quyết định có hiệu lực từ ngày 24/9/2018.", [("ngày 24/9/2018", "2018-09-24", None)]),
    ("Đoàn khởi hành ngày 24-9-2018.", [("ngày 24-9-2018", "2018-09-24", None)]),
    ("Hợp đồng ký ngày 24.09.2018 tại Hà Nội.", [("ngày 24.09.2018", "2018-09-24", None)]),
    ("Lễ hội bắt đầu từ mồng 2/9.", [("mồng 2/9", "XXXX-09-02", None)]),
    ("Lễ hội bắt đầu từ mùng 2/9.", [("mùng 2/9", "XXXX-09-02", None)]),
    ("Ông sinh ngày 5/12/1962 tại Long An.", [("ngày 5/12/1962", "1962-12-05", None)]),
    ("Ngày vào Đảng: 25-8-1982.", [("25-8-1982", "1982-08-25", None)]),
    ("Phiên tòa được mở vào 22/5 tại Đà Nẵng.", [("22/5", "XXXX-05-22", None)]),
]

SPELLED_DAYS = [
    ("Ngày 13 tháng 6 năm 2013, Quốc hội thông qua luật.", [("Ngày 13 tháng 6 năm 2013", "2013-06-13", None)]),
    ("Cuộc thi kết thúc vào 13 tháng Sáu.", [("13 tháng Sáu", "XXXX-06-13", None)]),
    ("Ngày 2 tháng 9 là ngày Quốc khánh.", [("Ngày 2 tháng 9", "XXXX-09-02", None)]),
    ("Văn bản ký ngày 05 tháng 4 năm 2016 tại Hà Nội.", [("ngày 05 tháng 4 năm 2016", "2016-04-05", None)]),
]

MONTHS_YEARS = [
    ("Công trình khởi công tháng 6/2013.", [("tháng 6/2013", "2013-06", None)]),
    ("Công trình khởi công tháng 6 năm 2013.", [("tháng 6 năm 2013", "2013-06", None)]),
    ("Công trình khởi công tháng 8-2015.", [("tháng 8-2015", "2015-08", None)]),
    ("Mùa mưa bắt đầu từ tháng Sáu.", [("tháng Sáu", "XXXX-06", None)]),
    ("Ông được bầu vào năm 2013.", [("năm 2013", "2013", None)]),
    ("Lợi nhuận sẽ hạch toán trong quý I/2017.", [("quý I/2017", "2017-Q1", None)]),
    ("Doanh thu quý IV năm 2016 tăng mạnh.", [("quý IV năm 2016", "2016-Q4", None)]),
    ("Lợi nhuận Q1/2017 đạt 50 tỷ đồng.", [("Q1/2017", "2017-Q1", None)]),
    ("Quỹ dự kiến giải ngân trong quý IV năm nay.", [("quý IV năm nay", "XXXX-Q4", None)]),
    ("Trong 6 tháng đầu năm 2017, xuất khẩu tăng.", [("năm 2017", "2017", None)]),
    ("Mức phí mới áp dụng từ tháng 8.", [("tháng 8", "XXXX-08", None)]),
    ("Khu cách ly được xây dựng từ 9/2020.", [("9/2020", "2020-09", None)]),
    ("Dự án khởi công cuối tháng 3/2021.", [("tháng 3/2021", "2021-03", None)]),
    ("Chương trình chuyển đổi số đến năm 2025 định hướng đến 2030.",
     [("năm 2025", "2025", None), ("2030", "2030", None)]),
]

RANGES = [
    ("Tỉnh sơ kết 5 năm (2013-2018) thực hiện nghị quyết.", [("2013-2018", "2013/2018", None)]),
    ("Kế hoạch giai đoạn 2013 - 2018 đã hoàn thành.", [("2013 - 2018", "2013/2018", None)]),
    ("Quy hoạch giai đoạn 2016-2020 được phê duyệt.", [("2016-2020", "2016/2020", None)]),
    ("Ông là Chủ tịch nhiệm kỳ 2015-2020.", [("2015-2020", "2015/2020", None)]),
    ("Kỷ niệm ngày Thương binh - Liệt sỹ (27/7/1947 - 27/7/2018).",
     [("27/7/1947 - 27/7/2018", "1947-07-27/2018-07-27", None)]),
    ("Hội chợ diễn ra từ ngày 1 đến 5/8 tại Cần Thơ.", [("ngày 1 đến 5/8", "XXXX-08-01/XXXX-08-05", None)]),
    ("Hội chợ diễn ra 1-5/8 tại Cần Thơ.", [("1-5/8", "XXXX-08-01/XXXX-08-05", None)]),
    ("Liên hoan phim diễn ra từ ngày 19-30/4 tại Texas.", [("ngày 19-30/4", "XXXX-04-19/XXXX-04-30", None)]),
    ("Đợt kiểm tra kéo dài từ tháng 3 đến tháng 5/2017.", [("tháng 3 đến tháng 5/2017", "2017-03/2017-05", None)]),
    ("Số liệu tháng 3-4/2017 tăng đều.", [("tháng 3-4/2017", "2017-03/2017-04", None)]),
    ("Niên độ tài chính 1/10/2015 - 30/09/2016 đã khép lại.",
     [("1/10/2015 - 30/09/2016", "2015-10-01/2016-09-30", None)]),
    ("Tác phẩm đăng từ ngày 1/11/2016 - 31/10/2017 được dự thi.",
     [("ngày 1/11/2016 - 31/10/2017", "2016-11-01/2017-10-31", None)]),
    ("Giai đoạn từ năm 2014 đến 2016 có nhiều thay đổi.", [("năm 2014 đến 2016", "2014/2016", None)]),
    ("Phòng nhận hồ sơ từ ngày 29/6-1/7.", [("ngày 29/6-1/7", "XXXX-06-29/XXXX-07-01", None)]),
    ("Kỳ nghỉ từ 20/12 đến 5/1/2018.", [("20/12 đến 5/1/2018", "2017-12-20/2018-01-05", None)]),
    ("Học phí năm học 2017-2018 giữ nguyên.", [("2017-2018", "2017/2018", None)]),
    ("Tổng kết năm học 2016/2017 tại trường.", [("2016/2017", "2016/2017", None)]),
    ("Triển lãm diễn ra từ ngày 11 đến 20 tháng 2.", [("ngày 11 đến 20 tháng 2", "XXXX-02-11/XXXX-02-20", None)]),
    ("Hội làng mở từ chiều ngày 9 đến ngày 12 tháng Giêng.",
     [("chiều ngày 9 đến ngày 12 tháng Giêng", "XXXX-01-09/XXXX-01-12", "afternoon")]),
    ("Cấm xe từ ngày 5/3 đến hết ngày 10/3.", [("ngày 5/3 đến hết ngày 10/3", "XXXX-03-05/XXXX-03-10", None)]),
    ("Giám sát từ 13h30 ngày 16/12/2016 đến 13h30 ngày 26/12/2016 tại trạm.",
     [("13h30 ngày 16/12/2016 đến 13h30 ngày 26/12/2016", "2016-12-16/2016-12-26", None)]),
]

PART_OF_DAY_TIME_WEEKDAY = [
    ("Chiều 27/7, Chủ tịch nước dâng hương.", [("Chiều 27/7", "XXXX-07-27", "afternoon")]),
    ("Đoàn đến vào sáng 24/9.", [("sáng 24/9", "XXXX-09-24", "morning")]),
    ("Buổi lễ bắt đầu tối ngày 2/9.", [("tối ngày 2/9", "XXXX-09-02", "evening")]),
    ("Vụ cháy xảy ra đêm 3-6 tại quận 5.", [("đêm 3-6", "XXXX-06-03", "night")]),
    ("Trưa 12/7, bệnh nhân nhập viện.", [("Trưa 12/7", "XXXX-07-12", "noon")]),
    ("Khuya 9/5, tổ tuần tra phát hiện vụ việc.", [("Khuya 9/5", "XXXX-05-09", "night")]),
    ("Cuộc họp bắt đầu lúc 14h30 ngày 5/3.", [("lúc 14h30 ngày 5/3", "XXXX-03-05", None)]),
    ("Tàu cập cảng lúc 9 giờ 30 phút ngày 5/3.", [("lúc 9 giờ 30 phút ngày 5/3", "XXXX-03-05", None)]),
    ("Đến 16h chiều cùng ngày (10/2), các em đã ổn.", [("16h chiều cùng ngày (10/2)", "XXXX-02-10", "afternoon")]),
    ("Thứ Hai (24/9), trường khai giảng.", [("Thứ Hai (24/9)", "XXXX-09-24", None)]),
    ("Chủ nhật, 5/3, trời nắng nhẹ.", [("Chủ nhật, 5/3", "XXXX-03-05", None)]),
    ("Bên hành lang Quốc hội sáng nay 12-6, đại biểu trao đổi.", [("sáng nay 12-6", "XXXX-06-12", "morning")]),
    ("Sáng cùng ngày 12-6, thiếu tướng trả lời.", [("Sáng cùng ngày 12-6", "XXXX-06-12", "morning")]),
    ("Lễ trao giải diễn ra tối 9/4 vừa qua.", [("tối 9/4", "XXXX-04-09", "evening")]),
    ("Rạng sáng 10/7, anh thức dậy.", [("Rạng sáng 10/7", "XXXX-07-10", "morning")]),
]

LUNAR = [
    ("Chợ mở lại từ mùng 5 Tết.", [("mùng 5 Tết", "XXXX-01-05", None)]),
    ("Lễ hội chính vào rằm tháng Giêng.", [("rằm tháng Giêng", "XXXX-01-15", None)]),
    ("Giỗ tổ vào ngày 10/3 âm lịch hằng năm.", [("ngày 10/3 âm lịch", "XXXX-03-10", None)]),
    ("Ông Táo về trời ngày 23 tháng Chạp.", [("ngày 23 tháng Chạp", "XXXX-12-23", None)]),
]

ALL_POSITIVE = NUMERIC_DAYS + SPELLED_DAYS + MONTHS_YEARS + RANGES + PART_OF_DAY_TIME_WEEKDAY + LUNAR


@pytest.mark.parametrize("sentence,expected", ALL_POSITIVE)
def test_positive_forms(sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize("sentence", [s for s, _ in LUNAR])
def test_lunar_calendar(sentence):
    assert [d.calendar for d in dates(sentence)] == ["lunar"]


# --- fields besides value and part_of_day -----------------------------------------------------

FIELDS = [
    ("Cuộc họp bắt đầu lúc 14h30 ngày 5/3.", {"time": "14:30", "granularity": "day"}),
    ("Đến 16h chiều cùng ngày (10/2), các em đã ổn.", {"time": "16:00"}),
    ("Khoảng 4 giờ chiều 5/3, xe bị lật.", {"time": "16:00", "part_of_day": "afternoon"}),
    ("Thứ Hai (24/9), trường khai giảng.", {"weekday": 1}),
    ("Chủ nhật, 5/3, trời nắng nhẹ.", {"weekday": 7}),
    ("Sáng thứ Bảy 8/4, đoàn lên đường.", {"weekday": 6, "part_of_day": "morning"}),
    ("Dự án khởi công cuối tháng 3/2021.", {"modifier": "late", "granularity": "month"}),
    ("Giá tăng từ đầu năm 2017.", {"modifier": "early", "granularity": "year"}),
    ("Sự kiện dự kiến vào giữa tháng 7.", {"modifier": "mid"}),
    ("Trong 6 tháng đầu năm 2017, xuất khẩu tăng.", {"modifier": "first_half"}),
    ("Kết quả công bố trung tuần tháng 6.", {"modifier": "mid"}),
    ("Tỉnh sơ kết 5 năm (2013-2018) thực hiện nghị quyết.", {"granularity": "range"}),
    ("Lợi nhuận sẽ hạch toán trong quý I/2017.", {"granularity": "quarter"}),
    ("Ông được bầu vào năm 2013.", {"granularity": "year", "calendar": "gregorian"}),
    ("Ngày 24/9, hội nghị khai mạc.", {"relative": False, "year_inferred": False, "resolved": None}),
]


@pytest.mark.parametrize("sentence,fields", FIELDS)
def test_fields(sentence, fields):
    found = dates(sentence)
    assert len(found) == 1
    for name, value in fields.items():
        assert getattr(found[0], name) == value, name


# --- lists of days: one mention per day, the month shared ------------------------------------

LISTS = [
    ("Trường nghỉ học các ngày 16, 17 và 18/8.",
     [("ngày 16", "XXXX-08-16"), ("17", "XXXX-08-17"), ("18/8", "XXXX-08-18")]),
    ("Hội nghị họp ngày 9 và 10-4.", [("ngày 9", "XXXX-04-09"), ("10-4", "XXXX-04-10")]),
    ("Đội tuyển thi đấu vào ngày 3/6, 7/6 và 11/6.",
     [("ngày 3/6", "XXXX-06-03"), ("7/6", "XXXX-06-07"), ("11/6", "XXXX-06-11")]),
    ("Ông bay vào vũ trụ trong các năm 1969, 1977 và 1980.",
     [("1969", "1969"), ("1977", "1977"), ("1980", "1980")]),
    ("Lễ hội diễn ra hai ngày mồng 8 và mùng 9/2.", [("mồng 8", "XXXX-02-08"), ("mùng 9/2", "XXXX-02-09")]),
    # the year written once for the list is shared by its days
    ("Hội nghị họp ngày 26 và 27 tháng 11 năm 2015 tại Đà Nẵng.",
     [("ngày 26", "2015-11-26"), ("27 tháng 11 năm 2015", "2015-11-27")]),
    # no "ngày": three or more days in order, or a date word / bracket before the first
    ("Ban tổ chức chọn 12, 14 và 19/9 làm ngày thi đấu.",
     [("12", "XXXX-09-12"), ("14", "XXXX-09-14"), ("19/9", "XXXX-09-19")]),
    ("Phiên tòa kéo dài bốn buổi (3, 5, 8 và 9/10), nhiều tình tiết mới.",
     [("3", "XXXX-10-03"), ("5", "XXXX-10-05"), ("8", "XXXX-10-08"), ("9/10", "XXXX-10-09")]),
    ("Lịch nghỉ dự kiến từ 7 và 8/3 tới.", [("7", "XXXX-03-07"), ("8/3", "XXXX-03-08")]),
    # a range among the days: "ngày 20 đến 23 và 27-7"
    ("Hội chợ mở cửa ngày 11 đến 14 và 18-5 ở quảng trường.",
     [("ngày 11 đến 14", "XXXX-05-11/XXXX-05-14"), ("18-5", "XXXX-05-18")]),
]


@pytest.mark.parametrize("sentence,expected", LISTS)
def test_lists(sentence, expected):
    assert [(d.text, d.value) for d in dates(sentence)] == expected


# --- not dates: each must stay silent -----------------------------------------------------------

NEGATIVES = [
    "Ông đã công tác 5 năm ở huyện.",  # duration
    "Sau 71 năm, ngôi trường vẫn đứng vững.",  # duration
    "Khóa học kéo dài 3 tháng.",  # duration
    "Cụ bà năm nay 95 tuổi.",  # age
    "Đội khách thắng 2-1 trên sân nhà.",  # score
    "Hai đội hòa 1-1 sau 90 phút.",  # score
    "Tỷ số 3-1 giữ nguyên đến hết trận.",  # score
    "Chỉ 1/2 số hộ có nước sạch.",  # fraction
    "Khoảng 3/4 số xã đạt chuẩn nông thôn mới.",  # fraction
    "Lượng khách chỉ bằng 1/3 năm trước.",  # fraction
    "Nghị định 01/2021/NĐ-CP quy định chi tiết.",  # document symbol
    "Nghị quyết 25-NQ/TW của Bộ Chính trị.",  # document symbol
    "Quyết định 123/QĐ-TTg đã được ký.",  # document symbol
    "Thông tư 04/2015 hướng dẫn thi hành.",  # partial symbol
    "Gia đình ở số 12/3 đường Lê Lợi.",  # address
    "Quán nằm trong hẻm 45/7 Nguyễn Trãi.",  # address
    "Liên hệ số điện thoại 0913.12.3456 để được tư vấn.",  # phone
    "Đường dây nóng 1900-2020 hoạt động suốt ngày đêm.",  # phone / hotline
    "Máy bay F-16 bay qua khu vực.",  # model number
    "Số ca mắc COVID-19 tăng nhanh.",  # disease name
    "Tiêm kích Su-34 tham gia diễn tập.",  # model number
    "Biểu mẫu ghi ngày 31/2 là không hợp lệ.",  # impossible date
    "Con số 45/13 không phải ngày tháng.",  # impossible date
    "Xem trang 12/40 của tài liệu.",  # page of pages
    "Khu phố này thay đổi nhiều từ những năm 1990.",  # decade
    "Thế kỷ XX chứng kiến nhiều biến động.",  # century
    "Hôm qua trời mưa to.",  # relative, no doc_date
    "Sáng nay đoàn đã về tới.",  # relative, no doc_date
    "Tuần tới sẽ có kết quả.",  # relative, no doc_date
    "Năm ngoái doanh thu giảm.",  # relative, no doc_date
    "Lúc 8h, xe xuất phát.",  # time alone
    "Mẫu Camry 2018 có gói an toàn mới.",  # product name with a year
    "Đội tuyển chuẩn bị cho SEA Games 2017.",  # event name with a year
    "Cửa hàng phục vụ 24/7 kể cả ngày lễ.",  # around the clock
    "Giá vé giảm từ 1-4 triệu đồng.",  # a range of amounts
    "Nhiệt độ phổ biến 32-33 độ.",  # temperatures
    "Sơ đồ chiến thuật (4-5-1) được áp dụng.",  # football formation
    "Đội bóng đã thắng 16/17 trận gần nhất.",  # results count
    "Lớp 12/3 có 40 học sinh.",  # class name
    "Đội tuyển vào vòng 1/8.",  # round of 16
    "Mỗi tháng 2 lần, đoàn kiểm tra.",  # frequency
    "Trong hai tháng hai ngày, anh nằm viện.",  # a count of months
    "Cứ 2-3 tháng 1 lần, bệnh nhân tái khám.",  # a count of months, not "2-3 January"
    "Ngày 20 hằng tháng, công ty trả lương.",  # recurring day
    "Anh nhập viện lần thứ 2 năm 2017.",  # ordinal, still a year
]


@pytest.mark.parametrize("sentence", NEGATIVES[:-1])
def test_not_dates(sentence):
    assert triples(sentence) == []


def test_ordinal_is_not_a_weekday():
    assert triples(NEGATIVES[-1]) == [("năm 2017", "2017", None)]


# --- tricky sentences (own wording, patterns seen in news) --------------------------------------

TRICKY = [
    # a date next to a document symbol: the symbol stays silent, the date is found
    ("Theo Nghị định 109/2005/NĐ-CP ngày 24-8-2005 của Chính phủ.", [("ngày 24-8-2005", "2005-08-24", None)]),
    # modifiers stay out of the span
    ("Cuối tháng 3/2021 vừa qua, quận đã xử lý.", [("tháng 3/2021", "2021-03", None)]),
    ("Dự án dự kiến bắt đầu từ cuối năm 2018.", [("năm 2018", "2018", None)]),
    # "tới" / "vừa qua" after the date are not part of it
    ("Các bộ hoàn thành trước ngày 30/6 tới.", [("ngày 30/6", "XXXX-06-30", None)]),
    # a time stamp before a date
    ("Cập nhật 19:50 ngày 19/06/2017 về tình hình mưa.", [("19:50 ngày 19/06/2017", "2017-06-19", None)]),
    # the date in brackets after a relative word is the mention
    ("Chiều nay (24/4), ngân hàng công bố lãi suất.", [("Chiều nay (24/4)", "XXXX-04-24", "afternoon")]),
    ("Sự việc xảy ra hôm qua (30/9) tại chợ.", [("hôm qua (30/9)", "XXXX-09-30", None)]),
    # a weekday after "ngày" and a clock time
    ("Anh về nhà lúc 5h30 sáng ngày Chủ nhật (1/8).", [("lúc 5h30 sáng ngày Chủ nhật (1/8)", "XXXX-08-01", "morning")]),
    # holidays introduce bare dates
    ("Trẻ em vui Tết Thiếu nhi 1/6 tại nhà văn hóa.", [("1/6", "XXXX-06-01", None)]),
    ("Lượng khách tăng dịp nghỉ lễ 30/4 và 1/5.", [("30/4", "XXXX-04-30", None), ("1/5", "XXXX-05-01", None)]),
    # a stock session date
    ("Cổ phiếu tăng trần trong phiên 17/3.", [("17/3", "XXXX-03-17", None)]),
    # birth years written SN
    ("Nghi phạm Trần Văn B. (SN 1986) đã bị bắt.", [("1986", "1986", None)]),
    # a year of the lunar calendar name
    ("Hội xuân Đinh Dậu 2017 thu hút đông người.", [("2017", "2017", None)]),
    # bare year after a time preposition
    ("Mục tiêu đạt được vào 2030 là giảm phát thải.", [("2030", "2030", None)]),
    # a spelled month with a year in the same span
    ("Vụ đảo chính hồi tháng Bảy năm ngoái gây chấn động.", [("tháng Bảy năm ngoái", "XXXX-07", None)]),
    ("Hồi tháng 10 năm ngoái, anh cài ứng dụng.", [("tháng 10 năm ngoái", "XXXX-10", None)]),
    # two-digit day of a range without "ngày" after "từ"
    ("Từ 17 đến 20-3 anh ở nhà.", [("17 đến 20-3", "XXXX-03-17/XXXX-03-20", None)]),
    # a day-month in brackets after a headline
    ("Đại biểu gặp báo chí (25/5) tại hội trường.", [("25/5", "XXXX-05-25", None)]),
    # a part of day on both ends of a range of days
    ("Từ tối 22 đến sáng 24-4, có 2 ca mới.", [("tối 22 đến sáng 24-4", "XXXX-04-22/XXXX-04-24", "evening")]),
    ("Triển lãm mở từ ngày 1 đến hết ngày 5/8 tại nhà văn hóa.",
     [("ngày 1 đến hết ngày 5/8", "XXXX-08-01/XXXX-08-05", None)]),
    # lowercase Tết with a lunar mark
    ("Phi công nhập viện từ mùng 7 tết âm lịch.", [("mùng 7 tết âm lịch", "XXXX-01-07", None)]),
]


@pytest.mark.parametrize("sentence,expected", TRICKY)
def test_tricky(sentence, expected):
    assert triples(sentence) == expected


# --- doc_date: years filled, relative expressions ------------------------------------------------

RESOLVE = [
    # news reports the recent past
    ("Ngày 24/9, hội nghị khai mạc.", "2018-09-25", "2018-09-24"),
    ("Ngày 28/12, đoàn về nước.", "2019-01-03", "2018-12-28"),
    # "tới": the coming date
    ("Trận đấu diễn ra vào ngày 5/1 tới.", "2018-12-28", "2019-01-05"),
    # a written weekday picks the year where it fits (24/9/2018 was a Monday)
    ("Thứ Hai (24/9), trường khai giảng.", "2019-03-01", "2018-09-24"),
    ("Quỹ dự kiến giải ngân trong quý IV năm nay.", "2019-01-03", "2019-Q4"),
    ("Hồi tháng 10 năm ngoái, anh cài ứng dụng.", "2019-01-03", "2018-10"),
    ("Hội chợ diễn ra từ ngày 1 đến 5/8 tại Cần Thơ.", "2017-08-10", "2017-08-01/2017-08-05"),
    ("Kỳ nghỉ từ 20/12 đến 5/1.", "2018-01-10", "2017-12-20/2018-01-05"),
    ("Quyết định có hiệu lực từ ngày 24/9/2018.", "2020-01-01", "2018-09-24"),
]


RESOLVE_EDGES = [
    # a document date in year 1 or 9999: the year that fits is used, one outside 1-9999 is not
    ("Ngày 24/9, hội nghị khai mạc.", "0001-01-01", "XXXX-09-24", "0001-09-24"),
    ("Ngày 2/1, hội nghị khai mạc.", "9999-12-31", "XXXX-01-02", "9999-01-02"),
    ("Kỳ nghỉ từ 20/12 đến 5/1.", "0001-01-10", "XXXX-12-20/XXXX-01-05", None),
    ("Hồi tháng 10 năm ngoái, anh cài ứng dụng.", "0001-03-01", "XXXX-10", None),
    ("Quỹ giải ngân trong quý IV năm sau.", "9999-01-03", "XXXX-Q4", None),
]


@pytest.mark.parametrize("sentence,doc_date,value,resolved", RESOLVE_EDGES)
def test_resolved_at_the_ends_of_the_calendar(sentence, doc_date, value, resolved):
    (found,) = [d for d in dates(sentence, doc_date) if not d.relative or "XXXX" in d.value]
    assert (found.value, found.resolved) == (value, resolved)
    assert found.year_inferred == (resolved is not None)


@pytest.mark.parametrize("sentence, doc_date", [
    ("Hôm qua, tuần trước, tháng trước và năm ngoái.", "0001-01-01"),
    ("Ngày mai, tuần sau, tháng sau và năm sau.", "9999-12-31"),
])
def test_relative_beyond_the_calendar_is_left_out(sentence, doc_date):
    assert dates(sentence, doc_date) == []


@pytest.mark.parametrize("sentence,doc_date,resolved", RESOLVE)
def test_resolved(sentence, doc_date, resolved):
    found = [d for d in dates(sentence, doc_date) if not d.relative or d.value]
    assert found[0].resolved == resolved
    assert found[0].year_inferred == ("XXXX" in found[0].value)


def test_value_keeps_unknown_year_with_doc_date():
    (found,) = dates("Ngày 24/9, hội nghị khai mạc.", "2018-09-25")
    assert found.value == "XXXX-09-24"


RELATIVE = [
    ("Hôm qua trời mưa to.", "2018-09-25", [("Hôm qua", "2018-09-24", None, "day")]),
    ("Sáng nay đoàn đã về tới.", "2018-09-25", [("Sáng nay", "2018-09-25", "morning", "day")]),
    ("Năm ngoái doanh thu giảm.", "2018-09-25", [("Năm ngoái", "2017", None, "year")]),
    ("Tháng tới giá điện tăng.", "2018-12-25", [("Tháng tới", "2019-01", None, "month")]),
    ("Ngày 24/9, tỉnh họp; chiều cùng ngày đoàn về.", "2018-09-25",
     [("Ngày 24/9", "XXXX-09-24", None, "day"), ("chiều cùng ngày", "2018-09-24", "afternoon", "day")]),
]


@pytest.mark.parametrize("sentence,doc_date,expected", RELATIVE)
def test_relative_only_with_doc_date(sentence, doc_date, expected):
    found = dates(sentence, doc_date)
    assert [(d.text, d.value, d.part_of_day, d.granularity) for d in found] == expected
    assert all(d.relative for d in found if d.value[:4] != "XXXX")
    assert len(dates(sentence)) == len([e for e in expected if e[1].startswith("XXXX")])


def test_five_years_ago_is_not_last_year():
    assert dates("Cách đây 5 năm trước, nơi này còn hoang vu.", "2018-09-25") == []


# --- offsets on the caller's original string ---------------------------------------------------

def test_offsets_on_unnormalised_text():
    text = "Sa\u0301ng\u00a024/9, ho\u0300a gia\u0309i. Chiều\u00a027/7 ho\u0323p."
    found = dates(text)
    assert [d.part_of_day for d in found] == ["morning", "afternoon"]
    for d in found:
        assert text[d.start:d.end] == d.text
    assert unicodedata.normalize("NFC", found[0].text).replace("\u00a0", " ") == "Sáng 24/9"


def test_roundtrip_json():
    (found,) = dates("Lúc 14h30 thứ Hai (24/9), trường khai giảng.", "2018-09-25")
    again = type(found).from_json(found.to_json())
    assert again == found


# --- bugs caught while building the recogniser -------------------------------------------------

BUGS_CAUGHT = [
    # "trong ngày" was read as a relative prefix and put into the span
    ("Chỉ riêng trong ngày 28/4, có thêm 50 ca.", [("ngày 28/4", "XXXX-04-28", None)]),
    # "lần thứ 2 năm 2017": the ordinal was taken as Monday in front of a year
    ("Giải đấu lần thứ 2 năm 2017 thành công.", [("năm 2017", "2017", None)]),
    # "lần thứ 2, ngày 5/3": the ordinal was taken as a weekday of the date
    ("Hội nghị lần thứ 2, ngày 5/3, bế mạc.", [("ngày 5/3", "XXXX-03-05", None)]),
    # the word after a month was read across a full stop ("tháng 6. Người ..." looked like a count)
    ("Ngày nộp hồ sơ là tuần đầu tiên của tháng 6. Người đứng tên ký.", [("tháng 6", "XXXX-06", None)]),
    # the same for a year range before "Đồng chí"
    ("Ông là Chủ tịch nhiệm kỳ 2014-2019. Đồng chí phát biểu.", [("2014-2019", "2014/2019", None)]),
    # a range joined by "-" right after a date: the second half was refused by the start check
    ("Dự báo tuần mới 10/07 -16/07/2017 cho 12 con giáp.", [("10/07 -16/07/2017", "2017-07-10/2017-07-16", None)]),
    # "29/6-1/7" was refused because "-" + digit after a date looked like a symbol
    ("Nhận hồ sơ ngày 29/6-1/7 tại phòng.", [("ngày 29/6-1/7", "XXXX-06-29/XXXX-07-01", None)]),
    # a score in brackets was taken as a date
    ("Đội nhà thắng ngược (2-1) trước đối thủ.", []),
    # "tháng 10 năm ngoái" was refused because "năm" after a month looked like a count
    ("Hồi tháng 10 năm ngoái, anh cài ứng dụng.", [("tháng 10 năm ngoái", "XXXX-10", None)]),
    # 29/2 of a non-leap year is not a date; of a leap year it is
    ("Nghị định ban hành ngày 29/2/2006.", []),
    ("Nghị định ban hành ngày 29/2/2008.", [("ngày 29/2/2008", "2008-02-29", None)]),
    # a bracket before "ngày" is not part of the span
    ("Kỷ niệm Ngày Thương binh (ngày 27/7) được tổ chức.", [("ngày 27/7", "XXXX-07-27", None)]),
    # the second item of a list with its own trigger
    ("Trong 2 ngày, mồng 8 và mùng 9/2, lễ hội diễn ra.",
     [("mồng 8", "XXXX-02-08", None), ("mùng 9/2", "XXXX-02-09", None)]),
    # a list connector "-" read two dates "ngày 4-7 và ngày 5-7" as the range 4..7 July
    ("Hai bên hội đàm vào ngày 4-7 và ngày 5-7.", [("ngày 4-7", "XXXX-07-04", None), ("ngày 5-7", "XXXX-07-05", None)]),
]


# --- generalisation audit (fresh corpus articles, 2026-11) --------------------------------------

AUDIT = [
    # two-digit end year of a season / period: "mùa giải 2016-17", "1992-94", "2018/19"
    ("Anh ghi 20 bàn ở mùa giải 2014-15 và 18 bàn mùa 2015/16.",
     [("2014-15", "2014/2015", None), ("2015/16", "2015/2016", None)]),
    ("Ông dẫn dắt đội tuyển hai lần, giai đoạn 1996-98 và 2008-10.",
     [("1996-98", "1996/1998", None), ("2008-10", "2008/2010", None)]),
    ("Niên khóa 1999-00 có nhiều thay đổi.", [("1999-00", "1999/2000", None)]),
    # "những năm 2010 - 2011" are two years, not decades
    ("Phim thần tượng thịnh hành những năm 2010 - 2011.", [("năm 2010 - 2011", "2010/2011", None)]),
    # a function word glued to the date by a lost space (crawl text)
    ("Văn bản ký ngày 12 tháng 03năm 2019của Sở Tài chính.", [("ngày 12 tháng 03năm 2019", "2019-03-12", None)]),
    ("Chị về nước ngày 3/5/2021và được cách ly ngay.", [("ngày 3/5/2021", "2021-05-03", None)]),
    # a heading date before a colon, a zero-padded bare date, "tỷ giá" is not "tỷ"
    ("Bản tin giá vàng 8/8: Thị trường lặng sóng.", [("8/8", "XXXX-08-08", None)]),
    ("17/03 Công ty chốt quyền nhận cổ tức.", [("17/03", "XXXX-03-17", None)]),
    ("Thị trường phiên 12/9 tỷ giá trung tâm đi ngang.", [("12/9", "XXXX-09-12", None)]),
    # a bracketed pair of days with a spelled month: "Hạ chí (21-22 tháng 6)"
    ("Tiết Hạ chí (21-22 tháng 6) là ngày dài nhất.", [("21-22 tháng 6", "XXXX-06-21/XXXX-06-22", None)]),
    # a bare year after a season word: "mùa lễ hội 2018", "mùa tuyển sinh 2020"
    ("Bước vào mùa tuyển sinh 2020, các trường đều tăng chỉ tiêu.", [("2020", "2020", None)]),
]

AUDIT_NEGATIVE = [
    "Khán giả của những năm 1960-70 vẫn nhớ giọng hát ấy.",   # decades written as a range
    "Tỷ số chung cuộc 2019-18 điểm nghiêng về đội khách.",    # not an ordered pair of years
    "Tỷ lệ 2/3: quá nửa số hộ đồng ý.",                       # a fraction before a colon
    "Bộ đôi ghi 2, 3 và 4/5 số bàn của đội.",                 # small numbers before a fraction
    "Anh chạy 2000m mỗi sáng.",                               # a unit glued to a number
]


@pytest.mark.parametrize("sentence,expected", AUDIT)
def test_audit_forms(sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize("sentence", AUDIT_NEGATIVE)
def test_audit_negatives(sentence):
    assert dates(sentence) == []


@pytest.mark.parametrize("sentence,expected", BUGS_CAUGHT)
def test_bugs_caught(sentence, expected):
    assert triples(sentence) == expected


def test_core_prescan_misses_no_case_variant():
    """Every character the case-insensitive core pattern takes for a letter of a core word
    ("tháng", "quý" ...) case-folds to that letter: the pre-scan of the case-folded text misses
    no core (a text whose folding changes length is searched the plain way)."""
    import regex

    from vnextract import dates
    words = (dates._CORE_WORDS + dates._DAY_WORDS + dates._LIST_TRIGGERS + dates._month_starts()
             + dates._modifier_ends() + (dates._ROMAN_START, "v"))
    letters = {c for w in words for c in w}
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    cls = regex.compile("[" + regex.escape("".join(sorted(letters))) + "]", regex.IGNORECASE)
    for c in set(cls.findall(everything)):
        folded = c.casefold()
        assert len(folded) != 1 or any(
            x == folded for x in letters if regex.fullmatch(regex.escape(x), c, regex.IGNORECASE)), c


@pytest.mark.parametrize("text", [
    "Ngày 24/9/2018, THÁNG 6/2013, Quý I/2017, Q1/2017, q1/2017, rằm tháng Giêng, năm 2013-2018.",
    "Số 123456/2019, 20191/2020, 1234567 ngày 5/6, tháng5/2020, Năm2019 và 16, 17 và 18/8.",
    "Straße 24/9/2018 (folding changes the length)",
    "Ngày ２４/9 và ٢٤/9/2018 (other digits)",
    "Từ 1 đến 5/8, 10 ĐẾN 13-3, 2 tới 4/5, 16 , 17 và 18/8, 5 TẾT, 30 tết, 13 Tháng 6, 1 - 5/8, 24 .9, 2016 - 17.",
    "12 người, 123/2019, 01234/5, 2018, 20189/3, 1\t/2, 7\u2003tháng 3, 3,5 tỷ, 5.000, 1.1.2020",
    # what the pre-scan asks after a number or core word
    "tháng Giêng, THÁNG CHẠP, tháng Mười Một, tháng cả nước, quý iv, QUÝ 4, quý V, quý sau, rằm tháng Giêng, "
    "năm 1499, năm 1500, năm 2099, năm 2100, NĂM 2020, năm nay, Q1/2020, Q5/2020, q1-2020, Q1/20",
    "5, ngày 6 và 7/8; 5, MÙNG 6; 1,7 triệu; 12,5 tỷ; 3 ,4 và 5/6; 3 , 4, 5 ĐẾN 7/8; 4 VÀ 5/6; 4 tới 7/8",
    "24/ 9, 24 /9, 24.9, 24.09.2018, 24.099, 9/2020, 9/20201, 9-2020, 1- 28/10, 1 -28/10, 0/2020, 00/12",
    "1499-1500, 2099, 2100, 1500, 15000, 2020/21, ngày 1\u0663/9, năm 20\u0662\u0660, 5, 1\u0663 và 14/9",
    "_24/9, a24/9, 5/24/9, 5-24/9, 5.tháng 6, 2020tháng 6, x năm 2020, xquý I, Ngày24/9",
])
def test_core_search_equals_a_plain_search(text):
    from vnextract import dates
    core_pattern = dates._scanners()[0]
    search = dates._core_search(text, core_pattern)
    for pos in range(len(text) + 1):
        plain = core_pattern.search(text, pos)
        fast = search(pos)
        assert (fast.span() if fast else None) == (plain.span() if plain else None), pos


def test_prefix_test_lets_every_prefix_through():
    """``_prefix_may_end`` says no only where the reverse prefix pattern finds no prefix."""
    from vnextract import dates
    from vnextract.text import casefolded
    _, prefix_reverse, _ = dates._scanners()
    words = [w for kind in ("trigger", "weekday", "pod", "rel_pod", "rel_day", "time_lead")
             for w, _, _ in dates._words()[kind]]
    leads = words + [w.upper() for w in words] + [w.capitalize() for w in words] + [
        "9h", "9 giờ 30 phút", "14h30p", "9h30'", "9:30", "lúc 9 G", "(", "((", "thứ 2", "sáng thứ Hai (",
        "ngày", "hôm", "x", "trong", "đến", ".", ":", "-", "\"", "“", "’", "2", "²", "\u0663", "ngày\u0301"]
    for lead in leads:
        for gap in ("", " ", ", ", " ,  ", "\n", "\t ,"):
            for before in ("", "Vào ", "xx", "5 "):
                text = before + lead + gap + "24/9 và tháng 6"
                start = len(before + lead + gap)
                folded = casefolded(text)
                for low in (0, max(0, start - 3)):
                    found = prefix_reverse.match(text, low, start)
                    if found is not None and found.start() < start:
                        assert dates._prefix_may_end(folded, low, start), (text, low)


def test_words_before_reads_backwards_as_findall_forwards():
    import regex

    from vnextract import dates
    word = regex.compile(r"[\p{L}\p{N}]+|[(%]")
    text = "Sáng 24/9 (thứ Hai), tăng 5% so với năm 2019; ông Nguyễn Văn A—chủ tịch—nói: “ngày 1-5”. x"
    for pos in range(len(text) + 1):
        for n in (1, 2, 3):
            assert dates._words_before(text, pos, n) == word.findall(text, max(0, pos - 40), pos)[-n:]


def test_digits_python_cannot_read_are_no_date():
    """Digits of scripts newer than Python's Unicode data (beyond the BMP) are not read as a
    date (``int()`` cannot read them); other digits are read as the ``regex`` module reads them."""
    assert EXTRACTOR.extract("năm 20\U00011f50\U00011f51 và ngày 1\U00011f50/9").dates == []
    assert [d.value for d in EXTRACTOR.extract("năm 20\u0662\u0660 tới").dates] == ["2020"]


def test_guard_holds_after_every_guard_free_character():
    from vnextract import dates
    guard = dates._scanners()[2]
    assert guard.match("24/9", 0)
    for c in dates._GUARD_FREE - {""}:
        for before in ("", "a", "5", "/", "5/", "a-"):
            text = before + c + "24/9"
            assert guard.match(text, len(before) + 1), repr(text)
