"""Organisations: names led by an organisation word ("Bộ Y tế", "UBND tỉnh Bình Dương", "Công ty
CP Gang thép Thái Nguyên"), their acronyms in brackets, and names known on their own (acronyms
and names from data/org_names.tsv).

``org_extent(text, pos)`` is the reader other components use for organisation boundaries: it
reads word by word, left to right, in a bounded loop (no recursion), and stops at a verb or
function word, at a person's name, or after the places that close a name ("... Liên bang Mỹ |
Jerome Powell"). The span of a name excludes a bracketed acronym after it ("Cơ quan Tình báo
Trung ương (CIA)" is the organisation "Cơ quan Tình báo Trung ương" with acronym "CIA", and
"CIA" is a second mention), as the conventions in docs/kinds/organizations-locations.md say.
"""
import bisect
import re
from functools import lru_cache
from typing import Dict, FrozenSet, List, NamedTuple, Optional, Tuple, Union

import regex

from . import gazetteer, lexicon
from .records import Organization
from .text import TextMemo, casefolded, literal_scan

KIND = "organizations"

_MAX_WORDS = 16  # words of a name after its organisation word
_MAX_LOWER_RUN = 8  # lower-case words in a row ("Ban quản lý dự án đầu tư xây dựng huyện")
_MAX_QUALIFIERS = 4

# (stdlib re: matched at a position many times per text, where it is faster than the regex module)
_WORD = re.compile(r"[^\W_](?:[^\W_]|[&+]|[.\-'’](?=[^\W_])){0,40}")
_ACRONYM = regex.compile(r"(?:\p{Lu}[\p{Lu}\p{N}&]{1,9}|\p{Lu}{1,3}-\p{Lu}{1,4})(?![\p{L}\p{N}])")
_BRACKET = regex.compile(r" ?\((\p{Lu}[\p{L}\p{N}&+.\-]{1,15}(?: [\p{L}\p{N}&+.\-]{1,15}){0,2})\)")
_TEAM = regex.compile(r"(?:U|Olympic U)\d{2}(?![\p{L}\p{N}])")
_NAMED = re.compile(r"[A-ZĐ0-9" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isupper()) + "]")
# a bank written in mixed case ("VietinBank", "OceanBank"), a short mixed-case acronym ("AfD",
# "TfL", "BoJ"; data/org_not_acronyms.txt lists those that are none: "CoV", "IoT"), and units of
# the police named by code ("PC67", "C45")
_POLICE_CODE = re.compile(r"(?:P[ACKV]|C)\d\d")
# where an acronym, a team or one of the words above may begin: one scan of the whole text (stdlib
# re; a leading character class lets it skip quickly; the boundary before is checked by the caller).
# (The class is written with a third run, "\x00", checked away by the look-behind: re tests a class
# of one or two runs by comparisons at every character, one of three runs or more by a table, which
# makes the scan about twice as fast.)
_CAPS_SCAN = re.compile(r"[\x00A-ZĐ](?<=[A-ZĐ])"
                        r"(?:[A-ZĐ0-9&]{1,9}|[A-ZĐ]{0,2}-[A-ZĐ]{1,4}|[A-Za-z]*Bank|[a-z][A-Z][A-Za-z]?"
                        r"|[ACKV]?\d\d)"
                        r"(?![^\W_])")

_DIGIT = re.compile(r"\d")  # (on the words of _CAPS_SCAN, the same as str.isdigit on a character)
_ROMAN = regex.compile(r"[IVXLC]{1,6}")


class Reading(NamedTuple):
    end: int  # end of the name (a bracketed acronym after it is not inside)
    type: Optional[str]
    acronym: Optional[str]
    acronym_span: Optional[Tuple[int, int]]
    head_end: Optional[int] = None  # end of the organisation word, when a name follows it
    name_start: Optional[int] = None  # where the name begins, when a cue word before it is not part of it


# --- data ------------------------------------------------------------------------------------

def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:]


@lru_cache(maxsize=1)
def _types() -> Dict[str, Dict[str, str]]:
    """Organisation words as written -> their row (with "lowered" set on lower-case forms)."""
    rows: Dict[str, Dict[str, str]] = {}
    for row in lexicon.table("org_types"):
        rows[row["form"]] = row
    for row in lexicon.table("org_types"):
        if row.get("lower") == "1":
            low = _lower_first(row["form"]).replace(" Nhân dân", " nhân dân")
            if low not in rows:
                rows[low] = dict(row, lowered="1")
    return rows


def _index(names) -> "re.Pattern":
    """A matcher of the longest entry at a position, as whole words (``gazetteer.matcher``)."""
    return gazetteer.matcher(names)


@lru_cache(maxsize=1)
def _type_index():
    return _index(_types())


@lru_cache(maxsize=1)
def _names() -> Dict[str, Dict[str, str]]:
    """Organisations known by name alone (acronyms, companies, clubs) -> row."""
    excluded = lexicon.word_set("org_not_names")
    return {row["name"]: row for row in lexicon.table("org_names") if row["name"] not in excluded}


def known_names() -> FrozenSet[str]:
    """The organisations known by name alone (``org_names.tsv`` less ``org_not_names.txt``); the people
    rules read a one-word one before a name as a prefix ("tới Bournemouth Oscar")."""
    return frozenset(_names())


@lru_cache(maxsize=1)
def known_clubs() -> FrozenSet[str]:
    """The clubs among ``known_names``: type "club", and the names mined from the corpus, which have no
    type ("Man City"); people_context reads a name beside one in a fixture as another club."""
    return frozenset(name for name, row in _names().items()
                     if row.get("type") == "club" or (row.get("source") == "corpus" and not row.get("type")))


@lru_cache(maxsize=1)
def _name_index():
    return _index(_names())


@lru_cache(maxsize=1)
def _school_index():
    return _index(lexicon.words("title_school_types"))


@lru_cache(maxsize=1)
def _suffixes() -> frozenset:
    return lexicon.word_set("org_suffixes")


@lru_cache(maxsize=1)
def _stop_index():
    return _index(lexicon.words("org_stops"))


@lru_cache(maxsize=1)
def _phrase_index():
    return _index(list(lexicon.words("org_phrases")) + list(lexicon.words("title_org_bigrams")))


@lru_cache(maxsize=1)
def _stop_compounds() -> frozenset:
    """Two-syllable words whose second syllable is a stop word ("hàng không": "Cục Hàng không")."""
    return lexicon.word_set("org_stop_compounds")


@lru_cache(maxsize=1)
def _compounds() -> frozenset:
    """Two-syllable words written "Y tế", "Tình báo" inside names (mined; see data/README.md)."""
    return lexicon.word_set("org_compounds")


@lru_cache(maxsize=1)
def _qualifier_index():
    return _index(lexicon.words("org_qualifiers"))


@lru_cache(maxsize=1)
def _kind_index():
    """Words of a body's kind or legal form before its name ("cổ phần", "đa khoa", "TNHH")."""
    return _index(lexicon.words("org_kinds"))


