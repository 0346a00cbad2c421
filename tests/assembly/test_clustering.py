"""Clustering: which mentions start a record of their own."""
from __future__ import annotations

import pytest

from tests.assembly.conftest import parties

ORDINALS = (
    "Jakarta - Kunjungan Presiden ke Kuala Lumpur menghasilkan dua nota kesepahaman.\n"
    "Pertama, MoU tentang penanggulangan bencana yang ditandatangani Menteri Dalam Negeri RI Agus Santoso bersama "
    "Menteri Dalam Negeri Malaysia Dato Seri Ahmad Zulkifli.\n"
    "Kedua, MoU tentang promosi produk halal yang ditandatangani Menteri Perdagangan RI Rina Astuti "
    "bersama Menteri Perdagangan Malaysia Tengku Hasan Basri."
)


def test_each_numbered_instrument_is_a_record_with_its_signers_offices(extract):
    records = extract(ORDINALS)
    assert [parties(r) for r in records] == [
        ["Kementerian Dalam Negeri RI", "Kementerian Dalam Negeri Malaysia"],
        ["Kementerian Perdagangan RI", "Kementerian Perdagangan Malaysia"],
    ]
    assert [[s["name"] for s in r["signatories"]] for r in records] == [
        ["Agus Santoso", "Ahmad Zulkifli"], ["Rina Astuti", "Tengku Hasan Basri"]]


def test_a_numbered_instrument_naming_one_body_is_between_it_and_the_other_signers_office(extract):
    text = ORDINALS + ("\nKetiga, MoU tentang riset kelautan antara Lembaga Penelitian dan Pengabdian kepada "
                       "Masyarakat (LPPM) Universitas Hasanuddin yang ditandatangani Ketua LPPM Budi Santoso bersama "
                       "Menteri Perdagangan Malaysia Tengku Hasan Basri.")
    assert [parties(r) for r in extract(text)][2] == [
        "Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Hasanuddin", "Kementerian Perdagangan Malaysia"]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # the n-th agreement with one body of its own is between the host and that body
        ("PKS kedua dengan PT Sinar Jaya Abadi tentang digitalisasi layanan publik.",
         ["Pemerintah Kota Blitar", "PT Sinar Jaya Abadi"]),
        # counter-example: one naming no body of its own is between the parties of the one before
        ("PKS kedua tentang magang mahasiswa.", ["Pemerintah Kota Blitar", "Politeknik Negeri Malang"]),
    ],
)
def test_a_numbered_instrument_naming_one_new_body_is_between_the_host_and_it(extract, second, expected):
    text = ("BLITAR - Pemerintah Kota Blitar menandatangani dua perjanjian kerja sama, Rabu (29/5/2024). "
            "PKS pertama dengan Politeknik Negeri Malang tentang pelatihan vokasi. " + second)
    assert [parties(r) for r in extract(text)] == [["Pemerintah Kota Blitar", "Politeknik Negeri Malang"], expected]


OTHERS = ("JAKARTA - Indonesia dan Papua Nugini menandatangani MoU tentang kerja sama kesehatan di Istana Merdeka, "
          "Rabu (5/6/2024). {count} juga ditandatangani selama kunjungan tersebut. Pertama, MoU terkait kerja sama "
          "energi. Kedua, MoU tentang pengembangan kapasitas aparatur. Ketiga, MoU tentang kerja sama pertahanan.")


def scopes(record: dict) -> list[str]:
    return [s["text"] for s in record["scopes"]]


def test_the_first_of_the_other_instruments_counted_is_a_record_of_its_own(extract):
    records = extract(OTHERS.format(count="Tiga MoU lainnya"))
    assert [scopes(r) for r in records] == [
        ["kesehatan"], ["energi"], ["pengembangan kapasitas aparatur"], ["pertahanan"]]
    assert {tuple(parties(r)) for r in records} == {("Pemerintah Indonesia", "Pemerintah Papua Nugini")}


def test_the_first_of_the_instruments_counted_is_the_one_reported(extract):
    """Counter-example: the count of the record read ("menandatangani tiga MoU") is no count of
    others: "Pertama" names that record."""
    text = ("JAKARTA - Indonesia dan Papua Nugini menandatangani tiga MoU di Istana Merdeka, Rabu (5/6/2024). "
            "Pertama, MoU terkait kerja sama energi. Kedua, MoU tentang pengembangan kapasitas aparatur. "
            "Ketiga, MoU tentang kerja sama pertahanan.")
    assert [scopes(r) for r in extract(text)] == [["energi"], ["pengembangan kapasitas aparatur"], ["pertahanan"]]


def test_a_numbered_instrument_named_by_its_title_alone_is_a_record(extract):
    text = ("JAKARTA - Indonesia dan Papua Nugini menandatangani tiga MoU di Istana Merdeka, Rabu (5/6/2024). "
            "Pertama, MoU terkait kerja sama energi. Kedua, MoU pengembangan kapasitas aparatur. "
            "Ketiga, MoU kerja sama pertahanan.")
    assert len(extract(text)) == 3


def test_a_numbered_point_about_the_agreement_is_no_record(extract):
    """Counter-example: "Kedua, MoU tersebut ..." says more of the agreement read."""
    text = ("JAKARTA - Indonesia dan Papua Nugini menandatangani MoU tentang kerja sama energi, Rabu (5/6/2024). "
            "Menurut menteri, ada dua hal penting. Pertama, MoU itu membuka investasi. Kedua, MoU tersebut "
            "berlaku lima tahun.")
    assert len(extract(text)) == 1


def test_both_instruments_is_no_ordinal(extract):
    text = ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani dua MoU, Selasa (12/3/2024).\n"
            "Kedua MoU tersebut berlaku lima tahun.")
    assert len(extract(text)) == 1


FURTHER_SIGNING = (
    "KLATEN - Pemkab Klaten menandatangani nota kesepahaman dengan Universitas Tunas Harapan di Pendopo, "
    "Selasa (12/3/2024).\n"
    "Lalu, dilanjutkan dengan penandatanganan MoU bersama Kapolres Klaten AKBP Budi Santoso serta "
    "Dandim 0723 Klaten Letkol Inf Joko Susilo."
)


def test_a_further_signing_with_other_offices_is_another_record(extract):
    assert [parties(r) for r in extract(FURTHER_SIGNING)] == [
        ["Pemkab Klaten", "Universitas Tunas Harapan"],
        ["Pemkab Klaten", "Kepolisian Resor Klaten", "Kodim 0723 Klaten"],
    ]


def test_an_event_after_the_signing_is_no_further_signing(extract):
    text = ("KLATEN - Pemkab Klaten menandatangani nota kesepahaman dengan Universitas Tunas Harapan, "
            "Selasa (12/3/2024).\n"
            "Usai penandatanganan, acara dilanjutkan dengan kuliah umum yang disampaikan oleh Ketua "
            "Bawaslu Provinsi Jawa Tengah Siti Rahma.")
    assert [parties(r) for r in extract(text)] == [["Pemkab Klaten", "Universitas Tunas Harapan"]]


