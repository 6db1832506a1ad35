"""Titles: official positions with the organisation attached ("Phó Bí thư Thường trực Tỉnh ủy Bình
Dương", "Chủ tịch nước", "Bộ trưởng Bộ Công an", "Thủ tướng Singapore").

A position head (data/titles.tsv) with its modifiers (data/title_modifiers.tsv) is found by one
regex; the organisation after it is read by a small grammar (data/organizations.tsv,
data/ministries.txt, data/countries.txt, data/provinces.tsv) that walks whole words, bounded, so a
title costs a constant amount of work whatever follows it.

A head that only counts with a holder next to it ("đại biểu Nguyễn Thị A", a lower-case
"bộ trưởng" before a name) is left in ``doc.title_candidates`` for ``linking`` to
confirm once people are known. Holders are set by ``linking`` as well.
"""
import re
import unicodedata
from functools import lru_cache
from typing import List, Optional, Tuple

import regex

from . import gazetteer, lexicon
from .organizations import named_after_person, org_extent, role_starts
from .records import Title

# (stdlib re: matched at a position many times per text, where it is faster than the regex module;
# [^\W_] is a letter or a digit, as \p{L}\p{N})
_WORD = re.compile(r"[^\W_](?:[^\W_]|&|[.\-'’](?=[^\W_])){0,40}")
_GAP = re.compile(r"[ ]{1,3}")
_CLAUSE_END = regex.compile(r"[,.;:)]|$")
_DASH_IN_NAME = regex.compile(r"[ ][-–][ ]")
_PAREN_BODY = regex.compile(r"[ ]\((?=\p{Lu})")
_PAREN_ABBREV = regex.compile(r"[ ]\([\p{Lu}\d&.\-]{2,12}\)")
_COMMA = regex.compile(r",[ ]{1,2}")
_DASH = regex.compile(r"[ ]{0,2}-[ ]{0,2}")
_PLURAL_HONORIFIC = regex.compile(r"(?<![\p{L}])(\p{L}+)[ ]{1,3}(?:vị|ngài)[ ]{1,3}$")
_CHINH = regex.compile(r"(?i)chính[ ]{1,3}$")
_ALT_ROLE = regex.compile(r"[ ]\(([\p{L} ]{4,30})\)")
_TONE_MARKS = frozenset("\u0300\u0301\u0309\u0303\u0323")
_MAX_NAME_WORDS = 12
_MAX_LOWER_RUN = 5
_MAX_LOWER_RUNS = 3
_NESTED = 4  # depth given to a body read inside another one: no qualifiers, no further nesting


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _is_abbrev(word: str) -> bool:
    """An upper-case abbreviation ("UBND", "KH&ĐT", "T.Ư"); abbreviations carry no tone marks, so
    an all-caps name ("PHÙNG XUÂN NHẠ") is none."""
    letters = [c for c in word if c.isalpha()]
    if not (2 <= len(letters) <= 8 and all(c.isupper() for c in letters)):
        return False
    return not any(m in _TONE_MARKS for m in unicodedata.normalize("NFD", word))


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:]


# --- data ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _heads():
    return {row["head"].casefold(): row for row in lexicon.table("titles")}


@lru_cache(maxsize=1)
def _modifiers():
    return {row["word"].casefold(): row for row in lexicon.table("title_modifiers")}


@lru_cache(maxsize=1)
def _role_re():
    mods = _modifiers()
    before = [w for w, r in mods.items() if r["where"] == "before"]
    outside = [w for w, r in mods.items() if r["where"] == "outside"]
    after = [w for w, r in mods.items() if r["where"] == "after"]
    heads = list(_heads())
    pattern = (
        r"(?<![\p{L}\p{N}])"
        r"(?:(?P<out>" + lexicon.alternation(outside) + r")[ ]{1,3})?"
        r"(?P<pre>" + lexicon.alternation(before) + r"[ ]{1,3})?"
        r"(?P<dep>phó[ ]{1,3})?"
        r"(?P<head>" + lexicon.alternation(heads) + r")"
        r"(?P<suf>[ ]{1,3}" + lexicon.alternation(after) + r")?"
        r"(?![\p{L}\p{N}])"
    )
    return regex.compile(pattern, regex.IGNORECASE)


@lru_cache(maxsize=1)
def role_literals() -> frozenset:
    """Every literal a role match may begin with (a whole head, a whole "before"/"outside"
    modifier, "phó"), case-folded. Whole entries, not first words: "thư ký" is tried where it
    is written, not at every "thư"."""
    mods = _modifiers()
    starts = {w for w, r in mods.items() if r["where"] in ("before", "outside")}
    starts.update(_heads())
    starts.add("phó")
    return frozenset(starts)


def _role_matches(text: str):
    """``_role_re().finditer(text)``, faster: the regex is only tried where the case-folded text
    has a literal a role begins with at a word start (found by the organisations' scan of word
    starts, ``organizations.role_starts``), in order, from the end of the last match on. Every
    character that matches a letter of the role words case-insensitively folds to that letter,
    and the role pattern matches at word starts only, so no match is missed. A text whose case
    folding changes its length (positions would shift) is scanned the slow way."""
    rx = _role_re()
    starts = role_starts(text)
    if starts is None:
        yield from rx.finditer(text)
        return
    match = rx.match
    pos = 0
    for start in starts:
        if start < pos:
            continue
        m = match(text, start)
        if m:
            yield m
            pos = m.end()


def _literal_re(entries, ignore_case=False):
    """A matcher of the longest entry at a position, as whole words: a literal trie (stdlib
    ``re``, several times faster per match) unless case is ignored."""
    if not ignore_case:
        return gazetteer.matcher(entries)
    pattern = lexicon.alternation(entries) + r"(?![\p{L}\p{N}])"
    return regex.compile(pattern, regex.IGNORECASE)


@lru_cache(maxsize=1)
def _org_rows():
    return lexicon.table("organizations")


@lru_cache(maxsize=1)
def _fixed_re():
    return _literal_re([r["form"] for r in _org_rows() if r["kind"] == "fixed"])


@lru_cache(maxsize=1)
def _keywords():
    rows = {}
    for r in _org_rows():
        if r["kind"] == "keyword":
            rows[r["form"]] = r
            if r["style"] in ("open", "ministry", "country"):
                rows.setdefault(_lower_first(r["form"]), r)
    return rows


@lru_cache(maxsize=1)
def _written_forms() -> frozenset:
    """The organisation words as data/organizations.tsv writes them (not their lower-cased forms)."""
    return frozenset(r["form"] for r in _org_rows())


@lru_cache(maxsize=1)
def _units():
    """Keywords of units that belong to a larger body ("Cục X, Bộ Y")."""
    return frozenset(r["form"] for r in _org_rows() if r["kind"] == "keyword" and r.get("part_of"))


