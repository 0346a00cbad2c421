"""What the components find in an article and what assembly builds from it: typed values.

Components produce the candidates (a trigger, an organisation, a person, a place, a date
...) with character offsets into the article and the index of their sentence; assembly
reads them and groups them into mentions and drafts of records. This module imports only
the value types of the date and place finders, so every layer can use it and none has to
reach up for it.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

from extract.dates.mention import DateMention
from extract.places import PlaceMention
from extract.unicode import SourceText



@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    excluded: str | None = None
    relevant: bool = False
    headline: bool = False  # a title-case line: capitalisation says nothing about names there


@dataclass(slots=True)
class Trigger:
    """Agreement vocabulary: an instrument or cooperation word (a term) or a verb of signing,
    agreeing or establishing a cooperation (patterns/triggers.yaml)."""

    start: int
    end: int
    text: str
    sentence: int
    purpose: str  # instrument | cooperation | signing | signing_word | agreeing | establishing | representing
    type: str | None = None  # the record type an instrument implies (MoU | PKS | other)

    @property
    def is_instrument(self) -> bool:
        """Names an agreement document: starts a record on its own."""
        return self.purpose == "instrument"

    @property
    def is_cooperation(self) -> bool:
        """A cooperation word ("kerja sama"): needs a verb or a partner list to count."""
        return self.purpose == "cooperation"

    @property
    def kind(self) -> str:
        """"term" (instrument, cooperation word) or "verb"."""
        return "term" if self.purpose in ("instrument", "cooperation") else "verb"


@dataclass(slots=True)
class Organisation:
    """A named body; `in_position` when it is the body inside a person's position."""

    start: int
    end: int
    text: str  # as written, with a parenthesised acronym
    name: str  # without it
    acronym: str | None
    rule: str
    sentence: int = -1
    weak: bool = False  # an acronym nothing defines or knows
    in_position: bool = False
    position_start: int | None = None  # the position it is the body of


@dataclass(slots=True)
class Person:
    """A person with the position written next to the name ("Bupati Banyumas Achmad Husein")."""

    start: int  # the name
    end: int
    name: str
    titles: list[str]
    position: str | None = None
    position_start: int | None = None
    position_end: int | None = None
    body: str | None = None  # the body inside the position ("Dinas Pendidikan Kabupaten Klaten")
    sentence: int = -1
    rule: str = "people"  # "ner" when the model proposed the name
    titles_start: int | None = None  # the titles written before the name ("Brigjen TNI ...")

    @property
    def extent(self) -> tuple[int, int]:
        """Characters the person takes in the text: the titles before the name, the name and
        the position."""
        start = self.start if self.titles_start is None else min(self.start, self.titles_start)
        if self.position_start is None:
            return start, self.end
        return min(start, self.position_start), max(self.end, self.position_end or 0)


@dataclass(frozen=True, slots=True)
class Place(PlaceMention):
    """A place of the gazetteer named in a sentence (offsets into the article)."""

    sentence: int

    @classmethod
    def found(cls, mention: PlaceMention, offset: int, sentence: int) -> Place:
        """A place from a mention found in a sentence starting at `offset`."""
        return cls(mention.start + offset, mention.end + offset, mention.text, mention.city, mention.province,
                   mention.code, mention.level, mention.rule, sentence)


@dataclass(slots=True)
class Venue:
    start: int
    end: int
    text: str
    sentence: int


@dataclass(frozen=True, slots=True)
class DateCandidate(DateMention):
    """A date mention of a sentence (offsets into the article; see extract.dates.DateMention)."""

    sentence: int

    @classmethod
    def found(cls, mention: DateMention, offset: int, sentence: int) -> DateCandidate:
        return cls(mention.start + offset, mention.end + offset, mention.text, mention.value, mention.precision,
                   mention.kind, mention.weekday, mention.weekday_mismatch, mention.alternatives, mention.rule,
                   mention.note, sentence)


@dataclass(slots=True)
class Scope:
    start: int
    end: int
    text: str
    category: str | None
    sentence: int
    topic: bool = False  # a distant topic ("MoU dengan B tentang X"): the title, not a listed area
    listed: bool = False  # opened by a list cue or a list line, not by an instrument's topic link
    heading: bool = False  # opened by a near link of subject ("MoU tentang X"): the agreement's heading
    adding: bool = False  # listed as more than what came before ("juga mencakup"): it restates no title
    aim: bool = False  # a purpose stated after the signing ("bertujuan meningkatkan X"): only when no other area is named


@dataclass(slots=True)
class Reference:
    """A document number ("Nomor: 08/ORI-MOU/VII/2018")."""

    start: int
    end: int
    text: str
    sentence: int


