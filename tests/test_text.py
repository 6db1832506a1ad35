import unicodedata

import pytest

from vnextract.text import NormText, split_sentences


@pytest.mark.parametrize("original, normalised", [
    ("Tỉnh ủy Bình Dương", "Tỉnh ủy Bình Dương"),                      # already clean: identity
    ("Tỉnh uỷ Bình Dương", "Tỉnh ủy Bình Dương"),                      # old tone placement
    ("Ủy ban hoà giải, khoá XI", "Ủy ban hòa giải, khóa XI"),
    ("quý I/2017", "quý I/2017"),                                       # "quý" keeps its tone
    ("hoàng thuỷ", "hoàng thủy"),                                       # closed syllable untouched
    ("Nghị định 100/2019/NÐ-CP", "Nghị định 100/2019/NĐ-CP"),          # U+00D0 look-alike
    ("ngày\u00a024/9", "ngày 24/9"),                                    # NBSP
    ("Bình\u200b Dương", "Bình Dương"),                                 # zero-width space dropped
    ("2013\u20132018", "2013-2018"),                                    # en dash
    (unicodedata.normalize("NFD", "Phạm Văn Cành"), "Phạm Văn Cành"),   # NFD input
])
def test_normalisation(original, normalised):
    assert NormText(original).text == normalised


@pytest.mark.parametrize("original, word", [
    (unicodedata.normalize("NFD", "Ông Phạm Văn Cành phát biểu"), unicodedata.normalize("NFD", "Phạm Văn Cành")),
    ("Ông\u200b Phạm\u00a0Văn Cành 😀 phát biểu", "Phạm\u00a0Văn Cành"),
    ("x\u200b\u200bTỉnh uỷ Bình Dương", "Tỉnh uỷ Bình Dương"),
])
def test_span_maps_back_to_original(original, word):
    norm = NormText(original)
    target = unicodedata.normalize("NFC", word).replace("\u00a0", " ").replace("uỷ", "ủy")
    start = norm.text.index(target)
    ostart, oend = norm.span(start, start + len(target))
    assert original[ostart:oend] == word


def test_span_of_empty_and_end():
    norm = NormText(unicodedata.normalize("NFD", "Hà Nội"))
    assert norm.span(len(norm.text), len(norm.text)) == (len(norm.original), len(norm.original))


@pytest.mark.parametrize("text, expected", [
    ("Ông A nói. Bà B nghe.", ["Ông A nói.", "Bà B nghe."]),
    ("Tại TP. Hồ Chí Minh, trời mưa. Sáng nay nắng.", ["Tại TP. Hồ Chí Minh, trời mưa.", "Sáng nay nắng."]),
    ("PGS.TS. Nguyễn Văn An phát biểu.", ["PGS.TS. Nguyễn Văn An phát biểu."]),
    ("Tác giả N.V.A viết. Xong.", ["Tác giả N.V.A viết.", "Xong."]),
    ("Dòng một\nDòng hai\n\n", ["Dòng một", "Dòng hai"]),
    ("Giá 3.5 triệu đồng.", ["Giá 3.5 triệu đồng."]),
    ("Ông sinh ngày 31/7/1980.Ông nhập ngũ năm 1998.", ["Ông sinh ngày 31/7/1980.", "Ông nhập ngũ năm 1998."]),
    ("Tại TP.Hồ Chí Minh và Tp.Huế.", ["Tại TP.Hồ Chí Minh và Tp.Huế."]),
    ("Xem baomoi.com hôm nay.", ["Xem baomoi.com hôm nay."]),
    ("", []),
    ("   \n  ", []),
])
def test_sentences(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@pytest.mark.parametrize("original", [
    unicodedata.normalize("NFD", "Ông Phạm Văn Cành, Chủ tịch UBND tỉnh"),
    "Ông\u200b\u200b Phạm Văn Cành, Chủ tịch UBND tỉnh",
    "Ông Phạm Văn Cành, Chủ tịch UBND tỉnh",
])
def test_to_norm_inverts_span(original):
    norm = NormText(original)
    start = norm.text.index("Phạm")
    end = norm.text.index(",")
    assert norm.to_norm(*norm.span(start, end)) == (start, end)


@pytest.mark.parametrize("original", [
    "Tỉnh uỷ\u200b Bình Dương \u212b \u2126 ÐÐ",            # dropped character, singletons, look-alikes
    unicodedata.normalize("NFD", "Phạm Văn Cành nhận Bằng khen"),
    "\u200b\u0301abc",                                      # a mark after a dropped character
    "a\u0301\u200b\u0301",
])
def test_bug_slow_path_maps_every_character(original):
    """Bug caught: the slow path (NFD, zero-width) handled every character in Python, so one
    zero-width space made a 6 MB text take 10 s; it now copies regular stretches whole."""
    norm = NormText(original)
    assert unicodedata.is_normalized("NFC", norm.text) or "\u0301" in norm.text[:1]
    for i in range(len(norm.text)):
        a, b = norm.span(i, i + 1)
        assert 0 <= a < b <= len(original)
    assert norm.span(0, len(norm.text)) == (0, len(original)) or original[0] == "\u200b"


def test_literal_scan_finds_what_an_alternation_finds():
    import re

    from vnextract.text import literal_scan
    entries = ["tổng", "thủ", "thứ", "thư", "thường", "t", "ab", "a.b", "a(b"]
    text = "tổng thư ký thường trực thủ tướng t a.b a(b ab axb thứ"
    flat = re.compile("|".join(re.escape(e) for e in sorted(entries, key=len, reverse=True)))
    scan = literal_scan(entries)
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in flat.finditer(text)]


