"""Mentions: the sentences that report an agreement, with its status and the bodies they name.

A sentence with an instrument (MoU, PKS...) or, in an article that names an agreement, a
signing verb is a mention. Its status comes from cue words around the instrument ("akan"
plans it, "tindak lanjut dari" refers to an existing one); its parties are the bodies of
the sentence, shared out between instruments of different types.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from extract.assembly import cues
from extract.assembly.brands import brand_bodies
from extract.assembly.proposed import model_bodies
from extract.candidates import Candidates, DateCandidate, Mention, Organisation, Place, Sentence, Trigger, Venue
from extract.options import Windows
from extract.phrases import country_at, tokenize
from extract.places import name_as_written
from extract.patterns import load_yaml
from extract.vocabulary import enumerations, people, words_pattern

_SIGNING = ("signing", "signing_word")  # purposes of the verbs that report a signing (triggers.yaml)


def find_mentions(found: Candidates, skip: set[int], windows: Windows) -> list[Mention]:
    """The mentions of the article in text order; sentences in `skip` are read elsewhere."""
    by_sentence: dict[int, list[Trigger]] = {}
    for trigger in (t for t in found.triggers if t.sentence not in skip):
        by_sentence.setdefault(trigger.sentence, []).append(trigger)
    # a signing verb alone ("menandatangani maklumat pelayanan") makes a record only in an
    # article that names an agreement somewhere
    names_agreement = any(t.kind != "verb" for t in found.triggers)
    grouped = _BySentence(found)
    mentions: list[Mention] = []
    for index, triggers in sorted(by_sentence.items()):
        mentions += _sentence_mentions(found, found.sentence(index), triggers, names_agreement, windows, grouped)
    return mentions


class _BySentence:
    """The article's bodies, venues and places grouped by sentence once: each mention reads
    its own sentence's, not a walk over the whole article's (which cost the square of the
    number of agreements)."""

    def __init__(self, found: Candidates) -> None:
        self.orgs: dict[int, list[Organisation]] = {}
        self.venues: dict[int, list[Venue]] = {}
        self.places: dict[int, list[Place]] = {}
        self.past_dates: dict[int, list[DateCandidate]] = {}
        for grouped, items in ((self.orgs, found.orgs), (self.venues, found.venues), (self.places, found.places),
                               (self.past_dates, past_years(found))):
            for item in items:
                grouped.setdefault(item.sentence, []).append(item)


def _sentence_mentions(found: Candidates, sentence: Sentence, triggers: list[Trigger],
                       names_agreement: bool, windows: Windows, by_sentence: _BySentence) -> list[Mention]:
    has_verb = any(t.kind == "verb" for t in triggers)
    strong = [t for t in triggers if t.is_instrument]
    weak = [t for t in triggers if t.is_cooperation]
    if not strong and not (weak and (has_verb or cues.rule("same_again").search(sentence.text))) and not has_verb:
        return []
    if not strong and not weak and not names_agreement:
        return []
    if cues.rule("political_pact").search(sentence.text):
        return []  # a coalition of political parties, not a cooperation agreement
    orgs = _bodies(found, sentence, strong, by_sentence, signs=bool(weak) and has_verb)
    clauses = _clauses(sentence, _distinct(sentence, strong))
    past_dates = by_sentence.past_dates.get(sentence.index, [])
    verbs = [t for t in triggers if t.purpose == "signing"]
    signing = [t for t in triggers if t.purpose in _SIGNING]
    if clauses:
        return [_mention(sentence, term, [o for o in orgs if start <= o.start < end], has_verb, windows,
                         clause=(start, end), verbs=[v for v in verbs if start <= v.start < end], signs=bool(signing),
                         terms=strong, past_dates=past_dates)
                for term, start, end in clauses]
    terms = strong or (weak[:1] if weak else (signing or [t for t in triggers if t.kind == "verb"])[:1])
    mentions = []
    seen_types: set[str | None] = set()
    previous: Trigger | None = None
    for term in terms:
        if previous is not None and _between(sentence, previous, term, cues.rule("instrument_alias")):
            # "nota kesepahaman (MoU) dan perjanjian kerja sama (PKS)": the name in brackets is the
            # instrument before it again, and what joins the next instrument is read from it
            previous = term
            continue
        if term.type in seen_types and term.type is not None:
            if (replaced := _replaced(sentence, previous, term)) is not None:
                mentions.append(replaced)
            continue
        seen_types.add(term.type)
        # "MoU dan PKS dengan delapan kabupaten": instruments named together share the bodies
        coordinated = previous is not None and _between(sentence, previous, term, cues.rule("instrument_coordination"))
        own = list(orgs) if coordinated else _orgs_for_term(orgs, term, strong, sentence)
        mention = _mention(sentence, term, _before_purpose(sentence, term, own), has_verb, windows, verbs=verbs,
                           signs=bool(signing), terms=strong, past_dates=past_dates)
        mention.coordinated = coordinated
        # "sepakat", "menyepakati", "menjalin" alone are everyday words: they add to an agreement
        # the article reports, they report none
        mention.joins_only = not strong and not weak and not signing
        if coordinated:
            mentions[-1].parties = list(orgs)
        mentions.append(mention)
        previous = term
    return mentions


def _mention(sentence: Sentence, term: Trigger, orgs: list[Organisation], has_verb: bool, windows: Windows,
             *, verbs: Sequence[Trigger], signs: bool, clause: tuple[int, int] | None = None,
             terms: Sequence[Trigger] = (), past_dates: Sequence[DateCandidate] = ()) -> Mention:
    """A mention of `term`; `verbs` are the sentence's (clause's) signing verbs, `signs` whether it
    says anything is signed (a signing verb or noun), `terms` the sentence's instruments,
    `past_dates` the sentence's years and months before the article's year (past_years)."""
    # a plan is said before the signing verb ("akan menandatangani MoU", "MoU ... akan
    # ditandatangani"); a cue after both the instrument and the verb is about what follows
    # ("menandatangani MoU yang akan menjadi dasar ...", "..., sehingga nantinya ..."), unless
    # the signing is the time of the main clause ("setelah MoU diteken, kedua pihak akan ...")
    in_time_clause = cues.rule("time_clause").search(sentence.text[:term.start - sentence.start])
    reach = max(term.end, verbs[0].end) if verbs and not in_time_clause else sentence.end
    # "Nota kesepahaman itu memperpanjang MoU Nomor X yang berakhir tahun lalu": the next
    # instrument's words are its own
    own_end = min((t.start for t in terms if t.start > term.start), default=sentence.end)
    status, cue = _status(sentence, term.start, has_verb, windows, reach, own_end)
    after = sentence.text[term.end - sentence.start:]
    if status == "signed" and (past := _past_signing(sentence, verbs, term, terms, past_dates)):
        status, cue = "referenced", past
    if term.type and (earlier := cues.rule("earlier_one").match(after)) and not _signed_right_before(sentence, term):
        status, cue = "referenced", earlier.group().strip().lower()  # "MoU sebelumnya ..."
    if status == "signed" and not signs:
        status = None  # "sepakat menjalin kerja sama": agreed or established, no signing said
    if status in {None, "planned"} and not signs and (established := cues.rule("established_before").search(
            sentence.text[term.start - sentence.start:own_end - sentence.start])):
        # "yang sudah terjalin sejak 2015 (akan diperluas)": what is done with it is done with an existing one
        status, cue = "referenced", established.group().split()[-1].lower()
    if status == "referenced":
        orgs = _in_its_quotation(sentence, term, orgs)
    anaphoric = bool(cues.rule("anaphor").match(after)) or (status is None and not orgs)
    return Mention(sentence, term.start, term.end, term.type, status, anaphoric, orgs, term.text, cue, clause)


_OPENING_QUOTES = "“\""
_CLOSING_QUOTES = "”\""


def _in_its_quotation(sentence: Sentence, term: Trigger, orgs: list[Organisation]) -> list[Organisation]:
    """'Kepala Kantor X menjelaskan, "MoU sebelumnya kami teken pada 2018 ..."': an earlier agreement
    someone speaks of is not one of the speaker's body, named outside the quotation."""
    text, offset = sentence.text, sentence.start
    before, after = text[:term.start - offset], text[term.end - offset:]
    opened = max(before.rfind(q) for q in _OPENING_QUOTES)
    closed = min((i for i in (after.find(q) for q in _CLOSING_QUOTES) if i >= 0), default=-1)
    straight_inside = before.count('"') % 2 == 1
    curly_inside = before.rfind("“") > before.rfind("”") or (before.rfind("“") < 0 and "”" in after and "“" not in after)
    if not (straight_inside or curly_inside):
        return orgs
    start = offset + opened if opened >= 0 else offset
    end = term.end + closed if closed >= 0 else offset + len(text)
    return [o for o in orgs if start <= o.start and o.end <= end]


