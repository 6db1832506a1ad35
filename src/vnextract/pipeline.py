"""The extraction pipeline: small named components run in order over one ``Doc``.

normalize -> sentences -> dates -> legal -> organizations -> locations -> titles -> people -> awards -> link

Each component is a module-level function ``component(doc) -> None`` that reads what earlier
components left on the doc and adds its own results; recognisers see only the normalised text and
create mentions through ``Doc.make`` so offsets always point into the caller's original string.
"""
import bisect
import contextlib
import datetime
import gc
import itertools
import re
from typing import Any, Callable, Dict, Iterable, Iterator, List, NamedTuple, Optional, Tuple, Union

from . import awards, dates, legal, linking, locations, organizations, people, titles
from . import kinds as _kinds
from .records import Explanation, Extraction
from .text import NormText, split_sentences

DocDate = Union[None, str, datetime.date]


def __getattr__(name: str):
    if name == "KINDS":  # the kinds' names, described in ``vnextract.kinds``
        return _kinds.names()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Doc:
    """What the components share while one text is processed."""

    __slots__ = ("original", "norm", "text", "doc_date", "sentences", "results", "title_candidates",
                 "entity_scan", "organization_spans", "location_spans", "explaining", "_why",
                 "_why_records", "_made_by", "_sentence_starts", "_norm_spans")

    def __init__(self, original: str, doc_date: Optional[datetime.date] = None):
        self.original = original
        self.norm: Optional[NormText] = None
        self.text = original  # the normalised text, once the "normalize" component has run
        self.doc_date = doc_date
        self.sentences: List[Tuple[int, int]] = []
        self.results: Dict[str, list] = {kind: [] for kind in _kinds.names()}
        # what one component leaves for another (typed fields, not keys of ``results``):
        #: titles -> link: titles whose holder is still to be confirmed ("đại biểu Nguyễn Văn A")
        self.title_candidates: list = []
        #: organizations -> locations: (text, [(start, entry)]) of the shared entity scan
        self.entity_scan: Optional[Tuple[str, List[Tuple[int, str]]]] = None
        #: organizations / locations -> people, titles: sorted normalised (start, end) of their records
        self.organization_spans: Optional[List[Tuple[int, int]]] = None
        self.location_spans: Optional[List[Tuple[int, int]]] = None
        #: explain mode: recognisers record why they made each mention (``why``)
        self.explaining = False
        self._why: Dict[int, Tuple[str, Dict[str, str]]] = {}
        self._why_records: list = []  # the records explained, kept alive (their ids stay theirs)
        self._made_by: Dict[int, str] = {}  # explain mode: id(record) -> the component that added it
        self._sentence_starts: Optional[List[int]] = None
        self._norm_spans: Dict[int, Tuple[int, int]] = {}  # id(record) -> normalised (start, end)

    def make(self, cls, start: int, end: int, **fields):
        """A record of ``cls`` for the normalised span [start, end), with original offsets/text."""
        if self.norm is not None:
            ostart, oend = self.norm.span(start, end)
        else:
            ostart, oend = start, end
        record = cls(text=self.original[ostart:oend], start=ostart, end=oend, **fields)
        self._norm_spans[id(record)] = (start, end)
        return record

    def why(self, record, rule: str, **evidence: str) -> None:
        """Record that ``rule`` (a named rule of the recogniser, e.g. "cue word then name") made
        ``record``, with its evidence (cue word, list entry, context ...). Free when not explaining."""
        if self.explaining:
            self._why[id(record)] = (rule, {key: str(value) for key, value in evidence.items()})
            self._why_records.append(record)

    def norm_span(self, record) -> Tuple[int, int]:
        """The normalised (start, end) of a record made by ``make`` (its offsets in ``doc.text``).

        Later components use it to work with earlier records on the normalised text; for a
        record made elsewhere it falls back to mapping the original offsets.
        """
        span = self._norm_spans.get(id(record))
        if span is not None:
            return span
        if self.norm is None:
            return record.start, record.end
        return self.norm.to_norm(record.start, record.end)

    def sentence_of(self, pos: int) -> Tuple[int, int]:
        """The sentence span containing normalised position ``pos`` (or the whole text)."""
        if not self.sentences:
            return 0, len(self.text)
        if self._sentence_starts is None:
            self._sentence_starts = [s for s, _ in self.sentences]
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i < 0:
            return 0, self.sentences[0][1]
        return self.sentences[i]


