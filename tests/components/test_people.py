"""People: names, titles split off, positions before or after the name (find_people)."""
from __future__ import annotations

import pytest

from extract.people import find_people


def people(sentence: str) -> list[tuple[str, list[str], str | None]]:
    return [(p.name, p.titles, p.position) for p in find_people(sentence, 0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nota kesepahaman ditandatangani Bupati Sragen, Ir. Wahyu Hidayat, M.Si. di Pendopo.",
         ("Wahyu Hidayat", ["Ir.", "M.Si."], "Bupati Sragen")),
        ("Kepala Dinas Pendidikan Kabupaten Klaten Sri Mulyani menandatangani MoU.",
         ("Sri Mulyani", [], "Kepala Dinas Pendidikan Kabupaten Klaten")),
        ("Hadir Dr. Hendra Wijaya, S.H., M.H., Dekan Fakultas Hukum.",
         ("Hendra Wijaya", ["Dr.", "S.H.", "M.H."], "Dekan Fakultas Hukum")),
        ("Kabag Kerja Sama Setda Klaten, Joko Santoso, mengatakan hal itu.",
         ("Joko Santoso", [], "Kabag Kerja Sama Setda Klaten")),
    ],
)
def test_position_then_name(sentence, expected):
    assert people(sentence)[0] == expected


def test_two_signers_joined_by_dan_each_with_own_position():
    sentence = ("Perjanjian diteken Wali Kota Salatiga Bambang Priyatno dan "
                "Kapolres Salatiga AKBP Dedi Kurniawan.")
    assert people(sentence) == [
        ("Bambang Priyatno", [], "Wali Kota Salatiga"),
        ("Dedi Kurniawan", ["AKBP"], "Kapolres Salatiga"),
    ]


def test_body_inside_position_is_kept_for_party_matching():
    person = find_people("Kepala Dinas Pendidikan Kabupaten Klaten Sri Mulyani hadir.", 0)[0]
    assert person.body == "Dinas Pendidikan Kabupaten Klaten"


def test_offsets_point_at_the_name_and_position():
    sentence = "Acara dihadiri Bupati Sragen Wahyu Hidayat kemarin."
    person = find_people(sentence, 100)[0]
    assert (person.start, person.end) == (100 + sentence.index("Wahyu"), 100 + sentence.index(" kemarin"))
    assert sentence[person.position_start - 100:person.position_end - 100] == "Bupati Sragen"


def test_name_then_selaku_position():
    assert people("Rina Astuti selaku Rektor Universitas Tunas Harapan menyampaikan sambutan.")[0][0] == "Rina Astuti"


def test_name_then_selaku_position_keeps_the_whole_body():
    assert people("Rina Astuti selaku Rektor Universitas Tunas Harapan menyampaikan sambutan.") == [
        ("Rina Astuti", [], "Rektor Universitas Tunas Harapan"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kerja sama ini diharapkan meningkatkan pelayanan publik.",
        "Pemerintah Kabupaten Klaten menyambut baik kerja sama tersebut.",
    ],
)
def test_no_person_in_sentences_without_names(sentence):
    assert people(sentence) == []


def test_a_name_found_by_the_model_gets_titles_and_the_position_before_it():
    """person_from_span reads a span the NER proposes with the same grammar."""
    from extract.people import person_from_span

    sentence = ("Penandatanganan dilakukan oleh Kepala Dinas Pendidikan Provinsi Jawa Tengah, "
                "Dr. Sari Wulandari, M.Si., bersama Wakil Ketua Umum KONI Budi Santoso.")
    offset = 500  # sentence start in the article
    def at(name: str) -> tuple[int, int]:
        start = sentence.index(name) + offset
        return start, start + len(name)

    sari = person_from_span(sentence, offset, *at("Dr. Sari Wulandari"))
    assert (sari.name, sari.titles, sari.position) == (
        "Sari Wulandari", ["Dr.", "M.Si."], "Kepala Dinas Pendidikan Provinsi Jawa Tengah")
    assert sentence[sari.start - offset:sari.end - offset] == "Sari Wulandari"
    budi = person_from_span(sentence, offset, *at("Budi Santoso"))
    # the position stops where the name starts, even where the body grammar ran on
    assert (budi.name, budi.position) == ("Budi Santoso", "Wakil Ketua Umum KONI")
    assert person_from_span(sentence, offset, *at("bersama")) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a country ends the position's body, and Malay honorifics are titles
        ("Perjanjian diteken Menteri Perdagangan Malaysia Dato Seri Ahmad Zulkifli kemarin.",
         ("Ahmad Zulkifli", ["Dato Seri"], "Menteri Perdagangan Malaysia")),
        ("MoU diteken Menteri Luar Negeri Jepang Taro Yamada di Tokyo.",
         ("Taro Yamada", [], "Menteri Luar Negeri Jepang")),
        # a weekday after the comma dates the sentence: the run before it is the name
        ("Bupati Klaten meneken nota kesepakatan dengan Ketua Ombudsman RI Budi Santoso, Rabu, (23/3).",
         ("Budi Santoso", [], "Ketua Ombudsman RI")),
        ("Nota diteken Kepala Dinas Pendidikan Sri Wahyuni, Senin (12/3).",
         ("Sri Wahyuni", [], "Kepala Dinas Pendidikan")),
        # a Malaysian honorific of three words
        ("MoU diteken Menteri Luar Negeri Malaysia Dato Seri Diraja Ahmad Kamal Ismail di Putrajaya.",
         ("Ahmad Kamal Ismail", ["Dato Seri Diraja"], "Menteri Luar Negeri Malaysia")),
        # a rank, its corps or service and "(Purn)" are titles, not part of the name
        ("Kesepakatan diteken Dandim 0815 Mojokerto, Letkol Inf Dedi Kurniawan, di Makodim.",
         ("Dedi Kurniawan", ["Letkol Inf"], "Dandim 0815 Mojokerto")),
        ("Penandatanganan disaksikan Marsdya TNI (Purn) Budi Hartono.",
         ("Budi Hartono", ["Marsdya TNI (Purn)"], None)),
        ("Nota kesepahaman diteken Irjen Pol. Andi Rahman di Mapolda.",
         ("Andi Rahman", ["Irjen Pol."], None)),
        # "bin" joins the parts of one name
        ("Disaksikan Sekretaris Jenderal Liga Muslim Dunia Syekh Mohammad bin Abdullah Al-Issa.",
         ("Mohammad bin Abdullah Al-Issa", ["Syekh"], "Sekretaris Jenderal Liga Muslim Dunia")),
        # Balinese names start with "I" / "Ni"; "Ec." is an academic title
        ("Hadir I Gusti Made Sutama selaku Ketua DPRD Denpasar.",
         ("I Gusti Made Sutama", [], "Ketua DPRD Denpasar")),
        ("Naskah diteken Rektor Universitas Jember, Dr. Drs. Ec. H. Muh. Rasyid, M.Si di kampus.",
         ("Muh. Rasyid", ["Dr.", "Drs.", "Ec.", "H.", "M.Si"], "Rektor Universitas Jember")),
        # a place after "untuk" / "di" stays in the position
        ("Disaksikan Duta Besar RI untuk Jepang Joko Santoso di Tokyo.",
         ("Joko Santoso", [], "Duta Besar RI untuk Jepang")),
        # a lower-case title before the name
        ("Perjanjian ditandatangani Direktur RSUD Tunas Harapan dr Rina Astuti MPH di Klaten.",
         ("Rina Astuti", ["dr", "MPH"], "Direktur RSUD Tunas Harapan")),
    ],
)
def test_titles_ranks_and_honorifics(sentence, expected):
    assert people(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a known institution is all body, also past words that could start a name
        ("Kerja sama diteken Direktur Utama Bank Kaltimtara Rahmat Hidayat kemarin.",
         ("Rahmat Hidayat", [], "Direktur Utama Bank Kaltimtara")),
        ("Nota kesepahaman diteken Senior Vice President Research & Technology Center Pertamina, "
         "Hendra Wibowo.", ("Hendra Wibowo", [], "Senior Vice President Research & Technology Center Pertamina")),
        # a personal name right after a head: the head has no body
        ("Penandatanganan disaksikan oleh Presiden Joko Widodo di Istana.", ("Joko Widodo", [], "Presiden")),
        # an office's name may list its portfolios; a personal name after a comma ends it
        ("MoU diteken Kepala Dinas Tanaman Pangan, Hortikultura dan Peternakan Provinsi Jambi, Ir. Rumusdar.",
         ("Rumusdar", ["Ir."], "Kepala Dinas Tanaman Pangan, Hortikultura dan Peternakan Provinsi Jambi")),
        ("Hadir Kepala Dinas Pendidikan, Sri Wahyuni, dan para guru.", ("Sri Wahyuni", [], "Kepala Dinas Pendidikan")),
        # a frequent personal name starts the name, though it is also a word of place names
        ("MoU diteken Menteri Keuangan Sri Mulyani Indrawati di Jakarta.",
         ("Sri Mulyani Indrawati", [], "Menteri Keuangan")),
        # a military unit's number and name
        ("Kesepakatan diteken Danrem 071/Wijayakusuma Brigjen TNI Agus Hartono.",
         ("Agus Hartono", ["Brigjen TNI"], "Danrem 071/Wijayakusuma")),
        # a rank after the comma opens the name: the capitalised run before it is still body
        ("Hadir Direktur Reserse Kriminal Khusus Mabes Polri, Kombes Pol. Andi Wirawan, dan tamu.",
         ("Andi Wirawan", ["Kombes Pol."], "Direktur Reserse Kriminal Khusus Mabes Polri")),
        # a known institution where the body seemed to end is still body, with its ordinary words
        ("Hadir Kepala Seksi Kemitraan Telkom Wilayah Selatan Budi Santoso.",
         ("Budi Santoso", [], "Kepala Seksi Kemitraan Telkom Wilayah Selatan")),
        ("Hadir Kepala Bagian Umum Pertamina Joko Widodo.", ("Joko Widodo", [], "Kepala Bagian Umum Pertamina")),
        # English positions and "Professor"
        ("MoU diteken Deputy Vice-Chancellor KMU Professor Graham Whitfield.",
         ("Graham Whitfield", ["Professor"], "Deputy Vice-Chancellor KMU")),
    ],
)
def test_known_bodies_and_personal_names(sentence, expected):
    assert people(sentence)[0] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a name with no position or title needs a personal-name word (patterns/lexicon)
        "Kerja sama di bidang Sertifikasi Halal dan Plafon Anggaran dibahas.",
        "Kerja sama dengan Multimedia University diteken kemarin.",
        "Program Wisuda Periode ini digelar di kampus.",
    ],
)
def test_capitalised_words_without_a_person_signal_are_no_person(sentence):
    assert people(sentence) == []


