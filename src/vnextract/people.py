"""People: names of real persons in Vietnamese news, by rules only (what counts as a mention and what
each field means: ``docs/kinds/people.md``).

How a name is found
-------------------
1. Tokens: capitalised words, ALL-CAPS words, initials ("N.V.A", "T.Thủy") and name particles
   ("van", "al-"); the lower-case words of cue phrases are read from the text where a cue may
   start (``_Scan``). Capitalised tokens joined by single spaces form *runs* (a middle initial
   "George W. Bush" may join them).
2. Cues (``data/person_cues.tsv``): honorifics "ông", "đồng chí", "Bác"; ranks "Thượng tướng";
   degrees "PGS.TS", "TS."; titles "Phó Thủ tướng (Thường trực)"; occupations "đạo diễn", "bị cáo".
   Their tokens never belong to a run. A run has a cue right before it, or a title earlier in
   the clause with only its organisation between ("Chủ tịch UBND tỉnh Bình Dương Trần Văn Nam").
3. Each run is split into prefix + name. The prefix may hold places (provinces, ``data/places.txt``),
   acronyms ("UBND", "PVN"), organisation words, capitalised honorifics/degrees ("Ông", "PGS.TS")
   and a sentence-initial function word ("Theo", "Tại"). The name is accepted
   - after a cue: 1-4 tokens (one only right after the cue, "ông Cành", "Bác Hồ"; one Vietnamese
     syllable after a title/occupation only if a longer name of the text explains it);
   - without a cue: a family name (``data/surnames.txt``) + 1-3 syllables; a pair of given names
     ("Thanh Tùng"); a foreign name starting with a known given name ("Viktor Leonov"), or a
     Latin-script pair before a verb / in apposition to a cue ("Guy Ryder cho biết"); a name in
     western order ("Chris Khoa Nguyễn"); a name without its marks ("Tran Van Hung"); one given
     name inside a sentence before a predicate ("... cho Dung.", "Minh nhớ lại");
   and refused after a place/organisation word ("đường Nguyễn Huệ", "TP Hồ Chí Minh", a list
   "các xã Hòa Lợi, Hòa Thái", ``data/person_negative.txt``), before an address ("Lý Thái Tổ, Q.10"),
   when it is itself a place, or when it holds brand/organisation words (``foreign_not_name_words``).
4. Credits and bylines ("Tin, ảnh: Nguyễn Văn Việt (TTXVN)", "Ảnh: K.K", "Kim Anh/VOV.VN", a line
   or text ending in a name and its source) are names with a ``role``.
5. Second pass: other occurrences of a full name, and partial mentions of it ("Dung", "Macron",
   "Minh Hiền", "Thủ tướng Lý") are persons; ``canonical`` is the full name each mention refers to
   (the nearest one before it, else the first after it).

Each rule has a name (``RULE_*``: "honorific then name", "surname + given names", "byline credit" ...)
that every mention carries with its evidence (cue word, list and entry) to ``doc.why``; the vetoes
of step 3 are named checks (``V_*``, all in ``_VETOES``).

Everything is linear in the text length: runs are cut at ``MAX_RUN`` tokens, look-backs use bounded
windows and every regex has bounded repetitions. ``_FLAGS`` switches rules off for benchmarks.
"""
import bisect
import importlib.util
import os
import re
import unicodedata
from functools import lru_cache
from itertools import chain, compress, islice
from operator import and_, attrgetter, methodcaller, not_
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

import regex

from . import gazetteer, lexicon, name_context, organizations, people_context, person_check, stories
from .records import Person

_FLAGS = {"bare_single": True, "given_pair": True, "foreign_generic": True, "foreign_single": False,
          "bare_sentence_start": True, "context_model": True, "thing_names": True,
          "person_check": True}  # rule switches (bench)
MAX_RUN = 12  # longer capitalised runs are headlines/lists: looked at in windows of this size
MAX_NAME = 5  # tokens in a name ("Nguyễn Thị Kim Tiến", "Isamu Akasaki", "Lee Suet Fern")

_L = r"\p{L}\p{M}"
TOKEN_RE = regex.compile(r"[" + _L + r"]+(?:[-.'’][" + _L + r"]+){0,6}")
# a minute of a match after a scorer's name: " 50'", " 90+2’" (not "5'6": a height)
_RE_MINUTE_MARK = regex.compile(r" \d{1,3}(?:\+\d{1,2})?['’′](?![\p{L}\d])")
_RE_TWO_CAPS = regex.compile(r"(\p{Lu}[\p{Ll}\p{M}]+) \p{Lu}")  # two capitalised words
INITIALS_RE = regex.compile(r"(?:\p{Lu}\.){1,3}(?:\p{Lu}[\p{Ll}\p{M}]*)?")
# one Vietnamese syllable (tone marks removed, đ -> d): onset + vowel nucleus + coda
_VN_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
    r"(?:[aeiouy]{1,3})(?:ng|nh|ch|[cmnpt])?"
)
_RE_NEXT_WORD = regex.compile(r"\s([\p{Ll}\p{M}]+)")
_RE_DASH_DIGIT = regex.compile(r"-?\d")
_RE_INITIALS3 = regex.compile(r"(?:\p{Lu}\.){2,3}\p{Lu}")
_RE_DIGIT_END = regex.compile(r"\d$")
_ROMAN_LETTERS = frozenset("IVX")
# one or two romanised Korean/Chinese syllables ("Hang", "Seo", "Choong", "Liangchi", "Jong-un")
_EA_SYL = r"(?:[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l|p|t|r|h)?)"
_RE_EAST_ASIAN_GIVEN = regex.compile(_EA_SYL + r"(?:-?" + _EA_SYL + r")?")
_RE_ROMAN = regex.compile(r"[IVX]{1,4}")
_RE_CAPS_BEFORE = regex.compile(r"\p{Lu}[,;/&]\s{1,2}$")  # an ALL-CAPS list: "XÂY DỰNG, QUẢN LÝ, BẢO VỆ"
_RE_YEAR_BEFORE = regex.compile(r"(?<![\d/.,])(?:19[5-9]|20[0-3])\d\s{1,2}$")
_RE_TIME_BEFORE = regex.compile(r"(?<!\d)\d{1,2}[:h]\d{2}\s{1,2}$")  # "15:14 Nguyên Hoàng": a time, no house number
_RE_HOUSE_WORD = regex.compile(r"(?i:số|nhà|đường|phố|hẻm|ngõ|ngách|kiệt)\s{1,2}\d{4}\s{1,2}$")
_RE_LIST_ITEM = regex.compile(r"(?:^|\n)[ \t]{0,2}(?:\d{1,3}|\p{Ll})[.)][ \t]{1,2}$")
_RE_CAPS_AFTER = regex.compile(r"[,;/&]\s{1,2}\p{Lu}{2}")
_DIGIT = regex.compile(r"\d")
_DIGITISH = re.compile("[\\d\U00010000-\U0010FFFF]")
_RE_LIST_TAIL = regex.compile(r"(?:\s\p{Lu}[\p{L}\p{M}-]{0,15}(?:\s\p{Lu}[\p{L}\p{M}-]{0,15}){0,3}(?:,|\svà))+\s$")
_RE_NUMBER_BEFORE = regex.compile(r"\d\s{1,2}$")
_RE_LOWER_WORD_END = regex.compile(r"\p{Ll}[\p{L}\p{M}]*,?\s$")
_RE_NAME_SEP = regex.compile(r"\s{0,2}(?:-|,|và|&)\s{0,2}")
_RE_SENT_END = regex.compile(r"(?:[.!?…]|\./\.|[\"”’)])\s{1,3}(?=[\p{Lu}(])")
_RE_GLUED_THEO = regex.compile(r"(?<=[\p{L}\p{M}])\s?Theo\s")
_RE_SEP2 = regex.compile(r"\s{0,2}(?:-|,|&)\s{1,2}")
_RE_SRC_START = regex.compile(r"[/(\-]|Theo\s")
_SPACE_ONLY = regex.compile(r"[ \t]{1,3}")


def _space_only(gap: str) -> bool:
    """``_SPACE_ONLY.fullmatch(gap)``, the common one space first."""
    return gap == " " or _SPACE_ONLY.fullmatch(gap) is not None


_PREV_LETTER = regex.compile(r"[\p{L}\p{M}]", flags=regex.REVERSE)
_SENT_BREAK = regex.compile(r"[\n.!?…:;•]|(?:^|\s)[-+*](?:\s|$)")
_BREAK_CHARS = frozenset("\n.!?…:;•")  # _SENT_BREAK's marks (no letters)
_RE_ACRONYM_AFTER = regex.compile(r"\s{0,2}[–\-(]\s{0,2}(\p{Lu}{2,6})(?![\p{L}\p{M}])")
_RE_ONE_LOWER_LEAD = regex.compile(r"\p{Ll}[\p{L}\p{M}]*\s{1,2}$")
_RE_GLUED_DASH_AFTER = regex.compile(r"\s?[-–]\p{Lu}")  # "Khiêm-Lê", "Diệu –Nguyễn": the dash glued to the next name
_RE_GLUED_DASH_BEFORE = regex.compile(r"[\p{L}\p{M}]\s?[-–]$")  # "Khiêm-|Lê", "Diệu –|Nguyễn"
_DASHES = frozenset("-–")
_RE_LOWER_LEAD = regex.compile(r"^(?:\p{Ll}[\p{L}\p{M}]*\s{1,2}){1,4}")  # "tỉnh ", "sông "
# lower-case English words right before a name: it is inside a title ("Judas and the Black Messiah")
_RE_ENGLISH_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:the|of|and|for|with|from|in|on)\s$")
_ENGLISH_LAST = frozenset("efdrhmn")  # the last letters of those words
_RE_NUMBER_CODE_AFTER = regex.compile(r"\s\d{1,4}[-/]\d")  # "Red Flag 17-01": an event or a model
# a quoted phrase right before a position: '"Bao Thanh Thiên" ' (the phrase as group 1)
_RE_QUOTED_BEFORE = regex.compile(r"[\"“'‘]([\p{Lu}][\p{L}\p{M} ]{1,30}[\p{L}\p{M}])[\"”'’]\s{1,2}$")
_RE_EDE_FEMALE = regex.compile(r"H['’]\p{Lu}[\p{Ll}\p{M}]{0,8}")  # "H'Hen", "H’Ăng"
_RE_YEAR_AFTER = regex.compile(r"\s(?:19|20)\d\d(?!\d)")
# ``regex``'s \s (Unicode White_Space) for Python's ``re`` (whose \s also holds \x1c-\x1f)
_WS = "[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
_RE_QUOTE_COMMA = re.compile("[\"”’']" + _WS + "{0,2}," + _WS + "{1,2}")  # a closing quotation mark and its comma
_RE_LIST_SEP = regex.compile(r"\s{0,2}[,;]\s{1,2}|\s{1,2}và\s{1,2}")  # between the items of a list
# characters that are no digit (nor "-"), and the text's end: where ``_RE_DASH_DIGIT``/``_RE_DIGIT_END`` need
# not be asked (most names end before a space or a punctuation mark)
_NO_DIGIT = frozenset(("", " ", "\t", "\n", ",", ".", ";", ":", "!", "?", "(", ")", "\"", "'", "“", "”", "‘", "’", "…",
                       "/"))
_DASH_OPEN = ("-", "–", "(")  # what ``_RE_ACRONYM_AFTER`` needs in its first three characters
_QUOTE_CLOSE = ("\"", "”", "'", "’")  # what ``_RE_QUOTED_BEFORE`` needs in the last four characters


_COMPANY_WORD: Dict[str, bool] = {}


def _company_word(word: str) -> bool:
    """``_RE_COMPANY.search(word)``, kept per word."""
    hit = _COMPANY_WORD.get(word)
    if hit is None:
        if len(_COMPANY_WORD) > 20000:
            _COMPANY_WORD.clear()
        hit = _COMPANY_WORD[word] = _RE_COMPANY.search(word) is not None
    return hit


def _fold(text: str) -> str:
    """Lower case without tone/vowel marks, đ -> d ("Nguyễn" -> "nguyen")."""
    text = text.lower().replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=16384)
def is_vn_syllable(token: str) -> bool:
    return _VN_SYLLABLE.fullmatch(_fold(token)) is not None


_has_vn_marks = name_context.has_vn_marks  # (the letters beyond ASCII: "Högberg" has none)


# --- language data -------------------------------------------------------------------------

# word sets and the regexes built from them: filled from data/person_rule_words.tsv by _rules()
PARTICLES: FrozenSet[str] = frozenset()
_NONE: FrozenSet[str] = frozenset()
_FOLLOWERS = _GAP_START = _HONORIFIC_INSIDE = _NOT_BARE_AT_START = _ORG_HEADS = _ARTICLES = _NONE
_TRAILING_DROP = _NAME_OK = _CREDIT_HONORIFICS = _DOTTED_HONORIFICS = _NONE
_CUE_SUFFIXES: FrozenSet[Tuple[str, ...]] = frozenset()
_SUFFIX_FIRST: FrozenSet[str] = frozenset()  # first words of ``_CUE_SUFFIXES``
_NEVER: "regex.Pattern[str]" = regex.compile(r"(?!)")  # (until ``_rules`` compiles the real ones)
_GAP_STOP = _BARE_BEFORE_STOP = _RE_REGION_BEFORE = _RE_APPOSITION = _RE_COMPANY = _NEVER
_RE_ADDRESS_AFTER = _RE_TAIL_LEAD = _TAIL_SOURCE = _ADDRESS_NUMBER = _NEVER
_PLACE_BEFORE = _SPEECH_AFTER = _CLAN_AFTER = _NEVER
_CLAN_FIRST: FrozenSet[str] = frozenset()  # first letters of the ``clan_after`` words


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _rules() -> Dict[str, FrozenSet[str]]:
    """Load the rule word sets and compile the regexes that use them (once)."""
    global PARTICLES, _FOLLOWERS, _GAP_START, _HONORIFIC_INSIDE, _NOT_BARE_AT_START, _ORG_HEADS, _ARTICLES
    global _TRAILING_DROP, _NAME_OK, _CREDIT_HONORIFICS, _DOTTED_HONORIFICS, _CUE_SUFFIXES, _GAP_STOP
    global _BARE_BEFORE_STOP, _RE_REGION_BEFORE, _RE_APPOSITION, _RE_COMPANY, _RE_ADDRESS_AFTER, _RE_TAIL_LEAD
    global _TAIL_SOURCE, _ADDRESS_NUMBER, _PLACE_BEFORE, _SPEECH_AFTER, _CLAN_AFTER, _SUFFIX_FIRST, _CLAN_FIRST
    sets: Dict[str, set] = {}
    for row in lexicon.table("person_rule_words"):
        sets.setdefault(row["set"], set()).add(row["word"])
    w = {k: frozenset(v) for k, v in sets.items()}
    PARTICLES, _FOLLOWERS, _GAP_START = w["particles"], w["followers"], w["title_gap_start"]
    _HONORIFIC_INSIDE, _NOT_BARE_AT_START, _ORG_HEADS = w["honorific_inside"], w["not_bare_at_start"], w["org_heads"]
    _ARTICLES, _TRAILING_DROP, _NAME_OK = w["articles"], w["trailing_drop"], w["name_ok"]
    _CREDIT_HONORIFICS, _DOTTED_HONORIFICS = w["credit_honorifics"], w["dotted_honorifics"]
    _CUE_SUFFIXES = frozenset(tuple(x.split()) for x in w["title_suffixes"])
    _SUFFIX_FIRST = frozenset(pair[0] for pair in _CUE_SUFFIXES)
    _GAP_STOP = regex.compile(r"[,;:.()\"“”!?\n]|(?<!\p{L})(?:" + _alt(w["title_gap_stop"]) + r")(?!\p{L})")
    _BARE_BEFORE_STOP = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:" + _alt(w["bare_before"]) + r")\s$")
    _CLAN_AFTER = regex.compile(r"\s{1,2}(?:" + _alt(w["clan_after"]) + r")(?![\p{L}\p{M}])")
    _CLAN_FIRST = frozenset(x[:1] for x in w["clan_after"])
    _SPEECH_AFTER = regex.compile(r"\s{1,2}(?:" + _alt(w["speech_verbs"]) + r")(?![\p{L}\p{M}])")
    _PLACE_BEFORE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:" + _alt(w["place_before"]) + r")\s$")
    _RE_REGION_BEFORE = regex.compile(r"(?i)(?:" + _alt(w["region_before"]) + r")\s$")
    _RE_APPOSITION = regex.compile(r"\s{0,2}(?:,|-|–|\()\s{1,2}(?:(?:" + _alt(w["apposition"]) + r")\s{1,2})?")
    _RE_COMPANY = regex.compile(r"(?:\p{Ll}\p{Lu}|^\p{Lu}{2,}\p{Ll}|(?i:" + _alt(w["company_suffixes"]) + r")$)")
    _RE_ADDRESS_AFTER = regex.compile(
        r",\s{0,2}(?:[PQF]\.\s{0,2}[\p{L}\d]|(?i:(?:" + _alt(w["address_after"]) + r")\.?\s)|P\d|Q\d)")
    _RE_TAIL_LEAD = regex.compile(
        r"^(?:\((?i:" + _alt(w["tail_lead"]) + r"|theo [^()]{1,40})\)\s{0,2}|Theo\s(?=\p{Lu}))")
    # a name closing the text: "... trục lợi. Song Hà", "Kim Anh/VOV.VN", "Tuấn Vĩ Theo Reuters",
    # "(Tổng hợp) Hoàng Yên", "Lan Hương - Trường Thịnh (tổng hợp)", "Tiểu Lam - Thể thao Việt Nam"
    _TAIL_SOURCE = regex.compile(
        r"(?:\s{0,3}(?:/\s{0,2}[^\n/]{1,40}|-\s{1,2}\p{Lu}[^\n]{0,40}|\((?:[^()\n]{1,60})\)"
        r"|-\s{0,2}(?:" + _alt(w["tail_agencies"]) + r")\b[^\n]{0,20}"
        r"|\s?Theo\s[^\n]{1,60}|\s(?:\((?:[^()\n]{1,40})\)\s?){0,2}))?\s{0,3}$"
    )
    # "số 12 Nguyễn Huệ", "45 Lê Lợi", "47/1, Lý Thường Kiệt", "26/20/4 Đinh Tiên Hoàng" (not "20/9, Jordan")
    _ADDRESS_NUMBER = regex.compile(
        r"(?:(?<![\p{L}\d.,/])\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?){0,3}\s{1,2}"
        r"|\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?){2,3},\s{1,2}"
        r"|(?:(?:" + _alt(w["address_number_words"]) + r")\s{1,2}\d{1,4}[A-Za-z]?/\d{1,4}[A-Za-z]?"
        r"|(?:\d{3,4}|[4-9]\d)[A-Za-z]?/\d{1,4}[A-Za-z]?"
        r"|\d{1,4}[A-Za-z]?/(?:\d{3,4}|[2-9]\d|1[3-9])[A-Za-z]?|\d{1,4}[A-Za-z]/\d{1,4}[A-Za-z]?),\s{1,2})$")
    return w


@lru_cache(maxsize=1)
def _address_reach() -> int:
    """The longest match of ``_ADDRESS_NUMBER`` (a word of ``address_number_words``, 1-2 spaces, "1234a/1234b",
    a comma and two spaces; or "1234a" and three "/1234a", a comma and two spaces), in characters."""
    return max(26, 16 + max(map(len, _rules()["address_number_words"]), default=0))


@lru_cache(maxsize=1)
def _coordination() -> Tuple["regex.Pattern[str]", "regex.Pattern[str]"]:
    """A word joined to a person by a coordinator (``coordinators`` of person_rule_words.tsv), after it
    ("Zappacosta và |Batshuayi|") and before it ("|Carvalho| hay Nani")."""
    words = lexicon.alternation(sorted(_rules()["coordinators"]))
    return (regex.compile(r"\s(?:" + words + r")\s(?P<w>\p{Lu}[\p{L}\p{M}'’-]+)(?![\p{L}\p{M}]| \p{Lu})"),
            regex.compile(r"(?<![\p{L}\p{M}] |\p{L})(?P<w>\p{Lu}[\p{L}\p{M}'’-]+)\s(?:" + words + r")\s$"))


@lru_cache(maxsize=1)
def _particles_before() -> "regex.Pattern[str]":
    """One or two lower-case particles (``particles`` of person_rule_words.tsv) right before a foreign
    family name: "van den Borne", "de Gea"."""
    _rules()
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + lexicon.alternation(sorted(PARTICLES)) + r" ){1,2}$")


@lru_cache(maxsize=1)
def _given_syllables() -> FrozenSet[str]:
    """The syllables after the family name of the mined Vietnamese full names ("Đăng" of "Nguyễn Hải
    Đăng"): given-name syllables beyond ``given_names.txt``."""
    data = _data()
    words = frozenset(w for name in data["mined_full"] if name[0] in data["common_surnames"] and len(name) >= 2
                      for w in name[1:] if is_vn_syllable(w))
    return words - data["function_words"] - data["sentence_words"] - data["not_name"]


@lru_cache(maxsize=1)
def _org_words() -> FrozenSet[str]:
    """One-word organisations known by name (``org_names.tsv``: clubs, agencies), not given names."""
    data = _data()
    return frozenset(name for name in organizations.known_names() if " " not in name
                     and name not in data["foreign_given"] and name not in data["given"])


@lru_cache(maxsize=1)
def _thing_names() -> FrozenSet[str]:
    """The names of ``person_thing_names.tsv`` that may look like a person's: not those starting with a
    common family name or a known foreign given name ("Lý Thường Kiệt" is a street and a general)."""
    data = _data()
    surnames, foreign = data["common_surnames"], data["foreign_given"]
    return frozenset(r["name"] for r in lexicon.table("person_thing_names")
                     if r["name"].split()[0] not in surnames and r["name"].split()[0] not in foreign)


