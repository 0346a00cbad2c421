"""Clustering mentions into drafts of records.

A mention either starts a record (a referenced parent, a "kerja sama yang sama juga" with
another body, the n-th agreement of the article, a new set of parties) or adds to the
record the text is talking about (an anaphor: "MoU tersebut", "kedua pihak"). Each rule
is a method that says whether it took the mention; the first that does decides.
"""
from __future__ import annotations

import regex

from extract.assembly import cues
from extract.assembly.enumerations import counted_agreements
from extract.assembly.parties import merge_parties, new_bodies, same_party
from extract.assembly.roles import signer_bodies
from extract.candidates import Candidates, Draft, Mention, Organisation
from extract.options import Windows

BESIDES_WINDOW = 60  # characters after "Selain" whose bodies are the ones signed with before


def cluster(mentions: list[Mention], found: Candidates, windows: Windows) -> list[Draft]:
    return _Clustering(found, windows).run(mentions)


class _Clustering:
    def __init__(self, found: Candidates, windows: Windows) -> None:
        self.found = found
        self.windows = windows
        self.acronyms = found.acronyms
        self.drafts: list[Draft] = []
        self.current: Draft | None = None
        self.counting: Draft | None = None  # the record of a sentence that counts the instruments signed

    def run(self, mentions: list[Mention]) -> list[Draft]:
        rules = (self._referenced_parent, self._same_again, self._besides_instrument, self._counted_part,
                 self._ordinal, self._new_signers, self._other_drafts_body, self._new_record,
                 self._signed_after_existing)
        for mention in mentions:
            if mention.joins_only:
                if self.current is not None:
                    self._join(mention)
                continue
            if self._signed_for_another_draft(mention):
                continue
            if not any(rule(mention) for rule in rules):
                self._join(mention)
        self._link_follow_ups()
        return self.drafts

    def _signed_for_another_draft(self, mention: Mention) -> bool:
        """"Selain dengan Universitas A, Pemkot juga meneken MoU dengan Politeknik B. MoU tersebut
        ditandatangani Direktur Politeknik B ...": an agreement named again whose signers hold
        offices of a body only another record of the event has (one signed again with another
        body) speaks of that record; the record read stays the current one."""
        current = self.current
        if current is None or not mention.anaphoric or not any(d.same_signing_as is not None for d in self.drafts):
            return False
        offices = [o for o in signer_bodies(self.found, [mention.sentence.index], 0)
                   if not any(same_party(p.name, o.name, self.acronyms, loose=True) for p in current.parties)]
        if not offices:
            return False
        owners = [d for d in self.drafts if d is not current and d.same_signing_as is not None
                  and all(any(same_party(p.name, o.name, self.acronyms, loose=True) for p in d.parties)
                          for o in offices)]
        if len(owners) != 1:
            return False
        owners[0].mentions.append(mention)
        return True

    def _counted_part(self, mention: Mention) -> bool:
        """"Indonesia dan Jepang menandatangani tiga nota kesepahaman ... MoU di bidang energi
        ditandatangani Menteri ESDM A dan Menteri Ekonomi Jepang B. MoU di bidang pertanian diteken
        ...": after the sentence that counts the instruments signed, a later sentence naming one of
        them, not named again, signed by the offices of two bodies the count's record lacks,
        reports that instrument: a record of its own between those bodies (the count's record
        stays: the text reports the signing of them all)."""
        counting = self.counting
        if counting is None or mention.status != "signed" or mention.anaphoric or mention.parties \
                or mention.type is None or counting.type not in {None, mention.type} \
                or mention.sentence.index == counting.mentions[0].sentence.index:
            return False
        offices = [party.mentions[0] for party in
                   merge_parties(signer_bodies(self.found, [mention.sentence.index], 0), self.acronyms)]
        if len(offices) != 2 or len(new_bodies(counting.parties, offices, self.acronyms)) != 2:
            return False
        self._start(Draft([mention], mention.type, "signed", offices))
        return True

    def _link_follow_ups(self) -> None:
        """"Sebagai tindak lanjut MoU tersebut, A dan B menandatangani PKS", "Nota kesepahaman
        itu kemudian ditindaklanjuti dengan PKS antara A dan B": a record of another type opened
        in the sentence that names the agreement already read again, with a cue of implementing
        it, implements that agreement, whoever its parties are (units of the MoU's bodies)."""
        named_again: dict[int, list[tuple[Mention, Draft]]] = {}
        for draft in self.drafts:
            for mention in draft.mentions:
                if mention.anaphoric and mention.type is not None:
                    named_again.setdefault(mention.sentence.index, []).append((mention, draft))
        for number, draft in enumerate(self.drafts):
            opening = draft.mentions[0]
            if opening.type is None or opening.anaphoric:
                continue
            if draft.parent is None and opening.type != "MoU" and cues.rule("derived").search(opening.term):
                # "Dinas A dan PLN UID B meneken perjanjian turunan": derived from the MoU before it
                earlier = [index for index, d in enumerate(self.drafts[:number])
                           if d.type == "MoU" and d.status in {"signed", "referenced"}]
                draft.parent = earlier[-1] if earlier else None
            for mention, holder in named_again.get(opening.sentence.index, []):
                if mention.type == opening.type or not _follows_up(mention, opening):
                    continue
                if holder is draft:
                    # "A dan B meneken PKS sebagai turunan dari MoU itu": named after the new
                    # one, it joined it; it names the agreement of its type the text reported last
                    earlier = [d for d in self.drafts if d is not draft and d.type == mention.type
                               and d.mentions[0].start < mention.start]
                    if not earlier:
                        continue
                    holder = max(earlier, key=lambda d: d.mentions[0].start)
                    draft.mentions.remove(mention)
                    holder.mentions.append(mention)
                if draft.parent is None:
                    draft.parent = self.drafts.index(holder)
                if self.drafts[draft.parent] is holder:
                    _part_sentence(mention, opening)
                break

    def _follow_up_by_offices(self, mention: Mention) -> bool:
        """"Nota kesepahaman tersebut dijabarkan dalam PKS yang diteken Kepala Dinas X dan Dekan
        Y": an instrument of another type that follows up the agreement named again in its
        sentence is a record of its own, between its signers' bodies, or else between the
        parties of the agreement it implements; not one still planned."""
        current = self.current
        if mention.status not in {"signed", None} or mention.type is None or current.type in {None, mention.type} \
                or not any(m.sentence.index == mention.sentence.index and m.anaphoric and m.type == current.type
                           and _follows_up(m, mention) for m in current.mentions):
            return False
        offices = signer_bodies(self.found, [mention.sentence.index], 0)
        parties = offices if len(merge_parties(offices, self.acronyms)) >= 2 else list(current.parties)
        self._start(Draft([mention], mention.type, mention.status, parties, parent=self.drafts.index(current)))
        return True

    def _referenced_parent(self, mention: Mention) -> bool:
        """An existing agreement of another type named with its parties ("tindak lanjut dari
        MoU antara X dan Y") is a record of its own, and the parent of the current one when
        the cue says the current one implements it. So is one of the same type that the
        current one implements, between two bodies of which it lacks one or both ("PKS ini
        merupakan tindak lanjut PKS antara Kementerian A dengan Asosiasi B")."""
        current = self.current
        if not (mention.status == "referenced" and current is not None):
            return False
        if not mention.type:
            # "... menyinggung kesepakatan dengan Pemkot Palu yang diteken tahun lalu": an everyday
            # word naming an existing agreement with another body is no part of the current one
            return bool(mention.parties) and self._earlier_with_another(mention) and self._add_existing(mention)
        if not mention.parties:
            return self._unnamed_parent(mention)
        if mention.type == current.type and not (
                cues.implements(mention.cue) and len(merge_parties(mention.parties, self.acronyms)) >= 2
                and new_bodies(current.parties, mention.parties, self.acronyms)) \
                and not self._earlier_with_another(mention):
            return False
        parties = list(mention.parties)
        if cues.implements(mention.cue) and len(merge_parties(parties, self.acronyms)) < 2:
            # "perjanjian turunan dari nota kesepahaman dengan PT PLN": the body it names signed
            # it with the implementing record's own
            parties = [*new_bodies(parties, current.parties, self.acronyms), *parties]
        self.drafts.append(Draft([mention], mention.type, "referenced", parties))
        if cues.implements(mention.cue):
            current.parent = len(self.drafts) - 1
        return True

    def _add_existing(self, mention: Mention) -> bool:
        """A referenced record of the mention's own bodies; True, the mention is taken."""
        self.drafts.append(Draft([mention], mention.type, "referenced", list(mention.parties)))
        return True

    def _unnamed_parent(self, mention: Mention) -> bool:
        """"Kerja sama ini merupakan tindak lanjut dari nota kesepahaman yang ditandatangani pada
        2021": the agreement of another type the current one implements, named without bodies and
        not reported before in the article, is between the current one's parties; its sentence
        (and the date it gives) is the parent's, not the current record's. So is the one before
        the current one ("MoU sebelumnya yang ditandatangani pada 2018 telah berakhir"), which
        it does not implement."""
        current = self.current
        if mention.anaphoric or len(merge_parties(current.parties, self.acronyms)) < 2:
            return False
        # "MoU sebelumnya ...", the one a renewal replaces ("MoU ini menggantikan MoU tahun 2019"), or
        # one signed in a year that ran out ("Nota kesepahaman yang diteken pada 2019 berakhir bulan ini")
        after = mention.sentence.text[mention.end - mention.sentence.start:]
        earlier = cues.rule("earlier_one").match(after) \
            or (mention.cue is not None and cues.rule("replacing").fullmatch(mention.cue)) \
            or cues.rule("signed_in_a_year").match(after)
        if earlier and not any(d.status == "referenced" and d.type == mention.type for d in self.drafts):
            self.drafts.append(Draft([mention], mention.type, "referenced", list(current.parties)))
            return True
        # "tindak lanjut dari nota kesepahaman antara Kapolri dan Jaksa Agung": its own parties,
        # named in words the sentence's bodies do not hold
        between = cues.rule("between").match(mention.sentence.text[mention.end - mention.sentence.start:].lstrip())
        if not cues.implements(mention.cue) or mention.type == current.type or between \
                or any(d.type == mention.type for d in self.drafts):
            return False
        self.drafts.append(Draft([mention], mention.type, "referenced", list(current.parties)))
        current.parent = len(self.drafts) - 1
        return True

    def _earlier_with_another(self, mention: Mention) -> bool:
        """"Sebelumnya, Bank B telah menandatangani MoU dengan Universitas U pada 2021" after the
        signing of B's MoU with another body: an agreement that exists already, with a body the
        one signed now does not have, is another agreement."""
        current = self.current
        return current.status == "signed" and not cues.implements(mention.cue) \
            and len(merge_parties(current.parties, self.acronyms)) >= 2 \
            and bool(new_bodies(current.parties, mention.parties, self.acronyms))

    def _same_again(self, mention: Mention) -> bool:
        """"... juga menandatangani kerja sama yang sama dengan Z": the same agreement with
        other bodies, signed at the same event; the bodies "Selain" names are the earlier ones.
        An instrument of another type is another agreement ("Pada kesempatan yang sama juga
        ditandatangani perjanjian kerja sama antara ..." after an MoU)."""
        current = self.current
        if current is None or not new_bodies(current.parties, mention.parties, self.acronyms) \
                or (mention.type is not None and current.type is not None and mention.type != current.type):
            return False
        besides = cues.rule("besides").search(mention.sentence.text)
        named_besides = [o for o in mention.parties if besides and self._named_besides(besides, mention, o)]
        # "Selain dengan Universitas A, Pemkot juga meneken MoU dengan Politeknik B" ("... juga menjalin
        # kerja sama dengan Politeknik B melalui penandatanganan MoU"): besides a body of the current
        # record, others sign too (not "Selain A, B juga hadir dalam penandatanganan MoU itu")
        also = cues.rule("also").search(mention.sentence.text, besides.end()) if named_besides else None
        besides_one = also is not None and not mention.anaphoric \
            and cues.binding_verb().search(mention.sentence.text, also.end()) is not None
        if not (besides_one or cues.rule("same_again").search(mention.sentence.text)
                or self._also_signs_with_another(mention)):
            return False
        kept = [o for o in mention.parties if o not in named_besides]
        if len(merge_parties(kept, self.acronyms)) < 2 and not cues.rule("speaker_self").search(mention.sentence.text):
            # "MoU serupa juga ditandatangani dengan PT B": with the current record's first party;
            # not when a speaker says who ("Kami juga menjajaki kerja sama serupa dengan Z," ujar Rektor)
            kept = [*new_bodies(kept, current.parties[:1], self.acronyms), *kept]
        # "Sebelumnya, X juga telah menjalin kerja sama serupa dengan Z", "Kerja sama serupa
        # sebelumnya juga dilakukan dengan Z": an earlier agreement like this one, neither signed
        # now nor at this event, wherever the sentence says it exists already
        status = mention.status if mention.status in {"planned", "referenced"} else current.status
        existing = cues.status_cue("referenced", mention.sentence.text, len(mention.sentence.text))
        if status != "planned" and existing and not cues.implements(existing):
            status = "referenced"
        same_signing = None if status == "referenced" else self.drafts.index(current)
        for parties in self._each_with_the_host(mention, kept):
            self.drafts.append(Draft([mention], mention.type or current.type, status, parties,
                                     same_signing_as=same_signing))
        return True

    def _each_with_the_host(self, mention: Mention, kept: list[Organisation]) -> list[list[Organisation]]:
        """"MoU serupa juga ditandatangani dengan Universitas A dan Universitas B": bodies the
        current record lacks, all named after "dengan" with no body signing before them, each sign
        their own with its first party; otherwise the bodies kept make one agreement."""
        current = self.current
        merged = merge_parties(kept, self.acronyms)
        if len(merged) < 2 or len(new_bodies(current.parties, kept, self.acronyms)) != len(kept):
            return [kept]
        first = min(kept, key=lambda o: o.start)
        before = self.found.text[mention.sentence.start:first.start]
        if not cues.rule("with_partner").search(before):
            return [kept]
        host = current.parties[0]
        return [[host, party.mentions[0]] for party in merged]

    def _also_signs_with_another(self, mention: Mention) -> bool:
        """"Selain itu, Pemkot A juga meneken nota kesepahaman dengan Universitas C" after its MoU
        with Universitas B: a party of the current record signs one more of its type, with one body
        the record lacks ("juga" right before the signing verb)."""
        current = self.current
        text = mention.sentence.text
        also = cues.rule("also").search(text)
        if also is None or mention.anaphoric or mention.status != "signed" \
                or not cues.signing_verb().match(text, also.end() + 1) \
                or len(merge_parties(current.parties, self.acronyms)) < 2:
            return False
        new = new_bodies(current.parties, mention.parties, self.acronyms)
        return len(merge_parties(new, self.acronyms)) == 1 and len(new) < len(mention.parties)

    def _besides_instrument(self, mention: Mention) -> bool:
        """"Selain MoU, kedua pihak juga meneken PKS tentang ...": an instrument of another type
        signed or planned beside the current record's, named right after "Selain" in the same
        sentence, is another agreement, between the bodies it names or else the current
        record's; the sentence is cut between the two instruments."""
        current = self.current
        if current is None or mention.anaphoric or mention.type is None or current.type in {None, mention.type} \
                or mention.status not in {"signed", "planned"}:
            return False
        besides = cues.rule("besides").search(mention.sentence.text)
        if besides is None:
            return False
        start = mention.sentence.start + besides.end()
        named = next((m for m in current.mentions if m.sentence.index == mention.sentence.index
                      and m.type == current.type and start <= m.start < min(start + BESIDES_WINDOW, mention.start)),
                     None)
        if named is None:
            return False
        parties = list(mention.parties)
        if len(merge_parties(parties, self.acronyms)) < 2:
            parties = list(current.parties) + new_bodies(current.parties, parties, self.acronyms)
        # a PKS signed beside the MoU implements it, also between units of its bodies ("Selain MoU,
        # juga ditandatangani PKS antara Dinas A Kota X dan Fakultas B Universitas Y")
        parent = self.drafts.index(current) if (current.type, mention.type) == ("MoU", "PKS") else None
        self._start(Draft([mention], mention.type, mention.status, parties, parent=parent))
        _part_sentence(named, mention)
        return True

    def _named_besides(self, besides: regex.Match, mention: Mention, org: Organisation) -> bool:
        """Whether `org` is a body of the current record named in the "Selain ..." phrase, which
        ends at its comma ("Selain dengan Universitas A, Pemkot juga ...")."""
        offset = org.start - mention.sentence.start
        comma = mention.sentence.text.find(",", besides.end())
        end = besides.start() + BESIDES_WINDOW if comma < 0 else min(comma, besides.start() + BESIDES_WINDOW)
        return besides.start() <= offset < end and any(
            same_party(p.name, org.name, self.acronyms) for p in self.current.parties)

    def _ordinal(self, mention: Mention) -> bool:
        """"perjanjian kedua": the n-th agreement of the article starts a record; "pertama"
        names the first one when it is still the only one, unless its record has since counted
        others ("Tiga MoU lainnya juga ditandatangani. Pertama, MoU tentang ...")."""
        ordinal = cues.rule("ordinal").search(mention.sentence.text)
        current = self.current
        if not ordinal or current is None or current.ordinal == ordinal.group(1).lower():
            return False
        word = ordinal.group(1).lower()
        first = cues.words("ordinals")[0]
        if current.ordinal is None and not self.drafts[:-1] and len(current.mentions) <= 2 and word == first \
                and not any(cues.rule("other_instruments").search(m.sentence.text) for m in current.mentions):
            current.ordinal = word
            self._join(mention)
            return True
        # short of two bodies of its own, the n-th agreement is between them and the offices of
        # its signers, or ("PKS kedua dengan PT B") between the first party of the one before and
        # its one new body, or ("PKS kedua ... ditandatangani oleh kedua pihak") the parties of the one before
        parties = list(mention.parties)
        if len(merge_parties(parties, self.acronyms)) < 2:
            offices = signer_bodies(self.found, [mention.sentence.index], 0)
            parties += new_bodies(parties, offices, self.acronyms)
            if len(merge_parties(parties, self.acronyms)) == 1 and current.parties \
                    and new_bodies(current.parties, parties, self.acronyms):
                parties = [current.parties[0], *parties]
            parties = parties if len(merge_parties(parties, self.acronyms)) >= 2 else list(current.parties)
        self._start(Draft([mention], mention.type or current.type, mention.status or current.status,
                          parties, ordinal=word))
        return True

    def _new_signers(self, mention: Mention) -> bool:
        """A further signing ("Lalu dilanjutkan penandatanganan MoU bersama Kapolres X serta
        Dandim Y") that names no body but whose signers hold offices of bodies the current
        record does not have is another agreement, with the record's first party unless the
        offices are said to sign between themselves."""
        current = self.current
        text = mention.sentence.text
        if current is None or mention.status != "signed" or mention.parties \
                or len(merge_parties(current.parties, self.acronyms)) < 2 \
                or not cues.rule("another_signing").search(text) or cues.rule("signing_as_time").search(text):
            return False
        offices = signer_bodies(self.found, [mention.sentence.index], 0)
        new = [o for o in offices if not any(same_party(p.name, o.name, self.acronyms, loose=True)
                                             for p in current.parties)]
        if not new:
            return False
        # "... bersama Kapolres X serta Dandim Y": with the record's first party; "... antara
        # Kapolres X dan Dandim Y": between the offices alone
        between = cues.rule("between").search(text)
        alone = between and len(merge_parties(new, self.acronyms)) >= 2 \
            and mention.sentence.start + between.start() < min(o.start for o in new)
        parties = new if alone else [current.parties[0], *new]
        self._start(Draft([mention], mention.type or current.type, "signed", parties))
        return True

    def _other_drafts_body(self, mention: Mention) -> bool:
        """"Nota kesepahaman dengan Bank B ditandatangani ..." after the agreement with B was
        reported beside another: a mention naming only a body that is the own partner of one
        earlier agreement of its type, and none of the current one, speaks of that agreement."""
        current = self.current
        if current is None or mention.anaphoric or mention.clause is not None \
                or len(merge_parties(mention.parties, self.acronyms)) != 1 \
                or not new_bodies(current.parties, mention.parties, self.acronyms):
            return False
        named = mention.parties[0]
        owners = [d for d in self.drafts if d is not current and mention.type in {None, d.type}
                  and any(same_party(p.name, named.name, self.acronyms) for p in d.parties[1:])
                  and not same_party(d.parties[0].name, named.name, self.acronyms)]
        if len(owners) != 1:
            return False
        self.current = owners[0]
        self._join(mention)
        return True

    def _new_record(self, mention: Mention) -> bool:
        """A mention starts a record when it names two new bodies (and the current record
        has its two), or a signing or plan of another instrument type with a new body."""
        current = self.current
        if current is None:
            self._start_with_parties(mention)
            return True
        if mention.clause is not None and not mention.anaphoric:
            # one of several agreements a sentence reports in clauses of their own
            subject = self._clause_subject(mention)
            if subject is not None:
                self._start(Draft([mention], mention.type, mention.status, [subject, *mention.parties]))
            else:
                self._start_with_parties(mention)
            return True
        if mention.anaphoric:
            return False
        if not mention.parties:
            return self._signed_under_its_parent(mention) or self._follow_up_by_offices(mention) \
                or self._planned_next(mention)
        new = new_bodies(current.parties, mention.parties, self.acronyms)
        further = cues.rule("another_signing").search(mention.sentence.text) \
            and not cues.rule("signing_as_time").search(mention.sentence.text)
        # "... juga dilaksanakan penandatanganan PKS antara A dan B": another type between two
        # bodies it names, one of them new
        between_own = len(new) >= 1 and len(merge_parties(mention.parties, self.acronyms)) >= 2 \
            and cues.rule("between").search(mention.sentence.text, mention.end - mention.sentence.start)
        other_instrument = (mention.status in {"signed", "planned"} and mention.type and current.type
                            and mention.type != current.type
                            and ((len(new) >= 1 and current.status != mention.status) or further
                                 or mention.coordinated or between_own))
        # "... juga akan menandatangani MoU dengan Z": a signing still to come, with a body the
        # signed record lacks, is another agreement
        planned_other = mention.status == "planned" and current.status == "signed" and len(new) >= 1 \
            and len(merge_parties(mention.parties, self.acronyms)) >= 2 \
            and cues.signing_verb().search(mention.sentence.text) is not None
        # "Sebelumnya Pemkot Malang menandatangani MoU dengan Politeknik X" after its MoU with
        # Universitas Y: an earlier agreement between its own two bodies, one of them new
        own_pair = mention.status == "referenced" and current.status != "referenced" \
            and len(merge_parties(current.parties, self.acronyms)) >= 2 and len(new) >= 1 \
            and len(merge_parties(mention.parties, self.acronyms)) >= 2 \
            and not any(same_party(p.name, o.name, self.acronyms, loose=True) for p in current.parties for o in new)
        if (len(current.parties) >= 2 and len(new) >= 2) or other_instrument or planned_other or own_pair:
            if (earlier := self._earlier_between(mention)) is not None:
                self.current = earlier  # a caption naming the MoU between its bodies after the PKS under it
                self._join(mention)
                return True
            self._start_with_parties(mention)
            return True
        return False

    def _clause_subject(self, mention: Mention) -> Organisation | None:
        """"Pemkab A menandatangani MoU dengan B dan PKS dengan C": a later clause naming one body
        signs it with the body the sentence opens with, the first party of the clause before it."""
        current = self.current
        previous = current.mentions[-1]
        if previous.sentence.index != mention.sentence.index or previous.clause is None \
                or len(merge_parties(mention.parties, self.acronyms)) != 1 or not current.parties:
            return None
        subject = current.parties[0]
        if subject.sentence != mention.sentence.index or subject.start >= previous.start \
                or not new_bodies(mention.parties, [subject], self.acronyms):
            return None
        return subject

    def _signed_after_existing(self, mention: Mention) -> bool:
        """"UNS dan Pemkot Surakarta telah menandatangani MoU pada 2022. Kini kedua pihak
        menindaklanjutinya dengan penandatanganan PKS ...", "PKS antara A dan B yang diteken tiga
        tahun lalu kini diperpanjang. Perpanjangan PKS ditandatangani ...": a signing after an
        agreement said to exist, of another type, of a cooperation named without one, or a renewal
        (patterns/assembly.yaml renewal), is a new agreement between the same parties; the existing
        one is its parent when the sentence says it follows it up."""
        current = self.current
        if current is None or current.status != "referenced" or mention.status != "signed":
            return False
        renewal = cues.rule("renewal").search(mention.sentence.text) is not None
        other_type = mention.type is not None and mention.type != current.type
        if not (renewal or (other_type and not mention.anaphoric)):
            return False
        follows = other_type and current.type is not None \
            and cues.rule("follows_up").search(mention.sentence.text) is not None
        parent = self.drafts.index(current) if follows else None
        parties = list(current.parties) + new_bodies(current.parties, mention.parties, self.acronyms)
        self._start(Draft([mention], mention.type or current.type, "signed", parties, parent=parent))
        return True

    def _earlier_between(self, mention: Mention) -> Draft | None:
        """The earlier record of the mention's type (and status, when it says one) between exactly
        the mention's two bodies, or None: naming it again is no new agreement."""
        named = merge_parties(mention.parties, self.acronyms)
        if len(named) != 2 or mention.type is None:
            return None
        for draft in self.drafts:
            if draft is not self.current and draft.type == mention.type and mention.status in {None, draft.status} \
                    and len(merge_parties(draft.parties, self.acronyms)) == 2 \
                    and not new_bodies(draft.parties, mention.parties, self.acronyms):
                return draft
        return None

    def _signed_under_its_parent(self, mention: Mention) -> bool:
        """"Sebagai tindak lanjut MoU yang diteken pada 2021, A dan B menandatangani PKS": the
        bodies went to the instrument the sentence opens with, an earlier one; the signed
        instrument of another type is the record between them, and the opening one its parent
        when the cue says the signing implements it."""
        current = self.current
        if mention.status != "signed" or mention.type is None or current.status != "referenced" \
                or current.type in {None, mention.type} \
                or current.mentions[-1].sentence.index != mention.sentence.index \
                or len(merge_parties(current.parties, self.acronyms)) < 2:
            return False
        parent = self.drafts.index(current) if cues.implements(current.mentions[0].cue) else None
        self._start(Draft([mention], mention.type, "signed", list(current.parties), parent=parent))
        return True

    def _planned_next(self, mention: Mention) -> bool:
        """An instrument planned after a signed one, naming no bodies, is the next agreement
        between the same parties when it is an MoU or PKS after a letter of intent (or another
        preliminary instrument: "LOI ini segera ditindaklanjuti menjadi MoU"), or one of the
        same type with a topic of its own ("Presiden mendorong agar MoU mengenai X segera
        diselesaikan")."""
        current = self.current
        if mention.status != "planned" or current.status != "signed" or mention.type is None:
            return False
        after = mention.sentence.text[mention.end - mention.sentence.start:]
        if not ((current.type == "other" and mention.type in {"MoU", "PKS"})
                or (mention.type == current.type and cues.rule("own_topic").match(after))):
            return False
        self._start(Draft([mention], mention.type, "planned", list(current.parties)))
        return True

    def _start_with_parties(self, mention: Mention) -> None:
        draft = Draft([mention], mention.type, mention.status, list(mention.parties))
        self._fill_parties(draft, mention)
        self._start(draft)

    def _fill_parties(self, draft: Draft, mention: Mention) -> None:
        """The parties a draft of fewer than two takes from the signers' offices, the lead or the
        speaker, when `mention` reports its signing or plan."""
        # a signing the sentence dates back ("sudah ditandatangani sejak 2019") names its signers too
        signing = mention.status == "signed" or cues.rule("signed_since").search(mention.sentence.text)
        if signing and len(merge_parties(draft.parties, self.acronyms)) < 2:
            # "ditandatangani Kepala X ... dan Kepala Y": the offices name the parties;
            # else the lead sentence does ("X menggandeng Y ...")
            draft.parties += signer_bodies(self.found, [mention.sentence.index], self.windows.detail_sentences,
                                           draft.clauses)
            # the lead only for a named instrument: an everyday "kesepakatan itu diteken" has
            # its bodies in its own sentence or none
            lead = self._lead_bodies() if mention.type is not None else []
            if len(merge_parties(draft.parties, self.acronyms)) >= 2:
                # the lead may name the offices' bodies in full ("Kantor Wilayah ..."), no more bodies
                lead = [o for o in lead if any(same_party(p.name, o.name, self.acronyms, loose=True)
                                               for p in draft.parties)]
            draft.parties += lead
        elif mention.status == "planned" and len(merge_parties(draft.parties, self.acronyms)) < 2:
            # "Bupati Sragen X berencana menandatangani MoU dengan UNS": the office of who will
            # sign names the other party; not when the body that will sign stands between them
            # ("Bupati Sidoarjo X mengatakan ITS akan menandatangani MoU")
            offices = signer_bodies(self.found, [mention.sentence.index], 0, draft.clauses)
            draft.parties += [o for o in offices if not any(o.end <= p.start < mention.start for p in draft.parties)]
        if len(merge_parties(draft.parties, self.acronyms)) < 2:
            draft.parties += self._speaker_body(mention, draft.parties)

    def _speaker_body(self, mention: Mention, parties: list[Organisation]) -> list[Organisation]:
        """"Bupati Sidoarjo X mengatakan pihaknya akan meneken MoU dengan ITS": the body of the
        first office named in a sentence where the speaker speaks for it, when it is no party yet."""
        if not cues.rule("speaker_self").search(mention.sentence.text):
            return []
        offices = [o for o in self.found.orgs if o.sentence == mention.sentence.index and o.in_position
                   and not o.weak and not any(same_party(p.name, o.name, self.acronyms, loose=True) for p in parties)]
        return offices[:1]

    def _start(self, draft: Draft) -> None:
        self.drafts.append(draft)
        self.current = draft
        if self.counting is None and draft.status == "signed" \
                and counted_agreements().search(draft.mentions[0].sentence.text):
            self.counting = draft

    def _lead_bodies(self) -> list[Organisation]:
        """Bodies in the article's first content sentences (headline and lead), up to the
        sentence by which two have been named: the lead says who signs with whom, and what
        follows describes them ("X adalah unit pelaksana teknis di bawah Y, Kementerian Z").
        A body that facilitates ("Ditjen X memfasilitasi kemitraan A dengan B") is no party."""
        bodies: list[Organisation] = []
        for index in [s.index for s in self.found.content_sentences()][:self.windows.lead_sentences]:
            if len(merge_parties(bodies, self.acronyms)) >= 2:
                break
            sentence = self.found.sentence(index)
            facilitating = cues.rule("facilitating").search(sentence.text)
            after = sentence.start + facilitating.end() if facilitating else sentence.start
            bodies += [o for o in self.found.orgs if o.sentence == index and not o.weak and not o.in_position
                       and o.start >= after]
        return bodies

    def _join(self, mention: Mention) -> None:
        """The mention adds to the current record: its bodies while the record has fewer than
        two parties, its type when the record has none, and "signed" when it reports the signing."""
        current = self.current
        new = new_bodies(current.parties, mention.parties, self.acronyms)
        current.mentions.append(mention)
        if len(merge_parties(current.parties, self.acronyms)) < 2:
            current.parties.extend(new)
        current.type = current.type or mention.type
        if mention.status == "signed" and current.status in {None, "planned"} and not mention.anaphoric:
            current.status = "signed"
            # "UTH Perpanjang MoU dengan Kyoto University" over "... Menandatangani MoU dengan Kyoto
            # University": the sentence that reports the signing fills the parties as it would have
            # started with them
            if len(merge_parties(current.parties, self.acronyms)) < 2:
                self._fill_parties(current, mention)
        elif self._headline_signing_was_a_plan(mention):
            current.status = "planned"
        current.status = current.status or mention.status

    def _headline_signing_was_a_plan(self, mention: Mention) -> bool:
        """"X-Y Sepakat MoU" over "X dan Y sepakat ... yang akan dituangkan dalam MoU": a headline
        is terse; when only the headline reports a signing and the text says the agreement is
        planned, it is planned."""
        current = self.current
        return mention.status == "planned" and current.status == "signed" and not mention.anaphoric \
            and not mention.sentence.headline and mention.type == current.type \
            and all(m.sentence.headline for m in current.mentions[:-1] if m.status == "signed")


def _follows_up(named_again: Mention, mention: Mention) -> bool:
    """Whether the instrument `mention` implements the one `named_again` in its sentence: a cue
    of implementing before that one ("Sebagai tindak lanjut MoU tersebut, ... PKS"), or a verb
    of following up between them ("MoU itu kemudian ditindaklanjuti dengan PKS")."""
    if cues.implements(named_again.cue):
        return True
    start = named_again.sentence.start
    return named_again.end <= mention.start and cues.rule("followed_up_by").search(
        named_again.sentence.text[named_again.end - start:mention.start - start]) is not None


def _part_sentence(named_again: Mention, opening: Mention) -> None:
    """The sentence of a follow-up is cut between its two instruments: the signers and topic
    written with the new one are its own, not the agreement's named again beside it."""
    if named_again.clause is not None or opening.clause is not None:
        return
    sentence = opening.sentence
    first, second = sorted((named_again, opening), key=lambda m: m.start)
    first.clause = (sentence.start, second.start)
    second.clause = (second.start, sentence.end)
