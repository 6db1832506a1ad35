#!/usr/bin/env python3
"""Print the person mentions that the context checks (people_context.py) veto, with the check's name.

Reads JSONL articles (``{"id", "text"}``; gzip or plain): every gold file given, or a random sample
of a corpus (--n, --seed, --exclude as in people_sample.py). One line per vetoed mention: the
check, the mention, and the text around it. Usage (from the repository root):

    PYTHONPATH=src python bench/people_vetoes.py CORPUS.jsonl.gz --exclude ../eval/*.jsonl --n 100 --seed 77
"""
import argparse
import gzip
import json
import random
import sys
from collections import Counter


def _open(path):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="+")
    parser.add_argument("--exclude", nargs="*", default=[])
    parser.add_argument("--n", type=int, default=0, help="random sample of this many articles (0: all)")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--first", type=int, default=0, help="only the first N articles (before sampling)")
    parser.add_argument("--context", type=int, default=45)
    args = parser.parse_args()

    from vnextract import Extractor, people_context

    skip = set()
    for path in args.exclude:
        for line in _open(path):
            if line.strip():
                skip.add(json.loads(line)["id"])
    articles = [a for path in args.data for a in (json.loads(line) for line in _open(path) if line.strip())
                if a["id"] not in skip]
    if args.first:
        articles = articles[:args.first]
    if args.n:
        articles = random.Random(args.seed).sample(articles, min(args.n, len(articles)))
    seen = []
    keep = people_context.keep_people

    def spy(text, people):
        vetoed = people_context.vetoes(text, people)
        seen.extend((people[i], why) for i, why in sorted(vetoed.items()))
        return keep(text, people)

    people_context.keep_people = spy  # the hook in people.py calls it through the module
    extractor = Extractor()
    counts: Counter = Counter()
    for art in articles:
        seen.clear()
        text = art["text"]
        extractor.extract(text)  # the recognisers read the normalised copy; ids and names suffice here
        for p, why in seen:
            counts[why] += 1
            start, end = p[0], p[1]
            left = text[max(0, start - args.context):start].replace("\n", " ")
            right = text[end:end + args.context].replace("\n", " ")
            print(f"{art['id']}\t{why}\t{p[2]!r}\t{left}[{text[start:end]}]{right}")
    for why, n in counts.most_common():
        print(f"{n:5d}  {why}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
