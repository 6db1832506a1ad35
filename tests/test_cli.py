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
