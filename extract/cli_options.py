"""The extraction options the commands share: `--config`, `--today`, and the end of a command
whose options or pattern files are bad (exit code 2, the problem on stderr, before any work)."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated, Optional

import typer

from extract.options import ExtractionOptions, OptionsError
from extract.patterns import PatternFileError

ConfigOption = Annotated[Optional[Path], typer.Option(
    help="Extraction options file (TOML; see extract/options.py) [default: $SEPAKAT_CONFIG]", show_default=False)]
TodayOption = Annotated[Optional[datetime], typer.Option(
    formats=["%Y-%m-%d"], show_default=False,
    help="Reference date for articles without a publication date [default: the day the run starts, "
         "or $SEPAKAT_TODAY]")]


def options_from_flags(config: Path | None, today: datetime | None, use_ner: bool | None) -> ExtractionOptions:
    """The run's options from the config file, the environment and these flags (None: not
    given), once the pattern files are checked."""
    from extract.vocabulary import check_pattern_files

    try:
        check_pattern_files()
        return ExtractionOptions.load(config, use_ner=use_ner, today=today.date() if today else None)
    except (OptionsError, PatternFileError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
