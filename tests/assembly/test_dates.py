"""The signing date chosen among the dates near a record's mentions (dates.py)."""
from __future__ import annotations

import pytest

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
    ],
)
def test_a_month_or_year_dates_a_signing_only_in_its_mention_sentence(extract, when, after, date):
    records = extract(MENTION.format(when=when) + after)
    assert len(records) == 1
    assert (records[0]["status"], records[0]["date"]) == ("signed", date)
