"""Text normalisation with an offset map, sentence splitting and (lazy) word segmentation.

Every rule of the library runs on ``NormText.text``: NFC, one spelling of look-alike letters
(U+00D0 "Ð" -> "Đ"), plain spaces for NBSP and friends, no zero-width characters, and the "new"
tone placement ("hoà" -> "hòa", "uỷ" -> "ủy"). ``NormText.span`` maps any span of it back to the
caller's original string, so offsets there are never moved.
"""
import bisect
import re
import unicodedata
from array import array
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

import regex

from . import lexicon

# one character -> one character (same length): the offset map stays the identity
_CHAR_MAP = {
    "\u00d0": "\u0110",  # Ð (Icelandic Eth) looks like Đ
    "\u00f0": "\u0111",  # ð looks like đ
    "\u0189": "\u0110",  # Ɖ (African D)
    "\u00a0": " ", "\u1680": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ",
    "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ",
    "\u200a": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ",
    "\u2028": "\n", "\u2029": "\n", "\u0085": "\n", "\r": "\n", "\x0b": "\n", "\x0c": "\n",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
}
_CHAR_MAP.update({chr(c): " " for c in range(0x20) if chr(c) not in "\t\n\r\x0b\x0c"})
_CHAR_MAP[chr(0x7F)] = " "
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f")
# (stdlib re: its search for a set of characters is several times faster than the regex module's)
_SPECIAL = re.compile("[" + re.escape("".join(sorted(set(_CHAR_MAP) | _DROP))) + "]")
_DROP_RE = regex.compile("[" + regex.escape("".join(sorted(_DROP))) + "]")
# a base character with its combining marks, or a character that is dropped
_IRREGULAR = regex.compile(r"[^\p{M}]?\p{M}+|[" + regex.escape("".join(sorted(_DROP))) + "]")
_TRANSLATE = str.maketrans(_CHAR_MAP)

# old tone placement at the end of an open syllable: "hoà" -> "hòa", "uỷ" -> "ủy" (not "quý"):
# found on the composed text directly; each pair is rewritten to a pair of the same length
_TONED_AE = "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ"
_TONED_Y = "ỳýỷỹỵỲÝỶỸỴ"
_OLD_TONE = regex.compile(
    r"(?<![qQ])(?:[oO][" + _TONED_AE + r"]|[uU][" + _TONED_Y + r"])(?!\p{L}|[\u0300-\u036f])")
# where _OLD_TONE may match: the pair not followed by an ASCII letter ("toàn", "hoạt" are most
# pairs); a stdlib-re scan, as each branch starts with a literal character, is fast
_OLD_TONE_CANDIDATES = re.compile("|".join(
    first + "[" + second + "](?![a-zA-Z])"
    for first, second in (("o", _TONED_AE), ("O", _TONED_AE), ("u", _TONED_Y), ("U", _TONED_Y))))


def _new_tone(match) -> str:
    pair = match.group(0)
    first, second = pair[0], pair[1]
    decomposed = unicodedata.normalize("NFD", second)
    base, marks = decomposed[0], decomposed[1:]
    return unicodedata.normalize("NFC", first + marks) + base


def _retone(text: str) -> str:
    """Move tone marks of "oa/oe/uy" at a syllable end to the first vowel (length-preserving):
    ``_OLD_TONE.sub(_new_tone, text)``, with the pattern tried only at the candidates."""
    parts: List[str] = []
    pos = 0
    for candidate in _OLD_TONE_CANDIDATES.finditer(text):
        match = _OLD_TONE.match(text, candidate.start())
        if match is not None:
            parts.append(text[pos:match.start()])
            parts.append(_new_tone(match))
            pos = match.end()
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


class _OffsetMap:
    """Where each character of a normalised text comes from, kept by segment (three machine
    integers a segment): a stretch copied as it is (its character i comes from ``orig + i``), or
    the characters composed from one irregular piece ``[orig, piece_end)`` of the original (a base
    with its combining marks, dropped characters). A text with a few irregular pieces has a map of
    a few segments; one in NFD has a segment per syllable (per-character lists of Python ints took
    72 bytes a character: a 15 M character text peaked at 1.8 GB)."""

    __slots__ = ("norm", "orig", "piece_end", "length")

    def __init__(self, size: int):
        code = "i" if size < 2 ** 31 - 1 else "q"
        self.norm = array(code)  # the normalised start of each segment
        self.orig = array(code)  # its original start
        self.piece_end = array(code)  # the original end of a piece; -1 for a copied stretch
        self.length = 0  # normalised characters so far

    def copy(self, a: int, b: int) -> None:
        """original[a:b], copied as it is."""
        if b <= a:
            return
        if self.norm and self.piece_end[-1] < 0 and self.orig[-1] + self.length - self.norm[-1] == a:
            self.length += b - a  # continues the stretch before
            return
        self.norm.append(self.length)
        self.orig.append(a)
        self.piece_end.append(-1)
        self.length += b - a

    def piece(self, a: int, b: int, n: int) -> None:
        """``n`` normalised characters made from original[a:b]."""
        if n:
            self.norm.append(self.length)
            self.orig.append(a)
            self.piece_end.append(b)
            self.length += n

    def start(self, i: int) -> int:
        k = bisect.bisect_right(self.norm, i) - 1
        end = self.piece_end[k]
        return self.orig[k] + i - self.norm[k] if end < 0 else self.orig[k]

    def end(self, i: int) -> int:
        k = bisect.bisect_right(self.norm, i) - 1
        end = self.piece_end[k]
        return self.orig[k] + i - self.norm[k] + 1 if end < 0 else end


