import subprocess
import sys

import pytest
import spacy

import vnextract.spacy_component  # noqa: F401  (registers the tokenizer for this process)
from vnextract import extract

TEXT = ("Chiều 27/7, Chủ tịch nước Trần Đại Quang thăm tỉnh Hưng Yên. Ngày 24/9, Tỉnh ủy Bình Dương "
        "sơ kết Nghị quyết số 25-NQ/TW ngày 13/6/2013.")


@pytest.fixture(scope="module", params=["ours", "spacy-vi"])
def nlp(request):
    if request.param == "ours":
        nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnextract.Tokenizer.v1"}}})
    else:
        nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
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


def test_our_tokenizer_gives_exact_spans():
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnextract.Tokenizer.v1"}}})
    nlp.add_pipe("vnextract")
    doc = nlp(TEXT)
    assert [s.text for s in doc.spans["vnextract_dates"]] == [m.text for m in doc._.vnextract.dates]


@pytest.mark.parametrize("text", ["", "  \n ", "🎉", "a\tb\r\nc"])
def test_tokenizer_keeps_text(text):
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnextract.Tokenizer.v1"}}})
    assert nlp(text).text == text


def test_nlp_pipe(nlp):
    docs = list(nlp.pipe([TEXT, "", "không có gì"]))
    assert [d._.vnextract == extract(d.text) for d in docs] == [True, True, True]


def test_to_disk_and_load_in_a_fresh_process(tmp_path):
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnextract.Tokenizer.v1"}}})
    nlp.add_pipe("vnextract", config={"disable": ["awards"]})
    nlp.to_disk(tmp_path / "pipeline")
    # a new interpreter that never imports vnextract itself: the entry points must find it
    code = (
        "import spacy, sys\n"
        f"nlp = spacy.load({str(tmp_path / 'pipeline')!r})\n"
        f"doc = nlp({TEXT!r})\n"
        "print(nlp.pipe_names, len(doc.spans['vnextract_dates']), nlp.get_pipe('vnextract').extractor.disabled)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == f"['vnextract'] {len(extract(TEXT).dates)} ('awards',)"
