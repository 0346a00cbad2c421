"""The report's figures as DataFrames, computed from the long-form frames (extract/frames.py).

Each function answers one question a researcher would otherwise answer in a notebook;
the page (page.py) only draws what these return, so they can be tested and reused alone.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import combinations

import pandas as pd

from extract.frames import Frames
from extract.institutions import canonicalize, institution_key
from extract.patterns import load_csv

UNKNOWN = "(unknown)"
UNCATEGORISED = "(uncategorised)"


@lru_cache(maxsize=1)
def _region_names() -> dict[str, str]:
    """Kemendagri code -> name ("33" Jawa Tengah, "33.02" Kabupaten Banyumas), from the wilayah gazetteer."""
    return {row["code"]: row["name"] for row in load_csv("wilayah/provinsi_kabkota.csv")}


def _region_of_name(name: object) -> str | None:
    """The region code of a body from its name (a regional government, a Polres, a Kanwil...)."""
    return canonicalize(name).region_code if isinstance(name, str) and name else None


def agreement_regions(frames: Frames) -> pd.DataFrame:
    """Province and regency/city of each agreement: the place of signing when its code is
    known, else the most precise region among its parties (a regency before a province)."""
    names = _region_names()
    codes = frames.agreements.set_index("agreement_id")["region_code"].dropna()
    parties = frames.parties.assign(region=frames.parties["region_code"].fillna(
        frames.parties["canonical"].fillna(frames.parties["name"]).map(_region_of_name)))
    party_codes = parties.dropna(subset=["region"]).sort_values(
        "region", key=lambda codes: -codes.str.len()).groupby("agreement_id")["region"].first()
    code = codes.reindex(frames.agreements["agreement_id"]).fillna(
        party_codes.reindex(frames.agreements["agreement_id"]))
    province_names = frames.agreements.set_index("agreement_id")["province"]
    rows = []
    for identifier, value in code.items():
        value = value if isinstance(value, str) else None
        province = names.get(value.split(".")[0]) if value else None
        if province is None and isinstance(province_names.get(identifier), str):
            province = province_names[identifier]
        regency = names.get(value) if value and "." in value else None
        rows.append({"agreement_id": identifier, "province": province or UNKNOWN, "regency": regency or UNKNOWN})
    return pd.DataFrame(rows, columns=["agreement_id", "province", "regency"])


def monthly_counts(frames: Frames) -> pd.DataFrame:
    """Agreements per month of their date (month- or day-precise dates), one column per status."""
    dated = frames.agreements[frames.agreements["date"].str.len().fillna(0) >= 7]
    months = dated.assign(month=dated["date"].str[:7])
    table = months.pivot_table(index="month", columns="status", values="agreement_id", aggfunc="count", fill_value=0)
    for status in ("signed", "planned", "referenced"):
        if status not in table.columns:
            table[status] = 0
    if not table.empty:
        every_month = pd.period_range(table.index.min(), table.index.max(), freq="M").strftime("%Y-%m")
        table = table.reindex(every_month, fill_value=0)
    table.index.name = "month"
    return table[["signed", "planned", "referenced"]].astype(int)


def region_counts(frames: Frames) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Agreements per province, and per regency/city within its province, most first."""
    regions = agreement_regions(frames)
    provinces = regions.groupby("province").size().rename("agreements").sort_values(ascending=False).reset_index()
    regencies = (regions[regions["regency"] != UNKNOWN].groupby(["province", "regency"]).size()
                 .rename("agreements").sort_values(ascending=False).reset_index())
    return provinces, regencies


def kind_counts(frames: Frames) -> pd.DataFrame:
    """Agreements each kind of party takes part in (an agreement counts once per kind)."""
    kinds = frames.parties.assign(kind=frames.parties["kind"].fillna("other"))
    counts = kinds.drop_duplicates(["agreement_id", "kind"]).groupby("kind").size()
    return counts.rename("agreements").sort_values(ascending=False).reset_index()


def kind_pairs(frames: Frames, top: int = 15) -> pd.DataFrame:
    """The pairs of party kinds that sign together most (each pair once per agreement)."""
    pairs: dict[tuple[str, str], int] = {}
    for _, kinds in frames.parties.assign(kind=frames.parties["kind"].fillna("other")).groupby("agreement_id")["kind"]:
        for pair in {tuple(sorted(pair)) for pair in combinations(list(kinds), 2)}:
            pairs[pair] = pairs.get(pair, 0) + 1
    rows = [{"pair": f"{a} + {b}", "agreements": count} for (a, b), count in pairs.items()]
    table = pd.DataFrame(rows, columns=["pair", "agreements"])
    return table.sort_values(["agreements", "pair"], ascending=[False, True]).head(top).reset_index(drop=True)


def party_keys(frames: Frames) -> pd.Series:
    """One key per party row naming its body across agreements (the canonical-name key)."""
    names = frames.parties["canonical"].fillna(frames.parties["name"]).fillna("")
    return names.map(lambda name: institution_key(name) if name else "")


def top_parties(frames: Frames, top: int = 20) -> pd.DataFrame:
    """The bodies with most agreements: a display name, kind, count and their agreement ids."""
    parties = frames.parties.assign(key=party_keys(frames))
    parties = parties[parties["key"] != ""]
    rows = []
    for key, group in parties.groupby("key"):
        identifiers = list(dict.fromkeys(group["agreement_id"]))
        rows.append({"key": key, "party": group["name"].mode().iloc[0],
                     "kind": group["kind"].fillna("other").mode().iloc[0],
                     "agreements": len(identifiers), "agreement_ids": identifiers})
    table = pd.DataFrame(rows, columns=["key", "party", "kind", "agreements", "agreement_ids"])
    return table.sort_values(["agreements", "party"], ascending=[False, True]).head(top).reset_index(drop=True)


def scope_categories(frames: Frames) -> pd.DataFrame:
    """Agreements whose scopes fall in each category (an agreement counts once per category)."""
    scopes = frames.scopes.assign(category=frames.scopes["category"].fillna(UNCATEGORISED))
    counts = scopes.drop_duplicates(["agreement_id", "category"]).groupby("category").size()
    return counts.rename("agreements").sort_values(ascending=False).reset_index()


def agreement_rows(frames: Frames, limit: int | None = None) -> list[dict]:
    """One row per agreement for the searchable table (latest first, at most `limit`): its
    parties, place and reports."""
    parties = frames.parties.groupby("agreement_id")["name"].agg(list)
    reports = frames.reports.groupby("agreement_id")
    regions = agreement_regions(frames).set_index("agreement_id")
    rows = []
    ordered = frames.agreements.sort_values(["date", "agreement_id"], ascending=[False, True], na_position="last")
    for agreement in ordered.head(limit).itertuples() if limit is not None else ordered.itertuples():
        found = reports.get_group(agreement.agreement_id) if agreement.agreement_id in reports.groups else None
        rows.append({
            "id": agreement.agreement_id, "date": _text(agreement.date), "type": _text(agreement.type),
            "status": _text(agreement.status), "title": _text(agreement.title),
            "parties": parties.get(agreement.agreement_id, []),
            "province": regions.at[agreement.agreement_id, "province"],
            "regency": regions.at[agreement.agreement_id, "regency"],
            "reports": [] if found is None else [
                {"doc_id": report.doc_id, "record_index": report.record_index, "url": _text(report.url),
                 "published": _text(report.published)} for report in found.itertuples()],
        })
    return rows


def _text(value: object) -> str:
    return "" if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) else str(value)
