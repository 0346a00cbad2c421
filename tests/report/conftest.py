"""The report tests draw the hand-written consolidation test set (corpus/consolidation)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.frames import Frames
from extract.report import load_agreement_frames

TEST_SET = Path(__file__).resolve().parents[2] / "corpus" / "consolidation" / "records.jsonl"


@pytest.fixture(scope="module")
def frames() -> Frames:
    return load_agreement_frames([str(TEST_SET)])
