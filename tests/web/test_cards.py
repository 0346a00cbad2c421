from __future__ import annotations

import json

from extract.web.cards import build_cards
from extract.web.highlight import highlight_article


def cards_for(text: str, records: list[dict]):
    return build_cards(records, highlight_article(text, records).sentence_ids)


def test_card_lists_every_field_of_the_record(sample_text: str, records: list[dict]) -> None:
    mou, pks = cards_for(sample_text, records)
    assert (mou.number, mou.type, mou.status, mou.title) == (1, "MoU", "signed", "pengembangan desa wisata")
    assert [line.label for line in mou.lines if line.shown] == [
        "Parties", "Signatories", "Witnesses", "Date", "Place", "Scopes", "Reference numbers", "Implements",
        "Confidence"]
    assert [fact.text for fact in mou.value("parties")] == ["Pemerintah Kota Salatiga", "Universitas Tunas Bangsa"]
    assert mou.value("parties")[0].note == "Pemkot Salatiga · regional government"
    assert [(s.name.text, s.position.text, s.party) for s in mou.value("signatories")] == [
        ("Dewi Lestari", "Wali Kota Salatiga", "Pemerintah Kota Salatiga"),
        ("Bambang Sutrisno", "Rektor Universitas Tunas Bangsa", "Universitas Tunas Bangsa"),
    ]
    assert mou.value("signatories")[1].name.note == "Prof. Dr."
    assert [(w.name.text, w.position.text) for w in mou.value("witnesses")] == [("Rudi Hartono", "Sekretaris Daerah")]
    assert (mou.value("date").text, mou.value("date").note) == ("2023-07-03", "Senin (3/7/2023)")
    assert [(place.text, place.note) for place in mou.value("location")] == [
        ("Aula Rumah Dinas Wali Kota Salatiga", "venue"), ("Salatiga", "city"), ("Jawa Tengah", "province"),
    ]
    assert [scope.text for scope in mou.value("scopes")] == ["penelitian", "pelatihan perangkat desa", "promosi wisata"]
    assert [reference.text for reference in mou.value("reference_numbers")] == ["415/PKS/VII/2023"]
    assert mou.value("parent") is None and pks.value("parent") == 0
    assert mou.value("confidence") == records[0]["confidence"]
    assert json.loads(mou.json_text) == records[0]


def test_facts_link_to_the_sentence_and_offsets_of_their_evidence(sample_text: str, records: list[dict]) -> None:
    mou = cards_for(sample_text, records)[0]
    dewi = mou.value("signatories")[0].name.links[0]
    assert sample_text[dewi.start:dewi.end] == "Dewi Lestari"
    university = mou.value("parties")[1].links
    assert len(university) == 2 and university[0].sentence_id != university[1].sentence_id
    assert mou.trigger is not None and sample_text[mou.trigger.links[0].start:mou.trigger.links[0].end] == "nota kesepahaman"


def test_fact_without_evidence_has_no_link(sample_text: str, records: list[dict]) -> None:
    mou = cards_for(sample_text, records)[0]
    province = next(place for place in mou.value("location") if place.note == "province")
    assert province.links == ()


def test_parties_field_prefix_does_not_match_a_longer_index(sample_text: str, records: list[dict]) -> None:
    record = dict(records[0])
    record["parties"] = record["parties"] * 6
    record["evidence"] = [dict(e, field="parties[10]") if e["field"] == "parties[1]" else e for e in record["evidence"]]
    card = cards_for(sample_text, [record])[0]
    assert card.value("parties")[1].links == ()
    assert card.value("parties")[10].links


def test_a_field_without_reference_numbers_hides_that_line(sample_text: str, records: list[dict]) -> None:
    record = dict(records[0], reference_numbers=[])
    record["evidence"] = [e for e in record["evidence"] if not e["field"].startswith("reference_numbers")]
    card = cards_for(sample_text, [record])[0]
    assert "Reference numbers" not in [line.label for line in card.lines if line.shown]
