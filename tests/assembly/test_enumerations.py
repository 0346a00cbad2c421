"""Enumerations: one signing, one record per counterpart the text lists."""
from __future__ import annotations

import pytest

from tests.assembly.conftest import parties

COUNTED = (
    "Jakarta - Kementerian Kesehatan menandatangani nota kesepahaman dengan tiga pemerintah daerah "
    "terkait layanan kesehatan, Senin (4/3/2024).\n"
    "Nota kesepahaman ini mengatur puskesmas di Kabupaten Klaten, Jawa Tengah, rumah sakit di "
    "Kabupaten Sleman, dan klinik di Kota Salatiga."
)


def test_a_counted_group_of_governments_is_named_by_its_regions(extract):
    records = extract(COUNTED)
    assert [parties(r)[1] for r in records] == [
        "Pemerintah Kabupaten Klaten", "Pemerintah Kabupaten Sleman", "Pemerintah Kota Salatiga"]
    assert {parties(r)[0] for r in records} == {"Kementerian Kesehatan"}


def test_the_count_must_match_the_regions_named(extract):
    text = COUNTED.replace("tiga pemerintah daerah", "empat pemerintah daerah")
    assert len(extract(text)) <= 1


def test_a_region_named_with_its_acronym_is_one_partner(extract):
    text = ("Bogor - Kementerian Agama menandatangani nota kesepahaman dengan pemerintah daerah tentang "
            "pembangunan madrasah di beberapa daerah, yaitu Kota Palopo, Kab. Hulu Sungai Selatan (HSS) "
            "dan Kab. Sintang, Rabu (12/6/2019).")
    records = extract(text)
    assert [parties(r) for r in records] == [
        ["Kementerian Agama", "Pemerintah Kota Palopo"],
        ["Kementerian Agama", "Pemerintah Kabupaten Hulu Sungai Selatan"],
        ["Kementerian Agama", "Pemerintah Kabupaten Sintang"]]


def test_a_partner_named_again_by_its_acronym_is_one_agreement(extract):
    text = ("Jakarta - PT Sinar Abadi akan menandatangani perjanjian kerja sama dengan tiga perusahaan, "
            "Rabu (20/3/2024).\n"
            "Ketiga perusahaan itu adalah PT Pertamina (Persero), PT Kereta Api Indonesia (Persero) dan "
            "PT Perusahaan Gas Negara Tbk atau PGN.")
    records = extract(text)
    assert [parties(r)[1] for r in records] == ["PT Pertamina", "PT Kereta Api Indonesia", "PT Perusahaan Gas Negara Tbk"]


def test_pairs_named_after_a_cue_are_one_agreement_each(extract):
    text = ("Jakarta - Sebanyak 20 perusahaan daerah menandatangani nota kesepahaman di Jakarta, Kamis (7/3/2024).\n"
            "Dari kerja sama yang ditandatangani itu, terdapat sejumlah perusahaan yaitu PT Sinar Abadi dengan "
            "PT Karya Utama tentang pasokan listrik, PT Bumi Lestari dengan PT Tirta Jaya tentang air bersih.")
    records = extract(text)
    assert [parties(r) for r in records] == [
        ["PT Sinar Abadi", "PT Karya Utama"], ["PT Bumi Lestari", "PT Tirta Jaya"]]


def test_a_plain_list_after_a_cue_is_not_read_as_pairs(extract):
    text = ("Jakarta - PT Sinar Abadi menandatangani nota kesepahaman dengan tiga perusahaan, Kamis (7/3/2024).\n"
            "Ketiga perusahaan itu yaitu PT Karya Utama, PT Bumi Lestari dengan anak usahanya, PT Tirta Jaya.")
    assert {parties(r)[0] for r in extract(text)} == {"PT Sinar Abadi"}


