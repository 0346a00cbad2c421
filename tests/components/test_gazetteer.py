"""The gazetteer tables: every file parses, every key names one row, names resolve to rows."""
from __future__ import annotations

import pytest

import extract.gazetteer as gazetteer_module
from extract.gazetteer import Gazetteer, find_known, gazetteer
from extract.institutions import canonicalize
from extract.patterns import PatternFileError, patterns_dir
from extract.vocabulary import GazetteerTable, Gazetteers, gazetteers, parse_file

# name as written -> (canonical, acronym, kind, region_code, country)
KNOWN = [
    # banks: short names, legal names, renames and mergers
    ("Bank Jateng", "PT Bank Pembangunan Daerah Jawa Tengah", "Bank Jateng", "bank", None, None),
    ("BPD Jateng", "PT Bank Pembangunan Daerah Jawa Tengah", "Bank Jateng", "bank", None, None),
    ("BPD Kaltim", "PT Bank Pembangunan Daerah Kalimantan Timur dan Kalimantan Utara", "Bank Kaltimtara", "bank", None, None),
    ("Bank Kaltimtara", "PT Bank Pembangunan Daerah Kalimantan Timur dan Kalimantan Utara", "Bank Kaltimtara", "bank", None, None),
    ("Bank Sulut", "PT Bank Pembangunan Daerah Sulawesi Utara dan Gorontalo", "Bank SulutGo", "bank", None, None),
    ("PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk", "PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk", "Bank BJB", "bank", None, None),
    ("BRI Syariah", "PT Bank Syariah Indonesia Tbk", "BSI", "bank", None, None),
    ("Bank Bukopin", "PT Bank KB Indonesia Tbk", "KB Bank", "bank", None, None),
    ("Bank BTPN", "PT Bank SMBC Indonesia Tbk", "SMBC Indonesia", "bank", None, None),
    ("Bank Artos", "PT Bank Jago Tbk", "Bank Jago", "bank", None, None),
    ("Bank Rakyat Indonesia", "PT Bank Rakyat Indonesia (Persero) Tbk", "BRI", "bank", None, None),
    # state companies and subsidiaries
    ("Pertamina Hulu Energi", "PT Pertamina Hulu Energi", "PHE", "company", None, None),
    ("PTPN IV", "PT Perkebunan Nusantara IV", "PTPN IV", "company", None, None),
    ("Holding Perkebunan Nusantara", "PT Perkebunan Nusantara", "PTPN", "company", None, None),
    ("Angkasa Pura II", "PT Angkasa Pura Indonesia", "InJourney Airports", "company", None, None),
    ("PT Pembangkitan Jawa-Bali", "PT PLN Nusantara Power", "PLN Nusantara Power", "company", None, None),
    ("Holcim Indonesia", "PT Solusi Bangun Indonesia Tbk", None, "company", None, None),
    ("Pupuk Kaltim", "PT Pupuk Kalimantan Timur", "Pupuk Kaltim", "company", None, None),
    ("KAI Commuter", "PT Kereta Commuter Indonesia", "KAI Commuter", "company", None, None),
    ("RNI", "PT Rajawali Nusantara Indonesia (Persero)", "ID Food", "company", None, None),
    ("Inalum", "PT Indonesia Asahan Aluminium", "Inalum", "company", None, None),
    ("Bursa Efek Indonesia", "PT Bursa Efek Indonesia", "BEI", "company", None, None),
    # Indonesian universities: names, acronyms, English names, former names
    ("UNS", "Universitas Sebelas Maret", "UNS", "university", None, None),
    ("Universitas Sebelas Maret", "Universitas Sebelas Maret", "UNS", "university", None, None),
    ("IPB University", "Institut Pertanian Bogor", "IPB", "university", None, None),
    ("Bogor Agricultural University", "Institut Pertanian Bogor", "IPB", "university", None, None),
    ("Unsoed", "Universitas Jenderal Soedirman", "Unsoed", "university", None, None),
    ("UIN Sunan Kalijaga", "Universitas Islam Negeri Sunan Kalijaga Yogyakarta", "UIN Sunan Kalijaga", "university", None, None),
    ("Telkom University", "Universitas Telkom", "Tel-U", "university", None, None),
    ("STAN", "Politeknik Keuangan Negara STAN", "PKN STAN", "university", None, None),
    # foreign universities
    ("University of Tokyo", "University of Tokyo", None, "university", None, "JP"),
    ("National University of Singapore", "National University of Singapore", "NUS", "university", None, "SG"),
    # police and military units
    ("Kodam IV/Diponegoro", "Komando Daerah Militer IV/Diponegoro", "Kodam IV/Diponegoro", "agency", None, None),
    ("Kodam Diponegoro", "Komando Daerah Militer IV/Diponegoro", "Kodam IV/Diponegoro", "agency", None, None),
    ("Komando Daerah Militer IV Diponegoro", "Komando Daerah Militer IV/Diponegoro", "Kodam IV/Diponegoro", "agency", None, None),
    ("Korem 071/Wijayakusuma", "Komando Resor Militer 071/Wijayakusuma", "Korem 071/Wijayakusuma", "agency", None, None),
    ("Lantamal V", "Pangkalan Utama TNI Angkatan Laut V", "Lantamal V", "agency", "35.78", None),
    ("Lanud Adisutjipto", "Pangkalan TNI Angkatan Udara Adisutjipto", "Lanud Adisutjipto", "agency", None, None),
    ("Kopassus", "Komando Pasukan Khusus", "Kopassus", "agency", None, None),
    ("Korps Brimob", "Korps Brigade Mobil Polri", "Korbrimob Polri", "police", None, None),
    # hospitals named after people, titles inside
    ("RSUD Prof. Dr. Margono Soekarjo", "Rumah Sakit Umum Daerah Prof. Dr. Margono Soekarjo", "RSUD Prof. Dr. Margono Soekarjo", "hospital", "33.02", None),
    ("RSUD Margono Soekarjo", "Rumah Sakit Umum Daerah Prof. Dr. Margono Soekarjo", "RSUD Prof. Dr. Margono Soekarjo", "hospital", "33.02", None),
    ("Rumah Sakit Umum Daerah Margono Soekarjo", "Rumah Sakit Umum Daerah Prof. Dr. Margono Soekarjo", "RSUD Prof. Dr. Margono Soekarjo", "hospital", "33.02", None),
    ("RSUP dr. Sardjito", "Rumah Sakit Umum Pusat Dr. Sardjito", "RSUP Dr. Sardjito", "hospital", "34.04", None),
    ("RSUP Sanglah", "Rumah Sakit Umum Pusat Prof. Dr. I.G.N.G. Ngoerah", "RSUP Prof. Ngoerah", "hospital", "51.71", None),
    # ministries and agencies by former names
    ("Kemenko Kesra", "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan", "Kemenko PMK", "ministry", None, None),
    ("Departemen Kebudayaan dan Pariwisata", "Kementerian Kebudayaan dan Pariwisata", "Kemenbudpar", "ministry", None, None),
    ("BPDPKS", "Badan Pengelola Dana Perkebunan", "BPDP", "agency", None, None),
    ("Ditjen Migas", "Direktorat Jenderal Minyak dan Gas Bumi", "Ditjen Migas", "agency", None, None),
    # associations and international organisations
    ("MUI", "Majelis Ulama Indonesia", "MUI", "ngo", None, None),
    ("UNESCO", "United Nations Educational, Scientific and Cultural Organization", "UNESCO", "foreign", None, None),
    ("KOICA", "Korea International Cooperation Agency", "KOICA", "foreign", None, "KR"),
]


