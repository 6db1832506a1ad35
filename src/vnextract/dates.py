"""Dates: absolute calendar expressions of Vietnamese news as ``DateMention`` records.

Forms found (what counts as a date mention and what its span and value are: ``docs/kinds/dates.md``):

* days: ``24/9``, ``24-9``, ``24.9``, ``24/9/2018``, ``ngày 13 tháng 6 năm 2013``, ``13 tháng Sáu``,
  with the trigger (``ngày``/``hôm``/``mồng``/``mùng``), an attached part of day (``sáng``,
  ``chiều cùng ngày``, ``sáng nay``), clock time (``14h30``, ``lúc 9 giờ 30 phút``) and weekday
  (``thứ Hai (24/9)``) inside the span;
* months, quarters and years: ``tháng 6/2013``, ``tháng Sáu``, ``quý I/2017``, ``năm 2013``,
  ``quý IV năm nay``; a bare year only where the context says it is one (``đến 2030``,
  ``Tết 2017``, ``(SN 1986)``); ``đầu/giữa/cuối`` and ``6 tháng đầu`` before it set ``modifier``
  and stay out of the span;
* ranges as one mention with value ``START/END``: ``2013-2018``, ``nhiệm kỳ 2015-2020`` (span
  ``2015-2020``), ``27/7/1947 - 27/7/2018``, ``ngày 1 đến 5/8``, ``19-30/4``,
  ``tháng 3 đến tháng 5/2017``; lists of days (``ngày 16, 17 và 18/8``) give one mention per day;
* lunar dates (``mùng 5 Tết``, ``rằm tháng Giêng``, ``ngày 10/3 âm lịch``): ``calendar="lunar"``
  and ``value`` written in the lunar calendar (month 1 = tháng Giêng), never converted.

Values: ``XXXX`` stands for a year that is not written in the expression itself. With a document
date (``doc.doc_date``) every mention also gets ``resolved`` (years filled: the nearest matching
date, news reporting the recent past unless ``tới``/``sắp tới`` follows; a written weekday picks
the year where it fits) and ``year_inferred=True`` when a year was filled.

Relative expressions without a number or month name (``hôm qua``, ``sáng nay``, ``cùng ngày``,
``tuần trước``, ``năm ngoái`` ...) are not mentions in the annotation guide. They are emitted
(``relative=True``, ``value`` = ``resolved`` = the date they denote) **only when a document date is
given**; without one ``extract()`` leaves them out.

Not dates: durations (``5 năm``, ``3 tháng``), scores (``2-1``), fractions (``1/2``, ``3/4 số xã``),
numbers inside document symbols (``01/2021/NĐ-CP``, ``25-NQ/TW``), addresses (``số 12/3``),
``COVID-19``, ``F-16``, impossible dates (``31/2``), decades (``những năm 1990``), and bare years
of product or event names (``Camry 2018``, ``SEA Games 2017``).

All word lists live in ``data/date_words.tsv`` and ``data/date_context.tsv``.
"""
import bisect
import calendar
import datetime
import itertools
import re
from functools import lru_cache
from itertools import islice
from typing import Any, Callable, Dict, FrozenSet, List, NamedTuple, Optional, Tuple

import regex

from . import lexicon
from .records import DateMention
from .text import casefolded, compile_at

# --- language data ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _words() -> Dict[str, List[Tuple[str, str, str]]]:
    """date_words.tsv grouped by kind: kind -> [(word, value, flags)]."""
    groups: Dict[str, List[Tuple[str, str, str]]] = {}
    for row in lexicon.table("date_words"):
        groups.setdefault(row["kind"], []).append((row["word"], row["value"], row["flags"]))
    return groups


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


@lru_cache(maxsize=1)
def _lookup() -> Dict[str, Dict[str, str]]:
    """kind -> {folded word: value} (the exact spelling too, for case-marked entries)."""
    out: Dict[str, Dict[str, str]] = {}
    for kind, rows in _words().items():
        table = out.setdefault(kind, {})
        for word, value, flags in rows:
            table[" ".join(word.split()) if "case" in flags else _fold(word)] = value
    return out


@lru_cache(maxsize=1)
def _lunar_months() -> FrozenSet[str]:
    return frozenset(_fold(w) for w, _, f in _words()["month"] if "lunar" in f)


@lru_cache(maxsize=1)
def _context() -> Dict[str, Tuple[FrozenSet[str], FrozenSet[str]]]:
    """date_context.tsv: kind -> (folded entries, exact-case entries for all-capital words)."""
    folded: Dict[str, set] = {}
    exact: Dict[str, set] = {}
    for row in lexicon.table("date_context"):
        word = " ".join(row["word"].split())
        if word.isupper() and len(word) > 1:
            exact.setdefault(row["kind"], set()).add(word)
        else:
            folded.setdefault(row["kind"], set()).add(word.casefold())
    kinds = set(folded) | set(exact)
    return {k: (frozenset(folded.get(k, ())), frozenset(exact.get(k, ()))) for k in kinds}


def _has(kind: str, phrase: str) -> bool:
    folded, exact = _context().get(kind, (frozenset(), frozenset()))
    return phrase in exact or phrase.casefold() in folded


def _alt(entries, case_sensitive=()) -> str:
    """Alternation of phrases, longest first, any whitespace between words; entries in
    ``case_sensitive`` are matched as written even under the case-insensitive flag."""
    parts = []
    for entry in sorted(set(entries), key=lambda e: (-len(e), e)):
        body = r"\s+".join(regex.escape(w) for w in entry.split())
        parts.append("(?-i:" + body + ")" if entry in case_sensitive else body)
    return "(?:" + "|".join(parts) + ")"


def _kind_alt(kind: str) -> str:
    rows = _words()[kind]
    return _alt([w for w, _, _ in rows], {w for w, _, f in rows if "case" in f})


# --- patterns -------------------------------------------------------------------------------

_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:1[5-9]\d\d|20\d\d)"
# what may not follow a number of a date: more digits, a symbol part ("/NĐ-CP"), a letter
_NB = (r"(?![\p{N}]|[/.]\p{N}|-(?!" + _D + r"[/.]" + _M + r"(?!\d))\p{N}|[/\-]\p{L}|\p{L}|,\d)")


@lru_cache(maxsize=1)
def _nb() -> str:
    """``_NB``, except that a function word glued to the date by a lost space may follow
    ("ngày 10/4/2021và", "năm 2020của": crawl text)."""
    glued = _alt(sorted(_context()["glued_after"][0]))
    return _NB.replace(r"|\p{L}|", r"|(?!(?-i:" + glued + r")(?!\p{L}))\p{L}|")


# the words after the hour and the minutes of a clock time: "9 giờ 30 phút", "14h30p"
_HOUR_MARKS = ("h", "giờ", "g")
_MINUTE_MARKS = ("phút", "p")


@lru_cache(maxsize=1)
def _sources() -> Tuple[str, str, str]:
    """Regex sources: (prefix before a date, list-of-days core, the other cores). The cores are
    the patterns of ``_RULES`` (see there), in the order of the list."""
    month_names = _kind_alt("month")
    mn = r"(?:" + month_names + r"(?!\p{L}))"
    month = r"(?:" + _M + r"(?!\d)|" + mn + ")"
    pod = _kind_alt("pod")
    rel_pod = _kind_alt("rel_pod")
    rel_day = _alt([w for w, _, _ in _words()["rel_day"]])
    weekday = _kind_alt("weekday")
    trigger = _kind_alt("trigger")
    time_lead = _kind_alt("time_lead")
    time = (r"(?:" + time_lead + r"\s+)?(?:[01]?\d|2[0-3])"
            r"(?:\s*(?:" + "|".join(_HOUR_MARKS) + r")(?!\p{L})(?:\s*[0-5]?\d(?!\d)"
            r"(?:\s*(?:" + "|".join(_MINUTE_MARKS) + r"|')(?!\p{L}))?)?|:[0-5]\d(?!\d))")
    prefix = (
        r"(?:(?P<time>" + time + r")[\s,]{1,3})?"
        r"(?:(?P<pod>" + pod + r")(?!\p{L})(?:\s+(?P<relp>" + rel_pod + r")(?!\p{L}))?[\s,]{0,3}"
        r"|(?P<rel>" + rel_day + r")(?!\p{L})[\s,]{0,3})?"
        r"(?:(?:(?:ngày|hôm)\s+)?(?P<wd>" + weekday + r")(?!\p{L})[\s,]{0,3})?"
        r"(?P<open>\(\s*)?"
        r"(?:(?<!cùng\s+)(?P<trig>" + trigger + r")(?!\p{L})\s*)?"
    )
    parts = _Parts(month=month, pod=pod)
    core0 = _RULES[0].pattern(parts)
    core = "|".join(rule.pattern(parts) for rule in _RULES[1:])
    return prefix, core0, core