def test_a_head_of_agreement_is_an_instrument(extract):
    text = "PT Sinar Gas dan PT Listrik Makmur menandatangani head of agreement (HoA) jual beli gas, Senin (4/3/2024)."
    assert [(r["type"], parties(r)) for r in extract(text)] == [("other", ["PT Sinar Gas", "PT Listrik Makmur"])]


COUNTERPARTS_BY_THEIR_HEADS = (
    "KLATEN - Pemkab Klaten menandatangani MoU dengan tiga perguruan tinggi, Selasa (12/3/2024). "
    "MoU ditandatangani Bupati Klaten Sri Mulyani dengan para pimpinan tiga perguruan tinggi yakni "
    "Rektor Universitas Tunas Harapan, Dr. Budi Santoso, Rektor Politeknik Nusa Bakti, Ir. Joko Susilo, "
    "dan Rektor Institut Teknologi Harapan Bangsa, Dr. Rina Astuti."
)


def test_counterparts_named_by_their_heads_each_sign_with_the_hub(extract):
    assert sorted(parties(r)[1] for r in extract(COUNTERPARTS_BY_THEIR_HEADS)) == [
        "Institut Teknologi Harapan Bangsa", "Politeknik Nusa Bakti", "Universitas Tunas Harapan"]


COUNTED_GROUP_NAMED_FURTHER_ON = (
    "KLATEN - PT Listrik Tunas Harapan menandatangani MoU dengan tiga kabupaten di Klaten, Senin (11/3/2024).\n"
    "Tiga daerah yang melaksanakan penandatanganan MoU dengan perusahaan itu yakni Pemkab Klaten, Pemkab Boyolali "
    "dan Pemkab Sukoharjo."
)


def test_a_counted_group_may_name_its_members_further_on(extract):
    assert sorted(parties(r)[1] for r in extract(COUNTED_GROUP_NAMED_FURTHER_ON)) == [
        "Pemkab Boyolali", "Pemkab Klaten", "Pemkab Sukoharjo"]


def test_a_headline_signing_that_the_text_calls_a_plan_is_planned(extract):
    headline = "Universitas Tunas Harapan-Pemkab Klaten Sepakat MoU\n\n"
    planned = ("Klaten - Universitas Tunas Harapan dan Pemerintah Kabupaten Klaten sepakat menjalin kerja sama "
               "yang akan dituangkan dalam nota kesepahaman (MoU).")
    signed = ("Klaten - Universitas Tunas Harapan dan Pemerintah Kabupaten Klaten menandatangani nota "
              "kesepahaman (MoU), Selasa (12/3/2024).")
    assert [r["status"] for r in extract(headline + planned)] == ["planned"]
    assert [r["status"] for r in extract(headline + signed)] == ["signed"]


def test_an_mou_planned_after_a_signed_letter_of_intent_is_the_next_agreement(extract):
    text = ("KLATEN - Pemkab Klaten dan Universitas Tunas Harapan menandatangani Letter of Intent (LoI) kerja sama "
            "pendidikan, Jumat (17/2/2023).\n"
            "Bupati berharap LoI itu segera ditindaklanjuti menjadi Memorandum of Understanding (MoU).")
    records = extract(text, published="2023-02-20")
    assert [(r["type"], r["status"], parties(r), r["parent"]) for r in records] == [
        ("other", "signed", ["Pemkab Klaten", "Universitas Tunas Harapan"], None),
        ("MoU", "planned", ["Pemkab Klaten", "Universitas Tunas Harapan"], None)]
    # a plan named after a signed MoU is the same agreement's
    text = text.replace("Letter of Intent (LoI)", "nota kesepahaman").replace("LoI itu", "kerja sama itu") \
        .replace("Memorandum of Understanding (MoU)", "perjanjian kerja sama (PKS)")
    assert len(extract(text, published="2023-02-20")) == 1


def test_an_mou_with_its_own_topic_planned_after_signed_ones_is_another_agreement(extract):
    text = ("JAKARTA - Pemerintah Indonesia dan Pemerintah Malaysia menandatangani nota kesepahaman tentang "
            "pendidikan, Rabu (10/11/2021).\n"
            "Presiden juga mendorong agar MoU mengenai perlindungan pekerja migran dapat segera diselesaikan.")
    records = extract(text, published="2021-11-12")
    assert [(r["type"], r["status"], parties(r)) for r in records] == [
        ("MoU", "signed", ["Pemerintah Indonesia", "Pemerintah Malaysia"]),
        ("MoU", "planned", ["Pemerintah Indonesia", "Pemerintah Malaysia"])]
    # the signed MoU named again is no plan of another one
    text = text.replace("MoU mengenai perlindungan pekerja migran dapat segera diselesaikan",
                        "MoU tersebut segera dilaksanakan")
    assert len(extract(text, published="2021-11-12")) == 1


def test_another_type_between_two_bodies_it_names_is_another_agreement(extract):
    text = ("TEGAL - Pemerintah Kota Tegal dan Universitas Tunas Harapan menandatangani nota kesepahaman, "
            "Selasa (23/7/2024).\n"
            "Perjanjian kerja sama antara Universitas Tunas Harapan dan Dinas Pendidikan Kota Tegal ditandatangani "
            "oleh Kepala Dinas Pendidikan Kota Tegal Budi Santoso.")
    records = extract(text, published="2024-07-25")
    assert [(r["type"], parties(r)) for r in records] == [
        ("MoU", ["Pemerintah Kota Tegal", "Universitas Tunas Harapan"]),
        ("PKS", ["Universitas Tunas Harapan", "Dinas Pendidikan Kota Tegal"])]


LEAD_THEN_DESCRIPTION = (
    "Teken MoU, Kampus Perkuat Riset Tekstil\n"
    "KLATEN - Universitas Tunas Harapan menandatangani nota kesepahaman dengan Balai Besar Tekstil, "
    "Senin (11/3/2024).\n"
    "Balai Besar Tekstil adalah unit pelaksana teknis di bawah Badan Standardisasi dan Kebijakan Jasa "
    "Industri, Kementerian Perindustrian.\n"
    "Nota kesepahaman tersebut berlaku selama lima tahun."
)


def test_a_headline_without_bodies_takes_the_lead_only_up_to_its_two_bodies(extract):
    assert [parties(r) for r in extract(LEAD_THEN_DESCRIPTION)] == [
        ["Universitas Tunas Harapan", "Balai Besar Tekstil"]]