@lru_cache(maxsize=1)
def _parent_re():
    return _literal_re([r["form"] for r in _org_rows() if r["kind"] == "keyword" and r.get("parent")])


@lru_cache(maxsize=1)
def _keyword_re():
    return _literal_re(list(_keywords()))


@lru_cache(maxsize=1)
def _locality_re():
    forms = [r["form"] for r in _org_rows() if r["kind"] == "locality"]
    # "TP." may be glued to its name ("TP.HCM"); the others need a space
    return regex.compile(lexicon.alternation(forms) + r"(?:(?<=\.)|(?![\p{L}\p{N}]))")


@lru_cache(maxsize=1)
def _qualifier_re():
    return _literal_re([r["form"] for r in _org_rows() if r["kind"] == "qualifier"])


@lru_cache(maxsize=1)
def _province_re():
    names = list(gazetteer.province_forms())
    names.extend(lexicon.words("title_places"))
    return _literal_re(names)


@lru_cache(maxsize=1)
def _country_re():
    return _literal_re(gazetteer.country_names())


@lru_cache(maxsize=1)
def _ministry_re():
    return _literal_re(lexicon.words("ministries"), ignore_case=True)


@lru_cache(maxsize=1)
def _ministry_lower_re():
    return _literal_re([e.lower() for e in lexicon.words("ministries") if not _is_abbrev(e)])


@lru_cache(maxsize=1)
def _school_re():
    return _literal_re(lexicon.words("title_school_types"), ignore_case=True)


@lru_cache(maxsize=1)
def _bigram_re():
    return _literal_re(lexicon.words("title_org_bigrams"))


@lru_cache(maxsize=1)
def _surnames():
    return gazetteer.surnames("title")


@lru_cache(maxsize=None)
def _word_set(name: str) -> frozenset:
    """A word list of data/ as a set, made once (lists asked for on every title)."""
    return lexicon.word_set(name)


@lru_cache(maxsize=1)
def _stops():
    return lexicon.word_set("title_org_stops")


@lru_cache(maxsize=1)
def _honorifics():
    return lexicon.word_set("title_honorifics")


@lru_cache(maxsize=1)
def _plural_cues():
    return frozenset(w.casefold() for w in lexicon.words("title_plural_cues"))


@lru_cache(maxsize=1)
def _blockers():
    """(regex of the words that block any head when written before it, {head: words after})."""
    before, after = [], {}
    for row in lexicon.table("title_blockers"):
        if row["where"] == "before":
            before.append(row["word"])
        else:
            after.setdefault(row.get("head", "").casefold(), set()).add(row["word"])
    pattern = r"(?<![\p{L}\p{N}])" + lexicon.alternation(before) + r"[ ]{1,3}$"
    return regex.compile(pattern), after


@lru_cache(maxsize=1)
def _blocker_ends() -> Tuple[str, ...]:
    """What a text ends with where the "before" pattern of ``_blockers`` matches (a word, one to
    three spaces, and maybe the line break its "$" matches before): only there is it tried."""
    words = [row["word"] for row in lexicon.table("title_blockers") if row["where"] == "before"]
    return tuple(word + " " * k + end for word in words for k in (1, 2, 3) for end in ("", "\n"))


# --- word helpers -------------------------------------------------------------------------

def _word(text: str, pos: int) -> Optional[Tuple[int, int]]:
    m = _WORD.match(text, pos)
    return (m.start(), m.end()) if m else None


def _next_word(text: str, end: int) -> Optional[Tuple[int, int]]:
    """The word after ``end`` separated by plain spaces only (no punctuation, no line break)."""
    g = _GAP.match(text, end)
    if not g:
        return None
    return _word(text, g.end())


def _after_gap(text: str, end: int) -> Optional[int]:
    g = _GAP.match(text, end)
    return g.end() if g else None


def _prev_word(text: str, start: int) -> Optional[str]:
    """The word right before ``start`` (spaces between), or None."""
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    if i == start or i == 0:
        return None
    j = i
    while j > 0 and (text[j - 1].isalnum()) and i - j < 20:
        j -= 1
    return text[j:i] or None


def _match(rx, text: str, pos: Optional[int]) -> Optional[int]:
    if pos is None or pos >= len(text):
        return None
    m = rx.match(text, pos)
    return m.end() if m else None


# --- the organisation grammar -------------------------------------------------------------

def _person_starts(text: str, pos: int) -> bool:
    """A capitalised run at ``pos`` that starts like a person's name (and is not a place)."""
    w = _word(text, pos)
    if not w or text[w[0]:w[1]] not in _surnames():
        return False
    if _match(_province_re(), text, pos) or _match(_country_re(), text, pos):
        return False
    nxt = _next_word(text, w[1])
    return nxt is not None and text[nxt[0]].isupper() and not _is_abbrev(text[nxt[0]:nxt[1]])


def _cap_run(text: str, pos: int, limit: int = 8) -> List[Tuple[int, int]]:
    words: List[Tuple[int, int]] = []
    w = _word(text, pos)
    while w and len(words) < limit and _is_cap(text[w[0]:w[1]]):
        words.append(w)
        w = _next_word(text, w[1])
    return words


def _place_name(text: str, pos: Optional[int], unit: str = "") -> Optional[int]:
    """End of a place name at ``pos`` (province list, or a short capitalised run), else None.
    ``unit``: the unit word before it ("phường"), whose places may bear a person's name."""
    if pos is None:
        return None
    end = _match(_province_re(), text, pos)
    if end:
        return end
    run = _cap_run(text, pos)
    if not run:
        return None
    if text[run[0][0]].isdigit():  # "quận 1", "phường 5"
        return run[0][1]
    n = len(run)
    words = [text[s:e] for s, e in run]
    take = n
    for k in (2, 3):
        if k < n and words[k] in _surnames() and n - k >= 2:
            take = k
            break
    else:
        if words[0] in _surnames() and n >= 3 and not words[0][0].isdigit():
            # "phường Trần Hưng Đạo", "xã Lê Lợi, huyện X": a place named after a person
            take = n if n == 3 and named_after_person(text, unit, run[2][1]) else 0
        elif n >= 4:
            take = 2
    if take == 0:
        return None
    return run[take - 1][1]