def test_a_known_body_among_members_named_by_their_heads_is_a_member_too(extract):
    text = ("KLATEN - Penandatanganan nota kesepahaman dilakukan oleh Bupati Klaten, Sri Mulyani dengan tiga "
            "perguruan tinggi yakni Rektor Institut Teknologi Sepuluh Nopember, Dr. Budi Santoso, Rektor "
            "Universitas Tunas Harapan, Dr. Agus Salim dan Rektor Universitas Sinar Abadi, Dr. Rina Wati, "
            "Selasa (12/3/2024).")
    records = extract(text)
    assert [parties(r) for r in records] == [
        ["Pemerintah Kabupaten Klaten", "Institut Teknologi Sepuluh Nopember"],
        ["Pemerintah Kabupaten Klaten", "Universitas Tunas Harapan"],
        ["Pemerintah Kabupaten Klaten", "Universitas Sinar Abadi"]]


def test_an_enumerated_agreement_takes_none_of_the_other_signers_bodies(extract):
    text = ("KLATEN - Nota kesepahaman ditandatangani Bupati Klaten, Sri Mulyani dengan dua perguruan tinggi "
            "yakni Rektor Universitas Tunas Harapan, Dr. Agus Salim dan Rektor Universitas Sinar Abadi, "
            "Dr. Rina Wati, Selasa (12/3/2024).")
    assert [parties(r) for r in extract(text)] == [
        ["Pemerintah Kabupaten Klaten", "Universitas Tunas Harapan"],
        ["Pemerintah Kabupaten Klaten", "Universitas Sinar Abadi"]]


def test_counted_agreements_each_named_with_its_partner_are_one_record_each(extract):
    text = ("SURABAYA - Pemerintah Kota Surabaya menandatangani dua nota kesepahaman, yakni dengan Universitas "
            "Tunas Harapan tentang kota cerdas dan dengan PT Sinar Jaya Abadi tentang pengelolaan sampah, "
            "Senin (27/5/2024).")
    assert [parties(r) for r in extract(text)] == [
        ["Pemerintah Kota Surabaya", "Universitas Tunas Harapan"], ["Pemerintah Kota Surabaya", "PT Sinar Jaya Abadi"]]


def test_counted_agreements_between_the_same_bodies_are_no_partner_list(extract):
    """Counter-example: the cue names the agreements' topics, not partners (one record per topic,
    each between the same two bodies)."""
    text = ("SURABAYA - Pemerintah Kota Surabaya dan Universitas Tunas Harapan menandatangani dua nota "
            "kesepahaman, yakni tentang kota cerdas dan tentang pengelolaan sampah, Senin (27/5/2024).")
    assert [parties(r) for r in extract(text)] == [["Pemerintah Kota Surabaya", "Universitas Tunas Harapan"]] * 2


def test_a_number_of_agreements_named_as_pairs_is_one_record_per_pair(extract):
    text = ("JAKARTA - Dalam forum tersebut ditandatangani pula sejumlah kesepakatan, yakni PT Sinar Jaya Abadi "
            "dengan PT Karya Utama, serta PT Bumi Lestari dengan PT Cahaya Makmur, Kamis (30/5/2024).")
    assert [parties(r) for r in extract(text)] == [
        ["PT Sinar Jaya Abadi", "PT Karya Utama"], ["PT Bumi Lestari", "PT Cahaya Makmur"]]


def test_a_number_of_agreements_named_with_one_body_each_is_no_list_of_pairs(extract):
    """Counter-example: a list of single bodies after the cue names one agreement's parties."""
    text = ("JAKARTA - Dalam forum tersebut ditandatangani sejumlah kesepakatan, yakni oleh PT Sinar Jaya Abadi, "
            "PT Karya Utama, dan PT Bumi Lestari, Kamis (30/5/2024).")
    assert [parties(r) for r in extract(text)] == [["PT Sinar Jaya Abadi", "PT Karya Utama", "PT Bumi Lestari"]]


EACH_OWN = ("JAKARTA - Kementerian Perdagangan menandatangani nota kesepahaman dengan PT Sinar Jaya Abadi, PT Karya "
            "Utama, dan PT Bumi Lestari tentang perlindungan konsumen, Rabu (29/5/2024). {second}")


def test_partners_that_each_sign_their_own_are_one_record_each(extract):
    text = EACH_OWN.format(second="Masing-masing perusahaan menandatangani nota kesepahaman tersendiri.")
    assert [parties(r) for r in extract(text)] == [
        ["Kementerian Perdagangan", "PT Sinar Jaya Abadi"], ["Kementerian Perdagangan", "PT Karya Utama"],
        ["Kementerian Perdagangan", "PT Bumi Lestari"]]


