"""vnextract: typed records from Vietnamese news and government text.

>>> from vnextract import extract
>>> result = extract("Ngày 24/9, Tỉnh ủy Bình Dương sơ kết Nghị quyết số 25-NQ/TW.")
"""
from .pipeline import Doc, Extractor, extract
from .records import (KINDS, Award, DateMention, Extraction, LegalRef, Mention, Person, PersonEntry,
                      Provision, RecipientCount, Title)

__version__ = "0.1.0"

__all__ = ["extract", "Extractor", "Doc", "Extraction", "Mention", "DateMention", "LegalRef",
           "Provision", "Person", "PersonEntry", "Title", "Award", "RecipientCount", "KINDS",
           "__version__"]
