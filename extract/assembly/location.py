"""Where a signing took place: the venue, the city named with "di", or the dateline."""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.assembly import cues
from extract.assembly.evidence import evidence
from extract.assembly.roles import detail_sentences
from extract.candidates import Candidates, Place, Venue
from extract.patterns import load_yaml
from extract.places import PlaceMention, find_places, find_places_abroad, lookup_place, name_as_written
from extract.vocabulary import words_pattern


def read_location(found: Candidates, sentence_ids: list[int], following: int,
                  other_signings: frozenset[int] = frozenset(), planned: bool = False) -> tuple[dict, list[dict]]:
    """(location, evidence) of a signing reported in `sentence_ids` and the `following` sentences,
    except those that report `other_signings` (the venue of the next agreement's signing, "Selain
    itu, ... juga menandatangani PKS ... di Hotel X", is not this one's). A `planned` signing's
    place is only the venue a sentence speaking of the signing names, and the town in or after it
    ("Rencananya ditandatangani pekan depan di Pendopo X"): not where the plan was told ("kata
    Bupati di Balai Kota"), nor the dateline, nor a place after "di" (in a plan, too often the
    place the agreement covers or where the plan was told)."""
    location = {"venue": None, "city": None, "province": None, "code": None}
    entries = []
    detail = [i for i in detail_sentences(found, sentence_ids, following) + _the_occasion(found, sentence_ids[0])
              if i not in other_signings
              and not (planned and not _speaks_of_signing(found.sentence(i).text))
              and not (i != sentence_ids[0] and _tells_of_an_earlier_signing(found.sentence(i).text))]
    venue = next((v for i in detail for v in found.venues if v.sentence == i
                  and (i in sentence_ids or not _where_it_was_told(found, v))
                  and not _after_another_activity(found, v.start, i)
                  and not _where_an_earlier_agreement_was_signed(found, v.start, i)), None)
    place = None
    address: list[Place] = []
    if venue:
        location["venue"] = venue.text
        entries.append(evidence(found, "location.venue", venue.text, venue.start, venue.end, "places:venue"))
        inside = [p for p in _places_of(found, venue.sentence) if venue.start <= p.start < venue.end and p.city]
        address = _address_after(found, venue.end, venue.sentence)
        place = next((p for p in address if p.city and p.level != "province"), None) \
            or next((p for p in inside if p.code), inside[0] if inside else None)  # "KBRI Tokyo": abroad last
    abroad_only = False
    told = [i for i in detail if i in sentence_ids or i < sentence_ids[0]
            or _speaks_of_the_event(found.sentence(i).text)]
    if place is None and not planned:
        place = _introduced_place(found, told)
        if place is not None:
            address = _address_after(found, place.end, place.sentence)
        else:
            abroad_only, place = _signed_abroad(found, detail)
    abroad = place is not None and place.code is None  # no Indonesian province is the address of a city abroad
    stated, rule = next((p for p in address if p.level == "province" and p.province
                         and not (abroad and p.code)), None), "places:address_province"
    if place is not None:
        rule_city = "places:venue_city" if venue and venue.start <= place.start < venue.end else "places:di_city"
        rule_city = "places:address_city" if place in address else rule_city
        location.update(city=_city_name(place), province=place.province, code=place.code)
        entries.append(evidence(found, "location.city", location["city"], place.start, place.end, rule_city))
    else:
        if stated is None and not planned:
            stated, rule = _introduced_place(found, told, province=True), "places:di_province"
        if not planned and found.dateline and found.dateline.city \
                and (stated is None or stated.province == found.dateline.province) and not abroad_only:
            dateline = found.dateline  # unless the text names another province or region for the signing
            location.update(city=_city_name(dateline), province=dateline.province, code=dateline.code)
            entries.append(evidence(found, "location.city", location["city"], dateline.start, dateline.end,
                                    "places:dateline"))
        if stated is None and venue and location["city"] is None:
            stated, rule = _venue_province(found, venue), "places:venue_province"
    if stated is not None:
        location["province"] = stated.province
        entries.append(evidence(found, "location.province", stated.province, stated.start, stated.end, rule))
    if location["city"] and not location["province"]:
        match = lookup_place(location["city"])
        if match:
            location["province"] = match.province
    return location, entries


