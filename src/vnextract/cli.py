"""Command line: ``vnextract extract [FILE|-] [--format json|jsonl|table|html] [--doc-date YYYY-MM-DD]``
and ``vnextract schema`` (the JSON Schema of the output).

Input is plain text, or JSONL of ``{"id", "text"[, "doc_date"]}`` (detected from a ``.jsonl``
name or a first line starting with ``{``; force with ``--input text|jsonl``). A bad JSONL line is
reported with its line number and skipped, and the exit status is then 1; an unreadable file is
one clear message (exit 2), never a traceback.
"""
import argparse
import gzip
import html
import io
import json
import os
import sys
from typing import IO, Iterator, List, Optional, Tuple

from .pipeline import Extractor, parse_doc_date
from .records import Extraction

EXIT_OK, EXIT_BAD_LINES, EXIT_ERROR = 0, 1, 2


class CliError(Exception):
    pass


def _open(path: str) -> IO[str]:
    if path == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    try:
        if path.endswith(".gz"):
            return gzip.open(path, "rt", encoding="utf-8", errors="replace")
        return open(path, encoding="utf-8", errors="replace")
    except OSError as error:
        raise CliError(f"cannot read {path}: {error.strerror or error}") from None


def _read_all(handle: IO[str], path: str) -> str:
    try:
        return handle.read()
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        raise CliError(f"cannot read {path}: {error}") from None


def _bad(bad: List[str], message: str) -> None:
    bad.append(message)
    sys.stderr.write(f"vnextract: {message} (skipped)\n")


