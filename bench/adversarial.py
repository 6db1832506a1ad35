#!/usr/bin/env python3
"""Adversarial inputs: time must grow linearly with size (no pattern may backtrack badly).

    python bench/adversarial.py [--scale 1.0]

For each hostile input it times extract() at size S and 2S... and prints the ratio of times,
which should stay near the ratio of sizes (2x). A benchmark, not a unit test: it prints and exits
1 if a doubling costs more than 3.5x.
"""
import argparse
import sys
import time

import vnextract

CASES = {
    "digits and slashes": lambda n: "".join("1234567890/"[i % 11] for i in range(n)),
    "capitalised syllables": lambda n: " ".join(["Nguyễn", "Văn", "An", "Bình", "Dương"] * (n // 25 + 1))[:n],
    "Nghị quyết số repeated": lambda n: ("Nghị quyết số " * (n // 14 + 1))[:n],
    "one line no spaces": lambda n: ("abcđêfNghịquyết25-NQ/TW24/9/2018" * (n // 32 + 1))[:n],
    "titles repeated": lambda n: ("Phó Bí thư Thường trực Tỉnh ủy Bình Dương " * (n // 42 + 1))[:n],
    "award words repeated": lambda n: ("26 tập thể và 47 cá nhân nhận Bằng khen của " * (n // 44 + 1))[:n],
    "dates and dashes": lambda n: ("27/7/1947 - " * (n // 12 + 1))[:n],
}


def timed(text):
    t0 = time.perf_counter()
    vnextract.extract(text)
    return time.perf_counter() - t0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="base size = scale * 100,000 chars")
    args = parser.parse_args()
    base = int(100_000 * args.scale)
    vnextract.extract("khởi động")
    worst = 0.0
    for name, make in CASES.items():
        small, large = make(base), make(2 * base)
        t_small, t_large = timed(small), timed(large)
        ratio = t_large / max(t_small, 1e-6)
        worst = max(worst, ratio)
        print(f"{name:<26} {len(small):>9,} chars {t_small:7.3f} s   {len(large):>9,} chars {t_large:7.3f} s   x{ratio:.2f}")
    print(f"worst doubling ratio: {worst:.2f} (linear = 2)")
    sys.exit(1 if worst > 3.5 else 0)


if __name__ == "__main__":
    main()