def _locality(text: str, pos: Optional[int], need_name: bool = False) -> Optional[int]:
    """ "tỉnh Bình Dương", "TP.HCM", "huyện Hữu Lũng", "quận 1"; the unit word alone unless need_name."""
    end = _match(_locality_re(), text, pos)
    if not end:
        return None
    start_name = end if text[end - 1] == "." and end < len(text) and text[end].isalnum() else _after_gap(text, end)
    name_end = _place_name(text, start_name, text[pos:end])
    if name_end:
        if text[pos:end] == "liên tỉnh":  # "liên tỉnh Hà Nội - Hà Đông - Sơn Tây - Hà Nam"
            for _ in range(6):
                m = _DASH.match(text, name_end)
                nxt = _match(_province_re(), text, m.end()) if m else None
                if not nxt:
                    break
                name_end = nxt
        return name_end
    return None if need_name else end


def _generic_after(text: str, end: int) -> bool:
    w = _next_word(text, end)
    return w is not None and text[w[0]:w[1]] in _word_set("title_generic_after")


def _open_name(text: str, pos: Optional[int], keyword: str = "", allow_lower_first: bool = True,
               depth: int = 0) -> Optional[int]:
    """End of an organisation name at ``pos``: capitalised words, abbreviations, numbers and short
    runs of lower-case words; stops at a verb/function word or a person's name. ``depth``: how
    deep in nested organisations this name is read (a body inside a body is read once, never
    further: "Bộ trưởng Bộ Bộ trưởng Bộ ..." must not recurse)."""
    if pos is None:
        return None
    end = None
    cur = pos
    lower_run = 0
    count = 0
    runs = 0
    first = _word(text, pos)
    lower_first = first is not None and text[first[0]].islower()
    protect_first_run = keyword in _word_set("title_named_bodies")
    place_seen = False
    in_first_cap_run = True
    while count < _MAX_NAME_WORDS:
        w = _word(text, cur)
        if not w:
            break
        word = text[w[0]:w[1]]
        if word[0].islower() and _second_syllable(text, end, lower_run, w[0], word):
            # "Trung tâm Dự | báo", "Tập đoàn sản xuất Máy | bay": the second syllable of a
            # capitalised word, no verb and no new lower-case run
            in_first_cap_run = False
            lower_run = 1
        elif word[0].islower():
            if place_seen:
                break  # "Bệnh viện Hữu nghị Việt Tiệp Hải Phòng | thông tin"
            if end is not None and _match(_locality_re(), text, w[0]) and not _starts_compound(text, w):
                break  # "Phòng Giáo dục | quận Hai Bà Trưng": the place is read as a qualifier
            place_end = _match(_country_re(), text, w[0])  # "Hội đồng châu Âu"
            if place_end:
                end = place_end
                place_seen = True
                count += 1
                nx = _after_gap(text, end)
                if nx is None:
                    break
                cur = nx
                continue
            bigram_end = _match(_bigram_re(), text, w[0])
            if word in _stops() and bigram_end and end is not None:
                # "Trung tâm Y tế dự phòng", "Cục Chống tham nhũng": a stop word that is no verb here
                lower_run += 2
                if lower_run > _MAX_LOWER_RUN:
                    break
                end = bigram_end
                count += 2
                nx = _after_gap(text, end)
                if nx is None:
                    break
                cur = nx
                continue
            if word in _stops() and lower_run and _ends_bigram(text, w):
                pass  # "Bộ phận hỗ trợ việc làm": a stop word that ends a word of the name
            elif word in _stops():
                if word == "và" and end is not None:
                    nxt = _next_word(text, w[1])
                    if nxt and text[nxt[0]].isupper() and not _person_starts(text, nxt[0]):
                        end = nxt[1]
                        count += 2
                        nx = _after_gap(text, nxt[1])
                        if nx is None:
                            break
                        cur = nx
                        lower_run = 0
                        continue
                break
            if end is None and not allow_lower_first:
                break
            if lower_run == 0:
                runs += 1
                if runs > (1 if lower_first else _MAX_LOWER_RUNS):
                    break  # "Trưởng ban quản lý chợ Bát Tràng | lý giải ..."
            lower_run += 1
            if lower_run > _MAX_LOWER_RUN:
                if end is not None and _ends_compound(text, end, word):
                    end = w[1]  # "ban nghiên cứu chiến lược quân | sự": no cut inside a word
                break
            in_first_cap_run = False
        else:
            if word in _honorifics():
                break
            if place_seen:
                break  # "Hội đồng Nhà nước CHDC Đức | Erich Honecker"
            if lower_run and _role_starts_here(text, w[0]):
                break  # "... Nghiệp vụ Sư phạm | Phó trưởng phòng Đào tạo": another post begins
            if end is not None and lower_run and _match(_keyword_re(), text, w[0]):
                # "Trưởng khoa hóa chất | Bệnh viện K": the body the unit belongs to
                nested = _org_from_keyword(text, w[0], _NESTED) if depth < _NESTED else None
                if nested and nested > 0:
                    end = nested
                break
            if end is not None and not (protect_first_run and in_first_cap_run) and _person_starts(text, w[0]):
                break
            place_end = _match(_country_re(), text, w[0]) or _match(_province_re(), text, w[0])
            if place_end:
                end = place_end
                place_seen = True
                count += 1
                nx = _after_gap(text, end)
                if nx is None:
                    break
                cur = nx
                lower_run = 0
                continue
            lower_run = 0
        end = w[1]
        count += 1
        # "Bộ môn Vi khí hậu - Môi trường Xây dựng"
        nx = _inner_dash(text, w[1]) if text.startswith(" ", w[1]) else None
        if nx is None:
            nx = _after_gap(text, w[1])
        if nx is None:
            break
        cur = nx
    return end


def _ends_bigram(text: str, w: Tuple[int, int]) -> bool:
    """Whether the word ``w`` ends a pair of data/title_org_bigrams.txt begun by the word before it
    ("việc | làm")."""
    prev_end = _end_of_gap_before(text, w[0])
    return _match(_bigram_re(), text, text.rfind(" ", 0, prev_end) + 1) == w[1]


def _role_starts_here(text: str, pos: int) -> bool:
    """Whether a post ("Phó trưởng phòng", "Giám đốc") is written at ``pos``."""
    return _role_re().match(text, pos) is not None


def _second_syllable(text: str, end: Optional[int], lower_run: int, pos: int, word: str) -> bool:
    """Whether the lower-case ``word`` at ``pos`` ends a two-syllable word whose first syllable is
    the capitalised word that ends the name read so far at ``end`` (data/org_compounds.txt)."""
    return end is not None and lower_run == 0 and end == _end_of_gap_before(text, pos) \
        and text[text.rfind(" ", 0, end) + 1].isupper() and _ends_compound(text, end, word)


def _end_of_gap_before(text: str, pos: int) -> int:
    """The end of the word before ``pos`` (the spaces before ``pos`` skipped)."""
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    return pos


def _ends_compound(text: str, end: int, word: str) -> bool:
    """Whether the word ending at ``end`` and ``word`` after it make one two-syllable word
    ("quân sự", "vũ trang": data/org_compounds.txt)."""
    start = text.rfind(" ", 0, end) + 1
    return text[start:end].lower() + " " + word in _word_set("org_compounds")


