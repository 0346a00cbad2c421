"""People and their positions (jabatan), in any of the orders news uses.

"Bupati Banyumas Achmad Husein", "Bupati Banyumas, Ir. Achmad Husein",
"Achmad Husein, Bupati Banyumas", "Achmad Husein selaku Bupati Banyumas".
Titles are split off the name; the body inside a position is kept for party matching.
The grammar is shared by the people component and the NER component (names the model finds).
"""
from __future__ import annotations

from functools import lru_cache

from extract.candidates import Person
from extract.dates.lexicon import date_lexicon
from extract.gazetteer import minister_titles, office_portfolios
from extract.known_institutions import institution_at, is_legal_form
from extract.person_names import is_person_name_token
from extract.phrases import (
    PUNCTUATION,
    Tok,
    country_at,
    home_state_names,
    english_tail,
    lexicon,
    known_eponym_at,
    is_name_like,
    is_prefix_title,
    is_vocabulary,
    is_title,
    match_phrase,
    org_head_length,
    position_head_length,
    scan_body,
    scan_name,
    title_length,
    tokenize,
)
from extract.vocabulary import people as people_words
from extract.vocabulary import triggers

def _position_at(tokens: list[Tok], i: int, known: frozenset[str],
                 name_follows: bool = True) -> tuple[int, int] | None:
    """(head_end, position_end) of a position starting at i, or None."""
    head = position_head_length(tokens, i)
    if not head and "/" in tokens[i].text:
        # "Administratur/Kepala KPH Bogor": a slash joins two heads
        first = Tok(tokens[i].text.split("/")[0], tokens[i].start, tokens[i].end)
        head = 1 if position_head_length([first], 0) else 0
    if not head or not tokens[i].is_cap:
        return None
    j = _chained_heads(tokens, i + head)
    if _numbered_head(tokens, j):
        j += 1
        if j < len(tokens) and tokens[j].lower in lexicon().position_joiners:
            j = _chained_heads(tokens, j)  # "Wakil Rektor I sekaligus Plt Rektor Universitas Andalas"
    if i < j < len(tokens) - 1 and tokens[j].lower in _english_office_connectors():
        # "CEO of Hyundai Motor Company", "Ambassador of Japan", "Vice-Chancellor of the University of
        # Melbourne": the body the English office is of
        article = 1 if tokens[j + 1].text == "the" and j + 2 < len(tokens) else 0
        if tokens[j + 1 + article].is_cap:
            j += 1 + article
    if name_follows and (portfolio_end := _known_portfolio_end(tokens, i, j, known)) is not None:
        return j, portfolio_end
    tail = english_tail(tokens, j) if j < len(tokens) else None
    if tail is None and name_follows:
        tail = _english_body_before_name(tokens, j, known)
    if tail:
        within = institution_at(tokens, j)
        if name_follows and within is not None and not within.weak and within.end < tail \
                and is_name_like(tokens[within.end], known):
            return j, within.end  # "Vice Chancellor University of Queensland Deborah Terry": the name starts
        after = institution_at(tokens, tail)  # "... Technology Center Pertamina": the body goes on
        return j, after.end if after is not None and not after.weak else tail
    if name_follows and (_name_right_after_head(tokens, j, known) or _name_after_region_office(tokens, i, j, known)
                         or _name_after_head_of_state(tokens, i, j)):
        return j, j  # "Presiden Joko Widodo", "Sekda Iswar Aminuddin": a head with no body before the name
    if not name_follows:
        # "Rina Astuti selaku Rektor Universitas Tunas Harapan": the name came first, so the
        # whole capitalised run is the body
        return j, (scan_body(tokens, j, inside_position=False, known=known, known_at=institution_at)
                   if j < len(tokens) else j)
    end = scan_body(tokens, j, inside_position=True, known=known, known_at=institution_at) if j < len(tokens) else j
    known_body = institution_at(tokens, j) if j < len(tokens) else None
    if known_body is not None and not known_body.weak:
        # "Dirut Bank Sumut Agus Setiawan", "Rektor Universitas Brawijaya Budi Santoso": a
        # known institution's name is all body, and where it ends the name may start
        end = max(end, known_body.end)
    else:
        end = _complete_named_head(tokens, j, end, known)
    return j, _extend_over_name_like_tail(tokens, _past_known_bodies(tokens, end, known), known)


def _chained_heads(tokens: list[Tok], j: int) -> int:
    """Past the heads chained at j: "Kepala Perwakilan", "Pj. Bupati", "Wakil Ketua Umum", two
    offices of one holder joined ("CEO sekaligus pendiri Tokopedia") and an English office's
    portfolio ("Chief Financial Officer")."""
    while j < len(tokens):
        if position_head_length(tokens, j) and tokens[j].is_cap:
            j += position_head_length(tokens, j)
        elif tokens[j].lower in lexicon().position_joiners and position_head_length(tokens, j + 1):
            j += 1 + position_head_length(tokens, j + 1)
        elif portfolio := _english_portfolio_length(tokens, j):
            j += portfolio
        else:
            break
    return j


