"""Dates of records (dates.py): the signing date chosen among the dates near a record's
mentions, and the one day the article names (or its dateline's) when none is near."""
from __future__ import annotations

import pytest

SIGNING_FAR_FROM_ITS_DAY = (
    "KLATEN - Pemkab Klaten menandatangani nota kesepahaman dengan Universitas Tunas Harapan.\n"
    "Kerja sama itu meliputi pendidikan dan kesehatan.\n"
    "Bupati berharap kerja sama itu berjalan baik.\n"
    "Para mahasiswa akan praktik di puskesmas.\n"
    "\"Kami siap membantu,\" ujar Rektor Universitas Tunas Harapan Budi Santoso, Senin (11/3/2024).\n"
)


def test_a_signing_dated_nowhere_near_takes_the_one_day_the_article_names(extract):
    assert [r["date"] for r in extract(SIGNING_FAR_FROM_ITS_DAY)] == ["2024-03-11"]


def test_an_article_naming_two_days_dates_no_signing_by_them(extract):
    text = SIGNING_FAR_FROM_ITS_DAY + "Kerja sama itu dimulai Kamis (14/3/2024).\n"
    assert [r["date"] for r in extract(text)] == [None]


DATELINED = ("Klaten, Senin (11/3/2024) - Pemkab Klaten menandatangani nota kesepahaman dengan "
             "Universitas Tunas Harapan.\nKerja sama itu meliputi pendidikan dan kesehatan.\n")


def test_a_signing_the_text_does_not_date_takes_the_datelines_day(extract):
    assert [r["date"] for r in extract(DATELINED)] == ["2024-03-11"]


def test_a_wire_datelines_day_without_brackets_dates_the_signing(extract):
    # the older wire style "Kota Bogor, 12/3 (ANTARA) -": the day/month is the report's day
    text = ("Kota Bogor, 12/3 (ANTARA) - Pemkot Bogor menandatangani perjanjian kerja sama dengan "
            "Institut Pertanian Bogor di Balai Kota Bogor.\n")
    assert [r["date"] for r in extract(text)] == ["2024-03-12"]


def test_the_datelines_day_yields_to_a_day_the_text_names(extract):
    text = DATELINED + "Pertemuan lanjutan digelar Kamis (14/3/2024) di Klaten.\n"
    assert [r["date"] for r in extract(text)] == ["2024-03-14"]


def test_the_datelines_day_dates_no_planned_agreement(extract):
    text = ("Klaten, Senin (11/3/2024) - Pemkab Klaten akan menandatangani nota kesepahaman dengan "
            "Universitas Tunas Harapan.\n")
    assert [(r["status"], r["date"]) for r in extract(text)] == [("planned", None)]


MENTION = ("SLEMAN - Pemkab Sleman menandatangani nota kesepahaman dengan Universitas Gadjah Mada "
           "tentang pengembangan desa wisata{when}.")


