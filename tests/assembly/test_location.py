"""Where a signing took place: venue, city and province read from the address after the venue."""
from __future__ import annotations

import pytest

SIGNING = "Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman {where}, Selasa (12/3/2024)."


def _one_place(extract, text: str) -> tuple[str | None, str | None]:
    """(city, province) of the one record an article gives."""
    [record] = extract(text)
    return record["location"]["city"], record["location"]["province"]


@pytest.mark.parametrize(
    ("where", "venue", "city", "province"),
    [
        # the city and the province written after the venue, joined by commas
        ("di Aula Kampus Tunas Harapan, Bantul, Daerah Istimewa Yogyakarta",
         "Aula Kampus Tunas Harapan", "Bantul", "Daerah Istimewa Yogyakarta"),
        # a street part and a second building name stand between them
        ("di Gedung Graha Sabha, Jalan Pahlawan No. 5, Semarang", "Gedung Graha Sabha", "Semarang", "Jawa Tengah"),
        ("di Ruang Rapat Rektor, Gedung Rektorat Unitas Surabaya",
         "Ruang Rapat Rektor", "Surabaya", "Jawa Timur"),
        # a province that news treats as one city names the city, not the province
        ("di Balai Kota DKI Jakarta, Jalan Medan Merdeka Selatan", "Balai Kota DKI Jakarta", "Jakarta", "DKI Jakarta"),
        # counter-example: a city of that province keeps the name written
        ("di Kantor Wali Kota Jakarta Selatan", "Kantor Wali Kota Jakarta Selatan", "Jakarta Selatan", "DKI Jakarta"),
        # a town written after the venue is where it stands, also when the venue's name holds another
        ("di Yogyakarta International Airport, Kulon Progo", "Yogyakarta International Airport", "Kulon Progo",
         "Daerah Istimewa Yogyakarta"),
        ("di Hotel Santika Semarang, Kabupaten Kendal", "Hotel Santika Semarang", "Kendal", "Jawa Tengah"),
        # counter-example: a province written after such a venue leaves the town of its name
        ("di Hotel Santika Semarang, Jawa Tengah", "Hotel Santika Semarang", "Semarang", "Jawa Tengah"),
        # counter-example: a place named after other words is no address of the venue
        ("di Aula Kampus Tunas Harapan yang dibangun Pemkab Sleman", "Aula Kampus Tunas Harapan", None, None),
    ],
)
def test_address_after_the_venue(extract, where, venue, city, province):
    records = extract(SIGNING.format(where=where))
    assert len(records) == 1
    location = records[0]["location"]
    assert (location["venue"], location["city"], location["province"]) == (venue, city, province)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a place a speaker names inside quoted speech is not where the signing took place:
        # the dateline gives the city
        ('SEMARANG - Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman, '
         'Selasa (12/3/2024). "Kami juga sudah bekerja sama dengan mitra yang di Surabaya," kata Budi.',
         "Semarang"),
        ('SEMARANG - Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman, '
         'Selasa (12/3/2024), dan Budi berkata “rekan kami yang di Surabaya juga hadir.”',
         "Semarang"),
        # counter-example: the same place written after the quote is the narrator's
        ('SEMARANG - Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman '
         'di Surabaya, Selasa (12/3/2024). "Kami siap," kata Budi.',
         "Surabaya"),
    ],
)
def test_place_inside_quoted_speech(extract, text, city):
    records = extract(text)
    assert len(records) == 1
    assert records[0]["location"]["city"] == city


@pytest.mark.parametrize(
    ("where", "city", "province"),
    [
        # a venue that names a province and no town gives the province
        ("di Kantor Gubernur Jawa Tengah", None, "Jawa Tengah"),
        ("di Pendopo Gubernur Sumatera Barat", None, "Sumatera Barat"),
        # counter-example: a venue naming a town gives that town and its province
        ("di Pendopo Bupati Sleman", "Sleman", "Daerah Istimewa Yogyakarta"),
    ],
)
def test_province_named_in_the_venue(extract, where, city, province):
    records = extract(SIGNING.format(where=where))
    assert len(records) == 1
    location = records[0]["location"]
    assert (location["city"], location["province"]) == (city, province)


FIRST = ("SEMARANG - Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman "
         "di Aula Kampus Tunas Harapan, Selasa (12/3/2024).\n")