def _english_body_before_name(tokens: list[Tok], j: int, known: frozenset[str]) -> int | None:
    """"Direktur Daesan Foundation Rina Wulandari": a body named in English ends with its kind word
    (organisations.yaml tail_heads), after at least one word of its own; when a person's name takes
    the rest of the capitalised run after that word, the body ends there. None otherwise."""
    lex = lexicon()
    run = j
    while run < len(tokens) and tokens[run].is_cap and tokens[run].text not in PUNCTUATION and not is_title(tokens[run]):
        run += 1
    kind = next((k for k in range(run - 2, j, -1) if tokens[k].text in lex.tail_heads), None)
    if kind is None or org_head_length(tokens, j) or not is_name_like(tokens[kind + 1], known):
        return None  # ("PT Bank Celebes Sejahtera Tbk": an Indonesian name, its kind word first)
    name_start, name_end, _ = scan_name(tokens, kind + 1)
    if any(t.is_acronym or is_legal_form(t.key) or t.lower in lex.org_words for t in tokens[kind + 1:run]):
        return None
    return kind + 1 if name_start == kind + 1 and name_end == run and _valid_name(tokens, name_start, name_end) else None


def _known_portfolio_end(tokens: list[Tok], i: int, j: int, known: frozenset[str]) -> int | None:
    """"Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono", "Menteri PANRB Abdullah Azwar
    Anas": after an office that its portfolio names the body of (gazetteer office_portfolios),
    a known body's portfolio, and the state it is of ("Menteri Pertanian Vietnam"), end the
    position when a person's name follows: one that holds no body's, place's or acronym's word,
    with at most one ordinary word before the words that could be a name (the name lexicon
    does not know every given name, "Sakti"). None when no such portfolio and name are there."""
    portfolios = next((found for n in range(min(3, j - i), 0, -1)
                       if (found := office_portfolios().get(tuple(t.key for t in tokens[j - n:j])))), None)
    if not portfolios or j >= len(tokens) or not tokens[j].is_cap:
        return None
    end = max((_words_at(tokens, j, words) for words in portfolios if words[0] == tokens[j].key), default=0)
    if not end:
        return None
    end = _past_state(tokens, end)
    name_start, name_end, _ = scan_name(tokens, end)
    if not _valid_name(tokens, name_start, name_end):
        return None
    lex = lexicon()
    words = tokens[name_start:name_end]
    if any(t.is_acronym or t.lower in lex.org_words or t.lower in known or match_phrase(tokens, k, lex.place_names)
           or country_at(tokens, k) for k, t in enumerate(words, name_start)):
        return None
    leading = next((k for k, t in enumerate(words) if is_name_like(t, known) or is_person_name_token(t.key)), len(words))
    return end if leading <= 1 else None


def _words_at(tokens: list[Tok], j: int, words: tuple[str, ...]) -> int:
    """The end of `words` written from j, commas between them skipped ("Desa, Pembangunan
    Daerah Tertinggal, dan Transmigrasi"); 0 when they are not written there."""
    k = j
    for word in words:
        while k < len(tokens) and tokens[k].text == ",":
            k += 1
        if k >= len(tokens) or tokens[k].key != word:
            return 0
        k += 1
    return k


def _past_state(tokens: list[Tok], k: int) -> int:
    """Past the state a portfolio is of ("Pertanian Vietnam", "Agama Republik Indonesia", "Keuangan
    RI"), or k when none is written there."""
    state = k
    while state < len(tokens) and tokens[state].is_cap and tokens[state].lower in _state_words():
        state += 1
    if country := country_at(tokens, state):
        return state + country
    return state + 1 if state < len(tokens) and tokens[state].text in home_state_names() else k


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    """people.yaml state_words, lower-cased ("republik", "kerajaan")."""
    return frozenset(w.lower() for w in people_words().state_words)


def _english_portfolio_length(tokens: list[Tok], j: int) -> int:
    """"Chief Financial Officer", "Head of Corporate Affairs": after a word of an English
    office (people.yaml english_office_words), the words of its portfolio, with "of" or "and"
    before one, are the office's; tokens they take from j, 0 if none."""
    words, connectors = _english_office_words()
    if j == 0 or tokens[j - 1].text not in words:
        return 0
    k = j
    while k < len(tokens):
        if tokens[k].text in words:
            k += 1
        elif tokens[k].lower in connectors and k + 1 < len(tokens) and tokens[k + 1].text in words:
            k += 2
        else:
            break
    return k - j


@lru_cache(maxsize=1)
def _english_office_connectors() -> frozenset[str]:
    """people.yaml english_body_connectors: the word between an English office and its body."""
    return frozenset(people_words().english_body_connectors)


@lru_cache(maxsize=1)
def _english_office_words() -> tuple[frozenset[str], frozenset[str]]:
    """people.yaml english_office_words (as written) and english_office_connectors."""
    vocabulary = people_words()
    return frozenset(vocabulary.english_office_words), frozenset(vocabulary.english_office_connectors)