def _jsonl_records(lines, bad: List[str]) -> Iterator[Tuple[Optional[str], str, Optional[str]]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            _bad(bad, f"line {number}: not valid JSON ({error.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            _bad(bad, f"line {number}: expected an object with a string \"text\"")
            continue
        doc_date = record.get("doc_date")
        if doc_date is not None:
            try:
                parse_doc_date(doc_date)
            except (TypeError, ValueError) as error:
                _bad(bad, f"line {number}: {error}")
                continue
        ident = record.get("id")
        yield (None if ident is None else ident), record["text"], doc_date


def _table(result: Extraction, ident=None) -> str:
    rows = []
    for kind, mention in result.mentions():
        fields = {k: v for k, v in mention.to_dict().items() if k not in ("text", "start", "end") and v not in (None, [], False, "")}
        fields.pop("calendar", None) if fields.get("calendar") == "gregorian" else None
        prefix = f"{ident}\t" if ident is not None else ""
        rows.append(f"{prefix}{kind}\t{mention.start}\t{mention.end}\t{mention.text}\t{json.dumps(fields, ensure_ascii=False)}")
    return "\n".join(rows)


class _Progress:
    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.count = 0

    def step(self):
        self.count += 1
        if self.enabled and self.count % 10 == 0:
            sys.stderr.write(f"\rvnextract: {self.count} documents")
            sys.stderr.flush()

    def close(self):
        if self.enabled and self.count:
            sys.stderr.write(f"\rvnextract: {self.count} documents\n")


def cmd_extract(args) -> int:
    try:
        default_date = parse_doc_date(args.doc_date)
    except (TypeError, ValueError) as error:
        raise CliError(str(error)) from None
    if args.file != "-" and os.path.isdir(args.file):
        return _extract_directory(args)
    if args.out:
        raise CliError("--out is for a directory of JSONL shards; for one file redirect stdout")
    with _open(args.file) as handle:
        return _extract_from(handle, args, default_date)


def _extract_from(handle: IO[str], args, default_date) -> int:
    try:
        head = handle.readline()
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        raise CliError(f"cannot read {args.file}: {error}") from None
    mode = args.input
    if mode == "auto":
        is_jsonl_name = args.file.endswith((".jsonl", ".jsonl.gz", ".ndjson"))
        mode = "jsonl" if is_jsonl_name or head.lstrip().startswith("{") else "text"
    extractor = Extractor(disable=args.disable or ())
    out = sys.stdout
    if mode == "text":
        data = head + _read_all(handle, args.file)
        result = extractor.extract(data, default_date)
        if args.format == "html":
            from .view import render
            out.write(_html_page(render(data, result)))
        elif args.format == "table":
            text = _table(result)
            out.write(text + ("\n" if text else ""))
        elif args.format == "jsonl":
            out.write(result.to_json(ensure_ascii=False) + "\n")
        else:
            out.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    bad: List[str] = []
    progress = _Progress(sys.stderr.isatty())
    records = _jsonl_records(_lines(head, handle, args.file), bad)
    as_array = args.format == "json"
    if args.format == "html":
        from .view import render
        parts = []
        for ident, text, doc_date in records:
            result = extractor.extract(text, doc_date if doc_date is not None else default_date)
            progress.step()
            parts.append(f"<h2>{html.escape(str(ident))}</h2>" + render(text, result))
        out.write(_html_page("\n".join(parts)))
        progress.close()
        return EXIT_BAD_LINES if bad else EXIT_OK
    if as_array:
        out.write("[")
    first = True
    for ident, text, doc_date in records:
        result = extractor.extract(text, doc_date if doc_date is not None else default_date)
        progress.step()
        if args.format == "table":
            text_rows = _table(result, ident)
            if text_rows:
                out.write(text_rows + "\n")
            continue
        payload = dict(id=ident, **result.to_dict())
        line = json.dumps(payload, ensure_ascii=False)
        if as_array:
            out.write(("\n" if first else ",\n") + line)
        else:
            out.write(line + "\n")
        first = False
    if as_array:
        out.write("\n]\n")
    progress.close()
    if bad:
        sys.stderr.write(f"vnextract: {args.file}: {len(bad)} bad line(s) skipped\n")
    return EXIT_BAD_LINES if bad else EXIT_OK


def _lines(head: str, handle: IO[str], path: str) -> Iterator[str]:
    yield head
    try:
        yield from handle
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        raise CliError(f"cannot read {path}: {error}") from None


def _extract_directory(args) -> int:
    """Every JSONL shard of a directory -> one output shard each in --out, in parallel, resumable."""
    from . import batch

    if not args.out:
        raise CliError("a directory input needs --out OUTDIR (one output shard per input shard)")
    if args.jobs < 1:
        raise CliError("--jobs must be at least 1")
    try:
        shards = batch.shards(args.file)
        os.makedirs(args.out, exist_ok=True)
    except OSError as error:
        raise CliError(f"cannot use {error.filename}: {error.strerror}") from None
    todo = [(s, batch.output_path(s, args.out), tuple(args.disable or ()), args.doc_date)
            for s in shards if not os.path.exists(batch.output_path(s, args.out))]
    done = len(shards) - len(todo)
    if done:
        sys.stderr.write(f"vnextract: {done} of {len(shards)} shards already done, skipped\n")
    show = sys.stderr.isatty()
    bad_total = 0
    documents = 0

    def report(result, index):
        nonlocal bad_total, documents
        shard, count, bad = result
        documents += count
        bad_total += len(bad)
        for message in bad:
            sys.stderr.write(f"vnextract: {message} (skipped)\n")
        if show:
            sys.stderr.write(f"\rvnextract: {index}/{len(todo)} shards, {documents} documents")
            sys.stderr.flush()

    if args.jobs == 1 or len(todo) <= 1:
        for index, item in enumerate(todo, start=1):
            report(batch.process_shard(item), index)
    else:
        import multiprocessing
        with multiprocessing.get_context("spawn").Pool(min(args.jobs, len(todo))) as pool:
            for index, result in enumerate(pool.imap_unordered(batch.process_shard, todo), start=1):
                report(result, index)
    if show and todo:
        sys.stderr.write("\n")
    return EXIT_BAD_LINES if bad_total else EXIT_OK


def _html_page(body: str) -> str:
    return ('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>vnextract</title></head>'
            f'<body style="font-family: sans-serif; max-width: 60em; margin: 2em auto">{body}</body></html>\n')


def cmd_schema(args) -> int:
    from .schema import json_schema
    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vnextract", description="Typed records from Vietnamese news and government text.")
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="extract mentions from a text or a JSONL file")
    ext.add_argument("file", nargs="?", default="-",
                     help="input file (plain text or JSONL), '-' for stdin, or a directory of JSONL shards")
    ext.add_argument("--format", choices=("json", "jsonl", "table", "html"), default=None,
                     help="output format (default: json for text input, jsonl for JSONL input)")
    ext.add_argument("--input", choices=("auto", "text", "jsonl"), default="auto", help="input format (default: auto)")
    ext.add_argument("--doc-date", default=None, help="document date YYYY-MM-DD (fills unknown years)")
    ext.add_argument("--disable", action="append", help="component to disable (repeatable)")
    ext.add_argument("--out", help="output directory, when FILE is a directory of JSONL shards")
    ext.add_argument("--jobs", type=int, default=1, help="shards processed in parallel (directory input)")
    ext.set_defaults(func=cmd_extract)
    sch = sub.add_parser("schema", help="print the JSON Schema of the output")
    sch.set_defaults(func=cmd_schema)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "format", "x") is None:
        args.format = "jsonl" if args.file.endswith((".jsonl", ".jsonl.gz")) else "json"
    try:
        return args.func(args)
    except CliError as error:
        sys.stderr.write(f"vnextract: {error}\n")
        return EXIT_ERROR
    except ValueError as error:  # e.g. an unknown component in --disable
        sys.stderr.write(f"vnextract: {error}\n")
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
