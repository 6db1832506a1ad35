"""Command line: ``vnextract extract [FILE|-|DIR] [--format json|jsonl|table|html] [--doc-date YYYY-MM-DD]``,
``vnextract schema`` (the JSON Schema of the output) and ``vnextract --version``.

Input is plain text, or JSONL of ``{"id", "text"[, "doc_date"]}`` (detected from a ``.jsonl``
name or a first line starting with ``{``; force with ``--input text|jsonl``), read as UTF-8 (or
``--encoding``). A UTF-8 byte order mark at the start is dropped; nothing else is changed (line
ends stay as they are: ``\\r\\n`` is two characters), so the offsets of a plain-text input index
the file's decoded text without its BOM, and those of a JSONL record index its ``"text"`` string.

Errors: a bad JSONL line (not valid in the encoding, not JSON, no "text", a bad "doc_date", an
extraction error) is one line on stderr naming the file, the line (and the byte offset of an
invalid byte), and is skipped; the other records are written and the exit status is 1. A file
that cannot be read, a plain text not valid in its encoding (the message names the byte offset),
or a directory run where a shard could not be read or written, is one line per problem and exit
status 2 (the other shards are written). A closed stdout (``| head``) ends quietly; a broken
pipe anywhere else is an error like any other.
"""
import argparse
import codecs
import html
import json
import os
import sys
import zlib
from typing import IO, Iterator, List, Optional, Tuple, cast

from .batch import BOM, DecodeError, decode
from .pipeline import Extractor, parse_doc_date
from .records import Extraction

EXIT_OK, EXIT_BAD_LINES, EXIT_ERROR = 0, 1, 2
READ_ERRORS = (OSError, EOFError, zlib.error)  # gzip.BadGzipFile is an OSError


class CliError(Exception):
    """A problem that stops the command: one line on stderr, exit status 2."""


class _StdoutClosed(Exception):
    """The reader of stdout went away (``vnextract ... | head``): a quiet exit."""


