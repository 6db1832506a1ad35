"""JSON Schema (draft 2020-12) of vnextract's output, generated from the record dataclasses."""
import dataclasses
import typing
from typing import Any, Dict

from .records import Explanation, Extraction

_PRIMITIVES = {str: "string", int: "integer", float: "number", bool: "boolean"}


def _type_schema(tp, defs: Dict[str, Any]) -> Dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Union:
        options = [a for a in args if a is not type(None)]
        if len(options) == 1:
            inner = _type_schema(options[0], defs)
        else:
            inner = {"anyOf": [_type_schema(a, defs) for a in options]}
        if type(None) in args:
            if "type" in inner and isinstance(inner["type"], str):
                return {**inner, "type": [inner["type"], "null"]}
            return {"anyOf": [inner, {"type": "null"}]}
        return inner
    if origin in (list, typing.List):
        return {"type": "array", "items": _type_schema(args[0], defs) if args else {}}
    if origin in (dict, typing.Dict):
        return {"type": "object"}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _dataclass_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    if tp in _PRIMITIVES:
        return {"type": _PRIMITIVES[tp]}
    return {}


def _dataclass_schema(cls, defs: Dict[str, Any]) -> Dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties = {}
    required = []
    for f in dataclasses.fields(cls):
        properties[f.name] = _type_schema(hints[f.name], defs)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            required.append(f.name)
    schema: Dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if cls.__doc__ and not cls.__doc__.startswith(cls.__name__ + "("):
        schema["description"] = " ".join(cls.__doc__.split())
    if required:
        schema["required"] = required
    return schema


def json_schema() -> Dict[str, Any]:
    """The schema of ``Extraction.to_dict()`` (what ``vnextract extract`` writes per document)."""
    defs: Dict[str, Any] = {}
    root = _dataclass_schema(Extraction, defs)
    # the CLI's JSONL output carries the input's id beside the lists
    root["properties"]["id"] = {"type": ["string", "integer", "null"], "description": "document id (CLI JSONL output)"}
    # and with --explain, why each mention was found
    root["properties"]["explanations"] = {"type": "array", "items": _type_schema(Explanation, defs),
                                          "description": "with --explain: the rule that made each mention"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/vnextract/vnextract/schema/extraction.json",
        "title": "vnextract Extraction",
        **root,
        "$defs": defs,
    }
