from __future__ import annotations

import pytest
from demo_helpers import SEED

from desktop.demo import DemoData, generate


@pytest.fixture(scope="session")
def demo() -> DemoData:
    return generate(seed=SEED)
