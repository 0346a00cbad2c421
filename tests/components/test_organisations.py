"""Organisations: bodies with their heads, defined acronyms and generic phrases (find_orgs)."""
from __future__ import annotations

import pytest

from extract.organisations import clean_name, find_orgs


def orgs(sentence: str, covered: list[tuple[int, int]] | None = None) -> list[tuple[str, str | None]]:
    return [(o.name, o.acronym) for o in find_orgs(sentence, 0, frozenset(), {}, covered or [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pemerintah Kabupaten (Pemkab) Klaten menjalin kerja sama dengan Universitas Tunas Harapan.",
         [("Pemerintah Kabupaten Klaten", "Pemkab"), ("Universitas Tunas Harapan", None)]),
        ("Ombudsman Republik Indonesia (ORI) Perwakilan Jawa Tengah hadir.",
         [("Ombudsman Republik Indonesia Perwakilan Jawa Tengah", "ORI")]),
        ("Kantor Wilayah Kementerian Hukum dan HAM Jawa Tengah menggelar rapat.",
         [("Kantor Wilayah Kementerian Hukum dan HAM Jawa Tengah", None)]),
        ("PT Bank Pembangunan Daerah Jawa Tengah menandatangani MoU dengan Pemkot Salatiga.",
         [("PT Bank Pembangunan Daerah Jawa Tengah", None), ("Pemkot Salatiga", None)]),
    ],
)
def test_bodies_in_a_sentence(sentence, expected):
    assert orgs(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a village tourism group and a farmers' group are bodies of their own
        ("Universitas Muhammadiyah Malang menjalin kerja sama dengan Pokdarwis Tlogomas.",
         [("Universitas Muhammadiyah Malang", None), ("Pokdarwis Tlogomas", None)]),
        ("Dinas Pertanian Klaten menjalin kerja sama dengan Poktan Sido Makmur.",
         [("Dinas Pertanian Klaten", None), ("Poktan Sido Makmur", None)]),
        # counter-example: the head without a name is no body
        ("Para pengurus pokdarwis dan poktan itu hadir.", []),
    ],
)
def test_village_groups_are_bodies(sentence, expected):
    assert orgs(sentence) == expected


def test_a_body_on_a_numbered_list_line_is_a_body():
    # the line's number is no count of a group ("tiga Bank BUMN"); a number without a period still counts
    assert orgs("2. Politeknik Rawa Jombor") == [("Politeknik Rawa Jombor", None)]
    assert orgs("Pemkab menggandeng 2 Politeknik di Klaten.") == []


def test_generic_heads_without_a_name_are_not_bodies():
    assert orgs("Kerja sama antara Pemerintah Daerah dan Perguruan Tinggi penting.") == []


def test_agreement_acronyms_are_not_bodies():
    assert orgs("Naskah MoU dan PKS sudah disiapkan.") == []


def test_ranges_covered_by_people_are_skipped():
    sentence = "Pemkot Salatiga menggandeng Universitas Tunas Harapan."
    start = sentence.index("Universitas")
    assert orgs(sentence, [(start, len(sentence))]) == [("Pemkot Salatiga", None)]


def test_offsets_and_surface_include_the_parenthesised_acronym():
    sentence = "Hari ini Pemerintah Kabupaten (Pemkab) Klaten menandatangani MoU."
    org = find_orgs(sentence, 10, frozenset(), {}, [])[0]
    assert org.text == "Pemerintah Kabupaten (Pemkab) Klaten"
    assert (org.start, org.end) == (10 + 9, 10 + 9 + len(org.text))
    assert org.rule == "org_head"


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Pemerintah Kota (Pemkot) Salatiga", ("Pemerintah Kota Salatiga", "Pemkot")),
        ("Badan Pusat Statistik (BPS)", ("Badan Pusat Statistik", "BPS")),
        ("Universitas Tunas Harapan", ("Universitas Tunas Harapan", None)),
        # a company's legal form in brackets is no acronym; a bracket after it may be one
        ("PT Sinar Baja Nusantara (Persero)", ("PT Sinar Baja Nusantara", None)),
        ("PT Sinar Baja Nusantara (Persero) Tbk (SBN)", ("PT Sinar Baja Nusantara Tbk", "SBN")),
        ("Perum Air Tirta Jaya (Perum)", ("Perum Air Tirta Jaya", None)),
        # a legal form's abbreviation period is no part of the name
        ("PT Sinar Baja Nusantara (Persero) Tbk.", ("PT Sinar Baja Nusantara Tbk", None)),
        # counter-example: an acronym that is no legal form stays one
        ("Perusahaan Umum Daerah Tirta Jaya (Perumda)", ("Perusahaan Umum Daerah Tirta Jaya", "Perumda")),
    ],
)
def test_clean_name(surface, expected):
    assert clean_name(surface) == expected


@pytest.mark.parametrize(
    ("text", "media"),
    [
        ("KLATEN |SUARA WARGA– Pemerintah Kabupaten Klaten menandatangani nota kesepahaman dengan "
         "Universitas Tunas Harapan.", "SUARA WARGA"),
        ("JAKARTA, BERITAKITA.ID-- PT Sinar Jaya Abadi menandatangani MoU dengan Koperasi Tani Makmur.",
         "BERITAKITA.ID"),
    ],
)
def test_media_names_in_the_dateline_are_not_parties(text, media):
    from extract.api import load_pipeline
    from extract.components.state import candidates

    found = candidates(load_pipeline(use_ner=False)(text))
    names = [o.name for o in found.orgs]
    assert media not in names
    assert len([n for n in names if n.startswith(("Pemerintah", "PT", "Universitas", "Koperasi"))]) == 2


