import os

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")


@pytest.fixture(scope="session")
def shared_dir():
    if not os.path.isdir(os.path.join(SHARED, "eval")):
        pytest.skip("../shared (the scoreboard) is not beside this checkout")
    return SHARED
