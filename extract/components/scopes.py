"""Cooperation scopes: the areas an agreement covers, each as a short phrase.

News writes them as prose: a list after a cue ("kerja sama ini meliputi A, B, dan C",
"antara lain", "di bidang", "misalnya", "memuat"), the topic of the instrument itself ("MoU
tentang X", "MoU dengan B untuk pembangunan X"), what a party will do through it ("Melalui MoU
ini, A akan melakukan X"), or list lines after a sentence ending in ":". Every cue of a sentence
opens a list that runs to the next cue or the end of the clause. Only sentences about the
agreement are read: those with agreement vocabulary (a trigger) and those that name "kedua
pihak" or its content ("isinya").

Purpose clauses after the signing ("dalam rangka X", "guna X") are not read: on the dev articles
every form tried lifted one half and lowered the other (more wishes than areas). A purpose the
sentence opens with ("Dalam upaya memperkuat X, ... meneken MoU") is read, as the agreement's
title; one stated with "bertujuan" or "dengan tujuan" is read as its aim, an area only when the
record names no other (extract/assembly/ownership.py).

`find_scopes` and `find_list_line` are pure functions over one sentence; the vocabulary is in
patterns/scopes.yaml. Which record a list belongs to, and keeping each area once per record,
is assembly's (extract/assembly/ownership.py).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from collections.abc import Iterator
from itertools import combinations

import regex
from spacy.language import Language
from spacy.tokens import Doc

from extract.candidates import Candidates, Scope, Sentence
from extract.components.state import candidates
from extract.dates.lexicon import date_lexicon
from extract.phrases import abbreviations
from extract.places import lookup_place
from extract.reference_numbers import find_reference_numbers
from extract.text import LIST_ITEM
from extract.vocabulary import WordLists, organisations, people, prefix_tree_pattern, scopes, triggers

_VERB_SHAPE = regex.compile(r"^(?:me[mnlrwy]\w+(?:kan|i)$|di\w+(?:kan|i|nya)$|ber|ter\w+(?:kan|i)$)")
_CLAUSE_END = regex.compile(r"[.!?](?:\s|$)|\s[-–—]\s|[”“\"]|:\s*$")
# the period of a list marker after a colon or a semicolon ("meliputi: a. X; dan b. Y")
_MARKER_PERIOD = regex.compile(r"[:;]\s*(?:\w+\s+)?(?:\d{1,2}|[a-hA-H])\.$")
_LAST_WORD = regex.compile(r"\S+\.$")
_DASHES = frozenset("-–—")
_NUMBER_BEFORE = regex.compile(r"\w[\w.-]*/[\w./-]*$")  # a printed number ending where a dash stands
_NUMBER_AFTER = regex.compile(r"\w[\w.-]*/")
_LONGEST_INSTRUMENT = 40  # characters of the longest instrument term ("perjanjian kerja sama operasional")
_LEADING_MARKER = regex.compile(r"\s*(?:\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|[-•*▪·])(?:\s+|$)")
_BARE_MARKER = regex.compile(r"\s*(?:\d{1,2}|[a-hA-H])[.)]\s*$")
_BRACKET = regex.compile(r"[()]")
_WORD = regex.compile(r"\w+")
_PRINTED_WORD = regex.compile(r"\w[\w./-]*")  # "05/UN15/KS/2024" is one word of the distance to a link
_LETTER = regex.compile(r"\p{L}")  # an item without one is a number or a date ("5/2/2024")
_NUMBER_JOINERS = frozenset("/.-")


@dataclass(frozen=True, slots=True)
class _Rules:
    cues: regex.Pattern
    cue_starts: frozenset[str]
    non_cue: regex.Pattern
    qualifier: regex.Pattern
    field_qualifier: regex.Pattern
    counted_cue: regex.Pattern
    unsplit: regex.Pattern
    count_before: regex.Pattern
    beneficiary: regex.Pattern
    beneficiary_end: regex.Pattern
    separators: regex.Pattern
    cuts: regex.Pattern
    clause_cuts: frozenset[str]
    money: regex.Pattern
    strip: regex.Pattern
    instrument_in_item: regex.Pattern
    nominal_shape: regex.Pattern
    activity_shape: regex.Pattern
    two_acts_words: int
    topic_noun: regex.Pattern
    org_head: regex.Pattern
    about_agreement: regex.Pattern
    verb_nominals: dict[str, str]
    time_words: frozenset[str]
    generic_objects: frozenset[str]
    relation_words: regex.Pattern
    verb_shaped_nouns: frozenset[str]
    not_topics: frozenset[str]
    english_function_words: frozenset[str]
    english_topic_shape: regex.Pattern
    english_topic_nouns: frozenset[str]
    english_not_topics: frozenset[str]
    bad_start: frozenset[str]
    catch_all: frozenset[str]
    modal: regex.Pattern
    source: regex.Pattern
    doing_verbs: frozenset[str]
    vague_words: frozenset[str]
    conjunction: regex.Pattern
    list_end: regex.Pattern
    max_items: int
    max_words: int
    categories: regex.Pattern
    category_order: tuple[str, ...]
    distant_link: regex.Pattern
    purpose_link: regex.Pattern
    fronted_purpose: regex.Pattern
    instrument: regex.Pattern
    distant_link_blocker: regex.Pattern
    distant_link_words: int
    continuation: regex.Pattern
    ordinal_start: regex.Pattern
    first_ordinal: regex.Pattern
    adding_before: regex.Pattern
    adding_start: regex.Pattern
    plan_opener: regex.Pattern


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = scopes()
    alternation = prefix_tree_pattern
    vocabulary = triggers()
    instrument_terms = [term.text for term in vocabulary.terms if term.purpose == "instrument"]
    instrument = (rf"(?>(?:{alternation(instrument_terms + list(data.topic_instruments))})"
                  rf"(?:\s*\([^()]{{1,60}}\))?(?:\s+(?:{alternation(data.topic_fillers)}))*)")
    links = alternation(data.topic_links)
    non_cues = list(data.non_cues) + [f"{head} {cue}" for head in people().position_heads for cue in data.position_cues]
    skip = rf"\b(?:{alternation(non_cues)})\b(*SKIP)(*FAIL)|"
    cues = regex.compile(
        rf"\b(?:(?P<list>(?:{alternation(data.scope_heads)})(?:\s+[\w-]+){{0,{data.scope_head_words}}}?"
        rf"\s+(?:{alternation(data.scope_copulas)})"
        rf"|(?:{alternation(data.list_cues)})(?!\s+(?:{alternation(data.not_after_cue)})\b))"
        rf"|(?P<narrowing>{alternation(data.narrowing_cues)})"
        rf"|(?P<aim>{alternation(data.aim_cues)})"
        rf"|(?P<topic>{instrument}\s+(?:{links})(?:\s+(?:{alternation(data.topic_fillers)}))?)"
        rf"|(?P<through>(?:(?:{alternation(data.through_cues)})\s+|^)(?:{instrument}|(?:{alternation(data.through_nouns)}))"
        rf"\s+(?:{alternation(data.through_demonstratives)})(?=\s*,|\s+\w))"  # the comma may be left out
        rf"|(?:{alternation([verb.text for verb in vocabulary.verbs])})\s+(?P<bare_topic>{instrument})(?=\s)"
        rf"(?!\s+(?:{links})\b))\b",
        regex.IGNORECASE)
    separators = "".join(regex.escape(s) for s in data.separators)
    cue_phrases = (list(data.list_cues) + list(data.scope_heads) + list(data.narrowing_cues) + list(data.aim_cues)
                   + list(data.through_cues) + instrument_terms + list(data.topic_instruments)
                   + [verb.text for verb in vocabulary.verbs] + non_cues + list(data.distant_links)
                   + list(data.distant_purpose_links))
    return _Rules(
        cues=cues,
        cue_starts=frozenset(_WORD.match(phrase).group().lower() for phrase in cue_phrases),
        qualifier=regex.compile(rf"(?:{alternation(data.qualifying_cues)})\s*", regex.IGNORECASE),
        beneficiary=regex.compile(rf"\b(?:{alternation(data.beneficiary_links)})\b", regex.IGNORECASE),
        beneficiary_end=regex.compile(rf"\b(?:{alternation(data.beneficiary_list_ends)})\b", regex.IGNORECASE),
        unsplit=regex.compile(rf"\b(?:{alternation(data.unsplit_phrases)})\b", regex.IGNORECASE),
        counted_cue=regex.compile(rf"(?:{alternation(data.counted_cues)})", regex.IGNORECASE),
        count_before=regex.compile(r"\b\d[\d.,]*\s+$"),
        field_qualifier=regex.compile(rf"(?:{alternation(data.field_qualifiers)})\s*", regex.IGNORECASE),
        non_cue=regex.compile(rf"\b(?:{alternation(non_cues)})\b", regex.IGNORECASE),
        separators=regex.compile(
            rf"\s*[{separators}]\s*(?:(?:{alternation(data.last_item_connectors)})\s+)?"
            rf"|\s+(?:{alternation(data.inner_item_connectors)})\s+"
            # "mengembangkan desa digital dan meningkatkan literasi": a verb after "dan" leads an item
            rf"|\s+(?:{alternation(data.conjunctions)})\s+(?=(?:{alternation(list(data.verb_nominals))})\b)"
            # "tentang pengelolaan sampah dan tentang pertukaran pelajar": a topic link again opens an item
            rf"|\s+(?:{alternation(data.conjunctions)})\s+(?=(?:{alternation(data.distant_links)})\s)",
            regex.IGNORECASE),
        # a cut word (any case), a connector before a capitalised name or a number, a relative date
        # (with the "pada" before it: "pengelolaan kas daerah pada pekan lalu"),
        # a date in brackets, an ordinal
        cuts=regex.compile(rf"(?i:{skip}(?:^|\s+)(?:{alternation(data.item_cuts)})\b)"
                           rf"|(?:^|\s+)(?:{alternation(data.cut_before_capital)})\s+(?=\p{{Lu}})"
                           rf"|(?i:(?:^|\s+)(?:{alternation(data.cut_before_number)})\s+(?=\d))"
                           rf"|(?:^|\s+)(?:(?i:{alternation(data.cut_before_number)})\s+)?{date_lexicon().relative_alt}\b"
                           rf"|\s*\((?:{alternation(data.weekdays)}|\d)"
                           rf"|\s+(?i:{alternation(data.ordinal_prefixes)})\s?\d"),
        clause_cuts=frozenset(" ".join(cut.lower().split()) for cut in data.clause_cuts),
        money=regex.compile(rf"(?:{alternation(data.currencies)})\s?\d"
                            rf"|\b\d+(?:[.,]\d+)?\s*(?:%|\b(?:{alternation(data.amount_words)})\b)", regex.IGNORECASE),
        strip=regex.compile(rf"(?:(?:{alternation(data.strip_prefixes)})(?:\s+|$))+", regex.IGNORECASE),
        instrument_in_item=regex.compile(rf"\b(?:{alternation(instrument_terms)})\b", regex.IGNORECASE),
        nominal_shape=regex.compile(data.nominal_shape, regex.IGNORECASE),
        activity_shape=regex.compile(data.activity_shape, regex.IGNORECASE),
        two_acts_words=data.two_acts_words,
        topic_noun=regex.compile(rf"^(?:{alternation(data.topic_nouns)})\b", regex.IGNORECASE),
        org_head=regex.compile(rf"^(?:{alternation([head.text for head in organisations().heads])})\b"),
        about_agreement=WordLists({"about_agreement": data.about_agreement}).rule("about_agreement"),
        verb_nominals={verb.lower(): noun for verb, noun in data.verb_nominals.items()},
        time_words=frozenset(w.lower() for w in data.time_words),
        generic_objects=frozenset(w.lower() for w in data.generic_objects),
        relation_words=regex.compile(rf"^(?:{alternation(data.relation_words)})\b", regex.IGNORECASE),
        verb_shaped_nouns=frozenset(w.lower() for w in data.verb_shaped_nouns),
        not_topics=frozenset(w.lower() for w in data.not_topics),
        english_function_words=frozenset(w.lower() for w in data.english_function_words),
        english_topic_shape=regex.compile(data.english_topic_shape),
        english_topic_nouns=frozenset(w.lower() for w in data.english_topic_nouns),
        english_not_topics=frozenset(w.lower() for w in data.english_not_topics),
        bad_start=frozenset(w.lower() for w in data.bad_item_starts),
        catch_all=frozenset(w.lower() for w in data.catch_all_ends),
        modal=regex.compile(rf"(?:^|\s)(?:{alternation(data.modal_words)}|(?P<benefit>{alternation(data.benefit_verbs)}))\s+",
                            regex.IGNORECASE),
        doing_verbs=frozenset(w.lower() for w in data.doing_verbs),
        vague_words=frozenset(w.lower() for w in data.vague_words),
        conjunction=regex.compile(rf"\s+(?:{alternation(data.conjunctions)})\s+", regex.IGNORECASE),
        source=regex.compile(rf"\s*(?i:{alternation(data.source_verbs)})(?:\s+\p{{Lu}}[\w.'-]*)+\s*"),
        list_end=regex.compile(rf"\b(?:{alternation(data.list_ends)})\b", regex.IGNORECASE),
        max_items=data.max_items,
        max_words=data.max_item_words,
        categories=regex.compile("|".join(rf"\b(?P<{name}>{alternation(words)})"
                                          for name, words in data.categories.items()), regex.IGNORECASE),
        category_order=tuple(data.categories),
        distant_link=regex.compile(rf"(?:{alternation(data.distant_links + data.distant_purpose_links)})\b",
                                   regex.IGNORECASE),
        fronted_purpose=regex.compile(rf"(?:.{{0,{data.dateline_chars}}}?\s[–—-]\s+)?(?P<cue>(?:{alternation(data.fronted_purposes)})\s+)",
                                      regex.IGNORECASE),
        purpose_link=regex.compile(rf"(?:{alternation(data.distant_purpose_links)})", regex.IGNORECASE),
        instrument=regex.compile(rf"\b(?:{alternation(instrument_terms + list(data.topic_instruments))})\b",
                                 regex.IGNORECASE),
        distant_link_blocker=regex.compile(rf"\b(?:{alternation(data.distant_link_blockers)})\b", regex.IGNORECASE),
        distant_link_words=data.distant_link_words,
        continuation=regex.compile(rf"[\s\"“'‘]*(?:{alternation(data.continuation_starts)})\b", regex.IGNORECASE),
        ordinal_start=regex.compile(rf"[\s\"“'‘]*(?:{alternation(data.ordinal_starts)})\s*,\s*", regex.IGNORECASE),
        first_ordinal=regex.compile(rf"[\s\"“'‘]*(?:{alternation(data.first_ordinals)})\b", regex.IGNORECASE),
        adding_before=regex.compile(rf"\b(?:{alternation(data.adding_words)})(?:\s+[\w-]+)?\s+$", regex.IGNORECASE),
        plan_opener=regex.compile(rf"[\s\"“'‘]*(?:[^,.\"“”]{{0,80}}?\b(?:{alternation(data.speech_verbs)})\s*,?\s*(?:bahwa\s+)?)?"
                                  rf"(?:(?:{alternation(data.plan_openers)})\s*,?\s*)?", regex.IGNORECASE),
        adding_start=regex.compile(rf"[\s\"“'‘]*(?:{alternation(data.adding_starts)})\b", regex.IGNORECASE),
    )


def categorise(item: str) -> str | None:
    """The first category, in the order of scopes.yaml, with a word in the item."""
    rules = _rules()
    present = {match.lastgroup for match in rules.categories.finditer(item)}
    return next((name for name in rules.category_order if name in present), None)


def find_scopes(sentence: str, bare_topics: bool = True) -> list[tuple[int, int, str]]:
    """Items of every cued list in a sentence, as (start, end, text): offsets of the phrase in
    the sentence, and its text (a leading verb becomes its noun: "meningkatkan" -> "peningkatan").
    `bare_topics=False` skips topics named with no link word ("teken MoU Penempatan Perawat"),
    for title-case headlines, where every word is capitalised and the rest is the title."""
    return [item[:3] for item in _find(sentence, bare_topics)]


def _find(sentence: str, bare_topics: bool = True) -> list[tuple[int, int, str, bool, bool, bool, bool, bool]]:
    """find_scopes, each item flagged when a distant topic link opened its list ("MoU dengan B
    tentang X"): such a topic is the agreement's title, and yields to the areas a text lists;
    flagged when a list cue opened it (not an instrument's topic, near or distant); flagged
    when a near link of subject, not of purpose, opened it ("MoU tentang X", not "MoU untuk X"):
    the agreement's heading; flagged when the list is said to add to what came before
    ("juga mencakup", "Selain itu, ..."): it names areas beside a title, not its parts; and
    flagged when an aim opened it ("bertujuan meningkatkan X"): an area only when no other is named."""
    rules = _rules()
    regions = [region for region in _regions(sentence, rules) if bare_topics or region[2] != "bare_topic"]
    adding_sentence = rules.adding_start.match(sentence) is not None
    items: list[tuple[int, int, str, bool, bool, bool, bool, bool]] = []
    list_start = 0  # where the items of the last list that gave any begin
    for (cue, start, kind), following in zip(regions, [r[0] for r in regions[1:]] + [len(sentence)]):
        right_after_item = bool(items) and not sentence[items[-1][1]:cue].strip()
        if right_after_item and rules.qualifier.fullmatch(sentence, cue, start):
            continue  # "A, B, serta C dalam hal D": right after an item, the cue qualifies it
        listed = _read_list(sentence, start, _clause_end(sentence, start, following), rules, kind)
        if listed and right_after_item and len(items) - 1 > list_start \
                and rules.field_qualifier.fullmatch(sentence, cue, start):
            listed = _field_of_last_item(items, listed, sentence, rules)
        if listed:
            list_start = len(items)
        for item in listed:
            if all(item[2].lower() != seen[2].lower() for seen in items):
                items.append((*item, kind.startswith("distant") or kind in ("purpose", "aim"),
                              kind in ("list", "narrowing", "through"),
                              kind == "topic" and rules.purpose_link.search(sentence, cue, start) is None,
                              adding_sentence or rules.adding_before.search(sentence, max(0, cue - 30), cue) is not None,
                              kind == "aim"))
    return items[:rules.max_items]


def _field_of_last_item(items: list[tuple[int, int, str, bool, bool, bool, bool, bool]], listed: list[tuple[int, int, str]],
                        sentence: str, rules: _Rules) -> list[tuple[int, int, str]]:
    """A field cue right after a later item of a list names that item's field ("meliputi
    pengembangan aplikasi, pelatihan aparatur di bidang teknologi informasi, dan ..."): the item
    runs on through the field, the list goes on with the rest. The items left to read."""
    last, field = items[-1], listed[0]
    text = last[2] + sentence[last[1]:field[1]]
    if len(text.split()) > rules.max_words:
        return listed
    items[-1] = (last[0], field[1], text, *last[3:])
    return listed[1:]


def find_list_line(line: str) -> list[tuple[int, int, str]]:
    """Items of one list line ("2. Pengembangan sumber daya manusia;") that follows a
    sentence ending in ":"; the list marker is optional (the sentence splitter may have cut
    it off into a sentence of its own)."""
    marker = _LEADING_MARKER.match(line)
    start = marker.end() if marker else 0
    return _read_list(line, start, _clause_end(line, start, len(line)), _rules())


def _regions(sentence: str, rules: _Rules) -> list[tuple[int, int, str]]:
    """(cue start, list start, kind) of each list: a list starts where its cue ends. The kind is
    the cue's: "list", "topic", "bare_topic" (an instrument names its topic with no link word),
    "distant" (a topic link further on; "distant_purpose" for a purpose link, whose area must be
    named by an activity noun as after a bare instrument), "through" ("Melalui MoU ini, ...") or
    "purpose" (a purpose the sentence opens with: "Dalam upaya memperkuat X, ... diteken MoU").
    Cues are tried only at words that start one (a set lookup), which is much cheaper than
    scanning every character."""
    opening = rules.fronted_purpose.match(sentence)
    regions: list[tuple[int, int, str]] = [(opening.start("cue"), opening.end(), "purpose")] if opening else []
    last_end = opening.end() if opening else 0
    for word in _WORD.finditer(sentence):
        if word.start() < last_end or word.group().lower() not in rules.cue_starts:
            continue
        non_cue = rules.non_cue.match(sentence, word.start())
        if non_cue:  # "teknologi tepat guna", "Kepala Bidang ...": no cue inside
            last_end = non_cue.end()
            continue
        match = rules.cues.match(sentence, word.start())
        if match is None:
            link = rules.distant_link.match(sentence, word.start())
            instrument_end = _instrument_before(sentence, word.start(), rules) if link else None
            if instrument_end is not None and not (regions and regions[-1][1] > instrument_end):
                last_end = link.end()
                purpose = rules.purpose_link.fullmatch(link.group()) is not None
                regions.append((link.start(), link.end(), "distant_purpose" if purpose else "distant"))
            continue
        last_end = match.end()
        inside_a_name = match.group()[0].isupper() and sentence[:match.start()].strip(" \"'“‘-–")
        if match.lastgroup in ("list", "narrowing") and inside_a_name:
            continue  # "Wakil Rektor Bidang Riset": a capitalised cue inside a name or title
        if match.lastgroup == "list" and rules.counted_cue.fullmatch(match.group()) \
                and rules.count_before.search(sentence, max(0, match.start() - 20), match.start()):
            continue  # "1.200 bidang tanah", "dua bidang": a count, not a cue
        regions.append((match.start(), match.end(), match.lastgroup))
    return regions


def _instrument_before(sentence: str, link: int, rules: _Rules) -> int | None:
    """The end of an instrument a few words before a topic link, in its clause, with no regulation
    title or talk noun between ("MoU dengan Kejari tentang ..." but not "Peraturan Nomor 7 tentang
    ..."). A list a cue opened after that instrument is already running: the link then qualifies
    its item ("MoU terkait penyerahan lahan untuk pembangunan kantor") and opens no list."""
    words = [w.start() for w in _PRINTED_WORD.finditer(sentence, max(0, link - 40 * rules.distant_link_words), link)]
    reach = words[-rules.distant_link_words] if len(words) >= rules.distant_link_words else (words[0] if words else link)
    start = max(0, reach - _LONGEST_INSTRUMENT)  # an instrument that ends within reach may start before it
    for stop in _clause_stops(sentence, start, link):
        start = stop.end()
    instruments = [m for m in rules.instrument.finditer(sentence, start, link)
                   if m.end() > reach and sentence[m.start() - 1:m.start()] not in _NUMBER_JOINERS]  # not "04/MoU/II/2021"
    if not instruments or _blocked(sentence, instruments[-1].end(), link, rules):
        return None
    return instruments[-1].end()


def _blocked(sentence: str, start: int, link: int, rules: _Rules) -> bool:
    """A regulation's title or a talk noun between an instrument and its link; the instrument's
    own number is none ("nota kesepahaman Nomor 180/12/2024 tentang ..." but not "sesuai
    Peraturan Nomor 7 Tahun 2021 tentang ...")."""
    blockers = list(rules.distant_link_blocker.finditer(sentence, start, link))
    if not blockers:
        return False
    own = [(start + first, start + last) for first, last, _ in find_reference_numbers(sentence[start:link])]
    return any(not any(_introduces(sentence, blocker.end(), first) or first <= blocker.start() < last
                       for first, last in own) for blocker in blockers)


def _introduces(sentence: str, end: int, number_start: int) -> bool:
    """Only a colon, a period or spaces between a word and the number it introduces."""
    return end <= number_start and not sentence[end:number_start].strip(" :.")


def _clause_end(sentence: str, start: int, limit: int) -> int:
    stop = next(_clause_stops(sentence, start, limit), None)
    return stop.start() if stop else limit


def _clause_stops(sentence: str, start: int, limit: int) -> Iterator[regex.Match]:
    """Where clauses end; the period of a title or a degree ends none ("RSUD Dr. Soetomo tentang
    layanan rujukan"), nor that of a list marker ("meliputi: a. pengelolaan kas; b. ..."), nor a
    dash between two printed numbers ("Nomor 180/12/2024 - 045/UTH/III/2024 tentang ...")."""
    for stop in _CLAUSE_END.finditer(sentence, start, limit):
        if stop.group().strip() in _DASHES and _NUMBER_BEFORE.search(sentence, max(0, stop.start() - 40), stop.start()) \
                and _NUMBER_AFTER.match(sentence, stop.end()):
            continue
        if stop.group().startswith("."):
            word = _LAST_WORD.search(sentence, max(0, stop.start() - 12), stop.start() + 1)
            if word is not None and word.group() in abbreviations():
                continue
            if _MARKER_PERIOD.search(sentence, max(0, stop.start() - 12), stop.start() + 1):
                continue
        yield stop


def _pieces(text: str, rules: _Rules) -> list[tuple[int, int]]:
    """(start, end) of each list piece; separators inside brackets or inside a name that holds
    them ("usaha mikro, kecil, dan menengah") do not split."""
    brackets = [(m.start(), m.group()) for m in _BRACKET.finditer(text)] if "(" in text else []
    whole = [m.span() for m in rules.unsplit.finditer(text)]
    pieces, start, depth, seen = [], 0, 0, 0
    for separator in rules.separators.finditer(text):
        while seen < len(brackets) and brackets[seen][0] < separator.start():
            depth = depth + 1 if brackets[seen][1] == "(" else max(depth - 1, 0)
            seen += 1
        if depth or any(first < separator.start() < last for first, last in whole):
            continue
        pieces.append((start, separator.start()))
        start = separator.end()
    pieces.append((start, len(text)))
    return pieces


def _read_list(sentence: str, start: int, end: int, rules: _Rules, kind: str = "list") -> list[tuple[int, int, str]]:
    """The items of the list between start and end; it stops at a clause that is no area, and where
    the text turns to who signed ("... yang ditandatangani oleh Menteri A, B ..."). After "Melalui
    MoU ini," the first item is what a party will do ("A akan melakukan X"), or there is none; a
    purpose the sentence opens with is one item; after an item cut by a clause ("sebagai basis
    pencegahan A, B"), only pieces that name an activity go on with the list."""
    list_end = rules.list_end.search(sentence, start, end)
    region = sentence[start:list_end.start() if list_end else end]
    items, in_clause = [], False
    pieces = _pieces(region, rules)
    skip_to = 0
    for number, (piece_start, piece_end) in enumerate(pieces):
        if number < skip_to:
            continue  # the people the item before serves
        piece = region[piece_start:piece_end]
        if rules.source.fullmatch(piece):
            continue  # "..., lanjut Budi, ...": the list goes on
        item = _item(piece, rules, kind in ("bare_topic", "distant_purpose", "narrowing"), kind == "through" and not items,
                     kind in ("purpose", "aim") or in_clause)
        if item is None:
            if items or not _blank(piece, rules):
                break  # a clause that is no area ends the list
            continue
        served = _beneficiaries_end(region, pieces, number, piece_start + item[1], rules) \
            if rules.beneficiary.search(piece, item[0], item[1]) else None
        if served is not None:
            skip_to = served + 1
            text_end = pieces[served][1]
            item = (item[0], text_end - piece_start, item[2] + region[piece_start + item[1]:text_end])
        offset = start + piece_start
        items.append((offset + item[0], offset + item[1], item[2]))
        if len(items) >= rules.max_items or kind == "purpose":
            break  # a purpose the sentence opens with ends at its comma
        in_clause = in_clause or _cut_by_a_clause(piece, rules)
    return items


def _beneficiaries_end(region: str, pieces: list[tuple[int, int]], number: int, item_end: int,
                       rules: _Rules) -> int | None:
    """After an item that names whom it serves ("pelayanan kesehatan bagi personel Polri"), the
    commas may list those people, a list closed by its own "dan" after which the list of areas
    goes on ("..., aparatur sipil negara, dan keluarganya, pemeriksaan visum, serta ..."): the
    index of the piece that closes them, or None. The item must run to its piece's end, and no
    piece between may name an activity ("pelatihan bagi guru, pendampingan siswa, dan beasiswa,
    serta ...": a list of areas with one more after it)."""
    if region[item_end:pieces[number][1]].strip(" ,;:."):
        return None
    for later in range(number + 1, len(pieces) - 1):
        if _names_an_activity(region[pieces[later][0]:pieces[later][1]].strip(), rules):
            return None
        if rules.beneficiary_end.search(region, pieces[later - 1][1], pieces[later][0]):
            return later
    return None


def _names_an_activity(piece: str, rules: _Rules) -> bool:
    """An activity or topic noun, or a verb of verb_nominals, opens the piece."""
    return bool(piece) and (piece.split()[0].lower() in rules.verb_nominals or _names_an_area(piece, rules))


def _cut_by_a_clause(piece: str, rules: _Rules) -> bool:
    """The item was cut by a word that opens a subordinate clause ("penguatan peran sekolah
    sebagai basis pencegahan tawuran, narkoba, ..."): the commas after it may enumerate
    inside that clause, so the list goes on only with a piece that names an activity as a
    purpose does (an activity or topic noun, a verb of verb_nominals: "..., serta mengembangkan
    kompetensi SDM")."""
    cut = rules.cuts.search(piece)
    return cut is not None and " ".join(cut.group().lower().split()) in rules.clause_cuts


def _blank(piece: str, rules: _Rules) -> bool:
    """A piece with only fillers ("di dalamnya", "lanjutnya") before the first item."""
    text = piece.strip(" ,;:")
    return not text or rules.strip.fullmatch(text + " ") is not None


def _item(piece: str, rules: _Rules, bare: bool = False, clause: bool = False,
          purpose: bool = False) -> tuple[int, int, str] | None:
    """The area a list piece names, with its offsets in the piece, or None. After a bare
    instrument ("MoU pendampingan hukum") only an activity noun starts an area; a `clause` names
    one only after a modal ("A akan melakukan X"); a `purpose` only with an activity noun, a verb
    of verb_nominals or after a modal or a benefit verb ("Untuk mendapatkan akses pasar")."""
    start = len(piece) - len(piece.lstrip(" ,;:"))
    marker = _LEADING_MARKER.match(piece, start)
    start = marker.end() if marker else start
    cut = rules.cuts.search(piece, start if marker else 0)  # "(1) pertukaran data": a marker, not a dated bracket
    text = piece[:cut.start()] if cut else piece
    modal = rules.modal.search(text, start)
    start = modal.end() if modal else start  # "bank akan memberikan modal": what the party will do
    stripped = rules.strip.match(text, start)
    start = stripped.end() if stripped else start
    text = text[start:].rstrip(" ,;:.")
    words = text.split()
    if not words or not _LETTER.search(text) or _truncated(words[-1]) or len(words) > rules.max_words or rules.money.search(text) or rules.instrument_in_item.search(text) \
            or any(word.lower() in rules.time_words for word in words) \
            or (modal and not modal.group("benefit") and not _does(words[0], stripped, rules)) or (clause and not modal):
        return None
    first = words[0].lower()
    if first in date_lexicon().number_words or first.isdigit():
        return None  # "mencakup tiga hal, yaitu ...": the count of the areas, not one
    if first in rules.bad_start or first in rules.not_topics or rules.relation_words.fullmatch(text) \
            or _catch_all(words, rules) or rules.instrument.fullmatch(text):
        return None  # a clause, a body, the relationship or the instrument itself, or "... lainnya"
    if lookup_place(text) is not None:
        return None  # a region ("kota Harapan"): where, not what
    if (text[0].isupper() or bare) and not _names_an_area(text, rules):
        return None
    if purpose and not (modal or first in rules.verb_nominals or _names_an_area(text, rules)):
        return None
    named = _as_area(words, rules)
    if named is None:
        return None
    return start, start + len(text), named


def _does(first: str, stripped: regex.Match | None, rules: _Rules) -> bool:
    """After a modal: a verb that names an activity ("akan mengembangkan X"), or a doing verb
    before its noun ("akan melakukan sosialisasi")."""
    return first.lower() in rules.verb_nominals \
        or (stripped is not None and stripped.group().split()[-1].lower() in rules.doing_verbs)


def _truncated(last: str) -> bool:
    """A lone lower-case letter at the end: the text was cut off mid-word ("Pengadaan g")."""
    return len(last) == 1 and last.isalpha() and last.islower()


def _catch_all(words: list[str], rules: _Rules) -> bool:
    """The catch-all that closes a list ("kerja sama lainnya", "kegiatan lain"); "tindakan hukum
    lain" names an area."""
    return len(words) > 1 and words[-1].lower() in rules.catch_all \
        and all(word.lower() in rules.generic_objects for word in words[:-1])


def _names_an_area(text: str, rules: _Rules) -> bool:
    """A noun of the shape that names an activity (pengadaan, kebijakan, digitalisasi) or a
    known topic, and not a body ("Kejaksaan Negeri ...")."""
    first = text.split()[0].lower()
    if rules.org_head.match(text) or first in rules.not_topics:
        return False
    return bool(rules.nominal_shape.match(first) or rules.topic_noun.match(text)) or _english_topic(text, rules)


def _english_topic(text: str, rules: _Rules) -> bool:
    """A title-case English topic of business news ("Carbon Capture and Storage", "Green
    Hydrogen"): plain capitalised words and function words, headed by a last word of the
    shape or list of a topic noun, and not by a body's ("Tanoto Foundation")."""
    words = text.split()
    if not text.isascii() or not words[0][0].isupper() \
            or not all(word[0].isupper() or word in rules.english_function_words for word in words):
        return False
    head = words[-1].lower()
    return head not in rules.english_not_topics \
        and (head in rules.english_topic_nouns or rules.english_topic_shape.match(head) is not None)


def _as_area(words: list[str], rules: _Rules) -> str | None:
    """The item as an area: a leading verb becomes its noun and needs a specific object
    ("meningkatkan kesejahteraan" names no area); an item of vague words only ("program dan
    kegiatan", "masyarakat") names none either."""
    first = words[0].lower()
    if first in rules.verb_nominals:
        noun = rules.verb_nominals[first]
        if not noun and len(words) > 1 and words[1][0].isupper() and not _names_an_area(" ".join(words[1:]), rules):
            return None  # "mewujudkan Kota Harapan yang maju": a wish for a place or a body, no area
        words = ([noun] if noun else []) + words[1:]
        return _with_specific_object(words, 1 if noun else 0, rules)
    if _is_verb(first, rules):
        return None  # a verb with no noun in the table: a clause, not an area
    if all(word.lower().strip("(),") in rules.vague_words for word in words):
        return None
    return " ".join(words)


def _is_verb(word: str, rules: _Rules) -> bool:
    """An active, passive or ber- verb by its affixes ("menunjang", "ditetapkannya",
    "berwawasan"), unless a known noun of that shape ("mediasi", "diskusi")."""
    if len(word) < 6 or word in rules.verb_shaped_nouns or rules.nominal_shape.match(word):
        return False
    return bool(_VERB_SHAPE.match(word))


def _with_specific_object(words: list[str], object_start: int, rules: _Rules) -> str | None:
    """The item, when its object names more than a wish or the relationship itself; the relationship
    with an activity and its object after it names that activity ("memperkuat koordinasi pengendalian
    harga pangan"; not "memperkuat koordinasi kedua lembaga")."""
    object_text = " ".join(words[object_start:])
    relation = rules.relation_words.match(object_text)
    if relation and not (len(following := object_text[relation.end():].split()) > 1
                         and rules.activity_shape.match(following[0])
                         and following[0].lower() not in rules.not_topics) \
            or all(word.lower().strip("(),") in rules.generic_objects for word in words[object_start:]):
        return None
    return " ".join(words)


class ScopeFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        rules = _rules()
        about = {t.sentence for t in found.triggers}
        content = [s for s in found.sentences if not s.excluded]
        if not any(s.relevant for s in content):
            return doc  # no agreement vocabulary in the article
        announcing = after_marker = listed = read = enumerating = False
        for sentence in content:
            if announcing and (after_marker or LIST_ITEM.match(sentence.text)):
                _record(found, sentence, find_list_line(sentence.text), listed=True)
                after_marker = listed = False
                continue
            if announcing and _BARE_MARKER.match(sentence.text):
                after_marker = True  # "1." split off from its line: the next sentence is the item
                continue
            ordinal = rules.ordinal_start.match(sentence.text)
            enumerating = ordinal is not None and ((read and rules.first_ordinal.match(sentence.text) is not None)
                                                   or enumerating)  # "Pertama, X. Kedua, Y." after the agreement
            continuation = rules.continuation.match(sentence.text) if listed else None
            was_read = read
            read = sentence.index in about or (sentence.relevant and bool(rules.about_agreement.search(sentence.text))) \
                or continuation is not None
            items = _find(sentence.text, bare_topics=not sentence.headline) if read or enumerating else []
            if enumerating and not items:
                items = _after_ordinal(sentence.text, ordinal.end(), rules)
            if continuation is not None and not items:
                items = _what_a_party_does(sentence.text, continuation.end(), rules)
            if was_read and not read and not items:  # "Pihak bank akan menyediakan X" right after the signing
                opener = rules.plan_opener.match(sentence.text)
                items = _what_a_party_does(sentence.text, opener.end(), rules)
            _record(found, sentence, items)
            listed = bool(items)
            announcing = read and sentence.text.rstrip().endswith(":")
        found.scopes = _split_where_listed_apart(found.scopes, found.text, rules)
        return doc


def _after_ordinal(text: str, start: int, rules: _Rules) -> list[tuple[int, int, str, bool, bool, bool, bool, bool]]:
    """The areas a sentence names after its ordinal ("Kedua, penelitian bersama."), as listed items."""
    return [(*item, False, True, False, False, False) for item in _read_list(text, start, _clause_end(text, start, len(text)), rules)]


def _what_a_party_does(text: str, start: int, rules: _Rules) -> list[tuple[int, int, str, bool, bool, bool, bool, bool]]:
    """After a list, a sentence that goes on with it ("Selain itu, perusahaan akan membuka tempat
    praktik kerja lapangan serta ikut menyusun kurikulum") may say what a party will do, as after
    "Melalui MoU ini,": the areas of its clause, when it opens with a modal and a verb of an activity."""
    while start < len(text) and text[start] in " ,":
        start += 1  # the comma after "Selain itu"
    return [(*item, False, True, False, False, False)
            for item in _read_list(text, start, _clause_end(text, start, len(text)), rules, "through")]


def _split_where_listed_apart(found: list[Scope], text: str, rules: _Rules) -> list[Scope]:
    """An item "A dan B" names two areas when the article lists each part on its own elsewhere
    ("pendidikan, penelitian, dan pengabdian masyarakat" beside "penelitian dan pengabdian kepada
    masyarakat"): the writer's own list splits them. It does too when its parts fall in different
    categories ("penelitian dan pengabdian kepada masyarakat"): one phrase names one field
    ("pendidikan dan pelatihan"), two fields are two areas. Only items read as written are split."""
    named = {_words(scope.text) for scope in found}
    kept: list[Scope] = []
    for scope in found:
        parts = [(scope.start + start, scope.start + end) for start, end in _conjuncts(scope.text, rules)]
        if len(parts) > 1 and text[scope.start:scope.end] == scope.text \
                and (all(_listed_apart(_words(text[start:end]), named) for start, end in parts)
                     or _distinct_fields([text[start:end] for start, end in parts])
                     or _acts_with_objects(scope.text, [text[start:end] for start, end in parts], rules)):
            kept += [replace(scope, start=start, end=end, text=text[start:end], category=categorise(text[start:end]))
                     for start, end in parts]
        else:
            kept.append(scope)
    return kept


def _distinct_fields(parts: list[str]) -> bool:
    """Every part opens with a word of a category of scopes.yaml, and no two with the same one
    ("pengembangan pendidikan dan kesehatan" names one activity, and stays whole)."""
    categories = _rules().categories
    fields = [match.lastgroup if (match := categories.match(part)) else None for part in parts]
    return None not in fields and len(set(fields)) == len(fields)


def _acts_with_objects(item: str, parts: list[str], rules: _Rules) -> bool:
    """A long item whose every part opens with a noun of an act and names that act's object
    ("penerimaan pajak daerah secara nontunai dan penyaluran gaji pegawai"): two acts on two things
    are two areas. A part of one word shares the other's object ("penyediaan dan pemanfaatan data"),
    and a state noun is the first act's object ("pengembangan pendidikan dan kesehatan")."""
    return len(item.split()) >= rules.two_acts_words \
        and all(len(words := part.split()) > 1 and rules.activity_shape.match(words[0])
                and words[0].lower() not in rules.not_topics for part in parts)


def _listed_apart(part: frozenset[str], named: set[frozenset[str]]) -> bool:
    """Another item names the part: the same words, or some of them ("pengabdian masyarakat" for
    "pengabdian kepada masyarakat"); an item that says more ("pengamanan jaringan" for
    "pengamanan") does not. (The part's word subsets are looked up, so the work does not grow
    with the number of items: an item has at most max_item_words words.)"""
    words = sorted(part)
    return any(frozenset(subset) in named for size in range(1, len(words) + 1) for subset in combinations(words, size))


def _conjuncts(item: str, rules: _Rules) -> list[tuple[int, int]]:
    """(start, end) of the parts of an item joined by a conjunction; none split in brackets."""
    if "(" in item:
        return [(0, len(item))]
    spans, start = [], 0
    for connector in rules.conjunction.finditer(item):
        spans.append((start, connector.start()))
        start = connector.end()
    return spans + [(start, len(item))]


def _words(text: str) -> frozenset[str]:
    return frozenset(word.lower() for word in _WORD.findall(text))


def _record(found: Candidates, sentence: Sentence, items: list[tuple], listed: bool = False) -> None:
    for start, end, text, *flags in items:
        topic, listed_here, heading, adding, aim = flags or (False, listed, False, False, False)
        found.scopes.append(Scope(start + sentence.start, end + sentence.start, text, categorise(text),
                                  sentence.index, topic, listed_here, heading, adding, aim))


@Language.factory("sepakat_scopes")
def make_scope_finder(nlp: Language, name: str) -> ScopeFinder:
    return ScopeFinder()