def _kind_run(text: str, pos: int) -> Optional[int]:
    """End of the kind words at ``pos`` ("Bệnh viện | đa khoa tư nhân | Hùng Vương"), when a
    capitalised word or a place follows them; else None."""
    end = None
    match = _kind_index().match
    cur: Optional[int] = pos
    for _ in range(4):
        if cur is None:
            break
        m = match(text, cur)
        if not m:
            break
        end = m.end()
        cur = _gap(text, end)
    if end is None or cur is None:
        return None
    if text[cur].isupper() or text[cur].isdigit() or \
            (gazetteer._unit_index().match(text, cur) and locality_end(text, cur)):
        return end
    return None


@lru_cache(maxsize=1)
def _not_acronyms() -> frozenset:
    return lexicon.word_set("org_not_acronyms")


@lru_cache(maxsize=1)
def _surnames() -> frozenset:
    return gazetteer.surnames("vietnamese") | gazetteer.surnames("title")


@lru_cache(maxsize=1)
def _person_openers() -> frozenset:
    return lexicon.word_set("title_honorifics")


@lru_cache(maxsize=1)
def _place_or_district_index():
    """The longest known place or district name at a position: one match where ``place_at`` and
    ``district_at`` are asked only for the longer of the two."""
    return _index(list(gazetteer.places()) + list(gazetteer.districts()))


def _place_or_district_end(text: str, pos: int) -> Optional[int]:
    """``max`` of the ends of ``gazetteer.place_at`` and ``gazetteer.district_at`` at ``pos``, or None."""
    m = _place_or_district_index().match(text, pos)
    return m.end() if m else None


@lru_cache(maxsize=1)
def _person_first_words() -> frozenset:
    """The first words a person's name may begin with (``_person_starts`` is False on any other)."""
    return _person_openers() | _surnames()


@lru_cache(maxsize=1)
def _role_heads() -> FrozenSet[str]:
    """The position words of ``titles.tsv`` ("bộ trưởng", "giám đốc"), as written there."""
    return frozenset(row["head"] for row in lexicon.table("titles"))


@lru_cache(maxsize=1)
def _role_index():
    """Position words ("Bộ trưởng", "Giám đốc") in their capitalised form: a name stops before one."""
    return _index({head[:1].upper() + head[1:] for head in _role_heads()})


@lru_cache(maxsize=1)
def _role_before():
    """A position word right before an organisation word ("hiệu trưởng | Trường ...", "Giám đốc | Bệnh
    viện ..."): a person's name may follow that organisation's name."""
    heads = {head.casefold() for head in _role_heads()}
    return regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:" + "|".join(
        regex.escape(h) for h in sorted(heads, key=len, reverse=True)) + r")\s{1,2}$")


def _titled(text: str, start: int) -> bool:
    """Whether a position word ends right before ``start`` (``_role_before``)."""
    return start > 1 and _role_before().search(text, max(0, start - 40), start) is not None


@lru_cache(maxsize=1)
def _scanner() -> "EntityScan":
    """One literal scan for both components: organisation words and known names, place-kind
    words, place and district names (see ``EntityScan``); its scan of word starts serves the
    titles' roles as well."""
    from .titles import role_literals  # (titles reads organisations: imported when first asked)
    return EntityScan(list(_types()) + list(_names()), role_literals())


# the letters and digits of a case-folded Vietnamese text (a-z, 0-9, the lower-case Latin letters
# of Latin-1, Latin Extended-A/B and Latin Extended Additional: "đ", "ư", "ệ"): a character of a
# case-folded text that is one of these stands for a letter or a digit of the text (the case
# folding of nothing else gives them; tests/test_orgs_speed_2.py checks it), so no word begins
# right after it
_FOLDED_WORD_CHARS = "a-z0-9" + "".join(
    chr(c) for c in [*range(0xC0, 0x250), *range(0x1E00, 0x1EFA)]
    if chr(c).isalpha() and chr(c).casefold() == chr(c) and len(chr(c).upper()) == 1 and chr(c).upper() != chr(c))


class EntityScan:
    """Where an organisation or a location may begin, found by literal scans over a text
    (capitalised entries; lower-case ones, which count only before a capital or a digit, or an
    administrative unit word): plain tries are several times faster than one pattern with
    conditions, and one scan serves both components. The lower-case entries and the titles'
    roles (``role_literals``, case-folded) are found by one scan of the word starts of the
    case-folded text (``word_starts``): the scan tries its trie once at each word start, where
    two scans would try theirs twice."""

    _UNIT_AFTER = ("tỉnh", "thành phố", "quận", "huyện", "xã", "phường", "thị", "thôn", "ấp", "sông")
    _LEAD = frozenset(" \n(\"“'‘-")  # what the lower-case entries may follow (the class of ``lower``)

    def __init__(self, org_entries, role_literals=()):
        self.org = frozenset(org_entries)
        places = [name for name in list(gazetteer.places()) + list(gazetteer.districts()) if not name[0].isdigit()]
        self.place = frozenset(places)
        self.unit = frozenset(gazetteer.unit_words())
        entries = self.org | self.place | self.unit
        self.upper = literal_scan([e for e in entries if not e[0].islower()])
        lower_entries = [e for e in entries if e[0].islower()]
        lower = literal_scan(lower_entries).pattern
        # after a space or an opening mark only (a leading character class: re jumps to those),
        # and at the start of the text
        # and before a capital or a digit (or a unit word): the check in C saves most iterations
        caps = "A-ZĐ0-9" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isupper())
        before = r"(?=[ .]?[" + caps + r"]| (?:" + "|".join(self._UNIT_AFTER) + "))"
        self.lower = re.compile(r"[ \n(\"“'‘\-](" + lower + ")" + before)
        self.lower_at_start = re.compile("(" + lower + ")" + before)
        # the scan of word starts: a character that is no letter or digit, and the longest
        # literal (a case-folded lower-case entry or a role) after it, read by a look-ahead so
        # that a word start inside a literal is found too
        folded_lower = {e.casefold() for e in lower_entries}
        roles = frozenset(role_literals)
        literals = folded_lower | roles
        trie = literal_scan(literals).pattern
        self.word_starts = re.compile("[^" + _FOLDED_WORD_CHARS + "](?=(" + trie + "))")
        self.word_start_at_0 = re.compile(trie)
        # the longest literals at a word start after which a lower-case entry, a role, begins:
        # every literal written there is a prefix of the longest one
        self.lower_kind = frozenset(lit for lit in literals if any(lit.startswith(x) for x in folded_lower))
        self.role_kind = frozenset(lit for lit in literals if any(lit.startswith(r) for r in roles))

    def starts(self, text: str) -> Optional[Tuple[List[int], List[int]]]:
        """The word starts of ``text`` where a lower-case entry may begin (in some case) and
        those where a role literal is written (case-folded), in order; kept per text for the
        texts asked last (the titles ask again). None when case folding changes the text's length
        (positions would shift)."""
        memo = _WORD_STARTS_MEMO.of(text)
        if "starts" in memo:
            return memo["starts"]
        folded = casefolded(text)
        answer: Optional[Tuple[List[int], List[int]]] = None
        if len(folded) == len(text):
            found = [(m.start() + 1, m.group(1)) for m in self.word_starts.finditer(folded)]
            first = self.word_start_at_0.match(folded)
            if first is not None:
                found.insert(0, (0, first.group()))
            lower_kind, role_kind = self.lower_kind, self.role_kind
            answer = ([start for start, lit in found if lit in lower_kind],
                      [start for start, lit in found if lit in role_kind])
        memo["starts"] = answer
        return answer

    def _lower_matches(self, text: str) -> list:
        """The matches of ``lower`` (``lower_at_start`` first), as its ``finditer``: tried only
        at the word starts where a lower-case entry is written in some case (``starts``; not
        where a capital is), from the end of the last match on, so the same matches are found."""
        first = self.lower_at_start.match(text)
        found = self.starts(text)
        if found is None:
            return list(self.lower.finditer(text)) if first is None else [first, *self.lower.finditer(text)]
        matches = [] if first is None else [first]
        lead, match = self._LEAD, self.lower.match
        last = 0
        for start in found[0]:
            if start > last and text[start - 1] in lead and not text[start].isupper():
                m = match(text, start - 1)
                if m is not None:
                    matches.append(m)
                    last = m.end()
        return matches

    def role_starts(self, text: str) -> Optional[List[int]]:
        """Where a role literal is written at a word start of ``text`` (case-folded), in order."""
        found = self.starts(text)
        return None if found is None else found[1]

    def find(self, text: str) -> List[Tuple[int, str]]:
        """(start, entry) of every entry written at a word start, in order."""
        hits = [(start, m.group()) for m in self.upper.finditer(text)
                if not (start := m.start()) or not text[start - 1].isalnum()]
        n = len(text)
        place, unit, unit_after = self.place, self.unit, self._UNIT_AFTER
        for m in self._lower_matches(text):
            start, end = m.span(1)
            entry = m.group(1)
            if entry in place:  # "châu Âu", "miền Trung": a whole name
                hits.append((start, entry))
                continue
            if end + 1 >= n:
                continue
            ch = text[end]
            if ch == " " or ch == ".":
                ch = text[end + 1]
            if ch.isupper() or (text[end] == " " and text.startswith(unit_after, end + 1)) \
                    or (ch.isdigit() and entry in unit):
                hits.append((start, entry))
        hits.sort()
        return hits


