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
         "Prof. Dr. I Made Sudarsana dan Wali Kota Denpasar I Gusti Made Wirawan.",
         [("I Made Sudarsana", "Universitas Warmadewa"), ("I Gusti Made Wirawan", "Pemkot Denpasar")]),
        ("Politeknik Negeri Sukamaju menandatangani MoU dengan PT Sinar Jaya. MoU diteken Direktur Polisuka "
         "Budi Santoso dan Direktur PT Sinar Jaya Dewi Lestari.",
         [("Budi Santoso", "Politeknik Negeri Sukamaju"), ("Dewi Lestari", "PT Sinar Jaya")]),
        # counter-example: a short form of other letters signs for no party
        ("Universitas Warmadewa menandatangani MoU dengan Pemerintah Kota Denpasar. MoU diteken Rektor Unmas "
         "Budi Santoso dan Wali Kota Denpasar I Gusti Made Wirawan.",
         [("Budi Santoso", None), ("I Gusti Made Wirawan", "Pemkot Denpasar")]),
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
         "dengan Direktur Utama Bank Jatim Hendra Gunawan.",
         ["Pemerintah Kota Surabaya", "Bank Jatim"], [("Ikhsan Hidayat", 0), ("Hendra Gunawan", 1)]),
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
        # a unit named with its body's short form at its end: the article's or the gazetteer's
        ("Direktur Bisnis Mikro BRI", "Bisnis Mikro BRI", ("PT Pos Indonesia", "PT Bank Rakyat Indonesia Tbk"), 1),
        # counter-example: an office of no party's body signs for none
        ("Menteri ESDM", "ESDM", ("Kementerian Keuangan", "ExxonMobil"), None),
    ],
)
def test_an_office_signs_for_the_body_it_stands_for(position, body, names, party):
    from extract.assembly.parties import party_of
    from extract.candidates import Person

    person = Person(0, 5, "Budi Santoso", [], position=position, body=body)
    assert party_of(person, merge_parties(_orgs(*names), {}), {}) == party


def test_a_unit_named_with_the_acronym_the_article_gives_its_body_signs_for_that_body():
    from extract.assembly.parties import party_of
    from extract.candidates import Person

    orgs = [Organisation(0, 13, "Pemkab Klaten", "Pemkab Klaten", None, "org_head"),
            Organisation(100, 121, "Bank Sinar Jaya (BSJ)", "Bank Sinar Jaya", "BSJ", "org_head")]
    person = Person(200, 212, "Budi Santoso", [], position="Kepala Divisi Kredit UMKM BSJ", body="Divisi Kredit UMKM BSJ")
    assert party_of(person, merge_parties(orgs, {}), {}) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker for the body of their office ("pihaknya", "kita") names the other party
        ("SIDOARJO - Bupati Sidoarjo Ahmad Muhdlor Ali mengatakan pihaknya akan menandatangani nota kesepahaman "
         "dengan Institut Teknologi Sepuluh Nopember untuk kajian banjir.",
         [("planned", ["Institut Teknologi Sepuluh Nopember", "Pemerintah Kabupaten Sidoarjo"])]),
        ("SIDOARJO - \"Nanti kita akan teken MoU dengan Institut Teknologi Sepuluh Nopember untuk kajian banjir,\" "
         "ujar Bupati Sidoarjo Ahmad Muhdlor Ali.",
         [("planned", ["Institut Teknologi Sepuluh Nopember", "Pemerintah Kabupaten Sidoarjo"])]),
        # counter-example: an office holder who speaks of another body's plan is no party of it
        ("SIDOARJO - Bupati Sidoarjo Ahmad Muhdlor Ali mengatakan Institut Teknologi Sepuluh Nopember akan "
         "menandatangani nota kesepahaman untuk kajian banjir.", []),
    ],
)
def test_a_speaker_for_their_body_names_the_other_party(extract, text, expected):
    assert [(r["status"], [p["name"] for p in r["parties"]]) for r in extract(text)] == expected


