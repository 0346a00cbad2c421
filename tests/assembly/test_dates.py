"""Dates of records: the day the article names when none is near the signing."""
from __future__ import annotations

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
