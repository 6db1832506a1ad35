"""Vietnamese words with exact offsets: ``words(text)``.

Vietnamese writes a space between syllables, not between words: "Bình Dương" is one word of two
syllables. ``words()`` asks underthesea's word segmenter (the optional extra
``pip install "vnextract[words]"``) where the words are, and returns them as spans of *your*
string::

    >>> from vnextract import words
    >>> [w.text for w in words("Tỉnh ủy Bình Dương sơ kết.")]     # doctest: +SKIP
    ['Tỉnh ủy', 'Bình Dương', 'sơ kết', '.']

Every ``Word`` has ``text == original[start:end]``, whatever the input (decomposed accents,
NBSP, zero-width characters, emoji): the segmenter reads the library's normalised copy of the text
and its words are mapped back through the same offset map as every mention. Every character that
is not white space belongs to exactly one word; where the segmenter's output cannot be located
(it rewrites some characters) or glues a symbol to a word, the stretch is cut into syllables and
punctuation marks instead.

underthesea is imported on the first call (it takes a second or two), never by ``extract()``.
"""
from typing import List, NamedTuple, Optional, Tuple

import regex

from .text import NormText

_PIECE = regex.compile(r"\w+|[^\w\s]")
_LINE = regex.compile(r"[^\n]+")
_WINDOW = 16  # how far past the expected place a token may start (white space, skipped marks)
_WORDISH = regex.compile(r"\w")


class Word(NamedTuple):
    """One word: ``text == original[start:end]``."""

    text: str
    start: int
    end: int


def _segmenter():
    try:
        from underthesea import word_tokenize
    except ImportError:
        raise ImportError('vnextract.words() needs underthesea: pip install "vnextract[words]"') from None
    return word_tokenize


def _locate(line: str, tokens: List[str]) -> List[Tuple[int, int]]:
    """Spans of the segmenter's tokens in ``line``, in order; tokens that cannot be found nearby
    are left out (linear: each token is looked for in a short window after the previous one)."""
    spans = []
    pos = 0
    for token in tokens:
        syllables = token.split()
        if not syllables:
            continue
        if len(syllables) > 1 and not all(_WORDISH.search(syllable) for syllable in syllables):
            continue  # a word glued to a symbol ("chào 🎉"): left to the syllable cut
        first = line.find(syllables[0], pos, pos + _WINDOW + len(syllables[0]))
        if first < 0:
            continue
        end = first + len(syllables[0])
        for syllable in syllables[1:]:
            nxt = line.find(syllable, end, end + _WINDOW + len(syllable))
            if nxt < 0 or line[end:nxt].strip():
                end = -1
                break
            end = nxt + len(syllable)
        if end < 0:
            continue
        spans.append((first, end))
        pos = end
    return spans


def _fill(line: str, spans: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The located spans plus syllables and marks for every non-space stretch they leave out."""
    out: List[Tuple[int, int]] = []
    pos = 0
    for start, end in spans + [(len(line), len(line))]:
        if start > pos:
            out.extend(m.span() for m in _PIECE.finditer(line, pos, start))
        if end > start:
            out.append((start, end))
        pos = max(pos, end)
    return out


def word_spans(text: str, segment: Optional[object] = None) -> List[Tuple[int, int]]:
    """(start, end) of every word of ``text`` (offsets into ``text`` itself)."""
    if not isinstance(text, str):
        raise TypeError(f"words() takes a str, not {type(text).__name__}")
    if not text.strip():
        return []
    tokenize = segment or _segmenter()
    norm = NormText(text)
    spans: List[Tuple[int, int]] = []
    for line_match in _LINE.finditer(norm.text):
        line = line_match.group(0)
        if not line.strip():
            continue
        offset = line_match.start()
        located = _locate(line, tokenize(line))  # type: ignore[operator]
        for start, end in _fill(line, located):
            ostart, oend = norm.span(offset + start, offset + end)
            if oend > ostart:
                spans.append((ostart, oend))
    return spans


def words(text: str) -> List[Word]:
    """The words of a Vietnamese text, each with exact offsets into ``text``.

    Needs the ``words`` extra (underthesea). Returns ``[]`` for a text without words; raises
    ``TypeError`` for anything but a str.

    Examples:
        >>> [w.text for w in words("Thủ tướng Chính phủ phát biểu tại Hà Nội.")]   # doctest: +SKIP
        ['Thủ tướng', 'Chính phủ', 'phát biểu', 'tại', 'Hà Nội', '.']
    """
    return [Word(text[start:end], start, end) for start, end in word_spans(text)]