def _replaced(sentence: Sentence, previous: Trigger | None, term: Trigger) -> Mention | None:
    """"Nota kesepahaman baru ini menggantikan MoU yang ditandatangani pada 2019": an instrument
    of the type of the one before it, which that one renews or replaces, is the earlier
    agreement (referenced; its bodies are the renewal's, see clustering)."""
    if previous is None or previous.type != term.type:
        return None
    cue = cues.rule("replacing").search(sentence.text[previous.end - sentence.start:term.start - sentence.start])
    if cue is None:
        return None
    return Mention(sentence, term.start, term.end, term.type, "referenced", False, [], term.text,
                   " ".join(cue.group().split()).lower())


def _signed_right_before(sentence: Sentence, term: Trigger) -> bool:
    """"Penandatanganan MoU sebelumnya diawali ...": right after a signing word, "sebelumnya" is
    the clause's adverb (before that), not a word naming an earlier agreement."""
    words = sentence.text[:term.start - sentence.start].split()
    return bool(words) and cues.agreement_vocabulary().fullmatch(words[-1]) is not None


def _past_signing(sentence: Sentence, verbs: Sequence[Trigger], term: Trigger, terms: Sequence[Trigger],
                  past_dates: Sequence[DateCandidate] = ()) -> str | None:
    """The time gone by that a signing verb's own clause gives ("... yang diteken Kemenhub dan
    PT KAI pada tahun lalu", "telah menandatangani PKS ... pada 2021" in an article of 2024),
    lower-cased, or None. It dates the instrument named last before it: in "menandatangani PKS
    sebagai tindak lanjut nota kesepahaman yang diteken tahun lalu" the year is the MoU's, and
    the PKS is signed now."""
    for verb in verbs:
        after = sentence.text[verb.end - sentence.start:]
        past = cues.rule("past_signing").search(after)
        if past is not None:
            at, said = verb.end + past.end(), " ".join(past.group().split()[-2:]).lower()
        elif (year := _past_year_in_clause(after, verb.end, past_dates)) is not None:
            at, said = year.end, year.text.lower()
        else:
            continue
        if term.start < at and not any(other is not term and term.end <= other.start < at for other in terms):
            return said
    return None