@pytest.mark.parametrize("text", [
    "hoà thuỷ Quý quà, HOÀ HOÀN toàn uỷ-ban oà hoà\u0301 khoẻ Thuỵ Điển xoè, hoạt toạ",
    "không có gì",
])
def test_retone_equals_a_plain_substitution(text):
    from vnextract import text as text_module
    assert text_module._retone(text) == text_module._OLD_TONE.sub(text_module._new_tone, text)


def _sentences_by_lookbehind_first_pattern(text):
    """The sentence splitter as first written (each branch of the break pattern starts with its
    checks of the text before; the spans stripped with ``str.strip``): the reference."""
    import regex

    from vnextract import lexicon
    no_split = "|".join(regex.escape(a) for a in sorted(lexicon.words("abbreviations"), key=len, reverse=True))
    pattern = regex.compile(
        r"(?<!(?:^|[\s(])(?:" + no_split + r"))(?<!\b\p{Lu})[.!?…]+[\"”’)\]]*(?=\s+[\p{Lu}\d\"“‘(\-])"
        r"|(?<=[\p{Ll}\d]{2})[.!?]+(?=\p{Lu}\p{Ll})|\n+")
    spans, start = [], 0
    for match in pattern.finditer(text):
        end = match.end() if match.group(0)[0] != "\n" else match.start()
        piece = text[start:end]
        if piece.strip():
            spans.append((start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())))
        start = match.end()
    piece = text[start:]
    if piece.strip():
        spans.append((start + len(piece) - len(piece.lstrip()), len(text) - len(piece) + len(piece.rstrip())))
    return spans


@pytest.mark.parametrize("text", [
    "", " ", "\n\n", "Một. Hai", "TP. Hồ Chí Minh. Ông A đến.", "TP..Hà Nội", "A.. B", "x TP.. B", "năm 1980.Ông",
    "ab.?.Xy", "ab…X", "(TP. HCM) Ông", "PGS.TS. Nguyễn", "Q. 1", "ông A. B", "Ab. Cd!  \n  Ef?” Gh", "a.\u2003B",
    "1.000 tỷ. 2.000 tỷ.", " \u3000 x \t\n y \x1c", "Nó nói: “Xong.” Rồi đi. (Ảnh) -Tin", "a!?!B c", "v.v. Sau",
    # runs of marks (each run is now matched from its first mark only, and read once)
    "." * 500, "." * 500 + " Ông", "Xong" + "!" * 300 + " Hai", "TP" + "." * 40 + " Hà", "TP. . Hà", "H.. An",
    "…" * 200 + "\n" + "?" * 200, ".!?…" * 50 + " X", ".”)" * 60 + " Y", "năm 1980" + "." * 80 + "Ông",
    "năm 1980" + "." * 80 + "…Ông", "PGS.TS" + "." * 5 + " An", "Th.S" + "?" * 3 + " An", "(TP.. HCM) Ông",
])
def test_sentences_equal_the_reference(text):
    assert split_sentences(text) == _sentences_by_lookbehind_first_pattern(text)


def test_text_memo_keeps_answers_per_text_and_empties_when_full():
    from vnextract.text import TextMemo
    memo = TextMemo(texts=2, chars=100)
    a, b, c = "Hà Nội " * 2, "Huế " * 3, "Đà Nẵng"
    memo.of(a)["x"] = 1
    memo.of(b)["x"] = 2
    assert (memo.of(a)["x"], memo.of(b)["x"]) == (1, 2)  # a batch's texts keep their answers
    assert memo.of(a + "") is memo.of(a)
    assert memo.of(c) == {}  # a third text empties the full memo
    assert memo.of(a) == {}
    assert memo.of("".join(["Hà Nội "] * 2)) == {}  # an equal text that is another object: its own
