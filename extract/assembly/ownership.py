"""Which record a scope list or a reference number belongs to, when several share sentences,
and which of a record's scope items name an area of their own."""
from __future__ import annotations

import bisect
from functools import lru_cache

import regex

from extract.assembly.cues import implements
from extract.assembly.evidence import evidence
from extract.candidates import Candidates, Draft, Mention, Organisation, Scope
from extract.vocabulary import scopes as scope_vocabulary


class DraftIndex:
    """Where the article's drafts are mentioned, indexed once per article: every record asks
    which draft owns a reference or a scope list, and a walk over all drafts per question
    costs the square of the number of agreements (an article with many cost minutes)."""

    def __init__(self, drafts: list[Draft], found: Candidates) -> None:
        self.drafts = drafts
        by_sentence: dict[int, list[tuple[int, int]]] = {}
        for number, draft in enumerate(drafts):
            for mention in draft.mentions:
                # the first draft wins a tie: sorted last among equal starts
                by_sentence.setdefault(mention.sentence.index, []).append((mention.start, -number, mention))
        self._starts: dict[int, tuple[list[int], list[int], list[Mention]]] = {}
        for sentence, mentions in by_sentence.items():
            mentions.sort(key=lambda item: item[:2])
            self._starts[sentence] = ([start for start, _, _ in mentions], [-number for _, number, _ in mentions],
                                      [mention for _, _, mention in mentions])
        mentioned = sorted(by_sentence)
        self.areas: dict[int, list[tuple[int, int]]] = {}  # the scopes' spans by sentence
        for scope in found.scopes:
            self.areas.setdefault(scope.sentence, []).append((scope.start, scope.end))
        # the bodies that tell drafts apart: each one's parties but those all drafts share
        keys = [frozenset(_body_key(party) for party in draft.parties) for draft in drafts]
        shared = frozenset.intersection(*keys) if keys else frozenset()
        self._own_parties = {id(draft): own - shared for draft, own in zip(drafts, keys)}
        self._all_own = frozenset().union(*self._own_parties.values()) if drafts else frozenset()
        self._bodies: dict[int, list[tuple[int, str]]] = {}
        for org in found.orgs:
            if _body_key(org) in self._all_own:
                self._bodies.setdefault(org.sentence, []).append((org.start, _body_key(org)))
        # scope lists belong to the draft(s) mentioned last before them
        self._scopes_owned_by: dict[int, set[int]] = {}
        for scope_sentence in {s.sentence for s in found.scopes}:
            position = bisect.bisect_right(mentioned, scope_sentence) - 1
            if position >= 0:
                self._scopes_owned_by.setdefault(mentioned[position], set()).add(scope_sentence)

    def owner(self, offset: int, sentence: int) -> Draft | None:
        """The draft whose mention in this sentence comes last before the offset."""
        owner = self.owning_mention(offset, sentence)
        return owner[0] if owner else None

    def owning_mention(self, offset: int, sentence: int) -> tuple[Draft, Mention] | None:
        """(draft, mention) of the mention in this sentence that comes last before the offset."""
        starts, numbers, mentions = self._starts.get(sentence, ((), (), ()))
        position = bisect.bisect_right(starts, offset) - 1
        return (self.drafts[numbers[position]], mentions[position]) if position >= 0 else None

    def speaks_of_another_party(self, draft: Draft, scope: Scope) -> bool:
        """Lists that several drafts share, in a sentence that names before the list a party only
        other drafts have ("Kerja sama dengan Universitas A meliputi X", after a signing with A and
        B): the list is theirs."""
        first = min(start for start, _ in self.areas[scope.sentence])  # bodies inside the list are what it is about
        named = {name for start, name in self._bodies.get(scope.sentence, ()) if start < first}
        own = self._own_parties.get(id(draft), frozenset())
        return bool(named) and not named & own

    def names_an_agreement(self, sentence: int) -> bool:
        """Whether some draft is mentioned in the sentence."""
        return sentence in self._starts

    def scope_sentences(self, draft: Draft) -> set[int]:
        """Scope lists belong to the record(s) whose mention last precedes them; drafts of one
        enumerated signing share their mentions and so share the scopes. (The owners of a
        scope sentence are the drafts mentioned in the last sentence, up to it, that any
        draft mentions.)"""
        owned: set[int] = set()
        for sentence in {m.sentence.index for m in draft.mentions}:
            lists = self._scopes_owned_by.get(sentence, set())
            owned |= {sentence} & lists if self._named_beside_a_report(draft, sentence) else lists
        return {sentence for sentence in owned if not _names_the_parent(draft, sentence)}

    def _named_beside_a_report(self, draft: Draft, sentence: int) -> bool:
        """An agreement only referred to, in a sentence that also speaks of one signed or planned
        ("PKS tersebut merupakan tindak lanjut dari nota kesepahaman ... 2022"): the lists after
        the sentence describe the one reported, not the earlier one."""
        if draft.status != "referenced":
            return False
        _, numbers, _ = self._starts.get(sentence, ((), (), ()))
        return any(self.drafts[number] is not draft and self.drafts[number].status != "referenced"
                   for number in numbers)