_GUARD = r"(?<![\p{L}\p{N}_])(?<![\p{L}\p{N}][/.\-])"  # not inside a word, number or symbol


@lru_cache(maxsize=2)
def _pattern(guard: bool = True):
    """Prefix + date, for a match at a given position; ``guard=False`` drops the check of the
    character before (the second half of a range right after its connector: "29/6-[1/7]")."""
    prefix, core0, core = _sources()
    start = _GUARD if guard else r"(?<![\p{L}\p{N}_])"
    return regex.compile(start + prefix + r"(?:" + core0 + r"|(?:" + core + r")" + _nb() + r")",
                         regex.IGNORECASE)


# the words a date core may start with (besides a digit and "Q1"): see the lookahead of _scanners
_CORE_WORDS = ("tháng", "quý", "rằm", "năm")
# the words after the day that starts a core: "13 tháng 6", "1 đến 5/8", "16 và 18/8", "5 Tết";
# and the triggers of a day in a list ("16, ngày 17 và 18/8")
_DAY_WORDS = ("tháng", "đến", "tới", "và", "tết")
_LIST_TRIGGERS = ("ngày", "mùng", "mồng")
# a quarter in roman numerals (case-folded): "quý I", "quý IV"
_ROMAN_START = "i"
@lru_cache(maxsize=1)
def _month_starts() -> Tuple[str, ...]:
    """The first words of the month names, case-folded."""
    return tuple(sorted({_fold(w).split()[0] for w, _, _ in _words()["month"]}, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _core_starts():
    """Where a core can start, on the case-folded text: what each branch of the core pattern
    needs at its start, read loosely (every place the core pattern matches is found; a few more
    are, and the core pattern rejects them). Like the core pattern, no start right after a digit
    or "_" or inside a number ("24/[9]"). A number must be a year (4 digits, 1500-2099) or a day
    or month (1 or 2 digits) followed by what a core has there: a separator and a number ("24/9",
    "9/2020", "24.09", "1 - 5/8", "16, 17 và 18/8", "ngày 16, ngày 17"), or a word of the cores
    ("13 tháng 6", "1 đến 5/8", "16 và 17/8", "5 Tết"). A core word needs what follows it in its
    core ("tháng 6", "tháng Giêng", "quý I", "rằm tháng", "năm 2013"), "Q" a quarter and a year.
    Every core starts with an ASCII digit or letter; where the core pattern takes any digit
    (``\\d``: "20\\d\\d", "[12]\\d"), so does this scan (but for the digits of scripts newer
    than Python's Unicode data, beyond the BMP, which ``int()`` cannot read). Every branch starts with a literal
    character, so the stdlib ``re`` finds them with a fast scan for those characters, far faster
    than the core pattern (a ``regex`` call per number) can reject them; a rejected number costs
    no Python object."""
    year = r"(?:1[5-9]|20)\d\d(?!\d)"
    day_words = "|".join(re.escape(w) for w in _DAY_WORDS)
    day_end = (r"(?=[/.][0-9]{1,2}(?![0-9])|/" + year + r"|\s*-\s*[0-9]"
               r"|\s*,\s*(?:[0-9]\d?(?!\d)(?:[/.\-]|\s*,|\s+(?:" + day_words + r"))|"
               + "|".join(re.escape(w) for w in _LIST_TRIGGERS) + r")"
               r"|\s+(?:" + day_words + r"))")
    follows = {
        "tháng": r"\s+(?:[0-9]|" + "|".join(re.escape(w) for w in _month_starts()) + ")",
        "quý": r"\s+[" + _ROMAN_START + "1-4]",
        "rằm": r"\s+tháng",
        "năm": r"\s+" + year,
    }
    not_after_number = r"(?<![0-9_]{0})(?<![0-9][/.\-]{0})"
    branches = []
    for first in "0123456789":
        rest = r"\d?(?!\d)" + day_end
        if first == "1":
            rest = r"(?:[5-9]\d\d(?!\d)|" + rest + ")"
        elif first == "2":
            rest = r"(?:0\d\d(?!\d)|" + rest + ")"
        branches.append(first + not_after_number.format(first) + rest)
    branches.append("q" + not_after_number.format("q") + r"(?=[1-4][/.\-]" + year + ")")
    # a word is found by its first letter that is no ASCII letter ("th[á]ng", "n[ă]m"): the scan
    # stops far less often there than at every "t" or "n" of the text
    for k, word in enumerate(_CORE_WORDS):
        i = next(i for i, c in enumerate(word) if not c.isascii())
        head, tail = re.escape(word[:i + 1]), re.escape(word[i + 1:])
        branches.append("%s(?P<w%d>)(?<=%s)%s" % (re.escape(word[i]), k, head, tail)
                        + not_after_number.format(re.escape(word)) + "(?=" + follows[word] + ")")
    back = {"w%d" % k: next(i for i, c in enumerate(word) if not c.isascii())
            for k, word in enumerate(_CORE_WORDS)}
    return re.compile("|".join(branches)), back


def _core_search(text: str, core_pattern):
    """A function ``search(pos)`` that returns ``core_pattern.search(text, pos)``: the pattern is
    matched only at the places ``_core_starts`` finds. Every character the case-insensitive
    pattern takes for a letter of the core words case-folds to that letter; a text whose case
    folding changes its length is searched the plain way."""
    folded = casefolded(text)
    if len(folded) != len(text):
        return lambda pos: core_pattern.search(text, pos)
    scan, back = _core_starts()
    starts = [m.start() if m.lastgroup is None else m.start() - back[m.lastgroup] for m in scan.finditer(folded)]

    def search(pos: int):
        for i in range(bisect.bisect_left(starts, pos), len(starts)):
            found = core_pattern.match(text, starts[i])
            if found is not None:
                return found
        return None

    return search


@lru_cache(maxsize=1)
def _scanners():
    """What the scan runs: the date cores alone (cheap to search for), the prefix read backwards
    from a core's start (REVERSE: one anchored match), and the guard for a core with no prefix."""
    prefix, core0, core = _sources()
    # the leading lookahead lets the engine skip every position that cannot start a date quickly
    core_pattern = regex.compile(r"(?=\d|(?-i:Q)\d|(?:" + "|".join(_CORE_WORDS) + r")(?!\p{L}))"
                                 r"(?<![\p{N}_])(?<![\p{N}][/.\-])"
                                 r"(?:" + core0 + r"|(?:" + core + r")" + _nb() + r")", regex.IGNORECASE)
    prefix_reverse = regex.compile(r"(?r)(?<![\p{L}\p{N}_])" + prefix, regex.IGNORECASE)
    return core_pattern, prefix_reverse, regex.compile(_GUARD)


_PREFIX_GROUPS = frozenset(("time", "pod", "relp", "rel", "wd", "open", "trig"))


_NO_PREFIX = dict.fromkeys(_PREFIX_GROUPS)


@lru_cache(maxsize=1)
def _group_names() -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """The named groups of the core and of the prefix pattern, in ``Match.groups()`` order."""
    core_pattern, prefix_reverse, _ = _scanners()
    return (tuple(sorted(core_pattern.groupindex, key=core_pattern.groupindex.get)),
            tuple(sorted(prefix_reverse.groupindex, key=prefix_reverse.groupindex.get)))


class _Joined:
    """A prefix match and a core match seen as one match (the interface ``_parse`` uses)."""

    __slots__ = ("prefix", "core")

    def __init__(self, prefix, core):
        self.prefix, self.core = prefix, core

    def _of(self, name):
        return (self.prefix if name in _PREFIX_GROUPS else self.core) if name is not None else None

    def groupdict(self) -> Dict[str, Optional[str]]:
        """The named groups of both matches: ``_parse`` reads some thirty of them per match, and
        one dict made from ``groups()`` is several times cheaper than as many ``group`` calls
        (``Match.groupdict`` of the ``regex`` module is slower still)."""
        core_names, prefix_names = _group_names()
        groups = dict(zip(core_names, self.core.groups(), strict=True))
        groups.update(zip(prefix_names, self.prefix.groups(), strict=True) if self.prefix is not None else _NO_PREFIX)
        return groups

    def group(self, name):
        m = self._of(name)
        return m.group(name) if m is not None else None

    def start(self, name=None):
        if name is None:
            return self.prefix.start() if self.prefix is not None else self.core.start()
        m = self._of(name)
        return m.start(name) if m is not None else -1

    def end(self, name=None):
        if name is None:
            return self.core.end()
        m = self._of(name)
        return m.end(name) if m is not None else -1


@lru_cache(maxsize=1)
def _suffix():
    """What may follow a date inside its span: a year, a relative year, a lunar mark, ")"."""
    rel_year = _kind_alt("rel_year")
    lunar = _kind_alt("lunar_mark")
    return (
        compile_at(r"(?:\s*+,\s++|\s++)năm\s++(?P<y>" + _Y + r")" + _nb(), regex.IGNORECASE),
        compile_at(r"\s++(?P<ry>" + rel_year + r")(?!\p{L})", regex.IGNORECASE),
        regex.compile(r"\s*+(?P<lunar>" + lunar + r")(?!\p{L})", regex.IGNORECASE),
        compile_at(r"\s*+\)"),
    )


@lru_cache(maxsize=1)
def _connector():
    return regex.compile(r"\s*(?:-|–|—|(?:cho\s+)?(?:đến|tới)(?:\s+hết)?)\s*", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _modifier():
    return regex.compile(r"(?:^|(?<=[^\p{L}\p{N}]))(?P<mod>" + _kind_alt("modifier") + r")\s+\Z",
                         regex.IGNORECASE)


@lru_cache(maxsize=1)
def _relative_pattern():
    pod = _kind_alt("pod")
    rel_pod = _kind_alt("rel_pod")
    rel_day = _kind_alt("rel_day")
    period = _kind_alt("rel_period")
    return regex.compile(
        r"(?<![\p{L}\p{N}])(?:(?P<pod>" + pod + r")\s+(?P<relp>" + rel_pod + r")"
        r"|(?P<rel>" + rel_day + r")|(?P<period>" + period + r"))(?!\p{L})",
        regex.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _after():
    """(words after a date that put it in the future, what may follow a bare day/month)."""
    future = regex.compile(r"\s*(?:,\s*)?" + _kind_alt("future") + r"(?!\p{L})", regex.IGNORECASE)
    follow_words = [w for w, _, _ in _words()["follow"]]
    follows = compile_at(r"\s*(?:[,.;:)\]”\"!?]|$|\n|-|" + _alt(follow_words) + r"(?!\p{L}))",
                          regex.IGNORECASE)
    return future, follows


# --- helpers --------------------------------------------------------------------------------


def _num(value: Optional[str]) -> Optional[int]:
    return int(value) if value else None


def _month_value(token: str) -> Optional[int]:
    if token.isdigit():
        return int(token)
    months = _lookup()["month"]
    key = " ".join(token.split())
    return int(months.get(key) or months.get(_fold(key)) or 0) or None


def _roman(token: str) -> int:
    if token.isdigit():
        return int(token)
    romans = _lookup()["roman"]
    return int(romans.get(token.upper()) or romans[token.casefold()])


def _valid(day: int, month: int, year: Optional[int]) -> bool:
    if not 1 <= month <= 12:
        return False
    last = calendar.monthrange(year if year else 2000, month)[1]  # 2000: 29/2 allowed
    return 1 <= day <= last


def _ymd(year: Optional[int], month: Optional[int] = None, day: Optional[int] = None) -> str:
    text = "%04d" % year if year else "XXXX"
    if month:
        text += "-%02d" % month
        if day:
            text += "-%02d" % day
    return text


# a word (a run of letters and digits) or "(" or "%", read backwards from a position: the same
# words as read forwards, as each is a maximal run
_WORD_BACK = regex.compile(r"(?r)[\p{L}\p{N}]+|[(%]")
_LAST_WORDS: Tuple[Optional[str], int, List[str]] = (None, -1, [])


def _words_before(text: str, pos: int, n: int = 3) -> List[str]:
    """The last ``n`` (at most 3) words of the 40 characters before ``pos`` (the first of them
    cut where the 40 characters start), as ``findall(text, pos - 40, pos)[-n:]`` would give. Read
    backwards, and kept for the last position asked: a match is tested against several
    contexts at the same position."""
    global _LAST_WORDS
    last = _LAST_WORDS  # one read: another thread may replace it meanwhile
    if last[0] is text and last[1] == pos:
        words = last[2]
    else:
        words = [m.group() for m in islice(_WORD_BACK.finditer(text, max(0, pos - 40), pos), 3)]
        words.reverse()
        _LAST_WORDS = (text, pos, words)
    return words[-n:]


def _phrase_before(text: str, pos: int, kind: str) -> bool:
    """Whether a phrase of context ``kind`` ends right before ``pos`` (1 to 3 words)."""
    words = _words_before(text, pos)
    return any(_has(kind, " ".join(words[-k:])) for k in range(1, len(words) + 1))


_NEXT_WORDS = regex.compile(r"[ \t]*(%|[\p{L}\p{N}]+)(?:[ \t]+([\p{L}\p{N}]+))?")


def _phrase_after(text: str, pos: int, kind: str) -> bool:
    """Whether the word(s) right after ``pos`` (no punctuation between) are of context ``kind``."""
    found = _NEXT_WORDS.match(text, pos)
    if not found:
        return False
    first, second = found.group(1), found.group(2)
    if kind == "block_after" and second is not None and _has("not_block_after", first + " " + second):
        return False  # "phiên 15/5 tỷ giá ...": not "15/5 tỷ"
    return _has(kind, first) or (second is not None and _has(kind, first + " " + second))


class _Item:
    """One parsed date expression before it becomes a record."""

    __slots__ = ("start", "end", "year", "month", "day", "quarter", "gran", "pod", "time", "weekday",
                 "lunar", "rel_year", "strong", "kind", "sep", "future", "rfirst", "rule", "cue")

    def __init__(self, start, end):
        self.start, self.end = start, end
        self.year = self.month = self.day = self.quarter = None
        self.gran = "day"
        self.pod = self.time = self.weekday = None
        self.lunar = False
        self.rel_year = None
        self.strong = False
        self.kind = ""
        self.sep = ""
        self.future = False
        self.rfirst = None  # in a list of days, the start of a range ending here ("20 đến 23")
        self.rule = ""  # the name of the rule that read it (see ``_RULES``)
        self.cue = None  # the word before it that made it a date ("ngày", "thứ Hai", "sáng")

    def value(self) -> str:
        if self.gran == "quarter":
            return _ymd(self.year) + "-Q%d" % self.quarter
        if self.gran == "year":
            return _ymd(self.year)
        if self.gran == "month":
            return _ymd(self.year, self.month)
        return _ymd(self.year, self.month, self.day)


_CLOCK = regex.compile(r"(\d{1,2})\s*(?:h|giờ|g|:)\s*(\d{1,2})?", regex.IGNORECASE)
_LISTED = regex.compile(r"\s*(?:,|và|;|-|–|đến|tới)\s*", regex.IGNORECASE)
_DIGITS = regex.compile(r"\d+")
_YEAR_WORD = regex.compile(r"(?<!\p{L})năm\s+\Z", regex.IGNORECASE)
_LIST_PART = regex.compile(r"(?P<sep>\D*?)(?P<d>\d+)")
_LIST_RANGE = regex.compile(r"\s*(?:đến|tới)\s*", regex.IGNORECASE)


def _clock(match, pod: Optional[str]) -> Optional[str]:
    found = _CLOCK.search(match)
    if not found:
        return None
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    if pod in ("afternoon", "evening") and hour < 12:
        hour += 12
    elif pod == "night" and 6 <= hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        return None
    return "%02d:%02d" % (hour, minute)


# --- parsing one match ------------------------------------------------------------------------


def _groupdict(m) -> Dict[str, Optional[str]]:
    """``m.groupdict()`` of a ``_pattern`` match, made from ``groups()`` (``Match.groupdict`` of
    the ``regex`` module took a third of the time of a text of chained date ranges)."""
    names = _pattern_group_names(m.re)
    return dict(zip(names, m.groups(), strict=True))


@lru_cache(maxsize=4)
def _pattern_group_names(pattern) -> Tuple[str, ...]:
    """The group names of ``pattern`` in ``groups()`` order ("" for an unnamed group)."""
    by_index = {index: name for name, index in pattern.groupindex.items()}
    return tuple(by_index.get(i, "") for i in range(1, pattern.groups + 1))


# --- the rules ----------------------------------------------------------------------------
#
# Every date form is one named rule (``_Rule``): a name that reads like a phrase (what a test
# table and ``explain`` point to), examples of what it reads, its pattern (one branch of the core
# pattern, marked by the named group ``key``) and its production: the items it makes from a match,
# or None where a named check vetoes the date in this context. ``_RULES`` lists them all, in the
# order of the branches of the core pattern.


class _Parts(NamedTuple):
    """The pieces the rules' patterns share besides ``_D``, ``_M`` and ``_Y``."""
    month: str  # a month number or name ("6", "Sáu", "Giêng")
    pod: str  # a part of day ("sáng", "chiều")


class _Match(NamedTuple):
    """What a production reads: the text, the match (a ``_Joined`` or a ``_pattern`` match), its
    named groups, whether the date continues a list before it ("ngày 16, 17 và [18/8]") and the
    item before."""
    text: str
    m: Any
    g: Dict[str, Optional[str]]
    listed: bool
    prev_item: Optional["_Item"]


class _Rule(NamedTuple):
    name: str
    key: str
    examples: Tuple[str, ...]
    pattern: Callable[[_Parts], str]
    produce: Callable[[_Match, "_Item", str], Optional[List["_Item"]]]


def _group(g: Dict[str, Optional[str]], name: str) -> str:
    """A group the branch that matched always fills."""
    value = g[name]
    assert value is not None, name
    return value


# (the checks that veto a date are the functions named "_..._ok" and "_is_...")

def _is_ordinal(text: str, m, wd_word: str) -> bool:
    """"lần thứ 2, ngày 5/3": "thứ 2" after an ordinal's noun is no Monday."""
    return wd_word[-1].isdigit() and _phrase_before(text, m.start("wd"), "ordinal_before")


def _list_of_days(x: _Match, item: "_Item", l1: str) -> Optional[List["_Item"]]:
    return _parse_list(x.text, x.m, item)


def _spelled_day(x: _Match, item: "_Item", sd: str) -> Optional[List["_Item"]]:
    sm = _group(x.g, "sm")
    day, month = int(sd), _month_value(sm)
    year = _num(x.g["sy"])
    if not month or not _valid(day, month, year):
        return None
    if not (item.strong or year or not sm.isdigit() or x.listed):
        return None  # "3 tháng 6 ngày": a duration, not a day
    item.day, item.month, item.year = day, month, year
    item.lunar = _fold(sm) in _lunar_months()
    item.kind = "spelled"
    return [item]


def _days_of_a_month(x: _Match, item: "_Item", rd1: str) -> Optional[List["_Item"]]:
    text, m, g = x.text, x.m, x.g
    start, end = item.start, item.end
    d1, d2 = int(rd1), int(_group(g, "rd2"))
    month: Optional[int]
    if g["rm"] is not None:
        month, year, sep = int(g["rm"]), _num(g["ry"]), _group(g, "rs")
    else:  # "từ ngày 11 đến 20 tháng 2": spelled like "ngày 20 tháng 2"
        rsm = _group(g, "rsm")
        month, year, sep = _month_value(rsm), _num(g["rsy"]), "/"
        item.lunar = _fold(rsm) in _lunar_months()
    if not month or not (_valid(d1, month, year) and _valid(d2, month, year)) or d1 >= d2:
        return None
    item.kind, item.sep = "dayrange", sep
    strong, listed = item.strong, x.listed
    spelled = "-" not in text[m.end("rd1"):m.start("rd2")]  # "10 đến 13-3": a range of days
    bracketed = text[start - 1:start] == "(" and text[end:end + 1] == ")"  # "Lập Xuân (4-5 tháng 2)"
    if g["rsm"] is not None and not (strong or listed or spelled or bracketed):
        return None  # "2-3 tháng 1 lần" counts months
    if not (strong or listed):
        if _phrase_before(text, m.start("rd1"), "block_before") or _phrase_after(text, end, "block_after"):
            return None
        if sep != "/" and not spelled and not _bare_day_ok(
                text, m.start("rd1"), end, d2, month, sep, listed, year):
            return None
    first = _Item(start, end)
    first.day, first.month, first.year = d1, month, year
    item.day, item.month, item.year = d2, month, year
    return [item, first]  # a range of two items


def _day_month(x: _Match, item: "_Item", nd: str) -> Optional[List["_Item"]]:
    g = x.g
    day, month, year = int(nd), int(_group(g, "nm")), _num(g["ny"])
    if not _valid(day, month, year):
        return None
    ns = _group(g, "ns")
    item.kind, item.sep = "numeric", ns
    if not item.strong and not _bare_day_ok(x.text, x.m.start("nd"), item.end, day, month, ns, x.listed, year):
        return None
    item.day, item.month, item.year = day, month, year
    return [item]


def _months_of_a_year(x: _Match, item: "_Item", mr1: str) -> Optional[List["_Item"]]:
    m1, m2, year = int(mr1), int(_group(x.g, "mr2")), int(_group(x.g, "mry"))
    if m1 >= m2:
        return None
    first = _Item(item.start, item.end)
    first.month, first.year, first.gran = m1, year, "month"
    item.month, item.year, item.gran = m2, year, "month"
    item.kind = "monthrange"
    return [item, first]


def _month_word(x: _Match, item: "_Item", mm: str) -> Optional[List["_Item"]]:
    month, year = _month_value(mm), _num(x.g["my"])
    if not month:
        return None
    if not year and not _month_ok(x.text, item.start, item.end, mm):
        return None
    item.month, item.year, item.gran, item.kind = month, year, "month", "month"
    item.lunar = _fold(mm) in _lunar_months()
    return [item]


def _quarter(x: _Match, item: "_Item", q: str) -> Optional[List["_Item"]]:
    item.quarter, item.year, item.gran, item.kind = _roman(q), _num(x.g["qy"]), "quarter", "quarter"
    return [item]


def _quarter_letter(x: _Match, item: "_Item", qa: str) -> Optional[List["_Item"]]:
    item.quarter, item.year, item.gran, item.kind = int(qa), int(_group(x.g, "qay")), "quarter", "quarter"
    return [item]


def _full_moon(x: _Match, item: "_Item", lm: str) -> Optional[List["_Item"]]:
    month = _month_value(lm)
    if not month:
        return None
    item.day, item.month, item.lunar, item.kind = 15, month, True, "lunar"
    return [item]


def _tet_day(x: _Match, item: "_Item", ld: str) -> Optional[List["_Item"]]:
    day = int(ld)
    trig = _fold(x.g["trig"] or "")
    if trig in ("mùng", "mồng") and day <= 10:
        item.day, item.month = day, 1
    elif day >= 23 and day <= 30:
        item.day, item.month = day, 12
    else:
        return None
    item.lunar, item.kind = True, "lunar"
    return [item]


def _years(x: _Match, item: "_Item", y1_text: str) -> Optional[List["_Item"]]:
    text, m, g, end = x.text, x.m, x.g, item.end
    y2_text = _group(g, "y2")
    y1, y2 = int(y1_text), int(y2_text)
    if len(y2_text) == 2:  # "mùa giải 2016-17", "1992-94": the century of the first year
        if m.end("y1") != m.start("ys") or m.end("ys") != m.start("y2"):
            return None
        if y2 <= y1 % 100 and not (y1 % 100 == 99 and y2 == 0):
            return None
        y2 += y1 // 100 * 100 + (100 if y2 <= y1 % 100 else 0)
    if not y1 < y2 <= y1 + 100 or (g["ys"] == "/" and y2 != y1 + 1):
        return None  # "2016/2017" only for a school year, season or crop year
    if _phrase_after(text, end, "block_after") or _phrase_before(text, m.start("y1"), "block_before"):
        return None
    at = m.start("ytrig") if g["ytrig"] else m.start("y1")
    lead = _YEAR_WORD.search(text, max(0, at - 8), at)
    if y1 % 10 == 0 and y2 % 10 == 0 and _phrase_before(text, lead.start() if lead else at, "decade_before"):
        return None  # "những năm 1970-80": decades
    if not g["ytrig"]:
        item.start = m.start("y1")
    first = _Item(item.start, end)
    first.year, first.gran = y1, "year"
    item.year, item.gran, item.kind = y2, "year", "yearrange"
    return [item, first]


def _year_word(x: _Match, item: "_Item", yy: str) -> Optional[List["_Item"]]:
    year = int(yy)
    before = _words_before(x.text, x.m.start("ytrig2"), 2)
    if before and year % 10 == 0 and (_has("decade_before", before[-1]) or _has("decade_before", " ".join(before))):
        return None  # "những năm 1990": a decade
    if before and _has("plural_before", before[-1]):
        item.start = x.m.start("yy")  # "các năm 1961, 1960 và 1979": each year alone
    item.year, item.gran, item.kind = year, "year", "year"
    return [item]


def _month_year(x: _Match, item: "_Item", bm: str) -> Optional[List["_Item"]]:
    text, at = x.text, x.m.start("bm")
    month, year = int(bm), int(_group(x.g, "by"))
    if _phrase_before(text, at, "block_before"):
        return None
    if x.g["bs"] == "-" and not (item.strong or x.listed or _phrase_before(text, at, "weak_before")
                                 or _phrase_before(text, at, "strong_before")):
        return None  # "8-2015" needs a context: a score or a code otherwise
    item.month, item.year, item.gran, item.kind = month, year, "month", "monthyear"
    return [item]


def _bare_year(x: _Match, item: "_Item", byr: str) -> Optional[List["_Item"]]:
    text, at = x.text, x.m.start("byr")
    year = int(byr)
    if _phrase_after(text, item.end, "block_after"):
        return None  # "2018 người", "Camry 2018" (see date_context.tsv)
    words = _words_before(text, at, 3)
    if words and _has("decade_before", words[-1]) and year % 10 == 0:
        return None
    ok = x.listed and x.prev_item is not None and x.prev_item.gran == "year"
    ok = ok or _phrase_before(text, at, "year_before")
    if not ok:
        return None
    item.year, item.gran, item.kind = year, "year", "year"
    return [item]


_RULES: Tuple[_Rule, ...] = (
    # (the first rule is the core pattern's own branch: it stops before the last day of the list,
    # which the next match reads)
    _Rule("list of days sharing a month", "l1", ("ngày 16, 17 và 18/8", "ngày 26 và 27 tháng 11 năm 2015"),
          lambda p: r"(?P<l1>" + _D + r")(?P<lrest>(?:(?:\s*,\s*|\s+(?:đến|tới)\s+)" + _D
          + r"){0,6}(?:\s*,\s*|\s+và\s+))"
          r"(?=(?:(?:ngày|mùng|mồng)\s+)?" + _D + r"(?:[/.\-]" + _M + r"(?!\d)|\s+tháng\s))",
          _list_of_days),
    _Rule("day tháng month", "sd", ("ngày 13 tháng 6 năm 2013", "13 tháng Sáu"),
          lambda p: r"(?P<sd>" + _D + r")\s+tháng\s+(?P<sm>" + p.month + r")"
          r"(?:(?:\s*+,)?\s*+(?:năm\s++|[/\-]\s*+)(?P<sy>" + _Y + r"))?",
          _spelled_day),
    _Rule("days sharing a month", "rd1", ("1-5/8", "ngày 1 đến 5/8", "19-30/4/2017", "từ ngày 11 đến 20 tháng 2"),
          lambda p: r"(?P<rd1>" + _D + r")(?:\s*-\s*|\s+(?:đến|tới)\s+(?:hết\s+)?(?:" + p.pod
          + r"\s+)?(?:ngày\s+)?)(?P<rd2>" + _D + r")"
          r"(?:(?P<rs>[/.\-])(?P<rm>" + _M + r")(?:(?P=rs)(?P<ry>" + _Y + r"))?"
          r"|\s+tháng\s+(?P<rsm>" + p.month + r")(?:(?:\s*+,)?\s*+(?:năm\s++|[/\-]\s*+)(?P<rsy>" + _Y + r"))?)",
          _days_of_a_month),
    _Rule("day/month", "nd", ("ngày 24/9", "24-9-2018", "hôm 24.09.2018"),
          lambda p: r"(?P<nd>" + _D + r")(?P<ns>[/.\-])(?P<nm>" + _M + r")(?:(?P=ns)(?P<ny>" + _Y + r"))?",
          _day_month),
    _Rule("months sharing a year", "mr1", ("tháng 3-5/2017", "tháng 3 đến tháng 5/2017"),
          lambda p: r"tháng\s+(?P<mr1>" + _M + r")(?:\s*-\s*|\s+(?:đến|tới)\s+(?:tháng\s+)?)(?P<mr2>" + _M + r")"
          r"(?:\s*[/.\-]\s*|(?:\s*+,\s++|\s++)năm\s++)(?P<mry>" + _Y + r")",
          _months_of_a_year),
    _Rule("tháng month", "mm", ("tháng 6/2013", "tháng Sáu năm 2013", "từ tháng 8"),
          lambda p: r"tháng\s+(?P<mm>" + p.month + r")(?:(?:\s*[/.\-]\s*|(?:\s*+,\s++|\s++)năm\s++)(?P<my>"
          + _Y + r"))?",
          _month_word),
    _Rule("quý quarter", "q", ("quý I/2017", "quý 4 năm 2016"),
          lambda p: r"quý\s+(?P<q>IV|I{1,3}|[1-4])(?![\p{L}\p{N}])"
          r"(?:(?:\s*[/.\-]\s*|(?:\s*+,\s++|\s++)năm\s++)(?P<qy>" + _Y + r"))?",
          _quarter),
    _Rule("Q quarter/year", "qa", ("Q1/2017",),
          lambda p: r"(?-i:Q)(?P<qa>[1-4])[/.\-](?P<qay>" + _Y + r")",  # (with its year only)
          _quarter_letter),
    _Rule("rằm tháng month", "lm", ("rằm tháng Giêng",),
          lambda p: r"rằm\s+tháng\s+(?P<lm>" + p.month + r")",
          _full_moon),
    _Rule("day Tết", "ld", ("mùng 5 Tết", "30 Tết"),
          lambda p: r"(?P<ld>" + _D + r")\s+tết(?!\p{L})",
          _tet_day),
    _Rule("year-year range", "y1", ("2013-2018", "năm 2016 - 2020", "mùa giải 2016-17"),
          lambda p: r"(?:(?P<ytrig>năm)\s+)?(?P<y1>" + _Y + r")\s*(?P<ys>-|/)\s*(?P<y2>" + _Y + r"|\d\d(?!\d))",
          _years),
    _Rule("năm year", "yy", ("năm 2013",),
          lambda p: r"(?P<ytrig2>năm)\s+(?P<yy>" + _Y + r")",
          _year_word),
    _Rule("month/year", "bm", ("từ 9/2020", "vào 8-2015"),
          lambda p: r"(?P<bm>" + _M + r")(?P<bs>[/\-])(?P<by>" + _Y + r")",
          _month_year),
    _Rule("year in a year context", "byr", ("đến 2030", "Tết 2017"),
          lambda p: r"(?P<byr>(?:19|20)\d\d)",
          _bare_year),
)
# a range written with a connector ("27/7/1947 - 27/7/2018", "năm 2013 đến năm 2018"): two
# dates of the rules above joined (see ``_step``)
_RANGE_RULE = "date - date range"
# relative expressions, with a document date only (see ``_relatives``)
_RELATIVE_RULES = {"pod": "part of day and relative day", "rel": "relative day", "period": "relative period"}


def _parse(text: str, m, prev_end: int, prev_item: Optional["_Item"]) -> Optional[List["_Item"]]:
    """The items of one pattern match, or None when the match is not a date here: the checks of
    the prefix words, then the production of the rule whose branch matched."""
    groups = m.groupdict() if isinstance(m, _Joined) else _groupdict(m)
    start, end = m.start(), m.end()
    pod_word, wd_word, rel, time, trig = groups["pod"], groups["wd"], groups["rel"], groups["time"], groups["trig"]
    wd = None
    if wd_word:
        if _is_ordinal(text, m, wd_word):
            return None
        wd_text = " ".join(wd_word.split())
        wd = int(_lookup()["weekday"].get(wd_text) or _lookup()["weekday"][wd_text.casefold()])
    context = bool(pod_word or wd_word or rel or time)  # a word of time before the date
    strong = bool(trig or context)
    if strong and groups["l1"] is None and groups["sd"] is None and groups["rd1"] is None \
            and groups["nd"] is None and groups["ld"] is None:
        return None  # "lần thứ 2 năm 2017": a weekday/trigger only goes with a day
    # a list or range continuation: "ngày 16, 17 và [18/8]", "[30/4] và 1/5"
    gap = text[prev_end:start] if prev_item is not None and 0 <= start - prev_end <= 6 else None
    listed = gap is not None and _LISTED.fullmatch(gap) is not None
    if not context and groups["open"]:
        start = m.end("open")  # a bracket before the trigger or the date is not part of the span
    pod = _lookup()["pod"].get(_fold(pod_word)) if pod_word else None
    item = _Item(start, end)
    item.pod, item.weekday, item.strong = pod, wd, strong
    item.cue = trig or wd_word or pod_word or rel or time
    if time:
        item.time = _clock(time, pod)
    for rule in _RULES:
        key = groups[rule.key]
        if key is not None:
            item.rule = rule.name
            made = rule.produce(_Match(text, m, groups, listed, prev_item), item, key)
            if made is not None:
                for one in made:
                    one.rule = rule.name
            return made
    return None


def _bare_day_ok(text, start, end, day, month, sep, listed, year) -> bool:
    """Whether a day/month written without a trigger word is a date in this context."""
    if year:
        return not _phrase_before(text, start, "block_before") or sep != "/"
    if listed:
        return True
    if _phrase_before(text, start, "block_before") or _phrase_after(text, end, "block_after"):
        return False
    if sep == ".":
        return False
    if _phrase_before(text, start, "strong_before"):
        return True
    fraction_like = day < month and day <= 9
    in_parens = start > 0 and text[start - 1] == "(" and text[end:end + 1] in (")", ",")
    follows = _after()[1].match(text, end) is not None
    if in_parens:  # "(10/2)"; not a score "(2-1)", a formation "(4-5-1)" or a tally "17% (2/12)"
        before = _words_before(text, start - 1, 1)
        if before and (before[-1].isdigit() or before[-1] == "%"):
            return False
        return sep == "/" or day >= 10
    if _phrase_before(text, start, "weak_before"):
        if sep == "/":
            return not fraction_like or follows
        return day > month or (day >= 10 and follows)
    # no context at all: only unmistakable day/month pairs: a zero-padded part ("26/05"),
    # a heading date before a colon ("Tin thể thao 6/6: ..."), a day no month can be
    if sep == "/" and (text[start] == "0" or text[end - 2:end - 1] == "0" or (
            not fraction_like and text[end:end + 1] == ":" and not text[end + 1:end + 2].isdigit())):
        return True
    return sep == "/" and day >= 10 and day > month and (day, month) != (24, 7) and follows


def _month_ok(text, start, end, token) -> bool:
    """"tháng 6" alone: not "mỗi tháng 2 lần", "3 tháng 6 ngày", "tháng 5 triệu"."""
    before = _words_before(text, start, 1)
    if before and (before[-1].isdigit() or _has("count_before", before[-1])):
        return False
    if _phrase_after(text, end, "block_after") and not _suffix()[1].match(text, end):
        return False
    return True


def _untriggered_list_ok(text: str, m, nxt, last_day: int, month: int) -> bool:
    """A list of days without "ngày": "lấy 27, 28 và 31/8", "(22, 23, 26 và 29/6)": days in
    order, three or more of them or a date context before the first."""
    start = m.start("l1")
    days = [int(x) for x in _DIGITS.findall(m.group(0), 0, m.end("lrest") - m.start())]
    if _LIST_RANGE.search(m.group("lrest")) or days + [last_day] != sorted(set(days + [last_day])):
        return False
    if _phrase_before(text, start, "block_before") or _phrase_after(text, nxt.end(), "block_after"):
        return False
    return ((len(days) >= 2 and not last_day < month <= 9) or text[start - 1:start] == "("
            or _phrase_before(text, start, "weak_before") or _phrase_before(text, start, "strong_before"))


def _parse_list(text, m, item) -> Optional[List[_Item]]:
    """ "ngày 16, 17 và 18/8": the leading days (the last one is the next match); a range among
    them ("ngày 20 đến 23 và 27-7") ends on an item whose ``rfirst`` is its start."""
    nxt = _pattern().match(text, m.end())
    if nxt is None:
        return None
    month: Optional[int]
    if nxt.group("nd") is not None:
        month, year = int(nxt.group("nm")), _num(nxt.group("ny"))
        last_day = int(nxt.group("nd"))
        if not (m.group("trig") or item.strong) and nxt.group("ns") != "/":
            return None
    elif nxt.group("sd") is not None:  # "ngày 26 và 27 tháng 11 năm 2015"
        month, year = _month_value(nxt.group("sm")), _num(nxt.group("sy"))
        if not month:
            return None
        last_day = int(nxt.group("sd"))
    else:
        return None
    if not (m.group("trig") or item.strong) and not _untriggered_list_ok(text, m, nxt, last_day, month):
        return None
    out = []
    first = item
    first.end = m.end("l1")
    first.day, first.month, first.year, first.kind = int(m.group("l1")), month, year, "list"
    if not _valid(first.day, month, year):
        return None
    out.append(first)
    for found in _LIST_PART.finditer(m.group("lrest")):
        s = m.start("lrest") + found.start("d")
        day = int(found.group("d"))
        if not _valid(day, month, year):
            return None
        extra = _Item(s, s + len(found.group("d")))
        extra.day, extra.month, extra.year, extra.kind, extra.strong = day, month, year, "list", True
        if _LIST_RANGE.fullmatch(found.group("sep")):
            prev = out.pop()
            if prev.rfirst is not None or prev.day >= day:
                return None
            extra.rfirst, extra.start = prev, prev.start
        out.append(extra)
    return out


# --- the recogniser ---------------------------------------------------------------------------


def _extend(text: str, item: _Item, opened: bool) -> None:
    """Take a following year, relative year, lunar mark or closing bracket into the span."""
    year_re, rel_re, lunar_re, close_re = _suffix()
    if item.gran in ("day", "month", "quarter") and item.year is None:
        found = year_re.match(text, item.end)
        if found and item.gran != "quarter":
            item.year = int(found.group("y"))
            item.end = found.end()
        else:
            found = rel_re.match(text, item.end)
            if found:
                item.rel_year = int(_lookup()["rel_year"][_fold(found.group("ry"))])
                item.end = found.end()
    found = lunar_re.match(text, item.end) if item.gran in ("day", "month") else None
    if found:
        item.lunar = True
        item.end = found.end()
    if opened:
        found = close_re.match(text, item.end)
        if found:
            item.end = found.end()


# what may stand right before a date without a prefix, no letter, digit, "_" or "/.-": _GUARD
# holds there (and at the start of the text) without a regex call
_GUARD_FREE = frozenset(("", " ", "\n", "\t", "(", ",", ";", ":", "\"", "“", "'", "["))
_BEFORE = 64  # the longest prefix before a date core ("lúc 9 giờ 30 phút sáng thứ Hai (ngày ...")


@lru_cache(maxsize=1)
def _prefix_last_words() -> FrozenSet[str]:
    """The words (case-folded) a prefix before a date core can end with: the last word of a
    trigger, weekday, part of day or relative day, or the mark after the hour or minutes of a
    clock time."""
    kinds = ("trigger", "weekday", "pod", "rel_pod", "rel_day")
    words = {_fold(w).split()[-1] for kind in kinds for w, _, _ in _words()[kind]}
    return frozenset(words | set(_HOUR_MARKS) | set(_MINUTE_MARKS))


def _prefix_may_end(folded: str, low: int, start: int) -> bool:
    """Whether a prefix (read in ``folded[low:start]``) can end right before the core at
    ``start``: past the spaces and commas after it, every prefix ends with a word of
    ``_prefix_last_words``, a digit (a clock time, "thứ 2"), "(" or "'" (minutes). Most cores
    have none ("trong tháng 9", "đến năm 2020"), and this test is far cheaper than the reverse
    match of the prefix pattern that finds so."""
    end = start
    while end > low and (folded[end - 1].isspace() or folded[end - 1] == ","):
        end -= 1
    if end == low:
        return False
    last = folded[end - 1]
    if not last.isalpha():
        return last.isdecimal() or last in "('" or not last.isascii()
    begin = end - 1
    while begin > low and folded[begin - 1].isalpha():
        begin -= 1
    return begin == low or folded[begin:end] in _prefix_last_words()


def recognize(doc) -> None:
    """Append a ``DateMention`` for every date expression of ``doc.text`` to doc.results["dates"]."""
    text = doc.text
    connector = _connector()
    items: List[Tuple[_Item, Optional[_Item]]] = []  # (end item, start item of a range or None)
    core_pattern, prefix_reverse, guard = _scanners()
    pos, prev_end, prev_item = 0, -100, None
    floor = 0  # nothing before this is read again
    search = _core_search(text, core_pattern)
    dated = doc.doc_date is not None
    # (positions of the folded text differ from the text's: no test before a prefix)
    folded_text = casefolded(text)
    folded = folded_text if len(folded_text) == len(text) else None
    while True:
        core = search(pos)
        if core is None:
            break
        state = None
        start = core.start()
        low = max(floor, start - _BEFORE)
        if folded is not None and not _prefix_may_end(folded, low, start):
            low = start
        while state is None and low < start:  # the longest prefix that makes a date
            prefix = prefix_reverse.match(text, low, start)
            if prefix is None or prefix.start() >= start:
                break
            state = _step(text, _Joined(prefix, core), prev_end, prev_item, items, connector, dated)
            low = prefix.start() + 1
        if state is None and (text[start - 1:start] in _GUARD_FREE or guard.match(text, start)):
            state = _step(text, _Joined(None, core), prev_end, prev_item, items, connector, dated)
        if state is None:
            pos = start + 1
            continue
        pos, prev_end, prev_item = state
        floor = pos
    anchor = None
    for item, first in items:
        record = _record(doc, item, first, anchor)
        doc.results["dates"].append(record)
        if item.gran == "day" and first is None:
            anchor = record
    if doc.doc_date is not None:
        _relatives(doc, items)


def _step(text, m, prev_end, prev_item, items, connector, dated):
    """Take one match: append its items and return (next position, prev_end, prev_item), or
    None when it is not a date here. ``dated``: the document has a date (the years to fill)."""
    parsed = _parse(text, m, prev_end, prev_item)
    if not parsed:
        return None
    opened = m.group("open") is not None and parsed[0].start < m.start("open")
    if m.group("l1") is not None:
        for it in parsed:
            items.append((it, it.rfirst))
        return m.end(), parsed[-1].end, parsed[-1]
    item = parsed[0]
    first = parsed[1] if len(parsed) > 1 else None
    _extend(text, item, opened)
    # a range written with a connector: "27/7/1947 - 27/7/2018", "năm 2013 đến năm 2018"
    if first is None:
        joined = connector.match(text, item.end)
        if joined:
            second = _pattern(False).match(text, joined.end())
            if second is not None:
                other = _parse(text, second, item.end, item)
                if other and len(other) == 1 and second.group("l1") is None:
                    end_item = other[0]
                    _extend(text, end_item, second.group("open") is not None
                            and end_item.start < second.start("open"))
                    if _range_ok(item, end_item):
                        first, item = item, end_item
                        first.end = item.end
                        item.cue, item.rule = item.rule, _RANGE_RULE  # (the end's rule kept as evidence)
    if first is not None:
        item.start = min(item.start, first.start)
        first.start = item.start
    # (only read to fill a missing year from the document date)
    item.future = dated and item.year is None and _after()[0].match(text, item.end) is not None
    items.append((item, first))
    return item.end, item.end, item


def _range_ok(first: _Item, second: _Item) -> bool:
    """Two dates joined by "-"/"đến" form one range: same kind of unit, in order."""
    if first.gran != second.gran or first.gran not in ("day", "month", "year"):
        return False
    if first.gran == "year":
        return first.year is not None and second.year is not None and first.year < second.year
    if first.year is None and second.year is not None:
        return True
    if first.year is not None and second.year is None:
        return False
    a = (first.year or 0, first.month or 0, first.day or 0)
    b = (second.year or 0, second.month or 0, second.day or 0)
    return a < b or (first.year is None and a != b)


def _inherit(first: _Item, last: _Item) -> None:
    """The start of a range takes the month/year it does not write from the end."""
    if first.year is None and last.year is not None:
        first.year = last.year
        if (first.month or 0, first.day or 0) > (last.month or 0, last.day or 0):
            first.year = last.year - 1
    if first.rel_year is None:
        first.rel_year = last.rel_year


def _record(doc, item: _Item, first: Optional[_Item], anchor) -> DateMention:
    if first is not None:
        _inherit(first, item)
        value = first.value() + "/" + item.value()
        gran = "range"
    else:
        value = item.value()
        gran = item.gran
    fields = dict(value=value, part_of_day=item.pod if first is None else (first.pod or item.pod),
                  granularity=gran, time=item.time if first is None else first.time,
                  weekday=item.weekday if first is None else first.weekday,
                  modifier=_modifier_of(doc.text, item.start),
                  calendar="lunar" if (item.lunar or (first is not None and first.lunar)) else "gregorian")
    if doc.doc_date is not None:
        if first is not None:
            end_value, end_inferred = _resolve(item, doc.doc_date)
            start_value, start_inferred = _resolve(first, doc.doc_date, end_value)
            if start_value is not None and end_value is not None:
                fields["resolved"] = start_value + "/" + end_value
                fields["year_inferred"] = end_inferred or start_inferred
        else:
            resolved, inferred = _resolve(item, doc.doc_date)
            if resolved is not None:
                fields["resolved"], fields["year_inferred"] = resolved, inferred
        fields["relative"] = item.rel_year is not None
    record = doc.make(DateMention, item.start, item.end, **fields)
    if doc.explaining:
        doc.why(record, item.rule, **_evidence(item, first))
    return record


def _evidence(item: _Item, first: Optional[_Item]) -> Dict[str, str]:
    """What ``explain`` shows beside the rule of a date: the word before it that made it one,
    the rules of the two ends of a range."""
    if item.rule == _RANGE_RULE and first is not None:
        out = {"start": first.rule, "end": item.cue or ""}
        if first.cue:
            out["cue"] = " ".join(first.cue.split())
        return out
    return {"cue": " ".join(item.cue.split())} if item.cue else {}


@lru_cache(maxsize=1)
def _modifier_ends() -> Tuple[str, ...]:
    """The last words of the modifiers ("đầu", "cuối", "tuần" ...), case-folded."""
    return tuple(sorted({_fold(w).split()[-1] for w, _, _ in _words()["modifier"]}))


def _modifier_of(text: str, start: int) -> Optional[str]:
    low = max(0, start - 20)
    folded = casefolded(text)
    if len(folded) == len(text) and not folded[low:start].rstrip().endswith(_modifier_ends()):
        return None  # no modifier word right before the date: the search would find nothing
    found = _modifier().search(text, low, start)
    if not found:
        return None
    return _lookup()["modifier"].get(_fold(found.group("mod")))


def _resolve(item: _Item, doc_date: datetime.date, end_value: Optional[str] = None) -> Tuple[Optional[str], bool]:
    """The value with its year filled from the document date (and whether a year was filled);
    None when the year to fill is outside 1-9999 (a document date at the end of the calendar:
    left unresolved)."""
    if item.year is not None:
        return item.value(), False
    if item.rel_year is not None:
        year = doc_date.year + item.rel_year
    elif end_value is not None and end_value[:4].isdigit():
        year = int(end_value[:4])
        if (item.month or 0, item.day or 0) > (int(end_value[5:7] or 0) if len(end_value) >= 7 else 0,
                                               int(end_value[8:10] or 0) if len(end_value) >= 10 else 0):
            year -= 1
    elif item.gran == "quarter":
        year = doc_date.year
    else:
        year = _nearest_year(item, doc_date)
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        return None, False
    saved = item.year
    item.year = year
    value = item.value()
    item.year = saved
    return value, True


def _nearest_year(item: _Item, doc_date: datetime.date) -> int:
    """News reports the recent past: the candidate year closest to the document date, with
    future dates counted 4 times as far (unless "tới" follows) and a written weekday obeyed."""
    best, best_cost = doc_date.year, None
    for year in (doc_date.year - 1, doc_date.year, doc_date.year + 1):
        if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
            continue  # (a document date in year 1 or 9999)
        month, day = item.month or 1, item.day or 1
        if item.lunar or not _valid(day, month, year):
            if not _valid(day, month, 2000):
                continue
            day = min(day, calendar.monthrange(year, month)[1])
        date = datetime.date(year, month, day)
        delta = (date - doc_date).days
        cost = abs(delta) if delta <= 0 or item.future else delta * 4
        if item.future and delta < -3:
            cost = abs(delta) * 4
        if item.weekday and item.day and not item.lunar and date.isoweekday() != item.weekday:
            cost += 10000
        if best_cost is None or cost < best_cost:
            best, best_cost = year, cost
    return best


def _relatives(doc, items) -> None:
    """Relative expressions ("hôm qua", "sáng nay", "năm ngoái"), resolved against doc_date."""
    text = doc.text
    # the spans of the dates, by start, with the furthest end so far: a relative expression
    # inside one is found by bisection (a scan of all of them for each was quadratic)
    taken = sorted((first.start if first else item.start, item.end) for item, first in items)
    taken_starts = [s for s, _ in taken]
    reach = list(itertools.accumulate((e for _, e in taken), max))
    day_records = sorted((r for r in doc.results["dates"] if r.granularity == "day" and r.resolved),
                         key=lambda r: r.start)
    day_starts = [r.start for r in day_records]
    lookup = _lookup()
    for m in _relative_pattern().finditer(text):
        k = bisect.bisect_left(taken_starts, m.end())
        if k and reach[k - 1] > m.start():
            continue
        before = _words_before(text, m.start(), 1)
        if before and before[-1].isdigit():
            continue  # "5 năm trước" is a duration back, not "last year"
        try:
            value, gran, pod = _relative_value(m, doc.doc_date, day_records, day_starts, lookup)
        except (ValueError, OverflowError):
            continue  # beyond the calendar (a document date in year 1 or 9999): left out
        record = doc.make(DateMention, m.start(), m.end(), value=value, part_of_day=pod, granularity=gran,
                          relative=True, resolved=value, modifier=None)
        doc.results["dates"].append(record)
        if doc.explaining:
            kind = "pod" if m.group("relp") else "rel" if m.group("rel") else "period"
            doc.why(record, _RELATIVE_RULES[kind], word=" ".join(m.group().split()))


def _relative_value(m, base: datetime.date, day_records, day_starts, lookup) -> Tuple[str, str, Optional[str]]:
    """(value, granularity, part of day) of a relative expression; ValueError or OverflowError
    when the date it denotes is outside years 1-9999."""
    pod = None
    gran = "day"
    if m.group("period"):
        unit, offset = lookup["rel_period"][_fold(m.group("period"))].split(":")
        offset = int(offset)
        if unit == "year":
            year = base.year + offset
            if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
                raise ValueError("year %d is out of range" % year)
            return "%04d" % year, "year", None
        if unit == "month":
            month_index = base.year * 12 + base.month - 1 + offset
            if not datetime.MINYEAR <= month_index // 12 <= datetime.MAXYEAR:
                raise ValueError("year %d is out of range" % (month_index // 12))
            return "%04d-%02d" % (month_index // 12, month_index % 12 + 1), "month", None
        iso = (base + datetime.timedelta(weeks=offset)).isocalendar()
        return "%04d-W%02d" % (iso[0], iso[1]), "week", None
    word = m.group("relp") or m.group("rel")
    offset = lookup["rel_pod"].get(_fold(word)) if m.group("relp") else lookup["rel_day"].get(_fold(word))
    if m.group("pod"):
        pod = lookup["pod"].get(_fold(m.group("pod")))
    if offset in ("same", "next"):  # the day of the previous date mention (or the day after)
        k = bisect.bisect_left(day_starts, m.start())  # the last day mention before
        day = datetime.date.fromisoformat(day_records[k - 1].resolved[:10]) if k else base
        if offset == "next":
            day += datetime.timedelta(days=1)
    else:
        day = base + datetime.timedelta(days=int(offset))
    return day.isoformat(), gran, pod