def normalize(doc: Doc) -> None:
    doc.norm = NormText(doc.original)
    doc.text = doc.norm.text


def sentences(doc: Doc) -> None:
    doc.sentences = split_sentences(doc.text)


ComponentFn = Callable[[Doc], None]


class Component(NamedTuple):
    """One pipeline step and its contract: what it reads from the ``Doc`` and what it writes.

    ``reads``/``writes`` name kinds (``doc.results[kind]``) and ``Doc`` fields (``text``,
    ``sentences``, ``title_candidates``, ``organization_spans`` ...). A component whose ``reads``
    another one writes cannot run without it: ``Extractor(disable=...)`` refuses to leave that one
    out alone. ``reads_if_present`` are read when there, with a declared fallback when not
    (``fallback`` says what changes), so disabling their writer is allowed.
    """
    name: str
    func: ComponentFn
    reads: Tuple[str, ...] = ()
    writes: Tuple[str, ...] = ()
    reads_if_present: Tuple[str, ...] = ()
    fallback: str = ""


#: the components in run order, with their contracts (a test checks ``writes`` against what each
#: component really changes on the Doc). "normalize" and "sentences" are required by all others.
COMPONENTS: Tuple[Component, ...] = (
    Component("normalize", normalize, writes=("text", "norm")),
    Component("sentences", sentences, reads=("text",), writes=("sentences",)),
    Component("dates", dates.recognize, reads=("text", "doc_date"), writes=("dates",)),
    Component("legal", legal.recognize, reads=("text", "sentences"), writes=("legal_refs",)),
    Component("organizations", organizations.recognize, reads=("text",),
              writes=("organizations", "organization_spans", "entity_scan")),
    Component("locations", locations.recognize, reads=("text", "organization_spans"),
              writes=("locations", "location_spans"), reads_if_present=("entity_scan",),
              fallback="without the organisations' entity scan, locations scans the text itself"),
    Component("titles", titles.recognize, reads=("text",), writes=("titles", "title_candidates")),
    Component("people", people.recognize, reads=("text", "titles", "organization_spans", "location_spans"),
              writes=("people",)),
    Component("awards", awards.recognize, reads=("text", "sentences"), writes=("awards",),
              reads_if_present=("people",),
              fallback="without people, awards have no recipient_names"),
    Component("link", linking.link, reads=("titles", "title_candidates"), writes=("titles", "people"),
              reads_if_present=("people",),
              fallback="without people, link finds holders' names by its own pattern"),
)
#: (name, function) in run order, as before the contracts
PIPELINE: Tuple[Tuple[str, ComponentFn], ...] = tuple((c.name, c.func) for c in COMPONENTS)
REQUIRED = ("normalize", "sentences")
#: user-facing aliases: a kind names the component that makes it ("legal_refs" -> "legal")
ALIASES = {**{k.name: k.component for k in _kinds.all_kinds() if k.name != k.component},
           "linking": "link", "linker": "link"}


def dependents(name: str) -> List[str]:
    """The components after ``name`` that read what it writes (not only if present)."""
    names = [c.name for c in COMPONENTS]
    made = {item for c in COMPONENTS if c.name == name for item in c.writes}
    return [c.name for c in COMPONENTS[names.index(name) + 1:] if made & set(c.reads)]


def add_component(component: Component, *, before: Optional[str] = None, after: Optional[str] = None) -> None:
    """Add a component to the pipeline every ``Extractor`` runs (at the end, or ``before``/``after``
    a named one); with ``kinds.register`` this adds a kind from outside the library."""
    global COMPONENTS, PIPELINE
    if not isinstance(component, Component):
        raise TypeError(f"add_component() takes a Component, not {type(component).__name__}")
    names = [c.name for c in COMPONENTS]
    if component.name in names:
        raise ValueError(f"a component named {component.name!r} exists")
    anchor = before or after
    if anchor is not None and anchor not in names:
        raise ValueError(f"unknown component {anchor!r}; components are: {', '.join(names)}")
    index = len(names) if anchor is None else names.index(anchor) + (1 if after else 0)
    COMPONENTS = COMPONENTS[:index] + (component,) + COMPONENTS[index:]
    PIPELINE = tuple((c.name, c.func) for c in COMPONENTS)


