#!/usr/bin/env python3
"""Mine person names from a news corpus with silver labels from the people rules (rebuilds
``data/person_names_mined.tsv``).

Silver label: a name the rules find right after a cue word ("ông", "HLV", "ca sĩ", "Tổng thống",
"tiền đạo": the rules' most precise case). Kept:

- ``full``: a name of 2-4 words seen after a cue in at least ``--min-docs`` articles (a name of
  Vietnamese syllables: not after a title, "Bộ trưởng Công Thương"), not starting with a place, and
  rarely after a place/organisation word anywhere in the corpus ("đường", "Công ty", "trường": at most
  ``--max-neg`` of its capitalised occurrences, also after an organisation word inside the same
  capitalised run, "Bộ Công Thương"); its first word no place/organisation word ("Trường"), and one
  that also names things ("Đông", "Quốc") needs twice the articles. "Đông Nhi", "Park Hang Seo".
- ``single``: one word that is no Vietnamese syllable (a foreign family name or one-word name), seen
  after a cue alone ("tiền đạo Casemiro"), as the last word of a foreign name after a cue ("HLV Jose
  Mourinho") or of one that starts with a known foreign given name ("Antoine Griezmann") in at least
  ``--min-docs`` articles, with the same place/organisation test;
  and where it stands alone as a capitalised word, at least ``--min-person`` of those occurrences have
  person evidence (a cue before it, or such a foreign name ending in it in the same article) and at
  most ``--max-neg`` follow a place/organisation word or a place preposition ("ở", "tại": "ở Hollywood");
  and the word is (almost) never written in lower case in the corpus ("sushi", "pink": common words).

Gold articles (the ids of the scoreboard files given with --exclude) are skipped, so the gold sets
stay a fair test. Usage (from the repository root):

    PYTHONPATH=src python bench/mine_people.py CORPUS.jsonl.gz --exclude ../eval/*.jsonl > data/person_names_mined.tsv
"""
import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict

import regex

from vnextract import people
from vnextract import text as vtext

LOWER_LATIN = re.compile(r"(?<![^\W\d_])[a-z]{3,}(?![^\W\d_])")
CUE_KINDS = ("honorific", "title", "occupation", "rank", "degree", "religious")