@pytest.mark.parametrize(
    ("surface", "in_dateline"),
    [
        # a name that runs across the dateline's separator joins the media name to the first word
        ("ANTARA - Sebanyak", True),
        ("ANTARA", True),
        # counter-example: a body after the separator is the article's
        ("Bank Mandiri", False),
    ],
)
def test_a_name_across_the_dateline_separator_is_no_party(surface, in_dateline):
    from extract.api import load_pipeline
    from extract.candidates import Organisation
    from extract.components.state import candidates
    from extract.organisations import not_a_party

    text = "JAKARTA, ANTARA - Sebanyak tiga perjanjian kerja sama ditandatangani Bank Mandiri di Jakarta."
    found = candidates(load_pipeline(use_ner=False)(text))
    start = text.index(surface)
    org = Organisation(start, start + len(surface), surface, surface, None, "ner", 0)
    assert not_a_party(found, found.sentence(0), org) is in_dateline


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a kind of body, a programme and the state itself are no parties
        ("Sebanyak 20 Badan Usaha Milik Negara (BUMN) menandatangani MoU dengan PT Sinar Jaya.",
         ["PT Sinar Jaya"]),
        ("Pemkab Klaten dan Kodim 0723 Klaten meneken MoU TNI Manunggal Membangun Desa (TMMD) ke-110.",
         ["Pemkab Klaten", "Kodim 0723 Klaten"]),
        ("DPRD Klaten dan Pemkab Klaten meneken nota kesepakatan Kebijakan Umum Anggaran (KUA) 2025.",
         ["DPRD Klaten", "Pemkab Klaten"]),
        ("Kerja sama RI dengan Universitas Tunas Harapan diteken kemarin.", ["Universitas Tunas Harapan"]),
        # the acronym of a thing (a fuel, a budget term) starts no body, even with a place after it
        ("PT Sinar Jaya meneken MoU pembangunan terminal LNG di Cilacap dengan Pemkab Cilacap.",
         ["PT Sinar Jaya", "Pemkab Cilacap"]),
        ("MoU penyaluran BBM dan KUR di Klaten diteken Bank Jateng.", ["Bank Jateng"]),
        ("Pemkot Padang meneken MoU pemanfaatan DIPA dan APBD untuk UMKM.", ["Pemkot Padang"]),
        # an agreement's name with the acronym the article defines for it is no body
        ("Fakultas Teknik Universitas Tunas Harapan dan Kota Perth meneken Implementing Arrangement (IA).",
         ["Fakultas Teknik Universitas Tunas Harapan"]),
        ("Pemkab Bantul meneken Surat Perjanjian Kerja Sama (SPKS) dengan PT Angkasa Pura I.",
         ["Pemkab Bantul", "PT Angkasa Pura I"]),
        ("PT PLN dan Bank Dunia menyiapkan Step Loan Agreement (SLA) untuk proyek transmisi.", ["PT PLN", "Bank Dunia"]),
        # counter-example: an unknown acronym of a body still starts one
        ("Pemkab Klaten meneken MoU dengan ASPERINDO Klaten.", ["Pemkab Klaten", "ASPERINDO Klaten"]),


        # bare acronyms of identity numbers, budget documents, programmes and kinds of state employees
        ("Ditjen Pajak dan Kemendagri meneken MoU integrasi data NIK dan NPWP.", ["Ditjen Pajak", "Kemendagri"]),
        ("Bank Sinar Jaya meneken PKS penyaluran KUR, PKH dan gaji ASN serta PPPK dengan Pemkab Klaten.",
         ["Bank Sinar Jaya", "Pemkab Klaten"]),
        ("Pemkab Klaten meneken MoU pemanfaatan DIPA dengan Universitas Tunas Harapan.",
         ["Pemkab Klaten", "Universitas Tunas Harapan"]),
        ("Politeknik Tunas Harapan meneken MoU dengan Universitas Sinar Jaya tentang implementasi MBKM.",
         ["Politeknik Tunas Harapan", "Universitas Sinar Jaya"]),
        # counter-example: an unknown acronym that is none of these stays a body
        ("Pemkab Klaten meneken MoU dengan YKTB dan Universitas Tunas Harapan.",
         ["Pemkab Klaten", "YKTB", "Universitas Tunas Harapan"]),
    ],
)
def test_kinds_programmes_and_budget_documents_are_not_bodies(text, bodies):
    from extract.api import load_pipeline
    from extract.components.state import candidates

    found = candidates(load_pipeline(use_ner=False)(text))
    assert [o.name for o in sorted(found.orgs, key=lambda o: o.start) if not o.in_position] == bodies


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year ends a name; "dan" before a region word or "Negara" starts another body
        ("Acara disaksikan Komisi Pemberantasan Korupsi 2024 dan Rapat Koordinasi Kepala Daerah.",
         ["Komisi Pemberantasan Korupsi"]),
        ("Kerja sama antara Pemkot Salatiga dan Kota Perth berlanjut.", ["Pemkot Salatiga"]),
        ("Pemerintah Provinsi Jawa Tengah dan Negara Bagian Victoria sepakat.", ["Pemerintah Provinsi Jawa Tengah"]),
        # English names go on after "of"
        ("MoU diteken Universitas Tunas Harapan dan The University of Adelaide.",
         ["Universitas Tunas Harapan", "The University of Adelaide"]),
        # a ministry's name may list its portfolios with commas; another body after a comma does not
        ("Kementerian Investasi, Perdagangan, dan Industri Malaysia meneken MoU.",
         ["Kementerian Investasi, Perdagangan, dan Industri Malaysia"]),
        ("Kementerian Agama, Kementerian Kesehatan dan Pemkab Klaten meneken MoU.",
         ["Kementerian Agama", "Kementerian Kesehatan", "Pemkab Klaten"]),
        # a number that is part of the name stays
        ("Kerja sama dengan Universitas 45 Surabaya diteken.", ["Universitas 45 Surabaya"]),
        # "dan" before a name ending in an English kind word starts another body
        ("PT Pertamina (Persero) dan Korea Gas Corporation menandatangani kesepakatan.",
         ["PT Pertamina", "Korea Gas Corporation"]),
        ("Bank Mandiri dan Sakura Trading Company meneken MoU.", ["Bank Mandiri", "Sakura Trading Company"]),
        # counter-example: a portfolio after "dan" stays in the name
        ("Kementerian Energi dan Sumber Daya Mineral meneken MoU.", ["Kementerian Energi dan Sumber Daya Mineral"]),


        # "dan" before a body named in English ends the one before it; "and" goes on inside such a name
        ("Kementerian Pertanian RI dan Food and Agriculture Organization meneken MoU.",
         ["Kementerian Pertanian RI", "Food and Agriculture Organization"]),
        ("Badan Riset dan Inovasi Nasional dan Korea Institute of Science and Technology meneken MoU.",
         ["Badan Riset dan Inovasi Nasional", "Korea Institute of Science and Technology"]),
        # counter-example: "dan" inside an Indonesian name still goes on
        ("Kementerian Pendidikan dan Kebudayaan meneken MoU dengan Monash University.",
         ["Kementerian Pendidikan dan Kebudayaan", "Monash University"]),
        # an office of a kind of body not named is no body, though its run ends in an English kind word
        ("PKS ditandatangani Direktur Utama Bank dan Wali Kota Cirebon.", []),
        # counter-example: a name ending in that word without an office before it is a body
        ("MoU diteken Pemkot Cirebon dan Kertajaya Development Bank.", ["Pemkot Cirebon", "Kertajaya Development Bank"]),
        # a foreign body named with "of" and its country, also in English
        ("Bank Indonesia meneken MoU dengan Bank of Thailand dan Bank of Japan.",
         ["Bank Indonesia", "Bank of Thailand", "Bank of Japan"]),
        # counter-example: a country after a connector that joins no name is no part of the body
        ("Bank Jateng untuk Malaysia dan Bank Sinar Karya meneken MoU.", ["Bank Jateng", "Bank Sinar Karya"]),
        # a firm named after a place is no Pengadilan Tinggi ("PT Bandung") cut at the place
        ("Pemprov Jawa Barat menggandeng PT Bandung Sinar Karya.", ["Pemprov Jawa Barat", "PT Bandung Sinar Karya"]),
    ],
)
def test_name_boundaries(sentence, expected):
    assert [name for name, _ in orgs(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a gazetteer name goes as far as it is known: past a month word, a number, titles
        ("MoU diteken Universitas Sebelas Maret dan The University of Melbourne.",
         ["Universitas Sebelas Maret", "The University of Melbourne"]),
        ("Perjanjian diteken RSUD Prof. Dr. Margono Soekarjo dan Universitas Jenderal Soedirman.",
         ["RSUD Prof. Dr. Margono Soekarjo", "Universitas Jenderal Soedirman"]),
        ("Kerja sama Universitas 17 Agustus 1945 Surabaya dengan Pemkot Surabaya diteken.",
         ["Universitas 17 Agustus 1945 Surabaya", "Pemkot Surabaya"]),
        # a company known without its legal form, and what follows a known name
        ("Pertamina dan Bank Jatim meneken kerja sama.", ["Pertamina", "Bank Jatim"]),
        ("LoI diteken dengan Multimedia University (MMU) Malaysia.", ["Multimedia University Malaysia"]),
        # "di Yogyakarta" after a known name is where it signs, not "DI Yogyakarta" of its name
        ("UGM meneken MoU dengan University of Melbourne di Yogyakarta, Senin.", ["UGM", "University of Melbourne"]),
        ("MoU diteken dengan Universitas Gadjah Mada DI Yogyakarta.", ["Universitas Gadjah Mada DI Yogyakarta"]),
        # a bare head shares the place of the next body
        ("Pemprov dan Polda Jambi menandatangani nota kesepakatan.", ["Pemprov Jambi", "Polda Jambi"]),
        # a known name inside a unit's name keeps its month word
        ("Fakultas Kedokteran Universitas Sebelas Maret meneken PKS dengan RSUD Kabupaten Sragen.",
         ["Fakultas Kedokteran Universitas Sebelas Maret", "RSUD Kabupaten Sragen"]),
        # counter-example: a weekday after a unit's known name still ends it
        ("Fakultas Hukum Universitas Indonesia Selasa meneken MoU dengan Kejari Depok.",
         ["Fakultas Hukum Universitas Indonesia", "Kejari Depok"]),
    ],
)
def test_known_institutions_and_shared_places(sentence, expected):
    assert [name for name, _ in orgs(sentence)] == expected


