#!/usr/bin/env python3
"""Mine organisation data from the project's own news corpus (never from a public NER set).

Writes two files of data/ (see data/README.md):

- ``org_compounds.txt``: lower-case two-syllable words ("y tế", "tình báo", "dầu khí") that are
  written "Y tế", "Tình báo" inside organisation names: the first syllable capitalised right after an
  organisation word, the pair frequent in lower case in running text. ``organizations`` reads a
  lower-case syllable after a capitalised one as part of the name only when the pair is such a word
  ("Bộ Y tế", but not "Tập đoàn Vingroup | khai trương").
- ``org_names.tsv`` rows with source ``corpus``: names seen right after "Công ty", "Tập đoàn",
  "Ngân hàng", "CLB", "hãng" ... ("Tập đoàn Viettel" -> "Viettel") often enough, and written on
  their own often enough and not after a person's cue word ("ông Trump"), and acronyms given in brackets after an
  organisation's name
  ("Tập đoàn Dầu khí Việt Nam (PVN)" -> "PVN"). Names that are places, people's names or common
  words are left out.

    PYTHONPATH=src python tools/mine_org_data.py CORPUS.jsonl.gz [--min-count 5]
"""
import argparse
import collections
import gzip
import json
import re
import sys

from vnextract import gazetteer, lexicon, organizations
from vnextract.text import NormText, literal_scan

WORD = re.compile(r"[^\W_](?:[^\W_]|[&'’.\-](?=[^\W_]))*")
# organisation words after which a company, club or brand name follows directly
NAME_HEADS = ("Công ty", "công ty", "Tập đoàn", "tập đoàn", "Ngân hàng", "ngân hàng", "CLB", "Câu lạc bộ",
              "câu lạc bộ", "hãng", "Hãng", "đội bóng", "Tổng công ty")
NAME_HEADS_SKIP = ("TNHH", "CP", "Cổ phần", "cổ phần", "MTV", "TMCP", "Thương mại", "thương mại", "Đầu tư", "đầu tư",
                   "bóng đá")
HEAD_RE = re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(h) for h in sorted(NAME_HEADS, key=len, reverse=True))
                     + r") ")
BRACKET_RE = re.compile(r"\(([A-ZĐ][A-Za-zĐđ0-9&\-]{1,12})\)")
CAP = re.compile(r"[A-ZÀ-ÝĐ]")