def _the_occasion(found: Candidates, index: int) -> list[int]:
    """The content sentence before sentence `index` when `index` opens by pointing back at the
    occasion it tells of ("Rapat koordinasi digelar di Hotel X. Dalam kesempatan itu, kedua pihak
    menandatangani MoU"; assembly.yaml same_occasion), else none: read last, after the record's
    own sentences."""
    if not cues.rule("same_occasion").search(found.sentence(index).text):
        return []
    before = next((s for s in reversed(found.sentences[:index]) if not s.excluded), None)
    return [before.index] if before is not None else []


@lru_cache(maxsize=256)  # by sentence: each record of an article asks about the same ones
def _speaks_of_the_event(text: str) -> bool:
    """Whether a sentence after a record's mentions speaks of its signing or the event ("Penandatanganan
    dilakukan di Semarang", "Acara tersebut berlangsung di ..."): a town after "di" in any other one is
    more often where the agreement's work is done ("Program ini akan dilaksanakan di Kabupaten
    Magelang") or where something else happened ("... telah dilakukan dengan Pemkab Kendal di Kendal")."""
    return _speaks_of_signing(text) or cues.rule("event_sentence").search(text) is not None


@lru_cache(maxsize=256)  # by sentence: each record of an article asks about the same ones
def _tells_of_an_earlier_signing(text: str) -> bool:
    """"Sebelumnya, kedua pihak telah menandatangani MoU di Jakarta": a later sentence's venue and
    place are those of an earlier signing (assembly.yaml earlier_signing_sentence)."""
    return cues.rule("earlier_signing_sentence").search(text) is not None


def _where_it_was_told(found: Candidates, venue: Venue) -> bool:
    """Whether a venue is where a speaker told of the signing ("Hal itu disampaikan Wali Kota di
    Balai Kota, Senin", "kata Bupati di Pendopo"): a speech verb or a press statement right before
    it, in a sentence that does not speak of the signing itself ("..., ujarnya usai penandatanganan
    di Pendopo" is the signing's)."""
    sentence = found.sentence(venue.sentence)
    return not _speaks_of_signing(sentence.text) \
        and cues.rule("quoted_statement").search(found.text, sentence.start, venue.start) is not None


def _after_another_activity(found: Candidates, start: int, index: int) -> bool:
    """Whether the venue or town at `start` of sentence `index` is where another activity after
    the signing was held ("Usai penandatanganan, acara dilanjutkan dengan kuliah umum di Aula X",
    "Setelah itu, Gubernur meninjau pameran di Gedung Y"): a cue of it before (assembly.yaml
    later_activity) and no signing word after it in the sentence ("Acara dilanjutkan dengan
    penandatanganan MoU di Aula X", "Dalam kunjungan ke Cikarang, kedua pihak menandatangani
    MoU" are the signing's)."""
    sentence = found.sentence(index)
    cue = None
    for cue in cues.rule("later_activity").finditer(found.text, sentence.start, start):
        pass
    return cue is not None and not _speaks_of_signing(found.text[cue.end():sentence.end])


def _where_an_earlier_agreement_was_signed(found: Candidates, start: int, index: int) -> bool:
    """Whether the venue or town at `start` of sentence `index` closes a relative clause of
    signing of an earlier agreement a referenced cue names ("Kerja sama ini menindaklanjuti nota
    kesepahaman yang diteken pada 12 Maret 2023 di Gedung Sate"; assembly.yaml earlier_signing_place)."""
    before = found.text[found.sentence(index).start:start]
    return cues.rule("earlier_signing_place").search(before) is not None \
        and cues.status_cue("referenced", before, len(before)) is not None


