"""Record fields read from a draft's sentences (records.py)."""
from __future__ import annotations

import pytest

MEETING_AFTER = "\nKeputusan itu menjadi bahan evaluasi Komisi II DPRD Klaten dalam sidang komisi, Kamis (7/3/2024)."


@pytest.mark.parametrize(
    ("mention", "date"),
    [
        # an agreement only referred to: the date of the meeting in the next sentence is not its own
        ("KLATEN - Pemkab Klaten berencana membatalkan nota kesepahaman yang telah ada dengan PT Sinar "
         "Jaya Abadi.", None),
        # counter-example: its own date, written in the mention sentence, is kept
        ("KLATEN - Pemkab Klaten berencana membatalkan nota kesepahaman dengan PT Sinar Jaya Abadi yang "
         "ditandatangani pada 12 Januari 2021.", "2021-01-12"),
    ],
)
def test_referenced_agreement_is_dated_by_its_mention_sentences(extract, mention, date):
    records = extract(mention + MEETING_AFTER)
    assert len(records) == 1
    assert (records[0]["status"], records[0]["date"]) == ("referenced", date)


def test_the_signing_noun_then_dilakukan_and_a_position_names_the_signers(extract):
    """"penandatanganan ... yang dilakukan Bupati X dengan Rektor Y": both sign."""
    text = ("Klaten - Pemkab Klaten menjalin kerja sama dengan Universitas Tunas Harapan. Kerja sama itu ditandai "
            "dengan penandatanganan nota kesepahaman yang dilakukan Bupati Klaten Joko Santoso dengan Rektor "
            "Universitas Tunas Harapan Sari Wulandari di Pendopo, Selasa (12/3/2024).")
    records = extract(text)
    assert [[s["name"] for s in r["signatories"]] for r in records] == [["Joko Santoso", "Sari Wulandari"]]


@pytest.mark.parametrize(
    ("plan", "date"),
    [
        # a planned agreement: the date of the meeting in the next sentence is not its own
        ("SLEMAN - Pemkab Sleman dan Universitas Gadjah Mada akan menandatangani nota kesepahaman.", None),
        # counter-example: the day it is to be signed, written in the mention sentence, is kept
        ("SLEMAN - Pemkab Sleman dan Universitas Gadjah Mada akan menandatangani nota kesepahaman pada "
         "Rabu (13/3/2024).", "2024-03-13"),
    ],
)
def test_planned_agreement_is_dated_by_its_mention_sentences(extract, plan, date):
    records = extract(plan + "\nRencana itu terungkap saat audiensi di Pendopo Sleman, Selasa (12/3/2024).")
    assert len(records) == 1
    assert (records[0]["status"], records[0]["date"]) == ("planned", date)


def test_a_body_written_with_initials_is_one_party_and_the_record_stays(extract):
    """"SMK BM" and "SMK Bina Mandiri Sleman": one body, one party; the record still reports
    its agreement (its other party is not found) with the date the text gives."""
    records = extract("SLEMAN - SMK BM dan SMK Bina Mandiri Sleman menandatangani nota kesepahaman, "
                      "Senin (11/3/2024).")
    assert [([p["name"] for p in r["parties"]], r["date"]) for r in records] == \
        [(["SMK Bina Mandiri Sleman"], "2024-03-11")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a product and a body served, named inside the area of cooperation, are no parties
        ("KLATEN - PT Sinar Jaya Abadi dan Koperasi Tani Makmur menandatangani nota kesepahaman kerja sama di "
         "bidang pengembangan terminal LPG dan pelatihan petani, Senin (11/3/2024).",
         ["PT Sinar Jaya Abadi", "Koperasi Tani Makmur"]),
        ("KLATEN - Pemkab Klaten menandatangani nota kesepahaman dengan Universitas Tunas Harapan di bidang "
         "pendampingan UMKM binaan Dinas Koperasi Klaten, Senin (11/3/2024).",
         ["Pemkab Klaten", "Universitas Tunas Harapan"]),
        # counter-example: without it one body would be left to make the agreement, so it stays
        ("KLATEN - Kejaksaan Negeri Klaten menandatangani nota kesepahaman kerja sama di bidang pendampingan "
         "petani binaan Koperasi Tani Makmur, Senin (11/3/2024).",
         ["Kejaksaan Negeri Klaten", "Koperasi Tani Makmur"]),
    ],
)
def test_bodies_inside_the_area_of_cooperation_are_no_parties(extract, text, names):
    records = extract(text)
    assert [[p["name"] for p in r["parties"]] for r in records] == [names]


