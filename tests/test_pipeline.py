import datetime
import pickle

import pytest

import vnextract
from vnextract import Extraction, Extractor, extract
from vnextract.pipeline import PIPELINE

SENTENCE = ("Ngày 24/9, Tỉnh ủy Bình Dương sơ kết 5 năm thực hiện Nghị quyết số 25-NQ/TW "
            "ngày 13/6/2013 của Ban Chấp hành Trung ương Đảng.")


def test_components_are_listed_in_order():
    assert Extractor().pipe_names == [name for name, _ in PIPELINE]
    assert Extractor().pipe_names[:2] == ["normalize", "sentences"]


def test_disable_component():
    ex = Extractor(disable=["awards", "legal_refs"])
    assert "awards" not in ex.pipe_names and "legal" not in ex.pipe_names
    result = ex.extract(SENTENCE)
    assert result.awards == [] and result.legal_refs == []


@pytest.mark.parametrize("disable, error", [
    (["nope"], ValueError),
    (["normalize"], ValueError),
    ([3], TypeError),
])
def test_disable_errors(disable, error):
    with pytest.raises(error):
        Extractor(disable=disable)


@pytest.mark.parametrize("bad", [None, 3, b"bytes", ["list"]])
def test_wrong_input_type(bad):
    with pytest.raises(TypeError, match="str"):
        extract(bad)


def test_empty_text():
    result = extract("")
    assert isinstance(result, Extraction) and len(result) == 0


@pytest.mark.parametrize("doc_date", [
    datetime.date(2018, 9, 25), "2018-09-25", datetime.datetime(2018, 9, 25, 8, 0), " 2018-09-25\n",
    "2018-09-25T08:30", "2018-09-25 08:30:15", "2018-09-25T08:30:15.250+07:00", "2018-09-25T08:30Z",
])
def test_doc_date_forms(doc_date):
    assert extract("Ngày 24/9", doc_date=doc_date).doc_date == "2018-09-25"


@pytest.mark.parametrize("doc_date, error", [
    ("25/09/2018", ValueError), (20180925, TypeError), ("2018-13-01", ValueError),
    # trailing text and impossible times were read as 2018-09-25 (only the first 10 characters)
    ("2018-09-25garbage", ValueError), ("2018-09-25T99:99", ValueError), ("2018-09-25T", ValueError),
    ("2018-09-25T24:00", ValueError), ("2018-09-25 là ngày", ValueError), ("20180925", ValueError),
    ("2018-02-30", ValueError), ("", ValueError),
])
def test_bad_doc_date(doc_date, error):
    with pytest.raises(error, match="doc_date"):
        extract("Ngày 24/9", doc_date=doc_date)


@pytest.mark.parametrize("text, doc_date", [
    # the years to fill fall outside 1-9999: left unresolved, never an exception
    ("Ngày 24/9, hôm qua và hôm nay, tuần trước, tháng trước, năm ngoái.", "0001-01-01"),
    ("Ngày mai, tuần sau, tháng sau, năm sau; ngày 24/9 tới và từ 30/12 đến 2/1.", "9999-12-31"),
    ("Kỳ nghỉ từ 20/12 đến 5/1; quý IV năm trước; chiều cùng ngày.", "0001-01-01"),
])
def test_doc_date_at_the_ends_of_the_calendar(text, doc_date):
    result = extract(text, doc_date=doc_date)
    assert result.doc_date == doc_date and result.dates
    for mention in result.dates:
        assert mention.resolved is None or "0000" not in mention.resolved and "10000" not in mention.resolved


def test_extractor_pickles_and_gives_same_result():
    ex = Extractor(disable=["awards"])
    clone = pickle.loads(pickle.dumps(ex))
    assert clone.pipe_names == ex.pipe_names
    assert clone.extract(SENTENCE) == ex.extract(SENTENCE)


TEXTS = [SENTENCE, "", "Chiều 27/7, Chủ tịch nước Trần Đại Quang về thăm tỉnh Hưng Yên.", "không có gì"]


def test_pipe_order_and_equality():
    ex = Extractor()
    assert list(ex.pipe(TEXTS, batch_size=2)) == [ex.extract(t) for t in TEXTS]


def test_pipe_as_tuples_keeps_context():
    ex = Extractor()
    out = list(ex.pipe(((t, {"i": i}) for i, t in enumerate(TEXTS)), as_tuples=True))
    assert [ctx["i"] for _, ctx in out] == list(range(len(TEXTS)))
    assert [r for r, _ in out] == [ex.extract(t) for t in TEXTS]


def test_pipe_multiprocess_matches_single():
    ex = Extractor()
    texts = TEXTS * 5
    assert list(ex.pipe(texts, n_process=2, batch_size=3)) == list(ex.pipe(texts))


