"""Organisations: names led by an organisation word ("Bộ Y tế", "UBND tỉnh Bình Dương", "Công ty
CP Gang thép Thái Nguyên"), their acronyms in brackets, and names known on their own (acronyms
and names from data/org_names.tsv).

``org_extent(text, pos)`` is the reader other components use for organisation boundaries: it
reads word by word, left to right, in a bounded loop (no recursion), and stops at a verb or
function word, at a person's name, or after the places that close a name ("... Liên bang Mỹ |
Jerome Powell"). The span of a name excludes a bracketed acronym after it ("Cơ quan Tình báo
Trung ương (CIA)" is the organisation "Cơ quan Tình báo Trung ương" with acronym "CIA", and
"CIA" is a second mention), as the conventions in docs/kinds-organizations-locations.md say.
"""
import bisect
import re
from functools import lru_cache
from typing import Dict, List, NamedTuple, Optional, Tuple

import regex

from . import gazetteer, lexicon
from .records import Organization
from .text import literal_scan

KIND = "organizations"
SPANS = "_organization_spans"  # doc.results key: sorted normalised (start, end) of the records

_MAX_WORDS = 16  # words of a name after its organisation word
_MAX_LOWER_RUN = 8  # lower-case words in a row ("Ban quản lý dự án đầu tư xây dựng huyện")
_MAX_QUALIFIERS = 4

