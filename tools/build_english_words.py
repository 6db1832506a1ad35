#!/usr/bin/env python3
"""Build ``data/people/english_common_words.tsv``: English words that English text writes mostly in
lower case ("Management", "Dynamics", "Riverside" is not one: a place name), with how many times more
often in lower case than capitalised. A foreign-looking name the rules found without a cue word is no
person when it holds such a word ("General Dynamics", "Asset Management", "Play Protect"): see
``people._english_common``.

Source: the table ``en_lexeme_prob`` of the ``spacy-lookups-data`` package on PyPI (MIT): the
log-probability of each English word form, case kept. Kept: alphabetic ASCII words of 4 letters or
more whose lower-case form has a log-probability of at least ``--min-logprob`` and is at least
``--min-ratio`` times as frequent as the capitalised form. Names are not removed here: the project's
own name lists (foreign given names, mined names, census names) are taken out when the file is read.

    pip download spacy-lookups-data==1.0.5 --no-deps && unzip spacy_lookups_data-1.0.5-py2.py3-none-any.whl \\
        'spacy_lookups_data/data/en_lexeme_prob.json.gz'
    python tools/build_english_words.py spacy_lookups_data/data/en_lexeme_prob.json.gz \\
        > data/people/english_common_words.tsv
"""
import argparse
import gzip
import json
import math
import sys

HEADER = """# English words written mostly in lower case, capitalised, with how many times more often English text
# writes them in lower case than capitalised (rounded down). Built by tools/build_english_words.py from the
# table en_lexeme_prob of spacy-lookups-data 1.0.5 (PyPI, MIT): words of {min_len} letters or more, lower-case
# log-probability >= {min_logprob}, ratio >= {min_ratio}. people.py: a foreign-looking name found without a cue
# word that holds one of them is no person ("General Dynamics"); the project's name lists win over this file.
word\tratio
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("lexeme_prob", help="en_lexeme_prob.json.gz of spacy-lookups-data")
    ap.add_argument("--min-logprob", type=float, default=-16.0)
    ap.add_argument("--min-ratio", type=float, default=3.0)
    ap.add_argument("--min-len", type=int, default=4)
    args = ap.parse_args()
    with gzip.open(args.lexeme_prob, "rt", encoding="utf-8") as fh:
        prob = json.load(fh)
    rows = []
    for word, logprob in prob.items():
        if not (word.isascii() and word.isalpha() and word.islower() and len(word) >= args.min_len):
            continue
        if logprob < args.min_logprob:
            continue
        ratio = math.exp(logprob - prob.get(word.capitalize(), -30.0))
        if ratio >= args.min_ratio:
            rows.append((word.capitalize(), int(min(ratio, 9999))))
    out = sys.stdout
    out.write(HEADER.format(min_len=args.min_len, min_logprob=args.min_logprob, min_ratio=args.min_ratio))
    for word, ratio in sorted(rows):
        out.write(f"{word}\t{ratio}\n")


if __name__ == "__main__":
    main()