# the answer of ``EntityScan.starts`` for the texts scanned last (the titles ask again)
_WORD_STARTS_MEMO = TextMemo()


def role_starts(text: str) -> Optional[List[int]]:
    """Where a role of the titles may begin in ``text`` (``EntityScan.role_starts``)."""
    return _scanner().role_starts(text)


def scan(doc) -> List[Tuple[int, str]]:
    """The entity scan of ``doc.text`` (made once per document and kept on the doc)."""
    hits = doc.entity_scan
    if hits is None or hits[0] is not doc.text:
        hits = (doc.text, _scanner().find(doc.text))
        doc.entity_scan = hits
    return hits[1]


# --- words -----------------------------------------------------------------------------------

def _word(text: str, pos: int) -> Optional[Tuple[int, int]]:
    m = _WORD.match(text, pos)
    return (pos, m.end()) if m else None


def _gap(text: str, pos: int) -> Optional[int]:
    """The position after 1-3 plain spaces at ``pos``, or None."""
    if text[pos:pos + 1] != " ":
        return None
    i = pos + 1
    if text[i:i + 1] == " ":
        i += 1
        if text[i:i + 1] == " ":
            i += 1
    return i if i < len(text) else None


def _lookup(index, text: str, pos: int) -> Optional[int]:
    """End of the longest entry of ``index`` written at ``pos`` as whole words."""
    m = index.match(text, pos)
    return m.end() if m else None


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _is_acronym(word: str) -> bool:
    """Two capitals or more, the second letter no lower-case one ("UBND", "TP.HCM", "KH&ĐT")."""
    if len(word) < 2 or word[1].islower():
        return False
    if word[0].isupper() and word[1].isupper():
        return True  # (the common case, without counting)
    return sum(1 for c in word if c.isupper()) >= 2


def _person_starts(text: str, pos: int) -> bool:
    """A capitalised run at ``pos`` that reads like a person's name: a family name and another
    capitalised word, and no known place."""
    w = _word(text, pos)
    if not w:
        return False
    word = text[w[0]:w[1]]
    if word in _person_openers():
        return True
    if word not in _surnames():
        return False
    if _place_or_district_end(text, pos) is not None:
        return False
    g = _gap(text, w[1])
    nxt = _word(text, g) if g is not None else None
    if nxt is None or not text[nxt[0]].isupper() or _is_acronym(text[nxt[0]:nxt[1]]):
        return False
    if word in _rare_surnames():
        # a family name that is also a common word: two words are a name of the organisation
        # ("Công ty CP Xây dựng Phương Nam", "Trung tâm Lữ hành Hà Thành"), three a person's
        g = _gap(text, nxt[1])
        third = _word(text, g) if g is not None else None
        return third is not None and text[third[0]].isupper() and not _is_acronym(text[third[0]:third[1]])
    return True


@lru_cache(maxsize=1)
def _rare_surnames() -> frozenset:
    return gazetteer.surnames("rare")


@lru_cache(maxsize=1)
def _person_named_units() -> frozenset:
    return lexicon.word_set("loc_person_named_units")


_PARENT_UNIT_TYPES = ("province", "city", "district", "state")


def named_after_person(text: str, unit: str, end: int) -> bool:
    """Whether a place written "<unit> <name>" may bear a person's name ending at ``end``: its unit
    word is one whose places often do ("phường Trần Hưng Đạo", "đường Lê Lợi"), or the unit
    above it follows ("xã Lê Lợi, huyện X", "phường Nguyễn Cư Trinh (quận 1)")."""
    if unit in _person_named_units():
        return True
    for sep in (", ", " (", " - "):
        if text.startswith(sep, end):
            parent = gazetteer.unit_at(text, end + len(sep))
            return parent is not None and parent[1].get("type", "") in _PARENT_UNIT_TYPES
    return False


def _person_named_place(text: str, pos: int, unit: str) -> Optional[int]:
    """End of a name of one to three capitalised words at ``pos`` that reads like a person's but
    names the place after ``unit`` (``named_after_person``), else None."""
    if not unit:
        return None
    end = pos
    for k in range(4):
        w = _word(text, end if k == 0 else (_gap(text, end) or len(text)))
        if w is None or not text[w[0]].isupper() or _is_acronym(text[w[0]:w[1]]):
            break
        if k == 3:
            return None  # a fourth capitalised word: another name may follow
        end = w[1]
    if end == pos or not named_after_person(text, unit, end):
        return None
    return end