def _numbered_head(tokens: list[Tok], j: int) -> bool:
    """"Wakil Rektor I Universitas Andalas", "Asisten II Setda Klaten": a roman numeral right
    after a head numbers the office. "I" may open a Balinese name ("Bupati I Dewa Made Beratha"):
    it numbers the office only before a body's head, an acronym or a known body's name."""
    if j + 1 >= len(tokens) or not tokens[j].is_number or tokens[j].text.isdigit():
        return False
    if tokens[j + 1].lower in lexicon().position_joiners and position_head_length(tokens, j + 2):
        return True  # "Wakil Rektor I sekaligus Plt Rektor": another office of the holder follows
    if not tokens[j + 1].is_cap:
        return False
    if tokens[j].text != "I" or org_head_length(tokens, j + 1) or tokens[j + 1].is_acronym:
        return True
    body = institution_at(tokens, j + 1)  # "Wakil Rektor I Unnes Zaenuri": a known body's short form
    return body is not None and not body.weak


def _past_known_bodies(tokens: list[Tok], end: int, known: frozenset[str]) -> int:
    """"Kepala Subseksi Kemitraan Perhutani Wilayah Selatan Budi Santoso": a known
    institution where the body seemed to end, or one its last word opens ("... Universitas
    Diponegoro"), whose name looks like a person's, is still body, with the ordinary words
    after it; the name starts after them."""
    while end < len(tokens):
        found = institution_at(tokens, end)
        if (found is None or found.weak) and end > 0:
            # "Dekan Fakultas Hukum Universitas Diponegoro Retno": the body stopped inside a known name
            found = institution_at(tokens, end - 1)
        if found is None or found.weak or found.end <= end:
            return end
        end = found.end
        if end < len(tokens) and not is_name_like(tokens[end], known) and not is_title(tokens[end]):
            # (a title after the known body opens the name: "Dekan FKIP Unsoed Dr. Ir. Slamet")
            end = max(end, scan_body(tokens, end, inside_position=True, known=known, known_at=institution_at))
    return end


def _name_right_after_head(tokens: list[Tok], j: int, known: frozenset[str]) -> bool:
    """A personal name (by the name lexicon) of two or more words right after a head, or a
    name opened by a title or an initial ("Rektor Dr. Sari", "Direktur Utama R. Sinta Alif"):
    no body starts with either."""
    if j < len(tokens) and (title_length(tokens, j) or _is_initial(tokens[j])):
        name_start, name_end, _ = scan_name(tokens, j + 1 if _is_initial(tokens[j]) else j)
        return name_start > j and _valid_name(tokens, name_start, name_end)
    return j + 1 < len(tokens) and is_name_like(tokens[j], known) and is_person_name_token(tokens[j].key) \
        and tokens[j + 1].is_cap and is_name_like(tokens[j + 1], known) and not org_head_length(tokens, j) \
        and not match_phrase(tokens, j, lexicon().place_names)


def _name_after_head_of_state(tokens: list[Tok], i: int, j: int) -> bool:
    """"Presiden Yoon Suk Yeol", "Perdana Menteri Fumio Kishida", "Jaksa Agung Sanitiar Burhanuddin":
    after a head of state or government (people.yaml head_of_state_offices) or an office that names its
    body by itself (sole_office_bodies) two or more capitalised words that are no country, place,
    body, acronym or title are the name ("Presiden RI Joko Widodo", "Perdana Menteri Malaysia
    Anwar Ibrahim" keep their state)."""
    if " ".join(t.text for t in tokens[i:j]) not in _head_of_state_offices() or j + 1 >= len(tokens):
        return False
    first, second = tokens[j], tokens[j + 1]
    return all(t.is_cap and not t.is_acronym and t.text not in PUNCTUATION and not is_title(t) for t in (first, second)) \
        and not country_at(tokens, j) and not match_phrase(tokens, j, lexicon().place_names) \
        and not org_head_length(tokens, j) and institution_at(tokens, j) is None and not _english_body_at(tokens, j)


ENGLISH_BODY_WORDS = 5  # words of a company named in English up to its kind word ("Korea Electric Power Corporation")


def _english_body_at(tokens: list[Tok], j: int) -> bool:
    """"Presiden Hyundai Motor Company Jaehoon Chang": a company named in English, its kind word
    among the next capitalised words, opens the run after the head; no name does."""
    tail_heads = lexicon().tail_heads
    k = j
    while k < len(tokens) and k < j + ENGLISH_BODY_WORDS and tokens[k].is_cap and tokens[k].text not in PUNCTUATION:
        if k > j and tokens[k].text in tail_heads:
            return True
        k += 1
    return False


@lru_cache(maxsize=1)
def _head_of_state_offices() -> frozenset[str]:
    """people.yaml head_of_state_offices and the offices of sole_office_bodies: no body follows them."""
    return frozenset((*people_words().head_of_state_offices, *people_words().sole_office_bodies))


