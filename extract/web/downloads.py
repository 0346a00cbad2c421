"""Records as downloadable files: JSON (the records as they are) and CSV (the CLI's CSV:
one row per record, the columns of extract/fields.py)."""
from __future__ import annotations

import io
import json
from collections.abc import Mapping, Sequence

from extract.io.writers import open_writer


def records_csv(records: Sequence[Mapping]) -> str:
    buffer = io.StringIO()
    writer = open_writer("csv", buffer)
    for record in records:
        writer.write(dict(record))
    writer.close()
    return buffer.getvalue()


def records_json(records: Sequence[Mapping]) -> str:
    return json.dumps(list(records), ensure_ascii=False, indent=2) + "\n"
