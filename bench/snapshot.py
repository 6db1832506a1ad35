#!/usr/bin/env python3
"""A snapshot of the pipeline's output, to check that a speed change changes no record.

    python bench/snapshot.py OUT.jsonl.gz [--articles 3000] [--eval-dir DIR] [--kinds organizations,locations]
    python bench/snapshot.py NEW.jsonl.gz --compare OLD.jsonl.gz

Runs ``Extractor.extract`` on the first N articles of ../shared/data/corpus/news.jsonl.gz and on
the texts of the gold files in ../shared/eval (never copied into the project), and writes every
record of the chosen kinds (all kinds by default: other components read organisation and place
boundaries too) with all its fields, one line a text. ``--compare`` prints the texts whose
records differ from an earlier snapshot and exits 1 when any do.
"""
import argparse
import glob
import gzip
import json
import os
import sys

from throughput import CORPUS, HERE, load

EVAL = os.path.join(HERE, "..", "..", "shared", "eval")


def texts(articles, eval_dir):
    found = [("news:%d" % i, t) for i, t in enumerate(load(CORPUS, articles))]
    for path in sorted(glob.glob(os.path.join(eval_dir, "*.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if "text" in row:
                    found.append(("%s:%s" % (os.path.basename(path), row.get("id")), row["text"]))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--eval-dir", default=EVAL)
    parser.add_argument("--kinds", default="")
    parser.add_argument("--compare")
    args = parser.parse_args()
    import vnextract
    from vnextract.pipeline import KINDS

    kinds = [k for k in args.kinds.split(",") if k] or list(KINDS)
    extractor = vnextract.Extractor()
    with gzip.open(args.out, "wt", encoding="utf-8") as handle:
        for key, text in texts(args.articles, args.eval_dir):
            result = extractor.extract(text)
            row = {"key": key}
            for kind in kinds:
                row[kind] = [m.to_dict() for m in getattr(result, kind)]
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    if args.compare:
        with gzip.open(args.compare, "rt", encoding="utf-8") as a, gzip.open(args.out, "rt", encoding="utf-8") as b:
            old, new = a.read().splitlines(), b.read().splitlines()
        diffs = [(x, y) for x, y in zip(old, new, strict=False) if x != y]
        for x, y in diffs[:20]:
            x, y = json.loads(x), json.loads(y)
            for kind in kinds:
                if x.get(kind) != y.get(kind):
                    print(x["key"], kind)
                    print("  old:", [m for m in x[kind] if m not in y[kind]])
                    print("  new:", [m for m in y[kind] if m not in x[kind]])
        print(f"{len(old)} vs {len(new)} texts, {len(diffs)} differ")
        sys.exit(1 if diffs or len(old) != len(new) else 0)


if __name__ == "__main__":
    main()
