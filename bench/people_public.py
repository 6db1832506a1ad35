#!/usr/bin/env python3
"""People on public gold: exact-span P/R/F1 for label PERSON, vnextract vs underthesea.ner.

Data: the VLSP 2018 NER dev split converted by ../shared/tools/public_gold.py into a folder
outside the repository (research use only, never committed), e.g.

    MIRROR_ROOT=... python3 ../shared/tools/public_gold.py --dev-root /tmp/pubgold --only vlsp2018_ner
    .venv/bin/python bench/people_public.py /tmp/pubgold/vlsp2018_ner/dev.jsonl

Gold: PERSON spans that are outermost (not inside another entity: "Trường THPT Lê Quý Đôn" is an
ORGANIZATION, its inner PERSON is not a person mention for us). VLSP PERSON spans exclude titles.

vnextract reads each source document whole (its records joined by "\\n", so a later "ông Cành"
can be linked to the full name), and its spans are mapped back to the records. underthesea.ner
reads one record at a time (it is a sentence tagger); B-PER/I-PER tokens make its spans. Both are
scored on the same records: all of them for vnextract, and a fixed random sample (--sample,
default 400 records) for underthesea, on which vnextract is scored again for the comparison.
"""
import argparse
import json
import random
import sys
import time
from collections import OrderedDict


def outermost(record, label):
    """Spans of ``label`` not inside a longer entity of the record (any label)."""
    ents = record["entities"]
    spans = set()
    for e in ents:
        if e["label"] != label:
            continue
        inside = any(o is not e and o["start"] <= e["start"] and e["end"] <= o["end"]
                     and (o["end"] - o["start"]) > (e["end"] - e["start"]) for o in ents)
        if not inside:
            spans.add((e["start"], e["end"]))
    return spans


def outermost_person(record):
    return outermost(record, "PERSON")


def prf(gold, pred):
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    ng = sum(len(g) for g in gold)
    npred = sum(len(p) for p in pred)
    precision = tp / npred if npred else 0.0
    recall = tp / ng if ng else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return dict(gold=ng, pred=npred, tp=tp, precision=precision, recall=recall, f1=f1)


def run_kinds(records, kinds, disable):
    """Per-kind, per-record predicted spans: each source document is read whole (its records
    joined by "\\n") and its mentions are mapped back to the records. Returns (preds, seconds,
    characters read)."""
    from vnextract import Extractor

    extractor = Extractor(disable=disable)
    docs = OrderedDict()
    for index, record in enumerate(records):
        docs.setdefault(record["id"].rsplit("/", 1)[0], []).append(index)
    preds = {kind: [set() for _ in records] for kind in kinds}
    chars = 0
    start = time.perf_counter()
    for indexes in docs.values():
        offsets, parts, pos = [], [], 0
        for i in indexes:
            offsets.append(pos)
            parts.append(records[i]["text"])
            pos += len(records[i]["text"]) + 1
        text = "\n".join(parts)
        chars += len(text)
        result = extractor.extract(text)
        for kind in kinds:
            for mention in getattr(result, kind):
                for i, off in zip(indexes, offsets, strict=True):
                    if off <= mention.start and mention.end <= off + len(records[i]["text"]):
                        preds[kind][i].add((mention.start - off, mention.end - off))
                        break
    return preds, time.perf_counter() - start, chars


def run_vnextract(records):
    """Per-record predicted person spans; documents are read whole."""
    preds, seconds, chars = run_kinds(records, ["people"], ["dates", "legal", "awards"])
    return preds["people"], seconds, chars