def _name_after_region_office(tokens: list[Tok], i: int, j: int, known: frozenset[str]) -> bool:
    """"Sekda Iswar Aminuddin": the heads from i to j end in an office whose body is a region
    (people.yaml region_office_heads), and exactly two capitalised words follow, neither a place,
    a body nor vocabulary: the gazetteer would know the region, so both words are the name."""
    keys = tuple(t.key for t in tokens[i:j])
    if not any(keys[-n:] in _region_office_heads() for n in range(1, min(3, len(keys)) + 1)):
        return False
    if j + 1 >= len(tokens) or any(not is_name_like(t, known) or is_title(t) for t in tokens[j:j + 2]):
        return False
    after = tokens[j + 2] if j + 2 < len(tokens) else None
    if after is not None and after.is_cap and after.text not in PUNCTUATION and not is_title(after):
        return False  # a third word: "Wali Kota Ichikawa Tanaka Koji" may name a town abroad
    body = institution_at(tokens, j)
    return (body is None or body.weak) and not org_head_length(tokens, j) \
        and not match_phrase(tokens, j, lexicon().place_names) and not country_at(tokens, j)


@lru_cache(maxsize=1)
def _region_office_heads() -> frozenset[tuple[str, ...]]:
    """people.yaml region_office_heads, as lower-case word tuples without final periods."""
    return frozenset(tuple(w.lower().rstrip(".") for w in head.split()) for head in people_words().region_office_heads)


def _is_initial(tok: Tok) -> bool:
    """One capital letter, with or without its period ("R.", "A"): an abbreviated name."""
    bare = tok.text.rstrip(".")
    return len(bare) == 1 and bare.isalpha() and bare.isupper()


def _complete_named_head(tokens: list[Tok], start: int, end: int, known: frozenset[str]) -> int:
    """"Direktur Utama Rumah Sakit Pelita Losari dr. Fitriani": a body that stops right
    after a head needing a name ("Rumah Sakit", "Bank") takes the capitalised words after
    it, when a title or a comma then marks where the person's name starts, or a company's
    legal form ("Tbk", "(Persero)") ends the run; without either, a trailing personal name (the
    name lexicon) or, failing that, the last word of a body's vocabulary ends the body ("President
    Director PT Astra International Djony Tjondro"), when a name is left after it."""
    lex = lexicon()
    k = start
    last_head_end = None
    while k < end:
        length = org_head_length(tokens, k)
        if length:
            last_head_end = k + length
            heads = tuple(t.lower for t in tokens[k:k + length])
            k += length
            if last_head_end == end and heads in lex.heads_needing_name:
                break
        else:
            k += 1
    if last_head_end != end:
        return end
    run, after_legal_form = end, None
    while run < len(tokens):
        if tokens[run].text == "(":
            close = next((k for k in range(run + 1, min(run + 6, len(tokens))) if tokens[k].text == ")"), None)
            if close is None or not any(t.is_cap for t in tokens[run + 1:close]):
                break  # (an aside in lower case, a caption's "(kanan)", ends the run)
            if after_legal_form is None and any(is_legal_form(t.key) for t in tokens[run + 1:close]):
                after_legal_form = close + 1
            run = close + 1
            continue
        if not tokens[run].is_cap or is_title(tokens[run]) or tokens[run].text in PUNCTUATION \
                or position_head_length(tokens, run):
            break
        if after_legal_form is None and is_legal_form(tokens[run].key):
            after_legal_form = run + 1
        run += 1
    marks_name = run < len(tokens) and (is_title(tokens[run]) or (tokens[run].text == "," and _comma_ends_body(tokens, run, known)))
    if run > end and marks_name:
        return run
    # nothing marks the name: a company's legal form ended the body ("PT Astra Sentosa Tbk Djony ...")
    if after_legal_form is not None and after_legal_form < run:
        return after_legal_form
    trailing = _before_trailing_name(tokens, end, run)
    if trailing > end:
        return trailing
    return max((k + 1 for k in range(end + 1, run - 1) if is_vocabulary(tokens[k], known)), default=end)


