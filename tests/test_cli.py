import json
import subprocess
import sys

import pytest

from vnextract.cli import main

TEXT = "Ngày 24/9, Tỉnh ủy Bình Dương sơ kết Nghị quyết số 25-NQ/TW ngày 13/6/2013."


def run(*args, stdin=None):
    proc = subprocess.run([sys.executable, "-m", "vnextract", *args], input=stdin, capture_output=True, text=True)
    return proc.returncode, proc.stdout, proc.stderr


def test_text_from_stdin_json():
    code, out, err = run("extract", "-", stdin=TEXT)
    assert code == 0, err
    data = json.loads(out)
    assert data["legal_refs"][0]["symbol"] == "25-NQ/TW"


def test_jsonl_keeps_ids_and_reports_bad_lines(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "a1", "text": TEXT}, ensure_ascii=False) + "\n"
        "{broken\n"
        + json.dumps({"id": "a2", "text": "Ngày 24/9", "doc_date": "2018-09-25"}) + "\n"
        + json.dumps({"id": "a3"}) + "\n",
        encoding="utf-8")
    code, out, err = run("extract", str(path))
    assert code == 1
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["id"] for line in lines] == ["a1", "a2"]
    assert lines[1]["doc_date"] == "2018-09-25"
    assert "line 2" in err and "line 4" in err and "Traceback" not in err


def test_table_format(tmp_path):
    code, out, _ = run("extract", "-", "--format", "table", stdin=TEXT)
    assert code == 0
    kinds = [row.split("\t")[0] for row in out.splitlines()]
    assert "legal_refs" in kinds and "dates" in kinds


@pytest.mark.parametrize("args, message", [
    (["extract", "/no/such/file.txt"], "cannot read"),
    (["extract", "-", "--doc-date", "hôm qua"], "ISO date"),
    (["extract", "-", "--disable", "nope"], "unknown component"),
])
def test_errors_are_one_line(args, message, capsys, monkeypatch):
    import io
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x")))
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


# --- input bytes: BOM, CRLF, encodings (issues 15 and 16) ---------------------------------------

def run_bytes(*args, stdin=None):
    proc = subprocess.run([sys.executable, "-m", "vnextract", *args], input=stdin, capture_output=True)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def offsets_hold(text, data):
    for kind in ("dates", "legal_refs", "people", "titles", "awards"):
        for m in data[kind]:
            assert text[m["start"]:m["end"]] == m["text"], (kind, m)
    return True


CRLF_TEXT = "Ngày 24/9, ông Nguyễn Văn An về thăm.\r\nSáng 25/9, Tỉnh ủy Bình Dương sơ kết Nghị quyết số 25-NQ/TW.\r\n"


@pytest.mark.parametrize("how", ["file", "stdin"])
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_plain_text_offsets_index_the_text_as_read(tmp_path, how, bom):
    """CRLF stays two characters and a BOM is dropped: offsets index the decoded text without it."""
    data = bom + CRLF_TEXT.encode("utf-8")
    if how == "file":
        path = tmp_path / "in.txt"
        path.write_bytes(data)
        code, out, err = run_bytes("extract", str(path))
    else:
        code, out, err = run_bytes("extract", "-", stdin=data)
    assert code == 0, err
    result = json.loads(out)
    assert [d["text"] for d in result["dates"]] == ["Ngày 24/9", "Sáng 25/9"]
    assert result["dates"][1]["start"] == CRLF_TEXT.index("Sáng")
    assert offsets_hold(CRLF_TEXT, result)


def test_jsonl_with_a_bom_keeps_its_first_record(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": k, "text": TEXT}, ensure_ascii=False) for k in ("a", "b")]
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    code, out, err = run_bytes("extract", str(path))
    assert code == 0, err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "b"]


def test_invalid_utf8_is_one_line_with_the_byte_offset(tmp_path):
    path = tmp_path / "latin.txt"
    data = "Theo Nghị quyết, ngày 24/9 là hạn. ".encode("utf-8") + "Ngày 25/9".encode("latin-1", "replace")
    path.write_bytes(data)
    code, out, err = run_bytes("extract", str(path))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and str(path) in err
    assert f"at byte {data.index(b'Ng', 10) + 2}" in err and "--encoding" in err
    # with its encoding named, the file is read
    code, out, err = run_bytes("extract", str(path), "--encoding", "latin-1")
    assert code == 0, err
    code, out, err = run_bytes("extract", str(path), "--encoding", "nope")
    assert code == 2 and "unknown encoding" in err