_WORD = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{N}&+]|[.\-'’](?=[\p{L}\p{N}])){0,40}")
_ACRONYM = regex.compile(r"(?:\p{Lu}[\p{Lu}\p{N}&]{1,9}|\p{Lu}{1,3}-\p{Lu}{1,4})(?![\p{L}\p{N}])")
_BRACKET = regex.compile(r" ?\((\p{Lu}[\p{L}\p{N}&+.\-]{1,15}(?: [\p{L}\p{N}&+.\-]{1,15}){0,2})\)")
_TEAM = regex.compile(r"(?:U|Olympic U)\d{2}(?![\p{L}\p{N}])")
_ROMAN = regex.compile(r"[IVXLC]{1,6}")


class Reading(NamedTuple):
    end: int  # end of the name (a bracketed acronym after it is not inside)
    type: Optional[str]
    acronym: Optional[str]
    acronym_span: Optional[Tuple[int, int]]


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


def _index(names) -> Dict[str, Tuple[str, ...]]:
    index: Dict[str, List[str]] = {}
    for name in names:
        index.setdefault(name.split(" ", 1)[0], []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


@lru_cache(maxsize=1)
def _type_index():
    return _index(_types())


@lru_cache(maxsize=1)
def _names() -> Dict[str, Dict[str, str]]:
    """Organisations known by name alone (acronyms, companies, clubs) -> row."""
    return {row["name"]: row for row in lexicon.table("org_names")}


@lru_cache(maxsize=1)
def _name_index():
    return _index(_names())


@lru_cache(maxsize=1)
def _stops() -> frozenset:
    return lexicon.word_set("org_stops")


@lru_cache(maxsize=1)
def _phrase_index():
    return _index(list(lexicon.words("org_phrases")) + list(lexicon.words("title_org_bigrams")))


@lru_cache(maxsize=1)
def _qualifier_index():
    return _index(lexicon.words("org_qualifiers"))


@lru_cache(maxsize=1)
def _not_acronyms() -> frozenset:
    return lexicon.word_set("org_not_acronyms")


@lru_cache(maxsize=1)
def _surnames() -> frozenset:
    return lexicon.word_set("surnames") | lexicon.word_set("title_surnames")


@lru_cache(maxsize=1)
def _person_openers() -> frozenset:
    return lexicon.word_set("title_honorifics")


@lru_cache(maxsize=1)
def _role_index():
    """Position words ("Bộ trưởng", "Giám đốc") in their capitalised form: a name stops before one."""
    heads = set()
    for row in lexicon.table("titles"):
        head = row["head"]
        heads.add(head[:1].upper() + head[1:])
    return _index(heads)


@lru_cache(maxsize=1)
def _scan() -> "re.Pattern":
    """Where an organisation may begin: its organisation words and known names."""
    return literal_scan(list(_types()) + list(_names()))


# --- words -----------------------------------------------------------------------------------

def _word(text: str, pos: int) -> Optional[Tuple[int, int]]:
    m = _WORD.match(text, pos)
    return (pos, m.end()) if m else None


def _gap(text: str, pos: int) -> Optional[int]:
    """The position after 1-3 plain spaces at ``pos``, or None."""
    n = len(text)
    i = pos
    while i < n and i - pos < 3 and text[i] == " ":
        i += 1
    return i if i > pos and i < n else None


def _lookup(index, text: str, pos: int) -> Optional[int]:
    """End of the longest entry of ``index`` written at ``pos`` as whole words."""
    w = _word(text, pos)
    if not w:
        return None
    first = text[w[0]:w[1]]
    candidates = index.get(first)
    if candidates is None:
        return None
    n = len(text)
    for entry in candidates:
        if text.startswith(entry, pos):
            end = pos + len(entry)
            if end >= n or not text[end].isalnum():
                return end
    return None


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and sum(1 for c in word if c.isupper()) >= 2 and not any(c.islower() for c in word[1:2])


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
    if gazetteer.place_at(text, pos) or gazetteer.district_at(text, pos):
        return False
    g = _gap(text, w[1])
    nxt = _word(text, g) if g is not None else None
    return bool(nxt) and text[nxt[0]].isupper() and not _is_acronym(text[nxt[0]:nxt[1]])


def place_name_end(text: str, pos: Optional[int]) -> Optional[int]:
    """End of a place's name at ``pos``: a known place or district, a number ("quận 1"), or a
    short capitalised run that does not read like a person's name."""
    if pos is None or pos >= len(text):
        return None
    hit = gazetteer.place_at(text, pos)
    dist = gazetteer.district_at(text, pos)
    ends = [h[0] for h in (hit, dist) if h]
    if ends:
        return max(ends)
    w = _word(text, pos)
    if not w:
        return None
    if text[pos].isdigit():
        return w[1]
    if not text[pos].isupper() or _person_starts(text, pos):
        return None
    end = w[1]
    for _ in range(3):  # up to 4 capitalised words
        g = _gap(text, end)
        nxt = _word(text, g) if g is not None else None
        if not nxt or not text[nxt[0]].isupper() or _is_acronym(text[nxt[0]:nxt[1]]):
            break
        if _lookup(_type_index(), text, nxt[0]) or gazetteer.unit_at(text, nxt[0]):
            break
        end = nxt[1]
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
    return place_name_end(text, name_pos)


# --- the reader ------------------------------------------------------------------------------

def _qualifier(text: str, pos: Optional[int]) -> Optional[int]:
    """End of what may close an organisation name at ``pos``: "Trung ương", "tỉnh X", a place."""
    if pos is None or pos >= len(text):
        return None
    end = _lookup(_qualifier_index(), text, pos)
    if end:
        return end
    end = locality_end(text, pos)
    if end:
        return end
    if text[pos].isupper():
        hit = gazetteer.place_at(text, pos)
        dist = gazetteer.district_at(text, pos)
        ends = [h[0] for h in (hit, dist) if h]
        if ends:
            return max(ends)
    return None


def _bracket(text: str, end: int) -> Optional[Tuple[int, int, int]]:
    """(match end, acronym start, acronym end) of " (ABC)" at ``end`` naming the organisation."""
    m = _BRACKET.match(text, end)
    if not m:
        return None
    inner = m.group(1)
    if gazetteer.place_at(text, m.start(1)) and gazetteer.place_at(text, m.start(1))[0] == m.end(1):
        return None  # "Viện Đại học Cambridge (Anh)": a place, not a short name
    if " " in inner and not all(_is_cap(w) for w in inner.split(" ")):
        return None
    return m.end(), m.start(1), m.end(1)


def _read_body(text: str, pos: Optional[int], lowered: bool, descriptive: bool, named: bool = False) -> Optional[int]:
    """End of the name words after an organisation word (None when there are none).

    Capitalised words, numbers and abbreviations belong to the name; a lower-case word right
    after a capitalised one is the rest of its word ("Y tế", "Đào tạo"); longer lower-case runs
    belong to it only when a capitalised word or a place follows ("Hiệp hội Doanh nghiệp nhỏ và
    vừa Hà Nội"), or, after a descriptive organisation word, from the start ("Ban quản lý dự án").
    ``named``: the organisation word already names the body ("Trung tâm Y tế | dự phòng").
    A verb or function word, a person's name or a place ends the name (places are read by
    ``_close``)."""
    if pos is None:
        return None
    end: Optional[int] = None
    pending: Optional[int] = None  # end of lower-case words read but not yet known to belong
    cap_seen = named
    lower_run = 0
    count = 0
    cur: Optional[int] = pos
    while cur is not None and count < _MAX_WORDS:
        w = _word(text, cur)
        if not w:
            break
        word = text[w[0]:w[1]]
        count += 1
        if word[0].isupper() or word[0].isdigit():
            if cap_seen or end is not None:
                if _person_starts(text, w[0]):
                    break
                if _qualifier(text, w[0]):
                    if pending is not None:
                        end = pending
                    break  # the places after a name are read by _close
            elif word in _person_openers():
                break
            if _lookup(_role_index(), text, w[0]):
                break  # "Bộ | Bộ trưởng ...", "Bộ Y tế | Thứ trưởng ..."
            end = w[1]
            pending = None
            cap_seen = True
            lower_run = 0
        else:
            if lowered and end is None:
                return None  # "công ty này": a lower-case organisation word needs a name
            phrase_end = _lookup(_phrase_index(), text, w[0])
            if phrase_end:
                w = (w[0], phrase_end)
            elif word in _stops():
                break
            elif locality_end(text, w[0]):
                if pending is not None:
                    end = pending
                break  # "Phòng Giáo dục | quận Hai Bà Trưng": read as a qualifier
            lower_run += 1
            if lower_run > _MAX_LOWER_RUN:
                break
            if phrase_end and (cap_seen or descriptive):
                end = w[1]
                pending = None
            elif not cap_seen:
                if not descriptive:
                    return None  # "Bộ trưởng", "Hội nghị": not a name
                end = w[1]  # "Ban quản lý dự án đầu tư xây dựng huyện"
            elif lower_run == 1 and pending is None:
                end = w[1]  # "Y tế", "Đào tạo", "Tình báo"
            else:
                pending = w[1]
        after = w[1]
        # joiners inside a name: "Đài Phát thanh - Truyền hình", "GD&ĐT", "và"
        if text.startswith(" - ", after) or text.startswith(" & ", after):
            nxt = _word(text, after + 3)
            if nxt and text[nxt[0]].isupper() and end == after and not _person_starts(text, nxt[0]) \
                    and not _qualifier(text, nxt[0]):
                cur = nxt[0]
                continue
            break
        if text.startswith(" và ", after):
            nxt_pos = _gap(text, after + 3)
            nxt = _word(text, nxt_pos) if nxt_pos is not None else None
            if nxt and (end == after or pending == after) and text[nxt[0]].isupper() \
                    and not _person_starts(text, nxt[0]) and not _qualifier(text, nxt[0]):
                if pending is not None:
                    end = pending
                    pending = None
                cur = nxt[0]
                lower_run = 0
                continue
        cur = _gap(text, after)
    return end


def read(text: str, start: int) -> Optional[Reading]:
    """The organisation whose name begins at ``start``, or None."""
    if start < 0 or start >= len(text) or (start > 0 and text[start - 1].isalnum()):
        return None
    team = _TEAM.match(text, start)
    if team:
        g = _gap(text, team.end())
        end = place_name_end(text, g) if g is not None else None
        return Reading(end, "team", None, None) if end else None
    kw_end = _lookup(_type_index(), text, start)
    if kw_end is None:
        name_end = _lookup(_name_index(), text, start)
        if name_end is None:
            return None
        row = _names()[text[start:name_end]]
        reading = _close(text, name_end, row.get("type") or None, True)
        if reading.acronym is None and _ACRONYM.fullmatch(text, start, name_end):
            reading = reading._replace(acronym=text[start:name_end])
        return reading
    row = _types()[text[start:kw_end]]
    style = row["style"]
    lowered = row.get("lowered") == "1"
    name_pos = _gap(text, kw_end)
    if style == "alone":
        return _close(text, kw_end, row["type"], True)
    if style == "admin":
        end = _qualifier(text, name_pos)
        if end is not None:
            return _close(text, end, row["type"], True)
    end = _read_body(text, name_pos, lowered, row.get("desc") == "1" and not lowered,
                     named=style == "admin" and kw_end - start > 8 and " " in text[start:kw_end])
    if end is None:
        # the organisation word and a place only: "Sở Tư pháp" is read above; "Bộ Nga" is not a name
        return None
    return _close(text, end, row["type"], True)


def _close(text: str, end: int, org_type: Optional[str], places: bool) -> Reading:
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
    return Reading(end, org_type, acronym, acronym_span)


def org_extent(text: str, start: int) -> Optional[int]:
    """End offset of the (outermost) organisation name that begins at ``start`` in the normalised
    text, or None: "UBND tỉnh Bình Dương", "Cục Dự trữ Liên bang Mỹ" (not a person after it)."""
    reading = read(text, start)
    return reading.end if reading else None


# --- standalone acronyms ---------------------------------------------------------------------

def _acronym_org(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    if word in _not_acronyms() or _ROMAN.fullmatch(word) or any(c.isdigit() for c in word):
        return False
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


# --- the component ---------------------------------------------------------------------------

def find(text: str) -> List[Tuple[int, int, Reading]]:
    """Organisation spans (start, end, reading) of a normalised text, in order, not overlapping."""
    found: List[Tuple[int, int, Reading]] = []
    last = 0
    candidates = []
    for m in _scan().finditer(text):
        candidates.append(m.start())
    for m in _ACRONYM.finditer(text):
        candidates.append(m.start())
    for m in _TEAM.finditer(text):
        candidates.append(m.start())
    candidates.sort()
    for start in candidates:
        if start < last:
            continue
        reading = read(text, start)
        if reading is None:
            m = _ACRONYM.match(text, start)
            if m and (start == 0 or not text[start - 1].isalnum()) and _acronym_org(text, start, m.end()):
                reading = Reading(m.end(), None, text[start:m.end()], None)
            else:
                continue
        found.append((start, reading.end, reading))
        last = reading.end
        if reading.acronym_span and reading.acronym_span[0] >= reading.end:
            a0, a1 = reading.acronym_span
            found.append((a0, a1, Reading(a1, reading.type, text[a0:a1], None)))
            last = max(last, a1)
    return found


def recognize(doc) -> None:
    text = doc.text
    records = doc.results[KIND]
    spans = []
    for start, end, reading in find(text):
        name = text[start:end]
        acronym = reading.acronym if reading.acronym else (name if _ACRONYM.fullmatch(name) else None)
        records.append(doc.make(Organization, start, end, name=name, acronym=acronym, type=reading.type))
        spans.append((start, end))
    doc.results[SPANS] = spans


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
        """A span that shares a character with [start, end), or None."""
        i = bisect.bisect_left(self._starts, end) - 1
        while i >= 0:
            s, e = self.spans[i]
            if e > start:
                return self.spans[i]
            if e <= start:
                break
            i -= 1
        return None

    def __len__(self) -> int:
        return len(self.spans)


def spans(doc) -> SpanIndex:
    """The normalised spans of the organisations found on ``doc`` (empty before the component ran)."""
    return SpanIndex(doc.results.get(SPANS, ()))
