#!/usr/bin/env python3
"""Where the time goes: seconds per pipeline component, and a cProfile of one component.

    python bench/components.py [--articles 2000]                  # per-component table
    python bench/components.py --articles 500 --component people  # + the top functions of one component

Reads the first N articles of ../shared/data/corpus/news.jsonl.gz (never copied into the project),
runs every component of ``vnextract.pipeline.PIPELINE`` on each article in order and adds up the
time spent in each. With ``--component``, the earlier components run first on every article and
only the chosen one is profiled (cProfile, sorted by own time), so the profile is not diluted.
"""
import argparse
import cProfile
import os
import pstats
import sys
import time

from throughput import CORPUS, WARM_UP, load  # the same corpus, warm-up text and reader


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=CORPUS)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--component", help="also profile this component (cProfile)")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    if not os.path.exists(args.corpus):
        sys.exit(f"corpus not found: {args.corpus}")
    from vnextract import pipeline

    names = [name for name, _ in pipeline.PIPELINE]
    if args.component and args.component not in names:
        sys.exit(f"unknown component {args.component!r}; components: {', '.join(names)}")
    texts = load(args.corpus, args.articles)
    chars = sum(map(len, texts))
    pipeline.Extractor().extract(WARM_UP)  # lazy data and regexes are loaded before timing

    spent = dict.fromkeys(names, 0.0)
    clock = time.perf_counter
    t0 = clock()
    for text in texts:
        doc = pipeline.Doc(text)
        for name, component in pipeline.PIPELINE:
            start = clock()
            component(doc)
            spent[name] += clock() - start
    total = clock() - t0
    print(f"{len(texts)} articles, {chars:,} chars, {total:.2f} s, {chars / total:,.0f} chars/s")
    for name in names:
        print(f"  {name:10s} {spent[name]:7.3f} s  {100 * spent[name] / total:5.1f}%")

    if args.component:
        index = names.index(args.component)
        docs = []
        for text in texts:
            doc = pipeline.Doc(text)
            for _, component in pipeline.PIPELINE[:index]:
                component(doc)
            docs.append(doc)
        chosen = pipeline.PIPELINE[index][1]
        profiler = cProfile.Profile()
        profiler.enable()
        for doc in docs:
            chosen(doc)
        profiler.disable()
        print(f"\ncProfile of {args.component!r} (own time):")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