FACILITATED = (
    "Sekolah dan Industri Teken Perjanjian Kerja Sama\n"
    "KLATEN - Dinas Pendidikan Provinsi Jawa Tengah memfasilitasi kemitraan sekolah dengan dunia industri.\n"
    "Dukungan itu ditandai penandatanganan perjanjian kerja sama antara sejumlah sekolah dengan perusahaan, "
    "Senin (11/3/2024).\n"
    "Penandatanganan dilakukan antara PT Sinar Tekstil dengan SMK Negeri 2 Klaten."
)


def test_a_body_that_facilitates_the_cooperation_is_no_party(extract):
    assert [(parties(r), r["date"]) for r in extract(FACILITATED)] == [
        (["PT Sinar Tekstil", "SMK Negeri 2 Klaten"], "2024-03-11")]


TWO_PARTNERS = (
    "SEMARANG - Pemerintah Provinsi Jawa Tengah menandatangani nota kesepahaman dengan Universitas Diponegoro "
    "tentang riset pangan di Gedung Gradhika, Semarang, Senin (11/3/2024).\n"
    "Pada kesempatan yang sama, Pemprov Jawa Tengah juga menandatangani nota kesepahaman dengan Bank Jateng "
    "tentang pembiayaan UMKM.\n"
)


def test_a_mention_naming_an_earlier_agreements_own_partner_speaks_of_that_agreement(extract):
    text = TWO_PARTNERS + ("Nota kesepahaman dengan Bank Jateng ditandatangani Gubernur Jawa Tengah Agus Santoso "
                           "dan Direktur Utama Bank Jateng Budi Hartono.")
    records = extract(text)
    assert [parties(r)[1] for r in records] == ["Universitas Diponegoro", "Bank Jateng"]
    assert [[s["name"] for s in r["signatories"]] for r in records] == [[], ["Agus Santoso", "Budi Hartono"]]


def test_an_instrument_of_another_type_on_the_same_occasion_is_another_agreement(extract):
    """"Pada kesempatan yang sama juga ditandatangani PKS antara ..." after an MoU: a PKS of its
    own (not the MoU signed again by other bodies), of the same day and place."""
    text = ("KLATEN - Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman di Pendopo "
            "Klaten, Selasa (12/3/2024).\nPada kesempatan yang sama juga ditandatangani perjanjian kerja sama "
            "antara Dinas Pendidikan Klaten dan Fakultas Ekonomi UTH tentang program magang mahasiswa.")
    records = extract(text)
    assert [(r["type"], r["date"], r["location"]["venue"]) for r in records] == [
        ("MoU", "2024-03-12", "Pendopo Klaten"), ("PKS", "2024-03-12", "Pendopo Klaten")]


@pytest.mark.parametrize("occasion", ["Pada hari yang sama", "Dalam kesempatan yang sama", "Di tempat yang sama"])
def test_a_signing_of_another_type_said_to_be_on_the_same_occasion_is_another_agreement(extract, occasion):
    """Without "juga": the occasion alone says it is a further signing."""
    text = ("BANDUNG - Bank Sejahtera menandatangani nota kesepahaman dengan Pemerintah Kabupaten Garut tentang "
            f"layanan perbankan daerah, Kamis (16/5/2024). {occasion}, Bank Sejahtera menandatangani perjanjian kerja "
            "sama dengan Badan Pendapatan Daerah Kabupaten Garut tentang pembayaran pajak daerah.")
    records = extract(text)
    assert [(r["type"], parties(r), r["date"]) for r in records] == [
        ("MoU", ["Bank Sejahtera", "Pemerintah Kabupaten Garut"], "2024-05-16"),
        ("PKS", ["Bank Sejahtera", "Badan Pendapatan Daerah Kabupaten Garut"], "2024-05-16")]


def test_the_same_occasion_with_an_instrument_of_the_same_type_names_no_new_agreement(extract):
    """Counter-example: an MoU said again on the same day, with a new body, stays one record."""
    text = ("BANDUNG - Bank Sejahtera menandatangani nota kesepahaman dengan Pemerintah Kabupaten Garut, Kamis "
            "(16/5/2024). Pada hari yang sama, nota kesepahaman itu diserahkan kepada DPRD Kabupaten Garut.")
    assert len(extract(text)) == 1


@pytest.mark.parametrize("bodies", ["kedua perguruan tinggi", "kedua perusahaan", "kedua rektor"])
def test_both_bodies_after_an_instrument_is_no_second_agreement(extract, bodies):
    """"Nota kesepahaman kedua perguruan tinggi ditandatangani ...": "kedua" counts the bodies."""
    text = ("SEMARANG - Universitas Tunas Harapan menjalin kerja sama dengan Universiti Sains Malaysia di "
            f"bidang pendidikan.\nNota kesepahaman {bodies} ditandatangani oleh Rektor UTH Sari Wulandari dan Vice "
            "Chancellor USM Ahmad Faris di kampus USM, Senin (11/3/2024).")
    records = extract(text)
    assert [[s["name"] for s in r["signatories"]] for r in records] == [["Sari Wulandari", "Ahmad Faris"]]


SAME_EVENT = (
    "BANDUNG - Institut Teknologi Bandung dan Pemerintah Kabupaten Garut menandatangani nota kesepahaman "
    "tentang mitigasi bencana, Rabu (8/3/2023).\n"
    "Pada kesempatan yang sama, ITB juga menandatangani {instrument} dengan PT Geo Data Nusantara."
)


def test_a_further_agreement_at_the_same_event_keeps_the_instrument_it_names(extract):
    records = extract(SAME_EVENT.format(instrument="perjanjian kerja sama"))
    assert [(parties(r)[1], r["type"], r["date"]) for r in records] == [
        ("Pemerintah Kabupaten Garut", "MoU", "2023-03-08"), ("PT Geo Data Nusantara", "PKS", "2023-03-08")]


def test_a_further_cooperation_at_the_same_event_takes_the_first_ones_type(extract):
    records = extract(SAME_EVENT.format(instrument="kerja sama yang sama"))
    assert [(parties(r)[1], r["type"]) for r in records] == [
        ("Pemerintah Kabupaten Garut", "MoU"), ("PT Geo Data Nusantara", "MoU")]


LIKE_BEFORE = (
    "PALEMBANG - Kanwil Kemenkumham Sumsel menandatangani nota kesepahaman dengan Pemerintah Kota Palembang "
    "tentang pembinaan hukum, Kamis (9/3/2023).\n"
    "{sentence}"
)


def test_a_like_agreement_made_before_with_another_body_is_referenced(extract):
    records = extract(LIKE_BEFORE.format(sentence="Sebelumnya, Kanwil Kemenkumham Sumsel juga telah menjalin "
                                                  "kerja sama serupa dengan Pemerintah Kabupaten Ogan Ilir."))
    assert [(parties(r)[-1], r["status"], r["date"]) for r in records] == [
        ("Pemerintah Kota Palembang", "signed", "2023-03-09"),
        ("Pemerintah Kabupaten Ogan Ilir", "referenced", None)]


