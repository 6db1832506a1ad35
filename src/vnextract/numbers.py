"""Vietnamese numbers: digits ("1.234", "04", "1,5 triệu") and number words ("hai mươi sáu",
"một trăm linh năm", "mười lăm", "hai nghìn", "ba mươi mốt", "bốn mươi tư").

>>> parse_number("hai mươi sáu")
26
>>> parse_number("1.234")
1234
>>> parse_number("một trăm linh năm")
105

The words and their roles live in ``data/number_words.tsv``. ``NUMBER_PATTERN`` is a regex
(source string, no groups) for one number expression, to embed in other patterns; a match of it
is not always a number ("năm" is also "year"), so call :func:`parse_number` on what it matched.
"""
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

import regex

from . import lexicon

_DIGITS = r"\d{1,3}(?:\.\d{3})+(?!\d)|\d{1,12}(?:,\d{1,3}(?=\s+(?:SCALES)(?!\p{L})))?"


@lru_cache(maxsize=1)
def _words() -> Dict[str, Tuple[int, str]]:
    return {row["word"]: (int(row["value"]), row["kind"]) for row in lexicon.table("number_words")}


@lru_cache(maxsize=1)
def _scale_alternation() -> str:
    return lexicon.alternation(w for w, (_, kind) in _words().items() if kind == "scale")


@lru_cache(maxsize=1)
def number_pattern() -> str:
    """Regex source for one number expression (digits with optional scale words, or words).

    Repetitions are bounded (at most 12 words) and the words are whole syllables, so the
    pattern cannot backtrack badly.
    """
    scales = _scale_alternation()
    word = lexicon.alternation(_words())
    digits = _DIGITS.replace("SCALES", scales)
    return (r"(?:(?<![\p{L}\d.,])(?:" + digits + r")(?:\s+" + scales + r"(?!\p{L})){0,2}"
            r"|(?<!\p{L})" + word + r"(?:\s+" + word + r"){0,11}(?!\p{L}))")


@lru_cache(maxsize=1)
def _number_re():
    return regex.compile(number_pattern(), regex.IGNORECASE)


def _parse_digits(text: str) -> Optional[float]:
    text = text.strip()
    if regex.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return float(text.replace(".", ""))
    if regex.fullmatch(r"\d+", text):
        return float(text)
    if regex.fullmatch(r"\d+,\d+", text):
        return float(text.replace(",", "."))
    return None


class _Words:
    """Recursive-descent reader over a list of (value, kind) tokens."""

    def __init__(self, tokens: List[Tuple[int, str]]):
        self.tokens = tokens
        self.i = 0

    def peek(self, ahead: int = 0) -> Optional[Tuple[int, str]]:
        j = self.i + ahead
        return self.tokens[j] if j < len(self.tokens) else None

    def kind(self, ahead: int = 0) -> Optional[str]:
        tok = self.peek(ahead)
        return tok[1] if tok else None

    def value(self, ahead: int = 0) -> int:
        """The value of a token that is there (its kind was just read)."""
        return self.tokens[self.i + ahead][0]

    def below_thousand(self) -> Optional[int]:
        """0..999: [D trăm] [linh D | mười [D] | D mươi [D] | D chục | D]."""
        start = self.i
        value = 0
        hundreds = False
        if self.kind() == "digit" and self.kind(1) == "hundred":
            value = self.value() * 100
            self.i += 2
            hundreds = True
        kind = self.kind()
        if hundreds and kind == "zero_filler":
            if self.kind(1) in ("digit", "teen_digit") and self.value(1) != 0:
                value += self.value(1)
                self.i += 2
                return value
            self.i = start
            return None
        if kind == "ten":
            value += 10
            self.i += 1
            nxt = self.peek()
            if nxt and ((nxt[1] == "digit" and nxt[0] > 0) or (nxt[1] == "teen_digit" and nxt[0] == 5)):
                value += nxt[0]
                self.i += 1
            return value
        if kind == "digit" and self.kind(1) in ("tens", "dozen"):
            if self.value() < 2 and self.kind(1) == "tens":
                self.i = start  # "một mươi" is not Vietnamese
                return None
            value += self.value() * 10
            was_dozen = self.kind(1) == "dozen"
            self.i += 2
            nxt = self.peek()
            if not was_dozen and nxt and nxt[1] in ("digit", "teen_digit") and nxt[0] > 0:
                value += nxt[0]
                self.i += 1
            return value
        if kind == "digit":
            value += self.value()
            self.i += 1
            return value
        if hundreds:
            return value
        self.i = start
        return None

    def number(self) -> Optional[int]:
        total = 0
        last_scale = None
        while self.i < len(self.tokens):
            group = self.below_thousand()
            if group is None:
                return None  # includes a bare scale word ("nghìn" alone is not a count)
            if self.kind() == "scale":
                scale = self.value()
                self.i += 1
                # "nghìn tỷ": a bigger scale right after multiplies the whole group
                while self.kind() == "scale" and self.value() > scale:
                    scale *= self.value()
                    self.i += 1
                if last_scale is not None and scale >= last_scale:
                    return None
                total += group * scale
                last_scale = scale
                continue
            total += group
            break
        return total


def parse_words(text: str) -> Optional[int]:
    """The value of a number written in words, or None when it is not one well-formed number."""
    table = _words()
    tokens = []
    for word in text.casefold().split():
        if word not in table:
            return None
        tokens.append(table[word])
    if not tokens:
        return None
    reader = _Words(tokens)
    value = reader.number()
    if value is None or reader.i != len(tokens):
        return None
    return value


def parse_number(text: str) -> Optional[int]:
    """The integer value of ``text`` (digits, digits with scale words, or number words), or None.

    "1,5 triệu" -> 1500000; a value that is not whole ("1,5") -> None.
    """
    if not text or not text.strip():
        return None
    parts = text.split()
    if parts and parts[0][0].isdigit():
        base = _parse_digits(parts[0])
        if base is None:
            return None
        table = _words()
        for word in parts[1:]:
            entry = table.get(word.casefold())
            if entry is None or entry[1] != "scale":
                return None
            base *= entry[0]
        if base != int(base):
            return None
        return int(base)
    return parse_words(text)


def find_numbers(text: str) -> List[Tuple[int, int, int]]:
    """(start, end, value) of each number expression of ``text`` that parses."""
    out = []
    for match in _number_re().finditer(text):
        value = parse_number(match.group(0))
        end = match.end()
        if value is None and not match.group(0)[0].isdigit():
            # the longest leading run of words that is one number ("hai mươi năm qua" -> 25? no:
            # words are tried right to left, so "ba người" style tails are dropped)
            words = list(regex.finditer(r"\S+", match.group(0)))
            for k in range(len(words) - 1, 0, -1):
                value = parse_words(match.group(0)[:words[k - 1].end()])
                if value is not None:
                    end = match.start() + words[k - 1].end()
                    break
        if value is not None:
            out.append((match.start(), end, value))
    return out