def _body_key(body: Organisation) -> str:
    """A body as a party of a draft and as written in a sentence: its name, in lower case."""
    return body.name.lower()


def _names_the_parent(draft: Draft, sentence: int) -> bool:
    """The draft's only report in the sentence is of an agreement it implements ("tindak lanjut
    penandatanganan PKS A dengan B tentang X"): X is that agreement's area, not this one's."""
    here = [m for m in draft.mentions if m.sentence.index == sentence]
    return bool(here) and draft.status != "referenced" \
        and all(m.status == "referenced" and implements(m.cue) for m in here)


_AREA_WORD = regex.compile(r"[\w/-]+")


def distinct_areas(items: list[str], sentences: list[int] | None = None) -> list[int]:
    """Indices of the items of one record worth keeping: each area once, none whose words
    all stand in another item ("promosi wisata" beside "kerja sama promosi wisata"), and none
    that restates an earlier one in other words ("pengabdian melalui layanan kesehatan" after
    "pengabdian melalui pelayanan kesehatan terpadu", the lead and the body of one article); one
    list names different areas ("pengembangan sumber daya manusia, pengembangan sumber daya alam"),
    so an item restates only one of another sentence (`sentences`: each item's sentence)."""
    words = [_area_words(item) for item in items]
    where = sentences or list(range(len(items)))
    kept = [i for i, own in enumerate(words)
            if not any(own < other or (own == other and j < i) for j, other in enumerate(words) if j != i)]
    return [i for i in kept if not any(j < i and where[j] != where[i] and _restates(words[i], words[j]) for j in kept)]


def _restates(own: frozenset[str], other: frozenset[str]) -> bool:
    """Most words shared (Dice of the area words at least `restated_overlap`): one area."""
    return 2 * len(own & other) >= scope_vocabulary().restated_overlap * (len(own) + len(other))


@lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    connectors = scope_vocabulary().last_item_connectors
    return frozenset(word for connector in connectors for word in connector.lower().split())


def _cut_at(scope: Scope, end: int) -> Scope:
    """A scope read on past the next topic of a list of instruments ("tentang A dan tentang B")
    ends where that topic begins, without the connector before it."""
    if scope.end <= end:
        return scope
    words = scope.text[:end - scope.start].split()
    while words and (words[-1].strip(",;").lower() in _connectors() or not words[-1].strip(",;")):
        words.pop()
    text = " ".join(words).rstrip(",;")
    return Scope(scope.start, scope.start + len(text), text, scope.category, scope.sentence, scope.topic,
                 scope.listed, scope.heading, scope.adding, scope.aim)


def _restated(topic: Scope, scopes: list[Scope]) -> bool:
    """A distant topic ("MoU dengan B tentang X") is the agreement's title: it yields to the areas
    a cue lists (unless said to add to it: "juga mencakup"), and to a nearer statement of the same
    topic ("MoU tentang X"), but not to the
    topics of other instruments named beside it ("MoU tentang Y, dan MoU tentang Z")."""
    words = _area_words(topic.text)
    return any((other.listed and not other.adding) or (not other.topic and words & _area_words(other.text))
               for other in scopes)


