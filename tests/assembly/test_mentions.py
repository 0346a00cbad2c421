"""Mentions: which bodies of a sentence are the parties of the agreement it reports."""
from __future__ import annotations

import pytest

from tests.assembly.conftest import parties


def test_regions_written_with_their_level_are_the_parties(extract):
    text = ("SLEMAN - Kabupaten Sleman bersama Kota Magelang menandatangani nota kesepahaman tentang "
            "promosi wisata, Selasa (12/3/2024).")
    assert [parties(r) for r in extract(text)] == [["Pemerintah Kabupaten Sleman", "Pemerintah Kota Magelang"]]


def test_a_region_after_the_government_word_in_lower_case_is_its_government(extract):
    text = ("Rabu (8/5/2024), bertempat di Gedung Serbaguna, pemerintah Kabupaten Klaten dengan "
            "Pemkot Salatiga melaksanakan penandatanganan nota kesepahaman.")
    assert [parties(r) for r in extract(text)] == [["Pemerintah Kabupaten Klaten", "Pemkot Salatiga"]]

def test_a_region_where_the_signing_happens_is_no_party(extract):
    text = ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman di Kabupaten "
            "Klaten, Selasa (12/3/2024).")
    assert [parties(r) for r in extract(text)] == [["Pemkab Klaten", "Universitas Tunas Harapan"]]


def test_the_dateline_place_is_no_party(extract):
    text = ("SURABAYA, KabarWarga.co - Rektor Universitas Tunas Harapan menandatangani nota kesepahaman "
            "dengan Universitas Kertajaya, Selasa (12/3/2024).")
    assert all("Surabaya" not in name for r in extract(text) for name in parties(r))


def test_a_bare_head_shares_the_place_of_the_next_body(extract):
    text = "Pemprov dan Polda Jambi menandatangani nota kesepakatan pengamanan pilkada, Selasa (12/3/2024)."
    assert [parties(r) for r in extract(text)] == [["Pemprov Jambi", "Polda Jambi"]]


def test_each_clause_of_a_sentence_reporting_several_agreements_is_a_record(extract):
    text = ("Jakarta - Kedua negara menandatangani tiga nota kesepahaman, Selasa (17/4/2024).\n"
            "MoU tentang ketenagakerjaan ditandatangani Menteri Tenaga Kerja RI Agus Santoso dan Menteri "
            "Perdagangan Australia David Miller, MoU tentang pertanian ditandatangani oleh Menteri Pertanian RI "
            "Rina Astuti dan Menteri Perdagangan Australia David Miller.")
    records = extract(text)
    assert [(parties(r), [s["name"] for s in r["signatories"]]) for r in records] == [
        (["Kementerian Tenaga Kerja RI", "Kementerian Perdagangan Australia"], ["Agus Santoso", "David Miller"]),
        (["Kementerian Pertanian RI", "Kementerian Perdagangan Australia"], ["Rina Astuti", "David Miller"]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each clause names its signers before its instrument; the break opens the second
        ("KLATEN - Bupati Klaten Sri Mulyani dan Rektor Universitas Tunas Harapan Budi Santoso menandatangani MoU "
         "tentang pendidikan, sedangkan Kepala Dinas Kesehatan Klaten Anang Widayaka dan Direktur RSUP Sehat "
         "Sentosa Rina Astuti meneken PKS tentang rujukan pasien, Senin (27/5/2024).",
         [("MoU", ["Sri Mulyani", "Budi Santoso"]), ("PKS", ["Anang Widayaka", "Rina Astuti"])]),
        # counter-example: a break followed by no signing is no clause of its own
        ("KLATEN - Bupati Klaten Sri Mulyani dan Rektor Universitas Tunas Harapan Budi Santoso menandatangani MoU "
         "tentang pendidikan, sedangkan PKS tentang rujukan pasien masih disusun, Senin (27/5/2024).",
         [("MoU", ["Sri Mulyani", "Budi Santoso"])]),
    ],
)
def test_a_clause_naming_its_signers_first_is_a_record_of_its_own(extract, text, expected):
    assert [(r["type"], [s["name"] for s in r["signatories"]]) for r in extract(text)] == expected