def test_offices_name_the_body_they_head():
    from extract.organisations import office_body

    assert office_body("Menteri Luar Negeri Malaysia", "Luar Negeri Malaysia") == "Kementerian Luar Negeri Malaysia"
    assert office_body("Dirjen Pajak", "Pajak") == "Direktorat Jenderal Pajak"
    assert office_body("Bupati Sragen", "Sragen") == "Pemerintah Kabupaten Sragen"
    assert office_body("Dandim 0421 Lampung Selatan", "0421 Lampung Selatan") == "Kodim 0421 Lampung Selatan"
    assert office_body("Danrem 042/Gapu", "042/Gapu") == "Korem 042/Gapu"
    # a Kodam's number is a roman numeral: "Pangdam V/Brawijaya" heads the Kodam V/Brawijaya
    assert office_body("Pangdam V/Brawijaya", "V/Brawijaya") == "Kodam V/Brawijaya"
    assert office_body("Pangdam Brawijaya", "Brawijaya") is None
    assert office_body("Ketua Panitia Lomba", "Panitia Lomba") is None
    # a court's and a regional parliament's chair sign for the court and the parliament
    assert office_body("Ketua Pengadilan Agama Klaten", "Agama Klaten") == "Pengadilan Agama Klaten"
    assert office_body("Ketua DPRD Klaten", "Klaten") == "DPRD Klaten"
    # a short minister title derived from the ministry's short form (gazetteer.minister_titles)
    assert office_body("Menakertrans Selandia Baru", "Selandia Baru") == "Kementerian Tenaga Kerja dan Transmigrasi Selandia Baru"


