"""The scorer behind `sepakat evaluate`, on hand-built gold and predicted records."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.document import Document
from extract.evaluation import (
    FIELDS,
    GoldFormatError,
    format_details,
    format_report,
    load_gold,
    score_documents,
)
from extract.evaluation.matching import name_similarity, person_matches, scope_similarity

CORPUS_GOLD = Path(__file__).resolve().parent.parent / "corpus" / "gold"

OMBUDSMAN = ["Ombudsman Republik Indonesia", "Ombudsman RI"]
BANYUMAS = ["Pemerintah Kabupaten Banyumas", "Pemkab Banyumas"]


def agreement(parties: list[list[str]], **fields) -> dict:
    """A gold agreement with every field empty unless given."""
    base = {
        "type": "MoU", "status": "signed", "title": None, "parties": parties,
        "signatories": [], "signatories_optional": [], "witnesses": [],
        "date": None, "date_alternatives": [],
        "location": {"venue": [], "city": [], "province": []},
        "scopes": [], "reference_numbers": [], "parent_index": None,
    }
    base.update(fields)
    return base


def gold_doc(agreements: list[dict], optional: list[dict] | None = None, doc_id: str = "berita") -> dict:
    return {"doc_id": doc_id, "publication_date": None, "agreements": agreements,
            "optional": optional or [], "notes": ""}


def record(parties: list[str], **fields) -> dict:
    """A predicted record shaped like schema.Record.model_dump()."""
    base = {
        "doc_id": "berita", "type": "MoU", "status": "signed", "title": None,
        "parties": [{"name": name, "acronym": None, "kind": "other", "canonical": None,
                     "region_code": None, "aliases": []} for name in parties],
        "signatories": [], "witnesses": [], "date": None, "date_text": None,
        "location": {"venue": None, "city": None, "province": None, "code": None},
        "scopes": [], "reference_numbers": [], "parent": None, "confidence": 0.9, "evidence": [],
    }
    base.update(fields)
    return base


def person(name: str) -> dict:
    return {"name": name, "titles": [], "position": None}


def score(agreements: list[dict], records: list[dict], optional: list[dict] | None = None):
    return score_documents({"berita": gold_doc(agreements, optional)}, {"berita": records})


def counts(report, field: str) -> tuple[int, int, int]:
    row = report.records if field == "records" else report.fields[field]
    return row.tp, row.fp, row.fn


def gold_as_record(doc_id: str, gold: dict) -> dict:
    """A required gold agreement written as the record a perfect extractor would give."""
    location = gold["location"]
    return {
        "doc_id": doc_id, "type": gold["type"] or "other", "status": gold["status"],
        "title": gold["title"],
        "parties": [{"name": forms[0], "acronym": None, "kind": "other", "canonical": None,
                     "region_code": None, "aliases": forms[1:]} for forms in gold["parties"]],
        "signatories": [{"name": s["name"][0], "titles": [], "position": s.get("position"),
                         "party": s.get("party")} for s in gold["signatories"]],
        "witnesses": [{"name": w["name"][0], "titles": [], "position": w.get("position")}
                      for w in gold["witnesses"]],
        "date": gold["date"], "date_text": None,
        "location": {key: (location.get(key) or [None])[0] for key in ("venue", "city", "province")}
        | {"code": None},
        "scopes": [{"text": text, "category": None} for text in gold["scopes"]],
        "reference_numbers": list(gold["reference_numbers"]),
        "parent": gold["parent_index"], "confidence": 1.0, "evidence": [],
    }


FULL_GOLD = agreement(
    [OMBUDSMAN, BANYUMAS],
    signatories=[{"name": ["Sutrisno Hadi"], "position": "Bupati", "party": 1}],
    witnesses=[{"name": ["Dewi Lestari"], "position": "Kepala Perwakilan"}],
    date="2023-05-26",
    location={"venue": ["Pendopo Sipanji"], "city": ["Purwokerto"], "province": ["Jawa Tengah"]},
    scopes=["pencegahan maladministrasi", "pertukaran data dan informasi"],
    reference_numbers=["12/ORI-MOU/V/2023"],
)
FULL_RECORD = record(
    ["Ombudsman RI", "Pemkab Banyumas"],
    signatories=[person("Sutrisno Hadi")], witnesses=[person("Dewi Lestari")],
    date="2023-05-26",
    location={"venue": "Pendopo Sipanji", "city": "Purwokerto", "province": "Jawa Tengah", "code": None},
    scopes=[{"text": "pencegahan maladministrasi", "category": None},
            {"text": "pertukaran data dan/atau informasi", "category": None}],
    reference_numbers=["12/ORI-MOU/V/2023"],
)


def test_perfect_match_scores_one_everywhere():
    report = score([FULL_GOLD], [FULL_RECORD])
    assert report.records.f1 == 1.0
    assert report.overall.f1 == 1.0
    assert report.overall.fp == report.overall.fn == 0
    assert all(report.fields[name].f1 == 1.0 for name in FIELDS if name != "parent")


@pytest.mark.parametrize(("predicted", "gold_form"), [
    ("Ombudsman RI", "Ombudsman Republik Indonesia"),
    ("Pemkab Banyumas", "Pemerintah Kabupaten Banyumas"),
    ("Kab. Banyumas", "Kabupaten Banyumas"),
    ("Kanwil Kemenkumham Jateng", "Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Jawa Tengah"),
    ("Universitas Nusa Bangsa (UNB)", "Universitas Nusa Bangsa"),
])
def test_abbreviated_party_names_match(predicted, gold_form):
    assert name_similarity(predicted, [gold_form]) >= 0.8


@pytest.mark.parametrize(("predicted", "gold_form"), [
    ("Pemkab Serang", "Pemkot Serang"),
    ("Pemkab Serang", "Pemerintah Kota Serang"),
    ("Kementerian Hukum dan HAM", "Ombudsman Republik Indonesia"),
    ("Ombudsman", "Ombudsman RI Perwakilan Jawa Tengah"),
    ("Pemkot Tangerang", "Pemerintah Kota Tangerang Selatan"),
    ("Kabupaten Sleman", "Palang Merah Indonesia Kabupaten Sleman"),
])
def test_different_parties_do_not_match(predicted, gold_form):
    assert name_similarity(predicted, [gold_form]) < 0.8


def test_abbreviated_parties_pair_and_score_in_a_document():
    report = score([agreement([OMBUDSMAN, BANYUMAS])], [record(["Ombudsman RI", "Pemkab Banyumas"])])
    assert counts(report, "records") == (1, 0, 0)
    assert counts(report, "parties") == (2, 0, 0)


def test_party_acronym_and_aliases_are_tried():
    predicted = record(["Lembaga Pengawas Pelayanan"])
    predicted["parties"][0]["aliases"] = ["Pemkab Banyumas"]
    predicted["parties"].append({"name": "ORI-X", "acronym": "Ombudsman RI", "kind": "agency"})
    report = score([agreement([OMBUDSMAN, BANYUMAS])], [predicted])
    assert counts(report, "parties") == (2, 0, 0)


def test_pemkab_and_pemkot_of_one_city_stay_apart():
    gold = [agreement([OMBUDSMAN, ["Pemkab Serang", "Pemerintah Kabupaten Serang"]], date="2023"),
            agreement([OMBUDSMAN, ["Pemkot Serang", "Pemerintah Kota Serang"]], date="2023")]
    records = [record(["Ombudsman RI", "Pemerintah Kota Serang"], date="2023"),
               record(["Ombudsman RI", "Pemerintah Kabupaten Serang"], date="2023")]
    report = score(gold, records)
    assert counts(report, "records") == (2, 0, 0)
    assert counts(report, "parties") == (4, 0, 0)

    only_pemkot = score(gold[:1], records[:1])
    assert counts(only_pemkot, "records") == (0, 1, 1)
    assert counts(only_pemkot, "parties") == (1, 1, 1)


def test_record_paired_with_optional_agreement_is_neutral():
    optional = [agreement([OMBUDSMAN, ["Universitas Nusa Bangsa"]], date="2020")]
    report = score([], [record(["Ombudsman RI", "Universitas Nusa Bangsa"], date="2021")], optional)
    assert counts(report, "records") == (0, 0, 0)
    assert report.overall.tp + report.overall.fp + report.overall.fn == 0
    assert report.documents[0].neutral == [{"record_index": 0, "optional_index": 0}]

    missed_optional = score([], [], optional)
    assert counts(missed_optional, "records") == (0, 0, 0)


def test_optional_agreement_does_not_absorb_a_record_sharing_one_party():
    optional = [agreement([OMBUDSMAN, ["Universitas Nusa Bangsa"]])]
    report = score([], [record(["Ombudsman RI", "Pemkab Banyumas"])], optional)
    assert counts(report, "records") == (0, 1, 0)


def test_optional_signatory_is_neutral_and_required_one_is_not():
    gold = agreement([OMBUDSMAN, BANYUMAS],
                     signatories=[{"name": ["Sutrisno Hadi", "Sutrisno"], "position": "Bupati", "party": 1}],
                     signatories_optional=[{"name": ["Rahmat Wibowo"], "position": "Ketua", "party": 0}])
    with_optional = record(["Ombudsman RI", "Pemkab Banyumas"],
                           signatories=[person("Sutrisno"), person("Rahmat Wibowo")])
    assert counts(score([gold], [with_optional]), "signatories") == (1, 0, 0)
    without = record(["Ombudsman RI", "Pemkab Banyumas"], signatories=[person("Rahmat Wibowo")])
    assert counts(score([gold], [without]), "signatories") == (0, 0, 1)


def test_witnesses_optional_is_neutral():
    gold = agreement([OMBUDSMAN, BANYUMAS], witnesses=[],
                     witnesses_optional=[{"name": ["Dewi Lestari"], "position": "Sekda"}])
    predicted = record(["Ombudsman RI", "Pemkab Banyumas"], witnesses=[person("Dewi Lestari")])
    assert counts(score([gold], [predicted]), "witnesses") == (0, 0, 0)


@pytest.mark.parametrize(("predicted", "gold_forms", "expected"), [
    ("Yuspahruddin", ["A Yuspahruddin", "Yuspahruddin"], True),
    ("Prof. Dr. Ir. H. Sutrisno Hadi, M.Si.", ["Sutrisno Hadi"], True),
    ("Hadi Sutrisno", ["Sutrisno Hadi"], True),
    ("Sutrisno", ["Sutrisno Hadi"], False),
])
def test_people_match_by_name_tokens_without_titles(predicted, gold_forms, expected):
    assert person_matches(predicted, gold_forms) is expected


@pytest.mark.parametrize(("predicted_date", "expected"), [
    ("2021-10-12", (1, 0, 0)),
    ("2020-10-12", (0, 0, 0)),
    (None, (0, 0, 1)),
    ("2021-10-13", (0, 1, 1)),
])
def test_date_alternatives_are_neutral(predicted_date, expected):
    gold = agreement([OMBUDSMAN, BANYUMAS], date="2021-10-12", date_alternatives=["2020-10-12"])
    predicted = record(["Ombudsman RI", "Pemkab Banyumas"], date=predicted_date)
    assert counts(score([gold], [predicted]), "date") == expected


@pytest.mark.parametrize(("predicted_date", "expected"), [
    ("2024-07-31", (0, 0, 0)),
    (None, (0, 0, 0)),
    ("2024-08-01", (0, 1, 0)),
])
def test_null_gold_date_with_alternatives(predicted_date, expected):
    gold = agreement([OMBUDSMAN, BANYUMAS], date=None, date_alternatives=["2024-07-31"])
    predicted = record(["Ombudsman RI", "Pemkab Banyumas"], date=predicted_date)
    assert counts(score([gold], [predicted]), "date") == expected


def test_spurious_record_counts_every_filled_field_as_false_positive():
    report = score([], [FULL_RECORD])
    assert counts(report, "records") == (0, 1, 0)
    assert counts(report, "parties") == (0, 2, 0)
    assert counts(report, "scopes") == (0, 2, 0)
    assert counts(report, "location.province") == (0, 1, 0)
    assert counts(report, "parent") == (0, 0, 0)
    assert report.overall.fp == 1 + 1 + 2 + 1 + 1 + 1 + 3 + 2 + 1
    assert report.documents[0].spurious[0]["parties"] == ["Ombudsman RI", "Pemkab Banyumas"]


def test_missed_agreement_counts_every_gold_value_as_false_negative():
    report = score([FULL_GOLD], [])
    assert counts(report, "records") == (0, 0, 1)
    assert report.overall.fn == 1 + 1 + 2 + 1 + 1 + 1 + 3 + 2 + 1
    assert report.documents[0].missed[0]["parties"] == [OMBUDSMAN[0], BANYUMAS[0]]


def test_pairing_is_one_to_one_for_records_with_the_same_parties():
    duplicate = score([FULL_GOLD], [FULL_RECORD, FULL_RECORD])
    assert counts(duplicate, "records") == (1, 1, 0)
    assert counts(duplicate, "parties") == (2, 2, 0)


def test_status_and_date_break_ties_between_same_party_agreements():
    gold = [agreement([OMBUDSMAN, BANYUMAS], type="PKS", status="signed", date="2023-05-26", parent_index=1),
            agreement([OMBUDSMAN, BANYUMAS], type="MoU", status="referenced", date="2019")]
    records = [record(["Ombudsman RI", "Pemkab Banyumas"], type="MoU", status="referenced", date="2019"),
               record(["Ombudsman RI", "Pemkab Banyumas"], type="PKS", status="signed", date="2023-05-26",
                      parent=0)]
    report = score(gold, records)
    assert counts(report, "records") == (2, 0, 0)
    assert counts(report, "status") == (2, 0, 0)
    assert counts(report, "parent") == (1, 0, 0)

    records[1]["parent"] = 1
    assert counts(score(gold, records), "parent") == (0, 1, 1)


def test_one_matched_party_pairs_but_does_not_find_the_record():
    gold = agreement([OMBUDSMAN, BANYUMAS], date="2023-05-26")
    report = score([gold], [record(["Ombudsman RI", "Pemkab Cilacap"], date="2023-05-26")])
    assert counts(report, "records") == (0, 1, 1)
    assert counts(report, "date") == (1, 0, 0)
    assert report.documents[0].weak_pairs[0]["matched_parties"] == 1


def test_one_party_agreement_is_found_with_one_party():
    gold = agreement([["Ombudsman RI Perwakilan Jawa Tengah"]], status="planned")
    report = score([gold], [record(["Ombudsman Republik Indonesia Perwakilan Jateng"], status="planned")])
    assert counts(report, "records") == (1, 0, 0)


@pytest.mark.parametrize(("predicted", "gold", "matches"), [
    ("pertukaran data dan/atau informasi", "pertukaran data dan informasi", True),
    ("pengembangan sumber daya manusia", "peningkatan dan pengembangan sumber daya manusia", True),
    ("pencegahan maladministrasi", "penanganan laporan masyarakat", False),
    ("pencegahan maladministrasi", "pencegahan korupsi", True),
    ("peningkatan kualitas pelayanan", "peningkatan kompetensi sumber daya manusia", False),
])
def test_scope_token_overlap_threshold(predicted, gold, matches):
    assert (scope_similarity(predicted, gold) >= 0.5) is matches


def test_scopes_pair_one_to_one():
    gold = agreement([OMBUDSMAN, BANYUMAS], scopes=["pencegahan maladministrasi"])
    predicted = record(["Ombudsman RI", "Pemkab Banyumas"],
                       scopes=[{"text": "pencegahan maladministrasi", "category": None},
                               {"text": "upaya pencegahan maladministrasi", "category": None}])
    assert counts(score([gold], [predicted]), "scopes") == (1, 1, 0)


def test_province_is_not_scored_when_gold_gives_none():
    gold = agreement([OMBUDSMAN, BANYUMAS], location={"venue": [], "city": ["Purwokerto"], "province": []})
    predicted = record(["Ombudsman RI", "Pemkab Banyumas"],
                       location={"venue": None, "city": "Kota Purwokerto", "province": "Jawa Tengah", "code": None})
    report = score([gold], [predicted])
    assert counts(report, "location.province") == (0, 0, 0)
    assert counts(report, "location.city") == (1, 0, 0)


def test_venue_and_reference_numbers():
    gold = agreement([OMBUDSMAN, BANYUMAS], location={"venue": ["Aula Kantor Wilayah"], "city": [], "province": []},
                     reference_numbers=["08/ORI-MOU/VII/2018", "M.HH-05.HH.05.05 TAHUN 2018"])
    predicted = record(["Ombudsman RI", "Pemkab Banyumas"],
                       location={"venue": "Aula Kanwil", "city": None, "province": None, "code": None},
                       reference_numbers=["M.HH-05.HH.05.05  TAHUN 2018", "08/ORI-MOU/VII/2019"])
    report = score([gold], [predicted])
    assert counts(report, "location.venue") == (1, 0, 0)
    assert counts(report, "reference_numbers") == (1, 1, 1)


def test_gold_without_prediction_is_missed_and_prediction_without_gold_is_skipped():
    report = score_documents({"a": gold_doc([FULL_GOLD], doc_id="a")}, {"b": [FULL_RECORD]})
    assert report.gold_without_docs == ["a"]
    assert report.docs_without_gold == ["b"]
    assert counts(report, "records") == (0, 0, 1)


@pytest.mark.parametrize("path", sorted(CORPUS_GOLD.glob("*.json")), ids=lambda path: path.stem)
def test_corpus_gold_scored_against_itself_is_perfect(path):
    gold = load_gold(CORPUS_GOLD)[path.stem]
    records = [gold_as_record(path.stem, item) for item in gold["agreements"]]
    report = score_documents({path.stem: gold}, {path.stem: records})
    assert report.records.fp == report.records.fn == 0
    assert report.overall.fp == report.overall.fn == 0
    if gold["agreements"]:
        assert report.records.f1 == 1.0
        assert report.overall.f1 == 1.0


def test_load_gold_reads_files_and_rejects_broken_ones(tmp_path):
    (tmp_path / "berita.json").write_text(json.dumps(gold_doc([FULL_GOLD])), encoding="utf-8")
    assert load_gold(tmp_path)["berita"]["agreements"][0]["date"] == "2023-05-26"
    (tmp_path / "rusak.json").write_text("{", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="rusak.json"):
        load_gold(tmp_path)


def test_format_report_lists_records_first_and_overall_last():
    lines = format_report(score([FULL_GOLD], [FULL_RECORD])).splitlines()
    names = [line.split()[0] for line in lines if line and line[0].isalpha()]
    assert names[:2] == ["field", "records"]
    assert names[2:2 + len(FIELDS)] == list(FIELDS)
    assert names[2 + len(FIELDS)] == "overall"
    assert "no record-level mistakes" in format_details(score([FULL_GOLD], [FULL_RECORD]))


def test_evaluate_command(tmp_path, monkeypatch):
    articles, gold_dir = tmp_path / "articles", tmp_path / "gold"
    articles.mkdir()
    gold_dir.mkdir()
    (articles / "berita.txt").write_text("Ombudsman RI dan Pemkab Banyumas meneken MoU.", encoding="utf-8")
    (articles / "lain.txt").write_text("Rapat koordinasi tanpa kesepakatan.", encoding="utf-8")
    (gold_dir / "berita.json").write_text(json.dumps(gold_doc([FULL_GOLD])), encoding="utf-8")
    (gold_dir / "hilang.json").write_text(json.dumps(gold_doc([], doc_id="hilang")), encoding="utf-8")

    def fake_extract(documents, **options):
        for document in documents:
            assert isinstance(document, Document)
            yield document, [FULL_RECORD] if document.id == "berita" else []

    monkeypatch.setattr("extract.api.extract_documents", fake_extract)
    runner = CliRunner()
    result = runner.invoke(app, ["evaluate", "--gold", str(gold_dir), str(articles), "--details"])
    assert result.exit_code == 0, result.output
    assert "overall" in result.output
    assert "documents without gold (skipped): lain" in result.output
    assert "gold without a document (counted as missed): hilang" in result.output

    result = runner.invoke(app, ["evaluate", "--gold", str(gold_dir), str(articles), "--json", "--no-ner"])
    data = json.loads(result.output)
    assert data["overall"]["f1"] == 1.0
    assert data["records"]["tp"] == 1

    result = runner.invoke(app, ["evaluate", "--gold", str(gold_dir), str(articles / "berita.txt"), "--only-given"])
    assert result.exit_code == 0, result.output
    assert "hilang" not in result.output and "documents scored: 1" in result.output
