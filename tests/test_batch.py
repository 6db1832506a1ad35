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


# --- directory mode: every problem is one line, nothing else lost, reruns converge (issue 16) -----

def parts(directory):
    return [n for n in os.listdir(directory) if n.endswith(".part")]


def test_unreadable_shards_are_named_and_the_others_written(tmp_path):
    write_shards(tmp_path / "in", 2)
    (tmp_path / "in" / "dir.jsonl").mkdir()  # cannot be read as a file
    os.symlink("loop.jsonl", tmp_path / "in" / "loop.jsonl")  # a symlink loop
    out = tmp_path / "out"
    proc = cli("extract", str(tmp_path / "in"), "--out", str(out), "--jobs", "2")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "dir.jsonl: Is a directory" in proc.stderr and "loop.jsonl: Too many levels of symbolic links" in proc.stderr
    assert sorted(os.listdir(out)) == ["part-0.jsonl", "part-1.jsonl"]


@pytest.mark.parametrize("make_out, message", [
    (lambda tmp: tmp / "in", "is the input directory"),
    (lambda tmp: (tmp / "file").write_text("x") and tmp / "file", "is not a directory"),
    (lambda tmp: (tmp / "file").write_text("x") and tmp / "file" / "sub", "cannot create"),
])
def test_bad_out_is_one_line(tmp_path, make_out, message):
    write_shards(tmp_path / "in", 2)
    out = make_out(tmp_path)
    proc = cli("extract", str(tmp_path / "in"), "--out", str(out))
    assert proc.returncode == 2 and message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert sorted(os.listdir(tmp_path / "in")) == ["part-0.jsonl", "part-1.jsonl"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anywhere")
def test_non_writable_out_is_one_line(tmp_path):
    write_shards(tmp_path / "in", 2)
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o500)
    try:
        proc = cli("extract", str(tmp_path / "in"), "--out", str(out))
    finally:
        out.chmod(0o700)
    assert proc.returncode == 2 and "cannot write" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert os.listdir(out) == []