def _comma_ends_body(tokens: list[Tok], k: int, known: frozenset[str]) -> bool:
    """Whether the comma at k ends a body's run of words before a name or a place ("Rumah Sakit
    Pelita Losari, dr. Fitriani"; "Universitas Tunas Harapan, Surakarta, ..."). The day of the
    sentence ("..., Kamis (30/5)"), a word in lower case ("..., kemarin") or another capitalised
    word that is none of these after it does not: the run before the comma may end in the
    holder's name."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is None or after.lower in date_lexicon().weekdays or after.lower in date_lexicon().months:
        return False
    return is_title(after) or is_name_like(after, known) or bool(match_phrase(tokens, k + 1, lexicon().place_names)
                                                               or country_at(tokens, k + 1))


# personal-name words at the end of a capitalised run after a head: the holder's name
_TRAILING_NAME_WORDS = 2


def _before_trailing_name(tokens: list[Tok], end: int, run: int) -> int:
    """"Presiden Direktur PT Djarum Victor Rachmat Hartono": the run after a head ends in two or
    more personal-name words (the name lexicon) after a word that is none: the body ends there."""
    start = run
    while start > end and is_person_name_token(tokens[start - 1].key):
        start -= 1
    if run - start >= _TRAILING_NAME_WORDS and start > end:
        return start
    # "Direktur Utama PT Sritex Iwan Kurniawan Lukminto": a surname the lexicon does not know
    # may end the name, which then starts at the first personal-name word after the body's
    return next((k for k in range(end + 1, run - _TRAILING_NAME_WORDS + 1) if is_person_name_token(tokens[k].key)
                 and all(is_name_like(t) for t in tokens[k:run])), end)


def _extend_over_name_like_tail(tokens: list[Tok], end: int, known: frozenset[str]) -> int:
    """"Ketua KTH Lembah Hijau Lestari, Dedi Kurniawan": when the capitalised run after a
    body is followed by a comma and another name, the run was still the body."""
    run_end = end
    while run_end < len(tokens) and tokens[run_end].is_cap and not is_title(tokens[run_end]) \
            and tokens[run_end].text not in PUNCTUATION:
        run_end += 1
    if run_end == end or run_end + 1 >= len(tokens) or tokens[run_end].text != ",":
        return end
    nxt = tokens[run_end + 1]
    if nxt.lower in date_lexicon().weekdays or nxt.lower in date_lexicon().months:
        return end  # "Ketua Ombudsman RI Budi Santoso, Rabu (23/3)": the date of the sentence
    # a degree after the comma ("Ratna Dewi, S.H.") belongs to the name before it
    if is_name_like(nxt, known) and not is_title(nxt) and not position_head_length(tokens, run_end + 1):
        return run_end
    # "Direktur Reserse Kriminal Khusus Mabes Polri, Kombes Pol. Andi Wirawan": a rank or
    # title opens the name after the comma, so the run (no personal-name word in it) was body
    name_start, name_end, _ = scan_name(tokens, run_end + 1)
    if run_end + 1 < name_start < name_end and is_name_like(tokens[name_start], known) \
            and not any(is_person_name_token(t.key) for t in tokens[end:run_end]):
        return run_end
    return end


def _person(text: str, offset: int, tokens: list[Tok], name_start: int, name_end: int, titles: list[str],
            position: tuple[int, int, int] | None = None, titles_from: int | None = None) -> Person:
    """A person; surface strings are slices of the sentence, as written. `position` is
    (start, head end, end) in tokens; `titles_from` the token where titles before the name start."""
    def surface(first: int, last: int) -> str:
        return text[tokens[first].start - offset:tokens[last - 1].end - offset]

    person = Person(tokens[name_start].start, tokens[name_end - 1].end, surface(name_start, name_end), titles)
    if titles_from is not None and titles_from < name_start:
        person.titles_start = tokens[titles_from].start
    if position:
        pos_start, head_end, pos_end = position
        person.position = surface(pos_start, pos_end)
        person.position_start = tokens[pos_start].start
        person.position_end = tokens[pos_end - 1].end
        if pos_end > head_end:
            person.body = surface(head_end, pos_end)
    return person


def _valid_name(tokens: list[Tok], start: int, end: int) -> bool:
    if end <= start:
        return False
    words = tokens[start:end]
    if org_head_length(tokens, start) or words[0].lower in lexicon().venue_words or _named_place_word(words[0]):
        return False
    if all(t.is_acronym for t in words):
        return False
    return any(is_name_like(t) for t in words)


def _named_place_word(tok: Tok) -> bool:
    """"Jalan", "Bandara" (patterns/places.yaml named_after_people), capitalised as in a place's name."""
    return tok.is_cap and tok.key in lexicon().named_place_words


def _past_capitalised(tokens: list[Tok], i: int) -> int:
    """The token after the capitalised run from i: the whole of a place's name."""
    while i < len(tokens) and tokens[i].is_cap:
        i += 1
    return i


def _plausible_bare_name(words: list[Tok], known: frozenset[str]) -> bool:
    """A name with no position next to it: two to four words, none a place, an acronym, an
    organisation word or a kind word of an English name ("Smart Room Graha Satria Purwokerto",
    "Multimedia University" are no persons), and one of them a personal-name token of the
    lexicon ("Sertifikasi Halal" is none)."""
    lex = lexicon()
    return 2 <= len(words) <= 4 and not any(
        t.is_acronym or t.lower in lex.org_words or t.lower in lex.place_words or t.lower in known
        or t.text in lex.tail_heads for t in words
    ) and any(is_person_name_token(t.key) or t.lower in lex.name_tokens for t in words)