def test_a_bare_name_with_a_personal_name_word_is_a_person():
    assert people("Dokumen itu diserahkan Siti Rahmawati kepada panitia.") == [("Siti Rahmawati", [], None)]


@pytest.mark.parametrize("span", ["Kerjasama Cyber", "Kab.", "MoU Pariwisata", "Dinas Kesehatan"])
def test_spans_with_agreement_words_or_no_name_word_are_no_persons(span):
    from extract.people import names_no_person

    assert names_no_person(span)


@pytest.mark.parametrize("span", ["Rina Kusumawati", "Budi", "I Made Wirawan"])
def test_personal_names_are_persons(span):
    from extract.people import names_no_person

    assert not names_no_person(span)


def test_an_abbreviated_office_and_a_commander_are_positions():
    persons = people("Menlu Australia Sarah Whitfield dan Panglima TNI Marsekal Hadi Santoso menandatangani MoU.")
    assert [(p[0], p[2]) for p in persons][:2] == [("Sarah Whitfield", "Menlu Australia"), ("Hadi Santoso", "Panglima TNI")]
    persons = find_people("Naskah diteken Chief Representative JICA Indonesia Takeshi Yamada.", 0)
    assert [(p.name, p.position, p.body) for p in persons] == [
        ("Takeshi Yamada", "Chief Representative JICA Indonesia", "JICA Indonesia")]
    persons = people("MoU ditandatangani Menakertrans Budi Santoso dan Menpan Agus Salim.")
    assert [(p[0], p[2]) for p in persons] == [("Budi Santoso", "Menakertrans"), ("Agus Salim", "Menpan")]


def test_body_words_the_name_took_go_back_when_the_article_writes_the_body_in_full():
    from extract.api import load_pipeline
    from extract.components.state import candidates

    text = ("PT Bumi Tunas Niaga (BTN) menandatangani MoU dengan Pemkab Klaten. MoU diteken Direktur "
            "PT Bumi Tunas Niaga Solihin Santoso dan Bupati Klaten Sri Mulyani.")
    found = candidates(load_pipeline(use_ner=False)(text))
    signer = next(p for p in found.people if p.name.endswith("Santoso"))
    assert (signer.name, signer.position) == ("Solihin Santoso", "Direktur PT Bumi Tunas Niaga")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body's last words and the word the name took, written alone elsewhere
        ("Program Kartu Prakerja dan Badan Pusat Statistik menandatangani nota kesepahaman. Penandatanganan "
         "dilakukan oleh Direktur Eksekutif Manajemen Pelaksana Program Kartu Prakerja Denni Puspa Purbasari.",
         ("Denni Puspa Purbasari", "Direktur Eksekutif Manajemen Pelaksana Program Kartu Prakerja")),
        # counter-example: a name written again in full keeps its first word
        ("Dinas Pendidikan Kota Bogor menandatangani nota kesepahaman. Penandatanganan dilakukan oleh Kepala "
         "Dinas Pendidikan Kota Bogor Iswar Hadi Santoso. Iswar Hadi Santoso mengatakan kerja sama ini penting.",
         ("Iswar Hadi Santoso", "Kepala Dinas Pendidikan Kota Bogor")),
    ],
)
def test_the_bodys_last_words_written_alone_take_body_words_back(text, expected):
    from extract.api import load_pipeline
    from extract.components.state import candidates

    found = candidates(load_pipeline(use_ner=False)(text))
    assert (found.people[0].name, found.people[0].position) == expected


def test_a_namesake_in_a_body_or_venue_name_is_no_person():
    from extract.api import load_pipeline
    from extract.components.state import candidates

    text = ("Pemkab Klaten menandatangani MoU dengan Universitas Gadjah Wirawan di Auditorium Hasyim Santoso, "
            "disaksikan Kementerian Percepatan Pembangunan Robert Simanjuntak.")
    names = [p.name for p in candidates(load_pipeline(use_ner=False)(text)).people]
    assert "Gadjah Wirawan" not in names and "Hasyim Santoso" not in names


def test_a_name_the_article_writes_inside_a_positions_body_is_no_person():
    from extract.api import load_pipeline
    from extract.components.state import candidates

    text = ("Perumda Air Minum Tirta Sari dan PT Bank Jateng menandatangani perjanjian kerja sama. Perjanjian "
            "diteken Direktur Utama Perumda Air Minum Tirta Sari Budi Santoso dan Direktur Utama Bank Jateng "
            "Irianto Harko Saputro.")
    names = [p.name for p in candidates(load_pipeline(use_ner=False)(text)).people]
    assert names == ["Budi Santoso", "Irianto Harko Saputro"]


def test_a_titled_namesake_after_a_long_head_is_no_person():
    from extract.api import load_pipeline
    from extract.components.state import candidates

    text = ("Rumah Sakit Umum Daerah Dr. Moewardi dan Universitas Muhammadiyah Surakarta menandatangani "
            "perjanjian kerja sama. Perjanjian ditandatangani Direktur RSUD Dr. Moewardi dr. Cahyono Hadi, Sp.OG "
            "dan Rektor UMS Prof. Dr. Sofyan Anif.")
    names = [p.name for p in candidates(load_pipeline(use_ner=False)(text)).people]
    assert names == ["Cahyono Hadi", "Sofyan Anif"]


def test_a_rank_inside_a_bodys_own_name_is_its_namesakes():
    """A rank phrase ends a name only inside a position: "Institut Agama Islam Negeri Syekh
    Nurjati" stays one body, and its namesake is no person."""
    from extract.api import load_pipeline
    from extract.components.state import candidates

    text = ("Nota kesepahaman antara Pemerintah Kota Cirebon dan Institut Agama Islam Negeri Syekh Nurjati "
            "ditandatangani Wali Kota Cirebon Eti Herawati dan Rektor IAIN Syekh Nurjati Aan Jaelani.")
    found = candidates(load_pipeline(use_ner=False)(text))
    assert [p.name for p in found.people] == ["Eti Herawati", "Aan Jaelani"]
    assert "Institut Agama Islam Negeri Syekh Nurjati" in [o.name for o in found.orgs]