def test_instruments_named_together_are_records_between_the_same_bodies(extract):
    text = "MAKASSAR - PT Listrik Raya menandatangani MoU dan perjanjian kerja sama dengan Pemkab Gowa, Kamis (21/3/2024)."
    assert [(r["type"], parties(r)) for r in extract(text)] == [
        ("MoU", ["PT Listrik Raya", "Pemkab Gowa"]), ("PKS", ["PT Listrik Raya", "Pemkab Gowa"])]


def test_an_instrument_named_again_in_brackets_is_one_record(extract):
    text = "Pemkab Gowa dan PT Listrik Raya menandatangani nota kesepahaman (MoU) kerja sama, Kamis (21/3/2024)."
    assert len(extract(text)) == 1


def test_a_fiscal_year_does_not_date_the_signing(extract):
    text = ("Jakarta - Direktorat Jenderal Perkeretaapian menandatangani MoU dengan PT Kereta Tunas Harapan "
            "tahun anggaran 2020.")
    assert [r["date"] for r in extract(text)] == [None]


def test_a_hard_wrapped_sentence_is_read_as_one(extract):
    text = ("Jakarta - Pemkab Klaten melakukan\npenandatanganan nota kesepahaman dengan Universitas Tunas Harapan\n"
            "di Pendopo, Selasa (12/3/2024).")
    records = extract(text)
    assert [[p["name"] for p in r["parties"]] for r in records] == [["Pemkab Klaten", "Universitas Tunas Harapan"]]


def test_a_cooperation_signed_with_a_body_only_the_model_finds(monkeypatch):
    """"X melakukan penandatanganan kerja sama dengan Y (YY SG)": no instrument, one body of
    the rules; the model's ORG span is the other party, also over an acronym nothing defines."""
    import extract.components.ner as ner_component
    from extract.api import extract_text, load_pipeline

    partner = "ZHA Healthcare Asia"

    def stub(texts, batch_size=64):
        return [[(t.index(partner), t.index(partner) + len(partner), "ORG")] if partner in t else [] for t in texts]

    monkeypatch.setattr(ner_component, "entities", stub)
    text = ("JAKARTA - Rumah Sakit Tunas Harapan melakukan penandatanganan kerja sama dengan ZHA Healthcare "
            "Asia (ZHA SG) pada Kamis (22/1/2026).\n"
            "Kerja sama ini mencakup rujukan internasional dan pendidikan tenaga kesehatan.")
    records = extract_text(text, doc_id="uji", published="2026-01-25", use_ner=True, nlp=load_pipeline(use_ner=True))
    assert [parties(r) for r in records] == [["Rumah Sakit Tunas Harapan", partner]]


def test_the_news_agency_in_the_dateline_is_no_party_with_its_dash(monkeypatch):
    """The model's span of the agency takes the dateline's dash with it ("ANTARA -"): still the
    medium. The body it finds after the dateline is the other party."""
    import extract.components.ner as ner_component
    from extract.api import extract_text, load_pipeline

    spans = ["ANTARA -", "Zenith Medika Asia"]

    def stub(texts, batch_size=64):
        return [[(t.index(s), t.index(s) + len(s), "ORG") for s in spans if s in t] for t in texts]

    monkeypatch.setattr(ner_component, "entities", stub)
    text = ("KLATEN, ANTARA - Rumah Sakit Tunas Harapan melakukan penandatanganan kerja sama dengan Zenith "
            "Medika Asia tentang rujukan pasien, Kamis (22/1/2026).")
    records = extract_text(text, doc_id="uji", published="2026-01-25", use_ner=True, nlp=load_pipeline(use_ner=True))
    assert [parties(r) for r in records] == [["Rumah Sakit Tunas Harapan", "Zenith Medika Asia"]]


def test_a_coalition_pact_of_political_parties_makes_no_record(extract):
    text = ("PRAYA - Partai Amanat Nasional (PAN) dan Partai Karya Bangsa (PKB) menandatangani nota kesepakatan "
            "berkoalisi untuk mengusung pasangan calon, Selasa (4/8/2020).")
    assert extract(text) == []
    # the same signing of a cooperation is a record
    text = text.replace("berkoalisi untuk mengusung pasangan calon", "tentang pendidikan politik pemilih")
    assert [parties(r) for r in extract(text)] == [["Partai Amanat Nasional", "Partai Karya Bangsa"]]