def words_at(text, pos, limit):
    out = []
    for m in WORD.finditer(text, pos):
        if len(out) >= limit:
            break
        if out and text[out[-1][1]:m.start()] != " ":
            break
        out.append((m.start(), m.end()))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--debug", help="write every candidate with its counts to this file")
    args = parser.parse_args()

    type_forms = sorted(organizations._types(), key=len, reverse=True)
    type_re = re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(t) for t in type_forms if t[0].isupper()) + r") ")
    pair_after_type = collections.Counter()  # ("y", "tế") from "Bộ Y tế"
    lower_pairs = collections.Counter()
    head_names = collections.Counter()
    bracket = collections.Counter()
    texts = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            texts.append(NormText(json.loads(line)["text"]).text)
    for text in texts:
        for m in type_re.finditer(text):
            ws = words_at(text, m.end(), 6)
            for (a0, a1), (b0, b1) in zip(ws, ws[1:], strict=False):
                first, second = text[a0:a1], text[b0:b1]
                if first[0].isupper() and second[0].islower():
                    pair_after_type[(first.lower(), second)] += 1
        for m in HEAD_RE.finditer(text):
            ws = words_at(text, m.end(), 5)
            while ws and text[ws[0][0]:ws[0][1]] in NAME_HEADS_SKIP:
                ws = ws[1:]
            run = []
            for w in ws:
                word = text[w[0]:w[1]]
                if not (word[0].isupper() or word[0].isdigit()):
                    break
                run.append(w)
            if 1 <= len(run) <= 3:
                head_names[text[run[0][0]:run[-1][1]]] += 1
        for m in BRACKET_RE.finditer(text):
            # an organisation name read by organizations.read ends right before the bracket
            window_start = max(0, m.start() - 100)
            for t in type_re.finditer(text, window_start, m.start()):
                reading = organizations.read(text, t.start())
                if reading is not None and reading.acronym_span == (m.start(1), m.end(1)):
                    bracket[m.group(1)] += 1
                    break
    # lower-case pairs in running text, only for the pairs seen after an organisation word
    wanted = {pair for pair, n in pair_after_type.items() if n >= 2}
    wanted_first = {a for a, _ in wanted}
    for text in texts:
        prev = None
        for m in WORD.finditer(text):
            word = m.group()
            if prev is not None and prev in wanted_first and word[0].islower() and (prev, word) in wanted:
                lower_pairs[(prev, word)] += 1
            prev = word if word[0].islower() else None
    stops = set(lexicon.words("org_stops"))
    compounds = sorted(f"{a} {b}" for (a, b), n in lower_pairs.items() if n >= 20 and b not in stops and a not in stops)

    # standalone uses of the names
    places = gazetteer.places()
    surnames = lexicon.word_set("surnames")
    not_acronyms = lexicon.word_set("org_not_acronyms")
    candidates = {name for name, n in head_names.items() if n >= args.min_count}
    candidates |= {a for a, n in bracket.items() if n >= 2}
    alone = collections.Counter()
    def whole(text, m):
        return (m.start() == 0 or not text[m.start() - 1].isalnum()) and (
            m.end() == len(text) or not text[m.end()].isalnum())

    scan = literal_scan(candidates)
    lower_scan = literal_scan({c.lower() for c in candidates})
    lower_text_counts = collections.Counter()
    person_cued = collections.Counter()
    cues = tuple(c + " " for c in lexicon.words("loc_person_cues")) + (
        "Tổng thống ", "Thủ tướng ", "Bộ trưởng ", "Chủ tịch ", "HLV ", "cầu thủ ", "tỷ phú ", "Ngoại trưởng ")
    for text in texts:
        for m in scan.finditer(text):
            if whole(text, m):
                alone[m.group()] += 1
                before = text[max(0, m.start() - 16):m.start()]
                if before.endswith(cues) and any(
                        before.endswith(c) and (len(before) == len(c) or not before[-len(c) - 1].isalnum())
                        for c in cues):
                    person_cued[m.group()] += 1
        for m in lower_scan.finditer(text):
            if whole(text, m):
                lower_text_counts[m.group()] += 1
    rows = []
    debug = open(args.debug, "w", encoding="utf-8") if args.debug else None
    if debug:
        for name in sorted(candidates):
            counts = (alone[name], head_names.get(name, 0), bracket.get(name, 0), lower_text_counts[name.lower()])
            debug.write(name + "".join(f"\t{n}" for n in counts) + "\n")
    for name in sorted(candidates):
        if name in places or name in not_acronyms or name.split(" ")[0] in surnames:
            continue
        if gazetteer.district_at(name, 0) or organizations._lookup(organizations._type_index(), name, 0):
            continue
        if name.isdigit() or len(name) < 2:
            continue
        total = alone[name]
        lower_n = lower_text_counts[name.lower()] - (total if name == name.lower() else 0)
        if lower_n > total * 0.2:
            continue  # a common word ("Nhà", "Điện")
        source_n = head_names.get(name, 0) + bracket.get(name, 0)
        if total < args.min_count or total < source_n:
            continue
        if person_cued[name] * 20 > total:
            continue  # a person's name ("Tổng thống Trump", "ông Trump")
        if not name.isascii() and total > 40 * source_n:
            continue  # mostly written for something else ("Thăng Long")
        words = name.split(" ")
        if gazetteer.place_at(name, 0) or (len(words) > 1 and gazetteer.place_at(name, len(words[0]) + 1)
                                           and not name.isascii()):
            continue  # a place: "Tây Á", "Bắc London"; "Uber Việt Nam" is read as "Uber" and a place
        if name.isupper() and len(name) < 3 and bracket.get(name, 0) < 5:
            continue
        if len(words) == 1 and not name.isascii() and not name.isupper():
            continue  # one Vietnamese syllable ("Việt")
        if any(c.isdigit() for c in name) and not any(c.islower() for c in name):
            continue  # codes: "C45", "PA92", "A0"
        kind = "acronym" if name in bracket else "name"
        rows.append((name, kind, total))
    with open("data/org_compounds.txt", "w", encoding="utf-8") as out:
        out.write("# Lower-case two-syllable words written with a capital first syllable inside organisation\n"
                  "# names (\"Bộ Y tế\", \"Cơ quan Tình báo\"). Mined by tools/mine_org_data.py from the news "
                  "corpus.\n")
        for c in compounds:
            out.write(c + "\n")
    hand = [line for line in open("data/org_names.tsv", encoding="utf-8") if "\tcorpus" not in line]
    with open("data/org_names.tsv", "w", encoding="utf-8") as out:
        out.writelines(hand)
        known = {line.split("\t")[0] for line in hand}
        for name, _kind, _total in rows:
            if name not in known:
                out.write(f"{name}\t\tcorpus\n")
    print(f"{len(compounds)} compounds, {len(rows)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
