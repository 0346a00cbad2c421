"""The sidecar file that lets an interrupted batch run continue where it stopped.

It records how many input items are fully committed and how long the
output files were at that moment. On resume the outputs are cut back to
those lengths (dropping anything written after the last commit) and the
input stream skips the committed items: no duplicates, no gaps.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass(slots=True)
class Checkpoint:
    run_key: str
    position: int = 0
    record_log_bytes: int = 0
    error_log_bytes: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def save(self, path: Path) -> None:
        """Written to a temporary file, synced, then moved over the old one."""
        temporary = path.with_name(path.name + ".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(asdict(self), handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)

    @classmethod
    def load(cls, path: Path) -> Checkpoint | None:
        if not path.is_file():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(**data)
