"""The evidence entry that explains one fact of a record: where it is and which rule found it."""
from __future__ import annotations

from extract.candidates import Candidates


def evidence(found: Candidates, field: str, value: str, start: int, end: int,
             rule: str, note: str | None = None) -> dict:
    sentence = found.sentence_at(start)
    if sentence is None:
        s_start, s_end = start, end
    else:
        s_start, s_end = sentence.start, sentence.end
    return {"field": field, "value": value, "start": start, "end": end,
            "sentence_start": s_start, "sentence_end": s_end, "sentence": found.text[s_start:s_end],
            "rule": rule, "note": note}
