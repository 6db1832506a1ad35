"""Places the library knows by name: Vietnam's provinces and districts, countries, foreign cities
and states, regions and seas, and the words that name a kind of place ("tỉnh", "sông", "quận").

One place for these facts (data/provinces.tsv, loc_*.tsv, title_places.txt), loaded once through
``lexicon``. Lookups are literal and positional: ``place_at(text, pos)`` gives the longest known
place name written at ``pos`` (whole words), in time bounded by the few names that share its
first word.
"""
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from . import lexicon

VIETNAM = "Việt Nam"


@dataclass(frozen=True)
class Place:
    """What a written place name stands for."""
    name: str  # the name as listed ("Hồ Chí Minh" for "TP.HCM")
    type: str  # province | city | district | country | territory | state | region | continent | sea | island
    province: Optional[str] = None  # the Vietnamese province it lies in (or is)
    country: Optional[str] = None


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


@lru_cache(maxsize=1)
def provinces() -> Dict[str, str]:
    """Every written form of a province or centrally-run city (names, variants, former
    provinces) -> the province's name."""
    forms: Dict[str, str] = {}
    for row in lexicon.table("provinces"):
        forms[row["name"]] = row["name"]
        for variant in row.get("variants", "").split(";"):
            if variant.strip():
                forms[variant.strip()] = row["name"]
    for name in lexicon.words("title_places"):
        forms.setdefault(name, name)
    return forms


@lru_cache(maxsize=1)
def province_kinds() -> Dict[str, str]:
    return {row["name"]: ("city" if row["kind"] == "thành phố" else "province") for row in lexicon.table("provinces")}


@lru_cache(maxsize=1)
def districts() -> Dict[str, Tuple[Tuple[str, str], ...]]:
    """District name -> ((unit, province), ...): several provinces may have a district of one name."""
    found: Dict[str, List[Tuple[str, str]]] = {}
    for row in lexicon.table("loc_districts"):
        found.setdefault(row["name"], []).append((row["unit"], row["province"]))
    return {name: tuple(units) for name, units in found.items()}


def district_province(name: str) -> Optional[str]:
    """The province of a district name, when only one province has a district of that name."""
    units = districts().get(name)
    if not units:
        return None
    provinces_of = {province for _, province in units}
    return next(iter(provinces_of)) if len(provinces_of) == 1 else None


@lru_cache(maxsize=1)
def countries() -> Dict[str, Place]:
    return {row["name"]: Place(row["country"], row["kind"], None, row["country"]) for row in lexicon.table("loc_countries")}


@lru_cache(maxsize=1)
def unit_words() -> Dict[str, Dict[str, str]]:
    """Place-kind words ("tỉnh", "TP.", "sông") -> their row of data/loc_units.tsv."""
    return {row["form"]: row for row in lexicon.table("loc_units")}


@lru_cache(maxsize=1)
def places() -> Dict[str, Place]:
    """Every known place name (as written) -> Place. Districts are not here (see districts())."""
    known: Dict[str, Place] = {}
    for row in lexicon.table("loc_regions"):
        country = row.get("country") or None
        known[row["name"]] = Place(row["name"], row["kind"], None, country)
    for row in lexicon.table("loc_foreign_places"):
        known[row["name"]] = Place(row["name"], row["kind"], None, row["country"])
    known.update(countries())
    kinds = province_kinds()
    for form, province in provinces().items():
        known[form] = Place(province, kinds.get(province, "province"), province if province in kinds else None, VIETNAM)
    return known


def _index(names) -> Dict[str, Tuple[str, ...]]:
    """First word -> the names starting with it, longest first."""
    index: Dict[str, List[str]] = {}
    for name in names:
        first = name.split(" ", 1)[0]
        index.setdefault(first, []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


@lru_cache(maxsize=1)
def _place_index() -> Dict[str, Tuple[str, ...]]:
    return _index(places())


@lru_cache(maxsize=1)
def _district_index() -> Dict[str, Tuple[str, ...]]:
    return _index(districts())


@lru_cache(maxsize=1)
def _unit_index() -> Dict[str, Tuple[str, ...]]:
    return _index(unit_words())


def _first_word_end(text: str, pos: int) -> int:
    end = pos
    n = len(text)
    while end < n and text[end] != " " and end - pos < 40:
        end += 1
    return end


def _lookup(index: Dict[str, Tuple[str, ...]], text: str, pos: int, glued: bool = False) -> Optional[str]:
    """The longest name of ``index`` written at ``pos`` and ending at a word boundary."""
    if pos >= len(text):
        return None
    first = text[pos:_first_word_end(text, pos)]
    # the first word may carry punctuation ("Nội,", "TP.HCM."): try it, without what ends it,
    # then its letters only
    candidates = index.get(first)
    if candidates is None:
        j = len(first)
        while j > 0 and not first[j - 1].isalnum():
            j -= 1
        candidates = index.get(first[:j])
    if candidates is None:
        i = 0
        while i < len(first) and (first[i].isalnum() or first[i] in "-'’"):
            i += 1
        candidates = index.get(first[:i])
        if candidates is None and glued and "." in first:
            candidates = index.get(first[:first.index(".") + 1])
        if candidates is None:
            return None
    n = len(text)
    for name in candidates:
        if text.startswith(name, pos):
            end = pos + len(name)
            if end >= n or not _is_word_char(text[end]) or (glued and name.endswith(".")):
                return name
    return None


def place_at(text: str, pos: int) -> Optional[Tuple[int, Place]]:
    """(end, Place) of the longest known place name (not a district) written at ``pos``."""
    name = _lookup(_place_index(), text, pos)
    if name is None:
        return None
    return pos + len(name), places()[name]


def district_at(text: str, pos: int) -> Optional[Tuple[int, str]]:
    """(end, name) of a district name written at ``pos``."""
    name = _lookup(_district_index(), text, pos)
    return (pos + len(name), name) if name else None


def unit_at(text: str, pos: int) -> Optional[Tuple[int, Dict[str, str]]]:
    """(end, row) of a place-kind word at ``pos`` ("tỉnh", "TP.", "quần đảo")."""
    name = _lookup(_unit_index(), text, pos, glued=True)
    if name is None:
        return None
    return pos + len(name), unit_words()[name]


def resolve(name: str, unit_type: Optional[str] = None) -> Place:
    """What a place name (written after a unit word of ``unit_type``, or alone) stands for."""
    place = places().get(name)
    if place is not None and (unit_type in (None, "province", "city", "state", "region", "island", "sea")
                              or place.type in ("province", "city")):
        return place
    if unit_type in ("district", None):
        province = district_province(name)
        if province:
            return Place(name, "district", province, VIETNAM)
    return Place(name, unit_type or "place", None, None)