def _past_year_in_clause(after: str, offset: int, past_dates: Sequence[DateCandidate]) -> DateCandidate | None:
    """The first of `past_dates` in the clause a signing verb ending at `offset` opens (`after`
    is the sentence's text from there): the year or month the signing is dated by."""
    clause = cues.rule("past_signing_clause").match(after)
    if clause is None:
        return None
    return next((d for d in past_dates if offset <= d.start and d.end <= offset + clause.end()), None)


_WRITTEN_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")


def past_years(found: Candidates) -> list[DateCandidate]:
    """Years and months the article names that lie before the year it was published in, else
    that of its latest day written with its year ("Rabu (5/6/2024)"): a signing dated by one is
    not the news. A day whose year is not written is left out: without a publication date its
    year is a guess."""
    written = [int(d.value[:4]) for d in found.dates
               if d.value and d.precision == "day" and _WRITTEN_YEAR.search(d.text)]
    if found.published is not None:
        written.append(found.published.year)
    if not written:
        return []
    year = max(written)
    return [d for d in found.dates if d.value and d.precision in {"year", "month"} and d.kind != "relative"
            and int(d.value[:4]) < year]


def _between(sentence: Sentence, first: Trigger, second: Trigger, rule: regex.Pattern) -> bool:
    """Whether the text between two instruments is what `rule` (of assembly.yaml) says."""
    return bool(rule.match(sentence.text[first.end - sentence.start:second.start - sentence.start]))


