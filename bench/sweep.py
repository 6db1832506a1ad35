#!/usr/bin/env python3
"""Corpus sweep: run vnextract over every article of the shared corpus and check the invariants.

    python bench/sweep.py [--limit N] [--processes 2]

Counts exceptions, offset violations (text[start:end] != mention.text) and mentions per kind over
../shared/data/corpus/news.jsonl.gz and legal.jsonl.gz. Exit status 1 if any exception or violation.
"""
import argparse
import collections
import gzip
import json
import os
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS_DIR = os.path.join(HERE, "..", "..", "shared", "data", "corpus")


def articles(path, limit):
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit and n >= limit:
                return
            record = json.loads(line)
            yield record.get("id", str(n)), record["text"]


def check(item):
    from vnextract import KINDS, extract
    ident, text = item
    try:
        result = extract(text)
    except Exception:  # noqa: BLE001 - the sweep reports every failure
        return ident, None, traceback.format_exc(limit=3), 0
    counts = {kind: len(getattr(result, kind)) for kind in KINDS}
    bad = sum(text[m.start:m.end] != m.text for _, m in result.mentions())
    return ident, counts, None, bad


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus-dir", default=CORPUS_DIR)
    parser.add_argument("--limit", type=int, default=0, help="articles per file (0 = all)")
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    import multiprocessing
    failed = 0
    for name in ("news.jsonl.gz", "legal.jsonl.gz"):
        path = os.path.join(args.corpus_dir, name)
        totals, exceptions, violations, docs = collections.Counter(), [], 0, 0
        t0 = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(args.processes) as pool:
            found = pool.imap_unordered(check, articles(path, args.limit), chunksize=16)
            for ident, counts, error, bad in found:
                docs += 1
                if error:
                    exceptions.append((ident, error))
                    continue
                totals.update(counts)
                violations += bad
        elapsed = time.perf_counter() - t0
        print(f"{name}: {docs} documents in {elapsed:.0f} s, {len(exceptions)} exceptions, "
              f"{violations} offset violations")
        print("  mentions: " + ", ".join(f"{k}={v}" for k, v in sorted(totals.items())))
        for ident, error in exceptions[:5]:
            print(f"  exception in {ident}:\n{error}")
        failed += len(exceptions) + violations
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