def find_people(text: str, offset: int, known: frozenset[str] = frozenset(),
                offices: list[tuple[int, int, int]] | None = None) -> list[Person]:
    """People in one sentence; `known` are the article's acronyms (see article_acronyms).
    `offices`, when given, collects the offices written without a holder (see holderless_office)."""
    tokens = tokenize(text, offset)
    people: list[Person] = []
    i = 0
    lowercase_heads = lexicon().lowercase_heads
    while i < len(tokens):
        if not tokens[i].is_cap and tokens[i].lower not in lowercase_heads:
            i += 1  # a person's name or position starts with a capital or a lower-case head
            continue
        if i > 0 and _named_place_word(tokens[i - 1]):
            i = _past_capitalised(tokens, i)  # "Jalan Ahmad Yani", "Bandara I Gusti Ngurah Rai": a place
            continue
        if (body_end := known_eponym_at(tokens, i, institution_at)) is not None:
            i = body_end  # "RSUD Prof. Dr. Margono Soekarjo menandatangani ...": the body's namesake
            continue
        position_read = _position_then_name(text, offset, tokens, i, known)
        read = position_read or _name_then_position(text, offset, tokens, i, known)
        if read is None:
            i += 1
            continue
        person, after = read
        if person is not None and not _after_a_place_preposition(tokens, i, person):
            people.append(person)
        elif position_read is not None and offices is not None and (office := holderless_office(tokens, i, known)):
            offices.append(office)
        i = after
    return people


Read = tuple[Person | None, int]  # the person read (or none) and the token to go on from


def _after_a_place_preposition(tokens: list[Tok], i: int, person: Person) -> bool:
    """"... menandatangani nota kesepahaman di Sekar Kedhaton": a bare name (no title, no
    position) right after "di" or "ke" is where something happens, not who."""
    return i > 0 and tokens[i - 1].text in people_words().place_prepositions and person.position is None \
        and not person.titles


def holderless_office(tokens: list[Tok], i: int, known: frozenset[str]) -> tuple[int, int, int] | None:
    """"Bupati Klaten dan Rektor UGM menandatangani ...": an office at i, read with no holder's
    name after it, written with its place, as (position start, body start, end) offsets; None for
    an office that cannot name a body without its holder (see _office_starts) or that names a
    building ("Kantor Bupati Klaten"). Such an office still says which body takes part. An office that
    names its body by itself ("antara Kapolri dan Jaksa Agung", people.yaml sole_office_bodies) is
    written with no body: its body start is its own start."""
    if not match_phrase(tokens, i, _office_starts()) or (i > 0 and tokens[i - 1].lower in lexicon().venue_words):
        return None
    position = _position_at(tokens, i, known)
    if position is None:
        return None
    head_end, pos_end = position
    if head_end >= pos_end:
        office = " ".join(t.text for t in tokens[i:head_end])
        return (tokens[i].start, tokens[i].start, tokens[head_end - 1].end) \
            if office in people_words().sole_office_bodies else None
    return tokens[i].start, tokens[head_end].start, tokens[pos_end - 1].end


@lru_cache(maxsize=1)
def _office_starts() -> dict[str, list[tuple[str, ...]]]:
    """The offices that stand for a region's or a country's body (people.yaml office_bodies,
    office_body_heads, sole_office_bodies, the minister titles), by first word, with the acting prefixes: only those
    can name a party without a holder, so only they are read for one."""
    vocabulary = people_words()
    offices = [*vocabulary.office_bodies, *vocabulary.office_body_heads, *vocabulary.sole_office_bodies,
               *minister_titles(), *_ACTING_PREFIXES]
    index: dict[str, list[tuple[str, ...]]] = {}
    for office in offices:
        words = tuple(word.lower().rstrip(".") for word in office.split())
        index.setdefault(words[0], []).append(words)
    return {first: sorted(set(options), key=len, reverse=True) for first, options in index.items()}


_ACTING_PREFIXES = ("Pj", "Plt", "Plh", "Pjs", "Penjabat")



def _position_then_name(text: str, offset: int, tokens: list[Tok], i: int, known: frozenset[str]) -> Read | None:
    """"Bupati Sragen, Ir. Wahyu Hidayat", "anggota Ombudsman Robert ...": None when no
    position starts at i."""
    tok = tokens[i]
    lowered_head = tok.lower in lexicon().lowercase_heads and not tok.is_cap
    position = _position_at(tokens, i, known) if (tok.is_cap or lowered_head) else None
    if lowered_head and position is None:
        upper = Tok(tok.text.capitalize(), tok.start, tok.end)
        if position_head_length([upper], 0):
            position = (i + 1, scan_body(tokens, i + 1, inside_position=True, known=known, known_at=institution_at))
    if not position:
        return None
    head_end, pos_end = position
    j = pos_end + 1 if pos_end < len(tokens) and tokens[pos_end].text == "," else pos_end
    if j > pos_end:
        j += _place_between_commas(tokens, j)
    name_start, name_end, titles = scan_name(tokens, j)
    if name_start == j == pos_end and _title_opens_the_name(tokens, name_start, name_end):
        pos_end = j = name_end
        name_start, name_end, titles = scan_name(tokens, j)
    if _valid_name(tokens, name_start, name_end) and not _body_word_before_acronym(tokens, name_start, name_end):
        name_end = _past_month_word(tokens, name_start, name_end, titles)
        return _person(text, offset, tokens, name_start, name_end, titles, (i, head_end, pos_end), j), name_end
    return None, max(pos_end, i + 1)