def test_a_body_named_in_what_the_agreement_is_for_is_no_party(extract):
    text = ("WAMENA - Pemprov Papua Pegunungan bersama Kejati Papua menandatangani nota kesepahaman terkait "
            "penyerahan tanah hibah untuk pembangunan kantor Kejaksaan Negeri Jayawijaya, Selasa (11/11/2025).")
    assert [parties(r) for r in extract(text, published="2025-11-12")] == [["Pemprov Papua Pegunungan", "Kejati Papua"]]
    # with one body before it, the body after the topic is the other party
    text = ("WAMENA - Pemprov Papua Pegunungan menandatangani nota kesepahaman tentang pertanahan dengan "
            "Kejati Papua, Selasa (11/11/2025).")
    assert [parties(r) for r in extract(text, published="2025-11-12")] == [["Pemprov Papua Pegunungan", "Kejati Papua"]]


def test_a_province_and_a_region_of_another_country_in_party_places_are_their_governments(extract):
    text = ("BATUSANGKAR - Letter of Intent (LOI) kerja sama antara Provinsi Sumatera Barat dengan Prefektur "
            "Kagoshima, Jepang telah resmi ditandatangani kedua belah pihak, Jumat (17/2/2023).")
    assert [parties(r) for r in extract(text, published="2023-02-20")] == [
        ["Pemerintah Provinsi Sumatera Barat", "Pemerintah Prefektur Kagoshima"]]
    # without its country the capitalised words after a level are no party
    text = text.replace(", Jepang", "")
    assert extract(text, published="2023-02-20") == []


@pytest.mark.parametrize("text", [
    "KLATEN - Pemkab Klaten menandatangani nota kesepahaman dengan Universitas Tunas Harapan yang akan "
    "menjadi dasar kerja sama pendidikan, Selasa (12/3/2024).",
    "KLATEN - Pemkab Klaten telah menandatangani nota kesepahaman dengan Universitas Tunas Harapan, Selasa "
    "(12/3/2024), sehingga mahasiswa nantinya bisa magang di dinas.",
])
def test_a_plan_said_after_the_instrument_and_its_signing_verb_is_about_what_follows(extract, text):
    assert [r["status"] for r in extract(text)] == ["signed"]


@pytest.mark.parametrize("text", [
    "KLATEN - Pemkab Klaten akan menandatangani nota kesepahaman dengan Universitas Tunas Harapan pekan depan.",
    "KLATEN - Nota kesepahaman antara Pemkab Klaten dan Universitas Tunas Harapan akan ditandatangani pekan depan.",
])
def test_a_plan_said_before_the_signing_verb_plans_the_agreement(extract, text):
    assert [r["status"] for r in extract(text)] == ["planned"]


@pytest.mark.parametrize(("text", "status"), [
    # urging a body to cooperate reports no signing
    ("KLATEN - Bupati Klaten mendorong Universitas Tunas Harapan menjalin kerja sama dengan PT Sinar Jaya "
     "Abadi.", "planned"),
    ("KLATEN - Gubernur mengajak Pemkab Klaten menjalin kerja sama dengan Universitas Tunas Harapan.", "planned"),
    # counter-example: an urging said after the signing is about what follows
    ("KLATEN - Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman, Selasa (12/3/2024). "
     "Bupati mendorong kedua pihak segera bekerja.", "signed"),
])
def test_urging_a_body_to_cooperate_is_no_signing(extract, text, status):
    assert [r["status"] for r in extract(text)] == [status]


def test_a_signing_in_a_time_clause_takes_the_tense_of_the_main_clause(extract):
    text = ("KLATEN - Pemkab Klaten akan menandatangani nota kesepahaman dengan Universitas Tunas Harapan pekan "
            "depan.\nSetelah nota kesepahaman diteken, Pemkab Klaten dan Universitas Tunas Harapan akan menyusun "
            "rencana kegiatan bersama.")
    assert [r["status"] for r in extract(text)] == ["planned"]


