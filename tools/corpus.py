"""Reading the project's news corpus for the build scripts of tools/: JSONL(.gz) articles
{"id", "text", ...}, with the articles of the scoreboard gold files left out."""
import argparse
import gzip
import json
from typing import Dict, Iterator, List, Set

import regex


def open_text(path: str):
    """A text handle on a JSONL file, gzipped or not."""
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def gold_ids(paths: List[str]) -> Set[str]:
    """The ids of the articles of these gold files (JSONL)."""
    ids: Set[str] = set()
    for path in paths:
        with open_text(path) as handle:
            ids.update(json.loads(line)["id"] for line in handle if line.strip())
    return ids


def articles(path: str, exclude: List[str]) -> Iterator[Dict]:
    """The articles of a corpus file, in file order, but those of the gold files ``exclude``."""
    skip = gold_ids(exclude)
    with open_text(path) as handle:
        for line in handle:
            if line.strip():
                article = json.loads(line)
                if article["id"] not in skip:
                    yield article


def argument_parser(doc: str) -> argparse.ArgumentParser:
    """The arguments every corpus build script takes: the corpus file and the gold files to skip
    (``--exclude``); the description is the first line of the script's ``doc``."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--exclude", nargs="*", default=[])
    return parser


_BEFORE = regex.compile(r"([\p{L}\p{M}.]+(?: [\p{L}\p{M}.]+){0,2}) $")


def words_before(text: str, start: int) -> Set[str]:
    """The last one, two and three words right before ``start`` (one space before it, 40 characters
    looked at), casefolded: {"xã", "tại xã"}; empty when a punctuation mark stands there. The mining
    scripts test them against a word list (place words, a person's cues)."""
    b = _BEFORE.search(text, max(0, start - 40), start)
    if not b:
        return set()
    words = b.group(1).casefold().split()
    return {" ".join(words[-k:]) for k in range(1, len(words) + 1)}
