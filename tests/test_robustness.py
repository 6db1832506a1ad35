"""Property tests: any input gives a clean result with valid offsets, deterministically."""
import threading
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnextract import Extraction, Extractor, extract

VIET = "ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
PIECES = [
    "Ngày ", "24/9", "/2018", " - ", "(", ")", "Nghị quyết số ", "25-NQ/TW", "100/2019/NĐ-CP", "NÐ-CP",
    "Chủ tịch UBND tỉnh ", "Bình Dương", " Phạm Văn Cành", "ông ", "Bằng khen", " của ", "26 tập thể",
    " và ", "Huân chương Lao động hạng Ba", "Chiều ", "khóa XI", "Tin, ảnh: ", "quý I/2017", ", ", ". ",
    "\n", "\u00a0", "\u200b", "\u0301", "\u0323", "🎉", "\x00", "\r\n", "Ð", "uỷ", "thứ Hai ",
]
fragments = st.one_of(
    st.sampled_from(PIECES),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
    st.text(alphabet=VIET + "0123456789/-. ", max_size=12),
)
texts = st.lists(fragments, max_size=30).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(text: str) -> Extraction:
    result = extract(text)
    for kind, mention in result.mentions():
        assert 0 <= mention.start <= mention.end <= len(text), (kind, mention)
        assert text[mention.start:mention.end] == mention.text, (kind, mention)
    return result


@SETTINGS
@given(texts)
def test_any_text_is_safe(text):
    result = check(text)
    assert Extraction.from_json(result.to_json()) == result
    assert extract(text) == result


@SETTINGS
@given(texts)
def test_nfd_input_keeps_offsets(text):
    check(unicodedata.normalize("NFD", text))


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1000, max_size=3000))
def test_long_arbitrary_unicode(text):
    check(text)


def test_very_long_token():
    check("a" * 100_000)
    check("Nghị quyết số " + "9" * 50_000)


def test_threads_give_sequential_results():
    texts = ["Chiều 27/7, Chủ tịch nước Trần Đại Quang thăm Hưng Yên.",
             "Nghị định 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ.",
             "Dịp này, 26 tập thể và 47 cá nhân được nhận Bằng khen của Chủ tịch UBND tỉnh.",
             "Ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Nghệ An, cho biết ..."] * 10
    ex = Extractor()
    expected = [ex.extract(t) for t in texts]
    results = [None] * len(texts)

    def work(offset):
        for i in range(offset, len(texts), 8):
            results[i] = ex.extract(texts[i])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == expected


# --- hostile shapes (issue 16): results on long runs; the growth is timed by bench/adversarial.py ---

RUNS = [" ", "\n", "\t", "\u00a0", "\r\n", "\u3000"]


@pytest.mark.parametrize("run", RUNS)
@pytest.mark.parametrize("head, found", [
    ("24/9", ["24/9"]), ("Ngày 24/9\n", ["Ngày 24/9"]), ("tháng 9", ["tháng 9"]), ("quý I", ["quý I"]),
    ("ngày 13 tháng 6", ["ngày 13 tháng 6"]), ("ngày 1-5/8", ["ngày 1-5/8"]), ("(24/9", ["24/9"]),
])
def test_date_before_a_long_run_of_whitespace(head, found, run):
    text = head + run * 3000
    assert [d.text for d in check(text).dates] == found
    # the year after the run is still read where a run may stand ("tháng 9" + spaces + "năm 2018")
    assert [d.text for d in check(head.rstrip("\n") + run * 3 + "năm 2018").dates][0].endswith("2018")


@pytest.mark.parametrize("text", [
    "." * 20_000, "!" * 20_000, "?" * 20_000, "…" * 20_000, ".!?…" * 5_000, "năm 1980" + "." * 20_000 + "Ông",
    "Xong" + "." * 20_000 + " Ông về.",
])
def test_long_runs_of_sentence_marks(text):
    from vnextract.text import split_sentences
    check(text)
    spans = split_sentences(text)
    assert spans and spans[0][0] == 0


def test_no_unbounded_whitespace_run_before_another_one():
    """The shape that made dates quadratic: two whitespace runs that may split the same spaces
    (``\\s*,?\\s+`` before a required word), each split tried before the word fails."""
    from vnextract import dates
    sources = list(dates._sources()) + [p.pattern for p in dates._suffix()] + [dates._connector().pattern]
    for source in sources:
        for shape in (r"\s*,?\s+", r"\s*,?\s*"):
            assert shape not in source


@pytest.mark.parametrize("text, doc_date", [
    ("ngày 24/9", "0001-01-01"), ("ngày mai", "9999-12-31"), ("hôm qua", "0001-01-01"),
    ("tuần sau, tháng sau, năm sau", "9999-12-31"), ("ngày 30/12 và 2/1 năm sau", "9999-12-31"),
])
def test_extreme_doc_dates_do_not_raise(text, doc_date):
    result = extract(text, doc_date=doc_date)
    assert Extraction.from_json(result.to_json()) == result