@lru_cache(maxsize=1)
def _data():
    _rules()
    surnames = gazetteer.surnames("vietnamese")
    rare = gazetteer.surnames("rare")
    places = set(gazetteer.place_names())
    foreign_given = lexicon.word_set("foreign_given_names") | lexicon.word_set("foreign_given_names_more")
    # foreign cities and provinces ("Svay Rieng", "Samut Prakan"); not one word that is also a given or
    # family name ("Paris" Hilton, "Houston", "Florence", "Santiago")
    census = name_context.census()
    places.update(p for p in gazetteer.foreign_place_names()
                  if " " in p or (p not in foreign_given and p not in census))
    provinces = set(gazetteer.province_names()) | set(gazetteer.country_names())
    places.update(gazetteer.province_forms())
    # "Bà Rịa - Vũng Tàu" is read as the words "Bà Rịa Vũng Tàu"; "Ả-rập Saudi" keeps its hyphen token
    places = frozenset({p.replace(" - ", " ") for p in places}
                       | {p.replace(" - ", " ").replace("-", " ") for p in places})
    place_tokens = frozenset(tuple(p.split()) for p in places)
    cues: Dict[str, str] = {}
    for row in lexicon.table("person_cues"):
        cues[row["cue"]] = row["kind"]
    for cue, kind in list(cues.items()):
        if kind == "honorific" and cue[:1].islower():
            cues.setdefault(cue[:1].upper() + cue[1:], kind)  # "Ông" starting a sentence, "Bác Hồ"
    credits = {row["cue"]: row["role"] for row in lexicon.table("credit_cues")}
    mined = lexicon.table("person_names_mined")
    mined_single = frozenset(r["name"] for r in mined if r["kind"] == "single")
    return dict(
        # names the rules found after a cue in many corpus articles (bench/mine_people.py): a person
        # without a cue too ("Đông Nhi sẽ ...", "Casemiro ghi bàn")
        mined_full=frozenset(tuple(r["name"].split()) for r in mined if r["kind"] == "full"),
        mined_single=mined_single,
        east_asian=gazetteer.surnames("east_asian"),
        surnames=surnames,
        common_surnames=frozenset(surnames - rare),
        rare_surnames=rare,
        surnames_fold=frozenset(_fold(s) for s in surnames),
        places=places,
        place_tokens=place_tokens,
        place_first=frozenset(p[0] for p in place_tokens),  # most words start no place name
        provinces=frozenset(provinces),  # and countries: a name does not end in one ("Hoàng Anh Gia Lai")
        max_place=max(len(p) for p in place_tokens),
        negative=frozenset(w.casefold() for w in lexicon.words("person_negative")),
        function_words=lexicon.word_set("person_function_words"),
        not_name=lexicon.word_set("person_not_name_words"),
        # first words of foreign names; the shorter list may also stand alone ("... với Henry.")
        foreign_given=foreign_given,
        foreign_given_lone=lexicon.word_set("foreign_given_names"),
        mononyms=lexicon.word_set("person_mononyms"),
        given=lexicon.word_set("given_names"),
        memorials=frozenset(w.casefold() for w in lexicon.words("person_memorials")),
        foreign_not_name=lexicon.word_set("foreign_not_name_words"),
        credit_not_person=frozenset(w.casefold() for w in lexicon.words("credit_not_person")),
        non_names=lexicon.word_set("person_non_names"),
        # two-word position heads ("bí thư", "giám đốc"): a name never holds one ("Phó Bí Thư")
        role_pairs=frozenset(tuple(r["head"].casefold().split()) for r in lexicon.table("titles")
                             if len(r["head"].split()) == 2),
        glued=frozenset(tuple(c.split()[:2]) for c in lexicon.words("person_glued_compounds") if " " in c),
        # words that only start a sentence or a caption ("Tôi", "Ảnh"): they end a run (``_runs``);
        # two-word entries by their first word -> the lower-case second words ("Thông" -> {"tin"})
        sentence_words=frozenset(w for w in lexicon.words("person_sentence_words") if " " not in w),
        sentence_pairs=_pairs(w for w in lexicon.words("person_sentence_words") if " " in w),
        # words a lone capitalised word may be taken as without a cue (see ``_analyse``)
        lone_names=lexicon.word_set("given_names") | lexicon.word_set("foreign_given_names")
        | lexicon.word_set("person_mononyms") | mined_single,
        cues=cues,
        credits=credits,
    )


def _pairs(entries) -> Dict[str, FrozenSet[str]]:
    """Two-word entries ("Thông tin") by their first word: {"Thông": {"tin"}}."""
    pairs: Dict[str, set] = {}
    for entry in entries:
        first, second = entry.split(" ", 1)
        pairs.setdefault(first, set()).add(second)
    return {k: frozenset(v) for k, v in pairs.items()}


@lru_cache(maxsize=1)
def _cue_index():
    """Cue phrases by their first word: honorifics as written (lower case, or multi-word "Đồng chí"),
    the other kinds case-insensitively. Value: [(words, kind, as_written)], longest first."""
    index: Dict[str, list] = {}
    for cue, kind in _data()["cues"].items():
        if kind == "honorific" and cue[:1].isupper() and " " not in cue and \
                cue[:1].lower() + cue[1:] in _data()["cues"]:
            continue  # "Ông", "Bà" starting a run are stripped there
        words = tuple(TOKEN_RE.findall(cue))
        if not words or "/" in cue:
            continue
        key = words[0] if kind == "honorific" else words[0].lower()
        # words as a list: compared at once with a slice of the text's token words
        entry = (list(words) if kind == "honorific" else [w.lower() for w in words], kind, kind == "honorific",
                 tuple(w[:1].islower() for w in words))  # "Anh hùng" is a cue, "Anh Hùng" a name
        index.setdefault(key, []).append(entry)
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


# cue lists of a word under both spellings ("Nhà": "Nhà ..." and "nhà ...") and those lists cut to
# the entries a next word allows: (id(list), next word) -> (list, entries)
_MERGED: Dict[str, list] = {}
_NARROWED: Dict[Tuple[int, Optional[str]], Tuple[list, list]] = {}


def _cue_entries(word: str) -> list:
    """The entries of ``_cue_index`` a phrase starting with ``word`` may match, longest first (kept
    per word in ``_ENTRIES``)."""
    if len(_ENTRIES) > 50000:
        _ENTRIES.clear()
    entries = _ENTRIES[word] = _cue_entries_of(word)
    return entries


_ENTRIES: Dict[str, list] = {}


def _cue_entries_of(word: str) -> list:
    index = _cue_index()
    entries = index.get(word)
    low = word.lower()
    if low == word:
        return entries or []
    more = index.get(low)
    if not more:
        return entries or []
    if not entries:
        return more
    merged = _MERGED.get(word)
    if merged is None:
        if len(_MERGED) > 20000:
            _MERGED.clear()
        merged = _MERGED[word] = sorted(entries + more, key=lambda e: -len(e[0]))
    return merged


def _narrowed(entries: list, nxt: Optional[str]) -> list:
    """The entries of one word, or whose second word is ``nxt`` (as written or lower-cased)."""
    if len(entries) <= 4:
        return entries
    key = (id(entries), nxt)
    narrowed = _NARROWED.get(key)
    if narrowed is None or narrowed[0] is not entries:
        if len(_NARROWED) > 20000:
            _NARROWED.clear()
        nxt_low = None if nxt is None else nxt.lower()
        narrowed = _NARROWED[key] = (entries, [
            e for e in entries if len(e[0]) == 1 or e[0][1] == (nxt if e[2] else nxt_low)])
    return narrowed[1]

_SLASH_CUE = regex.compile(r"(?<![\p{L}\p{M}])[đĐ]/[cC](?![\p{L}\p{M}])")
_SLASH_CUE_AT = re.compile("/(?<=[đĐ]/)[cC]")  # where one may stand, from its "/" (``re`` finds them faster)


@lru_cache(maxsize=1)
def _glued_first() -> FrozenSet[str]:
    """The first words of ``glued`` compounds."""
    return frozenset(pair[0] for pair in _data()["glued"])


@lru_cache(maxsize=1)
def _negative_max_words() -> int:
    return max(len(w.split()) for w in _data()["negative"])


def _negative_in_run(words, k: int) -> int:
    """Words (2 or 3) of a ``negative`` phrase at ``words[k]`` inside a capitalised run ("Đại Học",
    "Sân Vận Động"), with a word after them, else 0."""
    if " ".join(words[k:k + 2]).casefold() not in _negative_heads():
        return 0  # (most runs: no two-word start of a negative phrase)
    negative = _data()["negative"]
    for m in (3, 2):
        if k + m < len(words) and " ".join(words[k:k + m]).casefold() in negative:
            return m
    return 0


@lru_cache(maxsize=1)
def _negative_heads() -> FrozenSet[str]:
    """The first two words of each ``negative`` phrase of 2 words or more."""
    return frozenset(" ".join(w.split()[:2]) for w in _data()["negative"] if " " in w)


@lru_cache(maxsize=1)
def _negative_last_words() -> FrozenSet[str]:
    """What follows the last space of each ``negative`` phrase."""
    return frozenset(w.rsplit(" ", 1)[-1] for w in _data()["negative"])


@lru_cache(maxsize=1)
def _credit_re():
    cues = sorted(_data()["credits"], key=len, reverse=True)
    return regex.compile(
        r"(?i)(?<![" + _L + r"])(?P<cue>" + "|".join(regex.escape(c) for c in cues) + r")\s{0,2}:\s{0,3}"
    )


def _credit_matches(text: str):
    """``_credit_re().finditer(text)``, searched only before each colon (every match holds one, and no
    cue does): the same matches, without a scan of the whole text by ``regex``."""
    pat, longest = _credit_re(), _credit_longest()
    done = 0  # where the previous match ended
    c = text.find(":")
    while c >= 0:
        m = pat.search(text, max(done, c - longest), c + 4)
        if m is not None:
            m = pat.match(text, m.start())  # (its end as in a search of the whole text)
        if m is None:
            c = text.find(":", c + 1)
            continue
        yield m
        done = m.end()
        c = text.find(":", max(done, c + 1))


@lru_cache(maxsize=1)
def _credit_longest() -> int:
    """How far before its colon a credit match may start: the longest cue and two spaces (and a margin)."""
    return max(map(len, _data()["credits"])) + 4


# --- tokens --------------------------------------------------------------------------------

class Tok:
    __slots__ = ("text", "start", "end", "kind", "sent_start", "masked", "vn")

    def __init__(self, text, start, end, kind, sent_start):
        self.text, self.start, self.end, self.kind, self.sent_start = text, start, end, kind, sent_start
        self.masked = False
        self.vn = kind != "low" and kind != "init" and is_vn_syllable(text)

    def __repr__(self):
        return f"Tok({self.text!r},{self.kind})"


def _kind(text: str) -> str:
    if not text[0].isupper():
        return "low"
    if "." in text and INITIALS_RE.fullmatch(text):
        return "init"
    if len(text) > 1 and text.isupper():
        return "upper"
    return "cap"


def _sentence_start(text: str, s: int) -> bool:
    """Does the word at ``s`` start a sentence (a break mark since the previous word, or none)?"""
    if s > 0 and text[s - 1] == " " and s > 1 and text[s - 2].isalpha():
        return False  # the common case: "... chủ tịch Nguyễn"
    if s == 0 or text[s - 1] in _BREAK_CHARS or (text[s - 1] == " " and s > 1 and text[s - 2] in _BREAK_CHARS):
        return True  # "...\nNguyễn", ". Nguyễn": a break mark right before (the search below finds it)
    # the nearest letter before: a few characters back over ASCII marks and common punctuation (no
    # letter nor combining mark for any Unicode version), else the reverse search
    q = s - 1
    low = s - 8 if s > 8 else 0
    while q >= low:
        c = text[q]
        if c.isalpha():
            break
        if c >= "\x80" and c not in _SURE_NOT_LETTERS:
            q = low
        q -= 1
    if q < low:
        m = _PREV_LETTER.search(text, max(0, s - 300), s)
        if m is None:
            return True
        return _SENT_BREAK.search(text, m.end(), s) is not None
    # (the answer depends only on the characters between: ``^`` matches at no position after a letter)
    gap = text[q + 1:s]
    hit = _GAP_BREAK.get(gap)
    if hit is None:
        if len(_GAP_BREAK) > 2000:
            _GAP_BREAK.clear()
        hit = _GAP_BREAK[gap] = _SENT_BREAK.search(text, q + 1, s) is not None
    return hit


_SURE_NOT_LETTERS = frozenset("\xa0“”‘’…–—•«»·")
_GAP_BREAK: Dict[str, bool] = {}  # the characters between a word and the letter before it -> a break?


@lru_cache(maxsize=1)
def _kept_lower() -> FrozenSet[str]:
    """Lower-case words the rules look at: words of cue phrases and name particles. Other lower-case
    words are not made tokens (a run or a cue phrase never spans the gap they leave)."""
    cues = _data()["cues"]  # loads the rule word sets too
    words = set(PARTICLES)
    for cue in cues:
        words.update(w.lower() for w in TOKEN_RE.findall(cue))
    for pair in _CUE_SUFFIXES:
        words.update(pair)
    return frozenset(words)


def _is_particle(word: str) -> bool:
    """A kept lower-case word that is a token of its own: a name particle ("van", "al-Assad")."""
    return word.split("-")[0].casefold() in PARTICLES


# The text's *words* are the TOKEN_RE words, a capitalised one cut at a hyphen between two marked
# syllables ("Trang-Trưởng") or before a glued "Theo" (``_split_hyphens``). The rules need the
# capitalised words and particles (tokens, ``Tok``) and the lower-case words of cue phrases (no
# tokens: ``_Scan.low_at``). Python's ``re`` finds them (several times faster than ``regex`` on
# \p{...} classes) with letter classes listing the letters of the common Unicode blocks (Latin,
# Vietnamese, Greek, Cyrillic, punctuation, symbols): a line holding another character, a word of
# 8+ pieces ("a-b-c-d-e-f-g-h", cut by TOKEN_RE after 7) or a letter whose lower case is longer
# ("İ") is read word by word with TOKEN_RE instead (words never cross a line break).
_SCAN_BLOCKS = ((0x0000, 0x036F), (0x0370, 0x04FF), (0x1E00, 0x1EFF), (0x2000, 0x27BF), (0xFE00, 0xFE0F),
                (0x1F000, 0x1FAFF))
_MAX_SLOW_LINES = 200  # more lines with rare characters than this: the whole text word by word


def _char_class(codes) -> str:
    ranges: List[List[int]] = []
    for c in codes:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges) + "]"


