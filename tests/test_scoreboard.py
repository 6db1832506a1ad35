"""The seed article must score 1.0 on every kind and field through ../shared/eval/score.py."""
import json
import os
import subprocess
import sys

KINDS = ("dates", "legal_refs", "people", "titles", "awards")


def test_seed_scores_one_everywhere(shared_dir):
    score = os.path.join(shared_dir, "eval", "score.py")
    seed = os.path.join(shared_dir, "eval", "seed.jsonl")
    out = subprocess.run([sys.executable, score, seed, "--json"], capture_output=True, text=True, check=True).stdout
    result = json.loads(out)
    assert result["bad_offsets"] == 0
    for kind in KINDS:
        assert result[kind]["f1"] == 1.0, (kind, result[kind])
        assert result[kind]["exact"] == 1.0, (kind, result[kind])
        for field, value in result[kind]["fields"].items():
            assert value in (None, 1.0), (kind, field, value)
