import os

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")


@pytest.fixture(scope="session")
def shared_dir():
    if not os.path.isdir(os.path.join(SHARED, "eval")):
        pytest.skip("../shared (the scoreboard) is not beside this checkout")
    return SHARED


@pytest.fixture
def people_flags():
    """``people._FLAGS`` for one test: switch a rule or a component of the people recogniser off; every
    flag is restored after the test."""
    from vnextract import people
    saved = dict(people._FLAGS)
    try:
        yield people._FLAGS
    finally:
        people._FLAGS.update(saved)
