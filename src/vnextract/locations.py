"""Locations: places written with their unit word ("tỉnh Nghệ An", "TP.HCM", "quận 1", "sông
Hồng") and known place names on their own ("Hà Nội", "Nga", "Bắc Kinh", "châu Âu").

A place inside an organisation's name ("UBND tỉnh Bình Dương") is part of the organisation, not a
location of its own (outermost spans; see docs/kinds/organizations-locations.md), so this
component runs after ``organizations``. A Vietnamese place is resolved to its province where the
gazetteer knows it, a foreign one to its country.
"""
import re
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from . import gazetteer, lexicon, organizations
from .records import Location

KIND = "locations"

_CAP = re.compile(r"(?<![^\W_])[A-ZÀ-ÝĐƠƯẠ-Ỹ]")
_UNIT_NAME_TYPES_ANY = ("street", "place", "river", "lake", "sea", "mountain", "island", "area", "state")


@lru_cache(maxsize=1)
def _ambiguous() -> frozenset:
    return lexicon.word_set("loc_ambiguous")


@lru_cache(maxsize=1)
def _pronouns() -> frozenset:
    return lexicon.word_set("loc_pronouns")


@lru_cache(maxsize=1)
def _function_words() -> frozenset:
    return lexicon.word_set("org_stops")


@lru_cache(maxsize=1)
def _not_before() -> frozenset:
    return lexicon.word_set("loc_not_before")


@lru_cache(maxsize=1)
def _unit_qualifiers() -> Tuple[str, ...]:
    return tuple(lexicon.words("loc_unit_qualifiers"))


@lru_cache(maxsize=1)
def _person_cues() -> frozenset:
    return lexicon.word_set("loc_person_cues")


def _prev_word(text: str, pos: int) -> Tuple[str, bool]:
    """(the word before ``pos``, whether only spaces separate it from ``pos``)."""
    i = pos
    while i > 0 and text[i - 1] == " ":
        i -= 1
    spaces_only = i < pos
    j = i
    while j > 0 and text[j - 1].isalnum() and i - j < 30:
        j -= 1
    return text[j:i], spaces_only and i > j


def _next_word(text: str, end: int) -> str:
    g = organizations._gap(text, end)
    if g is None:
        return ""
    w = organizations._word(text, g)
    return text[w[0]:w[1]] if w else ""


def _sentence_start(text: str, pos: int) -> bool:
    i = pos
    while i > 0 and text[i - 1] == " ":
        i -= 1
    return i == 0 or text[i - 1] in "\n.!?:\"“'‘(-–"


def _name_after_unit(text: str, pos: int, unit_type: str, unit: str = "") -> Optional[int]:
    """End of the name after a unit word: a known place, a number, or a capitalised run (for
    streets, rivers, stadiums any capitalised run: "đường Phan Đình Phùng")."""
    if unit_type in _UNIT_NAME_TYPES_ANY:
        end = organizations.place_name_end(text, pos, prefer_run=True)  # "cao tốc Pháp Vân"
        if end is None and text[pos].isupper():
            w = organizations._word(text, pos)
            if w is None:
                return None
            end = w[1]
            for _ in range(3):
                g = organizations._gap(text, end)
                nxt = organizations._word(text, g) if g is not None else None
                if not nxt or not text[nxt[0]].isupper():
                    break
                end = nxt[1]
        return end
    return organizations.place_name_end(text, pos, prefer_run=unit_type in ("commune", "village"), unit=unit)


_UNIT_FORMS = {"tx": "thị xã", "tx.": "thị xã", "tp": "thành phố", "tp.": "thành phố"}


def _unit_location(text: str, pos: int) -> Optional[Tuple[int, str, str, Optional[str]]]:
    """(end, name, type, unit word) of "<unit word> <name>" at ``pos``."""
    unit = gazetteer.unit_at(text, pos)
    if not unit:
        return None
    end, row = unit
    glued = row.get("glued") == "1" and end < len(text) and text[end].isalnum()
    name_pos = end if glued else organizations._gap(text, end)
    if name_pos is None or name_pos >= len(text):
        return None
    ch = text[name_pos]
    if ch.isdigit():
        if row.get("number") != "1":
            return None
        w = organizations._word(text, name_pos)
        return (w[1], text[name_pos:w[1]], row["type"], row["form"]) if w else None
    for q in _unit_qualifiers():  # "Sân vận động Quốc gia | Mỹ Đình"
        if text.startswith(q, name_pos):
            after = organizations._gap(text, name_pos + len(q))
            if after is not None and after < len(text) and text[after].isupper():
                name_pos, ch = after, text[after]
            break
    if not ch.isupper():
        return None
    if organizations._lookup(organizations._role_index(), text, name_pos):
        return None  # "yêu cầu | Hiệu trưởng"
    w = organizations._word(text, name_pos)
    if w and organizations._is_acronym(text[w[0]:w[1]]) and row["type"] not in ("street", "place") \
            and not gazetteer.place_at(text, name_pos):
        return None  # "hoạt động BĐD" (but "TP. HCM")
    if row["type"] == "village" and w and ((text[w[0]:w[1]].isascii() and w[1] - w[0] > 3
                                            and not gazetteer.place_at(text, name_pos))
                                           or gazetteer.countries().get(
                                               text[name_pos:(gazetteer.place_at(text, name_pos) or (0,))[0]])):
        return None  # "bản Prometheus", "bản Trung Quốc": a version or a copy, not a village
    name_end = _name_after_unit(text, name_pos, row["type"], row["form"])
    if name_end is None:
        return None
    return name_end, text[name_pos:name_end], row["type"], row["form"]


