"""Record assembly: mentions -> drafts -> records, on short articles written for these tests."""
from __future__ import annotations

import pytest

from extract.api import extract_text, load_pipeline
from extract.assembly.ownership import distinct_areas
from extract.schema import Record

SIGNED = (
    "Klaten (ANTARA) - Pemerintah Kabupaten (Pemkab) Klaten menjalin kerja sama dengan "
    "Universitas Tunas Harapan (UTH) di bidang pendidikan.\n"
    "Nota kesepahaman ditandatangani Bupati Klaten, Ir. Wahyu Hidayat, M.Si. dan Rektor UTH "
    "Prof. Rina Astuti pada Selasa (12/10/2021) di Pendopo Kabupaten Klaten.\n"
    "Ruang lingkup kerja sama meliputi pendidikan, penelitian, dan pengabdian kepada masyarakat.\n"
    "Baca juga: Pemkot Salatiga Teken MoU dengan Bank Sejahtera\n"
    "Penandatanganan disaksikan Ketua DPRD Klaten Joko Santoso."
)
PLANNED = (
    "Sragen - Pemerintah Kabupaten Sragen dan Universitas Tunas Harapan akan menandatangani "
    "nota kesepahaman pada Senin (3/4/2023).\n"
    "Bupati Sragen Dedi Kurniawan mengatakan draf MoU sedang disusun."
)
MEETING = (
    "Salatiga - Pemkot Salatiga menggelar rapat koordinasi penanggulangan kemiskinan di Aula "
    "Setda, Senin (3/4/2023).\n"
    "Wali Kota Salatiga Bambang Priyatno meminta seluruh dinas bekerja keras."
)
OFFICES_ONLY = (
    "Klaten - Bupati Klaten Wahyu Hidayat dan Rektor Universitas Tunas Harapan Rina Astuti "
    "menandatangani perjanjian kerja sama, Rabu (5/4/2023).\n"
    "Kerja sama meliputi beasiswa, magang, dan penelitian."
)


@pytest.fixture(scope="module")
def extract():
    nlp = load_pipeline(use_ner=False)

    def run(text: str, published: str = "2023-04-20") -> list[dict]:
        return extract_text(text, doc_id="uji", published=published, use_ner=False, nlp=nlp)

    return run


@pytest.fixture(scope="module")
def signed(extract) -> dict:
    records = extract(SIGNED, published="2021-10-20")
    assert len(records) == 1
    return records[0]


def test_signed_record_type_status_and_parties(signed):
    assert (signed["doc_id"], signed["type"], signed["status"]) == ("uji", "MoU", "signed")
    assert [(p["name"], p["kind"]) for p in signed["parties"]] == [
        ("Pemerintah Kabupaten Klaten", "regional_government"),
        ("Universitas Tunas Harapan", "university"),
    ]
    assert signed["parties"][1]["acronym"] == "UTH"


def test_signatories_carry_titles_positions_and_their_party(signed):
    named = [(s["name"], s["titles"], s["position"], s["party"]) for s in signed["signatories"]]
    assert ("Wahyu Hidayat", ["Ir.", "M.Si."], "Bupati Klaten", 0) in named
    assert ("Rina Astuti", ["Prof."], "Rektor UTH", 1) in named


def test_no_signatory_taken_from_a_university_name(signed):
    assert [s["name"] for s in signed["signatories"]] == ["Wahyu Hidayat", "Rina Astuti"]


def test_witness_date_and_place(signed):
    assert [(w["name"], w["position"]) for w in signed["witnesses"]] == [("Joko Santoso", "Ketua DPRD Klaten")]
    assert (signed["date"], signed["date_text"]) == ("2021-10-12", "Selasa (12/10/2021)")
    assert signed["location"] == {"venue": "Pendopo Kabupaten Klaten", "city": "Klaten",
                                  "province": "Jawa Tengah", "code": "33.10"}


def test_a_distant_topic_yields_only_to_listed_areas(extract):
    several = extract("Pemkab Harapan Jaya dan Universitas Tunas Harapan meneken dua MoU, Senin (3/4/2023). "
                      "Dua MoU yang diteken itu tentang ketenagakerjaan, dan MoU tentang pertanian.")
    assert {s["text"] for r in several for s in r["scopes"]} == {"ketenagakerjaan", "pertanian"}
    listed = extract("Pemkab Harapan Jaya meneken MoU dengan Universitas Tunas Harapan tentang pembangunan desa, "
                     "Senin (3/4/2023). Kerja sama ini meliputi pelatihan perangkat desa.")
    assert [s["text"] for r in listed for s in r["scopes"]] == ["pelatihan perangkat desa"]
    restated = extract("Pemkab Harapan Jaya meneken MoU dengan Universitas Tunas Harapan tentang penguatan mitigasi "
                       "bencana banjir pada pekan ini, Senin (3/4/2023). MoU tentang mitigasi bencana banjir itu berlaku "
                       "lima tahun.")
    assert [s["text"] for r in restated for s in r["scopes"]] == ["mitigasi bencana banjir"]


