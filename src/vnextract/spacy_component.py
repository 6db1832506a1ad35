"""spaCy integration: a ``vnextract`` pipeline component and a Vietnamese tokenizer.

    import spacy
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnextract.Tokenizer.v1"}}})
    nlp.add_pipe("vnextract")
    doc = nlp("Ngày 24/9, Tỉnh ủy Bình Dương ...")
    doc.ents                                    # PERSON, DATE, LAW ... (standard labels)
    doc.spans["vnextract_dates"]                # every mention of every kind, overlaps kept
    doc._.vnextract                             # the typed Extraction

The tokenizer cuts the text into **words** by default (underthesea's segmenter: "Bình Dương" is one
token), or into syllables and punctuation marks with ``mode = "syllables"`` (no model, fastest).
Either way ``doc.text`` is the caller's text, character for character.

The component puts every mention into ``doc.spans["vnextract_<kind>"]`` (label: the kind) and the
kinds that have a standard entity label into ``doc.ents``:

=================  ======
kind               label
=================  ======
people             PERSON
organizations      ORG
locations          LOC
dates              DATE
legal_refs         LAW
=================  ======

(titles and awards have no standard label and stay in ``doc.spans``; a kind this version does not
produce is simply absent). ``doc.ents`` cannot overlap, so overlapping candidates are chosen by
the ``overlap`` policy: ``"longest"`` (default: the longer span wins, then the earlier one, then
the kind earlier in ``priority``) or ``"priority"`` (the kind earlier in ``priority`` wins, then
the longer, then the earlier). Entities already on the doc (from an earlier NER component) are
kept unless ``overwrite_ents`` is true; ``ents = false`` leaves ``doc.ents`` alone. ``labels``
in the config is merged with the table above: map a kind to ``""`` to keep it out of ``doc.ents``.

Mentions are aligned to tokens; a mention that ends inside a token is widened to the whole token
(the exact offsets stay in ``doc._.vnextract``). The factory and the tokenizer are registered
through the ``spacy_factories`` / ``spacy_tokenizers`` entry points, so ``spacy.load`` of a saved
pipeline finds them without importing vnextract first.
"""
from typing import Dict, List, Optional, Sequence, Set, Tuple

import regex

try:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span
    from spacy.util import registry
except ImportError:  # pragma: no cover - depends on the install flavour
    raise ImportError('vnextract.spacy_component needs spaCy: pip install "vnextract[spacy]"') from None

from . import kinds
from .pipeline import Extractor

SPAN_PREFIX = kinds.SPAN_PREFIX
#: kind -> standard entity label, from the kinds' descriptions (``vnextract.kinds``)
ENT_LABELS: Dict[str, str] = kinds.entity_labels()
#: the default order of kinds for the "priority" policy and for ties under "longest"
ENT_PRIORITY: Tuple[str, ...] = tuple(ENT_LABELS)
OVERLAP_POLICIES = ("longest", "priority")
TOKENIZER_MODES = ("words", "syllables")
_TOKEN = regex.compile(r"\w+|[^\w\s]")


class _Stateless:
    """Nothing to save beyond the config: serialisation hooks for nlp.to_disk / spacy.load."""

    def to_disk(self, path, *, exclude=tuple()):
        return None

    def from_disk(self, path, *, exclude=tuple()):
        return self

    def to_bytes(self, *, exclude=tuple()):
        return b""

    def from_bytes(self, data, *, exclude=tuple()):
        return self


def _syllable_spans(text: str) -> List[Tuple[int, int]]:
    return [m.span() for m in _TOKEN.finditer(text)]


class VnTokenizer(_Stateless):
    """Vietnamese tokens whose concatenation is the text itself.

    ``mode="words"`` (default): underthesea's words ("Tỉnh ủy", "Bình Dương"), see
    ``vnextract.words``. ``mode="syllables"``: syllables and single punctuation marks
    ("24/9," -> "24", "/", "9", ","), deterministic, no model. White space other than one plain
    space after a token becomes a token of its own, so ``doc.text == text`` always.
    """

    def __init__(self, vocab, mode: str = "words"):
        if mode not in TOKENIZER_MODES:
            raise ValueError(f"tokenizer mode must be one of {', '.join(TOKENIZER_MODES)}, got {mode!r}")
        self.vocab = vocab
        self.mode = mode
        if mode == "words":
            from .words import _segmenter
            _segmenter()  # a clear ImportError now rather than on the first text

    def __call__(self, text: str) -> SpacyDoc:
        if self.mode == "words":
            from .words import word_spans
            spans = word_spans(text)
        else:
            spans = _syllable_spans(text)
        words: List[str] = []
        spaces: List[bool] = []
        if spans and spans[0][0] > 0:
            words.append(text[:spans[0][0]])
            spaces.append(False)
        for i, (start, end) in enumerate(spans):
            nxt = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            gap = text[end:nxt]
            words.append(text[start:end])
            if gap == " ":
                spaces.append(True)
            else:
                spaces.append(False)
                if gap:  # other white space becomes its own token so that doc.text == text
                    words.append(gap)
                    spaces.append(False)
        if not spans and text:
            words, spaces = [text], [False]
        return SpacyDoc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)