def test_partners_of_one_signing_are_one_record_without_the_each_own_cue(extract):
    """Counter-example: "masing-masing" alone says nothing of separate agreements."""
    text = EACH_OWN.format(second="Masing-masing pihak diwakili direktur utamanya.")
    assert [parties(r) for r in extract(text)] == [
        ["Kementerian Perdagangan", "PT Sinar Jaya Abadi", "PT Karya Utama", "PT Bumi Lestari"]]


def test_pairs_named_in_the_sentence_after_a_count_of_agreements_are_one_record_each(extract):
    text = ("JAKARTA - Sebanyak 12 nota kesepahaman diteken dalam forum bisnis itu, Selasa (14/5/2024). "
            "Di antaranya antara PT Sinar Jaya Abadi dan PT Karya Utama, serta PT Bumi Lestari dan PT Cahaya Makmur.")
    assert [parties(r) for r in extract(text)] == [
        ["PT Sinar Jaya Abadi", "PT Karya Utama"], ["PT Bumi Lestari", "PT Cahaya Makmur"]]


def test_pairs_after_between_may_be_parted_by_serta_alone(extract):
    text = ("JAKARTA - Dalam forum itu diteken sejumlah nota kesepahaman, antara lain antara PT Sinar Jaya Abadi "
            "dengan PT Karya Utama serta PT Bumi Lestari dengan PT Cahaya Makmur, Kamis (30/5/2024).")
    assert [parties(r) for r in extract(text)] == [
        ["PT Sinar Jaya Abadi", "PT Karya Utama"], ["PT Bumi Lestari", "PT Cahaya Makmur"]]


def test_pairs_after_between_in_the_signing_sentence_are_one_record_each(extract):
    text = ("JAKARTA - Penandatanganan nota kesepahaman dilakukan antara PT Sinar Jaya Abadi dengan PT Karya "
            "Utama, PT Bumi Lestari dengan PT Cahaya Makmur, serta PT Surya Kencana dengan PT Tirta Baruna, "
            "Kamis (30/5/2024).")
    assert [parties(r) for r in extract(text)] == [
        ["PT Sinar Jaya Abadi", "PT Karya Utama"], ["PT Bumi Lestari", "PT Cahaya Makmur"],
        ["PT Surya Kencana", "PT Tirta Baruna"]]


def test_a_brand_paired_to_a_body_is_a_member_of_its_pair(extract):
    text = ("JAKARTA - Penandatanganan nota kesepahaman dilakukan antara PT Sinar Jaya Abadi dengan Kordava, "
            "serta PT Bumi Lestari dengan Velmont di Jakarta, Kamis (30/5/2024).")
    assert [parties(r) for r in extract(text)] == [
        ["PT Sinar Jaya Abadi", "Kordava"], ["PT Bumi Lestari", "Velmont"]]


def test_pairs_after_a_naming_cue_in_a_sentence_of_their_own_are_one_record_each(extract):
    text = ("NUSA DUA - Sebanyak 12 nota kesepahaman ditandatangani dalam forum itu, Kamis (30/5/2024). "
            "Di antaranya MoU antara PT Sinar Jaya Abadi dengan Kordava, serta antara PT Bumi Lestari dengan Velmont.")
    found = [parties(r) for r in extract(text)]
    assert ["PT Sinar Jaya Abadi", "Kordava"] in found and ["PT Bumi Lestari", "Velmont"] in found


def test_a_place_after_a_body_and_dengan_is_no_brand(extract):
    """Counter-example: with two bodies read, a capitalised name after "dengan" is a brand only
    when it is nothing else (here a province)."""
    text = ("JAKARTA - PT Sinar Jaya Abadi dan PT Karya Utama menandatangani nota kesepahaman, PT Karya Utama "
            "dengan Bali sebagai lokasi proyek, Kamis (30/5/2024).")
    assert [parties(r) for r in extract(text)] == [["PT Sinar Jaya Abadi", "PT Karya Utama"]]


