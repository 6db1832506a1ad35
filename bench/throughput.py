#!/usr/bin/env python3
"""Throughput of vnextract against underthesea.ner on the same news articles, in one run.

    python bench/throughput.py [--articles 200] [--ner-articles 50] [--processes 1] [--warm-up-articles 50] [--rounds 3]

Reads the first N articles of ../shared/data/corpus/news.jsonl.gz, runs ``Extractor.pipe`` over
them, and ``underthesea.ner`` sentence by sentence (after ``sent_tokenize``) over the first M of
the same articles (underthesea is slow, so M may be smaller: speeds are compared per character).
Prints characters/second of each and the ratio, in paired rounds (each round times both systems
one after the other, so the machine's slower and faster spells fall on both; the median round's
ratio is printed last, with the lowest and highest). Both are warmed up first on K other articles (the
ones after the first N): vnextract compiles the patterns of rarer forms on first use, a one-time
cost reported on its own ("import+first extract", "warm-up"), not throughput.
"""
import argparse
import gzip
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "corpus", "news.jsonl.gz")


WARM_UP = ("Chiều 24/9, Phó Bí thư Tỉnh ủy Nguyễn Văn An trao Bằng khen của Chủ tịch UBND tỉnh cho 12 tập thể "
           "theo Nghị quyết số 25-NQ/TW ngày 13/6/2013 của Ban Chấp hành Trung ương.")


def load(path, n):
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if len(texts) >= n:
                break
    return texts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=CORPUS)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--ner-articles", type=int, default=50)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--skip-underthesea", action="store_true")
    parser.add_argument("--warm-up-articles", type=int, default=50, metavar="K",
                        help="before timing, run both systems on K other articles (those after the timed "
                             "ones): patterns of rarer forms are compiled on first use, a one-time cost "
                             "that is not throughput (0 = the one warm-up sentence only)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="paired rounds (vnextract then underthesea each time); the median ratio is printed")
    parser.add_argument("--compare-processes", type=int, default=0, metavar="N",
                        help="also run pipe(n_process=N) and print its speed-up over n_process=1")
    args = parser.parse_args()
    if not os.path.exists(args.corpus):
        sys.exit(f"corpus not found: {args.corpus}")
    loaded = load(args.corpus, args.articles + args.warm_up_articles)
    texts, warm_up = loaded[:args.articles], loaded[args.articles:]
    chars = sum(map(len, texts))

    t0 = time.perf_counter()
    import vnextract
    extractor = vnextract.Extractor()
    extractor.extract(texts[0])
    t_import = time.perf_counter() - t0
    # warm-up of every component (lazy data loading and regex compilation happen on first use,
    # and texts[0] may not reach them all); import + first extract is reported above
    extractor.extract(WARM_UP)
    t0 = time.perf_counter()
    for _ in extractor.pipe(warm_up):
        pass
    t_warm = time.perf_counter() - t0

    if not args.skip_underthesea:
        from underthesea import ner, sent_tokenize
        sample = texts[:args.ner_articles]
        sample_chars = sum(map(len, sample))
        ner("Khởi động.")  # warm-up: model loading
        for text in warm_up[:5]:  # and a few articles (its per-sentence work has no lazy parts)
            for sentence in sent_tokenize(text):
                ner(sentence)

    # paired rounds: each round times vnextract, then underthesea, on the same articles, so a slower
    # or faster spell of the machine falls on both; the ratio printed last is the median round's
    ratios, cpu_ratios = [], []
    for round_ in range(1, args.rounds + 1):
        # new string objects each round: the per-text memos (``text.TextMemo``) must not answer
        # from the previous round
        texts = [(text + " ")[:-1] for text in texts]
        t0, c0 = time.perf_counter(), time.process_time()
        mentions = sum(len(r) for r in extractor.pipe(texts, n_process=args.processes))
        t_ours, c_ours = time.perf_counter() - t0, time.process_time() - c0
        ours = chars / t_ours
        print(f"vnextract   : {len(texts)} articles, {chars:,} chars, {t_ours:.2f} s, {ours:,.0f} chars/s, "
              f"{mentions} mentions (n_process={args.processes}; import+first extract {t_import:.2f} s, warm-up on "
              f"{len(warm_up)} other articles {t_warm:.2f} s)")
        if args.compare_processes > 1 and round_ == 1:
            t0 = time.perf_counter()
            for _ in extractor.pipe(texts, n_process=args.compare_processes):
                pass
            t_multi = time.perf_counter() - t0
            print(f"n_process={args.compare_processes} : {chars / t_multi:,.0f} chars/s, "
                  f"{t_ours / t_multi:.2f}x n_process={args.processes} (same batch size)")
        if args.skip_underthesea:
            continue
        t0, c0 = time.perf_counter(), time.process_time()
        for text in sample:
            for sentence in sent_tokenize(text):
                ner(sentence)
        t_ner, c_ner = time.perf_counter() - t0, time.process_time() - c0
        theirs = sample_chars / t_ner
        print(f"underthesea : {len(sample)} articles, {sample_chars:,} chars, {t_ner:.2f} s, "
              f"{theirs:,.0f} chars/s (ner)")
        ratios.append(ours / theirs)
        # CPU time too: both run on one thread, so on a quiet machine it equals the wall clock; on a
        # shared one it leaves out the time the process waited for a core
        if args.processes == 1:
            cpu_ratios.append((chars / c_ours) / (sample_chars / c_ner))
        cpu = f" (by CPU time {cpu_ratios[-1]:.1f}x)" if cpu_ratios else ""
        print(f"round {round_}     : vnextract is {ratios[-1]:.1f}x underthesea.ner{cpu}")
    if ratios:
        ratios.sort()
        print(f"ratio       : vnextract is {ratios[(len(ratios) - 1) // 2]:.1f}x underthesea.ner (median of "
              f"{len(ratios)} paired rounds; lowest {ratios[0]:.1f}x, highest {ratios[-1]:.1f}x)")
    if cpu_ratios:
        cpu_ratios.sort()
        print(f"by CPU time : vnextract is {cpu_ratios[(len(cpu_ratios) - 1) // 2]:.1f}x underthesea.ner (median; "
              f"lowest {cpu_ratios[0]:.1f}x, highest {cpu_ratios[-1]:.1f}x)")


if __name__ == "__main__":
    main()