@pytest.mark.parametrize(
    ("later", "venue"),
    [
        # an agreement reported after the first one, signed the same day, names no place:
        # it was signed at the same event
        ("Pada kesempatan itu juga ditandatangani perjanjian kerja sama antara Dinas Pendidikan Klaten "
         "dengan Fakultas Teknik Universitas Tunas Harapan.", "Aula Kampus Tunas Harapan"),
        # counter-example: one signed on another day keeps no venue
        ("Sebelumnya, Pemkab Klaten juga menandatangani perjanjian kerja sama dengan Universitas Sebelas "
         "Maret pada Senin (4/3/2024).", None),
    ],
)
def test_later_agreement_takes_the_place_of_the_first(extract, later, venue):
    records = extract(FIRST + later)
    assert len(records) == 2
    assert records[1]["status"] == "signed"
    assert records[1]["location"]["venue"] == venue


@pytest.mark.parametrize(
    ("where", "city"),
    [
        # the venue is a party's premises, named by its acronym or name: the town in that
        # party's name is the city
        ("di Kampus Poltekla", "Klaten"),
        ("di Aula Politeknik Negeri Klaten", "Klaten"),
        # counter-example: a venue that names no party gives no city
        ("di Kampus Unitas", None),
    ],
)
def test_city_of_the_party_hosting_the_venue(extract, where, city):
    text = ("Politeknik Negeri Klaten (Poltekla) dan Asosiasi Guru Teknik Indonesia (AGTI) menandatangani "
            f"nota kesepahaman {where}, Selasa (12/3/2024).")
    records = extract(text)
    assert len(records) == 1
    assert records[0]["location"]["city"] == city


@pytest.mark.parametrize(
    ("where", "province"),
    [
        # a province written after "di" gives the province when no town is named
        ("di Provinsi Jawa Tengah", "Jawa Tengah"),
        # counter-example: a province named without "di" says nothing of the place (the
        # province is then that of the parties' region, Klaten's)
        ("untuk warga Provinsi Jawa Timur", "Jawa Tengah"),
    ],
)
def test_province_introduced_with_di(extract, where, province):
    records = extract(SIGNING.format(where=where))
    assert len(records) == 1
    assert (records[0]["location"]["city"], records[0]["location"]["province"]) == (None, province)


@pytest.mark.parametrize(
    ("text", "city", "province"),
    [
        # a province of another region than the dateline's, written after "di", is where it was
        # signed: the dateline's city is not
        ("JAKARTA - Kementerian Perdagangan dan Kementerian Perdagangan Jepang menandatangani nota kesepahaman "
         "di sela-sela KTT G20 di Bali, Selasa (15/11/2022).", None, "Bali"),
        # counter-examples: a province that holds the dateline's city, and the province of an area of
        # cooperation, leave the dateline's city
        ("SEMARANG - Pemprov Jawa Tengah dan PT Sinar Jaya menandatangani nota kesepahaman di Jawa Tengah, "
         "Selasa (12/3/2024).", "Semarang", "Jawa Tengah"),
        ("JAKARTA - Pemprov Jawa Tengah dan PT Sinar Jaya menandatangani nota kesepahaman tentang pengembangan "
         "wisata di Jawa Tengah.", "Jakarta", "DKI Jakarta"),
    ],
)
def test_a_province_after_di_outweighs_another_datelines_city(extract, text, city, province):
    assert _one_place(extract, text) == (city, province)


