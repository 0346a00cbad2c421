"""The consolidated agreement: one per group of records that report the same agreement.

It carries the record's fields (chosen from its reports) under the record's own keys, so
code that reads records reads agreements too, plus `agreement_id`, `reports`, `conflicts`
and `provenance`. Like the record, its keys are a contract: extend, never rename.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from extract.schema import AgreementStatus, AgreementType, Location, Party, Scope, Signatory, Witness


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Report(_Model):
    doc_id: str
    record_index: int = Field(ge=0, description="Position of the record among its article's records")
    published: str | None = Field(None, description="Publication date of the article, when the input had one")
    url: str | None = None


class ConflictValue(_Model):
    value: str
    reports: list[int] = Field(description="Indexes into `reports` of the reports giving this value")


class Conflict(_Model):
    field: str = Field(description="Field path, e.g. 'date', 'location.venue', 'signatories[0].position'")
    values: list[ConflictValue]


class Choice(_Model):
    field: str
    rule: str = Field(description="How the value was chosen: agreed, most_supported, most_specific, "
                                  "most_advanced, union, highest")
    reports: list[int] = Field(description="Indexes into `reports` of the reports supporting the value")


class Agreement(_Model):
    agreement_id: str = Field(description="Stable id derived from the parties, type and first report")
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
    parent_id: str | None = Field(None, description="agreement_id of the agreement this one implements")
    confidence: float = Field(ge=0.0, le=1.0, description="Highest confidence among the reports")
    reports: list[Report]
    conflicts: list[Conflict] = Field(default_factory=list)
    provenance: list[Choice] = Field(default_factory=list)
