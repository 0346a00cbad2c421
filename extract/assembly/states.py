"""Which state an office and a party stand for: ministers, ambassadors and heads of
government sign for their state's government ("Menteri ESDM Bahlil Lahadalia" for the party
"Pemerintah Indonesia", "Duta Besar Australia untuk Indonesia Penny Williams" for "Pemerintah
Australia"). Vocabulary: people.yaml state_offices, home_state, state_words, country_aliases."""
from __future__ import annotations

from functools import lru_cache

from extract.gazetteer import minister_titles
from extract.phrases import Tok, country_at, lexicon, match_phrase, tokenize
from extract.vocabulary import people


@lru_cache(maxsize=1)
def _state_offices() -> dict[str, list[tuple[str, ...]]]:
    """The state offices and the minister short titles, by first word (lower case)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for office in (*people().state_offices, *minister_titles()):
        words = tuple(word.lower() for word in office.split())
        index.setdefault(words[0], []).append(words)
    return {first: sorted(options, key=len, reverse=True) for first, options in index.items()}


@lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    """Every written name of a state (lower case) -> the state."""
    names = {alias.lower(): state for state, aliases in people().country_aliases.items() for alias in aliases}
    return {**names, **{state.lower(): state for state in people().country_aliases}}


def _state_of_words(words: list[Tok]) -> str | None:
    """The state a country's name stands for ("RI" -> "Indonesia", "Jepang" -> "Jepang")."""
    name = " ".join(t.text for t in words)
    return _states().get(name.lower(), name)


@lru_cache(maxsize=1024)
def office_state(position: str) -> str | None:
    """The state whose office a position is: the first country written before "untuk"/"di"
    ("Dubes RI untuk Jepang" -> Indonesia), else the home state; None for other offices."""
    tokens = tokenize(position)
    k = next((k for k in range(min(len(tokens), 3)) if match_phrase(tokens, k, _state_offices())), None)
    if k is None:
        return None
    prepositions = lexicon().position_prepositions
    for j in range(k + 1, len(tokens)):
        if tokens[j].lower in prepositions:
            break
        length = country_at(tokens, j) or (1 if tokens[j].text in people().country_aliases.get(people().home_state, ())
                                           else 0)
        if length:
            return _state_of_words(tokens[j:j + length])
    return people().home_state


@lru_cache(maxsize=1024)
def party_state(name: str) -> str | None:
    """The state a party's name is the government of ("Pemerintah Republik Indonesia",
    "Indonesia", "Kerajaan Belanda"); None for any other body."""
    state_words = {w.lower() for w in people().state_words}
    words = [t for t in tokenize(name) if t.lower not in state_words]
    if not words:
        return None
    if country_at(words, 0) == len(words) or " ".join(t.text for t in words).lower() in _states():
        return _state_of_words(words)
    return None
