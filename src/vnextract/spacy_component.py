"""spaCy integration: a ``vnextract`` pipeline component.

    import spacy, vnextract.spacy_component
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnextract.Tokenizer.v1"}}})
    # or spaCy's own: spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("vnextract")
    doc = nlp("Ngày 24/9, Tỉnh ủy Bình Dương ...")
    doc.spans["vnextract_dates"], doc._.vnextract  # spans per kind, the typed Extraction

The factory (and the tokenizer) are registered through the ``spacy_factories`` (``spacy_tokenizers``) entry points, so ``spacy.load`` of a saved
pipeline finds it without importing vnextract first. Mentions become spans aligned to spaCy's tokens
(expanded to whole tokens when a mention ends inside one); each span's label is the kind and the
full record stays in ``doc._.vnextract``.
"""
from typing import List, Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc
from spacy.util import registry

from .pipeline import Extractor
from .records import KINDS

SPAN_PREFIX = "vnextract_"
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


class VnTokenizer(_Stateless):
    """Words and single punctuation marks, so every vnextract mention aligns to whole tokens
    ("24/9," -> "24", "/", "9", ","). Deterministic, no model, any text."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> SpacyDoc:
        words, spaces = [], []
        matches = list(_TOKEN.finditer(text))
        for i, match in enumerate(matches):
            nxt = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            gap = text[match.end():nxt]
            words.append(match.group(0))
            if gap == " ":
                spaces.append(True)
            else:
                spaces.append(False)
                if gap:  # other whitespace becomes its own token so that doc.text == text
                    words.append(gap)
                    spaces.append(False)
        if matches and matches[0].start() > 0:
            words.insert(0, text[:matches[0].start()])
            spaces.insert(0, False)
        if not matches and text:
            words, spaces = [text], [False]
        return SpacyDoc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)


@registry.tokenizers("vnextract.Tokenizer.v1")
def create_tokenizer():
    def make(nlp):
        return VnTokenizer(nlp.vocab)

    return make


class VnextractComponent(_Stateless):
    def __init__(self, nlp: Language, name: str, disable: List[str], doc_date: Optional[str]):
        self.name = name
        self.extractor = Extractor(disable=disable)
        self.doc_date = doc_date
        if not SpacyDoc.has_extension("vnextract"):
            SpacyDoc.set_extension("vnextract", default=None)

    def __call__(self, doc: SpacyDoc) -> SpacyDoc:
        result = self.extractor.extract(doc.text, self.doc_date)
        doc._.vnextract = result
        for kind in KINDS:
            spans = []
            for mention in getattr(result, kind):
                span = doc.char_span(mention.start, mention.end, label=kind, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
            doc.spans[SPAN_PREFIX + kind] = spans
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)



@Language.factory("vnextract", default_config={"disable": [], "doc_date": None})
def make_vnextract(nlp: Language, name: str, disable: List[str], doc_date: Optional[str]) -> VnextractComponent:
    return VnextractComponent(nlp, name, disable, doc_date)