def place_name_end(text: str, pos: Optional[int], prefer_run: bool = False, unit: str = "") -> Optional[int]:
    """End of a place's name at ``pos``: a known place or district, a number ("quận 1"), or a
    short capitalised run that does not read like a person's name (unless ``unit``, the unit word
    before it, names places after people: ``named_after_person``). With ``prefer_run`` (the
    names of communes and villages, which the gazetteer does not list) a longer capitalised run
    wins over a known name at its start ("xã Mỹ Lộc" is not "xã Mỹ")."""
    if pos is None or pos >= len(text):
        return None
    known = _place_or_district_end(text, pos)
    w = _word(text, pos)
    if not w:
        return known
    if text[pos].isdigit():
        return w[1]
    if not text[pos].isupper() or _is_acronym(text[w[0]:w[1]]):
        return known
    if known is None and gazetteer.unit_at(text, pos):
        return None  # "thôn | Tp. Hồ Chí Minh": a unit word is no name
    person = _person_starts(text, pos)
    end = w[1]
    for _ in range(3):  # up to 4 capitalised words
        g = _gap(text, end)
        nxt = _word(text, g) if g is not None else None
        if not nxt or not text[nxt[0]].isupper() or _is_acronym(text[nxt[0]:nxt[1]]):
            break
        if _lookup(_type_index(), text, nxt[0]) or gazetteer.unit_at(text, nxt[0]) \
                or _lookup(_role_index(), text, nxt[0]):
            break
        if known is not None and nxt[0] >= known and (gazetteer.place_at(text, nxt[0]) or _person_starts(text, nxt[0])):
            break  # "Hà Nội | Việt Nam", "Nghệ An | Nguyễn Văn A"
        end = nxt[1]
    if known is not None and (end <= known or person or not prefer_run or " " in text[pos:known]):
        return known  # (a longer run wins over a one-word name only: "cao tốc Pháp Vân", "xã Mỹ Lộc")
    if person:
        return _person_named_place(text, pos, unit)
    return end


def locality_end(text: str, pos: Optional[int]) -> Optional[int]:
    """End of "<unit word> <place name>" at ``pos`` ("tỉnh Bình Dương", "TP.HCM", "quận 1")."""
    if pos is None:
        return None
    unit = gazetteer.unit_at(text, pos)
    if not unit:
        return None
    end, row = unit
    if row.get("type") not in ("province", "city", "district", "commune", "village", "state", "area"):
        return None
    name_pos = end if row.get("glued") == "1" and end < len(text) and text[end].isalnum() else _gap(text, end)
    if name_pos is None:
        return None
    if text[name_pos].isdigit() and row.get("number") != "1":
        return None
    return place_name_end(text, name_pos, prefer_run=row.get("type") in ("commune", "village"), unit=row["form"])


# --- the reader ------------------------------------------------------------------------------

# {pos: end} for the texts asked last: a name asks about a position more than once
_QUALIFIER_MEMO = TextMemo()


def _qualifier(text: str, pos: Optional[int]) -> Optional[int]:
    """End of what may close an organisation name at ``pos``: "Trung ương", "tỉnh X", a place."""
    if pos is None or pos >= len(text):
        return None
    answers = _QUALIFIER_MEMO.of(text)
    if pos in answers:
        return answers[pos]
    end = answers[pos] = _qualifier_uncached(text, pos)
    return end


def _qualifier_uncached(text: str, pos: int) -> Optional[int]:
    end = _lookup(_qualifier_index(), text, pos)
    if end:
        return end
    end = locality_end(text, pos)
    if end:
        return end
    if text[pos].isupper():
        return _place_or_district_end(text, pos)
    return None


def _bracket(text: str, end: int) -> Optional[Tuple[int, int, int]]:
    """(match end, acronym start, acronym end) of " (ABC)" at ``end`` naming the organisation."""
    if text[end:end + 1] != "(" and text[end:end + 2] != " (":
        return None  # (what _BRACKET needs first, checked without a call of it)
    m = _BRACKET.match(text, end)
    if not m:
        return None
    inner = m.group(1)
    place = gazetteer.place_at(text, m.start(1))
    if place is not None and place[0] == m.end(1):
        return None  # "Viện Đại học Cambridge (Anh)": a place, not a short name
    if " " in inner and not all(_is_cap(w) for w in inner.split(" ")):
        return None
    return m.end(), m.start(1), m.end(1)


