"""Dependencies earn their place: extract() needs only the required ones; the extras install what
their features import; the package ships its type information."""
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tomllib = pytest.importorskip("tomllib")  # Python 3.11+


@pytest.fixture(scope="module")
def project():
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as handle:
        return tomllib.load(handle)["project"]


def _names(requirements):
    return {r.split("[")[0].split(">")[0].split("<")[0].split("=")[0].strip() for r in requirements}


def test_required_dependencies_are_what_extract_imports(project):
    assert _names(project["dependencies"]) == {"regex", "dataclasses-json"}
    code = ("import sys, vnextract\n"
            "vnextract.extract('Ngày 24/9, Tỉnh ủy Bình Dương sơ kết Nghị quyết số 25-NQ/TW.')\n"
            "vnextract.render('Ngày 24/9/2018'); vnextract.Extraction().to_json(); vnextract.frames.rows([], 'dates')\n"
            "print(sorted(m for m in ('spacy', 'underthesea', 'pandas', 'dask', 'pyspark') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("extra, needs", [
    ("spacy", {"spacy", "underthesea"}),  # the tokenizer's default word mode segments with underthesea
    ("words", {"underthesea"}),
    ("pandas", {"pandas"}),
    ("dask", {"dask"}),
    ("spark", {"pyspark"}),
    ("notebook", {"vnextract", "notebook", "nbclient", "nbformat", "ipykernel"}),
    ("docs", {"mkdocs", "mkdocstrings"}),
])
def test_extras(project, extra, needs):
    assert needs <= _names(project["optional-dependencies"][extra])


def test_test_extra_covers_every_feature_the_suite_runs(project):
    test = " ".join(project["optional-dependencies"]["test"])
    for extra in ("spacy", "words", "pandas", "dask", "spark"):
        assert extra in test.split("[", 1)[1].split("]", 1)[0].split(",")


def test_py_typed_is_shipped():
    assert os.path.exists(os.path.join(ROOT, "src", "vnextract", "py.typed"))
    with open(os.path.join(ROOT, "pyproject.toml"), encoding="utf-8") as handle:
        assert 'packages = ["src/vnextract"]' in handle.read()  # the whole package dir, py.typed included


def test_help_of_extract_is_useful():
    import vnextract
    doc = vnextract.extract.__doc__
    for needed in ("doc_date", "Returns", "Extraction", "text[m.start:m.end] == m.text", "TypeError", ">>>"):
        assert needed in doc
    assert "pipe" in vnextract.Extractor.__doc__ and "disable" in vnextract.Extractor.__doc__