@registry.tokenizers("vnextract.Tokenizer.v1")
def create_tokenizer(mode: str = "words"):
    """``[nlp.tokenizer] @tokenizers = "vnextract.Tokenizer.v1"``, ``mode = "words"`` or ``"syllables"``."""
    if mode not in TOKENIZER_MODES:
        raise ValueError(f"tokenizer mode must be one of {', '.join(TOKENIZER_MODES)}, got {mode!r}")

    def make(nlp):
        return VnTokenizer(nlp.vocab, mode)

    return make


def choose_entities(candidates: Sequence[Tuple[str, Span]], overlap: str = "longest",
                    priority: Sequence[str] = ENT_PRIORITY, taken: Sequence[Span] = ()) -> List[Span]:
    """Non-overlapping spans out of ``(kind, span)`` candidates by the ``overlap`` policy (see the
    module docstring); a candidate overlapping one of the ``taken`` spans is dropped."""
    if overlap not in OVERLAP_POLICIES:
        raise ValueError(f"overlap must be one of {', '.join(OVERLAP_POLICIES)}, got {overlap!r}")
    rank = {kind: i for i, kind in enumerate(priority)}

    def key(item):
        kind, span = item
        length = span.end - span.start
        kind_rank = rank.get(kind, len(rank))
        if overlap == "longest":
            return (-length, span.start, kind_rank)
        return (kind_rank, -length, span.start)

    used: Set[int] = set()
    for span in taken:
        used.update(range(span.start, span.end))
    chosen = []
    for _, span in sorted(candidates, key=key):
        tokens = range(span.start, span.end)
        if any(t in used for t in tokens):
            continue
        used.update(tokens)
        chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


class VnextractComponent(_Stateless):
    """Runs ``Extractor.extract`` on ``doc.text``; see the module docstring for what it sets."""

    def __init__(self, nlp: Language, name: str, disable: List[str], doc_date: Optional[str], ents: bool = True,
                 labels: Optional[Dict[str, str]] = None, overlap: str = "longest",
                 priority: Optional[List[str]] = None, overwrite_ents: bool = False):
        if overlap not in OVERLAP_POLICIES:
            raise ValueError(f"overlap must be one of {', '.join(OVERLAP_POLICIES)}, got {overlap!r}")
        self.name = name
        self.extractor = Extractor(disable=disable)
        self.doc_date = doc_date
        self.ents = ents
        self.labels = {**kinds.entity_labels(), **(labels or {})}  # the config's labels, merged
        self.overlap = overlap
        self.priority = list(kinds.entity_labels() if priority is None else priority)
        self.overwrite_ents = overwrite_ents
        if not SpacyDoc.has_extension("vnextract"):
            SpacyDoc.set_extension("vnextract", default=None)

    def __call__(self, doc: SpacyDoc) -> SpacyDoc:
        result = self.extractor.extract(doc.text, self.doc_date)
        doc._.vnextract = result
        candidates = []
        for kind in kinds.names():
            spans = []
            label = self.labels.get(kind)
            for mention in getattr(result, kind, ()):
                span = doc.char_span(mention.start, mention.end, label=kind, alignment_mode="expand")
                if span is None:
                    continue
                spans.append(span)
                if label:
                    candidates.append((kind, Span(doc, span.start, span.end, label=label)))
            doc.spans[kinds.get(kind).span_key] = spans
        if self.ents:
            kept = [] if self.overwrite_ents else list(doc.ents)
            chosen = choose_entities(candidates, self.overlap, self.priority, taken=kept)
            doc.ents = sorted(kept + chosen, key=lambda s: s.start)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory(
    "vnextract",
    assigns=["doc.ents", "doc._.vnextract"],
    default_config={"disable": [], "doc_date": None, "ents": True, "labels": dict(ENT_LABELS),
                    "overlap": "longest", "priority": list(ENT_PRIORITY), "overwrite_ents": False},
)
def make_vnextract(nlp: Language, name: str, disable: List[str], doc_date: Optional[str], ents: bool,
                   labels: Dict[str, str], overlap: str, priority: List[str],
                   overwrite_ents: bool) -> VnextractComponent:
    return VnextractComponent(nlp, name, disable, doc_date, ents=ents, labels=labels, overlap=overlap,
                              priority=priority, overwrite_ents=overwrite_ents)
