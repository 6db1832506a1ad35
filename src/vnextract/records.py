"""Typed results: one dataclass per kind of mention, and the Extraction that holds them.

Every mention carries ``text``, ``start`` and ``end`` with ``text == original[start:end]`` on the
caller's original string. Records round-trip exactly through ``to_dict``/``to_json``/``from_json``.
(No ``from __future__ import annotations`` here: dataclasses-json needs real types.)
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from dataclasses_json import DataClassJsonMixin


def __getattr__(name: str):
    # ``records.KINDS``: the names of the kinds, described once in ``vnextract.kinds``
    if name == "KINDS":
        from .kinds import names
        return names()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _kind_names():
    from .kinds import names
    return names()


class Record(DataClassJsonMixin):
    """Base of every record: ``to_json()`` writes Vietnamese as it is (``"Ngày"``, not
    ``"Ng\\u00e0y"``), like the command line; pass ``ensure_ascii=True`` for ASCII-only JSON."""

    def to_json(self, *, ensure_ascii: bool = False, **kwargs) -> str:
        return super().to_json(ensure_ascii=ensure_ascii, **kwargs)


@dataclass
class Mention(Record):
    text: str
    start: int
    end: int


@dataclass
class DateMention(Mention):
    """A calendar expression. ``value`` is ISO 8601 style: "2013-06-13", "XXXX-09-24" (year not
    written), "2013-06", "2013", "2017-Q1", or a range "START/END"; null when it cannot be stated."""
    value: Optional[str] = None
    part_of_day: Optional[str] = None  # morning | noon | afternoon | evening | night
    granularity: Optional[str] = None  # day | month | quarter | year | range
    time: Optional[str] = None  # "14:30" when a clock time is attached
    weekday: Optional[int] = None  # ISO weekday 1 (Monday) .. 7 (Sunday) when written
    modifier: Optional[str] = None  # early | mid | late | first_half ...
    calendar: str = "gregorian"  # or "lunar"
    relative: bool = False  # resolved from an expression relative to the document date
    year_inferred: bool = False  # the year came from doc_date, not from the text
    resolved: Optional[str] = None  # value with every XXXX filled from doc_date, when given


@dataclass
class Provision(Record):
    article: Optional[str] = None  # Điều
    clause: Optional[str] = None  # khoản
    point: Optional[str] = None  # điểm


@dataclass
class LegalRef(Mention):
    """A citation of one legal, Party or administrative document."""
    doc_type: Optional[str] = None
    number: Optional[str] = None
    symbol: Optional[str] = None
    name: Optional[str] = None
    issued: Optional[str] = None
    issuer: Optional[str] = None
    type_code: Optional[str] = None  # NQ, NĐ, QĐ ... from the symbol
    issuer_codes: List[str] = field(default_factory=list)  # ["TW"], ["BTP", "BTC"]
    year: Optional[int] = None
    legislature: Optional[int] = None  # QH13 -> 13
    term: Optional[str] = None  # "XI" from "(khóa XI)"
    subject: Optional[str] = None  # the "về ..." clause
    alias: Optional[str] = None  # from "(gọi tắt là ...)"
    refers_to: Optional[int] = None  # index in Extraction.legal_refs of the full citation
    provision: Optional[Provision] = None


@dataclass
class Person(Mention):
    name: str = ""
    canonical: Optional[str] = None  # the full name this (partial) mention refers to
    honorific: Optional[str] = None  # ông, bà, đồng chí ...
    role: Optional[str] = None  # byline role: "author", "photo" ...


@dataclass
class Title(Mention):
    role: str = ""
    organization: Optional[str] = None
    holder: Optional[str] = None  # the name stated next to the title
    resolved_holder: Optional[str] = None  # holder found earlier in the text for a bare title
    former: bool = False  # nguyên, cố
    acting: bool = False  # Quyền


@dataclass
class RecipientCount(Record):
    count: int
    unit: str


@dataclass
class Award(Mention):
    award: str = ""
    issuer: Optional[str] = None
    recipients: List[RecipientCount] = field(default_factory=list)
    recipient_names: List[str] = field(default_factory=list)
    reason: Optional[str] = None
    posthumous: bool = False
    prize_money: Optional[str] = None


@dataclass
class Organization(Mention):
    """A named organisation: "Bộ Y tế", "UBND tỉnh Bình Dương", "Cơ quan Tình báo Trung ương"."""
    name: str = ""  # the name as written, without a bracketed acronym
    acronym: Optional[str] = None  # "CIA" from "Cơ quan Tình báo Trung ương (CIA)", or the name itself when it is one
    # ministry | government | party | police | court | military | company | bank | school ...
    type: Optional[str] = None


@dataclass
class Location(Mention):
    """A named place: "tỉnh Nghệ An", "Hà Nội", "sông Hồng", "Moscow"."""
    name: str = ""  # the place's name without its unit word ("Nghệ An" for "tỉnh Nghệ An")
    type: Optional[str] = None  # province | city | district | commune | village | country | state | region | river ...
    province: Optional[str] = None  # the Vietnamese province it is (or lies in), when known
    country: Optional[str] = None  # the country it is (or lies in), when known


@dataclass
class PersonEntry(Record):
    """One person of the text, grouped: canonical name, every mention, every title held."""
    canonical: str
    mentions: List[Person] = field(default_factory=list)
    titles: List[Title] = field(default_factory=list)


@dataclass
class Explanation(Record):
    """Why a mention was found: the named ``rule`` of its recogniser that made it, and the
    ``evidence`` it relied on (cue word, list entry, context ...). ``rule`` is the component's name
    and ``evidence`` empty where the recogniser does not (yet) name its rules."""
    kind: str
    text: str
    start: int
    end: int
    rule: str
    evidence: Dict[str, str] = field(default_factory=dict)


@dataclass
class Extraction(Record):
    """Every mention of one text, one list per kind (the kinds are described in ``vnextract.kinds``;
    a test checks these fields against them)."""
    dates: List[DateMention] = field(default_factory=list)
    legal_refs: List[LegalRef] = field(default_factory=list)
    people: List[Person] = field(default_factory=list)
    titles: List[Title] = field(default_factory=list)
    awards: List[Award] = field(default_factory=list)
    doc_date: Optional[str] = None
    organizations: List[Organization] = field(default_factory=list)
    locations: List[Location] = field(default_factory=list)

    @property
    def resolutions(self) -> List[LegalRef]:
        """The legal references whose type is Nghị quyết (resolution)."""
        return [ref for ref in self.legal_refs if ref.doc_type and ref.doc_type.casefold().startswith("nghị quyết")]

    @property
    def persons(self) -> List[PersonEntry]:
        """One entry per person (by canonical name), with its mentions and the titles held."""
        entries: Dict[str, PersonEntry] = {}
        for person in self.people:
            key = person.canonical or person.name
            entries.setdefault(key, PersonEntry(canonical=key)).mentions.append(person)
        for title in self.titles:
            holder = title.holder or title.resolved_holder
            if not holder:
                continue
            entry = entries.get(holder)
            if entry is None:
                # a stated holder may be a partial name ("ông Cành"): find its canonical entry
                for person in self.people:
                    if person.name == holder and person.canonical in entries:
                        entry = entries[person.canonical]
                        break
            if entry is not None:
                entry.titles.append(title)
        return list(entries.values())

    def mentions(self):
        """Every mention of every kind as (kind, mention), in text order."""
        items = [(kind, m) for kind in _kind_names() for m in getattr(self, kind, ())]
        return sorted(items, key=lambda item: (item[1].start, item[1].end))

    def __len__(self) -> int:
        return sum(len(getattr(self, kind, ())) for kind in _kind_names())

    def explain(self, mention: Mention) -> Explanation:
        """The rule and evidence that made ``mention`` (one of this extraction's mentions); needs
        ``extract(text, explain=True)``. A ValueError otherwise, or for a mention not in it."""
        explanations = self.__dict__.get("_explanations")
        if explanations is None:
            raise ValueError("this Extraction was made without explain=True: use extract(text, explain=True)")
        found = explanations.get(id(mention))
        if found is not None and found[0] is mention:
            return found[1]
        # after a pickle (pipe() with worker processes) the ids differ: index the mentions anew, once
        rebuilt = {id(candidate): (candidate, explanation) for candidate, explanation in explanations.values()}
        if rebuilt.keys() != explanations.keys():
            self.__dict__["_explanations"] = rebuilt
            found = rebuilt.get(id(mention))
            if found is not None and found[0] is mention:
                return found[1]
        for kind, candidate in self.mentions():  # a mention added after extraction: the fallback
            if candidate is mention:
                return _fallback(kind, mention)
        raise ValueError(f"{mention!r} is not a mention of this Extraction")

    def explanations(self) -> List[Explanation]:
        """``explain()`` of every mention, in text order (``[e.to_dict() for e in ...]`` is JSON)."""
        return [self.explain(mention) for _, mention in self.mentions()]

    @property
    def source(self) -> Optional[str]:
        """The text this extraction was made from (kept in memory, not serialised), or None."""
        return self.__dict__.get("_source")

    def _repr_html_(self) -> Optional[str]:
        """Jupyter shows the text with every mention highlighted (see ``vnextract.render``)."""
        if self.source is None:
            return None
        from .view import render
        return render(self.source, self)


def _fallback(kind: str, mention: Mention) -> Explanation:
    from .kinds import get
    return Explanation(kind=kind, text=mention.text, start=mention.start, end=mention.end, rule=get(kind).component)