def _trie_re(words, after_first: str = "", ahead: bool = False) -> str:
    """An ``re`` alternation of ``words`` sharing prefixes ("c(?:ác|ô)"): ``re`` tries alternatives one
    by one, a trie keeps that to a few characters per word. ``after_first`` goes after each first
    character (the root branches then start with a literal: ``re`` skips quickly to where one of
    them stands). ``ahead``: the rest of each word is only looked at (a match is its first
    character), and a word's prefix that is a word suffices; a space stands for 1-3 spaces/tabs."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node, root=False) -> str:
        if ahead and "" in node and not root:
            return ""
        alts = []
        for ch, sub in sorted(node.items()):
            if not ch:
                continue
            char = "[ \\t]{1,3}" if ahead and ch == " " else re.escape(ch)
            rest = emit(sub)
            if root and ahead:
                alts.append(char + after_first + ("(?=" + rest + ")" if rest else ""))
            else:
                alts.append(char + (after_first if root else "") + rest)
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body
    return emit(trie, root=True)


class _Patterns:
    """The ``re`` patterns of the fast scan (see above), compiled once."""

    def __init__(self) -> None:
        letter = regex.compile(r"[" + _L + r"]")
        codes = [c for a, b in _SCAN_BLOCKS for c in range(a, b + 1)]
        letters = [c for c in codes if letter.match(chr(c))]  # TOKEN_RE's letters, exactly
        L = _char_class(letters)
        not_lower = _char_class([c for c in letters if not chr(c).islower()])  # str.islower, as _scan
        # where a line must be read word by word (two patterns: each starts with a class, which ``re``
        # skips to quickly)
        self.odd = (re.compile("[^" + _char_class([c for c in codes if c != ord("İ")])[1:]),
                    re.compile("[-.'’](?<=" + L + "[-.'’])" + L + "+(?:[-.'’]" + L + "+){6}"))
        # after a word's first character: no letter, nor a letter and [-.'’], before that character
        start = "(?<!" + L + ".)(?<!" + L + "[-.'’].)"
        end = "(?!" + L + ")(?![-.'’]" + L + ")"  # where TOKEN_RE ends a word (no 8-piece words)
        self.cap = re.compile(not_lower + start + L + "*(?:[-.'’]" + L + "+){0,6}")
        kept = _kept_lower()
        particles = sorted(w for w in kept if _is_particle(w))
        others = sorted(w for w in kept if not _is_particle(w))
        self.low = re.compile(_trie_re(others, start) + end)  # a kept lower-case word (no token)
        self.low_reach = max(map(len, others), default=0) + 2  # its longest match and the characters after it
        # where a cue phrase may start, in the lower-cased text: its first character (a superset of
        # the phrases ``_Doc._mask_cues`` accepts there); and, as group 1, a name particle ("van",
        # "al-Assad": a particle glued to a word by a hyphen; group 2: the particle, which must be
        # lower case in the text too)
        phrases = sorted({" ".join(words).lower() for entries in _cue_index().values() for words, _, _, _ in entries})
        particle = ("((" + _trie_re(sorted(set(particles) | PARTICLES)) + ")(?:" + end + "|-" + L + "+(?:[-.'’]"
                    + L + "+){0,5}))")
        # a character that is no letter (nor a letter's [-.'’]) before the word: ``re`` skips quickly
        # to such characters (the text's start: ``cue_first``)
        self.cue = re.compile("[^" + L[1:] + "(?<!" + L + "[-.'’])(?:" + particle + "|"
                              + _trie_re(phrases, ahead=True) + ")")
        # where a title suffix may start ("thường trực"), in the lower-cased text (a superset: its first
        # word anywhere; one literal each, which ``re`` finds fastest)
        self.suffix = [re.compile(re.escape(w)) for w in sorted(_SUFFIX_FIRST)]
        self.cue_first = re.compile("(?:" + particle + "|" + _trie_re(phrases, ahead=True) + ")")


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns()


#: capitalised word -> (kind, Vietnamese syllable, the word, split): the word itself is kept so that every
#: occurrence shares one string object (a long text holds hundreds of thousands of words)
_WORD_INFO: Dict[str, Tuple[str, bool, str, bool]] = {}
_M_START = methodcaller("start")
_FAR = 1 << 62


class _Scan:
    """The words of one text the rules need: ``toks`` (capitalised words and particles, in text
    order), ``cue_starts`` (where a cue phrase may start, in order; a superset), the lower-case
    kept words on demand (``low_at``, ``next_low``)."""

    def __init__(self, text: str):
        self.text = text
        pats = _patterns()
        self.pats = pats
        n = len(text)
        odd = sorted(islice(map(_M_START, chain(pats.odd[0].finditer(text), pats.odd[1].finditer(text))),
                            _MAX_SLOW_LINES))
        # [start, end) of the lines read word by word, and of the stretches between them
        slow: List[Tuple[int, int]] = []
        if len(odd) >= _MAX_SLOW_LINES:
            slow.append((0, n))
        else:
            for b in odd:
                if slow and b < slow[-1][1]:
                    continue
                line_end = text.find("\n", b)
                slow.append((text.rfind("\n", 0, b) + 1, n if line_end < 0 else line_end))
        fast: List[Tuple[int, int]] = []
        pos = 0
        for a, b in slow:
            if a > pos:
                fast.append((pos, a))
            pos = b
        if pos < n or not n:
            fast.append((pos, n))
        self.slow, self.fast = slow, fast
        self.slow_low: Dict[int, str] = {}  # lower-case kept words of the slow lines, by start
        toks: List[Tok] = []
        cue_starts: List[int] = []
        suffix_starts: List[int] = []
        self.pieces: List[int] = []  # where a capitalised word's second piece starts
        for a, b in fast:
            self._fast_tokens(a, b, toks)
            low = text[a:b].lower()  # (same length: "İ" is read word by word)
            first = pats.cue_first.match(low) if a == 0 else None
            if first:
                cue_starts.append(0)
            # (a match is the character before the word and its first character)
            matches = list(pats.cue.finditer(low))
            cue_starts.extend(x + a + 1 for x in map(_M_START, matches))
            for m in chain((first,) if first else (), matches):
                if m.start(1) >= 0:
                    self._particle(m, a, toks)
            for suffix in pats.suffix:
                suffix_starts.extend(x + a for x in map(_M_START, suffix.finditer(low)))
        for a, b in slow:
            self._slow_words(a, b, toks, cue_starts)
        if slow or len(fast) > 1 or self.pieces or self._particles:
            toks.sort(key=_START)
            cue_starts.extend(self.pieces)
            cue_starts.sort()
        self.toks = toks
        self.starts = list(map(_START, toks))
        self.tok_at = dict(zip(self.starts, toks, strict=True))
        self.cue_starts = cue_starts
        # (None: some line is read word by word, every word may be one)
        self.suffix_starts: Optional[List[int]] = None if slow else sorted(suffix_starts)
        self.slow_low_starts = sorted(self.slow_low)

    _particles = False

    def _fast_tokens(self, a: int, b: int, toks: List[Tok]) -> None:
        text = self.text
        info = _WORD_INFO
        if len(info) > 50000:
            info.clear()
        new = Tok.__new__
        append = toks.append
        breaks = _BREAK_CHARS
        for m in self.pats.cap.finditer(text, a, b):
            word = m.group()
            s = m.start()
            # Tok(word, s, e, _kind(word), _sentence_start(text, s)), inlined: kind, syllable test and
            # whether the word is split (``_split_hyphens``) are kept per word
            kv = info.get(word)
            if kv is None:
                kind = _kind(word)
                kv = info[word] = (kind, kind != "low" and kind != "init" and is_vn_syllable(word), word,
                                   "-" in word or word[-4:] == "Theo" or "." in word and _dotted_pair(word))
            if kv[3]:
                self._split(word, s, toks)
                continue
            t = new(Tok)
            t.text, t.start, t.end, t.kind, t.vn = kv[2], s, s + len(word), kv[0], kv[1]
            # ``_sentence_start``'s answers for the common cases: after a letter and a space no
            # sentence start, after a break mark (and a space) one, after a letter, a comma and a space none
            if s > 1 and text[s - 1] == " ":
                c = text[s - 2]
                if c.isalpha():
                    t.sent_start = False
                elif c in breaks:
                    t.sent_start = True
                elif c == "," and s > 2 and text[s - 3].isalpha():
                    t.sent_start = False
                else:
                    t.sent_start = _sentence_start(text, s)
            else:
                t.sent_start = _sentence_start(text, s)
            t.masked = False
            append(t)

    def _particle(self, m: "re.Match[str]", a: int, toks: List[Tok]) -> None:
        """A name particle found by the cue scan of the lower-cased text from ``a``."""
        s, e = m.span(1)
        if self.text.startswith(m.group(2), s + a):  # lower case in the text too
            self._particles = True
            toks.append(_particle_tok(self.text[s + a:e + a], s + a))

    def _split(self, word: str, s: int, toks: List[Tok]) -> None:
        for x, (ps, pe, piece) in enumerate(_split_hyphens(word, s)):
            toks.append(Tok(piece, ps, pe, _kind(piece), _sentence_start(self.text, ps)))
            if x:
                self.pieces.append(ps)

    def _slow_words(self, a: int, b: int, toks: List[Tok], cue_starts: List[int]) -> None:
        """The words of the lines [a, b) with TOKEN_RE, one by one; every word may start a cue."""
        kept = _kept_lower()
        for m in TOKEN_RE.finditer(self.text, a, b):
            word, s = m.group(), m.start()
            cue_starts.append(s)
            if not word[0].islower():
                self._split(word, s, toks)
            elif word in kept or "-" in word and word.split("-")[0] in PARTICLES:
                if _is_particle(word):
                    toks.append(_particle_tok(word, s))
                else:
                    self.slow_low[s] = word

    def _in_slow(self, pos: int) -> bool:
        k = bisect.bisect_right(self.slow, (pos, _FAR)) - 1
        return k >= 0 and self.slow[k][0] <= pos < self.slow[k][1]

    def low_at(self, pos: int) -> Optional[str]:
        """The kept lower-case word (no token) starting at ``pos``, if any."""
        if self.slow and self._in_slow(pos):
            return self.slow_low.get(pos)
        m = self.pats.low.match(self.text, pos)
        return m.group() if m else None

    def next_low(self, pos: int) -> int:
        """Where the first kept lower-case word (no token) at or after ``pos`` starts (``_FAR``: none)."""
        best = _FAR
        if self.slow_low_starts:
            k = bisect.bisect_left(self.slow_low_starts, pos)
            if k < len(self.slow_low_starts):
                best = self.slow_low_starts[k]
        search = self.pats.low.search
        for a, b in self.fast:
            if b <= pos:
                continue
            if a >= best:
                break
            m = search(self.text, max(a, pos), b)
            if m:
                return min(best, m.start())
        return best

    def word_at(self, pos: int) -> Optional[Tuple[str, Optional[Tok], int]]:
        """The word starting at ``pos``: (text, its token or None, end), or None."""
        tok = self.tok_at.get(pos)
        if tok is not None:
            return tok.text, tok, tok.end
        word = self.low_at(pos)
        return None if word is None else (word, None, pos + len(word))

    def word_after(self, end: int) -> Optional[Tuple[str, Optional[Tok], int]]:
        """The word 1-3 spaces/tabs after ``end`` (a cue phrase's next word), or None."""
        text = self.text
        c = text[end:end + 1]
        if c != " " and c != "\t":
            return None  # (the common case: no space right after)
        q = end + 1
        while q < len(text) and q - end <= 3 and text[q] in " \t":
            q += 1
        if q - end > 3:
            return None
        tok = self.tok_at.get(q)
        if tok is not None:
            return tok.text, tok, tok.end
        word = self.low_at(q)
        return None if word is None else (word, None, q + len(word))

    def next_word(self, pos: int) -> Optional[Tuple[str, Optional[Tok], int]]:
        """The first kept word (token or lower-case word) starting at or after ``pos``."""
        k = bisect.bisect_left(self.starts, pos)
        tok_start = self.starts[k] if k < len(self.starts) else _FAR
        low = self.next_low(pos)
        if tok_start == _FAR and low == _FAR:
            return None
        return self.word_at(min(tok_start, low))


def _particle_tok(word: str, s: int) -> Tok:
    """A name particle's token (what Tok(word, s, e, "low", False) makes, without the call)."""
    t = Tok.__new__(Tok)
    t.text, t.start, t.end, t.kind = word, s, s + len(word), "low"
    t.sent_start = t.masked = t.vn = False
    return t


def _split_hyphens(t: str, s: int):
    """"Trang-Trưởng" (a Vietnamese syllable glued to the next capitalised word) is two tokens:
    (start, end, text) of the pieces of the word ``t`` at ``s``."""
    e = s + len(t)
    if len(t) > 5 and t[-4:] == "Theo" and t[-5].islower():  # byline glued to its source
        yield s, e - 4, t[:-4]
        yield e - 4, e, "Theo"
        return
    if "." in t and _dotted_pair(t):  # "Hùng.Chúng": a sentence glued to a name by its period
        dot = t.index(".")
        yield s, s + dot, t[:dot]
        yield s + dot + 1, e, t[dot + 1:]
        return
    if "-" in t:
        parts = t.split("-")
        if len(parts) == 2 and parts[1][:1].isupper() and is_vn_syllable(parts[0]) and is_vn_syllable(parts[1]) \
                and (_has_vn_marks(parts[0]) or _has_vn_marks(parts[1])):
            yield s, s + len(parts[0]), parts[0]
            yield s + len(parts[0]) + 1, e, parts[1]
            return
    yield s, e, t


def _dotted_pair(t: str) -> bool:
    """Two capitalised Vietnamese syllables of two letters or more joined by a period ("Hùng.Chúng":
    a name and the next sentence, its space missing; not "T.Thủy", "TP.HCM", "Th.S")."""
    parts = t.split(".")
    return len(parts) == 2 and all(
        len(p) > 1 and p[0].isupper() and p[1:].islower() and is_vn_syllable(p) for p in parts)


_MASKED, _KIND, _TEXT, _START = attrgetter("masked"), attrgetter("kind"), attrgetter("text"), attrgetter("start")


def _runs(toks: List[Tok], text: str) -> List[Tuple[int, int]]:
    """Index ranges [i, j) of capitalised tokens joined by plain spaces (particles allowed inside)."""
    runs = []
    n = len(toks)
    data = _data()
    stops, pairs, not_name = data["sentence_words"], data["sentence_pairs"], data["not_name"]
    # a run starts at a token neither masked nor lower-case (chosen in C); after a run, at its end
    starts = compress(range(n), map(and_, map(not_, map(_MASKED, toks)), map("low".__ne__, map(_KIND, toks))))
    after = 0
    for i in starts:
        if i < after:
            continue
        j = i + 1
        while j < n and j - i < MAX_RUN:
            t = toks[j]
            if t.masked:
                break
            gap_start = toks[j - 1].end
            gap = t.start - gap_start
            if not (gap == 1 and text[gap_start] == " ") and not (
                    gap <= 3 and text[gap_start] in " \t" and _SPACE_ONLY.fullmatch(text, gap_start, t.start)):
                # a middle initial: "George W. Bush", "John J. Martin"
                if not (text[gap_start:t.start] == ". " and len(toks[j - 1].text) == 1 and j - 1 > i
                        and toks[j - 1].kind == "cap" and not toks[j - 2].vn and t.kind == "cap"):
                    break
            if t.text in stops or t.text in pairs and j - i >= 2 and _sentence_pair(t, pairs[t.text], text) \
                    and toks[j - 1].text not in not_name:
                # "Trương Anh Ngọc Tôi ...", "Xuân Hương Thông tin này": a sentence glued to the name (not
                # "Sở Thông tin": an office's name)
                break
            if t.kind == "low":
                # "Ruud van Nistelrooy", "Bashar al-Assad": a particle between capitalised words
                base = t.text.split("-")[0].casefold()
                if base in PARTICLES and (
                    "-" in t.text or (j + 1 < n and toks[j + 1].kind == "cap" and not toks[j + 1].masked
                                      and _space_only(text[t.end:toks[j + 1].start]))
                    or (j + 2 < n and toks[j + 1].kind == "low" and toks[j + 1].text.casefold() in PARTICLES
                        and toks[j + 2].kind == "cap" and not toks[j + 2].masked
                        and _space_only(text[t.end:toks[j + 1].start])
                        and _space_only(text[toks[j + 1].end:toks[j + 2].start]))  # "van den Borne"
                ) and not toks[j - 1].vn:
                    j += 1
                    continue
                break
            j += 1
        runs.append((i, j))
        after = j
    return runs


def _sentence_pair(t: Tok, seconds: FrozenSet[str], text: str) -> bool:
    """Is the word after ``t`` (one space) a lower-case second word of a sentence-starting pair ("Thông tin")?"""
    m = _RE_NEXT_WORD.match(text, t.end)
    return m is not None and m.start() == t.end and m.group(1) in seconds


# --- what a candidate name is, and the named vetoes of ``_Recognizer._is_name`` ---------------

_WORD_KINDS: Dict[str, Tuple[str, ...]] = {}  # see ``_Recognizer.word_kinds``


@lru_cache(maxsize=1)
def _context_skip() -> FrozenSet[str]:
    """Words the context model never takes alone: function, place, organisation, source and year words,
    and the capitalised honorifics."""
    data = _data()
    return frozenset(data["function_words"] | data["places"] | data["non_names"] | data["not_name"]
                     | data["foreign_not_name"] | {w for w in data["cues"] if w[:1].isupper()}
                     | {w.capitalize() for w in data["credit_not_person"]})


@lru_cache(maxsize=1)
def _compound_not_second() -> FrozenSet[str]:
    """Words after a one-syllable name that make no word of the language with it ("Mai và", "Thành đã",
    "Tùng nói"): ``compound_not_second`` and the ``followers`` of a bare name."""
    rules = _rules()
    return frozenset(rules["compound_not_second"] | rules["followers"])


@lru_cache(maxsize=1)
def _context_known() -> FrozenSet[str]:
    """One-word names the rules decide (mined list, mononyms): the context model leaves them."""
    data = _data()
    return data["mined_single"] | data["mononyms"]


Verdict = Tuple[str, str]  # (kind: "vn" | "foreign" | "weak" | "defer", rule name)
_SHAPES: Dict[Tuple[str, ...], Tuple[bool, bool, Optional[str], bool, bool]] = {}  # see ``_Recognizer._shape``
_GO_ON = ("", "")  # no verdict yet: the next stage decides

# rule names (``doc.why``): what made a person record
RULE_HONORIFIC = "honorific then name"
RULE_TITLE = "title then name"
RULE_RANK = "rank then name"
RULE_DEGREE = "degree then name"
RULE_TITLE_ORG = "title then organisation then name"
RULE_CUE = "cue then name"  # resolved to one of the five above by the cue's kind
RULE_TITLE_SYLLABLE = "title then one syllable of a longer name"
RULE_MINED = "mined name list"
RULE_EDE = "Ê Đê woman's name"
RULE_EDE_MALE = "Ê Đê or Jarai man's name"
RULE_EAST_ASIAN = "East Asian family name + given names"
RULE_STAGE = "stage name"
RULE_ALL_CAPS = "family name in capitals"
RULE_INITIALS = "initials"
RULE_INITIAL_KNOWN = "initial + known one-word name"
RULE_BARE_SINGLE = "given name inside a sentence"
RULE_KNOWN_SINGLE = "mined one-word name"
RULE_GIVEN_PAIR = "pair of given names"
RULE_UNMARKED = "name written without its marks"
RULE_SURNAME = "surname + given names"
RULE_SURNAME_LAST = "family name written last"
RULE_FOREIGN_GIVEN = "known foreign given name + name"
RULE_FOREIGN_PAIR = "foreign-looking pair before a verb"
RULE_WEAK_SEEN = "foreign-looking pair, one word seen alone"
RULE_SEEN = "seen earlier in the article"
RULE_CREDIT = "byline credit"
RULE_BYLINE = "name closing the text or a line"
RULE_NICKNAME = "nickname in quotation marks"
RULE_LIST = "item of a list of names"
RULE_SPEAKER = "speaker after a quotation"
RULE_CONTEXT = "one- or two-word name in a person's context (learned)"
RULE_SCORER = "scorer before a minute mark"
RULE_COORDINATED = "one word joined to a person by 'và' or 'hay'"


class _Cand:
    """A candidate name: its tokens and what ``_decide`` knows of its context."""
    __slots__ = ("text", "toks", "words", "has_cue", "immediate", "all_upper", "honor", "whole", "m", "first",
                 "last", "latin", "vn", "is_place", "cue_kind")

    def __init__(self, text, toks, words, has_cue, immediate, all_upper, honor, whole, latin=None):
        self.text, self.toks, self.words, self.has_cue, self.immediate = text, toks, words, has_cue, immediate
        self.all_upper, self.honor, self.whole = all_upper, honor, whole
        self.m, self.first, self.last = len(toks), toks[0], toks[-1]
        # a token that is no Vietnamese syllable, initial nor one letter (``latin``: whether there is one, if known)
        self.latin = any(not t.vn and t.kind != "init" and len(t.text) > 1 for t in toks) if latin is None else latin
        self.vn = not self.latin  # every token a Vietnamese syllable, an initial or one letter
        self.is_place = False
        self.cue_kind = ""

    def all_cap(self) -> bool:
        return all(t.kind == "cap" for t in self.toks)

    def place_before(self) -> bool:
        """A place preposition or word right before ("ở", "tại"; ``place_before`` words)."""
        s = self.first.start
        return _PLACE_BEFORE.search(self.text, max(0, s - 8), s) is not None


# The vetoes of ``_Recognizer._is_name``, by name (``_*_veto`` methods return the first that applies).
V_SHAPE = "an initial inside a longer name, or a lower-case word first"
V_NUMBER = "a number glued after it (\"Covid-19\")"
V_BRAND = "a brand or organisation word (\"V-League\")"
V_COMPOUND_AFTER_CUE = "a syllable no given name that makes a word with the next (\"vợ chồng Cái gốc\")"
V_ENGLISH = "an English word written mostly in lower case, no cue (\"General Dynamics\")"
V_FUNCTION = "a function word alone"
V_SOURCE = "a source or newspaper word (\"Reuters\", \"Dân trí\")"
V_ACRONYM = "an acronym, or capitals beside other words"
V_ORG_FIRST = "an organisation word first (not a given-name pair right after its cue: \"ca sĩ Đông Nhi\")"
V_LONG = "more than four Vietnamese syllables"
V_NO_SURNAME_AFTER_ORG = "no family name after a title's organisation (\"Huyện ủy Hướng Hóa\")"
V_COMPANY_CLAUSE = "a company named like a person in the clause (\"Giám đốc Công ty TNHH Nhật Đức\")"
V_NATIONALITY = "a nationality after a kin noun (\"vợ Việt\")"
V_VERB_CUE = "an organisation word or a word after a word of address that is also a verb (\"bầu Quốc hội\")"
V_ORG_WORD = "an organisation word after a title"
V_PLACE_WORD = "a place or organisation word after a title"
V_PRODUCT = "a product after a brand cue (\"Facebook Live\")"
V_COMPANY = "a company or source after a title (\"Giám đốc OceanBank\")"
V_PLACE = "a place"
V_ACRONYM_WORDS = "the words of an acronym (\"Virtual Reality – VR\")"
V_ADDRESS = "an address after it (\"Lý Thái Tổ, Q.10\")"
V_PLACE_FIRST = "a place name first (\"Văn Miếu Quốc\")"
V_DIGIT_BEFORE = "a digit glued before it (\"650S Spider\")"
V_NO_SURNAME = "no family name first, or more than four syllables"
V_RARE_SURNAME = "a rare family name with one given name"
V_ORG_SECOND = "an organisation word second"
V_TITLE_CASE = "a title written in title case (\"Phó Bí Thư\")"
V_PLACE_END = "a province or place at its end (\"Hoàng Anh Gia Lai\")"
_VETOES = tuple(v for k, v in list(globals().items()) if k.startswith("V_"))


# --- the recogniser ------------------------------------------------------------------------

class _Found:
    """A person mention, the rule that found it (``RULE_*``) and its evidence (for ``doc.why``)."""
    __slots__ = ("start", "end", "name", "honorific", "role", "full", "foreign", "rule", "evidence")

    def __init__(self, start, end, name, honorific=None, role=None, foreign=False, rule="",
                 evidence: Optional[Dict[str, str]] = None):
        self.start, self.end, self.name = start, end, name
        self.honorific, self.role, self.foreign = honorific, role, foreign
        self.full: Optional[str] = None
        self.rule, self.evidence = rule, evidence or {}


class _Doc:
    """Everything the rules look at for one text."""

    def __init__(self, text: str, titles=()):
        self.text = text
        self.data = _data()
        scan = _Scan(text)
        self.scan = scan
        # the tokens: capitalised words and particles. A run, a credit or a byline never spans the
        # other lower-case words (the text between two tokens is then no plain space)
        self.toks: List[Tok] = scan.toks
        self.starts = scan.starts
        self.cue_end: Dict[int, Tuple[str, str]] = {}  # position after a cue -> (kind, cue text)
        self.title_ends: List[int] = []
        self.title_records: Dict[int, int] = {}  # end -> start of each title record of titles.py
        self._neg_cache: Dict[int, bool] = {}
        self._imm: Optional[Dict[int, Tuple[str, str]]] = None  # (``immediate_cues``, made on demand)
        self.cue_start: set = set()
        self._mask_cues()
        self._mask_titles(titles)
        self._runs: Optional[List[Tuple[int, int]]] = None

    def runs(self) -> List[Tuple[int, int]]:
        """``_runs(self.toks, self.text)``, computed once (tokens are masked only by ``__init__``)."""
        if self._runs is None:
            self._runs = _runs(self.toks, self.text)
        return self._runs

    def low_between(self, start: int, end: int) -> bool:
        """Does a kept lower-case word that is no token (a cue word, see ``_Scan``) start in [start, end)?"""
        scan = self.scan
        if scan.slow:
            return scan.next_low(start) < end
        # (no line read word by word: one search, no further than a word starting before ``end`` reaches
        # with the two characters its end looks at; ``next_low`` may search far)
        m = scan.pats.low.search(self.text, start, end + scan.pats.low_reach)
        return m is not None and m.start() < end

    def _mask_cues(self) -> None:
        """Cue phrases: the longest phrase of ``_cue_index`` at each place a phrase may start, left to
        right, one word after another separated by 1-3 spaces/tabs (a lower-case word of the phrase
        is no capitalised word of the text); a title's suffix ("Thường trực") joins it. Their tokens
        are masked."""
        text, scan = self.text, self.scan
        tok_at, low_at = scan.tok_at, scan.low_at
        # (``scan.low_at`` without its test of the lines read word by word when there are none)
        low_match = None if scan.slow else scan.pats.low.match
        entries_of = _ENTRIES.get
        after = 0
        for p in scan.cue_starts:
            if p < after:
                continue
            tok = tok_at.get(p)  # (``scan.word_at(p)``, inlined)
            if tok is not None:
                first: Tuple[str, Optional[Tok], int] = (tok.text, tok, tok.end)
            else:
                if low_match is None:
                    word = low_at(p)
                else:
                    lm = low_match(text, p)
                    word = None if lm is None else lm.group()
                if word is None:
                    continue
                first = (word, None, p + len(word))
            entries = entries_of(first[0])
            if entries is None:
                entries = _cue_entries(first[0])
            if not entries:
                continue
            matched = self._cue_at(first, entries)
            if matched is None:
                continue
            kind, end = matched
            if kind != "honorific":
                end = self._cue_suffix(end)
            k = bisect.bisect_left(self.starts, p)
            while k < len(self.toks) and self.starts[k] < end:
                self.toks[k].masked = True
                k += 1
            self.cue_end[end] = (kind, text[p:end])
            self.cue_start.add(p)
            if kind in ("title", "occupation", "religious"):
                self.title_ends.append(end)
            after = end

    def _cue_at(self, first, entries) -> Optional[Tuple[str, int]]:
        """(kind, end) of the first of ``entries`` (longest first) whose words stand from ``first`` on."""
        scan = self.scan
        word = first[0]
        low = word.lower()
        follow = [first]  # the words after ``first``, each 1-3 spaces/tabs after the one before
        if len(entries) > 4:
            second = scan.word_after(first[2])
            follow.append(second)
            entries = _narrowed(entries, None if second is None else second[0])
        second_low = None  # (the second word lower-cased, once it is asked)
        for words, kind, as_written, lower in entries:
            if words[0] != (word if as_written else low):
                continue
            size = len(words)
            if size == 1:
                return kind, first[2]
            # the second word first (most phrases fail there), then the general walk from the third
            if len(follow) == 1:
                follow.append(scan.word_after(first[2]))
            second = follow[1]
            if second is None:
                continue
            if as_written:
                if second[0] != words[1]:
                    continue
            else:
                if second_low is None:
                    second_low = second[0].lower()
                if second_low != words[1]:
                    continue
            if lower[1] and second[1] is not None and second[1].kind != "low":
                continue
            if size == 2:
                return kind, second[2]
            ok = True
            for x in range(2, size):
                while len(follow) <= x:
                    last = follow[-1]
                    follow.append(None if last is None else scan.word_after(last[2]))
                f = follow[x]
                if f is None or (f[0] if as_written else f[0].lower()) != words[x] or (
                        lower[x] and f[1] is not None and f[1].kind != "low"):
                    ok = False
                    break
            if ok:
                return kind, follow[size - 1][2]
        return None

    def _cue_suffix(self, end: int) -> int:
        """A title suffix in the next two kept words ("Phó Bí thư Thường trực"): the end of the second."""
        scan = self.scan
        suffixes = scan.suffix_starts
        if suffixes is not None:
            # the next kept word is the next token or a word before it: no suffix word there, no suffix
            k = bisect.bisect_left(suffixes, end)
            t = bisect.bisect_left(self.starts, end)
            if k == len(suffixes) or t < len(self.starts) and suffixes[k] > self.starts[t]:
                return end
        one = scan.next_word(end)
        if one is None or one[0].lower() not in _SUFFIX_FIRST:
            return end
        two = scan.next_word(one[2])
        if two is not None and (one[0].lower(), two[0].lower()) in _CUE_SUFFIXES:
            return two[2]
        return end

    def _mask_titles(self, titles) -> None:
        """"đ/c" and the title records of titles.py: cues too."""
        text = self.text
        if "/" in text:
            for at in _SLASH_CUE_AT.finditer(text):  # "đ/c Nguyễn Văn A"
                m = _SLASH_CUE.match(text, at.start() - 1)
                if m is None:
                    continue
                self._mask(m.start(), m.end())
                self.cue_end[m.end()] = ("honorific", m.group())
        for title in titles:  # title records of titles.py: their role words are cues too
            try:
                start, end = title["start"], title["end"]
            except (TypeError, KeyError):
                continue
            self.cue_end.setdefault(end, ("title", text[start:end]))
            self.title_ends.append(end)
            self.title_records[end] = start
        self.title_ends.sort()

    def _mask(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.toks) and self.toks[i].start < end:
            self.toks[i].masked = True
            i += 1

    # -- context helpers --

    def immediate_cue(self, pos: int) -> Optional[Tuple[str, str]]:
        """The cue ending right before ``pos`` (only 1-3 spaces/tabs between, a "." after a degree
        or a dotted honorific), read from ``immediate_cues``."""
        return self.immediate_cues().get(pos)

    def immediate_cues(self) -> Dict[int, Tuple[str, str]]:
        """Position -> the cue ending right before it, for every position that has one (made
        once from the cue ends: the runs of 1-3 spaces/tabs after them, a "." between allowed for
        degrees and dotted honorifics)."""
        if self._imm is not None:
            return self._imm
        text, cue_end = self.text, self.cue_end
        imm: Dict[int, Tuple[str, str]] = {}
        for e, cue in cue_end.items():
            p = e  # where the spaces start: right at the cue's end ...
            if text[e:e + 1] == "." and e + 1 not in cue_end:
                if cue[0] != "degree" and cue[1] not in _DOTTED_HONORIFICS:
                    continue
                p = e + 1  # ... or after its dot ("TS. Lee Won Hee")
                if text[p:p + 1] not in (" ", "\t"):
                    continue
            elif p > 0 and text[p - 1] in " \t":
                continue  # (the spaces start before the cue's end)
            x = p  # (the positions after each of the first three spaces)
            while x < len(text) and x - p < 3 and text[x] in " \t":
                x += 1
                imm[x] = cue
        self._imm = imm
        return imm

    def lookback_title(self, pos: int) -> bool:
        """A title/occupation cue earlier in the clause, with only an organisation between."""
        i = bisect.bisect_right(self.title_ends, pos) - 1
        if i < 0:
            return False
        end = self.title_ends[i]
        if pos - end > 70:
            return False  # (asked before the slice: the last title may stand far back)
        gap = self.text[end:pos]
        if _GAP_STOP.search(gap):
            return False
        words = gap.split()
        if not words:
            return True
        return len(words) <= 8 and (words[0][:1].isupper() or words[0] in _GAP_START)

    def _foreign_full_name_at(self, pos: int) -> bool:
        """A known foreign given name and another capitalised word at ``pos`` ("người Nga và Leonardo
        DiCaprio": no item of a list of nationalities or places)."""
        m = _RE_TWO_CAPS.match(self.text, pos)
        return m is not None and m.group(1) in self.data["foreign_given"]

    def negative_before(self, pos: int) -> bool:
        hit = self._neg_cache.get(pos)
        if hit is None:
            hit = self._neg_cache[pos] = self._negative_before(pos)
        return hit

    def _negative_before(self, pos: int) -> bool:
        window = self.text[max(0, pos - 90):pos]
        window = window[window.rfind("\n") + 1:]  # a line break ends the context
        if not window[-1:].isspace():
            return False  # (every branch of ``_ADDRESS_NUMBER`` ends with \s and the window's end too)
        tail14 = max(0, len(window) - 14)
        # (``re``'s \d and every astral character: the digits of ``regex``'s \d and more; asked first;
        # an address number starts no further back than ``_address_reach``)
        if _DIGITISH.search(window, tail14) and _DIGIT.search(window, tail14) and \
                _ADDRESS_NUMBER.search(window, max(0, len(window) - _address_reach())) and not (
                _RE_YEAR_BEFORE.search(window) and not _RE_HOUSE_WORD.search(window)) and \
                not _RE_TIME_BEFORE.search(window):
            # "số 12 Nguyễn Huệ", "45 Lê Lợi", "47/1, Lý Thường Kiệt"; not a year ("Á khôi 2009 Lê Thị A")
            return True
        negative = self.data["negative"]
        # "các xã Hòa Châu, Hòa Lợi, Hòa Thái", "phố Quang Trung, Lý Thường Kiệt": a list after a place word
        tail = window[-48:]
        # (the list's last item ends with a comma or "và" and the window's last character)
        m = _RE_LIST_TAIL.search(window) if ("," in tail or " và " in tail) and (
            window[-2:-1] == "," or window[-3:-1] == "và") else None
        if m and m.start() > 0:
            head = window[:m.start()].split()
            for k in range(min(3, len(head)), 0, -1):
                phrase = " ".join(head[-k:]).casefold().lstrip("(\"“‘'[")
                if phrase in negative and not (phrase in _rules()["nationality_heads"] and
                                               self._foreign_full_name_at(pos)) and not (
                        k == 1 and head[-1] in self.data["surnames"]):
                    return True  # (but "người Nga và Leonardo DiCaprio": no list of nationalities;
                    # "Hồ Quang Hiếu và Bảo Anh": a family name, not "hồ", a lake)
        # (the last two words first: most windows end in no "mang tên" and in no last word of a phrase)
        words = window.rsplit(None, 2)[-2:]
        if len(words) >= 2 and words[-2].lower() == "mang" and words[-1].lower() == "tên":
            # "đường mang tên Nguyễn Huệ" yes, "cô gái mang tên Trần Văn Hải" no
            before = [w.lower() for w in window.split()[-6:-2]]
            return any(w in negative or " ".join(before[x:x + 2]) in negative for x, w in enumerate(before))
        if words:
            # a phrase of ``negative`` ends with one of its last words: most windows end otherwise
            last, lasts = words[-1].casefold(), _negative_last_words()
            if last not in lasts and last.lstrip("(\"“‘'[") not in lasts:
                return False
        words = window.split()[-_negative_max_words():]
        for k in range(len(words), 0, -1):
            phrase = " ".join(words[-k:]).casefold().lstrip("(\"“‘'[")
            if phrase in negative:
                return True
        return False

    def is_place(self, words: Tuple[str, ...]) -> bool:
        return " ".join(words) in self.data["places"]

    def place_prefix(self, words: Tuple[str, ...]) -> int:
        """Length of the longest place name the words start with (0 if none)."""
        best = 0
        if not words or words[0] not in self.data["place_first"]:
            return best
        for k in range(min(len(words), self.data["max_place"]), 0, -1):
            if words[:k] in self.data["place_tokens"]:
                return k
        return best


def _sentence_follower_ok(text: str, end: int) -> bool:
    """After a bare one-syllable name at a sentence start: punctuation or a typical predicate."""
    rest = text[end:end + 12]
    if not rest or rest[0] in ",:;.!?)(\"”-" or rest.startswith(" -") or rest.startswith(" ("):
        return True
    word = _RE_NEXT_WORD.match(rest)
    return word is not None and word.group(1) in _FOLLOWERS


@lru_cache(maxsize=1)
def _dictionary() -> FrozenSet[str]:
    """The two-syllable words of underthesea's Vietnamese word list (``corpus/data/Viet74K.txt`` of the
    installed package, a dependency; read as a file, the package is not imported), in lower case: "kể từ",
    "đàn ông", "vi sinh". Empty when the file is missing."""
    spec = importlib.util.find_spec("underthesea")
    for root in (spec.submodule_search_locations or []) if spec is not None else []:
        path = os.path.join(root, "corpus", "data", "Viet74K.txt")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                return frozenset(w for w in (line.strip().lower() for line in fh) if w.count(" ") == 1)
    return frozenset()


def _dictionary_pair(text: str, t: "Tok") -> bool:
    """Does the capitalised syllable ``t`` make a word of the dictionary with the lower-case syllable
    after it ("Kể từ", "Vi sinh", "Đàn ông"; not "Lan đi")? Not before a function word ("Mai và")."""
    nxt = name_context.word_after(text, t.end)[0]
    return bool(nxt) and nxt.islower() and nxt not in _rules()["dictionary_not_second"] and \
        t.text.lower() + " " + nxt in _dictionary()


@lru_cache(maxsize=1)
def _english_words() -> Dict[str, int]:
    """``english_common_words.tsv``: English words written mostly in lower case ("Management",
    "Dynamics") -> how many times more often in lower case than capitalised; minus every word the
    project's name lists know as a name ("Young", "Woods", "Cotton": census family names; "Casemiro": mined)."""
    data = _data()
    names = set(data["foreign_given"]) | set(data["mononyms"]) | set(data["mined_single"]) | set(
        name_context.census())
    for full in data["mined_full"]:
        names.update(full)
    return {row["word"]: int(row["ratio"]) for row in lexicon.table("english_common_words") if row["word"] not in names}


_ENGLISH_ALONE = 20  # (one word alone: only a word written in lower case 20 times as often: "Toner", not "Bolt")
_ENGLISH_LAST_RATIO = 10  # (a last word that common, after a first word no census given name: "Indian Wells Masters")


def _english_common(words: Sequence[str]) -> bool:
    """Is a foreign-looking name made of English words that English writes mostly in lower case ("General
    Dynamics", "Asset Management", "Play Protect", "Toner")? Such a run is an organisation, a product, a
    work or a common word, not a person, when no cue word names it. Every word must be one (a name's
    surname may be a word: "Usain Bolt", "Daley Blind"), or the last one a very common one after a first
    word that is no given name of the U.S. census ("Mipec Riverside", "Asahi Mutual"; not "Madison
    Beer"); one word alone must be a very common one."""
    common = _english_words()
    if len(words) == 1:
        return common.get(words[0], 0) >= _ENGLISH_ALONE
    return all(w in common for w in words) or (
        common.get(words[-1], 0) >= _ENGLISH_LAST_RATIO and name_context.census().get(words[0]) != "given")


class _Recognizer:
    def __init__(self, text: str, titles=(), things=None, org_ends: FrozenSet[int] = frozenset()):
        self.d = _Doc(text, titles)
        self.text = text
        self.org_ends = org_ends  # where the organisations another component found end
        # spans of organisations and places (other components): see ``_inside_thing``; their names
        # without a leading lower-case unit word ("tỉnh Svay Rieng" -> "Svay Rieng")
        self.things = things if things is not None and len(things) else None
        # (a span starting with an upper-case letter has no lower-case word to drop)
        self.thing_names = frozenset(
            name if name[:1].isupper() else _RE_LOWER_LEAD.sub("", name)
            for name in [text[a:b] for a, b in things.spans]) if self.things else frozenset()
        self.found: List[_Found] = []
        self.taken = bytearray(len(text) + 1)
        self.deferred: List[Tuple[int, int, str]] = []
        self.vetoed: Optional[List[Tuple[str, str]]] = None  # a list: (veto, words) of each refusal (tests)
        self.weak: List[Tuple[int, int, Tuple[str, ...]]] = []  # foreign-looking runs without a cue

    # -- helpers --

    def _taken(self, start: int, end: int) -> bool:
        return any(self.taken[start:end])

    def _add(self, f: _Found, listed: bool = False) -> None:
        if f.end <= f.start or self._taken(f.start, f.end):
            return
        text = self.text
        if self.things is not None:
            self._trim_thing(f)
        # (the regexes asked only where the letters they need stand: a word of _RE_ENGLISH_BEFORE ends
        # one or two characters before the name, a clan word starts one or two after it)
        if f.role is None and ((text[f.start - 2:f.start - 1] in _ENGLISH_LAST or text[f.start - 3:f.start - 2]
                                in _ENGLISH_LAST) and _RE_ENGLISH_BEFORE.search(text, max(0, f.start - 6), f.start) or
                               (text[f.end + 1:f.end + 2] in _CLAN_FIRST or text[f.end + 2:f.end + 3] in _CLAN_FIRST)
                               and _CLAN_AFTER.match(text, f.end) or
                               (" " in f.name and f.name[f.name.rfind(" ") + 1:].lower() in _rules()["clan_after"])):
            return  # "Judas and the Black Messiah": inside an English title; "Nguyễn Phước tộc": a clan
        if f.role is None and self._glued_pair(f):
            return  # "Ông Ích Khiêm-Lê Duẩn", "Hoàng Diệu –Nguyễn Văn Linh": a crossing of two streets
        if self.things is not None and f.role is None and self._inside_thing(f, listed):
            return  # "Công ty Cổ phần James Boat", "tỉnh Svay Rieng": a name inside an organisation or a place
        if f.role is None and f.honorific is None and f.rule not in self._CUED_RULES and self._starts_in_a_place(f):
            return  # "Thái Bình | Dương Tại", "Bồ | Đào Nha Tọa": the name starts inside a place's name
        if self.things is not None and f.role is None and f.honorific is None and self._org_runs_on(f):
            return  # "Công ty Cổ phần Địa ốc Sài Gòn | Thương Tín": the rest of a company's name
        non_names = self.d.data["non_names"]
        if f.role is None and (f.name in non_names or (" " in f.name and " ".join(f.name.split()[-2:]) in non_names)):
            return  # "Tết Đinh Dậu", "năm Mậu Tuất": a year name
        self.found.append(f)
        self.taken[f.start:f.end] = b"\x01" * (f.end - f.start)

    def _trim_thing(self, f: _Found) -> None:
        """A name that begins inside an organisation or a place and runs out of it starts after it, when
        what is left is a family name and two given names or more ("Trường THPT Phan Đình Phùng | Nguyễn Văn
        An"; two words left are too often the rest of a name the other component cut: "Hải Hà | Kim Hỷ")."""
        things = self.things
        span = things.overlapping(f.start, f.end) if things is not None else None
        if span is None or not (span[0] < f.start < span[1] < f.end) or f.name != self.text[f.start:f.end]:
            return
        cut = span[1]
        while cut < f.end and self.text[cut] == " ":
            cut += 1
        rest = self.text[cut:f.end]
        words = rest.split()
        if len(words) >= 3 and words[0] in self.d.data["surnames"] and all(w[:1].isupper() for w in words):
            f.start, f.name = cut, rest

    def _glued_pair(self, f: _Found) -> bool:
        """A name glued by a dash (no space on one side) to another capitalised name that is no cue."""
        text = self.text
        # (a dash right after the name or after one space; right before it, or before a final line break)
        if text[f.end:f.end + 1] in _DASHES or text[f.end + 1:f.end + 2] in _DASHES:
            m = _RE_GLUED_DASH_AFTER.match(text, f.end)
            if m and m.end() - 1 not in self.d.cue_start:
                return True
        if text[f.start - 1:f.start] in _DASHES or text[f.start - 2:f.start - 1] in _DASHES:
            return _RE_GLUED_DASH_BEFORE.search(text, max(0, f.start - 4), f.start) is not None
        return False

    def _inside_thing(self, f: _Found, listed: bool = False) -> bool:
        """Is the name part of an organisation or a place that another component found? Yes when that
        span holds more than the name ("sân Wanda Metropolitano", "Trung tâm sách Xuân Thu"), or is the
        name itself and the name is no family name + given names ("Vĩnh Yên", "Tel Aviv") nor an item of
        a list of people ("Văn Lâm, Duy Mạnh và Quang Hải"); never with a cue right before the name
        ("ông Park Hang Seo"). A place word inside a name ("Anh" of "Nguyễn
        Nhật Anh") is the other component's slip, not a veto."""
        if self.things is None:
            return False
        span = self.things.overlapping(f.start, f.end)
        if span is None or not (span[0] <= f.start and f.end <= span[1]):
            # the name of a place or an organisation found elsewhere in the text ("tỉnh Svay Rieng" ...
            # "tới Svay Rieng")
            if f.name not in self.thing_names or listed or self.d.immediate_cue(f.start) is not None or \
                    (" " not in f.name and is_vn_syllable(f.name)):
                return False  # (one Vietnamese syllable: a given name more often than a place)
            return not self._strong_name(f.name)
        cue = self.d.immediate_cue(f.start)
        if cue is not None and not (cue[0] == "honorific" and self._cue_inside(span, f.start, cue[1])):
            return False
        if span[1] > f.end and self.text[span[1] - 1:span[1]].islower() and \
                self.text[self.text.rfind(" ", f.end, span[1]) + 1:span[1]][:1].islower():
            return False  # "đội tuyển Đức - Philipp Lahm tuyên(bố)": the span runs into the verb after the name
        if self._strong_name(f.name) and (_RE_ONE_LOWER_LEAD.match(self.text, span[0], f.start)
                                          or self.d.lookback_title(f.start) and not self._pair_in_company(span, f.name)
                                          or self.text[max(span[0], f.start - 3):f.start] in (" - ", " – ")):
            return False  # "(hành) động Arnold Schwarzenegger", "đội tuyển Đức - Philipp Lahm"
        if span[0] > 1 and self.text[span[0] - 1] == " " and self.text[span[0] - 2].isalpha():
            w = self.text.rfind(" ", max(0, span[0] - 40), span[0] - 1) + 1
            if self.text[w:w + 1].isupper():
                return False  # the span starts inside a capitalised name ("Tây |Ban Nha Pedro Almodovar")
        if span != (f.start, f.end):
            return True
        if listed:
            return False
        tail = " " + f.name
        if any(g.name.endswith(tail) for g in self.found):
            return False  # "Quốc Oai" of "Trần Quốc Oai" found before: the person, not the district
        return not self._strong_name(f.name)

    def _starts_in_a_place(self, f: _Found) -> bool:
        """Do the capitalised words right before the name (one space between each) and the name's first
        word or two make a place ("châu Á - Thái Bình | Dương Tại", "Hải | Dương Cây", "Bồ | Đào Nha Tọa")?"""
        text, data = self.text, self.d.data
        if f.start < 2 or text[f.start - 1] != " " or not text[f.start - 2].isalpha() or \
                not text[text.rfind(" ", 0, f.start - 1) + 1].isupper():
            return False  # (most names: a lower-case word before them)
        before = text[max(0, f.start - 40):f.start - 1].split(" ")
        prev: List[str] = []
        for w in reversed(before[-3:]):
            if not w[:1].isupper() or not w.isalpha():
                break
            prev.insert(0, w)
        if not prev:
            return False
        words = f.name.split()
        return any(" ".join(prev[-k:] + words[:j]) in data["places"]
                   for k in range(1, len(prev) + 1) for j in range(1, min(2, len(words) - 1) + 1))

    def _org_runs_on(self, f: _Found) -> bool:
        """A Vietnamese name without a cue right after an organisation another component found (one space
        between), in the clause of a company word, that has no family name first: the rest of the
        company's name the other component cut ("Công ty Cổ phần Địa ốc Sài Gòn | Thương Tín"; not a
        foreign name after a place: "Thương mại ... Trung Quốc | Joerg Wuttke")."""
        text = self.text
        if f.start < 2 or text[f.start - 1] != " " or not text[f.start - 2].isalnum() or f.rule in self._CUED_RULES:
            return False
        if f.start - 1 not in self.org_ends or not all(is_vn_syllable(w) for w in f.name.split()) or \
                self._family_name_first(f.name) or self.d.lookback_title(f.start):
            return False
        return self._org_in_clause(f.start, _rules().get("company_heads", ()))

    def _pair_in_company(self, span: Tuple[int, int], name: str) -> bool:
        """Is ``name`` two or three words with no family name first at the end of a company's name
        ("Công ty TNHH CBTS XNK | Minh Châu"; not "Công ty ... | Nguyễn Văn An", a director named after it)?"""
        words = name.split()
        if len(words) > 3 or words[0] in self.d.data["surnames"] or words[0] in self.d.data["foreign_given"]:
            return False
        head = self.text[span[0]:span[0] + 30].casefold().split()
        heads = _rules().get("company_heads", ())
        return bool(head) and (head[0] in heads or " ".join(head[:2]) in heads)

    def _cue_inside(self, span: Tuple[int, int], start: int, cue: str) -> bool:
        """Does the organisation ``span`` hold the word of address before the name at ``start`` right
        after "công ty" ("Công ty mẹ Him Lam": the parent company, "công ty con": a subsidiary)? Then it
        is a word of the company's name, not a word of address."""
        at = self.text.rfind(cue, max(0, start - len(cue) - 4), start)
        return at > span[0] and self.text[span[0]:at].rstrip().casefold().endswith(tuple(_rules()["company_kin"]))

    def _family_name_first(self, name: str) -> bool:
        """A family name (or a foreign given name) first and one more word at least ("Nguyễn Văn An",
        "John Smith"); not a pair of given names ("Minh Châu": a company's name as often)."""
        words = name.split()
        data = self.d.data
        return len(words) >= 2 and (words[0] in data["common_surnames"] or words[0] in data["foreign_given"])

    def _strong_name(self, name: str) -> bool:
        """A family name and given names, a foreign name starting with a known given name, or a name
        found after a cue in many corpus articles."""
        data = self.d.data
        words = name.split()
        if len(words) == 1:
            return name in data["mined_single"] or name in data["mononyms"]
        return words[0] in data["common_surnames"] or words[0] in data["foreign_given"] or \
            tuple(words) in data["mined_full"]

    def _name_tokens_ok(self, toks: List[Tok], foreign_ok=True) -> bool:
        # (no digit test: a token holds letters, marks and [-.'’] only, see TOKEN_RE)
        for t in toks:
            if t.kind == "low":
                continue  # particle
            if t.kind == "init" and len(toks) > 1 and not t.text[-1].islower():
                return False
            if not foreign_ok and not t.vn:
                return False
        return True

    # -- pass 1: runs --

    def run_pass(self) -> None:
        d = self.d
        toks = d.toks
        # most runs are a lone capitalised word nothing can take ("Theo", "Trong", "Hà": no cue before,
        # not a given name): skipped without ``_analyse``
        lone_names = d.data["lone_names"]
        lone_skip = not _FLAGS["foreign_single"]
        immediate_cue = d.immediate_cues().get
        places, function_words = d.data["places"], d.data["function_words"]
        bare_single = _FLAGS["bare_single"]
        lookback_title = d.lookback_title
        for i, j in d.runs():
            n = j - i
            t0 = toks[i]
            if n == 1 and t0.kind == "upper":
                continue  # one ALL-CAPS word ("USD", "UBND"): ``_is_name`` takes none, cue or not
            # the cue before the run and the title look-back, asked once here and handed to ``_analyse``
            cue = immediate_cue(t0.start)
            look: Optional[bool] = None  # (not asked yet)
            if n == 1:
                if t0.kind == "cap" and cue is None:
                    if lone_skip and t0.text not in lone_names:
                        continue
                    # no cue and no title earlier in the clause: only ``_bare_single`` may take the
                    # word (see ``_is_name``), a pure test asked first ("Anh", "Trung" mostly start a
                    # sentence or stand before no verb)
                    if not (bare_single and self._bare_single(t0)):
                        look = lookback_title(t0.start)
                        if not look:
                            continue
            elif n == 2:
                # two capitalised words naming a place ("Việt Nam", "Hà Nội") with no cue before and no
                # title earlier in the clause: ``_is_name`` refuses a place without a cue and no later
                # split is tried (one word left), so ``_analyse`` would find nothing
                t1 = toks[i + 1]
                if cue is None and t0.kind == "cap" and t1.kind == "cap" and t0.text + " " + t1.text in places \
                        and not (t0.sent_start and t0.text in function_words):
                    look = lookback_title(t0.start)
                    if not look:
                        continue
            if n >= 4 and n % 2 == 0 and all(toks[i + x].text == toks[i + n // 2 + x].text for x in range(n // 2)):
                # a caption repeating the name: "Trà Ngọc Hằng Trà Ngọc Hằng", "Bảo Anh Bảo Anh"
                self._analyse(i, i + n // 2, cue, look)
                self._analyse(i + n // 2, j, cue_known=False)
                continue
            self._analyse(i, j, cue, look)

    def _analyse(self, i: int, j: int, cue: Optional[Tuple[str, str]] = None, look: Optional[bool] = None,
                 cue_known: bool = True) -> None:
        """The run of tokens [i, j); ``cue``: the cue right before it (``immediate_cue``), ``look``: the
        title look-back (``lookback_title``, None: not asked yet); ``cue_known`` False: ``cue`` not asked yet."""
        # (a lone capitalised word with no cue, "Theo", "Trong", "Hà", is skipped by ``run_pass``)
        d = self.d
        toks = d.toks[i:j]
        words = tuple([t.text for t in toks])
        n = len(toks)

        start = toks[0].start
        if not cue_known:
            cue = d.immediate_cue(start)
        if cue is not None and self._memorial_before(start, cue):
            return  # "Nhà tưởng niệm đồng chí Phan Trọng Tuệ", "Lăng Chủ tịch Hồ Chí Minh": a place
        look = cue is not None and cue[0] in ("title", "occupation", "religious") or (
            d.lookback_title(start) if look is None else look)
        all_upper = "upper" in [t.kind for t in toks] and all(
            t.kind == "upper" or (t.kind == "cap" and len(t.text) == 1) for t in toks)
        k, lead_cue, carry, neg0 = self._strip_prefix(toks, words, cue, look, all_upper)
        if carry and k > 0 and lead_cue is None:
            lead_cue = cue  # "Tổng thống Mỹ Obama": the title still cues the name after the country
            self._carried = True
        else:
            self._carried = False
        if n - k >= 3 and not all_upper:
            cut = self._merged_cut(toks[k:], words[k:])
            if cut:
                # two names glued into one run ("Tom Cruise Brad Pitt"), or a known foreign name and
                # a sentence-starting word after it ("Jennifer Lawrence Hai người")
                self._decide(toks[:k + cut], words[:k + cut], k, cue, lead_cue, look, neg0, all_upper)
                self._analyse(i + k + cut, j, cue_known=False)
                return
        self._decide(toks, words, k, cue, lead_cue, look, neg0, all_upper)

    def _strip_prefix(self, toks, words, cue, look, all_upper):
        """Walk the run's prefix: places, acronyms, honorifics, degrees, a sentence-starting function
        word, organisation and brand words. (k: where the name may start, lead_cue: an honorific,
        degree or rank inside the run, carry: the cue before the run still stands right before the
        name, neg0: a place/organisation word before the name; None: not known yet, see
        ``_neg_before_run``, asked only when needed)."""
        d, data = self.d, self.d.data
        n = len(toks)
        neg0: Optional[bool] = None
        k = 0
        lead_cue = None
        carry = cue is not None  # the cue still stands right before the name (only places between)
        while k < n:
            t = toks[k]
            w = t.text
            rest = words[k:]
            has_imm = (k == 0 and cue is not None) or (lead_cue is not None and toks[k - 1].text == lead_cue[1])
            if has_imm and len(rest) == 2 and all(x.vn and x.text in data["given"] for x in toks[k:]):
                break  # "nhạc sĩ Đức Trí", "NSND Anh Tú", "cô Mỹ Tâm": a given-name pair, not a country
            if has_imm and len(rest) == 2 and self._pair_after_person_cue(toks[k:], cue if k == 0 else lead_cue):
                break  # "danh hài Trung Dân", "ca sĩ Quốc Thiên": a given name and a syllable after a person's cue
            if k == 0 and t.sent_start and w in data["function_words"] and n > 1:
                k += 1
                carry = False
                continue
            if (rest in data["mined_full"] and not (t.sent_start and data["cues"].get(w) == "honorific")) or \
                    (w in data["east_asian"] and self._east_asian(toks[k:])):
                break  # "Đông Nhi", "Park Hang Seo": a known name or a Korean/Chinese one, no prefix word
            pk = d.place_prefix(rest)
            if len(rest) >= 2 and pk == len(rest):
                break  # the rest is a place ("Bà Rịa - Vũng Tàu"): nothing to strip
            kind = data["cues"].get(w)
            if kind == "honorific" and w[:1].isupper() and not (t.sent_start or w in _HONORIFIC_INSIDE):
                kind = None  # "Anh Tuấn" inside a sentence is a name (or England), not "anh"
            if kind in ("honorific", "degree", "rank") and k + 1 < n:
                lead_cue = (kind, w)
                k += 1
                continue
            if pk == 1 and w in data["given"] and 2 <= len(rest) <= 3 and \
                    all(x.vn and x.text in data["given"] for x in toks[k:]):
                pk = 0  # "Nhật Kim Anh", "Việt Hoàn": a given name, not a country
            elif pk == 1 and len(rest) == 3 and t.vn and \
                    all(x.vn and x.text in data["given"] for x in toks[k + 1:k + 3]):
                pk = 0  # "Phi Thanh Vân", "Hàn Thanh Tùng": one syllable + two given names, a full name
            elif pk == 1 and len(rest) == 2 and w in lexicon.word_set("person_context_country_given") \
                    and not toks[k + 1].vn:
                pk = 0  # "Jordan Vogt-Roberts", "Georgia May": a foreign given name, not the country
            if pk and (len(rest) - pk >= 2 or (len(rest) - pk == 1 and (cue is not None or look or lead_cue) and (
                    w not in data["surnames"] or not toks[k + pk].vn))):
                k += pk
                neg0 = False
                if lead_cue is not None:
                    lead_cue = None
                    carry = False
                continue
            if k + 1 < n and w.casefold() in data["negative"] and w not in data["common_surnames"]:
                # a place/organisation word: what follows names that thing, unless a later
                # split with a title cue finds a person ("Viện KSND Nguyễn Hòa Bình")
                neg0 = True
                k += 1
                carry = False
                continue
            pn = _negative_in_run(words, k) if k + 2 < n else 0
            if pn:
                # the same, capitalised in title case and of 2-3 words: "Đại Học Hồng Đức", "Sân Vận
                # Động Thống Nhất" (the run holds the phrase, ``negative_before`` never sees it)
                neg0 = True
                k += pn
                carry = False
                continue
            if k + 1 < n and not t.vn and (w in data["foreign_not_name"] or _company_word(w) or w in _org_words()):
                k += 1  # a brand or a club before the name: "CEO Apple Tim Cook", "tới Bournemouth Oscar"
                carry = False
                continue
            if k + 1 < n and w in data["not_name"] and w not in data["common_surnames"] and not (
                    w in data["surnames"] and (len(rest) >= 3 or has_imm)):
                k += 1  # an organisation word ("Bộ", "Ban", "Nam" of "phía Nam")
                if w in _rules()["directions"] and all(x.vn and x.text not in data["cues"] for x in toks[k:]) \
                        and not (toks[k].text in data["common_surnames"] and len(rest) >= 4):
                    neg0 = True  # "Nam Huỳnh Đạo", "Bắc Hưng Hải": a compass word starts a place or a body
                carry = False
                continue
            if t.kind in ("upper", "init") and not t.vn and k + 1 < n and not all_upper:
                k += 1  # acronym: "UBND", "PVN", "T.Ư"
                neg0 = False
                carry = False
                continue
            break
        return k, lead_cue, carry, neg0

    def _merged_cut(self, toks, words) -> int:
        """Where a known foreign name (found after a cue in many articles) ends inside a longer run
        and another known name begins, or a foreign name ends before one Vietnamese word and a
        lower-case word: the length of that name, else 0."""
        data = self.d.data
        mined_full, foreign_given = data["mined_full"], data["foreign_given"]
        n = len(words)
        if words in mined_full:
            return 0
        for x in range(n - 1, 1, -1):
            if all(t.vn for t in toks[:x]) or toks[x].kind != "cap":
                continue
            rest = words[x:]
            if words[:x] in mined_full and (rest in mined_full and len(rest) >= 2 or (
                    words[x] in foreign_given and len(rest) >= 2)):
                return x
            if len(rest) == 1 and toks[x].vn and (_has_vn_marks(words[x]) or words[x] in data["function_words"]) \
                    and _RE_NEXT_WORD.match(self.text, toks[x].end) and words[0] not in data["east_asian"] and (
                    words[:x] in mined_full or words[0] in foreign_given and not any(t.vn for t in toks[1:x])):
                return x  # (a foreign name ends in no Vietnamese syllable)
        return 0

    def _neg_before_run(self, toks, cue) -> bool:
        """A place/organisation word right before the run (``negative_before``)."""
        d, text = self.d, self.text
        neg = d.negative_before(toks[0].start)
        if neg and cue is not None and cue[0] in ("occupation", "rank"):
            # the place word is the cue's own ("lái xe Nguyễn Trường Sơn"): look before the cue
            cue_start = text.rfind(cue[1], max(0, toks[0].start - len(cue[1]) - 4), toks[0].start)
            if cue_start >= 0 and cue[1].split()[-1].casefold() in d.data["negative"]:
                neg = d.negative_before(cue_start)
        return neg

    def _decide(self, toks, all_words, k, cue, lead_cue, look, neg0, all_upper) -> None:
        """``neg0``: a place/organisation word before the name at ``k`` (None: not known yet, see
        ``_neg_before_run``; it is asked only when a name would be taken)."""
        d, data = self.d, self.d.data
        n = len(toks)
        # try the name at k; then later splits at a family name (prefix = unknown organisation)
        for start in range(k, n):
            name_toks = toks[start:]
            m = len(name_toks)
            if m > MAX_NAME:
                continue
            if start > k:
                # a later split is only taken after an organisation prefix with a title cue, or a
                # clear family name with 3 syllables ("Vietcombank Nghiêm Xuân Thành")
                foreign_after = m >= 2 and not name_toks[0].vn and name_toks[0].text in data["foreign_given"] and (
                    look or start == 1 and toks[0].text in _rules()["award_names"])
                # ("đạt giải Oscar Natalie Portman": a known foreign given name after an award's name)
                if not (name_toks[0].text in data["surnames"] and look or
                        name_toks[0].text in data["common_surnames"] and m >= 3 or foreign_after):
                    continue
                if not (start >= 2 and name_toks[0].text in data["common_surnames"] and m >= 2 or foreign_after):
                    if neg0 is None:
                        neg0 = self._neg_before_run(toks, cue)
                    if neg0:
                        continue  # "Trường Tiểu học Chu Văn An", "mang tên Trần Văn Hải"
            words = all_words[start:]
            if start == k and m >= 3 and not name_toks[0].vn and name_toks[0].kind == "cap" and \
                    name_toks[0].text not in data["foreign_given"] and name_toks[1].text in data["foreign_given"] \
                    and name_toks[0].text not in name_context.census() and cue is not None \
                    and people_context.business_title(cue[1]):
                continue  # "CEO Disney Bob Iger": a company, then the person
            if m >= 3 and name_toks[0].vn and name_toks[0].text not in data["surnames"] and any(
                    t.text in data["common_surnames"] and t.vn and 2 <= n - (start + x) <= 4
                    for x, t in enumerate(name_toks[1:], 1)):
                continue  # "Tổng cục Thuế Cao Anh Tuấn": the name starts at the family name
            immediate = start == 0 and cue is not None or (start == k and lead_cue is not None and start > 0 and (
                toks[start - 1].text == lead_cue[1] or self._carried))
            has_cue = immediate or (look and (m >= 2 or start == 0)) or (
                cue is not None and cue[0] in ("title", "occupation", "religious") and m >= 2)
            run_words, run_m = words, m  # before a glued sentence start is dropped
            honor = None
            if immediate:
                honor = (cue if start == 0 else lead_cue)
            # "Chủ tịch PVN Nguyễn Quốc Khánh Bên cạnh ...": a sentence start glued to the name
            if m >= 3 and name_toks[-1].text in _TRAILING_DROP:
                name_toks, words, m = name_toks[:-1], words[:-1], m - 1
            if not (honor and honor[0] == "honorific" and honor[1].lower() not in _rules().get("kin_nouns", ())) \
                    and self._glued_word(name_toks[-1]):
                continue  # "Trình Quốc hội", "Đoàn Thanh niên", "chi Tiết Điều này": a word, not a name
            verdict = self._is_name(name_toks, words, has_cue, immediate, all_upper, honor, whole=(n == 1))
            if not verdict:
                continue
            res, rule = verdict
            # a place/organisation word before the name refuses it ("đường Nguyễn Huệ"); asked only
            # now: the look-back costs more than the tests above and most runs are no names
            if start == k:
                if neg0 is None:
                    neg0 = self._neg_before_run(toks, cue)
                before_neg = neg0
            else:
                before_neg = d.negative_before(name_toks[0].start) or (
                    toks[start - 1].text.casefold() in data["negative"])
            if before_neg and not (start > k and look and name_toks[0].text in data["common_surnames"]
                                   and run_m >= 2 and not d.is_place(run_words)) \
                    and not self._holder_of_title(name_toks):
                continue
            self._take(name_toks, words, res, rule, honor, cue, look)
            return

    def _pair_after_person_cue(self, toks, cue) -> bool:
        """Two syllables right after a person's cue (an occupation or a word of address), the first a
        given name that is also an organisation word: a name ("danh hài Trung Dân", "ca sĩ Quốc Thiên"),
        unless the first is a place or school word ("cô giáo Trường Mầm non") or the second makes a word
        with the lower-case word after it ("Khoa Dinh dưỡng")."""
        data = self.d.data
        first, second = toks[0], toks[1]
        return cue is not None and cue[0] in ("occupation", "honorific") and first.text in data["given"] \
            and first.text.casefold() not in data["negative"] and first.text not in _rules()["cue_pair_blockers"] \
            and second.vn and second.kind == "cap" and not self._glued_word(second)

    def _holder_of_title(self, name_toks) -> bool:
        """A full name (a common family name or a known foreign given name first) right after a title record
        of titles.py whose organisation ends in a place or organisation word ("Chủ tịch UBND tỉnh Nguyễn
        Văn A": the article names the province elsewhere; "Chủ tịch Hạ viện John Bercow"), with no such
        word before the title itself."""
        d = self.d
        first = name_toks[0].text
        if len(name_toks) < 2 or not d.title_records or (
                first not in d.data["common_surnames"] and first not in d.data["foreign_given"]):
            return False  # ("Trưởng thôn Đại An": the village)
        pos = name_toks[0].start
        end = pos
        while end > 0 and self.text[end - 1] in " \t" and pos - end < 3:
            end -= 1
        start = d.title_records.get(end)
        if start is None or end == pos:
            return False
        last = [w.casefold() for w in self.text[start:end].rsplit(None, 2)[-2:]]
        blockers = _rules()["holder_not_after"]  # (words; and two-word rows that unblock: "môi trường")
        if last[-1] in blockers and " ".join(last) not in blockers:
            return False  # ("Hiệu trưởng Trường Tiểu học Trương Văn Thành": the school's name)
        return not d.negative_before(start) and not d.is_place(tuple(t.text for t in name_toks))

    def _take(self, name_toks, words, res, rule, honor, cue, look) -> None:
        """Record a name ``_is_name`` accepted: a person, a weak pair or a deferred syllable."""
        d, text = self.d, self.text
        m = len(name_toks)
        if res == "weak":
            # a foreign-looking pair with no cue: a person if a verb follows ("Sheldon Adelson là")
            # or one of its words stands alone elsewhere ("Rattana"); decided in pass 2
            after = _RE_APPOSITION.match(text, name_toks[-1].end)
            e = name_toks[-1].end
            if _sentence_follower_ok(text, e) and text[e:e + 1] == " " or (after and after.end() in d.cue_start):
                res = "foreign"  # "Neal Moston, một nhà phân tích", "Guy Ryder cho biết"
            else:
                self.weak.append((name_toks[0].start, name_toks[-1].end, words))
                return
        if res == "defer":
            self.deferred.append((name_toks[0].start, name_toks[-1].end, words[0]))
            return
        foreign = res == "foreign"
        kind_text = honor[1] if honor and honor[0] in ("honorific", "rank", "degree", "religious") else None
        end = name_toks[-1].end
        if len(name_toks[-1].text) == 1 and text[end:end + 1] == "." and (m > 1 or honor):
            end += 1  # "chị Đ.", "Trần Thị Đ."
        rule, evidence = self._evidence(rule, words, honor, cue, look)
        self._add(_Found(name_toks[0].start, end, text[name_toks[0].start:end],
                         honorific=kind_text, foreign=foreign, rule=rule, evidence=evidence))

    _CUE_RULES = {"honorific": RULE_HONORIFIC, "rank": RULE_RANK, "degree": RULE_DEGREE, "title": RULE_TITLE,
                  "occupation": RULE_TITLE, "religious": RULE_TITLE}

    def _evidence(self, rule, words, honor, cue, look) -> Tuple[str, Dict[str, str]]:
        """The rule's final name (a cue rule by the cue's kind) and its evidence."""
        if rule == RULE_CUE:
            if honor:
                return self._CUE_RULES.get(honor[0], RULE_TITLE), {"cue": honor[1]}
            return RULE_TITLE_ORG, {"cue": cue[1] if cue is not None else "a title earlier in the clause"}
        if rule == RULE_MINED or rule == RULE_KNOWN_SINGLE:
            return rule, {"list": "person_names_mined", "entry": " ".join(words)}
        if rule in (RULE_SURNAME, RULE_ALL_CAPS):
            return rule, {"list": "surnames", "entry": words[0]}
        if rule == RULE_SURNAME_LAST:
            return rule, {"list": "surnames", "entry": words[-1]}
        if rule in (RULE_GIVEN_PAIR, RULE_BARE_SINGLE, RULE_STAGE):
            return rule, {"list": "given_names", "entry": words[0]}
        if rule == RULE_FOREIGN_GIVEN:
            return rule, {"list": "foreign_given_names", "entry": words[0]}
        if rule == RULE_EAST_ASIAN:
            return rule, {"list": "person_east_asian_surnames", "entry": words[0]}
        return rule, {}

    # -- is it a name? named rules and vetoes --
    #
    # ``_is_name`` answers with a verdict (kind, rule): kind "vn" or "foreign" (a person), "weak" (a
    # foreign-looking pair without a cue: decided by what follows or in pass 2), "defer" (one
    # syllable after a title: a name if a longer name of the text explains it); rule is the name of
    # the rule that accepted it. None: refused (by a named veto ``V_*``; ``vetoed`` lists them in tests).

    def _is_name(self, name_toks, words, has_cue, immediate, all_upper, honor, whole=False) -> Optional[Verdict]:
        # what depends on the words alone (their kinds and syllables follow from them), kept per words
        shape = _SHAPES.get(words)
        if shape is None:
            shape = self._shape(name_toks, words)
        latin, tokens_ok, word_veto, acronym, is_place = shape
        c = _Cand(self.text, name_toks, words, has_cue, immediate, all_upper, honor, whole, latin)
        veto = self._shape_veto(c, tokens_ok)
        if veto:
            return self._refused(veto, c)
        verdict = self._known_shape(c)
        if verdict is not _GO_ON:
            return verdict
        if word_veto:
            return self._refused(word_veto, c)
        if all_upper:
            return self._all_caps_name(c)
        if acronym:
            return self._refused(V_ACRONYM, c)
        c.is_place = is_place
        if c.first.kind == "init":
            return self._initials_name(c)
        if has_cue:
            return self._name_after_cue(c)
        return self._name_without_cue(c)

    def _shape(self, toks, words) -> Tuple[bool, bool, Optional[str], bool, bool]:
        """What ``_is_name`` asks of the words alone: (a Latin word, ``_name_tokens_ok`` and no lower-case
        word first, ``_word_veto``, an acronym, a place), kept in ``_SHAPES``."""
        c = _Cand(self.text, toks, words, False, False, False, None, False)
        m = len(toks)
        shape = (c.latin, self._name_tokens_ok(toks) and c.first.kind != "low", self._word_veto(c),
                 any(t.kind == "upper" and (m > 1 or not t.vn) for t in toks),
                 self.d.is_place(words) or (m >= 2 and self.d.place_prefix(words) == m))
        if len(_SHAPES) > 20000:
            _SHAPES.clear()
        _SHAPES[words] = shape
        return shape

    def _refused(self, veto: str, c: "_Cand") -> Optional[Verdict]:
        """Refuse the candidate (None), noting the veto when ``vetoed`` is a list."""
        if self.vetoed is not None:
            self.vetoed.append((veto, " ".join(c.words)))
        return None

    def _shape_veto(self, c: "_Cand", tokens_ok: Optional[bool] = None) -> Optional[str]:
        """(``tokens_ok``: ``_name_tokens_ok`` and no lower-case word first, if known)"""
        if not (self._name_tokens_ok(c.toks) and c.first.kind != "low" if tokens_ok is None else tokens_ok):
            return V_SHAPE
        e = c.last.end
        if c.text[e:e + 1] not in _NO_DIGIT and _RE_DASH_DIGIT.match(c.text, e, e + 2):
            return V_NUMBER
        return None

    def _word_veto(self, c: "_Cand") -> Optional[str]:
        data = self.d.data
        not_name = data["foreign_not_name"]
        if c.latin and any(t.text in not_name or "-" in t.text and any(p in not_name for p in t.text.split("-"))
                           for t in c.toks):
            return V_BRAND
        if c.m == 1 and c.first.text in data["function_words"]:
            return V_FUNCTION
        credit_not_person = data["credit_not_person"]
        if any(len(t.text) > 2 and t.text.casefold() in credit_not_person for t in c.toks):
            return V_SOURCE
        return None

    def _after_cue_veto(self, c: "_Cand") -> Optional[str]:
        data, first = self.d.data, c.first
        if first.text in data["not_name"] and first.text not in data["surnames"] and not (
                c.immediate and c.m == 2 and all(t.vn and t.text in data["given"] for t in c.toks)) and not (
                c.immediate and c.m == 2 and self._pair_after_person_cue(c.toks, c.honor)):
            return V_ORG_FIRST  # (but "danh hài Trung Dân", "ca sĩ Quốc Thiên": a person's cue)
        if c.vn and c.m > 4:
            return V_LONG
        if c.vn and not c.immediate and first.text not in data["surnames"]:
            if not (c.m == 2 and all(t.text in data["given"] for t in c.toks)):
                return V_NO_SURNAME_AFTER_ORG
            if self._org_in_clause(first.start, _rules().get("company_heads", ())):
                return V_COMPANY_CLAUSE
        return None

    def _one_word_veto(self, c: "_Cand") -> Optional[str]:
        data, first = self.d.data, c.first
        if c.cue_kind == "honorific":
            if first.text in _rules().get("nationality_words", ()) and (
                    c.honor[1].lower() in _rules()["kin_nouns"] or
                    (" " + c.text[max(0, first.start - 20):first.start - 1].lower()).endswith(
                        tuple(" " + k for k in _rules()["kin_nouns"] if " " in k))):
                return V_NATIONALITY  # "vợ Việt", "quý ông Việt"
            if c.honor[1].lower() in _rules().get("verb_honorifics", ()) and (
                    first.text in data["not_name"] or self._compound_word(first)):
                return V_VERB_CUE  # "bầu Quốc hội", "bầu Hội đồng" (elect); "bầu Đức" stays
            if first.vn and first.text not in data["given"] and first.text not in data["surnames"] and \
                    _dictionary_pair(self.text, first):
                return V_COMPOUND_AFTER_CUE  # "Đạo vợ chồng | Cái gốc ...": a heading's word, no name
            return None
        if first.text in data["not_name"] and first.text not in data["surnames"] or first.text in _org_words():
            return V_ORG_WORD  # (an organisation known by name: "trung vệ Swansea", the club's)
        if first.text.casefold() in data["negative"]:
            return V_PLACE_WORD
        return None

    def _one_word_late_veto(self, c: "_Cand") -> Optional[str]:
        first, honor = c.first, c.honor
        if c.cue_kind == "occupation" and not first.vn and honor and \
                honor[1].casefold() in _rules().get("brand_cues", ()):
            return V_PRODUCT
        if c.cue_kind != "honorific" and (_company_word(first.text) or
                                          first.text.casefold() in self.d.data["credit_not_person"]):
            return V_COMPANY
        return None

    def _no_cue_veto(self, c: "_Cand") -> Optional[str]:
        if c.is_place:
            return V_PLACE
        if c.m >= 2 and self._spelled_acronym(c.toks):
            return V_ACRONYM_WORDS
        if self._address_after(c):
            return V_ADDRESS
        return None

    @staticmethod
    def _address_after(c: "_Cand") -> bool:
        """An address after the name (``_RE_ADDRESS_AFTER``, which starts with a comma: asked only after one)."""
        return c.text[c.last.end:c.last.end + 1] == "," and _RE_ADDRESS_AFTER.match(c.text, c.last.end) is not None

    def _several_words_veto(self, c: "_Cand") -> Optional[str]:
        pk = self.d.place_prefix(c.words)
        if pk >= 2 and c.m - pk < 2:
            return V_PLACE_FIRST
        before = c.text[max(0, c.first.start - 1):c.first.start]
        if before not in _NO_DIGIT and _RE_DIGIT_END.search(before):
            return V_DIGIT_BEFORE
        return None

    def _surname_veto(self, c: "_Cand") -> Optional[str]:
        data, first = self.d.data, c.first
        if first.text not in data["surnames"] or c.m > 4:
            return V_NO_SURNAME
        if first.text not in data["common_surnames"] and c.m < 3:
            return V_RARE_SURNAME
        if any(t.text in data["not_name"] and t.text not in _NAME_OK for t in c.toks[1:2]):
            return V_ORG_SECOND
        if any((a.text.casefold(), b.text.casefold()) in data["role_pairs"]
               for a, b in zip(c.toks, c.toks[1:], strict=False)):
            return V_TITLE_CASE
        end2 = " ".join(c.words[-2:])
        if c.m >= 3 and (end2 in data["provinces"] or end2 in data["places"] and not all(
                w in data["given"] for w in c.words[-2:])):
            return V_PLACE_END
        return None

    def _known_shape(self, c: "_Cand"):
        """Names known by their shape or from the mined list, whatever the context."""
        data, first = self.d.data, c.first
        kind = "vn" if c.vn else "foreign"
        if c.m >= 2 and c.words in data["mined_full"] and c.all_cap() and \
                not self._address_after(c) and not (not c.has_cue and c.place_before()):
            return kind, RULE_MINED  # a name found after a cue in many corpus articles
        if 2 <= c.m <= 3 and first.text[:1] == "H" and _RE_EDE_FEMALE.fullmatch(first.text) and c.all_cap():
            return "vn", RULE_EDE  # "H'Hen Niê", "H’Ăng Nie": prefix H' + given name + clan
        if 3 <= c.m <= 4 and first.text == "Y" and c.all_cap() and not c.toks[-1].vn and len(c.toks[1].text) <= 5 \
                and not any(t.text in data["places"] or t.text in data["not_name"] or t.text in data["foreign_given"]
                            for t in c.toks[1:]):  # (not "Y Combinator Sam Altman")
            return "vn", RULE_EDE_MALE  # "Y Ăi Adrơng", "Y Ngông Niê Kdăm": prefix Y + given name + clan
        if first.text in data["east_asian"] and self._east_asian(c.toks):
            if not c.has_cue and c.place_before():
                return None  # "ở Park Lane"
            return "foreign", RULE_EAST_ASIAN  # "Park Hang Seo", "Xie Yong"
        if c.m > 1 and c.latin and any(t.vn and _has_vn_marks(t.text) for t in c.toks) and not (
                c.last.text in data["common_surnames"] and (first.text in data["foreign_given"] or c.has_cue)):
            if self._stage_name(c.toks, c.immediate):
                return "vn", RULE_STAGE  # "ca sĩ Hương Baby", "Hương Baby chia sẻ"
            return None  # "Tiếng Việt Cyberbot", "Thành Thắng Group"
        return _GO_ON

    def _all_caps_name(self, c: "_Cand"):
        """ALL-CAPS: only a family name + 1-3 syllables, not a place ("ĐẶNG CHUNG"); without a cue,
        all its words are names ("HÌNH SỰ", "CÔNG TY CỔ PHẦN" are not)."""
        data = self.d.data
        if 2 <= c.m <= 4 and c.vn and c.first.text.capitalize() in data["surnames"] and not self.d.is_place(
                tuple(w.capitalize() for w in c.words)) and not self._caps_heading(c.toks) and (
                c.has_cue or self._name_words(c.toks)):
            return "vn", RULE_ALL_CAPS
        return None

    def _initials_name(self, c: "_Cand"):
        data, first = self.d.data, c.first
        if first.text.casefold() in data["credit_not_person"] or first.text in data["not_name"]:
            return None
        if c.m == 1 and (c.has_cue or _RE_INITIALS3.fullmatch(first.text)):
            return "vn", RULE_INITIALS
        last = first.text[first.text.rfind(".") + 1:]
        if c.m == 1 and (last in data["mined_single"] or last in data["mononyms"]):
            return "foreign", RULE_INITIAL_KNOWN  # "C.Ronaldo"
        return None

    def _name_after_cue(self, c: "_Cand"):
        """After a cue (right before, or a title earlier in the clause)."""
        data, first, honor = self.d.data, c.first, c.honor
        if c.is_place and not (c.m == 1 and honor and honor[0] == "honorific" and first.text in data["given"]):
            # "Chủ tịch Hồ Chí Minh" yes, "Thủ tướng Anh", "Tổng thống Mỹ" no
            if not (c.m >= 3 and first.text in data["surnames"]):
                return None
        if c.m == 1:
            return self._one_word_after_cue(c)
        veto = self._after_cue_veto(c)
        if veto:
            return self._refused(veto, c)
        return ("vn" if c.vn else "foreign"), RULE_CUE

    def _one_word_after_cue(self, c: "_Cand"):
        """One word right after its cue: "ông Cành", "Bác Hồ", "Thủ tướng Lý" (deferred)."""
        first, honor = c.first, c.honor
        if not c.immediate or first.text in _rules().get("never_single", ()):
            return None  # ("con trai Người ta thường nói": a pronoun phrase, whatever the cue)
        c.cue_kind = honor[0] if honor else "title"
        veto = self._one_word_veto(c)
        if veto:
            return self._refused(veto, c)
        if c.cue_kind in ("title", "occupation", "religious") and first.vn:
            return "defer", RULE_TITLE_SYLLABLE  # "Thủ tướng Lý" yes, "Tiến sĩ Kinh tế" no: pass 2
        veto = self._one_word_late_veto(c)
        if veto:
            return self._refused(veto, c)
        return ("vn" if first.vn else "foreign"), RULE_CUE

    def _name_without_cue(self, c: "_Cand"):
        data, first, m = self.d.data, c.first, c.m
        veto = self._no_cue_veto(c)
        if veto:
            return self._refused(veto, c)
        if m == 1:
            if not (c.whole and _FLAGS["bare_single"]):
                return None
            res = self._bare_single(first)
            if not res:
                return None
            known = first.kind == "cap" and not first.vn and first.text in data["mined_single"]
            return res, (RULE_KNOWN_SINGLE if known else RULE_BARE_SINGLE)
        if c.vn and m == 2 and c.whole is not None and all(t.text in data["given"] for t in c.toks) \
                and first.text not in data["not_name"] \
                and not (first.sent_start and first.text in data["function_words"]) \
                and c.all_cap() and self.d.place_prefix(c.words) < 2:
            if self._org_in_clause(first.start) or c.place_before():
                return None  # "Công ty Cổ phần ... Phương Thành"; "tại Hòa Đức", "ở Yên Minh": a place
            return ("vn", RULE_GIVEN_PAIR) if _FLAGS["given_pair"] else None  # "Thanh Tùng", "Đức Phúc"
        veto = self._several_words_veto(c)
        if veto:
            return self._refused(veto, c)
        if 3 <= m <= 4 and c.vn and not any(_has_vn_marks(t.text) for t in c.toks) and \
                _fold(first.text) in data["surnames_fold"] and c.all_cap():
            return "vn", RULE_UNMARKED  # "Tran Van Hung": a name written without its marks
        if c.vn:
            veto = self._surname_veto(c)
            if veto:
                return self._refused(veto, c)
            return "vn", RULE_SURNAME
        return self._foreign_without_cue(c)

    def _foreign_without_cue(self, c: "_Cand"):
        data, first, m, toks = self.d.data, c.first, c.m, c.toks
        last = c.last.text
        if 2 <= m <= 3 and last in data["common_surnames"] and _has_vn_marks(last) and (
                first.text in data["foreign_given"] or (first.vn and first.text in data["given"]
                                                        and first.text not in data["surnames"])) and c.all_cap():
            return "vn", RULE_SURNAME_LAST  # "Chris Khoa Nguyễn", "Duy Nguyễn"
        if first.text.casefold() in _ARTICLES:
            return None  # "La Liga", "Los Blancos", "Der Spiegel", "Al Mayadeen"
        if m <= 4 and first.text in data["foreign_given"] and c.all_cap():
            return "foreign", RULE_FOREIGN_GIVEN  # (also "José Arce", "Jérôme Boateng")
        if m <= 4 and not any(_has_vn_marks(t.text) for t in toks):
            if first.text in data["foreign_given"]:
                return "foreign", RULE_FOREIGN_GIVEN
            # two or three capitalised words none of which is a Vietnamese syllable: a foreign name
            # ("Rattana Ramchatu") unless it is a brand/place/organisation (foreign_not_name_words)
            if all(not t.vn or t.kind == "low" or len(t.text) == 1 for t in toks) and all(
                    len(t.text) > 1 or c.text[t.end:t.end + 1] == "." for t in toks) and \
                    not _RE_NUMBER_CODE_AFTER.match(c.text, c.last.end):
                if _english_common(c.words):
                    return self._refused(V_ENGLISH, c)  # "General Dynamics", "Play Protect"
                return ("weak", RULE_FOREIGN_PAIR) if _FLAGS["foreign_generic"] else None
        return None

    def _spelled_acronym(self, toks) -> bool:
        """Words followed by their acronym: "Virtual Reality – VR", "Red Flag (RF)"."""
        e = toks[-1].end
        after = self.text[e:e + 3]
        if not any(c in after for c in _DASH_OPEN):
            return False
        m = _RE_ACRONYM_AFTER.match(self.text, e)
        return m is not None and m.group(1) == "".join(t.text[0] for t in toks).upper()

    def _stage_name(self, toks, immediate) -> bool:
        """A stage name: one or two given names and a Latin word ("Hương Baby", "Hoàng Yến Chibi"),
        right after a cue, or before a predicate outside an organisation's clause."""
        data = self.d.data
        last = toks[-1]
        if 2 <= len(toks) <= 3 and not toks[0].vn and last.vn:
            return self._stage_name_latin_first(toks, immediate)
        if not 2 <= len(toks) <= 3 or last.vn or last.kind != "cap" or len(last.text) < 3 or \
                (last.text in data["foreign_not_name"] and last.text not in _rules().get("stage_suffixes", ())) or \
                _company_word(last.text) or \
                last.text.casefold() in data["credit_not_person"] or _has_vn_marks(last.text):
            return False
        if not all(t.vn and t.kind == "cap" and t.text in data["given"] and (x > 0 or t.text not in data["places"])
                   for x, t in enumerate(toks[:-1])) or self.d.place_prefix(tuple(t.text for t in toks)) >= 2:
            return False  # (a country after the first given name is a given name: "Quỳnh Anh Shyn")
        if immediate:
            return True
        if toks[0].text in data["not_name"] or self._org_in_clause(toks[0].start):
            return False
        rest = self.text[last.end:last.end + 12]
        return rest[:1] == " " and _sentence_follower_ok(self.text, last.end) and \
            _RE_NEXT_WORD.match(rest) is not None

    def _stage_name_latin_first(self, toks, immediate) -> bool:
        """A stage name with its Latin word first: "Soobin Hoàng Sơn", "Juun Đăng Dũng", "Lou Hoàng" (a
        word of 3+ Latin letters that is no brand, source or place, then given names), right after a cue
        or before a predicate outside an organisation's clause."""
        data = self.d.data
        first = toks[0]
        if first.kind != "cap" or len(first.text) < 3 or first.text in data["foreign_not_name"] or \
                _company_word(first.text) or first.text.casefold() in data["credit_not_person"] or \
                first.text in data["places"] or first.text in data["foreign_given"] or _has_vn_marks(first.text) \
                or first.text in data["mined_single"] or first.text in data["mononyms"]:
            return False  # (a known foreign given name first: "Michael Hùng" is read elsewhere; a known
            # one-word name first: "Lukaku Hoàng Tâm", a byline glued to it)
        rest = toks[1:]
        if not all(t.vn and t.kind == "cap" and (t.text in data["given"] or t.text in _given_syllables())
                   and t.text not in data["not_name"] for t in rest) or \
                self.d.place_prefix(tuple(t.text for t in rest)) or \
                " ".join(t.text for t in rest) in data["places"]:
            return False
        if immediate:
            return True
        if self._org_in_clause(first.start) or not self._alone_elsewhere(first.text):
            return False  # (the Latin word alone elsewhere, "Soobin đã ...": not "Diva Hồng Nhung")
        end = toks[-1].end
        rest_text = self.text[end:end + 12]
        return rest_text[:1] in (" ", ",") and _sentence_follower_ok(self.text, end)

    def _alone_elsewhere(self, word: str) -> bool:
        """Does the text write ``word`` on its own somewhere: no capitalised word right after it, and it
        before a lower-case word or a punctuation mark ("Soobin đã", "của Soobin.")?"""
        pattern = r"(?<![\p{L}\p{M}])" + regex.escape(word) + r"(?:\s+\p{Ll}|[,.;:!?)])"
        return regex.search(pattern, self.text) is not None

    def _east_asian(self, toks) -> bool:
        """A romanised Korean/Chinese family name + 1-2 given syllables without Vietnamese marks."""
        data = self.d.data
        return 2 <= len(toks) <= 3 and toks[0].kind == "cap" and all(
            t.kind == "cap" and not _has_vn_marks(t.text) and t.text not in data["foreign_not_name"]
            and _RE_EAST_ASIAN_GIVEN.fullmatch(t.text.lower()) for t in toks[1:])

    def _glued_word(self, last) -> bool:
        """Does the name's last syllable make a common word with the lower-case word after it?"""
        if last.text not in _glued_first():
            return False  # (the common case: no compound starts with the word)
        m = _RE_NEXT_WORD.match(self.text, last.end)
        return m is not None and (last.text, m.group(1)) in self.d.data["glued"]

    def _compound_word(self, t: Tok) -> bool:
        """Does the one-syllable name make a word of the language with the lower-case word after it,
        by the hand list (``_glued_word``) or the pairs the corpus writes in lower case
        (``given_compounds.txt``: "Thành ủy", "Sinh ra"), a function word or a predicate second
        excepted ("Mai và", "Tùng nói")?"""
        if self._glued_word(t):
            return True
        nxt = name_context.word_after(self.text, t.end)[0]
        return nxt not in _compound_not_second() and t.text.lower() + " " + nxt in name_context.compounds()

    def _memorial_before(self, pos: int, cue) -> bool:
        start = self.text.rfind(cue[1], max(0, pos - len(cue[1]) - 4), pos)
        if start < 0:
            return False
        words = self.text[max(0, start - 24):start].casefold().split()
        memorials = self.d.data["memorials"]
        return any(" ".join(words[-k:]) in memorials for k in (1, 2, 3) if len(words) >= k)

    def _org_in_clause(self, pos: int, heads=None) -> bool:
        """An organisation/place word earlier in the same clause ("Doanh nghiệp tư nhân Thủy Sinh")."""
        heads = _ORG_HEADS if heads is None else heads
        window = self.text[max(0, pos - 60):pos]
        cut = max(window.rfind(c) for c in ",.;:()\n\"“”")
        words = window[cut + 1:].casefold().split()
        return any(w in heads or " ".join(words[x:x + 2]) in heads for x, w in enumerate(words))

    def _bare_single(self, t):
        """One capitalised word inside a sentence: a given name ("... với Dung") or a known foreign one."""
        data, text = self.d.data, self.text
        if t.kind == "cap" and not t.vn and (t.text in data["mined_single"] or
                                             t.sent_start and t.text in data["mononyms"]):
            return self._known_single(t)  # (a mononym inside a sentence: the tests below, "Messi đã")
        if t.kind != "cap" or (t.sent_start and not (_FLAGS["bare_sentence_start"] and t.vn)):
            return None
        if t.sent_start:
            # a sentence that starts with a bare given name: only before a clear predicate, and not
            # an item of a numbered list ("4. Đạt yêu cầu ...", "b) Thi có giải")
            if _RE_LIST_ITEM.search(text, max(0, t.start - 8), t.start) or t.text in _NOT_BARE_AT_START \
                    or t.text not in data["given"] or t.text in data["not_name"] \
                    or t.text in data["places"] or not _sentence_follower_ok(self.text, t.end) \
                    or not _RE_NEXT_WORD.match(self.text, t.end) or _dictionary_pair(text, t):
                return None  # (not "Vi sinh vật ...", "Nghĩa vụ ...": a word of the language)
            return "vn"
        known = True
        if t.vn:
            if t.text not in data["given"] or t.text in data["not_name"] or t.text in data["places"] or \
                    self._compound_word(t) or _dictionary_pair(text, t):
                return None  # ("môn Sinh ra đời": "sinh ra", a word of the language)
        elif t.text not in data["foreign_given_lone"] and t.text not in data["mononyms"]:
            # an unknown foreign word ("Neymar đã", "của Messi."): a person only before a verb
            if not _FLAGS["foreign_single"] or len(t.text) < 4 or t.text in data["places"] or \
                    t.text in data["foreign_not_name"] or t.text.casefold() in data["credit_not_person"] or \
                    _company_word(t.text) or _has_vn_marks(t.text) or _english_common((t.text,)):
                return None  # (also "Toner sẽ giúp ...": an English word)
            known = False
        before = text[max(0, t.start - 16):t.start]
        if not _RE_LOWER_WORD_END.search(before) or _BARE_BEFORE_STOP.search(before):
            return None
        after = text[t.end:t.end + 12]
        if after and after[0] not in " ,.;:!?)\"”'…" or _RE_YEAR_AFTER.match(after):
            return None  # (not "Oscar 2018": an event)
        if (t.vn or not known) and not _sentence_follower_ok(text, t.end):
            return None
        if not known and not _RE_NEXT_WORD.match(after):
            return None
        return "vn" if t.vn else "foreign"

    def _known_single(self, t):
        """A one-word foreign name found after a cue in many corpus articles ("Casemiro", "Kiatisuk"):
        a person at a sentence start or after a word or a comma, before a predicate or punctuation;
        not after a place/organisation word or a place preposition ("ở Hollywood", "sân Anfield")."""
        text = self.text
        after = text[t.end:t.end + 12]
        if after and after[0] not in " ,.;:!?)\"”'…" or after[:2] == " &" or text[max(0, t.start - 2):t.start] == "& " \
                or _RE_YEAR_AFTER.match(after):
            return None  # (not "Johnson & Johnson": a company; not "Euro 2020": an event)
        if not _sentence_follower_ok(text, t.end) and not (t.sent_start is False and after[:1] == " ") and \
                not (t.sent_start and _RE_NEXT_WORD.match(after)):
            return None  # (at a sentence start: before any lower-case word, "Casemiro mở tỷ số")
        if t.sent_start:
            if _RE_LIST_ITEM.search(text, max(0, t.start - 8), t.start):
                return None
            return "foreign"
        before = text[max(0, t.start - 16):t.start]
        if _BARE_BEFORE_STOP.search(before) and not before.endswith("phía ") or _PLACE_BEFORE.search(before) \
                or self.d.negative_before(t.start):
            return None  # (but "về phía Costa": the side of a person)
        return "foreign"

    # -- credits and bylines --

    def credit_pass(self) -> None:
        text, data = self.text, self.d.data
        for m in _credit_matches(text):
            cue = m.group("cue")
            role = next((r for c, r in data["credits"].items() if c.casefold() == cue.casefold()), "author")
            if cue.casefold() == "theo" and not (m.start() == 0 or text[m.start() - 1] in "\n(" or
                                                 text[max(0, m.start() - 2):m.start()] in (". ", "\n")):
                continue
            self._credit_names(m.end(), role, first_only=False, cue=cue)
        self._byline()

    def _credit_names(self, pos: int, role: str, first_only=True, at_end=False, limit=None, strict=False,
                      cue: str = "") -> None:
        """Names right at ``pos``: "Nguyễn Văn Việt (TTXVN)", "K.K", "Lan Hương - Trường Thịnh"."""
        d, data, text = self.d, self.d.data, self.text
        i = bisect.bisect_left(d.starts, pos)
        count = 0
        while i < len(d.toks) and count < 3:
            if d.toks[i].start - pos > 3 or d.low_between(pos, d.toks[i].start):
                return  # (a lower-case word first: no name)
            j = i
            while j < len(d.toks) and j - i < 5 and d.toks[j].kind != "low" and (
                    limit is None or d.toks[j].start < limit) and (
                    j == i or _space_only(text[d.toks[j - 1].end:d.toks[j].start])):
                j += 1
            toks = d.toks[i:j]
            if not toks:
                return
            # "Theo Linh San (nld.com.vn)": a leading function word; a place prefix ("Hà Nội Nguyên Khánh")
            while len(toks) > 1 and (toks[0].text in data["function_words"] or toks[0].text in _CREDIT_HONORIFICS):
                toks = toks[1:]
            while len(toks) > 2 and toks[-1].text in _TRAILING_DROP:
                toks = toks[:-1]  # "Ảnh: Anh Đức Ngày 14/6 ...": the next sentence glued to the credit
            # "Ảnh: Đình Văn Có lẽ ...": a sentence glued after the credit starts with the last word
            while len(toks) > 1 and _RE_NEXT_WORD.match(text, toks[-1].end) and (not (
                    len(toks) == 2 and toks[0].kind == "init") or toks[-1].text in data["function_words"]):
                toks = toks[:-1]
            if at_end:
                k = d.place_prefix(tuple(t.text for t in toks))
                if k and k + 2 <= len(toks):
                    toks = toks[k:]
                while len(toks) > 2 and not toks[0].vn:  # "Theo Angelopedia Vi An"
                    toks = toks[1:]
            name = " ".join(t.text for t in toks)
            ok = self._credit_ok(toks, name, at_end, strict)
            if ok:
                self._add(_Found(toks[0].start, toks[-1].end, name, role=role,
                                 rule=RULE_BYLINE if at_end else RULE_CREDIT, evidence={"cue": cue} if cue else {}))
                count += 1
            else:
                return
            # another name after " - ", ", " or " và "
            nxt = _RE_NAME_SEP.match(text[toks[-1].end:toks[-1].end + 6])
            if not nxt or first_only:
                return
            pos = toks[-1].end + nxt.end()
            i = bisect.bisect_left(d.starts, pos)

    def _credit_ok(self, toks, name: str, at_end=False, strict=False) -> bool:
        data = self.d.data
        if not toks or name.casefold() in data["credit_not_person"]:
            return False
        if len(toks) > 1 and _RE_ROMAN.fullmatch(toks[-1].text):
            return False  # "Chương I", "Phần V": a heading
        upper = len(toks) > 1 and all(t.kind == "upper" for t in toks)
        if upper and self._caps_heading(toks):
            return False  # "CHƯƠNG VI", "XÂY DỰNG, QUẢN LÝ, BẢO VỆ": a heading
        if strict and len(toks) > 1 and toks[0].kind != "init":
            # a line of its own inside the text ("Hồng Anh (Hà Nội)", "Mi Vân"): words of names, an
            # ALL-CAPS one with a family name first; not a heading ("Tên Việt Nam", "QUỐC HỘI",
            # "NHỮNG QUY ĐỊNH CHUNG", "TIỀN LƯƠNG")
            if upper:
                if not self._name_words(toks) or toks[0].text.capitalize() not in data["common_surnames"]:
                    return False
            elif len(toks) > 2 and self.d.place_prefix(tuple(t.text for t in toks[1:])) == len(toks) - 1:
                return False  # "Tên Việt Nam": a word and a place
        if any(t.text.casefold() in data["credit_not_person"] for t in toks):
            return False
        if len(toks) == 1:
            t = toks[0]
            return t.kind == "init" and t.text.casefold() not in data["credit_not_person"]
        if len(toks) > 4:
            return False
        upper = all(t.kind == "upper" for t in toks)
        for t in toks:
            if t.kind == "init":
                if t is not toks[0]:
                    return False
                continue
            if not t.vn or (t.kind == "upper" and not upper):
                return False
            if not at_end and t.text in data["not_name"] and t.text not in data["surnames"] and \
                    t.text not in data["given"] and t is toks[0]:
                return False
        if self.d.is_place(tuple(t.text for t in toks)) and not self._text_ends_at(toks[-1].end):
            return False
        return True

    def _caps_heading(self, toks) -> bool:
        """An ALL-CAPS run that is a heading, not a name: "CHƯƠNG VI", "XÂY DỰNG, QUẢN LÝ, BẢO VỆ"."""
        s, e = toks[0].start, toks[-1].end
        return bool(_RE_ROMAN.fullmatch(toks[-1].text) or _RE_CAPS_BEFORE.search(self.text, max(0, s - 4), s)
                    or _RE_CAPS_AFTER.match(self.text, e, e + 5))

    def _name_words(self, toks) -> bool:
        """Every word a known given name or family name (one capital letter allowed after the first)."""
        data = self.d.data
        return all(w in data["given"] or w in data["surnames"] or (x and len(w) == 1 and w not in _ROMAN_LETTERS)
                   for x, w in enumerate(t.text.capitalize() for t in toks))

    def _text_ends_at(self, end: int) -> bool:
        return _TAIL_SOURCE.match(self.text, end) is not None

    def _byline(self) -> None:
        """A name that closes the text (after the last sentence), or a line that is only a name
        with its source ("Hồng Anh (Hà Nội)", "Theo Hà Hà/Phụ nữ"): the author."""
        full = self.text.rstrip()
        if not self.d.toks:
            return
        pos = 0
        for line in full.split("\n"):
            if 3 < len(line.strip()) < 60 and pos + len(line) < len(full):
                self._byline_at(full, pos, line=True, end=pos + len(line))
            pos += len(line) + 1
        line_start = full.rfind("\n") + 1
        tail_start = line_start
        for m in _RE_SENT_END.finditer(full[line_start:]):
            tail_start = line_start + m.end()
        self._byline_at(full, tail_start)

    def _byline_at(self, text: str, tail_start: int, line: bool = False, end: Optional[int] = None) -> None:
        """``text[tail_start:end]`` as a byline (``end`` instead of a slice of the text: one copy
        of a prefix per short line made long texts quadratic)."""
        d = self.d
        end = len(text) if end is None else end
        if end - tail_start > 90:
            return
        tail = text[tail_start:end]
        if tail[:1] == "(" or tail[:1] == "T":  # (what ``_RE_TAIL_LEAD`` starts with)
            tail = _RE_TAIL_LEAD.sub("", tail)
        offset = end - len(tail) if text.endswith(tail, 0, end) else tail_start
        # glued source "Minh PhươngTheo Bangkok Post"
        glued = _RE_GLUED_THEO.search(tail) if "Theo" in tail else None
        end_limit = offset + glued.start() if glued else end
        i = bisect.bisect_left(d.starts, offset)
        if i >= len(d.toks) or d.low_between(offset, d.toks[i].start):
            return  # (a lower-case word first: ``_credit_names`` takes no name there)
        # find the name run that reaches the tail's end (up to a source suffix); a " - " may join two
        # names ("Lan Hương - Trường Thịnh") or introduce the source ("Tiểu Lam - Thể thao Việt Nam")
        j = i
        ends = []
        while j < len(d.toks) and d.toks[j].start < end_limit and d.toks[j].kind != "low" and j - i < 12:
            if j > i and not _space_only(text[d.toks[j - 1].end:d.toks[j].start]):
                if _RE_SEP2.fullmatch(text[d.toks[j - 1].end:d.toks[j].start]):
                    ends.append(j - 1)
                    j += 1
                    continue
                break
            j += 1
        ends.append(j - 1)
        limit = None
        for e in reversed(ends):
            last = d.toks[e]
            rest = text[last.end:end_limit] if glued else text[last.end:end]
            if glued and rest.strip():
                continue
            if not glued:
                if not _TAIL_SOURCE.fullmatch(rest):
                    continue
                src = rest.strip()
                if src and not _RE_SRC_START.match(src):
                    continue
                if src.startswith("-") and d.is_place(tuple(t.text for t in d.toks[i:e + 1])):
                    continue  # "Hà Nội - Thủ đô ...": a place and its description
            limit = last.end if e != ends[-1] else end_limit
            break
        if limit is None:
            return
        end_limit = limit
        self._credit_names(d.toks[i].start, "author", first_only=False, at_end=True, limit=end_limit,
                           strict=line)

    # -- a nickname in quotation marks right before a name --

    def nickname_pass(self) -> None:
        """'"Bao Thanh Thiên" Kim Siêu Quần', "'Vua phá lưới' Nguyễn Văn A": a quoted capitalised
        phrase right before a person's name is that person's nickname."""
        text, data = self.text, self.d.data
        for f in list(self.found):
            if f.role is not None or f.start < 4:
                continue
            before = text[max(0, f.start - 4):f.start]
            if not any(q in before for q in _QUOTE_CLOSE):
                continue
            m = _RE_QUOTED_BEFORE.search(text, max(0, f.start - 40), f.start)
            if m is None:
                continue
            s, e = m.span(1)
            words = tuple(text[s:e].split())
            if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or \
                    self.d.place_prefix(words) or any(w in data["foreign_not_name"] for w in words):
                continue
            self._add(_Found(s, e, text[s:e], rule=RULE_NICKNAME, evidence={"context": text[m.start():f.start]}))

    # -- lists: line-ups and enumerations --

    def list_pass(self) -> None:
        """Items of a list of three or more capitalised items ("Văn Cường, Văn Học, Thiago, Ngọc
        Nguyên", "Lloris, Walker, Stones; Rice"), at least two of them and a third of them found as
        people (or one of them, the others foreign pairs without a cue: "Jack Wilshere, Andros
        Townsend, Micah Richards"): the other items shaped like names are people too."""
        if not self.found:
            return
        d, text = self.d, self.text
        toks = d.toks
        group: List[Tuple[int, int]] = []
        prev_end = -1
        sep = _RE_LIST_SEP.fullmatch
        for i, j in d.runs():
            s = toks[i].start
            gap = text[prev_end:s] if group and s - prev_end <= 7 else ""
            if gap and ("," in gap or ";" in gap or "và" in gap) and sep(text, prev_end, s):
                group.append((i, j))
            else:
                if len(group) >= 3:
                    self._list_group(group)
                group = [(i, j)]
            prev_end = toks[j - 1].end
        if len(group) >= 3:
            self._list_group(group)

    def _list_group(self, group) -> None:
        toks = self.d.toks
        ends = {f.end for f in self.found}
        known = [toks[j - 1].end in ends for i, j in group]
        if sum(known) < 2 or 3 * sum(known) < len(group):
            # foreign pairs without a cue ("Andros Townsend") count when one item is a known name
            weak = {e for s, e, words in self.weak}
            if not any(known) or sum(known) + sum(toks[j - 1].end in weak for i, j in group) < len(group) - 1:
                return
        for (i, j), ok in zip(group, known, strict=True):
            if not ok and self._list_item_name(toks[i:j]):
                self._add(_Found(toks[i].start, toks[j - 1].end, self.text[toks[i].start:toks[j - 1].end],
                                 foreign=not toks[i].vn, rule=RULE_LIST), listed=True)

    def scorer_pass(self) -> None:
        """A match report's scorers: a name right before a minute mark ("Chí Bảo 50', 61'", "Quốc Hoàng
        57’"), in a text with at least two minute marks, is a person when its words read as a name
        (``_list_item_name``; no place, club or organisation word)."""
        text = self.text
        if "'" not in text and "’" not in text and "′" not in text:
            return
        marks = list(_RE_MINUTE_MARK.finditer(text))
        if len(marks) < 2:
            return
        d, things = self.d, self.things
        ends = {f.end for f in self.found}
        for m in marks:
            end = m.start()
            j = bisect.bisect_left(d.starts, end) - 1  # (the token that ends right before the mark)
            if j < 0 or d.toks[j].end != end or end in ends or d.toks[j].kind != "cap":
                continue
            i = j
            while i > 0 and j - i < 3 and _space_only(text[d.toks[i - 1].end:d.toks[i].start]) and (
                    d.toks[i - 1].kind == "cap" or d.toks[i - 1].text in PARTICLES and i > 1 and
                    d.toks[i - 2].kind == "cap" and _space_only(text[d.toks[i - 2].end:d.toks[i - 1].start])):
                i -= 1  # ("Van de Beek 70'": a particle inside the name)
            toks = d.toks[i:j + 1]
            start = toks[0].start
            if self.taken[start] or (things is not None and things.overlapping(start, end) is not None) or \
                    not self._scorer_name(toks):
                continue
            self._add(_Found(start, end, text[start:end], foreign=not toks[0].vn, rule=RULE_SCORER))
            ends.add(end)

    def coordination_pass(self) -> None:
        """One foreign-looking word joined by "và", "hay" or "cùng" to a person the rules found ("Zappacosta
        và Batshuayi", "Carvalho hay Nani"): a person too, when it reads like a name (3+ letters, no Vietnamese
        marks, no place, brand, organisation, source or function word) and stands before a predicate or a
        punctuation mark."""
        if not self.found:
            return
        text, d = self.text, self.d
        things = self.things
        strong = self._CUED_RULES | {RULE_MINED, RULE_KNOWN_SINGLE, RULE_LIST, RULE_SCORER, RULE_EAST_ASIAN}
        after_re, before_re = _coordination()
        for f in list(self.found):
            if not f.foreign or f.rule not in strong:
                continue  # (a person the rules are sure of: not "Levi Strauss và Chobani", a company)
            for m in (after_re.match(text, f.end), before_re.search(text, max(0, f.start - 40), f.start)):
                if m is None:
                    continue
                s, e = m.span("w")
                t = d.scan.tok_at.get(s)
                if t is None or t.end != e or self.taken[s] or t.sent_start or not self._coordinated_word(t) or \
                        (things is not None and things.overlapping(s, e) is not None) or d.negative_before(s):
                    continue
                after = text[e:e + 12]
                if after[:1] not in (" ", ",", ".", ";", ":", ")", "!", "?") or \
                        after[:1] == " " and not _sentence_follower_ok(text, e) and not after_re.match(text, e):
                    continue
                self._add(_Found(s, e, t.text, foreign=True, rule=RULE_COORDINATED))

    def _coordinated_word(self, t) -> bool:
        data = self.d.data
        w = t.text
        return t.kind == "cap" and not t.vn and len(w) >= 4 and not _has_vn_marks(w) and w not in data["places"] \
            and w not in data["foreign_not_name"] and not _company_word(w) and \
            w.casefold() not in data["credit_not_person"] and w not in data["function_words"] and \
            w not in data["non_names"] and w not in _thing_names()

    def _scorer_name(self, toks) -> bool:
        """A list item's shape (``_list_item_name``), or two or three Vietnamese syllables that are no
        place: a player is often named by his last two syllables ("Chí Bảo", "Quốc Hoàng")."""
        caps = [t for t in toks if t.kind == "cap"]
        if len(caps) < len(toks):  # "Van de Beek": a foreign name with a particle
            return len(caps) >= 2 and not any(t.vn and _has_vn_marks(t.text) for t in caps) and \
                self._list_item_name(caps)
        if self._list_item_name(toks):
            return True
        data = self.d.data
        words = tuple(t.text for t in toks)
        return 2 <= len(toks) <= 3 and all(t.vn and t.kind == "cap" for t in toks) and \
            not self.d.place_prefix(words) and not self.d.negative_before(toks[0].start) and \
            not any(w in data["places"] or w in data["function_words"] or w in data["non_names"] or
                    w.casefold() in data["negative"] or (w in data["not_name"] and w not in data["given"])
                    for w in words)

    def _list_item_name(self, toks) -> bool:
        data = self.d.data
        m = len(toks)
        if not 1 <= m <= 3 or any(t.kind != "cap" for t in toks):
            return False
        words = tuple(t.text for t in toks)
        if self.d.is_place(words) or self.d.place_prefix(words) == m or self.d.negative_before(toks[0].start) \
                or any(w in self.d.data["places"] for w in words):
            return False  # (not "Nani Mexico": a line-up and the next team's name glued)
        for w in words:
            if w in data["foreign_not_name"] or w.casefold() in data["credit_not_person"] or \
                    w in data["function_words"] or w in data["non_names"]:
                return False
        if all(t.vn for t in toks):
            if m == 1:
                return words[0] in data["given"] and words[0] not in data["not_name"]
            return words[0] in data["common_surnames"] or all(w in data["given"] for w in words)
        return not any(t.vn and _has_vn_marks(t.text) for t in toks) and all(len(w) >= 3 for w in words)

    # -- the speaker of a quotation --

    def quote_pass(self) -> None:
        """'..." , Mengzhia viết.', '...”, Russel tin tưởng.': a name between a closing quotation mark
        and its comma, and a speech verb, is the speaker."""
        text, d = self.text, self.d
        if "," not in text:
            return
        for m in _RE_QUOTE_COMMA.finditer(text):
            i = bisect.bisect_left(d.starts, m.end())
            if i >= len(d.toks) or d.toks[i].start != m.end():
                continue
            j = i + 1
            while j < len(d.toks) and j - i < 4 and d.toks[j].start == d.toks[j - 1].end + 1 and \
                    text[d.toks[j - 1].end] == " ":
                j += 1
            toks = d.toks[i:j]
            # the longest run of capitalised words right before a speech verb
            while toks and not _SPEECH_AFTER.match(text, toks[-1].end):
                toks = toks[:-1]
            if not toks or self._taken(toks[0].start, toks[-1].end) or not self._speaker_ok(toks):
                continue
            self._add(_Found(toks[0].start, toks[-1].end, text[toks[0].start:toks[-1].end],
                             foreign=not all(t.vn for t in toks), rule=RULE_SPEAKER,
                             evidence={"context": text[toks[-1].end:toks[-1].end + 12].strip()}))

    def _speaker_ok(self, toks) -> bool:
        data = self.d.data
        if any(t.kind not in ("cap", "init") or t.masked for t in toks):
            return False
        words = tuple(t.text for t in toks)
        if self.d.place_prefix(words) or data["cues"].get(words[0]) or words[0] in data["function_words"]:
            return False
        for w in words:
            if w in data["foreign_not_name"] or w.casefold() in data["credit_not_person"] or \
                    w.casefold() in data["negative"] or (w in data["not_name"] and w not in data["surnames"]):
                return False
        if len(toks) == 1 and toks[0].vn and words[0] not in data["given"]:
            return False
        return len(toks) == 1 or all(t.vn for t in toks) and (words[0] in data["surnames"] or all(
            w in data["given"] for w in words)) or not any(_has_vn_marks(w) for w in words)

    # -- pass 2: other occurrences and partial mentions --

    def propagate(self) -> None:
        d, data, text = self.d, self.d.data, self.text
        fulls: Dict[str, _Found] = {}
        partial: Dict[str, List[str]] = {}
        singles = []
        for f in self.found:
            words = f.name.split()
            if len(words) >= 2 and not any("." in w for w in words):
                fulls.setdefault(f.name, f)
            elif f.foreign and f.honorific is not None and f.honorific.lower() in _rules().get("single_cues", ()) \
                    and f.role is None and len(f.name) >= 4 and "." not in f.name:
                singles.append(f.name)  # "ông Comey": later "Comey" alone is the same person
        for name in fulls:
            words = name.split()
            foreign = fulls[name].foreign or not all(is_vn_syllable(w) for w in words)
            keys: "set[str]" = set()
            if foreign:
                keys.update(w for w in words if len(w) >= 3 and w.casefold() not in PARTICLES)
                keys.add(" ".join(words[-2:]))
            else:
                if len(words[-1]) > 1:  # "Chương I", "Nguyễn Văn A": no one-letter partial
                    keys.add(words[-1])
                if len(words) >= 3:
                    keys.add(" ".join(words[-2:]))
            if fulls[name].rule == RULE_EDE_MALE:
                keys.add(" ".join(words[:2]))  # "Y Ăi Adrơng" is "Y Ăi" later (the given name, with its prefix)
            elif fulls[name].rule == RULE_EDE and len(words) >= 2:
                keys.add(words[0])  # "H’Mai Byă" is "H’Mai" later
            for key in keys:
                if key in data["places"] or key in data["function_words"] and key not in data["given"]:
                    continue  # (a given name that is also a function word, "Như": inside a sentence only)
                partial.setdefault(key, []).append(name)
        for name in singles:
            if name not in data["foreign_not_name"] and name not in data["places"]:
                partial.setdefault(name, []).append(name)
        if self.weak:
            alone: "set[str]" = set()
            cued: "set[str]" = set()
            for i, j in d.runs():
                if j - i == 1:
                    alone.add(d.toks[i].text)
                    if d.immediate_cue(d.toks[i].start):
                        cued.add(d.toks[i].text)
            for s, e, words in self.weak:
                # its family name alone elsewhere ("Adelson"), or its first name after a cue ("cô Rattana")
                if (len(words[-1]) >= 4 and words[-1] in alone or words[0] in cued) and not self._taken(s, e):
                    f = _Found(s, e, text[s:e], foreign=True, rule=RULE_WEAK_SEEN)
                    self._add(f)
                    fulls.setdefault(f.name, f)
                    for w in words:
                        if len(w) >= 3 and w.casefold() not in PARTICLES and w not in data["places"]:
                            partial.setdefault(w, []).append(f.name)  # (not "Mexico" of "Nani Mexico")
        surnames_seen = {f.split()[0] for f in fulls}
        for s, e, word in self.deferred:
            if (word in partial or word in surnames_seen) and not self._taken(s, e):
                t = d.scan.tok_at.get(s)
                if t is not None and self._compound_word(t):
                    continue  # "Bí thư Thành ủy": a word of the language, not the name
                cue = d.immediate_cue(s)
                self._add(_Found(s, e, word, rule=RULE_TITLE_SYLLABLE, evidence={"cue": cue[1]} if cue else {}))
        if not fulls and not partial:
            return
        all_toks = d.toks
        # the words looked up below end with the run's last word (only leading words are stripped):
        # a run whose last word ends no name of the text is skipped (the common case)
        lasts = {key[key.rfind(" ") + 1:] for key in chain(fulls, partial)}
        for i, j in d.runs():
            if all_toks[j - 1].text not in lasts:
                continue
            if j - i == 1 and all_toks[i].text not in fulls and all_toks[i].text not in partial:
                continue  # a lone word that is no name of the text
            toks = all_toks[i:j]
            # strip a leading function word / capitalised honorific
            while len(toks) > 1 and (toks[0].text in data["function_words"]
                                     or data["cues"].get(toks[0].text) == "honorific"):
                toks = toks[1:]  # "Cả Almodovar", "Nhưng Smith" (a sentence glued without its period)
            s, e = toks[0].start, toks[-1].end
            words = " ".join([t.text for t in toks])
            if words not in fulls and words not in partial or self._taken(s, e):
                continue
            foreign_key = words in partial and not toks[0].vn
            window = text[max(0, s - 12):s]
            neg = d.negative_before(s)
            if neg and foreign_key and _RE_NUMBER_BEFORE.search(window):
                neg = False  # "lần thứ 70 Smith": a number, not an address, before a foreign family name
            if neg or _RE_REGION_BEFORE.search(window):
                continue
            cue = d.immediate_cue(s)
            if cue is not None and self._memorial_before(s, cue):
                continue
            if words in fulls:
                self._add(_Found(s, e, words, rule=RULE_SEEN, evidence={"entry": fulls[words].name}))
                continue
            if words in partial and not toks[0].vn:
                # "van den Borne" of "Jacob van den Borne": the particles before the family name are the name's
                m = _particles_before().search(text, max(0, s - 12), s)
                if m is not None and any((" " + m.group().strip() + " " + words) in " " + full
                                         for full in partial[words]):
                    self._add(_Found(m.start(), e, text[m.start():e], foreign=True, rule=RULE_SEEN,
                                     evidence={"entry": partial[words][0]}))
                    continue
            if words in partial:
                if toks[-1].vn and (self._compound_word(toks[-1]) if len(toks) == 1 else self._glued_word(toks[-1])) \
                        and not (cue is not None and cue[0] == "honorific"):
                    continue  # "Chính phủ", "Quốc hội" after a name "... Chính" / "... Quốc"
                if len(toks) >= 2 and toks[0].vn and cue is None and \
                        self._org_in_clause(s, _rules().get("company_heads", ())) and \
                        not d.lookback_title(s):
                    continue  # "Công ty TNHH may Thanh Phong" beside "ông Nguyễn Thanh Phong"
                if len(toks) == 1 and toks[0].vn and not d.immediate_cue(s) and (
                        toks[0].sent_start or toks[0].text in data["not_name"]):
                    if not _sentence_follower_ok(text, e) or toks[0].text in data["function_words"]:
                        continue  # ("Như vậy" starting a sentence: the word, not "Huỳnh Thị Huyền Như")
                self._add(_Found(s, e, words, rule=RULE_SEEN, evidence={"entry": partial[words][0]}))

    # -- pass 3: one- and two-word names the rules left, by the learned context model (name_context.py) --

    def context_candidates(self) -> Dict[str, List[Tuple[int, int]]]:
        """The lone capitalised words (and pairs, ``_context_pair``) the context model may take, by
        word: [(start, end)] of each occurrence that is a run of its own. A word qualifies when it is a
        given name or a foreign-looking word of 3+ letters not in the mined list (the rules decide those),
        and no function, place, organisation or source word. The training script
        (tools/train_name_context.py) reads the same candidates."""
        d, data = self.d, self.d.data
        toks = d.toks
        out: Dict[str, List[Tuple[int, int]]] = {}
        skip = _context_skip()
        given, known = data["given"], _context_known()
        for i, j in d.runs():
            if j - i == 2:
                t, t1 = toks[i], toks[i + 1]
                if not self._context_pair(t, t1, skip):
                    continue
                w = t.text + " " + t1.text
                e = t1.end
            elif j - i == 1:
                t = toks[i]
                w = t.text
                if t.kind != "cap" or w in skip or "." in w or (
                        w not in given if t.vn else len(w) < 3 or w in known):
                    continue  # (a known one-word name: the rules decided it, ``_known_single``)
                e = t.end
            else:
                continue
            occ = out.get(w)
            if occ is None:
                out[w] = [(t.start, e)]
            else:
                occ.append((t.start, e))
        return out

    def _context_pair(self, t: Tok, t1: Tok, skip: FrozenSet[str]) -> bool:
        """Two capitalised words the context model may take: no function, place or organisation word,
        not a place, and no shape a rule of ``_is_name`` decides (family name + given name, two given
        names, a known foreign given name first): "Giáng My", "Chi Pu", "Lou Hoàng", "Graham Jackson"."""
        data = self.d.data
        a, b = t.text, t1.text
        if t.kind != "cap" or t1.kind != "cap" or a in skip or b in skip or "." in a or "." in b \
                or len(a) < 2 or len(b) < 2 or a + " " + b in data["places"] or a.casefold() in _ARTICLES \
                or a.casefold() in data["negative"]:
            return False  # (not "Bão Maria": a storm, a noun of ``person_negative`` written first in a sentence)
        if t.vn and t1.vn:
            return a not in data["surnames"] and not (a in data["given"] and b in data["given"])
        return a not in data["foreign_given"] and not (t1.vn and b in data["common_surnames"])

    def context_free(self, occurrences: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
        """The occurrences no rule took, inside no organisation or place, after no place word and
        no credit cue ("Ảnh: Business Insider": the credit rules decided)."""
        things, text = self.things, self.text
        # (the look-back of ``negative_before`` last: it costs most)
        return [(s, e) for s, e in occurrences if not self.taken[s]
                and text[max(0, s - 2):s] != "& " and text[e:e + 2] != " &"  # ("Holland & Barrett")
                and (things is None or things.overlapping(s, e) is None)
                and not (":" in text[max(0, s - 4):s] and self._after_credit(s))
                and not self.d.negative_before(s)]

    def _after_credit(self, pos: int) -> bool:
        """Does a credit cue and its colon end right before ``pos``?"""
        m = _credit_re().search(self.text, max(0, pos - _credit_longest() - 6), pos)
        return m is not None and m.end() == pos

    def word_kinds(self, word: str) -> Tuple[str, ...]:
        """What the context model knows of a word besides its context (``name_context.features``)."""
        kinds = _WORD_KINDS.get(word)
        if kinds is None:
            data = self.d.data
            vn = is_vn_syllable(word)
            k = ["vn" if vn else "latin"]
            if word in data["given"]:
                k.append("given")
            if word in data["surnames"]:
                k.append("surname")
            if word in data["foreign_given"]:
                k.append("foreign_given")
            if not vn and _has_vn_marks(word):
                k.append("marks")
            census = name_context.census().get(word) if not vn else None
            if census:
                k.append("census_" + census)  # "Elise", "Dalton"
            if len(_WORD_KINDS) > 50000:
                _WORD_KINDS.clear()  # (bounded over millions of articles, as ``_SHAPES``)
            kinds = _WORD_KINDS[word] = tuple(k)
        return kinds

    def context_pass(self) -> None:
        if not _FLAGS["context_model"]:
            return
        candidates = self.context_candidates()
        if not candidates:
            return
        mdl = name_context.model()
        text = self.text
        places = self.d.data["places"]
        by_rules = {(f.start, f.end) for f in self.found}  # (the people the rules found)
        for word, occurrences in candidates.items():
            free = [(s, e) for s, e in self.context_free(occurrences)
                    if (word + " " + name_context.word_after(text, e)[0].capitalize()) not in places]
            # ("Hà nội": a place written without its capital)
            if not free:
                continue
            pair = " " in word
            words = word.split(" ")
            if pair:
                both = [self.word_kinds(w) for w in words]
                foreign = both[0][0] == "latin" or both[1][0] == "latin"
            else:
                kinds = self.word_kinds(word)
                foreign = kinds[0] == "latin"
            if foreign and _english_common(words):
                continue  # "Trend Micro", "Booth": an English word, no person without a cue
            if pair:
                probs = [mdl.probability(mdl.score(name_context.pair_features(
                    text, s, e, words, both, len(occurrences)))) for s, e in free]
            else:
                probs = [mdl.probability(mdl.score(name_context.features(
                    text, s, e, word, kinds, len(occurrences)))) for s, e in free]
            accept, keep = mdl.thresholds(foreign, pair)
            if max(probs) < accept and not (len(free) < len(occurrences) and any(
                    span in by_rules for span in occurrences)):
                # no occurrence clear enough, and no occurrence a person by the rules ("anh Thành"
                # earlier: its other occurrences need only be likely)
                continue
            for (s, e), p in zip(free, probs, strict=True):
                if p >= keep:
                    self._add(_Found(s, e, word, foreign=foreign, rule=RULE_CONTEXT,
                                     evidence={"probability": f"{p:.2f}", "best": f"{max(probs):.2f}"}))

    # -- names the corpus writes as things --

    _CUED_RULES = frozenset({RULE_HONORIFIC, RULE_TITLE, RULE_RANK, RULE_DEGREE, RULE_TITLE_ORG,
                             RULE_TITLE_SYLLABLE, RULE_CREDIT, RULE_BYLINE, RULE_SPEAKER, RULE_NICKNAME})

    def thing_pass(self) -> None:
        """A name of ``person_thing_names.tsv`` (written after place and organisation words across the
        corpus: "Bình Hưng", "Bảo Tín Minh Châu") is no person where only bare-name rules or the
        context model found it: no cue word names it a person anywhere in the article, and it is no
        short form of a longer name of the article. Names that start with a common family name or a
        known foreign given name are not listed (a street named after a person is one)."""
        if not _FLAGS["thing_names"] or not self.found:
            return
        things = _thing_names()
        hits = {f.name for f in self.found if f.name in things}
        if not hits:
            return
        cued = {f.name for f in self.found if f.name in hits and (
            f.rule in self._CUED_RULES or (f.full and f.full != f.name) or self._byline_like(f))}
        drop = hits - cued
        if drop:
            self.found = [f for f in self.found if f.name not in drop]

    def _byline_like(self, f: _Found) -> bool:
        """A name near the end of the text, alone after a sentence or a line, before a bracket, a dash or
        the end: the writer's ("... khí hậu. An Bình (t/h) Theo Đời sống Plus", "Phương Nam - Thể thao")."""
        text = self.text
        if len(text) - f.end > 300:
            return False
        before = text[max(0, f.start - 2):f.start]
        after = text[f.end:f.end + 2]
        return (f.start == 0 or before[-1:] == "\n" or before in (". ", "! ", "? ", ") ")) and \
            (after in ("", " (", " -", " –") or after[:1] == "\n")

    # -- canonical names --

    def resolve(self) -> None:
        """Canonical name of each mention: the nearest longer name before it that ends with,
        starts with (or, for one word, contains) its words; else the first such name after it."""
        self.found.sort(key=lambda f: f.start)
        index: Dict[Tuple[str, ...], List[Tuple[int, str]]] = {}
        keys_of: Dict[str, "set[Tuple[str, ...]]"] = {}  # (the keys of a name, made once per name)
        for f in self.found:
            keys = keys_of.get(f.name)
            if keys is None:
                words = tuple(f.name.split())
                if len(words) < 2 or "." in f.name:
                    keys = set()
                else:
                    keys = {words[-k:] for k in range(1, len(words))} | {words[:k] for k in range(1, len(words))}
                    keys |= {(w,) for w in words}
                keys_of[f.name] = keys
            for key in keys:
                index.setdefault(key, []).append((f.start, f.name))
        for f in self.found:
            words = tuple(f.name.split())
            candidates = index.get(words)
            if f.role is not None or not candidates:
                f.full = f.name
                continue
            if len(words) >= 2 and not any(words == tuple(n.split())[-len(words):] for _, n in candidates[:50]):
                f.full = f.name  # a full name of its own ("Nguyễn Chí" is not "Nguyễn Chí Dũng")
                continue
            i = bisect.bisect_left(candidates, (f.start, "")) - 1
            if i >= 0:
                f.full = candidates[i][1]
            else:
                f.full = candidates[0][1]


Mention = Tuple[int, int, str, Optional[str], Optional[str], Optional[str]]


def find_people(text: str, titles=(), things=None) -> List[Mention]:
    """(start, end, name, canonical, honorific, role) for every person mention of a normalised text.
    ``things``: an ``organizations.SpanIndex`` of organisation and place spans (no person inside)."""
    return [(f.start, f.end, f.name, f.full, f.honorific, f.role) for f in _find(text, titles, things)]


def _find(text: str, titles=(), things=None, org_ends: FrozenSet[int] = frozenset()) -> List[_Found]:
    """Every person mention of a normalised text, with the rule that found it, in text order."""
    return _recognize_text(text, titles, things, org_ends)[1]


def _recognize_text(text: str, titles=(), things=None,
                    org_ends: FrozenSet[int] = frozenset()) -> Tuple["_Recognizer", List[_Found]]:
    """The recogniser after all its passes, and the mentions the context checks keep (``_find``; the
    training script of the context model reads the recogniser's candidates too). ``things``: the spans
    of the organisations and places other components found; ``org_ends``: where the organisations end."""
    rec = _Recognizer(text, titles, things, org_ends)
    rec.credit_pass()
    rec.run_pass()
    rec.quote_pass()
    rec.nickname_pass()
    rec.list_pass()
    rec.scorer_pass()
    rec.coordination_pass()
    rec.propagate()
    rec.context_pass()
    rec.resolve()
    rec.thing_pass()
    found = rec.found
    if not found:
        return rec, found
    # the context checks (people_context.py): a name the words around it say is no person goes,
    # with its echoes elsewhere in the article
    vetoed = people_context.vetoes(text, [(f.start, f.end, f.name, f.full, f.honorific, f.role) for f in found])
    return rec, ([f for i, f in enumerate(found) if i not in vetoed] if vetoed else found)


#: how the story check (stories.py) reads each rule: a bare given name, a name after a word of address,
#: a byline; every other rule is evidence of a real person
_STORY_READING = {RULE_BARE_SINGLE: stories.BARE, RULE_CONTEXT: stories.BARE, RULE_SEEN: stories.BARE,
                  RULE_GIVEN_PAIR: stories.BARE, RULE_HONORIFIC: stories.ADDRESSED,
                  RULE_BYLINE: stories.BYLINE, RULE_CREDIT: stories.BYLINE}


#: the rules whose names the learned last check (person_check.py) may veto: the names found by their
#: shape, their place in a sentence or the context model, with no cue word; a name any other rule found
#: in the article (a mined list, a nickname, a byline, a list of names ...) is kept
_CHECKED_RULES = frozenset({RULE_SURNAME, RULE_BARE_SINGLE, RULE_FOREIGN_PAIR, RULE_WEAK_SEEN, RULE_TITLE,
                            RULE_TITLE_ORG, RULE_CONTEXT, RULE_GIVEN_PAIR, RULE_SEEN})


def recognize(doc) -> None:
    titles = []
    for t in doc.results.get("titles", []) or []:
        start, end = doc.norm_span(t)  # title records carry original offsets
        titles.append({"start": start, "end": end})
    things = None
    org_spans, loc_spans = doc.organization_spans, doc.location_spans
    if org_spans or loc_spans:
        things = organizations.SpanIndex(list(org_spans or ()) + list(loc_spans or ()))
    found = _find(doc.text, titles, things, frozenset(end for _, end in org_spans or ()))
    if stories.labelled_fiction(doc.text):
        # a story by its label (stories.py): the names found without a cue word, or Vietnamese ones after
        # a word of address, are its characters; known names, names after a title and a foreign name
        # after "ông" (a scholar the story quotes) stay
        found = [f for f in found if not (
            _STORY_READING.get(f.rule) == stories.BARE or f.rule in (RULE_SURNAME, RULE_GIVEN_PAIR)
            or (f.rule == RULE_HONORIFIC and all(is_vn_syllable(w) for w in f.name.split())))]
    elif stories.told_by_given_names([(f.name, _STORY_READING.get(f.rule, stories.OTHER)) for f in found],
                                     is_vn_syllable, len(titles), len(org_spans or ()), len(loc_spans or ()),
                                     stories.serial_part(doc.text)):
        # a story's characters (stories.py); its byline is a real person's
        found = [f for f in found if _STORY_READING.get(f.rule) == stories.BYLINE]
    if found and _FLAGS["person_check"]:
        # the learned last check (person_check.py): a name the model is sure is no person goes
        drop = person_check.vetoed(
            doc.text, [(f.start, f.end, f.name, f.full, f.honorific, f.role, f.rule, f.rule in _CHECKED_RULES)
                       for f in found],
            len(titles), org_spans or (), loc_spans or ())
        if drop:
            gone = set(drop)
            found = [f for i, f in enumerate(found) if i not in gone]
    for f in found:
        record = doc.make(Person, f.start, f.end, name=f.name, canonical=f.full, honorific=f.honorific, role=f.role)
        doc.results["people"].append(record)
        doc.why(record, f.rule, **f.evidence)