def test_agreeing_to_cooperate_is_no_signing_and_a_planned_instrument_then_plans_it(extract):
    text = ("KLATEN - Pemkab Klaten dan Universitas Tunas Harapan sepakat menjalin kerja sama pendidikan.\n"
            "Kerja sama tersebut akan dituangkan dalam nota kesepahaman.")
    assert [(r["type"], r["status"]) for r in extract(text)] == [("MoU", "planned")]


@pytest.mark.parametrize("text", [
    "KLATEN - Pemkab Klaten dan Universitas Tunas Harapan menjalin kerja sama melalui penandatanganan nota "
    "kesepahaman, Selasa (12/3/2024).",
    "KLATEN - Pemkab Klaten dan Universitas Tunas Harapan menyepakati nota kesepahaman tentang pendidikan, "
    "Selasa (12/3/2024).",
])
def test_an_agreement_said_signed_or_only_agreed_is_signed(extract, text):
    assert [r["status"] for r in extract(text)] == ["signed"]


def test_a_time_to_come_after_the_signing_verb_still_plans_it(extract):
    text = ("KLATEN - Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman pekan "
            "depan di Pendopo Klaten.")
    assert [r["status"] for r in extract(text)] == ["planned"]


def test_a_body_written_right_after_another_is_the_one_it_belongs_to(extract):
    text = ("Pemkab Gowa menandatangani nota kesepahaman dengan Lembaga Penelitian dan Pengabdian kepada "
            "Masyarakat (LPPM) Universitas Hasanuddin, Kamis (21/3/2024).")
    assert [parties(r) for r in extract(text)] == [
        ["Pemkab Gowa", "Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Hasanuddin"]]


def test_bodies_in_a_list_are_parties_of_their_own(extract):
    text = ("Pemkab Gowa, Universitas Hasanuddin dan PT Listrik Raya menandatangani nota kesepahaman "
            "pelatihan kerja, Kamis (21/3/2024).")
    assert [parties(r) for r in extract(text)] == [["Pemkab Gowa", "Universitas Hasanuddin", "PT Listrik Raya"]]


PAST_SIGNING = (
    "Semarang - Pemerintah Provinsi Jawa Tengah menandatangani nota kesepahaman dengan PT Kereta Api "
    "Indonesia tentang reaktivasi jalur kereta api, Kamis (27/4/2023).\n"
    "{sentence}"
)


def test_a_signing_dated_a_year_gone_by_in_its_clause_is_an_existing_agreement(extract):
    records = extract(PAST_SIGNING.format(sentence="Kerja sama itu sejalan dengan MoU yang diteken Kementerian "
                                                   "Perhubungan dan PT KAI pada tahun lalu."))
    assert [(parties(r), r["status"]) for r in records] == [
        (["Pemerintah Provinsi Jawa Tengah", "PT Kereta Api Indonesia"], "signed"),
        (["Kementerian Perhubungan", "PT KAI"], "referenced")]


def test_a_year_gone_by_outside_the_signing_verbs_clause_leaves_it_signed(extract):
    records = extract("Semarang - Pemerintah Provinsi Jawa Tengah dan PT Kereta Api Indonesia menandatangani nota "
                      "kesepahaman, Kamis (27/4/2023), melanjutkan pembahasan tahun lalu.")
    assert [r["status"] for r in records] == ["signed"]


@pytest.mark.parametrize(("text", "expected"), [
    # a signing said to date from a year: the agreement exists, with the speaker's office as a party
    ("Kepala Dinas Kesehatan Kabupaten Klaten Ani Lestari mengatakan perjanjian kerja sama dengan BPJS Kesehatan "
     "sudah ditandatangani sejak 2019.",
     [("referenced", "2019", ["BPJS Kesehatan", "Dinas Kesehatan Kabupaten Klaten"], [])]),
    ("Perjanjian kerja sama antara Pemkab Klaten dan BPJS Kesehatan diteken sejak Maret 2021.",
     [("referenced", "2021-03", ["Pemkab Klaten", "BPJS Kesehatan"], [])]),
    # counter-examples: a signing dated with "pada", or since a time of the day, is reported
    ("Perjanjian kerja sama antara Pemkab Klaten dan BPJS Kesehatan ditandatangani pada 12 Maret 2024.",
     [("signed", "2024-03-12", ["Pemkab Klaten", "BPJS Kesehatan"], [])]),
])
def test_a_signing_dated_back_with_sejak_is_an_existing_agreement(extract, text, expected):
    assert [(r["status"], r["date"], [p["name"] for p in r["parties"]], [s["name"] for s in r["signatories"]])
            for r in extract(text)] == expected