class _Column:
    """The starts (or ends) of an ``_OffsetMap`` seen as a sorted sequence, for ``bisect``."""

    __slots__ = ("map", "get")

    def __init__(self, offset_map: _OffsetMap, get):
        self.map, self.get = offset_map, get

    def __len__(self) -> int:
        return self.map.length

    def __getitem__(self, i: int) -> int:
        return self.get(i)


class NormText:
    """A normalised copy of a text and the map of its characters back to the original."""

    __slots__ = ("original", "text", "_map")

    def __init__(self, original: str):
        self.original = original
        self._map: Optional[_OffsetMap] = None  # None: the identity (same length, same places)
        nfc = unicodedata.is_normalized("NFC", original)
        if nfc and not _SPECIAL.search(original):
            self.text = _retone(original)
            return
        if nfc and not _DROP_RE.search(original):
            self.text = _retone(original.translate(_TRANSLATE))
            return
        self._build(original)

    def _build(self, original: str) -> None:
        """The slow path (NFD input, dropped characters): only a base with its combining marks, or
        a dropped character, is handled on its own; the stretches between are copied whole."""
        parts: List[str] = []
        offsets = _OffsetMap(len(original))
        pos = 0
        for match in _IRREGULAR.finditer(original):
            a, b = match.span()
            if a > pos:
                self._copy(original, pos, a, parts, offsets)
            chunk = "".join(c for c in match.group() if c not in _DROP)
            if chunk:
                composed = unicodedata.normalize("NFC", chunk)
                parts.append(composed)
                offsets.piece(a, b, len(composed))
            pos = b
        if pos < len(original):
            self._copy(original, pos, len(original), parts, offsets)
        # one copy of the text alive at a time besides the one being made (a large text)
        joined = "".join(parts)
        del parts[:]
        translated = joined.translate(_TRANSLATE)
        del joined
        self.text = _retone(translated)
        self._map = offsets

    @staticmethod
    def _copy(original: str, a: int, b: int, parts: List[str], offsets: _OffsetMap) -> None:
        stretch = original[a:b]
        if unicodedata.is_normalized("NFC", stretch):
            parts.append(stretch)
            offsets.copy(a, b)
            return
        for i, c in enumerate(stretch, start=a):  # singletons such as U+212B "Å" (ANGSTROM SIGN)
            composed = unicodedata.normalize("NFC", c)
            parts.append(composed)
            offsets.piece(i, i + 1, len(composed))

    def span(self, start: int, end: int) -> Tuple[int, int]:
        """Original (start, end) of the normalised span [start, end)."""
        offsets = self._map
        if offsets is None:
            return start, end
        if end <= start:
            pos = offsets.start(start) if start < offsets.length else len(self.original)
            return pos, pos
        return offsets.start(start), offsets.end(end - 1)

    def to_norm(self, start: int, end: int) -> Tuple[int, int]:
        """Normalised (start, end) covering the original span [start, end)."""
        offsets = self._map
        if offsets is None:
            return start, end
        nstart = bisect.bisect_left(_Column(offsets, offsets.end), start + 1)
        nend = bisect.bisect_left(_Column(offsets, offsets.start), end)
        return nstart, max(nstart, nend)


# --- fast pre-scans -----------------------------------------------------------------------

def literal_scan(entries) -> "re.Pattern":
    """A stdlib ``re`` pattern matching any of the literal ``entries``, written as a trie
    ("t(?:h(?:ủ|ứ)|ổng)"): ``re`` finds the first characters of such a pattern with a fast scan
    and then tries only the branches of the character it stopped at, where the ``regex`` module
    (and a flat alternation) try every entry at every position. Recognisers use it to find the
    few places where their full (``regex``) pattern can match. Case-sensitive: callers that need
    case-insensitive search run it over ``str.casefold()`` text with case-folded entries."""
    trie: dict = {}
    for entry in entries:
        node = trie
        for ch in entry:
            node = node.setdefault(ch, {})
        node[""] = {}  # an entry ends here

    def emit(node) -> str:
        branches = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return re.compile(emit(trie))