def test_a_bare_name_after_a_body_no_position_writes_stays_a_person():
    """Counter-example: the body written in no position, the name after it is kept."""
    from extract.api import load_pipeline
    from extract.components.state import candidates

    text = ("Perumda Air Minum Tirta Sari dan PT Bank Jateng menandatangani perjanjian kerja sama, disaksikan "
            "Kementerian Percepatan Pembangunan Robert Simanjuntak.")
    names = [p.name for p in candidates(load_pipeline(use_ner=False)(text)).people]
    assert "Robert Simanjuntak" in names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a minister's short title comes from the ministry's short form (Kemenakertrans)
        ("Nota itu ditandatangani Menakertrans Rahmat Hidayat dan mitranya.",
         ("Rahmat Hidayat", [], "Menakertrans")),
        ("MoU diteken Mendes Budi Santoso di Jakarta.", ("Budi Santoso", [], "Mendes")),
        # "Sri" is a place word and a frequent given name: the name lexicon decides
        ("Perjanjian ditandatangani Menkeu Sri Wahyuni dan Wali Kota Salatiga.",
         ("Sri Wahyuni", [], "Menkeu")),
        # a second place name after the office's region opens the name when a given name follows
        ("MoU diteken Wali Kota Bogor Bima Arya di Balai Kota.", ("Bima Arya", [], "Wali Kota Bogor")),
        # counter-example: a province after the town stays in the office
        ("MoU diteken Kepala Dinas Pariwisata Kota Denpasar Bali Made Sudana.",
         ("Made Sudana", [], "Kepala Dinas Pariwisata Kota Denpasar Bali")),
    ],
)
def test_short_minister_titles_and_given_names_that_are_also_place_words(sentence, expected):
    assert people(sentence)[0] == expected


def test_a_known_institution_ends_the_position_where_the_name_starts():
    # the gazetteer knows "Universitas Slamet Riyadi Surakarta"; written without its city, the
    # name still ends the body, so the words after it are the person's name
    assert people("Nota itu diteken Rektor Universitas Slamet Riyadi Budi Santoso dan Bupati Sragen.")[0] == \
        ("Budi Santoso", [], "Rektor Universitas Slamet Riyadi")


def test_a_name_before_a_comma_and_a_titled_name_stays_a_name():
    """Two people in a row: a run with a personal-name word is a name, not body."""
    found = people("Hadir Kepala Dinas Pendidikan Budi Santoso, Dr. Rina Astuti, dan para guru.")
    assert [(name, position) for name, _, position in found] == [
        ("Budi Santoso", "Kepala Dinas Pendidikan"), ("Rina Astuti", None)]


def test_an_office_named_without_its_holder_has_no_person():
    """One word after a position and a body's acronym after it end the body; no name."""
    assert people("Perjanjian antara Direktur Utama PLN dengan Asisten Logistik Samudra KASAL tentang "
                  "pengamanan.") == []
    # a one-word name before a rank's acronym is still a person (the rank, written only before
    # names, is not read as a degree after it)
    assert people("Hadir Kapolres Lamsel Edwin AKBP.") == [("Edwin", [], "Kapolres Lamsel")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a country alone between the commas after a position says where the body is
        ("MoU diteken Presiden Kyoto Institute of Technology, Jepang, Prof. Hiroshi Tanaka, dan rektor.",
         ("Hiroshi Tanaka", ["Prof."], "Presiden Kyoto Institute of Technology")),
        # counter-example: a place between commas with no name after it is no skip
        ("MoU diteken Rektor Universitas Tunas Harapan, Surakarta, kemarin.", None),
    ],
)
def test_a_place_between_commas_after_a_position_is_skipped(sentence, expected):
    found = people(sentence)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a title written only before names ends a body without personal-name words: the word
        # before it (a syllabic acronym) is body, not a one-word name
        ("MoU diteken Wakil Rektor Bidang Kerja Sama Untuha Dr. Sari Wulandari di Klaten.",
         ("Sari Wulandari", ["Dr."], "Wakil Rektor Bidang Kerja Sama Untuha")),
        ("MoU diteken Pemimpin Wilayah Bank Tunas Regional Bali Nusra Ir. Made Sudarsana kemarin.",
         ("Made Sudarsana", ["Ir."], "Pemimpin Wilayah Bank Tunas Regional Bali Nusra")),
    ],
)
def test_a_prefix_title_opens_the_name_after_a_body(sentence, expected):
    assert people(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # abbreviated offices of regional news
        ("MoU diteken Kadisdik Klaten Budi Santoso kemarin.", [("Budi Santoso", [], "Kadisdik Klaten")]),
        ("Hadir Kalapas Kelas IIA Klaten Andi Prasetyo.", [("Andi Prasetyo", [], "Kalapas Kelas IIA Klaten")]),
        # religious honorifics and ranks written out in full are titles, not names
        ("Penandatanganan disaksikan Kiai Ahmad Syafii.", [("Ahmad Syafii", ["Kiai"], None)]),
        ("MoU diteken Brigadir Jenderal Andi Wibowo kemarin.", [("Andi Wibowo", ["Brigadir Jenderal"], None)]),
    ],
)
def test_abbreviated_offices_honorifics_and_ranks_written_out(sentence, expected):
    assert people(sentence) == expected


