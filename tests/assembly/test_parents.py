"""Parent links: a PKS signed beside an MoU between the same parties implements it; another
instrument does when the text says so."""
from __future__ import annotations

import pytest

from extract.assembly.parents import link_implementing
from tests.assembly.conftest import parties


def test_a_pks_between_the_parties_of_an_mou_implements_it(extract):
    text = ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman di bidang "
            "pendidikan, Selasa (12/3/2024).\n"
            "Kemudian dilanjutkan penandatanganan perjanjian kerja sama antara Pemkab Klaten dan "
            "Universitas Tunas Harapan tentang program magang.")
    records = extract(text)
    assert [(r["type"], r["parent"]) for r in records] == [("MoU", None), ("PKS", 0)]


def test_a_pks_between_other_bodies_has_no_parent(extract):
    text = ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman, Selasa (12/3/2024).\n"
            "Di tempat yang sama, Bank Sejahtera dan Koperasi Tani Makmur menandatangani perjanjian kerja sama "
            "tentang kredit usaha.")
    assert [r["parent"] for r in extract(text)] == [None, None]


def test_a_letter_of_intent_signed_beside_an_mou_implements_it_only_when_the_text_says_so(extract):
    text = ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman di bidang "
            "pendidikan, Selasa (12/3/2024).\n"
            "Pada kesempatan itu, Pemkab Klaten dan Universitas Tunas Harapan juga menandatangani "
            "letter of intent tentang pembangunan kampus baru.")
    records = extract(text)
    assert [(r["type"], r["parent"]) for r in records] == [("MoU", None), ("other", None)]


def test_an_addendum_that_the_text_says_follows_up_an_mou_implements_it(extract):
    text = ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani adendum tentang beasiswa, "
            "Selasa (12/3/2024).\n"
            "Adendum itu merupakan tindak lanjut dari nota kesepahaman antara Pemkab Klaten dan "
            "Universitas Tunas Harapan.")
    records = extract(text)
    assert [(r["type"], r["status"], r["parent"]) for r in records] == [("other", "signed", 1),
                                                                        ("MoU", "referenced", None)]


def test_an_agreement_of_the_same_type_between_other_bodies_that_a_cue_says_is_implemented(extract):
    text = ("SEMARANG - SMKN 1 Semarang dan PT Maju Bersama menandatangani perjanjian kerja sama praktik kerja "
            "lapangan di Semarang, Senin (4/3/2024).\n"
            "Program ini merupakan tindak lanjut penandatanganan perjanjian kerja sama antara Kementerian "
            "Perindustrian dengan Asosiasi Pengusaha Indonesia tentang pendidikan vokasi, Juli 2023 lalu.")
    records = extract(text)
    assert [(r["type"], r["status"], r["parent"]) for r in records] == [
        ("PKS", "signed", 1), ("PKS", "referenced", None)]
    assert parties(records[1]) == ["Kementerian Perindustrian", "Asosiasi Pengusaha Indonesia"]


def test_the_same_agreement_named_again_after_a_cue_is_no_record_of_its_own(extract):
    text = ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani perjanjian kerja sama, Selasa (12/3/2024).\n"
            "Perjanjian kerja sama antara Pemkab Klaten dan Universitas Tunas Harapan ini merupakan tindak "
            "lanjut dari kunjungan rektor bulan lalu.")
    assert [(r["type"], r["status"], r["parent"]) for r in extract(text)] == [("PKS", "signed", None)]


def test_each_enumerated_agreement_implements_what_the_signing_implements(extract):
    text = ("Penandatanganan perjanjian kerja sama dilakukan antara 1) PT Maju Bersama dengan SMKN 1 Semarang, "
            "SMKN 2 Semarang; 2) PT Sinar Abadi dengan SMKN 3 Semarang, Senin (4/3/2024).\n"
            "Kegiatan ini merupakan tindak lanjut perjanjian kerja sama antara Kementerian Perindustrian "
            "dengan Asosiasi Pengusaha Indonesia.")
    records = extract(text)
    assert [(r["status"], r["parent"]) for r in records] == [
        ("signed", 2), ("signed", 2), ("referenced", None)]


