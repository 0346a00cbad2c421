"""Enumerated counterparts: one signing, one agreement per partner named in a list."""
from __future__ import annotations

from tests.assembly.conftest import parties


def test_a_region_named_with_its_acronym_is_one_partner(extract):
    text = ("Bogor - Kementerian Agama menandatangani nota kesepahaman dengan pemerintah daerah tentang "
            "pembangunan madrasah di beberapa daerah, yaitu Kota Kendari, Kab. Ogan Komering Ilir (OKI) "
            "dan Kab. Paser, Jumat (7/9/2018).")
    records = extract(text)
    assert [parties(r) for r in records] == [
        ["Kementerian Agama", "Pemerintah Kota Kendari"],
        ["Kementerian Agama", "Pemerintah Kabupaten Ogan Komering Ilir"],
        ["Kementerian Agama", "Pemerintah Kabupaten Paser"]]