def test_an_apostrophe_in_an_arabic_name_does_not_hide_it_from_the_name_lexicon():
    from extract.person_names import name_token_count

    assert name_token_count("Ma'ruf") == name_token_count("Ma’ruf") == name_token_count("Maruf") > 0


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a title or an initial right after a position head opens the name: no body starts with it
        ("MoU diteken Direktur Utama R. Sinta Alif kemarin.", [("R. Sinta Alif", [], "Direktur Utama")]),
        ("MoU diteken Rektor Dr. Sari Wulandari kemarin.", [("Sari Wulandari", ["Dr."], "Rektor")]),
        # the word after a district's or village's prefix is the place's name, part of the body
        ("Hadir Kepala Puskesmas Kecamatan Jatinom Budi Santoso.",
         [("Budi Santoso", [], "Kepala Puskesmas Kecamatan Jatinom")]),
        ("Hadir Ketua BPD Desa Karangrejo Andi Prasetyo.", [("Andi Prasetyo", [], "Ketua BPD Desa Karangrejo")]),
        # a village secretary is an office of its own, like a village head
        ("Hadir Sekretaris Desa Karangrejo Budi Santoso.", [("Budi Santoso", [], "Sekretaris Desa Karangrejo")]),
        # counter-example: right after the office the prefix is a portfolio, and a name follows it
        ("Hadir Menteri Desa Yandri Susanto.", [("Yandri Susanto", [], "Menteri Desa")]),
    ],
)
def test_titles_initials_and_local_places_after_a_position_head(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("MoU diteken di Rumah Dinas Gubernur, Jalan Sudirman, Medan, oleh Gubernur Sumatera Utara Edy Rahmayadi.",
         [("Edy Rahmayadi", [], "Gubernur Sumatera Utara")]),
        ("Kedua pihak menandatangani kesepakatan tentang pengembangan Bandara I Gusti Ngurah Rai.", []),
        ("Penandatanganan berlangsung di kantor yang terletak di Jl. Ahmad Yani, Surabaya.", []),
        # a name after a lower-case "jalan" or after other capitalised words is still a person
        ("Kerja sama ini harus jalan, kata Bupati Klaten Sri Mulyani.", [("Sri Mulyani", [], "Bupati Klaten")]),
        ("Hadir pula Budi Santoso, Kepala Stasiun Meteorologi Juanda.",
         [("Budi Santoso", [], "Kepala Stasiun Meteorologi Juanda")]),
    ],
)
def test_a_name_after_a_street_or_public_place_word_is_the_places(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nota diteken Wakil Rektor I Universitas Andalas Mansyurdin dan Kepala Dinas Pendidikan Sumatera Barat Barlius.",
         ("Mansyurdin", "Wakil Rektor I Universitas Andalas")),
        ("Nota diteken Wakil Ketua I DPRD Jawa Tengah Heri Pudyatmoko dan Rektor Universitas Diponegoro Suharnomo.",
         ("Heri Pudyatmoko", "Wakil Ketua I DPRD Jawa Tengah")),
        ("Nota diteken Asisten II Setda Kabupaten Klaten Sri Winoto dan Direktur PT Sinar Jaya Budi Santoso.",
         ("Sri Winoto", "Asisten II Setda Kabupaten Klaten")),
        # "I" before a known body's short form numbers the office too
        ("Nota diteken Wakil Rektor I Unnes Zaenuri dan Bupati Klaten Sri Mulyani.",
         ("Zaenuri", "Wakil Rektor I Unnes")),
        # counter-examples: "I" before a Balinese name after the body or the head opens the name
        ("Nota diteken Rektor Universitas Udayana I Ketut Sudarsana dan Bupati Gianyar I Made Mahayastra.",
         ("I Ketut Sudarsana", "Rektor Universitas Udayana")),
        ("Nota diteken Bupati I Dewa Made Beratha dan Rektor Universitas Udayana I Ketut Sudarsana.",
         ("I Dewa Made Beratha", "Bupati")),
    ],
)
def test_a_roman_numeral_after_a_head_numbers_the_office(sentence, expected):
    """"Wakil Rektor I", "Asisten II": the numeral belongs to the position, not to the body or the name."""
    assert [(name, position) for name, _, position in people(sentence)][0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nota diteken Dekan Fakultas Hukum Universitas Diponegoro Retno Saraswati dan Kepala Lapas Semarang Supriyanto.",
         ("Retno Saraswati", "Dekan Fakultas Hukum Universitas Diponegoro")),
        ("Nota diteken Wakil Dekan III Fakultas Hukum Universitas Diponegoro Retno Saraswati dan Bupati Klaten Sri Mulyani.",
         ("Retno Saraswati", "Wakil Dekan III Fakultas Hukum Universitas Diponegoro")),
        ("Nota diteken Kepala Pusat Studi Lingkungan Universitas Brawijaya Sutanto dan Bupati Klaten Sri Mulyani.",
         ("Sutanto", "Kepala Pusat Studi Lingkungan Universitas Brawijaya")),
        # counter-example: a last word that opens no known body leaves the name where it was
        ("Nota diteken Kepala Dinas Kesehatan Klaten Budi Santoso dan Rektor Universitas Diponegoro Suharnomo.",
         ("Budi Santoso", "Kepala Dinas Kesehatan Klaten")),
    ],
)
def test_a_unit_body_ends_after_the_known_body_its_last_word_opens(sentence, expected):
    """"Universitas Diponegoro" is known, and "Diponegoro" is also a personal name: the body of
    "Dekan Fakultas Hukum Universitas" goes on to the end of the known name."""
    assert [(name, position) for name, _, position in people(sentence)][0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nota diteken Presiden Direktur PT Astra Sentosa Tbk Djony Bunarto Tjondro dan Rektor Universitas Indonesia.",
         ("Djony Bunarto Tjondro", "Presiden Direktur PT Astra Sentosa Tbk")),
        ("Nota diteken Direktur Utama PT Sinar Baja Nusantara (Persero) Budi Santoso dan Rektor Universitas Indonesia.",
         ("Budi Santoso", "Direktur Utama PT Sinar Baja Nusantara (Persero)")),
        # counter-example: with a comma after the name, the comma marks it as before
        ("Nota diteken Direktur PT Cahaya Abadi Tbk, Budi Santoso, dan Rektor Universitas Indonesia Ari Kuncoro.",
         ("Budi Santoso", "Direktur PT Cahaya Abadi Tbk")),
        # counter-example: a comma after the body marks the name, and the body goes on past the legal form
        ("Nota diteken Pemimpin Wilayah PT Bank Sinar Abadi Tbk (Bank Sinar) Makassar, Arief Lubis, dan Kapolda Sulsel.",
         ("Arief Lubis", "Pemimpin Wilayah PT Bank Sinar Abadi Tbk (Bank Sinar) Makassar")),
    ],
)
def test_a_companys_legal_form_ends_the_body_of_a_position(sentence, expected):
    """An unknown company's name ends at its legal form: the holder's name starts after it."""
    assert [(name, position) for name, _, position in people(sentence)][0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Penandatanganan nota kesepahaman disaksikan Wakil Gubernur DIY KGPAA Paku Alam X.",
         ("Paku Alam X", ["KGPAA"], "Wakil Gubernur DIY")),
        ("Nota diteken Ketua DPD RI GKR Hemas dan Rektor UGM Ova Emilia.", ("Hemas", ["GKR"], "Ketua DPD RI")),
        # counter-example: no court title, the whole name stays
        ("Nota diteken Gubernur DIY Sri Sultan Hamengku Buwono X dan Rektor UGM Ova Emilia.",
         ("Sri Sultan Hamengku Buwono X", [], "Gubernur DIY")),
    ],
)
def test_a_javanese_court_title_is_no_part_of_the_position_or_the_name(sentence, expected):
    assert people(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Perjanjian diteken Ketua STIKES Muhammadiyah Kudus Dr. Ns. Sri Wahyuni, M.Kep. dan Bupati Kudus.",
         ("Sri Wahyuni", "Ketua STIKES Muhammadiyah Kudus")),
        ("Nota diteken Kepala Dinas Kesehatan Klaten apt. Budi Santoso, S.Farm. dan Bupati Klaten.",
         ("Budi Santoso", "Kepala Dinas Kesehatan Klaten")),
        ("Nota diteken Kepala Puskesmas Wedi Bd. Sri Lestari dan Bupati Klaten.", ("Sri Lestari", "Kepala Puskesmas Wedi")),
        # counter-example: a name without such a title is read as before
        ("Nota diteken Kepala Dinas Kesehatan Klaten Budi Santoso, S.Farm. dan Bupati Klaten.",
         ("Budi Santoso", "Kepala Dinas Kesehatan Klaten")),
    ],
)
def test_a_nurses_pharmacists_or_midwifes_title_is_no_part_of_the_name(sentence, expected):
    assert [(name, position) for name, _, position in people(sentence)][0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nota diteken Bupati Kudus Hj. Sri Mulyani dan Presiden Direktur PT Djarum Victor Rachmat Hartono kemarin.",
         ("Victor Rachmat Hartono", "Presiden Direktur PT Djarum")),
        ("Nota diteken Direktur PT Gudang Garam Budi Santoso kemarin.", ("Budi Santoso", "Direktur PT Gudang Garam")),
        # counter-example: a known body's name is all body, its personal-name words too
        ("Nota diteken Direktur Utama Bank Mandiri Darmawan Junaidi kemarin.",
         ("Darmawan Junaidi", "Direktur Utama Bank Mandiri")),
    ],
)
def test_personal_name_words_at_the_end_of_a_companys_run_are_the_holder(sentence, expected):
    """After "PT", an unknown company's words and then two or more personal-name words: the
    company ends where the personal names start."""
    found = [(p.name, p.position) for p in find_people(sentence, 0)]
    assert found[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nota diteken Kepala Lapas Kelas I Semarang Supriyanto dan Bupati Klaten Sri Mulyani.",
         ("Supriyanto", "Kepala Lapas Kelas I Semarang")),
        ("Nota diteken Kepala Rutan Kelas IIB Klaten Budi Santoso dan Bupati Klaten Sri Mulyani.",
         ("Budi Santoso", "Kepala Rutan Kelas IIB Klaten")),
        ("Nota diteken Direktur Rumah Sakit Tipe C Klaten Budi Santoso kemarin.",
         ("Budi Santoso", "Direktur Rumah Sakit Tipe C Klaten")),
        # counter-example: "I" after a body's place, with no class word before it, opens a Balinese name
        ("Nota diteken Rektor Universitas Udayana I Ketut Sudarsana dan Bupati Klaten Sri Mulyani.",
         ("I Ketut Sudarsana", "Rektor Universitas Udayana")),
    ],
)
def test_a_class_number_after_kelas_or_tipe_is_the_bodys(sentence, expected):
    assert [(name, position) for name, _, position in people(sentence)][0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a company head with neither title nor comma before the name: the body goes to its last
        # word of a body's vocabulary, and the name starts after it
        ("MoU diteken President Director PT Astra International Djony Tjondro kemarin.",
         [("Djony Tjondro", [], "President Director PT Astra International")]),
        ("MoU diteken Direktur Utama PT Sido Muncul Irwan Hidayat kemarin.",
         [("Irwan Hidayat", [], "Direktur Utama PT Sido Muncul")]),
        ("MoU diteken Deputy Chairman Temasek Holdings Chia Song Hwee kemarin.",
         [("Chia Song Hwee", [], "Deputy Chairman Temasek Holdings")]),
        # counter-example: a title still marks where the name starts
        ("MoU diteken Direktur PT Mitra Sehat Abadi Dr. Rina Kusumawati kemarin.",
         [("Rina Kusumawati", ["Dr."], "Direktur PT Mitra Sehat Abadi")]),
    ],
)
def test_a_company_name_after_its_legal_form_ends_at_its_last_body_word(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a known English-named institution ends the position; the capitalised words after it
        # are the holder's name, not more of "University of ..."
        ("MoU diteken Vice Chancellor University of Queensland Deborah Terry di Brisbane.",
         [("Deborah Terry", [], "Vice Chancellor University of Queensland")]),
        ("MoU diteken Rektor UGM dan Vice Chancellor University of Melbourne John Matthews.",
         [("John Matthews", [], "Vice Chancellor University of Melbourne")]),
        # counter-example: a name written first keeps the whole English name as the body
        ("John Matthews selaku Vice Chancellor University of Melbourne hadir.",
         [("John Matthews", [], "Vice Chancellor University of Melbourne")]),
    ],
)
def test_a_known_english_named_institution_ends_the_position(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # English words of company names are body words, not the start of the holder's name
        ("MoU diteken Presiden Direktur Toyota Motor Manufacturing Indonesia Nandi Julyanto kemarin.",
         [("Nandi Julyanto", [], "Presiden Direktur Toyota Motor Manufacturing Indonesia")]),
        ("MoU diteken Chairman Mubadala Investment Company Khaldoon Mubarak kemarin.",
         [("Khaldoon Mubarak", [], "Chairman Mubadala Investment Company")]),
        # counter-example: a body without such a word ends where it did
        ("MoU diteken Direktur Utama PLN Rudi Hartono kemarin.",
         [("Rudi Hartono", [], "Direktur Utama PLN")]),
    ],
)
def test_english_company_words_are_body_words(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two offices of one holder joined by "sekaligus"/"merangkap" are one position
        ("MoU diteken CEO sekaligus pendiri Tokopedia William Tanuwijaya kemarin.",
         [("William Tanuwijaya", [], "CEO sekaligus pendiri Tokopedia")]),
        ("MoU diteken Direktur merangkap Komisaris PT Sinar Jaya Budi Santoso kemarin.",
         [("Budi Santoso", [], "Direktur merangkap Komisaris PT Sinar Jaya")]),
        # counter-example: "sekaligus" before no office joins nothing
        ("Bupati Klaten Sri Mulyani sekaligus meresmikan gedung.", [("Sri Mulyani", [], "Bupati Klaten")]),
    ],
)
def test_two_offices_of_one_holder_are_one_position(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a deputy prime minister is one office, not a prime minister
        ("MoU diteken Wakil Perdana Menteri Singapura Lawrence Wong kemarin.",
         [("Lawrence Wong", [], "Wakil Perdana Menteri Singapura")]),
        ("MoU diteken Deputy Prime Minister Malaysia Ahmad Zahid kemarin.",
         [("Ahmad Zahid", [], "Deputy Prime Minister Malaysia")]),
        # counter-example: the prime minister keeps his office
        ("MoU diteken Perdana Menteri Malaysia Anwar Ibrahim kemarin.",
         [("Anwar Ibrahim", [], "Perdana Menteri Malaysia")]),
    ],
)
def test_a_deputy_prime_minister_is_one_office(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a known institution written without its legal form is no bare personal name
        ("Pertamina Patra Niaga, anak usaha PT Pertamina (Persero), menandatangani nota kesepahaman.", []),
        # counter-example: bare personal names stay people
        ("Hadir Budi Santoso dan Rina Kusumawati.", [("Budi Santoso", [], None), ("Rina Kusumawati", [], None)]),
    ],
)
def test_a_known_institution_is_no_bare_name(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a known institution after the office's portfolio is all body, though a word of its
        # name is a personal name too
        ("MoU diteken Wakil Rektor Bidang Kerja Sama Universitas Diponegoro Wijayanto kemarin.",
         [("Wijayanto", [], "Wakil Rektor Bidang Kerja Sama Universitas Diponegoro")]),
        ("MoU diteken Direktur Kemitraan Universitas Diponegoro Wijayanto kemarin.",
         [("Wijayanto", [], "Direktur Kemitraan Universitas Diponegoro")]),
        # counter-example: no known institution, the name starts where it did
        ("MoU diteken Wakil Rektor Bidang Akademik Sari Wulandari kemarin.",
         [("Sari Wulandari", [], "Wakil Rektor Bidang Akademik")]),
    ],
)
def test_a_known_institution_after_a_portfolio_is_all_body(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two unknown words after a region's office, no place among them: the holder's name
        ("Penandatanganan disaksikan Sekda Iswar Aminuddin di ruang rapat.",
         [("Iswar Aminuddin", [], "Sekda")]),
        ("MoU diteken Plt Bupati Rusdarman Hatuwe, S.Sos. kemarin.",
         [("Rusdarman Hatuwe", ["S.Sos."], "Plt Bupati")]),
        # counter-examples: a place the gazetteer knows, or a body, is the office's body
        ("Penandatanganan disaksikan Bupati Agam Andri Warman kemarin.",
         [("Andri Warman", [], "Bupati Agam")]),
        ("Penandatanganan disaksikan Gubernur Lemhannas Andi Widjajanto kemarin.",
         [("Andi Widjajanto", [], "Gubernur Lemhannas")]),
        # a third word may follow a town abroad: the first word stays the body
        ("MoU diteken Wali Kota Ichikawa Tanaka Koji kemarin.",
         [("Tanaka Koji", [], "Wali Kota Ichikawa")]),
    ],
)
def test_two_unknown_words_after_a_region_office_are_the_holders_name(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the portfolio of an English office belongs to the office, the body and the name follow
        ("MoU diteken Head of Corporate Affairs Unilever Indonesia Nurdiana Darus kemarin.",
         [("Nurdiana Darus", [], "Head of Corporate Affairs Unilever Indonesia")]),
        ("MoU diteken Chief Financial Officer PT Vale Indonesia Bernardus Irmanto kemarin.",
         [("Bernardus Irmanto", [], "Chief Financial Officer PT Vale Indonesia")]),
        ("MoU diteken Corporate Secretary PT Pelindo III Faruq Hidayat kemarin.",
         [("Faruq Hidayat", [], "Corporate Secretary PT Pelindo III")]),
        # counter-example: an Indonesian office keeps its portfolio in the body, as before
        ("MoU diteken Direktur Keuangan PT Vale Indonesia Bernardus Irmanto kemarin.",
         [("Bernardus Irmanto", [], "Direktur Keuangan PT Vale Indonesia")]),
    ],
)
def test_an_english_office_takes_its_portfolio(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a title after a known body opens the name; it is no word of the body
        ("MoU diteken Dekan FKIP Unsoed Dr. Ir. Slamet Rahayu, M.Pd. kemarin.",
         [("Slamet Rahayu", ["Dr.", "Ir.", "M.Pd."], "Dekan FKIP Unsoed")]),
        # counter-example: ordinary words after the known body are still body
        ("MoU diteken Kepala Subseksi Kemitraan Perhutani Wilayah Selatan Budi Santoso kemarin.",
         [("Budi Santoso", [], "Kepala Subseksi Kemitraan Perhutani Wilayah Selatan")]),
    ],
)
def test_a_title_after_a_known_body_is_no_body_word(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Ponpes" and "Pesantren" head a body's name, whose Arabic words are no person's
        ("MoU ditandatangani Pengasuh Ponpes Darul Ulum KH. Ahmad Dimyati Romly kemarin.",
         [("Ahmad Dimyati Romly", ["KH."], "Pengasuh Ponpes Darul Ulum")]),
        ("MoU ditandatangani Pengasuh Pesantren Miftahul Huda, KH Ahmad Dimyati kemarin.",
         [("Ahmad Dimyati", ["KH"], "Pengasuh Pesantren Miftahul Huda")]),
        # counter-example: the full head reads as it did
        ("MoU ditandatangani Pengasuh Pondok Pesantren Darul Ulum KH Ahmad Dimyati kemarin.",
         [("Ahmad Dimyati", ["KH"], "Pengasuh Pondok Pesantren Darul Ulum")]),
    ],
)
def test_a_pesantren_heads_a_body(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a country's older or short Indonesian name ends an ambassador's office
        ("MoU diteken Duta Besar RI untuk Persatuan Emirat Arab Husin Bagis kemarin.",
         [("Husin Bagis", [], "Duta Besar RI untuk Persatuan Emirat Arab")]),
        ("MoU diteken Dubes RI untuk Suriname Rudy Alfonso kemarin.",
         [("Rudy Alfonso", [], "Dubes RI untuk Suriname")]),
        # counter-example: a country listed before reads as it did
        ("MoU diteken Dubes RI untuk Jepang Heri Akhmadi kemarin.",
         [("Heri Akhmadi", [], "Dubes RI untuk Jepang")]),
    ],
)
def test_more_countries_end_an_office_abroad(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a caption's aside in lower case after the name ends the words read after the body
        ("Direktur Utama PT Djarum Victor Rachmat Hartono (kanan) menandatangani nota kesepahaman.",
         [("Victor Rachmat Hartono", [], "Direktur Utama PT Djarum")]),
        # counter-example: a legal form in brackets still belongs to the company's name
        ("Direktur Utama PT Sarana Multi (Persero) Edwin Syahruzad menandatangani nota kesepahaman.",
         [("Edwin Syahruzad", [], "Direktur Utama PT Sarana Multi (Persero)")]),
    ],
)
def test_a_lower_case_aside_ends_the_words_after_a_body(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a surname the name lexicon does not know ends the name: the name starts at the first
        # personal-name word after the company's own words
        ("Direktur Utama PT Sritex Iwan Kurniawan Lukminto menandatangani nota kesepahaman.",
         [("Iwan Kurniawan Lukminto", [], "Direktur Utama PT Sritex")]),
        # counter-example: two personal-name words at the end read as before
        ("Presiden Direktur PT Djarum Victor Rachmat Hartono menandatangani nota kesepahaman.",
         [("Victor Rachmat Hartono", [], "Presiden Direktur PT Djarum")]),
    ],
)
def test_an_unknown_surname_ends_the_name_after_a_company(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two capitals that end the sentence's capitalised run are a name's initials, no body
        ("Penandatanganan dilakukan Penjabat Gubernur Aceh Safrizal ZA di Banda Aceh.",
         [("Safrizal", [], "Penjabat Gubernur Aceh")]),
        # counter-example: a body's acronym after an office's word still ends the office
        ("Perjanjian antara Direktur PLN dengan Asisten Logistik Samudra KASAL diteken kemarin.", []),
    ],
)
def test_closing_initials_are_no_bodys_acronym(sentence, expected):
    assert people(sentence) == expected


