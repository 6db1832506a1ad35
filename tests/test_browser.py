"""The HTML view in a real browser: headless Chromium loads the page, a checker script of the test
reports which marks are visible and whether any script from the input ran.

Needs Debian's ``chromium`` (``.ci/run`` installs it); skipped where no Chromium can run.
"""
import re
import shutil
import subprocess

import pytest

from vnextract import extract
from vnextract.cli import _html_page
from vnextract.view import render

CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"),
                             shutil.which("google-chrome")) if p), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine")

CHECKER = """
<script>
window.addEventListener("load", function () {
  var labels = document.querySelectorAll(".vnx-label");
  var visible = 0;
  labels.forEach(function (el) {
    var r = el.getBoundingClientRect(), s = getComputedStyle(el);
    if (r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.display !== "none") visible++;
  });
  var out = document.createElement("pre");
  out.id = "vnx-check";
  out.textContent = "labels=" + labels.length + " visible=" + visible + " pwned=" + (window.__pwned ? 1 : 0);
  document.body.appendChild(out);
});
</script>
"""


def run_page(tmp_path, body):
    page = tmp_path / "page.html"
    page.write_text(_html_page(body).replace("</body>", CHECKER + "</body>"), encoding="utf-8")
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=3000", "--dump-dom", page.as_uri()]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as error:
        pytest.skip(f"Chromium cannot run here: {error}")
    match = re.search(r'<pre id="vnx-check">labels=(\d+) visible=(\d+) pwned=(\d)</pre>', proc.stdout)
    if match is None:
        pytest.skip(f"Chromium gave no DOM (exit {proc.returncode}): {proc.stderr[-300:]}")
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


PARAGRAPH = ("Chiều 27/7, Chủ tịch nước Trần Đại Quang thăm tỉnh Hưng Yên. Theo Nghị quyết số 25-NQ/TW "
             "ngày 13/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI), dịp này 26 tập thể và 47 cá nhân "
             "được nhận Bằng khen của Chủ tịch UBND tỉnh Bình Dương.\n\n")


def test_long_article_marks_are_present_and_visible(tmp_path):
    text = PARAGRAPH * 30
    result = extract(text)
    labels, visible, pwned = run_page(tmp_path, render(text, result))
    assert labels == len(result) > 0
    assert visible == labels and pwned == 0


def test_hostile_text_renders_inert(tmp_path):
    hostile = ('Ngày 24/9 <script>window.__pwned=1</script> "><img src=x onerror="window.__pwned=1"> '
               "<svg onload=\"window.__pwned=1\"></svg> Nghị quyết số 25-NQ/TW")
    result = extract(hostile)
    labels, _, pwned = run_page(tmp_path, render(hostile, result))
    assert pwned == 0
    assert labels == len(result)
