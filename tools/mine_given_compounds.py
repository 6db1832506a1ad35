#!/usr/bin/env python3
"""Mine the lower-case word pairs that start with a given name (``data/people/given_compounds.txt``,
read by ``vnextract.name_context``): "linh hồn", "kim tự", "bình chọn", "luân chuyển".

A given name is also a syllable of common words; written with a capital at a sentence start or in a
heading ("Linh hồn ...", "Bình chọn ...") it looks like a name. A pair written in lower case in many
articles of the project's news corpus is a word of the language, not a name and a verb. Kept: pairs
whose first syllable is a given name of ``given_names.txt`` (lower-cased), seen in lower case in at
least ``--min-docs`` articles. Gold articles (``--exclude``) are skipped.

    PYTHONPATH=src python tools/mine_given_compounds.py CORPUS/news.jsonl.gz --exclude EVAL/*.jsonl \\
        > data/people/given_compounds.txt
"""
import sys
from collections import Counter

import corpus
import regex

from vnextract import lexicon

HEADER = """# Lower-case word pairs starting with a given name ("linh hồn", "bình chọn"): words of the language, so
# a capitalised given name before the second word is no name (vnextract/name_context.py, a feature of
# the context model). Mined from the project's news corpus by tools/mine_given_compounds.py: pairs
# written in lower case in at least {min_docs} articles ({articles} articles read). One pair per line.
"""


def main() -> int:
    parser = corpus.argument_parser(__doc__)
    parser.add_argument("--min-docs", type=int, default=20)
    args = parser.parse_args()
    given = {w.lower() for w in lexicon.words("given_names")}
    pair = regex.compile(r"(?<![\p{L}\p{M}])(\p{Ll}[\p{L}\p{M}]*) (\p{Ll}[\p{L}\p{M}]*)(?![\p{L}\p{M}])")
    docs = Counter()
    articles = 0
    for article in corpus.articles(args.corpus, args.exclude):
        articles += 1
        seen = set()
        for m in pair.finditer(article["text"], overlapped=True):
            if m.group(1) in given:
                seen.add(m.group(1) + " " + m.group(2))
        docs.update(seen)
    sys.stdout.write(HEADER.format(min_docs=args.min_docs, articles=articles))
    for p in sorted(p for p, c in docs.items() if c >= args.min_docs):
        sys.stdout.write(p + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
