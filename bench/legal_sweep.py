#!/usr/bin/env python3
"""Legal-reference sweep: run the legal recogniser over the whole shared corpus and count.

    python bench/legal_sweep.py [--limit N] [--sample 100 --seed 7 --sample-out /tmp/legal_sample.txt]

Runs normalize -> sentences -> legal (only) over ../shared/data/corpus/news.jsonl.gz and
legal.jsonl.gz and prints: citations by doc_type, by type code, by issuer code, how many carry an
issue date / issuer / subject / provision / refers_to, the number of exceptions and of offset
violations (text[start:end] != mention.text), and the time taken. ``--sample`` writes that many
random extractions with their context to a file for checking by hand (the corpus text stays
outside the repository). Exit status 1 on any exception or offset violation.
"""
import argparse
import collections
import json
import os
import random
import sys
import time
import traceback

from sweep import CORPUS_DIR, articles  # the shared corpus reader of bench/sweep.py


def legal_refs(text):
    from vnextract import legal
    from vnextract.pipeline import Doc, normalize, sentences

    doc = Doc(text)
    normalize(doc)
    sentences(doc)
    legal.recognize(doc)
    return sorted(doc.results["legal_refs"], key=lambda m: (m.start, m.end))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="articles per file (0 = all)")
    parser.add_argument("--sample", type=int, default=0, help="random extractions to write for a hand check")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sample-out", default="/tmp/legal_sample.txt")
    parser.add_argument("--top", type=int, default=40, help="rows per table")
    args = parser.parse_args()

    by_type = collections.Counter()
    by_type_code = collections.Counter()
    by_issuer_code = collections.Counter()
    with_field = collections.Counter()
    per_file = collections.Counter()
    exceptions, violations, docs = 0, 0, 0
    rng = random.Random(args.seed)
    reservoir, seen = [], 0
    started = time.perf_counter()
    chars = 0
    for name in ("news", "legal"):
        path = os.path.join(CORPUS_DIR, name + ".jsonl.gz")
        for ident, text in articles(path, args.limit):
            docs += 1
            chars += len(text)
            try:
                refs = legal_refs(text)
            except Exception:  # noqa: BLE001 - the sweep reports every failure
                exceptions += 1
                if exceptions <= 5:
                    print(f"EXCEPTION in {ident}:\n{traceback.format_exc(limit=4)}", file=sys.stderr)
                continue
            per_file[name] += len(refs)
            for ref in refs:
                if text[ref.start:ref.end] != ref.text:
                    violations += 1
                by_type[ref.doc_type or "(none)"] += 1
                by_type_code[ref.type_code or "(none)"] += 1
                for code in ref.issuer_codes:
                    by_issuer_code[code] += 1
                for field in ("number", "symbol", "name", "issued", "issuer", "subject", "alias", "term",
                              "provision", "refers_to", "legislature"):
                    if getattr(ref, field) is not None:
                        with_field[field] += 1
                if args.sample:
                    seen += 1
                    item = (ident, ref, text[max(0, ref.start - 80):ref.start], text[ref.end:ref.end + 120])
                    if len(reservoir) < args.sample:
                        reservoir.append(item)
                    else:
                        j = rng.randrange(seen)
                        if j < args.sample:
                            reservoir[j] = item
    elapsed = time.perf_counter() - started
    total = sum(by_type.values())

    def table(title, counter):
        print(f"\n{title}")
        for key, count in counter.most_common(args.top):
            print(f"  {count:>7}  {key}")
        if len(counter) > args.top:
            print(f"  ... {len(counter) - args.top} more")

    print(f"{docs} documents, {chars:,} characters, {elapsed:.1f} s ({chars / max(elapsed, 1e-9) / 1e6:.2f} M chars/s)")
    print(f"{total} legal references ({per_file['news']} in news, {per_file['legal']} in laws)")
    print(f"exceptions: {exceptions}   offset violations: {violations}")
    table("by doc_type", by_type)
    table("by type code (from the symbol)", by_type_code)
    table("by issuer code (from the symbol)", by_issuer_code)
    print("\nfields present")
    for field, count in with_field.most_common():
        print(f"  {count:>7}  {field}  ({count / max(total, 1):.1%})")
    if args.sample:
        with open(args.sample_out, "w", encoding="utf-8") as out:
            for n, (ident, ref, left, right) in enumerate(reservoir, 1):
                fields = {k: v for k, v in ref.to_dict().items()
                          if v not in (None, [], "") and k not in ("text", "start", "end")}
                out.write(f"#{n} [{ident}]\n  …{left}[[{ref.text}]]{right}…\n"
                          f"  {json.dumps(fields, ensure_ascii=False)}\n\n")
        print(f"\n{len(reservoir)} random extractions written to {args.sample_out}")
    return 1 if exceptions or violations else 0


if __name__ == "__main__":
    sys.exit(main())