def test_a_heading_yields_to_areas_listed_one_by_one_elsewhere(extract):
    lead = ("Pemkot Harapan Jaya dan Universitas Tunas Harapan meneken MoU tentang penguatan tridharma perguruan "
            "tinggi, Senin (3/4/2023). ")
    listed = extract(lead + "Kerja sama ini meliputi pelatihan guru, riset terapan, dan pengabdian masyarakat.")
    assert [s["text"] for r in listed for s in r["scopes"]] == ["pelatihan guru", "riset terapan",
                                                                 "pengabdian masyarakat"]
    one = extract(lead + "Kerja sama ini meliputi pelatihan guru.")
    assert [s["text"] for r in one for s in r["scopes"]] == ["penguatan tridharma perguruan tinggi", "pelatihan guru"]
    purpose = extract("Pemkot Harapan Jaya dan Universitas Tunas Harapan meneken MoU untuk pembangunan asrama "
                      "mahasiswa, Senin (3/4/2023). Kerja sama ini meliputi pelatihan guru, riset terapan, dan "
                      "pengabdian masyarakat.")
    assert [s["text"] for r in purpose for s in r["scopes"]][0] == "pembangunan asrama mahasiswa"


def test_an_aim_is_an_area_only_when_no_other_is_named(extract):
    lead = "Pemkot Harapan Jaya dan Universitas Tunas Harapan meneken MoU, Senin (3/4/2023). "
    aim = "Kerja sama ini bertujuan meningkatkan kualitas layanan kesehatan ibu dan anak."
    alone = extract(lead + aim)
    assert [s["text"] for r in alone for s in r["scopes"]] == ["peningkatan kualitas layanan kesehatan ibu dan anak"]
    beside = extract(lead + aim + " Kerja sama ini meliputi pelatihan bidan, serta penyediaan ambulans desa.")
    assert [s["text"] for r in beside for s in r["scopes"]] == ["pelatihan bidan", "penyediaan ambulans desa"]


def test_a_title_stays_beside_areas_said_to_be_added(extract):
    heading = extract("Pemprov Harapan dan Balai POM Harapan meneken MoU tentang pengawasan obat dan makanan, "
                      "Selasa (4/6/2024). Kerja sama ini juga mencakup edukasi keamanan pangan, serta pendampingan "
                      "sertifikasi izin edar.")
    assert [s["text"] for r in heading for s in r["scopes"]] == [
        "pengawasan obat dan makanan", "edukasi keamanan pangan", "pendampingan sertifikasi izin edar"]
    title = extract("Pemkab Harapan Jaya meneken MoU dengan Universitas Tunas Harapan tentang pembangunan desa, "
                    "Senin (3/4/2023). Selain itu, kerja sama meliputi pelatihan guru.")
    assert [s["text"] for r in title for s in r["scopes"]] == ["pembangunan desa", "pelatihan guru"]


def test_each_agreement_of_a_sentence_takes_the_topic_named_after_it(extract):
    records = extract("Jakarta - Pemerintah Indonesia dan Australia menandatangani tiga nota kesepahaman, Selasa "
                      "(3/4/2023). Ketiga MoU itu tentang ketenagakerjaan yang ditandatangani Menteri Ketenagakerjaan "
                      "Budi Santoso dan Menteri Perdagangan Australia John Smith, MoU tentang pertanian yang "
                      "ditandatangani oleh Menteri Pertanian Adi Putra dan John Smith, dan MoU tentang perikanan yang "
                      "ditandatangani Menteri Kelautan dan Perikanan Rudi Hartono dan John Smith.")
    assert sorted(tuple(s["text"] for s in r["scopes"]) for r in records) == [
        ("ketenagakerjaan",), ("perikanan",), ("pertanian",)]


TWO_SIGNINGS = (
    "Sukamaju - Pemerintah Kabupaten Sukamaju menandatangani nota kesepahaman dengan Universitas Tunas Harapan, "
    "Senin (3/4/2023). Di tempat yang sama, Pemkab Sukamaju juga menandatangani perjanjian kerja sama dengan "
    "Politeknik Negeri Lembah Hijau. "
)