def test_one_pair_after_between_and_a_third_body_is_one_agreement(extract):
    """Counter-example: a part naming one body makes the list no list of pairs."""
    text = ("JAKARTA - Penandatanganan nota kesepahaman dilakukan antara PT Sinar Jaya Abadi dengan PT Karya "
            "Utama, serta PT Bumi Lestari, Kamis (30/5/2024).")
    assert [parties(r) for r in extract(text)] == [["PT Sinar Jaya Abadi", "PT Karya Utama", "PT Bumi Lestari"]]


def test_a_plain_list_in_the_sentence_after_a_count_is_one_agreement(extract):
    """Counter-example: single bodies after the opening cue are no pairs."""
    text = ("JAKARTA - Sebanyak lima nota kesepahaman diteken dalam forum itu, Kamis (30/5/2024). "
            "Di antaranya PT Sinar Jaya Abadi, PT Karya Utama dan PT Bumi Lestari.")
    assert len(extract(text)) == 1


def test_bodies_joined_by_dan_without_between_are_no_pairs(extract):
    """Counter-example: "A dan B, C dan D" with no "antara" may be one list of partners."""
    text = ("JAKARTA - Sebanyak lima nota kesepahaman diteken dalam forum itu, Kamis (30/5/2024). "
            "Di antaranya PT Sinar Jaya Abadi dan PT Karya Utama, PT Bumi Lestari dan PT Cahaya Makmur.")
    assert len(extract(text)) == 1


def test_list_lines_each_pairing_two_bodies_are_one_agreement_each(extract):
    text = ("DENPASAR - Forum bisnis itu menghasilkan sejumlah kesepakatan, Selasa (5/9/2023). Berikut daftar MoU "
            "yang diteken:\n"
            "- PT Sinar Jaya Abadi dengan PT Karya Utama tentang energi hijau\n"
            "- PT Bumi Lestari dengan PT Cahaya Makmur tentang eksplorasi migas\n")
    assert [parties(r) for r in extract(text)] == [
        ["PT Sinar Jaya Abadi", "PT Karya Utama"], ["PT Bumi Lestari", "PT Cahaya Makmur"]]


def test_list_lines_announced_right_after_the_signing_are_its_partners(extract):
    text = ("JAKARTA - Kementerian Investasi menandatangani nota kesepahaman dengan sejumlah perusahaan, Rabu "
            "(6/3/2024). Berikut daftarnya:\n"
            "- PT Sinar Jaya Abadi\n"
            "- PT Karya Utama\n"
            "- PT Bumi Lestari\n")
    assert [parties(r) for r in extract(text)] == [
        ["Kementerian Investasi", "PT Sinar Jaya Abadi"], ["Kementerian Investasi", "PT Karya Utama"],
        ["Kementerian Investasi", "PT Bumi Lestari"]]


def test_list_lines_of_what_bodies_do_after_the_signing_name_no_partners(extract):
    """Counter-example: lines that do not open with a body are the agreement's points."""
    text = ("JAKARTA - Kementerian Investasi menandatangani nota kesepahaman dengan PT Sinar Jaya Abadi, Rabu "
            "(6/3/2024). Berikut poin-poinnya:\n"
            "- Penyediaan lahan oleh PT Karya Utama\n"
            "- Pendampingan perizinan oleh Badan Koordinasi Penanaman Modal\n")
    assert [parties(r) for r in extract(text)] == [["Kementerian Investasi", "PT Sinar Jaya Abadi"]]


def test_a_sentence_opening_with_the_counted_group_names_its_members(extract):
    text = ("SURABAYA - Institut Teknologi Harapan meneken MoU dengan tiga BUMN, Rabu (29/5/2024). Ketiganya adalah "
            "PT Pelabuhan Nusantara, PT Gas Raya Tbk, dan PT Semen Sentosa Tbk.")
    assert [parties(r) for r in extract(text)] == [
        ["Institut Teknologi Harapan", "PT Pelabuhan Nusantara"], ["Institut Teknologi Harapan", "PT Gas Raya Tbk"],
        ["Institut Teknologi Harapan", "PT Semen Sentosa Tbk"]]


