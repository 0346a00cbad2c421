"""The signing date of a record: which of the dates near its mentions dates the signing."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import regex

from extract.assembly import cues
from extract.assembly.evidence import evidence
from extract.assembly.roles import detail_sentences
from extract.candidates import Candidates, DateCandidate
from extract.dates.lexicon import date_lexicon
from extract.options import Windows

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_CAPITALISED_NEXT = regex.compile(r"[^\S\n]+\p{Lu}\p{Ll}")
_YEAR_AT_END = regex.compile(r"\d{4}(?:/\d{4})?\s*$")
# Days that never date a signing as the article's one day: a range, and a weekday written alone
# (often the day a statement was received: "keterangan tertulis yang diterima Senin").
_NOT_THE_DAY = frozenset({"range", "weekday_only"})


def signing_date_candidate(start: int, text: str, end: int | None = None) -> bool:
    """Whether a date starting at `start` in `text` can date a signing: not a fiscal/school
    year (also when the mention itself reads "tahun anggaran 2020", up to `end`), not the date
    of a quoted statement, not the end of a term."""
    before = text[max(0, start - 50):start]
    own_words = _YEAR_AT_END.sub("", text[start:end]) if end is not None else ""
    words = cues.rule("year_noun").sub("", before + own_words)
    return not cues.rule("period_year").search(words) and not cues.rule("quoted_statement").search(before) \
        and not cues.rule("term_end").search(before)


def _a_day(text: str, mention: DateCandidate) -> bool:
    """Whether a weekday written alone names a day: not a habit ("setiap Jumat"), nor the first
    word of a name ("program Jumat Curhat", "gerakan Jumat Bersih")."""
    return not cues.rule("every_weekday").search(text[max(0, mention.start - 20):mention.start]) \
        and not _CAPITALISED_NEXT.match(text, mention.end)


def _date_value(mention: DateCandidate) -> str:
    """A range of days is dated by its month ("1-3 September 2024" -> 2024-09)."""
    if mention.kind == "range" and mention.precision == "day":
        return mention.value[:7]
    return mention.value


def _report_dates(found: Candidates, windows: Windows) -> list[DateCandidate]:
    """Dates with a value that the article's text reports: not the dateline's own (right
    after it), nor a law's year, nor part of a reference number or of a body's name
    ("Universitas 17 Agustus 1945")."""
    dateline_end = (found.dateline.end + windows.dateline_margin_chars) if found.dateline else -1
    return [d for d in _outside_names(found) if d.value and d.start > dateline_end and d.rule != "law_year"
            and not any(r.start <= d.start < r.end for r in found.references)]


def _outside_names(found: Candidates) -> list[DateCandidate]:
    """The article's dates but those inside a body's name ("Universitas 17 Agustus 1945")."""
    named: dict[int, list[tuple[int, int]]] = {}
    for org in found.orgs:
        named.setdefault(org.sentence, []).append((org.start, org.end))
    return [d for d in found.dates if not any(start <= d.start < end for start, end in named.get(d.sentence, ()))]


def _dates_an_earlier_agreement(found: Candidates, mention: DateCandidate) -> bool:
    """A date the sentence gives an earlier agreement it names ("Kesepakatan ini merupakan
    perpanjangan dari kesepakatan yang ditandatangani pada 2019"): a referenced cue before it,
    and a relative clause of signing right before it, or the instrument's name ("implementasi
    nota kesepahaman tahun 2021")."""
    before = found.text[found.sentence(mention.sentence).start:mention.start]
    return (cues.rule("earlier_signing").search(before) is not None
            or mention.precision == "year" and cues.instrument_at_end().search(before) is not None) \
        and cues.status_cue("referenced", before, len(before)) is not None


def _counted_from_the_statement(found: Candidates, mention: DateCandidate) -> DateCandidate:
    """"Hari ini" or "kemarin" inside quoted speech counts from the day of the statement written
    after the quote in its paragraph ('"Kemarin kami meneken MoU ini," ujar Menteri, Rabu
    (5/6/2024)': 4 June), not from the report's day, which may be a later one."""
    phrase = date_lexicon().relative.get(" ".join(mention.text.lower().split()))
    if mention.rule != "relative_phrase" or phrase is None or phrase.unit != "day":
        return mention
    paragraph_start = found.text.rfind("\n", 0, mention.start) + 1
    if not cues.rule("inside_quote").search(found.text, paragraph_start, mention.start):
        return mention
    paragraph_end = found.text.find("\n", mention.end)
    paragraph_end = len(found.text) if paragraph_end < 0 else paragraph_end
    attribution = cues.rule("quote_attribution").search(found.text, mention.end, paragraph_end)
    if attribution is None:
        return mention
    said = next((d for d in found.dates if attribution.end() <= d.start < paragraph_end
                 and d.precision == "day" and d.value and d.kind != "range"
                 and "." not in found.text[attribution.end():d.start]), None)
    if said is None:
        return mention
    day = date.fromordinal(date.fromisoformat(said.value).toordinal() + phrase.offset)
    return replace(mention, value=day.isoformat(), note=f"counted from the day of the statement, {said.text}")


_WITHOUT_A_YEAR = frozenset({"day_month", "numeric_dmy", "month_year"})  # rules of a date whose year was not written


def _ahead_of_the_report(found: Candidates, mention: DateCandidate) -> DateCandidate:
    """A planned signing lies ahead of the report: a day or month written without a year that
    resolved to one before the publication date is the next year's ("akan diteken pada 13 Juni",
    published 1 June 2024: 2024-06-13, not 2023), and a day its weekday dated in a past year is the
    upcoming one that fits the weekday ("dijadwalkan Kamis (13/6)")."""
    if mention.value is None or found.published is None:
        return mention
    report = found.published.isoformat()[:len(mention.value)]
    if mention.kind == "weekday_resolved" and mention.value < report:
        upcoming = [a for a in mention.alternatives if a >= report
                    and date.fromisoformat(a).weekday() == mention.weekday]
        return replace(mention, value=min(upcoming)) if upcoming else mention
    if mention.kind == "relative" and mention.rule in _WITHOUT_A_YEAR and mention.value < report:
        later = f"{int(mention.value[:4]) + 1}{mention.value[4:]}"
        if mention.precision == "month" or _a_date(later):
            return replace(mention, value=later)
    return mention


def _a_date(value: str) -> bool:
    """Whether an ISO day exists (29 February of a common year does not)."""
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def choose_date(found: Candidates, sentence_ids: list[int], near: int, windows: Windows,
                reported: bool = False, planned: bool = False) -> tuple[str | None, str | None, list[dict]]:
    """(date, date_text, evidence): day precision anywhere in the mention sentences and the
    next ones (nearest sentence first, then nearest to `near`), then month, then year:
    "MoU 2025-2028 ... ditandatangani Sabtu (6/12/2025)". Dates right after the dateline
    are the report's. A month or a year alone counts only in the mention sentences: in the
    sentences after them it dates a figure or a past event ("investasi pada 2021 mencapai
    ...", "bersaudara sejak September 1991"), while a signing is dated there by its day. A
    `reported` signing takes no date an earlier agreement's relative clause gives; an agreement
    only referred to takes that date first ("Sebagai tindak lanjut MoU yang diteken pada 2021,
    ... menandatangani PKS, Senin (5/2/2024)": 2021). A weekday written alone (dated as the latest
    one on or before the report's day) dates only a `reported` signing, and only in the mention
    sentences: a planned one lies ahead, and in the next sentences it is often the day of the
    report ("keterangan tertulis yang diterima Senin"). A `planned` signing's day lies ahead of
    the report (_ahead_of_the_report)."""
    detail = detail_sentences(found, sentence_ids, windows.detail_sentences)
    options = [_counted_from_the_statement(found, d) for d in _report_dates(found, windows)
               if d.sentence in detail and signing_date_candidate(d.start, found.text, d.end)
               and (d.precision == "day" and d.kind != "weekday_only" or d.sentence in sentence_ids)
               and (d.kind != "weekday_only" or reported and _a_day(found.text, d))]
    earlier = [d for d in options if _dates_an_earlier_agreement(found, d)]
    options = [d for d in options if d not in earlier] if reported else (earlier or options)
    if not options:
        return None, None, []
    if planned:
        options = [_ahead_of_the_report(found, d) for d in options]
    best = min(options, key=lambda d: (_PRECISION_RANK.get(d.precision, 3), detail.index(d.sentence),
                                       abs(d.start - near)))
    note = best.note
    if best.weekday_mismatch:
        note = (note or "") + " written weekday contradicts the date"
    value = _date_value(best)
    return value, best.text, [evidence(found, "date", value, best.start, best.end, f"dates:{best.rule}", note)]


def undate_the_referenced_by_a_signings_day(records: list[dict]) -> None:
    """An agreement only referred to in a signing's sentence ("menandatangani PKS, Senin
    (5/2/2024), sebagai tindak lanjut MoU kedua pihak") took the day a signed record took from
    the same words: that is the signing's day, the earlier agreement's is not written (its own
    date, "MoU yang diteken pada 2022", is never a signed record's: choose_date)."""
    signing_days = {(e["start"], e["end"]) for r in records if r["status"] == "signed"
                    for e in r["evidence"] if e["field"] == "date"}
    for record in records:
        if record["status"] != "referenced" or record["date"] is None:
            continue
        spans = {(e["start"], e["end"]) for e in record["evidence"] if e["field"] == "date"}
        if spans and spans <= signing_days:
            record["date"] = record["date_text"] = None
            record["evidence"] = [e for e in record["evidence"] if e["field"] != "date"]


def share_event_date(records: list[dict]) -> None:
    """Signings reported together ("dua perjanjian sekaligus", "kerja sama yang sama juga")
    share the event's date when the text gives only one."""
    dated = next((r for r in records if r["status"] == "signed" and r["date"]), None)
    if dated is None:
        return
    source = next(e for e in dated["evidence"] if e["field"] == "date")
    for record in records:
        if record["status"] == "signed" and record["date"] is None:
            record["date"], record["date_text"] = dated["date"], dated["date_text"]
            record["evidence"].append({**source, "rule": "dates:same_event",
                                       "note": "the signing reported with the dated agreement"})


def date_by_the_article(records: list[dict], found: Candidates, windows: Windows) -> None:
    """Signings the text dates nowhere near (after share_event_date: none of the article's is)
    take the article's one day, when it names exactly one: news reports the day it tells of
    ("..., ujar Menteri X, Senin (18/5)"). An article whose text names no day at all is dated
    by its dateline ("Serang, Sabtu (7/9/2024) - X dan Y menandatangani ..."): the day the
    report was written is the day of the signing it tells of."""
    undated = [r for r in records if r["status"] == "signed" and r["date"] is None]
    if not undated:
        return
    days = [d for d in _report_dates(found, windows) if d.precision == "day" and d.kind not in _NOT_THE_DAY]
    if not days:
        days = [d for d in _outside_names(found) if d.value and d.precision == "day" and d.kind not in _NOT_THE_DAY]
    if len({d.value for d in days}) != 1:
        return
    day = days[0]
    for record in undated:
        record["date"], record["date_text"] = day.value, day.text
        record["evidence"].append(evidence(found, "date", day.value, day.start, day.end, "dates:article_day",
                                           "the only day the article names"))