@pytest.mark.parametrize(
    ("when", "after", "date"),
    [
        # a year alone in a later sentence dates a figure, not the signing
        ("", " Kunjungan wisatawan ke Sleman pada 2021 mencapai dua juta orang.", None),
        # a month alone in a later sentence dates a past event
        ("", " Kedua pihak sudah bekerja sama sejak September 2019.", None),
        # counter-example: a day in a later sentence dates the signing
        ("", " Penandatanganan berlangsung di Pendopo Sleman, Senin (4/3/2024).", "2024-03-04"),
        # counter-example: a month in the mention sentence is kept
        (" pada Februari 2024", " Kunjungan wisatawan ke Sleman pada 2021 mencapai dua juta orang.", "2024-02"),
        # the day a press statement was received dates the statement, also in a mention sentence
        (" pada Februari 2024", " Dalam keterangan tertulis yang diterima Senin (4/3/2024), Bupati Sleman "
         "menjelaskan bahwa MoU tersebut meliputi pemasaran desa wisata.", "2024-02"),
        (" pada Februari 2024", " Melalui siaran pers, Senin (4/3/2024), Bupati Sleman menjelaskan bahwa MoU "
         "tersebut meliputi pemasaran desa wisata.", "2024-02"),
    ],
)
def test_a_month_or_year_dates_a_signing_only_in_its_mention_sentence(extract, when, after, date):
    records = extract(MENTION.format(when=when) + after)
    assert len(records) == 1
    assert (records[0]["status"], records[0]["date"]) == ("signed", date)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the date of the earlier agreement a signing continues is not the signing's (it is the
        # earlier one's, a record of its own)
        ("Pemkab Sidoarjo dan Pemkab Mojokerto menandatangani kesepakatan bersama pengelolaan air. Kesepakatan "
         "ini merupakan perpanjangan dari kesepakatan bersama yang ditandatangani pada 2019.", [None, "2019"]),
        ("Pemkab Sidoarjo dan Pemkab Mojokerto menandatangani kesepakatan bersama, Senin (5/2/2024). Kesepakatan "
         "ini merupakan tindak lanjut dari nota kesepahaman yang diteken pada 12 Mei 2022.", ["2024-02-05"]),
        # ... also after a past adverb ("yang telah diteken") or "kedua pihak" in the relative clause
        ("Pemkab Sidoarjo dan Pemkab Mojokerto menandatangani perjanjian kerja sama, Senin (5/2/2024), yang "
         "merupakan turunan dari nota kesepahaman yang telah diteken tahun lalu.", ["2024-02-05", "2023"]),
        ("Penandatanganan perjanjian kerja sama antara Pemkab Sidoarjo dan Pemkab Mojokerto pada Senin (5/2/2024) "
         "ini menindaklanjuti nota kesepahaman yang diteken kedua pihak pada Oktober lalu.",
         ["2024-02-05", "2023-10"]),
        # an earlier agreement named in the signing's sentence without a date of its own takes none,
        # not the signing's day
        ("Pemkab Sidoarjo dan Universitas Delta menandatangani perjanjian kerja sama, Senin (5/2/2024), sebagai "
         "tindak lanjut nota kesepahaman kedua pihak.", ["2024-02-05", None]),
        ("Sebagai tindak lanjut nota kesepahaman, Pemkab Sidoarjo dan Universitas Delta menandatangani "
         "perjanjian kerja sama, Senin (5/2/2024).", [None, "2024-02-05"]),
        # ... and a year written right after its name dates it
        ("Pemkab Sidoarjo dan Universitas Delta menandatangani perjanjian kerja sama, Senin (5/2/2024), yang "
         "merupakan implementasi nota kesepahaman tahun 2021.", ["2024-02-05", "2021"]),
        ("Pemkab Sidoarjo dan Universitas Delta menandatangani nota kesepahaman tahun 2024 tentang pendidikan, "
         "Senin (5/2/2024).", ["2024-02-05"]),
        # counter-examples: a relative clause of this signing, and an earlier agreement's own record
        ("Kerja sama ini merupakan tindak lanjut dari nota kesepahaman antara Pemkab Sidoarjo dan Universitas "
         "Delta yang ditandatangani Senin (5/2/2024).", ["2024-02-05"]),
        ("Kesepakatan bersama antara Pemkab Sidoarjo dan Pemkab Mojokerto yang ditandatangani pada Senin "
         "(5/2/2024) itu meliputi pengelolaan air.", ["2024-02-05"]),
        ("Kerja sama ini merupakan tindak lanjut dari nota kesepahaman antara Pemkab Sidoarjo dan Pemkab "
         "Mojokerto yang ditandatangani pada 2022.", ["2022"]),
    ],
)
def test_a_date_of_an_earlier_agreement_dates_no_signing(extract, text, dates):
    assert [r["date"] for r in extract(text)] == dates


CAPTIONED = ("Pemkab Pati dan Bank Sejahtera menandatangani nota kesepahaman tentang kredit usaha rakyat.\n"
             "Foto: Penandatanganan MoU antara Pemkab Pati dan Bank Sejahtera, Jumat (26/4/2024).\n")


def test_a_photo_captions_day_dates_a_signing_the_text_dates_nowhere(extract):
    records = extract(CAPTIONED)
    assert [(r["date"], len(r["parties"])) for r in records] == [("2024-04-26", 2)]