def _listed_elsewhere(topic: Scope, scopes: list[Scope]) -> bool:
    """A near topic ("MoU tentang penguatan tridharma") is the agreement's heading: when another
    sentence lists its areas one by one ("kerja sama ini meliputi A, B, dan C"), the heading names
    them as a whole, or again, and is no area of its own. A purpose ("MoU untuk X") is not a heading,
    and a list said to add to it ("kerja sama ini juga mencakup ...") lists no parts of it."""
    return sum(other.listed and not other.adding and other.sentence != topic.sentence for other in scopes) >= 2


def _area_words(text: str) -> frozenset[str]:
    return frozenset(_AREA_WORD.findall(text.lower())) - _connectors()


def _mentioned_before(draft: Draft, scope: Scope, index: DraftIndex) -> bool:
    """In a sentence that reports several agreements, each with its topic ("MoU tentang X yang
    diteken A, MoU tentang Y yang diteken B"), an area belongs to the agreement named last before
    it; with no agreement named before it, to the sentence's owners."""
    owner = index.owning_mention(scope.start, scope.sentence)
    return owner is None or any(mention is owner[1] for mention in draft.mentions)


def _general_lists(found: Candidates, index: DraftIndex) -> list[Scope]:
    """Lists in sentences that name neither an agreement nor a body ("Sementara keempat kampus
    itu bekerja sama di bidang X"): they speak of the article's cooperation as a whole, and go
    only by position to the draft mentioned last before them. (A sentence that names a party,
    "A dan B akan saling mendukung dalam X", speaks of that party's agreement.)"""
    naming_a_body = {org.sentence for org in found.orgs}
    return [s for s in found.scopes if not index.names_an_agreement(s.sentence) and s.sentence not in naming_a_body]


def read_scopes(found: Candidates, draft: Draft, index: DraftIndex) -> tuple[list[dict], list[dict]]:
    """(scopes, evidence) of a draft; a draft that no list follows shares the article's general
    lists (agreements reported one after another, the areas said once for all of them), unless
    it is only referred to: an earlier agreement named in passing is not what the text describes."""
    own = index.scope_sentences(draft)
    if draft.topic is not None:  # "tiga MoU, yakni tentang A, tentang B, ...": its own topic only
        scopes = [_cut_at(s, draft.topic[1]) for s in found.scopes if draft.topic[0] <= s.start < draft.topic[1]]
    else:
        scopes = [s for s in found.scopes if s.sentence in own and _mentioned_before(draft, s, index)
                  and not index.speaks_of_another_party(draft, s)] \
            or (_general_lists(found, index) if draft.status != "referenced" else [])
    scopes = [s for s in scopes if not (s.topic and _restated(s, scopes))]
    scopes = [s for s in scopes if not (s.heading and _listed_elsewhere(s, scopes))]
    scopes = [s for s in scopes if not (s.aim and any(not other.aim for other in scopes))]  # an aim only alone
    scopes = [scopes[i] for i in distinct_areas([s.text for s in scopes], [s.sentence for s in scopes])]
    entries = [evidence(found, f"scopes[{number}]", scope.text, scope.start, scope.end, "scopes:list")
               for number, scope in enumerate(scopes)]
    return [{"text": s.text, "category": s.category} for s in scopes], entries


def _owns_number(draft: Draft, owner: tuple[Draft, Mention] | None) -> bool:
    """Whether a number written after the owning mention is the draft's: not when that mention
    names an existing agreement ("sebagai tindak lanjut dari Nota Kesepahaman ... No. X") that
    did not become a record of its own; the number is that agreement's, not the one signed."""
    if owner is None or owner[0] is not draft:
        return False
    return owner[1].status != "referenced" or draft.status == "referenced"


def read_references(found: Candidates, draft: Draft, index: DraftIndex) -> tuple[list[str], list[dict]]:
    """(reference numbers, evidence) of a draft: its own numbers, or those a rule fixed."""
    if draft.fixed_references is not None:
        references = [r for r in found.references if r.text in draft.fixed_references]
    else:
        references = [r for r in found.references if _owns_number(draft, index.owning_mention(r.start, r.sentence))
                      and r.text not in draft.not_numbers]
    entries = [evidence(found, f"reference_numbers[{number}]", reference.text, reference.start, reference.end,
                        "references:nomor") for number, reference in enumerate(references)]
    return list(dict.fromkeys(r.text for r in references)), entries