def _starts_compound(text: str, w: Tuple[int, int]) -> bool:
    """Whether the word ``w`` and the lower-case word after it make one two-syllable word
    (data/org_compounds.txt): a unit word that is no unit here ("Ban Văn hóa xã hội")."""
    nxt = _next_word(text, w[1])
    return nxt is not None and text[nxt[0]].islower() and _ends_compound(text, w[1], text[nxt[0]:nxt[1]])


def _inner_dash(text: str, pos: int) -> Optional[int]:
    """Where a name goes on after " - " at ``pos``: a capitalised word that starts no person's
    name, no honorific and no position ("Phòng Tổ chức - Hành chính"), else None."""
    d = _DASH_IN_NAME.match(text, pos)
    if not d:
        return None
    w = _word(text, d.end())
    if not w or not text[w[0]].isupper() or text[w[0]:w[1]] in _honorifics() or _is_abbrev(text[w[0]:w[1]]):
        return None
    if _person_starts(text, w[0]) or _role_re().match(text, w[0]):
        return None
    return d.end()


def _qualifiers(text: str, end: int, depth: int = 0, unit: bool = False, countries: bool = True,
                whole: bool = False) -> int:
    """Extend an organisation with what may close it: "Việt Nam", "tỉnh X", a province,
    "(TN-MT) Thanh Hóa", "của trường", a nested organisation ("Ban Thường vụ Tỉnh ủy X").
    ``whole``: the organisation is a whole name of data/organizations.tsv ("Chính phủ", "Quốc
    hội"), which "của" joins to a country or another whole name only, never to a body introduced
    by an organisation word ("gửi Thủ tướng Chính phủ | của Hiệp hội X": the sender's body)."""
    for _ in range(4):
        # "(ABBR) Place" inside the organisation: "Sở Tài nguyên và Môi trường (TN-MT) Thanh Hóa"
        m = _PAREN_BODY.match(text, end)
        if m and unit and depth == 0:
            # "Cục Xúc tiến thương mại (Bộ Công Thương)": the body the unit belongs to, in brackets
            q = _match(_fixed_re(), text, m.end()) or _org_from_keyword(text, m.end(), _NESTED)
            if q and q > 0 and text.startswith(")", q):
                end = q + 1
                unit = False
                continue
        m = _PAREN_ABBREV.match(text, end)
        if m:
            q = _qualifier_at(text, _after_gap(text, m.end()), depth)
            if q:
                end = q
                continue
        # "Cục Quản trị, Văn phòng Chính phủ": a unit and the body it belongs to
        m = _COMMA.match(text, end)
        if m and depth == 0 and unit:
            q = _match(_parent_re(), text, m.end())
            if q:
                q2 = _org_from_keyword(text, m.end(), depth + 1)
                if q2 and q2 > 0 and not _role_re().match(text, m.end()):
                    end = q2
                    unit = False
                    continue
        if m and depth == 0 and unit:
            # "nhà máy Saint-Gobain, Hải Phòng,": the place of a unit, closed by a comma or stop
            q = _match(_province_re(), text, m.end())
            if q and _CLAUSE_END.match(text, q):
                end = q
                unit = False
                continue
        pos = _after_gap(text, end)
        if pos is None:
            break
        if not countries and _match(_country_re(), text, pos) and not _match(_province_re(), text, pos):
            break  # "UBND | Mỹ Châu": a commune, not the United States
        q = _qualifier_at(text, pos, depth, whole)
        if not q:
            break
        end = q
    return end


def _qualifier_at(text: str, pos: Optional[int], depth: int, whole: bool = False) -> Optional[int]:
    if pos is None:
        return None
    for fn in (lambda: _match(_qualifier_re(), text, pos),
               lambda: _locality(text, pos, need_name=True),
               lambda: _match(_province_re(), text, pos),
               lambda: _match(_country_re(), text, pos)):
        end = fn()
        if end:
            return end
    if text.startswith("của", pos):
        p2 = _after_gap(text, pos + 3)
        if p2 is not None:
            kw_end = _match(_keyword_re(), text, p2)  # "của Tập đoàn FLC", "của trường"
            if kw_end and not whole:
                end = _org_from_keyword(text, p2, depth + 1)
                return end if end and end > 0 else kw_end
            fixed_end = _match(_fixed_re(), text, p2)  # "Ủy ban Quân lực của Thượng viện"
            if fixed_end and text[p2].isupper():
                return fixed_end
            country_end = _match(_country_re(), text, p2)  # "Hiệp hội Thú y của Mỹ"
            if country_end and not _match(_province_re(), text, p2):
                return country_end
    if depth < 2:
        end = _match(_fixed_re(), text, pos)
        if end:
            return end
        w = _word(text, pos)
        if w and text[w[0]].isupper():
            end = _org_from_keyword(text, pos, depth + 1)
            return end if end and end > 0 else None
    return None


def _org_from_keyword(text: str, pos: int, depth: int = 0) -> Optional[int]:
    """An organisation introduced by an organisation word at ``pos``: "UBND tỉnh X", "Bộ Y tế";
    -1 for a generic use ("UBND các cấp"). The name after the word is read by the reader of the
    word's style (data/organizations.tsv), then the places and bodies that close it."""
    kw_end = _match(_keyword_re(), text, pos)
    if not kw_end:
        return None
    keyword = text[pos:kw_end]
    row = _keywords()[keyword]
    style = row["style"]
    name_pos = _after_gap(text, kw_end)
    end = _STYLE_READERS.get(style, _open_body)(text, keyword, kw_end, name_pos, depth, row.get("need") == "1")
    if end is None or end == -1 or style == "branch":
        return end  # (a branch's reader closes its name itself)
    if keyword[0].islower() and end == kw_end:
        return None
    if depth > 3:
        return end
    return _qualifiers(text, end, depth, unit=keyword in _units(), countries=style not in ("admin", "province"))


def _province_body(text: str, keyword: str, kw_end: int, name_pos: Optional[int], depth: int,
                   need: bool) -> Optional[int]:
    """ "Tỉnh ủy Bình Dương", "Thành ủy": a place, or the word alone."""
    return _locality(text, name_pos, need_name=True) or _place_name(text, name_pos) or kw_end


def _admin_body(text: str, keyword: str, kw_end: int, name_pos: Optional[int], depth: int,
                need: bool) -> Optional[int]:
    """ "UBND tỉnh X", "UBND Hà Nội", "UBND": a place or unit, or the word alone; -1 when a
    generic word follows ("UBND các cấp")."""
    if _generic_after(text, kw_end):
        return -1
    end = (_locality(text, name_pos) or _match(_province_re(), text, name_pos)
           or _match(_qualifier_re(), text, name_pos) or _place_name(text, name_pos) or kw_end)
    if end != kw_end and _generic_after(text, end):
        return -1
    return end