def _distinct(sentence: Sentence, strong: list[Trigger]) -> list[Trigger]:
    """The instruments of a sentence without those that name the one before again
    ("nota kesepahaman (MoU)")."""
    distinct: list[Trigger] = []
    for term in strong:
        if not (distinct and _between(sentence, distinct[-1], term, cues.rule("instrument_alias"))):
            distinct.append(term)
    return distinct


def _clauses(sentence: Sentence, strong: list[Trigger]) -> list[tuple[Trigger, int, int]]:
    """(instrument, start, end) of each clause when a sentence reports several agreements,
    each in a clause of its own that says who signs it or between whom it is ("MoU tentang A
    yang ditandatangani X dan Y, MoU tentang B yang ditandatangani Z dan W"); none otherwise.
    A clause may also name its signers first ("X dan Y menandatangani MoU A, sedangkan Z dan W
    meneken PKS B"): it opens at the break (patterns/assembly.yaml clause_break)."""
    openers = strong[:1]
    breaks: dict[int, int] = {}  # id of an instrument -> where the clause it ends opens
    for term in strong[1:]:
        before = sentence.text[openers[-1].end - sentence.start:term.start - sentence.start]
        if cues.rule("clause_opener").search(before) and not cues.rule("instrument_coordination").match(before):
            openers.append(term)
        elif (opening := _signers_first(before)) is not None:
            openers.append(term)
            breaks[id(term)] = openers[-2].end + opening
    if len(openers) < 2:
        return []
    bounds = [sentence.start] + [breaks.get(id(t), t.start) for t in openers[1:]] + [sentence.end]
    clauses = [(term, bounds[k], bounds[k + 1]) for k, term in enumerate(openers)]
    # a clause naming its signers first says so before its instrument
    owning = [c for c in clauses if cues.rule("clause_owner").search(
        sentence.text[(c[1] if breaks else c[0].end) - sentence.start:c[2] - sentence.start])]
    return clauses if len(owning) >= 2 else []


def _signers_first(before: str) -> int | None:
    """Offset in `before` (the text between two instruments) of the break that opens a clause
    whose signing verb comes before its instrument, or None."""
    openings = list(cues.rule("clause_break").finditer(before))
    if not openings or not cues.signing_verb().search(before, openings[-1].end()):
        return None
    return openings[-1].end()


def _bodies(found: Candidates, sentence: Sentence, strong: list[Trigger],
            by_sentence: _BySentence, signs: bool = False) -> list[Organisation]:
    """The bodies a mention can take as parties: not inside a position or a venue, no
    unknown acronym without an instrument, and the model's where the rules found fewer
    than two beside an instrument or in a signing of a cooperation ("X melakukan
    penandatanganan kerja sama dengan Y")."""
    venues = by_sentence.venues.get(sentence.index, [])  # a venue holding a body is in its sentence
    orgs = [o for o in by_sentence.orgs.get(sentence.index, []) if not o.in_position
            and (not o.weak or len(strong) > 0)
            and not any(v.start <= o.start < v.end for v in venues)
            and (o.rule not in _HOLDERLESS_OFFICE_RULES or _between_parties(sentence, o))]
    regions = _region_bodies(found, sentence, orgs, by_sentence)
    states = {(o.start, o.end) for o in regions if o.rule == "party_country"}
    orgs = sorted([o for o in orgs if (o.start, o.end) not in states] + regions, key=lambda o: o.start)
    if strong:
        # fewer than two bodies: any brand in a party's slot; else only one paired to a body
        # ("antara PT A dengan CATL, serta PT B dengan Foxconn")
        taken = [*by_sentence.orgs.get(sentence.index, []), *by_sentence.places.get(sentence.index, []), *venues]
        orgs = sorted(orgs + brand_bodies(found, sentence, orgs, strong, [(t.start, t.end) for t in taken],
                                          paired_only=len(orgs) >= 2), key=lambda o: o.start)
    if (strong or signs) and len(orgs) < 2:
        orgs = sorted(orgs + model_bodies(found, sentence), key=lambda o: o.start)
    return _units_with_parents(found.text, orgs)