def _read_body(text: str, pos: Optional[int], lowered: bool, descriptive: bool, named: bool = False,
               person_name: bool = False, admin: bool = False, titled: bool = True) -> Optional[int]:
    """End of the name words after an organisation word (None when there are none).

    Capitalised words, numbers and abbreviations belong to the name; a lower-case word right
    after a capitalised one is the rest of its word ("Y tế", "Đào tạo"); longer lower-case runs
    belong to it only when a capitalised word or a place follows ("Hiệp hội Doanh nghiệp nhỏ và
    vừa Hà Nội"), or, after a descriptive organisation word, from the start ("Ban quản lý dự án").
    ``named``: the organisation word already names the body ("Trung tâm Y tế | dự phòng");
    ``person_name``: its first capitalised run may be a person's name ("Trường Tiểu học Hoàng Hoa Thám");
    ``admin``: a place is expected after the word, so a person's name there ends it ("Thành ủy | Lê Thanh Hải");
    ``titled``: a position word stands before the organisation word, so a person's name may follow the
    name ("Hiệu trưởng Trường Đại học Sư phạm | Nguyễn Văn Minh"); without one, a person's name right
    after a field that closes the first run of a school or hospital is part of the name ("ĐH Y khoa
    Phạm Ngọc Thạch").
    A verb or function word, a person's name or a place ends the name (places are read by
    ``_close``)."""
    if pos is None:
        return None
    end: Optional[int] = None
    pending: Optional[int] = None  # end of lower-case words read but not yet known to belong
    cap_seen = named
    prev_cap: Optional[str] = None
    first_run = True
    pending_start = 0
    compound_end = False  # the last word of the name so far ends a two-syllable word ("Phát triển")
    pending_after_compound = False
    first_pending_start = -1
    cap_words = 0
    run_len = 0  # capitalised words of the current run
    prev_word: Optional[str] = None
    lower_run = 0
    count = 0
    n = len(text)
    cur: Optional[int] = pos
    word_match = _WORD.match
    role_match = _role_index().match
    type_match = _type_index().match
    phrase_match = _phrase_index().match
    stop_match = _stop_index().match
    unit_match = gazetteer._unit_index().match
    person_first = _person_first_words()  # (``_person_starts`` is asked only on these words)
    openers = _person_openers()
    kind_end = _kind_run(text, pos) if not named else None
    own_name = False  # the next capitalised word begins the body's own name ("Công ty CP | Hoàng Long")
    if kind_end is not None:
        # "Công ty cổ phần | Hoàng Long", "Bệnh viện đa khoa | Hồng Ngọc": the kind words are part of
        # the name, and what follows them is the body's own name
        cur = _gap(text, kind_end)
        pending = kind_end
        own_name = True
    while cur is not None and count < _MAX_WORDS:
        m = word_match(text, cur)
        if not m:
            break
        w = (cur, m.end())
        word = m.group()
        count += 1
        if word[0].isupper() or word[0].isdigit():
            if word[0].isdigit() and lower_run and pending is not None:
                break  # "Hải quân PLA chỉ | 10 năm"
            in_first_run = person_name and not lower_run and prev_cap is not None and first_run
            if own_name and word not in openers:
                own_name = False  # (a family name may begin it, not a place: "CLB bóng đá | Hà Nội" is read by _close)
                if _qualifier(text, w[0]):
                    end = pending
                    break
            elif cap_seen or end is not None:
                if person_name and not titled and lower_run and compound_end and first_run and run_len \
                        and end == _end_before(text, w[0]):
                    lower_run = 0  # "ĐH Y khoa | Phạm Ngọc Thạch": the person the school is named after
                    run_len = 0
                    in_first_run = True
                if word in person_first and (not in_first_run or run_len >= 3 or (titled and run_len >= 2
                                                                    and not _surname_next(text, w[1]))) \
                        and _person_starts(text, w[0]):
                    break  # (a name of three words is whole: "Trường THPT Phan Đình Phùng | Nguyễn Văn An")
                if _qualifier(text, w[0]) and not (in_first_run and _inside_name(text, w[0])):
                    if pending is not None:
                        end = pending
                    break  # the places after a name are read by _close ("Trường Đại học Tôn Đức Thắng" goes on)
            elif word in openers or (admin and word in person_first and _person_starts(text, w[0])):
                break  # "Bí thư Thành ủy | Lê Thanh Hải"
            if role_match(text, w[0]):
                break  # "Bộ | Bộ trưởng ...", "Bộ Y tế | Thứ trưởng ..."
            if lower_run and cap_seen is not named and type_match(text, w[0]):
                break  # "Ban lãnh đạo | Công ty X"
            if lower_run:
                first_run = False
                run_len = 0
            run_len += 1
            compound_end = False
            cap_words += 1
            end = w[1]
            pending = None
            cap_seen = True
            lower_run = 0
            prev_cap = word
        else:
            if lowered and end is None:
                return None  # "công ty này": a lower-case organisation word needs a name
            phrase = phrase_match(text, w[0])
            phrase_end = phrase.end() if phrase else None
            if phrase_end:
                w = (w[0], phrase_end)
            elif stop_match(text, w[0]) and not (
                    lower_run == 0 and prev_cap is not None and end == _end_before(text, w[0])
                    and prev_cap.lower() + " " + word in _stop_compounds()):
                break
            elif lower_run and type_match(text, w[0]):
                break  # "Hội đồng quản trị | công ty X": another organisation begins
            elif unit_match(text, w[0]) and locality_end(text, w[0]) \
                    and not (prev_word and prev_word.lower() + " " + word in _compounds()):
                if pending is not None:
                    end = pending
                break  # "Phòng Giáo dục | quận Hai Bà Trưng": read as a qualifier
            lower_run += 1
            if lower_run > _MAX_LOWER_RUN:
                break
            if phrase_end and ((cap_seen and compound_end and pending is None) or (descriptive and not cap_seen)):
                end = w[1]  # "Trung tâm Y tế | dự phòng", "Doanh nghiệp | nhỏ và vừa"
                pending = None
            elif not cap_seen:
                if not descriptive:
                    return None  # "Bộ trưởng", "Hội nghị": not a name
                end = w[1]  # "Ban quản lý dự án đầu tư xây dựng huyện"
            elif lower_run == 1 and pending is None and prev_cap is not None \
                    and ((prev_cap.lower() + " " + word) in _compounds()
                         or (prev_cap.lower() + " " + word) in _stop_compounds()):
                end = w[1]  # "Y tế", "Đào tạo", "Tình báo"
                compound_end = True
            else:
                if pending is None:
                    pending_start = w[0]
                    pending_after_compound = compound_end and end == _end_before(text, w[0])
                    if first_pending_start < 0 and end == _end_before(text, w[0]) and not compound_end:
                        first_pending_start = w[0]
                pending = w[1]
        prev_word = text[w[0]:w[1]]
        after = w[1]
        # joiners inside a name: "Đài Phát thanh - Truyền hình", "GD&ĐT", "và"
        joiner = text[after:after + 1]
        if joiner == " ":
            dash = _joiner_dash(text, after) if text[after + 1:after + 2] in ("-", "&") else 0
        elif joiner == "-":
            dash = _joiner_dash(text, after)
        else:
            dash = 0
        if joiner != " " and joiner != "," and not dash:
            cur = None  # (what _gap gives there)
            continue
        if dash:
            nxt = _word(text, after + dash)
            if nxt and text[nxt[0]].isupper() and end == after and not _person_starts(text, nxt[0]) \
                    and not _qualifier(text, nxt[0]) and not type_match(text, nxt[0]) \
                    and not (_is_acronym(text[nxt[0]:nxt[1]]) and _lookup(_name_index(), text, nxt[0])):
                # (not before another body: "Trung tâm nội soi | - Bệnh viện X", "Trường Đại học
                # Ngoại ngữ | - ĐHQGHN" name a unit and the body it belongs to)
                cur = nxt[0]
                continue
            break
        if text.startswith(", ", after) and end == after and _compound_at(text, after + 2) \
                and _joined_list(text, after + 2):
            cur = after + 2  # "Bộ Văn hóa, Thể thao và Du lịch"
            lower_run = 0
            continue
        if text.startswith(" và ", after):
            nxt_pos = _gap(text, after + 3)
            nxt = _word(text, nxt_pos) if nxt_pos is not None else None
            if nxt and (end == after or pending == after) and text[nxt[0]].isupper() \
                    and not _person_starts(text, nxt[0]) and not _qualifier(text, nxt[0]) \
                    and (word[0].islower() or _compound_at(text, nxt[0]) or _is_acronym(text[nxt[0]:nxt[1]])):
                if pending is not None:
                    end = pending
                    pending = None
                cur = nxt[0]
                lower_run = 0
                continue
        # (_gap, written out: the one call made at every word of every name)
        if joiner == " ":
            cur = after + 1
            if text[cur:cur + 1] == " ":
                cur += 1
                if text[cur:cur + 1] == " ":
                    cur += 1
            if cur >= n:
                cur = None
        else:
            cur = None
    if pending is not None and pending_start == first_pending_start and " " not in text[pending_start:pending] \
            and cap_words == 1 and _name_closes(text, pending):
        end = pending  # "Sở Nội | vụ", "Bộ Ngoại | giao" before a stop word or punctuation
    if pending is not None and pending_after_compound and _compound_run(text[pending_start:pending]):
        end = pending  # "Bộ Nông nghiệp và Phát triển | nông thôn", "Ngân hàng Chính sách | xã hội"
    return end


