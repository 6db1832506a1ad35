"""The shared scan of word starts (``organizations.EntityScan.starts``) gives the answers of the
plain scans it replaces: the lower-case entries of the entity scan, and the titles' roles
(sentences written for these tests)."""
import re
import sys

import pytest
import regex

from vnextract import organizations, titles
from vnextract.text import TextMemo

SENTENCES = [
    "Phó Chủ tịch UBND tỉnh, nguyên Bộ trưởng Bộ Y tế; cố Tổng Bí thư; THỦ TƯỚNG Chính phủ.",
    "phó chủ tịch ủy ban nhân dân tỉnh Bình Dương và giám đốc công ty Vinamilk đến châu Âu.",
    "Ông A (thành phố Hà Nội), \"tỉnh Nghệ An\", “huyện Chí Linh”, -quận 1, 'xã Lê Lợi' và ‘thôn Đông’.",
    "tỉnh Bắc Ninh; công ty cổ phần Thành Công. Quận ủy viên, tỉnh ủy viên và thành ủy viên.",
    "Straße: Chủ tịch nước và tổng giám đốc Viettel ở thành phố Hồ Chí Minh",  # folding changes the length
    "İstanbul: Thủ tướng Thổ Nhĩ Kỳ, ÔngChủ tịch, xChủ tịch, _Chủ tịch, 3Chủ tịch",
    "Ủy ban nhân dân huyện Củ Chi\nsở Tài chính\n(bộ Công an) và sông Hồng, miền Trung, biển Đông.",
    "thủ tướng",
    "",
]


def _plain_lower(text):
    scanner = organizations._scanner()
    first = scanner.lower_at_start.match(text)
    found = list(scanner.lower.finditer(text))
    return [m.span(1) for m in ([first, *found] if first is not None else found)]


@pytest.mark.parametrize("text", SENTENCES)
def test_lower_entries_as_the_plain_scan(text, monkeypatch):
    monkeypatch.setattr(organizations, "_WORD_STARTS_MEMO", TextMemo())
    assert [m.span(1) for m in organizations._scanner()._lower_matches(text)] == _plain_lower(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_role_matches_as_the_plain_scan(text, monkeypatch):
    monkeypatch.setattr(organizations, "_WORD_STARTS_MEMO", TextMemo())
    new = [(m.span(), m.groupdict()) for m in titles._role_matches(text)]
    assert new == [(m.span(), m.groupdict()) for m in titles._role_re().finditer(text)]


def test_the_scan_is_kept_for_its_text_only():
    a, b = "tỉnh Nghệ An", "thủ tướng Anh"
    assert organizations.role_starts(a) == []
    assert organizations.role_starts(b) == [0]
    assert organizations.role_starts(a) == []


def test_folded_word_characters_stand_for_letters_and_digits():
    """A character of a case-folded text in ``_FOLDED_WORD_CHARS`` comes only from a letter or a
    digit (the role pattern's \\p{L}\\p{N}): no word begins after it, so the scan of word starts
    misses no role and no lower-case entry (their leading marks are none of these)."""
    word = re.compile("[" + organizations._FOLDED_WORD_CHARS + "]")
    letter_or_digit = regex.compile(r"[\p{L}\p{N}]")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        folded = ch.casefold()
        if len(folded) == 1 and word.match(folded):
            assert letter_or_digit.match(ch), hex(code)
    assert not any(word.match(ch) for ch in organizations.EntityScan._LEAD)


def test_the_blockers_before_a_role_are_tried_only_after_their_words():
    """``find_titles`` asks the "before" pattern of ``titles._blockers`` only where the text ends
    with a word of it and spaces (``titles._blocker_ends``): nowhere else can it match."""
    before, _ = titles._blockers()
    ends = titles._blocker_ends()
    words = {end.rstrip(" \n") for end in ends}
    texts = [prefix + word + spaces + newline + "Giám đốc"
             for word in words for prefix in ("", "x ", "x")
             for spaces in ("", " ", "  ", "   ", "    ") for newline in ("", "\n", "\n\n", " \n")]
    for text in texts:
        for start in range(len(text) + 1):
            if before.search(text, max(0, start - 16), start):
                assert text.endswith(ends, 0, start), (text, start)


@pytest.mark.parametrize("text", [
    "các vị chủ tịch", "các ngài đại sứ", "hai vị  Bộ trưởng", "vị giám đốc", "các vị\nchủ tịch",
    "Các Vị chủ tịch", "quý vị đại biểu", "nhiều vị tổng thống Mỹ", "",
])
def test_the_plural_honorific_is_asked_only_after_its_words(text):
    """``_plural_before`` tries ``_PLURAL_HONORIFIC`` only after "vị" or "ngài"."""
    for start in range(len(text) + 1):
        m = titles._PLURAL_HONORIFIC.search(text, max(0, start - 24), start)
        if m is not None and m.group(1).casefold() in titles._plural_cues() and titles._prev_word(text, start):
            assert titles._plural_before(text, start), (text, start)