def test_an_agreement_renewed_is_referenced_and_no_parent(extract):
    text = ("Pemkot Salatiga dan Kejaksaan Negeri Salatiga menandatangani nota kesepahaman, Jumat (8/3/2024).\n"
            "Penandatanganan MoU ini merupakan lanjutan dari perjanjian kerja sama antara Pemerintah Kota "
            "Salatiga dan Kejaksaan Negeri Salatiga Nomor 12/PKS/2021 yang telah berakhir pada tanggal "
            "1 Maret 2024.")
    records = extract(text)
    assert [(r["type"], r["status"], r["parent"]) for r in records] == [
        ("MoU", "signed", None), ("PKS", "referenced", None)]
    assert [r["reference_numbers"] for r in records] == [[], ["12/PKS/2021"]]
    # the day its term ended is not the day it was signed
    assert records[1]["date"] is None


def test_the_numbers_of_an_implemented_agreement_are_not_the_signed_ones(extract):
    text = ("AMBON - Pemerintah Provinsi Maluku dan Universitas Pattimura menandatangani nota kesepahaman di "
            "Ambon, Selasa (13/8/2019).\n"
            "Penandatanganan itu sebagai tindak lanjut dari Nota Kesepahaman antara Menteri Dalam Negeri dan "
            "Jaksa Agung dengan No. 180/4215/SJ; No. KEP-318/A/JA/09/2016 tanggal 12 September 2016.")
    signed = [r for r in extract(text) if r["status"] == "signed"]
    assert [r["reference_numbers"] for r in signed] == [[]]


def test_the_numbers_of_the_signed_agreement_stay_its_own(extract):
    text = ("AMBON - Pemerintah Provinsi Maluku dan Universitas Pattimura menandatangani nota kesepahaman "
            "Nomor 12/MOU/VIII/2019 di Ambon, Selasa (13/8/2019).")
    assert [r["reference_numbers"] for r in extract(text)] == [["12/MOU/VIII/2019"]]


def test_a_pks_signed_by_a_directorate_written_before_the_company_implements_its_mou(extract):
    text = ("PLN dan Universitas Tunas Harapan menandatangani nota kesepahaman tentang riset energi, "
            "Selasa (12/3/2024).\n"
            "Penandatanganan dilanjutkan dengan perjanjian kerja sama antara DirRisk PLN dengan "
            "Universitas Tunas Harapan tentang magang mahasiswa.")
    records = extract(text)
    assert [(r["type"], r["parent"]) for r in records] == [("MoU", None), ("PKS", 0)]


def test_a_regional_agency_is_not_read_as_a_unit_of_the_government_of_its_region(extract):
    text = ("Pemerintah Kota Tegal dan Universitas Tunas Harapan menandatangani nota kesepahaman tentang "
            "pendidikan, Selasa (12/3/2024).\n"
            "Kemudian dilanjutkan penandatanganan perjanjian kerja sama antara Universitas Tunas Harapan "
            "dan Dinas Kesehatan Kota Tegal tentang praktik klinik.")
    assert [r["parent"] for r in extract(text)] == [None, None]


def test_a_cue_naming_the_mou_of_one_of_several_agreements_links_that_one_only(extract):
    text = ("PT Maju Bersama akan menandatangani perjanjian kerja sama dengan tiga perusahaan, yaitu "
            "PT Sinar Abadi, PT Karya Utama dan PT Bumi Lestari, Rabu (20/3/2024).\n"
            "Perjanjian itu merupakan tindak lanjut dari nota kesepahaman yang telah diteken antara "
            "PT Maju Bersama dan PT Sinar Abadi.")
    records = extract(text)
    assert [(parties(r)[-1], r["parent"]) for r in records] == [
        ("PT Sinar Abadi", 3), ("PT Karya Utama", None), ("PT Bumi Lestari", None), ("PT Sinar Abadi", None)]


