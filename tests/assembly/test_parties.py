"""Party resolution: one body written two ways is one party (parties.py)."""
from __future__ import annotations

import pytest

from extract.assembly.parties import merge_parties
from extract.candidates import Organisation


def _orgs(*names: str) -> list[Organisation]:
    return [Organisation(i * 100, i * 100 + len(name), name, name, None, "org_head") for i, name in enumerate(names)]


@pytest.mark.parametrize(
    ("names", "merged"),
    [
        # a run of the name's words written as their initials, the longer form adding its town
        (("SMA IT", "SMA Insan Teladan Klaten"), ["SMA Insan Teladan Klaten"]),
        (("SMK BM", "SMK Bina Mandiri Sleman"), ["SMK Bina Mandiri Sleman"]),
        (("Sinar Jaya", "SJ"), ["Sinar Jaya"]),
        # counter-examples: initials that do not spell the other's words, or a longer form
        # that adds more than its town, name other bodies
        (("SMK BM", "SMK Bina Teladan"), ["SMK BM", "SMK Bina Teladan"]),
        (("PT SJ", "PT Sinar Jaya Abadi"), ["PT SJ", "PT Sinar Jaya Abadi"]),
        (("SMA it", "SMA Insan Teladan"), ["SMA it", "SMA Insan Teladan"]),
        # a word after the initials that is no town's name makes it another body (a head office)
        (("SMA IT", "SMA Insan Teladan Pusat"), ["SMA IT", "SMA Insan Teladan Pusat"]),
    ],
)
def test_a_name_written_with_initials_is_the_same_party(names, merged):
    assert [p.name for p in merge_parties(_orgs(*names), {})] == merged


def test_the_initials_can_be_left_apart():
    assert len(merge_parties(_orgs("SMK BM", "SMK Bina Mandiri Sleman"), {}, initials=False)) == 2


@pytest.mark.parametrize(
    ("names", "merged"),
    [
        # bodies of different kinds named after the same word (no known place) are two parties
        (("Pemerintah Kota Sukamaju", "Universitas Sukamaju"), ["Pemerintah Kota Sukamaju", "Universitas Sukamaju"]),
        (("Pemkot Sukamaju", "Kepolisian Resor Sukamaju"), ["Pemkot Sukamaju", "Kepolisian Resor Sukamaju"]),
        (("PT Cahaya Lestari", "Yayasan Cahaya Lestari Peduli"), ["PT Cahaya Lestari", "Yayasan Cahaya Lestari Peduli"]),
        # a city and the regency of the same name are two governments (their wilayah codes differ)
        (("Pemerintah Kota Bogor", "Pemerintah Kabupaten Bogor"), ["Pemerintah Kota Bogor", "Pemerintah Kabupaten Bogor"]),
        (("Pemkot Bekasi", "Pemkab Bekasi", "Pemerintah Kota Bekasi"), ["Pemerintah Kota Bekasi", "Pemkab Bekasi"]),
        # a shorter mention without a head, or with the longer one's head, is the same body
        (("Ombudsman Republik Indonesia Perwakilan Bali", "Ombudsman"), ["Ombudsman Republik Indonesia Perwakilan Bali"]),
        (("Dinas Pendidikan Provinsi Bali", "Dinas Pendidikan"), ["Dinas Pendidikan Provinsi Bali"]),
        # two known bodies are two parties though one is its kind word and a generic word
        (("Universitas Indonesia", "Universitas Gadjah Mada"), ["Universitas Indonesia", "Universitas Gadjah Mada"]),
        (("Institut Teknologi Bandung", "Institut Teknologi Sepuluh Nopember"),
         ["Institut Teknologi Bandung", "Institut Teknologi Sepuluh Nopember"]),
        # counter-example: the kind word alone still stands for the known body of the record
        (("Universitas Gadjah Mada", "Universitas"), ["Universitas Gadjah Mada"]),
    ],
)
def test_a_shorter_mention_needs_the_longer_ones_kind_of_body(names, merged):
    assert [p.name for p in merge_parties(_orgs(*names), {})] == merged