def test_direktur_eksekutif_is_one_office():
    person = find_people("MoU diteken Direktur Eksekutif Yayasan Kehati Riki Frindos kemarin.", 0)[0]
    assert (person.name, person.body) == ("Riki Frindos", "Yayasan Kehati")


def test_a_plain_direktur_keeps_its_portfolio_in_the_body():
    """Counter-example: another word after "Direktur" is still the body's."""
    person = find_people("MoU diteken Direktur Operasional Yayasan Kehati Riki Frindos kemarin.", 0)[0]
    assert (person.name, person.body) == ("Riki Frindos", "Operasional Yayasan Kehati")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # short English corporate offices head a position and take their portfolio
        ("Perjanjian ditandatangani SEVP Operation PTPN XII Ahmad Syamsudin kemarin.",
         [("Ahmad Syamsudin", [], "SEVP Operation PTPN XII")]),
        ("MoU diteken CFO PT Vale Indonesia Bernardus Irmanto kemarin.",
         [("Bernardus Irmanto", [], "CFO PT Vale Indonesia")]),
        # counter-example: the same capitals inside a body's name open no office
        ("MoU diteken Direktur Utama PT Vale Indonesia Febriany Eddy kemarin.",
         [("Febriany Eddy", [], "Direktur Utama PT Vale Indonesia")]),
    ],
)
def test_short_english_corporate_offices(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a rank of several words or a naval/air rank opens the name: no body word, no name word
        ("Perjanjian ditandatangani Danlantamal V Laksma TNI Hanarko Djodi Pamungkas kemarin.",
         [("Hanarko Djodi Pamungkas", ["Laksma TNI"], "Danlantamal V")]),
        ("Hadir Budi Santoso Letkol Inf Ary Wibowo kemarin.",
         [("Budi Santoso", [], None), ("Ary Wibowo", ["Letkol Inf"], None)]),
        # counter-example: a one-word rank title before a name, as before
        ("MoU diteken Pangdam Jaya Mayjen TNI Mohamad Hasan kemarin.",
         [("Mohamad Hasan", ["Mayjen TNI"], "Pangdam Jaya")]),
    ],
)
def test_a_rank_phrase_opens_a_name(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # English offices with a level or a unit before the head
        ("Penandatanganan dilakukan Arya Suprihadi selaku Area Manager Communication Pertamina Patra Niaga.",
         [("Arya Suprihadi", [], "Area Manager Communication Pertamina Patra Niaga")]),
        ("MoU diteken Branch Manager Bank Mandiri Klaten Budi Santoso kemarin.",
         [("Budi Santoso", [], "Branch Manager Bank Mandiri Klaten")]),
        # counter-example: the Indonesian office reads as before
        ("MoU diteken Pemimpin Cabang Bank Mandiri Klaten Budi Santoso kemarin.",
         [("Budi Santoso", [], "Pemimpin Cabang Bank Mandiri Klaten")]),
    ],
)
def test_english_offices_with_a_level_before_the_head(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a known hospital named after a person ends where its name is known, whatever follows it
        ("PKS diteken Direktur RSUD Prof. Dr. Margono Soekarjo Daniel Sitorus dan Rektor Unsoed.",
         [("Daniel Sitorus", [], "Direktur RSUD Prof. Dr. Margono Soekarjo")]),
        ("Direktur RSUD Dr. Moewardi Cahyono Hadi menandatangani perjanjian itu.",
         [("Cahyono Hadi", [], "Direktur RSUD Dr. Moewardi")]),
        # its namesake, titles and all, is no person of the sentence
        ("RSUD Prof. Dr. Margono Soekarjo menandatangani perjanjian kerja sama dengan Unsoed.", []),
        # counter-example: a titled person after a hospital that is not named after him is one
        ("RSUD Banyumas diwakili Dr. Rina Astuti menandatangani perjanjian kerja sama.",
         [("Rina Astuti", ["Dr."], None)]),
    ],
)
def test_a_known_body_named_after_a_person(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after a head of state or government, words that are no state, place or body are the name
        ("Penandatanganan disaksikan Presiden Yoon Suk Yeol.", [("Yoon Suk Yeol", [], "Presiden")]),
        ("Penandatanganan disaksikan Perdana Menteri Fumio Kishida.", [("Fumio Kishida", [], "Perdana Menteri")]),
        # counter-examples: the state after the office stays in the position, as does a company head's body
        ("Penandatanganan disaksikan Presiden Korea Selatan Yoon Suk Yeol.",
         [("Yoon Suk Yeol", [], "Presiden Korea Selatan")]),
        ("Penandatanganan disaksikan Presiden RI Joko Widodo.", [("Joko Widodo", [], "Presiden RI")]),
        ("MoU diteken Presiden Direktur PT Sinar Jaya Budi Santoso.",
         [("Budi Santoso", [], "Presiden Direktur PT Sinar Jaya")]),
        # ... and a company named in English after the office, ended by its kind word
        ("MoU diteken Presiden Kordava Motor Company Jaehoon Park.",
         [("Jaehoon Park", [], "Presiden Kordava Motor Company")]),
    ],
)
def test_a_head_of_state_is_followed_by_a_name_or_a_state(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("MoU diteken Wali Kota Semarang Hevearita Rahayu danRektor Undip Suharnomo.",
         [("Hevearita Rahayu", [], "Wali Kota Semarang"), ("Suharnomo", [], "Rektor Undip")]),
        ("MoU diteken Rektor Undip SuharnomoDi Balai Kota Semarang.",
         [("Suharnomo", [], "Rektor Undip")]),
    ],
)
def test_names_read_across_a_lost_space(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a known ministry's portfolio ends the position, so a given name the lexicon does not know
        # is no portfolio word, and a long portfolio is read whole
        ("MoU diteken Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono di Ambon.",
         [("Sakti Wahyu Trenggono", [], "Menteri Kelautan dan Perikanan")]),
        ("MoU diteken Menteri Kelautan dan Perikanan RI Sakti Wahyu Trenggono di Ambon.",
         [("Sakti Wahyu Trenggono", [], "Menteri Kelautan dan Perikanan RI")]),
        ("Hadir Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Abdullah Azwar Anas.",
         [("Abdullah Azwar Anas", [], "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi")]),
        ("Hadir Menteri Agama Republik Indonesia Yaqut Cholil Qoumas.",
         [("Yaqut Cholil Qoumas", [], "Menteri Agama Republik Indonesia")]),
        # counter-examples: the state after the portfolio, a short form, and a portfolio abroad
        # that goes on past a known one stay in the position
        ("MoU diteken Menteri Pertanian Vietnam Le Minh Hoan.", [("Le Minh Hoan", [], "Menteri Pertanian Vietnam")]),
        ("MoU diteken Menteri PANRB Abdullah Azwar Anas.", [("Abdullah Azwar Anas", [], "Menteri PANRB")]),
        ("Hadir Menteri Kesehatan Masyarakat Thailand Anutin Charnvirakul.",
         [("Anutin Charnvirakul", [], "Menteri Kesehatan Masyarakat Thailand")]),
        ("Hadir Menteri Perdagangan dan Industri Singapura Gan Kim Yong.",
         [("Gan Kim Yong", [], "Menteri Perdagangan dan Industri Singapura")]),
    ],
)
def test_a_known_ministry_portfolio_ends_the_position(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the day of the sentence or the next office after the comma says nothing of where the body
        # ends: the holder's name ends the run before it
        ("Nota kesepahaman diteken Ketua Dewan Komisioner OJK Mahendra Siregar, Kamis (30/5/2024).",
         [("Mahendra Siregar", [], "Ketua Dewan Komisioner OJK")]),
        ("Nota kesepahaman diteken Ketua Dewan Komisioner OJK Mahendra Siregar, Gubernur BI Perry Warjiyo, "
         "dan Menkeu Sri Mulyani.",
         [("Mahendra Siregar", [], "Ketua Dewan Komisioner OJK"), ("Perry Warjiyo", [], "Gubernur BI"),
          ("Sri Mulyani", [], "Menkeu")]),
        # counter-examples: a title or a place after the comma still ends the body there
        ("Direktur Utama Rumah Sakit Pelita Losari, dr. Fitriani hadir.",
         [("Fitriani", ["dr."], "Direktur Utama Rumah Sakit Pelita Losari")]),
        ("Rektor Universitas Tunas Harapan, Surakarta, Budi Santoso hadir.",
         [("Budi Santoso", [], "Rektor Universitas Tunas Harapan")]),
    ],
)
def test_a_comma_before_a_date_or_another_office_ends_no_body(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a one-letter title between two words of a name is the name's initial
        ("MoU diteken Direktur PT Maju Jaya Budi H. Santoso di Cirebon.",
         [("Budi H. Santoso", [], "Direktur PT Maju Jaya")]),
        # counter-examples: before the name, or after "dan", it is a title
        ("MoU diteken Bupati Cirebon H. Imron dan Rektor Prof. Dr. H. Ahmad Rofiq.",
         [("Imron", ["H."], "Bupati Cirebon"), ("Ahmad Rofiq", ["Prof.", "Dr.", "H."], "Rektor")]),
        ("MoU diteken Bupati Cirebon Imron dan H. Budi Santoso.",
         [("Imron", [], "Bupati Cirebon"), ("Budi Santoso", ["H."], None)]),
    ],
)
def test_a_one_letter_title_inside_a_name_is_an_initial(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a regional secretary's short title that says the level heads a position
        ("Nota kesepahaman diteken oleh Sekdaprov Sumut Arief Sudarto Trinugroho di Medan.",
         [("Arief Sudarto Trinugroho", [], "Sekdaprov Sumut")]),
        ("Hadir Sekkot Bogor Syarifah Sofiah dan Sekdakab Banyumas Wahyu Budi Saptono.",
         [("Syarifah Sofiah", [], "Sekkot Bogor"), ("Wahyu Budi Saptono", [], "Sekdakab Banyumas")]),
        # counter-example: a school's name is no one's
        ("Sekolah Tinggi Ilmu Kesehatan Bakti Husada meneken MoU.", []),
    ],
)
def test_a_regional_secretary_written_short(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "&" or "and" between two English offices: one holder of both
        ("MoU ditandatangani oleh Chairman and CEO Grab Anthony Tan.", [("Anthony Tan", [], "Chairman and CEO Grab")]),
        ("MoU ditandatangani oleh Chairman & CEO Grab Anthony Tan.", [("Anthony Tan", [], "Chairman & CEO Grab")]),
        # counter-example: "dan" between two offices names two holders
        ("MoU ditandatangani oleh Bupati Klaten Sri Mulyani dan Wakil Bupati Klaten Yoga Hardaya.",
         [("Sri Mulyani", [], "Bupati Klaten"), ("Yoga Hardaya", [], "Wakil Bupati Klaten")]),
    ],
)
def test_two_english_offices_joined_by_and_are_one_position(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a body of office holders is named after the office: the office word is no position
        ("Nota kesepahaman diteken Ketua Forum Rektor Indonesia Prof Ganefri.",
         [("Ganefri", ["Prof"], "Ketua Forum Rektor Indonesia")]),
        ("Hadir Ketua Asosiasi Kepala Desa Indonesia Klaten Bambang Suryanto.",
         [("Bambang Suryanto", [], "Ketua Asosiasi Kepala Desa Indonesia Klaten")]),
        # counter-example: an office after another body's head still opens a position
        ("Hadir Kepala Dinas Pendidikan Klaten Sri Mulyani dan Rektor Universitas Tunas Harapan Budi Santoso.",
         [("Sri Mulyani", [], "Kepala Dinas Pendidikan Klaten"),
          ("Budi Santoso", [], "Rektor Universitas Tunas Harapan")]),
    ],
)
def test_a_body_of_office_holders_is_named_after_the_office(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a country before a comma and a position is where someone went, not the holder's name
        ("Di sela lawatan Presiden Prabowo Subianto ke Australia, Menteri Pertahanan Sjafrie Sjamsoeddin meneken "
         "perjanjian itu.",
         [("Prabowo Subianto", [], "Presiden"), ("Sjafrie Sjamsoeddin", [], "Menteri Pertahanan")]),
        # counter-example: a name before a comma and a position is the holder's
        ("Perjanjian diteken Rina Astuti, Rektor Universitas Tunas Harapan.",
         [("Rina Astuti", [], "Rektor Universitas Tunas Harapan")]),
    ],
)
def test_a_country_before_a_position_is_no_name(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month's name between two words of a name is one of its words
        ("MoU diteken Direktur Utama PT Maju Agus Agustus Setiawan, S.E. di Semarang.",
         [("Agus Agustus Setiawan", ["S.E."], "Direktur Utama PT Maju")]),
        # counter-examples: a month with a year or a lower-case word after it dates the sentence
        ("MoU diteken Bupati Klaten Sri Mulyani Januari 2024.", [("Sri Mulyani", [], "Bupati Klaten")]),
        ("MoU diteken Bupati Klaten Sri Mulyani Januari lalu.", [("Sri Mulyani", [], "Bupati Klaten")]),
    ],
)
def test_a_month_inside_a_name(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the heads of national police bodies and military staffs written short head a position
        ("MoU diteken Kabaharkam Polri Komjen Pol. Fadil Imran dan Sekjen Kemenag Nizar.",
         [("Fadil Imran", ["Komjen Pol."], "Kabaharkam Polri"), ("Nizar", [], "Sekjen Kemenag")]),
        ("MoU diteken Kasdam IV/Diponegoro Brigjen TNI Budi Santoso.",
         [("Budi Santoso", ["Brigjen TNI"], "Kasdam IV/Diponegoro")]),
        # counter-example: a rank alone before the name is a title, no position
        ("MoU diteken Brigjen TNI Budi Santoso.", [("Budi Santoso", ["Brigjen TNI"], None)]),
    ],
)
def test_short_police_and_military_heads(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a deputy keeps "Wakil" in the position, and a co-founder is an office
        ("MoU diteken Wakil Direktur Utama Bank Jateng Budi Santoso.",
         [("Budi Santoso", [], "Wakil Direktur Utama Bank Jateng")]),
        ("MoU diteken Co-Founder & CEO Traveloka Ferry Unardi.", [("Ferry Unardi", [], "Co-Founder & CEO Traveloka")]),
        # counter-example: the head himself
        ("MoU diteken Direktur Utama Bank Jateng Budi Santoso.", [("Budi Santoso", [], "Direktur Utama Bank Jateng")]),
    ],
)
def test_a_deputy_and_a_co_founder(sentence, expected):
    assert people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after an office that names its body by itself the capitalised words are the holder's name
        ("Nota kesepahaman diteken Jaksa Agung Sahala Sitompul kemarin.", ("Sahala Sitompul", "Jaksa Agung")),
        # counter-example: the state written after it stays in the position
        ("Jaksa Agung RI Sahala Sitompul hadir.", ("Sahala Sitompul", "Jaksa Agung RI")),
    ],
)
def test_the_name_follows_an_office_that_names_its_body_alone(sentence, expected):
    assert [(name, position) for name, _, position in people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "of" after an English office opens the body it heads; the name follows the body
        ("Nota kesepahaman diteken CEO of Daesan Motor Company Park Min-jae kemarin.",
         ("Park Min-jae", "CEO of Daesan Motor Company")),
        # the home state after "to" is part of the ambassador's position, like "untuk Indonesia"
        ("Nota kesepahaman diteken Ambassador of Norway to Indonesia Erik Lindqvist kemarin.",
         ("Erik Lindqvist", "Ambassador of Norway to Indonesia")),
        # counter-examples: "of" inside the office's portfolio stays the office's
        ("Hadir Head of Corporate Affairs Daesan Motor Indonesia Rina Wulandari.",
         ("Rina Wulandari", "Head of Corporate Affairs Daesan Motor Indonesia")),
        ("Hadir Director of Finance PT Sinar Jaya Budi Santoso.", ("Budi Santoso", "Director of Finance PT Sinar Jaya")),
    ],
)
def test_an_english_office_of_a_body(sentence, expected):
    assert [(name, position) for name, _, position in people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # English heads of a university and of a consulate, before the body they head and the name
        ("Nota kesepahaman diteken President of Hokuriku University Prof. Tanaka Hiroshi kemarin.",
         ("Tanaka Hiroshi", "President of Hokuriku University")),
        ("Nota kesepahaman diteken Rector of Universidad de Lima Carlos Mendoza kemarin.",
         ("Carlos Mendoza", "Rector of Universidad de Lima")),
        ("Nota kesepahaman diteken Consul General of Japan in Surabaya Tanaka Hiroshi kemarin.",
         ("Tanaka Hiroshi", "Consul General of Japan in Surabaya")),
        # a head of state's name follows "President" with no body
        ("Kunjungan itu dihadiri President Kim Yong-su.", ("Kim Yong-su", "President")),
        # counter-example: "President Director" stays one office
        ("Nota kesepahaman diteken President Director PT Sinar Jaya Budi Santoso kemarin.",
         ("Budi Santoso", "President Director PT Sinar Jaya")),
    ],
)
def test_an_english_head_of_a_university_or_consulate(sentence, expected):
    assert [(name, position) for name, _, position in people(sentence)] == [expected]


