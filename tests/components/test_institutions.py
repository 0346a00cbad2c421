"""Institution names: gazetteer, regional forms, head words, acronyms defined in text."""
from __future__ import annotations

import typing

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.institutions import (
    AcronymTable,
    Institution,
    acronym_fits,
    canonicalize,
    expand_abbreviations,
    org_head_kind,
    org_heads,
    same_institution,
)
from extract.schema import PartyKind

# name as written -> (canonical, acronym, kind, region_code)
CANONICAL_CASES = [
    # regional governments
    ("Pemkab Banyumas", "Pemerintah Kabupaten Banyumas", "Pemkab Banyumas", "regional_government", "33.02"),
    ("Pemerintah Kabupaten (Pemkab) Cilacap", "Pemerintah Kabupaten Cilacap", "Pemkab Cilacap", "regional_government", "33.01"),
    ("Kab. Purbalingga", "Pemerintah Kabupaten Purbalingga", "Pemkab Purbalingga", "regional_government", "33.03"),
    ("Pemkot Serang", "Pemerintah Kota Serang", "Pemkot Serang", "regional_government", "36.73"),
    ("Pemkab Serang", "Pemerintah Kabupaten Serang", "Pemkab Serang", "regional_government", "36.04"),
    ("Pemko Medan", "Pemerintah Kota Medan", "Pemkot Medan", "regional_government", "12.71"),
    ("Pemerintah Kota Semarang", "Pemerintah Kota Semarang", "Pemkot Semarang", "regional_government", "33.74"),
    ("Pemprov Jateng", "Pemerintah Provinsi Jawa Tengah", "Pemprov Jateng", "regional_government", "33"),
    ("Pemerintah Provinsi Sulawesi Selatan", "Pemerintah Provinsi Sulawesi Selatan", "Pemprov Sulsel", "regional_government", "73"),
    ("Pemprov Bali", "Pemerintah Provinsi Bali", "Pemprov Bali", "regional_government", "51"),
    ("Pemda Kulon Progo", "Pemerintah Kabupaten Kulon Progo", "Pemkab Kulon Progo", "regional_government", "34.01"),
    ("Pemkot Jakarta Timur", "Pemerintah Kota Administrasi Jakarta Timur", "Pemkot Jakarta Timur", "regional_government", "31.75"),
    ("DPRD Jatim", "Dewan Perwakilan Rakyat Daerah Provinsi Jawa Timur", "DPRD Jatim", "regional_government", "35"),
    ("Disdik Kabupaten Banyumas", "Dinas Pendidikan Kabupaten Banyumas", "Disdik Banyumas", "regional_government", "33.02"),
    ("Dinkes Jabar", "Dinas Kesehatan Provinsi Jawa Barat", "Dinkes Jabar", "regional_government", "32"),
    ("Bappeda Kota Surakarta", "Badan Perencanaan Pembangunan Daerah Kota Surakarta", "Bappeda Surakarta", "regional_government", "33.72"),
    ("Dinas Perikanan Kabupaten Cilacap", "Dinas Perikanan Kabupaten Cilacap", None, "regional_government", "33.01"),
    # regional offices of national bodies
    ("Kanwil Kemenkumham Jateng", "Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Jawa Tengah", "Kanwil Kemenkumham Jateng", "ministry", "33"),
    ("Kantor Wilayah Kementerian Hukum dan HAM Jawa Tengah", "Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Jawa Tengah", "Kanwil Kemenkumham Jateng", "ministry", "33"),
    ("Kemenkumham Jateng", "Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Jawa Tengah", "Kanwil Kemenkumham Jateng", "ministry", "33"),
    ("Kanwil Kemenag Jatim", "Kantor Wilayah Kementerian Agama Jawa Timur", "Kanwil Kemenag Jatim", "ministry", "35"),
    ("Kemenag Kabupaten Banyumas", "Kantor Kementerian Agama Kabupaten Banyumas", "Kemenag Banyumas", "ministry", "33.02"),
    ("Ombudsman RI Perwakilan Jawa Tengah", "Ombudsman Republik Indonesia Perwakilan Jawa Tengah", "ORI Perwakilan Jateng", "agency", "33"),
    ("Perwakilan Ombudsman Banten", "Ombudsman Republik Indonesia Perwakilan Banten", "ORI Perwakilan Banten", "agency", "36"),
    ("BPKP Perwakilan Sulsel", "Badan Pengawasan Keuangan dan Pembangunan Perwakilan Sulawesi Selatan", "BPKP Perwakilan Sulsel", "agency", "73"),
    ("BPS Provinsi Jawa Tengah", "Badan Pusat Statistik Provinsi Jawa Tengah", "BPS Jateng", "agency", "33"),
    # a branch ("Cabang") of a national body in a region is its office there
    ("BPJS Kesehatan Cabang Klaten", "Badan Penyelenggara Jaminan Sosial Kesehatan Kabupaten Klaten", "BPJS Kesehatan Klaten", "agency", "33.10"),
    ("Kantah Kabupaten Sleman", "Kantor Pertanahan Kabupaten Sleman", "Kantah Sleman", "ministry", "34.04"),
    # ministries by current and past names
    ("Kemenkumham", "Kementerian Hukum dan Hak Asasi Manusia", "Kemenkumham", "ministry", None),
    ("Kementerian Hukum dan HAM RI", "Kementerian Hukum dan Hak Asasi Manusia", "Kemenkumham", "ministry", None),
    ("Departemen Hukum dan HAM", "Kementerian Hukum dan Hak Asasi Manusia", "Kemenkumham", "ministry", None),
    ("Kemenkum", "Kementerian Hukum", "Kemenkum", "ministry", None),
    ("Kementerian Imigrasi dan Pemasyarakatan", "Kementerian Imigrasi dan Pemasyarakatan", "Kemenimipas", "ministry", None),
    ("Kemendikdasmen", "Kementerian Pendidikan Dasar dan Menengah", "Kemendikdasmen", "ministry", None),
    ("Kementerian Pendidikan Tinggi, Sains dan Teknologi", "Kementerian Pendidikan Tinggi, Sains, dan Teknologi", "Kemendiktisaintek", "ministry", None),
    ("Kemendikbudristek", "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi", "Kemendikbudristek", "ministry", None),
    ("Kementerian Komunikasi dan Informatika", "Kementerian Komunikasi dan Digital", "Komdigi", "ministry", None),
    ("Kementerian ATR/BPN", "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional", "Kementerian ATR/BPN", "ministry", None),
    ("Kemenko Polhukam", "Kementerian Koordinator Bidang Politik dan Keamanan", "Kemenko Polkam", "ministry", None),
    ("Kementerian PUPR", "Kementerian Pekerjaan Umum dan Perumahan Rakyat", "Kementerian PUPR", "ministry", None),
    ("Bappenas", "Kementerian Perencanaan Pembangunan Nasional/Badan Perencanaan Pembangunan Nasional", "Kementerian PPN/Bappenas", "ministry", None),
    # agencies and commissions
    ("Ombudsman Republik Indonesia", "Ombudsman Republik Indonesia", "ORI", "agency", None),
    ("Komnas HAM", "Komisi Nasional Hak Asasi Manusia", "Komnas HAM", "agency", None),
    ("Komisi Pemberantasan Korupsi", "Komisi Pemberantasan Korupsi", "KPK", "agency", None),
    ("BP Jamsostek", "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan", "BPJS Ketenagakerjaan", "agency", None),
    ("Badan SAR Nasional", "Badan Nasional Pencarian dan Pertolongan", "Basarnas", "agency", None),
    ("Bank Indonesia", "Bank Indonesia", "BI", "bank", None),
    # police, prosecutors, courts, armed forces
    ("Polri", "Kepolisian Negara Republik Indonesia", "Polri", "police", None),
    ("Polda Jateng", "Kepolisian Daerah Jawa Tengah", "Polda Jateng", "police", "33"),
    ("Polda Metro Jaya", "Kepolisian Daerah Metro Jaya", "Polda Metro Jaya", "police", None),
    ("Polres Purbalingga", "Kepolisian Resor Purbalingga", "Polres Purbalingga", "police", "33.03"),
    ("Polrestabes Semarang", "Kepolisian Resor Kota Besar Semarang", "Polrestabes Semarang", "police", "33.74"),
    ("Polsek Sokaraja", "Kepolisian Sektor Sokaraja", "Polsek Sokaraja", "police", None),
    ("Kejaksaan Agung", "Kejaksaan Agung", "Kejagung", "prosecutor", None),
    ("Kejati Jawa Tengah", "Kejaksaan Tinggi Jawa Tengah", "Kejati Jateng", "prosecutor", "33"),
    ("Kejari Cilacap", "Kejaksaan Negeri Cilacap", "Kejari Cilacap", "prosecutor", "33.01"),
    ("Mahkamah Agung", "Mahkamah Agung", "MA", "court", None),
    ("PN Purwokerto", "Pengadilan Negeri Purwokerto", "PN Purwokerto", "court", None),
    ("PT Semarang", "Pengadilan Tinggi Semarang", "PT Semarang", "court", "33.74"),
    ("PT Agama Surabaya", "Pengadilan Tinggi Agama Surabaya", "PTA Surabaya", "court", "35.78"),
    ("Pengadilan Agama Cilacap", "Pengadilan Agama Cilacap", "PA Cilacap", "court", "33.01"),
    ("PTUN Bandung", "Pengadilan Tata Usaha Negara Bandung", "PTUN Bandung", "court", "32.73"),
    ("Kodim 0702/Purbalingga", "Komando Distrik Militer 0702/Purbalingga", "Kodim 0702/Purbalingga", "agency", "33.03"),
    ("Lanud Adi Soemarmo", "Pangkalan TNI Angkatan Udara Adi Soemarmo", "Lanud Adi Soemarmo", "agency", None),
    # BUMN and banks
    ("PT Pertamina", "PT Pertamina (Persero)", "Pertamina", "company", None),
    ("PT PLN (Persero)", "PT Perusahaan Listrik Negara (Persero)", "PLN", "company", None),
    ("Bank Rakyat Indonesia", "PT Bank Rakyat Indonesia (Persero) Tbk", "BRI", "bank", None),
    ("Bank Syariah Indonesia", "PT Bank Syariah Indonesia Tbk", "BSI", "bank", None),
    ("Perum Bulog", "Perum Badan Urusan Logistik", "Bulog", "company", None),
    # head words: universities, schools, companies, NGOs, foreign bodies
    ("Universitas Gadjah Mada", "Universitas Gadjah Mada", "UGM", "university", None),
    ("Universitas Muhammadiyah Purwokerto", "Universitas Muhammadiyah Purwokerto", "UMP", "university", None),
    ("Politeknik Negeri Cilacap", "Politeknik Negeri Cilacap", "PNC", "university", None),
    ("Univ. Harapan Bangsa", "Universitas Harapan Bangsa", "UHB", "university", None),
    ("SMK Negeri 2 Purwokerto", "SMK Negeri 2 Purwokerto", None, "school", None),
    ("PT Sinar Tani Makmur", "PT Sinar Tani Makmur", None, "company", None),
    ("PT Bank Perekonomian Rakyat Artha Jaya", "PT Bank Perekonomian Rakyat Artha Jaya", None, "bank", None),
    ("Yayasan Peduli Anak Bangsa", "Yayasan Peduli Anak Bangsa", None, "ngo", None),
    ("RSUD Cilacap", "Rumah Sakit Umum Daerah Cilacap", "RSUD Cilacap", "hospital", "33.01"),
    ("Pemerintah Jepang", "Pemerintah Jepang", None, "foreign", None),
    ("Kedutaan Besar Belanda", "Kedutaan Besar Belanda", None, "foreign", None),
    ("JICA", "Japan International Cooperation Agency", "JICA", "foreign", None),
    ("Warung Bu Sri", "Warung Bu Sri", None, "other", None),
    # company names that share an agency's acronym stay companies
    ("PT BPS", "PT BPS", None, "company", None),
    # ministries as "Kementerian <acronym>", province short forms spelt out
    ("Kementerian LHK", "Kementerian Lingkungan Hidup dan Kehutanan", "KLHK", "ministry", None),
    ("Ikatan Dokter Anak Jateng", "Ikatan Dokter Anak Jawa Tengah", None, "ngo", None),
    ("SMKN 3 Banyumas", "SMK Negeri 3 Banyumas", None, "school", None),
    # a kabupaten and a kota of the same name stay apart
    ("Kejari Kota Magelang", "Kejaksaan Negeri Kota Magelang", "Kejari Kota Magelang", "prosecutor", "33.71"),
    ("Kejari Kabupaten Magelang", "Kejaksaan Negeri Kabupaten Magelang", "Kejari Kabupaten Magelang", "prosecutor", "33.08"),
    ("RSUD Kabupaten Cilacap", "Rumah Sakit Umum Daerah Cilacap", "RSUD Cilacap", "hospital", "33.01"),
    ("Dinas Komunikasi dan Informatika (Diskominfo) Provinsi Kepulauan Riau", "Dinas Komunikasi dan Informatika Provinsi Kepulauan Riau", "Diskominfo Kepri", "regional_government", "21"),
]


