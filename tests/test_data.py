"""Integrity of the language data shipped in data/ (the dateparser lesson: data is code too)."""

import pytest

from vnextract import lexicon

FILES = sorted(lexicon.available())


def test_there_is_data():
    assert "provinces.tsv" in FILES and "abbreviations.txt" in FILES


@pytest.mark.parametrize("filename", FILES)
def test_file_is_clean_utf8_nfc(filename):
    import unicodedata
    with open(lexicon.path(filename), encoding="utf-8") as handle:
        content = handle.read()
    assert unicodedata.is_normalized("NFC", content), filename
    assert "\u00d0" not in content and "\u00a0" not in content
    assert "\r" not in content


@pytest.mark.parametrize("filename", [f for f in FILES if f.endswith(".tsv")])
def test_tsv_rows_fit_header(filename):
    rows = lexicon.table(filename[:-4])
    assert rows, filename


@pytest.mark.parametrize("filename", [f for f in FILES if f.endswith(".txt")])
def test_txt_has_no_duplicates(filename):
    entries = lexicon.words(filename[:-4])
    assert len(entries) == len(set(entries)), [e for e in set(entries) if entries.count(e) > 1]


def test_provinces_63_and_34():
    rows = lexicon.table("provinces")
    assert sum(r["in_2008"] == "1" for r in rows) == 63
    assert sum(r["in_2025"] == "1" for r in rows) == 34
