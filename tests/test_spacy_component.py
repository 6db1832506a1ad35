import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy")
from spacy import displacy  # noqa: E402
from spacy.scorer import Scorer  # noqa: E402
from spacy.training import Example  # noqa: E402

import vnextract.spacy_component  # noqa: E402,F401  (registers the tokenizer for this process)
from vnextract import extract  # noqa: E402
from vnextract.spacy_component import ENT_LABELS, choose_entities  # noqa: E402

TEXT = ("Chiều 27/7, Chủ tịch nước Trần Đại Quang thăm tỉnh Hưng Yên. Ngày 24/9, Tỉnh ủy Bình Dương "
        "sơ kết Nghị quyết số 25-NQ/TW ngày 13/6/2013.")
OURS = {"nlp": {"tokenizer": {"@tokenizers": "vnextract.Tokenizer.v1"}}}
SYLLABLES = {"nlp": {"tokenizer": {"@tokenizers": "vnextract.Tokenizer.v1", "mode": "syllables"}}}
SPACY_VI = {"nlp": {"tokenizer": {"use_pyvi": False}}}


@pytest.fixture(scope="module", params=["words", "syllables", "spacy-vi"])
def nlp(request):
    nlp = spacy.blank("vi", config={"words": OURS, "syllables": SYLLABLES, "spacy-vi": SPACY_VI}[request.param])
    nlp.add_pipe("vnextract")
    return nlp


def test_spans_and_extension(nlp):
    doc = nlp(TEXT)
    expected = extract(TEXT)
    assert doc._.vnextract == expected
    assert len(doc.spans["vnextract_dates"]) == len(expected.dates) > 0
    assert len(doc.spans["vnextract_legal_refs"]) == len(expected.legal_refs) > 0
    for span in doc.spans["vnextract_dates"]:
        assert span.label_ == "dates"


def test_ents_have_standard_labels(nlp):
    doc = nlp(TEXT)
    # (spaCy's own whitespace tokenizer keeps "24/9," as one token: the entity is widened to it)
    ents = [(e.text.rstrip(",."), e.label_) for e in doc.ents]
    assert ("Trần Đại Quang", "PERSON") in ents
    assert ("Nghị quyết số 25-NQ/TW", "LAW") in ents
    assert ("Ngày 24/9", "DATE") in ents and ("ngày 13/6/2013", "DATE") in ents
    assert {label for _, label in ents} <= set(ENT_LABELS.values())
    # titles and awards have no standard label: they stay in doc.spans only
    assert len(doc.spans["vnextract_titles"]) == len(doc._.vnextract.titles) > 0


def test_default_tokenizer_gives_words():
    nlp = spacy.blank("vi", config=OURS)
    doc = nlp("Tỉnh ủy Bình Dương sơ kết Nghị quyết.")
    assert "Bình Dương" in [t.text for t in doc] and doc.text == "Tỉnh ủy Bình Dương sơ kết Nghị quyết."
    assert nlp.tokenizer.mode == "words"


def test_syllable_tokenizer_gives_exact_spans():
    nlp = spacy.blank("vi", config=SYLLABLES)
    nlp.add_pipe("vnextract")
    doc = nlp(TEXT)
    assert [s.text for s in doc.spans["vnextract_dates"]] == [m.text for m in doc._.vnextract.dates]
    assert [t.text for t in nlp("Bình Dương")] == ["Bình", "Dương"]


def test_bad_tokenizer_mode():
    with pytest.raises(Exception, match="mode"):
        spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnextract.Tokenizer.v1", "mode": "chars"}}})


@pytest.mark.parametrize("config", [OURS, SYLLABLES], ids=["words", "syllables"])
@pytest.mark.parametrize("text", ["", "  \n ", "🎉", "a\tb\r\nc", "  Hà Nội\u00a0 mưa\u200b to. ",
                                  "Ho\u0300a bi\u0300nh"])
def test_tokenizer_keeps_text(config, text):
    nlp = spacy.blank("vi", config=config)
    assert nlp(text).text == text


def test_displacy_ent_style_draws_entities(nlp):
    html = displacy.render(nlp(TEXT), style="ent", jupyter=False)
    assert html.count("<mark") == len(nlp(TEXT).ents) > 0 and "PERSON" in html and "LAW" in html