@pytest.mark.parametrize(("text", "status"), [
    # an instrument being prepared or proposed is planned
    ("Pemkab Klaten dan PT Sinar Jaya Abadi tengah menyiapkan nota kesepahaman tentang pengelolaan sampah.",
     "planned"),
    ("Pemkab Klaten mengusulkan nota kesepahaman dengan Universitas Tunas Harapan tentang riset pangan.",
     "planned"),
    ("Pemkab Klaten dan Universitas Tunas Harapan mempersiapkan perjanjian kerja sama tentang beasiswa.",
     "planned"),
    # counter-example: preparing something after the signing is about what follows
    ("Pemkab Klaten dan PT Sinar Jaya Abadi menandatangani nota kesepahaman, Senin (5/2/2024), lalu menyiapkan "
     "lahan percontohan.", "signed"),
])
def test_an_instrument_being_prepared_or_proposed_is_planned(extract, text, status):
    assert [r["status"] for r in extract(text)] == [status]


@pytest.mark.parametrize(("text", "status"), [
    # a body ready to sign has not signed yet
    ("MEDAN - Gubernur mengatakan Pemprov Sumut siap menandatangani perjanjian kerja sama dengan Bank Sumut "
     "untuk penyaluran kredit usaha rakyat.", "planned"),
    # counter-example: a signing reported before what the parties are ready for
    ("MEDAN - Pemprov Sumut dan Bank Sumut menandatangani perjanjian kerja sama, Rabu (29/5/2024). Kedua pihak "
     "siap menyalurkan kredit usaha rakyat.", "signed"),
])
def test_a_body_ready_to_sign_plans_the_signing(extract, text, status):
    assert [r["status"] for r in extract(text)] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a clause saying the instrument was signed once, before, makes it referenced
        ("Pemkab Banyumas dan Universitas Jenderal Soedirman memperbarui nota kesepahaman yang pernah diteken "
         "pada 2018.", "referenced"),
        ("Pemkab Banyumas mengevaluasi nota kesepahaman dengan Universitas Jenderal Soedirman yang sebelumnya "
         "ditandatangani pada 2019.", "referenced"),
        # counter-example: a clause of today's signing says nothing of it
        ("Pemkab Banyumas dan Universitas Jenderal Soedirman menandatangani nota kesepahaman yang diteken di "
         "Pendopo Si Panji, Kamis (7/3/2024).", "signed"),
    ],
)
def test_an_instrument_signed_once_before_is_referenced(extract, text, status):
    assert [r["status"] for r in extract(text)] == [status]


def test_a_year_gone_by_in_the_clause_of_an_implemented_instrument_dates_only_that_one(extract):
    """"menandatangani PKS sebagai tindak lanjut nota kesepahaman yang diteken tahun lalu": the year
    is the MoU's; the PKS is signed now."""
    records = extract("SLEMAN - Pemkab Sleman dan Universitas Tunas Harapan menandatangani perjanjian kerja sama "
                      "(PKS) sebagai tindak lanjut nota kesepahaman yang diteken tahun lalu, Senin (4/3/2024).")
    assert [(r["type"], r["status"], r["date"]) for r in records] == [
        ("PKS", "signed", "2024-03-04"), ("MoU", "referenced", "2023")]