@pytest.mark.parametrize(
    ("text", "city", "province"),
    [
        # a place abroad in the venue's address, written with "di" or a comma
        ("JAKARTA - Pemprov Jawa Tengah dan Pemerintah Negara Bagian Queensland menandatangani nota "
         "kesepahaman di Gedung Parlemen di Brisbane, Selasa (12/3/2024).", "Brisbane", None),
        # a region abroad in the address: the signing was not in the dateline's city
        ("KUALA LUMPUR - Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota "
         "kesepahaman di Hotel Seri Mewah, Pahang, Malaysia, Selasa (12/3/2024).", None, "Pahang"),
        # a city abroad in the venue's own name
        ("JAKARTA - Kementerian Ketenagakerjaan menandatangani nota kesepahaman dengan Kementerian Kesehatan "
         "Jepang di KBRI Tokyo, Jumat (7/6/2024).", "Tokyo", None),
        # counter-example: an Indonesian place in the venue's name comes before a name abroad in it
        ("JAKARTA - Pemprov Jawa Tengah dan Universitas Diponegoro menandatangani nota kesepahaman di Restoran "
         "Seoul Garden Semarang, Selasa (4/6/2024).", "Semarang", "Jawa Tengah"),
        # counter-example: an address in the dateline's province keeps the dateline's city
        ("SEMARANG - Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman di Hotel "
         "Seri Mewah, Jawa Tengah, Selasa (12/3/2024).", "Semarang", "Jawa Tengah"),
    ],
)
def test_place_abroad_in_the_address(extract, text, city, province):
    records = extract(text)
    assert len(records) == 1
    location = records[0]["location"]
    assert (location["city"], location["province"]) == (city, province)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a city abroad right after the signing or the event is where it took place
        ("JAKARTA - Nota kesepahaman antara Pemprov DKI Jakarta dan Pemerintah Kota Tokyo ditandatangani di "
         "Tokyo, Jepang, Selasa (10/10/2023).", "Tokyo"),
        ("Penandatanganan nota kesepahaman antara Pemkab Klaten dan Universitas Tunas Harapan berlangsung di "
         "Kuala Lumpur, Selasa (12/3/2024).", "Kuala Lumpur"),
        # after a bare "di" in the signing clause, when the city's country is written after it
        ("SEMARANG - Universitas Tunas Harapan menandatangani nota kesepahaman dengan Universitas Kyoto di "
         "Kyoto, Jepang, Kamis (16/5/2024).", "Kyoto"),
        # ... also after the signing noun, when a venue the scan does not read stands between
        ("JAKARTA - Kementerian Ketenagakerjaan menandatangani nota kesepahaman dengan Japan Care Agency. "
         "Penandatanganan berlangsung di kantor pusat lembaga itu di Osaka, Jepang, pekan lalu.", "Osaka"),
        # ... or when the city is a country itself
        ("BATAM - Badan Pengusahaan Batam menandatangani nota kesepahaman dengan Enterprise Singapore di "
         "Singapura, Rabu (15/5/2024).", "Singapura"),
        # counter-examples: after a bare "di" a city abroad is one the article describes
        ("SEMARANG - Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman disaksikan "
         "Atase Pendidikan RI di Tokyo, Selasa (12/3/2024).", "Semarang"),
        ("SEMARANG - Pemkab Klaten dan Universitas Tunas Harapan, kampus terbesar di Tokyo, menandatangani "
         "nota kesepahaman, Selasa (12/3/2024).", "Semarang"),
        # ... also with its country, when no signing verb comes before it
        ("SEMARANG - Pemkab Klaten, yang membuka kantor dagang di Osaka, Jepang, dan Universitas Tunas Harapan "
         "menandatangani nota kesepahaman, Selasa (12/3/2024).", "Semarang"),
        ("BATAM - Atase Perdagangan RI di Singapura mengatakan Badan Pengusahaan Batam menandatangani nota "
         "kesepahaman dengan Enterprise Singapore, Rabu (15/5/2024).", "Batam"),
        ("JAKARTA - Kementerian Ketenagakerjaan menandatangani nota kesepahaman dengan Japan Care Agency. "
         "Lembaga itu memiliki kantor di Osaka, Jepang.", "Jakarta"),
    ],
)
def test_city_abroad_after_the_signing(extract, text, city):
    records = extract(text)
    assert len(records) == 1
    assert records[0]["location"]["city"] == city


def test_a_repeated_signing_takes_no_place_from_the_first():
    # "kerja sama yang sama juga dilakukan dengan Z": the text gives it no place of its own
    from extract.assembly.events import share_event_details
    from extract.candidates import Candidates

    def record(venue: str | None) -> dict:
        return {"status": "signed", "date": "2024-03-12", "evidence": [],
                "location": {"venue": venue, "city": "Jakarta" if venue else None, "province": None, "code": None}}

    first, later, repeated = record("Gedung Sapta Pesona"), record(None), record(None)
    share_event_details([first, later, repeated], Candidates(""), frozenset({id(repeated)}))
    assert later["location"]["venue"] == "Gedung Sapta Pesona"
    assert repeated["location"]["venue"] is None


