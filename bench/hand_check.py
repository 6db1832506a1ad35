"""Sample titles, award statements and legal references from corpus articles outside every gold
set, for checking the attached facts by hand (issue 13).

    python bench/hand_check.py                 # 60 titles, 60 awards, 40 legal refs, seed 13
    python bench/hand_check.py --seed 7 --titles 20 --awards 0 --legal 0

Articles of any gold file (``../shared/eval/*.jsonl``) are skipped. Titles: one per article from
random articles. Awards: half from sport, entertainment and business articles ("Thể thao",
"Giải trí", "Kinh doanh"), half from the rest; one statement per article. Legal references: those
with an issuer or an issue date stated, one per article. Each item is printed with its fields and
the text around it (to the terminal only: corpus text is never copied into the repository); the
checker marks each field right or wrong.
"""
import argparse
import glob
import gzip
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))

from vnextract import extract  # noqa: E402

CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "corpus", "news.jsonl.gz")
GOLD = os.path.join(HERE, "..", "..", "shared", "eval")
AWARD_TOPICS = ("Thể thao", "Giải trí", "Kinh doanh")
AWARD_WORD = re.compile(r"(?i)bằng khen|huân chương|huy chương|giấy khen|cờ thi đua|kỷ niệm chương|danh hiệu|"
                        r"giải (?:nhất|nhì|ba|thưởng|vàng|bạc)|đăng quang|quán quân|vô địch|giải oscar"
                        r"|giải \w+ (?:cho|hạng mục)")
LEGAL_WORD = re.compile(r"(?i)nghị định|nghị quyết|quyết định|thông tư|chỉ thị|luật|công văn|kế hoạch số")
TITLE_WORD = re.compile(r"Chủ tịch|Giám đốc|Bộ trưởng|Thủ tướng|Bí thư|trưởng|Tổng thống|Đại sứ|Hiệu trưởng")


def gold_ids():
    ids = set()
    for path in glob.glob(os.path.join(GOLD, "*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    ids.add(json.loads(line)["id"])
    return ids


def articles(seed):
    skip = gold_ids()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    rows = [r for r in rows if r["id"] not in skip]
    random.Random(seed).shuffle(rows)
    return rows


def context(text, start, end, width=160):
    a, b = max(0, start - width), min(len(text), end + width)
    return (text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]).replace("\n", " | ")


def show(n, kind, row, item, fields):
    print(f"{kind} {n:02d} {row['id']} topic={row.get('topic')}")
    print("   span: " + item["text"])
    print("   " + "  ".join(f"{k}={item.get(k)!r}" for k in fields))
    print("   ctx: " + context(row["text"], item["start"], item["end"]))
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--titles", type=int, default=60)
    ap.add_argument("--awards", type=int, default=60)
    ap.add_argument("--legal", type=int, default=40)
    args = ap.parse_args()
    rows = articles(args.seed)
    rng = random.Random(args.seed)

    if args.titles:
        n = 0
        for row in rows:
            if n >= args.titles:
                break
            if not TITLE_WORD.search(row["text"]):
                continue
            items = extract(row["text"]).to_dict()["titles"]
            if items:
                n += 1
                show(n, "TITLE", row, rng.choice(items), ("role", "organization", "holder"))

    if args.awards:
        want = {True: args.awards // 2, False: args.awards - args.awards // 2}
        got = {True: 0, False: 0}
        n = 0
        for row in rows:
            if got[True] >= want[True] and got[False] >= want[False]:
                break
            group = row.get("topic") in AWARD_TOPICS
            if got[group] >= want[group] or not AWARD_WORD.search(row["text"]):
                continue
            items = extract(row["text"]).to_dict()["awards"]
            if items:
                got[group] += 1
                n += 1
                show(n, "AWARD", row, rng.choice(items), ("award", "issuer", "recipients", "recipient_names"))

    if args.legal:
        n = 0
        for row in rows:
            if n >= args.legal:
                break
            if not LEGAL_WORD.search(row["text"]):
                continue
            items = [r for r in extract(row["text"]).to_dict()["legal_refs"] if r.get("issuer") or r.get("issued")]
            if items:
                n += 1
                show(n, "LEGAL", row, rng.choice(items), ("doc_type", "number", "symbol", "issued", "issuer"))


if __name__ == "__main__":
    main()
