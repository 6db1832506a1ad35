"""vnextract: typed records from Vietnamese news and government text.

>>> from vnextract import extract
>>> result = extract("Ngày 24/9, Tỉnh ủy Bình Dương sơ kết Nghị quyết số 25-NQ/TW.")
"""
from .frames import to_frame
from .pipeline import Doc, Extractor, extract
from .records import (KINDS, Award, DateMention, Extraction, LegalRef, Location, Mention, Organization, Person,
                      PersonEntry, Provision, RecipientCount, Title)

__version__ = "0.1.0"


def render(text_or_extraction, extraction=None, jupyter=None):
    """HTML of a text with its mentions marked by kind (see ``vnextract.view``)."""
    from .view import render as _render
    return _render(text_or_extraction, extraction, jupyter=jupyter)


__all__ = ["extract", "Extractor", "render", "to_frame", "Doc", "Extraction", "Mention", "DateMention", "LegalRef",
           "Provision", "Person", "PersonEntry", "Title", "Award", "RecipientCount", "Organization", "Location", "KINDS",
           "__version__"]
