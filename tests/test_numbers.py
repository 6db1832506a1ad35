"""vnextract.numbers: Vietnamese number words and digits."""
import pytest

from vnextract.numbers import find_numbers, parse_number, parse_words

CASES = [
    # digits
    ("26", 26), ("04", 4), ("1.234", 1234), ("12.500.000", 12500000), ("2 triệu", 2000000),
    ("1,5 tỷ", 1500000000), ("3 nghìn", 3000), ("500 ngàn", 500000),
    # units and tens
    ("không", 0), ("một", 1), ("năm", 5), ("bảy", 7), ("bẩy", 7), ("mười", 10), ("mười một", 11),
    ("mười lăm", 15), ("mười nhăm", 15), ("mười năm", 15), ("hai mươi", 20), ("hai mươi mốt", 21),
    ("hai mươi một", 21), ("hai mươi sáu", 26), ("bốn mươi tư", 44), ("năm mươi lăm", 55),
    ("chín mươi chín", 99), ("ba chục", 30),
    # hundreds
    ("một trăm", 100), ("một trăm linh năm", 105), ("hai trăm lẻ tư", 204), ("ba trăm mười", 310),
    ("chín trăm chín mươi chín", 999), ("một trăm hai mươi lăm", 125),
    # scales
    ("hai nghìn", 2000), ("hai ngàn", 2000), ("một nghìn không trăm linh năm", 1005),
    ("một trăm nghìn", 100000), ("ba triệu", 3000000), ("một triệu hai trăm nghìn", 1200000),
    ("hai tỷ ba trăm triệu", 2300000000), ("hai tỉ", 2000000000), ("năm vạn", 50000),
    # case does not matter
    ("Hai mươi sáu", 26), ("MƯỜI LĂM", 15),
]


@pytest.mark.parametrize("text,value", CASES)
def test_parse_number(text, value):
    assert parse_number(text) == value


NOT_NUMBERS = ["", "   ", "tư", "lăm", "mốt", "mươi", "một mươi", "nghìn", "triệu", "trăm", "linh năm",
               "hai hai", "năm năm", "hai nghìn ba nghìn", "1,5", "abc", "hai người", "mười mười"]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_a_number(text):
    assert parse_number(text) is None


def test_parse_words_rejects_digits():
    assert parse_words("26") is None


FIND = [
    ("Có hai mươi sáu tập thể và 47 cá nhân", [(3, 15, 26), (27, 29, 47)]),
    ("Tổng cộng 1.234 người", [(10, 15, 1234)]),
    ("Hai đồng chí", [(0, 3, 2)]),
    ("giải tư", []),
    ("Quy mô 1,5 triệu đồng", [(7, 16, 1500000)]),
]


@pytest.mark.parametrize("text,expected", FIND)
def test_find_numbers(text, expected):
    assert find_numbers(text) == expected


# bugs caught while writing the parser
BUGS = [
    ("một mươi", None),          # "mươi" needs a digit >= 2 before it
    ("hai trăm linh", None),     # a dangling filler is not a number
    ("1.234.567", 1234567),      # several thousands groups
    ("10,25 triệu", 10250000),   # decimal comma before a scale word
    ("mười lăm", 15),            # "lăm" only after tens
]


@pytest.mark.parametrize("text,value", BUGS)
def test_bugs_caught(text, value):
    assert parse_number(text) == value