def _past_month_word(tokens: list[Tok], start: int, end: int, titles: list[str]) -> int:
    """"General Manager RU IV Cilacap Edy Januari Utama": a month's name between two words of a
    name is one of its words (a date has a number next to the month: "12 Januari 2024", "Januari
    2024"). The end of the name, with the degrees after it added to `titles`."""
    if not (start < end and end + 1 < len(tokens) and tokens[end].lower in date_lexicon().months
            and tokens[end + 1].is_cap and is_name_like(tokens[end + 1]) and not is_title(tokens[end + 1])):
        return end
    rest_start, rest_end, rest_titles = scan_name(tokens, end + 1)
    if rest_start != end + 1 or rest_end <= rest_start:
        return end
    titles.extend(rest_titles)
    return rest_end


def _place_between_commas(tokens: list[Tok], j: int) -> int:
    """"Rektor Tunghai University, Taiwan, Prof. Wang Li": a country or region alone between
    the commas after a position says where the body is; the name comes after it. Tokens to
    skip (the place and its comma), 0 when no such place is there."""
    lex = lexicon()
    place = match_phrase(tokens, j, lex.country_names) or match_phrase(tokens, j, lex.place_names)
    after = j + place
    if not place or after + 1 >= len(tokens) or tokens[after].text != ",":
        return 0
    name_start, name_end, _ = scan_name(tokens, after + 1)
    return after + 1 - j if _valid_name(tokens, name_start, name_end) else 0


def _title_opens_the_name(tokens: list[Tok], start: int, end: int) -> bool:
    """"Wakil Rektor Bidang Kerja Sama Unsuka Dr. Anindita ...", "Regional CEO Bank Maritim
    Regional Bali Nusra Ir. I Ketut ...": a title written only before names ends the words read
    after a position, which hold no personal-name word of the lexicon: they end the body, and
    the person's name starts at the title. A building's words ("Gedung Rektorat dr. Prakosa")
    name a venue after its namesake instead."""
    if end >= len(tokens) or not is_prefix_title(tokens[end]):
        return False
    lex = lexicon()
    if any(is_person_name_token(t.key) or t.lower in lex.name_tokens or t.lower in lex.venue_words
           for t in tokens[start:end]):
        return False
    name_start, name_end, _ = scan_name(tokens, end)
    return name_start > end and _valid_name(tokens, name_start, name_end)


def _body_word_before_acronym(tokens: list[Tok], start: int, end: int) -> bool:
    """"antara Direktur PLN dengan Asisten Logistik Samudra KASAL": one word right after
    a position, with no comma or title before it and a body's acronym right after it, ends
    the body of an office named without its holder; it is no one's name."""
    return end - start == 1 and start > 0 and tokens[start - 1].text != "," and not is_title(tokens[start - 1]) \
        and end < len(tokens) and tokens[end].is_acronym and len(tokens[end].text) > 1 and not is_title(tokens[end]) \
        and not _closing_initials(tokens, end)


def _closing_initials(tokens: list[Tok], j: int) -> bool:
    """"Penjabat Gubernur Aceh Safrizal ZA": two capitals followed by no capitalised word end
    a name as its initials; no body's name goes on after them."""
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return len(tokens[j].text) == 2 and tokens[j].text.isalpha() \
        and (after is None or not after.is_cap or after.text in PUNCTUATION)


def _name_then_position(text: str, offset: int, tokens: list[Tok], i: int, known: frozenset[str]) -> Read | None:
    """"Achmad Husein, Bupati Banyumas", "Rina Astuti selaku Rektor UTH", or a name alone
    that looks like one; None when no name starts at i."""
    tok = tokens[i]
    if not (tok.is_cap and (is_name_like(tok, known) or is_title(tok))) or org_head_length(tokens, i):
        return None
    name_start, name_end, titles = scan_name(tokens, i)
    if not _valid_name(tokens, name_start, name_end):
        return None
    if not titles and country_at(tokens, name_start) == name_end - name_start:
        return None, name_end  # "ke Australia, Menteri Pertahanan ...": a country is no one's name
    j = name_end
    while j < len(tokens) and (tokens[j].text == "," or is_title(tokens[j])):
        j += 1
    bracketed = _bracketed_position(tokens, j, known)
    if bracketed:
        return _person(text, offset, tokens, name_start, name_end, titles, bracketed, i), bracketed[2] + 1
    if j < len(tokens) and tokens[j].lower in lexicon().position_after_name:
        j += 1
    after = _position_at(_head_capitalised(tokens, j), j, known, name_follows=False) if j < len(tokens) else None
    if after and j > name_end:
        head_end, pos_end = after
        return _person(text, offset, tokens, name_start, name_end, titles, (j, head_end, pos_end), i), pos_end
    body = institution_at(tokens, name_start)
    if not titles and body is not None and not body.weak and body.end >= name_end:
        return None, body.end  # "Pertamina Patra Niaga, anak usaha ...": a known body, not a bare name
    alone = _plausible_bare_name(tokens[name_start:name_end], known) or titles
    return (_person(text, offset, tokens, name_start, name_end, titles, titles_from=i) if alone else None), \
        max(name_end, i + 1)


