"""Every code block of the documentation runs (docs/**/*.md), in a scratch directory.

Python blocks of a page run in order in one namespace; a block guarded by
``if __name__ == "__main__":`` is saved as a script and run by a fresh interpreter, as a reader
would (that is how the Dask recipe's missing guard was found). Shell blocks run their
``vnextract`` commands; installation and other tools' commands (pip, jupyter, mkdocs, pytest) are
not run here. Spark blocks need a Java runtime and are skipped only when none can run.
"""
import json
import os
import subprocess
import sys

import pytest
from docs_blocks import DOCS, ROOT, blocks, java_available, pages

ARTICLE = ("Ngày 24/9, Tỉnh ủy Bình Dương sơ kết 5 năm (2013-2018) thực hiện Nghị quyết số 25-NQ/TW "
           "ngày 13/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về công tác dân vận.\n")
NOT_RUN = ("pip ", "jupyter ", "python -m pytest", "mkdocs ", "git ")


def _env():
    env = dict(os.environ)
    src = os.path.join(ROOT, "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYSPARK_PYTHON"] = sys.executable
    return env


def _scratch(tmp_path):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    lines = [{"id": "a1", "text": ARTICLE}, {"id": "a2", "text": "Chiều 27/7, Chủ tịch nước thăm Hưng Yên."}]
    (tmp_path / "articles.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                                             encoding="utf-8")
    (tmp_path / "shards").mkdir(exist_ok=True)
    (tmp_path / "shards" / "part-0.jsonl").write_text((tmp_path / "articles.jsonl").read_text(encoding="utf-8"),
                                                      encoding="utf-8")


def run_python(code, namespace, tmp_path, name):
    if "pyspark" in code and not java_available():
        pytest.skip("no Java runtime for Spark on this machine")
    if 'if __name__ == "__main__":' in code:
        script = tmp_path / f"{name}.py"
        script.write_text(code, encoding="utf-8")
        proc = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=_env(), capture_output=True,
                              text=True, timeout=900)
        assert proc.returncode == 0, f"{name} failed:\n{proc.stderr[-3000:]}"
        return
    exec(compile(code, name, "exec"), namespace)


def run_shell(code, tmp_path, name):
    for line in code.splitlines():
        command = line.split("#", 1)[0].strip() if not line.lstrip().startswith("cat ") else line.split(" #", 1)[0]
        command = command.strip()
        if not command or command.startswith(NOT_RUN):
            continue
        assert "vnextract" in command, f"{name}: a shell command the docs test does not know how to run: {command}"
        runnable = command.replace("vnextract ", f'"{sys.executable}" -m vnextract ', 1)
        proc = subprocess.run(runnable, shell=True, cwd=tmp_path, env=_env(), capture_output=True, text=True,
                              timeout=600)
        assert proc.returncode == 0, f"{name}: {command}\n{proc.stderr[-2000:]}"


@pytest.mark.parametrize("page", pages())
def test_every_code_block_runs(page, tmp_path, monkeypatch):
    with open(os.path.join(DOCS, page), encoding="utf-8") as handle:
        found = blocks(handle.read())
    _scratch(tmp_path)
    monkeypatch.chdir(tmp_path)
    namespace = {"__name__": "docs_page"}
    for number, (language, code) in enumerate(found, start=1):
        name = f"{page.replace('/', '_')[:-3]}_block{number}"
        if language == "python":
            run_python(code, namespace, tmp_path, name)
        elif language == "bash":
            run_shell(code, tmp_path, name)
        else:
            assert language in ("text", "json"), f"{page}: block {number} has no runnable language ({language!r})"


def test_the_docs_pages_are_all_in_the_site():
    with open(os.path.join(ROOT, "mkdocs.yml"), encoding="utf-8") as handle:
        config = handle.read()
    assert [p for p in pages() if p not in config] == []