_HOLDERLESS_OFFICE_RULES = ("portfolio_office", "sole_office")  # offices without a holder, read as bodies


def _between_parties(sentence: Sentence, org: Organisation) -> bool:
    """"nota kesepahaman antara Menteri Pertanian dan Kapolri": an office named without a holder
    stands for its body as a party only in the slot of "antara" (patterns/assembly.yaml
    between_slot); elsewhere it is often who witnesses or hosts ("disaksikan Menteri Pertanian")."""
    return bool(cues.rule("between_slot").search(sentence.text[:org.start - sentence.start]))


_UNIT_GAP = regex.compile(r"\s*(?:\(\p{Lu}[\p{L}&.]*\)\s*)?")


def _units_with_parents(text: str, orgs: list[Organisation]) -> list[Organisation]:
    """A body written right after another, with nothing but its acronym between ("Badan X
    (BX) Kementerian Y"), is the body the first belongs to: one party, named by both."""
    joined: list[Organisation] = []
    for org in orgs:
        before = joined[-1] if joined else None
        if before is not None and before.end <= org.start and _UNIT_GAP.fullmatch(text[before.end:org.start]):
            joined[-1] = Organisation(before.start, org.end, text[before.start:org.end],
                                      f"{before.name} {org.name}", before.acronym, before.rule, before.sentence)
        else:
            joined.append(org)
    return joined


def _region_bodies(found: Candidates, sentence: Sentence, orgs: list[Organisation],
                   by_sentence: _BySentence) -> list[Organisation]:
    """"Kabupaten Bantul bersama Kota Yogyakarta menandatangani ...": a region written with its
    level, in a party's place in the sentence (patterns/assembly.yaml party_place), is its
    government."""
    levels = enumerations().region_governments
    bodies = []
    for place in (p for p in by_sentence.places.get(sentence.index, []) if p.level in levels):
        if name_as_written(place.text).lower() == place.text.lower() \
                or (found.dateline is not None and found.dateline.start <= place.start < found.dateline.end) \
                or any(o.start <= place.start < o.end for o in orgs) \
                or not cues.rule("party_place").search(sentence.text[:place.start - sentence.start]):
            continue
        bodies.append(Organisation(place.start, place.end, place.text,
                                   f"{levels[place.level]} {place.city or place.province}", None,
                                   "party_region", sentence.index))
    return bodies + _foreign_regions(sentence, orgs) + _country_governments(sentence, orgs)


@lru_cache(maxsize=1)
def _country_names() -> tuple[regex.Pattern, frozenset[str]]:
    """Countries' names (org_heads.yaml countries, the home state and its aliases), and the home's."""
    home = {people().home_state, *people().country_aliases.get(people().home_state, ())}
    names = {*load_yaml("institutions/org_heads.yaml")["countries"], *home}
    return regex.compile(rf"\b(?:{words_pattern(tuple(names))})\b"), frozenset(home)


_BRACKETED_ACRONYM = regex.compile(r"\s*\(\p{Lu}{2,8}\)")