def test_a_like_agreement_signed_now_with_another_body_shares_the_event(extract):
    records = extract(LIKE_BEFORE.format(sentence="Kanwil Kemenkumham Sumsel juga menandatangani kerja sama "
                                                  "serupa dengan Pemerintah Kabupaten Ogan Ilir."))
    assert [(parties(r)[-1], r["status"], r["date"]) for r in records] == [
        ("Pemerintah Kota Palembang", "signed", "2023-03-09"),
        ("Pemerintah Kabupaten Ogan Ilir", "signed", "2023-03-09")]


SIGNED_BEFORE = (
    "KUPANG - Universitas Nusa Cendana dan Bank NTT menandatangani nota kesepahaman di bidang pendidikan, "
    "Jumat (24/2/2023).\n"
    "{sentence}"
)


def test_an_earlier_agreement_with_another_body_is_a_referenced_record(extract):
    records = extract(SIGNED_BEFORE.format(sentence="Sebelumnya, Bank NTT telah menandatangani MoU dengan "
                                                    "Universitas Kristen Artha Wacana pada 2021."))
    assert [(parties(r), r["status"], r["date"]) for r in records] == [
        (["Universitas Nusa Cendana", "Bank NTT"], "signed", "2023-02-24"),
        (["Bank NTT", "Universitas Kristen Artha Wacana"], "referenced", "2021")]


def test_an_earlier_agreement_between_the_same_bodies_is_no_other_record(extract):
    records = extract(SIGNED_BEFORE.format(sentence="Sebelumnya, Bank NTT telah menandatangani MoU dengan "
                                                    "Universitas Nusa Cendana pada 2021."))
    assert [(parties(r), r["status"]) for r in records] == [
        (["Universitas Nusa Cendana", "Bank NTT"], "signed")]


IMPLEMENTS = (
    "Depok, Senin (17/4) - Pemerintah Kota Depok dan Universitas Indonesia menandatangani perjanjian kerja "
    "sama tentang pengembangan kota cerdas.\n"
    "{sentence}"
)


def test_the_agreement_implemented_named_without_bodies_is_between_the_same_parties(extract):
    records = extract(IMPLEMENTS.format(sentence="Idris mengatakan, kerja sama ini merupakan tindak lanjut dari "
                                                 "nota kesepahaman yang ditandatangani pada 2021."))
    assert [(parties(r), r["type"], r["status"], r["date"], r["parent"]) for r in records] == [
        (["Pemerintah Kota Depok", "Universitas Indonesia"], "PKS", "signed", "2023-04-17", 1),
        (["Pemerintah Kota Depok", "Universitas Indonesia"], "MoU", "referenced", "2021", None)]


def test_an_agreement_implemented_that_the_article_reported_is_no_other_record(extract):
    text = IMPLEMENTS.format(sentence="Pada 2021, Pemerintah Kota Depok dan Universitas Indonesia menandatangani "
                                      "nota kesepahaman tentang tridarma perguruan tinggi.\n"
                                      "Perjanjian kerja sama ini merupakan tindak lanjut dari nota kesepahaman "
                                      "yang ditandatangani pada 2021.")
    assert [(r["type"], r["status"]) for r in extract(text)] == [("PKS", "signed"), ("MoU", "referenced")]


def test_a_like_agreement_said_earlier_after_its_instrument_is_referenced(extract):
    records = extract(LIKE_BEFORE.format(sentence="Kerja sama serupa sebelumnya juga dilakukan Kanwil Kemenkumham "
                                                  "Sumsel dengan Pemerintah Kabupaten Ogan Ilir."))
    assert [(parties(r)[-1], r["status"], r["date"]) for r in records] == [
        ("Pemerintah Kota Palembang", "signed", "2023-03-09"),
        ("Pemerintah Kabupaten Ogan Ilir", "referenced", None)]


RENEWED = (
    "BATU - Pemerintah Kota Batu dan Universitas Brawijaya memperpanjang nota kesepahaman di bidang pertanian, "
    "Selasa (20/6/2023).\n"
    "{sentence}"
)


def test_the_agreement_before_the_one_signed_named_without_bodies_is_referenced_between_its_parties(extract):
    records = extract(RENEWED.format(sentence="Aries mengatakan, MoU sebelumnya yang ditandatangani pada 2018 "
                                              "telah berakhir."))
    assert [(parties(r), r["status"], r["date"], r["parent"]) for r in records] == [
        (["Pemerintah Kota Batu", "Universitas Brawijaya"], "signed", "2023-06-20", None),
        (["Pemerintah Kota Batu", "Universitas Brawijaya"], "referenced", "2018", None)]


def test_the_agreement_signed_named_again_is_no_earlier_one(extract):
    records = extract(RENEWED.format(sentence="Aries mengatakan, MoU ini berlaku lima tahun sejak 2023."))
    assert [(r["status"], r["date"]) for r in records] == [("signed", "2023-06-20")]


def test_earlier_right_after_the_signing_of_the_instrument_is_the_clauses_adverb(extract):
    records = extract(RENEWED.format(sentence="Penandatanganan MoU sebelumnya diawali dengan paparan program."))
    assert [(r["status"], r["date"]) for r in records] == [("signed", "2023-06-20")]


def test_an_existing_cooperation_with_another_body_is_no_part_of_the_signing(extract):
    records = extract(SIGNED_BEFORE.format(sentence="Sebelumnya, Bank NTT telah menjalin kerja sama dengan "
                                                    "Universitas Kristen Artha Wacana."))
    assert [(parties(r), r["status"]) for r in records] == [
        (["Universitas Nusa Cendana", "Bank NTT"], "signed"),
        (["Bank NTT", "Universitas Kristen Artha Wacana"], "referenced")]


def test_a_person_speaking_of_an_existing_cooperation_with_another_body_signs_nothing(extract):
    records = extract(SIGNED_BEFORE.format(sentence="Dalam kesempatan itu, Gubernur NTT Viktor Laiskodat menyinggung "
                                                    "kesepakatan dengan Pemerintah Kota Kupang yang diteken tahun lalu."))
    assert [[s["name"] for s in r["signatories"]] for r in records] == [[]]


def test_an_existing_cooperation_between_the_same_bodies_is_no_other_record(extract):
    records = extract(SIGNED_BEFORE.format(sentence="Sebelumnya, kedua pihak telah menjalin kerja sama sejak 2019."))
    assert [r["status"] for r in records] == ["signed"]


TERNATE = (
    "TERNATE - Pemerintah Kota Ternate bersama Universitas Khairun menandatangani nota kesepahaman, "
    "Jumat (30/6/2023).\n"
    "{sentence}"
)


