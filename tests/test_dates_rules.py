"""The date rules by name: every rule's own examples are read by that rule, and a table of own
sentences says which rule makes which date (the names ``explain`` shows)."""
import datetime

import pytest

from vnextract import dates
from vnextract.pipeline import Doc, Extractor

EXTRACTOR = Extractor(disable=["legal", "titles", "people", "awards", "link"])


def explained(text, doc_date=None):
    """[(span, rule, evidence)] of the dates of ``text``, in text order."""
    doc = Doc(text, doc_date)
    doc.explaining = True
    for _, component in EXTRACTOR.components:
        component(doc)
    records = sorted(doc.results["dates"], key=lambda r: (r.start, r.end))
    return [(r.text,) + doc._why[id(r)] for r in records]


@pytest.mark.parametrize("rule,example", [(r.name, e) for r in dates._RULES for e in r.examples])
def test_every_example_is_read_by_its_rule(rule, example):
    found = explained(example)
    assert found and found[0][1] == rule, found


def test_rule_names_are_unique_and_keys_are_groups():
    names = [r.name for r in dates._RULES]
    assert len(names) == len(set(names))
    core = dates._scanners()[0]
    assert all(r.key in core.groupindex for r in dates._RULES)


# sentence -> [(span, rule)]
BY_RULE = [
    ("Hội nghị khai mạc ngày 24/9 tại Huế.", [("ngày 24/9", "day/month")]),
    ("Ông sinh ngày 5 tháng 12 năm 1962 tại Long An.", [("ngày 5 tháng 12 năm 1962", "day tháng month")]),
    ("Hội chợ mở cửa từ ngày 3 đến 7/10.", [("ngày 3 đến 7/10", "days sharing a month")]),
    ("Các lớp học ngày 6, 7 và 8/11.", [("ngày 6", "list of days sharing a month"),
                                        ("7", "list of days sharing a month"), ("8/11", "day/month")]),
    ("Số liệu tháng 2-4/2019 tăng đều.", [("tháng 2-4/2019", "months sharing a year")]),
    ("Nhà máy chạy thử từ tháng Mười.", [("tháng Mười", "tháng month")]),
    ("Doanh thu quý III/2020 giảm.", [("quý III/2020", "quý quarter")]),
    ("Lãi Q2/2021 tăng mạnh.", [("Q2/2021", "Q quarter/year")]),
    ("Lễ hội mở vào rằm tháng Giêng.", [("rằm tháng Giêng", "rằm tháng month")]),
    ("Chợ họp đến 28 Tết mới nghỉ.", [("28 Tết", "day Tết")]),
    ("Kế hoạch giai đoạn 2021-2025 đã được duyệt.", [("2021-2025", "year-year range")]),
    ("Trường được thành lập năm 1995.", [("năm 1995", "năm year")]),
    ("Công trình khởi công từ 10/2022.", [("10/2022", "month/year")]),
    ("Mục tiêu đến 2035 là tăng gấp đôi.", [("2035", "year in a year context")]),
    ("Đợt thi kéo dài từ 2/3/2020 đến 9/3/2020.", [("2/3/2020 đến 9/3/2020", "date - date range")]),
]


@pytest.mark.parametrize("sentence,expected", BY_RULE)
def test_rule_of_each_date(sentence, expected):
    assert [(span, rule) for span, rule, _ in explained(sentence)] == expected


# sentence -> (span, rule, evidence) of its one date
EVIDENCE = [
    ("Sáng thứ Hai (24/9), trường khai giảng.", ("Sáng thứ Hai (24/9)", "day/month", {"cue": "thứ Hai"})),
    ("Ngày 24/9, trường khai giảng.", ("Ngày 24/9", "day/month", {"cue": "Ngày"})),
    ("Giá điện giữ nguyên 1/10/2019 - 31/12/2019.",
     ("1/10/2019 - 31/12/2019", "date - date range", {"start": "day/month", "end": "day/month"})),
]


@pytest.mark.parametrize("sentence,expected", EVIDENCE)
def test_evidence(sentence, expected):
    assert explained(sentence) == [expected]


RELATIVE = [
    ("Hôm qua, trời mưa to.", [("Hôm qua", "relative day", {"word": "Hôm qua"})]),
    ("Sáng nay đoàn xuất phát.", [("Sáng nay", "part of day and relative day", {"word": "Sáng nay"})]),
    ("Năm ngoái lợi nhuận tăng.", [("Năm ngoái", "relative period", {"word": "Năm ngoái"})]),
]


@pytest.mark.parametrize("sentence,expected", RELATIVE)
def test_relative_rules(sentence, expected):
    assert explained(sentence, datetime.date(2020, 5, 5)) == expected


def test_no_explanation_unless_asked():
    doc = Doc("Ngày 24/9, trường khai giảng.")
    for _, component in EXTRACTOR.components:
        component(doc)
    assert doc.results["dates"] and not doc._why
