#!/usr/bin/env python3
"""Mine how the news corpus writes each word inside a sentence (``data/people/capitalisation.tsv``, read by
``vnextract.person_check``): how often it is capitalised where no sentence starts, and how often its
lower-case form occurs. A given name is mostly capitalised ("Hùng": 3,368 against "hùng" 1,451); a
word of the language written with a capital in a name or a heading mostly is not ("Phát": 2,426 against
"phát" 40,478). Words capitalised fewer than ``--min-capitalised`` times are left out.

    python tools/mine_capitalisation.py CORPUS/news.jsonl.gz --exclude EVAL/*.jsonl > data/people/capitalisation.tsv
"""
import sys
from collections import Counter

import corpus
import regex

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
_OPENERS = frozenset(".!?:\n\"“”'‘(-–…")  # (after these a capital may start a sentence, a quote, an item)


def main() -> int:
    parser = corpus.argument_parser(__doc__)
    parser.add_argument("--min-capitalised", type=int, default=3)
    args = parser.parse_args()
    capitalised: Counter = Counter()
    lower: Counter = Counter()
    articles = 0
    for article in corpus.articles(args.corpus, args.exclude):
        articles += 1
        text = article["text"]
        for m in _WORD.finditer(text):
            word = m.group()
            if not word[0].isupper():
                lower[word] += 1
                continue
            i = m.start() - 1
            while i >= 0 and text[i] in " \t":
                i -= 1
            if i >= 0 and text[i] not in _OPENERS:
                capitalised[word] += 1
    sys.stdout.write(f"# How {articles} news articles write each word inside a sentence (tools/mine_capitalisation.py;"
                     " see data/README.md): capitalised where no sentence starts, and in lower case.\n")
    sys.stdout.write("word\tcapitalised\tlower\n")
    for word in sorted(w for w, c in capitalised.items() if c >= args.min_capitalised):
        sys.stdout.write(f"{word}\t{capitalised[word]}\t{lower[word.lower()]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
