#!/usr/bin/env python3
"""Train the context model of one-word names (``data/people/name_context.tsv``, read by
``vnextract.name_context``) on the project's news corpus, with silver labels from the rules.

For every lone capitalised word the model may be asked about (``people._Recognizer.context_candidates``,
the same candidates as at run time), the rules of the library label it, with the model switched off:

- a person: the people rules found it as a one-word person (after a cue word, as the last word of a
  longer name of the article, from the mined list ...) and no context check vetoed it. When a cue word
  stands right before it ("anh Thành", "tiền đạo Casemiro") the words before the cue are read as
  its left context, as if the cue were not there: the model learns the sentence around a name, not
  the cue (a cue already makes a record without the model);
- not a person: no rule took it, no organisation or place holds it, no place word stands before it,
  and no person of the article has the word in their name (an ambiguous word is left out).

The silver "not a person" side holds the people the rules miss; the thresholds (``@accept``: one
occurrence of a word this likely names it; ``@keep``: its other occurrences this likely are kept) are
set high for that reason, and checked on the project's gold and hand-checked corpus samples.
Logistic regression (AdaGrad, L2), features seen in at least ``--min-count`` examples; weights under
``--prune`` dropped. Gold articles (``--exclude``) are skipped. No public NER data set is read.

    PYTHONPATH=src python tools/train_name_context.py CORPUS/news.jsonl.gz --exclude EVAL/*.jsonl \\
        > data/people/name_context.tsv
"""
import math
import random
import sys
from collections import Counter

import corpus
import numpy as np

from vnextract import Extractor, name_context, people

HEADER = """# The context model of one-word names (vnextract/name_context.py): logistic-regression weights.
# Built by tools/train_name_context.py from the project's news corpus with silver labels from the
# people rules (see data/README.md); no public NER data set was read. Rows: feature, weight;
# rows starting with @ are settings (@accept, @keep: probabilities). {stats}
"""


class Collector:
    """Replaces ``people._find`` while the corpus is read: the same work, and the examples of each text."""

    def __init__(self) -> None:
        self.examples = []  # (features, label, article number, word)
        self.named = set()  # words of the foreign people the rules found anywhere in the corpus
        self.article = 0
        self.original = people._find

    def __call__(self, text, titles=(), things=None):
        rec, kept = people._recognize_text(text, titles, things)  # (the model switched off by ``main``)
        self.collect(rec, text, kept)
        return kept

    def collect(self, rec, text, kept) -> None:
        # (a credit or a byline is found by its place, not by the words around it: no example)
        persons = {(f.start, f.end) for f in kept if f.rule not in (people.RULE_CREDIT, people.RULE_BYLINE)}
        credited = {(f.start, f.end) for f in kept} - persons
        name_words = {w for f in kept for w in f.name.split()}
        self.named.update(w for f in kept if f.foreign for w in f.name.split() if not people.is_vn_syllable(w))
        for word, occurrences in rec.context_candidates().items():
            count = len(occurrences)
            free = set(rec.context_free(occurrences))
            words = word.split(" ")
            if len(words) == 2:
                both = [rec.word_kinds(w) for w in words]

                def feats(s, e, left=-1, words=words, both=both, count=count):
                    return name_context.pair_features(text, s, e, words, both, count, left)
            else:
                kinds = rec.word_kinds(word)

                def feats(s, e, left=-1, word=word, kinds=kinds, count=count):
                    return name_context.features(text, s, e, word, kinds, count, left)
            for s, e in occurrences:
                if (s, e) in persons:
                    left = s
                    cue = rec.d.immediate_cue(s)
                    if cue is not None:
                        at = text.rfind(cue[1], max(0, s - len(cue[1]) - 4), s)
                        if at < 0:
                            continue
                        left = at
                    self.examples.append((feats(s, e, left), 1, self.article, word))
                elif (s, e) in free and (s, e) not in credited and not any(w in name_words for w in words):
                    self.examples.append((feats(s, e), 0, self.article, word))


