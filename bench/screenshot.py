#!/usr/bin/env python3
"""A screenshot of the HTML view, for people to look at: renders a text with headless Chromium.

    python bench/screenshot.py [FILE] [--out docs/view.png]

FILE is a plain-text article (default: a short example of our own).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

from vnextract.cli import _html_page
from vnextract.view import render

EXAMPLE = ("Chiều 27/7, Chủ tịch nước Trần Đại Quang thăm tỉnh Hưng Yên.\n\n"
           "Theo Nghị quyết số 25-NQ/TW ngày 13/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI), "
           "Phó Bí thư Thường trực Tỉnh ủy Bình Dương Phạm Văn Cành đề nghị đổi mới công tác dân vận.\n\n"
           "Dịp này, 26 tập thể và 47 cá nhân được nhận Bằng khen của Chủ tịch UBND tỉnh Bình Dương.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?")
    parser.add_argument("--out", default=os.path.join("docs", "view.png"))
    args = parser.parse_args()
    text = open(args.file, encoding="utf-8").read() if args.file else EXAMPLE
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("no chromium on this machine (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "view.html")
        with open(page, "w", encoding="utf-8") as handle:
            handle.write(_html_page(render(text)))
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={tmp}/profile", "--window-size=1100,700", "--hide-scrollbars",
                        f"--screenshot={os.path.abspath(args.out)}", "file://" + page],
                       check=True, capture_output=True, timeout=120)
    print(args.out)


if __name__ == "__main__":
    main()
