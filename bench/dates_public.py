"""Dates of vnextract and of dateparser against the DATE label of a public gold set.

Usage (the converted split comes from ../shared/tools/public_gold.py and stays outside the repo):

    python bench/dates_public.py /tmp/public_gold/phoner_covid19/dev.jsonl [--errors N] [--no-dateparser]

The public spans differ in scope from ours (PhoNER_COVID19 leaves out "ngày" and times and
splits ranges into their ends), so spans are compared by overlap:

* recall: share of gold DATE spans overlapped by at least one predicted span;
* precision: share of predicted spans that overlap at least one gold DATE span.

dateparser (a dev-only dependency: ``pip install vnextract[bench]``) is run as
``dateparser.search.search_dates(text, languages=["vi"])``; it returns matched substrings without
offsets, so each one is located in the text left to right.
"""
import argparse
import json
import sys
import time
from typing import Iterable, List, Tuple

Span = Tuple[int, int]


def load(path: str) -> List[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def vnextract_spans(records: List[dict]) -> List[List[Span]]:
    from vnextract.pipeline import Extractor

    extractor = Extractor(disable=["legal", "titles", "people", "awards", "link"])
    return [[(m.start, m.end) for m in extractor.extract(r["text"]).dates] for r in records]


def dateparser_spans(records: List[dict]) -> List[List[Span]]:
    from dateparser.search import search_dates

    out = []
    for record in records:
        text = record["text"]
        spans: List[Span] = []
        found = search_dates(text, languages=["vi"]) or []
        pos = 0
        for substring, _ in found:
            start = text.find(substring, pos)
            if start < 0:
                start = text.find(substring)
            if start < 0:
                continue
            spans.append((start, start + len(substring)))
            pos = start + len(substring)
        out.append(spans)
    return out


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(gold: List[List[Span]], pred: List[List[Span]]) -> dict:
    n_gold = sum(len(g) for g in gold)
    n_pred = sum(len(p) for p in pred)
    found = sum(any(overlaps(g, p) for p in ps) for gs, ps in zip(gold, pred, strict=True) for g in gs)
    right = sum(any(overlaps(p, g) for g in gs) for gs, ps in zip(gold, pred, strict=True) for p in ps)
    recall = found / n_gold if n_gold else 0.0
    precision = right / n_pred if n_pred else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"gold": n_gold, "pred": n_pred, "recall": recall, "precision": precision, "f1": f1}


def show_errors(records, gold, pred, limit: int) -> None:
    missed, spurious = [], []
    for record, gs, ps in zip(records, gold, pred, strict=True):
        text = record["text"]
        for g in gs:
            if not any(overlaps(g, p) for p in ps):
                missed.append(text[max(0, g[0] - 40):g[0]] + "[" + text[g[0]:g[1]] + "]" + text[g[1]:g[1] + 20])
        for p in ps:
            if not any(overlaps(p, g) for g in gs):
                spurious.append(text[max(0, p[0] - 40):p[0]] + "[" + text[p[0]:p[1]] + "]" + text[p[1]:p[1] + 20])
    print(f"  missed ({len(missed)}):")
    for line in missed[:limit]:
        print("    " + repr(line))
    print(f"  spurious ({len(spurious)}):")
    for line in spurious[:limit]:
        print("    " + repr(line))


def main(argv: Iterable[str] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", help="converted JSONL split (id, text, entities)")
    parser.add_argument("--label", default="DATE")
    parser.add_argument("--errors", type=int, default=0, help="show up to N misses/spurious spans per system")
    parser.add_argument("--no-dateparser", action="store_true")
    args = parser.parse_args(argv)
    records = load(args.gold)
    gold = [[(e["start"], e["end"]) for e in r["entities"] if e["label"] == args.label] for r in records]
    systems = [("vnextract", vnextract_spans)]
    if not args.no_dateparser:
        systems.append(("dateparser", dateparser_spans))
    print(f"{len(records)} records, {sum(len(g) for g in gold)} gold {args.label} spans; overlap matching")
    print(f"{'system':<12}{'gold':>6}{'pred':>6}{'R':>8}{'P':>8}{'F1':>8}{'sec':>8}")
    for name, run in systems:
        started = time.perf_counter()
        try:
            pred = run(records)
        except ImportError as error:
            print(f"{name:<12} not available: {error}", file=sys.stderr)
            continue
        seconds = time.perf_counter() - started
        r = score(gold, pred)
        print(f"{name:<12}{r['gold']:>6}{r['pred']:>6}{r['recall']:>8.3f}{r['precision']:>8.3f}{r['f1']:>8.3f}{seconds:>8.2f}")
        if args.errors:
            show_errors(records, gold, pred, args.errors)


if __name__ == "__main__":
    main()
