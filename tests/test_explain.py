"""extract(..., explain=True): per mention, the named rule that made it and its evidence."""
import json
import pickle

import pytest

import vnextract
from vnextract import Explanation, Extraction, Extractor, extract, pipeline
from vnextract.records import Person

TEXT = "Ngày 24/9, ông Nguyễn Văn An thăm Hà Nội và nói về Nghị quyết số 25-NQ/TW."


def test_explain_is_off_by_default_and_says_so():
    result = extract(TEXT)
    with pytest.raises(ValueError, match="explain=True"):
        result.explain(result.dates[0])


def test_json_is_the_same_with_and_without_explain():
    assert extract(TEXT, explain=True).to_json() == extract(TEXT).to_json()
    assert Extractor().extract(TEXT, explain=True).to_dict() == extract(TEXT).to_dict()


def test_every_mention_has_an_explanation_of_its_kind():
    result = extract(TEXT, explain=True)
    explanations = result.explanations()
    assert len(explanations) == len(result) > 0
    for (kind, mention), why in zip(result.mentions(), explanations, strict=True):
        assert isinstance(why, Explanation)
        assert (why.kind, why.text, why.start, why.end) == (kind, mention.text, mention.start, mention.end)
        assert why.rule and all(isinstance(v, str) for v in why.evidence.values())
    json.dumps([e.to_dict() for e in explanations], ensure_ascii=False)  # JSON-serialisable
    assert Explanation.from_json(explanations[0].to_json()) == explanations[0]


def _named_rule(doc):
    """A component of this test: one person, explained with a rule it names itself."""
    start = doc.text.index("Trần Thị Bình")
    record = doc.make(Person, start, start + len("Trần Thị Bình"), name="Trần Thị Bình")
    doc.why(record, "test: name after 'bà'", cue="bà", surname="Trần")
    doc.results["people"].append(record)


def _unexplained(doc):
    start = doc.text.index("Lê Văn Cường")
    doc.results["people"].append(doc.make(Person, start, start + len("Lê Văn Cường"), name="Lê Văn Cường"))


@pytest.fixture
def own_rules():
    pipeline.add_component(pipeline.Component("test_named", _named_rule, writes=("people",)), after="link")
    pipeline.add_component(pipeline.Component("test_unexplained", _unexplained, writes=("people",)),
                           after="test_named")
    try:
        yield Extractor(disable=[n for n, _ in pipeline.PIPELINE if n not in
                                 ("normalize", "sentences", "test_named", "test_unexplained")])
    finally:
        pipeline.remove_component("test_named")
        pipeline.remove_component("test_unexplained")


# text -> (name, rule, evidence): the record a rule explains, and the fallback of one it does not
EXPLAINED = [
    ("Bà Trần Thị Bình gặp Lê Văn Cường.", "Trần Thị Bình", "test: name after 'bà'",
     {"cue": "bà", "surname": "Trần"}),
    ("Bà Trần Thị Bình gặp Lê Văn Cường.", "Lê Văn Cường", "test_unexplained", {}),
    # normalised text (NFD accents) still maps to the caller's offsets
    ("Ba\u0300 Trần Thị Bình gặp Lê Văn Cường.", "Trần Thị Bình", "test: name after 'bà'",
     {"cue": "bà", "surname": "Trần"}),
]


@pytest.mark.parametrize("text, name, rule, evidence", EXPLAINED)
def test_a_rule_that_calls_why_and_the_fallback(own_rules, text, name, rule, evidence):
    result = own_rules.extract(text, explain=True)
    (person,) = [p for p in result.people if p.name == name]
    why = result.explain(person)
    assert (why.kind, why.rule, why.evidence) == ("people", rule, evidence)
    assert text[why.start:why.end] == why.text == person.text


def test_a_mention_added_after_extraction_gets_the_fallback_of_its_kind():
    result = extract("Ngày 24/9/2018 trời mưa.", explain=True)
    added = Person(text="trời", start=15, end=19, name="trời")
    result.people.append(added)
    assert (result.explain(added).rule, result.explain(added).evidence) == ("people", {})


def test_a_mention_of_another_extraction_is_an_error():
    result = extract(TEXT, explain=True)
    with pytest.raises(ValueError, match="not a mention of this Extraction"):
        result.explain(extract(TEXT).dates[0])


def test_explanations_survive_a_pickle():
    result = pickle.loads(pickle.dumps(extract(TEXT, explain=True)))
    assert [e.rule for e in result.explanations()] == [e.rule for e in extract(TEXT, explain=True).explanations()]


def test_the_view_shows_the_rule(own_rules):
    result = own_rules.extract("Bà Trần Thị Bình gặp Lê Văn Cường.", explain=True)
    page = vnextract.render(result)
    assert 'data-rule="test: name after &#x27;bà&#x27;"' in page
    assert "rule: test: name after &#x27;bà&#x27;\n  cue: bà\n  surname: Trần" in page
    assert 'data-rule="test_unexplained"' in page
    assert "data-rule" not in vnextract.render(own_rules.extract("Bà Trần Thị Bình gặp Lê Văn Cường."))


def test_explain_works_for_every_kind():
    text = ("Ngày 24/9/2018, Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến thăm tỉnh Bình Dương và nói về "
            "Nghị quyết số 25-NQ/TW. Ông Trần Văn B được tặng Huân chương Lao động hạng Ba.")
    result = extract(text, explain=True)
    kinds = {e.kind for e in result.explanations()}
    assert kinds == set(vnextract.KINDS), set(vnextract.KINDS) - kinds


def test_extraction_from_json_has_no_explanations():
    result = Extraction.from_json(extract(TEXT, explain=True).to_json())
    with pytest.raises(ValueError, match="explain=True"):
        result.explanations()


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_explains_in_one_or_many_processes(n_process):
    texts = [TEXT, "Chiều 27/7, Chủ tịch nước thăm Hưng Yên.", ""]
    expected = [[e.to_dict() for e in extract(t, explain=True).explanations()] for t in texts]
    results = list(Extractor().pipe(texts, n_process=n_process, batch_size=1, explain=True))
    assert [[e.to_dict() for e in r.explanations()] for r in results] == expected
    assert [r.to_json() for r in results] == [extract(t).to_json() for t in texts]