def test_a_pks_naming_a_party_by_its_acronym_implements_the_mou_that_spelt_it_out():
    def party(name: str, acronym: str | None = None) -> dict:
        return {"name": name, "acronym": acronym, "aliases": []}

    records = [
        {"type": "MoU", "status": "signed", "parent": None,
         "parties": [party("Politeknik Negeri Harapan", "Polhar"), party("Asosiasi Praktisi Mesin Pendingin", "HIMAPIN")]},
        {"type": "PKS", "status": "signed", "parent": None,
         "parties": [party("Jurusan Teknik Mesin"), party("Politeknik Negeri Harapan", "Polhar"), party("HIMAPIN")]},
    ]
    link_implementing(records, {})
    assert [r["parent"] for r in records] == [None, 0]


def test_a_chief_of_staff_written_as_a_party_is_his_service_under_the_armed_forces_mou(extract):
    text = ("PLN dan TNI menandatangani nota kesepahaman tentang pengamanan jaringan listrik, "
            "Selasa (12/3/2024).\n"
            "Penandatanganan dilanjutkan dengan perjanjian kerja sama antara DirRisk PLN dengan "
            "Asisten Logistik KSAL tentang pengamanan kabel laut.")
    records = extract(text)
    assert [(parties(r), r["parent"]) for r in records] == [
        (["PLN", "TNI"], None), (["PLN", "TNI Angkatan Laut"], 0)]


MOU_FIRST = ("SURABAYA - Pemprov Jawa Timur menandatangani nota kesepahaman dengan Universitas Tunas Harapan tentang "
             "kesehatan, Senin (6/5/2024).\n{second}")


@pytest.mark.parametrize("second", [
    "Nota kesepahaman itu kemudian ditindaklanjuti dengan perjanjian kerja sama antara Dinas Kesehatan Provinsi Jawa "
    "Timur dan Fakultas Kedokteran Universitas Tunas Harapan tentang pendidikan dokter spesialis.",
    "Sebagai tindak lanjut MoU tersebut, Dinas Kesehatan Provinsi Jawa Timur dan Fakultas Kedokteran Universitas "
    "Tunas Harapan menandatangani perjanjian kerja sama tentang pendidikan dokter spesialis.",
    "Menindaklanjuti nota kesepahaman itu, Dinas Kesehatan Provinsi Jawa Timur dan Fakultas Kedokteran Universitas "
    "Tunas Harapan meneken perjanjian kerja sama tentang pendidikan dokter spesialis.",
    "Dinas Kesehatan Provinsi Jawa Timur dan Fakultas Kedokteran Universitas Tunas Harapan lalu menandatangani "
    "perjanjian kerja sama sebagai turunan dari MoU itu.",
])
def test_a_pks_that_follows_up_the_mou_named_again_in_its_sentence_implements_it(extract, second):
    records = extract(MOU_FIRST.format(second=second))
    assert [(r["type"], parties(r), r["parent"]) for r in records] == [
        ("MoU", ["Pemprov Jawa Timur", "Universitas Tunas Harapan"], None),
        ("PKS", ["Dinas Kesehatan Provinsi Jawa Timur", "Fakultas Kedokteran Universitas Tunas Harapan"], 0)]


def test_a_pks_that_follows_up_the_mou_is_signed_by_its_own_signers_only(extract):
    text = MOU_FIRST.format(second=(
        "Nota kesepahaman tersebut dijabarkan dalam perjanjian kerja sama yang diteken Kepala Dinas Kesehatan Jatim "
        "Erwin Santosa dan Dekan Fakultas Kedokteran Universitas Tunas Harapan Budi Prasetyo."))
    records = extract(text)
    assert [(r["type"], r["parent"], [s["name"] for s in r["signatories"]]) for r in records] == [
        ("MoU", None, []), ("PKS", 0, ["Erwin Santosa", "Budi Prasetyo"])]


