"""Sweep the award recogniser over corpus articles that contain award words, for hand-checking.

    python bench/awards_sweep.py                       # summary + review file in /tmp
    python bench/awards_sweep.py --sample 40 --seed 1  # a random sample of the matching articles
    python bench/awards_sweep.py --ids ID ID           # only these articles

It selects the articles of ``../shared/data/corpus/news.jsonl.gz`` whose text contains
"Bằng khen", "Huân chương", "Giấy khen", "Cờ thi đua" or "N tập thể" (the issue's filter), runs
``vnextract.extract`` and writes a review file (default ``/tmp/awards_sweep.txt``, outside the
project: corpus text is never copied into the repository) listing, per article, every extracted
award with its fields and every sentence that has an award word but no extracted award (candidate
misses). A reviewer marks each extraction OK/BAD and each candidate MISS/fine; ``--verdicts FILE``
(lines "ID<TAB>START<TAB>ok|bad" and "ID<TAB>miss<TAB>N") turns the marks into precision/recall.
"""
import argparse
import gzip
import json
import os
import random
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "corpus", "news.jsonl.gz")
SELECT = re.compile(r"Bằng khen|Huân chương|Giấy khen|Cờ thi đua|\d+ tập thể")
AWARD_WORD = re.compile(r"(?i)bằng khen|huân chương|huy chương|giấy khen|cờ thi đua|kỷ niệm chương|huy hiệu|"
                        r"danh hiệu|giải (?:nhất|nhì|ba|tư|khuyến khích|đặc biệt)|giải thưởng|anh hùng|"
                        r"chiến s[ĩỹ] thi đua|nhà giáo (?:nhân dân|ưu tú)|nghệ sĩ (?:nhân dân|ưu tú)|"
                        r"thầy thuốc (?:nhân dân|ưu tú)|\d+ tập thể")


def load(path, ids=None):
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if ids and record["id"] not in ids:
                continue
            if SELECT.search(record["text"]):
                yield record


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=CORPUS)
    parser.add_argument("--sample", type=int, default=0, help="review a random sample of N articles")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--ids", nargs="*")
    parser.add_argument("--out", default="/tmp/awards_sweep.txt")
    parser.add_argument("--verdicts", help="file of review marks to score")
    args = parser.parse_args(argv)

    from vnextract import Extractor
    from vnextract.text import NormText, split_sentences

    extractor = Extractor()
    records = list(load(args.corpus, set(args.ids) if args.ids else None))
    if args.sample and args.sample < len(records):
        records = random.Random(args.seed).sample(records, args.sample)
    n_mentions = n_candidates = 0
    started = time.perf_counter()
    with open(args.out, "w", encoding="utf-8") as out:
        for record in records:
            text = record["text"]
            result = extractor.extract(text)
            awards = result.awards
            n_mentions += len(awards)
            out.write(f"=== {record['id']}  ({len(awards)} awards)\n")
            for a in awards:
                recipients = ", ".join(f"{r.count} {r.unit}" for r in a.recipients)
                out.write(f"  [{a.start}] {a.text!r}\n      award={a.award!r} issuer={a.issuer!r} "
                          f"recipients=[{recipients}] names={a.recipient_names!r}"
                          f"{' posthumous' if a.posthumous else ''}"
                          f"{' reason=' + repr(a.reason) if a.reason else ''}"
                          f"{' money=' + repr(a.prize_money) if a.prize_money else ''}\n")
            # sentences with award words but no extraction: candidate misses
            norm = NormText(text).text
            k = 0
            for s, e in split_sentences(norm):
                if not AWARD_WORD.search(norm[s:e]):
                    continue
                if any(a.start < e and a.end > s for a in awards):
                    continue
                k += 1
                n_candidates += 1
                out.write(f"  ? miss#{k} {norm[s:e][:300]!r}\n")
    elapsed = time.perf_counter() - started
    print(f"{len(records)} articles, {n_mentions} award mentions, {n_candidates} uncovered sentences with award "
          f"words; {elapsed:.1f}s; review file: {args.out}")
    if args.verdicts:
        ok = bad = miss = 0
        for line in open(args.verdicts, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or line.startswith("#"):
                continue
            if parts[2] == "ok":
                ok += 1
            elif parts[2] == "bad":
                bad += 1
            elif parts[1] == "miss":
                miss += int(parts[2])
        precision = ok / (ok + bad) if ok + bad else 0.0
        recall = ok / (ok + miss) if ok + miss else 0.0
        print(f"hand-checked: {ok} correct, {bad} wrong, {miss} missed -> precision {precision:.3f}, "
              f"recall {recall:.3f}")


if __name__ == "__main__":
    sys.exit(main())
