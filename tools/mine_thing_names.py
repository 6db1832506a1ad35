#!/usr/bin/env python3
"""Mine the capitalised names that the news corpus writes as places, organisations and things, not
as people (``data/people/person_thing_names.tsv``, read by ``vnextract.people``): "Bình Hưng" (an
island, a commune), "Bảo Tín Minh Châu" (a gold shop), "Thiên Nam", "Aston Villa".

A name written with no cue word around it ("... đến Bình Hưng là bãi Kinh") looks like a person's
to the bare-name rules. Across many articles the same name is most often written right after a place,
organisation or thing word ("xã Bình Hưng", "đảo Bình Hưng", "Công ty Bảo Tín Minh Châu";
``person_negative.txt``) and almost never after a person's cue ("ông", "ca sĩ", "HLV";
``person_cues.tsv``). Kept: runs of one to four capitalised words (one word only when it is no
Vietnamese syllable: a one-syllable given name is too often both), written after a place or
organisation word in at least ``--min-docs`` articles, in at least ``--min-share`` of the articles
where either kind of word stands before it, and after a person's cue in at most ``--max-cue``
articles. Gold articles (``--exclude``) are skipped. No public NER data set is read.

    PYTHONPATH=src python tools/mine_thing_names.py CORPUS/news.jsonl.gz --exclude EVAL/*.jsonl \\
        > data/people/person_thing_names.tsv
"""
import sys
from collections import Counter

import corpus
import regex

from vnextract import lexicon
from vnextract.people import is_vn_syllable

HEADER = """# Capitalised names the news corpus writes as places, organisations and things, not as people
# (people.py: a name found only by the bare-name rules or the context model, with no cue word for it in
# the article, is no person when listed here). Mined by tools/mine_thing_names.py from {articles}
# articles: written after a place/organisation word (person_negative.txt) in at least {min_docs}
# articles and in at least {share:.0%} of the articles where such a word or a person's cue stands before
# it, after a person's cue (person_cues.tsv) in at most {max_cue}.
# docs: articles that write it; neg: articles with a place/organisation word before it; cue: articles
# with a person's cue before it.
name\tdocs\tneg\tcue
"""

PRIORS_HEADER = """# How the news corpus writes capitalised names (one to four words; one word only when it is no
# Vietnamese syllable): in how many articles after a place/organisation word (person_negative.txt) and
# after a person's cue (person_cues.tsv); a feature of the learned check of the people found
# (person_check.py). Mined by tools/mine_thing_names.py --priors from {articles} articles; kept: names
# with either word before them in at least {min_docs} articles.
# docs: articles that write it; neg: articles with a place/organisation word before it; cue: articles
# with a person's cue before it.
name\tdocs\tneg\tcue
"""

_WORD = r"\p{Lu}[\p{L}\p{M}]*(?:[-'’][\p{L}\p{M}]+)*"
_RUN = regex.compile(r"(?<![\p{L}\p{M}\p{N}\-'’.])" + _WORD + r"(?: " + _WORD + r")*(?![\p{L}\p{M}\p{N}\-'’])")


def main() -> int:
    parser = corpus.argument_parser(__doc__)
    parser.add_argument("--min-docs", type=int, default=4)
    parser.add_argument("--min-share", type=float, default=0.9)
    parser.add_argument("--max-cue", type=int, default=1)
    parser.add_argument("--priors", action="store_true",
                        help="write every name with a place/organisation word or a person's cue before it in at "
                        "least --min-docs articles, with its counts (person_name_priors.tsv, person_check.py)")
    args = parser.parse_args()
    negative = {w.casefold() for w in lexicon.words("person_negative")}
    cues = {row["cue"].casefold() for row in lexicon.table("person_cues")}
    docs, neg, cue = Counter(), Counter(), Counter()
    articles = 0
    for article in corpus.articles(args.corpus, args.exclude):
        articles += 1
        text = article["text"]
        seen, seen_neg, seen_cue = set(), set(), set()
        for m in _RUN.finditer(text):
            name = m.group()
            n = name.count(" ") + 1
            if n > 4 or (n == 1 and (len(name) < 4 or is_vn_syllable(name))):
                continue
            seen.add(name)
            tails = corpus.words_before(text, m.start())
            if tails & negative:
                seen_neg.add(name)
            elif tails & cues:
                seen_cue.add(name)
        docs.update(seen)
        neg.update(seen_neg)
        cue.update(seen_cue)
        if articles % 5000 == 0:
            print(f"{articles} articles", file=sys.stderr)
    if args.priors:
        sys.stdout.write(PRIORS_HEADER.format(articles=articles, min_docs=args.min_docs))
        for name in sorted(set(neg) | set(cue)):
            if neg[name] + cue[name] >= args.min_docs:
                sys.stdout.write(f"{name}\t{docs[name]}\t{neg[name]}\t{cue[name]}\n")
        return 0
    sys.stdout.write(HEADER.format(articles=articles, min_docs=args.min_docs, share=args.min_share,
                                   max_cue=args.max_cue))
    for name, k in sorted(neg.items(), key=lambda x: (-x[1], x[0])):
        c = cue[name]
        if k >= args.min_docs and c <= args.max_cue and k / (k + c) >= args.min_share:
            sys.stdout.write(f"{name}\t{docs[name]}\t{k}\t{c}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
