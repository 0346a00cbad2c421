"""Who signs, who witnesses: the role of each person in a record's sentences."""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.assembly import cues
from extract.assembly.cues import signing_verb
from extract.candidates import Candidates, Organisation, Person
from extract.vocabulary import people, words_pattern


@lru_cache(maxsize=1)
def _role_cues() -> tuple[tuple[str, ...], regex.Pattern]:
    """The roles of patterns/people.yaml's cues, longest cue first, and one pattern holding each
    cue in the group of its index ("c0", "c1", ...): one pass over a sentence finds them all."""
    vocabulary = people()
    cues = [(role, cue) for role, listed in (("witness", vocabulary.witness_cues),
                                              ("witness-after-named", vocabulary.witness_cues_after_named),
                                              ("representative", vocabulary.representative_cues),
                                              ("represented", vocabulary.represented_cues),
                                              ("attendee", vocabulary.attendee_cues),
                                              ("visitor", vocabulary.visitor_cues),
                                              ("signer", vocabulary.signer_cues)) for cue in listed]
    cues.sort(key=lambda item: len(item[1]), reverse=True)
    alternatives = "|".join(f"(?P<c{index}>{words_pattern([cue])})" for index, (_, cue) in enumerate(cues))
    return tuple(role for role, _ in cues), regex.compile(rf"\b(?:{alternatives})\b", regex.IGNORECASE)


@lru_cache(maxsize=256)  # about one article's sentences: a per-article cache
def _cue_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """The cues of a sentence as (start, end, role): longer cues first, a cue starting inside one
    taken already is part of it. (At each position the pattern finds the longest cue there.)"""
    roles, pattern = _role_cues()
    found = sorted((int(match.lastgroup[1:]), match.start(), match.end())
                   for match in pattern.finditer(text, overlapped=True))
    spans: list[tuple[int, int, str]] = []
    for index, start, end in found:
        if not any(s <= start < e for s, e, _ in spans):
            spans.append((start, end, roles[index]))
    return tuple(sorted(spans))


@lru_cache(maxsize=1)
def _witness_after() -> regex.Pattern:
    """An active witness verb (patterns/people.yaml witness_after_cues) and what follows it."""
    return regex.compile(rf"\b(?:{words_pattern(people().witness_after_cues)})\b", regex.IGNORECASE)


# the most a sentence may hold between the last witness named and the verb ("juga", "turut", ")")
_WITNESS_VERB_GAP = 24