def test_a_photo_captions_day_yields_to_a_day_the_text_names(extract):
    text = CAPTIONED + "Kerja sama itu ditandatangani Senin (29/4/2024).\n"
    assert [r["date"] for r in extract(text)] == ["2024-04-29"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a weekday written alone dates a signing against the publication date (2024-03-20, a
        # Wednesday): the latest such weekday on or before it
        ("Pemkab Klaten menandatangani nota kesepahaman dengan Universitas Tunas Harapan di Pendopo "
         "Klaten, Senin.\n", "2024-03-20", [("signed", "2024-03-18")]),
        # ... against the dateline's day when the dateline prints one (2024-03-12, a Tuesday)
        ("Klaten, 12/3 (ANTARA) - Pemkab Klaten menandatangani nota kesepahaman dengan Universitas Tunas "
         "Harapan, Senin.\n", "2024-03-20", [("signed", "2024-03-11")]),
        # counter-examples: a planned signing takes no past weekday; without a publication or
        # dateline date a weekday says nothing about the day
        ("Pemkab Klaten akan menandatangani nota kesepahaman dengan Universitas Tunas Harapan, Kamis.\n",
         "2024-03-20", [("planned", None)]),
        ("Pemkab Klaten menandatangani nota kesepahaman dengan Universitas Tunas Harapan, Senin.\n",
         None, [("signed", None)]),
        # ... nor a habit, nor the first word of a name
        ("Polres Klaten dan Pemkab Klaten menandatangani nota kesepahaman tentang program Jumat Curhat di "
         "Pendopo Klaten.\n", "2024-03-20", [("signed", None)]),
        ("Polres Klaten dan Pemkab Klaten menandatangani nota kesepahaman tentang bersih desa yang digelar "
         "setiap Jumat.\n", "2024-03-20", [("signed", None)]),
    ],
)
def test_a_weekday_alone_is_dated_by_the_reports_day(extract, text, published, expected):
    assert [(r["status"], r["date"]) for r in extract(text, published=published)] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "hari ini" and "kemarin" count from the day the dateline prints, not a later publication
        ("Jakarta, 3 Juni 2024 - PT Telkom Indonesia dan Badan Siber dan Sandi Negara menandatangani nota "
         "kesepahaman di Jakarta hari ini.\n", "2024-06-07", [("signed", "2024-06-03")]),
        ("Klaten, 12/3 (ANTARA) - Pemkab Klaten menandatangani nota kesepahaman dengan Universitas Tunas "
         "Harapan kemarin.\n", "2024-03-20", [("signed", "2024-03-11")]),
        # counter-example: without a dated dateline they count from the publication date
        ("Jakarta - PT Telkom Indonesia dan Badan Siber dan Sandi Negara menandatangani nota kesepahaman "
         "di Jakarta hari ini.\n", "2024-06-07", [("signed", "2024-06-07")]),
        # a relative day right after the dateline is no date the dateline prints: without a
        # publication date it dates nothing (the day of the run would be invented)
        ("JAKARTA - Hari ini, PT Sinar Jaya dan Universitas Tunas Harapan menandatangani nota kesepahaman.\n",
         None, [("signed", None)]),
        ("JAKARTA. Gubernur DKI sore ini menerima pimpinan bank daerah di Balai Kota. Dalam pertemuan itu ditandatangani "
         "nota kesepahaman antara PT Sinar Jaya dengan PT Tunas Harapan.\n", "2015-05-18", [("signed", "2015-05-18")]),
    ],
)
def test_relative_days_count_from_the_datelines_day(extract, text, published, expected):
    assert [(r["status"], r["date"]) for r in extract(text, published=published)] == expected


@pytest.mark.parametrize(
    ("later", "dates"),
    [
        # a day counted from the day written before it dates the later agreement it opens
        ("Sehari kemudian, giliran PT Sinar Jaya yang meneken perjanjian kerja sama dengan Pemkab Klaten.",
         ["2024-03-12", "2024-03-13"]),
        ("Dua hari kemudian, giliran PT Sinar Jaya yang meneken perjanjian kerja sama dengan Pemkab Klaten.",
         ["2024-03-12", "2024-03-14"]),
        ("Tiga hari kemudian, giliran PT Sinar Jaya yang meneken perjanjian kerja sama dengan Pemkab Klaten.",
         ["2024-03-12", "2024-03-15"]),
    ],
)
def test_a_day_counted_from_the_day_before_it(extract, later, dates):
    text = ("KLATEN - Pemkab Klaten menandatangani nota kesepahaman dengan Universitas Tunas Harapan, "
            f"Selasa (12/3/2024). {later}")
    assert [r["date"] for r in extract(text)] == dates


def test_a_counted_day_with_no_day_before_it_dates_nothing(extract):
    text = ("KLATEN - Sehari kemudian, Pemkab Klaten menandatangani nota kesepahaman dengan Universitas Tunas "
            "Harapan.")
    assert [r["date"] for r in extract(text)] == [None]