@pytest.mark.parametrize(
    ("position", "body", "expected"),
    [
        # a second office joined by a slash heads the same body: its head is left out of the body's name
        ("Menteri ATR/Kepala BPN", "ATR/Kepala BPN", "Kementerian ATR/BPN"),
        ("Menteri Investasi/Kepala BKPM", "Investasi/Kepala BKPM", "Kementerian Investasi/BKPM"),
        # counter-example: a slash between two portfolios stays as written
        ("Menteri ATR/BPN", "ATR/BPN", "Kementerian ATR/BPN"),
    ],
)
def test_two_offices_joined_by_a_slash_head_one_body(position, body, expected):
    from extract.organisations import office_body

    assert office_body(position, body) == expected


@pytest.mark.parametrize(
    ("position", "body", "expected"),
    [
        # of two offices of one holder joined by "sekaligus" the one written last heads the body
        ("Sekda sekaligus Plt Bupati Klaten", "Klaten", "Pemerintah Kabupaten Klaten"),
        ("Asisten II sekaligus Plh Sekda Klaten", "Klaten", "Pemerintah Klaten"),
        # counter-example: an office that names no body still names none
        ("Kepala Bagian sekaligus Ketua Panitia Lomba", "Panitia Lomba", None),
    ],
)
def test_the_last_of_two_joined_offices_heads_the_body(position, body, expected):
    from extract.organisations import office_body

    assert office_body(position, body) == expected


@pytest.mark.parametrize(
    ("position", "body", "expected"),
    [
        # an acting holder's prefix, with or without its period, heads the same body
        ("Pj Gubernur Jawa Barat", "Jawa Barat", "Pemerintah Provinsi Jawa Barat"),
        ("Pj. Gubernur Jawa Barat", "Jawa Barat", "Pemerintah Provinsi Jawa Barat"),
        ("Plt Bupati Klaten", "Klaten", "Pemerintah Kabupaten Klaten"),
        ("Plh Wali Kota Bogor", "Bogor", "Pemerintah Kota Bogor"),
        ("Pjs Bupati Sragen", "Sragen", "Pemerintah Kabupaten Sragen"),
        # counter-example: a prefix heads nothing on its own
        ("Pj Ketua Panitia Lomba", "Panitia Lomba", None),
    ],
)
def test_an_acting_office_heads_the_body_of_the_office(position, body, expected):
    from extract.organisations import office_body

    assert office_body(position, body) == expected


def test_a_diocese_is_a_body_and_its_bishop_signs_for_it():
    assert orgs("Pemkab Sikka menandatangani MoU dengan Keuskupan Agung Ende.") == [
        ("Pemkab Sikka", None), ("Keuskupan Agung Ende", None)]
    from extract.organisations import office_body

    assert office_body("Uskup Maumere", "Maumere") == "Keuskupan Maumere"
    assert office_body("Uskup Agung Ende", "Ende") == "Keuskupan Agung Ende"