def test_a_signing_to_come_with_a_body_the_signed_record_lacks_is_another_agreement(extract):
    records = extract(TERNATE.format(sentence="Sementara itu, Pemkot Ternate juga akan menandatangani MoU dengan "
                                              "Universitas Muhammadiyah Maluku Utara."))
    assert [(parties(r)[-1], r["status"]) for r in records] == [
        ("Universitas Khairun", "signed"), ("Universitas Muhammadiyah Maluku Utara", "planned")]


def test_a_body_the_signed_agreement_will_serve_is_no_planned_agreement(extract):
    records = extract(TERNATE.format(sentence="Isi nota kesepahaman akan dijalankan Dinas Pariwisata Kota Ternate "
                                              "bersama Universitas Khairun."))
    assert [r["status"] for r in records] == ["signed"]


def test_the_agreement_implemented_between_bodies_the_sentence_names_in_other_words_takes_no_parties_of_the_record(
        extract):
    records = extract(IMPLEMENTS.format(sentence="Kerja sama ini merupakan tindak lanjut dari nota kesepahaman "
                                                 "antara Kapolri dan Jaksa Agung."))
    assert all(r["type"] != "MoU" or parties(r) != ["Pemerintah Kota Depok", "Universitas Indonesia"] for r in records)


def test_an_earlier_agreement_between_its_own_bodies_one_of_them_new_is_a_record(extract):
    text = ("Pemkot Malang menandatangani nota kesepahaman dengan Universitas Tunas Harapan tentang riset "
            "kebencanaan, Selasa (12/3/2024). Sebelumnya Pemkot Malang menandatangani MoU dengan Politeknik "
            "Negeri Malang tentang vokasi.")
    records = extract(text)
    assert [(parties(r), r["status"]) for r in records] == [
        (["Pemkot Malang", "Universitas Tunas Harapan"], "signed"),
        (["Pemkot Malang", "Politeknik Negeri Malang"], "referenced")]


def test_an_earlier_mention_of_the_same_bodies_or_one_body_joins_the_record(extract):
    same = ("Pemkot Malang menandatangani nota kesepahaman dengan Universitas Tunas Harapan, Selasa (12/3/2024). "
            "Sebelumnya Pemkot Malang dan Universitas Tunas Harapan menandatangani MoU tentang riset.")
    one = ("Pemkot Malang menandatangani nota kesepahaman dengan Universitas Tunas Harapan, Selasa (12/3/2024). "
           "Sebelumnya Politeknik Negeri Malang menandatangani MoU tentang vokasi.")
    assert [len(extract(text)) for text in (same, one)] == [1, 1]


def test_an_implemented_instrument_named_without_bodies_is_the_parent_between_the_same_parties(extract):
    text = ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani perjanjian kerja sama tentang desa wisata, "
            "Senin (5/2/2024). PKS ini merupakan tindak lanjut dari nota kesepahaman yang ditandatangani pada "
            "12 Mei 2022.")
    records = extract(text)
    assert [(r["type"], r["status"], parties(r), r["date"], r["parent"]) for r in records] == [
        ("PKS", "signed", ["Pemkab Klaten", "Universitas Tunas Harapan"], "2024-02-05", 1),
        ("MoU", "referenced", ["Pemkab Klaten", "Universitas Tunas Harapan"], "2022-05-12", None)]


def test_an_implemented_instrument_reported_before_or_merely_existing_makes_no_record(extract):
    reported = ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman, Senin (5/2/2024). "
                "Pada kesempatan yang sama, Dinas Pariwisata Klaten dan Fakultas Ekonomi Universitas Tunas Harapan "
                "menandatangani perjanjian kerja sama tentang desa wisata. PKS ini merupakan tindak lanjut dari "
                "nota kesepahaman tersebut.")
    existing = ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani perjanjian kerja sama, Senin (5/2/2024). "
                "Keduanya sebelumnya telah memiliki nota kesepahaman.")
    assert [len(extract(text)) for text in (reported, existing)] == [2, 1]


def test_a_signing_that_a_fronted_implemented_instrument_opens_is_its_child(extract):
    text = ("Sebagai tindak lanjut MoU yang diteken pada 2021, Pemkab Klaten dan Universitas Tunas Harapan "
            "menandatangani perjanjian kerja sama tentang beasiswa, Senin (5/2/2024).")
    records = extract(text)
    assert [(r["type"], r["status"], parties(r), r["date"], r["parent"]) for r in records] == [
        ("MoU", "referenced", ["Pemkab Klaten", "Universitas Tunas Harapan"], "2021", None),
        ("PKS", "signed", ["Pemkab Klaten", "Universitas Tunas Harapan"], "2024-02-05", 0)]


def test_a_signing_after_a_fronted_existing_instrument_is_a_record_too(extract):
    text = ("Setelah sebelumnya memiliki MoU, Pemkab Klaten dan Universitas Tunas Harapan menandatangani "
            "perjanjian kerja sama tentang beasiswa, Senin (5/2/2024).")
    assert [(r["type"], r["status"], parties(r)) for r in extract(text)] == [
        ("MoU", "referenced", ["Pemkab Klaten", "Universitas Tunas Harapan"]),
        ("PKS", "signed", ["Pemkab Klaten", "Universitas Tunas Harapan"])]


def test_a_fronted_instrument_of_the_same_type_opens_no_second_record(extract):
    text = ("Sebagai tindak lanjut PKS yang diteken pada 2021, Pemkab Klaten dan Universitas Tunas Harapan "
            "menandatangani perjanjian kerja sama tentang beasiswa, Senin (5/2/2024).")
    assert len(extract(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the office of who is to sign names the party the plan lacks
        ("Klaten - Bupati Klaten Sri Mulyani berencana menandatangani nota kesepahaman dengan Universitas "
         "Tunas Harapan tentang penanganan stunting.",
         [("planned", ["Universitas Tunas Harapan", "Pemerintah Kabupaten Klaten"])]),
        ("Salatiga - Wali Kota Salatiga Budi Santoso menargetkan MoU dengan PT Sinar Jaya diteken bulan depan.",
         [("planned", ["PT Sinar Jaya", "Pemerintah Kota Salatiga"])]),
        # counter-example: a plan with partners the text does not name is no record
        ("Klaten - Bupati Klaten Sri Mulyani berencana meneken nota kesepahaman dengan sejumlah investor.", []),
    ],
)
def test_a_plan_announced_by_the_head_of_a_body_is_between_that_body_and_the_partner(extract, text, expected):
    assert [(r["status"], parties(r)) for r in extract(text)] == expected