@pytest.mark.parametrize(
    ("told", "date"),
    [
        # the day a speaker told of the signing ("mengatakan hal itu") dates the telling: the signing
        # keeps its own "pekan lalu" (the week before the report, in March)
        ("Gubernur Bali mengatakan hal itu di Denpasar, Senin (18/3/2024).", "2024-03"),
        ("Hal itu disampaikan Gubernur Bali di Denpasar, Senin (18/3/2024).", "2024-03"),
        # counter-example: a sentence that dates the signing itself
        ("Penandatanganan dilakukan pada Senin (11/3/2024).", "2024-03-11"),
    ],
)
def test_the_day_it_was_told_dates_no_signing(extract, told, date):
    text = ("DENPASAR - Pemprov Bali dan Pemerintah Australia Barat menandatangani nota kesepahaman di Perth, "
            f"Australia, pekan lalu. {told}")
    assert [r["date"] for r in extract(text)] == [date]



def test_a_date_inside_a_bodys_name_dates_no_signing(extract):
    text = ("CIREBON - Universitas 17 Agustus 1945 (Untag) Cirebon menandatangani nota kesepahaman dengan "
            "Kyoto University.")
    assert [r["date"] for r in extract(text)] == [None]


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        # a day or month without a year written as lying ahead is the first one after the report
        # (published 2024-03-20), not the latest before it
        ("akan menandatangani nota kesepahaman pada 10 April mendatang", ("planned", "2024-04-10")),
        ("akan menandatangani nota kesepahaman pada Februari mendatang", ("planned", "2025-02")),
        ("dijadwalkan menandatangani nota kesepahaman Senin mendatang", ("planned", "2024-03-25")),
        # counter-examples: a day written as past, and one with its year
        ("menandatangani nota kesepahaman pada 10 Maret lalu", ("signed", "2024-03-10")),
        ("akan menandatangani nota kesepahaman pada 10 Februari 2025 mendatang", ("planned", "2025-02-10")),
    ],
)
def test_a_day_written_as_lying_ahead(extract, when, expected):
    text = f"Pemkab Klaten {when} dengan Universitas Tunas Harapan.\n"
    assert [(r["status"], r["date"]) for r in extract(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "kemarin" / "hari ini" inside quoted speech count from the day of the statement written
        # after the quote, not from the publication date (2024-03-21) or the dateline's day
        ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman di Pendopo Klaten. "
         '"Kemarin kami sudah meneken MoU ini," ujar Bupati Klaten, Selasa (19/3/2024).', "2024-03-18"),
        ('Klaten, 21 Maret 2024 - Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman. '
         '"Hari ini kami menandatangani MoU," kata Bupati Klaten di Pendopo Klaten, Selasa (19/3/2024).',
         "2024-03-19"),
        # counter-examples: outside a quote, and a quote with no day of its statement
        ("Pemkab Klaten dan Universitas Tunas Harapan kemarin menandatangani nota kesepahaman di Pendopo Klaten. "
         "Bupati Klaten menyampaikan hal itu, Selasa (19/3/2024).", "2024-03-20"),
        ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman di Pendopo Klaten. "
         '"Kemarin kami sudah meneken MoU ini," ujar Bupati Klaten.', "2024-03-20"),
    ],
)
def test_a_relative_day_in_quoted_speech_counts_from_the_statement(extract, text, expected):
    assert [r["date"] for r in extract(text, published="2024-03-21")] == [expected]


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        # a planned signing lies ahead of the report (published 2024-03-20): a day or month without
        # a year is the next one, and a weekday-dated day the upcoming one that fits the weekday
        ("akan menandatangani nota kesepahaman pada 10 Februari", ("planned", "2025-02-10")),
        ("akan menandatangani nota kesepahaman pada akhir Februari", ("planned", "2025-02")),
        ("dijadwalkan menandatangani nota kesepahaman pada Senin (25/3)", ("planned", "2024-03-25")),
        # counter-examples: a signed agreement's day lies behind the report, and a written year stays
        ("menandatangani nota kesepahaman pada 10 Februari", ("signed", "2024-02-10")),
        ("akan menandatangani nota kesepahaman pada 10 Februari 2024", ("planned", "2024-02-10")),
    ],
)
def test_a_planned_signings_day_lies_ahead_of_the_report(extract, when, expected):
    text = f"Pemkab Klaten {when} dengan Universitas Tunas Harapan.\n"
    assert [(r["status"], r["date"]) for r in extract(text)] == [expected]
