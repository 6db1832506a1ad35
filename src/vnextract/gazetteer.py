"""Places and family names the library knows: Vietnam's provinces and districts, countries, foreign
cities and states, regions and seas, the words that name a kind of place ("tỉnh", "sông", "quận"),
and the family names every component uses.

One place for these facts (data/gazetteer/, data/locations/loc_*.tsv, title_places.txt), loaded
once through ``lexicon``; every component asks here rather than reading the files itself:
``surnames(group)``, ``province_names()``, ``province_forms()``, ``country_names()``,
``place_names()``, and for the locations recogniser ``places()``, ``districts()``, ``place_at()``.
Lookups are literal and positional: ``place_at(text, pos)`` gives the longest known
place name written at ``pos`` (whole words), in time bounded by the few names that share its
first word.
"""
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Tuple

from . import lexicon
from .text import literal_scan

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


#: the groups of data/gazetteer/surnames.tsv (what each is for is said in the file's header)
SURNAME_GROUPS = ("vietnamese", "rare", "legal", "title", "east_asian")


@lru_cache(maxsize=None)
def surnames(group: str) -> FrozenSet[str]:
    """The family names of one group: "vietnamese" (every Vietnamese family name the people
    recogniser knows), "rare" (those that are also common words or start place names), "legal"
    (a signer's name cut off an issuer), "title" (a name that ends an organisation's name),
    "east_asian" (romanised Korean and Chinese family names)."""
    if group not in SURNAME_GROUPS:
        raise ValueError(f"unknown surname group {group!r}; groups are: {', '.join(SURNAME_GROUPS)}")
    return frozenset(row["surname"] for row in lexicon.table("surnames") if group in row["groups"].split(";"))


@lru_cache(maxsize=1)
def province_names() -> Tuple[str, ...]:
    """The names of Vietnam's provinces and centrally-run cities, present and former (file order)."""
    return tuple(row["name"] for row in lexicon.table("provinces"))


@lru_cache(maxsize=1)
def province_forms() -> Tuple[str, ...]:
    """Each province's name followed by its written variants ("TP.HCM", "Sài Gòn"), in file order."""
    forms: List[str] = []
    for row in lexicon.table("provinces"):
        forms.append(row["name"])
        forms.extend(v.strip() for v in (row.get("variants") or "").split(";") if v.strip())
    return tuple(forms)


@lru_cache(maxsize=1)
def country_names() -> Tuple[str, ...]:
    """Country names as Vietnamese text writes them ("Mỹ", "Hoa Kỳ", "Trung Quốc"), file order."""
    return lexicon.words("countries")


@lru_cache(maxsize=1)
def country_set() -> FrozenSet[str]:
    """``country_names()`` as a set."""
    return frozenset(country_names())


@lru_cache(maxsize=1)
def place_names() -> Tuple[str, ...]:
    """Other place names a person's name must not be read from ("Hội An", "Sa Pa"), file order."""
    return lexicon.words("places")


@lru_cache(maxsize=1)
def foreign_place_names() -> Tuple[str, ...]:
    """Foreign cities, states and regions (``loc_foreign_places.tsv``), file order."""
    return tuple(row["name"] for row in lexicon.table("loc_foreign_places"))


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
    for row in lexicon.table("loc_province_variants"):
        forms[row["variant"]] = row["province"]
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


def district_provinces(name: str, unit: Optional[str] = None) -> Tuple[str, ...]:
    """The provinces that have a district of this name (of this unit word: "quận", "huyện",
    "thị xã", "thành phố", when given and it narrows them)."""
    units = districts().get(name, ())
    found = tuple(dict.fromkeys(p for u, p in units if unit is None or u == unit))
    return found or tuple(dict.fromkeys(p for _, p in units))


def district_province(name: str, unit: Optional[str] = None, context=()) -> Optional[str]:
    """The province of a district name, when only one province has a district of that name (of
    that unit word), or only one of them is among the provinces named in ``context``."""
    found = district_provinces(name, unit)
    if len(found) == 1:
        return found[0]
    among = [p for p in found if p in context]
    return among[0] if len(among) == 1 else None


@lru_cache(maxsize=1)
def countries() -> Dict[str, Place]:
    return {row["name"]: Place(row["country"], row["kind"], None, row["country"])
            for row in lexicon.table("loc_countries")}


@lru_cache(maxsize=1)
def unit_words() -> Dict[str, Dict[str, str]]:
    """Place-kind words ("tỉnh", "TP.", "sông") -> their row of data/gazetteer/loc_units.tsv."""
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


def matcher(names, glued: bool = False) -> "re.Pattern":
    """A pattern matching, at a position, the longest of ``names`` that ends at a word boundary
    (with ``glued``, a name ending in "." may be followed by a letter: "TP.HCM"). A literal trie
    (``text.literal_scan``): one C-level match instead of a loop over the names."""
    tail = r"(?:(?<=\.)|(?![^\W_]))" if glued else r"(?![^\W_])"
    return re.compile("(?:" + literal_scan(list(names)).pattern + ")" + tail)


@lru_cache(maxsize=1)
def _place_index() -> "re.Pattern":
    return matcher(places())


@lru_cache(maxsize=1)
def _district_index() -> "re.Pattern":
    return matcher(districts())


@lru_cache(maxsize=1)
def _unit_index() -> "re.Pattern":
    return matcher(unit_words(), glued=True)


def _lookup(index: "re.Pattern", text: str, pos: int) -> Optional[str]:
    """The longest name of ``index`` written at ``pos`` and ending at a word boundary."""
    m = index.match(text, pos)
    return m.group() if m else None


def place_at(text: str, pos: int) -> Optional[Tuple[int, Place]]:
    """(end, Place) of the longest known place name (not a district) written at ``pos``."""
    m = _place_index().match(text, pos)
    if m is None:
        return None
    return m.end(), places()[m.group()]


def district_at(text: str, pos: int) -> Optional[Tuple[int, str]]:
    """(end, name) of a district name written at ``pos``."""
    m = _district_index().match(text, pos)
    return (m.end(), m.group()) if m else None


def unit_at(text: str, pos: int) -> Optional[Tuple[int, Dict[str, str]]]:
    """(end, row) of a place-kind word at ``pos`` ("tỉnh", "TP.", "quần đảo")."""
    m = _unit_index().match(text, pos)
    if m is None:
        return None
    return m.end(), unit_words()[m.group()]


def resolve(name: str, unit_type: Optional[str] = None, unit: Optional[str] = None, context=()) -> Place:
    """What a place name (written after a unit word ``unit`` of ``unit_type``, or alone) stands
    for; ``context``: provinces named elsewhere in the text, to choose among districts of one name."""
    if unit_type in ("river", "lake", "street", "place", "mountain", "area"):
        return Place(name, unit_type, None, None)  # "sông Sài Gòn" is no city
    place = places().get(name)
    if place is not None and (unit_type in (None, "province", "city", "state", "region", "island", "sea")
                              or place.type in ("province", "city")):
        return place
    if unit_type in ("district", None):
        province = district_province(name, unit.lower() if unit else None, context)
        if province:
            return Place(name, "district", province, VIETNAM)
    return Place(name, unit_type or "place", None, None)