@pytest.mark.parametrize(("text", "status"), [
    # an agreement in an inquiry, a trial or a dispute, with no signing said, exists already
    ("SEMARANG - Kejati Jawa Tengah menetapkan dua tersangka dalam kasus korupsi perjanjian kerja sama antara "
     "PD BPR Bank Salatiga dan PT Sinar Makmur Abadi, Selasa (12/3/2024).", "referenced"),
    ("MEDAN - DPRD Sumut mempertanyakan perjanjian kerja sama antara Pemprov Sumut dan PT Perkebunan "
     "Nusantara II yang dinilai merugikan daerah.", "referenced"),
    ("BANDUNG - Pemkot Bandung memutus perjanjian kerja sama dengan PT Parkir Bandung Raya karena wanprestasi.",
     "referenced"),
    # counter-example: a signing said in the sentence is reported, whatever the topic
    ("SEMARANG - Kejati Jawa Tengah dan Pemprov Jawa Tengah menandatangani nota kesepahaman tentang pencegahan "
     "korupsi, Selasa (12/3/2024).", "signed"),
])
def test_an_agreement_in_a_case_or_a_dispute_is_referenced(extract, text, status):
    assert [r["status"] for r in extract(text)] == [status]


def test_an_instrument_defined_with_an_acronym_is_no_party(extract):
    text = ("PONTIANAK - Fakultas Teknik Universitas Tunas Harapan dan School of Engineering Kertajaya University "
            "meneken Implementing Arrangement (IA) tentang pertukaran mahasiswa, Selasa (10/10/2023).")
    assert [parties(r) for r in extract(text, published="2023-10-11")] == [
        ["Fakultas Teknik Universitas Tunas Harapan", "School of Engineering Kertajaya University"]]
    # counter-example: a body defined with an acronym in the same place is a party
    text = text.replace("meneken Implementing Arrangement (IA)", "dan Yayasan Cahaya Bangsa (YCB) meneken PKS")
    assert [parties(r) for r in extract(text, published="2023-10-11")] == [
        ["Fakultas Teknik Universitas Tunas Harapan", "School of Engineering Kertajaya University",
         "Yayasan Cahaya Bangsa"]]


@pytest.mark.parametrize(("text", "expected"), [
    # "pihaknya" after an official named with his office: his body is the side that signs
    ("JAKARTA - Direktur Jenderal Pajak Budi Santoso mengatakan pihaknya akan menandatangani nota kesepahaman "
     "dengan Kementerian Dalam Negeri tentang integrasi data.", [["Direktorat Jenderal Pajak", "Kementerian Dalam Negeri"]]),
    ("KLATEN - Kepala Dinas Pariwisata Kabupaten Klaten Sri Mulyani mengatakan pihaknya telah menandatangani nota "
     "kesepahaman dengan Universitas Tunas Harapan, Senin (11/3/2024).",
     [["Dinas Pariwisata Kabupaten Klaten", "Universitas Tunas Harapan"]]),
    # counter-example: another side named as the subject ("pihak kampus") leaves the official's body out
    ("KLATEN - Bupati Klaten Sri Mulyani mengatakan pihak kampus telah menandatangani nota kesepahaman dengan "
     "Universitas Tunas Harapan dan PT Sinar Jaya, Senin (11/3/2024).", [["Universitas Tunas Harapan", "PT Sinar Jaya"]]),
])
def test_the_body_of_the_official_who_says_his_side_signs_is_a_party(extract, text, expected):
    assert [sorted(parties(r)) for r in extract(text)] == [sorted(names) for names in expected]


@pytest.mark.parametrize(("text", "statuses"), [
    # a signing called off or put off is still to come
    ("PALU - Penandatanganan nota kesepahaman antara Pemprov Sulteng dan Universitas Tunas Harapan batal "
     "dilaksanakan karena gubernur berhalangan hadir, Senin (11/3/2024).", ["planned"]),
    ("PALU - Penandatanganan perjanjian kerja sama antara Pemprov Sulteng dan PT Sinar Jaya ditunda hingga "
     "pekan ini.", ["planned"]),
    # a signing refused reports none
    ("PADANG - Pemprov Sumbar menolak menandatangani nota kesepahaman dengan PT Sinar Jaya karena dinilai "
     "merugikan daerah.", ["planned"]),
    # counter-example: the signing held is reported
    ("PALU - Pemprov Sulteng dan Universitas Tunas Harapan menandatangani nota kesepahaman, Senin (11/3/2024).",
     ["signed"]),
])
def test_a_signing_called_off_put_off_or_refused_is_no_signing(extract, text, statuses):
    assert [r["status"] for r in extract(text)] == statuses