def test_a_known_company_name_ends_at_its_legal_form():
    assert [n for n, _ in orgs("Vice President Corporate Communication PT Pertamina (Persero) Rina Kusumawati "
                               "menyampaikan hal itu.")] == ["PT Pertamina"]


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        # a country written as an acronym is a place ("dolar AS"), as its name written out is
        ("PT Inka dan Kementerian Transportasi Kenya meneken MoU senilai 100 juta dolar AS.",
         ["PT Inka", "Kementerian Transportasi Kenya"]),
        ("Kemenkeu dan ADB meneken pinjaman 500 juta dolar AS.", ["Kemenkeu", "ADB"]),
        # counter-example: a body of that country keeps its head
        ("Bank Mandiri meneken MoU dengan Pemerintah AS.", ["Bank Mandiri", "Pemerintah AS"]),
    ],
)
def test_a_country_acronym_is_no_body(sentence, bodies):
    assert [name for name, _ in orgs(sentence)] == bodies


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        # capitalised words joined by "&" make a firm's name, with the words after it
        ("Ernst & Young Indonesia dan Universitas Padjadjaran meneken PKS.",
         ["Ernst & Young Indonesia", "Universitas Padjadjaran"]),
        ("MoU diteken Kemenkes dengan Johnson & Johnson, Jumat.", ["Kemenkes", "Johnson & Johnson"]),
        # counter-examples: two offices, and people joined by "dan"
        ("Rektor & Dekan Fakultas Hukum menghadiri acara.", ["Fakultas Hukum"]),
        ("Budi Santoso dan Rina Kusumawati meneken PKS.", []),
    ],
)
def test_capitalised_words_joined_by_an_ampersand_are_a_firm(sentence, bodies):
    assert [name for name, _ in orgs(sentence)] == bodies


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        # a foreign company's legal form ends its name, as an English kind word does
        ("Kemenperin dan Siemens AG meneken MoU.", ["Kemenperin", "Siemens AG"]),
        ("Pemkab Klaten meneken MoU dengan Petronas Sdn Bhd.", ["Pemkab Klaten", "Petronas Sdn Bhd"]),
        # a comma inside the legal form ("Co., Ltd")
        ("PT Inalum meneken MoU dengan Kanto Battery Materials Co., Ltd tentang baterai.",
         ["PT Inalum", "Kanto Battery Materials Co., Ltd"]),
        # counter-example: a comma after a legal form before another body ends the name
        ("PT Inalum meneken MoU dengan Kanto Battery Materials Co., PT Sinar Jaya dan Pemkab Klaten.",
         ["PT Inalum", "PT Sinar Jaya", "Pemkab Klaten"]),
        # counter-example: a degree after a name is no legal form
        ("Hadir Budi Santoso SE dan Rina Kusumawati MM.", []),
    ],
)
def test_a_foreign_legal_form_ends_a_company_name(sentence, bodies):
    assert [name for name, _ in orgs(sentence)] == bodies


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        # a company named in English ends its name with its line of business
        ("BP Batam meneken MoU dengan Sembcorp Industries dan Keppel Corporation.",
         ["BP Batam", "Sembcorp Industries", "Keppel Corporation"]),
        ("Pemprov Jabar meneken MoU dengan Hyundai Motors.", ["Pemprov Jabar", "Hyundai Motors"]),
        ("PT Tirta Baruna dan Karsten Energy meneken MoU.", ["PT Tirta Baruna", "Karsten Energy"]),
        ("PT Inalum meneken MoU dengan Daewon Battery Solution.", ["PT Inalum", "Daewon Battery Solution"]),
        ("Pemprov Jabar meneken MoU dengan Sanwa Motor.", ["Pemprov Jabar", "Sanwa Motor"]),
        # counter-example: the word in lower case in Indonesian prose is no name
        ("Pemprov Jabar membahas industries dan motors listrik.", ["Pemprov Jabar"]),
    ],
)
def test_a_line_of_business_in_english_ends_a_company_name(sentence, bodies):
    assert [name for name, _ in orgs(sentence)] == bodies


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # an event where the signing took place is no party: by its first or last word, or by
        # the event word written before it
        ("Di sela KTT G20 di Bali, PT PLN dan JBIC menandatangani nota kesepahaman, Selasa (15/11/2022).",
         ["PT PLN", "JBIC"]),
        ("Dalam Indonesia International Motor Show (IIMS) 2023, PT Astra Honda Motor menandatangani "
         "nota kesepahaman dengan Politeknik Negeri Jakarta, Senin (10/7/2023).",
         ["PT Astra Honda Motor", "Politeknik Negeri Jakarta"]),
        ("Dalam ajang pameran Hannover Messe, Kemenperin dan Siemens AG menandatangani nota kesepahaman, "
         "Senin (17/4/2023).", ["Kemenperin", "Siemens AG"]),
        # a business or investment forum, by the phrase that opens or closes its name
        ("Dalam Forum Bisnis Indonesia-Vietnam, PT Sinar Kartika dan Universitas Tunas Harapan menandatangani "
         "nota kesepahaman, Selasa (14/5/2024).", ["PT Sinar Kartika", "Universitas Tunas Harapan"]),
        ("Pada Forum Investasi Jawa Tengah 2024, Pemkab Klaten dan PT Sinar Kartika menandatangani "
         "nota kesepahaman, Selasa (14/5/2024).", ["Pemkab Klaten", "PT Sinar Kartika"]),
        # a forum with the year of its edition after it (and its acronym)
        ("Dalam Nusantara Green Growth Forum (NGGF) 2024, PT Sinar Kartika dan Universitas Tunas Harapan "
         "menandatangani nota kesepahaman, Selasa (14/5/2024).", ["PT Sinar Kartika", "Universitas Tunas Harapan"]),
        # counter-example: a forum that is a body stays a party
        ("Pemkab Klaten dan Nusantara Green Growth Forum (NGGF) menandatangani nota kesepahaman pada 2024.",
         ["Pemkab Klaten", "Nusantara Green Growth Forum"]),
        ("Pemkab Klaten dan Forum Komunikasi Bisnis Klaten menandatangani nota kesepahaman, Senin (17/4/2023).",
         ["Pemkab Klaten", "Forum Komunikasi Bisnis Klaten"]),
        # counter-example: a body whose name holds an event word inside stays a party
        ("Pemkab Klaten dan Yayasan Pekan Raya Jakarta menandatangani nota kesepahaman, Senin (17/4/2023).",
         ["Pemkab Klaten", "Yayasan Pekan Raya Jakarta"]),
    ],
)
def test_an_event_is_no_party(text, parties):
    from extract.api import extract_text

    records = extract_text(text, doc_id="uji", published="2024-03-20", use_ner=False)
    assert [p["name"] for p in records[0]["parties"]] == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a name right after a field word names the cooperation's field
        ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman di bidang Renewable Energy, "
         "Senin (17/4/2023).", ["Pemkab Klaten", "Universitas Tunas Harapan"]),
        # counter-example: an office's "Bidang" in capitals is part of a body's name
        ("Pemkab Klaten dan Kementerian Koordinator Bidang Perekonomian menandatangani nota kesepahaman, "
         "Senin (17/4/2023).", ["Pemkab Klaten", "Kementerian Koordinator Bidang Perekonomian"]),
    ],
)
def test_a_field_is_no_party(text, parties):
    from extract.api import extract_text

    records = extract_text(text, doc_id="uji", published="2024-03-20", use_ner=False)
    assert [p["name"] for p in records[0]["parties"]] == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a parent named in an apposition after its subsidiary is no party
        ("PT Pertamina Patra Niaga, anak usaha PT Pertamina (Persero), menandatangani nota kesepahaman dengan "
         "Universitas Airlangga, Rabu (5/4/2023).", ["PT Pertamina Patra Niaga", "Universitas Airlangga"]),
        ("Bank Syariah Indonesia, anak perusahaan dari Bank Mandiri, menandatangani nota kesepahaman dengan "
         "Universitas Airlangga, Rabu (5/4/2023).", ["Bank Syariah Indonesia", "Universitas Airlangga"]),
        # counter-example: "melalui anak usahanya PT X" names the body that acts
        ("PT Kalbe Farma Tbk melalui anak usahanya PT Kalbe Genexine menandatangani nota kesepahaman dengan "
         "Universitas Padjadjaran, Rabu (5/4/2023).", ["PT Kalbe Farma Tbk", "PT Kalbe Genexine", "Universitas Padjadjaran"]),
    ],
)
def test_a_parent_in_an_apposition_is_no_party(text, parties):
    from extract.api import extract_text

    records = extract_text(text, doc_id="uji", published="2024-03-20", use_ner=False)
    assert [p["name"] for p in records[0]["parties"]] == parties


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        # "World" belongs to an acronym's company name, as it does to an English name
        ("Pelindo dan DP World menandatangani nota kesepahaman.", ["Pelindo", "DP World"]),
        # counter-example: a person's name after an acronym body is not taken
        ("MoU diteken Pelindo dan BRI, disaksikan Budi Santoso.", ["Pelindo", "BRI"]),
    ],
)
def test_world_is_a_word_of_a_company_name(sentence, bodies):
    assert [name for name, _ in orgs(sentence)] == bodies