def test_offices_named_without_holders_make_the_record(extract):
    """"Penandatanganan dilakukan oleh Bupati X dan Kajari X": the offices' bodies are the parties."""
    records = extract("Penandatanganan nota kesepahaman dilakukan oleh Bupati Klaten dan Kepala Kejaksaan Negeri "
                      "Klaten di Pendopo, Senin (4/3/2024).")
    assert [[p["name"] for p in r["parties"]] for r in records] == [
        ["Pemerintah Kabupaten Klaten", "Kejaksaan Negeri Klaten"]]
    assert records[0]["signatories"] == []


_BODY = "\n\nPemerintah Kabupaten Sragen dan PT Sritex sepakat bekerja sama dalam pelatihan tenaga kerja."


@pytest.mark.parametrize(
    ("caption", "signers"),
    [
        # the people a photo caption shows signing sign, when the text names no one
        ("Foto: Bupati Sragen Kusdinar Untung Yuni Sukowati (kiri) dan Direktur Utama PT Sritex Iwan Kurniawan "
         "Lukminto (kanan) menandatangani nota kesepahaman di Sragen, Senin (3/6/2024).",
         [("Kusdinar Untung Yuni Sukowati", 0), ("Iwan Kurniawan Lukminto", 1)]),
        # counter-examples: a caption with no signing verb, or a person whose office names no party
        ("Foto: Bupati Sragen Kusdinar Untung Yuni Sukowati (kiri) berbincang dengan Direktur Utama PT Sritex "
         "Iwan Kurniawan Lukminto (kanan) di Sragen, Senin (3/6/2024).", []),
        ("Foto: Kepala Dinas Pariwisata Jawa Tengah Sinoeng Rachmadi menandatangani nota kesepahaman di "
         "Sragen, Senin (3/6/2024).", []),
    ],
)
def test_a_caption_names_the_signers_the_text_does_not(extract, caption, signers):
    [record] = extract(caption + _BODY)
    assert [(s["name"], s["party"]) for s in record["signatories"]] == signers


def test_the_texts_own_signers_outweigh_a_caption(extract):
    text = ("Foto: Bupati Sragen Kusdinar Untung Yuni Sukowati (kiri) dan Direktur Utama PT Sritex Iwan Kurniawan "
            "Lukminto (kanan) menandatangani nota kesepahaman." + _BODY + " Nota kesepahaman itu ditandatangani "
            "Sekda Sragen Tatag Prabawanto dan Direktur PT Sritex Sri Saptoningsih.")
    [record] = extract(text)
    assert [s["name"] for s in record["signatories"]] == ["Tatag Prabawanto", "Sri Saptoningsih"]


def test_a_caption_in_capitals_leaves_the_signers_named_in_the_text(extract):
    text = ("Klaten - Pemerintah Kabupaten Klaten menandatangani nota kesepahaman dengan Universitas Sebelas "
            "Maret (UNS) di Pendopo Klaten, Kamis (6/6/2024). MoU ditandatangani Bupati Klaten Sri Mulyani "
            "dan Rektor UNS Hadi Prasetyo.\n"
            "FOTO: BUPATI KLATEN SRI MULYANI (KIRI) DAN REKTOR UNS HADI PRASETYO MENANDATANGANI NOTA "
            "KESEPAHAMAN DI PENDOPO KLATEN.")
    records = extract(text)
    assert [[s["name"] for s in r["signatories"]] for r in records] == [["Sri Mulyani", "Hadi Prasetyo"]]


