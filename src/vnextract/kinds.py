"""The kinds of mention, each described once.

A ``Kind`` says everything the library needs to know about one kind of mention: the attribute of
``Extraction`` (and JSON key) that holds its records, the record class, the pipeline component that
makes them, the colour and label of the HTML view, and the spaCy entity label and span key. The
records (``Extraction``), the JSON Schema, the HTML view, ``to_frame``, the command line's table and
the spaCy component all read these descriptions; none of them lists the kinds itself.

``names()`` gives the kinds in order, ``get(name)`` one description. ``register(kind)`` adds a
kind from outside the library (a plugin): its records then appear in every ``Extraction`` (a list
field of that name), its JSON, the view and the spaCy component. See "Adding a kind" in the docs.
"""
import dataclasses
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple, Type

from .records import Award, DateMention, Extraction, LegalRef, Location, Mention, Organization, Person, Title

SPAN_PREFIX = "vnextract_"


@dataclass(frozen=True)
class Kind:
    """One kind of mention, as every part of the library sees it."""
    name: str  # attribute of Extraction and JSON key: "legal_refs"
    record: Type[Mention]  # the record class of its mentions
    component: str  # the pipeline component that makes them ("legal")
    label: str  # what one mention is, in plain words (HTML legend tooltip, docs)
    color: str  # CSS colour of its underline in the HTML view
    headline: Tuple[str, ...] = ()  # fields the HTML label shows (the first non-empty one)
    ent_label: Optional[str] = None  # spaCy ``doc.ents`` label, or None: only in ``doc.spans``
    ent_rank: int = 99  # order among entity kinds for spaCy's "priority" overlap policy

    @property
    def span_key(self) -> str:
        """The key of ``doc.spans`` that holds this kind in the spaCy component."""
        return SPAN_PREFIX + self.name


#: the built-in kinds, in the order of ``Extraction``'s fields
BUILTIN: Tuple[Kind, ...] = (
    Kind("dates", DateMention, "dates", "a calendar expression", "#0f9fa8", ("resolved", "value"),
         ent_label="DATE", ent_rank=4),
    Kind("legal_refs", LegalRef, "legal", "a citation of a legal document", "#e0a100",
         ("symbol", "alias", "doc_type"), ent_label="LAW", ent_rank=3),
    Kind("people", Person, "people", "a person's name", "#7a5cff", ("canonical", "name"),
         ent_label="PERSON", ent_rank=0),
    Kind("titles", Title, "titles", "a position held", "#2e9e5b", ("role",)),
    Kind("awards", Award, "awards", "an award statement", "#e8590c", ("award",)),
    Kind("organizations", Organization, "organizations", "a named organisation", "#c2255c",
         ("acronym", "name"), ent_label="ORG", ent_rank=1),
    Kind("locations", Location, "locations", "a named place", "#1c7ed6", ("province", "name"),
         ent_label="LOC", ent_rank=2),
)

_KINDS: Dict[str, Kind] = {kind.name: kind for kind in BUILTIN}
_NAMES: Tuple[str, ...] = tuple(_KINDS)


def names() -> Tuple[str, ...]:
    """The names of every kind, in order (built-in kinds first, then registered ones)."""
    return _NAMES


def all_kinds() -> Tuple[Kind, ...]:
    return tuple(_KINDS.values())


def get(name: str) -> Kind:
    """The description of kind ``name``; a ValueError naming the kinds for an unknown one."""
    kind = _KINDS.get(name)
    if kind is None:
        raise ValueError(f"unknown kind {name!r}; kinds are: {', '.join(_NAMES)}")
    return kind


def entity_labels() -> Dict[str, str]:
    """kind -> spaCy entity label, for the kinds that have one (in ``ent_rank`` order)."""
    return {k.name: k.ent_label for k in sorted(_KINDS.values(), key=lambda k: k.ent_rank) if k.ent_label}


def register(kind: Kind) -> None:
    """Add a kind from outside the library: ``Extraction`` gets a list field ``kind.name`` (empty by
    default, so its JSON has the key), and the view, schema, ``to_frame`` and spaCy component show it.
    Register at import time of the module that defines it, before extracting (an ``Extraction``
    made earlier has no such field). Its component is added with ``pipeline.add_component``."""
    global _NAMES
    if not isinstance(kind, Kind):
        raise TypeError(f"register() takes a Kind, not {type(kind).__name__}")
    if kind.name in _KINDS or kind.name in {f.name for f in dataclasses.fields(Extraction)} \
            or not kind.name.isidentifier() or hasattr(Extraction, kind.name):
        raise ValueError(f"cannot register kind {kind.name!r}: the name is taken or not an identifier")
    if not (isinstance(kind.record, type) and issubclass(kind.record, Mention)):
        raise TypeError(f"kind {kind.name!r}: record must be a Mention dataclass")
    _KINDS[kind.name] = kind
    _NAMES = tuple(_KINDS)
    _extraction_fields(added=kind)


def unregister(name: str) -> None:
    """Remove a kind added by ``register`` (built-in kinds stay)."""
    global _NAMES
    if name in {k.name for k in BUILTIN}:
        raise ValueError(f"{name!r} is a built-in kind")
    if _KINDS.pop(name, None) is not None:
        _NAMES = tuple(_KINDS)
        _extraction_fields(removed=name)


def _extraction_fields(added: Optional[Kind] = None, removed: Optional[str] = None) -> None:
    """Add or remove a list field of ``Extraction`` in place (the class object stays the same, so
    ``isinstance`` and the imports of it keep working)."""
    cls = Extraction
    annotations = dict(cls.__dict__.get("__annotations__", {}))
    current = {f.name: f for f in dataclasses.fields(cls)}
    for name, f in current.items():  # dataclass removed the defaults from the class: give them back
        setattr(cls, name, dataclasses.field(default=f.default, default_factory=f.default_factory))
    if added is not None:
        annotations[added.name] = List[added.record]  # type: ignore[name-defined]
        setattr(cls, added.name, dataclasses.field(default_factory=list))
    if removed is not None:
        annotations.pop(removed, None)
        delattr(cls, removed)
    cls.__annotations__ = annotations
    for attr in ("__init__", "__repr__", "__eq__", "__match_args__", "__dataclass_fields__",
                 "__dataclass_params__"):
        if attr in cls.__dict__:
            delattr(cls, attr)
    dataclasses.dataclass(cls)