def test_a_sentence_opening_with_both_that_names_one_body_names_no_members(extract):
    """Counter-example: "Keduanya adalah alumni UGM" says who the signers are, not whom they sign with."""
    text = ("SURABAYA - Institut Teknologi Harapan meneken MoU dengan PT Pelabuhan Nusantara, Rabu (29/5/2024). "
            "Keduanya adalah mitra lama Universitas Gadjah Mada.")
    assert [parties(r) for r in extract(text)] == [["Institut Teknologi Harapan", "PT Pelabuhan Nusantara"]]


def test_numbered_list_lines_announced_after_the_signing_are_its_partners(extract):
    text = ("KLATEN - Pemerintah Kabupaten Klaten menandatangani nota kesepahaman dengan tiga perguruan tinggi, "
            "Senin (3/6/2024). Ketiga perguruan tinggi tersebut adalah:\n"
            "1. Universitas Tunas Harapan\n"
            "2. Politeknik Rawa Jombor\n"
            "3. Institut Teknologi Merapi\n")
    assert [parties(r) for r in extract(text)] == [
        ["Pemerintah Kabupaten Klaten", "Universitas Tunas Harapan"],
        ["Pemerintah Kabupaten Klaten", "Politeknik Rawa Jombor"],
        ["Pemerintah Kabupaten Klaten", "Institut Teknologi Merapi"]]


def test_numbered_lines_of_what_the_agreement_covers_name_no_partners(extract):
    """Counter-example: numbered points that do not open with a body."""
    text = ("KLATEN - Pemerintah Kabupaten Klaten menandatangani nota kesepahaman dengan Universitas Tunas Harapan, "
            "Senin (3/6/2024). Ruang lingkupnya adalah:\n"
            "1. Pelatihan guru oleh Politeknik Rawa Jombor\n"
            "2. Pendampingan desa oleh Institut Teknologi Merapi\n")
    assert [parties(r) for r in extract(text)] == [["Pemerintah Kabupaten Klaten", "Universitas Tunas Harapan"]]


def test_a_counted_group_never_named_is_a_record_of_the_host_alone(extract):
    text = ("SEMARANG - Pemerintah Provinsi Jawa Tengah menandatangani nota kesepahaman dengan 12 perguruan tinggi "
            "se-Jawa Tengah tentang program desa cerdas, Selasa (21/5/2024). Penandatanganan dilakukan oleh Gubernur "
            "Jawa Tengah Bambang Wiratmo bersama para rektor.")
    assert [(parties(r), [s["name"] for s in r["signatories"]], r["date"]) for r in extract(text)] == [
        (["Pemerintah Provinsi Jawa Tengah"], ["Bambang Wiratmo"], "2024-05-21")]


@pytest.mark.parametrize("text", [
    # a counted group met, no agreement signed with it
    "SEMARANG - Gubernur Jawa Tengah Bambang Wiratmo bertemu dengan 12 perguruan tinggi se-Jawa Tengah, "
    "Selasa (21/5/2024), membahas program desa cerdas.",
    # one body and no group: the other party is not known, no record
    "SEMARANG - Pemerintah Provinsi Jawa Tengah menandatangani nota kesepahaman tentang program desa cerdas, "
    "Selasa (21/5/2024).",
])
def test_no_record_of_one_body_without_a_counted_group_it_signs_with(extract, text):
    assert extract(text) == []


def test_counted_agreements_whose_partners_follow_their_ordinals_are_one_record_each(extract):
    text = ("CIREBON - Pemerintah Kabupaten Cirebon menandatangani tiga nota kesepahaman, Kamis (20/6/2024). MoU "
            "pertama dengan Koperasi Nelayan Gebang tentang pelelangan ikan, kedua dengan Politeknik Rawa Jombor "
            "tentang pelatihan, dan ketiga dengan PT Sinar Jaya Abadi tentang pengolahan garam.")
    assert [parties(r) for r in extract(text)] == [
        ["Pemerintah Kabupaten Cirebon", "Koperasi Nelayan Gebang"],
        ["Pemerintah Kabupaten Cirebon", "Politeknik Rawa Jombor"],
        ["Pemerintah Kabupaten Cirebon", "PT Sinar Jaya Abadi"]]


