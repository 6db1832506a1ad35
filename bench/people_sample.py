#!/usr/bin/env python3
"""Print the people of random corpus articles with their context, for a hand check of precision.

Articles of the scoreboard gold files (--exclude) are skipped; the sample is fixed by --seed. Each
person mention is printed as one line: a running number, the mention, and the text around it
(the mention in [brackets]). Usage (from the repository root):

    PYTHONPATH=src python bench/people_sample.py CORPUS.jsonl.gz --exclude ../eval/*.jsonl --n 100 --seed 12
"""
import argparse
import gzip
import json
import random
import sys


def _open(path):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--exclude", nargs="*", default=[])
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--context", type=int, default=45)
    args = parser.parse_args()

    from vnextract import Extractor

    skip = set()
    for path in args.exclude:
        for line in _open(path):
            if line.strip():
                skip.add(json.loads(line)["id"])
    articles = [a for a in (json.loads(line) for line in _open(args.corpus) if line.strip()) if a["id"] not in skip]
    sample = random.Random(args.seed).sample(articles, min(args.n, len(articles)))
    extractor = Extractor()
    number = 0
    for art in sample:
        text = art["text"]
        people = extractor.extract(text).people
        print(f"== {art['id']} ({len(people)} people)")
        for p in people:
            number += 1
            left = text[max(0, p.start - args.context):p.start].replace("\n", " ")
            right = text[p.end:p.end + args.context].replace("\n", " ")
            print(f"{number:4d} {p.text!r:28} {left}[{p.text}]{right}")
    print(f"{number} person mentions in {len(sample)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