class TextMemo:
    """Answers kept per text, for the texts asked last (``Extractor.pipe`` runs each component over
    a batch of texts, so a later component asks again about every text of the batch, not only the
    last one). At most ``texts`` texts of ``chars`` characters in all are kept (the memo is emptied
    when it is full). Each entry keeps its text alive, so an id is never another text's."""

    __slots__ = ("_entries", "_texts", "_chars", "_size")

    def __init__(self, texts: int = 256, chars: int = 2_000_000):
        self._entries: Dict[int, Tuple[str, dict]] = {}
        self._texts, self._chars, self._size = texts, chars, 0

    def of(self, text: str) -> dict:
        """The answers kept for ``text`` (a new, empty dict the first time it is asked)."""
        entry = self._entries.get(id(text))
        if entry is not None and entry[0] is text:
            return entry[1]
        if len(self._entries) >= self._texts or self._size + len(text) > self._chars:
            self._entries = {}
            self._size = 0
        answers: dict = {}
        self._entries[id(text)] = (text, answers)
        self._size += len(text)
        return answers


# the case-folded texts asked last: the recognisers that pre-scan the case-folded text of a document
# ask for it once each
_FOLDED = TextMemo()


def casefolded(text: str) -> str:
    """``text.casefold()``, kept for the texts asked last (see ``TextMemo``)."""
    memo = _FOLDED.of(text)
    folded = memo.get("folded")
    if folded is None:
        folded = memo["folded"] = text.casefold()
    return folded


def compile_at(source: str, flags=0) -> "regex.Pattern":
    """Compile a ``regex`` pattern that is only matched at a given position (``.match(text, pos,
    end)``). Before it tries a match, the ``regex`` module looks for a literal the pattern needs
    ("năm", "của", ")") in all the rest of the text: a scan as long as the text where that literal
    is rare, which made texts with thousands of candidates quadratic. A second alternative that
    never matches (``(?!)``) hides the literal from this analysis and changes nothing else."""
    return regex.compile("(?:" + source + ")|(?!)", flags)


# --- sentences ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _sentence_end():
    abbreviations = sorted(lexicon.words("abbreviations"), key=len, reverse=True)
    no_split = "|".join(regex.escape(a) for a in abbreviations)
    # a sentence ends at . ! ? … (and closing quotes/brackets) before whitespace and a capital,
    # digit or quote, unless the dot closes a known abbreviation ("TP.", "PGS.TS.", "Th.S.") or
    # a single capital. Each branch starts with the character it needs (the checks of what stands
    # before it come after that character): the engine then skips to such characters quickly.
    # A run of marks is matched from its first mark only (the check right after it) and read
    # once (possessive): tried from every mark of a run, each try read the rest of the run
    # ("." * 30_000 was quadratic). A run of two or more marks always passes the two checks (no
    # abbreviation ends with a mark), as it did when the match could start at the second mark.
    if any(a[-1] in ".!?…" for a in abbreviations):
        raise ValueError("an abbreviation may not end with a sentence mark")
    return regex.compile(
        r"[.!?…](?<![.!?…][.!?…])(?:(?<!(?:^|[\s(])(?:" + no_split + r")[.!?…])(?<!\b\p{Lu}[.!?…])|[.!?…])"
        r"[.!?…]*+[\"”’)\]]*+(?=\s+[\p{Lu}\d\"“‘(\-])"
        # a crawl that lost the space: "năm 1980.Ông" (lower case or digit before, a word after)
        r"|[.!?](?<=[\p{Ll}\d]{2}[.!?])[.!?]*+(?=\p{Lu}\p{Ll})"
        r"|\n+"
    )


def split_sentences(text: str) -> List[Tuple[int, int]]:
    """Sentence spans (start, end) of a normalised text; blank lines and line breaks always split."""
    spans: List[Tuple[int, int]] = []
    start = 0
    for match in _sentence_end().finditer(text):
        at, after = match.span()
        _add_stripped(text, start, after if text[at] != "\n" else at, spans)
        start = after
    _add_stripped(text, start, len(text), spans)
    return spans


def _add_stripped(text: str, start: int, end: int, spans: List[Tuple[int, int]]) -> None:
    """Append the span of text[start:end] without its surrounding whitespace, unless it is all
    whitespace (found in place: the sentence is not copied)."""
    while start < end and text[start].isspace():
        start += 1
    if start < end:
        while text[end - 1].isspace():
            end -= 1
        spans.append((start, end))


# --- words (underthesea, lazily, only where a recogniser asks) -----------------------------

def word_spans(text: str, start: int = 0, end: Optional[int] = None) -> List[Tuple[int, int]]:
    """Word-segmented spans of text[start:end] by underthesea, aligned back to our offsets.

    underthesea rewrites some characters and splits symbols, so its tokens are located again in
    the text; a token that cannot be found is skipped rather than given a wrong offset.
    """
    from underthesea import word_tokenize  # imported on first use: it is slow to import

    end = len(text) if end is None else end
    piece = text[start:end]
    spans = []
    pos = 0
    for token in word_tokenize(piece):
        syllables = token.split()
        if not syllables:
            continue
        first = piece.find(syllables[0], pos)
        if first < 0:
            continue
        last = first + len(syllables[0])
        ok = True
        for syllable in syllables[1:]:
            nxt = piece.find(syllable, last)
            if nxt < 0 or piece[last:nxt].strip():
                ok = False
                break
            last = nxt + len(syllable)
        if ok:
            spans.append((start + first, start + last))
            pos = last
    return spans