def test_binary_stdin_is_an_error():
    code, out, err = run_bytes("extract", "-", stdin=b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    assert code == 2 and "<stdin>: not valid utf-8 at byte 0" in err and len(err.strip().splitlines()) == 1


def test_invalid_utf8_line_of_jsonl_is_skipped_and_named(tmp_path):
    path = tmp_path / "in.jsonl"
    good = json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False).encode("utf-8") + b"\n"
    bad = b'{"id": "b", "text": "Ng\xe0y 24/9"}\n'
    path.write_bytes(good + bad + good.replace(b'"a"', b'"c"'))
    code, out, err = run_bytes("extract", str(path))
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]
    offset = len(good) + bad.index(b"\xe0")
    assert f"in.jsonl line 2: not valid utf-8 at byte {offset}" in err


def test_per_record_errors_name_file_and_line_and_keep_the_rest(tmp_path):
    path = tmp_path / "in.jsonl"
    records = [{"id": 1, "text": "Ngày 24/9", "doc_date": "0001-01-01"},
               {"id": 2, "text": "Ngày 24/9", "doc_date": "2018-09-25garbage"},
               {"id": 3, "text": "Ngày mai", "doc_date": "9999-12-31"},
               {"id": 4, "text": "Ngày 24/9", "doc_date": "2018-09-25T99:99"}]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    code, out, err = run_bytes("extract", str(path))
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1, 3]
    assert "in.jsonl line 2: doc_date" in err and "in.jsonl line 4: doc_date" in err and "Traceback" not in err


def test_table_keeps_values_equal_to_zero():
    text = ("Nghị quyết số 25-NQ/TW ngày 13/6/2013 của Ban Chấp hành Trung ương về công tác dân vận. "
            "Sau đó, Nghị quyết 25 được triển khai.")
    code, out, err = run_bytes("extract", "-", "--format", "table", stdin=text.encode("utf-8"))
    assert code == 0, err
    rows = [row.split("\t") for row in out.splitlines() if row.startswith("legal_refs")]
    short = [json.loads(row[4]) for row in rows if row[3] == "Nghị quyết 25"]
    assert short and short[0]["refers_to"] == 0


def test_version():
    from vnextract import __version__
    code, out, err = run_bytes("--version")
    assert code == 0 and out.strip() == f"vnextract {__version__}"


def test_closed_stdout_is_a_quiet_exit(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps({"id": k, "text": TEXT}, ensure_ascii=False) for k in range(3000)) + "\n",
                    encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "vnextract", "extract", str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, as with "| head -1"
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait() == 0 and err == ""


def test_a_broken_pipe_elsewhere_is_an_error(monkeypatch, capsys):
    """Only a closed stdout is quiet: a BrokenPipeError of anything else is reported."""
    import io

    from vnextract import cli

    def broken(self, text, doc_date=None):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(cli.Extractor, "extract", broken)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Ngày 24/9".encode("utf-8"))))
    assert main(["extract", "-"]) == 2
    err = capsys.readouterr().err
    assert "BrokenPipeError" in err and len(err.strip().splitlines()) == 1


# --- --explain -----------------------------------------------------------------------------------

def test_explain_in_json_table_and_html(tmp_path):
    import jsonschema

    from vnextract.schema import json_schema
    path = tmp_path / "a.txt"
    path.write_text("Ngày 24/9, ông Nguyễn Văn An thăm Hà Nội.", encoding="utf-8")
    plain = run("extract", str(path))[1]
    code, out, err = run("extract", str(path), "--explain")
    assert code == 0, err
    record = json.loads(out)
    explanations = record.pop("explanations")
    assert record == json.loads(plain)  # the same output, plus the explanations
    assert [e["kind"] for e in explanations] == ["dates", "people", "locations"]
    assert all(e["rule"] for e in explanations)
    jsonschema.validate({**record, "explanations": explanations}, json_schema())
    table = run("extract", str(path), "--explain", "--format", "table")[1]
    assert table and all(len(row.split("\t")) == 7 for row in table.splitlines())
    assert "data-rule=" in run("extract", str(path), "--explain", "--format", "html")[1]


def test_explain_jsonl_and_its_limits(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, err = run("extract", str(path), "--explain")
    assert code == 0, err
    line = json.loads(out)
    assert line["id"] == "a1" and len(line["explanations"]) == len(line["dates"]) + len(line["legal_refs"]) + len(
        line["organizations"]) + len(line["locations"]) + len(line["people"]) + len(line["titles"])
    assert "explanations" not in run("extract", str(path))[1]
    code, out, err = run("extract", str(tmp_path), "--explain", "--out", str(tmp_path / "out"))
    assert code == 2 and "--explain is for one file" in err
