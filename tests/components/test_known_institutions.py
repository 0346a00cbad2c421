"""Known institutions in running text: extent, kind and acronym of every gazetteer name or
regional form, and nothing else (institution_at / institutions_in)."""
from __future__ import annotations

import pytest

from extract.known_institutions import institution_at, institutions_in
from extract.phrases import tokenize
from tests.components.markup import parse_markup, tag_pattern

ORG = tag_pattern("ORG")

# Every known institution is marked, with its kind (and acronym / region when tested); the
# rest of each sentence must yield none.
MARKED = [
    # names cut today at a month word, "of", "dan", titles
    "Rektor <ORG kind=university acronym=UNS>Universitas Sebelas Maret</ORG> hadir.",
    "Kerja sama dengan <ORG kind=university>The University of Tokyo</ORG> dan <ORG kind=university>Kyoto University</ORG>.",
    "Mahasiswa <ORG kind=university>Universiti Teknologi Malaysia</ORG> berkunjung.",
    "Direktur <ORG kind=hospital region=33.02>RSUD Prof. Dr. Margono Soekarjo</ORG> menandatangani MoU.",
    "Pasien dirujuk ke <ORG kind=hospital region=34.04>RSUP Dr. Sardjito</ORG> kemarin.",
    "Pejabat <ORG kind=ministry acronym=Kemendikbudristek>Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi RI</ORG> datang.",
    # bodies without a head word the grammar knows
    "MoU antara <ORG kind=bank acronym=Bank_Jateng>Bank Jateng</ORG> dan <ORG kind=company acronym=PHE>Pertamina Hulu Energi</ORG>.",
    "<ORG kind=bank acronym=Bank_Kaltimtara>Bank Kaltimtara</ORG> dan <ORG kind=company acronym=PTPN_IV>PTPN IV</ORG> bersepakat.",
    "Hadir pula <ORG kind=agency>Kodam IV/Diponegoro</ORG> serta <ORG kind=agency>Lanud Adi Soemarmo</ORG>.",
    # legal forms, "PT", trailing acronyms
    "<ORG kind=company acronym=Pertamina>PT Pertamina (Persero) Tbk</ORG> menggandeng <ORG kind=bank acronym=BRI>PT Bank Rakyat Indonesia (Persero) Tbk</ORG> hari ini.",
    "Kerja sama dengan <ORG kind=university acronym=Unsoed>Universitas Jenderal Soedirman (Unsoed)</ORG> berlanjut.",
    # regional forms over region names
    "<ORG kind=regional_government region=33.02>Pemkab Banyumas</ORG> dan <ORG kind=prosecutor region=33.01>Kejari Cilacap</ORG> bekerja sama.",
    "Anggota <ORG kind=police region=33.02>Polres Banyumas</ORG> berjaga.",
    "<ORG kind=agency region=33.03>Kodim 0702/Purbalingga</ORG> menggelar apel.",
    "<ORG kind=ministry region=35>Kanwil Kemenag Jatim</ORG> dan <ORG kind=ministry region=33>Kemenkumham Jateng</ORG> hadir.",
    "Data dari <ORG kind=agency region=33>BPS Provinsi Jawa Tengah</ORG> dan <ORG kind=agency region=33>Ombudsman RI Perwakilan Jawa Tengah</ORG>.",
    "<ORG kind=regional_government region=33.02>Dinas Pendidikan Kabupaten Banyumas</ORG> membuka pendaftaran.",
    # "PT" over a region is the Pengadilan Tinggi; a firm named after a place goes on after it
    "Putusan <ORG kind=court>PT Bandung</ORG> menguatkan vonis itu.",
    "Kerja sama dengan PT Jakarta Griyaloka dan PT Bandung Sinar Karya diteken.",
    # an international charity's Indonesian foundation, "the" in lower case inside its name
    "Country Director <ORG kind=ngo>Save the Children Indonesia</ORG> Rina Wulandari hadir.",
    "MoU antara <ORG kind=ngo>Wahana Visi Indonesia</ORG> dan warga desa.",
    # a common word that is also a known name is flagged weak
    "Nasabah <ORG kind=bank weak=1>Mandiri</ORG> antre.",
    # counter-examples: programmes, budgets, positions, places, bylines, "RI" alone
    "Program Jaminan Kesehatan Nasional dibiayai APBD Kabupaten Banyumas.",
    "Rapat di Kota Semarang dihadiri Direktur Utama dan Vice President.",
    "Kerja sama RI dengan negara tetangga, kata Kepala Dinas.",
    "Sumber: KABARDAERAH.ID dan Jalan Diponegoro Nomor 5.",
    "Ia kuliah di universitas swasta di Provinsi Jawa Tengah.",
    "Hasil riset uns dan bri tidak ditulis dengan huruf besar.",
]


