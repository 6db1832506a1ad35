"""Property tests: any input gives a clean result with valid offsets, deterministically."""
import threading
import unicodedata

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
