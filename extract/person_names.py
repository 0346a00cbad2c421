"""Indonesian personal-name tokens: a person signal from a licensed lexicon.

A capitalised word may start a person's name or an institution's ("Sari" or "Sarana",
"Wahyu" or "Wahana"). The lexicon (patterns/lexicon/person_name_lexicon.tsv, derived by
tools/build_name_lexicon.py from counts over Indonesian personal names, MIT) lists name
tokens that are frequent in names and are not institution, position, place or ordinary
vocabulary. A hit is evidence, not proof: news also writes "Putri" and "Indah" as words.
The older patterns/lexicon/person_name_tokens.txt (tokens tagged as persons in NER corpora)
is read by extract/phrases.py and is not changed by this module.
"""
from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from extract.patterns import PatternFileError, pattern_path

_LEXICON_FILE = "lexicon/person_name_lexicon.tsv"


@lru_cache(maxsize=1)
def _counts() -> Mapping[str, int]:
    path = pattern_path(_LEXICON_FILE)
    counts: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        token, _, count = line.partition("\t")
        if not token or token != token.casefold() or not count.isdigit() or token in counts:
            raise PatternFileError(f"{path}:{number}: expected a new lower-case token, a tab and a count")
        counts[token] = int(count)
    return MappingProxyType(counts)


# the apostrophe of an Arabic name ("Ma'ruf", "Syafi’i"), which the lexicon's names are written without
_APOSTROPHES = str.maketrans("", "", "'’‘`")


def name_token_count(word: str) -> int:
    """How often `word` occurs in the lexicon's source names (0 when it is not a name token).
    Case, a final period and apostrophes are ignored: "Sri", "SRI", "sri" are one token, and
    so are "Ma'ruf", "Ma’ruf" and "Maruf"."""
    return _counts().get(word.casefold().rstrip(".").translate(_APOSTROPHES), 0)


def is_person_name_token(word: str) -> bool:
    """Whether `word` is an Indonesian personal-name token of the lexicon ("Wahyu", "Siti")."""
    return name_token_count(word) > 0
