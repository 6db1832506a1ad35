#!/usr/bin/env python3
"""Adversarial inputs: time must grow linearly with size (no pattern may backtrack badly).

    python bench/adversarial.py [--max-size 1000000] [--only WORD] [--linear] [--memory]

Each input is built at sizes from ``--min-size`` (64 K characters), doubling up to ``--max-size``
(1 MB by default), and ``extract()`` is timed on each (CPU time; best of two runs under 1.5 s). Two groups:
hostile shapes (runs of whitespace after a date, of sentence marks ...: growth and time bars) and
dense texts (one mention repeated: growth bar, time reported). It prints the time at
each size, the growth per doubling (over the last two doublings; linear = 2) and the time at the
largest size. A case whose run takes more than ``--give-up`` seconds (5 by default) or raises
stops there and is marked with ``!`` (the quadratic shapes and crashes of old versions). Exits 1
when a growth is above 2.5, a hostile case takes 2 s or more at the largest size, or a case stops.

``--linear`` also times real news text joined to 1 MB and 10 MB (should be about 10x);
``--memory [N]`` measures the peak memory of one text of N (15 M) characters of joined news
(~20 MB of UTF-8) and prints bytes per input character. A benchmark, not a unit test.
"""
import argparse
import gzip
import json
import math
import os
import sys
import time

import vnextract

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "corpus", "news.jsonl.gz")
SYLLABLES = ["Nguyễn", "Văn", "An", "Bình", "Dương", "Phạm", "Thị", "Hoa", "Lê", "Minh"]
NBSP = "\u00a0"


def repeat(unit):
    """A text of ``n`` characters: ``unit`` repeated (and cut)."""
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def after(head, unit):
    """``head`` then a run of ``unit`` up to ``n`` characters."""
    return lambda n: head + repeat(unit)(max(0, n - len(head)))


# name -> builder of a text of about n characters
CASES = {
    # a date (or a date word) followed by a run of whitespace: the year suffix pattern of dates
    "24/9 + spaces": after("24/9", " "),
    "24/9 + newlines": after("24/9", "\n"),
    "24/9 + tabs": after("24/9", "\t"),
    "24/9 + NBSP": after("24/9", NBSP),
    "24/9 + CRLF": after("24/9", "\r\n"),
    "24/9 + ideographic space": after("24/9", "\u3000"),
    "Ngày 24/9\\n + newlines": after("Ngày 24/9\n", "\n"),
    "ngày 13 tháng 6 + spaces": after("ngày 13 tháng 6", " "),
    "tháng 9 + spaces": after("tháng 9", " "),
    "tháng Sáu + tabs": after("tháng Sáu", "\t"),
    "quý I + spaces": after("quý I", " "),
    "quý 4 + newlines": after("quý 4", "\n"),
    "năm 2018 + spaces": after("năm 2018", " "),
    "1-5/8 + spaces": after("ngày 1-5/8", " "),
    "2013-2018 + spaces": after("2013-2018", " "),
    "24/9 - + spaces": after("24/9 -", " "),
    "24/9, + spaces": after("24/9,", " "),
    "(24/9 + spaces": after("(24/9", " "),
    "ngày + spaces": after("ngày", " "),
    "sáng + spaces": after("sáng thứ Hai", " "),
    "14 giờ + spaces": after("lúc 14 giờ", " "),
    "ngày 16, + spaces": after("ngày 16,", " "),
    "Quyết định số + spaces": after("Quyết định số", " "),
    "Nghị quyết số + spaces": after("Nghị quyết số", " "),
    "Nghị quyết số + newlines": after("Nghị quyết số", "\n"),
    "Bằng khen của + spaces": after("Bằng khen của", " "),
    "Chủ tịch + spaces": after("Chủ tịch", " "),
    "ông + spaces": after("ông", " "),
    # runs of sentence punctuation not followed by a space and a capital (sentence splitting)
    "dots": repeat("."),
    "exclamation marks": repeat("!"),
    "question marks": repeat("?"),
    "ellipses": repeat("…"),
    "mixed .!?…": repeat(".!?…"),
    "dots then closers": repeat(".”)"),
    "word then dots": after("năm 1980", "."),
    "TP then dots": after("TP", "."),
    "dots and spaces": repeat(". "),
    "commas": repeat(","),
    "hyphens": repeat("-"),
    "slashes": repeat("/"),
    "open brackets": repeat("("),
    "cùng + spaces + ngày 24/9": repeat("cùng" + " " * 200 + "ngày 24/9 "),
    # with a document date (years filled, relative expressions read)
    "24/9 + spaces [dated]": after("24/9", " "),
    "sáng + spaces [dated]": after("sáng", " "),
    "24/9 + comma, spaces [dated]": after("24/9,", " "),
    "digits": repeat("7"),
    "spaces": repeat(" "),
    "zero-width joiners": repeat("a\u200b"),
}

# texts made of one mention (or near-mention) repeated: every recogniser has real work at every
# word, so the time per character is that of the densest news and more; growth is checked, the
# time of 1 MB is reported (no 2 s bar)
DENSE = {
    "digits with slashes": lambda n: "".join("1234567890/"[i % 11] for i in range(n)),
    "capitalised syllables": lambda n: repeat(" ".join(SYLLABLES) + " ")(n),
    "'Nghị quyết số ' repeated": repeat("Nghị quyết số "),
    "one line, no spaces": repeat("abcđêfNghịquyết25-NQ/TW24/9/2018Bằngkhen"),
    "titles repeated": repeat("Phó Bí thư Thường trực Tỉnh ủy Bình Dương "),
    "'Bộ trưởng Bộ ' repeated": repeat("Bộ trưởng Bộ "),
    "award clauses repeated": repeat("26 tập thể và 47 cá nhân nhận Bằng khen của "),
    "date ranges chained": repeat("27/7/1947 - "),
    "24/9 repeated + spaces": repeat("24/9" + " " * 50),
    "24/9, hôm qua repeated [dated]": repeat("Ngày 24/9, hôm qua và sáng nay "),
    "NFD text": repeat("Nghi\u0323 quyê\u0301t "),
}