@pytest.mark.parametrize(("text", "statuses"), [
    # an instrument said to run out, with no signing verb, exists already
    ("JAYAPURA - Nota kesepahaman antara Pemprov Papua dan PT Sinar Jaya tentang divestasi saham berakhir pada "
     "Desember 2023.", ["referenced"]),
    ("KLATEN - Perjanjian kerja sama antara Pemkab Klaten dan Universitas Tunas Harapan habis masa berlakunya "
     "tahun ini.", ["referenced"]),
    # counter-example: a signing that ends at an hour is reported
    ("KLATEN - Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman, Senin (11/3/2024). "
     "Acara berakhir pukul 12.00 WIB.", ["signed"]),
    # ... nor does a renewal whose sentence says the renewed instrument ran out (that one is referenced)
    ("KLATEN - Pemkab Klaten dan Universitas Tunas Harapan memperbarui nota kesepahaman tentang desa wisata, "
     "Senin (11/3/2024). Nota kesepahaman itu memperpanjang MoU Nomor 8/UTH/KS/2019 yang berakhir tahun lalu.",
     ["signed", "referenced"]),
])
def test_an_instrument_said_to_run_out_is_referenced(extract, text, statuses):
    assert [r["status"] for r in extract(text)] == statuses


def test_an_instrument_named_again_leaves_the_bodies_of_its_sentence_to_the_new_one(extract):
    text = ("SURABAYA - Pemprov Jawa Timur menandatangani nota kesepahaman dengan Universitas Tunas Harapan tentang "
            "kesehatan, Senin (6/5/2024).\n"
            "Sebagai tindak lanjut MoU tersebut, RSUD Dr. Soetomo dan Fakultas Kedokteran Universitas Tunas Harapan "
            "menandatangani perjanjian kerja sama tentang pendidikan dokter spesialis.")
    assert [(r["type"], r["status"], parties(r)) for r in extract(text)] == [
        ("MoU", "signed", ["Pemprov Jawa Timur", "Universitas Tunas Harapan"]),
        ("PKS", "signed", ["RSUD Dr. Soetomo", "Fakultas Kedokteran Universitas Tunas Harapan"])]


def test_an_instrument_named_again_alone_in_its_sentence_keeps_its_bodies(extract):
    """Counter-example: with no instrument of another type beside it, "MoU tersebut" reads as before."""
    text = ("SURABAYA - Pemprov Jawa Timur menandatangani nota kesepahaman, Senin (6/5/2024).\n"
            "MoU tersebut diteken bersama Universitas Tunas Harapan di Gedung Negara Grahadi.")
    assert [parties(r) for r in extract(text)] == [["Pemprov Jawa Timur", "Universitas Tunas Harapan"]]


@pytest.mark.parametrize(("text", "status"), [
    # a signing a body sets itself as a target has not happened yet
    ("PADANG - Pemprov Sumatera Barat menargetkan penandatanganan nota kesepahaman dengan Pemprov Riau tentang "
     "jalan tol rampung pada Juli 2024.", "planned"),
    # counter-example: a target the signed agreement sets is about what follows
    ("PADANG - Pemprov Sumatera Barat dan Pemprov Riau menandatangani nota kesepahaman, Senin (3/6/2024), dan "
     "menargetkan jalan tol rampung pada 2026.", "signed"),
])
def test_a_signing_set_as_a_target_is_planned(extract, text, status):
    assert [r["status"] for r in extract(text)] == [status]