@dataclass(slots=True)
class Entity:
    """A span the statistical NER proposes (PER, ORG, LOC)."""

    start: int
    end: int
    label: str
    text: str
    sentence: int


@dataclass(slots=True)
class Candidates:
    """Everything found in one article, by kind."""

    text: str = ""  # the article (doc.text is rebuilt from tokens on every access)
    source: SourceText | None = None  # the text as given, when invisible characters were dropped from it
    sentences: list[Sentence] = field(default_factory=list)
    dateline: PlaceMention | None = None
    triggers: list[Trigger] = field(default_factory=list)
    orgs: list[Organisation] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    caption_people: list[Person] = field(default_factory=list)  # named in photo captions, no content
    offices: list[tuple[int, int, int]] = field(default_factory=list)  # offices named without a holder
    dates: list[DateCandidate] = field(default_factory=list)
    published: date | None = None  # the publication date the caller gave (sepakat_dates sets it)
    places: list[Place] = field(default_factory=list)
    venues: list[Venue] = field(default_factory=list)
    scopes: list[Scope] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def relevant_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if s.relevant and not s.excluded]

    def content_sentences(self) -> list[Sentence]:
        """The sentences that are article content (not "Baca juga" lines, boilerplate)."""
        return [s for s in self.sentences if not s.excluded]

    def sentence(self, index: int) -> Sentence:
        return self.sentences[index]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding `offset` (sentences are in text order: a binary search, as it
        is asked once per mention and evidence item)."""
        position = bisect.bisect_right(self.sentences, offset, key=lambda sentence: sentence.start) - 1
        if position >= 0 and offset < self.sentences[position].end:
            return self.sentences[position]
        return None

    def following(self, sentence: Sentence, count: int) -> list[Sentence]:
        """The next `count` content sentences after `sentence` (read forward from it, not
        looked for in a list of the article's content each time)."""
        found: list[Sentence] = []
        for later in self.sentences[sentence.index + 1:]:
            if len(found) == count:
                break
            if not later.excluded:
                found.append(later)
        return found


@dataclass(slots=True)
class Mention:
    """A sentence's report of an agreement: its instrument or signing and the bodies it names."""

    sentence: Sentence
    start: int
    end: int
    type: str | None
    status: str | None  # signed | planned | referenced | None (just mentioned)
    anaphoric: bool  # "MoU tersebut": the agreement already named
    parties: list[Organisation]
    term: str
    cue: str | None = None  # the word that set the status ("akan", "tindak lanjut dari")
    clause: tuple[int, int] | None = None  # its own part of the sentence, when the sentence reports several
    coordinated: bool = False  # named with the instrument before it ("MoU dan PKS"): the same bodies
    joins_only: bool = False  # an everyday verb ("menyepakati"): adds to the record being read, starts none


@dataclass(slots=True)
class FixedDate:
    """A date decided by a special rule (a partner list's year, a predecessor's "tanggal")."""

    value: str | None
    text: str | None
    evidence: tuple[int, int, str] | None = None  # start, end, rule


@dataclass(slots=True)
class Draft:
    """A record being assembled: its mentions and the decisions made so far."""

    mentions: list[Mention] = field(default_factory=list)
    type: str | None = None
    status: str | None = None
    parties: list[Organisation] = field(default_factory=list)
    parent: int | None = None  # index of the draft this one implements
    ordinal: str | None = None  # "perjanjian kedua": the n-th agreement of the article
    enumerated: bool = False  # one of the agreements of one signing: signatories only by their party
    same_signing_as: int | None = None  # "kerja sama yang sama juga": no date or place of its own
    topic: tuple[int, int] | None = None  # one of instruments counted and listed by topic: its scopes lie here
    unnamed_partners: bool = False  # "dengan 12 perguruan tinggi": a group it never names, a record of its host alone
    fixed_date: FixedDate | None = None
    fixed_references: tuple[str, ...] | None = None  # a predecessor's own numbers
    not_numbers: set[str] = field(default_factory=set)  # numbers a predecessor took away

    @property
    def sentences(self) -> list[int]:
        return sorted({m.sentence.index for m in self.mentions})

    @property
    def clauses(self) -> dict[int, tuple[int, int]]:
        """The part of each of its sentences the draft owns, where a sentence reports several
        agreements in clauses of their own ("MoU tentang A yang ditandatangani X dan Y, MoU
        tentang B yang ditandatangani Z dan W")."""
        owned: dict[int, tuple[int, int]] = {}
        for mention in self.mentions:
            if mention.clause is None:
                continue
            start, end = owned.get(mention.sentence.index, mention.clause)
            owned[mention.sentence.index] = (min(start, mention.clause[0]), max(end, mention.clause[1]))
        return {index: span for index, span in owned.items()
                if all(m.clause is not None for m in self.mentions if m.sentence.index == index)}
