"""Parent links the text implies without a cue: a PKS signed beside an MoU implements it.

"Kerja sama diawali dengan penandatanganan MoU ... kemudian dilanjutkan dengan PKS": a PKS
(or another instrument) between the parties of an MoU of the same article, or between
parts of them (a faculty of a party university), is that MoU's implementation.
"""
from __future__ import annotations

from extract.assembly.parties import same_party


def _covers(small: tuple[str, ...], large: tuple[str, ...], acronyms: dict[str, str]) -> bool:
    """Every party named in `small` is (part of) a party named in `large`."""
    return all(any(same_party(p, q, acronyms, loose=True) for q in large) for p in small)


def link_implementing(records: list[dict], acronyms: dict[str, str]) -> None:
    """Set `parent` of each non-MoU record without one to the first MoU record whose parties
    it shares (the smaller party list inside the larger); an existing (referenced) record
    only to an existing MoU. Party lists compared once per pair of lists, not once per pair
    of records: an article reporting many agreements repeats them."""
    names = [tuple(party["name"] for party in record["parties"]) for record in records]
    mous = [index for index, record in enumerate(records) if record["type"] == "MoU"]
    covered: dict[tuple[tuple[str, ...], tuple[str, ...]], bool] = {}
    for number, record in enumerate(records):
        if record["parent"] is not None or record["type"] == "MoU":
            continue
        for index in mous:
            if record["status"] == "referenced" and records[index]["status"] != "referenced":
                # an agreement that already exists implements none signed or planned now
                continue
            if records[index]["status"] == "planned" and record["status"] != "planned":
                continue  # nothing signed implements an MoU still to come ("LOI ... menjadi MoU")
            small, large = sorted((names[number], names[index]), key=len)
            if (small, large) not in covered:
                covered[small, large] = _covers(small, large, acronyms)
            if covered[small, large]:
                record["parent"] = index
                break