@lru_cache(maxsize=256)  # by sentence: each record of an article asks about the same ones
def _speaks_of_signing(text: str) -> bool:
    """Whether a sentence speaks of a signing: a signing verb or the signing noun."""
    return cues.signing_verb().search(text) is not None or cues.rule("signing_noun").search(text) is not None


def fill_host_cities(records: list[dict], found: Candidates) -> None:
    """The town in the name of the party whose premises the venue is ("di Kampus Poltekla",
    Poltekla being "Politeknik Negeri Klaten"), for records with a venue and no city."""
    for record in records:
        location = record.get("location") or {}
        venue = location.get("venue")
        if not venue or location.get("city"):
            continue
        place = next((p for party in record["parties"] if _names_in(venue, party["name"], party["acronym"])
                      for p in find_places(party["name"]) if p.city and p.level != "province"), None)
        if place is None:
            continue
        location.update(city=_city_name(place), province=place.province, code=place.code)
        where = next(e for e in record["evidence"] if e["field"] == "location.venue")
        record["evidence"].append(evidence(found, "location.city", location["city"], where["start"], where["end"],
                                           "places:host_city", "the town in the name of the party hosting the venue"))


def fill_party_provinces(records: list[dict], found: Candidates) -> None:
    """The province of the regions the parties are named after ("Pemkab Sleman", "Universitas
    Negeri Semarang"), for signed records that name no place: a signing is held where its
    local parties are. Left empty when the parties' regions lie in different provinces or a
    party is named after a place abroad (the signing may have been held there)."""
    for record in records:
        location = record.get("location") or {}
        if record.get("status") != "signed" or location.get("province") or location.get("city") \
                or any(find_places_abroad(party["name"]) for party in record["parties"]):
            continue
        regions = {p.province: (index, p) for index, party in enumerate(record["parties"])
                   for p in find_places(party["name"]) if p.province}
        if len(regions) != 1:
            continue
        province, (index, _) = next(iter(regions.items()))
        location["province"] = province
        where = next((e for e in record["evidence"] if e["field"] == f"parties[{index}]"), None)
        if where is not None:
            record["evidence"].append(evidence(found, "location.province", province, where["start"], where["end"],
                                               "places:party_province", "the province of the parties' region"))


def _city_name(place: PlaceMention) -> str:
    """The city as the article names it ("Purwokerto", "Jakarta Selatan"); a province that news
    treats as one city is that city ("Balai Kota DKI Jakarta" -> "Jakarta": places.yaml
    province_cities), not the province's name."""
    if place.level == "province" and place.city:
        return place.city
    return name_as_written(place.text)


def _names_in(venue: str, *names: str | None) -> bool:
    return any(regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(n)}(?![\p{{L}}\p{{N}}])", venue)
               for n in names if n)


def _venue_province(found: Candidates, venue: Venue) -> Place | None:
    """A province named in a venue that names no town ("Kantor Gubernur Jawa Tengah", "Pendopo
    Gubernur Sumatera Barat"): the signing took place in that province."""
    return next((p for p in found.places
                 if venue.start <= p.start < venue.end and p.level == "province" and p.province), None)


def _address_after(found: Candidates, end: int, sentence: int) -> list[Place]:
    """The places of the address written right after `end`, joined by commas ("di Aula X,
    Bantul, Daerah Istimewa Yogyakarta"; assembly.yaml place_chain_gap)."""
    chain: list[Place] = []
    cursor = end
    for place in (p for p in _places_of(found, sentence) if p.start >= end):
        if not cues.rule("place_chain_gap").search(found.text[cursor:place.start]):
            break
        chain.append(place)
        cursor = place.end
    return chain