def _open(path):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="+", help="JSONL(.gz) files with {'id', 'text'}")
    parser.add_argument("--exclude", nargs="*", default=[], help="JSONL files whose ids are skipped (gold)")
    parser.add_argument("--min-docs", type=int, default=2)
    parser.add_argument("--max-neg", type=float, default=0.1)
    parser.add_argument("--min-person", type=float, default=0.3,
                        help="single: least share of its lone occurrences with person evidence")
    parser.add_argument("--max-lower", type=float, default=0.05,
                        help="single: most lower-case occurrences of the word, as a share of its lone capitalised ones")
    parser.add_argument("--limit", type=int, default=0, help="read only this many articles (0: all)")
    args = parser.parse_args()

    skip = set()
    for path in args.exclude:
        for line in _open(path):
            if line.strip():
                skip.add(json.loads(line)["id"])

    cued_docs = defaultdict(set)     # name -> articles where it follows a cue
    single_docs = defaultdict(set)   # foreign word -> articles (alone after a cue, or last word of a cued foreign name)
    lone = Counter()                 # a foreign word as a capitalised run of its own
    lone_person = Counter()          # ... right after a cue, or in an article naming a cued foreign name ending in it
    lone_neg = Counter()             # ... after a place/organisation word or a place preposition ("ở", "tại")
    lower = Counter()                # Latin words written in lower case ("sushi", "pink"): common words, not names
    total = Counter()                # capitalised word sequences (run suffixes of 1-4 words)
    neg = Counter()                  # ... right after a place/organisation word
    read = 0
    data = people._data()
    # the rules without the mined lists, so that a rebuild does not depend on the file it rewrites
    data["lone_names"] = data["lone_names"] - data["mined_single"]
    data["mined_full"], data["mined_single"] = frozenset(), frozenset()
    place_before = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:" + "|".join(sorted(
        people._rules()["place_before"], key=len, reverse=True)) + r")\s$")
    for path in args.corpus:
        for line in _open(path):
            if not line.strip():
                continue
            art = json.loads(line)
            if art.get("id") in skip:
                continue
            read += 1
            if args.limit and read > args.limit:
                break
            doc_id = art.get("id") or str(read)
            text = vtext.NormText(art.get("text") or "").text
            lower.update(LOWER_LATIN.findall(text))
            rec = people._Recognizer(text)
            rec.credit_pass()
            rec.run_pass()
            d = rec.d
            known_first = set()  # last words of foreign names that start with a known given name
            for f in rec.found:
                words = f.name.split()
                if f.role is None and f.foreign and len(words) >= 2 and words[0] in data["foreign_given"] \
                        and not any("." in w for w in words):
                    known_first.add(words[-1])
                    last = words[-1]
                    if len(last) >= 3 and not people.is_vn_syllable(last) and last[0].isupper():
                        single_docs[last].add(doc_id)  # "Antoine Griezmann": "Griezmann"
            for f in rec.found:
                if f.role is not None:
                    continue
                cue = d.immediate_cue(f.start)
                if cue is None or cue[0] not in CUE_KINDS:
                    continue
                words = f.name.split()
                if any("." in w for w in words):
                    continue
                if 2 <= len(words) <= 4 and (f.foreign or cue[0] != "title"):
                    # (a Vietnamese-looking name after a title is often an organisation or a field:
                    # "Bộ trưởng Công Thương")
                    cued_docs[f.name].add(doc_id)
                if f.foreign or len(words) == 1:
                    last = words[-1]
                    if len(last) >= 3 and not people.is_vn_syllable(last) and last[0].isupper():
                        single_docs[last].add(doc_id)
            toks = d.toks
            lasts = {f.name.split()[-1] for f in rec.found if f.foreign and " " in f.name
                     and d.immediate_cue(f.start) is not None} | known_first
            for i, j in d.runs():
                if j - i == 1 and toks[i].kind == "cap" and not toks[i].vn and len(toks[i].text) >= 3:
                    w, s = toks[i].text, toks[i].start
                    lone[w] += 1
                    cue = d.immediate_cue(s)
                    if cue is not None and cue[0] in CUE_KINDS or w in lasts:
                        lone_person[w] += 1
                    elif d.negative_before(s) or place_before.search(text, max(0, s - 8), s):
                        lone_neg[w] += 1
                for k in range(max(i, j - 4), j):
                    s = toks[k].start
                    key = " ".join(t.text for t in toks[k:j])
                    total[key] += 1
                    if d.negative_before(s) or (k > i and (toks[k - 1].text.casefold() in data["negative"]
                                                           or toks[k - 1].text in data["not_name"])):
                        neg[key] += 1
        print(f"read {read} articles", file=sys.stderr)

    def ok(name):
        n = total.get(name, 0)
        return n and neg.get(name, 0) / n <= args.max_neg and name not in data["places"] \
            and name not in data["foreign_not_name"] and name.casefold() not in data["credit_not_person"] \
            and name not in data["non_names"]

    d_any = people._Doc("")
    print("# Person names mined from the news corpus by bench/mine_people.py (see data/README.md).")
    print("# kind full: a name of 2-4 words; single: a foreign one-word name. docs: articles where the")
    print("# rules found it right after a cue word; neg: share of its capitalised occurrences after a place/")
    print("# organisation word.")
    print("name\tkind\tdocs\tneg")
    rows = []
    for name, docs in cued_docs.items():
        first = name.split()[0]
        if first.casefold() in data["negative"] or (first in data["not_name"] and len(docs) < 2 * args.min_docs):
            continue  # "Trường Trung (cấp ...)": a school; a first word that names things needs more evidence
        if len(docs) >= args.min_docs and ok(name) and d_any.place_prefix(tuple(name.split())) < 2:
            rows.append((name, "full", len(docs), neg.get(name, 0) / total[name]))
    for name, docs in single_docs.items():
        n = lone.get(name, 0)
        if len(docs) >= args.min_docs and ok(name) and name not in data["given"] and name not in data["surnames"] \
                and n and lone_person[name] / n >= args.min_person and lone_neg[name] / n <= args.max_neg \
                and lower[name.lower()] <= args.max_lower * n:
            rows.append((name, "single", len(docs), neg.get(name, 0) / total[name]))
    rows.sort(key=lambda r: (r[1], -r[2], r[0]))
    for name, kind, docs, share in rows:
        print(f"{name}\t{kind}\t{docs}\t{share:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