def test_a_time_zone_and_a_rank_are_no_bodies():
    from extract.api import load_pipeline
    from extract.components.state import candidates

    found = candidates(load_pipeline(use_ner=False)(
        "MoU diteken Pemkab Klaten dan Korem 074/Warastratama pukul 10.30 WIB, disaksikan Marsdya TNI (Purn) "
        "Budi Hartono."))
    assert [o.name for o in found.orgs if not o.in_position] == ["Pemkab Klaten", "Korem 074/Warastratama"]


def test_abbreviated_ministers_and_ambassadors_name_their_ministry_or_embassy():
    from extract.organisations import office_body

    assert office_body("Menlu Australia", "Australia") == "Kementerian Luar Negeri Australia"
    assert office_body("Menhan Jepang", "Jepang") == "Kementerian Pertahanan Jepang"
    assert office_body("Dubes Korea Selatan", "Korea Selatan") == "Kedutaan Besar Korea Selatan"
    # a bare 'Menteri' names no ministry of a place
    assert office_body("Menteri Malaysia", "Malaysia") is None


def test_a_unit_acting_for_a_body_is_no_party_of_its_own():
    from extract.api import load_pipeline
    from extract.components.state import candidates

    found = candidates(load_pipeline(use_ner=False)(
        "Pemkab Klaten melalui Tim Koordinasi Kerja Sama Daerah (TKKSD) menandatangani MoU dengan "
        "Universitas Tunas Harapan."))
    assert [o.name for o in found.orgs if not o.in_position] == ["Pemkab Klaten", "Universitas Tunas Harapan"]
    # without a body right before it, a body after 'melalui' stays
    found = candidates(load_pipeline(use_ner=False)(
        "Bantuan disalurkan melalui Bank Tunas Harapan yang menandatangani MoU dengan Pemkab Klaten."))
    assert "Bank Tunas Harapan" in [o.name for o in found.orgs]