@pytest.mark.parametrize(("name", "canonical", "acronym", "kind", "region_code", "country"), KNOWN,
                         ids=[case[0] for case in KNOWN])
def test_known_names_resolve(name, canonical, acronym, kind, region_code, country):
    found = canonicalize(name)
    assert (found.canonical, found.acronym, found.kind, found.region_code, found.country) == (
        canonical, acronym, kind, region_code, country)
    assert found.rule.split(":")[0] in gazetteer().tables


@pytest.mark.parametrize("not_an_institution", [
    "Jaminan Kesehatan Nasional",          # a programme
    "Program Keluarga Harapan",            # a programme
    "APBD",                                # a budget document
    "Anggaran Pendapatan dan Belanja Daerah",
    "Direktur Utama Bank",                 # a position
    "Aula Kantor Bupati",                  # a venue
    "KABARDAERAH.ID",                      # a news site
    "RI", "Republik Indonesia", "Indonesia",
    "Vice President",                      # an English job title
    "Universitas",                         # a head word alone
])
def test_counter_examples_are_not_known(not_an_institution):
    assert find_known(not_an_institution) is None


def test_every_table_parses_and_every_name_finds_its_own_row():
    """Keys are unique across all tables (a clash would fail the load); a lazy table's name
    finds its row when it has a gate word (its acronyms only serve "(ACRONYM)" tails)."""
    known = gazetteer()
    lazy_keys, lazy_names = known.lazy_index()
    assert {name.body.table for name in [*known.names(), *lazy_names]} == set(known.tables)
    assert set(lazy_keys).isdisjoint(known.by_key)
    for name in known.names():
        assert known.find(name.text) == name.body, name
    gated = [n for n in lazy_names if n.form != "acronym"]
    assert gated and all(known.find(name.text) == name.body for name in gated)


