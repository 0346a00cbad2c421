"""One options object for an extraction run: reference date, NER on/off, windows, confidence
weights, limits.

Filled, each source over the one before: the defaults here, an optional TOML config file
($SEPAKAT_CONFIG or `--config FILE`), the environment (SEPAKAT_NO_NER, SEPAKAT_TODAY), and
what the caller says (CLI flags, API arguments). Components get their part as spaCy factory
config; assembly gets the object. `today` is fixed once per run (`for_run`) and handed down:
nothing below reads the clock.

A config file holds any of the fields, by section:

    today = 2024-03-07          # relative dates without a publication date resolve against it
    use_ner = false
    [windows]
    detail_sentences = 2
    [confidence]
    base = 0.45
    [limits]
    batch_size = 16
"""
from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ConfigDict, TypeAdapter, ValidationError

CONFIG_ENV = "SEPAKAT_CONFIG"
NO_NER_ENV = "SEPAKAT_NO_NER"
TODAY_ENV = "SEPAKAT_TODAY"
_FORBID = ConfigDict(extra="forbid")


class OptionsError(ValueError):
    """A config file or an environment variable holds an option that is not one, or a bad value."""


@dataclass(frozen=True, slots=True)
class Windows:
    """How far the rules look around what they found."""

    __pydantic_config__ = _FORBID

    lead_sentences: int = 3  # the article's lead: always read; its bodies stand in for missing parties
    following_sentences: int = 2  # sentences read after one with agreement vocabulary
    detail_sentences: int = 2  # sentences after a mention read for its witnesses, date and place
    referenced_cue_chars: int = 45  # before an instrument, searched for "tindak lanjut dari" ...
    planned_cue_chars: int = 400  # of the sentence, searched for "akan" ...
    dateline_margin_chars: int = 40  # after the dateline: dates there are the report's, not a signing's


@dataclass(frozen=True, slots=True)
class ConfidenceWeights:
    """A record's confidence: `base` plus a weight for each thing it has, at most `ceiling`."""

    __pydantic_config__ = _FORBID

    base: float = 0.45
    two_parties: float = 0.15
    type: float = 0.1
    date: float = 0.1
    signatories: float = 0.1
    status: float = 0.05
    ceiling: float = 0.95


@dataclass(frozen=True, slots=True)
class Limits:
    __pydantic_config__ = _FORBID

    max_characters: int = 2_000_000  # the longest article the pipeline takes (spaCy's max_length)
    batch_size: int = 32  # articles per batch through the pipeline


@dataclass(frozen=True, slots=True)
class ExtractionOptions:
    """Everything that decides how articles are read, in one place (frozen, hashable)."""

    __pydantic_config__ = _FORBID

    today: date | None = None  # None: the day the run starts
    use_ner: bool = True
    windows: Windows = field(default_factory=Windows)
    confidence: ConfidenceWeights = field(default_factory=ConfidenceWeights)
    limits: Limits = field(default_factory=Limits)

    @classmethod
    def load(cls, config: Path | str | None = None, environ: Mapping[str, str] | None = None,
             **given: Any) -> ExtractionOptions:
        """Defaults < config file (`config`, else $SEPAKAT_CONFIG) < environment < `given`
        (keyword arguments that are None are not given)."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        path = config or environ.get(CONFIG_ENV, "").strip() or None
        if path is not None:
            values.update(_read_config(Path(path)))
        values.update(_from_environment(environ))
        values.update({key: value for key, value in given.items() if value is not None})
        try:
            return _ADAPTER.validate_python(values)
        except ValidationError as exc:
            error = exc.errors(include_url=False)[0]
            where = ".".join(str(part) for part in error["loc"])
            raise OptionsError(f"option {where}: {error['msg']} (sources: {path or 'no config file'}, "
                               f"environment, arguments)") from None

    def for_run(self) -> ExtractionOptions:
        """These options with `today` fixed: a run resolves every article against one day."""
        return self if self.today is not None else replace(self, today=date.today())

    def with_ner(self, use_ner: bool | None) -> ExtractionOptions:
        return self if use_ner is None or use_ner == self.use_ner else replace(self, use_ner=use_ner)

    def fingerprint(self) -> dict:
        """The options as JSON-ready data, to tell one run's settings from another's."""
        described = asdict(self)
        described["today"] = self.today.isoformat() if self.today else None
        return described


_ADAPTER = TypeAdapter(ExtractionOptions)


def _read_config(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise OptionsError(f"{path}: cannot read the config file: {exc}") from exc


def _from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if environ.get(NO_NER_ENV, "").strip().lower() in {"1", "true", "yes"}:
        values["use_ner"] = False
    if environ.get(TODAY_ENV, "").strip():
        try:
            values["today"] = date.fromisoformat(environ[TODAY_ENV].strip())
        except ValueError as exc:
            raise OptionsError(f"{TODAY_ENV}={environ[TODAY_ENV]!r}: not a date (YYYY-MM-DD)") from exc
    return values


def default_options() -> ExtractionOptions:
    """The options the environment and its config file give (parsed once per distinct environment)."""
    return _environment_options(os.environ.get(CONFIG_ENV, ""), os.environ.get(NO_NER_ENV, ""),
                                os.environ.get(TODAY_ENV, ""))


@lru_cache(maxsize=8)
def _environment_options(config: str, no_ner: str, today: str) -> ExtractionOptions:
    return ExtractionOptions.load(environ={CONFIG_ENV: config, NO_NER_ENV: no_ner, TODAY_ENV: today})


def run_options(options: ExtractionOptions | None = None, use_ner: bool | None = None) -> ExtractionOptions:
    """The options of one run: `options` (else the environment's), `use_ner` over them, today fixed."""
    return (options or default_options()).with_ner(use_ner).for_run()