@pytest.mark.parametrize(("name", "canonical", "acronym", "kind", "region_code"), CANONICAL_CASES,
                         ids=[case[0] for case in CANONICAL_CASES])
def test_canonicalize(name: str, canonical: str, acronym: str | None, kind: str,
                      region_code: str | None) -> None:
    found = canonicalize(name)
    assert (found.canonical, found.acronym, found.kind, found.region_code) == (
        canonical, acronym, kind, region_code)
    assert found.rule


def test_every_kind_is_a_party_kind() -> None:
    kinds = set(typing.get_args(PartyKind))
    assert {canonicalize(case[0]).kind for case in CANONICAL_CASES} <= kinds
    assert {org_head_kind(head) for head in org_heads()} - {None} <= kinds


def test_canonicalize_always_answers() -> None:
    for name in ("", "   ", "(foto)", "---"):
        assert isinstance(canonicalize(name), Institution)


@pytest.mark.parametrize(("name", "expanded"), [
    ("Pemkab Banyumas", "Pemerintah Kabupaten Banyumas"),
    ("Kanwil Kemenkumham Jateng", "Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Jawa Tengah"),
    ("Pemprov DIY", "Pemerintah Provinsi Daerah Istimewa Yogyakarta"),
    ("Kejati Sumut", "Kejaksaan Tinggi Sumatera Utara"),
    ("Pemdes Karangrau", "Pemerintah Desa Karangrau"),
])
def test_expand_abbreviations(name: str, expanded: str) -> None:
    assert expand_abbreviations(name) == expanded


