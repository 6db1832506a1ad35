"""The speed shortcuts of people.py give the answers of their plain forms (own sentences only)."""
import itertools
import random

import pytest

from vnextract import name_context, people

TEXTS = [
    "TS. Lee Won Hee gặp ông  Nam và bà\t\tHoa, PGS. Kính, Chủ tịch.  Lan, ông    Tư. TS.Hùng ông",
    "ông",
    " ông A",
    "Bác Hồ. Ông\tBa và Thủ tướng . X",
    "đ/c Nguyễn Văn A và Bộ trưởng. Hà, TS.  B",
    "ThS. Nguyễn ThS.\tA GS.TS. Lê KS. X  ông \t Y",
    "Phó Bí thư Thường trực Tỉnh ủy Nguyễn Văn A nói với anh Ba.",
]


def _random_texts(count=400, seed=7):
    pieces = ["ông", "bà", "TS.", "PGS.", "Chủ tịch", "Nam", ".", "Hà", "ThS.", "anh", "Bộ trưởng", "X.",
              "thường trực", "Phó Thủ tướng", "van", "Lê"]
    gaps = ["", " ", "  ", "\t", "    ", ". ", ", "]
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) + rnd.choice(gaps) for _ in range(12)) for _ in range(count)]


def _walk_back(doc, pos):
    """The plain form of ``immediate_cue``: from ``pos`` back over 1-3 spaces/tabs to a cue's end
    (or to a degree's or dotted honorific's "." after it)."""
    text = doc.text
    p = pos - 1
    if p < 0 or text[p] not in " \t":
        return None
    while p > 0 and text[p - 1] in " \t":
        p -= 1
    if pos - p > 3:
        return None
    cue = doc.cue_end.get(p)
    if cue is None and text[p - 1:p] == ".":  # "TS. Lee Won Hee", "PGS. Kính"
        cue = doc.cue_end.get(p - 1)
        if cue is not None and cue[0] != "degree" and cue[1] not in people._DOTTED_HONORIFICS:
            return None
    return cue


@pytest.mark.parametrize("text", TEXTS + _random_texts())
def test_immediate_cues_is_the_walk_back(text):
    doc = people._Doc(text, [{"start": 0, "end": min(3, len(text))}])
    for pos in range(len(text) + 1):
        assert doc.immediate_cue(pos) == _walk_back(doc, pos), (text, pos)


@pytest.mark.parametrize("text", TEXTS + _random_texts(100, seed=11))
def test_low_between_is_next_low(text):
    doc = people._Doc(text)
    for start, end in itertools.combinations(range(len(text) + 1), 2):
        assert doc.low_between(start, end) == (doc.scan.next_low(start) < end), (text, start, end)


@pytest.mark.parametrize("gap", ["", " ", "  ", "   ", "    ", "\t", " \t", "\n", ". "])
def test_space_only(gap):
    assert people._space_only(gap) == (people._SPACE_ONLY.fullmatch(gap) is not None)


@pytest.mark.parametrize("word", ["VietJet", "TNHH", "Group", "Nam", "Corp", "ABCd", "iPhone", "Hà"])
def test_company_word(word):
    people._rules()
    assert people._company_word(word) == (people._RE_COMPANY.search(word) is not None)


@pytest.mark.parametrize("word", ["Nguyễn", "Nguyen", "Högberg", "Leïla", "Đức", ""])
def test_has_vn_marks(word):
    assert people._has_vn_marks(word) == any(c in name_context.VN_MARKED for c in word)