def test_a_list_naming_no_agreement_nor_body_is_shared_by_records_without_one(extract):
    shared = extract(TWO_SIGNINGS + "Sementara kedua kampus itu akan bekerja sama di bidang pendidikan, penelitian, "
                                    "dan pengabdian kepada masyarakat.")
    assert [[s["text"] for s in r["scopes"]] for r in shared] == [
        ["pendidikan", "penelitian", "pengabdian kepada masyarakat"]] * 2
    one_party = extract(TWO_SIGNINGS + "Politeknik Negeri Lembah Hijau akan bekerja sama di bidang pendidikan, "
                                       "penelitian, dan pengabdian kepada masyarakat.")
    assert [[s["text"] for s in r["scopes"]] for r in one_party] == [
        [], ["pendidikan", "penelitian", "pengabdian kepada masyarakat"]]


ONE_SIGNING_THREE_PARTNERS = (
    "Makassar - Pemerintah Provinsi Sulawesi Selatan menandatangani nota kesepahaman dengan tiga perguruan tinggi, "
    "yakni Universitas Hasanuddin, Universitas Negeri Makassar, dan Universitas Muhammadiyah Makassar, di Makassar, Senin "
    "(3/4/2023). "
)


def test_a_list_after_a_party_only_one_record_has_is_that_records(extract):
    records = extract(ONE_SIGNING_THREE_PARTNERS
                      + "Kerja sama dengan Universitas Hasanuddin meliputi penelitian potensi tambang. Adapun dengan "
                        "Universitas Muhammadiyah Makassar, kerja sama mencakup pelayanan kesehatan ibu dan anak.")
    assert {r["parties"][1]["name"]: [s["text"] for s in r["scopes"]] for r in records} == {
        "Universitas Hasanuddin": ["penelitian potensi tambang"],
        "Universitas Negeri Makassar": [],
        "Universitas Muhammadiyah Makassar": ["pelayanan kesehatan ibu dan anak"]}
    # a list naming no party, or a party every record has, is every record's
    shared = extract(ONE_SIGNING_THREE_PARTNERS
                     + "Gubernur mengatakan kerja sama dengan Pemerintah Provinsi Sulawesi Selatan meliputi "
                       "penelitian potensi tambang.")
    assert [[s["text"] for s in r["scopes"]] for r in shared] == [["penelitian potensi tambang"]] * 3
    # a body named inside the list is what the area is about
    inside = extract(ONE_SIGNING_THREE_PARTNERS
                     + "Kerja sama meliputi pendampingan dosen, dan magang di Universitas Hasanuddin.")
    assert [[s["text"] for s in r["scopes"]] for r in inside] == [["pendampingan dosen", "magang"]] * 3


def test_scopes_of_the_listed_areas(signed):
    texts = [s["text"] for s in signed["scopes"]]
    assert texts[-3:] == ["pendidikan", "penelitian", "pengabdian kepada masyarakat"]


def test_related_headline_gives_no_second_record(signed):
    assert all("Salatiga" not in p["name"] for p in signed["parties"])


def test_record_validates_and_evidence_points_into_the_text(signed):
    Record.model_validate(signed)
    assert {e["field"] for e in signed["evidence"]} >= {"type", "parties[0]", "parties[1]", "date",
                                                        "location.city"}
    for entry in signed["evidence"]:
        assert SIGNED[entry["sentence_start"]:entry["sentence_end"]] == entry["sentence"]
        assert entry["sentence_start"] <= entry["start"] < entry["end"] <= entry["sentence_end"]


def test_a_plan_is_planned(extract):
    records = extract(PLANNED)
    assert [(r["type"], r["status"], r["date"]) for r in records] == [("MoU", "planned", "2023-04-03")]
    assert [p["name"] for p in records[0]["parties"]] == ["Pemerintah Kabupaten Sragen", "Universitas Tunas Harapan"]


def test_a_signing_said_to_come_later_is_planned(extract):
    # "nanti" (later, spoken) puts the signing in the future like "akan"
    text = "Sragen - Pemerintah Kabupaten Sragen nanti menandatangani nota kesepahaman dengan Universitas Tunas Harapan."
    assert [r["status"] for r in extract(text)] == ["planned"]


def test_a_meeting_without_agreement_gives_no_record(extract):
    assert extract(MEETING) == []


def test_a_signing_verb_alone_makes_no_record_in_an_article_naming_no_agreement(extract):
    text = ("Salatiga - Dinas Kependudukan dan Pencatatan Sipil Kota Salatiga menggelar sosialisasi.\n"
            "Narasumber dari Universitas Tunas Harapan dan Badan Pusat Statistik Kota Salatiga hadir.\n"
            "Di akhir acara, seluruh petugas menandatangani maklumat pelayanan.")
    assert extract(text) == []