def test_plain_and_gzip_shards_of_one_name_are_refused(tmp_path):
    import gzip
    write_shards(tmp_path / "in", 1)
    with gzip.open(tmp_path / "in" / "part-0.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "z", "text": "Ngày 24/9"}) + "\n")
    out = tmp_path / "out"
    for jobs in ("1", "2"):
        proc = cli("extract", str(tmp_path / "in"), "--out", str(out), "--jobs", jobs)
        assert proc.returncode == 2 and "part-0.jsonl and part-0.jsonl.gz" in proc.stderr
        assert os.listdir(out) == []


def test_bad_line_of_a_shard_names_shard_and_line(tmp_path):
    write_shards(tmp_path / "in", 1)
    with open(tmp_path / "in" / "part-0.jsonl", "ab") as handle:
        handle.write(b'{"id": "x", "text": "Ng\xe0y 24/9"}\n')
        bad_time = {"id": "y", "text": "Ngày 24/9", "doc_date": "2018-09-25T99:99"}
        handle.write(json.dumps(bad_time).encode("utf-8") + b"\n")
        handle.write(json.dumps({"id": "z", "text": "Ngày 24/9", "doc_date": "0001-01-01"}).encode("utf-8") + b"\n")
    proc = cli("extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 1
    assert "part-0.jsonl line 4: not valid utf-8 at byte" in proc.stderr
    assert "part-0.jsonl line 5: doc_date" in proc.stderr
    out = (tmp_path / "out" / "part-0.jsonl").read_text(encoding="utf-8")
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids == ["a0", "b0", "c0", "z"]


def _children(pid):
    """Process ids of the children of ``pid`` that are multiprocessing workers (Linux)."""
    found = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return found
    for task in tasks:
        try:  # a thread or a child may end between the listing and the read
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                children = handle.read().split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        for child in children:
            try:
                with open(f"/proc/{child}/cmdline", "rb") as cmd:
                    if b"spawn_main" in cmd.read():
                        found.append(int(child))
            except (FileNotFoundError, ProcessLookupError):
                continue
    return found


def _wait_for(condition, seconds=180.0):
    import time
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    return condition()


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


linux_only = pytest.mark.skipif(not os.path.isdir("/proc/self/task") or not hasattr(os, "mkfifo"),
                                reason="reads /proc, uses a FIFO")


@linux_only
def test_killed_worker_does_not_hang_the_run(tmp_path):
    """A worker that dies ends the run with one message per shard not done (exit 2), no hang, no
    .part file; the FIFO shard holds its worker busy (opening it waits for a writer)."""
    import signal
    write_shards(tmp_path / "in", 2)
    os.mkfifo(tmp_path / "in" / "wait.jsonl")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "vnextract", "extract", str(tmp_path / "in"), "--out", str(out),
                             "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    workers = _wait_for(lambda: len(_children(proc.pid)) == 2 and _children(proc.pid))
    # the plain shards are done (the FIFO keeps its worker waiting)
    _wait_for(lambda: out.exists() and len([n for n in os.listdir(out) if n.endswith(".jsonl")]) == 2)
    for pid in workers:
        os.kill(pid, signal.SIGKILL)
    _, err = proc.communicate(timeout=120)  # (a hang detector, not a time limit)
    assert proc.returncode == 2 and "wait.jsonl: not done, a worker process died" in err and "Traceback" not in err
    assert not parts(out)


@linux_only
def test_killed_main_leaves_no_worker_and_a_rerun_converges(tmp_path):
    write_shards(tmp_path / "in", 2)
    os.mkfifo(tmp_path / "in" / "wait.jsonl")
    out = tmp_path / "out"
    out.mkdir()
    stale = out / "part-1.jsonl.999999999.part"  # left by a run killed while it wrote part-1
    stale.write_text("{half", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "vnextract", "extract", str(tmp_path / "in"), "--out", str(out),
                             "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    workers = _wait_for(lambda: len(_children(proc.pid)) == 2 and _children(proc.pid))
    proc.kill()
    proc.wait()
    assert _wait_for(lambda: not any(_alive(pid) for pid in workers)), "a worker outlived the killed run"
    os.remove(tmp_path / "in" / "wait.jsonl")
    (tmp_path / "in" / "wait.jsonl").write_text(json.dumps({"id": "w", "text": "Ngày 24/9"}) + "\n", encoding="utf-8")
    rerun = cli("extract", str(tmp_path / "in"), "--out", str(out), "--jobs", "2")
    assert rerun.returncode == 0, rerun.stderr
    assert sorted(os.listdir(out)) == ["part-0.jsonl", "part-1.jsonl", "wait.jsonl"]
    assert len((out / "part-1.jsonl").read_text(encoding="utf-8").splitlines()) == 3


def test_partition_error_records_keep_the_id():
    out = list(extract_partition([json.dumps({"id": "k1", "text": 5}), json.dumps({"id": 0, "doc_date": "x"}),
                                  json.dumps({"id": "k3", "text": "Ngày 24/9", "doc_date": "2018-09-25garbage"}),
                                  "{bad"]))
    assert [r.get("id", "-") for r in out] == ["k1", 0, "k3", "-"] and all("error" in r for r in out)


@linux_only
def test_a_zombie_worker_leaves_a_stale_part():
    """bug: a worker of a killed run stayed a zombie until reaped; signal 0 still reached it, so its
    ``.part`` file counted as in use and survived the rerun (seen under load)."""
    from vnextract.batch import _alive
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    assert _wait_for(lambda: open(f"/proc/{child.pid}/stat").read().rsplit(")", 1)[-1].split()[0] == "Z")
    assert not _alive(child.pid)  # not yet reaped: a zombie
    child.wait()
    assert not _alive(child.pid) and _alive(os.getpid())