def _country_governments(sentence: Sentence, orgs: list[Organisation]) -> list[Organisation]:
    """"Indonesia dan Vietnam menandatangani ...": a country in a party's place, followed by
    a joiner or the signing, is its state's government (enumerations.yaml country_government)
    when it signs with another state; a body named as the bare country gives way to it (see _bodies)."""
    pattern, home = _country_names()
    government = enumerations().country_government
    bodies = []
    for match in pattern.finditer(sentence.text):
        start = sentence.start + match.start()
        # the country's acronym may follow it ("Uni Emirat Arab (UEA) meneken ...")
        acronym = _BRACKETED_ACRONYM.match(sentence.text, match.end())
        end = acronym.end() if acronym else match.end()
        written = sentence.text[match.start():end]
        if any(o.start <= start < o.end and o.text not in {match.group(), written} for o in orgs) \
                or not cues.rule("party_place").search(sentence.text[:match.start()]) \
                or not cues.rule("country_party_after").match(sentence.text[end:]):
            continue
        country = people().home_state if match.group() in home else match.group()
        bodies.append(Organisation(start, sentence.start + end, written, f"{government} {country}",
                                   acronym.group().strip(" ()") if acronym else None, "party_country",
                                   sentence.index))
    # a state signs with a state ("Indonesia dan Vietnam", "Pemerintah Indonesia dan Jepang"); a
    # country beside a body of another kind is where, not who ("Pemkot Semarang ... dengan Jepang")
    states = len(bodies) + sum(1 for o in orgs if pattern.fullmatch(o.name.removeprefix(f"{government} ")))
    return bodies if states >= 2 else []


@lru_cache(maxsize=1)
def _foreign_region() -> regex.Pattern:
    levels = words_pattern(tuple(enumerations().foreign_region_governments))
    return regex.compile(rf"\b({levels})\s+(\p{{Lu}}[\p{{L}}-]*(?:\s+\p{{Lu}}[\p{{L}}-]*){{0,2}}),\s*")


def _foreign_regions(sentence: Sentence, orgs: list[Organisation]) -> list[Organisation]:
    """"... dengan Provinsi Gyeongsangnam-Do, Korea Selatan": a region of another country, written
    with its level and then its country, in a party's place, is its government."""
    bodies = []
    governments = enumerations().foreign_region_governments
    for match in _foreign_region().finditer(sentence.text):
        start = sentence.start + match.start()
        if not country_at(tokenize(sentence.text[match.end():]), 0) or any(o.start <= start < o.end for o in orgs) \
                or not cues.rule("party_place").search(sentence.text[:match.start()]):
            continue
        level = next(head for written, head in governments.items() if written.lower() == match.group(1).lower())
        bodies.append(Organisation(start, sentence.start + match.end(2), match.group(0).strip(" ,"),
                                   f"{level} {match.group(2)}", None, "party_region", sentence.index))
    return bodies


# Words an instrument after "sesuai" needs in its clause, or a number, to name one agreement
# ("sesuai MoU Nomor 12/2020 antara ...", "sejalan dengan nota kesepahaman yang diteken pada 2019");
# "sesuai kesepakatan bersama." says only "as agreed".
NAMING_WORDS = 3


def _named_in_its_clause(sentence: Sentence, start: int) -> bool:
    clause = _CLAUSE_END.split(sentence.text[start - sentence.start:], maxsplit=1)[0]
    return len(clause.split()) > NAMING_WORDS or any(character.isdigit() for character in clause)


_CLAUSE_END = regex.compile(r"[,.;:!?\"”]")


