"""The extraction pipeline: small named components run in order over one ``Doc``.

normalize -> sentences -> dates -> legal -> organizations -> locations -> titles -> people -> awards -> link

Each component is a module-level function ``component(doc) -> None`` that reads what earlier
components left on the doc and adds its own results; recognisers see only the normalised text and
create mentions through ``Doc.make`` so offsets always point into the caller's original string.
"""
import bisect
import datetime
import itertools
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple, Union

from . import awards, dates, legal, linking, locations, organizations, people, titles
from .records import KINDS, Extraction
from .text import NormText, split_sentences

DocDate = Union[None, str, datetime.date]


class Doc:
    """What the components share while one text is processed."""

    __slots__ = ("original", "norm", "text", "doc_date", "sentences", "results", "_sentence_starts", "_norm_spans")

    def __init__(self, original: str, doc_date: Optional[datetime.date] = None):
        self.original = original
        self.norm: Optional[NormText] = None
        self.text = original  # the normalised text, once the "normalize" component has run
        self.doc_date = doc_date
        self.sentences: List[Tuple[int, int]] = []
        self.results: Dict[str, list] = {kind: [] for kind in KINDS}
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


Component = Callable[[Doc], None]

#: (name, function) in run order. "normalize" and "sentences" are required by all others.
PIPELINE: Tuple[Tuple[str, Component], ...] = (
    ("normalize", normalize),
    ("sentences", sentences),
    ("dates", dates.recognize),
    ("legal", legal.recognize),
    ("organizations", organizations.recognize),
    ("locations", locations.recognize),
    ("titles", titles.recognize),
    ("people", people.recognize),
    ("awards", awards.recognize),
    ("link", linking.link),
)
REQUIRED = ("normalize", "sentences")
#: user-facing aliases: the result kinds name their component
ALIASES = {"legal_refs": "legal", "linking": "link", "linker": "link"}


def parse_doc_date(doc_date: DocDate) -> Optional[datetime.date]:
    if doc_date is None:
        return None
    if isinstance(doc_date, datetime.datetime):
        return doc_date.date()
    if isinstance(doc_date, datetime.date):
        return doc_date
    if isinstance(doc_date, str):
        try:
            return datetime.date.fromisoformat(doc_date.strip()[:10])
        except ValueError:
            raise ValueError(f"doc_date must be an ISO date like '2018-09-25', got {doc_date!r}") from None
    raise TypeError(f"doc_date must be a datetime.date or an ISO date string, not {type(doc_date).__name__}")


class Extractor:
    """A reusable, picklable extraction pipeline.

    >>> ex = Extractor(disable=["awards"])
    >>> ex.pipe_names[:3]
    ['normalize', 'sentences', 'dates']
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
        self.disabled = tuple(n for n in names if n in wanted)

    @property
    def pipe_names(self) -> List[str]:
        """Names of the components that run, in order."""
        return [name for name, _ in PIPELINE if name not in self.disabled]

    @property
    def components(self) -> List[Tuple[str, Component]]:
        return [(name, fn) for name, fn in PIPELINE if name not in self.disabled]

    def __repr__(self) -> str:
        return f"Extractor(pipe_names={self.pipe_names!r})"

    def __reduce__(self):
        return (Extractor, (self.disabled,))

    def make_doc(self, text: str, doc_date: DocDate = None) -> Doc:
        if not isinstance(text, str):
            raise TypeError(f"extract() takes a str, not {type(text).__name__}")
        doc = Doc(text, parse_doc_date(doc_date))
        for _, component in self.components:
            component(doc)
        return doc

    def extract(self, text: str, doc_date: DocDate = None) -> Extraction:
        """Extract every kind of mention from ``text``; ``doc_date`` fills unknown years."""
        doc = self.make_doc(text, doc_date)
        result = Extraction(**{kind: sorted(doc.results[kind], key=lambda m: (m.start, m.end)) for kind in KINDS})
        if doc.doc_date is not None:
            result.doc_date = doc.doc_date.isoformat()
        result.__dict__["_source"] = text  # for render() and notebooks; not a field, not serialised
        return result

    __call__ = extract

    def pipe(self, texts: Iterable[Any], *, batch_size: int = 64, n_process: int = 1,
             as_tuples: bool = False, doc_date: DocDate = None) -> Iterator[Any]:
        """Extract from many texts, yielding results in input order.

        With ``as_tuples=True`` it takes ``(text, context)`` pairs and yields
        ``(Extraction, context)``. ``n_process > 1`` spreads batches over worker processes.
        """
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
        if not isinstance(n_process, int) or n_process == 0 or n_process < -1:
            raise ValueError(f"n_process must be a positive int (or -1 for all cores), got {n_process!r}")
        date = parse_doc_date(doc_date)
        if as_tuples:
            texts_only, contexts = _split_pairs(texts)
            results = self._pipe_texts(texts_only, batch_size, n_process, date)
            return ((result, ctx) for result, ctx in zip(results, contexts))
        return self._pipe_texts(iter(texts), batch_size, n_process, date)

    def _pipe_texts(self, texts: Iterator[Any], batch_size: int, n_process: int,
                    date: Optional[datetime.date]) -> Iterator[Extraction]:
        if n_process == -1:
            import os
            n_process = os.cpu_count() or 1
        if n_process == 1:
            for text in texts:
                yield self.extract(text, date)
            return
        import multiprocessing

        ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
        batches = _batched(texts, batch_size)
        with ctx.Pool(n_process) as pool:
            for batch_result in pool.imap(_run_batch, ((self, batch, date) for batch in batches)):
                yield from batch_result


def _split_pairs(items: Iterable[Any]):
    """Two lazy iterators over (text, context) pairs: the texts, and the contexts."""
    first, second = itertools.tee(iter(items))

    def texts():
        for item in first:
            if not isinstance(item, tuple) or len(item) != 2:
                raise TypeError("with as_tuples=True, pipe() takes (text, context) pairs")
            yield item[0]

    return texts(), (item[1] for item in second)


def _batched(items: Iterator[Any], size: int) -> Iterator[List[Any]]:
    items = iter(items)
    while True:
        batch = list(itertools.islice(items, size))
        if not batch:
            return
        yield batch


def _run_batch(args) -> List[Extraction]:
    extractor, batch, date = args
    return [extractor.extract(text, date) for text in batch]


_DEFAULT: Optional[Extractor] = None


def extract(text: str, *, doc_date: DocDate = None) -> Extraction:
    """Extract dates, legal references, people, titles and awards from one Vietnamese text."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(text, doc_date)