def test_the_parties_representatives_named_after_the_signing_sign_it(extract):
    text = ("Semarang - Pemerintah Provinsi Jawa Tengah dan PT PLN (Persero) menandatangani nota kesepahaman "
            "tentang percepatan elektrifikasi desa di Gedung Gradhika, Rabu (5/6/2024). Pihak pertama diwakili "
            "Gubernur Jawa Tengah Sari Wulandari Kusuma, sedangkan pihak kedua diwakili Direktur Utama PLN "
            "Rudi Hartono. Penandatanganan disaksikan Menteri ESDM Bahlil Lahadalia.")
    [record] = extract(text)
    assert [(s["name"], s["party"]) for s in record["signatories"]] == [
        ("Sari Wulandari Kusuma", 0), ("Rudi Hartono", 1)]
    assert [w["name"] for w in record["witnesses"]] == ["Bahlil Lahadalia"]


def test_a_representative_in_news_without_an_agreement_makes_no_record(extract):
    text = ("Klaten - Rapat koordinasi penanganan banjir digelar di Pendopo Klaten, Senin (3/6/2024). Pihak "
            "pertama diwakili Kepala BPBD Klaten Budi Santoso dalam paparan itu.")
    assert extract(text) == []


def test_signers_listed_in_lines_after_dilakukan_oleh_sign(extract):
    text = ("Klaten - Pemkab Klaten menandatangani nota kesepahaman dengan Universitas Sebelas Maret (UNS) di "
            "Pendopo Klaten, Senin (3/6/2024). Penandatanganan dilakukan oleh:\n- Bupati Klaten Sri Mulyani\n"
            "- Rektor UNS Hadi Prasetyo\nPenandatanganan disaksikan oleh Wakil Bupati Klaten Yoga Hardaya.")
    [record] = extract(text)
    assert [s["name"] for s in record["signatories"]] == ["Sri Mulyani", "Hadi Prasetyo"]
    assert [w["name"] for w in record["witnesses"]] == ["Yoga Hardaya"]


_SIGNING = ("SURABAYA - Pemerintah Provinsi Jawa Timur menandatangani nota kesepahaman dengan PT Pelabuhan "
            "Indonesia (Persero) tentang pengembangan kawasan pelabuhan, Senin (20/5/2024). ")


@pytest.mark.parametrize(
    ("after", "signers"),
    [
        # a sentence after the signing that says who stood for each body names the signers
        ("Pemprov Jatim diwakili oleh Sekretaris Daerah Provinsi Jawa Timur Adhy Karyono, sedangkan Pelindo "
         "diwakili oleh Direktur Utama Pelindo Arif Suhartono.",
         [("Adhy Karyono", 0), ("Arif Suhartono", 1)]),
        ("Kedua pihak masing-masing diwakili oleh Sekda Jatim Adhy Karyono dan Direktur Utama Pelindo Arif "
         "Suhartono.",
         [("Adhy Karyono", 0), ("Arif Suhartono", 1)]),
        # counter-example: one whose office names no party of the record signs nothing
        ("Kementerian Perhubungan diwakili oleh Direktur Jenderal Perhubungan Laut Antoni Arif Priadi.", []),
    ],
)
def test_the_ones_who_stand_for_the_bodies_in_a_later_sentence_sign(extract, after, signers):
    [record] = extract(_SIGNING + after)
    assert [(s["name"], s["party"]) for s in record["signatories"]] == signers