def _witnesses_before_verb(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of the people (`spans`, sentence offsets in order) named right before an active
    witness verb: "Presiden A dan Perdana Menteri B menyaksikan penandatanganan ...". The
    people of a run end at the verb; a run is the people joined by "dan" / "," / "serta" with
    nothing else between them. A verb that the same people also sign with ("menyaksikan
    sekaligus menandatangani") makes no witness."""
    found: set[int] = set()
    for verb in _witness_after().finditer(text):
        after = text[verb.end():verb.end() + 40]
        if signing_verb().search(after):
            continue
        before = [i for i, (_, end) in enumerate(spans) if end <= verb.start()]
        if not before or verb.start() - spans[before[-1]][1] > _WITNESS_VERB_GAP:
            continue
        run = [before[-1]]
        for i in reversed(before[:-1]):
            gap = text[spans[i][1]:spans[run[-1]][0]]
            if not _JOINER.fullmatch(gap):
                break
            run.append(i)
        found.update(run)
    return found


_JOINER = regex.compile(r"[\s,]*(?:\b(?:dan|serta)\b)?[\s,]*")


@lru_cache(maxsize=256)  # about one article's sentences: a per-article cache
def _signing_said(text: str) -> tuple[bool, bool]:
    """(someone signs in the sentence: a signing verb, or the noun followed by who signs
    with whom; the noun only as a time: "Usai penandatanganan, acara dilanjutkan dengan
    kuliah yang disampaikan oleh X", where no one signs). Asked only about the sentences
    a record reads, not about every sentence of the article on each call."""
    with_verb = bool(signing_verb().search(text) or cues.rule("signing_with").search(text))
    return with_verb, not with_verb and bool(cues.rule("signing_as_time").search(text))


# the role of one named after "diwakili (oleh)" that follows a body, in a sentence that says no
# one signs: a signer in a sentence after the record's own when his office names a party
FOR_A_BODY = "for-a-body:signer"


def detail_sentences(found: Candidates, sentence_ids: list[int], following: int) -> list[int]:
    """The mention sentences and, for details, the `following` content sentences after each,
    nearest first."""
    ordered = list(sentence_ids)
    for index in sentence_ids:
        for follower in found.following(found.sentence(index), following):
            if follower.index not in ordered:
                ordered.append(follower.index)
    return ordered


def roles(found: Candidates, sentence_ids: list[int], following: int,
          clauses: dict[int, tuple[int, int]] | None = None) -> list[tuple[Person, str]]:
    """(person, role) in a record's sentences. The role comes from the nearest cue before
    the person, or is signer when the sentence has a signing verb, or the noun
    "penandatanganan" followed by who signs with whom ("penandatanganan MoU bersama X"; the
    noun alone, as in "usai penandatanganan", is no signing). "diwakili" hands the role before it (signer or witness) to the
    one next person, who is then a representative of that role. Signers come only from
    the mention sentences, and the ones said to stand for a body (FOR_A_BODY) from the
    `following` sentences too; witnesses also from the `following` sentences after them
    ("Turut hadir menyaksikan ..."). Where a record owns only a clause of a sentence
    (`clauses`), only the people of that clause are read there."""
    result = []
    details = detail_sentences(found, sentence_ids, following)
    people_of: dict[int, list[Person]] = {index: [] for index in details}
    for person in found.people:  # grouped once: a record's sentences, not the article's, are read
        if person.sentence in people_of:
            people_of[person.sentence].append(person)
    for index in details:
        own = index in sentence_ids
        with_verb, only_time = _signing_said(found.sentence(index).text)
        span = (clauses or {}).get(index)
        for person, role in _sentence_roles(found, index, "signer" if with_verb else None, people_of[index]):
            if span is not None and not span[0] <= person.start < span[1] and not (role or "").endswith("witness"):
                continue  # the signers of another clause (a witness of the sentence witnesses all)
            if role == FOR_A_BODY and own:
                role = "signer"
            if role is not None and (own or role.endswith("witness") or role == FOR_A_BODY) \
                    and not (only_time and role.endswith("signer")):
                result.append((person, role))
    return result


# what may stand between a represented-cue and the one represented: "mewakili Bupati X", "atas nama, Bupati X"
_REPRESENTED_GAP = regex.compile(r"[\s,]*")


def _sentence_roles(found: Candidates, index: int, context: str | None,
                    people: list[Person]) -> list[tuple[Person, str | None]]:
    """Each person of a sentence (`people`), in order, with the role the cues before them give."""
    sentence = found.sentence(index)
    spans_of_cues = _cue_spans(sentence.text)
    cue_position = 0
    result = []
    ordered = sorted(people, key=lambda p: p.start)
    spans = [(p.extent[0] - sentence.start, p.extent[1] - sentence.start) for p in ordered]
    before_verb = _witnesses_before_verb(sentence.text, spans)
    for number, person in enumerate(ordered):
        first = spans[number][0]
        role, cued = context, False
        for start, end, cue_role in spans_of_cues:
            if cue_position <= start and end <= first:
                if cue_role == "representative" and number and cues.rule("represented_person_gap").search(
                        sentence.text[spans[number - 1][1]:start]):
                    role = f"representative:{context}"
                elif cue_role == "visitor":
                    if not (_REPRESENTED_GAP.fullmatch(sentence.text, end, first)
                            and (_heads_a_state(person) or _others_sign_after(sentence.text, spans_of_cues, end, first))):
                        continue  # "Dalam kunjungan ke Tokyo, Menteri A ...": no visitor named
                    role = "attendee"  # "di sela kunjungan kenegaraan Presiden X": the visitor, the role goes on after
                elif cue_role == "witness-after-named":
                    # "ditandatangani Bupati A dan Rektor B di hadapan Gubernur C"; opening the sentence ("Di
                    # hadapan para mahasiswa, Bupati A dan Rektor B menandatangani") it leaves the role as it was
                    if any(named_end <= start for _, named_end in spans[:number]):
                        context = role = "witness"
                elif cue_role == "represented" and _REPRESENTED_GAP.fullmatch(sentence.text, end, first):
                    # "Sekda Y mewakili Bupati X": X signs nothing, the role goes on after X
                    role = f"represented:{context}" if context else None
                elif cue_role in ("representative", "represented"):
                    # for a body named before the cue: replaces no one; with no signing said in
                    # the sentence, the ones named after it sign for a body ("Pemprov Jatim diwakili
                    # oleh Sekda X, sedangkan Pelindo diwakili oleh Dirut Y")
                    role = context or FOR_A_BODY
                    context = context or FOR_A_BODY
                else:
                    context = role = cue_role
                cue_position, cued = end, True
        if number in before_verb and not cued:
            role = "witness"
        result.append((person, role))
    return result


_VISITOR_GAP = regex.compile(r"\s*")


def _others_sign_after(text: str, spans_of_cues: tuple[tuple[int, int, str], ...], cue_end: int, first: int) -> bool:
    """"Kunjungan kerja Gubernur X ke Jember diisi dengan penandatanganan MoU antara Bupati A dan Rektor B":
    one named right after a visit (no comma between: the visit is his) whom a later signer cue of the
    sentence ("antara", "oleh") follows with the ones who sign is the visitor and signs nothing; without
    such a cue a governor or a minister on a visit may sign himself ("Dalam kunjungan kerja Gubernur X ke
    Seoul, Pemprov menandatangani ...")."""
    return bool(_VISITOR_GAP.fullmatch(text, cue_end, first)) \
        and any(role == "signer" and start > first for start, _, role in spans_of_cues)


@lru_cache(maxsize=1)
def _head_of_state_offices() -> regex.Pattern:
    """A position that opens with a head of state's or government's office (people.yaml
    head_of_state_offices; "Perdana Menteri" but not "Presiden Direktur")."""
    return regex.compile(rf"(?:{words_pattern(people().head_of_state_offices)})(?!\s+Direktur)\b", regex.IGNORECASE)


def _heads_a_state(person: Person) -> bool:
    """"Presiden Vietnam Vo Van Thuong", "Perdana Menteri Fumio Kishida": a head of state or government."""
    return person.position is not None and _head_of_state_offices().match(person.position) is not None


def event_witnesses(found: Candidates, sentence_ids: list[int]) -> list[Person]:
    """The people the cues of `sentence_ids` make witnesses (their representatives stand in
    for them, as in a record's own sentences)."""
    result: list[Person] = []
    for index in sentence_ids:
        people = [p for p in found.people if p.sentence == index]
        for person, role in _sentence_roles(found, index, None, people):
            if role is None or not role.endswith("witness") or role.startswith("represented:") or not person.name:
                continue
            if role.startswith("representative:") and result:
                result.pop()
            result.append(person)
    return result


def signer_bodies(found: Candidates, sentence_ids: list[int], following: int,
                  clauses: dict[int, tuple[int, int]] | None = None) -> list[Organisation]:
    """Bodies inside the positions of the people who sign (parties when the text names
    the signatories' offices rather than the bodies)."""
    signers = {(p.sentence, p.position_start) for p, role in roles(found, sentence_ids, following, clauses)
               if role.endswith("signer")}
    return [o for o in found.orgs if o.in_position and (o.sentence, o.position_start) in signers]