def test_table_sizes():
    counts: dict[str, int] = {}
    known = gazetteer()
    for name in [*known.names(), *known.lazy_index()[1]]:
        if name.form == "canonical":
            counts[name.body.table] = counts.get(name.body.table, 0) + 1
    assert counts["banks"] > 100 and counts["universities"] > 400
    assert counts["universities_world"] > 9000 and counts["companies"] > 150


def test_a_foreign_university_needs_a_gate_word():
    """The foreign table answers only for names with a gate word, whether read before or not."""
    assert find_known("NUS") is None
    gazetteer().lazy_index()
    assert find_known("NUS") is None
    assert find_known("Kyoto University").country == "JP"


def _fake_tables(monkeypatch, rows: dict[str, list[dict[str, str]]]) -> Gazetteers:
    """The shipped index with the given tables (file -> rows) instead of the shipped ones."""
    tables = tuple(GazetteerTable(name=file.removesuffix(".csv"), file=file, variants=True) for file in rows)

    def fake_csv(name: str):
        return tuple((line, row) for line, row in enumerate(rows[name.split("/")[-1]], 2))

    monkeypatch.setattr(gazetteer_module, "load_csv_lines", fake_csv)
    return gazetteers().model_copy(update={"tables": tables})


def test_a_key_in_two_rows_fails_at_load_naming_both(monkeypatch):
    config = _fake_tables(monkeypatch, {
        "one.csv": [{"canonical": "Badan Contoh Nasional", "acronym": "BCN", "kind": "agency"}],
        "two.csv": [{"canonical": "Bank Contoh Nusantara", "acronym": "BCN", "kind": "bank"}],
    })
    with pytest.raises(PatternFileError) as error:
        Gazetteer(config)
    message = str(error.value)
    assert "Badan Contoh Nasional" in message and "Bank Contoh Nusantara" in message
    assert "one table, line 2" in message and "two table, line 2" in message


@pytest.mark.parametrize(("row", "complaint"), [
    ({"canonical": "Badan Contoh", "kind": "agensi"}, "unknown party kind"),
    ({"canonical": "Badan Contoh", "kind": "agency", "region_code": "99.99"}, "unknown region code"),
    ({"canonical": " ", "kind": "agency"}, "empty canonical name"),
])
def test_a_bad_row_fails_at_load_naming_file_and_line(monkeypatch, row, complaint):
    config = _fake_tables(monkeypatch, {"one.csv": [row]})
    with pytest.raises(PatternFileError, match=rf"one.csv line 2: {complaint}"):
        Gazetteer(config)


def test_generated_forms_claimed_by_two_rows_are_dropped(monkeypatch):
    config = _fake_tables(monkeypatch, {"one.csv": [
        {"canonical": "RSUD Dr. Contoh", "kind": "hospital"},
        {"canonical": "RSUD Prof. Contoh", "kind": "hospital"},
        {"canonical": "RSUD Ir. Lain", "kind": "hospital"},
    ]})
    known = Gazetteer(config)
    assert known.find("RSUD Contoh") is None          # both rows would claim it
    assert known.find("RSUD Lain").canonical == "RSUD Ir. Lain"
    assert known.find("Rumah Sakit Umum Daerah Lain").canonical == "RSUD Ir. Lain"


@pytest.mark.parametrize(("old", "new", "says"), [
    ("{name: hospitals, file: hospitals.csv, kind: hospital,", "{name: hospitals, file: hospitals.csv, kind: hospitl,",
     "tables.6.kind"),
    ("{name: banks, file: banks.csv,", "{name: banks, file: banks.tsv,", "tables.7.file"),
    ("max_gated_words: 12", "max_gated_word: 12", "max_gated_word"),
    ("Escuela, Escola,", "Escuela, Escuela,", "listed twice"),
])
def test_a_bad_index_entry_names_file_and_line(tmp_path, old: str, new: str, says: str):
    text = (patterns_dir() / "institutions" / "gazetteers.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "gazetteers.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(PatternFileError) as failure:
        parse_file(path, Gazetteers)
    line = text[:text.index(old)].count("\n") + 1
    assert f"{path}:{line}:" in str(failure.value) and says in str(failure.value)


def test_minister_titles_come_from_the_ministries_short_forms():
    from extract.gazetteer import minister_titles

    titles = minister_titles()
    assert titles["Menakertrans"] == "Kementerian Tenaga Kerja dan Transmigrasi"
    assert titles["Menkeu"] == "Kementerian Keuangan"
    assert all(title.startswith("Men") for title in titles)
    assert "Kementerian" not in titles and "Men" not in titles


def test_a_name_may_leave_out_its_place_but_not_become_generic():
    assert find_known("Universitas Slamet Riyadi").canonical == "Universitas Slamet Riyadi Surakarta"
    # many rows leave these when their city goes: no row owns them
    assert find_known("Universitas Muhammadiyah") is None
    assert find_known("Universitas Negeri") is None
