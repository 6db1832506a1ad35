"""vnextract.words(): underthesea's word segmentation with exact offsets on the caller's text."""
import subprocess
import sys
import unicodedata

import pytest

pytest.importorskip("underthesea")

from vnextract import Word, words  # noqa: E402
from vnextract.words import _fill, _locate  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng Chính phủ phát biểu tại Hà Nội.", ["Thủ tướng", "Chính phủ", "phát biểu", "tại", "Hà Nội", "."]),
    ("Đại hội đại biểu toàn quốc", ["Đại hội", "đại biểu", "toàn quốc"]),
    ("Ngày 24/9, trời mưa.", ["Ngày", "24/9", ",", "trời", "mưa", "."]),
    ("Hà Nội", ["Hà Nội"]),
])
def test_words(text, expected):
    assert [w.text for w in words(text)] == expected


HARD = [
    unicodedata.normalize("NFD", "Tỉnh ủy Bình Dương hoà giải"),  # decomposed accents
    "Bình\u00a0Dương\u200b phát triển",  # NBSP inside a word, zero-width space
    "Ủy ban nhân dân 🎉 tỉnh Bình Dương\r\n\r\nđường dây nóng: 0912.345.678",
    "  dòng 1\n\n   \n dòng 2  ",
    "Ð\u00f0 Ɖ — “cong” «kép» (ngoặc) ... …",
    "a" * 3000 + " Hà Nội",
]


@pytest.mark.parametrize("text", HARD)
def test_offsets_are_exact_and_cover_every_character(text):
    found = words(text)
    assert all(isinstance(w, Word) and text[w.start:w.end] == w.text for w in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))  # in order, no overlap
    covered = {i for w in found for i in range(w.start, w.end)}
    assert all(c.isspace() or unicodedata.category(c) == "Cf" for i, c in enumerate(text) if i not in covered)


def test_empty_and_type_errors():
    assert words("") == [] and words(" \n\t") == []
    with pytest.raises(TypeError):
        words(b"bytes")


# bugs caught
def test_tokens_the_segmenter_rewrote_are_cut_into_syllables():
    # the segmenter gives "Hòa" where the line says "Hoa": that token is not found, the stretch
    # is still covered
    line = "Hoa bình"
    assert _fill(line, _locate(line, ["Hòa", "bình"])) == [(0, 3), (4, 8)]


def test_a_symbol_is_not_glued_to_a_word():
    # the segmenter gave "chào 🎉" as one word
    assert [w.text for w in words("xin chào 🎉")][-1] == "🎉"
    assert _locate("chào 🎉", ["chào 🎉"]) == []


def test_locate_looks_only_nearby():
    line = "x " * 100 + "đích"
    assert _locate(line, ["đích"]) == []  # far ahead: not searched (linear time)


def test_words_is_not_imported_by_extract():
    code = "import sys, vnextract; vnextract.extract('Ngày 1/1/2020'); print('underthesea' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
