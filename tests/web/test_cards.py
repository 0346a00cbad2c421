from __future__ import annotations

import json

from extract.web.cards import build_cards
from extract.web.highlight import highlight_article


def cards_for(text: str, records: list[dict]):
    return build_cards(records, highlight_article(text, records).sentence_ids)


def test_card_lists_every_field_of_the_record(sample_text: str, records: list[dict]) -> None:
    mou, pks = cards_for(sample_text, records)
    assert (mou.number, mou.type, mou.status, mou.title) == (1, "MoU", "signed", "pengembangan desa wisata")
    assert [fact.text for fact in mou.parties] == ["Pemerintah Kota Salatiga", "Universitas Tunas Bangsa"]
    assert mou.parties[0].note == "Pemkot Salatiga · regional government"
    assert [(s.name.text, s.position.text, s.party) for s in mou.signatories] == [
        ("Dewi Lestari", "Wali Kota Salatiga", "Pemerintah Kota Salatiga"),
        ("Bambang Sutrisno", "Rektor Universitas Tunas Bangsa", "Universitas Tunas Bangsa"),
    ]
    assert mou.signatories[1].name.note == "Prof. Dr."
    assert [(w.name.text, w.position.text) for w in mou.witnesses] == [("Rudi Hartono", "Sekretaris Daerah")]
    assert (mou.date.text, mou.date.note) == ("2023-07-03", "Senin (3/7/2023)")
    assert [(place.text, place.note) for place in mou.places] == [
        ("Aula Rumah Dinas Wali Kota Salatiga", "venue"), ("Salatiga", "city"), ("Jawa Tengah", "province"),
    ]
    assert [scope.text for scope in mou.scopes] == ["penelitian", "pelatihan perangkat desa", "promosi wisata"]
    assert [reference.text for reference in mou.references] == ["415/PKS/VII/2023"]
    assert mou.parent is None and pks.parent == 0
    assert json.loads(mou.json_text) == records[0]


def test_facts_link_to_the_sentence_and_offsets_of_their_evidence(sample_text: str, records: list[dict]) -> None:
    mou = cards_for(sample_text, records)[0]
    dewi = mou.signatories[0].name.links[0]
    assert sample_text[dewi.start:dewi.end] == "Dewi Lestari"
    university = mou.parties[1].links
    assert len(university) == 2 and university[0].sentence_id != university[1].sentence_id
    assert mou.trigger is not None and sample_text[mou.trigger.links[0].start:mou.trigger.links[0].end] == "nota kesepahaman"


def test_fact_without_evidence_has_no_link(sample_text: str, records: list[dict]) -> None:
    mou = cards_for(sample_text, records)[0]
    province = next(place for place in mou.places if place.note == "province")
    assert province.links == ()


def test_parties_field_prefix_does_not_match_a_longer_index(sample_text: str, records: list[dict]) -> None:
    record = dict(records[0])
    record["parties"] = record["parties"] * 6
    record["evidence"] = [dict(e, field="parties[10]") if e["field"] == "parties[1]" else e for e in record["evidence"]]
    card = cards_for(sample_text, [record])[0]
    assert card.parties[1].links == ()
    assert card.parties[10].links
