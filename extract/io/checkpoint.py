"""The sidecar file that lets an interrupted batch run continue where it stopped.

It records how many input items are fully committed and how long the
output files were at that moment. On resume the outputs are cut back to
those lengths (dropping anything written after the last commit) and the
input stream skips the committed items: no duplicates, no gaps.

Once every input is committed the checkpoint says so (`finishing`): a run
killed while it turns the part files into the final files is resumed by
redoing only the steps of finishing that had not happened yet.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path


class CheckpointError(ValueError):
    """A checkpoint file exists but cannot be read."""


@dataclass(slots=True)
class Checkpoint:
    run_key: str
    position: int = 0
    record_log_bytes: int = 0
    error_log_bytes: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    finishing: bool = False

    def save(self, path: Path) -> None:
        """Written to a temporary file, synced, then moved over the old one."""
        temporary = path.with_name(path.name + ".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(asdict(self), handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        sync_directory(path.parent)

    @classmethod
    def load(cls, path: Path) -> Checkpoint | None:
        if not path.is_file():
            return None
        try:
            return cls(**json.loads(path.read_text(encoding="utf-8")))
        except (ValueError, TypeError) as exc:
            raise CheckpointError(f"{path} cannot be read ({exc}); remove it or rerun without --resume") from exc


def sync_directory(directory: Path) -> None:
    """Make renames and removals in `directory` durable (a no-op where directories cannot be synced)."""
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