def test_the_head_of_a_branch_signs_for_its_body(extract):
    """"Kepala BPJS Kesehatan Cabang Klaten" signs for BPJS Kesehatan, not for BPJS Ketenagakerjaan."""
    [record] = extract("KLATEN - Pemerintah Kabupaten Klaten menandatangani perjanjian kerja sama dengan BPJS Kesehatan "
                       "dan BPJS Ketenagakerjaan. Bupati Klaten Sri Mulyani menandatangani PKS dengan Kepala BPJS "
                       "Kesehatan Cabang Klaten Dwi Prasetyo dan Kepala BPJS Ketenagakerjaan Cabang Klaten Budi Santoso.")
    names = [p["name"] for p in record["parties"]]
    assert [(s["name"], names[s["party"]] if s["party"] is not None else None) for s in record["signatories"]] == [
        ("Sri Mulyani", "Pemerintah Kabupaten Klaten"), ("Dwi Prasetyo", "BPJS Kesehatan"),
        ("Budi Santoso", "BPJS Ketenagakerjaan")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company named by its brand in the party slot after the instrument or a body
        ("SEMARANG - Pemerintah Kota Semarang menandatangani nota kesepahaman dengan Grab tentang transportasi "
         "daring, Senin (27/5/2024).", [["Pemerintah Kota Semarang", "Grab"]]),
        ("SEMARANG - Pemerintah Kota Semarang menandatangani nota kesepahaman dengan Gojek dan Grab tentang "
         "transportasi daring.", [["Pemerintah Kota Semarang", "Gojek", "Grab"]]),
        ("JAKARTA - Penandatanganan MoU antara PT Pertamina dengan Sonatrach tentang eksplorasi migas.",
         [["PT Pertamina", "Sonatrach"]]),
        # ... or in the subject's slot, joined to a body named right after it
        ("JAKARTA - Toyota Tsusho dan PT Pertamina (Persero) meneken nota kesepahaman pengembangan bioetanol.",
         [["Toyota Tsusho", "PT Pertamina"]]),
        ("SEMARANG - Gojek bersama Pemkot Semarang menandatangani nota kesepahaman tentang transportasi daring.",
         [["Gojek", "Pemkot Semarang"]]),
        # ... or in an apposition after a company noun and the country it comes from
        ("SEOUL - PT Sinar Jaya Abadi menandatangani nota kesepahaman dengan perusahaan asal Korea Selatan, "
         "Kordava, tentang pabrik baterai.", [["PT Sinar Jaya Abadi", "Kordava"]]),
        # counter-examples: an everyday word, a place or the medium of the dateline is no brand
        ("SEOUL - PT Sinar Jaya Abadi menandatangani nota kesepahaman dengan perusahaan asal Korea Selatan, "
         "Senin (3/6/2024).", []),
        ("SEMARANG - Pemerintah Kota Semarang menandatangani nota kesepahaman dengan Kampus tentang riset.", []),
        ("JAKARTA - Kedua Pihak dan PT Pertamina menandatangani nota kesepahaman.", []),
        ("SEMARANG - Semarang dan PT Pertamina menandatangani nota kesepahaman.", []),
        ("JAKARTA, KOMPAS.com - Pemerintah Kota Semarang menandatangani nota kesepahaman dengan Jepang.", []),
    ],
)
def test_a_company_named_by_its_brand_in_a_party_slot_is_a_party(extract, text, expected):
    assert [[p["name"] for p in r["parties"]] for r in extract(text)] == expected


def test_a_brand_in_an_apposition_the_model_calls_a_person_is_a_party_and_no_signatory(monkeypatch):
    import extract.components.ner as ner_component
    from extract.api import extract_text

    def stub(texts, batch_size=64):
        return [[(t.index("Daewoo Mirae"), t.index("Daewoo Mirae") + len("Daewoo Mirae"), "PER")]
                if "Daewoo Mirae" in t else [] for t in texts]
    monkeypatch.setattr(ner_component, "entities", stub)
    [record] = extract_text("SEOUL - PT Sinar Jaya Abadi menandatangani nota kesepahaman dengan perusahaan asal Korea "
                            "Selatan, Daewoo Mirae, tentang pabrik baterai. Penandatanganan dilakukan oleh kedua pihak.",
                            published="2024-05-28", use_ner=True)
    assert [p["name"] for p in record["parties"]] == ["PT Sinar Jaya Abadi", "Daewoo Mirae"]
    assert record["signatories"] == []


def test_a_brand_the_model_calls_a_person_is_a_party_and_no_signatory():
    from extract.api import extract_text

    [record] = extract_text("SEMARANG - Pemerintah Kota Semarang menandatangani nota kesepahaman dengan Grab tentang "
                            "transportasi daring, Senin (27/5/2024).", published="2024-05-28", use_ner=True)
    assert [p["name"] for p in record["parties"]] == ["Pemerintah Kota Semarang", "Grab"]
    assert record["signatories"] == []


@pytest.mark.parametrize(
    ("position", "body", "names", "party"),
    [
        # a unit of a known institution signs for the party that institution is
        ("Dekan Fakultas Hukum Unsoed", "Fakultas Hukum Unsoed", ("Dinas Pendidikan Banyumas",
                                                                  "Universitas Jenderal Soedirman"), 1),
        ("Dekan FKM Undip", "FKM Undip", ("Universitas Diponegoro", "PT Sinar Jaya"), 0),
        # counter-examples: a unit of an institution that is no party signs for none
        ("Dekan FKM Undip", "FKM Undip", ("Universitas Sebelas Maret", "PT Sinar Jaya"), None),
        ("Kepala Bidang Pemasaran", "Bidang Pemasaran", ("Universitas Diponegoro", "PT Sinar Jaya"), None),
    ],
)
def test_a_unit_of_a_known_institution_signs_for_it(position, body, names, party):
    from extract.assembly.parties import party_of
    from extract.candidates import Person

    person = Person(0, 5, "Budi Santoso", [], position=position, body=body)
    assert party_of(person, merge_parties(_orgs(*names), {}), {}) == party


