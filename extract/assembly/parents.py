"""Parent links the text implies without a cue: a PKS signed beside an MoU implements it.

"Kerja sama diawali dengan penandatanganan MoU ... kemudian dilanjutkan dengan PKS": a PKS
(or another instrument) between the parties of an MoU of the same article, or between
parts of them (a faculty of a party university), is that MoU's implementation.
"""
from __future__ import annotations

from extract.assembly.parties import same_party


def _covers(small: list[dict], large: list[dict], acronyms: dict[str, str]) -> bool:
    """Every party of `small` is (part of) a party of `large`."""
    return all(any(same_party(p["name"], q["name"], acronyms, loose=True) for q in large) for p in small)


def link_implementing(records: list[dict], acronyms: dict[str, str]) -> None:
    """Set `parent` of each non-MoU record without one to the first MoU record whose parties
    it shares (the smaller party list inside the larger)."""
    for record in records:
        if record["parent"] is not None or record["type"] == "MoU":
            continue
        for index, candidate in enumerate(records):
            if candidate is record or candidate["type"] != "MoU":
                continue
            small, large = sorted((record["parties"], candidate["parties"]), key=len)
            if _covers(small, large, acronyms):
                record["parent"] = index
                break