def _bracketed_position(tokens: list[Tok], j: int, known: frozenset[str]) -> tuple[int, int, int] | None:
    """(start, head_end, end) of a position in brackets right after a name: "Budi Hartono,
    M.Sc. (Rektor Universitas Sriwijaya)"."""
    if j + 1 >= len(tokens) or tokens[j].text != "(":
        return None
    found = _position_at(tokens, j + 1, known, name_follows=False)
    if found is None or found[1] >= len(tokens) or tokens[found[1]].text != ")":
        return None
    return j + 1, found[0], found[1]


def _head_capitalised(tokens: list[Tok], j: int) -> list[Tok]:
    """The tokens with a head written in lower case at j ("..., kepala dinas") capitalised."""
    if j < len(tokens) and tokens[j].lower in lexicon().lowercase_heads:
        return tokens[:j] + [Tok(tokens[j].text.capitalize(), tokens[j].start, tokens[j].end)] + tokens[j + 1:]
    return tokens


@lru_cache(maxsize=1)
def _agreement_words() -> frozenset[str]:
    """Single words of patterns/triggers.yaml: instruments, cooperation words, verbs."""
    vocabulary = triggers()
    return frozenset(t.text.lower() for t in (*vocabulary.terms, *vocabulary.verbs) if " " not in t.text)


def names_no_person(name: str) -> bool:
    """"Kerjasama Cyber", "Kab.", "Peru": a span the model calls a person that starts with
    agreement vocabulary, that is a country's name alone, or whose words are all ordinary words
    or places and none a name token ("Lestari", a word and a name, stays a person)."""
    lex = lexicon()
    words = [t for t in tokenize(name) if t.text not in PUNCTUATION]
    return not words or words[0].lower in _agreement_words() or country_at(words, 0) == len(words) or all(
        (t.lower.rstrip(".") in lex.common_words or t.lower in lex.place_words) and t.lower not in lex.name_tokens
        and not is_person_name_token(t.text) for t in words)


BODY_WORDS_IN_NAME = 3  # words a name may have taken from the end of the body before it
BODY_TAIL_WORDS = 2  # the body's last words that, with the words taken, the article may write alone


def take_body_words_back(person: Person, text: str) -> None:
    """"Direktur PT Sinar Jaya Energi Hendra Gunawan": where the grammar ended the body too
    early, the article writes the body in full elsewhere ("PT Sinar Jaya Energi (SJE)") without
    the name after it; those words go back to the body and the position."""
    if not person.body or person.position_end is None or text[person.position_end:person.start].strip(" ,"):
        return
    words = person.name.split()
    # the body's last words will do: "Direktur Eksekutif Manajemen Pelaksana Program Kartu Prakerja
    # Denni" when the article writes "Program Kartu Prakerja" alone
    written = (person.body, " ".join(person.body.split()[-BODY_TAIL_WORDS:]))
    for taken in range(min(BODY_WORDS_IN_NAME, len(words) - 1), 0, -1):
        if not words[taken][:1].isupper():
            continue
        if any(text.count(f"{body} {' '.join(words[:taken])}") > text.count(f"{body} {' '.join(words[:taken + 1])}")
               for body in written):
            name_start = text.index(words[taken], person.start + len(" ".join(words[:taken])))
            body_start = person.position_end - len(person.body)
            person.position_end = text.rindex(words[taken - 1], person.start, name_start) + len(words[taken - 1])
            person.position = text[person.position_start:person.position_end]
            person.body = text[body_start:person.position_end]
            person.start, person.name = name_start, text[name_start:person.end]
            return


_LOOK_BACK = 14  # tokens searched before a name for the position written in front of it


def person_from_span(text: str, offset: int, start: int, end: int,
                     known: frozenset[str] = frozenset()) -> Person | None:
    """A person for a name span found by other means (the NER model), read with the
    same grammar: titles split off ("Dr. Sari Wulandari, M.Si."), and the position written
    right before it attached ("Kepala Dinas Pendidikan, Dr. Sari Wulandari"). None when
    the span holds no capitalised name."""
    tokens = tokenize(text, offset)
    first = next((k for k, tok in enumerate(tokens) if tok.start >= start), None)
    if first is None or tokens[first].start >= end:
        return None
    name_start, name_end, titles = scan_name(tokens, first)
    name_end = min(name_end, next((k for k, tok in enumerate(tokens) if tok.start >= end), len(tokens)))
    if name_end <= name_start:
        return None
    position = None
    for k in range(first - 1, max(first - _LOOK_BACK, 0) - 1, -1):
        found = _position_at(tokens, k, known) if tokens[k].is_cap else None
        if found:
            between = tokens[found[1]:first]
            if all(tok.text == "," or is_title(tok) for tok in between):
                # heads chain ("Wakil Ketua"): start at the first head of the chain
                while k > 0 and tokens[k - 1].is_cap and (_position_at(tokens, k - 1, known) or (0, 0))[1] == found[1]:
                    k -= 1
                    found = _position_at(tokens, k, known)
                # the grammar may have read the name's first word as part of the body
                position = (k, min(found[0], first), min(found[1], first))
            break
    return _person(text, offset, tokens, name_start, name_end, titles, position)

