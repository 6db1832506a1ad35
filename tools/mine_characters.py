#!/usr/bin/env python3
"""Mine the characters of films, series and novels the news corpus names as roles
(``data/people/person_characters.tsv``, read by ``vnextract.people_context``): "Peter Parker", "Đường Tăng",
"Lâm Đại Ngọc", "Arya Stark".

An article about a film often names its characters with no role word ("Peter Parker và dì May trở lại
..."), and a character's name has the shape of a person's. Other articles write the same name right
after a role noun: "vai" after a role verb ("vào vai Peter Parker"), "vai diễn", and in a text about a
film or a show "nhân vật" (the same test as the check ``character_named_by_a_role``). Kept: names of two
words or more written so in at least ``--min-docs`` articles, after a person's cue (``person_cues.tsv``)
in at most ``--max-cue`` articles, and as a role in at least ``--min-share`` of the articles that write
them (a common name such as "Trần Minh" is also many real people's). Gold articles (``--exclude``) are
skipped. No public NER data set is read.

    PYTHONPATH=src:tools python tools/mine_characters.py CORPUS/news.jsonl.gz --exclude EVAL/*.jsonl \\
        > data/people/person_characters.tsv
"""
import sys
from collections import Counter

import corpus
import regex

from vnextract import lexicon, people_context

HEADER = """# Characters of films, series and novels: names the news corpus writes right after a role noun ("vào
# vai", "vai diễn", "nhân vật" in a text about a film) in at least {min_docs} of {articles} articles, after a
# person's cue in at most {max_cue}, and as a role in at least {share:.0%} of the articles that write them
# (people_context.py: in a text about a film or a show, such a name is a character, not a person). Mined by
# tools/mine_characters.py; see data/README.md.
# docs: articles that write it; role: articles with a role noun before it; cue: articles with a person's cue
# before it.
name\tdocs\trole\tcue
"""

_WORD = r"\p{Lu}[\p{L}\p{M}]*(?:[-'’][\p{L}\p{M}]+)*"
_RUN = regex.compile(r"(?<![\p{L}\p{M}\p{N}\-'’.])" + _WORD + r"(?: " + _WORD + r"){1,3}(?![\p{L}\p{M}\p{N}\-'’])")


def main() -> int:
    parser = corpus.argument_parser(__doc__)
    parser.add_argument("--min-docs", type=int, default=2)
    parser.add_argument("--max-cue", type=int, default=1)
    parser.add_argument("--min-share", type=float, default=0.2)
    args = parser.parse_args()
    cues = {row["cue"].casefold() for row in lexicon.table("person_cues")}
    docs, role, cue = Counter(), Counter(), Counter()
    articles = 0
    for article in corpus.articles(args.corpus, args.exclude):
        articles += 1
        text = article["text"]
        film = people_context._FilmText(text)
        seen, seen_role, seen_cue = set(), set(), set()
        roles = set()
        for m in people_context._ROLE_AT.finditer(text):
            if m.group(1) == "vai":
                if people_context._noun_before(text, m.end()) == "role":
                    roles.add(m.end())
            elif film:
                roles.add(m.end())
        for m in _RUN.finditer(text):
            name = m.group()
            seen.add(name)
            if m.start() in roles:
                seen_role.add(name)
                continue
            if corpus.words_before(text, m.start()) & cues:
                seen_cue.add(name)
        docs.update(seen)
        role.update(seen_role)
        cue.update(seen_cue)
    sys.stdout.write(HEADER.format(articles=articles, min_docs=args.min_docs, max_cue=args.max_cue,
                                   share=args.min_share))
    for name in sorted(role):
        if role[name] >= args.min_docs and cue[name] <= args.max_cue and role[name] >= args.min_share * docs[name]:
            sys.stdout.write(f"{name}\t{docs[name]}\t{role[name]}\t{cue[name]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