@pytest.mark.parametrize(
    ("text", "province"),
    [
        # a signing that names no place is held where its local parties are
        ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman, Selasa (12/3/2024).",
         "Jawa Tengah"),
        # counter-examples: parties of two provinces, a party named after a place abroad, a planned
        # signing, a place named in the text
        ("Pemkab Klaten dan Pemkab Sleman menandatangani nota kesepahaman, Selasa (12/3/2024).", None),
        ("Pemkab Klaten dan Pemerintah Kota Osaka menandatangani nota kesepahaman, Selasa (12/3/2024).", None),
        ("Pemkab Klaten dan Universitas Tunas Harapan akan menandatangani nota kesepahaman pekan depan.", None),
        ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman di Surabaya, "
         "Selasa (12/3/2024).", "Jawa Timur"),
    ],
)
def test_province_of_the_parties_region(extract, text, province):
    records = extract(text)
    assert len(records) == 1
    assert records[0]["location"]["province"] == province


ELSEWHERE = (
    "SIDOARJO - Pemerintah Kabupaten Sidoarjo dan Universitas Negeri Surabaya menandatangani nota kesepahaman "
    "tentang mutu pendidikan, Selasa (23/5/2023).\n"
    "Sementara itu, {where}Pemerintah Kabupaten Gresik juga menandatangani MoU dengan Universitas Airlangga."
)


def test_a_signing_held_elsewhere_takes_neither_the_events_place_nor_its_day(extract):
    records = extract(ELSEWHERE.format(where="di tempat terpisah, "))
    assert [(r["date"], r["location"].get("city")) for r in records] == [("2023-05-23", "Sidoarjo"), (None, None)]


def test_another_signing_not_said_to_be_elsewhere_is_dated_by_the_event(extract):
    records = extract(ELSEWHERE.format(where=""))
    assert [r["date"] for r in records] == ["2023-05-23", "2023-05-23"]


def test_a_government_centre_is_the_venue_and_no_party(extract):
    text = ("Penandatanganan perjanjian kerja sama antara Dinas Tenaga Kerja Kota Tangerang Selatan dan PT Sinar "
            "Jaya Abadi digelar di Pusat Pemerintahan Kota Tangerang Selatan, Selasa (12/3/2024).")
    records = extract(text)
    assert [(len(r["parties"]), r["location"]["venue"]) for r in records] == [
        (2, "Pusat Pemerintahan Kota Tangerang Selatan")]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a city inside a person's position names an office's seat, not where the signing was
        ("Bupati Banyuwangi Ipuk Fiestiandani dan Konsul Jenderal Australia di Surabaya Glen Askew "
         "menandatangani nota kesepahaman di Banyuwangi, Jumat (17/3/2023).", "Banyuwangi"),
        ("Nota kesepahaman diteken Kepala Kantor Perwakilan BI di Solo Budi Santoso dan Bupati Klaten "
         "Sri Mulyani di Klaten, Jumat (17/3/2023).", "Klaten"),
        # counter-example: the first city after "di" outside any position is still where it was
        ("Bupati Banyuwangi Ipuk Fiestiandani dan Rektor Universitas Airlangga Budi Santoso "
         "menandatangani nota kesepahaman di Surabaya, Jumat (17/3/2023).", "Surabaya"),
    ],
)
def test_a_city_inside_a_position_is_not_where_it_was_signed(extract, text, city):
    assert extract(text)[0]["location"]["city"] == city


@pytest.mark.parametrize(
    ("text", "parties", "signer", "city", "province"),
    [
        # a city abroad of the list derived from GeoNames dates the signing by the dateline, and the
        # parties' province is not taken for a signing held abroad
        ("BOSTON - Institut Teknologi Bandung dan Massachusetts Institute of Technology menandatangani nota "
         "kesepahaman, Rabu (8/5/2024).",
         ["Institut Teknologi Bandung", "Massachusetts Institute of Technology"], None, "Boston", None),
        # counter-example: the same names inside a firm's name and a person's name stay theirs
        ("SEMARANG - PT Boston Scientific Indonesia dan RSUD Kota Semarang menandatangani perjanjian kerja sama, "
         "Rabu (8/5/2024). Direktur PT Boston Scientific Indonesia Houston Siregar dan Direktur RSUD Kota Semarang "
         "Susi Herawati meneken perjanjian itu.",
         ["PT Boston Scientific Indonesia", "RSUD Kota Semarang"], "Houston Siregar", "Semarang", "Jawa Tengah"),
    ],
)
def test_a_world_city_is_only_a_place(extract, text, parties, signer, city, province):
    records = extract(text)
    assert len(records) == 1
    assert [p["name"] for p in records[0]["parties"]] == parties
    assert signer is None or signer in [s["name"] for s in records[0]["signatories"]]
    location = records[0]["location"]
    assert (location["city"], location["province"]) == (city, province)