def test_a_known_charity_with_a_small_word_in_its_name_is_all_body():
    assert people("Nota kesepahaman diteken Country Director Save the Children Indonesia Rina Wulandari.") == [
        ("Rina Wulandari", [], "Country Director Save the Children Indonesia")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a military unit's commander written in full, the rank opening the name
        ("MoU diteken Komandan Lanud Iswahjudi Marsma TNI Hendra Wibowo kemarin.",
         ("Hendra Wibowo", "Komandan Lanud Iswahjudi")),
        ("MoU diteken Komandan Kodim 0817 Gresik Letkol Inf Darmaji Kusuma kemarin.",
         ("Darmaji Kusuma", "Komandan Kodim 0817 Gresik")),
        # counter-example: the short title still reads as before
        ("MoU diteken Dandim 0817 Gresik Letkol Inf Darmaji Kusuma kemarin.", ("Darmaji Kusuma", "Dandim 0817 Gresik")),
    ],
)
def test_a_commander_written_in_full(sentence, expected):
    assert [(name, position) for name, _, position in people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the arm or corps in a military unit's name is the unit's, not the holder's name
        ("MoU diteken Komandan Batalyon Infanteri 521 Letkol Inf Darmaji Kusuma kemarin.",
         ("Darmaji Kusuma", "Komandan Batalyon Infanteri 521")),
        ("MoU diteken Danyon Zeni Tempur 5 Mayor Czi Darmaji Kusuma kemarin.",
         ("Darmaji Kusuma", "Danyon Zeni Tempur 5")),
    ],
)
def test_a_military_units_arm_is_part_of_its_name(sentence, expected):
    assert [(name, position) for name, _, position in people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a numbered office joined to another office of the same holder keeps both
        ("MoU diteken Wakil Rektor I sekaligus Plt Rektor Universitas Tunas Harapan Dr. Rina Astuti kemarin.",
         ("Rina Astuti", "Wakil Rektor I sekaligus Plt Rektor Universitas Tunas Harapan")),
        ("MoU diteken Asisten II sekaligus Plh Sekda Klaten Joko Santoso kemarin.",
         ("Joko Santoso", "Asisten II sekaligus Plh Sekda Klaten")),
        # counter-example: a Balinese name after an office is no number
        ("MoU diteken Bupati Gianyar I Made Mahayastra kemarin.", ("I Made Mahayastra", "Bupati Gianyar")),
    ],
)
def test_a_numbered_office_joined_to_another(sentence, expected):
    assert [(name, position) for name, _, position in people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "I" after the place a unit is named with numbers the unit, the name starts after it
        ("MoU diteken Kepala Kanwil DJP Jawa Tengah I Ratna Kumalasari kemarin.",
         ("Ratna Kumalasari", "Kepala Kanwil DJP Jawa Tengah I")),
        # counter-examples: a Balinese name after the place keeps its "I"
        ("MoU diteken Bupati Gianyar I Made Suarjana kemarin.", ("I Made Suarjana", "Bupati Gianyar")),
        ("MoU diteken Kepala Kanwil DJP Bali I Nyoman Sudarsa kemarin.", ("I Nyoman Sudarsa", "Kepala Kanwil DJP Bali")),
    ],
)
def test_a_units_number_one_after_its_place(sentence, expected):
    assert [(name, position) for name, _, position in people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "of the" between an English office and its body
        ("Nota kesepahaman diteken Vice-Chancellor of the University of Melbourne Duncan Whitfield kemarin.",
         ("Duncan Whitfield", "Vice-Chancellor of the University of Melbourne")),
        ("Nota kesepahaman diteken CEO of the Daesan Group Park Min-jae kemarin.",
         ("Park Min-jae", "CEO of the Daesan Group")),
    ],
)
def test_an_english_office_of_the_body(sentence, expected):
    assert [(name, position) for name, _, position in people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a minister's portfolio in English is the office's, the country after it the body
        ("Nota kesepahaman diteken Minister of Trade and Industry Singapore Tan Wei Ming kemarin.",
         ("Tan Wei Ming", "Minister of Trade and Industry Singapore")),
        ("Hadir Minister of Health Malaysia Ahmad Zulkifli.", ("Ahmad Zulkifli", "Minister of Health Malaysia")),
        # counter-example: the Indonesian office reads as before
        ("Hadir Menteri Kesehatan Malaysia Ahmad Zulkifli.", ("Ahmad Zulkifli", "Menteri Kesehatan Malaysia")),
    ],
)
def test_an_english_ministers_portfolio(sentence, expected):
    assert [(name, position) for name, _, position in people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a body named in English ends with its kind word when a person's name takes the rest of the run
        ("Hadir Direktur Daesan Foundation Rina Wulandari.", ("Rina Wulandari", "Direktur Daesan Foundation")),
        ("Hadir Head of Marketing Daesan Foundation Rina Wulandari.",
         ("Rina Wulandari", "Head of Marketing Daesan Foundation")),
        # counter-examples: a kind word opening the body ("Bank Sinarmas") is no English name's end, nor
        # one inside an Indonesian name after its head ("PT Bank ... Tbk")
        ("Hadir Direktur Bank Sinarmas Budi Santoso.", ("Budi Santoso", "Direktur Bank Sinarmas")),
        ("Hadir Pemimpin Cabang PT Bank Parahyangan Makmur Tbk Garut, Reza Pratama.",
         ("Reza Pratama", "Pemimpin Cabang PT Bank Parahyangan Makmur Tbk Garut")),
    ],
)
def test_an_english_body_ends_with_its_kind_before_the_name(sentence, expected):
    assert [(name, position) for name, _, position in people(sentence)] == [expected]


def test_an_english_academic_rank_is_a_title():
    assert people("IA diteken Head of School Associate Professor Rebecca Whitfield kemarin.") == [
        ("Rebecca Whitfield", ["Associate Professor"], "Head of School")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare name right after "di" or "ke" is a place
        ("Kedua pihak menandatangani nota kesepahaman di Sekar Kedhaton, Senin.", []),
        ("Rombongan kemudian bergerak ke Taman Sari Wulan.", []),
        # counter-examples: a title or a position makes it a person; "di hadapan" is read elsewhere
        ("Nota itu diserahkan di hadapan Bupati Klaten Sri Mulyani.", [("Sri Mulyani", [], "Bupati Klaten")]),
        ("Piagam itu diserahkan ke Dr. Budi Santoso.", [("Budi Santoso", ["Dr."], None)]),
    ],
)
def test_a_bare_name_after_a_place_preposition_is_no_person(sentence, expected):
    assert people(sentence) == expected