def test_an_mou_followed_up_by_a_meeting_has_no_implementation(extract):
    """Counter-example: what follows the MoU up is no instrument."""
    text = MOU_FIRST.format(second="Nota kesepahaman itu kemudian ditindaklanjuti dengan rapat teknis kedua pihak.")
    assert [(r["type"], r["parent"]) for r in extract(text)] == [("MoU", None)]


def test_a_pks_still_to_follow_up_the_mou_is_no_record(extract):
    """Counter-example: a PKS the MoU will be followed up with, named without bodies, is no agreement yet."""
    text = MOU_FIRST.format(second="MoU ini akan ditindaklanjuti dengan perjanjian kerja sama oleh perangkat daerah.")
    assert [(r["type"], r["parent"]) for r in extract(text)] == [("MoU", None)]


def test_an_agreement_derived_from_an_mou_named_with_one_body_implements_it_between_the_same_bodies(extract):
    text = ("MAKASSAR - Pemerintah Kota Makassar menandatangani perjanjian turunan dari nota kesepahaman dengan "
            "PT Sinar Terang tentang penerangan jalan umum, Senin (13/5/2024).")
    records = extract(text)
    assert [(r["type"], r["status"], parties(r), r["parent"]) for r in records] == [
        ("PKS", "signed", ["Pemerintah Kota Makassar", "PT Sinar Terang"], 1),
        ("MoU", "referenced", ["Pemerintah Kota Makassar", "PT Sinar Terang"], None)]


def test_an_agreement_called_derived_implements_the_mou_reported_before_it(extract):
    text = ("MAKASSAR - Pemerintah Kota Makassar dan PT Sinar Terang menandatangani nota kesepahaman tentang "
            "penerangan jalan umum, Senin (13/5/2024). Setelah itu, Dinas Perhubungan Kota Makassar dan "
            "Divisi Proyek PT Sinar Terang meneken perjanjian turunan tentang lampu jalan tenaga surya.")
    records = extract(text)
    assert [(r["type"], r["parent"]) for r in records] == [("MoU", None), ("PKS", 0)]


def test_an_agreement_between_other_bodies_without_the_derived_word_has_no_parent(extract):
    """Counter-example: the same sentence with a plain PKS between a regional agency and another body."""
    text = ("MAKASSAR - Pemerintah Kota Makassar dan PT Sinar Terang menandatangani nota kesepahaman tentang "
            "penerangan jalan umum, Senin (13/5/2024). Setelah itu, Dinas Perhubungan Kota Makassar dan "
            "PT Cahaya Abadi meneken perjanjian kerja sama tentang lampu jalan tenaga surya.")
    assert [(r["type"], r["parent"]) for r in extract(text)] == [("MoU", None), ("PKS", None)]


def test_an_agreement_followed_or_carried_out_is_the_parent_with_its_numbers(extract):
    followed = ("MAKASSAR - Dinas Pendidikan Sulsel dan Universitas Tunas Harapan menandatangani perjanjian kerja sama, "
                "Selasa (4/6/2024). Kerja sama ini berpedoman pada kesepakatan bersama Nomor 120/45/2022 antara "
                "Pemprov Sulawesi Selatan dan Universitas Tunas Harapan.")
    carried_out = ("MAKASSAR - Dinas Pendidikan Sulsel dan Universitas Tunas Harapan menandatangani perjanjian kerja "
                   "sama, Selasa (4/6/2024). PKS ini merupakan pelaksanaan dari nota kesepahaman antara Pemprov "
                   "Sulawesi Selatan dan Universitas Tunas Harapan Nomor 120/45/2022.")
    for text in (followed, carried_out):
        assert [(r["type"], r["status"], r["parent"], r["reference_numbers"]) for r in extract(text)] == [
            ("PKS", "signed", 1, []), ("MoU", "referenced", None, ["120/45/2022"])]


