"""Code blocks of the Markdown documentation (README.md, docs/**/*.md), for the tests that run them."""
import os
import re
import shutil
import subprocess
from typing import List, Tuple

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
_FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.S | re.M)


def pages() -> List[str]:
    out = []
    for folder, _, names in os.walk(DOCS):
        out += [os.path.relpath(os.path.join(folder, n), DOCS) for n in names if n.endswith(".md")]
    return sorted(out)


def blocks(markdown: str) -> List[Tuple[str, str]]:
    """(language, code) of every fenced block, in order."""
    return [(m.group(1), m.group(2)) for m in _FENCE.finditer(markdown)]


def section(markdown: str, heading: str) -> str:
    """The text of the section under ``heading`` (a line starting with #), up to the next heading
    of the same or a higher level."""
    match = re.search(r"^(#+) " + re.escape(heading) + r"\s*$", markdown, re.M)
    if match is None:
        raise KeyError(heading)
    level = len(match.group(1))
    rest = markdown[match.end():]
    nxt = re.search(r"^#{1,%d} " % level, rest, re.M)
    return rest[:nxt.start()] if nxt else rest


def java_available() -> bool:
    java = shutil.which("java")
    if java is None and os.environ.get("JAVA_HOME"):
        candidate = os.path.join(os.environ["JAVA_HOME"], "bin", "java")
        java = candidate if os.path.exists(candidate) else None
    if java is None:
        return False
    try:
        return subprocess.run([java, "-version"], capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False
