"""The README's per-kind examples stay true."""
import vnextract


def test_dates_example():
    r = vnextract.extract("Chiều 27/7, đoàn về thăm Hưng Yên nhân kỷ niệm Ngày Thương binh - Liệt sỹ "
                          "(27/7/1947 - 27/7/2018); quý I/2017 tăng trưởng 5,1%.", doc_date="2018-09-25")
    assert [(d.text, d.value, d.part_of_day) for d in r.dates] == [
        ("Chiều 27/7", "XXXX-07-27", "afternoon"),
        ("27/7/1947 - 27/7/2018", "1947-07-27/2018-07-27", None),
        ("quý I/2017", "2017-Q1", None)]
    assert r.dates[0].resolved == "2018-07-27" and r.dates[0].year_inferred


def test_legal_example():
    r = vnextract.extract("Thực hiện Nghị quyết số 25-NQ/TW ngày 13/6/2013 của Ban Chấp hành Trung ương Đảng "
                          "(khóa XI) về công tác dân vận (gọi tắt là Nghị quyết 25); khoản 2 Điều 5 Nghị định "
                          "100/2019/NĐ-CP quy định mức phạt.")
    full, short, decree = r.legal_refs
    assert (full.symbol, full.issued, full.issuer, full.term, full.subject, full.alias) == (
        "25-NQ/TW", "2013-06-13", "Ban Chấp hành Trung ương Đảng (khóa XI)", "XI", "công tác dân vận", "Nghị quyết 25")
    assert short.text == "Nghị quyết 25" and short.refers_to == 0
    assert decree.year == 2019 and decree.provision.article == "5" and decree.provision.clause == "2"
    assert [ref.text for ref in r.resolutions] == ["Nghị quyết số 25-NQ/TW", "Nghị quyết 25"]


def test_people_example():
    r = vnextract.extract("Tin, ảnh: Lê Thị Hoa (TTXVN). Ông Nguyễn Văn Cường cho biết, sau buổi làm việc "
                          "ông Cường sẽ báo cáo Tổng thống Donald Trump.")
    assert [(p.text, p.canonical) for p in r.people] == [
        ("Lê Thị Hoa", "Lê Thị Hoa"), ("Nguyễn Văn Cường", "Nguyễn Văn Cường"),
        ("Cường", "Nguyễn Văn Cường"), ("Donald Trump", "Donald Trump")]
    assert r.people[0].role == "author"


def test_titles_example():
    r = vnextract.extract("Phó Bí thư Thường trực Tỉnh ủy Bình Dương Phạm Văn Cành phát biểu. Thượng tướng "
                          "Tô Lâm, Bộ trưởng Bộ Công an, dự hội nghị.")
    assert [(t.role, t.organization, t.holder) for t in r.titles] == [
        ("Phó Bí thư Thường trực", "Tỉnh ủy Bình Dương", "Phạm Văn Cành"),
        ("Bộ trưởng", "Bộ Công an", "Tô Lâm")]


def test_awards_example():
    r = vnextract.extract("Dịp này, 26 tập thể và 47 cá nhân có thành tích xuất sắc được nhận Bằng khen của "
                          "Chủ tịch UBND tỉnh Bình Dương.")
    (award,) = r.awards
    assert (award.award, award.issuer) == ("Bằng khen", "Chủ tịch UBND tỉnh Bình Dương")
    assert [(c.count, c.unit) for c in award.recipients] == [(26, "tập thể"), (47, "cá nhân")]


def test_readme_python_blocks_run_in_order():
    """bug: `texts` and `articles` were undefined in the README's pipe examples. Every Python block
    of the README runs here in one namespace, in order, except the scale-out recipes (the Spark
    one runs in test_pyspark.py; the Dask recipe of the docs runs as a script in test_docs.py)."""
    import os

    from docs_blocks import ROOT, blocks, section

    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as handle:
        readme = handle.read()
    scale_out = section(readme, "Many files, many machines")
    namespace = {"__name__": "readme"}
    ran = 0
    for language, code in blocks(readme):
        if language != "python" or code in scale_out:
            continue
        exec(compile(code, "README.md", "exec"), namespace)
        ran += 1
    assert ran >= 8 and "texts" in namespace and "articles" in namespace


def test_readme_dask_recipe_runs_as_a_saved_script(tmp_path):
    """bug: the README's Dask recipe had no ``if __name__ == "__main__":`` guard and crashed when
    saved as a script (worker processes re-import it). It runs here as a reader would run it."""
    import json
    import os
    import subprocess
    import sys

    pytest = __import__("pytest")
    pytest.importorskip("dask.bag")
    from docs_blocks import ROOT, blocks, section

    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as handle:
        recipes = section(handle.read(), "Many files, many machines")
    (code,) = [c for lang, c in blocks(recipes) if lang == "python" and "dask_extract" in c]
    (tmp_path / "shards").mkdir()
    record = {"id": "a1", "text": "Ngày 24/9, Tỉnh ủy Bình Dương sơ kết Nghị quyết số 25-NQ/TW."}
    (tmp_path / "shards" / "part-0.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n",
                                                       encoding="utf-8")
    (tmp_path / "recipe.py").write_text(code, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(ROOT, "src") + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    proc = subprocess.run([sys.executable, "recipe.py"], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = [json.loads(line) for p in sorted((tmp_path / "results").glob("*.jsonl"))
           for line in p.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in out] == ["a1"] and out[0]["legal_refs"][0]["symbol"] == "25-NQ/TW"


def test_organizations_and_locations_example():
    r = vnextract.extract("Giám đốc Cơ quan Tình báo Trung ương (CIA) William Burns gặp Chủ tịch UBND tỉnh "
                          "Bình Dương tại huyện Dầu Tiếng và thăm thành phố Osaka.")
    assert [(o.text, o.acronym, o.type) for o in r.organizations] == [
        ("Cơ quan Tình báo Trung ương", "CIA", "government"), ("CIA", "CIA", "government"),
        ("UBND tỉnh Bình Dương", None, "government")]
    assert [(loc.text, loc.type, loc.province, loc.country) for loc in r.locations] == [
        ("huyện Dầu Tiếng", "district", "Bình Dương", "Việt Nam"), ("thành phố Osaka", "city", None, "Nhật Bản")]
    assert [(t.organization, t.holder) for t in r.titles][0] == ("Cơ quan Tình báo Trung ương", "William Burns")