def _ministry_body(text: str, keyword: str, kw_end: int, name_pos: Optional[int], depth: int,
                   need: bool) -> Optional[int]:
    """ "Bộ Y tế" (data/ministries.txt), or a capitalised name ("Bộ Ngoại giao Nhật Bản")."""
    end = _match(_ministry_re(), text, name_pos)
    if not end and name_pos is not None:
        w = _word(text, name_pos)
        if w and text[w[0]].isupper():
            end = _open_name(text, name_pos, keyword, allow_lower_first=False, depth=depth)
    return end or None


def _branch_body(text: str, keyword: str, kw_end: int, name_pos: Optional[int], depth: int,
                 need: bool) -> Optional[int]:
    """ "chi nhánh phía Nam", "Chi nhánh Hà Nội": a qualifier, place or name, closed here."""
    end = (_match(_qualifier_re(), text, name_pos) or _locality(text, name_pos, need_name=True)
           or _match(_province_re(), text, name_pos))
    if not end and name_pos is not None:
        w = _word(text, name_pos)
        if w and text[w[0]].isupper() and not _person_starts(text, w[0]):
            end = _open_name(text, name_pos, keyword, allow_lower_first=False, depth=depth)
    if not end:
        return None
    return _qualifiers(text, end, depth)


def _number_body(text: str, keyword: str, kw_end: int, name_pos: Optional[int], depth: int,
                 need: bool) -> Optional[int]:
    """ "Sư đoàn 3", "Quân đoàn IV", or a name."""
    w = _word(text, name_pos) if name_pos is not None else None
    if w and (text[w[0]].isdigit() or regex.fullmatch(r"[IVXL]{1,5}", text[w[0]:w[1]])):
        return w[1]
    if keyword == "Đoàn":
        return None
    return _open_name(text, name_pos, keyword, allow_lower_first=False, depth=depth) or None


def _open_body(text: str, keyword: str, kw_end: int, name_pos: Optional[int], depth: int,
               need: bool) -> Optional[int]:
    """ "Công ty X", "Ban giám khảo", "lực lượng vũ trang hoàng gia Campuchia": a name of
    capitalised words, or lower-case words after a capitalised organisation word, or lower-case
    words that a place closes; the word alone unless it needs a name."""
    if keyword in ("Trường", "trường") and not _match(_school_re(), text, name_pos):
        return None  # "Tổng Bí thư Trường Chinh" is a person
    end = None
    w = _word(text, name_pos) if name_pos is not None else None
    if w and text[w[0]].isdigit() and keyword[0].islower() and keyword not in _written_forms():
        pass  # "giáo viên chủ nhiệm khối | 6": a lower-cased organisation word needs a name
    elif w and (text[w[0]].isupper() or text[w[0]].isdigit()):
        end = _open_name(text, name_pos, keyword, depth=depth)
    elif w and not keyword[0].islower() and text[w[0]:w[1]] not in _stops():
        end = _open_name(text, name_pos, keyword, depth=depth)  # "Ban giám khảo", "Ban chỉ đạo"
    elif w and text[w[0]:w[1]] not in _stops():
        # "lực lượng vũ trang hoàng gia Campuchia": lower-case words that a place closes
        read = _open_name(text, name_pos, keyword, depth=depth)
        end = read if read and name_pos is not None and _closed_by_place(text, name_pos, read) else None
    if not end and not need:
        end = kw_end
    return end or None


def _country_body(text: str, keyword: str, kw_end: int, name_pos: Optional[int], depth: int,
                  need: bool) -> Optional[int]:
    """ "Hải quân Mỹ", "quân đội Indonesia", "Hải quân": a country may follow, never a name (a
    foreign officer's name follows these words: "Tư lệnh hải quân | Yudo Margono")."""
    return _match(_country_re(), text, name_pos) or kw_end


_STYLE_READERS = {"province": _province_body, "admin": _admin_body, "ministry": _ministry_body,
                  "branch": _branch_body, "number": _number_body, "open": _open_body,
                  "country": _country_body}


def _of_body(text: str, pos: int) -> Optional[int]:
    """Where the body begins after "của" at ``pos`` ("Phó tổng giám đốc của Tập đoàn FLC",
    "giám đốc của VCPMC miền Bắc"): an organisation word, an abbreviation or a country; else None."""
    p2 = _after_gap(text, pos + 3)
    w2 = _word(text, p2) if p2 is not None else None
    if p2 is None or not w2 or _match(_locality_re(), text, p2) or not (
            _match(_keyword_re(), text, p2) or _is_abbrev(text[w2[0]:w2[1]]) or _match(_country_re(), text, p2)):
        return None
    return p2


_AT_PLACE = regex.compile(r"[ ](?:tại|ở)[ ]")
_AND_PLACE = regex.compile(r"[ ]và[ ]")


def _place_end(text: str, pos: int) -> Optional[int]:
    end = _match(_country_re(), text, pos) or _match(_province_re(), text, pos)
    if end:
        return end
    place = gazetteer.place_at(text, pos) if text[pos:pos + 1].isupper() else None
    return place[0] if place else None


def post_place_end(text: str, end: int) -> int:
    """The end of the place that identifies a post abroad or a company's office, written "tại|ở
    <place> (và <place>)" after its body ("Đại sứ Séc ở Moscow", "Giám đốc Điều hành Google tại
    Đông Nam Á và Ấn Độ": FORMAT v1.2), else ``end``. Places: countries, provinces and the
    gazetteer's places (cities, regions)."""
    m = _AT_PLACE.match(text, end)
    if not m:
        return end
    e = _place_end(text, m.end())
    if not e:
        return end
    m = _AND_PLACE.match(text, e)
    if m:
        e2 = _place_end(text, m.end())
        if e2:
            e = e2
    return e