@pytest.mark.parametrize("marked", MARKED)
def test_known_institutions_in_a_sentence(marked):
    text, spans = parse_markup(marked, ORG)
    tokens = tokenize(text)
    found = institutions_in(tokens)
    assert [(tokens[m.start].start, tokens[m.end - 1].end) for m in found] == [(s, e) for s, e, _ in spans]
    for match, (_, _, attributes) in zip(found, spans):
        institution = match.institution
        assert institution.kind == attributes["kind"]
        if "acronym" in attributes:
            assert institution.acronym == attributes["acronym"].replace("_", " ")
        if "region" in attributes:
            assert institution.region_code == attributes["region"]
        assert match.weak == ("weak" in attributes)


def test_canonical_names_and_forms():
    tokens = tokenize("Direktur RSUD Margono Soekarjo dan Rumah Sakit Umum Daerah Prof. Dr. Margono Soekarjo.")
    first, second = institutions_in(tokens)
    assert first.institution == second.institution
    assert first.institution.canonical == "Rumah Sakit Umum Daerah Prof. Dr. Margono Soekarjo"
    assert (first.form, second.form) == ("variant", "canonical")
    regional = institution_at(tokenize("Polres Banyumas"), 0)
    assert regional.form == "regional" and regional.institution.canonical == "Kepolisian Resor Banyumas"


def test_lookup_at_a_position():
    tokens = tokenize("Kerja sama dengan Universitas Sebelas Maret.")
    assert institution_at(tokens, 2) is None                      # "dengan"
    match = institution_at(tokens, 3)
    assert (match.start, match.end) == (3, 6)
    assert institution_at(tokens, 4) is None                      # "Sebelas" starts nothing
    assert institution_at(tokens, len(tokens)) is None
    assert institution_at([], 0) is None


def test_longest_name_wins():
    tokens = tokenize("Kepala Kanwil Kemenkumham Jateng tiba.")
    match = institution_at(tokens, 1)
    assert " ".join(t.text for t in tokens[match.start:match.end]) == "Kanwil Kemenkumham Jateng"
    assert match.institution.acronym == "Kanwil Kemenkumham Jateng"


def test_a_one_word_name_that_is_also_a_persons_name_is_weak():
    match = institution_at(tokenize("Sarinah membuka gerai."), 0)
    assert match.institution.kind == "company" and match.weak
    assert not institution_at(tokenize("Pertamina membuka gerai."), 0).weak



def test_an_acronym_in_brackets_inside_a_known_name_is_part_of_it():
    """"Universitas 17 Agustus 1945 (Untag) Cirebon": the name goes on after its acronym (and
    is not cut at the month word); a name that does not go on ends at its acronym."""
    tokens = tokenize("Rektor Universitas 17 Agustus 1945 (Untag) Cirebon hadir.")
    match = institution_at(tokens, 1)
    assert " ".join(t.text for t in tokens[match.start:match.end]) == "Universitas 17 Agustus 1945 ( Untag ) Cirebon"
    tokens = tokenize("Rektor Universitas Sebelas Maret (UNS) Budi Santoso hadir.")
    match = institution_at(tokens, 1)
    assert " ".join(t.text for t in tokens[match.start:match.end]) == "Universitas Sebelas Maret ( UNS )"