@pytest.mark.parametrize(("words", "kind"), [
    ("Kementerian Pertanian", "ministry"),
    ("Badan Pusat Statistik", "agency"),
    ("Dinas Pendidikan", "regional_government"),
    ("Pemkot Tegal", "regional_government"),
    ("Universitas Jenderal Soedirman", "university"),
    ("UIN Saizu", "university"),
    ("Sekolah Tinggi Ilmu Ekonomi", "university"),
    ("Sekolah Dasar Negeri 1", "school"),
    ("PT Aneka Usaha", "company"),
    ("PT Bank Sentosa", "bank"),
    ("PT Agama Semarang", "court"),
    ("Pengadilan Negeri Banyumas", "court"),
    ("Polres Cilacap", "police"),
    ("Kejari Purbalingga", "prosecutor"),
    ("Yayasan Kasih", "ngo"),
    ("Ikatan Alumni", "ngo"),
    ("MAN 2 Banyumas", "school"),
    ("Puskesmas Sokaraja", "hospital"),
    ("Kedutaan Besar Jepang", "foreign"),
    ("Pemerintah Australia", "foreign"),
    ("KBRI Tokyo", "ministry"),
    ("pt bukan kepala", None),
    ("Bupati Banyumas", None),
    ("Sementara itu", None),
])
def test_org_head_kind(words: str, kind: str | None) -> None:
    assert org_head_kind(words) == kind


