"""Tables: ``to_frame(results, kind="titles")`` -> a pandas DataFrame, one row per mention.

``results`` may be one Extraction, a list of them (the document id is the position), a dict
``{doc_id: Extraction}``, or ``(Extraction, doc_id)`` pairs as yielded by
``Extractor.pipe(..., as_tuples=True)``. Columns are flat: nested values become plain strings
("26 tập thể; 47 cá nhân") or ``field.sub`` columns (``provision.article``).
pandas is an optional extra: ``pip install "vnextract[pandas]"``.
"""
import json
from typing import Any, Dict, Iterable, List, Tuple, Union

from .records import KINDS, Extraction

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


def _flat(record: Dict[str, Any]) -> Dict[str, Any]:
    row: Dict[str, Any] = {}
    for key, value in record.items():
        if key == "recipients" and isinstance(value, list):
            row[key] = "; ".join(f"{r['count']} {r['unit']}" for r in value) or None
            row["recipient_total"] = sum(r["count"] for r in value) if value else None
        elif isinstance(value, dict):
            for sub, inner in value.items():
                row[f"{key}.{sub}"] = inner
        elif isinstance(value, list):
            row[key] = "; ".join(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in value) or None
        else:
            row[key] = value
    return row


def rows(results: Results, kind: str) -> List[Dict[str, Any]]:
    """The flat rows of ``to_frame`` as plain dicts (no pandas needed)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; kinds are: {', '.join(KINDS)}")
    out = []
    for doc_id, extraction in _documents(results):
        for mention in getattr(extraction, kind):
            out.append({"doc_id": doc_id, **_flat(mention.to_dict())})
    return out


def to_frame(results: Results, kind: str = "titles"):
    """A pandas DataFrame of one kind of mention across documents (``doc_id`` column first)."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError('to_frame() needs pandas: pip install "vnextract[pandas]"') from None
    table = rows(results, kind)
    if not table:
        return pd.DataFrame(columns=["doc_id", "text", "start", "end"])
    columns = list(dict.fromkeys(key for row in table for key in row))
    return pd.DataFrame(table, columns=columns)
