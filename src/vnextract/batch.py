"""Batch work over JSONL shards: one shard in, one shard out, resumable, parallel.

Used by ``vnextract extract DIR --out OUTDIR --jobs N`` and by the Dask recipe::

    import dask.bag as db
    from vnextract.batch import dask_extract
    bag = dask_extract(db.read_text("shards/*.jsonl"))   # a bag of {"id", <five lists>} dicts
    bag.map(json.dumps).to_textfiles("out/*.jsonl")

and by PySpark (documented in README)::

    rdd.mapPartitions(extract_partition)   # lines of JSONL in, dicts out

An output shard is written to a temporary name (``NAME.PID.part``) and renamed when complete, so
a run stopped halfway leaves no partial shard behind and the next run redoes only what is
missing (and removes the ``.part`` files of processes that no longer run). A shard that cannot be
read is reported and left out; the others are written.
"""
import codecs
import gzip
import json
import os
import re
import zlib
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from .pipeline import Extractor, _stop_pool, _watch_parent, parse_doc_date

SHARD_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
BOM = codecs.BOM_UTF8
_EXTRACTOR: Optional[Extractor] = None
_PART = re.compile(r"\.(\d+)\.part\Z")


class DecodeError(ValueError):
    """Input bytes that are not valid in their encoding; the message names file and byte offset."""


def decode(data: bytes, path: str, encoding: str = "utf-8", offset: int = 0, where: str = "") -> str:
    """``data`` decoded strictly; a UTF-8 BOM at byte 0 of the file is dropped. ``offset``: where
    ``data`` starts in the file (for the byte offset of the message); ``where``: " line N"."""
    if offset == 0 and data.startswith(BOM) and codecs.lookup(encoding).name == "utf-8":
        data, offset = data[len(BOM):], len(BOM)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DecodeError(
            f"{path}{where}: not valid {encoding} at byte {offset + error.start}"
            + (" of the decompressed data" if path.endswith(".gz") else "")
            + "; give the file's encoding with --encoding") from None


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
    The extractor is built once per worker process; bad lines become ``{"error": ...}`` (with the
    record's ``id`` when the line is a JSON object that has one)."""
    extractor = _extractor()
    for number, line in enumerate(lines, start=1):
        record = None
        try:
            if not line.strip():
                continue
            record = json.loads(line)
            out = extract_record(record, extractor)
        except (ValueError, TypeError, OverflowError, RecursionError) as error:
            failed = {"error": f"line {number}: {error}"}
            if isinstance(record, dict) and "id" in record:
                failed = {"id": record["id"], **failed}
            yield failed
            continue
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
    """The output shard of ``shard``: same name, without ``.gz`` (the output is plain JSONL)."""
    name = os.path.basename(shard)
    if name.endswith(".gz"):
        name = name[: -len(".gz")]
    return os.path.join(out_dir, name)


def plan(shard_paths: Sequence[str], out_dir: str) -> List[Tuple[str, str]]:
    """(shard, output path) pairs; ValueError when two shards would write one output
    ("a.jsonl" and "a.jsonl.gz")."""
    seen: Dict[str, str] = {}
    pairs = []
    for shard in shard_paths:
        out_path = output_path(shard, out_dir)
        if out_path in seen:
            raise ValueError(f"{os.path.basename(seen[out_path])} and {os.path.basename(shard)} would both be "
                             f"written to {out_path}: rename one of them")
        seen[out_path] = shard
        pairs.append((shard, out_path))
    return pairs


def check_writable(out_dir: str) -> None:
    """OSError unless a file can be created in ``out_dir`` (tried, then removed)."""
    import tempfile
    handle, path = tempfile.mkstemp(prefix=".vnextract-", suffix=".probe", dir=out_dir)
    os.close(handle)
    os.remove(path)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    # a worker of a killed run may stay a zombie until something reaps it (signal 0 still reaches
    # it): it runs no more, so its ``.part`` file is stale
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def remove_stale_parts(out_dir: str) -> List[str]:
    """Remove the ``NAME.PID.part`` files left in ``out_dir`` by processes that no longer run
    (a run that was killed); those of a running process are left to it. Returns the names."""
    removed = []
    for name in os.listdir(out_dir):
        found = _PART.search(name)
        if found and not _alive(int(found.group(1))):
            try:
                os.remove(os.path.join(out_dir, name))
                removed.append(name)
            except OSError:
                pass
    return removed


def shard_result(result) -> Tuple[str, int, List[str], Optional[str]]:
    """(shard, documents, bad lines, error of the shard or None) of a ``process_shard`` result."""
    if len(result) == 3:
        return result[0], result[1], result[2], None
    return result


def process_shard(args) -> Tuple[str, int, List[str], Optional[str]]:
    """Extract one shard into ``out_path`` (atomically). ``args``: (shard, out_path, disable,
    doc_date[, encoding]). Returns (shard, documents, bad lines, error): ``error`` is a one-line
    message when the shard could not be read or written (then no output and no ``.part`` file is
    left); a bad line is reported and skipped, the other lines are written."""
    shard, out_path, disable, doc_date = args[:4]
    encoding = args[4] if len(args) > 4 else "utf-8"
    extractor = Extractor(disable=disable)
    default_date = parse_doc_date(doc_date)
    name = os.path.basename(shard)
    bad: List[str] = []
    count = 0
    tmp = f"{out_path}.{os.getpid()}.part"
    try:
        opener = gzip.open if shard.endswith(".gz") else open
        with opener(shard, "rb") as source, open(tmp, "w", encoding="utf-8", newline="") as sink:
            offset = 0
            for number, raw in enumerate(source, start=1):
                start, offset = offset, offset + len(raw)
                try:
                    line = decode(raw, name, encoding, start, f" line {number}")
                except DecodeError as error:
                    bad.append(str(error))
                    continue
                if not line.strip():
                    continue
                record = None
                try:
                    record = json.loads(line)
                    if isinstance(record, dict) and record.get("doc_date") is None and default_date is not None:
                        record["doc_date"] = default_date
                    out = extract_record(record, extractor)
                except (ValueError, TypeError) as error:
                    bad.append(f"{name} line {number}: {error}")
                    continue
                except Exception as error:  # a defect of the library: this record only
                    bad.append(f"{name} line {number}: extraction failed ({type(error).__name__}: {error})")
                    continue
                sink.write(json.dumps(out, ensure_ascii=False) + "\n")
                count += 1
        os.replace(tmp, out_path)
    except (OSError, EOFError, zlib.error) as error:
        _remove(tmp)
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        where = getattr(error, "filename", None)
        target = "write" if where == tmp or where == out_path else "read"
        return shard, 0, bad, f"cannot {target} {out_path if target == 'write' else shard}: {reason}"
    except BaseException:
        _remove(tmp)
        raise
    return shard, count, bad, None


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def process_shards(todo: Sequence[Any], jobs: int) -> Iterator[Tuple[str, int, List[str], Optional[str]]]:
    """``process_shard`` over ``todo`` in ``jobs`` processes, results as they finish. A worker that
    dies (killed) ends the run with one message instead of a hang: the shards not finished are
    reported as failed (no output, so a rerun does them)."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    executor = ProcessPoolExecutor(min(jobs, len(todo)), mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_watch_parent, initargs=(os.getpid(),))
    pending = {executor.submit(process_shard, item): item for item in todo}
    completed = False
    try:
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                item = pending.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    yield item[0], 0, [], (f"{item[0]}: not done, a worker process died (killed?) and the "
                                           "run stopped; no output was written for it")
        completed = True
    finally:
        _stop_pool(executor, completed)