def test_an_agreement_named_again_between_its_bodies_after_another_is_no_new_record(extract):
    text = ("PONTIANAK - Universitas Tunas Harapan dan Kertajaya University menandatangani nota kesepahaman tentang "
            "pendidikan, Selasa (10/10/2023).\n"
            "Pada kesempatan yang sama, Fakultas Teknik Universitas Tunas Harapan dan School of Engineering Kertajaya "
            "University meneken perjanjian kerja sama tentang pertukaran mahasiswa.\n"
            "Signing of the Memorandum of Understanding between Universitas Tunas Harapan and Kertajaya University, "
            "Pontianak, 10 October 2023.")
    assert [(r["type"], parties(r)) for r in extract(text, published="2023-10-11")] == [
        ("MoU", ["Universitas Tunas Harapan", "Kertajaya University"]),
        ("PKS", ["Fakultas Teknik Universitas Tunas Harapan", "School of Engineering Kertajaya University"])]


def test_an_agreement_of_another_type_between_the_same_bodies_is_a_new_record(extract):
    # counter-example: the two bodies of the earlier record sign an instrument of another type
    text = ("PONTIANAK - Universitas Tunas Harapan dan Kertajaya University menandatangani nota kesepahaman tentang "
            "pendidikan, Selasa (10/10/2023).\n"
            "Pada kesempatan yang sama, Fakultas Teknik Universitas Tunas Harapan dan School of Engineering Kertajaya "
            "University meneken perjanjian kerja sama tentang pertukaran mahasiswa.\n"
            "Selain itu, Universitas Tunas Harapan dan Kertajaya University menandatangani perjanjian kerja sama "
            "tentang riset bersama.")
    assert [(r["type"], parties(r)) for r in extract(text, published="2023-10-11")] == [
        ("MoU", ["Universitas Tunas Harapan", "Kertajaya University"]),
        ("PKS", ["Fakultas Teknik Universitas Tunas Harapan", "School of Engineering Kertajaya University"]),
        ("PKS", ["Universitas Tunas Harapan", "Kertajaya University"])]


@pytest.mark.parametrize("sentence", [
    "Nota kesepahaman baru ini menggantikan MoU yang ditandatangani pada 2019 dan telah berakhir Maret lalu.",
    "Nota kesepahaman ini merupakan pembaruan dari MoU yang diteken pada 2019.",
    "MoU itu memperpanjang nota kesepahaman yang ditandatangani kedua pihak pada 2019.",
])
def test_the_agreement_a_renewal_replaces_is_referenced_between_the_same_parties(extract, sentence):
    records = extract(RENEWED.format(sentence=sentence))
    assert [(parties(r), r["status"], r["date"]) for r in records] == [
        (["Pemerintah Kota Batu", "Universitas Brawijaya"], "signed", "2023-06-20"),
        (["Pemerintah Kota Batu", "Universitas Brawijaya"], "referenced", "2019")]


def test_an_instrument_named_twice_without_a_renewal_is_one_agreement(extract):
    """Counter-example: the same type twice in a sentence, nothing replaced."""
    records = extract(RENEWED.format(sentence="Nota kesepahaman ini, kata Aries, adalah MoU pertama kota itu di "
                                              "bidang pertanian."))
    assert [r["status"] for r in records] == ["signed"]


KUJANG = ("BOGOR - IPB University dan PT Pupuk Kujang meneken perjanjian kerja sama riset pupuk hayati, Selasa "
          "(14/5/2024).\n{sentence}")


def test_a_signing_that_a_sentence_opening_with_earlier_says_was_done_is_referenced(extract):
    records = extract(KUJANG.format(sentence="Sebelumnya, IPB dan Pupuk Kujang telah menandatangani nota "
                                             "kesepahaman pada 2022. PKS ini merupakan implementasi dari MoU tersebut."),
                      published="2024-05-15")
    assert [(r["type"], r["status"], r["date"], r["parent"]) for r in records] == [
        ("PKS", "signed", "2024-05-14", 1), ("MoU", "referenced", "2022", None)]


def test_a_signing_after_earlier_without_already_is_of_the_event(extract):
    """Counter-example: "Sebelumnya," alone may be the step before at the same event."""
    records = extract(KUJANG.format(sentence="Sebelumnya, IPB dan Pupuk Kujang menandatangani nota kesepahaman "
                                             "di ruang yang sama."), published="2024-05-15")
    assert "referenced" not in [r["status"] for r in records]


@pytest.mark.parametrize(("text", "expected"), [
    # a signing of another type that follows up an agreement said to exist is a new one, under it
    ("SOLO - Universitas Tunas Harapan dan Pemkot Surakarta sebelumnya telah menandatangani MoU pada 2022. Kini "
     "kedua pihak menindaklanjutinya dengan penandatanganan perjanjian kerja sama tentang magang mahasiswa, Senin "
     "(3/6/2024).",
     [("MoU", "referenced", "2022", None), ("PKS", "signed", "2024-06-03", 0)]),
    # a renewal signed after the agreement it renews is a new one, of its type
    ("CIREBON - Perjanjian kerja sama antara Pemkab Cirebon dan PT Sinar Jaya yang diteken tiga tahun lalu kini "
     "diperpanjang. Perpanjangan PKS ditandatangani Bupati Cirebon Imron dan Direktur PT Sinar Jaya Fitri "
     "Wiyanti, Rabu (5/6/2024).",
     [("PKS", "referenced", "2021", None), ("PKS", "signed", "2024-06-05", None)]),
    # counter-example: the existing agreement named again, no renewal, is the same one
    ("CIREBON - Perjanjian kerja sama antara Pemkab Cirebon dan PT Sinar Jaya yang diteken tiga tahun lalu kini "
     "dievaluasi. PKS itu ditandatangani Bupati Cirebon Imron dan Direktur PT Sinar Jaya Fitri Wiyanti.",
     [("PKS", "referenced", "2021", None)]),
])
def test_a_new_signing_after_an_agreement_said_to_exist_is_another_agreement(extract, text, expected):
    assert [(r["type"], r["status"], r["date"], r["parent"]) for r in extract(text, published="2024-06-06")] \
        == expected


STATE_VISIT = ("TOKYO - Indonesia dan Jepang menandatangani tiga nota kesepahaman di Tokyo, Kamis (14/12/2023). "
               "MoU di bidang energi ditandatangani Menteri ESDM Arif Santoso dan Menteri Ekonomi Jepang Kenji Sato. "
               "{second}")


def test_each_counted_instrument_named_with_its_signers_is_a_record_between_their_bodies(extract):
    text = STATE_VISIT.format(second="MoU di bidang pertanian diteken Menteri Pertanian Andi Wijaya dan Menteri "
                                     "Pertanian Jepang Ichiro Tanaka.")
    records = extract(text, published="2023-12-15")
    assert [(parties(r), [s["name"] for s in r["signatories"]]) for r in records[1:]] == [
        (["Kementerian ESDM", "Kementerian Ekonomi Jepang"], ["Arif Santoso", "Kenji Sato"]),
        (["Kementerian Pertanian", "Kementerian Pertanian Jepang"], ["Andi Wijaya", "Ichiro Tanaka"])]
    assert parties(records[0]) == ["Pemerintah Indonesia", "Pemerintah Jepang"]


