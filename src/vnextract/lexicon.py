"""Language data: plain files in ``data/`` (shipped in the wheel as ``vnextract/data``), loaded once.

Formats: ``NAME.txt`` is one entry per line; ``NAME.tsv`` is tab-separated with a header line.
Lines starting with ``#`` and blank lines are ignored in both.
"""
import os
from functools import lru_cache
from typing import Dict, FrozenSet, List, Tuple

import regex

_HERE = os.path.dirname(os.path.abspath(__file__))
_CANDIDATES = (
    os.path.join(_HERE, "data"),  # installed wheel
    os.path.join(os.path.dirname(os.path.dirname(_HERE)), "data"),  # source checkout / editable
)


@lru_cache(maxsize=1)
def data_dir() -> str:
    for path in _CANDIDATES:
        if os.path.isdir(path):
            return path
    raise FileNotFoundError("vnextract language data not found (looked in: %s)" % ", ".join(_CANDIDATES))


def _lines(filename: str):
    with open(os.path.join(data_dir(), filename), encoding="utf-8") as handle:
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
            raise ValueError(f"data/{name}.tsv line {number}: {len(cells)} cells, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, (cell.strip() for cell in cells))))
    return tuple(rows)


@lru_cache(maxsize=None)
def mapping(name: str, key: str, value: str) -> Dict[str, str]:
    return {row[key]: row[value] for row in table(name)}


def alternation(entries, flags: str = "") -> str:
    """A regex alternation of literal entries, longest first (so "Phó Bí thư" wins over "Bí thư")."""
    unique = sorted(set(entries), key=lambda e: (-len(e), e))
    return "(?:" + "|".join(regex.escape(e) for e in unique) + ")"


def available() -> List[str]:
    return sorted(os.listdir(data_dir()))