TWO_SIGNINGS = (
    "PONTIANAK - Pemerintah Provinsi Kalimantan Barat menandatangani nota kesepahaman dengan Universitas "
    "Tanjungpura tentang riset gambut, Senin (6/5/2024). {next}"
)


@pytest.mark.parametrize(
    ("following", "venues"),
    [
        # the venue of the next agreement's signing, on another day, is not the first one's
        ("Selain itu, Pemprov Kalbar juga menandatangani perjanjian kerja sama dengan PT Bank Kalbar tentang "
         "kredit usaha rakyat pada Selasa (7/5/2024) di Hotel Mercure Pontianak.",
         [None, "Hotel Mercure Pontianak"]),
        # counter-example: a sentence about the signing itself gives its venue
        ("Penandatanganan berlangsung di Aula Garuda Kantor Gubernur Kalbar.", ["Aula Garuda Kantor Gubernur Kalbar"]),
    ],
)
def test_no_venue_from_another_signings_sentence(extract, following, venues):
    records = extract(TWO_SIGNINGS.format(next=following))
    assert [r["location"]["venue"] for r in records] == venues


@pytest.mark.parametrize(
    ("text", "city", "province"),
    [
        # a visit in whose course the sentence's signing took place; the party's province named
        # after the city abroad is no address of it
        ("BANDUNG - Dalam kunjungannya ke Seoul, Pemerintah Provinsi Jawa Barat menandatangani nota kesepahaman "
         "dengan Pemerintah Provinsi Gyeonggi, Rabu (22/5/2024).", "Seoul", None),
        ("JAKARTA - Di sela kunjungan kerja ke Beijing, Kementerian Perdagangan menandatangani nota kesepahaman "
         "dengan Kementerian Perdagangan Tiongkok, Kamis (23/5/2024).", "Beijing", None),
        # counter-example: a visit the article only tells of, with no signing after it
        ("SEMARANG - Pemprov Jawa Tengah menandatangani nota kesepahaman dengan Universitas Diponegoro, Jumat "
         "(24/5/2024). Sebelumnya, Gubernur melakukan kunjungan ke Tokyo untuk mempromosikan investasi.",
         "Semarang", "Jawa Tengah"),
    ],
)
def test_the_place_of_a_visit_the_signing_took_place_in(extract, text, city, province):
    records = extract(text)
    assert len(records) == 1
    location = records[0]["location"]
    assert (location["city"], location["province"]) == (city, province)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a place written right after an area of cooperation is the area's, not the signing's
        ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman tentang pengembangan desa "
         "wisata di Kabupaten Gunungkidul dan Kabupaten Klaten, Senin (3/6/2024).", None),
        ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman tentang layanan kesehatan "
         "bagi warga di Wonosari. Penandatanganan berlangsung Senin (3/6/2024).", None),
        # counter-examples: the signing's place before the area, after the event's verb, or with
        # the signing's day right after it
        ("Pemkab Sragen dan PT Sinar Jaya menandatangani nota kesepahaman pelatihan tenaga kerja di Sragen, "
         "Senin (3/6/2024).", "Sragen"),
        ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman di Kabupaten Gunungkidul "
         "tentang pengembangan desa wisata, Senin (3/6/2024).", "Gunungkidul"),
        ("Penandatanganan nota kesepahaman antara Pemkab Klaten dan Universitas Tunas Harapan tentang pengembangan "
         "desa wisata berlangsung di Kabupaten Gunungkidul, Senin (3/6/2024).", "Gunungkidul"),
        # ... also when the place's province or country stands between it and the day
        ("JAKARTA - Pemkab Badung dan PT Angkasa Pura I menandatangani nota kesepahaman tentang pengelolaan "
         "bandara di Badung, Bali, Senin (3/6/2024).", "Badung"),
        ("JAKARTA - Pemprov Jawa Barat dan Pemerintah Kota Daegu menandatangani nota kesepahaman tentang kerja sama "
         "pariwisata di Seoul, Korea Selatan, Selasa (4/6/2024).", "Seoul"),
        # counter-example: an area's place with its province and no day after it
        ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman tentang pengembangan desa "
         "wisata di Gunungkidul, Daerah Istimewa Yogyakarta. Penandatanganan berlangsung Senin (3/6/2024).", None),
    ],
)
def test_a_place_of_the_area_of_cooperation_is_no_signing_place(extract, text, city):
    records = extract(text)
    assert len(records) == 1
    assert records[0]["location"]["city"] == city