def _organization(text: str, pos: Optional[int], head: str, org_kind: str,
                  unit: bool = False) -> Tuple[Optional[int], Optional[int]]:
    """(org_start, org_end) of the organisation starting at ``pos`` after a position head, or
    (None, None); org_end -1 marks a generic use ("Chủ tịch UBND các cấp")."""
    if pos is None or pos >= len(text):
        return None, None
    org_start = pos
    if text.startswith("của ", pos):
        p2 = _of_body(text, pos)
        if p2 is None:
            return None, None
        org_start = p2
    w = _word(text, org_start)
    if not w:
        return None, None
    word = text[w[0]:w[1]]
    head_cf = head.casefold()
    # "nước" in "Chủ tịch nước"
    if org_kind == "state" and word == "nước":
        return org_start, w[1]
    if org_kind == "country":
        end = _match(_country_re(), text, org_start)
        return (org_start, end) if end else (None, None)
    end = _match(_fixed_re(), text, org_start)
    if end:
        # "Trung ương" alone is a qualifier: after "Bí thư"/"Ủy viên" it is the organisation
        return org_start, _qualifiers(text, end, whole=True)
    if head_cf.endswith("hiệu trưởng") and word in ("trường", "Trường"):
        # "Hiệu trưởng trường Sen Vàng": after a principal, "trường" and a name is the school
        name_pos = _after_gap(text, w[1])
        if name_pos is not None and text[name_pos].isupper() and not _person_starts(text, name_pos) \
                and not _match(_school_re(), text, name_pos):  # (a school type is read as any body)
            end = _open_name(text, name_pos, "", allow_lower_first=False)
            if end:
                return org_start, _qualifiers(text, end)
    if _match(_keyword_re(), text, org_start):
        end = _org_from_keyword(text, org_start)
        if end == -1:
            return org_start, -1
        if end:
            return org_start, end
    if org_kind == "keyword":
        end = _locality(text, org_start, need_name=True)  # "Trưởng thôn Bình An 2"
        return (org_start, end) if end else (None, None)
    if head_cf in ("bộ trưởng", "thứ trưởng"):
        end = _match(_ministry_re(), text, org_start) or _match(_ministry_lower_re(), text, org_start)
        if end:
            return org_start, _qualifiers(text, end)
    end = _match(_country_re(), text, org_start)
    if end:
        return org_start, post_place_end(text, end)  # "Đại sứ Việt Nam tại Liên bang Nga"
    end = _locality(text, org_start, need_name=True)
    if not end:
        end = _match(_province_re(), text, org_start)
        if end and text[org_start:end] in _word_set("title_not_places"):
            end = None
    if end:
        return org_start, _qualifiers(text, end)
    if _is_abbrev(word) and not _match(_province_re(), text, org_start):
        end = w[1]
        nxt = _next_word(text, end)
        while nxt and _is_abbrev(text[nxt[0]:nxt[1]]) and nxt[1] - w[0] < 40:
            end = nxt[1]
            nxt = _next_word(text, end)
        return org_start, _qualifiers(text, end)
    if org_kind == "open" and head.casefold().startswith("trưởng ") and word[0].islower() and word not in _stops() \
            and not _match(_locality_re(), text, org_start):
        # "Trưởng khoa hóa chất Bệnh viện K", "Trưởng phòng vật tư"
        end = _open_name(text, org_start, "", allow_lower_first=True)
        if end:
            return org_start, _qualifiers(text, end, unit=unit)
    if org_kind == "open" and (word[0].isupper() or word[0].isdigit()) and not _person_starts(text, org_start) \
            and word not in _honorifics():
        # "Trưởng Ban Tổ chức Trung ương", "Vụ trưởng Trang thiết bị và Công trình y tế"
        end = _open_name(text, org_start, "", allow_lower_first=False)
        if end:
            return org_start, _qualifiers(text, end, unit=unit)
    return None, None


_LIST_WORDS = frozenset(("và", "vừa"))
_NEVER_INSIDE = frozenset(("kiêm", "là", "làm", "nói"))
# the shape of one Vietnamese syllable (initial, vowels, final): a capitalised word of another
# shape is a foreign word ("Robert", "Kalinak", "Powell")
_SYLLABLE = regex.compile(
    r"(?i)(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}"
    r"(?:ch|ng|nh|[cmnpt])?")  # "Hiệp hội Doanh nghiệp nhỏ và vừa"
_CAP_WORDS = regex.compile(r"(?:[ ]\p{Lu}[\p{Ll}\-]{0,12}){1,4}")
_CLEAN_AFTER = regex.compile(r"[ ]?[,.;:()\-–]|[ ]\p{Lu}|$")


def parent_body_end(text: str, org_start: int, end: int, limit: int) -> int:
    """The end of the body a unit at ``org_start`` belongs to, written after it with a spaced dash
    ("Cơ quan Cảnh sát điều tra - Công an huyện X"), read no further than ``limit``; else ``end``.
    The unit and its parent are organisation words of data/organizations.tsv (part_of, parent).
    (A comma is no such sign here: "của Văn phòng Chính phủ, Bộ Công Thương" lists two issuers.)"""
    m = _DASH_IN_NAME.match(text, end)
    if not m or m.end() >= limit:
        return end
    kw_end = _match(_keyword_re(), text, org_start)
    if not kw_end or text[org_start:kw_end] not in _units() or not _match(_parent_re(), text, m.end()):
        return end
    if _role_re().match(text, m.end()):
        return end
    parent = _org_from_keyword(text, m.end(), 1)
    return parent if parent and end < parent <= limit else end


def prefer_extent(text: str, org_start: int, end: int) -> int:
    """The end of the organisation at ``org_start``: this module's reading, or the one of
    ``organizations.org_extent`` where that one reads a name this grammar cuts short ("Hiệp hội
    Doanh nghiệp nhỏ và vừa Hà Nội", "Ban quản lý dự án đầu tư xây dựng huyện") or stops before a
    foreign person's name this grammar swallows ("Cục Dự trữ Liên bang Mỹ | Jerome Powell")."""
    if not _may_differ(text, org_start, end):
        return end
    other = org_extent(text, org_start)
    if not other or other == end:
        return end
    if other > end:
        words = [(w.start(), w.end()) for w in _WORD.finditer(text, org_start, other)]
        first = sum(1 for w in words if w[1] <= end)
        place_end = None
        for k in range(max(first, 1), len(words)):
            ws, we = words[k]
            w, prev = text[ws:we], text[words[k - 1][0]:words[k - 1][1]]
            if w in _stops() and w not in _LIST_WORDS and (k == len(words) - 1 or not (
                    prev[:1].isupper() and not _is_abbrev(prev))):
                return end  # a verb after the name: "Bộ Y tế | khẳng định", "Sở TN-MT | giao"
            if w[:1].isupper() and (_person_starts(text, ws) or (place_end is not None and ws > place_end)):
                return end  # "Thành ủy | Nguyễn Thiện Nhân", "Bộ Ngoại giao Liên Xô | Alexander ..."
            if w[:1].isupper() and not _SYLLABLE.fullmatch(w) and not _is_abbrev(w) and not (
                    place_end is not None and ws < place_end) and not _match(_country_re(), text, ws):
                return end  # a word that is no Vietnamese syllable: "Bộ Nội vụ | Robert Kalinak", "| Uy Sovannarith"
            if w[:1].islower() and _closed_by_place(text, org_start, words[k - 1][1], countries=False):
                return end  # "CLB Đà Nẵng | thực hiện": a place closes the name
            if w in _NEVER_INSIDE:
                return end
            if w[:1].islower() and ((_is_abbrev(prev) and not _match(_locality_re(), text, ws))
                                    or (_match(_keyword_re(), text, ws) and not prev[:1].isupper())):
                return end  # "Sở TN-MT | giao", "Hội đồng quản trị | công ty"
            place_end = _match(_country_re(), text, ws) or _match(_province_re(), text, ws) or place_end
        if _CLEAN_AFTER.match(text, other):
            return other
        nxt = _next_word(text, other)
        last, prev = text[words[-1][0]:words[-1][1]], text[words[-2][0]:words[-2][1]] if len(words) > 1 else ""
        if nxt and text[nxt[0]:nxt[1]] in _stops() and (
                last[:1].isupper() or (prev[:1].isupper() and not _is_abbrev(prev))):
            return other  # "Vụ Pháp chế | cho ông ..."
        return end  # the other reading stops inside a name
    rest = text[other:end].split()
    if rest and rest[0][:1].islower() and _closed_by_place(text, org_start, other):
        return other  # "Viện Huyết học và Truyền máu Trung ương | giải thích", "Viện Tim mạch quốc gia | gởi gắm"
    m = _CAP_WORDS.fullmatch(text, other, end)
    if m and len(rest) >= 2 and not any(_SYLLABLE.fullmatch(w) for w in rest) \
            and not _match(_keyword_re(), text, other + 1) and not _match(_province_re(), text, other + 1) \
            and not _match(_country_re(), text, other + 1) and not _match(_qualifier_re(), text, other + 1):
        return other
    return end


