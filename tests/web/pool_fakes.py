"""Stand-ins for the pipeline in the web pool's worker processes (importable by name, as the
spawned workers need). An article's first word says what to do:

    CEPAT              return at once
    LAMBAT 2.5         take 2.5 seconds
    CATAT /path 30     write the worker's pid to /path, then take 30 seconds
    GEMUK 300          keep 300 MB more for good (memory that must be given back)
"""
from __future__ import annotations

import os
import time
from pathlib import Path

_KEPT: list[bytearray] = []


def extract(text: str, doc_id: str = "doc", published: object = None) -> list[dict]:
    command, *arguments = text.split()
    if command == "LAMBAT":
        time.sleep(float(arguments[0]))
    elif command == "CATAT":
        Path(arguments[0]).write_text(str(os.getpid()), encoding="utf-8")
        time.sleep(float(arguments[1]))
    elif command == "GEMUK":
        _KEPT.append(bytearray(int(arguments[0]) * 1024 * 1024))
    return []