@pytest.mark.parametrize(
    ("position", "body", "party"),
    [
        # a known institution in the body outweighs a party that shares only its place
        ("Kepala Perwakilan BI Jatim", "Perwakilan BI Jatim", 1),
        # counter-example: an office of the place itself signs for the place's government
        ("Gubernur Jatim", "Jatim", 0),
    ],
)
def test_a_known_institution_in_the_body_outweighs_a_shared_place(position, body, party):
    from extract.assembly.parties import party_of
    from extract.candidates import Person

    person = Person(0, 5, "Budi Santoso", [], position=position, body=body)
    names = ("Pemerintah Provinsi Jawa Timur", "Bank Indonesia")
    assert party_of(person, merge_parties(_orgs(*names), {}), {}) == party


@pytest.mark.parametrize(
    ("position", "names", "party"),
    [
        # an office written without its body signs for the one party it can head
        ("Sekda", ("Baznas Purbalingga", "Pemkab Purbalingga"), 1),
        ("Plt. Bupati", ("Pemerintah Kabupaten Tegal", "Politeknik Harapan Bersama"), 0),
        ("Mendag", ("Kementerian Perdagangan", "Pemerintah Provinsi Bali"), 0),
        # counter-examples: two bodies it could head, or none, leave the party open
        ("Sekda", ("Pemkab Purbalingga", "Pemkab Banyumas"), None),
        ("Bupati", ("Pemerintah Kota Tegal", "Politeknik Harapan Bersama"), None),
        ("Rektor", ("Pemerintah Kota Tegal", "Politeknik Harapan Bersama"), None),
    ],
)
def test_an_office_without_its_body_signs_for_the_one_party_it_can_head(position, names, party):
    from extract.assembly.parties import party_of
    from extract.candidates import Person

    person = Person(0, 5, "Budi Santoso", [], position=position)
    assert party_of(person, merge_parties(_orgs(*names), {}), {}) == party


