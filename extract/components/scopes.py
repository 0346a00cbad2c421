"""Cooperation scopes: the areas an agreement lists, split into items.

Only sentences about the agreement are read (with agreement vocabulary or "kedua pihak").
"""
from __future__ import annotations

from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from extract.candidates import Scope
from extract.components.state import candidates
from extract.vocabulary import WordLists, scopes, words_pattern


@lru_cache(maxsize=1)
def _rules() -> dict:
    data = scopes()
    alternation = words_pattern
    separators = "".join(regex.escape(s) for s in data.separators)
    return {
        "cue": regex.compile(rf"\b(?:{alternation(data.cues)})\b", regex.IGNORECASE),
        "split": regex.compile(
            rf"\s*(?:[{separators}]\s*(?:(?:{alternation(data.last_item_connectors)})\s+)?"
            rf"|\s+(?:{alternation(data.inner_item_connectors)})\s+)", regex.IGNORECASE),
        "cut": regex.compile(rf"\s+(?:{alternation(data.purpose_cuts)})\b.*$", regex.IGNORECASE),
        "strip": regex.compile(rf"^(?:(?:{alternation(data.strip_prefixes)})\s+)+", regex.IGNORECASE),
        "max_items": data.max_items,
        "bad_start": frozenset(w.lower() for w in data.bad_item_starts),
        "chain": data.cue_chain_window,
        "max_words": data.max_item_words,
        "categories": [(name, regex.compile(r"\b(?:" + alternation(words) + ")", regex.IGNORECASE))
                       for name, words in data.categories.items()],
        "about_agreement": WordLists({"about_agreement": data.about_agreement}).rule("about_agreement"),
    }


def categorise(item: str) -> str | None:
    for name, pattern in _rules()["categories"]:
        if pattern.search(item):
            return name
    return None


def find_scopes(sentence: str) -> list[tuple[int, int, str]]:
    """Items of the first cued list in a sentence, as (start, end, text) offsets."""
    rules = _rules()
    cue = rules["cue"].search(sentence)
    if cue is None:
        return []
    while (chained := rules["cue"].search(sentence, cue.end())) and chained.start() - cue.end() <= rules["chain"]:
        cue = chained
    tail_start = cue.end()
    tail = sentence[tail_start:]
    stop = regex.search(r"[.!?](?:\s|$)|\s[-–—]\s", tail)
    if stop:
        tail = tail[:stop.start()]
    items = []
    position = 0
    for piece in rules["split"].split(tail):
        index = tail.find(piece, position)
        position = index + len(piece)
        text = rules["cut"].sub("", piece).strip(" ,;:")
        stripped = rules["strip"].sub("", text)
        offset = index + (len(text) - len(stripped)) + (len(piece) - len(piece.lstrip()))
        words = stripped.split()
        if words and (words[0].lower() in rules["bad_start"] or any(item[2] == stripped for item in items)):
            continue
        if not words or len(words) > rules["max_words"] or not words[0][:1].islower():
            if items:
                break
            continue
        start = tail_start + offset
        items.append((start, start + len(stripped), stripped))
        if len(items) >= rules["max_items"]:
            break
    return items


class ScopeFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        about = {t.sentence for t in found.triggers}
        for sentence in found.relevant_sentences():
            if sentence.index not in about and not _rules()["about_agreement"].search(sentence.text):
                continue
            for start, end, text in find_scopes(sentence.text):
                found.scopes.append(Scope(start + sentence.start, end + sentence.start, text, categorise(text),
                                          sentence.index))
        return doc


@Language.factory("sepakat_scopes")
def make_scope_finder(nlp: Language, name: str) -> ScopeFinder:
    return ScopeFinder()
