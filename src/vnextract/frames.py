"""Tables: ``to_frame(results, kind="titles")`` -> a pandas DataFrame, one row per mention.

``results`` may be one Extraction, a list of them (the document id is the position), a dict
``{doc_id: Extraction}``, or ``(Extraction, doc_id)`` pairs as yielded by
``Extractor.pipe(..., as_tuples=True)``. Columns are flat: nested values become plain strings
("26 tập thể; 47 cá nhân") or ``field.sub`` columns (``provision.article``).
pandas is an optional extra: ``pip install "vnextract[pandas]"``.

The columns of a kind are always the same (taken from its record class, in field order), whatever
the documents hold. A missing value is ``pd.NA`` in every column, never ``NaN`` or ``None``: columns
use pandas' nullable types (``Int64`` for offsets, years and counts, ``boolean`` for flags,
``string`` for text), so ``frame["year"].isna()`` and ``frame["issuer"].isna()`` mean the same thing
and integers stay integers.
"""
import dataclasses
import json
import typing
from typing import Any, Dict, Iterable, List, Tuple, Union

from . import kinds
from .records import Extraction

Results = Union[Extraction, Dict[Any, Extraction], Iterable[Union[Extraction, Tuple[Extraction, Any]]]]


def _documents(results: Results) -> Iterable[Tuple[Any, Extraction]]:
    if isinstance(results, Extraction):
        yield 0, results
        return
    if isinstance(results, dict):
        yield from results.items()
        return
    for position, item in enumerate(results):
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], Extraction):
            yield item[1], item[0]
        elif isinstance(item, Extraction):
            yield position, item
        else:
            raise TypeError(f"to_frame() takes Extractions or (Extraction, doc_id) pairs, not {type(item).__name__}")


_NESTED = frozenset(("provision",))


def _flat(record: Dict[str, Any]) -> Dict[str, Any]:
    row: Dict[str, Any] = {}
    for key, value in record.items():
        if key == "recipients" and isinstance(value, list):
            row[key] = "; ".join(f"{r['count']} {r['unit']}" for r in value) or None
            row["recipient_total"] = sum(r["count"] for r in value) if value else None
        elif isinstance(value, dict):
            for sub, inner in value.items():
                row[f"{key}.{sub}"] = inner
        elif value is None and key in _NESTED:
            continue  # an absent nested record: its ``key.sub`` columns stay empty
        elif isinstance(value, list):
            row[key] = "; ".join(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in value) or None
        else:
            row[key] = value
    return row


def _record_class(kind: str):
    return kinds.get(kind).record


def _nested_class(hint):
    """The dataclass inside ``Optional[X]`` (or X itself), or None."""
    for candidate in (hint, *typing.get_args(hint)):
        if dataclasses.is_dataclass(candidate):
            return candidate
    return None


def _dtype(hint) -> str:
    """pandas' nullable dtype for a field's type: missing values are pd.NA in all of them."""
    inner = [a for a in typing.get_args(hint) if a is not type(None)] if typing.get_origin(hint) is Union else [hint]
    base = inner[0] if len(inner) == 1 else None
    if base is bool:
        return "boolean"
    if base is int:
        return "Int64"
    return "string"


def _schema(kind: str) -> Dict[str, str]:
    """column -> dtype of ``to_frame(..., kind)``, in order (``doc_id`` first)."""
    cls = _record_class(kind)  # (a ValueError naming the kinds for an unknown one)
    hints = typing.get_type_hints(cls)
    out = {"doc_id": "object"}
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        nested = _nested_class(hint)
        if f.name == "recipients":
            out.update({"recipients": "string", "recipient_total": "Int64"})
        elif nested is not None and typing.get_origin(hint) is not list:
            sub_hints = typing.get_type_hints(nested)
            out.update({f"{f.name}.{g.name}": _dtype(sub_hints[g.name]) for g in dataclasses.fields(nested)})
        else:
            out[f.name] = _dtype(hint)
    return out


def columns(kind: str) -> List[str]:
    """The columns of ``to_frame(..., kind)``, in order (``doc_id`` first)."""
    return list(_schema(kind))


def rows(results: Results, kind: str) -> List[Dict[str, Any]]:
    """The flat rows of ``to_frame`` as plain dicts (no pandas needed)."""
    kinds.get(kind)  # a ValueError naming the kinds for an unknown one
    out = []
    for doc_id, extraction in _documents(results):
        for mention in getattr(extraction, kind):
            out.append({"doc_id": doc_id, **_flat(mention.to_dict())})
    return out


def to_frame(results: Results, kind: str = "titles"):
    """A pandas DataFrame of one kind of mention across documents, one row per mention.

    ``results``: one Extraction, a list of them (the id is the position), a dict ``{doc_id:
    Extraction}`` or ``(Extraction, doc_id)`` pairs. Columns: ``doc_id``, then the record's fields
    (see :func:`columns`); missing values are ``pd.NA`` throughout.

    Examples:
        >>> import vnextract
        >>> frame = vnextract.to_frame([vnextract.extract("Ngày 24/9/2018, trời mưa.")], kind="dates")
        >>> frame[["doc_id", "text", "value"]].values.tolist()
        [[0, 'Ngày 24/9/2018', '2018-09-24']]
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError('to_frame() needs pandas: pip install "vnextract[pandas]"') from None
    table = rows(results, kind)
    schema = _schema(kind)
    names = list(schema) + [k for k in dict.fromkeys(k for row in table for k in row) if k not in schema]
    frame = pd.DataFrame([[row.get(name) for name in names] for row in table], columns=names, dtype=object)
    for name in names:
        dtype = schema.get(name, "string")
        if dtype == "object":  # doc_id: the caller's ids as given
            frame[name] = frame[name].where(frame[name].notna(), pd.NA)
        else:
            frame[name] = frame[name].astype(dtype)
    return frame
