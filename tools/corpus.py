"""Reading the project's news corpus for the build scripts of tools/: JSONL(.gz) articles
{"id", "text", ...}, with the articles of the scoreboard gold files left out."""
import argparse
import gzip
import json
from typing import Dict, Iterator, List, Set


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
