"""Dates: every candidate in the article, normalised against the reference date.

The reference is the publication date when the reader knows it, else a date printed in
the dateline, else the run's `today` (factory config: the component never reads the clock);
relative phrases ("tahun ini") without a publication date are anchored to the latest full
date the article prints (the event it reports). A weekday written alone is dated only against a
dateline or publication date.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from extract.candidates import Candidates, DateCandidate, Sentence
from extract.components.state import candidates
from extract.dates import DateMention, find_dates
from extract.dates.calendar import latest_weekday_on_or_before
from extract.dates.lexicon import date_lexicon

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)


def _dateline_date(found: Candidates, reference: date, margin: int) -> date | None:
    """A full date printed in the dateline ("Semarang, Selasa (12/10/2021) -"); a relative day
    right after it ("JAKARTA - Hari ini, ...") is counted from a date, it prints none."""
    if found.dateline is None:
        return None
    limit = found.dateline.end + margin
    near = [s for s in _wanted(found) if s.start < limit]
    for mention in _find(near, reference):
        if mention.start < limit and mention.precision == "day" and mention.value and mention.rule != "relative_phrase":
            return date.fromisoformat(mention.value)
    return None


def _wanted(found: Candidates) -> list[Sentence]:
    """The sentences the agreement logic reads, the first line (where a dateline date is),
    and photo captions (their day may date the signing they show when the text names none)."""
    content = [s for s in found.sentences if not s.excluded]
    wanted = [s for s in content if s.relevant or s is content[0]] if content else []
    return sorted(wanted + [s for s in found.sentences if s.excluded == "caption"], key=lambda s: s.index)


def _find(sentences: list[Sentence], reference: date) -> list[DateMention]:
    """Date mentions in `sentences`, with offsets into the article."""
    mentions = []
    for sentence in sentences:
        for mention in find_dates(sentence.text, reference=reference):
            mentions.append(replace(mention, start=mention.start + sentence.start,
                                    end=mention.end + sentence.start))
    return mentions


def _dated_weekday(mention: DateMention, report_day: date) -> DateMention:
    """A weekday written alone ("..., Kamis.") read against the day of the report (the dateline's
    date, else the publication date): news reports the past few days, so it is the latest such
    weekday on or before that day."""
    day = latest_weekday_on_or_before(report_day, mention.weekday)
    return replace(mention, value=day.isoformat(), precision="day", alternatives=(),
                   note=f"weekday without a date: the latest one on or before the report's day {report_day}")


def _counted_from_the_day_before(mentions: list[DateMention]) -> list[DateMention]:
    """"Keesokan harinya", "sehari sebelumnya" (dates.yaml anchored): the latest day written before
    the phrase, plus its offset; no value when the text wrote no day before it."""
    offsets = date_lexicon().anchored
    resolved = []
    last_day: date | None = None
    for mention in mentions:  # in text order
        if mention.kind == "anchored":
            if last_day is not None:
                day = date.fromordinal(last_day.toordinal() + offsets[" ".join(mention.text.lower().split())])
                mention = replace(mention, value=day.isoformat(), precision="day", kind="relative",
                                  note=f"{mention.note}: {last_day}")
        elif mention.precision == "day" and mention.value and mention.kind != "range":
            last_day = date.fromisoformat(mention.value)
        resolved.append(mention)
    return resolved


class DateFinder:
    def __init__(self, today: date, dateline_margin: int) -> None:
        self.today = today
        self.dateline_margin = dateline_margin

    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        found.published = doc._.published
        dateline_day = _dateline_date(found, doc._.published or self.today, self.dateline_margin)
        # the day the dateline prints is the day the report was written: "hari ini" and "kemarin"
        # count from it rather than from a publication date that may be later
        published: date | None = dateline_day or doc._.published
        wanted = _wanted(found)
        mentions = _find(wanted, published or self.today)
        relative = [m for m in mentions if m.kind == "relative"]
        if published is None and relative:
            full = [m for m in mentions if m.kind == "absolute" and m.precision == "day" and m.value]
            anchor = max((date.fromisoformat(m.value) for m in full if m.value <= self.today.isoformat()),
                         default=None)
            if anchor:
                again = [s for s in wanted if any(s.start <= m.start < s.end for m in relative)]
                anchored = {m.start: m for m in _find(again, anchor) if m.kind == "relative"}
                mentions = [anchored.get(m.start, m) if m.kind == "relative" else m for m in mentions]
            else:
                # "hari ini" with neither a publication date nor a printed date to stand on
                # says nothing about when: today's date would be invented
                mentions = [replace(m, value=None, precision="none", note="relative date without a reference")
                            if m.kind == "relative" else m for m in mentions]
        report_day = dateline_day or doc._.published
        if report_day is not None:
            mentions = [_dated_weekday(m, report_day) if m.kind == "weekday_only" else m for m in mentions]
        mentions = _counted_from_the_day_before(mentions)
        for mention in mentions:
            sentence = found.sentence_at(mention.start)
            if sentence is None:
                continue
            found.dates.append(DateCandidate.found(mention, 0, sentence.index))
        return doc


@Language.factory("sepakat_dates", default_config={"dateline_margin": 40})
def make_date_finder(nlp: Language, name: str, today: str, dateline_margin: int) -> DateFinder:
    """`today` (YYYY-MM-DD) is the run's reference date, given by the pipeline (extract.options)."""
    return DateFinder(date.fromisoformat(today), dateline_margin)