def _surname_next(text: str, end: int) -> bool:
    """Whether the word after ``end`` is a family name too ("Phan Đình Phùng | Nguyễn Văn An": the
    person begins there, not at "Phùng")."""
    g = _gap(text, end)
    w = _word(text, g) if g is not None else None
    return w is not None and text[w[0]:w[1]] in _surnames()


def _inside_name(text: str, pos: int) -> bool:
    """Whether the place at ``pos`` goes on into another capitalised word ("Tôn | Đức | Thắng"): inside
    a person's name that names a school or hospital, it is part of that name."""
    end = _place_or_district_end(text, pos)
    if end is None:
        return False
    g = _gap(text, end)
    return g is not None and text[g].isupper() and not _person_starts(text, g) and not _qualifier(text, g)


def _joiner_dash(text: str, pos: int) -> int:
    """Length of a dash or "&" joining two parts of a name at ``pos`` (" - ", " & ", and a dash
    glued to one side: "Nông nghiệp- PTNT", "Nông nghiệp -PTNT"), else 0."""
    if text.startswith((" - ", " & "), pos):
        return 3
    if text.startswith("- ", pos):
        return 2
    if text.startswith(" -", pos) and text[pos + 2:pos + 3].isupper():
        return 2
    return 0


def _name_closes(text: str, pos: int) -> bool:
    """Whether punctuation, the end of the text or a verb or function word comes after ``pos``."""
    g = _gap(text, pos)
    if g is None:
        return True
    return _lookup(_stop_index(), text, g) is not None


def _end_before(text: str, pos: int) -> int:
    """The end of the word before ``pos`` (spaces skipped)."""
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    return pos


def _compound_at(text: str, pos: int) -> bool:
    """A capitalised word and a lower-case one at ``pos`` that make a known word ("Thể thao")."""
    w = _word(text, pos)
    if not w:
        return False
    g = _gap(text, w[1])
    nxt = _word(text, g) if g is not None else None
    return nxt is not None and text[nxt[0]].islower() and \
        (text[w[0]:w[1]].lower() + " " + text[nxt[0]:nxt[1]]) in _compounds()


def _joined_list(text: str, pos: int) -> bool:
    """Whether a list of name parts joined by ", " goes on to a " và " part ("Văn hóa, Thể thao và Du lịch")."""
    for _ in range(6):
        w = _word(text, pos)
        if not w:
            return False
        g = _gap(text, w[1])
        nxt = _word(text, g) if g is not None else None
        if not nxt:
            return False
        after = nxt[1]
        if text.startswith(" và ", after):
            return True
        if not text.startswith(", ", after) or not _compound_at(text, after + 2):
            return False
        pos = after + 2
    return False


def _compound_run(words: str) -> bool:
    """Lower-case words made of known two-syllable words, maybe joined by "và" ("nông thôn", "xã hội và nhân văn")."""
    parts = words.split(" và ")
    for part in parts:
        syllables = part.split()
        if not syllables or len(syllables) % 2:
            return False
        for i in range(0, len(syllables), 2):
            if syllables[i] + " " + syllables[i + 1] not in _compounds():
                return False
    return True


# {start: reading} for the texts read last: titles, legal references and clauses ask again where
# the organisations component read
_READ_MEMO = TextMemo()


def read(text: str, start: int) -> Optional[Reading]:
    """The organisation whose name begins at ``start``, or None."""
    answers = _READ_MEMO.of(text)
    if start in answers:
        return answers[start]
    reading = answers[start] = _read(text, start)
    return reading


def _read(text: str, start: int) -> Optional[Reading]:
    if start < 0 or start >= len(text) or (start > 0 and text[start - 1].isalnum()):
        return None
    team = _TEAM.match(text, start) if text[start] in "UO" else None
    if team:
        g = _gap(text, team.end())
        end = place_name_end(text, g) if g is not None and text[g].isupper() else None  # not "U16 châu Á"
        return Reading(end, "team", None, None) if end else None
    kw_end = _lookup(_type_index(), text, start)
    if kw_end is None:
        return _read_known_name(text, start)
    row = _types()[text[start:kw_end]]
    style = row["style"]
    lowered = row.get("lowered") == "1"
    name_pos = _gap(text, kw_end)
    role_end = _lookup(_role_index(), text, start)
    if role_end and role_end > kw_end:
        return None  # "Viện trưởng", "Bộ trưởng": a position, not a body
    if _inside_place(text, start, kw_end):
        return None  # "Đài Loan", "Tây Ban Nha"
    if text[start:kw_end] == "Trường" and (name_pos is None or _lookup(_school_index(), text, name_pos) is None):
        return None  # "Trường Giang", "Tổng Bí thư Trường Chinh": no school
    if style == "cue":
        # "tờ Dân trí", "nhóm nhạc Ohlala": the name after the word, without it
        if name_pos is None or not text[name_pos].isupper() or _person_starts(text, name_pos):
            return None
        end = _cap_run(text, name_pos)
        return Reading(end, row["type"], None, None, None, name_pos) if end else None
    if style == "alone":
        return _close(text, kw_end, row["type"], True)
    if style == "admin":
        end = _qualifier(text, name_pos)
        if end is not None:
            return _close(text, end, row["type"], True)
    multiword = _multiword(text[start:kw_end])
    end = _read_body(text, name_pos, lowered, row.get("desc") == "1" and not lowered,
                     named=style == "admin" and multiword, person_name=row["type"] in ("school", "hospital"),
                     admin=style == "admin",
                     titled=row["type"] not in ("school", "hospital") or _titled(text, start))
    if end is None and multiword:
        end = _qualifier(text, name_pos)  # "Trường Mầm non | xã Kỳ Hải"
    if end is None:
        return None
    return _close(text, end, row["type"], True, kw_end)


def _read_known_name(text: str, start: int) -> Optional[Reading]:
    """A name of data/org_names.tsv at ``start`` ("Vinamilk", "FIFA"), not inside a longer
    capitalised run nor after a place-kind word, with what closes it."""
    name_end = _lookup(_name_index(), text, start)
    if name_end is None:
        return None
    row = _names()[text[start:name_end]]
    if _inside_run(text, start, name_end):
        return None  # "Việt | Nam", "Nguyễn | Apple ..."
    if _after_unit_word(text, start):
        return None  # "thành phố Liverpool" is a place
    reading = _close(text, name_end, row.get("type") or None, True)
    if reading.acronym is None and _ACRONYM.fullmatch(text, start, name_end):
        reading = Reading(reading.end, reading.type, text[start:name_end], reading.acronym_span)
    return reading


@lru_cache(maxsize=4096)
def _multiword(form: str) -> bool:
    """Whether an organisation word is several words with a capital after its first letter ("Ủy ban Nhân dân")."""
    return " " in form and any(c.isupper() for c in form[1:])


