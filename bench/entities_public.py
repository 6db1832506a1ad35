#!/usr/bin/env python3
"""Organisations and locations on public gold: exact-span P/R/F1 for the labels ORGANIZATION and
LOCATION, records read per document (as bench/people_public.py does for PERSON).

Data: the VLSP 2018 NER dev split converted to JSONL outside the repository (research use only,
never committed; see bench/people_public.py), e.g.

    .venv/bin/python bench/entities_public.py /tmp/pubgold/vlsp2018_ner/dev.jsonl [--errors 40]

Gold: spans of each label that are outermost (not inside another entity: "UBND tỉnh Bình Dương"
is one ORGANIZATION, its inner LOCATION is not counted). vnextract reads each source document
whole (its records joined by "\\n") and its spans are mapped back to the records.
"""
import argparse
import json
import sys

from people_public import outermost, prf, run_kinds

LABELS = {"LOCATION": "locations", "ORGANIZATION": "organizations"}


def run(records, kinds):
    return run_kinds(records, kinds, ["dates", "legal", "titles", "people", "awards", "link"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", help="converted VLSP 2018 split (JSONL)")
    parser.add_argument("--errors", type=int, default=0, help="print this many misses/spurious spans per label")
    parser.add_argument("--label", choices=sorted(LABELS), help="only this label's errors")
    args = parser.parse_args()

    records = [json.loads(line) for line in open(args.data, encoding="utf-8") if line.strip()]
    preds, seconds, chars = run(records, list(LABELS.values()))
    print(f"{args.data}: {len(records)} records; outermost exact spans, records read per document")
    print(f"{'label':<14}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for label, kind in LABELS.items():
        gold = [outermost(r, label) for r in records]
        s = prf(gold, preds[kind])
        print(f"{label:<14}{s['gold']:>6}{s['pred']:>6}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}")
    print(f"{seconds:.2f} s, {chars / seconds / 1000:.1f} k chars/s (organizations + locations only)")
    for label, kind in LABELS.items():
        if not args.errors or (args.label and label != args.label):
            continue
        shown = 0
        for r, p in zip(records, preds[kind], strict=True):
            g = outermost(r, label)
            for tag, spans in (("missed  ", g - p), ("spurious", p - g)):
                for s, e in sorted(spans):
                    if shown < args.errors:
                        around = r["text"][max(0, s - 40):e + 25].replace("\n", " ")
                        print(f"  {label[:3]} {tag}", repr(r["text"][s:e]), "|", around)
                        shown += 1


if __name__ == "__main__":
    sys.exit(main())
