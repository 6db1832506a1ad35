"""vnextract.kinds: every kind described once, every consumer derives from the descriptions, and a
kind registered from outside flows through extract, JSON, the view, the schema, frames and spaCy."""
import dataclasses
import re
import typing
from dataclasses import dataclass
from typing import Optional

import pytest

import vnextract
from vnextract import kinds, pipeline
from vnextract.records import Extraction, Mention
from vnextract.schema import json_schema
from vnextract.view import COLORS, render


def test_extraction_fields_are_the_kinds():
    lists = [f.name for f in dataclasses.fields(Extraction) if f.name != "doc_date"]
    assert lists == list(kinds.names()) == list(vnextract.KINDS)
    hints = typing.get_type_hints(Extraction)
    for kind in kinds.all_kinds():
        assert typing.get_args(hints[kind.name]) == (kind.record,)


def test_every_kind_names_a_component_that_writes_it():
    writes = {c.name: c.writes for c in pipeline.COMPONENTS}
    for kind in kinds.all_kinds():
        assert kind.name in writes[kind.component], kind


def test_consumers_read_the_descriptions():
    from vnextract import frames
    assert COLORS == {k.name: k.color for k in kinds.all_kinds()}
    assert set(json_schema()["properties"]) >= set(kinds.names())
    for kind in kinds.all_kinds():
        assert frames.columns(kind.name)[1:4] == ["text", "start", "end"]
        assert kind.span_key == "vnextract_" + kind.name
    assert pipeline.ALIASES["legal_refs"] == "legal"


def test_unknown_kind_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown kind 'nope'; kinds are: dates, legal_refs"):
        kinds.get("nope")


# --- a toy kind, added from outside the library -------------------------------------------------

@dataclass
class Money(Mention):
    """An amount of money in đồng."""
    amount: Optional[int] = None


_AMOUNT = re.compile(r"(\d+) đồng")


def find_money(doc) -> None:
    for m in _AMOUNT.finditer(doc.text):
        record = doc.make(Money, m.start(), m.end(), amount=int(m.group(1)))
        doc.why(record, "number then đồng", number=m.group(1))
        doc.results["money"].append(record)


@pytest.fixture
def money():
    kinds.register(kinds.Kind("money", Money, "money", "an amount of money", "#5c940d", ("amount",),
                              ent_label="MONEY"))
    pipeline.add_component(pipeline.Component("money", find_money, reads=("text",), writes=("money",)))
    try:
        yield
    finally:
        pipeline.remove_component("money")
        kinds.unregister("money")


TEXT = "Ngày 24/9, ông Nguyễn Văn An nhận 500 đồng."


def test_a_registered_kind_flows_through_everything(money):
    result = vnextract.extract(TEXT)
    assert [(m.text, m.amount) for m in result.money] == [("500 đồng", 500)]
    assert TEXT[result.money[0].start:result.money[0].end] == "500 đồng"
    assert ("money", result.money[0]) in result.mentions()
    assert Extraction.from_json(result.to_json()) == result
    assert '"money": [{"text": "500 đồng"' in result.to_json()
    assert json_schema()["properties"]["money"]["items"] == {"$ref": "#/$defs/Money"}
    page = render(result)
    assert 'data-kind="money"' in page and "#5c940d" in page and ">500</span>" in page
    assert vnextract.Extractor(disable=["money"]).extract(TEXT).money == []
    from vnextract import frames
    assert frames.rows(result, "money")[0]["amount"] == 500
    explained = vnextract.extract(TEXT, explain=True)
    assert explained.explain(explained.money[0]).rule == "number then đồng"


def test_a_registered_kind_in_spacy(money):
    spacy = pytest.importorskip("spacy")
    syllables = {"@tokenizers": "vnextract.Tokenizer.v1", "mode": "syllables"}
    import vnextract.spacy_component  # noqa: F401  (registers the factory)
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": syllables}})
    nlp.add_pipe("vnextract")
    doc = nlp(TEXT)
    assert [s.text for s in doc.spans["vnextract_money"]] == ["500 đồng"]
    assert ("500 đồng", "MONEY") in [(e.text, e.label_) for e in doc.ents]


def test_after_unregistering_the_json_is_as_before():
    assert "money" not in vnextract.extract(TEXT).to_dict()
    assert [f.name for f in dataclasses.fields(Extraction)][-1] == "locations"


@pytest.mark.parametrize("bad, error", [
    (kinds.Kind("dates", Money, "x", "x", "#000"), ValueError),  # taken
    (kinds.Kind("source", Money, "x", "x", "#000"), ValueError),  # an attribute of Extraction
    (kinds.Kind("not a name", Money, "x", "x", "#000"), ValueError),
    (kinds.Kind("money", int, "x", "x", "#000"), TypeError),  # type: ignore[arg-type]
    ("money", TypeError),
])
def test_register_errors(bad, error):
    with pytest.raises(error):
        kinds.register(bad)
    assert "money" not in kinds.names()