def _introduced_place(found: Candidates, detail: list[int], province: bool = False) -> Place | None:
    """The first city (or, with `province`, province) of the detail sentences written after
    "di" ("... di Semarang", "di Provinsi Jawa Tengah"), not one a speaker names inside
    quoted speech (read from the paragraph's start: a quote often opens sentences before the
    place), nor one inside a person's position ("Konsul Jenderal Australia di Surabaya Glen
    Askew" names the consulate's seat, not where it signs). A city abroad counts right after
    the signing or the event ("ditandatangani di Tokyo", "berlangsung di Kuala Lumpur"), or after
    a bare "di" following a signing verb when its country is written after it ("menandatangani
    MoU dengan Universitas Kyoto di Kyoto, Jepang"): after a bare "di" alone it is too often one
    the article describes ("Atase RI di Tokyo"). Any place counts after a visit that a signing
    verb follows in the sentence ("Dalam kunjungannya ke Seoul, Pemprov Jabar menandatangani");
    none right after an area of cooperation ("tentang pengembangan desa wisata di Gunungkidul")."""
    for index in detail:
        sentence = found.sentence(index)
        positions = [(p.position_start, p.position_end) for p in found.people
                     if p.sentence == index and p.position_start is not None and p.position_end is not None]
        domestic = [(p, False) for p in found.places if p.sentence == index
                    and (p.level == "province" and p.province if province else p.city)
                    and not any(start <= p.start < end for start, end in positions)]
        abroad = [] if province else [(Place.found(p, sentence.start, index), True)
                                      for p in find_places_abroad(sentence.text) if p.city]
        scope_ends = [s.end for s in found.scopes if s.sentence == index]
        date_starts = [d.start for d in found.dates if d.sentence == index]
        for candidate, is_abroad in sorted(domestic + abroad, key=lambda pair: pair[0].start):
            if any(_BARE_DI.fullmatch(found.text, end, candidate.start) for end in scope_ends) \
                    and not any(_DATE_GAP.fullmatch(found.text, _address_end(found, candidate), start)
                                for start in date_starts):
                # "pengembangan desa wisata di Kabupaten Gunungkidul": the area's place; one the
                # signing's day follows, after its address, is the signing's ("pelatihan tenaga
                # kerja di Sragen, Senin (4/3)", "kerja sama pariwisata di Seoul, Korea Selatan, Selasa")
                continue
            if _after_another_activity(found, candidate.start, index) \
                    or _where_an_earlier_agreement_was_signed(found, candidate.start, index):
                continue  # "Usai penandatanganan, rombongan meninjau pabrik di Cikarang"
            before = sentence.text[:candidate.start - sentence.start].rstrip().lower()
            paragraph = found.text[found.text.rfind("\n", 0, candidate.start) + 1:candidate.start]
            visited = cues.rule("visit_place_introducers").search(before) is not None \
                and cues.signing_verb().search(found.text, candidate.end, sentence.end) is not None
            if (visited or _introduces(before, found.text, candidate, is_abroad)) \
                    and not cues.rule("inside_quote").search(paragraph):
                return candidate
    return None


def _address_end(found: Candidates, place: Place) -> int:
    """Where the address written after `place` ends: its province or region, then its country
    ("di Badung, Bali", "di Seoul, Korea Selatan")."""
    address = _address_after(found, place.end, place.sentence)
    end = address[-1].end if address else place.end
    country = _country_after().match(found.text, end)
    return country.end() if country else end


_BARE_DI = regex.compile(r"\s+di\s+")
_DATE_GAP = regex.compile(r"\s*,?\s*(?:pada\s+)?")  # between a place and the day right after it


