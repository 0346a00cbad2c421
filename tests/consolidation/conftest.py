"""Fixtures of the consolidation tests (builders in consolidation_helpers.py)."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from consolidation_helpers import report


@pytest.fixture
def make_report() -> Callable[..., dict]:
    return report