def test_a_signing_carried_out_at_an_event_follows_no_agreement(extract):
    text = ("MAKASSAR - Pelaksanaan penandatanganan perjanjian kerja sama antara Dinas Pendidikan Sulsel dan "
            "Universitas Tunas Harapan berlangsung di Makassar, Selasa (4/6/2024).")
    assert [(r["type"], r["status"]) for r in extract(text)] == [("PKS", "signed")]


def test_an_agreement_a_signing_is_said_to_accord_with_is_its_parent(extract):
    text = ("KLATEN - Sejalan dengan nota kesepahaman antara Pemkab Klaten dan Universitas Tunas Harapan, Dinas "
            "Pendidikan Klaten menandatangani perjanjian kerja sama dengan Fakultas Keguruan Universitas Tunas "
            "Harapan tentang magang guru, Senin (3/6/2024).")
    assert [(r["type"], r["status"], r["parent"]) for r in extract(text)] == [
        ("MoU", "referenced", None), ("PKS", "signed", 0)]


def test_a_signing_on_schedule_accords_with_no_agreement(extract):
    text = ("KLATEN - Sesuai jadwal, Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman, "
            "Senin (3/6/2024).")
    assert [(r["type"], r["status"]) for r in extract(text)] == [("MoU", "signed")]


def test_as_agreed_names_no_agreement_of_its_own(extract):
    text = ("JAKARTA - Kementerian Perhubungan dan PT Kereta Api Indonesia menandatangani kontrak kerja sama "
            "kereta perintis, Selasa (28/1/2020). \"Dengan penandatanganan ini diharapkan KAI melayani "
            "masyarakat dengan sebaik-baiknya sesuai kesepakatan bersama.\"")
    assert [(r["type"], r["status"]) for r in extract(text)] == [("PKS", "signed")]


@pytest.mark.parametrize("cue", ["merupakan pelaksanaan dari", "merupakan turunan", "adalah penjabaran dari",
                                 "merupakan realisasi dari"])
def test_more_words_of_carrying_out_an_mou_make_it_the_parent(extract, cue):
    text = ("JAKARTA - PT Bank Sejahtera dan Kementerian Kelautan dan Perikanan menandatangani perjanjian kerja "
            f"sama penyaluran kredit nelayan, Rabu (22/5/2024). Dokumen ini {cue} nota kesepahaman yang diteken "
            "kedua lembaga pada Januari 2023.")
    records = extract(text, published="2024-05-23")
    assert [(r["type"], r["status"], r["parent"]) for r in records] == [("PKS", "signed", 1), ("MoU", "referenced", None)]


def test_a_pks_the_mou_is_said_to_be_the_legal_umbrella_for_is_signed_under_it(extract):
    text = ("KUDUS - Pemerintah Kabupaten Kudus dan Universitas Tunas Harapan meneken nota kesepahaman tentang "
            "pembangunan daerah, Senin (20/5/2024). MoU itu menjadi payung hukum bagi perjanjian kerja sama yang "
            "diteken Kepala Dinas Kesehatan Kudus Andini Lestari dan Dekan Fakultas Ilmu Kesehatan Universitas "
            "Tunas Harapan Noor Hidayah.")
    records = extract(text, published="2024-05-21")
    assert [(r["type"], r["status"], r["parent"], [s["name"] for s in r["signatories"]]) for r in records] == [
        ("MoU", "signed", None, []), ("PKS", "signed", 0, ["Andini Lestari", "Noor Hidayah"])]


def test_an_mou_that_a_signing_is_based_on_is_referenced(extract):
    """Counter-example: a cue not followed by "bagi"/"untuk" still names an existing agreement."""
    text = ("KUDUS - Pemerintah Kabupaten Kudus dan Universitas Tunas Harapan meneken perjanjian kerja sama "
            "tentang beasiswa, Senin (20/5/2024). Kerja sama itu berdasarkan nota kesepahaman antara Pemkab Kudus "
            "dan Universitas Tunas Harapan yang diteken pada 2022.")
    assert [r["status"] for r in extract(text, published="2024-05-21")] == ["signed", "referenced"]