def test_programmes_and_diseases_are_no_bodies():
    from extract.organisations import names_no_body

    assert names_no_body("CSR") and names_no_body("COVID-19") and names_no_body("Covid 19")
    # written with a comma between its words
    assert names_no_body("Merdeka Belajar, Kampus Merdeka")
    assert not names_no_body("Bank Tunas Harapan")


def test_a_title_or_an_initial_after_an_office_is_no_body():
    from extract.api import load_pipeline
    from extract.components.state import candidates

    found = candidates(load_pipeline(use_ner=False)(
        "Gubernur Dr Ahmad Zulkarnain dan Vice President A. Harwanto meneken nota kesepahaman."))
    assert [o.name for o in found.orgs if o.in_position] == []
    found = candidates(load_pipeline(use_ner=False)("Bupati Klaten Ahmad Zulkarnain meneken nota kesepahaman."))
    assert [o.name for o in found.orgs if o.in_position] == ["Pemerintah Kabupaten Klaten"]


def test_an_acronym_defined_for_an_office_is_no_body():
    sentence = "Kunjungan PM Lee Hsien Loong diterima Pemkot Batam."
    assert orgs(sentence) == [("PM", None), ("Pemkot Batam", None)]
    found = find_orgs(sentence, 0, frozenset(), {"PM": "Perdana Menteri"}, [])
    assert [o.name for o in found] == ["Pemkot Batam"]


def test_a_mixed_case_acronym_defined_for_a_body_is_that_body():
    sentence = "PKS diteken Universitas Tunas Harapan dan Bapperida Kota Klaten."
    assert orgs(sentence) == [("Universitas Tunas Harapan", None)]
    found = find_orgs(sentence, 0, frozenset(), {"Bapperida": "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"}, [])
    assert [o.name for o in found] == ["Universitas Tunas Harapan", "Bapperida Kota Klaten"]
    # a mixed-case word defined for something else stays no body
    found = find_orgs("Program Siskamling diteken.", 0, frozenset(), {"Siskamling": "Sistem Keamanan Lingkungan"}, [])
    assert found == []


def test_the_province_after_a_regency_body_is_where_it_lies_not_its_name():
    assert orgs("Pemerintah Kabupaten (Pemkab) Kendal Provinsi Jawa Tengah bersama Kejari Kendal meneken MoU.") \
        == [("Pemerintah Kabupaten Kendal", "Pemkab"), ("Kejari Kendal", None)]
    # a provincial body keeps its province
    assert [n for n, _ in orgs("Dinas Pendidikan Provinsi Jawa Timur meneken MoU.")] == [
        "Dinas Pendidikan Provinsi Jawa Timur"]


def test_a_name_defined_after_a_programme_word_is_no_body():
    from extract.api import load_pipeline
    from extract.components.state import candidates

    found = candidates(load_pipeline(use_ner=False)(
        "Pemkab Klaten dan Kejari Klaten meneken MoU melalui Program Jaksa Sahabat Petani (Jaksa Tani).\n"
        "Jaksa Tani akan mendampingi kelompok tani."))
    assert [o.name for o in found.orgs if not o.in_position] == ["Pemkab Klaten", "Kejari Klaten"]


def test_an_acronym_defined_for_a_kind_of_agreement_is_no_body():
    acronyms = {"KSD": "Kerja Sama Daerah", "TKKSD": "Tim Koordinasi Kerja Sama Daerah"}
    found = find_orgs("Efisiensi KSD Terancam, kata TKKSD Klaten.", 0, frozenset(), acronyms, [])
    assert [o.name for o in found] == ["TKKSD Klaten"]


def test_a_counted_head_is_a_group_not_a_body():
    names = [n for n, _ in orgs("MoU antara PT Pelabuhan Klaten dengan tiga Bank BUMN yang terdiri dari "
                                "PT Bank Tunas Harapan dan PT Bank Sejahtera.")]
    assert "Bank BUMN" not in names  # (the bare 'BUMN' left is a kind: not_a_party drops it)
    assert [n for n in names if n.startswith("PT")] == ["PT Pelabuhan Klaten", "PT Bank Tunas Harapan", "PT Bank Sejahtera"]
    # 'kedua' (both, second) counts nothing: the body stays
    assert [n for n, _ in orgs("MoU kedua Universitas Tunas Harapan diteken.")] == ["Universitas Tunas Harapan"]


