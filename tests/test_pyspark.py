"""The README's PySpark recipe, run as written under Spark's local mode (pyspark from the package
index, a Java runtime from the system: .ci/run installs one). Skipped only where no Java runs."""
import json
import os
import sys

import pytest
from docs_blocks import ROOT, blocks, java_available, section

pyspark = pytest.importorskip("pyspark")
pytestmark = pytest.mark.skipif(not java_available(), reason="no Java runtime on this machine")


@pytest.fixture(scope="module")
def spark():
    saved = {name: os.environ.get(name) for name in ("PYSPARK_PYTHON", "PYTHONPATH")}
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the executors' interpreter has vnextract
    src = os.path.join(ROOT, "src")
    os.environ["PYTHONPATH"] = src + (os.pathsep + os.environ["PYTHONPATH"] if os.environ.get("PYTHONPATH") else "")
    from pyspark.sql import SparkSession
    session = SparkSession.builder.master("local[2]").appName("vnextract-test").getOrCreate()
    yield session
    session.stop()
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def test_readme_recipe(spark, tmp_path):
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as handle:
        recipes = section(handle.read(), "Many files, many machines")
    (code,) = [c for lang, c in blocks(recipes) if lang == "python" and "mapPartitions" in c]
    shards = tmp_path / "news"
    shards.mkdir()
    lines = [{"id": "a1", "text": "Ngày 24/9, Tỉnh ủy Bình Dương sơ kết Nghị quyết số 25-NQ/TW."},
             {"id": "a2", "text": "Chiều 27/7, Chủ tịch nước Trần Đại Quang thăm tỉnh Hưng Yên."}]
    (shards / "part-0.jsonl").write_text(json.dumps(lines[0], ensure_ascii=False) + "\nnot json\n", encoding="utf-8")
    (shards / "part-1.jsonl").write_text(json.dumps(lines[1], ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "news-vnextract"
    # the recipe as written; only its cluster paths become local ones
    code = code.replace("hdfs:///news/*.jsonl", str(shards / "*.jsonl")).replace("hdfs:///news-vnextract", str(out))
    exec(compile(code, "README.md", "exec"), {})  # self-contained: imports json, gets the session
    records = [json.loads(line) for part in sorted(out.glob("part-*")) for line in part.read_text("utf-8").splitlines()]
    by_id = {r.get("id"): r for r in records if "error" not in r}
    assert set(by_id) == {"a1", "a2"}
    assert [d["text"] for d in by_id["a1"]["dates"]] == ["Ngày 24/9"]
    assert by_id["a1"]["legal_refs"][0]["symbol"] == "25-NQ/TW"
    assert [p["text"] for p in by_id["a2"]["people"]] == ["Trần Đại Quang"]
    errors = [r for r in records if "error" in r]
    assert len(errors) == 1 and errors[0]["error"].startswith("line 2:")  # a bad line does not fail the job
