"""Batch work over JSONL shards: one shard in, one shard out, resumable, parallel.

Used by ``vnextract extract DIR --out OUTDIR --jobs N`` and by the Dask recipe::

    import dask.bag as db
    from vnextract.batch import dask_extract
    bag = dask_extract(db.read_text("shards/*.jsonl"))   # a bag of {"id", <five lists>} dicts
    bag.map(json.dumps).to_textfiles("out/*.jsonl")

and by PySpark (documented in README)::

    rdd.mapPartitions(extract_partition)   # lines of JSONL in, dicts out

An output shard is written to a temporary name and renamed when complete, so a run stopped halfway
leaves no partial shard behind and the next run redoes only what is missing.
"""
import gzip
import json
import os
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

from .pipeline import Extractor, parse_doc_date

SHARD_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
_EXTRACTOR: Optional[Extractor] = None


def _extractor() -> Extractor:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def extract_record(record: Dict[str, Any], extractor: Optional[Extractor] = None) -> Dict[str, Any]:
    """``{"id", "text"[, "doc_date"]}`` -> ``{"id", <the five lists>, "doc_date"}``."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ValueError('expected an object with a string "text"')
    result = (extractor or _extractor()).extract(record["text"], record.get("doc_date"))
    return dict(id=record.get("id"), **result.to_dict())


def extract_line(line: str, extractor: Optional[Extractor] = None) -> Optional[Dict[str, Any]]:
    """One JSONL line -> output dict (None for a blank line); raises ValueError on a bad line."""
    if not line.strip():
        return None
    return extract_record(json.loads(line), extractor)


def extract_partition(lines: Iterable[str]) -> Iterator[Dict[str, Any]]:
    """For ``rdd.mapPartitions`` / ``bag.map_partitions``: JSONL lines in, output dicts out.
    The extractor is built once per worker process; bad lines become ``{"error": ...}``."""
    extractor = _extractor()
    for number, line in enumerate(lines, start=1):
        try:
            out = extract_line(line, extractor)
        except (ValueError, TypeError) as error:
            yield {"error": f"line {number}: {error}"}
            continue
        if out is not None:
            yield out


def extract_partition_list(lines: Iterable[str]) -> List[Dict[str, Any]]:
    """``extract_partition`` as a list (Dask's process scheduler pickles partition results)."""
    return list(extract_partition(lines))


def dask_extract(bag):
    """A Dask bag of JSONL lines -> a bag of output dicts (``vnextract[dask]``)."""
    return bag.map_partitions(extract_partition_list)


def shards(directory: str) -> List[str]:
    names = sorted(n for n in os.listdir(directory) if n.endswith(SHARD_SUFFIXES))
    return [os.path.join(directory, n) for n in names]


def output_path(shard: str, out_dir: str) -> str:
    name = os.path.basename(shard)
    for suffix in (".gz",):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return os.path.join(out_dir, name)


def process_shard(args: Tuple[str, str, Tuple[str, ...], Optional[str]]) -> Tuple[str, int, List[str]]:
    """Extract one shard into ``out_path`` (atomically). Returns (shard, documents, bad lines)."""
    shard, out_path, disable, doc_date = args
    extractor = Extractor(disable=disable)
    default_date = parse_doc_date(doc_date)
    opener = gzip.open if shard.endswith(".gz") else open
    bad: List[str] = []
    count = 0
    tmp = out_path + ".part"
    with opener(shard, "rt", encoding="utf-8", errors="replace") as source, open(tmp, "w", encoding="utf-8") as sink:
        for number, line in enumerate(source, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if isinstance(record, dict) and record.get("doc_date") is None and default_date is not None:
                    record["doc_date"] = default_date
                out = extract_record(record, extractor)
            except (ValueError, TypeError) as error:
                bad.append(f"{os.path.basename(shard)} line {number}: {error}")
                continue
            sink.write(json.dumps(out, ensure_ascii=False) + "\n")
            count += 1
    os.replace(tmp, out_path)
    return shard, count, bad
