"""Companies named by their brand alone ("MoU dengan Grab", "Gojek dan Grab", "antara PT
Pertamina dengan Sonatrach"): no legal form or kind word marks them, only their place in the
party slot of an instrument's sentence (patterns/assembly.yaml brand_slot, brand_joint,
brand_subject)."""
from __future__ import annotations

from functools import lru_cache

from extract.assembly import cues
from extract.candidates import Candidates, Organisation, Person, Sentence, Trigger
from extract.dates.lexicon import date_lexicon
from extract.organisations import not_a_party
from extract.phrases import country_at, lexicon, tokenize
from extract.vocabulary import enumerations, people


def brand_bodies(found: Candidates, sentence: Sentence, orgs: list[Organisation], strong: list[Trigger],
                 taken: list[tuple[int, int]], paired_only: bool = False) -> list[Organisation]:
    """"... menandatangani MoU dengan Gojek dan Grab tentang ...": capitalised names in a party's
    slot (patterns/assembly.yaml brand_slot) that no rule read as anything else are companies
    named by their brand; not a person (but one word the model alone calls a person, without a
    position or title), a place, a venue, a country, a date word, a title or the reporting medium.
    `taken`: the spans of the sentence's bodies, places and venues. `paired_only`: only a brand
    paired to the body right before it ("antara PT A dengan CATL, serta PT B dengan Foxconn",
    patterns/enumerations.yaml pairing_words), for a sentence whose rules found bodies enough."""
    if sentence.headline:
        return []  # a title-case line capitalises every word
    if paired_only and not any(_paired_after(found.text, o.end) for o in orgs):
        return []  # the common case, read first: no body paired with what follows it
    appositions = set() if paired_only else _company_countries(sentence)
    taken = [*taken, *((o.start, o.end) for o in orgs),
             *(p.extent for p in found.people if p.sentence == sentence.index and not _bare_model_name(p)
               and not _model_name_in_apposition(found.text, p, appositions))]
    # the slot follows an instrument, a body or a brand already read: "MoU dengan Grab",
    # "PT Pertamina dengan Sonatrach", "Gojek dan Grab"
    anchors = {o.end for o in orgs} | appositions | (set() if paired_only else {t.end for t in strong})
    bodies = [] if paired_only else _subject_brands(found, sentence, orgs, taken)
    for match in cues.rule("brand_slot").finditer(sentence.text):
        start, end = sentence.start + match.start(1), sentence.start + match.end(1)
        name = match.group(1)
        org = Organisation(start, end, name, name, None, "brand_slot", sentence.index)
        if not any(_in_slot(found.text[a:start], paired_only) for a in anchors if a <= start) \
                or any(s < end and start < e for s, e in taken) or _not_a_brand(name) \
                or not_a_party(found, sentence, org):
            continue
        bodies.append(org)
        if not paired_only:
            anchors.add(end)
    return bodies


@lru_cache(maxsize=1)
def _pairing_words() -> frozenset[str]:
    return frozenset(w.lower() for w in enumerations().pairing_words)


def _paired_after(text: str, end: int) -> bool:
    """A pairing word right after a body ("PT A dengan ...")."""
    words = text[end:end + 12].split(maxsplit=1)
    return bool(words) and text[end:end + 1] == " " and words[0].lower() in _pairing_words()


def _company_countries(sentence: Sentence) -> set[int]:
    """The ends of the countries written after a company noun ("perusahaan asal Korea Selatan,
    Daewoo Mirae"; patterns/assembly.yaml brand_apposition): a brand's slot opens there."""
    ends = set()
    for match in cues.rule("brand_apposition").finditer(sentence.text):
        words = tokenize(sentence.text[match.end():match.end() + 40], sentence.start + match.end())
        if (length := country_at(words, 0)) and len(words) > length and words[length].text == ",":
            ends.add(words[length - 1].end)
    return ends


def _model_name_in_apposition(text: str, person: Person, appositions: set[int]) -> bool:
    """A name the model alone calls a person, with no position or title, right after a company
    noun and its country ("perusahaan asal Korea Selatan, Daewoo Mirae,"): the company's brand."""
    return person.rule == "ner" and not person.position and not person.titles \
        and any(text[a:person.start].strip() == "," for a in appositions if a <= person.start)


def _subject_brands(found: Candidates, sentence: Sentence, orgs: list[Organisation],
                    taken: list[tuple[int, int]]) -> list[Organisation]:
    """"Toyota Tsusho dan PT Pertamina meneken ...": the name opening the sentence (after the
    dateline's dash) and joined to a body named right after it (patterns/assembly.yaml
    brand_subject), when no rule read it as anything else."""
    match = cues.rule("brand_subject").search(sentence.text)
    if match is None:
        return []
    start, end = sentence.start + match.start(1), sentence.start + match.end(1)
    org = Organisation(start, end, match.group(1), match.group(1), None, "brand_subject", sentence.index)
    if not any(o.start == sentence.start + match.end() for o in orgs) or any(s < end and start < e for s, e in taken) \
            or _not_a_brand(match.group(1)) or not_a_party(found, sentence, org):
        return []
    return [org]


def _in_slot(between: str, paired_only: bool) -> bool:
    """Whether what stands between an anchor and a brand puts the brand in a party's slot: a
    pairing word alone when only pairs are read ("PT A dengan CATL"), else brand_joint."""
    return between.strip().lower() in _pairing_words() if paired_only else _slot_between(between)


def _slot_between(text: str) -> bool:
    """Only the words of a party's slot between an anchor and a brand (", dan ", " dengan ")."""
    return bool(cues.rule("brand_joint").fullmatch(text))


def _bare_model_name(person: Person) -> bool:
    """One word the model calls a person, with no position or title: a brand as often as a name."""
    return person.rule == "ner" and not person.position and not person.titles and len(person.name.split()) == 1


def _not_a_brand(name: str) -> bool:
    """A country, agreement vocabulary, a date word (month, weekday), a person's title or office
    word, or an everyday, place or body word ("Kampus", "Desa", "Operasional")."""
    words = tokenize(name)
    lex = lexicon()
    return country_at(words, 0) > 0 or cues.agreement_vocabulary().search(name) is not None \
        or any(w.text.lower() in _non_brand_words() or w.key in lex.common_words or w.text in lex.place_words
               or w.text in lex.org_words or w.text in lex.venue_words for w in words)


@lru_cache(maxsize=1)
def _non_brand_words() -> frozenset[str]:
    """Date words and the title and position words of people.yaml, lower-cased."""
    dates = date_lexicon()
    vocabulary = people()
    return frozenset(w.lower() for w in (*dates.months, *dates.weekdays, *vocabulary.prefix_titles,
                                          *vocabulary.position_heads))