def _collect(iterator):
    """(results, (type, message) of the error or None) of a pipe() iteration."""
    got = []
    try:
        for result in iterator:
            got.append(result)
    except Exception as error:  # noqa: BLE001 - compared between one and two processes
        return got, (type(error), str(error))
    return got, None


def _failing_input(texts, at):
    for i, text in enumerate(texts):
        if i == at:
            raise KeyError("the input broke")
        yield text


@pytest.mark.parametrize("make_items, first_error", [
    (lambda: TEXTS * 4 + [5] + TEXTS * 4, 16),          # a non-str item in the middle of a batch
    (lambda: [None] + TEXTS, 0),                          # the first item
    (lambda: TEXTS * 2 + [lambda: 1] + TEXTS, 8),         # an item that does not even pickle
    (lambda: _failing_input(TEXTS * 6, 13), 13),          # the input raises in the middle of a batch
    (lambda: _failing_input(TEXTS * 6, 12), 12),          # ... at the start of a batch
])
def test_pipe_in_processes_fails_where_one_process_fails(make_items, first_error):
    ex = Extractor()
    one = _collect(ex.pipe(make_items(), batch_size=3))
    two = _collect(ex.pipe(make_items(), batch_size=3, n_process=2))
    assert len(one[0]) == first_error and one[1] is not None
    assert two == one


def test_pipe_in_processes_reads_only_a_few_batches_ahead():
    read = []

    def many():
        for i in range(20_000):
            read.append(i)
            yield TEXTS[i % len(TEXTS)]

    results = Extractor().pipe(many(), batch_size=5, n_process=2)
    next(results)
    import time
    time.sleep(0.5)  # a paused consumer: nothing more may be read meanwhile
    assert len(read) <= 5 * 2 * 2 + 5
    results.close()


def test_pipe_worker_killed_is_an_error_not_a_hang():
    import multiprocessing
    import os
    import signal

    def many():
        for _ in range(100_000):
            yield TEXTS[2] * 50

    before = {p.pid for p in multiprocessing.active_children()}  # other tests' processes are not ours
    results = Extractor().pipe(many(), batch_size=2, n_process=2)
    next(results)
    workers = [p for p in multiprocessing.active_children() if p.pid not in before]
    assert workers
    os.kill(workers[0].pid, signal.SIGKILL)
    with pytest.raises(RuntimeError, match="worker process"):
        for _ in results:
            pass
    assert _all_gone(workers)


def test_pipe_closed_early_leaves_no_worker():
    import multiprocessing
    before = {p.pid for p in multiprocessing.active_children()}  # other tests' processes are not ours
    results = Extractor().pipe(iter(TEXTS * 50), batch_size=2, n_process=2)
    next(results)
    workers = [p for p in multiprocessing.active_children() if p.pid not in before]
    assert workers
    results.close()
    assert _all_gone(workers)


def _all_gone(workers, seconds=60.0):
    """True once no process of ``workers`` runs (gone, or a zombie waiting to be reaped); polls, so
    a worker still being shut down by the pool's own thread is waited for, one that stays is not."""
    import time

    def running(pid):
        try:
            with open(f"/proc/{pid}/stat", "rb") as handle:
                return handle.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
        except OSError:
            return False

    deadline = time.monotonic() + seconds
    while any(running(w.pid) for w in workers):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.mark.parametrize("kwargs", [{"batch_size": 0}, {"n_process": 0}, {"n_process": "2"}])
def test_pipe_bad_arguments(kwargs):
    with pytest.raises(ValueError):
        list(Extractor().pipe(TEXTS, **kwargs))


def test_pipe_as_tuples_rejects_plain_texts():
    with pytest.raises(TypeError, match="pairs"):
        list(Extractor().pipe(["abc"], as_tuples=True))


def test_public_api():
    assert callable(vnextract.extract) and vnextract.__version__


# --- bugs caught: each row is a defect found once, kept so it never comes back -------------------

def _render_is_function_after_view_import():
    import vnextract.view  # noqa: F401 - importing the submodule must not shadow vnextract.render
    return callable(vnextract.render) and not hasattr(vnextract.render, "__file__")


def _multiprocess_dask_partition_is_picklable():
    from vnextract.batch import extract_partition_list
    return pickle.loads(pickle.dumps(extract_partition_list(['{"id": 1, "text": "Ngày 24/9"}'])))[0]["id"] == 1


def _old_tone_quy_untouched():
    from vnextract.text import NormText
    return NormText("quý I/2017, Thuỵ Điển").text == "quý I/2017, Thụy Điển"