def test_scorer_on_a_doc_we_know():
    nlp = spacy.blank("vi", config=OURS)
    nlp.add_pipe("vnextract")
    text = "Ông Nguyễn Văn Cường ký Quyết định số 12/2020/QĐ-UBND ngày 3/2/2020."
    pred = nlp(text)
    gold = {"entities": [(4, 20, "PERSON"), (24, 53, "LAW"), (54, 67, "DATE")]}
    assert text[4:20] == "Nguyễn Văn Cường" and text[24:53] == "Quyết định số 12/2020/QĐ-UBND"
    example = Example.from_dict(nlp.make_doc(text), gold)
    example.predicted = pred
    scores = Scorer().score([example])
    assert scores["ents_f"] == 1.0 and set(scores["ents_per_type"]) == {"PERSON", "LAW", "DATE"}


def _span_candidates(doc, items):
    return [(kind, doc.char_span(a, b, label=label, alignment_mode="expand")) for kind, a, b, label in items]


def test_overlap_policies():
    nlp = spacy.blank("vi", config=SYLLABLES)
    doc = nlp("Nghị quyết số 25-NQ/TW ngày 13/6/2013 của Trung ương")
    law = ("legal_refs", 0, 37, "LAW")  # a reference that takes in its date
    date = ("dates", 23, 37, "DATE")
    cands = _span_candidates(doc, [date, law])
    assert [e.label_ for e in choose_entities(cands)] == ["LAW"]  # longest first
    assert [e.label_ for e in choose_entities(cands, "priority", ["dates", "legal_refs"])] == ["DATE"]
    assert [e.label_ for e in choose_entities(cands, "priority", ["legal_refs", "dates"])] == ["LAW"]
    # equal length: the earlier one; then the kind earlier in priority
    a, b = _span_candidates(doc, [("people", 0, 10, "PERSON"), ("dates", 4, 13, "DATE")])
    assert [e.text for e in choose_entities([b, a])] == ["Nghị quyết"]
    with pytest.raises(ValueError):
        choose_entities(cands, "shortest")


def test_config_labels_priority_and_existing_ents():
    nlp = spacy.blank("vi", config=SYLLABLES)
    nlp.add_pipe("vnextract", config={"labels": {"dates": "TIME", "people": "", "legal_refs": "",
                                                 "organizations": "", "locations": ""},
                                      "overlap": "priority", "priority": ["dates"]})
    doc = nlp(TEXT)
    assert {e.label_ for e in doc.ents} == {"TIME"}
    nlp = spacy.blank("vi", config=SYLLABLES)
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": [{"TEXT": "Hưng"}, {"TEXT": "Yên"}]}])
    nlp.add_pipe("vnextract")
    ents = [(e.text, e.label_) for e in nlp(TEXT).ents]
    assert ("Hưng Yên", "GPE") in ents and ("Trần Đại Quang", "PERSON") in ents
    nlp = spacy.blank("vi", config=SYLLABLES)
    nlp.add_pipe("vnextract", config={"ents": False})
    assert nlp(TEXT).ents == ()


def test_kinds_missing_from_the_records_are_skipped():
    # organizations / locations map to ORG / LOC once the records have them; until then nothing breaks
    assert ENT_LABELS["organizations"] == "ORG" and ENT_LABELS["locations"] == "LOC"
    nlp = spacy.blank("vi", config=SYLLABLES)
    nlp.add_pipe("vnextract", config={"labels": {"no_such_kind": "X", "people": "PERSON"}})
    assert nlp(TEXT).ents


def test_nlp_pipe(nlp):
    docs = list(nlp.pipe([TEXT, "", "không có gì"]))
    assert [d._.vnextract == extract(d.text) for d in docs] == [True, True, True]


def test_to_disk_and_load_in_a_fresh_process(tmp_path):
    nlp = spacy.blank("vi", config=OURS)
    nlp.add_pipe("vnextract", config={"disable": ["awards"], "overlap": "priority"})
    nlp.to_disk(tmp_path / "pipeline")
    # a new interpreter that never imports vnextract itself: the entry points must find it
    code = (
        "import spacy, sys\n"
        f"nlp = spacy.load({str(tmp_path / 'pipeline')!r})\n"
        f"doc = nlp({TEXT!r})\n"
        "c = nlp.get_pipe('vnextract')\n"
        "print(nlp.pipe_names, len(doc.spans['vnextract_dates']), c.extractor.disabled, c.overlap, "
        "nlp.tokenizer.mode, len(doc.ents) > 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == f"['vnextract'] {len(extract(TEXT).dates)} ('awards',) priority words True"


def test_extract_imports_neither_spacy_nor_underthesea():
    code = ("import sys, vnextract\n"
            "vnextract.extract('Ngày 24/9, Tỉnh ủy Bình Dương sơ kết Nghị quyết số 25-NQ/TW.')\n"
            "vnextract.render('Ngày 24/9/2018'); vnextract.Extraction().to_json()\n"
            "print(sorted(m for m in ('spacy', 'underthesea', 'pandas') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