def _known_location(text: str, pos: int) -> Optional[Tuple[int, str, gazetteer.Place]]:
    """(end, name, Place) of a known place name on its own at ``pos``."""
    hit = gazetteer.place_at(text, pos)
    dist = None if hit else gazetteer.district_at(text, pos)
    if hit:
        end, place = hit
    elif dist:
        end, name = dist
        place = gazetteer.resolve(name, "district")
    else:
        return None
    name = text[pos:end]
    prev, joined = _prev_word(text, pos)
    prev_start = pos
    while prev_start > 0 and text[prev_start - 1] == " ":
        prev_start -= 1
    prev_start -= len(prev)
    if joined and prev[:1].isupper() and not organizations._is_acronym(prev) \
            and not gazetteer.place_at(text, prev_start) \
            and not (_sentence_start(text, prev_start) and prev.lower() in _function_words()):
        return None  # inside a longer capitalised run: "Nguyễn Bình Dương", "Tuấn Anh", "Lan Anh"
    if joined and prev in _not_before() and place.type in ("country", "territory"):
        return None  # a nationality or a language: "người Nga", "tiếng Anh"
    if dist or name in _ambiguous():
        nxt = _next_word(text, end)
        # a capitalised Vietnamese word after it: "Anh Tuấn", "Mỹ Linh" (not "Mỹ Donald Trump")
        next_cap = bool(nxt) and nxt[0].isupper() and not (nxt.isascii() and not organizations._is_acronym(nxt))
        if next_cap and not gazetteer.place_at(text, organizations._gap(text, end) or 0):
            return None  # "Anh Tuấn", "Đức Anh"
        if prev.casefold() in _person_cues() and joined:
            return None  # "bà Nga", "anh Đức"
        if name in _pronouns() and _sentence_start(text, pos) and not (pos > 0 and text[pos - 1] == "("):
            return None  # "Anh cho biết ..."
    return end, name, place


def find(text: str, blocked=None, hits=None) -> List[Tuple[int, int, str, str, Optional[str], Optional[str]]]:
    """Location spans (start, end, name, type, province, country) of a normalised text, in order,
    not overlapping, and outside the spans of ``blocked`` (a SpanIndex of organisations).
    ``hits``: the text's entity scan (``organizations.scan``), when already made."""
    scanner = organizations._scanner()
    if hits is None:
        hits = scanner.find(text)
    place, unit = scanner.place, scanner.unit
    candidates = [start for start, entry in hits if entry in place or entry in unit]
    found = []
    last = 0
    for pos in candidates:
        if pos < last or (pos > 0 and text[pos - 1].isalnum()):
            continue
        if blocked is not None and blocked.overlapping(pos, pos + 1):
            continue  # inside an organisation's name: whatever is read here would overlap it
        unit = _unit_location(text, pos)
        if text[pos].isupper():
            known = _known_location(text, pos)
        else:  # "châu Âu", "miền Trung", "biển Đông"
            hit = gazetteer.place_at(text, pos)
            known = (hit[0], text[pos:hit[0]], hit[1]) if hit else None
        if known and unit and unit[0] > known[0]:
            known = None
        if known:
            end, name, place = known
            record = (pos, end, name, place.type, place.province, place.country)
        elif unit:
            end, name, unit_type, form = unit
            form = _UNIT_FORMS.get(form.lower(), form.lower())
            place = gazetteer.resolve(name, unit_type, form)
            loc_type = unit_type
            record = (pos, end, name, loc_type, place.province, place.country)
        else:
            continue
        if blocked is not None and blocked.overlapping(pos, end):
            continue
        found.append(record)
        last = end
    # a district name several provinces have: the province named elsewhere in the text
    context = {record[4] for record in found if record[4]}
    for i, record in enumerate(found):
        if record[3] == "district" and record[4] is None and context:
            start, end = record[0], record[1]
            form = text[start:end - len(record[2])].strip().lower()
            province = gazetteer.district_province(record[2], _UNIT_FORMS.get(form, form) or None, context)
            if province:
                found[i] = record[:4] + (province, gazetteer.VIETNAM)
    return found


# --- named rules ------------------------------------------------------------------------------
# Which rule made a location, told from what was read (asked only when the document is explained).

RULES = (
    "administrative unit + place name",  # "tỉnh Nghệ An", "quận 1", "phường Trần Hưng Đạo"
    "place-kind word + name",  # "sông Hồng", "đường Phan Đình Phùng", "cao tốc Pháp Vân"
    "known place name",  # "Hà Nội", "Nga", "châu Âu" (the gazetteer)
)
_ADMIN_TYPES = ("province", "city", "district", "commune", "village", "state", "area")


def rule_of(text: str, start: int, end: int, name: str) -> Tuple[str, Dict[str, str]]:
    """(rule name, evidence) of the location [start, end) named ``name``."""
    unit = gazetteer.unit_at(text, start)
    if unit and start + len(text[start:end]) - len(name) >= unit[0]:
        evidence = {"unit word": text[start:unit[0]], "name": name}
        if unit[1].get("type") in _ADMIN_TYPES:
            return "administrative unit + place name", evidence
        return "place-kind word + name", evidence
    return "known place name", {"entry": name}


def recognize(doc) -> None:
    records = doc.results[KIND]
    spans = []
    text = doc.text
    for start, end, name, loc_type, province, country in find(text, organizations.spans(doc), organizations.scan(doc)):
        record = doc.make(Location, start, end, name=name, type=loc_type, province=province, country=country)
        records.append(record)
        spans.append((start, end))
        if doc.explaining:
            rule, evidence = rule_of(text, start, end, name)
            if province:
                evidence["province"] = province
            doc.why(record, rule, **evidence)
    doc.location_spans = spans


def spans(doc) -> organizations.SpanIndex:
    """The normalised spans of the locations found on ``doc`` (empty before the component ran)."""
    return organizations.SpanIndex(doc.location_spans or ())