def test_two_bodies_named_after_one_word_make_a_record(extract):
    """A town's government and its prosecutors sign; the town is no known place name."""
    records = extract("Pemerintah Kota Sukamaju dan Kejaksaan Negeri Sukamaju menandatangani nota kesepahaman "
                      "di aula kantor wali kota, Senin (4/3/2024).")
    assert [[p["name"] for p in r["parties"]] for r in records] == [
        ["Pemerintah Kota Sukamaju", "Kejaksaan Negeri Sukamaju"]]


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        # two offices of one regency: the place word ties, the office's own body decides
        ("Kapolres Gianyar AKBP I Gusti Ngurah Artana dan Bupati Gianyar I Made Mahayastra menandatangani "
         "nota kesepahaman di Gianyar.",
         [("I Gusti Ngurah Artana", "Polres Gianyar"), ("I Made Mahayastra", "Pemkab Gianyar")]),
        ("Polres Gianyar dan Pemkab Gianyar menandatangani nota kesepahaman. Nota itu diteken Kapolres Gianyar "
         "AKBP Made Artana dan Bupati Gianyar Made Mahayastra.",
         [("Made Artana", "Polres Gianyar"), ("Made Mahayastra", "Pemkab Gianyar")]),
        # an office whose body is only its province ("Pj Gubernur Jawa Barat") signs for the body read from it
        ("Kepala Otoritas Jasa Keuangan Provinsi Jawa Barat Indarto Budiwitono dan Pj Gubernur Jawa Barat "
         "Bey Machmudin menandatangani nota kesepahaman.",
         [("Indarto Budiwitono", "OJK Jabar"), ("Bey Machmudin", "Pemprov Jabar")]),
        # counter-example: bodies of two places keep their own signers
        ("Kajari Klaten Rudi Hartono dan Bupati Sleman Sri Mulyani menandatangani nota kesepahaman.",
         [("Rudi Hartono", "Kejari Klaten"), ("Sri Mulyani", "Pemkab Sleman")]),
    ],
)
def test_two_offices_of_one_place_sign_for_their_own_bodies(extract, text, signers):
    [record] = extract(text)
    assert [(s["name"], record["parties"][s["party"]]["acronym"]) for s in record["signatories"]] == signers


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        # a body written as its words' first syllables in a position ("Rektor Unwar")
        ("Universitas Warmadewa menandatangani MoU dengan Pemerintah Kota Denpasar. MoU diteken Rektor Unwar "
         "Prof. Dr. I Gde Suranaya Pandit dan Wali Kota Denpasar I Gusti Ngurah Jaya Negara.",
         [("I Gde Suranaya Pandit", "Universitas Warmadewa"), ("I Gusti Ngurah Jaya Negara", "Pemkot Denpasar")]),
        ("Politeknik Negeri Sukamaju menandatangani MoU dengan PT Sinar Jaya. MoU diteken Direktur Polisuka "
         "Budi Santoso dan Direktur PT Sinar Jaya Dewi Lestari.",
         [("Budi Santoso", "Politeknik Negeri Sukamaju"), ("Dewi Lestari", "PT Sinar Jaya")]),
        # counter-example: a short form of other letters signs for no party
        ("Universitas Warmadewa menandatangani MoU dengan Pemerintah Kota Denpasar. MoU diteken Rektor Unmas "
         "Budi Santoso dan Wali Kota Denpasar I Gusti Ngurah Jaya Negara.",
         [("Budi Santoso", None), ("I Gusti Ngurah Jaya Negara", "Pemkot Denpasar")]),
    ],
)
def test_a_body_written_as_its_first_syllables_is_its_party(extract, text, signers):
    [record] = extract(text)
    names = [p["acronym"] or p["name"] for p in record["parties"]]
    assert [(s["name"], names[s["party"]] if s["party"] is not None else None)
            for s in record["signatories"]] == signers


@pytest.mark.parametrize(
    ("text", "parties_", "signers"),
    [
        # a region's level alone as a position's body is no party; its holder signs for that level's government
        ("Atas nama Pemerintah Kota Surabaya, Sekretaris Kota Ikhsan Hidayat menandatangani perjanjian kerja sama "
         "dengan Direktur Utama Bank Jatim Busrul Iman.",
         ["Pemerintah Kota Surabaya", "Bank Jatim"], [("Ikhsan Hidayat", 0), ("Busrul Iman", 1)]),
        # counter-example: with two governments of that level the holder's party stays open
        ("Pemerintah Kota Surabaya dan Pemerintah Kota Malang menandatangani kesepakatan bersama. Kesepakatan diteken "
         "Sekretaris Kota Ikhsan Hidayat dan Wali Kota Malang Sutiaji.",
         ["Pemerintah Kota Surabaya", "Pemerintah Kota Malang"], [("Ikhsan Hidayat", None), ("Sutiaji", 1)]),
    ],
)
def test_a_level_word_alone_is_no_body_of_its_own(extract, text, parties_, signers):
    [record] = extract(text)
    assert [p["name"] for p in record["parties"]] == parties_
    assert [(s["name"], s["party"]) for s in record["signatories"]] == signers


@pytest.mark.parametrize(
    ("position", "body", "names", "party"),
    [
        # a minister signs for the ministry the office stands for, though the gazetteer spells
        # the ministry's name out in words its bare acronym lacks
        ("Menteri ESDM", "ESDM", ("Kementerian ESDM", "ExxonMobil"), 0),
        ("Menteri BUMN", "BUMN", ("Temasek Holdings", "Kementerian BUMN"), 1),
        ("Bupati Klaten", "Klaten", ("Pemkab Klaten", "Bank Jateng"), 0),
        # counter-example: an office of no party's body signs for none
        ("Menteri ESDM", "ESDM", ("Kementerian Keuangan", "ExxonMobil"), None),
    ],
)
def test_an_office_signs_for_the_body_it_stands_for(position, body, names, party):
    from extract.assembly.parties import party_of
    from extract.candidates import Person

    person = Person(0, 5, "Budi Santoso", [], position=position, body=body)
    assert party_of(person, merge_parties(_orgs(*names), {}), {}) == party