CAPTIONED = ("{caption}\n"
             "SEMARANG - Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman{where} "
             "tentang layanan kesehatan, Selasa (12/3/2024).")


@pytest.mark.parametrize(
    ("caption", "where", "venue", "city"),
    [
        # a photo caption that shows the signing names the venue the text leaves out, and its town
        ("Foto: Penandatanganan MoU di Pendopo Bupati Klaten, Selasa (12/3/2024).", "",
         "Pendopo Bupati Klaten", "Klaten"),
        ("Foto: Bupati Klaten Sri Mulyani dan Rektor Unitas Budi Santoso menandatangani nota kesepahaman di "
         "Hotel Tentrem, Yogyakarta. (Dok. Humas)", "", "Hotel Tentrem", "Yogyakarta"),
        # counter-examples: a caption that shows no signing, and a venue the text names itself
        ("Foto: Bupati Klaten Sri Mulyani meninjau pameran UMKM di Gedung Sate, Bandung.", "", None, "Semarang"),
        ("Foto: Penandatanganan MoU di Pendopo Bupati Klaten.", " di Aula Kampus Unitas", "Aula Kampus Unitas",
         "Semarang"),
    ],
)
def test_the_venue_a_signing_caption_names(extract, caption, where, venue, city):
    records = extract(CAPTIONED.format(caption=caption, where=where))
    assert len(records) == 1
    assert (records[0]["location"]["venue"], records[0]["location"]["city"]) == (venue, city)


@pytest.mark.parametrize(
    ("text", "venue", "city"),
    [
        # a planned signing's venue, named in a sentence that speaks of the signing
        ("SLEMAN - Pemkab Sleman akan menandatangani nota kesepahaman dengan Universitas Tunas Harapan pekan depan. "
         "Rencananya nota kesepahaman itu ditandatangani Bupati dan Rektor di Pendopo Parasamya.",
         "Pendopo Parasamya", None),
        ("SLEMAN - Pemkab Sleman akan menandatangani nota kesepahaman dengan Universitas Tunas Harapan. "
         "Penandatanganan dijadwalkan berlangsung di Hotel Tentrem, Yogyakarta, pekan depan.",
         "Hotel Tentrem", "Yogyakarta"),
        # counter-examples: where the plan was told is no venue of the signing, and the dateline is
        # not where a signing still to come will be held
        ("SLEMAN - Pemkab Sleman akan menandatangani nota kesepahaman dengan Universitas Tunas Harapan pekan depan. "
         "Hal itu disampaikan Bupati Sleman Kustini di Pendopo Parasamya, Senin (18/3/2024).", None, None),
    ],
)
def test_the_venue_of_a_planned_signing(extract, text, venue, city):
    records = extract(text)
    assert [r["status"] for r in records] == ["planned"]
    assert (records[0]["location"].get("venue"), records[0]["location"].get("city")) == (venue, city)


@pytest.mark.parametrize(
    ("text", "city", "province"),
    [
        # a country named after "di" and a signing verb, closing its clause, is where it was signed: not
        # the dateline's city; a town written before the country is the city
        ("JAKARTA - Kementerian Pertanian dan Kementerian Pertanian Malaysia menandatangani nota kesepahaman "
         "di Malaysia, Rabu (15/5/2024).", None, None),
        ("JAKARTA - PT Pertamina dan Saudi Aramco menandatangani nota kesepahaman di sela-sela World Economic "
         "Forum di Davos, Swiss, Rabu (17/1/2024).", "Davos", None),
        # counter-examples: a country in a relative clause, or in quoted speech
        ("JAKARTA - Pemprov Jawa Tengah menandatangani nota kesepahaman dengan PT Sinar Jaya, anak usaha "
         "perusahaan yang berbasis di Jepang, Rabu (15/5/2024).", "Jakarta", "DKI Jakarta"),
        ('JAKARTA - Pemprov Jawa Tengah dan PT Sinar Jaya menandatangani nota kesepahaman, Rabu (15/5/2024). '
         '"Kami ingin menandatangani lebih banyak kerja sama di Jepang," kata Budi.', "Jakarta", "DKI Jakarta"),
    ],
)
def test_a_country_after_di_is_where_it_was_signed(extract, text, city, province):
    assert _one_place(extract, text) == (city, province)