def test_a_name_inside_a_spelt_out_acronym_is_a_word_of_that_name():
    from extract.api import load_pipeline
    from extract.components.state import candidates

    text = ("PKS ini ditandatangani oleh ketua Jurusan Teknik Mekatronika dan Robotika (TMR) Unhar dan "
            "Direktur PT Sinar Jaya, Budi Santoso.")
    found = candidates(load_pipeline(use_ner=False)(text))
    assert [p.name for p in found.people] == ["Budi Santoso"]
    # a long form that is the name itself stays a person
    found = candidates(load_pipeline(use_ner=False)(
        "MoU diteken oleh Presiden Susilo Bambang Yudhoyono (SBY) dan Direktur PT Sinar Jaya, Budi Santoso."))
    assert "Susilo Bambang Yudhoyono" in [p.name for p in found.people]


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        # an office of a region or a country named without its holder stands for its body
        ("Bupati Klaten dan Rektor Universitas Gadjah Mada menandatangani nota kesepahaman.",
         ["Pemerintah Kabupaten Klaten", "Universitas Gadjah Mada"]),
        ("MoU diteken Gubernur Jawa Tengah dan Menlu Australia pada Senin.",
         ["Pemerintah Provinsi Jawa Tengah", "Kementerian Luar Negeri Australia"]),
        # counter-examples: an office with its holder is a person's position, and an office whose
        # body is no place may hide a one-word name ("Menteri Pertanian Suswono")
        ("Bupati Klaten Sri Mulyani menandatangani nota kesepahaman.", []),
        ("MoU diteken Menteri Pertanian Suswono di Jakarta.", []),
        # an office after a venue word names a building
        ("Penandatanganan nota kesepahaman berlangsung di Kantor Bupati Klaten.", []),
    ],
)
def test_an_office_without_its_holder_names_its_body(sentence, bodies):
    from extract.api import load_pipeline
    from extract.components.state import candidates

    found = candidates(load_pipeline(use_ner=False)(sentence))
    assert [o.name for o in sorted(found.orgs, key=lambda o: o.start) if not o.in_position] == bodies


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a consortium, a society of traders, a union and an alliance are bodies of their own
        ("Konsorsium Pengembangan Energi Kalimantan dan Asosiasi Pengusaha Indonesia menandatangani MoU.",
         [("Konsorsium Pengembangan Energi Kalimantan", None), ("Asosiasi Pengusaha Indonesia", None)]),
        ("Paguyuban Pedagang Pasar Klewer menjalin kerja sama dengan Pemkot Surakarta.",
         [("Paguyuban Pedagang Pasar Klewer", None), ("Pemkot Surakarta", None)]),
        ("Serikat Pekerja Perkebunan dan Aliansi Petani Sawit Riau hadir.",
         [("Serikat Pekerja Perkebunan", None), ("Aliansi Petani Sawit Riau", None)]),
        # counter-example: the kind word without a name is no body
        ("Para anggota paguyuban dan konsorsium itu hadir.", []),
    ],
)
def test_consortia_societies_unions_and_alliances_are_bodies(sentence, expected):
    assert orgs(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the area a body covers or gathers, written after "se-", ends its name
        ("Dinas Kesehatan se-Provinsi Sumatera Selatan menandatangani MoU.",
         [("Dinas Kesehatan se-Provinsi Sumatera Selatan", None)]),
        ("Forum Kepala Daerah se-Jawa Tengah dan Bank Jateng meneken PKS.",
         [("Forum Kepala Daerah se-Jawa Tengah", None), ("Bank Jateng", None)]),
        # counter-examples: no area after the prefix, and a word that only starts with its letters
        ("Dinas Kesehatan se-kota itu hadir.", [("Dinas Kesehatan", None)]),
        ("Bank Jateng sebelumnya hadir.", [("Bank Jateng", None)]),
    ],
)
def test_a_body_ends_with_the_area_it_covers(sentence, expected):
    assert orgs(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a unit of a body named after a person keeps the namesake's rank and name
        ("Fakultas Hukum Universitas Jenderal Soedirman menjalin kerja sama dengan Kejaksaan Negeri Banyumas.",
         [("Fakultas Hukum Universitas Jenderal Soedirman", None), ("Kejaksaan Negeri Banyumas", None)]),
        ("Fakultas Kedokteran Universitas Dr. Soetomo dan RSUD Dr. Soetomo meneken PKS.",
         [("Fakultas Kedokteran Universitas Dr. Soetomo", None), ("RSUD Dr. Soetomo", None)]),
        # counter-example: a rank after a body that names no one opens a person
        ("Dinas Pendidikan Klaten Jenderal Sudirman hadir.", [("Dinas Pendidikan Klaten", None)]),
    ],
)
def test_a_unit_of_a_body_named_after_a_person_keeps_the_namesake(sentence, expected):
    assert orgs(sentence) == expected


@pytest.mark.parametrize(
    ("line", "credited", "expected"),
    [
        # a photographer's credit closing a caption line reads like an acronym but is no body
        ("Penandatanganan MoU di Rumah Dinas Gubernur Jambi, Selasa (30/4/2024)--ANDI/HMS", "ANDI/HMS", True),
        ("Suasana penandatanganan nota kesepahaman di Aula Dinas Pendidikan (SARI W/HMS)", "SARI W/HMS", True),
        # counter-example: a body named with a slash inside a sentence goes on after it
        ("Kerja sama Kementerian ATR/BPN dengan Pemkab Klaten diteken hari ini.", "ATR/BPN", False),
    ],
)
def test_a_photo_credit_ending_a_caption_line_is_no_body(line, credited, expected):
    from extract.organisations import is_photo_credit

    assert is_photo_credit(line, line.index(credited)) is expected