def _may_differ(text: str, start: int, end: int) -> bool:
    """Cheap test before asking the organisations' reader: can its reading be taken here? A longer
    one needs a next word that is no verb or function word ("và" aside); a shorter one, a name
    ending in a lower-case word or in two words that are no Vietnamese syllables."""
    if end < len(text) and (text[end].isalnum() or text[end] in "-&"):
        return True  # this grammar stopped inside a word: "Sở VH-TT | -DL"
    if text.startswith(". ", end) and text[text.rfind(" ", start, end) + 1:end].isupper():
        return True  # an abbreviation's dot: "Trường Đại học Bách khoa TP. | Hồ Chí Minh"
    if _DASH_IN_NAME.match(text, end):
        return True  # a name joined by a dash: "tỉnh Bà Rịa | – Vũng Tàu"
    nxt = _next_word(text, end)
    if nxt:
        word = text[nxt[0]:nxt[1]]
        if word[:1].isupper():
            # a person's name or an honorific after the name ends both readings
            if word not in _honorifics() and not _person_starts(text, nxt[0]):
                return True
        elif word not in _stops() or word in _LIST_WORDS or (
                text[text.rfind(" ", start, end) + 1:end][:1].isupper()):
            return True  # a lower-case word, or the syllable of a compound ("Tình | báo")
    last = text.rfind(" ", start, end)
    if last < 0:
        return False
    tail = text[last + 1:end]
    if tail[:1].islower():
        return True
    before = text.rfind(" ", start, last)
    prev = text[before + 1:last] if before >= 0 else ""
    return bool(prev) and prev[:1].isupper() and not _SYLLABLE.fullmatch(tail) and not _SYLLABLE.fullmatch(prev)


def _closed_by_place(text: str, start: int, end: int, countries: bool = True) -> bool:
    """Whether the name [start, end) ends with a qualifier or a place ("Trung ương", "quốc gia",
    "Việt Nam", "tỉnh X"): a name so closed goes on with no lower-case word. ``countries``: a
    country counts too (not where it may be a syllable of a compound: "Vụ Pháp | chế")."""
    starts = [w.start() for w in _WORD.finditer(text, start, end)][-3:]
    for pos in starts:
        places = (_qualifier_re(), _country_re(), _province_re()) if countries else (_qualifier_re(), _province_re())
        for rx in places:
            if _match(rx, text, pos) == end:
                return True
    return False


@lru_cache(maxsize=1)
def _company_heads():
    return tuple(h for h, row in _heads().items() if row.get("company") == "1")


def takes_company_name(role: str) -> bool:
    """Whether a capitalised name right after this role may be its organisation ("Giám đốc Viettel")."""
    role = role.casefold()
    return any(role.endswith(h) or role.endswith(h + " điều hành") for h in _company_heads())


@lru_cache(maxsize=1)
def _foreign_heads():
    return tuple(h for h, row in _heads().items() if row.get("foreign") == "1")


def is_foreign_role(role: str) -> bool:
    """Whether this role is an office abroad ("Tổng thống", "Ngoại trưởng", "Thị trưởng" ...)."""
    role = role.casefold()
    return any(role.endswith(h) for h in _foreign_heads())


# --- the recogniser -----------------------------------------------------------------------

def _plural_before(text: str, start: int) -> bool:
    prev = _prev_word(text, start)
    if not prev:
        return False
    if prev.casefold() in _plural_cues() or prev.isdigit():  # "15 tổng thống Mỹ khác"
        return True
    if prev != "vị" and prev != "ngài":
        return False  # (what the pattern below needs right before the role)
    # "các vị chủ tịch" (but "các đồng chí Ủy viên Bộ Chính trị: A, B" lists office holders)
    m = _PLURAL_HONORIFIC.search(text, max(0, start - 24), start)
    return m is not None and m.group(1).casefold() in _plural_cues()


def _role_start(text: str, m, start: int) -> Tuple[int, bool]:
    """(where the role begins, whether its "before" modifier is left out): "chính quyền Tổng
    thống Bush" is an administration, not an acting president."""
    if m.group("pre") and m.group("pre").strip().casefold() == "quyền" and \
            _CHINH.search(text, max(0, start - 8), start):
        return (m.start("dep") if m.group("dep") else m.start("head")), True
    return start, False