def _introduces(before: str, text: str, place: Place, abroad: bool) -> bool:
    """Whether the words `before` a place (lower case) make it the place of the signing; a
    place abroad after a bare "di" needs a signing verb or noun before it ("Penandatanganan
    berlangsung di kantor pusat JXA di Tokyo, Jepang") and its country after it, unless it is a
    country itself ("menandatangani nota kesepahaman di Singapura")."""
    if not abroad:
        return cues.rule("place_introducers").search(before) is not None
    return cues.rule("signing_place_introducers").search(before) is not None or (
        cues.rule("place_introducers").search(before) is not None and _speaks_of_signing(before)
        and (_country_after().match(text, place.end) is not None
             or _country().fullmatch(text, place.start, place.end) is not None))


def _signed_abroad(found: Candidates, detail: list[int]) -> tuple[bool, Place | None]:
    """(abroad, town): whether a detail sentence says the signing took place in a country abroad,
    named after "di" and a signing verb and closing its clause, and the town written before the
    country ("menandatangani nota kesepahaman di Malaysia, Selasa", "di sela-sela World Economic
    Forum di Davos, Swiss"): the dateline's city is not where it was signed. Not a country a
    relative clause names ("dengan perusahaan yang berbasis di Jepang"), nor one inside quoted speech."""
    for index in detail:
        sentence = found.sentence(index)
        scope_ends = [s.end - sentence.start for s in found.scopes if s.sentence == index]
        for match in _country_after_di().finditer(sentence.text):
            before = sentence.text[:match.start()]
            verbs = list(cues.signing_verb().finditer(before))
            paragraph = found.text[found.text.rfind("\n", 0, sentence.start + match.start()) + 1:
                                   sentence.start + match.start()]
            if not verbs or _RELATIVE.search(before, verbs[-1].end()) or cues.rule("inside_quote").search(paragraph) \
                    or any(_AREA_DI.fullmatch(sentence.text, end, match.start() + 2) for end in scope_ends):
                continue  # nor the country of an area of cooperation ("penempatan perawat lansia di Jepang")
            if not match.group("town"):
                return True, None
            start, end = sentence.start + match.start("town"), sentence.start + match.end("town")
            return True, Place(start, end, match.group("town"), match.group("town"), None, None, "city",
                               "text:before_country", index)
    return False, None


_RELATIVE = regex.compile(r"\byang\b", regex.IGNORECASE)
_AREA_DI = regex.compile(r"(?:\s*\([^()]*\))?\s+di")  # an area, its bracketed short form, then "di"


@lru_cache(maxsize=1)
def _countries() -> str:
    """An alternation of countries' names as written (institutions/org_heads.yaml `countries`)."""
    return words_pattern(load_yaml("institutions/org_heads.yaml")["countries"])


@lru_cache(maxsize=1)
def _country() -> regex.Pattern:
    """A country's name."""
    return regex.compile(rf"(?:{_countries()})")


@lru_cache(maxsize=1)
def _country_after() -> regex.Pattern:
    """A comma and a country's name."""
    return regex.compile(rf"\s*,\s*(?:{_countries()})(?![\p{{L}}\p{{N}}])")


@lru_cache(maxsize=1)
def _country_after_di() -> regex.Pattern:
    """"di", a town of up to three capitalised words and a comma, or none, and a country's name
    that closes a clause (a comma, a full stop, the end, "pada")."""
    town = r"\p{Lu}[\p{L}'\-]*(?:\s+\p{Lu}[\p{L}'\-]*){0,2}"
    return regex.compile(rf"\bdi\s+(?:(?P<town>{town}),\s*)?(?:{_countries()})(?=\s*(?:[,.;]|$|pada\b))")


def _places_of(found: Candidates, index: int) -> list[Place]:
    """The gazetteer places of sentence `index` and the places abroad it names, in order
    (wilayah/foreign_places.csv, world_cities.csv: read only for a venue's name and address and
    the dateline; a place abroad after a bare "di" is too often one the article describes)."""
    sentence = found.sentence(index)
    abroad = [Place.found(p, sentence.start, index) for p in find_places_abroad(sentence.text)]
    return sorted([*(p for p in found.places if p.sentence == index), *abroad], key=lambda p: p.start)
