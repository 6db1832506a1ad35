#!/usr/bin/env python3
"""Build ``data/people/census_names.tsv``: the common given and family names of the 1990 United
States census (public-domain name frequencies of the U.S. Census Bureau), a feature of the context
model of one-word names (``vnextract.name_context``: "Elise", "Dalton" are names in any sentence).

Source: the files ``dist.male.first``, ``dist.female.first`` and ``dist.all.last`` (name, frequency,
cumulative frequency, rank) as shipped by the ``names`` package on PyPI (MIT; ``pip download
names==0.3.0 --no-deps`` and unpack it). Kept: the ``--given`` most frequent first names of each sex and
the ``--family`` most frequent family names, title-cased, that are no Vietnamese syllable written
without marks ("Long", "Ha": a Vietnamese name or word first) and that the project's news corpus
never writes in lower case in more than ``--max-lower`` articles ("Will", "May", "Rose": English words).

    PYTHONPATH=src python tools/build_census_names.py names-0.3.0/names CORPUS/news.jsonl.gz \\
        > data/people/census_names.tsv
"""
import argparse
import gzip
import json
import os
import sys
from collections import Counter

import regex

from vnextract import people

HEADER = """# Common given and family names of the 1990 U.S. census (public-domain data of the U.S. Census Bureau,
# as shipped by the "names" package on PyPI), for the context model of one-word names
# (vnextract/name_context.py: a feature, never a rule). Built by tools/build_census_names.py: the {given}
# most frequent first names of each sex and the {family} most frequent family names, minus Vietnamese
# syllables and words the project's news corpus writes in lower case in more than {max_lower} articles.
"""


def _read(path, limit):
    out = []
    with open(path, encoding="ascii") as handle:
        for line in handle:
            parts = line.split()
            if parts and int(parts[3]) <= limit:
                out.append(parts[0].capitalize())
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", help="folder with dist.male.first, dist.female.first, dist.all.last")
    parser.add_argument("corpus")
    parser.add_argument("--given", type=int, default=1000)
    parser.add_argument("--family", type=int, default=3000)
    parser.add_argument("--max-lower", type=int, default=3)
    args = parser.parse_args()
    given = set(_read(os.path.join(args.source, "dist.male.first"), args.given))
    given |= set(_read(os.path.join(args.source, "dist.female.first"), args.given))
    family = set(_read(os.path.join(args.source, "dist.all.last"), args.family)) - given
    wanted = {w.lower() for w in given | family}
    word = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}+(?![\p{L}\p{M}])")
    lower = Counter()
    opener = gzip.open if args.corpus.endswith(".gz") else open
    with opener(args.corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                lower.update({w for w in word.findall(json.loads(line)["text"]) if w in wanted})
    sys.stdout.write(HEADER.format(given=args.given, family=args.family, max_lower=args.max_lower))
    sys.stdout.write("name\tkind\n")
    for kind, names in (("given", given), ("family", family)):
        for name in sorted(names):
            if len(name) >= 3 and not people.is_vn_syllable(name) and lower[name.lower()] <= args.max_lower:
                sys.stdout.write(f"{name}\t{kind}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
