"""Batch processing: CLI over a directory of shards (parallel, resumable) and the Dask recipe."""
import json
import os
import subprocess
import sys

import pytest

from vnextract import extract
from vnextract.batch import extract_partition

DOCS = [
    {"id": "a", "text": "Chiều 27/7, Chủ tịch nước Trần Đại Quang thăm tỉnh Hưng Yên."},
    {"id": "b", "text": "Nghị định 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ.", "doc_date": "2020-01-02"},
    {"id": "c", "text": ""},
]


def write_shards(directory, n=3):
    directory.mkdir()
    for k in range(n):
        lines = [json.dumps(dict(d, id=f"{d['id']}{k}"), ensure_ascii=False) for d in DOCS]
        (directory / f"part-{k}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def cli(*args):
    return subprocess.run([sys.executable, "-m", "vnextract", *args], capture_output=True, text=True)


def test_directory_in_parallel_then_resume(tmp_path):
    write_shards(tmp_path / "in")
    out = tmp_path / "out"
    proc = cli("extract", str(tmp_path / "in"), "--out", str(out), "--jobs", "2")
    assert proc.returncode == 0, proc.stderr
    assert sorted(os.listdir(out)) == ["part-0.jsonl", "part-1.jsonl", "part-2.jsonl"]
    lines = [json.loads(line) for line in (out / "part-1.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a1", "b1", "c1"]
    assert lines[0]["dates"] == extract(DOCS[0]["text"]).to_dict()["dates"]
    assert lines[1]["doc_date"] == "2020-01-02"
    # resumable: a finished shard is skipped, a missing one is redone
    (out / "part-2.jsonl").unlink()
    before = (out / "part-0.jsonl").stat().st_mtime_ns
    proc = cli("extract", str(tmp_path / "in"), "--out", str(out), "--jobs", "2")
    assert proc.returncode == 0 and "2 of 3 shards already done" in proc.stderr
    assert (out / "part-2.jsonl").exists() and (out / "part-0.jsonl").stat().st_mtime_ns == before
    assert not [n for n in os.listdir(out) if n.endswith(".part")]


def test_directory_needs_out(tmp_path):
    write_shards(tmp_path / "in", 1)
    proc = cli("extract", str(tmp_path / "in"))
    assert proc.returncode == 2 and "--out" in proc.stderr and "Traceback" not in proc.stderr


def test_partition_function_reports_bad_lines():
    out = list(extract_partition([json.dumps(DOCS[0]), "{bad", "", json.dumps({"id": 1})]))
    assert out[0]["id"] == "a" and "error" in out[1] and "error" in out[2] and len(out) == 3


def test_dask_bag_recipe_with_processes(tmp_path):
    db = pytest.importorskip("dask.bag")
    import dask
    from vnextract.batch import dask_extract
    write_shards(tmp_path / "in")
    bag = dask_extract(db.read_text(str(tmp_path / "in" / "*.jsonl")))
    with dask.config.set(scheduler="processes", num_workers=2):
        results = bag.compute()
    assert sorted(r["id"] for r in results) == sorted(f"{d['id']}{k}" for d in DOCS for k in range(3))
    by_id = {r["id"]: r for r in results}
    assert by_id["a0"]["dates"] == extract(DOCS[0]["text"]).to_dict()["dates"]
