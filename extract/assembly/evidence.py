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
    text, source = found.text, found.source
    if source is not None:  # offsets into the text as given, not the readable one the rules read
        (start, end), (s_start, s_end) = source.span(start, end), source.span(s_start, s_end)
        text = source.original
    return {"field": field, "value": value, "start": start, "end": end,
            "sentence_start": s_start, "sentence_end": s_end, "sentence": text[s_start:s_end],
            "rule": rule, "note": note}