def find_titles(text: str):
    """Yield (start, end, fields, confirmed, (role_end, org_start, org_end)) for every title
    candidate of ``text``; ``confirmed`` is False for candidates that count only with a holder
    next to them."""
    heads = _heads()
    block_before, block_after = _blockers()
    block_ends = _blocker_ends()
    after_any = block_after.get("", frozenset())
    last_end = 0
    for m in _role_matches(text):
        start = m.start("pre") if m.group("pre") else (m.start("dep") if m.group("dep") else m.start("head"))
        if start < last_end:
            continue
        start, pre_override = _role_start(text, m, start)
        head_text = m.group("head")
        row = heads[head_text.casefold()]
        role_end = m.end()
        first = text[start]
        # (the pattern of the words before is tried only where the text ends with one of them)
        if text.endswith(block_ends, 0, start) and block_before.search(text, max(0, start - 16), start):
            continue
        nxt = _next_word(text, role_end)
        if nxt and ((word_after := text[nxt[0]:nxt[1]]) in after_any
                    or word_after in block_after.get(row["head"].casefold(), ())):
            continue
        plural = _plural_before(text, m.start())
        if plural and not text[start].isupper():
            continue
        alt = _ALT_ROLE.match(text, role_end)
        if alt and _role_re().fullmatch(alt.group(1)):
            role_end = alt.end()  # "Tổng giám đốc (Giám đốc) tổ chức tín dụng"
        org_kind = row["org"]
        words = head_text.split()
        if (len(words) > 1 and row["head"].split()[-1][0].islower() and words[-1][0].isupper()
                and words[-1] in _keywords() and not m.group("suf")):
            # "Trưởng Phòng GD-ĐT": role "Trưởng", organisation "Phòng GD-ĐT"
            role_end = m.start("head") + len(head_text) - len(words[-1])
            while text[role_end - 1] == " ":
                role_end -= 1
            org_kind = "keyword"
        split = org_kind == "keyword" and row["org"] != "keyword"
        org_start, org_end = _organization(text, _after_gap(text, role_end), row["head"], org_kind,
                                           unit=row.get("shares") == "1")
        if org_start is not None and org_end and org_end > 0 and row.get("shares") == "1" and not m.group("suf") \
                and role_end <= m.end("head"):
            # "Trưởng Ban Tổ chức Trung ương": the type word belongs to the role and the body
            type_start = m.start("head") + len(head_text) - len(head_text.split(" ", 1)[-1].lstrip())
            type_word = text[type_start:m.end("head")].casefold()
            if not split and text[org_start:org_start + len(type_word)].casefold() == type_word:
                type_start = org_start  # "Trưởng phòng Phòng, chống tệ nạn": the body's own word
            if split:
                role_end = m.end("head")
            org_start = type_start
        if org_start is not None and org_end and org_end > 0:
            org_end = prefer_extent(text, org_start, org_end)
        if org_end == -1:
            last_end = role_end
            continue
        if plural and not (org_end and _match(_fixed_re(), text, org_start) == org_end):
            # "các bộ trưởng", "các Giám đốc Sở" are generic; "các Phó Thủ tướng Chính phủ" names
            # the holders of one body's offices
            continue
        end = org_end if org_end else role_end
        pre = "" if pre_override else (m.group("pre") or "").strip().casefold()
        former = bool(m.group("out")) or _modifiers().get(pre, {}).get("flag") == "former"
        acting = _modifiers().get(pre, {}).get("flag") == "acting"
        fields = dict(role=text[start:role_end],
                      organization=text[org_start:org_end] if org_end else None,
                      former=former, acting=acting)
        if org_end:
            confirmed = True
        elif row["bare"] == "1" and (first.isupper() or m.group("out") or former):
            confirmed = True
        elif row["bare"] == "org":
            continue
        else:
            confirmed = False
        last_end = end
        yield start, end, fields, confirmed, (role_end, org_start if org_end else None, org_end)


def _written(doc, start: int, end: int) -> str:
    """The original text of the normalised span [start, end): fields are "as written" (see
    docs/kinds/titles.md), so an en dash ("Thừa Thiên – Huế") or old tone placement stays as the article
    has it."""
    if doc.norm is None:
        return doc.text[start:end]
    ostart, oend = doc.norm.span(start, end)
    return doc.original[ostart:oend]


# --- named rules ----------------------------------------------------------------------------
# Which rule of the grammar above made a title, told from the title it made (asked only when
# the document is explained, so reading stays as fast as before).

RULES = (
    "title word + organisation word + name",  # "Giám đốc Sở Y tế tỉnh X", "Chủ tịch UBND tỉnh X"
    "title word shared with its body",  # "Trưởng Ban Tổ chức Trung ương"
    "title word + known body",  # "Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội"
    "title word + của + organisation",  # "giám đốc của Tập đoàn FLC"
    "title word + country",  # "Tổng thống Mỹ", "Đại sứ Việt Nam tại Nga"
    "title word + place",  # "Chủ tịch tỉnh Quảng Nam", "Bí thư Hà Nội"
    "title word + acronym",  # "Chủ tịch VFF", "Tổng giám đốc EVN"
    "title word + name",  # "Vụ trưởng Trang thiết bị", "Trưởng khoa hóa chất"
    "title word alone",  # "Thủ tướng nhấn mạnh", "Chủ tịch nước"
    "title word awaiting a holder",  # "đại biểu Nguyễn Thị A": kept only with a holder (linking)
)


def rule_of(text: str, start: int, role_end: int, org_start: Optional[int], org_end: Optional[int],
            confirmed: bool = True) -> Tuple[str, dict]:
    """(rule name, evidence) of the title [start, ...) with role [start, role_end) and organisation
    [org_start, org_end) (normalised offsets)."""
    role = text[start:role_end]
    head = _role_re().match(text, start)
    evidence = {"cue": head.group("head") if head else role}
    if not confirmed:
        return "title word awaiting a holder", evidence
    if org_start is None or org_end is None:
        return "title word alone", evidence
    org = text[org_start:org_end]
    evidence["organization"] = org
    if org_start < role_end:
        return "title word shared with its body", evidence
    if text.endswith("của ", 0, org_start) or text.endswith("của", 0, org_start - 1):
        return "title word + của + organisation", evidence
    fixed = _match(_fixed_re(), text, org_start)
    if fixed:
        evidence["entry"] = text[org_start:fixed]
        return "title word + known body", evidence
    keyword = _match(_keyword_re(), text, org_start)
    if keyword:
        evidence["organisation word"] = text[org_start:keyword]
        return "title word + organisation word + name", evidence
    if _match(_country_re(), text, org_start):
        return "title word + country", evidence
    if _locality(text, org_start, need_name=True) or _match(_province_re(), text, org_start) or org == "nước":
        return "title word + place", evidence
    if _is_abbrev(text[org_start:org_end].split(" ")[0]):
        return "title word + acronym", evidence
    return "title word + name", evidence


def recognize(doc) -> None:
    titles = doc.results["titles"]
    pending = doc.title_candidates
    text = doc.text
    for start, end, fields, confirmed, (role_end, org_start, org_end) in find_titles(text):
        fields["role"] = _written(doc, start, role_end)
        if org_end:
            fields["organization"] = _written(doc, org_start, org_end)
        record = doc.make(Title, start, end, **fields)
        (titles if confirmed else pending).append(record)
        if doc.explaining:
            rule, evidence = rule_of(text, start, role_end, org_start, org_end, confirmed)
            doc.why(record, rule, **evidence)