def remove_component(name: str) -> None:
    """Remove a component added by ``add_component``."""
    global COMPONENTS, PIPELINE
    if name in {c.name for c in _BUILTIN}:
        raise ValueError(f"{name!r} is a built-in component: disable it with Extractor(disable=...)")
    COMPONENTS = tuple(c for c in COMPONENTS if c.name != name)
    PIPELINE = tuple((c.name, c.func) for c in COMPONENTS)


_BUILTIN = COMPONENTS


def _and(names: List[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# a date, or a date and time, in ISO 8601 extended form: "2018-09-25", "2018-09-25T10:30:00+07:00"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}(?::\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?)?"
                       r"(?:Z|[+-]\d{2}(?::?\d{2})?)?)?", re.ASCII)


def parse_doc_date(doc_date: DocDate) -> Optional[datetime.date]:
    """``doc_date`` as a ``datetime.date``: a date, a datetime (its date), or an ISO 8601 string
    ("2018-09-25", or with a valid time "2018-09-25T10:30:00+07:00"; surrounding whitespace is
    ignored). Anything else, trailing text or an impossible time included, is a ValueError (a
    TypeError for other types). Every date of years 1-9999 is accepted; a year to fill that falls
    outside them leaves that mention unresolved."""
    if doc_date is None:
        return None
    if isinstance(doc_date, datetime.datetime):
        return doc_date.date()
    if isinstance(doc_date, datetime.date):
        return doc_date
    if isinstance(doc_date, str):
        text = doc_date.strip()
        try:
            if not _ISO_DATE.fullmatch(text):
                raise ValueError
            if len(text) == 10:
                return datetime.date.fromisoformat(text)
            return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            raise ValueError(f"doc_date must be an ISO date like '2018-09-25', got {doc_date!r}") from None
    raise TypeError(f"doc_date must be a datetime.date or an ISO date string, not {type(doc_date).__name__}")


def _explanations(doc: Doc, result: Extraction) -> Dict[int, Tuple[Any, Explanation]]:
    """id(mention) -> (mention, Explanation) for every mention of ``result``."""
    out: Dict[int, Tuple[Any, Explanation]] = {}
    for kind, mention in result.mentions():
        why = doc._why.get(id(mention))
        if why is None:
            rule, evidence = doc._made_by.get(id(mention)) or _kinds.get(kind).component, {}
        else:
            rule, evidence = why[0], dict(why[1])
        out[id(mention)] = (mention, Explanation(kind=kind, text=mention.text, start=mention.start,
                                                 end=mention.end, rule=rule, evidence=evidence))
    return out


def _position(m) -> Tuple[int, int]:
    return m.start, m.end


def _mark_made_by(doc: Doc, name: str) -> None:
    """Explain mode: the records ``name`` has just added were made by that component."""
    for records in doc.results.values():
        for record in records:
            doc._made_by.setdefault(id(record), name)


def _result(doc: Doc, text: str, explain: bool) -> Extraction:
    """The ``Extraction`` of a doc the components have run on."""
    lists: Dict[str, Any] = {kind: sorted(doc.results[kind], key=_position) for kind in _kinds.names()}
    result = Extraction(**lists)
    if doc.doc_date is not None:
        result.doc_date = doc.doc_date.isoformat()
    result.__dict__["_source"] = text  # for render() and notebooks; not a field, not serialised
    if explain:  # not a field either: the JSON of the Extraction stays the same
        result.__dict__["_explanations"] = _explanations(doc, result)
    return result


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """The cyclic garbage collector paused while the components run (and resumed after, when it
    was on): they make no reference cycles (the collections during a run of 1,000 corpus articles
    free nothing), but make and drop so many objects that the collector's passes cost a few per
    cent of the CPU time. Reference counting still frees everything at once; the objects still
    alive are looked at once when the collector resumes."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class Extractor:
    """A reusable, picklable extraction pipeline: build one, call it on many texts.

    ``Extractor(disable=("awards",))`` leaves out components by name (``pipe_names`` lists those
    that run: normalize, sentences, dates, legal, organizations, locations, titles, people, awards,
    link; ``legal_refs`` is accepted for ``legal``). ``normalize`` and ``sentences`` cannot be
    disabled; an unknown name is a ``ValueError``, and so is a component another running one reads
    (``COMPONENTS`` declares what each reads and writes): ``disable=["titles"]`` says "cannot
    disable 'titles': people and link read it; disable them too".

    - ``ex.extract(text, doc_date=None)`` (or ``ex(text)``) -> ``Extraction``, as ``vnextract.extract``.
    - ``ex.pipe(texts, batch_size=64, n_process=1, as_tuples=False, doc_date=None)`` -> results in
      input order; ``as_tuples=True`` takes ``(text, context)`` pairs and yields
      ``(Extraction, context)``; ``n_process=2`` (or ``-1`` for every core) spreads batches over
      worker processes.

    An ``Extractor`` holds only the names of its disabled components, so it pickles into worker
    processes (multiprocessing, Dask, Spark) cheaply; data and patterns load once per process.

    Examples:
        >>> ex = Extractor(disable=["awards"])
        >>> ex.pipe_names[:3]
        ['normalize', 'sentences', 'dates']
        >>> [len(r.dates) for r in ex.pipe(["Ngày 24/9/2018 trời mưa.", ""])]
        [1, 0]
    """

    def __init__(self, disable: Iterable[str] = ()):
        if isinstance(disable, str):
            disable = [disable]
        names = [name for name, _ in PIPELINE]
        wanted = set()
        for name in disable:
            if not isinstance(name, str):
                raise TypeError(f"disable takes component names (str), not {type(name).__name__}")
            name = ALIASES.get(name, name)
            if name not in names:
                raise ValueError(f"unknown component {name!r}; components are: {', '.join(names)}")
            if name in REQUIRED:
                raise ValueError(f"component {name!r} is required by every other one and cannot be disabled")
            wanted.add(name)
        for name in (n for n in names if n in wanted):
            readers = [r for r in dependents(name) if r not in wanted]
            if readers:
                them = "it" if len(readers) == 1 else "them"
                raise ValueError(f"cannot disable {name!r}: {_and(readers)} read{'s' if len(readers) == 1 else ''} "
                                 f"it; disable {them} too")
        self.disabled = tuple(n for n in names if n in wanted)

    @property
    def pipe_names(self) -> List[str]:
        """Names of the components that run, in order."""
        return [name for name, _ in PIPELINE if name not in self.disabled]

    @property
    def components(self) -> List[Tuple[str, ComponentFn]]:
        return [(name, fn) for name, fn in PIPELINE if name not in self.disabled]

    def __repr__(self) -> str:
        return f"Extractor(pipe_names={self.pipe_names!r})"

    def __reduce__(self):
        return (Extractor, (self.disabled,))

    def make_doc(self, text: str, doc_date: DocDate = None, explain: bool = False) -> Doc:
        if not isinstance(text, str):
            raise TypeError(f"extract() takes a str, not {type(text).__name__}")
        doc = Doc(text, parse_doc_date(doc_date))
        with _no_gc():
            if explain:
                doc.explaining = True
                for name, component in self.components:
                    component(doc)
                    _mark_made_by(doc, name)
                return doc
            for _, component in self.components:
                component(doc)
        return doc

    def extract(self, text: str, doc_date: DocDate = None, *, explain: bool = False) -> Extraction:
        """Extract every kind of mention from ``text``; ``doc_date`` fills unknown years. With
        ``explain=True``, ``result.explain(mention)`` says which rule made each mention."""
        return _result(self.make_doc(text, doc_date, explain), text, explain)

    def _extract_batch(self, texts: List[Any], doc_date: Optional[datetime.date],
                       explain: bool = False) -> Tuple[List[Extraction], Optional[BaseException]]:
        """``extract`` of each text, up to the first that raises: (the results before it, its
        error), or (all results, None); the error of an item that is no str is the TypeError of
        ``extract``. Every component runs over the whole batch before the next one starts: its
        patterns and tables stay in the processor's caches (text by text, the other components
        push them out: the same components ran some 1.2x slower). Each text sees the same
        components in the same order, so each result is the one ``extract`` gives."""
        docs: List[Doc] = []
        error: Optional[BaseException] = None
        for text in texts:
            if not isinstance(text, str):
                error = TypeError(f"extract() takes a str, not {type(text).__name__}")
                break
            doc = Doc(text, doc_date)
            doc.explaining = explain
            docs.append(doc)
        with _no_gc():
            for name, component in self.components:
                for i, doc in enumerate(docs):
                    try:
                        component(doc)
                    except Exception as failure:
                        # the first text that fails, in input order, ends the batch (as one by one)
                        del docs[i:]
                        error = failure
                        break
                    if explain:
                        _mark_made_by(doc, name)
        return [_result(doc, doc.original, explain) for doc in docs], error
    __call__ = extract

    def pipe(self, texts: Iterable[Any], *, batch_size: int = 64, n_process: int = 1,
             as_tuples: bool = False, doc_date: DocDate = None, explain: bool = False) -> Iterator[Any]:
        """Extract from many texts, yielding results in input order.

        With ``as_tuples=True`` it takes ``(text, context)`` pairs and yields
        ``(Extraction, context)``. ``n_process > 1`` spreads batches over worker processes.
        ``explain=True`` explains every result, as ``extract(..., explain=True)``. Texts are read
        and run ``batch_size`` at a time, each component over the whole batch (faster than text by
        text, with the same results; an error comes after the results of the texts before it).
        """
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
        if not isinstance(n_process, int) or n_process == 0 or n_process < -1:
            raise ValueError(f"n_process must be a positive int (or -1 for all cores), got {n_process!r}")
        date = parse_doc_date(doc_date)
        if as_tuples:
            texts_only, contexts = _split_pairs(texts)
            results = self._pipe_texts(texts_only, batch_size, n_process, date, explain)
            return ((result, ctx) for result, ctx in zip(results, contexts, strict=False))
        return self._pipe_texts(iter(texts), batch_size, n_process, date, explain)

    def _pipe_texts(self, texts: Iterator[Any], batch_size: int, n_process: int,
                    date: Optional[datetime.date], explain: bool = False) -> Iterator[Extraction]:
        if n_process == -1:
            import os
            n_process = os.cpu_count() or 1
        if n_process == 1:
            for batch, input_error in _batched(texts, batch_size):
                results, error = self._extract_batch(batch, date, explain)
                yield from results
                if error is not None:
                    raise error
                if input_error is not None:
                    raise input_error
            return
        yield from _pipe_processes(self, texts, batch_size, n_process, date, explain)


def _pipe_processes(extractor: "Extractor", texts: Iterator[Any], batch_size: int, n_process: int,
                    date: Optional[datetime.date], explain: bool = False) -> Iterator[Extraction]:
    """``pipe()`` over ``n_process`` worker processes: what one process yields, in the same order;
    an error (of the input, or of one item) is raised where one process raises it, after the
    results before it. At most two batches per process are in flight: input is read only as the
    consumer takes results (a paused consumer pauses the reading). A worker that dies ends the
    iteration with a RuntimeError; workers never outlive it (nor a killed main process)."""
    import multiprocessing
    import os
    import threading
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # fork is the cheap start, but a child forked while another thread holds a lock can wait on it
    # forever (seen in the test suite, where earlier pools and libraries leave threads): with other
    # threads running, the workers are spawned
    methods = multiprocessing.get_all_start_methods()
    fork = "fork" in methods and threading.active_count() == 1
    ctx = multiprocessing.get_context("fork" if fork else "spawn")
    executor = ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_watch_parent, initargs=(os.getpid(),))
    batches = _batched(texts, batch_size)
    in_flight: deque = deque()  # (future, error of the input after this batch or None)
    workers: dict = {}  # every worker the pool started (the pool forgets them once it is broken)
    finished = False
    try:
        while True:
            while len(in_flight) < 2 * n_process:
                item = next(batches, None)
                if item is None:
                    break
                batch, input_error = item
                for i, text in enumerate(batch):  # (not sent to a worker: it may not even pickle)
                    if not isinstance(text, str):
                        batch, input_error = batch[:i], TypeError(f"extract() takes a str, not {type(text).__name__}")
                        break
                try:
                    future = executor.submit(_run_batch, (extractor, batch, date, explain)) if batch else None
                except BrokenProcessPool:  # a worker died while earlier batches were still queued
                    raise RuntimeError("a worker process of pipe() died (killed?)") from None
                in_flight.append((future, input_error))
                workers.update(getattr(executor, "_processes", None) or {})
                if input_error is not None:
                    break  # nothing is read after an error of the input
            if not in_flight:
                break
            done, input_error = in_flight.popleft()
            if done is not None:
                try:
                    results, error = done.result()
                except BrokenProcessPool:
                    raise RuntimeError("a worker process of pipe() died (killed?)") from None
                yield from results
                if error is not None:
                    raise error
            if input_error is not None:
                raise input_error
        finished = True
    finally:
        _stop_pool(executor, finished, workers.values())


def _stop_pool(executor, finished: bool, known=()) -> None:
    """Shut a process pool down; when the work did not finish (an error, a dead worker, a consumer
    that stopped) its workers are terminated first, and in every case none is left running.
    ``known``: workers seen while the pool ran (a broken pool no longer lists them)."""
    processes = {id(p): p for p in (getattr(executor, "_processes", None) or {}).values()}
    processes.update((id(p), p) for p in known)
    if not finished:
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes.values():
            if process.is_alive():
                process.terminate()
        for process in processes.values():
            process.join(10)
            if process.is_alive():  # SIGTERM not acted on in time
                process.kill()
                process.join(10)
    executor.shutdown(wait=True)


def _watch_parent(parent: int) -> None:
    """In a worker process: exit as soon as the process that started it is gone (killed), so
    that no worker outlives a killed run."""
    import os
    import threading
    import time

    def watch():
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="vnextract-watch-parent", daemon=True).start()


def _split_pairs(items: Iterable[Any]):
    """Two lazy iterators over (text, context) pairs: the texts, and the contexts."""
    first, second = itertools.tee(iter(items))

    def texts():
        for item in first:
            if not isinstance(item, tuple) or len(item) != 2:
                raise TypeError("with as_tuples=True, pipe() takes (text, context) pairs")
            yield item[0]

    return texts(), (item[1] for item in second)


def _batched(items: Iterator[Any], size: int) -> Iterator[Tuple[List[Any], Optional[BaseException]]]:
    """(batch, None) for each batch of ``size`` items; when reading the input raises, the items
    read before it come with the error, (items, error), and nothing follows."""
    items = iter(items)
    while True:
        batch: List[Any] = []
        try:
            for _ in range(size):
                batch.append(next(items))
        except StopIteration:
            if batch:
                yield batch, None
            return
        except Exception as error:
            yield batch, error
            return
        yield batch, None


def _run_batch(args) -> Tuple[List[Extraction], Optional[BaseException]]:
    """In a worker: the results of a batch up to its first error, and that error (or None)."""
    extractor, batch, date, explain = args
    results, error = extractor._extract_batch(batch, date, explain)
    return results, None if error is None else _picklable(error)


def _picklable(error: BaseException) -> BaseException:
    import pickle
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")


_DEFAULT: Optional[Extractor] = None


def extract(text: str, *, doc_date: DocDate = None, explain: bool = False) -> Extraction:
    """Extract dates, legal references, people, titles and awards from one Vietnamese text.

    Parameters:
        text: the text, as you have it (any Unicode form; NFD accents, NBSP, look-alike letters
            and zero-width characters are handled). ``""`` gives an empty ``Extraction``.
        doc_date: optional publication date (``"2018-09-25"`` or a ``datetime.date``): it fills
            the year of dates written without one (``resolved``) and resolves "hôm qua",
            "cùng ngày" ... A bad date string is a ``ValueError``.

    Returns:
        An ``Extraction`` with one list per kind: ``dates``, ``legal_refs``, ``people``,
        ``titles``, ``awards`` (each sorted by position). Every mention has ``text``, ``start``
        and ``end`` with ``text[m.start:m.end] == m.text`` on the string you passed, plus the
        fields of its kind. ``result.mentions()`` gives ``(kind, mention)`` pairs in text order,
        ``result.persons`` groups people with the titles they hold, ``result.resolutions`` the
        resolutions, ``result.to_json()`` / ``Extraction.from_json`` round-trip exactly.

        explain: when true, ``result.explain(mention)`` gives the ``Explanation`` of a mention
            (its kind, the named rule that made it, the evidence), ``result.explanations()``
            every one in text order; the JSON of the result is the same either way.

    Raises:
        TypeError: ``text`` is not a str.

    Examples:
        >>> import vnextract
        >>> result = vnextract.extract("Ngày 24/9, Tỉnh ủy Bình Dương sơ kết Nghị quyết số 25-NQ/TW.",
        ...                            doc_date="2018-09-25")
        >>> [(d.text, d.value, d.resolved) for d in result.dates]
        [('Ngày 24/9', 'XXXX-09-24', '2018-09-24')]
        >>> result.legal_refs[0].symbol
        '25-NQ/TW'

    For many texts build one ``Extractor`` and use ``Extractor.pipe``. The module-level default
    extractor runs every component.
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(text, doc_date, explain=explain)