@pytest.mark.parametrize(
    ("position", "body", "names", "party"),
    [
        # ministers and ambassadors sign for their state's government
        ("Menteri ESDM", "ESDM", ("Pemerintah Indonesia", "Pemerintah Jepang"), 0),
        ("Menteri Kesehatan UEA", "Kesehatan UEA", ("Pemerintah Republik Indonesia", "Pemerintah Uni Emirat Arab"), 1),
        ("Duta Besar Australia untuk Indonesia", "Australia untuk Indonesia",
         ("Pemerintah Indonesia", "Pemerintah Australia"), 1),
        # the host country after "untuk" is not the ambassador's state
        ("Duta Besar RI untuk Persatuan Emirat Arab", "RI untuk Persatuan Emirat Arab",
         ("Pemerintah Republik Indonesia", "Pemerintah Uni Emirat Arab"), 0),
        ("Mendag", None, ("Republik Indonesia", "Kerajaan Belanda"), 0),
        # counter-examples: the ministry itself as a party wins; an office of no state signs for none
        ("Menteri ESDM", "ESDM", ("Kementerian ESDM", "Pemerintah Indonesia"), 0),
        ("Rektor UGM", "UGM", ("Pemerintah Indonesia", "Pemerintah Jepang"), None),
        ("Menteri Kesehatan UEA", "Kesehatan UEA", ("Pemerintah Indonesia", "Pemerintah Jepang"), None),
    ],
)
def test_a_state_office_signs_for_its_states_government(position, body, names, party):
    from extract.assembly.parties import party_of
    from extract.candidates import Person

    person = Person(0, 5, "Budi Santoso", [], position=position, body=body)
    assert party_of(person, merge_parties(_orgs(*names), {}), {}) == party


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state in a party's place, followed by a joiner or the signing, is its government
        ("JAKARTA - Indonesia dan Vietnam menandatangani nota kesepahaman kerja sama perikanan, Jumat (22/12/2023).",
         [["Pemerintah Indonesia", "Pemerintah Vietnam"]]),
        ("JAKARTA - Pemerintah Indonesia dan Jepang menandatangani Exchange of Notes proyek pelabuhan, Rabu (20/3/2024).",
         [["Pemerintah Indonesia", "Pemerintah Jepang"]]),
        # ... also with its acronym written after it
        ("JAKARTA - Indonesia dan Uni Emirat Arab (UEA) meneken nota kesepahaman di Istana Bogor, Selasa (4/6/2024).",
         [["Pemerintah Indonesia", "Pemerintah Uni Emirat Arab"]]),
        # ... also after an opening phrase pointing back at the event
        ("JAKARTA - Presiden menerima Perdana Menteri Papua Nugini di Istana Merdeka, Rabu (5/6/2024). Dalam "
         "pertemuan itu, Indonesia dan Papua Nugini menandatangani nota kesepahaman kerja sama kesehatan.",
         [["Pemerintah Indonesia", "Pemerintah Papua Nugini"]]),
        ("JAKARTA - Pada kesempatan tersebut Indonesia dan Fiji meneken nota kesepahaman perikanan, Rabu (5/6/2024).",
         [["Pemerintah Indonesia", "Pemerintah Fiji"]]),
        # counter-example: a country named as where or whence is no party
        ("JAKARTA - Dalam pertemuan itu Menteri Perdagangan membahas ekspor ke Jepang dan Korea Selatan, lalu "
         "PT Sinar Jaya menandatangani nota kesepahaman dengan Inpex Corporation.",
         [["PT Sinar Jaya", "Inpex Corporation"]]),
        ("TOKYO - Usai kunjungan ke Jepang pekan lalu, PT Sinar Jaya menandatangani nota kesepahaman dengan "
         "Inpex Corporation.", [["PT Sinar Jaya", "Inpex Corporation"]]),
    ],
)
def test_a_state_that_signs_is_its_government(extract, text, expected):
    assert [[p["name"] for p in r["parties"]] for r in extract(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office named without a holder in the slot of "antara" stands for the body its portfolio names
        ("MAKASSAR - Dinas Pendidikan Sulsel dan Universitas Tunas Harapan menandatangani perjanjian kerja sama, "
         "Selasa (4/6/2024). Kerja sama ini berpedoman pada kesepakatan bersama Nomor 120/45/2022 antara Gubernur "
         "Sulawesi Selatan dan Menteri Pendidikan.",
         [("signed", ["Dinas Pendidikan Sulsel", "Universitas Tunas Harapan"], []),
          ("referenced", ["Pemerintah Provinsi Sulawesi Selatan", "Kementerian Pendidikan"], ["120/45/2022"])]),
        # counter-example: one who witnesses is no party
        ("MAKASSAR - Dinas Pendidikan Sulsel dan Universitas Tunas Harapan menandatangani perjanjian kerja sama, "
         "Selasa (4/6/2024), disaksikan Menteri Pendidikan.",
         [("signed", ["Dinas Pendidikan Sulsel", "Universitas Tunas Harapan"], [])]),
    ],
)
def test_an_office_without_a_holder_between_whom_an_agreement_is_stands_for_its_ministry(extract, text, expected):
    assert [(r["status"], [p["name"] for p in r["parties"]], r["reference_numbers"]) for r in extract(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office that names its body by itself stands for that body: written without a holder in the
        # slot of "antara", or with the holder who signs
        ("JAKARTA - Penandatanganan nota kesepahaman antara Kapolri dan Jaksa Agung tentang penegakan hukum "
         "terpadu dilaksanakan di Jakarta, Rabu (12/6/2024).",
         [(["Kepolisian Negara Republik Indonesia", "Kejaksaan Agung"], [])]),
        ("JAKARTA - Nota kesepahaman tentang penegakan hukum terpadu ditandatangani Kapolri Jenderal Pol. Hartono "
         "Wibisono dan Jaksa Agung Sahala Sitompul di Jakarta, Rabu (12/6/2024).",
         [(["Kepolisian Negara Republik Indonesia", "Kejaksaan Agung"],
           [("Hartono Wibisono", "Kapolri", 0), ("Sahala Sitompul", "Jaksa Agung", 1)])]),
        # counter-examples: one who witnesses is no party, nor one who only speaks after the signing
        ("JAKARTA - Kejaksaan Agung dan Badan Pertanahan Nasional menandatangani nota kesepahaman tentang "
         "pemberantasan mafia tanah, Rabu (12/6/2024). Penandatanganan disaksikan oleh Kapolri Jenderal Pol. "
         "Hartono Wibisono.", [(["Kejaksaan Agung", "Badan Pertanahan Nasional"], [])]),
        ("JAKARTA - Universitas Tunas Harapan menandatangani nota kesepahaman dengan Polri, Rabu (12/6/2024). "
         "Kapolri Hartono Wibisono mengatakan kerja sama ini penting.", [(["Universitas Tunas Harapan", "Polri"], [])]),
    ],
)
def test_an_office_that_names_its_body_alone_stands_for_it(extract, text, expected):
    assert [([p["name"] for p in r["parties"]], [(s["name"], s["position"], s["party"]) for s in r["signatories"]])
            for r in extract(text)] == expected
