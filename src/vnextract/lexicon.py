"""Language data: plain files in ``data/`` (shipped in the wheel as ``vnextract/data``), loaded once.

Files are grouped by the component that reads them (``data/dates/``, ``data/legal/``,
``data/people/``, ``data/titles/``, ``data/awards/``, ``data/organizations/``,
``data/locations/``, ``data/gazetteer/``, ``data/common/``); callers name a list by its file name
alone (``lexicon.words("person_cues")``) and it is found in whichever folder holds it. A file
name is unique across the folders.

Formats: ``NAME.txt`` is one entry per line; ``NAME.tsv`` is tab-separated with a header line.
Lines starting with ``#`` and blank lines are ignored in both.
"""
import os
from functools import lru_cache
from typing import Dict, FrozenSet, List, Set, Tuple

import regex

_HERE = os.path.dirname(os.path.abspath(__file__))
_CANDIDATES = (
    os.path.join(_HERE, "data"),  # installed wheel
    os.path.join(os.path.dirname(os.path.dirname(_HERE)), "data"),  # source checkout / editable
)
#: file names read so far in this process (the data integrity test checks every file is read)
READ: Set[str] = set()


@lru_cache(maxsize=1)
def data_dir() -> str:
    for path in _CANDIDATES:
        if os.path.isdir(path):
            return path
    raise FileNotFoundError("vnextract language data not found (looked in: %s)" % ", ".join(_CANDIDATES))


@lru_cache(maxsize=1)
def _index() -> Dict[str, str]:
    """File name -> its path relative to the data folder, over every group folder."""
    found: Dict[str, str] = {}
    root = data_dir()
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            if not name.endswith((".txt", ".tsv")):
                continue
            relative = os.path.relpath(os.path.join(folder, name), root)
            if name in found:
                raise ValueError(f"data file {name} is in two folders: {found[name]} and {relative}")
            found[name] = relative
    return found


def path(filename: str) -> str:
    """The full path of data file ``filename`` ("person_cues.tsv"), whichever group folder holds it."""
    relative = _index().get(filename)
    if relative is None:
        raise FileNotFoundError(f"no data file {filename!r} in {data_dir()} (or its group folders)")
    return os.path.join(data_dir(), relative)


def _lines(filename: str):
    full = path(filename)
    READ.add(filename)
    with open(full, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.strip() and not line.lstrip().startswith("#"):
                yield line

@lru_cache(maxsize=None)
def words(name: str) -> Tuple[str, ...]:
    """Entries of ``data/NAME.txt`` in file order."""
    return tuple(line.strip() for line in _lines(name + ".txt"))


@lru_cache(maxsize=None)
def word_set(name: str) -> FrozenSet[str]:
    return frozenset(words(name))


@lru_cache(maxsize=None)
def table(name: str) -> Tuple[Dict[str, str], ...]:
    """Rows of ``data/NAME.tsv`` as dicts keyed by the header's column names."""
    lines = _lines(name + ".tsv")
    header = next(lines).split("\t")
    rows = []
    for number, line in enumerate(lines, start=2):
        cells = line.split("\t")
        if len(cells) > len(header):
            raise ValueError(f"data/{_index()[name + '.tsv']} line {number}: {len(cells)} cells, "
                             f"header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, (cell.strip() for cell in cells), strict=True)))
    return tuple(rows)


@lru_cache(maxsize=None)
def mapping(name: str, key: str, value: str) -> Dict[str, str]:
    return {row[key]: row[value] for row in table(name)}


def alternation(entries, flags: str = "") -> str:
    """A regex alternation of literal entries, longest first (so "Phó Bí thư" wins over "Bí thư")."""
    unique = sorted(set(entries), key=lambda e: (-len(e), e))
    return "(?:" + "|".join(regex.escape(e) for e in unique) + ")"


def available() -> List[str]:
    """The file names of every list ("person_cues.tsv" ...), whatever their group folder."""
    return sorted(_index())
