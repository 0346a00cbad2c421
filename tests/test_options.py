"""One options object for a run: where its values come from, and that components and assembly
follow it (the reference date is injected, never read from the clock by a component)."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.api import extract_text, load_pipeline
from extract.cli import app
from extract.components.state import candidates
from extract.options import ConfidenceWeights, ExtractionOptions, OptionsError, Windows, run_options

THIS_YEAR = "Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman pada tahun ini."
# a weekday and day/month without a year: the year is the latest that makes the weekday true
# on or before today when the publication date is unknown (GOLD_FORMAT.md)
WEEKDAY = "Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman pada Selasa (12/10)."


def test_defaults_without_config_or_environment() -> None:
    options = ExtractionOptions.load(environ={})
    assert options == ExtractionOptions()
    assert (options.today, options.use_ner, options.windows.detail_sentences) == (None, True, 2)


def test_each_source_overrides_the_one_before(tmp_path: Path) -> None:
    config = tmp_path / "sepakat.toml"
    config.write_text("today = 2021-05-01\nuse_ner = true\n[windows]\ndetail_sentences = 3\n"
                      "[confidence]\nbase = 0.4\n", encoding="utf-8")
    from_file = ExtractionOptions.load(config, environ={})
    assert (from_file.today, from_file.windows.detail_sentences, from_file.confidence.base) == (date(2021, 5, 1), 3, 0.4)
    environment = {"SEPAKAT_CONFIG": str(config), "SEPAKAT_NO_NER": "1", "SEPAKAT_TODAY": "2022-02-02"}
    from_environment = ExtractionOptions.load(environ=environment)
    assert (from_environment.use_ner, from_environment.today) == (False, date(2022, 2, 2))
    given = ExtractionOptions.load(environ=environment, use_ner=True, today=date(2023, 3, 3))
    assert (given.use_ner, given.today, given.windows.detail_sentences) == (True, date(2023, 3, 3), 3)


@pytest.mark.parametrize(("toml", "says"), [
    ("[windows]\ndetail = 3\n", "windows.detail"),
    ("today = \"kemarin\"\n", "today"),
    ("[limits]\nbatch_size = \"besar\"\n", "limits.batch_size"),
    ("today = ", "cannot read the config file"),
])
def test_a_bad_config_names_the_option(tmp_path: Path, toml: str, says: str) -> None:
    config = tmp_path / "sepakat.toml"
    config.write_text(toml, encoding="utf-8")
    with pytest.raises(OptionsError, match=says):
        ExtractionOptions.load(config, environ={})


def test_a_bad_reference_date_in_the_environment_is_an_error() -> None:
    with pytest.raises(OptionsError, match="SEPAKAT_TODAY"):
        ExtractionOptions.load(environ={"SEPAKAT_TODAY": "12/10/2021"})


def test_a_run_fixes_today_once_and_keeps_a_given_one() -> None:
    assert run_options(ExtractionOptions()).today == date.today()
    assert run_options(ExtractionOptions(today=date(2020, 1, 2))).today == date(2020, 1, 2)
    assert run_options(ExtractionOptions(), use_ner=False).use_ner is False


@pytest.mark.parametrize(("today", "resolved"), [(date(2021, 5, 1), "2010-10-12"), (date(2024, 8, 17), "2021-10-12")])
def test_today_is_the_reference_of_a_weekday_date(today: date, resolved: str) -> None:
    options = ExtractionOptions(today=today, use_ner=False)
    assert load_pipeline(options=options).config["components"]["sepakat_dates"]["today"] == today.isoformat()
    assert [r["date"] for r in extract_text(WEEKDAY, options=options)] == [resolved]


def test_a_relative_date_needs_a_publication_date() -> None:
    """"tahun ini" with no publication date and no full date printed says nothing: undated."""
    options = ExtractionOptions(today=date(2024, 8, 17), use_ner=False)
    assert [r["date"] for r in extract_text(THIS_YEAR, options=options)] == [None]
    assert [r["date"] for r in extract_text(THIS_YEAR, published="2022-03-01", options=options)] == ["2022"]


def test_windows_reach_the_components() -> None:
    text = "Kalimat satu.\nPemkab Klaten menandatangani MoU.\nKalimat tiga.\nKalimat empat.\nKalimat lima."
    base = ExtractionOptions(today=date(2024, 1, 1), use_ner=False)
    narrow = replace(base, windows=Windows(lead_sentences=1, following_sentences=0))
    relevant = [[s.relevant for s in candidates(load_pipeline(options=o)(text)).sentences] for o in (base, narrow)]
    assert relevant == [[True, True, True, True, False], [True, True, False, False, False]]


def test_confidence_weights_reach_assembly() -> None:
    options = ExtractionOptions(today=date(2024, 1, 1), use_ner=False)
    lower = replace(options, confidence=ConfidenceWeights(base=0.25))
    (usual,), (weighed,) = extract_text(THIS_YEAR, options=options), extract_text(THIS_YEAR, options=lower)
    assert round(usual["confidence"] - weighed["confidence"], 2) == 0.2


def test_cli_takes_today_and_a_config_file(tmp_path: Path) -> None:
    article = tmp_path / "uji.txt"
    article.write_text(WEEKDAY, encoding="utf-8")
    config = tmp_path / "sepakat.toml"
    config.write_text("[confidence]\nceiling = 0.5\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--no-ner", "-q", "--today", "2019-09-09",
                                      "--config", str(config)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert (record["date"], record["confidence"]) == ("2010-10-12", 0.5)
    bad = CliRunner().invoke(app, ["extract", str(article), "-q", "--config", str(tmp_path / "none.toml")])
    assert bad.exit_code == 2 and "cannot read the config file" in bad.output
