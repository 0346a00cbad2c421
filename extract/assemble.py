"""Turns the candidates found on a Doc into agreement records.

An agreement is reported through mentions: sentences with an instrument (MoU, PKS...) or a
signing. A mention either starts a record (a new set of parties, a referenced parent, a
"kerja sama yang sama juga" with another body, a list of past partners) or adds to the
record the text is talking about (an anaphor: "MoU tersebut", "kedua pihak"). Fields then
come from the sentences of each record's mentions, nearest first.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.candidates import Candidates, Draft, FixedDate, Mention, Organisation, Sentence, Trigger
from extract.document import Document
from extract.organisations import not_a_party
from extract.vocabulary import trigger_lexicon
from extract.enumerations import split_enumerations
from extract.fields import build_record, signer_bodies
from extract.predecessors import predecessor_records
from extract.partners import partner_list_records, partner_list_sentences
from extract.resolve import merge_parties, same_party

_ANAPHOR = regex.compile(r"^\s*(?:tersebut|ini|itu|dimaksud)\b", regex.IGNORECASE)
_SAME_AGAIN = regex.compile(r"\b(?:yang\s+sama|serupa)\b.{0,40}\bjuga\b|\bjuga\b.{0,30}\b(?:yang\s+sama|serupa)\b"
                            r"|\b(?:kerja\s*sama|mou|nota\s+\w+)\s+(?:yang\s+)?(?:sama|serupa)\b",
                            regex.IGNORECASE)
_BESIDES = regex.compile(r"\bSelain\b", regex.IGNORECASE)
_ORDINAL = regex.compile(r"\b(?:perjanjian|kerja\s*sama|kesepakatan|mou|pks|nota\s+\w+|naskah)\s+(?:yang\s+)?"
                         r"(pertama|kedua|ketiga|keempat|kelima)\b(?!\s+(?:belah|pihak|instansi|lembaga|institusi|"
                         r"pemerintah|daerah|kampus|negara))", regex.IGNORECASE)


@lru_cache(maxsize=2)
def _cue_pattern(kind: str) -> regex.Pattern:
    """One alternation per cue list, longest cue first."""
    cues = sorted(trigger_lexicon()[kind], key=len, reverse=True)
    return regex.compile(r"\b(?:" + "|".join(regex.escape(c) for c in cues) + r")\b", regex.IGNORECASE)


def _cue_before(text: str, kind: str, window: int) -> str | None:
    match = _cue_pattern(kind).search(text[-window:])
    return match.group().lower() if match else None


_HAVING = regex.compile(r"\b(?:telah|sudah|pernah)\s+(?:ber)?$", regex.IGNORECASE)


def _status(sentence: Sentence, start: int, has_verb: bool) -> tuple[str | None, str | None]:
    before = sentence.text[:start - sentence.start]
    if _HAVING.search(before):
        # "perusahaan yang telah MoU dengan ...": the instrument used as a verb of having
        return "referenced", "telah"
    referenced = _cue_before(before, "referenced", 45)
    if referenced:
        return "referenced", referenced
    planned = _cue_before(sentence.text, "planned", 400)
    if planned and has_verb:
        return "planned", planned
    if has_verb:
        return "signed", None
    if planned:
        return "planned", planned
    return None, None


def _mentions(found: Candidates, skip: set[int]) -> list[Mention]:
    by_sentence: dict[int, list[Trigger]] = {}
    for trigger in (t for t in found.triggers if t.sentence not in skip):
        by_sentence.setdefault(trigger.sentence, []).append(trigger)
    sentences = {s.index: s for s in found.sentences}
    orgs_by_sentence: dict[int, list[Organisation]] = {}
    for org in found.orgs:
        orgs_by_sentence.setdefault(org.sentence, []).append(org)
    mentions: list[Mention] = []
    # a signing verb alone ("menandatangani maklumat pelayanan") makes a record only in an
    # article that names an agreement somewhere
    names_agreement = any(t.kind != "verb" for t in found.triggers)
    for index, triggers in sorted(by_sentence.items()):
        sentence = sentences[index]
        has_verb = any(t.kind == "verb" for t in triggers)
        strong = [t for t in triggers if t.strength == "strong"]
        weak = [t for t in triggers if t.strength == "weak"]
        orgs = [o for o in orgs_by_sentence.get(index, []) if not o.in_position
                and (not o.weak or len(strong) > 0)
                and not any(v.start <= o.start < v.end for v in found.venues)]
        if strong and len(orgs) < 2:
            orgs = sorted(orgs + _model_orgs(found, sentence, orgs), key=lambda o: o.start)
        if not strong and not (weak and (has_verb or _SAME_AGAIN.search(sentence.text))) and not has_verb:
            continue
        if not strong and not weak and not names_agreement:
            continue
        terms = strong or (weak[:1] if weak else [t for t in triggers if t.kind == "verb"][:1])
        seen_types: set = set()
        for term in terms:
            if term.type in seen_types and term.type is not None:
                continue
            seen_types.add(term.type)
            status, cue = _status(sentence, term.start, has_verb)
            after = sentence.text[term.end - sentence.start:]
            anaphoric = bool(_ANAPHOR.match(after)) or (status is None and not orgs)
            mentions.append(Mention(sentence, term.start, term.end, term.type, status,
                                    anaphoric, _orgs_for_term(orgs, term, strong, sentence), term.text, cue))
    return mentions


_BETWEEN = regex.compile(r"\bantara\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _agreement_vocabulary() -> regex.Pattern:
    """Agreement terms and signing verbs: an entity containing one is a misread, not a body."""
    lexicon = trigger_lexicon()
    words = sorted(list(lexicon["terms"]) + lexicon["verbs"], key=len, reverse=True)
    return regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in words) + r")\b", regex.IGNORECASE)


def _model_orgs(found: Candidates, sentence: Sentence, rule_orgs: list[Organisation]) -> list[Organisation]:
    """ORG entities the NER model proposes where the rules found fewer than two bodies; the
    rules keep priority: nothing that overlaps a rule body, a person, a position, a venue
    or a place is taken."""
    taken = [(o.start, o.end) for o in found.orgs if o.sentence == sentence.index]
    taken += [p.extent for p in found.people if p.sentence == sentence.index]
    taken += [(v.start, v.end) for v in [*found.venues, *found.places] if v.sentence == sentence.index]
    proposed = []
    if sentence.headline:
        return proposed
    vocabulary = _agreement_vocabulary()
    for entity in found.entities:
        if entity.sentence != sentence.index or entity.label != "ORG":
            continue
        if any(start < entity.end and entity.start < end for start, end in taken):
            continue
        words = entity.text.split()
        org = Organisation(entity.start, entity.end, entity.text, entity.text, None, "ner", sentence.index)
        if vocabulary.search(entity.text) or (len(words) < 2 and entity.text not in found.acronyms) \
                or not_a_party(found, sentence, org):
            continue
        proposed.append(org)
    return proposed


def _orgs_for_term(orgs: list[Organisation], term: Trigger, strong: list[Trigger],
                   sentence: Sentence) -> list[Organisation]:
    """With instruments of two types in one sentence, each takes the bodies up to the next;
    "<instrument> antara X dan Y" names exactly the bodies after "antara"."""
    others = [t for t in strong if t.type != term.type]
    later = [t.start for t in others if t.start > term.start]
    limit = min(later) if later else None
    earlier = [t.start for t in others if t.start < term.start]
    own = [o for o in orgs if (limit is None or o.start < limit)
           and (not earlier or o.start > term.start)]
    between = _BETWEEN.search(sentence.text, term.end - sentence.start)
    if between and (limit is None or sentence.start + between.start() < limit):
        after = [o for o in own if o.start > sentence.start + between.start()]
        if len(after) >= 2:
            return after
    return own


def _new_parties(draft: Draft, mention: Mention, acronyms: dict[str, str]) -> list[Organisation]:
    return [o for o in mention.parties
            if not any(same_party(p.name, o.name, acronyms) for p in draft.parties)]


def _cluster(mentions: list[Mention], found: Candidates) -> list[Draft]:
    acronyms = found.acronyms
    drafts: list[Draft] = []
    current: Draft | None = None
    for mention in mentions:
        if mention.status == "referenced" and mention.parties and current is not None \
                and mention.type and mention.type != current.type:
            parent = Draft([mention], mention.type, "referenced", list(mention.parties))
            drafts.append(parent)
            if regex.search(r"implementasi|tindak lanjut|turunan|berdasarkan|mengacu|merujuk|dasar",
                            mention.cue or ""):
                current.parent = len(drafts) - 1
            continue
        if current is not None and _SAME_AGAIN.search(mention.sentence.text) and _new_parties(current, mention, acronyms):
            besides = _BESIDES.search(mention.sentence.text)
            kept = [o for o in mention.parties if not (besides and besides.start() <= o.start - mention.sentence.start
                                                          < besides.start() + 60
                                                          and any(same_party(p.name, o.name, acronyms)
                                                                  for p in current.parties))]
            status = "planned" if mention.status == "planned" else current.status
            draft = Draft([mention], current.type, status, kept)
            draft.same_signing_as = drafts.index(current)
            drafts.append(draft)
            continue
        ordinal = _ORDINAL.search(mention.sentence.text)
        if ordinal and current is not None and current.ordinal != ordinal.group(1).lower():
            if current.ordinal is None and not drafts[:-1] and len(current.mentions) <= 2 \
                    and ordinal.group(1).lower() == "pertama":
                current.ordinal = "pertama"
                current.mentions.append(mention)
                continue
            current = Draft([mention], mention.type or current.type, mention.status or current.status,
                            list(mention.parties), ordinal=ordinal.group(1).lower())
            drafts.append(current)
            continue
        new = _new_parties(current, mention, acronyms) if current else mention.parties
        starts_record = current is None or (
            len(current.parties) >= 2 and len(new) >= 2 and not mention.anaphoric
        ) or (mention.status in {"signed", "planned"} and mention.type and current.type
              and mention.type != current.type and not mention.anaphoric and len(new) >= 1
              and current.status != mention.status)
        if starts_record and (mention.parties or current is None):
            current = Draft([mention], mention.type, mention.status, list(mention.parties))
            if mention.status == "signed" and len(merge_parties(current.parties, acronyms)) < 2:
                # "ditandatangani Kepala X ... dan Kepala Y": the offices name the parties;
                # else the lead sentence does ("X menggandeng Y ...")
                current.parties += signer_bodies(found, [mention.sentence.index]) + _lead_orgs(found)
            drafts.append(current)
            continue
        current.mentions.append(mention)
        if len(merge_parties(current.parties, acronyms)) < 2:
            current.parties.extend(new)
        current.type = current.type or mention.type
        if mention.status == "signed" and current.status in {None, "planned"} and not mention.anaphoric:
            current.status = "signed"
        current.status = current.status or mention.status
    return drafts


def _lead_orgs(found: Candidates) -> list[Organisation]:
    """Bodies in the article's first content sentences (headline and lead)."""
    content = [s.index for s in found.sentences if not s.excluded][:3]
    return [o for o in found.orgs if o.sentence in content and not o.weak and not o.in_position]