def test_org_heads_are_lower_case_and_cover_the_kinds() -> None:
    heads = org_heads()
    assert {"kementerian", "universitas", "pt", "yayasan", "rsud", "pemerintah jepang"} <= heads
    assert all(head == head.casefold() for head in heads)


@pytest.mark.parametrize(("a", "b"), [
    ("Ombudsman RI", "Ombudsman Republik Indonesia"),
    ("ORI", "Ombudsman"),
    ("Kemenkumham", "Kementerian Hukum dan HAM"),
    ("Kanwil Kemenkumham Jateng", "Kantor Wilayah Kementerian Hukum dan HAM Jawa Tengah"),
    ("Pemkab Banyumas", "Pemerintah Kabupaten (Pemkab) Banyumas"),
    ("Pemkot Surakarta", "Pemerintah Kota Surakarta"),
    ("Kominfo", "Kementerian Komunikasi dan Digital"),
    ("Universitas Sultan Ageng Tirtayasa", "Untirta"),
    ("PT Agama Semarang", "Pengadilan Tinggi Agama Semarang"),
    ("BRI", "PT Bank Rakyat Indonesia (Persero) Tbk"),
    ("PT Sinar Tani Makmur", "Sinar Tani Makmur"),
    ("PT STM", "PT Sinar Tani Makmur"),
    ("Forum Guru Jateng", "Forum Guru Jawa Tengah"),
])
def test_same_institution(a: str, b: str) -> None:
    assert same_institution(a, b)
    assert same_institution(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("Pemkab Serang", "Pemkot Serang"),
    ("Kemenkumham", "Kemenkum"),
    ("Kanwil Kemenkumham Jateng", "Kanwil Kemenkumham Jatim"),
    ("Ombudsman RI", "Ombudsman RI Perwakilan Banten"),
    ("Pemprov Jateng", "Pemkab Banyumas"),
    ("Polda Jateng", "Polres Banyumas"),
    ("Universitas Sultan Ageng Tirtayasa", "Unsera"),
    ("Bank Mandiri", "Bank Jateng"),
    ("PT BPS", "Badan Pusat Statistik"),
    ("Kejari Kota Magelang", "Kejari Kabupaten Magelang"),
    ("BPJS Kesehatan Cabang Klaten", "BPJS Kesehatan Cabang Sleman"),
    ("", ""),
])
def test_not_same_institution(a: str, b: str) -> None:
    assert not same_institution(a, b)