def test_empty_text_gives_no_record(extract):
    assert extract("") == []


def test_offices_of_the_signers_name_the_parties(extract):
    records = extract(OFFICES_ONLY)
    assert [(r["type"], r["status"], r["date"]) for r in records] == [("PKS", "signed", "2023-04-05")]
    assert [s["category"] for s in records[0]["scopes"]] == ["education", "education", "research"]


def test_offices_of_the_signers_give_full_party_and_signer_names(extract):
    record = extract(OFFICES_ONLY)[0]
    assert [p["canonical"] for p in record["parties"]] == ["Pemerintah Kabupaten Klaten", "Universitas Tunas Harapan"]
    assert [s["name"] for s in record["signatories"]] == ["Wahyu Hidayat", "Rina Astuti"]


SAME_TOWN = (
    "Sragen - Pemerintah Kabupaten Sragen dan Kejaksaan Negeri Sragen menandatangani kesepakatan "
    "bersama bidang perdata dan tata usaha negara, Kamis (6/4/2023).\n"
    "Bupati Sragen yang diwakili oleh Sekretaris Daerah Sragen Budi Santoso menandatangani kesepakatan "
    "itu bersama Kepala Kejaksaan Negeri Sragen Dewi Lestari.\n"
)
IMPLEMENTS = (
    "Kesepakatan ini merupakan tindak lanjut dari nota kesepahaman antara Kejaksaan Tinggi Jawa Tengah "
    "dan Pemerintah Provinsi Jawa Tengah Nomor: 15/MOU/JTG/2020."
)


def test_regency_and_prosecutor_of_the_same_town_are_two_parties(extract):
    records = extract(SAME_TOWN)
    assert [[p["name"] for p in r["parties"]] for r in records] == [
        ["Pemerintah Kabupaten Sragen", "Kejaksaan Negeri Sragen"]]


def test_the_representative_signs(extract):
    names = [s["name"] for r in extract(SAME_TOWN) for s in r["signatories"]]
    assert names == ["Budi Santoso", "Dewi Lestari"]


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        ("Bupati Purbalingga Dyah Hayuning Pratiwi yang diwakili Sekda Herni Sulasti menandatangani perjanjian "
         "kerja sama dengan Kepala Kejaksaan Negeri Purbalingga Muhammad Ridwan.",
         ("Herni Sulasti", "Pemerintah Kabupaten Purbalingga")),
        # counter-example: a representative whose position names a body signs for that body
        ("Bupati Klaten Sri Mulyani yang diwakili Kepala Dinas Kesehatan Klaten Budi Santoso menandatangani "
         "perjanjian kerja sama dengan Universitas Diponegoro.",
         ("Budi Santoso", "Dinas Kesehatan Klaten")),
    ],
)
def test_a_representative_whose_position_names_no_body_signs_for_the_one_replaced(extract, text, signer):
    [record] = extract(text)
    first = record["signatories"][0]
    assert (first["name"], record["parties"][first["party"]]["name"]) == signer


EACH_BODY_REPRESENTED = (
    "BANDUNG - Universitas Padjadjaran dan Pemerintah Kota Bandung menandatangani nota kesepahaman "
    "tentang pengembangan kota cerdas, Senin (4/3/2024).\n"
    "Nota kesepahaman itu ditandatangani Universitas Padjadjaran yang diwakili oleh Rektor Rina Astuti dan "
    "Pemerintah Kota Bandung yang diwakili oleh Sekretaris Daerah Budi Santoso.\n"
)