def _share_event_date(records: list[tuple[Draft, dict]], found: Candidates, document: Document) -> None:
    """Signings reported together ("dua perjanjian sekaligus", "kerja sama yang sama juga")
    share the event's date when the text gives only one."""
    dated = next((r for d, r in records if r["status"] == "signed" and r["date"]), None)
    if dated is None:
        return
    source = next(e for e in dated["evidence"] if e["field"] == "date")
    for draft, record in records:
        if record["status"] == "signed" and record["date"] is None:
            record["date"], record["date_text"] = dated["date"], dated["date_text"]
            record["evidence"].append({**source, "rule": "dates:same_event",
                                       "note": "the signing reported with the dated agreement"})


def records_for_doc(found: Candidates, document: Document) -> list[dict]:
    lists = partner_list_sentences(found)
    drafts = _cluster(_mentions(found, set(lists)), found)
    drafts = split_enumerations(found, drafts)
    for draft in drafts:
        if draft.status == "signed" and len(merge_parties(draft.parties, found.acronyms)) < 2:
            draft.parties += signer_bodies(found, draft.sentences)
    drafts += partner_list_records(found, lists)
    drafts += predecessor_records(found, drafts)
    records = []
    for draft in drafts:
        record = build_record(draft, drafts, found, document)
        if record is not None:
            records.append((draft, record))
    _share_event_date(records, found, document)
    index_of = {id(draft): i for i, (draft, _) in enumerate(records)}
    output = []
    for draft, record in records:
        if draft.parent is not None and id(drafts[draft.parent]) in index_of:
            record["parent"] = index_of[id(drafts[draft.parent])]
        output.append(record)
    return output
