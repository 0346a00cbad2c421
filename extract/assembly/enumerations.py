"""One signing event, many agreements: the partners of a hub written as an enumeration.

Three shapes are read, each turning one draft into one draft per partner or group:
- a following sentence that names the counterparts of a group noun: "Kedua belas pemda
  tersebut yaitu A, B, ...", "Kedelapan perguruan tinggi itu adalah ...";
- list lines after a sentence that announces them ("... dengan daerah berikut:" and
  "- Pemerintah Kabupaten A" lines);
- numbered groups inside the sentence: "antara 1) X dengan A, B; 2) Y dengan C dan D";
- pairs after a naming cue: "sejumlah perusahaan yaitu A dengan B tentang ..., C dengan D ...",
  also after a number of agreements ("sejumlah kesepakatan, yakni A dengan B, serta C dengan D");
- a number of agreements whose partners the cue names: "dua MoU, yakni dengan A ... dan dengan B ...";
- a counted group of regional governments whose regions a later sentence names ("dengan tiga
  pemerintah daerah" ... "di Kabupaten A, di Kabupaten B dan di Kabupaten C");
- a number of agreements whose partners follow their ordinals ("tiga nota kesepahaman ... MoU
  pertama dengan A ..., kedua dengan B ...");
- partners of whom the text says each signs its own ("dengan A, B, dan C. Masing-masing
  menandatangani nota kesepahaman tersendiri");
- a number of instruments of the same parties listed by topic ("tiga nota kesepahaman, yakni
  tentang A, tentang B, serta tentang C"): one draft per topic, its scopes that topic's.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.assembly import cues
from extract.assembly.parties import same_party
from extract.candidates import Candidates, Draft, Organisation, Sentence
from extract.text import LIST_ITEM
from extract.dates.lexicon import date_lexicon
from extract.vocabulary import WordLists, enumerations, triggers, words_pattern

_GROUP_START = regex.compile(r"(?:^|[\s(])(\d{1,2}|[a-h])\)\s")
NAMING_WINDOW = 40  # characters between a group noun and the cue that names its members
COUNTED_NAMING_WINDOW = 90  # the same after a counted group ("Delapan daerah yang ... dengan PLN yakni")
FOLLOWING_FOR_NAMES = 4  # sentences after a mention searched for "<group> tersebut yaitu ..."
LIST_LINES = 40  # list lines read after a sentence ending with a colon


@lru_cache(maxsize=1)
def _naming_cue() -> regex.Pattern:
    """A group noun and the cue that names its members; or a number of agreements whose
    partners the cue names each after "dengan" ("dua nota kesepahaman, yakni dengan A tentang
    ... dan dengan B tentang ..."); or a sentence opening with the group counted before it
    ("Ketiganya adalah A, B, dan C")."""
    data = enumerations()
    nouns, naming = words_pattern(data.group_nouns), words_pattern(data.naming_cues)
    numbers = words_pattern(tuple(date_lexicon().number_words))
    count = rf"(?:\d{{1,3}}|(?:ke)?(?:{numbers})(?:\s+(?:belas|puluh))?|{words_pattern(data.count_words)})"
    agreements = words_pattern(tuple(t.text for t in triggers().terms if t.purpose == "instrument"))
    partner = words_pattern(data.pairing_words)
    return regex.compile(rf"\b{count}\s+(?:{nouns})\b[^.]{{0,{COUNTED_NAMING_WINDOW}}}?(?:{naming})"
                         rf"|\b(?:\d{{1,2}}|{numbers})\s+(?:{agreements}),?\s+(?:{naming})(?=\s+(?:{partner})\b)"
                         rf"|\b(?:{nouns})\b[^.]{{0,{NAMING_WINDOW}}}?(?:{naming})"
                         rf"|^\W*ke(?:{numbers})nya\s+(?:{naming})", regex.IGNORECASE)


def _has_naming_word(text: str) -> bool:
    """Whether `text` holds a naming cue at all: every naming and pairs cue needs one, and this
    one short pattern is many times cheaper than theirs on the sentences that hold none."""
    return _naming_words().search(text) is not None


@lru_cache(maxsize=1)
def _naming_words() -> regex.Pattern:
    return regex.compile(rf"(?:{words_pattern(enumerations().naming_cues)})", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _pairs_cue() -> regex.Pattern:
    """The naming cue of a list of pairs: after a group noun, or after a number of agreements
    ("sejumlah kesepakatan, yakni PT A dengan PT B, PT C dengan PT D")."""
    data = enumerations()
    numbers = words_pattern(tuple(date_lexicon().number_words))
    agreements = words_pattern(tuple(t.text for t in triggers().terms))
    count = rf"(?:\d{{1,3}}|{numbers}|{words_pattern(data.count_words)})"
    return regex.compile(rf"{_naming_cue().pattern}|\b{count}\s+(?:{agreements})\b[^.]{{0,{NAMING_WINDOW}}}?"
                         rf"(?:{words_pattern(data.naming_cues)})", regex.IGNORECASE)


@lru_cache(maxsize=1)
def counted_agreements() -> regex.Pattern:
    """A number of agreements ("Sebanyak 12 nota kesepahaman diteken", "sejumlah kesepakatan",
    "tiga dokumen kerja sama") whose pairs or parts the next sentences may name."""
    data = enumerations()
    numbers = words_pattern(tuple(date_lexicon().number_words))
    agreements = words_pattern(tuple(t.text for t in triggers().terms))
    count = rf"(?:\d{{1,3}}|{numbers}|{words_pattern(data.count_words)})"
    documents = words_pattern(data.document_nouns)
    return regex.compile(rf"\b{count}\s+(?:(?:{documents})\s+)?(?:{agreements})\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _ordinal_partner() -> regex.Pattern:
    """An ordinal and the pairing word that opens its agreement's partner ("MoU pertama dengan A
    ..., kedua dengan B ..., dan ketiga dengan C")."""
    agreements = words_pattern(tuple(t.text for t in triggers().terms if t.purpose == "instrument"))
    return regex.compile(rf"\b(?:{words_pattern(cues.words('ordinals'))})\s+(?:(?:{agreements})\s+)?"
                         rf"(?:{words_pattern(enumerations().pairing_words)})\s+", regex.IGNORECASE)


def _ordinal_partners(found: Candidates, draft: Draft) -> list[Organisation] | None:
    """The partners of a number of agreements ("menandatangani tiga nota kesepahaman"), named in
    the draft's sentences or the few after them each after its ordinal ("MoU pertama dengan A
    ..., kedua dengan B ...")."""
    first = draft.mentions[0].sentence
    if not _counts_agreements(first.text):
        return None
    for sentence in [first, *found.following(first, FOLLOWING_FOR_NAMES)]:
        partners = []
        for opening in _ordinal_partner().finditer(sentence.text):
            start = sentence.start + opening.end()
            partners += [o for o in _orgs(found, sentence, start) if o.start == start][:1]
        if len(partners) >= 2:
            return partners
    return None


@lru_cache(maxsize=1)
def _counted_partners() -> regex.Pattern:
    """A counted group signed with ("dengan 12 perguruan tinggi se-Jawa Tengah", "dengan para
    rektor"): partners the sentence does not name one by one."""
    data = enumerations()
    numbers = words_pattern(tuple(date_lexicon().number_words))
    count = rf"(?:\d{{1,3}}|{numbers}(?:\s+(?:belas|puluh))?|{words_pattern(data.count_words)})"
    return regex.compile(rf"\b(?:{words_pattern(data.pairing_words)})\s+{count}\s+(?:{words_pattern(data.group_nouns)})\b",
                         regex.IGNORECASE)


@lru_cache(maxsize=1)
def _opening_naming_cue() -> regex.Pattern:
    """A sentence that opens with a naming cue ("Di antaranya antara A dan B, serta C dan D")
    names what the sentence before counted."""
    return regex.compile(rf"^\W*(?:{words_pattern(enumerations().naming_cues)})(?!\w)", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _segment_end() -> regex.Pattern:
    """What ends one pair of a list of pairs: a comma, a semicolon or a separating word."""
    return regex.compile(rf"[,;]|\b(?:{words_pattern(enumerations().pair_separators)})\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _regional() -> regex.Pattern:
    return WordLists({"regional_groups": enumerations().regional_groups}).rule("regional_groups")


def _orgs(found: Candidates, sentence: Sentence, after: int = 0) -> list[Organisation]:
    return sorted((o for o in found.orgs if o.sentence == sentence.index and not o.in_position
                   and not o.weak and o.start >= after), key=lambda o: o.start)


def _named_counterparts(found: Candidates, draft: Draft) -> list[Organisation] | None:
    """Partners named by "<group noun> tersebut yaitu A, B, C" in the draft's sentences or
    the few after them; regional governments may be named by their region alone
    ("beberapa daerah, yaitu Kota Kendari, Kabupaten Paser")."""
    first = draft.mentions[0].sentence
    for sentence in [first, *found.following(first, FOLLOWING_FOR_NAMES)]:
        cue = _naming_cue().search(sentence.text) if _has_naming_word(sentence.text) else None
        if not cue:
            continue
        after = sentence.start + cue.end()
        partners = _orgs(found, sentence, after)
        if len(partners) < 2 and _regional().search(cue.group()):
            partners = _regional_governments(found, sentence, after)
        if len(partners) < 2:
            # members named by their heads, and any named outright among them ("yakni Rektor
            # Institut A, Dr. X, Rektor B, ...": a known body inside a position stands alone)
            offices = _offices(found, sentence, after)
            partners = sorted(partners + [o for o in offices if all(o.name != p.name for p in partners)],
                              key=lambda o: o.start) if offices else partners
        if len(partners) >= 2:
            return partners
    return None


@lru_cache(maxsize=1)
def _counted_regional_group() -> regex.Pattern:
    numbers = words_pattern(tuple(date_lexicon().number_words))
    groups = words_pattern(enumerations().regional_groups.words)
    return regex.compile(rf"\b(\d{{1,2}}|{numbers})\s+(?:{groups})\b", regex.IGNORECASE)


def _counted_regions(found: Candidates, draft: Draft) -> list[Organisation] | None:
    """"MoU dengan tiga pemerintah daerah", and a sentence then naming exactly three regencies
    or cities ("... di Kabupaten A, ... di Kabupaten B, dan ... di Kabupaten C"): the
    governments of those regions are the partners. The count must match."""
    first = draft.mentions[0].sentence
    counted = _counted_regional_group().search(first.text)
    if not counted:
        return None
    word = counted.group(1).lower()
    count = int(word) if word.isdigit() else date_lexicon().number_words.get(word)
    if not count or count < 2:
        return None
    for sentence in [first, *found.following(first, FOLLOWING_FOR_NAMES)]:
        after = first.start + counted.end() if sentence is first else sentence.start
        governments = _regional_governments(found, sentence, after, below_province=True)
        if len(governments) == count:
            return governments
    return None


def _offices(found: Candidates, sentence: Sentence, after: int) -> list[Organisation]:
    """"empat perguruan tinggi yakni Rektor A, Dr. X, Rektor B, Dr. Y": members named by
    their heads stand for the bodies of those offices, each once."""
    bodies: dict[str, Organisation] = {}
    for org in sorted(found.orgs, key=lambda o: o.start):
        if org.sentence == sentence.index and org.in_position and org.start >= after and not org.weak:
            bodies.setdefault(org.name, org)
    return list(bodies.values())


def _regional_governments(found: Candidates, sentence: Sentence, after: int,
                          below_province: bool = False) -> list[Organisation]:
    """"Kota Kendari" in a list of regions stands for Pemerintah Kota Kendari; with
    `below_province`, a province (written as an address: "di Kabupaten X, Jawa Tengah") is none."""
    governments = []
    for place in found.places:
        levels = enumerations().region_governments
        if place.sentence != sentence.index or place.start < after or place.level not in levels \
                or (below_province and place.level == "province"):
            continue
        name = f"{levels[place.level]} {place.city or place.province}"
        if any(g.name == name for g in governments):
            continue  # "Kab. Hulu Sungai Selatan (HSS)": one region named twice
        governments.append(Organisation(place.start, place.end, place.text, name, None, "enumerated_region",
                                        sentence.index))
    return governments


def _listed_counterparts(found: Candidates, draft: Draft) -> list[Organisation] | None:
    """Partners on list lines right after a sentence that ends with a colon: a sentence of
    the draft, or the one right after its first ("... dengan sejumlah perusahaan. Berikut
    daftarnya:"), whose lines then each open with the partner."""
    for sentence, leading in _list_openers(found, draft):
        partners = []
        for line in _list_lines(found, sentence):
            orgs = _orgs(found, line)[:1]
            if leading and orgs and not _opens_line(line, orgs[0]):
                return None
            partners += orgs
        if len(partners) >= 2:
            return partners
    return None


def _listed_pairs(found: Candidates, draft: Draft) -> list[list[Organisation]] | None:
    """"Berikut daftar MoU yang diteken:" and lines "- PT A dengan PT B tentang ...": each line
    that opens with two bodies paired ("A dengan B") is one agreement; every line naming a body
    must be such a pair, and there must be two."""
    for sentence, _ in _list_openers(found, draft):
        groups = []
        for line in _list_lines(found, sentence):
            orgs = _orgs(found, line)
            if not orgs:
                continue
            if len(orgs) < 2 or not _opens_line(line, orgs[0]) \
                    or not _paired(found.text[orgs[0].end:orgs[1].start], False):
                return None
            groups.append(orgs[:2])
        if len(groups) >= 2:
            return groups
    return None


def _list_openers(found: Candidates, draft: Draft) -> list[tuple[Sentence, bool]]:
    """The sentences ending with a colon that may open a list of the draft's agreements: its own
    (False), and the one right after its first (True: its lines must open with their bodies)."""
    own = {m.sentence.index: m.sentence for m in draft.mentions}
    openers = [(sentence, False) for sentence in own.values() if sentence.text.rstrip().endswith(":")]
    after = found.following(draft.mentions[0].sentence, 1)
    if after and after[0].index not in own and after[0].text.rstrip().endswith(":"):
        openers.append((after[0], True))
    return openers


def _list_lines(found: Candidates, sentence: Sentence) -> list[Sentence]:
    lines = []
    for line in found.following(sentence, LIST_LINES):
        if not LIST_ITEM.match(line.text):
            break
        lines.append(line)
    return lines


def _opens_line(line: Sentence, org: Organisation) -> bool:
    """Whether a list line opens with the body (after its bullet or number)."""
    marker = LIST_ITEM.match(line.text)
    return marker is not None and org.start - line.start <= marker.end()


def _distinct(partners: list[Organisation], acronyms: dict[str, str]) -> list[Organisation]:
    """One partner per body: an enumeration may name one again ("PT Perusahaan Gas Negara Tbk
    atau PGN"), and a body named twice signs one agreement."""
    kept: list[Organisation] = []
    for partner in partners:
        if not any(same_party(k.name, partner.name, acronyms) for k in kept):
            kept.append(partner)
    return kept


def _hub(found: Candidates, draft: Draft, partners: list[Organisation],
         acronyms: dict[str, str]) -> Organisation | None:
    """The body all partners sign with: a party of the draft, or the body of a signer's
    office in its first sentence ("dengan Presiden X University")."""
    first = draft.mentions[0].sentence.index
    offices = [o for o in found.orgs if o.sentence == first and o.in_position]
    for party in [*draft.parties, *offices]:
        if not any(same_party(party.name, p.name, acronyms) for p in partners):
            return party
    return None


def _groups(found: Candidates, draft: Draft) -> list[list[Organisation]] | None:
    """"antara 1) X dengan A, B; 2) Y dengan C": one group of bodies per number."""
    for mention in draft.mentions:
        sentence = mention.sentence
        starts = [m.start(1) for m in _GROUP_START.finditer(sentence.text)]
        if len(starts) < 2:
            continue
        bounds = [sentence.start + s for s in starts] + [sentence.end]
        groups = []
        for left, right in zip(bounds, bounds[1:]):
            members = [o for o in _orgs(found, sentence) if left <= o.start < right]
            if len(members) >= 2:
                groups.append(members)
        if len(groups) >= 2:
            return groups
    return None


def _paired_groups(found: Candidates, draft: Draft) -> list[list[Organisation]] | None:
    """"... yaitu PT A dengan PT B tentang X, PT C dengan PT D tentang Y": after a naming cue,
    each comma-separated part that pairs two bodies ("A dengan B") is one agreement; every part
    naming a body must be such a pair, and there must be two (a plain list is one hub's partners).
    The cue may open the sentence after one that counts the agreements ("Sebanyak 12 nota
    kesepahaman diteken. Di antaranya antara A dan B, serta C dan D"); after "antara", "dan"
    pairs two bodies too. In a sentence of the draft's own, "antara" alone opens such a list
    ("Penandatanganan dilakukan antara A dengan B, C dengan D, serta E dengan F")."""
    first = draft.mentions[0].sentence
    own = {m.sentence.index for m in draft.mentions}
    counted = False
    for sentence in [first, *found.following(first, FOLLOWING_FOR_NAMES)]:
        naming = _has_naming_word(sentence.text)
        cue = (_pairs_cue().search(sentence.text) if naming else None) \
            or (_opening_naming_cue().search(sentence.text) if counted and naming else None)
        counted = _counts_agreements(sentence.text)
        between_cue = _between_cue().search(sentence.text) if not cue and sentence.index in own else None
        cue = cue or between_cue
        if not cue:
            continue
        bounds = [sentence.start + cue.end()]
        bounds += [sentence.start + m.start() for m in _segment_end().finditer(sentence.text, cue.end())]
        bounds.append(sentence.end)
        # a brand or an unknown acronym the draft took in a pair's slot ("antara PT A dengan CATL,
        # serta PT B dengan Foxconn") is a member too
        orgs = _orgs(found, sentence, bounds[0])
        orgs = sorted([*orgs, *(p for p in draft.parties if p.sentence == sentence.index and p.start >= bounds[0]
                                and (p.weak or p.rule == "brand_slot") and p not in orgs)], key=lambda o: o.start)
        between = bool(orgs) and (between_cue is not None or found.text[bounds[0]:orgs[0].start].strip().lower()
                                  == enumerations().between_opener)
        groups = []
        for left, right in zip(bounds, bounds[1:]):
            members = [o for o in orgs if left <= o.start < right]
            if not members:
                continue
            if len(members) < 2 or not _paired(found.text[members[0].end:members[1].start], between):
                return None
            groups.append(members)
        if len(groups) >= 2:
            return groups
    return None


@lru_cache(maxsize=1)
def _between_cue() -> regex.Pattern:
    """"antara" right before the first body of a list of pairs (enumerations.yaml between_opener)."""
    return regex.compile(rf"\b{regex.escape(enumerations().between_opener)}\s+", regex.IGNORECASE)


@lru_cache(maxsize=256)  # by sentence: each record of an article asks about the same ones
def _counts_agreements(text: str) -> bool:
    return counted_agreements().search(text) is not None


@lru_cache(maxsize=2)
def _pairing_words(between: bool) -> frozenset[str]:
    data = enumerations()
    words = data.pairing_words + (data.between_pairing_words if between else ())
    return frozenset(w.lower() for w in words)


def _paired(between_bodies: str, after_between: bool) -> bool:
    """Whether the words between two bodies pair them ("dengan"; also "dan" after "antara")."""
    return between_bodies.strip().lower() in _pairing_words(after_between)


def _each_own(found: Candidates, draft: Draft, acronyms: dict[str, str]) -> list[Organisation] | None:
    """"Kemendag menandatangani MoU dengan A, B, dan C. Masing-masing platform menandatangani
    MoU tersendiri": the partners of the draft's first party (three bodies or more), when its
    sentences or the next say each signs its own."""
    first = draft.mentions[0].sentence
    parties = _distinct(draft.parties, acronyms)
    if len(parties) < 3:
        return None
    sentences = [*{m.sentence.index: m.sentence for m in draft.mentions}.values(), *found.following(first, 1)]
    return parties[1:] if any(cues.rule("each_own").search(s.text) for s in sentences) else None


@lru_cache(maxsize=1)
def _topic_list() -> regex.Pattern:
    """A number of instruments whose naming cue opens a list of topics ("tiga nota kesepahaman,
    yakni tentang A", "Ketiga MoU itu adalah mengenai A"), or a sentence opening with them counted
    ("Ketiganya yakni tentang A"); the number is group `count`."""
    data = enumerations()
    numbers = words_pattern(tuple(date_lexicon().number_words))
    agreements = words_pattern(tuple(t.text for t in triggers().terms if t.purpose == "instrument"))
    naming, topics = words_pattern(data.naming_cues), words_pattern(data.topic_words)
    return regex.compile(rf"(?:\b(?:ke)?(?P<count>\d{{1,2}}|{numbers})\s+(?:(?:{words_pattern(data.document_nouns)})\s+)?"
                         rf"(?:{agreements})\b[^.]{{0,{NAMING_WINDOW}}}?|^\W*ke(?P<count>{numbers})nya\s+)"
                         rf"(?:{naming}),?\s+(?=(?:{topics})\b)", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _topic_word() -> regex.Pattern:
    return regex.compile(rf"\b(?:{words_pattern(enumerations().topic_words)})\b", regex.IGNORECASE)


def _counted_topics(found: Candidates, draft: Draft, drafts: list[Draft]) -> list[tuple[int, int]] | None:
    """The spans of the topics of a number of instruments listed by topic in the draft's first
    sentence or the few after it, one per instrument: each topic word after the cue opens one
    ("yakni tentang A, tentang B, serta tentang C"). Their number must be the count, so "MoU
    tentang A dan B" (one instrument, two areas) and a count of points ("tiga hal") part nothing.
    A topic naming a body ("tentang A dengan PT B") is another pair's, and a record the text opens
    after the list reports its instruments one by one: neither is split here."""
    first = draft.mentions[0].sentence
    window = [first, *found.following(first, FOLLOWING_FOR_NAMES)]
    if any(other is not draft and first.index < other.mentions[0].sentence.index <= window[-1].index
           for other in drafts):
        return None
    for sentence in window:
        listed = _topic_list().search(sentence.text)
        if not listed:
            continue
        word = listed.group("count").lower()
        count = int(word) if word.isdigit() else date_lexicon().number_words.get(word)
        starts = [sentence.start + m.start() for m in _topic_word().finditer(sentence.text, listed.end())]
        if count is None or count < 2 or len(starts) != count:
            return None
        comma = found.text.find(",", starts[-1], sentence.end)  # the last topic ends the list
        spans = list(zip(starts, [*starts[1:], comma if comma >= 0 else sentence.end]))
        if any(starts[0] <= o.start < spans[-1][1] for o in _orgs(found, sentence, starts[0])):
            return None
        return spans
    return None


def split_enumerations(found: Candidates, drafts: list[Draft]) -> list[Draft]:
    """Replace each draft whose partners (or topics) are enumerated by one draft per partner/group
    (or topic)."""
    result: list[Draft] = []
    first_of: dict[int, int] = {}  # old index -> index of its (first) draft in the result
    for index, draft in enumerate(drafts):
        first_of[index] = len(result)
        if draft.status not in {"signed", "planned", None}:
            result.append(draft)
            continue
        if draft.status is None:
            # a status still open ("Di antaranya MoU antara A dengan B, serta C dengan D", the
            # signing told before): only pairs named in its own sentences part it
            groups = _paired_groups(found, draft)
            if groups is None:
                result.append(draft)
                continue
        else:
            groups = _groups(found, draft) or _paired_groups(found, draft) or _listed_pairs(found, draft)
        if groups is None:
            partners = _distinct(_named_counterparts(found, draft) or _listed_counterparts(found, draft)
                                 or _ordinal_partners(found, draft) or _counted_regions(found, draft)
                                 or _each_own(found, draft, found.acronyms) or [], found.acronyms)
            hub = _hub(found, draft, partners, found.acronyms) if partners else None
            topics = _counted_topics(found, draft, drafts) if hub is None and draft.status == "signed" else None
            if topics is not None:
                result += [Draft(list(draft.mentions), draft.type, draft.status, list(draft.parties),
                                 parent=draft.parent, topic=topic) for topic in topics]
                continue
            if hub is None:
                draft.unnamed_partners = not partners \
                    and _counted_partners().search(draft.mentions[0].sentence.text) is not None
                result.append(draft)
                continue
            groups = [[hub, partner] for partner in partners]
        for members in groups:
            result.append(Draft(list(draft.mentions), draft.type, draft.status, members, parent=draft.parent,
                                enumerated=True))
    # a parent link names a draft by its index: the split moved them (each part implements
    # what the whole did)
    for draft in result:
        if draft.parent is not None:
            draft.parent = first_of[draft.parent]
    return result
