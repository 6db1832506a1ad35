"""Every list the code asks for exists, and every list on disk is read (the dateparser lesson).

Static: the name given to each ``lexicon.words/word_set/table/mapping`` call written with a
literal in src/ names a file in data/ (in its group folder). Dynamic: after extracting from the
sentences below, which together reach every recogniser's lists, every file on disk has been read.
"""
import ast
import os
import re

import pytest

import vnextract
from vnextract import gazetteer, lexicon

SRC = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src", "vnextract")
_CALLS = {"words": ".txt", "word_set": ".txt", "table": ".tsv", "mapping": ".tsv"}

# sentences written for this test: between them every component takes the paths that read its lists
SENTENCES = [
    "Trong bộ phim mới, Daniel Harker (Tom Hanks) là một thợ lặn.",
    "Ngày 24/9, ông Nguyễn Văn An, Chủ tịch UBND tỉnh Bình Dương nhận Huân chương Lao động hạng Ba "
    "theo Nghị quyết số 25-NQ/TW.",
    "Sáng 3/10 tại Hà Nội, Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến làm việc với Trường Đại học Y Hà Nội và "
    "Công ty cổ phần Sữa Việt Nam bên bờ sông Hồng, huyện Gia Lâm.",
    "Tổng thống Mỹ Donald Trump gặp Thủ tướng Singapore Lý Hiển Long; hai thầy giáo Trường THPT Chu Văn An "
    "được khen. Anh ấy nói rằng họ đến từ quận Hoàn Kiếm.",
    "Các đại biểu Quốc hội, Ban Chỉ đạo Trung ương và Phó Giám đốc Sở Tư pháp TP.HCM dự họp. Kênh VTC News đưa tin.",
    "Hiệu trưởng Trường THPT Chu Văn An Nguyễn Văn Bình phát biểu. Tổng Bí thư Trường Chinh đến thăm.",
    "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết. Chủ tịch UBND Hà Nội và Giám đốc Công an Hà Giang dự.",
    "Chủ tịch Hồ Chí Minh đọc Tuyên ngôn. Theo TTXVN và trang BMJ Open, ông An nói.",
    "Công an phường Phạm Ngũ Lão cho biết.",
    "Cấm xe đoạn từ Lưu Văn Lang đến Lê Lợi. Nhà sử học nói về từ “Trump” trong sách.",
    "Phim kể về cô bé So Won (Lee Re đóng). Sau khi CEO của Under Amour bình luận, phía Under Amour ra tuyên bố. "
    "Mẫu sedan Subaru Impreza có giá tốt. "
    "Anh Xuân cho biết, Xuân và vợ về quê dịp đầu Xuân.",
    "Tính năng Safety Check sẽ tự động bật khi có thiên tai.",
]


def _literal_names():
    """(file name, where) of every lexicon call with a literal name in src/."""
    found = []
    for module in sorted(os.listdir(SRC)):
        if not module.endswith(".py"):
            continue
        with open(os.path.join(SRC, module), encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "lexicon"
                    and node.func.attr in _CALLS and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.append((node.args[0].value + _CALLS[node.func.attr], f"{module}:{node.lineno}"))
    return found


def test_the_scan_finds_the_calls():
    names = {name for name, _ in _literal_names()}
    assert {"person_cues.tsv", "titles.tsv", "provinces.tsv", "surnames.tsv", "date_words.tsv"} <= names


@pytest.mark.parametrize("name, where", _literal_names())
def test_every_list_the_code_asks_for_exists(name, where):
    assert name in lexicon.available(), f"{where} asks for {name}, which is not in data/"


def test_every_list_on_disk_is_read():
    for text in SENTENCES:
        vnextract.extract(text, doc_date="2018-09-25")
    for group in gazetteer.SURNAME_GROUPS:
        gazetteer.surnames(group)
    unread = sorted(set(lexicon.available()) - lexicon.READ)
    assert unread == [], f"data files no code reads (delete them, or add the sentence that reads them): {unread}"


def test_data_is_grouped_by_component():
    root = lexicon.data_dir()
    assert sorted(n for n in os.listdir(root) if n.endswith((".txt", ".tsv"))) == [], "lists belong in a group folder"
    groups = {os.path.dirname(os.path.relpath(lexicon.path(n), root)) for n in lexicon.available()}
    assert groups == {"awards", "common", "dates", "gazetteer", "legal", "locations", "organizations", "people",
                      "titles"}


def test_a_missing_list_is_a_clear_error():
    with pytest.raises(FileNotFoundError, match="no data file 'no_such_list.txt'"):
        lexicon.words("no_such_list")


def test_every_data_file_has_its_provenance_in_the_readme():
    with open(os.path.join(lexicon.data_dir(), "README.md"), encoding="utf-8") as handle:
        readme = handle.read()
    missing = [n for n in lexicon.available() if not re.search(r"`(\w+/)?" + re.escape(n) + "`", readme)]
    assert missing == []
