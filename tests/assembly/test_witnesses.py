"""Witnesses: who the text says witnessed a signing, marked up as `<W>name</W>`."""
from __future__ import annotations

import pytest

from tests.components.markup import parse_markup, tag_pattern

_W = tag_pattern("W")


def _marked(text: str) -> tuple[str, list[str]]:
    plain, spans = parse_markup(text, _W)
    return plain, [plain[start:end] for start, end, _ in spans]


@pytest.mark.parametrize(
    "marked",
    [
        # the witnesses named before an active verb ("A dan B menyaksikan penandatanganan")
        "Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman, Selasa (12/3/2024).\n"
        "Gubernur Jawa Tengah <W>Ganjar Wibowo</W> dan Ketua DPRD Klaten <W>Joko Santoso</W> turut "
        "menyaksikan penandatanganan itu.",
        "Menteri Dalam Negeri <W>Budi Santoso</W> menyaksikan penandatanganan nota kesepahaman antara "
        "Pemkab Klaten dan Universitas Tunas Harapan, Selasa (12/3/2024).",
        # the cue before the witnesses still works
        "Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman, Selasa (12/3/2024).\n"
        "Turut menyaksikan, Ketua DPRD Klaten <W>Joko Santoso</W>.",
        # "di hadapan" after the signers are named: the one before whom they sign witnesses
        "Nota kesepahaman ditandatangani Bupati Klaten Wahyu Hidayat dan Rektor Universitas Tunas Harapan "
        "Rina Astuti di hadapan Gubernur Jawa Tengah <W>Ganjar Wibowo</W>, Selasa (12/3/2024).",
        # counter-example: "di hadapan" opening the sentence names no witness, the signers after it sign
        "Di hadapan ratusan mahasiswa, Bupati Klaten Wahyu Hidayat dan Rektor Universitas Tunas Harapan "
        "Rina Astuti menandatangani nota kesepahaman, Selasa (12/3/2024).",
        # counter-examples: a person who witnesses and signs at once, signers named after the verb
        "Bupati Klaten Wahyu Hidayat menyaksikan sekaligus menandatangani nota kesepahaman dengan "
        "Universitas Tunas Harapan, Selasa (12/3/2024).",
        "Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman, Selasa (12/3/2024).\n"
        "Naskah ditandatangani oleh Bupati Klaten Wahyu Hidayat dan Rektor Universitas Tunas Harapan "
        "Rina Astuti.",
        # one who signs is no witness of the signing, also after a later witness cue
        "Bupati Klaten Wahyu Hidayat dan Rektor Universitas Tunas Harapan Rina Astuti menandatangani nota "
        "kesepahaman, Selasa (12/3/2024).\nKampus siap menjadi saksi ahli dalam perkara daerah, ujar "
        "Rektor Universitas Tunas Harapan Rina Astuti.",
    ],
)
def test_witnesses_of_one_signing(extract, marked):
    text, expected = _marked(marked)
    records = extract(text)
    assert len(records) == 1
    assert [w["name"] for w in records[0]["witnesses"]] == expected


TWO_SIGNINGS = (
    "Kementerian Pertanian dan Universitas Tunas Harapan menandatangani nota kesepahaman tentang "
    "riset pangan, Selasa (12/3/2024).\n"
    "Selain itu, Bank Sejahtera dan Koperasi Tani Makmur menandatangani perjanjian kerja sama "
    "tentang kredit usaha tani.\n"
)


def test_a_sentence_about_the_event_gives_every_signing_its_witnesses_and_venue(extract):
    text = TWO_SIGNINGS + ("Penandatanganan kedua naskah tersebut disaksikan oleh Menteri Dalam Negeri "
                           "Budi Santoso di Gedung Graha Sabha.")
    records = extract(text)
    assert len(records) == 2
    assert [[w["name"] for w in r["witnesses"]] for r in records] == [["Budi Santoso"], ["Budi Santoso"]]
    assert [r["location"]["venue"] for r in records] == ["Gedung Graha Sabha", "Gedung Graha Sabha"]


@pytest.mark.parametrize("sentence", ["Penandatanganan berlangsung di Gedung Graha Sabha.",
                                      "Pelaksanaan penandatanganan digelar di Gedung Graha Sabha."])
def test_where_the_event_took_place_is_the_venue_of_every_signing(extract, sentence):
    # further away than the sentences read for a record's own place
    filler = "Kerja sama ini diharapkan bermanfaat. Para pihak akan menyusun rencana kerja. Program dimulai tahun depan.\n"
    records = extract(TWO_SIGNINGS + filler + sentence)
    assert [r["location"]["venue"] for r in records] == ["Gedung Graha Sabha", "Gedung Graha Sabha"]


def test_the_day_of_the_event_dates_a_signing_dated_only_by_its_year(extract):
    text = ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman pada tahun 2024.\n"
            "Selain itu, Bank Sejahtera dan Koperasi Tani Makmur menandatangani perjanjian kerja sama tentang "
            "kredit usaha tani.\n"
            "Kerja sama ini diharapkan bermanfaat. Para pihak akan menyusun rencana kerja. Program dimulai bulan depan.\n"
            "Acara penandatanganan kedua naskah tersebut berlangsung Selasa (12/3/2024).")
    assert [r["date"] for r in extract(text)] == ["2024-03-12", "2024-03-12"]


def test_people_who_lead_the_signing_do_not_sign(extract):
    text = ("KLATEN - Pemkab Klaten dan Kejari Klaten menandatangani nota kesepakatan bersama, Selasa (24/10/2023).\n"
            "Penandatanganan MoU itu dipimpin langsung oleh Kepala Kejaksaan Tinggi Jawa Tengah Budi Santoso "
            "beserta Gubernur Jawa Tengah Ahmad Lutfi.")
    records = extract(text)
    assert [(r["signatories"], [p["name"] for p in r["parties"]]) for r in records] == [
        ([], ["Pemkab Klaten", "Kejari Klaten"])]


