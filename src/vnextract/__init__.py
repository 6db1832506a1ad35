"""vnextract: typed records from Vietnamese news and government text.

>>> import vnextract
>>> result = vnextract.extract("Ngày 24/9, Tỉnh ủy Bình Dương sơ kết Nghị quyết số 25-NQ/TW.")
>>> [(kind, m.text) for kind, m in result.mentions()]
[('dates', 'Ngày 24/9'), ('legal_refs', 'Nghị quyết số 25-NQ/TW')]

``extract`` (one text; ``explain=True`` says which rule made each mention), ``Extractor`` (many
texts, ``pipe``), ``render`` (HTML view),
``to_frame`` (pandas), ``words`` (word segmentation, needs the ``words`` extra). The spaCy
component lives in ``vnextract.spacy_component`` (``spacy`` extra). ``help(vnextract.extract)``
describes the result.
"""
from . import kinds
from .frames import to_frame
from .pipeline import Doc, Extractor, extract
from .records import (
    KINDS,
    Award,
    DateMention,
    Explanation,
    Extraction,
    LegalRef,
    Location,
    Mention,
    Organization,
    Person,
    PersonEntry,
    Provision,
    RecipientCount,
    Title,
)
from .words import Word, words

__version__ = "0.1.0"


def render(text_or_extraction, extraction=None, jupyter=None):
    """HTML of a text with its mentions marked by kind (see ``vnextract.view``)."""
    from .view import render as _render
    return _render(text_or_extraction, extraction, jupyter=jupyter)


__all__ = ["extract", "Extractor", "render", "to_frame", "words", "Word", "Doc", "Extraction", "Explanation", "Mention",
           "DateMention", "LegalRef", "Provision", "Person", "PersonEntry", "Title", "Award", "RecipientCount",
           "Organization", "Location", "KINDS", "kinds", "__version__"]