DOC_DATE = "2018-09-25"  # for the cases marked [dated]


def timed(text, again_below=1.5, doc_date=None):
    """CPU seconds of one extract() (of this process: other processes of a shared machine count
    less than in wall-clock time); the best of two when the first took less than
    ``again_below``."""
    best = None
    while True:
        t0 = time.process_time()
        vnextract.extract(text, doc_date=doc_date)
        elapsed = time.process_time() - t0
        if best is not None or elapsed >= again_below:
            return elapsed if best is None else min(best, elapsed)
        best = elapsed


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


def sizes(max_size, min_size=64_000):
    size, out = min_size, []
    while size < max_size:
        out.append(size)
        size *= 2
    return out + [max_size]


def run_case(make, max_size, give_up, min_size, doc_date=None):
    """([(size, seconds)], error): stops after a run longer than ``give_up`` or an exception."""
    out = []
    for size in sizes(max_size, min_size):
        try:
            seconds = timed(make(size), doc_date=doc_date)
        except Exception as error:  # a crash is a finding too
            return out, f"{type(error).__name__} at {size // 1000}K"
        out.append((size, seconds))
        if seconds > give_up:
            break
    return out, None


def _growth(runs):
    """Time growth per doubling of the input: over the last two doublings (the geometric mean,
    steadier on a shared machine) when there are three sizes, else over the last one."""
    if len(runs) >= 3 and runs[-3][1] > 0:
        (s0, t0), (s2, t2) = runs[-3], runs[-1]
        return (t2 / t0) ** (1 / math.log2(s2 / s0))
    if len(runs) == 2:
        return runs[1][1] / max(runs[0][1], 1e-4)
    return float("nan")


def memory(size):
    """Peak memory of one extract() on ``size`` characters of joined news, above what the process
    held before (the text included there): the resident set's high-water mark where Linux lets
    it be reset, else the peak of ``tracemalloc`` (which slows the run several times)."""
    import gc
    text = news_text(size)
    gc.collect()
    if os.path.exists("/proc/self/clear_refs"):
        def status(key):
            with open("/proc/self/status") as handle:
                return next(int(line.split()[1]) * 1024 for line in handle if line.startswith(key))
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")  # resets VmHWM
        base = status("VmRSS")
        vnextract.extract(text)
        peak, how = status("VmHWM") - base, "resident set"
    else:
        import tracemalloc
        tracemalloc.start()
        vnextract.extract(text)
        peak, how = tracemalloc.get_traced_memory()[1], "tracemalloc"
        tracemalloc.stop()
    print(f"peak memory for {len(text):,} characters ({len(text.encode('utf-8')) / 1e6:.1f} MB UTF-8): "
          f"+{peak / 1e6:.0f} MB ({how}), {peak / len(text):.1f} bytes per character")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--max-size", type=int, default=1_000_000, help="largest input, in characters")
    parser.add_argument("--min-size", type=int, default=64_000, help="smallest input, in characters")
    parser.add_argument("--give-up", type=float, default=5.0, help="stop a case after a run this long")
    parser.add_argument("--only", help="run only the cases whose name contains this")
    parser.add_argument("--linear", action="store_true", help="also time 1 MB vs 10 MB of news text")
    parser.add_argument("--memory", type=int, nargs="?", const=15_000_000, default=None,
                        help="peak memory of one news text of this many characters (15 M)")
    args = parser.parse_args()
    vnextract.extract("khởi động")
    failed = []
    if args.memory is None or args.only:
        print(f"{'case':<28} {'per size: chars / seconds':<62} growth  largest")
        for group, cases in (("hostile", CASES), ("dense", DENSE)):
            print(f"-- {group}" + (" (bars: growth <= x2.5, largest < 2 s)" if group == "hostile"
                                   else " (bar: growth <= x2.5; time reported)"))
            for name, make in cases.items():
                if args.only and args.only not in name:
                    continue
                runs, error = run_case(make, args.max_size, args.give_up, args.min_size,
                                       DOC_DATE if name.endswith("[dated]") else None)
                growth = _growth(runs)
                stopped = error is not None or not runs or runs[-1][0] < args.max_size
                largest = runs[-1][1] if runs else float("nan")
                cells = " ".join(f"{s // 1000}K:{t:.2f}" for s, t in runs) + (f" {error}" if error else "")
                mark = "!" if stopped else " "
                print(f"{name:<28} {cells:<62} x{growth:4.2f}  {largest:5.2f} s{mark}", flush=True)
                if stopped or growth > 2.5 or (group == "hostile" and largest >= 2.0):
                    failed.append(name)
        print(f"{len(failed)} case(s) over a bar at {args.max_size:,} characters"
              + (": " + ", ".join(failed) if failed else ""))
    if args.linear and os.path.exists(CORPUS):
        one, ten = news_text(1_000_000), news_text(10_000_000)
        t1, t10 = timed(one), timed(ten)
        print(f"news text 1 MB {t1:.2f} s, 10 MB {t10:.2f} s: x{t10 / t1:.1f} (linear = 10)")
    if (args.linear or args.memory) and not os.path.exists(CORPUS):
        print(f"no corpus at {CORPUS}: --linear and --memory need it")
    if args.memory and os.path.exists(CORPUS):
        memory(args.memory)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
