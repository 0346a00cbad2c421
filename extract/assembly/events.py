"""One signing event, several agreements: what a sentence about the event as a whole says
(who witnessed it, where it took place) holds for every agreement signed there."""
from __future__ import annotations

from extract.assembly import cues
from extract.assembly.dates import signing_date_candidate
from extract.assembly.evidence import evidence
from extract.assembly.location import read_location
from extract.assembly.people import same_person
from extract.assembly.roles import event_witnesses
from extract.candidates import Candidates


def event_sentences(found: Candidates) -> list[int]:
    """Content sentences about the signing as a whole ("Penandatanganan MoU ini disaksikan
    oleh ...", "Acara penandatanganan tersebut berlangsung di ...")."""
    return [s.index for s in found.content_sentences() if cues.rule("event_sentence").search(s.text)]


def share_event_details(records: list[dict], found: Candidates, repeated: frozenset[int] = frozenset()) -> None:
    """Signed records take the witnesses and the venue of the event sentences they lack:
    a witness named there is added to each signed record that does not list them yet; a
    venue named there fills the records without one. Records still without a place take
    that of the first one signed the same day, except a repeated signing ("kerja sama yang
    sama juga dilakukan dengan Z", `repeated` holds their ids): the text gives it no place."""
    signed = [r for r in records if r["status"] == "signed"]
    sentences = event_sentences(found) if signed else []
    if sentences:
        _share_witnesses(signed, found, sentences)
        _share_venue(signed, found, sentences)
        _share_day(signed, found, sentences)
    if signed:
        _share_venue(signed, found, signing_captions(found))
    _share_first_place([r for r in signed if id(r) not in repeated])


def signing_captions(found: Candidates) -> list[int]:
    """Photo captions that show a signing ("Foto: Penandatanganan MoU di Gedung Sate, Bandung",
    "Foto: Bupati X dan Rektor Y menandatangani nota kesepahaman di Pendopo ..."): the venue they
    name is that of the signing, for records whose text names none."""
    return [s.index for s in found.sentences if s.excluded == "caption"
            and (cues.signing_verb().search(s.text) or cues.rule("signing_noun").search(s.text))]


def _share_first_place(signed: list[dict]) -> None:
    """The place of the first signed record with a venue, for the signed records of the same
    day that name no place themselves (only the dateline, or nothing): the agreements
    reported after the first one ("Pada kesempatan itu juga ditandatangani ...") were
    signed at the same event."""
    source = next((r for r in signed if (r.get("location") or {}).get("venue")), None)
    if source is None:
        return
    entries = [e for e in source["evidence"] if e["field"].startswith("location.")]
    for record in signed:
        own = record.get("location") or {}
        if record is source or own.get("venue") or record["date"] != source["date"]:
            continue
        if own.get("city") and not _dateline_city(record):
            continue
        record["location"] = dict(source["location"])
        record["evidence"] = [e for e in record["evidence"] if not e["field"].startswith("location.")] + [
            {**e, "note": "the place of the first agreement signed that day"} for e in entries]


def _dateline_city(record: dict) -> bool:
    return any(e["field"] == "location.city" and e["rule"] == "places:dateline" for e in record["evidence"])


def _share_day(signed: list[dict], found: Candidates, sentences: list[int]) -> None:
    """The day the event sentences give, for records dated only by month or year (or not at all)."""
    days = [d for d in found.dates if d.sentence in sentences and d.value and d.precision == "day"
            and d.kind != "range" and signing_date_candidate(d.start, found.text, d.end)]
    if not days:
        return
    day = days[0]
    for record in signed:
        if record["date"] and len(record["date"]) == 10:
            continue
        if record["date"] and not day.value.startswith(record["date"]):
            continue
        record["date"], record["date_text"] = day.value, day.text
        record["evidence"] = [e for e in record["evidence"] if e["field"] != "date"] + [
            evidence(found, "date", day.value, day.start, day.end, f"dates:{day.rule}", "the day of the signing event")]


def _share_venue(signed: list[dict], found: Candidates, sentences: list[int]) -> None:
    """The venue of the event sentences (or captions), and the city it names, for records without
    a venue; a city read only from the dateline gives way to it."""
    if not sentences:
        return
    location, entries = read_location(found, sentences, 0)
    if not location["venue"]:
        return
    from_text = [e for e in entries if e["rule"] != "places:dateline"]
    for record in signed:
        own = record.get("location") or {}
        if own.get("venue"):
            continue
        if own.get("city") and not _dateline_city(record):
            record["location"] = {**own, "venue": location["venue"]}
            record["evidence"] += [e for e in from_text if e["field"] == "location.venue"]
        else:
            record["location"] = dict(location)
            record["evidence"] = [e for e in record["evidence"] if not e["field"].startswith("location.")] + entries


def _share_witnesses(signed: list[dict], found: Candidates, sentences: list[int]) -> None:
    witnesses = event_witnesses(found, sentences)
    for record in signed:
        for person in witnesses:
            if any(same_person(w["name"], person.name) for w in record["witnesses"]):
                continue
            path = f"witnesses[{len(record['witnesses'])}]"
            record["witnesses"].append({"name": person.name, "titles": person.titles, "position": person.position})
            record["evidence"].append(evidence(found, f"{path}.name", person.name, person.start, person.end,
                                               f"{person.rule}:event_witness",
                                               "a witness of the signing event"))
            if person.position:
                record["evidence"].append(evidence(found, f"{path}.position", person.position,
                                                   person.position_start, person.position_end, "people:position"))
