"""Parent links the text implies without a cue: a PKS signed beside an MoU implements it.

"Kerja sama diawali dengan penandatanganan MoU ... kemudian dilanjutkan dengan PKS": a PKS
between the parties of an MoU of the same article, or between parts of them (a faculty of a
party university, a directorate written before the company's name), is that MoU's
implementation. Another instrument (a letter of intent, a head of agreement, an addendum, a
grant agreement) signed beside an MoU precedes it, amends something or stands by itself: it
implements the MoU only when the text says so ("HoA ini merupakan tindak lanjut dari MoU ...",
read by the clustering).
"""
from __future__ import annotations

from extract.assembly.parties import same_party
from extract.institutions import known_tail


Forms = tuple[str, ...]  # a party's name, acronym and aliases
_IMPLEMENTING = "PKS"  # the record type that implements an MoU signed beside it without a cue


def _forms(party: dict) -> Forms:
    """Every way the record writes a party: one record may name it by its acronym alone
    ("APITU") where the other spelt it out."""
    return (party["name"], *filter(None, [party.get("acronym")]), *party.get("aliases", []))


def _covers(small: tuple[Forms, ...], large: tuple[Forms, ...], acronyms: dict[str, str]) -> bool:
    """Every party named in `small` is (part of) a party named in `large`."""
    return all(any(_part_of_same(p, q, acronyms) for q in large) for p in small)


def _part_of_same(a: Forms, b: Forms, acronyms: dict[str, str]) -> bool:
    """Same body, or one is an office of the other written before its known name
    ("DirHCM PLN" signs the PKS under the MoU of "PLN")."""
    forms_a = [*a, *filter(None, [known_tail(a[0])])]
    forms_b = [*b, *filter(None, [known_tail(b[0])])]
    return any(same_party(x, y, acronyms, loose=True) for x in forms_a for y in forms_b)


def link_implementing(records: list[dict], acronyms: dict[str, str]) -> None:
    """Set `parent` of each PKS record without one to the first MoU record whose parties
    it shares (the smaller party list inside the larger); an existing (referenced) record
    only to an existing MoU. Party lists compared once per pair of lists, not once per pair
    of records: an article reporting many agreements repeats them."""
    names = [tuple(_forms(party) for party in record["parties"]) for record in records]
    mous = [index for index, record in enumerate(records) if record["type"] == "MoU"]
    covered: dict[tuple[tuple[Forms, ...], tuple[Forms, ...]], bool] = {}
    for number, record in enumerate(records):
        if record["parent"] is not None or record["type"] != _IMPLEMENTING:
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


def keep_named_implementations(records: list[dict], acronyms: dict[str, str]) -> None:
    """A cue ("merupakan tindak lanjut dari MoU antara X dan Y") that follows several agreements
    of one signing links all of them to the agreement it names; when that agreement is between
    the parties of some of them, it is theirs alone: the others, between other bodies, do not
    implement it ("HOA dengan tiga perusahaan ... tindak lanjut dari MoU antara X dan A")."""
    names = [tuple(_forms(party) for party in record["parties"]) for record in records]
    children: dict[int, list[int]] = {}
    for number, record in enumerate(records):
        if record["parent"] is not None and names[number] and names[record["parent"]]:
            children.setdefault(record["parent"], []).append(number)
    for parent, numbers in children.items():
        shares = {number: _covers(*sorted((names[number], names[parent]), key=len), acronyms)
                  for number in numbers}
        if any(shares.values()):
            for number, shared in shares.items():
                if not shared:
                    records[number]["parent"] = None
