"""The phrases the assembly reads, compiled from patterns/assembly.yaml and triggers.yaml.

Each function returns one rule of patterns/assembly.yaml (its purpose is written there, with
examples); the status cues come from patterns/triggers.yaml.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.vocabulary import assembly_words, triggers, words_pattern


@lru_cache(maxsize=None)
def rule(name: str) -> regex.Pattern:
    """Rule `name` of patterns/assembly.yaml, compiled once (and looked up here: the pydantic
    model's own cache costs an attribute lookup through BaseModel.__getattr__ on every call,
    some thousand calls per article)."""
    return assembly_words().rule(name)


def words(name: str) -> tuple[str, ...]:
    """The words of list `name` of patterns/assembly.yaml."""
    return assembly_words().words(name)


@lru_cache(maxsize=2)
def _status_cues(kind: str) -> regex.Pattern:
    vocabulary = triggers()
    cues = vocabulary.planned_cues if kind == "planned" else [c.text for c in vocabulary.referenced_cues]
    return regex.compile(rf"\b(?:{words_pattern(cues)})\b", regex.IGNORECASE)


def status_cue(kind: str, text: str, window: int) -> str | None:
    """The last-window cue of `kind` (planned | referenced) in `text`, lower-cased, or None."""
    match = _status_cues(kind).search(text[-window:])
    return match.group().lower() if match else None


@lru_cache(maxsize=1)
def _implementing_cues() -> regex.Pattern:
    cues = [c.text for c in triggers().referenced_cues if c.purpose == "implements"]
    return regex.compile(rf"(?:{words_pattern(cues)})", regex.IGNORECASE)


def implements(cue: str | None) -> bool:
    """Whether a referenced cue ("tindak lanjut dari", "sesuai") makes the record its parent's implementation."""
    return cue is not None and (_implementing_cues().fullmatch(cue) is not None or cue in words("according_to"))


@lru_cache(maxsize=1)
def signing_verb() -> regex.Pattern:
    """A verb after which the people named sign (patterns/triggers.yaml, purpose signing)."""
    return regex.compile(rf"\b(?:{words_pattern(triggers().verb_words('signing'))})\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def binding_verb() -> regex.Pattern:
    """A verb by which a body enters an agreement: one of signing or of establishing a
    cooperation ("menjalin"), patterns/triggers.yaml."""
    verbs = triggers().verb_words("signing") + triggers().verb_words("establishing")
    return regex.compile(rf"\b(?:{words_pattern(verbs)})\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def agreement_vocabulary() -> regex.Pattern:
    """Any term or verb of patterns/triggers.yaml."""
    vocabulary = triggers()
    texts = [t.text.lower() for t in vocabulary.terms] + [v.text.lower() for v in vocabulary.verbs]
    return regex.compile(rf"\b(?:{words_pattern(texts)})\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def instrument_at_end() -> regex.Pattern:
    """An instrument term of patterns/triggers.yaml ("nota kesepahaman", "MoU") closing a text,
    its short form in brackets allowed after it ("nota kesepahaman (MoU) ")."""
    terms = [t.text.lower() for t in triggers().terms if t.purpose == "instrument"]
    return regex.compile(rf"\b(?:{words_pattern(terms)})(?:\s*\([^()]{{1,20}}\))?\s*$", regex.IGNORECASE)