def underthesea_spans(text, tagged):
    """Character spans of B-PER/I-PER tokens of underthesea.ner output, located in text."""
    spans, pos, cur = [], 0, None
    for item in tagged:
        token, tag = item[0], item[-1]
        found = text.find(token, pos)
        if found < 0:
            # underthesea may rewrite characters: fall back to the first syllable
            first = token.split()[0] if token.split() else token
            found = text.find(first, pos)
            if found < 0:
                cur = None
                continue
            end = found + len(first)
        else:
            end = found + len(token)
        pos = end
        if tag.endswith("PER") and (tag.startswith("B-") or cur is None):
            if cur:
                spans.append(cur)
            cur = [found, end]
        elif tag.endswith("PER") and tag.startswith("I-") and cur is not None:
            cur[1] = end
        else:
            if cur:
                spans.append(cur)
            cur = None
    if cur:
        spans.append(cur)
    return {tuple(s) for s in spans}


def run_underthesea(records):
    from underthesea import ner

    ner("Khởi động.")  # load the model outside the timing
    preds = []
    chars = 0
    start = time.perf_counter()
    for record in records:
        chars += len(record["text"])
        try:
            tagged = ner(record["text"])
        except Exception:  # noqa: BLE001 - a crash on one record counts as no prediction
            tagged = []
        preds.append(underthesea_spans(record["text"], tagged))
    return preds, time.perf_counter() - start, chars


def show(name, score, seconds=None, chars=None):
    speed = f"  {seconds:7.2f} s  {chars / seconds / 1000:8.1f} k chars/s" if seconds else ""
    print(f"{name:<34}{score['gold']:>6}{score['pred']:>6}{score['precision']:>8.3f}{score['recall']:>8.3f}"
          f"{score['f1']:>8.3f}{speed}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", help="converted VLSP 2018 split (JSONL from public_gold.py)")
    parser.add_argument("--sample", type=int, default=400, help="records for the underthesea comparison (0: all)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--no-underthesea", action="store_true")
    parser.add_argument("--errors", type=int, default=0, help="print this many vnextract misses/spurious spans")
    parser.add_argument("--half", choices=("even", "odd"),
                        help="only the even- or odd-numbered source documents (tune on one, check on the other)")
    args = parser.parse_args()

    records = [json.loads(line) for line in open(args.data, encoding="utf-8") if line.strip()]
    if args.half:
        doc_index = {}
        for r in records:
            doc_index.setdefault(r["id"].rsplit("/", 1)[0], len(doc_index))
        parity = 0 if args.half == "even" else 1
        records = [r for r in records if doc_index[r["id"].rsplit("/", 1)[0]] % 2 == parity]
    gold = [outermost_person(r) for r in records]
    preds, seconds, chars = run_vnextract(records)
    half = f" ({args.half} documents)" if args.half else ""
    spans = sum(len(g) for g in gold)
    print(f"{args.data}{half}: {len(records)} records, {spans} outermost PERSON spans; exact-span match")
    print(f"{'system / records':<34}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    show(f"vnextract / all {len(records)}", prf(gold, preds), seconds, chars)

    if args.errors:
        shown = 0
        for r, g, p in zip(records, gold, preds, strict=True):
            for s, e in sorted(g - p):
                if shown < args.errors:
                    print("  missed  ", repr(r["text"][s:e]), "|", r["text"][max(0, s - 40):e + 20].replace("\n", " "))
                    shown += 1
            for s, e in sorted(p - g):
                if shown < args.errors:
                    print("  spurious", repr(r["text"][s:e]), "|", r["text"][max(0, s - 40):e + 20].replace("\n", " "))
                    shown += 1

    if args.no_underthesea:
        return
    indexes = list(range(len(records)))
    if args.sample and args.sample < len(records):
        indexes = sorted(random.Random(args.seed).sample(indexes, args.sample))
    sample = [records[i] for i in indexes]
    sgold = [gold[i] for i in indexes]
    u_preds, u_seconds, u_chars = run_underthesea(sample)
    show(f"vnextract / sample {len(sample)}", prf(sgold, [preds[i] for i in indexes]))
    show(f"underthesea.ner / sample {len(sample)}", prf(sgold, u_preds), u_seconds, u_chars)


if __name__ == "__main__":
    sys.exit(main())
