"""The agreement record: the contract other tools read.

JSON keys here are stable: new keys may be added, existing ones are never renamed.
Components pass typed candidates (extract/candidates.py); records are validated once, here,
at the boundary. How each field is written to CSV, the database, the evaluation and the web
card: extract/fields.py.
"""
from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

AgreementType = Literal["MoU", "PKS", "other"]
AgreementStatus = Literal["signed", "planned", "referenced"]
PartyKind = Literal[
    "ministry", "agency", "regional_government", "university", "company", "bank",
    "police", "prosecutor", "court", "ngo", "foreign", "school", "hospital", "other",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Party(_Model):
    name: str = Field(description="Fullest surface form of the party in the article")
    acronym: str | None = Field(None, description="Acronym defined or used in the article")
    kind: PartyKind = "other"
    canonical: str | None = Field(None, description="Canonical name from the institution gazetteer")
    region_code: str | None = Field(None, description="Kemendagri code for regional governments")
    aliases: list[str] = Field(default_factory=list, description="Other surface forms in the article")


class Signatory(_Model):
    name: str
    titles: list[str] = Field(default_factory=list, description="Academic/religious titles split off the name")
    position: str | None = None
    party: int | None = Field(None, description="Index into parties")


class Witness(_Model):
    name: str
    titles: list[str] = Field(default_factory=list)
    position: str | None = None


class Location(_Model):
    venue: str | None = None
    city: str | None = None
    province: str | None = None
    code: str | None = Field(None, description="Kemendagri region code of the city/regency")


class Scope(_Model):
    text: str
    category: str | None = None


class Evidence(_Model):
    field: str = Field(description="Record field path, e.g. 'parties[0]', 'date', 'location.city'")
    value: str
    start: int = Field(ge=0, description="Character offset of the fact in the article")
    end: int = Field(ge=0)
    sentence_start: int = Field(ge=0)
    sentence_end: int = Field(ge=0)
    sentence: str
    rule: str = Field(description="Which rule or model produced the fact")
    note: str | None = None


class Record(_Model):
    doc_id: str
    type: AgreementType
    status: AgreementStatus
    title: str | None = None
    parties: list[Party] = Field(default_factory=list)
    signatories: list[Signatory] = Field(default_factory=list)
    witnesses: list[Witness] = Field(default_factory=list)
    date: str | None = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    date_text: str | None = None
    location: Location = Field(default_factory=Location)
    scopes: list[Scope] = Field(default_factory=list)
    reference_numbers: list[str] = Field(default_factory=list)
    parent: int | None = Field(None, description="Index of the record this one implements")
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=list)


def record_json_schema() -> dict:
    """JSON Schema of one record, as shipped and printed by `sepakat schema`."""
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://sepakat.invalid/schema/record-{SCHEMA_VERSION}.json"
    schema["title"] = "Sepakat agreement record"
    return schema


def record_json_schema_text() -> str:
    return json.dumps(record_json_schema(), indent=2, ensure_ascii=False)
