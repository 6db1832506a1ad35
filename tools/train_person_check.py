#!/usr/bin/env python3
"""Train the learned last check of the people found (``data/people/person_check.tsv``, read by
``vnextract.person_check``) on hand-judged person mentions of the project's news corpus.

``tools/data/person_judgements.tsv.gz`` holds the verdicts: person mentions of random corpus articles
(samples of 100 articles, outside every gold set) judged by hand against the guide's rules for people,
one row per mention: sample, article id, start, end, mention, verdict ("person", or what it is instead:
"place", "company", "fictional" ...). The text of the articles is not copied; it is read from the corpus.

For each judged article the library runs with the check switched off and the features of its person
mentions are read where the check would run (``people.recognize``); a mention the library finds now but
nobody judged is left out, and so are the names the check never vetoes (a cue word on any of their
mentions, or a strong rule found one: ``person_check.checkable``). Logistic regression (AdaGrad, L2),
the label "no person"; features seen in at least ``--min-count`` mentions. ``--folds`` first estimates,
by samples held out in turn (a sample is never split), how many no-people and people the check would
veto at each threshold; the weights written are then trained on every sample.

    PYTHONPATH=src:tools python tools/train_person_check.py CORPUS/news.jsonl.gz > data/people/person_check.tsv
"""
import csv
import gzip
import os
import sys
from collections import Counter, defaultdict

import corpus
import numpy as np

from vnextract import Extractor, name_context, person_check

JUDGEMENTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "person_judgements.tsv.gz")

HEADER = """# The learned last check of the people found (vnextract/person_check.py): logistic-regression
# weights, the label "no person". Built by tools/train_person_check.py from hand-judged person mentions
# of the project's news corpus (tools/data/person_judgements.tsv.gz, see data/README.md); no public NER
# data set was read. Rows: feature, weight; @veto: the probability a name's mentions must reach (mean)
# to be vetoed. {stats}
"""


def read_judgements(path: str):
    """article id -> (sample, {(start, end): verdict})."""
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            sample, verdicts = out.setdefault(row["article"], (int(row["sample"]), {}))
            verdicts[(int(row["start"]), int(row["end"]))] = row["verdict"]
    return out


def collect(corpus_path: str, judged):
    """The examples of the judged articles: (features, label, sample, entity key)."""
    seen = []

    def spy(text, people, titles=0, org_spans=(), loc_spans=()):
        seen.append(person_check.features(text, people, *person_check.article(text, titles, org_spans, loc_spans)))
        seen.append(people)
        return []

    examples = []
    original = person_check.vetoed
    person_check.vetoed = spy
    try:
        extractor = Extractor()
        for article in corpus.articles(corpus_path, []):
            if article["id"] not in judged:
                continue
            sample, verdicts = judged[article["id"]]
            seen.clear()
            extractor.extract(article["text"])
            if not seen:
                continue
            feats, people = seen
            groups = defaultdict(list)
            for i, p in enumerate(people):
                groups[p[3] or p[2]].append(i)
            skip = {key for key, members in groups.items() if not person_check.checkable(people, members)}
            for f, p in zip(feats, people, strict=True):
                verdict = verdicts.get((p[0], p[1]))
                if verdict is not None and (p[3] or p[2]) not in skip:
                    examples.append((f, verdict != "person", sample, (article["id"], p[3] or p[2])))
    finally:
        person_check.vetoed = original
    return examples


def train(examples, min_count: int, l2: float, rate: float, rounds: int):
    counts = Counter(f for x in examples for f in set(x[0]))
    names = [f for f, c in counts.items() if c >= min_count]
    index = {f: j for j, f in enumerate(names)}
    rows, cols = [], []
    for r, x in enumerate(examples):
        for f in x[0]:
            j = index.get(f)
            if j is not None:
                rows.append(r)
                cols.append(j)
    rows_a, cols_a = np.array(rows), np.array(cols)
    y = np.array([float(x[1]) for x in examples])
    w = np.zeros(len(names))
    g2 = np.full(len(names), 1e-8)
    for _ in range(rounds):
        s = np.bincount(rows_a, weights=w[cols_a], minlength=len(examples))
        p = 1.0 / (1.0 + np.exp(-np.clip(s, -30, 30)))
        grad = np.bincount(cols_a, weights=(p - y)[rows_a], minlength=len(names)) + l2 * w
        g2 += grad ** 2
        w -= rate * grad / np.sqrt(g2)
    return dict(zip(names, w.tolist(), strict=True))


def pooled(weights, examples):
    """Each example's probability of no person, the mean over the mentions of its name in its article."""
    probs = [name_context.Model.probability(sum(weights.get(f, 0.0) for f in x[0])) for x in examples]
    groups = defaultdict(list)
    for i, x in enumerate(examples):
        groups[x[3]].append(i)
    out = [0.0] * len(examples)
    for members in groups.values():
        mean = sum(probs[i] for i in members) / len(members)
        for i in members:
            out[i] = mean
    return out


def main() -> int:
    parser = corpus.argument_parser(__doc__)
    parser.add_argument("--judgements", default=JUDGEMENTS)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--l2", type=float, default=0.3)
    parser.add_argument("--rate", type=float, default=0.5)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--veto", type=float, default=0.7)
    parser.add_argument("--folds", type=int, default=6)
    parser.add_argument("--prune", type=float, default=0.01)
    args = parser.parse_args()
    judged = read_judgements(args.judgements)
    examples = collect(args.corpus, judged)
    bad = sum(x[1] for x in examples)
    print(f"{len(examples)} judged mentions, {bad} no person ({bad / len(examples):.2%})", file=sys.stderr)
    if args.folds > 1:
        samples = sorted({x[2] for x in examples})
        probs = [0.0] * len(examples)
        for k in range(args.folds):
            held = set(samples[k::args.folds])
            weights = train([x for x in examples if x[2] not in held], args.min_count, args.l2, args.rate,
                            args.rounds)
            test = [i for i, x in enumerate(examples) if x[2] in held]
            for i, p in zip(test, pooled(weights, [examples[i] for i in test]), strict=True):
                probs[i] = p
        for t in (0.5, 0.6, 0.7, 0.75, 0.8, 0.9):
            hit = sum(1 for p, x in zip(probs, examples, strict=True) if p >= t and x[1])
            lost = sum(1 for p, x in zip(probs, examples, strict=True) if p >= t and not x[1])
            left = (bad - hit) / (len(examples) - hit - lost)
            print(f"held-out samples, veto at {t:.2f}: {hit} no-people vetoed, {lost} people lost; "
                  f"no people left {left:.2%}", file=sys.stderr)
    weights = train(examples, args.min_count, args.l2, args.rate, args.rounds)
    kept = sorted((f, w) for f, w in weights.items()
                  if abs(w) >= args.prune and f.isprintable() and "\t" not in f)
    stats = (f"{len(judged)} articles, {len(examples)} judged mentions, {bad} of them no person; "
             f"{len(kept)} weights.")
    sys.stdout.write(HEADER.format(stats=stats))
    sys.stdout.write("feature\tweight\n")
    sys.stdout.write(f"@veto\t{args.veto}\n")
    for f, w in kept:
        sys.stdout.write(f"{f}\t{w:.4f}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