ACRONYM_TEXT = (
    "PURWOKERTO - Ombudsman Republik Indonesia (ORI) dan Pemerintah Kabupaten (Pemkab) "
    "Banyumas menandatangani Memorandum of Understanding (MoU), Selasa (12/10). "
    "Kerja sama itu disaksikan Komisi Kejaksaan Republik Indonesia (Komjak RI) dan "
    "Kejaksaan Agung (Kejagung). Politeknik Negeri Cilacap (PNC) ikut hadir, begitu pula "
    "KPK (Komisi Pemberantasan Korupsi). PT Bina Karya (Persero) membawa spanduk. "
    "(FOTO: ANTARA/Dok) Bupati Banyumas (kanan) berbicara di Pendopo Sipanji (Purwokerto). "
    "Kementerian Hukum dan Hak Asasi Manusia (Kemenkumham) dan Kepolisian Negara Republik "
    "Indonesia (Polri) mendukung. Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) "
    "menyiapkan data senilai Rp 2 miliar (USD 130). Universitas Jenderal Soedirman (Unsoed) "
    "hadir pada (30/6/2024)."
)


@pytest.mark.parametrize(("acronym", "long_form"), [
    ("ORI", "Ombudsman Republik Indonesia"),
    ("Pemkab", "Pemerintah Kabupaten"),
    ("MoU", "Memorandum of Understanding"),
    ("Komjak RI", "Komisi Kejaksaan Republik Indonesia"),
    ("Kejagung", "Kejaksaan Agung"),
    ("PNC", "Politeknik Negeri Cilacap"),
    ("KPK", "Komisi Pemberantasan Korupsi"),
    ("Kemenkumham", "Kementerian Hukum dan Hak Asasi Manusia"),
    ("Polri", "Kepolisian Negara Republik Indonesia"),
    ("Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
    ("Unsoed", "Universitas Jenderal Soedirman"),
])
def test_acronym_defined_in_text(acronym: str, long_form: str) -> None:
    table = AcronymTable.from_text(ACRONYM_TEXT)
    assert table.expand(acronym) == long_form
    assert table.abbreviate(long_form) == acronym


@pytest.mark.parametrize("not_an_acronym", [
    "Persero", "FOTO: ANTARA/Dok", "12/10", "kanan", "Purwokerto", "USD 130", "30/6/2024", "Selasa",
])
def test_parenthesised_non_acronyms_are_ignored(not_an_acronym: str) -> None:
    table = AcronymTable.from_text(ACRONYM_TEXT)
    assert table.expand(not_an_acronym) is None
    assert not_an_acronym not in {item[0] for item in table.items()}


def test_acronym_items_span_the_definition() -> None:
    table = AcronymTable.from_text(ACRONYM_TEXT)
    for acronym, long_form, start, end in table.items():
        span = ACRONYM_TEXT[start:end]
        assert span.endswith(")") and acronym in span and long_form.split()[0] in span


def test_acronym_lookup_ignores_case() -> None:
    assert AcronymTable.from_text(ACRONYM_TEXT).expand("ori") == "Ombudsman Republik Indonesia"


@pytest.mark.parametrize(("acronym", "words", "fits"), [
    ("Untirta", "Universitas Sultan Ageng Tirtayasa", True),
    ("Bappenas", "Badan Perencanaan Pembangunan Nasional", True),
    ("Kemendikbudristek", "Kementerian Pendidikan Kebudayaan Riset dan Teknologi", True),
    ("Disdik", "Dinas Pendidikan", True),
    ("ORI", "Bupati Banyumas", False),
    ("Jateng", "Kota Semarang", False),
    ("Pemkot", "Pemerintah Kota Yogyakarta", False),
])
def test_acronym_fits(acronym: str, words: str, fits: bool) -> None:
    assert acronym_fits(acronym, words.split()) is fits


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_any_text_is_handled(a: str, b: str) -> None:
    assert canonicalize(a).kind in typing.get_args(PartyKind)
    assert same_institution(a, b) == same_institution(b, a)
    text = f"{a} ({b})"
    for _, _, start, end in AcronymTable.from_text(text).items():
        assert 0 <= start < end <= len(text)
