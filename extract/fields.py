"""Filling one record's fields from the candidates in its sentences, with evidence."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from extract.candidates import Candidates, DateCandidate, Draft, Person
from extract.document import Document
from extract.patterns import load_yaml
from extract.places import lookup_place
from extract.resolve import evidence, merge_parties, party_fields, party_of
from extract.schema import Record

_TITLE = regex.compile(r"\btentang\s+(.{5,160}?)(?=\s*(?:,|;|\.\s|\.$|\s+Nomor\b|\s+yang\b|\s+antara\b|$))")
_FOLLOWING_FOR_DETAILS = 2


@lru_cache(maxsize=1)
def _role_cues() -> list[tuple[str, regex.Pattern]]:
    people = load_yaml("people.yaml")
    cues = []
    for role, key in (("witness", "witness_cues"), ("representative", "representative_cues"),
                      ("attendee", "attendee_cues"), ("signer", "signer_cues")):
        for cue in people[key]:
            cues.append((role, cue))
    cues.sort(key=lambda item: len(item[1]), reverse=True)
    return [(role, regex.compile(rf"\b{regex.escape(cue)}\b", regex.IGNORECASE)) for role, cue in cues]


@lru_cache(maxsize=256)  # about one article's sentences: a per-article cache
def _cue_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    spans: list[tuple[int, int, str]] = []
    for role, pattern in _role_cues():
        for match in pattern.finditer(text):
            if not any(s <= match.start() < e for s, e, _ in spans):
                spans.append((match.start(), match.end(), role))
    return tuple(sorted(spans))


_SIGNING_VERB = regex.compile(r"\b(?:menandatangani|ditandatangani|meneken|menteken|diteken|teken|bertanda\s*tangan)\b",
                              regex.IGNORECASE)


def _roles(found: Candidates, sentence_ids: list[int], text: str) -> list[tuple[Person, str]]:
    """(person, role) in a record's sentences. The role comes from the nearest cue before
    the person, or is signer when the sentence has a signing verb (not just the noun
    "penandatanganan"). "diwakili" hands the role before it (signer or witness) to the
    one next person, who is then a representative of that role. Signers come only from
    the mention sentences; witnesses also from the sentences right after them ("Turut
    hadir menyaksikan ...")."""
    verbs = {s.index for s in found.sentences if _SIGNING_VERB.search(s.text)}
    result = []
    for index in _detail_sentences(found, sentence_ids):
        sentence = next(s for s in found.sentences if s.index == index)
        cues = _cue_spans(sentence.text)
        own = index in sentence_ids
        context = "signer" if index in verbs else None
        cue_position = 0
        people = sorted((p for p in found.people if p.sentence == index), key=lambda p: p.start)
        for person in people:
            first = person.extent[0] - sentence.start
            role = context
            for start, end, cue_role in cues:
                if cue_position <= start and end <= first:
                    if cue_role == "representative":
                        role = f"representative:{context}"
                    else:
                        context = role = cue_role
                    cue_position = end
            if role is None or (not own and not role.endswith("witness")):
                continue
            result.append((person, role))
    return result


def _same_person(known: str, mention: str) -> bool:
    """"Achmad Husein" then "Husein": a later mention by part of the name is the same person."""
    known_words, mention_words = set(known.lower().split()), set(mention.lower().split())
    return mention_words <= known_words or known_words <= mention_words


def signer_bodies(found: Candidates, sentence_ids: list[int]) -> list:
    """Bodies inside the positions of the people who sign (parties when the text names
    the signatories' offices rather than the bodies)."""
    signers = {(p.sentence, p.position_start) for p, role in _roles(found, sentence_ids, "")
               if role.endswith("signer")}
    return [o for o in found.orgs if o.in_position and (o.sentence, o.position_start) in signers]


def _people(found, sentence_ids, parties, acronyms, text, fields, evidences):
    signatories, witnesses = [], []
    for person, role in _roles(found, sentence_ids, text):
        if role.endswith("attendee") or not person.name:
            continue
        entry = {"name": person.name, "titles": person.titles, "position": person.position}
        if role.startswith("representative:") and role.endswith("witness") and witnesses:
            witnesses.pop()
            evidences[:] = [e for e in evidences if not e["field"].startswith(f"witnesses[{len(witnesses)}]")]
        if role.endswith("witness"):
            if any(_same_person(w["name"], person.name) for w in witnesses):
                continue
            witnesses.append(entry)
            path = f"witnesses[{len(witnesses) - 1}]"
        else:
            if role.startswith("representative:") and signatories:
                signatories.pop()
                evidences[:] = [e for e in evidences if not e["field"].startswith(f"signatories[{len(signatories)}]")]
            if any(_same_person(s["name"], person.name) for s in signatories):
                continue
            entry["party"] = party_of(person, parties, acronyms)
            signatories.append(entry)
            path = f"signatories[{len(signatories) - 1}]"
        evidences.append(evidence(found, text, f"{path}.name", person.name, person.start,
                                  person.end, f"{person.rule}:{role}"))
        if person.position:
            evidences.append(evidence(found, text, f"{path}.position", person.position,
                                      person.position_start, person.position_end, "people:position"))
    fields["signatories"], fields["witnesses"] = signatories, witnesses


def _keep_own_signatories(fields: dict, evidences: list[dict]) -> None:
    """One signing, many agreements: a signatory belongs to a record only through the body
    his position names."""
    kept = [i for i, s in enumerate(fields["signatories"]) if s["party"] is not None]
    renumber = {f"signatories[{old}]": f"signatories[{new}]" for new, old in enumerate(kept)}
    fields["signatories"] = [fields["signatories"][i] for i in kept]
    updated = []
    for entry in evidences:
        path = entry["field"]
        if path.startswith("signatories["):
            prefix = path.split(".")[0]
            if prefix not in renumber:
                continue
            entry = {**entry, "field": renumber[prefix] + path[len(prefix):]}
        updated.append(entry)
    evidences[:] = updated


def _detail_sentences(found: Candidates, sentence_ids: list[int]) -> list[int]:
    """The mention sentences and, for details, the next ones in the same paragraph, nearest first."""
    ordered = list(sentence_ids)
    content = [s for s in found.sentences if not s.excluded]
    for index in sentence_ids:
        position = next(i for i, s in enumerate(content) if s.index == index)
        for follower in content[position + 1:position + 1 + _FOLLOWING_FOR_DETAILS]:
            if follower.index not in ordered:
                ordered.append(follower.index)
    return ordered


@lru_cache(maxsize=1)
def _date_filters() -> tuple[regex.Pattern, regex.Pattern]:
    data = load_yaml("dates.yaml")
    periods = "|".join(regex.escape(w) for w in data["not_signing_year_words"])
    verbs = "|".join(regex.escape(w) for w in data["speech_verbs"])
    return (regex.compile(rf"\b(?:{periods})\s*$", regex.IGNORECASE),
            regex.compile(rf"\b(?:{verbs})\b[^.]{{0,40}}$", regex.IGNORECASE))


def signing_date_candidate(start: int, text: str) -> bool:
    """Whether a date starting at `start` in `text` can date a signing: not a fiscal/school
    year, not the date of a quoted statement."""
    period, speech = _date_filters()
    before = text[max(0, start - 50):start]
    words = regex.sub(r"\s*(?:tahun|thn)\s*$", "", before, flags=regex.IGNORECASE)
    return not period.search(words) and not speech.search(before)


def _date_value(mention: DateCandidate) -> str:
    """A range of days is dated by its month ("1-3 September 2024" -> 2024-09)."""
    if mention.kind == "range" and mention.precision == "day":
        return mention.value[:7]
    return mention.value


def _date(found, sentence_ids, draft_start, text, evidences) -> tuple[str | None, str | None]:
    """Day precision anywhere in the mention sentences and the next ones (nearest first),
    then month, then year: "MoU 2025-2028 ... ditandatangani Sabtu (6/12/2025)"."""
    dateline_end = (found.dateline.end + 40) if found.dateline else -1
    detail = _detail_sentences(found, sentence_ids)
    options = [d for d in found.dates if d.sentence in detail and d.value
               and d.start > dateline_end and d.rule != "law_year"
               and not any(r.start <= d.start < r.end for r in found.references)
               and signing_date_candidate(d.start, text)]
    if not options:
        return None, None
    rank = {"day": 0, "month": 1, "year": 2}
    best = min(options, key=lambda d: (rank.get(d.precision, 3), detail.index(d.sentence),
                                       abs(d.start - draft_start)))
    note = best.note
    if best.weekday_mismatch:
        note = (note or "") + " written weekday contradicts the date"
    value = _date_value(best)
    evidences.append(evidence(found, text, "date", value, best.start, best.end, f"dates:{best.rule}", note))
    return value, best.text


def _location(found, sentence_ids, text, evidences) -> dict:
    location = {"venue": None, "city": None, "province": None, "code": None}
    detail = _detail_sentences(found, sentence_ids)
    venue = next((v for i in detail for v in found.venues if v.sentence == i), None)
    place = None
    if venue:
        location["venue"] = venue.text
        evidences.append(evidence(found, text, "location.venue", venue.text, venue.start, venue.end,
                                  "places:venue"))
        place = next((p for p in found.places if venue.start <= p.start < venue.end and p.city), None)
    if place is None:
        for index in detail:
            sentence = next(s for s in found.sentences if s.index == index)
            for candidate in (p for p in found.places if p.sentence == index and p.city):
                before = sentence.text[:candidate.start - sentence.start].rstrip().lower()
                if before.endswith((" di", " bertempat di", " berlangsung di")):
                    place = candidate
                    break
            if place:
                break
    if place is not None:
        rule = "places:venue_city" if venue and venue.start <= place.start < venue.end else "places:di_city"
        location.update(city=place.city, province=place.province, code=place.code)
        evidences.append(evidence(found, text, "location.city", place.city, place.start, place.end, rule))
    elif found.dateline and found.dateline.city:
        dateline = found.dateline
        location.update(city=dateline.city, province=dateline.province, code=dateline.code)
        evidences.append(evidence(found, text, "location.city", dateline.city, dateline.start,
                                  dateline.end, "places:dateline"))
    if location["city"] and not location["province"]:
        match = lookup_place(location["city"])
        if match:
            location["province"] = match.province
    return location


def _article_type(found: Candidates) -> str:
    types = Counter(t.type for t in found.triggers if t.strength == "strong" and t.type)
    if not types:
        return "MoU"
    top = max(types.values())
    return "MoU" if types.get("MoU") == top else types.most_common(1)[0][0]


def build_record(draft: Draft, drafts: list[Draft], found: Candidates, document: Document) -> dict | None:
    text = document.text
    acronyms = found.acronyms
    parties = merge_parties(draft.parties, acronyms)
    if len(parties) < 2:
        return None
    evidences: list[dict] = []
    record_type = draft.type or _article_type(found)
    status = draft.status or "signed"
    first = draft.mentions[0]
    evidences.append(evidence(found, text, "type", record_type, first.start, first.end, f"triggers:{first.term}"))
    fields: dict = {"doc_id": document.id, "type": record_type, "status": status}
    party_list = []
    for index, party in enumerate(parties):
        party_list.append(party_fields(party))
        mention = party["mentions"][0]
        evidences.append(evidence(found, text, f"parties[{index}]", party["name"], mention.start,
                                  mention.end, f"organisations:{mention.rule}"))
    fields["parties"] = party_list
    sentence_ids = draft.sentences
    if status in {"signed", "planned"}:
        _people(found, sentence_ids, parties, acronyms, text, fields, evidences)
        if draft.enumerated:
            _keep_own_signatories(fields, evidences)
    fixed = draft.fixed_date
    if fixed is not None:
        fields["date"], fields["date_text"] = fixed.value, fixed.text
        if fixed.evidence:
            start, end, rule = fixed.evidence
            evidences.append(evidence(found, text, "date", fixed.value, start, end, rule))
    elif draft.same_signing_as is not None:
        fields["date"] = fields["date_text"] = None
    else:
        fields["date"], fields["date_text"] = _date(found, sentence_ids, first.start, text, evidences)
    fields["location"] = _location(found, sentence_ids, text, evidences) if status == "signed" \
        and draft.same_signing_as is None and fixed is None else {}
    scopes = [s for s in found.scopes if s.sentence in _scope_sentences(draft, drafts, found)]
    fields["scopes"] = [{"text": s.text, "category": s.category} for s in scopes]
    for index, scope in enumerate(scopes):
        evidences.append(evidence(found, text, f"scopes[{index}]", scope.text, scope.start, scope.end,
                                  "scopes:list"))
    if draft.fixed_references is not None:
        references = [r for r in found.references if r.text in draft.fixed_references]
    else:
        references = [r for r in found.references if _owner(r.start, r.sentence, drafts) is draft
                      and r.text not in draft.not_numbers]
    fields["reference_numbers"] = list(dict.fromkeys(r.text for r in references))
    for index, reference in enumerate(references):
        evidences.append(evidence(found, text, f"reference_numbers[{index}]", reference.text,
                                  reference.start, reference.end, "references:nomor"))
    title = _TITLE.search(text, first.start, first.sentence.end)
    fields["title"] = title.group(1).strip() if title else None
    fields["confidence"] = _confidence(fields, draft)
    fields["evidence"] = evidences
    return Record.model_validate(fields).model_dump()


def _owner(offset: int, sentence: int, drafts):
    """The draft whose mention in this sentence comes last before the offset."""
    owner, best = None, -1
    for draft in drafts:
        for mention in draft.mentions:
            if mention.sentence.index == sentence and best < mention.start <= offset:
                owner, best = draft, mention.start
    return owner


def _scope_sentences(draft, drafts, found: Candidates) -> set[int]:
    """Scope lists belong to the record(s) whose mention last precedes them; drafts of one
    enumerated signing share their mentions and so share the scopes."""
    own = set()
    for scope_sentence in {s.sentence for s in found.scopes}:
        latest = {i: max((m.sentence.index for m in d.mentions if m.sentence.index <= scope_sentence), default=-1)
                  for i, d in enumerate(drafts)}
        best = max(latest.values(), default=-1)
        if best >= 0 and any(d is draft and latest[i] == best for i, d in enumerate(drafts)):
            own.add(scope_sentence)
    return own


def _confidence(fields: dict, draft) -> float:
    score = 0.45
    score += 0.15 if len(fields["parties"]) >= 2 else 0.0
    score += 0.1 if draft.type else 0.0
    score += 0.1 if fields.get("date") else 0.0
    score += 0.1 if fields.get("signatories") else 0.0
    score += 0.05 if draft.status else 0.0
    return round(min(score, 0.95), 2)