@pytest.mark.parametrize(("text", "statuses"), [
    # a cooperation said to be established since a year, with no signing reported, exists
    ("DENPASAR - Kerja sama antara Pemprov Bali dan Pemerintah Australia Barat yang sudah terjalin sejak 2015 "
     "terus diperkuat melalui pertukaran pelajar.", ["referenced"]),
    ("AMBON - Kerja sama antara Pemkot Ambon dan Universitas Pattimura yang dijalin sejak tahun 2017 akan "
     "diperluas ke bidang kesehatan.", ["referenced"]),
    # counter-example: a signing that strengthens the cooperation established before is reported
    ("DENPASAR - Pemprov Bali dan Pemerintah Australia Barat menandatangani nota kesepahaman, Senin (3/6/2024), "
     "untuk memperkuat kerja sama yang sudah terjalin sejak 2015.", ["signed"]),
])
def test_a_cooperation_said_established_before_is_referenced(extract, text, statuses):
    assert [r["status"] for r in extract(text)] == statuses


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a signing dated in its clause by a year before the article's is an existing agreement
    ("SOLO - Pemkot Surakarta dan PT Sinar Jaya telah menandatangani perjanjian kerja sama pengelolaan Stasiun "
     "Solo Balapan pada 2021. Kini kedua pihak membahas perpanjangannya.", "2024-03-20", [("referenced", "2021")]),
    # without a publication date, the article's latest day written with its year says which year it is
    ("TANGERANG - Nota kesepahaman antara Pemkot Tangerang dan PT Sinar Jaya yang ditandatangani pada Mei 2018 "
     "sudah habis masa berlakunya. Hal itu disampaikan Sekda Tangerang dalam rapat, Senin (3/6/2024).", None,
     [("referenced", "2018-05")]),
    # counter-examples: a signing in the article's own year, and a year outside the signing's clause
    ("SOLO - Pemkot Surakarta dan PT Sinar Jaya telah menandatangani perjanjian kerja sama pengelolaan Stasiun "
     "Solo Balapan pada Maret 2024.", "2024-03-20", [("signed", "2024-03")]),
    ("SOLO - Pemkot Surakarta dan PT Sinar Jaya menandatangani perjanjian kerja sama, Senin (18/3/2024), untuk "
     "melanjutkan kerja sama sejak 2019.", "2024-03-20", [("signed", "2024-03-18")]),
    ("SOLO - Pemkot Surakarta dan PT Sinar Jaya menandatangani perjanjian kerja sama pengelolaan stasiun pada "
     "2021.", None, [("signed", "2021")]),
])
def test_a_signing_dated_by_a_year_before_the_articles_is_an_existing_agreement(extract, text, published, expected):
    assert [(r["status"], r["date"]) for r in extract(text, published=published)] == expected


@pytest.mark.parametrize("instruments", [
    "nota kesepahaman (MoU) dan perjanjian kerja sama (PKS)",
    "nota kesepahaman/MoU dan perjanjian kerja sama/PKS",
    # counter-example: named without brackets, as before
    "MoU dan PKS",
])
def test_instruments_named_together_with_their_acronyms_are_two_agreements(extract, instruments):
    """The acronym in brackets names the instrument before it again; the next one, after "dan", is
    signed between the same bodies and implements the MoU."""
    text = (f"LUMAJANG - Universitas Tunas Harapan dan Pemkab Lumajang menandatangani {instruments} di Pendopo "
            "Kabupaten, Selasa (12/3/2024).")
    records = extract(text)
    assert [(r["type"], parties(r), r["parent"]) for r in records] == [
        ("MoU", ["Universitas Tunas Harapan", "Pemkab Lumajang"], None),
        ("PKS", ["Universitas Tunas Harapan", "Pemkab Lumajang"], 0)]


def test_instruments_signed_together_share_the_signers_named_after_them(extract):
    text = ("JAMBI - Pemprov Jambi dan Polda Jambi menandatangani nota kesepakatan (MoU) dan Naskah Perjanjian "
            "Hibah Daerah (NPHD) hibah kendaraan operasional di Rumah Dinas Gubernur, Selasa (30/4/2024). Penandatanganan "
            "dilakukan oleh Gubernur Jambi Ahmad Santoso dan Kapolda Jambi Irjen Pol Budi Hartono.")
    assert [(r["type"], [s["name"] for s in r["signatories"]]) for r in extract(text)] == [
        ("MoU", ["Ahmad Santoso", "Budi Hartono"]), ("other", ["Ahmad Santoso", "Budi Hartono"])]