def _after_unit_word(text: str, start: int) -> bool:
    """Whether a place-kind word ("thành phố", "tỉnh") is written right before ``start``."""
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    if i == start:
        return False
    for back in (1, 2):
        j = i
        for _ in range(back):
            j = text.rfind(" ", 0, j - 1) + 1 if j > 0 else 0
        unit = gazetteer.unit_at(text, j)
        if unit and unit[0] == i:
            return True
    return False


def _inside_run(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is part of a longer capitalised run: a capitalised word (not an
    acronym) right before it, or one right after it that is no place."""
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    if i < start:
        j = i
        while j > 0 and text[j - 1].isalnum():
            j -= 1
        prev = text[j:i]
        if prev[:1].isupper() and not _is_acronym(prev) and j > 0 and text[j - 1] not in ".!?\n\"“:(-" \
                and not (j >= 2 and text[j - 2] in ".!?:"):
            return True
    g = _gap(text, end)
    if g is not None and text[g].isupper() and not _qualifier(text, g) and not _lookup(_type_index(), text, g) \
            and not _is_acronym(text[g:(_word(text, g) or (g, g))[1]]):
        return True
    return False


def _inside_place(text: str, start: int, kw_end: int) -> bool:
    """Whether the organisation word at ``start`` is (inside) a known place name."""
    hit = gazetteer.place_at(text, start)
    if hit and hit[0] > kw_end:
        return True
    i = start
    for _ in range(2):  # the place may begin one or two words before
        while i > 0 and text[i - 1] == " ":
            i -= 1
        j = i
        while j > 0 and text[j - 1].isalnum():
            j -= 1
        if j == i or not text[j].isupper():
            return False
        hit = gazetteer.place_at(text, j)
        if hit and hit[0] > start:
            return True
        i = j
    return False


def _cap_run(text: str, pos: int, limit: int = 4) -> Optional[int]:
    """End of up to ``limit`` capitalised words at ``pos``."""
    w = _word(text, pos)
    if not w or not text[pos].isupper():
        return None
    end = w[1]
    for _ in range(limit - 1):
        g = _gap(text, end)
        nxt = _word(text, g) if g is not None else None
        if not nxt or not (text[nxt[0]].isupper() or text[nxt[0]].isdigit()):
            break
        end = nxt[1]
    return end


def _close(text: str, end: int, org_type: Optional[str], places: bool, head_end: Optional[int] = None) -> Reading:
    """Add the qualifiers and places that close a name, and a bracketed acronym."""
    acronym = None
    acronym_span = None
    for _ in range(_MAX_QUALIFIERS):
        b = _bracket(text, end)
        if b:
            # "Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội": the place after the bracket closes the name
            q = _qualifier(text, _gap(text, b[0])) if places else None
            if q and acronym is None and text[b[1]:b[2]].isupper():
                acronym, acronym_span = text[b[1]:b[2]], (b[1], b[2])
                end = q
                continue
            if acronym is None:
                acronym, acronym_span = text[b[1]:b[2]], (b[1], b[2])
            break
        if not places:
            break
        q = _qualifier(text, _gap(text, end))
        if not q:
            break
        end = q
    return Reading(end, org_type, acronym, acronym_span, head_end)


def org_extent(text: str, start: int) -> Optional[int]:
    """End offset of the (outermost) organisation name that begins at ``start`` in the normalised
    text, or None: "UBND tỉnh Bình Dương", "Cục Dự trữ Liên bang Mỹ" (not a person after it)."""
    reading = read(text, start)
    return reading.end if reading else None


# --- standalone acronyms ---------------------------------------------------------------------

_TICKER_CUES = ("mã ", "cổ phiếu ", "Mã ", "Cổ phiếu ", "mã CK ", "mã chứng khoán ")
_ACRONYM_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ&-")


def _acronym_org(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    if text.endswith(_TICKER_CUES, 0, start):
        return False  # "cổ phiếu MBB", "mã HPG": a stock ticker
    if word in _not_acronyms() or _ROMAN.fullmatch(word) or len(word) < 3:
        return False
    if not all(c in _ACRONYM_CHARS for c in word):
        return False  # "TÂM", "SỐC": a word in capitals; "B52": a code
    if word in gazetteer.places() or gazetteer.unit_at(text, start):
        return False
    # a headline in capitals: "TIN NÓNG HÔM NAY"
    g = _gap(text, end)
    nxt = _word(text, g) if g is not None else None
    if nxt and text[nxt[0]:nxt[1]].isupper() and nxt[1] - nxt[0] > 1 and _lookup(_type_index(), text, nxt[0]) is None:
        return False
    if start > 1 and text[start - 1] == " ":
        i = start - 1
        j = i
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        prev = text[j:i]
        if len(prev) > 1 and prev.isupper():
            return False
    return True


@lru_cache(maxsize=1)
def _generic_index():
    return _index(lexicon.words("org_generic"))


def _generic(text: str, start: int, reading: Reading) -> bool:
    """A generic body: a word of data/org_generic.txt alone or with places only after it."""
    end = _lookup(_generic_index(), text, start)
    if end is None:
        return False
    for _ in range(_MAX_QUALIFIERS):
        if end >= reading.end:
            return True
        q = _qualifier(text, _gap(text, end))
        if q is None:
            return False
        end = q
    return end >= reading.end


_CLUB_SUFFIXES = ("FC", "F.C")


def _club_before(text: str, start: int, last: int) -> Optional[int]:
    """Where "<name> FC" begins: up to three capitalised words before "FC" ("Quảng Nam FC")."""
    begin = None
    i = start
    for _ in range(3):
        j = i
        while j > 0 and text[j - 1] == " ":
            j -= 1
        if j == i:
            break
        k = j
        while k > 0 and text[k - 1].isalnum():
            k -= 1
        if k == j or k < last or not text[k].isupper():
            break
        begin = i = k
    return begin


def _latin_tail(text: str, end: int) -> int:
    """Extend an acronym by the words of data/org_suffixes.txt: "VTC News", "RBW Studio"."""
    for _ in range(2):
        g = _gap(text, end)
        w = _word(text, g) if g is not None else None
        if not w or text[w[0]:w[1]] not in _suffixes():
            break  # "TTXVN | Theo ...", "NIS | Lee ..."
        if gazetteer.place_at(text, w[0]) or _lookup(_type_index(), text, w[0]):
            break
        end = w[1]
    return end


# --- the component ---------------------------------------------------------------------------

def _candidates(text: str, hits: Optional[List[Tuple[int, str]]]) -> List[Tuple[int, Union[bool, int]]]:
    """Where an organisation may begin, in order: (start, True) to read an organisation word or a
    known name (or a team: "U19"), (start, False) for an acronym, (start, end) for a mixed-case
    name or unit code read as it is ("VietinBank", "AfD", "PC67")."""
    scanner = _scanner()
    if hits is None:
        hits = scanner.find(text)
    org = scanner.org
    entry_starts = {start for start, entry in hits if entry in org}
    candidates: List[Tuple[int, Union[bool, int]]] = [(start, True) for start in entry_starts]
    not_acronyms = _not_acronyms()
    for m in _CAPS_SCAN.finditer(text):
        start, word = m.start(), m.group()
        if (start and text[start - 1].isalnum()) or start in entry_starts or word in not_acronyms:
            continue
        if not word.isupper() or _POLICE_CODE.fullmatch(word):
            candidates.append((start, m.end()))  # "VietinBank", "AfD", "PC67": read as they are
        elif word[0] == "U" and word[1:].isdigit():
            candidates.append((start, True))  # "U19 Việt Nam" is read as a team
        elif not _DIGIT.search(word):
            candidates.append((start, False))
    candidates.sort()  # (the starts are distinct: the second items are never compared)
    return candidates


def find(text: str, hits: Optional[List[Tuple[int, str]]] = None) -> List[Tuple[int, int, Reading]]:
    """Organisation spans (start, end, reading) of a normalised text, in order, not overlapping.
    ``hits``: the text's entity scan, when already made."""
    found: List[Tuple[int, int, Reading]] = []
    last = 0
    candidates = _candidates(text, hits)
    for start, known in candidates:
        if not isinstance(known, bool):
            if start >= last:
                as_is = _close(text, known, None, False)
                found.append((start, as_is.end, as_is))
                last = as_is.end
            continue
        if start < last:
            continue
        reading = read(text, start) if known else None
        if reading is None:
            acr = _ACRONYM.match(text, start)
            if acr and acr.group() in _CLUB_SUFFIXES:
                club = _club_before(text, start, last)
                if club is not None:
                    found.append((club, acr.end(), Reading(acr.end(), "club", None, None)))
                    last = acr.end()
                continue
            if acr and (start == 0 or not text[start - 1].isalnum()) and _acronym_org(text, start, acr.end()):
                end = _latin_tail(text, acr.end())
                reading = _close(text, end, None, False)
                if end == acr.end():
                    reading = Reading(reading.end, reading.type, text[start:end], reading.acronym_span)
            else:
                continue
        elif reading.head_end is not None and not _NAMED.search(text, reading.head_end, reading.end):
            last = reading.end
            continue  # "Ban đại diện phụ huynh": a body described, not named
        elif _generic(text, start, reading):
            last = reading.end
            continue  # "Chính phủ", "Quân đội Nga": a body named generically
        found.append((reading.name_start if reading.name_start is not None else start, reading.end, reading))
        last = reading.end
        if reading.acronym_span and reading.acronym_span[0] >= reading.end:
            a0, a1 = reading.acronym_span
            found.append((a0, a1, Reading(a1, reading.type, text[a0:a1], None)))
            last = max(last, a1)
    return found


# --- named rules ------------------------------------------------------------------------------
# Which rule of the reader above made an organisation, told from what it read (asked only when
# the document is explained, so reading stays as fast as before).

RULES = (
    "organisation word + name",  # "Bộ Y tế", "Công ty CP Gang thép Thái Nguyên"
    "organisation word + place",  # "UBND tỉnh Bình Dương", "Công an huyện Y"
    "organisation word alone",  # "Quốc hội Mỹ", "Chính phủ" (a place may close it)
    "cue word + name",  # "tờ | Dân trí", "nhóm nhạc | Ohlala": the name without the cue word
    "known name",  # data/org_names.tsv: "Vinamilk", "FIFA"
    "acronym in brackets",  # "Cơ quan Tình báo Trung ương (CIA)": "CIA" as a second mention
    "acronym on its own",  # "VFF", "EVN" not in the list
    "mixed-case name or unit code",  # "VietinBank", "AfD", "PC67"
    "team + place",  # "U19 Việt Nam"
    "name + FC",  # "Quảng Nam FC"
)


def rule_of(text: str, start: int, end: int, reading: Reading, bracketed: bool = False) -> Tuple[str, Dict[str, str]]:
    """(rule name, evidence) of the organisation [start, end) read as ``reading``; ``bracketed``:
    it is the acronym in brackets after the name before it."""
    if bracketed:
        return "acronym in brackets", {"acronym": text[start:end]}
    if reading.name_start is not None:
        cue = text[:start].rstrip().rsplit(" ", 1)[-1] if start else ""
        return "cue word + name", {"cue": cue}
    team = _TEAM.match(text, start) if reading.type == "team" else None
    if team:
        return "team + place", {"team": team.group()}
    if reading.type == "club" and text[start:end].endswith(_CLUB_SUFFIXES):
        return "name + FC", {}
    kw_end = _lookup(_type_index(), text, start)
    if kw_end is not None:
        word = text[start:kw_end]
        style = _types()[word]["style"]
        evidence = {"organisation word": word}
        if style == "alone" or kw_end >= end:
            return "organisation word alone", evidence
        if style == "admin":
            return "organisation word + place", evidence
        return "organisation word + name", evidence
    name_end = _lookup(_name_index(), text, start)
    if name_end is not None:
        return "known name", {"entry": text[start:name_end]}
    if _ACRONYM.match(text, start) and text[start:end].isupper() and not _POLICE_CODE.fullmatch(text, start, end):
        return "acronym on its own", {"acronym": text[start:end]}
    return "mixed-case name or unit code", {"word": text[start:end]}


def recognize(doc) -> None:
    text = doc.text
    records = doc.results[KIND]
    spans = []
    explaining = doc.explaining
    last: Optional[Reading] = None
    for start, end, reading in find(text, scan(doc)):
        name = text[start:end]
        acronym = reading.acronym if reading.acronym else (name if _ACRONYM.fullmatch(name) else None)
        record = doc.make(Organization, start, end, name=name, acronym=acronym, type=reading.type)
        records.append(record)
        spans.append((start, end))
        if explaining:
            bracketed = last is not None and last.acronym_span == (start, end)
            rule, evidence = rule_of(text, start, end, reading, bracketed)
            doc.why(record, rule, **evidence)
        last = reading
    doc.organization_spans = spans


# --- questions other components ask -----------------------------------------------------------

class SpanIndex:
    """Sorted, non-overlapping normalised spans with O(log n) containment questions."""

    __slots__ = ("spans", "_starts")

    def __init__(self, spans):
        self.spans = sorted(spans)
        self._starts = [s for s, _ in self.spans]

    def covering(self, start: int, end: int) -> Optional[Tuple[int, int]]:
        """The span that contains [start, end), or None."""
        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0 and self.spans[i][1] >= end:
            return self.spans[i]
        return None

    def overlapping(self, start: int, end: int) -> Optional[Tuple[int, int]]:
        """A span that shares a character with [start, end), or None. The spans do not overlap, so
        only the last one starting before ``end`` can reach into [start, end)."""
        i = bisect.bisect_left(self._starts, end) - 1
        if i >= 0 and self.spans[i][1] > start:
            return self.spans[i]
        return None

    def __len__(self) -> int:
        return len(self.spans)


def spans(doc) -> SpanIndex:
    """The normalised spans of the organisations found on ``doc`` (empty before the component ran)."""
    return SpanIndex(doc.organization_spans or ())