def train(examples, min_count: int, epochs: int, l2: float, rate: float, seed: int):
    counts = Counter(f for feats, *_ in examples for f in set(feats))
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    rows = [(np.array(sorted({vocab[f] for f in feats if f in vocab}), dtype=np.int64), y) for feats, y, *_ in examples]
    w = np.zeros(len(vocab))
    g2 = np.full(len(vocab), 1e-6)
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            idx, y = rows[k]
            z = float(w[idx].sum())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad = (p - y) + l2 * w[idx]
            g2[idx] += grad * grad
            w[idx] -= rate * grad / np.sqrt(g2[idx])
    return {f: float(w[i]) for f, i in vocab.items()}


def evaluate(weights, examples):
    """Precision and recall at a few thresholds on held-out silver examples."""
    scored = [(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, sum(weights.get(f, 0.0) for f in feats))))), y)
              for feats, y, *_ in examples]
    positives = sum(y for _, y in scored)
    out = []
    for t in (0.5, 0.7, 0.8, 0.9):
        tp = sum(1 for p, y in scored if p >= t and y)
        n = sum(1 for p, _ in scored if p >= t)
        out.append(f"t={t}: P {tp / n if n else 0:.3f} R {tp / positives if positives else 0:.3f}")
    return "; ".join(out)


def main() -> int:
    parser = corpus.argument_parser(__doc__)
    parser.add_argument("--articles", type=int, default=40000,
                        help="how many corpus articles (shuffled, seeded) to train on; the default takes all")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--prune", type=float, default=0.02)
    parser.add_argument("--accept", type=float, default=0.8)
    parser.add_argument("--keep", type=float, default=0.6)
    parser.add_argument("--accept-latin", type=float, default=0.9)
    parser.add_argument("--keep-latin", type=float, default=0.75)
    parser.add_argument("--accept-pair", type=float, default=0.97)
    parser.add_argument("--keep-pair", type=float, default=0.9)
    args = parser.parse_args()

    articles = list(corpus.articles(args.corpus, args.exclude))
    random.Random(args.seed).shuffle(articles)
    articles = articles[:args.articles]

    people._FLAGS["context_model"] = False
    collector = Collector()
    people._find = collector
    try:
        extractor = Extractor()
        for n, article in enumerate(articles):
            collector.article = n
            extractor.extract(article["text"])
    finally:
        people._find = collector.original
        people._FLAGS["context_model"] = True

    # a foreign word the rules found as (part of) a person's name in some article is no sure "not a
    # person" where they left it alone (the rules take few foreign one-word names without a cue)
    examples = [x for x in collector.examples if x[1] or not any(w in collector.named for w in x[3].split(" "))]
    print(f"dropped {len(collector.examples) - len(examples)} negatives of foreign names found elsewhere",
          file=sys.stderr)
    held = [x for x in examples if x[2] % 10 == 0]
    fit = [x for x in examples if x[2] % 10 != 0]
    weights = train(fit, args.min_count, args.epochs, args.l2, args.rate, args.seed)
    positives = sum(x[1] for x in examples)
    print(f"{len(articles)} articles, {len(examples)} examples ({positives} people); held-out: "
          f"{evaluate(weights, held)}", file=sys.stderr)
    weights = train(examples, args.min_count, args.epochs, args.l2, args.rate, args.seed)
    kept = sorted((f, w) for f, w in weights.items()
                  if abs(w) >= args.prune and f.isprintable() and not any(c.isspace() for c in f[2:]))
    stats = (f"{len(articles)} articles (seed {args.seed}), {len(examples)} examples, {positives} "
             f"of them people; {len(kept)} weights.")
    sys.stdout.write(HEADER.format(stats=stats))
    sys.stdout.write("feature\tweight\n")
    sys.stdout.write(f"@accept\t{args.accept}\n@keep\t{args.keep}\n")
    sys.stdout.write(f"@accept_latin\t{args.accept_latin}\n@keep_latin\t{args.keep_latin}\n")
    sys.stdout.write(f"@accept_pair\t{args.accept_pair}\n@keep_pair\t{args.keep_pair}\n")
    for f, w in kept:
        sys.stdout.write(f"{f}\t{w:.4f}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
