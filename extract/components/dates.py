"""Dates: every candidate in the article, normalised against the reference date.

The reference is the publication date when the reader knows it, else a date printed in
the dateline, else today; relative phrases ("tahun ini") without a publication date are
anchored to the latest full date the article prints (the event it reports).
"""
from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.state import add_span, candidates
from extract.dates import find_dates

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)


def _dateline_date(found, mentions) -> date | None:
    first = next((s for s in found.sentences if not s.excluded), None)
    if first is None or found.dateline is None:
        return None
    for mention in mentions:
        if mention.start < found.dateline["end"] + 40 and mention.precision == "day" and mention.value:
            return date.fromisoformat(mention.value)
    return None


def _find(found, reference: date) -> list:
    """Date mentions in the sentences the agreement logic reads (and the first line,
    where a dateline date is), with offsets into the article."""
    content = [s for s in found.sentences if not s.excluded]
    wanted = [s for s in content if s.relevant or s is content[0]] if content else []
    mentions = []
    for sentence in wanted:
        for mention in find_dates(sentence.text, reference=reference):
            mentions.append(replace(mention, start=mention.start + sentence.start,
                                    end=mention.end + sentence.start))
    return mentions


class DateFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        published: date | None = doc._.published
        mentions = _find(found, published or date.today())
        if published is None:
            from_dateline = _dateline_date(found, mentions)
            if from_dateline:
                published = from_dateline
                mentions = _find(found, published)
        if published is None and any(m.kind == "relative" for m in mentions):
            full = [m for m in mentions if m.kind == "absolute" and m.precision == "day" and m.value]
            anchor = max((date.fromisoformat(m.value) for m in full if m.value <= date.today().isoformat()),
                         default=None)
            if anchor:
                anchored = {m.start: m for m in _find(found, anchor) if m.kind == "relative"}
                mentions = [anchored.get(m.start, m) if m.kind == "relative" else m for m in mentions]
        for mention in mentions:
            sentence = found.sentence_at(mention.start)
            if sentence is None:
                continue
            entry = asdict(mention)
            entry["sentence"] = sentence.index
            found.dates.append(entry)
            add_span(doc, mention.start, mention.end, "DATE")
        return doc


@Language.factory("sepakat_dates")
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder()
