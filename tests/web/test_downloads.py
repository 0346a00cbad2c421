from __future__ import annotations

import csv
import io
import json

from extract.fields import CSV_COLUMNS
from extract.web.downloads import records_csv, records_json


def test_csv_has_one_row_per_record_with_lists_joined(records: list[dict]) -> None:
    rows = list(csv.DictReader(io.StringIO(records_csv(records))))
    assert len(rows) == 2 and tuple(rows[0]) == CSV_COLUMNS
    mou = rows[0]
    assert mou["parties"] == "Pemerintah Kota Salatiga | Universitas Tunas Bangsa"
    assert mou["signatories"] == "Dewi Lestari (Wali Kota Salatiga) | Bambang Sutrisno (Rektor Universitas Tunas Bangsa)"
    assert mou["scopes"] == "penelitian | pelatihan perangkat desa | promosi wisata"
    assert (mou["date"], mou["city"], mou["venue"]) == ("2023-07-03", "Salatiga", "Aula Rumah Dinas Wali Kota Salatiga")
    assert rows[1]["parent"] == "0" and rows[1]["date"] == ""


def test_csv_of_no_records_is_just_the_header() -> None:
    assert records_csv([]).strip() == ",".join(CSV_COLUMNS)


def test_json_round_trips(records: list[dict]) -> None:
    assert json.loads(records_json(records)) == records