def test_a_regional_secretary_written_short_signs_for_the_region(extract):
    text = ("MEDAN - Pemprov Sumut dan Universitas Sumatera Utara (USU) menandatangani nota kesepahaman. Dari pihak "
            "Pemprov Sumut, nota kesepahaman diteken oleh Sekdaprov Sumut Arief Sudarto Trinugroho, sedangkan dari "
            "USU diteken Rektor USU Muryanto Amin.")
    [record] = extract(text)
    assert [(s["name"], s["party"]) for s in record["signatories"]] == [("Arief Sudarto Trinugroho", 0),
                                                                       ("Muryanto Amin", 1)]


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        # a head of state named right after his visit is its visitor, not a signer
        ("JAKARTA - Indonesia dan Vietnam menandatangani nota kesepahaman kerja sama perikanan di sela kunjungan "
         "kenegaraan Presiden Vietnam Vo Van Thuong ke Jakarta, Jumat (22/12/2023).", []),
        ("JAKARTA - Pemerintah Indonesia dan Pemerintah Jepang menandatangani perjanjian kerja sama infrastruktur "
         "dalam kunjungan kerja Perdana Menteri Jepang Fumio Kishida ke Istana Merdeka, Sabtu (10/1/2025). "
         "Perjanjian diteken Menteri PUPR Basuki Hadimuljono dan Duta Besar Jepang Kanasugi Kenji.",
         ["Basuki Hadimuljono", "Kanasugi Kenji"]),
        # counter-examples: a visit that names no one right after it, and a governor on a visit, still sign
        ("TOKYO - Dalam kunjungan ke Tokyo, Menteri Perdagangan Zulkifli Hasan dan Menteri Ekonomi Jepang Ken Saito "
         "menandatangani nota kesepahaman kerja sama industri, Senin (3/6/2024).", ["Zulkifli Hasan", "Ken Saito"]),
        ("SEOUL - Dalam kunjungan kerja Gubernur Jawa Tengah Ahmad Luthfi ke Seoul, Pemprov Jawa Tengah "
         "menandatangani nota kesepahaman dengan Pemerintah Provinsi Chungcheong Selatan, Senin (3/6/2024).",
         ["Ahmad Luthfi"]),
        # a governor named right after his visit, when the sentence names the signers after "antara", only visits
        ("MALANG - Kunjungan kerja Gubernur Jawa Timur Sutrisno Wibowo ke Malang diisi dengan penandatanganan "
         "nota kesepahaman antara Bupati Malang Darmaji Kusuma dan Rektor Universitas Brawijaya Hendra Pratama, "
         "Senin (3/6/2024).", ["Darmaji Kusuma", "Hendra Pratama"]),
        # counter-example: a comma after the visit: the governor is the one who signs
        ("MALANG - Dalam kunjungan kerja, Gubernur Jawa Timur Sutrisno Wibowo menandatangani nota kesepahaman "
         "dengan Rektor Universitas Brawijaya Hendra Pratama, disaksikan oleh Bupati Malang Darmaji Kusuma, "
         "Senin (3/6/2024).", ["Sutrisno Wibowo", "Hendra Pratama"]),
    ],
)
def test_a_visiting_head_of_state_signs_nothing(extract, text, signers):
    [record] = extract(text)
    assert [s["name"] for s in record["signatories"]] == signers


@pytest.mark.parametrize(
    ("text", "parties_signed_for"),
    [
        # a unit of a regional government signs for that region's government
        ("GROBOGAN - Pemkab Grobogan dan Kantor Pertanahan Grobogan meneken PKS. PKS diteken Plt. Kepala Bagian "
         "Pemerintahan Setda Grobogan Drs. Sunarto, M.Si. dan Kepala Kantor Pertanahan Grobogan Sutrisno, S.H.",
         [0, 1]),
        ("BOGOR - Pemerintah Kabupaten Bogor dan Universitas Pakuan meneken perjanjian kerja sama pengembangan desa "
         "wisata. Perjanjian diteken oleh Rektor Universitas Pakuan Didik Notosudjono dan Kepala Dinas Pariwisata "
         "Kabupaten Bogor Yudi Santosa.", [1, 0]),
        # counter-example: a unit of another region's government signs for no party
        ("BOGOR - Pemerintah Kabupaten Bogor dan Universitas Pakuan meneken perjanjian kerja sama pengembangan desa "
         "wisata. Perjanjian diteken oleh Rektor Universitas Pakuan Didik Notosudjono dan Kepala Dinas Pariwisata "
         "Kota Depok Yudi Santosa.", [1, None]),
    ],
)
def test_a_regional_unit_signs_for_its_government(extract, text, parties_signed_for):
    [record] = extract(text)
    assert [s["party"] for s in record["signatories"]] == parties_signed_for