def test_an_instrument_named_again_after_a_count_is_no_part_of_its_own(extract):
    """Counter-example: "MoU tersebut" names what was counted, not one of the instruments."""
    text = ("TOKYO - Indonesia dan Jepang menandatangani tiga nota kesepahaman di Tokyo, Kamis (14/12/2023). "
            "MoU tersebut ditandatangani Menteri ESDM Arif Santoso dan Menteri Ekonomi Jepang Kenji Sato.")
    assert len(extract(text, published="2023-12-15")) == 1


def test_an_instrument_signed_in_a_year_that_ran_out_is_the_earlier_agreement(extract):
    records = extract(RENEWED.format(sentence="Nota kesepahaman yang diteken pada 2019 berakhir bulan ini."))
    assert [(parties(r), r["status"], r["date"]) for r in records] == [
        (["Pemerintah Kota Batu", "Universitas Brawijaya"], "signed", "2023-06-20"),
        (["Pemerintah Kota Batu", "Universitas Brawijaya"], "referenced", "2019")]


def test_an_instrument_signed_on_the_day_reported_with_its_term_is_the_signed_one(extract):
    """Counter-example: a clause dating the signing on a day, not in a year, is this signing."""
    records = extract(RENEWED.format(sentence="Nota kesepahaman yang diteken pada Selasa (20/6/2023) itu berakhir "
                                              "pada 2028."))
    assert [r["status"] for r in records] == ["signed"]



HEADLINE_THEN_SIGNING_WITH_ONE_BODY = (
    "UTH Perpanjang MoU dengan Kyoto University\n\n"
    "Internasionalisasi kampus menjadi prioritas Universitas Tunas Harapan (UTH) Semarang tahun ini. Pada Rabu "
    "(14/8/2024), Rektor UTH Semarang Budi Santoso, M.Sc. Menandatangani nota kesepahaman dengan Kyoto University."
)


def test_the_sentence_reporting_the_signing_fills_the_parties_a_headline_left_open(extract):
    """The headline's mention starts the record without bodies; the signing sentence names one
    and the lead the other, as when that sentence starts the record."""
    assert [(parties(r), r["status"]) for r in extract(HEADLINE_THEN_SIGNING_WITH_ONE_BODY)] == [
        (["Kyoto University", "Universitas Tunas Harapan Semarang"], "signed")]


@pytest.mark.parametrize("said", [
    'Kepala Kantor Urusan Internasional UTH menjelaskan, “MoU sebelumnya kami teken pada 2018 untuk lima tahun. '
    'Tahun ini masanya berakhir.”',
    '"MoU sebelumnya kami teken pada 2018 untuk lima tahun," kata Kepala Kantor Urusan Internasional UTH.',
])
def test_an_earlier_agreement_spoken_of_in_a_quotation_is_the_renewed_ones(extract, said):
    """The speaker's unit, named outside the quotation, is no party of the earlier MoU."""
    text = ("SEMARANG - Universitas Tunas Harapan (UTH) menandatangani perpanjangan nota kesepahaman dengan Kyoto "
            "University, Rabu (14/8/2024). " + said)
    assert [(r["status"], parties(r), r["date"]) for r in extract(text)] == [
        ("signed", ["Universitas Tunas Harapan", "Kyoto University"], "2024-08-14"),
        ("referenced", ["Universitas Tunas Harapan", "Kyoto University"], "2018")]


BESIDES = (
    "BLITAR - Pemerintah Kota Blitar dan PT Sinar Jaya Abadi menandatangani nota kesepahaman tentang "
    "penataan pasar, di Balai Kota Blitar, Kamis (16/5/2024). Nota kesepahaman ditandatangani Wali Kota Blitar "
    "Rudi Hartono dan Direktur Utama PT Sinar Jaya Abadi Agus Santoso.\n"
    "{sentence}"
)


def test_an_instrument_of_another_type_signed_besides_the_first_is_its_own_record(extract):
    records = extract(BESIDES.format(sentence="Selain MoU, kedua pihak juga meneken perjanjian kerja sama "
                                              "tentang pengelolaan parkir."))
    assert [(parties(r), r["type"], r["parent"], [s["text"] for s in r["scopes"]]) for r in records] == [
        (["Pemerintah Kota Blitar", "PT Sinar Jaya Abadi"], "MoU", None, ["penataan pasar"]),
        (["Pemerintah Kota Blitar", "PT Sinar Jaya Abadi"], "PKS", 0, ["pengelolaan parkir"])]


@pytest.mark.parametrize("sentence", [
    # besides the MoU something else is done: no other agreement
    "Selain MoU, kedua pihak juga menyerahkan bantuan bagi pedagang pasar.",
    # besides the signing the mayor opens a building: the only instrument is the one named
    "Selain penandatanganan MoU, Wali Kota juga meresmikan gedung parkir baru.",
])
def test_besides_the_instrument_without_another_one_is_no_other_record(extract, sentence):
    assert [r["type"] for r in extract(BESIDES.format(sentence=sentence))] == ["MoU"]


def test_a_signing_with_another_body_besides_the_first_one_is_its_own_record(extract):
    records = extract(BESIDES.format(sentence="Selain dengan PT Sinar Jaya Abadi, Pemkot Blitar juga meneken nota "
                                              "kesepahaman dengan Politeknik Negeri Blitar tentang pelatihan vokasi."))
    assert [(parties(r)[-1], r["type"], r["date"]) for r in records] == [
        ("PT Sinar Jaya Abadi", "MoU", "2024-05-16"), ("Politeknik Negeri Blitar", "MoU", "2024-05-16")]


def test_another_body_present_besides_the_first_one_signs_nothing_of_its_own(extract):
    records = extract(BESIDES.format(sentence="Selain PT Sinar Jaya Abadi, Politeknik Negeri Blitar juga hadir "
                                              "dalam penandatanganan MoU tersebut."))
    assert [parties(r)[-1] for r in records] == ["PT Sinar Jaya Abadi"]


def test_a_like_agreement_signed_with_one_more_body_is_with_the_first_party(extract):
    records = extract(BESIDES.format(sentence="MoU serupa juga ditandatangani dengan Koperasi Pedagang Pasar Blitar."))
    assert [parties(r) for r in records] == [["Pemerintah Kota Blitar", "PT Sinar Jaya Abadi"],
                                             ["Pemerintah Kota Blitar", "Koperasi Pedagang Pasar Blitar"]]


def test_a_like_agreement_a_speaker_explores_is_not_given_the_first_party(extract):
    records = extract(BESIDES.format(sentence="\"Kami juga menjajaki kerja sama serupa dengan Koperasi Pedagang "
                                              "Pasar Blitar,\" ujar Agus."))
    assert [parties(r) for r in records] == [["Pemerintah Kota Blitar", "PT Sinar Jaya Abadi"]]


