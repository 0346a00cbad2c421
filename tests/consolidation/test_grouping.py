"""Which reports become one agreement: one behaviour per test, records written out in full."""
from __future__ import annotations

from consolidation_helpers import groups_of

from extract.consolidation.keys import date_interval, party_keys

SLEMAN, UNIVERSITY = "Pemerintah Kabupaten Sleman", "Universitas Tunas Bangsa"


def test_same_signing_written_differently_is_one_agreement(make_report) -> None:
    found = groups_of([
        make_report("a", [SLEMAN, UNIVERSITY], "2024-03-12"),
        make_report("b", ["Univ. Tunas Bangsa", "Pemkab Sleman"], "2024-03-13"),   # order, spelling, a day later
        make_report("c", [SLEMAN, UNIVERSITY], "2024-03"),                        # the month only
    ])
    assert found == [{"a#0", "b#0", "c#0"}]


def test_same_parties_another_year_is_another_agreement(make_report) -> None:
    found = groups_of([
        make_report("a", [SLEMAN, UNIVERSITY], "2024-03-12"),
        make_report("b", [SLEMAN, UNIVERSITY], "2025-03-11"),
    ])
    assert found == [{"a#0"}, {"b#0"}]


def test_days_further_apart_than_the_tolerance_are_not_merged(make_report) -> None:
    assert groups_of([make_report("a", [SLEMAN, UNIVERSITY], "2024-03-12"),
                      make_report("b", [SLEMAN, UNIVERSITY], "2024-03-20")]) == [{"a#0"}, {"b#0"}]


def test_a_chain_of_close_days_does_not_weld_distant_ones(make_report) -> None:
    # 1 and 4 are three days apart, 4 and 7 too, but 1 and 7 are six: the group takes 1 and 4 only
    found = groups_of([make_report(doc, [SLEMAN, UNIVERSITY], f"2024-03-0{day}") for doc, day in
                       (("a", 1), ("b", 4), ("c", 7))])
    assert {"a#0", "b#0"} in found and {"c#0"} in found


def test_pks_and_its_parent_mou_are_never_merged(make_report) -> None:
    found = groups_of([
        make_report("a", [SLEMAN, UNIVERSITY], "2024-03-12"),
        make_report("a", [SLEMAN, UNIVERSITY], "2024-03-12", type_="PKS", parent=0),
        make_report("b", [SLEMAN, UNIVERSITY], "2024-03-12", type_="PKS"),
    ])
    assert found == [{"a#0"}, {"a#1", "b#0"}]


def test_different_reference_numbers_keep_two_agreements_of_one_event_apart(make_report) -> None:
    parties = ["Kejaksaan Negeri Purworejo", "Pemkab Purworejo"]
    found = groups_of([
        make_report("a", parties, "2022-11-15", references=("B-10/2022",), title="perdata dan tata usaha negara"),
        make_report("a", parties, "2022-11-15", references=("B-11/2022",), title="pemulihan aset"),
        make_report("b", ["Kejari Purworejo", "Pemerintah Kabupaten Purworejo"], "2022-11-15",
                    references=("B 11/2022",), title="aset daerah"),
        make_report("c", parties, "2022-11", title="penanganan perkara perdata dan tata usaha negara"),
    ])
    assert sorted(map(sorted, found)) == [["a#0", "c#0"], ["a#1", "b#0"]]


def test_regional_office_and_its_parent_body_may_match_but_two_offices_do_not(make_report) -> None:
    found = groups_of([
        make_report("a", ["Ombudsman RI Perwakilan Jawa Tengah", "Pemkot Salatiga"], "2023-08-22"),
        make_report("b", ["Ombudsman Republik Indonesia", "Pemerintah Kota Salatiga"], "2023-08-22"),
        make_report("c", ["Ombudsman RI Perwakilan Jawa Timur", "Pemkot Salatiga"], "2023-08-22"),
    ])
    assert found == [{"a#0", "b#0"}, {"c#0"}]


def test_a_plan_and_its_signing_are_one_agreement_but_a_plan_and_a_mention_are_not(make_report) -> None:
    parties = ["Pemprov Jatim", "Bank Jatim"]
    assert groups_of([make_report("a", parties, "2024-09", status="planned"),
                      make_report("b", parties, "2024-09-10")]) == [{"a#0", "b#0"}]
    assert groups_of([make_report("a", parties, "2024-09", status="planned"),
                      make_report("b", parties, "2024-09", status="referenced")]) == [{"a#0"}, {"b#0"}]


def test_undated_report_joins_the_signing_before_its_publication(make_report) -> None:
    found = groups_of([
        make_report("a", [SLEMAN, UNIVERSITY], "2023-03-14"),
        make_report("b", [SLEMAN, UNIVERSITY], "2024-03-12"),
        make_report("c", [SLEMAN, UNIVERSITY], None, published="2024-03-13"),
    ])
    assert found == [{"a#0"}, {"b#0", "c#0"}]


def test_undated_report_without_publication_date_stays_alone_when_ambiguous(make_report) -> None:
    found = groups_of([
        make_report("a", [SLEMAN, UNIVERSITY], "2023-03-14"),
        make_report("b", [SLEMAN, UNIVERSITY], "2024-03-12"),
        make_report("c", [SLEMAN, UNIVERSITY], None),
    ])
    assert found == [{"a#0"}, {"b#0"}, {"c#0"}]


def test_one_party_alone_and_two_records_of_one_article_stay_apart(make_report) -> None:
    found = groups_of([
        make_report("a", ["Dinkes Bantul"], "2024-03-01"),
        make_report("b", ["Dinas Kesehatan Kabupaten Bantul"], "2024-03-01"),
        make_report("c", [SLEMAN, UNIVERSITY], "2024-03-12"),
        make_report("c", [SLEMAN, UNIVERSITY], "2024-03-12"),
    ])
    assert found == [{"a#0"}, {"b#0"}, {"c#0"}, {"c#1"}]


def test_party_keys_and_date_intervals() -> None:
    assert party_keys("Pemkab Sleman") == party_keys("Pemerintah Kabupaten Sleman")
    root, own = party_keys("ORI Perwakilan Jateng")
    assert root == party_keys("Ombudsman Republik Indonesia")[0] and own != root
    first, last, precision = date_interval("2024-02")
    assert (last - first + 1, precision) == (29, 2)
    assert date_interval("2024-02-30") == (None, None, 0)
