"""The person-name lexicon: Indonesian name tokens in, institution and ordinary words out."""
from __future__ import annotations

import pytest

from extract.person_names import is_person_name_token, name_token_count
from extract.phrases import lexicon


@pytest.mark.parametrize("name", [
    "Siti", "Sri", "Wahyu", "Dewi", "Putri", "Muhammad", "Nurhayati", "Setiawan", "Saputra",
    "Budi", "Indah", "Wulandari", "SITI", "sri",
])
def test_name_tokens(name):
    assert is_person_name_token(name)


@pytest.mark.parametrize("word", [
    # institution and position vocabulary
    "Universitas", "Kementerian", "Bank", "Kepala", "Direktur", "Bupati", "Jaya", "Agung", "Negeri",
    # budget terms, programmes, English job titles
    "Anggaran", "Dana", "Program", "Bantuan", "Vice", "President", "Director",
    # calendar words, places, function words
    "Maret", "Selasa", "Banyumas", "Jakarta", "Bali", "Dari", "Yang", "the",
    # common words
    "Kerja", "Sama", "Hari", "Baru",
])
def test_common_and_institution_words_are_not_names(word):
    assert not is_person_name_token(word)


def test_counts_order_names_by_frequency():
    assert name_token_count("Muhammad") > name_token_count("Setiawan") > name_token_count("Wahyu") > 0
    assert name_token_count("Sri.") == name_token_count("sri")
    assert name_token_count("Universitas") == 0


def test_the_older_ner_lexicon_is_untouched():
    """phrases.lexicon() still reads person_name_tokens.txt, not the new lexicon."""
    assert "wahyu" in lexicon().name_tokens or "siti" in lexicon().name_tokens
    assert len(lexicon().name_tokens) < 5000


@pytest.mark.parametrize("bad_line", ["Siti\t10", "siti", "siti\tten", "putri\t5"])
def test_a_malformed_lexicon_line_fails_at_load_naming_the_line(tmp_path, monkeypatch, bad_line):
    import extract.person_names as person_names
    from extract.patterns import PatternFileError

    lexicon_file = tmp_path / "lexicon.tsv"
    lexicon_file.write_text(f"# header\nputri\t16853\n{bad_line}\n", encoding="utf-8")
    monkeypatch.setattr(person_names, "pattern_path", lambda name: lexicon_file)
    person_names._counts.cache_clear()
    try:
        with pytest.raises(PatternFileError, match=r"lexicon.tsv:3:"):
            person_names._counts()
    finally:
        person_names._counts.cache_clear()