def test_a_party_that_also_signs_its_type_with_one_more_body_makes_another_record(extract):
    records = extract(BESIDES.format(sentence="Selain itu, Pemkot Blitar juga meneken nota kesepahaman dengan "
                                              "Politeknik Negeri Blitar tentang pelatihan vokasi."))
    assert [(parties(r)[-1], [s["text"] for s in r["scopes"]]) for r in records] == [
        ("PT Sinar Jaya Abadi", ["penataan pasar"]), ("Politeknik Negeri Blitar", ["pelatihan vokasi"])]


@pytest.mark.parametrize("sentence", [
    # the signing told again with a third body present: no verb right after "juga"
    "Pemkot Blitar juga mengundang Politeknik Negeri Blitar dalam penandatanganan nota kesepahaman itu.",
    # the same two bodies sign it again in other words: no body the record lacks
    "Pemkot Blitar juga menandatangani nota kesepahaman dengan PT Sinar Jaya Abadi tahun lalu.",
])
def test_no_other_record_without_one_more_body_signing_right_after_juga(extract, sentence):
    assert [parties(r)[-1] for r in extract(BESIDES.format(sentence=sentence))][:1] == ["PT Sinar Jaya Abadi"]
    assert len(extract(BESIDES.format(sentence=sentence))) == 1


def test_the_agreement_named_again_with_the_new_bodys_signer_is_that_bodys_record(extract):
    records = extract(BESIDES.format(sentence="Selain itu, Pemkot Blitar juga meneken nota kesepahaman dengan "
                                              "Politeknik Negeri Blitar. Nota kesepahaman itu ditandatangani Direktur "
                                              "Politeknik Negeri Blitar Bagus Prasetyo."))
    assert [(parties(r)[-1], [s["name"] for s in r["signatories"]]) for r in records] == [
        ("PT Sinar Jaya Abadi", ["Rudi Hartono", "Agus Santoso"]), ("Politeknik Negeri Blitar", ["Bagus Prasetyo"])]


def test_the_agreement_named_again_with_the_first_records_signers_stays_with_it(extract):
    """Counter-example: a signer of the first record's party holds no office only the other record has."""
    records = extract(BESIDES.format(sentence="Selain itu, Pemkot Blitar juga meneken nota kesepahaman dengan "
                                              "Politeknik Negeri Blitar. Nota kesepahaman tersebut juga diteken "
                                              "Sekretaris Daerah Kota Blitar Priyo Suhartono."))
    assert [("Priyo Suhartono" in [s["name"] for s in r["signatories"]]) for r in records] == [True, False]


def test_a_like_agreement_signed_with_two_more_bodies_is_one_record_each_with_the_first_party(extract):
    records = extract(BESIDES.format(sentence="MoU serupa juga ditandatangani dengan Koperasi Pedagang Pasar Blitar "
                                              "dan Politeknik Negeri Blitar."))
    assert [parties(r) for r in records] == [["Pemerintah Kota Blitar", "PT Sinar Jaya Abadi"],
                                             ["Pemerintah Kota Blitar", "Koperasi Pedagang Pasar Blitar"],
                                             ["Pemerintah Kota Blitar", "Politeknik Negeri Blitar"]]


def test_two_more_bodies_that_sign_a_like_agreement_between_them_are_one_record(extract):
    """Counter-example: the bodies are the signers ("A dan B juga meneken MoU serupa")."""
    records = extract(BESIDES.format(sentence="Koperasi Pedagang Pasar Blitar dan Politeknik Negeri Blitar juga "
                                              "menandatangani MoU serupa."))
    assert [parties(r) for r in records][1:] == [["Koperasi Pedagang Pasar Blitar", "Politeknik Negeri Blitar"]]


def test_a_pks_between_units_signed_besides_the_mou_implements_it(extract):
    text = BESIDES.replace("PT Sinar Jaya Abadi", "Universitas Tunas Harapan").format(
        sentence="Selain MoU, dalam kesempatan itu juga ditandatangani perjanjian kerja sama antara Dinas "
                 "Perdagangan Kota Blitar dan Fakultas Ekonomi Universitas Tunas Harapan tentang pengelolaan kios.")
    records = extract(text)
    assert [(r["type"], r["parent"]) for r in records] == [("MoU", None), ("PKS", 0)]


def test_an_mou_signed_besides_a_pks_implements_nothing(extract):
    """Counter-example: only a PKS beside an MoU carries it out."""
    text = BESIDES.replace("nota kesepahaman", "perjanjian kerja sama").format(
        sentence="Selain PKS, dalam kesempatan itu juga ditandatangani nota kesepahaman antara Dinas Perdagangan "
                 "Kota Blitar dan Koperasi Pedagang Pasar Blitar.")
    assert [(r["type"], r["parent"]) for r in extract(text)] == [("PKS", None), ("MoU", None)]


def test_a_later_clause_naming_one_body_signs_with_the_sentences_subject(extract):
    records = extract("LUMAJANG - Pemerintah Kabupaten Lumajang menandatangani nota kesepahaman dengan Kejaksaan "
                      "Negeri Lumajang dan perjanjian kerja sama dengan Koperasi Tani Makmur, Senin (17/6/2024).")
    assert [(r["type"], parties(r), r["parent"]) for r in records] == [
        ("MoU", ["Pemerintah Kabupaten Lumajang", "Kejaksaan Negeri Lumajang"], None),
        ("PKS", ["Pemerintah Kabupaten Lumajang", "Koperasi Tani Makmur"], None)]


def test_a_later_clause_naming_two_bodies_keeps_them(extract):
    """Counter-example: the clause names its own two bodies."""
    records = extract("LUMAJANG - Pemerintah Kabupaten Lumajang menandatangani nota kesepahaman dengan Kejaksaan "
                      "Negeri Lumajang, sedangkan Koperasi Tani Makmur meneken perjanjian kerja sama dengan Bank "
                      "Sejahtera, Senin (17/6/2024).")
    assert [parties(r) for r in records] == [["Pemerintah Kabupaten Lumajang", "Kejaksaan Negeri Lumajang"],
                                             ["Koperasi Tani Makmur", "Bank Sejahtera"]]


def test_a_cooperation_established_with_another_body_besides_the_first_one_is_its_own_record(extract):
    records = extract(BESIDES.format(sentence="Selain dengan PT Sinar Jaya Abadi, Pemkot Blitar juga menjalin kerja "
                                              "sama dengan Politeknik Negeri Blitar melalui penandatanganan MoU "
                                              "tentang pelatihan vokasi."))
    assert [parties(r)[-1] for r in records] == ["PT Sinar Jaya Abadi", "Politeknik Negeri Blitar"]