def test_ordinals_without_a_count_of_agreements_name_no_partners(extract):
    """Counter-example: one agreement, the ordinals rank what was discussed."""
    text = ("CIREBON - Pemerintah Kabupaten Cirebon menandatangani nota kesepahaman dengan Koperasi Nelayan Gebang, "
            "Kamis (20/6/2024). Bupati bertemu pertama dengan Politeknik Rawa Jombor, kedua dengan PT Sinar Jaya "
            "Abadi.")
    assert [parties(r) for r in extract(text)] == [["Pemerintah Kabupaten Cirebon", "Koperasi Nelayan Gebang"]]


def scopes(record: dict) -> list[str]:
    return [s["text"] for s in record["scopes"]]


def test_counted_instruments_listed_by_topic_are_one_record_each(extract):
    text = ("JAKARTA - Indonesia dan Vietnam menandatangani tiga nota kesepahaman di Istana Merdeka, Jakarta, "
            "Senin (3/6/2024). Ketiga nota kesepahaman itu yakni tentang kerja sama perikanan, tentang "
            "pendidikan tinggi, serta tentang pencegahan perdagangan orang.")
    records = extract(text)
    assert [scopes(r) for r in records] == [
        ["kerja sama perikanan"], ["pendidikan tinggi"], ["pencegahan perdagangan orang"]]
    assert {tuple(parties(r)) for r in records} == {("Pemerintah Indonesia", "Pemerintah Vietnam")}
    assert {r["date"] for r in records} == {"2024-06-03"}


def test_instruments_counted_at_a_sentence_opening_and_listed_by_topic_are_one_record_each(extract):
    text = ("JAKARTA - Kementerian Pertanian dan Kementerian Pertanian Jepang menandatangani tiga nota kesepahaman "
            "di Jakarta, Senin (3/6/2024). Ketiganya yakni tentang irigasi, tentang benih unggul, dan tentang "
            "penyuluhan.")
    records = extract(text)
    assert len(records) == 3
    assert {tuple(parties(r)) for r in records} == {("Kementerian Pertanian", "Kementerian Pertanian Jepang")}


def test_a_topic_read_on_into_the_next_ends_where_that_one_begins(extract):
    text = ("SURABAYA - Pemerintah Kota Surabaya dan Pemerintah Kota Busan menandatangani dua perjanjian kerja "
            "sama, yaitu tentang pengelolaan sampah dan tentang pertukaran pelajar, di Balai Kota Surabaya, "
            "Jumat (7/6/2024).")
    records = extract(text)
    assert len(records) == 2
    assert scopes(records[0]) == ["pengelolaan sampah"]


def test_one_instrument_with_two_areas_stays_one_record(extract):
    """Counter-example: "MoU tentang A dan B" is one instrument."""
    text = ("JAKARTA - Kementerian Pertanian dan Kementerian Pertanian Jepang menandatangani nota kesepahaman "
            "tentang irigasi dan benih unggul di Jakarta, Senin (3/6/2024).")
    assert len(extract(text)) == 1


def test_topics_that_do_not_match_the_count_part_nothing(extract):
    """Counter-example: three instruments counted, two topics named: which is which is unknown."""
    text = ("JAKARTA - Kementerian Pertanian dan Kementerian Pertanian Jepang menandatangani tiga nota "
            "kesepahaman di Jakarta, Senin (3/6/2024). Ketiga nota kesepahaman itu yakni tentang irigasi "
            "dan tentang benih unggul.")
    assert len(extract(text)) == 1


def test_points_agreed_are_no_instruments(extract):
    """Counter-example: "menyepakati tiga hal, yakni tentang ..." lists points of one agreement."""
    text = ("JAKARTA - Kementerian Pertanian dan Kementerian Pertanian Jepang menandatangani nota kesepahaman "
            "di Jakarta, Senin (3/6/2024). Kedua menteri juga menyepakati tiga hal, yakni tentang harga pupuk, "
            "tentang impor beras, dan tentang iklim.")
    assert len(extract(text)) == 1
