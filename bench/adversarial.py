#!/usr/bin/env python3
"""Adversarial inputs: time must grow linearly with size (no pattern may backtrack badly).

    python bench/adversarial.py [--scale 1.0] [--linear]

Each hostile input of issue 7 is built at its stated size S (times --scale) and at 2S; the time
ratio should stay near 2. ``--linear`` also times real news text joined to 1 MB and 10 MB
(should be about 10x). A benchmark, not a unit test: it prints, and exits 1 if a doubling costs
more than 3.5x.
"""
import argparse
import gzip
import json
import os
import sys
import time

import vnextract

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "corpus", "news.jsonl.gz")
SYLLABLES = ["Nguyễn", "Văn", "An", "Bình", "Dương", "Phạm", "Thị", "Hoa", "Lê", "Minh"]

# name -> (builder of a text from a size unit count, unit count stated by the issue)
CASES = {
    "digits with slashes": (lambda n: "".join("1234567890/"[i % 11] for i in range(n)), 100_000),
    "capitalised syllables": (lambda n: " ".join(SYLLABLES[i % len(SYLLABLES)] for i in range(n)), 50_000),
    "'Nghị quyết số ' repeated": (lambda n: "Nghị quyết số " * n, 20_000),
    "one line, no spaces (chars)": (lambda n: ("abcđêfNghịquyết25-NQ/TW24/9/2018Bằngkhen" * (n // 40 + 1))[:n], 2_000_000),
    "titles repeated": (lambda n: "Phó Bí thư Thường trực Tỉnh ủy Bình Dương " * n, 5_000),
    "award clauses repeated": (lambda n: "26 tập thể và 47 cá nhân nhận Bằng khen của " * n, 5_000),
    "date ranges chained": (lambda n: "27/7/1947 - " * n, 20_000),
}


def timed(text):
    t0 = time.perf_counter()
    vnextract.extract(text)
    return time.perf_counter() - t0


def news_text(size):
    parts, total = [], 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["text"]
            parts.append(text)
            total += len(text) + 2
            if total >= size:
                break
    return "\n\n".join(parts)[:size]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiplies the issue's sizes")
    parser.add_argument("--linear", action="store_true", help="also time 1 MB vs 10 MB of news text")
    args = parser.parse_args()
    vnextract.extract("khởi động")
    worst = 0.0
    for name, (make, units) in CASES.items():
        n = max(1, int(units * args.scale))
        small, large = make(n), make(2 * n)
        t_small, t_large = timed(small), timed(large)
        ratio = t_large / max(t_small, 1e-6)
        worst = max(worst, ratio)
        print(f"{name:<28} {len(small):>10,} chars {t_small:7.2f} s  {len(large):>10,} chars {t_large:7.2f} s  x{ratio:.2f}")
    print(f"worst doubling ratio: {worst:.2f} (linear = 2)")
    if args.linear and os.path.exists(CORPUS):
        one, ten = news_text(1_000_000), news_text(10_000_000)
        t1, t10 = timed(one), timed(ten)
        print(f"news text 1 MB {t1:.2f} s, 10 MB {t10:.2f} s: x{t10 / t1:.1f} (linear = 10)")
    sys.exit(1 if worst > 3.5 else 0)


if __name__ == "__main__":
    main()