@pytest.mark.parametrize(
    ("text", "city", "province"),
    [
        # a town of a regency that is no seat but where events are held is the city
        ("JAKARTA - Kementerian Pariwisata dan Pemprov Bali menandatangani nota kesepahaman di Nusa Dua, Bali, "
         "Kamis (16/5/2024).", "Nusa Dua", "Bali"),
        ("BOGOR - Pemkab Bogor dan PT Sinar Jaya menandatangani nota kesepahaman di Sentul, Senin (13/5/2024).",
         "Sentul", "Jawa Barat"),
        # counter-example: the town inside a venue's name, with a town after the venue
        ("JAKARTA - Kementerian Pariwisata dan Pemprov Bali menandatangani nota kesepahaman di Bali Nusa Dua "
         "Convention Center, Badung, Kamis (16/5/2024).", "Badung", "Bali"),
    ],
)
def test_a_town_that_is_no_seat(extract, text, city, province):
    assert _one_place(extract, text) == (city, province)


TOLD = "SEMARANG - Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman, Selasa (12/3/2024). {after}"


@pytest.mark.parametrize(
    ("after", "venue"),
    [
        # where a speaker told of the signing, after a speech verb, is not its venue
        ("Hal itu disampaikan Bupati Klaten Sri Mulyani di Pendopo Kabupaten Klaten, Rabu (13/3/2024).", None),
        ('"Kerja sama ini penting," kata Sri Mulyani di Pendopo Kabupaten Klaten.', None),
        # counter-examples: a sentence that speaks of the signing, or tells of the event without a speech verb
        ("Hal itu disampaikan Bupati usai penandatanganan di Pendopo Kabupaten Klaten.", "Pendopo Kabupaten Klaten"),
        ("Kegiatan tersebut berlangsung di Pendopo Kabupaten Klaten.", "Pendopo Kabupaten Klaten"),
    ],
)
def test_where_the_signing_was_told_is_no_venue(extract, after, venue):
    records = extract(TOLD.format(after=after))
    assert len(records) == 1
    assert records[0]["location"]["venue"] == venue


@pytest.mark.parametrize(
    ("after", "city"),
    [
        # the place of an earlier signing the next sentences tell of is not this one's
        ("Sebelumnya, kedua pihak telah menandatangani nota kesepahaman pada 15 Januari 2024 di Jakarta.", "Semarang"),
        ("Nota kesepahaman serupa pernah diteken Pemkab Klaten di Yogyakarta.", "Semarang"),
        # counter-example: a later sentence about this signing
        ("Penandatanganan berlangsung di Surakarta.", "Surakarta"),
    ],
)
def test_the_place_of_an_earlier_signing_is_not_this_ones(extract, after, city):
    text = ("SEMARANG - Pemkab Klaten dan Universitas Tunas Harapan menandatangani perjanjian kerja sama, "
            f"Selasa (12/3/2024). {after}")
    records = [r for r in extract(text) if r["status"] == "signed"]
    assert [r["location"]["city"] for r in records] == [city]


@pytest.mark.parametrize(
    ("after", "city"),
    [
        # a town after "di" in a later sentence that does not speak of the signing is not its place
        ("Program ini akan dilaksanakan di Kabupaten Magelang dan Kabupaten Wonosobo.", "Semarang"),
        ("Mahasiswa nantinya akan praktik di Kendal.", "Semarang"),
        # ... nor a province, which would make the dateline's city none
        ("Program ini akan dilaksanakan di Provinsi Jawa Timur.", "Semarang"),
        # ... nor the town of another activity held after the signing
        ("Usai penandatanganan, rombongan meninjau sentra kerajinan tembaga di Kabupaten Boyolali.", "Semarang"),
        # counter-examples: a later sentence about the signing or the event
        ("Penandatanganan dilakukan di Surakarta.", "Surakarta"),
        ("Acara tersebut berlangsung di Surakarta.", "Surakarta"),
        ("Dalam kunjungan ke Surakarta, kedua pihak juga menandatangani nota kesepahaman itu.", "Surakarta"),
    ],
)
def test_a_town_of_a_later_sentence_about_something_else(extract, after, city):
    text = ("SEMARANG - Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman, "
            f"Selasa (12/3/2024). {after}")
    records = extract(text)
    assert [r["location"]["city"] for r in records] == [city]