def _status(sentence: Sentence, start: int, has_verb: bool, windows: Windows,
            reach: int, own_end: int) -> tuple[str | None, str | None]:
    """(status, the cue that set it) of an instrument starting at `start`; a planned cue counts
    up to `reach`, a time to come anywhere in the sentence; what is said of the instrument
    after it stops at the next instrument (`own_end`)."""
    before = sentence.text[:start - sentence.start]
    having = cues.rule("having").search(before)
    if having:
        # "perusahaan yang telah MoU dengan ...": the instrument used as a verb of having
        return "referenced", having.group().split()[0].lower()
    referenced = cues.status_cue("referenced", before, windows.referenced_cue_chars)
    if referenced and not cues.rule("cue_serves_next").match(before[before.lower().rfind(referenced) + len(referenced):]):
        return "referenced", referenced
    if (earlier := cues.rule("earlier_sentence").search(before)) is not None:
        return "referenced", earlier.group().strip(" ,").split()[0].lower()  # "Sebelumnya, ... telah meneken MoU"
    if (according := cues.rule("according_to").search(before)) and _named_in_its_clause(sentence, start):
        return "referenced", according.group().split()[0].lower()  # "Sesuai MoU Nomor X, ... meneken PKS"
    once = cues.rule("signed_once").search(sentence.text[start - sentence.start:])
    if once:  # "MoU ... yang pernah diteken pada 2018": signed once, before
        return "referenced", once.group().split()[-2].lower()
    if not has_verb and (case := cues.rule("case_about").search(before)):
        return "referenced", case.group().split()[0].lower()  # "tersangka kasus korupsi PKS antara ..."
    said_after = sentence.text[start - sentence.start:own_end - sentence.start]
    if (not has_verb or cues.rule("signed_in_a_year").match(said_after)) \
            and (ends := cues.rule("term_ends").search(said_after)):
        # "MoU antara X dan Y berakhir pada Desember 2023", "MoU yang diteken pada 2019 berakhir bulan ini"
        return "referenced", ends.group().split()[-1].lower()
    planned = cues.status_cue("planned", sentence.text[:reach - sentence.start], windows.planned_cue_chars)
    if not planned and (future := cues.rule("future_time").search(sentence.text)):
        planned = future.group().lower()
    if planned and has_verb:
        return "planned", planned
    if has_verb and (since := cues.rule("signed_since").search(sentence.text)):
        return "referenced", since.group().split()[1].lower()  # "sudah ditandatangani sejak 2019"
    if has_verb:
        return "signed", None
    if planned:
        return "planned", planned
    return None, None


def _before_purpose(sentence: Sentence, term: Trigger, orgs: list[Organisation]) -> list[Organisation]:
    """Without the bodies named in what the agreement is for ("MoU ... untuk pembangunan
    fasilitas Kejaksaan Negeri"), when two bodies stand before that."""
    purpose = cues.rule("purpose_clause").search(sentence.text, term.end - sentence.start)
    if purpose is None:
        return orgs
    before = [o for o in orgs if o.start < sentence.start + purpose.start()]
    return before if len(before) >= 2 else orgs


def _orgs_for_term(orgs: list[Organisation], term: Trigger, strong: list[Trigger],
                   sentence: Sentence) -> list[Organisation]:
    """With instruments of two types in one sentence, each takes the bodies up to the next;
    "<instrument> antara X dan Y" names exactly the bodies after "antara". One named again
    ("MoU tersebut") takes none: the bodies are the other's ("Sebagai tindak lanjut MoU
    tersebut, A dan B menandatangani PKS")."""
    named_again = {id(t) for t in strong if _named_again(sentence, t)}
    others = [t for t in strong if t.type != term.type and id(t) not in named_again]
    if id(term) in named_again and others:
        return []
    later = [t.start for t in others if t.start > term.start]
    limit = min(later) if later else None
    earlier = [t.start for t in others if t.start < term.start]
    own = [o for o in orgs if (limit is None or o.start < limit)
           and (not earlier or o.start > term.start)]
    between = cues.rule("between").search(sentence.text, term.end - sentence.start)
    if between and (limit is None or sentence.start + between.start() < limit):
        after = [o for o in own if o.start > sentence.start + between.start()]
        if len(after) >= 2:
            return after
    return own


def _named_again(sentence: Sentence, term: Trigger) -> bool:
    """Whether an instrument is one already named ("nota kesepahaman itu")."""
    return cues.rule("anaphor").match(sentence.text[term.end - sentence.start:]) is not None