class _Stdout:
    """sys.stdout where a BrokenPipeError (and only there) becomes ``_StdoutClosed``."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text: str) -> None:
        try:
            self.stream.write(text)
        except BrokenPipeError:
            raise _StdoutClosed() from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise _StdoutClosed() from None


def check_encoding(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise CliError(f"unknown encoding {encoding!r}") from None


def _open_binary(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        if path.endswith(".gz"):
            import gzip
            return cast(IO[bytes], gzip.open(path, "rb"))
        return open(path, "rb")
    except READ_ERRORS as error:
        raise CliError(f"cannot read {path}: {getattr(error, 'strerror', None) or error}") from None


def _read(call, path: str):
    try:
        return call()
    except READ_ERRORS as error:
        raise CliError(f"cannot read {path}: {getattr(error, 'strerror', None) or error}") from None


def _bad(bad: List[str], message: str) -> None:
    bad.append(message)
    sys.stderr.write(f"vnextract: {message} (skipped)\n")


def _binary_lines(head: bytes, handle: IO[bytes], path: str) -> Iterator[Tuple[int, int, bytes]]:
    """(line number, byte offset, line) of a binary file whose first line was read already."""
    offset = 0
    number = 1
    yield number, offset, head
    offset += len(head)
    while True:
        line = _read(handle.readline, path)
        if not line:
            return
        number += 1
        yield number, offset, line
        offset += len(line)


def _jsonl_records(lines, path: str, encoding: str, bad: List[str]):
    """(line number, id, text, doc_date) of each good record; bad ones reported and skipped."""
    for number, offset, raw in lines:
        try:
            line = decode(raw, path, encoding, offset, f" line {number}")
        except DecodeError as error:
            _bad(bad, str(error))
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            _bad(bad, f"{path} line {number}: not valid JSON ({getattr(error, 'msg', error)})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            _bad(bad, f"{path} line {number}: expected an object with a string \"text\"")
            continue
        doc_date = record.get("doc_date")
        if doc_date is not None:
            try:
                parse_doc_date(doc_date)
            except (TypeError, ValueError) as error:
                _bad(bad, f"{path} line {number}: {error}")
                continue
        yield number, record.get("id"), record["text"], doc_date


def _table(result: Extraction, ident=None, explain: bool = False) -> str:
    """One tab-separated row per mention: [id] kind start end text {fields}. A field is left out
    when it is None, False or empty; a 0 is a value (``refers_to: 0`` links to the first record).
    With ``explain``, two more columns: the rule that made the mention and its evidence {json}."""
    rows = []
    for kind, mention in result.mentions():
        fields = {k: v for k, v in mention.to_dict().items()
                  if k not in ("text", "start", "end") and not _empty(v)}
        if fields.get("calendar") == "gregorian":
            fields.pop("calendar")
        prefix = f"{ident}\t" if ident is not None else ""
        values = json.dumps(fields, ensure_ascii=False)
        row = f"{prefix}{kind}\t{mention.start}\t{mention.end}\t{mention.text}\t{values}"
        if explain:
            why = result.explain(mention)
            row += f"\t{why.rule}\t{json.dumps(why.evidence, ensure_ascii=False)}"
        rows.append(row)
    return "\n".join(rows)


def _run(extractor: Extractor, text: str, doc_date, explain: bool) -> Extraction:
    if explain:
        return extractor.extract(text, doc_date, explain=True)
    return extractor.extract(text, doc_date)


def _record(result: Extraction, explain: bool) -> dict:
    """The JSON object of one result; with ``explain``, an "explanations" list after the kinds."""
    record = result.to_dict()
    if explain:
        record["explanations"] = [e.to_dict() for e in result.explanations()]
    return record


def _empty(value) -> bool:
    return value is None or value is False or (isinstance(value, (str, list, dict)) and not value)


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
    args.encoding = check_encoding(args.encoding)
    if args.file != "-" and os.path.isdir(args.file):
        if args.explain:
            raise CliError("--explain is for one file (a directory's shards keep the plain output)")
        return _extract_directory(args)
    if args.out:
        raise CliError("--out is for a directory of JSONL shards; for one file redirect stdout")
    extractor = Extractor(disable=args.disable or ())
    handle = _open_binary(args.file)
    try:
        return _extract_from(handle, args, default_date, extractor)
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _extract_from(handle: IO[bytes], args, default_date, extractor: Extractor) -> int:
    name = "<stdin>" if args.file == "-" else args.file  # in messages
    head = _read(handle.readline, name)
    mode = args.input
    if mode == "auto":
        is_jsonl_name = args.file.endswith((".jsonl", ".jsonl.gz", ".ndjson"))
        first = head[len(BOM):] if head.startswith(BOM) else head
        mode = "jsonl" if is_jsonl_name or first.lstrip().startswith(b"{") else "text"
    out = _Stdout(sys.stdout)
    if mode == "text":
        try:
            data = decode(head + _read(handle.read, name), name, args.encoding)
        except DecodeError as error:
            raise CliError(str(error)) from None
        try:
            result = _run(extractor, data, default_date, args.explain)
        except Exception as error:  # a defect of the library: still one line, never a traceback
            raise CliError(f"{name}: extraction failed ({type(error).__name__}: {error})") from None
        if args.format == "html":
            from .view import render
            out.write(_html_page(render(data, result)))
        elif args.format == "table":
            text = _table(result, explain=args.explain)
            out.write(text + ("\n" if text else ""))
        elif args.format == "jsonl":
            line = json.dumps(_record(result, True), ensure_ascii=False) if args.explain else result.to_json()
            out.write(line + "\n")
        else:
            out.write(json.dumps(_record(result, args.explain), ensure_ascii=False, indent=2) + "\n")
        out.flush()
        return EXIT_OK
    bad: List[str] = []
    progress = _Progress(sys.stderr.isatty())
    records = _jsonl_records(_binary_lines(head, handle, name), name, args.encoding, bad)

    def results():
        for number, ident, text, doc_date in records:
            try:
                result = _run(extractor, text, doc_date if doc_date is not None else default_date, args.explain)
            except Exception as error:  # a defect of the library: this record only
                _bad(bad, f"{name} line {number}: extraction failed ({type(error).__name__}: {error})")
                continue
            progress.step()
            yield ident, text, result

    if args.format == "html":
        from .view import render
        parts = [f"<h2>{html.escape(str(ident))}</h2>" + render(text, result) for ident, text, result in results()]
        out.write(_html_page("\n".join(parts)))
    else:
        as_array = args.format == "json"
        if as_array:
            out.write("[")
        first = True
        for ident, _, result in results():
            if args.format == "table":
                text_rows = _table(result, ident, args.explain)
                if text_rows:
                    out.write(text_rows + "\n")
                continue
            line = json.dumps(dict(id=ident, **_record(result, args.explain)), ensure_ascii=False)
            if as_array:
                out.write(("\n" if first else ",\n") + line)
            else:
                out.write(line + "\n")
            first = False
        if as_array:
            out.write("\n]\n")
    out.flush()
    progress.close()
    if bad:
        sys.stderr.write(f"vnextract: {name}: {len(bad)} bad line(s) skipped\n")
    return EXIT_BAD_LINES if bad else EXIT_OK


def _extract_directory(args) -> int:
    """Every JSONL shard of a directory -> one output shard each in --out, in parallel, resumable."""
    from . import batch

    if not args.out:
        raise CliError("a directory input needs --out OUTDIR (one output shard per input shard)")
    if args.jobs < 1:
        raise CliError("--jobs must be at least 1")
    try:
        shards = batch.shards(args.file)
    except OSError as error:
        raise CliError(f"cannot read {args.file}: {error.strerror or error}") from None
    if os.path.exists(args.out) and not os.path.isdir(args.out):
        raise CliError(f"--out {args.out} is not a directory")
    try:
        os.makedirs(args.out, exist_ok=True)
    except OSError as error:
        raise CliError(f"cannot create {args.out}: {error.strerror or error}") from None
    if os.path.samefile(args.file, args.out):
        raise CliError(f"--out {args.out} is the input directory: its output shards would be read as input")
    try:
        batch.check_writable(args.out)
        plan = batch.plan(shards, args.out)
    except OSError as error:
        raise CliError(f"cannot write to {args.out}: {error.strerror or error}") from None
    except ValueError as error:
        raise CliError(str(error)) from None
    batch.remove_stale_parts(args.out)
    todo = [(shard, out_path, tuple(args.disable or ()), args.doc_date, args.encoding)
            for shard, out_path in plan if not os.path.exists(out_path)]
    done = len(plan) - len(todo)
    if done:
        sys.stderr.write(f"vnextract: {done} of {len(plan)} shards already done, skipped\n")
    show = sys.stderr.isatty()
    bad_total = 0
    failed = 0
    documents = 0

    def report(result, index):
        nonlocal bad_total, documents, failed
        shard, count, bad, error = batch.shard_result(result)
        documents += count
        bad_total += len(bad)
        for message in bad:
            sys.stderr.write(f"vnextract: {message} (skipped)\n")
        if error:
            failed += 1
            sys.stderr.write(f"vnextract: {error}\n")
        if show:
            sys.stderr.write(f"\rvnextract: {index}/{len(todo)} shards, {documents} documents")
            sys.stderr.flush()

    if args.jobs == 1 or len(todo) <= 1:
        for index, item in enumerate(todo, start=1):
            report(batch.process_shard(item), index)
    else:
        for index, result in enumerate(batch.process_shards(todo, args.jobs), start=1):
            report(result, index)
    if show and todo:
        sys.stderr.write("\n")
    batch.remove_stale_parts(args.out)  # those of workers that died
    if failed:
        sys.stderr.write(f"vnextract: {failed} of {len(todo)} shards failed; a rerun redoes them\n")
        return EXIT_ERROR
    return EXIT_BAD_LINES if bad_total else EXIT_OK


def _html_page(body: str) -> str:
    return ('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>vnextract</title></head>'
            f'<body style="font-family: sans-serif; max-width: 60em; margin: 2em auto">{body}</body></html>\n')


def cmd_schema(args) -> int:
    from .schema import json_schema
    out = _Stdout(sys.stdout)
    out.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    out.flush()
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(prog="vnextract",
                                     description="Typed records from Vietnamese news and government text.")
    parser.add_argument("--version", action="version", version=f"vnextract {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="extract mentions from a text or a JSONL file")
    ext.add_argument("file", nargs="?", default="-",
                     help="input file (plain text or JSONL, .gz too), '-' for stdin, or a directory of JSONL shards")
    ext.add_argument("--format", choices=("json", "jsonl", "table", "html"), default=None,
                     help="output format (default: json for text input, jsonl for JSONL input)")
    ext.add_argument("--input", choices=("auto", "text", "jsonl"), default="auto", help="input format (default: auto)")
    ext.add_argument("--encoding", default="utf-8",
                     help="encoding of the input (default: utf-8; a file not valid in it is an error)")
    ext.add_argument("--doc-date", default=None, help="document date YYYY-MM-DD (fills unknown years)")
    ext.add_argument("--disable", action="append", help="component to disable (repeatable)")
    ext.add_argument("--explain", action="store_true",
                     help="say which rule made each mention (an 'explanations' list in JSON, two more table "
                          "columns, hover text in HTML)")
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
    except _StdoutClosed:
        # nothing more can be written there: send what Python still flushes at exit to /dev/null
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