@pytest.mark.parametrize(
    ("after", "venue"),
    [
        # the venue of another activity held after the signing is not the signing's
        ("Usai penandatanganan, acara dilanjutkan dengan kuliah umum di Aula Fakultas Hukum Unitas.", None),
        ("Setelah itu, Bupati meninjau pameran produk mahasiswa di Gedung Serbaguna Unitas.", None),
        # counter-examples: the signing itself after the cue, and a venue written before the cue
        ("Acara yang dilanjutkan dengan penandatanganan itu digelar di Aula Fakultas Hukum Unitas.",
         "Aula Fakultas Hukum Unitas"),
        ("Penandatanganan berlangsung di Pendopo Kabupaten Klaten dan dilanjutkan dengan diskusi.",
         "Pendopo Kabupaten Klaten"),
    ],
)
def test_the_venue_of_a_later_activity_is_not_the_signings(extract, after, venue):
    records = extract(TOLD.format(after=after))
    assert [r["location"]["venue"] for r in records] == [venue]


@pytest.mark.parametrize(
    ("text", "venue", "city"),
    [
        # where an earlier agreement the signing continues was signed is not this signing's place
        ("SEMARANG - Pemkab Klaten dan Universitas Tunas Harapan menandatangani perjanjian kerja sama, Selasa "
         "(12/3/2024). Kerja sama ini menindaklanjuti nota kesepahaman yang diteken pada 5 Mei 2023 di Pendopo "
         "Kabupaten Klaten.", None, "Semarang"),
        ("SEMARANG - Pemkab Klaten dan Universitas Tunas Harapan menandatangani perjanjian kerja sama, Selasa "
         "(12/3/2024), sebagai tindak lanjut nota kesepahaman yang telah ditandatangani di Surakarta.",
         None, "Semarang"),
        # counter-example: the relative clause of this signing
        ("SEMARANG - Pemkab Klaten dan Universitas Tunas Harapan menandatangani perjanjian kerja sama yang "
         "ditandatangani di Pendopo Kabupaten Klaten, Selasa (12/3/2024).", "Pendopo Kabupaten Klaten", "Klaten"),
    ],
)
def test_the_place_an_earlier_agreement_was_signed_is_not_this_ones(extract, text, venue, city):
    records = [r for r in extract(text) if r["status"] == "signed"]
    assert [(r["location"]["venue"], r["location"]["city"]) for r in records] == [(venue, city)]


@pytest.mark.parametrize(
    ("before", "venue", "city"),
    [
        # a signing "in that occasion" takes the venue and place of the occasion told just before
        ("Rapat koordinasi ketahanan pangan digelar di Hotel Sahid Kusuma, Senin (11/3/2024).",
         "Hotel Sahid Kusuma", "Semarang"),
        ("Rapat koordinasi ketahanan pangan digelar di Surakarta, Senin (11/3/2024).", None, "Surakarta"),
        # counter-example: where a speaker told something is no occasion's venue
        ("Hal itu disampaikan Bupati Klaten di Pendopo Kabupaten Klaten, Senin (11/3/2024).", None, "Semarang"),
    ],
)
def test_a_signing_at_the_occasion_told_before(extract, before, venue, city):
    text = (f"SEMARANG - {before} Dalam kesempatan itu, Pemkab Klaten dan Universitas Tunas Harapan "
            "menandatangani nota kesepahaman.")
    records = extract(text)
    assert [(r["location"]["venue"], r["location"]["city"]) for r in records] == [(venue, city)]


def test_a_signing_without_the_back_reference_takes_no_venue_from_the_sentence_before(extract):
    text = ("SEMARANG - Rapat koordinasi ketahanan pangan digelar di Hotel Sahid Kusuma, Senin (11/3/2024). "
            "Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman.")
    assert [r["location"]["venue"] for r in extract(text)] == [None]


def test_the_occasion_told_after_the_lead_is_read_too(extract):
    # the sentence before "Dalam kesempatan itu" lies past the article's lead: it is read all the same
    text = ("SEMARANG - Gubernur Jawa Tengah membuka pameran produk desa. Pameran diikuti dua ratus pelaku usaha. "
            "Para bupati turut hadir. Puncak acara berlangsung di Hotel Sahid Kusuma, Senin (11/3/2024). "
            "Dalam kesempatan itu, Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman.")
    assert [r["location"]["venue"] for r in extract(text)] == ["Hotel Sahid Kusuma"]