@pytest.mark.parametrize(
    ("text", "signers", "witnesses"),
    [
        # the witnesses before the verb, the signers after "penandatanganan yang dilakukan"
        ("Majelis Ulama Indonesia Jawa Tengah dan Pemerintah Provinsi Jawa Tengah menandatangani nota "
         "kesepahaman. Gubernur Jawa Tengah Ahmad Luthfi dan Ketua MUI Jateng KH Ahmad Darodji menyaksikan "
         "penandatanganan yang dilakukan Sekda Jateng Sumarno dan Sekretaris Umum MUI Jateng Multazam Ahmad.",
         ["Sumarno", "Multazam Ahmad"], ["Ahmad Luthfi", "Ahmad Darodji"]),
        # counter-example: with no one after the cue, the witnesses stay witnesses and no one signs
        ("Majelis Ulama Indonesia Jawa Tengah dan Pemerintah Provinsi Jawa Tengah menandatangani nota "
         "kesepahaman. Gubernur Jawa Tengah Ahmad Luthfi dan Ketua MUI Jateng KH Ahmad Darodji menyaksikan "
         "penandatanganan yang dilakukan di Semarang.",
         [], ["Ahmad Luthfi", "Ahmad Darodji"]),
    ],
)
def test_penandatanganan_yang_dilakukan_names_the_signers(extract, text, signers, witnesses):
    [record] = extract(text)
    assert [s["name"] for s in record["signatories"]] == signers
    assert [w["name"] for w in record["witnesses"]] == witnesses


@pytest.mark.parametrize(
    "marked",
    [
        # those before whom the signing is done witness it
        "Pemerintah Indonesia dan Australia menandatangani perjanjian kerja sama pertahanan di Canberra, Senin "
        "(12/8/2024). Penandatanganan dilakukan di hadapan Presiden <W>Joko Widodo</W> dan Perdana Menteri "
        "Australia <W>Anthony Albanese</W>.",
        "Nota kesepahaman itu ditandatangani di hadapan Gubernur Jawa Tengah <W>Ganjar Wibowo</W> oleh Bupati "
        "Klaten Wahyu Hidayat dan Rektor Universitas Tunas Harapan Rina Astuti, Selasa (12/3/2024).",
        # counter-example: the signers named before the cue still sign
        "Di hadapan para mahasiswa, Bupati Klaten Wahyu Hidayat dan Rektor Universitas Tunas Harapan Rina "
        "Astuti menandatangani nota kesepahaman, Selasa (12/3/2024).",
    ],
)
def test_the_ones_before_whom_it_is_signed_witness(extract, marked):
    text, expected = _marked(marked)
    [record] = extract(text)
    assert [w["name"] for w in record["witnesses"]] == expected
    assert len(record["signatories"]) == (0 if "Penandatanganan dilakukan" in text else 2)


@pytest.mark.parametrize(
    "marked",
    [
        # an adverb between "disaksikan" and "oleh" keeps the ones after it witnesses
        "Pemkot Magelang dan Akademi Militer menandatangani nota kesepahaman. Nota kesepahaman ditandatangani Wali "
        "Kota Magelang Muchamad Nur Aziz dan Gubernur Akmil Mayjen TNI Rudy Saladin, disaksikan pula oleh Dandim "
        "0705/Magelang Letkol Inf <W>Aris Prasetyo</W>.",
        "Pemkot Magelang dan Akademi Militer menandatangani nota kesepahaman. Nota kesepahaman ditandatangani Wali "
        "Kota Magelang Muchamad Nur Aziz dan Gubernur Akmil Mayjen TNI Rudy Saladin. Penandatanganan itu juga "
        "disaksikan oleh Ketua DPRD Kota Magelang <W>Budi Prayitno</W>.",
        # counter-example: "oleh" after the signing verb still names signers
        "Pemkot Magelang dan Akademi Militer menandatangani nota kesepahaman. Nota kesepahaman ditandatangani pula "
        "oleh Wali Kota Magelang Muchamad Nur Aziz dan Gubernur Akmil Mayjen TNI Rudy Saladin.",
    ],
)
def test_an_adverb_inside_the_witness_cue(extract, marked):
    text, expected = _marked(marked)
    [record] = extract(text)
    assert [w["name"] for w in record["witnesses"]] == expected
    assert [s["name"] for s in record["signatories"]] == ["Muchamad Nur Aziz", "Rudy Saladin"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # an office named without a holder after a witness or attendee cue stands for no party
        ("TEMANGGUNG - Penandatanganan perjanjian kerja sama antara Pemkab Temanggung dan PT Perkebunan Nusantara IX "
         "disaksikan Gubernur Jawa Tengah. Perjanjian itu diteken Bupati Temanggung Muhammad Al Khadziq dan Direktur "
         "PTPN IX Dwi Sutoro.", ["Pemkab Temanggung", "PT Perkebunan Nusantara IX"]),
        # counter-example: an office without a holder that signs stands for its region's government
        ("TEMANGGUNG - Bupati Temanggung dan Direktur PT Perkebunan Nusantara IX menandatangani perjanjian kerja sama "
         "pengelolaan kebun kopi.", ["Pemerintah Kabupaten Temanggung", "PT Perkebunan Nusantara IX"]),
    ],
)
def test_an_office_that_witnesses_is_no_party(extract, text, parties):
    [record] = extract(text)
    assert [p["name"] for p in record["parties"]] == parties