def _source_not_serialised():
    return "_source" not in extract("Ngày 24/9").to_dict()


@pytest.mark.parametrize("check", [
    _render_is_function_after_view_import,   # a module named render.py replaced the function on import
    _multiprocess_dask_partition_is_picklable,  # Dask's process scheduler cannot pickle generators
    _old_tone_quy_untouched,                  # "quý" must keep its tone on y ("qu" is one consonant)
    _source_not_serialised,                   # the text kept for notebooks must not leak into JSON
])
def test_bugs_caught(check):
    assert check()


# --- declared contracts: what each component reads and writes --------------------------------------

@pytest.mark.parametrize("disable, message", [
    (["titles"], "cannot disable 'titles': people and link read it; disable them too"),
    (["organizations"], "cannot disable 'organizations': locations and people read it; disable them too"),
    (["locations"], "cannot disable 'locations': people reads it; disable it too"),
    (["titles", "people"], "cannot disable 'titles': link reads it; disable it too"),
])
def test_disable_checked_against_the_declarations(disable, message):
    with pytest.raises(ValueError) as error:
        Extractor(disable=disable)
    assert str(error.value) == message


@pytest.mark.parametrize("disable", [
    ["people"],  # awards and link read people only if present (declared fallbacks)
    ["titles", "people", "awards", "link"],
    ["organizations", "locations", "people", "awards", "link"],
    ["awards", "link"],
])
def test_disable_allowed_where_nothing_depends(disable):
    assert not set(disable) & set(Extractor(disable=disable).pipe_names)


_TYPED = ("title_candidates", "entity_scan", "organization_spans", "location_spans", "sentences", "text", "norm")
CONTRACT_TEXT = ("Ngày 24/9/2018, Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến thăm tỉnh Bình Dương. "
                 "Đại biểu Trần Văn B nói về Nghị quyết số 25-NQ/TW. Ông được tặng Huân chương Lao động hạng Ba.")


def _state(doc):
    state = {name: repr(getattr(doc, name)) for name in _TYPED}
    state.update({kind: repr(records) for kind, records in doc.results.items()})
    return state


def test_each_component_writes_only_what_it_declares():
    from vnextract.pipeline import COMPONENTS, Doc
    doc = Doc(CONTRACT_TEXT)
    changed_any = set()
    for component in COMPONENTS:
        before = _state(doc)
        component.func(doc)
        after = _state(doc)
        changed = {key for key in after if after[key] != before[key]}
        assert changed <= set(component.writes), (component.name, changed - set(component.writes))
        changed_any |= changed
    assert {"people", "titles", "dates", "legal_refs", "awards", "organizations", "locations"} <= changed_any


def test_every_read_is_written_by_an_earlier_component():
    from vnextract.pipeline import COMPONENTS
    written = {"doc_date"}
    for component in COMPONENTS:
        missing = set(component.reads + component.reads_if_present) - written
        assert not missing, (component.name, missing)
        assert bool(component.reads_if_present) == bool(component.fallback), component.name
        written |= set(component.writes)


class _Reads(dict):
    """doc.results that records which kinds a component asks for."""

    def __init__(self, data, seen):
        super().__init__(data)
        self.seen = seen

    def __getitem__(self, key):
        self.seen.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self.seen.add(key)
        return super().get(key, default)

    def setdefault(self, key, default=None):
        self.seen.add(key)
        return super().setdefault(key, default)


# what every component may use: the caller's text, the offset map and the helpers built on them
_INFRASTRUCTURE = {"original", "norm", "make", "why", "norm_span", "explaining", "_why", "_why_records",
                   "_norm_spans", "_made_by", "_sentence_starts", "results"}


def test_each_component_reads_only_what_it_declares():
    from vnextract.pipeline import COMPONENTS, Doc

    seen: set = set()

    class Recording(Doc):
        def __getattribute__(self, name):
            if not name.startswith("__"):
                seen.add("sentences" if name == "sentence_of" else name)
            return object.__getattribute__(self, name)

    doc = Recording(CONTRACT_TEXT)
    used = {}
    for component in COMPONENTS:
        doc.results = _Reads(doc.results, seen)
        seen.clear()
        component.func(doc)
        used[component.name] = set(seen)
        doc.results = dict(doc.results)
        allowed = set(component.reads) | set(component.reads_if_present) | set(component.writes) | _INFRASTRUCTURE
        assert used[component.name] <= allowed, (component.name, used[component.name] - allowed)
    # the recording sees the hand-offs (so the check above can fail)
    assert {"titles", "organization_spans", "location_spans"} <= used["people"]
    assert {"organization_spans", "entity_scan"} <= used["locations"] and "sentences" in used["legal"]