def test_a_representative_of_the_next_body_replaces_no_one(extract):
    """A body between the first signer and the second "diwakili" makes the second one sign
    for that body; only a person right before the cue is stood in for."""
    names = [s["name"] for r in extract(EACH_BODY_REPRESENTED) for s in r["signatories"]]
    assert names == ["Rina Astuti", "Budi Santoso"]


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        # the one named right after "mewakili" / "atas nama" is represented: the one before signs, for their body
        ("Perjanjian kerja sama ditandatangani Sekretaris Daerah Kabupaten Bogor Burhanudin mewakili Bupati Bogor "
         "Iwan Setiawan dan Kepala Cabang BPJS Ketenagakerjaan Cibinong Dedi Suherman.",
         [("Burhanudin", "Pemkab Bogor"), ("Dedi Suherman", "BPJS Ketenagakerjaan Cibinong")]),
        ("Nota kesepahaman ditandatangani Asisten Pemerintahan Setda Provinsi Riau Masrul Kasmy atas nama "
         "Gubernur Riau Syamsuar dan Rektor Universitas Riau Sri Indarti.",
         [("Masrul Kasmy", "Pemprov Riau"), ("Sri Indarti", "Unri")]),
        # an office without its holder after the cue: the next person still signs
        ("Penandatanganan perjanjian kerja sama dilakukan oleh Sekretaris Daerah Kabupaten Bogor Burhanudin "
         "mewakili Bupati Bogor dan Kepala Cabang BPJS Ketenagakerjaan Cibinong Dedi Suherman.",
         [("Burhanudin", "Pemkab Bogor"), ("Dedi Suherman", "BPJS Ketenagakerjaan Cibinong")]),
        # counter-example: a body between the cue and the person leaves the person's role as it was
        ("Atas nama Pemerintah Kota Surabaya, Sekretaris Kota Ikhsan Hidayat menandatangani perjanjian kerja sama "
         "dengan Universitas Airlangga.",
         [("Ikhsan Hidayat", "Pemkot Surabaya")]),
    ],
)
def test_one_named_after_mewakili_is_represented_and_signs_nothing(extract, text, signers):
    """"Y mewakili X" is the active of "X diwakili Y": Y signs, X is not there."""
    [record] = extract(text)
    names = [p["acronym"] or p["name"] for p in record["parties"]]
    assert [(s["name"], names[s["party"]] if s["party"] is not None else None)
            for s in record["signatories"]] == signers


def test_reference_number_of_the_implemented_agreement_is_kept(extract):
    numbers = [n for r in extract(SAME_TOWN + IMPLEMENTS) for n in r["reference_numbers"]]
    assert numbers == ["15/MOU/JTG/2020"]


def test_implemented_mou_is_a_referenced_parent(extract):
    records = extract(SAME_TOWN + IMPLEMENTS)
    assert [(r["type"], r["status"], r["parent"]) for r in records] == [
        ("MoU", "signed", 1), ("MoU", "referenced", None)]


@pytest.mark.parametrize(
    ("items", "kept"),
    [
        # each area once, whatever its case
        (["pendidikan", "penelitian", "Pendidikan"], [0, 1]),
        # an item whose words all stand in another item adds no area
        (["promosi wisata", "kerja sama promosi wisata", "pelatihan pemandu"], [1, 2]),
        (["pendidikan dan pelatihan", "pendidikan"], [0]),
        # overlapping items that each add words stay
        (["pengembangan wisata", "pengembangan kurikulum"], [0, 1]),
        # an item restating an earlier one in other words adds no area ...
        (["pelatihan guru melalui pusat belajar terpadu", "pelatihan guru melalui sanggar belajar", "magang"], [0, 2]),
        (["pendampingan hukum bagi desa wisata", "magang", "pendampingan hukum untuk desa wisata"], [0, 1]),
        # ... but items that share a head and differ in what they name stay
        (["peningkatan kapasitas aparatur desa", "peningkatan kapasitas pelaku usaha"], [0, 1]),
        ([], []),
    ],
)
def test_a_record_keeps_each_scope_area_once(items, kept):
    assert distinct_areas(items) == kept


def test_one_list_names_different_areas_even_in_like_words():
    """An item restates one of another sentence (the lead's wording, the body's); items of one
    list that share most words name different areas."""
    items = ["pengembangan sumber daya manusia", "pengembangan sumber daya alam"]
    assert distinct_areas(items, [4, 4]) == [0, 1]
    assert distinct_areas(items, [0, 4]) == [0]


def test_the_list_after_an_implemented_agreement_is_the_implementing_ones(extract):
    """"PKS itu tindak lanjut dari nota kesepahaman ... 2022. Ruang lingkup perjanjian meliputi ...":
    the areas are the PKS's; the MoU named in passing takes none of them."""
    records = extract("KLATEN - Bank Jateng dan Pemkab Klaten menandatangani perjanjian kerja sama, Rabu (6/3/2024). "
                      "Perjanjian kerja sama tersebut merupakan tindak lanjut dari nota kesepahaman antara Bupati "
                      "Klaten dan Direktur Utama Bank Jateng yang ditandatangani pada 2022. Ruang lingkup perjanjian "
                      "meliputi penerimaan pajak daerah, pembayaran gaji pegawai, serta layanan nontunai.")
    areas = ["penerimaan pajak daerah", "pembayaran gaji pegawai", "layanan nontunai"]
    assert [(r["type"], r["status"], [s["text"] for s in r["scopes"]]) for r in records] == [
        ("PKS", "signed", areas), ("MoU", "referenced", [])]
